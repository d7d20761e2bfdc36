"""Character classes shared by the cleaning rules."""

from __future__ import annotations

#: CJK ideographs, CJK punctuation, full-width forms and the curly quotes Chinese text uses.
CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’…—·●"
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

#: A paragraph can end on these; anything else at a paragraph's end means it was cut.
TERMINAL = set("。！？；：!?;:")


def superscript_to_int(marker: str) -> int:
    return int(marker.translate(_SUPER_TO_ASCII))
