// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/comparisonfinder.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestComparisonFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_findsTheComparisonsOfTheFixture_data();
    void find_findsTheComparisonsOfTheFixture();
    void find_needsTwoDifferentChips();

private:
    KnowledgeBase m_kb;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

void TestComparisonFinder::initTestCase()
{
    m_kb = loadAnalysisKb();
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

void TestComparisonFinder::find_findsTheComparisonsOfTheFixture_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    for (const QJsonValue &value : loadCases(u"comparisons.json"_s)) {
        const QJsonObject c = value.toObject();
        QStringList expected;
        for (const QJsonValue &cmp : c[u"comparisons"].toArray()) {
            const QJsonArray a = cmp.toArray();
            expected.append(a[0].toString() + u' ' + a[1].toString() + u' ' + a[2].toString());
        }
        QTest::newRow(qPrintable(c[u"name"].toString())) << c[u"lang"].toString() << c[u"text"].toString() << expected;
    }
}

void TestComparisonFinder::find_findsTheComparisonsOfTheFixture()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, language, QString());
    QStringList found;
    for (const ChipComparison &c : analysis.comparisons) {
        found.append(c.chip + u' ' + c.relation + u' ' + c.other);
        // The sentence span is where the comparison is stated.
        QVERIFY(c.sentence.length() > 0);
        QVERIFY(text.mid(c.sentence.start, c.sentence.length()).contains(c.other.left(2)));
    }
    QCOMPARE(found, expected);
}

void TestComparisonFinder::find_needsTwoDifferentChips()
{
    // "H20" twice is one chip: nothing to compare.
    const QString text = u"Der H20 ist vergleichbar mit dem H20 von gestern."_s;
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, u"de"_s, QString());
    QCOMPARE(analysis.entities.size(), 2);
    QVERIFY(ComparisonFinder().find(text, analysis.sentences, analysis.entities).isEmpty());
}

QTEST_GUILESS_MAIN(TestComparisonFinder)
#include "tst_comparisonfinder.moc"
