// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/importer.h"

#include "analysis/articleanalyzer.h"
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
    LoadResult loaded;
    QList<ArticleAnalysis> analyses; // one per loaded article when an analyzer was given
};

} // namespace

ImportReport Importer::run(Library &library, const QStringList &paths, const ImportProgress &progress,
                           const ArticleAnalyzer *analyzer, const QString &kbRevision)
{
    ImportReport report;
    // A connection this run opens on a worker thread is closed again; the caller's own one stays.
    const bool ownConnection = !library.hasThreadConnection();
    const QStringList files = ArticleLoader::collectFiles(paths, &report.refused);
    report.filesSeen = int(files.size());

    // Reading, cleaning and analysing dominate an import and files are independent, so a chunk of files is
    // prepared in parallel on a pool of our own; storing stays on this thread's connection, in file order.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    const qsizetype chunkSize = 8 * pool.maxThreadCount();
    qsizetype done = 0;
    QString latestDate = library.latestArticleDate();
    for (qsizetype first = 0; first < files.size() && !report.cancelled; first += chunkSize) {
        const QStringList chunk = files.mid(first, chunkSize);
        QList<PreparedFile> prepared = QtConcurrent::blockingMapped(&pool, chunk, [](const QString &path) {
            return PreparedFile{ArticleLoader::loadFile(path), {}};
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
            QtConcurrent::blockingMap(&pool, prepared, [analyzer, &assumedDate](PreparedFile &file) {
                for (const LoadedArticle &article : std::as_const(file.loaded.articles)) {
                    const CleanedDocument &doc = article.document;
                    file.analyses << analyzer->analyze(doc.text, doc.body, doc.meta.language, doc.meta.date, nullptr,
                                                       assumedDate);
                }
            });
        }
        for (qsizetype k = 0; k < prepared.size(); ++k, ++done) {
            const QString &path = chunk.at(k);
            if (progress && !progress(int(done), int(files.size()), path)) {
                report.cancelled = true;
                break;
            }
            const PreparedFile &file = prepared.at(k);
            report.refused.append(file.loaded.refused);
            for (qsizetype n = 0; n < file.loaded.articles.size(); ++n) {
                const InsertResult inserted = library.insertArticle(file.loaded.articles.at(n));
                switch (inserted.outcome) {
                case InsertOutcome::Inserted:
                    report.importedIds << inserted.articleId;
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
    qCInfo(lcImporter) << "import:" << report.importedIds.size() << "imported," << report.duplicates.size()
                       << "duplicates," << report.refused.size() << "refused"
                       << (report.cancelled ? "(cancelled)" : "");
    if (ownConnection) {
        library.releaseThreadConnection();
    }
    return report;
}

} // namespace Chipwatch::Core
