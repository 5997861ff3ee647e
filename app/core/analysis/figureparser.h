// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Finds money amounts, percentages, quantities with units and absolute dates in German or English
// text: "1,4 Milliarden Yuan", "$1.65 billion", "26 Prozent", "7 Nanometern", "Juli 2025", "Q3 2025".
//
// Number notation is decided by the language and by the digit groups: in German "4.000" is four
// thousand and "1,4" is 1.4; "4.5" (one digit after the point) is 4.5 in either language. Numbers
// that are not figures are left alone: phone numbers, model names ("H20", "910C", "CloudMatrix 384"),
// version numbers, numbers inside words or URLs, and plain counts without a unit.
class FigureParser final
{
public:
    // language: ISO 639-1 ("de", "en"); anything else reads numbers in the international English way.
    QList<Figure> parse(QStringView text, const QString &language) const;
};

} // namespace Chipwatch::Core
