"""A document's attachments: its list of them (附件：1. … 2. …), its 附件N headings, one
printed without its label between two others, and the text a notice issues (印发, 转发,
批转) printed after it without a label."""

from __future__ import annotations

import re

from gongbao.model import Attachment, Block, Document, Problem
from gongbao.structure.boundaries import SHORT_NAME_GIVEN, norm_title
from gongbao.structure.kinds import ISSUING_VERB
from gongbao.titles import unclosed


def add_attachments(doc: Document, problems: list[Problem], raw_list: list[Attachment]) -> None:
    """附件N headings, and an attachment whose label is missing between two others; a
    notice's list of attachments ('附件：1. …') comes first, and headings it names are not
    listed twice."""
    if raw_list and all(not (a.label or "").startswith("附件") for a in raw_list):
        # a list under '附:' alone: where the notice names texts it issues, those are its
        # attachments ('附:某某计划表' under a 请示 it forwards is the 请示's)
        raw_list = issued_texts(doc) or raw_list
    elif raw_list and (issued := issued_texts(doc)) and _listed_inside(raw_list, issued[0]):
        # the list printed inside the text the notice issues, under its title (a 预案's own
        # '附件:1.…报告制度'): the notice sends the text first, then what the text lists
        raw_list = [*issued, *raw_list]
    doc.attachments.extend(raw_list)
    listed = {a.label for a in raw_list}
    if not raw_list:
        doc.attachments.extend(issued_texts(doc))
    heads = [b for b in doc.body if b.type == "heading" and b.num and b.num.startswith("附件")]
    numbers = [_label_n(b.num) for b in heads]
    moved = False  # the outline came numbered: numbered again only where a block moved
    for k, b in enumerate(heads):
        if k + 1 < len(heads) and numbers[k] and numbers[k + 1] == numbers[k] + 2:
            missing = _unlabelled(b)
            if missing is not None:
                # the unlabelled attachment takes its title and everything after it
                cut = b.children.index(missing)
                missing.children.extend(b.children[cut + 1 :])
                del b.children[cut:]
                doc.body.insert(doc.body.index(b) + 1, missing)
                moved = True
                doc.attachments.append(
                    Attachment(label=f"附件{numbers[k]}", title=b.text, source=b.source)
                )
                doc.attachments.append(
                    Attachment(label=None, title=missing.text, source=missing.source)
                )
                problems.append(
                    Problem(
                        "attachment_label_missing",
                        f"附件{numbers[k] + 1}未印出“附件{numbers[k] + 1}”字样：“{missing.text}”",
                        doc.id,
                        missing.source,
                    )
                )
                continue
        if raw_list and b.num == "附件" and all(a.title in b.text for a in raw_list):
            continue  # the list itself, run onto its label ('附件：1.某某2.某某'): listed above
        if b.text.strip() and "".join(doc.title.split()).startswith("".join(b.text.split())):
            continue  # the page is the attachment: its label over the title again ('附件5')
        if b.num in listed and (
            short := next(
                (a for a in raw_list if a.label == b.num and _last_dropped(a.title, b.text)), None
            )
        ):
            # the list printed its title without the last character the heading prints
            # ('…资金分配' for the heading's '…资金分配表'): the title as the heading prints it
            short.title = b.text.strip()
        if b.num not in listed and b.text.strip():
            # (a site's box for attachments left empty, '附件：' and nothing, names none)
            doc.attachments.append(Attachment(label=b.num, title=b.text, source=b.source))
    doc.attachments[:] = _once(_whole(doc, problems))
    if moved:
        from gongbao.structure.outline import _number

        _number(doc.body, "", 1)


def _listed_inside(listed: list[Attachment], issued: Attachment) -> bool:
    """Whether every listed attachment is printed below the title of the text issued."""
    top = issued.source.line if issued.source is not None else None
    if top is None:
        return False
    return all(a.source is not None and (a.source.line or 0) > top for a in listed)


