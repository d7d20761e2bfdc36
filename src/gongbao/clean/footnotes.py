"""Footnote bodies: lines led by a superscript number, lifted out of the text flow.

In extracted text a footnote body lands where its page ended — often between the two halves
of a sentence — so it is taken out before broken paragraphs are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongbao.clean.chars import SUPERSCRIPT_DIGITS
from gongbao.clean.groups import Group

FOOTNOTE_BODY = re.compile(rf"^(?P<marker>[{SUPERSCRIPT_DIGITS}]+)\s*(?P<text>\S.*)$", re.S)


@dataclass(slots=True)
class FootnoteBody:
    marker: str
    text: str
    line: int
    end_line: int
    #: first line of the flow group it followed; the note belongs to that group's document
    after: int


def lift_footnotes(groups: list[Group]) -> tuple[list[Group], list[FootnoteBody]]:
    flow: list[Group] = []
    notes: list[FootnoteBody] = []
    for g in groups:
        first = g.lines[0].text.strip()
        # a body opens with its superscript: any other line is settled without the pattern
        m = FOOTNOTE_BODY.match(first) if first[:1] in SUPERSCRIPT_DIGITS else None
        if m and not g.is_table:
            text = m.group("text") + "".join(ln.text.strip() for ln in g.lines[1:])
            notes.append(
                FootnoteBody(
                    m.group("marker"), text.strip(), g.start, g.end, flow[-1].start if flow else 0
                )
            )
        else:
            flow.append(g)
    return flow, notes
