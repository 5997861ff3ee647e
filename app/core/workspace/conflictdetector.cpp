// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "workspace/conflictdetector.h"

#include "storage/analysisstore.h"
#include "storage/library.h"
#include "workspace/currencyrates.h"
#include "workspace/valueformat.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

struct NumberWord
{
    QStringView word;
    int value;
};

// Ordinal stems take an ending (achte, achten, achter, achtes, achtem); longer stems first so that
// "achtzehnt" is not read as "acht".
constexpr NumberWord kGermanOrdinals[] = {
    {u"dreizehnt", 13}, {u"vierzehnt", 14}, {u"fünfzehnt", 15}, {u"sechzehnt", 16}, {u"siebzehnt", 17},
    {u"achtzehnt", 18}, {u"neunzehnt", 19}, {u"zwanzigst", 20}, {u"siebent", 7},    {u"zweit", 2},
    {u"dritt", 3},      {u"viert", 4},      {u"fünft", 5},      {u"sechst", 6},     {u"zwölft", 12},
    {u"neunt", 9},      {u"zehnt", 10},     {u"erst", 1},       {u"siebt", 7},      {u"acht", 8},
    {u"elft", 11},
};
constexpr NumberWord kGermanCardinals[] = {
    {u"zwei", 2},      {u"drei", 3},      {u"vier", 4},      {u"fünf", 5},      {u"sechs", 6},
    {u"sieben", 7},    {u"acht", 8},      {u"neun", 9},      {u"zehn", 10},     {u"elf", 11},
    {u"zwölf", 12},    {u"dreizehn", 13}, {u"vierzehn", 14}, {u"fünfzehn", 15}, {u"sechzehn", 16},
    {u"siebzehn", 17}, {u"achtzehn", 18}, {u"neunzehn", 19}, {u"zwanzig", 20},
};
constexpr NumberWord kEnglishOrdinals[] = {
    {u"first", 1},      {u"second", 2},       {u"third", 3},       {u"fourth", 4},      {u"fifth", 5},
    {u"sixth", 6},      {u"seventh", 7},      {u"eighth", 8},      {u"ninth", 9},       {u"tenth", 10},
    {u"eleventh", 11},  {u"twelfth", 12},     {u"thirteenth", 13}, {u"fourteenth", 14}, {u"fifteenth", 15},
    {u"sixteenth", 16}, {u"seventeenth", 17}, {u"eighteenth", 18}, {u"nineteenth", 19}, {u"twentieth", 20},
};
constexpr NumberWord kEnglishCardinals[] = {
    {u"two", 2},        {u"three", 3},     {u"four", 4},      {u"five", 5},     {u"six", 6},
    {u"seven", 7},      {u"eight", 8},     {u"nine", 9},      {u"ten", 10},     {u"eleven", 11},
    {u"twelve", 12},    {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15}, {u"sixteen", 16},
    {u"seventeen", 17}, {u"eighteen", 18}, {u"nineteen", 19}, {u"twenty", 20},
};

template <size_t N>
QString alternation(const NumberWord (&words)[N])
{
    QStringList out;
    for (const NumberWord &w : words) {
        out << w.word.toString();
    }
    return out.join(u'|');
}

// The number a matched ordinal or cardinal stands for; 0 when it is none.
int numberOf(const QString &matched)
{
    const QString word = matched.toLower();
    static const QRegularExpression digits(u"^(\\d{1,2})"_s);
    if (const QRegularExpressionMatch m = digits.match(word); m.hasMatch()) {
        return m.captured(1).toInt();
    }
    for (const NumberWord &w : kEnglishOrdinals) {
        if (word == w.word) {
            return w.value;
        }
    }
    for (const NumberWord &w : kEnglishCardinals) {
        if (word == w.word) {
            return w.value;
        }
    }
    for (const NumberWord &w : kGermanCardinals) {
        if (word == w.word) {
            return w.value;
        }
    }
    for (const NumberWord &w : kGermanOrdinals) {
        if (word.startsWith(w.word) && word.size() - w.word.size() <= 2) {
            return w.value;
        }
    }
    return 0;
}

