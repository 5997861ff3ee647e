// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/importer.h"

#include "analysis/articleanalyzer.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QLoggingCategory>

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcImporter, "chipwatch.core.importer")

ImportReport Importer::run(Library &library, const QStringList &paths, const ImportProgress &progress,
                           const ArticleAnalyzer *analyzer, const QString &kbRevision)
{
    ImportReport report;
    // A connection this run opens on a worker thread is closed again; the caller's own one stays.
    const bool ownConnection = !library.hasThreadConnection();
    const QStringList files = ArticleLoader::collectFiles(paths, &report.refused);
    report.filesSeen = int(files.size());

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        if (progress && !progress(int(i), int(files.size()), path)) {
            report.cancelled = true;
            break;
        }
        LoadResult loaded = ArticleLoader::loadFile(path);
        report.refused.append(loaded.refused);
        for (const LoadedArticle &article : std::as_const(loaded.articles)) {
            const InsertResult inserted = library.insertArticle(article);
            switch (inserted.outcome) {
            case InsertOutcome::Inserted:
                report.importedIds << inserted.articleId;
                if (analyzer) {
                    // A failure here leaves the article without analysis; refresh() picks it up again later.
                    const CleanedDocument &doc = article.document;
                    QString error;
                    if (!AnalysisStore(library).store(
                            inserted.articleId, analyzer->analyze(doc.text, doc.body, doc.meta.language, doc.meta.date),
                            kbRevision, &error)) {
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
