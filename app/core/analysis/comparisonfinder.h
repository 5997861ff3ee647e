// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QList>
#include <QStringView>

namespace Chipwatch::Core {

// Chip comparisons stated in one sentence: "Der Ascend 910C soll auf Augenhöhe mit Nvidias A100
// liegen", "B30A ... etwa die Hälfte der Rechenleistung des B300", "Zhenwu ... mit Nvidias H20
// konkurrieren", "rivals Nvidia's H20", "faster than the H20".
//
// The compared chip is the one the comparison word governs ("mit X", "als X", "than X", the object
// after "übertrifft"/"replaces"/"die Hälfte"); the chip it is compared with is the sentence's first
// other chip, or the chip a sentence-initial "Das System"/"Der Chip"/"It" refers back to. Relations:
// comparable, competes, replaces, outperforms, faster, fraction.
class ComparisonFinder final
{
public:
    QList<ChipComparison> find(QStringView text, const QList<Sentence> &sentences,
                               const QList<EntityMention> &entities) const;
};

} // namespace Chipwatch::Core
