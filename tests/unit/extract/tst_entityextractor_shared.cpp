// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
// An extra test on ../shared: the entity extractor scored against the gold annotations of the user's article set.
#include "extract/entityextractor.h"
#include "extract/knowledgebase.h"
#include "sharedtestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

class TestEntityExtractorShared final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedArticlesReachTheBar();
};

// The same measure as ../shared/eval/score.py (lenient entity F1 and linking) over the seed set
// with the built-in knowledge base; the Python scorer stays the reference (see entity_eval_driver).
void TestEntityExtractorShared::seedArticlesReachTheBar()
{
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"gold/seeds.json"_s);
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"articles"_s);
    QFile goldFile(SharedTestData::path(u"gold/seeds.json"_s));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    QVERIFY(!kb.isEmpty());
    const EntityExtractor extractor(kb);
    const QJsonObject articles = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"articles"_s).toObject();
    QVERIFY(!articles.isEmpty());

    auto key = [](const QString &s) { return KnowledgeBase::nameKey(s); };
    auto isWord = [](QChar c) { return c.isLetterOrNumber(); };
    int goldCount = 0;
    int predCount = 0;
    int truePred = 0;
    int trueGold = 0;
    int linked = 0;
    QStringList problems;
    for (auto it = articles.constBegin(); it != articles.constEnd(); ++it) {
        QFile file(SharedTestData::path(u"articles/"_s + it.key()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QJsonObject gold = it.value().toObject();

        // Body spans from 1-based inclusive line ranges.
        QList<TextSpan> lines;
        qsizetype pos = 0;
        for (const QString &line : text.split(u'\n')) {
            lines.append({pos, pos + line.size()});
            pos += line.size() + 1;
        }
        QList<TextSpan> body;
        for (const QJsonValue &range : gold.value(u"body_lines"_s).toArray()) {
            const int a = std::max(1, range.toArray().at(0).toInt());
            const int b = std::min(static_cast<int>(lines.size()), range.toArray().at(1).toInt());
            if (a <= b) {
                body.append({lines.at(a - 1).start, lines.at(b - 1).end});
            }
        }

        // Gold mentions: every whole-word occurrence in the body, longest surfaces first.
        struct Gold
        {
            TextSpan span;
            QStringList types;
            QStringList canonicals;
            bool optional;
        };

        QList<Gold> golds;
        QList<QPair<QString, Gold>> surfaces;
        for (const QJsonValue &e : gold.value(u"entities"_s).toArray()) {
            const QJsonArray a = e.toArray();
            surfaces.append(
                {a.at(0).toString(), {{}, a.at(1).toString().split(u'|'), a.at(2).toString().split(u'|'), false}});
        }
        for (const QJsonValue &f : gold.value(u"figures"_s).toArray()) {
            surfaces.append({f.toArray().at(0).toString(), {{}, {u"FIGURE"_s}, {}, true}});
        }
        for (const QJsonValue &o : gold.value(u"optional"_s).toArray()) {
            surfaces.append({o.toString(), {{}, {}, {}, true}});
        }
        std::stable_sort(surfaces.begin(), surfaces.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        for (const auto &[surface, proto] : surfaces) {
            for (const TextSpan &range : body) {
                for (qsizetype i = text.indexOf(surface, range.start); i != -1 && i + surface.size() <= range.end;
                     i = text.indexOf(surface, i + 1)) {
                    const qsizetype j = i + surface.size();
                    if ((i > 0 && isWord(text.at(i - 1))) || (j < text.size() && isWord(text.at(j)))) {
                        continue;
                    }
                    const bool taken = std::any_of(golds.cbegin(), golds.cend(),
                                                   [&](const Gold &g) { return g.span.start < j && i < g.span.end; });
                    if (!taken) {
                        Gold g = proto;
                        g.span = {i, j};
                        golds.append(g);
                    }
                }
            }
        }

        const QList<EntityMention> mentions = extractor.extract(text, {}, gold.value(u"language"_s).toString());
        QList<bool> goldUsed(golds.size(), false);
        for (const EntityMention &m : mentions) {
            const bool inBody = std::any_of(body.cbegin(), body.cend(), [&](const TextSpan &b) {
                return m.span.start < b.end && b.start < m.span.end;
            });
            if (!inBody) {
                continue;
            }
            bool touchesReal = false;
            bool touchesOptional = false;
            for (const Gold &g : golds) {
                if (g.span.start < m.span.end && m.span.start < g.span.end) {
                    (g.optional ? touchesOptional : touchesReal) = true;
                }
            }
            if (touchesOptional && !touchesReal) {
                continue;
            }
            ++predCount;
            qsizetype best = -1;
            for (qsizetype gi = 0; gi < golds.size(); ++gi) {
                const Gold &g = golds.at(gi);
                if (!goldUsed.at(gi) && !g.optional && g.span.start < m.span.end && m.span.start < g.span.end &&
                    g.types.contains(entityTypeName(m.type))) {
                    best = gi;
                    break;
                }
            }
            if (best < 0) {
                problems.append(u"%1: spurious %2 '%3'"_s.arg(it.key(), entityTypeName(m.type),
                                                              text.mid(m.span.start, m.span.length())));
                continue;
            }
            goldUsed[best] = true;
            ++truePred;
            const bool linkOk = std::any_of(golds.at(best).canonicals.cbegin(), golds.at(best).canonicals.cend(),
                                            [&](const QString &c) { return key(c) == key(m.canonical); });
            linked += linkOk ? 1 : 0;
            if (!linkOk) {
                problems.append(
                    u"%1: linked '%2' to %3"_s.arg(it.key(), text.mid(m.span.start, m.span.length()), m.canonical));
            }
        }
        for (qsizetype gi = 0; gi < golds.size(); ++gi) {
            if (golds.at(gi).optional) {
                continue;
            }
            ++goldCount;
            if (goldUsed.at(gi)) {
                ++trueGold;
            } else {
                problems.append(
                    u"%1: missed %2 '%3'"_s.arg(it.key(), golds.at(gi).types.join(u'|'),
                                                text.mid(golds.at(gi).span.start, golds.at(gi).span.length())));
            }
        }
    }
    const double p = predCount ? double(truePred) / predCount : 0;
    const double r = goldCount ? double(trueGold) / goldCount : 0;
    const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    const double linking = truePred ? double(linked) / truePred : 0;
    qInfo("seed set: P=%.3f R=%.3f F1=%.3f linking=%.3f (gold %d, predicted %d)", p, r, f1, linking, goldCount,
          predCount);
    for (const QString &problem : problems) {
        qInfo("  %s", qPrintable(problem));
    }
    QVERIFY2(f1 >= 0.95, qPrintable(u"entity F1 %1 below 0.95"_s.arg(f1)));
    QVERIFY2(linking >= 0.95, qPrintable(u"linking %1 below 0.95"_s.arg(linking)));
}

QTEST_GUILESS_MAIN(TestEntityExtractorShared)
#include "tst_entityextractor_shared.moc"
