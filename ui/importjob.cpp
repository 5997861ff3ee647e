// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "importjob.h"

#include "pipeline/analysedimport.h"
#include "storage/library.h"

#include <QLoggingCategory>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcImport, "chipwatch.ui.import")

namespace Chipwatch::Ui {

ImportJob::ImportJob(QObject *parent, std::shared_ptr<Core::AnalyzerCache> cache)
    : QObject(parent)
    , m_cache(cache ? std::move(cache) : std::make_shared<Core::AnalyzerCache>())
    , m_watcher(new QFutureWatcher<Core::ImportReport>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::onFinished);
}

ImportJob::~ImportJob()
{
    // The worker holds a reference to the library; never let it run past the objects that own it.
    cancel();
    waitForFinished();
}

bool ImportJob::start(Core::Library &library, const QStringList &paths)
{
    if (isRunning() || paths.isEmpty()) {
        return false;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    qCDebug(lcImport) << "importing" << paths << "into" << library.location();

    auto cancelFlag = m_cancel;
    // Runs on the worker: hands progress to the GUI thread without waiting for it, and tells the importer
    // whether to go on. The destructor waits for the worker, so `this` is alive whenever this runs, and a
    // queued call still pending when the job is destroyed is dropped by Qt (the job is its context).
    Core::ImportProgress onProgress = [this, cancelFlag](int done, int total, const QString &file) {
        QMetaObject::invokeMethod(
            this, [this, done, total, file] { Q_EMIT progress(done, total, file); }, Qt::QueuedConnection);
        return !cancelFlag->load();
    };

    // The knowledge base is loaded and the analyser compiled on the worker too: both take long enough to
    // freeze the window.
    auto cache = m_cache;
    m_watcher->setFuture(QtConcurrent::run([&library, paths, onProgress, cache, cancelFlag] {
        return Core::importAndAnalyse(library, *cache, paths, onProgress, cancelFlag.get());
    }));
    Q_EMIT started(paths); // after setFuture, so that receivers already see isRunning()
    return true;
}

bool ImportJob::isRunning() const
{
    return m_watcher->isRunning();
}

bool ImportJob::isCancelRequested() const
{
    return m_cancel && m_cancel->load();
}

void ImportJob::waitForFinished()
{
    m_watcher->waitForFinished();
}

void ImportJob::cancel()
{
    if (m_cancel && isRunning()) {
        qCDebug(lcImport) << "cancel requested";
        m_cancel->store(true);
    }
}

void ImportJob::onFinished()
{
    const Core::ImportReport report = m_watcher->future().result();
    qCDebug(lcImport) << "import finished:" << report.importedIds.size() << "imported," << report.duplicates.size()
                      << "duplicates," << report.refused.size() << "refused, cancelled" << report.cancelled;
    Q_EMIT finished(report);
}

} // namespace Chipwatch::Ui
