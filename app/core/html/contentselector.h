// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "html/classhints.h"
#include "html/htmltree.h"

#include <QHash>
#include <QList>

namespace Chipwatch::Core {

// Why a block was kept or left out; kept for debugging the extractor on real pages.
enum class BlockVerdict : quint8 {
    Content,     // part of the article
    Headline,    // the article's headline, just before the content
    Outside,     // outside the chosen content container
    Boilerplate, // inside an element that is navigation, comments, share bar, ...
    LinkDense,   // mostly link text: link lists, "read more" teasers
    Short,       // short line at the edge of the content: category labels, dates, bylines
    Cue,         // its wording is that of furniture: "Lesen Sie auch", "Share this", "Foto: dpa"
};

// Decides which blocks of a page are the article: scores containers by the text they hold
// (paragraph length, commas, link density, class and id hints, semantic elements), takes the
// best one with its content-like siblings and then drops the boilerplate inside it.
class ContentSelector final
{
public:
    // `titleHint` is the title the page declares (og:title, <title>); it helps to find the
    // article's headline and with it the article on pages that hold several stories.
    explicit ContentSelector(const HtmlTree &tree, const QString &titleHint = {});

    // The blocks that are the article, in document order.
    QList<int> contentBlocks() const;

    const QList<BlockVerdict> &verdicts() const { return m_verdicts; }

    // For Boilerplate verdicts, the furniture element the block is in; else -1.
    int reason(int block) const { return m_reasons.value(block, -1); }

    // The element chosen as the article container, -1 if there was none.
    int container() const { return m_container; }

    // The element the article was widened to around the container (lead, split sections).
    int scope() const { return m_scope; }

    // The headline element (h1/h2) of the article, -1 if none was found.
    int headline() const { return m_headline; }

    static const char *verdictName(BlockVerdict verdict);
    // The best-scoring container candidates with their scores, best first (for explain output).
    QList<QPair<int, double>> rankedCandidates(int count) const;

private:
    void classifyElements();
    void scoreCandidates(bool skipBoilerplate);
    int pickContainer() const;
    double finalScore(int element) const;
    int matchHeadline(const QString &titleHint) const;
    void selectContent(int container);
    void mergeRelatives(int container);
    int prose(int element) const;
    void extendAroundContent(int container);
    bool isProse(const HtmlBlock &block) const;
    bool furnitureBetween(int element, int ancestor) const;
    void markBoilerplateInside(int root);
    void dropLinkLists(int root);
    void dropFurnitureLines();
    void findHeadline();
    bool contentLike(int element) const;
    double classWeight(int element) const;
    int effectiveChars(const HtmlBlock &block) const;

    const HtmlTree &m_tree;
    QList<BlockVerdict> m_verdicts;
    QHash<int, int> m_reasons;
    QList<double> m_score;       // candidate score per element, before link density
    QList<bool> m_scored;        // whether the element received any score
    QList<quint8> m_boilerplate; // 1: the element itself looks like boilerplate
    QList<ClassRole> m_role;     // what the element's id and class say
    QList<qint8> m_hint;         // class/id hint: -1 negative, 0 none, 1 positive, 2 strong positive
    QList<bool> m_inBoilerplate;
    QList<int>
        m_prosePrefix; // prefix sums of the characters of prose blocks // the element or an ancestor is boilerplate
    int m_container = -1;
    int m_scope = -1;
    int m_headline = -1;
};

} // namespace Chipwatch::Core
