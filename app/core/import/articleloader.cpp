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

#include <algorithm>

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

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        const QJsonValue value = object.value(key);
        if (value.isString() && !value.toString().trimmed().isEmpty()) {
            return value.toString().trimmed();
        }
        if (value.isObject()) { // e.g. {"author": {"name": "…"}}
            QString name = value.toObject().value("name"_L1).toString().trimmed();
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (value.isArray() && !value.toArray().isEmpty()) {
            QStringList parts;
            for (const auto &v : value.toArray()) {
                const QString s = v.isObject() ? v.toObject().value("name"_L1).toString() : v.toString();
                if (!s.trimmed().isEmpty()) {
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
        LoadedArticle article = proto;
        article.indexInFile = position;
        const bool html = looksLikeHtml(text);
        article.format = ArticleFormat::Json;
        article.document = cleanText(text, html ? ArticleFormat::Html : ArticleFormat::PlainText, fileName);
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
    if (result.articles.isEmpty()) {
        result.refused.append({path, items.isEmpty() ? ArticleLoader::tr("The JSON file holds no articles.")
                                                     : ArticleLoader::tr("No article in the JSON file has a text field "
                                                                         "(text, body or content).")});
    } else if (withoutText > 0) {
        qCInfo(lcLoader) << path << ":" << withoutText << "JSON entries without article text skipped";
    }
}

} // namespace

bool ArticleLoader::isSupportedFile(const QString &path)
{
    return formatForPath(path).has_value();
}

QStringList ArticleLoader::collectFiles(const QStringList &paths, QList<RefusedFile> *refused)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (refused) {
                refused->append({path, tr("No such file or folder.")});
            }
            continue;
        }
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isSupportedFile(file)) {
                    found << file;
                }
            }
            std::sort(found.begin(), found.end());
            files << found;
        } else if (isSupportedFile(path)) {
            files << info.absoluteFilePath();
        } else if (refused) {
            refused->append({path, tr("Not an article file (supported: .txt, .md, .html, .htm, .json).")});
        }
    }
    files.removeDuplicates();
    return files;
}

LoadResult ArticleLoader::loadFile(const QString &path)
{
    LoadResult result;
    QFile file(path);
    if (file.size() > maxFileSize) {
        result.refused.append({path, tr("The file is larger than %1 MB.").arg(maxFileSize / (1024 * 1024))});
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.refused.append({path, tr("Cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    // Read one byte past the limit: a file that grows, or reports no size, is still bounded.
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
    if (decoded.text.trimmed().isEmpty()) {
        result.refused.append({path, tr("The file is empty.")});
        return result;
    }
    if (decoded.lossy) {
        qCWarning(lcLoader) << path << "has bytes that are invalid in" << decoded.encoding << "; they were replaced";
    }
    article.encoding = decoded.encoding;
    article.document = cleanText(decoded.text, *format, QFileInfo(path).fileName());
    finishMetadata(article.document);
    result.articles.append(article);
    return result;
}

} // namespace Chipwatch::Core
