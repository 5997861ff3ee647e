// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

// Code points of UTF-16 text, for the loops that stand in for regular expressions. Internal to chipwatch_text.

#include <QChar>
#include <QStringView>

namespace Chipwatch::Core {

// The code point starting at position i, and how many UTF-16 units it takes (a lone surrogate is one).
inline char32_t codePointAt(QStringView s, qsizetype i, qsizetype *width)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *width = 1;
    return c.unicode();
}

} // namespace Chipwatch::Core
