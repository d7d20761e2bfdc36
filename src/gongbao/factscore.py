"""Precision and recall of the extracted facts against facts labelled by hand in the corpus.

A labelled document may carry ``facts``: for each fact kind it lists, every fact of that kind
the document states (tests/corpus/README.md says how each kind is labelled). A kind listed
is scored in that document — an empty list included, so that a fact extracted where the
document states none counts against precision; a kind not listed is not scored there.

Facts are matched on a key per kind, compared as ``evaluate.norm`` compares fields (width,
white space, a trailing 。 forgiven): an appointment by person, action and positions, an
indicator by name, target and actual as printed, a budget line by label, amount and unit, a
term by the term and the opening of its definition, a reference by title and 文号, and so on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from gongbao.facts import dump

#: the fact kinds a label may list, in the order the table shows them
FACT_KINDS = (
    "appointments",
    "indicators",
    "commitments",
    "measures",
    "projects",
    "budget",
    "terms",
    "references",
    "rules",
)

#: the fields each labelled fact must give (others may be added and are not scored)
REQUIRED: dict[str, tuple[str, ...]] = {
    "appointments": ("person", "action", "positions"),
    "indicators": ("name", "target", "actual"),
    "commitments": ("text",),
    "measures": ("text", "responsible", "lead"),
    "projects": ("name",),
    "budget": ("label", "amount", "unit"),
    "terms": ("term", "definition"),
    "references": ("title", "doc_number"),
    "rules": ("subject", "amount", "unit"),
}

#: kinds whose facts are what is cited, defined or promised, not each place it is: compared as
#: sets (a document cited five times is one reference, a project a report lists in its text
#: and again in its 附件 one commitment; the extractor keeps every place, each with its source)
_ONCE = frozenset({"references", "terms", "commitments"})

#: how much of a long text keys a fact (a commitment, a measure, a definition): its opening
_OPENING = 12


def _n(value: Any) -> Any:
    from gongbao.evaluate import norm

    return norm(value)


def _opening(text: Any) -> str:
    return (_n(text) or "")[:_OPENING]


def _value_text(value: Any) -> Any:
    if isinstance(value, dict):
        return _n(value.get("text"))
    return _n(value)


def key(kind: str, fact: dict[str, Any]) -> tuple[Any, ...]:
    """What identifies a fact of ``kind`` — the same function for a label and a parsed fact."""
    if kind == "appointments":
        return (_n(fact["person"]), fact["action"], tuple(sorted(_n(fact["positions"]) or [])))
    if kind == "indicators":
        return (_n(fact["name"]), _value_text(fact["target"]), _value_text(fact["actual"]))
    if kind == "commitments":
        return (_opening(fact["text"]),)
    if kind == "measures":
        return (
            _opening(fact["text"]),
            frozenset(_n(fact["responsible"]) or []),
            frozenset(_n(fact["lead"]) or []),
        )
    if kind == "projects":
        return (_n(fact["name"]),)
    if kind == "budget":
        # a change from another year ('比上年增加D') is labelled with the line it changes
        change = bool(fact.get("change")) or fact.get("role") == "change"
        return (_n(fact["label"]), round(float(fact["amount"]), 2), _n(fact["unit"]), change)
    if kind == "terms":
        return (_n(fact["term"]), _opening(fact["definition"]))
    if kind == "references":
        return (_n(fact["title"]), _n(fact["doc_number"]))
    if kind == "rules":
        return (_n(fact["subject"]), round(float(fact["amount"]), 2), _n(fact["unit"]))
    raise ValueError(f"no fact kind {kind}")


def parsed_facts(issue: Any) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Document id → fact kind → the issue's facts of that kind in that document, as dicts."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kind in FACT_KINDS:
        facts = issue.facts.get("budget_lines" if kind == "budget" else kind, [])
        for fact in facts:
            as_dict = dump(fact)
            out.setdefault(as_dict["document"], {}).setdefault(kind, []).append(as_dict)
    return out


@dataclass(slots=True)
class KindScore:
    labelled_docs: int = 0
    labelled: int = 0
    predicted: int = 0
    matched: int = 0
    #: facts extracted in documents labelled as stating none of the kind
    invented: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.labelled if self.labelled else None


@dataclass(slots=True)
class FactMiss:
    file: str
    document: int
    kind: str
    #: 'missing' (labelled, not extracted) or 'extra' (extracted, not labelled)
    what: str
    fact: tuple[Any, ...]


@dataclass(slots=True)
class FactReport:
    kinds: dict[str, KindScore] = field(
        default_factory=lambda: {k: KindScore() for k in FACT_KINDS}
    )
    misses: list[FactMiss] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            kind: {
                "labelled_documents": s.labelled_docs,
                "labelled": s.labelled,
                "predicted": s.predicted,
                "matched": s.matched,
                "invented": s.invented,
                "precision": s.precision,
                "recall": s.recall,
            }
            for kind, s in self.kinds.items()
        }


def score(
    report: FactReport,
    file: str,
    number: int,
    labelled: dict[str, list[dict[str, Any]]],
    got: dict[str, list[dict[str, Any]]],
) -> None:
    """Add one document's facts to the report: matched as multisets of keys per kind."""
    for kind, want in labelled.items():
        s = report.kinds[kind]
        s.labelled_docs += 1
        want_keys = Counter(key(kind, f) for f in want)
        got_keys = Counter(key(kind, f) for f in got.get(kind, []))
        if kind in _ONCE:
            want_keys, got_keys = Counter(set(want_keys)), Counter(set(got_keys))
        hit = want_keys & got_keys
        s.labelled += sum(want_keys.values())
        s.predicted += sum(got_keys.values())
        s.matched += sum(hit.values())
        if not want:
            s.invented += sum(got_keys.values())
        for k in want_keys - got_keys:
            report.misses.append(FactMiss(file, number, kind, "missing", k))
        for k in got_keys - want_keys:
            report.misses.append(FactMiss(file, number, kind, "extra", k))


def fact_table(report: FactReport) -> str:
    """Precision and recall per fact kind, in Markdown."""
    head = "| facts | docs | labelled | extracted | matched | precision | recall | invented |"
    lines = [head, "|---|---|---|---|---|---|---|---|"]

    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x:.2f}"

    for kind, s in report.kinds.items():
        if not s.labelled_docs:
            continue
        lines.append(
            f"| {kind} | {s.labelled_docs} | {s.labelled} | {s.predicted} | {s.matched} | "
            f"{pct(s.precision)} | {pct(s.recall)} | {s.invented} |"
        )
    return "\n".join(lines)
