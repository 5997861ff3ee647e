// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// TextDecoder: file bytes of any kind (BOMs, declared charsets, legacy 8-bit, UTF-16, binary) as a plain-text
// file and as an HTML page.
#include "fuzzcommon.h"
#include "import/textdecoder.h"

using Chipwatch::Core::TextDecoder;

CHIPWATCH_FUZZ_INITIALIZE(Chipwatch::Fuzz::newsSample)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Chipwatch::Fuzz::bytes(data, size);
    TextDecoder::decode(bytes, TextDecoder::Kind::PlainText);
    TextDecoder::decode(bytes, TextDecoder::Kind::Html);
    TextDecoder::declaredHtmlCharset(bytes);
    return 0;
}
