"""What kind of document a title names, and a stable readable id for it."""

from __future__ import annotations

import re
from functools import lru_cache

#: (title ending, kind[, reach]) in priority order: a notice forwarding a plan is a notice.
#: An ending is looked for in the title's last ``reach`` characters (eight unless given: four
#: characters and one before, a lookbehind), not tried at every character of a long title.
_KINDS: list[tuple[str, str] | tuple[str, str, int]] = [
    (
        r"任免|任命|免去|免职|免職|任职|任職|辞去|辭去|辞职|辭職|代理\S{0,14}?长|组成人员|組成人員|人事",
        "personnel",
    ),
    (r"(通知|通[报報])$", "notice"),
    # ('…行政处罚决定书': a decision, written out)
    (r"([决決]定|[决決][议議]|[决決]定[书書])$", "decision"),
    (r"意[见見]$", "opinion"),
    # ('…提案答复的函': a letter that answers, a reply)
    (r"(批[复覆復]|[复覆復]函|答[复覆復](?:的函)?)$", "reply"),
    (r"([条條]例|[规規]定|[办辦]法|[细細]则|[规規]则|(?<!办)法|解[释釋]|[规規]范)$", "regulation"),
    (r"(措施|[举舉]措|若干政策)$", "measures"),
    # a year's work summed up, with or without the next year's plan after it ('…2022年工作总结
    # 和2023年工作计划', '…总结暨2021年工作计划'): a report on the year, not a plan
    (
        r"[总總][结結](?:[和及暨与與]\S{0,14}?(?:[计計][划劃]|安排|思路|打算|要点|要點))?$",
        "report",
        24,  # (the summary's twenty characters: '总结和2023年工作计划')
    ),
    (
        r"([纲綱]要|[规規][划劃]|[计計][划劃]|方案|预案|預案|要点|要點|责任分解|任务分解|任务分工|责任分工)$",
        "plan",
    ),
    (r"([报報]告|(?:公开|工作)年[报報])$", "report"),
    (r"(公告|通告|公示)$", "announcement"),
    (r"[纪紀]要$", "minutes"),
    # ('…2021年预算执行情况和2022年预算草案': the draft budget itself, its tables)
    (r"([预預]算|[决決]算|[预預]算草案)$", "budget"),
    # a table of a budget published as a file of its own ('…政府性基金预算收入执行情况表',
    # '…政府债务限额、余额(…)情况表')
    (r"(?:[预預决決]算|[债債]务|收支)[^，。,；;]{0,40}?表$", "budget", 48),
    (r"令$", "order"),
    (r"函$", "letter"),
]
_COMPILED = [(re.compile(e[0]), e[1], e[2] if len(e) > 2 else 8) for e in _KINDS]
#: the words after 任免 or 人事 of a title about the rules of personnel matters ('关于任免国家机关
#: 工作人员问题的通知', '人事制度改革', '干部任免办法'): a notice or a regulation, not 任免 itself
_ABOUT_PERSONNEL = re.compile(
    r"问题|問題|工作(?!人员|人員|部门|部門)|权限|權限|办法|辦法|规定|規定|规则|規則|细则|細則|程序|制度"
    r"|改革|管理|考试|考試"
)
#: the verbs by which a notice issues another text: '印发', '转发', '批转'
ISSUING_VERB = r"(?:印发|印發|转发|轉發|批转|批轉)"
#: a title that issues another text: '关于印发…', '关于转发…'
_ISSUING_TITLE = re.compile("关于" + ISSUING_VERB)
_ISSUING_VERB = re.compile(ISSUING_VERB)
#: a department's budget or final accounts explained in a title of its own, or published with
#: a report or an account of its own ('…2023年度决算公开报告', '…部门预算公开说明')
_BUDGET_NOTE = re.compile(
    r"(?:部门|单位)[预决]算\S{0,12}说明$|[预預决決]算公[开開](?:情况)?(?:报告|報告|说明|說明)$"
)
#: what a title may carry after its kind: (第一批), (第四次), (试行), (书面), (一)
_TAIL_NOTE = re.compile(r"\s*[(（][^()（）]{1,12}[)）]$")
#: how a title with such a note ends ('$' stands before a last newline too)
_BRACKET_ENDS = (")", "）", ")\n", "）\n")


