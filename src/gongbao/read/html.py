"""Government document pages as published on the web (HTML), parsed with lxml.

Most sites put a metadata table above the text (索引号, 主题分类, 发文机关, 成文日期, 标题,
发文字号, 发布日期, 有效性 — as table rows, definition lists or labelled lines), then the body.
The body becomes the same kind of text the PDF path produces — one paragraph a group, a title
split over several lines kept as one group, bold run-in heads marked **…**, tables as
tab-separated rows — so ``clean`` and ``structure`` read it unchanged; the metadata comes back
beside it, for ``structure`` to prefer and to compare with what the body says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from gongbao.errors import InputError
from gongbao.labels import LABELS
from gongbao.script import to_simplified

_LABEL = re.compile(r"^\s*([\u4e00-\u9fff\s　]{2,8})\s*[:：]\s*$")
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "center", "section", "article"}
_SKIP = {
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "nav",
    "header",
    "footer",
    "select",
    "input",
    "img",
}


@dataclass(slots=True)
class HtmlDocument:
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    #: the depth below which the page's elements were flattened (0: the page as published)
    flattened: int = 0


def _squash(text: str) -> str:
    return "".join(text.split())


def _spaced(text: str) -> str:
    """The text with every run of white space (full-width and no-break too) one space."""
    return _WHITE_RUN.sub(" ", text).strip()


_WHITE_RUN = re.compile(r"[\s\u3000\xa0]+")


#: libxml2 stops reading a page nested deeper than 256 elements (and drops the whole page
#: when it does); a page that deep is read again with its elements below this depth flattened
FLATTEN_DEPTH = 100


def read_html(text: str, name: str = "input") -> HtmlDocument:
    root, too_deep = _tree(text, name)
    flattened = 0
    if too_deep:
        root, too_deep = _tree(flatten_html(text, FLATTEN_DEPTH), name)
        flattened = FLATTEN_DEPTH
        if too_deep:
            raise InputError(f"{name}: is an HTML page nested too deeply to read") from None
    try:
        page = _read(root)
    except RecursionError:
        raise InputError(f"{name}: is an HTML page nested too deeply to read") from None
    page.flattened = flattened
    return page


def _tree(text: str, name: str) -> tuple[Any, bool]:
    """The page's tree, and whether the parser stopped at its depth limit."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: is an HTML page that cannot be read ({exc})") from None
    too_deep = any(
        e.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in e.message
        for e in parser.error_log
    )
    return root, too_deep


