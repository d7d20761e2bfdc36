"""The methods ``dataclasses`` writes for each class, compiled once per machine, not once per
command.

For each dataclass, ``dataclasses`` writes the source of ``__init__``, ``__repr__``,
``__eq__`` … and compiles it with ``exec``: some 150 small functions for the 50 dataclasses a
parse imports, 0.1 G instructions (a quarter of importing the parser; Python's parser and
compiler, nothing of ours). The command line keeps the compiled code in the user's cache
(``~/.cache/gongbao/dataclass-<python>-<command>-<key>.bin``: a search reads the few dozen
functions it needs, not the parser's 150), keyed by the exact source text, and runs it from
there the next time: the same code as compiling that text gives, so the same functions.

Only the command line installs this (``install()`` in `gongbao`'s main group, before any of
gongbao's dataclasses is made; ``stop()`` when the command is done): a program that imports
gongbao keeps Python's own. Another Python is a cache of its own; a damaged file is no cache
(its checksum disagrees).
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from gongbao import cache_file

#: at most this many functions are kept; past it, only those the last command used
LIMIT = 3000

_kept: dict[str, CodeType] = {}
_new: dict[str, CodeType] = {}
_used: set[str] = set()
_path: Path | None = None


def install(command: str = "") -> None:
    """Compile the methods of dataclasses made from now on from ``command``'s cache, and keep
    new ones at ``stop()`` or at exit. ``dataclasses`` calls ``exec`` by its global name
    (Python 3.11 to 3.13): a module attribute of that name takes its place."""
    global _path
    if "exec" in vars(dataclasses):
        return  # installed already
    _path = _cache_path(command)
    if _path is None:
        return
    _kept.update(_read(_path))
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)


def stop() -> None:
    """Keep the new code and let ``dataclasses`` compile as usual from now on: the classes a
    program that ran a command (a test through click's runner) makes afterwards are not the
    command's."""
    global _path
    if "exec" not in vars(dataclasses):
        return
    save()
    atexit.unregister(save)
    del dataclasses.exec  # type: ignore[attr-defined]
    _path = None
    _kept.clear()
    _used.clear()


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` of one class's generated methods, their code from the cache when it holds
    this very text. Compiled as ``exec`` would: file ``<string>``, no ``__future__`` flags
    of ours (``dont_inherit``)."""
    if type(source) is not str:
        return builtins.exec(source, globals, locals)
    code = _kept.get(source) or _new.get(source)
    if code is None:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        _new[source] = code
    _used.add(source)
    return builtins.exec(code, globals, locals)


def save() -> None:
    """Add the functions this process compiled to the cache file."""
    if _path is None or not _new:
        return
    cache_file.save(_path, _new, _used, LIMIT, _kept)


def _read(path: Path) -> dict[str, CodeType]:
    """The kept code (run only as it was written)."""
    return {
        k: v for k, v in cache_file.read(path).items() if type(k) is str and type(v) is CodeType
    }


def _cache_path(command: str = "") -> Path | None:
    """One file per command and Python build: code compiled by one build is never run by
    another."""
    stamp = f"{sys.version}|{sys.implementation.cache_tag}|{sys.flags.optimize}"
    return cache_file.cache_path("dataclass", command, stamp)
