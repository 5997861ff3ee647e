// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/importer.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace Chipwatch::Ui {

// What an import did: how many articles came in, which files were already in the library and which
// were refused, with the reason for each.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const Core::ImportReport &report, QWidget *parent = nullptr);

    // One line for the status bar.
    static QString summaryText(const Core::ImportReport &report);

    const Core::ImportReport &report() const { return m_report; }

private:
    Core::ImportReport m_report;
};

} // namespace Chipwatch::Ui
