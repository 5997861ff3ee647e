// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/statementparser.h"

#include "analysis/textcontext.h"
#include "analysis/triggerlexicon.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

using namespace Trigger;

// The metric a trigger names on its own, most specific first ("Umsatzziel" is a target,
// "Umsatzsteuer" a levy, "Umsatzwachstum" revenue growth).
QString metricFor(quint32 flags)
{
    if (flags & Target) {
        return u"target"_s;
    }
    if (flags & Levy) {
        return u"levy"_s;
    }
    if (flags & Tariff) {
        return u"tariff"_s;
    }
    if (flags & MarketShare) {
        return u"market_share"_s;
    }
    if (flags & Valuation) {
        return u"valuation"_s;
    }
    if (flags & Ipo) {
        return u"ipo_volume"_s;
    }
    if (flags & Funding) {
        return u"funding"_s;
    }
    if (flags & Investment) {
        return u"investment"_s;
    }
    if (flags & Loss) {
        return u"loss"_s;
    }
    if (flags & Profit) {
        return flags & Change ? u"profit_growth"_s : u"profit"_s;
    }
    if (flags & Revenue) {
        return flags & Change ? u"revenue_growth"_s : u"revenue"_s;
    }
    return {};
}

bool isChangeMetric(const QString &metric)
{
    return metric.endsWith(u"_growth") || metric == u"share_price_change";
}

// Metrics whose subject may be a country or an organisation rather than a company.
bool allowsNonCompany(const QString &metric)
{
    return metric == u"tariff" || metric == u"target" || metric == u"investment";
}

// Tokens allowed between the two amounts of one claim: "380 Milliarden Yuan (rund 53 Milliarden US-Dollar)".
const QStringView kPairGlue[] = {
    u"(",          u")",      u",",      u"bzw",   u".",      u"oder",   u"or",      u"umgerechnet",
    u"rund",       u"etwa",   u"ca",     u"circa", u"about",  u"around", u"roughly", u"approximately",
    u"equivalent", u"to",     u"knapp",  u"fast",  u"gut",    u"mehr",   u"als",     u"über",
    u"some",       u"nearly", u"almost", u"–",     u"-",      u"/",      u"=",       u"≈",
    u"approx",     u"i",      u"e",      u"also",  u"sprich", u"damit",  u"was",     u"entspricht"};

const QStringView kOrdinalWords[][5] = {
    {u"ersten", u"erste", u"first", u"erstes", u"1st"},
    {u"zweiten", u"zweite", u"second", u"zweites", u"2nd"},
    {u"dritten", u"dritte", u"third", u"drittes", u"3rd"},
    {u"vierten", u"vierte", u"fourth", u"viertes", u"4th"},
};

const QStringView kMonths[][3] = {
    {u"januar", u"january", u"jan"},  {u"februar", u"february", u"feb"},  {u"märz", u"march", u"mar"},
    {u"april", u"april", u"apr"},     {u"mai", u"may", u"may"},           {u"juni", u"june", u"jun"},
    {u"juli", u"july", u"jul"},       {u"august", u"august", u"aug"},     {u"september", u"september", u"sep"},
    {u"oktober", u"october", u"oct"}, {u"november", u"november", u"nov"}, {u"dezember", u"december", u"dec"},
};

// Words between a preposition and its figure that qualify the figure: "um rund 39 Prozent", "by more than 5%".
const QStringView kQualifierWords[] = {
    u"rund",   u"etwa",    u"gut",  u"knapp",   u"fast",   u"mehr",  u"als",           u"über",
    u"unter",  u"circa",   u"ca",   u"beinahe", u"nahezu", u"about", u"around",        u"roughly",
    u"nearly", u"almost",  u"some", u"more",    u"than",   u"over",  u"approximately", u"just",
    u"less",   u"weniger", u"bis",  u"zu",      u"up",     u"exakt", u"exactly",       u"insgesamt"};

const QStringView kConditionals[] = {u"wenn", u"falls", u"if", u"unless", u"should", u"sollte", u"sollten"};
// Tokens (words and signs) beyond which a sentence is not parsed for facts.
constexpr qsizetype kMaxSentenceTokens = 600;

const QStringView kJoint[] = {u"zusammen", u"gemeinsam", u"together", u"combined", u"jointly"};

// A period as the facts state it.
struct Period
{
    int year = 0;
    char kind = 'Y'; // Y year, H half, Q quarter, N the first nine months
    int n = 0;
    bool fiscal = false;
    bool assumed = false; // the year is not the text's but taken from an assumed article date

    bool valid() const { return year > 0; }

    QString label() const
    {
        if (!valid()) {
            return {};
        }
        QString s = (assumed ? u"\u2248 "_s : QString()) + (fiscal ? u"FY"_s : QString()) + QString::number(year);
        switch (kind) {
        case 'H':
            return s + u"-H"_s + QString::number(n);
        case 'Q':
            return s + u"-Q"_s + QString::number(n);
        case 'N':
            return s + u"-9M"_s;
        default:
            return s;
        }
    }

    Period previousYear() const
    {
        Period p = *this;
        --p.year;
        return p;
    }

    Period previousQuarter() const
    {
        Period p = *this;
        if (kind == 'Q') {
            p.n = n == 1 ? 4 : n - 1;
            p.year = n == 1 ? year - 1 : year;
        } else if (kind == 'H') {
            p.n = n == 1 ? 2 : 1;
            p.year = n == 1 ? year - 1 : year;
        } else {
            --p.year;
        }
        return p;
    }

    Period nextQuarter() const
    {
        Period p = *this;
        if (kind == 'Q') {
            p.n = n == 4 ? 1 : n + 1;
            p.year = n == 4 ? year + 1 : year;
        }
        return p;
    }
};

// A period expression in a sentence.
struct PeriodMention
{
    enum Relation { Absolute, PreviousYear, PreviousQuarter };

    qsizetype first = 0;
    qsizetype end = 0; // exclusive
    Relation relation = Absolute;
    Period period;          // for Absolute; year 0 when the text leaves the year to the context
    bool needsYear = false; // "im zweiten Quartal": the year comes from the context
    bool current = false;   // "das laufende Quartal": the quarter after the one reported
    bool weak = false;      // a month or a day: dates the sentence, but is no reporting period
    bool base = false;      // the other side of a comparison: "mehr als im ersten Quartal", "compared with 2024"
    bool opening = false;   // opens its sentence ("Im dritten Quartal ..."): sets the period of what follows
    bool same = false;      // "im selben Quartal", "for the same period": the period of the statement before
};

PeriodMention mentionAt(qsizetype first, qsizetype end, PeriodMention::Relation relation = PeriodMention::Absolute)
{
    PeriodMention m;
    m.first = first;
    m.end = end;
    m.relation = relation;
    return m;
}

struct FigureTokens
{
    qsizetype index; // into the figure list
    qsizetype first;
    qsizetype end; // exclusive; covers a paired second currency too
    qsizetype pair = -1;
};

struct Cue
{
    qsizetype token;
    quint32 flags;
};

} // namespace

class StatementParser::Impl
{
public:
    Impl(const TextContext &ctx, const QList<Figure> &figures, const PeriodContext &dating, const QString &language,
         const TriggerLexicon &lexicon)
        : m_ctx(ctx)
        , m_figures(figures)
        , m_language(language)
        , m_lexicon(lexicon)
        , m_fiscalYearEnds(dating.fiscalYearEnds)
        , m_articleYear(dating.articleDate.left(4).toInt())
        , m_articleMonth(dating.articleDate.size() >= 7 ? dating.articleDate.mid(5, 2).toInt() : 0)
    {
        // An undated article is dated by the year it names most often (the later one of equals; plans for later
        // years are named less often than the year reported): "im dritten Quartal" is then that year's.
        if (m_articleYear <= 0) {
            QHash<int, int> count;
            for (const Figure &f : figures) {
                if (f.type == FigureType::Date && f.value >= 1990 && f.value <= 2040) {
                    ++count[int(f.value)];
                }
            }
            int best = 0;
            for (auto it = count.cbegin(); it != count.cend(); ++it) {
                if (best == 0 || it.value() > count.value(best) ||
                    (it.value() == count.value(best) && it.key() > best)) {
                    best = it.key();
                }
            }
            m_articleYear = best;
        }
        // An article that names no year either ("im zweiten Quartal ... im Vorjahreszeitraum", a wire without a
        // dateline) is dated by what it was loaded with; its periods then say that their year is assumed.
        if (m_articleYear <= 0 && dating.assumedDate.left(4).toInt() > 0) {
            m_articleYear = dating.assumedDate.left(4).toInt();
            m_articleMonth = dating.assumedDate.size() >= 7 ? dating.assumedDate.mid(5, 2).toInt() : 0;
            m_dateAssumed = true;
        }
    }

    void parseSentence(qsizetype sentence, const QList<qsizetype> &figures, QList<Fact> *out,
                       QList<FigureStatement> *statements);

    const TextContext &m_ctx;
    const QList<Figure> &m_figures;
    QString m_language;
    const TriggerLexicon &m_lexicon;
    const QHash<QString, int> &m_fiscalYearEnds;
    int m_articleYear;
    int m_articleMonth;
    bool m_dateAssumed = false;
    mutable QHash<QStringView, quint32> m_cueCache;     // an article repeats its words
    mutable QHash<qsizetype, qsizetype> m_salientCache; // sentence -> salient company
    Period m_running;                                   // the period the text is about so far
    qsizetype m_runningOwner = -1; // the entity it was stated for, or -1 when it frames the whole text
    qsizetype m_lastFactSentence = -1;
    qsizetype m_lastFactEntity = -1;
    QString m_lastFactMetric;
    QString m_lastFactPeriod;
    Period m_lastFactPeriodValue;
    qsizetype m_lastIpoSentence = -1; // the last sentence naming a listing

    struct Subject
    {
        qsizetype entity = -1;
        double confidence = 0;
        QString how;
    };

    quint32 cueFlags(qsizetype token) const;

    quint32 m_lexiconFlags(qsizetype token) const { return cueFlags(token); }

