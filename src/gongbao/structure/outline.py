"""A document's body as a tree: headings by numbering level, paragraphs under them, lists,
tables, attachments.

Each numbering style has a rank (``numbering.RANKS``); a numbered block closes every open
block of the same or lower rank and opens itself. A numbered line is a heading when text
follows it, and a list item when the next block is its sibling (the 45 lines of a practical
projects list, '1. 为2000名…'). An unnumbered title line either heads the numbered sections
that follow it (the title of a forwarded text) or stands beside them (前言, 结语).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from gongbao.clean import Group
from gongbao.clean.wrapper import page_line
from gongbao.model import Attachment, Block, Source, Table
from gongbao.numbering import Number, match_number
from gongbao.structure import tables as tbl
from gongbao.structure.dates import is_date_line
from gongbao.structure.organs import is_org
from gongbao.titles import title_end, unclosed

ATTACHMENT = re.compile(
    r"^附\s*件\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?\s*(?P<title>.*)$"
)
_LEAD_MARKED = re.compile(r"^(?:——)?\*\*(?P<lead>[^*]{1,60}?)\*\*")


def _lead_marked(text: str) -> re.Match[str] | None:
    """``_LEAD_MARKED.match``: only a text opening with its marks is tried."""
    return _LEAD_MARKED.match(text) if text.startswith(("**", "——**")) else None


_ALL_BOLD = re.compile(r"^\*\*[^*]+\*\*$")  # a whole line in bold: a title, not a lead
_LEAD_PLAIN = re.compile(r"^(?P<lead>[^，。,；;：:、]{3,20}。)")
_BULLET = re.compile(r"^[-*•·]\s+")
ATTACHMENT_RANK = -1.0
#: enumerated items — （一）, 1., （1）, ① — when printed as paragraphs, not as headings
_ITEM_RANK = 5.0


@dataclass(slots=True)
class Item:
    """One unit of the body before it is placed in the tree."""

    kind: str  # heading | paragraph | table | attachment
    text: str
    group: Group
    num: Number | None = None
    table: Table | None = None
    rank: float = 99.0


#: who carries an item, who oversees it, when it is due, on a line of its own under it
#: ('牵头单位:区发改局', '分管省领导:某某', '部门分工:省财政厅牵头,…', '完成时限:…'): never a
#: heading
_DUTY_LINE = re.compile(
    r"^[（(【〔]?\s*(?:(?:牵头|责任|配合|协办|主办|承办|参与|督办)(?:单位|部门|领导)"
    r"|分管[省市县区]?(?:领导|负责人)|部门分工|完成时限|完成时间|时间节点)\s*[:：]"
)


_CLAUSE_MARK = re.compile(r"[，。；,;]")


def _title_like(text: str) -> bool:
    return (
        len(text) <= 60
        and not _CLAUSE_MARK.search(text)
        and not text.endswith(("：", ":"))
        and not _DUTY_LINE.match(text)
    )


def _items(groups: list[Group], doc_title: str) -> list[Item]:
    out: list[Item] = []
    last_heading = doc_title
    pending_caption: str | None = None
    k = 0
    while k < len(groups):
        g = groups[k]
        if (
            not g.is_table
            and k + 1 < len(groups)
            and groups[k + 1].is_table
            and (tbl.CAPTION.match(g.text) or _title_like(g.text))
        ):
            pending_caption = g.text
            k += 1
            continue
        if g.is_table:
            caption: str | None = pending_caption or last_heading
            pending_caption = None
            table = tbl.build_table(g, caption)
            while (
                k + 1 < len(groups)
                and groups[k + 1].is_table
                and tbl.continues(table, groups[k + 1])
            ):
                k += 1
                tbl.extend(table, groups[k])
            tbl.normalize(table)
            out.append(Item("table", caption or "", g, table=table))
            k += 1
            continue
        m = ATTACHMENT.match(g.text) if g.text.startswith("附") else None
        if m and (m.group("n") or not m.group("title")) and len(g.text) <= 60:
            title = m.group("title").strip()
            if (
                not title
                and k + 1 < len(groups)
                and _title_like(groups[k + 1].text)
                # (not a number alone, '1.', nor a site's tab under its empty box, '| 政策解读')
                and _WORDED.search(groups[k + 1].text)
                and groups[k + 1].text[:1] not in "|｜"
            ):
                k += 1
                title = groups[k].text
                if (
                    not title_end(title)
                    # (not an issuer's line over a title: the attachment is then a document
                    # whose head the page printed, read as one of its own)
                    and not all(is_org(p) for p in title.split())
                    and match_number(title) is None  # (a list's item: '1.某某名录', '2.…')
                    and (
                        n := _title_run(
                            [x.text for x in groups[k + 1 : k + 5]], _no_title_line, first=title
                        )
                    )
                ):
                    # a title a page printed a span a line ('内蒙古自治区深化提升' / '“获得电力”
                    # 服务水平' / '…行动方案'), and the note after its kind ('（征求意见稿）')
                    parts = [x.text for x in groups[k : k + 1 + n]]
                    if k + 1 + n < len(groups) and _DRAFT_NOTE.fullmatch(groups[k + 1 + n].text):
                        parts.append(groups[k + 1 + n].text)
                    k += len(parts) - 1
                    title = "".join(parts)
            out.append(
                Item(
                    "attachment",
                    title,
                    g,
                    rank=ATTACHMENT_RANK,
                    num=Number("attachment", _n(m.group("n")), f"附件{m.group('n') or ''}", title),
                )
            )
            last_heading = title
            k += 1
            continue
        if g.text.startswith("附") and _LISTED.match(g.lines[0].text.strip()):
            # a notice's list of attachments stays one paragraph, a line per attachment
            text = "\n".join(ln.text.strip() for ln in g.lines)
            out.append(Item("paragraph", text, g))
            k += 1
            continue
        if (
            len(g.lines) > 1
            and _title_like(g.text)
            and not any(match_number(ln.text.strip()) or _BULLET.match(ln.text) for ln in g.lines)
            # (a date over the title of what follows it is no line of a heading: the date
            # that closed a notice, the title of the text it issues)
            and not is_date_line(g.lines[0].text.strip())
        ):
            out.append(Item("heading", g.text.replace("**", ""), g))
            last_heading = g.text
            k += 1
            continue
        for ln in g.lines:
            text = ln.text.strip()
            if text[:1] in "-*•·":  # (``_BULLET``'s first character: other lines are kept)
                text = _BULLET.sub("", text)
            sub = Group([ln], end=g.end if len(g.lines) == 1 else (ln.last or ln.no))
            num = match_number(text.replace("**", ""))
            if num is not None:
                out.append(Item("paragraph", text, sub, num=num, rank=float(num.rank)))
            elif (
                len(g.lines) == 1
                and _title_like(text)
                and (not _lead_marked(text) or _ALL_BOLD.match(text))
            ):
                out.append(Item("heading", text.replace("**", ""), sub))
                last_heading = text
            else:
                out.append(Item("paragraph", text, sub))
        k += 1
    _decide_headings(out)
    return out


_LISTED = re.compile(r"^附\s*(?P<label>件)?\s*[:：]\s*(?P<rest>.*)$")
#: what '附:' without 件 lists: a numbered item, a file, or a text named by its kind or as a
#: table, a map, a list ('附:某某任务表', '附:某某线路图'); a note's '附:联系人…' is none
_ATTACHED_NAME = re.compile(
    r"^(?:\d{1,2}\s*[、.．]|[一二三四五六七八九十]\s*、).{4,}|"
    r".{4,80}(?:表|图|名单|清单|目录|一览表|\.(?:pdf|docx?|xlsx?|wps))(?:[(（][^()（）]{1,12}[)）])?$"
)


def attachment_list(groups: list[Group]) -> list[Attachment]:
    """'附件：1. 标题' and the following '2. 标题' lines of a notice, as attachments — in one
    group, in a group a line, or run together on one line ('附件:1.甲2.乙'); in a text printed
    a paragraph a line without blank lines, the 附件 line inside its group, and the numbered
    lines under it."""
    lines: list[tuple[int, str]] = []
    decimals = 0  # how many of the lines are items whose titles open with digits
    mark = "附件"
    for k, g in enumerate(groups):
        at = next(
            (li for li, ln in enumerate(g.lines) if _listed(ln.text) is not None),
            None,
        )
        if at is None:
            at = _labelled_run(groups, k)
            if at is None:
                continue
            # a list without its '附件:', each line its attachment's own label ('附件1:某某表'
            # / '附件2:某某明细表'): the lines labelled in sequence are the list
            mark, lines = "附件", [(g.lines[at].no, g.lines[at].text.strip())]
            after = [(ln.no, ln.text.strip()) for ln in g.lines[at + 1 : at + 20]]
            after += [(nxt.start, nxt.text.strip()) for nxt in groups[k + 1 : k + 20]]
            x = 0
            while x < len(after) and _next_labelled(after[x][1], lines):
                lines.append(after[x])
                x += 1
            break
        m = _listed(g.lines[at].text)
        assert m is not None
        mark = "附件" if m.group("label") else "附"  # (the label as printed: '附:' without 件)
        lines = [(g.lines[at].no, m.group("rest"))]
        if at == 0:
            for ln in g.lines[1:]:
                text = ln.text.strip()
                if match_number(text) is None and lines[-1][1] and not title_end(lines[-1][1]):
                    # a title hard-wrapped under its label ('…拟录用公' / '务员名单')
                    lines[-1] = (lines[-1][0], lines[-1][1] + text)
                else:
                    lines.append((ln.no, text))
            after = [(nxt.start, nxt.text.strip()) for nxt in groups[k + 1 : k + 20]]
            if after and len(lines) == 1 and _open_bracket(lines[0][1]):
                # (its title broken inside its bracket over two groups: '…规则（模拟' / '试运行
                # 版）（另附）', a hard-wrapped page's lines)
                lines[0] = (lines[0][0], lines[0][1] + after.pop(0)[1])
        else:
            # a line of a group of paragraphs: the items are the numbered lines under it
            after = [(ln.no, ln.text.strip()) for ln in g.lines[at + 1 : at + 20]]
            if after and _open_bracket(lines[0][1]):
                # a title broken inside its bracket ('…预案》(2020年6月修' / '订稿)'): one line
                lines[0] = (lines[0][0], lines[0][1] + after.pop(0)[1])
        x = 0
        # items whose titles open with a number ('1.31个…方案' / '2.31个…结果表'), read as
        # decimals alone: the run of item numbers in sequence tells them
        decimals = _decimal_run([t for _no, t in lines + after])
        if decimals > len(lines):
            x = decimals - len(lines)
            lines += after[:x]
        while x < len(after) and (_listed_item(after[x][1]) or _next_labelled(after[x][1], lines)):
            no, text = after[x]
            x += 1
            if _BARE_ITEM.fullmatch(text):
                # a number alone, its title over the lines under it (a page that put each
                # span on a line: '1.' / '天津市' / '2023' / '年…汇总表'): one item, if they end
                # like a title before the next number
                n = _title_run([t for _no, t in after[x : x + 6]], _BARE_ITEM.fullmatch)
                if not n:
                    break
                text += "".join(t for _no, t in after[x : x + n])
                x += n
            lines.append((no, text))
        break
    out: list[Attachment] = []
    for k, (ln_no, text) in enumerate(lines):
        for piece in [text] if k < decimals else _items_run_on(text):
            num = match_number(piece)
            value, rest = (num.value, num.rest) if num else (None, piece)
            if k < decimals and (item := _DECIMAL_ITEM.match(piece)):
                value, rest = int(item.group("n")), piece[item.end() :]
            elif labelled := _LABELLED_ITEM.fullmatch(piece):
                value, rest = int(labelled.group("n")), labelled.group("title")
            # the list's punctuation is not the title's: '1、某某的函；', '2、某某表。'
            title = _list_title(rest)
            if title and page_line(title) is None and _WORDED.search(title):
                # (not the page's button run onto an empty '附件:': '扫一扫在手机打开当前页')
                label = f"{mark}{value}" if value is not None else mark
                out.append(Attachment(label, title, Source(line=ln_no)))
    return out


#: a line of a list that labels each attachment itself: '附件2:某某明细表.xlsx'
_LABELLED_ITEM = re.compile(r"附件\s*(?P<n>\d{1,2})\s*[:：]\s*(?P<title>\S.{3,})")


def _labelled_run(groups: list[Group], k: int) -> int | None:
    """The line of ``groups[k]`` that opens a list of attachments each labelled on its own
    line ('附件1:某某表' over '附件2:某某表', in its group or the next): None where none does
    (one '附件1:某某' alone may be the attachment's own heading over its text)."""
    g = groups[k]
    for li, ln in enumerate(g.lines):
        first = _LABELLED_ITEM.fullmatch(ln.text.strip())
        if first is None or first.group("n") != "1":
            continue
        below = g.lines[li + 1].text if li + 1 < len(g.lines) else None
        if below is None and k + 1 < len(groups):
            below = groups[k + 1].lines[0].text
        if below is not None and _next_labelled(below.strip(), [(ln.no, ln.text.strip())]):
            return li
    return None


def _next_labelled(text: str, lines: list[tuple[int, str]]) -> bool:
    """Whether ``text`` labels the attachment after the list's last line's ('附件3:' after
    '附件2:'; '附件1:' under a '附件:' that named none)."""
    m = _LABELLED_ITEM.fullmatch(text)
    if m is None:
        return False
    last = _LABELLED_ITEM.fullmatch(lines[-1][1]) if lines else None
    if last is None:
        return int(m.group("n")) == 1 and len(lines) == 1 and not lines[0][1].strip()
    return int(m.group("n")) == int(last.group("n")) + 1


#: an item's number before a title that opens with digits: '1.31个…', read as a decimal alone
_DECIMAL_ITEM = re.compile(r"(?P<n>\d{1,2})[.．](?=\d)")


def _decimal_run(texts: list[str]) -> int:
    """How many of ``texts`` are items numbered 1, 2, 3… whose titles open with digits
    ('1.31个…方案' / '2.31个…结果表'); 0 unless two at least (one '1.5万亩…' may be a
    decimal)."""
    n = 0
    for text in texts:
        m = _DECIMAL_ITEM.match(text)
        if m is None or int(m.group("n")) != n + 1 or len(text) > 80:
            break
        n += 1
    return n if n >= 2 else 0


def _title_run(texts: list[str], stops: Callable[[str], object], first: str = "") -> int:
    """How many of ``texts`` (a title a page printed a span a line), joined after ``first``,
    end like a title, before one that ``stops`` the run; 0 where they never do."""
    joined = first
    for n, text in enumerate(texts, start=1):
        if stops(text):
            return 0
        joined += text
        if title_end(joined):
            return n
    return 0


def _no_title_line(text: str) -> bool:
    """A line no title is printed over: long, a sentence, a list's item."""
    return len(text) > 40 or "。" in text or not _title_like(text) or match_number(text) is not None


#: a note after a title's kind: '（征求意见稿）', '(试行)'
_DRAFT_NOTE = re.compile(r"[(（][^()（）]{1,10}[)）]")
#: an item's number alone on its line: '1.', '2、'
_BARE_ITEM = re.compile(r"\d{1,2}\s*[.．、]")
#: what any title holds: a word (a number or a mark alone names no attachment; one character
#: left of a title is a title cut, a problem of its own)
_WORDED = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{3}")


#: a site's link to an attachment's file, its text the list's line: '[附件：某某](a.pdf)'
_LINKED = re.compile(r"^\[(?P<text>附[^\]]+)\]\([^()\s]*\)$")


def _listed(line: str) -> re.Match[str] | None:
    """``_LISTED`` of a line, or of the text of the link the line is."""
    text = line.strip()
    if not text.startswith(("附", "[附")):
        return None
    if text.startswith("[") and (link := _LINKED.match(text)):
        text = link.group("text")
    m = _LISTED.match(text)
    if m is None or m.group("label") or _ATTACHED_NAME.match(m.group("rest")):
        return m
    rest = m.group("rest")
    named = title_end(rest) is not None and not rest.startswith(("联系", "电话", "注"))
    return m if named else None


_FILE_OR_OMITTED = re.compile(
    r"(?:\.(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)|\s*[(（](?:略|另附|另发|共\d{1,4}[处个项家所条名人])[)）])$",
    re.IGNORECASE,
)


def _open_bracket(text: str) -> bool:
    return unclosed(text) > 0


def _list_title(text: str) -> str:
    """An attachment's title as its list prints it, without the list's punctuation ('1、某某
    的函；'), its revision note ('(2020年6月修订稿)') or the quotes around the whole of it."""
    from gongbao.structure.attachments import REVISED

    title = REVISED.sub("", text.strip().rstrip("；;，,。").strip())
    # the file it was published as ('更名园区名单.pdf'), a note that it is left out or sent
    # apart ('(略)', '（另附）'), a count of what it lists ('(共35处)')
    title = _FILE_OR_OMITTED.sub("", title)
    if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
        title = title[1:-1]
    if not title_end(title):
        # the signer run onto the list's last line ('…先进个人名单湖南省人民政府')
        for cut in range(len(title) - 4, 3, -1):
            if title_end(title[:cut]) and is_org(title[cut:]):
                return title[:cut]
    return title


def _listed_item(text: str) -> bool:
    """A numbered line of an attachment list: short, no sentence (a full stop closes the
    list's last item only)."""
    num = match_number(text)
    return (
        num is not None
        and num.style == "arabic"
        and len(text) <= 80
        and "。" not in text.rstrip("。")
    )


def _items_run_on(text: str) -> list[str]:
    """'1.甲2.乙3.丙' → the items, cut where the next number in sequence opens one (after a
    full-width point or 、 a digit may follow: '1．2011年甲2．2011年乙')."""
    first = match_number(text)
    if first is None or first.style != "arabic":
        return [text]
    pieces: list[str] = []
    start, expected = 0, first.value + 1
    for m in re.finditer(r"(?<![\d.．])(\d{1,2})(?:[.](?!\d)|[．、])", text):
        if m.start() > start and int(m.group(1)) == expected:
            pieces.append(text[start : m.start()].strip())
            start, expected = m.start(), expected + 1
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _n(text: str | None) -> int:
    from gongbao.numbering import cn_to_int

    return cn_to_int(text) if text else 0


def _decide_headings(items: list[Item]) -> None:
    """Numbered lines become headings when text follows; unnumbered titles get a rank."""
    for i, it in enumerate(items):
        if it.num is None or it.kind != "paragraph" or it.num.style == "article":
            continue  # an article is the text it numbers, items under it or not
        if "。" in it.text or len(it.text) > 80:
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        sibling = nxt is not None and nxt.num is not None and nxt.rank <= it.rank
        if nxt is not None and not sibling and nxt.kind != "attachment":
            it.kind = "heading"
    # the rank of the next numbered heading before an attachment, for each item: one pass
    # from the end, not a scan forward from every unnumbered heading
    ahead: list[float | None] = [None] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        if it.kind == "attachment":
            ahead[i] = None
        elif it.num is not None and it.kind == "heading":
            ahead[i] = it.rank
        else:
            ahead[i] = ahead[i + 1]
    for i, it in enumerate(items):
        if it.kind == "heading" and it.num is None:
            rank = _unnumbered_rank(items, i, ahead[i + 1])
            if rank is None:
                it.kind = "paragraph"
            else:
                it.rank = rank


def _unnumbered_rank(items: list[Item], i: int, ahead: float | None) -> float | None:
    """A title heads a numbered run that starts at 1 right under it (the title of a
    forwarded text), or stands beside the numbered headings around it (前言, 结语). A line
    inside a running sequence ('…详见《…》' between （三） and （四）) is a paragraph."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    if nxt is not None and nxt.num is not None and nxt.kind != "attachment":
        if nxt.num.value == 1:
            return nxt.rank - 0.5
        return None
    # ``ahead``: the rank of the next numbered heading before an attachment
    return ahead if ahead is not None else 0.0


def _lead(text: str) -> tuple[str | None, str]:
    if m := _lead_marked(text):
        return m.group("lead").strip(), text.replace("**", "")
    text = text.replace("**", "")
    # (a lead ends with 。 within its first 21 characters: other paragraphs are settled by that)
    if (
        "。" in text[3:21]
        and (m := _LEAD_PLAIN.match(text))
        and len(text) > len(m.group("lead")) + 20
    ):
        return m.group("lead"), text
    return None, text


def build_outline(groups: list[Group], doc_title: str, doc_id: str) -> list[Block]:
    root: list[Block] = []
    stack: list[tuple[float, Block]] = []
    for it in _items(groups, doc_title):
        src = Source(document=doc_id, line=it.group.start, end_line=it.group.end)
        if it.kind == "table":
            assert it.table is not None
            src.end_line = it.table.source.end_line  # parts split by page breaks
            block = Block("table", text=it.text, table=it.table, source=src)
            it.table.document = doc_id
            it.table.source.document = doc_id
        elif it.kind == "attachment":
            assert it.num is not None
            block = Block("heading", text=it.text, num=it.num.label, source=src)
        elif it.kind == "heading":
            text = it.num.rest if it.num else it.text
            block = Block(
                "heading",
                text=text.replace("**", ""),
                num=it.num.label if it.num else None,
                source=src,
            )
        else:
            lead, text = _lead(it.num.rest if it.num else it.text)
            if it.num and lead is None and (m := _lead_marked(it.text)):
                # '**一、明确责任。**…': the bold run after the number is the lead
                bold = m.group("lead").replace(it.num.label, "", 1).strip()
                if bold and len(bold) < len(text):
                    lead = bold
            block = Block(
                "paragraph", text=text, lead=lead, num=it.num.label if it.num else None, source=src
            )
        opens = it.kind in ("heading", "attachment") or it.num is not None
        if opens:
            while stack and stack[-1][0] >= it.rank:
                stack.pop()
        elif it.kind == "paragraph" and _in_article(stack):
            # an unnumbered paragraph after an article's enumerated item ('（六）其他事项。')
            # goes on with the article (its next 款), not inside the last item; elsewhere (a
            # report's '（一）…。' and the paragraphs under it) the item goes on
            while stack and stack[-1][1].type == "paragraph" and stack[-1][0] >= _ITEM_RANK:
                stack.pop()
        (stack[-1][1].children if stack else root).append(block)
        if opens:
            stack.append((it.rank, block))
    root = _wrap_lists(root)
    _number(root, "", 1)
    return root


def _in_article(stack: list[tuple[float, Block]]) -> bool:
    """Whether the innermost open item is one of an article's (第X条 above it)."""
    return any(b.type == "paragraph" and (b.num or "").startswith("第") for _r, b in stack)


def _style(num: str | None) -> str | None:
    if num is None:
        return None
    m = match_number(num + "x")
    return m.style if m else None


def _wrap_lists(blocks: list[Block]) -> list[Block]:
    """Runs of numbered sibling paragraphs of one style become a list block."""
    out: list[Block] = []
    for b in blocks:
        if b.children:  # (a leaf has no runs to wrap)
            b.children = _wrap_lists(b.children)
        style = _style(b.num) if b.type == "paragraph" else None
        if style is not None:
            prev = out[-1] if out else None
            if prev is not None and prev.type == "list" and _style(prev.children[0].num) == style:
                prev.children.append(b)
                prev.source.end_line = b.source.end_line
                continue
            out.append(
                Block(
                    "list",
                    children=[b],
                    source=Source(
                        document=b.source.document, line=b.source.line, end_line=b.source.end_line
                    ),
                )
            )
            continue
        out.append(b)
    return out


def _number(blocks: list[Block], prefix: str, level: int) -> None:
    for i, b in enumerate(blocks, start=1):
        b.path = f"{prefix}{i}"
        b.level = level
        b.source.block = b.path
        if b.children:
            _number(b.children, b.path + ".", level + 1)


def renumber(blocks: list[Block]) -> None:
    """Paths and levels again, after blocks were put together from parts."""
    _number(blocks, "", 1)
