// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/statementparser.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Ties money and percentage figures to what they are about: the subject (a company, or a country or
// organisation for tariffs, levies, targets and investments), the metric (revenue, loss, investment,
// ...; see the exchange format), the period, the kind (reported or forecast) and the role (level or
// change). The work is done by the StatementParser with the built-in TriggerLexicon; this class
// runs it over an article and merges repeated claims.
//
// A figure whose subject or metric stays unclear yields no fact: a missing fact is better than a
// wrong one. "380 Milliarden Yuan (rund 53 Milliarden US-Dollar)" is one fact with two values.
class FactLinker final
{
public:
    // fiscalYearEnds: knowledge-base company id -> the month its fiscal year ends in, for the companies
    // whose fiscal year is not the calendar year (see PeriodContext).
    explicit FactLinker(QHash<QString, int> fiscalYearEnds = {});

    // figures and entities are those found in text; only the figures inside the given sentences
    // are linked. articleDate ("2025-09-11", "2025", or empty) dates relative periods such as
    // "im ersten Halbjahr". assumedDate dates them in an article without a date that names no year either; the
    // periods then carry a "≈" (see PeriodContext).
    // language ("de", "en") selects the triggers of the lexicon; empty uses both. statements, if given,
    // receives what the statement parser made of every money and percentage figure (see explain).
    QList<Fact> link(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities,
                     const QList<Figure> &figures, const QString &articleDate, const QString &language = QString(),
                     QList<FigureStatement> *statements = nullptr, const QString &assumedDate = QString()) const;

private:
    QHash<QString, int> m_fiscalYearEnds;
};

} // namespace Chipwatch::Core
