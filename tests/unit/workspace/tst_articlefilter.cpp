// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/articlefilter.h"
#include "workspacefixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestArticleFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyFilter_matchesEveryArticle();
    void filter_selectsArticles_data();
    void filter_selectsArticles();
    void describe_namesEveryActivePart();
    void variantMap_roundTrips();
    void demoArticles_companyFilterFindsExactlyTheArticlesNamingIt();

private:
    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids; // s1, s2, s3, year, undated
};

void TestArticleFilter::initTestCase()
{
    QString error;
    m_library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(m_library, qPrintable(error));
    for (auto [file, id] : WorkspaceFixture::idsByFile(*m_library).asKeyValueRange()) {
        m_ids.insert(file.left(2), id);
    }
    QCOMPARE(m_ids.size(), 3);
    m_ids.insert(u"year"_s, WorkspaceFixture::addArticle(*m_library, u"Jahresbilanz"_s,
                                                         u"Huawei baut seine Chipfertigung aus."_s, u"2025"_s));
    m_ids.insert(u"undated"_s, WorkspaceFixture::addArticle(*m_library, u"Ohne Datum"_s,
                                                            u"MetaX und Huawei bauen Chips."_s, QString()));
    QVERIFY(m_ids.value(u"year"_s) > 0 && m_ids.value(u"undated"_s) > 0);
}

void TestArticleFilter::emptyFilter_matchesEveryArticle()
{
    const ArticleFilter filter;
    QVERIFY(filter.isEmpty());
    QCOMPARE(filter.matchingArticles(*m_library), m_library->articleIds());
    QVERIFY(filter.describe().isEmpty());
    ArticleFilter blank;
    blank.companies = {u" "_s};
    blank.searchText = u"  "_s;
    QVERIFY(blank.isEmpty());
}

void TestArticleFilter::filter_selectsArticles_data()
{
    QTest::addColumn<QStringList>("companies");
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    QTest::newRow("any of two") << QStringList{u"MetaX"_s, u"Cambricon"_s} << false << none << none << none
                                << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"undated"_s};
    QTest::newRow("all of two") << QStringList{u"Alibaba"_s, u"MetaX"_s} << true << none << none << none
                                << QStringList{u"s1"_s, u"s2"_s};
    QTest::newRow("all, never together") << QStringList{u"MetaX"_s, u"Cambricon"_s} << true << none << none << none
                                         << QStringList{};
    QTest::newRow("all of one name given twice") << QStringList{u"Huawei"_s, u"Huawei"_s} << true << none << none
                                                 << none << QStringList{u"s3"_s, u"year"_s, u"undated"_s};
    QTest::newRow("name is exact, not a prefix")
        << QStringList{u"Ali"_s} << false << none << none << none << QStringList{};
    QTest::newRow("month range keeps a year-only date")
        << QStringList{} << false << u"2025-03"_s << u"2025-12"_s << none << QStringList{u"s1"_s, u"s2"_s, u"year"_s};
    QTest::newRow("bounds are inclusive days")
        << QStringList{} << false << u"2025-03-10"_s << u"2025-03-10"_s << none << QStringList{u"s1"_s, u"year"_s};
    QTest::newRow("upper bound only") << QStringList{} << false << none << u"2024"_s << none << QStringList{u"s3"_s};
    QTest::newRow("lower bound only") << QStringList{} << false << u"2025-04"_s << none << none
                                      << QStringList{u"s2"_s, u"year"_s};
    QTest::newRow("full-text search") << QStringList{} << false << none << none << u"Cambricon"_s
                                      << QStringList{u"s3"_s};
    QTest::newRow("search, company and date together")
        << QStringList{u"Alibaba"_s} << false << u"2025-06"_s << none << u"yuan"_s << QStringList{u"s2"_s};
}

void TestArticleFilter::filter_selectsArticles()
{
    QFETCH(QStringList, companies);
    QFETCH(bool, all);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    ArticleFilter filter;
    filter.companies = companies;
    filter.mode = all ? ArticleFilter::Mode::All : ArticleFilter::Mode::Any;
    filter.fromDate = from;
    filter.toDate = to;
    filter.searchText = search;
    QVERIFY(!filter.isEmpty());

    QList<qint64> wanted;
    for (const QString &key : std::as_const(expected)) {
        wanted << m_ids.value(key);
    }
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(filter.matchingArticles(*m_library), wanted);
}

void TestArticleFilter::describe_namesEveryActivePart()
{
    ArticleFilter filter;
    filter.companies = {u"Alibaba"_s, u"MetaX"_s};
    filter.mode = ArticleFilter::Mode::All;
    filter.fromDate = u"2025-03"_s;
    filter.toDate = u"2025-12"_s;
    filter.searchText = u"H20"_s;
    const QString text = filter.describe();
    for (const QString &part : {u"Alibaba"_s, u"MetaX"_s, u"2025-03"_s, u"2025-12"_s, u"H20"_s}) {
        QVERIFY2(text.contains(part), qPrintable(text));
    }
    ArticleFilter any = filter;
    any.mode = ArticleFilter::Mode::Any;
    QVERIFY(any.describe() != text); // the mode is visible
}

void TestArticleFilter::variantMap_roundTrips()
{
    ArticleFilter filter;
    filter.companies = {u"Moore Threads"_s, u"Nvidia"_s};
    filter.mode = ArticleFilter::Mode::All;
    filter.fromDate = u"2024-07"_s;
    filter.searchText = u"\"export controls\""_s;
    const ArticleFilter back = ArticleFilter::fromVariantMap(filter.toVariantMap());
    QCOMPARE(back, filter);
    QCOMPARE(ArticleFilter::fromVariantMap({}), ArticleFilter());
}

void TestArticleFilter::demoArticles_companyFilterFindsExactlyTheArticlesNamingIt()
{
    const QString dir = WorkspaceFixture::demoArticlesDir();
    QString error;
    const auto library = WorkspaceFixture::importLibrary({dir}, &error);
    QVERIFY2(library, qPrintable(error));
    ArticleFilter filter;
    filter.companies = {u"MetaX"_s};
    QList<qint64> expected;
    const QRegularExpression word(u"\\bMetaX\\b"_s);
    for (auto [file, id] : WorkspaceFixture::idsByFile(*library).asKeyValueRange()) {
        QFile f(dir + u'/' + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(f.readAll()).contains(word)) {
            expected << id;
        }
    }
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < library->articleCount());
    QCOMPARE(filter.matchingArticles(*library), expected);
}

QTEST_GUILESS_MAIN(TestArticleFilter)
#include "tst_articlefilter.moc"
