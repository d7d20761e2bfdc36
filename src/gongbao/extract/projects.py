"""Major projects: rows of tables with a 项目名称 column (重大项目, 重点项目 lists). A table of
practical projects (民生实事) lists commitments, not major projects (``commitments``)."""

from __future__ import annotations

from gongbao.extract.commitments import in_practical
from gongbao.extract.walk import column, row_source, walk
from gongbao.facts import Project
from gongbao.model import Issue

NAME_COLUMNS = ("项目名称", "工程名称", "项目")
CATEGORY_COLUMNS = ("项目属性", "项目类别", "类别", "类型", "属性")


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, above in walk(doc):
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
