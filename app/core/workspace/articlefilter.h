// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Chipwatch::Core {

class Library;

// What the analyst narrowed the workspace to: companies, a date range and a full-text search. The article
// list, the charts and the chip table all show matchingArticles().
//
// Dates are ISO 8601 prefixes ("2025", "2025-03", "2025-03-15"); a bound covers its whole period, so
// fromDate "2025-03" starts on 1 March and toDate "2025-03" ends on 31 March. An article's date is a period
// too: an article dated only "2025" lies within 2025-01-01..2025-12-31 and matches every range that overlaps
// that year, e.g. 2025-03..2025-12. Vague dates therefore never hide an article the range may contain. An
// article without a date matches only when neither bound is set.
struct ArticleFilter
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::ArticleFilter)

public:
    enum class Mode { Any, All };

    QStringList companies; // canonical names (mentions of type COMPANY, exact name: a unit is not its parent)
    Mode mode = Mode::Any; // Any: an article mentions at least one of them; All: it mentions every one
    QString fromDate;      // inclusive, empty for no lower bound
    QString toDate;        // inclusive, empty for no upper bound
    QString searchText;    // what the user typed into the search field (Library::search syntax)

    bool isEmpty() const;
    // The ids (ascending) of the articles that pass every part of the filter.
    QList<qint64> matchingArticles(const Library &library) const;
    // One line for the "active filter" display, translated; empty when the filter is empty.
    QString describe() const;

    // For settings: keys "companies" (QStringList), "mode" ("any"|"all"), "from", "to", "search".
    QVariantMap toVariantMap() const;
    static ArticleFilter fromVariantMap(const QVariantMap &map);

    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

} // namespace Chipwatch::Core
