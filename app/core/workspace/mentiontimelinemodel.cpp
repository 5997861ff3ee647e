// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/mentiontimelinemodel.h"

#include "storage/library.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcMentionTimeline, "chipwatch.core.workspace.timeline")

MentionTimelineModel::MentionTimelineModel(const Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{}

void MentionTimelineModel::setCompanies(const QStringList &companies)
{
    QStringList distinct;
    for (const QString &c : companies) {
        if (!c.isEmpty() && !distinct.contains(c)) {
            distinct << c;
        }
    }
    if (distinct != m_companies) {
        m_companies = distinct;
        reload();
    }
}

void MentionTimelineModel::setArticles(const QList<qint64> &articleIds)
{
    if (m_articles != articleIds) {
        m_articles = articleIds;
        reload();
    }
}

void MentionTimelineModel::showAllArticles()
{
    if (m_articles) {
        m_articles.reset();
        reload();
    }
}

void MentionTimelineModel::setCount(Count count)
{
    if (count != m_count) {
        m_count = count;
        reload();
    }
}

void MentionTimelineModel::reload()
{
    struct Hit
    {
        int count = 0;
        SourceRef first;
    };

    QHash<QDate, QHash<int, QList<Hit>>> byMonth; // month -> company -> one hit per article
    QSet<qint64> undated;

    if (!m_companies.isEmpty() && !(m_articles && m_articles->isEmpty())) {
        const QSet<qint64> wanted =
            m_articles ? QSet<qint64>(m_articles->cbegin(), m_articles->cend()) : QSet<qint64>();
        QStringList placeholders;
        for (qsizetype i = 0; i < m_companies.size(); ++i) {
            placeholders << u":c%1"_s.arg(i);
        }
        QSqlQuery q(m_library.database());
        q.setForwardOnly(true);
        q.prepare(u"SELECT m.article_id, m.canonical, m.sentence_start, m.sentence_end, a.published "
                  "FROM mentions m JOIN articles a ON a.id = m.article_id "
                  "WHERE m.type = 'COMPANY' AND m.canonical IN (%1) ORDER BY m.article_id, m.span_start"_s.arg(
                      placeholders.join(u", "_s)));
        for (qsizetype i = 0; i < m_companies.size(); ++i) {
            q.bindValue(placeholders.at(i), m_companies.at(i));
        }
        if (!q.exec()) {
            qCWarning(lcMentionTimeline) << "cannot count mentions:" << q.lastError().text();
        }
        static const QRegularExpression month(u"^(\\d{4})-(\\d{2})"_s);
        qint64 lastArticle = -1;
        QHash<int, qsizetype> hitOfCompany; // within the current article
        while (q.next()) {
            const qint64 article = q.value(0).toLongLong();
            if (m_articles && !wanted.contains(article)) {
                continue;
            }
            const QRegularExpressionMatch m = month.match(q.value(4).toString());
            const QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
            if (!date.isValid()) {
                undated.insert(article);
                continue;
            }
            if (article != lastArticle) {
                hitOfCompany.clear();
                lastArticle = article;
            }
            const int company = int(m_companies.indexOf(q.value(1).toString()));
            QList<Hit> &hits = byMonth[date][company];
            auto it = hitOfCompany.find(company);
            if (it == hitOfCompany.end()) {
                hits.append(Hit{0, SourceRef{article, {q.value(2).toLongLong(), q.value(3).toLongLong()}}});
                it = hitOfCompany.insert(company, hits.size() - 1);
            }
            ++hits[*it].count;
        }
    }

    QList<QDate> months;
    QList<QList<Point>> points;
    if (!byMonth.isEmpty()) {
        const QList<QDate> present = byMonth.keys();
        const QDate first = *std::min_element(present.cbegin(), present.cend());
        const QDate last = *std::max_element(present.cbegin(), present.cend());
        for (QDate d = first; d <= last; d = d.addMonths(1)) {
            months << d;
            QList<Point> row(m_companies.size());
            const auto companies = byMonth.value(d);
            for (auto it = companies.cbegin(); it != companies.cend(); ++it) {
                Point &p = row[it.key()];
                for (const Hit &h : it.value()) {
                    p.count += m_count == Count::Mentions ? h.count : 1;
                    p.sources.append(h.first);
                }
            }
            points << row;
        }
    }

    beginResetModel();
    m_months = std::move(months);
    m_points = std::move(points);
    m_undated = int(undated.size());
    endResetModel();
}

int MentionTimelineModel::maxCount() const
{
    int most = 0;
    for (const QList<Point> &row : m_points) {
        for (const Point &p : row) {
            most = std::max(most, p.count);
        }
    }
    return most;
}

int MentionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int MentionTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(2 * m_companies.size());
}

QVariant MentionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QDate month = m_months.at(index.row());
    const bool isX = index.column() % 2 == 0;
    const Point &p = m_points.at(index.row()).at(index.column() / 2);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ValueRole:
    case SortRole:
        if (isX) {
            return double(QDateTime(month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        }
        return p.count;
    case Qt::ToolTipRole:
        return isX ? QVariant(month.toString(u"yyyy-MM"_s))
                   : QVariant(tr("%1, %2: %3")
                                  .arg(m_companies.at(index.column() / 2), month.toString(u"yyyy-MM"_s))
                                  .arg(p.count));
    case SourcesRole:
        return isX ? QVariant() : QVariant::fromValue(p.sources);
    case ArticleIdRole:
        return isX || p.sources.isEmpty() ? QVariant() : QVariant(p.sources.first().articleId);
    case SentenceStartRole:
        return isX || p.sources.isEmpty() ? QVariant() : QVariant(qint64(p.sources.first().sentence.start));
    case SentenceEndRole:
        return isX || p.sources.isEmpty() ? QVariant() : QVariant(qint64(p.sources.first().sentence.end));
    default:
        return {};
    }
}

QVariant MentionTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < m_months.size() ? QVariant(m_months.at(section).toString(u"yyyy-MM"_s))
                                                         : QVariant();
    }
    if (section < 0 || section >= 2 * m_companies.size()) {
        return {};
    }
    const QString &company = m_companies.at(section / 2);
    return section % 2 == 0 ? tr("%1 (month)").arg(company) : company;
}

} // namespace Chipwatch::Core
