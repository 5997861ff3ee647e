// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct _xmlNode;
struct _xmlDoc;

namespace Chipwatch::Core {

// The HTML elements the layout and the content scoring tell apart. Everything else is Other
// (laid out inline, like a browser does with unknown and custom elements).
enum class HtmlTag : quint8 {
    Other,
    Html,
    Body,
    A,
    Address,
    Article,
    Aside,
    Blockquote,
    Br,
    Button,
    Caption,
    Center,
    Code,
    Dd,
    Details,
    Div,
    Dl,
    Dt,
    Figcaption,
    Figure,
    Footer,
    Form,
    Fieldset,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Header,
    Hr,
    Img,
    Input,
    Label,
    Legend,
    Li,
    Main,
    Nav,
    Ol,
    P,
    Pre,
    Section,
    Span,
    Summary,
    Table,
    Td,
    Textarea,
    Th,
    Time,
    Tr,
    Ul,
    Menu,
    Select,
};

// One element of the visible document. Elements that a browser would not render (script, style,
// head, hidden elements, ...) are not in the tree at all.
struct HtmlElement
{
    HtmlTag tag = HtmlTag::Other;
    bool block = false; // starts and ends a line of text
    int parent = -1;
    int depth = 0;
    QList<int> children;

    QString idClass;  // id and class, lower-cased, space-separated
    QString role;     // lower-cased
    QString itemprop; // lower-cased
    _xmlNode *node = nullptr;

    // Blocks and text the element covers; for inline elements this includes blocks that it only
    // partly covers.
    int blockBegin = 0;
    int blockEnd = 0;
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;

    // Descendant counts, the element itself included.
    int paragraphs = 0; // <p>
    int listItems = 0;
    int links = 0;
    int images = 0;
    int inputs = 0; // input, textarea, select, button
    int headings = 0;
    int elements = 0;
};

// A run of text between two block boundaries (an element starting or ending a line).
struct HtmlBlock
{
    qsizetype start = 0; // UTF-16 offsets into HtmlTree::text
    qsizetype end = 0;
    int owner = -1; // the innermost block-level element around the text
    int chars = 0;  // non-space characters
    int linkChars = 0;
    int words = 0;
    int commas = 0;
    int sentenceEnds = 0; // . ! ? and their CJK/Arabic forms, followed by space or end
    int letters = 0;      // letter characters (digits and symbols excluded)
    int cjk = 0;          // ideographs and kana: these scripts write no spaces between words

    double linkDensity() const { return chars > 0 ? double(linkChars) / chars : 0.0; }
};

// The rendered view of a parsed HTML document: its visible text laid out the way a browser would
// and the elements and blocks that text came from.
class HtmlTree final
{
public:
    explicit HtmlTree(_xmlDoc *doc);

    const QString &text() const { return m_text; }

    const QList<HtmlElement> &elements() const { return m_elements; }

    const QList<HtmlBlock> &blocks() const { return m_blocks; }

    int body() const { return m_body; }

    // Whether `ancestor` is `element` or one of its ancestors.
    bool contains(int ancestor, int element) const;
    // Non-space characters of the blocks inside the element, and those of them inside links.
    int chars(int element) const;
    int linkChars(int element) const;
    // Whether the element is, or is inside, an element of this tag.
    int closest(int element, HtmlTag tag) const;

    static HtmlTag tagFor(const char *name);
    static bool isBlockTag(const char *name, HtmlTag tag);

private:
    void build(_xmlNode *root);
    void openElement(_xmlNode *node, HtmlTag tag, bool block);
    void closeElement();
    void appendText(const QString &text, bool preformatted);
    void appendChar(QChar ch);
    void flushPending();
    void closeBlock();
    void lineBreak();

    QString m_text;
    QList<HtmlElement> m_elements;
    QList<HtmlBlock> m_blocks;
    QList<int> m_open;       // elements currently open, outermost first
    QList<int> m_blockChars; // prefix sums of block chars (size blocks + 1)
    QList<int> m_blockLinks; // prefix sums of block link chars
    int m_body = -1;

    // Layout state.
    HtmlBlock m_current;
    bool m_blockOpen = false;
    bool m_blockHasContent = false;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    int m_linkDepth = 0;
    int m_preDepth = 0;
    QChar m_last;
};

} // namespace Chipwatch::Core
