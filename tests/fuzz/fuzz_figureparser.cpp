// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// FigureParser: money, percentages, quantities and dates in German and in English number notation.
#include "analysis/figureparser.h"
#include "fuzzcommon.h"

using namespace Qt::StringLiterals;

CHIPWATCH_FUZZ_INITIALIZE(Chipwatch::Fuzz::newsSample)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Chipwatch::Fuzz::text(data, size);
    const Chipwatch::Core::FigureParser parser;
    parser.parse(text, u"de"_s);
    parser.parse(text, u"en"_s);
    return 0;
}
