// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Corrections and the entity panel through the real main window on the demo articles: the reader's
// context menu marks a word as a company in every article, "Not an entity" removes a highlight library-wide,
// undo and redo follow, corrections survive a restart and are removed from Edit > Corrections, and the entity
// panel lists every mention of MetaX and opens each one.
#include "correctioncontroller.h"
#include "correctionsdialog.h"
#include "entityhighlighter.h"
#include "entitypanel.h"
#include "linkchooser.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "readerview.h"
#include "settings.h"
#include "storage/analysisstore.h"
#include "storage/library.h"
#include "workspace/entitymentionsmodel.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

constexpr int timeoutMs = 180000;
const QString plainWord = u"Exportkontrollen"_s; // an ordinary German noun the reader shows in two demo articles
const QString knownName = u"MetaX"_s;
const QString knownId = u"metax"_s;

} // namespace

class TestCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void entityPanelListsEveryMentionAndOpensIt();
    void markingAWordMakesItACompanyInEveryArticle();
    void notAnEntityRemovesAHighlightLibraryWideWithUndoAndRedo();
    void correctionsSurviveARestartAndAreRemovedFromTheList();
    void linkToChoosesTheEntityAHighlightNames();
    void acceptingASuggestionMakesItAnEntity();

private:
    void createWindow();
    // Runs `action` and waits for the background analysis it starts to finish.
    bool changeAndWait(const std::function<void()> &action);
    qint64 count(const QString &sql, const QString &value) const;
    // The context menu at the reader's mark covering `original` (no selection), as the user opens it.
    std::unique_ptr<QMenu> menuAtMark(qsizetype original);
    // Articles whose shown text contains `word` where the reader can show it, with the original offset.
    QList<QPair<qint64, qsizetype>> occurrences(const QString &word);
    // The reader's entity mark at an original offset of the shown article, or nullptr.
    const Ui::ReaderMark *markAt(qsizetype original) const;
    int mentionIndexOf(const QString &entityId) const;

    MainWindowFixture m_fixture;
    QTemporaryDir &m_dir = m_fixture.dir;
    std::unique_ptr<Ui::MainWindow> &m_window = m_fixture.window;
    qint64 m_knownMentions = 0;
    int m_lastAnalysed = -1; // articles the last changeAndWait() analysed
};

void TestCorrections::initTestCase()
{
    createWindow();
    const QString imported = m_fixture.importDemoArticles();
    QVERIFY2(imported.isEmpty(), qPrintable(imported));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAnalysing(), timeoutMs);
    const Core::AnalysisStore store(*m_window->library());
    QVERIFY(store.staleArticles(store.knowledgeBase().revision()).isEmpty());
    m_knownMentions = count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId);
    QCOMPARE(m_knownMentions, 4); // "MetaX" four times in star-market-gpu-ipos.txt, in no other demo article
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE canonical = ?"_s, plainWord), 0);
}

void TestCorrections::cleanupTestCase()
{
    m_fixture.reset();
}

void TestCorrections::createWindow()
{
    const QString opened = m_fixture.openWindow();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
}

bool TestCorrections::changeAndWait(const std::function<void()> &action)
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::analysisFinished);
    action();
    if (!m_window->isAnalysing() && finished.isEmpty()) {
        return false; // the change started no analysis
    }
    const QDeadlineTimer deadline(timeoutMs);
    while ((finished.isEmpty() || m_window->isAnalysing()) && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    m_lastAnalysed = finished.isEmpty() ? -1 : finished.constLast().constFirst().toInt();
    return !finished.isEmpty() && !m_window->isAnalysing();
}

qint64 TestCorrections::count(const QString &sql, const QString &value) const
{
    QSqlQuery q(m_window->library()->database());
    q.prepare(sql);
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QList<QPair<qint64, qsizetype>> TestCorrections::occurrences(const QString &word)
{
    QList<QPair<qint64, qsizetype>> out;
    for (const qint64 id : m_window->library()->articleIds()) {
        const QString text = m_window->library()->article(id)->document.text;
        for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            m_window->openArticleAt(id, at, at + word.size());
            if (m_window->reader()->documentPosition(at) >= 0) {
                out.append({id, at});
                break;
            }
        }
    }
    return out;
}

const Ui::ReaderMark *TestCorrections::markAt(qsizetype original) const
{
    const int position = m_window->reader()->documentPosition(original);
    return position < 0 ? nullptr : m_window->reader()->highlighter()->markAt(position);
}

