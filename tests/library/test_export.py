"""`library export`: the HSDS package validates against the project's JSON Schema of the profile, keeps its
ids from one export to the next, and carries text — markup included — as text."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import jsonschema
import pytest

from cornerstone.library.export import ExportError, export_csv, export_hsds
from cornerstone.library.hsds import TABLES, profile_schema, read_package, stable_id, validate_package
from cornerstone.library.importer import import_files

from .conftest import TODAY, incoming, resources


def test_the_hsds_folder_validates_against_the_profile_schema(library, tmp_path):
    out = export_hsds(library, tmp_path / "hsds")
    assert sorted(p.name for p in out.iterdir()) == sorted(["datapackage.json", *(t.path for t in TABLES)])
    document = read_package(out)
    jsonschema.validate(document, profile_schema(), cls=jsonschema.Draft202012Validator,
                        format_checker=jsonschema.FormatChecker())
    assert validate_package(out) == []
    names = [r["name"] for r in document["datapackage"]["resources"]]
    assert {"organizations", "services", "locations", "phones", "service_areas"} <= set(names)
    assert len(document["tables"]["organizations"]) == len(document["tables"]["services"]) == 6


def test_the_repositorys_own_library_exports_a_valid_package(repo, tmp_path):
    out = export_hsds(repo, tmp_path / "library.zip")
    assert validate_package(out) == []
    tables = read_package(out)["tables"]
    assert len(tables["services"]) >= 300
    assert all(row["number"] in {"12348", "12338", "12345", "12355", "110", "120"} for row in tables["phones"])


def test_a_zip_holds_the_same_files_and_the_same_bytes_each_time(library, tmp_path):
    first = export_hsds(library, tmp_path / "a.zip").read_bytes()
    second = export_hsds(library, tmp_path / "b.zip").read_bytes()
    assert first == second
    folder = export_hsds(library, tmp_path / "folder")
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        for name in archive.namelist():
            assert archive.read(name) == (folder / name).read_bytes()


def test_ids_are_stable_when_the_library_grows(library, tmp_path):
    before = read_package(export_hsds(library, tmp_path / "before"))["tables"]
    assert import_files(library, incoming(library, "county-gbk.csv"), lang="en", today=TODAY).success
    after = read_package(export_hsds(library, tmp_path / "after"))["tables"]
    kept = {row["external_identifier"]: row["id"] for row in before["locations"]}
    assert all({r["external_identifier"]: r["id"] for r in after["locations"]}[k] == v for k, v in kept.items())
    assert kept["532901-0001"] == stable_id("532901-0001", "location")


def test_markup_survives_import_and_every_export_as_literal_text(library, tmp_path, monkeypatch):
    assert import_files(library, incoming(library, "markup.csv"), lang="en", today=TODAY).success
    name = '<script>alert("x")</script>景洪市妇女联合会'
    description = "受理<b>家暴</b>求助 & 咨询 </p><img src=x onerror=alert(1)>"
    stored = {r["id"]: r for r in csv.DictReader(io.StringIO(resources(library).decode("utf-8")))}["532801-0002"]
    assert (stored["name"], stored["description"]) == (name, description)

    exported = export_csv(library, tmp_path / "open.csv")
    assert exported.read_bytes() == resources(library)
    tables = read_package(export_hsds(library, tmp_path / "hsds"))["tables"]
    assert name in [row["name"] for row in tables["organizations"]]
    assert description in [row["description"] for row in tables["services"]]

    # Shown, it is escaped: the ResourceFinder card prints the text, never the tags.
    from widgets.resources import ResourceFinder

    monkeypatch.setenv("CORNERSTONE_ROOT", str(library.root))
    cards = ResourceFinder(county="532801").cards.value
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;景洪市妇女联合会" in cards
    assert "<script" not in cards and "<img" not in cards


def test_a_folder_holding_other_files_is_never_replaced(library, tmp_path):
    out = tmp_path / "data"
    out.mkdir()
    (out / "keep-me.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="holds other files"):
        export_hsds(library, out)
    assert (out / "keep-me.txt").read_text(encoding="utf-8") == "mine"
    again = tmp_path / "again"
    export_hsds(library, again)
    export_hsds(library, again)  # a previous export is replaced whole
    assert validate_package(again) == []


def test_validation_catches_what_breaks_the_profile(library, tmp_path):
    out = export_hsds(library, tmp_path / "hsds")
    phones = (out / "phones.csv").read_text(encoding="utf-8").splitlines()
    cells = phones[1].split(",")
    cells[4] = "13987654321"  # the number column
    phones[1] = ",".join(cells)
    (out / "phones.csv").write_text("\n".join(phones) + "\n", encoding="utf-8")
    services = (out / "services.csv").read_text(encoding="utf-8")
    first_org = services.splitlines()[1].split(",")[1]
    (out / "services.csv").write_text(services.replace(first_org, "00000000-0000-4000-8000-000000000000", 1),
                                      encoding="utf-8")
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"]["fields"].pop()
    (out / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    problems = validate_package(out)
    assert any(p.startswith("tables/phones/0/number: '13987654321' does not match") for p in problems), problems
    assert any("organization_id 00000000-0000-4000-8000-000000000000 is not an id of organizations" in p
               for p in problems), problems
    assert any(p.startswith("organizations.csv: the header") for p in problems), problems


def test_export_refuses_a_broken_library(library, tmp_path):
    path = library.library / "resources.csv"
    path.write_bytes(resources(library) + b"532901-0009,broken\n")
    with pytest.raises(ExportError, match="row 8 has 2 cells"):
        export_csv(library, tmp_path / "open.csv")
    assert not (tmp_path / "open.csv").exists()
