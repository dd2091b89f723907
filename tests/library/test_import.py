"""`library import` on the corpus: every bad file refused with its exact problems and the library left
byte-identical; good files (GBK, BOM, merged-header xlsx, xls, markup) imported into exactly these rows."""

from __future__ import annotations

import csv
import io
import os
import shutil

import pytest

from cornerstone.checks import run_checks
from cornerstone.library.importer import import_files

from .conftest import CORPUS, TODAY, incoming, resources

REFUSED = {
    "missing-columns.csv": [
        "incoming/missing-columns.csv:1: error: [syntax] missing column(s): category (类别), services (服务内容), "
        "languages (服务语言)",
    ],
    "empty.csv": ["incoming/empty.csv:1: error: [syntax] the file is empty"],
    "no-header.csv": [
        "incoming/no-header.csv:1: error: [syntax] no header row: none of the first 10 rows names the columns "
        "(名称/name, 类别/category, 服务内容/services, 县区/county …)",
    ],
    "utf16.csv": [
        "incoming/utf16.csv:1: error: [syntax] the text from line 1 on is neither UTF-8 nor GBK/GB18030: "
        "save the file as CSV UTF-8 or .xlsx",
    ],
    "broken.xlsx": [
        "incoming/broken.xlsx:1: error: [syntax] cannot open the workbook (CalamineError: Cannot detect file format): "
        "save it again as .xlsx in Excel or WPS",
    ],
    "notes.txt": [
        "incoming/notes.txt:1: error: [syntax] cannot read .txt files: save the spreadsheet as .xlsx, .xls, .ods "
        "or .csv (CSV UTF-8)",
    ],
    "duplicate-header.csv": [
        "incoming/duplicate-header.csv:1:8: error: [syntax] column 联系电话: says the same as column E (电话), "
        "both phone: delete one of them",
    ],
    "required.csv": [
        "incoming/required.csv:2:1: error: [schema] column 名称: required, must not be empty",
        "incoming/required.csv:3:2: error: [schema] column 类别: required, must not be empty",
        "incoming/required.csv:4:3: error: [schema] column 服务内容: required, must not be empty",
        "incoming/required.csv:4:5: error: [schema] column 服务语言: required, must not be empty",
        "incoming/required.csv:4:6: error: [schema] column 核实日期: required, must not be empty",
        "incoming/required.csv:5:4: error: [schema] column 县区: required, must not be empty",
    ],
    "terms.csv": [
        "incoming/terms.csv:2:2: error: [unknown-reference] column 类别: unknown kind of service point '银行'",
        "incoming/terms.csv:2:3: error: [unknown-reference] column 服务内容: unknown service '存款'",
        "incoming/terms.csv:3:2: error: [unknown-reference] column 类别: unknown kind of service point "
        "'womens-federation'",
        "incoming/terms.csv:3:3: error: [unknown-reference] column 服务内容: unknown service '心理咨询'",
        "incoming/terms.csv:3:5: error: [unknown-reference] column 服务语言: unknown language code '彝文'",
        "incoming/terms.csv:3:5: error: [unknown-reference] column 服务语言: unknown language code 'fr'",
    ],
    "counties.csv": [
        "incoming/counties.csv:2:4: error: [unknown-reference] column 县区: unknown county '某县': give its name "
        "or six-digit code as in site/library/divisions.csv",
        "incoming/counties.csv:3:4: error: [unknown-reference] column 县区: '红河哈尼族彝族自治州' is a prefecture, "
        "not a county: give the county, city or district",
        "incoming/counties.csv:4:5: error: [unknown-reference] column 县区代码: unknown county '530199': give its "
        "name or six-digit code as in site/library/divisions.csv",
        "incoming/counties.csv:5:4: error: [unknown-reference] column 县区: names another county than the county "
        "code 532524 (个旧市 is 532501)",
        "incoming/counties.csv:6:4: error: [unknown-reference] column 县区: 'Yiliang County' names more than one "
        "county (530125, 530628): give the six-digit code",
    ],
    "phones.csv": [
        "incoming/phones.csv:2:5: error: [personal-data] column 电话: '139 8765 4321' is a mobile number: a "
        "private person's number is never published; give an office landline with area code or a public hotline",
        "incoming/phones.csv:3:5: error: [schema] column 电话: '12345678' is not a landline with area code "
        "(0871-12345678) or a public service hotline (12348)",
    ],
    "dates.csv": [
        "incoming/dates.csv:2:6: error: [schema] column 核实日期: '2026-02-30' is not a valid date: write it as "
        "2026-11-20",
        "incoming/dates.csv:3:6: error: [schema] column 核实日期: '上周' is not a valid date: write it as 2026-11-20",
        "incoming/dates.csv:4:6: error: [record-date] column 核实日期: last_verified: 2027-01-05 is in the future",
    ],
    "ids.csv": [
        "incoming/ids.csv:2:1: error: [schema] column 编号: '532524-1' is not a resource id of the form "
        "<county code>-<four digits> (532901-0001); leave it empty for a new service point and one is given",
        "incoming/ids.csv:3:1: error: [schema] column 编号: id 532901-0009 must start with its county code 532524-",
        "incoming/ids.csv:5:1: error: [duplicate-id] column 编号: id 532524-0009 is already used on row 4",
    ],
    "duplicates.csv": [
        "incoming/duplicates.csv:3:2: error: [duplicate-row] column 名称: same name in the same county as row 2: "
        "the service point is listed twice; delete one row or give each its own id",
        "incoming/duplicates.csv:4:2: warning: [likely-duplicate] column 名称: same name in the same county as "
        "row 3 of the library (532524-0001): a likely duplicate; to update that row, give its id 532524-0001",
    ],
    "personal-data.csv": [
        "incoming/personal-data.csv:2:7: error: [personal-data] column 简介: holds a mobile number (13987654321): "
        "publish only an office landline or a public hotline",
    ],
    "formula.csv": [
        "incoming/formula.csv:2:1: error: [formula] column 名称: starts with '=', which Excel and WPS would run as "
        "a formula: remove the leading '='",
        "incoming/formula.csv:2:7: error: [formula] column 简介: starts with '@', which Excel and WPS would run as "
        "a formula: remove the leading '@'",
    ],
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_bad_file_is_refused_with_its_exact_problems_and_the_library_is_untouched(library, name):
    before = resources(library)
    result = import_files(library, incoming(library, name), lang="en", today=TODAY)
    assert [str(p) for p in result.problems] == REFUSED[name]
    assert not result.success and not result.written
    assert resources(library) == before
    assert result.log[-1] == f"{result.summary['errors']} error(s): nothing written, the library is unchanged"
    assert not list(library.library.glob(".resources.csv-*"))  # no temporary file left behind


def test_problems_speak_chinese_with_lang_zh(library):
    result = import_files(library, incoming(library, "required.csv", "missing-columns.csv", "duplicates.csv"),
                          lang="zh", today=TODAY)
    assert [str(p) for p in result.problems] == [
        "incoming/duplicates.csv:3:2: error: [duplicate-row] “名称”列：与第 2 行是同一县区的同名服务点，同一个服务点出现了"
        "两次：删去一行，或分别填写编号",
        "incoming/duplicates.csv:4:2: warning: [likely-duplicate] “名称”列：与资源库第 3 行（532524-0001）是同一县区的同名"
        "服务点，可能重复；如要更新那一条，请填写其编号 532524-0001",
        "incoming/missing-columns.csv:1: error: [syntax] 缺少列：类别、服务内容、服务语言",
        "incoming/required.csv:2:1: error: [schema] “名称”列：必填，不能为空",
        "incoming/required.csv:3:2: error: [schema] “类别”列：必填，不能为空",
        "incoming/required.csv:4:3: error: [schema] “服务内容”列：必填，不能为空",
        "incoming/required.csv:4:5: error: [schema] “服务语言”列：必填，不能为空",
        "incoming/required.csv:4:6: error: [schema] “核实日期”列：必填，不能为空",
        "incoming/required.csv:5:4: error: [schema] “县区”列：必填，不能为空",
    ]
    assert result.log[-1] == "发现 8 个错误，未写入任何内容，资源库保持原样"


HOURS = '"周一至周五 9:00-12:00, 14:30-17:30"'
JIANSHUI_LEGAL_AID_EN = ('"Provides legal aid to eligible residents in matters such as unpaid wages, work injuries, '
                         'support for elderly parents and land contracts, and takes cases referred by village legal '
                         'advisers. A cadre can call 12348 for advice first, then help the person prepare the '
                         'application."')
XIZHOU_EN = ('"Guides village mediation committees, gives legal advice and helps residents apply for legal aid. '
             'When a dispute cannot be settled in the village or a legal question is unclear, a cadre can phone '
             'the judicial office first and then bring the people involved by appointment."')

ACCEPTED = {
    # GBK, Chinese headers, county by name, terms by Chinese name, 、 between values, dates as 2026/11/20 and
    # 2026年11月18日, stray spaces, a blank row; row 3 has no id and matches 建水县法律援助中心 by name.
    "county-gbk.csv": ((2, 1, 0), [
        "532524-0001,建水县法律援助中心,Jianshui County Legal Aid Centre,legal-aid-centre,legal-aid;legal-consultation,"
        "532524,,,建水县公共法律服务中心内,12348,周一至周五 8:30-12:00,zh;ii;hni,经济困难的公民,为符合条件的群众提供法律援助。,"
        f"{JIANSHUI_LEGAL_AID_EN},2026-11-18,建水县司法局",
        "532524-0003,建水县妇女联合会,,womens-federation-office,women-rights;domestic-violence-support;"
        "legal-consultation,532524,,,,12338,周一至周五 9:00-12:00,zh;ii;hni,本县妇女、儿童及其家庭成员,"
        "受理妇女儿童权益投诉和家庭暴力求助。,,2026-11-20,建水县司法局",
        "532524-0004,建水县临安镇司法所,,judicial-office,legal-consultation;dispute-mediation,532524,临安镇,,,12348,,"
        "zh,本镇居民,指导村调委会开展人民调解。,,2026-11-19,建水县司法局",
    ]),
    # UTF-8 with BOM, English headers with stray spaces, an id (an update), blank rows, English term names.
    "county-bom.csv": ((1, 1, 0), [
        "532901-0002,大理市喜洲镇司法所,\"Xizhou Town Judicial Office, Dali City\",judicial-office,"
        f"legal-consultation;dispute-mediation,532901,喜洲镇,,喜洲镇人民政府内,12348,{HOURS},zh;bfs,本镇居民,"
        f"指导村调委会开展人民调解，提供法律咨询。,{XIZHOU_EN},2026-11-21,county-bom.csv",
        "532901-0003,大理市双廊镇人民调解委员会,,mediation-committee,dispute-mediation,532901,,,,,,zh;bfs,,"
        "调解本镇邻里纠纷。,,2026-11-21,county-bom.csv",
    ]),
    # A title merged across the top, headers merged down two rows under a merged group heading, the county
    # merged down two rows, a blank row, Excel dates and numbers, a second sheet of instructions.
    "county-merged.xlsx": ((3, 0, 0), [
        "532524-0003,建水县政务服务中心,,government-service-centre,government-services;assisted-digital-services,"
        "532524,,,,12345,周一至周五 9:00-17:00,zh;ii,,,,2026-11-16,county-merged.xlsx",
        "532524-0004,建水县社会工作服务总站,,social-work-station,case-management;elderly-care,532524,,,,,,zh,,,,"
        "2026-11-16,county-merged.xlsx",
        "532524-0005,建水县残疾人联合会,,disabled-persons-federation,disability-support,532524,,,,,工作日,zh;csl,,,,"
        "2026-11-17,county-merged.xlsx",
    ]),
    "county.xls": ((1, 0, 0), [
        "532901-0003,大理市妇女联合会,,womens-federation-office,women-rights;domestic-violence-support,532901,,,,"
        "12338,,zh;bfs,,,,2026-11-22,county.xls",
    ]),
    # Markup is text: stored exactly as typed.
    "markup.csv": ((1, 0, 0), [
        '532801-0002,"<script>alert(""x"")</script>景洪市妇女联合会",,womens-federation-office,women-rights,532801,'
        ',,,,,zh;khb,,受理<b>家暴</b>求助 & 咨询 </p><img src=x onerror=alert(1)>,,2026-11-20,markup.csv',
    ]),
    # Columns the library has no use for: 序号 and 备注 silently, others with a warning; the row still imports.
    "extra-columns.csv": ((1, 0, 0), [
        "532524-0003,建水县妇女联合会,,womens-federation-office,women-rights,532524,,,,,,zh,,,,2026-11-20,"
        "extra-columns.csv",
    ]),
}


def new_lines(before: bytes, after: bytes) -> list[str]:
    old = set(before.decode("utf-8").splitlines())
    return [line for line in after.decode("utf-8").splitlines() if line not in old]


@pytest.mark.parametrize("name", ACCEPTED)
def test_a_good_file_is_imported_into_exactly_these_rows(library, name):
    (added, updated, unchanged), lines = ACCEPTED[name]
    before = resources(library)
    dry = import_files(library, incoming(library, name), dry_run=True, lang="en", today=TODAY)
    assert dry.success and not dry.written
    assert resources(library) == before, "--dry-run writes nothing"
    assert (dry.summary["added"], dry.summary["updated"], dry.summary["unchanged"]) == (added, updated, unchanged)
    assert dry.log[-1 if not dry.summary["warnings"] else -2] == "dry run: nothing written"

    result = import_files(library, incoming(library, name), lang="en", today=TODAY)
    assert result.success and result.written
    assert [p for p in result.problems if p.severity == "error"] == []
    assert new_lines(before, resources(library)) == lines
    rows = list(csv.DictReader(io.StringIO(resources(library).decode("utf-8"))))
    assert [(r["county_code"], r["id"]) for r in rows] == sorted((r["county_code"], r["id"]) for r in rows)
    assert len(rows) == 6 + added

    again = import_files(library, incoming(library, name), lang="en", today=TODAY)
    after = resources(library)
    assert again.success and not again.written
    assert (again.summary["added"], again.summary["updated"], again.summary["unchanged"]) == (0, 0, added + updated)
    assert resources(library) == after


def test_the_summary_and_the_log_say_what_happened(library):
    result = import_files(library, incoming(library, "county-gbk.csv"), lang="en", today=TODAY)
    assert result.summary["files"] == {"incoming/county-gbk.csv": {"added": 2, "updated": 1, "unchanged": 0}}
    assert result.log == [
        "reading incoming/county-gbk.csv",
        "header on row 1",
        "added 532524-0003 建水县妇女联合会 (row 2 of incoming/county-gbk.csv)",
        "updated 532524-0001 建水县法律援助中心 (row 3 of incoming/county-gbk.csv)",
        "added 532524-0004 建水县临安镇司法所 (row 5 of incoming/county-gbk.csv)",
        "incoming/county-gbk.csv: 2 added, 1 updated, 0 unchanged",
        "wrote site/library/resources.csv (8 rows)",
    ]


def test_unknown_columns_are_warned_about_on_the_header_row(library):
    result = import_files(library, incoming(library, "extra-columns.csv"), lang="en", today=TODAY)
    assert [str(p) for p in result.problems] == [
        "incoming/extra-columns.csv:1:8: warning: [unknown-column] column 负责人: is not a column of the library: "
        "its values are not imported",
        "incoming/extra-columns.csv:1:9: warning: [unknown-column] column I has no header: its values are not imported",
    ]
    assert result.success


def test_several_files_at_once_and_what_import_accepts_check_accepts(library):
    before = resources(library)
    files = incoming(library, "county-gbk.csv", "county-merged.xlsx", "county-bom.csv", "county.xls")
    result = import_files(library, files, lang="en", today=TODAY)
    assert result.success, [str(p) for p in result.problems]
    # The GBK file and the workbook both add to 建水县: ids follow the order of the files.
    assert [line.split(",")[0] for line in new_lines(before, resources(library))] == [
        "532524-0001", "532524-0003", "532524-0004", "532524-0005", "532524-0006", "532524-0007",
        "532901-0002", "532901-0003", "532901-0004"]
    checked = run_checks(library)
    assert [str(p) for p in checked.problems if "resources.csv" in p.path] == []


def test_the_same_id_in_two_files_is_a_duplicate_across_files(library):
    (first,) = incoming(library, "county-bom.csv")
    copy = first.with_name("again.csv")
    shutil.copy(first, copy)
    result = import_files(library, [first, copy], lang="en", today=TODAY)
    assert [str(p) for p in result.problems] == [
        "incoming/again.csv:2:1: error: [duplicate-id] column ID: id 532901-0002 is already used on row 2 of "
        "incoming/county-bom.csv",
        "incoming/again.csv:4:2: error: [duplicate-row] column Name: same name in the same county as row 4 of "
        "incoming/county-bom.csv: the service point is listed twice; delete one row or give each its own id",
    ]


def test_a_broken_library_is_never_rewritten(library):
    path = library.library / "resources.csv"
    path.write_bytes(resources(library) + b"532901-0009,broken\n")
    before = resources(library)
    result = import_files(library, incoming(library, "county.xls"), lang="en", today=TODAY)
    assert not result.success
    assert [str(p) for p in result.problems] == [
        "site/library/resources.csv:8: error: [syntax] the library itself has a problem; fix it first (cornerstone "
        "check): row 8 has 2 cells but the header names 17 columns (the file may be cut short, or a comma is "
        "missing)"]
    assert resources(library) == before


def test_a_failed_write_leaves_the_old_library_and_no_temporary_file(library, monkeypatch):
    before = resources(library)

    def fail(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        import_files(library, incoming(library, "county.xls"), lang="en", today=TODAY)
    assert resources(library) == before
    assert sorted(p.name for p in library.library.iterdir() if p.name.startswith(".")) == []


def test_the_corpus_files_are_what_their_names_say():
    assert (CORPUS / "county-bom.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    raw = (CORPUS / "county-gbk.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "建水县妇女联合会" in raw.decode("gbk")
    assert (CORPUS / "county.xls").read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # an OLE2 (BIFF) workbook
