// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chipwatch::Core {

enum class ArticleFormat { PlainText, Markdown, Html, Json };

QString articleFormatName(ArticleFormat format); // "txt", "md", "html", "json"

// One article read from a file: a plain-text, Markdown or HTML file gives one, a JSON file one per object.
struct LoadedArticle
{
    QString filePath;    // absolute path of the file it came from
    int indexInFile = 0; // position inside a JSON array, else 0
    ArticleFormat format = ArticleFormat::PlainText;
    QString encoding;
    QByteArray fileHash; // SHA-256 of the file's bytes
    CleanedDocument document;

    // SHA-256 over the article text with white space folded: the same article imported from another file
    // or in another format is recognised as a duplicate.
    QByteArray contentHash() const;
};

struct RefusedFile
{
    QString filePath;
    QString reason; // for the user
};

struct LoadResult
{
    QList<LoadedArticle> articles;
    QList<RefusedFile> refused;
};

// Reads article files: decoding, format detection, cleaning and metadata. Widget-free and thread-safe.
class ArticleLoader final
{
    // The context is the qualified name, which is what lupdate records for this class's tr() calls.
    Q_DECLARE_TR_FUNCTIONS(Chipwatch::Core::ArticleLoader)

public:
    static constexpr qint64 maxFileSize = 20 * 1024 * 1024;
    // The longest article text that is read, in UTF-16 code units. A long news article is some 30,000 characters;
    // two million is a book. The limit keeps the analysis of one file within seconds and some 200 MB (see
    // docs/benchmarks.md, "Hostile input").
    static constexpr qsizetype maxTextLength = 2'000'000;

    // The most lines an article text may have. The cleaner judges every line and keeps some 200 bytes of features per
    // line, so a file of millions of short lines would take gigabytes; an article has a few hundred lines.
    static constexpr qsizetype maxLineCount = 50'000;

    // Why a text of this length is refused; indexInFile: the entry of a JSON file, or -1.
    static QString tooLongReason(qsizetype length, int indexInFile = -1);
    static QString tooManyLinesReason(qsizetype lines);
    // Why a text is refused for its length or its number of lines, or empty when it is within both limits.
    static QString overLimitReason(QStringView text, int indexInFile = -1);

    static bool isSupportedFile(const QString &path);

    // Files and folders (recursively) to the sorted list of article files they contain. Everything else found is
    // accounted for: an article file that cannot be read (permission denied, a dangling link, a pipe or device, a
    // name that is not UTF-8) or a folder that cannot be listed goes to `refused`, a file that is not an article file
    // by its name to `skipped`. Hidden files and folders are not looked at.
    static QStringList collectFiles(const QStringList &paths, QList<RefusedFile> *refused = nullptr,
                                    QList<RefusedFile> *skipped = nullptr);

    static LoadResult loadFile(const QString &path);
    static LoadResult loadBytes(const QByteArray &bytes, const QString &path);
};

} // namespace Chipwatch::Core
