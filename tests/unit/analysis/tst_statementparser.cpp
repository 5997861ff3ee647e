// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/triggerlexicon.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

// The statement parser's rules, one construction per fixture case (tests/data/analysis/statements.json):
// frames, roles, polarity, modality, subjects and periods, German and English, with sentences that must
// give no fact.
class TestStatementParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lexicon_isBuiltInAndReadsCompoundHeads();
    void lexicon_refusesMalformedLines();
    void parse_findsTheFactsOfTheFixture_data();
    void parse_findsTheFactsOfTheFixture();
    void explain_coversEveryMoneyAndPercentFigure();
    void runOnText_isNoSentenceToParse();

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
    return f.subject + u' ' + f.metric + u" [" + values.join(u", ") + u"] " + f.period + u' ' + factKindName(f.kind) +
           u' ' + factRoleName(f.role);
}

} // namespace

void TestStatementParser::initTestCase()
{
    m_kb = loadAnalysisKb();
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

void TestStatementParser::lexicon_isBuiltInAndReadsCompoundHeads()
{
    const TriggerLexicon &lexicon = TriggerLexicon::builtIn();
    QVERIFY(lexicon.size() > 50);
    // A compound is read by its parts: the head decides.
    QVERIFY(lexicon.classify(u"quartalsumsatz", u"de") & Trigger::Revenue);
    QVERIFY(lexicon.classify(u"umsatzziel", u"de") & Trigger::Target);
    QVERIFY(lexicon.classify(u"umsatzrückgang", u"de") & Trigger::Down);
    QVERIFY(lexicon.classify(u"slid", u"en") & Trigger::Down);
    QVERIFY(lexicon.classify(u"expects", u"en") & Trigger::Forecast);
    // Words that merely contain a stem are no trigger.
    QCOMPARE(lexicon.classify(u"gewinner", u"de"), 0u);
    // Separable verbs come with their particle.
    bool found = false;
    for (const auto &[particle, flags] : lexicon.separable(u"gab")) {
        found = found || (particle == u"nach" && (flags & Trigger::Down));
    }
    QVERIFY(found);
}

void TestStatementParser::lexicon_refusesMalformedLines()
{
    TriggerLexicon lexicon;
    QString error;
    QVERIFY(lexicon.loadText(u"# comment\numsatz\tcontains\tmeasure\trevenue\t-\tde\n", &error));
    QVERIFY(!lexicon.loadText(u"umsatz\tcontains\tnosuchframe\trevenue\t-\tde\n", &error));
    QVERIFY(error.contains(u"frame"));
    QVERIFY(!lexicon.loadText(u"umsatz\tcontains\tmeasure\n", &error));
}

void TestStatementParser::parse_findsTheFactsOfTheFixture_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("assumed");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("expected");
    for (const QJsonValue &value : loadCases(u"statements.json"_s)) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"lang"].toString() << c[u"date"].toString() << c[u"assumed"].toString() << c[u"text"].toString()
            << c[u"facts"].toArray();
    }
}

void TestStatementParser::parse_findsTheFactsOfTheFixture()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, assumed);
    QFETCH(QString, text);
    QFETCH(QJsonArray, expected);

    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, language, date, nullptr, assumed);
    QStringList found;
    for (const Fact &f : analysis.facts) {
        found.append(describe(f));
    }
    const QString context = found.join(u" | ");
    QVERIFY2(analysis.facts.size() == expected.size(), qPrintable(context));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Fact &f = analysis.facts[i];
        const QJsonObject e = expected[i].toObject();
        QVERIFY2(f.subject == e[u"subject"].toString(), qPrintable(context));
        QVERIFY2(f.metric == e[u"metric"].toString(), qPrintable(context));
        const QJsonArray values = e[u"values"].toArray();
        QVERIFY2(f.values.size() >= 1, qPrintable(context));
        for (qsizetype v = 0; v < values.size() && v < f.values.size(); ++v) {
            const double want = values[v].toArray()[0].toDouble();
            QVERIFY2(std::abs(f.values[v].value - want) <= std::abs(want) * 1e-9, qPrintable(context));
            QVERIFY2(f.values[v].unit == values[v].toArray()[1].toString(), qPrintable(context));
        }
        if (e.contains(u"period")) {
            QVERIFY2(f.period == e[u"period"].toString(), qPrintable(context));
        }
        if (e.contains(u"kind")) {
            QVERIFY2(factKindName(f.kind) == e[u"kind"].toString(), qPrintable(context));
        }
        if (e.contains(u"role")) {
            QVERIFY2(factRoleName(f.role) == e[u"role"].toString(), qPrintable(context));
        }
    }
}

void TestStatementParser::explain_coversEveryMoneyAndPercentFigure()
{
    const QString text =
        u"Nvidia meldete einen Umsatz von 46 Milliarden Dollar. Die Aktien wurden zu 95 Dollar je Stück zugeteilt."_s;
    QList<FigureStatement> statements;
    const ArticleAnalysis analysis = m_analyzer->analyze(text, {}, u"de"_s, QString(), &statements);
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements[0].fact, 0);
    QCOMPARE(statements[0].subject, u"Nvidia"_s);
    QCOMPARE(statements[0].role, u"level"_s);
    QVERIFY(!statements[0].trigger.isEmpty());
    QCOMPARE(statements[1].fact, -1);
    QCOMPARE(statements[1].role, u"per_unit"_s);
    QVERIFY(!statements[1].reason.isEmpty());
    QCOMPARE(analysis.facts.size(), 1);
}

QTEST_GUILESS_MAIN(TestStatementParser)

void TestStatementParser::runOnText_isNoSentenceToParse()
{
    // The same statement as a sentence, and buried in a page of text without a full stop (a hostile or broken
    // file): the second is not parsed, and explain says why.
    const QString statement = u"Nvidia meldete einen Umsatz von 5 Milliarden Dollar"_s;
    const QString sentence = statement + u'.';
    QCOMPARE(m_analyzer->analyze(sentence, {}, u"de"_s, u"2025-05-10"_s).facts.size(), 1);

    QString runOn = statement;
    for (int i = 0; i < 150; ++i) {
        runOn += u" und die Firma sagte nichts"_s;
    }
    runOn += u'.';
    QList<FigureStatement> statements;
    const ArticleAnalysis analysis = m_analyzer->analyze(runOn, {}, u"de"_s, u"2025-05-10"_s, &statements);
    QCOMPARE(analysis.sentences.size(), 1);
    QVERIFY(analysis.facts.isEmpty());
    QCOMPARE(statements.size(), 1);
    QVERIFY2(statements.first().reason.contains(u"no sentence to parse"_s), qPrintable(statements.first().reason));
}

#include "tst_statementparser.moc"
