// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "mainwindow.h"

#include "analysisjob.h"
#include "articletablemodel.h"
#include "companyfilterpanel.h"
#include "correctioncontroller.h"
#include "correctionsdialog.h"
#include "dashboard.h"
#include "entitylegend.h"
#include "entitypanel.h"
#include "importjob.h"
#include "importreportdialog.h"
#include "linkchooser.h"
#include "readerview.h"
#include "settings.h"
#include "storage/analysisstore.h"
#include "storage/library.h"
#include "storage/libraryrecovery.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMainWindow, "chipwatch.ui.mainwindow")

namespace Chipwatch::Ui {

namespace {

constexpr int statusMessageMs = 8000;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_model(new ArticleTableModel(this))
    , m_analyzerCache(std::make_shared<Core::AnalyzerCache>())
    , m_importJob(new ImportJob(this, m_analyzerCache))
    , m_analysisJob(new AnalysisJob(m_analyzerCache, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Chipwatch"));
    setWindowIcon(QIcon(u":/icons/chipwatch.svg"_s));
    setAcceptDrops(true);

    createActions();
    createMenus();
    createEditMenu();
    createToolBar();
    createCentralWidget();
    createFilterDock();
    createEntityDock();
    createStatusBar();
    restoreLayout();
    connectCorrections();

    connect(m_importJob, &ImportJob::started, this, &MainWindow::onImportStarted);
    connect(m_importJob, &ImportJob::progress, this, &MainWindow::onImportProgress);
    connect(m_importJob, &ImportJob::finished, this, &MainWindow::onImportFinished);
    connect(m_analysisJob, &AnalysisJob::progress, this, &MainWindow::onAnalysisProgress);
    connect(m_analysisJob, &AnalysisJob::finished, this, &MainWindow::onAnalysisFinished);
    connect(m_model, &ArticleTableModel::listUpdated, this, &MainWindow::onListUpdated);
    connect(m_model, &ArticleTableModel::queryStarted, this, [this] { m_countLabel->setText(tr("Searching\u2026")); });
    connect(m_model, &ArticleTableModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Database error: %1").arg(message)); });

    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The import worker and the model use the library, which goes before the QObject children do.
    m_importJob->cancel();
    m_importJob->waitForFinished();
    stopAnalysis();
    delete m_dashboard; // it reads the library
    m_entityPanel->setLibrary(nullptr);
    m_corrections->setLibrary(nullptr);
    m_model->setLibrary(nullptr);
}

void MainWindow::createActions()
{
    m_importFilesAction = new QAction(QIcon(u":/icons/import-files.svg"_s), tr("&Import Files\u2026"), this);
    m_importFilesAction->setObjectName(u"importFilesAction"_s);
    m_importFilesAction->setShortcut(QKeySequence::Open);
    m_importFilesAction->setStatusTip(tr("Import article files (text, Markdown, HTML, JSON) into the library"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::importFiles);

    m_importFolderAction = new QAction(QIcon(u":/icons/import-folder.svg"_s), tr("Import &Folder\u2026"), this);
    m_importFolderAction->setObjectName(u"importFolderAction"_s);
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_importFolderAction->setStatusTip(tr("Import every article file in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::importFolder);

    m_newLibraryAction = new QAction(tr("&New Library\u2026"), this);
    m_newLibraryAction->setObjectName(u"newLibraryAction"_s);
    m_newLibraryAction->setShortcut(QKeySequence::New);
    connect(m_newLibraryAction, &QAction::triggered, this, &MainWindow::newLibrary);

    m_openLibraryAction = new QAction(tr("Open &Library\u2026"), this);
    m_openLibraryAction->setObjectName(u"openLibraryAction"_s);
    m_openLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_openLibraryAction, &QAction::triggered, this, &MainWindow::chooseLibrary);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_showOriginalAction = new QAction(QIcon(u":/icons/show-original.svg"_s), tr("Show &Original"), this);
    m_showOriginalAction->setObjectName(u"showOriginalAction"_s);
    m_showOriginalAction->setCheckable(true);
    m_showOriginalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_showOriginalAction->setStatusTip(tr("Show the whole text of the file, with the removed clutter greyed"));

    m_findAction = new QAction(tr("&Find\u2026"), this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_articlesPageAction = new QAction(tr("&Articles"), this);
    m_articlesPageAction->setObjectName(u"articlesPageAction"_s);
    m_articlesPageAction->setCheckable(true);
    m_articlesPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_articlesPageAction->setStatusTip(tr("The article list and the reader"));
    connect(m_articlesPageAction, &QAction::triggered, this, [this] { showPage(Page::Articles); });
    m_dashboardPageAction = new QAction(tr("&Dashboard"), this);
    m_dashboardPageAction->setObjectName(u"dashboardPageAction"_s);
    m_dashboardPageAction->setCheckable(true);
    m_dashboardPageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_dashboardPageAction->setStatusTip(tr("Charts, the chip table and the facts of the filtered articles"));
    connect(m_dashboardPageAction, &QAction::triggered, this, [this] { showPage(Page::Dashboard); });
    auto *pages = new QActionGroup(this);
    pages->addAction(m_articlesPageAction);
    pages->addAction(m_dashboardPageAction);
    m_articlesPageAction->setChecked(true);

    // The dashboard is made per library; these stay and pass the request on to the one in use.
    m_exportFiguresAction = new QAction(tr("&Figures Chart as Image…"), this);
    m_exportFiguresAction->setObjectName(u"exportFiguresChartAction"_s);
    m_exportFiguresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportFiguresAction->setStatusTip(tr("Save the figures chart as PNG, SVG or PDF, with its sources"));
    connect(m_exportFiguresAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::exportFiguresChartAction); });
    m_exportTimelineAction = new QAction(tr("&Mentions Chart as Image…"), this);
    m_exportTimelineAction->setObjectName(u"exportTimelineChartAction"_s);
    m_exportTimelineAction->setStatusTip(tr("Save the mentions-over-time chart as PNG, SVG or PDF"));
    connect(m_exportTimelineAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::exportTimelineAction); });
    m_exportChipsAction = new QAction(tr("&Chip Table as CSV…"), this);
    m_exportChipsAction->setObjectName(u"exportChipsCsvAction"_s);
    m_exportChipsAction->setStatusTip(tr("Save the chip table of the filtered articles as CSV"));
    connect(m_exportChipsAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::exportChipsCsvAction); });
    m_exportFactsAction = new QAction(tr("F&acts as CSV…"), this);
    m_exportFactsAction->setObjectName(u"exportFactsCsvAction"_s);
    m_exportFactsAction->setStatusTip(tr("Save every fact of the filtered articles, with its sentence, as CSV"));
    connect(m_exportFactsAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::exportFactsCsvAction); });
    m_copyFiguresAction = new QAction(tr("Copy &Figures Chart"), this);
    m_copyFiguresAction->setObjectName(u"copyFiguresChartAction"_s);
    m_copyFiguresAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyFiguresAction->setStatusTip(tr("Copy the figures chart to the clipboard as an image"));
    connect(m_copyFiguresAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::copyFiguresChartAction); });
    m_copyTimelineAction = new QAction(tr("Copy &Mentions Chart"), this);
    m_copyTimelineAction->setObjectName(u"copyTimelineChartAction"_s);
    m_copyTimelineAction->setStatusTip(tr("Copy the mentions-over-time chart to the clipboard as an image"));
    connect(m_copyTimelineAction, &QAction::triggered, this,
            [this] { forwardToDashboard(&Dashboard::copyTimelineAction); });

    m_aboutAction = new QAction(tr("&About Chipwatch"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(u"exportMenu"_s);
    exportMenu->addAction(m_exportFiguresAction);
    exportMenu->addAction(m_exportTimelineAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_exportChipsAction);
    exportMenu->addAction(m_exportFactsAction);
    file->addSeparator();
    file->addAction(m_newLibraryAction);
    file->addAction(m_openLibraryAction);
    m_recentMenu = file->addMenu(tr("&Recent Libraries"));
    m_recentMenu->setObjectName(u"recentLibrariesMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // so that the submenu is disabled from the start when there is nothing in it
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_editMenu = edit;
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_copyFiguresAction);
    edit->addAction(m_copyTimelineAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    m_viewMenu = view;
    view->addAction(m_articlesPageAction);
    view->addAction(m_dashboardPageAction);
    view->addSeparator();
    view->addAction(m_showOriginalAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_importFilesAction);
    toolBar->addAction(m_importFolderAction);
    toolBar->addSeparator();
    toolBar->addAction(m_articlesPageAction);
    toolBar->addAction(m_dashboardPageAction);
    toolBar->addSeparator();
    toolBar->addAction(m_showOriginalAction);
}

void MainWindow::createCentralWidget()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    auto *listPane = new QWidget(m_splitter);
    listPane->setObjectName(u"articleListPane"_s);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(6, 6, 0, 6);
    listLayout->setSpacing(6);

    m_searchField = new QLineEdit(listPane);
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setAccessibleName(tr("Search articles"));
    m_searchField->setPlaceholderText(
        tr("Search titles and text (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    listLayout->addWidget(m_searchField);

    // Debounced: the query runs once the user pauses typing, not on every key.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(u"searchTimer"_s);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        m_model->setFilterText(m_searchField->text());
    });
    connect(m_searchTimer, &QTimer::timeout, this, [this] { m_model->setFilterText(m_searchField->text()); });
    connect(m_model, &ArticleTableModel::listUpdated, this, [this] {
        if (m_filter.searchText != m_model->filterText()) {
            m_filter.searchText = m_model->filterText();
            applyArticleFilter();
        }
    });

    // The active filter, in words, with a one-click way out.
    m_filterBar = new QWidget(listPane);
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLabel = new QLabel(m_filterBar);
    m_filterLabel->setObjectName(u"activeFilterLabel"_s);
    m_filterLabel->setAccessibleName(tr("Active filter"));
    m_filterLabel->setWordWrap(true);
    m_clearFilterButton = new QPushButton(tr("Clear"), m_filterBar);
    m_clearFilterButton->setObjectName(u"clearFilterButton"_s);
    m_clearFilterButton->setAccessibleName(tr("Clear the filter"));
    connect(m_clearFilterButton, &QPushButton::clicked, this, &MainWindow::clearArticleFilter);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(m_clearFilterButton);
    m_filterBar->setVisible(false);
    listLayout->addWidget(m_filterBar);

    m_articleView = new QTableView(listPane);
    m_articleView->setObjectName(u"articleView"_s);
    m_articleView->setAccessibleName(tr("Articles"));
    m_articleView->setTabKeyNavigation(false); // arrows move between rows, Tab moves on to the reader
    m_articleProxy = new ArticleIdFilterProxy(this);
    m_articleProxy->setSourceModel(m_model);
    m_articleView->setModel(m_articleProxy);
    m_articleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articleView->setAlternatingRowColors(true);
    m_articleView->setShowGrid(false);
    m_articleView->setWordWrap(false);
    m_articleView->setTextElideMode(Qt::ElideRight);
    m_articleView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights keep the view from measuring rows, which is what keeps 100,000 rows smooth.
    QHeaderView *rows = m_articleView->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_articleView->horizontalHeader();
    columns->setObjectName(u"articleHeader"_s);
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = fontMetrics();
    columns->resizeSection(ArticleTableModel::SourceColumn, metrics.horizontalAdvance(u"Handelsblatt Online"_s));
    columns->resizeSection(ArticleTableModel::DateColumn, metrics.horizontalAdvance(u"0000-00-00"_s) + 36);
    columns->resizeSection(ArticleTableModel::LanguageColumn, std::max(metrics.horizontalAdvance(tr("Language")) + 30,
                                                                       metrics.horizontalAdvance(u"MM"_s)));
    columns->setSortIndicator(ArticleTableModel::DateColumn, Qt::DescendingOrder);
    listLayout->addWidget(m_articleView, 1);

    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new list (search, import) keeps the article being read selected when it is still in it.
        const int row = m_model->rowOfArticle(m_shownArticle);
        if (row >= 0) {
            selectArticleRow(row);
        } else {
            showArticle(0);
        }
    });

    auto *readerPane = new QWidget(m_splitter);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_legend = new EntityLegend(readerPane);
    m_reader = new ReaderView(readerPane);
    m_reader->setFrameShape(QFrame::NoFrame);
    readerLayout->addWidget(m_legend);
    readerLayout->addWidget(m_reader, 1);
    connect(m_legend, &EntityLegend::kindToggled, m_reader->highlighter(), &EntityHighlighter::setKindVisible);
    connect(m_showOriginalAction, &QAction::toggled, this, [this](bool on) {
        m_reader->setShowOriginal(on);
        m_settings.setShowOriginal(on);
    });

    m_splitter->addWidget(listPane);
    m_splitter->addWidget(readerPane);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);

    // Page switching lives in the View menu and the toolbar, so the tab bar itself stays hidden.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"mainPages"_s);
    m_pages->setDocumentMode(true);
    m_pages->tabBar()->hide();
    m_pages->addTab(m_splitter, tr("Articles"));
    m_dashboardPage = new QWidget(m_pages);
    m_dashboardPage->setObjectName(u"dashboardPage"_s);
    auto *dashboardLayout = new QVBoxLayout(m_dashboardPage);
    dashboardLayout->setContentsMargins(0, 0, 0, 0);
    m_noDashboardLabel = new QLabel(tr("Open or create a library to see its dashboard."), m_dashboardPage);
    m_noDashboardLabel->setAlignment(Qt::AlignCenter);
    dashboardLayout->addWidget(m_noDashboardLabel);
    m_pages->addTab(m_dashboardPage, tr("Dashboard"));
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        (index == int(Page::Dashboard) ? m_dashboardPageAction : m_articlesPageAction)->setChecked(true);
        m_showOriginalAction->setEnabled(index == int(Page::Articles));
    });
    setCentralWidget(m_pages);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    if (page == Page::Dashboard && m_dashboard) {
        m_dashboard->setFocus(Qt::OtherFocusReason);
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_pages->currentIndex() == int(Page::Dashboard) ? Page::Dashboard : Page::Articles;
}

