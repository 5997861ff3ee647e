// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/facttablemodel.h"

#include "workspace/valueformat.h"

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

FactTableModel::FactTableModel(const Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{}

void FactTableModel::setArticles(const QList<qint64> &articleIds)
{
    if (m_articles == articleIds) {
        return;
    }
    m_articles = articleIds;
    reload();
}

void FactTableModel::showAllArticles()
{
    if (!m_articles) {
        return;
    }
    m_articles.reset();
    reload();
}

void FactTableModel::setMetric(const QString &metric)
{
    if (metric == m_metric) {
        return;
    }
    m_metric = metric;
    reload();
}

void FactTableModel::reload()
{
    QList<FactRecord> facts = loadFacts(m_library, m_articles, m_metric);
    beginResetModel();
    m_facts = std::move(facts);
    endResetModel();
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FactRecord &f = m_facts.at(index.row());
    const QString article = f.articleTitle.isEmpty() ? f.articleFile : f.articleTitle;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn:
            return f.subject;
        case MetricColumn:
            return metricLabel(f.metric);
        case ValueColumn:
            // The unit has its own column; the value keeps only its scale word.
            return formatNumber(f.value, f.unit);
        case UnitColumn:
            return f.unit;
        case PeriodColumn:
            return f.period;
        case ArticleColumn:
            return article;
        case DateColumn:
            return f.articleDate;
        case SentenceColumn:
            return f.sentenceText;
        default:
            return {};
        }
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case MetricColumn:
            return f.metric;
        case ValueColumn:
            return f.value;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ValueColumn:
            return formatValue(f.value, f.unit);
        case ArticleColumn:
            return f.articleSource.isEmpty() ? article : QString(article + u" \u2014 "_s + f.articleSource);
        case SentenceColumn:
            return f.sentenceText;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIdRole:
        return f.subjectId;
    case ArticleIdRole:
        return f.articleId;
    case SentenceStartRole:
        return qint64(f.sentence.start);
    case SentenceEndRole:
        return qint64(f.sentence.end);
    case ValueRole:
        return f.value;
    case SourcesRole:
        return QVariant::fromValue(QList<SourceRef>{f.source()});
    default:
        return {};
    }
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case UnitColumn:
        return tr("Unit");
    case PeriodColumn:
        return tr("Period");
    case ArticleColumn:
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
