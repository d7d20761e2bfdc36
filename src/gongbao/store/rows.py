"""An issue as the rows the store writes, built where it was parsed.

Turning a parsed issue into rows (its JSON, block texts, token streams, the ranking index's
documents, facts, the ledger, 文号 series and change events) took most of an ingest's storing
time, and it ran in the one process that writes. Built in the parse worker instead, the
writer is left with what only it can do: take the next document number, insert, commit.
Everything here is plain data (dicts, lists, strings), so it pickles cheaply from the
worker, and nothing here needs the database.

Only three things are the writer's to fill in: the document numbers (``num``, which also
number the blocks: a block's ``id`` here is its rank in its document), the ids of
appointments and measures (which their organisation links point to), and whether the issue
replaces one stored before (the change log says so).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gongbao.errors import InputError

if TYPE_CHECKING:
    from gongbao.model import Block, Issue
    from gongbao.store.write import FactRows

#: a block's id is its document's number shifted left by this, plus its rank in the document
BLOCK_BITS = 16
#: fact lists that are registries or derived, not facts the issue states
NOT_FACTS = ("organisations", "moves")


@dataclass(slots=True)
class IssueRows:
    """One issue, ready to insert: rows by table, in the order the tables are written."""

    issue_id: str
    gazette: dict[str, Any]
    digest: str
    issue: dict[str, Any]
    #: ``documents`` rows without their ``num``
    documents: list[dict[str, Any]]
    issuers: list[dict[str, Any]]
    #: per document, its ``blocks`` rows whose ``id`` is the block's rank in the document
    blocks: list[list[dict[str, Any]]]
    #: per document, each block's token stream (``index_stream`` of its text)
    streams: list[list[str]]
    #: per document, each block's document in the ranking index but for its ids
    #: (``rankindex.json_block``)
    ranked: list[list[str]]
    #: organisations, people and facts; its ``tables`` also hold the 文号 and ledger rows
    facts: FactRows
    ledger_keys: list[dict[str, Any]]
    #: change-log events for a new issue and for one replacing an edition (``at`` unset)
    events: list[dict[str, Any]]
    replacing_events: list[dict[str, Any]]
    documents_count: int = 0
    facts_count: int = 0
    problems_count: int = 0
    #: per document, each block's tsvector in PostgreSQL's binary form
    #: (``tokens.tsvector_binary``), None where the server is to make it from the stream
    vectors: list[list[bytes | None]] = field(default_factory=list)


def block_text(b: Block) -> str:
    """What a block is searched by: its text, or a table's caption and cells."""
    if b.table is not None:
        cells = [" ".join(b.table.columns)] + [" ".join(r) for r in b.table.rows]
        return "\n".join([b.text, *cells])
    return b.text


