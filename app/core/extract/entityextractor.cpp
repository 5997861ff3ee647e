// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entityextractor.h"

#include "extract/articlenames.h"
#include "extract/entitymatcher.h"
#include "extract/knowledgebase.h"
#include "extract/namesuggester.h"
#include "extract/sentencesplitter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {
// Raise with every change to the matching or suggestion rules (see revision()).
constexpr int kRulesVersion = 4;
} // namespace

struct EntityExtractor::Private
{
    explicit Private(const KnowledgeBase &kb)
        : matcher(kb)
        , suggester(kb)
        , names(kb)
        , kbRevision(kb.revision())
    {}

    EntityMatcher matcher;
    NameSuggester suggester;
    ArticleNames names;
    QString kbRevision;
};

EntityExtractor::EntityExtractor(const KnowledgeBase &kb)
    : d(std::make_shared<const Private>(kb))
{}

EntityExtractor::~EntityExtractor() = default;
EntityExtractor::EntityExtractor(const EntityExtractor &) = default;
EntityExtractor &EntityExtractor::operator=(const EntityExtractor &) = default;

QList<EntityMention> EntityExtractor::extract(QStringView text, const QList<Sentence> &sentences,
                                              const QString &language) const
{
    // Model numbers the article introduces ("M300" after "Kunlun M100") are known chips, not suggestions.
    QList<EntityMention> mentions = d->names.resolveChips(text, d->matcher.match(text, language));
    const QList<Sentence> own = sentences.isEmpty() ? SentenceSplitter::split(text, language) : QList<Sentence>();
    // The suggester skips everything that overlaps a knowledge-base match, so the union is
    // still free of overlaps.
    mentions.append(d->suggester.suggest(text, sentences.isEmpty() ? own : sentences, language, mentions));
    // Surnames last: they refer to people named in full, known or suggested.
    mentions = d->names.resolvePeople(text, mentions);
    std::sort(mentions.begin(), mentions.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    return mentions;
}

QList<EntityMention> EntityExtractor::resolveArticle(QStringView text, const QList<Sentence> &sentences,
                                                     QList<EntityMention> mentions) const
{
    if (sentences.isEmpty()) {
        return mentions;
    }
    return d->names.resolvePeople(text, d->names.resolveChips(text, std::move(mentions), sentences), sentences);
}

QString EntityExtractor::revision() const
{
    return u"%1-r%2"_s.arg(d->kbRevision).arg(kRulesVersion);
}

int EntityExtractor::rulesVersion()
{
    return kRulesVersion;
}

} // namespace Chipwatch::Core
