// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/articleanalyzer.h"
#include "extract/knowledgebase.h"

#include <QMutex>
#include <QString>

#include <memory>

namespace Chipwatch::Core {

class Library;

// A knowledge base with the analyser compiled from it. Compiling the entity matcher is costly, so one
// analyser is built per knowledge-base revision and shared by imports and refreshes.
struct AnalyzerBundle
{
    explicit AnalyzerBundle(KnowledgeBase knowledgeBase);

    KnowledgeBase kb;
    QString revision;
    ArticleAnalyzer analyzer;
};

// The pipeline's knowledge-base provider: it sits above storage (it reads the user's entries from the library)
// and analysis, so the GUI's jobs and chipwatch-cli share one. Thread-safe: called from worker threads, which is
// where the knowledge base is loaded and compiled.
class AnalyzerCache final
{
public:
    // The analyser for the library's current knowledge base (built-in entries plus the user's).
    std::shared_ptr<const AnalyzerBundle> analyzerFor(Library &library);
    // The last analyser built, without loading anything; null before the first.
    std::shared_ptr<const AnalyzerBundle> current();

private:
    QMutex m_mutex;
    std::shared_ptr<const AnalyzerBundle> m_bundle;
};

} // namespace Chipwatch::Core
