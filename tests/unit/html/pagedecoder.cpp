// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "pagedecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9f are printable in windows-1252, which is what "iso-8859-1" pages really use.
    static const char16_t high[32] = {0x20ac, 0x81,   0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
                                      0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,   0x017d, 0x8f,
                                      0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                      0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,   0x017e, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out.append(byte >= 0x80 && byte < 0xa0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return out;
}

} // namespace

QString PageDecoder::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        QStringDecoder decoder(bytes.startsWith("\xff\xfe") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    static const QRegularExpression declared(u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(16384));
    const QString charset = declared.match(head).captured(1).toLower();
    if (!charset.isEmpty() && charset != u"utf-8" && charset != u"utf8") {
        if (charset.contains(u"8859-1") || charset.contains(u"1252") || charset == u"latin1" ||
            charset == u"us-ascii" || charset == u"ascii") {
            return decodeWindows1252(bytes);
        }
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            return decoder.decode(bytes);
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? decodeWindows1252(bytes) : text;
}

} // namespace Chipwatch::Core
