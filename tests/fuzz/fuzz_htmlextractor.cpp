// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// HtmlExtractor: a decoded web page to the article text, its body ranges and its metadata.
#include "fuzzcommon.h"
#include "html/htmlextractor.h"

using namespace Qt::StringLiterals;

CHIPWATCH_FUZZ_INITIALIZE(
    "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Huawei</title>"
    "<meta name=\"author\" content=\"Petra Sommerfeld\"></head><body><nav><a href=\"/\">Start</a></nav>"
    "<article><h1>Huawei legt zu</h1><time datetime=\"2025-07-01\">1. Juli 2025</time><p>Huawei meldete "
    "einen Umsatz von 1,4 Mrd. Euro.</p><p>Das sind 26 Prozent mehr.</p></article><footer>Impressum</footer>"
    "</body></html>")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Chipwatch::Core::HtmlExtractor::extract(Chipwatch::Fuzz::text(data, size), u"fuzz.html"_s);
    return 0;
}
