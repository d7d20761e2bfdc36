"""Files of compiled things kept under the user's cache folder (``~/.cache/gongbao``), shared
by the pattern cache (``regex_cache``) and the dataclass-method cache (``dataclass_cache``):
one file per command and Python build, marshalled, checksummed, written whole and renamed
into place, so that a file cut short or damaged is no cache rather than wrong code."""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any


def cache_path(kind: str, command: str, stamp: str) -> Path | None:
    """``kind``'s file for ``command`` and this Python build (``stamp``: whatever must match
    for a kept thing to be used); None without a home folder."""
    try:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no home folder
        return None
    tag = sys.implementation.cache_tag or "python"
    if command:
        tag = f"{tag}-{command}"
    return cache / "gongbao" / f"{kind}-{tag}-{zlib.crc32(stamp.encode()):08x}.bin"


def read(path: Path) -> dict[Any, Any]:
    """The kept entries; none from a file that is missing, cut short or damaged (its
    checksum disagrees)."""
    try:
        raw = path.read_bytes()
        data = raw[4:]
        kept = marshal.loads(data) if zlib.crc32(data).to_bytes(4, "big") == raw[:4] else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def save(path: Path, new: dict[Any, Any], used: set[Any], limit: int, kept: dict[Any, Any]) -> None:
    """Add ``new`` to the file (read again first: another process may have added its own);
    past ``limit`` entries only those in ``used`` stay. ``new`` moves into ``kept``, this
    process's copy."""
    merged = read(path)
    merged.update(new)
    if len(merged) > limit:
        merged = {k: v for k, v in merged.items() if k in used}
    kept.update(new)
    new.clear()
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        data = marshal.dumps(merged)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(zlib.crc32(data).to_bytes(4, "big") + data)
        os.replace(tmp, path)
    except (OSError, ValueError):  # a read-only cache, an entry marshal refuses: nothing kept
        tmp.unlink(missing_ok=True)
