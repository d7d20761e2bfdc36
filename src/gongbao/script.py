"""Traditional characters (Hong Kong, Taiwan, Macau, mirror sites, older documents) and
full-width letters and digits (２０２４年, ＰＭ２.５).

Every rule of ``structure`` and ``extract`` is written once, in simplified characters and
ASCII digits. A document printed otherwise is parsed from its folded form (OpenCC's t2s, and
full-width letters and digits made ASCII, one character for one, so spans and lengths hold),
and every string the parse produces is
then put back into the script it was published in: a string found in the simplified text is
replaced by the published text at that place; anything else (text joined over lines) is put
back character by character, each simplified character to the published one it stood for in
this document most often.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter, ne
from typing import Any

_NOT_SPACE = re.compile(r"\S+")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


#: the last text converted and its conversion: a document's text is converted to tell
#: whether it is traditional and then, when it is, converted again to be parsed
_last: tuple[str, str] = ("", "")


def _convert(text: str) -> str:
    """OpenCC's t2s of ``text``; the same text asked again in a row is converted once."""
    global _last
    seen, done = _last
    if seen == text:
        return done
    out: str = _t2s().convert(text)
    _last = (text, out)
    return out


def to_simplified(text: str) -> str:
    """Simplified characters, one for one (a phrase rule that changes the length is undone
    by converting that text character by character)."""
    out: str = _convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c := _t2s().convert(ch)) == 1 else ch for ch in text)


#: full-width digits and Latin letters → ASCII (punctuation keeps its Chinese form: rules read
#: （一） and ：as printed); Kangxi radicals and compatibility ideographs, which PDF text
#: extraction often gives for ordinary characters ('⼈⺠' for 人民), → the unified ideograph
_WIDTH = {
    c: c - 0xFEE0 for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
}
for _cp in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFB00)]:
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if len(_n) == 1 and _n != chr(_cp):
        _WIDTH[_cp] = ord(_n)
# a horizontal bar (U+2015) where the text means a dash ('――2003年4月22日在…会议上'): an em
# dash, as the rules read one
_WIDTH[0x2015] = 0x2014
_FULL_WIDTH = re.compile(
    r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufaff\u2015]"
)


def for_rules(text: str, traditional: bool) -> str:
    """The form the rules read: simplified (if the document is traditional), ASCII digits."""
    return _points((to_simplified(text) if traditional else text).translate(_WIDTH))


#: a full-width full stop between digits: the decimal point of a figure printed full-width
#: ('２８６．７亿元'), read as one (the length kept: the text is put back character by character);
#: not an item's number before a year ('附件：1．…量化表2．2011年…')
_WIDE_POINT = re.compile(r"(?<=[0-9])．(?=[0-9]{1,3}(?![0-9年]))")


def _points(text: str) -> str:
    return _WIDE_POINT.sub(".", text) if "．" in text else text


def fold_lines(texts: list[str], traditional: bool) -> list[str]:
    """``for_rules`` of every line, converted in one call (a call per line costs more than
    the conversion of a short line); line by line where a phrase rule changed a length."""
    if not traditional:
        return [_points(t.translate(_WIDTH)) for t in texts]
    joined = "\n".join(texts)
    simple: str = _convert(joined)
    parts = simple.split("\n") if len(simple) == len(joined) else []
    if len(parts) == len(texts) and all(
        len(a) == len(b) for a, b in zip(parts, texts, strict=True)
    ):
        if _FULL_WIDTH.search(simple) is None:
            return parts  # (nothing full-width: translating every line would change nothing)
        return [_points(p.translate(_WIDTH)) for p in parts]
    return [for_rules(t, True) for t in texts]


def needs_folding(text: str) -> tuple[bool, bool]:
    """Whether the text is traditional, and whether it prints full-width letters or digits
    (or radicals and compatibility ideographs)."""
    return is_traditional(text), _FULL_WIDTH.search(text) is not None


def is_traditional(text: str) -> bool:
    """Whether enough of the text's ideographs are traditional forms to parse it as such.

    (OpenCC converts faster than Python can look for the characters it would change: a
    set or a translate table over the text costs two to four times the conversion.)"""
    sample = text[:6_000]
    simple = to_simplified(sample)
    if simple == sample:  # most documents: settled without comparing character by character
        return False
    han = len(_NOT_HAN.sub("", sample))
    # the characters that changed, counted in C a stretch at a time until there are enough
    # (a traditional text shows it in its first lines; a whole count decides the rest)
    changed = 0
    for at in range(0, len(sample), _STRETCH):
        changed += sum(map(ne, sample[at : at + _STRETCH], simple[at : at + _STRETCH]))
        if changed >= 3 and changed >= 0.02 * han:
            return True
    return False


