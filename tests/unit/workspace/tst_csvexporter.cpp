// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/csvexporter.h"
#include "workspacefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestCsvExporter final : public QObject
{
    Q_OBJECT

private slots:
    void quoteField_followsRfc4180_data();
    void quoteField_followsRfc4180();
    void formatNumber_writesFullNumbers_data();
    void formatNumber_writesFullNumbers();
    void facts_roundTripWithDecimalCommaAndQuoting();
    void facts_decimalPointUsesCommaSeparatorAndOptionalBom();
    void libraryFacts_andChipTable_export();
    void writeFile_replacesAtomicallyAndReportsErrors();

private:
    static FactRecord record(const QString &subject, double value, const QString &unit, const QString &title,
                             const QString &sentence);
};

FactRecord TestCsvExporter::record(const QString &subject, double value, const QString &unit, const QString &title,
                                   const QString &sentence)
{
    FactRecord r;
    r.subject = subject;
    r.metric = u"revenue_growth"_s;
    r.value = value;
    r.unit = unit;
    r.period = u"2025-Q2"_s;
    r.articleTitle = title;
    r.articleDate = u"2025-09-11"_s;
    r.articleSource = u"Example News"_s;
    r.articleFile = u"a.txt"_s;
    r.sentenceText = sentence;
    return r;
}

void TestCsvExporter::quoteField_followsRfc4180_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"MetaX"_s << u","_s << u"MetaX"_s;
    QTest::newRow("separator") << u"Kunlun, P800"_s << u","_s << u"\"Kunlun, P800\""_s;
    QTest::newRow("other separator is plain") << u"Kunlun, P800"_s << u";"_s << u"Kunlun, P800"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u";"_s << u"\"a;b\""_s;
    QTest::newRow("quotes doubled") << u"der \"Zhenwu\"-Chip"_s << u","_s << u"\"der \"\"Zhenwu\"\"-Chip\""_s;
    QTest::newRow("line break") << u"one\ntwo"_s << u","_s << u"\"one\ntwo\""_s;
    QTest::newRow("empty") << QString() << u","_s << QString();
    // Spreadsheets run a cell that starts like a formula; text from an article must stay text.
    QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s << u";"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("plus") << u"+49 30 1234"_s << u","_s << u"'+49 30 1234"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u","_s << u"'@SUM(A1)"_s;
    QTest::newRow("dash list item") << u"- Kundenkonzentration"_s << u","_s << u"'- Kundenkonzentration"_s;
    QTest::newRow("negative number stays") << u"-1.5e9"_s << u","_s << u"-1.5e9"_s;
    QTest::newRow("negative decimal comma") << u"-0,25"_s << u";"_s << u"-0,25"_s;
}

void TestCsvExporter::quoteField_followsRfc4180()
{
    QFETCH(QString, field);
    QFETCH(QString, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvExporter::quoteField(field, separator.at(0)), expected);
}

void TestCsvExporter::formatNumber_writesFullNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("comma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("billions") << 1.4e9 << false << u"1400000000"_s;
    QTest::newRow("hundreds of billions") << 380e9 << true << u"380000000000"_s;
    QTest::newRow("fraction, point") << 0.1395 << false << u"0.1395"_s;
    QTest::newRow("fraction, comma") << 26.5 << true << u"26,5"_s;
    QTest::newRow("negative") << -4.25 << true << u"-4,25"_s;
    QTest::newRow("zero") << 0.0 << false << u"0"_s;
}

void TestCsvExporter::formatNumber_writesFullNumbers()
{
    QFETCH(double, value);
    QFETCH(bool, comma);
    QFETCH(QString, expected);
    CsvOptions options;
    options.decimal = comma ? CsvOptions::Decimal::Comma : CsvOptions::Decimal::Point;
    QCOMPARE(CsvExporter::formatNumber(value, options), expected);
}

