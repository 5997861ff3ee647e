// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/metricchartmodel.h"

#include "workspace/currencyrates.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

constexpr QStringView kApproximate = u"\u2248 ";
constexpr QStringView kUndated = u"\u2014";

// Orders period labels in time: a year, then its halves, quarters and months, then "≈ year" (an undated fact in an
// article of that year); "—" last. "≈ 2025-Q2" (a year assumed for an undated article) sorts with 2025-Q2.
std::tuple<int, int, int, QString> periodKey(const QString &label)
{
    if (label == kUndated) {
        return {9999, 9, 0, label};
    }
    const bool approximate = label.startsWith(kApproximate);
    // "FY2026-Q2": a fiscal period sorts with the calendar year of its number.
    static const QRegularExpression re(u"^(?:FY)?(\\d{4})(?:-(H|Q)?(\\d{1,2}))?"_s);
    const QRegularExpressionMatch m = re.match(approximate ? label.mid(kApproximate.size()) : label);
    if (!m.hasMatch()) {
        return {9998, 0, 0, label};
    }
    const int year = m.captured(1).toInt();
    if (!m.hasCaptured(3)) {
        return {year, approximate ? 8 : 0, 0, label};
    }
    const QString kind = m.captured(2);
    const int number = m.captured(3).toInt();
    return {year, kind == u"H" ? 1 : kind == u"Q" ? 2 : 3, number, label};
}

// Later articles first: by date (ISO strings compare in time), then by id.
bool newer(const FactRecord &a, const FactRecord &b)
{
    if (a.articleDate != b.articleDate) {
        return a.articleDate > b.articleDate;
    }
    return a.articleId > b.articleId;
}

} // namespace

MetricChartModel::MetricChartModel(const Library &library, const CurrencyRates *rates, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_rates(rates)
{
    if (m_rates) {
        connect(m_rates, &CurrencyRates::ratesChanged, this, &MetricChartModel::reload);
    }
}

void MetricChartModel::setMetric(const QString &metric)
{
    if (metric != m_metric) {
        m_metric = metric;
        reload();
    }
}

void MetricChartModel::setArticles(const QList<qint64> &articleIds)
{
    if (m_articles != articleIds) {
        m_articles = articleIds;
        reload();
    }
}

void MetricChartModel::showAllArticles()
{
    if (m_articles) {
        m_articles.reset();
        reload();
    }
}

void MetricChartModel::setSubjects(const QStringList &subjects)
{
    if (subjects != m_subjectFilter) {
        m_subjectFilter = subjects;
        reload();
    }
}

void MetricChartModel::setIncludeForecasts(bool include)
{
    if (include != m_includeForecasts) {
        m_includeForecasts = include;
        reload();
    }
}

void MetricChartModel::setCurrency(const QString &currency)
{
    if (currency != m_currency) {
        m_currency = currency;
        reload();
    }
}

void MetricChartModel::reload()
{
    QList<QList<FactRecord>> claims;
    if (!m_metric.isEmpty()) {
        claims = groupClaims(loadFacts(m_library, m_articles, m_metric));
    }
    claims.removeIf([this](const QList<FactRecord> &claim) {
        // Forecasts and estimates are no reported values: drawn only when asked for.
        if (!m_includeForecasts && claim.first().kind != u"reported") {
            return true;
        }
        return !m_subjectFilter.isEmpty() && !m_subjectFilter.contains(claim.first().subject);
    });

    // Which unit the chart shows: money (in one currency) or the most frequent other unit.
    const QString money = u"money"_s;
    QHash<QString, int> kinds;
    QHash<QString, int> currencies;
    for (const QList<FactRecord> &claim : std::as_const(claims)) {
        bool isMoney = false;
        for (const FactRecord &f : claim) {
            if (isCurrencyCode(f.unit)) {
                isMoney = true;
                ++currencies[f.unit];
            }
        }
        ++kinds[isMoney ? money : claim.first().unit];
    }
    auto mostFrequent = [](const QHash<QString, int> &counts, const QString &preferred) {
        QString best;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const bool better =
                it.value() > bestCount ||
                (it.value() == bestCount && (it.key() == preferred || (best != preferred && it.key() < best)));
            if (better) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best;
    };
    const QString kind = mostFrequent(kinds, money);
    QString unit;
    if (kind == money) {
        unit = m_currency.isEmpty() ? mostFrequent(currencies, CurrencyRates::baseCurrency.toString()) : m_currency;
    } else {
        unit = kind;
    }

    // Each claim gives one entry in `unit`.
    int skipped = 0;
    QHash<QString, QHash<QString, Cell>> cells;                                     // period label -> subject -> cell
    QHash<QString, std::pair<std::tuple<int, int, int, QString>, int>> periodOrder; // label -> (period, kind)
    for (const QList<FactRecord> &claim : std::as_const(claims)) {
        std::optional<Entry> entry;
        for (const FactRecord &f : claim) {
            if (f.unit == unit) {
                entry = Entry{f, f.value};
                break;
            }
        }
        if (!entry && kind == money && isCurrencyCode(claim.first().unit)) {
            // Through the base currency's value where the claim gives one: a single conversion.
            QList<FactRecord> candidates = claim;
            std::stable_partition(candidates.begin(), candidates.end(),
                                  [](const FactRecord &f) { return f.unit == CurrencyRates::baseCurrency; });
            for (const FactRecord &f : std::as_const(candidates)) {
                bool ok = false;
                const double converted = m_rates ? m_rates->convert(f.value, f.unit, unit, &ok) : 0;
                if (ok) {
                    entry = Entry{f, converted};
                    break;
                }
            }
            if (!entry) {
                ++skipped;
            }
        }
        if (entry) {
            // A forecast or estimate is its own category beside the reported value of the same period: never a
            // bar a reader could take for what was reported.
            const QString period = effectivePeriod(entry->fact);
            const int kindRank = entry->fact.kind == u"forecast" ? 1 : entry->fact.kind == u"estimate" ? 2 : 0;
            const QString label = kindRank == 1   ? tr("%1 (forecast)").arg(period)
                                  : kindRank == 2 ? tr("%1 (estimate)").arg(period)
                                                  : period;
            periodOrder.insert(label, {periodKey(period), kindRank});
            cells[label][entry->fact.subject].entries.append(*entry);
        }
    }

    QStringList periods = cells.keys();
    std::sort(periods.begin(), periods.end(),
              [&periodOrder](const QString &a, const QString &b) { return periodOrder[a] < periodOrder[b]; });
    QStringList subjects;
    for (const auto &row : std::as_const(cells)) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!subjects.contains(it.key())) {
                subjects << it.key();
            }
        }
    }
    std::sort(subjects.begin(), subjects.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

    double largest = 0;
    QList<QList<Cell>> table;
    for (const QString &period : std::as_const(periods)) {
        QList<Cell> row;
        for (const QString &subject : std::as_const(subjects)) {
            Cell cell = cells.value(period).value(subject);
            // The value most entries agree on; among equals the newest article's.
            std::sort(cell.entries.begin(), cell.entries.end(),
                      [](const Entry &a, const Entry &b) { return newer(a.fact, b.fact); });
            int bestVotes = 0;
            for (qsizetype i = 0; i < cell.entries.size(); ++i) {
                int votes = 0;
                for (qsizetype j = 0; j < cell.entries.size(); ++j) {
                    votes += valuesAgree(cell.entries.at(i).value, cell.entries.at(j).value) ? 1 : 0;
                    cell.conflict =
                        cell.conflict || (cell.entries.at(i).fact.articleId != cell.entries.at(j).fact.articleId &&
                                          !valuesAgree(cell.entries.at(i).value, cell.entries.at(j).value));
                }
                if (votes > bestVotes) {
                    bestVotes = votes;
                    cell.shown = i;
                }
            }
            if (cell.shown >= 0) {
                largest = std::max(largest, std::abs(cell.entries.at(cell.shown).value));
            }
            row.append(cell);
        }
        table.append(row);
    }

    beginResetModel();
    m_unit = unit;
    m_scale = scaleFor(largest, unit);
    m_skipped = skipped;
    m_periods = periods;
    m_subjects = subjects;
    m_cells = std::move(table);
    endResetModel();
}

