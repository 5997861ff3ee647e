// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "storage/library.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <functional>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcLibrary, "chipwatch.core.library")

namespace {

QByteArray rangesToJson(const QList<TextSpan> &ranges)
{
    QJsonArray array;
    for (const TextSpan &span : ranges) {
        array.append(QJsonArray{qint64(span.start), qint64(span.end)});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<TextSpan> rangesFromJson(const QByteArray &json)
{
    QList<TextSpan> ranges;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const auto &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2) {
            ranges.append({qsizetype(pair.at(0).toInteger()), qsizetype(pair.at(1).toInteger())});
        }
    }
    return ranges;
}

// A migration brings the schema from version N-1 to N. Appending is the only allowed change.
using Migration = std::function<QStringList(const SqlDialect &)>;

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        // 1: articles with their original text, article ranges, metadata and a full-text index.
        [](const SqlDialect &d) {
            QStringList s;
            s << u"CREATE TABLE articles (%1, "
                 "file_path TEXT NOT NULL, "
                 "index_in_file INTEGER NOT NULL DEFAULT 0, "
                 "format TEXT NOT NULL, "
                 "encoding TEXT NOT NULL DEFAULT '', "
                 "file_hash TEXT NOT NULL, "
                 "content_hash TEXT NOT NULL UNIQUE, "
                 "original_text TEXT NOT NULL, "
                 "body_ranges TEXT NOT NULL, "
                 "body_text TEXT NOT NULL, "
                 "title TEXT NOT NULL DEFAULT '', "
                 "published TEXT NOT NULL DEFAULT '', "
                 "author TEXT NOT NULL DEFAULT '', "
                 "source TEXT NOT NULL DEFAULT '', "
                 "language TEXT NOT NULL DEFAULT '', "
                 "url TEXT NOT NULL DEFAULT '', "
                 "imported_at TEXT NOT NULL)"_s.arg(d.autoIdColumn());
            s << u"CREATE INDEX articles_file ON articles(file_path, index_in_file)"_s;
            s << u"CREATE INDEX articles_published ON articles(published)"_s;
            s << u"CREATE INDEX articles_title ON articles(title)"_s;
            s << u"CREATE INDEX articles_source ON articles(source)"_s;
            s << d.createFullTextIndex();
            return s;
        },
        // 2: what extraction found per article, and the user's knowledge-base additions.
        [](const SqlDialect &d) {
            const QString id = d.autoIdColumn();
            const QString article = u"article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE"_s;
            QStringList s;
            s << u"CREATE TABLE analysis_state (article_id INTEGER PRIMARY KEY REFERENCES articles(id) "
                 "ON DELETE CASCADE, kb_revision TEXT NOT NULL, sentences TEXT NOT NULL, analysed_at TEXT NOT NULL)"_s;
            s << u"CREATE TABLE mentions (%1, %2, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, "
                 "type TEXT NOT NULL, entity_id TEXT NOT NULL DEFAULT '', canonical TEXT NOT NULL, "
                 "confidence REAL NOT NULL, suggested INTEGER NOT NULL, sentence_start INTEGER NOT NULL, "
                 "sentence_end INTEGER NOT NULL)"_s.arg(id, article);
            s << u"CREATE INDEX mentions_article ON mentions(article_id)"_s;
            s << u"CREATE INDEX mentions_canonical ON mentions(canonical, type)"_s;
            s << u"CREATE TABLE figures (%1, %2, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, "
                 "type TEXT NOT NULL, value REAL NOT NULL, value_high REAL NOT NULL, unit TEXT NOT NULL, "
                 "iso_date TEXT NOT NULL, qualifier INTEGER NOT NULL)"_s.arg(id, article);
            s << u"CREATE INDEX figures_article ON figures(article_id)"_s;
            s << u"CREATE TABLE facts (%1, %2, fact_index INTEGER NOT NULL, subject TEXT NOT NULL, "
                 "subject_id TEXT NOT NULL, metric TEXT NOT NULL, value REAL NOT NULL, unit TEXT NOT NULL, "
                 "period TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, "
                 "figure_start INTEGER NOT NULL, figure_end INTEGER NOT NULL, confidence REAL NOT NULL)"_s.arg(id,
                                                                                                               article);
            s << u"CREATE INDEX facts_article ON facts(article_id)"_s;
            s << u"CREATE INDEX facts_subject ON facts(subject, metric)"_s;
            s << u"CREATE TABLE comparisons (%1, %2, chip TEXT NOT NULL, other TEXT NOT NULL, "
                 "relation TEXT NOT NULL, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL)"_s.arg(
                     id, article);
            s << u"CREATE INDEX comparisons_article ON comparisons(article_id)"_s;
            s << u"CREATE TABLE user_entities (entity_id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, "
                 "data TEXT NOT NULL, created_at TEXT NOT NULL)"_s;
            return s;
        },
        // 3: currency rates to the US dollar for the dashboard, seeded from what the articles state ('article')
        // and overridden by the user ('user').
        [](const SqlDialect &) {
            return QStringList{u"CREATE TABLE currency_rates (currency TEXT PRIMARY KEY, "
                               "rate_to_usd REAL NOT NULL CHECK (rate_to_usd > 0), "
                               "origin TEXT NOT NULL CHECK (origin IN ('article', 'user')), "
                               "updated_at TEXT NOT NULL)"_s};
        },
        // 4: the user's corrections of surfaces ("not an entity", "link to"), and mentions by entity for the
        // entity panel.
        [](const SqlDialect &) {
            return QStringList{u"CREATE TABLE surface_corrections (surface_key TEXT PRIMARY KEY, "
                               "surface TEXT NOT NULL, "
                               "kind TEXT NOT NULL CHECK (kind IN ('reject', 'link')), "
                               "entity_id TEXT NOT NULL DEFAULT '', "
                               "created_at TEXT NOT NULL)"_s,
                               u"CREATE INDEX mentions_entity ON mentions(entity_id)"_s};
        },
        // 5: what kind of statement a fact is (reported, forecast, estimate), its role (level or change) and the
        // period a change is measured against, so that charts draw reported levels and keep forecasts apart.
        [](const SqlDialect &) {
            return QStringList{u"ALTER TABLE facts ADD COLUMN kind TEXT NOT NULL DEFAULT 'reported'"_s,
                               u"ALTER TABLE facts ADD COLUMN role TEXT NOT NULL DEFAULT 'level'"_s,
                               u"ALTER TABLE facts ADD COLUMN base_period TEXT NOT NULL DEFAULT ''"_s,
                               // and the ratio a chip comparison states ("rund 60 Prozent der Leistung des H100").
                               u"ALTER TABLE comparisons ADD COLUMN ratio REAL NOT NULL DEFAULT 0"_s};
        },
    };
    return list;
}

} // namespace

