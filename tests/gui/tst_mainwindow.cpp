// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Drives the real main window on the demo articles, imported as a user imports a folder (what they state is in
// tests/data/demo/expected.json): import, list, reader, search, duplicates, cancelling, and the persistence of the
// layout.
#include "articletablemodel.h"
#include "companyfilterpanel.h"
#include "demotestdata.h"
#include "importreportdialog.h"
#include "mainwindow.h"
#include "readerview.h"
#include "settings.h"
#include "storage/library.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

const QString articlesDir = DemoTestData::articlesDir();
constexpr int articleCount = DemoTestData::articleCount;
constexpr int importTimeoutMs = 120000;

// Spaces folded and non-breaking spaces made plain: the reader's text is compared by content, not layout.
QString folded(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x00A0), u' ');
    return out.simplified();
}

Core::ImportReport reportFrom(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<Core::ImportReport>();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importingTheFolderListsEveryArticle();
    void readerShowsTheCleanedArticle_data();
    void readerShowsTheCleanedArticle();
    void cleanedViewDropsTheNewsletterBox();
    void showOriginalShowsWhatTheCleanerDropped();
    void searchFiltersTheListAfterAPause();
    void headerClickSortsTheList();
    void openArticleAtScrollsToTheSentence();
    void reimportReportsDuplicates();
    void cancellingAnImportLeavesAConsistentLibrary();
    void layoutPersistsAcrossWindows();
    void droppingAFolderImportsIt();
    void recentLibrariesMenuReopensALibrary();
    void damagedLibrary_opensReadOnlyWithImportsOff();

private:
    int rowOfFile(const QString &fileName) const;
    bool waitForImport(QSignalSpy &spy);
    void closeReportDialogs();

    QTemporaryDir m_dir;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCOMPARE(DemoTestData::expected().articles.size(), articleCount);
    qRegisterMetaType<Core::ImportReport>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Ui::Settings>(m_dir.filePath(u"settings.ini"_s));

    m_window = std::make_unique<Ui::MainWindow>(*m_settings);
    m_window->setSavesState(false);
    QString error;
    QVERIFY2(m_window->openLibrary(m_dir.filePath(u"library.sqlite"_s), &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
}

int TestMainWindow::rowOfFile(const QString &fileName) const
{
    Ui::ArticleTableModel *model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto article = m_window->library()->article(model->articleId(row));
        if (article && QFileInfo(article->filePath).fileName() == fileName) {
            return row;
        }
    }
    return -1;
}

bool TestMainWindow::waitForImport(QSignalSpy &spy)
{
    return spy.wait(importTimeoutMs) || !spy.isEmpty();
}

void TestMainWindow::closeReportDialogs()
{
    const auto dialogs = m_window->findChildren<Ui::ImportReportDialog *>();
    for (Ui::ImportReportDialog *dialog : dialogs) {
        dialog->close();
    }
    QTRY_VERIFY(m_window->findChildren<Ui::ImportReportDialog *>().isEmpty());
}

void TestMainWindow::importingTheFolderListsEveryArticle()
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::importFinished);
    auto *progress = m_window->findChild<QProgressBar *>(u"importProgress"_s);
    QVERIFY(progress);
    QVERIFY(m_window->importPaths({articlesDir}));
    QVERIFY(m_window->isImporting());
    QVERIFY(progress->isVisible());
    QVERIFY(waitForImport(finished));

    QTRY_COMPARE(m_window->articleModel()->rowCount(), articleCount);
    QVERIFY(!progress->isVisible());
    const Core::ImportReport report = reportFrom(finished);
    QCOMPARE(report.importedIds.size(), articleCount);
    QVERIFY(report.duplicates.isEmpty());
    QVERIFY(report.refused.isEmpty());

    auto *dialog = m_window->findChild<Ui::ImportReportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"importedCount"_s)->text(), QString::number(articleCount));
    QCOMPARE(dialog->findChild<QLabel *>(u"duplicateCount"_s)->text(), u"0"_s);
    closeReportDialogs();

    const auto *count = m_window->findChild<QLabel *>(u"articleCountLabel"_s);
    QVERIFY(count->text().contains(QString::number(articleCount)));
    QVERIFY(m_window->findChild<QLabel *>(u"libraryLabel"_s)->toolTip().endsWith(u"library.sqlite"_s));
}

void TestMainWindow::readerShowsTheCleanedArticle_data()
{
    QTest::addColumn<QString>("fileName");
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        QTest::newRow(qPrintable(article.file)) << article.file;
    }
}

