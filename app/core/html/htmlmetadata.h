// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "html/htmltree.h"
#include "text/document.h"

#include <QList>
#include <QString>
#include <QStringList>

struct _xmlDoc;

namespace Chipwatch::Core {

// Reads what a page says about its article: title, publication date, author, outlet, address and
// declared language, from meta tags, JSON-LD, microdata and, failing those, the visible page.
class HtmlMetadata final
{
public:
    // `headline` is the article's h1 (or -1), `contentBlocks` the blocks chosen as the article;
    // they direct the search for visible dates and bylines to the article rather than teasers.
    static ArticleMetadata read(_xmlDoc *doc, const HtmlTree &tree, int headline, const QList<int> &contentBlocks,
                                const QString &fileName);

    // The title the page declares in its head (og:title, twitter:title, <title>), as written.
    static QString declaredTitle(_xmlDoc *doc);
    // "Title | Site", "Site - Title", ... reduced to the title; `headline` is the visible h1.
    static QString stripSiteName(const QString &title, const QStringList &siteNames, const QString &headline = {});
    // "de-DE", "de_DE", "DE" -> "de"; empty when not a language code.
    static QString normaliseLanguage(const QString &code);
};

} // namespace Chipwatch::Core
