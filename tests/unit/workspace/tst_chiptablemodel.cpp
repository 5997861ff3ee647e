// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "storage/analysisstore.h"
#include "workspace/chiptablemodel.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestChipTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_showVendorComparisonsCountsAndDates();
    void roles_leadToTheFirstClaimAndComparison();
    void articles_restrictTheTable();
    void proxy_sortsCountsAndDates();
    void demoArticles_zhenwuByAlibabaComparedWithH20();
    void specsAndRatios_asTheArticlesStateThem();

private:
    QString sentenceOf(const QModelIndex &index) const;
    static QString sentenceOf(const Library &library, const QModelIndex &index);
    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;
};

void TestChipTableModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
}

void TestChipTableModel::specsAndRatios_asTheArticlesStateThem()
{
    QString error;
    auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(library, qPrintable(error));
    const qint64 id = WorkspaceFixture::addArticle(
        *library, u"Ascend im Vergleich"_s,
        u"Huawei bringt den Ascend 910C in Stellung. Der Ascend 910C verfügt über 128 Gigabyte HBM3-Speicher und "
        "wird im 7-Nanometer-Verfahren gefertigt. Der Ascend 910C erreicht nach Angaben von Analysten rund 60 Prozent "
        "der Leistung des H100."_s,
        u"2025-03-10"_s);
    QVERIFY(id > 0);
    ChipTableModel model(*library, WorkspaceFixture::knowledgeBase());
    model.reload();
    const int row = model.rowOf(u"Ascend 910C"_s);
    QVERIFY(row >= 0);
    const QModelIndex specs = model.index(row, ChipTableModel::SpecsColumn);
    QVERIFY2(specs.data().toString().contains(u"128 GB"_s), qPrintable(specs.data().toString()));
    QVERIFY2(specs.data().toString().contains(u"7 nm"_s), qPrintable(specs.data().toString()));
    // Each spec leads to the sentence that states it.
    QCOMPARE(specs.data(ArticleIdRole).toLongLong(), id);
    QVERIFY2(sentenceOf(*library, specs).contains(u"128 Gigabyte"_s), qPrintable(sentenceOf(*library, specs)));
    QVERIFY(specs.data(Qt::ToolTipRole).toString().contains(u"128 Gigabyte"_s));
    // The ratio the article states, read "Ascend 910C = 0.6 × H100".
    const QString compared = model.index(row, ChipTableModel::ComparedWithColumn).data().toString();
    QVERIFY2(compared.contains(u"H100 (\u00d7 "_s + QLocale().toString(0.6) + u')'), qPrintable(compared));
    // Sorting and filtering go by the names alone.
    QVERIFY(!model.index(row, ChipTableModel::ComparedWithColumn).data(SortRole).toString().contains(u'\u00d7'));
}

QString TestChipTableModel::sentenceOf(const Library &library, const QModelIndex &index)
{
    const auto article = library.article(index.data(ArticleIdRole).toLongLong());
    if (!article) {
        return {};
    }
    const qint64 start = index.data(SentenceStartRole).toLongLong();
    return article->document.text.mid(start, index.data(SentenceEndRole).toLongLong() - start);
}

QString TestChipTableModel::sentenceOf(const QModelIndex &index) const
{
    const auto article = m_library->article(index.data(ArticleIdRole).toLongLong());
    if (!article) {
        return {};
    }
    const qint64 start = index.data(SentenceStartRole).toLongLong();
    return article->document.text.mid(start, index.data(SentenceEndRole).toLongLong() - start);
}

void TestChipTableModel::rows_showVendorComparisonsCountsAndDates()
{
    ChipTableModel model(*m_library, WorkspaceFixture::knowledgeBase());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.columnCount(), int(ChipTableModel::ColumnCount));
    const int zhenwu = model.rowOf(u"Zhenwu"_s);
    QVERIFY(zhenwu >= 0);
    QVERIFY2(model.index(zhenwu, ChipTableModel::VendorColumn).data().toString().contains(u"Alibaba"_s),
             qPrintable(model.index(zhenwu, ChipTableModel::VendorColumn).data().toString()));
    QVERIFY(model.index(zhenwu, ChipTableModel::ComparedWithColumn).data().toString().contains(u"H20"_s));
    QVERIFY(!model.index(zhenwu, ChipTableModel::KindColumn).data().toString().isEmpty());
    QVERIFY(!model.index(zhenwu, ChipTableModel::ChipColumn).data(EntityIdRole).toString().isEmpty());

    // H20: in s3 (2024-11-20) and s2 (2025-07-02).
    const int h20 = model.rowOf(u"H20"_s);
    QVERIFY(h20 >= 0);
    QCOMPARE(model.index(h20, ChipTableModel::ArticlesColumn).data().toInt(), 2);
    QCOMPARE(model.index(h20, ChipTableModel::ClaimsColumn).data().toInt(), 2);
    QCOMPARE(model.index(h20, ChipTableModel::FirstSeenColumn).data().toString(), u"2024-11-20"_s);
    QCOMPARE(model.index(h20, ChipTableModel::LastSeenColumn).data().toString(), u"2025-07-02"_s);
    QCOMPARE(model.index(h20, ChipTableModel::VendorColumn).data().toString(), u"Nvidia"_s);
    QCOMPARE(model.headerData(ChipTableModel::ComparedWithColumn, Qt::Horizontal).toString(), u"Compared with"_s);
}

