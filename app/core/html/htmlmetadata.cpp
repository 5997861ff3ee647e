// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/htmlmetadata.h"

#include "html/datetext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cstring>
#include <libxml/tree.h>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, BAD_CAST name);
    if (!value) {
        return {};
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

QString nodeText(const xmlNode *node)
{
    xmlChar *value = xmlNodeGetContent(node);
    if (!value) {
        return {};
    }
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out.simplified();
}

// Everything the page declares in its markup, gathered in one walk.
struct Declarations
{
    QString htmlLang;
    QString title;
    QHash<QString, QString> meta; // lower-cased name/property/itemprop/http-equiv -> content (first wins)
    QString canonical;
    QString relAuthor;
    QStringList jsonLd;
    QList<const xmlNode *> times;
    QList<const xmlNode *> itemDates;   // itemprop=datePublished outside <meta>
    QList<const xmlNode *> itemAuthors; // itemprop=author
};

Declarations collect(xmlDoc *doc)
{
    Declarations d;
    xmlNode *root = xmlDocGetRootElement(doc);
    xmlNode *node = root;
    while (node) {
        bool descend = true;
        if (node->type == XML_ELEMENT_NODE) {
            const char *name = reinterpret_cast<const char *>(node->name);
            if (std::strcmp(name, "html") == 0 && d.htmlLang.isEmpty()) {
                d.htmlLang = attribute(node, "lang");
                if (d.htmlLang.isEmpty()) {
                    d.htmlLang = attribute(node, "xml:lang");
                }
            } else if (std::strcmp(name, "title") == 0) {
                if (d.title.isEmpty()) {
                    d.title = nodeText(node);
                }
                descend = false;
            } else if (std::strcmp(name, "meta") == 0) {
                const QString content = attribute(node, "content").trimmed();
                for (const char *keyAttr : {"name", "property", "itemprop", "http-equiv"}) {
                    const QString key = attribute(node, keyAttr).trimmed().toLower();
                    if (!key.isEmpty() && !content.isEmpty() && !d.meta.contains(key)) {
                        d.meta.insert(key, content);
                    }
                }
            } else if (std::strcmp(name, "link") == 0) {
                const QString rel = attribute(node, "rel").toLower();
                if (rel.split(u' ').contains(u"canonical"_s) && d.canonical.isEmpty()) {
                    d.canonical = attribute(node, "href").trimmed();
                }
            } else if (std::strcmp(name, "script") == 0) {
                if (attribute(node, "type").trimmed().compare(u"application/ld+json"_s, Qt::CaseInsensitive) == 0) {
                    xmlChar *content = xmlNodeGetContent(node);
                    if (content) {
                        d.jsonLd.append(QString::fromUtf8(reinterpret_cast<const char *>(content)));
                        xmlFree(content);
                    }
                }
                descend = false;
            } else if (std::strcmp(name, "style") == 0) {
                descend = false;
            } else {
                if (std::strcmp(name, "time") == 0) {
                    d.times.append(node);
                }
                if (std::strcmp(name, "a") == 0 && d.relAuthor.isEmpty() &&
                    attribute(node, "rel").toLower().split(u' ').contains(u"author"_s)) {
                    d.relAuthor = nodeText(node);
                }
                const QString itemprop = attribute(node, "itemprop").toLower();
                if (!itemprop.isEmpty()) {
                    const QStringList props = itemprop.split(u' ', Qt::SkipEmptyParts);
                    if (props.contains(u"datepublished"_s)) {
                        d.itemDates.append(node);
                    }
                    if (props.contains(u"author"_s) || props.contains(u"creator"_s)) {
                        d.itemAuthors.append(node);
                    }
                }
            }
        }
        if (descend && node->children) {
            node = node->children;
            continue;
        }
        while (node) {
            if (node == root) {
                node = nullptr;
                break;
            }
            if (node->next) {
                node = node->next;
                break;
            }
            node = node->parent;
        }
    }
    return d;
}

// The fields of a JSON-LD article description.
struct LinkedData
{
    QString headline;
    QString datePublished;
    QString author;
    QString publisher;
    QString url;
    QString language;
    QString siteName;
};

void flatten(const QJsonValue &value, QList<QJsonObject> &out, int depth = 0)
{
    if (depth > 8) {
        return;
    }
    if (value.isArray()) {
        for (const auto &item : value.toArray()) {
            flatten(item, out, depth + 1);
        }
    } else if (value.isObject()) {
        const QJsonObject obj = value.toObject();
        out.append(obj);
        if (obj.contains(u"@graph")) {
            flatten(obj.value(u"@graph"), out, depth + 1);
        }
        if (obj.value(u"mainEntity").isObject()) {
            flatten(obj.value(u"mainEntity"), out, depth + 1);
        }
    }
}

QStringList types(const QJsonObject &obj)
{
    const QJsonValue type = obj.value(u"@type");
    QStringList out;
    if (type.isString()) {
        out.append(type.toString());
    } else if (type.isArray()) {
        for (const auto &t : type.toArray()) {
            out.append(t.toString());
        }
    }
    return out;
}

int articleRank(const QJsonObject &obj)
{
    for (const QString &type : types(obj)) {
        if (type.endsWith(u"Article") || type.endsWith(u"Posting") || type == u"Report") {
            return 2;
        }
    }
    for (const QString &type : types(obj)) {
        if (type.endsWith(u"Page")) {
            return 1;
        }
    }
    return 0;
}

QString jsonName(const QJsonValue &value, const QHash<QString, QJsonObject> &byId, int depth = 0)
{
    if (depth > 3) {
        return {};
    }
    if (value.isString()) {
        return value.toString().simplified();
    }
    if (value.isArray()) {
        QStringList names;
        for (const auto &item : value.toArray()) {
            const QString name = jsonName(item, byId, depth + 1);
            if (!name.isEmpty() && !names.contains(name)) {
                names.append(name);
            }
        }
        return names.join(u", "_s);
    }
    if (value.isObject()) {
        QJsonObject obj = value.toObject();
        if (!obj.contains(u"name") && obj.contains(u"@id")) {
            obj = byId.value(obj.value(u"@id").toString(), obj);
        }
        const QJsonValue name = obj.value(u"name");
        if (name.isString()) {
            return name.toString().simplified();
        }
        if (name.isArray() || name.isObject()) {
            return jsonName(name, byId, depth + 1);
        }
    }
    return {};
}

LinkedData readLinkedData(const QStringList &scripts)
{
    LinkedData out;
    QList<QJsonObject> objects;
    for (const QString &script : scripts) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(script.trimmed().toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            flatten(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), objects);
            continue;
        }
        // Broken JSON (stray commas, raw line breaks) is common; the plain fields are still there.
        static const QRegularExpression date(u"\"datePublished\"\\s*:\\s*\"([^\"]+)\""_s);
        static const QRegularExpression headline(u"\"headline\"\\s*:\\s*\"([^\"]+)\""_s);
        if (out.datePublished.isEmpty()) {
            out.datePublished = date.match(script).captured(1);
        }
        if (out.headline.isEmpty()) {
            out.headline = headline.match(script).captured(1).simplified();
        }
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &obj : std::as_const(objects)) {
        const QString id = obj.value(u"@id").toString();
        if (!id.isEmpty() && !byId.contains(id)) {
            byId.insert(id, obj);
        }
    }
    const QJsonObject *article = nullptr;
    int bestRank = 0;
    for (const QJsonObject &obj : std::as_const(objects)) {
        const int rank = articleRank(obj);
        if (rank > bestRank) {
            bestRank = rank;
            article = &obj;
        }
        if (types(obj).contains(u"WebSite"_s) && out.siteName.isEmpty()) {
            out.siteName = obj.value(u"name").toString().simplified();
        }
    }
    if (!article) {
        return out;
    }
    auto firstString = [&](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            const QJsonValue v = article->value(QStringView(key));
            if (v.isString() && !v.toString().trimmed().isEmpty()) {
                return v.toString().simplified();
            }
        }
        return QString();
    };
    if (const QString headline = firstString({u"headline", u"name"}); !headline.isEmpty()) {
        out.headline = headline;
    }
    if (const QString date = firstString({u"datePublished", u"dateCreated", u"uploadDate"}); !date.isEmpty()) {
        out.datePublished = date;
    }
    out.author = jsonName(article->value(u"author"), byId);
    if (out.author.isEmpty()) {
        out.author = jsonName(article->value(u"creator"), byId);
    }
    out.publisher = jsonName(article->value(u"publisher"), byId);
    out.url = firstString({u"url"});
    if (out.url.isEmpty()) {
        const QJsonValue page = article->value(u"mainEntityOfPage");
        out.url = page.isString() ? page.toString() : page.toObject().value(u"@id").toString();
    }
    out.language = jsonName(article->value(u"inLanguage"), byId);
    return out;
}

