// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/valueformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

ValueScale scaleFor(double magnitude, QStringView unit)
{
    const double m = std::abs(magnitude);
    if (unit == u"%" || !std::isfinite(m)) {
        return {};
    }
    if (m >= 1e12) {
        return {1e12, QCoreApplication::translate("ValueFormat", "trillion")};
    }
    if (m >= 1e9) {
        return {1e9, QCoreApplication::translate("ValueFormat", "billion")};
    }
    if (m >= 1e6) {
        return {1e6, QCoreApplication::translate("ValueFormat", "million")};
    }
    return {};
}

QString scaledUnitLabel(const ValueScale &scale, const QString &unit)
{
    if (scale.word.isEmpty()) {
        return unit;
    }
    return unit.isEmpty() ? scale.word : scale.word + u' ' + unit;
}

QString formatNumber(double value, QStringView unit, const QLocale &locale)
{
    const ValueScale scale = scaleFor(value, unit);
    // Up to three decimals, without trailing zeros: "1.4 billion", "743 million", "53.1 billion".
    QString number = locale.toString(value / scale.factor, 'f', 3);
    const QString point = locale.decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(u'0')) {
            number.chop(1);
        }
        if (number.endsWith(point)) {
            number.chop(point.size());
        }
    }
    return scale.word.isEmpty() ? number : number + u' ' + scale.word;
}

QString formatValue(double value, const QString &unit, const QLocale &locale)
{
    const QString number = formatNumber(value, unit, locale);
    return unit.isEmpty() ? number : number + u' ' + unit;
}

QStringList knownMetrics()
{
    return {u"revenue"_s,
            u"revenue_growth"_s,
            u"profit"_s,
            u"profit_growth"_s,
            u"loss"_s,
            u"investment"_s,
            u"ipo_volume"_s,
            u"valuation"_s,
            u"market_share"_s,
            u"funding"_s,
            u"share_price_change"_s,
            u"levy"_s,
            u"tariff"_s,
            u"target"_s,
            u"other"_s};
}

QString metricLabel(const QString &metric)
{
    static const struct
    {
        QStringView metric;
        const char *label;
    } labels[] = {
        {u"revenue", QT_TRANSLATE_NOOP("ValueFormat", "Revenue")},
        {u"revenue_growth", QT_TRANSLATE_NOOP("ValueFormat", "Revenue growth")},
        {u"profit", QT_TRANSLATE_NOOP("ValueFormat", "Profit")},
        {u"profit_growth", QT_TRANSLATE_NOOP("ValueFormat", "Profit growth")},
        {u"loss", QT_TRANSLATE_NOOP("ValueFormat", "Loss")},
        {u"investment", QT_TRANSLATE_NOOP("ValueFormat", "Investment")},
        {u"ipo_volume", QT_TRANSLATE_NOOP("ValueFormat", "IPO volume")},
        {u"valuation", QT_TRANSLATE_NOOP("ValueFormat", "Valuation")},
        {u"market_share", QT_TRANSLATE_NOOP("ValueFormat", "Market share")},
        {u"funding", QT_TRANSLATE_NOOP("ValueFormat", "Funding")},
        {u"share_price_change", QT_TRANSLATE_NOOP("ValueFormat", "Share price change")},
        {u"levy", QT_TRANSLATE_NOOP("ValueFormat", "Levy")},
        {u"tariff", QT_TRANSLATE_NOOP("ValueFormat", "Tariff")},
        {u"target", QT_TRANSLATE_NOOP("ValueFormat", "Target")},
        {u"other", QT_TRANSLATE_NOOP("ValueFormat", "Other")},
    };

    for (const auto &l : labels) {
        if (l.metric == metric) {
            return QCoreApplication::translate("ValueFormat", l.label);
        }
    }
    return metric;
}

bool isCurrencyCode(QStringView unit)
{
    if (unit.size() != 3) {
        return false;
    }
    for (QChar c : unit) {
        if (c < u'A' || c > u'Z') {
            return false;
        }
    }
    return true;
}

bool valuesAgree(double a, double b, double relative)
{
    const double larger = std::max(std::abs(a), std::abs(b));
    return std::abs(a - b) <= relative * larger;
}

} // namespace Chipwatch::Core
