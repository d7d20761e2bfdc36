"""Where each document of an issue starts.

With a table of contents, each entry is looked for in the body, in order; the body's title
may be worded differently (a dropped 、, a reworded name), so titles are compared after
normalisation and then by fuzzy similarity. Without contents (a single notice, a web page),
a document starts at a title followed closely by its date, 文号 or the meeting it was read at.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from gongbao.clean import Group
from gongbao.docnumber import find_doc_number, is_doc_number_line
from gongbao.model import TocEntry
from gongbao.read import Line
from gongbao.structure.dates import DATE, is_date_line
from gongbao.titles import CLOSING, TITLE_LAST, title_end, unclosed

_NOISE = re.compile(r"[\s、，,·•《》〈〉“”\"'‘’()（）\[\]【】〔〕:：;；.。\-—]")


def norm_title(text: str) -> str:
    return _NOISE.sub("", text.replace("**", ""))


def ends_like_title(text: str) -> bool:
    """``TITLE_END.search(text)``, settled by the last character where it can be: most groups
    of a text end on its punctuation."""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]  # ('$' stands before a last \n)
    return last in TITLE_LAST and title_end(text) is not None


def title_like(g: Group) -> bool:
    t = g.text
    short_ok = t.startswith("的") and len(t) >= 2  # '的决定': a title's last line
    return (
        not g.is_table
        and (len(t) >= 4 or short_ok)
        and len(t) <= 150
        and "。" not in t
        and "；" not in t
    )


def match_toc(entries: list[TocEntry], groups: list[Group], start: int) -> list[int | None]:
    """For each entry, the index of the group holding its body title (or None)."""
    from rapidfuzz import fuzz

    found: list[int | None] = []
    pos = start
    for entry in entries:
        want = norm_title(entry.title)
        best: tuple[float, int] | None = None
        for i in range(pos, len(groups)):
            g = groups[i]
            if not title_like(g):
                continue
            have = norm_title(g.text)
            if have == want:
                best = (100.0, i)
                break
            score = fuzz.ratio(have, want)
            if score >= 80 and (best is None or score > best[0]):
                best = (score, i)
                if score >= 90:
                    break
        if best is None:
            found.append(None)
            continue
        found.append(best[1])
        pos = best[1] + 1
    return found


def _head_signal(g: Group) -> bool:
    """A line that follows a title in a head: its date, 文号, number, or meeting."""
    return _signals_head(g.text.replace("**", ""))


@lru_cache(maxsize=4096)
def _signals_head(t: str) -> bool:
    """``_head_signal`` of a group's text, kept: a group is asked as a title and again as
    the line under the one above it."""
    from gongbao.structure.zones import zone_of

    return bool(
        is_date_line(t)
        or is_doc_number_line(t)
        or t.startswith("——")
        # (the ending first: the date pattern is the costliest rule here)
        or (t.rstrip(")）").endswith(("通过", "通過", "批准")) and DATE.search(t))
        or zone_of(t) in ("speech", "adopted", "order_no", "promulgated")
    )


def markdown_breaks(raw: list[Line]) -> set[int]:
    """Lines where a new document begins whatever its first line says: a top-level heading
    ('# …') right after a thematic break ('---'), as a markdown post holding several
    documents prints them; and the line after a law database's download link
    ('下载地址: 点击此处下载'), which closes an entry (the entry printed under it next is
    another text, titled or not). A break before any text has begun splits nothing."""
    out: set[int] = set()
    previous = ""
    for ln in raw:
        text = ln.text.strip()
        if not text:
            continue
        if (text.startswith("# ") and re.fullmatch(r"(?:-{3,}|\*{3,}|_{3,})", previous)) or (
            previous.startswith("下载") and _DOWNLOAD_LINK.fullmatch(previous)
        ):
            out.add(ln.no)
        previous = text
    return out


#: a law database's link to its entry's file, the last line of the entry
_DOWNLOAD_LINK = re.compile(r"下载地址\s*[:：]\s*点击此处下载")


def _numbered_piece(groups: list[Group], i: int) -> bool:
    """A 文号 alone on its line under a collection's label of its next piece ('…范文二:')."""
    text = groups[i].text.strip()
    return (
        len(text) <= 30
        and "号" in text
        and _PIECE_LABEL.search(groups[i - 1].text.strip()) is not None
        and is_doc_number_line(text)
    )


