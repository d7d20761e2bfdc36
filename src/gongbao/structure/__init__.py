"""Structure: the cleaned flow of an issue → issue metadata, contents, documents, outlines,
tables and footnotes. Never raises on content: what cannot be placed becomes a problem."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from gongbao.clean import Cleaned, Group
from gongbao.docnumber import find_doc_number
from gongbao.model import (
    Block,
    Document,
    Footnote,
    Issue,
    Problem,
    Removed,
    Source,
)
from gongbao.structure.attachments import ISSUING, add_attachments, mend_brackets
from gongbao.structure.boundaries import (
    PROMULGATED_BY,
    detect_titles,
    ends_like_title,
    markdown_breaks,
    match_toc,
    norm_title,
)
from gongbao.structure.contents import contents_block, split_contents, spread_contents
from gongbao.structure.cover import COLOPHON, parse_cover
from gongbao.structure.dates import parse_date
from gongbao.structure.han_runs import ideographs_before
from gongbao.structure.head import (
    ORDER_LINE,
    PLACELESS,
    Head,
    announcer,
    parse_head,
    run_on_number,
)
from gongbao.structure.kinds import (
    announces_itself,
    document_id,
    gazette_slug,
    kind_closed,
    kind_of,
    kind_told,
    standalone_id,
)
from gongbao.structure.notes import anchor
from gongbao.structure.organs import (
    LEVEL_GOVERNMENTS,
    ON_BEHALF,
    ORG_END,
    TASK_YEAR,
    autonomous_in_full,
    contracted,
    entrusted_at,
    entrusted_by,
    entrusted_names,
    fullest_names,
    in_full,
    is_org,
    issuer_of_report,
    issuer_opening,
    issuers_from_title,
    normalize_organ,
    numbered_issuer,
    province_as_city,
    province_government,
    qualify_short,
    regional_office,
    repair_truncated,
    same_organ,
    shortened,
    spelled_out,
    split_organs,
    standing_committee_in_full,
    with_its_city,
)
from gongbao.structure.outline import attachment_list, build_outline, renumber
from gongbao.structure.pagemeta import apply_text_meta
from gongbao.structure.places import (
    is_known_place,
    is_place_name,
    is_township_name,
    known_places,
    place_before,
    places_in,
    starts_with_place,
)
from gongbao.structure.records import apply_record
from gongbao.structure.speakers import meeting_place
from gongbao.structure.tail import (
    Signature,
    date_past_imprint,
    imprint_date,
    imprint_office,
    presidium_announcing,
    signatures,
    validity,
)
from gongbao.structure.title import MEETING_WORDS, YEAR_FIRST, translation_line
from gongbao.structure.toc import find_toc
from gongbao.structure.zones import ADOPTED, ORDER_NO, SPEAKER
from gongbao.titles import title_end

__all__ = ["build_issue"]


def _colophon_start(groups: list[Group]) -> int:
    i = len(groups)
    while i > 0:
        lines = [ln.text.strip() for ln in groups[i - 1].lines]
        if all(len(t) <= 40 and COLOPHON.search(t) for t in lines):
            i -= 1
        else:
            break
    return i


def _is_cover(text: str) -> bool:
    """A gazette's cover line ('上海市静安区人民政府公报 2026 第1期'), not a document that is
    a 公报 itself (统计公报) or a text that names one."""
    return (
        len(text) <= 60
        and ("公报" in text or "公報" in text)
        and _BULLETIN.search(text) is None
        # (the name ends at its 公报, its year and number after it: not a headline that
        # names one, '某省年内政府公报电子化率须达到100%')
        and all(_COVER_REST.fullmatch(line) for line in _AFTER_NAME.split(text)[1:])
    )


#: the word a gazette's name ends with
_AFTER_NAME = re.compile(r"公[报報]")
#: a bulletin that is a document itself ('某市2014年统计公报', '2014年某市水资源公报', '第七次
#: 全国人口普查公报'): a year before its subject, or the subject's word; a sentence's marks
_BULLETIN = re.compile(
    r"[统統][计計]公[报報]|普查公[报報]|水[资資]源公[报報]|状况公[报報]|狀況公[报報]"
    r"|^\s*(?:19|20)\d{2}\s*年|[。，；]"
)
#: what a cover prints after its name on a line: a year and a number, in brackets or quotes
#: ('公报 2026 第1期（总第47期）', '公报(2004年第7号)'), to the line's end
_COVER_REST = re.compile(
    r"[\s\d〇零○一二三四五六七八九十百年第期号號总總卷月日()（）《》「」“”/、.·—-]*(?:\n.*)?",
    re.S,
)


#: an organ's name opening a text's first sentence, the grounds of its act after it
_SPEAKS_FIRST = re.compile(r"(?P<org>[\u4e00-\u9fff]{4,24}?)(?=根据|按照|依据|依照)")

#: an organ that will act on a day, its clause's subject: '…,某县物价局拟于近期组织召开…'
_ACTS_ON_DAY = re.compile(
    r"(?:^|[,，。])(?P<org>[\u4e00-\u9fff]{4,24}?)(?:拟于|拟定于|定于|决定于|将于)"
)

#: a lead naming the organs that act together, before what they do: '某县司法局、某县人民
#: 法院、某县公安局决定…', '某县司法局会同某县人民法院、某县公安局面向社会…'
_JOINT_ACTORS = re.compile(
    r"(?:^|[,，。；;])(?P<orgs>[\u4e00-\u9fff、]{8,80}?)(?:决定|面向|联合|共同|拟于|定于|将于)"
)


def _announcing_lead(text: str) -> list[str]:
    """The organs a 公告's lead names as acting together, each by its full name (a place
    before it); none unless the lead says what follows is announced ('…公告如下')."""
    if not re.search(r"[公通]告如下", text):
        return []
    for m in _JOINT_ACTORS.finditer(text):
        parts = re.split(r"、|会同", m.group("orgs"))
        if len(parts) >= 2 and all(is_org(p) and starts_with_place(p) for p in parts):
            return parts
    return []


#: an outlet's credit by its name, opening a paragraph: '安徽网讯', '晨报讯'
_OUTLET_CREDIT = r"^[\u4e00-\u9fff]{1,6}[网报台刊]讯"
#: a news report's credit: '本网讯(徐琦)', '本报讯', '记者 某某'
_NEWS_CREDIT = re.compile(
    r"本网讯|本报讯|本台讯|本刊讯|[(（]记者|记者\s*[\u4e00-\u9fff]{2,3}\s*报道|通讯员"
    # (an outlet's credit by its name, opening the paragraph: '安徽网讯', '晨报讯')
    + "|"
    + _OUTLET_CREDIT
)


def _reports(groups: list[Group]) -> bool:
    """A headline over the paragraphs of a news report that credits its reporter."""
    first = groups[0].text.strip()
    return (
        4 <= len(first) <= 40
        and not re.search(r"[。；;：:]", first)
        and any(_NEWS_CREDIT.search(g.text[:60]) for g in groups[1:4])
    )


#: the articles (or chapters) of rules: '第一条 …', '第一章 总则'
_ARTICLED = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,5}[条章]")


def build_issue(cleaned: Cleaned) -> Issue:
    groups = cleaned.groups
    raw = {ln.no: ln.text for ln in cleaned.raw}
    for cut in cleaned.removed:
        # the line as read without what the cleaner cut from its start (a site's link or tool
        # before the title on its line): the head reads the title's issuers from it
        if cut.why in ("site_navigation", "page_tools") and (line := raw.get(cut.line)):
            printed = line.strip()
            if printed.startswith(cut.text) and len(printed) > len(cut.text):
                raw[cut.line] = printed[len(cut.text) :]
    problems: list[Problem] = []
    toc = find_toc(groups)
    body_end = _colophon_start(groups)
    found: list[int | None] = []
    if toc:
        found = match_toc(toc.entries, groups[:body_end], toc.end)
        if all(idx is None for idx in found):
            # contents none of whose entries heads a text after them: a text's own contents
            # (an issued plan's, its numbering garbled), not the issue's list of documents
            toc, found = None, []
    body_start = toc.end if toc else 0
    cover = [ln.text.strip() for g in groups[: (toc.start if toc else 0)] for ln in g.lines]
    furniture_text = [cleaned.lines[n - 1].text.strip() for n in cleaned.furniture]
    colophon = [ln.text.strip() for g in groups[body_end:] for ln in g.lines]
    if not toc and groups and _is_cover(groups[0].text):
        cover = [ln.text.strip() for ln in groups[0].lines]
        body_start = 1
    meta = parse_cover(cover + colophon + [t for t in furniture_text if t])
    issue = Issue(meta=meta, toc=toc.entries if toc else [])

    if toc:
        starts = sorted({i for i in found if i is not None})
        for entry, idx in zip(toc.entries, found, strict=True):
            if idx is None:
                problems.append(
                    Problem(
                        "toc_unmatched",
                        f"目录条目“{entry.title}”在正文中找不到对应的文件",
                        source=entry.source,
                    )
                )
    else:
        starts = detect_titles(groups[:body_end], body_start, markdown_breaks(cleaned.raw))
        if (
            starts
            and starts[0] > body_start + 1
            and not meta.gazette
            and _reports(groups[body_start : starts[0]])
        ):
            # a news report under its headline, with the document it reports run onto it
            # (a list of those appointed): the report is a document of its own
            starts.insert(0, body_start)
        elif (
            starts
            and starts[0] > body_start
            and not meta.gazette
            and _forwards(groups[body_start : starts[0]], groups[starts[0]].text)
        ):
            # an untitled notice that forwards the text printed under it ('现将…《X》转发
            # 你县'): X is its attachment, not a document of its own
            starts[0] = body_start
        elif (
            starts
            and starts[0] > body_start
            and not meta.gazette
            and _rules_over_their_order(groups[body_start : starts[0]], groups[starts[0] :])
        ):
            # a law's title (and the note of its adoption) over the order that promulgates it
            # ('某某法' / '(…通过)' / '中华人民共和国主席令' / '第六号' / '《某某法》已由…'): one
            # document, titled by the law, as an order under its rules' title is
            starts[0] = body_start
    # the groups between the cover (or the contents) and the first document: in no document,
    # so each of their lines is recorded as removed, and the problem spans them all
    unplaced_end = starts[0] if starts and starts[0] > body_start else body_start
    if unplaced_end > body_start:
        first = groups[body_start]
        problems.append(
            Problem(
                "unplaced_text",
                f"第一篇文件之前的文字：“{first.text[:30]}”",
                source=Source(line=first.start, end_line=groups[unplaced_end - 1].end),
            )
        )

    slug = gazette_slug(meta.gazette) if meta.gazette else ""
    section_of = {idx: e.section for e, idx in zip(issue.toc, found, strict=True)} if toc else {}
    bounds = list(zip(starts, [*starts[1:], body_end], strict=True)) if starts else []
    bounds = _without_copies(groups, bounds, cleaned)
    # the day a page says it was posted (a single document's page): what bounds its date
    posted = parse_date(cleaned.meta.get("posted", "") or cleaned.meta.get("published", ""))
    doc_of_group: dict[int, str] = {}
    passed: list[Removed] = []
    for ordinal, (start, end) in enumerate(bounds, start=1):
        head = parse_head(groups, start, end, raw)
        if meta.gazette:
            doc_id = document_id(slug, meta.year, meta.number, ordinal)
        else:
            doc_id = standalone_id(head.doc_number, _identity(head, groups[start:end]), ordinal)
        # the lines the head passed over to the title (a site's headline, a package's list
        # of parts): out of the document, so recorded as removed, each with its line
        passed.extend(
            Removed(no, text, _PASSED[zone]) for no, zone, text in head.zones if zone in _PASSED
        )
        doc = _document(groups, head, start, end, raw, doc_id, problems, posted)
        passed.extend(_title_leftovers(head, doc))
        doc.section = section_of.get(start)
        issue.documents.append(doc)
        for gi in range(start, end):
            doc_of_group[gi] = doc.id
    if meta.gazette:
        issue.id = document_id(slug, meta.year, meta.number, 0).rsplit("-", 1)[0]
    elif issue.documents:
        issue.id = issue.documents[0].id
    if toc:
        for entry, idx in zip(issue.toc, found, strict=True):
            entry.document = doc_of_group.get(idx) if idx is not None else None
    _tables_and_notes(issue, cleaned)
    for lost in cleaned.lost:
        problems.append(
            Problem(
                "text_lost",
                lost[2],
                _doc_at(issue, lost[0]),
                Source(document=_doc_at(issue, lost[0]), line=lost[0], end_line=lost[1]),
            )
        )
    issue.problems = problems
    passed.extend(
        Removed(ln.no, ln.text.strip(), "unplaced")
        for g in groups[body_start:unplaced_end]
        for ln in g.lines
    )
    _removed(issue, cleaned, groups, toc, body_start, body_end, passed)
    if cleaned.meta and (
        len(issue.documents) == 1 or (len(issue.documents) > 1 and _record_over_first(issue))
    ):
        apply_text_meta(issue, cleaned.meta)
        for doc in issue.documents:  # (a page's record masks names as its text does)
            doc.issuers = _named(doc.issuers)
    if any(
        n.endswith((*_TOWNSHIP, "街道办事处")) or "人大常委" in n
        for doc in issue.documents
        for n in doc.issuers
    ):
        # of one organ's names, the fullest the file prints: a township named bare ('发布机构:
        # 某某乡') whose text prints its government ('…某某乡人民政府…'), a standing committee by
        # its short name whose text prints the full one (the text joined once for both)
        printed = "".join(ln.text.replace(" ", "") for ln in cleaned.lines)
        for doc in issue.documents:
            doc.issuers = [
                standing_committee_in_full(_township_in_full(n, printed), printed)
                for n in doc.issuers
            ]
    for doc in issue.documents:
        mend_brackets(doc)
        # (an addressee whose place the cleaner masked, an advertisement standing there: no
        # name to give; its line is kept among the head's zones)
        doc.addressees = [a for a in doc.addressees if not a.startswith("*")]
        # a congress's committee issues by its name without its term ('第十一届全国人民代表大会
        # 常务委员会代表资格审查委员会' → 全国人民代表大会常务委员会代表资格审查委员会;
        # '某市第十七届人民代表大会常务委员会' → 某市人民代表大会常务委员会)
        doc.issuers = [
            normalize_organ(n)
            if n.endswith(_COMMITTEE_ENDS) and (n.startswith("第") or "届" in n or "屆" in n)
            else n
            for n in doc.issuers
        ]
        # and a government by its name without its term ('我代表某县第十七届人民政府…')
        doc.issuers = [_TERMED_GOVERNMENT.sub(r"\1", n) for n in doc.issuers]
    return issue


#: a government named with its term: '某县第十七届人民政府'
_TERMED_GOVERNMENT = re.compile(
    r"(?<=[\u4e00-\u9fff])第[一二三四五六七八九十\d]{1,3}[届屆](人民政府)$"
)


#: a township's, a town's or a street's name, bare
_TOWNSHIP = ("乡", "镇", "街道")


def _township_in_full(name: str, printed: str) -> str:
    """'某某乡' → 某某乡人民政府, '某某街道' → 某某街道办事处, where the text prints that; a
    street's office by its district's government ('某区某街道办事处' → 某区人民政府某街道办事处,
    the name its own tables print); any other name as it is."""
    if name.endswith("街道办事处"):
        # (after the district, whichever of the places before the street it is)
        for at in range(2, len(name) - 7):
            full = name[:at] + "人民政府" + name[at:]
            if name[at - 1] in "区县市" and full in printed:
                return full
        return name
    full = name + ("办事处" if name.endswith("街道") else "人民政府")
    return full if name.endswith(_TOWNSHIP) and full in printed else name


#: how a congress's committees' names end
_COMMITTEE_ENDS = ("委员会", "委員會", "常委会", "常委會")


#: the zones of a head's lines that no field takes, and why each is out of the document: a
#: site's lines over the title (its headline, a news lead, a record's stray field), the parts
#: a package lists before it, the document a reading's page names under its headline; a
#: bilingual page's English lines between the head's
_PASSED = {
    "headline": "above_title",
    "contents": "contents",
    "subtitle": "subtitle",
    "translation": "translation",
    "revised": "title_note",  # (when it was revised, noted under the title: no field holds it)
}


def _title_leftovers(head: Head, doc: Document) -> list[Removed]:
    """What the title's own lines print before or after the title (a site's name after a
    dash, a label, a byline run on): the page's, recorded with the line; a 文号 or a date
    read from them is the document's, and the text's first words run onto the title line
    are the text's, not recorded."""
    lines = [(no, re.sub(r"\s+", "", text)) for no, zone, text in head.zones if zone == "title"]
    title = re.sub(r"\s+", "", head.title)
    joined = "".join(text for _no, text in lines)
    at = joined.rfind(title) if title else -1
    if at < 0:
        return []
    number = re.sub(r"\s+", "", head.doc_number or "")
    out = []
    kept = {
        no: "".join(re.sub(r"\s+", "", b.text) for b in doc.blocks() if b.source.line == no)
        for no, _text in lines
    }
    for piece, no in ((joined[:at], lines[0][0]), (joined[at + len(title) :], lines[-1][0])):
        if number and number in piece:
            # (the 文号 read from the piece is the document's; what is printed beside it is not:
            # '第1号' and an aggregator's tag words after it)
            piece = re.sub(rf"[(（〔\[]?{re.escape(number)}[)）〕\]]?", "", piece, count=1)
        bare = piece.strip("()（）[]【】〔〕 ")
        if (
            bare
            and piece not in kept[no]
            and not (number and (bare in number or number in bare))
            and not find_doc_number(bare)
            and parse_date(bare) is None
        ):
            out.append(Removed(no, piece, "title_furniture"))
    return out


