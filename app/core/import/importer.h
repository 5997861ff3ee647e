// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/articleloader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
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
    QStringList importedFiles; // the file each of importedIds came from, in the same order
    QList<Duplicate> duplicates;
    QList<RefusedFile> refused;
    QList<RefusedFile> skipped; // files in the folders that are not article files by their names
    int filesSeen = 0;          // every file found: imported, duplicate, refused or skipped
    bool cancelled = false;
};

// Progress callback: files done, files in all, the file at hand. Returning false cancels the import;
// articles already committed stay, the one being imported is rolled back. For Cancel to answer inside a long file
// too, pass the flag it sets to Importer::run as well.
using ImportProgress = std::function<bool(int done, int total, const QString &currentFile)>;

// Imports files and folders into a library. Runs on any thread (the library gives it its own connection);
// the GUI runs it through QtConcurrent.
class Importer final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::Importer)

public:
    // What reading and analysing one file may take before it is refused with a reason. A news article takes well
    // under a second; the limit is there for the file that would otherwise hold up the whole import.
    static constexpr std::chrono::seconds perFileTimeLimit{30};

    // With an analyzer, each imported article is also analysed (entities, figures, facts) and the result stored
    // with the knowledge-base revision; without, AnalysisStore::refresh() does it later. cancelRequested, if given,
    // is checked inside the reading and analysis of each file as well as between files.
    static ImportReport run(Library &library, const QStringList &paths, const ImportProgress &progress = {},
                            const ArticleAnalyzer *analyzer = nullptr, const QString &kbRevision = {},
                            const std::atomic<bool> *cancelRequested = nullptr);
};

} // namespace Chipwatch::Core