def mend_brackets(doc: Document) -> None:
    """An attachment's title whose bracket the page lost ('…实施方案' / '2023年)') or cut
    ('…规划(2021-2030'), read whole where the notice's title names the text it issues
    ('关于印发《…实施方案(2023年)》的通知'): the same characters, brackets apart, or the name
    that title opens. (Run once the title is final: a page's record may give it.)"""
    named = [n for n in _issued_names(doc.title) if not unclosed(n)]
    for a in doc.attachments:
        title = a.title.strip()
        if not named or not unclosed(title):
            continue
        key = norm_title(title)
        whole = [
            n
            for n in named
            if norm_title(n) == key or (len(key) >= 8 and norm_title(n).startswith(key))
        ]
        if len(whole) == 1:
            a.title = whole[0]


def _issued_names(title: str) -> list[str]:
    """The names of the texts a notice's title issues, in their quotes or without them."""
    what = _issuing(title)
    return (_quoted(what) or _unquoted(what)) if what else []


def _issuing(title: str) -> str | None:
    """What a notice's title issues: '关于印发《X》的通知' → '《X》'."""
    m = _ISSUES.search(title) or _ISSUES_UNENDED.search(title)
    return m.group("what") if m else None


def _quoted(what: str) -> list[str]:
    """The names in quotes, a status after the quotes with its name: '《某某办法》(试行)'."""
    return [name + status for name, status in _QUOTED_NAME.findall(what)]


_QUOTED_NAME = re.compile(r"[《〈]([^》〉]+)[》〉]((?:[(（](?:试行|暂行|修订)[)）])?)")


def _whole(doc: Document, problems: list[Problem]) -> list[Attachment]:
    """The attachments whose titles the text prints whole: a title of one character ('2.市'
    where a page was cut) is no title; it is a problem, not an attachment."""
    kept: list[Attachment] = []
    for a in doc.attachments:
        if len(a.title.strip()) < 2:
            problems.append(
                Problem(
                    "attachment_title_cut",
                    f"{a.label or '附件'}的标题只剩“{a.title.strip()}”：文字不完整，未列为附件",
                    doc.id,
                    a.source,
                )
            )
            continue
        kept.append(a)
    return kept


#: a file's name opening with its notice's serial and the label: '8号附件:', '12号附件2：'
_FILE_LABEL = re.compile(r"\d{1,4}\s*号\s*附件\s*\d{0,2}\s*[:：]\s*(?=\S{4})")
#: an item's number before an attachment's title in a list: '1.', '２、', '附件2:'
_ITEM_NUMBER = re.compile(r"^\s*(?:[0-9０-９]{1,2}\s*[.．、]|附件\s*\d{1,2}\s*[:：])\s*")


def _once(attachments: list[Attachment]) -> list[Attachment]:
    """Each attachment once: the list that names it and the heading it is printed under
    (or the list read a second time, its item's number left on: '1.某某名录') are one."""
    seen: set[str] = set()
    out: list[Attachment] = []
    for a in attachments:
        if link := _MARKDOWN_LINK.fullmatch(a.title.strip()):
            a.title = link.group("text").strip()  # a markdown export's link: '[T](https://…)'
        if file := _FILE_LINE.fullmatch(a.title.strip()):
            # a site's link to the attachment, its file's name: the title is the name
            # without its extension ('…办法（试行）.docx' under '附件：')
            a.title = file.group("stem").strip()
            if label := _FILE_LABEL.match(a.title):
                # (the file named by the document's number and its label: '8号附件:某某图.pdf'
                # under '附件:', the serial of the notice it belongs to)
                a.title = a.title[label.end() :]
        if (colophon := _COLOPHON.search(a.title)) and colophon.start() >= 4:
            # the 版记 run onto the last line (a text extracted a page a line): '…的通知抄送：…'
            a.title = a.title[: colophon.start()]
        if prompt := _LINK_PROMPT.search(a.title):
            a.title = a.title[: prompt.start()]  # the site's prompt on its link: '(点击下载)'
        if _QUOTED_WHOLE.fullmatch(a.title.strip()):
            a.title = a.title.strip()[1:-1]  # its name in the quotes the notice gave it
        if _NO_TITLE.fullmatch(a.title.strip()):
            # a file named by its label alone ('附件1.docx'), or a label's range read as a
            # title ('附件1-5下载：…'): no attachment's title
            continue
        if a.title[:1] in _LEFT_POINT and a.label and a.label[-1:].isdigit():
            a.title = a.title[1:]  # the point after its label's number: '附件1.某某名单'
        key = norm_title(_ITEM_NUMBER.sub("", a.title))
        if key and key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _last_dropped(listed: str, heading: str) -> bool:
    """Whether a list's title is the heading's but for its last character, an ideograph (a
    long title's: '…补助资金分配' and '…补助资金分配表')."""
    heading = heading.strip()
    if len(listed) < 8 or heading[:-1] != listed.strip():
        return False
    return "\u4e00" <= heading[-1] <= "\u9fff"


