// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/factrecords.h"

#include "storage/library.h"

#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcFactRecords, "chipwatch.core.workspace")

QList<FactRecord> loadFacts(const Library &library, const std::optional<QList<qint64>> &articleIds,
                            const QString &metric, bool withSentenceText)
{
    QList<FactRecord> out;
    if (articleIds && articleIds->isEmpty()) {
        return out;
    }
    const QSet<qint64> wanted = articleIds ? QSet<qint64>(articleIds->cbegin(), articleIds->cend()) : QSet<qint64>();
    const QSqlDatabase db = library.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The article set is applied here rather than in SQL: it can hold more ids than SQLite takes as parameters.
    q.prepare(u"SELECT f.article_id, f.fact_index, f.subject, f.subject_id, f.metric, f.value, f.unit, f.period, "
              "f.sentence_start, f.sentence_end, f.figure_start, f.figure_end, f.confidence, a.title, a.published, "
              "a.source, a.file_path, f.kind FROM facts f JOIN articles a ON a.id = f.article_id %1 "
              "ORDER BY f.article_id, f.fact_index, f.id"_s.arg(metric.isEmpty() ? QString()
                                                                                 : u"WHERE f.metric = :metric"_s));
    if (!metric.isEmpty()) {
        q.bindValue(u":metric"_s, metric);
    }
    if (!q.exec()) {
        qCWarning(lcFactRecords) << "cannot read facts:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const qint64 articleId = q.value(0).toLongLong();
        if (articleIds && !wanted.contains(articleId)) {
            continue;
        }
        FactRecord r;
        r.articleId = articleId;
        r.factIndex = q.value(1).toInt();
        r.subject = q.value(2).toString();
        r.subjectId = q.value(3).toString();
        r.metric = q.value(4).toString();
        r.value = q.value(5).toDouble();
        r.unit = q.value(6).toString();
        r.period = q.value(7).toString();
        r.sentence = {q.value(8).toLongLong(), q.value(9).toLongLong()};
        r.figure = {q.value(10).toLongLong(), q.value(11).toLongLong()};
        r.confidence = q.value(12).toDouble();
        r.articleTitle = q.value(13).toString();
        r.articleDate = q.value(14).toString();
        r.articleSource = q.value(15).toString();
        r.articleFile = QFileInfo(q.value(16).toString()).fileName();
        r.kind = q.value(17).toString();
        out.append(r);
    }
    if (withSentenceText) {
        QHash<qint64, QString> texts;
        QSqlQuery t(db);
        t.prepare(u"SELECT original_text FROM articles WHERE id = :id"_s);
        for (FactRecord &r : out) {
            auto it = texts.find(r.articleId);
            if (it == texts.end()) {
                t.bindValue(u":id"_s, r.articleId);
                it = texts.insert(r.articleId, t.exec() && t.next() ? t.value(0).toString() : QString());
            }
            r.sentenceText = it->mid(r.sentence.start, r.sentence.length()).trimmed();
        }
    }
    return out;
}

QList<FactRecord> factRecords(const ArticleAnalysis &analysis, const QString &text, const ArticleMetadata &meta,
                              const QString &fileName)
{
    QList<FactRecord> out;
    for (qsizetype i = 0; i < analysis.facts.size(); ++i) {
        const Fact &fact = analysis.facts.at(i);
        for (const FactValue &v : fact.values) {
            FactRecord r;
            r.factIndex = int(i);
            r.subject = fact.subject;
            r.subjectId = fact.subjectId;
            r.metric = fact.metric;
            r.value = v.value;
            r.unit = v.unit;
            r.period = fact.period;
            r.sentence = fact.sentence;
            r.figure = v.figureSpan;
            r.confidence = fact.confidence;
            r.kind = factKindName(fact.kind);
            r.articleTitle = meta.title;
            r.articleDate = meta.date;
            r.articleSource = meta.source;
            r.articleFile = fileName;
            r.sentenceText = text.mid(fact.sentence.start, fact.sentence.length()).trimmed();
            out.append(r);
        }
    }
    return out;
}

QString effectivePeriod(const FactRecord &fact)
{
    if (!fact.period.isEmpty()) {
        return fact.period;
    }
    static const QRegularExpression year(u"^\\d{4}"_s);
    const QRegularExpressionMatch m = year.match(fact.articleDate);
    return m.hasMatch() ? QString(u"\u2248 "_s + m.captured(0)) : u"\u2014"_s;
}

QList<QList<FactRecord>> groupClaims(const QList<FactRecord> &facts)
{
    QList<QList<FactRecord>> claims;
    for (const FactRecord &r : facts) {
        if (claims.isEmpty() || !claims.last().first().sameClaim(r)) {
            claims.append(QList<FactRecord>());
        }
        claims.last().append(r);
    }
    return claims;
}

} // namespace Chipwatch::Core
