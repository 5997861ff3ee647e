// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The reader's side of corrections: document positions mapped back to the original text, the selection as an
// original range, and the context menu's correction entries (built, never executed).
#include "readerview.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch;
using Ui::ReaderView;

namespace {

const QString text = u"Chipfabrik eröffnet\n"
                     "Der erste Absatz nennt Qubitron und die neue Fabrik.\n"
                     "Newsletter abonnieren und nichts verpassen\n"
                     "Der zweite Absatz nennt Nvidia. Jetzt teilen!\n"_s;

Core::StoredArticle makeArticle()
{
    Core::StoredArticle article;
    article.id = 3;
    article.filePath = u"/tmp/page.txt"_s;
    article.document.text = text;
    const qsizetype box = text.indexOf(u"Newsletter"_s);
    const qsizetype second = text.indexOf(u"Der zweite"_s);
    article.document.body = {{0, box - 1}, {second, text.indexOf(u" Jetzt"_s)}};
    article.document.meta.title = u"Chipfabrik eröffnet"_s;
    article.document.meta.language = u"de"_s;
    return article;
}

Core::EntityMention mention(const QString &surface, Core::EntityType type, const QString &id, bool suggested)
{
    Core::EntityMention m;
    m.span = {text.indexOf(surface), text.indexOf(surface) + surface.size()};
    m.type = type;
    m.entityId = id;
    m.canonical = surface;
    m.suggested = suggested;
    m.confidence = suggested ? 0.6 : 1.0;
    return m;
}

Core::ArticleAnalysis makeAnalysis()
{
    Core::ArticleAnalysis analysis;
    analysis.entities = {mention(u"Qubitron"_s, Core::EntityType::Company, QString(), true),
                         mention(u"Nvidia"_s, Core::EntityType::Company, u"nvidia"_s, false)};
    return analysis;
}

} // namespace

class TestReaderCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void originalPositionInvertsDocumentPosition();
    void selectionMapsToItsOriginalRangeWithoutPunctuation();
    void selectionAcrossDroppedClutterSpansBothParts();
    void menuOnASelectionMarksItAsAnyType();
    void menuOnASelectionOffersTheKnownEntityOfThatName();
    void menuOnAHighlightRejectsOrLinksIt();
    void menuOnASuggestionAcceptsIt();

private:
    // Selects `surface` (its first shown occurrence) in the reader.
    static void select(ReaderView &reader, const QString &surface);
    static QPoint pointAt(ReaderView &reader, const QString &surface);
};

void TestReaderCorrections::select(ReaderView &reader, const QString &surface)
{
    const int from = reader.documentPosition(text.indexOf(surface));
    QVERIFY(from >= 0);
    QTextCursor cursor(reader.document());
    cursor.setPosition(from);
    cursor.setPosition(from + int(surface.size()), QTextCursor::KeepAnchor);
    reader.setTextCursor(cursor);
}

QPoint TestReaderCorrections::pointAt(ReaderView &reader, const QString &surface)
{
    QTextCursor cursor(reader.document());
    cursor.setPosition(reader.documentPosition(text.indexOf(surface)) + 1);
    reader.setTextCursor(cursor);
    return reader.cursorRect(cursor).center();
}

void TestReaderCorrections::originalPositionInvertsDocumentPosition()
{
    ReaderView reader;
    reader.setArticle(makeArticle());
    int shown = 0;
    for (qsizetype original = 0; original < text.size(); ++original) {
        const int position = reader.documentPosition(original);
        if (position >= 0) {
            ++shown;
            QCOMPARE(reader.originalPosition(position), original);
        }
    }
    QVERIFY(shown > 50);
    QCOMPARE(reader.originalPosition(0), qsizetype(-1)); // the headline the reader shows as its title
    QCOMPARE(reader.originalPosition(reader.document()->characterCount() + 10), qsizetype(-1));
}

void TestReaderCorrections::selectionMapsToItsOriginalRangeWithoutPunctuation()
{
    ReaderView reader;
    reader.setArticle(makeArticle());
    QVERIFY(!reader.selectedOriginalRange());
    // "die neue Fabrik." with the space before and the full stop after.
    const qsizetype start = text.indexOf(u" neue Fabrik."_s);
    QTextCursor cursor(reader.document());
    cursor.setPosition(reader.documentPosition(start));
    cursor.setPosition(reader.documentPosition(start + 12) + 1, QTextCursor::KeepAnchor);
    reader.setTextCursor(cursor);
    const auto range = reader.selectedOriginalRange();
    QVERIFY(range);
    QCOMPARE(reader.originalText(*range), u"neue Fabrik"_s);
    QCOMPARE(range->start, start + 1);

    select(reader, u"Qubitron"_s);
    QCOMPARE(reader.originalText(*reader.selectedOriginalRange()), u"Qubitron"_s);
}

void TestReaderCorrections::selectionAcrossDroppedClutterSpansBothParts()
{
    ReaderView reader;
    reader.setArticle(makeArticle());
    const int from = reader.documentPosition(text.indexOf(u"Fabrik."_s));
    const int to = reader.documentPosition(text.indexOf(u"zweite"_s)) + 6;
    const auto range = reader.originalRange(from, to);
    QVERIFY(range);
    QCOMPARE(range->start, text.indexOf(u"Fabrik."_s));
    QCOMPARE(range->end, text.indexOf(u"zweite"_s) + 6);
    QVERIFY(reader.originalText(*range).contains(u"Newsletter"_s)); // the original range, clutter included
    QVERIFY(!reader.originalRange(0, 1));                           // the title is no original text
}

