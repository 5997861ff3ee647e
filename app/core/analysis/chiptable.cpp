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
    addSpecs(articleId, ctx, analysis);
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

// The figures of a sentence that state a chip's specification, each given to the chip it is about:
// the chip right after it ("80 GB beim A800", "19.5 TFLOPS of the A100"), else the nearest chip before
// it in its clause, else in its sentence. A chip counted as a part ("384 Ascend 910C") is no owner,
// and a figure of a chip named only by a description ("die 19,5 TFLOPS des US-Chips") is left out.
void ChipTable::addSpecs(const QString &articleId, const TextContext &ctx, const ArticleAnalysis &analysis)
{
    auto kindOf = [](const QString &unit) -> QString {
        if (unit == u"GB" || unit == u"TB" || unit == u"MB") {
            return u"memory"_s;
        }
        if (unit.endsWith(u"/s")) {
            return u"bandwidth"_s;
        }
        if (unit.endsWith(u"FLOPS") || unit == u"TOPS" || unit == u"POPS") {
            return u"compute"_s;
        }
        if (unit == u"nm") {
            return u"process"_s;
        }
        if (unit == u"W" || unit == u"kW") {
            return u"power"_s;
        }
        if (unit == u"transistors") {
            return u"transistors"_s;
        }
        return {};
    };
    const auto &entities = ctx.entities();
    auto chipAt = [&](qsizetype token) {
        const qsizetype e = ctx.entityAt(token);
        return e >= 0 && entities[e].type == EntityType::Chip ? e : -1;
    };
    // "384 Ascend 910C", "384 Chips vom Typ Ascend 910C": a number before the chip counts parts of
    // a system.
    auto counted = [&](qsizetype e) {
        const qsizetype before = ctx.entityTokens(e).first - 1;
        return (before >= 0 && ctx.tokens()[before].kind == TokenKind::Number) ||
               (ctx.wordIs(before, u"typ") && ctx.wordIs(before - 1, u"vom")) ||
               (ctx.wordIs(before, u"type") && ctx.wordIs(before - 1, u"of"));
    };
    // Architectures and families own a figure only when the sentence names no model: in "the H20 is
    // a Hopper design with 96GB" the memory is the H20's.
    auto architecture = [&](qsizetype e) {
        const KbEntity *chip = entities[e].entityId.isEmpty() ? nullptr : m_kb->entity(entities[e].entityId);
        return chip && chip->kind == u"architecture";
    };
    // "the A100, which ...", "der Ascend 950DT, der 144 GB ...": a relative clause about the chip.
    auto relativeAfter = [&](qsizetype e) {
        const qsizetype end = ctx.entityTokens(e).end;
        static const QStringView relatives[] = {u"der", u"die", u"das", u"which", u"that", u"dessen"};
        return ctx.isSymbol(end, u',') && std::any_of(std::begin(relatives), std::end(relatives),
                                                      [&](QStringView r) { return ctx.wordIs(end + 1, r); });
    };
    for (const Figure &f : analysis.figures) {
        const QString kind = f.type == FigureType::Quantity ? kindOf(f.unit) : QString();
        if (kind.isEmpty()) {
            continue;
        }
        const qsizetype sentence = ctx.sentenceAt(f.span.start);
        if (sentence < 0) {
            continue;
        }
        const TextContext::SentenceInfo &s = ctx.sentences()[sentence];
        const qsizetype first = ctx.tokenAt(f.span.start);
        qsizetype last = ctx.tokenAt(f.span.end);
        // The chip or description right after the figure: "beim A800", "des US-Chips", "of the H100".
        qsizetype owner = -1;
        bool described = false;
        for (qsizetype k = last; k < s.endToken && k < last + 5; ++k) {
            if (const qsizetype e = chipAt(k); e >= 0) {
                owner = counted(e) ? -1 : e;
                break;
            }
            const QString w = ctx.lowerWord(k);
            if (w.endsWith(u"chip") || w.endsWith(u"chips") || w.endsWith(u"modell") || w.endsWith(u"modells") ||
                w == u"part") {
                described = true;
                break;
            }
            static const QStringView linkWords[] = {u"beim", u"bei",     u"des", u"der",  u"dem", u"von",
                                                    u"vom",  u"of",      u"the", u"for",  u"on",  u"im",
                                                    u"in",   u"nvidias", u"auf", u"with", u"a",   u"an"};
            const bool link =
                std::any_of(std::begin(linkWords), std::end(linkWords), [&](QStringView l) { return w == l; }) ||
                ctx.isSymbol(k, u'\'') || ctx.isSymbol(k, u'’') || ctx.isSymbol(k, u'-') || ctx.entityAt(k) >= 0 ||
                w == u"s";
            if (!link) {
                break;
            }
        }
        if (described) {
            continue;
        }
        if (owner < 0) {
            // The nearest chip before the figure in its clause (or whose relative clause it is in),
            // models before architectures.
            qsizetype model = -1;
            qsizetype arch = -1;
            for (qsizetype e : s.entities) {
                if (entities[e].type != EntityType::Chip || ctx.entityTokens(e).end > first || counted(e)) {
                    continue;
                }
                const int clause = ctx.clauseNumber(ctx.entityTokens(e).first);
                if (clause != ctx.clauseNumber(first) && !relativeAfter(e)) {
                    continue;
                }
                (architecture(e) ? arch : model) = e;
            }
            owner = model >= 0 ? model : arch;
        }
        if (owner < 0) {
            continue;
        }
        // The number format after a compute figure: "1 PFLOPS bei FP8", "624 TOPS (INT8)", "at BF16".
        QString format;
        if (kind == u"compute") {
            for (qsizetype k = last; k < s.endToken && k < last + 4 && format.isEmpty(); ++k) {
                const QString w = ctx.isWord(k) ? ctx.tokenText(k).toString().toUpper() : QString();
                if (w.startsWith(u"FP") || w.startsWith(u"BF") || w.startsWith(u"INT") || w.startsWith(u"TF32")) {
                    format = w;
                }
            }
            for (qsizetype k = first - 1; k >= s.firstToken && k >= first - 4 && format.isEmpty(); --k) {
                const QString w = ctx.isWord(k) ? ctx.tokenText(k).toString().toUpper() : QString();
                if (w.startsWith(u"FP") || w.startsWith(u"BF") || w.startsWith(u"INT")) {
                    format = w;
                }
            }
        }
        Entry &entry = entryFor(entities[owner].canonical, entities[owner].entityId);
        const bool known = std::any_of(entry.row.specs.cbegin(), entry.row.specs.cend(), [&](const ChipSpec &x) {
            return x.kind == kind && qFuzzyCompare(x.value, f.value) && x.unit == f.unit && x.format == format;
        });
        if (!known && entry.row.specs.size() < kMaxClaims) {
            entry.row.specs.append(
                {kind, f.value, f.unit, format, articleId, ctx.text().mid(s.span.start, s.span.length()).toString()});
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
        QJsonArray specs;
        for (const ChipSpec &spec : row.specs) {
            QJsonObject js{{u"kind"_s, spec.kind},
                           {u"value"_s, spec.value},
                           {u"unit"_s, spec.unit},
                           {u"article"_s, spec.articleId},
                           {u"sentence"_s, spec.sentence}};
            if (!spec.format.isEmpty()) {
                js.insert(u"format"_s, spec.format);
            }
            specs.append(js);
        }
        o.insert(u"specs"_s, specs);
        chips.append(o);
    }
    return QJsonObject{{u"chips"_s, chips}};
}

} // namespace Chipwatch::Core
