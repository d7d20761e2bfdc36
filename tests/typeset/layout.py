"""What a typesetter needs to know of the sample's text: each blank-line-separated group with
its role, read with the project's own parse (documents' titles, headings, tables and their
captions, the contents' entries, the masthead lines that mark printed pages).

Nothing is added: every character a builder prints comes from the text (a contents entry's
title and page as the contents print them; a title's lines joined, as a typesetter sets a
title and lets it wrap). Bullets, dot leaders, rules and page furniture are typography.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.clean.furniture import find_furniture
from gongbao.read import split_lines


@dataclass(slots=True)
class Piece:
    #: cover, contents, section, entry, masthead, title, heading, caption, table, para, lines
    kind: str
    lines: list[str] = field(default_factory=list)
    #: a contents entry's page number
    page: int = 0
    #: a table's rows, and whether the parse reads it as a table (ruled) or columns of text
    rows: list[list[str]] = field(default_factory=list)
    ruled: bool = False

    @property
    def text(self) -> str:
        """The group's lines as one run of text (a title set as one paragraph)."""
        return "".join(ln.strip() for ln in self.lines)


def pieces(text: str) -> list[Piece]:
    from gongbao.model import Block
    from gongbao.pipeline import parse_text

    issue = parse_text(text)
    lines = split_lines(text)
    furniture = find_furniture(lines)
    titles = {d.source.line for d in issue.documents}

    def heads(blocks: list[Block]) -> set[int]:
        out: set[int] = set()
        for b in blocks:
            if b.type == "heading" and b.source.line is not None:
                out.add(b.source.line)
            out |= heads(b.children)
        return out

    headings = set().union(*(heads(d.body) for d in issue.documents))
    # every group of a table's lines (a table the text breaks with a blank line is one table)
    ruled = {
        n for t in issue.tables for n in range(t.source.line or 0, (t.source.end_line or 0) + 1)
    }
    captions = {"".join((t.caption or "").split()) for t in issue.tables}
    toc = issue.toc
    toc_start = min((e.source.line or 0) for e in toc) if toc else 0
    toc_end = max((e.source.end_line or 0) for e in toc) if toc else 0
    entries = {e.source.line: e for e in toc}

    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for ln in lines:
        t = ln.text.rstrip("\r")
        if not t.strip() or furniture.get(ln.no) == "masthead":
            if current:
                groups.append(current)
                current = []
            if furniture.get(ln.no) == "masthead":
                groups.append([(ln.no, "")])  # a printed page starts here
            continue
        current.append((ln.no, t))
    if current:
        groups.append(current)

    out: list[Piece] = []
    in_contents = False
    for g in groups:
        first = g[0][0]
        texts = [t for _, t in g]
        if texts == [""]:
            out.append(Piece("masthead"))
            continue
        if toc and first < toc_start and not in_contents:
            if "".join(texts[0].split()) in ("目录", "目次"):
                in_contents = True
                out.append(Piece("contents", texts))
            else:
                out.append(Piece("cover", texts))
            continue
        if toc and first <= toc_end and in_contents:
            for no, t in g:
                if t.startswith("【"):
                    out.append(Piece("section", [t]))
                elif no in entries:
                    e = entries[no]
                    out.append(Piece("entry", [e.title], page=e.page))
            continue
        if first in titles:
            out.append(Piece("title", texts))
        elif any("\t" in t for t in texts):
            rows = [t.split("\t") for t in texts]
            out.append(Piece("table", texts, rows=rows, ruled=first in ruled))
        elif "".join("".join(texts).split()) in captions:
            out.append(Piece("caption", texts))
        elif first in headings:
            out.append(Piece("heading", texts))
        else:
            out.append(Piece("para" if len(texts) == 1 else "lines", texts))
    return out


def is_note(line: str) -> bool:
    """A footnote's body: a line opening with its superscript number."""
    return line.lstrip()[:1] in "¹²³⁴⁵⁶⁷⁸⁹" and bool(line.strip())


def title_text(text: str) -> str:
    """A title set as one run: the spaces where the text's lines were cut go (a space stays
    between two Latin letters or digits)."""
    return re.sub(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])", "", text)


def characters(text: str) -> str:
    """Every character the sample prints, with ASCII and the typographer's marks."""
    extra = "".join(chr(c) for c in range(32, 127)) + "…·•●（）—"
    return "".join(sorted(set(text) | set(extra)))
