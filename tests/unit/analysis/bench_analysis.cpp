// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Benchmark, not a test: throughput of the full article analysis (sentences, entities, figures,
// facts, comparisons) on one core, over a generated corpus of German and English articles.
//
//   bench_analysis [megabytes=24]

#include "analysis/articleanalyzer.h"
#include "extract/knowledgebase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

const QStringList kCompanies = {u"Alibaba"_s,       u"Baidu"_s,  u"Huawei"_s, u"Tencent"_s, u"Cambricon"_s, u"MetaX"_s,
                                u"Moore Threads"_s, u"Nvidia"_s, u"AMD"_s,    u"SMIC"_s,    u"Biren"_s,     u"TSMC"_s};
const QStringList kChips = {u"H20"_s,         u"H100"_s,        u"A100"_s,
                            u"B300"_s,        u"Ascend 910C"_s, u"Zhenwu"_s,
                            u"Kunlun P800"_s, u"MI300X"_s,      u"CloudMatrix 384"_s,
                            u"Blackwell"_s};

const QStringList kGerman = {
    u"%C meldete für %Y einen Umsatz von %N Milliarden Yuan, ein Plus von %P Prozent."_s,
    u"Der Nettoverlust von %C belief sich im ersten Halbjahr auf %N Millionen US-Dollar."_s,
    u"%C will in den nächsten Jahren mindestens %N Milliarden Euro in Rechenzentren investieren."_s,
    u"Der neue %H soll auf Augenhöhe mit dem %K liegen und wird in %S Nanometern gefertigt."_s,
    u"Die Aktie von %C legte am Freitag um %P Prozent zu, der Börsenwert liegt bei %N Milliarden Dollar."_s,
    u"Laut Berichten arbeitet %C an einem eigenen Chip, der den %H ersetzen soll."_s,
    u"Die chinesische Regierung drängt Unternehmen wie %C, heimische Chips zu nutzen."_s,
    u"Im Juli %Y kündigte Washington weitere Exportkontrollen an; Peking reagierte prompt."_s,
    u"Das Unternehmen plant einen Börsengang im Wert von %N Milliarden HK-Dollar im dritten Quartal %Y."_s,
    u"Analysten erwarten, dass der Markt bis %Y um %P bis %Q Prozent wächst."_s,
    u"Kontakt: +49 89 %S %S 804, Redaktion München."_s,
};
const QStringList kEnglish = {
    u"%C reported revenue of $%N billion for the quarter, up %P%% from a year earlier."_s,
    u"Shares of %C jumped %P percent after the %H was cleared for export."_s,
    u"The %H is comparable to the %K, according to engineers who tested it in %Y."_s,
    u"%C raised %N billion yuan in its IPO on September %S, %Y."_s,
    u"The US imposed tariffs of up to %P%% on Chinese semiconductors in %Y."_s,
    u"Its %H delivers %N TFLOPS at 700 W with 96 GB of HBM3 memory."_s,
    u"%C's market share in China fell to %P percent in the first half of %Y."_s,
    u"Beijing told state-owned cloud providers to buy domestic accelerators instead."_s,
};

QString fill(QString s, QRandomGenerator &rng)
{
    auto pick = [&](const QStringList &list) { return list[rng.bounded(int(list.size()))]; };
    while (s.contains(u"%C")) {
        s.replace(s.indexOf(u"%C"), 2, pick(kCompanies));
    }
    while (s.contains(u"%H")) {
        s.replace(s.indexOf(u"%H"), 2, pick(kChips));
    }
    while (s.contains(u"%K")) {
        s.replace(s.indexOf(u"%K"), 2, pick(kChips));
    }
    s.replace(u"%Y"_s, QString::number(2015 + rng.bounded(15)));
    s.replace(u"%N"_s, QString::number(1 + rng.bounded(900)) + u',' + QString::number(rng.bounded(10)));
    s.replace(u"%P"_s, QString::number(1 + rng.bounded(99)));
    s.replace(u"%Q"_s, QString::number(100 + rng.bounded(99)));
    s.replace(u"%S"_s, QString::number(3 + rng.bounded(25)));
    s.replace(u"%%"_s, u"%"_s);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 24;
    QRandomGenerator rng(20250911);
    QList<QString> articles;
    QList<QString> languages;
    qint64 bytes = 0;
    while (bytes < megabytes * 1024 * 1024) {
        const bool german = rng.bounded(3) != 0;
        const QStringList &templates = german ? kGerman : kEnglish;
        QString article;
        const int sentences = 20 + rng.bounded(30);
        for (int i = 0; i < sentences; ++i) {
            article += fill(templates[rng.bounded(int(templates.size()))], rng);
            article += (i % 5 == 4) ? u"\n\n"_s : u" "_s;
        }
        bytes += article.toUtf8().size();
        articles.append(article);
        languages.append(german ? u"de"_s : u"en"_s);
    }

    const KnowledgeBase kb = KnowledgeBase::builtIn();
    QElapsedTimer setup;
    setup.start();
    const ArticleAnalyzer analyzer(kb);
    const qint64 setupMs = setup.elapsed();

    qint64 figures = 0, facts = 0, comparisons = 0, entities = 0;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ArticleAnalysis a = analyzer.analyze(articles[i], {}, languages[i], QString());
        entities += a.entities.size();
        figures += a.figures.size();
        facts += a.facts.size();
        comparisons += a.comparisons.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double mb = bytes / (1024.0 * 1024.0);
    std::printf("corpus: %lld articles, %.1f MB UTF-8 (German and English)\n", qlonglong(articles.size()), mb);
    std::printf("analyser set-up: %lld ms\n", qlonglong(setupMs));
    std::printf("analysis on one core: %.2f s, %.2f MB/s, %.0f articles/s\n", seconds, mb / seconds,
                articles.size() / seconds);
    std::printf("found: %lld entities, %lld figures, %lld facts, %lld comparisons\n", qlonglong(entities),
                qlonglong(figures), qlonglong(facts), qlonglong(comparisons));
    return 0;
}