void MainWindow::createDashboard()
{
    if (m_dashboard) {
        m_dashboard->hide();
        m_dashboard->deleteLater();
        m_dashboard = nullptr;
    }
    m_noDashboardLabel->setVisible(!m_library);
    if (!m_library) {
        return;
    }
    m_dashboard = new Dashboard(*m_library, m_dashboardPage);
    m_dashboard->restoreState(m_settings.dashboardState());
    m_dashboard->setFilter(m_filter);
    m_dashboardPage->layout()->addWidget(m_dashboard);
    connect(m_dashboard, &Dashboard::sourceActivated, this, [this](qint64 article, qint64 start, qint64 end) {
        showPage(Page::Articles);
        if (!openArticleAt(article, start, end)) {
            statusBar()->showMessage(tr("The source sentence is no longer in the library."), statusMessageMs);
        }
    });
}

void MainWindow::forwardToDashboard(QAction *(Dashboard::*action)() const)
{
    if (!m_dashboard) {
        statusBar()->showMessage(tr("No library is open."), statusMessageMs);
        return;
    }
    (m_dashboard->*action)()->trigger();
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(u"statusBar"_s);

    m_progressBar = new QProgressBar(bar);
    m_progressBar->setObjectName(u"importProgress"_s);
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setFormat(tr("%v of %m files"));
    m_progressBar->setVisible(false);
    bar->addPermanentWidget(m_progressBar);

    m_cancelButton = new QPushButton(tr("Cancel"), bar);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel import"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelImport);
    bar->addPermanentWidget(m_cancelButton);

    m_analysisProgress = new QProgressBar(bar);
    m_analysisProgress->setObjectName(u"analysisProgress"_s);
    m_analysisProgress->setAccessibleName(tr("Analysis progress"));
    m_analysisProgress->setMaximumWidth(220);
    m_analysisProgress->setFormat(tr("Analysing %v of %m"));
    m_analysisProgress->setVisible(false);
    bar->addPermanentWidget(m_analysisProgress);

    m_cancelAnalysisButton = new QPushButton(tr("Stop"), bar);
    m_cancelAnalysisButton->setObjectName(u"cancelAnalysisButton"_s);
    m_cancelAnalysisButton->setAccessibleName(tr("Stop the analysis"));
    m_cancelAnalysisButton->setVisible(false);
    connect(m_cancelAnalysisButton, &QPushButton::clicked, this, &MainWindow::cancelAnalysis);
    bar->addPermanentWidget(m_cancelAnalysisButton);

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(u"articleCountLabel"_s);
    bar->addPermanentWidget(m_countLabel);

    m_libraryLabel = new QLabel(bar);
    m_libraryLabel->setObjectName(u"libraryLabel"_s);
    m_libraryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraryLabel->setMaximumWidth(420);
    bar->addPermanentWidget(m_libraryLabel);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        resize(1360, 820);
    }
    if (!restoreState(m_settings.windowState())) {
        // Wide enough for company names beside their two counts.
        if (auto *dock = findChild<QDockWidget *>(u"companyFilterDock"_s)) {
            resizeDocks({dock}, {320}, Qt::Horizontal);
        }
    }
    if (!m_splitter->restoreState(m_settings.mainSplitterState())) {
        m_splitter->setSizes({560, 800});
    }
    QHeaderView *columns = m_articleView->horizontalHeader();
    columns->restoreState(m_settings.articleHeaderState());
    // The title column is the one that takes the spare width, whatever the saved state says.
    columns->setSectionResizeMode(ArticleTableModel::TitleColumn, QHeaderView::Stretch);
    // Enabling sorting sorts by the (restored) indicator, which is the one query that fills the list.
    m_articleView->setSortingEnabled(true);

    const QSignalBlocker blocker(m_showOriginalAction);
    m_showOriginalAction->setChecked(m_settings.showOriginal());
    m_reader->setShowOriginal(m_settings.showOriginal());
    showPage(m_settings.currentPage() == int(Page::Dashboard) ? Page::Dashboard : Page::Articles);
}

