// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Drives the real main window: imported articles are analysed, and the reader highlights what the stored
// analysis found, at the right places, in the cleaned and in the original view. A reader of its own shows
// that on a long article the visible part is highlighted at once and the rest, in the background, ends
// exactly as a full rehighlight would. The window shows the demo articles.
#include "articletablemodel.h"
#include "companyfilterpanel.h"
#include "demotestdata.h"
#include "entitylegend.h"
#include "mainwindow.h"
#include "readerview.h"
#include "settings.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

const QString articlesDir = DemoTestData::articlesDir();
constexpr int importTimeoutMs = 120000;

// The highlight format at a document position, from the layout where QSyntaxHighlighter puts it.
QTextCharFormat highlightAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int inBlock = position - block.position();
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

bool isKind(const QTextCharFormat &format, Ui::MarkKind kind)
{
    return format.hasProperty(QTextFormat::UserProperty) &&
           format.intProperty(QTextFormat::UserProperty) == static_cast<int>(kind);
}

// A long article of paragraphs of three sorts: with a company, a chip and a figure; with a company only;
// with a chip and a figure only. So switching one type off leaves some blocks untouched.
std::pair<Core::StoredArticle, Core::ArticleAnalysis> longArticle(qsizetype size, const QString &company)
{
    Core::StoredArticle article;
    article.id = 1;
    article.filePath = u"long.txt"_s;
    article.document.meta.title = u"Long"_s;
    Core::ArticleAnalysis analysis;
    QString &text = article.document.text;
    const QString name = company.leftJustified(6, u' ', true);
    int paragraph = 0;
    while (text.size() < size) {
        for (int sentence = 0; sentence < 5; ++sentence) {
            const qsizetype at = text.size();
            text += u"Der Hersteller "_s + name + u" verkauft den Chip X100 f\u00FCr 12,5 Milliarden Yuan. "_s;
            if (paragraph % 3 != 2) {
                analysis.entities.append(
                    {{at + 15, at + 21}, Core::EntityType::Company, company.toLower(), company, 1.0, false});
            }
            if (paragraph % 3 != 1) {
                analysis.entities.append(
                    {{at + 36, at + 40}, Core::EntityType::Chip, u"x100"_s, u"X100"_s, 1.0, paragraph % 5 == 0});
                Core::Figure figure;
                figure.span = {at + 45, at + 65};
                analysis.figures.append(figure);
            }
        }
        text += u'\n';
        ++paragraph;
    }
    article.document.body.append({0, text.size()});
    return {article, analysis};
}

using BlockFormats = QList<QList<QTextLayout::FormatRange>>;

BlockFormats blockFormats(const QTextDocument *document)
{
    BlockFormats result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        result.append(block.layout()->formats());
    }
    return result;
}

// The first block whose highlight differs between two snapshots (among `first`..`last`), or -1.
int firstDifference(const BlockFormats &actual, const BlockFormats &expected, int first = 0, int last = -1)
{
    if (actual.size() != expected.size()) {
        return static_cast<int>(std::min(actual.size(), expected.size()));
    }
    if (last < 0) {
        last = static_cast<int>(actual.size()) - 1;
    }
    for (int number = first; number <= last; ++number) {
        const auto &a = actual.at(number);
        const auto &b = expected.at(number);
        const bool same = std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                                     [](const QTextLayout::FormatRange &x, const QTextLayout::FormatRange &y) {
                                         return x.start == y.start && x.length == y.length && x.format == y.format;
                                     });
        if (!same) {
            return number;
        }
    }
    return -1;
}

// What a full rehighlight of the reader gives: the reference every other path must match.
BlockFormats fullyRehighlighted(Ui::ReaderView *reader)
{
    reader->highlighter()->rehighlight();
    return blockFormats(reader->document());
}

// The block numbers shown in the reader's viewport.
std::pair<int, int> shownBlocks(const Ui::ReaderView *reader)
{
    const QRect area = reader->viewport()->rect();
    return {reader->cursorForPosition(area.topLeft()).blockNumber(),
            reader->cursorForPosition(area.bottomRight()).blockNumber()};
}