#: an essay site's mark of its second or later piece: '第二篇', '第3篇'
_NEXT_PIECE = re.compile(r"第\s*(?:[二三四五六七八九十]|[2-9])\s*篇")
#: a bulletin's title with its number in the series: '第七次全国人口普查公报(第二号)'
_IN_SERIES = re.compile(
    r"(?P<stem>[^\s，。,]{4,60}?)\s*[(（]\s*第\s*(?P<n>[一二三四五六七八九十\d]{1,4})\s*号\s*[)）]"
)


def _next_in_series(groups: list[Group], start: int, starts: list[int], i: int) -> bool:
    """Whether group ``i`` is the title of the next bulletin of the series the current
    document opened: the same title, another number."""
    m = _IN_SERIES.fullmatch(groups[i].text.strip())
    if m is None:
        return False
    first = _IN_SERIES.fullmatch(groups[starts[-1] if starts else start].text.strip())
    return (
        first is not None
        and first.group("stem") == m.group("stem")
        and first.group("n") != m.group("n")
    )


#: a collection's label of its second or later piece: '转发性通知范文二:', '例文3：'
_PIECE_LABEL = re.compile(
    r"(?:范文|例文|示例)(?:[二三四五六七八九十]|[2-9])[一二三四五六七八九]?\s*[:：]$"
)


def _after_a_close(groups: list[Group], i: int, start: int) -> bool:
    """A title printed right under the date that closed the document before it, its 主送 under
    it (a compilation of notices, one after another without a gap)."""
    from gongbao.structure.addressees import addressee_line

    if not (start < i < len(groups) - 1 and "关于" in groups[i].text):
        return False
    # (not a text the document above issues or forwards, printed after its date under its own
    # title and 主送: the one above names it, '现将《国务院关于…的批复》转发给你们')
    name = norm_title(groups[i].text[groups[i].text.index("关于") :])
    before = "".join(g.text for g in groups[max(start, i - 40) : i])
    if "。" not in before or name in norm_title(before):
        return False  # (and a document's text above it, closed: not a page's lines)
    below = groups[i + 1].text.strip()
    if is_date_line(groups[i - 1].text) and addressee_line(below):
        return True
    # or its whole text on the line under it, closed by its signer and date ('…现发给你们，请
    # 遵照执行。 附件：… 卫生部 一九九四年九月五日'), which the cleaner may have set apart
    if len(below) <= 30 or "。" not in below:
        return False
    if _CLOSED_LINE.search(below[-40:]) is not None:
        return True
    after = [g.text for g in groups[i + 2 : i + 5]]
    if after and re.match(r"附\s*件", after[0]):
        after.pop(0)
    if not after:
        return False
    # (the signer and the date a line each, or one)
    closing = "".join(after[:2]) if len(after) > 1 and is_date_line(after[1]) else after[0]
    return len(closing) <= 40 and _CLOSED_LINE.fullmatch(closing) is not None


#: a line that ends with its signer's name and the date: '… 卫生部 一九九四年九月五日'
_CLOSED_LINE = re.compile(
    rf"[\u4e00-\u9fff]{{2,30}}?[部委局厅院府办室会]\s*(?:{DATE.pattern})$", re.X
)


def _readdressed(groups: list[Group], i: int, starts: list[int], start: int) -> bool:
    """A 主送 under a signer and the date that closed a document which opened on a 主送 of
    its own: another copy of that document, to other addressees."""
    from gongbao.structure.addressees import addressee_line
    from gongbao.structure.organs import is_org

    if not (is_date_line(groups[i - 1].text) and is_org(groups[i - 2].text.strip())):
        return False
    if not addressee_line(groups[i].text.strip()):
        return False
    above = groups[starts[-1] if starts else start : i - 2]
    return _has_text(above) and any(addressee_line(g.text.strip()) for g in above[:6])


