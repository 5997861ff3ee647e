// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/articlefilter.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Chipwatch::Core {
class CurrencyRates;
class CurrencyRatesModel;
class FactTableModel;
class KnowledgeBase;
class Library;
} // namespace Chipwatch::Core

namespace Chipwatch::Ui {

class ChipTableView;
class MentionTimelineView;
class MetricChartView;

// The analyst's overview of the filtered articles: figures by metric and mentions over time on the left, the
// chip table, every fact, the disagreements between articles and the currency rates on the right. Everything
// follows the workspace filter (companies, dates, search). Every bar, point and row leads to its source
// sentence through sourceActivated().
//
// Reading the library is cheap for thousands of articles but not free, so a hidden dashboard only notes that
// it is out of date and catches up when it is shown.
class Dashboard final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ChipsTab, FactsTab, ConflictsTab, RatesTab };

    // The library must outlive the dashboard.
    explicit Dashboard(Core::Library &library, QWidget *parent = nullptr);
    ~Dashboard() override;

    // The articles, companies and dates to show. The companies also choose the bars and lines: without any,
    // the chart shows every subject and the timeline the most-mentioned companies.
    void setFilter(const Core::ArticleFilter &filter);

    Core::ArticleFilter filter() const { return m_filter; }

    // Reads the library again: after an import, an analysis refresh or a correction.
    void reload();

    // Notes that the library changed (facts, user entities) without reading it yet: the next refresh reads the
    // knowledge base and the currency rates again, which a change of the filter alone does not need.
    void libraryChanged() { m_libraryChanged = true; }

    // Brings a view up to date now even when hidden (tests, exports from the menu).
    void ensureCurrent();

    MetricChartView *metricChart() const { return m_metricChart; }

    MentionTimelineView *timeline() const { return m_timeline; }

    ChipTableView *chipTable() const { return m_chipTable; }

    QTableView *factTable() const { return m_factTable; }

    QTreeView *conflictView() const { return m_conflictView; }

    QTableView *rateTable() const { return m_rateTable; }

    Core::CurrencyRates *currencyRates() const { return m_rates.get(); }

    QTabWidget *tabs() const { return m_tabs; }

    int conflictCount() const;

    // The companies the timeline shows: the filter's, else the most-mentioned ones of the filtered articles.
    QStringList timelineCompanies() const;

    QString timelineFootnote() const;

    // For the main window's menus; each works on the dashboard whether or not it is on screen.
    QAction *exportFiguresChartAction() const { return m_exportFigures; }

    QAction *copyFiguresChartAction() const { return m_copyFigures; }

    QAction *exportTimelineAction() const { return m_exportTimeline; }

    QAction *copyTimelineAction() const { return m_copyTimeline; }

    QAction *exportChipsCsvAction() const { return m_exportChips; }

    QAction *exportFactsCsvAction() const { return m_exportFacts; }

    // State worth keeping across sessions: splitter positions, the tab, metric and currency.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

    // The "most mentioned" fallback of the timeline.
    static constexpr int timelineTopCompanies = 5;

Q_SIGNALS:
    void sourceActivated(qint64 articleId, qint64 sentenceStart, qint64 sentenceEnd);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createChartsPane();
    QWidget *createFactsTab();
    QWidget *createConflictsTab();
    QWidget *createRatesTab();
    void createActions();
    void refresh();
    void fillConflicts();
    void updateConflictBanner();
    void activateSource(const QModelIndex &index);
    void updateRateButtons();
    void resetSelectedRate();
    void addUserRate();

    Core::Library &m_library;
    std::unique_ptr<Core::KnowledgeBase> m_kb;
    std::unique_ptr<Core::CurrencyRates> m_rates;
    Core::ArticleFilter m_filter;
    std::optional<QList<qint64>> m_articles; // nullopt: every article
    bool m_stale = true;
    bool m_libraryChanged = true; // the knowledge base and the rates are read before the first refresh

    QSplitter *m_splitter = nullptr;
    QSplitter *m_chartSplitter = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QPushButton *m_conflictBanner = nullptr;
    MetricChartView *m_metricChart = nullptr;
    MentionTimelineView *m_timeline = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChipTableView *m_chipTable = nullptr;
    Core::FactTableModel *m_facts = nullptr;
    QSortFilterProxyModel *m_factProxy = nullptr;
    QLineEdit *m_factFilter = nullptr;
    QTableView *m_factTable = nullptr;
    QStandardItemModel *m_conflicts = nullptr;
    QTreeView *m_conflictView = nullptr;
    Core::CurrencyRatesModel *m_rateModel = nullptr;
    QTableView *m_rateTable = nullptr;
    QLabel *m_rateMessage = nullptr;
    QPushButton *m_resetRateButton = nullptr;
    QLineEdit *m_newCurrency = nullptr;
    QLineEdit *m_newRate = nullptr;
    QPushButton *m_addRateButton = nullptr;

    QAction *m_exportFigures = nullptr;
    QAction *m_copyFigures = nullptr;
    QAction *m_exportTimeline = nullptr;
    QAction *m_copyTimeline = nullptr;
    QAction *m_exportChips = nullptr;
    QAction *m_exportFacts = nullptr;
};

} // namespace Chipwatch::Ui