    int distance(const FigureTokens &f, qsizetype token) const;
    int figuresBetween(const FigureTokens &f, qsizetype token, const QList<FigureTokens> &all) const;
    bool allowedSubject(qsizetype entity, const QString &metric) const;
    Subject attachedSubject(qsizetype cue, const QString &metric, const FigureTokens &f) const;
    Subject subjectFor(qsizetype sentence, const FigureTokens &f, qsizetype cue, const QString &metric) const;
    qsizetype salientCompany(qsizetype sentence) const;
    qsizetype computeSalientCompany(qsizetype sentence) const;
    bool deniedHypothetical(qsizetype sentence, int clause) const;
    bool mentionsCompany(qsizetype sentence) const;
    bool clauseHasWord(qsizetype sentence, int clause, QStringView word) const;
    QList<PeriodMention> periodMentions(qsizetype sentence) const;
    Period resolve(const PeriodMention &m, qsizetype sentence) const;
    int fiscalYearEndFor(qsizetype sentence) const;
    bool isCoordinated(qsizetype entity) const;

    // The token before figure token k, skipping words that qualify the figure ("um rund 39 Prozent").
    qsizetype wordBefore(qsizetype k) const
    {
        qsizetype b = k - 1;
        for (int i = 0;
             i < 3 && (m_ctx.isSymbol(b, u'.') || (m_ctx.isWord(b) && inList(m_ctx.tokenText(b), kQualifierWords)));
             ++i) {
            // "um rund" or "by more than": stop at the preposition itself.
            if (m_ctx.wordIs(b, u"um") || m_ctx.wordIs(b, u"by") || m_ctx.wordIs(b, u"auf") || m_ctx.wordIs(b, u"to")) {
                break;
            }
            --b;
        }
        return b;
    }

    // Whether text position pos lies in a date with a month or a day ("April 9, 2025", "28.08.2025").
    bool inCalendarDate(qsizetype pos) const
    {
        for (const Figure &f : m_figures) {
            if (f.type == FigureType::Date && f.isoDate.size() >= 7 && f.span.contains(pos)) {
                return true;
            }
        }
        return false;
    }
};

quint32 StatementParser::Impl::cueFlags(qsizetype token) const
{
    const QStringView surface = m_ctx.tokenText(token);
    const auto it = m_cueCache.constFind(surface);
    if (it != m_cueCache.cend()) {
        return it.value();
    }
    const quint32 flags = m_lexicon.classify(surface.toString().toLower(), m_language);
    m_cueCache.insert(surface, flags);
    return flags;
}

int StatementParser::Impl::distance(const FigureTokens &f, qsizetype token) const
{
    if (token < f.first) {
        return m_ctx.wordNumber(f.first) - m_ctx.wordNumber(token);
    }
    return m_ctx.wordNumber(token) - m_ctx.wordNumber(f.end - 1);
}

int StatementParser::Impl::figuresBetween(const FigureTokens &f, qsizetype token, const QList<FigureTokens> &all) const
{
    int n = 0;
    for (const FigureTokens &o : all) {
        if (o.index == f.index) {
            continue;
        }
        // "steigerte den Umsatz um 56 Prozent auf 46,7 Milliarden", "revenue rose 5% to 247.8 billion": the
        // change between a metric word and the new level belongs to the same statement.
        // So does the base of "von 26,2 Milliarden auf 41,1 Milliarden".
        const qsizetype fb = wordBefore(f.first);
        const qsizetype ob = wordBefore(o.first);
        const bool toLevel = m_ctx.wordIs(fb, u"auf") || m_ctx.wordIs(fb, u"to");
        const bool changeAmount = toLevel && ((m_figures[o.index].type == FigureType::Percent &&
                                               (m_ctx.wordIs(ob, u"um") || m_ctx.wordIs(ob, u"by") ||
                                                (m_ctx.isWord(ob) && (m_lexiconFlags(ob) & Change)))) ||
                                              m_ctx.wordIs(ob, u"von") || m_ctx.wordIs(ob, u"from"));
        // "750 Millionen Dollar bei einer Bewertung von 6,9 Milliarden eingesammelt": a figure that completes a noun
        // ("Bewertung von X") is an attachment inside the statement, not a statement of its own between.
        const bool attachment = (m_ctx.wordIs(ob, u"von") || m_ctx.wordIs(ob, u"of")) && m_ctx.isWord(ob - 1) &&
                                (cueFlags(ob - 1) & Measure) && token >= o.end;
        if (changeAmount || attachment) {
            continue;
        }
        if ((token < f.first && o.first > token && o.end <= f.first) ||
            (token >= f.end && o.first >= f.end && o.first < token)) {
            ++n;
        }
    }
    return n;
}

bool StatementParser::Impl::allowedSubject(qsizetype entity, const QString &metric) const
{
    const EntityMention &m = m_ctx.entities()[entity];
    if (m.type == EntityType::Company) {
        return true;
    }
    if ((m.type == EntityType::Place || m.type == EntityType::Org) && allowsNonCompany(metric)) {
        // A place that opens a hyphen compound modifies something else ("the Hangzhou-based group",
        // "das China-Geschäft"): it is not who invests.
        const QStringView text = m_ctx.text();
        const bool opensCompound =
            m.span.end < text.size() && (text.at(m.span.end) == u'-' || text.at(m.span.end) == QChar(0x2011));
        return !m_ctx.isGenitive(entity) && !opensCompound;
    }
    return false;
}

// "Nvidia und AMD", "Samsung and SK Hynix": a company coordinated with another one.
bool StatementParser::Impl::isCoordinated(qsizetype entity) const
{
    const qsizetype after = m_ctx.entityTokens(entity).end;
    const qsizetype next = m_ctx.entityAt(after + 1);
    if ((m_ctx.wordIs(after, u"und") || m_ctx.wordIs(after, u"and") || m_ctx.wordIs(after, u"sowie")) && next >= 0 &&
        m_ctx.entities()[next].type == EntityType::Company) {
        return true;
    }
    const qsizetype before = m_ctx.entityTokens(entity).first - 1;
    const qsizetype prev = m_ctx.entityAt(before - 1);
    return (m_ctx.wordIs(before, u"und") || m_ctx.wordIs(before, u"and")) && prev >= 0 &&
           m_ctx.entities()[prev].type == EntityType::Company;
}

// The entity a metric word belongs to: "Alibabas Umsatz", "Alibaba-Umsatz", "Umsatz von MetaX",
// "revenue of Nvidia", "Nvidia's revenue".
StatementParser::Impl::Subject StatementParser::Impl::attachedSubject(qsizetype cue, const QString &metric,
                                                                      const FigureTokens &f) const
{
    auto entityEndingAt = [&](qsizetype endToken) -> qsizetype {
        const qsizetype e = m_ctx.entityAt(endToken - 1);
        return e >= 0 && m_ctx.entityTokens(e).end == endToken ? e : -1;
    };
    auto entityStartingAt = [&](qsizetype token) -> qsizetype {
        const qsizetype e = m_ctx.entityAt(token);
        return e >= 0 && m_ctx.entityTokens(e).first == token ? e : -1;
    };
    qsizetype j = cue;
    // The cue may be the last part of a compound: "KI-Umsatz" starts at "KI".
    while (m_ctx.isSymbol(j - 1, u'-') && !m_ctx.tokens()[j - 1].spaceBefore && !m_ctx.tokens()[j].spaceBefore &&
           m_ctx.isWord(j - 2)) {
        const qsizetype e = entityEndingAt(j - 1);
        if (e >= 0 && allowedSubject(e, metric)) {
            return {e, 0.9, u"compound"_s};
        }
        j -= 2;
    }
    qsizetype k = j - 1;
    for (int adjectives = 0; adjectives < 2 && m_ctx.isWord(k) && m_ctx.tokenText(k).front().isLower(); ++adjectives) {
        --k;
    }
    if (k >= 0) {
        qsizetype e = entityEndingAt(k + 1);
        if (e < 0 && (m_ctx.isSymbol(k, u'\'') || m_ctx.isSymbol(k, u'’'))) {
            e = entityEndingAt(k);
        } else if (e < 0 && m_ctx.wordIs(k, u"s") && (m_ctx.isSymbol(k - 1, u'\'') || m_ctx.isSymbol(k - 1, u'’'))) {
            e = entityEndingAt(k - 1);
        }
        if (e >= 0 && allowedSubject(e, metric) && (m_ctx.isGenitive(e) || m_ctx.entityTokens(e).end <= k)) {
            return {e, 0.9, u"genitive"_s};
        }
    }
    qsizetype a = cue + 1;
    while (m_ctx.isSymbol(a, u'-') && !m_ctx.tokens()[a].spaceBefore && m_ctx.isWord(a + 1)) {
        a += 2;
    }
    if (m_ctx.wordIs(a, u"von") || m_ctx.wordIs(a, u"des") || m_ctx.wordIs(a, u"der") || m_ctx.wordIs(a, u"bei") ||
        m_ctx.wordIs(a, u"of") || m_ctx.wordIs(a, u"at") || m_ctx.wordIs(a, u"by") || m_ctx.wordIs(a, u"durch")) {
        qsizetype b = a + 1;
        for (int skip = 0; skip < 3 && b < f.first; ++skip) {
            const qsizetype e = entityStartingAt(b);
            if (e >= 0) {
                return allowedSubject(e, metric) ? Subject{e, 0.9, u"von/of attachment"_s} : Subject{};
            }
            if (!m_ctx.isWord(b)) {
                break;
            }
            ++b;
        }
        if (a + 1 >= f.end) {
            const qsizetype e = entityStartingAt(a + 1);
            if (e >= 0 && allowedSubject(e, metric)) {
                return {e, 0.9, u"von/of attachment"_s};
            }
        }
    }
    return {};
}

// The company the text is about at this sentence: mentions in the sentences before count, the more
// the nearer and when they are a subject rather than governed by a preposition.
qsizetype StatementParser::Impl::salientCompany(qsizetype sentence) const
{
    const auto cached = m_salientCache.constFind(sentence);
    if (cached != m_salientCache.cend()) {
        return cached.value();
    }
    const qsizetype result = computeSalientCompany(sentence);
    m_salientCache.insert(sentence, result);
    return result;
}

