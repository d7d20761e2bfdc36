"""A web page's metadata table (标题, 发文字号, 成文日期, 发文机关, 发布日期) applied to the
document its body holds. The page's values are the publisher's own record and win; where the
body says otherwise, a problem records the difference."""

from __future__ import annotations

import re

from gongbao.docnumber import canonical, doc_numbers, find_doc_number, numbered_by_office
from gongbao.model import Document, Issue, Problem, Source
from gongbao.structure.boundaries import norm_title
from gongbao.structure.dates import parse_date
from gongbao.structure.head import PLACELESS
from gongbao.structure.kinds import kind_of
from gongbao.structure.organs import (
    LEVEL_GOVERNMENTS,
    NAMED_ORGAN_START,
    ORG_END,
    contracted,
    fullest_names,
    is_org,
    issuer_opening,
    issuers_from_title,
    numbered_issuer,
    printed_in_full,
    record_full_form,
    split_organs,
    starts_organ,
)
from gongbao.structure.places import is_known_place, is_place_name, places_in, starts_with_place
from gongbao.structure.speakers import parse_speaker, speaker_org
from gongbao.titles import title_end


def _differs(issue: Issue, doc_id: str, what: str, page: str, body: str | None) -> None:
    if body and page and body != page:
        issue.problems.append(
            Problem(
                "page_metadata_differs",
                f"{what}：网页记为“{page}”，正文为“{body}”",
                doc_id,
                Source(document=doc_id),
            )
        )


def _same_number(a: str, b: str) -> bool:
    """Equal but for bracket style; an order (令) the same whatever its issuer's short form
    (国令第707号 is 中华人民共和国国务院令第707号)."""
    if canonical(a) == canonical(b):
        return True
    digits = re.compile(r"(\d+)\s*号")
    return "令" in a and "令" in b and digits.findall(a)[-1:] == digits.findall(b)[-1:]


def _speaks_as(organ: str, doc: Document) -> bool:
    """Whether the document speaks as the kind of organ named ('我局' of a 局, '我厅' of a 厅)."""
    own = "我" + organ[-1]
    return any(own in block.text for block in doc.blocks())


def _named_in_full(short: str, doc: Document) -> str | None:
    """The organ a short name ('市自然资源局') stands for where the document's text prints it
    after its place ('绥化市自然资源局', a place of the division list): one such name only."""
    bare = short.lstrip("市县区州盟旗")
    if len(bare) < 3:
        return None
    found: set[str] = set()
    for block in doc.blocks():
        at = block.text.find(bare)
        while at >= 0:  # (printed first in a block, it has no place before it)
            for start in range(at - 1, max(-1, at - 13), -1):  # (the shortest place first)
                name = block.text[start:at] + bare
                if name.endswith(short) and is_known_place(block.text[start:at]):
                    found.add(name)
                    break
            at = block.text.find(bare, at + 1)
    return found.pop() if len(found) == 1 else None


def _by_level(name: str) -> str | None:
    """How an organ's own texts name it, its place by its level: '大石桥市发展和改革局' →
    '市发展和改革局' (None for a name that does not open with a place of the list)."""
    places = places_in(name)
    if not places or not name.startswith(places[0]) or places[0][-1] not in "省市县区州旗盟":
        return None
    rest = name[len(places[0]) :]
    return places[0][-1] + rest if len(rest) >= 3 else None


def _division(name: str) -> bool:
    """A division inside an organ named without the organ: '环境影响评价与排放管理处'."""
    return (
        name.endswith(("处", "科", "股"))
        and not name.endswith("办事处")  # (a 街道's office is an organ: '某某街道办事处')
        and not starts_with_place(name)
    )


#: a dash, which no organ's name holds
_DASH = re.compile(r"[—–－]")

#: what a record's full name of an organ adds to a byline's short one: a 街道's office, a
#: 镇's government
_FULL_FORM_ENDS = ("办事处", "人民政府")


#: the country's names, a place as a province's is
_COUNTRY = frozenset({"中华人民共和国", "中国"})


def _person(name: str) -> bool:
    """A short name with no organ's word, nor a party or state organ's opening: a person's
    (a portal's 发文机关 field filled with its clerk's name, '刘敏姿')."""
    return (
        len(name) <= 4
        and ORG_END.search(name) is None
        and not NAMED_ORGAN_START.match(name)
        and not name.endswith(_DIVISION_ENDS)
    )


