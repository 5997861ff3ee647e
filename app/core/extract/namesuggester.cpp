// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/namesuggester.h"

#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"
#include "extract/textscan.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcSuggest, "chipwatch.core.suggest")

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

using namespace TextScan;

namespace {

// A run of letters and digits. Parts joined by a single hyphen form a compound ("Nvidia-Chef").
struct Part
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    QString lower;             // text in lower case: every rule compares it, so it is made once
    bool joinedToPrev = false; // hyphen directly between this part and the previous one
    bool sentenceStart = false;
    int sentence = -1;
};

// Capitalised words that are never names: function words that start sentences, months, days and
// the domain's own vocabulary.
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = [] {
        const char *words[] = {
            // German function words
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder",
            "aber", "auch", "doch", "nach", "mit", "von", "vom", "für", "bei", "beim", "im", "in", "am", "an", "auf",
            "aus", "zum", "zur", "laut", "wie", "als", "seit", "trotz", "während", "dies", "diese", "dieser", "dieses",
            "diesen", "es", "er", "sie", "wir", "ihr", "man", "damit", "dabei", "daher", "deshalb", "zudem", "außerdem",
            "inzwischen", "jetzt", "nun", "so", "dass", "wenn", "weil", "ob", "noch", "nur", "schon", "bereits", "sein",
            "seine", "ihre", "unser", "unsere", "kein", "keine", "alle", "viele", "mehr", "neue", "neuen", "neuer",
            "erst", "zwar", "jedoch", "hier", "dort", "heute", "gestern", "morgen", "bis", "um", "über", "unter", "vor",
            "hinter", "zwischen", "gegen", "ohne", "durch", "beide", "beiden", "ihren", "ihrem", "seinen", "seinem",
            "wer", "was", "wo", "warum", "wann", "welche", "welcher", "fazit", "autor", "autorin", "quelle", "bild",
            "foto", "update", "anzeige",
            // English function words
            "the", "a", "an", "and", "but", "or", "this", "that", "these", "those", "it", "its", "he", "she", "they",
            "we", "you", "i", "on", "at", "for", "from", "with", "by", "as", "of", "to", "after", "before", "since",
            "while", "when", "if", "his", "her", "their", "our", "my", "all", "some", "many", "more", "new", "not",
            "no", "yes", "both", "other", "according", "meanwhile", "however", "also", "still", "now", "then", "there",
            "here", "what", "who", "why", "how", "which", "mr", "ms", "mrs", "dr", "prof", "source",
            // months and days
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "dezember", "january", "february", "march", "may", "june", "july", "october", "december", "montag",
            "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday",
            // domain vocabulary
            "ki", "ai", "chip", "chips", "gpu", "gpus", "cpu", "npu", "ceo", "cto", "cfo", "start", "up", "startup",
            "unternehmen", "konzern", "firma", "hersteller", "chiphersteller", "company", "firm", "group", "gruppe",
            "holding", "inc", "corp", "ltd", "co", "gmbh", "ag", "se", "llc", "plc", "tech", "technologie",
            "technology", "semiconductor", "semiconductors", "halbleiter", "cloud", "china", "usa", "us", "eu",
            "regierung", "government", "präsident", "president", "minister", "chef", "gründer", "founder", "analyst",
            "sprecher", "markt", "market", "modell", "model", "serie", "series", "prozent", "percent", "milliarden",
            "millionen", "billion", "million", "dollar", "yuan", "euro",
            // German nouns that follow a cue word as objects ("dem Start-up Geld geben") or as
            // time phrases ("der Konzern Anfang Juli")
            "geld", "zeit", "anfang", "ende", "mitte", "beginn", "jahr", "jahre", "jahren", "jahres", "monat", "monate",
            "monaten", "woche", "wochen", "tag", "tage", "tagen", "quartal", "halbjahr", "umsatz", "gewinn", "gewinne",
            "verlust", "verluste", "kapital", "milliarde", "aktie", "aktien", "probleme", "zugang", "hilfe", "aufträge",
            "kunden", "partner", "investoren", "anteile", "daten", "zukunft", "rechenleistung", "mitarbeiter",
            "rückenwind", "druck", "konkurrenz", "vorteile", "nachteile", "sorgen", "lizenzen", "exporte", "bereich",
            "märkte", "standort", "sitz", "fabrik", "fabriken", "werk", "werke", "produkte", "erfolg", "wachstum",
            "rekord", "preis", "preise", "angaben", "angebot", "leiter", "grund", "ziel", "ziele", "plan", "pläne",
            "chance", "chancen", "auftrag", "strafe", "subventionen", "staatshilfe", "technik", "software", "hardware",
            // sources of a report: "der Chipentwickler Berichten zufolge", "Insidern zufolge"
            "berichten", "bericht", "berichte", "medienberichten", "informationen", "insidern", "kreisen", "zufolge"};
        QSet<QString> s;
        for (const char *w : words) {
            s.insert(QString::fromUtf8(w));
        }
        return s;
    }();
    return set;
}

