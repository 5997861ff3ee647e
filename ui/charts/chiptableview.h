// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/csvexporter.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Chipwatch::Core {
class ChipTableModel;
class KnowledgeBase;
class Library;
} // namespace Chipwatch::Core

namespace Chipwatch::Ui {

// The chip table of the filtered articles, sortable and filterable. Activating a row emits sourceActivated()
// for the first sentence that names the chip.
class ChipTableView final : public QWidget
{
    Q_OBJECT

public:
    // The library and the knowledge base must outlive the view.
    ChipTableView(Core::Library &library, const Core::KnowledgeBase &kb, QWidget *parent = nullptr);

    void setArticles(const QList<qint64> &articleIds);
    void setArticles(const std::optional<QList<qint64>> &articleIds); // nullopt: all
    void showAllArticles();
    void reload();

    Core::ChipTableModel *model() const { return m_model; }

    QSortFilterProxyModel *proxy() const { return m_proxy; }

    QTableView *table() const { return m_table; }

    QAction *exportChipsAction() const { return m_exportChips; }

    QAction *exportFactsAction() const { return m_exportFacts; }

    // Without dialogs (for scripts and tests): false and a message on failure.
    bool writeChipsCsv(const QString &path, const Core::CsvOptions &options, QString *error) const;
    bool writeFactsCsv(const QString &path, const Core::CsvOptions &options, QString *error) const;

public slots:
    void exportChipsCsv();
    void exportFactsCsv();

signals:
    void sourceActivated(qint64 articleId, qint64 sentenceStart, qint64 sentenceEnd);

private:
    void activate(const QModelIndex &proxyIndex);
    // Asks for a file and the decimal separator; nullopt when cancelled.
    std::optional<std::pair<QString, Core::CsvOptions>> askCsvTarget(const QString &title, const QString &name);

    Core::Library &m_library;
    Core::ChipTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_exportChips = nullptr;
    QAction *m_exportFacts = nullptr;
    std::optional<QList<qint64>> m_articles;
};

} // namespace Chipwatch::Ui
