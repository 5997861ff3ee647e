// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "html/datetext.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

constexpr int MinYear = 1990;
constexpr int MaxYear = 2099;

bool validDate(int year, int month, int day)
{
    static const int daysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return year >= MinYear && year <= MaxYear && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
}

QString iso(int year, int month, int day)
{
    if (day > 0) {
        return u"%1-%2-%3"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
    }
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

// Month names as they appear in dates; the alternation is built from the table so that the
// regular expressions and monthNumber() cannot disagree.
const QHash<QString, int> &monthTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char16_t *const names[][12] = {
            {u"januar", u"februar", u"märz", u"april", u"mai", u"juni", u"juli", u"august", u"september", u"oktober",
             u"november", u"dezember"},
            {u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september", u"october",
             u"november", u"december"},
            {u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet", u"août", u"septembre", u"octobre",
             u"novembre", u"décembre"},
            {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"},
            {u"jan", u"feb", u"mär", u"apr", u"mai", u"jun", u"jul", u"aug", u"sept", u"okt", u"nov", u"dez"},
        };
        for (const auto &language : names) {
            for (int m = 0; m < 12; ++m) {
                t.insert(QString::fromUtf16(language[m]), m + 1);
            }
        }
        t.insert(u"jänner"_s, 1);
        t.insert(u"jän"_s, 1);
        t.insert(u"feber"_s, 2);
        t.insert(u"maerz"_s, 3);
        t.insert(u"mrz"_s, 3);
        t.insert(u"févr"_s, 2);
        t.insert(u"fevrier"_s, 2);
        t.insert(u"aout"_s, 8);
        t.insert(u"decembre"_s, 12);
        t.insert(u"juil"_s, 7);
        t.insert(u"janv"_s, 1);
        return t;
    }();
    return table;
}

QString monthAlternation()
{
    QStringList names = monthTable().keys();
    // Longest first, so that "september" wins over "sep".
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    return names.join(u'|');
}

int toInt(QStringView s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : -1;
}

} // namespace

int DateText::monthNumber(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    if (key.endsWith(u'.')) {
        key.chop(1);
    }
    return monthTable().value(key, 0);
}

QString DateText::fromMachine(QStringView value)
{
    static const QRegularExpression isoDate(u"^\\s*(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?(?![\\d])"_s);
    static const QRegularExpression compact(u"^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)"_s);
    static const QRegularExpression rfc(u"^\\s*(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})"_s);

    QRegularExpressionMatch m = isoDate.match(value);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int day = m.capturedView(3).isEmpty() ? 0 : toInt(m.capturedView(3));
        if (day == 0 && year >= MinYear && year <= MaxYear && month >= 1 && month <= 12) {
            return iso(year, month, 0);
        }
        if (validDate(year, month, day)) {
            return iso(year, month, day);
        }
    }
    m = compact.match(value);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int day = toInt(m.capturedView(3));
        if (validDate(year, month, day)) {
            return iso(year, month, day);
        }
    }
    m = rfc.match(value);
    if (m.hasMatch()) {
        const int day = toInt(m.capturedView(1));
        const int month = monthNumber(m.capturedView(2));
        const int year = toInt(m.capturedView(3));
        if (validDate(year, month, day)) {
            return iso(year, month, day);
        }
    }
    return fromText(value);
}

QString DateText::fromText(QStringView text, bool allowMonthOnly)
{
    static const QString months = monthAlternation();
    static const QRegularExpression numeric(u"(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)"_s);
    static const QRegularExpression isoLike(u"(?<![\\d.])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"_s);
    static const QRegularExpression dayMonth(
        u"(?<![\\w.])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(%1)\\.?,?\\s+(\\d{4})(?!\\d)"_s.arg(months),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression monthDay(
        u"(?<!\\w)(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)"_s.arg(months),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression monthYear(u"(?<!\\w)(%1)\\.?\\s+(\\d{4})(?!\\d)"_s.arg(months),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::UseUnicodePropertiesOption);

    // Take the earliest date in the text, whatever its form.
    qsizetype bestPos = -1;
    QString best;
    auto consider = [&](qsizetype pos, const QString &date) {
        if (!date.isEmpty() && (bestPos < 0 || pos < bestPos)) {
            bestPos = pos;
            best = date;
        }
    };

    QRegularExpressionMatch m = numeric.match(text);
    if (m.hasMatch()) {
        const int day = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int year = toInt(m.capturedView(3));
        consider(m.capturedStart(), validDate(year, month, day) ? iso(year, month, day) : QString());
    }
    m = isoLike.match(text);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int day = toInt(m.capturedView(3));
        consider(m.capturedStart(), validDate(year, month, day) ? iso(year, month, day) : QString());
    }
    m = dayMonth.match(text);
    if (m.hasMatch()) {
        const int day = toInt(m.capturedView(1));
        const int month = monthNumber(m.capturedView(2));
        const int year = toInt(m.capturedView(3));
        consider(m.capturedStart(), validDate(year, month, day) ? iso(year, month, day) : QString());
    }
    m = monthDay.match(text);
    if (m.hasMatch()) {
        const int month = monthNumber(m.capturedView(1));
        const int day = toInt(m.capturedView(2));
        const int year = toInt(m.capturedView(3));
        consider(m.capturedStart(), validDate(year, month, day) ? iso(year, month, day) : QString());
    }
    if (best.isEmpty() && allowMonthOnly) {
        m = monthYear.match(text);
        if (m.hasMatch()) {
            const int month = monthNumber(m.capturedView(1));
            const int year = toInt(m.capturedView(2));
            if (month > 0 && year >= MinYear && year <= MaxYear) {
                best = iso(year, month, 0);
            }
        }
    }
    return best;
}

QString DateText::fromUrl(QStringView url)
{
    static const QRegularExpression ymd(u"[/_-](\\d{4})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_.-]|$)"_s);
    static const QRegularExpression compact(u"/(\\d{4})(\\d{2})(\\d{2})(?:[/_.-]|$)"_s);
    static const QRegularExpression ym(u"/(\\d{4})/(\\d{1,2})/"_s);

    QRegularExpressionMatch m = ymd.match(url);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int day = toInt(m.capturedView(3));
        if (validDate(year, month, day)) {
            return iso(year, month, day);
        }
    }
    m = compact.match(url);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        const int day = toInt(m.capturedView(3));
        if (validDate(year, month, day)) {
            return iso(year, month, day);
        }
    }
    m = ym.match(url);
    if (m.hasMatch()) {
        const int year = toInt(m.capturedView(1));
        const int month = toInt(m.capturedView(2));
        if (year >= MinYear && year <= MaxYear && month >= 1 && month <= 12) {
            return iso(year, month, 0);
        }
    }
    return {};
}

} // namespace Chipwatch::Core