bool hasKind(const BlockFormats &formats, Ui::MarkKind kind)
{
    return std::any_of(formats.cbegin(), formats.cend(), [kind](const QList<QTextLayout::FormatRange> &ranges) {
        return std::any_of(ranges.cbegin(), ranges.cend(),
                           [kind](const QTextLayout::FormatRange &range) { return isKind(range.format, kind); });
    });
}

constexpr int drainTimeoutMs = 60000;
constexpr qsizetype longArticleSize = 120000;

} // namespace

class TestReaderHighlights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingHighlightsTheViewFirstAndTheRestLater();
    void toggledTypeIsRightInViewAtOnceAndEverywhereAfterTheQueue();
    void blocksScrolledIntoViewAreHighlightedBeforeTheirTurn();
    void togglingQuicklyEndsInTheLastState();
    void newArticleDropsTheOldQueue();

    void initTestCase();
    void cleanupTestCase();
    void importAnalysesEveryArticle();
    void knownCompanyIsHighlightedAndPlainWordsAreNot();
    void everyMarkCoversTheTextOfItsMention_data();
    void everyMarkCoversTheTextOfItsMention();
    void legendHidesAndShowsAType();
    void companyFilterLeavesTheArticlesNamingTheCompany();
    void filterIsRestoredInANewWindow();
    void clearRemovesTheWholeFilter();
    void staleArticlesAreAnalysedWhenTheLibraryOpens();

private:
    std::unique_ptr<Ui::ReaderView> longReader(const QString &company = u"Acme"_s);
    void showFile(const QString &fileName);
    QSet<qint64> shownArticles() const;
    QSet<qint64> articlesMentioning(const QString &company) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

std::unique_ptr<Ui::ReaderView> TestReaderHighlights::longReader(const QString &company)
{
    auto reader = std::make_unique<Ui::ReaderView>();
    reader->resize(700, 500);
    reader->show();
    if (!QTest::qWaitForWindowExposed(reader.get())) {
        return nullptr;
    }
    const auto [article, analysis] = longArticle(longArticleSize, company);
    reader->setArticle(article, analysis);
    return reader;
}

void TestReaderHighlights::openingHighlightsTheViewFirstAndTheRestLater()
{
    const std::unique_ptr<Ui::ReaderView> reader = longReader();
    QVERIFY(reader);
    Ui::EntityHighlighter *highlighter = reader->highlighter();
    // Only part of the document is done before the event loop runs again ...
    QVERIFY(highlighter->pendingBlocks() > 0);
    QVERIFY(highlighter->pendingBlocks() < reader->document()->blockCount());
    const auto [first, last] = shownBlocks(reader.get());
    QVERIFY(last > first);
    const BlockFormats atOnce = blockFormats(reader->document());
    QVERIFY(hasKind(atOnce, Ui::MarkKind::Company));

    // ... the rest follows in the background, and the end state is that of a full rehighlight.
    QSignalSpy finished(highlighter, &Ui::EntityHighlighter::pendingFinished);
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    QCOMPARE(finished.size(), 1);
    const BlockFormats drained = blockFormats(reader->document());
    const BlockFormats reference = fullyRehighlighted(reader.get());
    QCOMPARE(firstDifference(atOnce, reference, first, last), -1);
    QCOMPARE(firstDifference(drained, reference), -1);
    QVERIFY(firstDifference(atOnce, reference) >= 0); // the far part was really left for later
}

