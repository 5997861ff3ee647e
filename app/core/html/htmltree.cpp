// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/htmltree.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

struct ElementAttributes
{
    QString idClass;
    QString role;
    QString itemprop;
    bool hidden = false;
};

bool isHtmlSpace(QChar ch)
{
    // HTML collapses only ASCII white space; U+00A0 and friends are real characters.
    return ch == u' ' || ch == u'\n' || ch == u'\t' || ch == u'\r' || ch == u'\f';
}

bool isCjk(char32_t cp)
{
    return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
           (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x20000 && cp <= 0x2fa1f);
}

QString attributeValue(const xmlAttr *attr)
{
    if (!attr->children) {
        return {};
    }
    xmlChar *value = xmlNodeListGetString(attr->doc, attr->children, 1);
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

bool hidesElement(const QString &style)
{
    QString compact = style.toLower();
    compact.remove(u' ');
    return compact.contains(QLatin1StringView("display:none")) ||
           compact.contains(QLatin1StringView("visibility:hidden"));
}

ElementAttributes readAttributes(const xmlNode *node)
{
    ElementAttributes out;
    QString id;
    QString cls;
    for (const xmlAttr *attr = node->properties; attr; attr = attr->next) {
        const char *name = reinterpret_cast<const char *>(attr->name);
        if (std::strcmp(name, "id") == 0) {
            id = attributeValue(attr).toLower();
        } else if (std::strcmp(name, "class") == 0) {
            cls = attributeValue(attr).toLower();
        } else if (std::strcmp(name, "role") == 0) {
            out.role = attributeValue(attr).trimmed().toLower();
        } else if (std::strcmp(name, "itemprop") == 0) {
            out.itemprop = attributeValue(attr).trimmed().toLower();
        } else if (std::strcmp(name, "hidden") == 0) {
            out.hidden = true;
        } else if (std::strcmp(name, "aria-hidden") == 0) {
            out.hidden = out.hidden || attributeValue(attr).trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
        } else if (std::strcmp(name, "style") == 0) {
            out.hidden = out.hidden || hidesElement(attributeValue(attr));
        }
    }
    if (!id.isEmpty() && !cls.isEmpty()) {
        out.idClass = id + u' ' + cls;
    } else {
        out.idClass = id.isEmpty() ? cls : id;
    }
    out.idClass = out.idClass.simplified();
    return out;
}

// Elements whose content a browser never shows as running text.
bool isInvisibleTag(const char *name)
{
    static const char *const names[] = {"script", "style", "template", "svg", "head", "title", "meta", "link", "iframe",
                                        "object", "embed", "video", "audio", "canvas", "datalist", "source", "track",
                                        "param", "base", "noframes", "map", "math", "frameset", "frame", "picture",
                                        // Ruby readings and their fallback parentheses: annotations
                                        // above the text, not part of the sentence.
                                        "rt", "rp"};
    for (const char *candidate : names) {
        if (std::strcmp(name, candidate) == 0) {
            return true;
        }
    }
    return false;
}

// Browsers that run scripts show nothing of <noscript>. libxml2 however parses its content as
// markup, and a stray unclosed tag inside it swallows the rest of the page; a <noscript> holding
// that much text is such an accident and is laid out like any other element.
bool isSwallowingNoscript(xmlNode *node)
{
    qsizetype visible = 0;
    xmlNode *cursor = node->children;
    while (cursor && visible < 2000) {
        if (cursor->type == XML_TEXT_NODE && cursor->content) {
            for (const xmlChar *c = cursor->content; *c; ++c) {
                if (*c > ' ') {
                    ++visible;
                }
            }
        }
        if (cursor->type == XML_ELEMENT_NODE && cursor->children &&
            std::strcmp(reinterpret_cast<const char *>(cursor->name), "script") != 0 &&
            std::strcmp(reinterpret_cast<const char *>(cursor->name), "style") != 0) {
            cursor = cursor->children;
            continue;
        }
        while (cursor && cursor != node && !cursor->next) {
            cursor = cursor->parent;
        }
        cursor = (cursor && cursor != node) ? cursor->next : nullptr;
    }
    return visible >= 2000;
}

} // namespace