#: the last words of a division's name, which a record names its town's government by
_DIVISION_ENDS = ("镇", "乡", "街道", "苏木", "嘎查", "村", "社区", "县", "市", "区", "旗")


def _place_only(name: str) -> bool:
    """A place's name with no organ's word: '云和', '某某县', '中华人民共和国' (a wiki's
    '发布机关' field cut after the country's name), '中国宜兴' (a portal's name)."""
    # (a portal named for its place, '中国宜兴' in a record's 制发机关 field: the site's name)
    portal = name[2:].lstrip("·•") if name.startswith(("中国", "中國")) else ""
    return (is_place_name(name) or name in _COUNTRY or is_place_name(portal)) and not is_org(name)


#: a title's end in '…的通知': what a whole title says after 关于 or its issuer, not alone
_OF_KIND = re.compile(r"的(?:通知|通报|决定|批复|意见|复函|函|公告|通告|报告|请示|规定|办法)$")


#: what a site's column is named with: '部门文件', '政策文件', '通知公告', '最新动态'
_COLUMN_WORD = re.compile(r"(?:文件|公告|动态|公开|信息|要闻|新闻)$")


def apply_page_meta(issue: Issue, meta: dict[str, str]) -> None:
    """The page's record applied to the one document it shows. What the document itself
    prints comes first (a label is what the document bears); the page fills what the text
    lacks, and every disagreement is a problem."""
    if not issue.documents or not meta:
        return
    doc = issue.documents[0]
    _apply_title(issue, doc, meta)
    _apply_number(issue, doc, meta)
    _apply_date(issue, doc, meta)
    # the issuers by the evidence in order: the record's own field, then the site's furniture
    # (a byline, a footer, the site's name) where the text names none, then mended by both
    _issuers_from_record(doc, meta)
    _issuers_from_furniture(issue, doc, meta)
    _issuers_mended(doc, meta)
    if published := parse_date(meta.get("published", "")):
        issue.meta.published = published
        issue.meta.year = issue.meta.year or int(published[:4])


def _apply_title(issue: Issue, doc: Document, meta: dict[str, str]) -> None:
    """The record's title where the text's is missing, cut or another's; else a difference."""
    original = meta.get("original_title", "")
    if (
        (not doc.title or title_end(doc.title) is None)
        and not meta.get("title")
        and title_end(original) is not None
    ):
        # (a repost's '原标题:' note, naming a document: the title its text does not print, or
        # prints only under a headline that names no document, '某某通过率某某是什么…')
        doc.title = original
        if doc.kind == "document":
            doc.kind = kind_of(original)
        doc.issuers = doc.issuers or issuers_from_title(original)
        return
    if not doc.title and not meta.get("title") and (crumb := meta.get("crumb_title")):
        doc.title = crumb  # (the page names the document only in its breadcrumb)
        return
    if (
        (crumb := meta.get("crumb_title"))
        and doc.title.endswith(crumb)
        and doc.title[: -len(crumb)].isdigit()
        and len(doc.title) - len(crumb) <= 3
    ):
        # a page's number run onto the title its breadcrumb names ('1某某规划纲要' under '首页 >
        # … > 某某规划纲要'): no part of the title
        doc.title = crumb
    if title := _clean_title(meta.get("title", "")):
        headings = {norm_title(b.text) for b in doc.blocks() if b.type == "heading"}
        page, body = norm_title(title), norm_title(doc.title)
        if page != body:
            # an order (国务院令) is listed under the title of the text it promulgates
            # (a title the head read only the last line of, '(2021-2030年)的通知', its lines
            # printed apart: the page's record has it whole)
            if (
                page in headings
                or not doc.title
                or not title_end(doc.title)
                or (page.endswith(body) and doc.title[:1] in "(（的和及与暨")
                or (
                    # the last of a title's lines printed apart ('计划的通知'), no 关于 or
                    # issuer of its own: the record has the title whole
                    page.endswith(body)
                    and len(body) * 2 < len(page)
                    and "关于" not in doc.title
                    and not starts_organ(doc.title)
                    and _OF_KIND.search(doc.title) is not None
                )
                or (
                    # a column's name run onto the title ('部门文件' + the title: a page that
                    # printed its breadcrumb's crumbs without arrows): the record's title
                    body.endswith(page)
                    and len(body) - len(page) <= 6
                    and not starts_organ(doc.title)
                    and _COLUMN_WORD.search(body[: len(body) - len(page)]) is not None
                )
            ):
                if doc.title and page not in headings:
                    _differs(issue, doc.id, "标题", title, doc.title)
                doc.title = title
                if doc.kind not in ("order", "personnel", "news"):
                    # (a news headline the record prints as its title is still news)
                    doc.kind = kind_of(title)
                if not doc.issuers:
                    # (joint issuers before its 关于 are each the record title's)
                    doc.issuers = (
                        issuers_from_title(title)
                        or issuer_opening(title)
                        or _ordering_organ(meta.get("title", ""))
                    )
            elif page not in headings:
                _differs(issue, doc.id, "标题", title, doc.title)


