// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "correctioncontroller.h"

#include "storage/library.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QUndoCommand>
#include <QUndoStack>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCorrections, "chipwatch.ui.corrections")

namespace Chipwatch::Ui {

namespace {

// One stored change and its inverse. The change is written before the command is pushed, so the first
// redo() (which QUndoStack::push() calls) has nothing left to do.
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(CorrectionController *controller, QList<Core::CorrectionChange> changes, const QString &text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_changes(std::move(changes))
    {}

    void redo() override
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        settle(m_controller->apply(m_changes, false));
    }

    void undo() override { settle(m_controller->apply(m_changes, true)); }

private:
    // When the library refuses the change (locked, read-only, full), the stack must not claim a state the
    // library does not have: the command leaves the stack (QUndoStack drops obsolete commands) and the user
    // was told why. What is stored stays as it is.
    void settle(bool applied)
    {
        if (!applied) {
            setObsolete(true);
        }
    }

    CorrectionController *m_controller;
    QList<Core::CorrectionChange> m_changes;
    bool m_applied = true;
};

QString typeWord(Core::EntityType type)
{
    switch (type) {
    case Core::EntityType::Company:
        return CorrectionController::tr("company");
    case Core::EntityType::Chip:
        return CorrectionController::tr("chip");
    case Core::EntityType::Product:
        return CorrectionController::tr("product");
    case Core::EntityType::Person:
        return CorrectionController::tr("person");
    case Core::EntityType::Place:
        return CorrectionController::tr("place");
    case Core::EntityType::Org:
        return CorrectionController::tr("organisation");
    }
    return {};
}

} // namespace

CorrectionController::CorrectionController(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
    setObjectName(u"correctionController"_s);
}

void CorrectionController::setLibrary(Core::Library *library)
{
    m_library = library;
    // Undo is per session and per library: commands of another library must not write to this one.
    m_stack->clear();
    m_carryOvers.clear();
}

QString CorrectionController::userEntityId(const QString &name, Core::EntityType type)
{
    // Ids are [a-z0-9_.-]; letters with accents keep their base letter, anything else becomes a hyphen.
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            slug += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!slug.endsWith(u'-')) {
            slug += u'-';
        }
    }
    while (slug.startsWith(u'-')) {
        slug.remove(0, 1);
    }
    while (slug.endsWith(u'-')) {
        slug.chop(1);
    }
    if (slug.isEmpty()) {
        // A name without Latin letters (中芯国际): a short hash keeps it unique.
        slug =
            QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    }
    return u"user.%1.%2"_s.arg(Core::entityTypeName(type).toLower(), slug);
}

bool CorrectionController::markAs(const QString &surface, Core::EntityType type)
{
    return addUserEntity(surface, type, tr("Mark \u201C%1\u201D as %2").arg(surface.simplified(), typeWord(type)));
}

bool CorrectionController::acceptSuggestion(const QString &name, Core::EntityType type)
{
    return addUserEntity(name, type, tr("Accept \u201C%1\u201D as %2").arg(name.simplified(), typeWord(type)));
}

bool CorrectionController::addUserEntity(const QString &name, Core::EntityType type, const QString &commandText)
{
    const QString surface = name.simplified();
    if (!m_library) {
        return fail(tr("No library is open."));
    }
    if (surface.isEmpty()) {
        return fail(tr("Select the name to mark first."));
    }
    const Core::AnalysisStore store(*m_library);
    const Core::KnowledgeBase kb = store.knowledgeBase();
    Core::Correction entity;
    entity.kind = Core::Correction::Kind::UserEntity;
    entity.entityId = userEntityId(surface, type);
    entity.surface = surface;
    entity.entity.id = entity.entityId;
    entity.entity.type = type;
    entity.entity.name = surface;
    // Stored data, read in any language later: not translated.
    entity.entity.sources = QStringList{u"added by the user"_s};
    entity.createdAt = QDateTime::currentDateTimeUtc();
    if (const Core::KbEntity *existing = kb.entity(entity.entityId);
        existing && !existing->userDefined && !existing->id.startsWith(u"user."_s)) {
        return fail(tr("The knowledge base already has an entity with the id %1.").arg(entity.entityId));
    }

    QList<Core::CorrectionChange> changes;
    changes.append({entity.key(), store.correction(entity.key()), entity});
    // The surface stops being rejected; where another entity has the name, the name now means the new one.
    const QString surfaceKey = Core::Correction::surfaceKey(surface);
    std::optional<Core::Correction> surfaceAfter;
    const Core::KbEntity *named = kb.linkedEntity(surface) ? kb.linkedEntity(surface) : kb.entityByName(surface);
    if (named && named->id != entity.entityId) {
        Core::Correction link;
        link.kind = Core::Correction::Kind::Link;
        link.surface = surface;
        link.entityId = entity.entityId;
        link.createdAt = entity.createdAt;
        surfaceAfter = link;
    }
    const std::optional<Core::Correction> surfaceBefore = store.correction(surfaceKey);
    if (surfaceBefore != surfaceAfter) {
        changes.append({surfaceKey, surfaceBefore, surfaceAfter});
    }
    return push(commandText, changes);
}

