// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/comparisonfinder.h"

#include "analysis/textcontext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// How the compared chip is found from the comparison word.
enum class CueMode {
    WithObject, // a chip after "mit"/"with"/"zu"/"to" near the word: "mit Nvidias H20 vergleichbar"
    Object,     // the chip after the word ("übertrifft den NVL72", "rivals the H20"), or, when the word
                // ends a German clause, the object before it ("der das H20-Modell ersetzen soll")
};

struct ComparisonCue
{
    QStringView stem;
    bool prefix;          // stem is a prefix of the word, else the whole word
    QStringView next;     // a word that must follow ("schneller als"), or empty
    QStringView previous; // a word that must precede ("on par"), or empty
    QStringView relation;
    CueMode mode;
};

const ComparisonCue kCues[] = {
    {u"vergleichbar", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"augenhöhe", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithalt", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithält", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"mitzuhalten", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"mithielt", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"ebenbürtig", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichauf", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichzieh", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"comparable", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"par", false, {}, u"on", u"comparable", CueMode::WithObject},
    {u"equivalent", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"similar", false, {}, {}, u"comparable", CueMode::WithObject},
    {u"gleichwertig", true, {}, {}, u"comparable", CueMode::WithObject},
    {u"vergleich", false, {}, {}, u"compared", CueMode::WithObject},
    {u"verglichen", false, {}, {}, u"compared", CueMode::WithObject},
    {u"compared", false, {}, {}, u"compared", CueMode::WithObject},
    {u"matches", false, {}, {}, u"comparable", CueMode::Object},
    {u"match", false, {}, {}, u"comparable", CueMode::Object},
    {u"konkurrieren", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurriert", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurrierte", false, {}, {}, u"competes", CueMode::WithObject},
    {u"konkurrenzfähig", true, {}, {}, u"competes", CueMode::WithObject},
    {u"compete", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competes", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competed", false, {}, {}, u"competes", CueMode::WithObject},
    {u"competing", false, {}, {}, u"competes", CueMode::WithObject},
    {u"rival", true, {}, {}, u"competes", CueMode::Object},
    {u"ersetz", true, {}, {}, u"replaces", CueMode::Object},
    {u"ersatz", true, {}, {}, u"replaces", CueMode::WithObject},
    {u"alternative", false, {}, {}, u"replaces", CueMode::WithObject},
    {u"replac", true, {}, {}, u"replaces", CueMode::Object},
    {u"übertrifft", false, {}, {}, u"outperforms", CueMode::Object},
    {u"übertreffen", false, {}, {}, u"outperforms", CueMode::Object},
    {u"übertraf", false, {}, {}, u"outperforms", CueMode::Object},
    {u"übertroffen", false, {}, {}, u"outperforms", CueMode::Object},
    {u"outperform", true, {}, {}, u"outperforms", CueMode::Object},
    {u"surpass", true, {}, {}, u"outperforms", CueMode::Object},
    {u"beats", false, {}, {}, u"outperforms", CueMode::Object},
    {u"schneller", false, u"als", {}, u"faster", CueMode::Object},
    {u"leistungsfähiger", false, u"als", {}, u"faster", CueMode::Object},
    {u"leistungsstärker", false, u"als", {}, u"faster", CueMode::Object},
    {u"besser", false, u"als", {}, u"faster", CueMode::Object},
    {u"faster", false, u"than", {}, u"faster", CueMode::Object},
    {u"better", false, u"than", {}, u"faster", CueMode::Object},
    {u"powerful", false, u"than", {}, u"faster", CueMode::Object},
    {u"hälfte", false, {}, {}, u"fraction", CueMode::Object},
    {u"drittel", false, {}, {}, u"fraction", CueMode::Object},
    {u"viertel", false, {}, {}, u"fraction", CueMode::Object},
    {u"bruchteil", false, {}, {}, u"fraction", CueMode::Object},
    {u"half", false, {}, {}, u"fraction", CueMode::Object},
    {u"fraction", false, {}, {}, u"fraction", CueMode::Object},
};

