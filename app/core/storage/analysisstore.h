// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "extract/knowledgebase.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Chipwatch::Core {

class ArticleAnalyzer;
class Library;

// What extraction found in each stored article (sentences, mentions, figures, facts, chip comparisons),
// and the user's own knowledge-base entries. Every stored analysis carries the knowledge-base revision
// it was made with, so that a changed knowledge base leads to recomputation.
class AnalysisStore final
{
public:
    explicit AnalysisStore(Library &library);

    // Replaces the stored analysis of one article, in one transaction.
    bool store(qint64 articleId, const ArticleAnalysis &analysis, const QString &kbRevision, QString *error);
    std::optional<ArticleAnalysis> analysis(qint64 articleId) const;
    QString revisionOf(qint64 articleId) const;

    // Articles whose stored analysis is missing or made with another knowledge-base revision.
    QList<qint64> staleArticles(const QString &kbRevision) const;

    // Analyses every stale article (in parallel) and stores the results. The callback gets (done, total)
    // and returns false to stop; what was stored stays. Returns the number of articles analysed.
    using Progress = std::function<bool(int done, int total)>;
    int refresh(const ArticleAnalyzer &analyzer, const QString &kbRevision, const Progress &progress = {});

    // The user's additions to the knowledge base; they live in the library, not in the built-in files.
    bool saveUserEntity(const KbEntity &entity, QString *error);
    bool removeUserEntity(const QString &id, QString *error);
    QList<KbEntity> userEntities() const;
    // The built-in knowledge base with this library's user entities added.
    KnowledgeBase knowledgeBase() const;

private:
    Library &m_library;
};

} // namespace Chipwatch::Core