#: a 文号 in the series of a government's meeting records: '某府会议纪要〔2023〕39号'
_MINUTES_CODE = re.compile(r"纪要\s*[〔\[［【(（]")


def _apply_number(issue: Issue, doc: Document, meta: dict[str, str]) -> None:
    """The record's 文号 where the text prints none; else a difference."""
    if number := find_doc_number(meta.get("doc_number", "")) or _issue_number(
        meta.get("doc_number", "")
    ):
        if doc.doc_number is None:
            doc.doc_number = _as_printed(number, doc)
            if doc.kind in ("regulation", "document") and _ORDER_CODE.match(number):
                doc.kind = "order"  # rules numbered in their government's orders ('惠府令〔…〕')
            elif doc.kind in ("news", "document") and _MINUTES_CODE.search(number):
                # a meeting's record in the series of its 纪要 ('长府会议纪要〔2023〕39号'),
                # whatever its headline says: the 纪要 itself
                doc.kind = "minutes"
        elif not _same_number(doc.doc_number, number):
            _differs(issue, doc.id, "文号", number, doc.doc_number)


def _apply_date(issue: Issue, doc: Document, meta: dict[str, str]) -> None:
    """The record's 成文日期 where the text bears none; else a difference."""
    if date := parse_date(meta.get("date", "")):
        if doc.date is None:
            doc.date = date
        else:
            _differs(issue, doc.id, "成文日期", date, doc.date)


def _issuers_from_record(doc: Document, meta: dict[str, str]) -> None:
    """The record's 发布机构 (or the body it names as publisher, where that body published
    its own text): the issuers where the text names none, or fuller names for those it does."""
    # (a record's 责任部门 where it names no 发布机构: the department that published it)
    publisher = meta.get("publisher") or meta.get("responsible")
    if publisher and not meta.get("issuer") and not _publishes_own(publisher, doc.title):
        publisher = None  # a town's page publishing its district's 办法: not the issuer
    if publisher and not meta.get("issuer") and doc.kind == "news":
        publisher = None  # a news report the page publishes: its office issued no document
    if publisher and not meta.get("issuer") and _department_numbered(publisher, doc.doc_number):
        publisher = None  # the portal's office publishing a department's numbered document
    if (
        publisher
        and not meta.get("issuer")
        and doc.doc_number
        and _ORDER_CODE.match(doc.doc_number)
        and (office := _GOVERNMENT_OFFICE.match(publisher))
    ):
        publisher = office.group("government")  # an order is its government's, not its office's
    if (
        publisher
        and not meta.get("issuer")
        and doc.doc_number
        and numbered_by_office(doc.doc_number) is False
        and (office := _GOVERNMENT_OFFICE.match(publisher))
    ):
        # the government's own series ('宛政〔2011〕7号') on a page its office publishes: the
        # government's document
        publisher = office.group("government")
    issuer = meta.get("issuer") or (publisher if not doc.issuers or _entrusting(doc) else None)
    if doc.kind == "news" and not doc.issuers:
        issuer = None  # a news report the page records: its 发文机关 posted it, issued nothing
    if (
        issuer
        and publisher
        and publisher.startswith(issuer)
        and publisher[len(issuer) :] in _FULL_FORM_ENDS
    ):
        # the same organ, the record's field naming it in full ('发布部门:某街道' over '发布机构
        # 某街道办事处'; a 镇 and its 人民政府): the full name
        issuer = publisher
    # (a record's field cut to a place, '发布机构:云和', names no organ: no issuer from it)
    # (nor one cut to a division of its organ, '发布机构: 某某管理处': the organ is not named)
    # (names the cleaner closed the spaces between, each whole: '某省财政厅某省地方税务局')
    # (no organ's name holds a dash: a field run into the next one's label and its empty value,
    # '新安街道附件下载——', names none)
    names = [
        n
        for part in re.split(r"[\s、，,]+", issuer or "")
        for n in (split_organs(part) if part else [])
        if not _place_only(n) and not _division(n) and not _person(n) and not _DASH.search(n)
    ]
    if names:
        if meta.get("publisher") and not meta.get("issuer") and _entrusting(doc):
            # a report read '受市人民政府委托' by the bureau that publishes the page: the
            # page names who read it, the text only whom it was read for
            doc.issuers = names
        elif (
            not doc.issuers
            or (len(names) > len(doc.issuers) and _covers(names, doc.issuers))
            # (or the text's one name holds two of the record's whole: their names run
            # together, the title's '某省财政某省国家税务局某省地方税务局关于…')
            or (len(doc.issuers) == 1 and sum(n in doc.issuers[0] for n in names) >= 2)
        ):
            # (a record's short form by the name the text prints in full: '民乐县卫健局' under
            # '2024年度民乐县卫生健康局(本级)部门决算')
            text = doc.title + "".join(b.text for b in doc.blocks()[:6])
            # (or by the name it prints with its place before it: '甘盐池种羊场' under
            # '海原甘盐池种羊场部门决算')
            doc.issuers = [
                fuller if (fuller := printed_in_full(n, text)) != n else _named_in_full(n, doc) or n
                for n in names
            ]
        else:
            # (or by the record's full name of the text's short one: '国家民委关于…' under
            # '制定机关: 国家民族事务委员会')
            doc.issuers = [
                _placed_by_record(record_full_form(n, names), names)
                for n in fullest_names(doc.issuers, names)
            ]
    elif publisher and len(doc.issuers) == 1 and len(split_organs(publisher)) == 1:
        # the text's short name of the organ that publishes the page, the record naming it in
        # full ('县卫健委2023年工作总结' under '发布机构: 某县卫生健康委员会'): the full name
        doc.issuers = [
            _placed_by_record(record_full_form(doc.issuers[0], [publisher]), [publisher])
        ]


