// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

// Finds publication dates in the forms web pages write them and returns them as ISO 8601
// ("2025-09-11", or "2025-09" when the day is not given); an empty string when there is none.
class DateText final
{
public:
    // Machine dates as in meta tags, JSON-LD and <time datetime>: ISO 8601 with or without time,
    // "2025/09/11", "20250911", RFC 2822 ("Thu, 11 Sep 2025 08:00:00 +0200"), else as fromText().
    static QString fromMachine(QStringView value);
    // The first date written out in running text: "11.09.2025", "11. September 2025",
    // "September 11, 2025", "11 Sept. 2025", "2025-09-11"; German, English and French month names.
    // With allowMonthOnly, "September 2025" is accepted as "2025-09".
    static QString fromText(QStringView text, bool allowMonthOnly = false);
    // A date in a page address: "/2025/09/11/", "/2025/09/", "2025-09-11", "/20250911/".
    static QString fromUrl(QStringView url);

    // 1..12 for a month name or its abbreviation (with or without the dot), else 0.
    static int monthNumber(QStringView name);
};

} // namespace Chipwatch::Core
