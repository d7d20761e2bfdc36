"""One schema for SQLite and PostgreSQL (SQLAlchemy Core), with a version for migrations.

Every fact kind has its own table: the columns the API filters on, plus the whole fact as
JSON (``data``) so that what is served is exactly what was parsed.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 11

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

gazettes = Table(
    "gazettes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
)

issues = Table(
    "issues",
    metadata,
    Column("id", String(96), primary_key=True),
    Column("gazette_id", String(64), ForeignKey("gazettes.id"), nullable=False, index=True),
    Column("year", Integer, index=True),
    Column("number", Integer),
    Column("total_number", Integer),
    Column("period_start", String(10)),
    Column("period_end", String(10)),
    Column("published", String(10), index=True),
    Column("publisher", Text),
    Column("source_name", Text),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("data", Text, nullable=False),  # issue metadata, contents and problems as JSON
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("num", Integer, nullable=False, unique=True),  # numbers the document's blocks
    Column(
        "issue_id",
        String(96),
        ForeignKey("issues.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("ordinal", Integer, nullable=False),
    Column("section", Text),
    Column("title", Text, nullable=False),
    Column("kind", String(32), index=True),
    Column("doc_number", String(96), index=True),
    Column("date", String(10), index=True),
    Column("valid_from", String(10)),
    Column("valid_until", String(10), index=True),
    Column("issuers", Text, nullable=False),  # JSON list
    Column("data", Text, nullable=False),  # the document with its body tree as JSON
)

blocks = Table(
    "blocks",
    metadata,
    # document number × 2^16 + position: a search hit's document is its id >> 16, so
    # matches are grouped by document without reading a single block row
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("path", String(64), nullable=False),
    Column("type", String(16), nullable=False),
    Column("num", String(32)),
    Column("text", Text, nullable=False),
    Column("line", Integer),
    Column("end_line", Integer),
)

issuers = Table(
    "document_issuers",
    metadata,
    Column(
        "document_id",
        String(128),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("issuer", Text, nullable=False),
    Index("ix_document_issuers_issuer", "issuer"),
)

organisations = Table(
    "organisations",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("gazette_id", String(64), ForeignKey("gazettes.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
)

aliases = Table(
    "organisation_aliases",
    metadata,
    Column(
        "organisation_id",
        String(128),
        ForeignKey("organisations.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("alias", String(255), primary_key=True),
    Index("ix_aliases_alias", "alias"),
)

people = Table(
    "people",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("gazette_id", String(64), ForeignKey("gazettes.id"), nullable=False, index=True),
    Column("name", String(64), nullable=False, index=True),
)


def _fact(name: str, *columns: Column) -> Table:  # type: ignore[type-arg]
    return Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column(
            "issue_id",
            String(96),
            ForeignKey("issues.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        Column(
            "document_id", String(128), ForeignKey("documents.id", ondelete="CASCADE"), index=True
        ),
        *columns,
        Column("data", Text, nullable=False),
    )


appointments = _fact(
    "appointments",
    Column("person_id", String(128), ForeignKey("people.id"), index=True),
    Column("person", String(64), index=True),
    Column("action", String(16), index=True),
)
appointment_orgs = Table(
    "appointment_organisations",
    metadata,
    Column(
        "appointment_id",
        Integer,
        ForeignKey("appointments.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "organisation_id", String(128), ForeignKey("organisations.id"), nullable=False, index=True
    ),
)
indicators = _fact(
    "indicators",
    Column("name", Text, index=True),
    Column("period", String(16), index=True),
    Column("category", Text),
    Column("met", Boolean),
)
commitments = _fact("commitments", Column("no", Integer), Column("category", Text, index=True))
measures = _fact("measures", Column("no", Integer), Column("title", Text))
measure_orgs = Table(
    "measure_organisations",
    metadata,
    Column(
        "measure_id",
        Integer,
        ForeignKey("measures.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "organisation_id", String(128), ForeignKey("organisations.id"), nullable=False, index=True
    ),
    Column("role", String(16), nullable=False),  # lead | support | responsible (no lead named)
)
projects = _fact(
    "projects",
    Column("no", Integer),
    Column("name", Text),
    Column("category", String(64), index=True),
)
budget_lines = _fact(
    "budget_lines",
    Column("label", Text),
    Column("amount", Float),
    Column("budget", String(32), index=True),
    Column("year", Integer, index=True),
    Column("role", String(16), index=True),
)
identities = _fact("budget_identities", Column("holds", Boolean, index=True))
terms = _fact("terms", Column("term", String(255), index=True))
references = _fact(
    "doc_references",
    Column("title", Text),
    Column("doc_number", String(96)),
    Column("target", String(128), index=True),  # what cites a document: one probe
    Column("relation", String(8), index=True),  # 依据 印发 转发 废止 修改 替代 引用
)
rules = _fact("rules", Column("subject", Text))
benefits = _fact("benefits", Column("no", String(32)), Column("title", Text))


def _written_with_its_document() -> list[Column]:  # type: ignore[type-arg]
    """A row id and the issue and document a row belongs to (deleted with them)."""
    return [
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("issue_id", String(96), ForeignKey("issues.id", ondelete="CASCADE"), nullable=False),
        Column(
            "document_id",
            String(128),
            ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
    ]


#: what changed, in the order it was committed: one row per event (a new document, an
#: appointment, a missed target, a document's 有效期), written in the ingest's transaction;
#: its id is the cursor of /api/changes
changes = Table(
    "changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),  # UTC, ISO 8601
    Column("kind", String(32), nullable=False, index=True),
    Column("issue_id", String(96), nullable=False, index=True),
    Column("document_id", String(128), index=True),
    Column("subject", String(160), index=True),  # a person's, an organisation's or a series' id
    Column("data", Text, nullable=False),
)

#: the indicator ledger: every target and outcome under its indicator's key (place and
#: normalised name, ``gongbao.ledger``), written with the issue
ledger_entries = Table(
    "ledger_entries",
    metadata,
    *_written_with_its_document(),
    Column("key", String(255), nullable=False, index=True),
    Column("place", String(64), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("norm", String(200), nullable=False, index=True),
    Column("form", String(32), nullable=False),
    Column("period", String(16)),
    Column("kind", String(8), nullable=False),  # target | actual
    Column("text", Text, nullable=False),
    Column("low", Float),
    Column("high", Float),
    Column("unit", String(32)),
    Column("date", String(10)),  # the document's, to order revisions of one period
    Column("source", Text, nullable=False),  # JSON: block, line, span
    # a year's latest target or outcome is one index probe
    Index("ix_ledger_timeline", "key", "period", "form", "kind", "date", "id"),
)

#: one row per indicator of the ledger, so that finding an indicator by name reads the
#: indicators, not every entry (kept when its entries go: an indicator is a name, not a fact)
ledger_keys = Table(
    "ledger_keys",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("place", String(64), nullable=False, index=True),
    Column("norm", String(200), nullable=False),
)

#: every 文号 a document carries (role 'held') or cites ('cited'), parsed into its series:
#: written with the issue, so a series' counts and gaps are one indexed query
doc_numbers = Table(
    "doc_numbers",
    metadata,
    *_written_with_its_document(),
    Column("code", String(96), nullable=False),
    Column("year", Integer),
    Column("number", Integer, nullable=False),
    Column("printed", String(96), nullable=False),
    Column("role", String(8), nullable=False),  # held | cited
    Index("ix_doc_numbers_series", "code", "year", "number"),
)
#: reviewers' judgements on people: a merge says two person ids are one person, a split
#: undoes one (or says two ids must never be merged); the latest judgement on a pair wins.
#: Keyed by person ids, which ingest never rewrites, and on purpose no foreign keys: an
#: issue ingested again deletes its rows, never a judgement (``gongbao.store.judgements``)
person_judgements = Table(
    "person_judgements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(8), nullable=False),  # merge | split
    Column("person_id", String(128), nullable=False, index=True),
    Column("other_id", String(128), nullable=False, index=True),
    Column("note", Text),
    Column("made_at", String(32), nullable=False),  # UTC, ISO 8601
    Column("by", String(128)),
)
footnotes = _fact("footnotes", Column("marker", String(16)))
problems = _fact("problems", Column("kind", String(64), index=True))

#: contract key → table, in insertion order
FACT_TABLES = {
    "appointments": appointments,
    "indicators": indicators,
    "commitments": commitments,
    "measures": measures,
    "projects": projects,
    "budget_lines": budget_lines,
    "identities": identities,
    "terms": terms,
    "references": references,
    "rules": rules,
    "benefits": benefits,
}