def kind_of(title: str) -> str:
    """The kind a title names by its last word (a notice forwarding a plan is a notice),
    personnel matters wherever the title names them."""
    while title.endswith(_BRACKET_ENDS) and _TAIL_NOTE.search(title):
        title = _TAIL_NOTE.sub("", title)
    # '…部门预算公开', '…预算信息公开': the budget, as a site publishes it
    title = title.removesuffix("公开").removesuffix("信息")
    personnel, kind, _reach = _COMPILED[0]
    if (m := personnel.search(title)) and (
        "职务" in title or "職務" in title or not _ABOUT_PERSONNEL.search(title, m.end())
    ):
        return kind
    if title.endswith(("说明", "說明", "报告", "報告")) and _BUDGET_NOTE.search(title):
        return "budget"  # '…2019年部门预算“三公”经费公开说明': the budget's own account
    m = _ISSUING_TITLE.search(title) if "关于" in title else None
    if m is not None and "的" not in title[m.end() :][-6:]:
        # '关于印发某某专项行动方案' printed without its '的通知': the kind at its end is the
        # text's it issues; the document is the notice that issues it
        return "notice"
    if (
        title.endswith("》")
        and (quoted := title.find("《")) > 0
        and _ISSUING_VERB.search(title, 0, quoted)
    ):
        # the text it forwards quoted last, the notice's own '的通知' left off ('某局转发某部
        # 《关于…的通知》', '关于转发《…的紧急通知》'): the kind inside is the text's, the
        # document the notice that forwards it
        return "notice"
    # the other kinds are title endings: looked for in the title's tail, not tried at every
    # character of it
    for rx, kind, reach in _COMPILED[1:]:
        if rx.search(title, max(0, len(title) - reach)):
            return kind
    return "document"


#: the words a text uses to say what kind of document it is, where no title says it: its
#: closing formula ('特此通知', '特此批复') or the verb that does the document's act ('现将
#: 《某方案》印发给你们', '现将有关事项批复如下', '予以通报表彰', '现予以公布')
_TOLD = [
    (
        re.compile(
            r"特此(?:通知|通报)|(?:现将有关事项|现)?通知如下|(?:印发|转发|批转)给?你(?:们|单位)"
            r"|通报表彰|予以通报|现(?:将[^。]{0,80}?)?通报如下|现予(?:以)?公布|现将[^。]{0,60}?予以公布"
        ),
        "notice",
    ),
    (
        # (or the request it answers acknowledged: '你处《关于…的请示》(…)收悉')
        re.compile(
            r"特此(?:批复|函复|复函|答复)|(?:批复|函复|答复)如下|现批复|(?:请示|函)》[^。]{0,60}?收悉"
        ),
        "reply",
    ),
    # a report sent to the body it reports to: '现将…执行情况报告如下'
    (re.compile(r"现将[^。]{0,100}?报告如下"), "report"),
    # (or the text that says when it takes effect: '自本决定印发之日起', '本决定自公布之日起施行')
    (
        re.compile(r"特此决定|自本决定(?:印发|发布|公布)之日起|本决定自\S{0,12}?(?:起施行|之日起)"),
        "decision",
    ),
    # (a 公示 is a 公告's kind: '特此公示', '现将…公示如下')
    (re.compile(r"特此(?:公告|通告|公示)|(?:公告|通告|公示)如下[:：]"), "announcement"),
]


#: the closing formulas alone, each naming its document's kind: '特此通知', '特此公告'
_CLOSED = re.compile(r"特此(?P<kind>通知|通报|通報|公告|通告|公示|批复|批複|函复|函復|决定|決定)")
_CLOSED_KIND = {
    "公示": "announcement",
    "通知": "notice",
    "通报": "notice",
    "通報": "notice",
    "公告": "announcement",
    "通告": "announcement",
    "批复": "reply",
    "批複": "reply",
    "函复": "reply",
    "函復": "reply",
    "决定": "decision",
    "決定": "decision",
}


def kind_closed(text: str) -> str | None:
    """The kind an untitled text's closing formula names ('…特此通知。'), where it closes
    with one kind only: a document's own words, as no report about it closes."""
    kinds = {_CLOSED_KIND[m.group("kind")] for m in _CLOSED.finditer(text)}
    return kinds.pop() if len(kinds) == 1 else None


