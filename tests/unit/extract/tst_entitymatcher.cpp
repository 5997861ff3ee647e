// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entitymatcher.h"
#include "extract/knowledgebase.h"
#include "testkb.h"

#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

// "surface|TYPE|canonical" per mention, joined by "; ".
QString describe(QStringView text, const QList<EntityMention> &mentions)
{
    QStringList parts;
    for (const EntityMention &m : mentions) {
        parts.append(text.mid(m.span.start, m.span.length()).toString() + u'|' + entityTypeName(m.type) + u'|' +
                     m.canonical);
    }
    return parts.join(u"; "_s);
}

} // namespace

class TestEntityMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsNamesByRule_data();
    void findsNamesByRule();
    void followsTheLanguage_data();
    void followsTheLanguage();
    void spansAreUtf16OffsetsIntoTheText();
    void mentionsAreSortedAndDoNotOverlap();
    void emptyKbAndEmptyTextFindNothing();
    void userAdditionsAreMatched();
    void matchesConcurrentlyFromSeveralThreads();
    void literalsCoverSeparatorAndCasingVariants();

private:
    std::unique_ptr<EntityMatcher> m_matcher;
};

void TestEntityMatcher::initTestCase()
{
    m_matcher = std::make_unique<EntityMatcher>(loadTestKb());
    QVERIFY2(m_matcher->isValid(), qPrintable(m_matcher->errorString()));
}

