"""Text as extracted from a gazette PDF by an OCR or PDF tool.

Chinese government files come as UTF-8 (with or without BOM) or GB18030/GBK; anything else,
or anything that is not text at all, is refused with one line saying so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gongbao.errors import InputError

#: Largest input accepted unless the caller (or GONGBAO_MAX_BYTES) says otherwise.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(slots=True, frozen=True)
class Line:
    no: int
    text: str
    page: int | None = None
    #: set by a reader that knows a line is a running header or footer (a PDF, by position)
    furniture: str | None = None
    #: set by a reader that saw the paragraph run on from the previous page (a PDF line that
    #: reached the right margin at the foot of the page)
    continues: bool = False


def max_bytes() -> int:
    raw = os.environ.get("GONGBAO_MAX_BYTES")
    if raw and raw.isdigit():
        return int(raw)
    return DEFAULT_MAX_BYTES


def read_path(path: str | os.PathLike[str], limit: int | None = None) -> str:
    """Read and decode a file, refusing what is not a readable text file of sane size."""
    return decode(read_bytes(path, limit), name=str(path))


def read_bytes(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """A file's bytes, refusing what is missing, unreadable or over the size limit."""
    p = Path(path)
    limit = max_bytes() if limit is None else limit
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a gazette file (text, HTML or PDF)")
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputError(
                f"{p}: {size} bytes is over the {limit}-byte limit "
                "(raise it with GONGBAO_MAX_BYTES)"
            )
        data = p.read_bytes()
    except PermissionError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror})") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) // 100


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 (BOM or not) first, then GB18030 (a superset of GBK and GB2312)."""
    if not data.strip():
        raise InputError(f"{name}: is empty; nothing to parse")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise InputError(f"{name}: is a binary file, not gazette text (UTF-8 or GB18030)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(
            f"{name}: is neither UTF-8 nor GB18030/GBK text; convert it to UTF-8"
        ) from None
    if not _plausible_chinese(text):
        raise InputError(
            f"{name}: decodes as neither UTF-8 nor plausible GB18030/GBK text; convert it to UTF-8"
        )
    return text


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes almost any byte string; real Chinese text is mostly common hanzi."""
    from charset_normalizer import from_bytes

    sample = text[:20000]
    best = from_bytes(sample.encode("gb18030"), cp_isolation=["gb18030"]).best()
    return best is not None and best.chaos < 0.3


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, t) for i, t in enumerate(text.split("\n"), start=1)]
