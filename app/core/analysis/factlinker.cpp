// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/factlinker.h"

#include "analysis/textcontext.h"
#include "analysis/triggerlexicon.h"

#include <QHash>

namespace Chipwatch::Core {

FactLinker::FactLinker(QHash<QString, int> fiscalYearEnds)
    : m_fiscalYearEnds(std::move(fiscalYearEnds))
{}

QList<Fact> FactLinker::link(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities,
                             const QList<Figure> &figures, const QString &articleDate, const QString &language,
                             QList<FigureStatement> *statements, const QString &assumedDate) const
{
    const TextContext ctx(text, sentences, entities);
    const PeriodContext dating{articleDate, assumedDate, m_fiscalYearEnds};
    StatementParser parser(ctx, figures, dating, language, TriggerLexicon::builtIn());
    const QList<Fact> facts = parser.parse(statements);
    // The same claim repeated (a summary restating the lead) is one fact.
    QHash<QString, qsizetype> seen; // claim -> index in unique
    QList<Fact> unique;
    unique.reserve(facts.size());
    QList<qsizetype> newIndex(facts.size(), -1);
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const Fact &f = facts[i];
        const QString key = f.subject + u'|' + f.metric + u'|' + QString::number(f.values.front().value, 'g', 12) +
                            u'|' + f.values.front().unit;
        if (!seen.contains(key)) {
            seen.insert(key, unique.size());
            newIndex[i] = unique.size();
            unique.append(f);
        } else if (Fact &kept = unique[seen.value(key)]; kept.period.isEmpty() && !f.period.isEmpty()) {
            // A headline states the claim, the text its period: the repetition completes the fact.
            kept.period = f.period;
        }
    }
    if (statements) {
        for (FigureStatement &st : *statements) {
            if (st.fact >= 0) {
                const qsizetype kept = newIndex[st.fact];
                if (kept < 0) {
                    st.reason = QStringLiteral("the same claim as a fact before");
                }
                st.fact = kept;
            }
        }
    }
    return unique;
}

} // namespace Chipwatch::Core