QString cleanAuthor(QString author)
{
    author = author.simplified();
    static const QRegularExpression prefix(
        u"^(?:von|by|autor(?:in)?|author|written by|posted by|verfasst von|geschrieben von|text)\\s*:?\\s+"_s,
        QRegularExpression::CaseInsensitiveOption);
    author.remove(prefix);
    static const QRegularExpression tail(
        u"\\s*(?:[|,·•]|\\s-\\s|\\bam\\b|\\bon\\b|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}).*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!author.contains(u", "_s) || author.contains(QRegularExpression(u"\\d"_s))) {
        author.remove(tail);
    }
    author = author.trimmed();
    if (author.contains(u"://"_s) || author.contains(u'@') || author.size() > 100 || author.size() < 3) {
        return {};
    }
    return author;
}

// One to five words that start with a capital (name particles aside), no digits: "Erika
// Muster", "Jan van der Berg", "J.R. Stone"; not "Posted" or "Name (erforderlich)".
bool looksLikeName(const QString &text)
{
    static const QStringList particles = {u"von"_s, u"van"_s, u"de"_s,  u"der"_s, u"den"_s, u"da"_s, u"la"_s,
                                          u"le"_s,  u"du"_s,  u"und"_s, u"and"_s, u"&"_s,   u"zu"_s, u"di"_s};
    static const QStringList notNames = {u"posted"_s, u"name"_s, u"admin"_s, u"redaktion"_s, u"editor"_s};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 5 || text.size() > 60) {
        return false;
    }
    for (const QString &word : words) {
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit() || c == u'(' || c == u':'; })) {
            return false;
        }
        if (!word.at(0).isUpper() && !particles.contains(word)) {
            return false;
        }
    }
    return !(words.size() == 1 && notNames.contains(words.first().toLower()));
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www.")) {
        host.remove(0, 4);
    }
    return host;
}

