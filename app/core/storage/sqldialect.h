// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;

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
    // The statement that starts a transaction that will write. SQLite's plain BEGIN takes the write lock only at
    // the first write, and a reader turned writer that finds the lock taken (or its snapshot stale) fails at once
    // without waiting, to avoid a deadlock; BEGIN IMMEDIATE takes it at the start and waits within the busy
    // timeout.
    virtual QString beginWriteStatement() const = 0;
    // Whether `error` is a lock or a conflict with another writer that clears by itself, so that the same write
    // may succeed when tried again.
    virtual bool isTransientLock(const QSqlError &error) const = 0;

    // Splits what the user typed into words and "quoted phrases".
    static QStringList searchTerms(const QString &userText);
};

} // namespace Chipwatch::Core
