// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Times the reader on a long synthetic article with a dense analysis: showing it until the first paint,
// switching a highlight type off and on until the visible part is right and until every block is, the
// longest time the event loop is blocked while the rest is highlighted in the background, and painting
// page by page. Not a test: run it by hand (QT_QPA_PLATFORM=offscreen bench_reader [characters]).
//
// `bench_reader --long-line MB [--original] [--grab PREFIX]` and `bench_reader --newlines MB [...]` time the reader on
// a pathological article instead (issue 10): one unbreakable line of MB megabytes, or MB megabytes of line breaks. They
// report the time from setArticle() to the first paint, the longest event-loop turn until the document is laid out to
// the end, the time that takes, a jump to the end, and the peak memory of the process.
#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <time.h>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

namespace {

double ms(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e6;
}

struct Drain
{
    qint64 totalNs = 0;
    qint64 worstNs = 0; // the longest single turn of the event loop
    int turns = 0;
};

// Spins the event loop until the highlighter has no block left, timing every turn of it.
Drain drain(Ui::EntityHighlighter *highlighter)
{
    Drain result;
    QElapsedTimer total;
    total.start();
    QElapsedTimer turn;
    while (highlighter->pendingBlocks() > 0) {
        turn.start();
        QCoreApplication::processEvents();
        result.worstNs = std::max(result.worstNs, turn.nsecsElapsed());
        ++result.turns;
    }
    result.totalNs = total.nsecsElapsed();
    return result;
}

// CPU time of the calling thread: unlike wall-clock time, not inflated by other processes on a busy machine.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// The peak resident memory of this process in MB (Linux), or -1.
double peakMemoryMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
        }
    }
    return -1;
}

