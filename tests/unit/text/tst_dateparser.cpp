// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/dateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Chipwatch::Core::DateParser;

class TestDateParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toIsoNormalisesDateStrings_data();
    void toIsoNormalisesDateStrings();
    void findFirstLocatesDatesInRunningText_data();
    void findFirstLocatesDatesInRunningText();
    void findFirstReportsThePosition();
    void monthFromNameKnowsGermanAndEnglish_data();
    void monthFromNameKnowsGermanAndEnglish();
};

void TestDateParser::toIsoNormalisesDateStrings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iso date") << u"2025-09-11"_s << u"2025-09-11"_s;
    QTest::newRow("iso timestamp zulu") << u"2025-09-11T08:15:00Z"_s << u"2025-09-11"_s;
    QTest::newRow("iso timestamp offset") << u"2025-09-11T08:15:00+02:00"_s << u"2025-09-11"_s;
    QTest::newRow("iso timestamp fraction") << u"2025-09-11T08:15:00.123+0200"_s << u"2025-09-11"_s;
    QTest::newRow("iso month") << u"2025-07"_s << u"2025-07"_s;
    QTest::newRow("german numeric") << u"11.09.2025"_s << u"2025-09-11"_s;
    QTest::newRow("german numeric short") << u"1.9.2025"_s << u"2025-09-01"_s;
    QTest::newRow("german numeric two-digit year") << u"11.09.25"_s << u"2025-09-11"_s;
    QTest::newRow("german numeric with time") << u"11.09.2025, 14:30 Uhr"_s << u"2025-09-11"_s;
    QTest::newRow("german long") << u"11. September 2025"_s << u"2025-09-11"_s;
    QTest::newRow("german long maerz") << u"3. März 2024"_s << u"2024-03-03"_s;
    QTest::newRow("german abbreviated") << u"11. Sept. 2025"_s << u"2025-09-11"_s;
    QTest::newRow("german with weekday") << u"Donnerstag, 11. September 2025"_s << u"2025-09-11"_s;
    QTest::newRow("german label") << u"Veröffentlicht am 11.09.2025 um 10:15 Uhr"_s << u"2025-09-11"_s;
    QTest::newRow("german stand") << u"Stand: 11.09.2025 12:00 Uhr"_s << u"2025-09-11"_s;
    QTest::newRow("austrian jaenner") << u"5. Jänner 2025"_s << u"2025-01-05"_s;
    QTest::newRow("english us") << u"September 11, 2025"_s << u"2025-09-11"_s;
    QTest::newRow("english ordinal") << u"Sept. 11th, 2025"_s << u"2025-09-11"_s;
    QTest::newRow("english british") << u"11 Sep 2025"_s << u"2025-09-11"_s;
    QTest::newRow("english of") << u"11th of September 2025"_s << u"2025-09-11"_s;
    QTest::newRow("rfc 2822") << u"Thu, 11 Sep 2025 08:15:00 +0000"_s << u"2025-09-11"_s;
    QTest::newRow("english published") << u"Published: September 11, 2025 at 8:15 am"_s << u"2025-09-11"_s;
    QTest::newRow("english slash") << u"09/11/2025"_s << u"2025-09-11"_s;
    QTest::newRow("slash day first when unambiguous") << u"25/09/2025"_s << u"2025-09-25"_s;
    QTest::newRow("slash iso") << u"2025/09/11"_s << u"2025-09-11"_s;
    QTest::newRow("month year english abbreviated") << u"Sept. 2025"_s << u"2025-09"_s;
    QTest::newRow("month year german") << u"Juli 2025"_s << u"2025-07"_s;
    QTest::newRow("month year english") << u"December 2024"_s << u"2024-12"_s;
    QTest::newRow("chinese") << u"2025年9月11日"_s << u"2025-09-11"_s;
    QTest::newRow("year") << u"2025"_s << u"2025"_s;
    QTest::newRow("surrounding space") << u"  11.09.2025 \n"_s << u"2025-09-11"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("prose") << u"Die Aktie stieg deutlich"_s << QString();
    QTest::newRow("date inside prose") << u"Am 11.09.2025 stieg die Aktie"_s << QString();
    QTest::newRow("impossible day") << u"31.02.2025"_s << QString();
    QTest::newRow("impossible month") << u"2025-13-01"_s << QString();
    QTest::newRow("number not a year") << u"12345"_s << QString();
    QTest::newRow("small number") << u"42"_s << QString();
    QTest::newRow("year out of range") << u"1500"_s << QString();
    QTest::newRow("city not month") << u"Mainz 2025"_s << QString();
    QTest::newRow("percent") << u"11,5 %"_s << QString();
}

void TestDateParser::toIsoNormalisesDateStrings()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::toIso(input), expected);
}

void TestDateParser::findFirstLocatesDatesInRunningText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("byline") << u"Von Erika Beispiel | 11. September 2025 | 4 Min. Lesezeit"_s << u"2025-09-11"_s;
    QTest::newRow("english byline") << u"By Jane Example, September 11, 2025"_s << u"2025-09-11"_s;
    QTest::newRow("numeric in sentence") << u"Die Zahlen vom 02.10.2024 zeigen ein Plus"_s << u"2024-10-02"_s;
    QTest::newRow("month in sentence") << u"Die Produktion begann im Juli 2025 in Shanghai."_s << u"2025-07"_s;
    QTest::newRow("earliest wins") << u"Im März 2024 und am 5. Mai 2025"_s << u"2024-03"_s;
    QTest::newRow("day beats month at same place") << u"Sept. 11, 2025 update"_s << u"2025-09-11"_s;
    QTest::newRow("lowercase may is a verb") << u"Prices may 2025 figures show"_s << QString();
    QTest::newRow("bare year ignored") << u"Im Jahr 2025 wuchs der Umsatz"_s << QString();
    QTest::newRow("version number") << u"Treiber 1.2.25 erschienen"_s << QString();
    QTest::newRow("nothing") << u"Kein Datum hier."_s << QString();
}

void TestDateParser::findFirstLocatesDatesInRunningText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::findFirst(input), expected);
}

void TestDateParser::findFirstReportsThePosition()
{
    const QString text = u"Stand der Dinge: 11. September 2025, Peking"_s;
    qsizetype position = -1;
    qsizetype length = -1;
    QCOMPARE(DateParser::findFirst(text, &position, &length), u"2025-09-11"_s);
    QCOMPARE(text.mid(position, length), u"11. September 2025"_s);

    QVERIFY(DateParser::findFirst(u"nichts", &position, &length).isEmpty());
    QCOMPARE(position, -1);
}

void TestDateParser::monthFromNameKnowsGermanAndEnglish_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("month");

    QTest::newRow("januar") << u"Januar"_s << 1;
    QTest::newRow("maerz umlaut") << u"März"_s << 3;
    QTest::newRow("maerz ascii") << u"Maerz"_s << 3;
    QTest::newRow("mai") << u"Mai"_s << 5;
    QTest::newRow("may") << u"MAY"_s << 5;
    QTest::newRow("sept dot") << u"Sept."_s << 9;
    QTest::newRow("okt") << u"Okt"_s << 10;
    QTest::newRow("dez") << u"Dez."_s << 12;
    QTest::newRow("unknown") << u"Mainz"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestDateParser::monthFromNameKnowsGermanAndEnglish()
{
    QFETCH(QString, name);
    QFETCH(int, month);
    QCOMPARE(DateParser::monthFromName(name), month);
}

QTEST_APPLESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
