// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/comparisonfinder.h"

#include "analysis/textcontext.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// How the compared chip is found from the comparison word.
enum class CueMode {
    WithObject, // a chip after "mit"/"with"/"zu"/"to" near the word: "mit Nvidias H20 vergleichbar"
    Object,     // the chip after the word ("übertrifft den NVL72", "rivals the H20"), or, when the word
                // ends a German clause and is a verb or particle, the object before it ("der das
                // H20-Modell ersetzen soll", "stellte ihn dem NVL144-System gegenüber")
};

// Extra conditions of words that are comparisons only in some constructions.
enum class CueCondition {
    None,
    StandBehind,  // "liegt hinter", "blieb hinter ... zurück": "hinter" alone is a place
    EnterAgainst, // "tritt gegen ... an": "gegen" alone is any opposition ("gegen Importe vorgehen")
    PitAgainst,   // "pitched against", "stacks up against"
    FallBehind,   // "falls behind", "lags behind"
};

struct ComparisonCue
{
    QStringView stem;
    bool prefix;          // stem is a prefix of the word, else the whole word
    QStringView next;     // a word that must follow ("schneller als"), or empty
    QStringView previous; // a word that must precede ("on par"), or empty
    QStringView relation;
    CueMode mode;
    bool verbFinal = false; // may end a German clause with its object before it
    CueCondition condition = CueCondition::None;
};

