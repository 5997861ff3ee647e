// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The user's corrections in the core: rejected and linked surfaces honoured by the extractor, stored
// corrections with exact undo, and the targeted staleness that re-analyses only the articles a correction
// can change.
#include "analysis/articleanalyzer.h"
#include "extract/entityextractor.h"
#include "extract/knowledgebase.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

const QString metaxText = u"MetaX meldet Zahlen\n\nDas Shanghaier Start-up MetaX meldete für 2024 einen Umsatz von "
                          "743 Millionen Yuan. Der Chip soll Nvidias H20 ersetzen.\n"_s;
const QString newcomerText = u"Neuer Chipentwickler\n\nDer Chipentwickler Qubitron aus Hefei stellte am Montag "
                             "seinen ersten KI-Beschleuniger vor. Qubitron will damit Rechenzentren in China "
                             "beliefern.\n"_s;

QList<EntityMention> mentionsOf(const QList<EntityMention> &all, const QString &text, const QString &surface)
{
    QList<EntityMention> out;
    for (const EntityMention &m : all) {
        if (text.mid(m.span.start, m.span.end - m.span.start).compare(surface, Qt::CaseInsensitive) == 0) {
            out << m;
        }
    }
    return out;
}

// Imports the texts as files into the library and analyses them with its knowledge base. The ids of the
// imported articles, or none when not every text was imported and analysed.
QList<qint64> importAndAnalyse(Library &lib, const QList<std::pair<QString, QString>> &files)
{
    QTemporaryDir dir;
    for (const auto &[name, text] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0) {
            return {};
        }
    }
    const ImportReport report = Importer::run(lib, {dir.path()}, {}, nullptr, QString());
    AnalysisStore store(lib);
    const KnowledgeBase kb = store.knowledgeBase();
    const bool complete =
        report.importedIds.size() == files.size() && store.refresh(ArticleAnalyzer(kb), kb.revision()) == files.size();
    return complete ? report.importedIds : QList<qint64>();
}

Correction rejection(const QString &surface)
{
    Correction c;
    c.kind = Correction::Kind::Rejection;
    c.surface = surface;
    c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return c;
}

Correction userEntity(const QString &id, const QString &name, EntityType type)
{
    Correction c;
    c.kind = Correction::Kind::UserEntity;
    c.entityId = id;
    c.surface = name;
    c.entity.id = id;
    c.entity.name = name;
    c.entity.type = type;
    c.entity.sources = QStringList{u"added by the user"_s};
    c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    return c;
}

} // namespace

class TestCorrections final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rejectedSurface_isNeitherMatchedNorSuggested();
    void linkedSurface_namesTheChosenEntityOnly();
    void corrections_changeTheRevision();
    void applyCorrections_undoRestoresThePreviousStateExactly();
    void targetedStaleness_keepsUnrelatedAnalysesAndRecomputesRelatedOnes();
    void carryOverAnalyses_movesOnlyUnaffectedFreshAnalyses();
    void applyCorrections_canLeaveTheCarryOverToTheCaller();

private:
    KnowledgeBase m_kb;
};

void TestCorrections::initTestCase()
{
    m_kb = KnowledgeBase::builtIn();
    QVERIFY(m_kb.entity(u"metax"_s));
    QVERIFY(m_kb.entity(u"moore_threads"_s));
}

void TestCorrections::rejectedSurface_isNeitherMatchedNorSuggested()
{
    const QString text = metaxText + newcomerText;
    const QList<EntityMention> before = EntityExtractor(m_kb).extract(text, {}, u"de"_s);
    QCOMPARE(mentionsOf(before, text, u"MetaX"_s).size(), 2);
    const QList<EntityMention> newcomer = mentionsOf(before, text, u"Qubitron"_s);
    QVERIFY2(!newcomer.isEmpty() && newcomer.constFirst().suggested, "Qubitron must be suggested before");

    KnowledgeBase kb = m_kb;
    kb.rejectSurface(u"  metax "_s); // any casing and spacing
    kb.rejectSurface(u"QUBITRON"_s);
    QVERIFY(kb.isRejected(u"MetaX"));
    const QList<EntityMention> after = EntityExtractor(kb).extract(text, {}, u"de"_s);
    QVERIFY(mentionsOf(after, text, u"MetaX"_s).isEmpty());
    QVERIFY(mentionsOf(after, text, u"Qubitron"_s).isEmpty());
    // Everything else stays.
    QCOMPARE(mentionsOf(after, text, u"H20"_s).size(), 1);
    QCOMPARE(after.size(), before.size() - 2 - newcomer.size());
}

