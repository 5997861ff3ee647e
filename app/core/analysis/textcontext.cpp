// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/textcontext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// Words that open a subordinate or coordinate clause after a comma.
const QStringView kClauseOpeners[] = {
    u"während", u"wobei",   u"weil",  u"da",    u"obwohl",  u"wenn",   u"sodass",   u"dass",    u"der",
    u"die",     u"das",     u"dem",   u"den",   u"deren",   u"dessen", u"welche",   u"welcher", u"welches",
    u"was",     u"wo",      u"aber",  u"doch",  u"sondern", u"und",    u"oder",     u"jedoch",  u"nachdem",
    u"while",   u"whereas", u"which", u"who",   u"whose",   u"that",   u"although", u"because", u"but",
    u"and",     u"or",      u"as",    u"after", u"when",    u"since",  u"though",
};

// Words that make the entity after them something other than the subject: a comparison, a partner,
// a recipient, a source, a place.
const QStringView kGoverning[] = {
    u"wie",       u"mit",
    u"gegen",     u"gegenüber",
    u"neben",     u"laut",
    u"als",       u"an",
    u"für",       u"zu",
    u"aus",       u"in",
    u"nach",      u"über",
    u"ohne",      u"statt",
    u"anstatt",   u"außer",
    u"zwischen",  u"vs",
    u"versus",    u"zufolge",
    u"inklusive", u"unter",
    u"auf",       u"einschließlich",
    u"like",      u"with",
    u"against",   u"than",
    u"to",        u"for",
    u"from",      u"besides",
    u"including", u"unlike",
    u"about",     u"according",
    u"as",        u"into",
    u"between",   u"by",
    u"on",
};

// "von" and "of" take a genitive-like role in noun phrases ("Das Cloud-Geschäft von Alibaba",
// "shares of Nvidia"): the entity is then the owner of the phrase's head, which may well be the
// subject. They only govern when no noun stands before them.
const QStringView kOwnerPrepositions[] = {u"von", u"of", u"bei", u"at"};

const QStringView kDeterminers[] = {u"der",   u"die",    u"das",   u"dem",    u"den",    u"des",  u"ein",
                                    u"eine",  u"einem",  u"einen", u"einer",  u"eines",  u"the",  u"a",
                                    u"an",    u"its",    u"seine", u"seinen", u"seinem", u"ihre", u"ihren",
                                    u"ihrem", u"dieser", u"diese", u"dieses", u"this",   u"that"};

const QStringView kCompanyNouns[] = {
    u"unternehmen",
    u"konzern",
    u"firma",
    u"hersteller",
    u"chiphersteller",
    u"chipkonzern",
    u"chipentwickler",
    u"chipdesigner",
    u"startup",
    u"start-up",
    u"tech-konzern",
    u"technologiekonzern",
    u"tech-riese",
    u"gesellschaft",
    u"anbieter",
    u"company",
    u"firm",
    u"group",
    u"chipmaker",
    u"manufacturer",
    u"designer",
    u"giant",
    u"start-up",
    u"halbleiterhersteller",
    u"entwickler",
    u"developer",
    u"halbleiterkonzern",
    u"halbleiterunternehmen",
    u"chipfirma",
    u"supplier",
};

// Pronouns and possessives that open a sentence about the company named before: "Es meldete ...",
// "Sein Umsatz ...", "Its revenue ...".
const QStringView kReferencePronouns[] = {u"es", u"er", u"it", u"its", u"sein", u"seine", u"seinen", u"seinem"};
const QStringView kReferenceDeterminers[] = {u"das", u"der", u"die", u"the"};

const QStringView kCoordinators[] = {u"und", u"oder", u"sowie", u"and", u"or", u"bzw"};

} // namespace

