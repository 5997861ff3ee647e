// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/facttablemodel.h"
#include "workspace/itemdataroles.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestFactTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metric_restrictsRowsAndRolesLeadToTheSentence();
    void claimInTwoCurrencies_givesTwoRowsWithOneSentence();
    void articles_restrictRows();
    void proxy_sortsValuesAsNumbers();

private:
    int rowWhere(const FactTableModel &model, const QString &subject, double value) const;
    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;
};

void TestFactTableModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
}

int TestFactTableModel::rowWhere(const FactTableModel &model, const QString &subject, double value) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, FactTableModel::SubjectColumn).data().toString() == subject &&
            qFuzzyCompare(model.index(row, FactTableModel::ValueColumn).data(ValueRole).toDouble(), value)) {
            return row;
        }
    }
    return -1;
}

void TestFactTableModel::metric_restrictsRowsAndRolesLeadToTheSentence()
{
    FactTableModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    const int all = model.rowCount();
    model.setMetric(u"revenue"_s);
    QCOMPARE(reset.size(), 2);
    QVERIFY(model.rowCount() >= 3 && model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.facts().at(row).metric, u"revenue"_s);
    }

    const int metax = rowWhere(model, u"MetaX"_s, 743e6);
    QVERIFY(metax >= 0);
    QCOMPARE(model.index(metax, FactTableModel::ValueColumn).data().toString(), u"743 million"_s);
    QCOMPARE(model.index(metax, FactTableModel::UnitColumn).data().toString(), u"CNY"_s);
    QCOMPARE(model.index(metax, FactTableModel::PeriodColumn).data().toString(), u"2024"_s);
    QCOMPARE(model.index(metax, FactTableModel::MetricColumn).data().toString(), u"Revenue"_s);
    QCOMPARE(model.index(metax, FactTableModel::ArticleColumn).data().toString(), u"MetaX legt Zahlen vor"_s);
    QCOMPARE(model.index(metax, FactTableModel::DateColumn).data().toString(), u"2025-03-10"_s);
    const QString sentence = model.index(metax, FactTableModel::SentenceColumn).data().toString();
    QVERIFY2(sentence.contains(u"743 Millionen Yuan"_s), qPrintable(sentence));

    // The roles give the article and the span of that very sentence.
    const QModelIndex cell = model.index(metax, FactTableModel::SentenceColumn);
    const qint64 articleId = cell.data(ArticleIdRole).toLongLong();
    QCOMPARE(articleId, m_ids.value(u"s1"_s));
    const auto article = m_library->article(articleId);
    QVERIFY(article);
    const qint64 start = cell.data(SentenceStartRole).toLongLong();
    const qint64 end = cell.data(SentenceEndRole).toLongLong();
    QCOMPARE(article->document.text.mid(start, end - start).trimmed(), sentence);
    const auto sources = cell.data(SourcesRole).value<QList<SourceRef>>();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().articleId, articleId);
    QCOMPARE(sources.first().sentence.start, start);

    model.setMetric(u"no_such_metric"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestFactTableModel::claimInTwoCurrencies_givesTwoRowsWithOneSentence()
{
    FactTableModel model(*m_library);
    model.setMetric(u"investment"_s);
    const int cny = rowWhere(model, u"Alibaba"_s, 380e9);
    const int usd = rowWhere(model, u"Alibaba"_s, 53e9);
    QVERIFY(cny >= 0 && usd >= 0);
    QCOMPARE(model.index(usd, FactTableModel::UnitColumn).data().toString(), u"USD"_s);
    QCOMPARE(model.index(cny, 0).data(SentenceStartRole), model.index(usd, 0).data(SentenceStartRole));
    QVERIFY(model.facts().at(cny).sameClaim(model.facts().at(usd)));
}

void TestFactTableModel::articles_restrictRows()
{
    FactTableModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetric(u"revenue"_s);
    model.setArticles({m_ids.value(u"s3"_s)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, FactTableModel::SubjectColumn).data().toString(), u"Cambricon"_s);
    QCOMPARE(model.index(0, FactTableModel::PeriodColumn).data().toString(), u"2025-H1"_s);
    model.setArticles({});
    QCOMPARE(model.rowCount(), 0);
    model.showAllArticles();
    QVERIFY(model.rowCount() >= 3);
}

void TestFactTableModel::proxy_sortsValuesAsNumbers()
{
    FactTableModel model(*m_library);
    model.setMetric(u"revenue"_s);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SortRole);
    proxy.sort(FactTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FactTableModel::SubjectColumn).data().toString(), u"Cambricon"_s); // 1.2 billion first
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, FactTableModel::ValueColumn).data(ValueRole).toDouble() >=
                proxy.index(row, FactTableModel::ValueColumn).data(ValueRole).toDouble());
    }
}

QTEST_GUILESS_MAIN(TestFactTableModel)
#include "tst_facttablemodel.moc"