qsizetype StatementParser::Impl::computeSalientCompany(qsizetype sentence) const
{
    QHash<QString, double> score;
    QHash<QString, qsizetype> last;
    double weight = 1.0;
    static constexpr QStringView objectDeterminers[] = {u"den", u"dem", u"einen", u"einem"};
    for (qsizetype s = sentence - 1; s >= 0; --s) {
        if (s < sentence - 30 && s >= 3) {
            continue; // 0.8^30: too far to count, but the headline and lead always do
        }
        for (qsizetype e : m_ctx.sentences()[s].entities) {
            const EntityMention &m = m_ctx.entities()[e];
            if (m.type != EntityType::Company) {
                continue;
            }
            // "der Nvidia-Konkurrent Moore Threads" is about Moore Threads.
            const qsizetype end = m_ctx.entityTokens(e).end;
            if (m_ctx.isSymbol(end, u'-') && m_ctx.isWord(end + 1) && m_ctx.entityAt(end + 2) >= 0) {
                continue;
            }
            // An object ("hatte den Spirituosenhersteller Kweichow Moutai abgelöst") or a name after a preposition
            // is less what the text is about than a subject; the headline and lead are what it is about.
            const qsizetype first = m_ctx.entityTokens(e).first;
            const bool object = (m_ctx.isWord(first - 1) && inList(m_ctx.tokenText(first - 1), objectDeterminers)) ||
                                (m_ctx.isWord(first - 2) && inList(m_ctx.tokenText(first - 2), objectDeterminers) &&
                                 m_ctx.tokenText(first - 1).front().isUpper());
            // "Chinas Nvidia-Herausforderer": a name that only modifies a compound is not what the text is about.
            const bool modifier =
                m_ctx.isSymbol(end, u'-') && !m_ctx.tokens()[end].spaceBefore && m_ctx.isWord(end + 1);
            const double role = m_ctx.isGoverned(e) ? 0.5 : (object || modifier) ? 0.3 : 1.0;
            // The headline names what the article is about, the lead sentences almost as surely.
            score[m.canonical] += weight * role + (s == 0 ? 2 * role : s < 3 ? role : 0.0);
            if (!last.contains(m.canonical)) {
                last.insert(m.canonical, e);
            }
        }
        weight *= 0.8;
    }
    QString best;
    double bestScore = 0;
    double second = 0;
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (it.value() > bestScore) {
            second = bestScore;
            bestScore = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    if (best.isEmpty() || bestScore < second * 1.3) {
        return -1;
    }
    return last.value(best, -1);
}

StatementParser::Impl::Subject StatementParser::Impl::subjectFor(qsizetype sentence, const FigureTokens &f,
                                                                 qsizetype cue, const QString &metric) const
{
    if (cue >= 0) {
        Subject attached = attachedSubject(cue, metric, f);
        if (attached.entity >= 0) {
            return attached;
        }
    }
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];

    struct Candidate
    {
        qsizetype token;
        qsizetype entity;
        bool reference;
    };

    QList<Candidate> candidates;
    qsizetype nextEntity = 0;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        while (nextEntity < s.entities.size() && m_ctx.entityTokens(s.entities[nextEntity]).first < k) {
            ++nextEntity;
        }
        if (nextEntity < s.entities.size() && m_ctx.entityTokens(s.entities[nextEntity]).first == k) {
            const qsizetype e = s.entities[nextEntity];
            // "der Nvidia-Konkurrent Moore Threads": the name in the compound only describes the company
            // named right after it.
            const qsizetype end = m_ctx.entityTokens(e).end;
            const bool describes = m_ctx.isSymbol(end, u'-') && m_ctx.isWord(end + 1) && m_ctx.entityAt(end + 2) >= 0 &&
                                   m_ctx.entityAt(end + 2) != e;
            if (allowedSubject(e, metric) && !m_ctx.isGoverned(e) && !describes) {
                candidates.append({k, e, false});
            }
            continue;
        }
        qsizetype end = -1;
        if (k < f.first && m_ctx.isCompanyReference(k, sentence, &end)) {
            qsizetype e = m_ctx.resolveCompanyReference(sentence, k);
            if (e < 0) {
                e = salientCompany(sentence);
            }
            candidates.append({k, e, true});
            k = end - 1;
        }
    }
    if (candidates.isEmpty()) {
        return {};
    }
    const int clause = m_ctx.clauseNumber(f.first);
    auto result = [](const Candidate &c, double confidence, const QString &how) {
        // An unresolved reference makes the subject unclear: no fact rather than a guess.
        return c.entity >= 0 ? Subject{c.entity, c.reference ? 0.6 : confidence,
                                       c.reference ? u"reference to the salient company"_s : how}
                             : Subject{};
    };
    // The nearest candidate before the figure in its clause: "Samsung drops to third place as Micron overtakes it,
    // SK hynix holds 62%".
    for (qsizetype i = candidates.size() - 1; i >= 0; --i) {
        const Candidate &c = candidates[i];
        if (c.token < f.first && m_ctx.clauseNumber(c.token) == clause) {
            return result(c, 0.8, u"subject of the clause"_s);
        }
    }
    for (const Candidate &c : candidates) {
        if (c.token < f.first) {
            return result(c, 0.7, u"subject of the sentence"_s);
        }
    }
    // A company after a share-price move is rarely the stock's ("legte der Titel um 15 Prozent zu und löste
    // Kweichow Moutai als teuerste Aktie ab").
    if (candidates.size() == 1 && m_ctx.clauseNumber(candidates.front().token) == clause &&
        !(metric == u"share_price_change" && candidates.front().token > f.first)) {
        return result(candidates.front(), 0.6, u"only company of the clause"_s);
    }
    return {};
}

// "Umsätze von 2,5 Milliarden Dollar hätten nicht mehr ausgeliefert werden können", "sales of $2.5 billion
// could not be shipped": a negated modal or subjunctive says what did not happen.
bool StatementParser::Impl::deniedHypothetical(qsizetype sentence, int clause) const
{
    static constexpr QStringView negations[] = {u"nicht",   u"kein", u"keine", u"keinen", u"keiner",   u"nie",
                                                u"niemals", u"not",  u"never", u"cannot", u"couldn't", u"wouldn't"};
    static constexpr QStringView modals[] = {u"hätte",   u"hätten", u"wäre",     u"wären",   u"könnte",
                                             u"könnten", u"konnte", u"konnten",  u"could",   u"would",
                                             u"might",   u"cannot", u"couldn't", u"wouldn't"};
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    bool negated = false;
    bool modal = false;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k) || m_ctx.clauseNumber(k) != clause) {
            continue;
        }
        const QString word = m_ctx.lowerWord(k);
        negated = negated || inList(word, negations);
        modal = modal || inList(word, modals);
    }
    return negated && modal;
}

bool StatementParser::Impl::mentionsCompany(qsizetype sentence) const
{
    for (qsizetype e : m_ctx.sentences()[sentence].entities) {
        if (m_ctx.entities()[e].type == EntityType::Company) {
            return true;
        }
    }
    return false;
}

bool StatementParser::Impl::clauseHasWord(qsizetype sentence, int clause, QStringView word) const
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (m_ctx.clauseNumber(k) == clause && m_ctx.wordIs(k, word)) {
            return true;
        }
    }
    return false;
}

namespace {

int monthOf(QStringView w)
{
    for (int m = 0; m < 12; ++m) {
        for (QStringView name : kMonths[m]) {
            if (w.compare(name, Qt::CaseInsensitive) == 0) {
                return m + 1;
            }
        }
    }
    return 0;
}

int ordinalOf(QStringView w)
{
    for (int n = 0; n < 4; ++n) {
        for (QStringView o : kOrdinalWords[n]) {
            if (w.compare(o, Qt::CaseInsensitive) == 0) {
                return n + 1;
            }
        }
    }
    return 0;
}

// Whether a word may open or be a period expression (see periodMentions()): an ordinal, a month, a word for a
// quarter, half, year or month, "Q3", "FY2026", "neun", "nine", a relative period word.
// lower: w in lower case.
bool mayBePeriodWord(QStringView w, const QString &lower)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const auto &ordinals : kOrdinalWords) {
            for (QStringView o : ordinals) {
                set.insert(o.toString());
            }
        }
        for (const auto &month : kMonths) {
            for (QStringView m : month) {
                set.insert(m.toString());
            }
        }
        for (QStringView x : {u"schlussquartal",
                              u"jahresschlussquartal",
                              u"neun",
                              u"nine",
                              u"gesamtjahr",
                              u"full",
                              u"whole",
                              u"jahr",
                              u"year",
                              u"quartal",
                              u"quarter",
                              u"jahresfrist",
                              u"jahresvergleich",
                              u"year-ago",
                              u"year-earlier",
                              u"prior-year",
                              u"yoy",
                              u"sequentially",
                              u"quarter-on-quarter",
                              u"monaten",
                              u"months",
                              u"zeitraum",
                              u"period",
                              u"zeit",
                              u"geschäftsjahr"}) {
            set.insert(x.toString());
        }
        return set;
    }();
    if (w.size() < 2) {
        return false;
    }
    const QChar first = w.front().toLower();
    if (first == u'q' || first == u'f' || first == u'v' || first == u'h' || first == u'g' || first == u'l') {
        return true; // Q3, FY2026, fiscal, Vorjahr..., Vorquartal, Halbjahr, Geschäfts..., laufend...
    }
    return words.contains(lower);
}

bool isFiscalWord(QStringView w)
{
    return w.startsWith(u"geschäfts", Qt::CaseInsensitive) || w.compare(u"fiscal", Qt::CaseInsensitive) == 0 ||
           w.compare(u"FY", Qt::CaseInsensitive) == 0;
}

bool isQuarterWord(QStringView w)
{
    return w.startsWith(u"quartal", Qt::CaseInsensitive) || w.compare(u"quarter", Qt::CaseInsensitive) == 0 ||
           w.startsWith(u"geschäftsquartal", Qt::CaseInsensitive) || w.compare(u"quarters", Qt::CaseInsensitive) == 0;
}

bool isHalfWord(QStringView w)
{
    return w.startsWith(u"halbjahr", Qt::CaseInsensitive) || w.compare(u"half", Qt::CaseInsensitive) == 0 ||
           w.startsWith(u"jahreshälfte", Qt::CaseInsensitive) ||
           w.startsWith(u"geschäftshalbjahr", Qt::CaseInsensitive);
}

} // namespace