void TestCorrections::linkedSurface_namesTheChosenEntityOnly()
{
    const QString text = u"Muxi und Qubitron liefern Chips. Das Start-up MetaX wächst, Muxi auch."_s;
    KnowledgeBase kb = m_kb;
    QVERIFY(!kb.linkSurface(u"Muxi"_s, u"no_such_entity"_s));
    // An alias of MetaX moves to Moore Threads; an unknown name becomes an alias of MetaX.
    QVERIFY(kb.linkSurface(u"Muxi"_s, u"moore_threads"_s));
    QVERIFY(kb.linkSurface(u"qubitron"_s, u"metax"_s));
    QVERIFY(!kb.entity(u"metax"_s)->aliases.contains(u"Muxi"_s));
    QVERIFY(kb.entity(u"metax"_s)->aliases.contains(u"qubitron"_s));
    QCOMPARE(kb.entityByName(u"Muxi")->id, u"moore_threads"_s);
    QCOMPARE(kb.linkedEntity(u"MUXI")->id, u"moore_threads"_s);

    const QList<EntityMention> mentions = EntityExtractor(kb).extract(text, {}, u"de"_s);
    const QList<EntityMention> muxi = mentionsOf(mentions, text, u"Muxi"_s);
    QCOMPARE(muxi.size(), 2);
    for (const EntityMention &m : muxi) {
        QCOMPARE(m.entityId, u"moore_threads"_s);
        QCOMPARE(m.canonical, u"Moore Threads"_s);
    }
    const QList<EntityMention> qubitron = mentionsOf(mentions, text, u"Qubitron"_s);
    QCOMPARE(qubitron.size(), 1);
    QCOMPARE(qubitron.constFirst().entityId, u"metax"_s);
    QVERIFY(!qubitron.constFirst().suggested);

    // Even a canonical name can be linked to another entity.
    KnowledgeBase canonical = m_kb;
    QVERIFY(canonical.linkSurface(u"MetaX"_s, u"moore_threads"_s));
    const QList<EntityMention> relinked =
        mentionsOf(EntityExtractor(canonical).extract(text, {}, u"de"_s), text, u"MetaX"_s);
    QCOMPARE(relinked.size(), 1);
    QCOMPARE(relinked.constFirst().entityId, u"moore_threads"_s);
}

void TestCorrections::corrections_changeTheRevision()
{
    KnowledgeBase rejected = m_kb;
    rejected.rejectSurface(u"Qubitron"_s);
    KnowledgeBase linked = m_kb;
    QVERIFY(linked.linkSurface(u"Qubitron"_s, u"metax"_s));
    QVERIFY(rejected.revision() != m_kb.revision());
    QVERIFY(linked.revision() != m_kb.revision());
    QVERIFY(linked.revision() != rejected.revision());
    KnowledgeBase again = m_kb;
    again.rejectSurface(u"qubitron"_s);
    QCOMPARE(again.revision(), rejected.revision());
}

