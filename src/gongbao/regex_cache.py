"""Regular expressions compiled once per machine, not once per command.

gongbao's rules are some 460 patterns, most compiled as their modules are imported: 0.2 s of
CPU, half of what importing the parser costs and more than parsing the sample itself. Python
compiles a pattern in Python (``re._parser``, ``re._compiler``) and hands the result, the
pattern's program with its flags and groups, to the C engine (``_sre.compile``), which makes
the pattern object from those alone. The command line keeps those results in the user's cache
(``~/.cache/gongbao/re-<python>-<key>.bin``) and hands them to the engine directly the next
time: the same pattern object (equal to a fresh one, program and all), without compiling.

Only the command line installs this (``install()`` in `gongbao`'s main group, ``stop()`` when
the command is done): a program that imports gongbao keeps Python's own ``re``. Each command
keeps a file of its own: a parse reads the 700 patterns parsing uses, not the thousands that
serving or ingesting compile as well (reading 2,600 cost a cold parse 8 ms). Another Python,
another engine or a damaged file is a cache of its own or none, and a pattern compiles as
usual whenever anything differs.
"""

from __future__ import annotations

import atexit
import importlib
import re
import sys
import threading
from array import array
from pathlib import Path
from typing import Any

from gongbao import cache_file

#: the C engine, and the compiler that feeds it (private modules of ``re``, without stubs)
_sre: Any = importlib.import_module("_sre")
_compiler: Any = importlib.import_module("re._compiler")

#: at most this many patterns are kept (unless ``install`` says fewer); past it, only those
#: the last command used
LIMIT = 5000
#: ``re.DEBUG`` as a plain int: ``int & RegexFlag`` goes through the enum's own operator
#: (a few microseconds, for each of the ~400 patterns a parse compiles)
_DEBUG = int(re.DEBUG)

_lock = threading.Lock()
#: (pattern, flags) → (flags, program as bytes, groups, group index, index group)
_kept: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
_new: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
_used: set[tuple[str | bytes, int]] = set()
_path: Path | None = None
_limit = LIMIT


def install(command: str = "", limit: int = LIMIT) -> None:
    """Compile patterns from ``command``'s cache from now on, and keep this process's new ones
    at ``stop()`` or at exit (a forked worker, which does not run exit handlers, calls
    ``save()`` itself), at most ``limit`` of them."""
    global _path, _limit
    if getattr(_compiler.compile, "__wrapped__", None) is not None:
        return  # installed already
    if array("I").itemsize != _sre.CODESIZE:
        return
    _path = _cache_path(command)
    if _path is None:
        return
    _limit = limit
    _kept.update(_read(_path))
    original = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        if flags & _DEBUG or type(p) not in (str, bytes):
            return original(p, flags)
        key = (p, int(flags))
        hit = _kept.get(key) or _new.get(key)
        if hit is not None:
            try:
                made = _sre.compile(p, hit[0], array("I", hit[1]).tolist(), *hit[2:])
            except Exception:  # another engine's program: compiled as usual instead
                _kept.pop(key, None)
            else:
                _used.add(key)
                return made
        return _recorded(original, p, int(flags))

    compile.__wrapped__ = original  # type: ignore[attr-defined]
    _compiler.compile = compile
    atexit.register(save)


def stop() -> None:
    """Keep the new patterns and compile as Python does from now on: what a program that ran
    a command (a test through click's runner) compiles afterwards is not the command's."""
    global _path
    original = getattr(_compiler.compile, "__wrapped__", None)
    if original is None:
        return
    save()
    atexit.unregister(save)
    _compiler.compile = original
    _path = None
    _kept.clear()
    _used.clear()


class _Engine:
    """Stands in for ``_sre`` while one pattern compiles: what it is given is kept."""

    def __init__(self) -> None:
        self.given: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.given = args
        return _sre.compile(*args)


def _recorded(original: Any, p: str | bytes, flags: int) -> Any:
    engine = _Engine()
    with _lock:  # the engine is swapped for the module: one compile at a time
        _compiler._sre = engine
        try:
            made = original(p, flags)
        finally:
            _compiler._sre = _sre
    given = engine.given
    if given is not None and given[0] is p:
        _, final, code, groups, groupindex, indexgroup = given
        program = array("I", [int(x) for x in code]).tobytes()
        _new[p, flags] = (int(final), program, int(groups), dict(groupindex), tuple(indexgroup))
        _used.add((p, flags))
    return made


def save() -> None:
    """Add the patterns this process compiled to the cache file."""
    if _path is None or not _new:
        return
    cache_file.save(_path, _new, _used, _limit, _kept)


def _read(path: Path) -> dict[Any, Any]:
    """The kept patterns: a program is handed to the engine only as it was written."""
    return cache_file.read(path)


def _cache_path(command: str = "") -> Path | None:
    """One file per command, Python build and engine version: a program compiled by one
    build is never handed to another."""
    stamp = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"
    return cache_file.cache_path("re", command, stamp)
