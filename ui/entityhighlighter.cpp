// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "entityhighlighter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>

#include <algorithm>

namespace Chipwatch::Ui {

Q_LOGGING_CATEGORY(lcHighlighter, "chipwatch.ui.highlighter", QtInfoMsg)

namespace {

// How far beyond the visible part (in view heights, each way) a change is highlighted at once, so that
// a short scroll right after it shows finished text.
constexpr double visibleMargin = 0.5;

// Hues far enough apart to tell the types apart at a glance; the figure mark uses no hue of its own.
int kindHue(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Company:
        return 210;
    case MarkKind::Chip:
        return 30;
    case MarkKind::Product:
        return 285;
    case MarkKind::Person:
        return 120;
    case MarkKind::Place:
        return 170;
    case MarkKind::Org:
        return 350;
    case MarkKind::Figure:
        break;
    }
    return 55;
}

QColor mix(const QColor &from, const QColor &to, float amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base).lightnessF() < 0.5F;
}

} // namespace

EntityHighlighter::EntityHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
    m_visible.fill(true);
    updateFormats();
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &EntityHighlighter::runSlice);
    // QSyntaxHighlighter installs itself on a QTextEdit parent's document; follow that view as well.
    if (auto *edit = qobject_cast<QTextEdit *>(parent)) {
        setView(edit);
    }
}

void EntityHighlighter::setMarks(QList<ReaderMark> marks)
{
    // Blocks showing old marks and blocks holding new ones are all that can be wrong now, so the old
    // queue is dropped rather than merged.
    m_sliceTimer.stop();
    m_pending.clear();
    m_pendingCount = 0;
    m_marks = std::move(marks);
    queueBlocks(std::nullopt, true);
    startQueue();
}

const ReaderMark *EntityHighlighter::markAt(int position) const
{
    auto it = std::upper_bound(m_marks.cbegin(), m_marks.cend(), position,
                               [](int pos, const ReaderMark &mark) { return pos < mark.start; });
    if (it == m_marks.cbegin()) {
        return nullptr;
    }
    --it;
    return position < it->start + it->length ? &*it : nullptr;
}

void EntityHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    updateFormats();
    queueBlocks(std::nullopt, false);
    startQueue();
}

void EntityHighlighter::setKindVisible(MarkKind kind, bool visible)
{
    if (isKindVisible(kind) == visible) {
        return;
    }
    m_visible.at(static_cast<size_t>(kind)) = visible;
    // Merged into the queue: blocks still waiting for an earlier change keep their place.
    queueBlocks(kind, false);
    startQueue();
}

void EntityHighlighter::setView(QTextEdit *view)
{
    if (m_view == view) {
        return;
    }
    if (m_view) {
        m_view->viewport()->removeEventFilter(this);
        disconnect(m_view->verticalScrollBar(), nullptr, this, nullptr);
    }
    m_view = view;
    if (m_view) {
        m_view->viewport()->installEventFilter(this);
        connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &EntityHighlighter::highlightVisible);
    }
}

