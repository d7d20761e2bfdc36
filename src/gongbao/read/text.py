"""Text as extracted from a gazette PDF by an OCR or PDF tool.

Chinese government files come as UTF-8 (with or without BOM), GB18030/GBK, Big5 (Hong Kong,
Taiwan, Macau) or, saved from Windows, UTF-16 with a BOM; anything else, or anything that is
not text at all, is refused with one line saying so.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from gongbao.errors import InputError

#: Largest input accepted unless the caller (or GONGBAO_MAX_BYTES) says otherwise.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


# not frozen: a frozen dataclass sets each field through object.__setattr__, and a line is
# made dozens of times in every document's parse (five times the cost of a plain one); no
# stage changes a line once made (a new one is made), and it hashes by its fields as before
@dataclass(slots=True, unsafe_hash=True)
class Line:
    no: int
    text: str
    page: int | None = None
    #: set by a reader that knows a line is a running header or footer (a PDF, by position)
    furniture: str | None = None
    #: set by a reader that saw the paragraph run on from the previous page (a PDF line that
    #: reached the right margin at the foot of the page)
    continues: bool = False
    #: the last input line this text covers, where ``clean`` joined a wrapped paragraph's
    #: lines into one (0: this line alone)
    last: int = 0

    def with_text(self, text: str, last: int | None = None) -> Line:
        """This line with another text (and last line covered): ``dataclasses.replace``
        without its look-up of the fields, at a fifth of its cost."""
        return Line(
            self.no,
            text,
            self.page,
            self.furniture,
            self.continues,
            self.last if last is None else last,
        )


def max_bytes() -> int:
    raw = os.environ.get("GONGBAO_MAX_BYTES")
    if raw and raw.isdigit():
        return int(raw)
    return DEFAULT_MAX_BYTES


def read_path(path: str | os.PathLike[str], limit: int | None = None) -> str:
    """Read and decode a file, refusing what is not a readable text file of sane size."""
    return decode(read_bytes(path, limit), name=str(path))


def read_bytes(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """A file's bytes, refusing what is missing, unreadable, not a regular file or over the
    size limit. The size is checked before anything is read, and no more than ``limit`` + 1
    bytes are ever read (a file that grows, or that reports no size, cannot exhaust memory)."""
    p = Path(path)
    limit = max_bytes() if limit is None else limit
    try:
        info = os.stat(p)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    _check_regular(p, info.st_mode)
    if info.st_size > limit:
        raise InputError(
            f"{p}: {info.st_size} bytes is over the {limit}-byte limit "
            "(raise it with GONGBAO_MAX_BYTES)"
        )
    try:
        # not blocking: a FIFO put in the file's place after the check cannot hang the open
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb") as f:  # buffered: a read returns all it is asked for, to the end
            _check_regular(p, os.fstat(fd).st_mode)
            data = f.read(min(info.st_size, limit) + 1)
            if info.st_size < len(data) <= limit:  # the file grew since it was measured
                data += f.read(limit + 1 - len(data))
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{p}: is over the {limit}-byte limit (raise it with GONGBAO_MAX_BYTES)")
    return data


def _check_regular(p: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(f"{p}: is a directory; give a gazette file (text, HTML or PDF)")
    if not stat.S_ISREG(mode):
        raise InputError(
            f"{p}: is not a regular file (a device, a FIFO or a socket); "
            "give a gazette file (text, HTML or PDF)"
        )


_CONTROLS = bytes([*range(9), *range(14, 32)])


def _looks_binary(data: bytes) -> bool:
    """Binary when the first 64 KB hold NUL bytes more than once in a thousand (UTF-16 without
    its mark, a ZIP, an image) or other control characters more than once in a hundred. A
    stray NUL in text is not binary: ``remove_nul`` takes it out and says where."""
    sample = data[:65536]
    if sample.count(0) * 1000 > len(sample):
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls > len(sample) // 100


def decode(data: bytes, name: str = "input") -> str:
    """UTF-8 (BOM or not) and UTF-16 with a BOM first; otherwise the legacy Chinese encoding
    that charset-normalizer finds the text reads best in: GB18030 (a superset of GBK and
    GB2312) or Big5 (with the Hong Kong and Microsoft extensions)."""
    if not data.strip():
        raise InputError(f"{name}: is empty; nothing to parse")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{name}: has a UTF-16 mark but is not UTF-16 text") from None
        if not text.strip():
            raise InputError(f"{name}: is empty; nothing to parse")
        if not _readable(text):
            raise InputError(f"{name}: has a UTF-16 mark but does not read as text")
        return text
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise InputError(f"{name}: is a binary file, not gazette text (UTF-8, GB18030 or Big5)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in _legacy_encodings(data):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: is neither UTF-8, GB18030/GBK nor Big5 text; convert it to UTF-8")


_READABLE = re.compile(r"[\s!-~\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·]")


def _readable(text: str) -> bool:
    sample = text[:10000]
    return len(_READABLE.findall(sample)) >= 0.9 * len(sample)


def _legacy_encodings(data: bytes) -> list[str]:
    """Encodings to try, best first; none when the bytes read as no Chinese text at all (any
    byte string decodes as GB18030, so a decode alone proves nothing)."""
    from charset_normalizer import from_bytes

    sample = data[:65536]
    best = from_bytes(sample, cp_isolation=["gb18030", "big5", "big5hkscs", "cp950"]).best()
    if best is None or best.chaos >= 0.3:
        return []
    if best.encoding in ("big5", "big5hkscs", "cp950"):
        return ["big5hkscs", "cp950", "big5"]
    return ["gb18030"]


def split_lines(text: str) -> list[Line]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [Line(i, t) for i, t in enumerate(text.split("\n"), start=1)]


def remove_nul(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text without its NUL characters (byte 0 is no character of any Chinese text, and
    PostgreSQL cannot store it), and where they were: (line as ``split_lines`` numbers it,
    how many) for each line that held some."""
    if "\x00" not in text:
        return text, []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = [(no, ln.count("\x00")) for no, ln in enumerate(lines, start=1) if "\x00" in ln]
    return text.replace("\x00", ""), found
