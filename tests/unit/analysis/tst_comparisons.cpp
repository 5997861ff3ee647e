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
    void chipTable_collectsSpecs_data();
    void chipTable_collectsSpecs();

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

void TestComparisons::chipTable_collectsSpecs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "chip kind value unit format", in text order of the chips

    QTest::newRow("de memory, bandwidth and power of one chip")
        << u"de"_s << u"Der MTT S4000 bringt 48 GB GDDR6 mit, eine Bandbreite von 768 GB/s und braucht 450 W."_s
        << QStringList{u"MTT S4000 memory 48 GB"_s, u"MTT S4000 bandwidth 768 GB/s"_s, u"MTT S4000 power 450 W"_s};
    QTest::newRow("en compute with its number format")
        << u"en"_s << u"Huawei rates the Ascend 910C at 780 TFLOPS of BF16 compute."_s
        << QStringList{u"Ascend 910C compute 780 TFLOPS BF16"_s};
    QTest::newRow("de process node of a chip")
        << u"de"_s << u"Der Ascend 910B wird bei SMIC im 7-Nanometer-Verfahren gefertigt."_s
        << QStringList{u"Ascend 910B process 7 nm"_s};
    QTest::newRow("de the figure of the chip right after it")
        << u"de"_s << u"Der H20 bietet 96 GB Speicher, gegenüber 80 GB beim A800."_s
        << QStringList{u"H20 memory 96 GB"_s, u"A800 memory 80 GB"_s};
    QTest::newRow("en a relative clause about the chip")
        << u"en"_s << u"The new part beats the MI300X, which shipped with 192 GB of HBM3."_s
        << QStringList{u"MI300X memory 192 GB"_s};
    QTest::newRow("de a chip named by a description owns nothing")
        << u"de"_s << u"Der A100 liegt vorn, der Rivale bleibt hinter den 19,5 TFLOPS des US-Chips zurück."_s
        << QStringList{};
    QTest::newRow("en chips counted as parts of a system own nothing")
        << u"en"_s << u"The CloudMatrix 384 uses 384 Ascend 910C processors to reach 300 PFLOPS."_s
        << QStringList{u"CloudMatrix 384 compute 300 PFLOPS"_s};
}

void TestComparisons::chipTable_collectsSpecs()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, language, QString());
    ChipTable table(m_kb);
    table.addArticle(u"a1"_s, text, analysis);
    QList<ChipRow> rows = table.rows();
    std::sort(rows.begin(), rows.end(), [&](const ChipRow &a, const ChipRow &b) {
        return text.indexOf(a.chip.section(u' ', -1)) < text.indexOf(b.chip.section(u' ', -1));
    });
    QStringList found;
    for (const ChipRow &row : std::as_const(rows)) {
        for (const ChipSpec &spec : row.specs) {
            QString line = u"%1 %2 %3 %4"_s.arg(row.chip, spec.kind, QString::number(spec.value), spec.unit);
            if (!spec.format.isEmpty()) {
                line += u' ' + spec.format;
            }
            found.append(line);
            QCOMPARE(spec.sentence, text);
        }
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestComparisons)
#include "tst_comparisons.moc"