// Every period expression of a sentence: stated dates ("2024", "Q3 2025", "im zweiten Quartal des
// Geschäftsjahres 2026", "fiscal 2026"), periods left to the context ("im ersten Halbjahr", "the
// September quarter", "im laufenden Quartal", "Gesamtjahr") and periods relative to the one reported
// ("im Vorjahreszeitraum", "a year earlier", "gegenüber dem Vorquartal").
QList<PeriodMention> StatementParser::Impl::periodMentions(qsizetype sentence) const
{
    QList<PeriodMention> out;
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    auto word = [&](qsizetype k) { return m_ctx.isWord(k) && k < s.endToken ? m_ctx.tokenText(k) : QStringView(); };
    auto lw = [&](qsizetype k) { return m_ctx.isWord(k) && k < s.endToken ? m_ctx.lowerWord(k) : QString(); };
    auto yearAt = [&](qsizetype k) -> int {
        if (k >= s.endToken || k < s.firstToken || m_ctx.tokens()[k].kind != TokenKind::Number) {
            return 0;
        }
        const QStringView t = m_ctx.tokenText(k);
        const int y = t.size() == 4 ? t.toInt() : 0;
        return y >= 1990 && y <= 2040 ? y : 0;
    };
    auto fyAt = [&](qsizetype k) -> int { // "FY2026", "FY26"
        const QStringView w = word(k);
        if (w.size() >= 4 && w.startsWith(u"FY", Qt::CaseInsensitive)) {
            const int y = w.mid(2).toInt();
            return w.size() == 6 ? y : w.size() == 4 ? 2000 + y : 0;
        }
        return 0;
    };
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        // Most words are no period word: a cheap test on the surface spares the lower-casing and comparisons.
        if (m_ctx.isWord(k) && !mayBePeriodWord(m_ctx.tokenText(k), m_ctx.lowerWord(k))) {
            continue;
        }
        const QString w = lw(k);
        if (w.isEmpty()) {
            // A bare year: "2024", "im Jahr 2022". Years after "seit"/"since" or "bis"/"by" are no reporting period.
            const int y = yearAt(k);
            if (y > 0) {
                const QString before = lw(k - 1);
                PeriodMention m = mentionAt(k, k + 1);
                m.period.year = y;
                // "im Juli 2025": a month dates the sentence but is no reporting period.
                m.weak = monthOf(word(k - 1)) > 0 || m_ctx.tokens()[k - 1].kind == TokenKind::Number ||
                         inCalendarDate(m_ctx.tokens()[k].start) || before == u"seit" || before == u"since" ||
                         before == u"bis" || before == u"by" || before == u"until" || before == u"gegründet" ||
                         before == u"founded";
                m.period.fiscal = isFiscalWord(word(k - 1)) || isFiscalWord(word(k - 2));
                if (m.period.fiscal && before == u"year") {
                    m.first = k - 2;
                }
                out.append(m);
            }
            continue;
        }
        if (const int fy = fyAt(k); fy > 0) {
            PeriodMention m = mentionAt(k, k + 1);
            m.period = {fy, 'Y', 0, true};
            out.append(m);
            continue;
        }
        // "Q3 2025", "Q3"
        if (w.size() == 2 && w[0] == u'q' && w[1] >= u'1' && w[1] <= u'4') {
            PeriodMention m = mentionAt(k, k + 1);
            m.period.kind = 'Q';
            m.period.n = w[1].unicode() - u'0';
            m.period.year = yearAt(k + 1) ? yearAt(k + 1) : fyAt(k + 1);
            m.period.fiscal = fyAt(k + 1) > 0 || isFiscalWord(word(k - 1));
            m.needsYear = m.period.year == 0;
            out.append(m);
            continue;
        }
        // "im zweiten Quartal (des Geschäftsjahres) 2026", "second-quarter", "first half of fiscal 2026"
        if (const int n = ordinalOf(w); n > 0) {
            qsizetype q = k + 1;
            if (m_ctx.isSymbol(q, u'-')) {
                ++q;
            }
            bool fiscal = isFiscalWord(word(k - 1));
            if (isFiscalWord(word(q)) && !isQuarterWord(word(q)) && !isHalfWord(word(q))) {
                fiscal = true;
                ++q;
            }
            const bool quarter = isQuarterWord(word(q));
            const bool half = isHalfWord(word(q));
            // "ersten drei Quartalen", "first nine months"
            if (n == 1 && (lw(k + 1) == u"drei" || lw(k + 1) == u"three") && isQuarterWord(word(k + 2))) {
                PeriodMention m = mentionAt(k, k + 3);
                m.period = {yearAt(k + 3), 'N', 9, false};
                m.needsYear = m.period.year == 0;
                out.append(m);
                k += 2;
                continue;
            }
            if ((!quarter || n > 4) && (!half || n > 2)) {
                continue;
            }
            PeriodMention m = mentionAt(k, q + 1);
            m.period.kind = quarter ? 'Q' : 'H';
            m.period.n = n;
            fiscal = fiscal || word(q).startsWith(u"geschäfts", Qt::CaseInsensitive);
            // The year after it: "2025", "des Jahres 2025", "des Geschäftsjahres 2026", "of fiscal 2026", "of 2025".
            qsizetype y = q + 1;
            for (int skip = 0; skip < 3 && y < s.endToken && !yearAt(y) && !fyAt(y); ++skip) {
                const QString between = lw(y);
                if (between == u"des" || between == u"of" || between == u"the" || between == u"year" ||
                    between == u"jahres" || isFiscalWord(word(y))) {
                    fiscal = fiscal || isFiscalWord(word(y));
                    ++y;
                } else {
                    break;
                }
            }
            if (yearAt(y) || fyAt(y)) {
                m.period.year = yearAt(y) ? yearAt(y) : fyAt(y);
                fiscal = fiscal || fyAt(y) > 0;
                m.end = y + 1;
            }
            m.period.fiscal = fiscal;
            m.needsYear = m.period.year == 0;
            m.current = lw(k - 1).startsWith(u"laufend") || lw(k - 1) == u"current";
            out.append(m);
            k = m.end - 1;
            continue;
        }
        // "Schlussquartal", "Juni-Quartal", "September quarter", "April-June period", "zwischen April und Juni"
        if (w == u"schlussquartal" || w == u"jahresschlussquartal") {
            PeriodMention m = mentionAt(k, k + 1);
            m.period = {0, 'Q', 4, false};
            m.needsYear = true;
            out.append(m);
            continue;
        }
        if (const int month = monthOf(w); month > 0) {
            qsizetype q = k + 1;
            int endMonth = month;
            if ((m_ctx.isSymbol(q, u'-') || lw(q) == u"bis" || lw(q) == u"und" || lw(q) == u"to") &&
                monthOf(word(q + 1))) {
                endMonth = monthOf(word(q + 1));
                q += 2;
            } else if (m_ctx.isSymbol(q, u'-')) {
                ++q;
            }
            const bool quarterAfter = isQuarterWord(word(q)) || (lw(q) == u"period" || lw(q) == u"zeitraum");
            const bool span = endMonth != month && ((endMonth - month + 12) % 12) == 2;
            if ((quarterAfter && (endMonth == month || span)) || span) {
                PeriodMention m = mentionAt(k, q);
                m.period = {yearAt(q) ? yearAt(q) : yearAt(q + 1), 'Q', (endMonth - 1) / 3 + 1, false};
                m.needsYear = m.period.year == 0;
                out.append(m);
                k = q - 1;
            }
            continue;
        }
        if ((w == u"neun" || w == u"nine") && (lw(k + 1) == u"monaten" || lw(k + 1) == u"months")) {
            PeriodMention m = mentionAt(k, k + 2);
            m.period = {yearAt(k + 2), 'N', 9, false};
            m.needsYear = m.period.year == 0;
            out.append(m);
            continue;
        }
        if (w == u"gesamtjahr" || w == u"geschäftsjahr" || ((w == u"full" || w == u"whole") && lw(k + 1) == u"year") ||
            (w == u"full" && m_ctx.isSymbol(k + 1, u'-') && lw(k + 2) == u"year")) {
            if (yearAt(k + 1) == 0 && fyAt(k + 1) == 0) {
                PeriodMention m = mentionAt(k, k + 1);
                m.period = {0, 'Y', 0, w == u"geschäftsjahr"};
                m.needsYear = true;
                out.append(m);
            }
            continue;
        }
        if ((w == u"jahr" || w == u"year") && k > s.firstToken) {
            const QString before = lw(k - 1);
            if (before == u"vergangenen" || before == u"letzten" || before == u"last" || before == u"abgelaufenen") {
                PeriodMention m = mentionAt(k - 1, k + 1);
                m.period = {m_articleYear > 0 ? m_articleYear - 1 : 0, 'Y', 0, false, m_dateAssumed};
                out.append(m);
            } else if (before.startsWith(u"laufend") || before == u"this" || before == u"diesem" ||
                       before == u"dieses" || before == u"current") {
                PeriodMention m = mentionAt(k - 1, k + 1);
                m.period = {m_articleYear, 'Y', 0, false, m_dateAssumed};
                out.append(m);
            } else if (before == u"ein" || before == u"a") {
                // "ein Jahr zuvor", "a year earlier", "a year ago"
                const QString after = lw(k + 1);
                if (after == u"zuvor" || after == u"früher" || after == u"earlier" || after == u"ago" ||
                    after == u"before") {
                    out.append(mentionAt(k - 1, k + 2, PeriodMention::PreviousYear));
                }
            }
            continue;
        }
        // "im selben Quartal", "im gleichen Zeitraum", "for the same quarter", "in that period", "in dieser Zeit".
        static constexpr QStringView anaphoricPeriods[] = {u"quartal", u"quarter",  u"zeitraum", u"period",
                                                           u"zeit",    u"halbjahr", u"jahr",     u"year"};
        static constexpr QStringView sameWords[] = {u"selben", u"gleichen", u"demselben", u"same"};
        static constexpr QStringView thatWords[] = {u"that", u"dieser", u"diesem", u"jenem"};
        if (k > s.firstToken && inList(w, anaphoricPeriods) &&
            (inList(lw(k - 1), sameWords) ||
             (inList(lw(k - 1), thatWords) && w != u"jahr" && w != u"year" && w != u"quartal"))) {
            PeriodMention m = mentionAt(k - 1, k + 1);
            m.same = true;
            out.append(m);
            continue;
        }
        if ((w == u"quartal" || w == u"quarter") && k > s.firstToken) {
            const QString before = lw(k - 1);
            if (before.startsWith(u"laufend") || before == u"current" || before == u"kommenden" || before == u"next" ||
                before == u"coming") {
                PeriodMention m = mentionAt(k - 1, k + 1);
                m.period.kind = 'Q';
                m.current = true;
                m.needsYear = true;
                out.append(m);
            } else if (before == u"prior" || before == u"previous" || before == u"preceding" ||
                       before == u"vorherigen") {
                out.append(mentionAt(k - 1, k + 1, PeriodMention::PreviousQuarter));
            }
            continue;
        }
        if (w.startsWith(u"vorjahr") || w == u"jahresfrist" || w == u"jahresvergleich" || w == u"year-ago" ||
            w == u"year-earlier" || w == u"prior-year" || w == u"yoy" ||
            ((w == u"year") && m_ctx.isSymbol(k + 1, u'-') && (lw(k + 2) == u"on" || lw(k + 2) == u"over")) ||
            (w == u"year" && (lw(k + 1) == u"on" || lw(k + 1) == u"over") && lw(k + 2) == u"year")) {
            out.append(mentionAt(k, k + 1, PeriodMention::PreviousYear));
            continue;
        }
        if (w.startsWith(u"vorquartal") || w == u"sequentially" || w == u"quarter-on-quarter" ||
            ((w == u"monaten" || w == u"months") && (lw(k - 1) == u"drei" || lw(k - 1) == u"three") &&
             (lw(k + 1) == u"zuvor" || lw(k + 1) == u"earlier" || lw(k + 1) == u"before"))) {
            out.append(mentionAt(k, k + 1, PeriodMention::PreviousQuarter));
            continue;
        }
    }
    // The other side of a comparison, and the adverbial that opens a sentence.
    static constexpr QStringView comparison[] = {u"als",        u"than",     u"gegenüber", u"vergleich",
                                                 u"verglichen", u"compared", u"versus",    u"vs",
                                                 u"from",       u"against",  u"zum",       u"vorjahres"};
    for (PeriodMention &m : out) {
        for (qsizetype b = m.first - 1; b >= s.firstToken && b >= m.first - 3; --b) {
            if (m_ctx.isWord(b) && inList(m_ctx.tokenText(b), comparison)) {
                // "zum ersten Quartal" only after "im Vergleich".
                m.base = !m_ctx.wordIs(b, u"zum") || m_ctx.wordIs(b - 1, u"vergleich");
                break;
            }
            if (!m_ctx.isWord(b)) {
                break;
            }
        }
        // An adverbial that opens the sentence: the period itself or a preposition before it ("Im dritten Quartal",
        // "For the first quarter of fiscal 2026", "Nach neun Monaten"); "Für das laufende Quartal" announces a
        // forecast, "MetaX meldete für 2024" is a period named in passing.
        static constexpr QStringView openers[] = {u"im",  u"in",     u"nach", u"während", u"zwischen", u"am",
                                                  u"for", u"during", u"over", u"between", u"through",  u"after"};
        m.opening =
            m_ctx.wordNumber(m.first) - m_ctx.wordNumber(s.firstToken) <= 3 &&
            (m.first == s.firstToken || (m_ctx.isWord(s.firstToken) && inList(m_ctx.tokenText(s.firstToken), openers)));
    }
    return out;
}

