// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Runs the real chipwatch-cli executable and checks what it prints, on files of its own and on the demo articles
// against what they state (tests/data/demo/expected.json); after `import`, what the library file holds.
#include "demotestdata.h"
#include "storage/analysisstore.h"
#include "storage/library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void version_printsVersion();
    void noArguments_isUsageError();
    void unknownCommand_isUsageError();
    void extract_plainTextOffsetsAreCodePoints();
    void extract_jsonArrayGivesOneObjectPerArticle();
    void extract_refusesBadFilesButGoesOn();
    void extract_nothingReadable_failsWithMessage();
    void extract_demoArticles_data();
    void extract_demoArticles();
    void chips_demoArticles_listVendorsAndComparisons();
    void facts_csvWithDecimalCommaQuotesAndFullNumbers();
    void facts_demoArticles_metaxRevenue();
    void import_testData_reportsCountsAndStoresAnalyses();
    void import_secondTime_reportsDuplicatesOnly();
    void import_refusedFiles_exitThreeWithReasons();
    void import_nothingReadable_failsWithMessage();
    void import_usageErrors_exitTwo();
    void import_libraryFolderMissing_failsWithoutCreatingIt();
    void import_damagedLibrary_failsAndLeavesItUnchanged();
    void import_interrupted_keepsWholeArticlesAndExits130();
    void import_germanLocale_reportsInGerman();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;

        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> objects;
            for (const QByteArray &line : out.split('\n')) {
                if (!line.trimmed().isEmpty()) {
                    objects << QJsonDocument::fromJson(line).object();
                }
            }
            return objects;
        }
    };

    // What a user's shell gives: ctest's logging rules for the tests would turn on the tool's info chatter.
    static QProcessEnvironment userEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s);
        return env;
    }

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(userEnvironment());
        p.start(QStringLiteral(CHIPWATCH_CLI), args);
        if (!p.waitForFinished(120000)) {
            qWarning() << "chipwatch-cli did not finish";
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // The counts `import` prints on standard output, by label ("Articles imported" -> 3); -1 for a missing one.
    static std::map<QString, int> importCounts(const QByteArray &out)
    {
        std::map<QString, int> counts;
        for (const QByteArray &line : out.split('\n')) {
            const qsizetype colon = line.lastIndexOf(": ");
            bool ok = false;
            const int value = line.mid(colon + 2).toInt(&ok);
            if (colon > 0 && ok) {
                counts[QString::fromUtf8(line.left(colon))] = value;
            }
        }
        return counts;
    }

    static int count(const std::map<QString, int> &counts, const QString &label)
    {
        const auto it = counts.find(label);
        return it == counts.end() ? -1 : it->second;
    }

    // Every article in the library has an analysis made with the library's knowledge base; returns the count.
    static qint64 analysedArticles(const QString &location)
    {
        Chipwatch::Core::Library library(location);
        QString error;
        if (!library.open(&error, Chipwatch::Core::Library::OpenMode::ReadOnly)) {
            qWarning() << error;
            return -1;
        }
        Chipwatch::Core::AnalysisStore store(library);
        const QString revision = store.knowledgeBase().revision();
        if (!store.staleArticles(revision).isEmpty()) {
            qWarning() << "articles without a current analysis:" << store.staleArticles(revision);
            return -1;
        }
        qint64 analysed = 0;
        for (const qint64 id : library.articleIds()) {
            const std::optional<Chipwatch::Core::ArticleAnalysis> analysis = store.analysis(id);
            if (!analysis || analysis->sentences.isEmpty() || store.revisionOf(id) != revision) {
                qWarning() << "article" << id << "has no stored analysis";
                return -1;
            }
            ++analysed;
        }
        return analysed;
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(bytes);
        return f.fileName();
    }

    // The text of a body range, counting code points as the exchange format does.
    static QString slice(const QString &text, qint64 start, qint64 end)
    {
        const QList<uint> cps = text.toUcs4();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), end - start);
    }
};

void TestCli::version_printsVersion()
{
    const Run r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("chipwatch-cli " CHIPWATCH_VERSION));
}