const ComparisonCue kCues[] = {
    // On a par.
    {u"vergleichbar", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"augenhöhe", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithalt", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithält", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"mitzuhalten", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithielt", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"ebenbürtig", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichauf", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichzieh", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichwertig", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"gegenstück", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"pendant", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"comparable", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"par", false, {}, u"on", u"comparable", CueMode::WithObject},
    {u"par", false, {}, u"a", u"comparable", CueMode::WithObject},
    {u"equivalent", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"similar", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"counterpart", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"level", false, u"with", {}, u"comparable", CueMode::WithObject},
    {u"parity", false, u"with", {}, u"comparable", CueMode::WithObject},
    {u"matches", false, {}, {}, u"comparable", CueMode::Object},
    {u"match", false, {}, {}, u"comparable", CueMode::Object},
    {u"league", false, u"as", u"same", u"comparable", CueMode::Object},
    {u"pace", false, u"with", {}, u"comparable", CueMode::WithObject},
    {u"aufschließ", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"aufzuschließen", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"heran", false, {}, {}, u"comparable", CueMode::Object, true},
    {u"gap", false, u"to", {}, u"compared", CueMode::Object},
    {u"gap", false, u"with", {}, u"compared", CueMode::Object},
    // Set side by side.
    {u"vergleich", false, {}, {}, u"compared", CueMode::WithObject},
    {u"verglichen", false, {}, {}, u"compared", CueMode::WithObject},
    {u"vergleicht", false, {}, {}, u"compared", CueMode::WithObject},
    {u"vergleichen", false, {}, {}, u"compared", CueMode::WithObject},
    {u"compared", false, {}, {}, u"compared", CueMode::WithObject},
    {u"compares", false, {}, {}, u"compared", CueMode::WithObject},
    {u"gegenüber", false, {}, {}, u"compared", CueMode::Object, true},
    {u"versus", false, {}, {}, u"compared", CueMode::Object},
    {u"vs", false, {}, {}, u"compared", CueMode::Object},
    // Competing.
    {u"konkurrieren", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurriert", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurrierte", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurrenzfähig", true, {}, {}, u"competes", CueMode::WithObject},
    {u"compete", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competes", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competed", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competing", false, {}, {}, u"competes", CueMode::WithObject},
    {u"rival", true, {}, {}, u"competes", CueMode::Object},
    {u"antwort", false, u"auf", {}, u"competes", CueMode::Object},
    {u"answer", false, u"to", {}, u"competes", CueMode::Object},
    {u"herausforderer", false, {}, {}, u"competes", CueMode::Object},
    {u"challenger", false, {}, {}, u"competes", CueMode::Object},
    {u"blows", false, u"with", u"trading", u"competes", CueMode::Object},
    {u"take", false, u"on", {}, u"competes", CueMode::Object},
    {u"takes", false, u"on", {}, u"competes", CueMode::Object},
    {u"taking", false, u"on", {}, u"competes", CueMode::Object},
    {u"took", false, u"on", {}, u"competes", CueMode::Object},
    {u"challenge", true, {}, {}, u"competes", CueMode::Object},
    {u"herausforder", true, {}, {}, u"competes", CueMode::Object},
    {u"gegen", false, {}, {}, u"competes", CueMode::Object, false, CueCondition::EnterAgainst},
    {u"against", false, {}, {}, u"competes", CueMode::Object, false, CueCondition::PitAgainst},
    // Taking the place of another chip.
    {u"ersetz", true, {}, {}, u"replaces", CueMode::Object, true},
    {u"ersatz", true, {}, {}, u"replaces", CueMode::WithObject},
    {u"alternative", false, {}, {}, u"replaces", CueMode::WithObject, true},
    {u"replac", true, {}, {}, u"replaces", CueMode::Object, true},
    {u"beerbt", true, {}, {}, u"replaces", CueMode::Object, true},
    {u"beerben", false, {}, {}, u"replaces", CueMode::Object, true},
    {u"nachfolger", true, {}, {}, u"replaces", CueMode::Object},
    {u"successor", true, {}, {}, u"replaces", CueMode::Object},
    {u"succeeds", false, {}, {}, u"replaces", CueMode::Object},
    {u"succeeded", false, {}, {}, u"replaces", CueMode::Object},
    // Derived from another chip.
    {u"variante", true, {}, {}, u"variant", CueMode::Object},
    {u"variant", true, {}, {}, u"variant", CueMode::Object},
    {u"version", false, {}, {}, u"variant", CueMode::Object},
    {u"ableger", false, {}, {}, u"variant", CueMode::Object},
    {u"derivative", false, {}, {}, u"variant", CueMode::Object},
    // Better, faster, slower.
    {u"übertrifft", false, {}, {}, u"outperforms", CueMode::Object, true},
    {u"übertreffen", false, {}, {}, u"outperforms", CueMode::Object, true},
    {u"übertraf", false, {}, {}, u"outperforms", CueMode::Object, true},
    {u"übertroffen", false, {}, {}, u"outperforms", CueMode::Object, true},
    {u"outperform", true, {}, {}, u"outperforms", CueMode::Object},
    {u"surpass", true, {}, {}, u"outperforms", CueMode::Object},
    {u"beats", false, {}, {}, u"outperforms", CueMode::Object},
    {u"outpac", true, {}, {}, u"outperforms", CueMode::Object},
    {u"outclass", true, {}, {}, u"outperforms", CueMode::Object},
    {u"edges", false, u"out", {}, u"outperforms", CueMode::Object},
    {u"ahead", false, u"of", {}, u"outperforms", CueMode::Object},
    {u"schneller", false, u"als", {}, u"faster", CueMode::Object},
    {u"leistungsfähiger", false, u"als", {}, u"faster", CueMode::Object},
    {u"leistungsstärker", false, u"als", {}, u"faster", CueMode::Object},
    {u"stärker", false, u"als", {}, u"faster", CueMode::Object},
    {u"besser", false, u"als", {}, u"faster", CueMode::Object},
    {u"faster", false, u"than", {}, u"faster", CueMode::Object},
    {u"quicker", false, u"than", {}, u"faster", CueMode::Object},
    {u"better", false, u"than", {}, u"faster", CueMode::Object},
    {u"powerful", false, u"than", {}, u"faster", CueMode::Object},
    {u"langsamer", false, u"als", {}, u"slower", CueMode::Object},
    {u"schwächer", false, u"als", {}, u"slower", CueMode::Object},
    {u"slower", false, u"than", {}, u"slower", CueMode::Object},
    {u"weaker", false, u"than", {}, u"slower", CueMode::Object},
    {u"hinter", false, {}, {}, u"slower", CueMode::Object, false, CueCondition::StandBehind},
    {u"behind", false, {}, {}, u"slower", CueMode::Object, false, CueCondition::FallBehind},
    {u"trails", false, {}, {}, u"slower", CueMode::Object},
    {u"trailing", false, {}, {}, u"slower", CueMode::Object},
    // A share of another chip.
    {u"hälfte", false, {}, {}, u"fraction", CueMode::Object},
    {u"drittel", false, {}, {}, u"fraction", CueMode::Object},
    {u"viertel", false, {}, {}, u"fraction", CueMode::Object},
    {u"bruchteil", false, {}, {}, u"fraction", CueMode::Object},
    {u"half", false, {}, {}, u"fraction", CueMode::Object},
    {u"third", false, {}, u"a", u"fraction", CueMode::Object},
    {u"third", false, {}, u"one", u"fraction", CueMode::Object},
    {u"quarter", false, {}, u"a", u"fraction", CueMode::Object},
    {u"fraction", false, {}, {}, u"fraction", CueMode::Object},
};

const QStringView kWithPrepositions[] = {u"mit", u"with", u"zu", u"zum", u"zur", u"to", u"für", u"for"};

// Words that end a German verb-final clause after the comparison verb: "ersetzen soll".
const QStringView kClauseFinal[] = {u"soll", u"sollen", u"kann", u"können", u"könnte", u"will", u"wird",   u"würde",
                                    u"ist",  u"sind",   u"hat",  u"haben",  u"dürfte", u"muss", u"möchte", u"lässt"};

// Head nouns of a phrase that refers back to a chip or system named before: "Das System", "der
// Alibaba-Chip", "the part", "die Karte". Compounds ending in them count ("KI-Beschleuniger").
const QStringView kChipNouns[] = {u"chip",      u"system",   u"cluster",     u"prozessor",     u"beschleuniger",
                                  u"processor", u"rechner",  u"accelerator", u"supercomputer", u"gpu",
                                  u"npu",       u"server",   u"part",        u"karte",         u"card",
                                  u"supernode", u"superpod", u"rack",        u"flaggschiff",   u"flagship",
                                  u"design",    u"baustein"};

// Plural heads: "die neuen Chips", "both accelerators".
const QStringView kChipNounsPlural[] = {u"chips", u"gpus",           u"prozessoren", u"processors", u"accelerators",
                                        u"parts", u"karten",         u"cards",       u"systeme",    u"systems",
                                        u"npus",  u"beschleunigern", u"bausteine",   u"supernodes", u"modelle"};

const QStringView kDeterminers[] = {u"der",    u"die",    u"das",    u"den",   u"dem",   u"des",  u"dieser", u"diese",
                                    u"dieses", u"diesen", u"diesem", u"the",   u"this",  u"its",  u"sein",   u"seine",
                                    u"seinen", u"ihr",    u"ihre",   u"ihren", u"jener", u"jene", u"that"};

const QStringView kPluralDeterminers[] = {u"die",   u"diese", u"beide", u"beiden", u"the",
                                          u"these", u"both",  u"those", u"ihre",   u"its"};

// Pronouns that stand for a chip of an earlier sentence ("Er beerbte den H800", "it is 57 times
// larger than"). "sie" is left out: it is as often plural or a company.
const QStringView kPronouns[] = {u"er", u"es", u"ihn", u"it"};

// Words that may stand between two coordinated chips: "H20 und A800 sowie mit Huaweis Ascend 910B",
// "A100 – and even the H100", "HGX-System mit acht B200".
const QStringView kCoordination[] = {u"und",      u"and",     u"sowie", u"oder",  u"or",    u"auch", u"even", u"sogar",
                                     u"as",       u"well",    u"mit",   u"with",  u"zu",    u"zum",  u"zur",  u"to",
                                     u"auf",      u"der",     u"die",   u"das",   u"den",   u"dem",  u"des",  u"the",
                                     u"a",        u"an",      u"zwei",  u"vier",  u"acht",  u"two",  u"four", u"eight",
                                     u"sechzehn", u"sixteen", u"einem", u"einer", u"einen", u"eines"};

// Words of speed and performance: a ratio with one of them is "faster", else "multiple".
const QStringView kSpeedStems[] = {u"schnell",  u"fast",   u"quick",      u"leistung",  u"performance", u"compute",
                                   u"powerful", u"rechen", u"throughput", u"durchsatz", u"flops",       u"tops"};

const std::pair<QStringView, double> kNumberWords[] = {
    {u"zwei", 2},  {u"drei", 3},  {u"vier", 4}, {u"fünf", 5},  {u"sechs", 6},  {u"sieben", 7}, {u"acht", 8},
    {u"neun", 9},  {u"zehn", 10}, {u"two", 2},  {u"three", 3}, {u"four", 4},   {u"five", 5},   {u"six", 6},
    {u"seven", 7}, {u"eight", 8}, {u"nine", 9}, {u"ten", 10},  {u"zwölf", 12}, {u"twelve", 12}};

double numberWord(QStringView word)
{
    for (const auto &[w, v] : kNumberWords) {
        if (word.compare(w, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return 0;
}

// "2,5" and "6.7" are decimals, "7,000" and "1.000" thousands (a separator before exactly three
// final digits groups them in either notation; ratios of a thousand or more are rare and then written
// that way).
double numberValue(QStringView token)
{
    static const QRegularExpression thousands(u"^[0-9]{1,3}(?:[.,][0-9]{3})+$"_s);
    QString s = token.toString();
    if (thousands.match(s).hasMatch()) {
        s.remove(u',').remove(u'.');
    } else {
        s.replace(u',', u'.');
    }
    bool ok = false;
    const double v = s.toDouble(&ok);
    return ok ? v : 0;
}

struct Ratio
{
    double value = 0;
    bool percent = false; // value is a percentage ("60 Prozent der Leistung", "50 percent more")
};

class SentenceComparer
{
public:
    explicit SentenceComparer(const TextContext &ctx)
        : m_ctx(ctx)
    {}

    void compare(qsizetype sentence, QList<ChipComparison> *out) const;

private:
    enum class RefKind { Named, Phrase, Pronoun };

    // A chip the sentence names, or a reference to chips named before.
    struct ChipRef
    {
        qsizetype token = 0;       // first token
        qsizetype end = 0;         // token after it
        QList<qsizetype> entities; // the chips (for a reference: those it refers to)
        RefKind kind = RefKind::Named;
    };

    QList<qsizetype> earlierChips(qsizetype sentence, qsizetype beforeToken, bool all) const;
    QList<qsizetype> earlierChipOf(qsizetype sentence, qsizetype beforeToken, const QString &company) const;
    QString companyBefore(qsizetype chip) const;
    QList<ChipRef> references(qsizetype sentence) const;
    bool governedByWith(qsizetype chipToken) const;
    bool linked(qsizetype fromEnd, qsizetype toFirst, bool needCoordinator = true) const;
    bool conditionHolds(const ComparisonCue &cue, qsizetype k, qsizetype sentenceEnd) const;
    Ratio ratioBefore(qsizetype k, qsizetype floor) const;
    bool hasSpeedWord(qsizetype from, qsizetype to) const;
    QString determinerBefore(qsizetype chipToken) const;

    const TextContext &m_ctx;
};

bool isChip(const TextContext &ctx, qsizetype entity)
{
    return entity >= 0 && ctx.entities()[entity].type == EntityType::Chip;
}

// The chips a reference in `sentence` (before token beforeToken) means: the first chip before it in
// the sentence, else the first chip (all: every chip) of the nearest of the three sentences before.
QList<qsizetype> SentenceComparer::earlierChips(qsizetype sentence, qsizetype beforeToken, bool all) const
{
    if (!all) {
        for (qsizetype e : m_ctx.sentences()[sentence].entities) {
            if (isChip(m_ctx, e) && m_ctx.entityTokens(e).first < beforeToken) {
                return {e};
            }
        }
    }
    for (qsizetype p = sentence - 1; p >= 0 && p >= sentence - 3; --p) {
        QList<qsizetype> found;
        QSet<QString> names;
        for (qsizetype e : m_ctx.sentences()[p].entities) {
            if (isChip(m_ctx, e) && !names.contains(m_ctx.entities()[e].canonical)) {
                names.insert(m_ctx.entities()[e].canonical);
                found.append(e);
            }
        }
        if (found.isEmpty()) {
            continue;
        }
        if (all) {
            return found;
        }
        // "it", "the chip" mean a model rather than its family or architecture: in "Its Wafer Scale
        // Engine, the WSE-3, ..." the model has a number.
        for (qsizetype e : found) {
            const QString &name = m_ctx.entities()[e].canonical;
            if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); })) {
                return {e};
            }
        }
        return {found.front()};
    }
    return {};
}

// The company written right before a chip: "Alibabas PPU", "Nvidia's H20", "AMD-Chip MI308".
QString SentenceComparer::companyBefore(qsizetype chip) const
{
    const qsizetype first = m_ctx.entityTokens(chip).first;
    for (qsizetype t = first - 1; t >= 0 && t >= first - 4; --t) {
        const qsizetype e = m_ctx.entityAt(t);
        if (e >= 0) {
            return m_ctx.entities()[e].type == EntityType::Company ? m_ctx.entities()[e].canonical : QString();
        }
        if (!m_ctx.isWord(t) && !m_ctx.isSymbol(t, u'\'') && !m_ctx.isSymbol(t, u'’') && !m_ctx.isSymbol(t, u'-')) {
            break;
        }
    }
    return {};
}

// "der Alibaba-Chip", "AMD's new part": the latest chip named with that company in this sentence
// (before beforeToken) or the ten before; none when the company names no chip there.
QList<qsizetype> SentenceComparer::earlierChipOf(qsizetype sentence, qsizetype beforeToken,
                                                 const QString &company) const
{
    for (qsizetype p = sentence; p >= 0 && p >= sentence - 10; --p) {
        const QList<qsizetype> &entities = m_ctx.sentences()[p].entities;
        for (auto it = entities.crbegin(); it != entities.crend(); ++it) {
            if (isChip(m_ctx, *it) && (p < sentence || m_ctx.entityTokens(*it).first < beforeToken) &&
                companyBefore(*it) == company) {
                return {*it};
            }
        }
    }
    return {};
}

// Phrases and pronouns of the sentence that refer to chips named before.
QList<SentenceComparer::ChipRef> SentenceComparer::references(qsizetype sentence) const
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    QList<ChipRef> out;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k)) {
            continue;
        }
        const QString w = m_ctx.lowerWord(k);
        const qsizetype company = m_ctx.entityAt(k);
        qsizetype h = k + 1;
        if (company >= 0) {
            // A company's possessive opens the phrase: "AMD's new part", "Alibabas KI-Chip".
            if (m_ctx.entities()[company].type != EntityType::Company || m_ctx.entityTokens(company).first != k) {
                continue;
            }
            h = m_ctx.entityTokens(company).end;
            const bool apostrophe = m_ctx.isSymbol(h, u'\'') || m_ctx.isSymbol(h, u'’');
            if (!apostrophe && !m_ctx.isGenitive(company)) {
                continue;
            }
            if (apostrophe) {
                h += m_ctx.wordIs(h + 1, u"s") ? 2 : 1;
            }
        } else if (inList(w, kPronouns)) {
            // "es gibt", "it is said": the caller tries a pronoun only where no chip is named.
            const QList<qsizetype> chips = earlierChips(sentence, k, false);
            if (!chips.isEmpty()) {
                out.append({k, k + 1, chips, RefKind::Pronoun});
            }
            continue;
        } else if (!inList(w, kDeterminers) && !inList(w, kPluralDeterminers)) {
            continue;
        }
        // Up to two adjectives ("der neue", "the full-fat", "AMD's new").
        qsizetype owner0 = -1;
        auto chipNoun = [&](qsizetype t) {
            const QString n = m_ctx.lowerWord(t);
            for (QStringView c : kChipNouns) {
                if (n.endsWith(c)) {
                    return true;
                }
            }
            for (QStringView c : kChipNounsPlural) {
                if (n.endsWith(c)) {
                    return true;
                }
            }
            return false;
        };
        for (int adjectives = 0; adjectives < 2 && m_ctx.isWord(h) && m_ctx.isWord(h + 1) &&
                                 m_ctx.tokenText(h).front().isLower() && m_ctx.entityAt(h) < 0 && !chipNoun(h);
             ++adjectives) {
            ++h;
        }
        // "the Alibaba chip": a company before the head noun qualifies it.
        if (const qsizetype e = m_ctx.entityAt(h);
            e >= 0 && m_ctx.entities()[e].type == EntityType::Company && m_ctx.isWord(m_ctx.entityTokens(e).end) &&
            m_ctx.tokens()[m_ctx.entityTokens(e).end].spaceBefore && chipNoun(m_ctx.entityTokens(e).end)) {
            h = m_ctx.entityTokens(e).end;
            if (company < 0) {
                owner0 = e;
            }
        }
        // The head noun, possibly a compound ("KI-Chip", "Alibaba-Chip", "Chipcluster").
        qsizetype last = h;
        while (m_ctx.isSymbol(last + 1, u'-') && !m_ctx.tokens()[last + 1].spaceBefore && m_ctx.isWord(last + 2)) {
            last += 2;
        }
        if (!m_ctx.isWord(last) || last >= s.endToken) {
            continue;
        }
        const QString noun = m_ctx.lowerWord(last);
        bool singular = false;
        for (QStringView n : kChipNouns) {
            singular = singular || noun.endsWith(n);
        }
        bool plural = false;
        for (QStringView n : kChipNounsPlural) {
            plural = plural || noun.endsWith(n);
        }
        if (!singular && !plural) {
            continue;
        }
        // "Der Chip H20", "the GB200 Superchip": an apposition or a compound names the chip here.
        const qsizetype head = m_ctx.entityAt(h);
        if (isChip(m_ctx, m_ctx.entityAt(last + 1)) || isChip(m_ctx, head)) {
            continue;
        }
        // The company in the phrase ("AMD's new part", "der Alibaba-Chip") picks its own chip.
        qsizetype owner = company >= 0 ? company : owner0;
        for (qsizetype t = h; t < last && owner < 0; ++t) {
            const qsizetype e = m_ctx.entityAt(t);
            owner = e >= 0 && m_ctx.entities()[e].type == EntityType::Company ? e : -1;
        }
        QList<qsizetype> chips;
        if (owner >= 0 && !plural) {
            chips = earlierChipOf(sentence, k, m_ctx.entities()[owner].canonical);
        }
        if (chips.isEmpty()) {
            chips = earlierChips(sentence, k, plural);
        }
        if (!chips.isEmpty()) {
            out.append({k, last + 1, chips, RefKind::Phrase});
        }
        k = last;
    }
    return out;
}