// The month the fiscal year of the company a sentence reports on ends in: a company of the sentence with a
// fiscal year of its own, else the company the text is about; 12 (the calendar year) when neither has one.
int StatementParser::Impl::fiscalYearEndFor(qsizetype sentence) const
{
    if (m_fiscalYearEnds.isEmpty()) {
        return 12;
    }
    for (qsizetype e : m_ctx.sentences()[sentence].entities) {
        const EntityMention &m = m_ctx.entities()[e];
        if (m.type == EntityType::Company && m_fiscalYearEnds.contains(m.entityId)) {
            return m_fiscalYearEnds.value(m.entityId);
        }
    }
    const qsizetype salient = salientCompany(sentence);
    return salient >= 0 ? m_fiscalYearEnds.value(m_ctx.entities()[salient].entityId, 12) : 12;
}

// The period an absolute mention names, its missing year taken from the periods before or the article date.
Period StatementParser::Impl::resolve(const PeriodMention &m, qsizetype sentence) const
{
    Period p = m.period;
    if (m.same) {
        return m_lastFactPeriodValue.valid() ? m_lastFactPeriodValue : m_running;
    }
    if (m.current && m.period.n == 0) {
        // "das laufende Quartal": after a reported quarter the next one, else the article's quarter.
        if (m_running.valid() && m_running.kind == 'Q') {
            return m_running.nextQuarter();
        }
        if (m_articleYear > 0 && m_articleMonth > 0) {
            return {m_articleYear, 'Q', (m_articleMonth - 1) / 3 + 1, false, m_dateAssumed};
        }
        return {};
    }
    if (!m.needsYear) {
        return p;
    }
    // A year alone ("für 2024") says too little about which year a half or quarter is in; the article date says more.
    if (m_running.valid() && (m_running.fiscal || !p.fiscal) && (m_running.kind != 'Y' || m_running.fiscal)) {
        // A quarter of the fiscal year the text reports on: "im zweiten Quartal des Geschäftsjahres 2026 ... für
        // das laufende dritte Quartal".
        p.year = m_running.year;
        p.fiscal = m_running.fiscal;
        p.assumed = m_running.assumed;
        return p;
    }
    if (m_articleYear <= 0) {
        return {};
    }
    p.assumed = m_dateAssumed;
    // A fiscal year is named by the calendar year it ends in: with a year ending in January, August 2025 lies in
    // fiscal 2026, and its second quarter began in May 2025.
    const int yearEnd = p.fiscal ? fiscalYearEndFor(sentence) : 12;
    p.year = m_articleYear;
    if (m_articleMonth <= 0) {
        return p;
    }
    if (p.fiscal && m_articleMonth > yearEnd) {
        ++p.year;
    }
    // Reports come after their period: in February "das vierte Quartal" is last year's. A period that has not
    // begun by the article's month is the one of the year before.
    if (!m.current && (p.kind == 'Q' || p.kind == 'H')) {
        const int monthsIn = p.kind == 'Q' ? 3 * (p.n - 1) : 6 * (p.n - 1);
        // Months since the fiscal year began (0 = its first month).
        const int articleMonthsIn = (m_articleMonth - (yearEnd % 12) - 1 + 12) % 12;
        if (monthsIn > articleMonthsIn) {
            --p.year;
        }
    }
    return p;
}

