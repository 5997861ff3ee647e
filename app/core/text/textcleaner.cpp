// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "text/textcleaner.h"

#include "text/boilerplatecues.h"
#include "text/languagedetector.h"
#include "text/metadataextractor.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

Q_LOGGING_CATEGORY(lcCleaner, "chipwatch.core.textcleaner", QtInfoMsg)

namespace {

using Role = LineVerdict::Role;

// A line this long reads as a paragraph rather than a label, button or heading.
constexpr qsizetype kShortLine = 100;
// Article prose has at least this many words in a paragraph.
constexpr int kProseWords = 10;
// After the article, a clutter zone of this many lines ends it unless substantial prose follows.
constexpr int kZoneLines = 3;
// Prose mass (visible characters) below which a resumption after such a zone is clutter too.
constexpr qsizetype kResumptionMass = 400;
// Teaser and comment paragraphs rarely reach this length; article paragraphs often do.
constexpr qsizetype kTeaserLength = 250;
// Runs of this many one-to-three word lines are menus or tag lists.
constexpr int kMenuRun = 3;

struct Context
{
    const QString &text;
    QList<TextLine> &lines;
    QList<LineVerdict> &verdicts;
    bool addressIsClutter = true;
    QStringList authors;
};

bool rawBlank(const QString &text, const TextLine &line)
{
    for (qsizetype i = line.start; i < line.end; ++i) {
        if (!text.at(i).isSpace()) {
            return false;
        }
    }
    return true;
}

// Direct address and first person speak for marketing unless the whole article is written that way.
bool decideAddressIsClutter(const QList<TextLine> &lines)
{
    qsizetype proseMass = 0;
    qsizetype addressMass = 0;
    for (const TextLine &l : lines) {
        if (l.words >= kProseWords && !l.headlineLike) {
            proseMass += l.visibleLength;
            if (l.personal >= 2) {
                addressMass += l.visibleLength;
            }
        }
    }
    return proseMass == 0 || addressMass * 10 < proseMass * 4;
}

bool cuesSayClutter(const TextLine &l, bool addressIsClutter)
{
    const CueScore &c = l.cues;
    if (c.wholeLineChrome || c.strongest >= 3) {
        return true;
    }
    const int personal = addressIsClutter ? std::min(l.personal, 3) : 0;
    if (l.visibleLength < kShortLine) {
        // An exclaiming list item is a teaser link ("- Die besten KI-News kostenlos!").
        const int listBonus = (l.listItem && l.exclamation) ? 1 : 0;
        return c.total + personal + listBonus >= 2;
    }
    if (c.total >= 3 || (c.total >= 2 && personal >= 1)) {
        return true;
    }
    if (!addressIsClutter) {
        return false;
    }
    const double density = l.words > 0 ? double(l.personal) / double(l.words) : 0.0;
    return l.personal >= 3 || (l.personal >= 2 && density >= 0.05);
}

void markRepeats(Context &ctx)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const TextLine &l = ctx.lines[i];
        if (l.words < 2 || l.frontMatter) {
            continue;
        }
        QStringView v = l.visible;
        const qsizetype credit = BoilerplateCues::creditStart(v);
        if (credit > 0) {
            v = v.left(credit);
        }
        const QString key = TextLines::normalised(v);
        if (key.size() < 8) {
            continue;
        }
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            ctx.verdicts[i].repeated = true;
            ctx.verdicts[it.value()].repeated = true;
            ctx.verdicts[i].role = Role::Inline;
            continue;
        }
        seen.insert(key, i);
    }
}

// Names from bylines near the top; a paragraph that starts with one further down is the author box.
void collectAuthors(Context &ctx)
{
    int nonBlank = 0;
    for (const TextLine &l : ctx.lines) {
        if (l.visibleLength == 0) {
            continue;
        }
        if (++nonBlank > 15) {
            break;
        }
        const QString name = MetadataExtractor::authorFromByline(l.visible);
        if (name.contains(u' ')) { // a first name alone would match too much
            ctx.authors.append(name);
        }
    }
}

bool isAuthorBox(const Context &ctx, qsizetype i)
{
    const TextLine &l = ctx.lines[i];
    if (l.visibleLength > 400 || !MetadataExtractor::authorFromByline(l.visible).isEmpty()) {
        return false;
    }
    return std::any_of(ctx.authors.cbegin(), ctx.authors.cend(),
                       [&](const QString &name) { return l.visible.startsWith(name); });
}

