// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "storage/analysisstore.h"

#include "analysis/articleanalyzer.h"
#include "storage/library.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcAnalysisStore, "chipwatch.core.analysisstore")

namespace {

TextSpan sentenceAround(const QList<Sentence> &sentences, const TextSpan &span)
{
    const auto it = std::find_if(sentences.cbegin(), sentences.cend(), [&span](const Sentence &s) {
        return s.span.start <= span.start && span.start < s.span.end;
    });
    return it == sentences.cend() ? span : it->span;
}

QJsonObject entityToJson(const KbEntity &e)
{
    QJsonObject o;
    o["id"_L1] = e.id;
    o["name"_L1] = e.name;
    auto put = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty()) {
            o[key] = value;
        }
    };
    if (!e.aliases.isEmpty()) {
        o["aliases"_L1] = QJsonArray::fromStringList(e.aliases);
    }
    if (!e.caseSensitiveAliases.isEmpty()) {
        o["case_sensitive_aliases"_L1] = QJsonArray::fromStringList(e.caseSensitiveAliases);
    }
    if (e.contextRequired) {
        o["context_required"_L1] = true;
    }
    put("parent"_L1, e.parent);
    put("vendor"_L1, e.vendor);
    put("country"_L1, e.country);
    put("category"_L1, e.category);
    put("kind"_L1, e.kind);
    put("purpose"_L1, e.purpose);
    if (e.year > 0) {
        o["year"_L1] = e.year;
    }
    put("process"_L1, e.process);
    put("memory"_L1, e.memory);
    if (!e.specs.isEmpty()) {
        o["specs"_L1] = QJsonObject::fromVariantMap(e.specs);
    }
    put("role"_L1, e.role);
    put("description"_L1, e.description);
    o["sources"_L1] = QJsonArray::fromStringList(
        e.sources.isEmpty() ? QStringList{AnalysisStore::tr("added by the user")} : e.sources);
    return o;
}

std::optional<KbEntity> userEntityFrom(const QString &type, const QString &data)
{
    // Each row is a one-entity file of the knowledge-base format, read by the same loader.
    const QJsonObject file{{u"type"_s, type},
                           {u"entities"_s, QJsonArray{QJsonDocument::fromJson(data.toUtf8()).object()}}};
    KnowledgeBase one;
    QString error;
    if (!one.loadJson(QJsonDocument(file).toJson(QJsonDocument::Compact), &error, u"library"_s) || one.isEmpty()) {
        qCWarning(lcAnalysisStore) << "unreadable user entity:" << error;
        return std::nullopt;
    }
    return one.entities().constFirst();
}

