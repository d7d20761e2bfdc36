"""Bytes in a published format → raw lines with their line (and, where known, page) numbers."""

from __future__ import annotations

from gongbao.read.text import (
    DEFAULT_MAX_BYTES,
    Line,
    decode,
    read_bytes,
    read_path,
    remove_nul,
    split_lines,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Line",
    "decode",
    "read_bytes",
    "read_path",
    "remove_nul",
    "split_lines",
]
