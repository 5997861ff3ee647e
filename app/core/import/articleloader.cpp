// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "import/articleloader.h"

#include "html/htmlextractor.h"
#include "import/textdecoder.h"
#include "text/dateparser.h"
#include "text/languagedetector.h"
#include "text/metadataextractor.h"
#include "text/textcleaner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcLoader, "chipwatch.core.loader")

namespace {

std::optional<ArticleFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt" || suffix == u"text") {
        return ArticleFormat::PlainText;
    }
    if (suffix == u"md" || suffix == u"markdown") {
        return ArticleFormat::Markdown;
    }
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml") {
        return ArticleFormat::Html;
    }
    if (suffix == u"json") {
        return ArticleFormat::Json;
    }
    return std::nullopt;
}

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression tag(
        u"<(html|body|p|div|br|article|section|h[1-6]|span|a|ul|li|table)(\\s[^>]*)?/?>"_s,
        QRegularExpression::CaseInsensitiveOption);
    return tag.match(text.left(20000)).hasMatch();
}

// A JSON string as text: "\\ud800" escapes make lone surrogates, which are replaced (see TextDecoder).
QString jsonText(const QJsonValue &value)
{
    QString text = value.toString();
    TextDecoder::replaceLoneSurrogates(text);
    return text;
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && TextDecoder::hasVisibleText(value.toString())) {
            return jsonText(value).trimmed();
        }
        if (value.isObject()) { // e.g. {"author": {"name": "…"}}
            QString name = jsonText(value.toObject().value("name"_L1)).trimmed();
            if (TextDecoder::hasVisibleText(name)) {
                return name;
            }
        }
        if (value.isArray() && !value.toArray().isEmpty()) {
            QStringList parts;
            for (const auto &v : value.toArray()) {
                const QString s = jsonText(v.isObject() ? v.toObject().value("name"_L1) : v);
                if (TextDecoder::hasVisibleText(s)) {
                    parts << s.trimmed();
                }
            }
            if (!parts.isEmpty()) {
                return parts.join(", "_L1);
            }
        }
    }
    return {};
}

QString cleanMetaString(QString s)
{
    s.remove(QChar(0xFEFF));
    return s.simplified();
}

// The parts of the metadata every format shares: normalised dates, a language where none was declared.
void finishMetadata(CleanedDocument &doc)
{
    ArticleMetadata &m = doc.meta;
    m.title = cleanMetaString(m.title);
    m.author = cleanMetaString(m.author);
    m.source = cleanMetaString(m.source);
    if (!m.date.isEmpty()) {
        const QString iso = DateParser::toIso(m.date);
        m.date = iso; // a date that cannot be read is better unknown than wrong
    }
    if (!m.language.isEmpty()) {
        m.language = QLocale(m.language).name().section(u'_', 0, 0);
        if (m.language == u"C") {
            m.language.clear();
        }
    }
    if (m.language.isEmpty()) {
        m.language = LanguageDetector::detect(doc.body.isEmpty() ? QStringView(doc.text) : QStringView(doc.bodyText()));
    }
}

CleanedDocument cleanText(const QString &text, ArticleFormat format, const QString &fileName)
{
    if (format == ArticleFormat::Html) {
        return HtmlExtractor::extract(text, fileName);
    }
    return TextCleaner::clean(text, format == ArticleFormat::Markdown ? TextFormat::Markdown : TextFormat::Plain,
                              fileName);
}