void TestReaderCorrections::menuOnASelectionMarksItAsAnyType()
{
    ReaderView reader;
    reader.setArticle(makeArticle(), makeAnalysis());
    select(reader, u"Fabrik"_s);
    QSignalSpy mark(&reader, &ReaderView::markAsRequested);
    std::unique_ptr<QMenu> menu(reader.buildContextMenu(QPoint(1, 1)));
    auto *markAs = menu->findChild<QMenu *>(u"markAsMenu"_s);
    QVERIFY(markAs);
    QCOMPARE(markAs->actions().size(), 6);
    QVERIFY(!menu->findChild<QAction *>(u"notAnEntityAction"_s));
    QVERIFY(menu->findChild<QAction *>(u"markAsCHIPAction"_s));
    menu->findChild<QAction *>(u"markAsCHIPAction"_s)->trigger();
    QCOMPARE(mark.count(), 1);
    QCOMPARE(mark.constFirst().at(0).toString(), u"Fabrik"_s);
    QCOMPARE(mark.constFirst().at(1).value<Core::EntityType>(), Core::EntityType::Chip);

    // A selection over several lines is no name: no corrections are offered.
    const int from = reader.documentPosition(text.indexOf(u"Fabrik"_s));
    QTextCursor cursor(reader.document());
    cursor.setPosition(from);
    cursor.setPosition(reader.documentPosition(text.indexOf(u"zweite"_s)), QTextCursor::KeepAnchor);
    reader.setTextCursor(cursor);
    std::unique_ptr<QMenu> long_(reader.buildContextMenu(QPoint(1, 1)));
    QVERIFY(!long_->findChild<QMenu *>(u"markAsMenu"_s));
}

void TestReaderCorrections::menuOnASelectionOffersTheKnownEntityOfThatName()
{
    ReaderView reader;
    auto kb = std::make_shared<Core::KnowledgeBase>();
    Core::KbEntity fabrik;
    fabrik.id = u"fabrik_gmbh"_s;
    fabrik.name = u"Fabrik"_s;
    kb->addEntity(fabrik);
    reader.setKnowledgeBase(kb);
    reader.setArticle(makeArticle(), makeAnalysis());
    select(reader, u"Fabrik"_s);
    QSignalSpy link(&reader, &ReaderView::linkToRequested);
    std::unique_ptr<QMenu> menu(reader.buildContextMenu(QPoint(1, 1)));
    auto *linkToKnown = menu->findChild<QAction *>(u"linkToKnownAction"_s);
    QVERIFY(linkToKnown);
    QVERIFY(linkToKnown->text().contains(u"Fabrik"_s));
    linkToKnown->trigger();
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.constFirst().at(0).toString(), u"Fabrik"_s);
    QCOMPARE(link.constFirst().at(1).toString(), u"fabrik_gmbh"_s);
}

void TestReaderCorrections::menuOnAHighlightRejectsOrLinksIt()
{
    ReaderView reader;
    reader.resize(800, 600);
    reader.setArticle(makeArticle(), makeAnalysis());
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    const QPoint at = pointAt(reader, u"Nvidia"_s);
    QSignalSpy reject(&reader, &ReaderView::notAnEntityRequested);
    QSignalSpy link(&reader, &ReaderView::linkToRequested);
    std::unique_ptr<QMenu> menu(reader.buildContextMenu(at));
    QVERIFY(!menu->findChild<QMenu *>(u"markAsMenu"_s));
    QVERIFY(!menu->findChild<QAction *>(u"acceptSuggestionAction"_s)); // a knowledge-base entity
    QVERIFY(menu->findChild<QAction *>(u"notAnEntityAction"_s));
    menu->findChild<QAction *>(u"notAnEntityAction"_s)->trigger();
    QCOMPARE(reject.count(), 1);
    QCOMPARE(reject.constFirst().at(0).toString(), u"Nvidia"_s);
    QVERIFY(menu->findChild<QAction *>(u"linkToAction"_s));
    menu->findChild<QAction *>(u"linkToAction"_s)->trigger();
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.constFirst().at(0).toString(), u"Nvidia"_s);
    QVERIFY(link.constFirst().at(1).toString().isEmpty()); // the user chooses

    // Plain text has no corrections; hidden kinds neither.
    std::unique_ptr<QMenu> plain(reader.buildContextMenu(pointAt(reader, u"Absatz"_s)));
    QVERIFY(!plain->findChild<QAction *>(u"notAnEntityAction"_s));
    reader.highlighter()->setKindVisible(Ui::MarkKind::Company, false);
    std::unique_ptr<QMenu> hidden(reader.buildContextMenu(pointAt(reader, u"Nvidia"_s)));
    QVERIFY(!hidden->findChild<QAction *>(u"notAnEntityAction"_s));
}

void TestReaderCorrections::menuOnASuggestionAcceptsIt()
{
    ReaderView reader;
    reader.resize(800, 600);
    reader.setArticle(makeArticle(), makeAnalysis());
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QSignalSpy accept(&reader, &ReaderView::acceptSuggestionRequested);
    std::unique_ptr<QMenu> menu(reader.buildContextMenu(pointAt(reader, u"Qubitron"_s)));
    auto *action = menu->findChild<QAction *>(u"acceptSuggestionAction"_s);
    QVERIFY(action);
    QVERIFY(action->text().contains(u"Company"_s));
    action->trigger();
    QCOMPARE(accept.count(), 1);
    QCOMPARE(accept.constFirst().at(0).toString(), u"Qubitron"_s);
    QCOMPARE(accept.constFirst().at(1).value<Core::EntityType>(), Core::EntityType::Company);
    QVERIFY(menu->findChild<QAction *>(u"notAnEntityAction"_s));
}

QTEST_MAIN(TestReaderCorrections)
#include "tst_readercorrections.moc"