void TestMainWindow::readerShowsTheCleanedArticle()
{
    QFETCH(QString, fileName);
    const DemoTestData::Article &expected = *DemoTestData::expected().article(fileName);
    const int row = rowOfFile(fileName);
    QVERIFY(row >= 0);

    // Select as the user does: a click on the row.
    auto *view = m_window->findChild<QTableView *>(u"articleView"_s);
    const QModelIndex index = view->model()->index(row, Ui::ArticleTableModel::SourceColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
    QCOMPARE(view->model()->index(row, Ui::ArticleTableModel::TitleColumn).data().toString(), expected.title);

    // The title and the article's own sentences are shown, the page around it is not.
    auto *reader = m_window->findChild<Ui::ReaderView *>(u"readerView"_s);
    QVERIFY(reader->article().has_value());
    const QString shown = folded(reader->toPlainText());
    QVERIFY2(shown.contains(folded(expected.title)), qPrintable(shown.left(200)));
    QVERIFY(!expected.shown.isEmpty());
    for (const QString &sentence : expected.shown) {
        QVERIFY2(shown.contains(folded(sentence)), qPrintable(sentence));
    }
    for (const QString &clutter : expected.boilerplate) {
        QVERIFY2(!shown.contains(folded(clutter)), qPrintable(clutter));
    }
}

void TestMainWindow::cleanedViewDropsTheNewsletterBox()
{
    const QString fileName = u"nvidia-h20-lizenzen.html"_s;
    const DemoTestData::Article &expected = *DemoTestData::expected().article(fileName);
    const QString newsletter = u"Abmeldung jederzeit möglich."_s;
    QVERIFY(expected.boilerplate.contains(newsletter));
    const int row = rowOfFile(fileName);
    QVERIFY(row >= 0);
    QAction *showOriginal = m_window->findChild<QAction *>(u"showOriginalAction"_s);
    QVERIFY(!showOriginal->isChecked());
    m_window->selectArticleRow(row);
    auto *reader = m_window->findChild<Ui::ReaderView *>(u"readerView"_s);
    QVERIFY(folded(reader->toPlainText()).contains(folded(expected.title)));
    QVERIFY(!reader->toPlainText().contains(newsletter));

    showOriginal->trigger();
    QVERIFY(reader->showOriginal());
    QVERIFY(reader->toPlainText().contains(newsletter));
    QVERIFY(m_settings->showOriginal());
    showOriginal->trigger();
    QVERIFY(!reader->toPlainText().contains(newsletter));
}

void TestMainWindow::showOriginalShowsWhatTheCleanerDropped()
{
    // Whatever the cleaner decided for each article, the two views must show exactly that decision.
    auto *reader = m_window->findChild<Ui::ReaderView *>(u"readerView"_s);
    QAction *showOriginal = m_window->findChild<QAction *>(u"showOriginalAction"_s);
    int checked = 0;
    for (int row = 0; row < m_window->articleModel()->rowCount(); ++row) {
        m_window->selectArticleRow(row);
        QVERIFY(reader->article().has_value());
        const Core::CleanedDocument &doc = reader->article()->document;
        // A whole line outside every body range.
        QString droppedLine;
        qsizetype start = 0;
        for (const QString &line : doc.text.split(u'\n')) {
            const Core::TextSpan span{start, start + line.size()};
            start += line.size() + 1;
            const bool touchesBody = std::any_of(doc.body.cbegin(), doc.body.cend(), [&](const Core::TextSpan &b) {
                return b.start < span.end && span.start < b.end;
            });
            if (!touchesBody && folded(line).size() > droppedLine.size() && folded(line).size() > 20) {
                droppedLine = folded(line);
            }
        }
        if (droppedLine.isEmpty()) {
            continue;
        }
        QVERIFY(!folded(reader->toPlainText()).contains(droppedLine));
        showOriginal->trigger();
        QVERIFY2(folded(reader->toPlainText()).contains(droppedLine), qPrintable(droppedLine));
        showOriginal->trigger();
        ++checked;
    }
    QVERIFY2(checked > 0, "the cleaner dropped nothing from any demo article");
}

void TestMainWindow::searchFiltersTheListAfterAPause()
{
    auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    Ui::ArticleTableModel *model = m_window->articleModel();

    // Ctrl+F (QKeySequence::Find) puts the cursor in the search box.
    m_window->findChild<QAction *>(u"findAction"_s)->trigger();
    QVERIFY(search->hasFocus() || !m_window->isActiveWindow());

    const QString word = u"Cambricon"_s;
    const int expected = int(m_window->library()->search(word).size());
    QVERIFY2(expected > 0 && expected < articleCount, "the search word must split the article set");

    // Read an article that the search will find: it stays selected and shown through the filtering.
    const qint64 reading = m_window->library()->search(word).constFirst();
    m_window->selectArticleRow(model->rowOfArticle(reading));
    auto *view = m_window->findChild<QTableView *>(u"articleView"_s);
    auto *reader = m_window->findChild<Ui::ReaderView *>(u"readerView"_s);
    QCOMPARE(reader->article()->id, reading);

    QSignalSpy queries(model, &Ui::ArticleTableModel::queryStarted);
    QTest::keyClicks(search, word);
    // Debounced: typing alone does not query; the pause after it runs one query for the whole word.
    QVERIFY(model->filterText().isEmpty());
    QCOMPARE(model->rowCount(), articleCount);
    QTRY_COMPARE(model->rowCount(), expected);
    QCOMPARE(model->filterText(), word);
    QCOMPARE(queries.size(), 1);
    QCOMPARE(model->articleId(view->currentIndex().row()), reading);
    QCOMPARE(reader->article()->id, reading);
    QVERIFY(m_window->findChild<QLabel *>(u"articleCountLabel"_s)->text().contains(u"%1"_s.arg(expected)));

    search->clear();
    QTest::keyClicks(search, u"Zzyzxwortgibtesnicht"_s);
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!reader->article().has_value()); // nothing listed, nothing shown
    search->clear();
    QTRY_COMPARE(model->rowCount(), articleCount);
}

