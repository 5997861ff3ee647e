// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/articlenames.h"

#include "extract/knowledgebase.h"
#include "extract/textscan.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

using namespace TextScan;

namespace {

struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Runs of letters and digits (a hyphen separates: "Kunlun-M300" is two words).
QList<Word> wordsOf(QStringView text)
{
    QList<Word> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!isWordChar(codePointAt(text, i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        // One decoding per character: this runs over every character of every article.
        for (char32_t cp = 0; j < n && isWordChar(cp = codePointAt(text, j));) {
            j += QChar::requiresSurrogates(cp) ? 2 : 1;
        }
        out.append({i, j});
        i = j;
    }
    return out;
}

bool hasDigit(QStringView s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

bool inside(const QList<Sentence> &within, qsizetype start, qsizetype end)
{
    return within.isEmpty() || std::any_of(within.cbegin(), within.cend(), [&](const Sentence &s) {
               return s.span.start <= start && end <= s.span.end;
           });
}

bool overlapsAny(const QList<EntityMention> &mentions, qsizetype start, qsizetype end)
{
    return std::any_of(mentions.cbegin(), mentions.cend(),
                       [&](const EntityMention &m) { return m.span.start < end && start < m.span.end; });
}

// Words before a bare number that make it a model ("die Typen 590 und 690", "model 910").
bool modelWord(QStringView w)
{
    static const QStringView words[] = {u"typ",    u"typen",    u"modell",    u"modelle", u"modellen", u"model",
                                        u"models", u"variante", u"varianten", u"version", u"versionen"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](QStringView m) { return w.compare(m, Qt::CaseInsensitive) == 0; });
}

bool conjunction(QStringView w)
{
    static const QStringView words[] = {u"und", u"and", u"sowie", u"oder", u"or"};
    return std::any_of(std::begin(words), std::end(words),
                       [&](QStringView m) { return w.compare(m, Qt::CaseInsensitive) == 0; });
}

// Head words of the names of firms and bodies ("Bezos Expeditions", "Brightwater Capital").
bool organisationHead(QStringView w)
{
    static const QStringView heads[] = {
        u"Expeditions", u"Capital",      u"Partners",   u"Ventures", u"Management", u"Investments", u"Holdings",
        u"Group",       u"Gruppe",       u"Foundation", u"Stiftung", u"Fund",       u"Funds",       u"Bank",
        u"Labs",        u"Technologies", u"Technology", u"Inc",      u"Corp",       u"Institute",   u"Institut",
        u"Family",      u"Trust",        u"Securities", u"Advisors", u"Asset",      u"Equity",      u"Global"};
    return std::any_of(std::begin(heads), std::end(heads), [&](QStringView h) { return w == h; });
}

// Chinese and Korean family names come first: "Xi Jinping" is Xi, "Liang Wenfeng" is Liang.
bool eastAsianFamilyName(QStringView w)
{
    static const QSet<QString> names = [] {
        const char *list[] = {"Wang",  "Li",    "Zhang", "Liu",  "Chen", "Yang",   "Huang", "Zhao",  "Wu",   "Zhou",
                              "Xu",    "Sun",   "Ma",    "Zhu",  "Hu",   "Guo",    "He",    "Lin",   "Gao",  "Luo",
                              "Zheng", "Liang", "Xie",   "Song", "Tang", "Han",    "Feng",  "Deng",  "Cao",  "Peng",
                              "Zeng",  "Xiao",  "Tian",  "Dong", "Pan",  "Yuan",   "Cai",   "Jiang", "Yu",   "Du",
                              "Ye",    "Cheng", "Wei",   "Su",   "Ding", "Ren",    "Shen",  "Yao",   "Lu",   "Cui",
                              "Zhong", "Tan",   "Lei",   "Xi",   "Meng", "Ouyang", "Qian",  "Kong",  "Bai",  "Fang",
                              "Lee",   "Kim",   "Park",  "Choi", "Chey", "Jung",   "Kang",  "Cho",   "Yoon", "Shin"};
        QSet<QString> s;
        for (const char *n : list) {
            s.insert(QString::fromLatin1(n));
        }
        return s;
    }();
    return names.contains(w.toString());
}

} // namespace

ArticleNames::ArticleNames(const KnowledgeBase &kb)
{
    QSet<QString> knownKeys;
    QHash<QString, QString> chipByKey; // name key -> chip id
    for (const KbEntity &e : kb.entities()) {
        for (const QString &name : e.allNames()) {
            knownKeys.insert(KnowledgeBase::nameKey(name));
            if (e.type == EntityType::Chip) {
                chipByKey.insert(KnowledgeBase::nameKey(name), e.id);
            }
        }
        if (e.type == EntityType::Company && !e.parent.isEmpty()) {
            m_parents.insert(e.id, e.parent);
        }
        if (e.type == EntityType::Company && e.category == u"ai_lab") {
            m_aiLabs.insert(e.id);
        }
        if (e.type == EntityType::Product) {
            m_productNames.insert(e.id, e.name);
            for (const QString &name : e.allNames()) {
                if (name.size() >= 3 && !hasDigit(name) && !name.contains(u' ')) {
                    m_products.insert(name, e.id);
                }
            }
        }
        if (e.type == EntityType::Chip) {
            const QStringList names = e.allNames();
            const bool family =
                std::none_of(names.cbegin(), names.cend(), [](const QString &n) { return hasDigit(n); });
            m_chips.insert(e.id, {e.name, e.vendor, family});
        }
    }
    QSet<QString> ambiguous;
    for (const KbEntity &e : kb.entities()) {
        if (e.type != EntityType::Chip) {
            continue;
        }
        for (const QString &name : e.allNames()) {
            qsizetype cut = name.size() - 1;
            while (cut > 0 && name.at(cut) != u' ' && name.at(cut) != u'-') {
                --cut;
            }
            if (cut <= 0) {
                continue;
            }
            const QString model = name.mid(cut + 1);
            const QString prefix = name.left(cut);
            // "M300", "6000D", "590", "950DT": a model number, not a word or a generation digit.
            if (model.size() < 3 || !hasDigit(model) || !model.at(0).isLetterOrNumber() ||
                knownKeys.contains(KnowledgeBase::nameKey(model))) {
                continue;
            }
            const bool digitsOnly = std::all_of(model.cbegin(), model.cend(), [](QChar c) { return c.isDigit(); });
            const QString family = chipByKey.value(KnowledgeBase::nameKey(prefix));
            const auto it = m_shortForms.constFind(model);
            if (it != m_shortForms.constEnd() && it->id != e.id) {
                ambiguous.insert(model); // "920": Ascend 920 or Kunpeng 920
                continue;
            }
            if (it == m_shortForms.constEnd() || (it->family.isEmpty() && !family.isEmpty())) {
                m_shortForms.insert(model, {e.id, family, digitsOnly});
            }
        }
    }
    for (const QString &model : ambiguous) {
        m_shortForms.remove(model);
    }
}

QList<EntityMention> ArticleNames::resolveChips(QStringView text, QList<EntityMention> mentions,
                                                const QList<Sentence> &within) const
{
    std::sort(mentions.begin(), mentions.end(),
              [](const EntityMention &a, const EntityMention &b) { return a.span.start < b.span.start; });
    auto vendorOf = [&](const QString &id) { return m_chips.value(id).vendor; };
    auto sameMaker = [&](const QString &a, const QString &b) {
        return !a.isEmpty() && (a == b || m_parents.value(a) == b || m_parents.value(b) == a);
    };

    // "Instinct MI308", "HGX B200", "Blackwell NVL72": a brand or architecture before a model of
    // the same vendor names the model.
    for (qsizetype i = 0; i + 1 < mentions.size(); ++i) {
        EntityMention &a = mentions[i];
        const EntityMention &b = mentions[i + 1];
        if (a.type != EntityType::Chip || b.type != EntityType::Chip || a.entityId.isEmpty() || b.entityId.isEmpty() ||
            b.span.start - a.span.end != 1 || !isInnerSpace(text.at(a.span.end).unicode())) {
            continue;
        }
        const auto ia = m_chips.constFind(a.entityId);
        const auto ib = m_chips.constFind(b.entityId);
        if (ia == m_chips.constEnd() || ib == m_chips.constEnd() || !ia->family || ib->family ||
            !sameMaker(ia->vendor, ib->vendor)) {
            continue;
        }
        a.span.end = b.span.end;
        a.entityId = b.entityId;
        a.canonical = b.canonical;
        mentions.removeAt(i + 1);
    }

    resolveProducts(text, &mentions, within);
    if (m_shortForms.isEmpty()) {
        return mentions;
    }
    // What the article names: chips, their families, companies.
    QSet<QString> chips;
    QSet<QString> families;
    QSet<QString> companies;
    for (const EntityMention &m : mentions) {
        if (m.entityId.isEmpty()) {
            continue;
        }
        if (m.type == EntityType::Chip) {
            chips.insert(m.entityId);
            if (m_chips.value(m.entityId).family) {
                families.insert(m.entityId);
            }
        } else if (m.type == EntityType::Company) {
            companies.insert(m.entityId);
            if (m_parents.contains(m.entityId)) {
                companies.insert(m_parents.value(m.entityId));
            }
        }
    }
    for (const ShortForm &f : m_shortForms) {
        if (chips.contains(f.id) && !f.family.isEmpty()) {
            families.insert(f.family);
        }
    }
    const QList<Word> words = wordsOf(text);
    QList<EntityMention> added;
    qsizetype lastModelEnd = -1;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringView word = text.mid(words[w].start, words[w].end - words[w].start);
        if (!hasDigit(word)) {
            continue; // every model number has one
        }
        const auto it = m_shortForms.constFind(word.toString());
        if (it == m_shortForms.constEnd() || !inside(within, words[w].start, words[w].end)) {
            continue;
        }
        // A model number the suggester took for an unknown chip is this known one.
        const qsizetype suggested = std::find_if(mentions.cbegin(), mentions.cend(),
                                                 [&](const EntityMention &m) {
                                                     return m.suggested && m.type == EntityType::Chip &&
                                                            m.span.start == words[w].start &&
                                                            m.span.end == words[w].end;
                                                 }) -
                                    mentions.cbegin();
        if (suggested == mentions.size() && overlapsAny(mentions, words[w].start, words[w].end)) {
            continue;
        }
        const QString vendor = vendorOf(it->id);
        const bool vendorNamed = companies.contains(vendor) || companies.contains(m_parents.value(vendor));
        const bool active = chips.contains(it->id) || (!it->family.isEmpty() && families.contains(it->family)) ||
                            (!it->digitsOnly && vendorNamed);
        if (!active) {
            continue;
        }
        if (it->digitsOnly) {
            // A bare number is a model only after a model word or coordinated with another model.
            const qsizetype start = words[w].start;
            if (start > 0 &&
                (text.at(start - 1).isDigit() || text.at(start - 1) == u'.' || text.at(start - 1) == u',')) {
                continue;
            }
            const QStringView previous =
                w > 0 ? text.mid(words[w - 1].start, words[w - 1].end - words[w - 1].start) : QStringView();
            const bool afterConjunction = conjunction(previous) && w > 1 && lastModelEnd == words[w - 2].end;
            if (!modelWord(previous) && !afterConjunction) {
                continue;
            }
        }
        EntityMention m;
        m.span = {words[w].start, words[w].end};
        m.type = EntityType::Chip;
        m.entityId = it->id;
        m.canonical = m_chips.value(it->id).name;
        if (suggested < mentions.size()) {
            mentions[suggested] = m;
        } else {
            added.append(m);
        }
        lastModelEnd = words[w].end;
    }
    // Models coordinated with an earlier match: "Siyuan 590 und Siyuan 690" is matched whole,
    // "Typen 590 und 690" here.
    mentions.append(added);
    std::sort(mentions.begin(), mentions.end(),
              [](const EntityMention &a, const EntityMention &b) { return a.span.start < b.span.start; });
    return mentions;
}

