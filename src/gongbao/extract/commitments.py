"""Practical projects promised to the people (为民办实事项目, 民生实事, 十件实事), with their
quantities: the numbered items under a heading or document that names them, and the two ways
prose lists them — '办好十件民生实事。…一是A；二是B；…十是J。' and '10件民生实事：A、B、…、J。'.
A prose list is read only where its items can be told apart for certain: ordinals from 一是
on, or a 、-list whose count the text states (a '、' may join two parts of one item)."""

from __future__ import annotations

import re

from gongbao.extract.numbers import quantities
from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Commitment
from gongbao.model import Block, Document, Issue

PRACTICAL = re.compile(r"(办实事|民生实事|件实事|实事项目|惠民实事|民心工程|辦實事|民生實事)")
_NOTE = re.compile(r"\s*[（(][^)）]*(?:项目|项|个)[^)）]*[)）]\s*$")


def practical(text: str) -> bool:
    """``PRACTICAL.search``: each of its words holds 实事, 實事 or 民心工程, looked for first
    (most paragraphs hold none)."""
    return ("实事" in text or "實事" in text or "民心工程" in text) and PRACTICAL.search(
        text
    ) is not None


def category(heading: str) -> str:
    """'八、城区环境方面（3个项目）' → '城区环境方面'."""
    return _NOTE.sub("", heading).strip()


#: a count of practical projects: '十件民生实事', '10件民生实事', '33项民生实事'
_COUNTED = re.compile(
    r"(?P<n>[一二三四五六七八九十百\d]{1,4})\s*(?:件|项|个)\s*(?:重点)?(?:民生实事|实事|惠民实事|民生實事)"
)
_ORDINAL = re.compile(r"(?P<n>[一二三四五六七八九十]{1,3})是")
_OPENS = "。；;，,：:"


def _count(text: str) -> int | None:
    from gongbao.numbering import cn_to_int

    m = _COUNTED.search(text)
    if m is None:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else cn_to_int(n)


def _ordinal_items(text: str) -> list[tuple[int, int, str]]:
    """'一是A；二是B；…' after a sentence that names the projects: (no, start, text)."""
    from gongbao.numbering import cn_to_int

    marks = [m for m in _ORDINAL.finditer(text) if m.start() == 0 or text[m.start() - 1] in _OPENS]
    items: list[tuple[int, int, str]] = []
    for k, m in enumerate(marks):
        if cn_to_int(m.group("n")) != k + 1:
            return []
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        body = text[m.end() : end]
        stop = min((p for p in (body.find("。"),) if p >= 0), default=len(body))
        items.append((k + 1, m.end(), body[:stop].rstrip("；;，, ")))
        if stop < len(body):
            break  # the list ends with its sentence
    return items


def _listed_items(text: str) -> list[tuple[int, int, str]]:
    """'N件民生实事：A、B、…。' with N items: (no, start, text)."""
    m = _COUNTED.search(text)
    if m is None:
        return []
    colon = re.search(r"[：:]", text[m.end() : m.end() + 4])
    if colon is None:
        return []
    start = m.end() + colon.end()
    end = text.find("。", start)
    body = text[start : end if end >= 0 else len(text)]
    items: list[tuple[int, int, str]] = []
    at, depth = 0, 0
    for k, ch in enumerate(body + "、"):
        depth += 1 if ch in "“（(" else -1 if ch in "”）)" else 0
        if ch == "、" and depth == 0:
            items.append((len(items) + 1, start + at, body[at:k]))
            at = k + 1
    return items


def _prose(doc: Document, block: Block, cat: str | None) -> list[Commitment]:
    """The practical projects a paragraph lists in its prose, where they are certain."""
    text = block.text
    stated = _count(text)
    items = _listed_items(text) if stated else []
    if not items or len(items) != stated:
        first = _ORDINAL.search(text)
        if first is None or PRACTICAL.search(text[: first.start()]) is None:
            return []
        items = [(n, first.start() + at, t) for n, at, t in _ordinal_items(text[first.start() :])]
        if len(items) < 2 or (stated is not None and len(items) != stated):
            return []
        if any(_GROUPED.search(t) for _n, _at, t in items):
            return []  # the ordinals count kinds of projects, each holding several
    return [
        Commitment(doc.id, n, cat, t, quantities(t), source(doc, block, at, at + len(t)))
        for n, at, t in items
    ]


#: an ordinal's item that is a kind of projects, not one: '一是城市配套提升类,包括A、B…等6个项目'
_GROUPED = re.compile(
    r"^[^，,。；;]{1,12}类[，,]|等[\d一二三四五六七八九十]{1,3}(?:个|项|件)(?:项目|实事)?$"
)
#: a title that asks for projects to be proposed: '…关于征集2022年某镇民生实事项目的公告'
_SOLICITS = re.compile(r"征集|徵集")
#: a section of a notice on its projects that says how the work is done, not a project: its
#: heading a short charge ('二、强化部门协同。各牵头部门抓总…', '三、严格督查考核。…')
_CHARGE = re.compile(
    r"^(?:明确|强化|严格|加强|落实|压实|做好|健全|完善|抓好|注重|狠抓|严肃|确保|体现|突出|坚持)"
    r"[\u4e00-\u9fff]{2,6}[。；;]"
)
#: a table's header run into the text a site flattened it to ('…责任分解表序号项目名称主要内容
#: 牵头单位…'): the items cut from it are the table's cells run together, not its projects
_FLATTENED_HEADER = re.compile(r"序号(?:项目名称|实事项目|名称)")
_NAME = ("项目名称", "实事项目", "实事名称", "项目", "名称", "主要内容", "内容")
_WORK = ("建设内容", "主要内容", "目标任务", "工作内容", "内容")
_DUTY = ("责任单位", "牵头单位", "责任部门", "牵头部门")
_PROGRESS = ("完成情况", "进展情况", "进度", "完成进度")
_GROUP = ("类别", "领域", "类型")
_SHARE = ("占全年计划", "占年度计划", "完成比例", "完成率")


