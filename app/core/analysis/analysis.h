// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QList>
#include <QString>

namespace Chipwatch::Core {

enum class FigureType { Money, Percent, Quantity, Date };

// Qualifiers are data, not part of the figure's span.
enum class Qualifier { None, Approximate, AtLeast, AtMost, UpTo, MoreThan, LessThan };

QString figureTypeName(FigureType type); // "MONEY", "PERCENT", "QUANTITY", "DATE"
// "none", "approximate", "at_least", "at_most", "up_to", "more_than", "less_than"
QString qualifierName(Qualifier qualifier);

struct Figure
{
    TextSpan span;
    FigureType type = FigureType::Money;
    double value = 0;     // the full number: "1,4 Milliarden Yuan" is 1.4e9
    double valueHigh = 0; // upper end of a range ("10 bis 12 Prozent"), else equal to value
    QString unit;         // ISO 4217 for money, "%" for percent, a symbol for quantities, empty for dates
    QString isoDate;      // for dates: "2025", "2025-07", "2025-09-11", "2025-Q3", "2025-H1"
    Qualifier qualifier = Qualifier::None;
};

struct FactValue
{
    double value = 0;
    QString unit;
    TextSpan figureSpan;
};

// Whether a fact states what happened, what someone expects, or what someone estimates.
enum class FactKind { Reported, Forecast, Estimate };
// Whether the figure is a level ("Umsatz von 46,7 Milliarden") or a change ("ein Plus von 56 Prozent").
enum class FactRole { Level, Change };

QString factKindName(FactKind kind); // "reported", "forecast", "estimate"
QString factRoleName(FactRole role); // "level", "change"
FactKind factKindFromName(QStringView name);
FactRole factRoleFromName(QStringView name);

// A figure tied to what it is about: "MetaX revenue 2024 = 743 million CNY".
struct Fact
{
    QString subject;         // canonical name of the company, country or organisation
    QString subjectId;       // knowledge-base id where there is one
    QString metric;          // revenue, revenue_growth, profit, ..., other (see the exchange format)
    QList<FactValue> values; // one claim may carry several currencies
    QString period;          // "2024", "2025-H1", "2025-Q3", "FY2026-Q2", empty when none is stated
    TextSpan sentence;       // the source sentence
    double confidence = 1.0;
    FactKind kind = FactKind::Reported; // forecasts are kept, but never drawn as reported values
    FactRole role = FactRole::Level;
    QString basePeriod; // what a change is measured against ("2024-Q2" for "+56 % on the year"), if stated
};

// "Der Ascend 910C soll auf Augenhöhe mit Nvidias A100 liegen."
struct ChipComparison
{
    QString chip;  // canonical chip name
    QString other; // canonical name of what it is compared with
    // comparable, competes, compared, replaces, variant, outperforms, faster, slower, fraction,
    // multiple (see ComparisonFinder)
    QString relation;
    TextSpan sentence;
    // chip = ratio x other where the text states it ("rund 60 Prozent der Leistung des H100" 0.6,
    // "2,5-mal so schnell wie" 2.5, "die Hälfte" 0.5); 0 when no ratio is stated.
    double ratio = 0;
};

struct ArticleAnalysis
{
    QList<Sentence> sentences;
    QList<EntityMention> entities;
    QList<Figure> figures;
    QList<Fact> facts;
    QList<ChipComparison> comparisons;
};

} // namespace Chipwatch::Core