void TestCorrections::applyCorrections_undoRestoresThePreviousStateExactly()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    QCOMPARE(lib.schemaVersion(), Library::currentSchemaVersion());
    AnalysisStore store(lib);
    const QString emptyRevision = store.knowledgeBase().revision();

    // A user entity that exists before the change is replaced, and comes back on undo.
    const Correction company = userEntity(u"user.company.qubitron"_s, u"Qubitron"_s, EntityType::Company);
    QString error;
    QVERIFY2(store.applyCorrections({{company.key(), std::nullopt, company}}, false, &error), qPrintable(error));
    const QList<Correction> initial = store.corrections();
    QCOMPARE(initial.size(), 1);
    QCOMPARE(initial.constFirst(), company);
    const QString companyRevision = store.knowledgeBase().revision();
    QVERIFY(companyRevision != emptyRevision);
    QCOMPARE(store.knowledgeBase().entity(u"user.company.qubitron"_s)->type, EntityType::Company);

    Correction chip = company;
    chip.entity.type = EntityType::Chip;
    chip.createdAt = company.createdAt.addDays(1);
    const QList<CorrectionChange> changes{{company.key(), store.correction(company.key()), chip},
                                          {rejection(u"Hefei"_s).key(), std::nullopt, rejection(u"Hefei"_s)}};
    QVERIFY2(store.applyCorrections(changes, false, &error), qPrintable(error));
    QCOMPARE(store.corrections().size(), 2);
    QCOMPARE(store.knowledgeBase().entity(u"user.company.qubitron"_s)->type, EntityType::Chip);
    QVERIFY(store.knowledgeBase().isRejected(u"hefei"));

    QVERIFY2(store.applyCorrections(changes, true, &error), qPrintable(error));
    QCOMPARE(store.corrections(), initial);
    QCOMPARE(store.knowledgeBase().revision(), companyRevision);

    // A key that does not fit its correction is refused and changes nothing.
    QVERIFY(!store.applyCorrections({{u"surface:other"_s, std::nullopt, rejection(u"Hefei"_s)}}, false, &error));
    QCOMPARE(store.corrections(), initial);
}

void TestCorrections::targetedStaleness_keepsUnrelatedAnalysesAndRecomputesRelatedOnes()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    AnalysisStore store(lib);
    const KnowledgeBase kb0 = store.knowledgeBase();
    const QList<qint64> imported =
        importAndAnalyse(lib, {{u"metax.txt"_s, metaxText}, {u"newcomer.txt"_s, newcomerText}});
    QCOMPARE(imported.size(), 2);
    qint64 metaxId = 0;
    qint64 newcomerId = 0;
    for (const qint64 id : imported) {
        (lib.article(id)->document.text.contains(u"Qubitron"_s) ? newcomerId : metaxId) = id;
    }
    QVERIFY(metaxId > 0 && newcomerId > 0);
    const auto metaxBefore = store.analysis(metaxId);
    const auto hasQubitron = [&store, newcomerId] {
        const auto a = store.analysis(newcomerId);
        return a && std::any_of(a->entities.cbegin(), a->entities.cend(),
                                [](const EntityMention &m) { return m.canonical == u"Qubitron"_s; });
    };
    QVERIFY(hasQubitron());

    const Correction reject = rejection(u"qubitron"_s);
    QString error;
    QVERIFY2(store.applyCorrections({{reject.key(), std::nullopt, reject}}, false, &error), qPrintable(error));
    const KnowledgeBase kb1 = store.knowledgeBase();
    QVERIFY(kb1.revision() != kb0.revision());
    // The unrelated article keeps its analysis, now counted as made with the new knowledge base.
    QCOMPARE(store.revisionOf(metaxId), kb1.revision());
    QCOMPARE(store.analysis(metaxId)->entities.size(), metaxBefore->entities.size());
    QCOMPARE(store.staleArticles(kb1.revision()), QList<qint64>{newcomerId});
    QCOMPARE(store.refresh(ArticleAnalyzer(kb1), kb1.revision()), 1);
    QVERIFY(!hasQubitron());

    // Undo: back to the old revision, and only the related article is analysed again.
    QVERIFY2(store.applyCorrections({{reject.key(), std::nullopt, reject}}, true, &error), qPrintable(error));
    const KnowledgeBase kb2 = store.knowledgeBase();
    QCOMPARE(kb2.revision(), kb0.revision());
    QCOMPARE(store.revisionOf(metaxId), kb0.revision());
    QCOMPARE(store.staleArticles(kb2.revision()), QList<qint64>{newcomerId});
    QCOMPARE(store.refresh(ArticleAnalyzer(kb2), kb2.revision()), 1);
    QVERIFY(hasQubitron());
}

