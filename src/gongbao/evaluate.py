"""Accuracy on the labelled corpus: each file parsed, its documents lined up with the label's,
every field compared; per family × field, and per document what differs.

Values are compared as a reader would: white space, full-width/half-width forms (NFKC) and a
trailing 。 aside, nothing else forgiven. Lists of issuers compare as sets (the order of joint
issuers is not a layout question); addressees, signatures and attachments as printed lists.
A file whose documents were split wrongly still scores the documents that line up by title.
"""

from __future__ import annotations

import json
import math
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from gongbao.corpus import FIELDS, Entry, LabelledDoc
from gongbao.factscore import FactReport, parsed_facts
from gongbao.factscore import score as score_facts

#: every scored column: the document count of a file, then the labelled fields
COLUMNS = ("count", *FIELDS)
#: the columns the done-when of the corpus is stated on
KEY_FIELDS = ("count", "title", "doc_number", "date", "issuers")


def norm(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [norm(v) for v in value]
    text = unicodedata.normalize("NFKC", str(value))
    text = "".join(text.split()).replace("**", "")
    return text.rstrip("。") or None


def same(name: str, want: Any, got: Any) -> bool:
    a, b = norm(want), norm(got)
    if name == "issuers":
        return set(a or []) == set(b or [])
    if isinstance(a, list) or isinstance(b, list):
        return (a or []) == (b or [])
    return bool(a == b)


@dataclass(slots=True)
class Diff:
    file: str
    document: int
    field: str
    want: Any
    got: Any


@dataclass(slots=True)
class FileResult:
    entry: Entry
    parsed: list[dict[str, Any]]
    seconds: float
    chars: int
    error: str | None = None
    #: labelled document index → parsed document index (None: nothing lined up)
    pairs: list[int | None] = field(default_factory=list)
    #: per parsed document, its facts (kind → facts as dicts)
    facts: list[dict[str, list[dict[str, Any]]]] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    files: list[FileResult]
    #: family → column → (right, total)
    scores: dict[str, dict[str, tuple[int, int]]]
    diffs: list[Diff]
    #: precision and recall of the facts labelled by hand
    facts: FactReport = field(default_factory=FactReport)

    def accuracy(self, family: str, column: str) -> float | None:
        right, total = self.scores[family][column]
        return right / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "families": {
                fam: {
                    "files": sum(1 for f in self.files if f.entry.family == fam),
                    "documents": cols["title"][1],
                    **{c: self.accuracy(fam, c) for c in COLUMNS},
                }
                for fam, cols in sorted(self.scores.items())
            },
            "diffs": [asdict(d) for d in self.diffs],
            "facts": self.facts.to_dict(),
        }


def _parsed_fields(doc: Any) -> dict[str, Any]:
    return {
        "title": doc.title,
        "doc_number": doc.doc_number,
        "date": doc.date,
        "issuers": list(doc.issuers),
        "addressees": list(doc.addressees),
        "kind": doc.kind,
        "signature": list(doc.signature),
        "attachments": [a.title for a in doc.attachments],
    }


def parse_entry(entry: Entry) -> FileResult:
    """Parse one corpus file; a refusal or a crash scores every field wrong, it never stops
    the evaluation."""
    from gongbao.errors import InputError
    from gongbao.pipeline import parse_bytes

    data = entry.path.read_bytes()
    start = time.perf_counter()
    try:
        issue = parse_bytes(data, name=str(entry.path))
    except InputError as exc:
        return FileResult(entry, [], time.perf_counter() - start, len(data), error=str(exc))
    except Exception as exc:  # a crash is a finding, reported per file
        return FileResult(
            entry, [], time.perf_counter() - start, len(data), error=f"crash: {exc!r}"
        )
    seconds = time.perf_counter() - start
    chars = sum(len(b.text) for d in issue.documents for b in d.blocks()) or len(data)
    by_doc = parsed_facts(issue)
    return FileResult(
        entry,
        [_parsed_fields(d) for d in issue.documents],
        seconds,
        chars,
        facts=[by_doc.get(d.id, {}) for d in issue.documents],
    )