QString unitOf(const QString &matched)
{
    const QString word = matched.toLower();
    if (word.startsWith(u"quart")) {
        return u"quarter"_s;
    }
    if (word.startsWith(u"mon")) {
        return u"month"_s;
    }
    if (word.startsWith(u"jahr") || word.startsWith(u"year")) {
        return u"year"_s;
    }
    return u"week"_s;
}

double unitMonths(const QString &unit)
{
    if (unit == u"quarter") {
        return 3;
    }
    if (unit == u"year") {
        return 12;
    }
    if (unit == u"week") {
        return 12.0 / 52;
    }
    return 1;
}

const QList<QRegularExpression> &streakPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        const QString deOrdinal = u"(?<n>(?:%1)(?:e|en|er|es|em)|\\d{1,2}\\.)"_s.arg(alternation(kGermanOrdinals));
        const QString deCardinal = u"(?<n>%1|\\d{1,2})"_s.arg(alternation(kGermanCardinals));
        const QString deUnit = u"(?<u>Quartals?|Monats?|Jahr(?:es|s)?|Woche)"_s;
        const QString deUnits = u"(?<u>Quartalen?|Quartale|Monaten?|Jahren?|Wochen)"_s;
        const QString deAdjective = u"aufeinanderfolgenden?[mrs]?"_s;
        const QString deTail = u"(?:in\\s+Folge|in\\s+Serie|hintereinander|nacheinander)"_s;
        const QString enOrdinal = u"(?<n>%1|\\d{1,2}(?:st|nd|rd|th))"_s.arg(alternation(kEnglishOrdinals));
        const QString enCardinal = u"(?<n>%1|\\d{1,2})"_s.arg(alternation(kEnglishCardinals));
        const QString enUnit = u"(?<u>quarter|month|year|week)"_s;
        const QString enUnits = u"(?<u>quarters|months|years|weeks)"_s;
        const QString enAdjective = u"(?:straight|consecutive|successive)"_s;
        const QString enTail = u"(?:in\\s+a\\s+row|running)"_s;
        const QStringList sources = {
            // im achten Quartal in Folge, das achte aufeinanderfolgende Quartal in Folge
            u"\\b%1\\s+(?:%2\\s+)?%3\\s+%4"_s.arg(deOrdinal, deAdjective, deUnit, deTail),
            // das achte aufeinanderfolgende Quartal
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(deOrdinal, deAdjective, deUnit),
            // acht Quartale in Folge, seit acht aufeinanderfolgenden Quartalen
            u"\\b%1\\s+(?:%2\\s+)?%3\\s+%4"_s.arg(deCardinal, deAdjective, deUnits, deTail),
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(deCardinal, deAdjective, deUnits),
            // the third straight quarter, the 8th consecutive month
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(enOrdinal, enAdjective, enUnit),
            // the eighth quarter in a row
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(enOrdinal, enUnit, enTail),
            // eight straight quarters, eight quarters in a row
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(enCardinal, enAdjective, enUnits),
            u"\\b%1\\s+%2\\s+%3\\b"_s.arg(enCardinal, enUnits, enTail),
        };
        QList<QRegularExpression> out;
        for (const QString &s : sources) {
            out << QRegularExpression(s, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
        }
        return out;
    }();
    return patterns;
}

// The clause around [start, end) of `sentence`: between the nearest separators (, ; : and dashes).
QStringView clauseAround(QStringView sentence, qsizetype start, qsizetype end)
{
    auto separator = [](QChar c) {
        return c == u',' || c == u';' || c == u':' || c == u'\u2013' || c == u'\u2014' || c == u'(' || c == u')';
    };
    qsizetype from = start;
    while (from > 0 && !separator(sentence.at(from - 1))) {
        --from;
    }
    qsizetype to = end;
    while (to < sentence.size() && !separator(sentence.at(to))) {
        ++to;
    }
    return sentence.mid(from, to - from);
}