void TestEntityMatcher::findsNamesByRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // plain names, word boundaries
    QTest::newRow("plain name") << u"Die Aktie von Nvidia fiel."_s << u"Nvidia|COMPANY|Nvidia"_s;
    QTest::newRow("start and end of text") << u"Huawei"_s << u"Huawei|COMPANY|Huawei"_s;
    QTest::newRow("not inside a word: Arm in Farm") << u"Die Farm liegt im Norden."_s << QString();
    QTest::newRow("not inside a word: prefix") << u"Die Baiduanlagen"_s << QString();
    QTest::newRow("model with a letter suffix is another model") << u"Die H20E kommt später."_s << QString();
    QTest::newRow("digit after a model") << u"Ein H2000 ist kein H20."_s << u"H20|CHIP|H20"_s;
    QTest::newRow("punctuation around") << u"(Nvidia), \"Huawei\" und „Baidu“."_s
                                        << u"Nvidia|COMPANY|Nvidia; Huawei|COMPANY|Huawei; Baidu|COMPANY|Baidu"_s;
    QTest::newRow("trademark sign is no letter") << u"Mit Nvidia® zusammen"_s << u"Nvidia|COMPANY|Nvidia"_s;

    // inflections
    QTest::newRow("German genitive") << u"Nvidias Umsatz und Chinas Markt"_s
                                     << u"Nvidias|COMPANY|Nvidia; Chinas|PLACE|China"_s;
    QTest::newRow("genitive of a multi-letter name") << u"Huaweis Fabrik, Alibabas Sparte, Taiwans Werke"_s
                                                     << u"Huaweis|COMPANY|Huawei; Alibabas|COMPANY|Alibaba; "
                                                        u"Taiwans|PLACE|Taiwan"_s;
    QTest::newRow("genitive with umlaut and sharp s")
        << u"Großbritanniens Regierung"_s << u"Großbritanniens|PLACE|Großbritannien"_s;
    QTest::newRow("genitive of ALL CAPS") << u"NVIDIAs Vorsprung"_s << u"NVIDIAs|COMPANY|Nvidia"_s;
    QTest::newRow("genitive of an abbreviation") << u"AMDs neue GPU"_s << u"AMDs|COMPANY|AMD"_s;
    QTest::newRow("no genitive -s after a final s") << u"Moore Threadss"_s << QString();
    QTest::newRow("other suffixes are other words") << u"Nvidiaer und Chinaer"_s << QString();
    QTest::newRow("English possessive spans the name")
        << u"Nvidia's revenue and AMD's share"_s << u"Nvidia|COMPANY|Nvidia; AMD|COMPANY|AMD"_s;
    QTest::newRow("typographic apostrophe") << u"Nvidia’s chips"_s << u"Nvidia|COMPANY|Nvidia"_s;

    // casing
    QTest::newRow("ALL CAPS dateline") << u"PEKING (dpa) – Die Regierung"_s << u"PEKING|PLACE|Peking"_s;
    QTest::newRow("ALL CAPS name") << u"NVIDIA und HUAWEI"_s << u"NVIDIA|COMPANY|Nvidia; HUAWEI|COMPANY|Huawei"_s;
    QTest::newRow("ALL CAPS with sharp s spelt out")
        << u"GROSSBRITANNIEN"_s << u"GROSSBRITANNIEN|PLACE|Großbritannien"_s;
    QTest::newRow("folded casing of a long name")
        << u"Cloudmatrix und Deepseek"_s << u"Cloudmatrix|CHIP|CloudMatrix 384; Deepseek|COMPANY|DeepSeek"_s;
    QTest::newRow("all lower case is an ordinary word") << u"fine china and nvidia"_s << QString();
    QTest::newRow("short alias: no folding") << u"Amd und aMD"_s << QString();
    QTest::newRow("case-sensitive alias as written") << u"Arm entwirft Kerne."_s << u"Arm|COMPANY|Arm"_s;
    QTest::newRow("case-sensitive alias: not in other casing") << u"ARM und arm"_s << QString();
    QTest::newRow("case-sensitive multi-word")
        << u"Laut The Information und the information"_s << u"The Information|ORG|The Information"_s;

    // hyphen compounds
    QTest::newRow("name before a compound noun") << u"Die Nvidia-Chips sind gefragt."_s << u"Nvidia|COMPANY|Nvidia"_s;
    QTest::newRow("model before a compound noun") << u"Das H20-Modell"_s << u"H20|CHIP|H20"_s;
    QTest::newRow("chip name compound") << u"der Zhenwu-Chip"_s << u"Zhenwu|CHIP|Zhenwu"_s;
    QTest::newRow("two-part compound") << u"mit 512 Ascend-KI-Chips"_s << u"Ascend|CHIP|Ascend"_s;
    QTest::newRow("place before a compound noun") << u"das China-Geschäft"_s << u"China|PLACE|China"_s;
    QTest::newRow("suspended hyphen") << u"H100- und H20-Modelle"_s << u"H100|CHIP|H100; H20|CHIP|H20"_s;
    QTest::newRow("compound that is a name stays whole")
        << u"Die US-Regierung prüft."_s << u"US-Regierung|ORG|US-Regierung"_s;
    QTest::newRow("abbreviated place as modifier is no mention")
        << u"US-Exportkontrollen und EU-Staaten"_s << QString();
    QTest::newRow("suspended abbreviation") << u"US- oder taiwanische Technik"_s << QString();
    QTest::newRow("two places joined") << u"der US-China-Konflikt"_s << u"US|PLACE|USA; China|PLACE|China"_s;
    QTest::newRow("adjective from a place") << u"US-amerikanische und China-kritische Stimmen"_s << QString();
    QTest::newRow("adjectives are no names") << u"chinesische Firmen, Shanghaier Start-ups"_s << QString();
    QTest::newRow("standalone abbreviation")
        << u"Exporte in die US und nach UK"_s << u"US|PLACE|USA; UK|PLACE|Großbritannien"_s;
    QTest::newRow("non-breaking hyphen") << u"Nvidia\u2011Chips und Kunlun\u2011P800"_s
                                         << u"Nvidia|COMPANY|Nvidia; Kunlun\u2011P800|CHIP|Kunlun P800"_s;
    QTest::newRow("Unicode hyphen") << u"Huawei\u2010Chips"_s << u"Huawei|COMPANY|Huawei"_s;
    QTest::newRow("name after a hyphen") << u"Ex-Huawei-Manager"_s << u"Huawei|COMPANY|Huawei"_s;

    // hyphen and space variants of multi-word names
    QTest::newRow("hyphen variant") << u"den Kunlun-P800-Chip"_s << u"Kunlun-P800|CHIP|Kunlun P800"_s;
    QTest::newRow("space variant") << u"den Kunlun P800-Chip"_s << u"Kunlun P800|CHIP|Kunlun P800"_s;
    QTest::newRow("no-break space") << u"den Kunlun\u00A0P800"_s << u"Kunlun\u00A0P800|CHIP|Kunlun P800"_s;
    QTest::newRow("model then compound") << u"Der Ascend 910C-Chip"_s << u"Ascend 910C|CHIP|Ascend 910C"_s;
    QTest::newRow("hyphenated name as spaced")
        << u"T-Head und T Head"_s << u"T-Head|COMPANY|T-Head; T Head|COMPANY|T-Head"_s;
    QTest::newRow("line break does not join a name") << u"Kunlun\nP800"_s << QString();

    // longest match, then leftmost
    QTest::newRow("long name over contained place") << u"die Taiwan Semiconductor Manufacturing Company (TSMC)"_s
                                                    << u"Taiwan Semiconductor Manufacturing Company|COMPANY|TSMC; "
                                                       u"TSMC|COMPANY|TSMC"_s;
    QTest::newRow("model over family") << u"Ascend 910C und Ascend"_s
                                       << u"Ascend 910C|CHIP|Ascend 910C; Ascend|CHIP|Ascend"_s;
    QTest::newRow("unit over parent") << u"Alibaba Cloud wächst, Alibaba auch"_s
                                      << u"Alibaba Cloud|COMPANY|Alibaba Cloud; Alibaba|COMPANY|Alibaba"_s;
    QTest::newRow("full name over alias")
        << u"Donald Trump und Trump"_s << u"Donald Trump|PERSON|Donald Trump; Trump|PERSON|Donald Trump"_s;
    QTest::newRow("English aliases") << u"the U.S. government and the United States"_s
                                     << u"U.S. government|ORG|US-Regierung; United States|PLACE|USA"_s;

    // context-required names
    QTest::newRow("context: cue word") << u"Die Hopper-Architektur ist alt."_s << u"Hopper|CHIP|Hopper"_s;
    QTest::newRow("context: fitting entity")
        << u"Nvidia verkauft Hopper weiter."_s << u"Nvidia|COMPANY|Nvidia; Hopper|CHIP|Hopper"_s;
    QTest::newRow("context: none") << u"Edward Hopper malte Bilder."_s << QString();
    QTest::newRow("context: an unrelated company is none")
        << u"Huawei kaufte ein Bild von Edward Hopper."_s << u"Huawei|COMPANY|Huawei"_s;
    QTest::newRow("context: another chip")
        << u"Der H100 und Hopper sind bekannt."_s << u"H100|CHIP|H100; Hopper|CHIP|Hopper"_s;
    QTest::newRow("context: a unit after a number") << u"Der Hersteller verbaut 64 Gigabyte Speicher."_s << QString();
    QTest::newRow("context: the company")
        << u"Der Hersteller Gigabyte verbaut Speicher."_s << u"Gigabyte|COMPANY|Gigabyte"_s;
    QTest::newRow("context: not across a line") << u"Nvidia\nHopper malte Bilder."_s << u"Nvidia|COMPANY|Nvidia"_s;

    // declined German noun phrases
    QTest::newRow("declined adjective") << u"im Weißen Haus und das Weiße Haus"_s
                                        << u"Weißen Haus|ORG|Weißes Haus; Weiße Haus|ORG|Weißes Haus"_s;
    QTest::newRow("genitive -es of a phrase")
        << u"ein Sprecher des Weißen Hauses sagte"_s << u"Weißen Hauses|ORG|Weißes Haus"_s;
    QTest::newRow("declined plural") << u"in den Vereinigten Staaten"_s << u"Vereinigten Staaten|PLACE|USA"_s;
    QTest::newRow("no -es after a brand name") << u"Moore Threadses"_s << QString();
    QTest::newRow("genitive -es of a noun")
        << u"eine Delegation des Weißen Hauses und des Kongresses"_s << u"Weißen Hauses|ORG|Weißes Haus"_s;

    // addresses
    QTest::newRow("URL") << u"Mehr auf https://www.nvidia.com/H100 und www.Huawei.com"_s << QString();
    QTest::newRow("host name") << u"siehe Baidu.com oder mail@Alibaba.cn"_s << QString();
}