QStringList MetricChartModel::periods() const
{
    return m_periods;
}

QStringList MetricChartModel::subjects() const
{
    return m_subjects;
}

QList<MetricChartModel::Conflict> MetricChartModel::conflicts() const
{
    QList<Conflict> out;
    for (qsizetype r = 0; r < m_cells.size(); ++r) {
        for (qsizetype c = 0; c < m_cells.at(r).size(); ++c) {
            const Cell &cell = m_cells.at(r).at(c);
            if (!cell.conflict) {
                continue;
            }
            Conflict conflict{int(r), int(c), m_subjects.at(c), m_periods.at(r), {}, {}};
            for (const Entry &e : cell.entries) {
                conflict.facts.append(e.fact);
                conflict.values.append(e.value);
            }
            out.append(conflict);
        }
    }
    return out;
}

const MetricChartModel::Cell *MetricChartModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    const Cell &cell = m_cells.at(index.row()).at(index.column());
    return cell.shown >= 0 ? &cell : nullptr;
}

int MetricChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int MetricChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

QVariant MetricChartModel::data(const QModelIndex &index, int role) const
{
    const Cell *cell = cellAt(index);
    if (!cell) {
        return {};
    }
    const Entry &shown = cell->entries.at(cell->shown);
    switch (role) {
    case Qt::DisplayRole:
        return shown.value / m_scale.factor;
    case ValueRole:
    case SortRole:
        return shown.value;
    case ConflictRole:
        return cell->conflict;
    case SourcesRole: {
        QList<SourceRef> sources{shown.fact.source()};
        for (const Entry &e : cell->entries) {
            if (!sources.contains(e.fact.source())) {
                sources.append(e.fact.source());
            }
        }
        return QVariant::fromValue(sources);
    }
    case ArticleIdRole:
        return shown.fact.articleId;
    case SentenceStartRole:
        return qint64(shown.fact.sentence.start);
    case SentenceEndRole:
        return qint64(shown.fact.sentence.end);
    case Qt::ToolTipRole: {
        QStringList lines{u"%1, %2: %3"_s.arg(m_subjects.at(index.column()), m_periods.at(index.row()),
                                              formatValue(shown.value, m_unit))};
        if (cell->conflict) {
            lines << tr("The articles disagree:");
        }
        for (const Entry &e : cell->entries) {
            const QString article = e.fact.articleTitle.isEmpty() ? e.fact.articleFile : e.fact.articleTitle;
            QString line = u"\u2022 "_s + formatValue(e.fact.value, e.fact.unit) + u" \u2014 "_s + article;
            if (!e.fact.articleDate.isEmpty()) {
                line += u" ("_s + e.fact.articleDate + u')';
            }
            lines << line;
        }
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant MetricChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < m_subjects.size() ? QVariant(m_subjects.at(section)) : QVariant();
    }
    return section >= 0 && section < m_periods.size() ? QVariant(m_periods.at(section)) : QVariant();
}

} // namespace Chipwatch::Core
