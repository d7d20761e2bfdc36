"""Footnote bodies matched to the markers in their document's text.

The printed numbers of markers and bodies often disagree (a document's notes renumbered,
the markers not), so a body is matched by content first — the term the marker follows
('ESG³', 'FDA⁷', '“2+3+6+6”³') appears in the note — and otherwise by order. Where the
numbers disagree, ``check.footnotes`` reports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongbao.clean.chars import SUPERSCRIPT_DIGITS
from gongbao.model import Block, Footnote

_MARKER = re.compile(rf"[{SUPERSCRIPT_DIGITS}]+")
_TERM = re.compile(r"[A-Za-z0-9+.\-]{2,}|[\u4e00-\u9fff]{2,4}")


@dataclass(slots=True)
class Marker:
    marker: str
    block: str
    terms: list[str]
    #: where the marker stands in its block's text
    span: tuple[int, int]


def markers_in(blocks: list[Block]) -> list[Marker]:
    out: list[Marker] = []
    for b in blocks:
        texts = (
            [b.text]
            if b.type != "table" or b.table is None
            else [c for row in b.table.rows for c in row]
        )
        for text in texts:
            for m in _MARKER.finditer(text):
                before = text[max(0, m.start() - 20) : m.start()].rstrip("”’\"')）")
                before = before.split("“")[-1]
                terms = [t for t in _TERM.findall(before) if t not in ("和", "的")]
                out.append(Marker(m.group(0), b.path, terms[-2:], m.span()))
    return out


def anchor(notes: list[Footnote], blocks: list[Block]) -> None:
    """Set ``text_marker`` and ``anchor`` of each note from its document's blocks."""
    free = markers_in(blocks)
    for note in notes:
        pick = next((mk for mk in free if any(t in note.text for t in mk.terms)), None)
        if pick is None:
            pick = next((mk for mk in free if mk.marker == note.marker), None)
        if pick is None and free:
            pick = free[0]
        if pick is None:
            continue
        free.remove(pick)
        note.text_marker = pick.marker
        note.anchor = pick.block
        note.source.block = pick.block
        note.source.span = pick.span