void TestReaderHighlights::toggledTypeIsRightInViewAtOnceAndEverywhereAfterTheQueue()
{
    const std::unique_ptr<Ui::ReaderView> reader = longReader();
    QVERIFY(reader);
    Ui::EntityHighlighter *highlighter = reader->highlighter();
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum() / 2);
    QVERIFY(QTest::qWaitForWindowExposed(reader.get()));

    highlighter->setKindVisible(Ui::MarkKind::Company, false);
    // No event loop yet: what is on screen is already right, the rest waits.
    const BlockFormats atOnce = blockFormats(reader->document());
    const auto [first, last] = shownBlocks(reader.get());
    QVERIFY(highlighter->pendingBlocks() > 0);
    QVERIFY(!hasKind(atOnce.mid(first, last - first + 1), Ui::MarkKind::Company));
    QVERIFY(hasKind(atOnce.mid(first, last - first + 1), Ui::MarkKind::Chip));
    QVERIFY(hasKind(atOnce, Ui::MarkKind::Company)); // not yet everywhere

    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats drained = blockFormats(reader->document());
    QVERIFY(!hasKind(drained, Ui::MarkKind::Company));
    const BlockFormats reference = fullyRehighlighted(reader.get());
    QCOMPARE(firstDifference(atOnce, reference, first, last), -1);
    QCOMPARE(firstDifference(drained, reference), -1);

    highlighter->setKindVisible(Ui::MarkKind::Company, true);
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats shownAgain = blockFormats(reader->document());
    QVERIFY(hasKind(shownAgain, Ui::MarkKind::Company));
    QCOMPARE(firstDifference(shownAgain, fullyRehighlighted(reader.get())), -1);
}

void TestReaderHighlights::blocksScrolledIntoViewAreHighlightedBeforeTheirTurn()
{
    const std::unique_ptr<Ui::ReaderView> reader = longReader();
    QVERIFY(reader);
    Ui::EntityHighlighter *highlighter = reader->highlighter();
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);

    // Switched off at the top, then a jump to the end before the queue got there.
    highlighter->setKindVisible(Ui::MarkKind::Chip, false);
    QVERIFY(highlighter->pendingBlocks() > 0);
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
    const BlockFormats atOnce = blockFormats(reader->document());
    const auto [first, last] = shownBlocks(reader.get());
    QCOMPARE(last, reader->document()->blockCount() - 1);
    QVERIFY(!hasKind(atOnce.mid(first, last - first + 1), Ui::MarkKind::Chip));
    QVERIFY(hasKind(atOnce, Ui::MarkKind::Chip)); // the middle still waits

    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats drained = blockFormats(reader->document());
    const BlockFormats reference = fullyRehighlighted(reader.get());
    QCOMPARE(firstDifference(atOnce, reference, first, last), -1);
    QCOMPARE(firstDifference(drained, reference), -1);
}

void TestReaderHighlights::togglingQuicklyEndsInTheLastState()
{
    const std::unique_ptr<Ui::ReaderView> reader = longReader();
    QVERIFY(reader);
    Ui::EntityHighlighter *highlighter = reader->highlighter();
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);

    // Three switches before the event loop runs once: blocks queued by the first must not be forgotten
    // when the second queues others (some paragraphs hold only companies, some only chips).
    highlighter->setKindVisible(Ui::MarkKind::Company, false);
    highlighter->setKindVisible(Ui::MarkKind::Chip, false);
    highlighter->setKindVisible(Ui::MarkKind::Figure, false);
    highlighter->setKindVisible(Ui::MarkKind::Figure, true);
    QVERIFY(highlighter->pendingBlocks() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats drained = blockFormats(reader->document());
    QVERIFY(!hasKind(drained, Ui::MarkKind::Company));
    QVERIFY(!hasKind(drained, Ui::MarkKind::Chip));
    QVERIFY(hasKind(drained, Ui::MarkKind::Figure));
    QCOMPARE(firstDifference(drained, fullyRehighlighted(reader.get())), -1);

    // And back, with a slice run in between.
    highlighter->setKindVisible(Ui::MarkKind::Company, true);
    QCoreApplication::processEvents();
    highlighter->setKindVisible(Ui::MarkKind::Chip, true);
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats back = blockFormats(reader->document());
    QVERIFY(hasKind(back, Ui::MarkKind::Company));
    QVERIFY(hasKind(back, Ui::MarkKind::Chip));
    QCOMPARE(firstDifference(back, fullyRehighlighted(reader.get())), -1);
}

