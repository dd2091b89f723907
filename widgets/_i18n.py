"""The notebook's language and every label the widgets show, in Chinese and English, in one place."""

from __future__ import annotations

LANGUAGES = ("zh", "en")
_state = {"lang": "zh"}


def check_language(lang: str) -> str:
    """`lang` when it is one of LANGUAGES, else a ValueError saying what to write."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return lang


def setup(lang: str = "zh") -> None:
    """Choose the language of every widget in this notebook: "zh" (default) or "en"."""
    _state["lang"] = check_language(lang)


def language() -> str:
    """The language chosen by `setup`."""
    return _state["lang"]


def resolve(lang: str | None) -> str:
    """A widget's language: its own `lang=` keyword when given, else the notebook's."""
    return language() if lang is None else check_language(lang)


LABELS: dict[str, dict[str, str]] = {
    # quality of a decision option, always shown as words (never colour alone)
    "quality.best": {"zh": "最佳", "en": "best"},
    "quality.acceptable": {"zh": "可以", "en": "acceptable"},
    "quality.poor": {"zh": "不可取", "en": "poor"},
    # lists and punctuation
    "list.sep": {"zh": "、", "en": ", "},
    "colon": {"zh": "：", "en": ": "},
    "none": {"zh": "无", "en": "none"},
    # DecisionPoint
    "decision.heading": {"zh": "你会怎么做？", "en": "What would you do?"},
    "decision.choice": {"zh": "你的选择", "en": "Your choice"},
    "decision.show": {"zh": "看反馈", "en": "Show feedback"},
    "decision.pick_first": {"zh": "请先选一个做法，再按“看反馈”。",
                            "en": "Choose an option first, then press “Show feedback”."},
    "decision.rating": {"zh": "选 {key}：{quality}", "en": "Option {key}: {quality}"},
    "decision.basis": {"zh": "依据", "en": "Basis"},
    "decision.try_again": {"zh": "再试一次：选另一个做法，再按“看反馈”。",
                           "en": "Try again: choose another option and press “Show feedback”."},
    "decision.options": {"zh": "可以选的做法", "en": "The options"},
    "decision.feedback_on": {"zh": "选 {key} 的反馈", "en": "Feedback on option {key}"},
    "decision.reasoning": {"zh": "有经验的人会怎么想", "en": "How an experienced practitioner thinks it through"},
    # SelfCheck
    "selfcheck.heading": {"zh": "自测", "en": "Check yourself"},
    "selfcheck.number": {"zh": "第 {n} 题（共 {total} 题）", "en": "Question {n} of {total}"},
    "selfcheck.answer": {"zh": "你的答案", "en": "Your answer"},
    "selfcheck.check": {"zh": "检查", "en": "Check"},
    "selfcheck.correct": {"zh": "正确。", "en": "Correct."},
    "selfcheck.incorrect": {"zh": "不正确。", "en": "Not quite."},
    "selfcheck.pick_first": {"zh": "请先选一个答案，再按“检查”。",
                             "en": "Choose an answer first, then press “Check”."},
    "selfcheck.reveal": {"zh": "答案与解释", "en": "Answer and explanation"},
    "selfcheck.right_answer": {"zh": "正确答案：{answer}", "en": "The right answer: {answer}"},
    # StakeholderMap
    "stakeholders.heading": {"zh": "相关方", "en": "Who is involved"},
    "stakeholders.caption": {"zh": "相关方地图：行是影响力（从高到低），列是关注程度（从低到高）",
                             "en": "Stakeholder map: rows are influence (high to low), "
                                   "columns are interest (low to high)"},
    "stakeholders.corner": {"zh": "影响力＼关注程度", "en": "Influence \\ interest"},
    "influence.high": {"zh": "影响力高", "en": "High influence"},
    "influence.medium": {"zh": "影响力中", "en": "Medium influence"},
    "influence.low": {"zh": "影响力低", "en": "Low influence"},
    "interest.high": {"zh": "关注程度高", "en": "High interest"},
    "interest.medium": {"zh": "关注程度中", "en": "Medium interest"},
    "interest.low": {"zh": "关注程度低", "en": "Low interest"},
    "stakeholders.select": {"zh": "看一个相关方", "en": "Read about"},
    "stakeholders.prompt": {"zh": "请选择", "en": "Choose someone"},
    "stakeholders.hint": {"zh": "在上面选一个相关方，看他的角色和关切。",
                          "en": "Choose someone above to read their role and concerns."},
    "stakeholders.role": {"zh": "角色", "en": "Role"},
    "stakeholders.position": {"zh": "位置", "en": "Position"},
    "stakeholders.concerns": {"zh": "关切", "en": "Concerns"},
    "stakeholders.details": {"zh": "各方的角色和关切", "en": "Roles and concerns"},
    # Timeline
    "timeline.heading": {"zh": "事情经过", "en": "What happened, in order"},
    # ResourceFinder
    "resources.heading": {"zh": "找服务点", "en": "Find a service"},
    "resources.place": {"zh": "地区", "en": "Place"},
    "resources.service": {"zh": "服务", "en": "Service"},
    "resources.language": {"zh": "语言", "en": "Language"},
    "resources.all_services": {"zh": "全部服务", "en": "all services"},
    "resources.all_languages": {"zh": "全部语言", "en": "all languages"},
    "resources.all_places": {"zh": "全部地区", "en": "all places"},
    "resources.prefecture_all": {"zh": "{prefecture} · 全部", "en": "{prefecture} · all"},
    "resources.found": {"zh": "找到 {n} 个服务点", "en": "{n} services found"},
    "resources.found_one": {"zh": "找到 1 个服务点", "en": "1 service found"},
    "resources.first": {"zh": "，下面列出前 {m} 个", "en": "; the first {m} are listed below"},
    "resources.filters": {"zh": "（{place}；{service}；{language}）", "en": " ({place}; {service}; {language})"},
    "resources.none": {"zh": "可以换一个地区、服务或语言再找，或拨打 12348 公共法律服务热线问一问。",
                       "en": "Try another place, service or language, or call 12348, "
                             "the public legal services hotline."},
    "resources.sample": {"zh": "示例，未核实", "en": "sample, unverified"},
    "resources.services": {"zh": "服务", "en": "Services"},
    "resources.languages": {"zh": "语言", "en": "Languages"},
    "resources.where": {"zh": "地点", "en": "Where"},
    "resources.hours": {"zh": "办公时间", "en": "Hours"},
    "resources.phone": {"zh": "电话", "en": "Phone"},
    "resources.eligibility": {"zh": "服务对象", "en": "Who can use it"},
    "resources.last_verified": {"zh": "核实日期", "en": "Last checked"},
    # ReformScorecard
    "scorecard.heading": {"zh": "改革评估：{reform}", "en": "Reform scorecard: {reform}"},
    "scorecard.caption": {"zh": "各项检验的分数（1 分很差，5 分很好）",
                          "en": "Scores on each test (1 is very poor, 5 is very good)"},
    "scorecard.test": {"zh": "检验", "en": "Test"},
    "scorecard.score": {"zh": "分数（1–5）", "en": "Score (1–5)"},
    "scorecard.reason": {"zh": "理由", "en": "Reason"},
    "scorecard.input_hint": {"zh": "你也来打分：改一项的分数（1 到 5 分），下面的结论会跟着变。",
                             "en": "Score it yourself: change any score (1 to 5) and the verdict below follows."},
    "score.1": {"zh": "1 分：很差", "en": "1: very poor"},
    "score.2": {"zh": "2 分：较差", "en": "2: poor"},
    "score.3": {"zh": "3 分：一般", "en": "3: fair"},
    "score.4": {"zh": "4 分：较好", "en": "4: good"},
    "score.5": {"zh": "5 分：很好", "en": "5: very good"},
    "test.operability": {"zh": "可操作性", "en": "operability"},
    "test.generalizability": {"zh": "可推广性", "en": "generalizability"},
    "test.economy": {"zh": "经济性", "en": "economy"},
    "test.cost": {"zh": "成本", "en": "cost"},
    "test.sustainability": {"zh": "可持续性", "en": "sustainability"},
    "test.participation": {"zh": "群众参与", "en": "participation"},
    "scorecard.points": {"zh": "{test}（{score} 分）", "en": "{test} ({score})"},
    "verdict.stop": {"zh": "停下来或重新设计", "en": "stop or redesign"},
    "verdict.pilot": {"zh": "有条件地试点", "en": "pilot with conditions"},
    "verdict.adopt": {"zh": "采用并推广", "en": "adopt and spread"},
    "scorecard.verdict": {"zh": "结论：{verdict}。", "en": "Verdict: {verdict}."},
    "scorecard.why_stop": {"zh": "{tests}在 2 分或以下。三项检验有一项过不了，就不该推开：要么停下来，要么重新设计。",
                           "en": "{tests} scored 2 or lower. A reform that fails any one of the three tests "
                                 "should not spread: stop it or redesign it."},
    "scorecard.why_adopt": {"zh": "三项检验都在 4 分或以上：{tests}。可以采用，并介绍给其他地方。",
                            "en": "All three tests score 4 or higher: {tests}. It can be adopted and "
                                  "passed on to other places."},
    "scorecard.why_pilot": {"zh": "没有一项在 2 分或以下，但{tests}还不到 4 分。可以先试点，并为这一项定下要改进的条件。",
                            "en": "No test is at 2 or lower, but {tests} is below 4. Pilot it, with "
                                  "conditions that fix this."},
    "scorecard.why_pilot_many": {"zh": "没有一项在 2 分或以下，但{tests}还不到 4 分。可以先试点，并为这几项定下要改进的条件。",
                                 "en": "No test is at 2 or lower, but {tests} are below 4. Pilot it, with "
                                       "conditions that fix these."},
    "scorecard.extras": {"zh": "{tests}不改变结论，但决定时也要一起看。",
                         "en": "{tests} do not change the verdict, but weigh them too."},
    "scorecard.extra": {"zh": "{tests}不改变结论，但决定时也要一起看。",
                        "en": "{tests} does not change the verdict, but weigh it too."},
    # GridPlanner
    "grid.heading": {"zh": "划分网格", "en": "Drawing the grids"},
    "grid.limit": {"zh": "每名网格员最多户数", "en": "Households per grid worker"},
    "grid.summary": {"zh": "{h} 户分成 {g} 个网格，每个网格最多 {m} 户。",
                     "en": "{h} households in {g} grids of at most {m} households each."},
    "grid.summary_one": {"zh": "{h} 户分成 1 个网格，每个网格最多 {m} 户。",
                         "en": "{h} households in 1 grid of at most {m} households."},
    "grid.name": {"zh": "网格 {n}", "en": "Grid {n}"},
    "grid.covers": {"zh": "包括", "en": "Covers"},
    "grid.part": {"zh": "{group}（第 {i} 部分，共 {k} 部分）", "en": "{group} (part {i} of {k})"},
    "grid.caption": {"zh": "{grid} 的情况", "en": "{grid} at a glance"},
    "grid.measure": {"zh": "项目", "en": "Measure"},
    "grid.number": {"zh": "数量", "en": "Number"},
    "grid.households": {"zh": "户数", "en": "Households"},
    "grid.people": {"zh": "人口", "en": "People"},
    "grid.elderly_alone": {"zh": "独居老人户", "en": "Older people living alone"},
    "grid.left_behind": {"zh": "留守儿童（人）", "en": "Left-behind children"},
    "grid.disability": {"zh": "有残疾人的户", "en": "Households with a disabled member"},
    "grid.load": {"zh": "负荷", "en": "Load"},
    "grid.load_value": {"zh": "{n} / {m} 户（{p}%）", "en": "{n} of {m} households ({p}%)"},
    "grid.vulnerable": {"zh": "需要重点走访的户", "en": "Households to visit first"},
    "grid.why_elderly": {"zh": "独居老人", "en": "older person living alone"},
    "grid.why_children": {"zh": "留守儿童 {n} 名", "en": "{n} left-behind children"},
    "grid.why_child": {"zh": "留守儿童 1 名", "en": "1 left-behind child"},
    "grid.why_disability": {"zh": "有残疾人", "en": "disabled member"},
}


def label(name: str, lang: str, /, **values: object) -> str:
    """The label `name` in `lang`, with `{field}`s filled from `values` (plain text: escape the result)."""
    text = LABELS[name][lang]
    return text.format(**values) if values else text


def join(items: list[str], lang: str) -> str:
    """Items as a list in running text: 甲、乙、丙 / a, b and c."""
    if lang == "en" and len(items) > 1:
        return ", ".join(items[:-1]) + " and " + items[-1]
    return label("list.sep", lang).join(items)


def sentence(text: str) -> str:
    """`text` with its first letter capitalised (English sentences that begin with a term)."""
    return text[:1].upper() + text[1:]
