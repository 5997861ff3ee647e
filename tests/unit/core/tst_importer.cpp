// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/articleanalyzer.h"
#include "analysis/workbudget.h"
#include "extract/knowledgebase.h"
#include "import/articleloader.h"
#include "import/importer.h"
#include "storage/library.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

// Every file an import finds is accounted for, only regular files are opened, Cancel and a per-file budget answer
// inside a file, and text that is empty or too long is refused with a reason (issue 10, findings 1, 4 and 8).
class TestImporter final : public QObject
{
    Q_OBJECT

private slots:
    void folder_accountsForEveryFile();
    void pipe_isRefusedWithoutBlocking();
    void unreadableFile_isRefusedWithTheReason();
    void emptyTexts_areRefusedNotDuplicates_data();
    void emptyTexts_areRefusedNotDuplicates();
    void jsonLoneSurrogate_isReplaced();
    void overlongText_isRefusedWithAReason();
    void millionsOfLines_areRefusedWithAReason();
    void spentBudget_stopsTheAnalysis();
    void cancelFlag_stopsTheImport();
};

namespace {

const QByteArray article = "Nvidia meldet Zahlen\n\nNvidia meldete einen Umsatz von 46,7 Milliarden Dollar. Der "
                           "Konzern wächst weiter, getragen vom Geschäft mit Rechenzentren.\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The reasons given for files whose names end in `suffix`.
QStringList reasonsFor(const QList<RefusedFile> &files, const QString &suffix)
{
    QStringList reasons;
    for (const RefusedFile &file : files) {
        if (file.filePath.endsWith(suffix)) {
            reasons << file.reason;
        }
    }
    return reasons;
}

} // namespace

void TestImporter::folder_accountsForEveryFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    QVERIFY(writeFile(dir.filePath(u"good.txt"_s), article));
    QVERIFY(writeFile(dir.filePath(u"sub/picture.png"_s), "\x89PNG"));
    QVERIFY(QFile::link(dir.filePath(u"gone.txt"_s), dir.filePath(u"dangling.txt"_s)));
    QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(u"sub/pipe.md"_s)).constData(), 0600) == 0);
    // A name whose bytes are not UTF-8 (Latin-1 "café"): Qt leaves it out of its folder listings.
    const QByteArray latin1Name = QFile::encodeName(dir.path()) + "/caf\xE9.txt";
    const int fd = ::open(latin1Name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, article.constData(), size_t(article.size())), ssize_t(article.size()));
    ::close(fd);

    QList<RefusedFile> refused;
    QList<RefusedFile> skipped;
    const QStringList files = ArticleLoader::collectFiles({dir.path()}, &refused, &skipped);
    QCOMPARE(files, QStringList{dir.filePath(u"good.txt"_s)});
    QCOMPARE(reasonsFor(skipped, u"picture.png"_s).size(), 1);
    QCOMPARE(reasonsFor(refused, u"dangling.txt"_s),
             QStringList{ArticleLoader::tr("The file is a link to something that does not exist.")});
    QCOMPARE(
        reasonsFor(refused, u"pipe.md"_s),
        QStringList{ArticleLoader::tr("Not a regular file (a pipe, socket or device); only regular files are read.")});
    QCOMPARE(reasonsFor(refused, u".txt"_s).filter(u"UTF-8"_s).size(), 1);
    QCOMPARE(refused.size(), 3);
    QVERIFY(skipped.constFirst().filePath.startsWith(dir.path()));

    // The import reports the same, and the CLI's exit status 3 follows from `refused` not being empty.
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    const ImportReport report = Importer::run(lib, {dir.path()});
    QCOMPARE(report.importedIds.size(), 1);
    QCOMPARE(report.importedFiles, QStringList{dir.filePath(u"good.txt"_s)});
    QCOMPARE(report.refused.size(), 3);
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.filesSeen, 5);    // the article, the picture, the link, the pipe and café.txt
    ::unlink(latin1Name.constData()); // QTemporaryDir cannot name it either
}

void TestImporter::pipe_isRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString pipe = dir.filePath(u"pipe.txt"_s);
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    // Named on its own (as on a command line) it is refused before it is opened ...
    QList<RefusedFile> refused;
    QVERIFY(ArticleLoader::collectFiles({pipe}, &refused).isEmpty());
    QCOMPARE(refused.size(), 1);
    // ... and a pipe that takes a listed file's place is refused on the open handle, without waiting for a writer.
    const LoadResult result = ArticleLoader::loadFile(pipe);
    QVERIFY(result.articles.isEmpty());
    QCOMPARE(result.refused.size(), 1);
    QVERIFY2(result.refused.first().reason.contains(u"regular file"_s), qPrintable(result.refused.first().reason));
}

void TestImporter::unreadableFile_isRefusedWithTheReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.txt"_s);
    QVERIFY(writeFile(path, article));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QList<RefusedFile> refused;
    const QStringList files = ArticleLoader::collectFiles({dir.path()}, &refused);
    if (::geteuid() == 0) {
        // Permission bits do not bind root (as in CI's containers): the file is read like any other.
        QCOMPARE(files, QStringList{path});
        QVERIFY(refused.isEmpty());
        return;
    }
    QVERIFY(files.isEmpty());
    QCOMPARE(reasonsFor(refused, u"locked.txt"_s),
             QStringList{ArticleLoader::tr("Cannot read the file: permission denied.")});
}

