// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/currencyrates.h"
#include "workspace/metricchartmodel.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestMetricChartModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revenue_periodsByCompaniesWithScaledAxis();
    void disagreeingArticles_makeAConflictWithBothSources();
    void articles_restrictTheChart();
    void money_isConvertedToTheChosenCurrency();
    void percentages_stayUnscaledAndAgreeingSourcesAreNoConflict();
    void periods_sortInTimeWithApproximateAndUndatedLast();
    void undatedArticle_takesTheYearOfTheArticlesImportedWithIt();
    void subjects_restrictColumns();
    void demoArticles_metaxRevenue2024();

private:
    static QModelIndex cell(const MetricChartModel &model, const QString &period, const QString &subject);
    std::unique_ptr<Library> m_library;
    std::unique_ptr<CurrencyRates> m_rates;
    QHash<QString, qint64> m_ids;
};

QModelIndex TestMetricChartModel::cell(const MetricChartModel &model, const QString &period, const QString &subject)
{
    return model.index(int(model.periods().indexOf(period)), int(model.subjects().indexOf(subject)));
}

void TestMetricChartModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
    m_rates = std::make_unique<CurrencyRates>(*m_library);
    QVERIFY(m_rates->reload(&error));
}

void TestMetricChartModel::revenue_periodsByCompaniesWithScaledAxis()
{
    MetricChartModel model(*m_library, m_rates.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMetric(u"revenue"_s);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.periods(), (QStringList{u"2024"_s, u"2025-H1"_s}));
    QCOMPARE(model.subjects(), (QStringList{u"Cambricon"_s, u"MetaX"_s}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"MetaX"_s); // bar-set names
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"2024"_s);    // categories
    QCOMPARE(model.unit(), u"CNY"_s);
    QCOMPARE(model.scaleFactor(), 1e9); // up to 1.2 billion
    QCOMPARE(model.unitLabel(), u"billion CNY"_s);

    const QModelIndex cambricon = cell(model, u"2025-H1"_s, u"Cambricon"_s);
    QCOMPARE(cambricon.data(ValueRole).toDouble(), 1.2e9);
    QCOMPARE(cambricon.data().toDouble(), 1.2);
    QVERIFY(!cambricon.data(ConflictRole).toBool());
    QCOMPARE(cambricon.data(ArticleIdRole).toLongLong(), m_ids.value(u"s3"_s));
    // No Cambricon figure for 2024: an empty bar.
    QVERIFY(!cell(model, u"2024"_s, u"Cambricon"_s).data().isValid());
}

void TestMetricChartModel::disagreeingArticles_makeAConflictWithBothSources()
{
    MetricChartModel model(*m_library, m_rates.get());
    model.setMetric(u"revenue"_s);
    // s1 says 743 million, s2 750 million: the newer article's value is shown, both sources are listed.
    const QModelIndex metax = cell(model, u"2024"_s, u"MetaX"_s);
    QVERIFY(metax.data(ConflictRole).toBool());
    QCOMPARE(metax.data(ValueRole).toDouble(), 750e6);
    QCOMPARE(metax.data(ArticleIdRole).toLongLong(), m_ids.value(u"s2"_s));
    const auto sources = metax.data(SourcesRole).value<QList<SourceRef>>();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(1).articleId, m_ids.value(u"s1"_s));
    QVERIFY(metax.data(Qt::ToolTipRole).toString().contains(u"743 million CNY"_s));

    const QList<MetricChartModel::Conflict> conflicts = model.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().subject, u"MetaX"_s);
    QCOMPARE(conflicts.first().period, u"2024"_s);
    QCOMPARE(conflicts.first().row, metax.row());
    QCOMPARE(conflicts.first().column, metax.column());
    QCOMPARE(conflicts.first().facts.size(), 2);
    QVERIFY(conflicts.first().values.contains(743e6) && conflicts.first().values.contains(750e6));
}

