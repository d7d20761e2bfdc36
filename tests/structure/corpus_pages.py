"""Parsing a file of tests/corpus, for the tests of the layouts real pages showed: the whole
issue, or its one document (asserted to be one)."""

from __future__ import annotations

from gongbao.model import Document, Issue
from gongbao.pipeline import parse_bytes
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def corpus_issue(path: str) -> Issue:
    """The issue parsed from ``tests/corpus/<path>``."""
    return parse_bytes((CORPUS / path).read_bytes())


def corpus_doc(path: str) -> Document:
    """The one document of ``tests/corpus/<path>``."""
    issue = corpus_issue(path)
    assert len(issue.documents) == 1
    return issue.documents[0]


def quoted_issue(lines: list[str]) -> Issue:
    """The issue parsed from a page's lines quoted as printed (a staged page, not in the
    corpus), one per line."""
    return parse_bytes(("\n".join(lines) + "\n").encode())


def quoted_doc(lines: list[str]) -> Document:
    """The one document of a page's quoted lines (asserted to be one)."""
    issue = quoted_issue(lines)
    assert len(issue.documents) == 1
    return issue.documents[0]
