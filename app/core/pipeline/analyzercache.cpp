// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "pipeline/analyzercache.h"

#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcAnalyzerCache, "chipwatch.core.analyzercache")

namespace Chipwatch::Core {

AnalyzerBundle::AnalyzerBundle(KnowledgeBase knowledgeBase)
    : kb(std::move(knowledgeBase))
    , revision(kb.revision())
    , analyzer(kb)
{}

std::shared_ptr<const AnalyzerBundle> AnalyzerCache::analyzerFor(Library &library)
{
    KnowledgeBase kb = AnalysisStore(library).knowledgeBase();
    QMutexLocker locker(&m_mutex);
    if (!m_bundle || m_bundle->revision != kb.revision()) {
        qCDebug(lcAnalyzerCache) << "compiling the analyser for knowledge-base revision" << kb.revision();
        m_bundle = std::make_shared<const AnalyzerBundle>(std::move(kb));
    }
    return m_bundle;
}

std::shared_ptr<const AnalyzerBundle> AnalyzerCache::current()
{
    QMutexLocker locker(&m_mutex);
    return m_bundle;
}

} // namespace Chipwatch::Core
