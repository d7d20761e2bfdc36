"""The sample typeset with WeasyPrint (its own CSS layout engine, not a browser's), in the style
of a gazette set from a word processor's HTML export.

Unlike the chromium print (tests/printing.py) and the ReportLab one (tests/typeset/platypus.py):
serif body text at 12 pt with a line and a half between lines and a little space between
paragraphs, a two-character first-line indent, justified; titles in bold sans at 20 pt,
centred; headings in bold sans; table captions centred just above their tables; tables
ruled with thin rules, cells wrapped; the contents as bulleted entries with the page in
parentheses after the title; the first document starting on the page that holds the contents;
a running header (the masthead left, over a rule) and the page number '第 N 页' at the outer
corner of the foot; wider margins.
"""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

from tests.typeset.layout import Piece, is_note, pieces, title_text

CSS = """
@page { size: A4; margin: 30mm 24mm 28mm 26mm;
  @top-left { content: string(masthead); font: bold 9pt 'Noto Sans CJK SC';
              border-bottom: 0.6pt solid #000; vertical-align: middle; padding-bottom: 2pt;
              width: 100%; }
}
@page :right { @bottom-right { content: "第 " counter(page) " 页"; font: 9.5pt 'Noto Sans CJK SC'; } }
@page :left { @bottom-left { content: "第 " counter(page) " 页"; font: 9.5pt 'Noto Sans CJK SC'; } }
@page :first { @top-left { content: none; border: none; }
               @bottom-right { content: none; } @bottom-left { content: none; } }
html { string-set: masthead attr(data-masthead); }
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; line-height: 1.75; margin: 0; }
p { margin: 0 0 0.55em 0; text-indent: 2em; text-align: justify; }
p.lines { text-indent: 0; text-align: left; }
p.note { text-indent: 0; font-size: 9.5pt; line-height: 1.6; break-inside: avoid; }
sup { font-size: 65%; vertical-align: 0.5em; line-height: 0; }
h1 { font: bold 20pt/1.5 'Noto Sans CJK SC'; text-align: center; margin: 1.4em 2em 0.9em; }
h2 { font: bold 12pt/1.75 'Noto Sans CJK SC'; margin: 0.5em 0 0.4em; }
.caption { font: bold 11pt/1.5 'Noto Sans CJK SC'; text-align: center; text-indent: 0;
           margin: 0.6em 0 2pt; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0 0 0.9em; }
tr { break-inside: avoid; }
td { border: 0.5pt solid #000; padding: 2pt 5pt; font-size: 10pt; line-height: 1.45;
     vertical-align: middle; }
table.plain td { border: none; padding: 0; font-size: 12pt; line-height: 1.75; }
.cover { text-align: center; text-indent: 0; font: 16pt/1.6 'Noto Sans CJK SC';
         margin: 0 0 1.2em; }
.cover.big { font: bold 30pt/1.4 'Noto Sans CJK SC'; margin: 30mm 0 1.4em; }
.contents { font: bold 20pt/1.5 'Noto Sans CJK SC'; text-align: center; text-indent: 0;
            margin: 0 0 0.8em; break-before: page; }
.section { font: bold 12pt/1.6 'Noto Sans CJK SC'; text-indent: 0; margin: 0.6em 0 0.2em; }
.entry { text-indent: -1em; padding-left: 2em; text-align: left; margin: 0 0 0.25em; }
.page { break-before: page; }
"""

_SUPERSCRIPT = {ord(s): d for s, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", strict=True)}


def _markup(text: str) -> str:
    out = html.escape(text.strip())
    return re.sub(
        r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: f"<sup>{m.group().translate(_SUPERSCRIPT)}</sup>", out
    )


def weasy_html(text: str) -> str:
    parts = pieces(text)
    masthead = next((p.text for p in parts if p.kind == "cover"), "")
    out: list[str] = []
    seen_contents = started = False

    def table(p: Piece) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td>{_markup(c)}</td>" for c in r) + "</tr>" for r in p.rows
        )
        return f"<table{'' if p.ruled else ' class=plain'}>{rows}</table>"

    for p in parts:
        if p.kind == "cover":
            big = " big" if p.text == masthead else ""
            out.append(f'<p class="cover{big}">{_markup(p.text)}</p>')
        elif p.kind == "contents":
            seen_contents = True
            out.append(f'<p class="contents">{_markup(p.text)}</p>')
        elif p.kind == "section":
            out.append(f'<p class="section">{_markup(p.text)}</p>')
        elif p.kind == "entry":
            out.append(f'<p class="entry">• {_markup(p.text)}（{p.page}）</p>')
        elif p.kind == "masthead":
            if seen_contents and started:
                out.append('<div class="page"></div>')
        elif p.kind == "title":
            started = True
            out.append(f"<h1>{_markup(title_text(p.text))}</h1>")
        elif p.kind == "heading":
            out.append("<h2>" + "<br>".join(_markup(t) for t in p.lines) + "</h2>")
        elif p.kind == "caption":
            out.append(f'<p class="caption">{_markup(p.text)}</p>')
        elif p.kind == "table":
            out.append(table(p))
        elif p.kind == "para" and not is_note(p.lines[0]):
            out.append(f"<p>{_markup(p.lines[0])}</p>")
        else:
            # footnotes smaller and kept whole; other lines as printed lines
            for note, run in itertools.groupby(p.lines, key=is_note):
                cls = "note" if note else "lines"
                out.append(f'<p class="{cls}">' + "<br>".join(_markup(t) for t in run) + "</p>")
    body = "\n".join(out)
    return (
        f'<!doctype html><html lang="zh-CN" data-masthead="{html.escape(masthead)}">'
        f'<head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'
    )


def weasy_pdf(text: str, out: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=weasy_html(text)).write_pdf(str(out))
    return out