def issue_key(issue: Issue) -> str:
    if issue.id:
        return issue.id
    return "issue-" + hashlib.sha256(json.dumps(issue.to_dict()).encode()).hexdigest()[:12]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def issue_rows(issue: Issue, source_name: str = "", content: bytes | str = b"") -> IssueRows:
    """Every row ``issue`` is stored as (``Store.write`` writes them). An ``InputError`` for
    an issue the store cannot take (a document of more blocks than its ids have room for)."""
    from gongbao.store.changes import events_of
    from gongbao.store.rankindex import json_block, json_fields
    from gongbao.store.tokens import index_stream, tsvector_binary
    from gongbao.store.write import fact_rows, printed_rows
    from gongbao.structure.kinds import gazette_key

    d = issue.to_dict()
    data = content.encode() if isinstance(content, str) else content
    digest = hashlib.sha256(data or _json(d).encode()).hexdigest()
    issue_id = issue_key(issue)
    gid = gazette_key(issue.meta.gazette)
    m = issue.meta
    issue_row = {
        "id": issue_id,
        "gazette_id": gid,
        "year": m.year,
        "number": m.number,
        "total_number": m.total_number,
        "period_start": m.period_start,
        "period_end": m.period_end,
        "published": m.published,
        "publisher": m.publisher,
        "source_name": source_name,
        "content_hash": digest,
        "data": _json(
            {
                "issue": d["issue"],
                "toc": d["toc"],
                "problems": d["problems"],
                "moves": d["moves"],
                "budget_checks": d["budget"]["checks"],
                # the export gives back what a parse gives: the registry and what the
                # cleaner removed (with line and reason)
                "organisations": d.get("organisations", []),
                "removed": d.get("removed", []),
                # which lines came from OCR, and how sure the engine was of each
                **({"ocr": d["ocr"]} if "ocr" in d else {}),
            }
        ),
    }
    documents: list[dict[str, Any]] = []
    issuers: list[dict[str, Any]] = []
    blocks: list[list[dict[str, Any]]] = []
    streams: list[list[str]] = []
    ranked: list[list[str]] = []
    vectors: list[list[bytes | None]] = []
    for ordinal, (doc, dd) in enumerate(zip(issue.documents, d["documents"], strict=True), 1):
        documents.append(
            {
                "id": doc.id,
                "issue_id": issue_id,
                "ordinal": ordinal,
                "section": doc.section,
                "title": doc.title,
                "kind": doc.kind,
                "doc_number": doc.doc_number,
                "date": doc.date,
                "valid_from": doc.valid_from,
                "valid_until": doc.valid_until,
                "issuers": _json(doc.issuers),
                "data": _json(dd),
            }
        )
        issuers.extend({"document_id": doc.id, "issuer": i} for i in doc.issuers)
        rows: list[dict[str, Any]] = [
            {
                "id": k,
                "document_id": doc.id,
                "path": b.path,
                "type": b.type,
                "num": b.num,
                "text": block_text(b),
                "line": b.source.line,
                "end_line": b.source.end_line,
            }
            for k, b in enumerate(x for x in doc.blocks() if x.type != "list")
        ]
        # head, signature and footnotes, numbered after the body (its ids stay as they were)
        rows += printed_rows(dd, d["footnotes"], len(rows))
        if len(rows) > 1 << BLOCK_BITS:  # ranks 0 … 2**16 - 1
            raise InputError(f"{doc.id}: {len(rows)} blocks; at most {1 << BLOCK_BITS} are stored")
        blocks.append(rows)
        streams.append([index_stream(r["text"]) for r in rows])
        vectors.append([tsvector_binary(stream) for stream in streams[-1]])
        # the year the database gives the index: the document's date's, else the issue's
        year = doc.date[:4] if doc.date is not None else None if m.year is None else str(m.year)
        fields = json_fields(issue_id, gid, doc.kind, year, doc.issuers)
        ranked.append([json_block(stream, fields) for stream in streams[-1]])
    facts = fact_rows(issue, issue_id, gid, d)
    # the tables that need nothing from the writer, after the facts' own, in write order
    facts.tables["doc_numbers"] = doc_number_rows(issue_id, numbers_of(issue))
    facts.tables["ledger_entries"] = ledger = ledger_rows(issue_id, issue)
    return IssueRows(
        issue_id=issue_id,
        gazette={"id": gid, "name": issue.meta.gazette or gid},
        digest=digest,
        issue=issue_row,
        documents=documents,
        issuers=issuers,
        blocks=blocks,
        streams=streams,
        ranked=ranked,
        facts=facts,
        ledger_keys=[
            {"key": key, "place": place, "norm": norm}
            for key, place, norm in dict.fromkeys((r["key"], r["place"], r["norm"]) for r in ledger)
        ],
        events=events_of(issue, issue_id, gid, replaced=False),
        replacing_events=events_of(issue, issue_id, gid, replaced=True),
        documents_count=len(issue.documents),
        facts_count=sum(len(v) for k, v in issue.facts.items() if k not in NOT_FACTS),
        problems_count=len(issue.problems),
        vectors=vectors,
    )


def prepare(issue: object, path: str, data: bytes) -> IssueRows:
    """What a parse worker sends back for ``gongbao ingest``: the issue's rows."""
    from gongbao.model import Issue  # here: a search loads rows.py, not the model

    assert isinstance(issue, Issue)
    return issue_rows(issue, path, data)


# -- the 文号 series and the indicator ledger --------------------------------------------------


def numbers_of(issue: Issue) -> list[tuple[str, str, str]]:
    """(document, 文号, role) for every 文号 an issue's documents carry or cite."""
    out = [(d.id, d.doc_number, "held") for d in issue.documents if d.doc_number]
    for ref in issue.facts.get("references", []):
        if ref.doc_number:
            out.append((ref.document, ref.doc_number, "cited"))
    return out


def doc_number_rows(issue_id: str, numbers: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    from gongbao.series import parse_series

    rows = []
    for document, printed, role in numbers:
        parsed = parse_series(printed)
        if parsed is not None:
            rows.append(
                {
                    "issue_id": issue_id,
                    "document_id": document,
                    "code": parsed.code,
                    "year": parsed.year,
                    "number": parsed.number,
                    "printed": printed[:96],
                    "role": role,
                }
            )
    return rows


def ledger_rows(issue_id: str, issue: Issue) -> list[dict[str, Any]]:
    """The indicator ledger's entries of an issue's indicators."""
    from gongbao.ledger import entries, place_of

    docs = {d.id: d for d in issue.documents}
    rows: list[dict[str, Any]] = []
    for ind in issue.facts.get("indicators", []):
        doc = docs.get(ind.document)
        if doc is None:
            continue
        src = {"block": ind.source.block, "line": ind.source.line, "span": ind.source.span}
        rows.extend(
            ledger_row(issue_id, doc.id, e, doc.date, src)
            for e in entries(ind, place_of(doc.issuers, doc.title))
        )
    return rows


def ledger_row(
    issue_id: str, doc_id: str, e: Any, dated: str | None, src: dict[str, Any]
) -> dict[str, Any]:
    return {
        "issue_id": issue_id,
        "document_id": doc_id,
        "key": e.key[:255],
        "place": e.place[:64],
        "name": e.name,
        "norm": e.norm[:200],
        "form": e.form[:32],
        "period": e.period,
        "kind": e.kind,
        "text": e.value.text,
        "low": e.value.low,
        "high": e.value.high,
        "unit": (e.value.unit or "")[:32] or None,
        "date": dated,
        "source": json.dumps(src, ensure_ascii=False),
    }