// Cue words for companies. Strong: they name the kind of firm the analysts follow.
// Cue words for companies, with their inflected forms (des Start-ups, des Chipherstellers).
// Strong: they name the kind of firm the analysts follow.
const QList<QStringView> &strongCompanyCues()
{
    static const QList<QStringView> cues{u"start-up",
                                         u"start-ups",
                                         u"startup",
                                         u"startups",
                                         u"chiphersteller",
                                         u"chipherstellers",
                                         u"chipentwickler",
                                         u"chipentwicklers",
                                         u"chipdesigner",
                                         u"chipdesigners",
                                         u"chipkonzern",
                                         u"chipkonzerns",
                                         u"halbleiterhersteller",
                                         u"halbleiterherstellers",
                                         u"halbleiterkonzern",
                                         u"halbleiterkonzerns",
                                         u"chipmaker",
                                         u"chipmakers",
                                         u"chip-hersteller",
                                         u"chip-herstellers",
                                         u"chip-entwickler",
                                         u"chip-entwicklers",
                                         u"chip-designer",
                                         u"chip designer"};
    return cues;
}

const QList<QStringView> &weakCompanyCues()
{
    static const QList<QStringView> cues{u"konzern",      u"konzerns",  u"unternehmen", u"unternehmens", u"hersteller",
                                         u"herstellers",  u"firma",     u"company",     u"firm",         u"designer",
                                         u"anbieter",     u"anbieters", u"entwickler",  u"entwicklers",  u"zulieferer",
                                         u"zulieferers",  u"supplier",  u"rivale",      u"rivalen",      u"konkurrent",
                                         u"konkurrenten", u"rival"};
    return cues;
}

// Role words before a person's name; compounds ending in them count too ("Nvidia-Chef",
// "Handelsminister", "Vorstandschef").
const QList<QStringView> &roleEndings()
{
    static const QList<QStringView> roles{
        u"chef", u"chefin", u"ceo", u"cto", u"cfo", u"gründer", u"gründerin", u"präsident", u"präsidentin", u"minister",
        u"ministerin", u"sprecher", u"sprecherin", u"analyst", u"analystin", u"founder", u"cofounder", u"president",
        u"spokesperson", u"spokesman", u"spokeswoman", u"chairman", u"chairwoman", u"vorsitzende", u"vorsitzender",
        u"direktor", u"director", u"secretary",
        // experts and writers quoted or credited in news: "Sicherheitsexperte X", "Counterpoint-Ökonom X"
        u"experte", u"expertin", u"expert", u"ökonom", u"ökonomin", u"economist", u"stratege", u"strategin",
        u"strategist", u"berater", u"beraterin", u"adviser", u"advisor", u"executive", u"redakteur", u"redakteurin",
        u"reporter", u"reporterin", u"korrespondent", u"korrespondentin", u"correspondent", u"journalist",
        u"journalistin", u"editor", u"writer", u"autor", u"autorin", u"manager", u"managerin", u"chefvolkswirt",
        u"chefvolkswirtin"};
    return roles;
}

const QList<QStringView> &chipWords()
{
    static const QList<QStringView> words{u"chip",          u"chips",           u"gpu",          u"gpus",
                                          u"prozessor",     u"prozessoren",     u"processor",    u"processors",
                                          u"beschleuniger", u"accelerator",     u"accelerators", u"npu",
                                          u"grafikkarte",   u"grafikprozessor", u"ki-chip",      u"ki-chips",
                                          u"ai-chip",       u"chipsatz",        u"soc",          u"asic"};
    return words;
}

// Nouns in German end in these far more often than names do.
const QList<QStringView> &germanNounEndings()
{
    static const QList<QStringView> endings{u"ung",    u"ungen", u"heit",   u"heiten", u"keit",    u"keiten",
                                            u"schaft", u"tion",  u"tionen", u"ismus",  u"ität",    u"nis",
                                            u"nisse",  u"chen",  u"lich",   u"ierung", u"schaften"};
    return endings;
}

// Model numbers: letters then digits with an optional letter suffix (P800, MI300X, BR100, S4000,
// B30A), or digits with a letter suffix (910C).
const QRegularExpression &modelShape()
{
    static const QRegularExpression re(u"^(?:[A-Z]{1,4}[0-9]{2,4}[A-Z]{0,3}|[0-9]{3,4}[A-Z]{1,2})$"_s);
    return re;
}

