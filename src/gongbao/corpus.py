"""The labelled corpus: real documents, each beside a label record checked by reading it.

``tests/corpus/<family>/<name>.<ext>`` holds a document as obtained; ``<name>.label.json``
what a reader finds in it (tests/corpus/README.md). This module loads and validates the
records; ``evaluate`` scores the parser against them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = frozenset(
    {
        "notice",
        "personnel",
        "decision",
        "opinion",
        "reply",
        "letter",
        "regulation",
        "measures",
        "plan",
        "report",
        "budget",
        "announcement",
        "order",
        "minutes",
        "news",
        "document",
    }
)
#: the fields of a labelled document, in the order tables show them
FIELDS = (
    "title",
    "doc_number",
    "date",
    "issuers",
    "addressees",
    "kind",
    "signature",
    "attachments",
)
_LIST_FIELDS = frozenset({"issuers", "addressees", "signature", "attachments"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
LABEL_SUFFIX = ".label.json"


class LabelError(ValueError):
    """A label record that is missing, unreadable or incomplete."""


@dataclass(slots=True)
class LabelledDoc:
    title: str
    doc_number: str | None
    date: str | None
    issuers: list[str]
    addressees: list[str]
    kind: str
    signature: list[str]
    attachments: list[str]
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str) -> Any:
        return getattr(self, name)

    @property
    def facts(self) -> dict[str, list[dict[str, Any]]] | None:
        """The facts labelled by hand, kind → facts (None: none labelled)."""
        facts = self.extra.get("facts")
        return facts if isinstance(facts, dict) else None


@dataclass(slots=True)
class Entry:
    """One corpus file and its label record."""

    family: str
    path: Path
    source: str
    via: str
    checked: str
    documents: list[LabelledDoc]
    notes: str = ""

    #: the label record's own name (the document may be kept elsewhere)
    label: str = ""

    @property
    def name(self) -> str:
        return f"{self.family}/{self.label or self.path.name}"


def _document(raw: Any, where: str) -> LabelledDoc:
    if not isinstance(raw, dict):
        raise LabelError(f"{where}: a document must be an object")
    missing = [f for f in FIELDS if f not in raw]
    if missing:
        raise LabelError(f"{where}: missing {', '.join(missing)}")
    for name in FIELDS:
        value = raw[name]
        if name in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise LabelError(f"{where}: {name} must be a list of non-empty strings")
        elif name == "title":
            if not isinstance(value, str):  # '' where the page prints no title
                raise LabelError(f"{where}: title must be a string")
        elif name == "kind":
            if not isinstance(value, str) or not value.strip():
                raise LabelError(f"{where}: kind must be a non-empty string")
        elif value is not None and (not isinstance(value, str) or not value.strip()):
            raise LabelError(f"{where}: {name} must be a string or null")
    if raw["kind"] not in KINDS:
        raise LabelError(f"{where}: kind '{raw['kind']}' is not one of {sorted(KINDS)}")
    if raw["date"] is not None and not _DATE.match(raw["date"]):
        raise LabelError(f"{where}: date '{raw['date']}' is not YYYY-MM-DD")
    extra = {k: v for k, v in raw.items() if k not in FIELDS}
    if "facts" in extra:
        _check_facts(extra["facts"], where)
    return LabelledDoc(**{f: raw[f] for f in FIELDS}, extra=extra)


def _check_facts(facts: Any, where: str) -> None:
    """The hand-labelled facts of a document: kind → list of facts with the kind's fields."""
    from gongbao.factscore import FACT_KINDS, REQUIRED

    if not isinstance(facts, dict):
        raise LabelError(f"{where}: facts must be an object of fact kinds")
    for kind, items in facts.items():
        if kind not in FACT_KINDS:
            raise LabelError(f"{where}: facts kind '{kind}' is not one of {list(FACT_KINDS)}")
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise LabelError(f"{where}: facts.{kind} must be a list of objects")
        for k, item in enumerate(items, start=1):
            missing = [f for f in REQUIRED[kind] if f not in item]
            if missing:
                raise LabelError(f"{where}: facts.{kind}[{k}] misses {', '.join(missing)}")


