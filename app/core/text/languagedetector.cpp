// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/languagedetector.h"

#include <QLoggingCategory>

#include <cld2/public/compact_lang_det.h>
#include <limits>
#include <malloc.h>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcLanguage, "chipwatch.core.language", QtInfoMsg)

namespace {

// CLD2 calls a handful of words "reliable" for some languages; below this many letters the
// answer is too often wrong to be useful for an article.
constexpr qsizetype kMinimumLetters = 20;

// The dominant language must cover at least this share of the text when the text is mixed.
constexpr int kMinimumPercent = 40;

// Freed memory up to this much stays in the process (see keepScratchMemoryBetweenCalls).
constexpr int kTrimThresholdBytes = 32 * 1024 * 1024;

} // namespace

void LanguageDetector::keepScratchMemoryBetweenCalls()
{
#if defined(__GLIBC__)
    // Only speed is at stake, and a sanitizer's allocator refuses the setting: no warning.
    if (mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes) != 1) {
        qCDebug(lcLanguage) << "the allocator keeps its own trim threshold";
    }
#endif
}

QString LanguageDetector::detect(QStringView text)
{
    qsizetype letters = 0;
    for (const QChar c : text) {
        if (c.isLetter() && ++letters >= kMinimumLetters) {
            break;
        }
    }
    if (letters < kMinimumLetters) {
        return {};
    }
    // QString::toUtf8 replaces lone surrogates, so CLD2 always gets interchange-valid UTF-8.
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max()) {
        utf8.truncate(std::numeric_limits<int>::max());
    }
    CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
    int percent3[3] = {0, 0, 0};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language language = CLD2::DetectLanguageSummary(utf8.constData(), static_cast<int>(utf8.size()), true,
                                                                language3, percent3, &textBytes, &reliable);
    qCDebug(lcLanguage) << "cld2:" << CLD2::LanguageCode(language) << "reliable" << reliable << "top"
                        << CLD2::LanguageCode(language3[0]) << percent3[0] << CLD2::LanguageCode(language3[1])
                        << percent3[1];
    if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) {
        return {};
    }
    // CLD2 flags mixed text as unreliable even when one language clearly dominates; accept that
    // case, but not a close split.
    if (!reliable && !(language3[0] == language && percent3[0] >= 60 && percent3[0] - percent3[1] >= 30)) {
        return {};
    }
    if (language3[0] == language && percent3[0] < kMinimumPercent) {
        return {};
    }
    const QString code = QString::fromLatin1(CLD2::LanguageCode(language));
    // CLD2 distinguishes script variants ("zh-Hant"); the exchange format wants the bare language.
    return code.section(u'-', 0, 0);
}

} // namespace Chipwatch::Core
