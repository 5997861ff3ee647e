// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "entityhighlighter.h"

#include <QCoreApplication>
#include <QTextBlock>

#include <algorithm>

namespace Chipwatch::Ui {

namespace {

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
}

void EntityHighlighter::setMarks(QList<ReaderMark> marks)
{
    m_marks = std::move(marks);
    rehighlight();
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
    rehighlight();
}

void EntityHighlighter::setKindVisible(MarkKind kind, bool visible)
{
    if (isKindVisible(kind) == visible) {
        return;
    }
    m_visible.at(static_cast<size_t>(kind)) = visible;
    rehighlight();
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
    if (m_marks.isEmpty()) {
        return;
    }
    const int blockStart = currentBlock().position();
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
