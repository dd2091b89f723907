"""`cornerstone library import|export|stale`: a thin skin — its JSON is the engine's result, exit codes as
DESIGN.md says (1 on any error, 2 on bad arguments), summaries on stderr, messages in the user's language."""

from __future__ import annotations

import datetime as dt
import json

from typer.testing import CliRunner

from cornerstone.cli import app
from cornerstone.library.hsds import validate_package
from cornerstone.library.importer import import_files

from .conftest import incoming, resources


def invoke(project, *args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, ["--root", str(project.root), "library", *args], env=env)


def test_import_prints_problems_and_exits_1_leaving_the_library_untouched(library):
    before = resources(library)
    (path,) = incoming(library, "phones.csv")
    result = invoke(library, "import", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "incoming/phones.csv:2:5: error: [personal-data] column 电话: '139 8765 4321' is a mobile number: a private "
        "person's number is never published; give an office landline with area code or a public hotline",
        "incoming/phones.csv:3:5: error: [schema] column 电话: '12345678' is not a landline with area code "
        "(0871-12345678) or a public service hotline (12348)",
    ]
    assert "2 error(s): nothing written, the library is unchanged" in result.stderr
    assert resources(library) == before


def test_import_json_is_the_engines_result_and_stdout_holds_only_it(library):
    (path,) = incoming(library, "dates.csv")
    result = invoke(library, "import", str(path), "--format", "json", "--lang", "en")
    assert result.exit_code == 1
    engine = import_files(library, [path], lang="en")
    assert json.loads(result.stdout) == [p.model_dump(mode="json") for p in engine.problems]
    assert {"path", "line", "column", "severity", "rule", "message"} == set(json.loads(result.stdout)[0])


def test_import_succeeds_with_a_summary_on_stderr(library):
    (path,) = incoming(library, "county-gbk.csv")
    result = invoke(library, "import", str(path), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "incoming/county-gbk.csv: 2 added, 1 updated, 0 unchanged" in result.stderr
    assert "wrote site/library/resources.csv (8 rows)" in result.stderr


def test_dry_run_writes_nothing(library):
    before = resources(library)
    (path,) = incoming(library, "county-merged.xlsx")
    result = invoke(library, "import", str(path), "--dry-run", "--lang", "en")
    assert result.exit_code == 0
    assert "dry run: nothing written" in result.stderr
    assert resources(library) == before


def test_messages_follow_the_locale_unless_lang_is_given(library):
    (path,) = incoming(library, "required.csv")
    chinese = invoke(library, "import", str(path), env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    english = invoke(library, "import", str(path), env={"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    forced = invoke(library, "import", str(path), "--lang", "zh", env={"LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert "“名称”列：必填，不能为空" in chinese.stdout
    assert "column 名称: required, must not be empty" in english.stdout
    assert forced.stdout == chinese.stdout


def test_bad_arguments_exit_2(library, tmp_path):
    missing = invoke(library, "import", str(tmp_path / "nope.xlsx"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    (notes,) = incoming(library, "notes.txt")
    unknown = invoke(library, "import", str(notes), "--lang", "en")
    assert unknown.exit_code == 2 and "cannot read .txt files" in unknown.stderr
    assert invoke(library, "export", "--format", "pdf", "--out", str(tmp_path / "x")).exit_code == 2


def test_export_both_forms(library, tmp_path):
    csv_out, folder, archive = tmp_path / "out" / "resources.csv", tmp_path / "hsds", tmp_path / "hsds.zip"
    assert invoke(library, "export", "--format", "csv", "--out", str(csv_out)).exit_code == 0
    assert csv_out.read_bytes() == resources(library)
    for out in (folder, archive):
        result = invoke(library, "export", "--format", "hsds", "--out", str(out), "--lang", "en")
        assert result.exit_code == 0, result.output
        assert f"exported {out}" in result.stderr
        assert validate_package(out) == []


def test_export_refuses_a_library_with_errors(library, tmp_path):
    path = library.library / "resources.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",legal-aid-centre,", ",bank,", 1), encoding="utf-8")
    result = invoke(library, "export", "--format", "hsds", "--out", str(tmp_path / "hsds"), "--lang", "en")
    assert result.exit_code == 1
    assert "the library has problems, nothing exported" in result.stderr
    assert "unknown kind of service point 'bank'" in result.stderr
    assert not (tmp_path / "hsds").exists()


def test_stale_lists_old_rows_by_county(library):
    path = library.library / "resources.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(",2026-11-05,sample", ",2025-03-01,sample").replace(",2026-10-30,", ",2025-06-30,"),
                    encoding="utf-8")
    today = dt.date.today()
    days = (today - dt.date(2025, 7, 1)).days
    result = invoke(library, "stale", "--days", str(days), "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"Honghe Hani and Yi Autonomous Prefecture, Jianshui County (532524): 1 not verified for more than {days} days",
        f"  532524-0001  建水县法律援助中心  last verified 2025-03-01 ({(today - dt.date(2025, 3, 1)).days} days ago)",
        f"Dali Bai Autonomous Prefecture, Dali City (532901): 1 not verified for more than {days} days",
        f"  532901-0002  大理市喜洲镇司法所  last verified 2025-06-30 ({days + 1} days ago)",
    ]
    assert f"2 row(s) in 2 county(ies) not verified for more than {days} days" in result.stderr
    as_json = json.loads(invoke(library, "stale", "--days", str(days), "--county", "532900", "--format", "json").stdout)
    assert as_json == [{"county_code": "532901", "place": "大理白族自治州 大理市", "rows": [
        {"id": "532901-0002", "name": "大理市喜洲镇司法所", "last_verified": "2025-06-30", "days": days + 1}]}]
