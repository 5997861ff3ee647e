// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "articletablemodel.h"

#include "storage/library.h"
#include "storage/sqldialect.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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

ArticleTableModel::~ArticleTableModel() = default;

void ArticleTableModel::setLibrary(Core::Library *library)
{
    m_library = library;
    reload();
}

void ArticleTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    reload();
}

void ArticleTableModel::refresh()
{
    reload();
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
    // A new order keeps the same rows: move the persistent indexes (the view's selection) with their articles.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    persistentIds.reserve(persistent.size());
    for (const QModelIndex &index : persistent) {
        persistentIds << articleId(index.row());
    }
    bool ok = false;
    QList<qint64> ids = queryIds(&ok);
    m_ids = ok ? std::move(ids) : QList<qint64>();
    m_rowOfId.clear();
    for (int i = 0; i < m_ids.size(); ++i) {
        m_rowOfId.insert(m_ids.at(i), i);
    }
    m_pages.clear();
    m_pageAge.clear();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int newRow = rowOfArticle(persistentIds.at(i));
        moved << (newRow < 0 ? QModelIndex() : index(newRow, persistent.at(i).column()));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleTableModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_rowOfId.clear();
    m_pages.clear();
    m_pageAge.clear();
    if (m_library && m_library->isOpen()) {
        bool ok = false;
        QList<qint64> ids = queryIds(&ok);
        if (ok) {
            m_ids = std::move(ids);
        }
    }
    m_rowOfId.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i) {
        m_rowOfId.insert(m_ids.at(i), i);
    }
    endResetModel();
}

QList<qint64> ArticleTableModel::queryIds(bool *ok)
{
    *ok = false;
    QList<qint64> ids;
    if (!m_library || !m_library->isOpen()) {
        return ids;
    }
    const Core::SqlDialect &dialect = m_library->dialect();
    const QString direction = m_sortOrder == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString order = u" ORDER BY %1 %2, id %2"_s.arg(orderColumn(m_sortColumn), direction);
    const QString match = m_filterText.isEmpty() ? QString() : dialect.fullTextQueryValue(m_filterText);

    QSqlQuery query(m_library->database());
    query.setForwardOnly(true);
    if (match.isEmpty()) {
        query.prepare(u"SELECT id FROM articles"_s + order);
    } else {
        // The dialect's search query selects the matching ids; the outer query imposes the user's order.
        query.prepare(u"SELECT id FROM articles WHERE id IN (%1)"_s.arg(dialect.fullTextSearchQuery()) + order);
        query.bindValue(u":q"_s, match);
    }
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcModel) << "listing articles failed:" << m_lastError;
        Q_EMIT queryFailed(m_lastError);
        return ids;
    }
    while (query.next()) {
        ids << query.value(0).toLongLong();
    }
    m_lastError.clear();
    *ok = true;
    qCDebug(lcModel) << ids.size() << "articles for filter" << m_filterText;
    return ids;
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
    QSqlQuery query(m_library->database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, title, source, published, language, file_path FROM articles WHERE id IN (%1)"_s.arg(
            idList.join(u',')))) {
        qCWarning(lcModel) << "loading rows failed:" << query.lastError().text();
        return;
    }
    QHash<qint64, Row> byId;
    byId.reserve(pageIds.size());
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(),
                    Row{query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString()});
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
