// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/chiptable.h"

#include "analysis/textcontext.h"
#include "extract/knowledgebase.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

// Words that date a chip when they share a sentence with it and a year: "brachte 2019 den
// Hanguang 800 auf den Markt", "unveiled in 2024".
const QStringView kLaunchWords[] = {u"vorgestellt", u"präsentiert", u"präsentierte", u"markt",    u"eingeführt",
                                    u"brachte",     u"lanciert",    u"launched",     u"unveiled", u"released",
                                    u"introduced",  u"debuted",     u"angekündigt",  u"announced"};

constexpr qsizetype kMaxClaims = 50;

// Symmetric relations hold both ways: a chip comparable to another is also compared from there.
bool symmetric(const QString &relation)
{
    return relation == u"comparable" || relation == u"competes" || relation == u"compared";
}

} // namespace

ChipTable::ChipTable(const KnowledgeBase &kb)
    : m_kb(&kb)
{}

ChipTable::Entry &ChipTable::entryFor(const QString &canonical, const QString &id)
{
    const QString key = KnowledgeBase::nameKey(canonical);
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        return it.value();
    }
    Entry entry;
    entry.row.chip = canonical;
    const KbEntity *chip = id.isEmpty() ? m_kb->entityByName(canonical) : m_kb->entity(id);
    if (chip && chip->type == EntityType::Chip) {
        entry.row.chipId = chip->id;
        entry.row.kind = chip->kind;
        entry.row.purpose = chip->purpose;
        entry.row.year = chip->year;
        if (const KbEntity *vendor = m_kb->vendorOf(chip->id)) {
            entry.row.vendor = vendor->name;
            if (const KbEntity *parent = m_kb->parentOf(vendor->id)) {
                entry.row.vendorParent = parent->name;
            }
        }
    }
    return m_entries.insert(key, entry).value();
}

void ChipTable::addArticle(const QString &articleId, QStringView text, const ArticleAnalysis &analysis)
{
    const TextContext ctx(text, analysis.sentences, analysis.entities);
    const auto &entities = ctx.entities();
    auto companyAt = [&](qsizetype token) -> qsizetype {
        const qsizetype e = ctx.entityAt(token);
        return e >= 0 && entities[e].type == EntityType::Company ? e : -1;
    };
    for (qsizetype e = 0; e < entities.size(); ++e) {
        const EntityMention &m = entities[e];
        if (m.type != EntityType::Chip) {
            continue;
        }
        Entry &entry = entryFor(m.canonical, m.entityId);
        entry.articles.insert(articleId);
        const qsizetype sentence = ctx.sentenceAt(m.span.start);
        if (sentence < 0) {
            continue;
        }
        const TextContext::SentenceInfo &s = ctx.sentences()[sentence];
        const QString claim = text.mid(s.span.start, s.span.length()).toString();
        if (entry.row.claims.size() < kMaxClaims && !entry.claimKeys.contains(articleId + claim)) {
            entry.claimKeys.insert(articleId + claim);
            entry.row.claims.append({articleId, claim});
        }

        // Who makes it, as the sentence says: a company right before it (genitive, compound or
        // "von X entwickelte"), or "von X"/"from X" right after it.
        const auto &et = ctx.entityTokens(e);
        qsizetype vendor = -1;
        for (qsizetype k = et.first - 1; k >= s.firstToken && k >= et.first - 5 && vendor < 0; --k) {
            const qsizetype c = companyAt(k);
            if (c >= 0) {
                const bool adjacent = ctx.entityTokens(c).end == et.first ||
                                      (ctx.entityTokens(c).end + 1 == et.first && ctx.isSymbol(et.first - 1, u'-'));
                const qsizetype before = ctx.entityTokens(c).first - 1;
                const bool agent =
                    ctx.wordIs(before, u"von") || ctx.wordIs(before, u"by") || ctx.wordIs(before, u"from");
                if (ctx.isGenitive(c) || adjacent || agent) {
                    vendor = c;
                }
                break;
            }
            if (!ctx.isWord(k) && !ctx.isSymbol(k, u'-')) {
                break;
            }
        }
        if (vendor < 0) {
            qsizetype k = et.end;
            while (ctx.isSymbol(k, u'-') && ctx.isWord(k + 1) && !ctx.tokens()[k].spaceBefore) {
                k += 2; // "Kunlun-P800-Chip von Baidu"
            }
            if (ctx.wordIs(k, u"von") || ctx.wordIs(k, u"from") || ctx.wordIs(k, u"by") || ctx.wordIs(k, u"of")) {
                vendor = companyAt(k + 1);
            }
        }
        if (vendor >= 0) {
            entry.vendorVotes[entities[vendor].canonical] += 2;
        } else {
            // A weak hint: the only company of the sentence.
            qsizetype only = -1;
            int companies = 0;
            for (qsizetype o : s.entities) {
                if (entities[o].type == EntityType::Company) {
                    only = o;
                    ++companies;
                }
            }
            if (companies == 1) {
                entry.vendorVotes[entities[only].canonical] += 1;
            }
        }

        if (entry.row.year == 0 && entry.yearFromText == 0) {
            bool launch = false;
            for (qsizetype k = s.firstToken; k < s.endToken && !launch; ++k) {
                const QString w = ctx.lowerWord(k);
                for (QStringView l : kLaunchWords) {
                    launch = launch || w == l;
                }
            }
            if (launch) {
                for (const Figure &f : analysis.figures) {
                    if (f.type == FigureType::Date && s.span.start <= f.span.start && f.span.end <= s.span.end) {
                        entry.yearFromText = int(f.value);
                        break;
                    }
                }
            }
        }
    }
    for (const ChipComparison &c : analysis.comparisons) {
        Entry &chip = entryFor(c.chip, QString());
        if (!chip.row.comparableTo.contains(c.other)) {
            chip.row.comparableTo.append(c.other);
        }
        const QString sentence = text.mid(c.sentence.start, c.sentence.length()).toString();
        const bool known =
            std::any_of(chip.row.relations.cbegin(), chip.row.relations.cend(), [&](const ChipRelation &r) {
                return r.other == c.other && r.relation == c.relation && r.articleId == articleId &&
                       r.sentence == sentence;
            });
        if (!known && chip.row.relations.size() < kMaxClaims) {
            chip.row.relations.append({c.other, c.relation, c.ratio, articleId, sentence});
        }
        if (symmetric(c.relation)) {
            Entry &other = entryFor(c.other, QString());
            if (!other.row.comparableTo.contains(c.chip)) {
                other.row.comparableTo.append(c.chip);
            }
        }
    }
}