QString absoluteUrl(const QString &url)
{
    QString trimmed = url.trimmed();
    if (trimmed.startsWith(u"http://") || trimmed.startsWith(u"https://")) {
        return trimmed;
    }
    if (trimmed.startsWith(u"//")) {
        return u"https:"_s + trimmed;
    }
    return {};
}

QString normalised(const QString &s)
{
    // Letters and digits only, umlauts spelt out: "Fischerhütte" matches fischerhuette.de.
    QString out;
    for (const QChar ch : s) {
        if (!ch.isLetterOrNumber()) {
            continue;
        }
        switch (ch.toLower().unicode()) {
        case u'ä':
            out.append(u"ae");
            break;
        case u'ö':
            out.append(u"oe");
            break;
        case u'ü':
            out.append(u"ue");
            break;
        case u'ß':
            out.append(u"ss");
            break;
        default:
            out.append(ch.toLower());
        }
    }
    return out;
}

} // namespace

QString HtmlMetadata::declaredTitle(_xmlDoc *doc)
{
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : nullptr;
    if (!root) {
        return {};
    }
    // Only the head matters; libxml2 puts <head> first among <html>'s children.
    QString og;
    QString twitter;
    QString title;
    for (xmlNode *top = root->children; top; top = top->next) {
        if (top->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char *>(top->name), "head") != 0) {
            continue;
        }
        for (xmlNode *node = top->children; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE) {
                continue;
            }
            const char *name = reinterpret_cast<const char *>(node->name);
            if (std::strcmp(name, "title") == 0 && title.isEmpty()) {
                title = nodeText(node);
            } else if (std::strcmp(name, "meta") == 0) {
                const QString key = QString(attribute(node, "property") + attribute(node, "name")).trimmed().toLower();
                if (key == u"og:title" && og.isEmpty()) {
                    og = attribute(node, "content").simplified();
                } else if (key == u"twitter:title" && twitter.isEmpty()) {
                    twitter = attribute(node, "content").simplified();
                }
            }
        }
    }
    return !og.isEmpty() ? og : (!twitter.isEmpty() ? twitter : title);
}

QString HtmlMetadata::normaliseLanguage(const QString &code)
{
    QString primary = code.trimmed().toLower();
    const qsizetype cut = primary.indexOf(QRegularExpression(u"[-_ ,;]"_s));
    if (cut >= 0) {
        primary.truncate(cut);
    }
    static const QRegularExpression valid(u"^[a-z]{2,3}$"_s);
    if (!valid.match(primary).hasMatch()) {
        return {};
    }
    return primary;
}

