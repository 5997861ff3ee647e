// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "extract/knowledgebase.h"
#include "import/importer.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestAnalysisStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importWithAnalyzer_storesMentionsFiguresAndFacts();
    void storedAnalysis_roundTrips();
    void comparisonRatio_roundTrips();
    void changedKnowledgeBase_makesArticlesStaleAndRefreshRecomputes();
    void userEntity_persistsAndIsRecognisedAfterRefresh();
    void cancelledImport_leavesOnlyWholeArticles();

private:
    QString writeArticles(const QTemporaryDir &dir);
    KnowledgeBase m_kb;
};

namespace {

const QString metaxArticle = u"MetaX meldet Zahlen\n\nDas Shanghaier Start-up MetaX meldete für 2024 einen Umsatz von "
                             "743 Millionen Yuan. Der Chip soll Nvidias H20 ersetzen.\n"_s;
const QString newcomerArticle = u"Neuer Chipentwickler\n\nDer Chipentwickler Qubitron aus Hefei stellte am Montag "
                                "seinen ersten KI-Beschleuniger vor. Qubitron will damit Rechenzentren in China "
                                "beliefern.\n"_s;

} // namespace

void TestAnalysisStore::initTestCase()
{
    m_kb = KnowledgeBase::builtIn();
    QVERIFY(m_kb.size() > 100);
}

QString TestAnalysisStore::writeArticles(const QTemporaryDir &dir)
{
    for (const auto &[name, text] : {std::pair{u"metax.txt"_s, metaxArticle}, {u"newcomer.txt"_s, newcomerArticle}}) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(text.toUtf8());
    }
    return dir.path();
}

void TestAnalysisStore::importWithAnalyzer_storesMentionsFiguresAndFacts()
{
    QTemporaryDir dir;
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    const ArticleAnalyzer analyzer(m_kb);
    const ImportReport report = Importer::run(lib, {writeArticles(dir)}, {}, &analyzer, m_kb.revision());
    QCOMPARE(report.importedIds.size(), 2);

    AnalysisStore store(lib);
    QVERIFY(store.staleArticles(m_kb.revision()).isEmpty());
    const auto metax = store.analysis(report.importedIds.first());
    QVERIFY(metax.has_value());
    QStringList canonicals;
    for (const EntityMention &m : metax->entities) {
        canonicals << m.canonical;
    }
    QVERIFY2(canonicals.contains(u"MetaX"_s) && canonicals.contains(u"H20"_s), qPrintable(canonicals.join(u", ")));
    bool revenue = false;
    for (const Fact &f : metax->facts) {
        revenue = revenue || (f.subject == u"MetaX" && f.metric == u"revenue" && f.period == u"2024" &&
                              qFuzzyCompare(f.values.first().value, 743e6) && f.values.first().unit == u"CNY");
    }
    QVERIFY(revenue);
    QVERIFY(!metax->sentences.isEmpty());
}

void TestAnalysisStore::storedAnalysis_roundTrips()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    LoadedArticle article;
    article.filePath = u"/x.txt"_s;
    article.document.text = metaxArticle;
    article.document.body = {{0, metaxArticle.size()}};
    const qint64 id = lib.insertArticle(article).articleId;
    QVERIFY(id > 0);
    const ArticleAnalysis original = ArticleAnalyzer(m_kb).analyze(metaxArticle, article.document.body, u"de"_s, {});
    AnalysisStore store(lib);
    QString error;
    QVERIFY2(store.store(id, original, u"rev1"_s, &error), qPrintable(error));
    const auto loaded = store.analysis(id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->sentences.size(), original.sentences.size());
    QCOMPARE(loaded->entities.size(), original.entities.size());
    for (qsizetype i = 0; i < original.entities.size(); ++i) {
        QCOMPARE(loaded->entities.at(i).span, original.entities.at(i).span);
        QCOMPARE(loaded->entities.at(i).canonical, original.entities.at(i).canonical);
        QCOMPARE(loaded->entities.at(i).type, original.entities.at(i).type);
    }
    QCOMPARE(loaded->figures.size(), original.figures.size());
    QCOMPARE(loaded->facts.size(), original.facts.size());
    QCOMPARE(loaded->comparisons.size(), original.comparisons.size());
    for (qsizetype i = 0; i < original.comparisons.size(); ++i) {
        QCOMPARE(loaded->comparisons.at(i).relation, original.comparisons.at(i).relation);
        QCOMPARE(loaded->comparisons.at(i).ratio, original.comparisons.at(i).ratio);
    }
    QCOMPARE(store.revisionOf(id), u"rev1"_s);
    // Storing again replaces, never adds.
    QVERIFY(store.store(id, original, u"rev2"_s, &error));
    QCOMPARE(store.analysis(id)->entities.size(), original.entities.size());
}

