// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/itemdataroles.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chipwatch::Core {

class Library;

// How often the selected companies are mentioned per month (by article date), for line charts:
//
//   rows    = months from the first to the last one with a mention, without gaps (vertical header "2025-03"),
//   columns = one pair per company: column xColumn(i) = the month's first day, 00:00 UTC, as milliseconds since
//             the epoch (for a QDateTimeAxis); column yColumn(i) = the count for company i.
//
// For each company one QVXYModelMapper with xColumn(i), yColumn(i), firstRow 0, rowCount rowCount(); the
// series name is headerData(yColumn(i), Qt::Horizontal). Articles whose date does not name a month ("2025" or
// none) cannot be placed and are counted in undatedArticles(). A y cell answers SourcesRole with the first
// mention's sentence in each article of that month, ArticleIdRole and the sentence roles with the first one.
class MentionTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Count { Mentions, Articles };

    // The library must outlive the model. Call reload() after setting it up.
    explicit MentionTimelineModel(const Library &library, QObject *parent = nullptr);

    void setCompanies(const QStringList &companies); // canonical names

    QStringList companies() const { return m_companies; }

    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();
    void setCount(Count count);
    void reload();

    static int xColumn(int company) { return 2 * company; }

    static int yColumn(int company) { return 2 * company + 1; }

    QList<QDate> months() const { return m_months; }

    int maxCount() const; // for the y axis

    int undatedArticles() const { return m_undated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Point
    {
        int count = 0;
        QList<SourceRef> sources; // one per article
    };

    const Library &m_library;
    QStringList m_companies;
    std::optional<QList<qint64>> m_articles;
    Count m_count = Count::Mentions;
    QList<QDate> m_months;
    QList<QList<Point>> m_points; // [row][company]
    int m_undated = 0;
};

} // namespace Chipwatch::Core
