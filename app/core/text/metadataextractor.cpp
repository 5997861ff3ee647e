// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/metadataextractor.h"

#include "text/boilerplatecues.h"
#include "text/codepoint.h"
#include "text/dateparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

using Role = LineVerdict::Role;

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto kUnicodeCi = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Share of a headline's words the article must use for it to be the article's headline.
constexpr double kTitleOverlap = 0.12;

// How far from the top a byline or date line may stand.
constexpr int kHeaderLines = 12;

const QRegularExpression &bylinePattern()
{
    // "Von Erika Muster", "By Jane Doe", "Autorin: Nina", "Ein Gastbeitrag von …"
    static const QRegularExpression re(
        u"^(?:von|by|autor(?:in)?|author|text|verfasst\\s+von|geschrieben\\s+von|written\\s+by|"
        "ein\\s+(?:gast)?beitrag\\s+von|redaktion)\\s*:?\\s+(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:von\\s+|van\\s+|"
        "de\\s+|der\\s+)?"
        "\\p{Lu}[\\p{L}.'’-]*){0,3})"_s,
        kUnicodeCi);
    return re;
}

const QRegularExpression &dateLabelPattern()
{
    static const QRegularExpression re(
        u"^(?:veröffentlicht|aktualisiert|erschienen|erstellt|stand|datum|published|updated|posted|last\\s+modified|"
        "date)\\b"_s,
        kUnicodeCi);
    return re;
}

// "PEKING / LONDON (IT BOLTWISE) – …", "Berlin (dpa) - …"
const QRegularExpression &datelinePattern()
{
    static const QRegularExpression re(
        u"^\\s*(?<place>\\p{Lu}[\\p{L} ./,'’-]{1,60}?)\\s*(?:,\\s*[^()]{4,30}?)?\\s*\\((?<who>[^()]{2,40})\\)\\s*[–—-]\\s"_s,
        kUnicode);
    return re;
}

QString cleanName(QString s)
{
    static const QRegularExpression marks(u"[®™©]"_s, kUnicode);
    s.remove(marks);
    return s.simplified();
}

bool isTitleCandidate(const TextLine &l, const LineVerdict &v)
{
    if (v.role != Role::Neutral || v.meta || l.frontMatter || l.visibleLength < 10 || !l.headlineLike ||
        l.endsWithColon || l.listItem || l.cues.total > 1 || l.personal > 1) {
        return false;
    }
    return l.words >= 3 || (l.headingLevel == 1 && l.words >= 2);
}

// Removes a trailing image credit and a " | Site" suffix naming the publisher.
QString cleanTitle(QString title, const QString &source)
{
    const qsizetype credit = BoilerplateCues::creditStart(title);
    if (credit > 0) {
        title.truncate(credit);
    }
    static const QRegularExpression siteSuffix(u"\\s+[|]\\s+([^|]{2,40})$"_s, kUnicode);
    if (const auto m = siteSuffix.match(title); m.hasMatch()) {
        const QString site = m.captured(1).trimmed();
        if (site.split(u' ', Qt::SkipEmptyParts).size() <= 4) {
            title.truncate(m.capturedStart());
        }
    } else if (!source.isEmpty()) {
        for (const QString &sep : {u" - "_s, u" – "_s, u" — "_s}) {
            const QString suffix = sep + source;
            if (title.endsWith(suffix, Qt::CaseInsensitive)) {
                title.chop(suffix.size());
            }
        }
    }
    return title.simplified();
}

// A title named by a cue in clutter text: zum Artikel "…", Beitrag „…“, article "…".
QString quotedTitle(const QList<TextLine> &lines)
{
    static const QRegularExpression cue(u"(?:artikel[s]?|beitrag[s]?|beiträge|news|story|article|post|bericht)\\s*(?:"
                                        u"zum\\s+thema\\s*|wie\\s*|zu\\s*|über\\s*|:\\s*)?"
                                        "[„\"“»«‚'‘](?<title>[^„\"“”»«]{10,250}?)[“”\"«»‘’']"_s,
                                        kUnicodeCi);
    for (const TextLine &l : lines) {
        if (const auto m = cue.match(l.visible); m.hasMatch()) {
            return m.captured(u"title").simplified();
        }
    }
    // Failing a cue, a quotation the page repeats several times is its own title.
    static const QRegularExpression quote(u"[„\"“»«](?<title>[^„\"“”»«]{15,250}?)[“”\"«»]"_s, kUnicode);
    QHash<QString, int> counts;
    for (const TextLine &l : lines) {
        for (auto it = quote.globalMatch(l.visible); it.hasNext();) {
            QString t = it.next().captured(u"title").simplified();
            if (++counts[t] >= 3) {
                return t;
            }
        }
    }
    return {};
}

