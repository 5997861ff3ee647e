// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"

#include <QList>
#include <QMetaType>
#include <QtGlobal>

namespace Chipwatch::Core {

// Where a number, a count or a claim comes from: one sentence of one stored article. The reader opens
// the article and selects the span.
struct SourceRef
{
    qint64 articleId = 0;
    TextSpan sentence; // UTF-16 offsets into StoredArticle::document.text

    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

// The custom roles of the workspace models. A model whose items lead to sentences answers ArticleIdRole,
// SentenceStartRole and SentenceEndRole for the item's first source and SourcesRole with all of them, so that
// the GUI can handle every click-through the same way.
enum ItemDataRole : int {
    EntityIdRole = Qt::UserRole + 1, // QString: knowledge-base id, empty for a name the knowledge base lacks
    ArticleIdRole,                   // qint64
    SentenceStartRole,               // qint64 (UTF-16 offset)
    SentenceEndRole,                 // qint64 (UTF-16 offset, exclusive)
    ValueRole,                       // double: the number before display formatting and axis scaling
    SourcesRole,                     // QList<SourceRef>
    ConflictRole,                    // bool: the sources of this item disagree
    SortRole,                        // a value that sorts right: numbers as numbers, dates as ISO strings
};

} // namespace Chipwatch::Core

Q_DECLARE_METATYPE(Chipwatch::Core::SourceRef)
