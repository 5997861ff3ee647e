// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "analysis/triggerlexicon.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLexicon, "chipwatch.core.lexicon", QtInfoMsg)

namespace Chipwatch::Core {

namespace {

// Words containing one of these stems are no trigger at all ("Gewinner" is no profit, "Steuerung" no
// tax); the lexicon lists them with the frame "none".
constexpr quint32 kNone = 1u << 31;

quint64 letterMask(QStringView w)
{
    quint64 mask = 0;
    for (QChar c : w) {
        mask |= quint64(1) << (c.unicode() % 64);
    }
    return mask;
}

struct Named
{
    QStringView name;
    quint32 flag;
};

constexpr Named kFrames[] = {
    {u"measure", Trigger::Measure},
    {u"report", Trigger::Report},
    {u"change", Trigger::Change},
    {u"raise", Trigger::Raise},
    {u"value", Trigger::Value},
    {u"lose", Trigger::Lose},
    {u"forecast", Trigger::Forecast},
    {u"estimate", Trigger::Estimate},
    {u"stock", Trigger::Stock},
    {u"hold", Trigger::Hold},
    {u"pay", Trigger::Pay},
    {u"invest", Trigger::Invest},
    {u"segment", Trigger::Segment | Trigger::Measure},
    {u"perunit", Trigger::PerUnit},
    {u"compare", Trigger::Compare},
    {u"analyst", Trigger::Analyst},
    {u"none", kNone},
};

constexpr Named kMetrics[] = {
    {u"revenue", Trigger::Revenue},
    {u"profit", Trigger::Profit},
    {u"loss", Trigger::Loss},
    {u"investment", Trigger::Investment},
    {u"ipo_volume", Trigger::Ipo},
    {u"valuation", Trigger::Valuation},
    {u"market_share", Trigger::MarketShare},
    {u"funding", Trigger::Funding},
    {u"levy", Trigger::Levy},
    {u"tariff", Trigger::Tariff},
    {u"target", Trigger::Target},
};

// Adds the flags of every table entry called `name`; false when none is.
template <std::size_t N>
bool addNamedFlags(const Named (&table)[N], QStringView name, quint32 *flags)
{
    bool known = false;
    for (const Named &n : table) {
        if (name == n.name) {
            *flags |= n.flag;
            known = true;
        }
    }
    return known;
}

} // namespace

const TriggerLexicon &TriggerLexicon::builtIn()
{
    static const TriggerLexicon lexicon = [] {
        TriggerLexicon l;
        QString error;
        if (!l.loadFile(u":/lexicons/triggers.tsv"_s, &error)) {
            qCWarning(lcLexicon) << "built-in trigger lexicon:" << error;
        }
        return l;
    }();
    return lexicon;
}

bool TriggerLexicon::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return loadText(QString::fromUtf8(file.readAll()), error);
}

bool TriggerLexicon::loadText(QStringView text, QString *error)
{
    int lineNo = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        ++lineNo;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const QList<QStringView> cols = line.split(u'\t');
        if (cols.size() != 6) {
            *error = u"line %1: 6 tab-separated columns expected"_s.arg(lineNo);
            return false;
        }
        Entry e;
        e.stem = cols[0].toString().toLower();
        if (cols[1] == u"exact") {
            e.mode = Mode::Exact;
        } else if (cols[1] == u"prefix") {
            e.mode = Mode::Prefix;
        } else if (cols[1] == u"suffix") {
            e.mode = Mode::Suffix;
        } else if (cols[1] == u"contains") {
            e.mode = Mode::Contains;
        } else {
            *error = u"line %1: unknown match '%2'"_s.arg(lineNo).arg(cols[1]);
            return false;
        }
        if (!addNamedFlags(kFrames, cols[2], &e.flags)) {
            *error = u"line %1: unknown frame '%2'"_s.arg(lineNo).arg(cols[2]);
            return false;
        }
        if (cols[3] != u"-" && !addNamedFlags(kMetrics, cols[3], &e.flags)) {
            *error = u"line %1: unknown metric '%2'"_s.arg(lineNo).arg(cols[3]);
            return false;
        }
        if (cols[4] == u"+") {
            e.flags |= Trigger::Up;
        } else if (cols[4] == u"-" && (cols[2] == u"change" || cols[2] == u"compare")) {
            // For a change or a comparative "-" is a fall; elsewhere it only means "no direction".
            e.flags |= Trigger::Down;
        } else if (cols[4] != u"-" && cols[4] != u".") {
            *error = u"line %1: polarity must be +, - or ."_s.arg(lineNo);
            return false;
        }
        e.languages = cols[5] == u"de" ? 1 : cols[5] == u"en" ? 2 : 3;
        // "setzte+um": a separable verb and its particle.
        if (const qsizetype plus = e.stem.indexOf(u'+'); plus > 0) {
            m_separable[e.stem.left(plus)].append({e.stem.mid(plus + 1), e.flags});
            continue;
        }
        e.letters = letterMask(e.stem);
        if (e.mode == Mode::Exact) {
            m_exact[e.stem].append(e);
        } else {
            m_entries.append(e);
        }
    }
    return true;
}

quint32 TriggerLexicon::classify(QStringView lowerWord, QStringView language) const
{
    const quint8 lang = language == u"de" ? 1 : language == u"en" ? 2 : 3;
    quint32 flags = 0;
    const auto exact = m_exact.constFind(lowerWord.toString());
    if (exact != m_exact.cend()) {
        for (const Entry &e : *exact) {
            if (e.languages & lang) {
                flags |= e.flags;
            }
        }
    }
    const quint64 mask = letterMask(lowerWord);
    for (const Entry &e : m_entries) {
        if ((e.letters & ~mask) != 0 || !(e.languages & lang)) {
            continue;
        }
        bool hit = false;
        switch (e.mode) {
        case Mode::Contains:
            hit = lowerWord.contains(e.stem);
            break;
        case Mode::Prefix:
            hit = lowerWord.startsWith(e.stem);
            break;
        case Mode::Suffix:
            hit = lowerWord.endsWith(e.stem) && lowerWord.size() > e.stem.size();
            break;
        case Mode::Exact:
            break;
        }
        if (hit) {
            flags |= e.flags;
        }
    }
    return (flags & kNone) ? 0u : flags;
}

QString TriggerLexicon::frameNames(quint32 flags)
{
    QStringList names;
    for (const Named &f : kFrames) {
        if (f.flag != kNone && (flags & f.flag) == f.flag) {
            names.append(f.name.toString());
        }
    }
    return names.join(u'+');
}

QString TriggerLexicon::metricName(quint32 metricFlag)
{
    for (const Named &m : kMetrics) {
        if (metricFlag & m.flag) {
            return m.name.toString();
        }
    }
    return {};
}

} // namespace Chipwatch::Core