void MainWindow::saveLayout()
{
    if (!m_savesState) {
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setMainSplitterState(m_splitter->saveState());
    m_settings.setArticleHeaderState(m_articleView->horizontalHeader()->saveState());
    m_settings.setCurrentPage(int(currentPage()));
    if (m_dashboard) {
        m_settings.setDashboardState(m_dashboard->saveState());
    }
    m_settings.sync();
}

bool MainWindow::openLibrary(const QString &location, QString *error, Core::Library::OpenMode mode, bool *damaged)
{
    if (damaged) {
        *damaged = false;
    }
    if (isImporting()) {
        if (error) {
            *error = tr("An import is running. Wait for it to finish or cancel it first.");
        }
        return false;
    }
    auto library = std::make_unique<Core::Library>(location);
    QString message;
    if (!library->open(&message, mode)) {
        qCWarning(lcMainWindow) << "cannot open library" << location << message;
        if (error) {
            *error = message;
        }
        if (damaged) {
            *damaged = library->isDamaged();
        }
        return false;
    }
    stopAnalysis(); // it works on the library being closed
    m_shownArticle = 0;
    m_libraryDescription.clear();
    m_reader->setArticle(std::nullopt);
    m_reader->setKnowledgeBase(nullptr);
    m_filterPanel->setLibrary(nullptr);
    if (m_dashboard) {
        m_settings.setDashboardState(m_dashboard->saveState());
        delete m_dashboard; // it reads the library being closed
        m_dashboard = nullptr;
    }
    m_entityPanel->setLibrary(nullptr);
    m_entityPanel->setKnowledgeBase(nullptr);
    m_model->setLibrary(library.get());
    m_library = std::move(library);
    m_filterPanel->setLibrary(m_library.get());
    m_entityPanel->setLibrary(m_library.get());
    m_corrections->setLibrary(m_library.get()); // a new undo history
    if (m_correctionsDialog) {
        m_correctionsDialog->reload();
    }
    m_filterPanel->setFilter(m_filter);
    createDashboard();

    const QString absolute = location == u":memory:"_s ? location : QFileInfo(location).absoluteFilePath();
    setWindowFilePath(absolute);
    updateWindowTitle(QFileInfo(absolute).fileName());
    if (m_library->isReadOnly()) {
        statusBar()->showMessage(m_library->isDamaged()
                                     ? tr("The library is damaged and open read-only: it shows what can still be "
                                          "read, and nothing is stored in it.")
                                     : tr("The library is open read-only: nothing is stored in it."));
    }
    qCInfo(lcMainWindow) << "library opened:" << absolute << m_library->articleCount() << "articles";
    updateStatus();
    updateActions();
    Q_EMIT libraryOpened(absolute);
    refreshAnalyses();
    return true;
}

bool MainWindow::refreshAnalyses()
{
    if (!m_library || m_library->isReadOnly() || m_importJob->isRunning()) {
        return false;
    }
    if (m_analysisJob->isRunning() || !m_analysisJob->start(*m_library, m_corrections->takeCarryOvers())) {
        return false;
    }
    // The progress shows once there is something to analyse: most refreshes find every analysis current.
    m_cancelAnalysisButton->setEnabled(true);
    return true;
}

bool MainWindow::isAnalysing() const
{
    return m_analysisJob->isRunning();
}

void MainWindow::cancelAnalysis()
{
    m_analysisJob->cancel();
    m_cancelAnalysisButton->setEnabled(false);
}

void MainWindow::stopAnalysis()
{
    // The refresh stops after the article it is on; what it stored stays.
    m_analysisJob->cancel();
    m_analysisJob->waitForFinished();
    m_analysisProgress->setVisible(false);
    m_cancelAnalysisButton->setVisible(false);
}

void MainWindow::onAnalysisProgress(int done, int total)
{
    if (total <= 0) {
        return;
    }
    m_analysisProgress->setRange(0, total);
    m_analysisProgress->setValue(done);
    m_analysisProgress->setVisible(true);
    m_cancelAnalysisButton->setVisible(true);
}

void MainWindow::onAnalysisFinished(int analysed, bool cancelled)
{
    if (m_analysisJob->isRunning()) {
        return; // a stopped run's late report; the run that replaced it reports for both
    }
    m_analysisProgress->setVisible(false);
    m_cancelAnalysisButton->setVisible(false);
    if (analysed > 0 || cancelled) {
        statusBar()->showMessage(cancelled ? tr("Analysis stopped after %n article(s).", nullptr, analysed)
                                           : tr("Analysed %n article(s).", nullptr, analysed),
                                 statusMessageMs);
    }
    if (const auto bundle = m_analyzerCache->current()) {
        m_reader->setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase>(bundle, &bundle->kb));
        m_entityPanel->setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase>(bundle, &bundle->kb));
    }
    if (analysed > 0 && m_entityPanel->hasEntity()) {
        m_entityPanel->reload();
    }
    if (analysed > 0 || !m_reader->analysis()) {
        reloadArticle();
    }
    if (analysed > 0) {
        // New mentions change the company counts and which articles pass the filter.
        m_filterPanel->reload();
        if (m_dashboard) {
            m_dashboard->libraryChanged();
        }
        applyArticleFilter();
    }
    Q_EMIT analysisFinished(analysed);
}

