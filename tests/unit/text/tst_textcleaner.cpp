// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "linescoring.h"
#include "text/textcleaner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;
using Chipwatch::Core::Testing::normalisedName;
using Chipwatch::Core::Testing::scoreLines;

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

QString fixtureDir()
{
    return QStringLiteral(CHIPWATCH_TEST_DATA_DIR) + u"/text"_s;
}

} // namespace

class TestTextCleaner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesAreCleanedAsAnnotated_data();
    void fixturesAreCleanedAsAnnotated();
    void textIsReturnedUnchanged_data();
    void textIsReturnedUnchanged();
    void bodyRangesAreOrderedAndInsideText();
    void emptyAndBlankTextsGiveNoBody();
    void offsetsStayValidAroundEmoji();
    void articleWrittenInDirectAddressIsKept();
    void listOfTeaserLinksAfterArticleIsDropped();
    void markdownHeadingIsTitleAndLinkListIsClutter();
    void formatFollowsFileExtension_data();
    void formatFollowsFileExtension();
    void cleaningGivesTheSameResultOnSeveralThreads();
};

void TestTextCleaner::fixturesAreCleanedAsAnnotated_data()
{
    QTest::addColumn<QString>("article");
    const QDir dir(fixtureDir());
    const QStringList names = dir.entryList({u"*.txt"_s, u"*.md"_s}, QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 6, "expected at least six text fixtures");
    for (const QString &name : names) {
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TestTextCleaner::fixturesAreCleanedAsAnnotated()
{
    QFETCH(QString, article);
    const QString text = readUtf8(article);
    QVERIFY(!text.isEmpty());
    const QString expectedPath = article.left(article.lastIndexOf(u'.')) + u".json"_s;
    const QJsonObject expected = QJsonDocument::fromJson(readUtf8(expectedPath).toUtf8()).object();
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));

    const QString fileName = QFileInfo(article).fileName();
    const CleanedDocument doc = TextCleaner::clean(text, TextCleaner::formatForFileName(fileName), fileName);

    const auto score = scoreLines(text, doc.body, expected.value(u"body_lines"_s).toArray());
    QVERIFY2(score.problems.isEmpty(), qPrintable(score.problems.join(u"\n"_s)));
    QCOMPARE(normalisedName(doc.meta.title), normalisedName(expected.value(u"title"_s).toString()));
    QCOMPARE(doc.meta.date, expected.value(u"date"_s).toString());
    QCOMPARE(normalisedName(doc.meta.source), normalisedName(expected.value(u"source"_s).toString()));
    QCOMPARE(doc.meta.author, expected.value(u"author"_s).toString());
    QCOMPARE(doc.meta.language, expected.value(u"language"_s).toString());
}

void TestTextCleaner::textIsReturnedUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lf") << u"Titel der Meldung\nEin Satz, der lang genug ist, um als Absatz zu gelten, steht hier.\n"_s;
    QTest::newRow("crlf") << u"Titel der Meldung\r\nEin Satz, der lang genug ist, um als Absatz zu gelten.\r\n"_s;
    QTest::newRow("no final newline") << u"Nur eine Zeile ohne Umbruch am Ende"_s;
    QTest::newRow("leading blanks") << u"\n\n   \nTitel\n"_s;
}

void TestTextCleaner::textIsReturnedUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(TextCleaner::clean(text).text, text);
}

void TestTextCleaner::bodyRangesAreOrderedAndInsideText()
{
    const QString text = readUtf8(fixtureDir() + u"/de_promo_advert.txt"_s);
    const CleanedDocument doc = TextCleaner::clean(text);
    QVERIFY(doc.body.size() >= 2);
    qsizetype previousEnd = -1;
    for (const TextSpan &span : doc.body) {
        QVERIFY(span.start > previousEnd);
        QVERIFY(span.end > span.start);
        QVERIFY(span.end <= text.size());
        previousEnd = span.end;
    }
    QVERIFY(!doc.bodyText().contains(u"Kontaktformular"_s));
    QVERIFY(doc.bodyText().contains(u"Lithografieanlagen"_s));
}

void TestTextCleaner::emptyAndBlankTextsGiveNoBody()
{
    for (const QString &text : {QString(), u"\n\n  \n"_s}) {
        const CleanedDocument doc = TextCleaner::clean(text);
        QVERIFY(doc.body.isEmpty());
        QVERIFY(doc.meta.title.isEmpty());
        QVERIFY(doc.meta.language.isEmpty());
    }
}

void TestTextCleaner::offsetsStayValidAroundEmoji()
{
    // Emoji outside the BMP take two UTF-16 units; the spans must still cover whole lines.
    const QString text = u"🚀 Neuer Chip aus Hefei vorgestellt\n"
                         "Der Hersteller aus Hefei 🚀 hat einen neuen Rechenbeschleuniger vorgestellt, der in "
                         "Rechenzentren eingesetzt werden soll und ohne ausländische Fertigung auskommt.\n"
                         "📈 Jetzt unseren Newsletter abonnieren und nichts mehr verpassen!\n"_s;
    const CleanedDocument doc = TextCleaner::clean(text);
    QCOMPARE(doc.body.size(), 1);
    const QString body = doc.bodyText();
    QVERIFY(body.startsWith(u"🚀 Neuer Chip"_s));
    QVERIFY(body.endsWith(u"auskommt."_s));
    QVERIFY(!body.contains(u"Newsletter"_s));
}

