"""Documents cited: 《title》 with or without a following （文号）, and bare 文号. A citation of
a document printed in the same issue is linked to it."""

from __future__ import annotations

import re

from gongbao.docnumber import DOC_NUMBER, doc_numbers, find_doc_number
from gongbao.extract.walk import source, walk
from gongbao.facts import Reference
from gongbao.model import Issue
from gongbao.structure.boundaries import norm_title
from gongbao.structure.places import place_before
from gongbao.titles import TITLE_KIND, title_end

CITED = re.compile(
    r"《(?P<title>[^《》]{2,80}(?:〈[^〉]*〉[^《》]*)?)》"
    # its 文号 in brackets after it, the year in brackets of its own inside: '(黑政办规(2020)5号)'
    r"(?:\s*[（(](?P<num>[^（）()]{4,30}|[^（）()]{1,12}[（(]\d{4}[)）][^（）()]{1,10})[)）])?"
)


#: titles of documents (not of films, songs or court cases) end like this
_DOCUMENT_END = re.compile(
    r"(法|党章|建议|目录|草案|[（(]草案[)）]|征求意见稿|送审稿|白皮书|指南|公约|预案)$"
    # a plan's revision: '…控制性详细规划局部调整(2024)', '…规划局部地块修改'
    r"|规划[^《》]{0,40}(?:调整|修改|修编)(?:[(（]\d{4}[)）])?$"
)
#: what a notice issues is a document, whatever its title ends with: '现将《X》印发给你们',
#: '《X》已经…通过，现印发给你们'
_ISSUED = re.compile(r"[^。；]{0,40}?(?:印发|印發|转发|轉發)给?(?:你们|你們|各|全)")
#: the rules an order promulgates, named in its promulgation sentence ('《某某规定》已于2002年
#: 7月1日经市政府常务会议通过。现予发布'): the document's own text, whatever title a page gave it
_PROMULGATED_HERE = re.compile(
    r"\s*已(?:于|经|由)[^。《》]{0,60}?(?:通过|批准)[。，,\s]*现予(?:公布|发布|颁布)"
)
#: a bracketed history under a title: '（2000年10月31日…通过 …主席令第三十七号公布 …施行）'
_HISTORY = re.compile(r"^[(（][^()（）]*(?:通过|公布|施行|修正|修订|批准)[^()（）]*[)）]$")
#: a reply's opening: the 请示 it answers, cited without 《》, its 文号 after it, then 收悉
_ANSWERED = re.compile(
    r"(?P<title>关于[^，。；：《》()（）]{2,80}?的(?:请示|报告|函))\s*"
    r"(?:[（(](?P<num>[^（）()]{4,30})[)）])?\s*(?:及[^，。；]{0,10})?(?:已)?收悉"
)
#: a title whose 》 the page lost, ended by the kind word before 收悉: '《关于…的请示收悉'
_UNCLOSED = re.compile(r"《(?P<title>[^《》]{4,80}?(?:请示|报告))(?=\s*(?:已)?收悉)")
_DRAFT = re.compile(r"[（(]?(草案|征求意见稿|送审稿)[)）]?$")
_SHORT_FOR = re.compile(r"以下简称\s*$")
#: the short name given in the brackets after a citation: '《…条例》（以下简称《条例》）'
_NAMED = re.compile(r"(?:以下)?简称[：:]?\s*《(?P<short>[^《》]{1,30})》")


def _is_document(title: str, doc_number: str | None) -> bool:
    return bool(doc_number or title_end(title) or _DOCUMENT_END.search(title))


