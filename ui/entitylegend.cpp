// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "entitylegend.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Chipwatch::Ui {

EntityLegend::EntityLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"entityLegend"_s);
    setAccessibleName(tr("Highlight legend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(4);
    for (int i = 0; i < markKindCount; ++i) {
        const auto kind = static_cast<MarkKind>(i);
        auto *button = new QToolButton(this);
        button->setObjectName(u"legendButton%1"_s.arg(i));
        button->setText(EntityHighlighter::kindName(kind));
        button->setAccessibleName(tr("Highlight %1").arg(EntityHighlighter::kindName(kind)));
        button->setToolTip(tr("Show or hide the highlighting of %1").arg(EntityHighlighter::kindName(kind)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(true);
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) { Q_EMIT kindToggled(kind, on); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
    updateIcons();
}

QToolButton *EntityLegend::button(MarkKind kind) const
{
    return m_buttons.value(static_cast<int>(kind));
}

void EntityLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateIcons();
    }
}

void EntityLegend::updateIcons()
{
    const int side = fontMetrics().height() - 2;
    for (int i = 0; i < m_buttons.size(); ++i) {
        const auto kind = static_cast<MarkKind>(i);
        QPixmap swatch(side, side);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(palette().color(QPalette::Mid));
        if (kind == MarkKind::Figure) {
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(swatch.rect(), Qt::AlignCenter, u"1"_s);
        } else {
            painter.setBrush(EntityHighlighter::kindColor(kind, palette()));
            painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 3, 3);
        }
        painter.end();
        m_buttons.at(i)->setIcon(QIcon(swatch));
    }
}

} // namespace Chipwatch::Ui
