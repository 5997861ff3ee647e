// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/chiptable.h"
#include "analysis/comparisonfinder.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestChipTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rows_takeVendorKindAndYearFromTheKnowledgeBase();
    void rows_takeTheVendorOfAnUnknownChipFromTheWording_data();
    void rows_takeTheVendorOfAnUnknownChipFromTheWording();
    void rows_collectComparisonsBothWaysForSymmetricRelations();
    void rows_countArticlesAndKeepClaims();
    void toJson_listsTheParentOfAVendorUnit();

private:
    // The analysis of text plus one chip the knowledge base does not know, marked by hand.
    ArticleAnalysis analyzeWithUnknownChip(const QString &text, const QString &surface, const QString &canonical) const;
    static const ChipRow *row(const QList<ChipRow> &rows, const QString &chip);

    KnowledgeBase m_kb;
    std::unique_ptr<ArticleAnalyzer> m_analyzer;
};

void TestChipTable::initTestCase()
{
    m_kb = loadAnalysisKb();
    m_analyzer = std::make_unique<ArticleAnalyzer>(m_kb);
}

ArticleAnalysis TestChipTable::analyzeWithUnknownChip(const QString &text, const QString &surface,
                                                      const QString &canonical) const
{
    ArticleAnalysis a = m_analyzer->analyze(text, {}, u"de"_s, QString());
    EntityMention chip;
    chip.type = EntityType::Chip;
    chip.span.start = text.indexOf(surface);
    chip.span.end = chip.span.start + surface.size();
    chip.canonical = canonical;
    chip.suggested = true;
    chip.confidence = 0.5;
    a.entities.erase(std::remove_if(a.entities.begin(), a.entities.end(),
                                    [&](const EntityMention &m) {
                                        return m.span.start < chip.span.end && chip.span.start < m.span.end;
                                    }),
                     a.entities.end());
    a.entities.append(chip);
    std::sort(a.entities.begin(), a.entities.end(),
              [](const EntityMention &x, const EntityMention &y) { return x.span.start < y.span.start; });
    a.comparisons = ComparisonFinder().find(text, a.sentences, a.entities);
    return a;
}

const ChipRow *TestChipTable::row(const QList<ChipRow> &rows, const QString &chip)
{
    for (const ChipRow &r : rows) {
        if (r.chip == chip) {
            return &r;
        }
    }
    return nullptr;
}

void TestChipTable::rows_takeVendorKindAndYearFromTheKnowledgeBase()
{
    ChipTable table(m_kb);
    const QString text = u"Nvidia darf den H20 wieder liefern."_s;
    table.addArticle(u"a"_s, text, m_analyzer->analyze(text, {}, u"de"_s, QString()));
    const QList<ChipRow> rows = table.rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].chip, u"H20"_s);
    QCOMPARE(rows[0].chipId, u"h20"_s);
    QCOMPARE(rows[0].vendor, u"Nvidia"_s);
    QVERIFY(rows[0].vendorParent.isEmpty());
    QCOMPARE(rows[0].kind, u"GPU"_s);
    QCOMPARE(rows[0].purpose, u"inference"_s);
    QCOMPARE(rows[0].year, 2024);
}

void TestChipTable::rows_takeTheVendorOfAnUnknownChipFromTheWording_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("surface");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("parent");
    QTest::newRow("compound von company") << u"Baidu testet den Kunlun-X9-Chip von Kunlunxin seit Monaten."_s
                                          << u"Kunlun-X9"_s << u"Kunlunxin"_s << u"Baidu"_s;
    QTest::newRow("genitive") << u"Nvidia liefert, doch Birens BR200 holt auf."_s << u"BR200"_s << u"Biren"_s
                              << QString();
    QTest::newRow("agent before the chip") << u"Nvidia staunt über den von Tencent entwickelten Zixiao-Chip."_s
                                           << u"Zixiao"_s << u"Tencent"_s << QString();
    QTest::newRow("only company of the sentence")
        << u"Hygon stellt den DCU Z100 vor."_s << u"DCU Z100"_s << u"Hygon"_s << QString();
}

