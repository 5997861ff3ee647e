// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "export/exchangeformat.h"

#include "import/codepoints.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

QJsonArray spanArray(const CodePointIndex &index, const TextSpan &span)
{
    return QJsonArray{qint64(index.toCodePoint(span.start)), qint64(index.toCodePoint(span.end))};
}

} // namespace

QJsonObject ExchangeFormat::articleObject(const LoadedArticle &article, const ArticleAnalysis *analysis)
{
    const CleanedDocument &doc = article.document;
    const CodePointIndex index(doc.text);

    QJsonObject o;
    o["file"_L1] = QFileInfo(article.filePath).fileName();
    if (article.format == ArticleFormat::Json) {
        o["index"_L1] = article.indexInFile;
    }
    o["title"_L1] = doc.meta.title;
    o["date"_L1] = doc.meta.date;
    o["language"_L1] = doc.meta.language;
    o["source"_L1] = doc.meta.source;
    o["author"_L1] = doc.meta.author;
    o["url"_L1] = doc.meta.url;
    o["encoding"_L1] = article.encoding;
    o["text"_L1] = doc.text;

    QJsonArray body;
    for (const TextSpan &span : doc.body) {
        body.append(spanArray(index, span));
    }
    o["body"_L1] = body;

    QJsonArray entities;
    QJsonArray figures;
    QJsonArray facts;
    if (analysis) {
        for (const EntityMention &m : analysis->entities) {
            QJsonObject e;
            e["start"_L1] = qint64(index.toCodePoint(m.span.start));
            e["end"_L1] = qint64(index.toCodePoint(m.span.end));
            e["type"_L1] = entityTypeName(m.type);
            e["canonical"_L1] = m.canonical;
            if (!m.entityId.isEmpty()) {
                e["id"_L1] = m.entityId;
            }
            if (m.suggested) {
                e["suggested"_L1] = true;
                e["confidence"_L1] = m.confidence;
            }
            entities.append(e);
        }
        for (const Figure &f : analysis->figures) {
            QJsonObject j;
            j["start"_L1] = qint64(index.toCodePoint(f.span.start));
            j["end"_L1] = qint64(index.toCodePoint(f.span.end));
            j["type"_L1] = figureTypeName(f.type);
            if (f.type == FigureType::Date) {
                j["value"_L1] = f.isoDate;
            } else {
                j["value"_L1] = f.value;
                if (f.valueHigh != f.value && f.valueHigh != 0) {
                    j["value_high"_L1] = f.valueHigh;
                }
            }
            j["unit"_L1] = f.unit;
            figures.append(j);
        }
        for (const Fact &fact : analysis->facts) {
            // One object per value: a claim stated in two currencies is the same fact twice.
            for (const FactValue &v : fact.values) {
                QJsonObject j;
                j["subject"_L1] = fact.subject;
                j["metric"_L1] = fact.metric;
                j["value"_L1] = v.value;
                j["unit"_L1] = v.unit;
                j["period"_L1] = fact.period;
                j["kind"_L1] = factKindName(fact.kind);
                j["role"_L1] = factRoleName(fact.role);
                if (!fact.basePeriod.isEmpty()) {
                    j["base_period"_L1] = fact.basePeriod;
                }
                j["sentence"_L1] = spanArray(index, fact.sentence);
                j["figure"_L1] = spanArray(index, v.figureSpan);
                facts.append(j);
            }
        }
    }
    o["entities"_L1] = entities;
    o["figures"_L1] = figures;
    o["facts"_L1] = facts;
    return o;
}

} // namespace Chipwatch::Core
