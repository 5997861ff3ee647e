// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The metric chart over a library of the demo articles: the bars come from MetricChartModel through the model
// mapper, a click leads to the source sentence.
#include "analysis/articleanalyzer.h"
#include "charts/chartexporter.h"
#include "charts/metricchartview.h"
#include "demotestdata.h"
#include "extract/knowledgebase.h"
#include "import/importer.h"
#include "storage/library.h"
#include "workspace/currencyrates.h"
#include "workspace/metricchartmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QSignalSpy>
#include <QValueAxis>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

class TestCharts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void revenueChartShowsMetaXFor2024();
    void seriesFollowsTheMetricSelector();
    void clickingABarActivatesItsSourceSentence();
    void axisTitleNamesUnitAndScale();
    void forecastsAreBarsOfTheirOwnOnlyWhenAskedFor();
    void themeFollowsALightOrDarkPalette_data();
    void themeFollowsALightOrDarkPalette();

private:
    static QBarSet *findSet(const QBarSeries *series, const QString &label);

    std::unique_ptr<Core::Library> m_library;
    std::unique_ptr<Core::CurrencyRates> m_rates;
};

QBarSet *TestCharts::findSet(const QBarSeries *series, const QString &label)
{
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets) {
        if (set->label() == label) {
            return set;
        }
    }
    return nullptr;
}

void TestCharts::initTestCase()
{
    const QString articles = DemoTestData::articlesDir();
    m_library = std::make_unique<Core::Library>(u":memory:"_s);
    QString error;
    QVERIFY2(m_library->open(&error), qPrintable(error));
    const Core::KnowledgeBase kb = Core::KnowledgeBase::builtIn();
    const Core::ArticleAnalyzer analyzer(kb);
    Core::Importer::run(*m_library, {articles}, {}, &analyzer, kb.revision());
    QCOMPARE(m_library->articleCount(), DemoTestData::articleCount);
    m_rates = std::make_unique<Core::CurrencyRates>(*m_library);
    QVERIFY2(m_rates->reload(&error), qPrintable(error));
}

void TestCharts::revenueChartShowsMetaXFor2024()
{
    Ui::MetricChartView view(*m_library, m_rates.get());
    view.setMetric(u"revenue"_s);
    view.setCurrency(u"CNY"_s);

    QBarSet *metax = findSet(view.series(), u"MetaX"_s);
    QVERIFY2(metax, "no MetaX bar set in the revenue chart");
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const qsizetype period = axis->categories().indexOf(u"2024"_s);
    QVERIFY2(period >= 0, qPrintable(axis->categories().join(u", "_s)));
    QCOMPARE(view.model()->unit(), u"CNY"_s);
    // Read back from the series, not from the model: this is what is drawn.
    QCOMPARE(qRound64(metax->at(int(period)) * view.model()->scaleFactor()),
             qRound64(DemoTestData::expected().fact(u"MetaX"_s, u"revenue"_s, u"2024"_s).value));
}

void TestCharts::seriesFollowsTheMetricSelector()
{
    Ui::MetricChartView view(*m_library, m_rates.get());
    auto *selector = view.findChild<QComboBox *>(u"metricSelector"_s);
    QVERIFY(selector);
    QVERIFY(!selector->accessibleName().isEmpty());
    for (int i = 0; i < selector->count(); ++i) {
        selector->setCurrentIndex(i);
        QCOMPARE(view.currentMetric(), selector->itemData(i).toString());
        QCOMPARE(view.series()->count(), view.model()->columnCount());
        for (int column = 0; column < view.model()->columnCount(); ++column) {
            QBarSet *set = view.series()->barSets().at(column);
            QCOMPARE(set->count(), view.model()->rowCount());
            for (int row = 0; row < view.model()->rowCount(); ++row) {
                const QVariant cell = view.model()->data(view.model()->index(row, column));
                QCOMPARE(set->at(row), cell.isValid() ? cell.toDouble() : 0.0);
            }
        }
    }
}