HtmlTag HtmlTree::tagFor(const char *name)
{
    static const QHash<QByteArray, HtmlTag> tags = {
        {"html", HtmlTag::Html},
        {"body", HtmlTag::Body},
        {"a", HtmlTag::A},
        {"address", HtmlTag::Address},
        {"article", HtmlTag::Article},
        {"aside", HtmlTag::Aside},
        {"blockquote", HtmlTag::Blockquote},
        {"br", HtmlTag::Br},
        {"button", HtmlTag::Button},
        {"caption", HtmlTag::Caption},
        {"center", HtmlTag::Center},
        {"code", HtmlTag::Code},
        {"dd", HtmlTag::Dd},
        {"details", HtmlTag::Details},
        {"div", HtmlTag::Div},
        {"dl", HtmlTag::Dl},
        {"dt", HtmlTag::Dt},
        {"figcaption", HtmlTag::Figcaption},
        {"figure", HtmlTag::Figure},
        {"footer", HtmlTag::Footer},
        {"form", HtmlTag::Form},
        {"fieldset", HtmlTag::Fieldset},
        {"h1", HtmlTag::H1},
        {"h2", HtmlTag::H2},
        {"h3", HtmlTag::H3},
        {"h4", HtmlTag::H4},
        {"h5", HtmlTag::H5},
        {"h6", HtmlTag::H6},
        {"header", HtmlTag::Header},
        {"hr", HtmlTag::Hr},
        {"img", HtmlTag::Img},
        {"input", HtmlTag::Input},
        {"label", HtmlTag::Label},
        {"legend", HtmlTag::Legend},
        {"li", HtmlTag::Li},
        {"main", HtmlTag::Main},
        {"nav", HtmlTag::Nav},
        {"ol", HtmlTag::Ol},
        {"p", HtmlTag::P},
        {"pre", HtmlTag::Pre},
        {"section", HtmlTag::Section},
        {"span", HtmlTag::Span},
        {"summary", HtmlTag::Summary},
        {"table", HtmlTag::Table},
        {"td", HtmlTag::Td},
        {"textarea", HtmlTag::Textarea},
        {"th", HtmlTag::Th},
        {"time", HtmlTag::Time},
        {"tr", HtmlTag::Tr},
        {"ul", HtmlTag::Ul},
        {"menu", HtmlTag::Menu},
        {"select", HtmlTag::Select},
    };
    return tags.value(QByteArray::fromRawData(name, qsizetype(std::strlen(name))), HtmlTag::Other);
}

bool HtmlTree::isBlockTag(const char *name, HtmlTag tag)
{
    switch (tag) {
    case HtmlTag::Html:
    case HtmlTag::Body:
    case HtmlTag::Address:
    case HtmlTag::Article:
    case HtmlTag::Aside:
    case HtmlTag::Blockquote:
    case HtmlTag::Caption:
    case HtmlTag::Center:
    case HtmlTag::Dd:
    case HtmlTag::Details:
    case HtmlTag::Div:
    case HtmlTag::Dl:
    case HtmlTag::Dt:
    case HtmlTag::Figcaption:
    case HtmlTag::Figure:
    case HtmlTag::Footer:
    case HtmlTag::Form:
    case HtmlTag::Fieldset:
    case HtmlTag::H1:
    case HtmlTag::H2:
    case HtmlTag::H3:
    case HtmlTag::H4:
    case HtmlTag::H5:
    case HtmlTag::H6:
    case HtmlTag::Header:
    case HtmlTag::Hr:
    case HtmlTag::Legend:
    case HtmlTag::Li:
    case HtmlTag::Main:
    case HtmlTag::Nav:
    case HtmlTag::Ol:
    case HtmlTag::P:
    case HtmlTag::Pre:
    case HtmlTag::Section:
    case HtmlTag::Summary:
    case HtmlTag::Table:
    case HtmlTag::Td:
    case HtmlTag::Th:
    case HtmlTag::Tr:
    case HtmlTag::Ul:
    case HtmlTag::Menu:
        return true;
    default:
        break;
    }
    static const char *const others[] = {"dialog", "dir", "hgroup",    "listing",  "tbody", "thead",
                                         "tfoot",  "xmp", "plaintext", "optgroup", "option"};
    for (const char *candidate : others) {
        if (std::strcmp(name, candidate) == 0) {
            return true;
        }
    }
    return false;
}

