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

QString qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::None:
        return u"none"_s;
    case Qualifier::Approximate:
        return u"approximate"_s;
    case Qualifier::AtLeast:
        return u"at_least"_s;
    case Qualifier::AtMost:
        return u"at_most"_s;
    case Qualifier::UpTo:
        return u"up_to"_s;
    case Qualifier::MoreThan:
        return u"more_than"_s;
    case Qualifier::LessThan:
        return u"less_than"_s;
    }
    return {};
}

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Reported:
        return u"reported"_s;
    case FactKind::Forecast:
        return u"forecast"_s;
    case FactKind::Estimate:
        return u"estimate"_s;
    }
    return {};
}

QString factRoleName(FactRole role)
{
    return role == FactRole::Change ? u"change"_s : u"level"_s;
}

FactKind factKindFromName(QStringView name)
{
    if (name == u"forecast") {
        return FactKind::Forecast;
    }
    return name == u"estimate" ? FactKind::Estimate : FactKind::Reported;
}

FactRole factRoleFromName(QStringView name)
{
    return name == u"change" ? FactRole::Change : FactRole::Level;
}

} // namespace Chipwatch::Core
