// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Developer tool: cleans .txt/.md articles and prints one JSON line per file in the exchange
// format of /work/shared/eval (code point offsets), so that the scorer can judge the text module
// before the command line tool exists.
//
//   text_eval_driver <file-or-folder>... > pred.jsonl
//   QT_LOGGING_RULES="chipwatch.core.textcleaner.debug=true" text_eval_driver a.txt   # line verdicts
#include "text/textcleaner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

// UTF-16 offset -> code point offset, as the exchange format counts.
QList<qsizetype> codePointIndex(const QString &text)
{
    QList<qsizetype> index(text.size() + 1);
    qsizetype cp = 0;
    // A low surrogate shares its pair's code point.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()) {
            index[i] = index[i - 1];
            continue;
        }
        index[i] = cp++;
    }
    index[text.size()] = cp;
    return index;
}

QJsonObject predict(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return {};
    }
    const QString fileName = QFileInfo(path).fileName();
    const QString text = QString::fromUtf8(file.readAll());
    const CleanedDocument doc = TextCleaner::clean(text, TextCleaner::formatForFileName(fileName), fileName);
    const QList<qsizetype> cp = codePointIndex(text);
    QJsonArray body;
    for (const TextSpan &span : doc.body) {
        body.append(QJsonArray{cp[span.start], cp[span.end]});
    }
    return QJsonObject{
        {u"file"_s, fileName},
        {u"title"_s, doc.meta.title},
        {u"date"_s, doc.meta.date},
        {u"language"_s, doc.meta.language},
        {u"source"_s, doc.meta.source},
        {u"author"_s, doc.meta.author},
        {u"body"_s, body},
        {u"entities"_s, QJsonArray()},
        {u"figures"_s, QJsonArray()},
        {u"facts"_s, QJsonArray()},
    };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files;
    for (const QString &arg : app.arguments().mid(1)) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList({u"*.txt"_s, u"*.md"_s}, QDir::Files, QDir::Name)) {
                files << dir.filePath(name);
            }
        } else {
            files << arg;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: text_eval_driver <file-or-folder>...\n");
        return 2;
    }
    QTextStream out(stdout);
    for (const QString &path : files) {
        const QJsonObject obj = predict(path);
        if (!obj.isEmpty()) {
            out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << '\n';
        }
    }
    return 0;
}
