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