def line_up(want: list[LabelledDoc], got: list[dict[str, Any]]) -> list[int | None]:
    """Labelled documents → parsed ones: in order when the counts agree, else the order-
    keeping alignment that maximises title similarity (a missed split or an extra document
    costs only the documents it touches)."""
    if len(want) == len(got):
        return list(range(len(got)))
    from rapidfuzz import fuzz

    n, m = len(want), len(got)
    sim = [[fuzz.ratio(norm(w.title) or "", norm(g["title"]) or "") for g in got] for w in want]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= 50 else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[int | None] = [None] * n
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= 50 and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs[i] = j
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def evaluate(entries: list[Entry]) -> Report:
    files: list[FileResult] = []
    scores: dict[str, dict[str, tuple[int, int]]] = {}
    diffs: list[Diff] = []
    facts = FactReport()
    for entry in entries:
        result = parse_entry(entry)
        files.append(result)
        fam = scores.setdefault(entry.family, {c: (0, 0) for c in COLUMNS})
        right, total = fam["count"]
        ok = len(result.parsed) == len(entry.documents)
        fam["count"] = (right + ok, total + 1)
        if not ok:
            found = result.error or len(result.parsed)
            diffs.append(Diff(entry.name, 0, "count", len(entry.documents), found))
        result.pairs = line_up(entry.documents, result.parsed)
        for k, (want, j) in enumerate(zip(entry.documents, result.pairs, strict=True), start=1):
            got = result.parsed[j] if j is not None else None
            for name in FIELDS:
                value = got[name] if got is not None else None
                hit = got is not None and same(name, want.get(name), value)
                right, total = fam[name]
                fam[name] = (right + hit, total + 1)
                if not hit:
                    diffs.append(Diff(entry.name, k, name, want.get(name), value))
            if want.facts is not None:
                got_facts = result.facts[j] if j is not None and j < len(result.facts) else {}
                score_facts(facts, entry.name, k, want.facts, got_facts)
    return Report(files, scores, diffs, facts)


_HEAD = {
    "count": "count",
    "title": "title",
    "doc_number": "文号",
    "date": "date",
    "issuers": "issuers",
    "addressees": "主送",
    "kind": "kind",
    "signature": "署名",
    "attachments": "附件",
}


def table(report: Report) -> str:
    """The accuracy table, in Markdown, as the README shows it."""
    head = ["family", "files", "docs", *(_HEAD[c] for c in COLUMNS)]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    totals = {c: [0, 0] for c in COLUMNS}
    for fam in sorted(report.scores):
        cols = report.scores[fam]
        files = sum(1 for f in report.files if f.entry.family == fam)
        cells = [fam, str(files), str(cols["title"][1])]
        for c in COLUMNS:
            right, total = cols[c]
            totals[c][0] += right
            totals[c][1] += total
            cells.append(f"{right / total:.2f}" if total else "–")
        lines.append("| " + " | ".join(cells) + " |")
    cells = ["all", str(len(report.files)), str(totals["title"][1])]
    cells += [f"{r / t:.2f}" if t else "–" for r, t in totals.values()]
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def below_baseline(report: Report, baseline: dict[str, dict[str, float]]) -> list[str]:
    """Every family × column that scores under the checked-in baseline."""
    out: list[str] = []
    for kind, floor in sorted(baseline.get(FACTS_RECALL, {}).items()):
        s = report.facts.kinds.get(kind)
        got = s.recall if s is not None else None
        if got is not None and got + 1e-9 < floor:
            out.append(f"facts {kind} recall: {got:.3f} < baseline {floor:.3f}")
    for fam, cols in sorted(baseline.items()):
        if fam == FACTS_RECALL:
            continue
        if fam not in report.scores:
            out.append(f"{fam}: family missing from the corpus")
            continue
        for col, floor in sorted(cols.items()):
            got = report.accuracy(fam, col)
            if got is not None and got + 1e-9 < floor:
                out.append(f"{fam} {col}: {got:.3f} < baseline {floor:.3f}")
    return out


def baseline_of(report: Report) -> dict[str, dict[str, float]]:
    """The scores reached now, rounded down to four places (a floor the same run meets), and
    each fact kind's recall (under ``FACTS_RECALL``)."""
    out = {
        fam: {
            c: math.floor(a * 10_000) / 10_000
            for c in COLUMNS
            if (a := report.accuracy(fam, c)) is not None
        }
        for fam in sorted(report.scores)
    }
    out[FACTS_RECALL] = {
        kind: math.floor(s.recall * 10_000) / 10_000
        for kind, s in sorted(report.facts.kinds.items())
        if s.recall is not None
    }
    return out


#: the baseline's entry for the fact kinds' recall (beside the families' fields)
FACTS_RECALL = "(facts recall)"


def load_baseline(path: Path) -> dict[str, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): {str(c): float(v) for c, v in cols.items()} for k, cols in data.items()}