QString frontMatterValue(const QList<TextLine> &lines, const QStringList &keys)
{
    for (const TextLine &l : lines) {
        if (!l.frontMatter) {
            continue;
        }
        const qsizetype colon = l.visible.indexOf(u':');
        if (colon <= 0) {
            continue;
        }
        const QString key = l.visible.left(colon).trimmed().toLower();
        if (keys.contains(key)) {
            QString value = l.visible.mid(colon + 1).trimmed();
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) &&
                value.back() == value.front()) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

// Word stems (first letters, lower case) of the article's prose, to test headlines against.
QString stem(QStringView word)
{
    return word.left(5).toString().toLower();
}

// The words of four letters or digits or more that begin with a letter (\p{L}[\p{L}\p{N}]{3,}), found by code
// point: in each run of letters and digits, from its first letter to its end.
QStringList contentWords(QStringView text)
{
    QStringList out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype wordStart = -1;
        qsizetype codePoints = 0;
        qsizetype end = pos;
        while (end < text.size()) {
            qsizetype width = 1;
            const char32_t c = codePointAt(text, end, &width);
            if (!QChar::isLetterOrNumber(c)) {
                break;
            }
            if (wordStart < 0 && QChar::isLetter(c)) {
                wordStart = end;
            }
            codePoints += wordStart >= 0 ? 1 : 0;
            end += width;
        }
        if (wordStart >= 0 && codePoints >= 4) {
            out << text.sliced(wordStart, end - wordStart).toString();
        }
        // Past the run, or past the one character that is neither.
        pos = end > pos ? end : pos + 1;
    }
    return out;
}

QSet<QString> proseStems(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts)
{
    QSet<QString> stems;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (verdicts[i].role == Role::Prose && verdicts[i].kept) {
            for (const QString &w : contentWords(lines[i].visible)) {
                stems.insert(stem(w));
            }
        }
    }
    return stems;
}

double overlap(const TextLine &line, const QSet<QString> &stems)
{
    const QStringList words = contentWords(line.visible);
    if (words.isEmpty()) {
        return 0.0;
    }
    qsizetype hits = 0;
    for (const QString &w : words) {
        hits += stems.contains(stem(w)) ? 1 : 0;
    }
    return double(hits) / double(words.size());
}

qsizetype firstKeptProse(const QList<LineVerdict> &verdicts)
{
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        if (verdicts[i].role == Role::Prose && verdicts[i].kept) {
            return i;
        }
    }
    return verdicts.size();
}

// Line `upper` comes right before line `lower`, blank lines aside.
bool isDirectlyAbove(const QList<TextLine> &lines, qsizetype upper, qsizetype lower)
{
    for (qsizetype i = upper + 1; i < lower; ++i) {
        if (lines[i].visibleLength > 0) {
            return false;
        }
    }
    return upper < lower;
}

