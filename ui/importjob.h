// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysisjob.h"
#include "import/importer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// Runs one import at a time off the GUI thread. Progress arrives as queued signals on the GUI thread; a
// cancel request is seen by the worker at the next file. The library must outlive the job (the destructor
// cancels and waits, so a job destroyed first is always safe).
class ImportJob final : public QObject
{
    Q_OBJECT

public:
    // Imported articles are analysed as they are stored, with the analyser from `cache` (a private cache
    // when none is given; share one with the AnalysisJob so the matcher is compiled once).
    explicit ImportJob(QObject *parent = nullptr, std::shared_ptr<Core::AnalyzerCache> cache = {});
    ~ImportJob() override;

    // False when an import is already running or there is nothing to import.
    bool start(Core::Library &library, const QStringList &paths);
    bool isRunning() const;
    bool isCancelRequested() const;
    // Blocks until the running import has stopped (used before a library is closed).
    void waitForFinished();

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void started(const QStringList &paths);
    void progress(int done, int total, const QString &currentFile);
    void finished(const Chipwatch::Core::ImportReport &report);

private:
    void onFinished();

    std::shared_ptr<Core::AnalyzerCache> m_cache;
    QFutureWatcher<Core::ImportReport> *m_watcher;
    // Shared with the worker so that the flag outlives the job if the worker is still unwinding.
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Chipwatch::Ui
