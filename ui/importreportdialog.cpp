// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

ImportReportDialog::ImportReportDialog(const Core::ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(u"importReportDialog"_s);
    setWindowTitle(tr("Import Report"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(summaryText(report), this);
    summary->setObjectName(u"importSummary"_s);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    layout->addWidget(summary);

    auto *counts = new QFormLayout;
    const auto addCount = [this, counts](const QString &label, qsizetype value, const QString &name) {
        auto *field = new QLabel(QString::number(value), this);
        field->setObjectName(name);
        counts->addRow(label, field);
    };
    addCount(tr("Files examined:"), report.filesSeen, u"filesSeenCount"_s);
    addCount(tr("Articles imported:"), report.importedIds.size(), u"importedCount"_s);
    addCount(tr("Already in the library:"), report.duplicates.size(), u"duplicateCount"_s);
    addCount(tr("Refused files:"), report.refused.size(), u"refusedCount"_s);
    if (!report.skipped.isEmpty()) {
        addCount(tr("Not article files:"), report.skipped.size(), u"skippedCount"_s);
    }
    layout->addLayout(counts);

    if (report.cancelled) {
        auto *cancelled =
            new QLabel(tr("The import was cancelled. The articles imported before that remain in the library."), this);
        cancelled->setObjectName(u"importCancelledNote"_s);
        cancelled->setWordWrap(true);
        layout->addWidget(cancelled);
    }

    // Every file the import found is listed with what became of it; the groups that need attention come first and
    // open, the imported files last and closed.
    if (!report.duplicates.isEmpty() || !report.refused.isEmpty() || !report.skipped.isEmpty() ||
        !report.importedFiles.isEmpty()) {
        auto *details = new QTreeWidget(this);
        details->setObjectName(u"importDetails"_s);
        details->setAccessibleName(tr("Files and what became of them"));
        details->setColumnCount(2);
        details->setHeaderLabels({tr("File"), tr("Reason")});
        details->setRootIsDecorated(true);
        details->setUniformRowHeights(true);
        details->setAlternatingRowColors(true);

        if (!report.duplicates.isEmpty()) {
            auto *group = new QTreeWidgetItem(details, {tr("Duplicates (%1)").arg(report.duplicates.size())});
            group->setFirstColumnSpanned(true);
            for (const Core::ImportReport::Duplicate &duplicate : report.duplicates) {
                auto *item = new QTreeWidgetItem(
                    group, {QDir::toNativeSeparators(duplicate.filePath),
                            tr("Same article as library entry #%1").arg(duplicate.existingArticleId)});
                item->setToolTip(0, item->text(0));
            }
            group->setExpanded(true);
        }
        if (!report.refused.isEmpty()) {
            auto *group = new QTreeWidgetItem(details, {tr("Refused (%1)").arg(report.refused.size())});
            group->setFirstColumnSpanned(true);
            for (const Core::RefusedFile &refused : report.refused) {
                auto *item = new QTreeWidgetItem(group, {QDir::toNativeSeparators(refused.filePath), refused.reason});
                item->setToolTip(0, item->text(0));
                item->setToolTip(1, refused.reason);
            }
            group->setExpanded(true);
        }
        if (!report.skipped.isEmpty()) {
            auto *group = new QTreeWidgetItem(details, {tr("Not article files (%1)").arg(report.skipped.size())});
            group->setFirstColumnSpanned(true);
            for (const Core::RefusedFile &skipped : report.skipped) {
                auto *item = new QTreeWidgetItem(group, {QDir::toNativeSeparators(skipped.filePath), skipped.reason});
                item->setToolTip(0, item->text(0));
            }
        }
        if (!report.importedFiles.isEmpty()) {
            auto *group = new QTreeWidgetItem(details, {tr("Imported (%1)").arg(report.importedFiles.size())});
            group->setFirstColumnSpanned(true);
            for (qsizetype i = 0; i < report.importedFiles.size(); ++i) {
                auto *item =
                    new QTreeWidgetItem(group, {QDir::toNativeSeparators(report.importedFiles.at(i)),
                                                tr("Imported as library entry #%1").arg(report.importedIds.value(i))});
                item->setToolTip(0, item->text(0));
            }
        }
        details->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        details->header()->resizeSection(0, 380);
        layout->addWidget(details, 1);
        resize(760, 420);
    } else {
        resize(420, sizeHint().height());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"importReportButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ImportReportDialog::summaryText(const Core::ImportReport &report)
{
    const QString counts = tr("imported: %1, duplicates: %2, refused: %3")
                               .arg(report.importedIds.size())
                               .arg(report.duplicates.size())
                               .arg(report.refused.size());
    return report.cancelled ? tr("Import cancelled: %1").arg(counts) : tr("Import finished: %1").arg(counts);
}

} // namespace Chipwatch::Ui
