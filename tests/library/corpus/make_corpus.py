"""Writes the corpus files that are not plain UTF-8 text: GBK and BOM CSV, UTF-16 text, workbooks.

Run it from the repository (`.venv/bin/python tests/library/corpus/make_corpus.py`) after changing one of
them; the files it writes are committed. `county.xls` needs xlwt, which is not a project dependency
(`pip install --target /tmp/xlwt xlwt` and PYTHONPATH=/tmp/xlwt); without it that file is left as it is.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent

GBK_ROWS = """\
名称,类别,服务内容,县区,乡镇,电话,服务时间,服务语言,服务对象,简介,核实日期,来源
建水县妇女联合会,妇女联合会,妇女权益保障、反家暴支持、法律咨询,建水县,,12338,周一至周五 9:00-12:00,汉语、彝语、哈尼语,本县妇女、儿童及其家庭成员,受理妇女儿童权益投诉和家庭暴力求助。,2026/11/20,建水县司法局
 建水县法律援助中心 ,法律援助中心,法律援助;法律咨询, 建水县 ,,12348,周一至周五 8:30-12:00,zh;ii;hni,经济困难的公民,为符合条件的群众提供法律援助。,2026年11月18日,建水县司法局
,,,,,,,,,,,
建水县临安镇司法所,司法所,法律咨询、纠纷调解,建水县,临安镇,12348,,汉语,本镇居民,指导村调委会开展人民调解。,2026-11-19,建水县司法局
"""

BOM_ROWS = """\
 ID , Name ,Category,Services,County code,Phone,Languages,Last verified,Description
532901-0002,大理市喜洲镇司法所,judicial-office,legal-consultation;dispute-mediation,532901,12348,zh;bfs,2026-11-21,指导村调委会开展人民调解，提供法律咨询。

,大理市双廊镇人民调解委员会 ,People's mediation committee,Dispute mediation,532901, ,zh; bfs ,2026-11-21,调解本镇邻里纠纷。
"""


def write_gbk() -> None:
    (HERE / "county-gbk.csv").write_bytes(GBK_ROWS.replace("\n", "\r\n").encode("gbk"))


def write_bom() -> None:
    (HERE / "county-bom.csv").write_bytes(BOM_ROWS.encode("utf-8-sig"))


def write_utf16() -> None:
    """Excel's "Unicode text": UTF-16, which the import does not read."""
    (HERE / "utf16.csv").write_bytes("名称,类别\r\n测试,司法所\r\n".encode("utf-16"))


def write_merged_xlsx() -> None:
    """A title merged across the top, a two-row header under a merged group heading, headers merged
    down two rows, a county merged down two data rows, a blank row, dates and numbers as Excel keeps them."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "服务点"
    sheet["A1"] = "建水县基层服务资源登记表（2026年11月）"
    sheet.merge_cells("A1:H1")
    for column, header in zip("ABCDGH", ("名称", "类别", "服务内容", "县区", "服务语言", "核实日期"), strict=True):
        sheet[f"{column}2"] = header
        sheet.merge_cells(f"{column}2:{column}3")
    sheet["E2"] = "联系方式"
    sheet.merge_cells("E2:F2")
    sheet["E3"] = "电话"
    sheet["F3"] = "服务时间 "
    rows = {
        4: ("建水县政务服务中心", "政务（便民）服务中心", "政务服务、数字服务帮办代办", "建水县", 12345,
            "周一至周五 9:00-17:00", "汉语、彝语", dt.datetime(2026, 11, 16)),
        5: ("建水县社会工作服务总站", "乡镇（街道）社会工作服务站", "个案管理、养老服务", None, None, None, "汉语",
            dt.datetime(2026, 11, 16)),
        7: ("  建水县残疾人联合会", "残疾人联合会", "助残服务", "532524", None, "工作日", "汉语；中国手语",
            "2026.11.17"),
    }
    for number, values in rows.items():
        for column, value in zip("ABCDEFGH", values, strict=True):
            if value is not None:
                sheet[f"{column}{number}"] = value
    sheet.merge_cells("D4:D5")
    sheet["H4"].number_format = "yyyy/m/d"
    book.create_sheet("填表说明")["A1"] = "每个服务点填一行。"
    book.save(HERE / "county-merged.xlsx")


def write_xls() -> None:
    try:
        import xlwt
    except ImportError:
        return
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Sheet1")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for column, header in enumerate(("名称", "类别", "服务内容", "县区代码", "电话", "服务语言", "核实日期")):
        sheet.write(0, column, header)
    sheet.write(1, 0, "大理市妇女联合会")
    sheet.write(1, 1, "womens-federation-office")
    sheet.write(1, 2, "women-rights;domestic-violence-support")
    sheet.write(1, 3, 532901)
    sheet.write(1, 4, 12338)
    sheet.write(1, 5, "zh;bfs")
    sheet.write(1, 6, dt.datetime(2026, 11, 22), dates)
    book.save(str(HERE / "county.xls"))


def write_broken_xlsx() -> None:
    (HERE / "broken.xlsx").write_text("这不是一个工作簿\n", encoding="utf-8")


if __name__ == "__main__":
    for make in (write_gbk, write_bom, write_utf16, write_merged_xlsx, write_xls, write_broken_xlsx):
        make()
