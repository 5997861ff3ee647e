// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "pipeline/analyzercache.h"
#include "storage/analysisstore.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// Re-analyses the articles whose stored analysis is missing or older than the knowledge base, off the GUI
// thread. Same lifetime contract as ImportJob: the library must outlive the job, or the job be destroyed
// (it cancels and waits) first.
class AnalysisJob final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisJob(std::shared_ptr<Core::AnalyzerCache> cache, QObject *parent = nullptr);
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

    std::shared_ptr<Core::AnalyzerCache> m_cache;
    QFutureWatcher<int> *m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Chipwatch::Ui
