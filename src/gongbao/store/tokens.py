"""Search tokens: overlapping character bigrams, as Lucene's CJK analyzer makes them.

Text is NFKC-normalised, lower-cased, folded to simplified characters and cut into segments:
runs of letters and digits, runs of white space, and single other characters (punctuation,
symbols). A run gives its
bigrams followed by a break token; white space gives one space token; any other character a
token of its code point. Every letter and digit is also indexed alone, for one-character
queries. A query is the phrase of the same tokens, so a phrase match is an exact occurrence —
except where a query begins or ends with a lone letter or digit glued to punctuation ('PM2.5'
ends with the run '5', which the text may continue as '5浓') or holds one inside ('“2+':
a one-character run is only its break token, which any such run gives); such terms are
confirmed against the text.

    '静安区“十五五”规划' → 静安 安区 brk0 x201c 十五 五五 brk0 x201d 规划 brk0
"""

from __future__ import annotations

import re
import struct
import unicodedata

from gongbao.script import to_simplified

BREAK = "brk0"  # four characters: never a bigram (two) nor a character token (five or more)
SPACE = "x0020"
_SEGMENT = re.compile(r"[^\W_]+|\s+|.", re.S)
_RUN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """What matching ignores: width and compatibility forms (NFKC), case, and the script
    (traditional characters fold to simplified, one for one, so 財政 finds 财政)."""
    return to_simplified(unicodedata.normalize("NFKC", text).lower())


def fold_offsets(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and where each of its characters starts and ends in ``text``: a match
    found in the folded text is shown where it was printed, also where folding changed the
    length (NFKC: 'Ⅱ' → 'ii', '…' → '...', '㎡' → 'm2'). A base character and the combining
    marks after it are folded together, as NFKC composes them."""
    lowered = text.lower()
    if len(lowered) == len(text) and unicodedata.is_normalized("NFKC", text):
        n = len(text)  # nothing changes length: offsets are positions
        return to_simplified(lowered), list(range(n)), list(range(1, n + 1))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j]).lower()
        parts.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return to_simplified("".join(parts)), starts, ends


def _char_token(ch: str) -> str:
    return f"x{ord(ch):04x}"


def _stream(segments: list[str]) -> list[str]:
    out: list[str] = []
    for seg in segments:
        if seg[0].isspace():
            out.append(SPACE)
        elif _RUN.fullmatch(seg):
            out.extend(map(str.__add__, seg, seg[1:]))
            out.append(BREAK)
        else:
            out.append(_char_token(seg))
    return out


#: a segment as (run, white space, other character): one of the three is not empty
_SEGMENT_PARTS = re.compile(r"([^\W_]+)|(\s+)|(.)", re.S)
_CHAR_TOKENS: dict[str, str] = {}


def index_stream(text: str) -> str:
    """What a block is indexed by: its segment tokens (with positions), then its characters.
    ``_stream`` of the segments, written out for speed (ingest tokenises every block)."""
    out: list[str] = []
    runs: list[str] = []
    extend, append, add_run = out.extend, out.append, runs.append
    for run, space, other in _SEGMENT_PARTS.findall(fold(text)):
        if run:
            extend(map(str.__add__, run, run[1:]))
            append(BREAK)
            add_run(run)
        elif space:
            append(SPACE)
        else:
            token = _CHAR_TOKENS.get(other)
            if token is None:
                token = _CHAR_TOKENS[other] = _char_token(other)
            append(token)
    return f"{' '.join(out)} {' '.join(''.join(runs))}"


def query_tokens(term: str) -> tuple[list[str], bool]:
    """The phrase a query term is looked up by, and whether the index answers it exactly."""
    segments = _SEGMENT.findall(fold(term).strip())
    if not segments:
        return [], True
    if len(segments) == 1 and _RUN.fullmatch(segments[0]) and len(segments[0]) == 1:
        return [segments[0]], True  # one character: its unigram
    exact = True
    if _lone(segments[0]) and len(segments) > 1:
        segments, exact = segments[1:], False
    if _lone(segments[-1]) and len(segments) > 1:
        segments, exact = segments[:-1], False
    if any(_lone(seg) for seg in segments):
        exact = False  # a one-character run inside ('“2+'): its break token stands for any
    tokens = _stream(segments)
    if tokens and tokens[-1] == BREAK:
        tokens.pop()  # the text's run may go on after the query's last characters
    return tokens, exact


def _lone(segment: str) -> bool:
    return len(segment) == 1 and _RUN.fullmatch(segment) is not None


# -- the token stream as PostgreSQL's tsvector, made where the issue was parsed ----------------

#: streams whose tokens PostgreSQL's default parser takes one for one, in any locale: ASCII
#: lower-case letters and digits and the CJK Unified Ideographs, between single spaces (checked
#: against the server's own to_tsvector in tests/store/test_tokens_tsvector.py)
_PG_PLAIN = re.compile(r"[a-z0-9\u4e00-\u9fff]+(?: [a-z0-9\u4e00-\u9fff]+)*")
#: what to_tsvector keeps (PostgreSQL's MAXENTRYPOS - 1, MAXNUMPOS - 1): the last position,
#: later ones counted as it, and the positions a lexeme keeps
_LAST_POSITION = (1 << 14) - 1
_POSITIONS = 255
#: a stream longer than this is left to the server (a tsvector holds at most 1 MB)
_LONGEST = 200_000
#: the binary form's parts: the lexeme count; a lexeme's end (NUL), its one position's count
#: and the position, all big-endian
_COUNT = struct.Struct(">i").pack
_ONE = struct.Struct(">xHH").pack
_pack = struct.pack


def tsvector_binary(stream: str) -> bytes | None:
    """PostgreSQL's binary form (``tsvectorsend``) of ``to_tsvector('simple', stream)`` for
    a stream made only of plain tokens (``_PG_PLAIN``), else None (the server makes it).
    The server reads this form by copying it (``tsvectorrecv``: ~25 ms an issue of the
    sample, where parsing the same tsvector as text took ~90 and its own parser over the
    stream ~150), and it is made in the parse worker, not by the one server every issue
    waits for: the lexemes in the server's order (byte order of their UTF-8, so it need
    not sort them), each with its positions ascending from 1, past the last position counted
    as the last one, at most 255 of them."""
    if len(stream) > _LONGEST or not _PG_PLAIN.fullmatch(stream):
        return None
    tokens = stream.encode().split(b" ")
    where: dict[bytes, list[int]] = {}
    add = where.setdefault
    for pos, token in enumerate(tokens, 1):
        add(token, []).append(pos)
    if len(tokens) >= _LAST_POSITION or max(map(len, where.values())) > _POSITIONS:
        where = _kept(tokens)  # rare: what PostgreSQL keeps of many positions
    parts = [_COUNT(len(where))]
    append = parts.append
    for token in sorted(where):
        held = where[token]
        append(token)
        append(_ONE(1, held[0]) if len(held) == 1 else _pack(f">xH{len(held)}H", len(held), *held))
    return b"".join(parts)


def _kept(tokens: list[bytes]) -> dict[bytes, list[int]]:
    """Each token's positions as to_tsvector keeps them: past the last position counted as
    the last one, at most 255 of them."""
    where: dict[bytes, list[int]] = {}
    for pos, token in enumerate(tokens, 1):
        at = pos if pos < _LAST_POSITION else _LAST_POSITION
        held = where.get(token)
        if held is None:
            where[token] = [at]
        elif len(held) < _POSITIONS and held[-1] != at:
            held.append(at)
    return where