const QStringView kWithPrepositions[] = {u"mit", u"with", u"zu", u"zum", u"zur", u"to", u"für", u"for"};

// Words that end a German verb-final clause after the comparison verb: "ersetzen soll".
const QStringView kClauseFinal[] = {u"soll", u"sollen", u"kann", u"können", u"könnte", u"will", u"wird",   u"würde",
                                    u"ist",  u"sind",   u"hat",  u"haben",  u"dürfte", u"muss", u"möchte", u"lässt"};

// Nouns that refer back to a chip or system named before: "Das System", "Der Chip", "the accelerator".
const QStringView kChipNouns[] = {u"chip",          u"system",        u"cluster",   u"prozessor",
                                  u"beschleuniger", u"supercomputer", u"processor", u"accelerator",
                                  u"gpu",           u"npu",           u"rechner",   u"server"};

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

class SentenceComparer
{
public:
    explicit SentenceComparer(const TextContext &ctx)
        : m_ctx(ctx)
    {}

    void compare(qsizetype sentence, QList<ChipComparison> *out) const;

private:
    struct ChipRef
    {
        qsizetype token;  // first token
        qsizetype entity; // the chip entity (for a reference: the one it refers to)
    };

    qsizetype chipReference(qsizetype sentence) const;
    bool governedByWith(qsizetype chipToken) const;

    const TextContext &m_ctx;
};

// "Das System verbindet ...": the first chip of the nearest earlier sentence that names one.
qsizetype SentenceComparer::chipReference(qsizetype sentence) const
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    qsizetype k = s.firstToken;
    const QString det = m_ctx.lowerWord(k);
    if (det != u"das" && det != u"der" && det != u"die" && det != u"dieser" && det != u"dieses" && det != u"diese" &&
        det != u"the" && det != u"this") {
        return -1;
    }
    ++k;
    if (m_ctx.isWord(k) && m_ctx.tokenText(k).front().isLower() && m_ctx.isWord(k + 1)) {
        ++k; // "Der neue Chip"
    }
    // The head noun, possibly a compound ("KI-Chip", "Chipcluster").
    qsizetype last = k;
    while (m_ctx.isSymbol(last + 1, u'-') && !m_ctx.tokens()[last + 1].spaceBefore && m_ctx.isWord(last + 2)) {
        last += 2;
    }
    const QString noun = m_ctx.lowerWord(last);
    bool chipNoun = false;
    for (QStringView n : kChipNouns) {
        chipNoun = chipNoun || noun.endsWith(n);
    }
    if (!chipNoun) {
        return -1;
    }
    // "Der Chip H20": an apposition names the chip right here.
    for (qsizetype e : s.entities) {
        if (m_ctx.entityTokens(e).first <= last + 1) {
            return -1;
        }
    }
    for (qsizetype p = sentence - 1; p >= 0 && p >= sentence - 2; --p) {
        for (qsizetype e : m_ctx.sentences()[p].entities) {
            if (m_ctx.entities()[e].type == EntityType::Chip) {
                return e;
            }
        }
    }
    return -1;
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