def _label_n(label: str | None) -> int:
    digits = "".join(ch for ch in label or "" if ch.isdigit())
    return int(digits) if digits else 0


def _unlabelled(att: Block) -> Block | None:
    seen_content = False
    for child in att.children:
        if child.type == "heading" and child.num is None and seen_content:
            return child
        seen_content = seen_content or child.type in ("table", "paragraph", "list")
    return None


_ISSUES = re.compile(
    r"(?:印发|印發|转发|轉發|批转|批轉|颁布|頒布|颁发|頒發|发布|發布|下达|下達)(?P<what>.+?)"
    r"的(?:通知|决定|決定|通告)$"
)


#: a title that issues a text, printed without its '的通知' ('关于印发某某专项行动方案'): the
#: kind it ends with is the issued text's (the notice's kind, ``kind_of``, says so too)
_ISSUES_UNENDED = re.compile(
    "关于" + ISSUING_VERB + r"(?P<what>[^的]{4,60}?"
    r"(?:方案|规划|計劃|计划|办法|辦法|细则|細則|规定|規定|意见|意見|要点|要點|制度|预案|預案))$"
)


#: a text that issues another: '现将《某某实施方案》印发给你们', '现将…《某某的批复》转发你县'
ISSUING = re.compile(
    r"现将[^《。]{0,20}《[^》]{4,80}》[^。《]{0,30}?"
    + SHORT_NAME_GIVEN
    + r"(?:印发|转发|批转)(?:给)?你(?:们|县|市|区|镇|乡|单位)"
    # '《X》已经…会议通过，现予印发。', '《X》经…审议通过，现予以印发'
    r"|^《[^》]{4,80}》已?经[^。]{0,60}?(?:通过|同意)[，,]\s*现(?:予以|予)?(?:印发|转发)"
)
#: a revision printed after a text's title: '(2019年11月修订)', '（2020年修正）',
#: '(2020年6月修订稿)'
REVISED = re.compile(r"\s*[(（]\d{4}年[^()（）]{0,8}(?:修订|修正|修改)稿?[)）]$")
#: the note of the meeting that adopted the text, printed with its title: '（二○○四年六月十六日
#: 国务院第54次常务会议修订通过）'
_ADOPTED_NOTE = re.compile(r"\s*[(（][^()（）]{6,60}(?:通过|批准)[)）]$")


def _unquoted(what: str) -> list[str]:
    """The texts a title issues without quotes: 'A规则和B规则' → both, where each part is a
    whole title ('国民经济和社会发展规划' is one)."""
    from gongbao.titles import title_end

    parts = re.split(r"和|及|与", what)
    if len(parts) > 1 and all(len(p) >= 4 and title_end(p) for p in parts):
        return parts
    return [what]


