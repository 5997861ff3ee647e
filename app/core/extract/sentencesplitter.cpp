// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/sentencesplitter.h"

#include "extract/textscan.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

Q_LOGGING_CATEGORY(lcSentences, "chipwatch.core.sentences")

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

using namespace TextScan;

namespace {

// Abbreviations after which a full stop never ends a sentence (titles, scale words, "about").
const QSet<QString> &alwaysAbbreviations()
{
    static const QSet<QString> set{
        // German
        u"abs"_s, u"abschn"_s, u"bzw"_s, u"ca"_s, u"dr"_s, u"prof"_s, u"dipl"_s, u"ing"_s, u"mrd"_s, u"mio"_s, u"tsd"_s,
        u"nr"_s, u"vgl"_s, u"ggf"_s, u"inkl"_s, u"exkl"_s, u"evtl"_s, u"zzgl"_s, u"abzgl"_s, u"bzgl"_s, u"hr"_s,
        u"fr"_s, u"sog"_s, u"ehem"_s, u"gegr"_s, u"geb"_s, u"jh"_s, u"jhd"_s, u"st"_s, u"str"_s, u"max"_s, u"min"_s,
        u"mind"_s, u"rd"_s, u"zit"_s, u"lt"_s, u"gem"_s, u"allg"_s, u"insb"_s, u"v.a"_s, u"z.b"_s, u"d.h"_s, u"u.a"_s,
        u"o.g"_s, u"u.u"_s, u"z.t"_s, u"i.d.r"_s, u"s.o"_s, u"s.u"_s, u"vs"_s,
        // English
        u"mr"_s, u"mrs"_s, u"ms"_s, u"sen"_s, u"rep"_s, u"gov"_s, u"gen"_s, u"no"_s, u"approx"_s, u"e.g"_s, u"i.e"_s,
        u"est"_s, u"fig"_s, u"dept"_s, u"univ"_s};
    return set;
}

// Abbreviations that often end a sentence as well: only joined when the next word does not
// start a sentence (lower case or a number).
const QSet<QString> &softAbbreviations()
{
    static const QSet<QString> set{u"etc"_s, u"usw"_s,  u"u.s"_s, u"inc"_s, u"corp"_s, u"ltd"_s, u"co"_s,
                                   u"jr"_s,  u"sr"_s,   u"bd"_s,  u"s"_s,   u"u.k"_s,  u"a.m"_s, u"p.m"_s,
                                   u"jan"_s, u"feb"_s,  u"mär"_s, u"apr"_s, u"jun"_s,  u"jul"_s, u"aug"_s,
                                   u"sep"_s, u"sept"_s, u"okt"_s, u"oct"_s, u"nov"_s,  u"dez"_s, u"dec"_s};
    return set;
}

const QSet<QString> &months()
{
    static const QSet<QString> set{
        u"januar"_s,   u"jänner"_s, u"februar"_s,   u"märz"_s,    u"april"_s,    u"mai"_s,      u"juni"_s,
        u"juli"_s,     u"august"_s, u"september"_s, u"oktober"_s, u"november"_s, u"dezember"_s, u"january"_s,
        u"february"_s, u"march"_s,  u"may"_s,       u"june"_s,    u"july"_s,     u"october"_s,  u"december"_s,
        u"jan"_s,      u"feb"_s,    u"mär"_s,       u"apr"_s,     u"jun"_s,      u"jul"_s,      u"aug"_s,
        u"sep"_s,      u"sept"_s,   u"okt"_s,       u"nov"_s,     u"dez"_s};
    return set;
}

// Nouns that follow an ordinal number ("im 2. Quartal", "zum 3. Mal").
const QSet<QString> &ordinalNouns()
{
    static const QSet<QString> set{u"quartal"_s,
                                   u"halbjahr"_s,
                                   u"jahrhundert"_s,
                                   u"jahrtausend"_s,
                                   u"mal"_s,
                                   u"platz"_s,
                                   u"stelle"_s,
                                   u"runde"_s,
                                   u"jahrestag"_s,
                                   u"geburtstag"_s,
                                   u"kalenderwoche"_s,
                                   u"generation"_s,
                                   u"stock"_s,
                                   u"etage"_s,
                                   u"klasse"_s,
                                   u"liga"_s,
                                   u"auflage"_s,
                                   u"ausgabe"_s,
                                   u"tag"_s,
                                   u"woche"_s,
                                   u"monat"_s,
                                   u"jahr"_s,
                                   u"geschäftsquartal"_s,
                                   u"fiskalquartal"_s};
    return set;
}

icu::BreakIterator *iteratorFor(const QString &lang)
{
    // Creating an iterator loads rule data; keep one per thread and language.
    thread_local QHash<QString, std::shared_ptr<icu::BreakIterator>> cache;
    const QString key = lang == u"de"_s ? u"de"_s : u"en"_s;
    auto it = cache.constFind(key);
    if (it != cache.constEnd()) {
        return it->get();
    }
    UErrorCode status = U_ZERO_ERROR;
    // Not "@ss=standard": ICU's German suppression list holds words such as "vor." that end many
    // sentences ("stellte den Chip vor. Dann ..."); joinAcross() has a list made for news text.
    const icu::Locale locale(key == u"de"_s ? "de" : "en");
    std::shared_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !iterator) {
        qCWarning(lcSentences) << "ICU sentence iterator unavailable:" << u_errorName(status);
        iterator.reset();
    }
    cache.insert(key, iterator);
    return iterator.get();
}