void TestEntityMatcher::findsNamesByRule()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(text, m_matcher->match(text)), expected);
}

void TestEntityMatcher::followsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German genitive") << u"de"_s << u"Arms Kerne"_s << u"Arms|COMPANY|Arm"_s;
    QTest::newRow("no genitive in English") << u"en"_s << u"Arms Race and Nvidias"_s << QString();
    QTest::newRow("English plural of a model") << u"en"_s << u"10,000 H100s"_s << u"H100s|CHIP|H100"_s;
    QTest::newRow("English possessive") << u"en"_s << u"Huawei's Ascend 910C"_s
                                        << u"Huawei|COMPANY|Huawei; Ascend 910C|CHIP|Ascend 910C"_s;
    QTest::newRow("no -es in English") << u"en"_s << u"the Weißen Hauses"_s << QString();
}

void TestEntityMatcher::followsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describe(text, m_matcher->match(text, language)), expected);
}

void TestEntityMatcher::spansAreUtf16OffsetsIntoTheText()
{
    // An emoji (a surrogate pair) and umlauts before the name shift UTF-8 and UTF-16 offsets apart.
    const QString text = u"🚀 Größte Überraschung: Nvidias 😀 H20"_s;
    const QList<EntityMention> mentions = m_matcher->match(text);
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).span.start, text.indexOf(u"Nvidias"_s));
    QCOMPARE(mentions.at(0).span.end, text.indexOf(u"Nvidias"_s) + 7);
    QCOMPARE(mentions.at(1).span.start, text.indexOf(u"H20"_s));
    QCOMPARE(mentions.at(1).span.end, text.size());
    QCOMPARE(mentions.at(0).entityId, u"nvidia"_s);
    QCOMPARE(mentions.at(0).confidence, 1.0);
    QVERIFY(!mentions.at(0).suggested);
}

