// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/factlinker.h"

#include "analysis/textcontext.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFacts, "chipwatch.core.facts", QtInfoMsg)

namespace Chipwatch::Core {

namespace {

// What a word says about a figure near it. One word may say several things ("Umsatzwachstum" is
// revenue and growth); metricFor() decides.
enum CueFlag : quint32 {
    Revenue = 1u << 0,
    Profit = 1u << 1,
    Loss = 1u << 2,
    Investment = 1u << 3,
    Ipo = 1u << 4,
    Valuation = 1u << 5,
    MarketShare = 1u << 6,
    Funding = 1u << 7,
    Levy = 1u << 8,
    Tariff = 1u << 9,
    Target = 1u << 10,
    Growth = 1u << 11,
    Decline = 1u << 12,
    Stock = 1u << 13,
    // Words that are cues only in context (see linkSentence()).
    ShareWord = 1u << 20,
    PriceWord = 1u << 21,
    GovernmentWord = 1u << 22,
    InchWord = 1u << 23,
};

constexpr quint32 kMetricFlags =
    Revenue | Profit | Loss | Investment | Ipo | Valuation | MarketShare | Funding | Levy | Tariff | Target;
constexpr quint32 kChangeFlags = Growth | Decline;

enum class StemMode { Contains, Prefix, Suffix, Exact };

struct CueStem
{
    QStringView stem;
    StemMode mode;
    quint32 flags;
};

// Lower-case stems. German compounds carry the metric anywhere in the word ("Quartalsumsatz",
// "Produkterlöse", "Nettoverlust"), hence the substring matches.
const CueStem kCueStems[] = {
    // revenue
    {u"umsatz", StemMode::Contains, Revenue},
    {u"umsätz", StemMode::Contains, Revenue},
    {u"erlös", StemMode::Contains, Revenue},
    {u"einnahme", StemMode::Contains, Revenue},
    {u"revenue", StemMode::Contains, Revenue},
    {u"turnover", StemMode::Exact, Revenue},
    {u"sales", StemMode::Exact, Revenue},
    // profit, loss
    {u"gewinn", StemMode::Contains, Profit},
    {u"profit", StemMode::Contains, Profit},
    {u"überschuss", StemMode::Contains, Profit},
    {u"nettoergebnis", StemMode::Contains, Profit},
    {u"ebit", StemMode::Exact, Profit},
    {u"ebitda", StemMode::Exact, Profit},
    {u"earnings", StemMode::Exact, Profit},
    {u"income", StemMode::Exact, Profit},
    {u"verdien", StemMode::Prefix, Profit},
    {u"earned", StemMode::Exact, Profit},
    {u"verlust", StemMode::Contains, Loss},
    {u"fehlbetrag", StemMode::Contains, Loss},
    {u"defizit", StemMode::Contains, Loss},
    {u"loss", StemMode::Exact, Loss},
    {u"losses", StemMode::Exact, Loss},
    {u"deficit", StemMode::Exact, Loss},
    // write-downs and charges: "eine Belastung von 5,5 Milliarden Dollar", "a $4.5 billion charge"
    {u"abschreibung", StemMode::Contains, Loss},
    {u"belastung", StemMode::Contains, Loss},
    {u"einbuße", StemMode::Contains, Loss},
    {u"einbußen", StemMode::Contains, Loss},
    {u"charge", StemMode::Exact, Loss},
    {u"charges", StemMode::Exact, Loss},
    {u"write-down", StemMode::Exact, Loss},
    {u"writedown", StemMode::Exact, Loss},
    // investment
    {u"investi", StemMode::Prefix, Investment},
    {u"invest", StemMode::Exact, Investment},
    {u"invests", StemMode::Exact, Investment},
    {u"invested", StemMode::Exact, Investment},
    {u"investing", StemMode::Exact, Investment},
    {u"investment", StemMode::Exact, Investment},
    {u"investments", StemMode::Exact, Investment},
    {u"capex", StemMode::Exact, Investment},
    {u"ausgeben", StemMode::Exact, Investment},
    {u"ausgaben", StemMode::Suffix, Investment},
    {u"ausgaben", StemMode::Exact, Investment},
    {u"spend", StemMode::Exact, Investment},
    {u"spending", StemMode::Exact, Investment},
    {u"spent", StemMode::Exact, Investment},
    // listing, valuation, funding
    {u"börsengang", StemMode::Contains, Ipo},
    {u"börsengäng", StemMode::Contains, Ipo},
    {u"börsendebüt", StemMode::Contains, Ipo},
    {u"börsennotierung", StemMode::Contains, Ipo},
    {u"ipo", StemMode::Exact, Ipo},
    {u"ipos", StemMode::Exact, Ipo},
    {u"listing", StemMode::Exact, Ipo},
    {u"flotation", StemMode::Exact, Ipo},
    {u"bewertung", StemMode::Contains, Valuation},
    {u"bewertet", StemMode::Contains, Valuation},
    {u"marktwert", StemMode::Contains, Valuation},
    {u"börsenwert", StemMode::Contains, Valuation},
    {u"marktkapitalisierung", StemMode::Contains, Valuation},
    {u"valuation", StemMode::Exact, Valuation},
    {u"valued", StemMode::Exact, Valuation},
    {u"valuing", StemMode::Exact, Valuation},
    {u"marktanteil", StemMode::Contains, MarketShare},
    {u"finanzierungsrunde", StemMode::Contains, Funding},
    {u"kapitalrunde", StemMode::Contains, Funding},
    {u"finanzierung", StemMode::Exact, Funding},
    {u"funding", StemMode::Exact, Funding},
    {u"raised", StemMode::Exact, Funding},
    {u"raises", StemMode::Exact, Funding},
    {u"eingesammelt", StemMode::Exact, Funding},
    {u"einsammeln", StemMode::Exact, Funding},
    {u"sammelte", StemMode::Exact, Funding},
    {u"subvention", StemMode::Contains, Funding},
    {u"fördermittel", StemMode::Contains, Funding},
    {u"förderung", StemMode::Exact, Funding},
    {u"subsid", StemMode::Prefix, Funding},
    {u"grants", StemMode::Exact, Funding},
    // payments to governments, tariffs, targets
    {u"abführ", StemMode::Contains, Levy},
    {u"abgeführt", StemMode::Contains, Levy},
    {u"abgabe", StemMode::Contains, Levy},
    {u"steuer", StemMode::Suffix, Levy},
    {u"steuer", StemMode::Exact, Levy},
    {u"levy", StemMode::Contains, Levy},
    {u"levies", StemMode::Contains, Levy},
    {u"zoll", StemMode::Contains, Tariff},
    {u"zöll", StemMode::Contains, Tariff},
    {u"tariff", StemMode::Contains, Tariff},
    {u"duties", StemMode::Exact, Tariff},
    {u"ziel", StemMode::Contains, Target},
    {u"target", StemMode::Prefix, Target},
    {u"goal", StemMode::Prefix, Target},
    {u"angestrebt", StemMode::Exact, Target},
    {u"anvisiert", StemMode::Exact, Target},
    // change
    {u"wachstum", StemMode::Contains, Growth},
    {u"sprung", StemMode::Contains, Growth},
    {u"plus", StemMode::Contains, Growth},
    {u"anstieg", StemMode::Contains, Growth},
    {u"steigerung", StemMode::Contains, Growth},
    {u"zuwachs", StemMode::Contains, Growth},
    {u"growth", StemMode::Contains, Growth},
    {u"stieg", StemMode::Prefix, Growth},
    {u"steiger", StemMode::Prefix, Growth},
    {u"gesteigert", StemMode::Exact, Growth},
    {u"up", StemMode::Exact, Growth},
    {u"steigt", StemMode::Exact, Growth},
    {u"steigen", StemMode::Exact, Growth},
    {u"gestiegen", StemMode::Exact, Growth},
    {u"wuchs", StemMode::Prefix, Growth},
    {u"wächst", StemMode::Exact, Growth},
    {u"wachsen", StemMode::Exact, Growth},
    {u"gewachsen", StemMode::Exact, Growth},
    {u"legte", StemMode::Exact, Growth},
    {u"zugelegt", StemMode::Exact, Growth},
    {u"zulegen", StemMode::Exact, Growth},
    {u"kletter", StemMode::Prefix, Growth},
    {u"sprang", StemMode::Exact, Growth},
    {u"verdoppel", StemMode::Prefix, Growth},
    {u"verdreifach", StemMode::Prefix, Growth},
    {u"erhöh", StemMode::Prefix, Growth},
    {u"höher", StemMode::Exact, Growth},
    {u"rose", StemMode::Exact, Growth},
    {u"rise", StemMode::Exact, Growth},
    {u"rises", StemMode::Exact, Growth},
    {u"risen", StemMode::Exact, Growth},
    {u"grew", StemMode::Exact, Growth},
    {u"grow", StemMode::Exact, Growth},
    {u"grows", StemMode::Exact, Growth},
    {u"jumped", StemMode::Exact, Growth},
    {u"jump", StemMode::Exact, Growth},
    {u"climbed", StemMode::Exact, Growth},
    {u"surged", StemMode::Exact, Growth},
    {u"soared", StemMode::Exact, Growth},
    {u"increased", StemMode::Exact, Growth},
    {u"increase", StemMode::Exact, Growth},
    {u"gained", StemMode::Exact, Growth},
    {u"higher", StemMode::Exact, Growth},
    {u"sank", StemMode::Exact, Decline},
    {u"sinkt", StemMode::Exact, Decline},
    {u"gesunken", StemMode::Exact, Decline},
    {u"fiel", StemMode::Exact, Decline},
    {u"fällt", StemMode::Exact, Decline},
    {u"gefallen", StemMode::Exact, Decline},
    {u"rückgang", StemMode::Contains, Decline},
    {u"minus", StemMode::Contains, Decline},
    {u"schrumpf", StemMode::Prefix, Decline},
    {u"einbruch", StemMode::Contains, Decline},
    {u"verlor", StemMode::Exact, Decline},
    {u"fell", StemMode::Exact, Decline},
    {u"declined", StemMode::Exact, Decline},
    {u"decline", StemMode::Exact, Decline},
    {u"dropped", StemMode::Exact, Decline},
    {u"slid", StemMode::Exact, Decline},
    {u"slumped", StemMode::Exact, Decline},
    {u"plunged", StemMode::Exact, Decline},
    {u"decreased", StemMode::Exact, Decline},
    {u"shrank", StemMode::Exact, Decline},
    {u"down", StemMode::Exact, Decline},
    // the stock
    {u"aktie", StemMode::Prefix, Stock},
    {u"börsenkurs", StemMode::Contains, Stock},
    {u"kurs", StemMode::Exact, Stock},
    {u"shares", StemMode::Exact, Stock},
    {u"stock", StemMode::Exact, Stock},
};

// Stems above that also occur inside unrelated words.
const QStringView kCueExceptions[] = {u"gewinner",   u"erziel", u"gezielt", u"steuerung",
                                      u"zielgruppe", u"zoll-",  u"surplus"};

// The letters a word contains, as bits: a stem can only occur in a word that has all its letters.
quint64 letterMask(QStringView w)
{
    quint64 mask = 0;
    for (QChar c : w) {
        mask |= quint64(1) << (c.unicode() % 64);
    }
    return mask;
}

quint32 classify(const QString &w)
{
    if (w == u"share" || w == u"shares") {
        return quint32(ShareWord) | (w == u"shares" ? quint32(Stock) : 0u);
    }
    if (w == u"price") {
        return PriceWord;
    }
    if (w.contains(u"regierung") || w == u"government" || w == u"staat" || w == u"state") {
        return GovernmentWord;
    }
    for (QStringView ex : kCueExceptions) {
        if (w.contains(ex)) {
            return 0;
        }
    }
    quint32 flags = w == u"zoll" ? quint32(InchWord) : 0u;
    static const QList<quint64> stemMasks = [] {
        QList<quint64> masks;
        for (const CueStem &c : kCueStems) {
            masks.append(letterMask(c.stem));
        }
        return masks;
    }();
    const quint64 mask = letterMask(w);
    for (qsizetype i = 0; i < qsizetype(std::size(kCueStems)); ++i) {
        const CueStem &c = kCueStems[i];
        if ((stemMasks[i] & ~mask) != 0) {
            continue;
        }
        bool hit = false;
        switch (c.mode) {
        case StemMode::Contains:
            hit = w.contains(c.stem);
            break;
        case StemMode::Prefix:
            hit = w.startsWith(c.stem);
            break;
        case StemMode::Suffix:
            hit = w.endsWith(c.stem) && w.size() > c.stem.size();
            break;
        case StemMode::Exact:
            hit = w == c.stem;
            break;
        }
        if (hit) {
            flags |= c.flags;
        }
    }
    return flags;
}

// The metric a cue word names on its own, most specific first ("Umsatzziel" is a target,
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
        return flags & kChangeFlags ? u"profit_growth"_s : u"profit"_s;
    }
    if (flags & Revenue) {
        return flags & kChangeFlags ? u"revenue_growth"_s : u"revenue"_s;
    }
    return {};
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
    u"approx",     u"i",      u"e",      u"also",  u"sprich", u"damit"};