void MainWindow::createEditMenu()
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(u"correctionUndoStack"_s);
    m_corrections = new CorrectionController(m_undoStack, this);

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcut(QKeySequence::Redo);
    auto *corrections = new QAction(tr("&Corrections\u2026"), this);
    corrections->setObjectName(u"correctionsAction"_s);
    corrections->setStatusTip(tr("List the corrections stored in this library"));
    connect(corrections, &QAction::triggered, this, &MainWindow::showCorrections);

    // Undo and Redo open the Edit menu, as everywhere; the corrections list follows them.
    QAction *first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, undo);
    m_editMenu->insertAction(first, redo);
    m_editMenu->insertSeparator(first);
    m_editMenu->insertAction(first, corrections);
    m_editMenu->insertSeparator(first);
}

void MainWindow::createEntityDock()
{
    m_entityDock = new QDockWidget(tr("Entity"), this);
    m_entityDock->setObjectName(u"entityDock"_s);
    m_entityPanel = new EntityPanel(m_entityDock);
    m_entityDock->setWidget(m_entityPanel);
    // Below the list and the reader: mention sentences need the width more than the height.
    addDockWidget(Qt::BottomDockWidgetArea, m_entityDock);
    m_entityDock->hide(); // until an entity is clicked
    QAction *entityPanelAction = m_entityDock->toggleViewAction();
    entityPanelAction->setObjectName(u"entityPanelAction"_s);
    entityPanelAction->setText(tr("&Entity Panel"));
    entityPanelAction->setStatusTip(
        tr("Every mention of the entity last clicked (Enter on a highlight in the reader)"));
    m_viewMenu->addAction(entityPanelAction);
    connect(m_entityPanel, &EntityPanel::mentionActivated, this,
            [this](qint64 articleId, qint64 start, qint64 end) { openArticleAt(articleId, start, end); });
    connect(m_reader, &ReaderView::entityClicked, this, &MainWindow::onEntityClicked);
}