void TestReaderHighlights::newArticleDropsTheOldQueue()
{
    const std::unique_ptr<Ui::ReaderView> reader = longReader(u"Acme"_s);
    QVERIFY(reader);
    Ui::EntityHighlighter *highlighter = reader->highlighter();
    highlighter->setKindVisible(Ui::MarkKind::Figure, false);
    QVERIFY(highlighter->pendingBlocks() > 0);

    // A shorter article, with marks at other places, replaces the long one while its queue still runs.
    auto [article, analysis] = longArticle(longArticleSize / 3, u"Zeta"_s);
    article.id = 2;
    analysis.entities.removeIf([](const Core::EntityMention &mention) { return mention.suggested; });
    reader->setArticle(article, analysis);
    const int blocks = reader->document()->blockCount();
    QVERIFY(highlighter->pendingBlocks() <= blocks);
    QVERIFY(highlighter->pendingBlocks() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(highlighter->pendingBlocks(), 0, drainTimeoutMs);
    const BlockFormats drained = blockFormats(reader->document());
    QCOMPARE(firstDifference(drained, fullyRehighlighted(reader.get())), -1);
    QVERIFY(!hasKind(drained, Ui::MarkKind::Figure));

    // Every highlighted range is a mark of the new article.
    for (QTextBlock block = reader->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const Ui::ReaderMark *mark = highlighter->markAt(block.position() + range.start);
            QVERIFY(mark);
            QCOMPARE(mark->start, block.position() + range.start);
            QCOMPARE(mark->length, range.length);
        }
    }
}

void TestReaderHighlights::initTestCase()
{
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

void TestReaderHighlights::cleanupTestCase()
{
    m_window.reset();
    m_settings.reset();
}

void TestReaderHighlights::showFile(const QString &fileName)
{
    Ui::ArticleTableModel *model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto article = m_window->library()->article(model->articleId(row));
        if (article && QFileInfo(article->filePath).fileName() == fileName) {
            m_window->selectArticleRow(row);
            QTRY_VERIFY(m_window->reader()->article() && m_window->reader()->article()->id == article->id);
            return;
        }
    }
    QFAIL(qPrintable(u"%1 is not in the list"_s.arg(fileName)));
}

void TestReaderHighlights::importAnalysesEveryArticle()
{
    QSignalSpy finished(m_window.get(), &Ui::MainWindow::importFinished);
    QVERIFY(m_window->importPaths({articlesDir}, Ui::MainWindow::ImportOrigin::Background));
    QVERIFY(finished.wait(importTimeoutMs) || !finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting() && !m_window->isAnalysing(), importTimeoutMs);
    Core::AnalysisStore store(*m_window->library());
    QCOMPARE(store.staleArticles(store.knowledgeBase().revision()).size(), 0);
}

void TestReaderHighlights::knownCompanyIsHighlightedAndPlainWordsAreNot()
{
    showFile(u"star-market-gpu-ipos.txt"_s);
    Ui::ReaderView *reader = m_window->reader();
    QTRY_VERIFY(reader->analysis().has_value());
    // The part out of view is highlighted in the background.
    QTRY_COMPARE(reader->highlighter()->pendingBlocks(), 0);

    const QTextCursor name = reader->document()->find(u"MetaX"_s, 0, QTextDocument::FindCaseSensitively);
    QVERIFY(!name.isNull());
    for (int pos = name.selectionStart(); pos < name.selectionEnd(); ++pos) {
        const QTextCharFormat format = highlightAt(reader->document(), pos);
        QVERIFY2(isKind(format, Ui::MarkKind::Company), qPrintable(u"position %1"_s.arg(pos)));
        QVERIFY(format.background().style() != Qt::NoBrush);
    }
    const QTextCharFormat afterName = highlightAt(reader->document(), name.selectionEnd());
    QVERIFY(!isKind(afterName, Ui::MarkKind::Company));

    // Ordinary words of the same article carry no highlight.
    for (const QString &word : {u"prospectus"_s, u"pipeline"_s}) {
        const QTextCursor plain = reader->document()->find(word, 0, QTextDocument::FindWholeWords);
        QVERIFY2(!plain.isNull(), qPrintable(word));
        QVERIFY2(!highlightAt(reader->document(), plain.selectionStart()).hasProperty(QTextFormat::UserProperty),
                 qPrintable(word));
    }
}