void loadJson(const QByteArray &bytes, const QString &path, const LoadedArticle &proto, LoadResult &result)
{
    const DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok) {
        result.refused.append({path, decoded.error});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(decoded.text.toUtf8(), &parseError);
    if (json.isNull()) {
        result.refused.append(
            {path,
             ArticleLoader::tr("Malformed JSON at byte %1: %2.").arg(parseError.offset).arg(parseError.errorString())});
        return;
    }
    QJsonArray items;
    if (json.isArray()) {
        items = json.array();
    } else {
        const QJsonObject object = json.object();
        const QJsonValue nested = object.value("articles"_L1);
        items = nested.isArray() ? nested.toArray() : QJsonArray{object};
    }
    const QString fileName = QFileInfo(path).fileName();
    int index = 0;
    int withoutText = 0;
    for (const auto &item : std::as_const(items)) {
        const int position = index++;
        if (!item.isObject()) {
            ++withoutText;
            continue;
        }
        const QJsonObject object = item.toObject();
        const QString text = firstString(object, {"text"_L1, "body"_L1, "content"_L1, "article"_L1, "articleBody"_L1,
                                                  "fulltext"_L1, "html"_L1, "description"_L1});
        if (text.isEmpty()) {
            ++withoutText;
            continue;
        }
        if (const QString over = ArticleLoader::overLimitReason(text, position); !over.isEmpty()) {
            result.refused.append({path, over});
            continue;
        }
        LoadedArticle article = proto;
        article.indexInFile = position;
        const bool html = looksLikeHtml(text);
        article.format = ArticleFormat::Json;
        article.document = cleanText(text, html ? ArticleFormat::Html : ArticleFormat::PlainText, fileName);
        if (!article.document.refusal.isEmpty()) {
            result.refused.append(
                {path, ArticleLoader::tr("Entry %1 of the file: %2").arg(position + 1).arg(article.document.refusal)});
            continue;
        }
        if (!TextDecoder::hasVisibleText(article.document.text)) {
            ++withoutText;
            continue;
        }
        ArticleMetadata &m = article.document.meta;
        // What the JSON states outright beats what the cleaner inferred from the text.
        auto take = [&](QString &field, std::initializer_list<QLatin1StringView> keys) {
            const QString value = firstString(object, keys);
            if (!value.isEmpty()) {
                field = value;
            }
        };
        take(m.title, {"title"_L1, "headline"_L1, "name"_L1});
        take(m.date, {"date"_L1, "published"_L1, "publishedAt"_L1, "datePublished"_L1, "pubDate"_L1, "published_at"_L1,
                      "publication_date"_L1});
        take(m.url, {"url"_L1, "link"_L1, "href"_L1});
        m.url = MetadataExtractor::webUrl(m.url); // only a web page is offered as a link
        take(m.source, {"source"_L1, "publisher"_L1, "site"_L1, "site_name"_L1, "outlet"_L1});
        take(m.author, {"author"_L1, "authors"_L1, "byline"_L1});
        take(m.language, {"language"_L1, "lang"_L1});
        finishMetadata(article.document);
        result.articles.append(article);
    }
    if (result.articles.isEmpty() && result.refused.isEmpty()) {
        result.refused.append({path, items.isEmpty() ? ArticleLoader::tr("The JSON file holds no articles.")
                                                     : ArticleLoader::tr("No article in the JSON file has a text field "
                                                                         "(text, body or content).")});
    } else if (withoutText > 0) {
        qCInfo(lcLoader) << path << ":" << withoutText << "JSON entries without article text skipped";
    }
}

} // namespace

QString ArticleLoader::tooLongReason(qsizetype length, int indexInFile)
{
    const QString size = QLocale().toString(double(length) / 1e6, 'f', 1);
    const QString limit = QLocale().toString(double(maxTextLength) / 1e6, 'f', 0);
    return indexInFile < 0
               ? tr("The text is %1 million characters long; articles of up to %2 million are read.").arg(size, limit)
               : tr("Entry %1 of the file: the text is %2 million characters long; articles of up to %3 "
                    "million are read.")
                     .arg(indexInFile + 1)
                     .arg(size, limit);
}

QString ArticleLoader::tooManyLinesReason(qsizetype lines)
{
    return tr("The text has %1 lines; articles of up to %2 lines are read.")
        .arg(QLocale().toString(lines), QLocale().toString(maxLineCount));
}

QString ArticleLoader::overLimitReason(QStringView text, int indexInFile)
{
    if (text.size() > maxTextLength) {
        return tooLongReason(text.size(), indexInFile);
    }
    if (const qsizetype lines = text.count(u'\n') + 1; lines > maxLineCount) {
        const QString reason = tooManyLinesReason(lines);
        return indexInFile < 0 ? reason : tr("Entry %1 of the file: %2").arg(indexInFile + 1).arg(reason);
    }
    return {};
}