HtmlTree::HtmlTree(_xmlDoc *doc)
{
    m_blockChars.append(0);
    m_blockLinks.append(0);
    if (doc) {
        build(xmlDocGetRootElement(doc));
    }
    if (m_body < 0 && !m_elements.isEmpty()) {
        m_body = 0;
    }
}

bool HtmlTree::contains(int ancestor, int element) const
{
    while (element >= 0) {
        if (element == ancestor) {
            return true;
        }
        element = m_elements.at(element).parent;
    }
    return false;
}

int HtmlTree::chars(int element) const
{
    const HtmlElement &el = m_elements.at(element);
    return m_blockChars.at(el.blockEnd) - m_blockChars.at(el.blockBegin);
}

int HtmlTree::linkChars(int element) const
{
    const HtmlElement &el = m_elements.at(element);
    return m_blockLinks.at(el.blockEnd) - m_blockLinks.at(el.blockBegin);
}

int HtmlTree::closest(int element, HtmlTag tag) const
{
    while (element >= 0) {
        if (m_elements.at(element).tag == tag) {
            return element;
        }
        element = m_elements.at(element).parent;
    }
    return -1;
}

void HtmlTree::build(_xmlNode *root)
{
    // An explicit walk over the libxml2 links instead of recursion: hostile pages nest thousands
    // of unclosed elements.
    {
        // Room for every element up front: growing the list copies all elements each time, which
        // on a page of millions of elements took a quarter of the time and twice the memory.
        qsizetype elements = 0;
        xmlNode *cursor = root;
        while (cursor) {
            if (cursor->type == XML_ELEMENT_NODE) {
                ++elements;
            }
            if (cursor->children && cursor->type == XML_ELEMENT_NODE) {
                cursor = cursor->children;
                continue;
            }
            while (cursor && cursor != root && !cursor->next) {
                cursor = cursor->parent;
            }
            cursor = (cursor && cursor != root) ? cursor->next : nullptr;
        }
        m_elements.reserve(elements);
    }
    xmlNode *node = root;
    while (node) {
        bool descend = false;
        if (node->type == XML_ELEMENT_NODE) {
            const char *name = reinterpret_cast<const char *>(node->name);
            if (!isInvisibleTag(name) && (std::strcmp(name, "noscript") != 0 || isSwallowingNoscript(node))) {
                const HtmlTag tag = tagFor(name);
                const ElementAttributes attrs = readAttributes(node);
                if (!attrs.hidden || tag == HtmlTag::Html || tag == HtmlTag::Body) {
                    if (tag == HtmlTag::Br) {
                        lineBreak();
                    } else if (tag == HtmlTag::Select || tag == HtmlTag::Textarea || tag == HtmlTag::Img ||
                               tag == HtmlTag::Input) {
                        openElement(node, tag, false);
                        closeElement();
                    } else if (!(std::strcmp(name, "dialog") == 0 && !xmlHasProp(node, BAD_CAST "open"))) {
                        openElement(node, tag, isBlockTag(name, tag));
                        HtmlElement &el = m_elements.last();
                        el.idClass = attrs.idClass;
                        el.role = attrs.role;
                        el.itemprop = attrs.itemprop;
                        if (tag == HtmlTag::Pre || std::strcmp(name, "xmp") == 0 || std::strcmp(name, "listing") == 0 ||
                            std::strcmp(name, "plaintext") == 0) {
                            ++m_preDepth;
                        }
                        if (tag == HtmlTag::A) {
                            ++m_linkDepth;
                        }
                        descend = true;
                        if (!node->children) {
                            // Nothing below: close it right away, the walk up only closes parents.
                            descend = false;
                            if (tag == HtmlTag::Pre) {
                                --m_preDepth;
                            }
                            if (tag == HtmlTag::A) {
                                --m_linkDepth;
                            }
                            closeElement();
                        }
                    }
                }
            }
        } else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(node->content)), m_preDepth > 0);
            }
        }

        if (descend) {
            node = node->children;
            continue;
        }
        // Move on: to the next sibling, or up, closing every element left behind.
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
            if (node && node->type == XML_ELEMENT_NODE && !m_open.isEmpty() &&
                m_elements.at(m_open.last()).node == node) {
                const HtmlTag tag = m_elements.at(m_open.last()).tag;
                const char *name = reinterpret_cast<const char *>(node->name);
                if (tag == HtmlTag::Pre || std::strcmp(name, "xmp") == 0 || std::strcmp(name, "listing") == 0 ||
                    std::strcmp(name, "plaintext") == 0) {
                    --m_preDepth;
                }
                if (tag == HtmlTag::A) {
                    --m_linkDepth;
                }
                closeElement();
            }
        }
    }
    while (!m_open.isEmpty()) {
        closeElement();
    }
    closeBlock();
    for (HtmlElement &el : m_elements) {
        el.blockEnd = std::min(el.blockEnd, int(m_blocks.size()));
        el.blockBegin = std::min(el.blockBegin, el.blockEnd);
    }
}

