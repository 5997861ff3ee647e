// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/articleloader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Chipwatch::Core {

class ArticleAnalyzer;
class Library;

struct ImportReport
{
    struct Duplicate
    {
        QString filePath;
        qint64 existingArticleId = 0;
    };

    QList<qint64> importedIds;
    QList<Duplicate> duplicates;
    QList<RefusedFile> refused;
    int filesSeen = 0;
    bool cancelled = false;
};

// Progress callback: files done, files in all, the file at hand. Returning false cancels the import;
// articles already committed stay, the one being imported is rolled back.
using ImportProgress = std::function<bool(int done, int total, const QString &currentFile)>;

// Imports files and folders into a library. Runs on any thread (the library gives it its own connection);
// the GUI runs it through QtConcurrent.
class Importer final
{
public:
    // With an analyzer, each imported article is also analysed (entities, figures, facts) and the result stored
    // with the knowledge-base revision; without, AnalysisStore::refresh() does it later.
    static ImportReport run(Library &library, const QStringList &paths, const ImportProgress &progress = {},
                            const ArticleAnalyzer *analyzer = nullptr, const QString &kbRevision = {});
};

} // namespace Chipwatch::Core
