// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "readerview.h"

#include "text/metadataextractor.h"

#include <QContextMenuEvent>
#include <QDate>
#include <QEvent>
#include <QFileInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

namespace {

QString foldWhitespace(QStringView text)
{
    return text.toString().simplified();
}

// A short line without closing punctuation inside an article is a sub-heading in practice; showing it
// bold restores the structure that the plain text lost. Lines that are a date or a "Label: value" pair
// (author, source, photo credit) are left alone: they are short for another reason.
bool looksLikeHeading(QStringView line)
{
    if (line.size() > 90 || line.isEmpty() || !line.front().isLetter()) {
        return false;
    }
    const QChar last = line.back();
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u',' || last == u';' || last == u'"' ||
        last == u'\u201C' || last == u'\u00BB' || last == u')') {
        return false;
    }
    const qsizetype colon = line.indexOf(u':');
    if (colon > 0) {
        const auto words = [](QStringView part) { return part.trimmed().split(u' ', Qt::SkipEmptyParts).size(); };
        if (words(line.left(colon)) == 1 && words(line.mid(colon + 1)) <= 2) {
            return false;
        }
    }
    return true;
}

// Qt lays out a block as a whole, in time that grows with the square of a run without a break opportunity: one
// 3 MB line froze the window for minutes (issue 10). A longer line is shown as consecutive blocks ("pieces") of at
// most this many characters, without spacing between them, so that they still read as one paragraph.
constexpr qsizetype maxPieceLength = 1000;

// Building and laying out the document costs about a quarter of a microsecond of CPU per character and some ten per
// block, all of it before the first paint (Qt's lazy layout would block the event loop for tens of milliseconds per
// step instead). So the reader shows at most this much of an article, some 15,000 words, and says so below it: that
// keeps opening any article well under 100 ms, even on a busy machine. The block limit is for files of mostly line
// breaks, where every line is a block.
constexpr qsizetype maxShownCharacters = 100'000;
constexpr int maxShownBlocks = 4'000;

// The end of the display piece of text[from, end) that starts at `from`: `end` when the rest fits, otherwise just
// after the last white space in the second half of the allowed length, otherwise hard at the bound (never between
// the halves of a surrogate pair). Every piece is an unchanged run of the text, so the position mapping stays exact.
qsizetype pieceEnd(QStringView text, qsizetype from, qsizetype end)
{
    if (end - from <= maxPieceLength) {
        return end;
    }
    const qsizetype limit = from + maxPieceLength;
    for (qsizetype at = limit; at > from + maxPieceLength / 2; --at) {
        if (text.at(at - 1).isSpace()) {
            return at;
        }
    }
    return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
}

// The format of one piece of a line: the line's spacing above its first piece and below its last one only.
QTextBlockFormat pieceFormat(QTextBlockFormat format, bool first, bool last)
{
    if (!first) {
        format.setTopMargin(0);
    }
    if (!last) {
        format.setBottomMargin(0);
    }
    return format;
}

// Around a selection: white space and the punctuation that is never part of a name.
bool trimmedAway(QChar c)
{
    static const QString punctuation = u".,;:!?\"'()[]{}\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019\u201A"_s;
    return c.isSpace() || punctuation.contains(c);
}

QString typeLabel(Core::EntityType type)
{
    switch (type) {
    case Core::EntityType::Company:
        return ReaderView::tr("&Company");
    case Core::EntityType::Chip:
        return ReaderView::tr("C&hip");
    case Core::EntityType::Product:
        return ReaderView::tr("&Product");
    case Core::EntityType::Person:
        return ReaderView::tr("P&erson");
    case Core::EntityType::Place:
        return ReaderView::tr("P&lace");
    case Core::EntityType::Org:
        return ReaderView::tr("&Organisation");
    }
    return {};
}

