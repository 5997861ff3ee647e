// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace Chipwatch::Core {

class EntityMatcher;
class KnowledgeBase;
class NameSuggester;

// What the analyser calls: the knowledge base's names found in a text plus suggestions for names
// the knowledge base does not know yet. Construct once per knowledge base (that compiles the
// matcher); extract() is const and thread-safe. Copies share the compiled matcher.
class EntityExtractor final
{
public:
    explicit EntityExtractor(const KnowledgeBase &kb);
    ~EntityExtractor();
    EntityExtractor(const EntityExtractor &);
    EntityExtractor &operator=(const EntityExtractor &);

    // Mentions sorted by start, non-overlapping; knowledge-base matches (confidence 1) win over
    // suggestions (suggested = true, confidence < 1). sentences come from SentenceSplitter::split()
    // over the same text (an empty list makes extract() split the text itself); language is an
    // ISO 639-1 code.
    QList<EntityMention> extract(QStringView text, const QList<Sentence> &sentences, const QString &language) const;

    // What needs the whole article when its parts were extracted one by one: model numbers of chips
    // and surnames of people named in another part (see ArticleNames). New mentions only inside
    // sentences; the result is sorted by start and free of overlaps.
    QList<EntityMention> resolveArticle(QStringView text, const QList<Sentence> &sentences,
                                        QList<EntityMention> mentions) const;

    // Changes when results may change: the knowledge base's revision plus the rules' version.
    // Store it with extraction results to know when to recompute them.
    QString revision() const;

    // The rules' version; raise it with every change to matching or suggestion rules.
    static int rulesVersion();

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace Chipwatch::Core
