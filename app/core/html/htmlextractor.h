// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"

#include <QCoreApplication>
#include <QString>

namespace Chipwatch::Core {

// Turns a web page into a CleanedDocument: the visible text as a browser lays it out, the ranges
// of it that are the article (navigation, teasers, comment forms, share bars, footers and the like
// left out) and the metadata the page declares about the article.
class HtmlExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::HtmlExtractor)

public:
    // `html` is the page already decoded; `fileName` (or the page address) only serves as a
    // last resort for the date and as the base for relative links. A page that cannot be read
    // reliably (nested deeper than libxml2 builds) comes back with only `refusal` set.
    static CleanedDocument extract(const QString &html, const QString &fileName = {});

    // For developers tuning the extractor: one line per text block, tab-separated: UTF-16 start
    // and end in CleanedDocument::text, the verdict (content, outside, boilerplate, linkdense,
    // ...), the element path from <body> with ids and classes, and the block's first characters.
    static QString explain(const QString &html);
};

} // namespace Chipwatch::Core
