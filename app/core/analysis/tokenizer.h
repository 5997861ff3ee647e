// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

enum class TokenKind : quint8 {
    Word,   // starts with a letter, runs over letters, marks and digits ("Nvidias", "H20", "Q3", "FY2025")
    Number, // starts with an ASCII digit, with inner '.', ',' or narrow-space groups ("1.234,5", "53,1")
    Symbol, // any other single character (a surrogate pair counts as one)
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Symbol;
    bool spaceBefore = true;      // whitespace (or the start of the text) separates it from the previous token
    bool lineBreakBefore = false; // that whitespace holds a line break: figures never span one
};

// The small lexer the analysis rules share. It is deliberately language-neutral: a number token keeps
// its separators and is read by FigureParser, which knows whether "4.000" is four thousand or four.
class Tokenizer final
{
public:
    static QList<Token> tokenize(QStringView text);

    // ASCII digits only: figures are written with them, and QChar::isDigit() also admits other scripts.
    static bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

    static bool isWordChar(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

    // Matches `phrase` at text[pos]: a space in the phrase matches any run of whitespace, letters compare
    // case-insensitively unless caseSensitive. A phrase ending in a letter or digit must end at a word
    // boundary (a hyphen counts as one, so "Nanometer-Prozess" matches "Nanometer"). Returns the end of
    // the match or -1.
    static qsizetype matchAt(QStringView text, qsizetype pos, QStringView phrase, bool caseSensitive);

    // Index of the first token starting at or after pos.
    static qsizetype tokenAt(const QList<Token> &tokens, qsizetype pos);
};

} // namespace Chipwatch::Core
