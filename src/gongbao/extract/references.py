"""Documents cited: 《title》 with or without a following （文号）, and bare 文号. A citation of
a document printed in the same issue is linked to it."""

from __future__ import annotations

import re

from gongbao.extract.walk import source, walk
from gongbao.facts import Reference
from gongbao.model import Issue
from gongbao.structure.boundaries import norm_title
from gongbao.structure.docnumber import DOC_NUMBER

CITED = re.compile(
    r"《(?P<title>[^《》]{2,80}(?:〈[^〉]*〉[^《》]*)?)》(?:\s*[（(](?P<num>[^（）()]{4,30})[)）])?"
)


def extract(issue: Issue) -> dict[str, list[object]]:
    titles = {norm_title(d.title): d.id for d in issue.documents}
    inner = {}
    for d in issue.documents:
        for m in CITED.finditer(d.title):  # 《…》 in a notice's title: the text it forwards
            inner[norm_title(m.group("title"))] = d.id
    out: list[object] = []
    for doc in issue.documents:
        for block, _ in walk(doc):
            if block.type not in ("paragraph", "heading"):
                continue
            text = block.text
            taken: list[tuple[int, int]] = []
            for m in CITED.finditer(text):
                num = m.group("num")
                doc_number = None
                if num and DOC_NUMBER.fullmatch(re.sub(r"\s+", "", num)):
                    doc_number = re.sub(r"\s+", "", num)
                key = norm_title(m.group("title"))
                target = titles.get(key) or inner.get(key)
                if target == doc.id:
                    target = None
                out.append(
                    Reference(
                        doc.id, m.group("title"), doc_number, target, source(doc, block, *m.span())
                    )
                )
                taken.append(m.span())
            for m in DOC_NUMBER.finditer(text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                out.append(
                    Reference(
                        doc.id,
                        None,
                        re.sub(r"\s+", "", m.group(0)),
                        None,
                        source(doc, block, *m.span()),
                    )
                )
    return {"references": out}
