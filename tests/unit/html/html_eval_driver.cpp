// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Developer tool: runs HtmlExtractor over saved pages and writes the JSON Lines that
// /work/shared/eval/html_score.py scores ({"file", "text", "body"} with code point offsets).
//   html_eval_driver [-o pred.jsonl] [--explain DIR] PAGE_OR_FOLDER...
// The pages are decoded with a simple charset sniff; the product's real decoder lives elsewhere.

#include "html/htmlextractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using Chipwatch::Core::CleanedDocument;
using Chipwatch::Core::HtmlExtractor;

namespace {

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80-0x9f are printable in windows-1252 (what "iso-8859-1" pages really are).
    static const char16_t high[32] = {0x20ac, 0x81,   0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
                                      0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,   0x017d, 0x8f,
                                      0x90,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                      0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,   0x017e, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out.append(byte >= 0x80 && byte < 0xa0 ? QChar(high[byte - 0x80]) : QChar(char16_t(byte)));
    }
    return out;
}

QString decodePage(const QByteArray &bytes)
{
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        QStringDecoder decoder(bytes.startsWith("\xff\xfe") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    static const QRegularExpression declared(u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(16384));
    const QString charset = declared.match(head).captured(1).toLower();
    if (!charset.isEmpty() && charset != u"utf-8" && charset != u"utf8") {
        if (charset.contains(u"8859-1") || charset.contains(u"1252") || charset == u"latin1" ||
            charset == u"us-ascii" || charset == u"ascii") {
            return decodeWindows1252(bytes);
        }
        QStringDecoder decoder(charset.toLatin1().constData());
        if (decoder.isValid()) {
            return decoder.decode(bytes);
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return utf8.hasError() ? decodeWindows1252(bytes) : text;
}

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
        const QString html = decodePage(in.readAll());
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