void assignRoles(Context &ctx)
{
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const TextLine &l = ctx.lines[i];
        LineVerdict &v = ctx.verdicts[i];
        if (rawBlank(ctx.text, l)) {
            v.role = Role::Blank;
            continue;
        }
        if (v.role == Role::Inline) { // a repeat, already judged
            continue;
        }
        if (l.frontMatter || l.imageOnly) {
            v.role = Role::Inline;
            continue;
        }
        if (l.rule || l.code || l.visibleLength == 0) {
            v.role = Role::Neutral;
            continue;
        }
        // A credit ("Bild: dpa") or a credited caption ("Der neue Chip. (Foto: Hersteller)") belongs to
        // an image, not to the text flow; it neither opens a clutter zone nor separates a heading
        // from its paragraph.
        const qsizetype credit = BoilerplateCues::creditStart(l.visible);
        const bool creditCue = (l.cues.kinds & (1U << unsigned(CueKind::Credit))) != 0;
        if ((credit >= 0 || creditCue) && l.visibleLength < 200 && l.cues.total - 2 < 2 && !l.cues.wholeLineChrome) {
            v.role = Role::Inline;
            continue;
        }
        // Bylines carry separators and reading times that look like chrome; they are judged first.
        if (l.cues.strongest < 3 && MetadataExtractor::isBylineOrDate(l)) {
            v.role = Role::Neutral;
            v.meta = true;
            continue;
        }
        if (cuesSayClutter(l, ctx.addressIsClutter) || isAuthorBox(ctx, i)) {
            v.role = Role::Clutter;
            continue;
        }
        // Mostly link text: navigation, teaser lists, "related articles".
        if (l.links > 0 && l.linkDensity() >= 0.6 && l.visibleLength < 200) {
            v.role = Role::Clutter;
            continue;
        }
        const bool prose =
            !l.headlineLike && l.words >= kProseWords && (l.terminal || l.internalBoundary || l.visibleLength > 200);
        v.role = prose ? Role::Prose : Role::Neutral;
    }
}

// Short news items may have no paragraph of ten words; then their sentences are the prose.
void promoteSentencesWithoutProse(Context &ctx)
{
    if (std::any_of(ctx.verdicts.cbegin(), ctx.verdicts.cend(),
                    [](const LineVerdict &v) { return v.role == Role::Prose; })) {
        return;
    }
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const TextLine &l = ctx.lines[i];
        if (ctx.verdicts[i].role == Role::Neutral && !ctx.verdicts[i].meta && l.terminal && l.words >= 4 &&
            l.cues.total <= 1 && !l.headlineLike) {
            ctx.verdicts[i].role = Role::Prose;
        }
    }
}

bool isMenuWord(const TextLine &l, const LineVerdict &v)
{
    return v.role == Role::Neutral && !v.meta && l.visibleLength > 0 && l.words <= 3 && l.visibleLength <= 30 &&
           !l.terminal && l.headingLevel == 0;
}

void markMenus(Context &ctx)
{
    QList<qsizetype> run;
    auto flush = [&] {
        if (run.size() >= kMenuRun) {
            for (qsizetype i : run) {
                ctx.verdicts[i].role = Role::Clutter;
            }
        }
        run.clear();
    };
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const LineVerdict &v = ctx.verdicts[i];
        if (v.role == Role::Blank) {
            continue;
        }
        if (isMenuWord(ctx.lines[i], v)) {
            run.append(i);
        } else {
            flush();
        }
    }
    flush();
}

// Items of one list belong together: when at least half of them are clutter, all are.
void unifyLists(Context &ctx)
{
    QList<qsizetype> group;
    auto flush = [&] {
        qsizetype clutter = 0;
        for (qsizetype i : group) {
            clutter += ctx.verdicts[i].role == Role::Clutter ? 1 : 0;
        }
        if (group.size() >= 2 && clutter > 0 && clutter * 2 >= group.size()) {
            for (qsizetype i : group) {
                if (ctx.verdicts[i].role != Role::Inline) {
                    ctx.verdicts[i].role = Role::Clutter;
                }
            }
        }
        group.clear();
    };
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const LineVerdict &v = ctx.verdicts[i];
        if (v.role == Role::Blank) {
            continue;
        }
        if (ctx.lines[i].listItem) {
            group.append(i);
        } else {
            flush();
        }
    }
    flush();
}

// A short heading that announces related links, comments or job ads.
bool isSectionOpener(const TextLine &l)
{
    const bool comments = (l.cues.kinds & (1U << unsigned(CueKind::Comments))) != 0;
    return l.words > 0 && l.words <= 6 && !l.listItem && !(l.terminal && !l.exclamation) &&
           (l.cues.sections >= 2 || (comments && l.cues.wholeLineChrome));
}

