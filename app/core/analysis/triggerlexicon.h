// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace Chipwatch::Core {

// What a word says about the figures of its statement: bits of one of these, combined for a word that
// is several things at once ("Umsatzwachstum" measures revenue and states a change).
namespace Trigger {
enum Flag : quint32 {
    // the metric a word names
    Revenue = 1u << 0,
    Profit = 1u << 1,
    Loss = 1u << 2,
    Investment = 1u << 3,
    Ipo = 1u << 4,
    Valuation = 1u << 5,
    MarketShare = 1u << 6,
    Funding = 1u << 7,
    Levy = 1u << 8,
    Tariff = 1u << 9,
    Target = 1u << 10,
    // the frame
    Measure = 1u << 11,  // a noun naming what is measured
    Report = 1u << 12,   // a verb reporting a level
    Change = 1u << 13,   // a change, with Up or Down
    Raise = 1u << 14,    // money raised
    Value = 1u << 15,    // valued at
    Lose = 1u << 16,     // lost, forgone, written off
    Forecast = 1u << 17, // expected, guided, planned
    Estimate = 1u << 18, // a potential, a market size, an estimate by others
    Stock = 1u << 19,    // the share, its price
    Hold = 1u << 20,     // a stake, a share of something
    Pay = 1u << 21,      // a levy or tariff paid
    Invest = 1u << 22,   // spending on assets
    PerUnit = 1u << 23,  // a price per unit
    Compare = 1u << 24,  // a comparative after a figure: "32 Prozent mehr", "7% lower"
    Analyst = 1u << 25,  // analysts, consensus: with Forecast, an estimate by others
    Segment = 1u << 26,  // a business segment: measures revenue when no other word names the metric
    // polarity
    Up = 1u << 28,
    Down = 1u << 29,
};
} // namespace Trigger

constexpr quint32 kTriggerMetrics = Trigger::Revenue | Trigger::Profit | Trigger::Loss | Trigger::Investment |
                                    Trigger::Ipo | Trigger::Valuation | Trigger::MarketShare | Trigger::Funding |
                                    Trigger::Levy | Trigger::Tariff | Trigger::Target;

// The trigger lexicon (resources/lexicons/triggers.tsv): which words open which frame, German and
// English. Words are matched whole, by prefix, by compound head (suffix) or anywhere in a compound, so
// that "Quartalsumsatz", "Nettogewinn" and "Umsatzsprung" need no entries of their own.
class TriggerLexicon final
{
public:
    // The lexicon built into Chipwatch (":/lexicons/triggers.tsv").
    static const TriggerLexicon &builtIn();

    // Reads a lexicon file; returns false and sets *error on a malformed line.
    bool loadFile(const QString &path, QString *error);
    bool loadText(QStringView text, QString *error);

    // The flags of a lower-case word in language ("de", "en"; others use both).
    quint32 classify(QStringView lowerWord, QStringView language) const;

    qsizetype size() const { return m_entries.size(); }

    // Separable German verbs ("setzte ... um"): for a verb form, its particles and the flags the pair
    // has. Empty for other words.
    QList<std::pair<QString, quint32>> separable(QStringView verb) const
    {
        return m_separable.value(verb.toString().toLower());
    }

    // "measure", "change", ... for the explain output: the frame names of flags.
    static QString frameNames(quint32 flags);
    static QString metricName(quint32 metricFlag);

private:
    enum class Mode : quint8 { Exact, Prefix, Suffix, Contains };

    struct Entry
    {
        QString stem;
        Mode mode = Mode::Exact;
        quint32 flags = 0;
        quint8 languages = 0; // bit 0 de, bit 1 en
        quint64 letters = 0;  // the letters of the stem, to skip most entries fast
    };

    QList<Entry> m_entries; // all but exact
    QHash<QString, QList<Entry>> m_exact;
    QHash<QString, QList<std::pair<QString, quint32>>> m_separable;
};

} // namespace Chipwatch::Core