struct Library::Private
{
    QString location;
    QString connectionPrefix = u"chipwatch-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString sqliteName; // what QSqlDatabase::setDatabaseName gets
    bool inMemory = false;
    bool open = false;
    bool readOnly = false;
    bool damaged = false;
    QString damageReport;
    int schemaVersion = 0;
    std::unique_ptr<SqlDialect> dialect = SqlDialect::forDriver(u"QSQLITE"_s);
    mutable QMutex mutex;
    mutable std::map<Qt::HANDLE, QString> connections; // thread -> connection name
    QSqlDatabase keeper; // keeps a shared in-memory database alive while the library exists

    QString connectionName() const
    {
        return connectionPrefix + u'-' + QString::number(quintptr(QThread::currentThreadId()), 16);
    }

    QSqlDatabase connect(QString *error) const
    {
        const QString name = connectionName();
        {
            QMutexLocker lock(&mutex);
            if (QSqlDatabase::contains(name)) {
                return QSqlDatabase::database(name, false);
            }
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), name);
        db.setDatabaseName(sqliteName);
        QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        if (inMemory) {
            options += u";QSQLITE_OPEN_URI"_s;
        }
        if (readOnly) {
            options += u";QSQLITE_OPEN_READONLY"_s;
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            if (error) {
                *error = db.lastError().text();
            }
            return db;
        }
        for (const QString &statement : dialect->connectionSetup()) {
            // Changing the journal mode writes to the file.
            if ((inMemory || readOnly) && statement.contains(u"journal_mode"_s)) {
                continue;
            }
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qCWarning(lcLibrary) << "connection setup failed:" << statement << q.lastError().text();
            }
        }
        QMutexLocker lock(&mutex);
        connections[QThread::currentThreadId()] = name;
        return db;
    }

    bool tableExists(const QSqlDatabase &db, const QString &table) const
    {
        QSqlQuery q(db);
        q.prepare(dialect->tableExistsQuery());
        q.bindValue(u":name"_s, table);
        return q.exec() && q.next();
    }
};