void MainWindow::connectCorrections()
{
    connect(m_reader, &ReaderView::markAsRequested, m_corrections, &CorrectionController::markAs);
    connect(m_reader, &ReaderView::acceptSuggestionRequested, m_corrections, &CorrectionController::acceptSuggestion);
    connect(m_reader, &ReaderView::notAnEntityRequested, m_corrections, &CorrectionController::rejectSurface);
    connect(m_reader, &ReaderView::linkToRequested, this, [this](const QString &surface, const QString &entityId) {
        if (entityId.isEmpty()) {
            chooseLinkTarget(surface);
        } else {
            m_corrections->linkSurface(surface, entityId);
        }
    });
    // The analysis job writes the analyses a correction moves to the new revision: it stops first.
    connect(m_corrections, &CorrectionController::aboutToChange, this, &MainWindow::stopAnalysis);
    connect(m_corrections, &CorrectionController::changed, this, &MainWindow::onCorrectionsChanged);
    connect(m_corrections, &CorrectionController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
}

void MainWindow::onCorrectionsChanged()
{
    statusBar()->showMessage(tr("Applying the correction to the library\u2026"), statusMessageMs);
    refreshAnalyses();
}

CorrectionsDialog *MainWindow::showCorrections()
{
    if (!m_correctionsDialog) {
        m_correctionsDialog = new CorrectionsDialog(m_corrections, this);
    }
    m_correctionsDialog->reload();
    m_correctionsDialog->show();
    m_correctionsDialog->raise();
    m_correctionsDialog->activateWindow();
    return m_correctionsDialog;
}

QWidget *MainWindow::chooseLinkTarget(const QString &surface)
{
    if (!m_library) {
        return nullptr;
    }
    auto *chooser = new LinkChooser(surface, Core::AnalysisStore(*m_library).knowledgeBase(), this);
    connect(chooser, &LinkChooser::chosen, m_corrections, &CorrectionController::linkSurface);
    chooser->show();
    return chooser;
}

void MainWindow::onEntityClicked(int index)
{
    const auto &analysis = m_reader->analysis();
    if (!analysis || index < 0 || index >= analysis->entities.size()) {
        return;
    }
    const Core::EntityMention &mention = analysis->entities.at(index);
    showEntityPanel({mention.entityId, mention.canonical, mention.type});
}

bool MainWindow::showEntity(const QString &name)
{
    if (!m_library) {
        return false;
    }
    // A knowledge-base entity by any of its names, else a suggested name as the library stores it.
    const Core::KnowledgeBase kb = Core::AnalysisStore(*m_library).knowledgeBase();
    if (const Core::KbEntity *entity = kb.entityByName(name)) {
        showEntityPanel({entity->id, entity->name, entity->type});
        return true;
    }
    QSqlQuery q(m_library->database());
    q.prepare(u"SELECT type FROM mentions WHERE canonical = ? LIMIT 1"_s);
    q.addBindValue(name);
    Core::EntityType type = Core::EntityType::Company;
    if (!q.exec() || !q.next() || !Core::entityTypeFromName(q.value(0).toString(), &type)) {
        statusBar()->showMessage(tr("No entity is called %1.").arg(name), statusMessageMs);
        return false;
    }
    showEntityPanel({QString(), name, type});
    return true;
}

void MainWindow::showEntityPanel(const Core::EntityKey &entity)
{
    if (const auto bundle = m_analyzerCache->current()) {
        m_entityPanel->setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase>(bundle, &bundle->kb));
    }
    m_entityPanel->showEntity(entity);
    if (!m_entityDock->isVisible() && !m_entityDock->isFloating()) {
        m_entityDock->show();
        // A third of the window, so the reader keeps most of it.
        resizeDocks({m_entityDock}, {std::max(220, height() / 3)}, Qt::Vertical);
    }
    m_entityDock->raise();
}

