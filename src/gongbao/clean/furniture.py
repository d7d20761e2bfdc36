"""Running headers and footers, found from the text itself.

A gazette's pages carry its name at the top and the issue number or a page number at the
bottom. In extracted text these land wherever a page broke, often mid-sentence. They are
recognised by what they are, not by a list of strings:

- ``masthead``: a repeat of the issue's first line (the gazette's name on its cover);
- ``issue_footer``: a line that is only an issue number, '（2026年第1期）' style;
- ``page_number``: a line that is only a page number ('12', '- 12 -', '第12页');
- ``repeated``: a short line without sentence punctuation that recurs three or more times.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from gongbao.read import Line
from gongbao.titles import TITLE_END

ISSUE_FOOTER = re.compile(
    r"""^[（(]?\s*
        (?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*   # year
        第\s*[0-9一二三四五六七八九十]+\s*期         # number in the year
        (?:\s*[（(]\s*总第\s*\d+\s*期\s*[)）])?      # running total
        \s*[)）]?$""",
    re.X,
)
PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—–])?$")
_SENTENCE_PUNCT = re.compile(r"[。；，：！？、,;:!?]")


def find_furniture(lines: list[Line]) -> dict[int, str]:
    """Map line number → rule name for every line that is page furniture."""
    texts = [ln.text.strip() for ln in lines]
    nonempty = [t for t in texts if t]
    if not nonempty:
        return {}
    masthead = nonempty[0]
    if _ends_like_title(masthead) and "公报" not in masthead and _only_at_top(nonempty, masthead):
        masthead = ""  # a page that prints its document's title again, not a gazette's name
    counts = Counter(t for t in texts if t and "\t" not in t and len(t) <= 30)
    # (a short text repeats no line three times: it is settled without the loops below)
    repeated = {t for t, n in counts.items() if n >= 3}
    if repeated:
        # an issuer printed at the heads and over the signatures of several documents: it signs
        for k, t in enumerate(texts):
            if counts.get(t, 0) >= 3 and _signs(texts, k):
                del counts[t]
        # a line repeated only near the top is a page printing its title again, not a header
        top = {
            t
            for t in repeated
            if counts.get(t, 0) >= 3
            and _ends_like_title(t)
            and "公报" not in t
            and _only_at_top(nonempty, t)
        }
        for t in top:
            del counts[t]
        repeated = {t for t in repeated if counts.get(t, 0) >= 3}
    bare_pages = _page_sequence(lines, texts)
    cells = _among_cells(texts, repeated)
    out: dict[int, str] = {}
    seen_masthead = False
    first_no = lines[0].no
    for ln, t in zip(lines, texts, strict=True):
        if not t:
            continue
        if ln.furniture is not None:
            out[ln.no] = ln.furniture
        elif t == masthead:
            if (
                seen_masthead
                and not _signs(texts, ln.no - first_no)
                and not _heads(texts, ln.no - first_no)
            ):
                # (an issuer named on the first line and again over a date is signing, and
                # over the other issuers and 关于 heading its document)
                out[ln.no] = "masthead"
            seen_masthead = True
        elif "期" in t and ISSUE_FOOTER.match(t):
            out[ln.no] = "issue_footer"
        elif (
            (t[-1] in _PAGE_NUMBER_ENDS or t[-1].isdecimal())  # (``_may_be_page_number``)
            and PAGE_NUMBER.match(t)
            and (_DECORATED.match(t) or ln.no in bare_pages)
        ):
            out[ln.no] = "page_number"
        elif (
            t in repeated
            and _running_shape(t)
            and t not in cells
            and not _SENTENCE_PUNCT.search(t)
            and _is_running(t)
            and not _STRUCTURAL.match(t)
            and not _signs(texts, ln.no - first_no)
            and not _titles_attachment(texts, ln.no - first_no)
        ):
            out[ln.no] = "repeated"
    return out


#: lines that recur in an issue because documents do, not because pages do
_STRUCTURAL = re.compile(
    r"^(?:附件\s*[0-9一二三四五六七八九十]*\s*[:：]?|目\s*[录錄]|目次|特此通知|各位代表"
    r"|[【\[［][^】\]］]{1,30}[】\]］])$"
)


#: a page number printed as one: '- 12 -', '—3—', '第12页' (a bare '12' may be a table cell)
_DECORATED = re.compile(r"^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页)$")
_BARE = re.compile(r"^\d{1,4}$")


#: what a page number ends on besides a digit
_PAGE_NUMBER_ENDS = ("页", "-", "—", "–")


def _may_be_page_number(text: str) -> bool:
    """Whether ``PAGE_NUMBER`` can match the stripped ``text``: it ends on a digit, 页 or a
    dash (the cheap test that settles a document's own lines, which end otherwise)."""
    return text[-1:] in _PAGE_NUMBER_ENDS or text[-1:].isdecimal()


def _page_sequence(lines: list[Line], texts: list[str]) -> set[int]:
    """Bare numbers that count pages: each one more than the last, pages apart (ten lines or
    more), at least three of them. Numbers in a table's column do not run like that."""
    found = [
        (ln.no, int(t))
        for ln, t in zip(lines, texts, strict=True)
        if 0 < len(t) <= 4 and _BARE.match(t)  # (a stripped text: no last newline for '$')
    ]
    best: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for no, n in found:
        if run and n == run[-1][1] + 1 and no - run[-1][0] >= 10:
            run = [*run, (no, n)]
        else:
            run = [(no, n)]
        if len(run) > len(best):
            best = run
    return {no for no, _n in best} if len(best) >= 3 else set()


#: a figure in a table's cell; an ideograph (compiled once: both are asked of every line)
_FIGURE = re.compile(r"[-+]?[\d,，.．%％]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _cell_like(text: str) -> bool:
    """A table cell printed on a line of its own: a short label or a figure."""
    figure = _FIGURE.fullmatch(text) is not None
    return 0 < len(text) <= 14 and (figure or not _SENTENCE_PUNCT.search(text))


def _among_cells(texts: list[str], repeated: set[str]) -> set[str]:
    """Repeated lines that stand among a table's cells (pdftotext prints a cell a line): the
    lines around them are short labels and figures too, at most of their occurrences. A
    running header stands in the text's prose, wherever a page broke it."""
    if not repeated:
        return set()  # (most short texts repeat no line: nothing to look around)
    lines = [t for t in texts if t]
    seen: dict[str, list[bool]] = {}
    for k, t in enumerate(lines):
        if t in repeated:
            around = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            seen.setdefault(t, []).append(all(_cell_like(a) for a in around))
    return {t for t, flags in seen.items() if sum(flags) * 2 > len(flags)}


def _running_shape(text: str) -> bool:
    """A running header names a publication or a part of it: a few words (a table's column
    head, '项目', '预算数', a lone bracket, is no running header)."""
    cjk = len(_HAN.findall(text))
    return cjk >= 2 and (len(text) >= 5 or "公报" in text or "公報" in text)


def _only_at_top(nonempty: list[str], text: str, window: int = 30) -> bool:
    """Whether ``text`` is printed nowhere after the first ``window`` lines of text."""
    return text not in nonempty[window:]


#: how far before a line's end a ``TITLE_END`` match can start: a kind word of three
#: characters and a bracketed note of eighteen, unless white space stands before the note
_TITLE_REACH = 24
_SPACE = re.compile(r"\s")


def _ends_like_title(text: str) -> bool:
    """``TITLE_END.search(text)``, looked for among the text's last characters (the first
    line of a document flattened onto one line is the whole document)."""
    start = len(text) - _TITLE_REACH
    if start <= 0:
        return TITLE_END.search(text) is not None
    if TITLE_END.search(text, start) is not None:
        return True
    # a longer match holds white space before its note, within the last characters
    return _SPACE.search(text, start) is not None and TITLE_END.search(text) is not None


def _titles_attachment(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is an attachment's title: the text above it is its label."""
    above = next((t for t in reversed(texts[max(0, k - 3) : k]) if t), "")
    return bool(re.match(r"^附件\s*[0-9一二三四五六七八九十]*$", above))


def _signs(texts: list[str], k: int) -> bool:
    """Whether line ``k`` is a signature: the next text under it is a date, or the other
    issuers of a joint signature are, and then the date."""
    from gongbao.structure.dates import is_date_line

    return _organs_then(texts, k, is_date_line, joined=True)


def _heads(texts: list[str], k: int) -> bool:
    """Whether line ``k`` opens a document's head: the issuer of a joint title stacked a line
    each, the others under it, then the title's '关于…' (a site named after the first issuer
    prints its name at the top too: that is no gazette's running name)."""
    return _organs_then(texts, k, lambda t: t.startswith("关于"))


def _organs_then(
    texts: list[str], k: int, ends: Callable[[str], bool], joined: bool = False
) -> bool:
    """Whether the texts under line ``k`` are organs' names (six at most), then one that
    ``ends`` the run (a date under joint signers, a title's '关于' under joint issuers; with
    ``joined``, or the short pieces a page put a line each, joined: '2025' / '年' / '9' …)."""
    from gongbao.structure.organs import is_org

    following = [t for t in texts[k + 1 : k + 12] if t][:7]
    for n, t in enumerate(following):
        if ends(t):
            return True
        if joined and len(t) <= 4 and ends("".join(following[n : n + 6])):
            return True
        if len(t) > 30 or not is_org(t):
            return False
    return False


def _is_running(text: str) -> bool:
    """A running header names a publication or a page; numbered headings are not that."""
    from gongbao.numbering import match_number

    return match_number(text) is None
