// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// The entity panel's model: every mention of one entity (by id, or a suggested name by canonical form and
// type) with its article and sentence, sortable and searchable through a proxy.
#include "storage/library.h"
#include "workspace/entitymentionsmodel.h"
#include "workspace/itemdataroles.h"
#include "workspacefixture.h"

#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestEntityMentionsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsEveryMentionWithItsSentence();
    void suggestedNamesAreFoundByCanonicalAndType();
    void sortsAndSearchesThroughAProxy();
    void unknownEntityGivesNoRows();

private:
    qint64 countOf(const QString &sql, const QVariantList &values) const;

    std::unique_ptr<Library> m_library;
};

void TestEntityMentionsModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    WorkspaceFixture::addArticle(*m_library, u"Newcomer"_s,
                                 u"Der Chipentwickler Qubitron aus Hefei stellte am Montag seinen ersten "
                                 "KI-Beschleuniger vor. Qubitron will damit Rechenzentren in China beliefern."_s,
                                 u"2025-05-01"_s);
}

qint64 TestEntityMentionsModel::countOf(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_library->database());
    q.prepare(sql);
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

void TestEntityMentionsModel::listsEveryMentionWithItsSentence()
{
    EntityMentionsModel model;
    model.setRecords(EntityMentionsModel::query(*m_library, {u"metax"_s, u"MetaX"_s, EntityType::Company}));
    const qint64 expected = countOf(u"SELECT count(*) FROM mentions WHERE entity_id = ?"_s, {u"metax"_s});
    QVERIFY(expected >= 2);
    QCOMPARE(qint64(model.rowCount()), expected);
    QCOMPARE(qint64(model.articleCount()),
             countOf(u"SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?"_s, {u"metax"_s}));
    QCOMPARE(model.columnCount(), int(EntityMentionsModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const EntityMentionRecord &r = model.record(row);
        const QString text = m_library->article(r.articleId)->document.text;
        QCOMPARE(r.surface, text.mid(r.start, r.end - r.start));
        QVERIFY(r.surface.startsWith(u"MetaX"_s));
        QVERIFY(r.sentenceStart <= r.start && r.end <= r.sentenceEnd);
        QCOMPARE(r.sentence, text.mid(r.sentenceStart, r.sentenceEnd - r.sentenceStart).simplified());
        QVERIFY(r.mentionInSentence >= 0);
        QCOMPARE(r.sentence.mid(r.mentionInSentence, r.surface.size()), r.surface);
        const QModelIndex title = model.index(row, EntityMentionsModel::TitleColumn);
        QCOMPARE(title.data(ArticleIdRole).toLongLong(), r.articleId);
        QCOMPARE(title.data(EntityMentionsModel::MentionStartRole).toLongLong(), r.start);
        QCOMPARE(title.data(Qt::DisplayRole).toString(), m_library->article(r.articleId)->document.meta.title);
        QCOMPARE(model.index(row, EntityMentionsModel::SentenceColumn).data().toString(), r.sentence);
    }
}

void TestEntityMentionsModel::suggestedNamesAreFoundByCanonicalAndType()
{
    const qint64 expected =
        countOf(u"SELECT count(*) FROM mentions WHERE entity_id = '' AND canonical = ?"_s, {u"Qubitron"_s});
    QVERIFY2(expected >= 1, "Qubitron is a suggested name");
    QSqlQuery type(m_library->database());
    QVERIFY(type.exec(u"SELECT type FROM mentions WHERE canonical = 'Qubitron' LIMIT 1"_s) && type.next());
    EntityType suggestedType = EntityType::Company;
    QVERIFY(entityTypeFromName(type.value(0).toString(), &suggestedType));
    const QList<EntityMentionRecord> records =
        EntityMentionsModel::query(*m_library, {QString(), u"Qubitron"_s, suggestedType});
    QCOMPARE(qint64(records.size()), expected);
    const EntityType otherType = suggestedType == EntityType::Person ? EntityType::Chip : EntityType::Person;
    QVERIFY(EntityMentionsModel::query(*m_library, {QString(), u"Qubitron"_s, otherType}).isEmpty());
}

void TestEntityMentionsModel::sortsAndSearchesThroughAProxy()
{
    EntityMentionsModel model;
    model.setRecords(EntityMentionsModel::query(*m_library, {u"alibaba"_s, u"Alibaba"_s, EntityType::Company}));
    QVERIFY(model.rowCount() >= 2);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(EntityMentionsModel::DateColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, EntityMentionsModel::DateColumn).data(SortRole).toString() <=
                proxy.index(row, EntityMentionsModel::DateColumn).data(SortRole).toString());
    }
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"CLOUD-SPARTE"_s);
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < model.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, EntityMentionsModel::SentenceColumn).data().toString().contains(u"Cloud-Sparte"_s));
    }
}

void TestEntityMentionsModel::unknownEntityGivesNoRows()
{
    EntityMentionsModel model;
    model.setRecords(EntityMentionsModel::query(*m_library, {u"no_such_entity"_s, u"Nobody"_s, EntityType::Company}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.articleCount(), 0);
}

QTEST_GUILESS_MAIN(TestEntityMentionsModel)
#include "tst_entitymentionsmodel.moc"