void MainWindow::setLibraryDescription(const QString &description)
{
    m_libraryDescription = description;
    updateWindowTitle(description);
    updateStatus();
}

void MainWindow::updateWindowTitle(const QString &name)
{
    setWindowTitle(m_library && m_library->isReadOnly() ? tr("%1 (read-only) \u2014 Chipwatch").arg(name)
                                                        : tr("%1 \u2014 Chipwatch").arg(name));
}

bool MainWindow::importPaths(const QStringList &paths, ImportOrigin origin)
{
    if (!m_library) {
        statusBar()->showMessage(tr("No library is open."), statusMessageMs);
        return false;
    }
    if (isImporting()) {
        statusBar()->showMessage(tr("An import is already running."), statusMessageMs);
        return false;
    }
    if (m_library->isReadOnly()) {
        statusBar()->showMessage(m_library->readOnlyMessage(), statusMessageMs);
        return false;
    }
    m_importOrigin = origin;
    // Import and refresh would write the same analyses; the import analyses what it stores anyway.
    stopAnalysis();
    return m_importJob->start(*m_library, paths);
}

bool MainWindow::isImporting() const
{
    return m_importJob->isRunning() || m_finishedImport.has_value();
}

void MainWindow::cancelImport()
{
    if (!isImporting()) {
        return;
    }
    m_importJob->cancel();
    m_cancelButton->setEnabled(false);
    statusBar()->showMessage(tr("Cancelling the import\u2026"));
}

void MainWindow::selectArticleRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_articleView->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_articleProxy->mapFromSource(m_model->index(row, ArticleTableModel::TitleColumn));
    if (!index.isValid()) {
        m_articleView->selectionModel()->clearSelection();
        return;
    }
    m_articleView->selectionModel()->setCurrentIndex(index,
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_articleView->scrollTo(index);
}

bool MainWindow::openArticleAt(qint64 articleId, qint64 start, qint64 end)
{
    if (!m_library || articleId <= 0) {
        return false;
    }
    const int row = m_model->rowOfArticle(articleId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : m_articleProxy->mapFromSource(m_model->index(row, ArticleTableModel::TitleColumn));
    if (index.isValid()) {
        selectArticleRow(row);
    } else {
        // Outside the current list (filtered out, or beyond the search): read it without changing the list.
        const QSignalBlocker blocker(m_articleView->selectionModel());
        m_articleView->selectionModel()->clear();
        m_articleView->viewport()->update();
    }
    showArticle(articleId);
    if (m_shownArticle != articleId || !m_reader->article()) {
        return false;
    }
    m_reader->revealRange(start, end);
    m_reader->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        // Closing must not leave a half-written article: ask the worker to stop and wait for its rollback.
        statusBar()->showMessage(tr("Cancelling the import\u2026"));
        m_importJob->cancel();
        m_importJob->waitForFinished();
    }
    stopAnalysis();
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty() && m_library && !isImporting()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!paths.isEmpty() && importPaths(paths)) {
        event->acceptProposedAction();
    }
}

void MainWindow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), m_settings.lastImportFolder(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.json);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    m_settings.setLastImportFolder(QFileInfo(files.constFirst()).absolutePath());
    importPaths(files);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), m_settings.lastImportFolder());
    if (folder.isEmpty()) {
        return;
    }
    m_settings.setLastImportFolder(folder);
    importPaths({folder});
}