QList<ChipRow> ChipTable::rows() const
{
    QList<ChipRow> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        ChipRow row = entry.row;
        row.articleCount = int(entry.articles.size());
        if (row.vendor.isEmpty() && !entry.vendorVotes.isEmpty()) {
            int best = 0;
            for (auto it = entry.vendorVotes.cbegin(); it != entry.vendorVotes.cend(); ++it) {
                if (it.value() > best || (it.value() == best && it.key() < row.vendor)) {
                    best = it.value();
                    row.vendor = it.key();
                }
            }
            const KbEntity *company = m_kb->entityByName(row.vendor);
            if (const KbEntity *parent = company ? m_kb->parentOf(company->id) : nullptr) {
                row.vendorParent = parent->name;
            }
        }
        if (row.year == 0) {
            row.year = entry.yearFromText;
        }
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const ChipRow &a, const ChipRow &b) {
        if (a.articleCount != b.articleCount) {
            return a.articleCount > b.articleCount;
        }
        return a.chip.compare(b.chip, Qt::CaseInsensitive) < 0;
    });
    return out;
}

QJsonObject ChipTable::toJson() const
{
    QJsonArray chips;
    for (const ChipRow &row : rows()) {
        QJsonObject o;
        o.insert(u"chip"_s, row.chip);
        if (row.vendorParent.isEmpty()) {
            o.insert(u"vendor"_s, row.vendor);
        } else {
            o.insert(u"vendor"_s, QJsonArray{row.vendor, row.vendorParent});
        }
        o.insert(u"comparable_to"_s, QJsonArray::fromStringList(row.comparableTo));
        QJsonArray relations;
        for (const ChipRelation &r : row.relations) {
            QJsonObject rel{{u"other"_s, r.other},
                            {u"relation"_s, r.relation},
                            {u"article"_s, r.articleId},
                            {u"sentence"_s, r.sentence}};
            if (r.ratio > 0) {
                rel.insert(u"ratio"_s, r.ratio);
            }
            relations.append(rel);
        }
        o.insert(u"comparisons"_s, relations);
        if (!row.kind.isEmpty()) {
            o.insert(u"kind"_s, row.kind);
        }
        if (!row.purpose.isEmpty()) {
            o.insert(u"purpose"_s, row.purpose);
        }
        if (row.year > 0) {
            o.insert(u"year"_s, row.year);
        }
        o.insert(u"articles"_s, row.articleCount);
        QJsonArray claims;
        for (const ChipClaim &c : row.claims) {
            claims.append(QJsonObject{{u"article"_s, c.articleId}, {u"sentence"_s, c.sentence}});
        }
        o.insert(u"claims"_s, claims);
        chips.append(o);
    }
    return QJsonObject{{u"chips"_s, chips}};
}

} // namespace Chipwatch::Core
