// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "articletablemodel.h"

#include "storage/library.h"
#include "storage/sqldialect.h"

#include <QDate>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModel, "chipwatch.ui.model")

namespace Chipwatch::Ui {

namespace {

// Plain columns, so that the indexes on title, source and published serve the ORDER BY; the id breaks
// ties so that the order is stable from one query to the next.
QString orderColumn(int column)
{
    switch (column) {
    case ArticleTableModel::TitleColumn:
        return u"title"_s;
    case ArticleTableModel::SourceColumn:
        return u"source"_s;
    case ArticleTableModel::LanguageColumn:
        return u"language"_s;
    case ArticleTableModel::DateColumn:
    default:
        return u"published"_s;
    }
}

} // namespace

ArticleTableModel::ArticleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ArticleTableModel::~ArticleTableModel()
{
    // The worker reads through the library, which may go right after the model.
    m_running.waitForFinished();
}

void ArticleTableModel::setLibrary(Core::Library *library)
{
    // A query still running reads the old library: let it end and drop its answer.
    m_running.waitForFinished();
    ++m_generation;
    m_queryInFlight = false;
    m_queuedChange.reset();
    m_library = library;
    ListResult result;
    if (m_library && m_library->isOpen()) {
        result = runQuery(*m_library, listQuery());
        if (!result.ok) {
            m_lastError = result.error;
            Q_EMIT queryFailed(result.error);
        }
    }
    applyIds(std::move(result.ids), Change::Reset);
    Q_EMIT listUpdated();
}

void ArticleTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    request(Change::Reset);
}

void ArticleTableModel::refresh()
{
    request(Change::Reset);
}

void ArticleTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    request(Change::Reorder);
}

bool ArticleTableModel::isQueryRunning() const
{
    return m_queryInFlight || m_queuedChange.has_value();
}

void ArticleTableModel::request(Change change)
{
    if (!m_library || !m_library->isOpen()) {
        return;
    }
    if (m_queryInFlight) {
        // One query at a time; the next one asks for the latest filter and order, whatever came in between.
        m_queuedChange = (m_queuedChange == Change::Reset || change == Change::Reset) ? Change::Reset : Change::Reorder;
        return;
    }
    startQuery(change);
}

void ArticleTableModel::startQuery(Change change)
{
    m_queryInFlight = true;
    const quint64 generation = m_generation;
    const ListQuery query = listQuery();
    Core::Library *library = m_library;
    // A watcher per query: a finished() still queued for an earlier query can never be taken for this one.
    auto *watcher = new QFutureWatcher<ListResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, change] {
        watcher->deleteLater();
        onQueryFinished(watcher->result(), generation, change);
    });
    m_running = QtConcurrent::run([library, query] {
        ListResult result = runQuery(*library, query);
        // Pool threads outlive the library; their connections must not (they can only be closed here).
        library->releaseThreadConnection();
        return result;
    });
    watcher->setFuture(m_running);
    Q_EMIT queryStarted();
}

void ArticleTableModel::onQueryFinished(ListResult result, quint64 generation, Change change)
{
    if (generation != m_generation) {
        return; // for a library that is no longer listed
    }
    m_queryInFlight = false;
    if (m_queuedChange) {
        // The answer is already out of date: ask again instead of showing an intermediate list.
        const Change next = change == Change::Reset ? Change::Reset : *m_queuedChange;
        m_queuedChange.reset();
        startQuery(next);
        return;
    }
    if (!result.ok) {
        m_lastError = result.error;
        Q_EMIT queryFailed(result.error);
        Q_EMIT listUpdated();
        return;
    }
    m_lastError.clear();
    applyIds(std::move(result.ids), change);
    Q_EMIT listUpdated();
}

ArticleTableModel::ListQuery ArticleTableModel::listQuery() const
{
    ListQuery query;
    if (!m_library) {
        return query;
    }
    const Core::SqlDialect &dialect = m_library->dialect();
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString order = u" ORDER BY %1 %2, id %2"_s.arg(orderColumn(m_sortColumn), direction);
    query.match = m_filterText.isEmpty() ? QString() : dialect.fullTextQueryValue(m_filterText);
    if (query.match.isEmpty()) {
        query.sql = u"SELECT id FROM articles"_s + order;
    } else {
        // The dialect's search query selects the matching ids; the outer query imposes the user's order.
        query.sql = u"SELECT id FROM articles WHERE id IN (%1)"_s.arg(dialect.fullTextSearchQuery()) + order;
    }
    return query;
}

