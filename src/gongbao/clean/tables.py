"""Tables that reach the text in other notations — Markdown pipes or HTML ``<table>`` —
rewritten as the tab-separated rows that PDF tools produce, so one table rule serves all."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def pipe_row(line: str) -> str | None:
    """'| 指标 | 目标 |' → '指标\\t目标'; the '|---|---|' rule line → ''."""
    if _PIPE_RULE.match(line):
        return ""
    if not _PIPE_ROW.match(line):
        return None
    return "\t".join(c.strip() for c in line.strip().strip("|").split("|"))


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.span = 1
        self.items: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() else 1
        elif tag in ("li", "br", "p") and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            if not self.rows:
                self.rows.append([])
            text = re.sub(r"[ \t]*\n[\s\n]*", "\n", "".join(self.cell)).strip()
            self.rows[-1].extend([text] + [""] * (self.span - 1))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data.replace("\t", " "))


_TABLE = re.compile(r"<table\b.*?</table\s*>", re.S | re.I)


def html_tables_to_rows(text: str) -> str:
    """Each ``<table>…</table>`` in the text becomes a block of tab-separated lines."""
    if "<table" not in text.lower():
        return text

    def rows(m: re.Match[str]) -> str:
        parser = _Rows()
        parser.feed(m.group(0))
        lines = ["\t".join(c.replace("\n", " ") for c in row) for row in parser.rows if row]
        return "\n\n" + "\n".join(lines) + "\n\n"

    return _TABLE.sub(rows, text)
