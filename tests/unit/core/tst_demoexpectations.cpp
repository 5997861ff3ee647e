// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// tests/data/demo/expected.json against the demo articles themselves: it covers every demo article, and every
// name, sentence and figure it expects is written in the article it is expected in. So the expectations the GUI
// and end-to-end tests check cannot drift from the articles when either changes.
#include "demotestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoExpectations final : public QObject
{
    Q_OBJECT

private slots:
    void everyDemoArticleHasExpectations();
    void expectationsAreWrittenInTheirArticle_data();
    void expectationsAreWrittenInTheirArticle();
    void expectedChipsAreNamedInTheArticles();

private:
    // The text a reader reads: the file, or the "text" of a JSON article.
    static QString articleText(const QString &file);
};

QString TestDemoExpectations::articleText(const QString &file)
{
    QFile f(QDir(DemoTestData::articlesDir()).filePath(file));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = f.readAll();
    if (file.endsWith(u".json"_s)) {
        return QJsonDocument::fromJson(bytes).object().value(u"text"_s).toString();
    }
    return QString::fromUtf8(bytes);
}

void TestDemoExpectations::everyDemoArticleHasExpectations()
{
    QStringList files = QDir(DemoTestData::articlesDir()).entryList(QDir::Files, QDir::Name);
    QStringList expected;
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        expected << article.file;
    }
    expected.sort();
    QCOMPARE(expected, files);
    QCOMPARE(int(files.size()), DemoTestData::articleCount);
}

void TestDemoExpectations::expectationsAreWrittenInTheirArticle_data()
{
    QTest::addColumn<QString>("file");
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        QTest::newRow(qPrintable(article.file)) << article.file;
    }
}

void TestDemoExpectations::expectationsAreWrittenInTheirArticle()
{
    QFETCH(QString, file);
    const DemoTestData::Article &article = *DemoTestData::expected().article(file);
    const QString text = articleText(file);
    QVERIFY(!text.isEmpty());
    const QString flat = text.simplified();
    QVERIFY(!article.title.isEmpty());
    QVERIFY(!article.shown.isEmpty());
    for (const QString &words : article.shown + article.boilerplate) {
        QVERIFY2(flat.contains(words), qPrintable(words));
    }
    QVERIFY(!article.entities.isEmpty());
    for (const DemoTestData::Entity &entity : article.entities) {
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(entity.surface) + u"\\b"_s);
        QVERIFY2(text.contains(word), qPrintable(entity.surface));
        QVERIFY2(QStringList({u"COMPANY"_s, u"CHIP"_s, u"PRODUCT"_s, u"PERSON"_s, u"PLACE"_s, u"ORG"_s})
                     .contains(entity.type),
                 qPrintable(entity.type));
    }
    for (const DemoTestData::Fact &fact : article.facts) {
        QVERIFY2(flat.contains(fact.sentence), qPrintable(fact.sentence));
        QVERIFY(fact.value != 0);
        QVERIFY(!fact.subject.isEmpty() && !fact.metric.isEmpty() && !fact.unit.isEmpty());
    }
}

void TestDemoExpectations::expectedChipsAreNamedInTheArticles()
{
    QString all;
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        all += articleText(article.file) + u'\n';
    }
    QVERIFY(!DemoTestData::expected().chips.isEmpty());
    for (const DemoTestData::Chip &chip : DemoTestData::expected().chips) {
        QVERIFY2(all.contains(chip.chip), qPrintable(chip.chip));
        QVERIFY2(!chip.vendor.isEmpty(), qPrintable(chip.chip));
        for (const QString &other : chip.comparableTo) {
            QVERIFY2(all.contains(other.split(u'|').constFirst()), qPrintable(other));
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoExpectations)
#include "tst_demoexpectations.moc"