QString HtmlMetadata::stripSiteName(const QString &title, const QStringList &siteNames, const QString &headline)
{
    // Pipes, chevrons and stars separate a site name almost always; dashes often belong to the
    // title itself ("Teil 49 - Büssing-NAG") and only go with a known site name.
    static const QRegularExpression separator(
        u"\\s+(\\||\u2502|\u203a|\u22c6|::|\\|\\||\u00bb|\u00ab|\u00b7|\u2022|~|\u2013|\u2014|-|/)\\s+"_s);
    static const QString strong = u"| \u2502 \u203a \u22c6 :: || \u00bb \u00ab \u00b7 \u2022 ~"_s;
    QString clean = title.simplified();
    QList<QStringView> parts;
    QList<QString> separators;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = separator.globalMatch(clean);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        parts.append(QStringView(clean).mid(pos, m.capturedStart() - pos));
        separators.append(m.captured(1));
        pos = m.capturedEnd();
    }
    parts.append(QStringView(clean).mid(pos));
    if (parts.size() < 2) {
        return clean;
    }
    auto span = [&clean, &parts](qsizetype first, qsizetype last) {
        const qsizetype start = parts.at(first).data() - clean.constData();
        const qsizetype end = parts.at(last).data() - clean.constData() + parts.at(last).size();
        return clean.mid(start, end - start).trimmed();
    };
    // The visible headline settles it when the title is that headline plus decoration.
    const QString head = normalised(headline);
    if (!head.isEmpty()) {
        for (qsizetype first = 0; first < parts.size(); ++first) {
            for (qsizetype last = parts.size() - 1; last >= first; --last) {
                if ((first > 0 || last < parts.size() - 1) && normalised(span(first, last)) == head) {
                    return span(first, last);
                }
            }
        }
    }
    QStringList sites;
    for (const QString &name : siteNames) {
        const QString n = normalised(name);
        if (n.size() >= 3) {
            sites.append(n);
        }
    }
    auto isSite = [&sites](QStringView part) {
        const QString p = normalised(part.toString());
        if (p.isEmpty()) {
            return false;
        }
        return std::any_of(sites.begin(), sites.end(), [&p](const QString &site) {
            return p == site || (site.size() >= 4 && p.contains(site)) || (p.size() >= 4 && site.contains(p));
        });
    };
    auto shortPart = [](QStringView part) { return part.count(u' ') < 6; };
    qsizetype first = 0;
    qsizetype last = parts.size() - 1;
    if (isSite(parts.at(last))) {
        --last;
    } else if (isSite(parts.at(first))) {
        ++first;
    } else if (strong.split(u' ').contains(separators.last()) && shortPart(parts.at(last)) &&
               parts.at(last).size() < parts.at(0).size()) {
        --last;
    }
    if (first > last) {
        return clean;
    }
    return span(first, last);
}