void TestCli::noArguments_isUsageError()
{
    const Run r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::unknownCommand_isUsageError()
{
    const Run r = cli({u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("frobnicate"));
}

void TestCli::extract_plainTextOffsetsAreCodePoints()
{
    QTemporaryDir dir;
    // An emoji (two UTF-16 units, one code point) before the article shifts UTF-16 offsets but not code points.
    const QString text = u"Chips 🚀 im Überblick\n\nHuawei stellte den Ascend 910C vor. Der Chip soll mit Nvidias A100 "
                         "mithalten. Die Massenproduktion beginnt im kommenden Jahr in Shenzhen.\n"_s;
    write(dir, u"emoji.txt"_s, text.toUtf8());
    const Run r = cli({u"extract"_s, u"--jsonl"_s, dir.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    QCOMPARE(o.value("file"_L1).toString(), u"emoji.txt"_s);
    QCOMPARE(o.value("text"_L1).toString(), text);
    QCOMPARE(o.value("language"_L1).toString(), u"de"_s);
    const QJsonArray body = o.value("body"_L1).toArray();
    QVERIFY(!body.isEmpty());
    QString kept;
    for (const QJsonValue &range : body) {
        kept += slice(text, range.toArray().at(0).toInteger(), range.toArray().at(1).toInteger());
    }
    QVERIFY2(kept.contains(u"Huawei stellte den Ascend 910C vor."_s), qPrintable(kept));
    QVERIFY(o.value("entities"_L1).isArray());
    QVERIFY(o.value("figures"_L1).isArray());
    QVERIFY(o.value("facts"_L1).isArray());
}

void TestCli::extract_jsonArrayGivesOneObjectPerArticle()
{
    QTemporaryDir dir;
    const QByteArray json = R"([
      {"title": "Erster Artikel", "date": "2025-07-15", "source": "Testdienst", "url": "https://example.org/a",
       "text": "Cambricon meldete im ersten Halbjahr einen kräftigen Umsatzsprung. Das Unternehmen profitiert von der Nachfrage nach KI-Chips."},
      {"title": "Second article", "date": "July 3, 2025", "source": "Test wire",
       "body": "Moore Threads filed for an initial public offering in Shanghai. The company designs GPUs for data centres."},
      {"title": "no text here"}
    ])";
    write(dir, u"set.json"_s, json);
    const Run r = cli({u"extract"_s, u"--jsonl"_s, dir.filePath(u"set.json"_s)});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value("title"_L1).toString(), u"Erster Artikel"_s);
    QCOMPARE(lines.at(0).value("date"_L1).toString(), u"2025-07-15"_s);
    QCOMPARE(lines.at(0).value("source"_L1).toString(), u"Testdienst"_s);
    QCOMPARE(lines.at(0).value("language"_L1).toString(), u"de"_s);
    QCOMPARE(lines.at(1).value("date"_L1).toString(), u"2025-07-03"_s);
    QCOMPARE(lines.at(1).value("language"_L1).toString(), u"en"_s);
    QVERIFY(lines.at(1).value("text"_L1).toString().startsWith(u"Moore Threads filed"_s));
}

void TestCli::extract_refusesBadFilesButGoesOn()
{
    QTemporaryDir dir;
    write(dir, u"good.txt"_s,
          "Baidu testet den Kunlun-P800-Chip in seinen Rechenzentren. Der Konzern will unabhaengiger werden.\n");
    QByteArray binary("\x7F"
                      "ELF\x02\x01\x01",
                      7);
    binary.append(QByteArray(4096, '\0'));
    write(dir, u"binary.txt"_s, binary);
    write(dir, u"broken.json"_s, "{\"title\": \"x\", \"text\": ");
    const Run r = cli({u"extract"_s, u"--jsonl"_s, dir.path()});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.lines().size(), 1);
    QVERIFY(r.err.contains("binary.txt"));
    QVERIFY(r.err.contains("binary"));
    QVERIFY(r.err.contains("broken.json"));
    QVERIFY(r.err.contains("JSON"));
}

