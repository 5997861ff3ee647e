// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include "extract/entities.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Chipwatch::Core {

// One knowledge-base entry with every field of the resources/kb format (see resources/kb/README.md).
struct KbEntity
{
    QString id;
    EntityType type = EntityType::Company;
    QString name;
    QStringList aliases;
    QStringList caseSensitiveAliases;
    bool contextRequired = false;
    QString parent;   // COMPANY: parent company id; PERSON: employer id; PLACE: country id
    QString vendor;   // CHIP / PRODUCT: vendor company id
    QString country;  // ISO 3166 alpha-2
    QString category; // COMPANY / ORG / PLACE category
    QString kind;     // CHIP / PRODUCT kind
    QString purpose;  // CHIP: training | inference | ...
    int year = 0;     // 0 when unknown
    // COMPANY: the month (1-12) its fiscal year ends in, where that is not December (Nvidia: 1). Its
    // "zweites Geschäftsquartal" in August 2025 is then the second quarter of fiscal 2026.
    int fiscalYearEnd = 0;
    QString process;
    QString memory;
    QVariantMap specs;
    QString role; // PERSON
    QString description;
    QStringList sources;
    bool userDefined = false; // added through addEntity(), not loaded from a file

    // Every surface the matcher should know: name, aliases and case-sensitive aliases.
    QStringList allNames() const;
    friend bool operator==(const KbEntity &, const KbEntity &) = default;
};

// The knowledge base: the entities the extractor recognises. Loaded from the built-in JSON files
// (compiled into the library) plus the user's own additions.
// Pointers returned by entity(), entityByName(), parentOf() and vendorOf() stay valid until the next
// call that changes the knowledge base.
class KnowledgeBase final
{
public:
    KnowledgeBase() = default;

    // The knowledge base shipped with Chipwatch (resources/kb/*.json, embedded as ":/kb/").
    static KnowledgeBase builtIn();
    // The built-in file names, in load order.
    static QStringList builtInFiles();

    // Loads one file of the resources/kb format and adds its entities. On error nothing is added,
    // *error (when given) says what is wrong and where, and false is returned.
    bool loadFile(const QString &path, QString *error = nullptr);
    bool loadJson(const QByteArray &json, QString *error = nullptr, const QString &origin = QString());

    // Adds (or, for an existing id, replaces) one entity; used for the user's additions.
    void addEntity(const KbEntity &entity);
    bool removeEntity(const QString &id);

    // Cross-file consistency: parent and vendor ids that name no entity, vendors that are not
    // companies. Loading files one by one cannot check this because references cross files.
    QStringList validate() const;

    const KbEntity *entity(const QString &id) const;
    // By canonical name, ignoring case, spaces and hyphens ("kunlun-p800" finds "Kunlun P800").
    const KbEntity *entityByName(QStringView name) const;

    const QList<KbEntity> &entities() const { return m_entities; }

    qsizetype size() const { return m_entities.size(); }

    bool isEmpty() const { return m_entities.isEmpty(); }

    const KbEntity *parentOf(const QString &id) const;
    const KbEntity *vendorOf(const QString &id) const;

    // The user's corrections. A rejected surface is neither matched nor suggested, in any casing; a linked
    // surface becomes an alias of the given entity and stops naming any other. Both count in revision().
    void rejectSurface(const QString &surface);
    bool isRejected(QStringView surface) const;
    QStringList rejectedSurfaces() const; // surface keys, sorted
    // False (and nothing changes) when entityId names no entity or the surface is empty.
    bool linkSurface(const QString &surface, const QString &entityId);
    // The entity a linked surface names, or nullptr.
    const KbEntity *linkedEntity(QStringView surface) const;

    const QHash<QString, QString> &surfaceLinks() const { return m_links; } // surface key -> entity id

    // The key corrections compare: spaces folded, case-folded ("  MetaX " and "metax" are one surface).
    static QString surfaceKey(QStringView surface);

    // Hex SHA-256 over the content (order-independent). Stored extraction results carry it so
    // that they can be recomputed when the knowledge base changes.
    QString revision() const;

    // The key entityByName() compares: case-folded, without spaces, hyphens, dots and apostrophes.
    static QString nameKey(QStringView name);

private:
    void rebuildIndex();

    QList<KbEntity> m_entities;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byName;
    QSet<QString> m_rejected;               // surface keys
    QHash<QString, QString> m_links;        // surface key -> entity id
    QHash<QString, QString> m_linkSurfaces; // surface key -> the surface as the user wrote it
};

} // namespace Chipwatch::Core