TextContext::TextContext(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities)
    : m_text(text)
    , m_tokens(Tokenizer::tokenize(text))
    , m_entities(entities)
{
    const qsizetype n = m_tokens.size();
    m_lowerWords.resize(n);
    m_wordNo.resize(n);
    m_clauseNo.resize(n);
    int word = 0;
    int clause = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const Token &t = m_tokens[k];
        const bool compoundPart = k >= 2 && !t.spaceBefore && isSymbol(k - 1, u'-') && !m_tokens[k - 1].spaceBefore;
        if (t.kind != TokenKind::Symbol && !compoundPart) {
            ++word;
        }
        if (t.kind == TokenKind::Symbol) {
            const QChar c = m_text[t.start];
            const bool spacedDash =
                (c == u'-' || c == u'–' || c == u'—') && t.spaceBefore && (k + 1 >= n || m_tokens[k + 1].spaceBefore);
            const bool opener = c == u',' && isWord(k + 1) && inList(tokenText(k + 1), kClauseOpeners);
            if (c == u';' || c == u':' || spacedDash || opener) {
                ++clause;
            }
        }
        m_wordNo[k] = word;
        m_clauseNo[k] = clause;
    }

    m_entityAtToken.fill(-1, n);
    m_entityTokens.reserve(m_entities.size());
    for (qsizetype e = 0; e < m_entities.size(); ++e) {
        EntityTokens et;
        et.first = tokenAt(m_entities[e].span.start);
        et.end = tokenAt(m_entities[e].span.end);
        // A span ending inside a token ("Nvidia" in "Nvidias") still covers that token.
        if (et.end < n && m_tokens[et.end].start < m_entities[e].span.end) {
            ++et.end;
        }
        if (et.first > 0 && m_tokens[et.first - 1].end > m_entities[e].span.start) {
            --et.first;
        }
        for (qsizetype k = et.first; k < et.end && k < n; ++k) {
            m_entityAtToken[k] = e;
        }
        m_entityTokens.append(et);
    }

    m_sentences.reserve(sentences.size());
    qsizetype e = 0;
    for (const Sentence &s : sentences) {
        SentenceInfo info;
        info.span = s.span;
        info.firstToken = tokenAt(s.span.start);
        info.endToken = tokenAt(s.span.end);
        while (e < m_entities.size() && m_entities[e].span.start < s.span.start) {
            ++e;
        }
        for (qsizetype j = e; j < m_entities.size() && m_entities[j].span.start < s.span.end; ++j) {
            info.entities.append(j);
        }
        m_sentences.append(info);
    }
}

QString TextContext::lowerWord(qsizetype k) const
{
    if (!isWord(k)) {
        return {};
    }
    QString &lower = m_lowerWords[k];
    if (lower.isNull()) {
        lower = tokenText(k).toString().toLower();
    }
    return lower;
}

bool TextContext::isSymbol(qsizetype k, char16_t c) const
{
    return k >= 0 && k < m_tokens.size() && m_tokens[k].kind == TokenKind::Symbol && m_text[m_tokens[k].start] == c;
}

bool TextContext::wordIs(qsizetype k, QStringView word) const
{
    return isWord(k) && tokenText(k).compare(word, Qt::CaseInsensitive) == 0;
}

qsizetype TextContext::sentenceAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), pos,
                                     [](qsizetype p, const SentenceInfo &s) { return p < s.span.start; });
    if (it == m_sentences.cbegin()) {
        return -1;
    }
    const qsizetype index = (it - m_sentences.cbegin()) - 1;
    return m_sentences[index].span.contains(pos) ? index : -1;
}

bool TextContext::isGoverned(qsizetype entity) const
{
    if (m_governed.isEmpty()) {
        m_governed.fill(-1, m_entities.size());
    }
    if (m_governed[entity] < 0) {
        m_governed[entity] = governedNow(entity) ? 1 : 0;
    }
    return m_governed[entity] == 1;
}

