// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "charts/chiptableview.h"

#include "workspace/chiptablemodel.h"
#include "workspace/factrecords.h"
#include "workspace/itemdataroles.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

ChipTableView::ChipTableView(Core::Library &library, const Core::KnowledgeBase &kb, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new Core::ChipTableModel(library, kb, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"chipTableView"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Core::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"chipFilter"_s);
    m_filter->setAccessibleName(tr("Filter chips"));
    m_filter->setPlaceholderText(tr("Filter chips, vendors, purposes\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(u"chipTable"_s);
    m_table->setAccessibleName(tr("Chip table"));
    m_table->setTabKeyNavigation(false); // arrows move between cells, Tab moves on to the next control
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, &ChipTableView::activate);

    m_exportChips = new QAction(tr("Export Chip Table as CSV\u2026"), this);
    m_exportChips->setObjectName(u"exportChipsCsvAction"_s);
    connect(m_exportChips, &QAction::triggered, this, &ChipTableView::exportChipsCsv);
    m_exportFacts = new QAction(tr("Export Facts as CSV\u2026"), this);
    m_exportFacts->setObjectName(u"exportFactsCsvAction"_s);
    connect(m_exportFacts, &QAction::triggered, this, &ChipTableView::exportFactsCsv);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    reload();
}

void ChipTableView::setArticles(const QList<qint64> &articleIds)
{
    m_articles = articleIds;
    m_model->setArticles(articleIds);
    reload();
}

void ChipTableView::setArticles(const std::optional<QList<qint64>> &articleIds)
{
    if (articleIds) {
        setArticles(*articleIds);
    } else {
        showAllArticles();
    }
}

void ChipTableView::showAllArticles()
{
    m_articles.reset();
    m_model->showAllArticles();
    reload();
}

void ChipTableView::reload()
{
    m_model->reload();
    m_table->resizeColumnsToContents();
}

void ChipTableView::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const QVariant article = m_model->data(index, Core::ArticleIdRole);
    if (article.isValid() && article.toLongLong() > 0) {
        emit sourceActivated(article.toLongLong(), m_model->data(index, Core::SentenceStartRole).toLongLong(),
                             m_model->data(index, Core::SentenceEndRole).toLongLong());
    }
}

bool ChipTableView::writeChipsCsv(const QString &path, const Core::CsvOptions &options, QString *error) const
{
    return Core::CsvExporter::writeChips(path, m_model->entries(), options, error);
}

bool ChipTableView::writeFactsCsv(const QString &path, const Core::CsvOptions &options, QString *error) const
{
    return Core::CsvExporter::writeFacts(path, Core::loadFacts(m_library, m_articles), options, error);
}

std::optional<std::pair<QString, Core::CsvOptions>> ChipTableView::askCsvTarget(const QString &title,
                                                                                const QString &name)
{
    const QStringList choices{tr("Decimal point (1.5), fields separated by commas"),
                              tr("Decimal comma (1,5), fields separated by semicolons")};
    const QString defaultChoice = locale().decimalPoint() == u","_s ? choices.at(1) : choices.at(0);
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, title, tr("Numbers:"), choices, int(choices.indexOf(defaultChoice)), false, &ok);
    if (!ok) {
        return std::nullopt;
    }
    QString path = QFileDialog::getSaveFileName(this, title, name, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return std::nullopt;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".csv"_s;
    }
    Core::CsvOptions options;
    options.decimal = choice == choices.at(1) ? Core::CsvOptions::Decimal::Comma : Core::CsvOptions::Decimal::Point;
    return std::make_pair(path, options);
}

void ChipTableView::exportChipsCsv()
{
    const auto target = askCsvTarget(tr("Export Chip Table"), u"chips.csv"_s);
    QString error;
    if (target && !writeChipsCsv(target->first, target->second, &error)) {
        QMessageBox::warning(this, tr("Export Chip Table"), error);
    }
}

void ChipTableView::exportFactsCsv()
{
    const auto target = askCsvTarget(tr("Export Facts"), u"facts.csv"_s);
    QString error;
    if (target && !writeFactsCsv(target->first, target->second, &error)) {
        QMessageBox::warning(this, tr("Export Facts"), error);
    }
}

} // namespace Chipwatch::Ui