#: removals that are the furniture of a printed page or a web page: recorded, not problems
_FURNITURE = frozenset(
    {
        "above_title",
        "subtitle",
        "title_note",
        "translation",
        "title_furniture",
        "contents",
        "masthead",
        "issue_footer",
        "page_number",
        "running_header",
        "running_footer",
        "header",
        "footer",
        "front_matter",
        "page_metadata",
        "site_navigation",
        "page_tools",
        "byline",
        "dateline",
        "site_footer",
        "site_note",
        "markup",
        "field_code",
        "cover",
        "colophon",
    }
)


#: an organ's name with nothing to say whose it is, or masked
_NAMELESS = re.compile(
    # (or a division alone, '综合二处', '秘书科': no organ's name says whose it is)
    r"[*＊?？].*|(?:人民)?政府(?:办公室|办公厅)?|办公室|办公厅|[\u4e00-\u9fff]{1,5}[处科股]"
)
#: a 文号's brackets or a year: never in an organ's name ('新政发〔2007〕号' from a record
#: whose values a page shifted a cell along)
_NUMBERED = re.compile(r"[〔〕\[\]【】]|(?:19|20)\d{2}")


def _placed_in_text(name: str, text: str, head: str = "") -> str:
    """An issuer the text names with its province before it ('宁夏海原县高崖乡卫生院' for
    '海原县高崖乡卫生院'): the fuller name (of one organ's names, the fullest printed). A
    national organ has no place before it ('国家能源局会同国家发展改革委…': 会同 a county too)."""
    if len(name) < 4 or name.startswith(_NATIONAL):
        return name
    for k in (2, 3):
        # a bare place before the organ, printed elsewhere with its level: '石楼第二中学校'
        # as '石楼县第二中学校'
        for level in ("县", "市", "区", "旗"):
            fuller = name[:k] + level + name[k:]
            if (
                name[k : k + 1] != level
                # (nor a level doubled after a place that has its own: '某区区卫生局', a slip)
                and name[k - 1] not in "省市县区旗州"
                and (fuller in text or fuller in head)
                and is_place_name(name[:k] + level)
            ):
                return fuller
    if name not in text:
        return name
    for start, mid in ideographs_before(text, name, 2, 8):
        if text.rfind("《", 0, start) > text.rfind("》", 0, start):
            continue  # inside a cited title: that document's words, not this one's
        before = text[start:mid]
        if opening := _LEVEL_FIRST.match(name):
            # a name that opens with its level ('自治区新冠肺炎…指挥部'), printed with its
            # place ('新疆维吾尔自治区新冠肺炎…指挥部'): the longest place
            for k in range(len(before) - 1):
                if is_known_place(before[k:] + opening.group(0)):
                    # (and the place above it printed before it: '岳阳市云溪区…')
                    above = next((j for j in range(k - 1) if is_known_place(before[j:k])), k)
                    return before[above:] + name
            continue
        if any(name.startswith(before[k:]) for k in range(len(before) - 1)):
            # the place the name opens with, printed just before it (a dateline's '…日于某市'
            # over '某市…指挥部'): no place of another
            continue
        fullers = [
            before[k:] + name
            for k in range(len(before) - 2, -1, -1)
            # (the verb that joins organs, '某县司法局会同某县人民法院…', is no county 会同)
            if not before[k:].endswith("会同")
        ]
        placed = [f for f in fullers if place_before(f, name)]
        # (a place the list of divisions knows, the longest, over a tail of one: '哈尔滨市',
        # not '尔滨市', in '请联系哈尔滨市某某街道办事处')
        known = [f for f in placed if is_known_place(f[: -len(name)])]
        if known:
            return known[-1]
        for full in placed:
            if is_place_name(full[: -len(name)]):
                return full
    return name


_NATIONAL = ("国家", "国务院", "中华人民共和国", "中国", "全国", "中共中央")


def _run_on_before(prefix: str, name: str) -> bool:
    """Words run onto a signer's name (``name`` the title's) that are no part of it: several,
    no place, no organ, no state's name ('中华人民共和国' before 国务院 is its full name), no
    place's first words before the level the name opens with ('宁夏回族' before '自治区…')."""
    level = _LEVEL_FIRST.match(name)
    return (
        len(prefix) >= 4
        and not prefix.startswith(_NATIONAL)
        and not is_place_name(prefix)
        and ORG_END.search(prefix) is None
        and not (level and known_places(prefix + level.group(0)))
    )


def _own_place(name: str, opening: str) -> str | None:
    """The place a level-named organ ('县人民政府办公室') is of, where the text's opening names
    one place of that level and no other (twice at least: its own, not one it mentions)."""
    level = name[:1]
    if level not in "县市区旗" or not PLACELESS.match(name) or name.startswith(level * 2):
        return None
    named = [p for p in places_in(opening) if p.endswith(level) and len(p) > 1]
    if len(set(named)) != 1 or opening.count(named[0]) < 2 or not is_place_name(named[0]):
        return None
    return named[0]


#: the levels a name may open with and be placed by its text ('自治区新冠肺炎…指挥部'; not a
#: town's or a township's: head.PLACELESS, which holds those too, is for placing by the head)
_LEVEL_FIRST = re.compile(r"^(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)")


def _without_year(name: str) -> str:
    """An organ's name without the year a title printed before it."""
    m = YEAR_FIRST.match(name)
    return name[m.end() :] if m and is_org(name[m.end() :]) else name


def _named(issuers: list[str]) -> list[str]:
    """The issuers but a name a page lost or masked ('人民政府' with its place cut off,
    '****政府'): no issuer rather than a wrong one."""
    return [n for n in issuers if not _NAMELESS.fullmatch(n) and not _numbered(n)]


def _numbered(name: str) -> bool:
    """A 文号's brackets or a year in a name: no organ's, but a leading group's that names its
    year's task ('某省2020年全国劳动模范和先进工作者评选推荐工作领导小组办公室')."""
    if ("领导小组" in name or "指挥部" in name) and not re.search(r"[〔〕\[\]【】]", name):
        return _NUMBERED.search(TASK_YEAR.sub("", name)) is not None
    return _NUMBERED.search(name) is not None


def _without_copies(
    groups: list[Group], bounds: list[tuple[int, int]], cleaned: Cleaned
) -> list[tuple[int, int]]:
    """A document a page printed twice over, the copy right after it word for word: one
    document; the copy's lines are recorded as removed (a problem, so a reader sees it)."""
    kept: list[tuple[int, int]] = []
    for start, end in bounds:
        if kept and _same_text(groups, kept[-1], (start, end)):
            cleaned.removed.extend(
                Removed(ln.no, ln.text.strip(), "duplicate")
                for g in groups[start:end]
                for ln in g.lines
                if ln.text.strip()
            )
            continue
        kept.append((start, end))
    return kept


#: the longest document the copy rule compares (a page's notice, not a gazette's text)
_COPY_MAX = 20_000


