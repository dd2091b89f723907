"""The library as an Open Referral HSDS tabular data package: the project's local profile of HSDS 3.

Each row of `resources.csv` is one organization offering one service at one location; its phones,
opening hours, service area (its county, or its township within the county), languages and kinds
(taxonomy terms linked through attributes) hang off those. Ids are UUIDs derived from the resource id
(UUID 5), so they stay the same from one export to the next; the resource id itself is the location's
`external_identifier`. The profile's JSON Schema, `hsds-profile.schema.json`, describes every table and
the descriptor; `validate_package` checks a package against it, and its foreign keys.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..content.loaders import Content
from ..content.models import HOTLINES, Resource, split_terms

NAMESPACE = uuid.UUID("9c0b5f8e-3d1a-5b7c-9e2f-6a4d8c1b0e53")  # fixed: ids must not change between exports
SCHEMA_PATH = Path(__file__).with_name("hsds-profile.schema.json")
PROFILE = "cornerstone-hsds-3"


@dataclass(frozen=True)
class Field:
    name: str
    type: str = "string"
    format: str | None = None
    required: bool = False
    description: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    fields: tuple[Field, ...]
    description: str
    foreign_keys: tuple[tuple[str, str], ...] = ()  # (field, table it points into)

    @property
    def path(self) -> str:
        return f"{self.name}.csv"

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _id(required: bool = True) -> Field:
    return Field("id", format="uuid", required=required, description="UUID 5 of the resource id: stable")


def _ref(name: str, description: str = "") -> Field:
    return Field(name, format="uuid", description=description)


TABLES: tuple[Table, ...] = (
    Table("organizations", (
        _id(), Field("name", required=True), Field("alternate_name", description="the English name"),
        Field("description", required=True), Field("email", format="email"), Field("website", format="uri"),
    ), "The body running each service point."),
    Table("services", (
        _id(), _ref("organization_id"), Field("name", required=True),
        Field("alternate_name", description="the English name"), Field("description"),
        Field("description_en", description="profile extension: the English description"),
        Field("status", required=True), Field("eligibility_description"),
        Field("assured_date", type="date", description="when the row was last verified (last_verified)"),
        Field("source", description="profile extension: where the row comes from; `sample` rows are unverified"),
    ), "What each service point offers.", (("organization_id", "organizations"),)),
    Table("locations", (
        _id(), Field("location_type", required=True), _ref("organization_id"), Field("name"),
        Field("alternate_name"), Field("description"),
        Field("external_identifier", description="the library's resource id, e.g. 532901-0001"),
        Field("external_identifier_type"),
    ), "Where each service point is.", (("organization_id", "organizations"),)),
    Table("service_at_locations", (
        _id(), _ref("service_id"), _ref("location_id"), Field("description"),
    ), "Each service at its location.", (("service_id", "services"), ("location_id", "locations"))),
    Table("addresses", (
        _id(), _ref("location_id"), Field("attention"), Field("address_1"), Field("address_2"),
        Field("city", description="the county"), Field("region", description="the prefecture"),
        Field("state_province"), Field("postal_code"), Field("country", required=True),
        Field("address_type", required=True),
    ), "The address of each location, as far as it is known.", (("location_id", "locations"),)),
    Table("phones", (
        _id(), _ref("location_id"), _ref("service_id"), _ref("organization_id"), Field("number", required=True),
        Field("extension"), Field("type"), Field("description"),
    ), "Public numbers only: office landlines and national hotlines.",
        (("service_id", "services"), ("organization_id", "organizations"), ("location_id", "locations"))),
    Table("schedules", (
        _id(), _ref("service_id"), _ref("location_id"), Field("description", required=True),
    ), "Opening hours, as text.", (("service_id", "services"), ("location_id", "locations"))),
    Table("service_areas", (
        _id(), _ref("service_id"), Field("name", required=True), Field("description"),
        Field("division_code", description="profile extension: the county's GB/T 2260 code"),
    ), "The county (or township within it) each service serves.", (("service_id", "services"),)),
    Table("languages", (
        _id(), _ref("service_id"), _ref("location_id"), _ref("phone_id"), Field("name", required=True),
        Field("code", required=True, description="ISO 639-1 where it exists, else ISO 639-3"), Field("note"),
    ), "Languages a service is offered in.", (("service_id", "services"),)),
    Table("taxonomies", (
        _id(), Field("name", required=True), Field("description", required=True), Field("uri"),
        Field("version"),
    ), "The project's taxonomy of service points and services."),
    Table("taxonomy_terms", (
        _id(), Field("code", required=True), Field("name", required=True), Field("description", required=True),
        _ref("parent_id"), Field("taxonomy"), Field("language"), _ref("taxonomy_id"), Field("term_uri"),
    ), "Kinds of service point (org) and services (service).", (("taxonomy_id", "taxonomies"),)),
    Table("attributes", (
        _id(), _ref("link_id"), _ref("taxonomy_term_id"), Field("link_type", required=True),
        Field("link_entity", required=True), Field("value"), Field("label"),
    ), "Links organizations to their kind and services to what they offer.",
        (("taxonomy_term_id", "taxonomy_terms"),)),
)


def stable_id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def _rows(content: Content) -> dict[str, list[dict[str, str]]]:
    tables: dict[str, list[dict[str, str]]] = {t.name: [] for t in TABLES}
    taxonomy_id = stable_id("taxonomy", "cornerstone")
    tables["taxonomies"].append({"id": taxonomy_id, "name": "基石分类 Cornerstone taxonomy",
                                 "description": "Kinds of service point (org) and services (service) of "
                                 "site/library/taxonomy.csv", "uri": "", "version": ""})
    term_ids = {}
    for term in content.taxonomy.values():
        if term.facet not in ("org", "service"):
            continue
        term_ids[term.id] = stable_id("term", term.id)
        tables["taxonomy_terms"].append({
            "id": term_ids[term.id], "code": term.id, "name": term.zh, "description": term.en,
            "parent_id": stable_id("term", term.parent) if term.parent else "", "taxonomy": term.facet,
            "language": "zh", "taxonomy_id": taxonomy_id, "term_uri": ""})
    languages = {t.id: t for t in content.taxonomy.values() if t.facet == "language"}
    for row in content.resources:
        r: Resource = row.model
        organization, service = stable_id(r.id, "organization"), stable_id(r.id, "service")
        location = stable_id(r.id, "location")
        county = content.divisions.get(r.county_code)
        prefecture = content.divisions.get(county.parent_code) if county else None
        county_name = county.name if county else r.county_code
        tables["organizations"].append({"id": organization, "name": r.name, "alternate_name": r.name_en,
                                        "description": r.description, "email": "", "website": ""})
        tables["services"].append({
            "id": service, "organization_id": organization, "name": r.name, "alternate_name": r.name_en,
            "description": r.description, "description_en": r.description_en, "status": "active",
            "eligibility_description": r.eligibility, "assured_date": r.last_verified.isoformat(),
            "source": r.source})
        tables["locations"].append({
            "id": location, "location_type": "physical", "organization_id": organization, "name": r.name,
            "alternate_name": r.name_en, "description": "", "external_identifier": r.id,
            "external_identifier_type": "cornerstone-resource-id"})
        tables["service_at_locations"].append({"id": stable_id(r.id, "service_at_location"),
                                               "service_id": service, "location_id": location, "description": ""})
        tables["addresses"].append({
            "id": stable_id(r.id, "address"), "location_id": location, "attention": "", "address_1": r.address,
            "address_2": " ".join(part for part in (r.township, r.village) if part), "city": county_name,
            "region": prefecture.name if prefecture else "", "state_province": "云南省", "postal_code": "",
            "country": "CN", "address_type": "physical"})
        for number in split_terms(r.phone):
            tables["phones"].append({
                "id": stable_id(r.id, "phone", number), "location_id": location, "service_id": service,
                "organization_id": organization, "number": number, "extension": "", "type": "voice",
                "description": "全国统一服务热线 national hotline" if number in HOTLINES else ""})
        if r.hours:
            tables["schedules"].append({"id": stable_id(r.id, "schedule"), "service_id": service,
                                        "location_id": location, "description": r.hours})
        area = " ".join(part for part in (county_name, r.township) if part)
        tables["service_areas"].append({
            "id": stable_id(r.id, "service_area"), "service_id": service, "name": area,
            "description": " ".join(p for p in ((prefecture.name if prefecture else ""), area) if p),
            "division_code": r.county_code})
        for code in r.languages:
            term = languages.get(code)
            tables["languages"].append({
                "id": stable_id(r.id, "language", code), "service_id": service, "location_id": "", "phone_id": "",
                "name": term.zh if term else code, "code": code, "note": term.en if term else ""})
        links = [(organization, "organization", r.category)] + [(service, "service", s) for s in r.services]
        for link_id, entity, term in links:
            tables["attributes"].append({
                "id": stable_id(r.id, "attribute", term), "link_id": link_id,
                "taxonomy_term_id": term_ids.get(term, ""), "link_type": "category" if entity == "organization"
                else "service_type", "link_entity": entity, "value": term, "label": ""})
    return tables


def descriptor() -> dict[str, Any]:
    """`datapackage.json`: a Frictionless tabular data package naming the profile."""
    resources = []
    for table in TABLES:
        fields = []
        for f in table.fields:
            spec: dict[str, Any] = {"name": f.name, "type": f.type}
            if f.format:
                spec["format"] = f.format
            if f.description:
                spec["description"] = f.description
            if f.required:
                spec["constraints"] = {"required": True}
            fields.append(spec)
        schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"]}
        if table.foreign_keys:
            schema["foreignKeys"] = [{"fields": [name], "reference": {"resource": target, "fields": ["id"]}}
                                     for name, target in table.foreign_keys]
        resources.append({"name": table.name, "path": table.path, "profile": "tabular-data-resource",
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "description": table.description, "schema": schema})
    return {
        "profile": "tabular-data-package",
        "name": "cornerstone-local-resources",
        "title": "基石·云南基层服务资源 Cornerstone local resources, Yunnan",
        "description": "Service points for grassroots governance in Yunnan, as Open Referral HSDS tables "
                       "(the project's local profile of HSDS 3). Rows whose source is `sample` are "
                       "illustrative and unverified.",
        "hsds_profile": PROFILE,
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "resources": resources,
    }


def _csv(table: Table, rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=table.columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def package_files(content: Content) -> dict[str, bytes]:
    """File name → bytes of the whole package, the same bytes for the same library."""
    tables = _rows(content)
    files = {"datapackage.json": (json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")}
    for table in TABLES:
        files[table.path] = _csv(table, tables[table.name]).encode("utf-8")
    return files


def write_zip(files: dict[str, bytes], out: io.BufferedIOBase | Path) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # fixed: the same bytes each time
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)


# -- reading a package back, and validating it against the profile ------------------------------


def _reader(path: Path):
    if path.is_dir():
        return lambda name: (path / name).read_bytes()
    archive = zipfile.ZipFile(path)
    return archive.read


def read_package(path: Path) -> dict[str, Any]:
    """{"datapackage": descriptor, "tables": {name: [rows as dicts of text]}} from a folder or a .zip."""
    read = _reader(path)
    package = json.loads(read("datapackage.json").decode("utf-8"))
    tables = {}
    for resource in package.get("resources", []):
        text = read(resource["path"]).decode("utf-8")
        tables[resource["name"]] = list(csv.DictReader(io.StringIO(text, newline="")))
    return {"datapackage": package, "tables": tables}


def _header_mismatches(path: Path, package: dict[str, Any]) -> list[str]:
    read = _reader(path)
    problems = []
    for resource in package.get("resources", []):
        header = next(csv.reader(io.StringIO(read(resource["path"]).decode("utf-8"), newline="")), [])
        declared = [f["name"] for f in resource.get("schema", {}).get("fields", [])]
        if header != declared:
            problems.append(f"{resource['path']}: the header {header} is not the declared fields {declared}")
    return problems


def profile_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_package(path: Path) -> list[str]:
    """Every way the package at `path` breaks the profile: the JSON Schema, CSV headers that differ from
    the descriptor, ids that repeat, foreign keys that point nowhere. Empty when it is valid."""
    import jsonschema

    document = read_package(path)
    validator = jsonschema.Draft202012Validator(profile_schema(), format_checker=jsonschema.FormatChecker())
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}"
                for e in validator.iter_errors(document)]
    tables = document["tables"]
    problems += _header_mismatches(path, document["datapackage"])
    ids = {name: {row.get("id") for row in rows} for name, rows in tables.items()}
    for resource in document["datapackage"].get("resources", []):
        name = resource["name"]
        rows = tables.get(name, [])
        if len(ids.get(name, ())) != len(rows):
            problems.append(f"{name}: ids repeat")
        for key in resource.get("schema", {}).get("foreignKeys", []):
            column, target = key["fields"][0], key["reference"]["resource"]
            for number, row in enumerate(rows, start=2):
                value = row.get(column, "")
                if value and value not in ids.get(target, set()):
                    problems.append(f"{name}.csv:{number}: {column} {value} is not an id of {target}")
    return problems
