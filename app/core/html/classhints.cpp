// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/classhints.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// Word lists as views: their lengths are known at compile time, not measured at each comparison.
template <typename... Strings>
constexpr auto viewArray(const Strings &...strings)
{
    return std::array<QStringView, sizeof...(Strings)>{QStringView(strings)...};
}

enum class WordRole : quint8 { None, Content, Boilerplate };

// Furniture words found inside longer words too ("commentlist", "sharedaddy", "mainmenu").
constexpr auto boilerplateStems = viewArray(
    u"comment", u"kommentar", u"disqus", u"share", u"sharing", u"shariff", u"social", u"sociable", u"related",
    u"recommend", u"empfehl", u"newsletter", u"subscri", u"abonn", u"cookie", u"consent", u"gdpr", u"sidebar",
    u"breadcrumb", u"pagination", u"pager", u"paging", u"navbar", u"navigation", u"menu", u"footer", u"masthead",
    u"banner", u"advert", u"sponsor", u"promo", u"teaser", u"outbrain", u"taboola", u"plista", u"byline", u"tagcloud",
    u"rating", u"toolbar", u"popup", u"modal", u"overlay", u"login", u"signup", u"search", u"suche", u"werbung",
    u"anzeige", u"verwandt", u"weiterlesen", u"readmore", u"addthis", u"caption", u"credit", u"copyright", u"invisible",
    u"offscreen", u"screenreader", u"contact", u"kontakt", u"disclosure", u"disclaimer", u"signature", u"author");

// Furniture words that are only furniture as whole words ("ad" but not "header").
constexpr auto boilerplateWords = viewArray(
    u"nav", u"navi", u"ad", u"ads", u"adv", u"tags", u"tag", u"meta", u"author", u"autor", u"skip", u"reply",
    u"replies", u"respond", u"tools", u"print", u"aside", u"sns", u"follow", u"more", u"sr", u"breadcrumbs", u"reader",
    u"jump", u"bio", u"authors", u"promoted", u"cta", u"legend", u"postmeta", u"entrymeta", u"infobar");

// Words that name the article text.
constexpr auto contentWords =
    viewArray(u"content", u"contents", u"body", u"text", u"article", u"artikel", u"entry", u"post", u"story", u"main",
              u"richtext", u"fulltext", u"longtext", u"bodytext", u"prose", u"intro", u"lead", u"lede", u"excerpt",
              u"abstract", u"standfirst", u"chapo", u"beitrag", u"inhalt", u"paragraph", u"paragraphs", u"hentry",
              u"description", u"copy", u"detail", u"single", u"blogpost");

constexpr auto contentSuffixes = viewArray(u"content", u"body", u"text", u"article", u"story", u"entry");

// Whole names of text that only screen readers get.
constexpr auto hiddenTokens =
    viewArray(u"screen-reader-text", u"screen-reader", u"sr-only", u"visually-hidden", u"visuallyhidden", u"hidden",
              u"is-hidden", u"element-invisible", u"assistive-text", u"screenreader-only");

// Generic nouns for boxes; they leave the role to the word before them ("author-box").
constexpr auto containerWords = viewArray(
    u"box", u"wrap", u"wrapper", u"container", u"area", u"section", u"block", u"module", u"widget", u"inner", u"outer",
    u"holder", u"list", u"item", u"items", u"links", u"buttons", u"button", u"bar", u"panel", u"region", u"zone",
    u"group", u"element", u"col", u"column", u"row", u"title", u"heading", u"header", u"label", u"wrp", u"cont",
    u"inside", u"outside", u"full", u"main", u"top", u"bottom", u"left", u"right", u"layout", u"holder", u"frame",
    u"card", u"cards", u"icons", u"icon", u"widgets", u"content", u"contents", u"text", u"body");

// Modifier words: what follows them describes the element's state or layout, not its role.
constexpr auto modifierWords = viewArray(u"has", u"with", u"no", u"without", u"is", u"not");

// Taxonomy labels that CMSs put on the article itself ("category-sharing", "tag-ads").
constexpr auto taxonomyPrefixes = viewArray(u"category-", u"tag-", u"format-", u"status-", u"type-", u"postid-",
                                            u"term-", u"cat-", u"topic-", u"section-");

template <typename Array>
bool containsWord(const Array &words, QStringView word)
{
    return std::any_of(words.begin(), words.end(), [word](QStringView w) { return word == w; });
}

bool isCommentWord(QStringView word)
{
    return word.contains(u"comment") || word.contains(u"kommentar") || word.contains(u"disqus") ||
           word.startsWith(u"repl") || word == u"respond" || word.contains(u"discussion");
}