def _entry_head(title: Group, follow: list[Group]) -> bool:
    """A database's entry: the title, its issuer's name, the title again (or, for rules, the
    order's number)."""
    from gongbao.structure.organs import is_org

    return (
        len(follow) >= 2
        and is_org(follow[0].text)
        and (
            norm_title(follow[1].text) == norm_title(title.text)
            # or its order's number under the issuer: '…暂行办法' / '某市人民政府' / '政府令第56号'
            or _ORDER_NUMBER.fullmatch(follow[1].text.strip()) is not None
        )
    )


_ORDER_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,16}令\s*第\s*\d{1,5}\s*号")


#: a page's words that the document follows: '详细通告如下', '全文如下：', '原文如下'
FOLLOWS = re.compile(
    r"(?:全文|原文|(?:详细|詳細|详情|詳情)(?:通告|公告|通知|内容|內容)?|"
    # (or its kind's details, and a dash for the colon: '通报详情如下——')
    r"(?:通告|公告|通知|通报|通報|文件)(?:详情|詳情)?)如下(?:[:：]|——)?$"
)
#: '以下为通告全文:', and a news site's '来看《意见》全文。', '请看全文:'
_FULL_TEXT_BELOW = re.compile(
    r"(?:(?:以下|下面)(?:为|是)|(?:一起)?来看|请看)\S{0,8}?(?:全文|原文)[:：。]?$"
    # (or a repost's pointer to the document it prints under: '附件:调查报告全文')
    r"|^附\s*件\s*[:：]\s*\S{0,10}?(?:全文|原文)$"
)
#: how every line that says the document follows ends (``FOLLOWS``, ``_FULL_TEXT_BELOW``)
ANNOUNCING_ENDS = ("下", "下:", "下：", "下——", "文", "文:", "文：", "文。")


def says_text_follows(text: str) -> bool:
    """'…全文如下:', '以下为通告全文:': the page's words that the document follows."""
    if text.endswith(("下", "下:", "下：", "下——")):
        return FOLLOWS.search(text) is not None
    return _FULL_TEXT_BELOW.search(text) is not None  # '以下为通告全文:'


