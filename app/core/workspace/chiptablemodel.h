// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/chiptable.h"
#include "workspace/itemdataroles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Chipwatch::Core {

class KnowledgeBase;
class Library;

// One chip of the chip table with where the workspace can take the analyst.
struct ChipTableEntry
{
    ChipRow row;                  // as Chipwatch::Core::ChipTable builds it
    QString firstSeen;            // the earliest date of an article that mentions it (ISO 8601), empty if none
    QString lastSeen;             // the latest one
    QList<SourceRef> claims;      // the sentences of row.claims, earliest article first
    QList<SourceRef> comparisons; // the sentences that compare it with another chip
    QList<SourceRef> specs;       // the sentences of row.specs
};

// The chip table over the filtered articles: chip, vendor, kind, the specs the articles state (memory,
// bandwidth, compute, process, power), compared with (with the ratio where stated: "H100 (× 0.6)"), claims,
// articles, first and last seen, purpose. Built by ChipTable from the stored analyses and the article texts, adding the
// articles oldest first, so that "first claim" means the earliest one. Click-through: ArticleIdRole, SentenceStartRole
// and SentenceEndRole give the first comparison's sentence in the "compared with" column, the first spec's in the
// "specs" column and the first claim's sentence in every other column; SourcesRole lists all of them likewise. SortRole
// sorts every column (counts as numbers, dates as ISO strings).
class ChipTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChipColumn,
        VendorColumn,
        KindColumn,
        SpecsColumn, // what the articles state comes before what the knowledge base says of every chip alike
        ComparedWithColumn,
        ClaimsColumn,
        ArticlesColumn,
        FirstSeenColumn,
        LastSeenColumn,
        PurposeColumn,
        ColumnCount
    };

    // The library and the knowledge base (AnalysisStore::knowledgeBase(), with the user's entries) must
    // outlive the model. Call reload() after setting it up.
    ChipTableModel(Library &library, const KnowledgeBase &kb, QObject *parent = nullptr);

    void setArticles(const QList<qint64> &articleIds);
    void showAllArticles();
    void reload();

    const QList<ChipTableEntry> &entries() const { return m_entries; }

    int rowOf(const QString &chip) const; // -1 when absent
    // "T-Head (Alibaba)" for a unit of another company, else the vendor.
    static QString vendorText(const ChipRow &row);
    // "192 GB · 4 TB/s · 7 nm · 450 W": the first stated figure of each kind of spec.
    static QString specsText(const ChipRow &row, const QLocale &locale = QLocale());
    // "H100 (× 0.6), H20 (replaces)": what it is compared with, with the ratio or the direction where stated.
    static QString comparisonsText(const ChipRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Library &m_library;
    const KnowledgeBase &m_kb;
    std::optional<QList<qint64>> m_articles;
    QList<ChipTableEntry> m_entries;
};

} // namespace Chipwatch::Core
