// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"
#include "storage/analysisstore.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace Chipwatch::Core {
class Library;
}

namespace Chipwatch::Ui {

// The user's corrections of the extraction (mark a text as an entity, "not an entity", link a text to an
// entity, accept a suggested name, remove a stored correction), each pushed as an undoable command on the
// given undo stack. Corrections are stored in the library (Core::AnalysisStore); after every do, undo and
// redo changed() asks for the background re-analysis of the articles they affect.
class CorrectionController final : public QObject
{
    Q_OBJECT

public:
    explicit CorrectionController(QUndoStack *stack, QObject *parent = nullptr);

    // The library the corrections go to. A new library starts a new undo history. The library must outlive
    // the controller or be replaced first.
    void setLibrary(Core::Library *library);

    Core::Library *library() const { return m_library; }

    QUndoStack *undoStack() const { return m_stack; }

    // Each returns false (lastError() says why, failed() is emitted) when nothing was changed.
    // `surface` becomes a user entity of `type` (replacing a rejection of it; linked to the new entity when
    // the knowledge base already gives the name to another entity).
    bool markAs(const QString &surface, Core::EntityType type);
    // A suggested name becomes a user entity of the suggested type.
    bool acceptSuggestion(const QString &name, Core::EntityType type);
    // The surface is no entity anywhere in the library (any casing).
    bool rejectSurface(const QString &surface);
    // The surface names `entityId` (and no other entity).
    bool linkSurface(const QString &surface, const QString &entityId);
    // Removes a stored correction (Core::Correction::key()).
    bool removeCorrection(const QString &key);

    QList<Core::Correction> corrections() const;

    QString lastError() const { return m_lastError; }

    // Writes the changes (their `before` with `undo`); the undo commands call it.
    bool apply(const QList<Core::CorrectionChange> &changes, bool undo);

    // The analyses the corrections so far can move to the new knowledge base without analysing them again,
    // oldest first, for the analysis job to do off the GUI thread (finding the affected articles reads their
    // texts). Taking them empties the list.
    QList<Core::AnalysisStore::CarryOver> takeCarryOvers();

    // Id of the user entity that marking `name` creates: "user." and a slug of the name.
    static QString userEntityId(const QString &name, Core::EntityType type);

Q_SIGNALS:
    // Before the library is written: whoever writes analyses stops.
    void aboutToChange();
    // After a correction was done, undone or redone.
    void changed();
    void failed(const QString &message);

private:
    bool push(const QString &text, const QList<Core::CorrectionChange> &changes);
    bool fail(const QString &message);
    bool addUserEntity(const QString &name, Core::EntityType type, const QString &commandText);

    QUndoStack *m_stack;
    Core::Library *m_library = nullptr;
    QString m_lastError;
    QList<Core::AnalysisStore::CarryOver> m_carryOvers;
};

} // namespace Chipwatch::Ui
