"""Words the generated pages use, in zh and en, and small helpers for writing them safely."""

from __future__ import annotations

import html

from ..content.loaders import Content

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "curriculum": "课程", "paths": "学习路径", "modules": "课程模块", "audience": "适合", "minutes": "用时",
        "minutes_unit": "分钟", "topics": "主题", "objectives": "学完你能够", "prerequisites": "先学",
        "follows": "接着学", "none": "无", "lessons": "课程内容", "cases": "案例", "assignments": "作业",
        "order": "学习顺序", "this_module": "本模块", "authors": "作者", "reviewed": "最近审阅",
        "why": "为什么从这里开始", "total": "合计", "casebook": "案例库", "open_app": "作为应用打开（可以互动作答）",
        "region": "地区", "difficulty": "难度", "laws": "法律和政策依据", "introductory": "入门",
        "intermediate": "中级", "advanced": "高级", "license": "许可", "resources": "本地服务资源",
        "by_prefecture": "按州市", "services_count": "个服务点", "no_resources": "暂无收录",
        "category": "类别", "services": "服务", "languages": "服务语言", "hours": "服务时间",
        "address": "地址", "phone": "电话", "eligibility": "服务对象", "verified": "最近核实",
        "sample": "示例数据，尚未核实", "filter": "筛选", "all": "全部", "shown": "显示", "of": "/",
        "practices": "实践库", "by_topic": "按主题", "by_region": "按地区", "scores": "三项检验",
        "operability": "可操作性", "generalizability": "可推广性", "economy": "经济性", "cost": "成本",
        "sustainability": "可持续性", "participation": "群众参与", "score": "得分", "reason": "理由",
        "started": "开始年份", "cost_level": "成本", "participants": "参与者", "outcomes": "效果",
        "low": "低", "medium": "中", "high": "高", "data": "开放数据", "download": "下载",
        "print": "打印讲义", "composite": "本案例为综合案例，人名和县以下地名均为虚构；是培训材料，不是法律意见。",
        "sample_note": "本页的服务资源是示例数据，尚未经所在县核实；转介前请先电话核实。",
        "assignment_note": "作业在培训中通过应用完成。",
    },
    "en": {
        "curriculum": "Curriculum", "paths": "Learning paths", "modules": "Modules", "audience": "For",
        "minutes": "Time", "minutes_unit": "minutes", "topics": "Topics", "objectives": "You will be able to",
        "prerequisites": "Before this", "follows": "After this", "none": "none", "lessons": "Lessons",
        "cases": "Cases", "assignments": "Assignments", "order": "Where this module sits",
        "this_module": "this module", "authors": "Authors", "reviewed": "Last reviewed",
        "why": "Why start here", "total": "In all", "casebook": "Casebook",
        "open_app": "Open as an app (answer interactively)", "region": "Region", "difficulty": "Difficulty",
        "laws": "Legal and policy basis", "introductory": "introductory", "intermediate": "intermediate",
        "advanced": "advanced", "license": "Licence", "resources": "Local resources",
        "by_prefecture": "By prefecture", "services_count": "services", "no_resources": "none listed yet",
        "category": "Kind", "services": "Services", "languages": "Languages", "hours": "Hours",
        "address": "Address", "phone": "Phone", "eligibility": "Who can use it", "verified": "Last verified",
        "sample": "Sample data, not yet verified", "filter": "Filter", "all": "all", "shown": "Showing",
        "of": "of", "practices": "Practices", "by_topic": "By topic", "by_region": "By region",
        "scores": "The three tests", "operability": "Operability", "generalizability": "Generalizability",
        "economy": "Economy", "cost": "Cost", "sustainability": "Sustainability",
        "participation": "Participation", "score": "Score", "reason": "Reason", "started": "Started",
        "cost_level": "Cost", "participants": "Who took part", "outcomes": "Outcomes", "low": "low",
        "medium": "medium", "high": "high", "data": "Open data", "download": "Download",
        "print": "Print a handout",
        "composite": "A composite case: names of people and of places below county level are invented. "
                     "Training material, not legal advice.",
        "sample_note": "The services on this page are sample data not yet verified by the county; "
                       "call to check before referring anyone.",
        "assignment_note": "Assignments are done in the app during training.",
    },
}

LANGS = ("zh", "en")


def esc(text: object) -> str:
    """Text from content, made safe for Markdown-with-HTML: escaped, and never emphasis or a link."""
    return html.escape(str(text), quote=True).replace("*", "&#42;").replace("_", "&#95;").replace(
        "[", "&#91;").replace("`", "&#96;")


def suffix(lang: str) -> str:
    return "" if lang == "zh" else ".en"


class Labels:
    """Term and place names from the taxonomy and divisions, in one language."""

    def __init__(self, content: Content, lang: str):
        self.content, self.lang = content, lang
        self.words = WORDS[lang]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def term(self, term_id: str) -> str:
        term = self.content.taxonomy.get(term_id)
        return (term.zh if self.lang == "zh" else term.en) if term else term_id

    def terms(self, ids: list[str]) -> str:
        return ", ".join(self.term(i) for i in ids) if self.lang == "en" else "、".join(self.term(i) for i in ids)

    def place(self, code: str) -> str:
        division = self.content.divisions.get(code)
        if division is None:
            return code
        name = division.name if self.lang == "zh" else division.name_en
        parent = self.content.divisions.get(division.parent_code)
        if parent and parent.level == "prefecture":
            parent_name = parent.name if self.lang == "zh" else parent.name_en
            return f"{parent_name} · {name}"
        return name
