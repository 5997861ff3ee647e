// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "analysis/tokenizer.h"
#include "extract/entities.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>

namespace Chipwatch::Core {

// Whether `word` is one of the words of a rule's fixed list, case aside.
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

// One text seen by the sentence-level rules (facts, chip comparisons, chip vendors): its tokens,
// which sentence, clause and entity each token belongs to, and the shallow grammar those rules
// share: is an entity governed by a preposition that keeps it from being a subject ("wie Nvidia",
// "mit der US-Regierung", "like Nvidia"), and which company does "das Unternehmen" refer to.
class TextContext final
{
public:
    struct SentenceInfo
    {
        TextSpan span;
        qsizetype firstToken = 0;
        qsizetype endToken = 0;    // exclusive
        QList<qsizetype> entities; // indexes into entities(), in text order
    };

    struct EntityTokens
    {
        qsizetype first = 0;
        qsizetype end = 0; // exclusive
    };

    TextContext(QStringView text, const QList<Sentence> &sentences, const QList<EntityMention> &entities);

    QStringView text() const { return m_text; }

    const QList<Token> &tokens() const { return m_tokens; }

    const QList<SentenceInfo> &sentences() const { return m_sentences; }

    const QList<EntityMention> &entities() const { return m_entities; }

    const EntityTokens &entityTokens(qsizetype entity) const { return m_entityTokens[entity]; }

    // The entity covering token k, or -1.
    qsizetype entityAt(qsizetype k) const { return k >= 0 && k < m_entityAtToken.size() ? m_entityAtToken[k] : -1; }

    QStringView tokenText(qsizetype k) const
    {
        return m_text.mid(m_tokens[k].start, m_tokens[k].end - m_tokens[k].start);
    }

    // Lower-case text of a word token; empty for other tokens.
    QString lowerWord(qsizetype k) const;

    bool isWord(qsizetype k) const { return k >= 0 && k < m_tokens.size() && m_tokens[k].kind == TokenKind::Word; }

    bool isSymbol(qsizetype k, char16_t c) const;
    bool wordIs(qsizetype k, QStringView word) const;

    // Position of a token counted in words, a hyphenated compound being one word: distances
    // between a figure and the word it belongs to are measured with it.
    int wordNumber(qsizetype k) const { return m_wordNo[k]; }

    // Clauses are separated by ';', ':', dashes, and commas that open a subordinate clause
    // (", während", ", der", ", which").
    int clauseNumber(qsizetype k) const { return m_clauseNo[k]; }

    qsizetype tokenAt(qsizetype pos) const { return Tokenizer::tokenAt(m_tokens, pos); }

    // Index of the sentence containing text position pos, or -1.
    qsizetype sentenceAt(qsizetype pos) const;

    // True when a preposition or comparison word governs the entity ("wie Nvidia und AMD",
    // "mit der US-Regierung", "neben Alibaba", "such as Nvidia"): it is then no subject.
    // Not thread-safe: a TextContext belongs to one analysis call.
    bool isGoverned(qsizetype entity) const;
    // "Chinas" or "China's" before a noun: the place only qualifies the noun that follows.
    bool isGenitive(qsizetype entity) const;

    // Whether tokens [k, ...) start a reference to an earlier company: "das Unternehmen",
    // "der chinesische Konzern", "the company", "it"/"es" at the start of a sentence. *end
    // receives the token after the reference.
    bool isCompanyReference(qsizetype k, qsizetype sentence, qsizetype *end) const;
    // Whether tokens [k, ...) describe a company and then name it with a name that is no known entity: "der
    // Energieversorger Huadian New Energy", "the chipmaker Acme". Such a sentence is about a company the
    // knowledge base does not know, so its figures must not go to another one.
    bool isUnknownCompanyApposition(qsizetype k, qsizetype sentence) const;
    // The company an anaphor in the given sentence refers to: the first company that is the
    // subject of an earlier clause of the same sentence (before token `before`), else of one of the
    // two sentences before. Returns an entity index or -1 when that is not clear.
    qsizetype resolveCompanyReference(qsizetype sentence, qsizetype before) const;
    // The first company in the sentence (before token `before`) that is not governed by a
    // preposition, or -1.
    qsizetype subjectCompany(qsizetype sentence, qsizetype before) const;

private:
    bool governedNow(qsizetype entity) const;

    QStringView m_text;
    QList<Token> m_tokens;
    QList<int> m_wordNo;
    QList<int> m_clauseNo;
    QList<SentenceInfo> m_sentences;
    QList<EntityMention> m_entities;
    QList<EntityTokens> m_entityTokens;
    QList<qsizetype> m_entityAtToken;    // entity index per token or -1
    mutable QList<QString> m_lowerWords; // lowerWord() per token, made when first asked: the parser asks often
    mutable QList<qint8> m_governed;     // isGoverned() per entity: -1 not yet known, else 0 or 1
};

} // namespace Chipwatch::Core
