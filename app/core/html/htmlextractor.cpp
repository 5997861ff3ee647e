// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/htmlextractor.h"

#include "html/contentselector.h"
#include "html/htmlmetadata.h"
#include "html/htmltree.h"
#include "html/markupguard.h"

#include <QLocale>
#include <QLoggingCategory>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHtml, "chipwatch.core.html")

namespace Chipwatch::Core {

namespace {

void initLibxml()
{
    // libxml2 must be initialised once before threads use it; extraction may run in a pool.
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

// Kept blocks as text ranges; neighbours separated by nothing but line breaks become one range.
QList<TextSpan> spansFor(const HtmlTree &tree, const QList<int> &blocks)
{
    QList<TextSpan> spans;
    const QString &text = tree.text();
    for (const int b : blocks) {
        const HtmlBlock &block = tree.blocks().at(b);
        if (!spans.isEmpty()) {
            TextSpan &last = spans.last();
            bool onlySpace = true;
            for (qsizetype i = last.end; i < block.start && onlySpace; ++i) {
                onlySpace = text.at(i).isSpace();
            }
            if (onlySpace) {
                last.end = block.end;
                continue;
            }
        }
        spans.append(TextSpan{block.start, block.end});
    }
    return spans;
}

// libxml2 builds a tree at most this deep (more takes XML_PARSE_HUGE); deeper, it stops reading
// and the rest of the page is lost. A page nested that deep is broken or hostile (real articles
// stay below 50 levels, browsers flatten beyond 512), and reading on would cost more: libxml2
// looks up every stray end tag through all open elements. Such a page is refused with this reason
// instead of importing what came before the limit in silence; the tree walk needs no stack.
constexpr int maxDepth = 256;

// The most elements a page may have. A news page has some 2,000 to 20,000; each element costs libxml2's tree and
// ours a few hundred bytes, so a 19 MB page of millions of tiny elements took 22 s and 1.3 GB. Such a page is refused
// with this reason once the parser reaches the limit.
constexpr int maxElements = 300'000;

struct ParseState
{
    startElementSAXFunc startElement = nullptr;
    int elements = 0;
    bool tooDeep = false;
    bool tooMany = false;
};

void startElementWithinDepth(void *context, const xmlChar *name, const xmlChar **attributes)
{
    auto *ctxt = static_cast<htmlParserCtxtPtr>(context);
    auto *state = static_cast<ParseState *>(ctxt->_private);
    if (ctxt->nodeNr >= maxDepth) {
        state->tooDeep = true;
        xmlStopParser(ctxt);
        return;
    }
    if (++state->elements > maxElements) {
        state->tooMany = true;
        xmlStopParser(ctxt);
        return;
    }
    state->startElement(context, name, attributes);
}

struct Parsed
{
    htmlDocPtr doc = nullptr;
    bool tooDeep = false;
    bool tooMany = false;
};

Parsed parse(const QString &html)
{
    const QByteArray utf8 = MarkupGuard::guard(html.toUtf8());
    if (utf8.trimmed().isEmpty() || utf8.size() > std::numeric_limits<int>::max()) {
        return {};
    }
    initLibxml();
    const int options =
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    // What htmlReadMemory does, with the element callback wrapped to watch the depth.
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!ctxt) {
        return {};
    }
    ParseState state;
    state.startElement = ctxt->sax->startElement;
    ctxt->sax->startElement = startElementWithinDepth;
    ctxt->_private = &state;
    htmlCtxtUseOptions(ctxt, options);
    if (xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler("UTF-8")) {
        xmlSwitchToEncoding(ctxt, handler);
        if (ctxt->input->encoding) {
            xmlFree(const_cast<xmlChar *>(ctxt->input->encoding));
        }
        ctxt->input->encoding = xmlStrdup(BAD_CAST "UTF-8");
    }
    htmlParseDocument(ctxt);
    Parsed out;
    out.doc = ctxt->myDoc;
    out.tooDeep = state.tooDeep;
    out.tooMany = state.tooMany;
    ctxt->myDoc = nullptr;
    if (ctxt->dictNames && out.doc && out.doc->dict == ctxt->dict) {
        ctxt->dict = nullptr;
    }
    ctxt->_private = nullptr;
    htmlFreeParserCtxt(ctxt);
    return out;
}

QString elementPath(const HtmlTree &tree, int element)
{
    QStringList parts;
    for (; element >= 0; element = tree.elements().at(element).parent) {
        const HtmlElement &el = tree.elements().at(element);
        if (el.tag == HtmlTag::Body || el.tag == HtmlTag::Html) {
            break;
        }
        QString part = QString::fromUtf8(reinterpret_cast<const char *>(el.node->name));
        if (!el.idClass.isEmpty()) {
            part += u'[' + el.idClass + u']';
        }
        parts.prepend(part);
    }
    return parts.join(u" > "_s);
}

QString refusalReason(const Parsed &parsed)
{
    if (parsed.tooDeep) {
        return HtmlExtractor::tr("The page nests its elements more than %1 levels deep; it cannot be read reliably.")
            .arg(maxDepth);
    }
    return HtmlExtractor::tr("The page has more than %1 elements; a news page has a few thousand.")
        .arg(QLocale().toString(maxElements));
}

} // namespace

CleanedDocument HtmlExtractor::extract(const QString &html, const QString &fileName)
{
    CleanedDocument out;
    const Parsed parsed = parse(html);
    if (parsed.tooDeep || parsed.tooMany) {
        qCWarning(lcHtml) << fileName << "refused: over" << maxDepth << "levels deep or" << maxElements << "elements";
        out.refusal = refusalReason(parsed);
        xmlFreeDoc(parsed.doc);
        return out;
    }
    htmlDocPtr doc = parsed.doc;
    if (!doc) {
        if (!html.trimmed().isEmpty()) {
            qCWarning(lcHtml) << "libxml2 could not parse" << fileName;
        }
        return out;
    }
    const HtmlTree tree(doc);
    const ContentSelector selector(tree, HtmlMetadata::declaredTitle(doc));
    const QList<int> blocks = selector.contentBlocks();
    out.text = tree.text();
    out.body = spansFor(tree, blocks);
    out.meta = HtmlMetadata::read(doc, tree, selector.headline(), blocks, fileName);
    xmlFreeDoc(doc);
    return out;
}

QString HtmlExtractor::explain(const QString &html)
{
    const Parsed parsed = parse(html);
    htmlDocPtr doc = parsed.doc;
    if (parsed.tooDeep || parsed.tooMany) {
        xmlFreeDoc(doc);
        return u"# refused\t"_s + refusalReason(parsed) + u'\n';
    }
    if (!doc) {
        return {};
    }
    QString out;
    {
        const HtmlTree tree(doc);
        const ContentSelector selector(tree, HtmlMetadata::declaredTitle(doc));
        if (selector.container() >= 0) {
            out += u"# container\t"_s + elementPath(tree, selector.container()) + u'\n';
            out += u"# scope\t"_s + (selector.scope() >= 0 ? elementPath(tree, selector.scope()) : QString()) + u'\n';
        }
        for (const auto &[element, score] : selector.rankedCandidates(8)) {
            out += u"# candidate\t"_s + QString::number(score, 'f', 1) + u'\t' + elementPath(tree, element) + u'\n';
        }
        for (int b = 0; b < tree.blocks().size(); ++b) {
            const HtmlBlock &block = tree.blocks().at(b);
            out += QString::number(block.start) + u'\t' + QString::number(block.end) + u'\t' +
                   QLatin1StringView(ContentSelector::verdictName(selector.verdicts().at(b))) + u'\t' +
                   elementPath(tree, block.owner) + u'\t' +
                   QStringView(tree.text())
                       .mid(block.start, std::min<qsizetype>(60, block.end - block.start))
                       .toString()
                       .simplified() +
                   u'\t' + (selector.reason(b) >= 0 ? elementPath(tree, selector.reason(b)) : QString()) + u'\n';
        }
    }
    xmlFreeDoc(doc);
    return out;
}

} // namespace Chipwatch::Core