void StatementParser::Impl::parseSentence(qsizetype sentence, const QList<qsizetype> &figures, QList<Fact> *out,
                                          QList<FigureStatement> *statements)
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    QList<FigureTokens> amounts;
    for (qsizetype i : figures) {
        const Figure &fig = m_figures[i];
        if (fig.span.end > s.span.end) {
            continue;
        }
        FigureTokens ft{i, m_ctx.tokenAt(fig.span.start), m_ctx.tokenAt(fig.span.end)};
        if (fig.type == FigureType::Money || fig.type == FigureType::Percent) {
            amounts.append(ft);
        }
    }

    // A news sentence has tens of words, rarely a hundred. A "sentence" of thousands (a page without full stops,
    // a hostile file) is no statement to parse, and parsing it would cost figures x words.
    if (s.endToken - s.firstToken > kMaxSentenceTokens) {
        for (const FigureTokens &f : std::as_const(amounts)) {
            if (statements) {
                FigureStatement st;
                st.figure = f.index;
                st.reason = u"no sentence to parse: a run of %1 words and signs without a full stop"_s.arg(
                    s.endToken - s.firstToken);
                statements->append(st);
            }
        }
        return;
    }

    // The periods of the sentence; the last reporting period stated becomes the running one afterwards.
    const QList<PeriodMention> mentions = periodMentions(sentence);
    QList<std::pair<PeriodMention, Period>> absolute;
    for (const PeriodMention &m : mentions) {
        if (m.relation == PeriodMention::Absolute) {
            const Period p = resolve(m, sentence);
            if (p.valid()) {
                absolute.append({m, p});
            }
        }
    }
    const Period runningBefore = m_running;
    const qsizetype runningOwnerBefore = m_runningOwner;
    // The running period is set by the first reporting period of the text, then by periods that open a sentence
    // ("Im ersten Halbjahr ...", "For the first quarter of fiscal 2026, ..."): a period named in passing ("der
    // bisherige Bestwert aus dem vierten Quartal 2024") is only its own figures'.
    auto updateRunning = [&] {
        for (const auto &[m, p] : std::as_const(absolute)) {
            // Reports are about the past: "Produktion 2026 verdreifachen" names a plan, not the period reported.
            // A month or day ("im August 2024") dates its own sentence only.
            if (m.base || m.weak || (m_running.valid() && !m.opening) ||
                (m_articleYear > 0 && !p.fiscal && p.year > m_articleYear)) {
                continue;
            }
            // A year alone does not replace a quarter or half of that same year.
            if (p.kind == 'Y' && m_running.valid() && m_running.year == p.year && m_running.kind != 'Y') {
                continue;
            }
            // A period that opens a sentence frames the text; one named in passing ("MetaX meldete für 2024 ...") only
            // what goes on about the same company.
            m_runningOwner = m.opening ? -1 : m_ctx.subjectCompany(sentence, m.first);
            if (!m.opening && m_runningOwner < 0) {
                m_runningOwner = m_lastFactSentence == sentence ? m_lastFactEntity : -1;
            }
            m_running = p;
        }
    };
    if (amounts.isEmpty()) {
        updateRunning();
        // A sentence about a listing ("Biren debuted in Hong Kong after its IPO") dates the money raised next.
        for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
            if (m_ctx.isWord(k) && QStringView(u"iIbBlLoOfFeE").contains(m_ctx.tokenText(k).front()) &&
                (cueFlags(k) & Ipo)) {
                m_lastIpoSentence = sentence;
                break;
            }
        }
        return;
    }

    // One claim in two currencies.
    for (qsizetype a = 0; a + 1 < amounts.size(); ++a) {
        FigureTokens &first = amounts[a];
        const FigureTokens &second = amounts[a + 1];
        const Figure &f1 = m_figures[first.index];
        const Figure &f2 = m_figures[second.index];
        if (f1.type != FigureType::Money || f2.type != FigureType::Money || f1.unit == f2.unit || first.pair >= 0 ||
            second.first - first.end > 6) {
            continue;
        }
        bool glue = true;
        for (qsizetype k = first.end; k < second.first && glue; ++k) {
            glue = inList(m_ctx.tokenText(k), kPairGlue);
        }
        if (glue) {
            first.pair = second.index;
            first.end = second.end;
            if (m_ctx.isSymbol(first.end, u')')) {
                ++first.end;
            }
            amounts.removeAt(a + 1);
        }
    }

    // The triggers of the sentence.
    QList<Cue> cues;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k)) {
            continue;
        }
        quint32 flags = cueFlags(k);
        const QString lower =
            (flags || m_ctx.wordIs(k, u"share") || m_ctx.tokenText(k).size() >= 5) ? m_ctx.lowerWord(k) : QString();
        // "earnings per share", "Gewinn je Aktie": an amount per share, whatever the noun before says.
        if ((m_ctx.wordIs(k, u"per") || m_ctx.wordIs(k, u"je") || m_ctx.wordIs(k, u"pro")) && m_ctx.isWord(k + 1) &&
            (m_ctx.wordIs(k + 1, u"share") || m_ctx.tokenText(k + 1).startsWith(u"Aktie"))) {
            flags |= PerUnit;
        }
        // "market share", "share price", a payment "an die Regierung" / "to the government".
        if (lower == u"share" && m_ctx.wordIs(k - 1, u"market")) {
            flags |= MarketShare | Measure;
        } else if (lower == u"share" || lower == u"shares") {
            if (m_ctx.wordIs(k + 1, u"price") || lower == u"shares") {
                flags |= Stock;
            }
        } else if (lower.contains(u"regierung") || lower == u"government" || lower == u"staat") {
            for (qsizetype b = k - 1; b >= s.firstToken && b >= k - 7; --b) {
                if (m_ctx.wordIs(b, u"an") || m_ctx.wordIs(b, u"to")) {
                    flags |= Levy | Pay;
                    break;
                }
                if (!m_ctx.isWord(b) && !m_ctx.isSymbol(b, u'.') && !m_ctx.isSymbol(b, u'-')) {
                    break;
                }
            }
        } else if ((flags & Value) && ((lower == u"wert" && m_ctx.wordIs(k - 1, u"im")) ||
                                       (lower == u"worth" && m_ctx.wordIs(k + 1, u"of")))) {
            // "Börsengänge im Wert von 1,65 Milliarden", "$4.6 billion worth of chips": the amount of what is
            // named, not a valuation.
            flags = 0;
        } else if ((flags & Tariff) && lower == u"zoll" && k > 0 && m_ctx.tokens()[k - 1].kind == TokenKind::Number) {
            flags = 0; // "12 Zoll" is a size in inches
        }
        // "setzte ... um", "gab ... nach", "nahm ... ein": a German verb whose particle closes the clause.
        if (const auto sep = m_lexicon.separable(m_ctx.tokenText(k)); !sep.isEmpty()) {
            for (qsizetype p = k + 1; p < s.endToken && m_ctx.clauseNumber(p) == m_ctx.clauseNumber(k); ++p) {
                const bool closes =
                    p + 1 >= s.endToken || !m_ctx.isWord(p + 1) || m_ctx.clauseNumber(p + 1) != m_ctx.clauseNumber(k);
                if (closes && m_ctx.isWord(p)) {
                    for (const auto &[particle, sepFlags] : sep) {
                        if (m_ctx.wordIs(p, particle)) {
                            flags |= sepFlags;
                        }
                    }
                }
            }
        }
        if (flags) {
            cues.append({k, flags});
        }
    }

    const QList<std::pair<PeriodMention, Period>> sentenceAbsolute = absolute;
    for (const Cue &c : std::as_const(cues)) {
        if (c.flags & Ipo) {
            m_lastIpoSentence = sentence;
        }
    }

    for (const FigureTokens &f : amounts) {
        const Figure &fig = m_figures[f.index];
        const int clause = m_ctx.clauseNumber(f.first);
        FigureStatement st;
        st.figure = f.index;
        st.role = u"level"_s;
        st.modality = u"reported"_s;
        auto reject = [&](const QString &reason) {
            st.reason = reason;
            if (statements) {
                statements->append(st);
            }
        };

        // The triggers nearest to the figure, preferring its own clause and the words before it. Words beyond
        // another amount belong to that amount.
        struct Best
        {
            qsizetype cue = -1;
            quint32 flags = 0;
            int score = 0;

            void offer(const Cue &c, int sc)
            {
                if (cue < 0 || sc < score) {
                    cue = c.token;
                    flags = c.flags;
                    score = sc;
                }
            }
        };

        Best any;         // the nearest metric word
        Best percentLike; // levy, tariff, market share, target: percentages by nature
        Best unpenalised; // ignoring amounts in between
        Best change;      // the nearest change word
        Best changeRaw;   // the same, ignoring amounts in between
        Best hold;        // a share of something: "Anteil", "stake"
        Best stock;       // the share
        Best lose;        // lost, forgone, written off
        Best estimate;    // potential, market size, consensus
        Best perUnit;     // a price
        bool forecast = false;
        bool analyst = false;
        bool otherMetricInClause = false;
        for (const Cue &c : cues) {
            otherMetricInClause = otherMetricInClause || (m_ctx.clauseNumber(c.token) == clause &&
                                                          (c.flags & kTriggerMetrics) && !(c.flags & Segment));
        }
        for (const Cue &c : cues) {
            if (c.token >= f.first && c.token < f.end) {
                continue;
            }
            // Every use of a cue asks for a score of at most 20: a cue further away only marks the clause (forecast,
            // analyst), and needs none of the checks against the other figures. Without this a run-on "sentence"
            // of a hostile file costs figures x cues x figures.
            const int dist = distance(f, c.token);
            const bool far = dist > 20;
            // "750 Millionen Dollar bei einer Bewertung von 6,9 Milliarden": the word belongs to the figure it
            // introduces.
            if ((!far || (c.flags & (Forecast | Analyst))) && c.token >= f.end && (c.flags & kTriggerMetrics)) {
                bool owned = false;
                for (const FigureTokens &o : amounts) {
                    const qsizetype ob = wordBefore(o.first);
                    // "Börsenwert von rund 4,4 Billionen", "der Börsenwert des Unternehmens auf 282 Milliarden".
                    const bool verbOfIt = ob == c.token && (c.flags & (Report | Raise | Invest)); // "und verdiente 760"
                    if (o.index != f.index && o.first > c.token && ob - c.token <= 4 &&
                        (verbOfIt || m_ctx.wordIs(ob, u"von") || m_ctx.wordIs(ob, u"of") || m_ctx.wordIs(ob, u"über") ||
                         m_ctx.wordIs(ob, u"auf") || m_ctx.wordIs(ob, u"bei") || m_ctx.wordIs(ob, u"at"))) {
                        owned = true;
                    }
                }
                if (owned) {
                    continue;
                }
            }
            int score = dist + (c.token >= f.end ? 1 : 0);
            const bool sameClause = m_ctx.clauseNumber(c.token) == clause;
            if (!sameClause) {
                score += 4;
            }
            // A segment ("die Sparte", "the division") names revenue only when no other word of the clause names the
            // metric: "adjusted EBITA at the division rose 35%".
            if ((c.flags & Segment) && !(c.flags & Change) && otherMetricInClause) {
                score += 6;
            }
            const int penalised = far ? score : score + 6 * figuresBetween(f, c.token, amounts);
            if (c.flags & Change) {
                change.offer(c, penalised);
                changeRaw.offer(c, score);
            }
            // A comparative counts only right after its figure: "32 Prozent mehr", "7% lower", not "mehr als 5".
            if ((c.flags & Compare) && c.token >= f.end && c.token - f.end <= 1) {
                change.offer(c, penalised - 1);
            }
            if ((c.flags & Hold) && penalised <= 8) {
                hold.offer(c, penalised);
            }
            if ((c.flags & Stock) && penalised <= (sameClause ? 12 : 8)) {
                stock.offer(c, penalised);
            }
            if ((c.flags & Lose) && penalised <= 6) {
                lose.offer(c, penalised);
            }
            if ((c.flags & Estimate) && penalised <= 6) {
                estimate.offer(c, penalised);
            }
            if ((c.flags & PerUnit) && penalised <= 6) {
                perUnit.offer(c, penalised);
            }
            if (sameClause && (c.flags & Forecast) && !(c.flags & kTriggerMetrics & ~Target)) {
                forecast = true;
            }
            if (sameClause && (c.flags & Analyst)) {
                analyst = true;
            }
            if (!(c.flags & kTriggerMetrics)) {
                continue;
            }
            if (penalised <= 12) {
                any.offer(c, penalised);
                if (c.flags & (Levy | Tariff | MarketShare | Target)) {
                    percentLike.offer(c, penalised);
                }
            }
            // "Der Umsatz, den Hygon vorab gemeldet hatte, legte um 20 Prozent zu": a relative clause may stand between
            // the metric and "um".
            if (score <= (wordBefore(f.first) >= 0 &&
                                  (m_ctx.wordIs(wordBefore(f.first), u"um") || m_ctx.wordIs(wordBefore(f.first), u"by"))
                              ? 20
                              : 16)) {
                unpenalised.offer(c, score);
            }
        }
        const qsizetype before = wordBefore(f.first);
        const bool byAmount = m_ctx.wordIs(before, u"um") || m_ctx.wordIs(before, u"by");
        // "kletterte der Nettogewinn der Taiwan Semiconductor Manufacturing Company um 39 Prozent": "um" ties a
        // figure to a change verb further away.
        const bool changeNear = change.cue >= 0 && (change.score <= 8 || (byAmount && changeRaw.score <= 14));

        // Role: what the figure is in its statement.
        // "von 26,2 Milliarden auf 41,1 Milliarden", "from 43.9 billion yuan", "nach 64,77 Millionen Yuan ein Jahr
        // zuvor"
        bool base = false;
        if (m_ctx.wordIs(before, u"von") || m_ctx.wordIs(before, u"from")) {
            // "von X auf Y", and "dropped 52% to 21 billion yuan from 43.9 billion yuan".
            for (const FigureTokens &o : amounts) {
                const qsizetype ob = wordBefore(o.first);
                if (o.index != f.index && m_ctx.clauseNumber(o.first) == clause &&
                    (m_ctx.wordIs(ob, u"auf") || m_ctx.wordIs(ob, u"to")) &&
                    (o.first > f.first || m_ctx.wordIs(before, u"from"))) {
                    base = true;
                }
            }
        }
        // Relative periods right around the figure: "(ein Verlust von 530 Millionen Yuan) im Vorjahreszeitraum".
        const PeriodMention *relative = nullptr;
        for (const PeriodMention &m : mentions) {
            if (m.relation == PeriodMention::Absolute || m_ctx.clauseNumber(m.first) != clause) {
                continue;
            }
            const int gap = m.first >= f.end ? m_ctx.wordNumber(m.first) - m_ctx.wordNumber(f.end - 1)
                                             : m_ctx.wordNumber(f.first) - m_ctx.wordNumber(m.end - 1);
            bool between = false;
            for (const FigureTokens &o : amounts) {
                if (o.index != f.index &&
                    ((o.first >= f.end && o.end <= m.first) || (o.first >= m.end && o.end <= f.first))) {
                    between = true;
                }
            }
            if (gap <= 6 && !between && (!relative || gap < 6)) {
                relative = &m;
            }
        }
        // "nach 64,77 Millionen Yuan ein Jahr zuvor", "picked up from 26% in the prior quarter".
        if (!base &&
            (m_ctx.wordIs(before, u"nach") || m_ctx.wordIs(before, u"after") || m_ctx.wordIs(before, u"from") ||
             m_ctx.wordIs(before, u"von")) &&
            relative && relative->first >= f.end) {
            base = true;
        }
        // Two figures "zwischen X und Y", "between X and Y": the bounds of a range.
        if (m_ctx.wordIs(before, u"zwischen") || m_ctx.wordIs(before, u"between")) {
            for (const FigureTokens &o : amounts) {
                if (o.first > f.end && o.first - f.end <= 2 &&
                    (m_ctx.wordIs(o.first - 1, u"und") || m_ctx.wordIs(o.first - 1, u"and"))) {
                    st.role = u"range_bound"_s;
                }
            }
        }
        if (m_ctx.wordIs(f.first - 2, u"zwischen") || m_ctx.wordIs(f.first - 2, u"between")) {
            if (m_ctx.wordIs(before, u"und") || m_ctx.wordIs(before, u"and")) {
                st.role = u"range_bound"_s;
            }
        }

        // Price per unit: "104,66 Yuan je Aktie", "$19.60 per share", "Ausgabepreis von 114,28 Yuan".
        const bool perWord =
            (m_ctx.wordIs(f.end, u"je") || m_ctx.wordIs(f.end, u"pro") || m_ctx.wordIs(f.end, u"per") ||
             (m_ctx.wordIs(f.end, u"a") && m_ctx.wordIs(f.end + 1, u"share")) || m_ctx.isSymbol(f.end, u'/')) &&
            m_ctx.isWord(f.end + 1);
        if (fig.type == FigureType::Money &&
            (perWord || (perUnit.cue >= 0 && (any.cue < 0 || perUnit.score <= any.score)))) {
            st.role = u"per_unit"_s;
            st.trigger = perUnit.cue >= 0 ? m_ctx.tokenText(perUnit.cue).toString() : QString();
            reject(u"a price per unit, not a total"_s);
            continue;
        }
        if (st.role == u"range_bound") {
            reject(u"a bound of a range of two figures"_s);
            continue;
        }

        // Metric.
        bool continues = false;
        QString metric;
        qsizetype metricCue = any.cue;
        quint32 metricFlags = any.flags;
        if (fig.type == FigureType::Percent) {
            // "Die Aktie hatte um 23 Prozent zugelegt, ihr bester Wochengewinn": the stock named before the figure
            // in its clause is what moved, whatever noun follows.
            const bool stockBefore = stock.cue >= 0 && stock.cue < f.first && m_ctx.clauseNumber(stock.cue) == clause &&
                                     (any.cue < 0 || any.cue >= f.end);
            const bool priceChange =
                perUnit.cue >= 0 || stockBefore || (stock.cue >= 0 && (any.cue < 0 || stock.score < any.score));
            // "62% of the market", "21 Prozent des Marktes": a share of a market.
            bool ofMarket = false;
            for (qsizetype k = f.end; k < f.end + 4 && k < s.endToken; ++k) {
                const QString w = m_ctx.lowerWord(k);
                if (w == u"market" || w.startsWith(u"markt") || w == u"shipments") {
                    ofMarket = m_ctx.wordIs(f.end, u"of") || m_ctx.wordIs(f.end, u"des") || m_ctx.wordIs(f.end, u"am");
                }
            }
            if (ofMarket && !changeNear) {
                metric = u"market_share"_s;
            } else if (percentLike.cue >= 0 && !(changeNear && stock.cue >= 0 && stock.score < percentLike.score)) {
                metric = metricFor(percentLike.flags);
                metricCue = percentLike.cue;
                metricFlags = percentLike.flags;
            } else if (changeNear && priceChange) {
                metric = u"share_price_change"_s;
                metricCue = stock.cue >= 0 ? stock.cue : perUnit.cue;
                metricFlags = Stock;
            } else if (any.flags & (Revenue | Profit)) {
                // A percentage of a revenue or a profit is growth only when a change is stated.
                if (changeNear || (any.flags & Change)) {
                    metric = metricFor(any.flags | Change);
                }
            } else if (any.cue < 0 && change.cue >= 0 && (change.score <= 5 || (byAmount && changeNear)) &&
                       (unpenalised.flags & (Revenue | Profit))) {
                // "..., ein Plus von 56 Prozent", "..., up 56%": the change of the amount named before.
                metric = metricFor(unpenalised.flags | Change);
                metricCue = unpenalised.cue;
                metricFlags = unpenalised.flags;
            } else if (any.cue < 0 && unpenalised.cue < 0 && change.cue >= 0 && change.score <= 5 &&
                       m_lastFactSentence >= sentence - 1 &&
                       (m_lastFactMetric == u"revenue" || m_lastFactMetric == u"profit" ||
                        isChangeMetric(m_lastFactMetric))) {
                // "... auf 2,88 Milliarden Yuan gesteigert. Das entspricht einem Plus von 4.348 Prozent.": the
                // change of the amount of the sentence before.
                metric = isChangeMetric(m_lastFactMetric) ? m_lastFactMetric : m_lastFactMetric + u"_growth"_s;
                continues = true;
            }
            // "X holds 62% of the market, while Micron climbed to 21% and Samsung slid to 17%": the percentages of the
            // other companies in a sentence about market shares are their shares.
            if (metric.isEmpty() && any.cue < 0 && m_lastFactSentence == sentence &&
                m_lastFactMetric == u"market_share" && stock.cue < 0) {
                metric = u"market_share"_s;
            }
            if (!metric.isEmpty() && isChangeMetric(metric)) {
                st.role = u"change"_s;
            }
        } else if (any.flags && !(any.flags & MarketShare)) {
            metric = metricFor(any.flags & ~Change);
            // "Der Umsatz stieg um 2 Milliarden Dollar": an amount of change, not the level.
            if (byAmount && changeNear && (any.flags & (Revenue | Profit)) && !(any.flags & (Loss | Investment))) {
                metric = metricFor(any.flags | Change);
                st.role = u"change"_s;
            }
            // "raised 3.9 billion yuan in its IPO": money raised in a listing is the listing's volume.
            // Money merely "raised" (no round named) right after sentences about a listing is the listing's too.
            if (metric == u"funding") {
                bool round = false;
                bool listing = false;
                for (const Cue &c : cues) {
                    if (m_ctx.clauseNumber(c.token) != clause) {
                        continue;
                    }
                    listing = listing || (c.flags & Ipo);
                    round = round || ((c.flags & Funding) && (c.flags & Measure));
                }
                if (!round && !listing && (cueFlags(any.cue) & Raise) && m_lastIpoSentence >= 0 &&
                    m_lastIpoSentence >= sentence - 2) {
                    listing = true;
                }
                // "raised 1.5 billion yuan in a funding round before the IPO": a round names funding.
                if (listing && !round) {
                    metric = u"ipo_volume"_s;
                }
            }
            // "ein Minus von 134 Millionen beim Betriebsergebnis": a negative profit is a loss.
            if (metric == u"profit" && change.cue >= 0 && (change.flags & Down) && change.score <= 3 && !byAmount &&
                (change.flags & Measure) == 0 && m_ctx.tokenText(change.cue).front().isUpper()) {
                metric = u"loss"_s;
            }
        }
        // "legte um 30 Prozent auf 989,92 Mrd TWD zu": the new level measures what its change measures.
        const bool toLevel = m_ctx.wordIs(before, u"auf") || m_ctx.wordIs(before, u"to");
        if (metric.isEmpty() && toLevel && m_lastFactSentence == sentence && m_lastFactMetric.endsWith(u"_growth") &&
            fig.type == FigureType::Money) {
            metric = m_lastFactMetric.chopped(7);
            continues = true;
        }
        // "fell 9% to 40 billion yuan from 44 billion yuan": the base measures what the level measures.
        if (metric.isEmpty() && base && m_lastFactSentence == sentence && !isChangeMetric(m_lastFactMetric) &&
            fig.type == FigureType::Money) {
            metric = m_lastFactMetric;
            continues = true;
        }
        if (metricCue >= 0) {
            st.trigger = m_ctx.tokenText(metricCue).toString();
            st.frame = TriggerLexicon::frameNames(metricFlags | (st.role == u"change" ? quint32(Change) : 0u));
        }
        // "ihr Anteil am Umsatz sank auf 15,51 Prozent", "der Anteil Chinas am Umsatz ist unter 5 Prozent gefallen": a
        // share of a revenue is a ratio, not a change of the revenue.
        if (fig.type == FigureType::Percent && isChangeMetric(metric) && metric != u"share_price_change" &&
            hold.cue >= 0 &&
            (any.cue < 0 || hold.score <= any.score + 2 ||
             (hold.cue < any.cue && any.cue < f.first && m_ctx.clauseNumber(hold.cue) == clause))) {
            st.role = u"level"_s;
            reject(u"a share of something, not a change"_s);
            continue;
        }
        if (metric.isEmpty()) {
            reject(metricCue >= 0 ? u"the trigger names no metric for this figure"_s
                                  : u"no trigger names what the figure measures"_s);
            continue;
        }
        if (base) {
            st.role = u"base"_s;
        }

        // Modality.
        if (lose.cue >= 0 && (any.cue < 0 || lose.score < any.score || (cueFlags(any.cue) & Lose)) &&
            (cueFlags(lose.cue) & Loss) && fig.type == FigureType::Money) {
            // "a $4.5 billion charge", "eine Abschreibung von 1,2 Milliarden": a loss, never revenue.
            metric = u"loss"_s;
            metricCue = lose.cue;
            st.trigger = m_ctx.tokenText(lose.cue).toString();
            st.frame = TriggerLexicon::frameNames(cueFlags(lose.cue));
        } else if (lose.cue >= 0 &&
                   (any.cue < 0 || lose.score < any.score || (cueFlags(any.cue) & Lose) ||
                    (m_ctx.clauseNumber(lose.cue) == clause && (metric == u"revenue" || metric == u"profit")))) {
            // "entgehen Nvidia Erlöse von 8 Milliarden Dollar": revenue lost or forgone is no revenue.
            st.modality = u"lost"_s;
            st.trigger = m_ctx.tokenText(lose.cue).toString();
            reject(u"money lost, forgone or written off is no revenue"_s);
            continue;
        }
        if ((estimate.cue >= 0 && (any.cue < 0 || estimate.score <= any.score + 2)) || (analyst && forecast) ||
            (metricCue >= 0 && (cueFlags(metricCue) & Estimate))) {
            st.modality = u"estimate"_s;
            reject(u"an estimate, potential or market size, not the company's figure"_s);
            continue;
        }
        if (deniedHypothetical(sentence, clause)) {
            st.modality = u"denied"_s;
            reject(u"a negated hypothetical says what did not happen"_s);
            continue;
        }
        {
            // "wenn", "falls", "if": a condition, not a fact.
            qsizetype k = f.first;
            while (k > s.firstToken && m_ctx.clauseNumber(k - 1) == clause) {
                --k;
            }
            if (m_ctx.isWord(k) && inList(m_ctx.tokenText(k), kConditionals) &&
                (metric == u"revenue" || metric == u"profit" || isChangeMetric(metric))) {
                st.modality = u"conditional"_s;
                reject(u"a condition, not a fact"_s);
                continue;
            }
        }
        FactKind kind = FactKind::Reported;
        if (forecast) {
            kind = FactKind::Forecast;
            st.modality = u"forecast"_s;
            if (metric == u"revenue" || metric == u"profit" || isChangeMetric(metric) || metric == u"market_share") {
                metric = u"target"_s;
            }
        }

        // Subject.
        Subject subject = subjectFor(sentence, f, metricCue, metric);
        // "U.S.-listed shares of Alibaba rose 4% in premarket trading": the stock word before the figure names whose
        // shares moved.
        if (metric == u"share_price_change" && subject.how != u"compound" && subject.how != u"genitive" &&
            subject.how != u"von/of attachment") {
            for (const Cue &c : std::as_const(cues)) {
                if ((c.flags & Stock) && c.token < f.first && m_ctx.clauseNumber(c.token) == clause) {
                    if (const Subject owner = attachedSubject(c.token, metric, f); owner.entity >= 0) {
                        subject = owner;
                        break;
                    }
                }
            }
        }
        if (subject.entity >= 0 && isCoordinated(subject.entity)) {
            for (QStringView joint : kJoint) {
                if (clauseHasWord(sentence, clause, joint)) {
                    st.role = u"total"_s;
                }
            }
            if (st.role == u"total") {
                st.subject = m_ctx.entities()[subject.entity].canonical;
                reject(u"a total of several subjects"_s);
                continue;
            }
        }
        // A sentence that names no company goes on about the company of the fact before it, or the company
        // the text is about.
        bool companyBefore = false;
        for (qsizetype e : s.entities) {
            companyBefore = companyBefore ||
                            (m_ctx.entities()[e].type == EntityType::Company && m_ctx.entityTokens(e).first < f.first);
        }
        // "lediglich der Energieversorger Huadian New Energy hatte mehr erlöst": a company the knowledge base does not
        // know is the subject; the figure is none of the known ones'.
        bool unknownCompany = false;
        for (qsizetype k = s.firstToken; k < f.first && !unknownCompany; ++k) {
            unknownCompany = m_ctx.clauseNumber(k) == clause && m_ctx.isUnknownCompanyApposition(k, sentence);
        }
        const bool ownClause = subject.how == u"subject of the clause" || subject.how == u"compound" ||
                               subject.how == u"genitive" || subject.how == u"von/of attachment";
        if (unknownCompany && !ownClause) {
            reject(u"the subject is a company the knowledge base does not know"_s);
            continue;
        }
        if (subject.entity < 0 && !companyBefore) {
            if (m_lastFactEntity >= 0 && m_lastFactSentence >= sentence - 1 &&
                allowedSubject(m_lastFactEntity, metric)) {
                subject = {m_lastFactEntity, 0.5, u"subject of the fact before"_s};
                continues = true;
            } else if (const qsizetype salient = salientCompany(sentence); salient >= 0) {
                subject = {salient, 0.4, u"salient company of the text before"_s};
            }
        }
        if (subject.entity < 0) {
            reject(u"no clear subject"_s);
            continue;
        }
        const EntityMention &who = m_ctx.entities()[subject.entity];
        st.subject = who.canonical;
        st.subjectHow = subject.how;

        // Polarity.
        double sign = 1;
        if (isChangeMetric(metric) || (metric == u"target" && fig.type == FigureType::Percent && changeNear)) {
            if (change.cue >= 0 && (change.flags & Down) && changeNear) {
                sign = -1;
            }
            st.polarity = sign < 0 ? -1 : (change.cue >= 0 ? 1 : 0);
        }

        // Period. A company named in its own sentence does not take a period stated in passing for another one.
        const bool namedHere = subject.how == u"subject of the clause" || subject.how == u"subject of the sentence" ||
                               subject.how == u"compound" || subject.how == u"genitive" ||
                               subject.how == u"von/of attachment" || subject.how == u"only company of the clause";
        Period period;
        const std::pair<PeriodMention, Period> *stated = nullptr;
        int statedScore = 0;
        QString basePeriod;
        for (const auto &entry : sentenceAbsolute) {
            const PeriodMention &m = entry.first;
            const qsizetype b = m.first - 1;
            if (m_ctx.wordIs(b, u"seit") || m_ctx.wordIs(b, u"since")) {
                continue;
            }
            // "3 Prozent mehr als im ersten Quartal": the period a change is measured against.
            if (m.base && st.role == u"change") {
                if (m_ctx.clauseNumber(m.first) == clause && m.first >= f.end) {
                    basePeriod = entry.second.label();
                }
                continue;
            }
            // "wuchs um 14 Prozent auf 3,24 Milliarden, schrumpfte aber im Vergleich zum ersten Quartal": the other
            // side of a comparison after a level is not its period.
            if (m.base && m.first >= f.end) {
                continue;
            }
            int score = m.first < f.first ? m_ctx.wordNumber(f.first) - m_ctx.wordNumber(m.end - 1)
                                          : m_ctx.wordNumber(m.first) - m_ctx.wordNumber(f.end - 1);
            if (m_ctx.clauseNumber(m.first) != clause) {
                score += 6;
            }
            // "von 50 Millionen Yuan im Jahr 2022 auf 700 Millionen Yuan": a date right after another amount is that
            // amount's.
            if (m.first < f.first) {
                for (const FigureTokens &o : amounts) {
                    if (o.index != f.index && o.end <= m.first && m.first - o.end <= 3 && o.first > m.first - 6) {
                        score += 5;
                    }
                }
            }
            // "Im zweiten Quartal ..., steigerte der Konzern ...": a period that opens the sentence frames all of it.
            if (m.opening) {
                score = std::min(score, 15);
            }
            if (!stated || score < statedScore) {
                stated = &entry;
                statedScore = score;
            }
        }
        if (stated && statedScore <= 20) {
            period = stated->second;
            st.periodHow = u"stated"_s;
        } else if (continues && m_lastFactPeriodValue.valid() && m_lastFactEntity == subject.entity) {
            period = m_lastFactPeriodValue;
            st.periodHow = u"of the fact before"_s;
        } else if (runningBefore.valid() &&
                   (runningOwnerBefore < 0 || !namedHere ||
                    m_ctx.entities()[runningOwnerBefore].canonical == m_ctx.entities()[subject.entity].canonical)) {
            period = runningBefore;
            st.periodHow = u"running period of the text before"_s;
        }
        // What the sentences after go on about: the period of the statement, not that of a base it names nor the
        // month of an event it mentions.
        const Period statementPeriod =
            stated && (stated->first.base || stated->first.weak) && runningBefore.valid() ? runningBefore : period;
        // "deren Umsatz sich mit 7,3 Milliarden Dollar gegenüber dem Vorjahr verdoppelte": a relative period after a
        // comparison word is what a change is measured against, not the period of the level.
        if (relative && relative->base && changeNear && st.role != u"change" && period.valid()) {
            basePeriod =
                (relative->relation == PeriodMention::PreviousYear ? period.previousYear() : period.previousQuarter())
                    .label();
        } else if (relative && period.valid()) {
            const Period shifted =
                relative->relation == PeriodMention::PreviousYear ? period.previousYear() : period.previousQuarter();
            if (st.role == u"change") {
                basePeriod = shifted.label();
            } else if (!(stated && statedScore <= 3)) {
                // A level "im Vorjahreszeitraum", "a year earlier": the figure is of the period before.
                period = shifted;
                st.periodHow =
                    relative->relation == PeriodMention::PreviousYear ? u"the year before"_s : u"the quarter before"_s;
            }
        } else if (base && period.valid() && !(stated && statedScore <= 3)) {
            period = period.previousYear();
            st.periodHow = u"base of the change: the year before"_s;
        }
        Fact fact;
        fact.subject = who.canonical;
        fact.subjectId = who.entityId;
        fact.metric = metric;
        fact.values.append({sign * fig.value, fig.unit, fig.span});
        if (f.pair >= 0) {
            const Figure &other = m_figures[f.pair];
            fact.values.append({sign * other.value, other.unit, other.span});
        }
        fact.period = period.label();
        if (fact.period.isEmpty() && continues && m_lastFactEntity == subject.entity) {
            fact.period = m_lastFactPeriod;
        }
        fact.sentence = s.span;
        fact.confidence = subject.confidence;
        fact.kind = kind;
        fact.role = st.role == u"change" ? FactRole::Change : FactRole::Level;
        fact.basePeriod = basePeriod;
        st.period = fact.period;
        st.fact = out->size();
        out->append(fact);
        if (statements) {
            statements->append(st);
        }
        m_lastFactSentence = sentence;
        m_lastFactEntity = subject.entity;
        m_lastFactMetric = metric;
        m_lastFactPeriod = fact.period;
        m_lastFactPeriodValue = statementPeriod;
    }
    updateRunning();
}

StatementParser::StatementParser(const TextContext &ctx, const QList<Figure> &figures, const PeriodContext &dating,
                                 const QString &language, const TriggerLexicon &lexicon)
    : d(new Impl(ctx, figures, dating, language, lexicon))
{}

StatementParser::~StatementParser()
{
    delete d;
}

QList<Fact> StatementParser::parse(QList<FigureStatement> *statements)
{
    const TextContext &ctx = d->m_ctx;
    QList<QList<qsizetype>> bySentence(ctx.sentences().size());
    for (qsizetype i = 0; i < d->m_figures.size(); ++i) {
        const qsizetype s = ctx.sentenceAt(d->m_figures[i].span.start);
        if (s >= 0) {
            bySentence[s].append(i);
        }
    }
    QList<Fact> facts;
    for (qsizetype s = 0; s < ctx.sentences().size(); ++s) {
        d->parseSentence(s, bySentence[s], &facts, statements);
    }
    return facts;
}

} // namespace Chipwatch::Core
