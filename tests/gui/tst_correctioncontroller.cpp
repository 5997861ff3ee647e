// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The correction controller on its own: what each correction stores, how undo and redo restore it, and what
// happens with bad input.
#include "correctioncontroller.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

class TestCorrectionController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markingAKnownNameLinksItToTheNewEntity();
    void removingAnEntityTakesItsLinksAlongAndUndoBringsThemBack();
    void rejectionReplacesALinkOfTheSameSurface();
    void badInputChangesNothing();
    void anotherLibraryStartsANewHistory();
    void userEntityIdsAreValidKnowledgeBaseIds();
    void anUndoTheLibraryRefusesLeavesTheStack();

private:
    Core::AnalysisStore store() const { return Core::AnalysisStore(*m_library); }

    std::unique_ptr<Core::Library> m_library;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<Ui::CorrectionController> m_controller;
};

void TestCorrectionController::anUndoTheLibraryRefusesLeavesTheStack()
{
    QVERIFY(m_controller->rejectSurface(u"Wettlauf"_s));
    QCOMPARE(m_stack->count(), 1);
    // A library that can no longer store corrections (here: its table is gone).
    QSqlQuery drop(m_library->database());
    QVERIFY(drop.exec(u"DROP TABLE surface_corrections"_s));
    QSignalSpy failed(m_controller.get(), &Ui::CorrectionController::failed);
    m_stack->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.constFirst().constFirst().toString().isEmpty());
    // The stack does not pretend the undo happened, nor offer a redo of something still in place.
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_stack->canUndo());
    QVERIFY(!m_stack->canRedo());
}

void TestCorrectionController::init()
{
    m_library = std::make_unique<Core::Library>(u":memory:"_s);
    QVERIFY(m_library->open(nullptr));
    m_stack = std::make_unique<QUndoStack>();
    m_controller = std::make_unique<Ui::CorrectionController>(m_stack.get());
    m_controller->setLibrary(m_library.get());
}

void TestCorrectionController::cleanup()
{
    m_controller.reset();
    m_stack.reset();
    m_library.reset();
}

void TestCorrectionController::markingAKnownNameLinksItToTheNewEntity()
{
    QSignalSpy changed(m_controller.get(), &Ui::CorrectionController::changed);
    QVERIFY(m_controller->markAs(u" MetaX "_s, Core::EntityType::Chip));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    const QString id = Ui::CorrectionController::userEntityId(u"MetaX"_s, Core::EntityType::Chip);
    const Core::KnowledgeBase kb = store().knowledgeBase();
    QVERIFY(kb.entity(id));
    QCOMPARE(kb.entity(id)->type, Core::EntityType::Chip);
    QCOMPARE(kb.entity(id)->name, u"MetaX"_s);
    // The name meant the company before; now it means the new entity.
    QCOMPARE(kb.entityByName(u"MetaX")->id, id);
    QCOMPARE(m_controller->corrections().size(), 2);

    m_stack->undo();
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_controller->corrections().isEmpty());
    QCOMPARE(store().knowledgeBase().entityByName(u"MetaX")->id, u"metax"_s);
    m_stack->redo();
    QCOMPARE(m_controller->corrections().size(), 2);
    QCOMPARE(store().knowledgeBase().entityByName(u"MetaX")->id, id);
}

void TestCorrectionController::removingAnEntityTakesItsLinksAlongAndUndoBringsThemBack()
{
    QVERIFY(m_controller->markAs(u"Qubitron"_s, Core::EntityType::Company));
    const QString id = Ui::CorrectionController::userEntityId(u"Qubitron"_s, Core::EntityType::Company);
    QVERIFY(m_controller->linkSurface(u"Qubitron AI"_s, id));
    const QList<Core::Correction> before = m_controller->corrections();
    QCOMPARE(before.size(), 2);

    QVERIFY(m_controller->removeCorrection(Core::Correction::entityKey(id)));
    QVERIFY(m_controller->corrections().isEmpty());
    QVERIFY(!store().knowledgeBase().entity(id));

    m_stack->undo();
    QCOMPARE(m_controller->corrections(), before);
    QCOMPARE(store().knowledgeBase().linkedEntity(u"qubitron ai")->id, id);
}

void TestCorrectionController::rejectionReplacesALinkOfTheSameSurface()
{
    QVERIFY(m_controller->linkSurface(u"Muxi"_s, u"moore_threads"_s));
    QVERIFY(m_controller->rejectSurface(u"MUXI"_s));
    const QList<Core::Correction> corrections = m_controller->corrections();
    QCOMPARE(corrections.size(), 1);
    QCOMPARE(corrections.constFirst().kind, Core::Correction::Kind::Rejection);
    QVERIFY(store().knowledgeBase().isRejected(u"muxi"));
    m_stack->undo();
    QCOMPARE(m_controller->corrections().constFirst().kind, Core::Correction::Kind::Link);
    QVERIFY(!store().knowledgeBase().isRejected(u"muxi"));
    QCOMPARE(store().knowledgeBase().linkedEntity(u"Muxi")->id, u"moore_threads"_s);
}

void TestCorrectionController::badInputChangesNothing()
{
    QSignalSpy failed(m_controller.get(), &Ui::CorrectionController::failed);
    QVERIFY(!m_controller->linkSurface(u"Muxi"_s, u"no_such_entity"_s));
    QVERIFY(!m_controller->markAs(u"   "_s, Core::EntityType::Company));
    QVERIFY(!m_controller->rejectSurface(QString()));
    QVERIFY(!m_controller->removeCorrection(u"surface:nothing"_s));
    QCOMPARE(failed.count(), 4);
    QVERIFY(!m_controller->lastError().isEmpty());
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_controller->corrections().isEmpty());
}

void TestCorrectionController::anotherLibraryStartsANewHistory()
{
    QVERIFY(m_controller->rejectSurface(u"Hefei"_s));
    QCOMPARE(m_stack->count(), 1);
    Core::Library other(u":memory:"_s);
    QVERIFY(other.open(nullptr));
    m_controller->setLibrary(&other);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(m_controller->corrections().isEmpty());
    m_controller->setLibrary(m_library.get());
    QCOMPARE(m_controller->corrections().size(), 1); // stored, only the history is gone
}

void TestCorrectionController::userEntityIdsAreValidKnowledgeBaseIds()
{
    QCOMPARE(Ui::CorrectionController::userEntityId(u"Zhōngxīn Guójì"_s, Core::EntityType::Company),
             u"user.company.zhongxin-guoji"_s);
    const QString han = Ui::CorrectionController::userEntityId(u"中芯国际"_s, Core::EntityType::Company);
    QVERIFY(han.startsWith(u"user.company."_s));
    QVERIFY(han.size() > u"user.company."_s.size());
    QVERIFY(han != Ui::CorrectionController::userEntityId(u"华为"_s, Core::EntityType::Company));
    // The id is accepted by the knowledge-base loader: the entity survives the round trip through the library.
    QVERIFY(m_controller->markAs(u"中芯国际"_s, Core::EntityType::Company));
    QVERIFY(store().knowledgeBase().entity(han));
}

QTEST_MAIN(TestCorrectionController)
#include "tst_correctioncontroller.moc"
