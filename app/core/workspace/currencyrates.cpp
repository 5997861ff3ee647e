// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/currencyrates.h"

#include "storage/library.h"
#include "workspace/valueformat.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcCurrencyRates, "chipwatch.core.workspace.rates")

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// One claim giving the same amount in two currencies: `amount` of `currency` is worth `otherAmount` of `other`.
struct Statement
{
    QString currency;
    double amount;
    QString other;
    double otherAmount;
    SourceRef source;
};

// Exchange rates stay within these bounds (1 unit between a millionth and a million dollars); a pair outside
// them is two different amounts, not one amount in two currencies.
bool plausible(double rate)
{
    return std::isfinite(rate) && rate > 1e-6 && rate < 1e6;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

CurrencyRates::CurrencyRates(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{}

QHash<QString, CurrencyRates::Seed> CurrencyRates::seed(const QList<FactRecord> &facts)
{
    QList<Statement> statements;
    for (const QList<FactRecord> &claim : groupClaims(facts)) {
        for (qsizetype i = 0; i < claim.size(); ++i) {
            for (qsizetype j = i + 1; j < claim.size(); ++j) {
                const FactRecord &a = claim.at(i);
                const FactRecord &b = claim.at(j);
                if (isCurrencyCode(a.unit) && isCurrencyCode(b.unit) && a.unit != b.unit && a.value > 0 &&
                    b.value > 0) {
                    statements.append({a.unit, a.value, b.unit, b.value, a.source()});
                }
            }
        }
    }

    QHash<QString, QList<double>> samples;
    QHash<QString, Seed> seeds;
    auto addSample = [&](const QString &currency, double rate, const SourceRef &source) {
        if (plausible(rate)) {
            samples[currency].append(rate);
            if (!seeds[currency].sources.contains(source)) {
                seeds[currency].sources.append(source);
            }
        }
    };
    const QString usd = baseCurrency.toString();
    for (const Statement &s : std::as_const(statements)) {
        if (s.other == usd) {
            addSample(s.currency, s.otherAmount / s.amount, s.source);
        } else if (s.currency == usd) {
            addSample(s.other, s.amount / s.otherAmount, s.source);
        }
    }
    // Statements between two other currencies, once one side has a dollar rate; a second round lets a rate
    // found this way help another.
    for (int round = 0; round < 2; ++round) {
        QHash<QString, double> known;
        for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
            known.insert(it.key(), median(it.value()));
        }
        for (const Statement &s : std::as_const(statements)) {
            if (s.currency == usd || s.other == usd) {
                continue;
            }
            if (known.contains(s.other) && !known.contains(s.currency)) {
                addSample(s.currency, s.otherAmount / s.amount * known.value(s.other), s.source);
            } else if (known.contains(s.currency) && !known.contains(s.other)) {
                addSample(s.other, s.amount / s.otherAmount * known.value(s.currency), s.source);
            }
        }
    }
    for (auto it = samples.cbegin(); it != samples.cend(); ++it) {
        seeds[it.key()].rateToUsd = median(it.value());
    }
    return seeds;
}

bool CurrencyRates::readStored(QHash<QString, CurrencyRate> *stored, QString *error) const
{
    QSqlQuery q(m_library.database());
    if (!q.exec(u"SELECT currency, rate_to_usd, origin, updated_at FROM currency_rates"_s)) {
        if (error) {
            *error = tr("Cannot read the currency rates: %1").arg(q.lastError().text());
        }
        return false;
    }
    while (q.next()) {
        CurrencyRate r;
        r.currency = q.value(0).toString();
        r.rateToUsd = q.value(1).toDouble();
        r.origin = q.value(2).toString() == u"user" ? CurrencyRate::Origin::User : CurrencyRate::Origin::Article;
        r.updatedAt = q.value(3).toString();
        stored->insert(r.currency, r);
    }
    return true;
}

bool CurrencyRates::reload(QString *error)
{
    m_seeds = seed(loadFacts(m_library, std::nullopt, {}, false));
    QHash<QString, CurrencyRate> stored;
    if (!readStored(&stored, error)) {
        return false;
    }

    QSqlDatabase db = m_library.database();
    // A library opened read-only gets the articles' rates in memory only.
    const bool readOnly = m_library.isReadOnly();
    QString message;
    bool ok = readOnly || m_library.beginWrite(db, &message);
    QSqlQuery upsert(db);
    upsert.prepare(u"INSERT OR REPLACE INTO currency_rates (currency, rate_to_usd, origin, updated_at) "
                   "VALUES (:c, :r, 'article', :at)"_s);
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM currency_rates WHERE currency = :c AND origin = 'article'"_s);
    for (auto it = m_seeds.cbegin(); it != m_seeds.cend() && ok; ++it) {
        const auto old = stored.constFind(it.key());
        if (old != stored.cend() && (old->origin == CurrencyRate::Origin::User || old->rateToUsd == it->rateToUsd)) {
            continue;
        }
        const QString at = now();
        upsert.bindValue(u":c"_s, it.key());
        upsert.bindValue(u":r"_s, it->rateToUsd);
        upsert.bindValue(u":at"_s, at);
        ok = readOnly || upsert.exec();
        message = upsert.lastError().text();
        stored[it.key()] = CurrencyRate{it.key(), it->rateToUsd, CurrencyRate::Origin::Article, 0, {}, at};
    }
    // Article rates no stored article states any more (articles removed, analysis changed) go.
    for (auto it = stored.begin(); it != stored.end() && ok;) {
        if (it->origin == CurrencyRate::Origin::Article && !m_seeds.contains(it.key())) {
            remove.bindValue(u":c"_s, it.key());
            ok = readOnly || remove.exec();
            message = remove.lastError().text();
            it = stored.erase(it);
        } else {
            ++it;
        }
    }
    if (!ok || (!readOnly && !db.commit())) {
        db.rollback();
        if (error) {
            *error = tr("Cannot store the currency rates: %1").arg(ok ? db.lastError().text() : message);
        }
        qCWarning(lcCurrencyRates) << "cannot store the currency rates:" << message;
        return false;
    }

    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (const auto s = m_seeds.constFind(it.key()); s != m_seeds.cend()) {
            it->articleRate = s->rateToUsd;
            it->sources = s->sources;
        }
    }
    m_rates = std::move(stored);
    emit ratesChanged();
    return true;
}

