// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"
#include "extract/knowledgebase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Chipwatch::Core {

class ArticleAnalyzer;
class Library;

// One correction the user made to what extraction finds. A user entity is a row of user_entities; a
// rejection ("not an entity") and a link ("this surface is that entity") are rows of surface_corrections,
// at most one per surface (case-insensitive).
struct Correction
{
    enum class Kind { UserEntity, Rejection, Link };

    Kind kind = Kind::Rejection;
    QString surface;  // Rejection / Link: the text as the user selected it; UserEntity: the entity's name
    QString entityId; // UserEntity: its id; Link: the entity the surface now names
    KbEntity entity;  // UserEntity only
    QDateTime createdAt;

    // Identifies the stored row: "entity:<id>" or "surface:<surface key>".
    QString key() const;
    static QString entityKey(const QString &entityId);
    static QString surfaceKey(const QString &surface);
    friend bool operator==(const Correction &, const Correction &) = default;
};

// A change of one stored correction: what the row held before (nothing: it did not exist) and after.
struct CorrectionChange
{
    QString key;
    std::optional<Correction> before;
    std::optional<Correction> after;
};

// What extraction found in each stored article (sentences, mentions, figures, facts, chip comparisons),
// and the user's own knowledge-base entries. Every stored analysis carries the knowledge-base revision
// it was made with, so that a changed knowledge base leads to recomputation.
class AnalysisStore final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::AnalysisStore)

public:
    explicit AnalysisStore(Library &library);

    // Replaces the stored analysis of one article, in one transaction; tried again when another writer's lock
    // outlasts the busy timeout.
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
    // The built-in knowledge base with this library's user entities, links and rejections applied.
    KnowledgeBase knowledgeBase() const;

    // Every stored correction: user entities first (oldest first), then rejections and links.
    QList<Correction> corrections() const;
    std::optional<Correction> correction(const QString &key) const;

    // What a correction leaves to do for the analyses: move those made with `from` that it cannot affect to
    // `to` (see carryOverAnalyses()).
    struct CarryOver
    {
        QString from;
        QString to;
        QStringList surfaces;
        QStringList entityIds;
    };

    // Writes each change's `after` (with `undo`, its `before`) in one transaction. Analyses made with the
    // knowledge base before the change that the change cannot affect are moved to the new revision in the
    // same transaction, so that only the affected articles are analysed again (see carryOverAnalyses()).
    // With `deferred`, that move is left to the caller instead (finding the affected articles reads their
    // texts, which is work for a worker thread): *deferred receives it, or nothing when the revision stayed.
    // Until it runs the analyses are merely stale, so nothing is lost if it never does.
    bool applyCorrections(const QList<CorrectionChange> &changes, bool undo, QString *error,
                          std::optional<CarryOver> *deferred = nullptr);

    // Articles a correction of these surfaces and entities can change: those whose text contains one of the
    // surfaces (ignoring case, hyphens as spaces) and those with a mention of one of the entities.
    QList<qint64> articlesAffectedBy(const QStringList &surfaces, const QStringList &entityIds) const;

    // Moves the analyses made with `fromRevision` to `toRevision`, except those of the articles the surfaces
    // and entities can affect, which become stale. One UPDATE for the unaffected ones, all in one transaction.
    // Returns the number of analyses kept, -1 on error.
    int carryOverAnalyses(const QString &fromRevision, const QString &toRevision, const QStringList &surfaces,
                          const QStringList &entityIds, QString *error);

private:
    bool tryStore(qint64 articleId, const ArticleAnalysis &analysis, const QString &kbRevision, QString *error,
                  bool *transient);
    bool writeCorrection(const QString &key, const std::optional<Correction> &value, QString *error);
    int carryOver(const QString &fromRevision, const QString &toRevision, const QStringList &surfaces,
                  const QStringList &entityIds, QString *error);

    Library &m_library;
};

} // namespace Chipwatch::Core