def _placed_by_record(name: str, names: list[str]) -> str:
    """A government the title names by its level alone ('市人民政府关于…') by the one name the
    record gives it with its place, in full or short ('发布机构: 鄂州市政府'); any other name
    as it is."""
    # (a government named by its level alone: '市人民政府', '县人民政府办公室')
    level = PLACELESS.match(name)
    if level is None or not name.startswith("人民政府", level.end()) or len(names) != 1:
        return name
    record = names[0]
    spelled = record if "人民政府" in record else record.replace("政府", "人民政府", 1)
    return record if spelled.endswith(name) and starts_with_place(record) else name


def _issuers_from_furniture(issue: Issue, doc: Document, meta: dict[str, str]) -> None:
    """An unsigned text's organ where the record names none: by the meeting's recorder, the
    page's source, its byline, the site's owner or the report's speaker, the first that
    holds."""
    if doc.kind == "news":
        return  # (a news report the page credits to a source: the source issued nothing)
    # (whom the page credits, its record's source or its byline's)
    credited = (meta.get("source") or meta.get("byline_source") or "").strip()
    if (
        not doc.issuers
        and doc.kind == "minutes"
        and credited
        and _GOVERNMENT_OFFICE.match(credited)
    ):
        # the record of a government's meeting, from its office ('来源: 某区人民政府办公室'):
        # the office's 纪要
        doc.issuers = [credited]
    if (
        not doc.issuers
        and (source := meta.get("source", "").strip())
        and is_org(source)
        and _GOVERNMENT_ORGAN.search(source)
    ):
        # a government site's '信息来源: 丽水市政府' over a text that names no issuer: the
        # organ that published it (a newspaper or a news site is no such source)
        doc.issuers = [source]
    if (
        not doc.issuers
        and doc.title.endswith("统计公报")
        and credited.endswith("统计局")
        and is_org(credited)
    ):
        # a place's statistical bulletin under its source, the statistics bureau ('信息来源:
        # 某县统计局'): the bureau's
        doc.issuers = [credited]
    if (
        (not doc.issuers or _read_for_government(doc))
        and doc.kind == "report"
        and "审计" in doc.title
        and credited.endswith(("审计局", "审计厅"))
        and is_org(credited)
        and starts_with_place(credited)
    ):
        # an audit report read '受区政府委托', under its source, the audit office ('信息来源:
        # 某区审计局'): the office's report, as its speaker's line would say
        doc.issuers = [credited]
    if not doc.issuers and (source := meta.get("byline_source", "").strip()) and is_org(source):
        if (
            doc.kind in ("announcement", "notice")
            and starts_with_place(source)
            and any(n in b.text for b in doc.blocks() for n in (source, _by_level(source)) if n)
        ):
            # a byline's '来源:某市自然资源和规划局' whose text names the same organ at work
            # ('…某市自然资源和规划局经…复核,拟定了…'): the organ that published its own text
            doc.issuers = [source]
        elif full := _named_in_full(source, doc):
            # a byline's '来源:市自然资源局' over a text that names the same organ with its
            # place ('…向绥化市自然资源局…提出'): the organ that published its own text
            doc.issuers = [full]
        elif (
            doc.kind in ("announcement", "notice")
            and starts_with_place(source)
            and _own_section(issue, source)
        ):
            # a byline's '文章来源:某市民政局' on a page its breadcrumb files under that organ's
            # own section ('…> 市直部门 > 某市民政局 > 法定主动公开内容 > 公告公示'): the organ
            # published its own text
            doc.issuers = [source]
        elif doc.kind in ("reply", "letter") and _speaks_as(source, doc):
            # an answer to a deputy's proposal, unsigned, that speaks as '我局' under a
            # byline's '来源:交通局': the bureau that answers, as the page names it
            doc.issuers = [source]
    if (
        not doc.issuers
        and not doc.signature
        and doc.kind in ("announcement", "notice")
        and (owner := meta.get("site_owner", ""))
        and is_org(owner)
        and (meta.get("byline_source", "").strip() == owner or _speaks_as(owner, doc))
    ):
        # an unsigned 公告 on the site an organ runs ('某局版权所有'), which its byline credits
        # to that organ or which speaks as it ('经我局研究'): the organ's own
        doc.issuers = [owner]
    if (
        not doc.issuers
        and doc.kind == "report"
        and (source := meta.get("byline_source", "").strip())
        and (speaker := parse_speaker(source)) is not None
        and (org := speaker_org(speaker[0])) is not None
    ):
        # a report whose page credits its speaker as its source ('来源:某省财政厅厅长 某某'):
        # the organ the speaker heads reports
        doc.issuers = [org]
        doc.speaker = doc.speaker or f"{speaker[0]} {speaker[1]}".strip()