def issued_texts(doc: Document) -> list[Attachment]:
    """The texts a notice issues (关于印发《X》和《Y》的通知), printed after the notice under
    their own titles without an 附件 label: the notice's attachments."""
    what = _issuing(doc.title)
    if what is None and doc.kind == "notice":
        # no title printed, or one that names no text it issues ('…的补充通知'): the text names
        # what it issues or forwards ('现将《某某》…转发给你们')
        what = _lead(doc)
    if what is None:
        return []
    names = _quoted(what)
    found = _printed(doc, names or _unquoted(what))
    if not found and names:
        # quotes inside the issued text's title, not around it: '印发2023年区《政府工作
        # 报告》确定的主要目标任务责任分解方案的通知' issues the whole of it
        found = _printed(doc, [what])
    if not found and (named := _named_in_lead(doc)):
        # the title names the package, its text the parts it issues and prints: '关于印发
        # 《某县“五个全覆盖”工作方案》的通知' / '现将《A》《B》…印发给你们'; or the title's
        # words are no title's ('…工作总结和…工作要点'): '《A》和《B》已经…通过,现予以下发'
        found = _printed(doc, named)
    if not found:
        found = _linked_file(doc, names or _unquoted(what))
    return found


#: an attachment listed as a markdown link, its title the link's text
_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]]{2,120})\]\((?:https?://|/)[^()\s]*\)")
#: what a site's list of files leaves where a title would be: nothing, a label, a range's end
_NO_TITLE = re.compile(r"|附件\s*\d{1,3}(?:\.\w{2,4})?|\.\w{2,4}|[-—～~]\s*\d.*")
#: a site's prompt printed on the link to an attachment: '(点击下载)', '（点击查看）'
_LINK_PROMPT = re.compile(r"\s*[(（【\[](?:请)?(?:点击|单击)?(?:下载|查看|浏览|打开)[)）】\]]\s*$")
_LEFT_POINT = frozenset(".．、")
#: a 版记's first words, where no title goes on
_COLOPHON = re.compile(r"\s*(?:抄送|抄报)\s*[:：]")
#: a title wholly in the quotes a text is named in: '《某某运营规则》'
_QUOTED_WHOLE = re.compile(r"《[^《》]{2,120}》")
#: a line that is a file's name alone, a site's link to the text a notice issues
_FILE_LINE = re.compile(r"(?P<stem>[^/\\<>|]{4,100}?)\.(?:docx?|pdf|wps|xlsx?|ofd)", re.IGNORECASE)


def _linked_file(doc: Document, names: list[str]) -> list[Attachment]:
    """The one text a notice issues, not printed but linked as a file under it ('…纲要.docx'):
    the file's name, of the same kind as the name the notice gives it, is its title."""
    from gongbao.titles import title_end

    files = [
        (b, m.group("stem").strip())
        for b in doc.blocks()
        if b.type in ("heading", "paragraph") and (m := _FILE_LINE.fullmatch(b.text.strip()))
    ]
    if len(names) != 1 or len(files) != 1:
        return []
    block, stem = files[0]
    end, named = title_end(stem), title_end(names[0])
    if end is None or named is None or end.group(0) != named.group(0):
        return []
    return [Attachment(label=None, title=stem, source=block.source)]


#: the sentence of a notice's first paragraph that issues the texts it names
_ISSUING_SENTENCE = re.compile(
    r"[^。]*?(?:现将[^。]*?《[^。]*?》[^。]*?(?:印发|印發|转发|轉發|批转|下发)|"
    r"《[^。]*?》[^。]*?现(?:予以|予)?(?:印发|印發|下发|发布|转发))"
)


def _named_in_lead(doc: Document) -> list[str]:
    """The texts named in the sentence of the first paragraph that issues them."""
    m = _ISSUING_SENTENCE.match(_first_paragraph(doc)[:600])
    return re.findall(r"《([^》]{4,80})》", m.group(0)) if m else []


def _first_paragraph(doc: Document) -> str:
    return next((b.text for b in doc.blocks() if b.type == "paragraph"), "")


def _lead(doc: Document) -> str | None:
    """The texts the first paragraph of a notice without a title issues, in their quotes."""
    m = ISSUING.search(_first_paragraph(doc)[:300])
    return m.group(0) if m else None


#: an organ's name opening a title, to its first organ word: '某县应急管理局…'
_ISSUER_FIRST = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府|办公室|委员会|局|厅|委)"
)


