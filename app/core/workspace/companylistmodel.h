// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chipwatch::Core {

class Library;

// The companies of the library with how often and in how many articles they are mentioned, for the company
// filter panel. Rows are checkable (Qt::CheckStateRole on the name column) so that several can be selected;
// sort and search through a QSortFilterProxyModel (numbers are returned as numbers, EntityIdRole gives the
// knowledge-base id).
class CompanyListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, MentionsColumn, ArticlesColumn, ColumnCount };

    // The library must outlive the model. Call reload() to fill it.
    explicit CompanyListModel(const Library &library, QObject *parent = nullptr);

    // Reads the counts again (after an import or a re-analysis); checked companies stay checked.
    void reload();

    // Checked names: those listed in row order, then checked names the library does not mention (yet), so that a
    // filter restored from the settings survives a library without them.
    QStringList checkedCompanies() const;
    void setCheckedCompanies(const QStringList &companies);
    int rowOf(const QString &company) const; // -1 when absent

    // The `limit` companies mentioned most often in the given articles (nullopt: all), most first; ties by name.
    static QStringList mostMentioned(const Library &library, const std::optional<QList<qint64>> &articleIds, int limit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void checkedCompaniesChanged(const QStringList &companies);

private:
    struct Row
    {
        QString name;
        QString entityId;
        int mentions = 0;
        int articles = 0;
    };

    const Library &m_library;
    QList<Row> m_rows;
    QStringList m_checked; // in the order they were checked
};

} // namespace Chipwatch::Core
