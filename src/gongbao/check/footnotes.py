"""Footnotes whose printed number differs from the marker used in the text, or that have
no marker at all."""

from __future__ import annotations

from gongbao.clean.chars import superscript_to_int
from gongbao.model import Issue, Problem


def footnote_markers(issue: Issue) -> list[Problem]:
    out: list[Problem] = []
    for note in issue.footnotes:
        if note.text_marker is None:
            out.append(
                Problem(
                    "footnote_unanchored",
                    f"注释{note.marker}（“{note.text[:20]}”）在本文件正文中没有对应的标记",
                    note.document,
                    note.source,
                )
            )
        elif superscript_to_int(note.text_marker) != superscript_to_int(note.marker):
            out.append(
                Problem(
                    "footnote_marker_mismatch",
                    f"注释印为{note.marker}，正文标记为{note.text_marker}（“{note.text[:20]}”）",
                    note.document,
                    note.source,
                )
            )
    return out
