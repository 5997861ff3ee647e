#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Chipwatch developers
"""Consistency check for the Chipwatch knowledge base (resources/kb/*.json).

Run:  python3 resources/kb/check_kb.py [KB_DIR]
Exits 1 and lists every problem when a file breaks the format described in README.md.
Standard library only, so CI can run it without installing anything.
"""
import json
import re
import sys
from pathlib import Path

FILES = {
    "companies.json": "COMPANY",
    "chips.json": "CHIP",
    "products.json": "PRODUCT",
    "people.json": "PERSON",
    "places.json": "PLACE",
    "organisations.json": "ORG",
}
# The coverage the project promises; a shrinking knowledge base is a regression.
MIN_COUNTS = {"COMPANY": 140, "CHIP": 110, "PRODUCT": 30, "PERSON": 40, "PLACE": 60, "ORG": 50}

CATEGORIES = {
    "COMPANY": {"chip_designer", "foundry", "memory", "equipment", "cloud", "ai_lab", "tech", "eda", "oem",
                "investor", "other"},
    "ORG": {"government", "agency", "regulator", "exchange", "media", "union", "standards", "other"},
    "PLACE": {"country", "city", "region", "continent"},
}
KINDS = {
    "CHIP": {"GPU", "accelerator", "CPU", "system", "architecture", "NPU", "memory"},
    "PRODUCT": {"model", "software", "service", "device"},
}
PURPOSES = {"training", "inference", "training and inference", "general"}
KNOWN_FIELDS = {"id", "name", "aliases", "case_sensitive_aliases", "context_required", "parent", "vendor",
                "country", "category", "kind", "purpose", "year", "fiscal_year_end", "process", "memory", "specs", "role",
                "description", "sources"}
# Which entity types a reference may point to.
PARENT_TYPES = {"COMPANY": {"COMPANY"}, "PERSON": {"COMPANY", "ORG"}, "PLACE": {"PLACE"}, "ORG": {"ORG"}}
ID_RE = re.compile(r"^[a-z0-9_.-]+$")


def name_key(text):
    """Mirrors KnowledgeBase::nameKey(): case-folded, without spaces, hyphens, dots and apostrophes."""
    return re.sub(r"[\s\-\u2010-\u2015.'\u2019]", "", text.lower())


def variant_key(text):
    """The variants the matcher produces itself: casing, and a hyphen for a space (Kunlun-P800 = Kunlun P800)."""
    return " ".join(re.sub(r"[\-\u2010-\u2015]", " ", text.lower()).split())


def check(kb_dir):
    problems = []
    entities = {}  # id -> (type, entity, file)
    for fname, ftype in FILES.items():
        path = kb_dir / fname
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(f"{fname}: missing")
            continue
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{fname}: not valid UTF-8 JSON: {exc}")
            continue
        if not isinstance(data, dict) or data.get("type") != ftype or not isinstance(data.get("entities"), list):
            problems.append(f'{fname}: top level must be {{"type": "{ftype}", "entities": [...]}}')
            continue
        if len(data["entities"]) < MIN_COUNTS[ftype]:
            problems.append(f"{fname}: {len(data['entities'])} entities, fewer than the required {MIN_COUNTS[ftype]}")
        for index, e in enumerate(data["entities"]):
            where = f"{fname}[{index}]"
            if not isinstance(e, dict):
                problems.append(f"{where}: not an object")
                continue
            eid = e.get("id")
            where = f"{fname}:{eid}"
            if not isinstance(eid, str) or not ID_RE.match(eid):
                problems.append(f"{where}: id must be lower-case ASCII [a-z0-9_.-]")
                continue
            if eid in entities:
                problems.append(f"{where}: id also used in {entities[eid][2]}")
                continue
            entities[eid] = (ftype, e, fname)
            problems += [f"{where}: unknown field '{k}'" for k in e if k not in KNOWN_FIELDS]
            problems += check_entity(where, ftype, e)
    problems += check_references(entities)
    problems += check_surfaces(entities)
    return problems, entities


