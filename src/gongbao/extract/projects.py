"""Major projects: rows of tables with a 项目名称 column (重大项目, 重点项目 lists), and a
numbered list of names after the words that introduce it ('这十大工程分别是：1、…；2、…' — where
the words count the projects, the list must hold that many). A table of practical projects
(民生实事) lists commitments, not major projects (``commitments``)."""

from __future__ import annotations

import re

from gongbao.extract.commitments import in_practical
from gongbao.extract.walk import column, number_of, row_source, source, walk
from gongbao.facts import Project
from gongbao.model import Block, Document, Issue

NAME_COLUMNS = ("项目名称", "工程名称", "项目")
CATEGORY_COLUMNS = ("项目属性", "项目类别", "类别", "类型", "属性")


#: words that introduce a list of named projects: '这十大工程分别是：', '重点项目如下：'
_INTRO = re.compile(
    r"(?:(?P<n>[一二三四五六七八九十百\d]{1,4})\s*(?:大|个|項|项)?)?"
    r"(?:重大|重点|重點)?(?:工程|项目|項目)(?:分别是|分別是|如下|包括|有)[：:]$"
)


def _listed(doc: Document, block: Block, siblings: list[Block]) -> list[Project]:
    """The numbered items that follow an introducing paragraph, each a project's name."""
    from gongbao.numbering import cn_to_int

    m = _INTRO.search(block.text)
    if m is None:
        return []
    at = siblings.index(block)
    items: list[Block] = []
    for b in siblings[at + 1 :]:
        if b.type == "list":
            items.extend(c for c in b.children if c.type == "paragraph")
            continue
        break
    names = [re.sub(r"[；;。，,]+$", "", b.text).strip() for b in items]
    if not names or any(len(n) > 40 or "，" in n or "," in n for n in names):
        return []
    count = m.group("n")
    if count and (int(count) if count.isdigit() else cn_to_int(count)) != len(names):
        return []
    return [
        Project(doc.id, number_of(b) or k + 1, name, None, source(doc, b))
        for k, (b, name) in enumerate(zip(items, names, strict=True))
    ]


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, above in walk(doc):
            if block.type == "paragraph" and block.text.endswith(("：", ":")):
                siblings = above[-1].children if above else doc.body
                if not in_practical(doc, block, above):
                    out.extend(_listed(doc, block, siblings))
            t = block.table
            if t is None or not t.columns or in_practical(doc, block, above):
                continue
            name_col = column(t.columns, NAME_COLUMNS, exact=True)
            if name_col is None or "项目" not in (t.caption or "") + "".join(t.columns):
                continue
            no_col = column(t.columns, ("序号", "编号"), exact=True)
            cat_col = column(t.columns, CATEGORY_COLUMNS, exact=True)
            for k, row in enumerate(t.normalized or t.rows):
                if name_col >= len(row) or not row[name_col]:
                    continue
                no = row[no_col] if no_col is not None and no_col < len(row) else ""
                out.append(
                    Project(
                        doc.id,
                        int(no) if no.isdigit() else None,
                        row[name_col],
                        row[cat_col] if cat_col is not None and cat_col < len(row) else None,
                        row_source(doc, block, k),
                    )
                )
    return {"projects": out}
