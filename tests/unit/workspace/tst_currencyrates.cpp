// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/currencyrates.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestCurrencyRates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seed_statesRatesFromClaimsInTwoCurrencies();
    void seed_usesTheMedianOfSeveralStatements();
    void seed_reachesCurrenciesThroughAnotherRate();
    void seed_ignoresImplausibleAndSingleCurrencyClaims();
    void reload_seedsFromTheLibraryAndConverts();
    void userRate_overridesPersistsAndResets();
    void setUserRate_refusesBadInput_data();
    void setUserRate_refusesBadInput();
    void model_editsRateAndValidates();

private:
    static FactRecord value(qint64 article, int claim, double v, const QString &unit);
    std::unique_ptr<Library> m_library;
};

FactRecord TestCurrencyRates::value(qint64 article, int claim, double v, const QString &unit)
{
    FactRecord r;
    r.articleId = article;
    r.factIndex = claim;
    r.value = v;
    r.unit = unit;
    r.metric = u"investment"_s;
    r.sentence = {claim * 100, claim * 100 + 50};
    return r;
}

void TestCurrencyRates::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
}

void TestCurrencyRates::seed_statesRatesFromClaimsInTwoCurrencies()
{
    const auto seeds = CurrencyRates::seed({value(1, 0, 380e9, u"CNY"_s), value(1, 0, 53e9, u"USD"_s)});
    QCOMPARE(seeds.size(), 1);
    QVERIFY(std::abs(seeds.value(u"CNY"_s).rateToUsd - 0.13947) < 1e-5);
    QCOMPARE(seeds.value(u"CNY"_s).sources.size(), 1);
    QCOMPARE(seeds.value(u"CNY"_s).sources.first().articleId, 1);
    // The order of the two values does not matter.
    const auto swapped = CurrencyRates::seed({value(1, 0, 53e9, u"USD"_s), value(1, 0, 380e9, u"CNY"_s)});
    QCOMPARE(swapped.value(u"CNY"_s).rateToUsd, seeds.value(u"CNY"_s).rateToUsd);
}

void TestCurrencyRates::seed_usesTheMedianOfSeveralStatements()
{
    const auto seeds = CurrencyRates::seed({value(1, 0, 100, u"CNY"_s), value(1, 0, 14, u"USD"_s),   // 0.14
                                            value(1, 1, 100, u"CNY"_s), value(1, 1, 13, u"USD"_s),   // 0.13
                                            value(2, 0, 100, u"CNY"_s), value(2, 0, 90, u"USD"_s)}); // 0.90
    QCOMPARE(seeds.value(u"CNY"_s).rateToUsd, 0.14);
    QCOMPARE(seeds.value(u"CNY"_s).sources.size(), 3);
    const auto even = CurrencyRates::seed(
        {value(1, 0, 100, u"CNY"_s), value(1, 0, 14, u"USD"_s), value(2, 0, 100, u"CNY"_s), value(2, 0, 13, u"USD"_s)});
    QVERIFY(std::abs(even.value(u"CNY"_s).rateToUsd - 0.135) < 1e-12);
}

void TestCurrencyRates::seed_reachesCurrenciesThroughAnotherRate()
{
    // 10 EUR = 80 CNY, and 1 CNY = 0.14 USD elsewhere: 1 EUR = 1.12 USD.
    const auto seeds = CurrencyRates::seed(
        {value(1, 0, 10, u"EUR"_s), value(1, 0, 80, u"CNY"_s), value(2, 0, 100, u"CNY"_s), value(2, 0, 14, u"USD"_s)});
    QVERIFY(std::abs(seeds.value(u"EUR"_s).rateToUsd - 1.12) < 1e-9);
    QVERIFY(std::abs(seeds.value(u"CNY"_s).rateToUsd - 0.14) < 1e-12); // not changed by the EUR statement
}