bool SentenceComparer::governedByWith(qsizetype chipToken) const
{
    const qsizetype floor = std::max<qsizetype>(0, chipToken - 6);
    for (qsizetype k = chipToken - 1; k >= floor; --k) {
        if (m_ctx.isWord(k) && inList(m_ctx.tokenText(k), kWithPrepositions)) {
            return true;
        }
        // Stop at punctuation other than the apostrophe and hyphen of "Nvidia's", "KI-Chip".
        if (!m_ctx.isWord(k) && !m_ctx.isSymbol(k, u'\'') && !m_ctx.isSymbol(k, u'’') && !m_ctx.isSymbol(k, u'-')) {
            return false;
        }
    }
    return false;
}

// Whether the tokens between a chip (ending before fromEnd) and the next (starting at toFirst)
// coordinate them: conjunctions, the repeated preposition, determiners, numbers, companies'
// possessives and the tail of a compound ("HGX-System mit acht B200"), at most eight tokens.
bool SentenceComparer::linked(qsizetype fromEnd, qsizetype toFirst, bool needCoordinator) const
{
    if (toFirst - fromEnd > 8 || toFirst < fromEnd) {
        return false;
    }
    bool afterDeterminer = false;
    bool coordinator = false; // "und", "and", a comma or dash, or "mit" after a system's compound
    for (qsizetype k = fromEnd; k < toFirst; ++k) {
        const qsizetype e = m_ctx.entityAt(k);
        if (e >= 0) {
            if (m_ctx.entities()[e].type != EntityType::Company) {
                return false;
            }
            continue;
        }
        if (m_ctx.isWord(k)) {
            const QString w = m_ctx.lowerWord(k);
            const bool compoundTail = m_ctx.isSymbol(k - 1, u'-') && !m_ctx.tokens()[k - 1].spaceBefore;
            const bool possessive = w == u"s" && (m_ctx.isSymbol(k - 1, u'\'') || m_ctx.isSymbol(k - 1, u'’'));
            const bool adjective = afterDeterminer && w.front().isLower();
            if (!inList(w, kCoordination) && !compoundTail && !possessive && !adjective) {
                return false;
            }
            // A preposition joins two chips only after a conjunction ("sowie mit", "and to") or
            // after the system a chip is part of ("HGX-System mit acht B200"); in "den PPU mit dem
            // H20" it governs the chip compared with.
            if (inList(w, kWithPrepositions) || w == u"auf") {
                const bool afterTail = m_ctx.isWord(k - 1) && m_ctx.isSymbol(k - 2, u'-');
                const bool afterConjunction = m_ctx.isSymbol(k - 1, u',') || m_ctx.wordIs(k - 1, u"und") ||
                                              m_ctx.wordIs(k - 1, u"and") || m_ctx.wordIs(k - 1, u"sowie") ||
                                              m_ctx.wordIs(k - 1, u"oder") || m_ctx.wordIs(k - 1, u"or") ||
                                              m_ctx.wordIs(k - 1, u"well");
                if (!afterTail && !afterConjunction) {
                    return false;
                }
                coordinator = coordinator || afterTail;
            }
            coordinator = coordinator || w == u"und" || w == u"and" || w == u"sowie" || w == u"oder" || w == u"or" ||
                          w == u"well";
            afterDeterminer = inList(w, kDeterminers) || w == u"einem" || w == u"einer" || w == u"a" || w == u"an";
            continue;
        }
        if (m_ctx.tokens()[k].kind == TokenKind::Number) {
            continue;
        }
        if (!(m_ctx.isSymbol(k, u',') || m_ctx.isSymbol(k, u'-') || m_ctx.isSymbol(k, u'–') ||
              m_ctx.isSymbol(k, u'—') || m_ctx.isSymbol(k, u'\'') || m_ctx.isSymbol(k, u'’'))) {
            return false;
        }
        coordinator = coordinator || m_ctx.isSymbol(k, u',') || m_ctx.isSymbol(k, u'–') || m_ctx.isSymbol(k, u'—') ||
                      (m_ctx.isSymbol(k, u'-') && m_ctx.tokens()[k].spaceBefore);
    }
    return coordinator || !needCoordinator;
}

