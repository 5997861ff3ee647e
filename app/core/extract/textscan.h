// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

// Character classes shared by the matcher, the sentence splitter and the name suggester.
// Internal to chipwatch_extract.

#include <QChar>
#include <QStringView>

namespace Chipwatch::Core::TextScan {

inline char32_t codePointAt(QStringView text, qsizetype pos)
{
    const QChar c = text.at(pos);
    if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
        return QChar::surrogateToUcs4(c, text.at(pos + 1));
    }
    return c.unicode();
}

inline char32_t codePointBefore(QStringView text, qsizetype pos)
{
    const QChar c = text.at(pos - 1);
    if (c.isLowSurrogate() && pos >= 2 && text.at(pos - 2).isHighSurrogate()) {
        return QChar::surrogateToUcs4(text.at(pos - 2), c);
    }
    return c.unicode();
}

// Letters, digits and combining marks: what a name may not be glued to.
inline bool isWordChar(char32_t c)
{
    if (c < 0x80) {
        // Most of the text: no table lookup (this runs for every character of every article).
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    }
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

inline bool wordCharBefore(QStringView text, qsizetype pos)
{
    return pos > 0 && isWordChar(codePointBefore(text, pos));
}

inline bool wordCharAt(QStringView text, qsizetype pos)
{
    return pos < text.size() && isWordChar(codePointAt(text, pos));
}

// Hyphen characters that join compounds (not dashes between words).
inline bool isHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0xFE63 || c == 0xFF0D;
}

// Spaces that may sit inside a name ("Kunlun P800" with a no-break space).
inline bool isInnerSpace(char32_t c)
{
    return c == u' ' || c == u'\t' || c == 0xA0 || (c >= 0x2002 && c <= 0x200A) || c == 0x202F;
}

inline bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

inline bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

// The form the scanner sees: every hyphen, inner space and apostrophe folded to its ASCII form,
// so that one literal covers the typographic variants.
inline char32_t scanForm(char32_t c)
{
    if (c < 0x80) {
        return c == u'\t' ? u' ' : c;
    }
    if (isHyphen(c)) {
        return u'-';
    }
    if (isInnerSpace(c)) {
        return u' ';
    }
    if (isApostrophe(c)) {
        return u'\'';
    }
    return c;
}

// True when [start, end) lies in a URL, an e-mail address or a host name: names there are not
// mentions ("www.nvidia.com/h100").
inline bool insideUrlOrAddress(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = start;
    while (from > 0 && !QChar::isSpace(text.at(from - 1).unicode())) {
        --from;
    }
    qsizetype to = end;
    while (to < text.size() && !QChar::isSpace(text.at(to).unicode())) {
        ++to;
    }
    const QStringView token = text.mid(from, to - from);
    if (token.contains(u"://") || token.contains(u'@') || token.startsWith(u"www.", Qt::CaseInsensitive)) {
        return true;
    }
    // "nvidia.com", "Baidu.cn": a dot directly followed by a lower-case letter right after the name.
    return end + 1 < text.size() && text.at(end) == u'.' && text.at(end + 1).isLower();
}

} // namespace Chipwatch::Core::TextScan