#: how many characters ``is_traditional`` compares before it looks whether enough changed
_STRETCH = 200


class Restorer:
    """Puts strings of the simplified parse back into the published script."""

    def __init__(
        self, published: list[str], traditional: bool = True, folded: list[str] | None = None
    ) -> None:
        self.published = "".join(published)
        # the folded lines the parse read, where the caller has them (folded once, not twice)
        self.simple = (
            "".join(folded) if folded is not None else for_rules(self.published, traditional)
        )
        if len(self.published) != len(self.simple):
            raise ValueError("folded text must be as long as the published text")
        # how each simplified character was published, looked up only for the characters of
        # a string put back character by character (most strings are found whole in the text)
        self._table = _Readings(self.published, self.simple)
        self._cache: dict[str, str] = {}
        self._seen: set[int] = set()
        # the two texts without a mirror's pinyin readings ('各區(qū)(市)縣'), which the
        # cleaner takes out: a string of the parse that spanned one is found there (made when
        # a string is first not found in the text itself)
        self._bare: tuple[str, str] | None = None
        self._bare_made = False
        self._squeeze: tuple[str, list[tuple[int, int]]] | None = None

    @property
    def chars(self) -> dict[str, str]:
        """Every simplified character the document printed otherwise, and its reading."""
        pairs = zip(self.published, self.simple, strict=True)
        differ = dict.fromkeys(b for a, b in pairs if a != b)
        return {b: self._table[ord(b)] for b in differ}

    def _bare_texts(self) -> tuple[str, str] | None:
        if self._bare_made:
            return self._bare
        self._bare_made = True
        if "(" in self.published or "（" in self.published:
            from gongbao.clean.wrapper import reading_spans

            if spans := reading_spans(self.published):
                keep = [(0, spans[0][0])]
                keep += [(a[1], b[0]) for a, b in pairwise(spans)]
                keep.append((spans[-1][1], len(self.published)))
                self._bare = (
                    "".join(self.published[i:j] for i, j in keep),
                    "".join(self.simple[i:j] for i, j in keep),
                )
        return self._bare

    def restore(self, text: str) -> str:
        if text.isascii():
            return text
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        at = self.simple.find(text)
        if at >= 0:
            out = self.published[at : at + len(text)]
        elif (bare := self._bare_texts()) is not None and (at := bare[1].find(text)) >= 0:
            out = bare[0][at : at + len(text)]
        else:
            out = self._across_breaks(text) or text.translate(self._table)
        self._cache[text] = out
        return out

    def _across_breaks(self, text: str) -> str | None:
        """A short string the parse joined from lines (a title printed over two), found in
        the text with the line breaks and spaces between its characters that the join took
        out: each of its characters as published there."""
        if len(text) > 300 or len(text) < 4 or any(c.isspace() for c in text):
            return None
        compact, runs = self._squeezed()
        at = compact.find(text)
        if at < 0:
            return None
        # the stretches of the text without its spaces, each where it stands in the text
        k = bisect_right(runs, (at, len(self.simple))) - 1
        out: list[str] = []
        need = len(text)
        while need:
            start, origin = runs[k]
            offset = at - start if not out else 0
            length = (runs[k + 1][0] if k + 1 < len(runs) else len(compact)) - start
            take = min(need, length - offset)
            out.append(self.published[origin + offset : origin + offset + take])
            need -= take
            k += 1
        return "".join(out)

    def _squeezed(self) -> tuple[str, list[tuple[int, int]]]:
        """The folded text without its spaces and line breaks, and where each of its runs
        of other characters starts there and in the text (made once, when first asked)."""
        if self._squeeze is None:
            runs: list[tuple[int, int]] = []
            parts: list[str] = []
            size = 0
            for m in _NOT_SPACE.finditer(self.simple):
                runs.append((size, m.start()))
                parts.append(m.group(0))
                size += m.end() - m.start()
            self._squeeze = ("".join(parts), runs)
        return self._squeeze

    def restore_all(self, obj: Any) -> Any:
        """Every string in a tree of dataclasses, lists and dicts, in place where mutable.

        A tree is mostly strings, numbers and None: those are settled where they are met,
        without a call of their own."""
        kind: type = type(obj)
        if kind is str:
            return self.restore(obj)
        if kind in _SCALARS or obj is None:
            return obj
        if isinstance(obj, str):
            return self.restore(obj)
        if isinstance(obj, int | float | bool) or obj is None:
            return obj
        if id(obj) in self._seen:
            return obj
        self._seen.add(id(obj))
        cache = self._cache
        if isinstance(obj, list):
            seen = self._seen
            for k, item in enumerate(obj):
                if (t := type(item)) is str:
                    if not item.isascii():  # (ASCII is its own restoration)
                        obj[k] = cache.get(item) or self.restore(item)
                elif item is None or t in _SCALARS:
                    continue
                elif (names := _fields(item.__class__)) and id(item) not in seen:
                    # an instance of a dataclass, most lists' items (the cleaner's records,
                    # a document's blocks): its fields restored without the dispatch above
                    seen.add(id(item))
                    self._restore_fields(item, names)
                else:
                    obj[k] = self.restore_all(item)
            return obj
        if isinstance(obj, tuple):
            return tuple(self.restore_all(item) for item in obj)
        if isinstance(obj, dict):
            for key in list(obj):
                obj[key] = self.restore_all(obj[key])
            return obj
        fields = _fields(kind)
        if not fields and dataclasses.is_dataclass(kind):
            _SCALARS.add(kind)  # a source, a frozen value: nothing in it to restore, ever
        self._restore_fields(obj, fields)  # an instance of a dataclass (a class has none)
        return obj

    def _restore_fields(self, obj: Any, names: tuple[str, ...]) -> None:
        """The named fields of a dataclass's instance restored in place."""
        cache = self._cache
        for name in names:
            value = getattr(obj, name)
            if (t := type(value)) is str:
                if not value.isascii():  # (ASCII is its own restoration: left in place)
                    setattr(obj, name, cache.get(value) or self.restore(value))
            elif value is not None and t not in _SCALARS:
                new = self.restore_all(value)
                if new is not value:  # (a list or an object restored in place is kept)
                    setattr(obj, name, new)


