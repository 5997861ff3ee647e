// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// An extra test on ../shared: the HTML extractor scored on the published half of the HTML evaluation set.
#include "html/htmlextractor.h"
#include "pagedecoder.h"
#include "sharedtestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestHtmlExtractorShared : public QObject
{
    Q_OBJECT

private slots:
    void reachesTheEvaluationBar();
};

void TestHtmlExtractorShared::reachesTheEvaluationBar()
{
    // The same rule as /work/shared/eval/html_score.py: a "with" segment found in the body text
    // (white space collapsed) is a true positive, a "without" segment found there a false one.
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"htmleval/evaldata.json"_s);
    const QString root = SharedTestData::path(u"htmleval"_s);
    QFile evaldata(root + u"/evaldata.json"_s);
    QVERIFY(evaldata.open(QIODevice::ReadOnly));
    const QJsonObject items = QJsonDocument::fromJson(evaldata.readAll()).object();
    QVERIFY(!items.isEmpty());
    qint64 tp = 0;
    qint64 fp = 0;
    qint64 fn = 0;
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        QFile page(root + u"/pages/"_s + item.value(u"file").toString());
        QString body;
        if (page.open(QIODevice::ReadOnly)) {
            const CleanedDocument doc =
                HtmlExtractor::extract(PageDecoder::decode(page.readAll()), item.value(u"file").toString());
            body = doc.bodyText().simplified();
        }
        for (const QJsonValue &segment : item.value(u"with").toArray()) {
            (body.contains(segment.toString().simplified()) ? tp : fn) += 1;
        }
        for (const QJsonValue &segment : item.value(u"without").toArray()) {
            if (body.contains(segment.toString().simplified())) {
                ++fp;
            }
        }
    }
    const double precision = tp + fp > 0 ? double(tp) / double(tp + fp) : 0.0;
    const double recall = tp + fn > 0 ? double(tp) / double(tp + fn) : 0.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    qInfo("pages %lld precision %.3f recall %.3f f1 %.3f", static_cast<long long>(items.size()), precision, recall, f1);
    QVERIFY2(f1 >= 0.88, qPrintable(u"F1 %1 below 0.88"_s.arg(f1, 0, 'f', 3)));
}

QTEST_GUILESS_MAIN(TestHtmlExtractorShared)
#include "tst_htmlextractor_shared.moc"
