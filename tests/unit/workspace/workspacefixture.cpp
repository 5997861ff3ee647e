// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspacefixture.h"

#include "analysis/articleanalyzer.h"
#include "import/importer.h"
#include "storage/analysisstore.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace WorkspaceFixture {

const KnowledgeBase &knowledgeBase()
{
    static const KnowledgeBase kb = KnowledgeBase::builtIn();
    return kb;
}

QString syntheticArticlesDir()
{
    return QStringLiteral(CHIPWATCH_TEST_DATA_DIR) + u"/workspace/articles"_s;
}

QString demoArticlesDir()
{
    return QStringLiteral(CHIPWATCH_SOURCE_DIR) + u"/resources/demo"_s;
}

std::unique_ptr<Library> importLibrary(const QStringList &paths, QString *error, const QString &location)
{
    auto library = std::make_unique<Library>(location);
    if (!library->open(error)) {
        return nullptr;
    }
    const ArticleAnalyzer analyzer(knowledgeBase());
    const ImportReport report = Importer::run(*library, paths, {}, &analyzer, knowledgeBase().revision());
    if (report.importedIds.isEmpty()) {
        if (error) {
            *error = u"nothing imported from "_s + paths.join(u", "_s);
        }
        return nullptr;
    }
    return library;
}

qint64 addArticle(Library &library, const QString &title, const QString &text, const QString &date)
{
    LoadedArticle article;
    article.filePath = u"/synthetic/"_s + title + u".txt"_s;
    article.document.text = title + u"\n\n"_s + text + u'\n';
    article.document.body = {{0, article.document.text.size()}};
    article.document.meta.title = title;
    article.document.meta.date = date;
    article.document.meta.language = u"de"_s;
    const InsertResult inserted = library.insertArticle(article);
    if (inserted.outcome != InsertOutcome::Inserted) {
        return 0;
    }
    const ArticleAnalysis analysis =
        ArticleAnalyzer(knowledgeBase()).analyze(article.document.text, article.document.body, u"de"_s, date);
    AnalysisStore store(library);
    return store.store(inserted.articleId, analysis, knowledgeBase().revision(), nullptr) ? inserted.articleId : 0;
}

QHash<QString, qint64> idsByFile(const Library &library)
{
    QHash<QString, qint64> ids;
    for (qint64 id : library.articleIds()) {
        if (const auto a = library.article(id)) {
            ids.insert(QFileInfo(a->filePath).fileName(), id);
        }
    }
    return ids;
}

} // namespace WorkspaceFixture