class _Readings(dict[int, str]):
    """A ``str.translate`` table: a simplified character → the character the document printed
    for it most often, counted the first time the character is asked for (most parses ask for
    none: their strings are found whole in the text). A character also printed as itself
    keeps that reading in the vote; a tie goes to the form met first, the character itself
    last."""

    def __init__(self, published: str, simple: str) -> None:
        super().__init__()
        self.published = published
        self.simple = simple
        self._differ: set[str] | None = None

    def __missing__(self, code: int) -> str:
        b = chr(code)
        published, simple = self.published, self.simple
        if self._differ is None:
            # the simplified characters printed otherwise somewhere, found in one pass in C:
            # a character not among them (most of a string's) reads as itself, uncounted
            self._differ = _differing(published, simple)
        if b not in self._differ:
            self[code] = b
            return b
        counts: dict[str, int] = {}
        at = simple.find(b)
        while at >= 0:
            a = published[at]
            counts[a] = counts.get(a, 0) + 1
            at = simple.find(b, at + 1)
        others = [(a, n) for a, n in counts.items() if a != b]
        out = max([*others, (b, counts.get(b, 0))], key=itemgetter(1))[0] if others else b
        self[code] = out
        return out


def _differing(published: str, simple: str) -> set[str]:
    """The characters of ``simple`` where it differs from ``published`` (of the same length):
    compared as arrays of code points (a comparison a character at a time in Python costs
    eight times as much, on every traditional page)."""
    import numpy as np

    a = np.frombuffer(published.encode("utf-32-le"), np.uint32)
    b = np.frombuffer(simple.encode("utf-32-le"), np.uint32)
    return set(b[a != b].tobytes().decode("utf-32-le"))


#: values ``restore_all`` leaves as they are, told by their exact type
#: (and the dataclasses found to hold no published text, added as they are met)
_SCALARS: set[type] = {int, float, bool}


@cache
def _fields(cls: type) -> tuple[str, ...]:
    """The fields of a dataclass that may hold published text: none of a frozen one, none of
    a source (ids and line numbers only), none of a class that is not a dataclass."""
    if not dataclasses.is_dataclass(cls):
        return ()
    params = getattr(cls, "__dataclass_params__", None)
    if (params is not None and params.frozen) or cls.__name__ in ("Source", "Line"):
        return ()  # (a reader's line is the input, not a string of the parse)
    return tuple(f.name for f in dataclasses.fields(cls))