Library::Library(const QString &location)
    : d(std::make_unique<Private>())
{
    d->location = location;
    d->inMemory = location == u":memory:";
    d->sqliteName = d->inMemory ? u"file:"_s + d->connectionPrefix + u"?mode=memory&cache=shared"_s : location;
}

Library::~Library()
{
    QStringList names;
    {
        QMutexLocker lock(&d->mutex);
        for (const auto &[thread, name] : d->connections) {
            names << name;
        }
        d->connections.clear();
    }
    d->keeper = QSqlDatabase();
    for (const QString &name : std::as_const(names)) {
        // Qt only hands out a connection to the thread that opened it; connections of worker threads that
        // did not release theirs are removed without being fetched (removal closes them).
        if (name == d->connectionName()) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Library::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"library.sqlite"_s);
}

bool Library::open(QString *error, OpenMode mode)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        qCWarning(lcLibrary) << d->location << message;
        return false;
    };
    d->readOnly = mode == OpenMode::ReadOnly;
    d->damaged = false;
    d->damageReport.clear();
    // In read-only mode damage is noted and the rows that can be read are shown; otherwise it is refused.
    auto damaged = [&](const QString &message) {
        d->damaged = true;
        d->damageReport = message;
        if (!d->readOnly) {
            return fail(message);
        }
        qCWarning(lcLibrary) << d->location << "opened read-only although damaged:" << message;
        return true;
    };

    if (d->readOnly && !d->inMemory && !QFileInfo(d->location).isFile()) {
        return fail(tr("The library %1 does not exist.").arg(d->location));
    }
    if (!d->inMemory && !d->readOnly) {
        const QFileInfo info(d->location);
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
        if (info.exists() && !info.isFile()) {
            return fail(tr("%1 is not a file.").arg(d->location));
        }
        // SQLite writes its journal beside the library: in a read-only folder every write fails, and the first one
        // used to be reported as damage.
        if (!QFileInfo(info.absolutePath()).isWritable()) {
            return fail(tr("The library %1 cannot be written: the folder %2 is read-only. Open it read-only, or copy "
                           "it to a folder you can write to.")
                            .arg(d->location, info.absolutePath()));
        }
        if (info.exists() && !info.isWritable()) {
            return fail(tr("The library %1 cannot be written: the file is read-only. Open it read-only, or copy it "
                           "to a folder you can write to.")
                            .arg(d->location));
        }
    }

    QString connectError;
    QSqlDatabase db = d->connect(&connectError);
    if (!db.isOpen()) {
        return fail(tr("Cannot open the library %1: %2").arg(d->location, connectError));
    }
    if (d->inMemory) {
        d->keeper = db;
    }

    // Reading the catalogue is the first thing that fails on a file that is not an SQLite database.
    QSqlQuery probe(db);
    if (!probe.exec(d->dialect->catalogueProbeQuery())) {
        return fail(
            tr("%1 is not a Chipwatch library or is damaged: %2").arg(d->location, probe.lastError().databaseText()));
    }
    probe.next();
    const bool empty = probe.value(0).toInt() == 0;

    // A damaged file is refused before anything is written to it: a page overwritten by another program or a
    // broken disk reads as blank rows, and rows added to it may be lost with the rest.
    if (const QString check = d->dialect->integrityCheckQuery(); !check.isEmpty() && !d->inMemory && !empty) {
        QSqlQuery integrity(db);
        if (!integrity.exec(check)) {
            if (!damaged(tr("The library %1 is damaged: %2").arg(d->location, integrity.lastError().databaseText()))) {
                return false;
            }
        } else {
            QStringList problems;
            while (integrity.next() && problems.size() < 3) {
                if (const QString row = integrity.value(0).toString(); row != u"ok"_s) {
                    problems << row;
                }
            }
            if (!problems.isEmpty() &&
                !damaged(
                    tr("The library %1 is damaged and was not changed: %2").arg(d->location, problems.join(u"; ")))) {
                return false;
            }
        }
    }

    const int target = currentSchemaVersion();
    // The stored schema version; 0 for a new library, -1 when it cannot be read (a damaged file read-only).
    auto readVersion = [&]() -> int {
        if (!d->tableExists(db, u"schema_version"_s)) {
            if (!empty) {
                fail(tr("%1 is a database, but not a Chipwatch library.").arg(d->location));
                return -2;
            }
            return 0;
        }
        QSqlQuery q(db);
        if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
            return damaged(tr("The library %1 is damaged: its schema version cannot be read.").arg(d->location)) ? -1
                                                                                                                 : -2;
        }
        bool ok = false;
        const qlonglong stored = q.value(0).toLongLong(&ok);
        // A version below 1 or beyond an int is no version this program ever wrote.
        if (!ok || stored < 1 || stored > std::numeric_limits<int>::max()) {
            return damaged(tr("The library %1 is damaged: its schema version %2 is not valid.")
                               .arg(d->location, q.value(0).toString()))
                       ? -1
                       : -2;
        }
        return int(stored);
    };
    int version = readVersion();
    if (version == -2) {
        return false;
    }
    if (version == -1) {
        version = target; // read-only and damaged: read what can be read as if current
    }
    if (version > target) {
        return fail(tr("The library %1 was written by a newer Chipwatch (schema %2; this version reads up to %3).")
                        .arg(d->location)
                        .arg(version)
                        .arg(target));
    }
    if (d->readOnly && version < target) {
        return fail(tr("The library %1 was written by an older Chipwatch and must be updated, which a library "
                       "opened read-only cannot be.")
                        .arg(d->location));
    }

    for (int next = version + 1; next <= target; ++next) {
        QString beginError;
        if (!beginWrite(db, &beginError)) {
            return fail(tr("Cannot update the library %1: %2").arg(d->location, beginError));
        }
        // Another process may have created or updated the library while this one waited for the lock.
        const int now = readVersion();
        if (now < 0) {
            db.rollback();
            return false;
        }
        if (now >= next) {
            db.rollback();
            if (now > target) {
                return fail(tr("The library %1 was written by a newer Chipwatch (schema %2; this version reads up to "
                               "%3).")
                                .arg(d->location)
                                .arg(now)
                                .arg(target));
            }
            next = now;
            continue;
        }
        QStringList statements = migrations().at(size_t(next - 1))(*d->dialect);
        if (next == 1) {
            statements.prepend(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s);
            statements << u"INSERT INTO schema_version (version) VALUES (1)"_s;
        } else {
            statements << u"UPDATE schema_version SET version = %1"_s.arg(next);
        }
        for (const QString &statement : std::as_const(statements)) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                const QString message = q.lastError().text();
                db.rollback();
                return fail(
                    tr("Cannot update the library %1 to schema %2: %3").arg(d->location).arg(next).arg(message));
            }
        }
        if (!db.commit()) {
            const QString message = db.lastError().text();
            db.rollback();
            return fail(tr("Cannot update the library %1: %2").arg(d->location, message));
        }
        qCInfo(lcLibrary) << "library" << d->location << "migrated to schema" << next;
    }
    d->schemaVersion = target;
    d->open = true;
    return true;
}

