// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/entitymentionsmodel.h"

#include "storage/library.h"
#include "workspace/itemdataroles.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcEntityMentions, "chipwatch.core.entitymentions")

EntityMentionsModel::EntityMentionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<EntityMentionRecord> EntityMentionsModel::query(const Library &library, const EntityKey &entity)
{
    QList<EntityMentionRecord> out;
    QSqlDatabase db = library.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Suggested names have no id: they are one entity by canonical form and type.
    if (!entity.entityId.isEmpty()) {
        q.prepare(u"SELECT m.article_id, a.title, a.published, m.span_start, m.span_end, m.sentence_start, "
                  "m.sentence_end FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = :id "
                  "ORDER BY a.published DESC, m.article_id, m.span_start"_s);
        q.bindValue(u":id"_s, entity.entityId);
    } else {
        q.prepare(u"SELECT m.article_id, a.title, a.published, m.span_start, m.span_end, m.sentence_start, "
                  "m.sentence_end FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = '' "
                  "AND m.canonical = :canonical AND m.type = :type "
                  "ORDER BY a.published DESC, m.article_id, m.span_start"_s);
        q.bindValue(u":canonical"_s, entity.canonical);
        q.bindValue(u":type"_s, entityTypeName(entity.type));
    }
    if (!q.exec()) {
        qCWarning(lcEntityMentions) << "cannot read the mentions:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        EntityMentionRecord r;
        r.articleId = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.published = q.value(2).toString();
        r.start = q.value(3).toLongLong();
        r.end = q.value(4).toLongLong();
        r.sentenceStart = q.value(5).toLongLong();
        r.sentenceEnd = q.value(6).toLongLong();
        out << r;
    }
    // The sentences are cut from each article's text, read once per article.
    QSqlQuery text(db);
    text.setForwardOnly(true);
    text.prepare(u"SELECT original_text FROM articles WHERE id = :id"_s);
    QHash<qint64, QString> texts;
    for (EntityMentionRecord &r : out) {
        auto it = texts.find(r.articleId);
        if (it == texts.end()) {
            text.bindValue(u":id"_s, r.articleId);
            QString original;
            if (text.exec() && text.next()) {
                original = text.value(0).toString();
            }
            text.finish();
            it = texts.insert(r.articleId, original);
        }
        const QString &original = *it;
        const auto clamp = [&original](qint64 v) { return std::clamp<qint64>(v, 0, original.size()); };
        const qint64 from = clamp(r.sentenceStart);
        const qint64 to = clamp(std::max(r.sentenceEnd, r.sentenceStart));
        r.surface = original.mid(clamp(r.start), clamp(r.end) - clamp(r.start));
        const QString before = original.mid(from, clamp(r.start) - from).simplified();
        r.sentence = original.mid(from, to - from).simplified();
        // Folding white space shifts positions; find the mention again after the folded text before it.
        const qsizetype at = r.sentence.indexOf(r.surface.simplified(), std::max<qsizetype>(0, before.size() - 1));
        r.mentionInSentence = r.surface.isEmpty() ? -1 : at;
    }
    return out;
}

void EntityMentionsModel::setRecords(QList<EntityMentionRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int EntityMentionsModel::articleCount() const
{
    QSet<qint64> ids;
    for (const EntityMentionRecord &r : m_records) {
        ids.insert(r.articleId);
    }
    return int(ids.size());
}

int EntityMentionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EntityMentionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityMentionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size()) {
        return {};
    }
    const EntityMentionRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title.isEmpty() ? tr("(untitled)") : r.title;
        case DateColumn:
            return r.published;
        case SentenceColumn:
            if (role == SortRole) {
                return r.sentence.toCaseFolded();
            }
            return r.sentence;
        default:
            return {};
        }
    case ArticleIdRole:
        return r.articleId;
    case SentenceStartRole:
        return r.sentenceStart;
    case SentenceEndRole:
        return r.sentenceEnd;
    case MentionStartRole:
        return r.start;
    case MentionEndRole:
        return r.end;
    default:
        return {};
    }
}

QVariant EntityMentionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Article");
    case DateColumn:
        return tr("Date");
    case SentenceColumn:
        return tr("Sentence");
    default:
        return {};
    }
}

} // namespace Chipwatch::Core