void TestChipTableModel::roles_leadToTheFirstClaimAndComparison()
{
    ChipTableModel model(*m_library, WorkspaceFixture::knowledgeBase());
    model.reload();
    const int h20 = model.rowOf(u"H20"_s);
    // The first claim is the oldest article's.
    const QModelIndex chip = model.index(h20, ChipTableModel::ChipColumn);
    QCOMPARE(chip.data(ArticleIdRole).toLongLong(), m_ids.value(u"s3"_s));
    QVERIFY2(sentenceOf(chip).contains(u"H20"_s), qPrintable(sentenceOf(chip)));
    QCOMPARE(chip.data(SourcesRole).value<QList<SourceRef>>().size(), 2);
    // The comparison sits in s2, with both chips in its sentence.
    const QModelIndex compared = model.index(h20, ChipTableModel::ComparedWithColumn);
    QCOMPARE(compared.data(ArticleIdRole).toLongLong(), m_ids.value(u"s2"_s));
    QVERIFY2(sentenceOf(compared).contains(u"Zhenwu"_s) && sentenceOf(compared).contains(u"H20"_s),
             qPrintable(sentenceOf(compared)));
    QVERIFY(model.index(h20, ChipTableModel::ClaimsColumn).data(Qt::ToolTipRole).toString().contains(u"H20"_s));
    // A chip that is only the other side of a comparison leads to it too.
    const int a100 = model.rowOf(u"A100"_s);
    QVERIFY(a100 >= 0);
    QCOMPARE(model.index(a100, ChipTableModel::ComparedWithColumn).data(ArticleIdRole).toLongLong(),
             m_ids.value(u"s3"_s));
}

void TestChipTableModel::articles_restrictTheTable()
{
    ChipTableModel model(*m_library, WorkspaceFixture::knowledgeBase());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArticles({m_ids.value(u"s3"_s)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowOf(u"Zhenwu"_s), -1);
    const int h20 = model.rowOf(u"H20"_s);
    QVERIFY(h20 >= 0);
    QCOMPARE(model.index(h20, ChipTableModel::ArticlesColumn).data().toInt(), 1);
    QCOMPARE(model.index(h20, ChipTableModel::LastSeenColumn).data().toString(), u"2024-11-20"_s);
    QVERIFY(model.index(h20, ChipTableModel::ComparedWithColumn).data().toString().isEmpty());
    model.setArticles({});
    QCOMPARE(model.rowCount(), 0);
    model.showAllArticles();
    QVERIFY(model.rowOf(u"Zhenwu"_s) >= 0);
}

void TestChipTableModel::proxy_sortsCountsAndDates()
{
    ChipTableModel model(*m_library, WorkspaceFixture::knowledgeBase());
    model.reload();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(SortRole);
    proxy.sort(ChipTableModel::ArticlesColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ChipTableModel::ChipColumn).data().toString(), u"H20"_s);
    proxy.sort(ChipTableModel::LastSeenColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ChipTableModel::LastSeenColumn).data().toString(), u"2025-07-02"_s);
    proxy.sort(ChipTableModel::ChipColumn, Qt::AscendingOrder);
    QStringList chips;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        chips << proxy.index(row, ChipTableModel::ChipColumn).data().toString();
    }
    QStringList sorted = chips;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(chips, sorted);
}

void TestChipTableModel::demoArticles_zhenwuByAlibabaComparedWithH20()
{
    const QString dir = WorkspaceFixture::demoArticlesDir();
    QString error;
    const auto library = WorkspaceFixture::importLibrary({dir}, &error);
    QVERIFY2(library, qPrintable(error));
    const KnowledgeBase kb = AnalysisStore(*library).knowledgeBase();
    ChipTableModel model(*library, kb);
    model.reload();
    const int zhenwu = model.rowOf(u"Zhenwu"_s);
    QVERIFY(zhenwu >= 0);
    const ChipTableEntry &entry = model.entries().at(zhenwu);
    QVERIFY(entry.row.vendor == u"Alibaba" || entry.row.vendorParent == u"Alibaba");
    QVERIFY(entry.row.comparableTo.contains(u"H20"_s));
    QVERIFY(!entry.comparisons.isEmpty());
    QCOMPARE(entry.claims.size(), entry.row.claims.size()); // every claim found its sentence
    QCOMPARE(entry.row.articleCount, 1);
    // The H20 is named in every demo article.
    const int h20 = model.rowOf(u"H20"_s);
    QVERIFY(h20 >= 0);
    QCOMPARE(model.entries().at(h20).row.articleCount, int(library->articleCount()));
}

QTEST_GUILESS_MAIN(TestChipTableModel)
#include "tst_chiptablemodel.moc"
