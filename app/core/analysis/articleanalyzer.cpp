// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"

#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"

#include <algorithm>

namespace Chipwatch::Core {

namespace {

void shift(TextSpan *span, qsizetype by)
{
    span->start += by;
    span->end += by;
}

// A figure inside a chip or product name is part of that name ("CloudMatrix 384", "Windows 2000").
bool insideName(const Figure &figure, const QList<EntityMention> &entities)
{
    const auto it = std::lower_bound(entities.cbegin(), entities.cend(), figure.span.start,
                                     [](const EntityMention &e, qsizetype pos) { return e.span.end <= pos; });
    for (auto e = it; e != entities.cend() && e->span.start < figure.span.end; ++e) {
        const bool name = e->type == EntityType::Chip || e->type == EntityType::Product;
        if (name && e->span.start < figure.span.end && figure.span.start < e->span.end) {
            return true;
        }
    }
    return false;
}

} // namespace

ArticleAnalyzer::ArticleAnalyzer(const KnowledgeBase &kb)
    : m_extractor(kb)
{}

ArticleAnalysis ArticleAnalyzer::analyze(QStringView text, const QList<TextSpan> &body, const QString &language,
                                         const QString &articleDate) const
{
    QList<TextSpan> ranges = body;
    if (ranges.isEmpty()) {
        ranges.append({0, text.size()});
    }
    ArticleAnalysis result;
    for (const TextSpan &range : std::as_const(ranges)) {
        const qsizetype from = std::clamp<qsizetype>(range.start, 0, text.size());
        const qsizetype to = std::clamp<qsizetype>(range.end, from, text.size());
        const QStringView part = text.mid(from, to - from);
        // Each body range is analysed on its own: page clutter between two ranges must not join
        // their sentences.
        QList<Sentence> sentences = SentenceSplitter::split(part, language);
        QList<EntityMention> entities = m_extractor.extract(part, sentences, language);
        QList<Figure> figures = m_figures.parse(part, language);
        for (Sentence &s : sentences) {
            shift(&s.span, from);
        }
        for (EntityMention &e : entities) {
            shift(&e.span, from);
        }
        for (Figure &f : figures) {
            shift(&f.span, from);
        }
        result.sentences += sentences;
        result.entities += entities;
        for (const Figure &f : std::as_const(figures)) {
            if (!insideName(f, entities)) {
                result.figures.append(f);
            }
        }
    }
    result.facts = m_facts.link(text, result.sentences, result.entities, result.figures, articleDate);
    result.comparisons = m_comparisons.find(text, result.sentences, result.entities);
    return result;
}

} // namespace Chipwatch::Core