bool SentenceComparer::conditionHolds(const ComparisonCue &cue, qsizetype k, qsizetype sentenceEnd) const
{
    auto wordNear = [&](qsizetype from, qsizetype to, std::initializer_list<QStringView> stems, bool prefix) {
        for (qsizetype j = std::max<qsizetype>(from, 0); j < to && j < sentenceEnd; ++j) {
            const QString w = m_ctx.lowerWord(j);
            for (QStringView stem : stems) {
                if (prefix ? w.startsWith(stem) : w == stem) {
                    return true;
                }
            }
        }
        return false;
    };
    switch (cue.condition) {
    case CueCondition::None:
        return true;
    case CueCondition::StandBehind:
        return wordNear(k - 6, k,
                        {u"liegt", u"liegen", u"lag", u"lagen", u"bleibt", u"bleiben", u"blieb", u"blieben",
                         u"rangiert", u"fällt", u"fallen", u"fiel", u"zurück"},
                        false) ||
               wordNear(k + 1, k + 12, {u"zurück"}, false);
    case CueCondition::EnterAgainst:
        return wordNear(k - 5, k, {u"tritt", u"trat", u"treten", u"antreten", u"antritt"}, true) ||
               wordNear(k + 1, k + 8, {u"an", u"anzutreten", u"antreten"}, false);
    case CueCondition::PitAgainst:
        return wordNear(k - 2, k, {u"pitched", u"pits", u"pit", u"pitted", u"stacks", u"stack", u"up", u"squares"},
                        false);
    case CueCondition::FallBehind:
        return wordNear(
            k - 2, k, {u"falls", u"fell", u"fall", u"lags", u"lagged", u"lag", u"trails", u"remains", u"stays"}, false);
    }
    return true;
}

