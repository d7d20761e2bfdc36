"""Glossary terms (名词解释: a numbered term and its definition) and definitions given in
footnotes ('STEM 是…', '市级新优质学校，指的是…', 'FDA: 美国食品药品监督管理局')."""

from __future__ import annotations

import re

from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Term
from gongbao.model import Block, Issue, Source

GLOSSARY = re.compile(
    r"(名词解释|名词注释|名词术语|术语解释|词语解释|释义|名词說明|名詞解釋|名詞註釋)"
)
DEFINITION = re.compile(
    r"^(?P<term>[^，。：:；;]{1,40}?)\s*(?:，\s*)?(?:是指|指的是|是|即|：|:)\s*(?P<def>\S.*)$"
)
_PAREN = re.compile(r"\s*[（(][^)）]*[)）]\s*")


def _clean_term(term: str) -> str:
    return _PAREN.sub("", term).strip("“”\"' ")


#: a definition a regulation's text gives: '本条例所称水工程，是指…', '本法所称的X是…',
#: '本条例所称河湖，包括…' (the scope a term covers)
_DEFINED = re.compile(
    r"(?:本|前款)(?:法|条例|办法|规定|细则|决定|意见|通知|方案|规则|准则|实施细则|实施办法|标准)"
    r"(?:中)?所称(?:的)?(?P<term>[^，,。；;：“”]{1,30}?)\s*[，,]?\s*"
    r"(?:(?:是指|指|是)(?P<def>[^。]+)|(?P<incl>包括[^。]+))"
)


#: a glossary entry given on its own line: '分线管理：货物“一线”放开…', '（三）事业收入：指…'
_ENTRY = re.compile(r"^(?P<term>[^，。；：:;]{1,30}?)\s*[：:]\s*(?P<def>\S.*)$")


def _as_printed(term: str) -> str:
    """A term without the quotes around the whole of it ('“岳山造林”' → '岳山造林'); quotes
    inside it stay ('轨道交通“四网融合”', '“四旁”、“五边”')."""
    term = term.strip()
    inner = term[1:-1]
    if term[:1] == "“" and term[-1:] == "”" and "“" not in inner and "”" not in inner:
        return inner
    return term


def _glossary_entry(block: Block) -> tuple[str, str] | None:
    """A numbered entry under a 名词解释 heading: its term and definition — on one line
    ('term：definition', the definition wrapped on into the entry's paragraphs where a PDF
    split it), or a term heading over its paragraphs."""
    body = "".join(c.text for c in block.children if c.type == "paragraph")
    m = _ENTRY.match(block.text)
    if m is not None:
        return _as_printed(m.group("term")), m.group("def") + body
    if block.type == "heading" and body:
        return block.text, body
    return None


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, _ in walk(doc):
            if block.type != "paragraph" or "所称" not in block.text:
                continue
            for d in _DEFINED.finditer(block.text):
                definition = (d.group("def") or d.group("incl")).strip("，, ")
                out.append(
                    Term(
                        doc.id,
                        None,
                        _clean_term(d.group("term")),
                        definition,
                        source(doc, block, *d.span()),
                    )
                )
        # a glossary is the entries under a 名词解释 heading, or the numbered 'term：definition'
        # entries that follow a short 名词解释 line the outline did not make a heading
        listed = False
        for block, above in walk(doc):
            if block.type == "list":
                continue
            if not block.num:
                listed = len(block.text) <= 20 and GLOSSARY.search(block.text) is not None
                continue
            entry = _glossary_entry(block)
            under = any(GLOSSARY.search(b.text) for b in above if b.type == "heading")
            if entry is None or not (under or listed):
                listed = False
                continue
            term, definition = entry
            out.append(Term(doc.id, number_of(block), term, definition, source(doc, block)))
    for note in issue.footnotes:
        m = DEFINITION.match(note.text)
        if m is None or note.document is None:
            continue
        term = _clean_term(m.group("term"))
        if 1 <= len(term) <= 20:
            src = Source(
                document=note.document,
                block=note.anchor,
                span=note.source.span,
                line=note.source.line,
                end_line=note.source.end_line,
            )
            out.append(Term(note.document, None, term, note.text, src))
    return {"terms": out}