void TestCsvExporter::facts_roundTripWithDecimalCommaAndQuoting()
{
    const QList<FactRecord> facts = {
        record(u"Alibaba"_s, 26.5, u"%"_s, u"Cloud; KI und \"Zhenwu\""_s,
               u"Der Umsatz wuchs um 26,5 Prozent; so der Bericht."_s),
        record(u"Moore Threads"_s, 1.65e9, u"USD"_s, u"Zwei\nZeilen"_s, u"Ein Satz, mit Komma."_s),
    };
    CsvOptions options;
    options.decimal = CsvOptions::Decimal::Comma;
    const QByteArray csv = CsvExporter::factsCsv(facts, options);
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    QVERIFY(csv.startsWith("subject;metric;value;unit;period;article;date;source;file;sentence\r\n"));

    const QList<QStringList> rows = CsvExporter::parse(csv, u';');
    QCOMPARE(rows.size(), 3);
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 10);
    }
    QCOMPARE(rows.at(1).at(0), u"Alibaba"_s);
    QCOMPARE(rows.at(1).at(2), u"26,5"_s);
    QCOMPARE(rows.at(1).at(5), facts.at(0).articleTitle);
    QCOMPARE(rows.at(1).at(9), facts.at(0).sentenceText);
    QCOMPARE(rows.at(2).at(2), u"1650000000"_s);
    QCOMPARE(rows.at(2).at(5), u"Zwei\nZeilen"_s);
    QCOMPARE(rows.at(2).at(9), u"Ein Satz, mit Komma."_s); // a comma needs no quotes with ';'
    QVERIFY(csv.contains("Ein Satz, mit Komma.\r\n"));
}

void TestCsvExporter::facts_decimalPointUsesCommaSeparatorAndOptionalBom()
{
    const QList<FactRecord> facts = {record(u"Ä-Corp"_s, 0.5, u"%"_s, u"Titel, mit Komma"_s, u"Satz."_s)};
    CsvOptions options;
    options.byteOrderMark = true;
    const QByteArray csv = CsvExporter::factsCsv(facts, options);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFsubject,metric,value,"));
    QVERIFY(csv.contains(u"Ä-Corp"_s.toUtf8()));
    const QList<QStringList> rows = CsvExporter::parse(csv, u',');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).first(), u"subject"_s); // the BOM is not part of the first field
    QCOMPARE(rows.at(1).at(2), u"0.5"_s);
    QCOMPARE(rows.at(1).at(5), u"Titel, mit Komma"_s);
}

void TestCsvExporter::libraryFacts_andChipTable_export()
{
    QString error;
    const auto library = WorkspaceFixture::importLibrary({WorkspaceFixture::syntheticArticlesDir()}, &error);
    QVERIFY2(library, qPrintable(error));
    const QList<FactRecord> facts = loadFacts(*library, std::nullopt);
    CsvOptions comma;
    comma.decimal = CsvOptions::Decimal::Comma;
    const QList<QStringList> rows = CsvExporter::parse(CsvExporter::factsCsv(facts, comma), u';');
    QCOMPARE(rows.size(), facts.size() + 1);
    bool metax = false;
    for (const QStringList &row : rows) {
        metax = metax || (row.at(0) == u"MetaX" && row.at(2) == u"743000000" && row.at(3) == u"CNY" &&
                          row.at(4) == u"2024" && row.at(9).contains(u"743 Millionen Yuan"_s));
    }
    QVERIFY(metax);

    ChipTableModel chips(*library, WorkspaceFixture::knowledgeBase());
    chips.reload();
    const QList<QStringList> chipRows = CsvExporter::parse(CsvExporter::chipsCsv(chips.entries()), u',');
    QCOMPARE(chipRows.size(), chips.rowCount() + 1);
    QCOMPARE(chipRows.first(),
             (QStringList{u"chip"_s, u"vendor"_s, u"kind"_s, u"purpose"_s, u"specs"_s, u"compared_with"_s, u"claims"_s,
                          u"articles"_s, u"first_seen"_s, u"last_seen"_s}));
    const QStringList zhenwu = chipRows.at(chips.rowOf(u"Zhenwu"_s) + 1);
    QCOMPARE(zhenwu.at(0), u"Zhenwu"_s);
    QVERIFY(zhenwu.at(1).contains(u"Alibaba"_s));
    QCOMPARE(zhenwu.at(5), u"H20"_s);
    QCOMPARE(zhenwu.at(8), u"2025-07-02"_s);
}

void TestCsvExporter::writeFile_replacesAtomicallyAndReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"facts.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than the new one\n");
    }
    QString error;
    const QList<FactRecord> facts = {record(u"MetaX"_s, 743e6, u"CNY"_s, u"T"_s, u"S."_s)};
    QVERIFY2(CsvExporter::writeFacts(path, facts, {}, &error), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), CsvExporter::factsCsv(facts));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"facts.csv"_s}); // no temporary left

    QVERIFY(!CsvExporter::writeFacts(dir.filePath(u"missing/folder/facts.csv"_s), facts, {}, &error));
    QVERIFY(error.contains(u"missing/folder/facts.csv"_s));
    error.clear();
    QVERIFY(!CsvExporter::writeChips(dir.path(), {}, {}, &error)); // a folder is no file
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
