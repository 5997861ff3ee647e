// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"
#include "text/textline.h"

#include <QList>

namespace Chipwatch::Core {

// How the cleaner judged one line; the metadata reader looks for the title among kept
// headline-like lines and for bylines near the top.
struct LineVerdict
{
    enum class Role { Blank, Prose, Clutter, Inline, Neutral };
    Role role = Role::Blank;
    bool meta = false; // date line or byline
    bool kept = false;
    bool repeated = false; // repeats an earlier line (or is repeated later, for the first copy)
};

// Title, date, author and publisher of an article from its lines.
class MetadataExtractor final
{
public:
    MetadataExtractor() = delete;

    struct Result
    {
        ArticleMetadata meta;
        qsizetype titleLine = -1; // index of the line the title was read from, -1 when it came from elsewhere
    };

    static Result extract(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts);

    // A dateline/byline such as "Von Erika Muster | 11.09.2025", "2025-09-11" or "Autor: Nina".
    static bool isBylineOrDate(const TextLine &line);

    // The author named by a byline, or empty.
    static QString authorFromByline(QStringView line);

    // An article's address as far as it may be offered as a web page: http or https with a host, trimmed.
    // Anything else ("file:", "smb:", "javascript:", "Reuters") gives an empty string.
    static QString webUrl(QStringView url);
};

} // namespace Chipwatch::Core
