// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QByteArray>

namespace Chipwatch::Core {

// A linear pass over the page's UTF-8 bytes before libxml2 sees them. libxml2's HTML parser knows
// HTML 4 only and trusts the markup; three things it does badly are fixed here, in the markup, so
// that its tree comes out the way a browser builds its document:
//
//  - HTML5 void elements it does not know (embed, source, track, wbr, keygen) get their end tag
//    right after the start tag; libxml2 would otherwise nest the rest of the page inside them.
//  - An element whose content a browser does not render (audio, video, template, object, iframe,
//    ...) that is never closed gets its end tag right after the start tag; libxml2 would put the
//    rest of the page inside it, and the article with it.
//  - An element keeps its first maxAttributes attributes; libxml2 compares every attribute with
//    all earlier ones (quadratic: 40,000 attributes take 14 s), and no real page comes near.
//
// Comments, <script> and <style> content are skipped the way libxml2 skips them. Pages that need
// none of this come back unchanged (the same, implicitly shared, bytes).
class MarkupGuard final
{
public:
    // Per element; the attributes the extractor reads (id, class, role, style, ...) come first on
    // real pages, which rarely carry more than a few dozen.
    static constexpr int maxAttributes = 128;

    struct Report
    {
        int voidsClosed = 0;      // HTML5 void elements given an end tag
        int containersClosed = 0; // unclosed non-rendered containers closed
        int attributesDropped = 0;
    };

    static QByteArray guard(const QByteArray &input, Report *report = nullptr);
};

} // namespace Chipwatch::Core
