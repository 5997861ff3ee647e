// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "text/document.h"
#include "workspace/itemdataroles.h"

#include <QList>
#include <QString>

#include <optional>

namespace Chipwatch::Core {

class Library;

// One value of one stored fact, with what the workspace shows about its article. A claim that states the same
// amount in two currencies ("380 Milliarden Yuan (rund 53 Milliarden US-Dollar)") gives two records with the
// same articleId and factIndex.
struct FactRecord
{
    qint64 articleId = 0; // 0 for facts that are not in a library (command line)
    int factIndex = 0;    // the claim within its article
    QString subject;
    QString subjectId;
    QString metric;
    double value = 0;
    QString unit;
    QString period;
    TextSpan sentence;
    TextSpan figure;
    double confidence = 1;
    QString kind = QStringLiteral("reported"); // reported, forecast, estimate (see Fact)
    QString articleTitle;
    QString articleDate; // ISO 8601 as far as known
    QString articleSource;
    QString articleFile; // file name without folder
    QString sentenceText;

    SourceRef source() const { return {articleId, sentence}; }

    bool sameClaim(const FactRecord &other) const
    {
        return articleId == other.articleId && articleFile == other.articleFile && factIndex == other.factIndex;
    }
};

// The stored facts of the given articles (all articles when nullopt), optionally of one metric, ordered by
// article and claim. Sentence texts are read from the articles only when asked for.
QList<FactRecord> loadFacts(const Library &library, const std::optional<QList<qint64>> &articleIds,
                            const QString &metric = {}, bool withSentenceText = true);

// The facts of one analysed article that is not in a library (the command line reads files directly).
QList<FactRecord> factRecords(const ArticleAnalysis &analysis, const QString &text, const ArticleMetadata &meta,
                              const QString &fileName);

// The period a fact is about, for charts and conflicts: the stated period; else, taking a fact without a period
// to be about the time of its article, "≈ 2025" from the article's year; else "—".
QString effectivePeriod(const FactRecord &fact);

// Records of the same claim next to each other, as loadFacts() and factRecords() deliver them, grouped.
QList<QList<FactRecord>> groupClaims(const QList<FactRecord> &facts);

} // namespace Chipwatch::Core
