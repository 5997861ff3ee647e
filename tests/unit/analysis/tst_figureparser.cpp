// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/figureparser.h"
#include "analysistestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestFigureParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_findsEveryFigureOfTheFixture_data();
    void parse_findsEveryFigureOfTheFixture();
    void parse_languageDecidesAmbiguousGroups_data();
    void parse_languageDecidesAmbiguousGroups();
    void parse_spansAreIntoTheGivenText();
    void figureTypeName_isTheExchangeFormatName();
};

void TestFigureParser::parse_findsEveryFigureOfTheFixture_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("expected");
    for (const QJsonValue &value : loadCases(u"figures.json"_s)) {
        const QJsonObject c = value.toObject();
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"lang"].toString() << c[u"text"].toString() << c[u"figures"].toArray();
    }
}

void TestFigureParser::parse_findsEveryFigureOfTheFixture()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QJsonArray, expected);

    const QList<Figure> figures = FigureParser().parse(text, language);
    QStringList found;
    for (const Figure &f : figures) {
        found.append(text.mid(f.span.start, f.span.length()));
    }
    QStringList wanted;
    for (const QJsonValue &e : expected) {
        wanted.append(e[u"surface"].toString());
    }
    QCOMPARE(found, wanted);

    qsizetype from = 0;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &f = figures[i];
        const QJsonObject e = expected[i].toObject();
        const QString surface = e[u"surface"].toString();
        const qsizetype at = text.indexOf(surface, from);
        QCOMPARE(f.span.start, at);
        from = f.span.end;
        QCOMPARE(figureTypeName(f.type), e[u"type"].toString());
        if (f.type == FigureType::Date) {
            QCOMPARE(f.isoDate, e[u"iso"].toString());
            QVERIFY(f.unit.isEmpty());
            continue;
        }
        const double value = e[u"value"].toDouble();
        const double high = e.contains(u"high") ? e[u"high"].toDouble() : value;
        QVERIFY2(std::abs(f.value - value) <= std::abs(value) * 1e-9,
                 qPrintable(u"%1: value %2, expected %3"_s.arg(surface).arg(f.value).arg(value)));
        QVERIFY2(std::abs(f.valueHigh - high) <= std::abs(high) * 1e-9,
                 qPrintable(u"%1: high %2, expected %3"_s.arg(surface).arg(f.valueHigh).arg(high)));
        QCOMPARE(f.unit, e[u"unit"].toString());
        QCOMPARE(qualifierName(f.qualifier), e[u"qualifier"].toString(u"none"_s));
    }
}

void TestFigureParser::parse_languageDecidesAmbiguousGroups_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    // Exactly three digits after one separator: the language decides.
    QTest::newRow("de point groups") << u"de"_s << u"1.500 Prozent"_s << 1500.0;
    QTest::newRow("en point is decimal") << u"en"_s << u"1.500 percent"_s << 1.5;
    QTest::newRow("de comma is decimal") << u"de"_s << u"1,500 Prozent"_s << 1.5;
    QTest::newRow("en comma groups") << u"en"_s << u"1,500 percent"_s << 1500.0;
    // Any other shape reads the same in both languages.
    QTest::newRow("de one decimal after point") << u"de"_s << u"4.5 Prozent"_s << 4.5;
    QTest::newRow("en one decimal after comma") << u"en"_s << u"53,1 percent"_s << 53.1;
    QTest::newRow("de leading zero") << u"de"_s << u"0.125 Prozent"_s << 0.125;
    QTest::newRow("unknown language reads English") << QString() << u"2,000 percent"_s << 2000.0;
}

void TestFigureParser::parse_languageDecidesAmbiguousGroups()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(double, value);
    const QList<Figure> figures = FigureParser().parse(text, language);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.front().value, value);
}

void TestFigureParser::parse_spansAreIntoTheGivenText()
{
    // A surrogate pair before the figure must not shift it: spans are UTF-16 offsets.
    const QString text = u"📈 Umsatz: 26 Prozent"_s;
    const QList<Figure> figures = FigureParser().parse(text, u"de"_s);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(text.mid(figures.front().span.start, figures.front().span.length()), u"26 Prozent"_s);
}

void TestFigureParser::figureTypeName_isTheExchangeFormatName()
{
    QCOMPARE(figureTypeName(FigureType::Money), u"MONEY"_s);
    QCOMPARE(figureTypeName(FigureType::Percent), u"PERCENT"_s);
    QCOMPARE(figureTypeName(FigureType::Quantity), u"QUANTITY"_s);
    QCOMPARE(figureTypeName(FigureType::Date), u"DATE"_s);
}

QTEST_APPLESS_MAIN(TestFigureParser)
#include "tst_figureparser.moc"
