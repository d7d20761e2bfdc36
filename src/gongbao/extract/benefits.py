"""Benefits: the numbered articles of a 扶持办法, 若干政策 or 实施意见 that say what a business or
a person gets, and on what conditions ('第九条 对初次认定为国家高新技术企业的，给予一次性奖励20万
元'). Unlike a measure (gongbao.extract.measures) such an article names no unit carrying it;
it states a benefit: a support verb with an amount, or 给予 with a kind of benefit.

Each benefit carries its eligibility rule (gongbao.extract.eligibility), read from its own
text and the headings above it. An article that is already a measure is not a benefit too.
"""

from __future__ import annotations

import re

from gongbao.extract.eligibility import kind_of, rule_of
from gongbao.extract.measures import responsibility
from gongbao.extract.walk import source, walk
from gongbao.facts import Benefit
from gongbao.ledger import place_of
from gongbao.model import Issue

#: what a benefit says: an amount given, or a kind of benefit given
_STATES = re.compile(
    r"(?:给予|奖励|补贴|补助|资助|贴息|扶持|减免)[^。；;]{0,30}?\d+(?:\.\d+)?\s*(?:万元|亿元|千元|元|%)"
    r"|给予[^。；;]{0,12}?(?:奖励|补贴|补助|资助|贴息|扶持|减免|支持)"
)
#: where what is given begins: the words before it are the article's conditions
_GIVEN = re.compile(r"(?:给予|予以|奖励|补贴|补助|资助|贴息|享受|按照?其?)")
#: an article's own number where the outline gives none: '第九条', '第 9 条'
_ARTICLE = re.compile(r"^\s*(第\s*[0-9一二三四五六七八九十百][0-9一二三四五六七八九十百\s]*条)")


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        place: str | None = None
        placed = False  # the place is read from the issuers when a benefit needs it
        for block, above in walk(doc):
            if block.type != "paragraph":
                continue
            text = block.text.strip()
            if block.num and not _STATES.search(text):
                # '3.酒店建设。' with what is given in the paragraphs under it
                text += "".join(
                    c.text.strip() for c in block.children if c.type == "paragraph" and not c.num
                )
            if not _STATES.search(text):
                continue
            m = _ARTICLE.match(text)
            number = block.num or (m.group(1) if m else None)
            if not number or responsibility(text) is not None:
                continue
            title = text.split("。", 1)[0]
            if not placed:  # most documents state no benefit: their place is not read
                place, placed = place_of(doc.issuers, doc.title), True
            # the words before what is given are its conditions: typed where unambiguous,
            # as printed otherwise ('新上的工业类项目(不含采矿…)'), to be confirmed by the
            # reader — a benefit is never offered as met on a guess
            rule = rule_of(
                text, [doc.title, *(b.text for b in above)], place, benefit=True, title=title
            )
            body = _ARTICLE.sub("", text).strip()
            if (g := _GIVEN.search(body)) is not None and g.start() >= 4:
                # '…的征地养老人员，补助金额为…': who benefits closes the conditions
                kind = kind_of(re.split(r"[，,]", body[: g.start()])[0])
                if kind and not any(c["field"] == "kind" for c in rule["conditions"]):
                    rule["conditions"].append(
                        {"field": "kind", "values": [kind], "text": body[: g.start()]}
                    )
            out.append(
                Benefit(
                    doc.id,
                    re.sub(r"\s+", "", number),
                    title[:80],
                    text,
                    rule,
                    source(doc, block),
                )
            )
    return {"benefits": out}
