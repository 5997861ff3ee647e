// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "readerview.h"

#include <QLocale>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using Chipwatch::Core::StoredArticle;
using Chipwatch::Ui::ReaderView;

namespace {

// A made-up page: headline, two article paragraphs, a newsletter box, a line that is half article and
// half clutter, and a footer.
StoredArticle makeArticle()
{
    StoredArticle article;
    article.id = 7;
    article.filePath = u"/tmp/page.txt"_s;
    const QString text = u"Chipfabrik eröffnet\n"
                         "Der erste Absatz berichtet über die neue Fabrik.\n"
                         "Newsletter abonnieren und nichts verpassen\n"
                         "Der zweite Absatz nennt Zahlen. Jetzt teilen!\n"
                         "Alle Rechte vorbehalten"_s;
    article.document.text = text;
    const qsizetype boxStart = text.indexOf(u"Newsletter"_s);
    const qsizetype shareStart = text.indexOf(u" Jetzt teilen!"_s);
    article.document.body = {{0, boxStart - 1}, {text.indexOf(u"Der zweite"_s), shareStart}};
    article.document.meta.title = u"Chipfabrik eröffnet"_s;
    article.document.meta.source = u"Testquelle"_s;
    article.document.meta.date = u"2025"_s;
    article.document.meta.author = u"A. Autorin"_s;
    article.document.meta.language = u"de"_s;
    return article;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour of the text fragment that contains `needle`.
QColor colourOf(const QTextDocument *doc, const QString &needle)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().contains(needle)) {
                const QBrush brush = fragment.charFormat().foreground();
                return brush.style() == Qt::NoBrush ? QColor() : brush.color();
            }
        }
    }
    return QColor(Qt::transparent);
}

// The display pieces of an overlong line are at most this long (readerview.cpp).
constexpr int maxPieceLength = 1000;

// `size` characters without a break opportunity, like an inlined base64 image.
QString unbreakable(qsizetype size)
{
    static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    QString text(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        text[i] = alphabet.at((i * 7 + i / 61) % alphabet.size());
    }
    return text;
}

// An article whose text is `text`, all of it kept by the cleaner unless `keep` says otherwise.
StoredArticle articleWith(const QString &text, bool keep = true)
{
    StoredArticle article;
    article.id = 9;
    article.filePath = u"/tmp/long.txt"_s;
    article.document.meta.title = u"Lange Zeile"_s;
    article.document.text = text;
    if (keep) {
        article.document.body = {{0, text.size()}};
    }
    return article;
}

int longestBlock(const QTextDocument *doc)
{
    int longest = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        longest = std::max(longest, block.length() - 1);
    }
    return longest;
}

// Every original position maps to a document position showing the same character and back; false at the
// first one that does not (with the position in `failure`).
bool mapsOneToOne(const ReaderView &reader, const QString &text, qsizetype from, qsizetype to, QString &failure)
{
    for (qsizetype pos = from; pos < to; ++pos) {
        const int shown = reader.documentPosition(pos);
        if (shown < 0 || reader.originalPosition(shown) != pos ||
            reader.document()->characterAt(shown) != text.at(pos)) {
            failure = u"position %1 -> %2"_s.arg(pos).arg(shown);
            return false;
        }
    }
    return true;
}

} // namespace

class TestReaderView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTitleMetadataAndOnlyTheArticle();
    void showsTheOriginalWithClutterGreyed();
    void saysSoWhenNothingWasKept();
    void shortLinesBecomeHeadingsButLabelsDoNot_data();
    void shortLinesBecomeHeadingsButLabelsDoNot();
    void placeholderWithoutArticle();
    void clutterColourIsReadableButSecondary_data();
    void clutterColourIsReadableButSecondary();
    void onlyAWebAddressIsOfferedAsALink_data();
    void onlyAWebAddressIsOfferedAsALink();
    void anOverlongLineIsShownInPieces_data();
    void anOverlongLineIsShownInPieces();
    void aLongLineOfWordsIsCutAfterWhiteSpace();
    void aSelectionAcrossPiecesIsOneOriginalRange();
    void aGiganticLineIsShownInPartWithANote_data();
    void aGiganticLineIsShownInPartWithANote();
    void megabytesOfLineBreaksAreShownInPart();
    void marksOnALongLineStayInsideTheirPieces();
};