#: a government's site by its name: '宜兴市人民政府网站', '某县人民政府门户网站'
_GOVERNMENT_SITE = re.compile(r"(?P<own>[\u4e00-\u9fff]{2,10}?[市县区]人民政府)(?:门户)?网站?")


def _site_government(name: str) -> str | None:
    """The government whose site a record's publisher or source names, by its full name."""
    m = _GOVERNMENT_SITE.fullmatch(name.strip())
    return m.group("own") if m and is_place_name(m.group("own")[:-4]) else None


def _issuers_mended(doc: Document, meta: dict[str, str]) -> None:
    """The issuers mended by the title's office and its series, the site's government (a
    place's report) and the publisher's full name."""
    if (
        len(doc.issuers) == 1
        and len(named := issuers_from_title(doc.title)) == 1
        and numbered_issuer(doc.doc_number, named[0], doc.issuers[0]) == named[0]
    ):
        # the office the title names, signed by its government (or the other way round), in
        # the title's organ's series by the record's 文号 ('宜政办〔2023〕26号')
        doc.issuers = named
    if (
        doc.kind == "report"
        and (site := meta.get("site", ""))
        and (place := re.match(r"[\u4e00-\u9fff]{2,10}?[市县区州旗]", doc.title))
        and site.endswith(place.group(0) + "人民政府")
        # (no issuer read, or the place's government by the title's short name)
        and doc.issuers in ([], [place.group(0) + "人民政府"])
    ):
        # a place's report on the site of its government ('天津市静海区人民政府' over
        # '静海区2023年度法治政府建设情况报告'): that government's, by the site's full name
        doc.issuers = [site]
    if (
        len(doc.issuers) == 1
        and doc.issuers[0] in LEVEL_GOVERNMENTS
        and (own := _site_government(meta.get("publisher", "") or meta.get("source", "")))
        and own[-5:-4] == doc.issuers[0][0]
    ):
        # a government named by its level alone ('市政府关于…') on its own site, which the
        # record names ('发布机构 宜兴市人民政府网站'): that government, by its full name
        doc.issuers = [own]
    if (publisher := meta.get("publisher")) and doc.issuers:
        # a short name in the text ('省政府关于…') by the publisher's full one, same organ
        doc.issuers = fullest_names(doc.issuers, re.split(r"[\s、，,]+", publisher))
    credited = (meta.get("byline_source") or meta.get("source") or "").strip()
    if (
        len(doc.issuers) == 1
        and credited
        and contracted(doc.issuers[0], credited)
        and is_org(credited)
        and len(split_organs(credited)) == 1
    ):
        # the text's contracted name of the organ the page credits in full ('某省卫生健康委'
        # signing under '来源:某省卫生健康委员会'): the full name
        doc.issuers = [credited]
    if len(doc.issuers) == 1 and credited and (placed := _credited_place(doc.issuers[0], credited)):
        # a record's name by its level alone ('发布机构 县政府办公室'), the page's byline crediting
        # it with its place ('来源:苍南县人民政府办公室'): the credited name
        doc.issuers = [placed]