def detect_titles(groups: list[Group], start: int, breaks: set[int] | None = None) -> list[int]:
    """Document starts in a body without contents: titles followed by date/文号/meeting,
    and headings a markdown export puts after a thematic break."""
    from gongbao.numbering import match_number

    starts: list[int] = []
    for i in range(start, len(groups)):
        g = groups[i]
        if (
            breaks
            and g.start in breaks
            and _has_text(groups[starts[-1] if starts else start : i])
            and not _cut_short(groups, i, breaks)
        ):
            if not starts:
                starts.append(start)  # the text before the break is the first document
            starts.append(i)
            continue
        if (
            "—" in g.text
            and _title_then_speech(g.text)
            and (not starts or _has_text(groups[starts[-1] : i]))
            and _has_text(groups[start:i])
        ):
            # a report's title run onto the meeting it was read at ('政府工作报告——2012年12月
            # 18日在…会议上'), after another document's text (a 决议 on it printed first)
            starts.append(i)
            continue
        if len(g.text) <= 6 and i > start + 1 and _kind_under_organ(groups, i, start, starts):
            # a document headed by its organ and its kind on two lines ('某省人大常委会' /
            # '公告'), under the full stop that closed the one before it
            if not starts:
                starts.append(start)
            if starts[-1] != i - 1:
                starts.append(i - 1)
            continue
        if len(g.text) <= 6 and i > start and _kind_after_date(groups, i, start, starts):
            # a document headed by its kind alone ('公告'), under the date that closed the
            # one before it
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        if (
            i > start
            and g.text.endswith("的决议")
            and _APPROVAL.search(g.text)
            and is_date_line(groups[i - 1].text)
            and _has_text(groups[starts[-1] if starts else start : i])
        ):
            # a higher congress's resolution approving the rules a 公告 promulgated, printed
            # under the 公告's date (公告, 批准决议, the rules): a document of its own
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        if (
            i > start + 2
            and g.text.endswith(("：", ":"))
            and _readdressed(groups, i, starts, start)
        ):
            # the same notice again to other addressees, under the date that closed the one
            # before it, its title not printed again (a page of per-village 公告): its own
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        if (
            i > start + 1
            and len(g.text) <= 6
            and _NEXT_PIECE.fullmatch(g.text.strip())
            and i + 1 < len(groups)
            and title_like(groups[i + 1])
            and _has_text(groups[starts[-1] if starts else start : i])
        ):
            # an essay site's next piece ('第一篇' … '第二篇' / a title over two lines): a
            # document of its own, headed by its mark
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        if i > start + 1 and "号" in g.text[-4:] and _next_in_series(groups, start, starts, i):
            # a series' next bulletin under the one before it, its title the same but for its
            # number ('…普查公报(第一号)' … '…普查公报(第二号)'), no head lines under it
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        if i > start and _numbered_piece(groups, i):
            # a collection's next piece, its label over a document printed without its title
            # ('转发性通知范文二:' / '陕政办发〔1997〕41号' / '各市、县(区)人民政府,…:现将…')
            if not starts:
                starts.append(start)
            starts.append(i)
            continue
        # the title's ending first: most groups are text, and it settles them before the
        # head-line rules (date, 文号, meeting) are tried
        if (
            not title_like(g)
            # (a title run onto its text's line, cut from it at the comma after it: '…的通知,')
            or not ends_like_title(g.text.removesuffix(",").removesuffix("，"))
            or _head_signal(g)
        ):
            continue
        if CLOSING.match(g.text) or _ATTACHED.match(g.text):
            continue  # a closing formula; the 附件说明 ('附：…名单') above the signature date
        if match_number(g.text) is not None:
            continue  # a numbered heading of the text ('四、2026年预算')
        follow = groups[i + 1 : i + 4]
        signalled = bool(follow) and (_head_signal(follow[0]) or _entry_head(g, follow))
        # (a title under the close of the document above starts where it stands: the lines
        # above it are that document's, its attachment's table and all)
        closed = not signalled and bool(follow) and _after_a_close(groups, i, start)
        # (or under that date with its title printed again, run onto its first sentence, as a
        # law database prints a text: '严禁焚烧秸秆通告' / '严禁焚烧秸秆通告为了保护…')
        closed = closed or (
            not signalled
            and i > start
            and bool(follow)
            and is_date_line(groups[i - 1].text)
            and follow[0].text.strip() == g.text.strip()  # (the cleaner cut it off the text)
            and len(follow) > 1
            and len(follow[1].text) >= 20  # (its text's first sentence, cut by a page or not)
        )
        heads_follow = signalled or closed
        if not heads_follow and not (i == start and title_end(g.text)):
            continue
        if starts and not _has_text(groups[starts[-1] : i]):
            continue  # the same head printed again (a page's headline, then the title)
        if (
            starts
            and not closed
            and len(title := norm_title(g.text)) >= 8
            and title == norm_title(groups[starts[-1]].text)
            and not any(len(x.text) <= 40 and _head_signal(x) for x in groups[starts[-1] + 1 : i])
        ):
            # the title again under an encyclopedia's lead and box about the document, no
            # close between: one document, headed where its own head is printed (the lead
            # above it is told as text before the first document)
            starts[-1] = i
            continue
        if (
            starts
            and not closed
            and _headline_of_rules_below(groups[starts[-1]].text, [g, *follow])
            # (no date between: an order signed and dated above is a document of its own)
            and not any(is_date_line(x.text) for x in groups[starts[-1] + 1 : i])
        ):
            # an order's line over the rules it promulgates, under a sharing site's headline of
            # those rules with its note ('某某办法(2011.11.1施行)'), the site's disclaimers
            # between: one document, headed where the order's head is printed
            starts[-1] = _back_up(groups, i, starts[-1] + 1)
            continue
        if follow and _promulgated_above(
            follow[0].text, groups[starts[-1] if starts else start : i]
        ):
            continue  # the rules an order promulgates, under their own title: the order's text
        at = i if closed else _back_up(groups, i, starts[-1] + 1 if starts else start)
        above = groups[starts[-1] if starts else start : at]
        if any(_published_above(title, above) for title in (groups[at : i + 1], [g])):
            # the text a 公告 above publishes ('《T》已于…通过。现予公布') or a notice issues
            # ('《政府工作报告》已经…通过，现予印发'), under T (a release note over T or not)
            continue
        if at > start and _ATTACHMENT_LABEL.match(groups[at - 1].text.replace("**", "").strip()):
            continue  # an attachment under its label (附件1), with a head of its own
        if (
            at > start
            and (said := groups[at - 1].lines[-1].text.strip()).endswith(ANNOUNCING_ENDS)
            and says_text_follows(said)
        ):
            # a title under the words that say the document follows ('…公告全文如下:', '来看
            # 《意见》全文。'): the same document, whose head tells the page's lines from its own
            continue
        starts.append(at)
    if not starts and start < len(groups):
        starts.append(start)
    return starts


