// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/chiptablemodel.h"

#include "extract/knowledgebase.h"
#include "storage/analysisstore.h"
#include "storage/library.h"
#include "workspace/valueformat.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// The knowledge base's words for kinds and purposes, shown in the user's language; exports keep the words.
QString vocabularyLabel(const QString &value)
{
    struct Word
    {
        const char *value;
        const char *label;
    };

    static constexpr Word words[] = {
        {"accelerator", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "accelerator")},
        {"GPU", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "GPU")},
        {"CPU", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "CPU")},
        {"NPU", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "NPU")},
        {"system", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "system")},
        {"architecture", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "architecture")},
        {"memory", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "memory")},
        {"training and inference", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "training and inference")},
        {"training", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "training")},
        {"inference", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "inference")},
        {"general", QT_TRANSLATE_NOOP("Chipwatch::Core::ChipTableModel", "general")},
    };
    for (const Word &word : words) {
        if (value == QLatin1StringView(word.value)) {
            return ChipTableModel::tr(word.label);
        }
    }
    return value;
}

} // namespace

namespace {

QString isoDate(const QString &date)
{
    static const QRegularExpression re(u"^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?"_s);
    const QRegularExpressionMatch m = re.match(date);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct ArticleData
{
    QString text;
    QString date;
    ArticleAnalysis analysis;
};

// Where a claim's sentence is: ChipTable gives the text only.
std::optional<TextSpan> findSentence(const ArticleData &article, const QString &sentence)
{
    for (const Sentence &s : article.analysis.sentences) {
        if (s.span.length() == sentence.size() &&
            QStringView(article.text).mid(s.span.start, s.span.length()) == sentence) {
            return s.span;
        }
    }
    const qsizetype at = article.text.indexOf(sentence);
    return at < 0 ? std::nullopt : std::optional<TextSpan>(TextSpan{at, at + sentence.size()});
}

} // namespace

ChipTableModel::ChipTableModel(Library &library, const KnowledgeBase &kb, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_kb(kb)
{}

void ChipTableModel::setArticles(const QList<qint64> &articleIds)
{
    if (m_articles != articleIds) {
        m_articles = articleIds;
        reload();
    }
}

void ChipTableModel::showAllArticles()
{
    if (m_articles) {
        m_articles.reset();
        reload();
    }
}

QString ChipTableModel::vendorText(const ChipRow &row)
{
    return row.vendorParent.isEmpty() ? row.vendor : u"%1 (%2)"_s.arg(row.vendor, row.vendorParent);
}

void ChipTableModel::reload()
{
    const AnalysisStore store(m_library);
    QHash<qint64, ArticleData> articles;
    for (qint64 id : m_articles ? *m_articles : m_library.articleIds()) {
        auto analysis = store.analysis(id);
        auto article = m_library.article(id);
        if (analysis && article) {
            articles.insert(id, {article->document.text, isoDate(article->document.meta.date), std::move(*analysis)});
        }
    }
    auto at = [&articles](qint64 id) -> const ArticleData & { return *articles.constFind(id); };
    // Oldest first (undated last), so that the first claim ChipTable keeps is the earliest.
    QList<qint64> order = articles.keys();
    std::sort(order.begin(), order.end(), [&at](qint64 a, qint64 b) {
        const QString &da = at(a).date;
        const QString &db = at(b).date;
        if (da.isEmpty() != db.isEmpty()) {
            return db.isEmpty();
        }
        return da != db ? da < db : a < b;
    });

    ChipTable table(m_kb);
    QHash<QString, QSet<qint64>> chipArticles;          // name key -> articles that mention the chip
    QHash<QString, QList<SourceRef>> comparisonSources; // name key -> sentences comparing it
    for (qint64 id : std::as_const(order)) {
        const ArticleData &article = at(id);
        table.addArticle(QString::number(id), article.text, article.analysis);
        for (const EntityMention &m : article.analysis.entities) {
            if (m.type == EntityType::Chip) {
                chipArticles[KnowledgeBase::nameKey(m.canonical)].insert(id);
            }
        }
        for (const ChipComparison &c : article.analysis.comparisons) {
            const SourceRef source{id, c.sentence};
            for (const QString &name : {c.chip, c.other}) {
                QList<SourceRef> &list = comparisonSources[KnowledgeBase::nameKey(name)];
                if (!list.contains(source)) {
                    list.append(source);
                }
            }
        }
    }

    QList<ChipTableEntry> entries;
    for (const ChipRow &row : table.rows()) {
        ChipTableEntry e;
        e.row = row;
        const QString key = KnowledgeBase::nameKey(row.chip);
        for (qint64 id : chipArticles.value(key)) {
            const QString &date = at(id).date;
            if (!date.isEmpty()) {
                e.firstSeen = e.firstSeen.isEmpty() ? date : std::min(e.firstSeen, date);
                e.lastSeen = std::max(e.lastSeen, date);
            }
        }
        for (const ChipClaim &claim : row.claims) {
            const qint64 id = claim.articleId.toLongLong();
            if (const auto span = articles.contains(id) ? findSentence(at(id), claim.sentence) : std::nullopt) {
                e.claims.append({id, *span});
            }
        }
        e.comparisons = comparisonSources.value(key);
        for (const ChipSpec &spec : row.specs) {
            const qint64 id = spec.articleId.toLongLong();
            if (const auto span = articles.contains(id) ? findSentence(at(id), spec.sentence) : std::nullopt) {
                const SourceRef source{id, *span};
                if (!e.specs.contains(source)) {
                    e.specs.append(source);
                }
            }
        }
        entries.append(e);
    }

    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString ChipTableModel::specsText(const ChipRow &row, const QLocale &locale)
{
    static constexpr QStringView order[] = {u"memory", u"bandwidth", u"compute", u"process", u"power", u"transistors"};
    QStringList parts;
    for (QStringView kind : order) {
        for (const ChipSpec &spec : row.specs) {
            if (spec.kind == kind) {
                QString text = formatValue(spec.value, spec.unit, locale);
                if (!spec.format.isEmpty()) {
                    text += u' ' + spec.format;
                }
                parts << text;
                break; // the first article that states it (the table adds the oldest first)
            }
        }
    }
    return parts.join(u" \u00b7 "_s);
}

QString ChipTableModel::comparisonsText(const ChipRow &row)
{
    QStringList parts;
    for (const QString &other : row.comparableTo) {
        QString detail;
        for (const ChipRelation &r : row.relations) {
            if (r.other != other) {
                continue;
            }
            if (r.ratio > 0) {
                detail = tr("\u00d7 %1").arg(QLocale().toString(r.ratio, 'g', 3));
                break;
            }
            if (detail.isEmpty()) {
                if (r.relation == u"replaces") {
                    detail = tr("replaces");
                } else if (r.relation == u"outperforms" || r.relation == u"faster") {
                    detail = tr("ahead");
                } else if (r.relation == u"slower") {
                    detail = tr("behind");
                } else if (r.relation == u"comparable") {
                    detail = tr("on a par");
                }
            }
        }
        parts << (detail.isEmpty() ? other : tr("%1 (%2)").arg(other, detail));
    }
    return parts.join(u", "_s);
}

int ChipTableModel::rowOf(const QString &chip) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row.chip == chip) {
            return int(i);
        }
    }
    return -1;
}

int ChipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ChipTableEntry &e = m_entries.at(index.row());
    const ChipRow &row = e.row;
    const QList<SourceRef> &sources = index.column() == ComparedWithColumn ? e.comparisons
                                      : index.column() == SpecsColumn      ? e.specs
                                                                           : e.claims;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case ChipColumn:
            return row.chip;
        case VendorColumn:
            return vendorText(row);
        case KindColumn:
            return role == Qt::DisplayRole ? vocabularyLabel(row.kind) : row.kind;
        case PurposeColumn:
            return role == Qt::DisplayRole ? vocabularyLabel(row.purpose) : row.purpose;
        case SpecsColumn:
            return specsText(row);
        case ComparedWithColumn:
            return role == Qt::DisplayRole ? comparisonsText(row) : row.comparableTo.join(u", "_s);
        case ClaimsColumn:
            return int(row.claims.size());
        case ArticlesColumn:
            return row.articleCount;
        case FirstSeenColumn:
            return e.firstSeen;
        case LastSeenColumn:
            return e.lastSeen;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ClaimsColumn) {
            QStringList lines;
            for (qsizetype i = 0; i < row.claims.size() && i < 5; ++i) {
                lines << u"\u2022 "_s + row.claims.at(i).sentence.simplified();
            }
            if (row.claims.size() > 5) {
                lines << tr("\u2026 and %n more", nullptr, int(row.claims.size() - 5));
            }
            return lines.join(u'\n');
        }
        if (index.column() == SpecsColumn) {
            QStringList lines;
            for (const ChipSpec &spec : row.specs) {
                lines << u"\u2022 %1 %2 \u2014 %3"_s.arg(formatValue(spec.value, spec.unit), spec.format,
                                                         spec.sentence.simplified());
            }
            return lines.join(u'\n');
        }
        if (index.column() == ComparedWithColumn) {
            QStringList lines;
            for (const ChipRelation &r : row.relations) {
                lines << u"\u2022 "_s + r.sentence.simplified();
            }
            return lines.join(u'\n');
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ClaimsColumn || index.column() == ArticlesColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case EntityIdRole:
        return row.chipId;
    case SourcesRole:
        return QVariant::fromValue(sources);
    case ArticleIdRole:
        return sources.isEmpty() ? QVariant() : QVariant(sources.first().articleId);
    case SentenceStartRole:
        return sources.isEmpty() ? QVariant() : QVariant(qint64(sources.first().sentence.start));
    case SentenceEndRole:
        return sources.isEmpty() ? QVariant() : QVariant(qint64(sources.first().sentence.end));
    default:
        return {};
    }
}

QVariant ChipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ChipColumn:
        return tr("Chip");
    case VendorColumn:
        return tr("Vendor");
    case KindColumn:
        return tr("Kind");
    case PurposeColumn:
        return tr("Purpose");
    case SpecsColumn:
        return tr("Specs (as stated)");
    case ComparedWithColumn:
        return tr("Compared with");
    case ClaimsColumn:
        return tr("Claims");
    case ArticlesColumn:
        return tr("Articles");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Chipwatch::Core