def extract(issue: Issue) -> dict[str, list[object]]:
    titles = {norm_title(d.title): d.id for d in issue.documents}
    inner = {}
    for d in issue.documents:
        for m in CITED.finditer(d.title):  # 《…》 in a notice's title: the text it forwards
            inner[norm_title(m.group("title"))] = d.id
    out: list[object] = []
    for doc in issue.documents:
        short: dict[str, str | None] = {}  # 以下简称《纲要（草案）》 → the full title's target
        #: a short name the text defines → the full title it stands for
        short_for: dict[str, str] = {}
        own = norm_title(doc.title)
        for block, _ in walk(doc):
            if block.type not in ("paragraph", "heading"):
                continue
            text = block.text
            if text.lstrip()[:1] in ("(", "（") and _HISTORY.match(text.strip()):
                continue  # a text's adoption and amendment history, not what it cites
            taken: list[tuple[int, int]] = []
            # what each pattern needs printed is looked for first: most paragraphs cite
            # nothing, and a paragraph's patterns cost more than its few characters
            for m in CITED.finditer(text) if "《" in text else ():
                num = m.group("num")
                doc_number = None
                named = _NAMED.search(num or "")
                if named and num:
                    doc_number = find_doc_number(num[: named.start()])
                elif num and DOC_NUMBER.fullmatch(bare := "".join(num.split())):
                    doc_number = bare
                title = m.group("title")
                key = norm_title(title)
                if TITLE_KIND.fullmatch(key) and key not in short and key not in short_for:
                    continue  # the kind alone ('《规划》'), no short name defined: not a title
                issued = _ISSUED.match(text, m.end()) is not None
                if not (_is_document(title, doc_number) or key in titles or key in inner or issued):
                    continue
                if key == own or place_before(own, key) or _PROMULGATED_HERE.match(text, m.end()):
                    # the document's own title ('《…条例》已由…通过，现予公布'), its place
                    # left out where the order promulgates it ('《甜城湖保护管理暂行办法》')
                    continue
                # a draft names the document it became ('…纲要（草案）' → '…纲要'); a title
                # without a draft's word is its own final form
                drafted = "草案" in title or "征求意见稿" in title or "送审稿" in title
                final = norm_title(_DRAFT.sub("", title)) if drafted else key
                target = titles.get(key) or inner.get(key) or titles.get(final)
                taken.append(m.span())
                if _SHORT_FOR.search(text[max(0, m.start() - 8) : m.start()]) and out:
                    last = out[-1]
                    assert isinstance(last, Reference)
                    short[key] = last.target
                    if last.document == doc.id and last.title:
                        # the short name the text gives a document it just cited stands for
                        # it wherever the text uses it
                        short_for[key] = last.title
                target = target or short.get(key)
                if target == doc.id:
                    target = None
                if named:
                    # the text names what it cites for short: the short name stands for it
                    short[norm_title(named.group("short"))] = target
                    short_for[norm_title(named.group("short"))] = short_for.get(key, title)
                out.append(
                    Reference(
                        doc.id,
                        short_for.get(key, title),
                        doc_number,
                        target,
                        source(doc, block, *m.span()),
                    )
                )
            for rx in (_ANSWERED, _UNCLOSED) if "收悉" in text else ():
                for m in rx.finditer(text):
                    if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
                        continue
                    num = m.groupdict().get("num")
                    number = find_doc_number(num) if num else None
                    out.append(
                        Reference(
                            doc.id, m.group("title"), number, None, source(doc, block, *m.span())
                        )
                    )
                    taken.append(m.span())
            if "号" not in text and "號" not in text:
                continue
            for m in doc_numbers(text):
                if any(a <= m.start() < b for a, b in taken):
                    continue
                if doc.doc_number and re.sub(r"\s+", "", m.group(0)) == doc.doc_number:
                    continue  # the document's own number printed again, not a citation
                # (the number as a 文号 is read: the words run onto its code left out, '的批复和
                # 普发改投【2017】89号' → '普发改投【2017】89号')
                printed = re.sub(r"\s+", "", m.group(0))
                out.append(
                    Reference(
                        doc.id,
                        None,
                        find_doc_number(printed) or printed,
                        None,
                        source(doc, block, *m.span()),
                    )
                )
    if not out:
        return {"references": out}
    out = _numbered_before(out)
    # a document cited by its title and, elsewhere, by its title and 文号 is cited once: the
    # citations without the number name the same document
    numbers: dict[tuple[str, str], set[str]] = {}
    for r in out:
        assert isinstance(r, Reference)
        if r.title and r.doc_number:
            numbers.setdefault((r.document, norm_title(r.title)), set()).add(r.doc_number)
    for r in out:
        assert isinstance(r, Reference)
        got = numbers.get((r.document, norm_title(r.title or "")), set())
        if r.title and not r.doc_number and len(got) == 1:
            r.doc_number = next(iter(got))  # (two numbers for one title: which, not said)
    blocks = {(d.id, b.path): b.text for d in issue.documents for b, _ in walk(d)}
    titles_by_id = {d.id: d.title for d in issue.documents}
    for ref in out:
        assert isinstance(ref, Reference)
        text = blocks.get((ref.document, ref.source.block or ""), "")
        ref.relation = relation(titles_by_id.get(ref.document, ""), text, ref.source.span)
    return {"references": out}