#: a resolution approving a lower congress's rules: '…常务委员会关于批准《某市某某条例》的决议'
_APPROVAL = re.compile(r"关于批准《[^》]{2,80}》[^《》]{0,10}的决议$")
#: a note under rules' title naming the order that promulgated them: '(2025年12月29日上海市人民
#: 政府令第24号公布 自2026年3月1日起施行)'
PROMULGATED_BY = re.compile(r"^[(（][^()（）]{0,40}?令\s*第\s*(?P<n>\d{1,5})\s*号\s*公布")


#: a site's note after a headline: '(2011.11.1施行)', '（全文）'
_SITE_NOTE = re.compile(r"[(（][^()（）]{1,16}[)）]$")


def _headline_of_rules_below(headline: str, follow: list[Group]) -> bool:
    """Whether ``headline`` (a note after it or not) is the title of the rules printed in the
    groups that follow, under the note naming the order that promulgated them."""
    headline = headline.strip()
    if note := _SITE_NOTE.search(headline):
        headline = headline[: note.start()]
    name = norm_title(headline)
    if len(name) < 6:
        return False
    return any(
        norm_title(g.text) == name
        and k + 1 < len(follow)
        and PROMULGATED_BY.match(follow[k + 1].text.strip()) is not None
        for k, g in enumerate(follow)
    )


def _promulgated_above(note: str, above: list[Group]) -> bool:
    """Whether ``note`` names the order printed just above (its 第N号 line among ``above``)."""
    m = PROMULGATED_BY.match(note.strip())
    if m is None:
        return False
    number = re.compile(rf"第\s*{m.group('n')}\s*号")
    return any(number.search(g.text) for g in above[:8])


#: a promulgation naming what it publishes: '《某某规定》已于…通过。现予公布，自…起施行。'
PUBLISHES = re.compile(
    r"《(?P<title>[^》]{4,100})》[^《》。]{0,80}?[。，,]\s*"
    # (the day it takes effect between, its own sentence: '…》,自通过之日起施行。现予公告。')
    r"(?:自[^《》。\n]{1,30}(?:施行|实施)[。，,]?\s*)?现(?:予以|予)?(?:公布|发布|印发|公告)"
)


_ANGLES = str.maketrans("", "", "<>")


