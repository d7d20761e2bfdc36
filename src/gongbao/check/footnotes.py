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
                    f"footnote {note.marker} '{note.text[:20]}' has no marker in "
                    "its document's text",
                    note.document,
                    note.source,
                )
            )
        elif superscript_to_int(note.text_marker) != superscript_to_int(note.marker):
            out.append(
                Problem(
                    "footnote_marker_mismatch",
                    f"note printed as {note.marker} is marked {note.text_marker} "
                    f"in the text ('{note.text[:20]}')",
                    note.document,
                    note.source,
                )
            )
    return out
