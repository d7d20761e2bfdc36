"""Clean: page furniture out, residue of other formats out, cut paragraphs whole again.

Input is the reader's lines; output is the flow of groups that ``structure`` reads, plus the
footnote bodies and the furniture that were taken out (so nothing is silently lost).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.clean.footnotes import FootnoteBody, lift_footnotes
from gongbao.clean.furniture import find_furniture
from gongbao.clean.groups import Group, split_groups
from gongbao.clean.joins import join_cut_paragraphs
from gongbao.clean.markers import (
    has_field_codes,
    site_markers,
    strip_field_codes,
    strip_site_markers,
)
from gongbao.clean.markup import clean_line
from gongbao.clean.shape import apply_shape
from gongbao.clean.spacing import close_cjk_spaces
from gongbao.clean.tables import (
    cell_lines_to_rows,
    flat_rows_to_rows,
    paragraph_cells_to_rows,
    pipe_row,
    serial_cell_lines_to_rows,
)
from gongbao.clean.wrapper import unwrap
from gongbao.model import Removed
from gongbao.read import Line

__all__ = [
    "Cleaned",
    "FootnoteBody",
    "Group",
    "Removed",
    "clean",
    "font_punctuation",
    "normalize_line",
]


@dataclass(slots=True)
class Cleaned:
    raw: list[Line]
    lines: list[Line]
    groups: list[Group]
    footnotes: list[FootnoteBody]
    furniture: dict[int, str]
    lost: list[tuple[int, int, str]] = field(default_factory=list)
    #: how the input's lines were shaped (``clean.shape``): blank-separated, …
    shape: str = "blank-separated"
    #: what the page wrapper said of the document (标题, 发文字号, 成文日期 …)
    meta: dict[str, str] = field(default_factory=dict)
    #: every line (or part of one) taken out, with the reason
    removed: list[Removed] = field(default_factory=list)


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
#: every character ``normalize_line`` acts on: white space it trims or closes up, the first
#: characters of the markup ``clean_line`` takes out, zero-width characters. A line with
#: none of them is its own normal form (most lines of a document: settled by one search)
_ACTED_ON = re.compile("[ \t\r\n\u3000\u00a0{$#【>&<\u200b\u200c\u200d\u2060\ufeff]")


def normalize_line(text: str, invisible: bool = True) -> str:
    # trailing tabs are empty table cells, not white space to drop
    if invisible and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    text = clean_line(text.rstrip(" \r\n\u3000\u00a0").replace("\u3000", " "))
    text = close_cjk_spaces(text)
    lead = len(text) - len(text.lstrip("\t"))
    return text[:lead] + text[lead:].strip(" ")


def normal_form(text: str, invisible: bool = True) -> str:
    """``normalize_line(text, invisible)``, settled without its passes where they would
    change nothing: a line with none of the characters they act on is its own normal form,
    and one with nothing else to clean than the spaces around it (an indent of ideographic
    spaces, mostly) is its text stripped of them."""
    if _ACTED_ON.search(text) is None:
        return text
    core = text.strip(" \u3000")
    if _ACTED_ON.search(core) is None:
        return core
    return normalize_line(text, invisible)


#: Yi syllables a PDF font's broken mapping gives for Chinese punctuation (ꎬ for ，, ꎮ for
#: 。), and the guillemets the same fonts give for 《》
_FONT_PUNCT = str.maketrans({"\ua3ac": "，", "\ua3ae": "。", "«": "《", "»": "》"})
_YI = re.compile("[\ua000-\ua4cf]")
#: the private-use code (plane 16) that Founder (方正) fonts' broken mappings give for the
#: full stop they print in figures and after a number
_FONT_POINT = "\U001001b0"
_POINT_IN_FIGURE = re.compile("(?<=[0-9])\U001001b0(?=[0-9])")
#: a Latin letter right after Chinese text, where a site's marker stands (most texts hold
#: none: the markers are looked for only where one could be)
_MARKER_HINT = re.compile(
    "[\u4e00-\u9fff，。：:；、）)][A-Za-z][A-Za-z0-9]{1,4}(?:[ \u3000]|$)", re.M
)
_HAN = re.compile("[\u4e00-\u9fff]")


def _font_points(raw: list[Line]) -> list[Line]:
    """The point a PDF font gave a private-use code for ('２２２１' / '\U001001b0９ 亿元', '１' /
    '\U001001b0 一般公共预算'), read as the point it prints: a figure's decimal point between
    digits, else '．' (a figure the extraction broke before its point is joined again by the
    shape, ``clean.shape``)."""
    return [
        ln.with_text(_POINT_IN_FIGURE.sub(".", ln.text).replace(_FONT_POINT, "．"), ln.last)
        if _FONT_POINT in ln.text
        else ln
        for ln in raw
    ]


def font_punctuation(whole: str) -> bool:
    """Whether a text's Yi syllables are a PDF font's punctuation: only ꎬ and ꎮ, in a
    Chinese text (a text in Yi script holds its other syllables too)."""
    if "\ua3ac" not in whole and "\ua3ae" not in whole:
        return False  # (two substring looks, cheaper than a class over the whole text)
    yi = set(_YI.findall(whole))
    return yi <= {"\ua3ac", "\ua3ae"} and len(_HAN.findall(whole[:20000])) > 200


def clean(raw: list[Line]) -> Cleaned:
    lines = []
    source = raw
    texts = [ln.text for ln in raw]
    whole = "\n".join(texts)
    # (a site marks every paragraph: its first 20,000 characters show its markers)
    head = whole[:20000]
    markers = site_markers(head) if _MARKER_HINT.search(head) else frozenset()
    marked: list[Removed] = []
    if markers:
        raw, marked = strip_site_markers(raw, markers)
        texts = [ln.text for ln in raw]
        whole = "\n".join(texts)
    if has_field_codes(whole):
        raw, codes = strip_field_codes(raw)
        marked += codes
        texts = [ln.text for ln in raw]
        whole = "\n".join(texts)
    if font_punctuation(whole):
        # the glyphs are the font's, not the text's: read as the punctuation they print
        raw = [ln.with_text(ln.text.translate(_FONT_PUNCT)) for ln in raw]
        texts = [ln.text for ln in raw]
        whole = "\n".join(texts)
    if _FONT_POINT in whole:
        raw = _font_points(raw)
        texts = [ln.text for ln in raw]
        whole = "\n".join(texts)
    # zero-width characters are rare: looked for once in the whole text, not line by line
    invisible = _INVISIBLE.search(whole) is not None
    piped = "|" in (whole if len(raw) <= 4000 else "".join(texts[:4000]))
    rows = flat_rows_to_rows(serial_cell_lines_to_rows(cell_lines_to_rows(raw))) if piped else raw
    if "序号" in whole:
        rows = paragraph_cells_to_rows(rows)
    acted_on = _ACTED_ON.search
    for ln in rows:
        text = ln.text
        if "|" in text:
            row = pipe_row(text)
            text = normalize_line(text if row is None else row, invisible)
        elif acted_on(text) is not None:
            text = normal_form(text, invisible)
        # most lines need no cleaning: the line itself is kept (lines are not changed once
        # made; a new one is made only for a changed text)
        if text == ln.text:
            lines.append(ln)
        else:
            lines.append(Line(ln.no, text, ln.page, ln.furniture, ln.continues, ln.last))
    as_read = {ln.no: ln.text for ln in raw}
    page = unwrap(lines, as_read)
    furniture = find_furniture(page.lines)
    # furniture counts as a break between lines, as a page break does
    kept = [Line(ln.no, "") if ln.no in furniture else ln for ln in page.lines]
    shaped, shape = apply_shape(kept, as_read)
    groups = split_groups(shaped, set())
    flow, notes = lift_footnotes(groups)
    flow, lost = join_cut_paragraphs(flow, wrapped=shape != "blank-separated")
    removed = (
        marked
        + page.removed
        + [Removed(n, lines[n - lines[0].no].text.strip(), why) for n, why in furniture.items()]
    )
    removed.sort(key=lambda r: r.line)
    return Cleaned(source, lines, flow, notes, furniture, lost, shape, page.meta, removed)