bool TextContext::governedNow(qsizetype entity) const
{
    const qsizetype sentence = sentenceAt(m_entities[entity].span.start);
    const qsizetype floor = sentence >= 0 ? m_sentences[sentence].firstToken : 0;
    qsizetype k = m_entityTokens[entity].first - 1;
    int steps = 0;
    bool nounBefore = false;
    // Walk back over the noun phrase the entity ends ("mit dem chinesischen Konzern Alibaba").
    while (k >= floor && steps < 4) {
        if (m_tokens[k].kind == TokenKind::Symbol) {
            if (isSymbol(k, u'-') && !m_tokens[k].spaceBefore) {
                --k;
                continue;
            }
            break;
        }
        if (m_entityAtToken[k] >= 0) {
            break;
        }
        const QStringView w = tokenText(k);
        if (inList(w, kOwnerPrepositions)) {
            // "Bei AMD wuchs die Sparte ...", "At Baidu, profit rose ...": opening the sentence, "bei"/"at" names its
            // topic, which is the subject of what follows.
            if (k == floor &&
                (w.compare(u"bei", Qt::CaseInsensitive) == 0 || w.compare(u"at", Qt::CaseInsensitive) == 0)) {
                return false;
            }
            return !nounBefore && !(k - 1 >= floor && isWord(k - 1) && tokenText(k - 1).front().isUpper() &&
                                    !inList(tokenText(k - 1), kDeterminers));
        }
        if (inList(w, kGoverning)) {
            return true;
        }
        if (inList(w, kCoordinators)) {
            // "wie Nvidia und AMD": a coordinated entity shares the fate of the one before.
            const qsizetype prev = k - 1 >= floor ? m_entityAtToken[k - 1] : -1;
            if (prev >= 0) {
                return isGoverned(prev);
            }
            break;
        }
        const bool determiner = inList(w, kDeterminers);
        const bool noun = w.front().isUpper();
        // An adjective before a noun that is not the entity itself ("dem chinesischen Konzern Alibaba");
        // "meldete Alibaba" ends the phrase.
        const bool attributive =
            w.front().isLower() && w.size() > 3 && isWord(k + 1) && m_entityAtToken[k + 1] < 0 &&
            tokenText(k + 1).front().isUpper() &&
            (w.endsWith(u"en") || w.endsWith(u"er") || w.endsWith(u"es") || w.endsWith(u"em") || w.endsWith(u"e"));
        if (!determiner && !noun && !attributive) {
            break;
        }
        nounBefore = nounBefore || (noun && k != floor);
        --k;
        ++steps;
    }
    if (isSymbol(k, u',') && k - 1 >= floor && m_entityAtToken[k - 1] >= 0) {
        // An enumeration continued by a comma: "wie Nvidia, AMD und Intel".
        const qsizetype prev = m_entityAtToken[k - 1];
        if (prev != entity && m_entityTokens[prev].end == k) {
            return isGoverned(prev);
        }
    }
    return false;
}

bool TextContext::isGenitive(qsizetype entity) const
{
    const EntityMention &m = m_entities[entity];
    const QStringView surface = m_text.mid(m.span.start, m.span.length());
    const qsizetype after = m_entityTokens[entity].end;
    if (isSymbol(after, u'\'') || isSymbol(after, u'’')) {
        return true;
    }
    return surface.endsWith(u's') && !m.canonical.endsWith(u's', Qt::CaseInsensitive) && !m.canonical.endsWith(u"S") &&
           isWord(after) && tokenText(after).front().isUpper();
}