// Text as the matcher sees names: case-folded, hyphens and runs of white space as one space.
QString matchForm(QStringView text)
{
    QString out = text.toString().toCaseFolded();
    for (QChar &c : out) {
        if (c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' || c.isSpace()) {
            c = u' ';
        }
    }
    return out.simplified();
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QByteArray spansToJson(const QList<Sentence> &sentences)
{
    QJsonArray array;
    for (const Sentence &s : sentences) {
        array.append(QJsonArray{qint64(s.span.start), qint64(s.span.end)});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

AnalysisStore::AnalysisStore(Library &library)
    : m_library(library)
{}

bool AnalysisStore::store(qint64 articleId, const ArticleAnalysis &analysis, const QString &kbRevision, QString *error)
{
    for (int attempt = 1;; ++attempt) {
        bool transient = false;
        if (tryStore(articleId, analysis, kbRevision, error, &transient)) {
            return true;
        }
        if (!transient || !m_library.waitBeforeRetry(attempt, u"storing the analysis of article %1"_s.arg(articleId))) {
            return false;
        }
    }
}

bool AnalysisStore::tryStore(qint64 articleId, const ArticleAnalysis &analysis, const QString &kbRevision,
                             QString *error, bool *transient)
{
    QSqlDatabase db = m_library.database();
    auto fail = [&](const QSqlQuery &q) {
        if (error) {
            *error = tr("Cannot store the analysis of article %1: %2").arg(articleId).arg(q.lastError().text());
        }
        *transient = m_library.isTransientLock(q.lastError());
        db.rollback();
        return false;
    };
    if (m_library.isReadOnly()) {
        if (error) {
            *error = m_library.readOnlyMessage();
        }
        return false;
    }
    if (QString beginError; !m_library.beginWrite(db, &beginError, transient)) {
        if (error) {
            *error = tr("Cannot store the analysis of article %1: %2").arg(articleId).arg(beginError);
        }
        return false;
    }
    for (const QString &table : {u"mentions"_s, u"figures"_s, u"facts"_s, u"comparisons"_s, u"analysis_state"_s}) {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM %1 WHERE article_id = :id"_s.arg(table));
        q.bindValue(u":id"_s, articleId);
        if (!q.exec()) {
            return fail(q);
        }
    }

    QSqlQuery state(db);
    state.prepare(u"INSERT INTO analysis_state (article_id, kb_revision, sentences, analysed_at) "
                  "VALUES (:id, :rev, :sentences, :at)"_s);
    state.bindValue(u":id"_s, articleId);
    state.bindValue(u":rev"_s, kbRevision);
    state.bindValue(u":sentences"_s, QString::fromUtf8(spansToJson(analysis.sentences)));
    state.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!state.exec()) {
        return fail(state);
    }

    QSqlQuery m(db);
    m.prepare(u"INSERT INTO mentions (article_id, span_start, span_end, type, entity_id, canonical, confidence, "
              "suggested, sentence_start, sentence_end) VALUES (:a, :s, :e, :type, COALESCE(:eid, ''), :canonical, "
              ":conf, :sugg, :ss, :se)"_s);
    for (const EntityMention &e : analysis.entities) {
        const TextSpan sentence = sentenceAround(analysis.sentences, e.span);
        m.bindValue(u":a"_s, articleId);
        m.bindValue(u":s"_s, qint64(e.span.start));
        m.bindValue(u":e"_s, qint64(e.span.end));
        m.bindValue(u":type"_s, entityTypeName(e.type));
        m.bindValue(u":eid"_s, e.entityId);
        m.bindValue(u":canonical"_s, e.canonical);
        m.bindValue(u":conf"_s, e.confidence);
        m.bindValue(u":sugg"_s, e.suggested ? 1 : 0);
        m.bindValue(u":ss"_s, qint64(sentence.start));
        m.bindValue(u":se"_s, qint64(sentence.end));
        if (!m.exec()) {
            return fail(m);
        }
    }

    QSqlQuery f(db);
    f.prepare(u"INSERT INTO figures (article_id, span_start, span_end, type, value, value_high, unit, iso_date, "
              "qualifier) VALUES (:a, :s, :e, :type, :v, :vh, COALESCE(:unit, ''), COALESCE(:iso, ''), :q)"_s);
    for (const Figure &fig : analysis.figures) {
        f.bindValue(u":a"_s, articleId);
        f.bindValue(u":s"_s, qint64(fig.span.start));
        f.bindValue(u":e"_s, qint64(fig.span.end));
        f.bindValue(u":type"_s, figureTypeName(fig.type));
        f.bindValue(u":v"_s, fig.value);
        f.bindValue(u":vh"_s, fig.valueHigh);
        f.bindValue(u":unit"_s, fig.unit);
        f.bindValue(u":iso"_s, fig.isoDate);
        f.bindValue(u":q"_s, int(fig.qualifier));
        if (!f.exec()) {
            return fail(f);
        }
    }

    QSqlQuery fa(db);
    fa.prepare(u"INSERT INTO facts (article_id, fact_index, subject, subject_id, metric, value, unit, period, "
               "sentence_start, sentence_end, figure_start, figure_end, confidence, kind, role, base_period) VALUES "
               "(:a, :i, :subject, COALESCE(:sid, ''), :metric, :v, COALESCE(:unit, ''), COALESCE(:period, ''), :ss, "
               ":se, :fs, :fe, :conf, :kind, :role, COALESCE(:base, ''))"_s);
    for (qsizetype i = 0; i < analysis.facts.size(); ++i) {
        const Fact &fact = analysis.facts.at(i);
        for (const FactValue &v : fact.values) {
            fa.bindValue(u":a"_s, articleId);
            fa.bindValue(u":i"_s, qint64(i));
            fa.bindValue(u":subject"_s, fact.subject);
            fa.bindValue(u":sid"_s, fact.subjectId);
            fa.bindValue(u":metric"_s, fact.metric);
            fa.bindValue(u":v"_s, v.value);
            fa.bindValue(u":unit"_s, v.unit);
            fa.bindValue(u":period"_s, fact.period);
            fa.bindValue(u":ss"_s, qint64(fact.sentence.start));
            fa.bindValue(u":se"_s, qint64(fact.sentence.end));
            fa.bindValue(u":fs"_s, qint64(v.figureSpan.start));
            fa.bindValue(u":fe"_s, qint64(v.figureSpan.end));
            fa.bindValue(u":conf"_s, fact.confidence);
            fa.bindValue(u":kind"_s, factKindName(fact.kind));
            fa.bindValue(u":role"_s, factRoleName(fact.role));
            fa.bindValue(u":base"_s, fact.basePeriod);
            if (!fa.exec()) {
                return fail(fa);
            }
        }
    }

    QSqlQuery c(db);
    c.prepare(u"INSERT INTO comparisons (article_id, chip, other, relation, ratio, sentence_start, sentence_end) "
              "VALUES (:a, :chip, :other, :rel, :ratio, :ss, :se)"_s);
    for (const ChipComparison &cmp : analysis.comparisons) {
        c.bindValue(u":a"_s, articleId);
        c.bindValue(u":chip"_s, cmp.chip);
        c.bindValue(u":other"_s, cmp.other);
        c.bindValue(u":rel"_s, cmp.relation);
        c.bindValue(u":ratio"_s, cmp.ratio);
        c.bindValue(u":ss"_s, qint64(cmp.sentence.start));
        c.bindValue(u":se"_s, qint64(cmp.sentence.end));
        if (!c.exec()) {
            return fail(c);
        }
    }
    if (!db.commit()) {
        if (error) {
            *error = db.lastError().text();
        }
        *transient = m_library.isTransientLock(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

std::optional<ArticleAnalysis> AnalysisStore::analysis(qint64 articleId) const
{
    QSqlDatabase db = m_library.database();
    QSqlQuery state(db);
    state.prepare(u"SELECT sentences FROM analysis_state WHERE article_id = :id"_s);
    state.bindValue(u":id"_s, articleId);
    if (!state.exec() || !state.next()) {
        return std::nullopt;
    }
    ArticleAnalysis a;
    for (const auto &v : QJsonDocument::fromJson(state.value(0).toString().toUtf8()).array()) {
        a.sentences.append(
            Sentence{TextSpan{qsizetype(v.toArray().at(0).toInteger()), qsizetype(v.toArray().at(1).toInteger())}});
    }

    QSqlQuery m(db);
    m.prepare(u"SELECT span_start, span_end, type, entity_id, canonical, confidence, suggested FROM mentions "
              "WHERE article_id = :id ORDER BY span_start"_s);
    m.bindValue(u":id"_s, articleId);
    if (m.exec()) {
        while (m.next()) {
            EntityMention e;
            e.span = TextSpan{m.value(0).toLongLong(), m.value(1).toLongLong()};
            entityTypeFromName(m.value(2).toString(), &e.type);
            e.entityId = m.value(3).toString();
            e.canonical = m.value(4).toString();
            e.confidence = m.value(5).toDouble();
            e.suggested = m.value(6).toBool();
            a.entities.append(e);
        }
    }

    QSqlQuery f(db);
    f.prepare(u"SELECT span_start, span_end, type, value, value_high, unit, iso_date, qualifier FROM figures "
              "WHERE article_id = :id ORDER BY span_start"_s);
    f.bindValue(u":id"_s, articleId);
    if (f.exec()) {
        while (f.next()) {
            Figure fig;
            fig.span = TextSpan{f.value(0).toLongLong(), f.value(1).toLongLong()};
            const QString type = f.value(2).toString();
            for (FigureType t : {FigureType::Money, FigureType::Percent, FigureType::Quantity, FigureType::Date}) {
                if (figureTypeName(t) == type) {
                    fig.type = t;
                }
            }
            fig.value = f.value(3).toDouble();
            fig.valueHigh = f.value(4).toDouble();
            fig.unit = f.value(5).toString();
            fig.isoDate = f.value(6).toString();
            fig.qualifier = Qualifier(f.value(7).toInt());
            a.figures.append(fig);
        }
    }

    QSqlQuery fa(db);
    fa.prepare(u"SELECT fact_index, subject, subject_id, metric, value, unit, period, sentence_start, sentence_end, "
               "figure_start, figure_end, confidence, kind, role, base_period FROM facts WHERE article_id = :id "
               "ORDER BY fact_index, id"_s);
    fa.bindValue(u":id"_s, articleId);
    if (fa.exec()) {
        qint64 lastIndex = -1;
        while (fa.next()) {
            const qint64 index = fa.value(0).toLongLong();
            if (index != lastIndex) {
                Fact fact;
                fact.subject = fa.value(1).toString();
                fact.subjectId = fa.value(2).toString();
                fact.metric = fa.value(3).toString();
                fact.period = fa.value(6).toString();
                fact.sentence = TextSpan{fa.value(7).toLongLong(), fa.value(8).toLongLong()};
                fact.confidence = fa.value(11).toDouble();
                fact.kind = factKindFromName(fa.value(12).toString());
                fact.role = factRoleFromName(fa.value(13).toString());
                fact.basePeriod = fa.value(14).toString();
                a.facts.append(fact);
                lastIndex = index;
            }
            a.facts.last().values.append(FactValue{fa.value(4).toDouble(), fa.value(5).toString(),
                                                   TextSpan{fa.value(9).toLongLong(), fa.value(10).toLongLong()}});
        }
    }

    QSqlQuery c(db);
    c.prepare(u"SELECT chip, other, relation, sentence_start, sentence_end, ratio FROM comparisons "
              "WHERE article_id = :id ORDER BY id"_s);
    c.bindValue(u":id"_s, articleId);
    if (c.exec()) {
        while (c.next()) {
            a.comparisons.append(ChipComparison{c.value(0).toString(), c.value(1).toString(), c.value(2).toString(),
                                                TextSpan{c.value(3).toLongLong(), c.value(4).toLongLong()},
                                                c.value(5).toDouble()});
        }
    }
    return a;
}

QString AnalysisStore::revisionOf(qint64 articleId) const
{
    QSqlQuery q(m_library.database());
    q.prepare(u"SELECT kb_revision FROM analysis_state WHERE article_id = :id"_s);
    q.bindValue(u":id"_s, articleId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<qint64> AnalysisStore::staleArticles(const QString &kbRevision) const
{
    QList<qint64> ids;
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT a.id FROM articles a LEFT JOIN analysis_state s ON s.article_id = a.id "
              "WHERE s.kb_revision IS NULL OR s.kb_revision <> :rev ORDER BY a.id"_s);
    q.bindValue(u":rev"_s, kbRevision);
    if (q.exec()) {
        while (q.next()) {
            ids << q.value(0).toLongLong();
        }
    }
    return ids;
}

int AnalysisStore::refresh(const ArticleAnalyzer &analyzer, const QString &kbRevision, const Progress &progress)
{
    if (m_library.isReadOnly()) {
        return 0; // nothing can be stored; the articles are shown with what analysis they have
    }
    const QList<qint64> ids = staleArticles(kbRevision);
    // Undated articles are dated as an import dates them: by the latest article date the library knows.
    const QString assumedDate = ArticleAnalyzer::assumedDateFor({m_library.latestArticleDate()});
    int done = 0;
    // Analysis runs in parallel in batches; storing stays on this thread's connection.
    constexpr qsizetype batchSize = 64;
    for (qsizetype first = 0; first < ids.size(); first += batchSize) {
        if (progress && !progress(done, int(ids.size()))) {
            break;
        }
        QList<StoredArticle> batch;
        for (qsizetype i = first; i < std::min(first + batchSize, ids.size()); ++i) {
            if (auto a = m_library.article(ids.at(i))) {
                batch.append(std::move(*a));
            }
        }
        const QList<ArticleAnalysis> results =
            QtConcurrent::blockingMapped(batch, [&analyzer, &assumedDate](const StoredArticle &a) {
                const CleanedDocument &doc = a.document;
                return analyzer.analyze(doc.text, doc.body, doc.meta.language, doc.meta.date, nullptr, assumedDate);
            });
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QString error;
            if (store(batch.at(i).id, results.at(i), kbRevision, &error)) {
                ++done;
            } else {
                qCWarning(lcAnalysisStore) << error;
            }
        }
    }
    if (progress) {
        progress(done, int(ids.size()));
    }
    return done;
}

bool AnalysisStore::saveUserEntity(const KbEntity &entity, QString *error)
{
    if (m_library.isReadOnly()) {
        if (error) {
            *error = m_library.readOnlyMessage();
        }
        return false;
    }
    QSqlQuery q(m_library.database());
    q.prepare(u"INSERT OR REPLACE INTO user_entities (entity_id, type, name, data, created_at) "
              "VALUES (:id, :type, :name, :data, :at)"_s);
    q.bindValue(u":id"_s, entity.id);
    q.bindValue(u":type"_s, entityTypeName(entity.type));
    q.bindValue(u":name"_s, entity.name);
    q.bindValue(u":data"_s, QString::fromUtf8(QJsonDocument(entityToJson(entity)).toJson(QJsonDocument::Compact)));
    q.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error) {
            *error = tr("Cannot save %1: %2").arg(entity.name, q.lastError().text());
        }
        return false;
    }
    return true;
}

bool AnalysisStore::removeUserEntity(const QString &id, QString *error)
{
    if (m_library.isReadOnly()) {
        if (error) {
            *error = m_library.readOnlyMessage();
        }
        return false;
    }
    QSqlQuery q(m_library.database());
    q.prepare(u"DELETE FROM user_entities WHERE entity_id = :id"_s);
    q.bindValue(u":id"_s, id);
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

QList<KbEntity> AnalysisStore::userEntities() const
{
    QList<KbEntity> out;
    QSqlQuery q(m_library.database());
    if (!q.exec(u"SELECT type, data FROM user_entities ORDER BY created_at, entity_id"_s)) {
        return out;
    }
    while (q.next()) {
        if (auto entity = userEntityFrom(q.value(0).toString(), q.value(1).toString())) {
            out << *entity;
        }
    }
    return out;
}

KnowledgeBase AnalysisStore::knowledgeBase() const
{
    KnowledgeBase kb = KnowledgeBase::builtIn();
    for (const KbEntity &e : userEntities()) {
        kb.addEntity(e);
    }
    QSqlQuery q(m_library.database());
    if (q.exec(u"SELECT surface, kind, entity_id FROM surface_corrections ORDER BY created_at, surface_key"_s)) {
        while (q.next()) {
            if (q.value(1).toString() == u"reject"_s) {
                kb.rejectSurface(q.value(0).toString());
            } else if (!kb.linkSurface(q.value(0).toString(), q.value(2).toString())) {
                qCWarning(lcAnalysisStore)
                    << "link to an unknown entity ignored:" << q.value(0).toString() << q.value(2).toString();
            }
        }
    }
    return kb;
}

QString Correction::key() const
{
    return kind == Kind::UserEntity ? entityKey(entityId) : surfaceKey(surface);
}

QString Correction::entityKey(const QString &entityId)
{
    return u"entity:"_s + entityId;
}

QString Correction::surfaceKey(const QString &surface)
{
    return u"surface:"_s + KnowledgeBase::surfaceKey(surface);
}

QList<Correction> AnalysisStore::corrections() const
{
    QList<Correction> out;
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT entity_id, type, data, created_at FROM user_entities ORDER BY created_at, entity_id"_s)) {
        while (q.next()) {
            if (auto entity = userEntityFrom(q.value(1).toString(), q.value(2).toString())) {
                Correction c;
                c.kind = Correction::Kind::UserEntity;
                c.entityId = q.value(0).toString();
                c.surface = entity->name;
                c.entity = *entity;
                c.createdAt = timeFrom(q.value(3));
                out << c;
            }
        }
    }
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (s.exec(u"SELECT surface, kind, entity_id, created_at FROM surface_corrections "
               "ORDER BY created_at, surface_key"_s)) {
        while (s.next()) {
            Correction c;
            c.kind = s.value(1).toString() == u"reject"_s ? Correction::Kind::Rejection : Correction::Kind::Link;
            c.surface = s.value(0).toString();
            c.entityId = s.value(2).toString();
            c.createdAt = timeFrom(s.value(3));
            out << c;
        }
    }
    return out;
}

std::optional<Correction> AnalysisStore::correction(const QString &key) const
{
    for (const Correction &c : corrections()) {
        if (c.key() == key) {
            return c;
        }
    }
    return std::nullopt;
}

bool AnalysisStore::writeCorrection(const QString &key, const std::optional<Correction> &value, QString *error)
{
    QSqlQuery q(m_library.database());
    if (key.startsWith(u"entity:"_s)) {
        if (value) {
            q.prepare(u"INSERT OR REPLACE INTO user_entities (entity_id, type, name, data, created_at) "
                      "VALUES (:id, :type, :name, :data, :at)"_s);
            q.bindValue(u":type"_s, entityTypeName(value->entity.type));
            q.bindValue(u":name"_s, value->entity.name);
            q.bindValue(u":data"_s,
                        QString::fromUtf8(QJsonDocument(entityToJson(value->entity)).toJson(QJsonDocument::Compact)));
            q.bindValue(u":at"_s, value->createdAt.toUTC().toString(Qt::ISODate));
        } else {
            q.prepare(u"DELETE FROM user_entities WHERE entity_id = :id"_s);
        }
        q.bindValue(u":id"_s, key.mid(7));
    } else if (key.startsWith(u"surface:"_s)) {
        if (value) {
            q.prepare(u"INSERT OR REPLACE INTO surface_corrections (surface_key, surface, kind, entity_id, created_at) "
                      "VALUES (:key, :surface, :kind, :entity, :at)"_s);
            q.bindValue(u":surface"_s, value->surface.simplified());
            q.bindValue(u":kind"_s, value->kind == Correction::Kind::Rejection ? u"reject"_s : u"link"_s);
            q.bindValue(u":entity"_s, value->kind == Correction::Kind::Link ? value->entityId : QString());
            q.bindValue(u":at"_s, value->createdAt.toUTC().toString(Qt::ISODate));
        } else {
            q.prepare(u"DELETE FROM surface_corrections WHERE surface_key = :key"_s);
        }
        q.bindValue(u":key"_s, key.mid(8));
    } else {
        if (error) {
            *error = tr("Unknown correction: %1").arg(key);
        }
        return false;
    }
    if (value && value->key() != key) {
        if (error) {
            *error = tr("The correction of %1 is stored under another key.").arg(value->surface);
        }
        return false;
    }
    if (!q.exec()) {
        if (error) {
            *error = tr("Cannot store the correction: %1").arg(q.lastError().text());
        }
        return false;
    }
    return true;
}

bool AnalysisStore::applyCorrections(const QList<CorrectionChange> &changes, bool undo, QString *error,
                                     std::optional<CarryOver> *deferred)
{
    const QString from = knowledgeBase().revision();
    QSqlDatabase db = m_library.database();
    if (!m_library.beginWrite(db, error)) {
        return false;
    }
    QStringList surfaces;
    QStringList entityIds;
    for (const CorrectionChange &change : changes) {
        if (!writeCorrection(change.key, undo ? change.before : change.after, error)) {
            db.rollback();
            return false;
        }
        for (const std::optional<Correction> &c : {change.before, change.after}) {
            if (!c) {
                continue;
            }
            if (c->kind == Correction::Kind::UserEntity) {
                surfaces << c->entity.allNames();
            } else {
                surfaces << c->surface;
            }
            if (!c->entityId.isEmpty()) {
                entityIds << c->entityId;
            }
        }
    }
    const QString to = knowledgeBase().revision();
    if (deferred) {
        *deferred = from == to ? std::nullopt : std::optional(CarryOver{from, to, surfaces, entityIds});
    } else if (from != to && carryOver(from, to, surfaces, entityIds, error) < 0) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error) {
            *error = db.lastError().text();
        }
        db.rollback();
        return false;
    }
    qCDebug(lcAnalysisStore) << "corrections applied" << (undo ? "(undo)" : "") << "revision" << to;
    return true;
}

QList<qint64> AnalysisStore::articlesAffectedBy(const QStringList &surfaces, const QStringList &entityIds) const
{
    QSet<qint64> ids;
    QStringList needles;
    for (const QString &surface : surfaces) {
        const QString needle = matchForm(surface);
        if (!needle.isEmpty() && !needles.contains(needle)) {
            needles << needle;
        }
    }
    QSqlDatabase db = m_library.database();
    // Texts are compared in C++ (case folding beyond ASCII, hyphens as spaces). The database only narrows
    // them down, by the longest ASCII word of each surface, so that not every text is read for every change.
    const auto scan = [&](const QString &sql, const QString &pattern, const QStringList &wanted) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        if (!pattern.isEmpty()) {
            q.bindValue(u":pattern"_s, pattern);
        }
        if (!q.exec()) {
            qCWarning(lcAnalysisStore) << "cannot read the article texts:" << q.lastError().text();
            return;
        }
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (ids.contains(id)) {
                continue;
            }
            const QString text = matchForm(q.value(1).toString());
            if (std::any_of(wanted.cbegin(), wanted.cend(),
                            [&text](const QString &needle) { return text.contains(needle); })) {
                ids.insert(id);
            }
        }
    };
    QStringList unindexed;
    for (const QString &needle : std::as_const(needles)) {
        QString word;
        for (const QString &part : needle.split(u' ', Qt::SkipEmptyParts)) {
            const bool ascii = std::all_of(part.cbegin(), part.cend(), [](QChar c) {
                return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
            });
            if (ascii && part.size() > word.size()) {
                word = part;
            }
        }
        if (word.isEmpty()) {
            unindexed << needle;
        } else {
            scan(u"SELECT id, original_text FROM articles WHERE lower(original_text) LIKE :pattern"_s,
                 u"%"_s + word + u"%"_s, {needle});
        }
    }
    if (!unindexed.isEmpty()) {
        scan(u"SELECT id, original_text FROM articles"_s, QString(), unindexed);
    }
    QSqlQuery m(db);
    m.setForwardOnly(true);
    m.prepare(u"SELECT DISTINCT article_id FROM mentions WHERE entity_id = :id"_s);
    for (const QString &id : entityIds) {
        if (id.isEmpty()) {
            continue;
        }
        m.bindValue(u":id"_s, id);
        if (m.exec()) {
            while (m.next()) {
                ids.insert(m.value(0).toLongLong());
            }
        }
    }
    QList<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

