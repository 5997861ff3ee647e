// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
//
// Real processes on one library file: two writers at once, and imports killed with SIGKILL. The writer is
// library_writer (library_writer.cpp next to this file).
#include "import/articleloader.h"
#include "storage/library.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

class TestLibraryWriters final : public QObject
{
    Q_OBJECT

private slots:
    void twoWriters_storeEveryArticleOnceAndRefuseNone();
    void twoImportsOfOneFolder_storeEveryFileOnce();
    void killedImports_leaveWholeArticles_andAnotherImportCompletesTheLibrary();
};

namespace {

const QString writer = QStringLiteral(CHIPWATCH_LIBRARY_WRITER);

// PRAGMA integrity_check of `path` on a connection of its own.
QString integrity(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            return db.lastError().text();
        }
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s)) {
            return q.lastError().text();
        }
        QStringList rows;
        while (q.next()) {
            rows << q.value(0).toString();
        }
        result = rows.join(u"; ");
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QStringList lines(QProcess &process)
{
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// `count` article files with text an analysis finds something in.
bool writeArticles(const QString &folder, int count)
{
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        QFile f(QDir(folder).filePath(u"article-%1.txt"_s.arg(i, 3, 10, QChar(u'0'))));
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        QString text = u"Bericht %1 über Chips\n\n"_s.arg(i);
        for (int p = 0; p < 5 + i % 20; ++p) {
            text += u"Nvidia meldete im Quartal %1 einen Umsatz von %2 Milliarden Dollar, TSMC baut eine Fabrik "
                    "in Dresden für %3 Milliarden Euro. Absatz %4 des Berichts %5.\n\n"_s.arg(p % 4 + 1)
                        .arg(10 + i)
                        .arg(p + 1)
                        .arg(p)
                        .arg(i);
        }
        if (f.write(text.toUtf8()) <= 0) {
            return false;
        }
    }
    return true;
}

} // namespace

void TestLibraryWriters::twoWriters_storeEveryArticleOnceAndRefuseNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    {
        Library library(path);
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
    }
    constexpr int own = 150;
    constexpr int shared = 150;
    std::unique_ptr<QProcess> processes[2];
    const QString tags[2] = {u"A"_s, u"B"_s};
    for (int i = 0; i < 2; ++i) {
        processes[i] = std::make_unique<QProcess>();
        processes[i]->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        processes[i]->start(writer, {u"insert"_s, path, tags[i], QString::number(own), QString::number(shared)});
    }
    for (auto &p : processes) {
        QVERIFY2(p->waitForFinished(60000), "a writer did not finish");
    }
    int sharedInserted = 0;
    for (auto &p : processes) {
        const QStringList out = lines(*p);
        QStringList refused = out.filter(QRegularExpression(u"^refused"_s));
        QVERIFY2(refused.isEmpty(), qPrintable(u"%1 refused, first: %2"_s.arg(refused.size()).arg(refused.value(0))));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
        sharedInserted += int(out.filter(QRegularExpression(u"^inserted shared-"_s)).size());
    }
    QCOMPARE(sharedInserted, shared); // each shared article is stored by one writer, the other sees a duplicate

    Library library(path);
    QString error;
    QVERIFY2(library.open(&error), qPrintable(error));
    QCOMPARE(library.articleCount(), 2 * own + shared);
    QSqlQuery q(library.database());
    QVERIFY(q.exec(u"SELECT count(DISTINCT title), count(*) FROM articles a "
                   "JOIN analysis_state s ON s.article_id = a.id"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2 * own + shared);
    QCOMPARE(q.value(1).toInt(), 2 * own + shared); // every article with its analysis
}

// Two windows importing the same folder into one library, as the issue saw it.
void TestLibraryWriters::twoImportsOfOneFolder_storeEveryFileOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    const QString folder = dir.filePath(u"articles"_s);
    constexpr int files = 120;
    QVERIFY(writeArticles(folder, files));
    {
        Library library(path);
        QVERIFY(library.open(nullptr));
    }
    std::unique_ptr<QProcess> processes[2];
    for (auto &p : processes) {
        p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(writer, {u"import"_s, path, folder});
    }
    for (auto &p : processes) {
        QVERIFY2(p->waitForFinished(60000), "an import did not finish");
    }
    int imported = 0;
    for (auto &p : processes) {
        const QStringList out = lines(*p);
        const QStringList refused = out.filter(QRegularExpression(u"^refused"_s));
        QVERIFY2(refused.isEmpty(), qPrintable(u"%1 refused, first: %2"_s.arg(refused.size()).arg(refused.value(0))));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(out.last().startsWith(u"imported "_s));
        imported += out.last().mid(9).toInt();
    }
    QCOMPARE(imported, files); // each file by one of them; the other found it a duplicate
    Library library(path);
    QVERIFY(library.open(nullptr));
    QCOMPARE(library.articleCount(), files);
    QSqlQuery q(library.database());
    QVERIFY(q.exec(u"SELECT count(DISTINCT file_path) FROM articles"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), files);
}

void TestLibraryWriters::killedImports_leaveWholeArticles_andAnotherImportCompletesTheLibrary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"library.sqlite"_s);
    const QString folder = dir.filePath(u"articles"_s);
    constexpr int files = 200;
    QVERIFY(writeArticles(folder, files));

    qint64 stored = 0;
    for (const int killAt : {2, 30, 80, 150}) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(writer, {u"import"_s, path, folder});
        QVERIFY(process.waitForStarted());
        QByteArray seen;
        const QByteArray mark = "progress " + QByteArray::number(killAt) + ' ';
        while (!seen.contains(mark) && process.state() == QProcess::Running) {
            process.waitForReadyRead(20000);
            seen += process.readAllStandardOutput();
        }
        QVERIFY2(seen.contains(mark), seen.right(500).constData());
        process.kill(); // SIGKILL
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(integrity(path), u"ok"_s);
        Library library(path);
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        const qint64 count = library.articleCount();
        QVERIFY2(count >= stored, "a killed import lost articles stored before it");
        stored = count;
        // Every article stored is whole: the text of its file, as the loader reads it.
        for (const qint64 id : library.articleIds()) {
            const auto article = library.article(id);
            QVERIFY(article);
            const LoadResult source = ArticleLoader::loadFile(article->filePath);
            QCOMPARE(source.articles.size(), 1);
            QCOMPARE(article->document.text, source.articles.first().document.text);
            QCOMPARE(article->document.meta.title, source.articles.first().document.meta.title);
        }
        qInfo("killed at file %d: %lld articles stored", killAt, count);
    }
    QVERIFY2(stored < files, "no import was killed before its end");

    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(writer, {u"import"_s, path, folder});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(lines(process).last(), u"imported %1"_s.arg(files - stored));

    QCOMPARE(integrity(path), u"ok"_s);
    Library library(path);
    QString error;
    QVERIFY2(library.open(&error), qPrintable(error));
    QCOMPARE(library.articleCount(), files);
    QSqlQuery q(library.database());
    QVERIFY(q.exec(u"SELECT count(DISTINCT file_path) FROM articles"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), files); // each file exactly once
}

QTEST_GUILESS_MAIN(TestLibraryWriters)
#include "tst_librarywriters.moc"