// A ratio stated right before the comparison word: "2,5-mal so schnell wie", "1.2x faster than",
// "doppelt so schnell", "about 2.6 times faster", "60 Prozent der Leistung", "50 percent more".
Ratio SentenceComparer::ratioBefore(qsizetype k, qsizetype floor) const
{
    for (qsizetype j = k - 1; j >= floor && j >= k - 6; --j) {
        if (m_ctx.isSymbol(j, u',') || m_ctx.isSymbol(j, u'.') || m_ctx.isSymbol(j, u';') || m_ctx.isSymbol(j, u':')) {
            break;
        }
        auto numberAt = [&](qsizetype n) -> double {
            if (m_ctx.isSymbol(n, u'-')) {
                --n;
            }
            if (n < floor) {
                return 0;
            }
            if (m_ctx.tokens()[n].kind == TokenKind::Number) {
                return numberValue(m_ctx.tokenText(n));
            }
            return m_ctx.isWord(n) ? numberWord(m_ctx.tokenText(n)) : 0;
        };
        if (m_ctx.isSymbol(j, u'%')) {
            if (const double v = numberAt(j - 1); v > 0) {
                return {v, true};
            }
            continue;
        }
        if (!m_ctx.isWord(j)) {
            continue;
        }
        const QString w = m_ctx.lowerWord(j);
        if (w == u"prozent" || w == u"percent") {
            if (const double v = numberAt(j - 1); v > 0) {
                return {v, true};
            }
            continue;
        }
        if (w == u"mal" || w == u"fach" || w == u"fache" || w == u"fachen" || w == u"facher" || w == u"times" ||
            w == u"x") {
            // "1.2x" is one number and a glued "x"; "x" alone is no multiplier.
            if (w == u"x" && m_ctx.tokens()[j].spaceBefore) {
                continue;
            }
            if (const double v = numberAt(j - 1); v > 0) {
                return {v, false};
            }
            continue;
        }
        for (QStringView suffix : {u"mal", u"fache", u"fachen", u"fach"}) {
            if (w.endsWith(suffix)) {
                if (const double v = numberWord(QStringView(w).chopped(suffix.size())); v > 0) {
                    return {v, false};
                }
            }
        }
        if (w == u"doppelt" || w == u"doppelte" || w == u"doppelten" || w == u"doppelter" || w == u"twice" ||
            w == u"double") {
            return {2, false};
        }
        if (w == u"halb" || (w == u"half" && m_ctx.wordIs(j + 1, u"as"))) {
            return {0.5, false};
        }
    }
    return {};
}