// The word (letters, digits and inner dots) that ends just before the full stop at dotPos.
QString tokenBefore(QStringView text, qsizetype dotPos)
{
    qsizetype from = dotPos;
    while (from > 0) {
        const QChar c = text.at(from - 1);
        if (c.isLetterOrNumber() || (c == u'.' && from >= 2 && text.at(from - 2).isLetterOrNumber())) {
            --from;
        } else {
            break;
        }
    }
    return text.mid(from, dotPos - from).toString();
}

QString firstWord(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !text.at(i).isLetterOrNumber()) {
        ++i;
    }
    qsizetype j = i;
    while (j < text.size() && text.at(j).isLetterOrNumber()) {
        ++j;
    }
    return text.mid(i, j - i).toString();
}

bool startsLowerCase(QStringView next)
{
    const QString word = firstWord(next);
    if (word.isEmpty() || !word.at(0).isLower()) {
        return false;
    }
    // "iPhone", "eBay": lower case first letter, still a sentence start.
    return std::none_of(word.cbegin() + 1, word.cend(), [](QChar c) { return c.isUpper(); });
}

// Whether the break between prev and next (ICU's choice) is a false one to be undone.
bool joinAcross(QStringView prev, QStringView next)
{
    const QStringView trimmed = prev.trimmed();
    if (!trimmed.endsWith(u'.') || next.trimmed().isEmpty()) {
        return false;
    }
    const QStringView nextTrimmed = next.trimmed();
    const bool nextLower = startsLowerCase(nextTrimmed);
    const bool nextDigit = nextTrimmed.at(0).isDigit();
    if (trimmed.endsWith(u"..")) {
        return nextLower; // an ellipsis: the sentence goes on only in lower case
    }
    const QString token = tokenBefore(trimmed, trimmed.size() - 1);
    if (token.isEmpty()) {
        return nextLower;
    }
    const QString lower = token.toLower();
    const bool allDigits = std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
    if (allDigits) {
        // Ordinals: "am 11. September", "im 3. Quartal"; a year or amount at a sentence end is
        // followed by a capitalised word and stays a break.
        if (token.size() > 2) {
            return nextLower;
        }
        const QString word = firstWord(nextTrimmed).toLower();
        return nextLower || nextDigit || months().contains(word) || ordinalNouns().contains(word);
    }
    if (token.size() == 1 && token.at(0).isLetter()) {
        return true; // initials and the parts of "z. B.", "u. a."
    }
    if (alwaysAbbreviations().contains(lower)) {
        return true;
    }
    if (softAbbreviations().contains(lower)) {
        return nextLower || nextDigit;
    }
    return nextLower;
}

struct Range
{
    qsizetype start;
    qsizetype end;
};

void appendTrimmed(QStringView text, qsizetype start, qsizetype end, QList<Sentence> *out)
{
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end > start) {
        Sentence s;
        s.span = {start, end};
        out->append(s);
    }
}

void splitLine(QStringView text, qsizetype lineStart, qsizetype lineEnd, const QString &lang, QList<Sentence> *out)
{
    const QStringView line = text.mid(lineStart, lineEnd - lineStart);
    icu::BreakIterator *iterator = iteratorFor(lang);
    QList<Range> pieces;
    if (iterator) {
        // The UnicodeString aliases the line's UTF-16 without copying; ICU offsets are UTF-16 too.
        const icu::UnicodeString ustr(false, reinterpret_cast<const UChar *>(line.utf16()),
                                      static_cast<int32_t>(line.size()));
        iterator->setText(ustr);
        int32_t from = iterator->first();
        for (int32_t to = iterator->next(); to != icu::BreakIterator::DONE; to = iterator->next()) {
            pieces.append({from, to});
            from = to;
        }
    } else {
        pieces.append({0, line.size()});
    }
    QList<Range> merged;
    for (const Range &piece : pieces) {
        if (!merged.isEmpty()) {
            Range &last = merged.last();
            const QStringView prev = line.mid(last.start, last.end - last.start);
            // ICU ends a sentence at every line break; split() only leaves those inside a line
            // that it found to be a wrapped paragraph.
            qsizetype tail = prev.size();
            while (tail > 0 && prev.at(tail - 1).isSpace() && !isLineBreak(prev.at(tail - 1).unicode())) {
                --tail;
            }
            const bool wrapped = tail > 0 && isLineBreak(prev.at(tail - 1).unicode());
            if (wrapped || joinAcross(prev, line.mid(piece.start, piece.end - piece.start))) {
                last.end = piece.end;
                continue;
            }
        }
        merged.append(piece);
    }
    for (const Range &range : merged) {
        appendTrimmed(text, lineStart + range.start, lineStart + range.end, out);
    }
}

} // namespace

QList<Sentence> SentenceSplitter::split(QStringView text, const QString &lang)
{
    QList<Sentence> out;
    qsizetype lineStart = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && !isLineBreak(text.at(i).unicode())) {
            continue;
        }
        // A hard-wrapped paragraph: a line that ends without punctuation and a next line that
        // starts in lower case belong together.
        if (i < n) {
            const QStringView line = text.mid(lineStart, i - lineStart).trimmed();
            qsizetype next = i + 1;
            while (next < n && (text.at(next) == u' ' || text.at(next) == u'\t')) {
                ++next;
            }
            if (!line.isEmpty() && line.back().isLetterOrNumber() && next < n &&
                !isLineBreak(text.at(next).unicode()) &&
                startsLowerCase(text.mid(next, std::min<qsizetype>(40, n - next)))) {
                continue;
            }
        }
        if (i > lineStart) {
            splitLine(text, lineStart, i, lang, &out);
        }
        lineStart = i + 1;
    }
    return out;
}

} // namespace Chipwatch::Core
