// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// Runs the entity extractor over a folder of .txt articles and prints one JSON line per article:
// {"file": ..., "language": ..., "entities": [{"start", "end", "type", "canonical"}]} with code point
// offsets into the whole file text, the exchange format of ../shared/eval/score.py.

#include "extract/entityextractor.h"
#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

// The text module owns real language detection; for the driver a count of function words does.
QString guessLanguage(const QString &text)
{
    int de = 0;
    int en = 0;
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w == u"der"_s || w == u"die"_s || w == u"und"_s || w == u"das"_s || w == u"nicht"_s || w == u"mit"_s) {
            ++de;
        } else if (w == u"the"_s || w == u"and"_s || w == u"of"_s || w == u"with"_s || w == u"is"_s) {
            ++en;
        }
    }
    return en > de ? u"en"_s : u"de"_s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints entity predictions for score.py"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"articles"_s, u"Folder with .txt articles"_s);
    const QCommandLineOption kbDir(u"kb-dir"_s,
                                   u"Load the knowledge base from this folder instead of the built-in one"_s, u"dir"_s);
    const QCommandLineOption noSuggest(u"no-suggestions"_s, u"Only knowledge-base matches"_s);
    parser.addOption(kbDir);
    parser.addOption(noSuggest);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }

    KnowledgeBase kb;
    if (parser.isSet(kbDir)) {
        for (const QString &file : KnowledgeBase::builtInFiles()) {
            const QString path = QDir(parser.value(kbDir)).filePath(file);
            QString error;
            if (QFile::exists(path) && !kb.loadFile(path, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        for (const QString &problem : kb.validate()) {
            std::fprintf(stderr, "warning: %s\n", qPrintable(problem));
        }
    } else {
        kb = KnowledgeBase::builtIn();
    }
    const EntityExtractor extractor(kb);

    QDir dir(parser.positionalArguments().constFirst());
    QTextStream out(stdout);
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const QString language = guessLanguage(text);
        const QList<Sentence> sentences = SentenceSplitter::split(text, language);
        QList<EntityMention> mentions = extractor.extract(text, sentences, language);

        // UTF-16 -> code point offsets.
        QList<qsizetype> codePoint(text.size() + 1);
        qsizetype cp = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            codePoint[i] = cp;
            if (!text.at(i).isHighSurrogate()) {
                ++cp;
            }
        }
        codePoint[text.size()] = cp;

        QJsonArray entities;
        for (const EntityMention &m : mentions) {
            if (m.suggested && parser.isSet(noSuggest)) {
                continue;
            }
            QJsonObject e{{u"start"_s, codePoint[m.span.start]},
                          {u"end"_s, codePoint[m.span.end]},
                          {u"type"_s, entityTypeName(m.type)},
                          {u"canonical"_s, m.canonical},
                          {u"surface"_s, text.mid(m.span.start, m.span.length())}};
            if (m.suggested) {
                e.insert(u"suggested"_s, true);
                e.insert(u"confidence"_s, m.confidence);
            }
            entities.append(e);
        }
        const QJsonObject line{{u"file"_s, name}, {u"language"_s, language}, {u"entities"_s, entities}};
        out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }
    return 0;
}
