// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/knowledgebase.h"
#include "testkb.h"

#include <QTest>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestKnowledgeBase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryFieldOfTheFormat();
    void loadsAllFilesOfTheTestKb();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void leavesTheKbUnchangedOnError();
    void rejectsDuplicateIdsAcrossFiles();
    void validateReportsUnknownParentAndVendor();
    void validateAcceptsConsistentKb();
    void findsByCanonicalNameIgnoringCaseSpaceAndHyphen();
    void resolvesParentAndVendor();
    void addEntityAddsAndReplaces();
    void revisionChangesWithContentOnly();
    void builtInKbLoadsWithoutProblems();
    void reportsMissingFile();
};

void TestKnowledgeBase::loadsEveryFieldOfTheFormat()
{
    KnowledgeBase kb;
    QString error;
    const QByteArray json = R"({"type": "CHIP", "entities": [{
        "id": "h20", "name": "H20", "aliases": ["Nvidia H20"], "case_sensitive_aliases": ["H-20"],
        "context_required": true, "parent": "p", "vendor": "nvidia", "country": "US", "category": "c",
        "kind": "GPU", "purpose": "inference", "year": 2024, "process": "TSMC 4N", "memory": "96 GB HBM3",
        "specs": {"fp16_tflops": 148, "tdp": "400 W"}, "role": "r", "description": "d",
        "sources": ["product brief"]}]})";
    QVERIFY2(kb.loadJson(json, &error), qPrintable(error));
    const KbEntity *e = kb.entity(u"h20"_s);
    QVERIFY(e);
    QCOMPARE(e->type, EntityType::Chip);
    QCOMPARE(e->name, u"H20"_s);
    QCOMPARE(e->aliases, QStringList{u"Nvidia H20"_s});
    QCOMPARE(e->caseSensitiveAliases, QStringList{u"H-20"_s});
    QVERIFY(e->contextRequired);
    QCOMPARE(e->parent, u"p"_s);
    QCOMPARE(e->vendor, u"nvidia"_s);
    QCOMPARE(e->country, u"US"_s);
    QCOMPARE(e->category, u"c"_s);
    QCOMPARE(e->kind, u"GPU"_s);
    QCOMPARE(e->purpose, u"inference"_s);
    QCOMPARE(e->year, 2024);
    QCOMPARE(e->process, u"TSMC 4N"_s);
    QCOMPARE(e->memory, u"96 GB HBM3"_s);
    QCOMPARE(e->specs.value(u"fp16_tflops"_s).toInt(), 148);
    QCOMPARE(e->specs.value(u"tdp"_s).toString(), u"400 W"_s);
    QCOMPARE(e->role, u"r"_s);
    QCOMPARE(e->description, u"d"_s);
    QCOMPARE(e->sources, QStringList{u"product brief"_s});
    QCOMPARE(e->allNames(), (QStringList{u"H20"_s, u"Nvidia H20"_s, u"H-20"_s}));
}

void TestKnowledgeBase::loadsAllFilesOfTheTestKb()
{
    const KnowledgeBase kb = loadTestKb();
    QVERIFY(kb.size() > 30);
    for (const QString &id :
         {u"nvidia"_s, u"peking"_s, u"us_regierung"_s, u"jensen_huang"_s, u"ernie"_s, u"kunlun_p800"_s}) {
        QVERIFY2(kb.entity(id), qPrintable(id));
    }
    QCOMPARE(kb.entity(u"nvidia"_s)->type, EntityType::Company);
    QCOMPARE(kb.entity(u"peking"_s)->type, EntityType::Place);
    QCOMPARE(kb.entity(u"us_regierung"_s)->type, EntityType::Org);
    QCOMPARE(kb.entity(u"jensen_huang"_s)->type, EntityType::Person);
    QCOMPARE(kb.entity(u"ernie"_s)->type, EntityType::Product);
    QCOMPARE(kb.entity(u"kunlun_p800"_s)->type, EntityType::Chip);
}

void TestKnowledgeBase::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedMessage");
    QTest::newRow("malformed JSON") << u"malformed.json"_s << u"malformed JSON at line 1"_s;
    QTest::newRow("missing name") << u"missing_name.json"_s << u"entity \"nameless\": missing field \"name\""_s;
    QTest::newRow("aliases not an array")
        << u"wrong_field_type.json"_s << u"field \"aliases\" must be an array of strings"_s;
    QTest::newRow("unknown type") << u"unknown_type.json"_s << u"unknown entity type \"GADGET\""_s;
    QTest::newRow("no such file") << u"does_not_exist.json"_s << u"cannot open"_s;
}