def _published_above(title: list[Group], above: list[Group]) -> bool:
    """Whether the title (its groups, issuer line and all) is what a promulgation in the
    groups above names as published, or a notice above as the text it forwards or issues:
    the text of the 公告, order or notice above, not a document of its own."""
    name = norm_title("".join(g.text for g in title))
    for g in above[:3]:
        # the notice's own title names what it issues ('…关于印发2024年政府工作报告的通知'),
        # printed under it with its issuer's name over it ('某镇人民政府' / '2024年政府工作报告')
        if "印发" in g.text and (m := _ISSUING_TITLE.search(g.text.strip())) is not None:
            issued = norm_title(m.group("title"))
            if len(issued) >= 6 and name.endswith(issued):
                return True
    # (a promulgation's '现予公告' may be a paragraph of its own under the sentence naming T;
    # the title's lines may stand under the 公告's signature and a date too garbled to close it)
    said = "\n".join(g.text for g in above[-8:])
    printed = ["".join(g.text for g in title[k:]).strip() for k in range(min(3, len(title)))]
    # (and the title without the 文号 a database printed before it: '法释〔2022〕12号最高人民法院…')
    names = {norm_title(t) for t in printed} | {norm_title(_after_number(t)) for t in printed}
    for m in chain(PUBLISHES.finditer(said), _FORWARDS.finditer(said)):
        # (a title quoted inside the name in angle brackets, '…修改<某某规则>等…的决定',
        # as the title under it prints in 《》)
        if norm_title(m.group("title").translate(_ANGLES)) in names:
            return True
    return False


def _after_number(text: str) -> str:
    """The text after the 文号 it opens with, or the text."""
    number = find_doc_number(text[:30]) if text[:1] not in "关《" else None
    return text[len(number) :] if number and text.startswith(number) else text


#: a notice's title naming the text it issues, in 《》 or bare: '关于印发2024年政府工作报告的通知'
_ISSUING_TITLE = re.compile(r"关于印发《?(?P<title>[^《》]{4,80}?)》?的通知$")
#: the short name a forwarding or issuing sentence gives the text it names, before its verb:
#: '现将《X》(…)(以下简称《补充通知》)转发给你们' (the attachments' reading of it shares this)
SHORT_NAME_GIVEN = r"(?:[(（]以下简称[^)）]{0,24}[)）][^。《]{0,6}?)?"
#: a notice's sentence forwarding or issuing a text it names: '现将《X》(国函〔2010〕50号)转发'
_FORWARDS = re.compile(
    r"现将[^《。]{0,20}《(?P<title>[^》]{4,100})》[^。《]{0,40}?"
    + SHORT_NAME_GIVEN
    + r"(?:转发|印发|批转)"
)


def _kind_after_date(groups: list[Group], i: int, start: int, starts: list[int]) -> bool:
    """A kind word alone ('公 告') on the line after a document's closing date, a text
    opening under it: the next document's title."""
    return (
        _bare_kind(groups[i].text)
        and is_date_line(groups[i - 1].text)
        and i + 1 < len(groups)
        and len(groups[i + 1].text) > 20
        and _has_text(groups[(starts[-1] if starts else start) : i])
    )


def _kind_under_organ(groups: list[Group], i: int, start: int, starts: list[int]) -> bool:
    """A kind word alone under an organ's name alone, the text above closed with a full stop
    and a text opening under it: the next document's head ('某省人民代表大会常务委员会' /
    '公告' under a 决定 that ends its sentence)."""
    from gongbao.structure.organs import is_org, split_organs

    organ = groups[i - 1].text.strip()
    return (
        _bare_kind(groups[i].text)
        and len(organ) <= 30
        and is_org(organ)
        and split_organs(organ) == [organ]
        and groups[i - 2].text.rstrip().endswith("。")
        and i + 1 < len(groups)
        and len(groups[i + 1].text) > 20
        and _has_text(groups[(starts[-1] if starts else start) : i - 1])
    )


#: the kinds a document may be headed by alone
_BARE_KINDS = frozenset({"公告", "通告", "通知", "决定", "命令", "通报", "公示", "声明", "启事"})


