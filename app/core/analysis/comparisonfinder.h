// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/analysis.h"

#include <QList>
#include <QStringView>

namespace Chipwatch::Core {

// Chip comparisons stated in one sentence: "Der Ascend 910C soll auf Augenhöhe mit Nvidias A100
// liegen", "B30A ... etwa die Hälfte der Rechenleistung des B300", "Zhenwu ... mit Nvidias H20
// konkurrieren", "rivals Nvidia's H20", "2.6 times faster than the A100", "6,7-mal so viel
// Rechenleistung wie der H20", "eine abgespeckte Variante des H100", "liegt klar hinter Nvidias A100".
//
// A comparison word (a lexicon of German and English cues, each with its relation) governs the chip
// it is compared with: the chip after "mit"/"with"/"zu"/"to" near the word, the object after
// "übertrifft"/"replaces"/"die Hälfte"/"than"/"wie", or, when the word ends a German clause, the
// object before it ("der das H20-Modell ersetzen soll"). Chips coordinated with that chip ("mit
// Nvidias H20 und A800 sowie mit Huaweis Ascend 910B", "and to Huawei's CloudMatrix 384", "ein
// HGX-System mit acht B200") are compared too.
//
// The chip being compared is the first other chip of the cue's clause, else of the sentence, else
// what a reference names: "Der Chip", "the part", "der Alibaba-Chip" and the pronouns "er"/"it"
// name the chip of an earlier sentence, "die neuen Chips"/"the new chips" all chips of the sentence
// before. A stated ratio ("rund 60 Prozent", "2,5-mal", "die Hälfte", "1.2x", "50 percent more") is
// kept with the comparison; with a ratio the compared chip may also be only in the sentences before
// ("... ist damit 2,5-mal so schnell wie beim Ascend 910C").
//
// Relations: comparable, competes, compared, replaces, variant, outperforms, faster, slower,
// fraction, multiple (a ratio of something else than speed: "57 times larger than").
class ComparisonFinder final
{
public:
    QList<ChipComparison> find(QStringView text, const QList<Sentence> &sentences,
                               const QList<EntityMention> &entities) const;
};

} // namespace Chipwatch::Core