// "700W", "4090MB": digits with a unit are quantities, not model numbers.
bool looksLikeQuantity(const QString &token)
{
    static const QRegularExpression re(u"^[0-9]+(?:W|KW|MW|V|GB|MB|TB|PB|KB|HZ|K|G|NM|MM|CM|M|X)$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(token).hasMatch();
}

// Endings looked up by the word's tail rather than tried one by one: the rules ask for every word of a text.
class EndingSet
{
public:
    explicit EndingSet(const QList<QStringView> &endings)
    {
        for (QStringView e : endings) {
            m_endings.insert(e);
            if (!m_lengths.contains(e.size())) {
                m_lengths.append(e.size());
            }
        }
    }

    bool matches(QStringView lower) const
    {
        return std::any_of(m_lengths.cbegin(), m_lengths.cend(),
                           [&](qsizetype n) { return lower.size() >= n && m_endings.contains(lower.right(n)); });
    }

private:
    QSet<QStringView> m_endings; // views of static strings
    QList<qsizetype> m_lengths;
};

const EndingSet &roleEndingSet()
{
    static const EndingSet set(roleEndings());
    return set;
}

const EndingSet &germanNounEndingSet()
{
    static const EndingSet set(germanNounEndings());
    return set;
}

const EndingSet &weakCompanyCueEndingSet()
{
    static const EndingSet set(weakCompanyCues());
    return set;
}

bool equalsAny(const QString &lower, const QList<QStringView> &words)
{
    return std::any_of(words.cbegin(), words.cend(), [&](QStringView w) { return lower == w; });
}

class Suggest
{
public:
    Suggest(QStringView text, const QList<Sentence> &sentences, const QString &language,
            const QList<EntityMention> &known, const QSet<QString> &knownNames, const QSet<QString> &vendorNames)
        : m_text(text)
        , m_german(language != u"en"_s)
        , m_known(known)
        , m_knownNames(knownNames)
        , m_vendorNames(vendorNames)
    {
        tokenize(sentences);
    }

    QList<EntityMention> run()
    {
        companiesFromCues();
        companiesFromAppositions();
        peopleFromRoles();
        peopleFromBylines();
        peopleFromDescriptions();
        productsFromCues();
        companiesFromHeads();
        chipsFromShapes();
        systemsFromNumbers();
        std::sort(m_out.begin(), m_out.end(),
                  [](const EntityMention &a, const EntityMention &b) { return a.span.start < b.span.start; });
        return m_out;
    }

private:
    void tokenize(const QList<Sentence> &sentences)
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        int sentence = 0;
        qsizetype lastSentenceSeen = -1;
        while (i < n) {
            if (!isWordChar(codePointAt(m_text, i))) {
                ++i;
                continue;
            }
            qsizetype j = i;
            for (char32_t cp = 0; j < n && isWordChar(cp = codePointAt(m_text, j));) {
                j += QChar::requiresSurrogates(cp) ? 2 : 1;
            }
            Part part;
            part.start = i;
            part.end = j;
            part.text = m_text.mid(i, j - i).toString();
            part.lower = part.text.toLower();
            part.joinedToPrev =
                !m_parts.isEmpty() && m_parts.last().end + 1 == i && isHyphen(m_text.at(i - 1).unicode());
            while (sentence < sentences.size() && sentences.at(sentence).span.end <= i) {
                ++sentence;
            }
            if (sentence < sentences.size() && sentences.at(sentence).span.contains(i)) {
                part.sentence = sentence;
                part.sentenceStart = lastSentenceSeen != sentence;
                lastSentenceSeen = sentence;
            }
            m_parts.append(part);
            i = j;
        }
        // A word right after a colon or an opening quote at the start of a line also starts a sentence.
        for (qsizetype k = 1; k < m_parts.size(); ++k) {
            const QStringView gap = m_text.mid(m_parts.at(k - 1).end, m_parts.at(k).start - m_parts.at(k - 1).end);
            if (gap.contains(u':') || gap.contains(u'\n') || gap.contains(u'.') || gap.contains(u'!') ||
                gap.contains(u'?')) {
                m_parts[k].sentenceStart = true;
            }
        }
        if (!m_parts.isEmpty()) {
            m_parts[0].sentenceStart = true;
        }
    }

    QStringView gapBefore(qsizetype k) const
    {
        const qsizetype from = k > 0 ? m_parts.at(k - 1).end : 0;
        return m_text.mid(from, m_parts.at(k).start - from);
    }

    // Only white space between parts k-1 and k (no punctuation, no line break).
    bool plainSpaceBefore(qsizetype k) const
    {
        const QStringView gap = gapBefore(k);
        return !gap.isEmpty() &&
               std::all_of(gap.cbegin(), gap.cend(), [](QChar c) { return isInnerSpace(c.unicode()); });
    }

    bool overlapsKnown(qsizetype start, qsizetype end) const
    {
        auto hit = [&](const EntityMention &m) { return m.span.start < end && start < m.span.end; };
        return std::any_of(m_known.cbegin(), m_known.cend(), hit) || std::any_of(m_out.cbegin(), m_out.cend(), hit);
    }

    QString compoundAt(qsizetype k, qsizetype *first = nullptr, qsizetype *last = nullptr) const
    {
        qsizetype a = k;
        while (a > 0 && m_parts.at(a).joinedToPrev) {
            --a;
        }
        qsizetype b = k;
        while (b + 1 < m_parts.size() && m_parts.at(b + 1).joinedToPrev) {
            ++b;
        }
        if (first) {
            *first = a;
        }
        if (last) {
            *last = b;
        }
        if (a == b) {
            return m_parts.at(a).lower;
        }
        // The rules ask for the compound of each of its parts; it is lowered once.
        auto cached = m_compounds.constFind(a);
        if (cached == m_compounds.cend()) {
            cached = m_compounds.insert(
                a, m_text.mid(m_parts.at(a).start, m_parts.at(b).end - m_parts.at(a).start).toString().toLower());
        }
        return cached.value();
    }

    // Whether the compound part k belongs to ends in a role word ("Nvidia-Chef", "Finanzchefin", "CEO").
    bool roleCompound(qsizetype k) const
    {
        if (m_roleCompound.size() != static_cast<size_t>(m_parts.size())) {
            m_roleCompound.assign(static_cast<size_t>(m_parts.size()), -1);
        }
        qint8 &cached = m_roleCompound[static_cast<size_t>(k)];
        if (cached < 0) {
            cached = roleEndingSet().matches(compoundAt(k)) ? 1 : 0;
        }
        return cached == 1;
    }

    // word: in lower case.
    bool occursInLowerCase(const QString &word) const
    {
        if (m_lowerWords.isEmpty()) {
            // Built once per text: every rule asks this for many parts.
            for (const Part &p : m_parts) {
                if (!p.text.isEmpty() && p.text.at(0).isLower()) {
                    m_lowerWords.insert(p.text);
                }
            }
            m_lowerWords.insert(QString()); // not empty any more, even for a text without lower-case words
        }
        return m_lowerWords.contains(word);
    }

    // Whether part k may be (part of) a name: capitalised, not a function word, no ordinary noun.
    bool nameLike(qsizetype k, bool allowSentenceStart) const
    {
        const Part &p = m_parts.at(k);
        if (p.sentenceStart && !allowSentenceStart) {
            return false;
        }
        // The rest depends on the part alone; the rules ask it for the same parts again and again.
        if (m_nameLike.size() != static_cast<size_t>(m_parts.size())) {
            m_nameLike.assign(static_cast<size_t>(m_parts.size()), -1);
        }
        qint8 &cached = m_nameLike[static_cast<size_t>(k)];
        if (cached < 0) {
            cached = lexicallyNameLike(k) ? 1 : 0;
        }
        return cached == 1;
    }

    bool lexicallyNameLike(qsizetype k) const
    {
        const Part &p = m_parts.at(k);
        if (p.joinedToPrev || (k + 1 < m_parts.size() && m_parts.at(k + 1).joinedToPrev)) {
            return false; // part of a compound
        }
        const QString &w = p.text;
        if (w.size() < 2 || !w.at(0).isUpper()) {
            return false;
        }
        const QString &lower = p.lower;
        if (stopWords().contains(lower) || m_knownNames.contains(KnowledgeBase::nameKey(w)) ||
            occursInLowerCase(lower)) {
            return false;
        }
        if (std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); })) {
            return false;
        }
        const bool shaped = std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
        if (m_german && !shaped && germanNounEndingSet().matches(lower)) {
            return false;
        }
        return true;
    }

    // Whether part k has an internal capital or digit (MetaX, DeepSeek, iFlytek): a name's shape
    // rather than a German noun's.
    bool nameShaped(qsizetype k) const
    {
        const QString &w = m_parts.at(k).text;
        return w.size() >= 2 &&
               std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); });
    }

    // Parts k.. that form a name: up to maxParts name-like parts separated by single spaces.
    qsizetype nameRun(qsizetype k, int maxParts, bool allowSentenceStart) const
    {
        qsizetype end = k;
        while (end < m_parts.size() && end - k < maxParts && (end == k || plainSpaceBefore(end)) &&
               nameLike(end, allowSentenceStart || end > k) && m_parts.at(end).sentence == m_parts.at(k).sentence) {
            ++end;
        }
        return end - k;
    }

    // After a name: the name must end there (punctuation, a lower-case word, or the end).
    bool nameEndsAt(qsizetype next) const
    {
        if (next >= m_parts.size()) {
            return true;
        }
        if (!plainSpaceBefore(next)) {
            return !m_parts.at(next).joinedToPrev;
        }
        const QString &w = m_parts.at(next).text;
        return w.at(0).isLower() || w.at(0).isDigit() || stopWords().contains(w.toLower());
    }

    void addSuggestion(qsizetype first, qsizetype count, EntityType type, double confidence)
    {
        const qsizetype start = m_parts.at(first).start;
        qsizetype end = m_parts.at(first + count - 1).end;
        if (overlapsKnown(start, end) || insideUrlOrAddress(m_text, start, end)) {
            return;
        }
        QString canonical = m_text.mid(start, end - start).toString();
        // German genitive: "Biren Technologys" is rare, but "Birens" is not; strip -s after a stem
        // whose bare form also occurs in the text.
        if (canonical.endsWith(u's') && canonical.size() > 3) {
            const QString bare = canonical.chopped(1);
            const QString bareLast = m_parts.at(first + count - 1).text.chopped(1);
            if (std::any_of(m_parts.cbegin(), m_parts.cend(), [&](const Part &p) { return p.text == bareLast; })) {
                canonical = bare;
            }
        }
        EntityMention m;
        m.span = {start, end};
        m.type = type;
        m.canonical = canonical.simplified();
        m.confidence = confidence;
        m.suggested = true;
        m_out.append(m);
    }

    // "das Start-up Xyz", "der Chiphersteller Xyz", "the chipmaker Xyz".
    void companiesFromCues()
    {
        for (qsizetype k = 0; k + 1 < m_parts.size(); ++k) {
            qsizetype first = 0;
            qsizetype last = 0;
            const QString compound = compoundAt(k, &first, &last);
            if (k != last) {
                continue;
            }
            const bool strong = std::any_of(strongCompanyCues().cbegin(), strongCompanyCues().cend(),
                                            [&](QStringView cue) { return compound.endsWith(cue); });
            const bool weak = !strong && equalsAny(compound, weakCompanyCues());
            if (!strong && !weak) {
                continue;
            }
            const qsizetype next = k + 1;
            if (!plainSpaceBefore(next)) {
                continue;
            }
            const qsizetype count = nameRun(next, 3, false);
            if (count == 0 || !nameEndsAt(next + count)) {
                continue;
            }
            if (weak) {
                // German nouns follow "Unternehmen" too ("gab dem Unternehmen Zeit"): after a weak
                // cue only a name-shaped word counts.
                bool shaped = false;
                for (qsizetype p = next; p < next + count; ++p) {
                    shaped = shaped || nameShaped(p);
                }
                if (!shaped) {
                    continue;
                }
            }
            addSuggestion(next, count, EntityType::Company, strong ? 0.8 : 0.6);
        }
    }

    // "Xyz, ein Chipdesigner aus Shanghai", "Xyz, a Beijing-based chipmaker".
    void companiesFromAppositions()
    {
        static const QSet<QString> articles{u"ein"_s, u"eine"_s, u"einer"_s, u"der"_s, u"die"_s,
                                            u"das"_s, u"a"_s,    u"an"_s,    u"the"_s};
        for (qsizetype k = 0; k + 2 < m_parts.size(); ++k) {
            const qsizetype count = nameRun(k, 3, true);
            if (count == 0) {
                continue;
            }
            const qsizetype after = k + count;
            if (after >= m_parts.size() || !gapBefore(after).trimmed().startsWith(u',') ||
                !articles.contains(m_parts.at(after).lower)) {
                continue;
            }
            // A name at a sentence start may still be a noun; it must not come after a capitalised
            // word of the same run start (the run is the whole name).
            if (k > 0 && plainSpaceBefore(k) && m_parts.at(k - 1).text.at(0).isUpper() &&
                !m_parts.at(k - 1).sentenceStart) {
                continue;
            }
            for (qsizetype p = after + 1; p < std::min(after + 7, m_parts.size()); ++p) {
                if (m_parts.at(p).sentence != m_parts.at(k).sentence || gapBefore(p).contains(u',')) {
                    break;
                }
                qsizetype last = 0;
                const QString compound = compoundAt(p, nullptr, &last);
                if (p != last) {
                    continue;
                }
                const bool strong = std::any_of(strongCompanyCues().cbegin(), strongCompanyCues().cend(),
                                                [&](QStringView cue) { return compound.endsWith(cue); });
                const bool weak = equalsAny(compound, weakCompanyCues()) || compound.endsWith(u"unternehmen") ||
                                  compound.endsWith(u"konzern") || compound.endsWith(u"hersteller") ||
                                  compound.endsWith(u"anbieter");
                if (strong || (weak && (!m_parts.at(k).sentenceStart || nameShaped(k)))) {
                    addSuggestion(k, count, EntityType::Company, strong ? 0.75 : 0.65);
                    break;
                }
                // Between the article and the head noun only modifiers: lower-case words
                // ("aufstrebendes", "based"), short capitals ("KI") and "Beijing-based".
                const QString &head = m_parts.at(p).text;
                const bool modifier =
                    head.at(0).isLower() ||
                    (head.size() <= 3 && std::all_of(head.cbegin(), head.cend(), [](QChar c) { return c.isUpper(); }));
                if (!modifier) {
                    break;
                }
            }
            k = after;
        }
    }

    // Bylines: "Von Jan Weber", "By Mara Lindqvist" at the start of a line, the name on the same line
    // or the next one, and nothing but the name (and ", Berlin") on it.
    void peopleFromBylines()
    {
        for (qsizetype k = 0; k + 1 < m_parts.size(); ++k) {
            const QString lower = m_parts.at(k).lower;
            if (lower != u"von"_s && lower != u"by"_s && lower != u"text"_s && lower != u"autor"_s &&
                lower != u"autorin"_s) {
                continue;
            }
            const QStringView before = gapBefore(k);
            if (k > 0 && !before.contains(u'\n')) {
                continue;
            }
            const qsizetype next = k + 1;
            const QStringView gap = gapBefore(next);
            const bool sameLine = plainSpaceBefore(next) || gap.trimmed() == u":";
            const bool nextLine = gap.count(u'\n') == 1 && gap.trimmed().isEmpty();
            if (!sameLine && !nextLine) {
                continue;
            }
            const qsizetype count = nameRun(next, 3, true);
            if (count < 2) {
                continue;
            }
            const qsizetype after = next + count;
            const QStringView tail = after < m_parts.size() ? gapBefore(after) : QStringView(u"\n");
            if (!tail.contains(u'\n') && !tail.trimmed().startsWith(u',') && !tail.trimmed().startsWith(u'|')) {
                continue;
            }
            addSuggestion(next, count, EntityType::Person, 0.7);
        }
    }

    // "Mara Lindqvist is a contributing writer at ...", "X ist Analystin bei ...".
    void peopleFromDescriptions()
    {
        for (qsizetype k = 0; k + 3 < m_parts.size(); ++k) {
            // Only where "is"/"ist" follows two or three words.
            const auto isVerb = [&](qsizetype i) {
                return i < m_parts.size() && (m_parts.at(i).text == u"is"_s || m_parts.at(i).text == u"ist"_s);
            };
            if (!isVerb(k + 2) && !isVerb(k + 3)) {
                continue;
            }
            const qsizetype count = nameRun(k, 3, true);
            if (count < 2) {
                continue;
            }
            qsizetype p = k + count;
            const QString verb = m_parts.at(p).lower;
            if (!plainSpaceBefore(p) || (verb != u"is"_s && verb != u"ist"_s)) {
                k += count - 1;
                continue;
            }
            for (qsizetype q = p + 1; q < std::min(p + 5, m_parts.size()); ++q) {
                qsizetype roleLast = 0;
                compoundAt(q, nullptr, &roleLast);
                if (q == roleLast && roleCompound(q)) {
                    addSuggestion(k, count, EntityType::Person, 0.65);
                    break;
                }
                if (!m_parts.at(q).text.at(0).isLower() && q > p + 1) {
                    break;
                }
            }
            k += count - 1;
        }
    }

    // "Nvidia-Chef Jensen Huang", "CEO Lisa Su", "Gründer Liang Wenfeng"; and "Lisa Su, CEO von AMD".
    void peopleFromRoles()
    {
        for (qsizetype k = 0; k + 2 < m_parts.size(); ++k) {
            qsizetype last = 0;
            compoundAt(k, nullptr, &last);
            if (k != last || !roleCompound(k)) {
                continue;
            }
            const qsizetype next = k + 1;
            if (!plainSpaceBefore(next)) {
                continue;
            }
            const qsizetype count = nameRun(next, 3, false);
            if (count < 2 || !nameEndsAt(next + count)) {
                continue;
            }
            addSuggestion(next, count, EntityType::Person, 0.75);
        }
        // Apposition after the name: "Lisa Su, CEO von AMD", "Liang Wenfeng, the founder of ...".
        for (qsizetype k = 0; k + 3 < m_parts.size(); ++k) {
            const qsizetype count = nameRun(k, 3, true);
            if (count < 2) {
                continue;
            }
            qsizetype p = k + count;
            if (p >= m_parts.size() || !gapBefore(p).trimmed().startsWith(u',')) {
                k += count - 1;
                continue;
            }
            if (p < m_parts.size() && (m_parts.at(p).lower == u"der"_s || m_parts.at(p).lower == u"die"_s ||
                                       m_parts.at(p).lower == u"the"_s)) {
                ++p;
            }
            // The role may follow one word: "chief executive of", "bislang Finanzchef", "former CEO".
            for (qsizetype q = p; q < std::min(p + 2, m_parts.size()); ++q) {
                if (roleCompound(q)) {
                    addSuggestion(k, count, EntityType::Person, 0.7);
                    break;
                }
                if (!m_parts.at(q).text.at(0).isLower()) {
                    break;
                }
            }
            k += count - 1;
        }
    }

    // Investors and firms named by their head word: "Valor Equity Partners", "Atreides Management",
    // "1789 Capital", "SDIC Venture Capital": one to three capitalised words (or a number) before it.
    void companiesFromHeads()
    {
        static const QStringView heads[] = {u"Capital",     u"Partners",    u"Management",    u"Ventures",
                                            u"Investments", u"Holdings",    u"Securities",    u"Advisors",
                                            u"Fund",        u"Asset",       u"Semiconductor", u"Microelectronics",
                                            u"Electronics", u"Technologies"};
        for (qsizetype k = 1; k < m_parts.size(); ++k) {
            const QString &w = m_parts.at(k).text;
            if (!std::any_of(std::begin(heads), std::end(heads), [&](QStringView h) { return w == h; }) ||
                !plainSpaceBefore(k) || m_parts.at(k).joinedToPrev) {
                continue;
            }
            // Words of the name before the head: capitalised, not function words, no other head;
            // "Venture Capital", "Equity Partners" join the head.
            qsizetype first = k;
            while (first > 0 && k - first < 3 && plainSpaceBefore(first) &&
                   m_parts.at(first - 1).sentence == m_parts.at(k).sentence) {
                const Part &p = m_parts.at(first - 1);
                const bool digits = std::all_of(p.text.cbegin(), p.text.cend(), [](QChar c) { return c.isDigit(); });
                const QString lower = p.lower;
                const bool capital = p.text.at(0).isUpper() && !stopWords().contains(lower);
                // "die Fondsgesellschaft GF Fund", "der Investor AFW Partners": the noun before the
                // name describes it.
                static const QStringView describing[] = {u"gesellschaft", u"investor", u"investoren", u"fonds",
                                                         u"konzern",      u"firma",    u"hersteller", u"anbieter",
                                                         u"verwalter",    u"tochter",  u"sparte",     u"arm"};
                const bool description = std::any_of(std::begin(describing), std::end(describing),
                                                     [&](QStringView d) { return lower.endsWith(d); }) ||
                                         weakCompanyCueEndingSet().matches(lower) || roleEndingSet().matches(lower);
                if (!(capital || (digits && p.text.size() == 4)) || p.joinedToPrev || description) {
                    break;
                }
                --first;
                if (digits) {
                    break;
                }
            }
            if (first == k) {
                continue;
            }
            // "Nvidia Capital" names a known firm's unit; a sentence-initial German noun is no name.
            if (m_knownNames.contains(KnowledgeBase::nameKey(m_parts.at(first).text)) ||
                (m_parts.at(first).sentenceStart && !nameShaped(first) && m_german)) {
                continue;
            }
            addSuggestion(first, k - first + 1, EntityType::Company, 0.6);
        }
    }

    // AI models and other products after a product noun ("das Sprachmodell Hunyuan-T1", "the model
    // Kimi-Dev", "der Chatbot Yuanbao") and before "-Modell"/"-model" ("Qwen3-Modell").
    void productsFromCues()
    {
        static const QStringView cues[] = {u"sprachmodell", u"sprachmodells", u"ki-modell",   u"ki-modells",
                                           u"ai-modell",    u"modell",        u"modells",     u"model",
                                           u"chatbot",      u"chatbots",      u"llm",         u"reasoning-modell",
                                           u"assistent",    u"assistant",     u"ki-assistent"};
        auto isCue = [&](const QString &compound) {
            return std::any_of(std::begin(cues), std::end(cues),
                               [&](QStringView c) { return compound == c || (compound.endsWith(c) && c.size() > 5); });
        };
        for (qsizetype k = 0; k + 1 < m_parts.size(); ++k) {
            const QString &text = m_parts.at(k).text;
            // Cheap test first: the last part must end like a cue ("Sprachmodell", "model", "Chatbot").
            static const QStringView tails[] = {u"modell",   u"modells", u"model",     u"chatbot",
                                                u"chatbots", u"llm",     u"assistent", u"assistant"};
            if (text.size() < 3 || !std::any_of(std::begin(tails), std::end(tails),
                                                [&](QStringView t) { return text.endsWith(t, Qt::CaseInsensitive); })) {
                continue;
            }
            qsizetype last = 0;
            const QString compound = compoundAt(k, nullptr, &last);
            if (k != last || !isCue(compound) || !plainSpaceBefore(k + 1)) {
                continue;
            }
            qsizetype first = 0;
            qsizetype end = 0;
            compoundAt(k + 1, &first, &end);
            const QString &head = m_parts.at(first).text;
            if (first != k + 1 || !head.at(0).isUpper() || stopWords().contains(head.toLower()) ||
                m_knownNames.contains(KnowledgeBase::nameKey(head))) {
                continue;
            }
            // A German noun after "Modell" ("das Modell Rechenleistung") is no name: the name has a
            // digit, an inner capital or a hyphenated part.
            bool shaped = end > first;
            for (qsizetype p = first; p <= end; ++p) {
                shaped = shaped || nameShaped(p);
            }
            if (!shaped || !nameEndsAt(end + 1)) {
                continue;
            }
            addSuggestion(first, end - first + 1, EntityType::Product, 0.65);
        }
        // "Qwen3-Modell", "Hunyuan-T1-Modell": a name-shaped first part before the product noun.
        for (qsizetype k = 1; k < m_parts.size(); ++k) {
            const QString lower = m_parts.at(k).lower;
            if (!m_parts.at(k).joinedToPrev || (lower != u"modell"_s && lower != u"modells"_s && lower != u"model"_s)) {
                continue;
            }
            qsizetype first = k - 1;
            while (first > 0 && m_parts.at(first).joinedToPrev) {
                --first;
            }
            bool shaped = false;
            for (qsizetype p = first; p < k; ++p) {
                shaped = shaped || nameShaped(p);
            }
            const QString &head = m_parts.at(first).text;
            if (!shaped || !head.at(0).isUpper() || stopWords().contains(head.toLower()) ||
                modelShape().match(head).hasMatch() || m_knownNames.contains(KnowledgeBase::nameKey(head))) {
                continue; // "H20-Modell" is a chip; "KI-Modell" no name
            }
            addSuggestion(first, k - first, EntityType::Product, 0.6);
        }
    }

    // Model numbers next to a chip word or a vendor name: "der P800-Chip", "Huawei 910C".
    void chipsFromShapes()
    {
        for (qsizetype k = 0; k < m_parts.size(); ++k) {
            const Part &part = m_parts.at(k);
            if (!modelShape().match(part.text).hasMatch() || part.joinedToPrev || looksLikeQuantity(part.text)) {
                continue;
            }
            // "USB3000"-like shapes glued to a unit or another word are not models.
            const bool chipCompound = k + 1 < m_parts.size() && m_parts.at(k + 1).joinedToPrev &&
                                      std::any_of(chipWords().cbegin(), chipWords().cend(),
                                                  [&](QStringView w) { return m_parts.at(k + 1).lower.startsWith(w); });
            bool chipNear = chipCompound;
            bool vendorBefore = false;
            for (qsizetype d = 1; d <= 3 && !chipNear; ++d) {
                for (const qsizetype p : {k - d, k + d}) {
                    if (p < 0 || p >= m_parts.size() || m_parts.at(p).sentence != part.sentence) {
                        continue;
                    }
                    const QString lower = compoundAt(p);
                    // The word itself or the head of a compound ("KI-Chip").
                    chipNear = chipNear || std::any_of(chipWords().cbegin(), chipWords().cend(), [&](QStringView w) {
                                   return lower.endsWith(w) &&
                                          (lower.size() == w.size() || lower.at(lower.size() - w.size() - 1) == u'-');
                               });
                }
            }
            if (k > 0 && plainSpaceBefore(k)) {
                vendorBefore = m_vendorNames.contains(KnowledgeBase::nameKey(compoundAt(k - 1)));
            }
            if (!chipNear && !vendorBefore) {
                continue;
            }
            // A model glued to a following word that is not a chip word ("A100-Cluster" is fine,
            // "H20-Modell" too): anything joined after is allowed; units are not letters+digits.
            addSuggestion(k, 1, EntityType::Chip, chipNear && vendorBefore ? 0.8 : (chipNear ? 0.7 : 0.6));
        }
    }

    // Systems and chips named by a word and a number next to a system word: "der Supernode Tianchi
    // 256", "the Helix 512 cluster", "Lingxi 900 accelerator". The word is a name (capitalised, not a
    // noun of the text), the number has two to four digits and is no quantity ("Tianchi 256 Chips"
    // counts chips only when no system word is there).
    void systemsFromNumbers()
    {
        static const QStringView systemWords[] = {
            u"supernode", u"superpod",  u"supercluster", u"cluster",     u"rack",          u"system",
            u"systems",   u"systeme",   u"server",       u"chip",        u"beschleuniger", u"accelerator",
            u"gpu",       u"prozessor", u"processor",    u"superknoten", u"rechencluster", u"pod"};
        auto systemWordAt = [&](qsizetype p) {
            if (p < 0 || p >= m_parts.size()) {
                return false;
            }
            const QString lower = m_parts.at(p).lower;
            return std::any_of(std::begin(systemWords), std::end(systemWords),
                               [&](QStringView w) { return lower == w || lower.endsWith(w); });
        };
        for (qsizetype k = 0; k + 1 < m_parts.size(); ++k) {
            const Part &number = m_parts.at(k + 1);
            if (number.text.size() < 2 || number.text.size() > 4 || !plainSpaceBefore(k + 1) ||
                !std::all_of(number.text.cbegin(), number.text.cend(), [](QChar c) { return c.isDigit(); }) ||
                !nameLike(k, false) || nameShaped(k)) {
                continue;
            }
            // "Rechenzentren 512 Server": a German plural noun with a count is no name.
            const QString name = m_parts.at(k).lower;
            if (m_german && (name.endsWith(u"en") || name.endsWith(u"er") || name.endsWith(u"ern"))) {
                continue;
            }
            // The system word right before the name or right after the number.
            const bool before = k > 0 && plainSpaceBefore(k) && systemWordAt(k - 1);
            const bool after = k + 2 < m_parts.size() && (plainSpaceBefore(k + 2) || m_parts.at(k + 2).joinedToPrev) &&
                               systemWordAt(k + 2);
            if (!before && !after) {
                continue;
            }
            addSuggestion(k, 2, EntityType::Chip, 0.6);
        }
    }

    QStringView m_text;
    bool m_german;
    const QList<EntityMention> &m_known;
    const QSet<QString> &m_knownNames;
    const QSet<QString> &m_vendorNames;
    QList<Part> m_parts;
    mutable QSet<QString> m_lowerWords;            // words of the text written in lower case
    mutable std::vector<qint8> m_nameLike;         // lexicallyNameLike() per part: -1 not yet known
    mutable std::vector<qint8> m_roleCompound;     // roleCompound() per part: -1 not yet known
    mutable QHash<qsizetype, QString> m_compounds; // first part -> the compound in lower case
    QList<EntityMention> m_out;
};

} // namespace

