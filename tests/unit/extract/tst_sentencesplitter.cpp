// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/sentencesplitter.h"

#include <QTest>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &text, const QString &lang)
{
    QStringList out;
    for (const Sentence &s : SentenceSplitter::split(text, lang)) {
        out.append(text.mid(s.span.start, s.span.length()));
    }
    return out;
}

} // namespace

class TestSentenceSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data();
    void splits();
    void spansAreTrimmedAndInOrder();
    void emptyAndBlankTextHaveNoSentences();
};

void TestSentenceSplitter::splits_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two plain sentences") << u"de"_s << u"Der Chip ist neu. Er kommt 2026."_s
                                         << QStringList{u"Der Chip ist neu."_s, u"Er kommt 2026."_s};
    QTest::newRow("question and exclamation")
        << u"de"_s << u"Kommt er? Ja! Sicher."_s << QStringList{u"Kommt er?"_s, u"Ja!"_s, u"Sicher."_s};
    QTest::newRow("z. B. and u. a.") << u"de"_s << u"Firmen wie z. B. Baidu und u. a. Huawei bauen Chips. Gut."_s
                                     << QStringList{u"Firmen wie z. B. Baidu und u. a. Huawei bauen Chips."_s,
                                                    u"Gut."_s};
    QTest::newRow("z.B. without space") << u"de"_s << u"Chips, z.B. Beschleuniger, sind knapp. Ende."_s
                                        << QStringList{u"Chips, z.B. Beschleuniger, sind knapp."_s, u"Ende."_s};
    QTest::newRow("scale words") << u"de"_s << u"Der Umsatz lag bei 3 Mrd. Euro und 40 Mio. Yuan. Danach fiel er."_s
                                 << QStringList{u"Der Umsatz lag bei 3 Mrd. Euro und 40 Mio. Yuan."_s,
                                                u"Danach fiel er."_s};
    QTest::newRow("titles") << u"de"_s << u"Laut Prof. Dr. Weber ist das so. Ja."_s
                            << QStringList{u"Laut Prof. Dr. Weber ist das so."_s, u"Ja."_s};
    QTest::newRow("bzw. ca. Nr.") << u"de"_s << u"Es sind ca. 40 bzw. 50 Chips, Nr. 3 ist neu. Gut."_s
                                  << QStringList{u"Es sind ca. 40 bzw. 50 Chips, Nr. 3 ist neu."_s, u"Gut."_s};
    QTest::newRow("etc. inside and at the end")
        << u"de"_s << u"GPUs, CPUs etc. sind knapp. Speicher, Netze etc. Dann kam der Rest."_s
        << QStringList{u"GPUs, CPUs etc. sind knapp."_s, u"Speicher, Netze etc."_s, u"Dann kam der Rest."_s};
    QTest::newRow("ordinal date") << u"de"_s << u"Am 11. September stellte die Firma den Chip vor. Dann kam mehr."_s
                                  << QStringList{u"Am 11. September stellte die Firma den Chip vor."_s,
                                                 u"Dann kam mehr."_s};
    QTest::newRow("ordinal with a noun") << u"de"_s << u"Im 2. Quartal stieg der Umsatz. Gut."_s
                                         << QStringList{u"Im 2. Quartal stieg der Umsatz."_s, u"Gut."_s};
    QTest::newRow("abbreviated month") << u"de"_s << u"Seit dem 3. Jan. 2025 gilt das. Gut."_s
                                       << QStringList{u"Seit dem 3. Jan. 2025 gilt das."_s, u"Gut."_s};
    QTest::newRow("year at the end stays a break") << u"de"_s << u"Der Chip kam 2024. Die Nachfrage stieg."_s
                                                   << QStringList{u"Der Chip kam 2024."_s, u"Die Nachfrage stieg."_s};
    QTest::newRow("numbers with separators") << u"de"_s << u"Es sind 4.000 Chips für 1,4 Mrd. Yuan. Gut."_s
                                             << QStringList{u"Es sind 4.000 Chips für 1,4 Mrd. Yuan."_s, u"Gut."_s};
    QTest::newRow("initial") << u"en"_s << u"Jensen H. Huang spoke. Then he left."_s
                             << QStringList{u"Jensen H. Huang spoke."_s, u"Then he left."_s};
    QTest::newRow("English abbreviations") << u"en"_s << u"Mr. Su said e.g. the MI300X sells. Sales rose."_s
                                           << QStringList{u"Mr. Su said e.g. the MI300X sells."_s, u"Sales rose."_s};
    QTest::newRow("company suffix at the end") << u"en"_s << u"They sold it to Nvidia Corp. The deal closed."_s
                                               << QStringList{u"They sold it to Nvidia Corp."_s, u"The deal closed."_s};
    QTest::newRow("U.S. inside") << u"en"_s << u"The U.S. government acted. It was late."_s
                                 << QStringList{u"The U.S. government acted."_s, u"It was late."_s};
    QTest::newRow("headline line without full stop")
        << u"de"_s << u"Alibaba baut eigene Chips\nDer Konzern investiert. Mehr folgt."_s
        << QStringList{u"Alibaba baut eigene Chips"_s, u"Der Konzern investiert."_s, u"Mehr folgt."_s};
    QTest::newRow("blank lines") << u"de"_s << u"\n\n  Titel\n\n\nText hier.  \n"_s
                                 << QStringList{u"Titel"_s, u"Text hier."_s};
    QTest::newRow("hard-wrapped paragraph") << u"de"_s << u"Der Konzern hat seine\nneuen Chips gezeigt. Gut."_s
                                            << QStringList{u"Der Konzern hat seine\nneuen Chips gezeigt."_s, u"Gut."_s};
    QTest::newRow("quotes after the full stop") << u"de"_s << u"Er sagte: „Das ist gut.“ Danach ging er."_s
                                                << QStringList{u"Er sagte: „Das ist gut.“"_s, u"Danach ging er."_s};
}

void TestSentenceSplitter::splits()
{
    QFETCH(QString, lang);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentencesOf(text, lang), expected);
}

void TestSentenceSplitter::spansAreTrimmedAndInOrder()
{
    const QString text = u"  Eins.   Zwei!\n\nDrei?  "_s;
    const QList<Sentence> sentences = SentenceSplitter::split(text, u"de"_s);
    QCOMPARE(sentences.size(), 3);
    qsizetype last = 0;
    for (const Sentence &s : sentences) {
        QVERIFY(s.span.start >= last);
        QVERIFY(!text.at(s.span.start).isSpace());
        QVERIFY(!text.at(s.span.end - 1).isSpace());
        last = s.span.end;
    }
}

void TestSentenceSplitter::emptyAndBlankTextHaveNoSentences()
{
    QVERIFY(SentenceSplitter::split(QStringView(), u"de"_s).isEmpty());
    QVERIFY(SentenceSplitter::split(u" \n\t\n", u"en"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
