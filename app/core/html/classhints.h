// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QStringView>

namespace Chipwatch::Core {

// What the id and class names of an element say about it.
enum class ClassRole : quint8 {
    None,
    Content,       // names the text: "entry-content", "article__body", "story-text", "intro"
    StrongContent, // names the article text unmistakably: "article-body", "entry-content", ...
    Boilerplate,   // names page furniture: "sidebar", "share-buttons", "related-posts"
    Comments,      // names reader comments or the comment form: "comments", "comment-respond"
    Teaser,        // "teaser": a link to another article, but in some CMSs the article's own lead
};

// Reads class and id names the way a person reading the markup would: a name is split into its
// words ("post-share__buttons" -> post, share, buttons), modifiers ("has-sidebar", "with-ads") and
// taxonomy labels ("category-sharing", "tag-news") are ignored, and the last meaningful word
// decides ("sidebar-content" is content inside a sidebar, "content-sidebar" a sidebar).
// A name whose role word comes last or before box nouns only ("author-box") is a strong hint; one
// with other words after it ("sticky-sidebar-relative") a weak one. Between a content and a
// furniture name on one element the stronger wins, furniture on a tie, unless the content name
// is unmistakable ("entry-content").
class ClassHints final
{
public:
    // `idClass`: the id and the class attribute, lower-cased, space-separated.
    static ClassRole role(QStringView idClass);
};

} // namespace Chipwatch::Core