def _same_text(groups: list[Group], a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[1] - a[0] != b[1] - b[0] or groups[a[0]].text != groups[b[0]].text:
        return False  # (settled by the groups' count and the first, before any joining)
    first = "".join("".join(g.text.split()) for g in groups[a[0] : a[1]])
    # (a page's copy of one notice, not a long text that repeats: the rule reads pages)
    return 50 <= len(first) <= _COPY_MAX and first == "".join(
        "".join(g.text.split()) for g in groups[b[0] : b[1]]
    )


#: why a guessed removal was made, as the problem's detail says it
_WHY = {
    "duplicate": "页面重复印出的整篇文件",
    "repeated": "在多页重复出现的短行",
    "pinyin": "转载网站插入的拼音注音",
    "placeholder": "转载网站以问号代替的无法显示字符",
    "site_marker": "转载网站在段落后插入的标记字母",
    "anti_copy": "转载网站插入的防复制乱码",
    "gambling_ad": "转载网站插入的博彩广告词",
    "advertisement": "转载网站在各行末尾插入的广告语",
    "spam_keywords": "被劫持网站插入的垃圾关键词",
}


def _record_over_first(issue: Issue) -> bool:
    """Whether the page's record (its metadata's lines) stands over the first of several
    documents or in its head, before the second opens: the record of the first."""
    rows = [r.line for r in issue.removed if r.why == "page_metadata"]
    second = issue.documents[1].source.line
    # (a record of two fields or more: one line read as a field may be a line of text)
    return len(rows) >= 2 and second is not None and max(rows) < second


def _removed(
    issue: Issue,
    cleaned: Cleaned,
    groups: list[Group],
    toc: object | None,
    body_start: int,
    body_end: int,
    passed: list[Removed],
) -> None:
    """Every line taken out of the documents, with why; a removal that is a guess (a short
    line repeated three times, readings a mirror site inserted) is a problem too."""
    removed = [*cleaned.removed, *passed]
    if not toc:
        for g in groups[:body_start]:
            removed.extend(Removed(ln.no, ln.text.strip(), "cover") for ln in g.lines)
    else:
        first = issue.toc[0].source.line if issue.toc else None
        for g in groups:
            if (
                first is not None
                and g.start < first
                and "公报" in "".join(x.text for x in groups[:1])
            ):
                removed.extend(Removed(ln.no, ln.text.strip(), "cover") for ln in g.lines)
    for g in groups[body_end:]:
        removed.extend(Removed(ln.no, ln.text.strip(), "colophon") for ln in g.lines)
    removed.sort(key=lambda r: r.line)
    issue.removed = removed
    guesses: dict[tuple[str | None, str], list[Removed]] = {}
    for r in removed:
        # (text before the first document has its problem, unplaced_text, already)
        if r.why not in _FURNITURE and r.why != "unplaced":
            guesses.setdefault((_doc_at(issue, r.line), r.why), []).append(r)
    for (doc, why), found in guesses.items():
        # one problem for each document and reason: where the first was, how many, examples
        examples = "”“".join(dict.fromkeys(r.text[:20] for r in found[:5]))
        issue.problems.append(
            Problem(
                "text_removed",
                f"从正文中删去{len(found)}处（{_WHY.get(why, why)}）：“{examples}”",
                doc,
                Source(document=doc, line=found[0].line, end_line=found[-1].line),
            )
        )


def _number_run_on(title: str, body_groups: list[Group]) -> tuple[str | None, str | None]:
    """A text with no title whose first paragraph opens with the document's 文号 run onto its
    first sentence ('京政发[2015]17号为有效降低机动车污染物排放,…') or its date: the number, and
    the date where one follows it."""
    if title or not body_groups:
        return None, None
    first = body_groups[0].text.strip()
    run = run_on_number(first)
    after = first[len(run[0]) : len(run[0]) + 1] if run else ""
    if run is None or not ("\u4e00" <= after <= "\u9fff" or after.isdigit()):
        return None, None
    if after == "文" or run[0][:1] in ("你", "贵"):
        # the request answered, by its number: '你局某某〔2016〕112号文及相关资料收悉'
        return None, None
    return run[0], run[1]


#: who held a meeting, in a record's first sentence: the body before 召开 (after the day or a
#: clause), or the government whose meeting its chair convened
_CONVENED = re.compile(
    # (not where it met: '市政协在机关二楼会议室召开…' names no organ '…会议室')
    r"(?:^|[，,日午])(?P<org>(?:(?!在)[\u4e00-\u9fff（）()]){2,24}?)召开"
    r"|主持召开(?P<own>[\u4e00-\u9fff]{2,20}?人民政府)(?:\d{4}年)?第"
    # (or its party group's, chaired by the organ's secretary and head: '…、某某局党组书记、局长
    # 某某主持召开局党组(扩大)会议')
    r"|(?:^|[、，,])(?P<group>[\u4e00-\u9fff]{2,20}?[局厅委办])党组书记、[\u4e00-\u9fff]{1,3}长"
    r"[\u4e00-\u9fff]{2,4}主持召开[局厅委办]?党组"
)


#: an organ's other name in brackets after its own: '(国资委)'
_ALIAS_AFTER = re.compile(r"[(（][\u4e00-\u9fff]{2,12}[)）]$")


def _convener(groups: list[Group]) -> str | None:
    """The organ a meeting's record says held the meeting, one only."""
    found: set[str] = set()
    for g in groups:
        for m in _CONVENED.finditer(g.text[:300]):
            name = m.group("org") or m.group("own") or m.group("group")
            if (
                # (an organ with its other name in brackets, one body: '市财政局(国资委)')
                is_org(_ALIAS_AFTER.sub("", name))
                and "届" not in name  # (a government by its term: '县第十八届人民政府')
                # (an organ of a place, named in full or as its own place's: '市政协', not '学院')
                and (starts_with_place(name) or (name[0] in "省市县区州盟旗" and len(name) >= 3))
            ):
                found.add(name)
    return found.pop() if len(found) == 1 else None


#: a history note's order that published a text it names: '某市人民政府令第98号公布的《T》'
_ORDER_PUBLISHED = re.compile(
    r"(?P<order>(?![日经和])[\u4e00-\u9fff]{2,30}?令)\s*第\s*(?P<n>\d{1,5})\s*号\s*(?:公布|发布)的《(?P<title>[^《》]{4,120})》"
)


def _order_publishing(title: str, groups: list[Group]) -> str | None:
    """The order a note in the text says published the document of ``title`` (its quoted
    title the same but for the inner quotes' form), one order only."""
    want = norm_title(title.replace("〈", "《").replace("〉", "》"))
    found = {
        m.group("order") + "第" + m.group("n") + "号"
        for g in groups
        if "令" in g.text
        for m in _ORDER_PUBLISHED.finditer(g.text)
        if norm_title(m.group("title").replace("〈", "《").replace("〉", "》")) == want
    }
    return found.pop() if len(found) == 1 else None


def _doc_at(issue: Issue, line: int) -> str | None:
    for d in issue.documents:
        if (
            d.source.line is not None
            and d.source.end_line is not None
            and (d.source.line <= line <= d.source.end_line)
        ):
            return d.id
    return None


_PROMULGATES = re.compile(
    # (a revision promulgated: '《某某办法》的修订已于…通过,现予以发布')
    r"^(?:《(?P<title>[^》]{4,80})》(?:的?(?:修订|修正|修改)(?:稿|本)?)?(?:已经|已於|已于|已由|业经|經)"
    # a congress's 公告: '2022年2月25日，某某县第N届人民代表大会第N次会议表决通过了《…》'
    r"|[^《。]{4,60}?(?:会议|會議)(?:表决|审议)?通过了?《(?P<adopted>[^》]{4,80})》"
    # the State Council's own words: '现公布《某某条例》，自2018年1月1日起施行'
    r"|现(?:予)?公布《(?P<issued>[^》]{4,80})》)"
)


#: an order's words that it issues what it names, unquoted, at its sentence's end: '…特发布森林
#: 防火封山令。'
_ISSUES_ORDER = re.compile(
    r"(?:特|现|现予|予以|现予以)发布(?P<named>[\u4e00-\u9fff]{2,16}令)[。！!]?$"
)


def _named_rules(head: Head, groups: list[Group]) -> str | None:
    """The rules an order line promulgates, named only in its promulgation ('某市人民政府令第34号'
    / '《某市行政裁决程序规定》已于…通过,现予公布', no title printed over the articles)."""
    if not head.title.endswith("令") or not groups:
        return None
    m = _PROMULGATES.match(groups[0].text.strip())
    title = m.group("title") if m else None
    # (the articles printed under it: an order whose rules are only attached is titled by
    # its order line)
    printed = any("第一条" in g.text for g in groups[:6])
    return title if title and printed and "现予" in groups[0].text[:200] else None


def _titled_under_order(head: Head, groups: list[Group]) -> str | None:
    """The rules an order line heads, printed under it by their title with the note of the
    order that published them ('某某总局令' / '第56号' / '某某办法' / '(2011年9月30日某某总局令
    第56号公布)'), as a law compilation prints an order without its promulgation."""
    if not head.title.endswith("令") or len(groups) < 2:
        return None
    title = groups[0].text.strip()
    if len(title) > 60 or not ends_like_title(title):
        return None
    below = groups[1].text.strip()
    # (or their articles under it, the order printed with no note: '某市人民政府令' / '第14号' /
    # '某某实施办法' / '第一条 为了…')
    return title if PROMULGATED_BY.match(below) or _FIRST_ARTICLE.match(below) else None


#: the rules' first chapter or article, opening their text
_FIRST_ARTICLE = re.compile(r"第\s*[一1]\s*[章条]")


def _published_on(note: str) -> str | None:
    """The day a promulgation note gives: '(2011年9月30日某某令第56号公布)' → 2011-09-30."""
    m = PROMULGATED_BY.match(note.strip())
    return parse_date(m.group(0)[1:]) if m else None


#: an order line before the promulgation on its line
_ORDER_RUN_ON = re.compile(
    r"^[\u4e00-\u9fff]{2,20}?令\s*[(（]?\s*第\s*\d{1,5}\s*号\s*[)）]?\s*(?=《)"
)


def _order_line_run_on(groups: list[Group]) -> tuple[str, str] | None:
    """(number, government) of an order line that opens a paragraph with the promulgation
    run onto it."""
    for g in groups:
        if (m := _ORDER_RUN_ON.match(g.text)) is not None:
            printed = re.sub(r"\s+", "", m.group(0))
            org = printed[: printed.index("令")]
            if is_org(org) and _PROMULGATES.match(g.text[m.end() :]):
                return printed, org
    return None


def _promulgated_title(groups: list[Group], head: list[str] | None = None) -> str | None:
    """An order titled by its order line that prints the rules it promulgates under their
    own title ('《某某规定》已经…通过，现予公布' … '某某规定' … 第一条): titled by them. (The
    promulgation may be a line the head took: ``head``, its lines.)"""

    def squash(text: str) -> str:
        return re.sub(r"[<>〈〉《》\s*]", "", text)

    # (a bilingual page's English lines between: '(No.2 [2004])', 'The "Provisions…'"'"')
    texts = [g.text for g in groups[:8] if not translation_line(g.text)][:3]
    for said in texts:
        if "发布" in said and (issues := _ISSUES_ORDER.search(said)):
            # an order that says what it issues, unquoted ('…特发布森林防火封山令。'), printed
            # under its signature by its organ's name and that word ('某县人民政府森林防火封山令')
            named = issues.group("named")
            for x in groups[:12]:
                printed = x.text.replace("**", "").strip()
                if (
                    len(printed) <= 40
                    and printed.endswith(named)
                    and (printed == named or is_org(printed[: -len(named)]))
                ):
                    return printed
    for said in [*(head or [])[-3:], *texts]:
        # (the order line run onto it: '某省人民政府令(第231号)《…》业经…')
        said = _ORDER_RUN_ON.sub("", said, count=1) if "令" in said[:30] else said
        if m := _PROMULGATES.match(said):
            name = squash(m.group("title") or m.group("adopted") or m.group("issued"))
            for x in groups[:12]:
                printed = x.text.replace("**", "").strip()
                if squash(printed) == name and len(printed) <= 120:
                    return printed  # as the text prints it, quotes inside and all
            # or broken over lines, of one group or a group each ('…关于修改' / '《' /
            # '…规则》的决定')
            lines = [
                ln.text.replace("**", "").strip() for x in groups[:12] for ln in x.lines if ln.text
            ]
            for at in range(len(lines)):
                joined = lines[at]
                if squash(joined) == name and len(joined) <= 120:
                    return joined  # a line of its own, its adoption note under it in its group
                for nxt in lines[at + 1 : at + 4]:
                    joined += nxt
                    if len(joined) > 120 or not name.startswith(squash(joined)):
                        break
                    if squash(joined) == name:
                        return joined
    return None


#: a text that says it minutes its meeting: '现将会议讨论研究的有关事项纪要如下'
_MINUTED = re.compile(r"[纪紀]要如下")
#: what a meeting decided, as its minutes record it: '会议原则同意…', '会议决定…'
_AGREED = re.compile(
    r"会议(?:原则)?(?:同意|决定|议定|研究决定|审议通过|讨论通过|审议并(?:原则)?通过|听取了?)"
)
#: an untitled record's opening: who chaired the government's meeting ('6月20日,市长某某主持
#: 召开市政府第四次常务会议,研究…')
_CHAIRED = re.compile(r"主持召开[^，。,]{0,20}?(?:常务会议|办公会议|常务会|办公会)")


#: a decision on who holds a post: '决定任命…', '决定免去…', '决定接受某某辞去…'
_DECIDES_POSTS = re.compile(r"决定[:：]?(?:任命|免去|接受[^，。；]{2,12}辞去)")


#: a 通告's or 公告's own words: '现通告如下', '特此通告'
_ANNOUNCES = re.compile(
    r"[通公]告如下|特此[通公]告|本[通公]告(?:自|从)|(?:^|[。！!\s])此告[。！!]?$"
)
#: a text that answers what it was sent: '…的请示收悉', '…的建议收悉，现答复如下', '特此批复'
_ANSWERS = re.compile(
    r"(?:请示|請示|报告|報告|建议|建議|提案|来函|來函|函)》?(?:及[^。，,]{0,30})?(?:已)?收悉|"
    r"现(?:批复|答复|函复)如下|現(?:批復|答復|函復)如下|特此(?:批复|函复|批復|函復)|^此复|^此復"
)


#: what names the text a notice issues: its title ('关于印发《X》的通知') or its sentence
#: ('《X》已经…通过，现印发给你们')
_ISSUES_NAMED = re.compile(
    r"关于(?:印发|转发|批转)《[^》]{4,80}》|《[^》]{4,80}》[^。]{0,80}?(?:现印发给你们|现予印发|印发给你们)"
)


def _rules_over_their_order(before: list[Group], after: list[Group]) -> bool:
    """Whether the text above an order's line is the title of the rules the order's
    promulgation names in 《》 (and the note of their adoption), nothing else."""
    if not after or not after[0].text.strip().endswith("令") or not 1 <= len(before) <= 2:
        return False
    title = before[0].text.strip()
    # (a law's title ends on no kind of document's word: '某某法'; the promulgation quoting it
    # whole is the evidence)
    if len(title) > 60 or _CLAUSE_MARK.search(title):
        return False
    if len(before) == 2 and before[1].text.strip()[:1] not in ("(", "（"):
        return False
    return f"《{title}》" in "".join(g.text for g in after[:4])


#: a mark no title holds
_CLAUSE_MARK = re.compile(r"[，。；：,;:]")


def _forwards(before: list[Group], title: str) -> bool:
    """Whether the text above (an untitled notice, or a notice whose head was not taken for
    a document's) names the title below as the text it issues."""
    wanted = norm_title(title)
    return any(
        # (or the title's last line, where a page broke it over several: the name ends so)
        named == wanted or (len(wanted) >= 12 and named.endswith(wanted))
        for g in before[:12]
        for m in (ISSUING.search(g.text), _ISSUES_NAMED.search(g.text))
        if m is not None
        for q in re.findall(r"《([^》]+)》", m.group(0))
        # (the names inside a quoted name, in <> or 〈〉, as the title prints them in 《》)
        for named in (re.sub(r"[<>〈〉]", "", norm_title(q)),)
    )


def _identity(head: Head, groups: list[Group]) -> str:
    """What tells a document without a 文号 from every other: its title with the date, the
    issuers, the meeting and the speaker its head prints (one title, '政府工作报告', is every
    county's every year); where the head prints none of them, or no title, its words too."""
    known = [head.date or "", "、".join(head.issuers), head.occasion or "", head.speaker or ""]
    key = head.title + ("|" + "|".join(known) if any(known) else "")
    if not head.title or not any(known):
        key += "|" + "".join(g.text for g in groups)[:4000]
    return key


#: a title that opens with a place's name, of a county's level or above, before its 关于
_PLACE_ABOUT = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,18}?(?:自治区|自治州|自治县|省|市|县|区|旗|盟|州|镇|乡|街道|苏木))关于"
)


#: a lead that says who issued a document, by its title: '甲、乙联合制定、发布了《T》'
_ISSUED_BY = re.compile(
    r"(?P<orgs>[\u4e00-\u9fff、]{4,160}?)(?:联合|共同)?(?:研究)?(?:制定|起草)?、?"
    r"(?:印发|发布|出台|公布)了?《(?P<title>[^《》]{4,120})》"
)


#: the organs before the verb a lead names the document with, unquoted: '近日,某某联合会发布'
_ISSUING = re.compile(
    r"(?P<orgs>[\u4e00-\u9fff、]{4,80}?)(?:联合|共同)?(?:印发|发布|出台|公布)了?$"
)


def _published_by(head: Head, title: str) -> list[str]:
    """The organs a page's lines over the document (its lead) say issued it, by its title
    (in 《》, or its whole title unquoted: '近日,某某联合会发布关于…的通报,…')."""
    for _no, zone, text in head.zones:
        if zone != "headline":
            continue
        if "《" not in text:
            at = text.find(title) if len(title) >= 8 else -1
            if at > 0 and (m := _ISSUING.search(text, 0, at)):
                organs = m.group("orgs").split("、")
                if all(is_org(o) for o in organs):
                    return organs
            continue
        for m in _ISSUED_BY.finditer(text):
            if m.group("title") != title:
                continue
            organs = m.group("orgs").split("、")
            if all(is_org(o) for o in organs):
                return organs
    return []


#: an order's number, its organ before 令: '某省人民政府令〔2003〕第1号', '某市人民政府令第5号'
_ORDER_OF = re.compile(r"(?P<org>[\u4e00-\u9fff]{4,30}?)令\s*(?:[〔\[(（]\d{4}[〕\])）])?\s*第")


def _numbering_organ(number: re.Match[str] | None) -> str | None:
    """The organ a 文号 names as the one that numbers it (its ``org`` group), if it is one."""
    return number.group("org") if number is not None and is_org(number.group("org")) else None


#: the words that name a part of an organ, no organ alone: a name ending in one of them is
#: not cut there ('国务院办公厅' is one organ)
_PART_NAMES = ("办公厅", "办公室", "委员会", "领导小组", "指挥部", "工作组")