ArticleTableModel::ListResult ArticleTableModel::runQuery(const Core::Library &library, const ListQuery &listQuery)
{
    ListResult result;
    // The calling thread's own connection: this runs on the GUI thread and on workers alike.
    QSqlQuery query(library.database());
    query.setForwardOnly(true);
    if (!query.prepare(listQuery.sql)) {
        result.error = query.lastError().text();
        qCWarning(lcModel) << "listing articles failed:" << result.error;
        return result;
    }
    if (!listQuery.match.isEmpty()) {
        query.bindValue(u":q"_s, listQuery.match);
    }
    if (!query.exec()) {
        result.error = query.lastError().text();
        qCWarning(lcModel) << "listing articles failed:" << result.error;
        return result;
    }
    while (query.next()) {
        result.ids << query.value(0).toLongLong();
    }
    result.ok = true;
    qCDebug(lcModel) << result.ids.size() << "articles for" << listQuery.match;
    return result;
}

void ArticleTableModel::applyIds(QList<qint64> ids, Change change)
{
    // A reorder keeps the same rows, so the view's selection and scroll position can follow their articles.
    // If the set changed meanwhile (an import), it is a new list after all.
    if (change == Change::Reorder && ids.size() == m_ids.size()) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<qint64> persistentIds;
        persistentIds.reserve(persistent.size());
        for (const QModelIndex &index : persistent) {
            persistentIds << articleId(index.row());
        }
        m_ids = std::move(ids);
        clearCache();
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const int newRow = rowOfArticle(persistentIds.at(i));
            moved << (newRow < 0 ? QModelIndex() : index(newRow, persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    clearCache();
    endResetModel();
}

void ArticleTableModel::clearCache()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i) {
        m_rowOfId.insert(m_ids.at(i), i);
    }
    m_pages.clear();
    m_pageAge.clear();
}

qint64 ArticleTableModel::articleId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int ArticleTableModel::rowOfArticle(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int ArticleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ArticleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

const ArticleTableModel::Row *ArticleTableModel::row(int row) const
{
    const int page = row / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        loadPage(page);
        it = m_pages.constFind(page);
        if (it == m_pages.constEnd()) {
            return nullptr;
        }
    }
    const qsizetype offset = row % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void ArticleTableModel::loadPage(int page) const
{
    const qsizetype first = qsizetype(page) * pageSize;
    const qsizetype count = std::min<qsizetype>(pageSize, m_ids.size() - first);
    if (count <= 0 || !m_library) {
        return;
    }
    const QList<qint64> pageIds = m_ids.mid(first, count);
    QStringList idList;
    idList.reserve(pageIds.size());
    for (qint64 id : pageIds) {
        idList << QString::number(id); // integers from our own query: nothing to escape
    }
    QHash<qint64, Row> byId;
    byId.reserve(pageIds.size());
    const QString select = u"SELECT id, title, source, published, language, file_path FROM articles WHERE id IN (%1)"_s;
    auto load = [&](const QString &ids) {
        QSqlQuery query(m_library->database());
        query.setForwardOnly(true);
        if (!query.exec(select.arg(ids))) {
            qCWarning(lcModel) << "loading rows failed:" << query.lastError().text();
            return false;
        }
        while (query.next()) {
            byId.insert(query.value(0).toLongLong(),
                        Row{query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                            query.value(4).toString(), query.value(5).toString()});
        }
        return !query.lastError().isValid();
    };
    if (!load(idList.join(u',')) && m_library->isDamaged()) {
        // A damaged library (open read-only) fails on the rows of its damaged pages: load the page row by row,
        // so that only those rows show as unreadable.
        for (const QString &id : std::as_const(idList)) {
            if (!load(id)) {
                byId.insert(id.toLongLong(), Row{tr("(damaged: cannot be read)"), {}, {}, {}, {}});
            }
        }
    }
    QList<Row> rows;
    rows.reserve(pageIds.size());
    for (qint64 id : pageIds) {
        rows << byId.value(id); // an article deleted meanwhile shows as an empty row until the next refresh
    }
    if (m_pages.size() >= maxCachedPages && !m_pageAge.isEmpty()) {
        m_pages.remove(m_pageAge.takeFirst());
    }
    m_pages.insert(page, rows);
    m_pageAge << page;
}

QVariant ArticleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == ArticleIdRole) {
        return articleId(index.row());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const Row *r = row(index.row());
    if (!r) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        if (r->title.isEmpty()) {
            return QFileInfo(r->filePath).fileName();
        }
        return role == Qt::ToolTipRole ? u"%1\n%2"_s.arg(r->title, r->filePath) : r->title;
    case SourceColumn:
        return r->source;
    case DateColumn:
        if (role == Qt::ToolTipRole) {
            const QDate date = QDate::fromString(r->date, Qt::ISODate);
            return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : r->date;
        }
        return r->date; // ISO: sorts and scans well in a column
    case LanguageColumn:
        return r->language;
    default:
        return {};
    }
}

QVariant ArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

} // namespace Chipwatch::Ui