NameSuggester::NameSuggester(const KnowledgeBase &kb)
{
    for (const KbEntity &e : kb.entities()) {
        for (const QString &name : e.allNames()) {
            m_knownNames.insert(KnowledgeBase::nameKey(name));
            if (e.type == EntityType::Company) {
                m_vendorNames.insert(KnowledgeBase::nameKey(name));
            }
        }
    }
    const QStringList rejected = kb.rejectedSurfaces();
    m_rejected = QSet<QString>(rejected.cbegin(), rejected.cend());
}

QList<EntityMention> NameSuggester::suggest(QStringView text, const QList<Sentence> &sentences, const QString &language,
                                            const QList<EntityMention> &known) const
{
    const QList<Sentence> own = sentences.isEmpty() ? SentenceSplitter::split(text, language) : QList<Sentence>();
    Suggest run(text, sentences.isEmpty() ? own : sentences, language, known, m_knownNames, m_vendorNames);
    QList<EntityMention> out = run.run();
    if (!m_rejected.isEmpty()) {
        // The user said these are no names: neither as written nor by their canonical form.
        out.removeIf([this, text](const EntityMention &m) {
            return m_rejected.contains(KnowledgeBase::surfaceKey(text.mid(m.span.start, m.span.end - m.span.start))) ||
                   m_rejected.contains(KnowledgeBase::surfaceKey(m.canonical));
        });
    }
    return out;
}

} // namespace Chipwatch::Core
