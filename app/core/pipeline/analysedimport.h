// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "import/importer.h"

#include <QStringList>

#include <atomic>

namespace Chipwatch::Core {

class AnalyzerCache;
class Library;

// An import with the analysis, as the window's ImportJob and `chipwatch-cli import` run it: the analyser for the
// library's current knowledge base (built-in plus the user's entries, compiled once per revision by `analyzers`),
// then Importer::run with it, so every imported article is stored with its analysis and the knowledge-base
// revision. Runs on the calling thread; loading and compiling the knowledge base is part of the work.
ImportReport importAndAnalyse(Library &library, AnalyzerCache &analyzers, const QStringList &paths,
                              const ImportProgress &progress = {}, const std::atomic<bool> *cancelRequested = nullptr);

} // namespace Chipwatch::Core
