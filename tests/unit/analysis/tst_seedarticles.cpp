// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers

// The analyser against the annotated seed articles in ../shared, scored the way
// ../shared/eval/score.py scores figures, facts and chips (the whole text taken as body). Guards
// the project's bars: figures >= 0.95, facts >= 0.85, chips >= 0.9.

#include "analysis/articleanalyzer.h"
#include "analysis/chiptable.h"
#include "extract/knowledgebase.h"
#include "sharedtestdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Chipwatch::Core;
using namespace Qt::StringLiterals;

namespace {

struct Span
{
    qsizetype start;
    qsizetype end;

    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
};

struct GoldItem
{
    Span span;
    QString kind; // "figures", "entities", "optional"
    QJsonArray item;
};

QString normName(const QString &s)
{
    static const QRegularExpression separators(u"[\\s\\-\u2010\u2011\u2012\u2013._'’]+"_s);
    return s.normalized(QString::NormalizationForm_KC).toCaseFolded().remove(separators);
}

bool close(double a, double b)
{
    return b == 0 ? std::abs(a) < 1e-9 : std::abs(a - b) / std::abs(b) <= 0.005;
}

double f1(int tpPred, int pred, int tpGold, int gold)
{
    const double p = pred ? double(tpPred) / pred : (gold ? 0.0 : 1.0);
    const double r = gold ? double(tpGold) / gold : 1.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

QList<Span> findWord(const QString &text, const QString &surface, qsizetype lo, qsizetype hi)
{
    QList<Span> out;
    for (qsizetype i = text.indexOf(surface, lo); i >= 0 && i + surface.size() <= hi;
         i = text.indexOf(surface, i + 1)) {
        const qsizetype j = i + surface.size();
        const bool before = i == 0 || !text[i - 1].isLetterOrNumber();
        const bool after = j >= text.size() || !text[j].isLetterOrNumber();
        if (before && after) {
            out.append({i, j});
        }
    }
    return out;
}

} // namespace

class TestSeedArticles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedSet_meetsTheBarsForFiguresFactsAndChips();

private:
    QDir m_shared;
    QJsonObject m_gold;
};

void TestSeedArticles::initTestCase()
{
    CHIPWATCH_SKIP_WITHOUT_SHARED(u"gold/seeds.json"_s);
    m_shared = QDir(SharedTestData::dir());
    QFile gold(m_shared.filePath(u"gold/seeds.json"_s));
    QVERIFY(gold.open(QIODevice::ReadOnly));
    m_gold = QJsonDocument::fromJson(gold.readAll()).object();
    QVERIFY(!m_gold.isEmpty());
}

