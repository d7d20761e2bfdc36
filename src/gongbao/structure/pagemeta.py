"""A web page's metadata table (标题, 发文字号, 成文日期, 发文机关, 发布日期) applied to the
document its body holds. The page's values are the publisher's own record and win; where the
body says otherwise, a problem records the difference."""

from __future__ import annotations

import re

from gongbao.model import Issue, Problem, Source
from gongbao.structure.boundaries import norm_title
from gongbao.structure.dates import parse_date
from gongbao.structure.docnumber import canonical, find_doc_number


def _differs(issue: Issue, doc_id: str, what: str, page: str, body: str | None) -> None:
    if body and page and body != page:
        issue.problems.append(
            Problem(
                "page_metadata_differs",
                f"{what}: page '{page}', body '{body}'",
                doc_id,
                Source(document=doc_id),
            )
        )


def _same_number(a: str, b: str) -> bool:
    """Equal but for bracket style; an order (令) the same whatever its issuer's short form
    (国令第707号 is 中华人民共和国国务院令第707号)."""
    if canonical(a) == canonical(b):
        return True
    digits = re.compile(r"(\d+)\s*号")
    return "令" in a and "令" in b and digits.findall(a)[-1:] == digits.findall(b)[-1:]


def apply_page_meta(issue: Issue, meta: dict[str, str]) -> None:
    if not issue.documents or not meta:
        return
    doc = issue.documents[0]
    if title := meta.get("title"):
        headings = {norm_title(b.text) for b in doc.blocks() if b.type == "heading"}
        # an order (国务院令) is listed under the title of the text it promulgates
        if norm_title(title) != norm_title(doc.title) and norm_title(title) not in headings:
            _differs(issue, doc.id, "title", title, doc.title)
        doc.title = title
    if number := find_doc_number(meta.get("doc_number", "")):
        if doc.doc_number and not _same_number(doc.doc_number, number):
            _differs(issue, doc.id, "文号", number, doc.doc_number)
        doc.doc_number = number
    if date := parse_date(meta.get("date", "")):
        _differs(issue, doc.id, "成文日期", date, doc.date)
        doc.date = date
    if issuer := meta.get("issuer") or (meta.get("publisher") if not doc.issuers else None):
        names = [n for n in re.split(r"[\s、，,]+", issuer) if n]
        doc.issuers = names
    if published := parse_date(meta.get("published", "")):
        issue.meta.published = published
        issue.meta.year = issue.meta.year or int(published[:4])
