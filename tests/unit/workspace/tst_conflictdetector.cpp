// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/conflictdetector.h"
#include "workspace/currencyrates.h"
#include "workspacefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestConflictDetector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findStreaks_recognisesStreakPhrases_data();
    void findStreaks_recognisesStreakPhrases();
    void streakMetric_readsTheMetricWords_data();
    void streakMetric_readsTheMetricWords();
    void valueConflicts_compareInASharedUnitOrConverted();
    void valueConflicts_ignoreOneArticlesSeveralFigures();
    void streaks_disagreeOnlyBeyondWhatTimeExplains_data();
    void streaks_disagreeOnlyBeyondWhatTimeExplains();
    void syntheticLibrary_findsValueAndStreakConflicts();
    void demoArticles_stateNoConflict();

private:
    static QList<FactRecord> claim(qint64 article, int index, const QList<std::pair<double, QString>> &values);
    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;
};

QList<FactRecord> TestConflictDetector::claim(qint64 article, int index,
                                              const QList<std::pair<double, QString>> &values)
{
    QList<FactRecord> out;
    for (const auto &[value, unit] : values) {
        FactRecord r;
        r.articleId = article;
        r.factIndex = index;
        r.subject = u"Alibaba"_s;
        r.metric = u"investment"_s;
        r.period = u"2025"_s;
        r.value = value;
        r.unit = unit;
        r.articleTitle = u"Article %1"_s.arg(article);
        out << r;
    }
    return out;
}

void TestConflictDetector::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
}

void TestConflictDetector::findStreaks_recognisesStreakPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("unit");

    QTest::newRow("de ordinal quarter") << u"Die Erlöse wuchsen im achten Quartal in Folge dreistellig."_s
                                        << u"achten Quartal in Folge"_s << 8 << u"quarter"_s;
    QTest::newRow("de ordinal month") << u"Sie wachsen bereits den achten Monat in Folge."_s
                                      << u"achten Monat in Folge"_s << 8 << u"month"_s;
    QTest::newRow("de year, other ending")
        << u"Das dritte Jahr in Folge sank der Gewinn."_s << u"dritte Jahr in Folge"_s << 3 << u"year"_s;
    QTest::newRow("de digits") << u"Im 12. Quartal hintereinander stieg der Umsatz."_s
                               << u"12. Quartal hintereinander"_s << 12 << u"quarter"_s;
    QTest::newRow("de cardinal plural") << u"Der Umsatz stieg acht Quartale in Folge."_s << u"acht Quartale in Folge"_s
                                        << 8 << u"quarter"_s;
    QTest::newRow("de adjective") << u"Das ist das vierte aufeinanderfolgende Quartal mit Wachstum."_s
                                  << u"vierte aufeinanderfolgende Quartal"_s << 4 << u"quarter"_s;
    QTest::newRow("de cardinal adjective") << u"Seit zwölf aufeinanderfolgenden Monaten steigt der Umsatz."_s
                                           << u"zwölf aufeinanderfolgenden Monaten"_s << 12 << u"month"_s;
    QTest::newRow("de week") << u"Der Absatz stieg die zweite Woche in Folge."_s << u"zweite Woche in Folge"_s << 2
                             << u"week"_s;
    QTest::newRow("de long ordinal") << u"Zum achtzehnten Monat in Folge wuchs der Umsatz."_s
                                     << u"achtzehnten Monat in Folge"_s << 18 << u"month"_s;
    QTest::newRow("en straight") << u"Revenue rose for the third straight quarter."_s << u"third straight quarter"_s
                                 << 3 << u"quarter"_s;
    QTest::newRow("en consecutive") << u"growth for the eighth consecutive month"_s << u"eighth consecutive month"_s
                                    << 8 << u"month"_s;
    QTest::newRow("en in a row") << u"Sales grew for the 10th quarter in a row."_s << u"10th quarter in a row"_s << 10
                                 << u"quarter"_s;
    QTest::newRow("en cardinal") << u"Profit grew five consecutive years."_s << u"five consecutive years"_s << 5
                                 << u"year"_s;
    QTest::newRow("en cardinal in a row")
        << u"It grew eight quarters in a row."_s << u"eight quarters in a row"_s << 8 << u"quarter"_s;
    QTest::newRow("de: a date, no streak")
        << u"Im dritten Quartal 2025 stieg der Umsatz."_s << QString() << 0 << QString();
    QTest::newRow("en: a date, no streak") << u"In the third quarter revenue grew."_s << QString() << 0 << QString();
    QTest::newRow("de: 'in Folge' as a cause")
        << u"In Folge der Sanktionen sank der Umsatz."_s << QString() << 0 << QString();
    QTest::newRow("de: times, not periods")
        << u"Zum fünften Mal in Folge stieg der Umsatz."_s << QString() << 0 << QString();
}

