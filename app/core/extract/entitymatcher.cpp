// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entitymatcher.h"

#include "extract/knowledgebase.h"
#include "extract/textscan.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <climits>
#include <hs/hs.h>
#include <string>
#include <vector>

Q_LOGGING_CATEGORY(lcMatcher, "chipwatch.core.matcher")

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

using namespace TextScan;

namespace {

// Names with at least this many letters also match in any casing (Cloudmatrix, DeepSeek/Deepseek);
// shorter ones are too likely to be ordinary words or other abbreviations.
constexpr int kMinFoldedLetters = 4;
// Words either side of a context-required name that are searched for a cue.
constexpr int kContextWords = 8;

struct EntityInfo
{
    QString id;
    QString canonical;
    EntityType type = EntityType::Company;
    bool contextRequired = false;
    QString vendor; // CHIP / PRODUCT
    QString parent; // COMPANY: parent company; PERSON: employer; PLACE: country
};

struct Pattern
{
    QByteArray literal;
    unsigned flags = 0;
    int entity = 0;
    bool caseless = false;
    bool aliasHasUpper = false; // a caseless match written all in lower case is an ordinary word
    bool abbreviation = false;  // US, EU, UK: all capitals, at most three letters
    bool genitive = false;      // may take a German genitive -s
    bool genitiveEs = false;    // may take a German genitive -es (Hauses)
    bool digitEnd = false;      // ends in a digit: -s is a plural ("H100s") in English too
    int quality = 0;            // tie-break between equally long candidates
};

struct Hit
{
    unsigned id;
    unsigned long long to;
};

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype nameEnd = 0; // end without a genitive ending
    int pattern = 0;
    bool modifier = false; // "US" in "US-Exportkontrollen"
};

// Per-thread working memory: Hyperscan scratch plus buffers reused between calls.
struct Slot
{
    hs_scratch_t *scratch = nullptr;
    std::vector<char> utf8; // only grows; utf8Length bytes are valid
    size_t utf8Length = 0;
    // Where UTF-8 and UTF-16 offsets drift apart: after each character whose UTF-8 length
    // differs from its UTF-16 length, the byte offset behind it and the total drift so far.
    // News text is mostly ASCII, so this stays short (a full byte map would cost 4 bytes a byte).
    std::vector<std::pair<size_t, size_t>> drift;

    qsizetype toUtf16(size_t byte) const
    {
        auto it = std::upper_bound(drift.cbegin(), drift.cend(), byte,
                                   [](size_t value, const std::pair<size_t, size_t> &d) { return value < d.first; });
        return static_cast<qsizetype>(it == drift.cbegin() ? byte : byte - std::prev(it)->second);
    }

    std::vector<Hit> hits;
    std::vector<Candidate> candidates;
    std::vector<bool> taken; // UTF-16 positions already covered by an accepted mention
};

int onMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/, void *context)
{
    static_cast<std::vector<Hit> *>(context)->push_back({id, to});
    return 0;
}

