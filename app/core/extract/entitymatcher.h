// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Chipwatch::Core {

class KnowledgeBase;

// Finds the knowledge base's names in a text: whole words, with German genitive -s, English
// possessives, ALL-CAPS and hyphen/space variants, names as the first part of hyphen compounds;
// overlapping candidates resolve longest first, then leftmost.
// Built once per knowledge base (the patterns are compiled in the constructor); match() is const
// and may be called from several threads at once.
class EntityMatcher final
{
public:
    explicit EntityMatcher(const KnowledgeBase &kb);
    ~EntityMatcher();
    EntityMatcher(const EntityMatcher &) = delete;
    EntityMatcher &operator=(const EntityMatcher &) = delete;

    // Non-overlapping mentions sorted by position. Spans are UTF-16 offsets into text. language
    // (ISO 639-1) switches off the German genitive -s for English ("en"); empty means German rules.
    QList<EntityMention> match(QStringView text, QStringView language = {}) const;

    // False when the pattern database could not be built (errorString() says why); match() then
    // finds nothing. An empty knowledge base is valid.
    bool isValid() const;
    QString errorString() const;

    // The literal byte patterns handed to the engine (UTF-8, one per casing/separator variant).
    // For benchmarks and diagnostics.
    QList<QByteArray> literals() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Chipwatch::Core