// After the article, a clutter zone ends it: a little prose between clutter (a site's
// self-description, a comment) does not resume it.
void closeZones(Context &ctx)
{
    struct Run
    {
        qsizetype first = -1;
        qsizetype last = -1;
        qsizetype mass = 0;
        qsizetype longest = 0;
        int prose = 0;
    };

    QList<Run> runs;
    Run current;
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        const Role r = ctx.verdicts[i].role;
        if (r == Role::Clutter) {
            if (current.prose > 0) {
                runs.append(current);
            }
            current = Run();
        } else if (r == Role::Prose) {
            if (current.first < 0) {
                current.first = i;
            }
            current.last = i;
            current.mass += ctx.lines[i].visibleLength;
            current.longest = std::max(current.longest, ctx.lines[i].visibleLength);
            ++current.prose;
        }
    }
    if (current.prose > 0) {
        runs.append(current);
    }
    if (runs.size() < 2) {
        return;
    }
    qsizetype largest = 0;
    for (qsizetype r = 1; r < runs.size(); ++r) {
        if (runs[r].mass > runs[largest].mass) {
            largest = r;
        }
    }
    // Only a zone that holds what follows an article (comment form, job ads, contact box, footer)
    // or a heading announcing such a section ("Mehr zum Thema", "Kommentare") ends it; a
    // newsletter box or advert is inserted into the article and the text resumes after it.
    int zone = 0;
    bool endCues = false;
    bool opened = false;
    qsizetype cursor = runs[largest].last + 1;
    for (qsizetype r = largest + 1; r < runs.size(); ++r) {
        for (qsizetype i = cursor; i < runs[r].first; ++i) {
            if (ctx.verdicts[i].role == Role::Clutter) {
                ++zone;
                endCues = endCues || ctx.lines[i].cues.endOfArticle >= 2;
                opened = opened || isSectionOpener(ctx.lines[i]);
            }
        }
        cursor = runs[r].last + 1;
        const bool ended = opened || (endCues && zone >= kZoneLines);
        // Teasers and comments come as short paragraphs; a resumed article has its usual ones.
        const bool slight = runs[r].mass < kResumptionMass ||
                            (runs[r].longest < kTeaserLength && runs[r].mass * 10 < runs[largest].mass * 3);
        if (ended && slight) {
            for (qsizetype i = runs[r].first; i <= runs[r].last; ++i) {
                if (ctx.verdicts[i].role == Role::Prose) {
                    ctx.verdicts[i].role = Role::Clutter;
                    ++zone;
                }
            }
        } else {
            zone = 0;
            endCues = false;
            opened = false;
        }
    }
}

// A link title in the shape teasers have and section headings do not: a topic, a colon, a headline
// ("Nvidia-Zahlen: Was Anleger jetzt wissen müssen", "Export controls: what the ban means").
bool isTeaserTitle(const TextLine &l)
{
    static const QRegularExpression topicColon(u"^[^:]{2,40}:\\s+\\S+(?:\\s+\\S+){2,}"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    return !l.endsWithColon && topicColon.match(l.visible).hasMatch();
}

// The lines under a teaser heading ("Passend dazu:", "Mehr zum Thema") are link titles up to the
// next paragraph; only the line right above that paragraph may be the article's own heading.
void markTeaserLists(Context &ctx)
{
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        if (ctx.verdicts[i].role != Role::Clutter || !isSectionOpener(ctx.lines[i])) {
            continue;
        }
        QList<qsizetype> titles;
        qsizetype j = i + 1;
        for (; j < ctx.lines.size(); ++j) {
            const LineVerdict &v = ctx.verdicts[j];
            if (v.role == Role::Blank || v.role == Role::Inline) {
                continue;
            }
            if (v.role != Role::Neutral || v.meta) {
                break;
            }
            titles.append(j);
        }
        if (j < ctx.lines.size() && ctx.verdicts[j].role == Role::Prose && !titles.isEmpty() &&
            !isTeaserTitle(ctx.lines[titles.last()])) {
            titles.removeLast();
        }
        for (qsizetype t : std::as_const(titles)) {
            ctx.verdicts[t].role = Role::Clutter;
        }
    }
}

enum class Signal { Prose, Clutter, Edge };

// A lone button-sized clutter line inside the text ("Anzeige", "Teilen") is a point, not a zone.
QList<bool> pointClutter(const Context &ctx)
{
    QList<qsizetype> nonBlank;
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        if (ctx.verdicts[i].role != Role::Blank) {
            nonBlank.append(i);
        }
    }
    QList<bool> point(ctx.lines.size(), false);
    for (qsizetype k = 1; k + 1 < nonBlank.size(); ++k) {
        const qsizetype j = nonBlank[k];
        point[j] = ctx.verdicts[j].role == Role::Clutter && ctx.lines[j].visibleLength < 40 &&
                   ctx.verdicts[nonBlank[k - 1]].role != Role::Clutter &&
                   ctx.verdicts[nonBlank[k + 1]].role != Role::Clutter;
    }
    return point;
}

