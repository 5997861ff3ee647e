// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/articlefilter.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace Chipwatch::Core {
class CompanyListModel;
class Library;
} // namespace Chipwatch::Core

namespace Chipwatch::Ui {

// Lets through the article rows whose id is in a set, keeping the source model's (SQL) order: sorting is
// handed to the source model.
class ArticleIdFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ArticleIdFilterProxy(QObject *parent = nullptr);

    // No restriction when `ids` is empty-and-unset; an empty set after setAllowedIds({}) shows nothing.
    void setAllowedIds(const QSet<qint64> &ids);
    void clearAllowedIds();

    bool isRestricted() const { return m_restricted; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_ids;
    bool m_restricted = false;
};

// The company filter: the library's companies (sortable, searchable, several checkable), any/all, and a
// date range whose ends can each be "any". Emits the filter without its search text, which belongs to the
// main window's search field.
class CompanyFilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyFilterPanel(QWidget *parent = nullptr);

    // The library must outlive the panel or be replaced (nullptr) first.
    void setLibrary(const Core::Library *library);
    void reload();

    Core::ArticleFilter filter() const;
    void setFilter(const Core::ArticleFilter &filter);

    // Puts the keyboard focus in the company search field, its text selected.
    void focusSearch();

Q_SIGNALS:
    void filterChanged();

private:
    void emitChange();

    Core::CompanyListModel *m_companies = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_mode = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_applying = false;
};

} // namespace Chipwatch::Ui
