"""Readers keep the line of every value, and name the line of a fault."""

from pathlib import Path

import pytest

from cornerstone.content.sources import SourceError, parse_csv, parse_json, parse_yaml, read_front_matter

P = Path("x")


def test_json_records_the_line_of_each_key_and_item():
    text = '{\n "cells": [\n  {"metadata": {}},\n  {\n   "metadata": {"cornerstone": {"section": "facts"}}\n  }\n ]\n}\n'
    source = parse_json(text, P)
    assert source.data["cells"][1]["metadata"]["cornerstone"]["section"] == "facts"
    assert source.line_of(("cells",)) == 2
    assert source.line_of(("cells", 0)) == 3
    assert source.line_of(("cells", 1, "metadata", "cornerstone", "section")) == 5
    # an unknown deeper key falls back to its deepest known parent
    assert source.line_of(("cells", 1, "metadata", "nope")) == 5


def test_json_parses_like_the_standard_library():
    import json

    text = '{"a": [1, 2.5, -3e2, true, false, null, "\\u57fa\\u77f3", {"b": []}], "c": {}}'
    assert parse_json(text, P).data == json.loads(text)


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [('{\n "a": 1,\n "b": \n}', 4, 1), ('{\n "a": 1\n "b": 2}', 3, 2), ('{"a": 1, "a": 2}', 1, 10), ("", 1, 1)],
)
def test_broken_json_names_line_and_column(text, line, column):
    with pytest.raises(SourceError) as caught:
        parse_json(text, P)
    assert (caught.value.line, caught.value.column) == (line, column)


def test_yaml_lines_and_dates_left_as_text():
    source = parse_yaml("title:\n  zh: 人民调解\nlast_reviewed: 2026-02-30\naudience:\n  - mediator\n", P)
    assert source.data["last_reviewed"] == "2026-02-30"  # pydantic, not the parser, rejects it
    assert source.line_of(("title", "zh")) == 2
    assert source.line_of(("audience", 0)) == 5


def test_broken_yaml_names_its_line():
    with pytest.raises(SourceError) as caught:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n", P)
    assert caught.value.line == 3


def test_duplicate_yaml_key_is_an_error():
    with pytest.raises(SourceError) as caught:
        parse_yaml("a: 1\nb: 2\na: 3\n", P)
    assert caught.value.line == 3


def test_front_matter_lines_count_from_the_top_of_the_file(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("---\ntitle: x\nstarted: 2019\n---\n\n# Body\n", encoding="utf-8")
    source, body = read_front_matter(page)
    assert source.line_of(("started",)) == 3
    assert body.startswith("\n# Body")


def test_csv_rows_are_numbered_as_a_spreadsheet_shows_them():
    table = parse_csv("id,name\n a ,甲\n\n,\nb,乙\n", P)  # blank rows, with or without commas
    assert table.rows == [{"id": "a", "name": "甲"}, {"id": "b", "name": "乙"}]
    assert table.row_numbers == [2, 5]
    assert table.column_of("name") == 2


def test_csv_missing_column_and_extra_cells():
    with pytest.raises(SourceError) as caught:
        parse_csv("id\nx\n", P, required=["id", "name"])
    assert caught.value.line == 1 and "name" in caught.value.message
    with pytest.raises(SourceError) as caught:
        parse_csv("id,name\nx,y,z\n", P)
    assert caught.value.line == 2
    with pytest.raises(SourceError) as caught:
        parse_csv("id,name\nx,y\nz\n", P)
    assert caught.value.line == 3 and "cut short" in caught.value.message


def test_text_that_is_not_utf8_names_its_line(tmp_path):
    from cornerstone.content.sources import read_text

    path = tmp_path / "gbk.csv"
    path.write_bytes(b"id,name\n" + "法律援助".encode("gbk"))
    with pytest.raises(SourceError) as caught:
        read_text(path)
    assert caught.value.line == 2
