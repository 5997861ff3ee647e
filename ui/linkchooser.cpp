// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "linkchooser.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

constexpr int idRole = Qt::UserRole + 1;
constexpr int searchRole = Qt::UserRole + 2;

} // namespace

LinkChooser::LinkChooser(const QString &surface, const Core::KnowledgeBase &kb, QWidget *parent)
    : QDialog(parent)
    , m_surface(surface)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"linkChooser"_s);
    setWindowTitle(tr("Link to an Entity"));
    setModal(false);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(420, 420);

    auto *label = new QLabel(tr("Link \u201C%1\u201D to:").arg(surface), this);
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(m_filter);

    for (const Core::KbEntity &e : kb.entities()) {
        auto *item = new QStandardItem(u"%1 (%2)"_s.arg(e.name, Core::entityTypeName(e.type).toLower()));
        item->setData(e.id, idRole);
        item->setData(QStringList(e.allNames()).join(u' '), searchRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(searchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->sort(0);

    m_filter->setObjectName(u"linkFilterField"_s);
    m_filter->setAccessibleName(tr("Entity name"));
    m_filter->setPlaceholderText(tr("Type to filter the entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { choose(m_list->currentIndex().row()); });

    m_list->setObjectName(u"linkEntityList"_s);
    m_list->setAccessibleName(tr("Entities"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { choose(index.row()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { choose(m_list->currentIndex().row()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_filter->setText(surface);
    m_filter->selectAll();
}

bool LinkChooser::choose(int row)
{
    if (row < 0 || row >= m_proxy->rowCount()) {
        return false;
    }
    Q_EMIT chosen(m_surface, m_proxy->index(row, 0).data(idRole).toString());
    accept();
    return true;
}

} // namespace Chipwatch::Ui
