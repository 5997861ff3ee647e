// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

// The judging rules of /work/shared/eval/score.py, for tests: a non-blank line counts as kept when
// at least half of its visible characters lie inside a body range; titles compare after NFKC
// case folding with spaces, hyphens, dots and apostrophes removed.

#include "text/document.h"

#include <QJsonArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Chipwatch::Core::Testing {

struct LineScore
{
    int lines = 0;
    int correct = 0;
    QStringList problems;

    double accuracy() const { return lines > 0 ? double(correct) / double(lines) : 1.0; }
};

// goldLines: 1-based inclusive [first, last] line ranges, as in the gold files.
inline LineScore scoreLines(const QString &text, const QList<TextSpan> &body, const QJsonArray &goldLines)
{
    auto isGold = [&](int line) {
        for (const auto &range : goldLines) {
            const QJsonArray r = range.toArray();
            if (line >= r.at(0).toInt() && line <= r.at(1).toInt()) {
                return true;
            }
        }
        return false;
    };
    auto inBody = [&](qsizetype pos) {
        for (const TextSpan &s : body) {
            if (s.contains(pos)) {
                return true;
            }
        }
        return false;
    };
    LineScore score;
    qsizetype start = 0;
    int number = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        ++number;
        qsizetype visible = 0;
        qsizetype inside = 0;
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = text.at(i);
            // Code points, as the scorer counts: the low half of a surrogate pair is not counted again.
            if (c.isSpace() || (c.isLowSurrogate() && i > start && text.at(i - 1).isHighSurrogate())) {
                continue;
            }
            ++visible;
            inside += inBody(i) ? 1 : 0;
        }
        if (visible > 0) {
            ++score.lines;
            const bool kept = inside * 2 >= visible;
            const bool gold = isGold(number);
            if (kept == gold) {
                ++score.correct;
            } else {
                score.problems << QStringLiteral("line %1 %2: %3")
                                      .arg(number)
                                      .arg(gold ? QStringLiteral("dropped") : QStringLiteral("kept"))
                                      .arg(text.mid(start, std::min<qsizetype>(60, end - start)));
            }
        }
        start = end + 1;
    }
    return score;
}

inline QString normalisedName(const QString &s)
{
    static const QRegularExpression drop(QStringLiteral("[\\s\\-\\x{2010}\\x{2011}\\x{2012}\\x{2013}._'’]+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QString out = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.remove(drop);
    return out;
}

} // namespace Chipwatch::Core::Testing
