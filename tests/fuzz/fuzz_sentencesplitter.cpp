// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// SentenceSplitter: ICU's sentence rules with the news corrections, German and English.
#include "extract/sentencesplitter.h"
#include "fuzzcommon.h"

using namespace Qt::StringLiterals;

CHIPWATCH_FUZZ_INITIALIZE(Chipwatch::Fuzz::newsSample)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Chipwatch::Fuzz::text(data, size);
    Chipwatch::Core::SentenceSplitter::split(text, u"de"_s);
    Chipwatch::Core::SentenceSplitter::split(text, u"en"_s);
    return 0;
}
