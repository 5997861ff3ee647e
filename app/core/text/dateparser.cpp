// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/dateparser.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

struct MonthName
{
    QStringView name;
    int month;
};

// German (including Austrian) and English names and the abbreviations news sites print.
constexpr std::array kMonthNames{
    MonthName{u"januar", 1},    MonthName{u"jänner", 1},    MonthName{u"january", 1},   MonthName{u"jan", 1},
    MonthName{u"februar", 2},   MonthName{u"feber", 2},     MonthName{u"february", 2},  MonthName{u"feb", 2},
    MonthName{u"märz", 3},      MonthName{u"maerz", 3},     MonthName{u"march", 3},     MonthName{u"mär", 3},
    MonthName{u"mrz", 3},       MonthName{u"mar", 3},       MonthName{u"april", 4},     MonthName{u"apr", 4},
    MonthName{u"mai", 5},       MonthName{u"may", 5},       MonthName{u"juni", 6},      MonthName{u"june", 6},
    MonthName{u"jun", 6},       MonthName{u"juli", 7},      MonthName{u"july", 7},      MonthName{u"jul", 7},
    MonthName{u"august", 8},    MonthName{u"aug", 8},       MonthName{u"september", 9}, MonthName{u"sept", 9},
    MonthName{u"sep", 9},       MonthName{u"oktober", 10},  MonthName{u"october", 10},  MonthName{u"okt", 10},
    MonthName{u"oct", 10},      MonthName{u"november", 11}, MonthName{u"nov", 11},      MonthName{u"dezember", 12},
    MonthName{u"december", 12}, MonthName{u"dez", 12},      MonthName{u"dec", 12},
};

QString monthAlternation()
{
    QStringList names;
    for (const MonthName &m : kMonthNames) {
        names << m.name.toString();
    }
    // Longest first so that "september" wins over "sep".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return u"(?:"_s + names.join(u'|') + u")"_s;
}

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Each pattern captures the named groups it knows; missing groups mean lower precision.
struct Patterns
{
    QList<QRegularExpression> dated; // day precision or month precision, usable in prose
    QRegularExpression yearOnly;
    QRegularExpression leadingLabel;
    QRegularExpression trailingTime;
};

const Patterns &patterns()
{
    static const Patterns p = [] {
        const QString month = monthAlternation();
        // The lookahead stops "Mai" matching inside "Mainz" and "Mar" inside "Marke".
        const QString mn = u"(?<mn>"_s + month + u")(?![\\p{L}])\\.?"_s;
        Patterns out;
        out.dated = {
            // ISO 8601 with optional time and zone.
            QRegularExpression(u"(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})"
                               "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d])"_s,
                               kOptions),
            // 2025/09/11
            QRegularExpression(u"(?<![\\d/])(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})(?![\\d/])"_s, kOptions),
            // 11.09.2025, 11.9.25
            QRegularExpression(u"(?<![\\d.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4}|\\d{2})(?![\\d])"_s,
                               kOptions),
            // 09/11/2025 is read the American way unless the first number cannot be a month.
            QRegularExpression(u"(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4})(?![\\d/])"_s, kOptions),
            // 11. September 2025, 11 Sep 2025, 11th of September 2025
            QRegularExpression(u"(?<![\\d.])(?<d>\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?"_s + mn +
                                   u",?\\s+(?<y>\\d{4})(?![\\d])"_s,
                               kOptions),
            // September 11, 2025 / Sept. 11th 2025
            QRegularExpression(u"(?<![\\p{L}])"_s + mn +
                                   u"\\s*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d]),?\\s+(?<y>\\d{4})(?![\\d])"_s,
                               kOptions),
            // Juli 2025, Sept. 2025
            QRegularExpression(u"(?<![\\p{L}])"_s + mn + u",?\\s+(?<y>\\d{4})(?![\\d])"_s, kOptions),
            // 2025年9月11日
            QRegularExpression(u"(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*日)?"_s, kOptions),
            // 2025-09 (month precision ISO); only after the full forms so it never shadows them.
            QRegularExpression(u"(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})(?![\\d-])"_s, kOptions),
        };
        out.yearOnly = QRegularExpression(u"^(?<y>\\d{4})$"_s, kOptions);
        // A weekday, "Stand:", "Published on", "Veröffentlicht am" ... before the date.
        out.leadingLabel = QRegularExpression(
            u"^(?:(?:[\\p{L}][\\p{L} ]{0,30}:)|(?:(?:published|updated|posted|veröffentlicht|aktualisiert|erschienen|"
            "stand|datum|date)(?:\\s+(?:on|am|vom))?)|(?:am|vom|on))?\\s*"
            "(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|"
            "friday|saturday|sunday|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+)?"_s,
            kOptions);
        // What may follow a date inside a date string: a time of day, a zone, "Uhr".
        out.trailingTime = QRegularExpression(
            u"^[\\s,|/"
            u"–-]*(?:(?:um|at|,)\\s*)?(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)?)?"
            "\\s*(?:\\(?(?:[A-Z]{2,5}|GMT[+-]?\\d{0,2}|UTC[+-]?\\d{0,2})\\)?|[+-]\\d{2}:?\\d{2})?\\s*$"_s,
            kOptions);
        return out;
    }();
    return p;
}

