// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// TextCleaner: plain text and Markdown copied from a web page, each input read both ways.
#include "fuzzcommon.h"
#include "text/textcleaner.h"

using namespace Qt::StringLiterals;
using Chipwatch::Core::TextCleaner;
using Chipwatch::Core::TextFormat;

CHIPWATCH_FUZZ_INITIALIZE(Chipwatch::Fuzz::newsSample)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Chipwatch::Fuzz::text(data, size);
    TextCleaner::clean(text, TextFormat::Plain, u"fuzz.txt"_s);
    TextCleaner::clean(text, TextFormat::Markdown, u"fuzz.md"_s);
    return 0;
}