void encode(QStringView text, Slot *slot)
{
    // Sized for the worst case (three bytes per UTF-16 unit) and written through a raw pointer:
    // this loop touches every character of every article.
    const qsizetype n = text.size();
    const size_t worst = static_cast<size_t>(n) * 3;
    if (slot->utf8.size() < worst) {
        slot->utf8.resize(worst);
    }
    slot->drift.clear();
    char *out = slot->utf8.data();
    size_t b = 0;
    size_t drift = 0;
    const char16_t *data = text.utf16();
    for (qsizetype i = 0; i < n;) {
        char32_t c = data[i];
        if (c < 0x80) {
            out[b++] = static_cast<char>(c == u'\t' ? u' ' : c);
            ++i;
            continue;
        }
        size_t units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(data[i + 1])) {
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), data[i + 1]);
            units = 2;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD;
        }
        c = scanForm(c);
        size_t bytes = 0;
        if (c < 0x80) {
            out[b] = static_cast<char>(c);
            bytes = 1;
        } else if (c < 0x800) {
            out[b] = static_cast<char>(0xC0 | (c >> 6));
            out[b + 1] = static_cast<char>(0x80 | (c & 0x3F));
            bytes = 2;
        } else if (c < 0x10000) {
            out[b] = static_cast<char>(0xE0 | (c >> 12));
            out[b + 1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[b + 2] = static_cast<char>(0x80 | (c & 0x3F));
            bytes = 3;
        } else {
            out[b] = static_cast<char>(0xF0 | (c >> 18));
            out[b + 1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out[b + 2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out[b + 3] = static_cast<char>(0x80 | (c & 0x3F));
            bytes = 4;
        }
        b += bytes;
        if (bytes != units) {
            // scanForm() never makes a character shorter in UTF-8 than in UTF-16.
            drift += bytes - units;
            slot->drift.emplace_back(b, drift);
        }
        i += static_cast<qsizetype>(units);
    }
    slot->utf8Length = b;
}

QString scanFormOf(const QString &alias)
{
    QString out;
    out.reserve(alias.size());
    bool lastSpace = false;
    for (qsizetype i = 0; i < alias.size(); ++i) {
        const char32_t c = scanForm(codePointAt(alias, i));
        if (c > 0xFFFF) {
            out.append(QChar::fromUcs4(c));
            ++i;
            lastSpace = false;
            continue;
        }
        if (c == u' ' && lastSpace) {
            continue;
        }
        lastSpace = c == u' ';
        out.append(QChar(static_cast<char16_t>(c)));
    }
    return out.trimmed();
}

// "Kunlun P800" -> {"Kunlun P800", "Kunlun-P800"}: every separator as space or hyphen (all
// combinations up to three separators; beyond that all-space and all-hyphen).
QStringList separatorVariants(const QString &alias)
{
    QList<qsizetype> seps;
    for (qsizetype i = 1; i + 1 < alias.size(); ++i) {
        if (alias.at(i) == u' ' || alias.at(i) == u'-') {
            seps.append(i);
        }
    }
    QStringList out{alias};
    if (seps.isEmpty()) {
        return out;
    }
    auto build = [&](unsigned mask) {
        QString v = alias;
        for (qsizetype k = 0; k < seps.size(); ++k) {
            v[seps.at(k)] = (mask >> k) & 1U ? u'-' : u' ';
        }
        return v;
    };
    if (seps.size() <= 3) {
        for (unsigned mask = 0; mask < (1U << seps.size()); ++mask) {
            const QString v = build(mask);
            if (!out.contains(v)) {
                out.append(v);
            }
        }
    } else {
        for (const QString &v : {build(0), build(~0U)}) {
            if (!out.contains(v)) {
                out.append(v);
            }
        }
    }
    return out;
}

QString firstUpper(const QString &s)
{
    if (s.isEmpty() || s.at(0).isUpper() || s.at(0).isSurrogate()) {
        return s;
    }
    return s.at(0).toUpper() + s.mid(1);
}

bool hasNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x80; });
}

// German names that are noun phrases decline their adjectives: "Weißes Haus" -> "im Weißen Haus",
// "Vereinigte Staaten" -> "den Vereinigten Staaten". Every capitalised word before a capitalised
// word that ends like a declined adjective gets each ending (all of them the same one, as German
// adjectives agree). Variants that never occur in text cost a literal each, nothing more.
QStringList declensions(const QString &alias)
{
    static const QStringView endings[] = {u"en", u"er", u"es", u"em", u"e"};
    const QStringList words = alias.split(u' ');
    QList<qsizetype> adjectives;
    QStringList stems = words;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.size() < 5 || !w.at(0).isUpper() || words.at(i + 1).isEmpty() || !words.at(i + 1).at(0).isUpper()) {
            continue;
        }
        for (QStringView ending : endings) {
            if (w.endsWith(ending)) {
                stems[i] = w.chopped(ending.size());
                adjectives.append(i);
                break;
            }
        }
    }
    QStringList out{alias};
    if (adjectives.isEmpty()) {
        return out;
    }
    for (QStringView ending : endings) {
        QStringList declined = words;
        for (qsizetype i : adjectives) {
            declined[i] = stems.at(i) + ending;
        }
        const QString variant = declined.join(u' ');
        if (!out.contains(variant)) {
            out.append(variant);
        }
    }
    return out;
}

