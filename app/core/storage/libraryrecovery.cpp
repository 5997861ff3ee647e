// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "storage/libraryrecovery.h"

#include "storage/library.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcRecovery, "chipwatch.core.recovery")

namespace {

// The tables worth copying, parents before the rows keyed to them. The full-text index and schema_version are
// made anew by the new library.
const QStringList &copiedTables()
{
    static const QStringList list = {
        u"articles"_s,      u"analysis_state"_s,      u"mentions"_s,      u"figures"_s, u"facts"_s, u"comparisons"_s,
        u"user_entities"_s, u"surface_corrections"_s, u"currency_rates"_s};
    return list;
}

bool isAnalysisTable(const QString &table)
{
    return table == u"analysis_state" || table == u"mentions" || table == u"figures" || table == u"facts" ||
           table == u"comparisons";
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA table_info(%1)"_s.arg(table))) {
        while (q.next()) {
            columns << q.value(1).toString();
        }
    }
    return columns;
}

std::optional<qint64> single(const QSqlDatabase &db, const QString &sql, const QString &bound = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bound.isNull()) {
        q.bindValue(0, bound);
    }
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// The highest row number the table may hold, as far as anything readable says.
qint64 upperBound(const QSqlDatabase &src, const QString &table, qint64 after)
{
    qint64 bound = std::max<qint64>(after, 0);
    bool known = false;
    auto take = [&](std::optional<qint64> value) {
        if (value) {
            bound = std::max(bound, *value);
            known = true;
        }
    };
    take(single(src, u"SELECT max(rowid) FROM %1"_s.arg(table)));
    take(single(src, u"SELECT seq FROM sqlite_sequence WHERE name = ?"_s, table));
    if (table == u"analysis_state") { // keyed by the article's id
        take(single(src, u"SELECT seq FROM sqlite_sequence WHERE name = 'articles'"_s));
    }
    return known ? bound : bound + 10000;
}

// Removes a connection once every handle to it is gone.
class SourceConnection
{
public:
    explicit SourceConnection(const QString &path)
        : m_name(u"chipwatch-recovery-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        if (QFileInfo::exists(path + u"-wal"_s)) {
            // Rows may still be in the write-ahead log: read it too, which needs its index file beside it.
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            // Nothing but the file itself: read it as unchangeable, so that not even an empty log or index
            // file is made beside it.
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                               u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        }
        db.open();
    }

    ~SourceConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SourceConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

struct Copier
{
    QSqlDatabase src;
    QSqlDatabase dst;
    const LibraryRecovery::Progress &progress;
    int tableIndex = 0;
    qint64 rowsCopied = 0;
    qint64 readErrors = 0;
    bool cancelled = false;

    static constexpr int chunk = 256;

    bool report()
    {
        if (progress && !progress(tableIndex, int(copiedTables().size()), rowsCopied)) {
            cancelled = true;
        }
        return !cancelled;
    }

    // Copies the rows of `table` in row-number order; a damaged page is stepped over row by row, so that it
    // costs only its own rows.
    RecoveryReport::Table copy(const QString &table)
    {
        RecoveryReport::Table result{table, 0, 0};
        QStringList columns = columnsOf(src, table);
        const QStringList target = columnsOf(dst, table);
        if (columns.isEmpty()) {
            columns = target; // the catalogue is damaged: try the columns the table has today
        }
        // Columns the damaged library lacks get their defaults; columns it has beyond today's are not kept.
        columns.erase(
            std::remove_if(columns.begin(), columns.end(), [&](const QString &c) { return !target.contains(c); }),
            columns.end());
        if (columns.isEmpty()) {
            return result;
        }
        const QString select = u"SELECT rowid, %1 FROM %2"_s.arg(columns.join(u", "_s), table);
        QSqlQuery range(src);
        range.setForwardOnly(true);
        QSqlQuery point(src);
        point.setForwardOnly(true);
        QSqlQuery insert(dst);
        const bool prepared = range.prepare(select + u" WHERE rowid > ? ORDER BY rowid LIMIT %1"_s.arg(chunk)) &&
                              point.prepare(select + u" WHERE rowid = ?"_s) &&
                              insert.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                                  table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
        if (!prepared) {
            qCWarning(lcRecovery) << "cannot read" << table << range.lastError().text() << point.lastError().text()
                                  << insert.lastError().text();
            result.lost = upperBound(src, table, 0);
            readErrors += result.lost;
            return result;
        }

        auto store = [&](const QSqlQuery &row) {
            for (qsizetype i = 0; i < columns.size(); ++i) {
                insert.bindValue(int(i), row.value(int(i) + 1));
            }
            if (insert.exec()) {
                ++result.copied;
                ++rowsCopied;
            } else {
                ++result.lost;
                qCInfo(lcRecovery) << "row" << row.value(0).toLongLong() << "of" << table
                                   << "not kept:" << insert.lastError().text();
            }
            if (rowsCopied % chunk == 0) {
                report();
            }
        };
        auto lostRead = [&]() {
            ++result.lost;
            ++readErrors;
        };

        qint64 after = std::numeric_limits<qint64>::min();
        std::optional<qint64> upper;
        while (!cancelled) {
            range.bindValue(0, after);
            int rows = 0;
            bool broken = !range.exec();
            if (!broken) {
                while (range.next()) {
                    after = range.value(0).toLongLong();
                    store(range);
                    ++rows;
                }
                broken = range.lastError().isValid();
            }
            if (broken) {
                qCWarning(lcRecovery) << table << "unreadable after row" << after << range.lastError().text();
            }
            range.finish();
            if (!broken) {
                if (rows < chunk) {
                    break;
                }
                continue;
            }
            if (!upper) {
                upper = upperBound(src, table, after);
            }
            bool resumed = false;
            for (qint64 id = std::max<qint64>(after, 0) + 1; id <= *upper && !resumed && !cancelled; ++id) {
                point.bindValue(0, id);
                if (!point.exec()) {
                    lostRead();
                } else if (point.next()) {
                    store(point);
                    after = id;
                    resumed = true;
                } else if (point.lastError().isValid()) {
                    lostRead();
                }
                point.finish();
            }
            if (!resumed) {
                break;
            }
        }
        return result;
    }
};

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

