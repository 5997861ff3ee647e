// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Chipwatch::Core {

class KnowledgeBase;
class TextContext;

struct ChipClaim
{
    QString articleId;
    QString sentence;
};

// One comparison of a chip with another, as an article states it.
struct ChipRelation
{
    QString other;    // canonical name of the chip it is compared with
    QString relation; // see ChipComparison
    double ratio = 0; // chip = ratio x other; 0 when not stated
    QString articleId;
    QString sentence;
};

// A specification an article states for a chip: "96 GB HBM3", "4 TB/s", "1 PFLOPS bei FP8",
// "7 Nanometer", "550 W".
struct ChipSpec
{
    QString kind; // memory, bandwidth, compute, process, power, transistors
    double value = 0;
    QString unit;   // as the figure parser gives it: GB, TB/s, PFLOPS, nm, W, ...
    QString format; // number format of a compute figure ("FP8", "BF16", "INT8"), else empty
    QString articleId;
    QString sentence;
};

// One row of the chip table: what the loaded articles and the knowledge base say about one chip.
struct ChipRow
{
    QString chip;         // canonical name
    QString chipId;       // knowledge-base id, empty for a chip the knowledge base does not know
    QString vendor;       // canonical name of the vendor, empty when unknown
    QString vendorParent; // the vendor's parent company ("Alibaba" for T-Head), empty when none
    QString kind;
    QString purpose;
    int year = 0;
    QStringList comparableTo;      // canonical names of chips an article compares it with
    QList<ChipRelation> relations; // each comparison stated with this chip first, with its sentence
    QList<ChipClaim> claims;       // sentences that mention it
    QList<ChipSpec> specs;         // figures the articles state for it, each with its sentence
    int articleCount = 0;
};

// Collects the chips of many analysed articles. The vendor comes from the knowledge base; for a
// chip it does not know, from the company the articles name with it: "Alibabas KI-Chip Zhenwu",
// "Kunlun-P800-Chip von Baidu", "der von Alibaba entwickelte Zhenwu-Chip", "Nvidia's H20".
// The knowledge base must outlive the table.
class ChipTable final
{
public:
    explicit ChipTable(const KnowledgeBase &kb);

    // text is the article the analysis was made from (its spans point into it).
    void addArticle(const QString &articleId, QStringView text, const ArticleAnalysis &analysis);

    // Rows ordered by article count, then name.
    QList<ChipRow> rows() const;
    // {"chips": [{"chip", "vendor", "comparable_to", "comparisons", "kind", "purpose", "year", "articles",
    // "claims", "specs"}]}; "comparisons" lists {"other", "relation", "ratio" (when stated), "article",
    // "sentence"}, "specs" {"kind", "value", "unit", "format" (when stated), "article", "sentence"}.
    // "vendor" lists the parent too when the vendor is a unit of another company.
    QJsonObject toJson() const;

private:
    struct Entry
    {
        ChipRow row;
        QHash<QString, int> vendorVotes;
        QSet<QString> articles;
        QSet<QString> claimKeys;
        int yearFromText = 0;
    };

    Entry &entryFor(const QString &canonical, const QString &id);
    void addSpecs(const QString &articleId, const TextContext &ctx, const ArticleAnalysis &analysis);

    const KnowledgeBase *m_kb;
    QHash<QString, Entry> m_entries; // by KnowledgeBase::nameKey(canonical)
};

} // namespace Chipwatch::Core