int AnalysisStore::carryOver(const QString &fromRevision, const QString &toRevision, const QStringList &surfaces,
                             const QStringList &entityIds, QString *error)
{
    QSqlDatabase db = m_library.database();
    auto fail = [error](const QSqlQuery &q) {
        if (error) {
            *error = tr("Cannot update the analyses: %1").arg(q.lastError().text());
        }
        return -1;
    };
    // The affected analyses become stale (no revision matches the empty one); the rest cannot change.
    QSqlQuery stale(db);
    stale.prepare(u"UPDATE analysis_state SET kb_revision = '' WHERE article_id = :id AND kb_revision = :from"_s);
    for (const qint64 id : articlesAffectedBy(surfaces, entityIds)) {
        stale.bindValue(u":id"_s, id);
        stale.bindValue(u":from"_s, fromRevision);
        if (!stale.exec()) {
            return fail(stale);
        }
    }
    QSqlQuery keep(db);
    keep.prepare(u"UPDATE analysis_state SET kb_revision = :to WHERE kb_revision = :from"_s);
    keep.bindValue(u":to"_s, toRevision);
    keep.bindValue(u":from"_s, fromRevision);
    if (!keep.exec()) {
        return fail(keep);
    }
    return keep.numRowsAffected();
}

int AnalysisStore::carryOverAnalyses(const QString &fromRevision, const QString &toRevision,
                                     const QStringList &surfaces, const QStringList &entityIds, QString *error)
{
    QSqlDatabase db = m_library.database();
    if (!m_library.beginWrite(db, error)) {
        return -1;
    }
    const int kept = carryOver(fromRevision, toRevision, surfaces, entityIds, error);
    if (kept < 0 || !db.commit()) {
        db.rollback();
        return -1;
    }
    return kept;
}

} // namespace Chipwatch::Core
