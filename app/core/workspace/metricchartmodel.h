// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/factrecords.h"
#include "workspace/valueformat.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chipwatch::Core {

class CurrencyRates;
class Library;

// One metric (revenue, investment, ...) of the filtered articles as a table for a bar chart:
//
//   rows    = periods, sorted in time (vertical header: "2024", "2025-H1", "2025-Q3", ...),
//   columns = subjects (horizontal header: the company names, alphabetical),
//   cells   = the value, divided by scaleFactor() so that it reads in unitLabel(); empty when none.
//
// For QVBarModelMapper: firstBarSetColumn 0, lastBarSetColumn columnCount() - 1, firstRow 0, rowCount
// rowCount(); the categories of the bar axis are the vertical header labels, the bar-set names the
// horizontal ones.
//
// Units: money is converted to one currency (setCurrency(), or else the currency most claims use), with the
// value a claim states in that currency when it gives several; claims without a rate are left out and
// counted in skippedClaims(). Percentages and quantities stay as they are; when a metric mixes units the
// most frequent one is shown. Facts without a period are placed at the year of their article, labelled
// "≈ 2025" and sorted after that year's exact periods (an approximation, kept apart from stated periods so it
// never disagrees with them); without an article date they go to the row "—" at the end.
//
// When several claims fall into one cell, it shows the value most of them agree on (within 0.5 %; ties go to
// the most recent article). Claims from different articles that disagree make the cell a conflict
// (ConflictRole, conflicts()). Every cell answers SourcesRole with all its sentences, ArticleIdRole and the
// sentence roles with the source of the value shown, ValueRole with the unscaled value.
class MetricChartModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Conflict
    {
        int row = 0;
        int column = 0;
        QString subject;
        QString period;
        QList<FactRecord> facts; // one per claim, as stated
        QList<double> values;    // the same in unit()
    };

    // The library (and the rates, when given) must outlive the model. Call reload() after setting it up.
    MetricChartModel(const Library &library, const CurrencyRates *rates, QObject *parent = nullptr);

    void setMetric(const QString &metric);

    QString metric() const { return m_metric; }

    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();
    void setSubjects(const QStringList &subjects); // empty: every subject
    void setCurrency(const QString &currency);     // empty: the currency most claims use
    // Forecasts and estimates are left out unless included: a chart shows reported values by default.
    void setIncludeForecasts(bool include);

    bool includeForecasts() const { return m_includeForecasts; }

    void reload();

    QString unit() const { return m_unit; } // of the values: a currency code, "%", a quantity symbol

    double scaleFactor() const { return m_scale.factor; }

    QString unitLabel() const { return scaledUnitLabel(m_scale, m_unit); } // "billion CNY", "%"

    int skippedClaims() const { return m_skipped; }

    QStringList periods() const;
    QStringList subjects() const;
    QList<Conflict> conflicts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        FactRecord fact;
        double value = 0; // in m_unit
    };

    struct Cell
    {
        QList<Entry> entries;
        qsizetype shown = -1; // the entry whose value the cell shows
        bool conflict = false;
    };

    const Cell *cellAt(const QModelIndex &index) const;

    const Library &m_library;
    const CurrencyRates *m_rates;
    QString m_metric;
    std::optional<QList<qint64>> m_articles;
    QStringList m_subjectFilter;
    QString m_currency;
    bool m_includeForecasts = false;

    QString m_unit;
    ValueScale m_scale;
    int m_skipped = 0;
    QStringList m_periods;
    QStringList m_subjects;
    QList<QList<Cell>> m_cells; // [row][column]
};

} // namespace Chipwatch::Core