// "64 Gigabyte Speicher", "10 Ampere": an ambiguous name right after a number is a unit. (A
// compound such as "384 Ascend-KI-Chips" counts things named after it and stays a mention.)
bool quantityBefore(QStringView text, const Candidate &c)
{
    qsizetype i = c.start;
    while (i > 0 && isInnerSpace(text.at(i - 1).unicode())) {
        --i;
    }
    const bool hyphenAfter = c.end < text.size() && isHyphen(text.at(c.end).unicode());
    return i < c.start && i > 0 && text.at(i - 1).isDigit() && !hyphenAfter;
}

bool isPlaceOrOrg(EntityType type)
{
    return type == EntityType::Place || type == EntityType::Org;
}

// Whether `other` nearby shows that a context-required name means the entity: a name of the same
// kind (another chip next to "Turing"), or a related one (its vendor, employer, parent, a sibling
// from the same vendor). Any company would not do: in chip news one is always near.
bool fitsContext(const EntityInfo &self, const EntityInfo &other)
{
    if (other.type == self.type && self.type != EntityType::Person && self.type != EntityType::Company) {
        return true;
    }
    auto isSet = [](const QString &s) { return !s.isEmpty(); };
    return (isSet(self.vendor) && (self.vendor == other.id || self.vendor == other.vendor)) ||
           (isSet(self.parent) && (self.parent == other.id || self.parent == other.parent)) ||
           other.vendor == self.id || other.parent == self.id;
}

// Word stems that show what kind of thing a nearby name is (German and English). A word counts
// when it contains the stem, so that compounds ("KI-Chips", "Grafikprozessor") count as well.
QList<QStringView> cueStems(EntityType type)
{
    switch (type) {
    case EntityType::Chip:
        return {u"chip",        u"gpu",         u"prozessor",    u"processor",     u"beschleuniger",
                u"accelerator", u"architektur", u"architecture", u"halbleiter",    u"semiconductor",
                u"tflops",      u"hbm",         u"npu",          u"rechenleistung"};
    case EntityType::Product:
        return {u"modell", u"model", u"chatbot", u"software", u"plattform", u"platform", u"app"};
    case EntityType::Company:
        return {u"konzern", u"unternehmen", u"hersteller", u"firma", u"company", u"startup", u"start-up", u"chipmaker",
                u"aktie", u"shares", u"tochter", u"subsidiary", u"gruppe", u"group", u"inc", u"corp", u"ltd", u"gmbh",
                u"ag",
                // research houses and brokers are named with their analysts: "die Analysten von Bernstein"
                u"analyst", u"broker", u"bank"};
    case EntityType::Person:
        return {u"chef",     u"ceo",          u"gründer", u"founder", u"präsident", u"president", u"minister",
                u"sprecher", u"spokesperson", u"sagte",   u"said",    u"erklärte",  u"analyst"};
    case EntityType::Place:
        return {u"stadt", u"city", u"provinz", u"province", u"region", u"land", u"country", u"hauptstadt"};
    case EntityType::Org:
        return {u"behörde",    u"ministerium", u"ministry", u"agency", u"regierung", u"government", u"kommission",
                u"commission", u"amt",         u"bericht",  u"report", u"zeitung",   u"newspaper",  u"magazin"};
    }
    return {};
}

} // namespace

struct EntityMatcher::Private
{
    std::vector<EntityInfo> entities;
    std::vector<Pattern> patterns;
    hs_database_t *db = nullptr;
    hs_scratch_t *prototype = nullptr;
    QString error;
    mutable QMutex poolMutex;
    mutable std::vector<std::unique_ptr<Slot>> pool;
    QSet<QString> rejected;     // the user's rejected surface keys
    QHash<QString, int> linked; // surface key -> entity index the user linked it to

    // The user's rejection of this name (with or without its genitive ending).
    bool isRejected(QStringView text, const Candidate &c) const
    {
        return !rejected.isEmpty() &&
               (rejected.contains(KnowledgeBase::surfaceKey(text.mid(c.start, c.end - c.start))) ||
                rejected.contains(KnowledgeBase::surfaceKey(text.mid(c.start, c.nameEnd - c.start))));
    }