void TestEntityMatcher::mentionsAreSortedAndDoNotOverlap()
{
    QString text;
    for (int i = 0; i < 50; ++i) {
        text += u"Alibaba Cloud, Alibaba, Ascend 910C, Ascend-KI-Chips, Taiwan Semiconductor Manufacturing Company, "
                u"Taiwans TSMC, US-Regierung, US-China. "_s;
    }
    const QList<EntityMention> mentions = m_matcher->match(text);
    QCOMPARE(mentions.size(), 50 * 10);
    for (qsizetype i = 1; i < mentions.size(); ++i) {
        QVERIFY(mentions.at(i - 1).span.end <= mentions.at(i).span.start);
    }
}

void TestEntityMatcher::emptyKbAndEmptyTextFindNothing()
{
    const EntityMatcher empty{KnowledgeBase()};
    QVERIFY(empty.isValid());
    QVERIFY(empty.match(u"Nvidia").isEmpty());
    QVERIFY(m_matcher->match(QStringView()).isEmpty());
    QVERIFY(m_matcher->match(u"   ").isEmpty());
}

void TestEntityMatcher::userAdditionsAreMatched()
{
    KnowledgeBase kb = loadTestKb();
    KbEntity biren;
    biren.id = u"biren"_s;
    biren.type = EntityType::Company;
    biren.name = u"Biren"_s;
    biren.aliases = {u"Biren Technology"_s};
    biren.userDefined = true;
    kb.addEntity(biren);
    const EntityMatcher matcher(kb);
    const QString text = u"Birens GPU und Biren Technology"_s;
    QCOMPARE(describe(text, matcher.match(text)), u"Birens|COMPANY|Biren; Biren Technology|COMPANY|Biren"_s);
}

void TestEntityMatcher::matchesConcurrentlyFromSeveralThreads()
{
    const QString text = u"Nvidias H20 gegen Huaweis Ascend 910C in China und den USA. "_s.repeated(200);
    const QString expected = describe(text, m_matcher->match(text));
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QString> results(16);
    for (int i = 0; i < 16; ++i) {
        pool.start([&, i] { results[i] = describe(text, m_matcher->match(text)); });
    }
    pool.waitForDone();
    for (const QString &r : results) {
        QCOMPARE(r, expected);
    }
}

void TestEntityMatcher::literalsCoverSeparatorAndCasingVariants()
{
    const QList<QByteArray> literals = m_matcher->literals();
    QVERIFY(literals.contains("Kunlun P800"));
    QVERIFY(literals.contains("Kunlun-P800"));
    QVERIFY(literals.contains("AMD"));
    QVERIFY(literals.contains("H20"));
    QVERIFY(literals.contains(QByteArray("GROSSBRITANNIEN")));
    QVERIFY(!literals.contains("ARM")); // case-sensitive alias: only as written
}

QTEST_GUILESS_MAIN(TestEntityMatcher)
#include "tst_entitymatcher.moc"
