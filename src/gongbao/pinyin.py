"""Pinyin as pypinyin's ``lazy_pinyin`` gives it, without importing pypinyin in every command.

pypinyin is the source of truth, but importing it loads and indexes its whole dictionary
(42,000 characters, 47,000 phrases): 0.3–0.4 s of CPU that every `gongbao parse` paid for
the few ids it romanizes. Here pypinyin is asked once per install of it, for every character
it reads as Chinese and for the phrases it reads otherwise than their characters, and the
answers are kept in the user's cache (``~/.cache/gongbao/pinyin-<key>.bin``, the key made
from pypinyin's files): reading them back takes about a millisecond.

Why the answer is pypinyin's own: pypinyin cuts text into runs of Chinese characters and the
rest (each piece of the rest one item, as written), cuts each run into phrases of its
dictionary, reads a phrase as the dictionary says and any other character by its first
reading. A phrase read as its characters are changes nothing wherever the cut falls, so a run
holding none of the *divergent* phrases (重庆 chóngqìng, 长安 cháng'ān, where 重 alone is
zhòng and 长 zhǎng) reads character by character. A run that holds one is asked of pypinyin
itself, once: its answer is kept in a memo beside the table (``pinyin-<key>.memo``, a line
per run).
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["lazy_pinyin"]

#: the layout of the cached table; a change of it is a new file
FORMAT = 1
#: the memo's size past which it starts again (about 10,000 runs)
MEMO_LIMIT = 512 * 1024
#: pypinyin's files whose change can change an answer: its code and its two dictionaries
_SOURCES = (
    "__init__.py",
    "core.py",
    "converter.py",
    "constants.py",
    "pinyin_dict.json",
    "phrases_dict.json",
    "seg/mmseg.py",
    "seg/simpleseg.py",
    "style/__init__.py",
    "style/tone.py",
    "style/_utils.py",
)


def lazy_pinyin(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text)`` with its defaults: a syllable for each Chinese
    character (the first reading, or the reading a phrase gives it, without tones), and each
    run of other characters as one item as written."""
    return _table().items(text)


class Table:
    """What pypinyin answers, as kept in the cache."""

    def __init__(self, data: tuple[Any, ...], memo: Path | None) -> None:
        ranges, codes, offsets, readings, divergent = data
        #: a run of the characters pypinyin reads as Chinese (its ``RE_HANS``, one by one)
        self.han = re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges) + "]+")
        #: the characters with a reading other than themselves, ascending, and where each
        #: one's reading starts in ``readings`` (one offset more, the end)
        self.codes, self.offsets = array("I"), array("I")
        self.codes.frombytes(codes)
        self.offsets.frombytes(offsets)
        self.readings: str = readings
        self.divergent = frozenset(divergent.split("\n")) - {""}
        self.longest = max(map(len, self.divergent), default=0)
        self.memo_path = memo
        self.memo: dict[str, list[str]] | None = None  # read at the first divergent run

    def items(self, text: str) -> list[str]:
        out: list[str] = []
        end = 0
        for m in self.han.finditer(text):
            if m.start() > end:
                out.append(text[end : m.start()])
            out.extend(self.run(m.group()))
            end = m.end()
        if end < len(text):
            out.append(text[end:])
        return out

    def reading(self, ch: str) -> str:
        cp = ord(ch)
        i = bisect_left(self.codes, cp)
        if i < len(self.codes) and self.codes[i] == cp:
            return self.readings[self.offsets[i] : self.offsets[i + 1]]
        return ch  # a character pypinyin has no reading for stays as it is

    def run(self, run: str) -> list[str]:
        if not self._diverges(run):
            return [self.reading(ch) for ch in run]
        if self.memo is None:
            self.memo = _read_memo(self.memo_path)
        found = self.memo.get(run)
        if found is None:
            import pypinyin

            found = self.memo[run] = pypinyin.lazy_pinyin(run)
            _append_memo(self.memo_path, run, found)
        return list(found)

    def _diverges(self, run: str) -> bool:
        """Whether a divergent phrase occurs anywhere in the run (any cut may take it)."""
        n, longest, divergent = len(run), self.longest, self.divergent
        return any(
            run[i : i + k] in divergent for i in range(n) for k in range(1, min(longest, n - i) + 1)
        )