// One line of `megabytes` million characters without a break opportunity (think of an inlined base64 image),
// or as many line breaks.
int longLineBench(bool newlines, double megabytes, bool original, const QString &grab)
{
    const auto size = static_cast<qsizetype>(megabytes * 1e6);
    Core::StoredArticle article;
    article.id = 1;
    article.filePath = u"long.txt"_s;
    article.document.meta.title = u"Long line"_s;
    QString &text = article.document.text;
    if (newlines) {
        text = QString(size, u'\n');
    } else {
        static const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
        text.resize(size);
        for (qsizetype i = 0; i < size; ++i) {
            text[i] = alphabet.at((i * 7 + i / 61) % alphabet.size());
        }
        article.document.body.append({0, text.size()});
    }

    Ui::ReaderView reader;
    reader.resize(900, 800);
    reader.show();
    QCoreApplication::processEvents();
    reader.setShowOriginal(original);
    QTextStream out(stdout);

    QElapsedTimer timer;
    const qint64 cpuStart = threadCpuNs();
    timer.start();
    reader.setArticle(article);
    const qint64 setArticleNs = timer.nsecsElapsed();
    reader.viewport()->repaint();
    const qint64 firstPaintNs = timer.nsecsElapsed();
    const qint64 firstPaintCpuNs = threadCpuNs() - cpuStart;

    // Let the event loop run until the layout has reached the end of the document and the size has been
    // steady for a while, timing every turn.
    QAbstractTextDocumentLayout *layout = reader.document()->documentLayout();
    QElapsedTimer sinceChange;
    sinceChange.start();
    QSizeF lastSize = layout->documentSize();
    qint64 worstTurnNs = 0;
    qint64 laidOutNs = 0;
    QElapsedTimer turn;
    QElapsedTimer total;
    total.start();
    while (sinceChange.elapsed() < 1000 && total.elapsed() < 120000) {
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        worstTurnNs = std::max(worstTurnNs, turn.nsecsElapsed());
        if (layout->documentSize() != lastSize) {
            lastSize = layout->documentSize();
            sinceChange.restart();
            laidOutNs = total.nsecsElapsed();
        }
    }
    if (!grab.isEmpty()) {
        reader.grab().save(grab + u"-top.png"_s);
    }
    timer.restart();
    reader.verticalScrollBar()->setValue(reader.verticalScrollBar()->maximum());
    reader.viewport()->repaint();
    const qint64 jumpNs = timer.nsecsElapsed();
    if (!grab.isEmpty()) {
        reader.grab().save(grab + u"-end.png"_s);
    }

    out << (newlines ? "newlines" : "one line") << ", " << text.size() << " characters, "
        << (original ? "original" : "cleaned") << " view: " << reader.document()->blockCount() << " blocks, "
        << reader.document()->characterCount() << " document characters\n"
        << "  setArticle " << ms(setArticleNs) << " ms, first paint after " << ms(firstPaintNs) << " ms (CPU time "
        << ms(firstPaintCpuNs) << " ms)\n"
        << "  laid out to the end after " << ms(laidOutNs) << " ms more, longest event-loop turn " << ms(worstTurnNs)
        << " ms\n"
        << "  jump to the end and paint " << ms(jumpNs) << " ms; peak memory " << peakMemoryMb() << " MB\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && (args.at(1) == u"--long-line"_s || args.at(1) == u"--newlines"_s)) {
        const qsizetype grabAt = args.indexOf(u"--grab"_s);
        return longLineBench(args.at(1) == u"--newlines"_s, args.at(2).toDouble(), args.contains(u"--original"_s),
                             grabAt > 0 && grabAt + 1 < args.size() ? args.at(grabAt + 1) : QString());
    }
    const qsizetype targetSize = argc > 1 ? QByteArray(argv[1]).toLongLong() : 300000;

    // Paragraphs of varied words; every sentence names a company and a chip and carries a figure.
    Core::StoredArticle article;
    article.id = 1;
    article.filePath = u"bench.txt"_s;
    article.document.meta.title = u"Benchmark"_s;
    Core::ArticleAnalysis analysis;
    QString &text = article.document.text;
    const QString sentence = u"Der Hersteller Acme verkauft den Chip X100 für 12,5 Milliarden Yuan an Kunden. "_s;
    int sentences = 0;
    while (text.size() < targetSize) {
        const qsizetype at = text.size();
        text += sentence;
        analysis.entities.append({{at + 15, at + 19}, Core::EntityType::Company, u"acme"_s, u"Acme"_s, 1.0, false});
        analysis.entities.append({{at + 34, at + 38}, Core::EntityType::Chip, u"x100"_s, u"X100"_s, 1.0, false});
        Core::Figure figure;
        figure.span = {at + 43, at + 63};
        analysis.figures.append(figure);
        if (++sentences % 6 == 0) {
            text += u'\n';
        }
    }
    article.document.body.append({0, text.size()});

    Ui::ReaderView reader;
    reader.resize(900, 800);
    reader.show();
    QCoreApplication::processEvents();
    Ui::EntityHighlighter *highlighter = reader.highlighter();
    QScrollBar *scrollBar = reader.verticalScrollBar();
    QTextStream out(stdout);

    // The same text without analysis: what building and laying out the document costs by itself.
    QElapsedTimer timer;
    timer.start();
    reader.setArticle(article);
    reader.viewport()->repaint();
    const qint64 plainNs = timer.nsecsElapsed();
    reader.setArticle(std::nullopt);
    QCoreApplication::processEvents();

    timer.restart();
    reader.setArticle(article, analysis);
    const qint64 setArticleNs = timer.nsecsElapsed();
    reader.viewport()->repaint();
    const qint64 firstPaintNs = timer.nsecsElapsed();
    const int pendingAfterOpen = highlighter->pendingBlocks();
    const Drain openDrain = drain(highlighter);

    out << "characters " << text.size() << ", marks " << highlighter->marks().size() << ", blocks "
        << reader.document()->blockCount() << ", slice budget " << highlighter->sliceBudget().count() << " us\n"
        << "open without analysis (document only): first paint after " << ms(plainNs) << " ms\n"
        << "open: setArticle " << ms(setArticleNs) << " ms, first paint after " << ms(firstPaintNs) << " ms; "
        << pendingAfterOpen << " blocks queued, drained in " << ms(openDrain.totalNs) << " ms over " << openDrain.turns
        << " event-loop turns, longest turn " << ms(openDrain.worstNs) << " ms\n";

    // Toggle from the middle of the article, as a reader would.
    scrollBar->setValue(scrollBar->maximum() / 2);
    reader.viewport()->repaint();
    QCoreApplication::processEvents();
    for (const bool visible : {false, true}) {
        timer.restart();
        highlighter->setKindVisible(Ui::MarkKind::Company, visible);
        const qint64 visibleRightNs = timer.nsecsElapsed();
        reader.viewport()->repaint();
        const qint64 paintedNs = timer.nsecsElapsed();
        const int pending = highlighter->pendingBlocks();
        const Drain toggleDrain = drain(highlighter);
        out << "toggle companies " << (visible ? "on" : "off") << ": visible part right after " << ms(visibleRightNs)
            << " ms, painted after " << ms(paintedNs) << " ms; " << pending << " blocks queued, all done after "
            << ms(paintedNs + toggleDrain.totalNs) << " ms, longest event-loop turn " << ms(toggleDrain.worstNs)
            << " ms\n";
    }

    // A toggle followed at once by a jump elsewhere: the new page is highlighted before it is painted.
    highlighter->setKindVisible(Ui::MarkKind::Chip, false);
    timer.restart();
    scrollBar->setValue(scrollBar->maximum() / 5);
    reader.viewport()->repaint();
    const qint64 jumpNs = timer.nsecsElapsed();
    drain(highlighter);
    highlighter->setKindVisible(Ui::MarkKind::Chip, true);
    drain(highlighter);
    out << "jump to a page not yet re-highlighted and paint: " << ms(jumpNs) << " ms\n";

    // Page by page through a quarter of the article, everything highlighted.
    const int pages = 40;
    qint64 pageTotal = 0;
    qint64 pageWorst = 0;
    scrollBar->setValue(0);
    for (int page = 0; page < pages; ++page) {
        timer.restart();
        scrollBar->setValue(scrollBar->value() + scrollBar->pageStep());
        reader.viewport()->repaint();
        const qint64 elapsed = timer.nsecsElapsed();
        pageTotal += elapsed;
        pageWorst = std::max(pageWorst, elapsed);
    }
    out << "scroll one page and paint: " << ms(pageTotal / pages) << " ms on average, " << ms(pageWorst)
        << " ms at most (" << pages << " pages)\n";

    timer.restart();
    highlighter->rehighlight();
    out << "for comparison, one full rehighlight(): " << ms(timer.nsecsElapsed()) << " ms\n";

    timer.restart();
    int lookups = 0;
    for (int pos = 0; pos < reader.document()->characterCount(); pos += 7) {
        lookups += highlighter->markAt(pos) != nullptr ? 1 : 0;
    }
    out << "mark lookups (every 7th position, " << lookups << " hits): " << ms(timer.nsecsElapsed()) << " ms\n";
    return 0;
}