bool CorrectionController::rejectSurface(const QString &surface)
{
    const QString text = surface.simplified();
    if (!m_library) {
        return fail(tr("No library is open."));
    }
    if (text.isEmpty()) {
        return fail(tr("There is no text to reject."));
    }
    Core::Correction rejection;
    rejection.kind = Core::Correction::Kind::Rejection;
    rejection.surface = text;
    rejection.createdAt = QDateTime::currentDateTimeUtc();
    const std::optional<Core::Correction> before = Core::AnalysisStore(*m_library).correction(rejection.key());
    return push(tr("\u201C%1\u201D is not an entity").arg(text), {{rejection.key(), before, rejection}});
}

bool CorrectionController::linkSurface(const QString &surface, const QString &entityId)
{
    const QString text = surface.simplified();
    if (!m_library) {
        return fail(tr("No library is open."));
    }
    const Core::AnalysisStore store(*m_library);
    const Core::KnowledgeBase kb = store.knowledgeBase();
    const Core::KbEntity *target = kb.entity(entityId);
    if (text.isEmpty() || !target) {
        return fail(tr("Choose an entity of the knowledge base to link \u201C%1\u201D to.").arg(text));
    }
    Core::Correction link;
    link.kind = Core::Correction::Kind::Link;
    link.surface = text;
    link.entityId = entityId;
    link.createdAt = QDateTime::currentDateTimeUtc();
    const std::optional<Core::Correction> before = store.correction(link.key());
    return push(tr("Link \u201C%1\u201D to %2").arg(text, target->name), {{link.key(), before, link}});
}

bool CorrectionController::removeCorrection(const QString &key)
{
    if (!m_library) {
        return fail(tr("No library is open."));
    }
    const Core::AnalysisStore store(*m_library);
    const std::optional<Core::Correction> before = store.correction(key);
    if (!before) {
        return fail(tr("The correction is no longer stored."));
    }
    QList<Core::CorrectionChange> changes{{key, before, std::nullopt}};
    if (before->kind == Core::Correction::Kind::UserEntity) {
        // Names linked to the entity would point nowhere: they go with it (and come back with undo).
        for (const Core::Correction &c : store.corrections()) {
            if (c.kind == Core::Correction::Kind::Link && c.entityId == before->entityId) {
                changes.append({c.key(), c, std::nullopt});
            }
        }
    }
    return push(tr("Remove the correction of \u201C%1\u201D").arg(before->surface), changes);
}

QList<Core::Correction> CorrectionController::corrections() const
{
    return m_library ? Core::AnalysisStore(*m_library).corrections() : QList<Core::Correction>();
}

bool CorrectionController::apply(const QList<Core::CorrectionChange> &changes, bool undo)
{
    if (!m_library) {
        return fail(tr("No library is open."));
    }
    Q_EMIT aboutToChange();
    QString error;
    std::optional<Core::AnalysisStore::CarryOver> carryOver;
    if (!Core::AnalysisStore(*m_library).applyCorrections(changes, undo, &error, &carryOver)) {
        qCWarning(lcCorrections) << "cannot apply a correction:" << error;
        return fail(tr("The correction cannot be stored: %1").arg(error));
    }
    if (carryOver) {
        m_carryOvers.append(*carryOver);
    }
    Q_EMIT changed();
    return true;
}

QList<Core::AnalysisStore::CarryOver> CorrectionController::takeCarryOvers()
{
    return std::exchange(m_carryOvers, {});
}

bool CorrectionController::push(const QString &text, const QList<Core::CorrectionChange> &changes)
{
    if (!apply(changes, false)) {
        return false;
    }
    m_stack->push(new CorrectionCommand(this, changes, text));
    m_lastError.clear();
    return true;
}

bool CorrectionController::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    return false;
}

} // namespace Chipwatch::Ui