void TestMetricChartModel::articles_restrictTheChart()
{
    MetricChartModel model(*m_library, m_rates.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetric(u"revenue"_s);
    model.setArticles({m_ids.value(u"s1"_s)});
    QCOMPARE(model.subjects(), QStringList{u"MetaX"_s});
    const QModelIndex metax = cell(model, u"2024"_s, u"MetaX"_s);
    QCOMPARE(metax.data(ValueRole).toDouble(), 743e6);
    QVERIFY(!metax.data(ConflictRole).toBool());
    QCOMPARE(model.unitLabel(), u"million CNY"_s);
    QCOMPARE(metax.data().toDouble(), 743.0);
    QVERIFY(model.conflicts().isEmpty());
    model.setArticles({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.showAllArticles();
    QCOMPARE(model.columnCount(), 2);
}

void TestMetricChartModel::money_isConvertedToTheChosenCurrency()
{
    CurrencyRates rates(*m_library);
    QVERIFY(rates.reload());
    MetricChartModel model(*m_library, &rates);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetric(u"investment"_s);
    // Both claims are plans ("will ... investieren", "plans to invest"): forecasts, drawn only when asked for.
    QCOMPARE(model.rowCount(), 0);
    model.setIncludeForecasts(true);
    // Both claims state CNY and USD; on a tie the base currency wins, and the stated value is used as is.
    QCOMPARE(model.unit(), u"USD"_s);
    const QString year = u"\u2248 2025 (forecast)"_s;
    QCOMPARE(cell(model, year, u"Alibaba"_s).data(ValueRole).toDouble(), 53e9);
    QCOMPARE(cell(model, year, u"Baidu"_s).data(ValueRole).toDouble(), 2.8e9);
    QCOMPARE(model.unitLabel(), u"billion USD"_s);

    model.setCurrency(u"CNY"_s);
    QCOMPARE(cell(model, year, u"Alibaba"_s).data(ValueRole).toDouble(), 380e9);

    model.setCurrency(u"EUR"_s); // no rate yet: nothing can be shown
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.skippedClaims(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(rates.setUserRate(u"EUR"_s, 1.1)); // the chart follows the rates
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.skippedClaims(), 0);
    QVERIFY(std::abs(cell(model, year, u"Alibaba"_s).data(ValueRole).toDouble() - 53e9 / 1.1) < 1);
    QCOMPARE(model.unitLabel(), u"billion EUR"_s);
}

void TestMetricChartModel::percentages_stayUnscaledAndAgreeingSourcesAreNoConflict()
{
    MetricChartModel model(*m_library, m_rates.get());
    model.setMetric(u"revenue_growth"_s);
    QCOMPARE(model.unit(), u"%"_s);
    QCOMPARE(model.unitLabel(), u"%"_s);
    QCOMPARE(model.scaleFactor(), 1.0);
    const QModelIndex alibaba = cell(model, u"\u2248 2025"_s, u"Alibaba"_s);
    QCOMPARE(alibaba.data().toDouble(), 26.0);
    QVERIFY(!alibaba.data(ConflictRole).toBool()); // both articles say 26 %
    QCOMPARE(alibaba.data(SourcesRole).value<QList<SourceRef>>().size(), 2);
}

void TestMetricChartModel::periods_sortInTimeWithApproximateAndUndatedLast()
{
    QString error;
    auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY(library);
    QVERIFY(WorkspaceFixture::addArticle(*library, u"Ohne Datum"_s,
                                         u"Cambricon meldete einen Umsatz von 2 Milliarden Yuan."_s, QString()));
    QVERIFY(WorkspaceFixture::addArticle(*library, u"Quartal"_s,
                                         u"MetaX meldete für das dritte Quartal 2025 einen Umsatz von 300 Millionen "
                                         "Yuan."_s,
                                         u"2025-11-02"_s));
    MetricChartModel model(*library, nullptr);
    model.setMetric(u"revenue"_s);
    const QStringList periods = model.periods();
    QVERIFY2(periods.size() == 4, qPrintable(periods.join(u" | ")));
    QCOMPARE(periods.first(), u"2024"_s);
    QCOMPARE(periods.at(1), u"2025-H1"_s);
    QVERIFY2(periods.at(2).startsWith(u"2025-"_s), qPrintable(periods.at(2))); // the third quarter
    QCOMPARE(periods.last(), u"\u2014"_s);
}

void TestMetricChartModel::undatedArticle_takesTheYearOfTheArticlesImportedWithIt()
{
    // A wire without a dateline that names no year: "im zweiten Quartal" is read against the latest date of the
    // articles imported with it, and the period says that its year is assumed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(u"dated.txt"_s, "Hua Hong meldet Zahlen\n\nShanghai, 8. August 2025. Hua Hong meldete für das dritte "
                                  "Quartal 2025 einen Umsatz von 600 Millionen Dollar.\n"));
    QVERIFY(write(u"undated.txt"_s,
                  "SMIC steigert Umsatz\n\nSMIC steigerte den Umsatz im zweiten Quartal auf 2,2 "
                  "Milliarden Dollar. Im Vorjahreszeitraum lag der Umsatz bei 1,9 Milliarden Dollar.\n"));
    QString error;
    auto library = WorkspaceFixture::importLibrary({dir.path()}, &error);
    QVERIFY2(library, qPrintable(error));
    MetricChartModel model(*library, nullptr);
    model.setMetric(u"revenue"_s);
    QCOMPARE(model.periods(), (QStringList{u"\u2248 2024-Q2"_s, u"\u2248 2025-Q2"_s, u"2025-Q3"_s}));
    QCOMPARE(cell(model, u"\u2248 2025-Q2"_s, u"SMIC"_s).data().toDouble(), 2.2); // on an axis in billions
}

void TestMetricChartModel::subjects_restrictColumns()
{
    MetricChartModel model(*m_library, m_rates.get());
    model.setMetric(u"revenue"_s);
    model.setSubjects({u"MetaX"_s});
    QCOMPARE(model.subjects(), QStringList{u"MetaX"_s});
    QCOMPARE(model.periods(), QStringList{u"2024"_s});
}

void TestMetricChartModel::demoArticles_metaxRevenue2024()
{
    const QString dir = WorkspaceFixture::demoArticlesDir();
    QString error;
    const auto library = WorkspaceFixture::importLibrary({dir}, &error);
    QVERIFY2(library, qPrintable(error));
    CurrencyRates rates(*library);
    QVERIFY(rates.reload(&error));
    MetricChartModel model(*library, &rates);
    model.setMetric(u"revenue"_s);
    // Most revenue the demo articles state is in yuan, Cambricon's in billions.
    QCOMPARE(model.unit(), u"CNY"_s);
    QCOMPARE(model.unitLabel(), u"billion CNY"_s);
    const QModelIndex metax = cell(model, u"2024"_s, u"MetaX"_s);
    QVERIFY2(metax.isValid(), qPrintable(model.subjects().join(u", ") + u" / " + model.periods().join(u", ")));
    QCOMPARE(metax.data(ValueRole).toDouble(), 743e6);
    QCOMPARE(metax.data().toDouble() * model.scaleFactor(), 743e6);
    const auto article = library->article(metax.data(ArticleIdRole).toLongLong());
    QVERIFY(article);
    const qint64 start = metax.data(SentenceStartRole).toLongLong();
    const qint64 end = metax.data(SentenceEndRole).toLongLong();
    QVERIFY(article->document.text.mid(start, end - start).contains(u"about 743 million yuan in 2024"_s));

    // MetaX alone: its revenue reads in millions.
    model.setSubjects({u"MetaX"_s});
    QCOMPARE(model.unitLabel(), u"million CNY"_s);
    QCOMPARE(cell(model, u"2024"_s, u"MetaX"_s).data().toDouble(), 743.0);
}

QTEST_GUILESS_MAIN(TestMetricChartModel)
#include "tst_metricchartmodel.moc"