qint64 RecoveryReport::copied(const QString &table) const
{
    for (const Table &t : tables) {
        if (t.name == table) {
            return t.copied;
        }
    }
    return 0;
}

qint64 RecoveryReport::lost(const QString &table) const
{
    for (const Table &t : tables) {
        if (t.name == table) {
            return t.lost;
        }
    }
    return 0;
}

qint64 RecoveryReport::totalCopied() const
{
    qint64 n = 0;
    for (const Table &t : tables) {
        n += t.copied;
    }
    return n;
}

qint64 RecoveryReport::totalLost() const
{
    qint64 n = 0;
    for (const Table &t : tables) {
        n += t.lost;
    }
    return n;
}

QStringList LibraryRecovery::tables()
{
    return copiedTables();
}

bool LibraryRecovery::recover(const QString &damagedPath, const QString &newPath, RecoveryReport *report,
                              QString *error, const Progress &progress)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        qCWarning(lcRecovery) << damagedPath << "->" << newPath << message;
        return false;
    };
    RecoveryReport local;
    RecoveryReport &out = report ? *report : local;
    out = {};

    const QFileInfo damaged(damagedPath);
    const QFileInfo target(newPath);
    if (!damaged.isFile()) {
        return fail(tr("The library %1 does not exist.").arg(damagedPath));
    }
    if (target.exists()) {
        return fail(tr("%1 exists already; recover into a new file.").arg(newPath));
    }
    if (target.absoluteFilePath() == damaged.absoluteFilePath()) {
        return fail(tr("The recovered library must be a new file, not the damaged one."));
    }

    SourceConnection source(damagedPath);
    {
        QSqlDatabase src = source.database();
        if (!src.isOpen()) {
            return fail(tr("Cannot read the library %1: %2").arg(damagedPath, src.lastError().text()));
        }
        QSqlQuery probe(src);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            return fail(tr("Nothing can be read from %1: %2").arg(damagedPath, probe.lastError().databaseText()));
        }
    }

    // Written under a temporary name and renamed when complete.
    const QString partial = newPath + u".part-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    bool ok = false;
    QString message;
    {
        Library library(partial);
        if (!library.open(&message)) {
            removeWithCompanions(partial);
            return fail(tr("Cannot create the library %1: %2").arg(newPath, message));
        }
        {
            QSqlDatabase dst = library.database();
            Copier copier{source.database(), dst, progress};
            if (library.beginWrite(dst, &message)) {
                for (const QString &table : copiedTables()) {
                    const qint64 errorsBefore = copier.readErrors;
                    out.tables << copier.copy(table);
                    if (isAnalysisTable(table) && copier.readErrors > errorsBefore) {
                        out.analysesReset = true;
                    }
                    ++copier.tableIndex;
                    if (copier.cancelled) {
                        break;
                    }
                }
                // Analyses with rows missing are made again; analysing anew loses nothing the user made.
                QSqlQuery reset(dst);
                ok = !copier.cancelled && (!out.analysesReset || reset.exec(u"DELETE FROM analysis_state"_s));
                ok = ok && dst.commit();
                if (!ok) {
                    message = copier.cancelled ? tr("The recovery was cancelled.") : dst.lastError().text();
                    dst.rollback();
                }
            }
            if (ok) {
                // One self-contained file to rename: no write-ahead log beside it.
                QSqlQuery q(dst);
                ok = q.exec(u"PRAGMA journal_mode = DELETE"_s) && q.next() &&
                     q.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) == 0;
                QSqlQuery check(dst);
                ok = ok && check.exec(u"PRAGMA integrity_check"_s) && check.next() &&
                     check.value(0).toString() == u"ok"_s;
                if (!ok) {
                    message = tr("the new library does not pass its check.");
                }
            }
        }
    }
    if (!ok) {
        removeWithCompanions(partial);
        return fail(tr("Cannot recover into %1: %2").arg(newPath, message));
    }
    if (QFileInfo::exists(partial + u"-wal"_s) || !QFile::rename(partial, newPath)) {
        removeWithCompanions(partial);
        return fail(tr("Cannot write the library %1.").arg(newPath));
    }
    qCInfo(lcRecovery) << "recovered" << damagedPath << "into" << newPath << out.totalCopied() << "rows copied,"
                       << out.totalLost() << "lost";
    return true;
}

} // namespace Chipwatch::Core