bool EntityHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    // Whatever is about to be painted gets its highlight first, whether it came into view by scrolling,
    // resizing or a layout change.
    // The type is checked first: while the view is being destroyed its viewport still sends events, and the
    // view must not be touched then.
    if ((event->type() == QEvent::Paint || event->type() == QEvent::Resize) && m_view &&
        watched == m_view->viewport()) {
        highlightVisible();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void EntityHighlighter::finishPending()
{
    syncWithDocument();
    m_sliceTimer.stop();
    for (int number = 0; number < static_cast<int>(m_pending.size()) && m_pendingCount > 0; ++number) {
        if (m_pending.at(static_cast<size_t>(number))) {
            highlightBlockNumber(number);
        }
    }
    finishIfDone();
}

void EntityHighlighter::updateFormats()
{
    for (int kind = 0; kind < markKindCount; ++kind) {
        for (const bool suggested : {false, true}) {
            m_formats.at(static_cast<size_t>(kind) * 2 + (suggested ? 1 : 0)) =
                makeFormat(static_cast<MarkKind>(kind), suggested);
        }
    }
}

bool EntityHighlighter::isTracking() const
{
    const QTextDocument *doc = document();
    return doc && doc == m_trackedDocument && static_cast<int>(m_pending.size()) == doc->blockCount();
}

void EntityHighlighter::markBlockPending(int blockNumber)
{
    std::vector<bool>::reference flag = m_pending.at(static_cast<size_t>(blockNumber));
    if (!flag) {
        flag = true;
        ++m_pendingCount;
    }
}

void EntityHighlighter::queueBlocks(std::optional<MarkKind> kind, bool withHighlighted)
{
    QTextDocument *doc = document();
    if (!doc) {
        m_pending.clear();
        m_pendingCount = 0;
        return;
    }
    if (!isTracking()) {
        // A new document, or blocks added or removed: old flags mean nothing, so look at every block.
        m_trackedDocument = doc;
        m_pending.assign(static_cast<size_t>(doc->blockCount()), false);
        m_pendingCount = 0;
        kind.reset();
        withHighlighted = true;
    }
    // Marks are sorted, so most of them fall into the block found for the previous one.
    QTextBlock block;
    int blockNumber = -1;
    for (const ReaderMark &mark : std::as_const(m_marks)) {
        if (kind && mark.kind != *kind) {
            continue;
        }
        if (!block.isValid() || mark.start < block.position() || mark.start >= block.position() + block.length()) {
            block = doc->findBlock(mark.start);
            if (!block.isValid()) {
                continue;
            }
            blockNumber = block.blockNumber();
        }
        markBlockPending(blockNumber);
    }
    if (withHighlighted) {
        int number = 0;
        for (QTextBlock it = doc->begin(); it.isValid(); it = it.next(), ++number) {
            if (!it.layout()->formats().isEmpty()) {
                markBlockPending(number);
            }
        }
    }
}

void EntityHighlighter::syncWithDocument()
{
    if (m_pendingCount > 0 && !isTracking()) {
        qCDebug(lcHighlighter) << "document changed under the highlight queue; queueing its blocks again";
        queueBlocks(std::nullopt, true);
        m_anchorFirst = 0;
        m_anchorLast = -1;
        m_nextBelow = 0;
        m_nextAbove = -1;
    }
}

void EntityHighlighter::startQueue()
{
    if (m_pendingCount == 0) {
        m_sliceTimer.stop();
        finishIfDone();
        return;
    }
    m_queueActive = true;
    // Restart the queue around the view even when the view has not moved since the last change.
    m_anchorFirst = 0;
    m_anchorLast = -1;
    highlightVisible();
    const auto [first, last] = visibleBlocks(visibleMargin);
    m_anchorFirst = first;
    m_anchorLast = last;
    m_nextBelow = last + 1;
    m_nextAbove = first - 1;
    if (m_pendingCount > 0) {
        m_sliceTimer.start();
    } else {
        finishIfDone();
    }
}

std::pair<int, int> EntityHighlighter::visibleBlocks(double margin) const
{
    const QTextDocument *doc = document();
    if (!doc || !m_view || m_view->document() != doc) {
        return {0, -1};
    }
    const QRect area = m_view->viewport()->rect();
    const int extra = static_cast<int>(area.height() * margin);
    const int first = m_view->cursorForPosition(QPoint(0, area.top() - extra)).blockNumber();
    const int last = m_view->cursorForPosition(QPoint(area.right(), area.bottom() + extra)).blockNumber();
    return {std::max(0, first), std::min(doc->blockCount() - 1, last)};
}

void EntityHighlighter::highlightVisible()
{
    if (m_pendingCount == 0 || m_inVisiblePass || !document()) {
        return;
    }
    syncWithDocument();
    // Highlighting relayouts blocks, which can move the scroll bar and paint: no re-entry from there.
    m_inVisiblePass = true;
    const auto [first, last] = visibleBlocks(visibleMargin);
    for (int number = first; number <= last && m_pendingCount > 0; ++number) {
        if (m_pending.at(static_cast<size_t>(number))) {
            highlightBlockNumber(number);
        }
    }
    m_inVisiblePass = false;
    if (first != m_anchorFirst || last != m_anchorLast) {
        // The reader moved: continue the queue around where it is now.
        m_anchorFirst = first;
        m_anchorLast = last;
        m_nextBelow = last + 1;
        m_nextAbove = first - 1;
    }
    finishIfDone();
}

void EntityHighlighter::highlightBlockNumber(int blockNumber)
{
    rehighlightBlock(document()->findBlockByNumber(blockNumber));
    // highlightBlock() clears the flag; a block it did not reach must not stall the queue.
    if (isTracking() && m_pending.at(static_cast<size_t>(blockNumber))) {
        m_pending.at(static_cast<size_t>(blockNumber)) = false;
        --m_pendingCount;
    }
}

int EntityHighlighter::takeNearestPending()
{
    const int count = static_cast<int>(m_pending.size());
    const auto pending = [this](int number) { return m_pending.at(static_cast<size_t>(number)); };
    while (m_nextBelow < count && !pending(m_nextBelow)) {
        ++m_nextBelow;
    }
    while (m_nextAbove >= 0 && (m_nextAbove >= count || !pending(m_nextAbove))) {
        --m_nextAbove;
    }
    const bool hasBelow = m_nextBelow < count;
    const bool hasAbove = m_nextAbove >= 0;
    if (!hasBelow && !hasAbove) {
        // Both directions are done, so the count and the flags disagree: trust the flags.
        m_pendingCount = static_cast<int>(std::count(m_pending.cbegin(), m_pending.cend(), true));
        if (m_pendingCount == 0) {
            return -1;
        }
        m_nextBelow = 0;
        m_anchorLast = -1;
        return takeNearestPending();
    }
    // People read downwards: at equal distance the block below comes first.
    if (hasBelow && (!hasAbove || m_nextBelow - m_anchorLast <= m_anchorFirst - m_nextAbove)) {
        return m_nextBelow++;
    }
    return m_nextAbove--;
}

void EntityHighlighter::runSlice()
{
    if (!document()) {
        m_pending.clear();
        m_pendingCount = 0;
        finishIfDone();
        return;
    }
    syncWithDocument();
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = std::chrono::nanoseconds(m_sliceBudget).count();
    int done = 0;
    while (m_pendingCount > 0) {
        const int number = takeNearestPending();
        if (number < 0) {
            break;
        }
        highlightBlockNumber(number);
        ++done;
        if (clock.nsecsElapsed() >= budget) {
            break;
        }
    }
    qCDebug(lcHighlighter) << "highlighted" << done << "blocks in" << clock.nsecsElapsed() / 1000 << "us,"
                           << m_pendingCount << "waiting";
    if (m_pendingCount > 0) {
        m_sliceTimer.start();
    } else {
        finishIfDone();
    }
}

void EntityHighlighter::finishIfDone()
{
    if (m_pendingCount == 0 && m_queueActive) {
        m_queueActive = false;
        m_sliceTimer.stop();
        Q_EMIT pendingFinished();
    }
}

QColor EntityHighlighter::kindColor(MarkKind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor hue = QColor::fromHsv(kindHue(kind), dark ? 170 : 200, dark ? 200 : 235);
    // Stronger on dark bases, where a faint tint disappears; light text on it stays readable either way.
    return mix(palette.color(QPalette::Active, QPalette::Base), hue, dark ? 0.42F : 0.32F);
}

QString EntityHighlighter::kindName(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Company:
        return QCoreApplication::translate("EntityHighlighter", "Companies");
    case MarkKind::Chip:
        return QCoreApplication::translate("EntityHighlighter", "Chips");
    case MarkKind::Product:
        return QCoreApplication::translate("EntityHighlighter", "Products");
    case MarkKind::Person:
        return QCoreApplication::translate("EntityHighlighter", "People");
    case MarkKind::Place:
        return QCoreApplication::translate("EntityHighlighter", "Places");
    case MarkKind::Org:
        return QCoreApplication::translate("EntityHighlighter", "Organisations");
    case MarkKind::Figure:
        break;
    }
    return QCoreApplication::translate("EntityHighlighter", "Figures");
}

