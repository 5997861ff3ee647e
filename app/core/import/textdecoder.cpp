// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/textdecoder.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringDecoder>

#include <memory>
#include <uchardet.h>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcDecoder, "chipwatch.core.decoder")

namespace {

constexpr qsizetype sniffLength = 64 * 1024;

struct Utf8Census
{
    int validMultibyte = 0;
    int invalid = 0;
};

// Counts well-formed multi-byte sequences and malformed bytes, so that a UTF-8 file with a few broken
// bytes is still read as UTF-8 instead of being handed to a legacy-encoding guess.
Utf8Census utf8Census(const QByteArray &bytes)
{
    Utf8Census census;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
        }
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k) {
            ok = (p[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
            ++census.validMultibyte;
            i += len;
        } else {
            ++census.invalid;
            ++i;
        }
    }
    return census;
}

QString decodeWithIcu(const QByteArray &bytes, const QByteArray &charset, bool *ok, bool *lossy)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset.constData(), &status), &ucnv_close);
    if (U_FAILURE(status) || !conv) {
        *ok = false;
        return {};
    }
    QString out;
    out.resize(bytes.size() * 2 + 16);
    status = U_ZERO_ERROR;
    const int32_t written = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                          bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        *ok = false;
        return {};
    }
    out.resize(written);
    *ok = true;
    *lossy = out.contains(QChar(QChar::ReplacementCharacter)) || out.contains(QChar(0x1A));
    return out;
}

QByteArray canonicalCharset(QByteArray name)
{
    name = name.trimmed().toLower();
    // The HTML standard reads these labels as windows-1252, and so do browsers.
    if (name == "iso-8859-1" || name == "latin1" || name == "latin-1" || name == "us-ascii" || name == "ascii" ||
        name == "iso8859-1" || name == "cp1252") {
        return "windows-1252";
    }
    if (name == "utf8") {
        return "utf-8";
    }
    return name;
}

QString decodeUtf8(const QByteArray &bytes, bool *hadErrors)
{
    // Keep an initial byte-order mark as a character: offsets must match the file's text as other tools read it.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    *hadErrors = decoder.hasError();
    return text;
}

} // namespace

bool TextDecoder::replaceLoneSurrogates(QString &text)
{
    bool replaced = false;
    QChar *data = nullptr; // detached only when there is something to replace
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate()) {
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i; // a well-formed pair
            continue;
        }
        if (!data) {
            data = text.data();
        }
        data[i] = QChar(QChar::ReplacementCharacter);
        replaced = true;
    }
    return replaced;
}

bool TextDecoder::hasVisibleText(QStringView text)
{
    for (const QChar c : text) {
        // A byte-order mark, zero-width characters and white space alone are no text.
        if (!c.isSpace() && c.unicode() != 0xFEFF && c.unicode() != 0x200B && c.unicode() != 0x200C &&
            c.unicode() != 0x200D && c.unicode() != 0x2060) {
            return true;
        }
    }
    return false;
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(sniffLength);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return false; // UTF-16 text has NUL bytes by nature
    }
    if (head.contains('\0')) {
        return true;
    }
    qsizetype control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
            ++control;
        }
    }
    return !head.isEmpty() && control * 20 > head.size(); // over 5 % control characters
}

QByteArray TextDecoder::declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression metaCharset(uR"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+))"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xmlDecl(uR"(^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:\-]+))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    if (auto m = metaCharset.match(head); m.hasMatch()) {
        return canonicalCharset(m.captured(1).toLatin1());
    }
    if (auto m = xmlDecl.match(head); m.hasMatch()) {
        return canonicalCharset(m.captured(1).toLatin1());
    }
    return {};
}

DecodedText TextDecoder::decode(const QByteArray &bytes, Kind kind)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.ok = true;
        result.encoding = u"UTF-8"_s;
        return result;
    }

    // 1. A byte-order mark is the strongest evidence there is. UTF-32's little-endian mark begins with UTF-16's, so
    // it is looked for first.
    const auto decodeMarked = [&result](const QByteArray &rest, QStringConverter::Encoding encoding,
                                        const QString &name) {
        QStringDecoder decoder(encoding);
        result.text = decoder.decode(rest);
        result.encoding = name;
        result.lossy = decoder.hasError();
        result.ok = true;
        result.lossy = replaceLoneSurrogates(result.text) || result.lossy;
        return result;
    };
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        return decodeMarked(bytes.mid(4), QStringConverter::Utf32LE, u"UTF-32LE"_s);
    }
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        return decodeMarked(bytes.mid(4), QStringConverter::Utf32BE, u"UTF-32BE"_s);
    }
    if (bytes.startsWith("\xFF\xFE")) {
        return decodeMarked(bytes.mid(2), QStringConverter::Utf16LE, u"UTF-16LE"_s);
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return decodeMarked(bytes.mid(2), QStringConverter::Utf16BE, u"UTF-16BE"_s);
    }

    if (looksBinary(bytes)) {
        result.error = tr("This is a binary file, not text.");
        return result;
    }

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bool errors = false;
        result.text = decodeUtf8(bytes, &errors);
        result.encoding = u"UTF-8"_s;
        result.lossy = errors;
        result.ok = true;
        return result;
    }

    // 2. What an HTML page says about itself.
    if (kind == Kind::Html) {
        const QByteArray declared = declaredHtmlCharset(bytes);
        if (!declared.isEmpty() && declared != "utf-8") {
            bool ok = false;
            bool lossy = false;
            QString text = decodeWithIcu(bytes, declared, &ok, &lossy);
            // A page that declares a legacy charset but is really UTF-8 is common; valid UTF-8 wins then.
            const Utf8Census census = utf8Census(bytes);
            if (ok && !(census.invalid == 0 && census.validMultibyte > 0)) {
                result.text = text;
                result.encoding = QString::fromLatin1(declared);
                result.lossy = lossy;
                result.ok = true;
                return result;
            }
            if (!ok) {
                qCWarning(lcDecoder) << "unknown declared charset" << declared;
            }
        }
    }

    // 3. Valid UTF-8, or UTF-8 with a few broken bytes.
    const Utf8Census census = utf8Census(bytes);
    if (census.invalid == 0 || (census.validMultibyte > 0 && census.invalid * 4 <= census.validMultibyte)) {
        bool errors = false;
        result.text = decodeUtf8(bytes, &errors);
        result.encoding = u"UTF-8"_s;
        result.lossy = errors;
        result.ok = true;
        return result;
    }

    // 4. Legacy 8-bit text: let uchardet tell which encoding, rather than guessing one.
    QByteArray charset;
    if (uchardet_t detector = uchardet_new()) {
        const QByteArray sample = bytes.left(sniffLength * 4);
        if (uchardet_handle_data(detector, sample.constData(), size_t(sample.size())) == 0) {
            uchardet_data_end(detector);
            charset = canonicalCharset(QByteArray(uchardet_get_charset(detector)));
        }
        uchardet_delete(detector);
    }
    if (charset.isEmpty() || charset == "utf-8") {
        charset = "windows-1252"; // what Western European legacy text is, far more often than not
    }
    bool ok = false;
    bool lossy = false;
    QString text = decodeWithIcu(bytes, charset, &ok, &lossy);
    if (!ok) {
        charset = "windows-1252";
        text = decodeWithIcu(bytes, charset, &ok, &lossy);
    }
    result.text = text;
    result.encoding = QString::fromLatin1(charset);
    result.lossy = lossy;
    result.ok = ok;
    if (!ok) {
        result.error = tr("The text encoding could not be recognised.");
    }
    return result;
}

} // namespace Chipwatch::Core