void TestSeedArticles::seedSet_meetsTheBarsForFiguresFactsAndChips()
{
    const KnowledgeBase kb = KnowledgeBase::builtIn();
    const ArticleAnalyzer analyzer(kb);
    ChipTable chips(kb);
    int figTpPred = 0, figPred = 0, figTpGold = 0, figGold = 0;
    int factTpPred = 0, factPred = 0, factTpGold = 0, factGold = 0;
    QStringList problems;

    const QJsonObject articles = m_gold[u"articles"].toObject();
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const QJsonObject g = it.value().toObject();
        QFile file(m_shared.filePath(u"articles/"_s + it.key()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const ArticleAnalysis a = analyzer.analyze(text, {}, g[u"language"].toString(), g[u"date"].toString());
        chips.addArticle(it.key(), text, a);

        // The gold body and every gold surface in it, longest first, without overlaps.
        QList<Span> lines;
        qsizetype pos = 0;
        for (const QString &line : text.split(u'\n')) {
            lines.append({pos, pos + line.size()});
            pos += line.size() + 1;
        }
        QList<Span> body;
        for (const QJsonValue &r : g[u"body_lines"].toArray()) {
            const qsizetype from = std::max<qsizetype>(1, r[0].toInt());
            const qsizetype to = std::min<qsizetype>(lines.size(), r[1].toInt());
            if (from <= to) {
                body.append({lines[from - 1].start, lines[to - 1].end});
            }
        }
        QList<GoldItem> items;
        for (const QString &kind : {u"entities"_s, u"figures"_s}) {
            for (const QJsonValue &v : g[kind].toArray()) {
                items.append({{0, 0}, kind, v.toArray()});
            }
        }
        for (const QJsonValue &v : g[u"optional"].toArray()) {
            items.append({{0, 0}, u"optional"_s, QJsonArray{v.toString()}});
        }
        std::stable_sort(items.begin(), items.end(), [](const GoldItem &x, const GoldItem &y) {
            return x.item[0].toString().size() > y.item[0].toString().size();
        });
        QList<GoldItem> layered;
        for (const GoldItem &item : std::as_const(items)) {
            for (const Span &b : std::as_const(body)) {
                for (const Span &s : findWord(text, item.item[0].toString(), b.start, b.end)) {
                    const bool taken = std::any_of(layered.cbegin(), layered.cend(),
                                                   [&](const GoldItem &t) { return t.span.overlaps(s); });
                    if (!taken) {
                        layered.append({s, item.kind, item.item});
                    }
                }
            }
        }

        // Figures: lenient span match, then value and unit.
        QList<const GoldItem *> gold;
        for (const GoldItem &t : std::as_const(layered)) {
            if (t.kind == u"figures") {
                gold.append(&t);
            }
        }
        QList<const Figure *> pred;
        for (const Figure &f : a.figures) {
            const Span s{f.span.start, f.span.end};
            const bool inBody = std::any_of(body.cbegin(), body.cend(), [&](const Span &b) { return b.overlaps(s); });
            const bool optionalOnly =
                std::any_of(layered.cbegin(), layered.cend(),
                            [&](const GoldItem &t) { return t.kind == u"optional" && t.span.overlaps(s); }) &&
                !std::any_of(gold.cbegin(), gold.cend(), [&](const GoldItem *t) { return t->span.overlaps(s); });
            if (inBody && !optionalOnly) {
                pred.append(&f);
            }
        }
        QList<bool> used(pred.size(), false);
        figGold += int(gold.size());
        figPred += int(pred.size());
        for (const GoldItem *t : std::as_const(gold)) {
            qsizetype best = -1;
            qsizetype bestOverlap = 0;
            for (qsizetype p = 0; p < pred.size(); ++p) {
                const Span s{pred[p]->span.start, pred[p]->span.end};
                if (used[p] || !t->span.overlaps(s) || figureTypeName(pred[p]->type) != t->item[1].toString()) {
                    continue;
                }
                const qsizetype overlap = std::min(s.end, t->span.end) - std::max(s.start, t->span.start);
                if (best < 0 || overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                problems.append(it.key() + u": missed figure "_s + t->item[0].toString());
                continue;
            }
            used[best] = true;
            const Figure &f = *pred[best];
            const bool ok = f.type == FigureType::Date ? f.isoDate.startsWith(t->item[2].toVariant().toString())
                                                       : close(f.value, t->item[2].toDouble()) &&
                                                             normName(f.unit) == normName(t->item[3].toString());
            if (ok) {
                ++figTpGold;
                ++figTpPred;
            } else {
                problems.append(it.key() + u": wrong value for "_s + t->item[0].toString());
            }
        }
        for (qsizetype p = 0; p < pred.size(); ++p) {
            if (!used[p]) {
                problems.append(it.key() + u": spurious figure "_s +
                                text.mid(pred[p]->span.start, pred[p]->span.length()));
            }
        }

        // Facts: subject, metric and one of the values; optional facts are not counted.
        auto matches = [](const QJsonObject &gf, const Fact &f, const FactValue &v) {
            QStringList subjects;
            for (const QJsonValue &s : gf[u"subject"].toArray()) {
                subjects.append(normName(s.toString()));
            }
            if (!subjects.contains(u"*"_s) && !subjects.contains(normName(f.subject))) {
                return false;
            }
            if (gf[u"metric"].toString() != u"*" && gf[u"metric"].toString() != f.metric) {
                return false;
            }
            const QJsonArray values = gf[u"values"].toArray();
            return std::any_of(values.begin(), values.end(), [&](const QJsonValue &gv) {
                return close(v.value, gv[0].toDouble()) && normName(v.unit) == normName(gv[1].toString());
            });
        };
        const QJsonArray goldFacts = g[u"facts"].toArray();
        const QJsonArray optionalFacts = g[u"optional_facts"].toArray();
        QList<bool> hit(goldFacts.size(), false);
        factGold += int(goldFacts.size());
        for (const Fact &f : a.facts) {
            for (const FactValue &v : f.values) { // the exchange format has one line per value
                bool matched = false;
                for (qsizetype i = 0; i < goldFacts.size(); ++i) {
                    if (matches(goldFacts[i].toObject(), f, v)) {
                        hit[i] = matched = true;
                    }
                }
                const bool optional = std::any_of(optionalFacts.begin(), optionalFacts.end(),
                                                  [&](const QJsonValue &o) { return matches(o.toObject(), f, v); });
                if (matched) {
                    ++factPred;
                    ++factTpPred;
                } else if (!optional) {
                    ++factPred;
                    problems.append(it.key() + u": spurious fact "_s + f.subject + u' ' + f.metric);
                }
            }
        }
        factTpGold += int(std::count(hit.cbegin(), hit.cend(), true));
    }

    // Chips: presence, vendor, comparisons (either direction).
    const QList<ChipRow> rows = chips.rows();
    auto rowFor = [&](const QString &name) -> const ChipRow * {
        for (const ChipRow &r : rows) {
            if (normName(r.chip) == normName(name)) {
                return &r;
            }
        }
        return nullptr;
    };
    int found = 0, vendorOk = 0, pairs = 0, pairsOk = 0;
    const QJsonArray goldChips = m_gold[u"chips"].toArray();
    for (const QJsonValue &v : goldChips) {
        const QJsonObject gc = v.toObject();
        const ChipRow *r = rowFor(gc[u"chip"].toString());
        if (!r) {
            problems.append(u"missing chip "_s + gc[u"chip"].toString());
            continue;
        }
        ++found;
        for (const QJsonValue &vendor : gc[u"vendor"].toArray()) {
            if (normName(vendor.toString()) == normName(r->vendor) ||
                normName(vendor.toString()) == normName(r->vendorParent)) {
                ++vendorOk;
                break;
            }
        }
        for (const QJsonValue &other : gc[u"comparable_to"].toArray()) {
            ++pairs;
            const ChipRow *back = rowFor(other.toString());
            auto has = [](const ChipRow *row, const QString &name) {
                return row && std::any_of(row->comparableTo.cbegin(), row->comparableTo.cend(),
                                          [&](const QString &c) { return normName(c) == normName(name); });
            };
            if (has(r, other.toString()) || has(back, gc[u"chip"].toString())) {
                ++pairsOk;
            } else {
                problems.append(u"missing comparison "_s + gc[u"chip"].toString() + u" ~ "_s + other.toString());
            }
        }
    }
    const double n = goldChips.isEmpty() ? 1.0 : double(goldChips.size());
    const double chipScore = std::min({found / n, vendorOk / n, pairs ? double(pairsOk) / pairs : 1.0});
    const double figureScore = f1(figTpPred, figPred, figTpGold, figGold);
    const double factScore = f1(factTpPred, factPred, factTpGold, factGold);
    qInfo("figures=%.3f facts=%.3f chips=%.3f", figureScore, factScore, chipScore);
    for (const QString &p : std::as_const(problems)) {
        qInfo("  %s", qPrintable(p));
    }
    QVERIFY2(figureScore >= 0.95, qPrintable(u"figures %1"_s.arg(figureScore)));
    QVERIFY2(factScore >= 0.85, qPrintable(u"facts %1"_s.arg(factScore)));
    QVERIFY2(chipScore >= 0.9, qPrintable(u"chips %1"_s.arg(chipScore)));
}

QTEST_GUILESS_MAIN(TestSeedArticles)
#include "tst_seedarticles.moc"