QString figureLabel(Core::FigureType type)
{
    switch (type) {
    case Core::FigureType::Money:
        return ReaderView::tr("money");
    case Core::FigureType::Percent:
        return ReaderView::tr("percentage");
    case Core::FigureType::Quantity:
        return ReaderView::tr("quantity");
    case Core::FigureType::Date:
        return ReaderView::tr("date");
    }
    return {};
}

QString displayDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (date.isValid()) {
        return QLocale().toString(date, QLocale::LongFormat);
    }
    return iso; // a year or a month: already short and unambiguous
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"readerView"_s);
    setAccessibleName(tr("Article reader"));
    setOpenExternalLinks(true);
    setReadOnly(true);
    // A caret the arrow keys move, so that a highlight can be reached and opened (Enter) without a mouse.
    setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByKeyboard);
    // Drops belong to the main window (import), not to the text.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    // A scroll bar that appears when a long article replaces a short one narrows the text, and Qt then lays the
    // whole document out a second time: that doubled the time to open a long article.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    document()->setDocumentMargin(18);
    // The text is rebuilt for every article and never edited: undo steps would only cost time and memory.
    document()->setUndoRedoEnabled(false);
    m_highlighter = new EntityHighlighter(this);
    m_highlighter->setPalette(palette());
    render();
}

QColor ReaderView::clutterColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    // 45 % of the way from the text colour to the background keeps enough contrast to stay readable while
    // being plainly secondary, in dark palettes as in light ones.
    constexpr float towardsBase = 0.45F;
    return QColor::fromRgbF(text.redF() + (base.redF() - text.redF()) * towardsBase,
                            text.greenF() + (base.greenF() - text.greenF()) * towardsBase,
                            text.blueF() + (base.blueF() - text.blueF()) * towardsBase);
}

void ReaderView::setArticle(const std::optional<Core::StoredArticle> &article,
                            const std::optional<Core::ArticleAnalysis> &analysis)
{
    m_article = article;
    m_analysis = article ? analysis : std::nullopt;
    render();
}

void ReaderView::setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase> kb)
{
    m_kb = std::move(kb);
}

int ReaderView::documentPosition(qsizetype originalPosition) const
{
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), originalPosition,
                               [](qsizetype pos, const Segment &segment) { return pos < segment.original; });
    if (it == m_segments.cbegin()) {
        return -1;
    }
    --it;
    if (originalPosition >= it->original + it->length) {
        return -1;
    }
    return it->document + static_cast<int>(originalPosition - it->original);
}

qsizetype ReaderView::originalPosition(int documentPosition) const
{
    // Segments are sorted by document position too.
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), documentPosition,
                               [](int pos, const Segment &segment) { return pos < segment.document; });
    if (it == m_segments.cbegin()) {
        return -1;
    }
    --it;
    if (documentPosition >= it->document + it->length) {
        return -1;
    }
    return it->original + (documentPosition - it->document);
}

std::optional<Core::TextSpan> ReaderView::originalRange(int from, int to) const
{
    qsizetype start = -1;
    qsizetype end = -1;
    for (const Segment &segment : std::as_const(m_segments)) {
        const int segmentEnd = segment.document + int(segment.length);
        if (segmentEnd <= from || segment.document >= to) {
            continue;
        }
        if (start < 0) {
            start = segment.original + (std::max(from, segment.document) - segment.document);
        }
        end = segment.original + (std::min(to, segmentEnd) - segment.document);
    }
    if (start < 0 || end <= start) {
        return std::nullopt;
    }
    return Core::TextSpan{start, end};
}

std::optional<Core::TextSpan> ReaderView::selectedOriginalRange() const
{
    const QTextCursor cursor = textCursor();
    if (!m_article || !cursor.hasSelection()) {
        return std::nullopt;
    }
    auto range = originalRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range) {
        return std::nullopt;
    }
    const QString &text = m_article->document.text;
    while (range->start < range->end && trimmedAway(text.at(range->start))) {
        ++range->start;
    }
    while (range->end > range->start && trimmedAway(text.at(range->end - 1))) {
        --range->end;
    }
    if (range->end <= range->start) {
        return std::nullopt;
    }
    return range;
}

