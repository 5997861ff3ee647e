// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#include "extract/knowledgebase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcKb, "chipwatch.core.kb")

using namespace Qt::StringLiterals;

namespace Chipwatch::Core {

namespace {

const QSet<QString> &knownKeys()
{
    static const QSet<QString> keys{
        u"id"_s,
        u"type"_s,
        u"name"_s,
        u"aliases"_s,
        u"case_sensitive_aliases"_s,
        u"context_required"_s,
        u"parent"_s,
        u"vendor"_s,
        u"country"_s,
        u"category"_s,
        u"kind"_s,
        u"purpose"_s,
        u"year"_s,
        u"fiscal_year_end"_s,
        u"process"_s,
        u"memory"_s,
        u"specs"_s,
        u"role"_s,
        u"description"_s,
        u"sources"_s,
    };
    return keys;
}

bool validId(const QString &id)
{
    if (id.isEmpty()) {
        return false;
    }
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u'.';
    });
}

// Reads an optional string field; false (with *error set) when present with another type.
bool readString(const QJsonObject &obj, const QString &key, QString *out, QString *error)
{
    const QJsonValue value = obj.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isString()) {
        *error = u"field \"%1\" must be a string"_s.arg(key);
        return false;
    }
    *out = value.toString().trimmed();
    return true;
}

// Reads an optional whole number within [low, high]; what describes the allowed values in the error.
bool readWholeNumber(const QJsonObject &obj, const QString &key, int low, int high, const QString &what, int *out,
                     QString *error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    const double value = v.toDouble(-1);
    if (!v.isDouble() || value < low || value > high || value != static_cast<int>(value)) {
        *error = u"field \"%1\" must be %2"_s.arg(key, what);
        return false;
    }
    *out = static_cast<int>(value);
    return true;
}

bool readStringList(const QJsonObject &obj, const QString &key, QStringList *out, QString *error)
{
    const QJsonValue value = obj.value(key);
    if (value.isUndefined() || value.isNull()) {
        return true;
    }
    if (!value.isArray()) {
        *error = u"field \"%1\" must be an array of strings"_s.arg(key);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const auto &item : array) {
        if (!item.isString()) {
            *error = u"field \"%1\" must be an array of strings"_s.arg(key);
            return false;
        }
        const QString text = item.toString().trimmed();
        if (text.isEmpty()) {
            *error = u"field \"%1\" contains an empty string"_s.arg(key);
            return false;
        }
        if (!out->contains(text)) {
            out->append(text);
        }
    }
    return true;
}

bool parseEntity(const QJsonObject &obj, EntityType fileType, KbEntity *entity, QString *error)
{
    const QJsonValue id = obj.value(u"id"_s);
    if (!id.isString() || !validId(id.toString())) {
        *error = id.isUndefined() ? u"missing field \"id\""_s
                                  : u"field \"id\" must be a non-empty lower-case ASCII string"_s;
        return false;
    }
    entity->id = id.toString();
    const QJsonValue name = obj.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        *error = name.isUndefined() ? u"missing field \"name\""_s : u"field \"name\" must be a non-empty string"_s;
        return false;
    }
    entity->name = name.toString().trimmed();
    entity->type = fileType;
    if (obj.contains(u"type"_s)) {
        if (!obj.value(u"type"_s).isString() || !entityTypeFromName(obj.value(u"type"_s).toString(), &entity->type)) {
            *error = u"unknown entity type %1"_s.arg(obj.value(u"type"_s).toVariant().toString());
            return false;
        }
    }
    if (!readStringList(obj, u"aliases"_s, &entity->aliases, error) ||
        !readStringList(obj, u"case_sensitive_aliases"_s, &entity->caseSensitiveAliases, error) ||
        !readStringList(obj, u"sources"_s, &entity->sources, error) ||
        !readString(obj, u"parent"_s, &entity->parent, error) ||
        !readString(obj, u"vendor"_s, &entity->vendor, error) ||
        !readString(obj, u"country"_s, &entity->country, error) ||
        !readString(obj, u"category"_s, &entity->category, error) ||
        !readString(obj, u"kind"_s, &entity->kind, error) || !readString(obj, u"purpose"_s, &entity->purpose, error) ||
        !readString(obj, u"process"_s, &entity->process, error) ||
        !readString(obj, u"memory"_s, &entity->memory, error) || !readString(obj, u"role"_s, &entity->role, error) ||
        !readString(obj, u"description"_s, &entity->description, error)) {
        return false;
    }
    entity->aliases.removeAll(entity->name);
    const QJsonValue contextRequired = obj.value(u"context_required"_s);
    if (!contextRequired.isUndefined() && !contextRequired.isNull()) {
        if (!contextRequired.isBool()) {
            *error = u"field \"context_required\" must be true or false"_s;
            return false;
        }
        entity->contextRequired = contextRequired.toBool();
    }
    if (!readWholeNumber(obj, u"year"_s, 1900, 2200, u"a whole number of a year"_s, &entity->year, error) ||
        !readWholeNumber(obj, u"fiscal_year_end"_s, 1, 12, u"the number of a month (1-12)"_s, &entity->fiscalYearEnd,
                         error)) {
        return false;
    }
    const QJsonValue specs = obj.value(u"specs"_s);
    if (!specs.isUndefined() && !specs.isNull()) {
        if (!specs.isObject()) {
            *error = u"field \"specs\" must be an object"_s;
            return false;
        }
        entity->specs = specs.toObject().toVariantMap();
    }
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (!knownKeys().contains(it.key())) {
            // A newer file format may add fields; ignoring them beats refusing the whole file.
            qCDebug(lcKb) << "entity" << entity->id << "has unknown field" << it.key();
        }
    }
    return true;
}