def _joint_numbering(name: str) -> list[str]:
    """The organs a joint series' number runs together ('财政部海关总署税务总局' → 财政部, 海关总署,
    税务总局): each part an organ's whole name of three characters or more, cut one way only;
    the name as it is where it is one organ or cuts more ways than one."""

    @cache  # (each part's cuts are asked again, to tell the finest)
    def cuts(text: str) -> list[list[str]]:
        found = [[text]] if is_org(text) and not text.startswith(_PART_NAMES) else []
        for at in range(3, len(text) - 2):
            head, rest = text[:at], text[at:]
            if is_org(head) and not rest.startswith(_PART_NAMES):
                found.extend([head, *tail] for tail in cuts(rest))
        return found

    finest = [c for c in cuts(name) if all(len(cuts(p)) == 1 for p in c) and len(c) > 1]
    return finest[0] if len(finest) == 1 else [name]


def _signed_in_full(name: str, signature: list[str]) -> str:
    """'指挥部' → '某县防汛抗旱指挥部' where exactly one signer's name ends with the bare word."""
    if len(name) > 3:
        return name
    whole = [s for s in signature if s.endswith(name) and len(s) > len(name) and is_org(s)]
    return whole[0] if len(whole) == 1 else name


def _on_behalf_of(groups: list[Group]) -> str | None:
    """The organ a report first says it is read for: '我代表县人民政府向大会报告工作'."""
    for g in groups:
        if m := ON_BEHALF.search(g.text[:200]):
            return m.group("org")
    return None


def _level_on_behalf(groups: list[Group], occasion: str | None) -> bool:
    """Whether a report says it is read for the government of its meeting's place by that
    government's level alone ('我代表县人民政府向大会报告工作' at '某县第十八届人民代表大会…')."""
    place = meeting_place(occasion)
    org = _on_behalf_of(groups)
    return (
        place is not None
        and org is not None
        and org in LEVEL_GOVERNMENTS
        and place.endswith(org[0])
    )


def _level_read_for(groups: list[Group], speaker: str) -> str | None:
    """The government a report says it is read for by its level alone ('我代表县人民政府向大会
    报告工作'), where its speaker heads that level ('县长 某某'): '县人民政府'."""
    org = _on_behalf_of(groups)
    if (
        org is not None
        and len(org) <= 6
        and org.endswith("政府")
        and org[0] in "省市县区州旗"
        and speaker.startswith(org[0] + "长")
    ):
        return org[0] + "人民政府"
    return None


#: who a report says compiled it: '本报告是根据《…条例》要求,由某某编制'
_COMPILED_BY = re.compile(r"由(?P<by>[\u4e00-\u9fff]{3,30}?)(?:负责)?编制")


def _compiled_by(title: str, groups: list[Group]) -> str | None:
    """The one unit a report's opening says compiled it, where its title opens with that
    name (a school's short name no list of organs knows: '某某二中')."""
    if not title.endswith(("报告", "年报")):
        return None
    found = {
        m.group("by")
        for g in groups
        if "编制" in g.text
        for m in _COMPILED_BY.finditer(g.text[:400])
        if title.startswith(m.group("by"))
    }
    return found.pop() if len(found) == 1 else None


#: a text saying it compiled itself, by its name: '…编制《某乡人民政府政府信息公开指南》'
_COMPILED = re.compile(r"(?:编制|编写|制定|修订)了?《([^《》]{6,80})》")


def _self_named(title: str, groups: list[Group]) -> str | None:
    """The one organ the text's opening quotes the document by, its name before the title
    ('《某乡人民政府政府信息公开指南》' in a guide titled '政府信息公开指南')."""
    if len(title) < 4 or title.startswith("关于"):
        return None  # (a notice quotes the one it carries out by the same subject: '关于…的通知')
    found = {
        quoted[: -len(title)]
        for g in groups
        if title in g.text
        for quoted in _COMPILED.findall(g.text[:600])
        if quoted.endswith(title) and len(quoted) > len(title)
    }
    named = found.pop() if len(found) == 1 else ""
    return named if is_org(named) and ORG_END.search(named) and named[:1] not in "我本该" else None


#: the kinds a place's name before 关于 issues to the public
_PUBLIC_KINDS = ("通告", "公告", "布告", "通令")


def _place_about(title: str) -> str | None:
    """The place a title says issues it ('苏尼特左旗关于…的通告'), where the title is whole: a
    township's (its committee and government issue as the township), or a larger place's
    addressing the public (a 通告 or 公告) — a county's 通知 under its name goes to the organs
    of one system ('某县关于举办…的通知' to the towns' women's federations), and the place alone
    does not say which of its organs sends it."""
    m = _PLACE_ABOUT.match(title)
    if m is None or not ends_like_title(title):
        return None
    place = m.group("place")
    if place.endswith(("镇", "乡", "街道", "苏木")):
        # (a town's, whose name the division list does not hold: '某某镇关于…的通知')
        return place if is_township_name(place) else None
    return place if title.endswith(_PUBLIC_KINDS) and is_place_name(place) else None


#: a place's report on its year: '某市某镇2022年政府信息公开工作年度报告'
_PLACE_REPORT = re.compile(
    r"^(?P<who>[\u4e00-\u9fff]{2,20}?[省市县区镇乡旗])(?:19|20)\d{2}年度?"
    r"(?:政府信息公开|政府工作报告|国民经济和社会发展)"
    # or its year first: '2009年通源乡人民政府信息公开年报', '2020年度某县某镇政府信息公开工作报告'
    r"|^(?:19|20)\d{2}年度?(?P<who2>[\u4e00-\u9fff]{1,20}?[省市县区镇乡旗])(?:人民)?政府信息公开"
    # or a town's budget as a unit's: '某区某某乡2022年度部门决算'
    r"|^(?P<town>[\u4e00-\u9fff]{2,20}?(?:镇|乡|街道))(?:19|20)\d{2}年度?部门[预决]算"
)
#: rules adopted by a government's executive meeting and promulgated: '《某某条例》已经2024年
#: 8月30日国务院第40次常务会议通过，现予公布'
_ADOPTED_BY = re.compile(
    r"《(?P<title>[^》]{4,60})》已经(?P<date>\d{4}年\d{1,2}月\d{1,2}日)"
    # (a ministry's, a commission's or a bureau's own meeting: '商务部第39次部务会议修订通过')
    r"(?P<org>[\u4e00-\u9fff]{2,20}?)第\d{1,3}次(?:常务|部务|委务|局务|署务)会议(?:修订)?(?:审议)?"
    r"通过[，,]\s*现予(?:公布|发布)"
)
#: a congress's standing committee named with its term: '西藏自治区八届人大常委会',
#: '某某县第十八届人民代表大会常务委员会'
_TERM_COMMITTEE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,20}?)第?[一二三四五六七八九十\d]{1,3}届"
    r"(?:人民代表大会常务委员会|人大常委会)$"
)


def _standing_committee(name: str, title: str, text: str) -> str:
    """The standing committee's name as the title or the text's opening prints it without
    the term ('西藏自治区人民代表大会常务委员会' for '西藏自治区八届人大常委会'), where it does."""
    m = _TERM_COMMITTEE.match(name) if "届" in name else None
    if m is None:
        return name
    full = m.group("place") + "人民代表大会常务委员会"
    # (its full name with the term printed, the name without it: '某市第十五届人民代表大会常务
    # 委员会' is 某市人民代表大会常务委员会, as the corpus names a standing committee)
    return full if full in title + text[:4000] or name.endswith("人民代表大会常务委员会") else name


#: a congress named by its level alone, as a meeting line names it: '县人民代表大会'
_PLACELESS_CONGRESS = re.compile(r"(?:自治)?[省市县縣区區州旗盟]人民代表大[会會]")
#: the term before a congress's name: '第十六届'
_TERM_BEFORE = re.compile(r"第?[一二三四五六七八九十]{1,3}[届屆]$")


def _congress_placed(name: str, text: str) -> str:
    """A congress named by its level alone ('县人民代表大会', from '县十六届人大六次会议'), named
    with its place where the text names it so ('剑河县第十六届人民代表大会第六次会议'); the
    name as it is where the text names no place of that level, or two."""
    if not _PLACELESS_CONGRESS.fullmatch(name):
        return _congress_fuller(name, text)
    level, congress = name[: -len("人民代表大会")], name[-len("人民代表大会") :]
    found: set[str] = set()
    for before in _before_mentions(congress, text, 16):
        if not before.endswith(level):
            continue
        for k in range(len(level) + 1, min(len(before), len(level) + 6) + 1):
            if is_place_name(before[-k:]):
                found.add(before[-k:])
                break
    return found.pop() + congress if len(found) == 1 else name


def _before_mentions(congress: str, text: str, reach: int) -> Iterator[str]:
    """The ``reach`` characters before each mention of ``congress`` in ``text``, its term
    ('第十六届') taken off their end: where its place is printed."""
    for m in re.finditer(congress, text):
        yield _TERM_BEFORE.sub("", text[max(0, m.start() - reach) : m.start()])


def _congress_fuller(name: str, text: str) -> str:
    """A district's or county's congress named with its own place ('某区人民代表大会', from
    its adoption line), by the fuller name the text prints for it, its city before it ('某市
    某区第十七届人民代表大会第二次会议…'): the one such name; the name as it is otherwise."""
    if not name.endswith(("人民代表大会", "人民代表大會")) or len(name) < 9:
        return name
    place, congress = name[: -len("人民代表大会")], name[-len("人民代表大会") :]
    if not is_place_name(place) or place[-1:] not in "区區县縣旗":
        return name
    found: set[str] = set()
    for before in _before_mentions(congress, text, 20):
        if not before.endswith(place):
            continue
        # (the longest run of known places, each inside the one before: '某省某市某区')
        for k in range(min(len(before), len(place) + 9), len(place) + 1, -1):
            if known_places(before[-k:]):
                found.add(before[-k:])
                break
    return found.pop() + congress if len(found) == 1 else name


#: an order's number, the organ that orders before it: '中华人民共和国国务院令第219号'
_ORDERED_BY = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,30}?)令\s*第")
#: a 公告 numbered in its organ's series: the organ, then its year and serial
_SERIES = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{2,20}?)(?:公告\d{4}年第\d{1,4}号|\d{4}年第\d{1,4}号[公通]告)"
)


def _unjoined(issuers: list[str]) -> list[str]:
    """Two issuers read once apart and once run together ('中共某镇委员会' and '中共某镇委员会
    某镇人民政府'): the two, each once."""
    out: list[str] = []
    for name in issuers:
        first = next((o for o in issuers if o != name and name.startswith(o)), None)
        rest = name[len(first) :] if first else ""
        parts = [first, rest] if first and is_org(rest) and len(rest) >= 4 else [name]
        parts = [q for p in parts if p is not None for q in _split_at_place(p)]
        out.extend(p for p in parts if p not in out)
    return out


def _split_at_place(name: str) -> list[str]:
    """Two organs of one place run together, the place printed again before the second
    ('某县公安局交通管理大队某县住房和城乡建设局', joint signers whose space a page lost): each."""
    found = places_in(name[:12])
    place = found[0] if found and name.startswith(found[0]) else ""
    at = name.find(place, len(place) + 2) if len(place) >= 2 else -1
    if at < 0 or not is_org(name[:at]) or not is_org(name[at:]):
        return [name]
    return [name[:at], *_split_at_place(name[at:])]


def _printed_decision(head: Head, groups: list[Group]) -> str | None:
    """The title of a decision a 公告 prints under it: its issuer's line in the head, then the
    title's lines down to the adoption line in brackets ('(2022年12月14日…会议通过)')."""
    if not head.zones or head.zones[-1][1] != "head" or not is_org(head.zones[-1][2]):
        return None
    for end in range(1, min(4, len(groups))):
        if ADOPTED.match(groups[end].text.strip()):
            title = head.zones[-1][2] + "".join(g.text.strip() for g in groups[:end])
            return title if ends_like_title(title) and len(title) <= 120 else None
    return None


def _congress_notice(title: str) -> bool:
    """'某某县第N届人民代表大会第N次会议公告', '…常务委员会公告': a congress's numbered 公告."""
    return title.endswith("公告") and ("人民代表大会" in title or "人大" in title)


def _fragment_of_promulgated(title: str, groups: list[Group]) -> bool:
    """A site's headline cut short ('《…办法》的决定') of the title the text promulgates."""
    found = _promulgated_title(groups)
    if not title or not found or found == title:
        return False
    squash = re.compile(r"[<>〈〉《》\s*]")
    return squash.sub("", title) in squash.sub("", found)


#: the words of a report about documents, not of a document: a reporter, a news agency
_REPORTED = re.compile(
    r"据了解|据悉|记者|本报讯|新华社|中新网|通讯员|据\S{2,12}报道|(?:^|[（(【])\S{2,8}讯[）)】\s]"
    # (an outlet's credit by its name, the spaces after it closed: '安徽网讯今天下午…')
    + "|"
    + _OUTLET_CREDIT
)


#: a headline that says a meeting was held: '区十届人大常委会举行第三十六次会议', '县十六届人大
#: 常委会第二十五次会议召开', '某某主持召开县政府第十三次常务会议'
_MEETING_HELD = re.compile(r"^(?!关于).{2,30}" + MEETING_WORDS)
#: a news report's lead, its time then what happened: '11月9日，市人大常委会举行第三十六次
#: 会议', '6月10日上午，…会议召开', '某某近日发布了一批人事任免通知'
_NEWS_LEAD = re.compile(
    r"(?:\S{2,6}讯(?:[(（][^()（）]{1,12}[)）]|\s*[:：])?\s*)?"
    r"(?:(?:(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?|今天|今日|昨天|昨日)"
    r"(?:上午|下午|晚上|晚间|早上|中午)?\s*[，,]?|[^。，,]{0,20}?(?:近日|日前)[，,]?)[^。，,]{0,30}?"
    r"(?:举行|召开|发布了|印发了|公布了)"
    # '2月2日下午，省十二届人大常委会第二十七次会议上，表决通过了多项人事任免案'; a report
    # that credits its site first: '本网讯(何晓芳)8月14日，…'; '今天下午，…会议经过表决，决定…'
    r"|(?:\S{2,6}讯[(（][^()（）]{1,12}[)）])?(?:\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日)"
    r"(?:上午|下午|晚上|晚间)?\s*[，,]?"
    r"[^。]{0,40}?会议(?:上|期间)?[，,]?[^。]{0,6}?(?:召开|举行|表决通过|审议通过|经过表决)"
    # a committee's meeting named before its day: '吉林省十二届人大常委会第十次会议9月5日决定，…'
    r"|[^。，,]{2,30}?第[一二三四五六七八九十百\d]{1,4}次(?:全体)?会议\d{1,2}月\d{1,2}日"
    r"(?:决定|表决|审议)"
)
_BRACKETED_HEAD = re.compile(r"^【[^【】]{2,40}】\s*")
#: a news headline on an official taking a post: '赵一德任陕西省代省长'
_TAKES_POST = re.compile(r"^[\u4e00-\u9fff·]{2,4}任[\u4e00-\u9fff、]{2,30}?(?:长|主任|书记|主席)$")