bool Library::isOpen() const
{
    return d->open;
}

bool Library::isReadOnly() const
{
    return d->readOnly;
}

bool Library::isDamaged() const
{
    return d->damaged;
}

QString Library::damageReport() const
{
    return d->damageReport;
}

QString Library::readOnlyMessage() const
{
    return tr("The library %1 is open read-only: nothing can be stored in it.").arg(d->location);
}

bool Library::beginWrite(QSqlDatabase &db, QString *error, bool *transient) const
{
    if (d->readOnly) {
        if (error) {
            *error = readOnlyMessage();
        }
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(d->dialect->beginWriteStatement())) {
        if (transient) {
            *transient = isTransientLock(q.lastError());
        }
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

bool Library::isTransientLock(const QSqlError &error) const
{
    return d->dialect->isTransientLock(error);
}

bool Library::waitBeforeRetry(int attempt, const QString &what) const
{
    if (attempt >= writeAttempts) {
        return false;
    }
    // The busy timeout has already been waited; another writer holds the library for long (a big import's commit,
    // a checkpoint). Wait a little more before the whole write is tried again.
    qCWarning(lcLibrary).noquote() << what << "met a lock, trying again (attempt" << attempt + 1 << "of"
                                   << writeAttempts << ")";
    QThread::msleep(100UL * ulong(attempt));
    return true;
}

QString Library::location() const
{
    return d->location;
}

int Library::schemaVersion() const
{
    return d->schemaVersion;
}

int Library::currentSchemaVersion()
{
    return int(migrations().size());
}

QSqlDatabase Library::database() const
{
    return d->connect(nullptr);
}

void Library::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&d->mutex);
        auto it = d->connections.find(QThread::currentThreadId());
        if (it == d->connections.end()) {
            return;
        }
        name = it->second;
        d->connections.erase(it);
    }
    if (d->keeper.isValid() && d->keeper.connectionName() == name) {
        return; // the main connection of an in-memory library must outlive its users
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Library::hasThreadConnection() const
{
    QMutexLocker lock(&d->mutex);
    return d->connections.contains(QThread::currentThreadId());
}

const SqlDialect &Library::dialect() const
{
    return *d->dialect;
}

InsertResult Library::insertArticle(const LoadedArticle &article)
{
    for (int attempt = 1;; ++attempt) {
        bool transient = false;
        InsertResult result = tryInsertArticle(article, &transient);
        if (result.outcome != InsertOutcome::Failed || !transient ||
            !waitBeforeRetry(attempt, u"storing "_s + article.filePath)) {
            return result;
        }
    }
}

InsertResult Library::tryInsertArticle(const LoadedArticle &article, bool *transient)
{
    InsertResult result;
    QSqlDatabase db = database();
    const QString contentHash = QString::fromLatin1(article.contentHash().toHex());
    auto failed = [&](const QSqlError &error, const QString &message) {
        *transient = isTransientLock(error);
        result.error = message;
        db.rollback();
        return result;
    };

    if (d->readOnly) {
        result.error = readOnlyMessage();
        return result;
    }
    if (QString error; !beginWrite(db, &error, transient)) {
        result.error = tr("Cannot write to the library: %1").arg(error);
        return result;
    }
    QSqlQuery existing(db);
    existing.prepare(u"SELECT id FROM articles WHERE content_hash = :hash"_s);
    existing.bindValue(u":hash"_s, contentHash);
    if (!existing.exec()) {
        return failed(existing.lastError(), existing.lastError().text());
    }
    if (existing.next()) {
        db.rollback();
        result.outcome = InsertOutcome::Duplicate;
        result.articleId = existing.value(0).toLongLong();
        return result;
    }

    const CleanedDocument &doc = article.document;
    // Unknown metadata is stored as '' (COALESCE below): Qt binds a null QString as SQL NULL.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO articles (file_path, index_in_file, format, encoding, file_hash, content_hash, "
              "original_text, body_ranges, body_text, title, published, author, source, language, url, imported_at) "
              "VALUES (:file_path, :index_in_file, :format, COALESCE(:encoding, ''), COALESCE(:file_hash, ''), "
              ":content_hash, "
              "COALESCE(:original_text, ''), :body_ranges, COALESCE(:body_text, ''), COALESCE(:title, ''), "
              "COALESCE(:published, ''), COALESCE(:author, ''), COALESCE(:source, ''), COALESCE(:language, ''), "
              "COALESCE(:url, ''), :imported_at)"_s);
    q.bindValue(u":file_path"_s, article.filePath);
    q.bindValue(u":index_in_file"_s, article.indexInFile);
    q.bindValue(u":format"_s, articleFormatName(article.format));
    q.bindValue(u":encoding"_s, article.encoding);
    q.bindValue(u":file_hash"_s, QString::fromLatin1(article.fileHash.toHex()));
    q.bindValue(u":content_hash"_s, contentHash);
    q.bindValue(u":original_text"_s, doc.text);
    q.bindValue(u":body_ranges"_s, QString::fromUtf8(rangesToJson(doc.body)));
    q.bindValue(u":body_text"_s, doc.bodyText());
    q.bindValue(u":title"_s, doc.meta.title);
    q.bindValue(u":published"_s, doc.meta.date);
    q.bindValue(u":author"_s, doc.meta.author);
    q.bindValue(u":source"_s, doc.meta.source);
    q.bindValue(u":language"_s, doc.meta.language);
    q.bindValue(u":url"_s, doc.meta.url);
    q.bindValue(u":imported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        return failed(q.lastError(), tr("Cannot store %1: %2").arg(article.filePath, q.lastError().text()));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!db.commit()) {
        return failed(db.lastError(), tr("Cannot store %1: %2").arg(article.filePath, db.lastError().text()));
    }
    result.outcome = InsertOutcome::Inserted;
    result.articleId = id;
    return result;
}