void ArticleNames::resolveProducts(QStringView text, QList<EntityMention> *mentions,
                                   const QList<Sentence> &within) const
{
    // A version after the name: " 3.1", " 4.5", and a size " 405B".
    auto versionEnd = [&](qsizetype pos, bool needSpace) -> qsizetype {
        qsizetype i = pos;
        if (needSpace) {
            if (i + 1 >= text.size() || !isInnerSpace(text.at(i).unicode()) || !text.at(i + 1).isDigit()) {
                return pos;
            }
            ++i;
        }
        // A major version has one or two digits ("3", "3.1", "4.5"); "Qwen 90000" counts something.
        qsizetype major = i;
        while (major < text.size() && text.at(major).isDigit()) {
            ++major;
        }
        if (major - i > 2) {
            return pos;
        }
        qsizetype j = i;
        while (j < text.size() && (text.at(j).isDigit() ||
                                   (text.at(j) == u'.' && j + 1 < text.size() && text.at(j + 1).isDigit() && j > i))) {
            ++j;
        }
        // "Llama 70B": a parameter count glued to the version.
        if (j > i && j < text.size() && text.at(j) == u'B' && !wordCharAt(text, j + 1)) {
            return j + 1;
        }
        if (j == i || wordCharAt(text, j)) {
            return pos;
        }
        // "405B": a parameter count after the version.
        if (j + 2 < text.size() && isInnerSpace(text.at(j).unicode()) && text.at(j + 1).isDigit()) {
            qsizetype k = j + 1;
            while (k < text.size() && text.at(k).isDigit()) {
                ++k;
            }
            if (k < text.size() && text.at(k) == u'B' && !wordCharAt(text, k + 1)) {
                j = k + 1;
            }
        }
        return j;
    };
    for (EntityMention &m : *mentions) {
        if (m.type == EntityType::Product && !m.entityId.isEmpty()) {
            const qsizetype end = versionEnd(m.span.end, true);
            if (end > m.span.end && !overlapsAny(*mentions, m.span.end, end)) {
                m.span.end = end;
            }
        } else if (m.type == EntityType::Company && m_aiLabs.contains(m.entityId) && m.span.end + 2 < text.size() &&
                   isHyphen(text.at(m.span.end).unicode()) && text.at(m.span.end + 1).isUpper() &&
                   text.at(m.span.end + 2).isDigit()) {
            // "DeepSeek-V3.2", "DeepSeek-R2": the lab's model.
            const qsizetype end = versionEnd(m.span.end + 2, false);
            if (end > m.span.end + 2) {
                m.type = EntityType::Product;
                m.span.end = end;
                m.entityId.clear();
                m.canonical = text.mid(m.span.start, end - m.span.start).toString();
                m.suggested = true;
                m.confidence = 0.7;
            }
        }
    }
    // "Qwen3", "Qwen2.5": a known product's name glued to its version.
    QList<EntityMention> added;
    for (const Word &w : wordsOf(text)) {
        qsizetype digit = w.start;
        while (digit < w.end && !text.at(digit).isDigit()) {
            ++digit;
        }
        if (digit == w.start || digit == w.end || !inside(within, w.start, w.end)) {
            continue;
        }
        const auto it = m_products.constFind(text.mid(w.start, digit - w.start).toString());
        if (it == m_products.constEnd()) {
            continue;
        }
        const qsizetype end = versionEnd(digit, false);
        if (end <= digit || overlapsAny(*mentions, w.start, end)) {
            continue;
        }
        EntityMention m;
        m.span = {w.start, end};
        m.type = EntityType::Product;
        m.entityId = *it;
        m.canonical = m_productNames.value(*it);
        added.append(m);
    }
    mentions->append(added);
}

