"""Which reader a file's bytes need, told from the bytes alone, in a module light enough to
import for every file: the PDF and HTML readers (their patterns, ``statistics``) are imported
only for a file that is a PDF or a page, not for each plain text (15–20 ms of a cold
`gongbao parse`)."""

from __future__ import annotations

import re

#: a page's first tag, after any blank space
HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<div|<table|<p[\s>]|<meta)", re.I)


def looks_like_pdf(data: bytes) -> bool:
    """A PDF's header may follow some junk; readers look for it in the first kilobyte."""
    return b"%PDF-" in data[:1024]


def looks_like_html(data: bytes) -> bool:
    """A page starts with a tag, or holds a closed paragraph early on (a fragment)."""
    return bool(HTML_START.match(data[:2048])) or b"</p>" in data[:65536].lower()
