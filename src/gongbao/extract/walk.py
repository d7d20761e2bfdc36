"""Walking a document's tree with the headings above each block: extractors read the tree
that ``structure`` built, never raw text."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from gongbao.model import Block, Document, Source

Walk = list[tuple[Block, list[Block]]]

#: the walks kept while a stage that only reads the tree runs (``kept_walks``): per thread,
#: id of a document → (the document, its walk)
_local = threading.local()


def walk(doc: Document) -> Iterator[tuple[Block, list[Block]]]:
    """Every block with the list of blocks above it (outermost first), depth first in
    reading order. Inside ``kept_walks`` a document is walked once and the walk handed to
    every extractor that asks (a short notice's dozen extractors each walked it anew)."""
    kept: dict[int, tuple[Document, Walk]] | None = getattr(_local, "kept", None)
    if kept is None:
        return _walk(doc)
    got = kept.get(id(doc))
    if got is None or got[0] is not doc:
        got = kept[id(doc)] = (doc, list(_walk(doc)))
    return iter(got[1])


@contextmanager
def kept_walks() -> Iterator[None]:
    """Keep each document's walk for the block: only for code that does not change the
    tree (the extractors read it)."""
    outer = getattr(_local, "kept", None)
    _local.kept = {} if outer is None else outer
    try:
        yield
    finally:
        _local.kept = outer


def _walk(doc: Document) -> Iterator[tuple[Block, list[Block]]]:
    """``walk`` itself: a stack, not nested generators (deep outlines)."""
    stack: list[tuple[Block, list[Block]]] = [(b, []) for b in reversed(doc.body)]
    while stack:
        block, above = stack.pop()
        yield block, above
        if block.children:
            inner = [*above, block]
            stack.extend((c, inner) for c in reversed(block.children))


def source(doc: Document, block: Block, start: int = 0, end: int | None = None) -> Source:
    return Source(
        document=doc.id,
        block=block.path,
        span=(start, len(block.text) if end is None else end),
        line=block.source.line,
        end_line=block.source.end_line,
    )


def row_source(doc: Document, block: Block, row: int) -> Source:
    """A table row's fact: the table's block, the row's own input line."""
    src = source(doc, block)
    lines = block.table.row_lines if block.table is not None else []
    if row < len(lines):
        src.line = src.end_line = lines[row]
    return src


def number_of(block: Block) -> int | None:
    from gongbao.numbering import match_number

    if not block.num:
        return None
    m = match_number(block.num + "x")
    return m.value if m else None


def column(columns: list[str], names: tuple[str, ...], exact: bool = False) -> int | None:
    """The index of the first column named (or, unless ``exact``, containing) one of
    ``names``, trying the names in order."""
    from gongbao.script import to_simplified

    folded = [to_simplified(re.sub(r"\s+", "", c)) for c in columns]
    for name in names:
        for k, c in enumerate(folded):
            if c == name or (not exact and name in c):
                return k
    return None
