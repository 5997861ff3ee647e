// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "articletablemodel.h"
#include "storage/library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Chipwatch::Core::Library;
using Chipwatch::Ui::ArticleTableModel;

namespace {

struct Synthetic
{
    qint64 id = 0;
    int index = 0;
    QString title;
    QString source;
    QString date;
    QString language;
};

// Enough articles for several pages of the model's row cache.
constexpr int articleCount = 5 * ArticleTableModel::pageSize + 17;

const QStringList sources = {u"Heise"_s, u"Golem"_s, u"IT Boltwise"_s, u"Reuters"_s, u""_s};
const QStringList languages = {u"de"_s, u"en"_s, u"de"_s, u"fr"_s};

Chipwatch::Core::LoadedArticle makeArticle(int i, QString *titleOut)
{
    // Titles that do not sort like their numbers, with repeats so that the id has to break ties.
    const QString title = u"Meldung %1 zu Chips"_s.arg((i * 37) % 211);
    QString text = title + u'\n';
    text += u"Dies ist der erste Absatz der Testmeldung Nummer %1 zum Thema%2.\n"_s.arg(i).arg(i % 7);
    if (i % 2 == 0) {
        text += u"Ein Rechenzentrum wird erweitert.\n"_s;
    }
    Chipwatch::Core::LoadedArticle article;
    article.filePath = u"/synthetic/article-%1.txt"_s.arg(i);
    article.format = Chipwatch::Core::ArticleFormat::PlainText;
    article.encoding = u"UTF-8"_s;
    article.fileHash = QByteArray::number(i);
    article.document.text = text;
    article.document.body = {{0, text.size()}};
    article.document.meta.title = title;
    article.document.meta.source = sources.at(i % sources.size());
    article.document.meta.date =
        i % 11 == 0 ? u"2024"_s
                    : u"2025-%1-%2"_s.arg(1 + i % 12, 2, 10, QChar(u'0')).arg(1 + i % 28, 2, 10, QChar(u'0'));
    article.document.meta.language = languages.at(i % languages.size());
    *titleOut = title;
    return article;
}

} // namespace

class TestArticleTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryArticleWithItsColumns();
    void sortsInTheDatabase_data();
    void sortsInTheDatabase();
    void sortingKeepsTheSelectedArticle();
    void filtersWithTheFullTextIndex_data();
    void filtersWithTheFullTextIndex();
    void refreshShowsNewArticles();
    void noLibraryMeansNoRows();

    void onlyTheLatestRequestCounts();

private:
    QList<qint64> idsInModel() const;
    // Sorting, searching and refreshing answer on a worker thread.
    bool waitForList();

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<Synthetic> m_articles;
    std::unique_ptr<ArticleTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestArticleTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = std::make_unique<Library>(m_dir.filePath(u"model.sqlite"_s));
    QString error;
    QVERIFY2(m_library->open(&error), qPrintable(error));
    for (int i = 0; i < articleCount; ++i) {
        Synthetic s;
        const Chipwatch::Core::LoadedArticle article = makeArticle(i, &s.title);
        const Chipwatch::Core::InsertResult result = m_library->insertArticle(article);
        QVERIFY2(result.outcome == Chipwatch::Core::InsertOutcome::Inserted, qPrintable(result.error));
        s.id = result.articleId;
        s.index = i;
        s.source = article.document.meta.source;
        s.date = article.document.meta.date;
        s.language = article.document.meta.language;
        m_articles << s;
    }
}

void TestArticleTableModel::init()
{
    m_model = std::make_unique<ArticleTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setLibrary(m_library.get());
}

void TestArticleTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

bool TestArticleTableModel::waitForList()
{
    return QTest::qWaitFor([this] { return !m_model->isQueryRunning(); }, 20000);
}

QList<qint64> TestArticleTableModel::idsInModel() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ids << m_model->index(row, 0).data(ArticleTableModel::ArticleIdRole).toLongLong();
    }
    return ids;
}

