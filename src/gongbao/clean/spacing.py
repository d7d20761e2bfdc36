"""Spaces that PDF extraction put inside Chinese text.

Chinese has no spaces between words, so a space between two CJK characters, or between a
digit and a CJK character, is an artefact ('周 筠' → '周筠', '2026 年' → '2026年'). Spaces
between Latin words are real and stay ('HR SaaS', 'Central Activities Zone').
"""

from __future__ import annotations

import re

from gongbao.clean.chars import CJK

_CJK_CJK = re.compile(f"(?<=[{CJK}])[ \u00a0\u3000]+(?=[{CJK}])")
_CJK_NUM = re.compile(f"(?<=[{CJK}])[ \u00a0]+(?=[0-9])")
_NUM_CJK = re.compile(f"(?<=[0-9%])[ \u00a0]+(?=[{CJK}])")


def close_cjk_spaces(text: str) -> str:
    if " " not in text and "\u3000" not in text and "\u00a0" not in text:
        return text
    text = _CJK_CJK.sub("", text)
    text = _CJK_NUM.sub("", text)
    return _NUM_CJK.sub("", text)