void MainWindow::newLibrary()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Library"), QDir::homePath(), tr("Chipwatch libraries (*.sqlite)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".sqlite"_s;
    }
    if (QFileInfo::exists(path)) {
        // Never replace an existing file: it may be a library full of work.
        QMessageBox::warning(this, tr("New Library"),
                             tr("%1 already exists. Use Open Library to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLibraryInteractively(path);
}

void MainWindow::chooseLibrary()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Library"), QDir::homePath(),
                                                      tr("Chipwatch libraries (*.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        openLibraryInteractively(path);
    }
}

void MainWindow::openLibraryInteractively(const QString &location)
{
    QString error;
    bool damaged = false;
    if (!openLibrary(location, &error, Core::Library::OpenMode::ReadWrite, &damaged)) {
        if (damaged) {
            offerDamagedLibrary(location, error);
            return;
        }
        QMessageBox::warning(this, tr("Open Library"),
                             tr("Cannot open %1:\n%2").arg(QDir::toNativeSeparators(location), error));
        return;
    }
    // Libraries the user picked become the one to open next time; temporary ones (demo, tests) do not.
    m_settings.setLibraryPath(QFileInfo(location).absoluteFilePath());
    m_settings.addRecentLibrary(location);
}

bool MainWindow::offerDamagedLibrary(const QString &location, const QString &error)
{
    const QString native = QDir::toNativeSeparators(location);
    QMessageBox box(QMessageBox::Warning, tr("Damaged Library"),
                    tr("The library %1 is damaged. Chipwatch has not changed it.").arg(native), QMessageBox::NoButton,
                    this);
    box.setObjectName(u"damagedLibraryBox"_s);
    box.setInformativeText(tr("Open it read-only to see what can still be read, or copy everything that can be read "
                              "into a new library and go on working there. The damaged file stays as it is."));
    box.setDetailedText(error);
    QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *recover = box.addButton(tr("Recover into a New Library\u2026"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        return recoverLibrary(location);
    }
    if (box.clickedButton() != readOnly) {
        return false;
    }
    QString message;
    if (!openLibrary(location, &message, Core::Library::OpenMode::ReadOnly)) {
        QMessageBox::warning(this, tr("Open Library"), tr("Cannot open %1 read-only:\n%2").arg(native, message));
        return false;
    }
    m_settings.addRecentLibrary(location);
    return true;
}

bool MainWindow::recoverLibrary(const QString &location)
{
    const QFileInfo damaged(location);
    QString target = QFileDialog::getSaveFileName(
        this, tr("Recover into a New Library"),
        damaged.dir().filePath(tr("%1 (recovered).sqlite").arg(damaged.completeBaseName())),
        tr("Chipwatch libraries (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty()) {
        return false;
    }
    if (QFileInfo(target).suffix().isEmpty()) {
        target += u".sqlite"_s;
    }
    if (QFileInfo::exists(target)) {
        // Never replace an existing file, least of all the damaged one.
        QMessageBox::warning(this, tr("Recover Library"),
                             tr("%1 already exists. Choose a new file for the recovered library.")
                                 .arg(QDir::toNativeSeparators(target)));
        return false;
    }

    // The copy reads row by row and can take a while on a big library: it runs off the GUI thread.
    QProgressDialog progress(tr("Recovering %1\u2026").arg(QDir::toNativeSeparators(location)), tr("Cancel"), 0, 0,
                             this);
    progress.setObjectName(u"recoveryProgress"_s);
    progress.setWindowTitle(tr("Recover Library"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    std::atomic_bool cancelled = false;
    connect(&progress, &QProgressDialog::canceled, this, [&cancelled] { cancelled = true; });
    QProgressDialog *dialog = &progress;
    const Core::LibraryRecovery::Progress report = [dialog, &cancelled](int table, int tables, qint64 rows) {
        // Queued to the dialog; dropped if it is gone.
        QMetaObject::invokeMethod(
            dialog,
            [dialog, table, tables, rows] {
                dialog->setMaximum(tables);
                dialog->setValue(table);
                dialog->setLabelText(tr("Recovering the library: %n row(s) copied\u2026", nullptr, int(rows)));
            },
            Qt::QueuedConnection);
        return !cancelled.load();
    };
    Core::RecoveryReport result;
    QString error;
    QFutureWatcher<bool> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(
        QtConcurrent::run([&] { return Core::LibraryRecovery::recover(location, target, &result, &error, report); }));
    if (!watcher.isFinished()) {
        loop.exec();
    }
    const bool recovered = watcher.result();
    progress.close();
    if (!recovered) {
        if (!cancelled) {
            QMessageBox::warning(this, tr("Recover Library"), error);
        }
        return false;
    }

    QString message;
    if (!openLibrary(target, &message)) {
        QMessageBox::warning(this, tr("Recover Library"),
                             tr("The library was recovered into %1, but cannot be opened:\n%2")
                                 .arg(QDir::toNativeSeparators(target), message));
        return false;
    }
    m_settings.setLibraryPath(QFileInfo(target).absoluteFilePath());
    m_settings.addRecentLibrary(target);
    const qint64 articles = result.copied(u"articles"_s);
    const qint64 lostArticles = result.lost(u"articles"_s);
    const qint64 otherCopied = result.totalCopied() - articles;
    const qint64 otherLost = result.totalLost() - lostArticles;
    QString summary = tr("The library was recovered into %1 and is now open.").arg(QDir::toNativeSeparators(target));
    summary += u"\n\n"_s + tr("Articles: %1 copied, %2 lost.").arg(articles).arg(lostArticles);
    summary +=
        u"\n"_s + tr("Analyses, corrections and rates: %1 rows copied, %2 lost.").arg(otherCopied).arg(otherLost);
    if (result.analysesReset) {
        summary += u"\n\n"_s + tr("Parts of the analyses could not be read: the articles are analysed again.");
    }
    QMessageBox::information(this, tr("Recover Library"), summary);
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentLibraries();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path) && !isImporting());
        connect(action, &QAction::triggered, this, [this, path] { openLibraryInteractively(path); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear Menu"));
        clear->setObjectName(u"clearRecentAction"_s);
        connect(clear, &QAction::triggered, this, [this] { m_settings.clearRecentLibraries(); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Chipwatch"),
        tr("<h3>Chipwatch %1</h3>"
           "<p>Follows the race for AI chips through news articles: it imports articles, strips the page "
           "clutter and lets you search and read them.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::onImportStarted()
{
    m_progressBar->setRange(0, 0); // busy until the importer has counted the files
    m_progressBar->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setVisible(true);
    statusBar()->showMessage(tr("Looking for articles\u2026"));
    updateActions();
}

void MainWindow::onImportProgress(int done, int total, const QString &file)
{
    m_progressBar->setRange(0, std::max(total, 1));
    m_progressBar->setValue(done);
    m_progressBar->setToolTip(QDir::toNativeSeparators(file));
    if (!m_importJob->isCancelRequested()) {
        statusBar()->showMessage(tr("Importing %1\u2026").arg(QFileInfo(file).fileName()));
    }
}

void MainWindow::onImportFinished(const Core::ImportReport &report)
{
    m_progressBar->setVisible(false);
    m_cancelButton->setVisible(false);
    // The import counts as done for the user once the list shows its articles.
    m_finishedImport = report;
    // Articles a cancelled or earlier run left without analysis, and those analysed with an older knowledge
    // base, are caught up now.
    refreshAnalyses();
    // The import stored analyses: new companies for the panel, new articles for the filter.
    m_filterPanel->reload();
    if (m_dashboard) {
        m_dashboard->libraryChanged();
    }
    applyArticleFilter();
    m_model->refresh();
    if (!m_model->isQueryRunning()) {
        onListUpdated();
    }
}

void MainWindow::onListUpdated()
{
    updateStatus();
    if (!m_finishedImport) {
        return;
    }
    const Core::ImportReport report = *m_finishedImport;
    m_finishedImport.reset();

    int row = m_model->rowOfArticle(m_shownArticle);
    if (row < 0 && !report.importedIds.isEmpty()) {
        row = m_model->rowOfArticle(report.importedIds.constFirst());
    }
    if (row < 0 && m_model->rowCount() > 0) {
        row = 0;
    }
    selectArticleRow(row);

    statusBar()->showMessage(ImportReportDialog::summaryText(report), statusMessageMs);
    updateActions();
    if (m_importOrigin == ImportOrigin::User) {
        auto *dialog = new ImportReportDialog(report, this);
        dialog->open(); // window-modal, without a nested event loop
    }
    Q_EMIT importFinished(report);
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_articleProxy->mapToSource(m_articleView->selectionModel()->currentIndex());
    showArticle(current.isValid() ? m_model->articleId(current.row()) : 0);
}

void MainWindow::showArticle(qint64 id)
{
    if (id == m_shownArticle) {
        return;
    }
    m_shownArticle = id;
    reloadArticle();
}

void MainWindow::createFilterDock()
{
    auto *dock = new QDockWidget(tr("Companies"), this);
    dock->setObjectName(u"companyFilterDock"_s);
    m_filterPanel = new CompanyFilterPanel(dock);
    dock->setWidget(m_filterPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // F9 shows and hides the panel (as side panels do in KDE applications) and puts the focus in its search.
    QAction *panelAction = dock->toggleViewAction();
    panelAction->setObjectName(u"companyPanelAction"_s);
    panelAction->setText(tr("&Companies Panel"));
    panelAction->setShortcut(QKeySequence(Qt::Key_F9));
    panelAction->setStatusTip(tr("Show or hide the company filter"));
    connect(panelAction, &QAction::triggered, this, [this, dock](bool shown) {
        if (shown) {
            dock->raise();
            m_filterPanel->focusSearch();
        }
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(panelAction);
    connect(m_filterPanel, &CompanyFilterPanel::filterChanged, this, [this] {
        const QString search = m_filter.searchText;
        m_filter = m_filterPanel->filter();
        m_filter.searchText = search;
        applyArticleFilter();
    });

    // Restored before any library is open; the panel gets it once it has a library to list.
    m_filter = Core::ArticleFilter::fromVariantMap(m_settings.articleFilter());
    if (!m_filter.searchText.isEmpty()) {
        m_searchField->setText(m_filter.searchText);
        m_searchTimer->stop();
        m_model->setFilterText(m_filter.searchText);
    }
}

void MainWindow::applyArticleFilter()
{
    Core::ArticleFilter structural = m_filter;
    structural.searchText.clear(); // the list model runs the search itself, in its SQL
    if (!m_library || structural.isEmpty()) {
        m_articleProxy->clearAllowedIds();
    } else {
        const QList<qint64> ids = structural.matchingArticles(*m_library);
        m_articleProxy->setAllowedIds(QSet<qint64>(ids.cbegin(), ids.cend()));
    }
    if (m_dashboard) {
        m_dashboard->setFilter(m_filter);
    }
    m_filterLabel->setText(m_filter.describe());
    m_filterBar->setVisible(!m_filter.isEmpty());
    m_settings.setArticleFilter(m_filter.toVariantMap());
    updateStatus();
}

void MainWindow::setArticleFilter(const Core::ArticleFilter &filter)
{
    {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->setText(filter.searchText);
    }
    m_searchTimer->stop();
    m_model->setFilterText(filter.searchText);
    m_filter = filter;
    m_filterPanel->setFilter(filter); // applies it through filterChanged
}

void MainWindow::clearArticleFilter()
{
    setArticleFilter({});
}

void MainWindow::reloadArticle()
{
    if (m_shownArticle <= 0 || !m_library) {
        m_reader->setArticle(std::nullopt);
        return;
    }
    // Read while the refresh may write: SQLite gives the reader the last committed analysis.
    m_reader->setArticle(m_library->article(m_shownArticle), Core::AnalysisStore(*m_library).analysis(m_shownArticle));
    if (!m_reader->analysis() && isAnalysing()) {
        m_reader->setEmptyText(tr("Analysing…"));
    }
}

void MainWindow::updateStatus()
{
    if (!m_library) {
        m_countLabel->clear();
        m_libraryLabel->setText(tr("No library"));
        return;
    }
    const qint64 total = m_library->articleCount();
    const int shown = m_articleProxy->rowCount();
    m_countLabel->setText(m_model->filterText().isEmpty() && !m_articleProxy->isRestricted()
                              ? tr("Articles: %1").arg(total)
                              : tr("Articles: %1 of %2").arg(shown).arg(total));
    const QString location = QDir::toNativeSeparators(m_library->location());
    QString label = m_libraryDescription.isEmpty()
                        ? m_libraryLabel->fontMetrics().elidedText(location, Qt::ElideMiddle, 400)
                        : m_libraryDescription;
    if (m_library->isReadOnly()) {
        label = m_library->isDamaged() ? tr("%1 (damaged, read-only)").arg(label) : tr("%1 (read-only)").arg(label);
    }
    m_libraryLabel->setText(label);
    m_libraryLabel->setToolTip(location);
    m_reader->setEmptyText(total == 0 ? tr("The library is empty. Import articles with File \u203A Import "
                                           "Files or Import Folder, or drop files on this window.")
                                      : tr("Select an article in the list to read it."));
}

void MainWindow::updateActions()
{
    const bool importing = isImporting();
    const bool open = m_library != nullptr;
    const bool writable = open && !m_library->isReadOnly();
    m_importFilesAction->setEnabled(writable && !importing);
    m_importFolderAction->setEnabled(writable && !importing);
    m_newLibraryAction->setEnabled(!importing);
    m_openLibraryAction->setEnabled(!importing);
    m_recentMenu->setEnabled(!importing && !m_settings.recentLibraries().isEmpty());
    for (QAction *action : {m_exportFiguresAction, m_exportTimelineAction, m_exportChipsAction, m_exportFactsAction,
                            m_copyFiguresAction, m_copyTimelineAction}) {
        action->setEnabled(open);
    }
}

} // namespace Chipwatch::Ui