// For every line, the nearest prose or (zone) clutter line after it, or before it for step -1.
QList<Signal> nearestSignals(const Context &ctx, const QList<bool> &point, int step)
{
    const qsizetype n = ctx.lines.size();
    QList<Signal> out(n, Signal::Edge);
    Signal seen = Signal::Edge;
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype i = step > 0 ? n - 1 - k : k;
        out[i] = seen;
        const Role r = ctx.verdicts[i].role;
        if (r == Role::Prose) {
            seen = Signal::Prose;
        } else if (r == Role::Clutter && !point[i]) {
            seen = Signal::Clutter;
        }
    }
    return out;
}

// A short closing sentence of the article ("Die Aktie gab nach.").
bool isClosingSentence(const TextLine &l)
{
    return l.terminal && !l.exclamation && l.words >= 4 && !l.listItem && l.cues.total <= 1 && l.personal == 0;
}

void resolveNeutral(Context &ctx)
{
    const QList<bool> point = pointClutter(ctx);
    const QList<Signal> next = nearestSignals(ctx, point, 1);
    const QList<Signal> previous = nearestSignals(ctx, point, -1);
    for (qsizetype i = 0; i < ctx.lines.size(); ++i) {
        LineVerdict &v = ctx.verdicts[i];
        switch (v.role) {
        case Role::Prose:
            v.kept = true;
            break;
        case Role::Neutral:
            v.kept = next[i] == Signal::Prose || (previous[i] == Signal::Prose && isClosingSentence(ctx.lines[i]));
            break;
        case Role::Blank:
        case Role::Clutter:
        case Role::Inline:
            v.kept = false;
            break;
        }
    }
}

// The headline starts the article: it stays even when a banner separates it from the first
// paragraph, and site names, section labels and slogans above it go.
void keepHeadline(Context &ctx, qsizetype titleLine)
{
    if (titleLine < 0 || ctx.verdicts[titleLine].role != Role::Neutral) {
        return;
    }
    const auto first = ctx.verdicts.cbegin();
    if (std::any_of(first, first + titleLine, [](const LineVerdict &v) { return v.role == Role::Prose; })) {
        return;
    }
    ctx.verdicts[titleLine].kept = true;
    for (qsizetype i = 0; i < titleLine; ++i) {
        LineVerdict &v = ctx.verdicts[i];
        if (v.role == Role::Neutral && !v.meta) {
            v.kept = false;
        }
    }
}

QList<TextSpan> bodySpans(const QList<TextLine> &lines, const QList<LineVerdict> &verdicts)
{
    QList<TextSpan> spans;
    qsizetype openStart = -1;
    qsizetype openEnd = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineVerdict &v = verdicts[i];
        if (v.role == Role::Blank) {
            continue;
        }
        if (v.kept) {
            if (openStart < 0) {
                openStart = lines[i].start;
            }
            openEnd = lines[i].end;
        } else if (openStart >= 0) {
            spans.append({openStart, openEnd});
            openStart = -1;
        }
    }
    if (openStart >= 0) {
        spans.append({openStart, openEnd});
    }
    return spans;
}

} // namespace

TextFormat TextCleaner::formatForFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return lower.endsWith(u".md"_s) || lower.endsWith(u".markdown"_s) || lower.endsWith(u".mdown"_s)
               ? TextFormat::Markdown
               : TextFormat::Plain;
}

CleanedDocument TextCleaner::clean(const QString &text, TextFormat format, const QString &fileName)
{
    CleanedDocument doc;
    doc.text = text;
    QList<TextLine> lines = TextLines::split(text, format);
    QList<LineVerdict> verdicts(lines.size());
    Context ctx{text, lines, verdicts, decideAddressIsClutter(lines), {}};

    collectAuthors(ctx);
    markRepeats(ctx);
    assignRoles(ctx);
    markMenus(ctx);
    unifyLists(ctx);
    promoteSentencesWithoutProse(ctx);
    closeZones(ctx);
    markTeaserLists(ctx);
    resolveNeutral(ctx);

    MetadataExtractor::Result meta = MetadataExtractor::extract(lines, verdicts);
    keepHeadline(ctx, meta.titleLine);
    doc.body = bodySpans(lines, verdicts);
    doc.meta = meta.meta;
    if (doc.meta.title.isEmpty()) {
        qCDebug(lcCleaner) << "no title found in" << (fileName.isEmpty() ? u"<text>"_s : fileName);
    }
    doc.meta.language = LanguageDetector::detect(doc.bodyText());
    if (doc.meta.language.isEmpty()) {
        doc.meta.language = LanguageDetector::detect(text);
    }
    if (lcCleaner().isDebugEnabled()) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (verdicts[i].role != Role::Blank) {
                qCDebug(lcCleaner).noquote()
                    << i + 1 << int(verdicts[i].role) << verdicts[i].kept << lines[i].visible.left(60);
            }
        }
    }
    return doc;
}

} // namespace Chipwatch::Core