// Title, in order of trust: a Markdown H1 or converted page title, a repeated headline, the first
// headline before the prose, a title quoted by the page's own clutter, a headline right after a
// lead paragraph.
void findTitle(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts, MetadataExtractor::Result &r)
{
    const QString pageTitle = frontMatterValue(lines, {u"title"_s});
    const qsizetype prose = firstKeptProse(verdicts);
    auto take = [&](qsizetype i) {
        r.titleLine = i;
        r.meta.title = cleanTitle(lines[i].visible, r.meta.source);
    };

    qsizetype firstH1 = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].headingLevel == 1 && isTitleCandidate(lines[i], verdicts[i])) {
            if (verdicts[i].kept) {
                take(i);
                return;
            }
            firstH1 = firstH1 < 0 ? i : firstH1;
        }
    }
    if (firstH1 >= 0) {
        take(firstH1);
        return;
    }
    if (!pageTitle.isEmpty()) {
        // The page title often carries the site name; prefer the headline it starts with.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (isTitleCandidate(lines[i], verdicts[i]) && verdicts[i].kept &&
                pageTitle.startsWith(lines[i].visible, Qt::CaseInsensitive)) {
                take(i);
                return;
            }
        }
        r.meta.title = cleanTitle(pageTitle, r.meta.source);
        return;
    }
    // The header: headline candidates before the first paragraph that share words with the
    // article (site slogans and section names do not).
    const QSet<QString> stems = proseStems(lines, verdicts);
    auto relevant = [&](qsizetype i) { return stems.isEmpty() || overlap(lines[i], stems) >= kTitleOverlap; };
    QList<qsizetype> header;
    QList<qsizetype> unrelated;
    qsizetype firstMeta = -1;
    for (qsizetype i = 0; i < prose && i < lines.size(); ++i) {
        if (verdicts[i].meta && firstMeta < 0) {
            firstMeta = i;
        }
        if (isTitleCandidate(lines[i], verdicts[i])) {
            (relevant(i) ? header : unrelated).append(i);
        }
    }
    // Headlines may be worded apart from the text; an unrelated candidate beats none.
    if (header.isEmpty()) {
        header = unrelated;
    }
    // Pages repeat their headline (as image caption, in a share box).
    for (qsizetype i : std::as_const(header)) {
        if (verdicts[i].repeated) {
            take(i);
            return;
        }
    }
    // Above a byline the headline is the candidate nearest to it; kickers and slogans come first. A
    // standfirst (dek) may stand between the headline and the byline: of two candidates on consecutive
    // lines there, the upper one is the headline.
    if (firstMeta >= 0) {
        for (auto it = header.crbegin(); it != header.crend(); ++it) {
            if (*it < firstMeta) {
                const auto above = it + 1;
                take(above != header.crend() && isDirectlyAbove(lines, *above, *it) ? *above : *it);
                return;
            }
        }
    }
    if (!header.isEmpty()) {
        take(header.first());
        return;
    }
    if (QString quoted = quotedTitle(lines); !quoted.isEmpty()) {
        r.meta.title = quoted;
        return;
    }
    int seen = 0;
    for (qsizetype i = 0; i < lines.size() && seen < 3; ++i) {
        if (!verdicts[i].kept) {
            continue;
        }
        ++seen;
        if (isTitleCandidate(lines[i], verdicts[i]) && relevant(i)) {
            take(i);
            return;
        }
    }
}

void findSource(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts, MetadataExtractor::Result &r)
{
    // A dateline in the first paragraphs names the outlet or agency.
    int prose = 0;
    for (qsizetype i = 0; i < lines.size() && prose < 3; ++i) {
        if (verdicts[i].role != Role::Prose) {
            continue;
        }
        ++prose;
        if (const auto m = datelinePattern().match(lines[i].visible); m.hasMatch()) {
            r.meta.source = cleanName(m.captured(u"who"));
            return;
        }
    }
    static const QRegularExpression siteIcon(u"website-icon\\s+(?<who>\\S.{1,60})$"_s, kUnicodeCi);
    for (const TextLine &l : lines) {
        if (const auto m = siteIcon.match(l.visible); m.hasMatch()) {
            r.meta.source = cleanName(m.captured(u"who"));
            return;
        }
    }
    // The credit under the site's own headline image names the site.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString who;
        if (verdicts[i].repeated && BoilerplateCues::creditStart(lines[i].visible, &who) > 0 && !who.isEmpty()) {
            r.meta.source = cleanName(who);
            return;
        }
    }
    static const QRegularExpression copyright(
        u"(?:©|copyright|\\(c\\))\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*(?<who>[\\p{L}\\d][^.|,;]{1,50}?)\\s*(?:[.|,;]|alle\\s+rechte|all\\s+rights|$)"_s,
        kUnicodeCi);
    for (const TextLine &l : lines) {
        if (l.visibleLength > 120) {
            continue;
        }
        if (const auto m = copyright.match(l.visible); m.hasMatch()) {
            r.meta.source = cleanName(m.captured(u"who"));
            return;
        }
    }
    // Any credit that names a web site.
    for (const TextLine &l : lines) {
        QString who;
        if (l.visibleLength < 160 && BoilerplateCues::creditStart(l.visible, &who) >= 0 && who.contains(u'.') &&
            !who.contains(u' ')) {
            r.meta.source = cleanName(who);
            return;
        }
    }
    const QString url = MetadataExtractor::webUrl(frontMatterValue(lines, {u"url source"_s, u"url"_s, u"source"_s}));
    if (!url.isEmpty()) {
        r.meta.url = url;
        QString host = QUrl(url).host();
        if (host.startsWith(u"www."_s)) {
            host.remove(0, 4);
        }
        r.meta.source = host;
    }
}