ArticleMetadata HtmlMetadata::read(_xmlDoc *doc, const HtmlTree &tree, int headline, const QList<int> &contentBlocks,
                                   const QString &fileName)
{
    ArticleMetadata meta;
    if (!doc) {
        return meta;
    }
    const Declarations d = collect(doc);
    const LinkedData ld = readLinkedData(d.jsonLd);
    auto metaValue = [&d](std::initializer_list<const char16_t *> keys) {
        for (const char16_t *key : keys) {
            QString value = d.meta.value(QString::fromUtf16(key)).simplified();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return QString();
    };

    // Address and outlet first: the title needs the site name to strip it.
    meta.url = absoluteUrl(d.canonical);
    if (meta.url.isEmpty()) {
        meta.url = absoluteUrl(metaValue({u"og:url", u"twitter:url"}));
    }
    if (meta.url.isEmpty()) {
        meta.url = absoluteUrl(ld.url);
    }
    meta.source = metaValue({u"og:site_name"});
    if (meta.source.isEmpty()) {
        meta.source = ld.publisher;
    }
    if (meta.source.isEmpty()) {
        meta.source = ld.siteName;
    }
    if (meta.source.isEmpty()) {
        meta.source = hostOf(meta.url);
    }

    const QList<HtmlElement> &elements = tree.elements();
    const QString headlineText =
        headline >= 0
            ? QStringView(tree.text())
                  .mid(elements.at(headline).textBegin, elements.at(headline).textEnd - elements.at(headline).textBegin)
                  .toString()
                  .simplified()
            : QString();
    QStringList siteNames = {meta.source, ld.publisher, ld.siteName, metaValue({u"application-name"})};
    // The labels of the host name: "fischerhuette" in fischerhuette.example.com.
    const QStringList labels = hostOf(meta.url.isEmpty() ? fileName : meta.url).split(u'.');
    for (qsizetype i = 0; i + 1 < labels.size(); ++i) {
        siteNames.append(labels.at(i));
    }
    QString title = metaValue({u"og:title", u"twitter:title"});
    if (title.isEmpty()) {
        title = ld.headline;
    }
    if (title.isEmpty()) {
        title = headlineText;
    }
    if (title.isEmpty()) {
        title = d.title;
    }
    meta.title = stripSiteName(title, siteNames, headlineText);

    // Publication date: declared machine dates first, then dates in the visible page near the
    // headline, then the address.
    QString date = DateText::fromMachine(
        metaValue({u"article:published_time", u"og:published_time", u"og:article:published_time"}));
    if (date.isEmpty() && !ld.datePublished.isEmpty()) {
        date = DateText::fromMachine(ld.datePublished);
    }
    if (date.isEmpty()) {
        date = DateText::fromMachine(
            metaValue({u"datepublished", u"date", u"dc.date", u"dc.date.issued", u"dcterms.date", u"dcterms.issued",
                       u"dcterms.created", u"dc.date.created", u"pubdate", u"publishdate", u"publish-date",
                       u"publish_date", u"article.published", u"sailthru.date", u"parsely-pub-date",
                       u"citation_publication_date", u"date_published", u"published_time", u"article:published"}));
    }
    for (const xmlNode *node : d.itemDates) {
        if (!date.isEmpty()) {
            break;
        }
        QString value = attribute(node, "content");
        if (value.isEmpty()) {
            value = attribute(node, "datetime");
        }
        date = value.isEmpty() ? DateText::fromText(nodeText(node)) : DateText::fromMachine(value);
    }

    // Where the article starts and ends in the text, to tell its <time> from teasers' ones.
    qsizetype articleStart = -1;
    qsizetype articleEnd = -1;
    if (!contentBlocks.isEmpty()) {
        articleStart = tree.blocks().at(contentBlocks.first()).start;
        articleEnd = tree.blocks().at(contentBlocks.last()).end;
    }
    if (headline >= 0) {
        articleStart = articleStart < 0 ? elements.at(headline).textBegin
                                        : std::min(articleStart, elements.at(headline).textBegin);
        articleEnd = std::max(articleEnd, elements.at(headline).textEnd);
    }
    if (date.isEmpty() && !d.times.isEmpty()) {
        QHash<const xmlNode *, int> elementOf;
        for (int i = 0; i < elements.size(); ++i) {
            if (elements.at(i).tag == HtmlTag::Time) {
                elementOf.insert(elements.at(i).node, i);
            }
        }
        QString fallback;
        for (const xmlNode *node : d.times) {
            const QString value = attribute(node, "datetime");
            const QString parsed = value.isEmpty() ? DateText::fromText(nodeText(node)) : DateText::fromMachine(value);
            if (parsed.isEmpty()) {
                continue;
            }
            if (xmlHasProp(node, BAD_CAST "pubdate")) {
                date = parsed;
                break;
            }
            const int element = elementOf.value(node, -1);
            if (element >= 0 && articleStart >= 0) {
                const qsizetype at = elements.at(element).textBegin;
                // Dates of the article sit between a little before the headline and its end.
                if (at >= articleStart - 400 && at <= articleEnd) {
                    date = parsed;
                    break;
                }
            }
            if (fallback.isEmpty()) {
                fallback = parsed;
            }
        }
        if (date.isEmpty() && d.times.size() == 1) {
            date = fallback;
        }
    }
    if (date.isEmpty() && articleStart >= 0) {
        // A date written near the headline: the blocks around the start of the article.
        const QList<HtmlBlock> &blocks = tree.blocks();
        for (int b = 0; b < blocks.size() && date.isEmpty(); ++b) {
            const HtmlBlock &block = blocks.at(b);
            if (block.end < articleStart - 600 || block.chars > 200) {
                continue;
            }
            if (block.start > articleStart + 1500) {
                break;
            }
            date = DateText::fromText(QStringView(tree.text()).mid(block.start, block.end - block.start));
        }
    }
    if (date.isEmpty()) {
        date = DateText::fromUrl(meta.url);
    }
    if (date.isEmpty()) {
        date = DateText::fromUrl(fileName);
    }
    meta.date = date;

    // Author. An outlet's own name is not an author.
    // (The JSON-LD publisher is left out: on personal blogs it is the author.)
    QStringList outletNames = labels;
    outletNames.append(metaValue({u"og:site_name"}));
    auto isOutlet = [&outletNames](const QString &name) {
        const QString n = normalised(name);
        return std::any_of(outletNames.begin(), outletNames.end(), [&n](const QString &site) {
            const QString s = normalised(site);
            return s.size() >= 5 && (n == s || n.contains(s));
        });
    };
    auto accept = [&isOutlet](const QString &candidate, bool needName) {
        QString cleaned = cleanAuthor(candidate);
        if (cleaned.isEmpty() || isOutlet(cleaned) || (needName && !looksLikeName(cleaned))) {
            return QString();
        }
        return cleaned;
    };
    QString author = accept(metaValue({u"author", u"article:author", u"dc.creator", u"dcterms.creator",
                                       u"parsely-author", u"sailthru.author", u"byl"}),
                            false);
    if (author.isEmpty()) {
        author = accept(ld.author, false);
    }
    if (author.isEmpty()) {
        author = accept(d.relAuthor, false);
    }
    for (const xmlNode *node : d.itemAuthors) {
        if (!author.isEmpty()) {
            break;
        }
        QString name;
        for (const xmlNode *child = node->children; child && name.isEmpty(); child = child->next) {
            if (child->type == XML_ELEMENT_NODE && attribute(child, "itemprop").toLower() == u"name") {
                name = attribute(child, "content");
                if (name.isEmpty()) {
                    name = nodeText(child);
                }
            }
        }
        if (name.isEmpty()) {
            name = attribute(node, "content");
        }
        if (name.isEmpty()) {
            name = nodeText(node);
        }
        author = accept(name, false);
    }
    if (author.isEmpty() && articleStart >= 0) {
        // A byline near the start of the article: an element named so, or a line "Von …"/"By …".
        static const QRegularExpression bylineClass(u"byline|(?:^|[\\s_-])author(?:[\\s_-]|name|$)|autor"_s);
        static const QRegularExpression bylineText(
            u"^\\s*(?:von|by|text|autor(?:in)?|author)\\s*:?\\s+(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:von|van|de|der|da|la|und|and|&)?\\s*\\p{Lu}[\\p{L}.'\u2019-]*){0,3})"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (int i = 0; i < elements.size() && author.isEmpty(); ++i) {
            const HtmlElement &el = elements.at(i);
            if (el.idClass.isEmpty() || el.textBegin < articleStart - 600 || el.textBegin > articleStart + 1500 ||
                el.textEnd - el.textBegin > 120 || el.textEnd == el.textBegin || tree.closest(i, HtmlTag::Form) >= 0) {
                continue;
            }
            if (bylineClass.match(el.idClass).hasMatch()) {
                author = accept(QStringView(tree.text()).mid(el.textBegin, el.textEnd - el.textBegin).toString(), true);
            }
        }
        const QList<HtmlBlock> &blocks = tree.blocks();
        for (int b = 0; b < blocks.size() && author.isEmpty(); ++b) {
            const HtmlBlock &block = blocks.at(b);
            if (block.end < articleStart - 600 || block.chars > 120) {
                continue;
            }
            if (block.start > articleStart + 1500) {
                break;
            }
            const QRegularExpressionMatch m =
                bylineText.match(QStringView(tree.text()).mid(block.start, block.end - block.start));
            if (m.hasMatch()) {
                author = accept(m.captured(1), true);
            }
        }
    }
    meta.author = author;

    // Declared language only: the caller detects it from the text when the page is silent.
    meta.language = normaliseLanguage(d.htmlLang);
    if (meta.language.isEmpty()) {
        meta.language = normaliseLanguage(metaValue({u"content-language", u"language", u"dc.language", u"og:locale"}));
    }
    if (meta.language.isEmpty()) {
        meta.language = normaliseLanguage(ld.language);
    }
    return meta;
}

} // namespace Chipwatch::Core