def _bare_kind(text: str) -> bool:
    """A kind word alone on its line, spaced out or not ('公 告')."""
    return text.replace(" ", "").replace("\u3000", "") in _BARE_KINDS


#: an attachment's label alone over a title that opens a document of its own ('附件2'): narrower
#: than the head's ``zones.ATTACHMENT_LABEL`` on purpose (a table's label, '表4-1', opens no
#: document inside a file)
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]?$")


def _title_then_speech(text: str) -> bool:
    """A report's title (up to 40 characters) run onto the meeting it was read at."""
    from gongbao.structure.zones import SPEECH, TITLE_THEN_SPEECH

    run = TITLE_THEN_SPEECH.match(text)
    return (
        run is not None
        and len(run.group("title")) <= 40
        and ends_like_title(run.group("title"))
        and SPEECH.match(run.group("rest")) is not None
    )


_ATTACHED = re.compile(r"^附\s*(?:件|录|表)?\s*\d{0,2}\s*[:：]")


def _cut_short(groups: list[Group], i: int, breaks: set[int]) -> bool:
    """Whether the entry a break opens at group ``i`` is only the first words of one the
    page was cut inside ('宁波' under the last entry's download link): no line of a title's
    length, no sentence, up to the next break or the end."""
    entry: list[Group] = []
    for g in groups[i:]:
        if entry and g.start in breaks:
            break
        entry.append(g)
    return all(len(g.text.strip()) < _ENTRY_MIN and "。" not in g.text for g in entry)


#: the fewest characters of an entry's first line (the shortest titles: '某某条例', '公告')
#: below which, alone at the page's end, it is what a cut page kept of the next entry
_ENTRY_MIN = 6


def _has_text(groups: list[Group]) -> bool:
    """Whether a document has begun its text: a sentence, not only head lines."""
    return any("。" in g.text or len(g.text) > 150 for g in groups)


_PRE_TITLE = frozenset(
    {"copy_no", "secrecy", "urgency", "masthead", "doc_number", "signer", "rule"}
)


#: a title's line that cannot open it: its bracket's note, then 的 and its kind
_GOES_ON = re.compile(
    # (its status after the kind: '的决议(草案)', '的办法(试行)')
    r"(?:[(（][^()（）]{1,20}[)）])?的[\u4e00-\u9fff]{1,4}(?:[(（][\u4e00-\u9fff]{2,4}[)）])?$"
)


def _opens_no_title(text: str) -> bool:
    """A title's line that cannot open it: '(2021-2030年)的通知', or one that closes a quote
    it did not open ('…规划专项编制(2022-2035)》的批复')."""
    return _GOES_ON.match(text) is not None or unclosed(text, "《", "》") < 0


def _long_first_line(text: str, below: str) -> bool:
    """A title's first line longer than most, its 关于 in it, broken between the names of
    the texts it issues ('某委关于印发《某某流程(试行)》' / '《某某指引(试行)》的通知')."""
    return (
        len(text) <= 64
        and "关于" in text
        and text.endswith(("》", "》、", "》和", "》及"))
        and below.startswith("《")
        and title_end(below) is not None
    )


def _back_up(groups: list[Group], i: int, floor: int) -> int:
    """A document starts above its title's last line: at the title's first line (a title
    printed over several lines) and at the 发文机关标志, 文号, 份号 … printed above it."""
    from gongbao.structure.zones import zone_of

    while i > floor:
        prev = groups[i - 1]
        text = prev.text.replace("**", "").strip()
        zone = zone_of(text)
        if zone in _PRE_TITLE or (
            zone is None
            and title_like(prev)
            and (len(text) <= 40 or _long_first_line(text, groups[i].text.strip()))
            # (a line that opens no title, '(2021-2030年)的通知', goes on one that ends like
            # one: the name of the text it issues, '…关于印发' / '某某规划' / '(…)的通知')
            and (not title_end(text) or _opens_no_title(groups[i].text.strip()))
            and not text.endswith(("：", ":"))
        ):
            i -= 1
            continue
        break
    return i