void TestCli::extract_nothingReadable_failsWithMessage()
{
    const Run r = cli({u"extract"_s, u"--jsonl"_s, u"/nonexistent/path/x.txt"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("No such file"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::extract_demoArticles_data()
{
    QTest::addColumn<QString>("file");
    for (const DemoTestData::Article &article : DemoTestData::expected().articles) {
        QTest::newRow(qPrintable(article.file)) << article.file;
    }
}

void TestCli::extract_demoArticles()
{
    QFETCH(QString, file);
    const DemoTestData::Article &expected = *DemoTestData::expected().article(file);
    const QString path = QDir(DemoTestData::articlesDir()).filePath(file);
    const Run r = cli({u"extract"_s, u"--jsonl"_s, path});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> lines = r.lines();
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.first();
    QCOMPARE(o.value("file"_L1).toString(), file);
    QCOMPARE(o.value("title"_L1).toString(), expected.title);
    QCOMPARE(o.value("language"_L1).toString(), expected.language);
    QCOMPARE(o.value("date"_L1).toString().left(expected.date.size()), expected.date);

    // The article is kept, the page around it is not.
    const QString text = o.value("text"_L1).toString();
    QString kept;
    for (const QJsonValue &range : o.value("body"_L1).toArray()) {
        kept += slice(text, range.toArray().at(0).toInteger(), range.toArray().at(1).toInteger()) + u'\n';
    }
    for (const QString &sentence : expected.shown) {
        QVERIFY2(kept.simplified().contains(sentence), qPrintable(sentence));
    }
    for (const QString &clutter : expected.boilerplate) {
        QVERIFY2(!kept.simplified().contains(clutter), qPrintable(clutter));
    }

    // Every entity the article names, at a place where it stands, with its type and canonical name.
    const QJsonArray entities = o.value("entities"_L1).toArray();
    for (const DemoTestData::Entity &entity : expected.entities) {
        const bool found = std::any_of(entities.cbegin(), entities.cend(), [&](const QJsonValue &v) {
            const QJsonObject e = v.toObject();
            return e.value("type"_L1).toString() == entity.type &&
                   e.value("canonical"_L1).toString() == entity.canonical &&
                   slice(text, e.value("start"_L1).toInteger(), e.value("end"_L1).toInteger()) == entity.surface;
        });
        QVERIFY2(found, qPrintable(u"%1 (%2, %3)"_s.arg(entity.surface, entity.type, entity.canonical)));
    }

    // Every fact the article states, from the sentence that states it.
    const QJsonArray facts = o.value("facts"_L1).toArray();
    for (const DemoTestData::Fact &fact : expected.facts) {
        const bool found = std::any_of(facts.cbegin(), facts.cend(), [&](const QJsonValue &v) {
            const QJsonObject f = v.toObject();
            const QJsonArray sentence = f.value("sentence"_L1).toArray();
            return f.value("subject"_L1).toString() == fact.subject && f.value("metric"_L1).toString() == fact.metric &&
                   DemoTestData::sameValue(f.value("value"_L1).toDouble(), fact.value) &&
                   f.value("unit"_L1).toString() == fact.unit &&
                   (fact.period.isEmpty() || f.value("period"_L1).toString() == fact.period) &&
                   slice(text, sentence.at(0).toInteger(), sentence.at(1).toInteger())
                       .simplified()
                       .contains(fact.sentence);
        });
        QVERIFY2(found, qPrintable(u"%1 %2 %3 %4 %5"_s.arg(
                            fact.subject, fact.metric, QString::number(fact.value, 'f', 0), fact.unit, fact.period)));
    }
}

void TestCli::chips_demoArticles_listVendorsAndComparisons()
{
    const Run r = cli({u"chips"_s, u"--json"_s, DemoTestData::articlesDir()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray chips = QJsonDocument::fromJson(r.out).object().value("chips"_L1).toArray();
    const auto row = [&chips](const QString &name) {
        for (const QJsonValue &v : chips) {
            if (v.toObject().value("chip"_L1).toString() == name) {
                return v.toObject();
            }
        }
        return QJsonObject();
    };
    QVERIFY(!DemoTestData::expected().chips.isEmpty());
    for (const DemoTestData::Chip &expected : DemoTestData::expected().chips) {
        const QJsonObject chip = row(expected.chip);
        QVERIFY2(!chip.isEmpty(), qPrintable(expected.chip));
        // One vendor, or the unit and its parent company.
        const QJsonValue vendor = chip.value("vendor"_L1);
        const QStringList vendors =
            vendor.isArray() ? vendor.toVariant().toStringList() : QStringList{vendor.toString()};
        QVERIFY2(DemoTestData::matchesAny(expected.vendor, vendors),
                 qPrintable(expected.chip + u": "_s + vendors.join(u", "_s)));
        // A comparison counts in either direction.
        for (const QString &other : expected.comparableTo) {
            bool compared = DemoTestData::matchesAny(other, chip.value("comparable_to"_L1).toVariant().toStringList());
            for (const QString &name : other.split(u'|')) {
                compared =
                    compared || row(name).value("comparable_to"_L1).toVariant().toStringList().contains(expected.chip);
            }
            QVERIFY2(compared, qPrintable(expected.chip + u" compared with "_s + other));
        }
    }
}

void TestCli::facts_csvWithDecimalCommaQuotesAndFullNumbers()
{
    QTemporaryDir dir;
    write(dir, u"cambricon.txt"_s,
          "Chipfirmen wachsen\n2025-08-01\n\nDas Start-up MetaX meldete f\xc3\xbcr 2024 einen Umsatz von 743 Millionen "
          "Yuan. Der Umsatz von Cambricon stieg im ersten Halbjahr um 4,5 Prozent; das sei \"ein Rekord\", "
          "hie\xc3\x9f es.\n");
    const Run r = cli({u"facts"_s, u"--csv"_s, u"--decimal-comma"_s, dir.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("subject;metric;value;unit;period;article;date;source;file;sentence\r"));
    QVERIFY(r.out.endsWith("\r\n"));
    auto line = [&lines](const QByteArray &start) {
        for (const QByteArray &l : lines) {
            if (l.startsWith(start)) {
                return l;
            }
        }
        return QByteArray();
    };
    const QByteArray metax = line("MetaX;revenue;743000000;CNY;2024;");
    QVERIFY2(metax.contains(";cambricon.txt;"), r.out.constData());
    const QByteArray cambricon = line("Cambricon;revenue_growth;4,5;%;2025-H1;");
    QVERIFY2(!cambricon.isEmpty(), r.out.constData());
    // The sentence holds the separator and quotes: quoted, quotes doubled.
    QVERIFY2(cambricon.contains(";\"Der Umsatz von Cambricon stieg im ersten Halbjahr um 4,5 Prozent; das sei "
                                "\"\"ein Rekord\"\", hie\xc3\x9f es.\"\r"),
             cambricon.constData());

    const Run point = cli({u"facts"_s, u"--csv"_s, dir.path()});
    QCOMPARE(point.exitCode, 0);
    QVERIFY(point.out.contains("\nCambricon,revenue_growth,4.5,%,2025-H1,"));
}

void TestCli::facts_demoArticles_metaxRevenue()
{
    const DemoTestData::Fact metax = DemoTestData::expected().fact(u"MetaX"_s, u"revenue"_s, u"2024"_s);
    QCOMPARE(metax.value, 743e6);
    const Run r = cli({u"facts"_s, u"--csv"_s, DemoTestData::articlesDir()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("subject,metric,value,unit,period,article,date,source,file,sentence\r\n"));
    QByteArray line;
    for (const QByteArray &l : r.out.split('\n')) {
        if (l.startsWith("MetaX,revenue,743000000,CNY,2024,")) {
            line = l;
        }
    }
    QVERIFY2(!line.isEmpty(), r.out.constData());
    QVERIFY2(line.contains(QByteArray(',' + metax.file.toUtf8() + ',')), line.constData());
    QVERIFY2(line.contains(metax.sentence.toUtf8()), line.constData());
}

void TestCli::import_testData_reportsCountsAndStoresAnalyses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString data = QStringLiteral(CHIPWATCH_TEST_DATA_DIR);
    const Run r = cli({u"import"_s, u"--library"_s, library, data});

    // tests/data holds fixtures that are no articles (expected results, broken JSON on purpose): refused, so 3.
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("malformed.json: "), r.err.constData());
    // Not a terminal: no progress line.
    QVERIFY2(!r.err.contains('\r') && !r.err.contains("Importing"), r.err.constData());

    const std::map<QString, int> counts = importCounts(r.out);
    int files = 0;
    for (QDirIterator it(data, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next()) {
        ++files;
    }
    QCOMPARE(count(counts, u"Files examined"_s), files);
    const int imported = count(counts, u"Articles imported"_s);
    const int refused = count(counts, u"Refused files"_s);
    QVERIFY2(imported >= 10, r.out.constData());
    QVERIFY(refused > 0);
    // A file that is neither refused nor skipped gives one article or more (a JSON array).
    QVERIFY(count(counts, u"Duplicates (already in the library)"_s) + imported + refused +
                count(counts, u"Not article files"_s) >=
            files);
    // One line on standard error for each refused file, with its reason.
    qsizetype refusedLines = 0;
    for (const QByteArray &line : r.err.split('\n')) {
        refusedLines += line.startsWith(data.toUtf8()) && line.contains(": ") ? 1 : 0;
    }
    QCOMPARE(refusedLines, qsizetype(refused));

    QCOMPARE(analysedArticles(library), qint64(imported));
}

void TestCli::import_secondTime_reportsDuplicatesOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString articles = QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/workspace/articles");

    const Run first = cli({u"import"_s, u"--library"_s, library, articles});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), first.err.constData());
    std::map<QString, int> counts = importCounts(first.out);
    QCOMPARE(count(counts, u"Files examined"_s), 3);
    QCOMPARE(count(counts, u"Articles imported"_s), 3);
    QCOMPARE(count(counts, u"Duplicates (already in the library)"_s), 0);
    QCOMPARE(count(counts, u"Refused files"_s), 0);
    QCOMPARE(count(counts, u"Not article files"_s), 0);

    const Run second = cli({u"import"_s, u"--library"_s, library, articles});
    QCOMPARE(second.exitCode, 0);
    counts = importCounts(second.out);
    QCOMPARE(count(counts, u"Articles imported"_s), 0);
    QCOMPARE(count(counts, u"Duplicates (already in the library)"_s), 3);
    QCOMPARE(analysedArticles(library), 3);
}

void TestCli::import_refusedFiles_exitThreeWithReasons()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"in"_s));
    write(dir, u"in/good.txt"_s,
          "Baidu testet den Kunlun-P800-Chip in seinen Rechenzentren. Der Konzern will unabhaengiger werden.\n");
    write(dir, u"in/empty.txt"_s, QByteArray());
    QByteArray binary("\x7F"
                      "ELF\x02\x01\x01",
                      7);
    binary.append(QByteArray(4096, '\0'));
    write(dir, u"in/binary.txt"_s, binary);
    write(dir, u"in/notes.odt"_s, "not an article file by its name");
    const QString library = dir.filePath(u"library.sqlite"_s);

    const Run r = cli({u"import"_s, u"--library"_s, library, dir.filePath(u"in"_s)});
    QCOMPARE(r.exitCode, 3);
    const std::map<QString, int> counts = importCounts(r.out);
    QCOMPARE(count(counts, u"Files examined"_s), 4);
    QCOMPARE(count(counts, u"Articles imported"_s), 1);
    QCOMPARE(count(counts, u"Refused files"_s), 2);
    QCOMPARE(count(counts, u"Not article files"_s), 1);
    QVERIFY2(r.err.contains("empty.txt: The file is empty."), r.err.constData());
    QVERIFY2(r.err.contains("binary.txt: ") && r.err.contains("binary file"), r.err.constData());
    QVERIFY(!r.err.contains("notes.odt"));
    QCOMPARE(analysedArticles(library), 1);
}

void TestCli::import_nothingReadable_failsWithMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = write(dir, u"empty.txt"_s, QByteArray());
    const Run r = cli({u"import"_s, u"--library"_s, dir.filePath(u"library.sqlite"_s), empty});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no article could be read"), r.err.constData());
    QCOMPARE(count(importCounts(r.out), u"Refused files"_s), 1);
}