std::unique_ptr<QMenu> TestCorrections::menuAtMark(qsizetype original)
{
    Ui::ReaderView *reader = m_window->reader();
    const Ui::ReaderMark *mark = markAt(original);
    if (!mark) {
        return nullptr;
    }
    QTextCursor cursor(reader->document());
    cursor.setPosition(mark->start + 1);
    reader->setTextCursor(cursor);
    return std::unique_ptr<QMenu>(reader->buildContextMenu(reader->cursorRect(cursor).center()));
}

int TestCorrections::mentionIndexOf(const QString &entityId) const
{
    const auto &analysis = m_window->reader()->analysis();
    if (!analysis) {
        return -1;
    }
    for (int i = 0; i < analysis->entities.size(); ++i) {
        if (analysis->entities.at(i).entityId == entityId) {
            return i;
        }
    }
    return -1;
}

void TestCorrections::entityPanelListsEveryMentionAndOpensIt()
{
    const auto found = occurrences(knownName);
    QVERIFY(!found.isEmpty());
    QVERIFY(m_window->openArticleAt(found.constFirst().first, found.constFirst().second,
                                    found.constFirst().second + knownName.size()));
    const int index = mentionIndexOf(knownId);
    QVERIFY(index >= 0);

    Ui::EntityPanel *panel = m_window->entityPanel();
    QSignalSpy loaded(panel, &Ui::EntityPanel::loaded);
    m_window->onEntityClicked(index); // what a click on the highlight does
    QVERIFY(panel->isVisible());
    QVERIFY(loaded.wait(timeoutMs) || !loaded.isEmpty());
    QCOMPARE(panel->entity().entityId, knownId);
    QCOMPARE(qint64(panel->model()->rowCount()), m_knownMentions);
    QCOMPARE(panel->findChild<QLabel *>(u"entityNameLabel"_s)->text(), knownName);
    QVERIFY(panel->findChild<QLabel *>(u"entityCountLabel"_s)->text().contains(QString::number(m_knownMentions)));
    for (const Core::EntityMentionRecord &r : panel->model()->records()) {
        QCOMPARE(r.surface.left(knownName.size()), knownName);
        QVERIFY2(r.sentence.contains(knownName), qPrintable(r.sentence));
    }

    // Searchable: a word of one sentence keeps only the mentions in sentences with it.
    const QString firstSentence = panel->model()->record(0).sentence;
    const QString word = firstSentence.split(u' ').constLast();
    panel->findChild<QLineEdit *>(u"entityMentionSearch"_s)->setText(word);
    QVERIFY(panel->proxy()->rowCount() >= 1);
    QVERIFY(panel->proxy()->rowCount() <= panel->model()->rowCount());
    panel->findChild<QLineEdit *>(u"entityMentionSearch"_s)->clear();
    QCOMPARE(qint64(panel->proxy()->rowCount()), m_knownMentions);

    // Every row opens its article with the mention selected.
    for (int row = 0; row < panel->proxy()->rowCount(); ++row) {
        const QModelIndex proxyIndex = panel->proxy()->index(row, Core::EntityMentionsModel::SentenceColumn);
        const Core::EntityMentionRecord &r = panel->model()->record(panel->proxy()->mapToSource(proxyIndex).row());
        QVERIFY(panel->activate(proxyIndex));
        QCOMPARE(m_window->reader()->article()->id, r.articleId);
        QCOMPARE(m_window->reader()->textCursor().selectedText(), r.surface);
    }
}