QJsonObject toJson(const KbEntity &e)
{
    QJsonObject obj;
    obj.insert(u"id"_s, e.id);
    obj.insert(u"type"_s, entityTypeName(e.type));
    obj.insert(u"name"_s, e.name);
    obj.insert(u"aliases"_s, QJsonArray::fromStringList(e.aliases));
    obj.insert(u"case_sensitive_aliases"_s, QJsonArray::fromStringList(e.caseSensitiveAliases));
    obj.insert(u"context_required"_s, e.contextRequired);
    obj.insert(u"parent"_s, e.parent);
    obj.insert(u"vendor"_s, e.vendor);
    obj.insert(u"country"_s, e.country);
    obj.insert(u"category"_s, e.category);
    obj.insert(u"kind"_s, e.kind);
    obj.insert(u"purpose"_s, e.purpose);
    obj.insert(u"year"_s, e.year);
    if (e.fiscalYearEnd > 0) {
        obj.insert(u"fiscal_year_end"_s, e.fiscalYearEnd);
    }
    obj.insert(u"process"_s, e.process);
    obj.insert(u"memory"_s, e.memory);
    obj.insert(u"specs"_s, QJsonObject::fromVariantMap(e.specs));
    obj.insert(u"role"_s, e.role);
    obj.insert(u"description"_s, e.description);
    obj.insert(u"sources"_s, QJsonArray::fromStringList(e.sources));
    obj.insert(u"user"_s, e.userDefined);
    return obj;
}

} // namespace

QStringList KbEntity::allNames() const
{
    QStringList out;
    out.reserve(1 + aliases.size() + caseSensitiveAliases.size());
    if (!caseSensitiveAliases.contains(name)) {
        out.append(name);
    }
    for (const QString &alias : aliases) {
        if (!out.contains(alias) && !caseSensitiveAliases.contains(alias)) {
            out.append(alias);
        }
    }
    for (const QString &alias : caseSensitiveAliases) {
        if (!out.contains(alias)) {
            out.append(alias);
        }
    }
    return out;
}

QStringList KnowledgeBase::builtInFiles()
{
    // Companies first: chips, products and people refer to them.
    return {u"companies.json"_s, u"places.json"_s,   u"organisations.json"_s,
            u"chips.json"_s,     u"products.json"_s, u"people.json"_s};
}

KnowledgeBase KnowledgeBase::builtIn()
{
    KnowledgeBase kb;
    for (const QString &file : builtInFiles()) {
        const QString path = u":/kb/"_s + file;
        if (!QFile::exists(path)) {
            qCWarning(lcKb) << "built-in knowledge-base file missing:" << file;
            continue;
        }
        QString error;
        if (!kb.loadFile(path, &error)) {
            qCWarning(lcKb).noquote() << "built-in knowledge base:" << error;
        }
    }
    for (const QString &problem : kb.validate()) {
        qCWarning(lcKb).noquote() << "built-in knowledge base:" << problem;
    }
    qCDebug(lcKb) << "built-in knowledge base:" << kb.size() << "entities, revision" << kb.revision();
    return kb;
}

