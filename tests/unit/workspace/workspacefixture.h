// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/knowledgebase.h"
#include "storage/library.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// Libraries for the workspace tests, built through the real import and analysis pipeline.
namespace WorkspaceFixture {

// The built-in knowledge base, loaded once per test process.
const Chipwatch::Core::KnowledgeBase &knowledgeBase();

// The synthetic articles in tests/data/workspace/articles (see the README there).
QString syntheticArticlesDir();
// The demo articles (resources/demo); what they state is in tests/data/demo/expected.json (demotestdata.h).
QString demoArticlesDir();

// A new in-memory library with the files imported and analysed; nullptr (and a message) on failure.
// `location` is ":memory:" or a file.
std::unique_ptr<Chipwatch::Core::Library> importLibrary(const QStringList &paths, QString *error,
                                                        const QString &location = QStringLiteral(":memory:"));

// Adds an article with the given date (stored as given, e.g. "2025" or "") and analyses it.
qint64 addArticle(Chipwatch::Core::Library &library, const QString &title, const QString &text, const QString &date);

// File name (without folder) -> article id.
QHash<QString, qint64> idsByFile(const Chipwatch::Core::Library &library);

} // namespace WorkspaceFixture
