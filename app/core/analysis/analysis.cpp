// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/analysis.h"

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

QString figureTypeName(FigureType type)
{
    switch (type) {
    case FigureType::Money:
        return u"MONEY"_s;
    case FigureType::Percent:
        return u"PERCENT"_s;
    case FigureType::Quantity:
        return u"QUANTITY"_s;
    case FigureType::Date:
        return u"DATE"_s;
    }
    return {};
}

} // namespace Chipwatch::Core
