"""A document printed as a record: a two-column table of fields (a 行政处罚信息公开表, a
registration form) whose labels say what the head of a notice would — its number, its date,
the organ that decided it. Read only where the head printed none of them."""

from __future__ import annotations

import re

from gongbao.docnumber import find_doc_number
from gongbao.model import Block, Document
from gongbao.structure.dates import parse_date
from gongbao.structure.organs import is_org

_NUMBER_LABEL = re.compile(r"(?:决定书|文书)?文号$|^文号")
_DATE_LABEL = re.compile(r"(?:作出.{0,8}决定的?日期|成文日期|决定日期|发文日期)$")
_ORGAN_LABEL = re.compile(r"(?:作出.{0,8}决定的?机关(?:名称)?|决定机关(?:名称)?|发文机关)$")


def _first_table(blocks: list[Block]) -> Block | None:
    for b in blocks:
        if b.type == "table" and b.table is not None:
            return b
        if (found := _first_table(b.children)) is not None:
            return found
    return None


def apply_record(doc: Document) -> None:
    """Fill the 文号, date and issuer a document's record table gives, where the head left
    them empty; a field printed twice with different values is left empty."""
    block = _first_table(doc.body)
    if block is None or block.table is None:
        return
    table = block.table
    rows = [table.columns, *table.rows] if len(table.columns) == 2 else table.rows
    fields: dict[str, set[str]] = {"number": set(), "date": set(), "organ": set()}
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) != 2:
            continue
        label, value = re.sub(r"\s+", "", cells[0]), cells[1]
        if _NUMBER_LABEL.search(label) and (number := find_doc_number(value)):
            fields["number"].add(number)
        elif _DATE_LABEL.search(label) and (date := parse_date(value)):
            fields["date"].add(date)
        elif _ORGAN_LABEL.search(label) and is_org(value):
            fields["organ"].add(value)
    if doc.doc_number is None and len(fields["number"]) == 1:
        doc.doc_number = fields["number"].pop()
    if doc.date is None and len(fields["date"]) == 1:
        doc.date = fields["date"].pop()
    if not doc.issuers and len(fields["organ"]) == 1:
        doc.issuers = [fields["organ"].pop()]
