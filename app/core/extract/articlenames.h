// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Chipwatch::Core {

class KnowledgeBase;

// Names an article makes usable once it has introduced them; they need the whole article, not a
// sentence:
//  - a chip's model number alone ("M300", "6000D", "Typen 590 und 690") means the knowledge base's
//    chip ("Kunlun M300", "RTX Pro 6000D", "MLU590") once the article names the chip, its family
//    ("Kunlun", "Siyuan") or, for a model number with a letter, its vendor;
//  - a brand or architecture written before a model of the same vendor is one mention of the model:
//    "Instinct MI308", "HGX B200", "Blackwell NVL72";
//  - a product with its version is one mention of the product: "Llama 3.1 405B", "Qwen3",
//    "Qwen2.5-Max"; an AI lab's name with a model code is a model: "DeepSeek-V3.2";
//  - a person's surname alone ("Huang", "Lutnicks", "Xu") is the person the article named in full.
// Built once per knowledge base; the calls are const and thread-safe.
class ArticleNames final
{
public:
    explicit ArticleNames(const KnowledgeBase &kb);

    // Chip model numbers and brand + model merges over knowledge-base matches (run before the
    // suggester, so that it does not suggest a known chip's model number).
    // A suggested chip with the span of a known model number becomes the known chip. within (when
    // not empty) limits new mentions to these spans (the article's sentences, not its clutter).
    QList<EntityMention> resolveChips(QStringView text, QList<EntityMention> mentions,
                                      const QList<Sentence> &within = {}) const;
    // Surnames of the people among mentions (knowledge base and suggestions). Sorted by start.
    QList<EntityMention> resolvePeople(QStringView text, QList<EntityMention> mentions,
                                       const QList<Sentence> &within = {}) const;

private:
    void resolveProducts(QStringView text, QList<EntityMention> *mentions, const QList<Sentence> &within) const;

    struct ShortForm
    {
        QString id;     // the chip
        QString family; // id of the chip family its full name starts with, or empty
        bool digitsOnly = false;
    };

    struct ChipInfo
    {
        QString name;
        QString vendor;
        bool family = false; // a brand, family or architecture: its names have no digit
    };

    QHash<QString, ShortForm> m_shortForms; // model number as written -> chip
    QHash<QString, ChipInfo> m_chips;       // by id
    QHash<QString, QString> m_parents;      // company id -> parent company id
    QHash<QString, QString> m_products;     // product name as written -> id ("Qwen" for "Qwen3")
    QHash<QString, QString> m_productNames; // product id -> canonical name
    QSet<QString> m_aiLabs;                 // ids of AI labs, whose "-V3.2", "-R2" name a model
};

} // namespace Chipwatch::Core
