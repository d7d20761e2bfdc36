"""Hostile files for the tests, made on the spot: PDF bombs written byte by byte (a content
stream of deflated zeros that inflates to gigabytes; a page of millions of glyphs), a real
notice's text nested thousands of elements deep in HTML, a real gazette with NUL bytes
after its first 64 KB."""

from __future__ import annotations

import html
import struct
import zlib
from pathlib import Path

from tests.conftest import ROOT, SAMPLE

#: a short real notice (a traffic control 通告 as a news page stored it)
NOTICE = ROOT / "tests/corpus/announcement/guizhou-kaili-2024-jiaotong-guanzhi-163-page.txt"


def pdf(content: bytes) -> bytes:
    """A one-page PDF (Helvetica) whose page draws ``content``, a Flate-compressed stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def deflated_zeros(mib: int) -> bytes:
    """A zlib stream of ``mib`` MiB of zero bytes (whitespace to a PDF content parser), made
    without deflating them all: after a full flush every further MiB compresses to the same
    bytes, so one such block is repeated; the checksum of n zeros is (n mod 65521) << 16 | 1."""
    comp = zlib.compressobj(9)
    zeros = b"\0" * (1 << 20)
    head = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(zeros) + comp.flush(zlib.Z_FULL_FLUSH)
    n = mib << 20
    # an empty final block (fixed Huffman codes), then the Adler-32 checksum
    return head + block * (mib - 1) + b"\x03\x00" + struct.pack(">I", ((n % 65521) << 16) | 1)


def flate_bomb(mib: int = 2048) -> bytes:
    """About 2 MB of PDF whose one content stream inflates to ``mib`` MiB."""
    return pdf(deflated_zeros(mib))


def glyph_bomb(glyphs: int = 6_000_000) -> bytes:
    """About 13 KB of PDF whose one page shows ``glyphs`` 2-point glyphs, a thousand a text-show
    operator."""
    run = b"(" + b"a" * 1000 + b") Tj\n"
    return pdf(zlib.compress(b"BT /F1 2 Tf 10 10 Td\n" + run * (glyphs // 1000) + b"ET\n", 9))


def notice_paragraphs() -> list[str]:
    """The notice's paragraphs, without the site's line above its title."""
    lines = [ln for ln in NOTICE.read_text(encoding="utf-8").split("\n") if ln.strip()]
    return lines[1:]


def nested_html(depth: int) -> str:
    """The notice as a web page, its paragraphs inside ``depth`` nested <div>s."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in notice_paragraphs())
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>通告</title></head><body>"
        + "<div>" * depth
        + body
        + "</div>" * depth
        + "</body></html>"
    )


def with_nuls() -> tuple[bytes, list[int]]:
    """The sample issue (316 KB) with NUL bytes put in two lines after its first 64 KB: one
    inside a word of line 477, two at the start of line 877. The lines are returned."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert len("\n".join(lines[:476]).encode()) > 65536
    lines[476] = lines[476][:5] + "\0" + lines[476][5:]
    lines[876] = "\0\0" + lines[876]
    return "\n".join(lines).encode("utf-8"), [477, 877]


#: the problem ``with_nuls()`` gives: three NULs on two lines of the sample's fifth document
NUL_PROBLEM = {
    "kind": "nul_removed",
    "document": "jingan-2026-01-05",
    "detail": "从正文中删去3个空字符（NUL，字节0）：第477行、第877行（2个）",
    "source": {
        "document": "jingan-2026-01-05",
        "block": None,
        "span": None,
        "line": 477,
        "end_line": 877,
        "page": None,
    },
}


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
