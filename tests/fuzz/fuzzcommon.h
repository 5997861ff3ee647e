// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// What every fuzz target shares: one QCoreApplication for the whole run, quiet logging (a warning per input
// would slow the run down and drown libFuzzer's report; a qFatal still aborts), a warm-up run on a fixed
// sample, and the input as the bytes or the text the application would hand to the code under test.
//
// The warm-up builds what the code under test builds once per process (compiled regular expressions, ICU
// break rules, lexicons): that takes up to a second under the sanitizers and would otherwise be charged to
// whichever input runs first, as a timeout of -timeout=1 that no input causes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Chipwatch::Fuzz {

inline void quietHandler(QtMsgType, const QMessageLogContext &, const QString &) {}

inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(quietHandler);
    static QCoreApplication app(*argc, *argv);
}

// A copy, as a file read would give: the application always hands over NUL-terminated data.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// The text a decoded file gives: invalid UTF-8 becomes replacement characters, as in the decoder.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A short news text in German and English with a headline, a dateline, figures and abbreviations.
inline constexpr char newsSample[] =
    "# Huawei legt zu\n\nBerlin (dpa) - Huawei meldete am 1. Juli 2025 einen Umsatz von 1,4 Mrd. Euro, d. h. "
    "26 Prozent mehr als im Q3 2024.\n\nThe Ascend 910C costs $1.65 billion in FY2025, Mr. Smith said.\n\n"
    "Newsletter abonnieren | Impressum\n";

} // namespace Chipwatch::Fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Defines libFuzzer's initializer: the application object, then one run of the target on `warmUp`.
#define CHIPWATCH_FUZZ_INITIALIZE(warmUp)                                                                              \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                                       \
    {                                                                                                                  \
        Chipwatch::Fuzz::initialize(argc, argv);                                                                       \
        const QByteArray sample(warmUp);                                                                               \
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(sample.constData()),                                  \
                               static_cast<size_t>(sample.size()));                                                    \
        return 0;                                                                                                      \
    }
