// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Entity-matching throughput on one core over a generated corpus, with
// `grep -c -F -f aliases.txt corpus.txt` timed on the same corpus for comparison.
//   bench_entities [--size-mb 64] [--kb-dir resources/kb] [--article-kb 4]

#include "extract/entitymatcher.h"
#include "extract/knowledgebase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

// Filler vocabulary (German and English news words, no names).
const QStringList &fillerWords()
{
    static const QStringList words =
        u"der die das und mit für den Markt Umsatz Chips wächst neue Rechenzentren "
        u"Exportkontrollen Regierung investiert Milliarden Prozent Quartal Anleger "
        u"Halbleiter Fertigung Nachfrage Speicher Modelle Training Inferenz liefert "
        u"the and of with for market revenue chips grows new data centres export "
        u"controls government invests billion percent quarter investors demand "
        u"memory models training inference supplies farm arm ascend china hopper "
        u"Größe Überblick Börse Straße Ausbau Wettbewerb zunehmend jedoch bereits"_s.split(u' ');
    return words;
}

QString makeName(QRandomGenerator &rng, const QStringList &names)
{
    QString name = names.at(rng.bounded(names.size()));
    switch (rng.bounded(6)) {
    case 0:
        return name + u's';
    case 1:
        return name + u"-Chips"_s;
    case 2:
        return name.toUpper();
    case 3:
        return name + u"’s"_s;
    default:
        return name;
    }
}

// CPU time of this thread: on a shared machine wall time measures the neighbours too.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval &tv) {
        return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Entity-matching throughput benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size-mb"_s, u"Corpus size in MB (default 64)"_s, u"mb"_s, u"64"_s);
    const QCommandLineOption kbOption(u"kb-dir"_s, u"Knowledge-base folder (default: built-in)"_s, u"dir"_s);
    const QCommandLineOption articleOption(u"article-kb"_s, u"Size of one matched text in KB (default 4)"_s, u"kb"_s,
                                           u"4"_s);
    parser.addOption(sizeOption);
    parser.addOption(kbOption);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Timed runs; the best counts (default 3)"_s, u"n"_s, u"3"_s);
    parser.addOption(articleOption);
    parser.addOption(repeatOption);
    parser.process(app);

    KnowledgeBase kb;
    if (parser.isSet(kbOption)) {
        for (const QString &file : KnowledgeBase::builtInFiles()) {
            const QString path = QDir(parser.value(kbOption)).filePath(file);
            QString error;
            if (QFile::exists(path) && !kb.loadFile(path, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
    } else {
        kb = KnowledgeBase::builtIn();
    }
    QStringList names;
    for (const KbEntity &e : kb.entities()) {
        names += e.allNames();
    }
    if (names.isEmpty()) {
        std::fprintf(stderr, "empty knowledge base\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    const EntityMatcher matcher(kb);
    const qint64 compileMs = timer.elapsed();

    // Corpus: paragraphs of filler with a name every ~25 words, split into articles.
    const qint64 targetBytes = parser.value(sizeOption).toLongLong() * 1024 * 1024;
    const qint64 articleBytes = parser.value(articleOption).toLongLong() * 1024;
    QRandomGenerator rng(20250911);
    QList<QString> articles;
    qint64 totalBytes = 0;
    QString article;
    QByteArray corpus;
    corpus.reserve(targetBytes + articleBytes);
    while (totalBytes < targetBytes) {
        for (int i = 0; i < 12; ++i) {
            article +=
                rng.bounded(25) == 0 ? makeName(rng, names) : fillerWords().at(rng.bounded(fillerWords().size()));
            // One sentence per line, so that grep -c cannot skip the rest of a text after its first hit.
            article += i == 11 ? u".\n"_s : u" "_s;
        }
        if (article.size() >= articleBytes) {
            const QByteArray utf8 = article.toUtf8();
            totalBytes += utf8.size();
            corpus += utf8;
            articles.append(article);
            article.clear();
        }
    }

    QTemporaryDir tmp;
    QFile corpusFile(tmp.filePath(u"corpus.txt"_s));
    QFile aliasFile(tmp.filePath(u"aliases.txt"_s));
    if (!corpusFile.open(QIODevice::WriteOnly) || !aliasFile.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write the corpus\n");
        return 1;
    }
    corpusFile.write(corpus);
    corpusFile.close();
    for (const QString &name : names) {
        aliasFile.write(name.toUtf8() + '\n');
    }
    aliasFile.close();

    // Warm-up, then timed runs over every article on this thread; the best run counts (the
    // machine is shared, the slower runs measure the neighbours).
    (void)matcher.match(articles.constFirst());
    qint64 mentions = 0;
    double matchSeconds = 0;
    double matchCpu = 0;
    const int repeat = std::max(1, parser.value(repeatOption).toInt());
    for (int run = 0; run < repeat; ++run) {
        mentions = 0;
        timer.restart();
        const double cpu0 = threadCpuSeconds();
        for (const QString &a : articles) {
            mentions += matcher.match(a).size();
        }
        const double cpu = threadCpuSeconds() - cpu0;
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        matchSeconds = run == 0 ? seconds : std::min(matchSeconds, seconds);
        matchCpu = run == 0 ? cpu : std::min(matchCpu, cpu);
    }
    const double mb = static_cast<double>(totalBytes) / (1024.0 * 1024.0);

    std::printf("knowledge base: %lld entities, %lld names, %lld literals, compiled in %lld ms\n",
                static_cast<long long>(kb.size()), static_cast<long long>(names.size()),
                static_cast<long long>(matcher.literals().size()), static_cast<long long>(compileMs));
    std::printf("corpus: %.1f MB UTF-8 in %lld texts of ~%lld KB\n", mb, static_cast<long long>(articles.size()),
                static_cast<long long>(articleBytes / 1024));
    std::printf("EntityMatcher::match: %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per CPU second; %lld mentions\n",
                matchSeconds, mb / matchSeconds, matchCpu, mb / matchCpu, static_cast<long long>(mentions));

    const QString grep = QStandardPaths::findExecutable(u"grep"_s);
    if (grep.isEmpty()) {
        std::printf("grep not found; no comparison\n");
        return 0;
    }
    double grepSeconds = 0;
    double grepCpu = 0;
    QByteArray grepOutput;
    for (int run = 0; run < repeat; ++run) {
        QProcess process;
        timer.restart();
        const double cpu0 = childrenCpuSeconds();
        process.start(grep, {u"-c"_s, u"-F"_s, u"-f"_s, aliasFile.fileName(), corpusFile.fileName()});
        process.waitForFinished(-1);
        const double cpu = childrenCpuSeconds() - cpu0;
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        grepSeconds = run == 0 ? seconds : std::min(grepSeconds, seconds);
        grepCpu = run == 0 ? cpu : std::min(grepCpu, cpu);
        grepOutput = process.readAllStandardOutput().trimmed();
    }
    std::printf("grep -c -F -f aliases.txt: %.2f s wall, %.1f MB/s; %.2f s CPU, %.1f MB/s per CPU second; "
                "%s lines with a hit\n",
                grepSeconds, mb / grepSeconds, grepCpu, mb / grepCpu, grepOutput.constData());
    return 0;
}
