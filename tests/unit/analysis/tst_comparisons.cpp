// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/chiptable.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

// Every comparison relation and construction of ComparisonFinder, German and English, with the
// ratio a comparison keeps, on fixture sentences (tests/data/analysis/comparisons/cases.json) and
// a knowledge base of its own (comparisons/kb).
class TestComparisons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void comparisons_data();
    void comparisons();
    void chipTable_listsRelationsWithRatioAndSentence();

private:
    KnowledgeBase m_kb;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

namespace {

QString describe(const QString &chip, const QString &relation, const QString &other, double ratio)
{
    return u"%1 %2 %3 x%4"_s.arg(chip, relation, other, QString::number(ratio, 'g', 3));
}

} // namespace

void TestComparisons::initTestCase()
{
    const QDir dir(analysisDataPath(u"comparisons/kb"_s));
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QString error;
        QVERIFY2(m_kb.loadFile(dir.filePath(file), &error), qPrintable(error));
    }
    QVERIFY2(m_kb.validate().isEmpty(), qPrintable(m_kb.validate().join(u'\n')));
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

void TestComparisons::comparisons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QJsonArray cases = loadCases(u"comparisons/cases.json"_s);
    QVERIFY(cases.size() >= 30);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        QStringList expected;
        for (const QJsonValue &cmp : c[u"comparisons"].toArray()) {
            const QJsonArray a = cmp.toArray();
            expected.append(describe(a[0].toString(), a[1].toString(), a[2].toString(), a[3].toDouble()));
        }
        QTest::newRow(qPrintable(c[u"name"].toString())) << c[u"lang"].toString() << c[u"text"].toString() << expected;
    }
}

void TestComparisons::comparisons()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, language, QString());
    QStringList found;
    for (const ChipComparison &c : analysis.comparisons) {
        found.append(describe(c.chip, c.relation, c.other, c.ratio));
        QVERIFY(c.sentence.length() > 0);
        QVERIFY(c.sentence.end <= text.size());
    }
    QCOMPARE(found, expected);
}

void TestComparisons::chipTable_listsRelationsWithRatioAndSentence()
{
    const QString text = u"Biren says the BR100 runs 2.6 times faster than Nvidia's A100."_s;
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, u"en"_s, QString());
    ChipTable table(m_kb);
    table.addArticle(u"a1"_s, text, analysis);
    const QList<ChipRow> rows = table.rows();
    const auto br100 = std::find_if(rows.cbegin(), rows.cend(), [](const ChipRow &r) { return r.chip == u"BR100"; });
    QVERIFY(br100 != rows.cend());
    QCOMPARE(br100->vendor, u"Biren"_s);
    QCOMPARE(br100->comparableTo, QStringList{u"A100"_s});
    QCOMPARE(br100->relations.size(), 1);
    QCOMPARE(br100->relations.first().relation, u"faster"_s);
    QCOMPARE(br100->relations.first().ratio, 2.6);
    QCOMPARE(br100->relations.first().sentence, text);
    // A one-way relation is listed with the faster chip only.
    const auto a100 = std::find_if(rows.cbegin(), rows.cend(), [](const ChipRow &r) { return r.chip == u"A100"; });
    QVERIFY(a100 != rows.cend());
    QVERIFY(a100->relations.isEmpty());
}

QTEST_GUILESS_MAIN(TestComparisons)
#include "tst_comparisons.moc"