#: the page's link to the document's own file, named by its 文号, under the text
_DOWNLOAD = re.compile(r"(?P<number>\S{4,30}?号)\.(?:docx?|pdf|wps|ofd|DOCX?|PDF)")
#: the 附件 label before a file's name: '附件:', '附件1：'
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]\s*")


def _download_number(groups: list[Group]) -> str | None:
    """The 文号 a page prints only as the name of the document's file at its end ('连政复〔
    2023〕12号.doc'): the file is the document, its name its number. Of several files named
    by numbers (the notice's and the text it forwards) which is the document is not printed:
    none."""
    texts = [g.text.strip() for g in groups]
    numbers = {
        m.group("number")
        for t in texts
        if (m := _DOWNLOAD.fullmatch(_ATTACHMENT_LABEL.sub("", t, count=1)))
        and find_doc_number(m.group("number")) == m.group("number")
    }
    # (a file under the 附件 label, '附件:某函〔2016〕94号.pdf', is one of them, never alone
    # the document's)
    labelled = any(_ATTACHMENT_LABEL.match(t) for t in texts)
    return numbers.pop() if len(numbers) == 1 and not labelled else None


#: the national form's own first words: '本年报根据《…政府信息公开条例》'
_FORM_PREAMBLE = r"^本(?:年度)?(?:年报|报告)是?根据《[^》]*政府信息公开条例》"
#: the national form's preamble, where it stands under the report's lead
_FORM_OPENS = re.compile(_FORM_PREAMBLE)

#: the first section of the national form of a 政府信息公开 annual report, and the organ its
#: first sentence opens with: '2023年,区投资促进局认真贯彻执行《中华人民共和国政府信息公开条例》'
_DISCLOSURE_OPENING = re.compile(
    r"^(?:19|20)\d{2}年(?:度)?[，,]\s*(?P<org>[\u4e00-\u9fff]{2,24}?"
    r"(?:局|委|办公室|中心|人民政府|政府|街道办事处))"
    # or the national form's own opening: '本年报根据《…条例》…要求,由某某镇人民政府编制'
    + "|"
    + _FORM_PREAMBLE
    + r"[^。]{0,80}?由(?P<by>[\u4e00-\u9fff]{2,30}?"
    r"(?:局|委|办公室|中心|人民政府|政府))编制"
    # (or by a town named alone: '…的要求,由七户乡编制的2020度政府信息公开年度报告')
     + "|" + _FORM_PREAMBLE + r"[^。]{0,80}?由(?P<town>[\u4e00-\u9fff]{1,8}[乡镇])编制"
    # (or the form's first part, the organ that acts opening it: '(一)主动公开政府信息情况:某镇人民
    # 政府利用电子屏…')
    # (after the year it covers: '(一)主动公开情况。2022年,某市农业农村局在…')
    r"|^[(（]一[)）]\s*主动公开(?:政府)?(?:信息)?(?:情况)?\s*[:：。]?\s*"
    r"(?:(?:19|20)\d{2}年度?[，,]\s*)?(?P<actor>[\u4e00-\u9fff]{2,24}?"
    r"(?:局|委|办公室|中心|人民政府|政府|街道办事处))(?=[\u4e00-\u9fff])"
)


#: an annual report's own first words, as the national form prints them
_DISCLOSURE_SELF = re.compile(
    _FORM_PREAMBLE
    # (or '根据《…政府信息公开条例》…要求,编制本局2018年度政府信息公开报告')
    + r"|^根据《[^》]*政府信息公开条例》[^。]{0,100}?编制[^。]{0,40}?"
    r"政府信息公开(?:工作)?(?:年度)?(?:年报|报告)"
)
#: an untitled annual report's opening that names it: '…要求,现公布开阳县统计局2023年政府信息
#: 公开工作年度报告。'
_PUBLISHES_REPORT = re.compile(
    # (or the report it makes, in 《》: '现形成《某市卫生健康局2025年政府信息公开工作年度报告》')
    r"现(?:予)?(?:公布|发布|将|形成|公开)《?"
    r"(?P<org>[\u4e00-\u9fff]{2,30}?(?:局|委|办公室|中心|人民政府|政府|街道办事处))"
    r"(?:19|20)\d{2}年度?政府信息公开(?:工作)?年度报告"
    # (or the national form's lead listing what the report holds: '全文包括某某街道2024年
    # 政府信息公开总体情况,主动公开政府信息情况,…')
    r"|(?:全文|报告内容|本报告)包括(?P<holder>[\u4e00-\u9fff]{2,30}?"
    r"(?:局|委|办公室|中心|人民政府|政府|街道办事处|街道|镇|乡))"
    r"(?:(?:19|20)\d{2}年度?)?政府信息公开(?:工作)?总体情况"
)


#: a 法治政府建设 report's lead that names whose it is: '现将县人民政府2022年法治政府建设工作
#: 情况报告如下'
_RULE_OF_LAW_LEAD = re.compile(
    r"现将(?P<org>[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|局|委员会|办公室))(?:19|20)\d{2}年度?"
    r"法治政府建设(?:工作)?(?:情况|工作情况)?(?:的)?报告如下"
)
#: the preamble that names who compiled the report: '本报告由某市人民政府信息公开工作领导小组
#: 办公室根据《…条例》…编制'
_COMPILED_PREAMBLE = re.compile(
    r"^本(?:年度)?报告(?:是)?由(?P<by>[\u4e00-\u9fff]{2,40}?)(?:根据|依据|依照|按照|编制)"
)


def _report_owner(text: str) -> str | None:
    """Whose 政府信息公开 annual report the opening says it is, by the fullest name it prints
    (a street the form's lead names bare is its office where the text names that:
    '全文包括某某街道…总体情况' and '某某街道办事处于…成立'); or whom the preamble says
    compiled it (a government's office or its group's: the government's report)."""
    m = _PUBLISHES_REPORT.search(text[:300])
    if m is None:
        compiled = _COMPILED_PREAMBLE.match(text.strip())
        if compiled is None or not starts_with_place(by := compiled.group("by")):
            return None
        if (at := by.find("人民政府")) > 0:
            return by[: at + 4]
        return by if is_org(by) and split_organs(by) == [by] else None
    if (org := m.group("org")) is not None:
        return org
    holder = m.group("holder")
    if holder.startswith(("本", "我", "各")):
        return None  # (the form's own words: '全文包括本机关…')
    return _township_in_full(holder, text)


#: a congress's committee that reviewed a report, reporting what it found: '某乡第二届人民代表
#: 大会第六次会议财政经济审查委员会对这个报告进行了认真审查,现将审查结果报告如下'
_REVIEWED_BY = re.compile(
    r"(?:^|[。；;])\s*(?P<org>[\u4e00-\u9fff]{4,40}?委员会)对(?:这个|该|上述|此)?(?:报告|草案|方案)"
    r"进行了(?:认真|初步)?审查[，,]\s*现将(?:初步)?审查结果报告如下"
)


def _reviewing_committee(groups: list[Group]) -> str | None:
    """The committee a review's lead names as the one that reviewed ('…委员会对这个报告进行了
    认真审查,现将审查结果报告如下'): the review's reporter."""
    for g in groups:
        if "审查结果" in g.text and (m := _REVIEWED_BY.search(g.text[:400])):
            return m.group("org") if is_org(m.group("org")) else None
    return None


#: a report read for its government: '受区人民政府的委托,…作关于…的报告', '受镇政府的委托,现向
#: 大会报告…'
_ENTRUSTED_REPORT = re.compile(
    r"受[\u4e00-\u9fff]{1,20}?(?:人民政府|政府)的?委托[^。]{0,60}?(?:作[^。]{0,80}?|向大会)报告"
)


def _disclosure_reporter(groups: list[Group]) -> str | None:
    if groups and (owner := _report_owner(groups[0].text)):
        return owner
    if groups and (m := _DISCLOSURE_OPENING.match(groups[0].text.strip())) and m.group("town"):
        return m.group("town") + "人民政府"  # (a town's report is its government's)
    if (
        len(groups) > 1
        and (
            groups[1].text.strip() == "一、总体情况"
            # (or over the form's preamble, '本年度报告根据《…条例》…编制', then the section)
            or (
                len(groups) > 2
                and _FORM_OPENS.match(groups[1].text.strip()) is not None
                and groups[2].text.strip() == "一、总体情况"
            )
        )
        and "信息公开" in groups[0].text
        and (m := _DISCLOSURE_OPENING.match(groups[0].text.strip())) is not None
        and m.group("org")
        and (org := _organ_named(m.group("org")))
    ):
        # the lead over the form's first section says whose ('2022年,某乡人民政府坚持…现将
        # 我乡2022年度信息公开工作情况报告如下' / '一、总体情况')
        return org
    # (the form's '一、总体情况', under the text's lead or not, and the paragraph under it)
    at = next((k for k, g in enumerate(groups[:2]) if g.text.strip() == "一、总体情况"), None)
    if at is None or at + 1 >= len(groups):
        return None
    first = groups[at + 1].text.strip()
    m = _DISCLOSURE_OPENING.match(first)
    if m is None or ("政府信息公开" not in first and not m.group("actor")):
        return None
    name = m.group("org") or m.group("by") or m.group("actor") or (m.group("town") + "人民政府")
    return _organ_named(name)


def _organ_named(name: str) -> str | None:
    """The organ a report's opening names, not the sentence that opens as it speaks: '2021年度,
    我镇认真贯彻落实上级政府…' names no organ '我镇认真贯彻落实上级政府'; '2020年,在区委、区政府的
    正确领导下,…' is a clause of whose lead, no organ '在区委'."""
    return None if name.startswith(("我", "在")) or _SENTENCE_ACTS.search(name) else name


#: the committee of a court or a procuratorate that adopts its texts, after its name
_COURT_COMMITTEE = re.compile(
    r"(?P<court>人民法院|人民检察院)(?:第[一二三四五六七八九十\d]{1,3}届)?(?:审判委员会|检察委员会)$"
)
#: the organs a 公告's line names, one after another: '中华人民共和国最高人民法院…'
_ORGAN_IN_LINE = re.compile(
    r"(?:中华人民共和国)?[\u4e00-\u9fff]{2,16}?(?:人民法院|人民检察院|人民政府|委员会|部|局|署)"
)


#: a 公告's text that publishes another: '《T》已于…通过，现予公布'
_PUBLISHES_QUOTED = re.compile(
    r"^《(?P<title>[^《》]{6,120})》(?:已于|已经|已由|经)[^。]{0,160}?(?:现予公布|现予发布|予以公布)"
)


def _announcing_organs(line: str) -> list[str]:
    """The organs a 公告's line names, each as printed there, where the line is their names
    and 公告 and nothing else ('中华人民共和国最高人民法院 中华人民共和国最高人民检察院 公告');
    none for any other line."""
    if not line.endswith("公告"):
        return []
    names = line[:-2].replace(" ", "")
    found = _ORGAN_IN_LINE.findall(names)
    return found if found and "".join(found) == names else []


def _published_text(doc: Document) -> str | None:
    """The title of the text a 公告 (its line organs' names and 公告, nothing else) publishes,
    where the text under it prints no title of its own."""
    if not _announcing_organs(doc.title):
        return None
    blocks = doc.blocks()
    first = next((b for b in blocks[:3] if b.type == "paragraph"), None)
    m = _PUBLISHES_QUOTED.match(first.text) if first is not None else None
    if m is None or not ends_like_title(m.group("title")):
        return None
    if any(
        b.type == "heading" and norm_title(b.text) == norm_title(m.group("title")) for b in blocks
    ):
        return None  # (the text titled again below: its own title, read as such elsewhere)
    if sum(1 for b in blocks if b.type == "paragraph") < 3:
        return None  # (the 公告 alone, the text a document of its own after it)
    return m.group("title")


def _publishing_organs(doc: Document) -> list[str]:
    """The organs named by a 公告's line heading the text (organs' names and 公告, nothing
    else), each as printed there."""
    for block in doc.blocks()[:2]:
        line = block.text.replace(" ", "")
        if block.type == "heading" and len(line) > 6 and (named := _announcing_organs(line)):
            return named
    return []


#: what an organ does in a sentence, which its name holds no word of
_SENTENCE_ACTS = re.compile(r"认真|贯彻|落实|坚持|按照|根据|深入|进一步|全面")


#: a news item's dateline: '新华网江西频道3月25日电', '中国网海峡频道7月24日讯(记者)'
_DATELINE = re.compile(r"^\S{0,20}?(?:\d{1,2}月)?\d{1,2}日(?:电|讯)(?:\s|[(（:：]|$)")
#: a meeting's report: who chaired it ('县人大常委会主任某某主持会议')
_CHAIRED_MEETING = re.compile(r"主持(?:了)?(?:会议|會議)")


#: a government's standing meeting, or its head's office meeting, held
_STANDING_MEETING = re.compile(
    r"(?:召开|主持)[^。]{0,40}?(?:政府|政府党组)?(?:第[一二三四五六七八九十百零〇\d]{1,4}次)?"
    r"(?:常务会议|常务会|[省市县区州旗]长办公会议?|专题会议"
    # (or an organ's party group's: '召开党组(扩大)会议', '主持召开局党组会议')
    r"|[局厅委办]?党组(?:[(（]扩大[)）])?会议)"
)
#: what the meeting did, as its record says it
_MEETING_DID = re.compile(
    r"会议(?:研究|审议|听取|讨论|决定|确定|议定|同意|原则通过|通过了|强调|指出|要求)"
)
#: a reporter's byline or a news agency's dateline: a news report of the meeting
_REPORTED_BY = re.compile(r"记者|通讯员|[电讯][)）]?\s*$|日电|日讯")


def _standing_meeting_record(groups: list[Group]) -> bool:
    """A government's record of its 常务会议 (or a 县长办公会议): its first paragraphs say
    the meeting was held and what it did, and name no reporter or agency."""
    texts = [g.text for g in groups]
    return (
        any(_STANDING_MEETING.search(t[:200]) for t in texts)
        and any(_MEETING_DID.search(t) for t in texts)
        and not any(_REPORTED_BY.search(t[:120]) for t in texts)
    )


