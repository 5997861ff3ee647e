// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"
#include "text/textline.h"

#include <QString>

namespace Chipwatch::Core {

// Separates an article from the page clutter around it in plain text or Markdown copied from
// a web page, and reads what the text says about itself (title, date, author, publisher,
// language).
//
// Lines are judged by their own features (length, sentence shape, cue vocabulary, links,
// contact details, list markers, direct address, repetition) and then by context: a clutter
// zone lasts until real article prose resumes, headings and bylines stay when article prose
// follows them, and a lone paragraph between clutter after the article is clutter too.
class TextCleaner final
{
public:
    TextCleaner() = delete;

    // text is returned unchanged in CleanedDocument::text; body ranges are UTF-16 offsets into it.
    // fileName only helps when the text itself names no title.
    static CleanedDocument clean(const QString &text, TextFormat format = TextFormat::Plain,
                                 const QString &fileName = {});

    // Markdown for ".md"/".markdown" file names, plain text otherwise.
    static TextFormat formatForFileName(const QString &fileName);
};

} // namespace Chipwatch::Core