QList<CurrencyRate> CurrencyRates::rates() const
{
    QList<CurrencyRate> out = m_rates.values();
    std::sort(out.begin(), out.end(),
              [](const CurrencyRate &a, const CurrencyRate &b) { return a.currency < b.currency; });
    return out;
}

std::optional<CurrencyRate> CurrencyRates::rate(const QString &currency) const
{
    const auto it = m_rates.constFind(currency);
    return it == m_rates.cend() ? std::nullopt : std::optional<CurrencyRate>(*it);
}

double CurrencyRates::rateToUsd(const QString &currency, bool *ok) const
{
    if (currency == baseCurrency) {
        if (ok) {
            *ok = true;
        }
        return 1;
    }
    const auto it = m_rates.constFind(currency);
    if (ok) {
        *ok = it != m_rates.cend();
    }
    return it == m_rates.cend() ? 0 : it->rateToUsd;
}

double CurrencyRates::convert(double value, const QString &from, const QString &to, bool *ok) const
{
    if (from == to && !from.isEmpty()) {
        if (ok) {
            *ok = true;
        }
        return value;
    }
    bool fromOk = false;
    bool toOk = false;
    const double fromRate = rateToUsd(from, &fromOk);
    const double toRate = rateToUsd(to, &toOk);
    if (ok) {
        *ok = fromOk && toOk;
    }
    return fromOk && toOk ? value * fromRate / toRate : 0;
}

bool CurrencyRates::setUserRate(const QString &currency, double rateToUsd, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (!isCurrencyCode(currency)) {
        return fail(tr("%1 is not a currency code (three capital letters, such as EUR).").arg(currency));
    }
    if (currency == baseCurrency) {
        return fail(tr("Rates are stated in %1; its own rate is always 1.").arg(baseCurrency));
    }
    if (!std::isfinite(rateToUsd) || rateToUsd <= 0) {
        return fail(tr("A rate must be a number greater than 0."));
    }
    if (m_library.isReadOnly()) {
        return fail(m_library.readOnlyMessage());
    }
    const QString at = now();
    QSqlQuery q(m_library.database());
    q.prepare(u"INSERT OR REPLACE INTO currency_rates (currency, rate_to_usd, origin, updated_at) "
              "VALUES (:c, :r, 'user', :at)"_s);
    q.bindValue(u":c"_s, currency);
    q.bindValue(u":r"_s, rateToUsd);
    q.bindValue(u":at"_s, at);
    if (!q.exec()) {
        return fail(tr("Cannot store the rate of %1: %2").arg(currency, q.lastError().text()));
    }
    CurrencyRate &r = m_rates[currency];
    r.currency = currency;
    r.rateToUsd = rateToUsd;
    r.origin = CurrencyRate::Origin::User;
    r.updatedAt = at;
    if (const auto s = m_seeds.constFind(currency); s != m_seeds.cend()) {
        r.articleRate = s->rateToUsd;
        r.sources = s->sources;
    }
    emit ratesChanged();
    return true;
}

