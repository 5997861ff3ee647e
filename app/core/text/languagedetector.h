// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Identifies the language of article text with CLD2.
class LanguageDetector final
{
public:
    LanguageDetector() = delete;

    // ISO 639-1 code ("de", "en", "zh", ...) of the dominant language, or an empty string when
    // the text is too short or too mixed for a reliable answer.
    static QString detect(QStringView text);
};

} // namespace Chipwatch::Core
