"""read → clean → structure → extract → check: one pure function per stage."""

from __future__ import annotations

import os

from gongbao.check import run_checks
from gongbao.clean import clean
from gongbao.clean.tables import html_tables_to_rows
from gongbao.extract import run_extractors
from gongbao.model import Issue
from gongbao.read import decode, read_path, split_lines
from gongbao.structure import build_issue


def parse_text(text: str) -> Issue:
    """Parse gazette text (already decoded) into the typed model."""
    issue = build_issue(clean(split_lines(html_tables_to_rows(text))))
    run_extractors(issue)
    issue.problems.extend(run_checks(issue))
    return issue


def parse_html(html: str) -> Issue:
    """A document page as published on the web: its body parsed like gazette text, its
    metadata table applied on top."""
    from gongbao.read.html import read_html
    from gongbao.structure.pagemeta import apply_page_meta

    page = read_html(html)
    issue = parse_text(page.text)
    apply_page_meta(issue, page.meta)
    return issue


def parse_bytes(data: bytes, name: str = "input") -> Issue:
    """Text or an HTML page, told apart by the content, not the file name."""
    from gongbao.read.html import looks_like_html

    text = decode(data, name=name)
    if looks_like_html(data):
        return parse_html(text)
    return parse_text(text)


def parse_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> Issue:
    """Parse a gazette file; raises ``InputError`` for input that is not gazette text."""
    from gongbao.read.html import looks_like_html

    text = read_path(path, limit=max_bytes)
    if looks_like_html(text[:65536].encode("utf-8", "replace")):
        return parse_html(text)
    return parse_text(text)