bool ArticleLoader::isSupportedFile(const QString &path)
{
    return formatForPath(path).has_value();
}

namespace {

// Why a path found in a folder or named by the user cannot be imported, or an empty string when it is a regular file
// that can be opened for reading.
QString unusableFileReason(const QFileInfo &info)
{
    if (info.isSymLink() && !info.exists()) {
        return ArticleLoader::tr("The file is a link to something that does not exist.");
    }
    if (!info.exists()) {
        return ArticleLoader::tr("No such file or folder.");
    }
    if (!info.isFile()) {
        return ArticleLoader::tr("Not a regular file (a pipe, socket or device); only regular files are read.");
    }
    if (!info.isReadable()) {
        return ArticleLoader::tr("Cannot read the file: permission denied.");
    }
    return {};
}

// The entries of a folder whose names are not valid UTF-8. Qt cannot name such a file (it decodes names as UTF-8)
// and leaves it out of its listings without a word, so the folder is read once more here, byte by byte.
QStringList namesNotUtf8(const QString &dirPath)
{
    QStringList names;

    struct CloseDir
    {
        void operator()(DIR *dir) const { ::closedir(dir); }
    };

    const std::unique_ptr<DIR, CloseDir> dir(::opendir(QFile::encodeName(dirPath).constData()));
    if (!dir) {
        return names;
    }
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray name(entry->d_name);
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString decoded = decoder.decode(name);
        if (decoder.hasError() && name.front() != '.') { // hidden entries are not looked at, as in the listing
            names << decoded;
        }
    }
    return names;
}

} // namespace

QStringList ArticleLoader::collectFiles(const QStringList &paths, QList<RefusedFile> *refused,
                                        QList<RefusedFile> *skipped)
{
    const auto refuse = [refused](const QString &path, const QString &reason) {
        if (refused) {
            refused->append({path, reason});
        }
    };
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (!isSupportedFile(path)) {
                refuse(path, info.exists() ? tr("Not an article file (supported: .txt, .md, .html, .htm, .json).")
                                           : tr("No such file or folder."));
            } else if (const QString reason = unusableFileReason(info); !reason.isEmpty()) {
                refuse(path, reason);
            } else {
                files << info.absoluteFilePath();
            }
            continue;
        }
        // Folders are walked by hand rather than with a recursive QDirIterator, which passes over folders it cannot
        // list, dangling links and files it cannot read without a word: every entry found is accounted for here.
        QStringList found;
        QStringList pending{info.absoluteFilePath()};
        QSet<QString> visited; // canonical paths: a link back to a parent folder is not walked twice
        while (!pending.isEmpty()) {
            const QString dirPath = pending.takeLast();
            const QString canonical = QFileInfo(dirPath).canonicalFilePath();
            if (visited.contains(canonical)) {
                continue;
            }
            visited.insert(canonical);
            const QDir dir(dirPath);
            // (A folder of Qt's resources, ":/demo", has no permissions to ask about.)
            const QFileInfo dirInfo(dirPath);
            if (!dirPath.startsWith(u':') && (!dirInfo.isReadable() || !dirInfo.isExecutable())) {
                refuse(dirPath, tr("Cannot read the folder: permission denied."));
                continue;
            }
            for (const QString &name : namesNotUtf8(dirPath)) {
                const QString shown = dir.filePath(name); // with U+FFFD for the bytes that are not UTF-8
                if (isSupportedFile(shown)) {
                    refuse(shown, tr("The file name is not valid UTF-8; rename the file to import it."));
                } else if (skipped) {
                    skipped->append({shown, tr("Not an article file, and its name is not valid UTF-8.")});
                }
            }
            const QFileInfoList entries =
                dir.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo &entry : entries) {
                const QString entryPath = entry.absoluteFilePath();
                if (entry.isDir()) {
                    pending << entryPath;
                } else if (!isSupportedFile(entryPath)) {
                    if (skipped) {
                        skipped->append({entryPath, tr("Not an article file (supported: .txt, .md, .html, .htm, "
                                                       ".json).")});
                    }
                } else if (const QString reason = unusableFileReason(entry); !reason.isEmpty()) {
                    refuse(entryPath, reason);
                } else {
                    found << entryPath;
                }
            }
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    files.removeDuplicates();
    return files;
}