void TestArticleTableModel::listsEveryArticleWithItsColumns()
{
    QCOMPARE(m_model->rowCount(), articleCount);
    QCOMPARE(m_model->columnCount(), int(ArticleTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(ArticleTableModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);
    // Walk backwards so that pages are loaded out of order.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const qint64 id = m_model->articleId(row);
        const auto it =
            std::find_if(m_articles.cbegin(), m_articles.cend(), [id](const Synthetic &s) { return s.id == id; });
        QVERIFY(it != m_articles.cend());
        QCOMPARE(m_model->index(row, ArticleTableModel::TitleColumn).data().toString(), it->title);
        QCOMPARE(m_model->index(row, ArticleTableModel::SourceColumn).data().toString(), it->source);
        QCOMPARE(m_model->index(row, ArticleTableModel::DateColumn).data().toString(), it->date);
        QCOMPARE(m_model->index(row, ArticleTableModel::LanguageColumn).data().toString(), it->language);
        QCOMPARE(m_model->rowOfArticle(id), row);
    }
}

void TestArticleTableModel::sortsInTheDatabase_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<std::pair<int, const char *>> columns = {{ArticleTableModel::TitleColumn, "title"},
                                                         {ArticleTableModel::SourceColumn, "source"},
                                                         {ArticleTableModel::DateColumn, "date"},
                                                         {ArticleTableModel::LanguageColumn, "language"}};
    for (const auto &[column, name] : columns) {
        QTest::addRow("%s ascending", name) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", name) << column << Qt::DescendingOrder;
    }
}

