// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QtConcurrent>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestArticleAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void analyze_keepsOnlyTheBodyRanges();
    void analyze_takesTheWholeTextWithoutBody();
    void analyze_toleratesRangesBeyondTheText();
    void analyze_givesTheSameResultsOnManyThreads();

private:
    static QString fingerprint(const QString &text, const ArticleAnalysis &a);

    KnowledgeBase m_kb;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

void TestArticleAnalyzer::initTestCase()
{
    m_kb = loadAnalysisKb();
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

QString TestArticleAnalyzer::fingerprint(const QString &text, const ArticleAnalysis &a)
{
    QStringList parts;
    for (const Sentence &s : a.sentences) {
        parts.append(u"S%1-%2"_s.arg(s.span.start).arg(s.span.end));
    }
    for (const EntityMention &e : a.entities) {
        parts.append(u"E"_s + text.mid(e.span.start, e.span.length()) + u'=' + e.canonical);
    }
    for (const Figure &f : a.figures) {
        parts.append(u"G"_s + text.mid(f.span.start, f.span.length()) + u'=' + QString::number(f.value));
    }
    for (const Fact &f : a.facts) {
        parts.append(u"F"_s + f.subject + u'/' + f.metric + u'/' + QString::number(f.values.front().value));
    }
    for (const ChipComparison &c : a.comparisons) {
        parts.append(u"C"_s + c.chip + u'/' + c.relation + u'/' + c.other);
    }
    return parts.join(u'|');
}

void TestArticleAnalyzer::analyze_keepsOnlyTheBodyRanges()
{
    const QString clutter = u"Newsletter: 50 Prozent Rabatt bei Alibaba!\n"_s;
    const QString article = u"Nvidia meldete einen Umsatz von 5 Milliarden Dollar.\n"_s;
    const QString text = clutter + article + u"Jetzt für 9 Euro im Monat den H20-Report abonnieren."_s;
    const TextSpan body{clutter.size(), clutter.size() + article.size() - 1};

    const ArticleAnalysis a = m_analyzer->analyze(text, {body}, u"de"_s, QString());
    QCOMPARE(a.sentences.size(), 1);
    QCOMPARE(a.entities.size(), 1);
    QCOMPARE(a.entities[0].canonical, u"Nvidia"_s);
    QCOMPARE(a.entities[0].span.start, body.start); // offsets into the whole text
    QCOMPARE(a.figures.size(), 1);
    QCOMPARE(text.mid(a.figures[0].span.start, a.figures[0].span.length()), u"5 Milliarden Dollar"_s);
    QCOMPARE(a.facts.size(), 1);
    QCOMPARE(a.facts[0].subject, u"Nvidia"_s);
    QCOMPARE(a.facts[0].metric, u"revenue"_s);
    QCOMPARE(a.facts[0].sentence, a.sentences[0].span);
}

void TestArticleAnalyzer::analyze_takesTheWholeTextWithoutBody()
{
    const QString text =
        u"Newsletter: 50 Prozent Rabatt bei Alibaba!\nNvidia meldete einen Umsatz von 5 Milliarden Dollar."_s;
    const ArticleAnalysis a = m_analyzer->analyze(text, {}, u"de"_s, QString());
    QCOMPARE(a.figures.size(), 2);
    QCOMPARE(a.entities.size(), 2);
    QCOMPARE(a.sentences.size(), 2);
}

void TestArticleAnalyzer::analyze_toleratesRangesBeyondTheText()
{
    const QString text = u"Nvidia meldete einen Umsatz von 5 Milliarden Dollar."_s;
    const ArticleAnalysis a = m_analyzer->analyze(text, {{-5, 10}, {21, 400}, {500, 600}}, u"de"_s, QString());
    QCOMPARE(a.entities.size(), 1); // "Nvidia" in [0, 10)
    QCOMPARE(a.figures.size(), 1);  // in [21, 52)
    QCOMPARE(text.mid(a.figures[0].span.start, a.figures[0].span.length()), u"5 Milliarden Dollar"_s);
    // A range that starts inside an amount keeps no half of it.
    QVERIFY(m_analyzer->analyze(text, {{34, 52}}, u"de"_s, QString()).figures.isEmpty());
}

void TestArticleAnalyzer::analyze_givesTheSameResultsOnManyThreads()
{
    QStringList texts;
    QStringList languages;
    for (const QString &fixture : {u"facts.json"_s, u"comparisons.json"_s}) {
        for (const QJsonValue &value : loadCases(fixture)) {
            texts.append(value[u"text"].toString());
            languages.append(value[u"lang"].toString());
        }
    }
    QList<int> jobs;
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < texts.size(); ++i) {
            jobs.append(i);
        }
    }
    QStringList expected;
    for (int i = 0; i < texts.size(); ++i) {
        expected.append(fingerprint(texts[i], m_analyzer->analyze(texts[i], {}, languages[i], QString())));
    }
    const ArticleAnalyzer &analyzer = *m_analyzer;
    const QList<QString> results = QtConcurrent::blockingMapped(
        jobs, [&](int i) { return fingerprint(texts[i], analyzer.analyze(texts[i], {}, languages[i], QString())); });
    QCOMPARE(results.size(), jobs.size());
    for (qsizetype j = 0; j < jobs.size(); ++j) {
        QCOMPARE(results[j], expected[jobs[j]]);
    }
}

QTEST_GUILESS_MAIN(TestArticleAnalyzer)
#include "tst_articleanalyzer.moc"
