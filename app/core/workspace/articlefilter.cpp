// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/articlefilter.h"

#include "storage/library.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcArticleFilter, "chipwatch.core.workspace.filter")

namespace {

// The leading ISO date of a stored or typed date ("2025-09-11T08:00" -> "2025-09-11"), empty when there is none.
QString isoPrefix(const QString &date)
{
    static const QRegularExpression re(u"^\\s*(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"_s);
    const QRegularExpressionMatch m = re.match(date);
    if (!m.hasMatch()) {
        return {};
    }
    QString out = m.captured(1);
    if (m.hasCaptured(2)) {
        out += u'-' + m.captured(2);
        if (m.hasCaptured(3)) {
            out += u'-' + m.captured(3);
        }
    }
    return out;
}

// First and last day of the period a date prefix names, as comparable strings. "-31" closes every month:
// only the order of the strings matters, not whether the day exists.
QString periodStart(const QString &iso)
{
    return iso.size() == 4 ? iso + u"-01-01"_s : iso.size() == 7 ? iso + u"-01"_s : iso;
}

QString periodEnd(const QString &iso)
{
    return iso.size() == 4 ? iso + u"-12-31"_s : iso.size() == 7 ? iso + u"-31"_s : iso;
}

QStringList distinctCompanies(const QStringList &companies)
{
    QStringList out;
    for (const QString &c : companies) {
        const QString name = c.trimmed();
        if (!name.isEmpty() && !out.contains(name)) {
            out << name;
        }
    }
    return out;
}

} // namespace

bool ArticleFilter::isEmpty() const
{
    return distinctCompanies(companies).isEmpty() && isoPrefix(fromDate).isEmpty() && isoPrefix(toDate).isEmpty() &&
           searchText.trimmed().isEmpty();
}

QList<qint64> ArticleFilter::matchingArticles(const Library &library) const
{
    QList<qint64> ids = searchText.trimmed().isEmpty() ? library.articleIds() : library.search(searchText);

    const QStringList names = distinctCompanies(companies);
    if (!names.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < names.size(); ++i) {
            placeholders << u":c%1"_s.arg(i);
        }
        QString sql = u"SELECT article_id FROM mentions WHERE type = 'COMPANY' AND canonical IN (%1) "
                      "GROUP BY article_id"_s.arg(placeholders.join(u", "_s));
        if (mode == Mode::All) {
            sql += u" HAVING COUNT(DISTINCT canonical) = :n"_s;
        }
        QSqlQuery q(library.database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (qsizetype i = 0; i < names.size(); ++i) {
            q.bindValue(placeholders.at(i), names.at(i));
        }
        if (mode == Mode::All) {
            q.bindValue(u":n"_s, qint64(names.size()));
        }
        QSet<qint64> withCompanies;
        if (q.exec()) {
            while (q.next()) {
                withCompanies.insert(q.value(0).toLongLong());
            }
        } else {
            qCWarning(lcArticleFilter) << "company filter failed:" << q.lastError().text();
        }
        ids.removeIf([&withCompanies](qint64 id) { return !withCompanies.contains(id); });
    }

    const QString from = isoPrefix(fromDate);
    const QString to = isoPrefix(toDate);
    if (!from.isEmpty() || !to.isEmpty()) {
        const QString lower = periodStart(from);
        const QString upper = periodEnd(to);
        QSet<qint64> inRange;
        QSqlQuery q(library.database());
        q.setForwardOnly(true);
        if (q.exec(u"SELECT id, published FROM articles"_s)) {
            while (q.next()) {
                const QString date = isoPrefix(q.value(1).toString());
                if (date.isEmpty()) {
                    continue;
                }
                // Overlap of the article's period with the range.
                if ((from.isEmpty() || periodEnd(date) >= lower) && (to.isEmpty() || periodStart(date) <= upper)) {
                    inRange.insert(q.value(0).toLongLong());
                }
            }
        } else {
            qCWarning(lcArticleFilter) << "date filter failed:" << q.lastError().text();
        }
        ids.removeIf([&inRange](qint64 id) { return !inRange.contains(id); });
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString ArticleFilter::describe() const
{
    QStringList parts;
    const QStringList names = distinctCompanies(companies);
    if (!names.isEmpty()) {
        const QString joiner = mode == Mode::All ? tr(" and ") : tr(" or ");
        parts << names.join(joiner);
    }
    const QString from = isoPrefix(fromDate);
    const QString to = isoPrefix(toDate);
    if (!from.isEmpty() && !to.isEmpty()) {
        parts << (from == to ? tr("in %1").arg(from) : tr("%1 to %2").arg(from, to));
    } else if (!from.isEmpty()) {
        parts << tr("from %1").arg(from);
    } else if (!to.isEmpty()) {
        parts << tr("until %1").arg(to);
    }
    if (!searchText.trimmed().isEmpty()) {
        parts << tr("containing \u201c%1\u201d").arg(searchText.trimmed());
    }
    return parts.join(u" \u00b7 "_s);
}

QVariantMap ArticleFilter::toVariantMap() const
{
    return {{u"companies"_s, companies},
            {u"mode"_s, mode == Mode::All ? u"all"_s : u"any"_s},
            {u"from"_s, fromDate},
            {u"to"_s, toDate},
            {u"search"_s, searchText}};
}

ArticleFilter ArticleFilter::fromVariantMap(const QVariantMap &map)
{
    ArticleFilter f;
    f.companies = map.value(u"companies"_s).toStringList();
    f.mode = map.value(u"mode"_s).toString() == u"all" ? Mode::All : Mode::Any;
    f.fromDate = map.value(u"from"_s).toString();
    f.toDate = map.value(u"to"_s).toString();
    f.searchText = map.value(u"search"_s).toString();
    return f;
}

} // namespace Chipwatch::Core
