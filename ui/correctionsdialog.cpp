// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "correctionsdialog.h"

#include "correctioncontroller.h"
#include "entitypanel.h"
#include "storage/analysisstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

constexpr int keyRole = Qt::UserRole + 1;

} // namespace

CorrectionsDialog::CorrectionsDialog(CorrectionController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"correctionsDialog"_s);
    setWindowTitle(tr("Corrections"));
    setAccessibleName(tr("Corrections"));
    setModal(false);
    resize(640, 380);

    auto *intro = new QLabel(tr("Your corrections of the entities found in this library. Removing one is undone "
                                "with Edit \u203A Undo."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(u"correctionsTable"_s);
    m_table->setAccessibleName(tr("Stored corrections"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Text"), tr("Correction"), tr("Entity"), tr("Date")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CorrectionsDialog::updateButtons);

    m_removeButton->setObjectName(u"removeCorrectionButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected correction"));
    m_removeButton->setShortcut(QKeySequence::Delete);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_removeButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_controller, &CorrectionController::changed, this, &CorrectionsDialog::reload);
    reload();
}

void CorrectionsDialog::reload()
{
    const bool sorting = m_table->isSortingEnabled();
    m_table->setSortingEnabled(false);
    const QList<Core::Correction> corrections = m_controller->corrections();
    const std::optional<Core::KnowledgeBase> kb =
        m_controller->library() ? std::optional(Core::AnalysisStore(*m_controller->library()).knowledgeBase())
                                : std::nullopt;
    m_table->clearContents();
    m_table->setRowCount(int(corrections.size()));
    for (int row = 0; row < corrections.size(); ++row) {
        const Core::Correction &c = corrections.at(row);
        QString kind;
        QString entity;
        switch (c.kind) {
        case Core::Correction::Kind::UserEntity:
            kind = tr("Marked as %1").arg(EntityPanel::typeName(c.entity.type));
            entity = tr("%1 (new)").arg(c.entity.name);
            break;
        case Core::Correction::Kind::Rejection:
            kind = tr("Not an entity");
            break;
        case Core::Correction::Kind::Link:
            kind = tr("Linked");
            if (const Core::KbEntity *target = kb ? kb->entity(c.entityId) : nullptr) {
                entity = target->name;
            } else {
                entity = tr("%1 (no longer known)").arg(c.entityId);
            }
            break;
        }
        auto *text = new QTableWidgetItem(c.surface);
        text->setData(keyRole, c.key());
        m_table->setItem(row, 0, text);
        m_table->setItem(row, 1, new QTableWidgetItem(kind));
        auto *entityItem = new QTableWidgetItem(entity);
        entityItem->setToolTip(c.entityId);
        m_table->setItem(row, 2, entityItem);
        m_table->setItem(row, 3,
                         new QTableWidgetItem(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_table->setSortingEnabled(sorting);
    m_table->resizeColumnsToContents();
    updateButtons();
}

bool CorrectionsDialog::removeRow(int row)
{
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, 0) : nullptr;
    if (!item) {
        return false;
    }
    return m_controller->removeCorrection(item->data(keyRole).toString());
}

void CorrectionsDialog::updateButtons()
{
    m_removeButton->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

} // namespace Chipwatch::Ui
