"""Glossary terms (名词解释: a numbered term and its definition) and definitions given in
footnotes ('STEM 是…', '市级新优质学校，指的是…', 'FDA: 美国食品药品监督管理局')."""

from __future__ import annotations

import re

from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Term
from gongbao.model import Issue, Source

GLOSSARY = re.compile(r"(名词解释|名词术语|术语解释|释义|名词說明|名詞解釋)")
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
        for block, above in walk(doc):
            if block.type != "heading" or not block.num:
                continue
            if not any(GLOSSARY.search(b.text) for b in above if b.type == "heading"):
                continue
            body = [c.text for c in block.children if c.type == "paragraph"]
            if body:
                out.append(
                    Term(doc.id, number_of(block), block.text, "".join(body), source(doc, block))
                )
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