def _rows(doc: Document, block: Block) -> list[Commitment]:
    """A 实事 list printed as a table: a commitment a row, named by its 项目名称 cell, with
    its units and progress where the table has columns for them."""
    from gongbao.extract.measures import units
    from gongbao.extract.walk import column, row_source

    t = block.table
    if t is None or not t.columns:
        return []
    name_col = column(t.columns, _NAME)
    if name_col is None:
        return []
    no_col = column(t.columns, ("序号", "编号"), exact=True)
    work_col = column(t.columns, _WORK)
    duty_col = column(t.columns, _DUTY)
    done_col = column(t.columns, _PROGRESS)
    group_col = column(t.columns, _GROUP)
    share_col = column(t.columns, _SHARE)
    if done_col == share_col:
        done_col = column([c if k != share_col else "" for k, c in enumerate(t.columns)], _PROGRESS)

    def cell(row: list[str], k: int | None) -> str:
        return row[k].strip() if k is not None and k < len(row) else ""

    out: list[Commitment] = []
    for k, row in enumerate(t.normalized or t.rows):
        name = cell(row, name_col)
        if not name:
            continue
        no = cell(row, no_col)
        work = cell(row, work_col) if work_col != name_col else ""
        out.append(
            Commitment(
                doc.id,
                int(no) if no.isdigit() else k + 1,
                cell(row, group_col) or None,
                name,
                quantities(work or name),
                row_source(doc, block, k),
                units(cell(row, duty_col)),
                cell(row, done_col) or None,
                cell(row, share_col) or None,
                t.caption or None,
            )
        )
    return out


def in_practical(doc: Document, block: Block, above: list[Block]) -> bool:
    """Whether a table lists practical projects: its caption, a heading above it or the
    document's title names them."""
    t = block.table
    texts = [doc.title, t.caption if t else None, *(b.text for b in above if b.type == "heading")]
    return any(PRACTICAL.search(x) for x in texts if x)


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        # (a call for proposals of projects promises none: its items are what a proposal
        # must be, '一、注重实效性。…')
        in_doc = bool(PRACTICAL.search(doc.title)) and _SOLICITS.search(doc.title) is None
        items: list[tuple[Commitment, bool]] = []  # and whether it is a numbered list's
        split = False
        # a paragraph that names the projects and opens the list under it ('…2023年十大民生
        # 实事…分别包括:' / '①…;'): its items are projects as a heading's are
        introduced = False
        for block, above in walk(doc):
            if block.table is not None and in_practical(doc, block, above):
                items.extend((c, False) for c in _rows(doc, block))
                continue
            if block.type == "paragraph" and not block.num:
                introduced = _introduces(block.text)
            if block.type == "paragraph" and practical(block.text):
                listed = _prose(doc, block, None)
                if listed:
                    items.extend((c, False) for c in listed)
                    continue
            if block.type != "paragraph" or not block.num or block.children:
                continue
            heads = [b for b in above if b.type == "heading"]
            if not (in_doc or introduced or any(practical(h.text) for h in heads)):
                continue
            cat = category(heads[-1].text) if heads and heads[-1].num else None
            no = number_of(block)
            if no is None or not block.text.strip():
                continue  # a number alone ('(45)', a page's share count) promises nothing
            if _CHARGE.match(block.text):
                continue
            parts = _projects(block.text)
            if len(parts) > 1:
                split = True
            items.extend(
                (
                    Commitment(doc.id, no, cat, text, quantities(text), source(doc, block, a, b)),
                    True,
                )
                for a, b, text in parts
            )
        if any(listed and _FLATTENED_HEADER.search(c.text) for c, listed in items):
            items = [(c, listed) for c, listed in items if not listed]
        if split:
            # a list whose items hold several projects each ('一、A；B；C。'): the projects
            # are what the list counts ('十方面34项') and a report numbers, one after another
            for k, c in enumerate((c for c, listed in items if listed), start=1):
                c.no = k
        out.extend(c for c, _listed in items)
    return {"commitments": out}


def _introduces(text: str) -> bool:
    """Whether a paragraph opens a list of the projects it names: its last sentence names
    them and ends on a colon (not a sentence before it: '…被誉为民心工程。…做了以下工作:'
    opens a list of work done), and asks for no proposals ('…征集…民生实事项目，要求如下:')."""
    text = text.rstrip()
    last = text[max(text.rfind(s, 0, len(text) - 1) for s in "。；;！!？?") + 1 :]
    return last.endswith((":", "：")) and practical(last) and _SOLICITS.search(last) is None


def _projects(text: str) -> list[tuple[int, int, str]]:
    """A list item's projects: its '；'-separated parts when every part holds a quantity
    (a part without one may be a clause of the one before: then the item is one project)."""
    spans, at = [], 0
    for m in re.finditer(r"[；;]", text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    parts = [(a, b, text[a:b].strip().rstrip("。.")) for a, b in spans]
    parts = [(a, b, t) for a, b, t in parts if t]
    if len(parts) > 1 and all(quantities(t) for _a, _b, t in parts):
        return parts
    return [(0, len(text), text)]
