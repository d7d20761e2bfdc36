"""Paragraphs that a page break cut in two, joined again.

A paragraph ends on 。！？；： — a paragraph that stops on anything else and is followed by a
paragraph that cannot stand on its own was cut by a page break (and whatever furniture or
footnotes the break carried has already been lifted out). Headings, titles, table rows and
list items are never joined. One case is ambiguous: the next part opens with a short lead
sentence ('完善重点群体服务。'), which may be a new paragraph's bold lead or the tail of a
cut word ('…三星级河' / '道和最美河道。'). A dictionary of Chinese words decides: if a
word spans the break, it is one paragraph; if not, text was lost at the break and a problem
says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from gongbao.clean.chars import TERMINAL
from gongbao.clean.groups import Group
from gongbao.clean.shape import joined_at_point
from gongbao.numbering import match_number
from gongbao.read import Line
from gongbao.titles import title_end

_CLAUSE = re.compile(r"[，。；,;]")
_LEAD = re.compile(r"^[^，。,；;：:、]{5,14}。")
#: a sentence cannot stop on these: the break is inside a clause whatever follows
_MID_CLAUSE = set("、，,的和与及或在对把为之")


def _prose(g: Group) -> bool:
    return not g.is_table and not g.lines[0].text.lstrip().startswith(("- ", "* ", "• "))


def _heading_like(text: str) -> bool:
    num = match_number(text)
    return num is not None and "。" not in text


def _can_be_cut(g: Group) -> bool:
    """The group ends like a paragraph that was interrupted, not like a title or heading."""
    last = g.lines[-1].text.strip()
    if not last or last[-1] in TERMINAL or last.endswith("**"):
        return False  # a sentence's end, or a bold run's (a lead or a heading)
    if not _prose(g):
        return False
    if len(g.lines) > 1 and len(last) < 40:
        return False  # a title or a signature over several short lines
    if not _CLAUSE.search(last):
        return False  # a title: prose that runs over a page has clauses
    if "》的" in last and last.count("》") > last.count("《") and title_end(last) is not None:
        # the end of a title broken inside the name it quotes ('关于印发《某某规则' / '（试行，
        # 2025年V1.0版）》的通知'): its clause is the quoted name's note
        return False
    if _names_list(last):
        return False  # recipients' names: a 主送 line that lost its colon
    if _DAY_AND_ORGAN.fullmatch(last):
        return False  # a record's day and the organ it is by: '1989年12月21日,某某办公室'
    return not _heading_like(g.text)


#: a day, a comma and an organ's name: a database's line of when and by whom
_DAY_AND_ORGAN = re.compile(
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[,，]\s*[\u4e00-\u9fff]{2,30}"
    r"(?:政府|办公室|办公厅|委员会|局|厅|部|委|院|署)"
)


_NAME_END = re.compile(r"(?:政府|局|委|办|厅|部|院|处|会|企业|单位|部门|机构|中心|公司|[)）])$")


_NAME_SEPARATORS = re.compile(r"[,，、]")


_FRACTION = re.compile(r"[.．][0-9０-９]")
_ENDS_IN_DIGIT = re.compile(r"[0-9０-９]$")
#: brackets and quotes that open: a line ending on one was broken inside what it opens
_OPENERS = frozenset("《“（(〈「『【")


def _opens_a_bracket(g: Group) -> bool:
    last = g.lines[-1].text.rstrip()
    return bool(last) and last[-1] in _OPENERS and _prose(g)


def _names_list(text: str) -> bool:
    """Names of bodies and nothing else, one of them a collective '各…': a 主送 line."""
    names = [n for n in _NAME_SEPARATORS.split(text) if n]
    return (
        len(names) >= 2
        and any("各" in n for n in names)
        and all(_NAME_END.search(n) or len(n) == 1 for n in names)
    )


def _can_continue(g: Group) -> bool:
    if not _prose(g):
        return False
    text = g.text
    if text.startswith(("**", "●", "•", "▪", "◆", "■", "□", "◇", "○")):
        return False  # a bold lead or a bullet opens a paragraph of its own
    if _heading_like(text) or match_number(text) is not None:
        return False
    # titles, dates, salutations and signatures have no clause punctuation
    return bool(_CLAUSE.search(text))


@lru_cache(maxsize=1)
def _dictionary() -> bytes:
    """jieba's word list ('word freq tag' lines), read as bytes and searched in place: a
    break needs a few look-ups, and loading the list as a dictionary (jieba.initialize) costs
    most of a second that a short document would pay for them."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("jieba's word list is not installed")
    return b"\n" + (Path(spec.submodule_search_locations[0]) / "dict.txt").read_bytes()


#: look-ups answered by searching the list before it is loaded as a set once
_SEARCHES = 8
_searched = 0


