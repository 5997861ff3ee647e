// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/articleanalyzer.h"
#include "extract/knowledgebase.h"
#include "storage/analysisstore.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// A knowledge base with the analyser compiled from it. Compiling the entity matcher is costly, so one
// analyser is built per knowledge-base revision and shared by imports and refreshes.
struct AnalyzerBundle
{
    explicit AnalyzerBundle(Core::KnowledgeBase knowledgeBase);

    Core::KnowledgeBase kb;
    QString revision;
    Core::ArticleAnalyzer analyzer;
};

// Thread-safe: called from worker threads, which is where the knowledge base is loaded and compiled.
class AnalyzerCache final
{
public:
    // The analyser for the library's current knowledge base (built-in entries plus the user's).
    std::shared_ptr<const AnalyzerBundle> analyzerFor(Core::Library &library);
    // The last analyser built, without loading anything; null before the first.
    std::shared_ptr<const AnalyzerBundle> current();

private:
    QMutex m_mutex;
    std::shared_ptr<const AnalyzerBundle> m_bundle;
};

// Re-analyses the articles whose stored analysis is missing or older than the knowledge base, off the GUI
// thread. Same lifetime contract as ImportJob: the library must outlive the job, or the job be destroyed
// (it cancels and waits) first.
class AnalysisJob final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisJob(std::shared_ptr<AnalyzerCache> cache, QObject *parent = nullptr);
    ~AnalysisJob() override;

    // Applies the corrections' carry-overs first, in order, then analyses what is stale.
    bool start(Core::Library &library, const QList<Core::AnalysisStore::CarryOver> &carryOvers = {});
    bool isRunning() const;
    void waitForFinished();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // The number of articles analysed; `cancelled` when the user stopped it.
    void finished(int analysed, bool cancelled);

private:
    void onFinished();

    std::shared_ptr<AnalyzerCache> m_cache;
    QFutureWatcher<int> *m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Chipwatch::Ui
