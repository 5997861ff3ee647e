// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Developer tool: runs HtmlExtractor over saved pages and writes the JSON Lines that
// /work/shared/eval/html_score.py scores ({"file", "text", "body"} with code point offsets).
//   html_eval_driver [-o pred.jsonl] [--explain DIR] PAGE_OR_FOLDER...
// The pages are decoded with a simple charset sniff; the product's real decoder lives elsewhere.

#include "html/htmlextractor.h"
#include "pagedecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using Chipwatch::Core::CleanedDocument;
using Chipwatch::Core::HtmlExtractor;

namespace {

QJsonArray codePointSpans(const CleanedDocument &doc)
{
    // UTF-16 offsets to code point offsets: a surrogate pair is one code point.
    QList<qsizetype> cp(doc.text.size() + 1);
    qsizetype n = 0;
    for (qsizetype i = 0; i < doc.text.size(); ++i) {
        cp[i] = n;
        if (!doc.text.at(i).isLowSurrogate()) {
            ++n;
        }
    }
    cp[doc.text.size()] = n;
    QJsonArray spans;
    for (const auto &span : doc.body) {
        spans.append(QJsonArray{qint64(cp.at(span.start)), qint64(cp.at(span.end))});
    }
    return spans;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString output;
    QString explainDir;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"-o" && i + 1 < args.size()) {
            output = args.at(++i);
        } else if (args.at(i) == u"--explain" && i + 1 < args.size()) {
            explainDir = args.at(++i);
        } else if (QFileInfo(args.at(i)).isDir()) {
            const QDir dir(args.at(i));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                files.append(dir.filePath(name));
            }
        } else {
            files.append(args.at(i));
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: html_eval_driver [-o pred.jsonl] [--explain DIR] PAGE_OR_FOLDER...\n");
        return 2;
    }
    QFile out;
    if (output.isEmpty() ? !out.open(stdout, QIODevice::WriteOnly)
                         : !(out.setFileName(output), out.open(QIODevice::WriteOnly))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    if (!explainDir.isEmpty()) {
        QDir().mkpath(explainDir);
    }
    qint64 extractNs = 0;
    QElapsedTimer timer;
    for (const QString &path : std::as_const(files)) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            continue;
        }
        const QString html = Chipwatch::Core::PageDecoder::decode(in.readAll());
        const QString name = QFileInfo(path).fileName();
        timer.start();
        const CleanedDocument doc = HtmlExtractor::extract(html, name);
        extractNs += timer.nsecsElapsed();
        QJsonObject obj{{u"file"_s, name},
                        {u"text"_s, doc.text},
                        {u"body"_s, codePointSpans(doc)},
                        {u"title"_s, doc.meta.title},
                        {u"date"_s, doc.meta.date},
                        {u"author"_s, doc.meta.author},
                        {u"source"_s, doc.meta.source},
                        {u"url"_s, doc.meta.url},
                        {u"language"_s, doc.meta.language}};
        out.write(QJsonDocument(obj).toJson(QJsonDocument::Compact));
        out.write("\n");
        if (!explainDir.isEmpty()) {
            QFile dump(QDir(explainDir).filePath(name + u".tsv"_s));
            if (dump.open(QIODevice::WriteOnly)) {
                dump.write(HtmlExtractor::explain(html).toUtf8());
            }
        }
    }
    std::fprintf(stderr, "%lld pages, extraction %.2f s\n", static_cast<long long>(files.size()),
                 double(extractNs) / 1e9);
    return 0;
}
