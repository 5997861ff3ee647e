// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/importer.h"
#include "storage/library.h"
#include "workspace/articlefilter.h"
#include "workspace/entitymentionsmodel.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QDockWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace Chipwatch::Core {
class AnalyzerCache;
}

namespace Chipwatch::Ui {

class AnalysisJob;
class ArticleIdFilterProxy;
class ArticleTableModel;
class CompanyFilterPanel;
class Dashboard;
class CorrectionController;
class CorrectionsDialog;
class EntityLegend;
class EntityPanel;
class ImportJob;
class ReaderView;
class Settings;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // Whether an import came from the user (a report dialog follows) or happened on the user's behalf
    // (the demo articles on first run; only the status bar tells).
    enum class ImportOrigin { User, Background };

    static constexpr int searchDelayMs = 250;

    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creating if needed) the library at `location` and lists it. On failure the current library
    // stays open, `error` says why and `damaged` whether the file is damaged (offerDamagedLibrary() then).
    // A library opened read-only says so in the title and the status bar, and imports are off.
    bool openLibrary(const QString &location, QString *error = nullptr,
                     Core::Library::OpenMode mode = Core::Library::OpenMode::ReadWrite, bool *damaged = nullptr);
    // For a library openLibrary() found damaged: asks whether to open it read-only, recover it into a new
    // library, or leave it. True when a library (that one read-only, or the recovered one) was opened.
    bool offerDamagedLibrary(const QString &location, const QString &error);
    // Copies what can be read of the library at `location` into a new library the user names, off the GUI
    // thread with a progress dialog, opens the new library and reports what was copied and lost.
    bool recoverLibrary(const QString &location);

    Core::Library *library() const { return m_library.get(); }

    // The import behind File > Import Files/Folder and drag and drop, once the paths are known. False when
    // no library is open or an import is already running.
    bool importPaths(const QStringList &paths, ImportOrigin origin = ImportOrigin::User);
    bool isImporting() const;
    void cancelImport();

    ArticleTableModel *articleModel() const { return m_model; }

    ReaderView *reader() const { return m_reader; }

    CompanyFilterPanel *companyFilterPanel() const { return m_filterPanel; }

    // The pages in front of the window: the article list with the reader, and the dashboard.
    enum class Page { Articles, Dashboard };
    void showPage(Page page);
    Page currentPage() const;

    // Null while no library is open.
    Dashboard *dashboard() const { return m_dashboard; }

    // The rows the article view shows: the list model behind the company and date filter.
    ArticleIdFilterProxy *articleProxy() const { return m_articleProxy; }

    // The whole workspace filter: the panel's companies and dates with the search field's text.
    Core::ArticleFilter articleFilter() const { return m_filter; }

    // Sets the companies, dates and search at once, as if the user had chosen them.
    void setArticleFilter(const Core::ArticleFilter &filter);
    void clearArticleFilter();

    // Re-analyses the articles whose analysis is missing or stale, in the background.
    bool refreshAnalyses();
    bool isAnalysing() const;
    void cancelAnalysis();

    // Selects the article at `row` of the list and shows it in the reader.
    void selectArticleRow(int row);

    // Shows the article in the reader, scrolled to [start, end) of its original text (a source sentence or
    // a mention) with that text selected. The article is selected in the list when the filter lets it in.
    bool openArticleAt(qint64 articleId, qint64 start, qint64 end);

    // Corrections: one undo history per library and session (Edit > Undo/Redo).
    QUndoStack *undoStack() const { return m_undoStack; }

    CorrectionController *corrections() const { return m_corrections; }

    EntityPanel *entityPanel() const { return m_entityPanel; }

    // Edit > Corrections…: shows (creating on first use) the non-modal list of stored corrections.
    CorrectionsDialog *showCorrections();

    // What clicking a highlighted entity in the reader does: the entity panel shows the mention's entity
    // (`index` into the reader's analysis) with all its mentions.
    void onEntityClicked(int index);

    // The entity panel for an entity given by one of its names (the knowledge base's or a suggested one), as
    // `chipwatch --entity NAME` opens it. False (and a status message) when the library knows no such name.
    bool showEntity(const QString &name);

    // "Link to…" on a highlight: opens the non-modal entity chooser for `surface`.
    QWidget *chooseLinkTarget(const QString &surface);

    // Names the open library in the title and status bar instead of its path (a temporary demo library).
    void setLibraryDescription(const QString &description);

    // Off for throw-away windows (screenshots) so they do not overwrite the user's window layout.
    void setSavesState(bool saves) { m_savesState = saves; }

