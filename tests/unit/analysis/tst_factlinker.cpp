// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/factlinker.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestFactLinker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void link_findsTheFactsOfTheFixture_data();
    void link_findsTheFactsOfTheFixture();
    void link_ignoresFiguresOutsideTheSentences();
    void link_ignoresQuantitiesAndDates();

private:
    KnowledgeBase m_kb;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

namespace {

QString describe(const Fact &f)
{
    QStringList values;
    for (const FactValue &v : f.values) {
        values.append(QString::number(v.value, 'g', 12) + u' ' + v.unit);
    }
    return f.subject + u' ' + f.metric + u" [" + values.join(u", ") + u"] " + f.period;
}

} // namespace

void TestFactLinker::initTestCase()
{
    m_kb = loadAnalysisKb();
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

void TestFactLinker::link_findsTheFactsOfTheFixture_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("expected");
    for (const QJsonValue &value : loadCases(u"facts.json"_s)) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"lang"].toString() << c[u"date"].toString() << c[u"text"].toString() << c[u"facts"].toArray();
    }
}

void TestFactLinker::link_findsTheFactsOfTheFixture()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, text);
    QFETCH(QJsonArray, expected);

    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, language, date);
    QStringList found;
    for (const Fact &f : analysis.facts) {
        found.append(describe(f));
    }
    QCOMPARE(analysis.facts.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Fact &f = analysis.facts[i];
        const QJsonObject e = expected[i].toObject();
        const QString context = found.join(u" | ");
        QVERIFY2(f.subject == e[u"subject"].toString(), qPrintable(context));
        QVERIFY2(f.metric == e[u"metric"].toString(), qPrintable(context));
        const QJsonArray values = e[u"values"].toArray();
        QVERIFY2(f.values.size() == values.size(), qPrintable(context));
        for (qsizetype v = 0; v < values.size(); ++v) {
            const double want = values[v].toArray()[0].toDouble();
            QVERIFY2(std::abs(f.values[v].value - want) <= std::abs(want) * 1e-9, qPrintable(context));
            QVERIFY2(f.values[v].unit == values[v].toArray()[1].toString(), qPrintable(context));
            // The value points back at its figure.
            QVERIFY(f.values[v].figureSpan.length() > 0);
        }
        if (e.contains(u"period")) {
            QVERIFY2(f.period == e[u"period"].toString(), qPrintable(context));
        }
        // The fact names its sentence, which holds the figure.
        QVERIFY(f.sentence.start <= f.values.front().figureSpan.start);
        QVERIFY(f.values.front().figureSpan.end <= f.sentence.end);
        QVERIFY(!f.subjectId.isEmpty());
    }
}

void TestFactLinker::link_ignoresFiguresOutsideTheSentences()
{
    const QString text = u"Nvidia meldete einen Umsatz von 5 Milliarden Dollar."_s;
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, u"de"_s, QString());
    QCOMPARE(analysis.facts.size(), 1);
    // The same figures and entities without a sentence around them link to nothing.
    const QList<Fact> none = FactLinker().link(text, QList<Sentence>(), analysis.entities, analysis.figures, QString());
    QVERIFY(none.isEmpty());
}

void TestFactLinker::link_ignoresQuantitiesAndDates()
{
    const QString text = u"Nvidia meldete 2024 einen Umsatz auf 7 Nanometern."_s;
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, u"de"_s, QString());
    QCOMPARE(analysis.figures.size(), 2);
    QVERIFY(analysis.facts.isEmpty());
}

QTEST_GUILESS_MAIN(TestFactLinker)
#include "tst_factlinker.moc"