void findDateAndAuthor(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts, MetadataExtractor::Result &r)
{
    const QString pageDate = frontMatterValue(lines, {u"published time"_s, u"published"_s, u"date"_s});
    if (!pageDate.isEmpty()) {
        r.meta.date = DateParser::toIso(pageDate);
        if (r.meta.date.isEmpty()) {
            r.meta.date = DateParser::findFirst(pageDate);
        }
    }
    r.meta.author = frontMatterValue(lines, {u"author"_s});

    const qsizetype prose = firstKeptProse(verdicts);
    int nonBlank = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const TextLine &l = lines[i];
        if (verdicts[i].role == Role::Blank) {
            continue;
        }
        const bool header = ++nonBlank <= kHeaderLines || i < prose;
        const bool labelled = dateLabelPattern().match(l.visible).hasMatch() && l.visibleLength < 120;
        if (!(header && verdicts[i].meta) && !labelled) {
            continue;
        }
        if (r.meta.date.isEmpty()) {
            r.meta.date = DateParser::toIso(l.visible);
            if (r.meta.date.isEmpty()) {
                r.meta.date = DateParser::findFirst(l.visible);
            }
        }
        if (r.meta.author.isEmpty()) {
            r.meta.author = MetadataExtractor::authorFromByline(l.visible);
        }
    }
    if (r.meta.date.isEmpty()) {
        // A dated dateline opening the article: "PEKING, 11. September 2025 (dpa) – …"
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (verdicts[i].role != Role::Prose) {
                continue;
            }
            const QStringView head = QStringView(lines[i].visible).left(80);
            const qsizetype dash = head.indexOf(u" – "_s) >= 0 ? head.indexOf(u" – "_s) : head.indexOf(u" - "_s);
            qsizetype pos = -1;
            const QString date = DateParser::findFirst(head, &pos);
            // "Shanghai, 8. August 2025. Hua Hong meldete ...": a place and a comma before the date.
            static const QRegularExpression place(u"^\\p{Lu}[\\p{L} .'-]{1,30},\\s*$"_s, kUnicode);
            if (!date.isEmpty() && ((dash > 0 && pos < dash) || (pos > 0 && place.match(head.left(pos)).hasMatch()))) {
                r.meta.date = date;
            }
            break;
        }
    }
}

} // namespace

bool MetadataExtractor::isBylineOrDate(const TextLine &line)
{
    if (line.visibleLength == 0 || line.visibleLength > 120) {
        return false;
    }
    // A bare year on its own line is more often a table cell or a heading than a dateline.
    if (DateParser::toIso(line.visible).size() >= 7) {
        return true;
    }
    if (bylinePattern().match(line.visible).hasMatch() && line.words <= 14) {
        return true;
    }
    // "Ein Bericht von Max Muster, veröffentlicht am 12. September 2025"
    // A name follows the word: "einen Umsatz von 600 Millionen Dollar" in a dated first sentence is prose.
    static const QRegularExpression byWord(u"(?<![\\p{L}])(?:[Vv]on|[Bb]y|[Aa]utor(?:in)?|[Aa]uthor):?\\s+\\p{Lu}"_s,
                                           kUnicode);
    // "11. September 2025 | 3 Min. Lesezeit", "Stand: 11.09.2025, 14:00 Uhr"
    qsizetype pos = -1;
    qsizetype len = 0;
    if (!DateParser::findFirst(line.visible, &pos, &len).isEmpty()) {
        const qsizetype rest = line.visibleLength - len;
        return rest <= 40 || dateLabelPattern().match(line.visible).hasMatch() ||
               (byWord.match(line.visible).hasMatch() && line.words <= 20);
    }
    return false;
}

QString MetadataExtractor::authorFromByline(QStringView line)
{
    if (const auto m = bylinePattern().match(line); m.hasMatch()) {
        return m.captured(u"name").trimmed();
    }
    // A dated byline that names its author further in: "Ein Bericht von Max Muster, 12.09.2025".
    if (line.size() <= 150 && !DateParser::findFirst(line).isEmpty()) {
        static const QRegularExpression inner(
            u"(?<![\\p{L}])(?:von|by)\\s+(?<name>\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3})"_s, kUnicode);
        if (const auto m = inner.match(line); m.hasMatch()) {
            return m.captured(u"name").trimmed();
        }
    }
    return {};
}

QString MetadataExtractor::webUrl(QStringView url)
{
    QString trimmed = url.trimmed().toString();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || parsed.host().isEmpty()) {
        return {};
    }
    return trimmed;
}

MetadataExtractor::Result MetadataExtractor::extract(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts)
{
    Result r;
    findSource(lines, verdicts, r);
    findTitle(lines, verdicts, r);
    findDateAndAuthor(lines, verdicts, r);
    return r;
}

} // namespace Chipwatch::Core