void TestCurrencyRates::seed_ignoresImplausibleAndSingleCurrencyClaims()
{
    const auto seeds = CurrencyRates::seed({
        value(1, 0, 5e9, u"CNY"_s),                             // a claim with one value
        value(1, 1, 5e9, u"CNY"_s), value(1, 1, 7e9, u"CNY"_s), // two values, one currency
        value(1, 2, 1, u"JPY"_s), value(1, 2, 2e9, u"USD"_s),   // no exchange rate is that far off
        value(1, 3, 26, u"%"_s), value(1, 3, 3e9, u"USD"_s),    // not money
        value(1, 4, 0, u"EUR"_s), value(1, 4, 3e9, u"USD"_s),   // nothing to divide by
    });
    QVERIFY2(seeds.isEmpty(), qPrintable(QStringList(seeds.keys()).join(u", ")));
}

void TestCurrencyRates::reload_seedsFromTheLibraryAndConverts()
{
    CurrencyRates rates(*m_library);
    QSignalSpy changed(&rates, &CurrencyRates::ratesChanged);
    QString error;
    QVERIFY2(rates.reload(&error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    // s1: 380 bn CNY ~ 53 bn USD (0.13947), s2: 20 bn yuan ~ 2.8 bn USD (0.14); the median of two is their mean.
    const auto cny = rates.rate(u"CNY"_s);
    QVERIFY(cny);
    QVERIFY2(std::abs(cny->rateToUsd - (53.0 / 380 + 2.8 / 20) / 2) < 1e-9,
             qPrintable(QString::number(cny->rateToUsd)));
    QCOMPARE(cny->origin, CurrencyRate::Origin::Article);
    QCOMPARE(cny->sources.size(), 2);
    QCOMPARE(cny->articleRate, cny->rateToUsd);

    bool ok = false;
    QVERIFY(std::abs(rates.convert(743e6, u"CNY"_s, u"USD"_s, &ok) - 743e6 * cny->rateToUsd) < 1);
    QVERIFY(ok);
    QVERIFY(std::abs(rates.convert(1e6, u"USD"_s, u"CNY"_s, &ok) - 1e6 / cny->rateToUsd) < 1e-3);
    QVERIFY(ok);
    QCOMPARE(rates.convert(5, u"CNY"_s, u"CNY"_s, &ok), 5.0);
    QVERIFY(ok);
    QCOMPARE(rates.convert(5, u"EUR"_s, u"USD"_s, &ok), 0.0);
    QVERIFY(!ok);
    QCOMPARE(rates.rateToUsd(u"USD"_s, &ok), 1.0);
    QVERIFY(ok);

    // The article rate is stored too.
    QSqlQuery q(m_library->database());
    QVERIFY(q.exec(u"SELECT origin FROM currency_rates WHERE currency = 'CNY'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"article"_s);
}

void TestCurrencyRates::userRate_overridesPersistsAndResets()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(u"library.sqlite"_s);
    QString error;
    double articleRate = 0;
    {
        auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error, location);
        QVERIFY2(library, qPrintable(error));
        CurrencyRates rates(*library);
        QVERIFY(rates.reload(&error));
        articleRate = rates.rate(u"CNY"_s)->rateToUsd;
        QSignalSpy changed(&rates, &CurrencyRates::ratesChanged);
        QVERIFY2(rates.setUserRate(u"CNY"_s, 0.138, &error), qPrintable(error));
        QVERIFY(rates.setUserRate(u"EUR"_s, 1.08, &error)); // a currency no article states
        QCOMPARE(changed.size(), 2);
        QCOMPARE(rates.rate(u"CNY"_s)->origin, CurrencyRate::Origin::User);
        QCOMPARE(rates.rate(u"CNY"_s)->articleRate, articleRate); // still shown next to the override
    }
    // Another session: the overrides survive reloading, which re-seeds from the articles.
    Library library(location);
    QVERIFY(library.open(&error));
    CurrencyRates rates(library);
    QVERIFY(rates.reload(&error));
    QCOMPARE(rates.rate(u"CNY"_s)->rateToUsd, 0.138);
    QCOMPARE(rates.rate(u"CNY"_s)->origin, CurrencyRate::Origin::User);
    QCOMPARE(rates.rate(u"CNY"_s)->sources.size(), 2);
    bool ok = false;
    QVERIFY(std::abs(rates.convert(1, u"EUR"_s, u"CNY"_s, &ok) - 1.08 / 0.138) < 1e-9);
    QVERIFY(ok);

    QVERIFY(rates.resetRate(u"CNY"_s, &error));
    QCOMPARE(rates.rate(u"CNY"_s)->rateToUsd, articleRate);
    QCOMPARE(rates.rate(u"CNY"_s)->origin, CurrencyRate::Origin::Article);
    QVERIFY(rates.resetRate(u"EUR"_s, &error));
    QVERIFY(!rates.rate(u"EUR"_s)); // no article states it: no rate left
}

void TestCurrencyRates::setUserRate_refusesBadInput_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("rate");
    QTest::newRow("zero") << u"EUR"_s << 0.0;
    QTest::newRow("negative") << u"EUR"_s << -1.1;
    QTest::newRow("not a number") << u"EUR"_s << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinite") << u"EUR"_s << std::numeric_limits<double>::infinity();
    QTest::newRow("lower-case code") << u"eur"_s << 1.1;
    QTest::newRow("not a code") << u"Euro"_s << 1.1;
    QTest::newRow("the base currency") << u"USD"_s << 1.0;
}

void TestCurrencyRates::setUserRate_refusesBadInput()
{
    QFETCH(QString, currency);
    QFETCH(double, rate);
    CurrencyRates rates(*m_library);
    QVERIFY(rates.reload());
    QSignalSpy changed(&rates, &CurrencyRates::ratesChanged);
    QString error;
    QVERIFY(!rates.setUserRate(currency, rate, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.size(), 0);
    QVERIFY(!rates.rate(currency) || rates.rate(currency)->origin == CurrencyRate::Origin::Article);
}

void TestCurrencyRates::model_editsRateAndValidates()
{
    QTemporaryDir dir;
    QString error;
    auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error,
                                                   dir.filePath(u"l.sqlite"_s));
    QVERIFY2(library, qPrintable(error));
    CurrencyRates rates(*library);
    CurrencyRatesModel model(rates);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(rates.reload());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex rate = model.index(0, CurrencyRatesModel::RateColumn);
    QCOMPARE(model.index(0, CurrencyRatesModel::CurrencyColumn).data().toString(), u"CNY"_s);
    QVERIFY(model.flags(rate).testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, CurrencyRatesModel::OriginColumn)).testFlag(Qt::ItemIsEditable));
    QCOMPARE(model.index(0, CurrencyRatesModel::SourcesColumn).data(SourcesRole).value<QList<SourceRef>>().size(), 2);
    QVERIFY(model.index(0, CurrencyRatesModel::SourcesColumn).data(ArticleIdRole).toLongLong() > 0);
    const double perUsd = model.index(0, CurrencyRatesModel::PerUsdColumn).data(ValueRole).toDouble();
    QVERIFY(perUsd > 7 && perUsd < 7.3);

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.setData(rate, u"abc"_s));
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!model.setData(rate, -0.5));
    QVERIFY(!model.setData(rate, 0));
    QCOMPARE(dataChanged.size(), 0);
    QVERIFY(model.setData(rate, u"0.15"_s));
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(rate.data(Qt::EditRole).toDouble(), 0.15);
    QCOMPARE(model.index(0, CurrencyRatesModel::OriginColumn).data(ValueRole).toString(), u"user"_s);
    QCOMPARE(rates.rateToUsd(u"CNY"_s), 0.15);
    QVERIFY(model.setData(rate, 0.1392));
    QCOMPARE(rates.rateToUsd(u"CNY"_s), 0.1392);

    QVERIFY(rates.setUserRate(u"EUR"_s, 1.1)); // a new row resets the model
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestCurrencyRates)
#include "tst_currencyrates.moc"