void TestReaderHighlights::everyMarkCoversTheTextOfItsMention_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("original");
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        QTest::addRow("%s cleaned", qPrintable(article.file)) << article.file << false;
        QTest::addRow("%s original", qPrintable(article.file)) << article.file << true;
    }
}

void TestReaderHighlights::everyMarkCoversTheTextOfItsMention()
{
    QFETCH(QString, fileName);
    QFETCH(bool, original);
    auto *showOriginal = m_window->findChild<QAction *>(u"showOriginalAction"_s);
    QVERIFY(showOriginal);
    showOriginal->setChecked(original);
    showFile(fileName);
    Ui::ReaderView *reader = m_window->reader();
    QTRY_VERIFY(reader->analysis().has_value());
    const Core::ArticleAnalysis &analysis = *reader->analysis();
    const QString &text = reader->article()->document.text;
    QVERIFY(!analysis.entities.isEmpty());
    QTRY_COMPARE(reader->highlighter()->pendingBlocks(), 0);

    int shown = 0;
    for (int i = 0; i < analysis.entities.size(); ++i) {
        const Core::EntityMention &mention = analysis.entities.at(i);
        const int start = reader->documentPosition(mention.span.start);
        const int last = reader->documentPosition(mention.span.end - 1);
        if (start < 0 || last < 0) {
            continue; // outside what this view shows
        }
        ++shown;
        const QString inOriginal = text.mid(mention.span.start, mention.span.length());
        QTextCursor cursor(reader->document());
        cursor.setPosition(start);
        cursor.setPosition(last + 1, QTextCursor::KeepAnchor);
        // A mention over a line break shows the break as a paragraph separator.
        QString inReader = cursor.selectedText();
        inReader.replace(QChar::ParagraphSeparator, u'\n');
        QCOMPARE(inReader.simplified(), inOriginal.simplified());
        QVERIFY(highlightAt(reader->document(), start).hasProperty(QTextFormat::UserProperty));
    }
    QVERIFY(shown > 0);
    showOriginal->setChecked(false);
}

void TestReaderHighlights::legendHidesAndShowsAType()
{
    showFile(u"star-market-gpu-ipos.txt"_s);
    Ui::ReaderView *reader = m_window->reader();
    QTRY_VERIFY(reader->analysis().has_value());
    const QTextCursor name = reader->document()->find(u"MetaX"_s, 0, QTextDocument::FindCaseSensitively);
    QVERIFY(!name.isNull());

    auto *legend = m_window->findChild<Ui::EntityLegend *>(u"entityLegend"_s);
    QVERIFY(legend);
    QToolButton *companies = legend->button(Ui::MarkKind::Company);
    QVERIFY(companies && companies->isChecked());
    // In view, the switch shows at once, before the event loop runs again ...
    QTextCursor inView(reader->document());
    inView.setPosition(name.selectionStart());
    reader->setTextCursor(inView);
    reader->ensureCursorVisible();
    companies->click();
    QVERIFY(!isKind(highlightAt(reader->document(), name.selectionStart()), Ui::MarkKind::Company));
    companies->click();
    QVERIFY(isKind(highlightAt(reader->document(), name.selectionStart()), Ui::MarkKind::Company));

    // ... and, once the background pass is through, everywhere in the article.
    companies->click();
    QTRY_COMPARE(reader->highlighter()->pendingBlocks(), 0);
    const BlockFormats hidden = blockFormats(reader->document());
    QVERIFY(!hasKind(hidden, Ui::MarkKind::Company));
    QCOMPARE(firstDifference(hidden, fullyRehighlighted(reader)), -1);
    companies->click();
    QTRY_COMPARE(reader->highlighter()->pendingBlocks(), 0);
    QVERIFY(hasKind(blockFormats(reader->document()), Ui::MarkKind::Company));
}

