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


#: a line this long is a paragraph, or a page's whole text run onto one line, not a line of
#: a printed page: its spaces after a sentence ('…执行。 2022年是…'), before a numbered item
#: ('…责任分解 一、…', '…农业农村局 2.落实…') or an item's units ('… 责任单位:…') and after
#: a note ('(此件公开发布) …') are the breaks between its paragraphs, kept for the cleaner to
#: cut it at
RUN_ON_MIN = 300
_PARAGRAPH_GAP = re.compile(
    r"(?:(?<=[(（]此件..[)）])|(?<=[(（]此件...[)）])|(?<=[(（]此件....[)）]))"
    r"[ \u3000\u00a0]+(?=\S)"
    r"|(?<=[^\s\d第])[ \u3000\u00a0]+(?=(?:[一二三四五六七八九十]{1,3}、|"
    r"[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|"
    r"(?:牵头|责任|配合|协办|主办|协助)单位\s*[:：]))"
)


def close_cjk_spaces(text: str) -> str:
    if len(text) >= RUN_ON_MIN and (gaps := list(_PARAGRAPH_GAP.finditer(text))):
        # the gaps between paragraphs kept (one space each), the spaces inside them closed
        bounds = [0, *(x for m in gaps for x in m.span()), len(text)]
        pieces = [_close(text[a:b]) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
        return " ".join(pieces)
    return _close(text)


def _close(text: str) -> str:
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
