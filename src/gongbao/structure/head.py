"""The head of a document: everything above its first paragraph of text.

Each line is given its zone (``zones.zone_of``) and the zones are read in the orders the
layouts print them:

    红头文件     [份号] [密级] [紧急] 发文机关标志 文号 [签发人] 标题(1–3 行) 主送
    gazette item 标题 (日期) 文号 主送
    令           XX人民政府令 第N号 …
    公告         标题 第N号
    决定/条例    标题 （…会议通过） …
    report       标题 ——…在…会议上 讲话人 各位代表：
    web page     标题 日期 …

A title runs over as many lines as it was printed on, until it ends with the name of a
document kind (通知, 意见, 办法 …) and the next line does not continue it ('的通知',
'（试行）'). Issuers come from the 发文机关标志 (when the text confirms them), the names
before 关于, the meeting that adopted it, the speaker, or a label (预算主管部门：…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from gongbao.clean import Group
from gongbao.clean.wrapper import EDITOR_LEAD, WIKI_LEAD, without_readings
from gongbao.docnumber import RUNNING_COUNT, canonical, find_doc_number, issuer_code
from gongbao.numbering import YEAR, match_number
from gongbao.read import Line
from gongbao.script import to_simplified
from gongbao.structure.addressees import (
    addressee_line,
    bare_addressee_line,
    split_addressees,
    wrapped_addressees,
)
from gongbao.structure.boundaries import (
    ANNOUNCING_ENDS,
    FOLLOWS,
    PUBLISHES,
    ends_like_title,
    norm_title,
    says_text_follows,
)
from gongbao.structure.dates import DATE, compact_date, date_from_match, is_date_line
from gongbao.structure.han_runs import ideographs_before
from gongbao.structure.kinds import ISSUING_VERB
from gongbao.structure.organs import (
    LEAD_DAYS,
    ORG_END,
    ORGAN_WORD,
    broken_organ,
    in_order,
    is_org,
    issuers_from_title,
    named_organs,
    normalize_organ,
    same_organ,
    split_organs,
    starts_organ,
)
from gongbao.structure.places import is_place_name, place_before, places_in, starts_with_place
from gongbao.structure.speakers import (
    meeting_place,
    opens_speech,
    parse_speaker,
    read_occasion,
    speaker_org,
)
from gongbao.structure.title import (
    BYLINE_TAIL,
    LEADING_NUMBER,
    continues_title,
    plain,
    tidy_title,
    title_like,
    title_start,
    translation_line,
)
from gongbao.structure.zones import (
    ADOPTED,
    APPROVAL_NOTE,
    ATTACHMENT_LABEL,
    DATED_MEETING,
    GAZETTE_ISSUE_LINE,
    ISSUER_LABEL,
    MASTHEAD,
    MINUTES_MASTHEAD,
    NOTICE_NO,
    NUMBER_BEFORE_ORDER,
    ORDER_NO,
    ORDER_NOTE,
    PROMULGATED,
    RELEASE_NOTE,
    SALUTATION,
    SPEAKER,
    SPEECH,
    TITLE_THEN_SPEECH,
    dated_by,
    issued_line,
    issued_note,
    number_in_zone,
    order_note,
    split_trailing_date,
    zone_of,
)
from gongbao.titles import CLAUSE_MARKS, CLOSING, TITLE_END, TITLE_KIND, title_end, unclosed

# kept under their old names: tail.py and the tests import them
_SPEAKER = SPEAKER


@dataclass(slots=True)
class Head:
    title: str
    end: int  # index of the first group after the head
    date: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    speaker: str | None = None
    #: the title a news lead names where the page prints none ('某局发布《关于…的通告》')
    named: str = ""
    #: the signature of a promulgation printed above the title (an order's, its 令 line lost)
    signed: list[str] = field(default_factory=list)
    occasion: str | None = None
    #: what is left of the group the head ended in (its lines belong to the body)
    rest: Group | None = None
    #: a date printed beside the title (a web page's publication date): used last
    page_date: str | None = None
    #: the head is an order's (XX人民政府令 第N号)
    order: bool = False
    #: the head's date is the day a meeting adopted the text (a signature's date is later)
    adopted: bool = False
    #: the issuers came from a line under the title only (a site's field): better evidence wins
    weak_issuers: bool = False
    #: (line, zone, text): the evidence for every line the head took
    zones: list[tuple[int, str, str]] = field(default_factory=list)
    #: the text left of the line the head ended in, when the 主送 ran onto the first
    #: paragraph on one line ('各单位：为贯彻…')
    cut: str | None = None


def _rules_over_order(
    head: Head, lines: list[tuple[int, int, str, str, int]], k: int
) -> str | None:
    """The headline over an order's line that is the title of the rules the order promulgates:
    a title, quoted by the promulgation under the head ('《T》已经…')."""
    below = "".join(ln[2] for ln in lines[k : k + 6])
    for _no, zone, text in head.zones:
        # (a law's title ends on no kind of document's word, '某某法': quoted whole by the
        # promulgation, a line with no clause in it is its title)
        titled = ends_like_title(text) or CLAUSE_MARKS.search(text) is None
        if zone == "headline" and titled and f"《{text}》" in below:
            return text
    return None


#: an order named by its organ and its number before 令: '国土资源部第45号令', '某某防控工作指挥部
#: 6号令'
_NUMBERED_ORDER = re.compile(rf"(?P<org>[\u4e00-\u9fff]{{2,40}}?){NUMBER_BEFORE_ORDER}")


def _signer_line(text: str) -> bool:
    """An officer's post and name alone, as a signature or a report's speaker line prints them
    ('市长夏德仁', '某某委员会主任委员黄镇东'); a headline on a post does not end on a name
    ('某某辞去某市副市长职务', '某某任某区代理区长')."""
    return 4 <= len(text) <= 40 and SPEAKER.match(text) is not None


def _opens_organ(text: str) -> bool:
    """Whether ``text`` opens with an organ's or a place's name (a place of the division
    list in full: '某某土家族自治县')."""
    placed = places_in(text[:12])
    return starts_organ(text) or (bool(placed) and text.startswith(placed[0]))


#: a telegram's code for the telegraph office that sends it: '温机发', '桂机( )号'
_TELEGRAPH_CODE = re.compile(r"[\u4e00-\u9fff]{1,2}机(?:发|\s*[(（]\s*[)）]\s*号)")
#: a title's first line, its year and its words, nothing else: '2019年某县国民经济和社会发展'
_YEAR_OPENED = re.compile(rf"{YEAR}\s*年度?[\u4e00-\u9fff]{{4,36}}")
#: a bare year opening a line, no 年 or date after it, or a day stamped as digits ('20230607')
_YEAR_TAG = re.compile(r"(?:19|20)\d{2}(?:[01]\d[0-3]\d)?(?![\d年\-－./])")


def parse_head(groups: list[Group], start: int, end: int, raw: dict[int, str]) -> Head:
    """The head of the document in ``groups[start:end]`` (its title, 文号, date, issuers and
    主送, each with the line it was read from), read in steps by the evidence each uses: the
    title line chosen, checked against the page around it, what the page prints around it,
    the title mended; then the issuers and where the body opens."""
    # (group index, line index within it, plain text, raw text, line number)
    lines: list[tuple[int, int, str, str, int]] = []
    for gi in range(start, min(end, start + 40)):
        for li, ln in enumerate(groups[gi].lines):
            text = plain(ln.text)
            if text:
                lines.append((gi, li, text, raw_line(raw, ln), ln.no))
        if len(lines) >= 60:
            break
    base = Head(title="", end=start + 1)
    k0 = _pre_title(lines, base, raw)
    head, k, j = _choose(lines, k0, base, raw)
    if head.doc_number is None and j > k0:
        head.doc_number = _number_in_headline(head)
    k = _mended_choice(lines, head, j, k)
    _headline_or_title(head, lines, raw, k0, j, k)
    if head.title.endswith("》") and (issued := _ISSUED_HEADLINE.fullmatch(head.title)):
        # a news headline that reports a document issued ('中共中央办公厅 国务院办公厅印发
        # 《…方案》'): the page's, the document under it untitled, named by it (the organs
        # the headline names issued the 印发, not the text printed: no issuers from it)
        if head.issuers == issuers_from_title(head.title):
            head.issuers = []
        _untitled(head)
        head.named = head.named or issued.group("named")
    _number_date_issuers_around(head, lines, k0, j)
    head.date = head.date or _approved_on(head, lines)
    _mend_title(head, lines, k0, j, k)
    _year_over_title(head, lines, j)
    _title_run_onto_addressees(head)
    _stacked_issuers_for_title(head)
    _organs_over_headline_title(head)
    _issuers(head, groups, start, end)
    if len(head.issuers) == 1 and PLACELESS.match(head.issuers[0]):
        head.issuers = [_placed(head.issuers[0], head) or head.issuers[0]]
    # where the body starts: the group of line k, split if the head ended inside it
    if k >= len(lines):
        head.end = (lines[-1][0] + 1) if lines else start + 1
    else:
        gi, li = lines[k][0], lines[k][1]
        head.end = gi
        g = groups[gi]
        if head.cut is not None:
            first = replace(g.lines[li], text=head.cut)
            head.rest = Group([first, *g.lines[li + 1 :]], end=g.end)
            head.end = gi + 1
        elif li > 0:
            head.rest = Group(g.lines[li:], end=g.end)
            head.end = gi + 1
    if head.addressees and head.doc_number is None:
        _number_before_addressees(head)
    _stamp_under_headline(head)
    return head


def _stamp_under_headline(head: Head) -> None:
    """A head that prints no title, its date a site's stamp of the day it posted the page, under
    the page's headline ('某某省长权力解密!' / '2018-02-14'): the page's day, not the document's
    (a stamp, figures and dashes: a document dates itself in words, or in a gazette's brackets)."""
    if head.title or not head.date:
        return
    for (_n, above, _a), (_m, zone, text) in pairwise(head.zones):
        if zone == "date" and above == "headline" and _DAY_STAMP.fullmatch(text):
            head.page_date = head.page_date or head.date
            head.date = None
            return


#: a day as a site stamps it: '2018-02-14', '2018/2/14'
_DAY_STAMP = re.compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}")


def _stacked_issuers_for_title(head: Head) -> None:
    """Joint issuers stacked over their date, no title printed ('某办通报〔2016〕16号' / '中共某县
    委办公室' / '某县人民政府办公室' / '(2016年8月18日)'): the first organ's line is no title but
    the first issuer."""
    if not head.title or title_end(head.title) is not None or not is_org(head.title):
        return
    at = next((x for x, (_n, zone, _t) in enumerate(head.zones) if zone == "title"), None)
    if at is None:
        return
    after = head.zones[at + 1 :]
    names = [t for _n, _z, t in takewhile(lambda z: is_org(z[2]), after)]
    if (
        not names
        and after
        and after[0][1] == "date"
        and len(organs := split_organs(head.title)) >= 2
        and all(is_org(o) for o in organs)
    ):
        # organs run together on one line over the date, no title printed ('某市统计局国家
        # 统计局某市调查队' / '2014年3月28日'): a bulletin's issuers
        head.issuers = list(dict.fromkeys([*organs, *head.issuers]))
        _rezone(head, head.zones[at][0], "head")
        head.title = ""
        return
    if not names or len(names) == len(after):
        return
    if after[len(names)][1] != "date":
        return  # (its date in brackets, or bare over the text: '某市统计局' / '…调查队' / date)
    head.issuers = list(dict.fromkeys([head.title, *names, *head.issuers]))
    _rezone(head, head.zones[at][0], "head")
    head.title = ""


#: a 文号's year and 号, its serial printed or lost: '某办发〔2018〕号'
_NUMBER_LIKE = re.compile(r"[〔\[［(（]\d{4}[〕\]］)）]\d{0,4}号$")


def _organs_over_headline_title(head: Head) -> None:
    """Organs' lines, one organ a line, read as the title's first, where the page's headline
    prints the title without them ('最高人民检察院' / '公安部' / '关于…的通告' under the headline
    '关于…的通告'): a joint block of issuers over the title, the title as the headline prints
    it (tests/corpus/README.md). One line of organs over 关于 is the title's first ('某局某局' /
    '关于…的通知'), and so are organs stacked under the 文号."""
    lines = [(no, text) for no, zone, text in head.zones if zone == "title"]
    if len(lines) < 2 or head.title != "".join(text for _no, text in lines):
        return
    at = next(x for x, z in enumerate(head.zones) if z[1] == "title")
    if at > 0 and (
        head.zones[at - 1][1] == "doc_number" or _NUMBER_LIKE.search(head.zones[at - 1][2])
    ):
        # (stacked under the 文号, its serial lost or not: the title's own lines, its issuers
        # named in it)
        return
    headlines = {"".join(text.split()) for _no, zone, text in head.zones if zone == "headline"}
    named = [_issuer_line(text, text) for _no, text in lines]
    for k in range(2, len(lines)):
        if not all(named[:k]):
            return
        rest = "".join(text for _no, text in lines[k:])
        if "".join(rest.split()) in headlines and title_end(rest) is not None:
            head.title = rest
            for no, _text in lines[:k]:
                _rezone(head, no, "head")
            head.issuers = head.issuers or [n for names in named[:k] for n in names]
            return


def _number_in_headline(head: Head) -> str | None:
    """The 文号 a site's headline prints with the same title as the document's own under it
    ('关于…的通知(某某委〔2022〕3号)' over '关于…的通知'): the document's."""
    for _no, zone, text in head.zones:
        if zone == "headline" and "号" in text:
            title, number = tidy_title(text)
            if number and title == head.title:
                return number
            # (or before it, the title in 《》: '某府〔2018〕120号《某某人民政府关于…的通知》')
            if (opens := _NUMBERED_HEADLINE.match(text)) and (
                text[opens.end() :].strip().removeprefix("《").removesuffix("》") == head.title
            ):
                return find_doc_number(text[: opens.end()])
    return None


def _rezone(head: Head, line: int, zone: str) -> None:
    """The head's evidence for ``line`` read again as ``zone`` (a line taken for a headline
    that is the title's first, a masthead's line taken for the title's last)."""
    head.zones = [(n, zone if n == line else z, t) for n, z, t in head.zones]


def _reading_of(head: Head) -> tuple[int, str] | None:
    """The headline over the title that names the page a reading of it: '《T》解读' over T."""
    for no, zone, text in head.zones:
        if zone == "headline" and text.endswith("解读") and f"《{head.title}》" in text:
            return no, text
    return None


def _own_unpublished(title: str, lines: list[tuple[int, int, str, str, int]], j: int) -> str | None:
    """The title without a publishing page's '公开' where the lines under it print it so, on
    one line or two."""
    own = title[:-2]
    if title_end(own) is None:
        return None
    below = [ln[2] for ln in lines[j + 1 : j + 9]]
    for k, text in enumerate(below):
        if text == own or (k + 1 < len(below) and text + below[k + 1] == own):
            return own
    return None


#: a count of the people a notice recruits, as a site's headline prints it before its kind or
#: in brackets at its end
_HEADCOUNT = re.compile(r"\d{1,5}[人名](?:公告|简章)$|[(（]\d{1,5}[人名][)）]$")


def _choose(
    lines: list[tuple[int, int, str, str, int]], k0: int, base: Head, raw: dict[int, str]
) -> tuple[Head, int, int]:
    """Of the title-like lines from ``k0`` on, the one the head is read from (each is read as
    the title with what follows it, and scored): the head, the line its text opens at and
    the title's line."""
    # a page may print a headline before the document's own title (a repost's, a site's):
    # of the title-like lines above the text, the one the head zones follow is the title
    best: tuple[float, Head, int, int] | None = None
    # a page that opens with a table's header row prints no title over it
    opens_table = k0 < len(lines) and lines[k0][2] in _TABLE_HEADS
    # a page whose record gave the title opens the body with the meeting it was read at
    # ('——2026年1月21日在某旗' / '第十四届人民代表大会第五次会议上'): no title line to look for
    untitled = k0 < len(lines) and _opens_with_occasion(lines, k0)
    for j in [k0] if opens_table or untitled else _candidates(lines, k0):
        trial = _copy(base)
        opened = len(trial.zones)
        _between(lines, k0, j, trial, raw)
        between = [z for _no, z, _t in trial.zones[opened:]]
        # (its 文号 right above it, a line or a few: not one a run of the text's lines parts
        # from it, as a page that put each span on a line prints its sentences)
        numbered_above = "doc_number" in between and between[::-1].index("doc_number") <= 4
        k = j if untitled else _title(lines, j, trial, raw)
        after = len(trial.zones)
        k = _post_title(lines, k, trial)
        score = _score(trial, lines, k0, j, after) - (0 if title_start(trial.title) else 1.0)
        if numbered_above and not any(z == "doc_number" for _no, z, _t in trial.zones[after:]):
            score += 2.0  # its 文号 printed above it, as GB/T 9704 prints it, under a headline
        if is_org(trial.title) or _ORGAN_LIST.fullmatch(trial.title):
            score -= 2.0  # an issuer's name alone (or a table's list of units) is no title
        elif is_place_name(trial.title):
            score -= 2.0  # nor a place's alone (a site's tag of its place: '辽宁')
        if TITLE_KIND.fullmatch(trial.title) or _KINDS_COLUMN.fullmatch(trial.title):
            # a kind alone, or two: a site's column ('通知', '通知公告') over the title
            score -= 2.0
        if trial.title and not title_like(trial.title):
            score -= 2.0  # a site's line or a news headline ('…为禁牧期!大同区最新公告')
        elif "发布关于" in trial.title and _PUBLISHED_ABOUT.fullmatch(trial.title):
            score -= 3.0  # a news headline of who published what ('某省发布关于…的通告')
        elif _organ_published(trial.title):
            score -= 3.0  # the same without 关于: '某部发布某某办法', '某市出台…实施意见'

        if "关于" in trial.title and _ABOUT_TWICE.search(trial.title):
            # a headline cut short, the title printed whole under it ('某县重要公告关于开展某某' /
            # '关于开展某某疫苗…的公告'): read together they say the same 关于 twice
            score -= 2.0
        if ATTACHMENT_LABEL.match(trial.title) or _signer_line(trial.title):
            # an attachment's or a table's label alone ('附件1-3', '表4-1:'), or an officer's
            # post and name ('市长夏德仁', a signature under a promulgation run onto one line)
            score -= 3.0
        if trial.title and any(
            unclosed(trial.title, a, b) < 0 for a, b in (("（", "）"), ("(", ")"))
        ):
            # a line that closes a bracket it never opened: the end of a note wrapped over two
            # lines ('（…令第44号公布根据…' / '《…的决定》第三次修正）'), no title
            score -= 2.0
        if trial.title[:1].isdigit() and _HISTORY_LINE.match(trial.title):
            # a line of the text's history under its title ('1995年4月29日…会议《关于修改〈…〉的
            # 决定》第一次修正'), no title, whatever zones follow it
            score -= 3.0
        if not trial.title:
            score -= 5.0  # a head without a title only where nothing could be one
        elif not _IDEOGRAPH.search(trial.title):
            score -= 3.0  # figures and marks alone: a record's value ('593440027/2017-00032')
        elif ">" in trial.title or "＞" in trial.title:
            score -= 3.0  # a breadcrumb's arrow ('某某网 > 生态'): no title's mark
        elif _STAMPED_DAY.search(trial.title):
            score -= 3.0  # a day as a site stamps it ('…石板房2022-09-09 8…'): no title's words
        if j < len(lines) and _collection(lines[j][2]):
            score -= 2.0  # an essay site's collection of documents, not one's title
        if j < len(lines) and _HEADCOUNT.search(lines[j][2]):
            # a recruitment site's headline that counts the posts ('2023年某省…考试公告(360人)',
            # '2025年某省选调…300人公告'): the document's own title counts none
            score -= 1.0
        if j > k0 and _introduced(lines, j):
            score += 1.5  # the page says the document follows: its title, not the headline
        if (
            j > k0
            and ends_like_title(trial.title)
            and _printed_between(raw, lines[k0][4], lines[j][4], _BYLINE_WORDS)
            and (
                _retitled(lines[k0][2], trial.title)
                # (or a title in the form's words, '…关于…的方案', under a headline in a news
                # site's own: '某年某县招聘教师30人公告')
                or (
                    title_start(trial.title)
                    and "关于" in trial.title
                    and not trial.title.startswith("《")
                    and not any("关于" in lines[x][2] for x in range(k0, j))
                )
            )
            and not _lost_from(lines[k0][2], trial.title)
        ):
            # the site's headline, its byline ('2022-04-13 09:23 来源:…'), then a title: the
            # document's own, as the site printed its text under its byline
            score += 0.5
        if (
            j > k0
            and best is not None
            and best[3] == k0
            and _issuer_in_full(best[1].title, trial.title)
        ):
            # a site's headline naming the issuer short ('某镇关于X的通告'), then the document's
            # own stacked head naming it in full ('某县某镇人民政府' / '关于X的' / '通 告'): the
            # document's
            score += 2.5
        if (
            j > k0
            and best is not None
            and _names_issuer(trial.title)
            and not _names_issuer(best[1].title)
        ):
            # a title naming its issuer ('某某县人民政府关于…') under a site's headline; the more
            # so under a headline in a news site's words, no 关于 in it ('某某领导小组最新通告')
            score += 0.5 if "关于" in best[1].title else 1.5
        if (
            j == k0 + 1
            and best is not None
            and best[3] == k0
            and _same_kind_restated(best[1].title, trial.title)
            and k < len(lines)
            and not title_like(lines[k][2])
        ):
            # two titles of one kind stacked, the second over the text ('2014年某省某县招聘事业
            # 单位公告' / '某县2014年8月公开招聘事业单位工作人员公告' / '根据…'): the site's
            # headline, then the document's own
            score += 0.3
        if (
            j > k0
            and best is not None
            and best[3] == k0
            and best[1].title.endswith(("公开", "公开说明", "公开情况"))
            and ends_like_title(trial.title)
            and _retitled(best[1].title, trial.title)
        ):
            # a site's headline of a budget's publication ('某局2019年部门决算公开') over the
            # document's own title ('某局2019年度' / '部门决算'): the document's
            score += 0.3
        if (
            j > k0
            and best is not None
            and best[3] == k0
            and trial.title
            and (label := _PIECE_LABEL.match(best[1].title))
            # (its headline's subtitle run on after it: '第一篇:某某 任期1至3年' / '某某')
            and best[1].title[label.end() :].startswith(trial.title)
        ):
            # an essay site's piece by its label and title ('第一篇:某某公告'), then the
            # document's own title: the document's
            score += 1.0
        if (
            j > k0
            and best is not None
            and best[1].title
            and title_end(best[1].title) is None
            and _organ_over_kind(trial)
        ):
            # a news headline that names no kind of document ('某某食品被处罚') over the
            # document's own head, its issuer's line over its kind's ('某区市场监督管理局' /
            # '行政处罚决定书'): the latter
            score += 1.5
        elif (
            j > k0
            and best is not None
            and best[3] == k0
            and best[1].title
            and title_end(best[1].title) is None
            and not _names_issuer(best[1].title)
            and _organ_over_about(trial)
        ):
            # a site's headline that names no kind of document nor an issuer (another page's
            # question, '某市积分入学什么时候开始申请') over a stacked head, the issuer's line over
            # its '关于…的通告' lines: the document's own
            score += 1.0
        if (
            j > k0
            and best is not None
            and "关于" not in best[1].title
            and trial.title.startswith("关于")
            and ends_like_title(trial.title)
            and _retitled(best[1].title, trial.title)
        ):
            # a site's headline in its own words, no 关于 ('某市312国道…施工交通管理通告',
            # printed again and again), over the document's own '关于…的通告': the document's
            score += 0.5
        if j > k0 and best is not None and _place_tagged(best[1].title, trial.title):
            # a site's headline that is the title with a place tagged before it ('某市某县关于…
            # 的通告' over '关于…的通告'): a place names no issuer, the title under it is the
            # document's own
            score += 0.5
        if (
            trial.title
            and k < len(lines)
            and "《" in lines[k][2]
            and _CARRIES_OUT.search(lines[k][2][:80].replace(f"《{trial.title}》", "《》"))
        ):
            # the text's first sentence carries out what the line names ('《关于…的通知》' /
            # '为落实《关于…的通知》…,制定如下方案'): the text it carries out, no title of its own
            score -= 3.0
        if best is None or score > best[0]:
            best = (score, trial, k, j)
        if best[0] >= _BEST_SCORE:
            break  # no later candidate can score higher (and a tie keeps the first)
    assert best is not None
    _, head, k, j = best
    return head, k, j


