// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/companylistmodel.h"
#include "workspace/itemdataroles.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestCompanyListModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_countMentionsAndArticles();
    void proxy_sortsByCountAndSearchesByName();
    void checking_reportsSelectionAndSurvivesReload();
    void setCheckedCompanies_keepsNamesTheLibraryLacks();
    void demoArticles_metaxCountedInExactlyTheArticlesNamingIt();

private:
    std::unique_ptr<Library> m_library;
};

void TestCompanyListModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
}

void TestCompanyListModel::rows_countMentionsAndArticles()
{
    CompanyListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QVERIFY(model.rowCount() >= 5);
    QCOMPARE(model.columnCount(), int(CompanyListModel::ColumnCount));

    const int metax = model.rowOf(u"MetaX"_s);
    QVERIFY(metax >= 0);
    QCOMPARE(model.index(metax, CompanyListModel::MentionsColumn).data().toInt(), 3); // s1 twice (title), s2 once
    QCOMPARE(model.index(metax, CompanyListModel::ArticlesColumn).data().toInt(), 2);
    QVERIFY(!model.index(metax, CompanyListModel::NameColumn).data(EntityIdRole).toString().isEmpty());

    const int cambricon = model.rowOf(u"Cambricon"_s);
    QVERIFY(cambricon >= 0);
    QCOMPARE(model.index(cambricon, CompanyListModel::ArticlesColumn).data().toInt(), 1);
    QCOMPARE(model.rowOf(u"Shanghai"_s), -1); // places are not companies
    QCOMPARE(model.headerData(CompanyListModel::MentionsColumn, Qt::Horizontal).toString(), u"Mentions"_s);
}

void TestCompanyListModel::proxy_sortsByCountAndSearchesByName()
{
    CompanyListModel model(*m_library);
    model.reload();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(SortRole);
    proxy.sort(CompanyListModel::ArticlesColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row - 1, CompanyListModel::ArticlesColumn).data().toInt() >=
                proxy.index(row, CompanyListModel::ArticlesColumn).data().toInt());
    }
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(CompanyListModel::NameColumn);
    proxy.setFilterFixedString(u"meta"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"MetaX"_s);
}

void TestCompanyListModel::checking_reportsSelectionAndSurvivesReload()
{
    CompanyListModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy changed(&model, &CompanyListModel::checkedCompaniesChanged);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex metax = model.index(model.rowOf(u"MetaX"_s), CompanyListModel::NameColumn);
    const QModelIndex alibaba = model.index(model.rowOf(u"Alibaba"_s), CompanyListModel::NameColumn);
    QVERIFY(model.flags(metax).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(metax.siblingAtColumn(1)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(metax.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QVERIFY(model.setData(metax, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.setData(alibaba, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(dataChanged.size(), 2);
    QCOMPARE(metax.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Row order (Alibaba is mentioned more often), not the order of clicking.
    QCOMPARE(changed.last().first().toStringList(), (QStringList{u"Alibaba"_s, u"MetaX"_s}));

    QVERIFY(model.setData(metax, Qt::Checked, Qt::CheckStateRole)); // no change, no signal
    QCOMPARE(changed.size(), 2);
    QVERIFY(!model.setData(metax.siblingAtColumn(1), Qt::Checked, Qt::CheckStateRole));

    model.reload();
    QCOMPARE(model.checkedCompanies(), (QStringList{u"Alibaba"_s, u"MetaX"_s}));
    QVERIFY(model.setData(model.index(model.rowOf(u"Alibaba"_s), 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedCompanies(), QStringList{u"MetaX"_s});
}

void TestCompanyListModel::setCheckedCompanies_keepsNamesTheLibraryLacks()
{
    CompanyListModel model(*m_library);
    model.reload();
    QSignalSpy changed(&model, &CompanyListModel::checkedCompaniesChanged);
    model.setCheckedCompanies({u"Nowhere Semiconductor"_s, u"Huawei"_s, u"Huawei"_s});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.checkedCompanies(), (QStringList{u"Huawei"_s, u"Nowhere Semiconductor"_s}));
    model.setCheckedCompanies({u"Huawei"_s, u"Nowhere Semiconductor"_s});
    QCOMPARE(changed.size(), 1);
    model.setCheckedCompanies({});
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.checkedCompanies().isEmpty());
}

void TestCompanyListModel::demoArticles_metaxCountedInExactlyTheArticlesNamingIt()
{
    const QString dir = WorkspaceFixture::demoArticlesDir();
    QString error;
    const auto library = WorkspaceFixture::importLibrary({dir}, &error);
    QVERIFY2(library, qPrintable(error));
    int articles = 0;
    int mentions = 0;
    const QRegularExpression word(u"\\bMetaX\\b"_s);
    for (const QString &file : WorkspaceFixture::idsByFile(*library).keys()) {
        QFile f(dir + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qsizetype n = QString::fromUtf8(f.readAll()).count(word);
        articles += n > 0 ? 1 : 0;
        mentions += int(n);
    }
    QVERIFY(articles > 0);
    CompanyListModel model(*library);
    model.reload();
    const int row = model.rowOf(u"MetaX"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CompanyListModel::ArticlesColumn).data().toInt(), articles);
    QCOMPARE(model.index(row, CompanyListModel::MentionsColumn).data().toInt(), mentions);
}

QTEST_GUILESS_MAIN(TestCompanyListModel)
#include "tst_companylistmodel.moc"