LoadResult ArticleLoader::loadFile(const QString &path)
{
    LoadResult result;
    QFile file;
    qint64 size = 0;
    if (path.startsWith(u':')) { // one of Qt's resources (the demo articles): in memory, always a regular file
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.refused.append({path, tr("Cannot read the file: %1").arg(file.errorString())});
            return result;
        }
        size = file.size();
    } else {
        // Opened without blocking and checked on the open handle: a pipe or device put in the file's place after it
        // was listed is refused instead of blocking the import for ever.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            result.refused.append(
                {path, error == EACCES
                           ? tr("Cannot read the file: permission denied.")
                           : tr("Cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(error)))});
            return result;
        }

        struct stat status
        {};

        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            result.refused.append(
                {path, tr("Not a regular file (a pipe, socket or device); only regular files are read.")});
            return result;
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            result.refused.append({path, tr("Cannot read the file: %1").arg(file.errorString())});
            return result;
        }
        size = status.st_size;
    }
    if (size > maxFileSize) {
        result.refused.append({path, tr("The file is larger than %1 MB.").arg(maxFileSize / (1024 * 1024))});
        return result;
    }
    // Read one byte past the limit: a file that grows while it is read is still bounded.
    const QByteArray bytes = file.read(maxFileSize + 1);
    if (bytes.size() > maxFileSize) {
        result.refused.append({path, tr("The file is larger than %1 MB.").arg(maxFileSize / (1024 * 1024))});
        return result;
    }
    return loadBytes(bytes, path);
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &path)
{
    LoadResult result;
    const std::optional<ArticleFormat> format = formatForPath(path);
    if (!format) {
        result.refused.append({path, tr("Not an article file (supported: .txt, .md, .html, .htm, .json).")});
        return result;
    }
    LoadedArticle article;
    article.filePath = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    article.format = *format;
    article.fileHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    if (*format == ArticleFormat::Json) {
        loadJson(bytes, path, article, result);
        return result;
    }

    const DecodedText decoded = TextDecoder::decode(
        bytes, *format == ArticleFormat::Html ? TextDecoder::Kind::Html : TextDecoder::Kind::PlainText);
    if (!decoded.ok) {
        result.refused.append({path, decoded.error});
        return result;
    }
    if (!TextDecoder::hasVisibleText(decoded.text)) {
        result.refused.append({path, tr("The file is empty.")});
        return result;
    }
    // Markup is most of an HTML page, so an HTML file is measured by the text left once it is cleaned (below); any
    // other file's text is the article's text as it stands, measured before the cleaner sees it.
    if (*format != ArticleFormat::Html) {
        if (const QString over = overLimitReason(decoded.text); !over.isEmpty()) {
            result.refused.append({path, over});
            return result;
        }
    }
    if (decoded.lossy) {
        qCWarning(lcLoader) << path << "has bytes that are invalid in" << decoded.encoding << "; they were replaced";
    }
    article.encoding = decoded.encoding;
    article.document = cleanText(decoded.text, *format, QFileInfo(path).fileName());
    if (!article.document.refusal.isEmpty()) {
        result.refused.append({path, article.document.refusal});
        return result;
    }
    if (!TextDecoder::hasVisibleText(article.document.text)) {
        result.refused.append({path, tr("The file holds no article text once its markup is removed.")});
        return result;
    }
    if (*format == ArticleFormat::Html) {
        if (const QString over = overLimitReason(article.document.text); !over.isEmpty()) {
            result.refused.append({path, over});
            return result;
        }
    }
    finishMetadata(article.document);
    result.articles.append(article);
    return result;
}

} // namespace Chipwatch::Core