#: an organ's name, then a text's name in quotes, then the notice's kind: '某办公室《某预案》的通知'
_ORGAN_THEN_QUOTE = re.compile(
    r"^(?P<org>[^《》]{4,40}?)《[^《》]{2,120}》的(?:通知|通报|决定|意见)$"
)
#: what stands between an organ and the text it issues in a title
_ACTS = (
    "关于",
    "关於",
    "转",
    "轉",
    "印发",
    "印發",
    "批",
    "发布",
    "發布",
    "公布",
    "颁布",
    "下发",
    "对",
)


def _verb_lost(title: str) -> str | None:
    """The organ a title names right before the quoted text it issues, no act between them;
    None where the title is whole."""
    m = _ORGAN_THEN_QUOTE.match(title) if "《" in title else None
    if m is None:
        return None
    org = m.group("org")
    return org if is_org(org) and not any(a in org for a in _ACTS) else None


def _news_report(groups: list[Group]) -> bool:
    """A report of a meeting or an event, as a news site writes it: a dateline opening one of
    its first paragraphs, or a paragraph saying who chaired the meeting (a 任免 document
    decides; it does not tell who chaired)."""
    return any(_DATELINE.match(g.text.strip()) for g in groups[:3]) or any(
        "主持" in g.text and _CHAIRED_MEETING.search(g.text) for g in groups[:6]
    )


def _reported(text: str) -> bool:
    """``_REPORTED.search``: every word of it holds 据, 记, 讯 or 新, looked for first (the
    pattern's bracket alternative is otherwise tried at every character)."""
    if "据" not in text and "记" not in text and "讯" not in text and "新" not in text:
        return False
    return _REPORTED.search(text) is not None


def _promulgation_signed(groups: list[Group], printed: list[str]) -> bool:
    """An order's text: a promulgation ('《…》已经…通过，现予公布') signed by an officer."""
    from gongbao.structure.zones import SPEAKER

    first = groups[0].text if groups else ""
    return (
        bool(_PROMULGATES.match(first))
        and re.search(r"现予(?:公布|发布|颁布)", first) is not None
        and any(SPEAKER.match(p) for p in printed[:1])
    )


def _minutes_issuer(head: Head, text: str) -> list[str]:
    """A 纪要 under a line naming whose minutes they are ('安徽省政府会议纪要…'): that organ,
    by its full name where the text prints it ('安徽省人民政府')."""
    from gongbao.structure.zones import MINUTES_MASTHEAD

    for _no, zone, line in head.zones:
        stem = re.sub(r"(?:[一二三四五六七八九十\d]{1,2}篇|[一二三四五六七八九十\d])$", "", line)
        m = MINUTES_MASTHEAD.match(stem) if zone in ("headline", "masthead") else None
        if m and is_org(name := m.group("name").strip()):
            full = re.sub(r"(?<=[省市县区])政府$", "人民政府", name)
            return [full if full in text else name]
    return []


_APPOINTS = re.compile(r"^(?:任命|免去|决定任命|决定免去)")


#: the name a national organ's full name opens with
_COUNTRY = "中华人民共和国"


def _national_short(name: str) -> bool:
    """A national organ named without the country: '交通部', '国务院', '最高人民检察院'
    (no place, party or country before it)."""
    return (
        is_org(name)
        and not name.startswith((_COUNTRY, "中国", "中共"))
        and not starts_with_place(name)
        and not PLACELESS.match(name)
        and name.endswith(("部", "委员会", "总局", "总署", "院", "署"))
    )


def _named_with_country(name: str, text: str) -> bool:
    """The text prints the organ's name with the country's before it, outside a title in 《》
    or 「」 and not as a gazette's name ('《中华人民共和国国务院组织法》' names a law,
    '中华人民共和国国务院公报' a gazette, neither the organ)."""
    full = _COUNTRY + name
    at = text.find(full)
    while at >= 0:
        if (
            text.count("《", 0, at) <= text.count("》", 0, at)
            and text.count("「", 0, at) <= text.count("」", 0, at)
            and not text.startswith(("公报", "公報"), at + len(full))
        ):
            return True
        at = text.find(full, at + 1)
    return False


def _fullest(named: list[str], signers: list[str]) -> list[str]:
    """The organs of both lists, each once, by the fuller of the names it is given (a short
    form of a name the same organ: '县市场监管局' and '水城县市场监督管理局')."""
    merged: list[str] = []
    # (a line that runs the signers' names together, '某省中共某市委办公室某市人民政府办公室' over
    # their signature a name a line, names them all and no organ of its own)
    named = [n for n in named if sum(1 for s in signers if s != n and s in n) < 2]
    for name in [*named, *signers]:
        same = next(
            (
                k
                for k, m in enumerate(merged)
                if same_organ(m, name) or contracted(*sorted((m, name), key=len))
            ),
            None,
        )
        if same is None:
            merged.append(name)
        elif len(name) > len(merged[same]):
            merged[same] = name
    return merged


def _not_taken(head: Head, why: str) -> str:
    """The problem's words for a title not taken, why between: '标题“T”…，未采用'; the head
    left untitled."""
    title, head.title = head.title, ""
    return f"标题“{title}”{why}，未采用"


_HAN_PAIR_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _unrelated_headline(title: str, body: list[Group]) -> bool:
    """Whether ``title`` is a headline of something else: not shaped as a title (no kind
    word ends it), six pairs of characters or more, none of which the signed text under it
    uses (a document's own title shares its words with its text)."""
    if title_end(title) is not None:
        return False
    pairs = {run[i : i + 2] for run in _HAN_PAIR_RUN.findall(title) for i in range(len(run) - 1)}
    if len(pairs) < 6:
        return False
    text = "".join(g.text for g in body)
    return len(text) >= 200 and not any(p in text for p in pairs)