void TestCli::import_usageErrors_exitTwo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString articles = QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/workspace/articles");

    Run r = cli({u"import"_s, articles});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--library"), r.err.constData());
    r = cli({u"import"_s, u"--library"_s, library});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no files or folders given"), r.err.constData());
    r = cli({u"import"_s, u"--libary"_s, library, articles});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("libary"), r.err.constData());
    // Nothing was created by a usage error.
    QVERIFY(!QFile::exists(library));

    r = cli({u"import"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--library <FILE>"));
}

void TestCli::import_libraryFolderMissing_failsWithoutCreatingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString articles = QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/workspace/articles");
    const QString missing = dir.filePath(u"no/such/folder"_s);
    Run r = cli({u"import"_s, u"--library"_s, missing + u"/library.sqlite"_s, articles});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("does not exist"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));

    // A folder that cannot be made (a file stands in its place); tests run as root too, so no permission bits.
    const QString file = write(dir, u"plain-file"_s, "x");
    r = cli({u"import"_s, u"--library"_s, file + u"/library.sqlite"_s, articles});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("plain-file"), r.err.constData());
}

void TestCli::import_damagedLibrary_failsAndLeavesItUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString library = dir.filePath(u"library.sqlite"_s);
    const QString articles = QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/workspace/articles");
    QCOMPARE(cli({u"import"_s, u"--library"_s, library, articles + u"/s1_metax_alibaba.txt"_s}).exitCode, 0);

    // Overwrite pages in the middle of the file, as a broken disk or another program would.
    QFile file(library);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 3 * 4096);
    file.seek(2 * 4096);
    file.write(QByteArray(4096, '\x5A'));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const Run r = cli({u"import"_s, u"--library"_s, library, articles});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("damaged") || r.err.contains("not a Chipwatch library"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!QFile::exists(library + u"-journal"_s));
}

