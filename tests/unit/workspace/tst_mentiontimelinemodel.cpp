// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/mentiontimelinemodel.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestMentionTimelineModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void months_formAGaplessRangeWithXYColumnPairs();
    void counts_areMentionsOrArticlesPerMonth();
    void articlesWithoutMonth_areCountedApart();
    void articles_restrictTheTimeline();
    void noCompanies_giveAnEmptyModel();

private:
    static double msecs(int year, int month)
    {
        return double(QDateTime(QDate(year, month, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;
};

void TestMentionTimelineModel::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
    m_ids.insert(u"year"_s, WorkspaceFixture::addArticle(*m_library, u"Jahresbilanz"_s,
                                                         u"Huawei baut seine Chipfertigung aus."_s, u"2025"_s));
    QVERIFY(m_ids.value(u"year"_s) > 0);
}

void TestMentionTimelineModel::months_formAGaplessRangeWithXYColumnPairs()
{
    MentionTimelineModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCompanies({u"MetaX"_s, u"Huawei"_s, u"MetaX"_s});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.companies(), (QStringList{u"MetaX"_s, u"Huawei"_s}));
    QCOMPARE(model.columnCount(), 4);
    // s3 (2024-11) to s2 (2025-07), every month in between.
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.months().first(), QDate(2024, 11, 1));
    QCOMPARE(model.months().last(), QDate(2025, 7, 1));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"2024-11"_s);
    QCOMPARE(model.headerData(MentionTimelineModel::yColumn(1), Qt::Horizontal).toString(), u"Huawei"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate month = model.months().at(row);
        for (int company = 0; company < 2; ++company) {
            QCOMPARE(model.index(row, MentionTimelineModel::xColumn(company)).data().toDouble(),
                     msecs(month.year(), month.month()));
        }
    }
    const int december = 1;
    QCOMPARE(model.index(december, MentionTimelineModel::yColumn(0)).data().toInt(), 0);
    QVERIFY(
        model.index(december, MentionTimelineModel::yColumn(0)).data(SourcesRole).value<QList<SourceRef>>().isEmpty());
}

void TestMentionTimelineModel::counts_areMentionsOrArticlesPerMonth()
{
    MentionTimelineModel model(*m_library);
    model.setCompanies({u"MetaX"_s, u"Huawei"_s});
    const int march = int(model.months().indexOf(QDate(2025, 3, 1)));
    const QModelIndex metaxMarch = model.index(march, MentionTimelineModel::yColumn(0));
    QCOMPARE(metaxMarch.data().toInt(), 2); // s1: in the title and in the text
    QCOMPARE(metaxMarch.data(ArticleIdRole).toLongLong(), m_ids.value(u"s1"_s));
    const auto sources = metaxMarch.data(SourcesRole).value<QList<SourceRef>>();
    QCOMPARE(sources.size(), 1);
    const QString text = m_library->article(sources.first().articleId)->document.text;
    QVERIFY(text.mid(sources.first().sentence.start, sources.first().sentence.length()).contains(u"MetaX"_s));
    QCOMPARE(model.index(0, MentionTimelineModel::yColumn(1)).data().toInt(), 2); // Huawei in s3
    QCOMPARE(model.maxCount(), 2);

    model.setCount(MentionTimelineModel::Count::Articles);
    QCOMPARE(model.index(march, MentionTimelineModel::yColumn(0)).data().toInt(), 1);
    QCOMPARE(model.maxCount(), 1);
}

void TestMentionTimelineModel::articlesWithoutMonth_areCountedApart()
{
    MentionTimelineModel model(*m_library);
    model.setCompanies({u"Huawei"_s});
    QCOMPARE(model.undatedArticles(), 1); // the article dated only "2025"
    QCOMPARE(model.rowCount(), 1);        // s3 alone
    model.setCompanies({u"MetaX"_s});
    QCOMPARE(model.undatedArticles(), 0);
}

void TestMentionTimelineModel::articles_restrictTheTimeline()
{
    MentionTimelineModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCompanies({u"MetaX"_s, u"Alibaba"_s});
    model.setArticles({m_ids.value(u"s2"_s)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.months().first(), QDate(2025, 7, 1));
    QVERIFY(model.index(0, MentionTimelineModel::yColumn(1)).data().toInt() >= 2); // Alibaba twice in s2
    model.showAllArticles();
    QCOMPARE(model.rowCount(), 5); // 2025-03 .. 2025-07
}

void TestMentionTimelineModel::noCompanies_giveAnEmptyModel()
{
    MentionTimelineModel model(*m_library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    model.setCompanies({u"Nowhere Semiconductor"_s});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.maxCount(), 0);
}

QTEST_GUILESS_MAIN(TestMentionTimelineModel)
#include "tst_mentiontimelinemodel.moc"
