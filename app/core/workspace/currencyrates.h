// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "workspace/factrecords.h"
#include "workspace/itemdataroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Chipwatch::Core {

class Library;

// What one currency is worth in US dollars, and where that comes from.
struct CurrencyRate
{
    enum class Origin { Article, User };

    QString currency;     // ISO 4217
    double rateToUsd = 0; // the rate in use: USD for one unit of the currency
    Origin origin = Origin::Article;
    double articleRate = 0;   // the median of what the articles state, 0 when none states it
    QList<SourceRef> sources; // the sentences that state it, in article order
    QString updatedAt;        // ISO 8601 (UTC) of the last change of the stored rate
};

// Rates to a base currency (USD) for comparing money figures. The articles seed them: a claim that gives one
// amount in two currencies ("380 Milliarden Yuan (rund 53 Milliarden US-Dollar)") states 1 CNY = 0.1395 USD;
// several statements give their median. A statement between two other currencies counts once one of them
// has a dollar rate. The user can override any rate; overrides are kept in the library (table currency_rates)
// and win over the articles until reset.
class CurrencyRates final : public QObject
{
    Q_OBJECT

public:
    static constexpr QStringView baseCurrency = u"USD";

    // The library must outlive the object. Call reload() to read the rates.
    explicit CurrencyRates(Library &library, QObject *parent = nullptr);

    // Seeds from the library's stored facts (every article: a rate does not depend on the filter), stores
    // the article rates and reads the user's. Emits ratesChanged().
    bool reload(QString *error = nullptr);

    // Every currency with a rate, by code; the base currency is implicit (1) and not listed.
    QList<CurrencyRate> rates() const;
    std::optional<CurrencyRate> rate(const QString &currency) const;
    // USD for one unit; 1 for USD; false in *ok (and 0) when there is no rate.
    double rateToUsd(const QString &currency, bool *ok = nullptr) const;
    // `value` in `from` expressed in `to`; false in *ok (and 0) when either rate is missing.
    double convert(double value, const QString &from, const QString &to, bool *ok = nullptr) const;

    // The user's rate for a currency (also one no article states). Refuses codes that are not ISO 4217 style,
    // the base currency, and rates that are not > 0.
    bool setUserRate(const QString &currency, double rateToUsd, QString *error = nullptr);
    // Drops the user's rate: the articles' rate applies again (or none).
    bool resetRate(const QString &currency, QString *error = nullptr);

    struct Seed
    {
        double rateToUsd = 0;
        QList<SourceRef> sources;
    };

    // The rates the facts state, by currency. Pure: usable without a library.
    static QHash<QString, Seed> seed(const QList<FactRecord> &facts);

signals:
    void ratesChanged();

private:
    bool readStored(QHash<QString, CurrencyRate> *stored, QString *error) const;

    Library &m_library;
    QHash<QString, Seed> m_seeds;
    QHash<QString, CurrencyRate> m_rates;
};

// The rates as a table for the settings dialog: currency, rate in USD (editable: setData stores a user rate,
// only numbers > 0), units per USD, origin, the articles' rate and how many sentences state it (SourcesRole
// lists them, ArticleIdRole/SentenceStart/EndRole give the first).
class CurrencyRatesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CurrencyColumn,
        RateColumn,
        PerUsdColumn,
        OriginColumn,
        ArticleRateColumn,
        SourcesColumn,
        ColumnCount
    };

    explicit CurrencyRatesModel(CurrencyRates &rates, QObject *parent = nullptr);

    // Why the last setData() was refused; empty after a successful one.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void refresh();

    CurrencyRates &m_rates;
    QList<CurrencyRate> m_rows;
    QString m_lastError;
};

} // namespace Chipwatch::Core
