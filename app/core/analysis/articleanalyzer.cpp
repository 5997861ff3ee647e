// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"

#include "analysis/workbudget.h"
#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"

#include <QDate>

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

bool endsSentence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    static constexpr QStringView terminal = u".!?:;\"'\u201C\u201D\u00BB\u00AB)]\u2026";
    return terminal.contains(trimmed.back());
}

// Only whitespace with exactly one line break: the next line of the same paragraph.
bool singleLineBreak(QStringView gap)
{
    return gap.count(u'\n') == 1 && gap.trimmed().isEmpty();
}

// The lines of the body, without their line breaks.
QList<TextSpan> bodyLines(QStringView text, const QList<TextSpan> &ranges)
{
    QList<TextSpan> lines;
    for (const TextSpan &range : ranges) {
        qsizetype start = range.start;
        while (start < range.end) {
            qsizetype end = text.indexOf(u'\n', start);
            if (end < 0 || end > range.end) {
                end = range.end;
            }
            if (end > start) {
                lines.append({start, end});
            }
            start = end + 1;
        }
    }
    return lines;
}

// Hard-wrapped text (Markdown, plain-text mail, newsletters) breaks every paragraph into lines of similar,
// modest length, and most of those lines stop in mid-sentence. Text with one paragraph per line (what web
// pages and most article files give) has long lines that end their sentences, and is left alone, so that a
// headline is never read as the start of the paragraph below it.
//
// Returns the line breaks inside the paragraphs of hard-wrapped text; none for other text.
QList<TextSpan> wrappedLineBreaks(QStringView text, const QList<TextSpan> &ranges)
{
    const QList<TextSpan> lines = bodyLines(text, ranges);
    QList<TextSpan> breaks;
    int counted = 0;
    int shortLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = text.mid(lines[i].start, lines[i].length());
        if (line.trimmed().size() >= 20) {
            ++counted;
            shortLines += line.trimmed().size() <= 100 ? 1 : 0;
        }
        if (i + 1 < lines.size() && singleLineBreak(text.mid(lines[i].end, lines[i + 1].start - lines[i].end)) &&
            !endsSentence(line) && !text.mid(lines[i + 1].start, lines[i + 1].length()).trimmed().isEmpty()) {
            breaks.append({lines[i].end, lines[i + 1].start});
        }
    }
    const bool hardWrapped =
        counted >= 4 && shortLines * 10 >= counted * 8 && breaks.size() >= 3 && breaks.size() * 10 >= counted * 3;
    return hardWrapped ? breaks : QList<TextSpan>();
}

// Companies whose fiscal year is not the calendar year, with the month it ends in; a unit without its own
// ("Alibaba Cloud") reports in its parent's.
QHash<QString, int> fiscalYearEnds(const KnowledgeBase &kb)
{
    QHash<QString, int> out;
    for (const KbEntity &e : kb.entities()) {
        if (e.type != EntityType::Company) {
            continue;
        }
        const KbEntity *owner = &e;
        for (int depth = 0; owner && owner->fiscalYearEnd == 0 && depth < 8; ++depth) {
            owner = kb.parentOf(owner->id);
        }
        if (owner && owner->fiscalYearEnd > 0 && owner->fiscalYearEnd < 12) {
            out.insert(e.id, owner->fiscalYearEnd);
        }
    }
    return out;
}

} // namespace

ArticleAnalyzer::ArticleAnalyzer(const KnowledgeBase &kb)
    : m_extractor(kb)
    , m_facts(fiscalYearEnds(kb))
{}

QString ArticleAnalyzer::latestDate(const QStringList &articleDates)
{
    QString latest;
    for (const QString &date : articleDates) {
        // ISO dates compare in time as strings; "2025-11" sorts before "2025-11-25", which is as good as it knows.
        if (date.left(4).toInt() > 0 && date > latest) {
            latest = date;
        }
    }
    return latest;
}

QString ArticleAnalyzer::assumedDateFor(const QStringList &articleDates)
{
    const QString latest = latestDate(articleDates);
    return latest.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : latest;
}

ArticleAnalysis ArticleAnalyzer::analyze(QStringView text, const QList<TextSpan> &body, const QString &language,
                                         const QString &articleDate, QList<FigureStatement> *statements,
                                         const QString &assumedDate, const WorkBudget *budget) const
{
    const auto spent = [budget] { return budget && budget->spent(); };
    QList<TextSpan> ranges = body;
    if (ranges.isEmpty()) {
        ranges.append({0, text.size()});
    }
    const QList<TextSpan> joins = wrappedLineBreaks(text, ranges);
    ArticleAnalysis result;
    QString unwrapped;
    for (const TextSpan &range : std::as_const(ranges)) {
        if (spent()) {
            return {};
        }
        const qsizetype from = std::clamp<qsizetype>(range.start, 0, text.size());
        const qsizetype to = std::clamp<qsizetype>(range.end, from, text.size());
        QStringView part = text.mid(from, to - from);
        // In hard-wrapped text the breaks inside a paragraph read as spaces (same length, so offsets stay), or
        // the sentence splitter would end a sentence at every line.
        bool copied = false;
        for (const TextSpan &join : std::as_const(joins)) {
            if (join.start < from || join.end > to) {
                continue;
            }
            if (!copied) {
                unwrapped = part.toString();
                copied = true;
            }
            for (qsizetype k = join.start; k < join.end; ++k) {
                unwrapped[k - from] = u' ';
            }
        }
        if (copied) {
            part = unwrapped;
        }
        // Each body range is analysed on its own: page clutter between two ranges must not join
        // their sentences.
        QList<Sentence> sentences = SentenceSplitter::split(part, language);
        QList<EntityMention> entities = m_extractor.extract(part, sentences, language);
        if (spent()) {
            return {};
        }
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
    if (spent()) {
        return {};
    }
    result.entities = m_extractor.resolveArticle(text, result.sentences, result.entities);
    if (spent()) {
        return {};
    }
    result.facts = m_facts.link(text, result.sentences, result.entities, result.figures, articleDate, language,
                                statements, assumedDate);
    if (spent()) {
        return {};
    }
    result.comparisons = m_comparisons.find(text, result.sentences, result.entities);
    return result;
}

} // namespace Chipwatch::Core
