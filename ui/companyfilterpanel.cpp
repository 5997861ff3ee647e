// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "companyfilterpanel.h"

#include "articletablemodel.h"
#include "workspace/companylistmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

// The lowest date of the editors stands for "no bound"; no article in the library predates it.
const QDate anyDate(1970, 1, 1);

QDateEdit *makeDateEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(QCoreApplication::translate("CompanyFilterPanel", "any"));
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDate(anyDate);
    return edit;
}

QString isoOrEmpty(const QDateEdit *edit)
{
    return edit->date() == anyDate ? QString() : edit->date().toString(Qt::ISODate);
}

// A stored bound may be a year or a month; the editor shows its first day.
QDate dateFromIso(const QString &iso)
{
    if (iso.isEmpty()) {
        return anyDate;
    }
    for (const QString &format : {u"yyyy-MM-dd"_s, u"yyyy-MM"_s, u"yyyy"_s}) {
        const QDate date = QDate::fromString(iso, format);
        if (date.isValid()) {
            return date;
        }
    }
    return anyDate;
}

} // namespace

ArticleIdFilterProxy::ArticleIdFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ArticleIdFilterProxy::setAllowedIds(const QSet<qint64> &ids)
{
    m_ids = ids;
    m_restricted = true;
    invalidateFilter();
}

void ArticleIdFilterProxy::clearAllowedIds()
{
    m_ids.clear();
    m_restricted = false;
    invalidateFilter();
}

void ArticleIdFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The list is ordered in SQL; sorting here as well would fight the model's own order.
    if (sourceModel()) {
        sourceModel()->sort(column, order);
    }
}

bool ArticleIdFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_restricted || sourceParent.isValid()) {
        return true;
    }
    const auto *articles = qobject_cast<const ArticleTableModel *>(sourceModel());
    return articles && m_ids.contains(articles->articleId(sourceRow));
}

CompanyFilterPanel::CompanyFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"companyFilterPanel"_s);
    setAccessibleName(tr("Company filter"));
    auto *layout = new QVBoxLayout(this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"companySearchField"_s);
    m_search->setAccessibleName(tr("Find a company"));
    m_search->setPlaceholderText(tr("Find a company"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(Core::CompanyListModel::NameColumn);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(u"companyView"_s);
    m_view->setAccessibleName(tr("Companies"));
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // arrows move between rows, Tab moves on to the next control
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Core::CompanyListModel::ArticlesColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    auto *form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"companyModeBox"_s);
    m_mode->setAccessibleName(tr("Match any or all companies"));
    m_mode->addItem(tr("Any of them"), u"any"_s);
    m_mode->addItem(tr("All of them"), u"all"_s);
    form->addRow(tr("Articles naming:"), m_mode);
    m_from = makeDateEdit(this, u"fromDateEdit"_s, tr("From date"));
    m_to = makeDateEdit(this, u"toDateEdit"_s, tr("To date"));
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    layout->addLayout(form);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &CompanyFilterPanel::emitChange);
    connect(m_from, &QDateEdit::dateChanged, this, &CompanyFilterPanel::emitChange);
    connect(m_to, &QDateEdit::dateChanged, this, &CompanyFilterPanel::emitChange);
}

void CompanyFilterPanel::setLibrary(const Core::Library *library)
{
    const QStringList checked = m_companies ? m_companies->checkedCompanies() : QStringList();
    m_proxy->setSourceModel(nullptr);
    delete m_companies;
    m_companies = nullptr;
    if (!library) {
        return;
    }
    m_companies = new Core::CompanyListModel(*library, this);
    m_companies->reload();
    m_companies->setCheckedCompanies(checked);
    m_proxy->setSourceModel(m_companies);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(Core::CompanyListModel::NameColumn, QHeaderView::Stretch);
    connect(m_companies, &Core::CompanyListModel::checkedCompaniesChanged, this, &CompanyFilterPanel::emitChange);
}

void CompanyFilterPanel::reload()
{
    if (m_companies) {
        m_companies->reload();
    }
}

Core::ArticleFilter CompanyFilterPanel::filter() const
{
    Core::ArticleFilter result;
    if (m_companies) {
        result.companies = m_companies->checkedCompanies();
    }
    result.mode =
        m_mode->currentData().toString() == u"all"_s ? Core::ArticleFilter::Mode::All : Core::ArticleFilter::Mode::Any;
    result.fromDate = isoOrEmpty(m_from);
    result.toDate = isoOrEmpty(m_to);
    return result;
}

void CompanyFilterPanel::setFilter(const Core::ArticleFilter &filter)
{
    m_applying = true;
    if (m_companies) {
        m_companies->setCheckedCompanies(filter.companies);
    }
    m_mode->setCurrentIndex(filter.mode == Core::ArticleFilter::Mode::All ? 1 : 0);
    m_from->setDate(dateFromIso(filter.fromDate));
    m_to->setDate(dateFromIso(filter.toDate));
    m_applying = false;
    emitChange();
}

void CompanyFilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CompanyFilterPanel::emitChange()
{
    if (!m_applying) {
        Q_EMIT filterChanged();
    }
}

} // namespace Chipwatch::Ui