// The article word before a chip, past a company's genitive and adjectives ("den älteren A800",
// "dem Nvidia-Chip"... "der neue Ascend 910C"), lower case; empty when there is none.
QString SentenceComparer::determinerBefore(qsizetype chipToken) const
{
    for (qsizetype t = chipToken - 1; t >= 0 && t >= chipToken - 4; --t) {
        if (!m_ctx.isWord(t)) {
            if (m_ctx.isSymbol(t, u'-') || m_ctx.isSymbol(t, u'\'') || m_ctx.isSymbol(t, u'’')) {
                continue;
            }
            return {};
        }
        QString w = m_ctx.lowerWord(t);
        if (inList(w, kDeterminers)) {
            return w;
        }
        if (m_ctx.entityAt(t) < 0 && !w.front().isLower()) {
            return {};
        }
    }
    return {};
}

bool SentenceComparer::hasSpeedWord(qsizetype from, qsizetype to) const
{
    for (qsizetype j = from; j < to; ++j) {
        const QString w = m_ctx.lowerWord(j);
        // German "fast" is "almost": the English word counts only in "as fast as".
        if (w == u"fast" && !m_ctx.wordIs(j - 1, u"as")) {
            continue;
        }
        for (QStringView stem : kSpeedStems) {
            if (!w.isEmpty() && w.contains(stem)) {
                return true;
            }
        }
    }
    return false;
}

