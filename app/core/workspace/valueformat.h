// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Chipwatch::Core {

// A power of ten that makes large figures readable: 743000000 CNY reads "743 million CNY", an axis up to
// 3.8e11 reads in "billion CNY".
struct ValueScale
{
    double factor = 1;
    QString word; // translated scale word ("million", in German "Mio."); empty for factor 1
};

// The scale for numbers up to `magnitude` (the largest absolute value to show). Percentages are never scaled.
ValueScale scaleFor(double magnitude, QStringView unit = {});
// "billion CNY", "%", "GB"; just the scale word when there is no unit.
QString scaledUnitLabel(const ValueScale &scale, const QString &unit);
// A value with its own scale and unit for tables: "743 million CNY", "26 %", "7 nm".
QString formatValue(double value, const QString &unit, const QLocale &locale = QLocale());
// The same without the unit ("743 million", "26"); the unit only decides whether to scale.
QString formatNumber(double value, QStringView unit, const QLocale &locale = QLocale());

// The metrics of the exchange format ("revenue", "revenue_growth", ...) in their display order.
QStringList knownMetrics();
// A metric for people: "revenue_growth" -> "Revenue growth" (translated); unknown ones as they are.
QString metricLabel(const QString &metric);

// ISO 4217 codes as the figure parser writes them: three upper-case ASCII letters.
bool isCurrencyCode(QStringView unit);
// Two figures state the same amount when they differ by at most `relative` of the larger one.
bool valuesAgree(double a, double b, double relative = 0.005);

} // namespace Chipwatch::Core