void TestConflictDetector::findStreaks_recognisesStreakPhrases()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(int, count);
    QFETCH(QString, unit);
    const QList<StreakPhrase> found = ConflictDetector::findStreaks(text);
    if (phrase.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found.first().span.start, found.first().span.length()), phrase);
    QCOMPARE(found.first().count, count);
    QCOMPARE(found.first().unit, unit);
}

void TestConflictDetector::streakMetric_readsTheMetricWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("metric");
    QTest::newRow("revenue grew") << u"die Erlöse mit KI-Produkten wuchsen dreistellig"_s << u"revenue_growth"_s;
    QTest::newRow("compound") << u"ein dreistelliges Umsatzwachstum"_s << u"revenue_growth"_s;
    QTest::newRow("en") << u"AI product revenue posting triple-digit growth"_s << u"revenue_growth"_s;
    QTest::newRow("revenue alone") << u"der Umsatz lag über den Erwartungen"_s << u"revenue"_s;
    QTest::newRow("profit grew") << u"Profit rose"_s << u"profit_growth"_s;
    QTest::newRow("loss") << u"der Verlust blieb hoch"_s << u"loss"_s;
    QTest::newRow("nothing") << u"Marktführer in China"_s << QString();
}

void TestConflictDetector::streakMetric_readsTheMetricWords()
{
    QFETCH(QString, text);
    QFETCH(QString, metric);
    QCOMPARE(ConflictDetector::streakMetric(text), metric);
}

void TestConflictDetector::valueConflicts_compareInASharedUnitOrConverted()
{
    CurrencyRates rates(*m_library);
    QVERIFY(rates.reload());
    const ConflictDetector withRates(*m_library, &rates);
    const ConflictDetector withoutRates(*m_library);
    const QList<FactRecord> twoCurrencies = claim(1, 0, {{380e9, u"CNY"_s}, {53e9, u"USD"_s}});

    // The dollar amounts differ: 53 against 60 billion.
    QList<FactConflict> c = withoutRates.valueConflicts(twoCurrencies + claim(2, 0, {{60e9, u"USD"_s}}));
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.first().kind, FactConflict::Kind::Value);
    QCOMPARE(c.first().subject, u"Alibaba"_s);
    QCOMPARE(c.first().period, u"2025"_s);
    QCOMPARE(c.first().sources.size(), 2);
    QCOMPARE(c.first().unit, u"CNY"_s);
    QVERIFY(c.first().describe().contains(u"Article 1"_s) && c.first().describe().contains(u"Article 2"_s));

    // 53 against 53.1 billion: within 0.5 %.
    QVERIFY(withoutRates.valueConflicts(twoCurrencies + claim(2, 0, {{53.1e9, u"USD"_s}})).isEmpty());

    // 400 billion yuan alone against 53 billion dollars alone: only a rate can tell.
    const QList<FactRecord> apart = claim(3, 0, {{400e9, u"CNY"_s}}) + claim(4, 0, {{53e9, u"USD"_s}});
    QVERIFY(withoutRates.valueConflicts(apart).isEmpty());
    c = withRates.valueConflicts(apart);
    QCOMPARE(c.size(), 1);
    QVERIFY(std::abs(c.first().sources.at(1).comparableValue - 53e9 / rates.rateToUsd(u"CNY"_s)) < 1e3);
    // Converted, the same amount agrees.
    QVERIFY(withRates
                .valueConflicts(claim(3, 0, {{400e9, u"CNY"_s}}) +
                                claim(4, 0, {{400e9 * rates.rateToUsd(u"CNY"_s), u"USD"_s}}))
                .isEmpty());
}

void TestConflictDetector::valueConflicts_ignoreOneArticlesSeveralFigures()
{
    const ConflictDetector detector(*m_library);
    QVERIFY(detector.valueConflicts(claim(1, 0, {{5e9, u"USD"_s}}) + claim(1, 1, {{7e9, u"USD"_s}})).isEmpty());
    // Different periods are different facts.
    QList<FactRecord> later = claim(2, 0, {{7e9, u"USD"_s}});
    later.first().period = u"2026"_s;
    QVERIFY(detector.valueConflicts(claim(1, 0, {{5e9, u"USD"_s}}) + later).isEmpty());
    // "other" is no quantity to compare.
    QList<FactRecord> a = claim(1, 0, {{5e9, u"USD"_s}});
    QList<FactRecord> b = claim(2, 0, {{7e9, u"USD"_s}});
    a.first().metric = b.first().metric = u"other"_s;
    QVERIFY(detector.valueConflicts(a + b).isEmpty());
}