void TestCharts::clickingABarActivatesItsSourceSentence()
{
    Ui::MetricChartView view(*m_library, m_rates.get());
    view.setMetric(u"revenue"_s);
    view.setCurrency(u"CNY"_s);
    QBarSet *metax = findSet(view.series(), u"MetaX"_s);
    QVERIFY(metax);
    const int period = int(view.model()->periods().indexOf(u"2024"_s));
    QVERIFY(period >= 0);

    QSignalSpy spy(&view, &Ui::MetricChartView::sourceActivated);
    emit view.series()->clicked(period, metax);
    QCOMPARE(spy.size(), 1);
    const qint64 articleId = spy.at(0).at(0).toLongLong();
    const qint64 start = spy.at(0).at(1).toLongLong();
    const qint64 end = spy.at(0).at(2).toLongLong();
    const std::optional<Core::StoredArticle> article = m_library->article(articleId);
    QVERIFY(article);
    QVERIFY(start >= 0 && start < end && end <= article->document.text.size());
    const DemoTestData::Fact fact = DemoTestData::expected().fact(u"MetaX"_s, u"revenue"_s, u"2024"_s);
    QCOMPARE(QFileInfo(article->filePath).fileName(), fact.file);
    QVERIFY2(article->document.text.mid(start, end - start).contains(fact.sentence),
             qPrintable(article->document.text.mid(start, end - start)));
}

void TestCharts::forecastsAreBarsOfTheirOwnOnlyWhenAskedFor()
{
    // The demo's Nvidia article reports what AMD expects to lose in 2025: a forecast, not a reported loss.
    Ui::MetricChartView view(*m_library, m_rates.get());
    view.setMetric(u"loss"_s);
    auto *box = view.findChild<QCheckBox *>(u"includeForecasts"_s);
    QVERIFY(box);
    QVERIFY(!box->isChecked());
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QString forecastPeriod = u"2025 (forecast)"_s;
    QVERIFY2(!axis->categories().contains(forecastPeriod), qPrintable(axis->categories().join(u", "_s)));
    QVERIFY(!findSet(view.series(), u"AMD"_s));

    box->click(); // as the user does
    QVERIFY(view.includeForecasts());
    const qsizetype row = axis->categories().indexOf(forecastPeriod);
    QVERIFY2(row >= 0, qPrintable(axis->categories().join(u", "_s)));
    QBarSet *amd = findSet(view.series(), u"AMD"_s);
    QVERIFY(amd);
    QCOMPARE(qRound64(amd->at(int(row)) * view.model()->scaleFactor()), 800000000LL);
    // The reported periods keep their plain labels.
    for (const QString &category : axis->categories()) {
        QVERIFY2(category == forecastPeriod || !category.contains(u"forecast"_s), qPrintable(category));
    }

    box->click();
    QVERIFY(!axis->categories().contains(forecastPeriod));
}

void TestCharts::axisTitleNamesUnitAndScale()
{
    Ui::MetricChartView view(*m_library, m_rates.get());
    view.setMetric(u"revenue"_s);
    view.setCurrency(u"CNY"_s);
    auto *axis = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->titleText(), view.model()->unitLabel());
    QVERIFY(axis->titleText().contains(u"CNY"_s));
    QVERIFY(axis->min() <= 0);
    QVERIFY(axis->max() >= 743000000 / view.model()->scaleFactor());
    // Values on the bars only where the bars have room for them: with every company too many to a period.
    QVERIFY(view.model()->columnCount() > 3);
    QVERIFY(!view.series()->isLabelsVisible());
    view.setSubjects({u"MetaX"_s});
    QCOMPARE(view.model()->columnCount(), 1);
    QVERIFY(view.series()->isLabelsVisible());
    QCOMPARE(view.series()->labelsAngle(), 0.0);
}

void TestCharts::themeFollowsALightOrDarkPalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCharts::themeFollowsALightOrDarkPalette()
{
    QFETCH(bool, dark);
    QPalette palette;
    const QColor background = dark ? QColor(0x20, 0x22, 0x26) : QColor(0xfa, 0xfa, 0xfa);
    const QColor text = dark ? QColor(0xee, 0xee, 0xee) : QColor(0x11, 0x11, 0x11);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
        palette.setColor(role, background);
    }
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text}) {
        palette.setColor(role, text);
    }
    Ui::MetricChartView view(*m_library, m_rates.get());
    view.setPalette(palette);
    view.setMetric(u"revenue"_s);
    QCOMPARE(view.chart()->backgroundBrush().color(), background);
    QCOMPARE(view.chart()->titleBrush().color(), text);
    for (QAbstractAxis *axis : view.chart()->axes()) {
        QCOMPARE(axis->labelsBrush().color(), text);
    }
    for (QBarSet *set : view.series()->barSets()) {
        QCOMPARE(set->labelColor(), text);
    }
    const QImage image = Ui::ChartExporter::renderImage(view.chart(), {});
    QCOMPARE(image.pixelColor(2, 2), background);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