QString ReaderView::originalText(const Core::TextSpan &span) const
{
    if (!m_article) {
        return {};
    }
    return m_article->document.text.mid(span.start, span.end - span.start);
}

QMenu *ReaderView::buildContextMenu(const QPoint &pos)
{
    // The standard menu wants document coordinates (for links under the mouse).
    QMenu *menu = createStandardContextMenu(
        QPoint(pos.x() + horizontalScrollBar()->value(), pos.y() + verticalScrollBar()->value()));
    menu->setObjectName(u"readerContextMenu"_s);
    if (!m_article) {
        return menu;
    }
    constexpr qsizetype maxSurface = 120; // a name, not a paragraph
    if (const auto range = selectedOriginalRange()) {
        const QString surface = originalText(*range).simplified();
        if (surface.size() > maxSurface || originalText(*range).contains(u'\n')) {
            return menu;
        }
        menu->addSeparator();
        QMenu *markAs = menu->addMenu(tr("&Mark as"));
        markAs->setObjectName(u"markAsMenu"_s);
        for (const Core::EntityType type :
             {Core::EntityType::Company, Core::EntityType::Chip, Core::EntityType::Product, Core::EntityType::Person,
              Core::EntityType::Place, Core::EntityType::Org}) {
            QAction *action = markAs->addAction(typeLabel(type));
            action->setObjectName(u"markAs%1Action"_s.arg(Core::entityTypeName(type)));
            connect(action, &QAction::triggered, this,
                    [this, surface, type] { Q_EMIT markAsRequested(surface, type); });
        }
        // A name the knowledge base knows (an alias as written elsewhere) is better linked than duplicated.
        if (m_kb) {
            if (const Core::KbEntity *known = m_kb->entityByName(surface)) {
                QAction *link = menu->addAction(tr("Link to %1").arg(known->name));
                link->setObjectName(u"linkToKnownAction"_s);
                const QString id = known->id;
                connect(link, &QAction::triggered, this, [this, surface, id] { Q_EMIT linkToRequested(surface, id); });
            }
        }
        return menu;
    }
    const ReaderMark *mark = m_highlighter->markAt(cursorForPosition(pos).position());
    if (!m_analysis || !mark || mark->kind == MarkKind::Figure || !m_highlighter->isKindVisible(mark->kind)) {
        return menu;
    }
    const Core::EntityMention mention = m_analysis->entities.at(mark->index);
    const QString surface = originalText(mention.span).simplified();
    menu->addSeparator();
    if (mention.suggested) {
        QAction *accept = menu->addAction(tr("&Accept as %1").arg(typeLabel(mention.type).remove(u'&')));
        accept->setObjectName(u"acceptSuggestionAction"_s);
        connect(accept, &QAction::triggered, this,
                [this, mention] { Q_EMIT acceptSuggestionRequested(mention.canonical, mention.type); });
    }
    QAction *reject = menu->addAction(tr("&Not an Entity"));
    reject->setObjectName(u"notAnEntityAction"_s);
    connect(reject, &QAction::triggered, this, [this, surface] { Q_EMIT notAnEntityRequested(surface); });
    QAction *link = menu->addAction(tr("&Link to\u2026"));
    link->setObjectName(u"linkToAction"_s);
    connect(link, &QAction::triggered, this, [this, surface] { Q_EMIT linkToRequested(surface, QString()); });
    return menu;
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (menu key, Shift+F10) the menu is about the text cursor, not the mouse.
    const QPoint pos = event->reason() == QContextMenuEvent::Keyboard ? cursorRect().center() : event->pos();
    QMenu *menu = buildContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->reason() == QContextMenuEvent::Keyboard ? viewport()->mapToGlobal(pos) : event->globalPos());
}