Q_SIGNALS:
    void libraryOpened(const QString &location);
    void importFinished(const Chipwatch::Core::ImportReport &report);
    void analysisFinished(int analysed);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();

    void importFiles();
    void importFolder();
    void newLibrary();
    void chooseLibrary();
    void openLibraryInteractively(const QString &location);
    void updateWindowTitle(const QString &name);
    void fillRecentMenu();
    void about();
    void focusSearch();

    void onImportStarted();
    void onImportProgress(int done, int total, const QString &file);
    void onImportFinished(const Core::ImportReport &report);
    void onListUpdated();
    void onCurrentRowChanged();
    void showArticle(qint64 id);
    void reloadArticle();
    void createFilterDock();
    void createDashboard();
    void showEntityPanel(const Core::EntityKey &entity);
    void forwardToDashboard(QAction *(Dashboard::*action)() const);
    void applyArticleFilter();
    void onAnalysisProgress(int done, int total);
    void onAnalysisFinished(int analysed, bool cancelled);
    void stopAnalysis();
    void createEditMenu();
    void createEntityDock();
    void connectCorrections();
    void onCorrectionsChanged();
    void updateStatus();
    void updateActions();

    Settings &m_settings;
    std::unique_ptr<Core::Library> m_library;
    ArticleTableModel *m_model = nullptr;
    std::shared_ptr<Core::AnalyzerCache> m_analyzerCache;
    ImportJob *m_importJob = nullptr;
    AnalysisJob *m_analysisJob = nullptr;
    ImportOrigin m_importOrigin = ImportOrigin::User;
    qint64 m_shownArticle = 0;
    QString m_libraryDescription;
    std::optional<Core::ImportReport> m_finishedImport; // until the list shows the imported articles
    bool m_savesState = true;

    QTabWidget *m_pages = nullptr;
    QWidget *m_dashboardPage = nullptr;
    QLabel *m_noDashboardLabel = nullptr;
    Dashboard *m_dashboard = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableView *m_articleView = nullptr;
    ReaderView *m_reader = nullptr;
    EntityLegend *m_legend = nullptr;
    ArticleIdFilterProxy *m_articleProxy = nullptr;
    CompanyFilterPanel *m_filterPanel = nullptr;
    QLabel *m_filterLabel = nullptr;
    QPushButton *m_clearFilterButton = nullptr;
    QWidget *m_filterBar = nullptr;
    Core::ArticleFilter m_filter;
    QProgressBar *m_analysisProgress = nullptr;
    QPushButton *m_cancelAnalysisButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    CorrectionController *m_corrections = nullptr;
    CorrectionsDialog *m_correctionsDialog = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    QDockWidget *m_entityDock = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_newLibraryAction = nullptr;
    QAction *m_openLibraryAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_showOriginalAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_articlesPageAction = nullptr;
    QAction *m_dashboardPageAction = nullptr;
    QAction *m_exportFiguresAction = nullptr;
    QAction *m_exportTimelineAction = nullptr;
    QAction *m_exportChipsAction = nullptr;
    QAction *m_exportFactsAction = nullptr;
    QAction *m_copyFiguresAction = nullptr;
    QAction *m_copyTimelineAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Chipwatch::Ui