void TestKnowledgeBase::rejectsBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedMessage);
    KnowledgeBase kb;
    QString error;
    const QString path = QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/extract/") + file;
    QVERIFY(!kb.loadFile(path, &error));
    QVERIFY2(error.contains(expectedMessage), qPrintable(error));
    QVERIFY2(error.startsWith(path), "the message names the file");
    QVERIFY(kb.isEmpty());
}

void TestKnowledgeBase::leavesTheKbUnchangedOnError()
{
    KnowledgeBase kb = loadTestKb();
    const QString before = kb.revision();
    QString error;
    // The second entity is bad: the first must not be half-loaded.
    QVERIFY(!kb.loadJson(
        R"({"type": "COMPANY", "entities": [{"id": "fine", "name": "Fine"}, {"id": "BAD ID", "name": "x"}]})", &error));
    QVERIFY2(error.contains(u"\"id\""_s), qPrintable(error));
    QVERIFY(!kb.entity(u"fine"_s));
    QCOMPARE(kb.revision(), before);
    QVERIFY(!kb.loadJson("[1, 2]", &error));
    QVERIFY(!kb.loadJson(R"({"type": "CHIP"})", &error));
    QVERIFY(error.contains(u"entities"_s));
    QVERIFY(!kb.loadJson(R"({"type": "CHIP", "entities": [{"id": "y", "name": "Y", "year": "2024"}]})", &error));
    QVERIFY(error.contains(u"year"_s));
    QVERIFY(
        !kb.loadJson(R"({"type": "COMPANY", "entities": [{"id": "y", "name": "Y", "fiscal_year_end": 13}]})", &error));
    QVERIFY2(error.contains(u"fiscal_year_end"_s) && error.contains(u"month"_s), qPrintable(error));
    QVERIFY(
        !kb.loadJson(R"({"type": "COMPANY", "entities": [{"id": "y", "name": "Y", "fiscal_year_end": 1.5}]})", &error));
    QVERIFY(
        !kb.loadJson(R"({"type": "CHIP", "entities": [{"id": "y", "name": "Y", "context_required": "yes"}]})", &error));
    QVERIFY(!kb.loadJson(R"({"type": "CHIP", "entities": [{"id": "y", "name": "Y", "specs": [1]}]})", &error));
    QVERIFY(!kb.loadJson(R"({"type": "CHIP", "entities": [{"id": "y", "name": "  "}]})", &error));
    QCOMPARE(kb.revision(), before);
    QVERIFY2(
        kb.loadJson(R"({"type": "COMPANY", "entities": [{"id": "nv", "name": "NV", "fiscal_year_end": 1}]})", &error),
        qPrintable(error));
    QCOMPARE(kb.entity(u"nv"_s)->fiscalYearEnd, 1);
}

void TestKnowledgeBase::rejectsDuplicateIdsAcrossFiles()
{
    KnowledgeBase kb = loadTestKb();
    QString error;
    QVERIFY(!kb.loadJson(R"({"type": "PLACE", "entities": [{"id": "nvidia", "name": "Nvidia Town"}]})", &error));
    QVERIFY2(error.contains(u"duplicate id \"nvidia\""_s), qPrintable(error));
    QCOMPARE(kb.entity(u"nvidia"_s)->type, EntityType::Company);
}

void TestKnowledgeBase::validateReportsUnknownParentAndVendor()
{
    KnowledgeBase kb = loadTestKb();
    QString error;
    QVERIFY2(kb.loadFile(QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/extract/unknown_parent.json"), &error),
             qPrintable(error));
    QVERIFY(kb.loadJson(R"({"type": "CHIP", "entities": [
        {"id": "c1", "name": "C1", "vendor": "nobody"},
        {"id": "c2", "name": "C2", "vendor": "china"}]})",
                        &error));
    const QStringList problems = kb.validate();
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.contains(u"entity \"orphan\": unknown parent \"no_such_company\""_s));
    QVERIFY(problems.contains(u"entity \"c1\": unknown vendor \"nobody\""_s));
    QVERIFY(problems.contains(u"entity \"c2\": vendor \"china\" is not a company"_s));
}