void TestChipTable::rows_takeTheVendorOfAnUnknownChipFromTheWording()
{
    QFETCH(QString, text);
    QFETCH(QString, surface);
    QFETCH(QString, vendor);
    QFETCH(QString, parent);
    const QString canonical = QString(surface).replace(u'-', u' ');
    ChipTable table(m_kb);
    table.addArticle(u"a"_s, text, analyzeWithUnknownChip(text, surface, canonical));
    const QList<ChipRow> rows = table.rows();
    const ChipRow *r = row(rows, canonical);
    QVERIFY(r);
    QVERIFY(r->chipId.isEmpty());
    QCOMPARE(r->vendor, vendor);
    QCOMPARE(r->vendorParent, parent);
}

void TestChipTable::rows_collectComparisonsBothWaysForSymmetricRelations()
{
    ChipTable table(m_kb);
    const QString text = u"Der Zhenwu kann mit dem H20 konkurrieren. Der B30A ist schneller als der A100."_s;
    table.addArticle(u"a"_s, text, m_analyzer->analyze(text, {}, u"de"_s, QString()));
    const QList<ChipRow> rows = table.rows();
    QCOMPARE(row(rows, u"Zhenwu"_s)->comparableTo, QStringList{u"H20"_s});
    QCOMPARE(row(rows, u"H20"_s)->comparableTo, QStringList{u"Zhenwu"_s});
    QCOMPARE(row(rows, u"B30A"_s)->comparableTo, QStringList{u"A100"_s});
    // "faster than" is said of one side only.
    QVERIFY(row(rows, u"A100"_s)->comparableTo.isEmpty());
}

void TestChipTable::rows_countArticlesAndKeepClaims()
{
    ChipTable table(m_kb);
    const QString first = u"Der H20 verkauft sich gut. Der H20 bleibt gefragt."_s;
    const QString second = u"Peking bremst den H20 und den H100."_s;
    table.addArticle(u"one"_s, first, m_analyzer->analyze(first, {}, u"de"_s, QString()));
    table.addArticle(u"two"_s, second, m_analyzer->analyze(second, {}, u"de"_s, QString()));
    const QList<ChipRow> rows = table.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].chip, u"H20"_s); // most articles first
    QCOMPARE(rows[0].articleCount, 2);
    QCOMPARE(rows[0].claims.size(), 3);
    QCOMPARE(rows[0].claims[0].articleId, u"one"_s);
    QCOMPARE(rows[0].claims[0].sentence, u"Der H20 verkauft sich gut."_s);
    QCOMPARE(rows[1].chip, u"H100"_s);
    QCOMPARE(rows[1].articleCount, 1);
}

void TestChipTable::toJson_listsTheParentOfAVendorUnit()
{
    ChipTable table(m_kb);
    const QString text = u"Alibabas Zhenwu ist vergleichbar mit dem H20."_s;
    table.addArticle(u"a"_s, text, m_analyzer->analyze(text, {}, u"de"_s, QString()));
    const QJsonArray chips = table.toJson()[u"chips"].toArray();
    QCOMPARE(chips.size(), 2);
    for (const QJsonValue &v : chips) {
        const QJsonObject o = v.toObject();
        if (o[u"chip"].toString() == u"Zhenwu") {
            QCOMPARE(o[u"vendor"].toArray(), (QJsonArray{u"T-Head"_s, u"Alibaba"_s}));
            QCOMPARE(o[u"comparable_to"].toArray(), QJsonArray{u"H20"_s});
        } else {
            QCOMPARE(o[u"chip"].toString(), u"H20"_s);
            QCOMPARE(o[u"vendor"].toString(), u"Nvidia"_s);
        }
        QCOMPARE(o[u"articles"].toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestChipTable)
#include "tst_chiptable.moc"