qint64 Library::articleCount() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT count(*) FROM articles"_s) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

QString Library::latestArticleDate() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT max(published) FROM articles WHERE published <> ''"_s) && q.next()) {
        return q.value(0).toString();
    }
    return {};
}

std::optional<StoredArticle> Library::article(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT id, file_path, format, encoding, original_text, body_ranges, title, published, author, "
              "source, language, url, imported_at FROM articles WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    StoredArticle a;
    a.id = q.value(0).toLongLong();
    a.filePath = q.value(1).toString();
    a.format = q.value(2).toString();
    a.encoding = q.value(3).toString();
    a.document.text = q.value(4).toString();
    a.document.body = rangesFromJson(q.value(5).toString().toUtf8());
    a.document.meta.title = q.value(6).toString();
    a.document.meta.date = q.value(7).toString();
    a.document.meta.author = q.value(8).toString();
    a.document.meta.source = q.value(9).toString();
    a.document.meta.language = q.value(10).toString();
    a.document.meta.url = q.value(11).toString();
    a.importedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return a;
}

QList<qint64> Library::articleIds() const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id FROM articles ORDER BY id"_s)) {
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
    }
    return ids;
}

QList<qint64> Library::search(const QString &query) const
{
    QList<qint64> ids;
    const QString value = d->dialect->fullTextQueryValue(query);
    if (value.isEmpty()) {
        return articleIds();
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(d->dialect->fullTextSearchQuery());
    q.bindValue(u":q"_s, value);
    if (!q.exec()) {
        qCWarning(lcLibrary) << "search failed:" << q.lastError().text();
        return ids;
    }
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace Chipwatch::Core