QList<EntityMention> ArticleNames::resolvePeople(QStringView text, QList<EntityMention> mentions,
                                                 const QList<Sentence> &within) const
{
    QHash<QString, const EntityMention *> bySurname;
    QSet<QString> ambiguous;
    for (const EntityMention &m : mentions) {
        if (m.type != EntityType::Person) {
            continue;
        }
        const QStringList parts = m.canonical.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2) {
            continue;
        }
        QString surname = parts.last();
        if (parts.size() == 2 && eastAsianFamilyName(parts.first()) && !eastAsianFamilyName(parts.last())) {
            surname = parts.first();
        }
        // "Jr.", "III", "Lip-Bu Tan" -> Tan; a surname is a capitalised word.
        if (surname.size() < 2 || !surname.at(0).isUpper() || surname.endsWith(u'.') || surname == u"II"_s ||
            surname == u"III"_s || surname == u"Jr"_s) {
            continue;
        }
        const auto it = bySurname.constFind(surname);
        if (it != bySurname.constEnd() && (*it)->canonical != m.canonical) {
            ambiguous.insert(surname);
        }
        bySurname.insert(surname, &m);
    }
    for (const QString &s : ambiguous) {
        bySurname.remove(s);
    }
    if (bySurname.isEmpty()) {
        return mentions;
    }
    QList<EntityMention> added;
    for (const Word &w : wordsOf(text)) {
        QStringView word = text.mid(w.start, w.end - w.start);
        if (word.size() < 2 || !word.front().isUpper()) {
            continue;
        }
        auto it = bySurname.constFind(word.toString());
        qsizetype end = w.end;
        if (it == bySurname.constEnd() && word.size() > 2 && word.endsWith(u's')) {
            // German genitive: "Lutnicks", "Huangs".
            it = bySurname.constFind(word.chopped(1).toString());
        }
        if (it == bySurname.constEnd() || !inside(within, w.start, end) || overlapsAny(mentions, w.start, end) ||
            insideUrlOrAddress(text, w.start, end)) {
            continue;
        }
        // "Bezos Expeditions", "Huang Foundation": the surname starts the name of a firm or body.
        if (end + 1 < text.size() && isInnerSpace(text.at(end).unicode())) {
            qsizetype next = end + 1;
            while (next < text.size() && isWordChar(codePointAt(text, next))) {
                ++next;
            }
            if (organisationHead(text.mid(end + 1, next - end - 1))) {
                continue;
            }
        }
        EntityMention m = **it;
        m.span = {w.start, end};
        m.confidence = std::min(m.confidence, 0.9);
        added.append(m);
    }
    mentions.append(added);
    std::sort(mentions.begin(), mentions.end(),
              [](const EntityMention &a, const EntityMention &b) { return a.span.start < b.span.start; });
    return mentions;
}

} // namespace Chipwatch::Core
