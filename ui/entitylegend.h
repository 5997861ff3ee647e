// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "entityhighlighter.h"

#include <QWidget>

class QToolButton;

namespace Chipwatch::Ui {

// A row of checkable chips, one per highlight kind, in the highlight colours: the key to the reader's
// colours and the switch that shows or hides each kind.
class EntityLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit EntityLegend(QWidget *parent = nullptr);

    QToolButton *button(MarkKind kind) const;

Q_SIGNALS:
    void kindToggled(Chipwatch::Ui::MarkKind kind, bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();

    QList<QToolButton *> m_buttons;
};

} // namespace Chipwatch::Ui
