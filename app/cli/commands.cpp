// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "commands.h"

#include "analysis/articleanalyzer.h"
#include "export/exchangeformat.h"
#include "extract/knowledgebase.h"
#include "import/articleloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QtConcurrent>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace Chipwatch::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chipwatch-cli", text);
}

// Parses a command's arguments; prints help or errors itself. Returns the exit code to stop with, or -1 to go on.
int parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.setApplicationDescription(tr("chipwatch-cli %1").arg(command));
    parser.addPositionalArgument(u"PATH"_s, tr("Article files or folders."), u"PATH..."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{u"chipwatch-cli "_s + command} + arguments)) {
        QTextStream(stderr) << "chipwatch-cli " << command << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "chipwatch-cli " << command << ": " << tr("no files or folders given.") << '\n';
        return 2;
    }
    return -1;
}

struct ExtractedFile
{
    QList<QByteArray> lines;
    QList<RefusedFile> refused;
};

} // namespace

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonl(u"jsonl"_s, tr("Write one JSON object per article (JSON Lines); the default."));
    parser.addOption(jsonl);
    if (const int code = parseCommand(parser, u"extract"_s, arguments); code >= 0) {
        return code;
    }

    QList<RefusedFile> refused;
    const QStringList files = ArticleLoader::collectFiles(parser.positionalArguments(), &refused);

    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    // Files are independent: load and analyse them in parallel, print in the order given.
    const QList<ExtractedFile> results = QtConcurrent::blockingMapped(files, [&analyzer](const QString &path) {
        ExtractedFile out;
        LoadResult loaded = ArticleLoader::loadFile(path);
        out.refused = loaded.refused;
        for (const LoadedArticle &article : std::as_const(loaded.articles)) {
            const CleanedDocument &doc = article.document;
            const ArticleAnalysis analysis = analyzer.analyze(doc.text, doc.body, doc.meta.language, doc.meta.date);
            out.lines
                << QJsonDocument(ExchangeFormat::articleObject(article, &analysis)).toJson(QJsonDocument::Compact);
        }
        return out;
    });

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 1;
    }
    int articles = 0;
    for (const ExtractedFile &r : results) {
        refused << r.refused;
        for (const QByteArray &line : r.lines) {
            out.write(line);
            out.write("\n", 1);
            ++articles;
        }
    }
    out.flush();

    QTextStream err(stderr);
    for (const RefusedFile &r : std::as_const(refused)) {
        err << r.filePath << ": " << r.reason << '\n';
    }
    if (articles == 0) {
        err << "chipwatch-cli extract: " << tr("no article could be read.") << '\n';
        return 1;
    }
    return refused.isEmpty() ? 0 : 3;
}

} // namespace Chipwatch::Cli
