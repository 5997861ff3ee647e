// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Chipwatch::Core {

class TextContext;
class TriggerLexicon;

// What dates the periods of an article.
struct PeriodContext
{
    QString articleDate; // ISO 8601 as far as known ("2025-09-11", "2025"), or empty
    // For an article without a date: the date it most likely comes from (the latest date of the articles
    // loaded with it, else the day of the import). A year taken from it is the reader's assumption, not
    // the text's, and the period says so: "≈ 2025-Q2".
    QString assumedDate;
    // Knowledge-base company id -> the month its fiscal year ends in, for companies whose fiscal year is
    // not the calendar year: "im zweiten Geschäftsquartal" of Nvidia (1) in August 2025 is FY2026-Q2.
    QHash<QString, int> fiscalYearEnds;
};

// What the statement parser made of one figure: the explain output of `chipwatch-cli explain`.
struct FigureStatement
{
    qsizetype figure = -1; // index into the figures given to the parser
    QString trigger;       // the word that decided the metric, as written
    QString frame;         // its frames ("measure+change"), see resources/lexicons/triggers.tsv
    QString role;          // level, change, base, per_unit, range_bound, total
    QString subject;       // canonical name, or empty
    QString subjectHow;    // how the subject was found: attached, clause subject, reference, salient, ...
    QString period;        // as in the fact
    QString periodHow;     // stated, running (from an earlier sentence), previous year, ...
    int polarity = 0;      // -1 a fall, +1 a rise, 0 none stated
    QString modality;      // reported, forecast, estimate, lost, conditional, denied
    qsizetype fact = -1;   // index into the facts, or -1
    QString reason;        // why no fact, when fact < 0
};

// The statement parser: reads each sentence as statements of the genre (a company reports a level,
// a change by/to/from, raises money, is valued at, loses or forgoes money, expects, sees its share
// price move, holds a share, pays a levy or tariff) and turns its figures into facts.
//
// For every money or percentage figure it decides, in this order: the trigger that governs it
// (TriggerLexicon), its role in the statement (level, change, base of a change, price per unit,
// bound of a range, total of several subjects), the metric, the modality (reported, forecast,
// estimate, lost, conditional), the polarity of a change, the subject (attached to the metric word,
// the subject of the clause, a reference such as "der Konzern" resolved to the salient company), and
// the period (stated, or relative to the article date and the period of the sentences before).
class StatementParser final
{
public:
    StatementParser(const TextContext &ctx, const QList<Figure> &figures, const PeriodContext &dating,
                    const QString &language, const TriggerLexicon &lexicon);
    ~StatementParser();
    StatementParser(const StatementParser &) = delete;
    StatementParser &operator=(const StatementParser &) = delete;

    // Parses all sentences in text order. statements, if given, receives one entry per money or
    // percentage figure inside a sentence.
    QList<Fact> parse(QList<FigureStatement> *statements);

private:
    class Impl;
    Impl *d;
};

} // namespace Chipwatch::Core