    int entityOf(QStringView text, const Candidate &c) const
    {
        if (!linked.isEmpty()) {
            for (const qsizetype end : {c.end, c.nameEnd}) {
                const auto it = linked.constFind(KnowledgeBase::surfaceKey(text.mid(c.start, end - c.start)));
                if (it != linked.constEnd()) {
                    return *it;
                }
            }
        }
        return patterns[static_cast<size_t>(c.pattern)].entity;
    }

    std::unique_ptr<Slot> acquire() const
    {
        {
            QMutexLocker locker(&poolMutex);
            if (!pool.empty()) {
                std::unique_ptr<Slot> slot = std::move(pool.back());
                pool.pop_back();
                return slot;
            }
        }
        auto slot = std::make_unique<Slot>();
        if (hs_clone_scratch(prototype, &slot->scratch) != HS_SUCCESS) {
            return nullptr;
        }
        return slot;
    }

    void release(std::unique_ptr<Slot> slot) const
    {
        QMutexLocker locker(&poolMutex);
        pool.push_back(std::move(slot));
    }

    void addPatterns(int entityIndex, const QString &name, bool caseSensitive, bool canonical,
                     QSet<QPair<QByteArray, unsigned>> *seen);
    bool hasContext(QStringView text, const Candidate &c, const std::vector<Candidate> &all) const;
};

void EntityMatcher::Private::addPatterns(int entityIndex, const QString &name, bool caseSensitive, bool canonical,
                                         QSet<QPair<QByteArray, unsigned>> *seen)
{
    const QString alias = scanFormOf(name);
    if (alias.isEmpty()) {
        return;
    }
    const auto letters = std::count_if(alias.cbegin(), alias.cend(), [](QChar c) { return c.isLetter(); });
    const bool hasLower = std::any_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isLower(); });
    const bool hasUpper = std::any_of(alias.cbegin(), alias.cend(), [](QChar c) { return c.isUpper(); });
    const QChar last = alias.back().toLower();
    const bool sibilantEnd = last == u's' || last == u'x' || last == u'z' || last == u'ß';
    Pattern base;
    base.entity = entityIndex;
    base.aliasHasUpper = hasUpper;
    base.abbreviation = !hasLower && letters > 0 && letters <= 3 && alias.size() <= 3;
    base.genitive = last.isLetterOrNumber() && !sibilantEnd;
    base.digitEnd = last.isDigit();
    // "des Weißen Hauses", "des US-Kongresses": German nouns ending in -ss, -ß or -haus take -es.
    // Brand names ending in s ("Moore Threads", "Siemens") do not.
    const QString lowerAlias = alias.toLower();
    base.genitiveEs =
        !caseSensitive && (lowerAlias.endsWith(u"ss") || lowerAlias.endsWith(u"ß") || lowerAlias.endsWith(u"haus"));

    struct Form
    {
        QString text;
        bool caseless;
        bool separatorVariants; // also with each space as hyphen and vice versa
    };

    QList<Form> forms;
    if (caseSensitive) {
        forms.append({alias, false, true});
    } else if (letters >= kMinFoldedLetters) {
        for (const QString &declined : declensions(alias)) {
            // Declined forms keep the separators as written: "Weißen-Haus" is nobody's spelling.
            const bool asWritten = declined == alias;
            forms.append({declined, true, asWritten});
            // Hyperscan folds ASCII only: spell out the capitals of non-ASCII names (GROSSBRITANNIEN).
            if (hasNonAscii(declined)) {
                forms.append({declined.toUpper(), true, asWritten});
                forms.append({firstUpper(declined), true, asWritten});
            }
        }
    } else {
        forms.append({alias, false, true});
        forms.append({alias.toUpper(), false, true});
        forms.append({firstUpper(alias), false, true});
    }
    for (const Form &form : forms) {
        const bool caseless = form.caseless;
        for (const QString &variant : form.separatorVariants ? separatorVariants(form.text) : QStringList{form.text}) {
            Pattern p = base;
            p.literal = variant.toUtf8();
            p.caseless = caseless;
            p.flags = caseless ? HS_FLAG_CASELESS : 0;
            p.quality = (variant == alias ? 2 : 0) + (canonical ? 1 : 0) + (caseless ? 0 : 1);
            if (seen->contains({p.literal, p.flags})) {
                continue;
            }
            seen->insert({p.literal, p.flags});
            patterns.push_back(std::move(p));
        }
    }
}