void TestMainWindow::headerClickSortsTheList()
{
    auto *view = m_window->findChild<QTableView *>(u"articleView"_s);
    QHeaderView *header = view->horizontalHeader();
    const int column = Ui::ArticleTableModel::TitleColumn;
    const QRect section(header->sectionViewportPosition(column), 0, header->sectionSize(column), header->height());
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section.center());
    QCOMPARE(header->sortIndicatorSection(), column);

    const auto titles = [view] {
        QStringList out;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            out << view->model()->index(row, Ui::ArticleTableModel::TitleColumn).data().toString();
        }
        return out;
    };
    QStringList sorted = titles();
    std::sort(sorted.begin(), sorted.end());
    if (header->sortIndicatorOrder() == Qt::DescendingOrder) {
        std::reverse(sorted.begin(), sorted.end());
    }
    QTRY_COMPARE(titles(), sorted);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section.center());
    std::reverse(sorted.begin(), sorted.end());
    QTRY_COMPARE(titles(), sorted);
}

void TestMainWindow::openArticleAtScrollsToTheSentence()
{
    // The last article of the list, with another one selected: opening it at a sentence selects it, shows
    // it and selects exactly that sentence in the reader.
    Ui::ArticleTableModel *model = m_window->articleModel();
    QVERIFY(model->rowCount() >= 2);
    m_window->selectArticleRow(0);
    const qint64 target = model->articleId(model->rowCount() - 1);
    const auto article = m_window->library()->article(target);
    QVERIFY(article);
    const QString &text = article->document.text;
    QVERIFY(!article->document.body.isEmpty());
    const Core::TextSpan body = article->document.body.constLast();
    const qsizetype start = body.start;
    const qsizetype end = std::min<qsizetype>(body.start + 40, body.end);
    QVERIFY(m_window->openArticleAt(target, start, end));
    QCOMPARE(m_window->reader()->article()->id, target);
    const QString selected = m_window->reader()->textCursor().selectedText();
    QCOMPARE(folded(selected), folded(text.mid(start, end - start)));
    auto *view = m_window->findChild<QTableView *>(u"articleView"_s);
    QCOMPARE(model->articleId(m_window->articleProxy()->mapToSource(view->currentIndex()).row()), target);

    QVERIFY(!m_window->openArticleAt(987654, 0, 10));
}

void TestMainWindow::reimportReportsDuplicates()
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::importFinished);
    QVERIFY(m_window->importPaths({articlesDir}));
    QVERIFY(waitForImport(finished));
    const Core::ImportReport report = reportFrom(finished);
    QCOMPARE(report.duplicates.size(), articleCount);
    QVERIFY(report.importedIds.isEmpty());
    QCOMPARE(m_window->articleModel()->rowCount(), articleCount);

    auto *dialog = m_window->findChild<Ui::ImportReportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(u"duplicateCount"_s)->text(), QString::number(articleCount));
    QVERIFY(dialog->findChild<QLabel *>(u"importSummary"_s)->text().contains(u"duplicates: %1"_s.arg(articleCount)));
    auto *details = dialog->findChild<QTreeWidget *>(u"importDetails"_s);
    QVERIFY(details);
    QCOMPARE(details->topLevelItem(0)->childCount(), articleCount);
    closeReportDialogs();
}

