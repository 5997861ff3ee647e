// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/importer.h"

#include "analysis/articleanalyzer.h"
#include "analysis/workbudget.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcImporter, "chipwatch.core.importer")

namespace {

struct PreparedFile
{
    QString path;
    LoadResult loaded;
    QList<ArticleAnalysis> analyses; // one per loaded article when an analyzer was given
    bool cancelled = false;          // the user cancelled while this file was being read or analysed
};

// Reading or analysing a file ran past its budget: the file is refused, whatever part was done is dropped.
void refuseOverBudget(PreparedFile &file)
{
    file.loaded.articles.clear();
    file.analyses.clear();
    file.loaded.refused.append(
        {file.path, Importer::tr("Reading or analysing the file took longer than %1 seconds; it was left out so that "
                                 "the import could go on.")
                        .arg(Importer::perFileTimeLimit.count())});
}

// After a stage of work on a file: was it cancelled, or did it run out of time?
void settleBudget(PreparedFile &file, const WorkBudget &budget)
{
    if (budget.cancelled()) {
        file.cancelled = true;
    } else if (budget.timedOut()) {
        refuseOverBudget(file);
    }
}

} // namespace

ImportReport Importer::run(Library &library, const QStringList &paths, const ImportProgress &progress,
                           const ArticleAnalyzer *analyzer, const QString &kbRevision,
                           const std::atomic<bool> *cancelRequested)
{
    ImportReport report;
    // A connection this run opens on a worker thread is closed again; the caller's own one stays.
    const bool ownConnection = !library.hasThreadConnection();
    const QStringList files = ArticleLoader::collectFiles(paths, &report.refused, &report.skipped);
    // Every file found, whatever became of it (a refused folder counts as one).
    report.filesSeen = int(files.size() + report.refused.size() + report.skipped.size());

    // Reading, cleaning and analysing dominate an import and files are independent, so a chunk of files is
    // prepared in parallel on a pool of our own; storing stays on this thread's connection, in file order.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const qsizetype chunkSize = 8 * pool.maxThreadCount();
    qsizetype done = 0;
    QString latestDate = library.latestArticleDate();
    for (qsizetype first = 0; first < files.size() && !report.cancelled; first += chunkSize) {
        const QStringList chunk = files.mid(first, chunkSize);
        QList<PreparedFile> prepared =
            QtConcurrent::blockingMapped(&pool, chunk, [cancelRequested](const QString &path) {
                PreparedFile file;
                file.path = path;
                const WorkBudget budget(perFileTimeLimit, cancelRequested);
                if (budget.cancelled()) {
                    file.cancelled = true;
                    return file;
                }
                file.loaded = ArticleLoader::loadFile(path);
                settleBudget(file, budget);
                return file;
            });
        if (analyzer) {
            // An undated article is dated by the latest date of the articles imported with it and before it.
            QStringList dates{latestDate};
            for (const PreparedFile &file : std::as_const(prepared)) {
                for (const LoadedArticle &article : file.loaded.articles) {
                    dates << article.document.meta.date;
                }
            }
            latestDate = ArticleAnalyzer::latestDate(dates);
            const QString assumedDate = ArticleAnalyzer::assumedDateFor({latestDate});
            QtConcurrent::blockingMap(&pool, prepared, [analyzer, &assumedDate, cancelRequested](PreparedFile &file) {
                const WorkBudget budget(perFileTimeLimit, cancelRequested);
                for (const LoadedArticle &article : std::as_const(file.loaded.articles)) {
                    if (budget.spent() || file.cancelled) {
                        break;
                    }
                    const CleanedDocument &doc = article.document;
                    file.analyses << analyzer->analyze(doc.text, doc.body, doc.meta.language, doc.meta.date, nullptr,
                                                       assumedDate, &budget);
                }
                settleBudget(file, budget);
            });
        }
        for (qsizetype k = 0; k < prepared.size(); ++k, ++done) {
            const QString &path = chunk.at(k);
            if (progress && !progress(int(done), int(files.size()), path)) {
                report.cancelled = true;
                break;
            }
            const PreparedFile &file = prepared.at(k);
            if (file.cancelled) {
                report.cancelled = true;
                break;
            }
            report.refused.append(file.loaded.refused);
            for (qsizetype n = 0; n < file.loaded.articles.size(); ++n) {
                const InsertResult inserted = library.insertArticle(file.loaded.articles.at(n));
                switch (inserted.outcome) {
                case InsertOutcome::Inserted:
                    report.importedIds << inserted.articleId;
                    report.importedFiles << path;
                    if (analyzer) {
                        // A failure here leaves the article without analysis; refresh() picks it up later.
                        QString error;
                        if (!AnalysisStore(library).store(inserted.articleId, file.analyses.at(n), kbRevision,
                                                          &error)) {
                            qCWarning(lcImporter) << error;
                        }
                    }
                    break;
                case InsertOutcome::Duplicate:
                    report.duplicates.append({path, inserted.articleId});
                    break;
                case InsertOutcome::Failed:
                    report.refused.append({path, inserted.error});
                    break;
                }
            }
        }
    }
    if (progress && !report.cancelled) {
        progress(int(files.size()), int(files.size()), QString());
    }
    for (const RefusedFile &refused : std::as_const(report.refused)) {
        qCInfo(lcImporter).noquote() << "refused:" << refused.filePath << "-" << refused.reason;
    }
    qCInfo(lcImporter) << "import:" << report.importedIds.size() << "imported," << report.duplicates.size()
                       << "duplicates," << report.refused.size() << "refused"
                       << (report.cancelled ? "(cancelled)" : "");
    if (ownConnection) {
        library.releaseThreadConnection();
    }
    return report;
}

} // namespace Chipwatch::Core