bool CurrencyRates::resetRate(const QString &currency, QString *error)
{
    if (m_library.isReadOnly()) {
        if (error) {
            *error = m_library.readOnlyMessage();
        }
        return false;
    }
    QSqlQuery q(m_library.database());
    q.prepare(u"DELETE FROM currency_rates WHERE currency = :c AND origin = 'user'"_s);
    q.bindValue(u":c"_s, currency);
    if (!q.exec()) {
        if (error) {
            *error = tr("Cannot reset the rate of %1: %2").arg(currency, q.lastError().text());
        }
        return false;
    }
    // reload() stores the articles' rate again and emits ratesChanged().
    return reload(error);
}

CurrencyRatesModel::CurrencyRatesModel(CurrencyRates &rates, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rates(rates)
    , m_rows(rates.rates())
{
    connect(&m_rates, &CurrencyRates::ratesChanged, this, &CurrencyRatesModel::refresh);
}

void CurrencyRatesModel::refresh()
{
    QList<CurrencyRate> rows = m_rates.rates();
    const bool sameRows =
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                   [](const CurrencyRate &a, const CurrencyRate &b) { return a.currency == b.currency; });
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CurrencyRatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CurrencyRatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurrencyRatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CurrencyRate &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CurrencyColumn:
            return r.currency;
        case RateColumn:
            return locale.toString(r.rateToUsd, 'g', 6);
        case PerUsdColumn:
            return locale.toString(1 / r.rateToUsd, 'g', 6);
        case OriginColumn:
            return r.origin == CurrencyRate::Origin::User ? tr("set by you") : tr("from articles");
        case ArticleRateColumn:
            return r.articleRate > 0 ? locale.toString(r.articleRate, 'g', 6) : QString();
        case SourcesColumn:
            return r.sources.isEmpty() ? QString() : tr("%n statement(s)", nullptr, int(r.sources.size()));
        default:
            return {};
        }
    case Qt::EditRole:
    case SortRole:
    case ValueRole:
        switch (index.column()) {
        case CurrencyColumn:
            return r.currency;
        case RateColumn:
            return r.rateToUsd;
        case PerUsdColumn:
            return 1 / r.rateToUsd;
        case OriginColumn:
            return r.origin == CurrencyRate::Origin::User ? u"user"_s : u"article"_s;
        case ArticleRateColumn:
            return r.articleRate;
        case SourcesColumn:
            return int(r.sources.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == RateColumn) {
            return tr("1 %1 = %2 %3")
                .arg(r.currency, locale.toString(r.rateToUsd, 'g', 6), CurrencyRates::baseCurrency);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CurrencyColumn || index.column() == OriginColumn
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SourcesRole:
        return QVariant::fromValue(r.sources);
    case ArticleIdRole:
        return r.sources.isEmpty() ? QVariant() : QVariant(r.sources.first().articleId);
    case SentenceStartRole:
        return r.sources.isEmpty() ? QVariant() : QVariant(qint64(r.sources.first().sentence.start));
    case SentenceEndRole:
        return r.sources.isEmpty() ? QVariant() : QVariant(qint64(r.sources.first().sentence.end));
    default:
        return {};
    }
}

QVariant CurrencyRatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CurrencyColumn:
        return tr("Currency");
    case RateColumn:
        return tr("In %1").arg(CurrencyRates::baseCurrency);
    case PerUsdColumn:
        return tr("Per %1").arg(CurrencyRates::baseCurrency);
    case OriginColumn:
        return tr("Origin");
    case ArticleRateColumn:
        return tr("Articles say");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

Qt::ItemFlags CurrencyRatesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RateColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool CurrencyRatesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != RateColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    // A line edit delivers text in the user's locale, a spin box a number.
    bool ok = false;
    double rate = value.typeId() == QMetaType::QString ? QLocale().toDouble(value.toString().trimmed(), &ok)
                                                       : value.toDouble(&ok);
    if (!ok && value.typeId() == QMetaType::QString) {
        rate = QLocale::c().toDouble(value.toString().trimmed(), &ok);
    }
    if (!ok) {
        m_lastError = tr("\u201c%1\u201d is not a number.").arg(value.toString());
        return false;
    }
    QString error;
    if (!m_rates.setUserRate(m_rows.at(index.row()).currency, rate, &error)) {
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace Chipwatch::Core
