// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextEdit>
#include <QTimer>

#include <array>
#include <chrono>
#include <optional>
#include <vector>

namespace Chipwatch::Ui {

// What a highlight stands for. The first six follow Core::EntityType, in its order.
enum class MarkKind { Company, Chip, Product, Person, Place, Org, Figure };
inline constexpr int markKindCount = 7;

// One highlighted range in the reader's document. A mention that runs over a line break becomes one mark
// per block, so every mark lies inside a single block.
struct ReaderMark
{
    int start = 0; // document position
    int length = 0;
    MarkKind kind = MarkKind::Company;
    bool suggested = false;
    int index = -1; // into the analysis' entities (or figures, for MarkKind::Figure)
};

// Paints entity and figure marks into the reader. Marks are kept sorted by position, so each block finds
// its own with one binary search: highlighting stays cheap on very long articles.
//
// Work is proportional to what is visible: a change (new marks, a type switched on or off, a new palette)
// re-highlights the blocks in the view (plus a margin) at once and queues the other affected blocks, which
// a zero-interval timer then highlights in slices of a few milliseconds, nearest to the view first. Blocks
// scrolled into view before their turn are highlighted before they are painted. New marks replace the
// queue (a new article drops the old one's); a type switched or a new palette adds its blocks to it.
// Installed with a QTextEdit as parent, the highlighter follows that view by itself.
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityHighlighter)

public:
    explicit EntityHighlighter(QObject *parent = nullptr);

    // `marks` must be sorted by start and not overlap.
    void setMarks(QList<ReaderMark> marks);

    const QList<ReaderMark> &marks() const { return m_marks; }

    // The mark covering document position `position`, or nullptr.
    const ReaderMark *markAt(int position) const;

    void setPalette(const QPalette &palette);
    void setKindVisible(MarkKind kind, bool visible);

    bool isKindVisible(MarkKind kind) const { return m_visible.at(static_cast<size_t>(kind)); }

    QTextCharFormat format(MarkKind kind, bool suggested) const;

    // The view whose visible blocks are highlighted first; nullptr to work from the top of the document.
    void setView(QTextEdit *view);

    QTextEdit *view() const { return m_view; }

    // Blocks still waiting for their highlight after the last change; 0 when every block is right.
    int pendingBlocks() const { return m_pendingCount; }

    // Highlights every waiting block now (a full rehighlight() redoes all blocks instead).
    void finishPending();

    // How long one slice of queued work may run before it yields to the event loop.
    void setSliceBudget(std::chrono::microseconds budget) { m_sliceBudget = budget; }

    std::chrono::microseconds sliceBudget() const { return m_sliceBudget; }

    // A tint of the kind's hue laid over the palette's base colour: a background that keeps the text
    // readable in light and dark palettes alike.
    static QColor kindColor(MarkKind kind, const QPalette &palette);
    static QString kindName(MarkKind kind);

Q_SIGNALS:
    // The queue of waiting blocks ran empty: every block shows the current marks.
    void pendingFinished();

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextCharFormat makeFormat(MarkKind kind, bool suggested) const;
    void updateFormats();
    // Adds to the queue every block that holds a mark (of `kind` only, when given) and, with
    // `withHighlighted`, every block that still shows a highlight.
    void queueBlocks(std::optional<MarkKind> kind, bool withHighlighted);
    void markBlockPending(int blockNumber);
    // Highlights the visible blocks now and lets the timer do the rest, nearest to the view first.
    void startQueue();
    // When the document or its blocks changed under the queue, queues again whatever may be wrong.
    void syncWithDocument();
    bool isTracking() const;
    // First and last block number of the view, extended by `margin` view heights each way.
    std::pair<int, int> visibleBlocks(double margin) const;
    void highlightVisible();
    void highlightBlockNumber(int blockNumber);
    int takeNearestPending();
    void runSlice();
    void finishIfDone();

    QList<ReaderMark> m_marks;
    QPalette m_palette;
    std::array<bool, markKindCount> m_visible{};
    std::array<QTextCharFormat, markKindCount * 2> m_formats;

    QPointer<QTextEdit> m_view;
    QTimer m_sliceTimer;
    std::chrono::microseconds m_sliceBudget{std::chrono::milliseconds(6)};
    std::vector<bool> m_pending; // by block number
    int m_pendingCount = 0;
    // Where the queue continues, below and above the part of the document that was last visible.
    int m_nextBelow = 0;
    int m_nextAbove = -1;
    int m_anchorFirst = 0;
    int m_anchorLast = -1;
    QPointer<QTextDocument> m_trackedDocument;
    bool m_inVisiblePass = false;
    bool m_queueActive = false;
};

} // namespace Chipwatch::Ui
