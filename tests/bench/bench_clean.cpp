// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Cleaning benchmark (not a test): decodes and cleans every article file under the given folders (default:
// the demo articles and tests/data) again and again on one thread, and prints MB/s of input per core, the
// measure issue 11 sets a bar for (read + decode + clean ≥ 20 MB/s per core). The files are read into memory
// first, so the disk is not measured, and each round is timed in the thread's CPU time, so that other work on a
// shared machine does not count.
//   bench_clean [--seconds S] [FOLDER...]
#include "import/articleloader.h"
#include "text/languagedetector.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    LanguageDetector::keepScratchMemoryBetweenCalls();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    double seconds = 5.0;
    if (args.size() >= 2 && args.first() == u"--seconds"_s) {
        seconds = args.at(1).toDouble();
        args = args.mid(2);
    }
    if (args.isEmpty()) {
        args = {QStringLiteral(CHIPWATCH_SOURCE_DIR "/resources/demo"),
                QStringLiteral(CHIPWATCH_SOURCE_DIR "/tests/data")};
    }

    struct File
    {
        QString path;
        QByteArray bytes;
    };

    QList<File> files;
    qint64 setBytes = 0;
    for (const QString &path : ArticleLoader::collectFiles(args)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.size() < 4 * 1024 * 1024) {
            files.append({path, f.readAll()});
            setBytes += files.last().bytes.size();
        }
    }
    if (files.isEmpty()) {
        out << "usage: bench_clean [--seconds S] [FOLDER...] (no article files found)\n";
        return 2;
    }
    // Rounds of the whole set until the time is spent; the median round is reported, so a stall of the
    // shared machine does not count.
    QList<double> rounds;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < seconds * 1000 || rounds.size() < 3) {
        const double started = threadCpuSeconds();
        for (const File &file : std::as_const(files)) {
            ArticleLoader::loadBytes(file.bytes, file.path);
        }
        rounds.append(threadCpuSeconds() - started);
    }
    std::sort(rounds.begin(), rounds.end());
    const double median = rounds.at(rounds.size() / 2);
    out << files.size() << " files, " << setBytes / 1e6 << " MB; " << rounds.size() << " rounds, median "
        << median * 1000 << " ms of CPU: " << setBytes / 1e6 / median << " MB/s, " << files.size() / median
        << " files/s on one thread\n";
    return 0;
}
