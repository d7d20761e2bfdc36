"""Major projects: rows of tables with a 项目名称 column (重大项目, 重点项目 lists), and a
numbered list of names after the words that introduce it ('这十大工程分别是：1、…；2、…' — where
the words count the projects, the list must hold that many), and the names a clause counts
('A、B…等11个工程列入…'). A table of practical projects
(民生实事) lists commitments, not major projects (``commitments``)."""

from __future__ import annotations

import re

from gongbao.extract.commitments import PRACTICAL, in_practical
from gongbao.extract.walk import column, number_of, row_source, source, walk
from gongbao.facts import Project
from gongbao.model import Block, Document, Issue

NAME_COLUMNS = ("项目名称", "工程名称", "项目")
CATEGORY_COLUMNS = ("项目属性", "项目类别", "类别", "类型", "属性")


#: words that introduce a list of named projects: '这十大工程分别是：', '重点项目如下：'
_INTRO = re.compile(
    r"(?:(?P<n>[一二三四五六七八九十百\d]{1,4})\s*(?:大|个|項|项)?)?"
    r"(?:重大|重点|重點)?(?:工程|项目|項目)(?:分别是|分別是|如下|包括|有)[：:]$"
)


def _listed(doc: Document, block: Block, siblings: list[Block]) -> list[Project]:
    """The numbered items that follow an introducing paragraph, each a project's name."""
    from gongbao.numbering import cn_to_int

    m = _INTRO.search(block.text)
    if m is None:
        return []
    at = siblings.index(block)
    items: list[Block] = []
    for b in siblings[at + 1 :]:
        if b.type == "list":
            items.extend(c for c in b.children if c.type == "paragraph")
            continue
        break
    names = [re.sub(r"[；;。，,]+$", "", b.text).strip() for b in items]
    if not names or any(len(n) > 40 or "，" in n or "," in n for n in names):
        return []
    count = m.group("n")
    if count and cn_to_int(count) != len(names):
        return []
    return [
        Project(doc.id, number_of(b) or k + 1, name, None, source(doc, b))
        for k, (b, name) in enumerate(zip(items, names, strict=True))
    ]


#: a clause that names projects and counts them: '甲工程、乙工程(一期)…等11个工程列入…', the
#: names from the clause's start (no comma among them: the clause is the list)
_COUNTED = re.compile(
    r"(?:^|(?<=[。；;：:！!]))\s*(?P<items>[^。；;：:，,！!]{4,800}?)"
    r"等(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个|项|項|大)"
    # (the field or the place they are in between: '等3个社会领域重大项目')
    r"[^，,。；;：:、等]{0,12}?(?:重大|重点|重點)?(?:建设)?(?:工程|项目|項目)"
)
#: a count of projects, then their names after 是 or 包括 in the same sentence: '此次集中开工的
#: 8个重点项目分别是:A、B…、H。'
_COUNT_THEN_NAMES = re.compile(
    r"(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个|项|項|大)[^，,。；;：:、]{0,12}?"
    r"(?:工程|项目|項目)(?:分别)?(?:是|为|包括)[:：]?(?P<items>[^。；;：:！!]{4,1200}?)(?=[。；;]|$)"
)
#: how a project's name ends: the kind of work or what it builds (a bracketed part or two
#: after it: '…综合保税区(一期)(北京部分)')
_NAME_END = re.compile(
    r"(?:工程|项目|項目|建设|改造|提升|公园|馆|厂|场|站|线|路|桥|中心|园区|园|区|基地|学校|医院|社区|"
    r"枢纽|电站|水库|大桥|隧道|码头|机场|管网|片区|产业园|示范区|小镇)"
    r"(?:[(（][^()（）]{1,20}[)）]){0,2}$"
)
#: the verb a clause of projects opens with, before the first name: '安排A、B等2个…重大项目'
_LEAD_VERB = ("安排", "实施", "推进", "启动")
#: a clause's opening verb or its time or place: the list is what it does, not the names
_NOT_A_NAME = (
    "实施",
    "推进",
    "建设",
    "开工",
    "完成",
    "启动",
    "加快",
    "重点",
    "包括",
    "其中",
    "共",
    "有",
    "是",
    "新建",
    "续建",
    "全年",
    "今年",
    "年内",
    "明年",
    "全市",
    "全县",
    "全区",
    "全省",
    "计划",
    "谋划",
    "争取",
    "力争",
    "确保",
    "围绕",
    "以",
    "对",
    "将",
    "把",
    "在",
    "由",
    "与",
    "和",
)