QDate dateOf(const QString &iso)
{
    static const QRegularExpression re(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"_s);
    const QRegularExpressionMatch m = re.match(iso);
    if (!m.hasMatch() || !m.hasCaptured(2)) {
        return {}; // a bare year is too vague to measure elapsed months
    }
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.hasCaptured(3) ? m.captured(3).toInt() : 1);
}

double monthsBetween(const QString &a, const QString &b)
{
    const QDate da = dateOf(a);
    const QDate db = dateOf(b);
    if (!da.isValid() || !db.isValid()) {
        return 0;
    }
    return std::abs(double(da.daysTo(db))) / 30.44;
}

ConflictSource sourceOf(const FactRecord &f)
{
    ConflictSource s;
    s.source = f.source();
    s.articleTitle = f.articleTitle.isEmpty() ? f.articleFile : f.articleTitle;
    s.articleDate = f.articleDate;
    s.sentenceText = f.sentenceText;
    s.value = f.value;
    s.unit = f.unit;
    return s;
}

} // namespace

QString FactConflict::describe() const
{
    QStringList sides;
    for (const ConflictSource &s : sources) {
        const QString what = kind == Kind::Streak ? u"\u201e"_s + s.phrase + u"\u201c"_s : formatValue(s.value, s.unit);
        sides << u"%1 (%2)"_s.arg(what, s.articleTitle);
    }
    QString head = subject + u", "_s + metricLabel(metric);
    if (kind == Kind::Value && !period.isEmpty()) {
        head += u", "_s + period;
    }
    return head + u": "_s + sides.join(u" / "_s);
}

ConflictDetector::ConflictDetector(Library &library, const CurrencyRates *rates)
    : m_library(library)
    , m_rates(rates)
{}

QList<FactConflict> ConflictDetector::detect(const std::optional<QList<qint64>> &articleIds) const
{
    QList<FactConflict> out = valueConflicts(loadFacts(m_library, articleIds));
    out << streakConflicts(articleIds);
    return out;
}

