// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Ties money and percentage figures to what they are about, within their sentence: the subject
// (a company, or a country or organisation for tariffs, levies, targets and investments), the
// metric (revenue, loss, investment, ...; see the exchange format) and the period.
//
// The subject is, in order of preference: the entity the metric word belongs to ("Umsatz von
// MetaX", "Alibabas Umsatz"), the subject of the figure's clause, the subject of the sentence, or,
// for "das Unternehmen"/"the company"/"it", the company that was the subject of the sentence before.
// Entities after "wie", "mit", "an", "like", "with", "to", ... are not subjects. A figure whose
// subject or metric stays unclear yields no fact: a missing fact is better than a wrong one.
//
// "380 Milliarden Yuan (rund 53 Milliarden US-Dollar)" is one fact with two values. A claim about
// two subjects ("MetaX und Moore Threads planen Börsengänge im Wert von ...") is reported once, for
// the first one named.
class FactLinker final
{
public:
    // figures and entities are those found in text; only the figures inside the given sentences
    // are linked. articleDate ("2025-09-11", "2025", or empty) dates relative periods such as
    // "im ersten Halbjahr".
    QList<Fact> link(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities,
                     const QList<Figure> &figures, const QString &articleDate) const;
};

} // namespace Chipwatch::Core
