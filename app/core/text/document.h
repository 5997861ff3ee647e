// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QString>

namespace Chipwatch::Core {

// A half-open range [start, end) of UTF-16 code units into CleanedDocument::text.
// Everything inside the core works in QString (UTF-16) offsets; conversion to the code point
// offsets of the exchange format happens only at the edge (command line, export).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }

    bool contains(qsizetype pos) const { return pos >= start && pos < end; }

    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

struct ArticleMetadata
{
    QString title;
    QString date; // ISO 8601 as far as known: "2025", "2025-07", "2025-09-11"
    QString author;
    QString source;   // publisher or outlet, e.g. "IT BOLTWISE"
    QString language; // ISO 639-1 ("de", "en"), empty when unknown
    QString url;
};

// The result of cleaning one article: the full visible text, the ranges of it that are the
// article itself (everything else is page clutter) and what could be learnt about it.
struct CleanedDocument
{
    QString text;
    QList<TextSpan> body;
    ArticleMetadata meta;
    // Why the text could not be read, for the user (e.g. an HTML page nested too deeply); the
    // loader refuses the file. Empty when the text is usable.
    QString refusal;

    // The article text alone: the body ranges joined by newlines.
    QString bodyText() const
    {
        QString out;
        for (const TextSpan &span : body) {
            if (!out.isEmpty()) {
                out += u'\n';
            }
            out += QStringView(text).mid(span.start, span.length());
        }
        return out;
    }
};

} // namespace Chipwatch::Core
