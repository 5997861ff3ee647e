// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>

// The demo articles (resources/demo, what `chipwatch --demo` shows) and what they state, as written down by
// reading them in tests/data/demo/expected.json (see the README there). The GUI and end-to-end tests run on them,
// so they need nothing outside the repository.
namespace DemoTestData {

inline constexpr int articleCount = 5;

// The folder in the source tree; GUI tests may import the same files from the resource ":/demo".
inline QString articlesDir()
{
    return QStringLiteral(CHIPWATCH_SOURCE_DIR "/resources/demo");
}

inline QString expectedFile()
{
    return QStringLiteral(CHIPWATCH_TEST_DATA_DIR "/demo/expected.json");
}

struct Entity
{
    QString surface;
    QString type; // exchange-format name: COMPANY, CHIP, ...
    QString canonical;
};

struct Fact
{
    QString file;
    QString subject;
    QString metric;
    double value = 0;
    QString unit;
    QString period; // empty when the text states none
    QString sentence;
};

struct Chip
{
    QString chip;
    QString vendor;           // "A|B": either
    QStringList comparableTo; // each "A|B": either
};

struct Article
{
    QString file;
    QString title;
    QString language;
    QString date;
    QStringList shown;
    QStringList boilerplate;
    QList<Entity> entities;
    QList<Fact> facts;
};

struct Expected
{
    QList<Article> articles;
    QList<Chip> chips;

    const Article *article(const QString &file) const
    {
        for (const Article &a : articles) {
            if (a.file == file) {
                return &a;
            }
        }
        return nullptr;
    }

    QList<Fact> facts() const
    {
        QList<Fact> all;
        for (const Article &a : articles) {
            all += a.facts;
        }
        return all;
    }

    // The one fact about `subject` and `metric` in `period`; a default Fact (empty subject) if there is none.
    Fact fact(const QString &subject, const QString &metric, const QString &period) const
    {
        for (const Fact &f : facts()) {
            if (f.subject == subject && f.metric == metric && f.period == period) {
                return f;
            }
        }
        return {};
    }

    const Chip *chip(const QString &name) const
    {
        for (const Chip &c : chips) {
            if (c.chip == name) {
                return &c;
            }
        }
        return nullptr;
    }
};

inline QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out << v.toString();
    }
    return out;
}

// Read once per process; empty (no articles) if the file is missing or broken, which every user checks.
inline const Expected &expected()
{
    static const Expected loaded = [] {
        Expected e;
        QFile file(expectedFile());
        if (!file.open(QIODevice::ReadOnly)) {
            return e;
        }
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject articles = root.value(QLatin1String("articles")).toObject();
        for (auto it = articles.constBegin(); it != articles.constEnd(); ++it) {
            const QJsonObject o = it.value().toObject();
            Article a;
            a.file = it.key();
            a.title = o.value(QLatin1String("title")).toString();
            a.language = o.value(QLatin1String("language")).toString();
            a.date = o.value(QLatin1String("date")).toString();
            a.shown = strings(o.value(QLatin1String("shown")));
            a.boilerplate = strings(o.value(QLatin1String("boilerplate")));
            for (const QJsonValue &v : o.value(QLatin1String("entities")).toArray()) {
                const QStringList fields = strings(v);
                a.entities.append({fields.value(0), fields.value(1), fields.value(2)});
            }
            for (const QJsonValue &v : o.value(QLatin1String("facts")).toArray()) {
                const QJsonObject f = v.toObject();
                a.facts.append({a.file, f.value(QLatin1String("subject")).toString(),
                                f.value(QLatin1String("metric")).toString(), f.value(QLatin1String("value")).toDouble(),
                                f.value(QLatin1String("unit")).toString(), f.value(QLatin1String("period")).toString(),
                                f.value(QLatin1String("sentence")).toString()});
            }
            e.articles.append(a);
        }
        for (const QJsonValue &v : root.value(QLatin1String("chips")).toArray()) {
            const QJsonObject c = v.toObject();
            e.chips.append({c.value(QLatin1String("chip")).toString(), c.value(QLatin1String("vendor")).toString(),
                            strings(c.value(QLatin1String("comparable_to")))});
        }
        return e;
    }();
    return loaded;
}

// "A|B" names either A or B; case is ignored.
inline bool matches(const QString &alternatives, const QString &name)
{
    return alternatives.split(u'|').contains(name, Qt::CaseInsensitive);
}

// Whether any of `names` is one of `alternatives`.
inline bool matchesAny(const QString &alternatives, const QStringList &names)
{
    for (const QString &name : names) {
        if (matches(alternatives, name)) {
            return true;
        }
    }
    return false;
}

// Values agree within 0.5 %, as the scoring of ../shared does.
inline bool sameValue(double actual, double expected)
{
    return std::abs(actual - expected) <= 0.005 * std::abs(expected);
}

} // namespace DemoTestData
