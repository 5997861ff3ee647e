// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/companylistmodel.h"

#include "storage/library.h"
#include "workspace/itemdataroles.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcCompanyList, "chipwatch.core.workspace.companies")

CompanyListModel::CompanyListModel(const Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{}

void CompanyListModel::reload()
{
    QList<Row> rows;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    // Suggested names (not in the knowledge base) have no entity id; MAX picks the id where any mention has one.
    if (q.exec(u"SELECT canonical, MAX(entity_id), COUNT(*), COUNT(DISTINCT article_id) FROM mentions "
               "WHERE type = 'COMPANY' GROUP BY canonical ORDER BY COUNT(*) DESC, canonical"_s)) {
        while (q.next()) {
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
        }
    } else {
        qCWarning(lcCompanyList) << "cannot count companies:" << q.lastError().text();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QStringList CompanyListModel::mostMentioned(const Library &library, const std::optional<QList<qint64>> &articleIds,
                                            int limit)
{
    QHash<QString, int> counts;
    const std::optional<QSet<qint64>> allowed =
        articleIds ? std::optional(QSet<qint64>(articleIds->cbegin(), articleIds->cend())) : std::nullopt;
    QSqlQuery q(library.database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT canonical, article_id, COUNT(*) FROM mentions WHERE type = 'COMPANY' "
                "GROUP BY canonical, article_id"_s)) {
        qCWarning(lcCompanyList) << "cannot count companies:" << q.lastError().text();
        return {};
    }
    while (q.next()) {
        if (!allowed || allowed->contains(q.value(1).toLongLong())) {
            counts[q.value(0).toString()] += q.value(2).toInt();
        }
    }
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&counts](const QString &a, const QString &b) {
        const int ca = counts.value(a);
        const int cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    if (names.size() > limit) {
        names.resize(limit);
    }
    return names;
}

QStringList CompanyListModel::checkedCompanies() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (m_checked.contains(row.name)) {
            out << row.name;
        }
    }
    for (const QString &name : m_checked) {
        if (!out.contains(name)) {
            out << name;
        }
    }
    return out;
}

void CompanyListModel::setCheckedCompanies(const QStringList &companies)
{
    QStringList checked;
    for (const QString &c : companies) {
        if (!c.isEmpty() && !checked.contains(c)) {
            checked << c;
        }
    }
    if (QSet<QString>(checked.cbegin(), checked.cend()) == QSet<QString>(m_checked.cbegin(), m_checked.cend())) {
        return;
    }
    m_checked = checked;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn), {Qt::CheckStateRole});
    }
    emit checkedCompaniesChanged(checkedCompanies());
}

int CompanyListModel::rowOf(const QString &company) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == company) {
            return int(i);
        }
    }
    return -1;
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case MentionsColumn:
            return row.mentions;
        case ArticlesColumn:
            return row.articles;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return QString(tr("%1: %n mention(s)", nullptr, row.mentions).arg(row.name) + u' ' +
                       tr("in %n article(s)", nullptr, row.articles));
    case Qt::CheckStateRole:
        if (index.column() == NameColumn) {
            return m_checked.contains(row.name) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case EntityIdRole:
        return row.entityId;
    default:
        return {};
    }
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Company");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    default:
        return {};
    }
}

Qt::ItemFlags CompanyListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool CompanyListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString &name = m_rows.at(index.row()).name;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(name)) {
        return true;
    }
    if (check) {
        m_checked << name;
    } else {
        m_checked.removeAll(name);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedCompaniesChanged(checkedCompanies());
    return true;
}

} // namespace Chipwatch::Core
