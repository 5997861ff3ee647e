// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "readerview.h"

#include <QTest>
#include <QTextBlock>
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
};

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