void TestArticleTableModel::sortsInTheDatabase()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // Start from another order, so that every row really moves through the reorder path.
    m_model->sort(column == ArticleTableModel::TitleColumn ? ArticleTableModel::DateColumn
                                                           : ArticleTableModel::TitleColumn,
                  order);
    QVERIFY(waitForList());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QVERIFY(m_model->isQueryRunning());
    QVERIFY(waitForList());
    QCOMPARE(reset.size(), 0); // a reorder, not a new list

    QList<Synthetic> expected = m_articles;
    const auto key = [column](const Synthetic &s) {
        switch (column) {
        case ArticleTableModel::TitleColumn:
            return s.title;
        case ArticleTableModel::SourceColumn:
            return s.source;
        case ArticleTableModel::LanguageColumn:
            return s.language;
        default:
            return s.date;
        }
    };
    std::sort(expected.begin(), expected.end(), [&](const Synthetic &a, const Synthetic &b) {
        const int byKey = QString::compare(key(a), key(b));
        if (byKey != 0) {
            return order == Qt::AscendingOrder ? byKey < 0 : byKey > 0;
        }
        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> expectedIds;
    for (const Synthetic &s : expected) {
        expectedIds << s.id;
    }
    QCOMPARE(idsInModel(), expectedIds);
    QCOMPARE(m_model->index(0, column).data().toString(), key(expected.constFirst()));
}

void TestArticleTableModel::sortingKeepsTheSelectedArticle()
{
    m_model->sort(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(waitForList());
    const QPersistentModelIndex selected = m_model->index(200, ArticleTableModel::SourceColumn);
    const qint64 id = m_model->articleId(200);
    QSignalSpy layoutChanged(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->sort(ArticleTableModel::DateColumn, Qt::DescendingOrder);
    QVERIFY(waitForList());
    QCOMPARE(layoutChanged.size(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.column(), int(ArticleTableModel::SourceColumn));
    QCOMPARE(m_model->articleId(selected.row()), id);
}

void TestArticleTableModel::filtersWithTheFullTextIndex_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("modulo7"); // -1: any
    QTest::addColumn<bool>("evenOnly");

    QTest::newRow("one word") << u"Thema3"_s << 3 << false;
    QTest::newRow("case-insensitive") << u"thema5"_s << 5 << false;
    QTest::newRow("two words, all must match") << u"Rechenzentrum Thema4"_s << 4 << true;
    QTest::newRow("prefix of the last word") << u"Rechenzen"_s << -1 << true;
    QTest::newRow("phrase") << u"\"wird erweitert\""_s << -1 << true;
    QTest::newRow("no match") << u"Quantencomputer"_s << -2 << false;
}

void TestArticleTableModel::filtersWithTheFullTextIndex()
{
    QFETCH(QString, query);
    QFETCH(int, modulo7);
    QFETCH(bool, evenOnly);

    m_model->sort(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
    m_model->setFilterText(query);
    QVERIFY(waitForList());
    QSet<qint64> expected;
    for (const Synthetic &s : std::as_const(m_articles)) {
        if (modulo7 == -2 || (modulo7 >= 0 && s.index % 7 != modulo7) || (evenOnly && s.index % 2 != 0)) {
            continue;
        }
        expected.insert(s.id);
    }
    const QList<qint64> ids = idsInModel();
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), expected);
    QCOMPARE(ids.size(), expected.size()); // no article twice
    // The filter keeps the chosen order.
    for (int row = 1; row < m_model->rowCount(); ++row) {
        QVERIFY(m_model->index(row - 1, 0).data().toString() <= m_model->index(row, 0).data().toString());
    }
    m_model->setFilterText(QString());
    QVERIFY(waitForList());
    QCOMPARE(m_model->rowCount(), articleCount);
}

void TestArticleTableModel::refreshShowsNewArticles()
{
    QString title;
    Chipwatch::Core::LoadedArticle article = makeArticle(articleCount + 1000, &title);
    const Chipwatch::Core::InsertResult result = m_library->insertArticle(article);
    QCOMPARE(result.outcome, Chipwatch::Core::InsertOutcome::Inserted);
    Synthetic s{result.articleId,           articleCount + 1000,           title, article.document.meta.source,
                article.document.meta.date, article.document.meta.language};
    m_articles << s;

    QCOMPARE(m_model->rowCount(), articleCount); // a snapshot until refreshed
    QSignalSpy updated(m_model.get(), &ArticleTableModel::listUpdated);
    m_model->refresh();
    QVERIFY(updated.wait(20000));
    QCOMPARE(m_model->rowCount(), articleCount + 1);
    QVERIFY(m_model->rowOfArticle(result.articleId) >= 0);
}

void TestArticleTableModel::onlyTheLatestRequestCounts()
{
    QSignalSpy updated(m_model.get(), &ArticleTableModel::listUpdated);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // As typed into the search box faster than the queries answer.
    m_model->setFilterText(u"Thema1"_s);
    m_model->setFilterText(u"Thema2"_s);
    m_model->sort(ArticleTableModel::SourceColumn, Qt::AscendingOrder);
    m_model->setFilterText(u"Thema6"_s);
    QVERIFY(waitForList());
    QCOMPARE(updated.size(), 1);
    QCOMPARE(reset.size(), 1); // no intermediate list was shown
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->articleId(row);
        const auto it =
            std::find_if(m_articles.cbegin(), m_articles.cend(), [id](const Synthetic &s) { return s.id == id; });
        QVERIFY(it != m_articles.cend());
        QCOMPARE(it->index % 7, 6);
        if (row > 0) {
            QVERIFY(m_model->index(row - 1, ArticleTableModel::SourceColumn).data().toString() <=
                    m_model->index(row, ArticleTableModel::SourceColumn).data().toString());
        }
    }
    QVERIFY(m_model->rowCount() > 0);
}

void TestArticleTableModel::noLibraryMeansNoRows()
{
    m_model->setLibrary(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->articleId(0), 0);
    m_model->setLibrary(m_library.get());
    QCOMPARE(m_model->rowCount(), m_articles.size());
}

QTEST_GUILESS_MAIN(TestArticleTableModel)
#include "tst_articletablemodel.moc"
