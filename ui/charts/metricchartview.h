// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QValueAxis;
class QVBarModelMapper;

namespace Chipwatch::Core {
class CurrencyRates;
class Library;
class MetricChartModel;
} // namespace Chipwatch::Core

namespace Chipwatch::Ui {

// One metric of the filtered articles as a bar chart: periods on the category axis, one bar set per company.
// The numbers reach the series only through a QVBarModelMapper over MetricChartModel, so the chart shows exactly
// what the model (and its CSV export) holds. Cells whose sources disagree are drawn in a warning colour and
// their tooltip lists every source. Clicking a bar emits sourceActivated() for the sentence the value comes from.
class MetricChartView final : public QWidget
{
    Q_OBJECT

public:
    // The library and the rates (may be null: no conversion) must outlive the view.
    MetricChartView(Core::Library &library, Core::CurrencyRates *rates, QWidget *parent = nullptr);
    ~MetricChartView() override;

    // The metrics offered in the selector, in the exchange format's spelling.
    static QStringList metrics();

    void setMetric(const QString &metric);
    QString currentMetric() const;
    // Empty: the currency most claims use (no conversion when every claim uses the same one).
    void setCurrency(const QString &currency);
    QString currency() const;
    // Forecasts and estimates as bars of their own ("FY2026-Q3 (forecast)"); off by default.
    void setIncludeForecasts(bool include);
    bool includeForecasts() const;
    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();
    void setSubjects(const QStringList &subjects);
    // Articles (nullopt: all) and subjects at once, with one reading of the library.
    void setScope(const std::optional<QList<qint64>> &articleIds, const QStringList &subjects);
    // Reads the library again (after an import or an analysis refresh) and the currency list.
    void reload();

    Core::MetricChartModel *model() const { return m_model; }

    QChart *chart() const { return m_chart; }

    QChartView *chartView() const { return m_view; }

    QBarSeries *series() const { return m_series; }

    // The articles the shown values come from, for the footnote of an exported chart.
    QStringList sourceArticleTitles() const;
    QString sourceFootnote() const;

    // For menus and toolbars: export to a file (asks format, size and file) and copy the chart as an image.
    QAction *exportAction() const { return m_exportAction; }

    QAction *copyAction() const { return m_copyAction; }

public slots:
    void exportChart();
    void copyToClipboard();

signals:
    void sourceActivated(qint64 articleId, qint64 sentenceStart, qint64 sentenceEnd);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillCurrencies();
    void applyTheme();
    void markConflicts();
    void barClicked(int index, QBarSet *set);
    void barHovered(bool status, int index, QBarSet *set);

    Core::Library &m_library;
    Core::CurrencyRates *m_rates;
    Core::MetricChartModel *m_model = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_currencyBox = nullptr;
    QCheckBox *m_forecastBox = nullptr;
    QLabel *m_status = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
};

} // namespace Chipwatch::Ui
