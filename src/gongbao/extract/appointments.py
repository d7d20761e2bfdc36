"""Appointments and removals: the 任免 table of a gazette and the prose forms of decisions
(任命X为Y, 免去X的Y职务, 决定任命/免去, 提请任命, X同志任…, X同志不再担任…).

Positions are one per printed item (；-separated, or a continuation line of the same
person); qualifiers (试用期一年, 挂职, 挂职期一年, 试用期满正式任命, 终止试用期) are taken
out of the position; each position gives roles {organization, title}, titles joined by 、
sharing the organisation before them.
"""

from __future__ import annotations

import re

from gongbao.extract.walk import row_source, source, walk
from gongbao.facts import Appointment, Move, Role
from gongbao.model import Block, Document, Issue

_PERSON_COL = ("姓名",)
_QUALIFIERS = re.compile(
    r"""[（(](?P<paren>试用期[^)）]*|挂职[^)）]*|兼[^)）]*|正处级|副处级|[^)）]*级)[)）]
      | [，,]\s*(?P<tail>挂职期[^，,；;。]*|试用期[^，,；;。]*)
      | ^(?P<lead>试用期满[，,]?\s*正式任命为|终止试用期[，,]?)""",
    re.X,
)
_TITLE = re.compile(
    r"""(?P<title>
        (?:常务)?副?(?:主任|局长|校长|院长|总经理|经理|董事长|书记|主席|部长|厅长|处长|科长|所长|
        馆长|站长|队长|秘书长|区长|市长|县长|镇长|乡长|主编|行长|社长|总编辑|园长|
        会长|理事长|检察长|庭长|审判长|审判员|政委|教导员)
      | 执行董事|董事|监事会(?:副)?主席|监事|总会计师|总工程师|总经济师|总审计师|委员|成员|
        审判委员会委员|调研员|巡视员|督学)$""",
    re.X,
)
_SPLIT = re.compile(r"[；;\n]")
_PROSE = [
    (
        re.compile(
            r"(?:决定|提请)?任命(?P<people>[\u4e00-\u9fff·、]{2,40}?)为(?P<pos>[^；;。]+?)(?:职务)?[；;。]"
        ),
        "appoint",
    ),
    (
        re.compile(
            r"(?:决定|提请)?免去(?P<people>[\u4e00-\u9fff·、]{2,40}?)的(?P<pos>[^；;。]+?)职务"
        ),
        "remove",
    ),
    (re.compile(r"(?P<people>[\u4e00-\u9fff·]{2,4})同志任(?P<pos>[^；;。，,]+)"), "appoint"),
    (
        re.compile(r"(?P<people>[\u4e00-\u9fff·]{2,4})同志不再担任(?P<pos>[^；;。，,]+?)职务"),
        "remove",
    ),
]


def _split_outside_brackets(text: str, sep: str = "、") -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in text:
        depth += (ch in "（(" and 1) or 0
        depth -= (ch in "）)" and 1) or 0
        if ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def qualify(position: str) -> tuple[str, list[str]]:
    quals: list[str] = []

    def take(m: re.Match[str]) -> str:
        q = m.group("paren") or m.group("tail") or m.group("lead")
        quals.append(re.sub(r"[，,\s]", "", q).replace("为", ""))
        return ""

    return _QUALIFIERS.sub(take, position).strip(" ，,"), quals


def roles(position: str) -> list[Role]:
    out: list[Role] = []
    org: str | None = None
    for piece in _split_outside_brackets(position):
        m = _TITLE.search(piece)
        if m is None:
            out.append(Role(org, piece))
            continue
        here = piece[: m.start()].strip()
        org = here or org
        out.append(Role(org, m.group("title")))
    return out


def _record(
    doc: Document,
    block: Block,
    person: str,
    action: str,
    printed: list[str],
    src_span: tuple[int, int] | None = None,
) -> Appointment:
    positions, quals = [], []
    for p in printed:
        pos, q = qualify(p.strip().rstrip("；;。. "))
        if pos:
            positions.append(pos)
        quals.extend(q)
    rs = [r for pos in positions for r in roles(pos)]
    src = source(doc, block, *(src_span or (0, len(block.text))))
    return Appointment(doc.id, re.sub(r"\s+", "", person), action, positions, quals, rs, src)


def _action_of(column: str) -> str | None:
    if "免" in column:
        return "remove"
    if "任" in column or "聘" in column:
        return "appoint"
    return None


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[Appointment] = []
    for doc in issue.documents:
        for block, _ in walk(doc):
            t = block.table
            if t is not None and t.columns and t.columns[0] in _PERSON_COL and len(t.columns) > 1:
                action = _action_of(t.columns[1])
                if action is None:
                    continue
                for k, row in enumerate(t.rows):
                    if len(row) > 1 and row[0]:
                        rec = _record(doc, block, row[0], action, _SPLIT.split(row[1]))
                        rec.source = row_source(doc, block, k)
                        out.append(rec)
            elif block.type == "paragraph" and (
                "任命" in block.text or "免去" in block.text or "同志" in block.text
            ):
                for rx, action in _PROSE:
                    for m in rx.finditer(block.text):
                        for person in m.group("people").split("、"):
                            out.append(
                                _record(doc, block, person, action, [m.group("pos")], m.span())
                            )
    return {"appointments": list(out), "moves": list(moves(out))}


def moves(records: list[Appointment]) -> list[Move]:
    by_person: dict[str, list[Appointment]] = {}
    for r in records:
        by_person.setdefault(r.person, []).append(r)
    out = []
    for person, rs in by_person.items():
        removed = [p for r in rs if r.action == "remove" for p in r.positions]
        appointed = [p for r in rs if r.action == "appoint" for p in r.positions]
        if removed and appointed:
            out.append(Move(person, removed, appointed, sorted({r.document for r in rs})))
    return out
