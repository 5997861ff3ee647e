// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/articleloader.h"
#include "text/document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <optional>

namespace Chipwatch::Core {

class SqlDialect;

struct StoredArticle
{
    qint64 id = 0;
    QString filePath;
    QString format;
    QString encoding;
    CleanedDocument document; // original visible text, article ranges and metadata
    QDateTime importedAt;
};

enum class InsertOutcome { Inserted, Duplicate, Failed };

struct InsertResult
{
    InsertOutcome outcome = InsertOutcome::Failed;
    qint64 articleId = 0; // the new article, or the one it duplicates
    QString error;
};

// The article library: one database (SQLite file by default). Each thread that uses a Library gets its own
// connection to the same database, opened on first use, as Qt Sql requires.
class Library final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::Library)

public:
    // `location` is a SQLite file path, or ":memory:" for a private in-memory library (tests).
    explicit Library(const QString &location);
    ~Library();
    Q_DISABLE_COPY_MOVE(Library)

    // Where the library lives when the user has not chosen one: <AppDataLocation>/library.sqlite.
    static QString defaultLocation();

    enum class OpenMode {
        ReadWrite,
        // Nothing is written, not even the schema: every write is refused with readOnlyMessage(). A damaged file
        // opens this way too (isDamaged(), damageReport()) and shows the rows that can still be read.
        ReadOnly,
    };

    // Opens (creating if needed) and migrates the schema. False with a message when the file is locked,
    // corrupt, not a Chipwatch library, or from a newer Chipwatch; nothing stored is changed then.
    bool open(QString *error, OpenMode mode = OpenMode::ReadWrite);
    bool isOpen() const;
    bool isReadOnly() const;
    // Whether open() found the file damaged (its structure check failed or its schema version is invalid): a
    // read-write open() then failed, a read-only one went on. damageReport() says what was found.
    bool isDamaged() const;
    QString damageReport() const;
    QString readOnlyMessage() const;
    QString location() const;
    int schemaVersion() const;
    static int currentSchemaVersion();

    // The connection for the calling thread, opened on first use.
    QSqlDatabase database() const;
    // Closes the calling thread's connection; worker threads call it when they are done.
    void releaseThreadConnection();
    bool hasThreadConnection() const;
    const SqlDialect &dialect() const;

    // Starts a transaction that will write on `db` (a connection of this library): refused with
    // readOnlyMessage() on a read-only library; on SQLite it takes the write lock at once, waiting for another
    // writer within the busy timeout. End it with db.commit() or db.rollback().
    // `transient`, if given, tells whether it failed on another writer's lock (see isTransientLock()).
    bool beginWrite(QSqlDatabase &db, QString *error, bool *transient = nullptr) const;
    // Whether a failed statement failed on a lock held by another connection or process, which clears.
    bool isTransientLock(const QSqlError &error) const;
    // How often a write that failed on a transient lock is tried in all.
    static constexpr int writeAttempts = 6;
    // After attempt number `attempt` of a write met a transient lock: false when that was the last attempt, else
    // logs it, waits a little longer each time and returns true. `what` names the write in the log.
    bool waitBeforeRetry(int attempt, const QString &what) const;

    // Stores the article. A write that meets another writer's lock waits for it and is tried again, so no
    // article is refused for a lock that clears.
    InsertResult insertArticle(const LoadedArticle &article);

    qint64 articleCount() const;
    // The latest publication date of the stored articles (ISO 8601 as far as known), or empty.
    QString latestArticleDate() const;
    std::optional<StoredArticle> article(qint64 id) const;
    QList<qint64> articleIds() const;
    // Full-text search over title and article text; `query` is what the user typed (words, "phrases").
    QList<qint64> search(const QString &query) const;

private:
    InsertResult tryInsertArticle(const LoadedArticle &article, bool *transient);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Chipwatch::Core