QSet<qint64> TestReaderHighlights::shownArticles() const
{
    QSet<qint64> ids;
    auto *view = m_window->findChild<QTableView *>(u"articleView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex source = m_window->articleProxy()->mapToSource(view->model()->index(row, 0));
        ids.insert(m_window->articleModel()->articleId(source.row()));
    }
    return ids;
}

QSet<qint64> TestReaderHighlights::articlesMentioning(const QString &company) const
{
    QSet<qint64> ids;
    Core::AnalysisStore store(*m_window->library());
    Ui::ArticleTableModel *model = m_window->articleModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->articleId(row);
        const auto analysis = store.analysis(id);
        for (const Core::EntityMention &mention : analysis ? analysis->entities : QList<Core::EntityMention>()) {
            if (mention.type == Core::EntityType::Company && mention.canonical == company) {
                ids.insert(id);
            }
        }
    }
    return ids;
}

void TestReaderHighlights::companyFilterLeavesTheArticlesNamingTheCompany()
{
    const QSet<qint64> expected = articlesMentioning(u"MetaX"_s);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_window->articleModel()->rowCount());

    auto *companies = m_window->findChild<QTableView *>(u"companyView"_s);
    QVERIFY(companies);
    QAbstractItemModel *model = companies->model();
    QModelIndex metax;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == u"MetaX"_s) {
            metax = model->index(row, 0);
        }
    }
    QVERIFY(metax.isValid());
    QVERIFY(model->setData(metax, Qt::Checked, Qt::CheckStateRole));

    QTRY_COMPARE(shownArticles(), expected);
    const auto *label = m_window->findChild<QLabel *>(u"activeFilterLabel"_s);
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(u"MetaX"_s));
    QCOMPARE(m_window->articleFilter().companies, QStringList{u"MetaX"_s});
}

void TestReaderHighlights::filterIsRestoredInANewWindow()
{
    const QSet<qint64> before = shownArticles();
    const QString location = m_window->library()->location();
    m_window.reset();

    m_window = std::make_unique<Ui::MainWindow>(*m_settings);
    m_window->setSavesState(false);
    QVERIFY(m_window->openLibrary(location));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->articleFilter().companies, QStringList{u"MetaX"_s});
    QTRY_COMPARE(shownArticles(), before);
}

void TestReaderHighlights::clearRemovesTheWholeFilter()
{
    auto *clear = m_window->findChild<QPushButton *>(u"clearFilterButton"_s);
    QVERIFY(clear && clear->isVisible());
    clear->click();
    QTRY_COMPARE(shownArticles().size(), m_window->articleModel()->rowCount());
    QVERIFY(m_window->articleFilter().isEmpty());
    QVERIFY(!m_window->findChild<QLabel *>(u"activeFilterLabel"_s)->isVisible());
    QVERIFY(Core::ArticleFilter::fromVariantMap(m_settings->articleFilter()).isEmpty());
}

void TestReaderHighlights::staleArticlesAreAnalysedWhenTheLibraryOpens()
{
    // An article stored without analysis (as an import without analyser leaves it) is analysed in the
    // background as soon as its library is opened.
    const QString location = m_dir.filePath(u"unanalysed.sqlite"_s);
    {
        Core::Library library(location);
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        const Core::ImportReport report = Core::Importer::run(library, {articlesDir});
        QCOMPARE(report.importedIds.size(), DemoTestData::articleCount);
        Core::AnalysisStore store(library);
        QCOMPARE(store.staleArticles(store.knowledgeBase().revision()).size(), DemoTestData::articleCount);
    }
    QSignalSpy analysed(m_window.get(), &Ui::MainWindow::analysisFinished);
    QVERIFY(m_window->openLibrary(location));
    QVERIFY(m_window->isAnalysing());
    QVERIFY(analysed.wait(importTimeoutMs) || !analysed.isEmpty());
    QCOMPARE(analysed.constLast().constFirst().toInt(), DemoTestData::articleCount);
    Core::AnalysisStore store(*m_window->library());
    QCOMPARE(store.staleArticles(store.knowledgeBase().revision()).size(), 0);
}

QTEST_MAIN(TestReaderHighlights)
#include "tst_readerhighlights.moc"