def _document(
    groups: list[Group],
    head: Head,
    start: int,
    end: int,
    raw: dict[int, str],
    doc_id: str,
    problems: list[Problem],
    posted: str | None = None,
) -> Document:
    body_groups = ([head.rest] if head.rest else []) + groups[head.end : end]
    if head.title and (lost := _verb_lost(head.title)):
        # '某县人民政府办公室《某某预案》的通知': an organ, then the name of a text, and no
        # verb between (a mirror's advertisement stood where '关于印发' was): which act the
        # notice did is not printed, so no title is taken for it
        at = Source(document=doc_id, line=groups[start].start)
        why = f"在“{lost}”与《》之间缺少“关于印发”等字样"
        problems.append(Problem("title_verb_lost", _not_taken(head, why), doc_id, at))
    sig = signatures(body_groups, raw, head.page_date or posted)
    if sig.bracketed and not head.title:
        # a name in brackets under a text that prints no title: a news item's source
        # ('（某某区委区政府督查局）'), not a bulletin's issuer under its title
        sig = Signature(date=sig.date)
    signers, sig_date = sig.signers, sig.date
    if head.title and signers and _unrelated_headline(head.title, body_groups):
        # a copying site's headline of another story over a signed text ('某地全面放开是真的吗?
        # 防控办辟谣' over a county's 通告): no word of it is the text's, so it titles nothing
        at = Source(document=doc_id, line=groups[start].start)
        why = "的字词在正文中均未出现（疑为转载网站的标题）"
        problems.append(Problem("title_unrelated", _not_taken(head, why), doc_id, at))
    if sig_date and (issued := date_past_imprint(body_groups, sig_date)):
        # the 版记 closed the document above the date signed (its own signature lost, as an
        # OCR loses a seal's): that date is the forwarded text's, the imprint's the document's
        sig_date = issued
    signed = set(sig.groups)
    body_groups = [g for k, g in enumerate(body_groups) if k not in signed]
    ordered = head.order or bool(head.doc_number and "令" in head.doc_number)
    kind = "order" if ordered else kind_of(head.title)
    if kind != "order" and _promulgation_signed(body_groups, sig.printed):
        kind = "order"  # '《…》已经…通过，现予公布' signed by a minister, governor or mayor
    elif (
        kind in ("decision", "regulation", "document")
        and head.doc_number
        and ORDER_NO.match(head.doc_number)
        and any(SPEAKER.match(p) for p in sig.printed)
    ):
        kind = "order"  # numbered '第153号' under its title and signed by a governor
    if kind == "order" and any(_APPOINTS.match(g.text) for g in body_groups[:6]):
        kind = "personnel"  # an order that appoints and removes ('任命…为…', '免去…职务')
    opening = body_groups[0].text[:200] if body_groups else ""
    if kind == "document" and (
        (_MINUTED.search(opening) and "会议" in head.title + opening)
        or (
            (
                (
                    head.title.endswith(("常务会议", "办公会议"))
                    and "召开" not in head.title
                    and "举行" not in head.title
                )
                or (not head.title and _CHAIRED.search(opening) is not None)
            )
            and sum(1 for g in body_groups[:12] if _AGREED.match(g.text)) >= 2
        )
    ):
        # a meeting's page whose text minutes it ('…纪要如下'), or headlined by the meeting's
        # number alone ('区政府第135次常务会议', or untitled) over what it agreed, item by item
        # ('会议原则同意…'): under a news headline ('…召开第N次常务会议') that is a report
        kind = "minutes"
    if (
        kind == "document"
        and not head.title
        and head.occasion
        and _DECIDES_POSTS.search(body_groups[0].text if body_groups else "")
    ):
        # no title printed, a meeting's adoption line, and a text that opens by deciding who
        # holds a post (a news item deciding nothing itself has no adoption line)
        kind = "personnel"
    if (
        kind == "document"
        and not head.title
        and head.adopted
        and not any(_ARTICLED.match(g.text) for g in body_groups[:3])
    ):
        # no title printed, under the line of the meeting that adopted it, and no articles:
        # what a meeting adopts that way is a 决定 or a 决议
        kind = "decision"
    if (
        kind == "document"
        and not (head.title and ends_like_title(head.title))
        and any(_ANNOUNCES.search(g.text) for g in body_groups[:3] + body_groups[-3:])
    ):
        # no title printed (or one cut before its kind), and a text that says it is a 通告
        # or 公告
        kind = "announcement"
    if kind == "document" and not head.title and head.named:
        kind = kind_of(head.named)  # the kind of the document a news lead names
    if kind == "document" and not head.title and body_groups:
        # no title printed: the text says what it is where it opens or closes (a request
        # '收悉' and answered, '特此批复'; '现将《某某》印发给你们')
        ends = [g.text for g in body_groups[:2] + body_groups[-3:]]
        if ISSUING.search(body_groups[0].text[:300]):
            kind = "notice"  # (first: a reply it forwards answers, not the notice)
        elif any(_ANSWERS.search(t) for t in ends) or _ANSWERS.search("".join(ends[:2])):
            # (the request named on a line of its own, '收悉' opening the next: '…的請示' /
            # '收悉。')
            kind = "reply"
    run_on_number, run_on_date = (
        _number_run_on(head.title, body_groups) if head.doc_number is None else (None, None)
    )
    doc = Document(
        id=doc_id,
        title=head.title,
        kind=kind,
        doc_number=head.doc_number or run_on_number,
        # the 成文日期 is the date under the text; a date the head prints (a gazette's line
        # under the title, a listing's date beside the 文号, the day a meeting adopted it)
        # stands for it where the text prints none
        date=sig_date or head.date or run_on_date or imprint_date(body_groups),
        issuers=signers or head.issuers,
        addressees=head.addressees,
        speaker=head.speaker,
        signature=sig.printed or head.signed,
        source=Source(document=doc_id, line=groups[start].start, end_line=groups[end - 1].end),
    )
    if doc.doc_number is None and (order_line := _order_line_run_on(body_groups[:3])):
        # the order line run onto the promulgation under the title ('某省人民政府令(第231号)
        # 《…》业经…'): the order's number, and its government its issuer
        doc.doc_number, org = order_line
        doc.issuers = doc.issuers or [org]
        kind = doc.kind = "order"
    if kind in ("document", "personnel") and _MEETING_HELD.search(head.title):
        # a news headline: a meeting was held ('…常委会举行第三十六次会议', '…会议召开')
        kind = doc.kind = "news"
    if (
        kind == "announcement"
        and not (doc.issuers or doc.signature)
        and (m := _SPEAKS_FIRST.match(opening)) is not None
        and starts_with_place(m.group("org"))
        and is_org(m.group("org"))
    ):
        # an unsigned 公告 whose first sentence opens with the organ that acts in it ('某县
        # 地名办根据…有关规定,…现拟订《…》'): the organ's own 公告
        doc.issuers = [m.group("org")]
    if (
        kind in ("document", "personnel")
        and not (doc.doc_number or doc.issuers or doc.signature or doc.addressees)
        # (a text that says it announces, '…予以公告。', is the organ's own, though it speaks
        # of the reporters a hearing seats)
        and not (body_groups and announces_itself(body_groups[0].text[:400]))
        and (
            any(_reported(g.text) for g in body_groups[:40])
            or (not head.title and _NEWS_LEAD.match(opening) is not None)
            or (
                _TAKES_POST.match(head.title) is not None
                # (the headline printed again in brackets over the lead: '【陕西省|…】8月2日…')
                and any(_NEWS_LEAD.match(_BRACKETED_HEAD.sub("", g.text)) for g in body_groups[:2])
            )
        )
    ):
        # a page that reports ('据了解', '记者'), issued by no one: a headline on officials
        # ('…副省长辞职') is news, not a 任免 document
        kind = doc.kind = "news"
    if (
        kind in ("document", "personnel")
        and not (doc.doc_number or doc.signature or doc.addressees)
        and _news_report(body_groups)
    ):
        # a news report of the meeting that appointed ('…3月25日电 经…会议表决', '…主任某某
        # 主持会议'): news, and the body its headline names is its subject, not its issuer
        kind = doc.kind = "news"
        doc.issuers = []
    if (
        kind in ("document", "news")  # (a title of a kind of its own is no record)
        and "召开" not in head.title
        and "举行" not in head.title
        and _standing_meeting_record(body_groups[:3])
    ):
        # a government's record of its 常务会议 ('…主持召开区政府第51次常务会议…会议审议通过
        # …'), under no news headline ('…召开第23次常务会议') and no reporter's byline or
        # dateline: its 纪要
        kind = doc.kind = "minutes"
    if (
        kind == "document"
        and not head.title
        and (
            (head.occasion and head.speaker)
            # (after the salutation, '各位代表：', where the page printed no head)
            or any(ON_BEHALF.search(g.text[:200]) for g in body_groups[:3])
            # (or read for its government: '我受区人民政府的委托,向…会议,作关于…的报告')
            or any(_ENTRUSTED_REPORT.search(g.text[:200]) for g in body_groups[:3])
        )
    ):
        # no title printed, read at a meeting by its speaker, or opening '我代表某某人民政府
        # 向大会作报告': a report
        kind = doc.kind = "report"
    if (
        kind == "document"
        and not head.title
        and doc.addressees
        and (told := kind_told("".join(g.text for g in body_groups[:60])))
    ):
        # a document sent to its addressees with no title printed: its own words say what it
        # is ('…现印发给你们', '特此通知', '现将有关事项批复如下')
        kind = doc.kind = told
    if (
        kind == "document"
        and not head.title
        and (closed := kind_closed("".join(g.text for g in body_groups[-8:])))
    ):
        # nor any addressee: its closing formula, near its end, says what it is ('特此公告')
        kind = doc.kind = closed
    if (
        kind == "document"
        and not head.title
        and not doc.addressees
        and body_groups
        and announces_itself("".join(g.text for g in body_groups[:3])[:600])
    ):
        # or its opening does ('…拟于近期召开听证会。现对…予以公告。'): a 公告 cut before
        # its close
        kind = doc.kind = "announcement"
        if (
            not (doc.issuers or doc.signature)
            and (m := _ACTS_ON_DAY.search(body_groups[0].text[:400])) is not None
            and starts_with_place(m.group("org"))
            and is_org(m.group("org"))
        ):
            # the organ that will act, named in full ('经县政府同意,某县物价局拟于近期组织
            # 召开…'): the one that announces it
            doc.issuers = [m.group("org")]
    if (
        kind == "announcement"
        and not (doc.issuers or doc.signature)
        and body_groups
        and (organs := _announcing_lead(body_groups[0].text[:400]))
    ):
        # a 公告 that prints no signature (or was cut before it), its lead naming the organs
        # that act together ('某县司法局、某县人民法院、某县公安局决定…。现将有关事项公告如下'):
        # those organs announce it
        doc.issuers = organs
    if kind == "minutes" and not doc.issuers and (convener := _convener(body_groups[:2])):
        # a meeting's record that names no issuer: the body that held the meeting, as its
        # first sentence says ('…,市政协召开十二届三十八次主席会议', '…主持召开某区人民政府
        # 2022年第9次常务会议')
        doc.issuers = [convener]
    if doc.doc_number is None:
        doc.doc_number = _download_number(body_groups[-3:])
    if doc.doc_number is None and doc.title:
        # rules printed again after the decision that amended them, their note naming the
        # order that published that decision by its title ('…根据2012年12月26日某市人民政府令
        # 第98号公布的《某市人民政府关于修改〈某办法〉的决定》修正…'): the decision's number
        doc.doc_number = _order_publishing(doc.title, body_groups)
    if (
        not head.title
        and not doc.issuers
        and body_groups
        and (lead := _RULE_OF_LAW_LEAD.search(body_groups[0].text[:300]))
        and not lead.group("org").startswith(("我", "本"))
        and is_org(lead.group("org"))
    ):
        # an untitled 法治政府建设 report whose lead says whose ('现将县人民政府2022年法治政府
        # 建设工作情况报告如下'): that organ's report
        doc.kind = kind = "report"
        doc.issuers = [lead.group("org")]
    if not head.title and (reporter := _disclosure_reporter(body_groups[:4])):
        # a 政府信息公开 annual report stored from its first section, its title lost: the
        # national form's '一、总体情况' and its first sentence's organ say what and whose
        doc.kind = kind = "report"
        doc.issuers = doc.issuers or [reporter]
    elif (
        kind == "report"
        and not doc.issuers
        and body_groups
        and (published := _report_owner(body_groups[0].text)) is not None
    ):
        # a titled one whose title names no organ ('某街道2016年度政府信息公开工作报告'):
        # its opening says whose ('现将某街道办事处2016年政府信息公开工作年度报告予以公布')
        doc.issuers = [published]
    elif (
        not head.title
        and kind == "document"
        and body_groups
        and _DISCLOSURE_SELF.match(body_groups[0].text)
    ):
        # the national form's opening, its organ unnamed ('本年度报告根据《…政府信息公开条例》…
        # 要求编制'): a 政府信息公开 annual report (whose, the page's record may say)
        doc.kind = kind = "report"
    if (
        signers
        and head.weak_issuers
        and len(head.issuers) > len(signers)
        and all(any(same_organ(h, s) for h in head.issuers) for s in signers)
    ):
        # joint issuers named on a line over the title, fewer of them read in the signature
        # (a signer's line the page garbled): each kept, by its fullest name
        doc.issuers = _fullest(head.issuers, signers)
    elif (
        signers
        and len(head.issuers) > len(signers)
        and not head.weak_issuers
        and all(any(same_organ(h, s) for h in head.issuers) for s in signers)
    ):
        # joint issuers the title names ('某省财政厅 某省文化和旅游厅关于…的通知'), fewer of
        # them signing (the page printed the lead organ's signature only): each issues
        doc.issuers = _fullest(head.issuers, signers)
    elif signers and head.weak_issuers:
        doc.issuers = list(signers)  # a line under the title gives way to the signature
        if all(PLACELESS.match(s) for s in signers) and all(
            any(same_organ(h, s) for h in head.issuers) for s in signers
        ):
            # but not to its short form that names no place ('州人大常委会法工委' under '某某
            # 自治州人大常委会法工委'): the line's name, as printed
            doc.issuers = _fullest(head.issuers, signers)
    elif (
        len(head.issuers) == 1
        and len(signers) == 1
        and not same_organ(head.issuers[0], signers[0])
        and numbered_issuer(doc.doc_number, head.issuers[0], signers[0]) == head.issuers[0]
    ):
        # a government and its office, the title naming one and the signature the other: the
        # one whose series the 文号 is in ('宜政办〔2023〕26号': the office's)
        doc.issuers = list(head.issuers)
    elif (
        len(head.issuers) == 1
        and len(signers) == 1
        and signers[0].endswith(head.issuers[0])
        and _run_on_before(signers[0][: -len(head.issuers[0])], head.issuers[0])
    ):
        # the signer's line with the words over it run on (an attachment's name: '附件:某某名录
        # 某省人民政府', flattened): the organ the title names signs, no other
        doc.issuers = list(head.issuers)
    elif (
        len(head.issuers) == 1 and len(signers) == 1 and not same_organ(head.issuers[0], signers[0])
    ):
        # one organ in the title, another signing ('某市政府关于…' signed by its 办公室,
        # under the 办公室's 文号): not joint issuers; the signature is the 发文机关署名
        doc.issuers = list(signers)
    elif signers and head.issuers and not set(head.issuers) & set(signers):
        # one organ named twice, with and without its place: the fuller name stays
        doc.issuers = _fullest(head.issuers, signers)
    if (kind == "order" and (head.title.endswith("令") or not head.title)) or (
        _fragment_of_promulgated(head.title, body_groups)
    ):
        doc.title = (
            _promulgated_title(body_groups)
            or _named_rules(head, body_groups)
            or _titled_under_order(head, body_groups)
            or doc.title
        )
        if doc.date is None and doc.title != head.title and len(body_groups) > 1:
            # (the day the note under the rules' title says the order published them)
            doc.date = _published_on(body_groups[1].text)
    elif (
        kind in ("order", "regulation")
        and (rules := _promulgated_title(body_groups))
        and rules != head.title
    ):
        # an order whose text promulgates rules printed over it under their own name, under a
        # site's line of another name: titled by its rules
        doc.title = rules
    elif (
        kind == "announcement"
        and _congress_notice(head.title)
        and (rules := _promulgated_title(body_groups, [t for _n, _z, t in head.zones]))
    ):
        # a congress's 公告 that adopts rules and prints them: titled by them, as an order is
        doc.title, doc.kind = rules, kind_of(rules)
    elif (
        kind == "announcement"
        and _congress_notice(head.title)
        and (decision := _printed_decision(head, body_groups))
    ):
        # a congress's 公告 that prints the decision it publishes, under its own title and
        # adoption line: titled by it, as a 公告 that prints rules is
        doc.title, doc.kind = decision, kind_of(decision)
    if not doc.issuers and doc.kind == "minutes":
        doc.issuers = _minutes_issuer(head, doc.title + "".join(g.text for g in body_groups[:5]))
    if (
        not doc.issuers
        and doc.kind in ("report", "document")
        and (committee := _reviewing_committee(body_groups[:2]))
    ):
        # a congress committee's report on what it reviewed, its title lost or naming no one
        doc.issuers, doc.kind = [committee], "report"
    if not doc.issuers and (head.occasion or doc.kind == "report"):
        # a report read '受县人民政府委托' (with its meeting line or without)
        doc.issuers = entrusted_by(body_groups[:4]) or (
            entrusted_at([g.text for g in body_groups[:4]], head.occasion) if head.occasion else []
        )
    elif (
        doc.kind == "report"
        and head.adopted
        and not signers
        and all("人民代表大会" in n or "人大" in n for n in doc.issuers)
    ):
        # a report under the line of the meeting that passed it: the government it was read
        # for reports, not the committee that heard it
        doc.issuers = entrusted_by(body_groups[:4]) or doc.issuers
    if (
        not doc.issuers
        and (
            doc.title.endswith("政府工作报告")
            # (or a report stored without its title, read '我代表县人民政府向大会报告工作' at
            # the congress of a place of that level)
            or (not doc.title and _level_on_behalf(body_groups[:3], head.occasion))
        )
        and (place := meeting_place(head.occasion))
    ):
        # a government reports its work to its own place's congress: the meeting names it
        # where the speaker's line does not (a page cut it, or printed no post)
        doc.issuers = [place + "人民政府"]
    if (
        not doc.issuers
        and doc.title.endswith("政府工作报告")
        and not head.occasion
        and head.speaker
        and (level := _level_read_for(body_groups[:3], head.speaker))
    ):
        # a work report without its meeting line, read by the level's head ('县长 某某') for the
        # government it names by its level alone ('我代表县人民政府'): that name, as printed
        # (no place in the file to put before it)
        doc.issuers = [level]
    if not doc.issuers and (presidium := presidium_announcing(doc.title)):
        doc.issuers = [presidium]  # (not the congress its name opens with)
    if not doc.issuers:
        doc.issuers = issuer_of_report(doc.title) or issuer_opening(doc.title)
    elif (
        len(doc.issuers) == 1
        and doc.title.startswith(doc.issuers[0])
        and len(named := issuer_of_report(doc.title)) == 1
        and named[0].startswith(doc.issuers[0])
        and len(named[0]) > len(doc.issuers[0])
    ):
        # a report's title over two lines, the organ the first ('某某管理委员会' / '卫生健康办公室
        # 2023年政府信息公开工作年度报告'): the report is its office's, as the title names it
        doc.issuers = named
    if not doc.issuers and doc.title and (issued_by := _published_by(head, doc.title)):
        # a repost's lead naming who issued the document printed under it ('…某省高级人民法院、
        # 某省公安厅联合制定、发布了《T》' over T)
        doc.issuers = issued_by
    if not doc.issuers and (ordering := _numbering_organ(_ORDER_OF.match(doc.doc_number or ""))):
        # an order by its number, its organ before 令 ('某省人民政府令〔2003〕第1号'): that
        # organ's, though the title names only its place ('某省关于…的暂行规定')
        doc.issuers = [ordering]
    if not doc.issuers and (compiler := _compiled_by(doc.title, body_groups[:3])):
        # a report that says who compiled it, the name its title opens with ('怀远二中2021年…
        # 年度报告' / '本报告…由怀远二中编制'): that unit's, though its name is a short one
        doc.issuers = [compiler]
    if not doc.issuers and (self_named := _self_named(doc.title, body_groups[:3])):
        # the text naming itself with its organ before its title: '渠口乡人民政府…编制《渠口乡
        # 人民政府政府信息公开指南》' under '政府信息公开指南'
        doc.issuers = [self_named]
    if not doc.issuers and (place := _place_about(doc.title)):
        # '某某旗关于…的通告': the place named before 关于 issues it, as the title prints it
        doc.issuers = [place]
    if not doc.issuers and (announced_by := announcer(doc.title)):
        doc.issuers = [announced_by]  # '某某指挥部公告': its issuer's name and its kind
    budget_text = "\n".join(g.text for g in body_groups[:40])
    budget_parts = _BUDGET_TABLES.search(budget_text) is not None
    if doc.kind == "document" and not doc.title and budget_parts:
        kind = doc.kind = "budget"  # no title printed: its contents list a budget's tables
    if not doc.issuers and (unit := _budget_unit(budget_text, budget_parts)):
        # a unit's budget that names the unit only where it says what the budget covers
        # ('纳入2022年部门预算编制范围的为常德外国语学校本级'), titles its first part (under
        # contents that list its tables), heads its tables, or opens its '三公' accounts
        doc.issuers = [unit[0]]
        if unit[1] and doc.kind == "document" and not doc.title:
            kind = doc.kind = "budget"  # (untitled '三公' accounts: a budget's)
    if not doc.issuers and doc.kind == "reply":
        answer = _ANSWERS_TO.match(doc.title)
        if answer and is_org(answer.group("org")):
            # '某镇人民政府对县第十七届人大第一次会议第412号建议的答复': who answers, before 对
            doc.issuers = [answer.group("org")]
        else:
            # a reply that names who answers only where its answer opens: '交通运输局接到提案后…'
            doc.issuers = _answering_organ([g.text for g in body_groups[:6]])
    text = "".join(g.text for g in body_groups)
    report = _PLACE_REPORT.match(doc.title) if not doc.issuers else None
    who = (report.group("who") or report.group("who2") or report.group("town")) if report else ""
    # (not the government in the name of its office for the reports: '请与某乡政府信息公开
    # 办公室联系' names the town's office, '政府信息公开' one word)
    if report and (gov := re.search(re.escape(who) + r"(?:人民)?政府(?!信息公开)", text)):
        # a place's annual report, its government named as the text prints it ('如有疑问，
        # 请联系五常市背荫河镇政府'): the report's issuer
        doc.issuers = [gov.group(0)]
    elif report and (
        ("政府信息公开" in doc.title and who.endswith(("镇", "乡")))
        or (report.group("town") and is_township_name(who))
    ):
        # a town's annual report or budget that names its government nowhere: the town, as
        # its title prints it ('唐村镇2010年政府信息公开工作年度报告')
        doc.issuers = [who]
    if (
        not doc.issuers
        and (office := imprint_office(body_groups))
        and ("我" + (organ := office[:-3])[-1:]) in text
    ):
        # unsigned, printed by an organ's office ('某某厅办公室 2023年1月18日印发') and speaking
        # as that organ ('我厅决定…'): the organ's document
        doc.issuers = [organ]
    doc.issuers = [
        qualify_short(n.lstrip("•· "), doc.title, head.occasion or "") for n in doc.issuers
    ]
    # (a title's year read with the organ after it: '2015年度某县人大常委会' is the organ)
    doc.issuers = [_without_year(n) for n in doc.issuers]
    doc.issuers = _named(doc.issuers)
    doc.issuers = [
        autonomous_in_full(spelled_out(n, text[:4000]), text[:4000]) for n in doc.issuers
    ]
    doc.issuers = [province_as_city(repair_truncated(n, text), text) for n in doc.issuers]
    # a body that signs without its city, which the title does not name (a report titled by
    # its government keeps the title's name)
    doc.issuers = [
        with_its_city(n, text) if n in doc.signature and n not in doc.title else n
        for n in doc.issuers
    ]
    if not doc.issuers or doc.issuers in (
        ["省人民政府"],
        ["省政府"],
        ["市人民政府"],
        ["市政府"],
    ):
        # a mirror that lost the province's name: its issuer code and its text name it (a
        # 市政府 only a municipality's: '市政府贯彻…' under 沪府发)
        opening = "".join(g.text for g in body_groups[:30])
        found = province_government(doc.doc_number, doc.title + opening)
        if found and (
            doc.issuers[:1] not in (["市人民政府"], ["市政府"])
            or found.partition("人民政府")[0].endswith("市")  # (a municipality's: 上海市)
        ):
            doc.issuers = [found]
    if not doc.issuers and (numbering := _numbering_organ(_SERIES.fullmatch(doc.doc_number or ""))):
        # an unsigned 公告 numbered in its organ's series ('国家质检总局2011年第139号公告',
        # '国家税务总局公告2018年第58号'): the organ that numbers it issues it (organs that
        # number it jointly, each: '财政部海关总署税务总局公告2023年第4号')
        doc.issuers = _joint_numbering(numbering)
    # (of the names the head prints, and the organ whose order numbers the text: '国务院' by
    # '中华人民共和国国务院令第219号', the record's 发布 line)
    ordered_by = _ORDERED_BY.match(doc.doc_number or "")
    doc.issuers = fullest_names(
        _unjoined(doc.issuers),
        [t for _no, _z, t in head.zones] + ([ordered_by.group("org")] if ordered_by else []),
    )
    zones = "".join(t for _no, _z, t in head.zones)
    doc.issuers = [_placed_in_text(n, text[:2000], zones) for n in doc.issuers]
    # (the name it stands for printed in the text or over it, a letterhead of stacked issuers)
    doc.issuers = [regional_office(n, zones + text) for n in doc.issuers]
    # (a name printed a line of its own at the foot, a seal's words: not at the head, where a
    # site prints its own name, a body since renamed)
    seal = [ln.text.strip() for g in body_groups[-4:] for ln in g.lines]
    doc.issuers = [in_full(n, seal) for n in doc.issuers]
    # (no organ's name opens with the collective '各' or '有关' that only addressees are named
    # by: '各街道司法所' over a text is its 主送 line without its colon, not its issuer)
    doc.issuers = [n for n in doc.issuers if not n.startswith(("各", "有关"))]
    # (a commission by its short name, '某某委', where the text prints it whole, '某某委员会':
    # in a byline, a gazette's name, a sentence)
    doc.issuers = [
        n + "员会" if n.endswith("委") and len(n) >= 4 and n + "员会" in text else n
        for n in doc.issuers
    ]
    # (a national organ by its short name, '交通部', where the text names it with the
    # country's, '本规定由中华人民共和国交通部负责解释': the name in full)
    doc.issuers = [
        _COUNTRY + n if _national_short(n) and _named_with_country(n, zones + text) else n
        for n in doc.issuers
    ]
    # (an organ's bare word, its name's first part lost over a 发文机关标志 broken over two
    # lines, '某县防汛抗旱' / '指 挥 部 文 件': the one signer whose name ends with it)
    doc.issuers = [_signed_in_full(n, doc.signature) for n in doc.issuers]
    doc.issuers = [_standing_committee(n, doc.title, text) for n in doc.issuers]
    doc.issuers = [_congress_placed(n, doc.title + text[:4000]) for n in doc.issuers]
    if (
        len(doc.issuers) == 1
        and (order_no := ORDER_LINE.match(doc.doc_number or ""))
        and (organ := order_no.group("org")) != doc.issuers[0]
        and shortened(doc.issuers[0], organ)
        and is_org(organ)
    ):
        # an order's organ named short in the title ('住房城乡建设部关于…的决定') and in full on
        # its order line ('中华人民共和国住房和城乡建设部令第42号'): the order line's name
        doc.issuers = [organ]
    if len(doc.issuers) == 1 and doc.title.startswith(doc.issuers[0]):
        # a site's headline that prints the document's own title with its city before it
        # ('天水市' + '麦积区花牛镇人民政府2022年部门预算情况说明'): the issuer's fuller name
        for _no, zone, line in head.zones:
            place = line[: -len(doc.title)] if line.endswith(doc.title) else ""
            if zone == "headline" and place and is_place_name(place):
                doc.issuers = [place + doc.issuers[0]]
                break
    if doc.kind == "report" and len(doc.issuers) == 1 and doc.issuers[0] not in zones + text:
        # a government named from its speaker's post and the meeting's place ('区长' at
        # '广州市海珠区…会议' → 广州市海珠区人民政府), printed by the report itself in a
        # shorter form ('我代表海珠区人民政府'): the name printed
        printed = [
            n
            for n in entrusted_names([g.text for g in body_groups[:4]])
            if not PLACELESS.match(n)  # ('受县人民政府委托' names its level, not its place)
        ]
        if len(printed) == 1 and same_organ(printed[0], doc.issuers[0]):
            doc.issuers = printed
    if (
        doc.kind == "report"
        and len(doc.issuers) == 1
        and (place := _own_place(doc.issuers[0], "".join(g.text for g in body_groups[:6])))
    ):
        # a report by an organ named by its level alone ('县人民政府办公室…年度报告') whose text
        # opens on the one place of that level it reports on ('2021年,湟源县始终坚持…'): placed
        doc.issuers = [place + doc.issuers[0][1:]]
    tail = "".join(g.text for g in body_groups[-12:])
    adopted = _ADOPTED_BY.search(tail) if "通过" in tail else None
    if adopted is None and "通过" in (opening := "".join(g.text for g in body_groups[:2])):
        # (or printed over them, under the title, with no order line: '《某部某某办法》已经…某部
        # 第39次部务会议修订通过，现予公布', signed by the minister)
        adopted = _ADOPTED_BY.search(opening)
    if (not doc.issuers or doc.date is None) and adopted and adopted.group("title") == doc.title:
        # rules whose order is printed after them (a crawl that put the text first): '《某某
        # 条例》已经2024年8月30日国务院第40次常务会议通过，现予公布' under the text
        # (by the fullest name its head prints: '四川省自贡市人民政府' over the order's number)
        doc.issuers = doc.issuers or fullest_names(
            [adopted.group("org")], [t for _no, _z, t in head.zones]
        )
        doc.date = doc.date or parse_date(adopted.group("date"))
    elif (
        adopted is not None
        and not doc.title
        and not doc.issuers
        and doc.doc_number
        and ORDER_NO.match(doc.doc_number)
    ):
        # an order crawled without its 令 line, its number over the promulgation ('第232号' /
        # '《某省人民政府关于…的决定》已经…省人民政府第4次常务会议审议通过，现予公布'): the
        # government's order, by the fullest name printed for the organ whose meeting adopted it
        doc.kind = "order"
        doc.issuers = fullest_names(
            [adopted.group("org")], issuers_from_title(adopted.group("title"))
        )
    doc.body = _outline_with_contents(body_groups, doc.title, doc_id)
    if doc.title.endswith("公告") and (quoted := _published_text(doc)) is not None:
        # a 公告 that publishes the text printed under it, which has no title of its own ('某院
        # 某检察院 公告' / '《某院、某检察院关于…的批复》已于…通过，现予公布…' / the text): the
        # document is the text, titled as the 公告 quotes it, issued by the 公告's organs
        organs = _announcing_organs(doc.title)
        doc.title, doc.kind = quoted, kind_of(quoted)
        doc.issuers = fullest_names(doc.issuers, organs) if doc.issuers else organs
    # (a court's text adopted by its 审判委员会, a procuratorate's by its 检察委员会: the court's)
    doc.issuers = [_COURT_COMMITTEE.sub(r"\g<court>", n) for n in doc.issuers]
    if doc.issuers and (publishers := _publishing_organs(doc)):
        # the 公告 that publishes the text, under its head, names its organs in full
        # ('中华人民共和国最高人民法院 中华人民共和国最高人民检察院 公告')
        doc.issuers = fullest_names(doc.issuers, publishers)
    apply_record(doc)
    blocks = doc.blocks()
    # (the note under a rule's title that says when it takes effect, '(…令第184号发布自2013年
    # 12月1日起施行)', is read as the text's own words are)
    notes = [t for _no, zone, t in head.zones if zone == "promulgated"]
    doc.valid_from, doc.valid_until = validity(
        notes + [b.text for b in blocks if b.type == "paragraph"], doc.date
    )
    add_attachments(doc, problems, raw_list=attachment_list(body_groups))
    return doc


