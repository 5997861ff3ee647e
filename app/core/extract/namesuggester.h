// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

class KnowledgeBase;

// Names the knowledge base does not know, recognised from their context: companies after cue
// nouns ("das Start-up Xyz", "Xyz, ein Chipdesigner aus ..."), people after roles ("Nvidia-Chef
// Jensen Huang", "CEO Lisa Su"), chips from model-number shapes (P800, MI300X) next to a chip word
// or a known vendor. Precision first: when in doubt, no suggestion.
class NameSuggester final
{
public:
    explicit NameSuggester(const KnowledgeBase &kb);

    // Suggestions (suggested = true, 0.5 <= confidence <= 0.8, canonical = the name as written
    // without a genitive -s) that overlap none of known. Sorted by start.
    QList<EntityMention> suggest(QStringView text, const QList<Sentence> &sentences, const QString &language,
                                 const QList<EntityMention> &known) const;

private:
    QSet<QString> m_knownNames;  // name keys of every knowledge-base name (nothing known is suggested)
    QSet<QString> m_vendorNames; // name keys of company names and aliases (vendor next to a chip)
    QSet<QString> m_rejected;    // surface keys the user said are no names
};

} // namespace Chipwatch::Core