#: words of the clause's own, not of a name: the first name ran on from them ('会议审议通过了
#: 某某工程、…等5个工程'), so which part is the name is not printed
_CLAUSE_WORDS = ("了", "会议", "通过", "审议", "批准", "同意", "研究", "决定", "听取", "安排")


def _counted(doc: Document, block: Block) -> list[Project]:
    """The projects a clause names and counts ('A、B…等11个工程列入新增重大建设项目', '8个重点项目
    分别是:A、B…'): the count must be the number of names (a 、 inside brackets parts none),
    each name ending as a project's does, the first not opening on the clause's verb, time or
    place (a verb of scheduling, '安排', is set apart); a clause about practical projects (实事)
    is left to ``commitments``."""
    from gongbao.numbering import cn_to_int

    out: list[Project] = []
    text = block.text
    found = [*_COUNTED.finditer(text), *_COUNT_THEN_NAMES.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        wanted = cn_to_int(m.group("n"))
        names = _split_names(m.group("items"), m.start("items"))
        if not names:
            continue
        first, at = names[0]
        if verb := next((v for v in _LEAD_VERB if first.startswith(v)), None):
            names[0] = (first[len(verb) :], at + len(verb))  # (the clause's verb apart)
        if (
            len(names) != wanted
            or wanted < 2
            or PRACTICAL.search(text[m.start() : m.end()]) is not None
            or names[0][0].startswith(_NOT_A_NAME)
            or any(w in names[0][0] for w in _CLAUSE_WORDS)
            or any(
                not 2 <= len(name) <= 60
                or "，" in name
                or "," in name
                or _NAME_END.search(name) is None
                for name, _ in names
            )
        ):
            continue
        out.extend(
            Project(doc.id, k + 1, name, None, source(doc, block, at, at + len(name)))
            for k, (name, at) in enumerate(names)
        )
    return out


def _split_names(run: str, offset: int) -> list[tuple[str, int]]:
    """The names of a run parted by 、 outside brackets, each with where it starts ([] where a
    bracket is left open or closed twice)."""
    names: list[tuple[str, int]] = []
    depth, start = 0, 0
    for k, ch in enumerate(run + "、"):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
            if depth < 0:
                return []
        elif ch == "、" and depth == 0:
            piece = run[start:k]
            lead = len(piece) - len(piece.lstrip())
            names.append((piece.strip(), offset + start + lead))
            start = k + 1
    # (a bracket left open: where the names part is not printed, none are read)
    return names if depth == 0 else []


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, above in walk(doc):
            if block.type == "paragraph" and block.text.endswith(("：", ":")):
                siblings = above[-1].children if above else doc.body
                if not in_practical(doc, block, above):
                    out.extend(_listed(doc, block, siblings))
            if (
                block.type == "paragraph"
                and ("项目" in block.text or "工程" in block.text or "項目" in block.text)
                and not in_practical(doc, block, above)
            ):
                out.extend(_counted(doc, block))
            t = block.table
            if t is None or not t.columns or in_practical(doc, block, above):
                continue
            name_col = column(t.columns, NAME_COLUMNS, exact=True)
            if name_col is None or "项目" not in (t.caption or "") + "".join(t.columns):
                continue
            no_col = column(t.columns, ("序号", "编号"), exact=True)
            cat_col = column(t.columns, CATEGORY_COLUMNS, exact=True)
            for k, row in enumerate(t.normalized or t.rows):
                if name_col >= len(row) or not row[name_col]:
                    continue
                no = row[no_col] if no_col is not None and no_col < len(row) else ""
                out.append(
                    Project(
                        doc.id,
                        int(no) if no.isdigit() else None,
                        row[name_col],
                        row[cat_col] if cat_col is not None and cat_col < len(row) else None,
                        row_source(doc, block, k),
                    )
                )
    return {"projects": out}
