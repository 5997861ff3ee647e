// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>

namespace Chipwatch::Core {

class Library;

// Which entity the panel lists: a knowledge-base entity by id, or a suggested name (no id) by its canonical
// form and type.
struct EntityKey
{
    QString entityId;
    QString canonical;
    EntityType type = EntityType::Company;
};

// One mention of the entity with the sentence around it, cut from the article's original text.
struct EntityMentionRecord
{
    qint64 articleId = 0;
    QString title;
    QString published; // ISO date as stored (may be a year or a month)
    qint64 start = 0;  // the mention, UTF-16 offsets into the original text
    qint64 end = 0;
    qint64 sentenceStart = 0;
    qint64 sentenceEnd = 0;
    QString sentence;                 // white space folded
    qsizetype mentionInSentence = -1; // where the mention starts in `sentence`, -1 when folding moved it
    QString surface;                  // the mention as written
};

// Every mention of one entity across the library, for the entity panel: article title, date and the
// sentence, with ArticleIdRole / SentenceStartRole / SentenceEndRole and MentionStartRole/MentionEndRole for
// opening the mention. Sort and search through a QSortFilterProxyModel (SortRole gives sortable values).
class EntityMentionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, SentenceColumn, ColumnCount };

    enum Role { MentionStartRole = Qt::UserRole + 100, MentionEndRole };

    explicit EntityMentionsModel(QObject *parent = nullptr);

    // Reads the mentions; safe on any thread (each thread uses its own connection of the library).
    static QList<EntityMentionRecord> query(const Library &library, const EntityKey &entity);

    void setRecords(QList<EntityMentionRecord> records);

    const QList<EntityMentionRecord> &records() const { return m_records; }

    const EntityMentionRecord &record(int row) const { return m_records.at(row); }

    int articleCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EntityMentionRecord> m_records;
};

} // namespace Chipwatch::Core
