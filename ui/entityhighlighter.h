// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QList>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

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
class EntityHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

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

    // A tint of the kind's hue laid over the palette's base colour: a background that keeps the text
    // readable in light and dark palettes alike.
    static QColor kindColor(MarkKind kind, const QPalette &palette);
    static QString kindName(MarkKind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<ReaderMark> m_marks;
    QPalette m_palette;
    std::array<bool, markKindCount> m_visible{};
};

} // namespace Chipwatch::Ui
