"""ResourceFinder: service points filtered by place, service and language, shown as cards with a count."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import widgets
from widgets.resources import ResourceFinder

from .support import WIDGET_VIEW, visible

ROOT = Path(__file__).resolve().parents[2]
COLUMNS = ("id,name,name_en,category,services,county_code,township,village,address,phone,hours,languages,"
           "eligibility,description,description_en,last_verified,source").split(",")


def row(ident: str, name: str, services: str, languages: str, **values: str) -> dict:
    found = dict.fromkeys(COLUMNS, "")
    found.update(id=ident, name=name, services=services, county_code=ident[:6], languages=languages,
                 last_verified="2026-11-20", source="sample")
    found.update(values)
    return found


ROWS = [
    row("530102-0001", "五华区法律援助中心", "legal-aid;legal-consultation", "zh", name_en="Wuhua Legal Aid Centre",
        phone="12348", description="受理法律援助申请。", description_en="Takes legal-aid applications."),
    row("532901-0001", "大理市法律援助中心", "legal-aid;legal-consultation", "zh;bfs", name_en="Dali Legal Aid Centre",
        phone="12348", hours="周一至周五", address="公共法律服务中心内", source="county-justice-bureau"),
    row("532901-0002", "喜洲镇<司法所> & 调委会", "dispute-mediation", "zh;bfs", township="喜洲镇"),
    row("532923-0001", "祥云县老人调解会", "dispute-mediation;elderly-care", "zh", name_en="Xiangyun elders' council"),
]
TAXONOMY = pd.DataFrame([
    ("legal-aid", "service", "法律援助", "Legal aid", ""),
    ("legal-consultation", "service", "法律咨询", "Legal advice", ""),
    ("dispute-mediation", "service", "纠纷调解", "Dispute mediation", ""),
    ("elderly-care", "service", "养老服务", "Elderly care", ""),
    ("zh", "language", "汉语", "Chinese", ""),
    ("bfs", "language", "白语", "Bai", ""),
    ("ii", "language", "彝语", "Yi", ""),
], columns=["id", "facet", "zh", "en", "parent"])
DIVISIONS = pd.DataFrame([
    ("530000", "province", "", "云南省", "Yunnan Province"),
    ("530100", "prefecture", "530000", "昆明市", "Kunming City"),
    ("530102", "county", "530100", "五华区", "Wuhua District"),
    ("532900", "prefecture", "530000", "大理白族自治州", "Dali Bai Autonomous Prefecture"),
    ("532901", "county", "532900", "大理市", "Dali City"),
    ("532923", "county", "532900", "祥云县", "Xiangyun County"),
    ("532924", "county", "532900", "宾川县", "Binchuan County"),
], columns=["code", "level", "parent_code", "name", "name_en"])


@pytest.fixture(autouse=True)
def _no_repository(monkeypatch, tmp_path):
    """Unless a test says otherwise, there is no repository to read: everything comes from the test."""
    monkeypatch.setenv("CORNERSTONE_ROOT", str(tmp_path / "nowhere"))


def finder(rows: list[dict] = ROWS, **options) -> ResourceFinder:
    return ResourceFinder(data=pd.DataFrame(rows), taxonomy=TAXONOMY, divisions=DIVISIONS, **options)


def cards(widget: ResourceFinder) -> list[str]:
    return [part.split("</h4>")[0] for part in widget.cards.value.split("<h4>")[1:]]


def test_drop_downs_group_counties_by_prefecture_with_all_first():
    rf = finder()
    assert rf.place.options == (("全部地区", ""), ("昆明市 · 五华区", "530102"), ("大理白族自治州 · 全部", "532900"),
                                ("大理白族自治州 · 大理市", "532901"), ("大理白族自治州 · 祥云县", "532923"))
    assert rf.service.options == (("全部服务", ""), ("法律援助", "legal-aid"), ("法律咨询", "legal-consultation"),
                                  ("纠纷调解", "dispute-mediation"), ("养老服务", "elderly-care"))
    assert rf.language.options == (("全部语言", ""), ("汉语", "zh"), ("白语", "bfs"))
    assert [d.description for d in (rf.place, rf.service, rf.language)] == ["地区", "服务", "语言"]
    assert rf.children == (rf.style_sheet, rf.heading, rf.place, rf.service, rf.language, rf.count, rf.cards)


def test_everything_at_first():
    rf = finder()
    assert rf.count.value == ('<div role="status" aria-live="polite"><p class="cs-count"><strong>找到 4 个服务点</strong>'
                              "（全部地区；全部服务；全部语言）</p></div>")
    assert cards(rf) == ["五华区法律援助中心", "大理市法律援助中心", "喜洲镇&lt;司法所&gt; &amp; 调委会", "祥云县老人调解会"]


def test_filters_by_county_prefecture_service_and_language():
    rf = finder(county="532901")
    assert visible(rf.count.value) == "找到 2 个服务点（大理白族自治州 · 大理市；全部服务；全部语言）"
    rf.service.value = "dispute-mediation"
    assert visible(rf.count.value) == "找到 1 个服务点（大理白族自治州 · 大理市；纠纷调解；全部语言）"
    assert cards(rf) == ["喜洲镇&lt;司法所&gt; &amp; 调委会"]
    rf.place.value = "532900"
    assert cards(rf) == ["喜洲镇&lt;司法所&gt; &amp; 调委会", "祥云县老人调解会"]
    rf.language.value = "bfs"
    assert [r["id"] for r in rf.matches] == ["532901-0002"]
    rf.service.value = ""
    rf.place.value = ""
    assert [r["id"] for r in rf.matches] == ["532901-0001", "532901-0002"]


def test_nothing_found_says_so_and_suggests_the_hotline():
    rf = finder(county="532901", service="elderly-care")
    assert rf.cards.value == ""
    assert visible(rf.count.value) == ("找到 0 个服务点（大理白族自治州 · 大理市；养老服务；全部语言） "
                                       "可以换一个地区、服务或语言再找，或拨打 12348 公共法律服务热线问一问。")


def test_a_county_without_services_can_still_be_chosen():
    rf = finder(county="532924", language="ii")
    assert ("大理白族自治州 · 宾川县", "532924") in rf.place.options
    assert ("彝语", "ii") in rf.language.options
    assert rf.matches == []


def test_card_shows_services_languages_place_phone_hours_and_date_with_the_sample_mark():
    rf = finder(county="532901")
    first, second = rf.cards.value.split("<h4>")[1:]
    assert visible("<h4>" + first) == ("大理市法律援助中心 服务 法律援助、法律咨询 语言 汉语、白语 地点 大理白族自治州 · 大理市 · "
                              "公共法律服务中心内 电话 12348 办公时间 周一至周五 核实日期 2026-11-20")
    assert '<a href="tel:12348">12348</a>' in first
    assert "示例，未核实" not in first  # source is a county bureau, not "sample"
    assert '<p><span class="cs-sample">示例，未核实</span></p>' in second
    assert "<dd>大理白族自治州 · 大理市 · 喜洲镇</dd>" in second


def test_english_names_descriptions_and_labels():
    widgets.setup("en")
    rf = finder(county="530102")
    assert visible(rf.count.value) == "1 service found (Kunming City · Wuhua District; All services; All languages)"
    assert visible(rf.cards.value) == ("Wuhua Legal Aid Centre sample, unverified Takes legal-aid applications. "
                                       "Services Legal aid, Legal advice Languages Chinese Where Kunming City · "
                                       "Wuhua District Phone 12348 Last checked 2026-11-20")
    rf.place.value = "532901"
    assert visible(rf.count.value).startswith("2 services found (Dali Bai Autonomous Prefecture · Dali City;")
    assert cards(rf) == ["Dali Legal Aid Centre", "喜洲镇&lt;司法所&gt; &amp; 调委会"]  # no name_en: the Chinese name


def test_at_most_twenty_cards():
    rows = [row(f"532901-{n:04d}", f"服务点 {n}", "legal-aid", "zh") for n in range(1, 26)]
    rf = finder(rows)
    assert visible(rf.count.value) == "找到 25 个服务点，下面列出前 20 个（全部地区；全部服务；全部语言）"
    assert len(cards(rf)) == 20 and len(rf.matches) == 25


def test_static_form_and_bundle():
    rf = finder(county="532901")
    page = rf.static_html()
    assert page.startswith('<section class="cs-widget cs-resources"><h3>找服务点</h3><p class="cs-count">')
    assert page.count('<li class="cs-card"') == 2
    assert "<select" not in page and "<script" not in page and "http" not in page
    bundle = rf._repr_mimebundle_()
    assert WIDGET_VIEW in bundle and bundle["text/html"] == page


def test_resource_text_is_escaped():
    evil = "<script>x()</script>"
    rf = finder([row("532901-0001", evil, "legal-aid", "zh", description=evil, hours=evil, phone=evil,
                     address=evil, eligibility=evil)])
    for markup in (rf.cards.value, rf.static_html()):
        assert "<script>" not in markup
        assert markup.count("&lt;script&gt;x()&lt;/script&gt;") == 6


def test_without_vocabularies_ids_and_codes_are_shown():
    rf = ResourceFinder(data=pd.DataFrame(ROWS[:1]))
    assert rf.place.options == (("全部地区", ""), ("530102", "530102"))
    assert rf.service.options[1] == ("legal-aid", "legal-aid")


@pytest.mark.parametrize(("options", "message"), [
    ({"county": "999999"}, "ResourceFinder: county '999999' is not a county code in the library"),
    ({"service": "legal-aide"}, "ResourceFinder: service 'legal-aide' is not a service id in the library's taxonomy; "
                                "write one of 'legal-aid', 'legal-consultation', 'dispute-mediation', 'elderly-care'"),
    ({"language": "Bai"}, "language 'Bai' is not a language id"),
])
def test_unknown_filters(options, message):
    with pytest.raises(ValueError) as error:
        finder(**options)
    assert message in str(error.value)


def test_a_table_without_a_needed_column():
    frame = pd.DataFrame(ROWS).drop(columns=["county_code"])
    with pytest.raises(ValueError, match="the resources table \\(data=\\) has no column 'county_code'"):
        ResourceFinder(data=frame)


def test_no_repository_and_no_data(monkeypatch, tmp_path):
    monkeypatch.delenv("CORNERSTONE_ROOT")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="set CORNERSTONE_ROOT, or pass data="):
        ResourceFinder()


def real_rows() -> list[dict]:
    with (ROOT / "site" / "library" / "resources.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_reads_the_repositorys_library_from_cornerstone_root(monkeypatch):
    monkeypatch.setenv("CORNERSTONE_ROOT", str(ROOT))
    rf = ResourceFinder(county="532901")
    expected = [r for r in real_rows() if r["county_code"] == "532901"]
    assert expected, "the sample library should list Dali City"
    assert [r["id"] for r in rf.matches] == [r["id"] for r in expected]
    assert rf.place.label == "大理白族自治州 · 大理市"
    assert visible(rf.count.value).startswith(f"找到 {len(expected)} 个服务点（大理白族自治州 · 大理市")
    samples = sum(r["source"] == "sample" for r in expected)
    assert rf.cards.value.count('<span class="cs-sample">示例，未核实</span>') == samples


def test_finds_the_repository_from_a_case_folder(monkeypatch):
    monkeypatch.delenv("CORNERSTONE_ROOT")
    monkeypatch.chdir(ROOT / "casebook")
    rf = ResourceFinder(lang="en")
    assert len(rf.matches) == len(real_rows())
    assert rf.place.options[0] == ("All places", "")
