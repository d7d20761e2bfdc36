"""Marks on a text rendered as HTML: overlapping marks nest (a measure holds its units),
marks that cross are merged into one over both, so the HTML stays well formed and the
visible text is the text exactly."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from markupsafe import Markup

#: the shortest text of a fact's own that is searched for (a one-character name is not)
MIN_SEARCH = 2


@dataclass
class Mark:
    """One marked span: a css class per fact kind, where it links, what it says."""

    start: int
    end: int
    kinds: list[str]
    href: str | None
    title: str
    children: list[Mark] = field(default_factory=list)


@dataclass
class Marks:
    """A document's marks: on block texts by block path, on table cells by (path, row, col)."""

    text: dict[str, list[Mark]] = field(default_factory=dict)
    cells: dict[tuple[str, int, int], list[Mark]] = field(default_factory=dict)

    def cell(self, path: str, row: int, col: int, text: str) -> Markup:
        return render(text, self.cells.get((path, row, col), []))

    def block(self, path: str, text: str) -> Markup:
        return render(text, self.text.get(path, []))


def once(text: str, needle: str, lo: int = 0, hi: int | None = None) -> int | None:
    """Where ``needle`` is in ``text[lo:hi]``, if it is there exactly once (else None)."""
    hi = len(text) if hi is None else hi
    if len(needle) < MIN_SEARCH:
        return None
    at = text.find(needle, lo, hi)
    if at < 0 or text.find(needle, at + 1, hi) >= 0:
        return None
    return at


def _merged(marks: list[Mark]) -> list[Mark]:
    """Marks of one text with no two crossing: the same span is one mark (titles joined),
    and two spans that cross become one over both (until none cross)."""
    out = [Mark(m.start, m.end, list(m.kinds), m.href, m.title) for m in marks]
    out.sort(key=lambda m: (m.start, -m.end))
    changed = True
    while changed:
        changed = False
        for a in out:
            b = next((b for b in out if b is not a and _clash(a, b)), None)
            if b is not None:
                a.end = max(a.end, b.end)
                _absorb(a, b)
                out.remove(b)
                changed = True
                break
    return out


def _clash(a: Mark, b: Mark) -> bool:
    """``b`` is ``a``'s span, or starts inside ``a`` and ends after it."""
    same = (a.start, a.end) == (b.start, b.end)
    return same or a.start < b.start < a.end < b.end


def _absorb(into: Mark, other: Mark) -> None:
    into.kinds += [k for k in other.kinds if k not in into.kinds]
    if other.title not in into.title.split("；"):
        into.title = f"{into.title}；{other.title}"
    into.href = into.href or other.href


def _nest(marks: list[Mark]) -> list[Mark]:
    roots: list[Mark] = []
    stack: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        m.children = []
        while stack and stack[-1].end <= m.start:
            stack.pop()
        (stack[-1].children if stack else roots).append(m)
        stack.append(m)
    return roots


def render(text: str, marks: list[Mark]) -> Markup:
    """``text`` escaped, each mark an ``<a>`` (or a ``<mark>`` where it has no page, or where
    it holds other marks: then its own stretches of text link to its page)."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    return Markup(_html(text, _nest(_merged(valid)), 0, len(text)))


def _attrs(m: Mark, cls: str) -> str:
    return f'class="{cls}" title="{html.escape(m.title)}"'


def _html(text: str, marks: list[Mark], start: int, end: int, parent: Mark | None = None) -> str:
    out, pos, first = [], start, True

    def gap(upto: int) -> None:
        nonlocal first
        piece = html.escape(text[pos:upto])
        if not piece:
            return
        if parent is not None and parent.href:
            skip = "" if first else ' tabindex="-1"'
            href = html.escape(parent.href)
            out.append(f'<a {_attrs(parent, "fact-part")} href="{href}"{skip}>{piece}</a>')
            first = False
        else:
            out.append(piece)

    for m in marks:
        gap(m.start)
        cls = "fact " + " ".join(m.kinds)
        if m.children:
            inner = _html(text, m.children, m.start, m.end, m)
            out.append(f"<mark {_attrs(m, cls)}>{inner}</mark>")
        elif m.href:
            piece = html.escape(text[m.start : m.end])
            out.append(f'<a {_attrs(m, cls)} href="{html.escape(m.href)}">{piece}</a>')
        else:
            out.append(f"<mark {_attrs(m, cls)}>{html.escape(text[m.start : m.end])}</mark>")
        pos = m.end
    gap(end)
    return "".join(out)