void TestTextCleaner::articleWrittenInDirectAddressIsKept()
{
    // A guide addressing its reader throughout is still an article: direct address only marks
    // clutter when the rest of the page does not speak that way.
    const QString text =
        u"So wählst du den passenden KI-Beschleuniger\n"
        "Wenn du ein eigenes Sprachmodell betreiben willst, musst du zuerst klären, wie viel Speicher dein Modell "
        "braucht und wie viele Anfragen du pro Sekunde erwartest.\n"
        "Für kleine Modelle reicht dir oft eine einzelne Karte, während du für große Modelle mehrere Karten "
        "koppeln musst, was deine Kosten deutlich erhöht.\n"
        "Achte außerdem darauf, dass deine Software die gewählte Hardware unterstützt, sonst verschenkst du "
        "einen großen Teil der Leistung.\n"_s;
    const CleanedDocument doc = TextCleaner::clean(text);
    QCOMPARE(doc.body.size(), 1);
    QCOMPARE(doc.body.first().start, 0);
    QCOMPARE(doc.body.first().end, text.size() - 1);
    QCOMPARE(doc.meta.title, u"So wählst du den passenden KI-Beschleuniger"_s);
}

void TestTextCleaner::listOfTeaserLinksAfterArticleIsDropped()
{
    const QString text =
        u"Chipfabrik in Wuxi nimmt Betrieb auf\n"
        "Die neue Fabrik in Wuxi hat die Produktion von Speicherchips aufgenommen und soll im Endausbau mehrere "
        "zehntausend Wafer pro Monat verarbeiten.\n"
        "- Die besten Technik-News kostenlos per E-Mail!\n"
        "- Zur Startseite für weitere Meldungen!\n"
        "- Jetzt unsere Redaktion unterstützen!\n"_s;
    const CleanedDocument doc = TextCleaner::clean(text);
    QCOMPARE(doc.body.size(), 1);
    QVERIFY(doc.bodyText().endsWith(u"verarbeiten."_s));
}

void TestTextCleaner::markdownHeadingIsTitleAndLinkListIsClutter()
{
    const QString text = u"* [Start](https://example.org/)\n"
                         "* [Archiv](https://example.org/archiv)\n\n"
                         "# Huawei kündigt neuen Cluster an\n\n"
                         "Huawei hat einen neuen Rechencluster angekündigt, der mehrere hundert eigene "
                         "Beschleuniger verbindet und im kommenden Jahr ausgeliefert werden soll.\n\n"
                         "## Weitere Artikel\n\n"
                         "- [Alibaba testet eigenen Chip](https://example.org/a)\n"
                         "- [Baidu erweitert Kunlun-Reihe](https://example.org/b)\n"_s;
    const CleanedDocument doc = TextCleaner::clean(text, TextFormat::Markdown);
    QCOMPARE(doc.meta.title, u"Huawei kündigt neuen Cluster an"_s);
    QCOMPARE(doc.body.size(), 1);
    QVERIFY(doc.bodyText().startsWith(u"# Huawei"_s));
    QVERIFY(doc.bodyText().endsWith(u"soll."_s));
    QCOMPARE(doc.meta.language, u"de"_s);
}

void TestTextCleaner::formatFollowsFileExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("markdown");
    QTest::newRow("txt") << u"a.txt"_s << false;
    QTest::newRow("md") << u"a.md"_s << true;
    QTest::newRow("upper MARKDOWN") << u"A.MARKDOWN"_s << true;
    QTest::newRow("none") << QString() << false;
}

void TestTextCleaner::formatFollowsFileExtension()
{
    QFETCH(QString, fileName);
    QFETCH(bool, markdown);
    QCOMPARE(TextCleaner::formatForFileName(fileName) == TextFormat::Markdown, markdown);
}

void TestTextCleaner::cleaningGivesTheSameResultOnSeveralThreads()
{
    // The import pipeline cleans articles concurrently; the shared pattern tables must allow that.
    const QDir dir(fixtureDir());
    QStringList texts;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        texts << readUtf8(dir.filePath(name));
    }
    QVERIFY(!texts.isEmpty());
    QList<QList<TextSpan>> expected;
    for (const QString &t : std::as_const(texts)) {
        expected << TextCleaner::clean(t).body;
    }
    constexpr int kThreads = 4;
    std::vector<int> mismatches(kThreads, 0);
    std::vector<std::thread> threads;
    for (int n = 0; n < kThreads; ++n) {
        threads.emplace_back([&, n] {
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < texts.size(); ++i) {
                    mismatches[size_t(n)] += TextCleaner::clean(texts[i]).body == expected[i] ? 0 : 1;
                }
            }
        });
    }
    for (std::thread &t : threads) {
        t.join();
    }
    for (int m : mismatches) {
        QCOMPARE(m, 0);
    }
}

QTEST_APPLESS_MAIN(TestTextCleaner)
#include "tst_textcleaner.moc"