bool TextContext::isCompanyReference(qsizetype k, qsizetype sentence, qsizetype *end) const
{
    const SentenceInfo &s = m_sentences[sentence];
    if (!isWord(k)) {
        return false;
    }
    const QStringView w = tokenText(k);
    if (w.size() > 6) {
        return false;
    }
    // "Es"/"It" only as the first word: elsewhere they are too often expletive.
    if (k == s.firstToken && inList(w, kReferencePronouns)) {
        *end = k + 1;
        return true;
    }
    if (!inList(w, kReferenceDeterminers)) {
        return false;
    }
    // Not inside a prepositional phrase: "für das Unternehmen" is no subject.
    if (k > s.firstToken && isWord(k - 1) && inList(tokenText(k - 1), kGoverning)) {
        return false;
    }
    qsizetype j = k + 1;
    // One attributive adjective may stand between: "das chinesische Unternehmen", or a capitalised one made
    // from a place name: "der Pekinger Entwickler", "das Shenzhener Unternehmen".
    if (isWord(j) && !inList(tokenText(j), kCompanyNouns) && isWord(j + 1) &&
        (tokenText(j).front().isLower() || (tokenText(j).endsWith(u"er") && inList(lowerWord(j + 1), kCompanyNouns)))) {
        ++j;
    }
    if (!isWord(j)) {
        return false;
    }
    QString noun = lowerWord(j);
    qsizetype after = j + 1;
    // "Start-up", "Tech-Konzern": join a hyphenated compound.
    while (isSymbol(after, u'-') && !m_tokens[after].spaceBefore && isWord(after + 1) &&
           !m_tokens[after + 1].spaceBefore) {
        noun += u'-' + lowerWord(after + 1);
        after += 2;
    }
    if (!inList(noun, kCompanyNouns)) {
        return false;
    }
    // "Das Start-up Biren", "Der Konzern Alibaba": an apposition names the company right here.
    if (after < m_tokens.size() && m_entityAtToken[after] >= 0) {
        return false;
    }
    *end = after;
    return true;
}

bool TextContext::isUnknownCompanyApposition(qsizetype k, qsizetype sentence) const
{
    const SentenceInfo &s = m_sentences[sentence];
    if (!isWord(k) || !inList(tokenText(k), kReferenceDeterminers) || k + 2 >= s.endToken) {
        return false;
    }
    qsizetype j = k + 1;
    if (isWord(j) && tokenText(j).front().isLower() && isWord(j + 1)) {
        ++j; // one adjective: "der chinesische Energieversorger"
    }
    const QString noun = lowerWord(j);
    const bool companyNoun = inList(noun, kCompanyNouns) || noun.endsWith(u"hersteller") ||
                             noun.endsWith(u"versorger") || noun.endsWith(u"konzern") || noun.endsWith(u"anbieter");
    const qsizetype name = j + 1;
    // "hatte das Unternehmen Ende August ...": a time adverbial after the noun is no name.
    static constexpr QStringView timeWords[] = {u"ende", u"anfang", u"mitte", u"beginn", u"seit", u"bis",
                                                u"end",  u"early",  u"late",  u"last",   u"this", u"next"};
    return companyNoun && name < s.endToken && isWord(name) && m_entityAtToken[name] < 0 &&
           tokenText(name).front().isUpper() && !inList(tokenText(name), kDeterminers) &&
           !inList(tokenText(name), timeWords);
}

qsizetype TextContext::subjectCompany(qsizetype sentence, qsizetype before) const
{
    for (qsizetype e : m_sentences[sentence].entities) {
        if (m_entityTokens[e].first >= before) {
            break;
        }
        if (m_entities[e].type == EntityType::Company && !isGoverned(e)) {
            return e;
        }
    }
    return -1;
}

qsizetype TextContext::resolveCompanyReference(qsizetype sentence, qsizetype before) const
{
    const qsizetype here = subjectCompany(sentence, before);
    if (here >= 0) {
        return here;
    }
    for (qsizetype s = sentence - 1; s >= 0 && s >= sentence - 2; --s) {
        const qsizetype e = subjectCompany(s, m_sentences[s].endToken);
        if (e >= 0) {
            // "Nvidia und AMD liefern wieder. Das Unternehmen ...": which one is meant is unclear.
            const qsizetype after = m_entityTokens[e].end;
            if (isWord(after) && inList(tokenText(after), kCoordinators) && after + 1 < m_tokens.size() &&
                m_entityAtToken[after + 1] >= 0 && m_entities[m_entityAtToken[after + 1]].type == EntityType::Company) {
                return -1;
            }
            return e;
        }
        // A sentence with companies, none of them a subject, leaves the reference unclear.
        for (qsizetype any : m_sentences[s].entities) {
            if (m_entities[any].type == EntityType::Company) {
                return -1;
            }
        }
    }
    return -1;
}

} // namespace Chipwatch::Core