void TestCorrections::markingAWordMakesItACompanyInEveryArticle()
{
    const auto found = occurrences(plainWord);
    QVERIFY2(found.size() >= 2, "the word must be shown in two articles");
    const auto [first, firstAt] = found.constFirst();
    QVERIFY(m_window->openArticleAt(first, firstAt, firstAt + plainWord.size()));
    QVERIFY(!markAt(firstAt));
    QCOMPARE(m_window->reader()->textCursor().selectedText(), plainWord);

    // The reader's context menu on the selection, as the user opens it (built, not executed).
    std::unique_ptr<QMenu> menu(m_window->reader()->buildContextMenu(QPoint(4, 4)));
    auto *markAsCompany = menu->findChild<QAction *>(u"markAsCOMPANYAction"_s);
    QVERIFY(markAsCompany);
    QVERIFY(changeAndWait([&] { markAsCompany->trigger(); }));
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(m_window->findChild<QAction *>(u"undoAction"_s)->isEnabled());

    // In another article the word is now a company highlight too.
    const auto [second, secondAt] = found.at(1);
    QVERIFY(second != first);
    QVERIFY(m_window->openArticleAt(second, secondAt, secondAt + plainWord.size()));
    const Ui::ReaderMark *mark = markAt(secondAt);
    QVERIFY2(mark, "the marked word is highlighted in the other article");
    QCOMPARE(mark->kind, Ui::MarkKind::Company);
    QCOMPARE(m_window->reader()->analysis()->entities.at(mark->index).canonical, plainWord);
    QVERIFY(count(u"SELECT count(DISTINCT article_id) FROM mentions WHERE canonical = ?"_s, plainWord) >= 2);
}

void TestCorrections::notAnEntityRemovesAHighlightLibraryWideWithUndoAndRedo()
{
    const auto found = occurrences(knownName);
    const auto [id, at] = found.constFirst();
    QVERIFY(m_window->openArticleAt(id, at, at + knownName.size()));
    const Ui::ReaderMark *mark = markAt(at);
    QVERIFY(mark);
    QCOMPARE(mark->kind, Ui::MarkKind::Company);

    // The context menu on the highlight, at the highlight's place in the viewport.
    Ui::ReaderView *reader = m_window->reader();
    QTextCursor cursor(reader->document());
    cursor.setPosition(mark->start + 1);
    reader->setTextCursor(cursor); // no selection: the menu is about the highlight
    const QPoint inside = reader->cursorRect(cursor).center();
    std::unique_ptr<QMenu> menu(reader->buildContextMenu(inside));
    auto *notAnEntity = menu->findChild<QAction *>(u"notAnEntityAction"_s);
    QVERIFY(notAnEntity);
    QVERIFY(menu->findChild<QAction *>(u"linkToAction"_s));
    QVERIFY(changeAndWait([&] { notAnEntity->trigger(); }));
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), 0);
    QVERIFY(!markAt(at));
    // Only the articles with the name in them were analysed again, in the background; the others kept theirs.
    const qint64 containing =
        count(u"SELECT count(*) FROM articles WHERE instr(lower(original_text), lower(?)) > 0"_s, knownName);
    QVERIFY(containing > 0 && containing < m_window->library()->articleCount());
    QCOMPARE(qint64(m_lastAnalysed), containing);

    QVERIFY(changeAndWait([&] { m_window->undoStack()->undo(); }));
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), m_knownMentions);
    QVERIFY(markAt(at));
    QCOMPARE(markAt(at)->kind, Ui::MarkKind::Company);

    QVERIFY(changeAndWait([&] { m_window->undoStack()->redo(); }));
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), 0);
    QVERIFY(!markAt(at));
}

void TestCorrections::correctionsSurviveARestartAndAreRemovedFromTheList()
{
    m_window->close();
    m_window.reset();
    createWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAnalysing(), timeoutMs);
    QCOMPARE(m_window->undoStack()->count(), 0); // undo is per session
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), 0);
    const auto found = occurrences(knownName);
    const auto [id, at] = found.constFirst();
    QVERIFY(m_window->openArticleAt(id, at, at + knownName.size()));
    QVERIFY(!markAt(at));

    Ui::CorrectionsDialog *dialog = m_window->showCorrections();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 2);
    int rejectionRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == knownName) {
            rejectionRow = row;
        }
    }
    QVERIFY(rejectionRow >= 0);
    QVERIFY(changeAndWait([&] { QVERIFY(dialog->removeRow(rejectionRow)); }));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), m_knownMentions);
    QVERIFY(m_window->openArticleAt(id, at, at + knownName.size()));
    QVERIFY(markAt(at));

    // The removal is undoable like any correction.
    QCOMPARE(m_window->undoStack()->count(), 1);
    QVERIFY(changeAndWait([&] { m_window->undoStack()->undo(); }));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, knownId), 0);
    dialog->close();
}