void TestMainWindow::cancellingAnImportLeavesAConsistentLibrary()
{
    // Many small articles of our own, so that the import is still running when the cancel arrives.
    constexpr int fileCount = 600;
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (int i = 0; i < fileCount; ++i) {
        QFile file(folder.filePath(u"meldung-%1.txt"_s.arg(i, 4, 10, QChar(u'0'))));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Testmeldung Nummer %1 über Rechenzentren\n"
                   "Ein Betreiber erweitert sein Rechenzentrum Nummer %1 um weitere Beschleuniger. Die Anlage soll "
                   "im kommenden Jahr in Betrieb gehen, teilte das Unternehmen mit.\n"
                   "Zu den Kosten der Erweiterung Nummer %1 machte der Betreiber keine Angaben.\n"_s.arg(i)
                       .toUtf8());
    }
    const qint64 before = m_window->library()->articleCount();

    auto *cancel = m_window->findChild<QPushButton *>(u"cancelImportButton"_s);
    auto *progress = m_window->findChild<QProgressBar *>(u"importProgress"_s);
    // Press Cancel as soon as the first file is reported, as a user watching the progress bar would.
    QMetaObject::Connection pressCancel = connect(progress, &QProgressBar::valueChanged, this, [cancel](int value) {
        if (value >= 1 && cancel->isVisible() && cancel->isEnabled()) {
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::importFinished);
    QVERIFY(m_window->importPaths({folder.path()}));
    QVERIFY(waitForImport(finished));
    disconnect(pressCancel);

    const Core::ImportReport report = reportFrom(finished);
    QVERIFY(report.cancelled);
    QVERIFY2(report.importedIds.size() < fileCount, "the cancel came too late to interrupt the import");
    auto *dialog = m_window->findChild<Ui::ImportReportDialog *>();
    QVERIFY(dialog && dialog->findChild<QLabel *>(u"importCancelledNote"_s));
    closeReportDialogs();

    // What the report says is in, is in, whole; nothing else is.
    Core::Library *library = m_window->library();
    QCOMPARE(library->articleCount(), before + report.importedIds.size());
    QCOMPARE(m_window->articleModel()->rowCount(), int(library->articleCount()));
    for (qint64 id : report.importedIds) {
        const auto article = library->article(id);
        QVERIFY(article.has_value());
        QVERIFY(article->document.text.contains(u"Zu den Kosten der Erweiterung"_s));
    }

    // Importing again completes the set: no article was left half-stored by the cancel.
    QSignalSpy again(m_window.get(), &Ui::MainWindow::importFinished);
    QVERIFY(m_window->importPaths({folder.path()}));
    QVERIFY(waitForImport(again));
    const Core::ImportReport rest = reportFrom(again);
    QVERIFY(!rest.cancelled);
    QVERIFY(rest.refused.isEmpty());
    QCOMPARE(rest.duplicates.size(), report.importedIds.size());
    QCOMPARE(rest.importedIds.size() + rest.duplicates.size(), fileCount);
    QCOMPARE(library->articleCount(), before + fileCount);
    QCOMPARE(m_window->articleModel()->rowCount(), int(before + fileCount));
    closeReportDialogs();
}

void TestMainWindow::layoutPersistsAcrossWindows()
{
    Ui::Settings settings(m_dir.filePath(u"layout.ini"_s));
    QList<int> sizes;
    {
        Ui::MainWindow window(settings);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({300, 880});
        sizes = splitter->sizes();
        window.close();
    }
    QVERIFY(!settings.windowGeometry().isEmpty());
    QVERIFY(!settings.mainSplitterState().isEmpty());
    Ui::MainWindow window(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1200, 700));
    QCOMPARE(window.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

void TestMainWindow::droppingAFolderImportsIt()
{
    Ui::Settings settings(m_dir.filePath(u"drop.ini"_s));
    Ui::MainWindow window(settings);
    window.setSavesState(false);
    QVERIFY(window.openLibrary(m_dir.filePath(u"drop.sqlite"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(articlesDir)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());

    QSignalSpy finished(&window, &Ui::MainWindow::importFinished);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(waitForImport(finished));
    QCOMPARE(window.articleModel()->rowCount(), articleCount);
    for (Ui::ImportReportDialog *dialog : window.findChildren<Ui::ImportReportDialog *>()) {
        dialog->close();
    }

    // Something that is not a local file is not taken.
    QMimeData remote;
    remote.setUrls({QUrl(u"https://example.org/article.html"_s)});
    QDragEnterEvent remoteEnter(centre, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &remoteEnter);
    QVERIFY(!remoteEnter.isAccepted());
}

void TestMainWindow::recentLibrariesMenuReopensALibrary()
{
    const QString first = m_dir.filePath(u"recent-a.sqlite"_s);
    const QString second = m_dir.filePath(u"recent-b.sqlite"_s);
    for (const QString &path : {first, second}) {
        Core::Library library(path);
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
    }
    Ui::Settings settings(m_dir.filePath(u"recent.ini"_s));
    settings.addRecentLibrary(second);
    settings.addRecentLibrary(first);
    Ui::MainWindow window(settings);
    window.setSavesState(false);
    QVERIFY(window.openLibrary(first));

    auto *menu = window.findChild<QMenu *>(u"recentLibrariesMenu"_s);
    QVERIFY(menu && menu->isEnabled());
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction *entry = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QDir::toNativeSeparators(second)) {
            entry = action;
        }
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(QFileInfo(window.library()->location()).absoluteFilePath(), QFileInfo(second).absoluteFilePath());
    // The library the user picked is the one to open next time, and it heads the recent list.
    QCOMPARE(QFileInfo(settings.libraryPath()).absoluteFilePath(), QFileInfo(second).absoluteFilePath());
    QCOMPARE(settings.recentLibraries().constFirst(), QFileInfo(second).absoluteFilePath());
}

void TestMainWindow::damagedLibrary_opensReadOnlyWithImportsOff()
{
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    {
        Core::Library library(path);
        QVERIFY(library.open(nullptr));
        for (int i = 0; i < 200; ++i) {
            Core::LoadedArticle a;
            a.filePath = u"/tmp/a%1.txt"_s.arg(i);
            a.document.text = u"Artikel %1 über Chips. "_s.arg(i).repeated(40);
            a.document.body = {{0, a.document.text.size()}};
            a.document.meta.title = u"Titel %1"_s.arg(i);
            QCOMPARE(library.insertArticle(a).outcome, Core::InsertOutcome::Inserted);
        }
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qsizetype at = f.readAll().indexOf("Artikel 100 ");
        QVERIFY(at > 0 && f.seek(at / 4096 * 4096));
        QCOMPARE(f.write(QByteArray(4096, '\xA5')), 4096);
    }
    Ui::Settings settings(m_dir.filePath(u"damaged.ini"_s));
    Ui::MainWindow window(settings);
    window.setSavesState(false);
    QString error;
    bool damaged = false;
    QVERIFY(!window.openLibrary(path, &error, Core::Library::OpenMode::ReadWrite, &damaged));
    QVERIFY(damaged);

    // The dialog offers to open it read-only; take that.
    bool offered = false;
    QTimer::singleShot(0, this, [&offered] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"damagedLibraryBox"_s) {
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == u"Open Read-Only"_s) {
                offered = true;
                button->click();
            }
        }
    });
    QVERIFY(window.offerDamagedLibrary(path, error));
    QVERIFY(offered);
    QVERIFY(window.library()->isReadOnly());
    QVERIFY2(window.windowTitle().contains(u"read-only"_s), qPrintable(window.windowTitle()));
    auto *label = window.findChild<QLabel *>(u"libraryLabel"_s);
    QVERIFY(label && label->text().contains(u"damaged, read-only"_s));
    // What can be read is listed; a row on the damaged page says so instead of staying blank.
    Ui::ArticleTableModel *model = window.articleModel();
    QCOMPARE(model->rowCount(), 200);
    int readable = 0;
    int unreadable = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString title = model->index(row, Ui::ArticleTableModel::TitleColumn).data().toString();
        readable += title.startsWith(u"Titel "_s) ? 1 : 0;
        unreadable += title.contains(u"cannot be read"_s) ? 1 : 0;
    }
    QVERIFY2(readable >= 190 && unreadable >= 1 && readable + unreadable == 200,
             qPrintable(u"%1 readable, %2 unreadable"_s.arg(readable).arg(unreadable)));
    QVERIFY(!window.findChild<QAction *>(u"importFilesAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"importFolderAction"_s)->isEnabled());
    QVERIFY(!window.importPaths({m_dir.path()}));
    QVERIFY(!window.isImporting());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
