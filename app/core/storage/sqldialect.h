// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Chipwatch::Core {

// Everything that differs between the SQL databases Chipwatch stores into lives here, so that the rest
// of the storage code is written once. SQLite is the default; PostgreSQL serves teams.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    static std::unique_ptr<SqlDialect> forDriver(const QString &driverName);

    virtual QString driverName() const = 0;
    // Column definition of an auto-numbered 64-bit primary key.
    virtual QString autoIdColumn() const = 0;
    // Statements that create the full-text index over articles(title, body_text) and keep it current.
    virtual QStringList createFullTextIndex() const = 0;
    // A query returning the ids (column "id") of articles matching the bound full-text query :q, best first.
    virtual QString fullTextSearchQuery() const = 0;
    // The user's search words turned into the bound value for :q.
    virtual QString fullTextQueryValue(const QString &userText) const = 0;
    // Statements run on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    // Counts the tables of the connected database; the first query to fail on a file that is no database.
    virtual QString catalogueProbeQuery() const = 0;
    // Whether a table exists: a query with one bound value :name returning a row when it does.
    virtual QString tableExistsQuery() const = 0;
    // A check of the file's own structure that returns one row "ok" when it is sound, else rows naming the
    // damage; empty when the server keeps its files itself (PostgreSQL).
    virtual QString integrityCheckQuery() const = 0;

    // Splits what the user typed into words and "quoted phrases".
    static QStringList searchTerms(const QString &userText);
};

} // namespace Chipwatch::Core