void TestCorrections::linkToChoosesTheEntityAHighlightNames()
{
    const QString surface = u"TSMC"_s;
    const auto found = occurrences(surface);
    QVERIFY(!found.isEmpty());
    const auto [id, at] = found.constFirst();
    QVERIFY(m_window->openArticleAt(id, at, at + surface.size()));
    const auto mentionAt = [this, at] {
        const Ui::ReaderMark *mark = markAt(at);
        return mark ? m_window->reader()->analysis()->entities.at(mark->index) : Core::EntityMention{};
    };
    QCOMPARE(mentionAt().entityId, u"tsmc"_s);
    const qint64 tsmcMentions = count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, u"tsmc"_s);

    std::unique_ptr<QMenu> menu = menuAtMark(at);
    QVERIFY(menu);
    auto *linkTo = menu->findChild<QAction *>(u"linkToAction"_s);
    QVERIFY(linkTo);
    linkTo->trigger();
    auto *chooser = m_window->findChild<Ui::LinkChooser *>();
    QVERIFY(chooser);
    QVERIFY(chooser->isVisible());
    QVERIFY(!chooser->isModal());
    chooser->filterField()->setText(u"moore threads"_s);
    QVERIFY(chooser->list()->model()->rowCount() >= 1);
    QVERIFY(chooser->list()->model()->index(0, 0).data().toString().startsWith(u"Moore Threads"_s));
    QVERIFY(changeAndWait([&] { QVERIFY(chooser->choose(0)); }));
    QCOMPARE(mentionAt().entityId, u"moore_threads"_s);
    QCOMPARE(mentionAt().canonical, u"Moore Threads"_s);
    // Every "TSMC" of the library moved; other names of TSMC stay with it.
    QVERIFY(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, u"tsmc"_s) < tsmcMentions);

    QVERIFY(changeAndWait([&] { m_window->undoStack()->undo(); }));
    QCOMPARE(mentionAt().entityId, u"tsmc"_s);
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, u"tsmc"_s), tsmcMentions);
}

void TestCorrections::acceptingASuggestionMakesItAnEntity()
{
    // The demo articles name no company the knowledge base lacks: one more article does.
    QFile file(m_dir.filePath(u"newcomer/newcomer.txt"_s));
    QVERIFY(QDir(m_dir.path()).mkpath(u"newcomer"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Neuer Chipentwickler\n\nDer Chipentwickler Qubitron aus Hefei stellte am Montag seinen ersten "
               "KI-Beschleuniger vor. Qubitron will damit Rechenzentren in China beliefern.\n"_s.toUtf8());
    file.close();
    QSignalSpy imported(m_window.get(), &Ui::MainWindow::importFinished);
    QVERIFY(m_window->importPaths({file.fileName()}, Ui::MainWindow::ImportOrigin::Background));
    QVERIFY(imported.wait(timeoutMs) || !imported.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAnalysing(), timeoutMs);

    QSqlQuery q(m_window->library()->database());
    QVERIFY(q.exec(u"SELECT article_id, span_start, span_end, canonical, type FROM mentions WHERE suggested = 1 "
                   "ORDER BY article_id, span_start"_s));
    qint64 id = 0;
    qsizetype at = -1;
    QString canonical;
    while (q.next()) {
        m_window->openArticleAt(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
        if (markAt(q.value(1).toLongLong())) {
            id = q.value(0).toLongLong();
            at = q.value(1).toLongLong();
            canonical = q.value(3).toString();
            break;
        }
    }
    q.finish(); // an open read would keep the analysis from writing
    QVERIFY2(at >= 0, "the reader shows the suggested name");
    QVERIFY(m_window->openArticleAt(id, at, at + 1));
    const Ui::ReaderMark *mark = markAt(at);
    QVERIFY(mark->suggested);
    const Core::EntityType type = m_window->reader()->analysis()->entities.at(mark->index).type;
    std::unique_ptr<QMenu> menu = menuAtMark(at);
    auto *accept = menu->findChild<QAction *>(u"acceptSuggestionAction"_s);
    QVERIFY(accept);
    QVERIFY(changeAndWait([&] { accept->trigger(); }));
    mark = markAt(at);
    QVERIFY(mark);
    QVERIFY(!mark->suggested);
    const Core::EntityMention &accepted = m_window->reader()->analysis()->entities.at(mark->index);
    QCOMPARE(accepted.canonical, canonical);
    QCOMPARE(accepted.type, type);
    QCOMPARE(accepted.entityId, Ui::CorrectionController::userEntityId(canonical, type));
    QCOMPARE(count(u"SELECT count(*) FROM mentions WHERE suggested = 1 AND canonical = ?"_s, canonical), 0);
}

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
