// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Import benchmark (not a test): generates N articles from the demo set with varied names and numbers,
// imports them into a fresh SQLite library and prints articles/s, MB/s and peak memory.
//   bench_import [N] [--keep DIR]
#include "import/articleloader.h"
#include "import/importer.h"
#include "storage/library.h"
#include "text/languagedetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Chipwatch::Core;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QStringList demoTexts()
{
    QStringList texts;
    QDirIterator it(QStringLiteral(CHIPWATCH_SOURCE_DIR "/resources/demo"), {u"*.txt"_s, u"*.md"_s}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            texts << QString::fromUtf8(f.readAll());
        }
    }
    return texts;
}

// Varies company names and every number, so that each generated article is new to the library.
QString vary(const QString &text, QRandomGenerator &rng)
{
    static const QStringList companies = {u"Alibaba"_s,       u"Baidu"_s, u"Huawei"_s,  u"Cambricon"_s, u"MetaX"_s,
                                          u"Moore Threads"_s, u"Biren"_s, u"Enflame"_s, u"Nvidia"_s,    u"AMD"_s};
    static const QRegularExpression company(u"\\b(Alibaba|Baidu|Huawei|Cambricon|MetaX|Nvidia|AMD)\\b"_s);
    static const QRegularExpression number(u"\\d+"_s);
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QString::number(rng.bounded(1, 9999));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.replace(company, companies.at(rng.bounded(int(companies.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    LanguageDetector::keepScratchMemoryBetweenCalls();
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 10000;
    const QStringList seeds = demoTexts();
    if (n <= 0 || seeds.isEmpty()) {
        out << "usage: bench_import N (needs resources/demo/*.txt|md)\n";
        return 2;
    }

    QTemporaryDir dir;
    QRandomGenerator rng(20251122);
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i) {
        const QString sub = dir.filePath(u"set%1"_s.arg(i / 1000));
        QDir().mkpath(sub);
        QFile f(sub + u"/article%1.txt"_s.arg(i));
        if (!f.open(QIODevice::WriteOnly)) {
            out << "cannot write " << f.fileName() << '\n';
            return 1;
        }
        bytes += f.write(vary(seeds.at(i % seeds.size()), rng).toUtf8());
    }
    out << "generated " << n << " articles, " << bytes / 1e6 << " MB in " << timer.elapsed() / 1000.0 << " s\n";

    Library library(dir.filePath(u"bench.sqlite"_s));
    QString error;
    if (!library.open(&error)) {
        out << error << '\n';
        return 1;
    }
    // Where the time goes: reading and cleaning alone, on a sample, before the full import.
    {
        const QStringList files = ArticleLoader::collectFiles({dir.path()});
        const qsizetype sample = std::min<qsizetype>(files.size(), 1000);
        QElapsedTimer t;
        t.start();
        for (qsizetype i = 0; i < sample; ++i) {
            ArticleLoader::loadFile(files.at(i));
        }
        out << "read+decode+clean only: " << sample / (t.elapsed() / 1000.0) << " articles/s (sample of " << sample
            << ")\n";
    }
    timer.restart();
    const ImportReport report = Importer::run(library, {dir.path()});
    const double seconds = timer.elapsed() / 1000.0;
    out << "imported " << report.importedIds.size() << ", duplicates " << report.duplicates.size() << ", refused "
        << report.refused.size() << '\n';
    out << "import: " << seconds << " s, " << report.importedIds.size() / seconds << " articles/s, "
        << bytes / 1e6 / seconds << " MB/s, peak memory " << peakRssMiB() << " MiB\n";

    timer.restart();
    const QList<qint64> hits = library.search(u"Umsatz"_s);
    out << "full-text search over " << library.articleCount() << " articles: " << hits.size() << " hits in "
        << timer.nsecsElapsed() / 1e6 << " ms\n";
    return 0;
}