def _credited_place(issuer: str, credited: str) -> str | None:
    """``credited`` where it is ``issuer`` (a name by its level alone, '县政府办公室') with its
    place before it, in full or as contracted ('苍南县人民政府办公室')."""
    if not PLACELESS.match(issuer) or not is_org(credited):
        return None
    at = credited.find(issuer[0])
    while 0 < at < 12:
        place = credited[:at]
        if is_place_name(place + issuer[0]) and (
            credited == place + issuer or contracted(place + issuer, credited)
        ):
            return credited
        at = credited.find(issuer[0], at + 1)
    return None


#: the arrows between a breadcrumb's crumbs
_CRUMB_ARROWS = re.compile(r"\s*(?:>+|›|»|→|/)\s*")


def _own_section(issue: Issue, organ: str) -> bool:
    """Whether the page's breadcrumb (a line the cleaner took out as the site's) names
    ``organ`` as one of its crumbs, whole."""
    return any(
        r.why == "site_navigation" and organ in r.text and organ in _CRUMB_ARROWS.split(r.text)
        for r in issue.removed
    )


apply_text_meta = apply_page_meta

#: how a government's name ends (not a newspaper's, a news agency's or a site's)
#: — a government, not the office that publishes for it ('信息来源:县政府办公室' under
#: the county government's 批复)
_GOVERNMENT_ORGAN = re.compile(r"(?:人民政府|政府)$")


def _covers(names: list[str], issuers: list[str]) -> bool:
    return all(any(i in n or n in i for n in names) for i in issuers)


def _entrusting(doc: Document) -> bool:
    """Whether the document's issuer is only the government its text says it was read for."""
    from gongbao.structure.organs import entrusted_names, qualify_short

    if doc.speaker is not None or len(doc.issuers) != 1:
        return False
    paragraphs = [b.text for b in doc.blocks() if b.type == "paragraph"][:4]
    return any(qualify_short(n, doc.title) == doc.issuers[0] for n in entrusted_names(paragraphs))


def _read_for_government(doc: Document) -> bool:
    """Whether the document's one issuer is a government its text says it was read for
    ('受区政府委托'), no speaker's line naming who read it."""
    from gongbao.structure.organs import entrusted_names

    if doc.speaker is not None or len(doc.issuers) != 1 or "政府" not in doc.issuers[0]:
        return False
    return bool(entrusted_names([b.text for b in doc.blocks() if b.type == "paragraph"][:4]))


def _ordering_organ(title: str) -> list[str]:
    """'公安部令：重点人口管理规定' → 公安部: the organ whose order a listed title names."""
    m = re.match(r"^(?P<org>[\u4e00-\u9fff]{2,20}?)令\s*[:：]", title.strip())
    return [m.group("org")] if m and is_org(m.group("org")) else []


