// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/languagedetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Chipwatch::Core::LanguageDetector;

class TestLanguageDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsTheDominantLanguage_data();
    void detectsTheDominantLanguage();
};

void TestLanguageDetector::detectsTheDominantLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("german") << u"Der chinesische Konzern hat einen eigenen Chip für künstliche Intelligenz entwickelt, "
                               "der in den Rechenzentren des Unternehmens eingesetzt werden soll."_s
                            << u"de"_s;
    QTest::newRow("english") << u"The Chinese company has developed its own chip for artificial intelligence, which "
                                "will be used in the data centres operated by the group."_s
                             << u"en"_s;
    QTest::newRow("french") << u"Le groupe chinois a développé sa propre puce pour l'intelligence artificielle, qui "
                               "sera utilisée dans les centres de données de l'entreprise."_s
                            << u"fr"_s;
    QTest::newRow("german with english terms")
        << u"Der neue Chip ist für das sogenannte Inferencing gedacht, also für den praktischen Einsatz von "
           "Large Language Models, und nicht für das aufwendige Training großer Modelle in der Cloud. Die "
           "Entwicklung zeigt, wie stark chinesische Konzerne ihre eigenen Halbleiter vorantreiben."_s
        << u"de"_s;
    QTest::newRow("mostly english with a german sentence")
        << u"Analysts expect the new accelerator to reach volume production next year, although yields at the "
           "domestic foundry remain low and costs are high. Several cloud providers have already placed "
           "orders for evaluation systems. Die Aktie stieg leicht."_s
        << u"en"_s;
    QTest::newRow("tiny") << u"Hallo"_s << QString();
    QTest::newRow("numbers only") << u"2025 2026 380 53,1 15 %"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLanguageDetector::detectsTheDominantLanguage()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(LanguageDetector::detect(text), expected);
}

QTEST_APPLESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
