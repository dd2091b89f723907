"""The pieces of an import on their own: headers in Chinese or English, the header row of a messy sheet,
cells turned into the library's values, and names compared as a county officer would."""

from __future__ import annotations

import pytest

from cornerstone.content.models import normalise_name
from cornerstone.library.headers import COUNTY, IGNORED, column_letter, find_header, match_header
from cornerstone.library.messages import default_lang
from cornerstone.library.read import cell_text, decode, read_sheet
from cornerstone.library.stale import stale_resources
from cornerstone.library.store import load_library
from cornerstone.library.values import Vocabulary, normalise_date, split_values

from .conftest import CORPUS, TODAY


@pytest.mark.parametrize(("header", "field"), [
    ("名称", "name"), ("名 称", "name"), ("名称*", "name"), ("名称（必填）", "name"), ("Name", "name"),
    (" NAME_EN ", "name_en"), ("英文名称", "name_en"), ("县区", COUNTY), ("县（市、区）", COUNTY),
    ("县区代码", "county_code"), ("County code", "county_code"), ("服务内容", "services"), ("联系电话", "phone"),
    ("服务时间 ", "hours"), ("核实日期", "last_verified"), ("Last verified", "last_verified"), ("序号", IGNORED),
    ("备注", IGNORED), ("负责人", None), ("", None),
])
def test_headers_in_chinese_or_english(header, field):
    assert match_header(header) == field


def test_the_header_is_found_below_a_title_and_under_a_merged_group_heading():
    rows = [["建水县服务点登记表", "", "", ""],
            ["名称", "类别", "联系方式", ""],
            ["", "", "电话", "服务时间"],
            ["建水县妇女联合会", "妇女联合会", "12338", ""]]
    header = find_header(rows)
    assert header.rows == [1, 2]
    assert [(c.letter, c.header, c.field) for c in header.columns] == [
        ("A", "名称", "name"), ("B", "类别", "category"), ("C", "电话", "phone"), ("D", "服务时间", "hours")]
    assert find_header([["建水县妇女联合会", "12338"]]) is None


def test_column_letters():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_a_workbook_with_merged_cells_reads_as_excel_shows_it():
    sheet = read_sheet(CORPUS / "county-merged.xlsx")
    assert sheet.name == "服务点"
    assert sheet.header.rows == [2]  # row 3: the lower header row names every column
    assert sheet.rows[4][:5] == ["建水县社会工作服务总站", "乡镇（街道）社会工作服务站", "个案管理、养老服务", "建水县", ""]
    assert sheet.rows[5] == [""] * 8  # the blank row 6 keeps its place
    assert sheet.rows[3][4] == "12345" and sheet.rows[3][7] == "2026-11-16"


def test_cells_and_encodings():
    assert [cell_text(v) for v in (None, 12348.0, 1.5, "  a\u3000", float("nan"))] == ["", "12348", "1.5", "a", ""]
    assert decode("名称".encode("gbk")) == "名称"
    assert decode("\ufeff名称".encode()) == "名称"


@pytest.mark.parametrize(("text", "iso"), [
    ("2026-11-20", "2026-11-20"), ("2026/11/2", "2026-11-02"), ("2026.11.20", "2026-11-20"),
    ("2026年11月20日", "2026-11-20"), ("20261120", "2026-11-20"), ("2026-11-20 00:00:00", "2026-11-20"),
    ("上周", "上周"),
])
def test_dates_as_people_write_them(text, iso):
    assert normalise_date(text) == iso


def test_several_values_in_one_cell():
    assert split_values("汉语、彝语;hni； bfs ,lis，nxq/bo") == ["汉语", "彝语", "hni", "bfs", "lis", "nxq", "bo"]


def test_terms_and_counties_by_name_or_code(repo):
    vocabulary = Vocabulary.of(load_library(repo))
    assert vocabulary.term("org", "司法所") == "judicial-office"
    assert vocabulary.term("org", "公共法律服务工作站") == "public-legal-service-station"  # without （室）
    assert vocabulary.term("language", "傣仂语") == "khb"
    assert vocabulary.term("service", "Legal advice") == "legal-consultation"
    assert vocabulary.county("大理市") == ("532901", None, {})
    assert vocabulary.county("532524") == ("532524", None, {})
    assert vocabulary.county("Jianshui County") == ("532524", None, {})
    assert vocabulary.county("大理白族自治州")[1] == "not-a-county"


def test_names_match_whatever_the_spaces_width_and_case():
    assert normalise_name("大理市 法律援助中心") == normalise_name("大理市法律援助中心")
    assert normalise_name("Dali  Legal-Aid") == normalise_name("dali legal aid")
    assert normalise_name("喜洲镇（司法所）") == normalise_name("喜洲镇司法所")
    assert normalise_name("喜洲镇司法所") != normalise_name("湾桥镇司法所")


def test_default_language_follows_the_locale():
    assert default_lang({"LANG": "en_US.UTF-8"}) == "en"
    assert default_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert default_lang({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert default_lang({"LANG": "C.UTF-8"}) == "zh"
    assert default_lang({}) == "zh"


def test_stale_rows_by_county_oldest_first(library):
    report = stale_resources(library, days=20, today=TODAY, lang="zh")
    assert [(c.code, [r.id for r in c.rows]) for c in report.counties] == [
        ("530128", ["530128-0001"]), ("532524", ["532524-0002", "532524-0001"]), ("532901", ["532901-0002"])]
    assert report.lines("zh")[:4] == [
        "昆明市 禄劝彝族苗族自治县（530128）：1 条超过 20 天未核实",
        "  530128-0001  禄劝彝族苗族自治县妇女联合会  最近核实 2026-10-28（29 天前）",
        "红河哈尼族彝族自治州 建水县（532524）：2 条超过 20 天未核实",
        "  532524-0002  建水县医疗纠纷人民调解委员会  最近核实 2026-05-31（179 天前）",
    ]
    assert report.summary("en") == "4 row(s) in 3 county(ies) not verified for more than 20 days (today is 2026-11-26)"
    assert [c.code for c in stale_resources(library, days=20, today=TODAY, county="532500").counties] == ["532524"]
    assert stale_resources(library, today=TODAY).counties == []