void SentenceComparer::compare(qsizetype sentence, QList<ChipComparison> *out) const
{
    const TextContext::SentenceInfo &s = m_ctx.sentences()[sentence];
    QList<ChipRef> chips;
    const qsizetype reference = chipReference(sentence);
    if (reference >= 0) {
        chips.append({s.firstToken, reference});
    }
    for (qsizetype e : s.entities) {
        if (m_ctx.entities()[e].type == EntityType::Chip) {
            chips.append({m_ctx.entityTokens(e).first, e});
        }
    }
    QSet<QString> distinct;
    for (const ChipRef &c : chips) {
        distinct.insert(m_ctx.entities()[c.entity].canonical);
    }
    if (distinct.size() < 2) {
        return;
    }
    QSet<QString> emitted;
    for (qsizetype k = s.firstToken; k < s.endToken; ++k) {
        if (!m_ctx.isWord(k)) {
            continue;
        }
        const QString w = m_ctx.lowerWord(k);
        const ComparisonCue *cue = nullptr;
        for (const ComparisonCue &c : kCues) {
            const bool hit = c.prefix ? w.startsWith(c.stem) : w == c.stem;
            if (hit && (c.next.isEmpty() || m_ctx.wordIs(k + 1, c.next)) &&
                (c.previous.isEmpty() || m_ctx.wordIs(k - 1, c.previous))) {
                cue = &c;
                break;
            }
        }
        // "60 Prozent der Leistung des H100", "70% of the performance of the A100".
        static const ComparisonCue performanceShare{u"leistung", false, {}, {}, u"fraction", CueMode::Object};
        if (!cue && (w.endsWith(u"leistung") || w == u"performance")) {
            for (qsizetype b = k - 1; b >= s.firstToken && b >= k - 4; --b) {
                if (m_ctx.wordIs(b, u"prozent") || m_ctx.wordIs(b, u"percent") || m_ctx.isSymbol(b, u'%')) {
                    cue = &performanceShare;
                    break;
                }
            }
        }
        if (!cue) {
            continue;
        }
        // The chip the cue governs.
        const ChipRef *other = nullptr;
        if (cue->mode == CueMode::WithObject) {
            int best = 0;
            for (const ChipRef &c : chips) {
                if (c.token == s.firstToken && c.entity == reference) {
                    continue;
                }
                const int d = std::abs(m_ctx.wordNumber(c.token) - m_ctx.wordNumber(k));
                if (governedByWith(c.token) && d <= 12 && (!other || d < best)) {
                    other = &c;
                    best = d;
                }
            }
        }
        if (!other) {
            for (const ChipRef &c : chips) {
                if (c.token > k && m_ctx.wordNumber(c.token) - m_ctx.wordNumber(k) <= 12) {
                    other = &c;
                    break;
                }
            }
        }
        if (!other) {
            const qsizetype after = cue->next.isEmpty() ? k + 1 : k + 2;
            const bool clauseFinal = after >= s.endToken || m_ctx.isSymbol(after, u',') ||
                                     m_ctx.isSymbol(after, u'.') ||
                                     (m_ctx.isWord(after) && inList(m_ctx.tokenText(after), kClauseFinal));
            // Only a verb stands at the end of a German clause with its object before it.
            const bool verb = cue->relation == u"replaces" || cue->relation == u"outperforms";
            if (clauseFinal && verb) {
                for (const ChipRef &c : chips) {
                    if (c.token < k && m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k) &&
                        !(c.token == s.firstToken && c.entity == reference)) {
                        other = &c;
                    }
                }
            }
        }
        if (!other) {
            continue;
        }
        // The chip being compared: the first other chip of the cue's clause before the cue ("...,
        // while Biren's BR100 outperforms the A100"), else the sentence's first other chip.
        const QString otherName = m_ctx.entities()[other->entity].canonical;
        const ChipRef *subject = nullptr;
        for (const ChipRef &c : chips) {
            if (&c != other && m_ctx.entities()[c.entity].canonical != otherName && c.token < k &&
                m_ctx.clauseNumber(c.token) == m_ctx.clauseNumber(k)) {
                subject = &c;
                break;
            }
        }
        for (const ChipRef &c : chips) {
            if (!subject && &c != other && m_ctx.entities()[c.entity].canonical != otherName) {
                subject = &c;
            }
        }
        if (!subject) {
            continue;
        }
        ChipComparison cmp;
        cmp.chip = m_ctx.entities()[subject->entity].canonical;
        cmp.other = otherName;
        cmp.relation = cue->relation.toString();
        cmp.sentence = s.span;
        const QString key = cmp.chip + u'|' + cmp.other + u'|' + cmp.relation;
        if (!emitted.contains(key)) {
            emitted.insert(key);
            out->append(cmp);
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
