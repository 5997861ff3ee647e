// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "text/document.h"

#include <QList>
#include <QString>

namespace Chipwatch::Core {

enum class EntityType { Company, Chip, Product, Person, Place, Org };

// "COMPANY", "CHIP", ... as used in the exchange format and the database.
QString entityTypeName(EntityType type);
// Inverse of entityTypeName(); returns false for an unknown name.
bool entityTypeFromName(QStringView name, EntityType *type);

struct EntityMention
{
    TextSpan span; // into the analysed text
    EntityType type = EntityType::Company;
    QString entityId;        // knowledge-base id; empty for a suggestion
    QString canonical;       // canonical name ("Nvidia" for "NVIDIAs")
    double confidence = 1.0; // 1.0 for knowledge-base matches, lower for suggestions
    bool suggested = false;  // detected from context, not in the knowledge base
};

struct Sentence
{
    TextSpan span;
};

} // namespace Chipwatch::Core
