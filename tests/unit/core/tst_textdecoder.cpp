// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/textdecoder.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using Chipwatch::Core::DecodedText;
using Chipwatch::Core::TextDecoder;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void binaryFile_isRefused();
    void emptyFile_isEmptyText();
    void brokenUtf8_keepsValidCharactersAndFlagsLoss();
    void utf32WithByteOrderMark_data();
    void utf32WithByteOrderMark();
    void loneSurrogates_areReplaced_data();
    void loneSurrogates_areReplaced();
    void hasVisibleText_data();
    void hasVisibleText();
    void declaredHtmlCharset_data();
    void declaredHtmlCharset();
};

namespace {

const QString german = u"Größere Chips für Künstliche Intelligenz: Umsatz 743 Millionen Yuan, Gewinn – rund 5 €."_s;

QByteArray utf16(const QString &s, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : s) {
        const char lo = char(c.unicode() & 0xFF);
        const char hi = char(c.unicode() >> 8);
        if (littleEndian) {
            out.append(lo).append(hi);
        } else {
            out.append(hi).append(lo);
        }
    }
    return out;
}

QByteArray windows1252(const QString &s)
{
    QByteArray out;
    for (const QChar c : s) {
        if (c == u'€') {
            out.append('\x80');
        } else if (c == u'–') {
            out.append('\x96');
        } else {
            out.append(char(c.toLatin1()));
        }
    }
    return out;
}

} // namespace

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");

    QTest::newRow("utf-8") << german.toUtf8() << false << german << u"UTF-8"_s;
    QTest::newRow("utf-8 with BOM keeps the mark as a character")
        << QByteArray("\xEF\xBB\xBF") + german.toUtf8() << false << QString(QChar(0xFEFF)) + german << u"UTF-8"_s;
    QTest::newRow("utf-16le with BOM") << utf16(german, true) << false << german << u"UTF-16LE"_s;
    QTest::newRow("utf-16be with BOM") << utf16(german, false) << false << german << u"UTF-16BE"_s;
    QTest::newRow("windows-1252 is detected") << windows1252(german) << false << german << u"windows-1252"_s;
    const QString latin = u"Der Konzern meldete höhere Umsätze für Rechenzentren in Süddeutschland und Österreich; "
                          "die Nachfrage nach Beschleunigern übertrifft die Erwartungen der Analysten deutlich."_s;
    QTest::newRow("latin-1 German is read right") << latin.toLatin1() << false << latin << u"windows-1252"_s;
    const QString page = u"<html><head><meta charset=\"windows-1252\"><title>Preis: 5 €</title></head></html>"_s;
    QTest::newRow("html declared charset is honoured") << windows1252(page) << true << page << u"windows-1252"_s;
    const QString page2 = u"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                          "</head><body>Größe</body></html>"_s;
    QTest::newRow("html iso-8859-1 label reads as windows-1252")
        << page2.toLatin1() << true << page2 << u"windows-1252"_s;
    QTest::newRow("html that declares latin-1 but is valid utf-8") << page2.toUtf8() << true << page2 << u"UTF-8"_s;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, html);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);

    const DecodedText decoded =
        TextDecoder::decode(bytes, html ? TextDecoder::Kind::Html : TextDecoder::Kind::PlainText);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.text, expectedText);
    QCOMPARE(decoded.encoding.toLower(), expectedEncoding.toLower());
    QVERIFY(!decoded.lossy);
}

void TestTextDecoder::binaryFile_isRefused()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(2000, '\0'));
    const DecodedText decoded = TextDecoder::decode(png);
    QVERIFY(!decoded.ok);
    QVERIFY(!decoded.error.isEmpty());
    QVERIFY(TextDecoder::looksBinary(png));

    QByteArray controls;
    for (int i = 0; i < 1000; ++i) {
        controls.append(char(i % 8 + 1));
    }
    QVERIFY(TextDecoder::looksBinary(controls));
    QVERIFY(!TextDecoder::looksBinary(german.toUtf8()));
}

void TestTextDecoder::emptyFile_isEmptyText()
{
    const DecodedText decoded = TextDecoder::decode(QByteArray());
    QVERIFY(decoded.ok);
    QVERIFY(decoded.text.isEmpty());
}