void TestKnowledgeBase::validateAcceptsConsistentKb()
{
    const KnowledgeBase kb = loadTestKb();
    QCOMPARE(kb.validate(), QStringList());
    KnowledgeBase loop;
    QVERIFY(loop.loadJson(R"({"type": "COMPANY", "entities": [
        {"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}]})"));
    QVERIFY(!loop.validate().filter(u"cycle"_s).isEmpty());
}

void TestKnowledgeBase::findsByCanonicalNameIgnoringCaseSpaceAndHyphen()
{
    const KnowledgeBase kb = loadTestKb();
    auto idOf = [&](QStringView name) {
        const KbEntity *e = kb.entityByName(name);
        return e ? e->id : u"<none>"_s;
    };
    QCOMPARE(idOf(u"Kunlun P800"), u"kunlun_p800"_s);
    QCOMPARE(idOf(u"kunlun-p800"), u"kunlun_p800"_s);
    QCOMPARE(idOf(u"T-Head"), u"t_head"_s);
    QCOMPARE(idOf(u"thead"), u"t_head"_s);
    QCOMPARE(idOf(u"GROSSBRITANNIEN"), u"grossbritannien"_s);
    QCOMPARE(idOf(u"großbritannien"), u"grossbritannien"_s);
    QVERIFY(!kb.entityByName(u"Aliyun")); // an alias, not a canonical name
    QVERIFY(!kb.entityByName(u"Nobody"));
}

void TestKnowledgeBase::resolvesParentAndVendor()
{
    const KnowledgeBase kb = loadTestKb();
    QVERIFY(kb.parentOf(u"t_head"_s) && kb.vendorOf(u"zhenwu"_s) && kb.parentOf(u"peking"_s));
    QCOMPARE(kb.parentOf(u"t_head"_s)->id, u"alibaba"_s);
    QCOMPARE(kb.vendorOf(u"zhenwu"_s)->id, u"t_head"_s);
    QCOMPARE(kb.parentOf(u"peking"_s)->id, u"china"_s);
    QVERIFY(!kb.parentOf(u"alibaba"_s));
    QVERIFY(!kb.vendorOf(u"nvidia"_s));
    QVERIFY(!kb.vendorOf(u"no_such_id"_s));
}

void TestKnowledgeBase::addEntityAddsAndReplaces()
{
    KnowledgeBase kb = loadTestKb();
    const qsizetype size = kb.size();
    KbEntity user;
    user.id = u"biren"_s;
    user.type = EntityType::Company;
    user.name = u"Biren"_s;
    user.userDefined = true;
    kb.addEntity(user);
    QCOMPARE(kb.size(), size + 1);
    QVERIFY(kb.entity(u"biren"_s) && kb.entity(u"biren"_s)->userDefined);
    QVERIFY(kb.entityByName(u"biren") == kb.entity(u"biren"_s));
    user.name = u"Biren Technology"_s;
    kb.addEntity(user);
    QCOMPARE(kb.size(), size + 1);
    QCOMPARE(kb.entity(u"biren"_s)->name, u"Biren Technology"_s);
    QVERIFY(kb.removeEntity(u"biren"_s));
    QVERIFY(!kb.entity(u"biren"_s));
    QVERIFY(!kb.removeEntity(u"biren"_s));
}

void TestKnowledgeBase::revisionChangesWithContentOnly()
{
    KnowledgeBase a = loadTestKb();
    const QString rev = a.revision();
    QCOMPARE(rev.size(), 64);
    QCOMPARE(loadTestKb().revision(), rev);

    // Same content, other load order: same revision.
    KnowledgeBase reversed;
    const QDir dir(QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/extract/kb"));
    QStringList files = KnowledgeBase::builtInFiles();
    std::reverse(files.begin(), files.end());
    for (const QString &file : files) {
        QVERIFY(reversed.loadFile(dir.filePath(file)));
    }
    QCOMPARE(reversed.revision(), rev);

    KbEntity changed = *a.entity(u"h20"_s);
    changed.aliases.append(u"Nvidia H20"_s);
    a.addEntity(changed);
    QVERIFY(a.revision() != rev);
}

void TestKnowledgeBase::builtInKbLoadsWithoutProblems()
{
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    QVERIFY(!kb.isEmpty());
    QCOMPARE(kb.validate(), QStringList());
    QVERIFY(kb.entity(u"nvidia"_s));
}

void TestKnowledgeBase::reportsMissingFile()
{
    KnowledgeBase kb;
    QVERIFY(!kb.loadFile(u"/nonexistent/kb.json"_s));
    QVERIFY(kb.isEmpty());
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
