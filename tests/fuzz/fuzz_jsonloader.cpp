// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// ArticleLoader on a .json file: decoding, the JSON reader, the field lookup and then the whole cleaning
// (text cleaner or HTML extractor, metadata, dates, language) of every article the file holds.
#include "fuzzcommon.h"
#include "import/articleloader.h"

using namespace Qt::StringLiterals;

CHIPWATCH_FUZZ_INITIALIZE(
    "[{\"title\": \"Huawei legt zu\", \"date\": \"2025-07-01\", \"author\": {\"name\": \"Petra\"}, "
    "\"url\": \"https://example.org/a\", \"text\": \"Huawei meldete einen Umsatz von 1,4 Mrd. Euro.\\n\\nDas "
    "sind 26 Prozent mehr.\"}, {\"headline\": \"Chips\", \"html\": \"<html><body><article><p>Nvidia sold "
    "chips worth $1.65 billion.</p></article></body></html>\"}]")

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Chipwatch::Core::ArticleLoader::loadBytes(Chipwatch::Fuzz::bytes(data, size), u"fuzz.json"_s);
    return 0;
}