void TestImporter::emptyTexts_areRefusedNotDuplicates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("UTF-8 byte-order mark only") << u"bom.txt"_s << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("mark and blank lines") << u"blank.md"_s << QByteArray("\xEF\xBB\xBF\n \n\t\n");
    QTest::newRow("UTF-16 mark only") << u"bom16.txt"_s << QByteArray("\xFF\xFE");
    QTest::newRow("HTML with no text") << u"empty.html"_s
                                       << QByteArray("<html><head><script>var a = 1;</script></head><body></body>");
    QTest::newRow("JSON text of a mark") << u"empty.json"_s << QByteArray(R"({"text": "\ufeff  "})");
}

void TestImporter::emptyTexts_areRefusedNotDuplicates()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    // Two such files: before, the first was stored as an empty article and the second called its duplicate.
    QVERIFY(writeFile(dir.filePath(name), bytes));
    QVERIFY(writeFile(dir.filePath(u"2-"_s + name), bytes));
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    const ImportReport report = Importer::run(lib, {dir.path()});
    QVERIFY(report.importedIds.isEmpty());
    QVERIFY(report.duplicates.isEmpty());
    QCOMPARE(report.refused.size(), 2);
}

void TestImporter::jsonLoneSurrogate_isReplaced()
{
    const QByteArray json =
        R"({"title": "Chips \ud800", "text": "Nvidia meldete \ud800einen Umsatz von 46,7 )"
        R"(Milliarden Dollar. Der Konzern wächst weiter, getragen vom Geschäft mit Rechenzentren."})";
    const LoadResult result = ArticleLoader::loadBytes(json, u"article.json"_s);
    QCOMPARE(result.articles.size(), 1);
    const CleanedDocument &doc = result.articles.first().document;
    for (const QString &text : {doc.text, doc.meta.title}) {
        QVERIFY2(QString::fromUtf8(text.toUtf8()) == text, qPrintable(text)); // no lone surrogate is left
    }
    QVERIFY(doc.text.contains(u"\uFFFDeinen"_s)); // replaced, not merged with the next character
}

void TestImporter::overlongText_isRefusedWithAReason()
{
    // One line of words, just over the limit: refused after decoding, before the cleaner and analyser see it.
    QByteArray text = "Nvidia ";
    text = text.repeated(ArticleLoader::maxTextLength / text.size() + 1);
    const LoadResult result = ArticleLoader::loadBytes(text, u"long.txt"_s);
    QVERIFY(result.articles.isEmpty());
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused.first().reason, ArticleLoader::tooLongReason(text.size()));
    // Just under it, the text is read.
    const LoadResult shorter = ArticleLoader::loadBytes(text.left(ArticleLoader::maxTextLength), u"long.txt"_s);
    QCOMPARE(shorter.articles.size(), 1);
}

void TestImporter::millionsOfLines_areRefusedWithAReason()
{
    // A word and then line breaks: each line used to cost the cleaner some 200 bytes (19 MB of them took 4.3 GB).
    const QByteArray text = "Nvidia" + QByteArray(int(ArticleLoader::maxLineCount), '\n');
    const LoadResult result = ArticleLoader::loadBytes(text, u"lines.md"_s);
    QVERIFY(result.articles.isEmpty());
    QCOMPARE(result.refused.size(), 1);
    QCOMPARE(result.refused.first().reason, ArticleLoader::tooManyLinesReason(ArticleLoader::maxLineCount + 1));
    // Only line breaks: no text at all.
    const LoadResult blank = ArticleLoader::loadBytes(QByteArray(1'000'000, '\n'), u"blank.txt"_s);
    QCOMPARE(blank.refused.size(), 1);
    QCOMPARE(blank.refused.first().reason, ArticleLoader::tr("The file is empty."));
}

void TestImporter::spentBudget_stopsTheAnalysis()
{
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    const QString text = QString::fromUtf8(article);
    QVERIFY(!analyzer.analyze(text, {}, u"de"_s, u"2025-08-28"_s).figures.isEmpty());

    const WorkBudget expired(std::chrono::milliseconds(0));
    QVERIFY(expired.timedOut());
    const ArticleAnalysis stopped = analyzer.analyze(text, {}, u"de"_s, u"2025-08-28"_s, nullptr, {}, &expired);
    QVERIFY(stopped.figures.isEmpty());
    QVERIFY(stopped.sentences.isEmpty());

    std::atomic<bool> cancel{true};
    const WorkBudget cancelled(std::chrono::hours(1), &cancel);
    QVERIFY(cancelled.cancelled());
    QVERIFY(analyzer.analyze(text, {}, u"de"_s, u"2025-08-28"_s, nullptr, {}, &cancelled).figures.isEmpty());
}

void TestImporter::cancelFlag_stopsTheImport()
{
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(writeFile(dir.filePath(u"a%1.txt"_s.arg(i)), "Meldung " + QByteArray::number(i) + ": " + article));
    }
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    Library lib(u":memory:"_s);
    QVERIFY(lib.open(nullptr));
    // The flag is seen by the workers reading and analysing files, not only by the progress callback between files.
    std::atomic<bool> cancel{true};
    const ImportReport report = Importer::run(lib, {dir.path()}, {}, &analyzer, kb.revision(), &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(report.importedIds.isEmpty());
    QCOMPARE(lib.articleCount(), 0);

    cancel = false;
    const ImportReport again = Importer::run(lib, {dir.path()}, {}, &analyzer, kb.revision(), &cancel);
    QVERIFY(!again.cancelled);
    QCOMPARE(again.importedIds.size(), 5);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