@lru_cache(maxsize=1)
def _word_set() -> dict[bytes, None]:
    """The words, as the keys of a dict: a dict of bytes is not tracked by the garbage
    collector, where a set of 350,000 words is walked by every full collection of the
    process (a quarter of its cost in a warm ingest worker)."""
    lines = (line.split(b" ", 2) for line in _dictionary().split(b"\n") if line)
    return dict.fromkeys(p[0] for p in lines if len(p) > 1 and p[1] != b"0")


def word_spans(left: str, right: str) -> bool:
    """Whether a dictionary word starts in ``left``'s tail and ends in ``right``'s head.

    Every such word holds the two characters either side of the break, so the first few
    look-ups of a process read only the list's lines holding that pair (a short document
    pays milliseconds); a process that keeps asking (an ingest worker) loads the set once."""
    global _searched
    if not left or not right:
        return False
    wanted = {
        (left[-i:] + right[:j]).encode()
        for i in range(1, 5)
        for j in range(1, 5)
        if len(left[-i:] + right[:j]) >= 2
    }
    if _searched >= _SEARCHES:
        words = _word_set()
        return any(w in words for w in wanted)
    _searched += 1
    data = _dictionary()
    pair = (left[-1] + right[0]).encode()
    at = data.find(pair)
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        end = data.find(b"\n", at)
        word, _, rest = data[start : end if end != -1 else None].partition(b" ")
        if word in wanted and rest.split(b" ", 1)[0] not in (b"", b"0"):
            return True
        at = data.find(pair, at + 1)
    return False


def join_cut_paragraphs(
    groups: list[Group], wrapped: bool = False
) -> tuple[list[Group], list[tuple[int, int, str]]]:
    """Join cut paragraphs; return the groups and (line, end_line, detail) of lost text.

    In text whose lines were wrapped where the printed line ended (``wrapped``), a break in
    mid-sentence is a wrap the reflow missed, not text lost at a page break: it is joined."""
    out: list[Group] = []
    lost: list[tuple[int, int, str]] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and g.lines[0].continues and not prev.is_table and not g.is_table:
            # the reader saw the line run to the margin at the foot of the page
            out[-1] = _joined(prev, g)
            continue
        if prev is not None and _opens_a_bracket(prev) and _prose(g) and not _heading_like(g.text):
            # no paragraph ends inside a title's brackets: '…根据《' / '中华人民共和国…法》、《'
            out[-1] = _joined(prev, g)
            continue
        if prev is not None and _FRACTION.match(g.text) and _ENDS_IN_DIGIT.search(prev.text):
            # nor opens on a figure's decimal point: '…预算收入２２２１' / '．９亿元,完成…'
            # (lines apart: ``shape`` joins those next to each other the same way)
            out[-1] = _joined(prev, g, lambda a, b: joined_at_point(a.strip(), b))
            continue
        if (
            prev is not None
            and _can_be_cut(prev)
            and _can_continue(g)
            and _one_script(prev.lines[-1].text, g.text)
        ):
            left, right = prev.lines[-1].text.strip(), g.text
            if left[-1] in "）)" and right[0] not in "、，,。；;：:）)":
                # a bracket closes a note ('（责任部门：…）'); only punctuation continues it
                out.append(g)
                continue
            lead_after = _LEAD.match(right) and not word_spans(left, right)
            if not wrapped and left[-1] not in _MID_CLAUSE and lead_after:
                lost.append(
                    (
                        prev.end,
                        g.start,
                        f"段落在“…{left[-8:]}”处句子未完，下一段另起（“{right[:10]}…”）："
                        "分页处可能缺失文字",
                    )
                )
                out.append(g)
                continue
            if (
                not wrapped
                # (only scraps above it: a page's image stub, '图片', is no text)
                and all(len(o.text) <= 8 and "。" not in o.text for o in out[:-1])
                and len(prev.lines) == 1
                and len(left) <= 60
                and not word_spans(left, right)
            ):
                # the text's first line alone (scraps aside), short, over a paragraph, no word
                # broken between them: a headline with a comma in it ('某地调整…书记,两名…拟任…
                # 职务')
                out.append(g)
                continue
            out[-1] = _joined(prev, g)
            continue
        out.append(g)
    return out, lost


#: an ideograph
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _one_script(left: str, right: str) -> bool:
    """Whether two paragraphs may be one: a bilingual page's English paragraph (Latin words,
    no ideograph) is never the start of the Chinese one under it, nor the other way round."""
    english = [_LATIN.search(t) is not None and _HAN.search(t) is None for t in (left, right)]
    if not any(english) or all(english):
        return True
    other = right if english[0] else left
    # (the other mostly ideographs: an English text that names a Chinese term runs on)
    return len(_HAN.findall(other)) <= len(re.findall(r"[A-Za-z]", other))


#: a word of a Latin script
_LATIN = re.compile(r"[A-Za-z]{2,}")


def _joined(
    prev: Group, g: Group, join: Callable[[str, str], str] = lambda a, b: a.strip() + b
) -> Group:
    last = prev.lines[-1]
    joined = Line(last.no, join(last.text, g.text), last.page)
    return Group([*prev.lines[:-1], joined], end=g.end)
