"""Spaces that PDF extraction put inside Chinese text.

Chinese has no spaces between words, so a space between two CJK characters, or between a
digit and a CJK character, is an artefact ('周 筠' → '周筠', '2026 年' → '2026年'). Spaces
between Latin words are real and stay ('HR SaaS', 'Central Activities Zone').
"""

from __future__ import annotations

import re

from gongbao.clean.chars import CJK

# each pattern opens with a space, the character before it looked behind at from there: the
# engine skips to the spaces in C (a pattern that opens with a look-behind is tried at every
# character); the same matches as '(?<=[…])[ ]+(?=[…])'
_CJK_CJK = re.compile(f"[ \u00a0\u3000](?<=[{CJK}][ \u00a0\u3000])[ \u00a0\u3000]*(?=[{CJK}])")
_CJK_NUM = re.compile(f"[ \u00a0](?<=[{CJK}][ \u00a0])[ \u00a0]*(?=[0-9])")
_NUM_CJK = re.compile(f"[ \u00a0](?<=[0-9%][ \u00a0])[ \u00a0]*(?=[{CJK}])")


def close_cjk_spaces(text: str) -> str:
    if " " not in text and "\u3000" not in text and "\u00a0" not in text:
        return text
    # spaces and no-break spaces at either end are never between two characters (an indent):
    # a line with no other space is left as it is
    core = text.strip(" \u00a0")
    if " " not in core and "\u3000" not in core and "\u00a0" not in core:
        return text
    text = _CJK_CJK.sub("", text)
    text = _CJK_NUM.sub("", text)
    return _NUM_CJK.sub("", text)
