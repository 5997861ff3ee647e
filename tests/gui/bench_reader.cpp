// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// Times the reader on a long synthetic article with a dense analysis: showing it (layout and highlighting
// included), switching a highlight type off and on, and painting after a jump to the middle. Not a test:
// run it by hand (QT_QPA_PLATFORM=offscreen bench_reader [characters]).
#include "readerview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chipwatch;

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

    QElapsedTimer timer;
    timer.start();
    reader.setArticle(article, analysis);
    const qint64 showMs = timer.restart();
    reader.highlighter()->setKindVisible(Ui::MarkKind::Company, false);
    reader.highlighter()->setKindVisible(Ui::MarkKind::Company, true);
    const qint64 toggleMs = timer.restart();
    reader.verticalScrollBar()->setValue(reader.verticalScrollBar()->maximum() / 2);
    reader.viewport()->repaint();
    const qint64 paintMs = timer.restart();
    int lookups = 0;
    for (int pos = 0; pos < reader.document()->characterCount(); pos += 7) {
        lookups += reader.highlighter()->markAt(pos) != nullptr ? 1 : 0;
    }
    const qint64 lookupMs = timer.elapsed();

    QTextStream out(stdout);
    out << "characters " << text.size() << ", marks " << reader.highlighter()->marks().size() << ", blocks "
        << reader.document()->blockCount() << '\n'
        << "show article (build, layout, highlight): " << showMs << " ms\n"
        << "hide and show one type (two rehighlights): " << toggleMs << " ms\n"
        << "scroll to the middle and paint: " << paintMs << " ms\n"
        << "mark lookups (every 7th position, " << lookups << " hits): " << lookupMs << " ms\n";
    return 0;
}
