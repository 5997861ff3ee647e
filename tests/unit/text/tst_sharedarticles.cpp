// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The annotated article set in ../shared, judged as score.py judges it: boilerplate line accuracy
// at least 0.97 and title accuracy at least 0.8.
#include "linescoring.h"
#include "sharedtestdata.h"
#include "text/textcleaner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;
using Chipwatch::Core::Testing::normalisedName;
using Chipwatch::Core::Testing::scoreLines;

class TestSharedArticles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boilerplateAndTitlesMeetTheBars();
};

void TestSharedArticles::boilerplateAndTitlesMeetTheBars()
{
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"gold/seeds.json"_s);
    const QDir shared(SharedTestData::dir());
    QFile goldFile(shared.filePath(u"gold/seeds.json"_s));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject articles = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"articles"_s).toObject();
    QVERIFY(!articles.isEmpty());

    int lines = 0;
    int correct = 0;
    int titles = 0;
    int titlesRight = 0;
    QStringList problems;
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        QFile f(shared.filePath(u"articles/"_s + it.key()));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(it.key()));
        const QString text = QString::fromUtf8(f.readAll());
        const QJsonObject gold = it.value().toObject();
        const CleanedDocument doc = TextCleaner::clean(text, TextCleaner::formatForFileName(it.key()), it.key());

        const auto score = scoreLines(text, doc.body, gold.value(u"body_lines"_s).toArray());
        lines += score.lines;
        correct += score.correct;
        for (const QString &p : score.problems) {
            problems << it.key() + u": "_s + p;
        }
        if (gold.contains(u"title"_s)) {
            ++titles;
            if (normalisedName(doc.meta.title) == normalisedName(gold.value(u"title"_s).toString())) {
                ++titlesRight;
            } else {
                problems << it.key() + u": title "_s + doc.meta.title;
            }
        }
    }
    const double lineAccuracy = lines > 0 ? double(correct) / lines : 0.0;
    const double titleAccuracy = titles > 0 ? double(titlesRight) / titles : 0.0;
    qInfo("boilerplate line accuracy %.3f (%d/%d), title %.2f (%d/%d)", lineAccuracy, correct, lines, titleAccuracy,
          titlesRight, titles);
    QVERIFY2(lineAccuracy >= 0.97, qPrintable(problems.join(u"\n"_s)));
    QVERIFY2(titleAccuracy >= 0.8, qPrintable(problems.join(u"\n"_s)));
}

QTEST_APPLESS_MAIN(TestSharedArticles)
#include "tst_sharedarticles.moc"