bool ReaderView::revealEntity(int index)
{
    const auto &marks = m_highlighter->marks();
    const auto found = std::find_if(marks.cbegin(), marks.cend(), [index](const ReaderMark &mark) {
        return mark.index == index && mark.kind != MarkKind::Figure;
    });
    if (found == marks.cend()) {
        return false;
    }
    QTextCursor cursor(document());
    cursor.setPosition(found->start);
    cursor.setPosition(found->start + found->length, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

bool ReaderView::revealRange(qsizetype start, qsizetype end)
{
    if (!m_article || end <= start) {
        return false;
    }
    // The range may begin or end in text the view leaves out; select the shown part between.
    int from = -1;
    int to = -1;
    for (const Segment &segment : std::as_const(m_segments)) {
        const qsizetype segmentEnd = segment.original + segment.length;
        if (segmentEnd <= start || segment.original >= end) {
            continue;
        }
        const qsizetype first = std::max(start, segment.original);
        const qsizetype last = std::min(end, segmentEnd);
        if (from < 0) {
            from = segment.document + static_cast<int>(first - segment.original);
        }
        to = segment.document + static_cast<int>(last - segment.original);
    }
    if (from < 0) {
        return false;
    }
    QTextCursor cursor(document());
    cursor.setPosition(to);
    ensureCursorVisible();
    cursor.setPosition(from, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

void ReaderView::addSegment(qsizetype original, qsizetype length, int document)
{
    if (length > 0) {
        m_segments.append({original, length, document});
        m_shownCharacters += length;
    }
}

void ReaderView::updateMarks()
{
    QList<ReaderMark> marks;
    if (m_analysis) {
        // Cuts an original span into the shown segments it touches (one per line at most).
        const auto mapSpan = [this, &marks](const Core::TextSpan &span, MarkKind kind, bool suggested, int index) {
            auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), span.start,
                                       [](qsizetype pos, const Segment &segment) { return pos < segment.original; });
            if (it != m_segments.cbegin()) {
                --it;
            }
            for (; it != m_segments.cend() && it->original < span.end; ++it) {
                const qsizetype from = std::max(span.start, it->original);
                const qsizetype to = std::min(span.end, it->original + it->length);
                if (from < to) {
                    marks.append({it->document + static_cast<int>(from - it->original), static_cast<int>(to - from),
                                  kind, suggested, index});
                }
            }
        };
        for (int i = 0; i < m_analysis->entities.size(); ++i) {
            const Core::EntityMention &mention = m_analysis->entities.at(i);
            mapSpan(mention.span, static_cast<MarkKind>(mention.type), mention.suggested, i);
        }
        for (int i = 0; i < m_analysis->figures.size(); ++i) {
            mapSpan(m_analysis->figures.at(i).span, MarkKind::Figure, false, i);
        }
        std::sort(marks.begin(), marks.end(),
                  [](const ReaderMark &a, const ReaderMark &b) { return a.start < b.start; });
        // A figure inside a name (or the reverse) would make lookups ambiguous: the earlier mark wins.
        QList<ReaderMark> disjoint;
        disjoint.reserve(marks.size());
        for (const ReaderMark &mark : std::as_const(marks)) {
            if (!disjoint.isEmpty() && mark.start < disjoint.constLast().start + disjoint.constLast().length) {
                continue;
            }
            disjoint.append(mark);
        }
        marks = std::move(disjoint);
    }
    m_highlighter->setMarks(std::move(marks));
}

QString ReaderView::toolTipFor(const ReaderMark &mark) const
{
    if (!m_analysis) {
        return {};
    }
    if (mark.kind == MarkKind::Figure) {
        const Core::Figure &figure = m_analysis->figures.at(mark.index);
        QString value = QLocale().toString(figure.value, 'g', 12);
        if (figure.valueHigh != figure.value) {
            value = tr("%1 to %2").arg(value, QLocale().toString(figure.valueHigh, 'g', 12));
        }
        if (!figure.isoDate.isEmpty()) {
            value = figure.isoDate;
        }
        return tr("<b>%1</b><br/>Figure (%2)")
            .arg(QString(value + u' ' + figure.unit).trimmed().toHtmlEscaped(), figureLabel(figure.type));
    }
    const Core::EntityMention &mention = m_analysis->entities.at(mark.index);
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(mention.canonical.toHtmlEscaped());
    QString type = Core::entityTypeName(mention.type);
    if (mention.suggested) {
        type = tr("%1, suggested name (not in the knowledge base)").arg(type);
    }
    lines << type.toHtmlEscaped();
    if (m_kb && !mention.entityId.isEmpty()) {
        if (const Core::KbEntity *vendor = m_kb->vendorOf(mention.entityId)) {
            lines << tr("Vendor: %1").arg(vendor->name.toHtmlEscaped());
        }
        if (const Core::KbEntity *parent = m_kb->parentOf(mention.entityId)) {
            lines << tr("Part of: %1").arg(parent->name.toHtmlEscaped());
        }
    }
    return lines.join(u"<br/>"_s);
}

bool ReaderView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const ReaderMark *mark = m_highlighter->markAt(cursorForPosition(inViewport).position());
        if (mark && m_highlighter->isKindVisible(mark->kind)) {
            QToolTip::showText(help->globalPos(), toolTipFor(*mark), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QTextBrowser::event(event);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection()) {
        return;
    }
    const ReaderMark *mark = m_highlighter->markAt(cursorForPosition(event->position().toPoint()).position());
    if (mark && mark->kind != MarkKind::Figure && m_highlighter->isKindVisible(mark->kind)) {
        Q_EMIT entityClicked(mark->index);
    }
}

ReaderView::~ReaderView()
{
    // The highlighter watches this view's viewport; it lets go while the view is still whole.
    m_highlighter->setView(nullptr);
}

bool ReaderView::activateEntityAtCursor()
{
    const QTextCursor cursor = textCursor();
    // A selected highlight (revealed, or selected with Shift+arrows) counts as well as the caret inside one.
    for (const int position : {cursor.selectionStart(), cursor.position()}) {
        const ReaderMark *mark = m_highlighter->markAt(position);
        if (mark && mark->kind != MarkKind::Figure && m_highlighter->isKindVisible(mark->kind)) {
            Q_EMIT entityClicked(mark->index);
            return true;
        }
    }
    return false;
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier &&
        activateEntityAtCursor()) {
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::setEmptyText(const QString &text)
{
    if (m_emptyText == text) {
        return;
    }
    m_emptyText = text;
    if (!m_article) {
        render();
    }
}

void ReaderView::setShowOriginal(bool show)
{
    if (m_showOriginal == show) {
        return;
    }
    m_showOriginal = show;
    render();
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // The clutter colour is derived from the palette, so a palette or font change needs a new rendering.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_highlighter->setPalette(palette());
        render();
    }
}

void ReaderView::render()
{
    // Detached to drop the previous article's marks and highlights, then attached again to the empty
    // document: attaching to a filled one would schedule a full rehighlight. Without marks, a block
    // inserted below costs the highlighter next to nothing; updateMarks() then highlights what is
    // visible at once and the rest in the background.
    m_highlighter->setDocument(nullptr);
    m_highlighter->setMarks({});
    m_segments.clear();
    m_shownCharacters = 0;
    m_shownBlocks = 0;
    m_truncated = false;
    document()->clear();
    m_highlighter->setDocument(document());
    if (!m_article) {
        renderPlaceholder();
        return;
    }
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    renderHeader(cursor, *m_article);
    if (m_showOriginal) {
        renderOriginal(cursor, *m_article);
    } else {
        renderCleaned(cursor, *m_article);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
    updateMarks();
}

void ReaderView::renderPlaceholder()
{
    QTextCursor cursor(document());
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignCenter);
    block.setTopMargin(40);
    block.setLeftMargin(24);
    block.setRightMargin(24);
    QTextCharFormat chars;
    chars.setForeground(clutterColor(palette()));
    cursor.setBlockFormat(block);
    cursor.insertText(m_emptyText.isEmpty() ? tr("Select an article in the list to read it.") : m_emptyText, chars);
}

void ReaderView::renderHeader(QTextCursor &cursor, const Core::StoredArticle &article)
{
    const Core::ArticleMetadata &meta = article.document.meta;
    const QString fileName = QFileInfo(article.filePath).fileName();

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(6);
    QTextCharFormat titleChars;
    titleChars.setFontPointSize(font().pointSizeF() * 1.6);
    titleChars.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(meta.title.isEmpty() ? fileName : meta.title, titleChars);

    QStringList parts;
    for (const QString &part : {meta.source, displayDate(meta.date), meta.author, meta.language.toUpper(), fileName}) {
        if (!part.isEmpty()) {
            parts << part;
        }
    }
    QTextBlockFormat metaBlock;
    metaBlock.setBottomMargin(14);
    QTextCharFormat metaChars;
    metaChars.setForeground(clutterColor(palette()));
    cursor.insertBlock(metaBlock, metaChars);
    cursor.insertText(parts.join(u"  \u00B7  "_s), metaChars);
    // Libraries written before addresses were checked may hold "file:" or "javascript:" ones: only a web page is
    // offered, as it opens outside the application.
    if (const QString url = Core::MetadataExtractor::webUrl(meta.url); !url.isEmpty()) {
        QTextCharFormat link = metaChars;
        link.setAnchor(true);
        link.setAnchorHref(url);
        link.setForeground(palette().color(QPalette::Link));
        cursor.insertText(u"  \u00B7  "_s, metaChars);
        cursor.insertText(tr("Web page"), link);
    }
}

void ReaderView::renderCleaned(QTextCursor &cursor, const Core::StoredArticle &article)
{
    const Core::CleanedDocument &doc = article.document;
    const QString title = foldWhitespace(doc.meta.title);

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(8);
    paragraph.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    QTextBlockFormat heading = paragraph;
    heading.setTopMargin(6);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);

    bool first = true;
    for (const Core::TextSpan &span : doc.body) {
        const QStringView spanText = QStringView(doc.text).mid(span.start, span.length());
        qsizetype lineOffset = span.start;
        for (QStringView rawLine : spanText.split(u'\n')) {
            const qsizetype rawStart = lineOffset;
            lineOffset += rawLine.size() + 1;
            const QStringView line = rawLine.trimmed();
            if (line.isEmpty()) {
                continue;
            }
            // The headline usually opens the body too; it is already shown as the title.
            // (A line much longer than the title is not worth folding: it may be megabytes long.)
            if (first && line.size() <= 2 * title.size() + 200 && foldWhitespace(line) == title) {
                first = false;
                continue;
            }
            first = false;
            const bool isHeading = looksLikeHeading(line);
            const QTextBlockFormat &lineFormat = isHeading ? heading : paragraph;
            const QTextCharFormat &chars = isHeading ? bold : plain;
            // trimmed() only cuts at the ends, so the line is one unchanged run of the original text.
            const qsizetype lineStart = rawStart + (line.data() - rawLine.data());
            const qsizetype lineEnd = lineStart + line.size();
            for (qsizetype from = lineStart; from < lineEnd;) {
                if (budgetSpent()) {
                    renderTooLongNote(cursor, from, doc.text.size());
                    return;
                }
                const qsizetype to = pieceEnd(doc.text, from, lineEnd);
                cursor.insertBlock(pieceFormat(lineFormat, from == lineStart, to == lineEnd), chars);
                addSegment(from, to - from, cursor.position());
                cursor.insertText(doc.text.mid(from, to - from), chars);
                ++m_shownBlocks;
                from = to;
            }
        }
    }
    if (first) {
        QTextCharFormat note;
        note.setForeground(clutterColor(palette()));
        note.setFontItalic(true);
        cursor.insertBlock(paragraph, note);
        cursor.insertText(tr("The cleaner kept no article text in this file. Use View \u203A Show Original to "
                             "see everything it contains."),
                          note);
    }
}

void ReaderView::renderOriginal(QTextCursor &cursor, const Core::StoredArticle &article)
{
    const Core::CleanedDocument &doc = article.document;
    const QColor clutter = clutterColor(palette());

    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(4);
    paragraph.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat kept;
    QTextCharFormat dropped;
    dropped.setForeground(clutter);
    QTextCharFormat legend = dropped;
    legend.setFontItalic(true);

    QTextBlockFormat legendBlock = paragraph;
    legendBlock.setBottomMargin(12);
    cursor.insertBlock(legendBlock, legend);
    cursor.insertText(tr("Original text of the file. Greyed: page clutter that the cleaner removed."), legend);

    // Walk the text line by line and cut each line at the body boundaries, so a line that is only partly
    // article shows which part was kept. Body spans are sorted and disjoint.
    const QString &text = doc.text;
    qsizetype spanIndex = 0;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = text.size();
        }
        // An overlong line is shown in pieces, each cut at the body boundaries in turn.
        qsizetype pieceStart = lineStart;
        do {
            if (budgetSpent()) {
                renderTooLongNote(cursor, pieceStart, text.size());
                return;
            }
            const qsizetype pieceStop = pieceEnd(text, pieceStart, lineEnd);
            cursor.insertBlock(pieceFormat(paragraph, pieceStart == lineStart, pieceStop == lineEnd), kept);
            renderOriginalRun(cursor, doc, pieceStart, pieceStop, spanIndex, kept, dropped);
            ++m_shownBlocks;
            pieceStart = pieceStop;
        } while (pieceStart < lineEnd);
        if (lineEnd >= text.size()) {
            break;
        }
        lineStart = lineEnd + 1;
    }
}