void TestCorrections::carryOverAnalyses_movesOnlyUnaffectedFreshAnalyses()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    AnalysisStore store(lib);
    const KnowledgeBase kb = store.knowledgeBase();
    QCOMPARE(
        importAndAnalyse(
            lib, {{u"a.txt"_s, metaxText},
                  {u"b.txt"_s, newcomerText},
                  {u"c.txt"_s, u"Ein dritter Text\n\nDer Qu-bitron-Fall: QUBITRON aus Hefei, ohne Bindestrich.\n"_s}})
            .size(),
        3);

    // Case-insensitive text match, and articles that mention an entity involved.
    const QList<qint64> affected = store.articlesAffectedBy({u"qubitron"_s}, {u"metax"_s});
    QCOMPARE(affected.size(), 3);
    const QList<qint64> byText = store.articlesAffectedBy({u"Qubitron"_s}, {});
    QCOMPARE(byText.size(), 2);
    // Hyphens count as spaces; letters beyond ASCII fold case too.
    QCOMPARE(store.articlesAffectedBy({u"QU BITRON"_s}, {}).size(), 1);
    QCOMPARE(store.articlesAffectedBy({u"FÜR 2024"_s}, {}).size(), 1);
    QCOMPARE(store.articlesAffectedBy({u"FÜR"_s}, {}).size(), 1);
    QVERIFY(store.articlesAffectedBy({u"Quantenchip"_s, u"Ünbekannt"_s}, {u"no_such_entity"_s}).isEmpty());

    QString error;
    QCOMPARE(store.carryOverAnalyses(kb.revision(), u"next"_s, {u"Qubitron"_s}, {}, &error), 1);
    QCOMPARE(store.staleArticles(u"next"_s), byText);
    // Already stale analyses stay stale: nothing is carried from another revision.
    QCOMPARE(store.carryOverAnalyses(kb.revision(), u"later"_s, {}, {}, &error), 0);
    QCOMPARE(store.staleArticles(u"later"_s).size(), 3);
}

void TestCorrections::applyCorrections_canLeaveTheCarryOverToTheCaller()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    AnalysisStore store(lib);
    const KnowledgeBase kb = store.knowledgeBase();
    QCOMPARE(importAndAnalyse(lib, {{u"a.txt"_s, metaxText}, {u"b.txt"_s, newcomerText}}).size(), 2);

    // The correction is stored at once; the analyses wait, stale, for the carry-over it hands back.
    QString error;
    std::optional<AnalysisStore::CarryOver> carryOver;
    const Correction rejected = rejection(u"Qubitron"_s);
    QVERIFY2(store.applyCorrections({{rejected.key(), std::nullopt, rejected}}, false, &error, &carryOver),
             qPrintable(error));
    QVERIFY(store.knowledgeBase().isRejected(u"qubitron"));
    QVERIFY(carryOver);
    QCOMPARE(carryOver->from, kb.revision());
    QCOMPARE(carryOver->to, store.knowledgeBase().revision());
    QCOMPARE(store.staleArticles(carryOver->to).size(), 2);
    // Run later (by the analysis job), it keeps the article the rejected name does not occur in.
    QCOMPARE(store.carryOverAnalyses(carryOver->from, carryOver->to, carryOver->surfaces, carryOver->entityIds, &error),
             1);
    QCOMPARE(store.staleArticles(carryOver->to).size(), 1);

    // A change that leaves the revision as it is hands back nothing to do.
    QVERIFY(store.applyCorrections({{rejected.key(), rejected, rejected}}, false, &error, &carryOver));
    QVERIFY(!carryOver);
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
