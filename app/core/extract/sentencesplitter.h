// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Sentence boundaries for news text: ICU's sentence rules for the language, corrected where they
// fail on German and English news (abbreviations such as "z. B." or "Mrd.", ordinal dates
// "11. September", initials) and with every line break ending a sentence, so that a headline
// without a full stop stands alone.
class SentenceSplitter final
{
public:
    // Sentences in text order; spans are UTF-16 offsets into text, trimmed of surrounding white
    // space; blank stretches belong to no sentence. lang is an ISO 639-1 code ("de", "en"); an
    // empty or other language uses the English rules plus the German abbreviations.
    static QList<Sentence> split(QStringView text, const QString &lang);
};

} // namespace Chipwatch::Core