void TestCli::import_interrupted_keepsWholeArticlesAndExits130()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"in"_s));
    // Enough articles that the import is still running when the signal comes.
    const int files = 3000;
    for (int i = 0; i < files; ++i) {
        write(dir, u"in/a%1.txt"_s.arg(i, 4, 10, QChar(u'0')),
              QByteArray("Nummer ") + QByteArray::number(i) + ": Cambricon meldete einen Umsatz von " +
                  QByteArray::number(100 + i) + " Millionen Yuan. Der Konzern will unabhaengiger von Nvidia werden.\n");
    }
    const QString library = dir.filePath(u"library.sqlite"_s);
    QProcess p;
    p.setProcessEnvironment(userEnvironment());
    p.start(QStringLiteral(CHIPWATCH_CLI), {u"import"_s, u"--library"_s, library, dir.filePath(u"in"_s)});
    QVERIFY(p.waitForStarted());
    // The handler is installed right after the library is opened (which creates the file).
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(library), 30000);
    QTest::qWait(200);
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("interrupted"), err.constData());
    const int imported = count(importCounts(out), u"Articles imported"_s);
    QVERIFY2(imported >= 0 && imported < files, out.constData());
    // Every article stored is whole: it has its analysis, and the library holds just the ones reported.
    QCOMPARE(analysedArticles(library), qint64(imported));
#else
    QSKIP("sends SIGINT");
#endif
}

void TestCli::import_germanLocale_reportsInGerman()
{
    // The tool's messages are in the context lupdate records, and the tool loads the German catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString empty = write(dir, u"leer.txt"_s, QByteArray());
    QProcessEnvironment env = userEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHIPWATCH_CLI), {u"import"_s, u"--library"_s, dir.filePath(u"library.sqlite"_s),
                                            QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/workspace/articles"), empty});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 3);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(out.contains(u"Importierte Artikel: 3"_s), qPrintable(out));
    QVERIFY2(out.contains(u"Abgelehnte Dateien: 1"_s), qPrintable(out));
    QVERIFY2(err.contains(u"leer.txt: Die Datei ist leer."_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
