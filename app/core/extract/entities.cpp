// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entities.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

struct TypeName
{
    EntityType type;
    QLatin1StringView name;
};

constexpr std::array<TypeName, 6> kTypeNames{{
    {EntityType::Company, QLatin1StringView("COMPANY")},
    {EntityType::Chip, QLatin1StringView("CHIP")},
    {EntityType::Product, QLatin1StringView("PRODUCT")},
    {EntityType::Person, QLatin1StringView("PERSON")},
    {EntityType::Place, QLatin1StringView("PLACE")},
    {EntityType::Org, QLatin1StringView("ORG")},
}};

} // namespace

QString entityTypeName(EntityType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type) {
            return entry.name;
        }
    }
    return {};
}

bool entityTypeFromName(QStringView name, EntityType *type)
{
    for (const TypeName &entry : kTypeNames) {
        // The exchange format writes upper case; the database and hand-written files may not.
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            if (type) {
                *type = entry.type;
            }
            return true;
        }
    }
    return false;
}

} // namespace Chipwatch::Core