def _numbered_before(refs: list[object]) -> list[object]:
    """A 文号 printed right before a cited title ('你署大署〔2001〕13号《关于…的请示》收悉'):
    one citation, the title's, with that number (not a bare number and a title apart)."""
    titled = {
        (r.document, r.source.block, r.source.span[0]): r
        for r in refs
        if isinstance(r, Reference) and r.title and r.source.span
    }
    kept: list[object] = []
    for r in refs:
        assert isinstance(r, Reference)
        if r.title is None and r.doc_number and r.source.span:
            end = r.source.span[1]
            after = titled.get((r.document, r.source.block, end)) or titled.get(
                (r.document, r.source.block, end + 1)
            )
            if after is not None and after.doc_number in (None, r.doc_number):
                after.doc_number = r.doc_number
                continue
        kept.append(r)
    return kept


#: the clause a citation stands in: between the punctuation around it
_CLAUSE_END = "，,；;。：:！？\n"
_CLAUSE_ENDS = re.compile(f"[{_CLAUSE_END}]")
#: everything up to the last end of a clause (matched in one pass, not a search per mark)
_LAST_CLAUSE_END = re.compile(f".*[{_CLAUSE_END}]", re.S)
_BRACKETED_NUMBER = re.compile(r"^\s*[（(][^（()）]*[)）]")
_REPEALS = re.compile(r"(?:同时|予以|即行|一并)?(?:废止|作废|停止执行|不再执行|失效)")
_RESTS_ON = re.compile(r"^(?:根据|依据|依照|按照|遵照|贯彻落实|贯彻|落实|为贯彻落实|为落实|为贯彻)")
_REPLACES = re.compile(r"(?:代替|替代|取代)")

_AMENDED_AS = re.compile(r"\s*作(?:如下|以下)?修改")


def relation(title: str, text: str, span: tuple[int, int] | None) -> str:
    """What a document does to what it cites, read off the clause that cites it ('《X》（…号）
    停止执行' repeals X, '根据《X》' rests on it) and the document's own title ('关于印发《X》
    的通知' issues X, '关于修改《X》的决定' amends it)."""
    if span is None or not text:
        return "引用"
    start, end = span
    cited = text[start:end]
    last = _LAST_CLAUSE_END.match(text, 0, start)
    before = last.end() if last else 0
    following = _CLAUSE_ENDS.search(text, end)
    after = following.start() if following else len(text)
    lead, tail = text[before:start].strip(), text[end:after]
    tail = _BRACKETED_NUMBER.sub("", tail)  # the cited 文号 in brackets
    if _REPEALS.match(tail.strip()) or (lead.startswith(("废止", "撤销")) and not tail.strip()):
        return "废止"
    if _REPLACES.search(lead[-4:]):
        return "替代"
    if "修改" in lead[-6:] or _AMENDED_AS.match(tail):
        return "修改"
    if _RESTS_ON.match(lead):
        return "依据"
    inner = cited.strip("《》")
    if inner and (f"印发《{inner}" in title or f"印发{inner}" in title):
        return "印发"
    if inner and (f"转发《{inner}" in title or f"转发{inner}" in title):
        return "转发"
    return "引用"