bool KnowledgeBase::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = u"%1: cannot open: %2"_s.arg(path, file.errorString());
        }
        return false;
    }
    return loadJson(file.readAll(), error, path);
}

bool KnowledgeBase::loadJson(const QByteArray &json, QString *error, const QString &origin)
{
    const QString where = origin.isEmpty() ? u"knowledge base"_s : origin;
    auto fail = [&](const QString &message) {
        if (error) {
            *error = where + u": "_s + message;
        }
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report a line number as well: these files are edited by hand.
        const int line = static_cast<int>(json.left(parseError.offset).count('\n')) + 1;
        return fail(u"malformed JSON at line %1 (offset %2): %3"_s.arg(line)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        return fail(u"the top level must be an object with \"type\" and \"entities\""_s);
    }
    const QJsonObject root = doc.object();
    EntityType fileType{};
    const QJsonValue typeValue = root.value(u"type"_s);
    if (!typeValue.isString()) {
        return fail(u"missing field \"type\" (COMPANY, CHIP, PRODUCT, PERSON, PLACE or ORG)"_s);
    }
    if (!entityTypeFromName(typeValue.toString(), &fileType)) {
        return fail(u"unknown entity type \"%1\""_s.arg(typeValue.toString()));
    }
    const QJsonValue entitiesValue = root.value(u"entities"_s);
    if (!entitiesValue.isArray()) {
        return fail(u"missing array \"entities\""_s);
    }
    const QJsonArray array = entitiesValue.toArray();
    QList<KbEntity> parsed;
    parsed.reserve(array.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return fail(u"entity %1 is not an object"_s.arg(i));
        }
        KbEntity entity;
        QString message;
        const QJsonObject obj = array.at(i).toObject();
        if (!parseEntity(obj, fileType, &entity, &message)) {
            const QString label =
                obj.value(u"id"_s).isString() ? u"\"%1\""_s.arg(obj.value(u"id"_s).toString()) : QString::number(i);
            return fail(u"entity %1: %2"_s.arg(label, message));
        }
        if (ids.contains(entity.id) || m_byId.contains(entity.id)) {
            return fail(u"duplicate id \"%1\""_s.arg(entity.id));
        }
        ids.insert(entity.id);
        parsed.append(std::move(entity));
    }
    m_entities.append(parsed);
    rebuildIndex();
    return true;
}

void KnowledgeBase::addEntity(const KbEntity &entity)
{
    const auto it = m_byId.constFind(entity.id);
    if (it != m_byId.constEnd()) {
        m_entities[*it] = entity;
    } else {
        m_entities.append(entity);
    }
    rebuildIndex();
}

bool KnowledgeBase::removeEntity(const QString &id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.constEnd()) {
        return false;
    }
    m_entities.removeAt(*it);
    rebuildIndex();
    return true;
}

void KnowledgeBase::rejectSurface(const QString &surface)
{
    const QString key = surfaceKey(surface);
    if (!key.isEmpty()) {
        m_rejected.insert(key);
    }
}

bool KnowledgeBase::isRejected(QStringView surface) const
{
    return !m_rejected.isEmpty() && m_rejected.contains(surfaceKey(surface));
}

QStringList KnowledgeBase::rejectedSurfaces() const
{
    QStringList out(m_rejected.cbegin(), m_rejected.cend());
    out.sort();
    return out;
}

bool KnowledgeBase::linkSurface(const QString &surface, const QString &entityId)
{
    const QString key = surfaceKey(surface);
    const auto target = m_byId.constFind(entityId);
    if (key.isEmpty() || target == m_byId.constEnd()) {
        return false;
    }
    const QString written = surface.simplified();
    const auto sameSurface = [&key](const QString &name) { return surfaceKey(name) == key; };
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        KbEntity &e = m_entities[i];
        if (i == *target) {
            const QStringList names = e.allNames();
            if (std::none_of(names.cbegin(), names.cend(), sameSurface)) {
                e.aliases.append(written);
            }
        } else {
            // The surface stops naming the other entity; a canonical name stays (the matcher maps it).
            e.aliases.removeIf(sameSurface);
            e.caseSensitiveAliases.removeIf(sameSurface);
        }
    }
    m_links.insert(key, entityId);
    m_linkSurfaces.insert(key, written);
    rebuildIndex();
    return true;
}

