// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysisjob.h"

#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcAnalysis, "chipwatch.ui.analysis")

namespace Chipwatch::Ui {

AnalysisJob::AnalysisJob(std::shared_ptr<Core::AnalyzerCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_watcher(new QFutureWatcher<int>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &AnalysisJob::onFinished);
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    waitForFinished();
}

bool AnalysisJob::start(Core::Library &library, const QList<Core::AnalysisStore::CarryOver> &carryOvers)
{
    if (isRunning()) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    auto cache = m_cache;
    // As in ImportJob: the destructor waits for the worker, so `this` outlives every queued call it posts.
    Core::AnalysisStore::Progress onProgress = [this, cancelFlag](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        return !cancelFlag->load();
    };
    m_watcher->setFuture(QtConcurrent::run([&library, cache, onProgress, cancelFlag, carryOvers] {
        // The carry-overs run first and are not cancelled: each is one transaction, and one left out would
        // only leave its analyses stale, to be analysed again.
        for (const Core::AnalysisStore::CarryOver &c : carryOvers) {
            QString error;
            const int kept =
                Core::AnalysisStore(library).carryOverAnalyses(c.from, c.to, c.surfaces, c.entityIds, &error);
            if (kept < 0) {
                qCWarning(lcAnalysis) << "cannot carry the analyses over:" << error;
            }
        }
        const std::shared_ptr<const Core::AnalyzerBundle> bundle = cache->analyzerFor(library);
        if (cancelFlag->load()) {
            return 0;
        }
        return Core::AnalysisStore(library).refresh(bundle->analyzer, bundle->revision, onProgress);
    }));
    Q_EMIT started();
    return true;
}

bool AnalysisJob::isRunning() const
{
    return m_watcher->isRunning();
}

void AnalysisJob::waitForFinished()
{
    m_watcher->waitForFinished();
}

void AnalysisJob::cancel()
{
    if (m_cancel && isRunning()) {
        m_cancel->store(true);
    }
}

void AnalysisJob::onFinished()
{
    const int analysed = m_watcher->future().result();
    const bool cancelled = m_cancel && m_cancel->load();
    qCDebug(lcAnalysis) << "analysed" << analysed << "articles, cancelled" << cancelled;
    Q_EMIT finished(analysed, cancelled);
}

} // namespace Chipwatch::Ui
