"""Extract: the facts a gazette states, read from the tree that ``structure`` built.

Extractors are entries in one ordered list (``EXTRACTORS``), each a function of the issue
returning the contract keys it fills. The organisation registry is built first, from what the
issue says of its own organisations (issuers, joint signatures, appointment positions), so
that responsible units resolve against it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gongbao.extract import (
    appointments,
    benefits,
    budget,
    commitments,
    indicators,
    measures,
    projects,
    references,
    rules,
    terms,
)
from gongbao.extract.organisations import Registry
from gongbao.extract.walk import kept_walks
from gongbao.model import Issue

Extractor = Callable[[Issue], dict[str, list[Any]]]

EXTRACTORS: list[tuple[str, Extractor]] = [
    ("appointments", appointments.extract),
    ("indicators", indicators.extract),
    ("commitments", commitments.extract),
    ("projects", projects.extract),
    ("budget", budget.extract),
    ("terms", terms.extract),
    ("references", references.extract),
    ("rules", rules.extract),
    ("benefits", benefits.extract),
]


def registry_of(issue: Issue, found: dict[str, list[Any]]) -> Registry:
    # documents published alone share no gazette, and so no home place: each body's id
    # carries its own place, or every city's 人民政府 would be one organisation
    from gongbao.structure.kinds import gazette_key

    reg = Registry(qualify=issue.meta.gazette is None, prefix=gazette_key(issue.meta.gazette))
    for doc in issue.documents:
        for name in doc.issuers:
            reg.add(name)
    for record in found.get("appointments", []):
        for role in record.roles:
            if role.organization:
                reg.add(role.organization)
    return reg


def run_extractors(issue: Issue) -> None:
    found: dict[str, list[Any]] = {}
    with kept_walks():  # every extractor walks every document: each walked once
        for _name, extractor in EXTRACTORS:
            for key, values in extractor(issue).items():
                found.setdefault(key, []).extend(values)
        reg = registry_of(issue, found)
        found.update(measures.extract(issue, reg))
    found["organisations"] = reg.items()
    issue.problems.extend(found.pop("problems", []))
    issue.facts.update(found)