WordRole wordRole(QStringView word)
{
    if (containsWord(boilerplateWords, word)) {
        return WordRole::Boilerplate;
    }
    for (const QStringView stem : boilerplateStems) {
        if (word.contains(stem)) {
            return WordRole::Boilerplate;
        }
    }
    if (containsWord(contentWords, word)) {
        return WordRole::Content;
    }
    for (const QStringView suffix : contentSuffixes) {
        if (word.endsWith(suffix)) {
            return WordRole::Content;
        }
    }
    return WordRole::None;
}

bool strongContent(QStringView token)
{
    static const QRegularExpression re(
        u"^(?:article-?body|article__body|articlebody|article-?content|article__content|article-?text|articletext|"
        "entry-?content|entry-?body|post-?content|post-?body|post-?text|post-?entry|postentry|post_content|"
        "post_body|post_text|entry_content|article_body|article_content|article_text|"
        "story-?body|story-?content|storycontent|story_body|blog-?content|single-?content|main-?content|"
        "page-?content|text-?content|body-?text|content-?body|content__body|content-?main|"
        "artikel-?text|fulltext|rich-?text|the-?content|itemprop-articlebody)$"_s);
    return re.match(token).hasMatch();
}

} // namespace

ClassRole ClassHints::role(QStringView idClass)
{
    // A name whose role word comes last (or before box nouns only) says what the element is;
    // one with more words after it ("sticky-sidebar-relative") only says something about it.
    bool strongName = false;
    bool comments = false;
    bool teaser = false;
    bool plainFurniture = false;
    int content = 0;     // 1 weak, 2 strong
    int boilerplate = 0; // 1 weak, 2 strong
    for (QStringView token : idClass.split(u' ', Qt::SkipEmptyParts)) {
        if (std::any_of(taxonomyPrefixes.begin(), taxonomyPrefixes.end(),
                        [token](QStringView prefix) { return token.startsWith(prefix); })) {
            continue;
        }
        if (containsWord(hiddenTokens, token)) {
            boilerplate = 2;
            continue;
        }
        if (strongContent(token)) {
            strongName = true;
            content = 2;
            continue;
        }
        QList<QString> words;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= token.size(); ++i) {
            if (i == token.size() || token.at(i) == u'-' || token.at(i) == u'_') {
                if (i > start) {
                    words.append(token.mid(start, i - start).toString());
                }
                start = i + 1;
            }
        }
        // "news-letter", "social-media-share": a furniture word split in two.
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (wordRole(words.at(i)) == WordRole::None && wordRole(words.at(i + 1)) != WordRole::Boilerplate &&
                wordRole(QString(words.at(i) + words.at(i + 1))) == WordRole::Boilerplate) {
                words[i] += words.at(i + 1);
                words.removeAt(i + 1);
            }
        }
        int furnitureWords = 0;
        for (const QString &word : std::as_const(words)) {
            if (wordRole(word) == WordRole::Boilerplate && !word.contains(u"teaser")) {
                ++furnitureWords;
            }
        }
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (containsWord(modifierWords, words.at(i))) {
                words.resize(i);
                break;
            }
        }
        bool onlyBoxesAfter = true;
        bool decided = false;
        int fallbackContent = 0;
        for (qsizetype i = words.size() - 1; i >= 0 && !decided; --i) {
            const QString &word = words.at(i);
            const WordRole role = wordRole(word);
            const bool box = containsWord(containerWords, word);
            if (role == WordRole::Boilerplate) {
                boilerplate = std::max(boilerplate, onlyBoxesAfter ? 2 : 1);
                comments = comments || isCommentWord(word);
                if (word.contains(u"teaser") && furnitureWords == 0) {
                    teaser = true;
                } else {
                    plainFurniture = true;
                }
                decided = true;
            } else if (role == WordRole::Content && !box) {
                content = std::max(content, onlyBoxesAfter ? 2 : 1);
                decided = true;
            } else if (role == WordRole::Content && fallbackContent == 0) {
                fallbackContent = onlyBoxesAfter ? 2 : 1;
            }
            if (!box) {
                onlyBoxesAfter = false;
            }
        }
        if (!decided) {
            content = std::max(content, fallbackContent);
        }
    }
    if (boilerplate > content || (boilerplate == 2 && content == 2 && !strongName)) {
        if (comments) {
            return ClassRole::Comments;
        }
        return teaser && !plainFurniture ? ClassRole::Teaser : ClassRole::Boilerplate;
    }
    if (strongName) {
        return ClassRole::StrongContent;
    }
    return content > 0 ? ClassRole::Content : ClassRole::None;
}

} // namespace Chipwatch::Core
