// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// The article list, straight from the library's database. Ordering and full-text filtering happen in SQL;
// the model holds only the ordered article ids and fetches the displayed columns in pages as the view
// asks for rows, so a library of 100,000 articles scrolls without loading every title up front.
// Searching, sorting and refreshing query on a worker thread (a search that matches most of a big library
// takes a second in SQLite); the list changes when the answer is in, and requests made meanwhile collapse
// into one query for the latest state.
class ArticleTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SourceColumn, DateColumn, LanguageColumn, ColumnCount };

    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    static constexpr int pageSize = 128;
    static constexpr int maxCachedPages = 64;

    explicit ArticleTableModel(QObject *parent = nullptr);
    ~ArticleTableModel() override;

    // The library to list, loaded before this returns; nullptr empties the model. The library must outlive
    // the model or be unset first.
    void setLibrary(Core::Library *library);

    Core::Library *library() const { return m_library; }

    // What the user typed into the search box; empty shows every article.
    void setFilterText(const QString &text);

    QString filterText() const { return m_filterText; }

    // Re-reads the article list, keeping filter and order (after an import, for instance).
    void refresh();
    // True from a search, sort or refresh request until its list is in place.
    bool isQueryRunning() const;

    qint64 articleId(int row) const;
    int rowOfArticle(qint64 id) const;

    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void queryStarted();
    // After every request, successful or not: the list is up to date with filter and order.
    void listUpdated();
    void queryFailed(const QString &message);

private:
    enum class Change { Reorder, Reset };

    struct ListResult
    {
        QList<qint64> ids;
        bool ok = false;
        QString error;
    };

    struct ListQuery
    {
        QString sql;
        QString match; // bound to :q when not empty
    };

    struct Row
    {
        QString title;
        QString source;
        QString date;
        QString language;
        QString filePath;
    };

    ListQuery listQuery() const;
    static ListResult runQuery(const Core::Library &library, const ListQuery &query);
    void request(Change change);
    void startQuery(Change change);
    void onQueryFinished(ListResult result, quint64 generation, Change change);
    void applyIds(QList<qint64> ids, Change change);
    void clearCache();
    const Row *row(int row) const;
    void loadPage(int page) const;

    Core::Library *m_library = nullptr;
    QString m_filterText;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOfId;
    QString m_lastError;

    QFuture<ListResult> m_running;
    bool m_queryInFlight = false;
    quint64 m_generation = 0; // answers from an older generation (another library) are dropped
    std::optional<Change> m_queuedChange;

    // Page cache: filled lazily from data(), which is const for the view's sake.
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently loaded first
};

} // namespace Chipwatch::Ui