#: a text's status printed on a line of its own under its title: '(试 行)', '（暂行）'
_STATUS_LINE = re.compile(r"[(（]\s*(?:试\s*行|暂\s*行|草\s*案|征求意见稿)\s*[)）]")


def _one_dropped(printed: str, wanted: list[str]) -> str | None:
    """The name of ``wanted`` a printed title is but for one character the notice's name has
    and the text's own head leaves out ('某镇2024年防汛…预案' for '某镇2024年度防汛…预案'):
    its opening and its end the same, a long title's."""
    from gongbao.structure.organs import in_order

    for name in wanted:
        if (
            len(printed) >= 10
            and len(name) == len(printed) + 1
            and name[:4] == printed[:4]
            and name[-4:] == printed[-4:]
            # (every character of the printed title in the name, in order: one left out)
            and in_order(printed, name)
        ):
            return name
    return None


def _named_otherwise(printed: str, wanted: list[str]) -> str | None:
    """The name of ``wanted`` a printed title is, its issuer before it and a word or two more
    ('石泉县应急管理局行政执法信息公示制度(试行)' for '行政执法公示制度(试行)'): the same kind of
    text, every character of the name in order, at most two more."""
    from gongbao.structure.organs import in_order, is_org, starts_organ

    m = _ISSUER_FIRST.match(printed)
    if m is None or not (is_org(m.group(0)) and starts_organ(m.group(0))):
        return None
    rest = printed[m.end() :]
    for name in wanted:
        if rest == name or (
            len(name) >= 6
            and 0 < len(rest) - len(name) <= 2
            and rest[-3:] == name[-3:]
            and in_order(name, rest)
        ):
            return name
    return None


def _printed(doc: Document, names: list[str]) -> list[Attachment]:
    """Those of ``names`` printed as a title of their own in the document, in that order."""
    # (a revision the notice's title notes, '…预案(2018年修订)', is no part of the title the
    # issued text prints)
    wanted = [norm_title(REVISED.sub("", n)) for n in names if len(n) >= 4]
    named = {norm_title(n) for n in names}
    found: dict[str, Attachment] = {}
    blocks = [b for b in doc.blocks() if b.type in ("heading", "paragraph") and len(b.text) <= 80]
    for k, b in enumerate(blocks):
        # its title on one line, or over two (a page that broke it where it was printed)
        for title in (b.text, b.text + blocks[k + 1].text if k + 1 < len(blocks) else ""):
            # a revision noted after the title ('…工作规则(2019年11月修订)') is not part of it,
            # unless the notice names the text with it
            if norm_title(title) not in named:
                title = _ADOPTED_NOTE.sub("", REVISED.sub("", title))
            if title.endswith(("目录", "目 录")) and norm_title(title[:-2].rstrip()) in wanted:
                title = title[:-2].rstrip()  # its contents' head run onto it: '…预案目录'
            key = norm_title(REVISED.sub("", title))
            if title == b.text and key not in wanted:
                # (on a line of its own)
                key = _named_otherwise(key, wanted) or _one_dropped(key, wanted) or key
            if title and key in wanted and key not in found:
                if title.startswith("《") and title.endswith("》"):
                    title = title[1:-1]  # its own title printed in the quotes it was named in
                if (
                    title == b.text
                    and k + 1 < len(blocks)
                    and (status := _STATUS_LINE.fullmatch(blocks[k + 1].text.strip()))
                ):
                    # its status on the line under it, '(试 行)': part of its title
                    title += "".join(status.group(0).split())
                found[key] = Attachment(label=None, title=title, source=b.source)
    return [found[w] for w in wanted if w in found]