void HtmlTree::openElement(_xmlNode *node, HtmlTag tag, bool block)
{
    if (block) {
        closeBlock();
    }
    HtmlElement el;
    el.tag = tag;
    el.block = block;
    el.node = node;
    el.parent = m_open.isEmpty() ? -1 : m_open.last();
    el.depth = m_open.size();
    el.blockBegin = int(m_blocks.size());
    el.textBegin = m_text.size();
    const int index = int(m_elements.size());
    if (el.parent >= 0) {
        m_elements[el.parent].children.append(index);
    }
    if (tag == HtmlTag::Body && m_body < 0) {
        m_body = index;
    }
    m_elements.append(std::move(el));
    m_open.append(index);
}

void HtmlTree::closeElement()
{
    const int index = m_open.takeLast();
    HtmlElement &el = m_elements[index];
    if (el.block) {
        closeBlock();
    }
    el.blockEnd = int(m_blocks.size()) + (m_blockHasContent ? 1 : 0);
    el.textEnd = m_text.size();
    el.elements += 1;
    switch (el.tag) {
    case HtmlTag::P:
        el.paragraphs += 1;
        break;
    case HtmlTag::Li:
        el.listItems += 1;
        break;
    case HtmlTag::A:
        el.links += 1;
        break;
    case HtmlTag::Img:
        el.images += 1;
        break;
    case HtmlTag::Input:
    case HtmlTag::Textarea:
    case HtmlTag::Select:
    case HtmlTag::Button:
        el.inputs += 1;
        break;
    case HtmlTag::H1:
    case HtmlTag::H2:
    case HtmlTag::H3:
    case HtmlTag::H4:
    case HtmlTag::H5:
    case HtmlTag::H6:
        el.headings += 1;
        break;
    default:
        break;
    }
    if (el.parent >= 0) {
        HtmlElement &parent = m_elements[el.parent];
        parent.paragraphs += el.paragraphs;
        parent.listItems += el.listItems;
        parent.links += el.links;
        parent.images += el.images;
        parent.inputs += el.inputs;
        parent.headings += el.headings;
        parent.elements += el.elements;
    }
}

