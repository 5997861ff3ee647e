// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Normalises German and English date expressions to ISO 8601 prefixes: a full date gives
// "2025-09-11", a month "2025-07", a bare year "2025". Dates that do not exist (31.02.)
// give an empty string, as does anything that is not a date.
class DateParser final
{
public:
    DateParser() = delete;

    // The whole string must be a date; a leading weekday or label ("Stand:", "Published:")
    // and a trailing time of day or zone are tolerated.
    static QString toIso(QStringView s);

    // The first date in running text (a byline, a dateline), at day or month precision.
    // Bare years are not reported because in prose they are far more often other numbers.
    // When position/length are given they receive the match in UTF-16 units.
    static QString findFirst(QStringView text, qsizetype *position = nullptr, qsizetype *length = nullptr);

    // 1..12 for a German or English month name or abbreviation ("Sept", "März", "Jänner"), else 0.
    static int monthFromName(QStringView name);
};

} // namespace Chipwatch::Core
