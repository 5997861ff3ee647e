// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/factrecords.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace Chipwatch::Core {

class Library;

// The stored facts with their article and source sentence, one row per value (a claim in two currencies gives
// two rows). Restricted to a set of articles (from ArticleFilter) and optionally one metric.
// Roles: ArticleIdRole, SentenceStartRole, SentenceEndRole and SourcesRole lead to the source sentence,
// ValueRole gives the number, SortRole sorts every column right (use it as the proxy's sortRole).
class FactTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        MetricColumn,
        ValueColumn,
        UnitColumn,
        PeriodColumn,
        ArticleColumn,
        DateColumn,
        SentenceColumn,
        ColumnCount
    };

    // The library must outlive the model. Shows every article until setArticles(); call reload() to fill it.
    explicit FactTableModel(const Library &library, QObject *parent = nullptr);

    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();

    std::optional<QList<qint64>> articles() const { return m_articles; }

    void setMetric(const QString &metric); // empty: every metric

    QString metric() const { return m_metric; }

    void reload();

    const QList<FactRecord> &facts() const { return m_facts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Library &m_library;
    std::optional<QList<qint64>> m_articles;
    QString m_metric;
    QList<FactRecord> m_facts;
};

} // namespace Chipwatch::Core