def _clean_title(title: str) -> str:
    """A page's title field without the site's additions ('…的通知_XX市人民政府')."""
    from gongbao.structure.head import COLUMN_TAG
    from gongbao.structure.title import LEADING_NUMBER, tidy_title, title_like

    title = re.split(r"\s*[_|｜]\s*", title.strip())[0]
    if (
        (lead := LEADING_NUMBER.match(title))
        and find_doc_number(lead.group(0)) is not None
        and title_end(title[lead.end() :]) is not None
    ):
        title = title[lead.end() :].strip()  # its 文号 before it: '许政[2011]81号 许昌市…的决定'
    if (tag := COLUMN_TAG.match(title)) and title_like(tidy_title(title[tag.end() :])[0]):
        title = title[tag.end() :]  # the site's column before it: '【行政复议】行政复议决定书(…)'
    return tidy_title(title.strip())[0] if title.strip() else ""


#: a bulletin's number of issue given as the page's 文号: '督察通报第十七期'; a 纪要's or a
#: 公告's serial alone: '第 20 号'; or its year and serial without an issuer code: '(2023)1号'
_ISSUE_NUMBER = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12})?第[\d一二三四五六七八九十百〇零]{1,5}[期号]"
    r"|[〔\[［(（【](?:19|20)\d{2}[〕\]］)）】]第?\d{1,5}号"
)


def _as_printed(number: str, doc: Document) -> str:
    """The record's 文号 as the document's own lines print it, where they print it in another
    bracket style ('前政发[2010]2号' in the record, '(前政发〔2010〕2号)' under the title)."""
    want = canonical(number)
    for block in doc.blocks()[:30]:
        if "号" in block.text:
            for m in doc_numbers(block.text):
                found = "".join(m.group(0).split())
                if found != number and canonical(found) == want:
                    return found
    return number


def _issue_number(value: str) -> str | None:
    value = "".join(value.split())
    return value if _ISSUE_NUMBER.fullmatch(value) else None


#: an order's number: its government's code with 令 ('惠府令〔2020〕96号', '湘政令第3号')
_ORDER_CODE = re.compile(r"[\u4e00-\u9fff]{1,8}令\s*(?:[〔\[［(（【]\s*(?:19|20)\d{2}|第)")
#: a government's office, named after the government: '惠州市人民政府办公室'
_GOVERNMENT_OFFICE = re.compile(r"^(?P<government>\S{2,20}?人民政府)(?:办公室|办公厅)$")
#: a government's office, which runs its portal and publishes every organ's documents on it
_PORTAL_OFFICE = re.compile(r"(?:政府|政府办|政府办公室|政府办公厅|办公室|办公厅)$")


_CODED = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{2,12}?)[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]"
)


def _department_numbered(publisher: str, number: str | None) -> bool:
    """A 文号 whose code is no government's ('高区财农〔2023〕45号': no 政 or 府 in it) on a
    page a government's office publishes: a department issued it, not the office."""
    if not number or not _PORTAL_OFFICE.search(publisher) or "政府" not in publisher:
        return False
    m = _CODED.match(number)
    return m is not None and not re.search(r"[政府办令]", m.group("code"))


def _publishes_own(publisher: str, title: str) -> bool:
    """Whether a page's publisher can be the issuer of the document titled: not where the
    title opens with a place the publisher's name does not hold ('甘州区村级干部管理办法' on a
    page of 大满镇)."""
    from gongbao.structure.places import places_in

    opening = places_in(title[:12])
    if not opening and (town := _TOWN_BEFORE_YEAR.match(title)):
        # a town's or a street's own report ('东街街道2023年度…报告'), its name in no list of
        # places: a publisher that does not hold the name did not issue it
        return town.group("name") in publisher
    if not opening or title.find(opening[0]) > 0:
        return True
    # (the innermost of the places the title opens with, one after another: '重庆市璧山区
    # 2023年…报告' is 璧山区's, which its 财政局 publishes)
    at, innermost = 0, opening[0]
    for place in opening:
        if title.startswith(place, at):
            at, innermost = at + len(place), place
    if innermost[:-1] in publisher or opening[0][:-1] in publisher:
        return True
    # (a bureau named by its level alone, '区环保局', on the page of a title that opens with a
    # place of that level, '某市某某区落实…方案': that place's bureau)
    return len(innermost) >= 2 and publisher[:1] == innermost[-1] and publisher[:1] in "省市县区"


#: a town or a street named before a year at a title's opening: '东街街道2023年度…'
_TOWN_BEFORE_YEAR = re.compile(r"(?P<name>[\u4e00-\u9fff]{1,8}?)(?:街道|镇|乡)(?=(?:19|20)\d\d)")
