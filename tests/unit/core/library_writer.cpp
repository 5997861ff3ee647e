// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
//
// A writer process for tst_librarywriters: several of it run at once against one library file, or one is killed
// in the middle of an import.
//
//   library_writer insert <library> <tag> <count> <shared>
//       stores <count> articles of its own (named by <tag>) and <shared> articles every writer stores, each with
//       an (empty) analysis, in an order that interleaves both; prints "refused <reason>" for each article or
//       analysis that could not be stored and exits 3 when there was any.
//   library_writer import <library> <folder>
//       imports the folder with analysis as the GUI does, printing "progress <done> <total>" before each file;
//       exits 3 when a file was refused.
#include "analysis/analysis.h"
#include "analysis/articleanalyzer.h"
#include "extract/knowledgebase.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

LoadedArticle generated(const QString &name)
{
    LoadedArticle a;
    a.filePath = u"/generated/"_s + name + u".txt"_s;
    a.format = ArticleFormat::PlainText;
    a.encoding = u"UTF-8"_s;
    a.document.text = u"Artikel %1: MetaX meldete einen Umsatz von 12 Millionen Euro.\n"_s.arg(name).repeated(8);
    a.document.body = {{0, a.document.text.size()}};
    a.document.meta.title = name;
    a.fileHash = QCryptographicHash::hash(a.document.text.toUtf8(), QCryptographicHash::Sha256);
    return a;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int insert(Library &library, const QString &tag, int count, int shared)
{
    int refused = 0;
    const int total = std::max(count, shared);
    for (int i = 0; i < total; ++i) {
        QStringList names;
        if (i < count) {
            names << u"%1-%2"_s.arg(tag).arg(i);
        }
        if (i < shared) {
            names << u"shared-%1"_s.arg(i);
        }
        for (const QString &name : std::as_const(names)) {
            const InsertResult r = library.insertArticle(generated(name));
            if (r.outcome == InsertOutcome::Failed) {
                ++refused;
                say("refused " + name.toUtf8() + ": " + r.error.toUtf8());
                continue;
            }
            if (r.outcome == InsertOutcome::Inserted) {
                say("inserted " + name.toUtf8());
                QString error;
                if (!AnalysisStore(library).store(r.articleId, ArticleAnalysis{}, u"test"_s, &error)) {
                    ++refused;
                    say("refused analysis of " + name.toUtf8() + ": " + error.toUtf8());
                }
            }
        }
    }
    return refused == 0 ? 0 : 3;
}

int import(Library &library, const QString &folder)
{
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const ImportReport report = Importer::run(
        library, {folder},
        [](int done, int total, const QString &) {
            say("progress " + QByteArray::number(done) + ' ' + QByteArray::number(total));
            return true;
        },
        &analyzer, kb.revision());
    for (const RefusedFile &r : report.refused) {
        say("refused " + r.filePath.toUtf8() + ": " + r.reason.toUtf8());
    }
    say("imported " + QByteArray::number(report.importedIds.size()));
    return report.refused.isEmpty() ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fputs("usage: library_writer insert <library> <tag> <count> <shared> | import <library> <folder>\n",
                   stderr);
        return 2;
    }
    Library library(args.at(2));
    QString error;
    if (!library.open(&error)) {
        say("cannot open: " + error.toUtf8());
        return 1;
    }
    if (args.at(1) == u"insert" && args.size() == 6) {
        return insert(library, args.at(3), args.at(4).toInt(), args.at(5).toInt());
    }
    if (args.at(1) == u"import") {
        return import(library, args.at(3));
    }
    return 2;
}