#: elements with no content (never left open)
_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "keygen",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
#: elements that start a paragraph of their own; each closes an open <p>, as HTML parsers do
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre"}
_CLOSES_P = {
    *_PARAGRAPHS,
    *_BLOCKS,
    "address",
    "aside",
    "blockquote",
    "dir",
    "dl",
    "fieldset",
    "figure",
    "hr",
    "main",
    "menu",
    "ol",
    "table",
    "ul",
}
_TABLE_PARTS = {"tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"}
_CLOSES = {
    "li": {"li", "p"},
    "dt": {"dt", "dd", "p"},
    "dd": {"dt", "dd", "p"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    **{h: {"p", "h1", "h2", "h3", "h4", "h5", "h6"} for h in ("h1", "h2", "h3", "h4", "h5")},
    "h6": {"p", "h1", "h2", "h3", "h4", "h5", "h6"},
}
_HIDDEN = {*_SKIP, "template", "title", "head", "object", "svg", "math"}


def flatten_html(text: str, depth: int) -> str:
    """The page with its elements below ``depth`` flattened: their tags left out and their
    text kept, except paragraphs (one open at a time), line breaks and one table's rows and
    cells, so the text reads as the paragraphs it was; what the reader skips anyway (scripts,
    navigation, forms) is left out with its content. Nothing above ``depth`` changes."""
    from collections import Counter
    from html.parser import HTMLParser

    out: list[str] = []
    #: open elements: (tag, whether its start tag was written)
    stack: list[tuple[str, bool]] = []
    #: open elements by tag, and those of them written below the depth
    opened: Counter[str] = Counter()
    deep: Counter[str] = Counter()
    #: whether each open table was written, innermost last
    tables: list[bool] = []
    #: stack heights where left-out elements (with their content) opened
    hidden: list[int] = []

    def push(tag: str, written: bool) -> None:
        if len(stack) >= depth and written:
            deep[tag] += 1
        if tag == "table":
            tables.append(written)
        opened[tag] += 1
        stack.append((tag, written))

    def pop() -> None:
        tag, written = stack.pop()
        opened[tag] -= 1
        if len(stack) >= depth and written:
            deep[tag] -= 1
        if tag == "table" and tables:
            tables.pop()
        if written:
            out.append(f"</{tag}>")
        while hidden and len(stack) <= hidden[-1]:
            hidden.pop()

    def kept(tag: str) -> bool:
        """Whether an element opened below the depth keeps its tag."""
        if tag in ("br", "hr"):
            return True
        if tag in _PARAGRAPHS:
            return not any(deep[t] for t in _PARAGRAPHS)
        if tag == "table":
            return not deep["table"]
        if tag in _TABLE_PARTS:
            return bool(tables and tables[-1]) and not deep[tag]
        return False

    class Flattener(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            closes = _CLOSES.get(tag, {"p"} if tag in _CLOSES_P else set())
            while stack and stack[-1][0] in closes:
                pop()
            if hidden:
                written = False
            elif len(stack) < depth:
                written = True
            elif tag in _HIDDEN and tag not in _VOID:
                hidden.append(len(stack))
                written = False
            else:
                written = kept(tag)
            if written:
                out.append(self.get_starttag_text() or f"<{tag}>")
            if tag not in _VOID:
                push(tag, written)

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if not hidden and (len(stack) < depth or kept(tag)):
                out.append(self.get_starttag_text() or f"<{tag}/>")

        def handle_endtag(self, tag: str) -> None:
            if not opened[tag]:
                if not hidden:
                    out.append(f"</{tag}>")  # a stray end tag: left to the parser
                return
            while stack[-1][0] != tag:
                pop()
            pop()

        def handle_data(self, data: str) -> None:
            if not hidden:
                out.append(data)

        def handle_entityref(self, name: str) -> None:
            if not hidden:
                out.append(f"&{name};")

        def handle_charref(self, name: str) -> None:
            if not hidden:
                out.append(f"&#{name};")

        def handle_decl(self, decl: str) -> None:
            if not stack:
                out.append(f"<!{decl}>")

    parser = Flattener(convert_charrefs=False)
    parser.feed(text)
    parser.close()
    return "".join(out)


#: characters lxml keeps in a parsed tree's text but refuses to set (XML 1.0 forbids them)
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _read(root: Any) -> HtmlDocument:
    for bad in root.xpath("//script|//style|//noscript|//comment()"):
        parent = bad.getparent()
        if parent is not None:
            # the text after it is the page's (lxml removes an element's tail with it: a CMS's
            # comment before a subtitle, '<!--…start-->——2026年1月22日在…会议上', would take
            # the subtitle along)
            if bad.tail and bad.tail.strip():
                # (lxml reads a vertical tab, a form feed or a noncharacter into a tail but
                # will not set one: each is white space to a page, a space here)
                tail = _XML_UNSAFE.sub(" ", bad.tail)
                before = bad.getprevious()
                if before is not None:
                    before.tail = _XML_UNSAFE.sub(" ", before.tail or "") + tail
                else:
                    parent.text = _XML_UNSAFE.sub(" ", parent.text or "") + tail
            parent.remove(bad)
    meta = _metadata(root)
    body = _body(root)
    lines: list[str] = []
    if body is not None:
        heading, subheads = _heading(root, body)
        if heading:
            lines.extend(["", _CENTRED + heading, ""])
            # (and its subtitles, printed between it and the text: a report's '——…在…会议上'
            # and its speaker's line, lines of their own)
            for sub in subheads:
                lines.extend([sub, ""])
        _emit(body, lines)
    out = "\n".join(_join_centred(lines))
    return HtmlDocument(re.sub(r"\n{3,}", "\n\n", out).strip(" \n") + "\n", meta)


_CENTRED = "\x00"


def _join_centred(lines: list[str]) -> list[str]:
    """A title centred over several <p> is one title: consecutive centred groups are joined,
    except a 文号 or a date line, which stay groups of their own."""
    from gongbao.docnumber import is_doc_number_line
    from gongbao.structure.dates import is_date_line

    def plain(line: str) -> str:
        return line.lstrip(_CENTRED)

    def titleish(line: str) -> bool:
        t = plain(line)
        return (
            line.startswith(_CENTRED)
            and "。" not in t
            and not (is_date_line(t) or is_doc_number_line(t))
            # (a part's heading centred under the title, '第一章 总则', is the text's own)
            and _PART_HEADING.match(t.strip("* ")) is None
        )

    out: list[str] = []
    for line in lines:
        if titleish(line):
            # drop the blank lines back to a centred title line just emitted
            k = len(out)
            while k and out[k - 1] == "":
                k -= 1
            if k and titleish(out[k - 1]):
                del out[k:]
        out.append(line)
    return [plain(ln) for ln in out]


#: a part of a text: '第一章 总则', '第二节', '第三编'
_PART_HEADING = re.compile(r"第[一二三四五六七八九十百〇零\d]{1,4}[章节编部分]")


def _metadata(root: Any) -> dict[str, str]:
    """The page's metadata table: a label cell and the value cell after it ('成文日期：' |
    '2019年03月12日'), or both in one cell ('成文日期：2019年03月12日'). A label whose next
    cell is another label has no value (an empty field is not its neighbour's value)."""
    meta: dict[str, str] = {}
    # only short cells with a colon can hold a label (pages have thousands of spans)
    for cell in root.xpath(
        "//*[self::td or self::th or self::dt or self::dd or self::span or self::b or "
        "self::strong or self::li][string-length(normalize-space(.)) <= 120]"
        "[contains(., '：') or contains(., ':')]"
    ):
        content = cell.text_content() or ""
        if len(_squash(content)) > 80:
            continue
        if label := _LABEL.match(content):
            key = _key(label.group(1))
            if key is None or key in meta:
                continue
            value: str | None = None
            if cell.tag in ("span", "b", "strong"):
                # a label's span with its value right after it in one element, untagged or in
                # a span of its own: '<p><span>标题：</span><span>关于…的报告</span></p>'
                beside = cell.getnext()
                if _squash(cell.tail or ""):
                    value = cell.tail
                elif beside is not None and _squash(beside.text_content() or ""):
                    value = beside.text_content()
            if value is None:
                node = cell if cell.tag in ("td", "th", "dt") else cell.getparent()
                value_node = node.getnext()
                while value_node is not None and not _squash(value_node.text_content() or ""):
                    value_node = value_node.getnext()
                if value_node is None:
                    continue
                value = value_node.text_content()
            value = _spaced(value or "")
            if not _LABELLED.match(value):
                meta[key] = value
        elif (pair := _LABELLED.match(content)) and (key := _key(pair.group(1))):
            value = _spaced(pair.group(2))
            if value and key not in meta:
                meta[key] = value
    # a table's label cells without a colon, each before its value's cell ('<td>文号</td>
    # <td>某政发〔2023〕30号</td>'): a cell that is a label's word and nothing else
    for cell in root.xpath(
        "//td[string-length(normalize-space(.)) <= 8]|//th[string-length(normalize-space(.)) <= 8]"
    ):
        key = _key(cell.text_content() or "")
        after = cell.getnext()
        if key is None or key in meta or after is None or after.tag not in ("td", "th"):
            continue
        value = _spaced(after.text_content() or "")
        if value and _key(value) is None and not _LABELLED.match(value):
            meta[key] = value
    return meta


@lru_cache(maxsize=1024)
def _key(label: str) -> str | None:
    return LABELS.get(to_simplified(_squash(label)))


#: a label and its value in one cell: '成文日期：2019年03月12日'
_LABELLED = re.compile(r"^\s*([\u4e00-\u9fff\s　]{2,8}?)\s*[:：]\s*(.*)$", re.S)


def _body(root: Any) -> Any:
    for xpath in (
        "//*[@id='UCAP-CONTENT']",
        "//*[contains(@class,'pages_content')]",
        # (the text the font buttons resize, by its id or by its class: '<div class="zoom">')
        "//*[@id='zoom' or contains(concat(' ', normalize-space(@class), ' '), ' zoom ')]",
        "//article",
        "//*[contains(@class,'article')]",
        # the content classes of the CMSs Chinese government sites run on
        "//*[contains(@class,'TRS_Editor') or contains(@class,'TRS_UEDITOR')]",
        "//*[contains(@class,'wenzhang-content')]",
    ):
        # a site's classes name its title and tools 'article-…' too: the text is the largest
        found = [e for e in root.xpath(xpath) if e.tag not in ("h1", "h2", "h3", "span", "a")]
        best = max(found, key=lambda e: len(e.text_content() or ""), default=None)
        # (a widget the site named so holds no text: '<article class="newgotop">', the
        # button back to the top, over a text in '<div class="content_article">')
        if best is not None and len(_squash(best.text_content() or "")) >= _LEAST_BODY:
            return best
    best, score = None, 0
    for el in root.xpath("//div|//td"):
        n = len(el.xpath("./p"))
        if n > score:
            best, score = el, n
    return best if best is not None else root


#: the fewest characters an element that holds the text has (fewer: a widget named so)
_LEAST_BODY = 20

#: a site's title element named by its class ('wenzhang-title', 'article-title', 'detail_title')
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:\w+[-_])?title(?:$|\s)", re.I)


def _hidden(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "")
    return "ng-hide" in (el.get("class") or "") or "display:none" in style


def _heading(root: Any, body: Any) -> tuple[str | None, list[str]]:
    """The page's own heading (<h1>) when the text under it does not print the title: it is
    the document's title as the site shows it; and the texts of the subtitle elements (named
    so by their class) under it, in order. One walk of the elements above the text (none of
    the text's own comes before it in document order)."""
    above = []
    for el in root.iter():
        if el is body:
            break
        if isinstance(el.tag, str) and not _hidden(el):
            above.append(el)
    titled = [
        at
        for at, el in enumerate(above)
        if el.tag in ("h1", "h2") or _TITLE_CLASS.search(el.get("class") or "")
    ]
    # (a page whose only heading is an <h3>, right over the text's element: its title)
    titled = titled or [at for at, el in enumerate(above) if el.tag == "h3"][-1:]
    # the heading nearest above the text (a site's logo is an <h1> too, further up)
    for at in reversed(titled):
        h = above[at]
        text = _squash(h.text_content() or "")
        if not 4 <= len(text) <= 120 or re.search(r"(政府|网站|门户网|政府网)[-—_]?$", text):
            continue
        if _squash(text) in _squash(body.text_content()[:400]):
            return None, []
        subheads = [
            sub
            for el in above[at + 1 :]
            if _SUBHEAD_CLASS.search(el.get("class") or "")
            and h not in el.iterancestors()
            and (sub := _spaced(el.text_content() or ""))
        ]
        return text, subheads
    return None, []


#: a site's subtitle element named by its class ('subHead', 'sub-title', 'subtitle')
_SUBHEAD_CLASS = re.compile(r"(?:^|[\s_-])sub[-_]?(?:head|title)(?:$|[\s_-])", re.I)


def _inline(el: Any, parts: list[str]) -> None:
    """Text of an inline run; <br> breaks the line; bold at the start is marked **…**."""
    if el.tag in _SKIP:
        return
    if el.tag == "br":
        parts.append("\n")
    else:
        bold = _is_bold(el)
        text = el.text or ""
        if bold and (text.strip() or len(el)):
            inner: list[str] = [text]
            for child in el:
                _inline(child, inner)
            content = "".join(inner)
            parts.append(
                f"**{content.strip()}**" if content.strip() and "\n" not in content else content
            )
        else:
            parts.append(text)
            for child in el:
                _inline(child, parts)
    if el.tail:
        parts.append(el.tail)


def _is_centred(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "")
    return (
        "text-align:center" in style
        or (el.get("align") or "").lower() == "center"
        or (el.tag == "center")
    )


def _is_bold(el: Any) -> bool:
    style = (el.get("style") or "").replace(" ", "")
    return el.tag in ("b", "strong") or "font-weight:bold" in style or ("font-weight:700" in style)


def _emit(el: Any, lines: list[str]) -> None:
    """Block elements become groups (blank-line separated); tables, tab-separated rows."""
    tag = el.tag
    if tag in _SKIP:
        return
    if tag == "table":
        lines.append("")
        lines.extend(_table_rows(el))
        lines.append("")
        return
    has_blocks = any(c.tag in _BLOCKS or c.tag == "table" for c in el)
    if tag in _BLOCKS and not has_blocks:
        parts: list[str] = [el.text or ""]
        for child in el:
            _inline(child, parts)
        text = "".join(parts)
        chunk = [re.sub(r"[ \t\u3000\xa0]+", " ", ln).strip() for ln in text.split("\n")]
        chunk = [ln for ln in chunk if ln]
        if chunk and _is_centred(el):
            chunk = [_CENTRED + ln for ln in chunk]
        if chunk:
            lines.append("")
            lines.extend(chunk)
            lines.append("")
        return
    if el.text and el.text.strip():
        lines.extend(["", el.text.strip(), ""])
    for child in el:
        _emit(child, lines)
        if child.tail and child.tail.strip():
            lines.extend(["", child.tail.strip(), ""])


def _table_rows(table: Any) -> list[str]:
    """Rows with rowspan and colspan spread over the cells they cover."""
    grid: dict[tuple[int, int], str] = {}
    rows = table.xpath("./tr|./tbody/tr|./thead/tr")
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr.xpath("./td|./th"):
            while (r, c) in grid:
                c += 1
            text = _spaced(cell.text_content())
            rs = (
                int(cell.get("rowspan", "1") or 1) if str(cell.get("rowspan", "1")).isdigit() else 1
            )
            cs = (
                int(cell.get("colspan", "1") or 1) if str(cell.get("colspan", "1")).isdigit() else 1
            )
            for dr in range(min(rs, 50)):
                for dc in range(min(cs, 50)):
                    grid[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            c += cs
    if not grid:
        return []
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    return ["\t".join(grid.get((r, c), "") for c in range(width)) for r in range(height)]
