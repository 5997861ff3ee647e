// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Developer tool: runs the ArticleAnalyzer over article text files and prints the exchange format
// of ../shared/eval/README.md (JSON Lines, code point offsets) for score.py. The whole text is
// taken as the body: cleaning is another module's job and is scored on its own.
//
//   analysis_eval_driver [--chips chips.json] [--out pred.jsonl] [--lang de] DIR|FILE...

#include "analysis/articleanalyzer.h"
#include "analysis/chiptable.h"
#include "extract/knowledgebase.h"
#include "text/languagedetector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

// Code point offset of every UTF-16 offset of text (index text.size() included).
QList<qsizetype> codePointOffsets(const QString &text)
{
    QList<qsizetype> map(text.size() + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        map[i] = cp;
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
            ++cp;
        }
    }
    map[text.size()] = cp;
    return map;
}

QJsonObject articleJson(const QString &fileName, const QString &text, const QString &language, const ArticleAnalysis &a)
{
    const QList<qsizetype> cp = codePointOffsets(text);
    auto put = [&](QJsonObject &o, const TextSpan &span) {
        o.insert(u"start"_s, qint64(cp[span.start]));
        o.insert(u"end"_s, qint64(cp[span.end]));
    };
    QJsonArray entities;
    for (const EntityMention &m : a.entities) {
        QJsonObject o;
        put(o, m.span);
        o.insert(u"type"_s, entityTypeName(m.type));
        o.insert(u"canonical"_s, m.canonical);
        entities.append(o);
    }
    QJsonArray figures;
    for (const Figure &f : a.figures) {
        QJsonObject o;
        put(o, f.span);
        o.insert(u"type"_s, figureTypeName(f.type));
        if (f.type == FigureType::Date) {
            o.insert(u"value"_s, f.isoDate);
        } else {
            o.insert(u"value"_s, f.value);
            if (f.valueHigh != f.value) {
                o.insert(u"value_high"_s, f.valueHigh);
            }
        }
        o.insert(u"unit"_s, f.unit);
        figures.append(o);
    }
    QJsonArray facts;
    for (const Fact &f : a.facts) {
        // One line per value: the same claim in two currencies.
        for (const FactValue &v : f.values) {
            QJsonObject o{
                {u"subject"_s, f.subject}, {u"metric"_s, f.metric}, {u"value"_s, v.value}, {u"unit"_s, v.unit}};
            if (!f.period.isEmpty()) {
                o.insert(u"period"_s, f.period);
            }
            facts.append(o);
        }
    }
    QJsonArray comparisons;
    for (const ChipComparison &c : a.comparisons) {
        comparisons.append(QJsonObject{{u"chip"_s, c.chip}, {u"other"_s, c.other}, {u"relation"_s, c.relation}});
    }
    return QJsonObject{{u"file"_s, fileName},
                       {u"language"_s, language},
                       {u"body"_s, QJsonArray{QJsonArray{0, qint64(cp[text.size()])}}},
                       {u"entities"_s, entities},
                       {u"figures"_s, figures},
                       {u"facts"_s, facts},
                       {u"comparisons"_s, comparisons}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the analysis of article text files as exchange-format JSON Lines."_s);
    parser.addHelpOption();
    const QCommandLineOption chipsOption(u"chips"_s, u"Write the chip table JSON to <file>."_s, u"file"_s);
    const QCommandLineOption outOption(u"out"_s, u"Write the JSON Lines to <file> instead of stdout."_s, u"file"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language of every article (default: detected)."_s, u"code"_s);
    parser.addOptions({chipsOption, outOption, langOption});
    parser.addPositionalArgument(u"paths"_s, u"Article .txt files or folders holding them."_s);
    parser.process(app);

    QStringList files;
    for (const QString &path : parser.positionalArguments()) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
                files.append(dir.filePath(name));
            }
        } else {
            files.append(path);
        }
    }
    if (files.isEmpty()) {
        parser.showHelp(2);
    }

    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    ChipTable chips(kb);
    QByteArray jsonl;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QString language = parser.isSet(langOption) ? parser.value(langOption) : LanguageDetector::detect(text);
        const ArticleAnalysis analysis = analyzer.analyze(text, {}, language, QString());
        const QString name = QFileInfo(path).fileName();
        jsonl += QJsonDocument(articleJson(name, text, language, analysis)).toJson(QJsonDocument::Compact) + '\n';
        chips.addArticle(name, text, analysis);
    }
    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(jsonl) != jsonl.size() || !out.commit()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(outOption)));
            return 1;
        }
    } else {
        std::fwrite(jsonl.constData(), 1, size_t(jsonl.size()), stdout);
    }
    if (parser.isSet(chipsOption)) {
        QSaveFile out(parser.value(chipsOption));
        const QByteArray json = QJsonDocument(chips.toJson()).toJson(QJsonDocument::Indented);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(chipsOption)));
            return 1;
        }
    }
    return 0;
}