void ReaderView::renderOriginalRun(QTextCursor &cursor, const Core::CleanedDocument &doc, qsizetype from, qsizetype to,
                                   qsizetype &spanIndex, const QTextCharFormat &kept, const QTextCharFormat &dropped)
{
    const QString &text = doc.text;
    qsizetype pos = from;
    while (pos < to) {
        while (spanIndex < doc.body.size() && doc.body.at(spanIndex).end <= pos) {
            ++spanIndex;
        }
        qsizetype segmentEnd = to;
        bool inBody = false;
        if (spanIndex < doc.body.size()) {
            const Core::TextSpan &span = doc.body.at(spanIndex);
            if (span.start <= pos) {
                inBody = true;
                segmentEnd = std::min(to, span.end);
            } else {
                segmentEnd = std::min(to, span.start);
            }
        }
        QString segment = text.mid(pos, segmentEnd - pos);
        // Carriage returns end lines; the run before the first one maps one to one.
        const qsizetype cr = segment.indexOf(u'\r');
        addSegment(pos, cr < 0 ? segment.size() : cr, cursor.position());
        segment.remove(u'\r');
        cursor.insertText(segment, inBody ? kept : dropped);
        pos = segmentEnd;
    }
}

bool ReaderView::budgetSpent() const
{
    return m_shownCharacters >= maxShownCharacters || m_shownBlocks >= maxShownBlocks;
}

void ReaderView::renderTooLongNote(QTextCursor &cursor, qsizetype stoppedAt, qsizetype textSize)
{
    m_truncated = true;
    QTextBlockFormat block;
    block.setTopMargin(12);
    QTextCharFormat note;
    note.setForeground(clutterColor(palette()));
    note.setFontItalic(true);
    cursor.insertBlock(block, note);
    cursor.insertText(tr("The article is too long to show whole: the reader stops at character %L1 of %L2.")
                          .arg(stoppedAt)
                          .arg(textSize),
                      note);
}

} // namespace Chipwatch::Ui