#: a dated line of a text's history: a day, and what was done to the text on it
_HISTORY_LINE = re.compile(
    rf"^{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日.*(?:通过|修正|修订|批准|公布|发布)$"
)
#: a first sentence that carries out a text it names: '为落实《》…', '根据《》要求'
_CARRIES_OUT = re.compile(r"^\s*(?:为|為)?(?:落实|落實|贯彻|貫徹|根据|根據|按照|依据|依據)《》")


def _organ_over_kind(trial: Head) -> bool:
    """Whether the title was read from two lines, an organ's name over a title of its kind
    alone (that names no organ of its own)."""
    titled = [t for _n, z, t in trial.zones if z == "title"]
    return (
        len(titled) == 2
        and is_org(titled[0])
        and ends_like_title(titled[1])
        and not starts_organ(titled[1])
        and "关于" not in titled[1]
        and "令" not in titled[1]  # (an order's line under its organ's: a head of its own)
    )


#: a clause's comma
_CLAUSES = re.compile(r"[,，]")
#: a text's first sentence saying what kind of document it is: '…现就有关事项通知如下'
_KIND_FOLLOWS = re.compile(r"(?P<kind>通知|公告|通告|决定|意见|批复)如下")
#: the same '关于' and its first words twice in one title: a headline and the title run together
_ABOUT_TWICE = re.compile(r"(关于[\u4e00-\u9fff]{4}).*\1")


def _organ_over_about(trial: Head) -> bool:
    """Whether the title was read from an organ's line over lines opening with 关于 and
    ending like a title ('某某指挥部办公室' / '关于…' / '…的通告')."""
    titled = [t for _n, z, t in trial.zones if z == "title"]
    return (
        len(titled) >= 2
        and is_org(titled[0])
        and titled[1].startswith("关于")
        and ends_like_title(trial.title)
    )


def _headline_or_title(
    head: Head,
    lines: list[tuple[int, int, str, str, int]],
    raw: dict[int, str],
    k0: int,
    j: int,
    k: int,
) -> None:
    """Whether the chosen title is the document's, by what the page prints around it (a
    site's tag or headline, a news lead, stacked headlines, an essay site's heading, a file's
    name): where the document prints no title of its own, it is left untitled or named by
    the page."""
    if (
        head.title
        and _signer_line(head.title)
        and not ends_like_title(head.title)
        and j + 1 < len(lines)
        and (zone_of(lines[j + 1][2]) == "date" or SALUTATION.match(lines[j + 1][2]))
        and (speaker := parse_speaker(head.title))
    ):
        # a report that opens on its speaker's line, no title over it ('某区审计局局长 某某' /
        # its date or '主任、各位副主任…'): the speaker, who names the issuer; no title
        head.speaker = speaker[0] + (" " + speaker[1] if speaker[1] else "")
        if not head.issuers and (org := speaker_org(speaker[0])):
            head.issuers = [org]
        head.title = ""
        head.zones = [(n, "speaker" if z == "title" else z, t) for n, z, t in head.zones]
    if j > k0 and (listed := _contents_after(lines, k0)):
        # the parts a package lists under its heading or contents' head, passed over to the
        # title: recorded as its contents, not as a headline
        part_lines = {ln[4] for ln in lines[k0 : k0 + listed + 1]}
        head.zones = [
            (n, "contents" if n in part_lines and z == "headline" else z, t)
            for n, z, t in head.zones
        ]
    if (
        head.title
        and (tagged := _BARE_PLACE_ABOUT.match(head.title))
        and is_place_name(tagged.group("place"))
        and not PLACELESS.match(tagged.group("place")[-1])  # (a bare name: no level at its end)
        and _addressed_below(head, lines, k)
    ):
        # a site's headline tagged with a place's bare name ('某省关于开展全区…的通知') over a
        # document that opens with its 主送: the site's, the document prints no title
        _untitled(head)
    if (
        head.title
        and j > k0
        and lines[j - 1][2].endswith(("如下:", "如下："))
        and "现将" in lines[j - 1][2]
    ):
        # a line under the text's own lead ('…现将…日程公告如下:'): what the lead announces (a
        # table's caption, a list's heading), not the document's title, which stands above
        # it (a repost's '全文如下:' introduces the document, title and all)
        _untitled(head)
    if (
        head.title
        and (tagged := _PLACE_COLON.match(head.title))
        and (is_place_name(tagged.group("place")) or tagged.group("place") in _LEVEL_TAGS)
        and _addressed_below(head, lines, k)
    ):
        # the same, tagged with a colon ('市:某市工业和信息化局转发关于…的预通知') over the 主送
        _untitled(head)
    if head.title and _DECIDES.search(head.title) and not ends_like_title(head.title):
        # a news deck that says what was decided ('省文明委决定授予' / '某县4个村镇、8家单位' /
        # '"省文明村镇"和"省文明单位"称号'): a sentence, no document's title
        _untitled(head)
    if head.title and k < len(lines) and _FIRST_PIECE.fullmatch(lines[k][2]):
        # an essay site's heading over its collection's first piece ('2015年某某批复' / '第一篇'
        # / the piece's 主送): the collection's name, not the piece's title
        _untitled(head)
    if _site_tag(head.title) and k < len(lines) and _opening_sentence(lines[k][2]):
        # a site's short tag over the text (its account's name, '和林信访'), no title of the
        # document's own: the page's line, kept as its headline
        _untitled(head)
    if (
        head.title
        and title_end(head.title) is None
        and "关于" not in head.title  # (a document's title the page cut: '关于…孔明灯的')
        and _untitled_below(lines, j)
    ):
        # a news headline over its lead and '公告全文如下:', the document's text under it with
        # no title of its own: the headline is the page's, the document is untitled (named
        # by the lead where it quotes its title: '…发布《关于…的公告》')
        _untitled(head)
        head.named = head.named or _quoted_in_lead(lines, j)
    if (
        head.title
        and not title_like(head.title)
        and title_end(head.title) is None
        and "关于" not in head.title
    ):
        # a line no title prints (a news headline's '!' or '~', a site's pipes) naming no kind
        # of document and no issuing: the page's headline, the document untitled
        _untitled(head)
    if (
        head.title
        and not title_like(head.title)
        and "关于" not in head.title
        and any(z == "addressee" for _n, z, _t in head.zones)
    ):
        # such a line over the document's 主送 ('某县每月1910元!调整全省最低工资标准' / '各市、
        # 自治州人民政府,…:'), a kind's word in it or not: the site's headline, as the
        # document opens with its 主送
        _untitled(head)
    if (
        head.title
        and title_end(head.title) is None
        and "关于" not in head.title
        and not _names_issuer(head.title)
        and k < len(lines)
        and (said := _KIND_FOLLOWS.search(lines[k][2])) is not None
        and said.group("kind") not in head.title
        and not any(z in ("masthead", "doc_number") for _n, z, _t in head.zones)
    ):
        # another page's headline ('某省妇幼保健院入园体检预约挂号流程') over a text whose first
        # sentence says what kind it is ('…现就…有关事项通知如下'), a kind the headline does
        # not name: the page's, the document prints no title; nor is the day under the
        # headline the document's
        _untitled(head)
        head.date = None
    if (
        head.title
        and title_end(head.title) is None
        and "关于" not in head.title
        and len(_CLAUSES.findall(head.title)) >= 3
        and any(z == "addressee" for _n, z, _t in head.zones)
    ):
        # a site's banner of slogans over the document's 主送, a clause after a clause on each
        # line ('某某工作存史资政育人,是一项…的崇高事业' / '…走向开放,走向现代化'): no title's
        # words, the document prints none
        _untitled(head)
    if head.title and _CLAUSE_OPENING.match(head.title):
        # a sentence's opening clause ('为有效预防森林火灾,确保…,根据《…'): the text's first
        # line, printed with no title over it
        _untitled(head)
    if (
        head.title
        and len(head.title) <= 4
        and not ends_like_title(head.title)
        and head.title[0] != "第"
    ):
        # four characters or fewer that name no kind of document: a site's or an app's name
        # ('爱昌乐'), a column's ('政务动态'), never a document's title
        _untitled(head)
    if (
        head.title
        and not head.issuers
        and title_end(head.title) is None
        and (
            (is_org(head.title) and split_organs(head.title) == [head.title])
            # (or organs' names run together: '某市统计局 国家统计局某市调查队')
            or (
                len(organs := split_organs(head.title)) >= 2
                and all(is_org(o) and (starts_with_place(o) or starts_organ(o)) for o in organs)
            )
        )
        and k < len(lines)
        and _SENTENCE_OPENS.match(lines[k][2])
    ):
        # an organ's name alone over a text that opens at once ('某区国资局' / '根据《…》…'):
        # who issues it, printed for a title the document does not have
        head.issuers = split_organs(head.title)
        head.weak_issuers = True
        _untitled(head)
    if head.title and (reading := _reading_of(head)) is not None:
        # the page's headline names it a reading of the document ('《T》解读') over the
        # document's title T: the page is the reading (a report on T), titled by its headline,
        # issued by no one T names
        no, text = reading
        head.title, head.issuers, head.doc_number = text, [], None
        head.zones = [
            (n, "title" if n == no else ("subtitle" if z == "title" else z), t)
            for n, z, t in head.zones
        ]
    if head.title and (stacked := _stacked_headline(head)) is not None:
        # a news item's headlines stacked over its text, a line each ('区人大常委会召开第十一次
        # 会议' / '决定某某代理区长职务…'): the first is its title, the rest its subtitles
        no, text = stacked
        head.title = text
        head.zones = [
            (n, "title" if n == no else ("headline" if z == "title" else z), t)
            for n, z, t in head.zones
        ]
    if head.title and _editor_lead_under(head, raw, lines[k][4] if k < len(lines) else None):
        # an essay site's headline over its editor's lead ('以下是小编为您带来的…'), the
        # document copied under it printing no title of its own
        _untitled(head)
    if head.title and (broken := _masthead_under_title(head)):
        # the first part of a 红头's 发文机关标志 broken over two lines ('某某整合工作' / '领导组
        # 办公室文件'), taken for the title's last line under the page's headline: the mark's;
        # what is left names no kind of document ('…工作经验', a site's column): no title
        mark_line, mark_start, mark_rest = broken
        _rezone(head, mark_line, "masthead")
        head.title = "".join(t for _n, z, t in head.zones if z == "title")
        joined = mark_start + mark_rest
        if not head.issuers and is_org(joined) and starts_with_place(joined):
            head.issuers = [joined]  # (two lines in order, a place first: no interleaving)
        if not ends_like_title(head.title):
            _untitled(head)
    if head.title and _collection(head.title):
        # an essay site's heading of the documents it collects ('某某纪要(汇总三篇)'), no
        # piece's own title under it: the page prints none
        _untitled(head)
    if _PUBLISHED_NAMED.fullmatch(head.title) and title_end(head.title[:-1]) is not None:
        # a news lead's words, who published what ('某局发布' / '《关于…的通告》'): the page
        # names the document, it prints no title of it
        head.named = head.title[head.title.index("《") + 1 : -1]
        _untitled(head)
    if "发布关于" in head.title and (said := _PUBLISHED_ABOUT.fullmatch(head.title)):
        # a news headline, who published what: '某县发布关于禁止…的安全提示' (a title names its
        # organ before 关于, never a verb of publishing): the page names the document
        head.named = said.group("named")
        _untitled(head)
    if (
        head.title
        and not ends_like_title(head.title)
        and any(z == "title" and _COLUMN_TAGGED.match(t) for _n, z, t in head.zones)
    ):
        # a news site's headline under its column's tag ('关注丨某县中小学…延迟开学'), naming no
        # kind of document: the site's, the document under it untitled
        _untitled(head)
    if _organ_published(head.title):
        # the same without 关于 ('某部发布某某办法'): a news headline, no title of the
        # document (nor its kind: what it names may be what the document issues)
        _untitled(head)
    if head.title.endswith(_FILE_ENDS) and (named := _FILE_NAME.fullmatch(head.title)):
        # a sharing site's name of the file over its text: the document's title without the
        # file's extension, or as the text under it prints it, its place before it
        head.title = named.group("stem")
        opening = re.sub(r"\s+", "", lines[k][3][:200]) if k < len(lines) else ""
        unbracketed = re.sub(r"[(（][^()（）]{1,6}[)）]", "", head.title)
        if head.title not in opening and unbracketed in opening:
            head.title = unbracketed  # (the file named by a form's slot: '某乡人民政府(部门)…')
        placed = opening.find(head.title)
        if placed > 0 and is_place_name(opening[:placed]):
            head.title = opening[: placed + len(head.title)]


def _number_date_issuers_around(
    head: Head, lines: list[tuple[int, int, str, str, int]], k0: int, j: int
) -> None:
    """The 文号, date and issuers the head's zones lack, where the page prints them around
    the title: in its headline, a database's date line, the 公告 or promulgation over the
    title, a news lead."""
    if head.doc_number is None and head.title:
        head.doc_number = _headline_number(head)
    if head.date is None and head.zones and head.zones[-1][1] == "head":
        # a database's entry (title, issuer, title again, issuer), then the gazette's date line
        # in brackets ('(1992年6月15日 国家旅游局)')
        last = head.zones[-1][0]
        at = next((x for x, ln in enumerate(lines) if ln[4] > last), None)
        if at is not None and lines[at][2][:1] in "(（" and zone_of(lines[at][2]) == "date":
            head.date = _iso(lines[at][2])
            _record(head, lines[at], "date")
    if j > k0 and (notice := _notice_above(lines, j, head.title)) is not None:
        # a 公告 that publishes the text titled below it ('中华人民共和国最高人民法院' / '公告' /
        # '《T》已于…通过。现予公布…' / its date / T): one document, T's, dated and issued as
        # the 公告 that published it
        head.title, date, head.issuers, signers = notice
        head.date = _iso(date) or head.date
        head.signed = signers or head.signed  # (the 公告's signers, over its date)
    if head.date is None and (signed := _promulgated_above(lines, j, head.title)):
        # the promulgation of the document titled below, signed and dated over its title
        head.signed, head.date = [signed[0]], _iso(signed[1])
    if not head.issuers and (lead := _lead_issuer(lines, j)):
        # a news lead that says who issued what follows ('…指挥部发布公告,…公告全文如下:')
        head.issuers = [lead]


#: a budget unit's code before its name: '360035', '105001'
_UNIT_CODE = re.compile(r"^\d{3,9}(?=[\u4e00-\u9fff])")
_BUDGET_WORDS = re.compile(r"[预决]算")


def _before_news_tag(title: str) -> str:
    """The title without a place's news channel run onto its end ('…戒严令' + '某市新闻'),
    where what is before the place ends as a title does; '' where there is none."""
    for size in range(2, 7):
        place, rest = title[-2 - size : -2], title[: -2 - size]
        if is_place_name(place) and ends_like_title(rest):
            return rest
    return ""


def _mend_title(
    head: Head, lines: list[tuple[int, int, str, str, int]], k0: int, j: int, k: int
) -> None:
    """The title as the document prints it: an aggregator's year or a stray 》 taken off;
    completed where its lines were parted (its issuer's name, 关于, a bracket, its first
    lines); an order titled by the rules it promulgates; the document's own title where the
    page printed it again under a headline of its own."""
    if (
        (unit := _UNIT_CODE.match(head.title))
        and starts_with_place(head.title[unit.end() :])
        and _BUDGET_WORDS.search(head.title)
    ):
        # a budget unit's code glued before its name ('360035某市某某幼儿园2023年单位预算公开
        # 说明'): the finance system's number, not the title's
        head.title = head.title[unit.end() :]
    if (
        head.title[:2] in ("19", "20")
        and (tag := _YEAR_TAG.match(head.title))
        and _opens_organ(head.title[tag.end() :])
    ):
        # an aggregator's year glued before an organ's title ('2022某县人民政府森林防火封山令',
        # or its day, '20230607某县林长制办公室关于…'): no title opens on a bare year or day
        # before its issuer (a year of its own reads '2022年')
        head.title = head.title[tag.end() :]
    if (
        head.title.endswith("》")
        and (quoted := _ORGAN_QUOTED.fullmatch(head.title))
        and is_org(quoted.group("org"))
    ):
        # an organ's line over its document's title in 《》 ('某县防汛抗旱指挥部办公室' /
        # '《致全县广大人民群众的一封信》'): the title, and the organ that issues it
        head.title = quoted.group("own")
        head.issuers = head.issuers or [quoted.group("org")]
    if head.title.endswith(("新闻", "新聞")) and (rest := _before_news_tag(head.title)):
        # a site's channel of its place's news run onto the title's end ('…防火戒嚴令呼和浩特
        # 新聞'): no title ends on it after its kind
        head.title = rest
        head.issuers = head.issuers or issuers_from_title(rest)
    if (tag := _TELEGRAPH_CODE.match(head.title)) and starts_organ(head.title[tag.end() :]):
        # a 明电's telegraph code run onto its title ('温机发温州市人民政府办公室关于…的紧急通知'):
        # the telegram's head, no word of the title; the issuers the title then names
        code = tag.group(0)
        head.title = head.title[tag.end() :]
        head.issuers = [n.removeprefix(code) for n in head.issuers] or issuers_from_title(
            head.title
        )
    if head.order and head.title.endswith("令") and (rules := _rules_over_order(head, lines, k)):
        # the rules' title printed over their order's line (a law collection's heading, then
        # '某总局令' / '第20号' / '《T》已经…通过'): a 令 is titled by the rules it promulgates
        order_org = head.title[:-1]
        head.title = rules
        head.zones = [
            (n, "title" if z == "headline" and t == rules else z, t) for n, z, t in head.zones
        ]
        if not head.issuers and is_org(order_org):
            _order_issuer(head, order_org)  # (the organ whose order it is, as its line names it)
    if (
        (at := head.title.find("关于")) > 0
        and CLAUSE_MARKS.search(head.title[:at])
        and "号" not in head.title[:at]  # (a head's 文号 garbled by a comma is no clause)
        and ends_like_title(head.title[at:])
    ):
        # a news headline's clauses run onto the title's lines ('某省政府发文,要求…到100%' /
        # '关于…的实施意见'): no title holds a clause before its 关于; the title is from 关于 on
        head.title = head.title[at:]
    if head.title.endswith(("公开", "公開")) and (own := _own_unpublished(head.title, lines, j)):
        # a publishing page's headline, the document's title and '公开' ('…部门决算公开'), over
        # the document's own title printed without it ('2021年度' / '…部门决算'): its own
        head.title = own
    if head.title.endswith("》") and "《" not in head.title:
        # a closing mark no opening one matches ('关于…的暂行规定》', the notice's '某部关于
        # 印发《' lost in extraction): the text's own title, without it
        head.title = head.title[:-1].rstrip()
    if head.title and not ends_like_title(head.title):
        head.title = _completed(head.title, [ln[2] for ln in lines[:j]]) or head.title
    if " " in head.title and (own := _after_headline(head.title)):
        head.title = own
    if head.title and unclosed(head.title) != 0 and (whole := _headline_whole(head)):
        # the head's title lost a bracket ('…清单' / '2024年)的通知', its issuers' lines taken
        # for a masthead) where the page's headline prints it whole: the headline's
        head.title = whole
    if (
        head.title
        and j > k0
        and (names := issuers_from_title(head.title))
        and head.title.startswith(names[0])
        and broken_organ(lines[j - 1][2], names[0])
        and title_end(lines[j - 1][2]) is None  # (a whole title above is a headline)
    ):
        # the issuer's long name broken over the title's first two lines ('某区新型冠状病毒
        # 肺炎' / '疫情联防联控工作指挥部' / '关于…的通报'), the first taken for a headline
        above = lines[j - 1][2]
        head.title = above + head.title
        head.issuers = [above + names[0] if n == names[0] else n for n in head.issuers]
        _rezone(head, lines[j - 1][4], "title")
    if head.title and "关于" not in head.title and j > k0:
        above = lines[j - 1][2]
        if above.endswith("关于") and is_org(above[:-2]) and head.zones:
            # the title's first line, its issuer and 关于 ('某某办公室关于' / '印发《…》的通知'),
            # taken for a headline over it: the title's
            head.title = above + head.title
            _rezone(head, lines[j - 1][4], "title")
    if (
        head.title
        and j > k0
        and is_org(above := lines[j - 1][2].strip())
        and not head.title.startswith(above)
        and norm_title(above + head.title) in _published_names(lines[max(k0, j - 10) : j - 1])
    ):
        # the rules a 公告 publishes, their title over two lines, its first their organ's
        # name ('某县人大常委会' / '某某办法'), taken for the 公告's signature: the title is
        # both lines, as the promulgation names it ('…审议通过了《某县人大常委会某某办法》')
        head.title = above + head.title
        _rezone(head, lines[j - 1][4], "title")
    if (
        head.title
        and j > k0
        and len(head.title) <= 6
        and ends_like_title(head.title)
        and (above := lines[j - 1][2])
        and not ends_like_title(above)
        and 6 <= len(above) <= 40
        and _YEAR_OPENED.fullmatch(above)
        and ends_like_title(above + head.title)
        and any(n == lines[j - 1][4] and z == "headline" for n, z, _t in head.zones)
    ):
        # a title whose kind alone was taken for it, its first line for a headline over it
        # ('2019年某县国民经济和社会发展' / '统计公报'): the two lines are the title
        head.title = above + head.title
        _rezone(head, lines[j - 1][4], "title")
    if head.title.startswith("的"):
        # a title's last line alone ('的决议': its first lines run into the text by a page
        # that scrambled it): the headline above that ends with it, or no title
        head.title = next(
            (t for _g, _l, t, _r, _n in lines[:j] if t.endswith(head.title) and len(t) > 8), ""
        )
    if head.doc_number is None and "号" in head.title and (m := _NUMBERED_KIND.match(head.title)):
        # a 通告 numbered between its issuer and its kind: '某某指挥部〔2021〕第3号通告'
        head.title = m.group("issuer") + m.group("kind")
        head.doc_number = re.sub(r"\s+", "", m.group("number"))
    for at, (_no, zone, text) in enumerate(head.zones):
        if (
            zone == "title_again"
            and (_without_issuer(head.title, text) or _without_place(head.title, text))
            and not _issuers_above(head.zones, at, head.title[: -len(text)])
            and (text.startswith("关于") or not _titled_by_organ_line(head, at))
        ):
            # a page's name for the document (its issuer, then its title) over the title as
            # the document prints it, without the issuer: the document's own (not where the
            # issuers are the lines above it, the title printed over two lines or three)
            if _without_place(head.title, text):
                head.issuers = issuers_from_title(text) or head.issuers
            elif not head.issuers and not text.startswith("关于"):
                # (its kind's words alone: the organ the page's name put before them issues it)
                head.issuers = split_organs(head.title[: -len(text)])
            head.title = text
            break
        if (
            zone == "title_again"
            and at > 0
            and head.zones[at - 1][1] == "head"
            and place_before(joined := head.zones[at - 1][2] + text, head.title)
        ):
            # the document's own title over two lines, its place before the issuer the site's
            # headline left out ('江西省全南县中寨中心小学' / '2021年部门预算编制说明'): the
            # document's own
            head.title = joined
            break
        if (
            zone == "title_again"
            and at + 1 < len(head.zones)
            and head.zones[at + 1][1] == "title_again"
            and _without_issuer(head.title, again := text + head.zones[at + 1][2])
            and not _issuers_above(head.zones, at, head.title[: -len(again)])
        ):
            # a page's name for the document (its issuer, then its title) over the title as
            # the document prints it over two lines, without the issuer ('关于…的' / '通告'):
            # the document's own, as for one line above
            head.title = again
            break
        if (
            zone == "title_again"
            and at + 1 < len(head.zones)
            and head.zones[at + 1][1] == "title_again"
            and (again := text + head.zones[at + 1][2]) != head.title
            and _TITLE_NOISE.sub("", again) == _TITLE_NOISE.sub("", head.title)
            and ends_like_title(again)
        ):
            # the document's own head under the site's headline, over two lines, quoting what
            # it issues otherwise ('…关于印发《…》的通知' over '…关于印发…' / '…的通知'): its own
            head.title = again
            break
        if (
            zone == "title_again"
            and 0 < at < len(head.zones) - 1
            and head.zones[at - 1][1] == "head"
            and head.zones[at + 1][1] == "title_again"
            and (
                _without_issuer(head.title, again := text + head.zones[at + 1][2])
                or (
                    head.title.startswith("关于")  # (a title that names no issuer of its own)
                    and _TITLE_NOISE.sub("", again) == _TITLE_NOISE.sub("", head.title)
                )
            )
            and is_org(issuer_line := head.zones[at - 1][2])
            and not head.title.startswith(issuer_line)
            # (the last row of a joint block of issuers' lines is none of the title's)
            and not (at >= 2 and head.zones[at - 2][1] == "head" and is_org(head.zones[at - 2][2]))
        ):
            # the document's own head under the site's (its issuer's line, its title over two
            # lines), the site's naming its issuer otherwise or not at all: the document's own
            head.title = issuer_line + again
            break
    if (
        not head.title
        and head.doc_number
        and any(z == "order_no" for _n, z, _t in head.zones)
        and (m := ORDER_LINE.match(head.doc_number))
        and is_org(m.group("org"))
    ):
        # an order's line read as its number, no title under it ('某市人民政府令第1号' printed
        # over and over): titled by its order line, as an order that prints no rules is
        head.title = m.group("org") + "令"
    if (
        head.title
        and (runon := _after_headline_again(head))
        and (runon.startswith("关于") or starts_organ(runon))
    ):
        # the page's headline printed again, the document's own title run onto it on one line
        # ('养老金上调最新消息…调整通知   关于2016年调整…的通知'): the own title
        head.title = runon
    if head.title.startswith(LEAD_DAYS) and (own := _title_after_lead(head.title)):
        # a news lead run onto the document's own title on one line ('近日 某某厅发布《关于…》
        # 某县…被评为“…” 某某厅关于…的通知'): the title its issuer names before 关于, at the end
        head.title = own
        head.issuers = issuers_from_title(own)


