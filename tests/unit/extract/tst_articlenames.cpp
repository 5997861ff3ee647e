// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entityextractor.h"
#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"

#include <QTest>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

// What the whole article decides (ArticleNames through EntityExtractor): model numbers of known
// chips, brand plus model, and surnames. A knowledge base of its own, written here: real chips and
// people, fixture texts.
class TestArticleNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolves_data();
    void resolves();
    void resolveArticle_addsOnlyInsideSentences();

private:
    QStringList run(const QString &text, const QString &lang) const;

    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<EntityExtractor> m_extractor;
};

void TestArticleNames::initTestCase()
{
    m_kb = std::make_unique<KnowledgeBase>();
    const QByteArray companies = R"({"type": "COMPANY", "entities": [
        {"id": "nvidia", "name": "Nvidia", "sources": ["test"]},
        {"id": "amd", "name": "AMD", "sources": ["test"]},
        {"id": "baidu", "name": "Baidu", "sources": ["test"]},
        {"id": "kunlunxin", "name": "Kunlunxin", "parent": "baidu", "sources": ["test"]},
        {"id": "cambricon", "name": "Cambricon", "sources": ["test"]},
        {"id": "huawei", "name": "Huawei", "sources": ["test"]}]})";
    const QByteArray chips = R"({"type": "CHIP", "entities": [
        {"id": "kunlun", "name": "Kunlun", "vendor": "kunlunxin", "sources": ["test"]},
        {"id": "kunlun_m100", "name": "Kunlun M100", "vendor": "kunlunxin", "sources": ["test"]},
        {"id": "kunlun_m300", "name": "Kunlun M300", "vendor": "kunlunxin", "sources": ["test"]},
        {"id": "siyuan", "name": "Siyuan", "vendor": "cambricon", "sources": ["test"]},
        {"id": "mlu590", "name": "MLU590", "aliases": ["Siyuan 590"], "vendor": "cambricon", "sources": ["test"]},
        {"id": "mlu690", "name": "MLU690", "aliases": ["Siyuan 690"], "vendor": "cambricon", "sources": ["test"]},
        {"id": "rtx_pro_6000d", "name": "RTX Pro 6000D", "vendor": "nvidia", "sources": ["test"]},
        {"id": "instinct", "name": "Instinct", "case_sensitive_aliases": ["Instinct"], "vendor": "amd", "sources": ["test"]},
        {"id": "mi308", "name": "MI308", "vendor": "amd", "sources": ["test"]},
        {"id": "hgx", "name": "HGX", "vendor": "nvidia", "sources": ["test"]},
        {"id": "b200", "name": "B200", "vendor": "nvidia", "sources": ["test"]},
        {"id": "ascend_920", "name": "Ascend 920", "vendor": "huawei", "sources": ["test"]},
        {"id": "kunpeng_920", "name": "Kunpeng 920", "vendor": "huawei", "sources": ["test"]}]})";
    const QByteArray products = R"({"type": "PRODUCT", "entities": [
        {"id": "llama", "name": "Llama", "vendor": "meta", "sources": ["test"]},
        {"id": "qwen", "name": "Qwen", "vendor": "alibaba", "sources": ["test"]}]})";
    const QByteArray labs = R"({"type": "COMPANY", "entities": [
        {"id": "meta", "name": "Meta", "sources": ["test"]},
        {"id": "alibaba", "name": "Alibaba", "sources": ["test"]},
        {"id": "deepseek", "name": "DeepSeek", "category": "ai_lab", "sources": ["test"]}]})";
    const QByteArray people = R"({"type": "PERSON", "entities": [
        {"id": "jensen_huang", "name": "Jensen Huang", "parent": "nvidia", "sources": ["test"]},
        {"id": "xi_jinping", "name": "Xi Jinping", "sources": ["test"]}]})";
    for (const QByteArray &json : {companies, labs, chips, products, people}) {
        QString error;
        QVERIFY2(m_kb->loadJson(json, &error), qPrintable(error));
    }
    QVERIFY2(m_kb->validate().isEmpty(), qPrintable(m_kb->validate().join(u'\n')));
    m_extractor = std::make_unique<EntityExtractor>(*m_kb);
}

QStringList TestArticleNames::run(const QString &text, const QString &lang) const
{
    const QList<Sentence> sentences = SentenceSplitter::split(text, lang);
    const QList<EntityMention> mentions =
        m_extractor->resolveArticle(text, sentences, m_extractor->extract(text, sentences, lang));
    QStringList out;
    for (const EntityMention &m : mentions) {
        out.append(text.mid(m.span.start, m.span.length()) + u'|' + entityTypeName(m.type) + u'|' + m.canonical);
    }
    return out;
}

