"""gongbao: government gazettes (政府公报) into structured, searchable, trackable open data.

>>> issue = gongbao.parse_file("samples/jingan-2026-01.txt")
>>> issue.to_dict()["documents"][0]["title"]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["InputError", "parse_file", "parse_text"]

if TYPE_CHECKING:
    from gongbao.errors import InputError
    from gongbao.pipeline import parse_file, parse_text


def __getattr__(name: str) -> Any:
    # heavy imports only when used, so that `gongbao --help` starts fast
    if name in ("parse_file", "parse_text", "parse_bytes"):
        from gongbao import pipeline

        return getattr(pipeline, name)
    if name == "InputError":
        from gongbao.errors import InputError

        return InputError
    raise AttributeError(name)
