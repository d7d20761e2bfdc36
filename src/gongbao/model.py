"""The typed model of a parsed gazette issue and its export contract (DESIGN.md, "gongbao/1").

Every object that appears in a list of the export carries a ``Source`` so that a reader can
walk from any value back to the line (and, for blocks, the character span) it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "gongbao/1"

#: Contract keys that later stages (extract/) fill; present as empty lists until then.
FACT_KEYS = (
    "appointments",
    "indicators",
    "commitments",
    "measures",
    "projects",
    "references",
    "rules",
    "terms",
    "benefits",
)


@dataclass(slots=True)
class Source:
    """Where a value came from: document, block path, character span, input lines, page."""

    document: str | None = None
    block: str | None = None
    span: tuple[int, int] | None = None
    line: int | None = None
    end_line: int | None = None
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "block": self.block,
            "span": list(self.span) if self.span else None,
            "line": self.line,
            "end_line": self.end_line,
            "page": self.page,
        }


@dataclass(slots=True)
class Problem:
    """Something wrong in the issue itself, found while parsing or checking it."""

    kind: str
    detail: str
    document: str | None = None
    source: Source = field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "document": self.document,
            "detail": self.detail,
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class Removed:
    """A line (or part of one) the cleaner took out of the text, and why: nothing is lost
    silently."""

    line: int
    text: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "text": self.text, "why": self.why}


@dataclass(slots=True)
class Table:
    caption: str | None
    columns: list[str]
    rows: list[list[str]]
    document: str | None = None
    #: rows with grouped (blank) leading cells filled from the row above; printed rows stay in
    #: ``rows``.
    normalized: list[list[str]] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    #: the input line each row starts on (not exported: a row's facts carry it in their source)
    row_lines: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "caption": self.caption,
            "columns": self.columns,
            "rows": self.rows,
            "normalized": self.normalized,
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class Block:
    """A node of a document's outline: heading, paragraph, list, table or footnote."""

    type: str
    text: str = ""
    level: int | None = None
    num: str | None = None
    #: a bold or run-in lead sentence ("提振消费全面发力。") that titles a paragraph
    lead: str | None = None
    children: list[Block] = field(default_factory=list)
    table: Table | None = None
    path: str = ""
    source: Source = field(default_factory=Source)

    def walk(self) -> list[Block]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type,
            "level": self.level,
            "num": self.num,
            "text": self.text,
            "path": self.path,
        }
        if self.lead:
            d["lead"] = self.lead
        if self.table is not None:
            d["caption"] = self.table.caption
            d["columns"] = self.table.columns
            d["rows"] = self.table.rows
            d["normalized"] = self.table.normalized
        d["children"] = [c.to_dict() for c in self.children]
        d["source"] = self.source.to_dict()
        return d


@dataclass(slots=True)
class Attachment:
    label: str | None
    title: str
    source: Source = field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "title": self.title, "source": self.source.to_dict()}


@dataclass(slots=True)
class Document:
    id: str
    title: str
    section: str | None = None
    kind: str = "document"
    doc_number: str | None = None
    date: str | None = None
    issuers: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    valid_from: str | None = None
    valid_until: str | None = None
    speaker: str | None = None
    #: the 发文机关署名 lines at the end as printed (organisations, or '市长 王某某')
    signature: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    source: Source = field(default_factory=Source)

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        for b in self.body:
            out.extend(b.walk())
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "section": self.section,
            "title": self.title,
            "kind": self.kind,
            "doc_number": self.doc_number,
            "date": self.date,
            "issuers": self.issuers,
            "addressees": self.addressees,
            "attachments": [a.to_dict() for a in self.attachments],
            "valid_from": self.valid_from,
            "valid_until": self.valid_until,
            "speaker": self.speaker,
            "signature": self.signature,
            "body": [b.to_dict() for b in self.body],
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class TocEntry:
    section: str | None
    title: str
    page: int | None
    document: str | None = None
    source: Source = field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "title": self.title,
            "page": self.page,
            "document": self.document,
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class Footnote:
    """A footnote body with the marker printed before it and the marker used in the text."""

    marker: str
    text: str
    document: str | None = None
    text_marker: str | None = None
    #: path of the block whose text carries the marker
    anchor: str | None = None
    source: Source = field(default_factory=Source)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "marker": self.marker,
            "text_marker": self.text_marker,
            "anchor": self.anchor,
            "text": self.text,
            "source": self.source.to_dict(),
        }


@dataclass(slots=True)
class IssueMeta:
    gazette: str | None = None
    year: int | None = None
    number: int | None = None
    total_number: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    published: str | None = None
    publisher: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "gazette": self.gazette,
            "year": self.year,
            "number": self.number,
            "total_number": self.total_number,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "published": self.published,
            "publisher": self.publisher,
        }


@dataclass(slots=True)
class Issue:
    """One parsed gazette issue: metadata, contents, documents and what was found wrong."""

    meta: IssueMeta
    #: stable and readable: 'jingan-2026-01'; a document without a gazette is its own issue
    id: str = ""
    toc: list[TocEntry] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: every line the cleaner took out (furniture, page wrappers, noise), with the reason
    removed: list[Removed] = field(default_factory=list)
    facts: dict[str, list[Any]] = field(default_factory=lambda: {k: [] for k in FACT_KEYS})
    #: what of the text came from OCR (read.pdf.PdfText.ocr_mark): pages, engine, every line
    #: with its confidence; None when all of it came from a text layer
    ocr: dict[str, Any] | None = None

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def to_dict(self) -> dict[str, Any]:
        from gongbao.facts import dump

        out: dict[str, Any] = {
            "schema": SCHEMA,
            "issue": {"id": self.id, **self.meta.to_dict()},
            "toc": [t.to_dict() for t in self.toc],
            "documents": [d.to_dict() for d in self.documents],
            "tables": [t.to_dict() for t in self.tables],
            "footnotes": [f.to_dict() for f in self.footnotes],
        }
        for key in FACT_KEYS:
            out[key] = dump(self.facts.get(key, []))
        out["moves"] = dump(self.facts.get("moves", []))
        out["budget"] = {
            "lines": dump(self.facts.get("budget_lines", [])),
            "identities": dump(self.facts.get("identities", [])),
            "checks": dump(self.facts.get("checks", [])),
        }
        out["organisations"] = dump(self.facts.get("organisations", []))
        out["problems"] = [p.to_dict() for p in self.problems]
        out["removed"] = [r.to_dict() for r in self.removed]
        if self.ocr is not None:
            out["ocr"] = self.ocr
        return out