def load_entry(label: Path) -> Entry:
    """One label record and the document file beside it."""
    stem = label.name[: -len(LABEL_SUFFIX)]
    try:
        raw = json.loads(label.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelError(f"{label}: cannot be read ({exc})") from None
    if not isinstance(raw, dict):
        raise LabelError(f"{label}: must hold a JSON object")
    if isinstance(raw.get("file"), str):
        # a document the project keeps elsewhere (the sample issue), named relative to here
        files = [(label.parent / raw["file"]).resolve()]
        if not files[0].is_file():
            raise LabelError(f"{label}: its file {raw['file']} is not there")
    else:
        files = [label.with_name(stem + s) for s in SUFFIXES if label.with_name(stem + s).exists()]
    if len(files) != 1:
        raise LabelError(f"{label}: needs exactly one document file beside it ({stem}.txt …)")
    for key in ("source", "via", "checked"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise LabelError(f"{label}: '{key}' must say where the file came from and how")
    docs = raw.get("documents")
    if not isinstance(docs, list) or not docs:
        raise LabelError(f"{label}: 'documents' must list the documents the file holds")
    return Entry(
        family=label.parent.name,
        path=files[0],
        source=raw["source"],
        via=raw["via"],
        checked=raw["checked"],
        documents=[_document(d, f"{label} document {i + 1}") for i, d in enumerate(docs)],
        notes=str(raw.get("notes") or ""),
        label=stem,
    )


def load_corpus(root: Path) -> list[Entry]:
    """Every labelled file under ``root`` (a corpus, or one family's folder), sorted."""
    if not root.is_dir():
        raise LabelError(f"{root}: is not a folder of labelled documents")
    entries = [load_entry(p) for p in sorted(root.rglob("*" + LABEL_SUFFIX))]
    unlabelled = [
        p
        for p in sorted(root.rglob("*"))
        if p.suffix in SUFFIXES
        and p.name != "README.md"
        and p.parent != root
        and not p.with_name(p.name[: -len(p.suffix)] + LABEL_SUFFIX).exists()
    ]
    if unlabelled:
        raise LabelError(f"{unlabelled[0]}: has no label record beside it")
    if not entries:
        raise LabelError(f"{root}: holds no label records (*{LABEL_SUFFIX})")
    return entries


def label_text(record: dict[str, Any]) -> str:
    """A label record as the corpus stores it: a field a line, a document a line (the corpus
    has a size limit that counts its labels, and indentation was a tenth of them)."""
    fields = []
    for key, value in record.items():
        if key == "documents" and isinstance(value, list):
            docs = ",\n".join(
                "  " + json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in value
            )
            fields.append(f'"documents":[\n{docs}\n]')
        else:
            fields.append(f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(fields) + "\n}\n"


def format_labels(root: Path) -> int:
    """Every label record under ``root`` rewritten as ``label_text`` lays it out (the values
    unchanged: each is read back and compared before it is written); how many changed."""
    # (all read and laid out before any is written: an unreadable record leaves every file
    # as it was)
    rewrites: list[tuple[Path, str]] = []
    for path in sorted(root.rglob(f"*{LABEL_SUFFIX}")):
        before = path.read_text(encoding="utf-8")
        try:
            record = json.loads(before)
        except ValueError as exc:
            raise LabelError(f"{path}: not JSON ({exc})") from None
        after = label_text(record)
        if json.loads(after) != record:
            raise LabelError(f"{path}: its layout would change its values")
        if after != before:
            rewrites.append((path, after))
    for path, after in rewrites:
        path.write_text(after, encoding="utf-8")
    return len(rewrites)


def main(argv: list[str] | None = None) -> int:
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in ("check", "format"):
        print("usage: python -m gongbao.corpus check|format DIR", file=sys.stderr)
        return 2
    try:
        if args[0] == "format":
            print(f"{format_labels(Path(args[1]))} label records laid out again")
            return 0
        entries = load_corpus(Path(args[1]))
    except (ValueError, OSError) as exc:  # (a LabelError is a ValueError)
        print(exc, file=sys.stderr)
        return 1
    families: dict[str, int] = {}
    for e in entries:
        families[e.family] = families.get(e.family, 0) + len(e.documents)
    size = sum(e.path.stat().st_size for e in entries)
    # (the limit is the directory's: the documents, their labels, the baseline)
    whole = sum(p.stat().st_size for p in Path(args[1]).rglob("*") if p.is_file())
    lines = [
        f"{len(entries)} files, {sum(families.values())} documents, "
        f"{len(families)} families, {size / 1e6:.1f} MB ({whole / 1e6:.2f} MB with the labels)",
        *(f"  {fam}: {n}" for fam, n in sorted(families.items())),
    ]
    _emit("\n".join(lines))
    return 0


def _emit(text: str) -> None:
    """``text`` on stdout; a reader that stops early (``… check DIR | head -1``) is no error."""
    import os
    import sys

    try:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        # (stdout pointed at nothing, so the interpreter's own flush on exit raises no more)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    raise SystemExit(main())