QTextCharFormat EntityHighlighter::format(MarkKind kind, bool suggested) const
{
    return m_formats.at(static_cast<size_t>(kind) * 2 + (suggested ? 1 : 0));
}

QTextCharFormat EntityHighlighter::makeFormat(MarkKind kind, bool suggested) const
{
    QTextCharFormat result;
    const QColor color = kindColor(kind, m_palette);
    if (kind == MarkKind::Figure) {
        // Figures sit inside sentences that are often full of names: weight and a line, no background.
        result.setFontWeight(QFont::DemiBold);
        result.setFontUnderline(true);
        result.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        result.setUnderlineColor(
            mix(m_palette.color(QPalette::Active, QPalette::Text), QColor::fromHsv(kindHue(kind), 255, 220), 0.6F));
    } else if (suggested) {
        // A guess from context, not a knowledge-base entry: only a dotted line in the type's hue.
        result.setUnderlineStyle(QTextCharFormat::DotLine);
        result.setUnderlineColor(
            mix(m_palette.color(QPalette::Active, QPalette::Text), QColor::fromHsv(kindHue(kind), 255, 230), 0.7F));
    } else {
        result.setBackground(color);
    }
    result.setProperty(QTextFormat::UserProperty, static_cast<int>(kind));
    result.setProperty(QTextFormat::UserProperty + 1, suggested);
    return result;
}

void EntityHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (m_pendingCount > 0 && isTracking()) {
        std::vector<bool>::reference flag = m_pending.at(static_cast<size_t>(block.blockNumber()));
        if (flag) {
            flag = false;
            --m_pendingCount;
        }
    }
    if (m_marks.isEmpty()) {
        return;
    }
    const int blockStart = block.position();
    const int blockEnd = blockStart + static_cast<int>(text.size());
    auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), blockStart,
                               [](const ReaderMark &mark, int pos) { return mark.start < pos; });
    for (; it != m_marks.cend() && it->start < blockEnd; ++it) {
        if (!isKindVisible(it->kind)) {
            continue;
        }
        const int length = std::min(it->length, blockEnd - it->start);
        setFormat(it->start - blockStart, length, format(it->kind, it->suggested));
    }
}

} // namespace Chipwatch::Ui
