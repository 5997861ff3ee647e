// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/factrecords.h"
#include "workspace/itemdataroles.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Chipwatch::Core {

class CurrencyRates;
class Library;

// One side of a disagreement.
struct ConflictSource
{
    SourceRef source;
    QString articleTitle;
    QString articleDate;
    QString sentenceText;
    // Value conflicts: the figure as stated, and in the conflict's unit (0 when it cannot be converted).
    double value = 0;
    QString unit;
    double comparableValue = 0;
    // Streak conflicts: "achten Quartal in Folge" -> count 8, streakUnit "quarter".
    QString phrase;
    int streakCount = 0;
    QString streakUnit; // "week", "month", "quarter" or "year"
};

// Articles that disagree about the same fact.
struct FactConflict
{
    enum class Kind {
        Value, // same subject, metric and period, values more than 0.5 % apart
        Streak // "im achten Quartal in Folge" against "den achten Monat in Folge"
    };

    Kind kind = Kind::Value;
    QString subject;
    QString metric;
    QString period;                // effectivePeriod() of the facts; empty for streaks
    QString unit;                  // value conflicts: the unit comparableValue is in
    QList<ConflictSource> sources; // every claim of the group, at least two articles

    // One line for the dashboard: "MetaX, Revenue, 2024: 743 million CNY (Title A) / 750 million CNY (Title B)".
    QString describe() const;
};

// A streak phrase: an ordinal (or a count) with a period unit and "in Folge"/"in a row"/"straight"/
// "consecutive"/... ("im achten Quartal in Folge", "the third straight quarter", "acht Quartale in Folge",
// "for eight consecutive months").
struct StreakPhrase
{
    TextSpan span; // relative to the text searched
    int count = 0;
    QString unit; // "week", "month", "quarter", "year"
};

// Finds where articles disagree: on values (same subject + metric + period, from different articles, more than
// 0.5 % apart after currency conversion; a fact without a period counts for its article's year, as in the
// charts) and on streaks (the same subject and metric said to grow for a different run of periods).
//
// Streaks come from the stored sentences. The metric is read from the words of the streak's clause
// (revenue: Umsatz, Erlöse, revenue, sales; growth: Wachstum, wuchsen, grew; profit, loss), falling back to the
// whole sentence; a streak without such words is ignored. The subject is the company mentioned nearest to it
// in the sentence, else the last company of the two sentences before. Two streaks disagree when the runs they
// state, in months, differ by more than the coarser unit allows plus the months between the articles' dates
// (undated articles count as simultaneous): "achten Quartal" (22-24 months) and "achten Monat" do,
// "vierten Quartal" and "zwölften Monat" do not, nor do "achten" and "neunten Quartal" a quarter apart.
class ConflictDetector final
{
public:
    // The library (and the rates, when given) must outlive the detector. Without rates, money in different
    // currencies is compared only where a claim states a shared currency.
    explicit ConflictDetector(Library &library, const CurrencyRates *rates = nullptr);

    // Conflicts among the given articles (every article when nullopt), values first, by subject.
    QList<FactConflict> detect(const std::optional<QList<qint64>> &articleIds = std::nullopt) const;
    QList<FactConflict> valueConflicts(const QList<FactRecord> &facts) const;
    QList<FactConflict> streakConflicts(const std::optional<QList<qint64>> &articleIds) const;

    static QList<StreakPhrase> findStreaks(QStringView text);
    // "revenue_growth", "revenue", "profit_growth", "profit", "loss", or empty, from the words of `text`.
    static QString streakMetric(QStringView text);

private:
    Library &m_library;
    const CurrencyRates *m_rates;
};

} // namespace Chipwatch::Core