void TestTextDecoder::brokenUtf8_keepsValidCharactersAndFlagsLoss()
{
    QByteArray bytes = german.toUtf8();
    bytes.insert(10, "\xC3"); // a lead byte without its continuation
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.encoding, u"UTF-8"_s);
    QVERIFY(decoded.lossy);
    QVERIFY(decoded.text.contains(u"Künstliche Intelligenz"_s));
    QVERIFY(decoded.text.contains(QChar(QChar::ReplacementCharacter)));
}

void TestTextDecoder::utf32WithByteOrderMark_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("UTF-32LE") << true;
    QTest::newRow("UTF-32BE") << false;
}

// UTF-32LE's mark starts with UTF-16LE's: read as UTF-16 the text came out as every other character a NUL.
void TestTextDecoder::utf32WithByteOrderMark()
{
    QFETCH(bool, littleEndian);
    const QString text = german + u" 🚀"_s; // one character outside the BMP
    QStringEncoder encoder(littleEndian ? QStringConverter::Utf32LE : QStringConverter::Utf32BE);
    const QByteArray mark = littleEndian ? QByteArray("\xFF\xFE\x00\x00", 4) : QByteArray("\x00\x00\xFE\xFF", 4);
    const QByteArray bytes = mark + QByteArray(encoder.encode(text));
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding, littleEndian ? u"UTF-32LE"_s : u"UTF-32BE"_s);
    QVERIFY(!decoded.lossy);
}

void TestTextDecoder::loneSurrogates_areReplaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QChar high(0xD800);
    const QChar low(0xDC00);
    const QString pair = u"🚀"_s;
    QTest::newRow("lone high before a letter") << u"a"_s + high + u"b"_s << u"a\uFFFDb"_s;
    QTest::newRow("lone high at the end") << u"ab"_s + high << u"ab\uFFFD"_s;
    QTest::newRow("lone low") << u"a"_s + low + u"b"_s << u"a\uFFFDb"_s;
    QTest::newRow("two highs then a low") << QString(high) + high + low << u"\uFFFD"_s + high + low;
    QTest::newRow("a pair stays") << u"x"_s + pair << u"x"_s + pair;
}

void TestTextDecoder::loneSurrogates_areReplaced()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString original = text;
    const bool changed = text != expected;
    QCOMPARE(TextDecoder::replaceLoneSurrogates(text), changed);
    QCOMPARE(text, expected);
    // What is left encodes to UTF-8 and back unchanged.
    QCOMPARE(QString::fromUtf8(text.toUtf8()), text);

    // The same through UTF-16 bytes with a mark: a file can hold a lone surrogate too.
    QByteArray bytes("\xFF\xFE"); // written unit by unit: an encoder would mend the lone surrogate itself
    for (const QChar c : original) {
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    }
    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok);
    QCOMPARE(QString::fromUtf8(decoded.text.toUtf8()), decoded.text);
}

void TestTextDecoder::hasVisibleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("visible");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a byte-order mark") << u"\uFEFF"_s << false;
    QTest::newRow("a mark and white space") << u"\uFEFF \n\t\u00A0\u200B"_s << false;
    QTest::newRow("a letter") << u"\uFEFF x"_s << true;
    QTest::newRow("a digit") << u"5"_s << true;
}

void TestTextDecoder::hasVisibleText()
{
    QFETCH(QString, text);
    QFETCH(bool, visible);
    QCOMPARE(TextDecoder::hasVisibleText(text), visible);
}

void TestTextDecoder::declaredHtmlCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"UTF-8\">") << QByteArray("utf-8");
    QTest::newRow("unquoted") << QByteArray("<META CHARSET=windows-1250>") << QByteArray("windows-1250");
    QTest::newRow("http-equiv") << QByteArray(
                                       "<meta http-equiv='content-type' content='text/html; charset=ISO-8859-2'>")
                                << QByteArray("iso-8859-2");
    QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"koi8-r\"?><html>")
                                     << QByteArray("koi8-r");
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
}

void TestTextDecoder::declaredHtmlCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, charset);
    QCOMPARE(TextDecoder::declaredHtmlCharset(head), charset);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
