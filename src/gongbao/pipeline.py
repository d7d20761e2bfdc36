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


def parse_bytes(data: bytes, name: str = "input") -> Issue:
    return parse_text(decode(data, name=name))


def parse_file(path: str | os.PathLike[str], max_bytes: int | None = None) -> Issue:
    """Parse a gazette file; raises ``InputError`` for input that is not gazette text."""
    return parse_text(read_path(path, limit=max_bytes))