def check_entity(where, ftype, e):
    out = []
    if not isinstance(e.get("name"), str) or not e["name"].strip():
        out.append(f"{where}: name must be a non-empty string")
        return out
    for field in ("aliases", "case_sensitive_aliases", "sources"):
        value = e.get(field, [])
        if not isinstance(value, list) or not all(isinstance(s, str) and s.strip() for s in value):
            out.append(f"{where}: {field} must be an array of non-empty strings")
        elif any(s != s.strip() for s in value):
            out.append(f"{where}: {field} has leading or trailing spaces")
    if not e.get("sources"):
        out.append(f"{where}: no sources named")
    for field in ("parent", "vendor", "country", "category", "kind", "purpose", "process", "memory", "role",
                  "description"):
        if field in e and (not isinstance(e[field], str) or not e[field].strip()):
            out.append(f"{where}: {field} must be a non-empty string when present")
    if "context_required" in e and not isinstance(e["context_required"], bool):
        out.append(f"{where}: context_required must be true or false")
    if "year" in e and (not isinstance(e["year"], int) or isinstance(e["year"], bool) or not 1950 <= e["year"] <= 2035):
        out.append(f"{where}: year must be a whole year between 1950 and 2035")
    if "fiscal_year_end" in e and (e.get("type", "") not in ("", "COMPANY") or not isinstance(e["fiscal_year_end"], int)
                                   or isinstance(e["fiscal_year_end"], bool) or not 1 <= e["fiscal_year_end"] <= 11):
        out.append(f"{where}: fiscal_year_end must be a month 1-11 (December is the default) on a company")
    if "specs" in e:
        specs = e["specs"]
        if not isinstance(specs, dict) or not all(isinstance(v, (int, float, str)) and not isinstance(v, bool)
                                                  for v in specs.values()):
            out.append(f"{where}: specs must be an object of numbers and strings")
    if "country" in e and not re.fullmatch(r"[A-Z]{2}", str(e["country"])):
        out.append(f"{where}: country must be an ISO 3166 alpha-2 code")
    if ftype in CATEGORIES:
        if e.get("category") not in CATEGORIES[ftype]:
            out.append(f"{where}: category '{e.get('category')}' is not one of {sorted(CATEGORIES[ftype])}")
    elif "category" in e:
        out.append(f"{where}: category is not used for {ftype}")
    if ftype in KINDS:
        if e.get("kind") not in KINDS[ftype]:
            out.append(f"{where}: kind '{e.get('kind')}' is not one of {sorted(KINDS[ftype])}")
        if not e.get("vendor"):
            out.append(f"{where}: {ftype} needs a vendor")
    else:
        for field in ("kind", "vendor"):
            if field in e:
                out.append(f"{where}: {field} is not used for {ftype}")
    if ftype == "CHIP" and e.get("purpose") not in PURPOSES:
        out.append(f"{where}: purpose '{e.get('purpose')}' is not one of {sorted(PURPOSES)}")
    if ftype != "CHIP":
        for field in ("purpose", "process", "memory", "specs"):
            if field in e:
                out.append(f"{where}: {field} is only used for CHIP")
    if ftype == "PERSON" and not e.get("role"):
        out.append(f"{where}: PERSON needs a role")
    if ftype != "PERSON" and "role" in e:
        out.append(f"{where}: role is only used for PERSON")
    return out


def check_references(entities):
    out = []
    for eid, (ftype, e, fname) in entities.items():
        for field, allowed in (("parent", PARENT_TYPES.get(ftype, set())), ("vendor", {"COMPANY"})):
            ref = e.get(field)
            if not ref:
                continue
            if ref == eid:
                out.append(f"{fname}:{eid}: {field} refers to itself")
            elif ref not in entities:
                out.append(f"{fname}:{eid}: {field} '{ref}' names no entity")
            elif entities[ref][0] not in allowed:
                out.append(f"{fname}:{eid}: {field} '{ref}' is a {entities[ref][0]}, expected {sorted(allowed)}")
        if ftype == "PLACE" and e.get("parent") and entities.get(e["parent"], (None, {}))[1].get("category") != "country":
            out.append(f"{fname}:{eid}: a place's parent must be a country")
    # Parent chains must end: a cycle would hang any code that walks up to the top company.
    for eid in entities:
        seen, cur = set(), eid
        while cur in entities and entities[cur][1].get("parent"):
            if cur in seen:
                out.append(f"{entities[eid][2]}:{eid}: parent chain has a cycle")
                break
            seen.add(cur)
            cur = entities[cur][1]["parent"]
    return out


def check_surfaces(entities):
    """Aliases must be distinct names: no inflections, casing or hyphen variants (the matcher makes those),
    and no surface shared by two entities (the matcher could not tell them apart)."""
    out = []
    owner = {}  # exact surface for case-sensitive ones, name_key otherwise -> id
    for eid, (ftype, e, fname) in entities.items():
        where = f"{fname}:{eid}"
        cs = e.get("case_sensitive_aliases", [])
        surfaces = [e["name"]] + e.get("aliases", [])
        keys = {}
        for s in surfaces:
            k = variant_key(s)
            if not name_key(s):
                out.append(f"{where}: surface '{s}' has no letters or digits")
                continue
            if k in keys:
                out.append(f"{where}: '{s}' is only a casing/spacing/hyphen variant of '{keys[k]}'")
            keys[k] = s
        for s in cs:
            if s in surfaces and s != e["name"]:
                out.append(f"{where}: '{s}' is listed both as alias and case-sensitive alias")
        for s in surfaces + cs:
            if re.search(r"['\u2019]s?$", s):
                out.append(f"{where}: '{s}' looks like a possessive")
            for other in surfaces:
                if s != other and variant_key(s) in (variant_key(other) + "s", variant_key(other) + "es"):
                    out.append(f"{where}: '{s}' looks like an inflection of '{other}'")
        entity_keys = {("cs", s) for s in cs} | {("ci", name_key(s)) for s in surfaces if s not in cs}
        for key in entity_keys:
            if key in owner and owner[key] != eid:
                out.append(f"{where}: surface '{key[1]}' also belongs to '{owner[key]}'")
            owner[key] = eid
        # A case-sensitive surface that folds to another entity's ordinary surface is ambiguous too.
    for (mode, surface), eid in list(owner.items()):
        if mode == "cs" and ("ci", name_key(surface)) in owner and owner[("ci", name_key(surface))] != eid:
            out.append(f"{entities[eid][2]}:{eid}: case-sensitive '{surface}' collides with "
                       f"'{owner[('ci', name_key(surface))]}'")
    return out


def main():
    kb_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems, entities = check(kb_dir)
    for p in problems:
        print(p)
    counts = {}
    for ftype, _, _ in entities.values():
        counts[ftype] = counts.get(ftype, 0) + 1
    print("entities: " + ", ".join(f"{t}={counts.get(t, 0)}" for t in MIN_COUNTS)
          + f"; problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
