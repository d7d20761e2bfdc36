"""The head of a document: title, date, 文号, the meeting it was read at or adopted by,
its speaker, and its addressees (主送) — everything above the first paragraph of text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.clean import Group
from gongbao.structure.dates import DATE, date_from_match, is_date_line
from gongbao.structure.docnumber import find_doc_number, is_doc_number_line

_ORDER_NO = re.compile(r"^第\s*\d{1,5}\s*[号號]$")
_SPEECH = re.compile(r"^——\s*(?P<date>.+?日)\s*在(?P<occasion>.+?)上(?:的(?:讲话|报告|发言))?$")
_ADOPTED = re.compile(r"^(?P<date>.+?日)\s*(?P<body>.+?[会會][议議])\s*(?:[审審][议議])?通[过過]$")
_SPEAKER = re.compile(
    r"^(?P<title>\S{0,30}?(?:[区區市县縣省州旗镇鎮乡鄉局厅廳部][长長]|主任|[书書]记|主席|"
    r"委[员員][长長]|秘[书書][长長]|[总總]理))\s+(?P<name>\S{2,4})$"
)
_HEAD_OF_GOVT = re.compile(r"^(?P<place>.*?)(?P<unit>[区區市县縣省州旗镇鎮乡鄉])[长長]$")
_DATE_AT_START = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日")
_SALUTATION = re.compile(r"^(各位代表|各位委员|同志们|各位)")
_ORG_END = re.compile(
    r"(委员会|委員會|政府|局|委|办公室|辦公室|办|辦|厅|廳|部|院|中心|公司|会|會|处|處|所|室|"
    r"队|隊|站|社|府)$"
)
_ABOUT = re.compile(r"[关關][于於]")
_ISSUER_SPLIT = re.compile(r"[、\s]+")


@dataclass(slots=True)
class Head:
    title: str
    end: int  # index of the first group after the head
    date: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    speaker: str | None = None
    occasion: str | None = None


def issuers_from_title(raw_title: str) -> list[str]:
    """'中共静安区委 静安区人民政府 关于…' → the organisations before 关于."""
    m = _ABOUT.search(raw_title)
    if m is None:
        return []
    prefix = raw_title[: m.start()].strip()
    parts = [p for p in _ISSUER_SPLIT.split(prefix) if p]
    if not parts or not all(_ORG_END.search(p) for p in parts):
        return [re.sub(r"\s+", "", prefix)] if prefix else []
    return parts


def split_addressees(text: str) -> list[str]:
    """'区政府各委、办、局，各街道办事处、彭浦镇政府：' → three addressees.

    、 separates addressees, except inside a run of one-character units (委、办、局) and
    where a name shares the ending of the next one (各市、县人民政府)."""
    out: list[str] = []
    for part in re.split(r"[，,；;]", text.rstrip("：:")):
        carry = ""
        for piece in (p.strip() for p in part.split("、")):
            if not piece:
                continue
            if len(piece) == 1 and out and not carry:
                out[-1] += "、" + piece
            elif not _ADDRESSEE_END.search(piece):
                carry += piece + "、"
            else:
                out.append(carry + piece)
                carry = ""
        if carry:
            out.append(carry.rstrip("、"))
    return out


_ADDRESSEE_END = re.compile(
    r"(政府|委员会|局|委|办|厅|部|院|中心|公司|会|处|所|室|队|站|社|府|"
    r"单位|部门|机构|街道|办事处|镇|乡|市委|党委|军区|学校)$"
)


def parse_head(groups: list[Group], start: int, end: int, raw: dict[int, str]) -> Head:
    title_group = groups[start]
    title_lines = title_group.lines
    number_line = None
    if len(title_lines) > 1:
        last = title_lines[-1].text.strip().replace("**", "")
        before = "".join(ln.text.strip() for ln in title_lines[:-1]).replace("**", "")
        # a 文号 printed on the title's last line (one centred block on web pages)
        if is_doc_number_line(last):
            number_line, title_lines = last, title_lines[:-1]
        elif _ORDER_NO.match(last) and before.endswith("令"):
            number_line, title_lines = before + last, title_lines[:-1]
    raw_title = " ".join(raw.get(ln.no, ln.text).strip() for ln in title_lines)
    title = "".join(ln.text.strip() for ln in title_lines).replace("**", "")
    head = Head(title=title, end=start + 1)
    if number_line:
        head.doc_number = find_doc_number(number_line)
    head.issuers = issuers_from_title(raw_title)
    if not head.issuers and head.title.endswith("令") and _ORG_END.search(head.title[:-1]):
        head.issuers = [head.title[:-1]]
    lines = [(gi, ln) for gi in range(start + 1, min(end, start + 8)) for ln in groups[gi].lines]
    k = 0
    after_occasion = False
    while k < len(lines):
        _gi, ln = lines[k]
        text = ln.text.strip()
        raw_text = raw.get(ln.no, text).strip()
        if is_date_line(text) and not head.date:
            head.date = _iso(text)
        elif _ORDER_NO.match(text) and head.title.endswith("令") and not head.doc_number:
            head.doc_number = head.title + text
        elif is_doc_number_line(text):
            head.doc_number = find_doc_number(text)
        elif text.startswith("——") or (_DATE_AT_START.match(text) and not head.occasion):
            # the occasion may wrap over up to three lines
            for _extra in range(3):
                if _SPEECH.match(text) or _ADOPTED.match(text) or k + 1 >= len(lines):
                    break
                k += 1
                text += lines[k][1].text.strip()
            if not _occasion(head, text):
                break
            after_occasion = True
        elif sm := _SPEAKER.match(raw_text):
            head.speaker = f"{sm.group('title')} {sm.group('name')}"
            gm = _HEAD_OF_GOVT.match(sm.group("title"))
            if not head.issuers and gm and gm.group("place"):
                head.issuers = [gm.group("place") + "人民政府"]
        elif after_occasion and _ORG_END.search(text) and len(text) <= 30 and not head.issuers:
            head.issuers = [text]
        elif _addressee_line(text):
            head.addressees = split_addressees(text)
            k += 1
            break
        else:
            break
        k += 1
    head.end = lines[k][0] if k < len(lines) else (lines[-1][0] + 1 if lines else start + 1)
    return head


def _addressee_line(text: str) -> bool:
    return (
        text.endswith(("：", ":"))
        and len(text) <= 80
        and "。" not in text
        and not _SALUTATION.match(text)
    )


def _occasion(head: Head, text: str) -> bool:
    """'——2026年1月14日在…会议上' (read at) or '2026年1月16日…会议通过' (adopted by)."""
    if m := _SPEECH.match(text):
        head.date = head.date or _iso(m.group("date"))
        head.occasion = m.group("occasion")
        return True
    if m := _ADOPTED.match(text):
        head.date = head.date or _iso(m.group("date"))
        head.occasion = m.group("body")
        if not head.issuers:
            head.issuers = [m.group("body")]
        return True
    return False


def _iso(text: str) -> str | None:
    m = DATE.search(text)
    return date_from_match(m) if m else None