bool EntityMatcher::Private::hasContext(QStringView text, const Candidate &c, const std::vector<Candidate> &all) const
{
    const EntityInfo &self = entities[static_cast<size_t>(patterns[static_cast<size_t>(c.pattern)].entity)];
    const EntityType type = self.type;
    // Window: kContextWords words either side, not crossing a line break.
    qsizetype from = c.start;
    for (int words = 0; from > 0 && words <= kContextWords; --from) {
        const QChar ch = text.at(from - 1);
        if (isLineBreak(ch.unicode())) {
            break;
        }
        if (ch.isSpace()) {
            ++words;
        }
    }
    qsizetype to = c.end;
    for (int words = 0; to < text.size() && words <= kContextWords; ++to) {
        const QChar ch = text.at(to);
        if (isLineBreak(ch.unicode())) {
            break;
        }
        if (ch.isSpace()) {
            ++words;
        }
    }
    // all is sorted by start; names are short, so starting a name's length early finds all overlaps.
    auto it = std::lower_bound(all.cbegin(), all.cend(), from - 64,
                               [](const Candidate &x, qsizetype value) { return x.start < value; });
    for (; it != all.cend() && it->start < to; ++it) {
        const Candidate &other = *it;
        if (&other == &c || other.modifier || other.end <= from || other.start >= to ||
            (other.start < c.end && c.start < other.end)) {
            continue;
        }
        const EntityInfo &info = entities[static_cast<size_t>(patterns[static_cast<size_t>(other.pattern)].entity)];
        if (!info.contextRequired && fitsContext(self, info)) {
            return true;
        }
    }
    const QList<QStringView> stems = cueStems(type);
    qsizetype pos = from;
    while (pos < to) {
        while (pos < to && !wordCharAt(text, pos)) {
            ++pos;
        }
        qsizetype wordEnd = pos;
        while (wordEnd < to && (wordCharAt(text, wordEnd) || (isHyphen(text.at(wordEnd).unicode())))) {
            ++wordEnd;
        }
        // The name itself is no cue, but a compound around it is ("Ascend-KI-Chips").
        const bool insideName = pos >= c.start && wordEnd <= c.end;
        if (wordEnd > pos && !insideName) {
            const QString word = text.mid(pos, wordEnd - pos).toString().toLower();
            for (QStringView stem : stems) {
                // Short stems ("ag", "inc", "app") only as whole words; long ones also inside compounds.
                if (stem.size() <= 3 ? word == stem : word.contains(stem)) {
                    return true;
                }
            }
        }
        pos = wordEnd;
    }
    return false;
}

EntityMatcher::EntityMatcher(const KnowledgeBase &kb)
    : d(std::make_unique<Private>())
{
    QHash<QString, int> byId;
    for (const KbEntity &e : kb.entities()) {
        const int index = static_cast<int>(d->entities.size());
        d->entities.push_back({e.id, e.name, e.type, e.contextRequired, e.vendor, e.parent});
        QSet<QPair<QByteArray, unsigned>> seen;
        for (const QString &name : e.allNames()) {
            d->addPatterns(index, name, e.caseSensitiveAliases.contains(name), name == e.name, &seen);
        }
        byId.insert(e.id, index);
    }
    for (const QString &key : kb.rejectedSurfaces()) {
        d->rejected.insert(key);
    }
    for (auto it = kb.surfaceLinks().cbegin(); it != kb.surfaceLinks().cend(); ++it) {
        if (byId.contains(it.value())) {
            d->linked.insert(it.key(), byId.value(it.value()));
        }
    }
    if (d->patterns.empty()) {
        return;
    }
    std::vector<const char *> expressions;
    std::vector<size_t> lengths;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (size_t i = 0; i < d->patterns.size(); ++i) {
        const Pattern &p = d->patterns[i];
        expressions.push_back(p.literal.constData());
        lengths.push_back(static_cast<size_t>(p.literal.size()));
        flags.push_back(p.flags);
        ids.push_back(static_cast<unsigned>(i));
    }
    // Pure literals: the start of a match is its end minus the literal's length, so the engine
    // need not track start offsets (no HS_FLAG_SOM_LEFTMOST), which keeps it on its fastest path.
    // UTF-8 is self-synchronising, so a literal can only match at character boundaries.
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                             static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK, nullptr, &d->db,
                             &compileError) != HS_SUCCESS) {
        d->error = u"cannot compile the name patterns: %1"_s.arg(
            QString::fromUtf8(compileError ? compileError->message : "unknown error"));
        hs_free_compile_error(compileError);
        d->db = nullptr;
        qCWarning(lcMatcher).noquote() << d->error;
        return;
    }
    if (hs_alloc_scratch(d->db, &d->prototype) != HS_SUCCESS) {
        d->error = u"cannot allocate matcher scratch space"_s;
        hs_free_database(d->db);
        d->db = nullptr;
        qCWarning(lcMatcher).noquote() << d->error;
        return;
    }
    qCDebug(lcMatcher) << "compiled" << d->patterns.size() << "literals for" << d->entities.size() << "entities";
}

