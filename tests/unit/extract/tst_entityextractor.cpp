// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/entityextractor.h"
#include "extract/knowledgebase.h"
#include "extract/sentencesplitter.h"
#include "testkb.h"

#include <QTest>
#include <QThreadPool>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestEntityExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combinesMatchesAndSuggestions();
    void splitsSentencesItselfWhenNoneAreGiven();
    void revisionFollowsTheKnowledgeBase();
    void copiesShareTheCompiledMatcher();
    void extractsConcurrentlyFromSeveralThreads();
};

void TestEntityExtractor::combinesMatchesAndSuggestions()
{
    const EntityExtractor extractor(loadTestKb());
    const QString text = u"Das Start-up Zhipu nutzt Nvidias H20. Huawei-Chef Ren Zhengfei widerspricht."_s;
    const QList<EntityMention> mentions = extractor.extract(text, SentenceSplitter::split(text, u"de"_s), u"de"_s);
    QStringList got;
    for (const EntityMention &m : mentions) {
        got.append(text.mid(m.span.start, m.span.length()) + (m.suggested ? u"?"_s : QString()));
    }
    QCOMPARE(got, (QStringList{u"Zhipu?"_s, u"Nvidias"_s, u"H20"_s, u"Huawei"_s, u"Ren Zhengfei?"_s}));
    for (qsizetype i = 1; i < mentions.size(); ++i) {
        QVERIFY(mentions.at(i - 1).span.end <= mentions.at(i).span.start);
    }
}

void TestEntityExtractor::splitsSentencesItselfWhenNoneAreGiven()
{
    const EntityExtractor extractor(loadTestKb());
    const QString text = u"Forschung kostet Geld. Das Start-up Zhipu wächst."_s;
    const QList<EntityMention> withOwn = extractor.extract(text, {}, u"de"_s);
    const QList<EntityMention> withGiven = extractor.extract(text, SentenceSplitter::split(text, u"de"_s), u"de"_s);
    QCOMPARE(withOwn.size(), 1);
    QCOMPARE(withOwn.size(), withGiven.size());
    QCOMPARE(withOwn.at(0).span, withGiven.at(0).span);
}

void TestEntityExtractor::revisionFollowsTheKnowledgeBase()
{
    KnowledgeBase kb = loadTestKb();
    const QString before = EntityExtractor(kb).revision();
    QCOMPARE(EntityExtractor(loadTestKb()).revision(), before);
    QVERIFY(before.endsWith(u"-r"_s + QString::number(EntityExtractor::rulesVersion())));
    KbEntity e;
    e.id = u"zhipu"_s;
    e.name = u"Zhipu"_s;
    kb.addEntity(e);
    QVERIFY(EntityExtractor(kb).revision() != before);
}

void TestEntityExtractor::copiesShareTheCompiledMatcher()
{
    const EntityExtractor original(loadTestKb());
    const EntityExtractor copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    const QString text = u"Nvidia und Huawei"_s;
    QCOMPARE(copy.extract(text, {}, u"de"_s).size(), 2);
    QCOMPARE(copy.revision(), original.revision());
}

void TestEntityExtractor::extractsConcurrentlyFromSeveralThreads()
{
    const EntityExtractor extractor(loadTestKb());
    QStringList texts;
    for (int i = 0; i < 24; ++i) {
        texts.append(
            u"Das Start-up Zhipu%1 nutzt Nvidias H20. Am 3. Mai sprach Huawei-Chef Ren Zhengfei. "_s.arg(i).repeated(
                20 + i));
    }
    auto describe = [&](const QString &text) {
        QStringList out;
        for (const EntityMention &m : extractor.extract(text, {}, u"de"_s)) {
            out.append(u"%1-%2-%3"_s.arg(m.span.start).arg(m.span.end).arg(m.canonical));
        }
        return out.join(u',');
    };
    QStringList expected;
    for (const QString &t : texts) {
        expected.append(describe(t));
    }
    QStringList results(texts.size());
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        pool.start([&, i] { results[i] = describe(texts.at(i)); });
    }
    pool.waitForDone();
    QCOMPARE(results, expected);
    QVERIFY(expected.constFirst().contains(u"Ren Zhengfei"_s));
}

QTEST_GUILESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
