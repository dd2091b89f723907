"""Every text the library commands show, in Chinese and English (one catalogue, looked up by key).

`check` uses the English texts of the row rules it shares with `library import`, so the two say the
same thing about the same row.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

Lang = Literal["zh", "en"]

MESSAGES: dict[str, dict[str, str]] = {
    # -- a file as a whole
    "unknown-extension": {
        "zh": "无法读取 {suffix} 文件：请另存为 .xlsx、.xls、.ods 或 .csv（CSV UTF-8）",
        "en": "cannot read {suffix} files: save the spreadsheet as .xlsx, .xls, .ods or .csv (CSV UTF-8)",
    },
    "unreadable-workbook": {
        "zh": "无法打开这个工作簿（{error}）：请在 Excel 或 WPS 中重新另存为 .xlsx",
        "en": "cannot open the workbook ({error}): save it again as .xlsx in Excel or WPS",
    },
    "encoding": {
        "zh": "第 {at} 行起的文字既不是 UTF-8 也不是 GBK/GB18030 编码：请另存为“CSV UTF-8”或 .xlsx",
        "en": "the text from line {at} on is neither UTF-8 nor GBK/GB18030: save the file as CSV UTF-8 or .xlsx",
    },
    "csv-broken": {
        "zh": "CSV 格式有误：{error}",
        "en": "broken CSV: {error}",
    },
    "empty-file": {
        "zh": "文件是空的",
        "en": "the file is empty",
    },
    "no-header": {
        "zh": "找不到表头：前 {rows} 行中没有一行写明各列名称（名称、类别、服务内容、县区……）",
        "en": "no header row: none of the first {rows} rows names the columns (名称/name, 类别/category, "
              "服务内容/services, 县区/county …)",
    },
    "missing-columns": {
        "zh": "缺少列：{columns}",
        "en": "missing column(s): {columns}",
    },
    "column-twice": {
        "zh": "与第 {other} 列“{other_header}”是同一项（{field}），请删去其中一列",
        "en": "says the same as column {other} ({other_header}), both {field}: delete one of them",
    },
    "unknown-column": {
        "zh": "不是资源库的列，这一列的内容不会导入",
        "en": "is not a column of the library: its values are not imported",
    },
    "no-header-column": {
        "zh": "第 {letter} 列没有列名，这一列的内容不会导入",
        "en": "column {letter} has no header: its values are not imported",
    },
    "library-broken": {
        "zh": "资源库本身有错误，先运行 cornerstone check 修正后再导入：{message}",
        "en": "the library itself has a problem; fix it first (cornerstone check): {message}",
    },
    # -- a cell
    "required": {
        "zh": "必填，不能为空",
        "en": "required, must not be empty",
    },
    "unknown-county": {
        "zh": "未知的县区“{value}”：请填写 site/library/divisions.csv 中的县区名称或六位代码",
        "en": "unknown county {value!r}: give its name or six-digit code as in site/library/divisions.csv",
    },
    "not-a-county": {
        "zh": "“{value}”是州（市）而不是县区：请填写具体的县、市或区",
        "en": "{value!r} is a prefecture, not a county: give the county, city or district",
    },
    "ambiguous-county": {
        "zh": "“{value}”对应不止一个县区（{codes}）：请填写六位代码",
        "en": "{value!r} names more than one county ({codes}): give the six-digit code",
    },
    "county-mismatch": {
        "zh": "与县区代码 {code} 不是同一个县区（{value} 是 {other}）",
        "en": "names another county than the county code {code} ({value} is {other})",
    },
    "unknown-county-code": {
        "zh": "未知的县区代码“{value}”",
        "en": "unknown county code {value!r}",
    },
    "unknown-org": {
        "zh": "未知的服务点类别“{value}”（类别见 site/library/taxonomy.csv 的 org 项）",
        "en": "unknown kind of service point {value!r}",
    },
    "unknown-service": {
        "zh": "未知的服务“{value}”（服务见 site/library/taxonomy.csv 的 service 项）",
        "en": "unknown service {value!r}",
    },
    "unknown-language": {
        "zh": "未知的语言“{value}”（语言见 site/library/taxonomy.csv 的 language 项）",
        "en": "unknown language code {value!r}",
    },
    "id-pattern": {
        "zh": "“{value}”不是资源编号：编号的格式是“县区代码-四位数字”（如 532901-0001）；新增的服务点请留空，系统会自动编号",
        "en": "{value!r} is not a resource id of the form <county code>-<four digits> (532901-0001); leave it "
              "empty for a new service point and one is given",
    },
    "id-county": {
        "zh": "编号 {value} 与县区代码 {county} 不符：编号应以 {county}- 开头",
        "en": "id {value} must start with its county code {county}-",
    },
    "id-full": {
        "zh": "{county} 的编号已用到 9999，无法再分配新编号",
        "en": "the ids of county {county} are used up to 9999: no new id can be given",
    },
    "date": {
        "zh": "“{value}”不是有效日期：请写成 2026-11-20",
        "en": "{value!r} is not a valid date: write it as 2026-11-20",
    },
    "date-future": {
        "zh": "核实日期 {value} 晚于今天",
        "en": "last_verified: {value} is in the future",
    },
    "phone-mobile": {
        "zh": "“{value}”是手机号码：资源库公开发布，不收录个人手机号，请填写办公座机（带区号）或公共服务热线",
        "en": "{value!r} is a mobile number: a private person's number is never published; give an office "
              "landline with area code or a public hotline",
    },
    "phone-invalid": {
        "zh": "“{value}”不是带区号的座机号码（如 0871-12345678）或公共服务热线（如 12348）",
        "en": "{value!r} is not a landline with area code (0871-12345678) or a public service hotline (12348)",
    },
    "formula": {
        "zh": "以“{first}”开头，Excel 和 WPS 会把它当作公式执行：请删去开头的“{first}”",
        "en": "starts with {first!r}, which Excel and WPS would run as a formula: remove the leading {first!r}",
    },
    "personal-resident-id": {
        "zh": "含有身份证号码：公开的资源库不能出现个人信息",
        "en": "holds a resident ID number: no personal data in a public directory",
    },
    "personal-mobile": {
        "zh": "含有手机号码“{match}”：只能公开办公座机或公共服务热线",
        "en": "holds a mobile number ({match}): publish only an office landline or a public hotline",
    },
    "personal-email": {
        "zh": "含有个人电子邮箱“{match}”：只能公开机构邮箱",
        "en": "holds a private e-mail address ({match}): publish only an institution's address",
    },
    "duplicate-id": {
        "zh": "编号 {value} 已在{where}使用",
        "en": "id {value} is already used on {where}",
    },
    "duplicate-row": {
        "zh": "与{where}是同一县区的同名服务点，同一个服务点出现了两次：删去一行，或分别填写编号",
        "en": "same name in the same county as {where}: the service point is listed twice; delete one row "
              "or give each its own id",
    },
    "ambiguous-name": {
        "zh": "资源库中本县区有多个同名服务点（{ids}）：请填写要更新的那一个的编号",
        "en": "the library holds several service points of this name in this county ({ids}): give the id "
              "of the one to update",
    },
    "likely-duplicate": {
        "zh": "与{where}（{other}）是同一县区的同名服务点，可能重复；如要更新那一条，请填写其编号 {other}",
        "en": "same name in the same county as {where} ({other}): a likely duplicate; to update that row, "
              "give its id {other}",
    },
    "likely-duplicate-row": {
        "zh": "与第 {row} 行（{other}）是同一县区的同名服务点，可能重复",
        "en": "same name in the same county as row {row} ({other}): a likely duplicate",
    },
    "schema": {
        "zh": "{message}",
        "en": "{message}",
    },
    # -- where
    "row": {"zh": "第 {row} 行", "en": "row {row}"},
    "row-of": {"zh": "{file} 第 {row} 行", "en": "row {row} of {file}"},
    "library-row": {"zh": "资源库第 {row} 行", "en": "row {row} of the library"},
    "cell": {"zh": "“{header}”列：{text}", "en": "column {header}: {text}"},
    "column-letter": {"zh": "第 {letter} 列", "en": "column {letter}"},
    # -- log and summary
    "reading": {"zh": "读取 {file}", "en": "reading {file}"},
    "reading-sheet": {"zh": "读取 {file} 的工作表“{sheet}”", "en": "reading sheet {sheet!r} of {file}"},
    "header-at": {"zh": "表头在第 {rows} 行", "en": "header on row {rows}"},
    "added": {"zh": "新增 {id} {name}（{where}）", "en": "added {id} {name} ({where})"},
    "updated": {"zh": "更新 {id} {name}（{where}）", "en": "updated {id} {name} ({where})"},
    "file-summary": {
        "zh": "{file}：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条",
        "en": "{file}: {added} added, {updated} updated, {unchanged} unchanged",
    },
    "written": {"zh": "已写入 {path}（共 {rows} 条）", "en": "wrote {path} ({rows} rows)"},
    "nothing-to-write": {"zh": "没有变化，{path} 保持原样", "en": "nothing changed: {path} is left as it was"},
    "dry-run": {"zh": "试运行：未写入任何文件", "en": "dry run: nothing written"},
    "refused": {
        "zh": "发现 {errors} 个错误，未写入任何内容，资源库保持原样",
        "en": "{errors} error(s): nothing written, the library is unchanged",
    },
    "warnings": {"zh": "{warnings} 个警告", "en": "{warnings} warning(s)"},
    # -- stale
    "stale-county": {
        "zh": "{place}（{code}）：{count} 条超过 {days} 天未核实",
        "en": "{place} ({code}): {count} not verified for more than {days} days",
    },
    "stale-row": {
        "zh": "{id}  {name}  最近核实 {date}（{age} 天前）",
        "en": "{id}  {name}  last verified {date} ({age} days ago)",
    },
    "stale-summary": {
        "zh": "共 {count} 条、{counties} 个县区超过 {days} 天未核实（今天是 {today}）",
        "en": "{count} row(s) in {counties} county(ies) not verified for more than {days} days (today is {today})",
    },
    # -- export
    "exported": {"zh": "已导出 {path}", "en": "exported {path}"},
    "export-refused": {
        "zh": "资源库有错误，未导出：{message}（运行 cornerstone check 查看）",
        "en": "the library has problems, nothing exported: {message} (run cornerstone check)",
    },
}

# The columns as a county's spreadsheet names them (for messages and the README).
COLUMN_NAMES_ZH = {
    "id": "编号", "name": "名称", "name_en": "英文名称", "category": "类别", "services": "服务内容",
    "county_code": "县区代码", "county": "县区", "township": "乡镇", "village": "村", "address": "地址",
    "phone": "电话", "hours": "服务时间", "languages": "服务语言", "eligibility": "服务对象",
    "description": "简介", "description_en": "英文简介", "last_verified": "核实日期", "source": "来源",
}


def default_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """English when the locale (LC_ALL, LC_MESSAGES, LANG) starts with `en`, else Chinese."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def say(key: str, lang: Lang = "en", **args: object) -> str:
    """The message `key` in `lang`, filled in with `args`."""
    return MESSAGES[key][lang].format(**args)


def column_label(field: str, lang: Lang) -> str:
    """How a message names a library column the file does not have: 类别 in zh, category (类别) in en."""
    zh = COLUMN_NAMES_ZH.get(field, field)
    return zh if lang == "zh" else f"{field} ({zh})"


def list_sep(lang: Lang) -> str:
    return "、" if lang == "zh" else ", "