@lru_cache(maxsize=1)
def _table() -> Table:
    stamp = _stamp()
    path = _cache_path(stamp) if stamp is not None else None
    data: Any = None
    if path is not None:
        try:
            data = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            data = None
    if not (isinstance(data, tuple) and len(data) == 7 and data[:2] == (FORMAT, stamp)):
        data = (FORMAT, stamp, *build())
        if path is not None:
            _save(path, marshal.dumps(data))
    return Table(data[2:], path.with_suffix(".memo") if path is not None else None)


def build() -> tuple[Any, ...]:
    """The table, from pypinyin itself (one to two seconds, once per install of it)."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, RE_HANS
    from pypinyin.converter import UltimateConverter

    convert = UltimateConverter().convert  # the converter pypinyin.lazy_pinyin makes

    def ask(word: str) -> list[str]:
        """``lazy_pinyin(word)`` for a word pypinyin does not cut (a character, a phrase of
        its dictionary), without the cutting (most of its time)."""
        return [item[0] for item in convert(word, Style.NORMAL, False, "default", True)]

    ranges: list[list[int]] = []
    codes, offsets, parts, size = array("I"), array("I"), [], 0
    divergent: set[str] = set()
    own: dict[str, str] = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if not RE_HANS.match(ch):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
        got = ask(ch)
        if len(got) != 1 or ch in PHRASES_DICT:  # not read alone as itself: always asked
            divergent.add(ch)
            continue
        own[ch] = got[0]
        if got[0] != ch:
            codes.append(cp)
            offsets.append(size)
            parts.append(got[0])
            size += len(got[0])
    offsets.append(size)
    for phrase in PHRASES_DICT:
        # only runs of Chinese characters are cut into phrases
        chinese = len(phrase) > 1 and all(ch in own for ch in phrase)
        if chinese and ask(phrase) != [own[ch] for ch in phrase]:
            divergent.add(phrase)
    return (
        tuple(tuple(r) for r in ranges),
        codes.tobytes(),
        offsets.tobytes(),
        "".join(parts),
        "\n".join(sorted(divergent)),
    )


def _stamp() -> str | None:
    """What the table is made from: the pypinyin installed (its files' sizes and times),
    PYPINYIN_NO_PHRASES, this Python's marshal format; None without pypinyin's folder."""
    from importlib.util import find_spec

    spec = find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return None
    source = Path(next(iter(spec.submodule_search_locations)))
    stamps: list[object] = [str(source), sys.version_info[:2], marshal.version]
    stamps.append(os.environ.get("PYPINYIN_NO_PHRASES", ""))
    for name in _SOURCES:
        try:
            st = (source / name).stat()
        except OSError:
            continue
        stamps.append((name, st.st_size, st.st_mtime_ns))
    return repr(stamps)


def _cache_path(stamp: str) -> Path | None:
    """The table's file in the user's cache, one for each stamp (which the file holds too);
    None when there is no home folder (the table is then built in memory)."""
    try:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:
        return None
    return cache / "gongbao" / f"pinyin-{FORMAT}-{zlib.crc32(stamp.encode()):08x}.bin"


def _save(path: Path, data: bytes) -> None:
    """Written whole under another name and renamed: a reader sees the old file or the new,
    and processes building it at once each put a whole one in place."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:  # a read-only cache: the table stays in memory
        tmp.unlink(missing_ok=True)


def _read_memo(path: Path | None) -> dict[str, list[str]]:
    """Runs pypinyin was asked about before: a line each, the run and its items, by tabs
    (neither a Chinese run nor a syllable holds a tab or a line end)."""
    memo: dict[str, list[str]] = {}
    try:
        with open(path or "", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) > 1 and line.endswith("\n"):  # a line cut short is not taken
                    memo[parts[0]] = parts[1:]
    except OSError:
        pass
    return memo


def _append_memo(path: Path | None, run: str, items: list[str]) -> None:
    """One line more; a memo past ``MEMO_LIMIT`` bytes starts again (property tests feed
    random text to the ids: kept for ever, it would be read whole by every process)."""
    if path is None or any("\t" in x or "\n" in x for x in items):
        return
    try:
        full = path.exists() and path.stat().st_size > MEMO_LIMIT
        # one write in append mode: lines of processes writing at once do not interleave
        with open(path, "w" if full else "a", encoding="utf-8") as f:
            f.write("\t".join([run, *items]) + "\n")
    except OSError:
        pass
