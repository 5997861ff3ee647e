// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// The article list, straight from the library's database. Ordering and full-text filtering happen in SQL;
// the model holds only the ordered article ids and fetches the displayed columns in pages as the view
// asks for rows, so a library of 100,000 articles scrolls without loading every title up front.
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

    // The library to list; nullptr empties the model. The library must outlive the model or be unset first.
    void setLibrary(Core::Library *library);

    Core::Library *library() const { return m_library; }

    // What the user typed into the search box; empty shows every article.
    void setFilterText(const QString &text);

    QString filterText() const { return m_filterText; }

    // Re-reads the article list, keeping filter and order (after an import, for instance).
    void refresh();

    qint64 articleId(int row) const;
    int rowOfArticle(qint64 id) const;

    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    struct Row
    {
        QString title;
        QString source;
        QString date;
        QString language;
        QString filePath;
    };

    void reload();
    QList<qint64> queryIds(bool *ok);
    const Row *row(int row) const;
    void loadPage(int page) const;

    Core::Library *m_library = nullptr;
    QString m_filterText;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOfId;
    QString m_lastError;

    // Page cache: filled lazily from data(), which is const for the view's sake.
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageAge; // least recently loaded first
};

} // namespace Chipwatch::Ui
