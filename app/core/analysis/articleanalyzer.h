// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "analysis/comparisonfinder.h"
#include "analysis/factlinker.h"
#include "analysis/figureparser.h"
#include "extract/entityextractor.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

class KnowledgeBase;
class WorkBudget;

// The whole analysis of one article: sentences, entities, figures, facts and chip comparisons,
// restricted to the article body. Build one per knowledge base (that compiles the entity matcher);
// analyze() is const and may run on many threads at once.
class ArticleAnalyzer final
{
public:
    explicit ArticleAnalyzer(const KnowledgeBase &kb);

    // body: the ranges of text that are the article (from the cleaning step); empty means all of
    // it. language: ISO 639-1. articleDate: ISO 8601 as far as known, or empty. All spans in the
    // result are UTF-16 offsets into text.
    // statements, if given, receives what the statement parser made of every money and percentage
    // figure (chipwatch-cli explain). assumedDate: for an article without a date, the date it most likely
    // comes from (see assumedDateFor()); periods it dates are marked "≈". budget, if given, is checked between
    // the text's ranges and between stages; once it is spent the analysis stops and the result is empty (the caller
    // tells the user why from the budget).
    ArticleAnalysis analyze(QStringView text, const QList<TextSpan> &body, const QString &language,
                            const QString &articleDate, QList<FigureStatement> *statements = nullptr,
                            const QString &assumedDate = QString(), const WorkBudget *budget = nullptr) const;

    // The date to assume for undated articles loaded together with articles of these dates: the latest of
    // them ("this week's news" comes as a set), else today. ISO 8601 as far as known.
    static QString assumedDateFor(const QStringList &articleDates);
    // The latest of these dates (ISO 8601 as far as known) that names a year, or empty.
    static QString latestDate(const QStringList &articleDates);

private:
    EntityExtractor m_extractor;
    FigureParser m_figures;
    FactLinker m_facts;
    ComparisonFinder m_comparisons;
};

} // namespace Chipwatch::Core