const QStringView kPeriodPrepositions[] = {
    u"für", u"im", u"in", u"for", u"during", u"of", u"jahr", u"fiscal", u"geschäftsjahr", u"fy", u"bis", u"by"};

const QStringView kOrdinalWords[][4] = {
    {u"ersten", u"erste", u"first", u"erstes"},
    {u"zweiten", u"zweite", u"second", u"zweites"},
    {u"dritten", u"dritte", u"third", u"drittes"},
    {u"vierten", u"vierte", u"fourth", u"viertes"},
};

template <std::size_t N>
bool inList(QStringView word, const QStringView (&list)[N])
{
    for (QStringView w : list) {
        if (word.size() == w.size() && word.compare(w, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

struct FigureTokens
{
    qsizetype index; // into the figure list
    qsizetype first;
    qsizetype end; // exclusive; covers a paired second currency too
    qsizetype pair = -1;
};

class SentenceLinker
{
public:
    SentenceLinker(const TextContext &ctx, const QList<Figure> &figures, const QString &articleDate)
        : m_ctx(ctx)
        , m_figures(figures)
        , m_articleYear(articleDate.left(4).toInt())
    {}

    void linkSentence(qsizetype sentence, const QList<qsizetype> &figures, QList<Fact> *out);

private:
    struct Subject
    {
        qsizetype entity = -1;
        double confidence = 0;
    };

    int distance(const FigureTokens &f, qsizetype token) const;
    int figuresBetween(const FigureTokens &f, qsizetype token, const QList<FigureTokens> &all) const;
    bool allowedSubject(qsizetype entity, const QString &metric) const;
    Subject attachedSubject(qsizetype cue, const QString &metric, const FigureTokens &f) const;
    Subject subjectFor(qsizetype sentence, const FigureTokens &f, qsizetype cue, const QString &metric) const;
    bool deniedHypothetical(qsizetype sentence, int clause) const;
    bool mentionsCompany(qsizetype sentence) const;
    QString periodFor(qsizetype sentence, const FigureTokens &f, const QList<FigureTokens> &dates) const;

    quint32 cueFlags(qsizetype token);

    const TextContext &m_ctx;
    const QList<Figure> &m_figures;
    int m_articleYear;
    QHash<QStringView, quint32> m_cueCache; // an article repeats its words
    // The subject of the last fact and its sentence, for a next sentence that goes on about it.
    qsizetype m_lastFactSentence = -1;
    qsizetype m_lastFactEntity = -1;
    QString m_lastFactMetric;
    QString m_lastFactPeriod;
};

quint32 SentenceLinker::cueFlags(qsizetype token)
{
    const QStringView surface = m_ctx.tokenText(token);
    const auto it = m_cueCache.constFind(surface);
    if (it != m_cueCache.cend()) {
        return it.value();
    }
    const quint32 flags = classify(surface.toString().toLower());
    m_cueCache.insert(surface, flags);
    return flags;
}

int SentenceLinker::distance(const FigureTokens &f, qsizetype token) const
{
    if (token < f.first) {
        return m_ctx.wordNumber(f.first) - m_ctx.wordNumber(token);
    }
    return m_ctx.wordNumber(token) - m_ctx.wordNumber(f.end - 1);
}

int SentenceLinker::figuresBetween(const FigureTokens &f, qsizetype token, const QList<FigureTokens> &all) const
{
    int n = 0;
    for (const FigureTokens &o : all) {
        if (o.index == f.index) {
            continue;
        }
        if ((token < f.first && o.first > token && o.end <= f.first) ||
            (token >= f.end && o.first >= f.end && o.first < token)) {
            ++n;
        }
    }
    return n;
}

bool SentenceLinker::allowedSubject(qsizetype entity, const QString &metric) const
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

// The entity a metric word belongs to: "Alibabas Umsatz", "Alibaba-Umsatz", "Umsatz von MetaX",
// "revenue of Nvidia", "Nvidia's revenue".
SentenceLinker::Subject SentenceLinker::attachedSubject(qsizetype cue, const QString &metric,
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
    // Backwards: a compound or a genitive, over at most two adjectives.
    qsizetype j = cue;
    // The cue may be the last part of a compound: "KI-Umsatz" starts at "KI".
    while (m_ctx.isSymbol(j - 1, u'-') && !m_ctx.tokens()[j - 1].spaceBefore && !m_ctx.tokens()[j].spaceBefore &&
           m_ctx.isWord(j - 2)) {
        const qsizetype e = entityEndingAt(j - 1);
        if (e >= 0 && allowedSubject(e, metric)) {
            return {e, 0.9};
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
            return {e, 0.9};
        }
    }
    // Forwards: "Umsatz von MetaX", "revenue of Nvidia", "Umsatz des Konzerns Alibaba".
    qsizetype a = cue + 1;
    while (m_ctx.isSymbol(a, u'-') && !m_ctx.tokens()[a].spaceBefore && m_ctx.isWord(a + 1)) {
        a += 2;
    }
    if (m_ctx.wordIs(a, u"von") || m_ctx.wordIs(a, u"des") || m_ctx.wordIs(a, u"der") || m_ctx.wordIs(a, u"bei") ||
        m_ctx.wordIs(a, u"of") || m_ctx.wordIs(a, u"at")) {
        qsizetype b = a + 1;
        for (int skip = 0; skip < 3 && b < f.first; ++skip) {
            const qsizetype e = entityStartingAt(b);
            if (e >= 0) {
                return allowedSubject(e, metric) ? Subject{e, 0.9} : Subject{};
            }
            if (!m_ctx.isWord(b)) {
                break;
            }
            ++b;
        }
        if (a + 1 >= f.end) {
            const qsizetype e = entityStartingAt(a + 1);
            if (e >= 0 && allowedSubject(e, metric)) {
                return {e, 0.9};
            }
        }
    }
    return {};
}

SentenceLinker::Subject SentenceLinker::subjectFor(qsizetype sentence, const FigureTokens &f, qsizetype cue,
                                                   const QString &metric) const
{
    if (cue >= 0) {
        const Subject attached = attachedSubject(cue, metric, f);
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
            if (allowedSubject(e, metric) && !m_ctx.isGoverned(e)) {
                candidates.append({k, e, false});
            }
            continue;
        }
        qsizetype end = -1;
        if (k < f.first && m_ctx.isCompanyReference(k, sentence, &end)) {
            candidates.append({k, m_ctx.resolveCompanyReference(sentence, k), true});
            k = end - 1;
        }
    }
    if (candidates.isEmpty()) {
        return {};
    }
    const int clause = m_ctx.clauseNumber(f.first);
    auto result = [](const Candidate &c, double confidence) {
        // An unresolved reference makes the subject unclear: no fact rather than a guess.
        return c.entity >= 0 ? Subject{c.entity, c.reference ? 0.6 : confidence} : Subject{};
    };
    for (const Candidate &c : candidates) {
        if (c.token < f.first && m_ctx.clauseNumber(c.token) == clause) {
            return result(c, 0.8);
        }
    }
    for (const Candidate &c : candidates) {
        if (c.token < f.first) {
            return result(c, 0.7);
        }
    }
    if (candidates.size() == 1 && m_ctx.clauseNumber(candidates.front().token) == clause) {
        return result(candidates.front(), 0.6);
    }
    return {};
}

QString SentenceLinker::periodFor(qsizetype sentence, const FigureTokens &f, const QList<FigureTokens> &dates) const
{
    const FigureTokens *best = nullptr;
    int bestScore = 0;
    for (const FigureTokens &d : dates) {
        const qsizetype before = d.first - 1;
        if (m_ctx.wordIs(before, u"seit") || m_ctx.wordIs(before, u"since")) {
            continue;
        }
        int score = d.first < f.first ? distance(f, d.end - 1) : distance(f, d.first);
        if (m_ctx.clauseNumber(d.first) != m_ctx.clauseNumber(f.first)) {
            score += 6;
        }
        if (m_ctx.isWord(before) && inList(m_ctx.tokenText(before), kPeriodPrepositions)) {
            score -= 2;
        }
        if (score <= 15 && (!best || score < bestScore)) {
            best = &d;
            bestScore = score;
        }
    }
    if (best) {
        return m_figures[best->index].isoDate;
    }
    if (m_articleYear <= 0) {
        return {};
    }
    // A relative period dated by the article: "im ersten Halbjahr", "in the third quarter", "last year".
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    for (qsizetype k = s.firstToken; k + 1 < s.endToken; ++k) {
        if (!m_ctx.isWord(k + 1)) {
            continue;
        }
        const QStringView w = m_ctx.tokenText(k + 1);
        const bool quarter =
            w.startsWith(u"quartal", Qt::CaseInsensitive) || w.compare(u"quarter", Qt::CaseInsensitive) == 0;
        const bool half = w.startsWith(u"halbjahr", Qt::CaseInsensitive) ||
                          w.compare(u"half", Qt::CaseInsensitive) == 0 ||
                          w.startsWith(u"jahreshälfte", Qt::CaseInsensitive);
        if (quarter || half) {
            for (int n = 0; n < (quarter ? 4 : 2); ++n) {
                for (QStringView ordinal : kOrdinalWords[n]) {
                    if (m_ctx.wordIs(k, ordinal)) {
                        return QString::number(m_articleYear) + (quarter ? u"-Q"_s : u"-H"_s) + QString::number(n + 1);
                    }
                }
            }
        }
        const bool year = w.compare(u"jahr", Qt::CaseInsensitive) == 0 || w.compare(u"year", Qt::CaseInsensitive) == 0;
        if (year && (m_ctx.wordIs(k, u"vergangenen") || m_ctx.wordIs(k, u"letzten") || m_ctx.wordIs(k, u"last"))) {
            return QString::number(m_articleYear - 1);
        }
        if (year && (m_ctx.wordIs(k, u"diesem") || m_ctx.wordIs(k, u"dieses") || m_ctx.wordIs(k, u"this"))) {
            return QString::number(m_articleYear);
        }
    }
    return {};
}

// "Umsätze von 2,5 Milliarden Dollar hätten nicht mehr ausgeliefert werden können", "sales of $2.5 billion
// could not be shipped": a negated modal or subjunctive says what did not happen, so the amount is no
// company's revenue or loss. Reported speech in the subjunctive without a negation still counts.
bool SentenceLinker::deniedHypothetical(qsizetype sentence, int clause) const
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

bool SentenceLinker::mentionsCompany(qsizetype sentence) const
{
    for (qsizetype e : m_ctx.sentences()[sentence].entities) {
        if (m_ctx.entities()[e].type == EntityType::Company) {
            return true;
        }
    }
    return false;
}

void SentenceLinker::linkSentence(qsizetype sentence, const QList<qsizetype> &figures, QList<Fact> *out)
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    QList<FigureTokens> amounts;
    QList<FigureTokens> dates;
    for (qsizetype i : figures) {
        const Figure &fig = m_figures[i];
        if (fig.span.end > s.span.end) {
            continue;
        }
        FigureTokens ft{i, m_ctx.tokenAt(fig.span.start), m_ctx.tokenAt(fig.span.end)};
        if (fig.type == FigureType::Date) {
            dates.append(ft);
        } else if (fig.type == FigureType::Money || fig.type == FigureType::Percent) {
            amounts.append(ft);
        }
    }
    if (amounts.isEmpty()) {
        return;
    }
    // One claim in two currencies.
    for (qsizetype a = 0; a + 1 < amounts.size(); ++a) {
        FigureTokens &first = amounts[a];
        const FigureTokens &second = amounts[a + 1];
        const Figure &f1 = m_figures[first.index];
        const Figure &f2 = m_figures[second.index];
        if (f1.type != FigureType::Money || f2.type != FigureType::Money || f1.unit == f2.unit || first.pair >= 0 ||
            second.first - first.end > 5) {
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

    // Cue words of the sentence.
    struct Cue
    {
        qsizetype token;
        quint32 flags;
    };

    QList<Cue> cues;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k)) {
            continue;
        }
        quint32 flags = cueFlags(k);
        // "market share", "share price", a payment "an die Regierung" / "to the government".
        if ((flags & ShareWord) && m_ctx.wordIs(k - 1, u"market")) {
            flags |= MarketShare;
        } else if ((flags & PriceWord) && m_ctx.wordIs(k - 1, u"share")) {
            flags |= Stock;
        } else if (flags & GovernmentWord) {
            // "an die US-Regierung", "to the U.S. government": a payment to the state.
            for (qsizetype b = k - 1; b >= s.firstToken && b >= k - 7; --b) {
                if (m_ctx.wordIs(b, u"an") || m_ctx.wordIs(b, u"to")) {
                    flags |= Levy;
                    break;
                }
                if (!m_ctx.isWord(b) && !m_ctx.isSymbol(b, u'.') && !m_ctx.isSymbol(b, u'-')) {
                    break;
                }
            }
        } else if ((flags & InchWord) && k > 0 && m_ctx.tokens()[k - 1].kind == TokenKind::Number) {
            flags = 0; // "12 Zoll" is a size in inches
        }
        flags &= kMetricFlags | kChangeFlags | Stock;
        if (flags) {
            cues.append({k, flags});
        }
    }

    for (const FigureTokens &f : amounts) {
        const Figure &fig = m_figures[f.index];
        const int clause = m_ctx.clauseNumber(f.first);

        // The metric word nearest to the figure, preferring its own clause and the words before it.
        // Words beyond another amount belong to that amount; percentages look first for the metrics
        // that are percentages by nature (levy, tariff, market share, target).
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

        bool continues = false; // the fact goes on about the one of the sentence before
        Best any;
        Best percentLike;
        Best unpenalised; // ignoring amounts in between: "Umsatz von 46 Mrd. Dollar, ein Plus von 56 Prozent"
        int changeScore = -1;
        int stockScore = -1;
        for (const Cue &c : cues) {
            if (c.token >= f.first && c.token < f.end) {
                continue;
            }
            int score = distance(f, c.token) + (c.token >= f.end ? 1 : 0);
            if (m_ctx.clauseNumber(c.token) != clause) {
                score += 4;
            }
            const int penalised = score + 6 * figuresBetween(f, c.token, amounts);
            if ((c.flags & kChangeFlags) && (changeScore < 0 || penalised < changeScore)) {
                changeScore = penalised;
            }
            if ((c.flags & Stock) && penalised <= 8 && (stockScore < 0 || penalised < stockScore)) {
                stockScore = penalised;
            }
            if (!(c.flags & kMetricFlags)) {
                continue;
            }
            if (penalised <= 12) {
                any.offer(c, penalised);
                if (c.flags & (Levy | Tariff | MarketShare | Target)) {
                    percentLike.offer(c, penalised);
                }
            }
            if (score <= 16) {
                unpenalised.offer(c, score);
            }
        }
        const bool changeNear = changeScore >= 0 && changeScore <= 8;
        QString metric;
        qsizetype metricCue = any.cue;
        if (fig.type == FigureType::Percent) {
            if (percentLike.cue >= 0) {
                metric = metricFor(percentLike.flags);
                metricCue = percentLike.cue;
            } else if (stockScore >= 0 && changeNear && (any.cue < 0 || stockScore < any.score)) {
                metric = u"share_price_change"_s;
            } else if (any.flags & (Revenue | Profit)) {
                // A percentage of a revenue or a profit is growth only when a change is stated.
                if (changeNear || (any.flags & kChangeFlags)) {
                    metric = metricFor(any.flags | Growth);
                }
            } else if (any.cue < 0 && changeScore >= 0 && changeScore <= 5 &&
                       (unpenalised.flags & (Revenue | Profit))) {
                // "..., ein Plus von 56 Prozent", "..., up 56%", "ein Wachstum von mehr als 4.200 Prozent": the
                // change of the amount named before.
                metric = metricFor(unpenalised.flags | Growth);
                metricCue = unpenalised.cue;
            } else if (any.cue < 0 && unpenalised.cue < 0 && changeScore >= 0 && changeScore <= 5 &&
                       m_lastFactSentence == sentence - 1 &&
                       (m_lastFactMetric == u"revenue" || m_lastFactMetric == u"profit")) {
                // "... auf 2,88 Milliarden Yuan gesteigert. Das entspricht einem Plus von 4.348 Prozent.": the
                // change of the amount of the sentence before.
                metric = m_lastFactMetric + u"_growth"_s;
                continues = true;
            }
        } else if (any.flags && !(any.flags & MarketShare)) {
            metric = metricFor(any.flags);
            // "Der Umsatz stieg um 2 Milliarden Dollar": an amount of change, not the level.
            const bool byAmount = m_ctx.wordIs(f.first - 1, u"um") || m_ctx.wordIs(f.first - 1, u"by");
            if (byAmount && changeNear && (any.flags & (Revenue | Profit)) && !(any.flags & (Loss | Investment))) {
                metric = metricFor(any.flags | Growth);
            }
            // "raised 3.9 billion yuan in its IPO": money raised in a listing is the listing's volume.
            if (metric == u"funding") {
                for (const Cue &c : cues) {
                    if ((c.flags & Ipo) && m_ctx.clauseNumber(c.token) == clause) {
                        metric = u"ipo_volume"_s;
                    }
                }
            }
        }
        if (metric.isEmpty() || deniedHypothetical(sentence, clause)) {
            continue;
        }
        Subject subject = subjectFor(sentence, f, metricCue, metric);
        // "Cambricon meldete einen Umsatz von ... Unter dem Strich stand ein Nettogewinn von ...": a sentence
        // that names no company at all goes on about the subject of the fact just before it.
        if (subject.entity < 0 && m_lastFactEntity >= 0 && m_lastFactSentence >= sentence - 1 &&
            !mentionsCompany(sentence) && allowedSubject(m_lastFactEntity, metric)) {
            subject = {m_lastFactEntity, 0.5};
            continues = true;
        }
        if (subject.entity < 0) {
            qCDebug(lcFacts) << "no clear subject for" << m_ctx.text().mid(fig.span.start, fig.span.length());
            continue;
        }
        const EntityMention &who = m_ctx.entities()[subject.entity];
        Fact fact;
        fact.subject = who.canonical;
        fact.subjectId = who.entityId;
        fact.metric = metric;
        fact.values.append({fig.value, fig.unit, fig.span});
        if (f.pair >= 0) {
            const Figure &other = m_figures[f.pair];
            fact.values.append({other.value, other.unit, other.span});
        }
        fact.period = periodFor(sentence, f, dates);
        if (fact.period.isEmpty() && continues && m_lastFactEntity == subject.entity) {
            fact.period = m_lastFactPeriod;
        }
        fact.sentence = s.span;
        fact.confidence = subject.confidence;
        out->append(fact);
        m_lastFactSentence = sentence;
        m_lastFactEntity = subject.entity;
        m_lastFactMetric = metric;
        m_lastFactPeriod = fact.period;
    }
}

} // namespace

QList<Fact> FactLinker::link(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities,
                             const QList<Figure> &figures, const QString &articleDate) const
{
    const TextContext ctx(text, sentences, entities);
    SentenceLinker linker(ctx, figures, articleDate);
    QList<QList<qsizetype>> bySentence(ctx.sentences().size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const qsizetype s = ctx.sentenceAt(figures[i].span.start);
        if (s >= 0) {
            bySentence[s].append(i);
        }
    }
    QList<Fact> facts;
    for (qsizetype s = 0; s < ctx.sentences().size(); ++s) {
        if (!bySentence[s].isEmpty()) {
            linker.linkSentence(s, bySentence[s], &facts);
        }
    }
    // The same claim repeated (a summary restating the lead) is one fact.
    QSet<QString> seen;
    QList<Fact> unique;
    unique.reserve(facts.size());
    for (const Fact &f : std::as_const(facts)) {
        const QString key = f.subject + u'|' + f.metric + u'|' + QString::number(f.values.front().value, 'g', 12) +
                            u'|' + f.values.front().unit;
        if (!seen.contains(key)) {
            seen.insert(key);
            unique.append(f);
        }
    }
    return unique;
}

} // namespace Chipwatch::Core