const KbEntity *KnowledgeBase::linkedEntity(QStringView surface) const
{
    if (m_links.isEmpty()) {
        return nullptr;
    }
    const auto it = m_links.constFind(surfaceKey(surface));
    return it == m_links.constEnd() ? nullptr : entity(*it);
}

QString KnowledgeBase::surfaceKey(QStringView surface)
{
    return surface.toString().simplified().toCaseFolded();
}

QStringList KnowledgeBase::validate() const
{
    QStringList problems;
    for (const KbEntity &e : m_entities) {
        if (!e.parent.isEmpty()) {
            const KbEntity *parent = entity(e.parent);
            if (!parent) {
                problems.append(u"entity \"%1\": unknown parent \"%2\""_s.arg(e.id, e.parent));
            } else if (parent->id == e.id) {
                problems.append(u"entity \"%1\" is its own parent"_s.arg(e.id));
            }
        }
        if (!e.vendor.isEmpty()) {
            const KbEntity *vendor = entity(e.vendor);
            if (!vendor) {
                problems.append(u"entity \"%1\": unknown vendor \"%2\""_s.arg(e.id, e.vendor));
            } else if (vendor->type != EntityType::Company) {
                problems.append(u"entity \"%1\": vendor \"%2\" is not a company"_s.arg(e.id, e.vendor));
            }
        }
    }
    // A parent chain that loops would hang whoever walks it (corporate trees in the UI).
    for (const KbEntity &e : m_entities) {
        const KbEntity *current = &e;
        for (qsizetype steps = 0; current && !current->parent.isEmpty(); ++steps) {
            current = entity(current->parent);
            if (steps > m_entities.size()) {
                problems.append(u"entity \"%1\": parent chain forms a cycle"_s.arg(e.id));
                break;
            }
        }
    }
    return problems;
}

const KbEntity *KnowledgeBase::entity(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_entities.at(*it);
}

const KbEntity *KnowledgeBase::entityByName(QStringView name) const
{
    const auto it = m_byName.constFind(nameKey(name));
    return it == m_byName.constEnd() ? nullptr : &m_entities.at(*it);
}

const KbEntity *KnowledgeBase::parentOf(const QString &id) const
{
    const KbEntity *e = entity(id);
    return e && !e->parent.isEmpty() ? entity(e->parent) : nullptr;
}

const KbEntity *KnowledgeBase::vendorOf(const QString &id) const
{
    const KbEntity *e = entity(id);
    return e && !e->vendor.isEmpty() ? entity(e->vendor) : nullptr;
}

QString KnowledgeBase::revision() const
{
    QList<const KbEntity *> sorted;
    sorted.reserve(m_entities.size());
    for (const KbEntity &e : m_entities) {
        sorted.append(&e);
    }
    std::sort(sorted.begin(), sorted.end(), [](const KbEntity *a, const KbEntity *b) { return a->id < b->id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const KbEntity *e : sorted) {
        hash.addData(QJsonDocument(toJson(*e)).toJson(QJsonDocument::Compact));
        hash.addData("\n");
    }
    // The corrections change what is matched, so they change the revision too.
    for (const QString &key : rejectedSurfaces()) {
        hash.addData(QByteArrayView("rejected:"));
        hash.addData(key.toUtf8());
        hash.addData("\n");
    }
    QStringList linked = m_links.keys();
    linked.sort();
    for (const QString &key : std::as_const(linked)) {
        hash.addData(QByteArrayView("linked:"));
        hash.addData((key + u'=' + m_links.value(key)).toUtf8());
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString KnowledgeBase::nameKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013' ||
            c == u'.' || c == u'_' || c == u'\'' || c == u'\u2019') {
            continue;
        }
        key.append(c);
    }
    // Qt folds case simply (ß stays ß); names in capitals spell it SS.
    return key.normalized(QString::NormalizationForm_KC).toCaseFolded().replace(u'ß', u"ss"_s);
}

void KnowledgeBase::rebuildIndex()
{
    m_byId.clear();
    m_byName.clear();
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        m_byId.insert(m_entities.at(i).id, i);
    }
    // Canonical names first so that an alias never shadows another entity's canonical name.
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        m_byName.insert(nameKey(m_entities.at(i).name), i);
    }
    // A surface the user linked names its entity, even where it is another entity's canonical name.
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const auto target = m_byId.constFind(it.value());
        if (target != m_byId.constEnd()) {
            m_byName.insert(nameKey(m_linkSurfaces.value(it.key())), *target);
        }
    }
}

} // namespace Chipwatch::Core