#: what a unit's budget covers, the unit named: '纳入2022年部门预算编制范围的为某学校本级',
#: '2022年部门预算即某学校本级预算'
_BUDGET_UNIT = re.compile(
    r"(?:部门[预决]算编制范围的(?:是|为)|部门[预决]算即)(?P<org>[\u4e00-\u9fff]{2,30}?)本级"
    # a budget's first part, titled by its unit: '第一部分龙潭镇人民政府单位概况'
    # (a department's consolidated one: '第一部分某县农业农村局部门(汇总)概况')
    r"|第一部分\s*[:：]?\s*(?P<part>[\u4e00-\u9fff（）()]{2,30}?)(?:单位|部门)?(?:[(（]汇总[)）])?概况"
    # or its offices, as its 机构设置 counts them: '南纪门街道办事处内设 10 个办公室'
    r"|(?<=[\s。:：)）])(?P<setup>[\u4e00-\u9fff]{2,30}?)内设\s*\d{1,3}\s*个"
    # or the unit whose '三公' accounts its first sentence gives: '现将某某镇2020年度“三公”经费
    # 决算情况公布如下', '某某镇2020年“三公”经费决算数共计…'
    r"|(?:^|现将)(?P<spent>[\u4e00-\u9fff]{2,30}?)\d{4}年度?[“\"]?三公[”\"]?经费(?:[预决]算)"
    # or the unit a table of its accounts is headed by: '单位:某某中学 | 2024年度 | 金额单位:万元'
    r"|(?<![额量])单位\s*[:：]\s*(?P<table>[\u4e00-\u9fff（）()]{4,30}?)\s*[|｜]?\s*\d{4}\s*年度?"
    r"\s*[|｜]?\s*金额单位"
)


def _budget_unit(text: str, parts: bool) -> tuple[str, bool] | None:
    """The unit a budget names as its own (``_BUDGET_UNIT``'s first reading that is an organ's
    name, or a town's for its '三公' accounts), and whether it was read from those accounts."""
    for own in _BUDGET_UNIT.finditer(text):
        if spent := own.group("spent"):
            if is_org(spent) or is_township_name(spent):
                return spent, True
            continue
        unit = (
            own.group("org")
            or own.group("table")
            or ((own.group("part") or own.group("setup")) if parts else "")
        )
        if unit and is_org(unit):
            return unit, False
    return None


#: a reply titled by who answers, then 对 and what it answers: '某局对…第N号建议的答复'
_ANSWERS_TO = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{3,30}?)对(?!外)[^对]{4,80}(?:答复|复函|回复|答复函)$"
)
#: the tables a 部门预算 or 部门决算 lists in its contents ('第二部分2019年度部门决算表'), or
#: the heading of its account ('二、部门决算情况说明')
_BUDGET_TABLES = re.compile(
    r"第[一二三四五]部分\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,30}?)?(?:\d{4}年度?)?(?:部门|单位)[预决]算报?表"
    r"|[一二三四五六七八九十]、\s*部门[预决]算(?:情况)?说明"
    # (a town's: its parts the budgets of its funds, '第二部分 公共财政预算')
    r"|第[一二三四五]部分\s*(?:\d{4}年度?)?(?:公共财政|一般公共|政府性基金)[预决]算"
)


#: an organ opening the answer of a reply: '交通运输局接到提案后与…对接', '我县农业农村局收到
#: 建议后' (its own name, as the text prints it)
_ANSWERING = re.compile(
    r"^(?P<org>[\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心))"
    r"(?:接到|收到|对(?:您|代表|该)|高度重视)"
)


def _answering_organ(texts: list[str]) -> list[str]:
    for text in texts:
        m = _ANSWERING.match(text.strip())
        if m and is_org(m.group("org")) and not m.group("org").startswith(("我", "本")):
            return [m.group("org")]
    return []


def _outline_with_contents(groups: list[Group], title: str, doc_id: str) -> list[Block]:
    """The outline, with the document's own contents page kept apart as one block."""
    groups = spread_contents(groups)
    span = split_contents(groups)
    if span is None:
        return build_outline(groups, title, doc_id)
    a, b = span
    body = [
        *build_outline(groups[:a], title, doc_id),
        contents_block(groups[a:b], doc_id),
        *build_outline(groups[b:], title, doc_id),
    ]
    renumber(body)
    return body


def _merge(a: list[str], b: list[str]) -> list[str]:
    na = {norm_title(x)[-8:] for x in a}
    return a + [x for x in b if norm_title(x)[-8:] not in na]


def _tables_and_notes(issue: Issue, cleaned: Cleaned) -> None:
    for doc in issue.documents:
        for b in doc.blocks():
            if b.table is not None:
                b.table.source.block = b.path
                issue.tables.append(b.table)
    by_doc: dict[str, list[Footnote]] = {}
    for fb in cleaned.footnotes:
        doc_id = _doc_at(issue, fb.after)
        note = Footnote(
            marker=fb.marker,
            text=fb.text,
            document=doc_id,
            source=Source(document=doc_id, line=fb.line, end_line=fb.end_line),
        )
        issue.footnotes.append(note)
        if doc_id:
            by_doc.setdefault(doc_id, []).append(note)
    for doc_id, notes in by_doc.items():
        anchor(notes, issue.document(doc_id).blocks())