void HtmlTree::appendText(const QString &text, bool preformatted)
{
    for (const QChar ch : text) {
        // Soft hyphens, zero-width spaces and joiners only steer line breaking; kept in the text
        // they would split words ("Halb\u00adleiter") for everything that searches it.
        if (ch == u'\u00ad' || ch == u'\u200b' || ch == u'\u2060' || ch == u'\ufeff') {
            continue;
        }
        if (preformatted) {
            if (ch == u'\r') {
                continue;
            }
            if (ch == u'\n') {
                lineBreak();
                continue;
            }
            appendChar(ch);
        } else if (isHtmlSpace(ch)) {
            m_pendingSpace = true;
        } else {
            appendChar(ch);
        }
    }
}

void HtmlTree::flushPending()
{
    if (!m_text.isEmpty()) {
        if (m_pendingBreaks > 0) {
            m_text.append(m_pendingBreaks > 1 ? QStringView(u"\n\n") : QStringView(u"\n"));
        } else if (m_pendingSpace && m_text.back() != u'\n') {
            m_text.append(u' ');
        }
    }
    m_pendingBreaks = 0;
    m_pendingSpace = false;
}

void HtmlTree::appendChar(QChar ch)
{
    flushPending();
    if (!m_blockOpen) {
        m_blockOpen = true;
        m_current = HtmlBlock();
        m_current.start = m_text.size();
    }
    m_text.append(ch);
    if (!ch.isSpace()) {
        m_blockHasContent = true;
        if (m_linkDepth > 0 && !ch.isLowSurrogate()) {
            ++m_current.linkChars;
        }
    }
}

void HtmlTree::lineBreak()
{
    ++m_pendingBreaks;
    m_pendingSpace = false;
}

void HtmlTree::closeBlock()
{
    if (m_pendingBreaks == 0) {
        m_pendingBreaks = 1;
    }
    m_pendingSpace = false;
    if (!m_blockOpen) {
        return;
    }
    m_blockOpen = false;
    m_blockHasContent = false;
    HtmlBlock block = m_current;
    block.end = m_text.size();
    // The owner is the innermost block-level element still open.
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        if (m_elements.at(m_open.at(i)).block) {
            block.owner = m_open.at(i);
            break;
        }
    }
    const QStringView view = QStringView(m_text).mid(block.start, block.end - block.start);
    bool inWord = false;
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QChar ch = view.at(i);
        if (ch.isLowSurrogate()) {
            continue;
        }
        char32_t cp = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < view.size()) {
            cp = QChar::surrogateToUcs4(ch, view.at(i + 1));
        }
        if (QChar::isSpace(cp)) {
            inWord = false;
            continue;
        }
        ++block.chars;
        const bool cjk = isCjk(cp);
        if (cjk) {
            ++block.cjk;
        }
        if (QChar::isLetter(cp)) {
            ++block.letters;
            if (!inWord || cjk) {
                ++block.words;
            }
            inWord = !cjk;
        } else if (QChar::isDigit(cp)) {
            if (!inWord) {
                ++block.words;
            }
            inWord = true;
        }
        const bool atEnd = i + 1 >= view.size() || view.at(i + 1).isSpace() || view.at(i + 1) == u'"' ||
                           view.at(i + 1) == u'\u201c' || view.at(i + 1) == u')';
        switch (cp) {
        case u',':
        case u'\u060c': // Arabic comma
        case u'\uff0c': // fullwidth comma
        case u'\u3001': // ideographic comma
            ++block.commas;
            break;
        case u'.':
        case u'!':
        case u'?':
        case u'\u2026':
        case u'\u061f': // Arabic question mark
            if (atEnd) {
                ++block.sentenceEnds;
            }
            break;
        case u'\u3002': // ideographic full stop
        case u'\uff01':
        case u'\uff1f':
            ++block.sentenceEnds;
            break;
        default:
            break;
        }
    }
    block.linkChars = std::min(block.linkChars, block.chars);
    if (block.chars == 0) {
        return;
    }
    m_blocks.append(block);
    m_blockChars.append(m_blockChars.last() + block.chars);
    m_blockLinks.append(m_blockLinks.last() + block.linkChars);
}

} // namespace Chipwatch::Core