void TestConflictDetector::streaks_disagreeOnlyBeyondWhatTimeExplains_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("secondDate");
    QTest::addColumn<bool>("conflict");

    const QString quarter8 = u"Der Umsatz von Huawei wuchs im achten Quartal in Folge."_s;
    QTest::newRow("quarter against month")
        << quarter8 << u"2025-06-01"_s << u"Huaweis Umsatz wuchs den achten Monat in Folge."_s << u"2025-06-03"_s
        << true;
    QTest::newRow("same run in other units")
        << u"Der Umsatz von Huawei wuchs im vierten Quartal in Folge."_s << u"2025-06-01"_s
        << u"Huaweis Umsatz wuchs den zwölften Monat in Folge."_s << u"2025-06-03"_s << false;
    QTest::newRow("next quarter, a quarter later")
        << quarter8 << u"2025-03-01"_s << u"Der Umsatz von Huawei wuchs im neunten Quartal in Folge."_s
        << u"2025-06-01"_s << false;
    QTest::newRow("next quarter, same week")
        << quarter8 << u"2025-06-01"_s << u"Der Umsatz von Huawei wuchs im neunten Quartal in Folge."_s
        << u"2025-06-03"_s << true;
    QTest::newRow("same streak") << quarter8 << u"2025-06-01"_s
                                 << u"Huawei's revenue grew for the eighth straight quarter."_s << u"2025-06-02"_s
                                 << false;
    QTest::newRow("another metric") << quarter8 << u"2025-06-01"_s
                                    << u"Der Gewinn von Huawei stieg den achten Monat in Folge."_s << u"2025-06-02"_s
                                    << false;
    QTest::newRow("another company") << quarter8 << u"2025-06-01"_s
                                     << u"Der Umsatz von Baidu wuchs den achten Monat in Folge."_s << u"2025-06-02"_s
                                     << false;
}

void TestConflictDetector::streaks_disagreeOnlyBeyondWhatTimeExplains()
{
    QFETCH(QString, first);
    QFETCH(QString, firstDate);
    QFETCH(QString, second);
    QFETCH(QString, secondDate);
    QFETCH(bool, conflict);
    Library library(u":memory:"_s);
    QVERIFY(library.open(nullptr));
    const qint64 a = WorkspaceFixture::addArticle(library, u"Erster Bericht"_s, first, firstDate);
    const qint64 b = WorkspaceFixture::addArticle(library, u"Zweiter Bericht"_s, second, secondDate);
    QVERIFY(a > 0 && b > 0);
    const QList<FactConflict> found = ConflictDetector(library).streakConflicts(std::nullopt);
    QCOMPARE(!found.isEmpty(), conflict);
    if (conflict) {
        QCOMPARE(found.first().kind, FactConflict::Kind::Streak);
        QCOMPARE(found.first().subject, u"Huawei"_s);
        QCOMPARE(found.first().sources.size(), 2);
    }
}

void TestConflictDetector::syntheticLibrary_findsValueAndStreakConflicts()
{
    CurrencyRates rates(*m_library);
    QVERIFY(rates.reload());
    const QList<FactConflict> conflicts = ConflictDetector(*m_library, &rates).detect();
    QStringList lines;
    for (const FactConflict &c : conflicts) {
        lines << c.describe();
    }
    QCOMPARE(conflicts.size(), 2);

    const FactConflict &value = conflicts.first();
    QCOMPARE(value.kind, FactConflict::Kind::Value);
    QCOMPARE(value.subject, u"MetaX"_s);
    QCOMPARE(value.metric, u"revenue"_s);
    QCOMPARE(value.period, u"2024"_s);
    QCOMPARE(value.sources.size(), 2);
    QVERIFY2(lines.first().contains(u"743 million CNY"_s) && lines.first().contains(u"750 million CNY"_s),
             qPrintable(lines.first()));

    const FactConflict &streak = conflicts.last();
    QCOMPARE(streak.kind, FactConflict::Kind::Streak);
    QCOMPARE(streak.subject, u"Alibaba"_s);
    QCOMPARE(streak.metric, u"revenue_growth"_s);
    QCOMPARE(streak.sources.size(), 2);
    QSet<qint64> articles;
    for (const ConflictSource &s : streak.sources) {
        articles.insert(s.source.articleId);
        const QString text = m_library->article(s.source.articleId)->document.text;
        QVERIFY(text.mid(s.source.sentence.start, s.source.sentence.length()).contains(s.phrase));
    }
    QCOMPARE(articles, (QSet<qint64>{m_ids.value(u"s1"_s), m_ids.value(u"s2"_s)}));
    QCOMPARE(streak.sources.first().streakUnit, u"quarter"_s);
    QCOMPARE(streak.sources.last().streakUnit, u"month"_s);

    // Restricted to one article, nothing disagrees.
    QVERIFY(ConflictDetector(*m_library, &rates).detect(QList<qint64>{m_ids.value(u"s1"_s)}).isEmpty());
}

void TestConflictDetector::demoArticles_stateNoConflict()
{
    // The demo articles agree with one another: no value and no streak is stated differently by two of them.
    QString error;
    const auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::demoArticlesDir()}, &error);
    QVERIFY2(library, qPrintable(error));
    CurrencyRates rates(*library);
    QVERIFY2(rates.reload(&error), qPrintable(error));
    QStringList found;
    for (const FactConflict &conflict : ConflictDetector(*library, &rates).detect()) {
        found << conflict.describe();
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestConflictDetector)
#include "tst_conflictdetector.moc"