#: a lead's marks, which no title that names its issuer holds
_LEAD_MARKS = re.compile(r"[“”\"，。,；;：:]")


def _after_headline_again(head: Head) -> str | None:
    """What the title holds after a headline of the page's above it, printed again at its
    start, where that is a whole title."""
    for _no, zone, text in head.zones:
        if (
            zone == "headline"
            and len(text) >= 8
            and ends_like_title(text)  # (a whole headline, not an issuer's line)
            and head.title.startswith(text)
            and ends_like_title(rest := head.title[len(text) :])
            and len(rest) >= 8
        ):
            return rest
    return None


def _title_after_lead(text: str) -> str | None:
    """The whole title at the end of a news lead's line, which its issuer's name opens
    before 关于 (no quote mark or sentence's mark after it): the first such, past the lead's
    own words."""
    if not ends_like_title(text):
        return None
    about = text.find("关于", 6)
    while about > 0:
        for start in range(max(4, about - 30), about - 1):
            own, issuer = text[start:], text[start:about]
            if (
                starts_organ(issuer)
                and all(is_org(n) for n in split_organs(issuer))
                and not _LEAD_MARKS.search(own)
            ):
                return own
        about = text.find("关于", about + 2)
    return None


#: a revision noted after a title: '(修正)', '(2019年修订)'
_REVISION_NOTE = re.compile(r"\s*[(（](?:\d{4}年[^()（）]{0,8})?(?:修订|修正|修改)稿?[)）]$")
#: the day a text was issued, noted under its title, its later revisions after it:
#: '1993年12月16日发布 根据1997年12月29日发布的…令第119号修正'
_ISSUED_ON = re.compile(
    # (the State Council's approval of a ministry's rules first: '1983年4月9日国务院批准　1983年
    # 4月20日某部发布')
    rf"^(?:{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[\u4e00-\u9fff]{{2,12}}?批准[\s，,]*)?"
    rf"(?P<date>{YEAR}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*"
    # (the organs that issued it perhaps named: '1981年4月6日 国务院发布', '…国务院、中央军委发布')
    r"(?P<organs>[\u4e00-\u9fff、]{2,40}?)?\s*(?:发布|公布|颁布|印发)(?!的)"
)


def _issuing_organs(named: str | None) -> list[str] | None:
    """The organs an issue line names before its verb, each an organ's name (none named: []);
    None where the words name no organs ('正式发布')."""
    return named_organs(named) if named else []


#: a 文号 whose year, number and closing bracket a page ran together: '吉政公组〔20212'
_GARBLED_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,8}〔\s*(?:19|20)\d{2,5}\s*")
#: a file's name as a sharing site prints it over the file's text: '某某2022年部门预算.pdf'
_FILE_NAME = re.compile(r"(?P<stem>[^.。]{6,80})\.(?:pdf|docx?|wps|PDF|DOCX?)")
_FILE_ENDS = (".pdf", ".doc", ".docx", ".wps", ".PDF", ".DOC", ".DOCX")
#: a date at the start of what follows a 文号
#: (or as a system prints it: '沪财会[2015]28号 2015-4-24各区县财政局,…')
_DATE_AT = re.compile(r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d))\s*")


def run_on_number(text: str) -> tuple[str, str | None, str] | None:
    """A 文号 opening a text with no break after it, as an abstract prints one
    ('市政办函[2018]54号2018年3月20日各区、县人民政府,…'): the number, the date right after it
    if any, and the rest; None where the text opens otherwise."""
    m = LEADING_NUMBER.match(text)
    number = find_doc_number(m.group(0)) if m else None
    if number is None or not text.startswith(number):
        return None
    rest = text[len(number) :]
    dated = _DATE_AT.match(rest)
    return number, _iso(dated.group(0)) if dated else None, rest[dated.end() :] if dated else rest


def _number_before_addressees(head: Head) -> None:
    """The 文号 (and the date) an abstract runs onto the 主送: the document's, not part of an
    addressee."""
    first = head.addressees[0]
    run = run_on_number(first)
    if run is None or len(first) <= len(run[0]) + 2:
        return
    head.doc_number, date, head.addressees[0] = run
    head.date = head.date or date


def _again_over_two(joined: str, title: str) -> bool:
    """Whether two lines joined print the title again, whole or without its issuer."""
    return ends_like_title(joined) and (
        _same_title(joined, title) or _without_issuer(title, joined)
    )


def _headline_whole(head: Head) -> str | None:
    """The page's headline, where it is the head's title with its brackets whole: the same
    characters but for the brackets, the headline's balanced, ending as the title does."""
    bare = _BRACKETS.sub("", head.title)
    for _no, zone, text in head.zones:
        if (
            zone == "headline"
            and unclosed(text) == 0
            and _BRACKETS.sub("", text).endswith(bare)
            and text.endswith(head.title[-4:])
        ):
            return text
    return None


#: a title's round brackets, which a page may have lost one of
_BRACKETS = re.compile(r"[()（）]")


def _without_place(title: str, again: str) -> bool:
    """Whether ``again`` is ``title`` without a place a site put before it ('保定腰山镇人民政府
    关于…' over the document's own '腰山镇人民政府关于…')."""
    if len(again) < 8:
        return False
    if place_before(title, again):
        return True
    # a site's headline that tags the province and says whose the document is: '(贵州省)关于
    # 黔东南州黄平县2022年…的报告' over the report's own '黄平县2022年…的报告'
    prefix = title[: -len(again)] if len(title) > len(again) and title.endswith(again) else ""
    bare = re.sub(r"^[(（]([^()（）]{2,8})[)）]", r"\1", prefix).replace("关于", "")
    return bool(bare) and "关于" in prefix and is_place_name(bare)


def _issuers_above(zones: list[tuple[int, str, str]], at: int, issuers: str) -> bool:
    """Whether the line above zone ``at`` (or the two, joint issuers a line each) print
    ``issuers``, the title's opening."""
    above = [t for _n, _z, t in zones[max(0, at - 2) : at]]
    return bool(above) and (above[-1] == issuers or "".join(above) == issuers)


def _titled_by_organ_line(head: Head, at: int) -> bool:
    """Whether the title's words again at zone ``at`` are under an organ's line, or the title
    was joined from that organ's line over them: the organ's line and the words are the
    document's title, as printed ('某区人民政府' / '2022年政府信息公开工作年度报告')."""
    issuer = head.title[: -len(head.zones[at][2])]
    return (at > 0 and is_org(head.zones[at - 1][2])) or any(
        zone == "title" and text == issuer for _no, zone, text in head.zones
    )


def _without_issuer(title: str, again: str) -> bool:
    """Whether ``again`` is ``title`` without the issuer's name it opens with (its 关于 line,
    or its kind's words alone: '某局行政处罚决定书' over '行政处罚决定书')."""
    return (
        (again.startswith("关于") or (ends_like_title(again) and not starts_organ(again)))
        and len(again) < len(title)
        and title.endswith(again)
        and is_org(title[: -len(again)])
    )


#: what a site adds after a headline: '(全文)', '（全文）'
_HEADLINE_NOTE = re.compile(r"[(（](?:全文|全文发布|原文|图文)[)）]$")


def _after_headline(title: str) -> str | None:
    """The document's own title where a site printed its headline on the title's line, apart
    ('(河南省)2020年某县人民政府工作报告(全文)  政府工作报告'): the second, whole, which the
    headline restates."""
    parts = title.split()
    if len(parts) != 2:
        return None
    headline, own = parts
    headline = _HEADLINE_NOTE.sub("", headline)
    # (the headline restates the title: a title printed over two lines is not cut apart)
    if len(own) >= 4 and own in headline and ends_like_title(own):
        return own
    return None


def _completed(title: str, above: list[str]) -> str | None:
    """The whole title, where a page printed the document's title cut short (a law
    database's record: '关于印发某某办理人大代表建议', the kind word lost, under its issuer's line
    joined onto it) and a headline above the head holds it whole: the headline, which the cut
    title's tail opens (at least ten characters of it, so that a shared word is not enough)."""
    for text in above:
        if not ends_like_title(text):
            continue
        for at in range(max(0, len(title) - len(text)), len(title) - 9):
            if text.startswith(title[at:]):
                return text
    return None


def _signature_over_date(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """An organ's name alone over a date line: a signature (a page that opens in the text of
    a notice and prints its end twice), not a title."""
    return (
        j + 1 < len(lines)
        and zone_of(lines[j + 1][2]) == "date"
        and not ends_like_title(lines[j][2])
        and is_org(lines[j][2])
    )


def _candidates(lines: list[tuple[int, int, str, str, int]], k0: int) -> list[int]:
    """Where the title may start: the first line after the pre-title zones, and each
    title-like line after it until the text of the document begins."""
    out = [k0]
    if k0 < len(lines) and addressee_line(lines[k0][2]):
        return out  # a page that opens with the 主送: no title printed, the text follows it
    # (a page that opens with its text's first sentence is past any title: a later line is
    # the title only with a head under it)
    past_text = k0 < len(lines) and _opening_sentence(lines[k0][2])
    # a page that opens with a news report (its first line a paragraph, no title): the
    # report's paragraphs are passed over, however many, to the document it reports
    reported = k0 < len(lines) and "。" in lines[k0][2] and len(lines[k0][2]) > 30
    # or a page that says, below its news paragraphs, that the document follows ('全文如下:')
    reported = reported or any(
        _introduced(lines, x) for x in range(k0 + 1, min(len(lines), k0 + 24))
    )
    stem: str | None = None  # an essay site's collection: '某某会议纪要三篇'
    item = -1  # the line after the collection's first item heading ('某某会议纪要一')
    issued: set[str] = set()  # the texts the lines above issue ('现将《X》转发你县')
    # a page that publishes a package under its heading, its parts listed first ('2023年某县
    # 政府决算公开' / '一、 政府决算报告' / '二、 …' / '1、 …' …): the lines are looked at past
    # the list, as far as they would be without it
    listed = _contents_after(lines, k0)
    for j in range(k0, min(len(lines), k0 + 24 + listed)):
        if k0 < j <= k0 + listed:
            continue
        text = lines[j][2]
        if "现将" in text and "《" in text:
            issued.update(re.findall(r"《([^》]+)》", text))
        introduced = _introduced(lines, j)
        if j >= k0 + 14 + listed and not introduced:
            continue  # (a title that deep only where the page says the document follows)
        if m := _collection(text):
            stem = m.group("stem")
        elif stem and re.fullmatch(re.escape(stem) + r"\s*(?:篇\s*)?(?:一|1|[(（]一[)）])", text):
            item = j + 1
            continue  # (the first piece's mark, '某某纪要 篇1': no title)
        if j == k0:
            continue
        if addressee_line(text) or CLOSING.match(text):
            break  # (the text under its 主送; or its closing words, its signature under them)
        if len(text) > 12 and text.endswith(("；", ";", "。")) and match_number(text) is not None:
            break  # (a numbered item of the text, its clause closed: the text has begun)
        if (
            text.startswith("附")
            and _ATTACHMENT_OPENS.match(text)
            and not says_text_follows(text)  # ('附件:调查报告全文': a pointer to what follows)
        ) or (past_text and not reported and "。" in text):
            break  # the document's text has begun (or its attachments)
        if "。" in text and len(text) > 30:
            # a news lead (one paragraph) before the document it reports: past it, only a
            # whole title with its head under it (adoption, date, 文号) can be the title; a
            # lead under a headline that names no kind ('某区撤销某乡设立某镇') may run on
            past_text = True
            reported = reported or _kindless_headline(lines, k0, j)
            continue
        if (text[:1] == "【" or "||" in text or "｜｜" in text) and (
            own := _after_headline_tag(text)
        ):
            text = own  # (a site's headline in brackets before the title: the title's line)
        if _title_at_meeting(lines, j) is not None:
            out.append(j)  # (a report's title with its meeting run on, over its meeting line)
            continue
        if (
            (title_like(text) or _broken_title(lines, j))
            and title_start(text)
            and match_number(text) is None
            and not _POINTER.match(text)
            and not text.startswith(("的", "和", "及", "暨", "与", "等"))
            and text not in issued  # a text the document issues, printed under it
            and not is_place_name(text)  # a site's tag of the place ('辽宁'), no title
            and not _signature_over_date(lines, j)
            # (nor a part's name under its ordinal alone: '第一部分' / '某局部门概况')
            and not (j > k0 and _LONE_PART.fullmatch(lines[j - 1][2]))
            and (
                not past_text
                or _headed_title(lines, j)
                or (_broken_title(lines, j) and _headed_title(lines, j + 1))
                or j == item
                or _kind_under(lines, j)
                or introduced
                or _news_names_above(lines, k0, j)
            )
        ):
            out.append(j)
    return out


#: a news site's column tag before its headline: '关注丨…', '聚焦｜…'
_COLUMN_TAGGED = re.compile(r"^[\u4e00-\u9fff]{2,4}\s*[丨｜]\s*\S")
#: a line that points to where the details are: '明细详见:某某预算公开表', '详见附件'
_POINTER = re.compile(r"(?:明细|具体|详细|详情)?详见")


def _news_names_above(lines: list[tuple[int, int, str, str, int]], k0: int, j: int) -> bool:
    """Whether a news lead above ``j`` says the title on ``j`` was published ('某市政府网站发布
    《T》,明确提出…' / T / its text): the document the news reports, printed in full under it."""
    title = lines[j][2]
    if not ends_like_title(title):
        return False
    return any(
        m.group("named") == title
        for x in range(k0, j)
        if "《" in lines[x][2]
        for m in _ISSUED_HEADLINE.finditer(lines[x][2])
    )


def _broken_title(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """A title broken over two lines, its first not one alone: '关于调整中心城区' /
    '封控管控区域的通告' under a site's headline."""
    text = lines[j][2]
    return (
        text.startswith("关于")
        and j + 1 < len(lines)
        and not ends_like_title(text)
        and ends_like_title(lines[j + 1][2])
        and continues_title(text, lines[j + 1][2])
    )


def _mended_choice(lines: list[tuple[int, int, str, str, int]], head: Head, j: int, k: int) -> int:
    """The chosen head read again where its title line is something else: an order's organ and
    number on two lines, a report's speaker, a masthead's kind over a number and the title.
    The line the text opens at."""
    if (
        head.doc_number is None
        and (m := _NUMBERED_ORDER.fullmatch(head.title))
        and is_org(m.group("org"))
    ):
        # its organ and its number printed a line each ('某某指挥部' / '2号令'): the title joined
        # is its number, as it is printed on one line
        head.doc_number = head.title
        head.order = True
    if (
        head.title
        and j + 1 < len(lines)
        and head.title == lines[j][2]
        and SALUTATION.match(lines[j + 1][2])
        and (speaker := parse_speaker(lines[j][3])) is not None
    ):
        # a report that opens with its speaker's line, then '各位代表:' (a page that printed
        # no title or meeting over it): the line is the speaker's, the report untitled
        _untitled(head)
        head.zones = [
            (n, "speaker" if n == lines[j][4] and z == "headline" else z, t)
            for n, z, t in head.zones
        ]
        head.speaker = speaker[0] + (" " + speaker[1] if speaker[1] else "")
        if not head.issuers and (org := speaker_org(speaker[0])) is not None:
            head.issuers = [org]
    if (below := _title_under_number(lines, k, head)) is not None:
        k = _post_title(lines, below, head)
    return k


def _masthead_under_title(head: Head) -> tuple[int, str, str] | None:
    """The title's last line, where it is the first part of a 发文机关标志's name broken over
    two lines ('某某整合工作' / '领导组办公室文件', its 文号 under it): (its line number, its
    text, the name's rest on the mark's line)."""
    zones = head.zones
    kinds = [z for _n, z, _t in zones]
    if kinds.count("title") < 2 or "masthead" not in kinds:
        return None
    last_title = max(k for k, z in enumerate(kinds) if z == "title")
    mark = kinds.index("masthead")
    if mark != last_title + 1 or mark + 1 >= len(zones) or kinds[mark + 1] != "doc_number":
        return None
    m = MASTHEAD.match(zones[mark][2])
    name = m.group("name").strip() if m else ""
    line, _z, text = zones[last_title]
    return (line, text, name) if broken_organ(text, name) else None


def _stacked_headline(head: Head) -> tuple[int, str] | None:
    """The first of a news item's headlines printed a line each right over the title line,
    none of them naming a kind of document, over a title that names none either (the title
    one line, no line between): its line number and text; None where the title is a
    document's or stands alone."""
    titled = [n for n, z, _t in head.zones if z == "title"]
    if len(titled) != 1 or "关于" in head.title or head.title.endswith(_DOCUMENT_KINDS):
        return None
    by_line = {n: (z, t) for n, z, t in head.zones}
    no, first = titled[0], None
    while (above := by_line.get(no - 1)) is not None and above[0] == "headline":
        text = above[1]
        if (
            len(text) < 8
            or text.endswith("。")  # (a news lead's sentence, no headline)
            or title_end(text) is not None
            or is_org(text)
            or _NOT_A_HEADLINE.search(text)
            or _numbered_heading(text)  # (an item of a list: '一、部门收支总表')
        ):
            break
        no, first = no - 1, (no - 1, text)
    return first


#: the kinds a document's own title ends with (a news headline ends otherwise)
_DOCUMENT_KINDS = (
    "通知",
    "通报",
    "决定",
    "意见",
    "批复",
    "函",
    "公告",
    "通告",
    "报告",
    "办法",
    "规定",
    "条例",
    "方案",
    "规划",
    "纪要",
    "公示",
    "细则",
    "命令",
    "决议",
    "决定书",
    "通知书",
    "告知书",
)
#: what no news headline prints: a site's marks, a page's number or date, a pipe, a link
#: (nor a list's number before it: '12.中央调整…', an item of a page of links)
_NOT_A_HEADLINE = re.compile(r"[|｜>»:：]|版|\d{4}[-/.年]|http|www|^\d{1,3}[.、．]")


#: a byline's source label opening a line
_SOURCE_LABEL = re.compile(r"\s*(?:来源|來源|文章来源|信息来源)\s*[:：]")


def _issuer_in_full(headline: str, title: str) -> bool:
    """Whether ``title`` is ``headline`` with the organ before its 关于 named in full: the same
    words from 关于 on, an organ's longer name before them that ends with the short one's
    last words ('某镇' → '某县某镇人民政府')."""
    a, b = headline.find("关于"), title.find("关于")
    if a < 2 or b <= a or headline[a:] != title[b:]:
        return False
    short, full = headline[:a], title[:b]
    return (
        _HAN_NAME.fullmatch(full) is not None
        and is_org(full)
        and short[-2:] in full
        and len(full) > len(short)
    )


#: a name of ideographs alone: no figures, no brackets
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{3,30}")


def _editor_lead_under(head: Head, raw: dict[int, str], below: int | None) -> bool:
    """Whether the page printed an essay site's editor's lead between the head's title and
    the next line the head reads (the cleaner took it out), or an encyclopedia's lead that
    names the title as its entry ('第一批某某城市由某部办公厅于2016年6月23日公布。')."""
    last = max((no for no, zone, _t in head.zones if zone == "title"), default=None)
    if last is None:
        return False
    end = min(below if below is not None else last + 6, last + 6)
    for no in range(last + 1, end):
        printed = raw.get(no, "")
        if EDITOR_LEAD.search(printed) is not None and not _SOURCE_LABEL.match(printed):
            # (not a byline crediting the site's editor: '来源: 某某小编整理 · 2020-11-11')
            return True
        if "由" in printed and (lead := WIKI_LEAD.match(printed.strip())) is not None:
            return lead.group("entry") == head.title
    return False


def _site_tag(title: str) -> bool:
    """A short line that names no kind and no organ: a site's tag or account, not a title."""
    return (
        re.fullmatch(r"[\u4e00-\u9fff]{2,6}", title) is not None
        and not title.startswith("第")  # ('第21次': a series' number, the minutes' title)
        and title_end(title) is None
        and not is_org(title)
    )


def _contents_after(lines: list[tuple[int, int, str, str, int]], k0: int) -> int:
    """How many lines under the first one list a package's parts: numbered, short, no
    sentence (six at least; fewer are a document's own first items)."""
    n = 0
    for text in (ln[2] for ln in lines[k0 + 1 : k0 + 60]):
        numbered = (
            match_number(text) is not None
            or (text[:1] == "第" and _PART.match(text) is not None)  # ('第二部分 …决算表')
            or (
                # (a contents table's serials, counted from 01: '01关于某县决算的报告', '02…表')
                (serial := _SERIAL.match(text)) is not None and int(serial.group(1)) == n + 1
            )
        )
        if not numbered or "。" in text or len(text) > 40:
            break
        n += 1
    return n if n >= 6 else 0


#: a package's part in its contents: '第一部分 部门概况'
_PART = re.compile(r"第[一二三四五六七八九十]{1,3}部分")
#: a serial of two digits before a part's name, no mark after it ('01关于…', '02一般…')
_SERIAL = re.compile(r"(\d{2})(?=\s|[^\d.．、,，:：)）])")


#: an essay site's page collecting several documents: '安徽省政府会议纪要三篇', '…(精选5篇)'
_COLLECTION = re.compile(
    r"^《?(?P<stem>.{4,30}?)(?:[一二三四五六七八九十\d]{1,2}篇"
    r"|[(（](?:精选|汇总|通用|热门|优秀)?[一二三四五六七八九十\d]{1,2}篇[)）])》?$"
)


def _collection(text: str) -> re.Match[str] | None:
    """``_COLLECTION`` of a line, which ends with 篇 or its bracket: the ending settles the
    other lines without the pattern's 27 starts."""
    return _COLLECTION.match(text) if text.endswith(("篇", "篇)", "篇）", "》")) else None


#: who published what, as a news lead says it: '某局发布《关于…的通告》'
_PUBLISHED_NAMED = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:发布|印发|公布)了?《[^《》]{4,80}》")
#: who published what, without quotes: '某县发布关于禁止…的安全提示'
_PUBLISHED_ABOUT = re.compile(r"[\u4e00-\u9fff]{2,20}?发布(?P<named>关于[^。，,]{4,80})")
#: an organ, then its publishing of what the headline names, no 关于 after it: '某部发布某某办法'
_ORGAN_PUBLISHED = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{2,20}?(?:部|局|委|厅|院|署|政府|办公厅|办公室))(?:发布|出台)(?!关于|的|《)"
)