void TestReaderView::anOverlongLineIsShownInPieces_data()
{
    QTest::addColumn<bool>("original");
    QTest::newRow("cleaned") << false;
    QTest::newRow("original") << true;
}

void TestReaderView::anOverlongLineIsShownInPieces()
{
    // Qt lays out a block in time quadratic in a run without a break opportunity: a 3 MB line froze the window
    // for minutes (issue 10). The reader shows such a line as blocks of bounded length that map one to one.
    QFETCH(bool, original);
    const QString line = unbreakable(20'000);
    const QString text = u"Ein erster Satz steht hier.\n"_s + line + u"\nEin letzter Satz."_s;
    ReaderView reader;
    reader.setShowOriginal(original);
    reader.setArticle(articleWith(text));
    QVERIFY2(longestBlock(reader.document()) <= maxPieceLength,
             qPrintable(QString::number(longestBlock(reader.document()))));
    QVERIFY(!reader.isTruncated());
    QString failure;
    for (const QString &part : text.split(u'\n')) {
        const qsizetype start = text.indexOf(part);
        QVERIFY2(mapsOneToOne(reader, text, start, start + part.size(), failure), qPrintable(failure));
    }
    const qsizetype lineStart = text.indexOf(line);
    // The pieces together are the line, and the whole line is one original range.
    const int shownStart = reader.documentPosition(lineStart);
    const int shownEnd = reader.documentPosition(lineStart + line.size() - 1) + 1;
    QCOMPARE(reader.originalRange(shownStart, shownEnd)->start, lineStart);
    QCOMPARE(reader.originalRange(shownStart, shownEnd)->end, lineStart + line.size());
    QString pieces;
    for (QTextBlock block = reader.document()->findBlock(shownStart); block.isValid() && block.position() < shownEnd;
         block = block.next()) {
        pieces += block.text();
    }
    QCOMPARE(pieces, line);
    QVERIFY(reader.toPlainText().contains(u"Ein letzter Satz."_s));
}

void TestReaderView::aLongLineOfWordsIsCutAfterWhiteSpace()
{
    QString line;
    for (int i = 0; line.size() < 5'000; ++i) {
        line += u"Wort%1 "_s.arg(i);
    }
    line += u"Ende."_s;
    ReaderView reader;
    reader.setArticle(articleWith(line));
    int pieces = 0;
    QString shown;
    for (QTextBlock block = reader.document()->findBlock(reader.documentPosition(0)); block.isValid();
         block = block.next()) {
        QVERIFY(block.length() - 1 <= maxPieceLength);
        shown += block.text();
        if (block.next().isValid()) {
            QVERIFY2(block.text().endsWith(u' '), qPrintable(block.text().right(20))); // no word is cut
            // The pieces read as one paragraph: no spacing inside it.
            QCOMPARE(block.blockFormat().bottomMargin(), 0.0);
        }
        ++pieces;
    }
    QVERIFY(pieces >= 5);
    QCOMPARE(shown, line);
}

void TestReaderView::aSelectionAcrossPiecesIsOneOriginalRange()
{
    // A name that a hard cut splits is still one name for a correction.
    const QString text = unbreakable(3'000);
    ReaderView reader;
    reader.setArticle(articleWith(text));
    const int cut = reader.documentPosition(maxPieceLength);
    QCOMPARE(reader.document()->findBlock(cut).position(), cut); // a new piece starts there
    QTextCursor cursor(reader.document());
    cursor.setPosition(reader.documentPosition(maxPieceLength - 4));
    cursor.setPosition(reader.documentPosition(maxPieceLength + 4), QTextCursor::KeepAnchor);
    reader.setTextCursor(cursor);
    const auto range = reader.selectedOriginalRange();
    QVERIFY(range);
    QCOMPARE(range->start, qsizetype(maxPieceLength - 4));
    QCOMPARE(range->end, qsizetype(maxPieceLength + 4));
    std::unique_ptr<QMenu> menu(reader.buildContextMenu(QPoint(1, 1)));
    QVERIFY(menu->findChild<QMenu *>(u"markAsMenu"_s));
}

void TestReaderView::aGiganticLineIsShownInPartWithANote_data()
{
    QTest::addColumn<bool>("original");
    QTest::newRow("cleaned") << false;
    QTest::newRow("original") << true;
}

void TestReaderView::aGiganticLineIsShownInPartWithANote()
{
    QFETCH(bool, original);
    ReaderView reader;
    reader.setShowOriginal(original);
    // Fails at once where lines are not cut, instead of laying out 3 MB for minutes below.
    reader.setArticle(articleWith(unbreakable(20'000)));
    QVERIFY(longestBlock(reader.document()) <= maxPieceLength);

    const QString text = unbreakable(3'000'000);
    reader.setArticle(articleWith(text));
    QVERIFY(reader.isTruncated());
    // The note says where the reader stops: right after the last character shown.
    const QTextBlock note = reader.document()->lastBlock();
    QVERIFY(note.text().contains(u"too long to show whole"_s));
    const QTextBlock lastShown = note.previous();
    const qsizetype stop = reader.originalPosition(lastShown.position() + lastShown.length() - 2) + 1;
    QVERIFY(stop > 50'000);
    QVERIFY2(note.text().contains(QLocale().toString(qlonglong(stop))), qPrintable(note.text()));
    QVERIFY(note.text().contains(QLocale().toString(qlonglong(text.size()))));
    QVERIFY(longestBlock(reader.document()) <= maxPieceLength);
    QVERIFY(reader.document()->characterCount() < 200'000);
    // What is shown maps one to one; what is not maps to nothing, and revealing it says so.
    QString failure;
    QVERIFY2(mapsOneToOne(reader, text, 0, 20'000, failure), qPrintable(failure));
    QCOMPARE(reader.documentPosition(text.size() - 1), -1);
    QVERIFY(!reader.revealRange(text.size() - 10, text.size()));
    QVERIFY(reader.revealRange(10, 20));

    // The next article is shown whole again.
    reader.setArticle(makeArticle());
    QVERIFY(!reader.isTruncated());
    QVERIFY(!reader.toPlainText().contains(u"too long to show whole"_s));
}

void TestReaderView::megabytesOfLineBreaksAreShownInPart()
{
    ReaderView reader;
    reader.setShowOriginal(true);
    // Fails at once where every line becomes a block, instead of building 19 million blocks below.
    reader.setArticle(articleWith(QString(20'000, u'\n'), false));
    QVERIFY2(reader.document()->blockCount() < 10'000, qPrintable(QString::number(reader.document()->blockCount())));

    const QString text = u"Ein Satz.\n"_s + QString(19'000'000, u'\n') + u"Noch ein Satz."_s;
    StoredArticle article = articleWith(text, false);
    article.document.body = {{0, 9}};
    reader.setArticle(article);
    QVERIFY(reader.isTruncated());
    QVERIFY(reader.document()->blockCount() < 10'000);
    QVERIFY(reader.toPlainText().contains(u"Ein Satz."_s));
    QVERIFY(reader.toPlainText().contains(u"too long to show whole"_s));
    QCOMPARE(reader.documentPosition(text.size() - 1), -1);

    // The cleaned view shows only the kept sentence.
    reader.setShowOriginal(false);
    QVERIFY(!reader.isTruncated());
    QVERIFY(reader.toPlainText().contains(u"Ein Satz."_s));
    QVERIFY(reader.document()->blockCount() < 10);
}

void TestReaderView::marksOnALongLineStayInsideTheirPieces()
{
    // A name every 7 characters of an unbreakable line: the hard cuts fall inside names.
    const QString unit = u"Acme42x"_s;
    const QString text = unit.repeated(1'000'000 / unit.size());
    Chipwatch::Core::ArticleAnalysis analysis;
    for (qsizetype at = 0; at + 6 <= text.size(); at += unit.size()) {
        analysis.entities.append(
            {{at, at + 6}, Chipwatch::Core::EntityType::Company, u"acme"_s, u"Acme42"_s, 1.0, false});
    }
    ReaderView reader;
    reader.setArticle(articleWith(text.left(20'000)), analysis);
    QVERIFY(longestBlock(reader.document()) <= maxPieceLength);
    reader.setArticle(articleWith(text), analysis);

    const QList<Chipwatch::Ui::ReaderMark> &marks = reader.highlighter()->marks();
    QVERIFY(!marks.isEmpty());
    QString shownNames;
    int split = 0;
    int previousIndex = -1;
    for (const Chipwatch::Ui::ReaderMark &mark : marks) {
        const QTextBlock block = reader.document()->findBlock(mark.start);
        QVERIFY(mark.start + mark.length <= block.position() + block.length() - 1);
        if (mark.index == previousIndex) {
            ++split;
        } else {
            shownNames += u'|';
        }
        shownNames += block.text().mid(mark.start - block.position(), mark.length);
        previousIndex = mark.index;
    }
    QVERIFY(split > 0); // some names run over a cut and are marked in both pieces
    const QStringList names = shownNames.split(u'|', Qt::SkipEmptyParts);
    QVERIFY(names.size() > 1000);
    // Every name shown whole is marked whole; only the last one may be cut by the end of what is shown.
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        QCOMPARE(names.at(i), u"Acme42"_s);
    }
}

void TestReaderView::onlyAWebAddressIsOfferedAsALink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("offered");
    QTest::newRow("https") << u"https://news.example/chipfabrik"_s << true;
    // A library written before addresses were checked on import may hold these.
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("smb") << u"smb://server/share"_s << false;
}

void TestReaderView::onlyAWebAddressIsOfferedAsALink()
{
    QFETCH(QString, url);
    QFETCH(bool, offered);
    StoredArticle article = makeArticle();
    article.document.meta.url = url;
    ReaderView reader;
    reader.setArticle(article);
    QStringList anchors;
    for (QTextBlock block = reader.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor()) {
                anchors << it.fragment().charFormat().anchorHref();
            }
        }
    }
    QCOMPARE(anchors, offered ? QStringList{url} : QStringList());
}

void TestReaderView::showsTitleMetadataAndOnlyTheArticle()
{
    ReaderView reader;
    reader.setArticle(makeArticle());
    const QString shown = reader.toPlainText();
    QVERIFY(shown.startsWith(u"Chipfabrik eröffnet\n"_s));
    QCOMPARE(shown.count(u"Chipfabrik eröffnet"_s), 1); // the headline opening the body is not repeated
    QVERIFY(shown.contains(u"Testquelle"_s));
    QVERIFY(shown.contains(u"A. Autorin"_s));
    QVERIFY(shown.contains(u"page.txt"_s));
    QVERIFY(shown.contains(u"Der erste Absatz berichtet über die neue Fabrik."_s));
    QVERIFY(shown.contains(u"Der zweite Absatz nennt Zahlen."_s));
    QVERIFY(!shown.contains(u"Newsletter"_s));
    QVERIFY(!shown.contains(u"Jetzt teilen"_s));
    QVERIFY(!shown.contains(u"Alle Rechte"_s));
}

void TestReaderView::showsTheOriginalWithClutterGreyed()
{
    ReaderView reader;
    reader.setArticle(makeArticle());
    reader.setShowOriginal(true);
    const QString shown = reader.toPlainText();
    QVERIFY(shown.contains(u"Newsletter abonnieren und nichts verpassen"_s));
    QVERIFY(shown.contains(u"Der zweite Absatz nennt Zahlen. Jetzt teilen!"_s)); // the line stays whole
    QVERIFY(shown.contains(u"Alle Rechte vorbehalten"_s));

    const QColor clutter = ReaderView::clutterColor(reader.palette());
    QCOMPARE(colourOf(reader.document(), u"Newsletter"_s), clutter);
    QCOMPARE(colourOf(reader.document(), u"Jetzt teilen"_s), clutter);
    QCOMPARE(colourOf(reader.document(), u"Alle Rechte"_s), clutter);
    QVERIFY(colourOf(reader.document(), u"Der erste Absatz"_s) != clutter);
    QVERIFY(colourOf(reader.document(), u"Der zweite Absatz"_s) != clutter);

    reader.setShowOriginal(false);
    QVERIFY(!reader.toPlainText().contains(u"Newsletter"_s));
}

void TestReaderView::saysSoWhenNothingWasKept()
{
    StoredArticle article = makeArticle();
    article.document.body.clear();
    ReaderView reader;
    reader.setArticle(article);
    QVERIFY(reader.toPlainText().contains(u"Show Original"_s));
    QVERIFY(!reader.toPlainText().contains(u"Newsletter"_s));
}

void TestReaderView::shortLinesBecomeHeadingsButLabelsDoNot_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");
    QTest::newRow("sub-heading") << u"Neue Fabrik in Planung"_s << true;
    QTest::newRow("sub-heading with colon") << u"Hintergrund: Streit um die Lizenzen der Fabrik"_s << true;
    QTest::newRow("sentence") << u"Die Fabrik soll 2027 öffnen."_s << false;
    QTest::newRow("author label") << u"Autor: Max Muster"_s << false;
    QTest::newRow("date") << u"2025-09-11"_s << false;
    QTest::newRow("long line") << QString(u"Wort "_s.repeated(30)).trimmed() << false;
}

void TestReaderView::shortLinesBecomeHeadingsButLabelsDoNot()
{
    QFETCH(QString, line);
    QFETCH(bool, heading);
    StoredArticle article;
    article.document.meta.title = u"Titel"_s;
    article.document.text = u"Erster Absatz mit einem ganzen Satz.\n"_s + line + u"\nLetzter Absatz."_s;
    article.document.body = {{0, article.document.text.size()}};
    ReaderView reader;
    reader.setArticle(article);
    bool found = false;
    for (QTextBlock block = reader.document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == line) {
            found = true;
            QCOMPARE(block.begin().fragment().charFormat().fontWeight() == QFont::Bold, heading);
        }
    }
    QVERIFY(found);
}

void TestReaderView::placeholderWithoutArticle()
{
    ReaderView reader;
    reader.setEmptyText(u"Nothing here"_s);
    QCOMPARE(reader.toPlainText(), u"Nothing here"_s);
    reader.setArticle(makeArticle());
    reader.setArticle(std::nullopt);
    QCOMPARE(reader.toPlainText(), u"Nothing here"_s);
}

void TestReaderView::clutterColourIsReadableButSecondary_data()
{
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::black) << QColor(Qt::white);
    QTest::newRow("dark") << QColor(0xe6, 0xe6, 0xe6) << QColor(0x1f, 0x20, 0x22);
}

void TestReaderView::clutterColourIsReadableButSecondary()
{
    QFETCH(QColor, text);
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Base, base);
    const QColor clutter = ReaderView::clutterColor(palette);
    QVERIFY2(contrast(clutter, base) >= 3.0, qPrintable(QString::number(contrast(clutter, base))));
    QVERIFY(contrast(clutter, base) < contrast(text, base) / 1.5);
}

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