int toInt(QStringView s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : -1;
}

// Builds the ISO string from the captured groups, or an empty string when the date cannot exist.
QString fromMatch(const QRegularExpressionMatch &m)
{
    int year = toInt(m.capturedView(u"y"));
    if (m.capturedView(u"y").size() == 2) {
        year += 2000;
    }
    int month = 0;
    int day = 0;
    if (m.hasCaptured(u"mn")) {
        month = DateParser::monthFromName(m.capturedView(u"mn"));
    } else if (m.hasCaptured(u"a")) {
        const int a = toInt(m.capturedView(u"a"));
        const int b = toInt(m.capturedView(u"b"));
        month = a > 12 ? b : a;
        day = a > 12 ? a : b;
    } else {
        month = toInt(m.capturedView(u"m"));
    }
    if (m.hasCaptured(u"d")) {
        day = toInt(m.capturedView(u"d"));
    }
    if (year < 1900 || year > 2199 || month < 1 || month > 12) {
        return {};
    }
    if (day == 0) {
        return u"%1-%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    }
    if (!QDate(year, month, day).isValid()) {
        return {};
    }
    return QDate(year, month, day).toString(Qt::ISODate);
}

} // namespace

int DateParser::monthFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    for (const MonthName &m : kMonthNames) {
        if (m.name == key) {
            return m.month;
        }
    }
    return 0;
}

QString DateParser::toIso(QStringView s)
{
    const Patterns &p = patterns();
    QStringView rest = s.trimmed();
    if (rest.isEmpty() || rest.size() > 80) {
        return {};
    }
    if (const auto year = p.yearOnly.match(rest); year.hasMatch()) {
        const int y = toInt(year.capturedView(u"y"));
        return y >= 1900 && y <= 2199 ? year.captured(u"y") : QString();
    }
    const auto label = p.leadingLabel.match(rest);
    // A label swallowing the whole string would leave nothing to parse; then try without it.
    const QStringView afterLabel = rest.mid(label.capturedLength());
    for (QStringView candidate : {afterLabel, rest}) {
        for (const QRegularExpression &re : p.dated) {
            const auto m =
                re.match(candidate, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                continue;
            }
            if (!p.trailingTime.match(candidate.mid(m.capturedEnd())).hasMatch()) {
                continue;
            }
            QString iso = fromMatch(m);
            if (!iso.isEmpty()) {
                return iso;
            }
        }
    }
    return {};
}

QString DateParser::findFirst(QStringView text, qsizetype *position, qsizetype *length)
{
    QString best;
    qsizetype bestStart = -1;
    qsizetype bestLength = 0;
    for (const QRegularExpression &re : patterns().dated) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            if (bestStart >= 0 && m.capturedStart() > bestStart) {
                break;
            }
            // In prose "may 2025" is a verb and a year; month names count only when capitalised.
            if (m.hasCaptured(u"mn") && !m.capturedView(u"mn").front().isUpper()) {
                continue;
            }
            // "1.2.25" in prose is more likely a version number than a date.
            if (m.capturedView(u"y").size() == 2) {
                continue;
            }
            const QString iso = fromMatch(m);
            if (iso.isEmpty()) {
                continue;
            }
            // A longer match at the same place is more precise (day beats month).
            if (bestStart < 0 || m.capturedStart() < bestStart ||
                (m.capturedStart() == bestStart && m.capturedLength() > bestLength)) {
                best = iso;
                bestStart = m.capturedStart();
                bestLength = m.capturedLength();
            }
            break;
        }
    }
    if (position) {
        *position = bestStart;
    }
    if (length) {
        *length = bestLength;
    }
    return best;
}

} // namespace Chipwatch::Core
