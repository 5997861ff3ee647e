// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entitymatcher.h"
#include "extract/namesuggester.h"
#include "extract/sentencesplitter.h"
#include "testkb.h"

#include <QTest>

#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestNameSuggester final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void suggests_data();
    void suggests();
    void suggestionsCarryConfidenceAndNoId();

private:
    QString run(const QString &text, const QString &lang, QList<EntityMention> *out = nullptr) const;

    std::unique_ptr<KnowledgeBase> m_kb;
    std::unique_ptr<EntityMatcher> m_matcher;
    std::unique_ptr<NameSuggester> m_suggester;
};

void TestNameSuggester::initTestCase()
{
    m_kb = std::make_unique<KnowledgeBase>(loadTestKb());
    m_matcher = std::make_unique<EntityMatcher>(*m_kb);
    m_suggester = std::make_unique<NameSuggester>(*m_kb);
}

QString TestNameSuggester::run(const QString &text, const QString &lang, QList<EntityMention> *out) const
{
    const QList<EntityMention> known = m_matcher->match(text);
    const QList<EntityMention> suggestions =
        m_suggester->suggest(text, SentenceSplitter::split(text, lang), lang, known);
    if (out) {
        *out = suggestions;
    }
    QStringList parts;
    for (const EntityMention &m : suggestions) {
        parts.append(text.mid(m.span.start, m.span.length()) + u'|' + entityTypeName(m.type) + u'|' + m.canonical);
    }
    return parts.join(u"; "_s);
}

