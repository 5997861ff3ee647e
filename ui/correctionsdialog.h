// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Chipwatch::Ui {

class CorrectionController;

// Edit > Corrections…: every correction stored in the library (marked entities, rejected and linked
// names), non-modal, with Remove (undoable like every correction). Follows the controller's changes.
class CorrectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectionsDialog(CorrectionController *controller, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // Lists the stored corrections again.
    void reload();
    // What Remove does for the correction in `row`.
    bool removeRow(int row);

private:
    void updateButtons();

    CorrectionController *m_controller;
    QTableWidget *m_table;
    QPushButton *m_removeButton;
};

} // namespace Chipwatch::Ui
