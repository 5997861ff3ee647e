// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/boilerplatecues.h"

#include <QList>
#include <QString>

namespace Chipwatch::Core {

enum class TextFormat { Plain, Markdown };

// One line of an article text with the features the cleaner and the metadata reader judge it by.
struct TextLine
{
    qsizetype start = 0; // UTF-16 offsets into the text, line break excluded
    qsizetype end = 0;
    QString visible;             // markup removed, whitespace simplified
    qsizetype visibleLength = 0; // non-space characters of visible
    int words = 0;

    int headingLevel = 0;  // Markdown ATX or Setext heading level, 0 otherwise
    bool listItem = false; // "- ", "* ", "1. ", "• " or an emoji bullet
    bool emojiBullet = false;
    bool imageOnly = false; // nothing but a Markdown image or link definition
    bool rule = false;      // horizontal rule, table divider, Setext underline
    bool frontMatter = false;
    bool code = false;
    int links = 0;
    qsizetype linkChars = 0; // visible characters inside links

    bool terminal = false; // ends like a sentence: . ! ? …
    bool endsWithColon = false;
    bool exclamation = false;      // ends with ! or ?
    bool internalBoundary = false; // holds a sentence boundary before its end
    bool headlineLike = false;     // one phrase without a closing period, of headline length
    int personal = 0;              // first/second person pronouns outside quotations
    CueScore cues;

    bool isBlank() const { return visibleLength == 0; }

    double linkDensity() const { return visibleLength > 0 ? double(linkChars) / double(visibleLength) : 0.0; }
};

class TextLines final
{
public:
    TextLines() = delete;

    // Splits at '\n' exactly as the exchange format counts lines and computes each line's features.
    static QList<TextLine> split(const QString &text, TextFormat format);

    // The visible text of a Markdown fragment: links reduced to their text, emphasis and
    // images removed.
    static QString stripMarkdown(QStringView s);

    // Lower-cased, dash- and quote-folded form used to find repeated lines.
    static QString normalised(QStringView s);
};

} // namespace Chipwatch::Core