void SentenceComparer::compare(qsizetype sentence, QList<ChipComparison> *out) const
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    // Explicit chips first: a sentence without one compares nothing.
    QList<ChipRef> named;
    for (qsizetype e : s.entities) {
        if (isChip(m_ctx, e)) {
            named.append({m_ctx.entityTokens(e).first, m_ctx.entityTokens(e).end, {e}, RefKind::Named});
        }
    }
    if (named.isEmpty()) {
        return;
    }
    QList<ChipRef> refs; // computed when the first cue is found
    bool refsDone = false;
    const auto canonical = [&](qsizetype e) -> const QString & { return m_ctx.entities()[e].canonical; };

    QSet<QString> emitted;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k) || m_ctx.entityAt(k) >= 0) {
            continue;
        }
        const QString w = m_ctx.lowerWord(k);
        // Most words start like no cue: test the first two letters before the lexicon.
        static const QSet<QString> starts = [] {
            QSet<QString> set;
            for (const ComparisonCue &c : kCues) {
                set.insert(c.stem.left(2).toString());
            }
            for (const char16_t *extra : {u"le", u"pe", u"wi", u"al", u"th", u"as"}) {
                set.insert(QString::fromUtf16(extra)); // leistung, performance, wie, als, than, as
            }
            return set;
        }();
        if (w.size() < 2 || (!starts.contains(w.left(2)) && !w.endsWith(u"er") && !w.endsWith(u"leistung"))) {
            continue;
        }
        const ComparisonCue *cue = nullptr;
        for (const ComparisonCue &c : kCues) {
            const bool hit = c.prefix ? w.startsWith(c.stem) : w == c.stem;
            if (hit && (c.next.isEmpty() || m_ctx.wordIs(k + 1, c.next)) &&
                (c.previous.isEmpty() || m_ctx.wordIs(k - 1, c.previous)) && conditionHolds(c, k, s.endToken)) {
                cue = &c;
                break;
            }
        }
        // "60 Prozent der Leistung des H100", "70% of the performance of the A100".
        static const ComparisonCue performanceShare{u"leistung", false, {}, {}, u"fraction", CueMode::Object};
        // "2,5-mal so schnell wie", "6,7-mal so viel Rechenleistung wie", "57 times larger than".
        static const ComparisonCue multipleOf{u"wie", false, {}, {}, u"multiple", CueMode::Object};
        static const ComparisonCue fasterThan{u"wie", false, {}, {}, u"faster", CueMode::Object};
        // "the H100 is ... 6.69 times quicker." with the chip compared in the sentence before.
        static const ComparisonCue implicitFaster{u"er", false, {}, {}, u"faster", CueMode::Object};
        Ratio ratio;
        bool implicitOther = false;
        if (!cue && (w.endsWith(u"leistung") || w == u"performance")) {
            for (qsizetype b = k - 1; b >= s.firstToken && b >= k - 4; --b) {
                if (m_ctx.wordIs(b, u"prozent") || m_ctx.wordIs(b, u"percent") || m_ctx.isSymbol(b, u'%')) {
                    cue = &performanceShare;
                    break;
                }
            }
        }
        // In "6.7 times as powerful as" the second "as" is the comparison.
        if (!cue && (w == u"wie" || w == u"als" || w == u"than" || (w == u"as" && !m_ctx.wordIs(k + 2, u"as")))) {
            ratio = ratioBefore(k, s.firstToken);
            if (ratio.value > 0 && !ratio.percent) {
                cue = hasSpeedWord(std::max(s.firstToken, k - 6), k) ? &fasterThan : &multipleOf;
            } else if (ratio.value > 0 && ratio.percent && w != u"wie" && w != u"as") {
                // "50 percent more ... than", "30 Prozent schneller als".
                cue = hasSpeedWord(std::max(s.firstToken, k - 6), k) ? &fasterThan : &multipleOf;
            } else {
                ratio = {};
            }
        }
        if (!cue && w.endsWith(u"er") && (m_ctx.isSymbol(k + 1, u'.') || k + 1 >= s.endToken) &&
            (m_ctx.wordIs(k - 1, u"times") || m_ctx.wordIs(k - 1, u"mal") || m_ctx.wordIs(k - 1, u"x")) &&
            hasSpeedWord(k, k + 1)) {
            ratio = ratioBefore(k, s.firstToken);
            if (ratio.value > 0) {
                cue = &implicitFaster;
                implicitOther = true;
            }
        }
        // "Zum Vergleich:", "Im Vergleich dazu," introduce figures, not a chip compared with another.
        if (cue && cue->stem == u"vergleich" &&
            (m_ctx.isSymbol(k + 1, u':') || m_ctx.isSymbol(k + 1, u',') || m_ctx.wordIs(k + 1, u"dazu"))) {
            cue = nullptr;
        }
        if (!cue) {
            continue;
        }
        if (!refsDone) {
            refs = references(sentence);
            refsDone = true;
        }

        // The chips the cue governs.
        QList<const ChipRef *> others;
        if (cue->mode == CueMode::WithObject) {
            const ChipRef *best = nullptr;
            int bestDistance = 0;
            for (const ChipRef &c : named) {
                const int d = std::abs(m_ctx.wordNumber(c.token) - m_ctx.wordNumber(k));
                if (governedByWith(c.token) && d <= 12 && (!best || d < bestDistance)) {
                    best = &c;
                    bestDistance = d;
                }
            }
            if (best) {
                others.append(best);
            }
        }
        if (others.isEmpty() && !implicitOther) {
            for (const ChipRef &c : named) {
                if (c.token > k && m_ctx.wordNumber(c.token) - m_ctx.wordNumber(k) <= 12) {
                    others.append(&c);
                    break;
                }
            }
            // German inversion: in "übertrifft der CloudMatrix 384 den NVL72" the chip after "der"
            // is the subject and the object follows with "den"/"dem".
            if (!others.isEmpty() && determinerBefore(others.front()->token) == u"der") {
                for (const ChipRef &c : named) {
                    const QString det = determinerBefore(c.token);
                    if (c.token > others.front()->token && m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k) &&
                        (det == u"den" || det == u"dem")) {
                        others = {&c};
                        break;
                    }
                }
            }
        }
        if (others.isEmpty() && cue->verbFinal && !implicitOther) {
            const qsizetype after = cue->next.isEmpty() ? k + 1 : k + 2;
            const bool clauseFinal = after >= s.endToken || m_ctx.isSymbol(after, u',') ||
                                     m_ctx.isSymbol(after, u'.') || m_ctx.isSymbol(after, u':') ||
                                     m_ctx.isSymbol(after, u';') ||
                                     (m_ctx.isWord(after) && inList(m_ctx.tokenText(after), kClauseFinal));
            if (clauseFinal) {
                for (const ChipRef &c : named) {
                    if (c.token < k && m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k)) {
                        others = {&c}; // the nearest before the verb
                    }
                }
            }
        }
        QList<qsizetype> otherChips;
        if (implicitOther) {
            otherChips = earlierChips(sentence, s.firstToken, false);
        } else if (!others.isEmpty()) {
            // Chips coordinated with the governed one, either side.
            const qsizetype index = others.front() - named.constData();
            qsizetype lo = index;
            qsizetype hi = index;
            while (lo > 0 && linked(named[lo - 1].end, named[lo].token) && named[lo - 1].token > k) {
                --lo;
            }
            while (hi + 1 < named.size() && linked(named[hi].end, named[hi + 1].token)) {
                ++hi;
            }
            for (qsizetype i = lo; i <= hi; ++i) {
                otherChips.append(named[i].entities.front());
            }
            // "... answer to Nvidia's GB200 NVL72 rack, which ..., and to Huawei's CloudMatrix 384":
            // the cue's preposition repeated after a conjunction.
            const qsizetype prep = cue->next.isEmpty() ? -1 : k + 1;
            if (prep >= 0) {
                for (qsizetype i = hi + 1; i < named.size(); ++i) {
                    const qsizetype t = named[i].token;
                    for (qsizetype j = t - 1; j >= t - 4 && j > k; --j) {
                        if (m_ctx.wordIs(j, m_ctx.lowerWord(prep)) &&
                            (m_ctx.wordIs(j - 1, u"and") || m_ctx.wordIs(j - 1, u"und") ||
                             m_ctx.wordIs(j - 1, u"sowie")) &&
                            linked(j + 1, t, false)) {
                            otherChips.append(named[i].entities.front());
                            break;
                        }
                    }
                }
            }
        }
        if (otherChips.isEmpty()) {
            continue;
        }
        QSet<QString> otherNames;
        for (qsizetype e : otherChips) {
            otherNames.insert(canonical(e));
        }
        // The chips being compared.
        auto usable = [&](const ChipRef &c) {
            for (qsizetype e : c.entities) {
                if (!otherNames.contains(canonical(e))) {
                    return true;
                }
            }
            return false;
        };
        QList<ChipRef> candidates = named;
        for (const ChipRef &r : refs) {
            if (r.kind == RefKind::Phrase) {
                candidates.append(r);
            }
        }
        std::sort(candidates.begin(), candidates.end(),
                  [](const ChipRef &a, const ChipRef &b) { return a.token < b.token; });
        const ChipRef *subject = nullptr;
        for (const ChipRef &c : candidates) {
            if (!subject && c.token < k && m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k) && usable(c)) {
                subject = &c;
            }
        }
        for (const ChipRef &c : candidates) {
            if (!subject && c.token < k && usable(c)) {
                subject = &c;
            }
        }
        for (const ChipRef &r : refs) {
            if (!subject && r.kind == RefKind::Pronoun && r.token < k && usable(r)) {
                subject = &r;
            }
        }
        for (const ChipRef &c : candidates) {
            if (!subject && c.token > k && m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k) && usable(c)) {
                subject = &c;
            }
        }
        ChipRef implicit;
        if (!subject && ratio.value > 0) {
            implicit.entities = earlierChips(sentence, s.firstToken, false);
            if (!implicit.entities.isEmpty() && usable(implicit)) {
                subject = &implicit;
            }
        }
        if (!subject) {
            continue;
        }
        if (ratio.value == 0) {
            ratio = ratioBefore(k, s.firstToken);
        }
        double value = 0;
        const QStringView relation = cue->relation;
        if (relation == u"fraction") {
            value = w == u"hälfte" || w == u"half"       ? 0.5
                    : w == u"drittel" || w == u"third"   ? 1.0 / 3
                    : w == u"viertel" || w == u"quarter" ? 0.25
                    : ratio.percent                      ? ratio.value / 100
                                                         : 0;
        } else if (relation == u"faster" || relation == u"outperforms" || relation == u"multiple") {
            value = ratio.percent ? 1 + ratio.value / 100 : ratio.value;
        } else if (relation == u"slower") {
            value = ratio.percent ? 1 - ratio.value / 100 : ratio.value;
        }
        for (qsizetype chip : subject->entities) {
            for (qsizetype other : otherChips) {
                if (canonical(chip) == canonical(other)) {
                    continue;
                }
                ChipComparison cmp;
                cmp.chip = canonical(chip);
                cmp.other = canonical(other);
                cmp.relation = relation.toString();
                cmp.sentence = s.span;
                cmp.ratio = value;
                const QString key = cmp.chip + u'|' + cmp.other + u'|' + cmp.relation;
                if (!emitted.contains(key)) {
                    emitted.insert(key);
                    out->append(cmp);
                }
            }
        }
    }
}

} // namespace

QList<ChipComparison> ComparisonFinder::find(QStringView text, const QList<Sentence> &sentences,
                                             const QList<EntityMention> &entities) const
{
    const TextContext ctx(text, sentences, entities);
    const SentenceComparer comparer(ctx);
    QList<ChipComparison> out;
    for (qsizetype s = 0; s < ctx.sentences().size(); ++s) {
        comparer.compare(s, &out);
    }
    return out;
}

} // namespace Chipwatch::Core
