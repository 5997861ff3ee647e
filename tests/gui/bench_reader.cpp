// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Times the reader on a long synthetic article with a dense analysis: showing it until the first paint,
// switching a highlight type off and on until the visible part is right and until every block is, the
// longest time the event loop is blocked while the rest is highlighted in the background, and painting
// page by page. Not a test: run it by hand (QT_QPA_PLATFORM=offscreen bench_reader [characters]).
#include "readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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
