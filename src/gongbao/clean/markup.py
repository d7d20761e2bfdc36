"""Residue of other formats left in extracted text: HTML lists in table cells, LaTeX
sub/superscripts, and English connectives leaked into Chinese sentences."""

from __future__ import annotations

import re

from gongbao.clean.chars import HAN

_LATEX_SCRIPT = re.compile(r"[_^]\{([^{}]*)\}")
_LATEX_MATH = re.compile(r"\$([^$\n]{1,40})\$")
_LEAKED_AND = re.compile(f"(?<=[{HAN}]) and (?=[{HAN}])")
_HTML_TAG = re.compile(r"<(/?)(ul|ol|li|p|br|span|div|strong|b)\b[^>]*>", re.I)
_BULLET = re.compile(r"\s*[●•▪◆■]\s*")


def strip_latex(text: str) -> str:
    """``PM_{2.5}`` → ``PM2.5``; ``$x$`` → ``x``."""
    if "{" in text:
        text = _LATEX_SCRIPT.sub(r"\1", text)
    if "$" in text:
        text = _LATEX_MATH.sub(r"\1", text)
    return text


def fix_leaked_and(text: str) -> str:
    return _LEAKED_AND.sub("和", text) if " and " in text else text


def html_cell_items(cell: str) -> str:
    """A table cell holding an HTML list becomes its items, one per line."""
    if "<" not in cell and "●" not in cell and "•" not in cell:
        return cell
    text = _HTML_TAG.sub("\n", cell)
    parts: list[str] = []
    for chunk in text.split("\n"):
        parts.extend(p.strip() for p in _BULLET.split(chunk))
    return "\n".join(p for p in parts if p)


_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
#: a law database's tags before a chapter or a note: 【章名】第一章 总则 · 【题注】(…通过)
_DB_TAG = re.compile(r"^\s*【(?:章名|题注|节名|条文|法规全文|全文|正文)】\s*")
#: markdown quote marks ('> > text'), not a breadcrumb's '>' between words
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+(?=\s|\S)")
#: space entities left as text by a page's double escaping ('国务院办公厅 &sp;')
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|sp|#160|#12288);?", re.I)


#: HTML that a text export kept inline: '<center><h2>…</h2></center>', '<font …>'
_INLINE_TAG = re.compile(
    r"</?(?:center|h[1-6]|font|a|img|span|div|p|br|strong|b|em|i|u|sup|sub|section|blockquote|"
    r"textformat|li|正)"  # ('<正>': a journal database's mark where an abstract's text opens)
    r"\b[^<>]{0,200}/?>",
    re.I,
)


#: a markdown attribute list after a line ('法释〔2016〕29号{style="text-align:center;"}')
_ATTRIBUTES = re.compile(r"\{\s*(?:style|class|id|align|:|\.|#)[^{}]{0,120}\}\s*$")


#: question marks a mirror put for characters it could not encode ('第一章?總?則', '甘肅省人民
#: 政府????????'): after an ideograph, alone or in a run (a question in Chinese text takes the
#: full-width ？); the cleaner takes them out as spaces and records each run
PLACEHOLDER = re.compile(
    r"(?<=[\u4e00-\u9fff\u3002\uff09)])\?+(?=[\u4e00-\u9fff]|\s*$|\?)"
    # or spaced out, three at least ('财税[2016]140号 ? ? ? ? ?2016.12.21'): a line's padding
    r"|(?<!\S)\?(?:[ \u3000]+\?){2,}"
    # or alone after spaces at a line's end ('二○○八年八月二十六日    ?'): a space it could not
    # encode, as the page's others; or a run of them there ('某某办公室 ???????', the spaces
    # that set a signature to the right)
    r"|(?<=[ \u3000])\?$|(?<=[ \u3000])\?{2,}\s*$"
    # or a run of three or more after a space, before the next name ('某市财政局 ????????某市
    # 某某局', the spaces between two signers)
    r"|(?<=[ \u3000])\?{3,}(?=[\u4e00-\u9fff])"
)


def clean_line(text: str) -> str:
    """Per-line residue removal; table cells get their HTML lists turned into items; a
    markdown heading's '#' marks go (the heading's text stays)."""
    text = strip_latex(fix_leaked_and(text))
    if "#" in text[:8]:
        text = _MD_HEADING.sub("", text)
    if text.lstrip().startswith("【"):
        text = _DB_TAG.sub("", text)
    if text.lstrip().startswith(">"):
        text = _MD_QUOTE.sub("", text)
    if "&" in text:
        text = _SPACE_ENTITY.sub(" ", text)
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    if "‹正>" in text or "‹正›" in text:
        text = text.replace("‹正>", "").replace("‹正›", "")  # a journal database's mark
    if "<" in text and "\t" not in text:
        text = _INLINE_TAG.sub(" ", text).strip()
    if "\t" in text and ("<" in text or "●" in text):
        text = "\t".join(html_cell_items(c) for c in text.split("\t"))
    return text
