// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/knowledgebase.h"
#include "workspace/entitymentionsmodel.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// The "Entity" panel: one entity's canonical name, type, vendor or parent, how often and in how many
// articles the library mentions it, and every mention with its sentence (sortable, searchable). Activating
// a mention (double-click, Enter) asks to open its article there.
class EntityPanel final : public QWidget
{
    Q_OBJECT

public:
    // "Company", "Chip", … in the user's language.
    static QString typeName(Core::EntityType type);

    explicit EntityPanel(QWidget *parent = nullptr);
    ~EntityPanel() override;

    // Waits for a running query; the library must outlive the panel or be replaced first.
    void setLibrary(Core::Library *library);
    void setKnowledgeBase(std::shared_ptr<const Core::KnowledgeBase> kb);

    // Shows the entity; its mentions are read in the background (loaded() follows).
    void showEntity(const Core::EntityKey &entity);
    // Reads the mentions of the shown entity again (after a re-analysis).
    void reload();

    bool hasEntity() const { return m_hasEntity; }

    Core::EntityKey entity() const { return m_entity; }

    bool isLoading() const;

    Core::EntityMentionsModel *model() const { return m_model; }

    QSortFilterProxyModel *proxy() const { return m_proxy; }

    QTableView *view() const { return m_view; }

    // What activating a row does: emits mentionActivated() for the mention at `index` (of proxy()).
    bool activate(const QModelIndex &index);

Q_SIGNALS:
    void mentionActivated(qint64 articleId, qint64 start, qint64 end);
    void loaded();

private:
    void onLoaded();
    void updateHeader();

    Core::Library *m_library = nullptr;
    std::shared_ptr<const Core::KnowledgeBase> m_kb;
    Core::EntityKey m_entity;
    bool m_hasEntity = false;
    int m_generation = 0;
    int m_loadingGeneration = 0;
    Core::EntityMentionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QFutureWatcher<QList<Core::EntityMentionRecord>> *m_watcher;
    QLabel *m_nameLabel;
    QLabel *m_detailsLabel;
    QLabel *m_countLabel;
    QLineEdit *m_searchField;
    QTableView *m_view;
};

} // namespace Chipwatch::Ui