void TestAnalysisStore::comparisonRatio_roundTrips()
{
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    LoadedArticle article;
    article.filePath = u"/ratio.txt"_s;
    article.document.text = u"Der Chip erreicht rund 60 Prozent der Leistung des H100."_s;
    article.document.body = {{0, article.document.text.size()}};
    const qint64 id = lib.insertArticle(article).articleId;
    QVERIFY(id > 0);
    ArticleAnalysis analysis;
    analysis.comparisons.append(ChipComparison{u"Ascend 910C"_s, u"H100"_s, u"fraction"_s, TextSpan{0, 10}, 0.6});
    AnalysisStore store(lib);
    QString error;
    QVERIFY2(store.store(id, analysis, u"rev1"_s, &error), qPrintable(error));
    const auto loaded = store.analysis(id);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->comparisons.size(), 1);
    QCOMPARE(loaded->comparisons.first().relation, u"fraction"_s);
    QCOMPARE(loaded->comparisons.first().ratio, 0.6);
}

void TestAnalysisStore::changedKnowledgeBase_makesArticlesStaleAndRefreshRecomputes()
{
    QTemporaryDir dir;
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    const ArticleAnalyzer analyzer(m_kb);
    Importer::run(lib, {writeArticles(dir)}, {}, &analyzer, u"old-revision"_s);
    AnalysisStore store(lib);
    QCOMPARE(store.staleArticles(m_kb.revision()).size(), 2);
    int lastTotal = -1;
    const int done = store.refresh(analyzer, m_kb.revision(), [&lastTotal](int, int total) {
        lastTotal = total;
        return true;
    });
    QCOMPARE(done, 2);
    QCOMPARE(lastTotal, 2);
    QVERIFY(store.staleArticles(m_kb.revision()).isEmpty());
}

void TestAnalysisStore::userEntity_persistsAndIsRecognisedAfterRefresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lib.sqlite"_s);
    QTemporaryDir articles;
    {
        Library lib(path);
        QVERIFY(lib.open(nullptr));
        const ArticleAnalyzer analyzer(m_kb);
        Importer::run(lib, {writeArticles(articles)}, {}, &analyzer, m_kb.revision());
        KbEntity qubitron;
        qubitron.id = u"user-qubitron"_s;
        qubitron.type = EntityType::Company;
        qubitron.name = u"Qubitron"_s;
        qubitron.category = u"chip_designer"_s;
        QString error;
        QVERIFY2(AnalysisStore(lib).saveUserEntity(qubitron, &error), qPrintable(error));
    }
    Library lib(path);
    QVERIFY(lib.open(nullptr));
    AnalysisStore store(lib);
    QCOMPARE(store.userEntities().size(), 1);
    const KnowledgeBase kb = store.knowledgeBase();
    QVERIFY(kb.entity(u"user-qubitron"_s));
    QVERIFY(kb.revision() != m_kb.revision());
    QCOMPARE(store.staleArticles(kb.revision()).size(), 2);
    store.refresh(ArticleAnalyzer(kb), kb.revision());

    bool found = false;
    for (qint64 id : lib.articleIds()) {
        const auto analysis = store.analysis(id);
        QVERIFY(analysis.has_value());
        for (const EntityMention &m : analysis->entities) {
            found = found || (m.entityId == u"user-qubitron" && !m.suggested);
        }
    }
    QVERIFY(found);
    QVERIFY(store.removeUserEntity(u"user-qubitron"_s, nullptr));
    QVERIFY(store.userEntities().isEmpty());
}

void TestAnalysisStore::cancelledImport_leavesOnlyWholeArticles()
{
    QTemporaryDir dir;
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    const ArticleAnalyzer analyzer(m_kb);
    // Cancel after the first file: the first article is whole (with its analysis), the second absent.
    const ImportReport report = Importer::run(
        lib, {writeArticles(dir)}, [](int done, int, const QString &) { return done < 1; }, &analyzer, m_kb.revision());
    QVERIFY(report.cancelled);
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(lib.articleCount(), 1);
    QVERIFY(AnalysisStore(lib).staleArticles(m_kb.revision()).isEmpty());
    // Importing again brings in the rest and reports the first as a duplicate.
    const ImportReport again = Importer::run(lib, {dir.path()}, {}, &analyzer, m_kb.revision());
    QCOMPARE(again.importedIds.size(), 1);
    QCOMPARE(again.duplicates.size(), 1);
    QCOMPARE(lib.articleCount(), 2);
}

QTEST_GUILESS_MAIN(TestAnalysisStore)
#include "tst_analysisstore.moc"
