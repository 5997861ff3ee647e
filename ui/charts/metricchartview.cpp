// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "charts/metricchartview.h"

#include "charts/chartexporter.h"
#include "charts/chartstyle.h"
#include "storage/library.h"
#include "workspace/currencyrates.h"
#include "workspace/itemdataroles.h"
#include "workspace/metricchartmodel.h"
#include "workspace/valueformat.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLegend>
#include <QLoggingCategory>
#include <QSet>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMetricChart, "chipwatch.ui.charts.metric")

namespace Chipwatch::Ui {

namespace {

// A red that stands out from the bar colours and stays readable on the palette's background.
QColor conflictColor(const QPalette &palette)
{
    return QColor::fromHsl(0, 200, isDarkPalette(palette) ? 160 : 110);
}

QString metricLabel(const QString &metric)
{
    static const QHash<QString, const char *> labels{
        {u"revenue"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Revenue")},
        {u"revenue_growth"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Revenue growth")},
        {u"profit"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Profit")},
        {u"profit_growth"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Profit growth")},
        {u"loss"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Loss")},
        {u"investment"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Investment")},
        {u"ipo_volume"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "IPO volume")},
        {u"valuation"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Valuation")},
        {u"market_share"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Market share")},
        {u"funding"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Funding")},
        {u"share_price_change"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Share price change")},
        {u"levy"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Levy")},
        {u"tariff"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Tariff")},
        {u"target"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Target")},
        {u"other"_s, QT_TRANSLATE_NOOP("Chipwatch::Ui::MetricChartView", "Other figures")},
    };
    const auto it = labels.constFind(metric);
    return it == labels.cend() ? metric : MetricChartView::tr(it.value());
}

} // namespace

MetricChartView::MetricChartView(Core::Library &library, Core::CurrencyRates *rates, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_rates(rates)
    , m_model(new Core::MetricChartModel(library, rates, this))
{
    setObjectName(u"metricChartView"_s);

    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(u"metricSelector"_s);
    m_metricBox->setAccessibleName(tr("Metric"));
    for (const QString &metric : metrics()) {
        m_metricBox->addItem(metricLabel(metric), metric);
    }

    m_currencyBox = new QComboBox(this);
    m_currencyBox->setObjectName(u"currencySelector"_s);
    m_currencyBox->setAccessibleName(tr("Currency"));
    m_currencyBox->setToolTip(tr("Show money in the currency the articles use most, or converted to another one "
                                 "at the rates of the currency settings."));

    m_forecastBox = new QCheckBox(tr("Include &forecasts"), this);
    m_forecastBox->setObjectName(u"includeForecasts"_s);
    m_forecastBox->setToolTip(tr("Also draw what companies and analysts expect or estimate, as bars of their own "
                                 "labelled \"forecast\" or \"estimate\". Reported values only when off."));

    auto *metricLabelWidget = new QLabel(tr("&Metric:"), this);
    metricLabelWidget->setBuddy(m_metricBox);
    auto *currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_currencyBox);

    m_series = new QBarSeries(this);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(u"@value"_s);
    m_series->setLabelsPrecision(3);

    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_categoryAxis = new QBarCategoryAxis(m_chart);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelFormat(u"%.4g"_s);
    m_chart->addAxis(m_categoryAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_mapper = new QVBarModelMapper(this);
    m_mapper->setFirstBarSetColumn(0);
    m_mapper->setLastBarSetColumn(-1);
    m_mapper->setFirstRow(0);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(u"metricChart"_s);
    m_view->setAccessibleName(tr("Metric chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);

    m_status = new QLabel(this);
    m_status->setObjectName(u"metricChartStatus"_s);
    m_status->setWordWrap(true);

    m_exportAction = new QAction(tr("&Export Chart\u2026"), this);
    m_exportAction->setObjectName(u"exportChartAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction = new QAction(tr("&Copy Chart"), this);
    m_copyAction->setObjectName(u"copyChartAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    addAction(m_copyAction);
    connect(m_exportAction, &QAction::triggered, this, &MetricChartView::exportChart);
    connect(m_copyAction, &QAction::triggered, this, &MetricChartView::copyToClipboard);

    auto *controls = new QHBoxLayout;
    controls->addWidget(metricLabelWidget);
    controls->addWidget(m_metricBox);
    controls->addSpacing(12);
    controls->addWidget(currencyLabel);
    controls->addWidget(m_currencyBox);
    controls->addSpacing(12);
    controls->addWidget(m_forecastBox);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_metricBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setMetric(m_metricBox->currentData().toString());
        rebuild();
    });
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setCurrency(m_currencyBox->currentData().toString());
        rebuild();
    });
    connect(m_forecastBox, &QCheckBox::toggled, this, [this](bool include) {
        m_model->setIncludeForecasts(include);
        rebuild();
    });
    connect(m_series, &QBarSeries::clicked, this, &MetricChartView::barClicked);
    connect(m_series, &QBarSeries::hovered, this, &MetricChartView::barHovered);
    if (m_rates) {
        connect(m_rates, &Core::CurrencyRates::ratesChanged, this, [this] {
            fillCurrencies();
            rebuild();
        });
    }

    m_model->setMetric(m_metricBox->currentData().toString());
    fillCurrencies();
    applyTheme();
    rebuild();
}

MetricChartView::~MetricChartView() = default;

QStringList MetricChartView::metrics()
{
    return Core::knownMetrics();
}

void MetricChartView::setMetric(const QString &metric)
{
    int index = m_metricBox->findData(metric);
    if (index < 0) {
        // A metric the selector does not know (a newer exchange format) is still shown.
        m_metricBox->addItem(metric, metric);
        index = m_metricBox->count() - 1;
    }
    m_metricBox->setCurrentIndex(index);
}

QString MetricChartView::currentMetric() const
{
    return m_model->metric();
}

void MetricChartView::setCurrency(const QString &currency)
{
    int index = m_currencyBox->findData(currency);
    if (index < 0) {
        m_currencyBox->addItem(currency, currency);
        index = m_currencyBox->count() - 1;
    }
    m_currencyBox->setCurrentIndex(index);
}

QString MetricChartView::currency() const
{
    return m_currencyBox->currentData().toString();
}

void MetricChartView::setIncludeForecasts(bool include)
{
    m_forecastBox->setChecked(include);
}

bool MetricChartView::includeForecasts() const
{
    return m_forecastBox->isChecked();
}

void MetricChartView::setArticles(const QList<qint64> &articleIds)
{
    m_model->setArticles(articleIds);
    rebuild();
}

void MetricChartView::showAllArticles()
{
    m_model->showAllArticles();
    rebuild();
}

void MetricChartView::setScope(const std::optional<QList<qint64>> &articleIds, const QStringList &subjects)
{
    if (articleIds) {
        m_model->setArticles(*articleIds);
    } else {
        m_model->showAllArticles();
    }
    m_model->setSubjects(subjects);
    fillCurrencies();
    rebuild();
}

void MetricChartView::setSubjects(const QStringList &subjects)
{
    m_model->setSubjects(subjects);
    rebuild();
}

void MetricChartView::reload()
{
    fillCurrencies();
    rebuild();
}

void MetricChartView::fillCurrencies()
{
    const QString current = m_currencyBox->currentData().toString();
    QStringList codes{Core::CurrencyRates::baseCurrency.toString()};
    if (m_rates) {
        for (const Core::CurrencyRate &rate : m_rates->rates()) {
            codes << rate.currency;
        }
    }
    std::sort(codes.begin(), codes.end());
    codes.removeDuplicates();

    const QSignalBlocker blocker(m_currencyBox);
    m_currencyBox->clear();
    m_currencyBox->addItem(tr("As stated"), QString());
    for (const QString &code : std::as_const(codes)) {
        m_currencyBox->addItem(code, code);
    }
    const int index = m_currencyBox->findData(current);
    m_currencyBox->setCurrentIndex(index < 0 ? 0 : index);
    m_currencyBox->setEnabled(m_rates != nullptr);
}

void MetricChartView::rebuild()
{
    m_model->reload();
    // The mapper follows the model's reset but not its new shape.
    m_mapper->setLastBarSetColumn(m_model->columnCount() - 1);
    m_mapper->setRowCount(m_model->rowCount());
    m_categoryAxis->setCategories(m_model->periods());

    // The numbers come from the series; only the range is widened so that zero is the baseline and the value
    // labels above the highest bar stay inside the plot.
    double low = 0;
    double high = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QVariant v = m_model->data(m_model->index(row, column));
            if (v.isValid()) {
                low = std::min(low, v.toDouble());
                high = std::max(high, v.toDouble());
            }
        }
    }
    if (high <= low) {
        high = low + 1;
    }
    // Side by side, several bars' labels run into each other: three stand upright above their own bar and need
    // more room above the highest one. Beyond three bars a period, the bars are too thin for any label: the values are
    // in the tooltips and the fact table.
    const int barsPerPeriod = m_model->columnCount();
    const bool upright = barsPerPeriod == 3;
    m_series->setLabelsVisible(barsPerPeriod <= 3);
    m_series->setLabelsAngle(upright ? -90 : 0);
    // Many periods: slanted, long period labels ("FY2026-Q2 (forecast)") get more room.
    m_categoryAxis->setLabelsAngle(m_model->rowCount() > 4 ? -35 : 0);
    const double pad = (high - low) * (upright ? 0.25 : 0.12);
    m_valueAxis->setRange(low < 0 ? low - pad : 0, high > 0 ? high + pad : 0);
    m_valueAxis->applyNiceNumbers();
    m_valueAxis->setTitleText(m_model->unitLabel());

    const QString metricName = metricLabel(m_model->metric());
    m_chart->setTitle(m_model->unitLabel().isEmpty() ? metricName
                                                     : tr("%1 (%2)").arg(metricName, m_model->unitLabel()));

    QStringList status;
    if (m_model->rowCount() == 0) {
        status << tr("No article in the selection states a figure of this kind.");
    }
    const int conflicts = int(m_model->conflicts().size());
    if (conflicts > 0) {
        status << tr("\u26a0 %n value(s) differ between articles (marked bars; point at them for the sources).", "",
                     conflicts);
    }
    if (m_model->skippedClaims() > 0) {
        status << tr("%n figure(s) left out: no exchange rate for their currency. Add one under Currency Rates.", "",
                     m_model->skippedClaims());
    }
    m_status->setText(status.join(u' '));
    m_status->setVisible(!status.isEmpty());

    markConflicts();
    qCDebug(lcMetricChart) << "metric" << m_model->metric() << m_model->rowCount() << "periods"
                           << m_model->columnCount() << "subjects";
}

void MetricChartView::markConflicts()
{
    const QColor warning = conflictColor(palette());
    const QColor text = palette().color(QPalette::WindowText);
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *set = sets.at(i);
        set->setLabelColor(text);
        set->setSelectedColor(warning);
        set->deselectAllBars();
        const int column = m_mapper->firstBarSetColumn() + i;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->data(m_model->index(row, column), Core::ConflictRole).toBool()) {
                set->selectBar(row);
            }
        }
    }
}

void MetricChartView::applyTheme()
{
    const QPalette pal = palette();
    applyChartPalette(m_chart, m_view, pal, font());
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    // Period labels ("FY2026-Q2", "2025 (forecast)") are long for the room a category has: a size smaller they
    // are read whole more often than elided.
    QFont periods = font();
    if (periods.pointSizeF() > 0) {
        periods.setPointSizeF(periods.pointSizeF() * 0.9);
    }
    m_categoryAxis->setLabelsFont(periods);
    markConflicts();
}

void MetricChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
}

void MetricChartView::barClicked(int index, QBarSet *set)
{
    const qsizetype setIndex = m_series->barSets().indexOf(set);
    if (setIndex < 0) {
        return;
    }
    const QModelIndex cell = m_model->index(index, m_mapper->firstBarSetColumn() + int(setIndex));
    const QVariant article = m_model->data(cell, Core::ArticleIdRole);
    if (!article.isValid()) {
        return;
    }
    emit sourceActivated(article.toLongLong(), m_model->data(cell, Core::SentenceStartRole).toLongLong(),
                         m_model->data(cell, Core::SentenceEndRole).toLongLong());
}

void MetricChartView::barHovered(bool status, int index, QBarSet *set)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const qsizetype setIndex = m_series->barSets().indexOf(set);
    if (setIndex < 0) {
        return;
    }
    const QModelIndex cell = m_model->index(index, m_mapper->firstBarSetColumn() + int(setIndex));
    QToolTip::showText(QCursor::pos(), m_model->data(cell, Qt::ToolTipRole).toString(), m_view);
}

QStringList MetricChartView::sourceArticleTitles() const
{
    return citedArticles(*m_model, m_library);
}

QString MetricChartView::sourceFootnote() const
{
    return sourcesFootnote(*m_model, m_library);
}

void MetricChartView::exportChart()
{
    exportChartInteractively(this, m_chart, m_model->metric(), sourceFootnote());
}

void MetricChartView::copyToClipboard()
{
    copyChartToClipboard(m_view, m_chart, sourceFootnote());
}

} // namespace Chipwatch::Ui