void TestNameSuggester::suggests_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // companies
    QTest::newRow("Start-up cue") << u"de"_s << u"Das Pekinger Start-up Zhipu zeigte einen Chip."_s
                                  << u"Zhipu|COMPANY|Zhipu"_s;
    QTest::newRow("Chiphersteller cue, two words")
        << u"de"_s << u"Der Chiphersteller Black Sesame meldete Gewinne."_s << u"Black Sesame|COMPANY|Black Sesame"_s;
    QTest::newRow("inflected cue") << u"de"_s << u"Der Gründer des Start-ups Lightelligence sprach."_s
                                   << u"Lightelligence|COMPANY|Lightelligence"_s;
    QTest::newRow("chipmaker cue") << u"en"_s << u"The chipmaker Enflame raised money."_s
                                   << u"Enflame|COMPANY|Enflame"_s;
    QTest::newRow("apposition") << u"de"_s << u"Iluvatar, ein Chipdesigner aus Shanghai, wächst."_s
                                << u"Iluvatar|COMPANY|Iluvatar"_s;
    QTest::newRow("English apposition") << u"en"_s << u"Sophgo, a chipmaker based in Beijing, grew."_s
                                        << u"Sophgo|COMPANY|Sophgo"_s;
    QTest::newRow("weak cue needs a name shape")
        << u"de"_s << u"Das Unternehmen MetaLab zeigte Chips."_s << u"MetaLab|COMPANY|MetaLab"_s;
    QTest::newRow("weak cue: a German noun is no name")
        << u"de"_s << u"Der Staat gab dem Unternehmen Zeit."_s << QString();
    QTest::newRow("strong cue: an object noun is no name")
        << u"de"_s << u"Der Staat will dem Start-up Geld geben."_s << QString();
    QTest::newRow("strong cue: a time phrase is no name")
        << u"de"_s << u"Der Chiphersteller Anfang Juli meldete Gewinne."_s << QString();
    QTest::newRow("known names are not suggested") << u"de"_s << u"Das Start-up DeepSeek wächst."_s << QString();

    // people
    QTest::newRow("role compound before a name")
        << u"de"_s << u"Huawei-Chef Ren Zhengfei sprach."_s << u"Ren Zhengfei|PERSON|Ren Zhengfei"_s;
    QTest::newRow("CEO before a name") << u"en"_s << u"AMD CEO Lisa Su said so."_s << u"Lisa Su|PERSON|Lisa Su"_s;
    QTest::newRow("founder before a name")
        << u"en"_s << u"Its founder Liang Wenfeng declined."_s << u"Liang Wenfeng|PERSON|Liang Wenfeng"_s;
    QTest::newRow("role after a name") << u"de"_s << u"Laut Lisa Su, Chefin von AMD, steigt der Absatz."_s
                                       << u"Lisa Su|PERSON|Lisa Su"_s;
    QTest::newRow("one word after a role is not enough") << u"de"_s << u"US-Präsident Biden sprach."_s << QString();
    QTest::newRow("known person is not suggested") << u"de"_s << u"Nvidia-Chef Jensen Huang sprach."_s << QString();

    // bylines and descriptions of people
    QTest::newRow("German byline at a line start")
        << u"de"_s << u"Chips aus China\nVon Petra Lindner\nDer Konzern wächst."_s
        << u"Petra Lindner|PERSON|Petra Lindner"_s;
    QTest::newRow("byline with the name on the next line")
        << u"de"_s << u"Von\nMarkus Feld\nPeking verschärft die Kontrollen."_s << u"Markus Feld|PERSON|Markus Feld"_s;
    QTest::newRow("English byline with a place")
        << u"en"_s << u"Export rules\nBy Aaron Whitfield, Taipei\nThe rules changed."_s
        << u"Aaron Whitfield|PERSON|Aaron Whitfield"_s;
    QTest::newRow("von inside a line is no byline")
        << u"de"_s << u"Das Werk wurde von Peter Brandt eröffnet."_s << QString();
    QTest::newRow("Von before a day is no byline") << u"de"_s << u"Von Montag an gilt die Regel."_s << QString();
    QTest::newRow("English description: is a senior analyst")
        << u"en"_s << u"Clara Jensen is a senior analyst at a broker."_s << u"Clara Jensen|PERSON|Clara Jensen"_s;
    QTest::newRow("German description: ist Chefvolkswirtin")
        << u"de"_s << u"Sabine Roth ist Chefvolkswirtin der Bank."_s << u"Sabine Roth|PERSON|Sabine Roth"_s;
    QTest::newRow("expert compound before a name")
        << u"de"_s << u"Der Sicherheitsexperte Tom Harlan warnte."_s << u"Tom Harlan|PERSON|Tom Harlan"_s;
    QTest::newRow("economist before a name")
        << u"en"_s << u"The economist Priya Natarajan expects growth."_s << u"Priya Natarajan|PERSON|Priya Natarajan"_s;
    QTest::newRow("role one word after the comma")
        << u"en"_s << u"Lukas Brenner, chief executive of the fund, declined."_s
        << u"Lukas Brenner|PERSON|Lukas Brenner"_s;
    QTest::newRow("German role after bislang")
        << u"de"_s << u"Die Firma führt Anna Kroll, bislang Finanzchefin, weiter."_s
        << u"Anna Kroll|PERSON|Anna Kroll"_s;
    QTest::newRow("one word before a role is no person")
        << u"de"_s << u"Berlin, bislang Standort der Firma, verliert."_s << QString();
    QTest::newRow("an investor is no role; the head word makes it a firm")
        << u"de"_s << u"Der Investor Gamma Partners stieg ein."_s << u"Gamma Partners|COMPANY|Gamma Partners"_s;

    // products
    QTest::newRow("German product noun before a model name")
        << u"de"_s << u"Tencent zeigte das Sprachmodell Hunyuan-T1 in Shenzhen."_s
        << u"Hunyuan-T1|PRODUCT|Hunyuan-T1"_s;
    QTest::newRow("English model before a name with a digit")
        << u"en"_s << u"The startup released the model Kestrel2 last week."_s << u"Kestrel2|PRODUCT|Kestrel2"_s;
    QTest::newRow("name before -Modell") << u"de"_s << u"Das neue Kestrel2-Modell rechnet schneller."_s
                                         << u"Kestrel2|PRODUCT|Kestrel2"_s;
    QTest::newRow("a German noun after Modell is no name")
        << u"de"_s << u"Das Modell Rechenleistung ist veraltet."_s << QString();
    QTest::newRow("KI-Modell is no product name") << u"de"_s << u"Das KI-Modell lernt."_s << QString();

    // firms named by their head word
    QTest::newRow("investor named with Partners")
        << u"en"_s << u"The round was led by Harbor Lane Partners and others."_s
        << u"Harbor Lane Partners|COMPANY|Harbor Lane Partners"_s;
    QTest::newRow("a year before Capital")
        << u"en"_s << u"Backers include 1842 Capital as well."_s << u"1842 Capital|COMPANY|1842 Capital"_s;
    QTest::newRow("a describing noun is not part of the name")
        << u"de"_s << u"Beteiligt ist die Fondsgesellschaft Nordlicht Capital."_s
        << u"Nordlicht Capital|COMPANY|Nordlicht Capital"_s;

    // systems named by a word and a number
    QTest::newRow("system word before a name and a number")
        << u"de"_s << u"Geplant ist der Supernode Lingxi 512 für 2026."_s << u"Lingxi 512|CHIP|Lingxi 512"_s;
    QTest::newRow("system word after a name and a number")
        << u"en"_s << u"The company showed its Helix 256 cluster in Beijing."_s << u"Helix 256|CHIP|Helix 256"_s;
    QTest::newRow("a name and a number without a system word")
        << u"en"_s << u"The Helix 256 figure was quoted."_s << QString();
    QTest::newRow("a German noun and a count is no system")
        << u"de"_s << u"Im Jahr 2026 sollen Rechenzentren 512 Server bekommen."_s << QString();

    // chips
    QTest::newRow("model next to a chip word")
        << u"de"_s << u"Der neue S4000-Chip von Moore Threads ist schnell."_s << u"S4000|CHIP|S4000"_s;
    QTest::newRow("model next to a vendor") << u"en"_s << u"AMD MI355X shipments grew."_s << u"MI355X|CHIP|MI355X"_s;
    QTest::newRow("digits with a letter") << u"de"_s << u"Der Prozessor 920B soll folgen."_s << u"920B|CHIP|920B"_s;
    QTest::newRow("known model is not suggested")
        << u"de"_s << u"Der Kunlun-P800-Chip und der MI300X-Chip"_s << QString();

    // negatives
    QTest::newRow("phone number") << u"de"_s << u"Rufen Sie +49 89 89 674 804 an, Chip-Hotline."_s << QString();
    QTest::newRow("model in a URL") << u"de"_s << u"Details zum BR100-Chip unter https://example.com/BR100-Chip."_s
                                    << u"BR100|CHIP|BR100"_s;
    QTest::newRow("number with a unit") << u"de"_s << u"Der Chip hat 80GB und 700W bei 7nm."_s << QString();
    QTest::newRow("sentence-initial noun after a cue")
        << u"de"_s << u"Es ist ein Start-up. Forschung kostet Geld."_s << QString();
    QTest::newRow("noun after a role") << u"de"_s << u"Der Chef Entwicklung Asien ging."_s << QString();
    QTest::newRow("quarter and year codes") << u"de"_s << u"Im Q3 2025 lieferte der Chip mehr."_s << QString();
    QTest::newRow("noun after apposition comma")
        << u"de"_s << u"Forschung, ein Bereich der Firma, wächst."_s << QString();
    QTest::newRow("apposition head is no cue") << u"de"_s << u"Software, ein Teil der Firma, wächst."_s << QString();
}

void TestNameSuggester::suggests()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(run(text, lang), expected);
}

void TestNameSuggester::suggestionsCarryConfidenceAndNoId()
{
    QList<EntityMention> out;
    run(u"Das Start-up Zhipu und der Chiphersteller Biren Technology. AMD CEO Lisa Su kam."_s, u"de"_s, &out);
    QCOMPARE(out.size(), 3);
    for (const EntityMention &m : out) {
        QVERIFY(m.suggested);
        QVERIFY(m.entityId.isEmpty());
        QVERIFY(m.confidence >= 0.5 && m.confidence <= 0.8);
    }
}

QTEST_GUILESS_MAIN(TestNameSuggester)
#include "tst_namesuggester.moc"