QList<FactConflict> ConflictDetector::valueConflicts(const QList<FactRecord> &facts) const
{
    // Claims by (subject, metric, period). "other" is no quantity two articles could disagree on.
    QHash<QString, QList<QList<FactRecord>>> groups;
    QStringList order;
    for (const QList<FactRecord> &claim : groupClaims(facts)) {
        const FactRecord &f = claim.first();
        if (f.metric == u"other" || f.subject.isEmpty()) {
            continue;
        }
        const QString key = f.subject + u'\x1f' + f.metric + u'\x1f' + effectivePeriod(f);
        if (!groups.contains(key)) {
            order << key;
        }
        groups[key].append(claim);
    }

    // Two claims compared in a unit both state, else converted from one currency to the other.
    auto compare = [this](const QList<FactRecord> &a, const QList<FactRecord> &b, bool *comparable) {
        for (const FactRecord &x : a) {
            for (const FactRecord &y : b) {
                if (x.unit == y.unit) {
                    *comparable = true;
                    return valuesAgree(x.value, y.value);
                }
            }
        }
        if (m_rates && isCurrencyCode(a.first().unit) && isCurrencyCode(b.first().unit)) {
            bool ok = false;
            const double converted = m_rates->convert(a.first().value, a.first().unit, b.first().unit, &ok);
            *comparable = ok;
            return !ok || valuesAgree(converted, b.first().value);
        }
        *comparable = false;
        return true;
    };

    QList<FactConflict> out;
    for (const QString &key : std::as_const(order)) {
        const QList<QList<FactRecord>> &claims = groups[key];
        bool disagree = false;
        for (qsizetype i = 0; i < claims.size() && !disagree; ++i) {
            for (qsizetype j = i + 1; j < claims.size() && !disagree; ++j) {
                if (claims.at(i).first().articleId == claims.at(j).first().articleId &&
                    claims.at(i).first().articleFile == claims.at(j).first().articleFile) {
                    continue; // one article's several figures are not a disagreement
                }
                bool comparable = false;
                disagree = !compare(claims.at(i), claims.at(j), &comparable) && comparable;
            }
        }
        if (!disagree) {
            continue;
        }
        const FactRecord &first = claims.first().first();
        FactConflict c;
        c.kind = FactConflict::Kind::Value;
        c.subject = first.subject;
        c.metric = first.metric;
        c.period = effectivePeriod(first);
        c.unit = first.unit;
        for (const QList<FactRecord> &claim : claims) {
            // The value in the conflict's unit where the claim states it, else its first value converted.
            const auto same =
                std::find_if(claim.cbegin(), claim.cend(), [&c](const FactRecord &f) { return f.unit == c.unit; });
            ConflictSource s = sourceOf(same != claim.cend() ? *same : claim.first());
            if (s.unit == c.unit) {
                s.comparableValue = s.value;
            } else if (m_rates) {
                bool ok = false;
                const double converted = m_rates->convert(s.value, s.unit, c.unit, &ok);
                s.comparableValue = ok ? converted : 0;
            }
            c.sources.append(s);
        }
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const FactConflict &a, const FactConflict &b) {
        return a.subject.compare(b.subject, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QList<StreakPhrase> ConflictDetector::findStreaks(QStringView text)
{
    QList<StreakPhrase> found;
    for (const QRegularExpression &re : streakPatterns()) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const TextSpan span{m.capturedStart(), m.capturedEnd()};
            const bool overlaps = std::any_of(found.cbegin(), found.cend(), [&span](const StreakPhrase &p) {
                return span.start < p.span.end && p.span.start < span.end;
            });
            const int count = numberOf(m.captured(u"n"));
            if (!overlaps && count > 0) {
                found.append({span, count, unitOf(m.captured(u"u"))});
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const StreakPhrase &a, const StreakPhrase &b) { return a.span.start < b.span.start; });
    return found;
}

QString ConflictDetector::streakMetric(QStringView text)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList revenueParts = {u"umsatz"_s,  u"umsätz"_s, u"erlös"_s,   u"einnahme"_s,
                                             u"revenue"_s, u"sales"_s,  u"turnover"_s};
    static const QStringList growthParts = {u"wachstum"_s,  u"wuchs"_s, u"gewachsen"_s, u"zuwachs"_s, u"steiger"_s,
                                            u"gestiegen"_s, u"stieg"_s, u"zugelegt"_s,  u"legte"_s,   u"grew"_s,
                                            u"growth"_s,    u"grow"_s,  u"rose"_s,      u"increase"_s};
    static const QStringList profitParts = {u"gewinn"_s, u"profit"_s, u"earning"_s, u"überschuss"_s};
    static const QStringList lossParts = {u"verlust"_s, u"loss"_s};
    bool revenue = false;
    bool growth = false;
    bool profit = false;
    bool loss = false;
    auto has = [](const QString &w, const QStringList &parts) {
        return std::any_of(parts.cbegin(), parts.cend(), [&w](const QString &p) { return w.contains(p); });
    };
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0).toLower();
        revenue = revenue || has(w, revenueParts);
        growth = growth || has(w, growthParts);
        profit = profit || has(w, profitParts);
        loss = loss || has(w, lossParts);
    }
    if (revenue) {
        return growth ? u"revenue_growth"_s : u"revenue"_s;
    }
    if (profit) {
        return growth ? u"profit_growth"_s : u"profit"_s;
    }
    if (loss) {
        return u"loss"_s;
    }
    return {};
}

