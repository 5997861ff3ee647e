// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/tokenizer.h"

#include <algorithm>

namespace Chipwatch::Core {

namespace {

// Separators inside a number that stand for thousands groups in typeset text (never a normal space:
// "+49 89 674" is a phone number, not 4989674).
bool isGroupSpace(QChar c)
{
    return c.unicode() == 0x00A0 || c.unicode() == 0x202F || c.unicode() == 0x2009;
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    const qsizetype n = text.size();
    qsizetype i = 0;
    qsizetype prevEnd = -1;
    bool lineBreak = false;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            lineBreak =
                lineBreak || c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.spaceBefore = prevEnd < 0 || prevEnd < i;
        token.lineBreakBefore = lineBreak && prevEnd >= 0;
        lineBreak = false;
        if (c.isLetter() || c.isMark()) {
            ++i;
            while (i < n && isWordChar(text[i])) {
                ++i;
            }
            token.kind = TokenKind::Word;
        } else if (isAsciiDigit(c)) {
            ++i;
            while (i < n) {
                if (isAsciiDigit(text[i])) {
                    ++i;
                } else if ((text[i] == u'.' || text[i] == u',') && i + 1 < n && isAsciiDigit(text[i + 1])) {
                    i += 2;
                } else if (isGroupSpace(text[i]) && i + 3 < n && isAsciiDigit(text[i + 1]) &&
                           isAsciiDigit(text[i + 2]) && isAsciiDigit(text[i + 3]) &&
                           (i + 4 >= n || !isAsciiDigit(text[i + 4]))) {
                    i += 4;
                } else {
                    break;
                }
            }
            token.kind = TokenKind::Number;
        } else {
            i += (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) ? 2 : 1;
            token.kind = TokenKind::Symbol;
        }
        token.end = i;
        prevEnd = i;
        tokens.append(token);
    }
    return tokens;
}

qsizetype Tokenizer::matchAt(QStringView text, qsizetype pos, QStringView phrase, bool caseSensitive)
{
    qsizetype t = pos;
    const qsizetype n = text.size();
    for (qsizetype p = 0; p < phrase.size(); ++p) {
        const QChar pc = phrase[p];
        if (pc == u' ') {
            if (t >= n || !text[t].isSpace()) {
                return -1;
            }
            while (t < n && text[t].isSpace()) {
                ++t;
            }
            continue;
        }
        if (t >= n) {
            return -1;
        }
        const QChar tc = text[t];
        if (tc != pc && (caseSensitive || tc.toCaseFolded() != pc.toCaseFolded())) {
            return -1;
        }
        ++t;
    }
    if (!phrase.isEmpty() && isWordChar(phrase.back()) && t < n && isWordChar(text[t])) {
        return -1;
    }
    return t;
}

qsizetype Tokenizer::tokenAt(const QList<Token> &tokens, qsizetype pos)
{
    const auto it =
        std::lower_bound(tokens.cbegin(), tokens.cend(), pos, [](const Token &t, qsizetype p) { return t.start < p; });
    return it - tokens.cbegin();
}

} // namespace Chipwatch::Core