#: a text's opening that says it announces: '…现对听证会参加人名额…予以公告。', '现公告如下:',
#: '现将…名单予以公示', '…公示如下:'
_ANNOUNCES = re.compile(
    r"现(?:将|对|就|把)?[^。]{0,60}?(?:予以)?(?:公告|通告|公示)(?:如下)?[。:：]"
    r"|(?:公告|通告|公示)如下[。:：]"
)


def announces_itself(text: str) -> bool:
    """Whether a text says it is a 公告, a 通告 or a 公示 ('…现对…予以公告。'): an organ's own
    announcement, not a report about one."""
    return ("公告" in text or "通告" in text or "公示" in text) and _ANNOUNCES.search(
        text
    ) is not None


def kind_told(text: str) -> str | None:
    """The kind an untitled document's own words name: one kind only (a text that says two,
    '特此通知' and '特此决定', names none)."""
    kinds = {kind for rx, kind in _TOLD if rx.search(text)}
    return kinds.pop() if len(kinds) == 1 else None


@lru_cache(maxsize=64)
def gazette_slug(gazette: str | None) -> str:
    """'上海市静安区人民政府公报' → 'jingan': the most specific place, in pinyin, qualified by
    its parent where the name repeats across China ('南京市鼓楼区…' → 'nanjing-gulou')."""
    if not gazette:
        return "gazette"
    from gongbao.pinyin import lazy_pinyin
    from gongbao.structure.places import qualified_place

    name = re.sub(r"(人民政府|政府)?(办公厅|办公室|辦公廳|辦公室)?公[报報].*$", "", gazette)
    places = qualified_place(name) or [name]
    parts = [re.sub(r"[^a-z0-9]+", "", "".join(lazy_pinyin(p)).lower()) for p in places]
    return "-".join(p for p in parts if p) or "gazette"


def document_id(slug: str, year: int | None, number: int | None, ordinal: int) -> str:
    parts = [slug]
    if year:
        parts.append(str(year))
    if number:
        parts.append(f"{number:02d}")
    parts.append(f"{ordinal:02d}")
    return "-".join(parts)


def standalone_id(doc_number: str | None, title: str, ordinal: int) -> str:
    """A document published alone: '溪政办发〔2025〕12号' → 'xizhengbanfa-2025-12',
    '国务院令第707号' → 'guowuyuanling-707'; without a 文号, a short digest of its title (the
    caller passes what else tells it apart: see structure._identity)."""
    from gongbao.docnumber import DOC_NUMBER

    m = DOC_NUMBER.fullmatch(doc_number) if doc_number else None
    if m and m.group("code"):
        code = _romanized(m.group("code"))
        return f"{code}-{m.group('year')}-{int(m.group('serial')):02d}"
    if m and m.group("word"):
        code = _romanized(m.group("word")[:-1])
        return f"{code}-{m.group('word_n')}"
    from gongbao.series import parse_series

    if m and (sn := parse_series(doc_number)) is not None:
        # an order ('国务院令第707号') or a numbered 公告: its series and number, so that two
        # orders printed under the same order line are two documents
        code = _romanized(sn.code)
        return "-".join(str(x) for x in (code, sn.year, sn.number) if x is not None)
    import hashlib

    digest = hashlib.sha1(title.encode("utf-8")).hexdigest()[:8]
    return f"doc-{digest}" + (f"-{ordinal:02d}" if ordinal > 1 else "")


@lru_cache(maxsize=4096)
def _romanized(code: str) -> str:
    """An issuer's code in pinyin, letters and digits only ('国办发' → 'guobanfa'). The codes
    of one issuer's series recur in every document of it: read once each."""
    from gongbao.pinyin import lazy_pinyin

    return re.sub(r"[^a-z0-9]+", "", "".join(lazy_pinyin(code)).lower())


#: the gazette id of documents published alone (no gazette name)
ALONE = "documents"


def gazette_key(gazette: str | None) -> str:
    """The id a gazette's issues are stored under ('jingan'); :data:`ALONE` for documents
    published alone. Organisation ids start with it, in a parse as in the store."""
    return gazette_slug(gazette) if gazette else ALONE
