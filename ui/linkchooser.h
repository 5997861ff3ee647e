// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/knowledgebase.h"

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Chipwatch::Ui {

// "Link to…": a small non-modal chooser of a knowledge-base entity (any type) for a surface, filtered as
// the user types. chosen() carries the surface and the entity id.
class LinkChooser final : public QDialog
{
    Q_OBJECT

public:
    LinkChooser(const QString &surface, const Core::KnowledgeBase &kb, QWidget *parent = nullptr);

    QLineEdit *filterField() const { return m_filter; }

    QListView *list() const { return m_list; }

    // Chooses the entity in `row` of the (filtered) list: emits chosen() and closes.
    bool choose(int row);

Q_SIGNALS:
    void chosen(const QString &surface, const QString &entityId);

private:
    QString m_surface;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace Chipwatch::Ui