def _organ_published(title: str) -> bool:
    """Whether a title is a news headline of an organ publishing what it names, no 关于 after
    the verb: '某部发布某某办法' (a candidate scored down, a chosen title left untitled)."""
    return (
        ("发布" in title or "出台" in title)
        and (published := _ORGAN_PUBLISHED.match(title)) is not None
        and is_org(published.group("org"))
    )


#: a news lead naming who issued the document it introduces: '【财新网】北京市…办公室发布疫情防控
#: 通告,要求…'
_ISSUED_BY_LEAD = re.compile(
    # (after the day, as a lead gives it: '今(24)日,', '近日,')
    r"^(?:【[^】]{1,10}】)?\s*(?:(?:今|昨)?[(（]?\d{1,2}[)）]?日|近日|日前|今天|昨天|今日)?[,，]?\s*"
    r"(?P<org>[\u4e00-\u9fff]{4,40}?(?:办公室|办公厅|指挥部|领导小组|人民政府"
    r"|委员会|局|厅))(?:(?:\d{1,2}月)?\d{1,2}日)?"
    # (or its own words naming what follows: '国家体育总局办公厅官方通知如下:')
    r"(?:(?:发布(?:了)?[^,，。;；]{0,10}?|官方)(?:通告|公告|通知|命令|决定)"
    # (or the document by its title in 《》: '某厅2月1日发布《关于…的公告》')
    r"|发布(?:了)?《[^《》]{2,80}?(?:通告|公告|通知|命令|决定)》)"
)


def _lead_issuer(lines: list[tuple[int, int, str, str, int]], j: int) -> str | None:
    """The organ a news lead names as issuing the document the page then gives in full."""
    for x in range(max(0, j - 4), min(len(lines), j + 8)):
        text = lines[x][2]
        if (m := _ISSUED_BY_LEAD.match(text)) is None or not is_org(m.group("org")):
            continue
        for y in range(x, min(len(lines), x + 3)):
            if says_text_follows(lines[y][2]):
                return m.group("org")
    return None


def _headline_number(head: Head) -> str | None:
    """The 文号 a site's headline opens with, the headline naming the same document as the
    title ('凌政办发[2020]35号凌海市推进…实施细则的通知' over '凌海市人民政府办公室关于印发…
    的通知')."""
    for _no, zone, text in head.zones:
        if zone != "headline" or (m := LEADING_NUMBER.match(text)) is None:
            continue
        number = find_doc_number(m.group(0))
        rest = text[m.end() :].strip()
        if number and len(rest) >= 8 and rest[-6:] == head.title[-6:]:
            return number
    return None


def _quoted_in_lead(lines: list[tuple[int, int, str, str, int]], j: int) -> str:
    """The one title of a document (ending as a title ends) that a news lead under ``j``
    quotes before it says the document follows."""
    quoted: list[str] = []
    for x in range(j + 1, min(len(lines) - 1, j + 8)):
        text = lines[x][2]
        if text.endswith(("下:", "下：")) and FOLLOWS.search(text):
            break
        quoted += [q for q in re.findall(r"《([^《》]{4,80})》", text) if title_end(q)]
    return quoted[0] if len(set(quoted)) == 1 else ""


