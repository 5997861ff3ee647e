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

QString formatValue(double value, const QString &unit, const QLocale &locale)
{
    const ValueScale scale = scaleFor(value, unit);
    const double shown = value / scale.factor;
    // Up to three decimals, without trailing zeros: "1.4 billion", "743 million", "53.1 billion".
    QString number = locale.toString(shown, 'f', 3);
    const QString point = locale.decimalPoint();
    if (number.contains(point)) {
        while (number.endsWith(u'0')) {
            number.chop(1);
        }
        if (number.endsWith(point)) {
            number.chop(point.size());
        }
    }
    const QString label = scaledUnitLabel(scale, unit);
    return label.isEmpty() ? number : number + u' ' + label;
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
