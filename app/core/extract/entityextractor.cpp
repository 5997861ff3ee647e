// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entityextractor.h"

#include "extract/entitymatcher.h"
#include "extract/knowledgebase.h"
#include "extract/namesuggester.h"
#include "extract/sentencesplitter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {
// Raise with every change to the matching or suggestion rules (see revision()).
constexpr int kRulesVersion = 3;
} // namespace

struct EntityExtractor::Private
{
    explicit Private(const KnowledgeBase &kb)
        : matcher(kb)
        , suggester(kb)
        , kbRevision(kb.revision())
    {}

    EntityMatcher matcher;
    NameSuggester suggester;
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
    QList<EntityMention> mentions = d->matcher.match(text, language);
    const QList<Sentence> own = sentences.isEmpty() ? SentenceSplitter::split(text, language) : QList<Sentence>();
    // The suggester skips everything that overlaps a knowledge-base match, so the union is
    // still free of overlaps.
    mentions.append(d->suggester.suggest(text, sentences.isEmpty() ? own : sentences, language, mentions));
    std::sort(mentions.begin(), mentions.end(), [](const EntityMention &a, const EntityMention &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
    });
    return mentions;
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
