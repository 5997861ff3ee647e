// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Drives the real main window: imported articles are analysed, and the reader highlights what the stored
// analysis found, at the right places, in the cleaned and in the original view.
#include "articletablemodel.h"
#include "companyfilterpanel.h"
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
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

const QString articlesDir = QStringLiteral(CHIPWATCH_SHARED_DIR "/articles");
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

} // namespace

class TestReaderHighlights final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void showFile(const QString &fileName);
    QSet<qint64> shownArticles() const;
    QSet<qint64> articlesMentioning(const QString &company) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestReaderHighlights::initTestCase()
{
    if (!QDir(articlesDir).exists()) {
        QSKIP("The shared article set (../shared/articles) is not available.");
    }
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
    showFile(u"004_d3e359b358a379c3.txt"_s);
    Ui::ReaderView *reader = m_window->reader();
    QTRY_VERIFY(reader->analysis().has_value());

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
    for (const QString &word : {u"Unternehmen"_s, u"Speicherleistung"_s}) {
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
    for (const QString &name : QDir(articlesDir).entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QTest::addRow("%s cleaned", qPrintable(name)) << name << false;
        QTest::addRow("%s original", qPrintable(name)) << name << true;
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
    showFile(u"004_d3e359b358a379c3.txt"_s);
    Ui::ReaderView *reader = m_window->reader();
    QTRY_VERIFY(reader->analysis().has_value());
    const QTextCursor name = reader->document()->find(u"MetaX"_s, 0, QTextDocument::FindCaseSensitively);
    QVERIFY(!name.isNull());

    auto *legend = m_window->findChild<Ui::EntityLegend *>(u"entityLegend"_s);
    QVERIFY(legend);
    QToolButton *companies = legend->button(Ui::MarkKind::Company);
    QVERIFY(companies && companies->isChecked());
    companies->click();
    QVERIFY(!isKind(highlightAt(reader->document(), name.selectionStart()), Ui::MarkKind::Company));
    companies->click();
    QVERIFY(isKind(highlightAt(reader->document(), name.selectionStart()), Ui::MarkKind::Company));
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
        QCOMPARE(report.importedIds.size(), 5);
        Core::AnalysisStore store(library);
        QCOMPARE(store.staleArticles(store.knowledgeBase().revision()).size(), 5);
    }
    QSignalSpy analysed(m_window.get(), &Ui::MainWindow::analysisFinished);
    QVERIFY(m_window->openLibrary(location));
    QVERIFY(m_window->isAnalysing());
    QVERIFY(analysed.wait(importTimeoutMs) || !analysed.isEmpty());
    QCOMPARE(analysed.constLast().constFirst().toInt(), 5);
    Core::AnalysisStore store(*m_window->library());
    QCOMPARE(store.staleArticles(store.knowledgeBase().revision()).size(), 0);
}

QTEST_MAIN(TestReaderHighlights)
#include "tst_readerhighlights.moc"