void TestArticleNames::resolves_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    QTest::newRow("model of a named family member")
        << u"en"_s << u"Kunlunxin will ship the Kunlun M100 in 2026. The M300 follows a year later."_s
        << QStringList{u"M300|CHIP|Kunlun M300"_s} << QStringList{};
    QTest::newRow("model number with a letter after its vendor")
        << u"de"_s << u"Nvidia hat Probleme in China. Der 6000D verkauft sich schlecht."_s
        << QStringList{u"6000D|CHIP|RTX Pro 6000D"_s} << QStringList{};
    QTest::newRow("model number without its chip, family or vendor stays unknown")
        << u"en"_s << u"The M300 is a new server."_s << QStringList{} << QStringList{u"M300|CHIP|Kunlun M300"_s};
    QTest::newRow("bare numbers after a model word and coordinated")
        << u"de"_s << u"Cambricon liefert den Siyuan 590. Die Ausbeute bei den Typen 590 und 690 ist gering."_s
        << QStringList{u"590|CHIP|MLU590"_s, u"690|CHIP|MLU690"_s} << QStringList{};
    QTest::newRow("a bare number with a scale word is no model")
        << u"de"_s << u"Cambricon liefert den Siyuan 590 und setzte 590 Millionen Yuan um."_s << QStringList{}
        << QStringList{u"590|CHIP|MLU590"_s};
    QTest::newRow("an ambiguous model number is left alone")
        << u"en"_s << u"Huawei makes the Ascend 920 and the Kunpeng 920. The 920 line grows."_s << QStringList{}
        << QStringList{u"920|CHIP|Ascend 920"_s, u"920|CHIP|Kunpeng 920"_s};
    QTest::newRow("brand before a model of its vendor")
        << u"de"_s << u"AMD darf die Instinct MI308 nicht liefern."_s << QStringList{u"Instinct MI308|CHIP|MI308"_s}
        << QStringList{u"Instinct|CHIP|Instinct"_s};
    QTest::newRow("platform before a model")
        << u"en"_s << u"It ran faster than an HGX B200 box."_s << QStringList{u"HGX B200|CHIP|B200"_s} << QStringList{};
    QTest::newRow("product with version and size") << u"en"_s << u"AMD ran Llama 3.1 405B on the chips."_s
                                                   << QStringList{u"Llama 3.1 405B|PRODUCT|Llama"_s} << QStringList{};
    QTest::newRow("product glued to its version")
        << u"de"_s << u"Alibaba stellte Qwen3 und Qwen2.5 vor."_s
        << QStringList{u"Qwen3|PRODUCT|Qwen"_s, u"Qwen2.5|PRODUCT|Qwen"_s} << QStringList{};
    QTest::newRow("AI lab with a model code")
        << u"en"_s << u"DeepSeek-V3.2 runs on Chinese chips."_s << QStringList{u"DeepSeek-V3.2|PRODUCT|DeepSeek-V3.2"_s}
        << QStringList{u"DeepSeek|COMPANY|DeepSeek"_s};
    QTest::newRow("a count after a product is no version")
        << u"de"_s << u"Alibaba zählt für Qwen 90000 Ableitungen."_s << QStringList{u"Qwen|PRODUCT|Qwen"_s}
        << QStringList{u"Qwen 90000|PRODUCT|Qwen"_s};
    QTest::newRow("surname after the full name")
        << u"de"_s << u"Nvidia-Chef Jensen Huang reiste nach Peking. Dort traf Huang Vertreter der Regierung."_s
        << QStringList{u"Huang|PERSON|Jensen Huang"_s} << QStringList{};
    QTest::newRow("German genitive of a surname") << u"de"_s << u"Jensen Huang sprach. Huangs Konzern wächst."_s
                                                  << QStringList{u"Huangs|PERSON|Jensen Huang"_s} << QStringList{};
    QTest::newRow("Chinese family name first") << u"en"_s << u"Xi Jinping met executives. Xi said chips matter."_s
                                               << QStringList{u"Xi|PERSON|Xi Jinping"_s} << QStringList{};
    QTest::newRow("suggested person's surname")
        << u"de"_s << u"Das sagte Finanzchef Boris Kaltenbach. Kaltenbach erwartet mehr."_s
        << QStringList{u"Kaltenbach|PERSON|Boris Kaltenbach"_s} << QStringList{};
    QTest::newRow("a surname that starts another name is not the person")
        << u"en"_s << u"Analyst Nora Brightwater spoke. Brightwater Capital bought shares."_s << QStringList{}
        << QStringList{u"Brightwater|PERSON|Nora Brightwater"_s};
}

void TestArticleNames::resolves()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QStringList found = run(text, lang);
    for (const QString &p : std::as_const(present)) {
        QVERIFY2(found.contains(p), qPrintable(u"missing %1 in %2"_s.arg(p, found.join(u"; "))));
    }
    for (const QString &a : std::as_const(absent)) {
        QVERIFY2(!found.contains(a), qPrintable(u"unexpected %1"_s.arg(a)));
    }
}

void TestArticleNames::resolveArticle_addsOnlyInsideSentences()
{
    // The clutter between two body ranges is no sentence: its surnames are not mentions.
    const QString text = u"Jensen Huang sprach.\nHuang Newsletter abonnieren\nHuang lachte."_s;
    const QList<Sentence> sentences{Sentence{TextSpan{0, 20}}, Sentence{TextSpan{49, text.size()}}};
    const QList<EntityMention> mentions =
        m_extractor->resolveArticle(text, sentences, m_extractor->extract(text.left(20), {}, u"de"_s));
    QStringList spans;
    for (const EntityMention &m : mentions) {
        spans.append(QString::number(m.span.start));
    }
    QCOMPARE(spans, (QStringList{u"0"_s, u"49"_s}));
}

QTEST_GUILESS_MAIN(TestArticleNames)
#include "tst_articlenames.moc"
