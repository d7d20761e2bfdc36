"""Test PDFs made by the project from its own inputs: gazette text laid out as HTML and printed
by Debian's chromium (Playwright's ``page.pdf``) with a running header and page numbers.

The layout keeps what the text says about print: a page break where the text shows a masthead
line (the gazette's name repeated at the top of each printed page), a paragraph per
blank-line-separated group with its lines as printed lines, tab-separated rows as a ruled table.
Everything else about the PDF (line wrapping, positions, fonts) is chromium's.
"""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

from gongbao.clean.furniture import find_furniture
from gongbao.read import split_lines

CSS = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 11pt; line-height: 1.6; }
p { margin: 0 0 0.9em 0; }
p.lines { break-inside: avoid; }
table { border-collapse: collapse; margin: 0 0 0.9em 0; width: 100%; }
td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; font-size: 9.5pt;
     line-height: 1.4; }
table.plain { break-inside: avoid; }
table.plain td { border: none; font-size: 11pt; }
.page { break-before: page; }
"""

HEADER = (
    "<div style=\"width:100%;font-size:9pt;font-family:'Noto Sans CJK SC';text-align:center;"
    'border-bottom:0.5pt solid #000;margin:0 20mm;padding-bottom:2pt">{title}</div>'
)
FOOTER = (
    "<div style=\"width:100%;font-size:9pt;font-family:'Noto Sans CJK SC';text-align:center\">"
    '— <span class="pageNumber"></span> —</div>'
)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_or_skip() -> str:
    """Debian's chromium; missing, it fails the run in CI and skips elsewhere."""
    import pytest

    path = chromium()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: scripts/test.sh installs it for CI")
        pytest.skip("no chromium (run scripts/browser.sh)")
    return path


def gazette_html(text: str) -> tuple[str, str]:
    """The text as an HTML document and the running header's title (its masthead)."""
    from gongbao.pipeline import parse_text

    lines = split_lines(text)
    furniture = find_furniture(lines)
    # tables are ruled; tab-separated lines that are not a table (signatures side by side)
    # are set in columns without rules
    ruled = {
        n
        for t in parse_text(text).tables
        for n in range(t.source.line or 0, (t.source.end_line or 0) + 1)
    }
    masthead = next((ln.text.strip() for ln in lines if ln.text.strip()), "")
    parts: list[str] = []
    group: list[str] = []
    group_start = 0

    def flush() -> None:
        nonlocal group_start
        if not group:
            return
        if any("\t" in g for g in group):
            rows = "".join(
                "<tr>"
                + "".join(f"<td>{html.escape(c.strip())}</td>" for c in g.split("\t"))
                + "</tr>"
                for g in group
            )
            cls = "" if group_start in ruled else ' class="plain"'
            parts.append(f"<table{cls}>{rows}</table>")
        else:
            # a title or a signature over several lines is kept on one page, as typesetters do
            cls = ' class="lines"' if len(group) > 1 else ""
            parts.append(f"<p{cls}>" + "<br>".join(html.escape(g.strip()) for g in group) + "</p>")
        group.clear()

    for ln in lines:
        rule = furniture.get(ln.no)
        if rule is not None or not ln.text.strip():
            flush()
            if rule == "masthead":
                parts.append('<div class="page"></div>')
            continue
        if not group:
            group_start = ln.no
        group.append(ln.text.rstrip("\r"))
    flush()
    body = "\n".join(parts)
    doc = f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>'
    return doc, masthead


def print_pdf(page_html: str, out: Path, header: str | None = None) -> Path:
    """Print HTML to ``out`` with chromium; a header title adds running headers and numbers."""
    from playwright.sync_api import sync_playwright

    exe = chromium()
    if exe is None:
        raise RuntimeError("chromium is missing (scripts/browser.sh installs it)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_content(page_html, wait_until="load")
        options: dict[str, object] = {"path": str(out), "format": "A4", "print_background": True}
        if header is not None:
            options.update(
                display_header_footer=True,
                header_template=HEADER.format(title=html.escape(header)),
                footer_template=FOOTER,
                margin={"top": "22mm", "bottom": "20mm", "left": "20mm", "right": "20mm"},
            )
        page.pdf(**options)  # type: ignore[arg-type]
        browser.close()
    return out


def gazette_pdf(text: str, out: Path) -> Path:
    page_html, masthead = gazette_html(text)
    return print_pdf(page_html, out, header=masthead)
