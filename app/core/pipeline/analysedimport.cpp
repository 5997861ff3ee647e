// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "pipeline/analysedimport.h"

#include "pipeline/analyzercache.h"

namespace Chipwatch::Core {

ImportReport importAndAnalyse(Library &library, AnalyzerCache &analyzers, const QStringList &paths,
                              const ImportProgress &progress, const std::atomic<bool> *cancelRequested)
{
    const std::shared_ptr<const AnalyzerBundle> bundle = analyzers.analyzerFor(library);
    // A cancel that came while the analyser was compiled is seen by the importer before the first file is stored.
    return Importer::run(library, paths, progress, &bundle->analyzer, bundle->revision, cancelRequested);
}

} // namespace Chipwatch::Core