def _untitled_below(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """Whether the page says the document follows ('公告全文如下:') a few lines under ``j``,
    and what follows is a sentence, no title."""
    for x in range(j + 1, min(len(lines) - 1, j + 8)):
        text = lines[x][2]
        if text.endswith(("下:", "下：")) and FOLLOWS.search(text):
            below = lines[x + 1][2]
            return len(below) > 60 or "。" in below or "，" in below or "," in below
    return False


def _introduced(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """A title under the page's words that the document follows (a decoration between)."""
    for k in range(j - 1, max(-1, j - 3), -1):
        text = lines[k][2]
        if text.endswith(ANNOUNCING_ENDS):
            return says_text_follows(text)
        if len(text) > 4:
            return False
    return False


def _kindless_headline(lines: list[tuple[int, int, str, str, int]], k0: int, j: int) -> bool:
    """Whether the line above the lead at ``j`` is a news headline: a short line that names
    no kind of document (a document's own title would)."""
    above = lines[j - 1][2]
    return j - 1 >= k0 and 6 <= len(above) <= 40 and "。" not in above and title_end(above) is None


def _headed_title(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """A complete title with a head zone on the line under it, or a title naming its issuers
    over its 主送 (the text perhaps run onto it: '各县市人民政府,州直各部门:根据…'); the issuer's
    line of such a title too, over its 关于 line."""
    title = lines[j][2]
    if (
        j + 2 < len(lines)
        and lines[j + 1][2].startswith("关于")
        and is_org(title)
        and ends_like_title(lines[j + 1][2])
    ):
        title, j = title + lines[j + 1][2], j + 1
    elif (
        j + 3 < len(lines)
        and lines[j + 1][2].startswith("关于")
        and is_org(title)
        and TITLE_KIND.fullmatch(lines[j + 2][2])
    ):
        # over three lines: the issuer, its 关于 line, its kind alone ('某县人民政府' / '关于…的'
        # / '通告'), the text opening under it
        title, j = title + lines[j + 1][2] + lines[j + 2][2], j + 2
        return _TEXT_OPENS.match(lines[j + 1][2]) is not None and bool(issuers_from_title(title))
    if not ends_like_title(title) or j + 1 >= len(lines):
        return False
    below = lines[j + 1][2]
    if zone_of(below) in ("adopted", "date", "doc_number", "speech", "promulgated"):
        return True
    if (kind := title_end(title)) is not None and f"{kind.group(1)}如下" in below:
        # the text under it announces what the title names ('…禁烧公告' / '…现公告如下:'): the
        # document's own title, under a repost's lead
        return True
    colon = min((at for at in (below.find("："), below.find(":")) if at >= 0), default=-1)
    return (
        0 < colon < 120 and bool(issuers_from_title(title)) and addressee_line(below[: colon + 1])
    )


_BYLINE_WORDS = re.compile(
    r"来源|發布時間|发布时间|发布日期|浏览|点击|阅读次数|访问量|访问次数|索引号|作者[:：]"
)


def _same_kind_restated(headline: str, title: str) -> bool:
    """Two titles that end on the same kind, neither the other's start or end (the second no
    line of the first): a headline and the document's own title."""
    a, b = title_end(headline), title_end(title)
    return (
        a is not None
        and b is not None
        and a.group(0) == b.group(0)
        and not title.startswith(headline)
        and not headline.endswith(title)
        and not title.endswith(headline)
        # (not the same title printed again with a character lost: '…2023年10月份…' /
        # '…202310月份…')
        and len(set(headline) ^ set(title)) > 2
    )


#: an organ's name, then a title in 《》: '某某办公室《致…的一封信》'
_ORGAN_QUOTED = re.compile(r"(?P<org>[\u4e00-\u9fff]{4,30})《(?P<own>[^《》]{4,60})》")
#: a place's bare name before a title's 关于: '四川关于…'
_BARE_PLACE_ABOUT = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)关于")
#: a site's tag of a place, or of a level alone, and a colon before its headline: '市:', '广东:'
_PLACE_COLON = re.compile(r"(?P<place>[\u4e00-\u9fff]{1,4})[:：]")
_LEVEL_TAGS = frozenset({"省", "市", "县", "区", "州"})


def _addressed_below(head: Head, lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Whether the document opens with its 主送 under the head (on a line of its own or run
    onto its first sentence)."""
    if any(z == "addressee" for _n, z, _t in head.zones):
        return True
    return (
        k < len(lines)
        and (m := _ADDRESSED_TEXT.match(lines[k][2])) is not None
        and addressee_line(m.group("to"))
    )


#: a decision told as a sentence: '某委决定授予…称号'
_DECIDES = re.compile(r"决定(?:授予|给予|表彰|任命|免去|对)")
#: a date line, or a month's: '2020年11月', '2021年6月3日'
_DAY_OR_MONTH = re.compile(
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
    # (or its year's figures lost, as a mirror strips them: '年6月25日': a date's line still)
    r"|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)
#: a subtitle after a dash, no date in it: '——某区第四次全国经济普查顺利完成'
_DASHED_SUBTITLE = re.compile(r"[—─-]{1,2}\s*[^\d。，,；;]{4,38}")
#: an essay site's mark of a collection's first piece
_FIRST_PIECE = re.compile(r"第\s*[一1]\s*篇")
#: an officer's post, as a line ends with it
_POST_LAST = re.compile(r"(?:主任|书记|省长|市长|县长|区长|州长|旗长|局长|主席)$")
#: the words a site's breadcrumbs open with
_CRUMB_WORDS = re.compile(r"当前的?位置|您的位置|现在的?位置|所在位置")


def _retitled(headline: str, title: str) -> bool:
    """Whether a title under a site's headline names the same document in other words ('石楼县
    第二中学校2022年预算公示情况说明' over '石楼第二中学校2022年部门预算'): much of it alike,
    no sentence's opening and no label of a record before it."""
    from rapidfuzz import fuzz

    from gongbao.labels import LABELS

    if title.startswith(("为", "根据", "按照", "依据")) or any(
        title.startswith(label) for label in LABELS if len(label) >= 2
    ):
        return False
    return fuzz.ratio(headline, title) >= 60


def _cut_again(title: str, text: str) -> bool:
    """Whether ``text`` is the title printed again and cut before its kind ('关于印发某某预案的'
    under '某某镇人民政府关于印发某某预案的通知'), whole or without its issuer."""
    cut, whole = _TITLE_NOISE.sub("", text), _TITLE_NOISE.sub("", title)
    if len(cut) < 10 or len(cut) >= len(whole) or title_end(cut) is not None:
        return False
    at = whole.find(cut)
    return at == 0 or (at > 0 and is_org(whole[:at]))


def _lost_from(headline: str, title: str) -> bool:
    """Whether ``title`` is ``headline`` with a date's 年, 月 or 日 lost ('关于202310月份…' under
    '关于2023年10月份…', a page that drops them from its text): the same title, garbled."""
    if not 0 < len(headline) - len(title) <= 3:
        return False
    kept = 0  # (the title's characters found in the headline, in order; the others are lost)
    for ch in headline:
        if kept < len(title) and ch == title[kept]:
            kept += 1
        elif ch not in "年月日":
            return False
    return kept == len(title)


def _place_tagged(headline: str, title: str) -> bool:
    """Whether ``headline`` is ``title`` (from its 关于, ending as a title ends; or without its
    关于) with only a place's name before it (its province in brackets or not): a news site's
    tag, not the issuing organ a title names ('(某省)某市某县' + '某镇…的报告' over '关于某镇…的
    报告')."""
    if not title.startswith("关于") or not ends_like_title(title):
        return False
    if headline.endswith(title):
        tag = headline[: -len(title)]
    elif headline.endswith(title[2:]):
        tag = headline[: -len(title) + 2]
    else:
        return False
    tag = _BRACKETED_PROVINCE.sub(r"\1", tag)
    if tag.endswith(("公布", "发布")):
        tag = tag[:-2]  # (a news site's verb after the place: '某区公布关于…的通告')
    return bool(tag) and is_place_name(tag) and not is_org(tag)


#: a province in brackets before the place a site tags its headline with: '(江西省)抚州市…'
_BRACKETED_PROVINCE = re.compile(r"^[(（]([\u4e00-\u9fff]{2,8}(?:省|自治区|市))[)）]")


def _names_issuer(title: str) -> bool:
    """Whether a title opens with its issuers before 关于 ('某某县人民政府关于…') or is its
    issuer's name and its kind ('某某指挥部办公室通告')."""
    return bool(title) and (bool(issuers_from_title(title)) or _issuer_and_kind(title))


def _kind_under(lines: list[tuple[int, int, str, str, int]], j: int) -> bool:
    """An issuer's line over its document's kind spread apart ('公 告', '决 定') and a head
    zone under that: a title printed in two lines, whatever news text stands above it."""
    return (
        j + 2 < len(lines)
        and len(lines[j + 1][2]) <= 8
        and TITLE_END.fullmatch(_closed_up(lines[j + 1][2])) is not None
        and is_org(lines[j][2])
        and zone_of(lines[j + 2][2]) in ("adopted", "date", "doc_number", "order_no")
    )


def _copy(head: Head) -> Head:
    return Head(
        title=head.title,
        end=head.end,
        doc_number=head.doc_number,
        issuers=list(head.issuers),
        page_date=head.page_date,
        # (the day a bracketed note over the text gave, on a page that printed no title)
        date=head.date,
        zones=list(head.zones),
    )


def _number_on(line: tuple[int, int, str, str, int], raw: dict[int, str]) -> str | None:
    """The 文号 a doc_number line prints; read off the line as printed where the cleaner's
    join of its spaced words ran a word onto the code ('签发: 某某 温政办发明电〔2014〕9 号',
    the signer's name then glued to the code): the printed number, that ends the joined one."""
    number = number_in_zone(line[2])
    if number is None or " " in line[3] or "　" in line[3]:
        return number  # (a line that kept its spaces read as printed)
    printed = _span_printed(raw.get(line[4], ""), line[3])
    printed = find_doc_number(printed) if printed else None
    if printed is not None and printed != number and number.endswith(printed):
        return printed
    return number


def _between(
    lines: list[tuple[int, int, str, str, int]], k0: int, j: int, head: Head, raw: dict[int, str]
) -> None:
    """The lines a headline candidate skipped: their zones still count (a 文号 printed
    between the site's headline and the title)."""
    masthead: list[str] = []
    for k in range(k0, j):
        text = lines[k][2]
        zone = zone_of(text)
        if zone == "doc_number":
            head.doc_number = head.doc_number or _number_on(lines[k], raw)
            _bracketed_day(head, text)
        elif zone == "masthead" and (m := MASTHEAD.match(text)) and m.group("name").strip():
            name = _placed_mark(m.group("name").strip(), lines[k - 1][2] if k > 0 else "")
            masthead.extend(n for n in _mark_names(name) if is_org(n))
        elif zone == "issued" and (issued := issued_line(text)) is not None:
            # a bulletin's 版头 under its name and number: the issuing office and the date
            # ('某某督查室    2022年8月19'), over the title
            _take_issued(head, issued)
        elif zone is None and is_org(text) and _stacked_masthead(lines, k):
            # the 发文机关标志 over '文件', between a site's headline and the title
            masthead.append(text)
            zone = "masthead"
        elif zone is None and k == j - 1 and k > k0 and is_org(text) and len(text) <= 30:
            # the issuer's name alone right over the title, under a site's headline: its
            # 发文机关标志 as a page prints it (confirmed as every masthead is)
            masthead.append(text)
            zone = "masthead"
        _record(head, lines[k], zone or "headline")
    head.zones.extend((0, "masthead_name", n) for n in masthead)


#: a 公告 or 通告 whose title holds its number between the issuer and the kind
_NUMBERED_KIND = re.compile(
    r"^(?P<issuer>\S{4,40}?)(?P<number>[〔\[【（(]\s*\d{4}\s*[〕\]】）)]\s*第\s*\d{1,5}\s*号"
    # (or its year and serial bare: '某某指挥部2022年56号通告')
    r"|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}\s*年\s*第?\s*\d{1,5}\s*号)"
    r"(?P<kind>通告|公告)$"
)
#: the text's attachments begin: 附件, 附 件
#: (or '附:' with what it attaches on the line: '附:某某检验结果汇总表'; a bare '附:' over a
#: news item's text may introduce the document itself)
_ATTACHMENT_OPENS = re.compile(r"^附\s*(?:件|[:：]\s*\S)")
#: a site's headline that opens with a 文号: '京政办发〔2016〕26号…'
_NUMBERED_HEADLINE = re.compile(r"^\S{1,12}[〔\[【（(]\d{4}[〕\]】）)]\d{1,5}号")

#: a site's headline with the 文号 after the title, a space between ('…的通告 桂政通〔2017〕6号')
_HEADLINE_NUMBER_AFTER = re.compile(
    r"[^\s〕\]】）)][ \u3000]+\S{1,12}[〔\[【（(]\d{4}[〕\]】）)]\d{1,5}号$"
)

_HEAD_ZONES = frozenset(
    {"date", "doc_number", "speech", "adopted", "order_no", "addressee", "head", "issuer_label"}
)


#: the highest score a candidate can reach: 主送 (3), two head zones (4), a kind (1)
_BEST_SCORE = 8.0


def _score(
    head: Head, lines: list[tuple[int, int, str, str, int]], k0: int, j: int, after: int
) -> float:
    zones = [z for _no, z, _t in head.zones[after:]]
    # (a zone wrapped over lines is one zone: an adoption note over two lines is no more
    # evidence than one on a line)
    found = sum(z in _HEAD_ZONES and (k == 0 or z != zones[k - 1]) for k, z in enumerate(zones))
    score = 3.0 * bool(head.addressees) + 2.0 * min(2, found)
    score += 1.0 if ends_like_title(head.title) else 0.0
    skipped = sum(1 for _no, z, _t in head.zones if z == "headline")
    if j < len(lines) and (
        _NUMBERED_HEADLINE.match(lines[j][2]) or _HEADLINE_NUMBER_AFTER.search(lines[j][3])
    ):
        score -= 2.0  # a site's headline: '文号 + title', 'title + 文号'
    if "masthead" in zones and "title_again" not in zones[zones.index("masthead") :]:
        # a 发文机关标志 under the title, and no title printed again under it: the line is a
        # site's headline over the document's own head ('某局文件' / '某局' / '公 告' / '2018第3号')
        score -= 1.0
    return score - 0.1 * skipped


def raw_line(raw: dict[int, str], ln: Line) -> str:
    """The line as the reader gave it (spaces and all), where it is this line: a line cut out
    of a longer one (a flattened document) or joined from several has only its own text."""
    text = ln.text.strip()
    # (without a mirror's pinyin readings, which the cleaned line has lost too)
    original = without_readings(raw.get(ln.no, text)).strip()
    if len(original) > 1.5 * len(text) + 10 or ln.last:
        return text
    # (spaces apart, the same characters: not a line the cleaner took words out of, an
    # advertisement standing for a place's name, '某某官网入口发展和改革局' read '*发展和改革局')
    return original if "*" not in text or "*" in original else text


def _span_printed(original: str, piece: str) -> str | None:
    """A piece cut out of a longer line, as that line printed it, spaces and all (the
    cleaner's join of spaced words left none): where the piece's characters are found once
    in the line, spaces between them aside."""
    squeezed = "".join(piece.split())
    if len(squeezed) < 6:
        return None
    spaced = re.compile(r"\s*".join(map(re.escape, squeezed)))
    m = spaced.search(original)
    if m is None or spaced.search(original, m.start() + 1) is not None:
        return None
    return m.group(0)


def _zone_after_translation(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Whether a zone of the head follows the English lines from ``k`` on (a bilingual page's
    translation of its number, over the number: '(No.2 [2004])' / '(2004年第2号)'; a site's
    column's, over the 主送 of a text it printed without its title: 'NEWS INFORMATION')."""
    for x in range(k, min(len(lines), k + 4)):
        if not translation_line(lines[x][2]):
            return zone_of(lines[x][2]) is not None or addressee_line(lines[x][2])
    return False


#: a page's posting day as its system prints it: '2015-05-28'
_POSTED = re.compile(r"(?:19|20)\d{2}-\d{2}-\d{2}")
#: a person's name alone: two to four ideographs, or a transliterated name with its dot
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff]{1,8}")

#: the marks a reply to a deputy's 建议 or a 提案 prints over its 文号: the category of the
#: answer (A: solved, B: being solved, C: kept for reference) and its disclosure
_REPLY_MARK = re.compile(
    r"(?:类别\s*[:：]\s*)?[(（]?\s*[ABC]\s*[)）]?\s*类?|公开|不公开|主动公开|依申请公开"
)


#: a 公告's year in brackets before its serial: '(2020)7号'
_BRACKETED_YEAR = re.compile(r"[(（]\s*(?:19|20)\d{2}\s*[)）]\s*\d")
#: a series' running count after a 公告's number: '2019年第43号(总第221号)'
_RUNNING_COUNT = re.compile(rf"\s*{RUNNING_COUNT}$")


#: an order's number in its year, on the line under the order's name: '2016年 第5号'
_YEAR_ORDER_NO = re.compile(
    r"^[(（]?\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*[号號]\s*[)）]?$"
    # (or its year in square brackets, the serial after them: '([2011]263号)')
    r"|^[(（]\s*[\[〔［]\s*(?:19|20)\d{2}\s*[\]〕］]\s*第?\s*\d{1,5}\s*[号號]\s*[)）]$"
)


def _promulgated_above(
    lines: list[tuple[int, int, str, str, int]], j: int, title: str
) -> tuple[str, str] | None:
    """(signature, date) of a promulgation over the title it promulgates: '《T》已经…通过，现予
    公布…', '省长 某某', the date, then T (an order's cover whose 令 line a page lost)."""
    if j < 3 or not title or zone_of(lines[j - 1][2]) != "date":
        return None
    said, signer = lines[j - 3][2], lines[j - 2][3].strip()
    named = said[1:].partition("》")[0].replace("〈", "《").replace("〉", "》")
    if not (said.startswith("《") and named == title and ("公布" in said or "发布" in said)):
        return None
    if (m := SPEAKER.match(re.sub(r"\s+", "", signer))) is None:
        return None
    return f"{m.group('title')} {m.group('name')}", lines[j - 1][2]


#: a 公告's number under its kind: '第21号', '(第21号)'
_NOTICE_NUMBER = re.compile(r"^[(（]?\s*第\s*[\d一二三四五六七八九十百〇零]{1,6}\s*号\s*[)）]?$")


def _notice_above(
    lines: list[tuple[int, int, str, str, int]], j: int, title: str
) -> tuple[str, str, list[str], list[str]] | None:
    """(title, date, organs, signers) of a 公告 printed over the text it publishes: the organ
    and '公告' (its number perhaps), '《T》…现予公布', the date, then T — its issuer's name on a
    line of its own over it, perhaps, as the promulgation names it ('最高人民法院' / '关于…的
    批复'); the signers, where the 公告 prints them over its date apart from T's lines. (A
    database's page that prints T's title over the promulgation, no 公告 line: the signers are
    the organs.)"""
    if not title or j < 3:
        return None
    x = next((x for x in range(j - 1, max(0, j - 6), -1) if PUBLISHES.search(lines[x][2])), None)
    if x is None or x < 1:
        return None
    between = lines[x + 1 : j]
    dates = [ln[2] for ln in between if zone_of(ln[2]) == "date"]
    # (T printed twice, the second time after its 文号: the first is no signer's line)
    again = norm_title(title)
    names = [ln for ln in between if zone_of(ln[2]) != "date" and norm_title(ln[2]) != again]
    if len(dates) != 1 or not all(is_org(ln[2]) for ln in names):
        return None
    # (the name over the date is the 公告's signer where the title opens with it already, its
    # issuer's line read into it: '最高人民法院' / '2022年2月8日' / '最高人民法院' / '关于…的解释')
    named = "".join(ln[2] for ln in names)
    signed = bool(named) and title.startswith(named)
    printed = title if signed else named + title
    if norm_title(printed) not in _published_names(lines[x : x + 1]):
        return None
    # (each signer as the line spaces them apart: '最高人民法院   最高人民检察院')
    signers = [n for ln in names for n in ln[3].split()] if signed else []
    k = x - 1
    if _NOTICE_NUMBER.match(lines[k][2]):
        k -= 1  # (its number under its kind)
    kind = re.sub(r"\s+", "", lines[k][2])
    organ = ""
    if kind == "公告" and k > 0:
        organ = re.sub(r"\s+", "", lines[k - 1][2])
    elif kind.endswith("公告"):
        organ = kind[:-2]
    if organ:
        return (printed, dates[0], [organ], signers) if is_org(organ) else None
    if signers and all(map(is_org, signers)):
        return printed, dates[0], signers, signers
    return None


def _published_names(lines: list[tuple[int, int, str, str, int]]) -> set[str]:
    """The titles a promulgation among ``lines`` names as published ('《T》…现予公告')."""
    said = "\n".join(ln[2] for ln in lines)
    return {norm_title(m.group("title")) for m in PUBLISHES.finditer(said)}


def _mark_names(name: str) -> list[str]:
    """The issuers a 发文机关标志 names (joint ones parted by wide spaces or 、): a site's
    column of two organ words, '委局文件', names none."""
    return [n for n in re.split(r"\s{2,}|、", name) if len(n) >= 3]


def _record(head: Head, line: tuple[int, int, str, str, int], zone: str) -> None:
    head.zones.append((line[4], zone, line[2]))


def _approved_on(head: Head, lines: list[tuple[int, int, str, str, int]]) -> str | None:
    """The day a higher organ approved the text, where its history prints no other day
    ('1980年5月9日 国务院批准' alone under the title): the day it took effect as approved.
    (Under an adoption the head read, or over a dated line it did not — the ministry's issue,
    '1990年3月12日 国家教育委员会令第8号…发布' — the day is another's: none from here.)"""
    for no, zone, text in head.zones:
        if zone != "revised" or not APPROVAL_NOTE.fullmatch(text) or not (m := DATE.search(text)):
            continue
        at = next((x for x, ln in enumerate(lines) if ln[4] == no), None)
        if at is None or (at + 1 < len(lines) and _ADOPTION_OPENS.match(lines[at + 1][2])):
            return None
        return date_from_match(m)
    return None


def _title_run_onto_addressees(head: Head) -> None:
    """A title run onto its 主送 on one line ('1、某教函202011号某市教育局关于印发…的通知各县(市、
    区)教体局,…:'), the page printing no title of its own: the title (without a list's item
    number and a number the page garbled before it), then the first addressee."""
    if head.title or not head.addressees or "关于" not in head.addressees[0]:
        return
    first = head.addressees[0]
    about = first.index("关于")
    for m in TITLE_KIND.finditer(first, about):
        rest = first[m.end() :]
        if rest.startswith("各") and len(rest) >= 3:
            head.title = _ITEM_AND_NUMBER.sub("", first[: m.end()])
            head.addressees[0] = rest
            return
        if _recipient_after_title(first[: m.end()], rest, about):
            head.title = first[: m.end()]
            head.addressees[0] = rest
            return


def _recipient_after_title(title: str, rest: str, about: int) -> bool:
    """Whether a whole title, its issuer before 关于, is run onto a recipient that
    does not open with 各 ('…关于商请会签《…》的函省直有关部门、单位:', '…的函省发展改革委、…:'):
    the title's brackets all closed (a kind's word inside 《》 ends no title), the recipient
    opening like an organ, a level's or 有关, and ending like a body that receives
    documents."""
    if not 2 <= len(rest) <= 30 or rest[0] in "的之和及与并":
        return False
    if any(unclosed(title, a, b) for a, b in _TITLE_BRACKETS):
        return False
    # (its issuer printed before 关于: where the line opens on 关于, a name before it may have
    # been read off as the masthead's, and the title is not known whole)
    issuer = title[:about]
    if not issuer or not all(is_org(n) for n in split_organs(issuer)):
        return False
    return (starts_organ(rest) or rest.startswith(("有关", "总部"))) and addressee_line(rest + "：")


#: the brackets a title holds closed
_TITLE_BRACKETS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"), ("<", ">"), ("〈", "〉"))


#: what a listed title may open with: its item's number, a 文号 whose brackets the page lost
_ITEM_AND_NUMBER = re.compile(r"^(?:\d{1,2}[、.．]\s*)?(?:[\u4e00-\u9fff]{1,8}\d{4,8}号)?")


def _year_over_title(head: Head, lines: list[tuple[int, int, str, str, int]], j: int) -> None:
    """A title printed with its year on a line of its own above it ('2021年度' / '某镇人民政府部门
    决算'): the year is the title's first words, not a headline."""
    if not head.title or j < 1 or j >= len(lines) or head.title[:1].isdigit():
        return
    above = lines[j - 1]
    if _YEAR_ALONE.fullmatch(above[2]) is None or not head.title.startswith(lines[j][2][:4]):
        return
    if lines[j][4] - above[4] > 1 and not _YEAR_TITLED.search(head.title):
        return  # (a site's column by its year, a blank line over a title of another kind)
    head.title = above[2] + head.title
    head.zones = [(n, "title" if n == above[4] else z, t) for n, z, t in head.zones]


#: the kinds of text a year titles ('2021年度' / '某局部门决算'): accounts, reports, plans
_YEAR_TITLED = re.compile(r"[预决]算|报告|总结|计划|要点|规划|方案|公报|年报|清单|目录")
#: a news headline of a document issued: organs, the verb, the document's name in 《》
_ISSUED_HEADLINE = re.compile(
    r"[^《》]{2,40}?(?:印发|发布|出台|公布)了?\s*《(?P<named>[^《》]{4,80})》"
)


def _untitled(head: Head) -> None:
    """The head prints no title of the document: the line taken for one was the page's."""
    head.title = ""
    head.zones = [(n, "headline" if z == "title" else z, t) for n, z, t in head.zones]


def _take_issued(head: Head, issued: tuple[str, str]) -> None:
    """An issuing line's office and date ('某某办公室 二○一一年十月十七日', its 日 perhaps lost),
    where the head has none yet."""
    office, date = issued
    head.date = head.date or _iso(date) or compact_date(date)
    head.issuers = head.issuers or [office]


def _bracketed_day(head: Head, text: str) -> None:
    """The day before the 文号 in brackets, as a collection prints them under the title (and
    on a page that printed no title, over the text): '(2018年1月3日 某办发〔2018〕2号)'."""
    if text[:1] in "(（" and (dm := DATE.search(text)):
        head.date = head.date or date_from_match(dm)
    elif "日" in text[-3:] and (after := _DAY_AFTER_NUMBER.search(text)) is not None:
        # or after it, ending the line (a space between that the cleaner may have closed), as
        # a page prints the 文号 line of a notice whose signature it left out: '某府办发〔2022〕
        # 38号 2022年9月27日'
        head.date = head.date or date_from_match(after)


#: a whole day after a 文号, ending the line
_DAY_AFTER_NUMBER = re.compile(
    r"(?<=号)[ \u3000]*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$"
)


def _pre_title(lines: list[tuple[int, int, str, str, int]], head: Head, raw: dict[int, str]) -> int:
    """份号, 密级, 紧急程度, 发文机关标志 (with joint issuers stacked above 文件), 文号,
    签发人 and rules, in whatever order the layout prints them."""
    k = 0
    masthead: list[str] = []
    while k < len(lines):
        text = lines[k][2]
        zone = zone_of(text)
        if zone in (
            "copy_no",
            "secrecy",
            "urgency",
            "rule",
            "signer",
            "attachment_label",
            "session_file",
            "machine_no",
        ):
            _record(head, lines[k], zone)
        elif zone == "masthead":
            m = MASTHEAD.match(text)
            name = m.group("name").strip() if m else ""
            name = _placed_mark(name, lines[k - 1][2] if k > 0 else "")
            if name:
                masthead.extend(_mark_names(name))
            _record(head, lines[k], zone)
        elif zone == "doc_number":
            head.doc_number = head.doc_number or _number_on(lines[k], raw)
            _record(head, lines[k], zone)
            _bracketed_day(head, text)
            if not head.title and (signed := _title_after_signer(lines[k][3])):
                head.title = signed  # a head run onto one line: 文号, 签发人, then the title
        elif zone == "date" and k + 1 < len(lines) and title_like(lines[k + 1][2]):
            head.page_date = head.page_date or _iso(text)
            _record(head, lines[k], zone)
        elif (
            text.endswith("要")  # (the pattern's last character: other lines settled by it)
            and (m := MINUTES_MASTHEAD.match(text))
            and _titled_below(lines, k)
        ):
            # '某局会议纪要' '〔2022〕48号' '关于…的纪要': the first line is the 纪要标志
            name = m.group("name").strip()
            if name and is_org(name):
                masthead.append(name)
            _record(head, lines[k], "masthead")
        elif (
            k + 2 < len(lines)
            and text.endswith(("公告", "通告"))
            and (found := _issuer_before_kind(text)) is not None
            and zone_of(lines[k + 1][2]) == "doc_number"
            and (below := lines[k + 2][2]).startswith(found[0] + "关于")
            and below.endswith(found[1])
        ):
            # the issuer's 通告 as its mark ('某某厅通告'), its number, then the title that
            # names what it announces ('某某厅关于…的通告'): the mark is no title
            masthead.append(found[0])
            _record(head, lines[k], "masthead")
        elif (
            is_org(text)
            and k + 1 < len(lines)
            and zone_of(lines[k + 1][2]) == "doc_number"
            and not MASTHEAD.match(text)
        ):
            # the 信函 layout: the issuer's name alone as the masthead, its 文号 under it
            for name in split_organs(text):
                masthead.append(name)
            _record(head, lines[k], "masthead")
        elif is_org(text) and _stacked_masthead(lines, k):
            masthead.append(text)
            _record(head, lines[k], "masthead")
        elif (
            _MONTH_DAY.fullmatch(text)
            and k + 1 < len(lines)
            and is_org(lines[k + 1][2])
            and _issued_jointly_at(lines, k + 1) is not None
        ):
            # the day a WeChat article puts over such a head ('2月26日'): no year, no date
            _record(head, lines[k], "headline")
        elif is_org(text) and (verb := _issued_jointly_at(lines, k)) is not None:
            # issuers a line each over the verb that says they issued what follows ('某某办公室'
            # / '某某办公室' / '联合发布' / '关于…的通告'): the issuers, a masthead of sorts
            # (each name on a line of its own, no interleaving to confirm away: the issuers)
            for x in range(k, verb):
                head.issuers = [*head.issuers, *split_organs(lines[x][2])]
                _record(head, lines[x], "masthead")
            _record(head, lines[verb], "masthead")
            k = verb
        elif (
            text.endswith("发布")
            and (said := _ORGANS_ISSUING.fullmatch(text))
            and (named := split_organs(said.group("orgs")))
            and all(is_org(n) for n in named)
            and k + 1 < len(lines)
            and title_like(lines[k + 1][2])
        ):
            # an organ's line that says it issues what follows ('湖北省公安厅发布' / '关于…的
            # 通告'): the issuer, over the title
            head.issuers = [*head.issuers, *named]
            _record(head, lines[k], "masthead")
        elif k == 0 and (issuing := _issuing_title_below(lines, text)) is not None:
            # a page headlined by the name of the text a notice issues, the notice printed
            # under it with its own title and 文号 ('某某实施意见' / the page's lead and record /
            # '关于印发《某某实施意见》的通知' / '某委办〔2006〕47号'): what stands above the
            # notice's title is the page's
            for x in range(issuing):
                _record(head, lines[x], "headline")
            k = issuing
            break
        elif text[:1] in "(（" and RELEASE_NOTE.match(text):
            # the 附注 of a notice the page printed above this document ('(此件公开发布)' under
            # the notice's date, over the report it issued): no line of the title
            _record(head, lines[k], "release_note")
        elif (
            k == 0
            and (item := _LISTED_ITEM.match(text))
            and int(item.group(1)) >= 2
            and k + 1 < len(lines)
            and title_like(lines[k + 1][2])
            and not _LISTED_ITEM.match(lines[k + 1][2])
        ):
            # a news special's list item over the article it leads to ('12.中央调整…' over
            # '某某同志任…'): a document's head opens with no second item of anything
            _record(head, lines[k], "headline")
        elif (
            (tagged := _PLACE_TAGGED.match(text))
            and is_place_name(tagged.group(1))
            and any(addressee_line(t) for _g, _l, t, _r, _n in lines[k + 1 : k + 4])
        ):
            # a news site's headline, tagged with the place it reports from ('某某区:关于…的
            # 通知'), over a document that prints its 主送 and no title of its own: the site's
            # words, not the document's title (a news item's headline is its own title)
            _record(head, lines[k], "headline")
        elif (
            (tagged := _COLON_HEADLINE.match(text))
            and title_end(tagged.group(2)) is None
            and any(addressee_line(t) for _g, _l, t, _r, _n in lines[k + 1 : k + 4])
        ):
            # the same in the site's own words, no kind of document named after its colon
            # ('国务院:9月3日至5日调休放假3天', '2015年放假安排公布:除夕放假到大年初六')
            _record(head, lines[k], "headline")
        else:
            break
        k += 1
    head.zones.extend((0, "masthead_name", n) for n in masthead)
    return k


def _issuing_title_below(lines: list[tuple[int, int, str, str, int]], headline: str) -> int | None:
    """The line, below the page's headline, of a title that issues the text the headline
    names ('…关于印发《H》的通知'), its 文号 on the line under it; None where there is none."""
    if not title_like(headline) or len(headline) > 60:
        return None
    quoted = f"《{headline}》"
    for x in range(1, min(len(lines) - 1, 40)):
        text = lines[x][2]
        if (
            quoted in text
            and title_end(text) is not None
            and re.search(ISSUING_VERB + re.escape(quoted), text)
            and zone_of(lines[x + 1][2]) == "doc_number"
        ):
            # (with the issuers' line over it, the title's first: '某省某厅 某省某厅' / '关于…')
            while x > 1 and is_org(lines[x - 1][2]) and title_end(lines[x - 1][2]) is None:
                x -= 1
            return x
    return None


def _issued_jointly_at(lines: list[tuple[int, int, str, str, int]], k: int) -> int | None:
    """The line of '(联合)发布' under organs' names a line each from ``k`` on, over a title."""
    for x in range(k + 1, min(len(lines) - 1, k + 5)):
        if _ISSUING_LINE.fullmatch(lines[x][2]):
            return x if title_like(lines[x + 1][2]) else None
        if not is_org(lines[x][2]):
            return None
    return None


#: organs' names and the verb that says they issue what follows, on one line (not 印发: a
#: title's first line is '某市人民政府印发' over '关于…的意见的通知')
_ORGANS_ISSUING = re.compile(r"(?P<orgs>[\u4e00-\u9fff]{4,60}?)(?:联合|共同)?发布")
#: a month and a day alone, no year
_MONTH_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
#: a line that says the organs above it issued what follows
_ISSUING_LINE = re.compile(r"(?:联合|共同)?(?:发布|印发|发出)")
_PLACE_TAGGED = re.compile(r"^([\u4e00-\u9fff]{2,8})[:：]\s*\S")
#: a news headline in two parts, its colon between: '某某:某日起放假3天'
_COLON_HEADLINE = re.compile(r"^([^:：]{2,24})[:：]\s*([^:：]{2,40})$")
#: a site's list item: its number, its headline ('12.中央调整河北省委主要负责人')
_LISTED_ITEM = re.compile(r"^(\d{1,3})[.．、](?=[\u4e00-\u9fff])[^，,。；;：:]{4,40}$")


#: the 签发人 on a 文号's line and what follows the label
_SIGNER_LABEL = re.compile(r"签\s*发\s*人\s*[:：]\s*")


def _title_after_signer(raw: str) -> str | None:
    """The title where a page ran a 红头's head onto one line ('莆二中 [2015] 3号 签发人:某某某
    2014年某校 政府信息公开工作年度报告'): what follows the signers' names (each apart by a
    space, two to four ideographs, none a place's or an organ's), whole as a title."""
    m = _SIGNER_LABEL.search(raw)
    if m is None:
        return None
    words = raw[m.end() :].split()
    names = 0
    while (
        names < min(3, len(words) - 1)
        and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", words[names])
        and not title_start(words[names])
        and not is_org(words[names])
        and not is_place_name(words[names])
    ):
        names += 1
    title = "".join(words[names:])
    if names == 0 or len(title) < 8 or not ends_like_title(title) or not title_like(title):
        return None
    return title


def _titled_below(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """A 纪要标志 is a masthead where its number follows it and then a title of its own."""
    return (
        k + 2 < len(lines)
        and zone_of(lines[k + 1][2]) == "doc_number"
        and title_like(lines[k + 2][2])
        and ends_like_title(lines[k + 2][2])
    )


def _placed_mark(name: str, above: str) -> str:
    """The 发文机关标志 printed over two lines, its place on the first: '新疆维吾尔自治区' /
    '人 民 政 府 文 件' names 新疆维吾尔自治区人民政府."""
    if name.startswith(("人民政府", "人民代表大会")) and is_place_name(above):
        return above + name
    return name


def _stacked_masthead(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Joint issuers stacked above (or beside) 文件: organisation lines, then a 文件 line."""
    for j in range(k + 1, min(k + 5, len(lines))):
        text = lines[j][2]
        if zone_of(text) == "masthead":
            return True
        if not is_org(text):
            return False
    return False


_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
#: an essay site's label of one piece among several: '第一篇:'
_PIECE_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*")
#: a day in figures joined by dashes, as a site stamps a page: '2022-09-09'
_STAMPED_DAY = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}")

#: units listed with 、, as a task table's cell lists them ('区农业农村局、区经商局、…')
_ORGAN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,12}?(?:局|委|办|中心|管委会|政府|公司)、){2,}.+")
#: a table's first header cell, where a page opens with the table (a title is never one)
_TABLE_HEADS = frozenset(
    {"序号", "类别", "分类", "编号", "序", "项目", "名称", "单位", "指标", "事项"}
)


def _opening_sentence(text: str) -> bool:
    """The text's first sentence, which no title is: long, its clauses apart by commas, and
    ending on the colon that opens what it announces ('根据…有关规定,…现将…予以公告:')."""
    return len(text) > 60 and text.endswith(("：", ":")) and ("，" in text or "," in text)


def _number_after_space(raw: str, number: str) -> str | None:
    """The 文号 a line prints after a space, where the one read from the line joined (its
    spaces taken out between ideographs) ran the words before the space into its code."""
    words = raw.strip(" |｜").split()
    if len(words) < 2:
        return None
    last = words[-1]
    return (
        last
        if len(last) < len(number) and number.endswith(last) and find_doc_number(last) == last
        else None
    )


#: figures and the marks between them, no word: '0/200', '1-3'
_COUNTER = re.compile(r"[\d\s/:.\-]+")


def _title_run_onto_text(head: Head, line: tuple[int, int, str, str, int], run: int) -> None:
    """The title a line opens with, its first ``run`` characters; the text goes on from there
    (the head ends at this line, its rest the body's first group)."""
    text = line[2]
    head.title = tidy_title(text[:run])[0]
    head.cut = text[run:].strip()
    head.issuers = issuers_from_title(text[:run])
    _record(head, line, "title")


def _spaced_run_on(text: str, raw: str) -> int | None:
    """Where a title ends on a line that runs its text on after a space, as the line was read
    (the cleaner closed the space up): the title's length in ``text``."""
    spaced = raw.strip()
    if " " not in spaced or (at := _title_run_on(spaced, spaced=True)) is None:
        return None
    titled = plain(spaced[:at])
    return len(titled) if text.startswith(titled) and len(titled) >= 8 else None


#: a line that ends with an organ's name, the issuer over a title's 关于 line
_ENDS_WITH_ORGAN = re.compile(rf"(?:{ORG_END.pattern})$")
#: a report's title with the meeting it was read at run on, no dash between: '政府工作报告
#: (草案)在某镇第四届人民代表大会第三次会议上'
_TITLE_AT_MEETING = re.compile(
    r"(?P<title>[^\s—]{2,40}?(?:报告|讲话)(?:[(（][^()（）]{1,6}[)）])?)"
    r"在(?P<meeting>[^\s，。]{4,40}?会议)上"
)


def _title_at_meeting(lines: list[tuple[int, int, str, str, int]], k: int) -> str | None:
    """The title of a line that runs a report's meeting onto it (``_TITLE_AT_MEETING``), where
    the next line is the meeting's own ('——在' and the same meeting)."""
    text = lines[k][2]
    if not text.endswith("会议上") or (at := _TITLE_AT_MEETING.fullmatch(text)) is None:
        return None
    below = lines[k + 1][2].lstrip("—─-－ ") if k + 1 < len(lines) else ""
    return at.group("title") if below.startswith("在" + at.group("meeting")) else None


#: a decision's field of the party it is served on, or a record's of what it names: '当事人:
#: 某某公司', '处罚主体名称:某某公司', '法定代表人:…' — no title, whatever its line stands under
_PARTY_FIELD = re.compile(
    r"^(?:当事人|當事人|被处罚(?:人|单位)|被處罰(?:人|單位)|[\u4e00-\u9fff]{0,8}(?:名称|名稱)"
    r"|法定代表人|统一社会信用代码|統一社會信用代碼|经营场所|經營場所)\s*[:：]"
)


def _title(
    lines: list[tuple[int, int, str, str, int]], k: int, head: Head, page: dict[int, str]
) -> int:
    if k >= len(lines):
        return k
    text = lines[k][2]
    if text.endswith((":", "：")) and (run := _spaced_run_on(text, lines[k][3])) is not None:
        # a title, a space and the lead that says what follows, on one line ('关于…的通告
        # 为打造…,特通告如下:'): the title, the text from the lead on
        _title_run_onto_text(head, lines[k], run)
        return k
    if (
        zone_of(text) is not None
        or text in _TABLE_HEADS
        or text.isdigit()  # a page's number ('7'): no title
        # (nor figures and marks alone: a form's count of characters typed, '0/200')
        or (text[:1].isdigit() and _COUNTER.fullmatch(text) is not None)
        or text.startswith(("(略)", "（略）"))  # a tender site's mark of words left out
        or text.endswith(("...", "…", "。。。"))  # a headline the site cut short: '…村级组...'
        or "\t" in text  # a table's row ('重点工作:\t128.持续推进…'): no title has a tab
        or addressee_line(text)
        or _numbered_heading(text)
        or (_opens_adoption(text) and _adopts(lines, k))
        or _opening_sentence(text)
        or text.endswith(("：", ":", "；", ";"))  # (a lead-in, recipients or a list's clause)
        # (a record's fields run together: '类别:其他经济法规文号:颁发日期:1996-05-06')
        or (
            _FIELD_OPENING.match(text) is not None
            and text.count(":") + text.count("：") >= 2
            and not ends_like_title(text)  # (a title run onto the record is read from it)
        )
        or (text[:1] in "第目" and _CONTENTS_OR_PART.match(text) is not None)
        or _PARTY_FIELD.match(text) is not None
        # (a paper's column in brackets over its item: '【新闻发布厅】')
        or (
            text[:1] == "【"
            and text.endswith("】")
            and len(text) <= 12
            and not ends_like_title(text[1:-1])
        )
    ):
        return k  # no title printed: the head goes on with its other zones (or the text)
    if (
        (m := ORDER_LINE.match(text))
        and (run_title := _TITLE_THEN_ORGAN.fullmatch(m.group("org")))
        and is_org(run_title.group("org"))
    ):
        # the rules' title run onto the line of the order that promulgates them ('某市电梯…
        # 管理办法某市人民政府令第90号', flattened): the rules' title, the order's number
        head.title = run_title.group("title")
        head.doc_number = head.doc_number or re.sub(
            r"[\s()（）]+", "", text[run_title.end("title") :]
        )
        head.order = True
        _order_issuer(head, run_title.group("org"))
        _record(head, lines[k], "title")
        return k + 1
    if (m := ORDER_LINE.match(text)) and (
        is_org(m.group("org")) or m.group("org").endswith(_ORDERING_OFFICES)
    ):
        # an order's head on one line, 'XX令 第三号': titled by its order line
        head.title = m.group("org") + "令"
        head.doc_number = head.doc_number or re.sub(r"[\s()（）]+", "", text)
        head.order = True
        _order_issuer(head, m.group("org"))
        _record(head, lines[k], "title")
        return k + 1
    if (m := _NUMBERED_ORDER.fullmatch(text)) and is_org(m.group("org")):
        # an order named by its number before 令: '某某指挥部6号令' (its title and its number)
        head.doc_number = head.doc_number or text
        head.order = True
        _order_issuer(head, m.group("org"))
    if (run := _title_run_on(text)) is None:
        run = _spaced_run_on(text, lines[k][3])
    if run is not None:
        # a title and the text's first sentence on one line ('…统计公报2015年，全县…')
        _title_run_onto_text(head, lines[k], run)
        return k
    if (at := _title_at_meeting(lines, k)) is not None:
        # a site's headline that runs the meeting onto the report's title, without the dash,
        # over the report's own meeting line ('政府工作报告(草案)在某镇…会议上' / '——在某镇…会议
        # 上'): the title; the meeting is read from its own line
        head.title = tidy_title(at)[0]
        _record(head, lines[k], "title")
        return k + 1
    if (
        ("—" in text or "--" in text or (("(" in text or "（" in text) and "会议" in text))
        and (spoken := TITLE_THEN_SPEECH.match(text))
        and ends_like_title(spoken.group("title"))
        and _occasion(head, spoken.group("rest"))  # (nothing set where it reads no occasion)
    ):
        # a report's title with its occasion and speaker run onto its line after a dash
        # ('政府工作报告—2021年7月29日在…会议上…县长 某某'): the title, then the occasion
        head.title = tidy_title(spoken.group("title"))[0]
        _record(head, lines[k], "title")
        return k + 1
    if ((_SENTENCE.search(text) or _DATED_CLAUSE.match(text)) and len(text) > 30) or (
        text.endswith("。") and ("，" in text or "," in text)  # no title ends on a full stop
    ):
        # a page that opens with its text (a news item cut below its headline; minutes
        # that open '2017年1月10日上午，…主持召开…会议，现纪要如下：')
        return k
    parts: list[str] = []
    raw_parts: list[str] = []
    while k < len(lines):
        text = lines[k][2]
        if (
            parts
            and text.startswith("关于")
            and all(is_org(p) for p in parts)
            and (run := _title_run_on(lines[k][3].strip(), spaced=True)) is not None
            and text.startswith(titled := plain(lines[k][3].strip()[:run]))
        ):
            # the issuer's line over a 关于 line run onto the text, a space between ('某县人民
            # 政府' / '关于…的通告 2023年高考在即,为…'): the title ends at its kind, the text goes
            # on from there
            parts.append(titled)
            raw_parts.append(titled)
            _record(head, lines[k], "title")
            head.cut = text[len(titled) :].strip()
            break
        if (
            parts
            and not continues_title("".join(parts), text)
            and not _joint(lines, k, parts, page)
            and not _year_over_unit(lines, k, parts)
        ):
            break
        if (
            parts
            and text.startswith("关于")
            and re.search(r"[、，,]", parts[-1])
            and not _ENDS_WITH_ORGAN.search(parts[-1])
            and not any(is_org(p) for p in parts)
        ):
            # a 关于 line under a list of words that ends in no organ's name ('某楼盘 新增封控区、
            # 调整管控区' / '关于划定…的'): the site's headline or its tags, the title starts at
            # 关于 (joint issuers listed over their title end with an organ: '某局、某局')
            parts, raw_parts = [], []
            head.zones = [(n, "headline" if z == "title" else z, t) for n, z, t in head.zones]
        if (
            parts
            and title_end("".join(parts)) is not None
            and is_org(text)
            and k + 1 < len(lines)
            and lines[k + 1][2].startswith("关于")
        ):
            break  # a whole title, then another's issuer over its 关于 line: two titles
        if (
            parts
            and all(is_org(p) for p in parts)
            and _printed_between(page, lines[k - 1][4], lines[k][4])
        ):
            break  # an organ's name over the page's byline or tools: the site's, no issuer's
        if parts and _printed_between(page, lines[k - 1][4], lines[k][4], _BYLINE_WORDS):
            break  # a headline over its byline: no title runs on past a byline
        if (
            parts
            and len(short := "".join(parts)) <= 10
            and lines[k][4] - lines[k - 1][4] > 1
            and _COLUMN_OF_ITEMS.fullmatch(short) is not None
            and len(text) >= 12
            and ends_like_title(text)
        ):
            # a site's column over a blank line, then a whole title ('县政协提案' / '' / '县政协
            # …建议》(43号)答复'): the column is the page's, the title starts under it
            break
        if (
            parts
            and _POST_LAST.search(parts[-1])
            and _BARE_NAME.fullmatch(text)
            and not text.startswith("的")
            and not TITLE_KIND.fullmatch(text)
        ):
            break  # an officer's post over his name: a site's box ('某某常委会主任' / '某某')
        if (
            parts
            and parts[-1][:1] == "《"
            and parts[-1][-1:] == "》"
            and all(is_org(p) for p in parts[:-1])
            and "《" not in text
            and not text.startswith("的")
            and not TITLE_KIND.match(text)
        ):
            break  # a title printed whole in 《》: the short lines under it are slogans
        if parts and _printed_between(page, lines[k - 1][4], lines[k][4], _CRUMB_WORDS):
            break  # nor past a site's breadcrumbs ('您当前的位置 : 某某网 -> 新闻中心 -> 正文')
        if (
            parts
            and parts[-1].endswith(("公开", "公開"))
            and len(text) >= 8
            and ends_like_title(text)
            and _retitled("".join(parts), text)
        ):
            # a site's headline of a budget's publication ('某乡人民政府2024年度决算公开'), then
            # the document's own title in other words ('某乡2024年财政决算(草案)报告'): two titles
            break
        if parts and parts[-1].endswith(("汇编", "选编", "彙編", "選編")) and ends_like_title(text):
            # a compilation's cover ('某某会议' / '规章制度汇编'), then the title of a text in it
            break
        if not parts and BYLINE_TAIL.search(text) and len(text) > 8:
            text = BYLINE_TAIL.sub("", text).strip() or text
        raw = lines[k][3]
        if not parts and text[:1] in "【「" and (tag := COLUMN_TAG.match(text)):
            # a site's column tag before the headline ('【精准防控】…公告', '「通告」…的通告'):
            # no title opens with a bracket of these
            text = text[tag.end() :]
            raw = COLUMN_TAG.sub("", raw.strip(), count=1)
        elif (
            not parts
            and text[:1] == "“"
            and (quoted := _QUOTED_TAG.match(raw.strip())) is not None
            and text.startswith(quoted.group("tag"))
        ):
            # a site's tag in quotes, a space after it, before the organs that issue
            # ('“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发…'): no words of the title
            text = text[len(quoted.group("tag")) :]
            raw = raw.strip()[quoted.end() :]
        elif (
            not parts
            and (tag := _BARE_COLUMN.match(text)) is not None
            and starts_with_place(text[tag.end() :])
        ):
            # the same tag without its brackets, run onto an issuer's place ('法规重庆市国家
            # 税务局关于…的公告'): no place's name opens with a column's word
            text = text[tag.end() :]
            raw = raw.strip()[tag.end() :] if raw.strip().startswith(tag.group(0)) else raw
        elif (
            not parts
            and (text[:1] == "【" or "||" in text or "｜｜" in text)
            and (own := _after_headline_tag(text))
        ):
            # the site's headline again in brackets before the document's own title
            # ('【安徽|撤县设区!…】关于调整芜湖市部分行政区划的通知')
            text = own
            tagged = _HEADLINE_TAG.match(raw.strip())
            raw = raw.strip()[tagged.end() :] if tagged else own
        if not parts and not title_like(text):
            # a title line that carries its date or 文号 after it
            text, date = split_trailing_date(text)
            if date:
                head.page_date = _iso(date)
        number = find_doc_number(text) if "号" in text else None
        if number and (spaced := _number_after_space(raw, number)):
            number = spaced  # ('…关于进一步推动 辽宗发〔2014〕3号': the code after the space)
        if number and not parts and text.endswith(number) and len(text) > len(number) + 4:
            head.doc_number = head.doc_number or number
            text = text[: -len(number)].strip()
        elif (
            number
            and not parts
            and (m := LEADING_NUMBER.match(text))
            and find_doc_number(m.group(0)) == number
            and len(text) > len(m.group(0)) + 4
            and not ends_like_title(text[: text.find(number)].rstrip(" (（"))
        ):
            # a site's headline: '京政办发〔2016〕26号《…》', '国家税务总局公告2018年第18号…'
            head.doc_number = head.doc_number or number
            text = text[m.end() :].strip().strip("《》 ")
        stripped, date = split_trailing_date(text)
        if date and ends_like_title(stripped):
            if text.rstrip().endswith((")", "）")) and "年" in date:
                # '…的通知 ((1990年11月16日))': the date a gazette prints in brackets under
                # (here after) a title is the document's; a site's '(2011-1-18)' its page's
                head.date = head.date or _iso(date)
            else:
                head.page_date = head.page_date or _iso(date)
            text = stripped
        parts.append(text)
        raw_parts.append(raw)
        _record(head, lines[k], "title")
        k += 1
        if len(parts) - sum(1 for p in parts[:-1] if is_org(p)) >= 4:
            break  # (four lines of a title past its issuers' lines)
    head.title, number = tidy_title("".join(parts))
    if doubled := _DOUBLED.fullmatch(head.title):
        # a page's heading glued to the document's own title, which repeats its end
        # ('2021年政府工作报告政府工作报告'): the document's own, the last
        head.title = doubled.group("own")
    if number:
        head.doc_number = head.doc_number or find_doc_number(number) or number
    # (a title that names no issuer keeps the one a 版头 above it printed)
    head.issuers = (
        issuers_from_title(" ".join(_unspread_kind(plain(r)) for r in raw_parts))
        or head.issuers
        # (or the title as cleaned, where the page ran onto its line what the cleaner took
        # out: a news agency's dateline, '新华网北京4月18日电 公安部关于…的通告')
        or issuers_from_title(head.title)
    )
    if (
        head.title.endswith((")", "）"))
        and (unit := _UNIT_AFTER.search(head.title))
        and is_org(unit.group("unit"))
        and ends_like_title(head.title[: unit.start()])
    ):
        # the unit that answers, as a site appends it to the title ('对…第3号建议的答复
        # (水利局)'): the document's issuer where the title names none; but the party a
        # decision is served on, after it ('…行政处罚决定书(某某经营部)'), issues nothing
        head.title = head.title[: unit.start()]
        if not head.title.endswith(("决定书", "告知书", "通知书")):
            head.issuers = head.issuers or [unit.group("unit")]
    return k


#: a site's column tag before a headline or a record's title: '【精准防控】', '「通告」' (a
#: whole title after it)
COLUMN_TAG = re.compile(r"(?:【[^【】]{1,8}】|「[^「」]{1,8}」)\s*(?=\S{6})")
#: a site's column of the items it lists, named by their kind: '县政协提案', '人大建议办理'
_COLUMN_OF_ITEMS = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:提案|建议|议案)(?:办理|答复|办理答复)?|"
    r"(?:政策法规|法律法规|法规文件|政策文件|通知公告|公告公示)"
)
#: a site's tag in quotes before the organs a headline names, a space between
_QUOTED_TAG = re.compile(
    r"(?P<tag>“[^“”\s]{2,10}”)\s+(?=(?:中共)?[\u4e00-\u9fff]{2,20}?(?:委员会|委|人民政府|政府|办公室|办公厅|局|厅))"
)
#: a site's column words, unbracketed, before a title's issuer ('法规重庆市…')
_BARE_COLUMN = re.compile(
    r"(?:政策法规|法律法规|法规文件|法规|政策文件|政策|通知公告|公告公示)(?=\S{6})"
)
#: a bracket of a site's own before a title: its headline, its tags
_HEADLINE_TAG = re.compile(
    # (or a campaign's tag before a double bar: '某某学习宣传月 || 关于…的公告')
    r"【[^【】]{9,60}】\s*|[\u4e00-\u9fff]{2,20}\s*(?:\|\||｜｜)\s*"
)


def _after_headline_tag(text: str) -> str | None:
    """The title after a site's headline printed in brackets before it, where what follows
    is a whole title of its own ('【安徽|撤县设区!安徽一市行政区划调整】关于调整…的通知'), or
    after a campaign's tag and a double bar."""
    m = _HEADLINE_TAG.match(text)
    if m is None:
        return None
    own = text[m.end() :]
    return own if title_like(own) and title_start(own) and ends_like_title(own) else None


#: a contents page's head or a part's heading ('目 录', '第一部分:2022年部门预算说明'): the
#: text's, never its title
_CONTENTS_OR_PART = re.compile(r"^(?:目\s*[录錄]|目\s*次)$|^第[一二三四五六七八九十\d]{1,3}部分")
#: a part's ordinal alone on its line, its name on the next: '第一部分'
_LONE_PART = re.compile(r"第\s*[一二三四五六七八九十\d]{1,3}\s*部\s*分")
#: a unit's name in brackets after a title
_UNIT_AFTER = re.compile(r"[(（](?P<unit>[\u4e00-\u9fff]{2,20})[)）]$")


def _unspread_kind(text: str) -> str:
    """A title's line that is its kind alone spread apart ('公 告') closed up; any other
    line as printed (the spaces in a title's line may part its issuers)."""
    close = _closed_up(text)
    return close if len(close) <= 4 and TITLE_END.fullmatch(close) else text


def _closed_up(text: str) -> str:
    """A line without its spaces: a kind word spread apart ('公 告', '决　定') closed up."""
    return text.replace(" ", "").replace("\u3000", "")


def _joint(
    lines: list[tuple[int, int, str, str, int]], k: int, parts: list[str], raw: dict[int, str]
) -> bool:
    """An issuer's line under another's, over the line that opens with 关于: a joint title
    printed one issuer a line ('中共某某镇委员会' / '某某镇人民政府' / '关于…的通知'), no line
    of the page's between them (a site's links to organs over its byline are no issuers)."""
    if not is_org(lines[k][2]) or not all(is_org(p) for p in parts):
        return False
    # (issuers a line each, however many, down to the line with 关于: '某委员会' / '某局' /
    # '某办公室' / '某监管局' / '某委员会' / '关于印发…的通知')
    for x in range(k, min(len(lines), k + 1 + _JOINT_LINES - len(parts))):
        if x > 0 and _printed_between(raw, lines[x - 1][4], lines[x][4]):
            return False
        if x > k and lines[x][2].startswith("关于"):
            return True
        if not is_org(lines[x][2]):
            return False
    return False


def _year_over_unit(lines: list[tuple[int, int, str, str, int]], k: int, parts: list[str]) -> bool:
    """A budget's cover title a part a line: the year ('2024年度'), the unit, the kind
    ('部门决算'); ``k`` is the unit's line or the kind's."""
    if not parts or not _YEAR_ALONE.fullmatch(parts[0]):
        return False
    text = lines[k][2]
    if len(parts) == 1:
        return is_org(text) and k + 1 < len(lines) and bool(_BUDGET_KIND.fullmatch(lines[k + 1][2]))
    return len(parts) == 2 and is_org(parts[1]) and bool(_BUDGET_KIND.fullmatch(text))


#: a year alone on a cover's line, and a budget's kind alone on another
_YEAR_ALONE = re.compile(r"\d{4}\s*年度?")
_BUDGET_KIND = re.compile(r"(?:部门|单位)?[预决]算(?:公开)?")


def _printed_between(
    raw: dict[int, str], first: int, last: int, words: re.Pattern[str] | None = None
) -> bool:
    """Whether the page printed a line between two lines of the head (one the cleaner took
    out: a byline, a tool), or one holding ``words`` (a byline's, ``_BYLINE_WORDS``; a
    breadcrumb's, ``_CRUMB_WORDS``: a site's tag of its place over them is no line of a title
    under them)."""
    lines = (raw.get(no, "") for no in range(first + 1, last))
    if words is None:
        return any(line.strip() for line in lines)
    return any(words.search(line) is not None for line in lines)


#: how many issuers' lines a joint title prints over its 关于 line, at most
_JOINT_LINES = 12


#: what opens a document's text after its title: a year, a reason, the 主送
_TEXT_OPENS = re.compile(
    rf"\s*(?:{YEAR}\s*年[^月]{{0,12}}?[，,]|根据|按照|为了?|近日|经研究|现将|依据|遵照"
    # (or its first heading: '…情况的汇报一、基本情况…'; not a list of numbers, '一、二季度')
    r"|一、(?![二三四五六七八九十]))"
)


#: a title whose end is printed twice over: '2021年政府工作报告政府工作报告'
_DOUBLED = re.compile(r"(?P<lead>.{0,30}?)(?P<own>.{4,40})(?P=own)")


#: a sentence, which no title is: a full stop after a clause with a comma in it
_SENTENCE = re.compile(r"[，,][^。]{4,}。")
#: a sentence that opens with its day: '2017年1月10日上午，在…'
_DATED_CLAUSE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日[上下]?午?[，,]")


#: the kinds a title run onto its text ends with: TITLE_KIND's, and an organ's account to the
#: body above it ('关于…情况的汇报一、基本情况…'), a kind only here (an agenda's item under a
#: meeting's headline, '关于…的汇报', titles nothing)
_RUN_ON_KIND = re.compile(TITLE_KIND.pattern + r"|(?<=的)[汇匯][报報]")


def _title_run_on(text: str, spaced: bool = False) -> int | None:
    """Where a title run onto its text's first sentence on one line ends: after the kind
    word that the text's opening follows, on a line with a sentence in it (``spaced``: or
    a space after the kind, the sentence cut before its full stop)."""
    if len(text) <= 40 or ("。" not in text and not spaced):
        return None
    for m in _RUN_ON_KIND.finditer(text, 0, 120):
        if (
            m.end() >= 6
            # (not a kind the word goes on to: '决定' of '决定书', '通知' of '通知书')
            and text[m.end() : m.end() + 1] not in ("书", "書")
            and (not spaced or text[m.end() : m.end() + 1].isspace())
            and _TEXT_OPENS.match(text, m.end())
        ):
            return m.end()
    return None


def _beside(text: str, number: str, day: re.Match[str]) -> bool:
    """Whether a day stands right before or after a 文号 on a line (a few characters apart)."""
    at = text.replace(" ", "").find(number.replace(" ", ""))
    if at < 0:
        return True  # (the number as printed not found whole: the day is not weighed)
    squeezed = len(text[: day.start()].replace(" ", ""))
    end = at + len(number.replace(" ", ""))
    day_end = squeezed + len(day.group(0).replace(" ", ""))
    return -6 <= squeezed - end <= 6 or -6 <= at - day_end <= 6


def _numbered_heading(text: str) -> bool:
    """'一、相关法律规定': the text's first heading, never a document's title; nor a section's
    number padded with a zero and glued to its short heading, as posts on a social platform
    print them ('01招聘计划' under '…现将有关事项公告如下:')."""
    return match_number(text) is not None or _PADDED_SECTION.fullmatch(text) is not None


#: (a zero-padded section number and a short heading: '01招聘计划', '02 报名条件')
_PADDED_SECTION = re.compile(r"0[1-9]\s*[\u4e00-\u9fff]{2,10}")


def _post_title(lines: list[tuple[int, int, str, str, int]], k: int, head: Head) -> int:
    """Date, 文号, order number, meeting, speaker and 主送 under the title."""
    if head.cut is not None:
        return k  # the title's line goes on with the text
    after_occasion = False
    adopted_seen = False
    limit = min(len(lines), k + 12)
    while k < limit:
        text, raw_text = lines[k][2], lines[k][3]
        zone = zone_of(text)
        if (
            zone is None
            and text[:1] in "(（"
            and len(text) > 120
            and (PROMULGATED.match(text) or ORDER_NOTE.match(text))
        ):
            # a note of promulgation that lists its amendments at length, under the title (not
            # a zone of its own anywhere else: a text republished inside a decision's is no
            # document of its own)
            zone = "promulgated"
        if zone == "date" and k == 0 and not head.title and _POSTED.fullmatch(text):
            # a page's posting day alone over a text that prints no title ('2015-05-28' over
            # '5月27日,…会议…'): the page's, not the document's
            head.page_date = head.page_date or _iso(text)
        elif zone == "date":
            head.date = head.date or _iso(text)
            if (by := dated_by(text)) and (
                not head.issuers or head.weak_issuers or set(head.issuers) < set(by)
            ):
                # the gazette's line of the date and who issued it: '1991年1月23日,某局、某部'
                head.issuers = by
                head.weak_issuers = False
        elif zone == "issued" and (issued := issued_line(text)) is not None:
            _take_issued(head, issued)
        elif zone == "issued" and (note := issued_note(text)) is not None:
            # (the organs as printed, where spaces part them: '…交通运输部 公安部…发布')
            note = issued_note(" ".join(raw_text.split())) or note
            head.date = head.date or _iso(note[1])  # a gazette's '(某某、某某…年…月…日联合发布)'
            head.issuers = head.issuers or note[0]
            head.doc_number = head.doc_number or note[2]
        elif head.title.endswith("令") and _YEAR_ORDER_NO.match(text):
            # a ministry's order numbered by its year under the order's name: '某部令' /
            # '2016年 第5号' (or '(2004年第2号)'): the number is the order line's
            head.doc_number = head.doc_number or head.title + re.sub(r"\s+", "", text)
            head.order = True
        elif zone == "doc_number":
            own = number_in_zone(text)
            if own and head.doc_number and canonical(own) == canonical(head.doc_number):
                # the same number as the headline's bracket gave it, printed on its own line
                # under the title: the document's own printing ('〔2017〕' for the site's '[2017]')
                head.doc_number = own
            head.doc_number = head.doc_number or own
            if dm := DATE.search(text):  # '…公告2018年第18号 2018-04-20', '2004-6-23酒政发…'
                head.date = head.date or date_from_match(dm)
        elif head.title.endswith(("令", "令")) and ORDER_NO.match(text):
            # the order line and its number joined ('某省人民政府令' / '第42号'); an order named
            # for what it orders ('某县人民政府森林高火险期禁火令' / '第1号') by its number alone
            by_name = not is_org(head.title[:-1]) and not head.title[:-1].endswith(
                _ORDERING_OFFICES
            )
            serial = text.replace(" ", "")
            head.doc_number = head.doc_number or (serial if by_name else head.title + serial)
            head.order = True
        elif (
            text.endswith("令")
            and is_org(text[:-1])
            and k + 1 < len(lines)
            and ORDER_NO.match(lines[k + 1][2])
        ):
            # the order that promulgates the rules titled above: 'XX人民政府令' '第N号'
            head.doc_number = head.doc_number or text + lines[k + 1][2].replace(" ", "")
            head.order = True
            _order_issuer(head, text[:-1])
            _record(head, lines[k], "order")
            k += 1
        elif (
            "令" in text
            # (in brackets under the title it is issued with: '（国家医疗保障局令第 6 号）')
            and (m := ORDER_LINE.match(_BRACKETED_ORDER.sub(r"\g<line>", text)))
            # (not the day it was promulgated before it, '2017年11月22日 某国务院令第692号':
            # the date and the order are read apart below; a year alone is the order's own,
            # '1998年市人民政府令第132号')
            and DATE.match(m.group("org")) is None
        ) and (is_org(m.group("org")) or m.group("org").endswith(_ORDERING_OFFICES)):
            head.doc_number = head.doc_number or re.sub(r"\s+", "", m.group(0))
            head.order = True
            _order_issuer(head, m.group("org"))
        elif text[:1] in "(（" and "令" in text and (m := _ORDER_FIRST.match(text)) is not None:
            # a note that opens with the number of the order that promulgated the text, no day
            # before it ('（某部令2022年第3号公布，自…起施行）', '（某局令第44号公布　《…》已经
            # 2017年10月16日…会议审议通过…）'): the order's number and organ; no day (the
            # meeting's adopted the text, the order's is not printed)
            printed = re.sub(r"\s+", "", m.group("order"))
            line = ORDER_LINE.match(printed) or _YEAR_NUMBERED.match(printed)
            if line is not None and all(map(is_org, _order_organs(line.group("org")))):
                head.doc_number = head.doc_number or printed
                head.order = True
                org = line.group("org")
                _order_issuer(head, org, _spaced_organs(raw_text, org))
        elif (
            text.endswith("公告")
            and is_org(normalize_organ(text[:-2]))
            and k + 1 < len(lines)
            and ORDER_NO.match(lines[k + 1][2])
        ):
            # the 公告 that published what the head above adopted, and its number
            head.doc_number = head.doc_number or lines[k + 1][2].replace(" ", "")
            _record(head, lines[k], "notice")
            k += 1
        elif zone == "order_no" and NOTICE_NO.match(text):
            # (the series' running count after it is no part of it: '(总第221号)'; a year in
            # brackets is: '(2020)7号')
            printed = (
                re.sub(r"\s+", "", text)
                if _BRACKETED_YEAR.match(text)
                else re.sub(r"[\s()（）]+", "", _RUNNING_COUNT.sub("", text))
            )
            if head.zones and head.zones[-1][1] == "title_again":
                # under the title the document prints again: its own number over the one
                # a headline above carried ('…公告(第47号)' / '…公告' / '(2022第47号)')
                head.doc_number = printed
            else:
                head.doc_number = head.doc_number or printed
        elif (
            zone is None
            and text[:1] in ("(", "（")
            and ")" not in text
            and "）" not in text
            and (note_over := _wrapped_promulgation(lines, k)) is not None
        ):
            # a note of promulgation in brackets over two lines
            _promulgation(head, note_over[0])
            k = _wrapped_zone(head, lines, k, note_over[1], "promulgated")
            zone = "promulgated"
        elif zone == "promulgated" and (m := PROMULGATED.match(text) or order_note(text)):
            _promulgation(head, m, raw_text)
        elif (
            zone == "masthead" and (m := MASTHEAD.match(text)) and (name := m.group("name").strip())
        ):
            # the 发文机关标志 under the line taken for a title (a journal's '摘要', a site's
            # headline): its names, confirmed as every masthead's are (a name that opens with
            # no place or party organ is the second line of one printed over two)
            head.zones.extend(
                (0, "masthead_name", n) for n in _mark_names(name) if is_org(n) and starts_organ(n)
            )
        elif zone in (
            "copy_no",
            "secrecy",
            "urgency",
            "rule",
            "signer",
            "masthead",
            "machine_no",
            "revised",
        ):
            pass
        elif (
            zone is None
            and text[:1].isdigit()
            and (issued_on := _ISSUED_ON.match(text))
            and (organs := _issuing_organs(issued_on.group("organs"))) is not None
        ):
            head.date = head.date or _iso(issued_on.group("date"))
            head.issuers = head.issuers or organs
            zone = "date"  # '1993年12月16日发布 根据…修正': the day it was issued
        elif zone is None and "〔" in text and _GARBLED_NUMBER.fullmatch(text):
            zone = "doc_number"  # a 文号 the page garbled ('某政发〔20212'): its place, no value
        elif GAZETTE_ISSUE_LINE.match(text):
            zone = "gazette_issue"  # the gazette the text was printed in
        elif (
            zone is None
            and (order := _NUMBERED_ORDER.fullmatch(text)) is not None
            and not any(ln[2].endswith("令") for ln in lines[k + 1 : k + 4])
        ):
            # an order's line with its number before 令 ('某部第45号令'), under the title of
            # the rules it promulgates (not a site's heading over the order's own line)
            head.doc_number = head.doc_number or text
            head.order = True
            if is_org(order.group("org")):
                _order_issuer(head, order.group("org"))
            zone = "order_no"
        elif (
            zone is None
            and text.startswith("在")
            and text.endswith("会议上")
            and k > 0
            and zone_of(lines[k - 1][2]) == "date"
            and _occasion(head, lines[k - 1][2] + text)
        ):
            # the meeting line printed over two, its date then where ('2022年1月19日' / '在某区
            # 第五届人民代表大会第二次会议上'): the speaker's line may follow
            zone = "speech"
            after_occasion = True
        elif zone == "speech" or text.startswith(("——", "—", "--", "─")) or opens_speech(text):
            text, wrapped = (text, k) if DATED_MEETING.match(text) else _wrapped(lines, k, SPEECH)
            if not _occasion(head, text):
                if (
                    zone is None
                    and head.title
                    and len(lines[k][2]) <= 40
                    and _DASHED_SUBTITLE.fullmatch(lines[k][2])
                    and k + 1 < limit
                    and _issuer_line(lines[k + 1][2], lines[k + 1][3])
                ):
                    # a bulletin's subtitle after a dash, its issuers under it ('——某区第四次
                    # 全国经济普查顺利完成' / '某区统计局'): the head goes on
                    zone = "subtitle"
                else:
                    break  # (at this line: the lines it was joined with are the text's)
            else:
                k = _wrapped_zone(head, lines, k, wrapped, zone or "speech")
                after_occasion = True
        elif zone == "adopted" or (_opens_adoption(text) and _adopts(lines, k)):
            text, wrapped = _wrapped(lines, k, ADOPTED)
            # (a revision's day is the text's only where no dated line of its history stands
            # above it: under an adoption the head did not read, it is a later day's)
            revised_late = _revised_only(text) and any(
                _ADOPTION_OPENS.match(lines[x][2]) for x in range(k)
            )
            if not adopted_seen and not _occasion(head, text, undated=revised_late):
                break
            k = _wrapped_zone(head, lines, k, wrapped, zone or "adopted")
            adopted_seen = after_occasion = True
        elif adopted_seen and _amendment(text):
            pass  # later amendments of an adopted text: their dates are not its date
        elif (
            after_occasion
            and not head.speaker
            and _BARE_NAME.fullmatch(text)
            and k + 1 < limit
            and zone_of(lines[k + 1][2]) == "date"
        ):
            # the speaker by name alone under the meeting line, over the date it was read
            head.speaker = text
        elif speaker := parse_speaker(raw_text):
            head.speaker = speaker[0] + (" " + speaker[1] if speaker[1] else "")
            org = speaker_org(speaker[0], meeting_place(head.occasion))
            if org and not head.issuers:
                head.issuers = [org]
        elif zone == "issuer_label":
            m = ISSUER_LABEL.match(text)
            if m:
                head.issuers = [m.group("name").strip()]
        elif after_occasion and is_org(text) and not head.issuers:
            head.issuers = [text]
        elif (
            after_occasion
            and not head.issuers
            and len(text) <= 30
            and (org := speaker_org(text, meeting_place(head.occasion))) is not None
            and org != text
        ):
            # the speaker's post with the name left blank ('某区财政局局长'): the organ
            head.issuers = [org]
        elif (
            (m := _ORG_DATE.match(raw_text.strip()) or _DATE_ORG.match(text))
            and is_org(m.group("org"))
            and is_date_line(m.group("date"))
        ):
            # the issuing office and the date on one line under the title (a site's byline);
            # a date with its time of day is when the page was posted: used last
            if m.re is _DATE_ORG:
                head.page_date = head.page_date or _iso(m.group("date"))
            else:
                head.date = head.date or _iso(m.group("date"))
            if not head.issuers:
                head.issuers = [m.group("org")]
                head.weak_issuers = True
            zone = "date"
        elif (
            head.title.endswith(("决定书", "決定書"))
            and not head.addressees
            and text.endswith(_ENTERPRISE_ENDS)
            and is_org(text)
        ):
            # the party a decision is served on, named under its 文号 ('某某有限公司', its
            # credit code and address under it): the addressee, not an issuer
            head.addressees = [text]
            zone = "addressee"
        elif (named := _issuer_line(text, raw_text)) and not _among_names(lines, k):
            # the issuers printed on a line under the title (a site's field, a bulletin's
            # byline): taken where nothing better names them, and given way to by what does
            if not head.issuers:
                head.issuers = named
                head.weak_issuers = True
            else:
                # the same organ named in full on the line ('中华人民共和国国务院' under a
                # title that opens with 国务院): the fuller name stays
                head.issuers = [
                    next((n for n in named if same_organ(n, i) and len(n) > len(i)), i)
                    for i in head.issuers
                ]
                if (
                    head.weak_issuers
                    and head.zones
                    and head.zones[-1][:2] == (lines[k - 1][4], "head")
                    and (
                        (k + 1 < len(lines) and _DAY_OR_MONTH.fullmatch(lines[k + 1][2]))
                        or (
                            len(named) >= 2
                            and len(_issuer_line(lines[k - 1][2], lines[k - 1][3])) >= 2
                        )
                    )
                ):
                    # another organ's line right under the first's, over the date: issuers
                    # stacked, as a bulletin's byline prints them ('某区统计局' / '某区某普查
                    # 领导小组办公室' / '2020年11月'); or rows of a joint block, two names or
                    # more to each ('某厅 某厅' / '某局 某总站')
                    head.issuers += [
                        n for n in named if not any(same_organ(n, i) for i in head.issuers)
                    ]
        elif (
            len(text) >= 6
            and not _TITLE_NOISE.sub("", head.title).startswith(_TITLE_NOISE.sub("", text)[:6])
            and any(z == "headline" and t != text and t.startswith(text) for _n, z, t in head.zones)
        ):
            zone = "headline"  # the site's headline again in part, its teaser under the title
        elif _same_title(text, head.title) or _without_issuer(head.title, text):
            zone = "title_again"  # no evidence for the title: a site repeats what it shows
            # a site prints the title again (under its issuer's field, over the text), with
            # the record it flattened onto the line: the 文号 and date stay
            number = tidy_title(text)[1]
            ran_on = _text_after_number(text, number)
            if number:
                # a 文号, or a 公告's bare number ('第1号') the title printed again carries
                bare = number if re.fullmatch(r"(?:\d{4}年)?第\d{1,4}号", number) else None
                head.doc_number = head.doc_number or find_doc_number(number) or bare
            if ran_on:
                # the title again with its number and the text's first sentence run on ('…的
                # 公告2010年第50号根据《…》…予以公告。'): the text goes on from there (a day it
                # names is the text's)
                head.cut = ran_on
                _record(head, lines[k], "title_again")
                return k
            if number and (m := DATE.search(text)) and _beside(text, number, m):
                # (a day beside the number, as a record prints it; not one of the text's run on
                # after its fields: '…安市监罚〔2023〕152号 当事人:… 2023年04月18日,本局对…')
                head.date = head.date or date_from_match(m)
        elif (
            k + 1 < limit
            # (a line may end on a cited title's 》, '关于检查《某某条例》' / '实施情况的报告')
            and (not ends_like_title(text) or text.endswith("》"))
            and _again_over_two(text + lines[k + 1][2], head.title)
        ):
            # the title printed again over two lines (under its issuer's line): no evidence
            _record(head, lines[k], "title_again")
            k += 1
            zone = "title_again"
        elif (
            k + 2 < limit
            and not ends_like_title(text)
            and _again_over_two(text + lines[k + 1][2] + lines[k + 2][2], head.title)
        ):
            # or over three ('化隆回族自治县' / '施行《…》结婚年龄的' / '变通规定', under a markdown
            # export's heading of the whole title)
            _record(head, lines[k], "title_again")
            _record(head, lines[k + 1], "title_again")
            k += 2
            zone = "title_again"
        elif _cut_again(head.title, text):
            zone = "title_again"  # printed again and cut before its kind: no evidence
        elif (
            k > 0
            and head.zones
            and head.zones[-1][:2] == (lines[k - 1][4], "head")
            and _again_over_two(lines[k - 1][2] + text, head.title)
        ):
            # the title printed again over two lines, its issuer's line read as the issuer's
            # ('某县人民政府' / '封 山 令' under the headline '某县人民政府封山令'): the rest
            zone = "title_again"
        elif (addressee_line(text) or bare_addressee_line(text)) and not (
            # (a list without its colon that ends on a comma goes on: '…，广西电网公司，' /
            # '广西电力交易中心：')
            text.endswith(("，", ",", "、"))
            and k + 1 < limit
            and wrapped_addressees(text, lines[k + 1][2])
        ):
            if len(head.title) >= 8 and text.startswith(head.title) and len(text) > len(head.title):
                # the title printed again with the 主送 run onto it ('…的通知各县(市)、区人民
                # 政府,市人民政府各部门:'): the title is no part of the first addressee
                text = text[len(head.title) :]
            head.addressees = split_addressees(text if text.endswith(("：", ":")) else text + "：")
            _record(head, lines[k], "addressee")
            return k + 1
        elif k + 1 < limit and wrapped_addressees(text, lines[k + 1][2]):
            # the 主送 line wrapped, even inside a word ('…各行政公署，自治' / '区人民政府各部门：')
            head.addressees = split_addressees(text + lines[k + 1][2])
            _record(head, lines[k], "addressee")
            _record(head, lines[k + 1], "addressee")
            return k + 2
        elif _PAGE_VALUE.fullmatch(text):
            zone = "page_metadata"  # a site's record under the title, its labels lost
        elif _REPLY_MARK.fullmatch(text):
            # a reply's marks over its 文号: the answer's category ('类别:(C)', '(A)类') and
            # whether it is published ('公开')
            zone = "reply_mark"
        elif translation_line(text) and _zone_after_translation(lines, k):
            zone = "translation"  # a bilingual page's English line between its head's lines
        elif (
            (m := _ADDRESSED_TEXT.match(text))
            and addressee_line(m.group("to"))
            # (a paragraph's sentence after it, not a news headline's words after an organ
            # and a colon: '某省民政厅:2月3日起,全省暂停办理婚姻登记')
            and (len(m.group("text")) >= 30 or "。" in m.group("text"))
        ):
            # the 主送 run onto the first paragraph: '各中央预算单位，…财政局：为贯彻…'
            head.addressees = split_addressees(m.group("to"))
            head.cut = m.group("text")
            _record(head, lines[k], "addressee")
            return k
        else:
            break
        _record(head, lines[k], zone or "head")
        k += 1
    return k


def _promulgation(head: Head, m: re.Match[str], printed: str = "") -> None:
    """The date and the order number (or the notice's 文号) a note of promulgation gives
    (``printed``: its line as printed, where a joint order's organs are a space apart)."""
    head.date = head.date or _iso(m.group("date"))
    if m.group("number"):
        # issued by a numbered notice, not an order: its 文号 and its day
        head.doc_number = head.doc_number or re.sub(r"\s+", "", m.group("number"))
    if m.group("order"):
        # an order is dated the day it was promulgated, not the day a meeting adopted it
        head.date = _iso(m.group("date")) or head.date
        head.doc_number = head.doc_number or re.sub(r"[\s()（）]+", "", m.group("order"))
        head.order = True
        if len(each := _EACH_ORDER.findall(head.doc_number)) > 1 and all(map(is_org, each)):
            # a joint order each organ numbered in its series: each organ issues it
            _order_issuer(head, "、".join(each), each)
        elif (
            (
                line := ORDER_LINE.match(head.doc_number)
                or _YEAR_NUMBERED.match(head.doc_number)
                # (its number before 令: '海关总署第61号令')
                or _NUMBERED_ORDER.fullmatch(head.doc_number)
            )
            and len(line.group("org")) > 2  # (a province's code, '粤府令', names no organ)
            and (is_org(line.group("org")) or len(_order_organs(line.group("org"))) > 1)
        ):
            # the government whose order it was (a joint order's organs each, as printed)
            _order_issuer(head, line.group("org"), _spaced_organs(printed, line.group("org")))


#: each organ of a joint order numbered in each one's series ('某委员会令第8号、某部令第1号')
_EACH_ORDER = re.compile(r"(?:^|、)([\u4e00-\u9fff]{2,30}?)令第\d{1,5}号(?=、|$)")
#: a note that opens with an order's number, the organs perhaps a space apart, then the verb or
#: the note's end: '（某部令2022年第3号公布，…）', '（某局 某局令 2013年第33号）'
_ORDER_FIRST = re.compile(
    r"^[(（]\s*(?P<order>[\u4e00-\u9fff][\u4e00-\u9fff、\s]{1,60}?令\s*"
    rf"(?:{YEAR}\s*年\s*)?第\s*\d{{1,5}}\s*号)\s*(?:(?:公布|发布).*|[，,；;\s].*)?[)）]$"
)
#: a ministry's order numbered within its year: '农业农村部令2018年第1号'
_YEAR_NUMBERED = re.compile(rf"^(?P<org>[\u4e00-\u9fff、]{{2,60}}?)令{YEAR}年第\d{{1,5}}号$")


def _wrapped_promulgation(
    lines: list[tuple[int, int, str, str, int]], k: int
) -> tuple[re.Match[str], int] | None:
    """A note of promulgation (``PROMULGATED``'s, else ``ORDER_NOTE``'s) wrapped from line
    ``k`` over the lines under it: its match on the lines joined, and its last line."""
    for pattern in (PROMULGATED, ORDER_NOTE):
        joined, last = _wrapped(lines, k, pattern)
        if (m := pattern.match(joined)) is not None:
            return m, last
    return None


def _wrapped_zone(
    head: Head, lines: list[tuple[int, int, str, str, int]], k: int, last: int, zone: str
) -> int:
    """The lines before ``last`` a wrapped zone was joined from, recorded as its evidence (the
    loop records ``last``); returns ``last``."""
    for at in range(k, last):
        _record(head, lines[at], zone)
    return last


#: the values of a site's record printed under the title without their labels: an index
#: number ('QE2305000-2023-002', '11500234008646164K/2020-00022') and the disclosure status
_PAGE_VALUE = re.compile(
    r"[A-Z0-9]{2,}[A-Z0-9]*(?:[-/][A-Z0-9]+){1,3}|主动公开|依申请公开|不予公开|免予公开"
)
_ORG_DATE = re.compile(
    # (its site's address between: '中华人民共和国某某部www.example.gov.cn 2010年12月30日')
    r"^(?P<org>[\u4e00-\u9fff（）()]{3,40}?)(?:(?:https?://)?www\.[\w./-]+)?[\s\u3000]+"
    r"(?P<date>[\d年月日〇零一二三四五六七八九十./-]{6,16})$"
)


#: a site's byline the other way round: '2023-01-05 10:00区人民政府办公室'
_DATE_ORG = re.compile(
    r"^(?P<date>\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?P<org>[\u4e00-\u9fff（）()]{3,40})$"
)
_ADDRESSED_TEXT = re.compile(r"^(?P<to>[^。：:；]{2,200}?[：:])[ \u3000]*(?P<text>\S.{9,})$")


_ADOPTION_OPENS = re.compile(rf"^[(（]?\s*(?:{YEAR}\s*年|(?:19|20)\d{{3,4}}日)")


def _opens_adoption(text: str) -> bool:
    """'（2023年5月26日…' opening a meeting line that wraps onto the next (not a title that
    opens with its year: '2023年天等县决算(草案)的报告' over its meeting line)."""
    return len(text) <= 60 and _ADOPTION_OPENS.match(text) is not None and not ends_like_title(text)


def _adopts(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Whether the meeting line at ``k``, joined with up to two more, says it adopted."""
    text = lines[k][2]
    for j in range(k + 1, min(k + 3, len(lines))):
        text += lines[j][2]
        if ADOPTED.match(text):
            return True
    return False


def _amendment(text: str) -> bool:
    """A later amendment's line in an adoption history — not a sentence of the text (a
    promulgation '《…》已由…通过，现予公布，自…起施行。')."""
    # the cheap tests first: most lines seen here are sentences, and DATE is tried at every
    # character of one
    return (
        "。" not in text.rstrip("。")
        and not text.startswith("《")
        and "公布" not in text
        and _AMENDED.search(text) is not None
        and DATE.search(text) is not None
    )


_AMENDED = re.compile(r"修正|修订|修改|批准|通过|施行")


#: a purpose or a ground and the comma that closes it, opening a sentence: no title reads so
_CLAUSE_OPENING = re.compile(r"(?:为了?|根据|按照|依据|依照)[^，,。《]{2,40}[，,]")

#: a site's column named by two kinds of document: '通知公告', '公告公示', '通知通告'; a
#: congress's '决议决定'
_KINDS_COLUMN = re.compile(
    r"(?:通知|公告|通告|公示|通报)(?:公告|通告|公示|通报|通知)|决议决定|决定决议"
)

#: a line opening with a short label and its colon
_FIELD_OPENING = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]")

#: the kinds a masthead prints under an organ's name, over a number and the title
_MASTHEAD_KINDS = ("公告", "通告")


def _title_under_number(
    lines: list[tuple[int, int, str, str, int]], k: int, head: Head
) -> int | None:
    """An organ's 公告 or 通告 and its number over the title ('某指挥部' / '通  告' / '第11号' /
    '关于调整…' / '…的通告', over one to three lines from line ``k``): the lines over the
    number were its masthead, the title is the 关于 lines. The line after the title, where
    there is one."""
    if not (
        k < len(lines)
        and lines[k][2].startswith("关于")
        and head.doc_number
        and head.title.endswith(_MASTHEAD_KINDS)
        and "关于" not in head.title
    ):
        return None
    joined = ""
    for j in range(k, min(k + 3, len(lines))):
        text = lines[j][2]
        if len(text) > 40 or "。" in text:
            return None
        joined += text
        if joined.endswith(head.title[-2:]) and title_end(joined) is not None:
            head.title = joined
            head.zones = [(n, "masthead" if z == "title" else z, t) for n, z, t in head.zones]
            for line in lines[k : j + 1]:
                _record(head, line, "title")
            return j + 1
    return None


def _opens_with_occasion(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """Whether line ``k`` opens the meeting a report was read at (its dash, or its date then
    在…), the line wrapped onto the next ones where it is."""
    text = lines[k][2]
    if not (text.startswith(("——", "—", "--")) or opens_speech(text)):
        return False
    joined, _end = _wrapped(lines, k, SPEECH)
    return SPEECH.match(joined) is not None


def _wrapped(
    lines: list[tuple[int, int, str, str, int]], k: int, pattern: re.Pattern[str]
) -> tuple[str, int]:
    """A meeting line that wraps over up to three lines, joined."""
    text = lines[k][2]
    for _extra in range(3):
        if pattern.match(text) or k + 1 >= len(lines):
            break
        if text.startswith(("——", "—", "--")) and read_occasion(text) is not None:
            break  # a subtitle complete on its line ('——…会议通过')
        nxt = lines[k + 1][2]
        if zone_of(nxt) is not None and not pattern.match(text + nxt):
            break
        k += 1
        text += nxt
    return text, k


#: rules' title, then the organ whose order promulgates them, run together
_TITLE_THEN_ORGAN = re.compile(
    r"(?P<title>[\u4e00-\u9fff]{4,60}?(?:办法|规定|条例|细则|规则))"
    r"(?P<org>[\u4e00-\u9fff]{2,16}(?:人民政府|政府|部|局|厅|委员会|署))"
)
#: offices that issue orders in their own name (中华人民共和国主席令, 省长令)
_ORDERING_OFFICES = ("主席", "总理", "省长", "市长", "县长", "区长", "州长", "部长", "主任", "署长")
#: an order's line in brackets, as a text printed under its title gives it
_BRACKETED_ORDER = re.compile(r"^[(（]\s*(?P<line>[^()（）]{4,40}令[^()（）]{2,16})[)）]$")
#: an order's line, its organ and its number ('某市人民政府令 第3号'); structure/ reads an
#: order's 文号 with it too
ORDER_LINE = re.compile(
    r"^(?P<org>\S{2,30}?)令\s*[(（]?\s*(?:[一二三四五六七八九十]{1,3}届)?\s*第\s*"
    r"(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号[)）]?$"
)


def _order_issuer(head: Head, org: str, organs: list[str] | None = None) -> None:
    """The organ an order is issued by ('东莞市人民政府令'): it names the issuer over any line a
    site printed under the title. (``organs``: a joint order's, where the line parts them.)"""
    if not is_org(org) and head.issuers:
        return  # an office's order (主席令) promulgates what the body named above adopted
    if head.weak_issuers or not head.issuers:
        head.issuers = organs or _order_organs(org)
        head.weak_issuers = False


def _spaced_organs(printed: str, org: str) -> list[str] | None:
    """A joint order's organs as its line prints them a space apart ('交通运输部 国家发展改革委
    令2012年第6号'), where the spaces are all that tells them apart: each an organ's name."""
    if not printed or " " not in printed.strip():
        return None
    for m in _SPACED_ORGANS.finditer(printed):
        parts = m.group("organs").split()
        # (the words before the first organ run onto it: the day, '…22日交通运输部')
        extra = len("".join(parts)) - len(org)
        while parts and extra >= len(parts[0]):
            extra -= len(parts.pop(0))
        if parts:
            parts[0] = parts[0][extra:]
        if len(parts) > 1 and "".join(parts) == org and all(map(is_org, parts)):
            return parts
    return None


#: organs a space apart before 令
_SPACED_ORGANS = re.compile(r"(?P<organs>[\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+)+)\s*令")


def _order_organs(org: str) -> list[str]:
    """The organs an order's name says issue it: a joint order's each by its name
    ('卫生部、交通部令')."""
    parts = org.split("、")
    return parts if len(parts) > 1 and all(map(is_org, parts)) else [org]


#: what a title printed again may differ by: spaces, quotes, brackets
_TITLE_NOISE = re.compile(r"[\s《》〈〉“”\"'()（）]")


def _text_after_number(text: str, number: str | None) -> str:
    """The text's first sentence run on after the title printed again and its number ('…的公告
    2010年第50号根据《…》…予以公告。'); '' where the line ends with the number or a note."""
    if not number:
        return ""
    at = text.find(number)
    rest = text[at + len(number) :].strip() if at >= 0 else ""
    return rest if len(rest) >= 20 and rest.endswith(("。", "：", ":")) else ""


def _same_title(text: str, title: str) -> bool:
    """The title printed again, whole or without the issuers it opens with, or after its
    文号 (a site's headline: '鞍立政发〔2023〕2号立山区人民政府关于…')."""
    m = LEADING_NUMBER.match(text)
    if m is not None and len(text) > m.end() + 4 and _same_title(text[m.end() :], title):
        return True
    if text.endswith((")", "）")) and (revised := _REVISION_NOTE.search(text)):
        text = text[: revised.start()]  # the title again with its revision: '…办法(修正)'
    again, whole = _TITLE_NOISE.sub("", tidy_title(text)[0]), _TITLE_NOISE.sub("", title)
    if not title or not again:
        return False
    return again == whole or (
        len(again) >= 8
        and whole.endswith(again)
        and (is_org(whole[: -len(again)]) or is_place_name(whole[: -len(again)]))
    )


def _among_names(lines: list[tuple[int, int, str, str, int]], k: int) -> bool:
    """A short line among people's names, one a line ('劉蘇社' / '王明山' / '孫紅梅', a photo's
    captions): a person's name, though it ends like an organ's (社)."""
    if len(lines[k][2]) > 3:
        return False
    near = [lines[x][2] for x in (k - 1, k + 1) if 0 <= x < len(lines)]
    return any(_PERSON_NAME.fullmatch(t) is not None and not is_org(t) for t in near)


_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _issuer_line(text: str, raw: str) -> list[str]:
    """'宜春市统计局  国家统计局宜春调查队': a line of organs' names and nothing else."""
    return list(_issuer_names(text, raw))


@lru_cache(maxsize=4096)
def _issuer_names(text: str, raw: str) -> tuple[str, ...]:
    """``_issuer_line``'s names, kept: every candidate title asks again of the lines under
    it."""
    if (
        raw.rstrip().endswith("等")
        and len(raw) > 6
        and len(names := raw.rstrip()[:-1].split()) >= 2
        and is_org(names[-1])
    ):
        # a database's field cut to its first issuers: '国家计委 财政部 等', '科学技术部 财政部
        # 文化部等'
        raw, text = raw.rstrip()[:-1], text.removesuffix("等")
    parts = [p for p in _NAME_GAPS.split(raw.strip()) if p]
    if len(parts) > 1 and all(is_org(p) for p in parts):
        return tuple(parts)
    if is_org(text):
        return tuple(split_organs(text))
    if "批准" in text:
        # a law database's field, who approved and who issued: '北京市政府批准市市政管委'
        approver, _, issuer = text.partition("批准")
        if is_org(approver) and is_org(issuer):
            return (issuer,)
    return ()


#: how a text's first sentence opens: a reason, a basis, a year
_SENTENCE_OPENS = re.compile(r"(?:根据|按照|依据|为了?|近年来|\d{4}年[^，,。]{0,12}[，,])")
#: how an enterprise's name ends: the party a 处罚决定书 is served on
_ENTERPRISE_ENDS = ("公司", "厂", "店", "合作社")
_NAME_GAPS = re.compile(r"[\s\u3000\u2002\u2003、，,]+")


#: a body named by its level alone, without its place: '自治县人大常委会', '市政府'
PLACELESS = re.compile(r"^(?:自治[县州区旗]|[省市县区州盟旗镇乡])")


def _placed(issuer: str, head: Head) -> str | None:
    """A body named by its level alone ('市人民政府'), named with its place where the page's
    headline over the document names it so ('十政发〔2018〕30号《十堰市人民政府关于…》'), or
    where a report's session-paper header names the congress of its meeting line with its
    place ('某市某区第十四届人民代表大会' over '——…在区第十四届人民代表大会第四次会议上')."""
    level = PLACELESS.match(issuer)
    for _no, zone, text in head.zones:
        if zone != "headline":
            continue
        for start, mid in ideographs_before(text, issuer + "关于", 2, 10, lazy=True):
            if is_place_name(text[start:mid] + issuer[0]):
                return text[start:mid] + issuer
        if (
            level
            and head.occasion
            and (congress := _CONGRESS_HEADER.fullmatch(text))
            and congress.group("place").endswith(level.group(0))
            and head.occasion.startswith(level.group(0) + congress.group("term"))
            and is_place_name(congress.group("place"))
        ):
            return congress.group("place") + issuer[level.end() :]
    return None


#: a report's session-paper header, the congress with its place and term: '某市某区第十四届
#: 人民代表大会'
_CONGRESS_HEADER = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,16}?)(?P<term>第[一二三四五六七八九十\d]{1,4}届)人民代表大会"
)


def _issuer_before_kind(title: str) -> tuple[str, str] | None:
    """A title that is its issuer's name and its kind alone ('某某县人大常委会公告'): the
    issuer and the kind."""
    m = title_end(title) if title else None
    if m is None or m.start() == 0 or not is_org(title[: m.start()]):
        return None
    return title[: m.start()], m.group(1)


#: a decision written out to the party it penalises, titled by its organ: '某局行政处罚决定书'
_PENALTY = re.compile(r"(?P<org>.{4,40}?)(?:行政)?(?:处罚|處罰)[决決]定[书書]$")


def announcer(title: str) -> str | None:
    """The issuer a 公告's or 通告's title is the name of, before its kind: '兴安盟新冠肺炎疫情防控
    指挥部公告' → '兴安盟新冠肺炎疫情防控指挥部'; and a penalty decision's: '某局行政处罚决定书'."""
    if (penalty := _PENALTY.fullmatch(title)) and is_org(penalty.group("org")):
        return penalty.group("org")
    found = _issuer_before_kind(title)
    if found is None or found[1] not in ("公告", "通告", "公示") or len(found[0]) < 4:
        return None
    return found[0]


def _issuer_and_kind(title: str) -> bool:
    """A title that is its issuer's name and its kind alone: '某某县人大常委会公告'."""
    return _issuer_before_kind(title) is not None


#: a report's title: what a congress approves without issuing it
_REPORT_TITLE = re.compile(r"(?:报告|報告)$")


#: a meeting of one organ that adopted a text, its day before it: '2018年3月2日某检察院第十二届
#: 检察委员会第74次会议'
_COMMITTEE_MEETING = re.compile(
    rf"(?P<date>{DATE.pattern})\s*(?P<organ>[\u4e00-\u9fff]{{2,30}}?)(?:第[一二三四五六七八九十\d]{{1,4}}届)?"
    r"(?:审判委员会|检察委员会|常务委员会|委员会)",
    re.X,
)


def _jointly_adopted(text: str) -> str | None:
    """The day a text two organs adopted each at its own meeting was made: the later one
    ('2018年1月25日某法院审判委员会第1732次会议、2018年3月2日某检察院检察委员会第74次会议
    通过'); None for one organ's meeting, or a text adopted and then amended or approved."""
    if any(word in text for word in ("修正", "修订", "修改", "批准")):
        return None
    meetings = list(_COMMITTEE_MEETING.finditer(text))
    days = [date_from_match(m) for m in meetings]
    if len(meetings) < 2 or None in days or len({m.group("organ") for m in meetings}) < 2:
        return None
    return max(d for d in days if d is not None)


def _revised_only(text: str) -> bool:
    """A meeting line that revised a text, not one that adopted or approved it: '2006年9月15日
    某市…常务委员会第三十次会议修订' (the whole text made again: its day is the text's, as an
    adoption's is)."""
    return "修订" in text and "通过" not in text and "批准" not in text


def _occasion(head: Head, text: str, undated: bool = False) -> bool:
    """'——2026年1月14日在…会议上' (read at) or '2026年1月16日…会议通过' (adopted by).
    (``undated``: the meeting's day is not the document's.)"""
    found = read_occasion(text)
    if found is None:
        return False
    if head.date is None and found.date is not None and not undated:
        head.date = _jointly_adopted(text) or found.date
        head.adopted = found.speaker is None and "在" not in text[:20]
    head.occasion = found.occasion
    head.speaker = head.speaker or found.speaker
    if (
        found.issuer
        and (not head.issuers or head.weak_issuers)
        and not (PLACELESS.match(found.issuer) and _issuer_and_kind(head.title))
        # (a report a congress approved is the reporter's, not the congress's: '关于…预算草案
        # 的报告' / '(…人民代表大会第四次会议通过)' / '某市财政局')
        and not (
            found.speaker is None and "在" not in text[:20] and _REPORT_TITLE.search(head.title)
        )
        # (nor a text a higher congress approved, no adoption named: '(1989年11月25日某省…
        # 常务委员会第十次会议批准…)' under an autonomous county's 自治条例 names the approver)
        and not ("批准" in text and "通过" not in text and "制定" not in text)
    ):
        # (a title that opens with its issuer's name, '某某县人大常委会公告', names it better
        # than a meeting line that leaves out the place: '自治县九届人大常委会第…次会议')
        head.issuers = [found.issuer]
        head.weak_issuers = False
    return True


def _beside_confirmed(name: str, confirmed: list[str]) -> bool:
    """'某市体育总会' beside the confirmed '某市教育体育局' on a joint 发文机关标志: an organ's
    name under the same place, no organ's word inside it but at its end."""
    places = places_in(name)
    if not confirmed or not places or not name.startswith(places[0]) or not is_org(name):
        return False
    return all(m.end() == len(name) for m in ORGAN_WORD.finditer(name, len(places[0]))) and any(
        c.startswith(places[0]) and c != name for c in confirmed
    )


def _issuers(head: Head, groups: list[Group], start: int, end: int) -> None:
    """The 发文机关标志's names are issuers when the document confirms them (they recur in
    its text, or the title opens with them): a joint 红头 extracted badly interleaves two
    names, and such a string must not become an issuer."""
    names = [t for _no, zone, t in head.zones if zone == "masthead_name"]
    if not names:
        if head.title.endswith("令") and not head.issuers and ORG_END.search(head.title[:-1]):
            organs = _order_organs(head.title[:-1])
            if all(map(is_org, organs)):  # (not a 令 named for what it orders: '…森林禁火令')
                head.issuers = organs
        return
    # (the head's lines are read in simplified characters, a traditional text's body is not:
    # the names are counted in the body read the same way)
    body = to_simplified("".join(g.text for g in groups[start:end]))
    parts = [p for name in names for p in (split_organs(name) if len(name) > 12 else [name])]
    strict = [
        part
        for part in parts
        if (
            body.count(part) >= 2
            or head.title.startswith(part)
            or _government(part)
            or _party_body(part)
            or _numbered_by(part, head.doc_number)
        )
    ]
    # (a joint 标志's other names, beside one confirmed: each a whole organ's name of the same
    # place, no organ's end inside it, as no interleaving of two names reads)
    confirmed = [p for p in parts if p in strict or _beside_confirmed(p, strict)]
    if confirmed and (not head.issuers or set(confirmed) >= set(head.issuers)):
        head.issuers = confirmed


#: the characters of a 文号's code that name its kind of document or its office's desk, not
#: the organ the code abbreviates: '发', '函', '字', '办', '文'
_KIND_CODE_CHARS = "发函字办文"


def _branch_numbered_by(name: str, code: str) -> bool:
    """A national body's branch, its place inside its name ('中国人民银行某某市支行办公室'),
    whose 文号's code opens with the place's character, then one of the body's ('某银办')."""
    places = places_in(name)
    if len(places) != 1 or not is_org(name):
        return False
    at = name.index(places[0])
    rest = name[:at] + name[at + len(places[0]) :]
    return (
        at > 0
        and len(code) >= 2
        and code[0] in places[0]
        and code[1] in rest
        and code[1] not in _KIND_CODE_CHARS
    )


def _numbered_by(name: str, doc_number: str | None) -> bool:
    """A department's name under a real place, one organ's, whose 文号's code abbreviates it
    ('贵州省国土资源厅' over '黔国土资发[2006]83号'): no interleaving of two mastheads reads so."""
    if not doc_number or split_organs(name) != [name]:
        return False
    code = issuer_code(doc_number)
    if code is None:
        return False
    if name.startswith("国家") and is_org(name):
        # a national organ's, whose code opens with its own word ('国家体育总局办公厅' over
        # '体群字(2021)201号'): no place before it to abbreviate
        return code[0] in name[2:] and code[0] not in _KIND_CODE_CHARS + "国"
    if name.startswith("国务院") and len(name) > 5 and is_org(name):
        # a State Council body's, whose code abbreviates its own name, its characters in the
        # name's order ('国务院国有资产监督管理委员会' over '国资委群工[2006]271号')
        return len(code) >= 3 and in_order(code[:3], name[3:])
    if not starts_with_place(name):
        return _branch_numbered_by(name, code)
    places = places_in(name)
    cut = len(places[0]) if places and name.startswith(places[0]) else 2
    place, own = name[:cut], name[cut:]
    # (the code's words for the organ, not its kind of document: 发, 函, 字, 办 …)
    if sum(1 for ch in set(code[1:]) if ch in own and ch not in _KIND_CODE_CHARS) >= 2:
        return True
    # (or a code of two characters, the place's and the organ's: '东台市卫生局' over '东卫[2010]
    # 93号')
    return (
        len(code) == 2
        and code[0] in place
        and code[1] in own
        and code[1] not in _KIND_CODE_CHARS
        and is_org(name)
    )


def _party_body(name: str) -> bool:
    """A party's or the League's body under a real place, one organ's name ('共青团某省某某
    委员会机关委员会', '中共某县委员会'): read whole, no interleaving of two mastheads."""
    for lead in ("中国共产党", "中共", "共青团"):
        if name.startswith(lead):
            rest = name[len(lead) :]
            return starts_with_place(rest) and is_org(name) and split_organs(name) == [name]
    return False


def _government(name: str) -> bool:
    """A government's (or its office's) name under a real place: no interleaving of two
    mastheads reads as one ('新疆维吾尔自治区人民政府', '某某县人民政府办公室')."""
    return name.endswith(("人民政府", "人民政府办公厅", "人民政府办公室")) and starts_with_place(
        name
    )


def _iso(text: str) -> str | None:
    m = DATE.search(text)
    return date_from_match(m) if m else None


__all__ = [
    "TITLE_END",
    "Head",
    "is_date_line",
    "issuers_from_title",
    "parse_head",
    "split_addressees",
    "split_organs",
]