EntityMatcher::~EntityMatcher()
{
    for (auto &slot : d->pool) {
        hs_free_scratch(slot->scratch);
    }
    hs_free_scratch(d->prototype);
    hs_free_database(d->db);
}

bool EntityMatcher::isValid() const
{
    return d->error.isEmpty();
}

QString EntityMatcher::errorString() const
{
    return d->error;
}

QList<QByteArray> EntityMatcher::literals() const
{
    QList<QByteArray> out;
    out.reserve(static_cast<qsizetype>(d->patterns.size()));
    for (const Pattern &p : d->patterns) {
        out.append(p.literal);
    }
    return out;
}

QList<EntityMention> EntityMatcher::match(QStringView text, QStringView language) const
{
    // English has no genitive -s; "Arms" or "Apples" there are other words. Models still take a
    // plural -s ("10,000 H100s").
    const bool english = language.startsWith(u"en", Qt::CaseInsensitive);
    if (!d->db || text.isEmpty()) {
        return {};
    }
    std::unique_ptr<Slot> slot = d->acquire();
    if (!slot) {
        qCWarning(lcMatcher) << "cannot allocate matcher scratch space";
        return {};
    }
    encode(text, slot.get());
    if (slot->utf8Length > UINT_MAX) {
        qCWarning(lcMatcher) << "text too long to match:" << slot->utf8Length << "bytes";
        d->release(std::move(slot));
        return {};
    }
    slot->hits.clear();
    const hs_error_t rc = hs_scan(d->db, slot->utf8.data(), static_cast<unsigned>(slot->utf8Length), 0, slot->scratch,
                                  onMatch, &slot->hits);
    if (rc != HS_SUCCESS) {
        qCWarning(lcMatcher) << "hs_scan failed:" << rc;
    }

    std::vector<Candidate> &candidates = slot->candidates;
    candidates.clear();
    for (const Hit &hit : slot->hits) {
        const Pattern &p = d->patterns[hit.id];
        const auto fromByte = static_cast<size_t>(hit.to) - static_cast<size_t>(p.literal.size());
        Candidate c;
        c.pattern = static_cast<int>(hit.id);
        c.start = slot->toUtf16(fromByte);
        c.end = slot->toUtf16(static_cast<size_t>(hit.to));
        c.nameEnd = c.end;
        if (wordCharBefore(text, c.start)) {
            continue;
        }
        if (wordCharAt(text, c.end)) {
            // German genitive: the whole token is the mention (Nvidias, NVIDIAs, Chinas).
            if (p.genitive && (!english || p.digitEnd) && text.at(c.end) == u's' && !wordCharAt(text, c.end + 1)) {
                c.end += 1;
            } else if (p.genitiveEs && !english && text.mid(c.end, 2) == u"es" && !wordCharAt(text, c.end + 2)) {
                c.end += 2;
            } else {
                continue;
            }
        }
        const QStringView surface = text.mid(c.start, c.end - c.start);
        if (p.caseless && p.aliasHasUpper &&
            std::none_of(surface.cbegin(), surface.cend(), [](QChar ch) { return ch.isUpper(); })) {
            continue; // "china" (porcelain), "ascend" (the verb): lower case is not the name
        }
        if (insideUrlOrAddress(text, c.start, c.end)) {
            continue;
        }
        const EntityType type = d->entities[static_cast<size_t>(p.entity)].type;
        const bool hyphenAfter = c.end < text.size() && isHyphen(text.at(c.end).unicode());
        if (hyphenAfter && type == EntityType::Place) {
            // "US-amerikanischen", "China-kritischen": an adjective formed from the place.
            qsizetype w = c.end + 1;
            while (w < text.size() && text.at(w).isLower()) {
                ++w;
            }
            const QStringView word = text.mid(c.end + 1, w - c.end - 1);
            static const QStringView endings[] = {u"isch", u"ische", u"ischen", u"ischer", u"isches", u"ischem"};
            if (!wordCharAt(text, w) &&
                std::any_of(std::begin(endings), std::end(endings), [&](QStringView e) { return word.endsWith(e); })) {
                continue;
            }
        }
        // "US-Exportkontrollen", "EU-Staaten": a short capitalised place abbreviation as the first
        // part of a compound qualifies the noun like an adjective and is not marked; a compound
        // that is itself a name (US-Regierung) is a longer candidate of its own.
        c.modifier = hyphenAfter && p.abbreviation && isPlaceOrOrg(type);
        candidates.push_back(c);
    }
    // By start, so that neighbours are found by binary search below.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
    auto firstFrom = [&](qsizetype pos) {
        return std::lower_bound(candidates.cbegin(), candidates.cend(), pos,
                                [](const Candidate &c, qsizetype value) { return c.start < value; });
    };

    // Two entities joined by a hyphen ("US-China-Handelskrieg") are both meant.
    for (Candidate &c : candidates) {
        if (c.modifier) {
            const qsizetype next = c.end + 1;
            for (auto it = firstFrom(next); it != candidates.cend() && it->start == next; ++it) {
                c.modifier = c.modifier && it->modifier;
            }
        }
    }
    std::vector<Candidate> kept;
    kept.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        if (c.modifier || d->isRejected(text, c)) {
            continue;
        }
        const EntityInfo &info = d->entities[static_cast<size_t>(d->patterns[static_cast<size_t>(c.pattern)].entity)];
        if (info.contextRequired && (quantityBefore(text, c) || !d->hasContext(text, c, candidates))) {
            continue;
        }
        kept.push_back(c);
    }

    // Longest first, then the better-fitting pattern, then leftmost; greedily without overlap.
    std::sort(kept.begin(), kept.end(), [this](const Candidate &a, const Candidate &b) {
        const qsizetype la = a.end - a.start;
        const qsizetype lb = b.end - b.start;
        if (la != lb) {
            return la > lb;
        }
        const int qa = d->patterns[static_cast<size_t>(a.pattern)].quality;
        const int qb = d->patterns[static_cast<size_t>(b.pattern)].quality;
        if (qa != qb) {
            return qa > qb;
        }
        if (a.start != b.start) {
            return a.start < b.start;
        }
        return a.pattern < b.pattern;
    });
    // Positions already covered: names are short, so marking them beats an interval tree.
    std::vector<bool> &taken = slot->taken;
    taken.assign(static_cast<size_t>(text.size()), false);
    std::vector<const Candidate *> accepted;
    for (const Candidate &c : kept) {
        const auto from = static_cast<size_t>(c.start);
        const auto to = static_cast<size_t>(c.end);
        bool free = true;
        for (size_t i = from; i < to && free; ++i) {
            free = !taken[i];
        }
        if (!free) {
            continue;
        }
        for (size_t i = from; i < to; ++i) {
            taken[i] = true;
        }
        accepted.push_back(&c);
    }
    std::sort(accepted.begin(), accepted.end(),
              [](const Candidate *a, const Candidate *b) { return a->start < b->start; });

    QList<EntityMention> out;
    out.reserve(static_cast<qsizetype>(accepted.size()));
    for (const Candidate *c : accepted) {
        const EntityInfo &info = d->entities[static_cast<size_t>(d->entityOf(text, *c))];
        EntityMention m;
        m.span = {c->start, c->end};
        m.type = info.type;
        m.entityId = info.id;
        m.canonical = info.canonical;
        out.append(m);
    }
    d->release(std::move(slot));
    return out;
}

} // namespace Chipwatch::Core