QList<FactConflict> ConflictDetector::streakConflicts(const std::optional<QList<qint64>> &articleIds) const
{
    struct Streak
    {
        qint64 articleId;
        QString subject;
        QString metric;
        double months;
        double unit;
        ConflictSource source;
    };

    QList<Streak> streaks;
    const AnalysisStore store(m_library);
    for (qint64 id : articleIds ? *articleIds : m_library.articleIds()) {
        const auto analysis = store.analysis(id);
        const auto article = analysis ? m_library.article(id) : std::nullopt;
        if (!article) {
            continue;
        }
        const QString &text = article->document.text;
        const QList<Sentence> &sentences = analysis->sentences;
        for (qsizetype si = 0; si < sentences.size(); ++si) {
            const TextSpan sentence = sentences.at(si).span;
            const QStringView sentenceText = QStringView(text).mid(sentence.start, sentence.length());
            for (const StreakPhrase &phrase : findStreaks(sentenceText)) {
                QString metric = streakMetric(clauseAround(sentenceText, phrase.span.start, phrase.span.end));
                if (metric.isEmpty()) {
                    metric = streakMetric(sentenceText);
                }
                if (metric.isEmpty()) {
                    continue;
                }
                // The company nearest before the phrase in the sentence, else after it, else the last company of
                // the two sentences before.
                const qsizetype at = sentence.start + phrase.span.start;
                const EntityMention *subject = nullptr;
                for (const EntityMention &m : analysis->entities) {
                    if (m.type != EntityType::Company || m.span.start < sentence.start || m.span.end > sentence.end) {
                        continue;
                    }
                    if (m.span.end <= at) {
                        subject = &m;
                    } else if (!subject) {
                        subject = &m;
                        break;
                    }
                }
                for (qsizetype back = si - 1; !subject && back >= 0 && back >= si - 2; --back) {
                    const TextSpan previous = sentences.at(back).span;
                    for (const EntityMention &m : analysis->entities) {
                        if (m.type == EntityType::Company && m.span.start >= previous.start &&
                            m.span.end <= previous.end) {
                            subject = &m;
                        }
                    }
                }
                if (!subject) {
                    continue;
                }
                ConflictSource s;
                s.source = {id, sentence};
                s.articleTitle = article->document.meta.title.isEmpty() ? article->filePath.section(u'/', -1)
                                                                        : article->document.meta.title;
                s.articleDate = article->document.meta.date;
                s.sentenceText = sentenceText.trimmed().toString();
                s.phrase = sentenceText.mid(phrase.span.start, phrase.span.length()).toString();
                s.streakCount = phrase.count;
                s.streakUnit = phrase.unit;
                streaks.append({id, subject->canonical, metric, phrase.count * unitMonths(phrase.unit),
                                unitMonths(phrase.unit), s});
            }
        }
    }

    QList<FactConflict> out;
    QSet<qsizetype> used;
    for (qsizetype i = 0; i < streaks.size(); ++i) {
        if (used.contains(i)) {
            continue;
        }
        const Streak &a = streaks.at(i);
        QList<qsizetype> group{i};
        bool disagree = false;
        for (qsizetype j = i + 1; j < streaks.size(); ++j) {
            const Streak &b = streaks.at(j);
            if (used.contains(j) || b.subject != a.subject || b.metric != a.metric) {
                continue;
            }
            group << j;
            for (qsizetype k : std::as_const(group)) {
                const Streak &c = streaks.at(k);
                if (c.articleId == b.articleId) {
                    continue;
                }
                const double tolerance = std::max(0.0, std::max(b.unit, c.unit) - 1) +
                                         monthsBetween(b.source.articleDate, c.source.articleDate);
                disagree = disagree || std::abs(b.months - c.months) > tolerance + 1e-9;
            }
        }
        for (qsizetype k : std::as_const(group)) {
            used.insert(k);
        }
        if (!disagree) {
            continue;
        }
        FactConflict c;
        c.kind = FactConflict::Kind::Streak;
        c.subject = a.subject;
        c.metric = a.metric;
        for (qsizetype k : std::as_const(group)) {
            c.sources.append(streaks.at(k).source);
        }
        out.append(c);
    }
    return out;
}

} // namespace Chipwatch::Core
