// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "dashboard.h"

#include "charts/chartexporter.h"
#include "charts/chiptableview.h"
#include "charts/mentiontimelineview.h"
#include "charts/metricchartview.h"
#include "extract/knowledgebase.h"
#include "storage/analysisstore.h"
#include "storage/library.h"
#include "workspace/chiptablemodel.h"
#include "workspace/companylistmodel.h"
#include "workspace/conflictdetector.h"
#include "workspace/currencyrates.h"
#include "workspace/facttablemodel.h"
#include "workspace/itemdataroles.h"
#include "workspace/mentiontimelinemodel.h"
#include "workspace/valueformat.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDashboard, "chipwatch.ui.dashboard")

namespace Chipwatch::Ui {

namespace {

// Rates span from yen (0.0067) to gold-like units; a spin box with six decimals edits them without rounding
// the article rates away, in the user's locale.
class RateDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QDoubleSpinBox(parent);
        editor->setDecimals(6);
        editor->setRange(0.000001, 1000000.0);
        editor->setFrame(false);
        editor->setAccessibleName(QCoreApplication::translate("Chipwatch::Ui::Dashboard", "US dollars per unit"));
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
};

QTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setTabKeyNavigation(false); // arrows move between cells, Tab moves on to the next control
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

Dashboard::Dashboard(Core::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_kb(std::make_unique<Core::KnowledgeBase>()) // read by the first refresh
    , m_rates(std::make_unique<Core::CurrencyRates>(library))
{
    setObjectName(u"dashboard"_s);
    setAccessibleName(tr("Dashboard"));

    // What the dashboard shows, and a warning when articles disagree.
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(u"dashboardScope"_s);
    m_scopeLabel->setAccessibleName(tr("Dashboard scope"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_conflictBanner = new QPushButton(this);
    m_conflictBanner->setObjectName(u"conflictBanner"_s);
    m_conflictBanner->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_conflictBanner->setFlat(true);
    m_conflictBanner->setVisible(false);
    m_conflictBanner->setToolTip(tr("Show where articles disagree"));
    connect(m_conflictBanner, &QPushButton::clicked, this, [this] {
        m_tabs->setCurrentIndex(ConflictsTab);
        m_conflictView->setFocus(Qt::OtherFocusReason);
    });
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 6, 6, 0);
    header->addWidget(m_scopeLabel, 1);
    header->addWidget(m_conflictBanner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"dashboardSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createChartsPane());

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setAccessibleName(tr("Tables"));
    m_chipTable = new ChipTableView(m_library, *m_kb, m_tabs);
    m_tabs->insertTab(ChipsTab, m_chipTable, tr("&Chips"));
    m_tabs->insertTab(FactsTab, createFactsTab(), tr("F&acts"));
    m_tabs->insertTab(ConflictsTab, createConflictsTab(), tr("&Disagreements"));
    m_tabs->insertTab(RatesTab, createRatesTab(), tr("Currency &Rates"));
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    connect(m_metricChart, &MetricChartView::sourceActivated, this, &Dashboard::sourceActivated);
    connect(m_timeline, &MentionTimelineView::sourceActivated, this, &Dashboard::sourceActivated);
    connect(m_chipTable, &ChipTableView::sourceActivated, this, &Dashboard::sourceActivated);
    // A user rate changes conversions, and with them which values disagree.
    connect(m_rates.get(), &Core::CurrencyRates::ratesChanged, this, [this] {
        if (!m_stale) {
            fillConflicts();
        }
    });
    createActions();
}

Dashboard::~Dashboard() = default;

QWidget *Dashboard::createChartsPane()
{
    m_chartSplitter = new QSplitter(Qt::Vertical, this);
    m_chartSplitter->setObjectName(u"chartSplitter"_s);
    m_chartSplitter->setChildrenCollapsible(false);
    m_metricChart = new MetricChartView(m_library, m_rates.get(), m_chartSplitter);
    m_timeline = new MentionTimelineView(m_library, m_chartSplitter);
    m_chartSplitter->addWidget(m_metricChart);
    m_chartSplitter->addWidget(m_timeline);
    m_chartSplitter->setStretchFactor(0, 3);
    m_chartSplitter->setStretchFactor(1, 2);
    return m_chartSplitter;
}

QWidget *Dashboard::createFactsTab()
{
    auto *page = new QWidget(this);
    m_facts = new Core::FactTableModel(m_library, this);
    m_factProxy = new QSortFilterProxyModel(this);
    m_factProxy->setSourceModel(m_facts);
    m_factProxy->setSortRole(Core::SortRole);
    m_factProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_factProxy->setFilterKeyColumn(-1);

    m_factFilter = new QLineEdit(page);
    m_factFilter->setObjectName(u"factFilter"_s);
    m_factFilter->setAccessibleName(tr("Filter facts"));
    m_factFilter->setPlaceholderText(tr("Filter subjects, metrics, periods, sentences\u2026"));
    m_factFilter->setClearButtonEnabled(true);
    connect(m_factFilter, &QLineEdit::textChanged, m_factProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_factTable = makeTable(page, u"factTable"_s, tr("Facts"));
    m_factTable->setModel(m_factProxy);
    m_factTable->setSortingEnabled(true);
    m_factTable->sortByColumn(Core::FactTableModel::SubjectColumn, Qt::AscendingOrder);
    m_factTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_factTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_factTable, &QTableView::activated, this, &Dashboard::activateSource);

    auto *hint = new QLabel(tr("Double-click or press Enter on a fact to read its sentence."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_factFilter);
    layout->addWidget(m_factTable, 1);
    layout->addWidget(hint);
    return page;
}

QWidget *Dashboard::createConflictsTab()
{
    auto *page = new QWidget(this);
    m_conflicts = new QStandardItemModel(this);
    m_conflictView = new QTreeView(page);
    m_conflictView->setObjectName(u"conflictView"_s);
    m_conflictView->setAccessibleName(tr("Disagreements between articles"));
    m_conflictView->setModel(m_conflicts);
    m_conflictView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictView->setAlternatingRowColors(true);
    m_conflictView->setUniformRowHeights(true);
    m_conflictView->setWordWrap(false);
    connect(m_conflictView, &QTreeView::activated, this, &Dashboard::activateSource);

    auto *hint = new QLabel(tr("Each disagreement lists every article that states the fact. Double-click or press "
                               "Enter on a source to read it."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_conflictView, 1);
    layout->addWidget(hint);
    return page;
}

QWidget *Dashboard::createRatesTab()
{
    auto *page = new QWidget(this);
    m_rateModel = new Core::CurrencyRatesModel(*m_rates, this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_rateModel);
    proxy->setSortRole(Core::SortRole);
    m_rateTable = makeTable(page, u"rateTable"_s, tr("Currency rates"));
    m_rateTable->setModel(proxy);
    m_rateTable->setSortingEnabled(true);
    m_rateTable->sortByColumn(Core::CurrencyRatesModel::CurrencyColumn, Qt::AscendingOrder);
    m_rateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rateTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    m_rateTable->setItemDelegateForColumn(Core::CurrencyRatesModel::RateColumn, new RateDelegate(m_rateTable));
    m_rateTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_rateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Dashboard::updateRateButtons);
    connect(m_rateModel, &QAbstractItemModel::modelReset, this, [this] {
        m_rateTable->resizeColumnsToContents();
        updateRateButtons();
    });
    connect(m_rateModel, &QAbstractItemModel::dataChanged, this, [this] {
        m_rateMessage->setText(m_rateModel->lastError());
        updateRateButtons();
    });

    m_rateMessage = new QLabel(page);
    m_rateMessage->setObjectName(u"rateMessage"_s);
    m_rateMessage->setWordWrap(true);
    m_rateMessage->setTextFormat(Qt::PlainText);

    m_resetRateButton = new QPushButton(tr("Use the &Articles' Rate"), page);
    m_resetRateButton->setObjectName(u"resetRateButton"_s);
    m_resetRateButton->setToolTip(tr("Drop your rate for the selected currency"));
    connect(m_resetRateButton, &QPushButton::clicked, this, &Dashboard::resetSelectedRate);

    // A rate for a currency no article states.
    m_newCurrency = new QLineEdit(page);
    m_newCurrency->setObjectName(u"newCurrencyField"_s);
    m_newCurrency->setAccessibleName(tr("Currency code"));
    m_newCurrency->setPlaceholderText(tr("Code, e.g. JPY"));
    m_newCurrency->setMaxLength(3);
    m_newCurrency->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_newCurrency));
    m_newRate = new QLineEdit(page);
    m_newRate->setObjectName(u"newRateField"_s);
    m_newRate->setAccessibleName(tr("US dollars per unit"));
    m_newRate->setPlaceholderText(tr("US dollars per unit"));
    auto *validator = new QDoubleValidator(0.000001, 1000000.0, 6, m_newRate);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_newRate->setValidator(validator);
    m_addRateButton = new QPushButton(tr("A&dd Rate"), page);
    m_addRateButton->setObjectName(u"addRateButton"_s);
    connect(m_addRateButton, &QPushButton::clicked, this, &Dashboard::addUserRate);
    connect(m_newRate, &QLineEdit::returnPressed, this, &Dashboard::addUserRate);
    const auto updateAdd = [this] {
        m_addRateButton->setEnabled(m_newCurrency->text().size() == 3 && m_newRate->hasAcceptableInput());
    };
    connect(m_newCurrency, &QLineEdit::textChanged, this, updateAdd);
    connect(m_newRate, &QLineEdit::textChanged, this, updateAdd);
    updateAdd();

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newCurrency);
    addRow->addWidget(m_newRate, 1);
    addRow->addWidget(m_addRateButton);
    addRow->addSpacing(12);
    addRow->addWidget(m_resetRateButton);

    auto *hint = new QLabel(tr("Rates are what one unit is worth in US dollars. The articles' rates come from "
                               "sentences that give an amount in two currencies; double-click a rate to use your "
                               "own."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_rateTable, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_rateMessage);
    layout->addWidget(hint);
    updateRateButtons();
    return page;
}

void Dashboard::createActions()
{
    m_exportFigures = new QAction(tr("Export &Figures Chart\u2026"), this);
    m_exportFigures->setObjectName(u"exportFiguresChartAction"_s);
    m_exportFigures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportFigures->setStatusTip(tr("Save the figures chart as PNG, SVG or PDF with its sources"));
    connect(m_exportFigures, &QAction::triggered, this, [this] {
        ensureCurrent();
        m_metricChart->exportChart();
    });
    m_copyFigures = new QAction(tr("Copy Figures &Chart"), this);
    m_copyFigures->setObjectName(u"copyFiguresChartAction"_s);
    m_copyFigures->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyFigures, &QAction::triggered, this, [this] {
        ensureCurrent();
        m_metricChart->copyToClipboard();
    });
    m_exportTimeline = new QAction(tr("Export &Mentions Chart\u2026"), this);
    m_exportTimeline->setObjectName(u"exportTimelineChartAction"_s);
    m_exportTimeline->setStatusTip(tr("Save the mentions-over-time chart as PNG, SVG or PDF"));
    connect(m_exportTimeline, &QAction::triggered, this, [this] {
        ensureCurrent();
        exportChartInteractively(this, m_timeline->chart(), u"mentions"_s, timelineFootnote());
    });
    m_copyTimeline = new QAction(tr("Copy Mentions C&hart"), this);
    m_copyTimeline->setObjectName(u"copyTimelineChartAction"_s);
    connect(m_copyTimeline, &QAction::triggered, this, [this] {
        ensureCurrent();
        copyChartToClipboard(m_timeline, m_timeline->chart(), timelineFootnote());
    });
    // The views' own export shortcuts would clash with the window's: the menu carries them.
    m_metricChart->exportAction()->setShortcut({});
    m_metricChart->copyAction()->setShortcut({});

    m_exportChips = new QAction(tr("Export Chip &Table as CSV…"), this);
    m_exportChips->setObjectName(u"exportChipsCsvAction"_s);
    m_exportChips->setStatusTip(tr("Save the chip table of the filtered articles as CSV"));
    connect(m_exportChips, &QAction::triggered, this, [this] {
        ensureCurrent();
        m_chipTable->exportChipsCsv();
    });
    m_exportFacts = new QAction(tr("Export F&acts as CSV…"), this);
    m_exportFacts->setObjectName(u"exportFactsCsvAction"_s);
    m_exportFacts->setStatusTip(tr("Save every fact of the filtered articles, with its sentence, as CSV"));
    connect(m_exportFacts, &QAction::triggered, this, [this] {
        ensureCurrent();
        m_chipTable->exportFactsCsv();
    });
}

void Dashboard::setFilter(const Core::ArticleFilter &filter)
{
    m_filter = filter;
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void Dashboard::reload()
{
    libraryChanged();
    m_stale = true;
    if (isVisible()) {
        refresh();
    }
}

void Dashboard::ensureCurrent()
{
    if (m_stale) {
        refresh();
    }
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

void Dashboard::refresh()
{
    // Still stale while the rates reload, so that their change signal does not look for conflicts in the
    // articles of the previous filter; fillConflicts() below does it once.
    // Neither depends on the filter: they are read when the library has changed, not on every filter change.
    if (std::exchange(m_libraryChanged, false)) {
        // The user's knowledge-base entries (corrections) change vendors and kinds in the chip table.
        *m_kb = Core::AnalysisStore(m_library).knowledgeBase();
        QString error;
        if (!m_rates->reload(&error)) {
            qCWarning(lcDashboard) << "cannot read the currency rates:" << error;
            m_rateMessage->setText(tr("Cannot read the currency rates: %1").arg(error));
        }
    }
    m_articles = m_filter.isEmpty() ? std::nullopt : std::optional(m_filter.matchingArticles(m_library));

    m_metricChart->setScope(m_articles, m_filter.companies);
    m_timeline->setScope(m_articles, timelineCompanies());
    m_chipTable->setArticles(m_articles);
    if (m_articles) {
        m_facts->setArticles(*m_articles);
    } else {
        m_facts->showAllArticles();
    }
    m_facts->reload();
    m_factTable->resizeColumnsToContents();
    fillConflicts();

    const qint64 total = m_library.articleCount();
    const QString articles = m_articles ? tr("%1 of %2 articles").arg(m_articles->size()).arg(total)
                                        : tr("All %n article(s)", nullptr, int(total));
    const QString described = m_filter.describe();
    m_scopeLabel->setText(described.isEmpty() ? articles : tr("%1 \u2014 %2").arg(articles, described));
    m_stale = false;
}

QStringList Dashboard::timelineCompanies() const
{
    if (!m_filter.companies.isEmpty()) {
        return m_filter.companies;
    }
    return Core::CompanyListModel::mostMentioned(m_library, m_articles, timelineTopCompanies);
}

QString Dashboard::timelineFootnote() const
{
    return sourcesFootnote(*m_timeline->model(), m_library);
}

int Dashboard::conflictCount() const
{
    return m_conflicts->rowCount();
}

void Dashboard::fillConflicts()
{
    const QList<Core::FactConflict> conflicts = Core::ConflictDetector(m_library, m_rates.get()).detect(m_articles);
    m_conflicts->clear();
    m_conflicts->setHorizontalHeaderLabels({tr("Fact and source"), tr("Stated"), tr("Article date"), tr("Sentence")});
    for (const Core::FactConflict &conflict : conflicts) {
        QString what = conflict.subject;
        if (!conflict.metric.isEmpty()) {
            what += u", "_s + Core::metricLabel(conflict.metric);
        }
        if (!conflict.period.isEmpty()) {
            what += u", "_s + conflict.period;
        }
        auto *top = new QStandardItem(what);
        top->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        top->setToolTip(conflict.describe());
        auto *kind = new QStandardItem(conflict.kind == Core::FactConflict::Kind::Value ? tr("different values")
                                                                                        : tr("different runs"));
        QList<QStandardItem *> row{top, kind, new QStandardItem, new QStandardItem};
        for (const Core::ConflictSource &source : conflict.sources) {
            const QString stated = conflict.kind == Core::FactConflict::Kind::Value
                                       ? Core::formatValue(source.value, source.unit)
                                       : source.phrase;
            auto *title = new QStandardItem(source.articleTitle);
            title->setToolTip(source.articleTitle);
            auto *value = new QStandardItem(stated);
            auto *date = new QStandardItem(source.articleDate);
            auto *sentence = new QStandardItem(source.sentenceText.simplified());
            sentence->setToolTip(source.sentenceText);
            for (QStandardItem *item : {title, value, date, sentence}) {
                item->setData(source.source.articleId, Core::ArticleIdRole);
                item->setData(source.source.sentence.start, Core::SentenceStartRole);
                item->setData(source.source.sentence.end, Core::SentenceEndRole);
            }
            top->appendRow({title, value, date, sentence});
        }
        m_conflicts->appendRow(row);
    }
    m_conflictView->expandAll();
    for (int column = 0; column < 3; ++column) {
        m_conflictView->resizeColumnToContents(column);
    }
    // Long headlines would push the values out of sight; the tooltip and the reader have them whole.
    m_conflictView->setColumnWidth(0, std::min(m_conflictView->columnWidth(0), 280));
    m_tabs->setTabText(ConflictsTab,
                       conflicts.isEmpty() ? tr("&Disagreements") : tr("&Disagreements (%1)").arg(conflicts.size()));
    updateConflictBanner();
}

void Dashboard::updateConflictBanner()
{
    const int count = conflictCount();
    m_conflictBanner->setVisible(count > 0);
    m_conflictBanner->setText(tr("Articles disagree on %n fact(s)", nullptr, count));
    m_conflictBanner->setAccessibleName(m_conflictBanner->text());
}

void Dashboard::activateSource(const QModelIndex &index)
{
    const QVariant article = index.data(Core::ArticleIdRole);
    if (!article.isValid() || article.toLongLong() <= 0) {
        return; // a conflict's heading, not one of its sources
    }
    Q_EMIT sourceActivated(article.toLongLong(), index.data(Core::SentenceStartRole).toLongLong(),
                           index.data(Core::SentenceEndRole).toLongLong());
}

void Dashboard::updateRateButtons()
{
    const QModelIndex current = m_rateTable->selectionModel()->currentIndex();
    // Only a rate of the user's own can go back to the articles' one.
    bool userRate = false;
    if (current.isValid()) {
        const QString currency = current.siblingAtColumn(Core::CurrencyRatesModel::CurrencyColumn).data().toString();
        const auto rate = m_rates->rate(currency);
        userRate = rate && rate->origin == Core::CurrencyRate::Origin::User;
    }
    m_resetRateButton->setEnabled(userRate);
}

void Dashboard::resetSelectedRate()
{
    const QModelIndex current = m_rateTable->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString currency = current.siblingAtColumn(Core::CurrencyRatesModel::CurrencyColumn).data().toString();
    QString error;
    if (!m_rates->resetRate(currency, &error)) {
        m_rateMessage->setText(error);
        return;
    }
    m_rateMessage->clear();
}

void Dashboard::addUserRate()
{
    if (!m_addRateButton->isEnabled()) {
        return;
    }
    const QString currency = m_newCurrency->text().toUpper();
    const double rate = QLocale().toDouble(m_newRate->text());
    QString error;
    if (!m_rates->setUserRate(currency, rate, &error)) {
        m_rateMessage->setText(error);
        return;
    }
    m_rateMessage->setText(tr("%1 is now worth %2 US dollars.").arg(currency, QLocale().toString(rate, 'g', 6)));
    m_newCurrency->clear();
    m_newRate->clear();
}

QVariantMap Dashboard::saveState() const
{
    return {
        {u"splitter"_s, m_splitter->saveState()},   {u"charts"_s, m_chartSplitter->saveState()},
        {u"tab"_s, m_tabs->currentIndex()},         {u"metric"_s, m_metricChart->currentMetric()},
        {u"currency"_s, m_metricChart->currency()}, {u"forecasts"_s, m_metricChart->includeForecasts()},
    };
}

void Dashboard::restoreState(const QVariantMap &state)
{
    // Splitters without a saved state share out by their proportions, not by the children's size hints.
    if (!m_splitter->restoreState(state.value(u"splitter"_s).toByteArray())) {
        m_splitter->setSizes({600, 440});
    }
    if (!m_chartSplitter->restoreState(state.value(u"charts"_s).toByteArray())) {
        m_chartSplitter->setSizes({560, 380});
    }
    const int tab = state.value(u"tab"_s, int(ChipsTab)).toInt();
    if (tab >= 0 && tab < m_tabs->count()) {
        m_tabs->setCurrentIndex(tab);
    }
    const QString metric = state.value(u"metric"_s).toString();
    if (!metric.isEmpty()) {
        m_metricChart->setMetric(metric);
    }
    m_metricChart->setCurrency(state.value(u"currency"_s).toString());
    m_metricChart->setIncludeForecasts(state.value(u"forecasts"_s, false).toBool());
}

} // namespace Chipwatch::Ui
