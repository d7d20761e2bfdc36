"""Policy measures: numbered items that say who carries them.

The units come in two forms: a note closing the item (（责任单位：…）, （X负责）, （X牵头，Y配合）,
（牵头单位：…；配合单位：…）), or lines of their own under the item (牵头单位:X / 责任单位:Y).
Principles without such a note (总体要求) are not measures.

Which unit *leads* is a fact only where the text says so: a 牵头 note or line, 'X牵头', or a
rule the document states for its lists ('排在第一位的为牵头单位': the first unit listed leads;
'无牵头单位的，责任单位即为牵头单位': the responsible units lead where no lead is named). A bare
责任单位 list names no lead, and none is given. Responsible units resolve to the issue's
organisation registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.extract.eligibility import rule_of
from gongbao.extract.organisations import Registry
from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Measure
from gongbao.ledger import place_of
from gongbao.model import Block, Document, Issue

_LEAD_LABEL = r"牵头责任单位|牵头单位|牵头部门|主责单位|主责部门|牽頭單位|牽頭部門"
_DUTY_LABEL = r"责任单位|责任部门|责任处室及单位|责任处室|实施单位|责任主体|責任單位|責任部門"
_SUPPORT_LABEL = (
    r"协同责任单位|配合单位|配合部门|协办单位|参与单位|协同单位|配合單位|協辦單位|部门分工"
)

#: a closing note's opening bracket and label ('（责任单位：', '[牵头单位:')
RESPONSIBLE = re.compile(
    rf"[（(〔【\[［]\s*"
    # another field of the note first: '(责任领导:杜新国;牵头单位:区发改局)'
    rf"(?:(?!{_LEAD_LABEL}|{_DUTY_LABEL}|{_SUPPORT_LABEL})"
    r"[\u4e00-\u9fff]{2,6}\s*[:：][^（()）:：]{0,40}?[；;，,]\s*)?"
    rf"(?P<label>{_LEAD_LABEL}|{_DUTY_LABEL})\s*[:：]"
)
#: the next field of a note: after a stop, or after the units with nothing between (the
#: spaces that parted them closed: '(牵头单位:市商务局  责任单位:…)')
SUPPORT = re.compile(rf"[；;，,。 \u3000]*(?:{_SUPPORT_LABEL}|{_DUTY_LABEL})\s*[:：]")
#: a line of its own under an item: '牵头单位:区发改局', '责任单位:立山经济开发区,各街道'
_DUTY_LINE = re.compile(
    rf"^[（(〔【]?\s*(?P<label>{_LEAD_LABEL}|{_DUTY_LABEL}|{_SUPPORT_LABEL})\s*[:：]\s*"
    r"(?P<units>.+?)[)）〕】]?[。.]?$"
)
#: a closing note that names the lead in its words: '（市政府办公室、市审改办牵头，市级各有关
#: 部门按职责分工负责）', '（区财政局负责）'
_WORDED = re.compile(
    r"[（(](?P<lead>[^（()），,；;]{2,80}?)(?:牵头|牽頭)(?:[，,；;]\s*(?P<rest>[^（()）]+?))?[)）]$"
    r"|[（(](?P<sole>[^（()），,；;]{2,40}?)负责[)）]$"
)
_SUPPORT_TAIL = re.compile(r"(?:按职责分工负责|按職責分工負責|分工负责|配合|配合落实|参与|负责)$")
#: the document's own rule for its lists
_FIRST_LEADS = re.compile(
    r"(?:排|列)(?:在|于)?(?:第一位|首位|第一)(?:的|者)?(?:单位|部门|责任单位)?(?:为|是)(?:牵头|主责)"
    r"|第一(?:个|家)?(?:单位|部门)?为牵头"
    r"|(?<![排列在于])(?:首位|第一位)(?:的|者)?(?:单位|部门|责任单位)?(?:为|是)(?:牵头|主责)"
)
_UNNAMED_LEAD_IS_DUTY = re.compile(r"无牵头单位的[，,]?\s*责任单位即为牵头单位")


@dataclass
class _Duty:
    lead: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    #: a lead named by a 牵头 label or word (not inferred from a rule)
    named: bool = False

    @property
    def units(self) -> list[str]:
        return self.lead + [u for u in self.others if u not in self.lead]


def units(text: str) -> list[str]:
    """Unit names of a list ('区发改局、区财政局，各街道'), brackets inside a name kept; a
    bracketed rule for the lists ('（…列第一位为牵头或汇总单位，下同）') is none of them."""
    text = _RULE_NOTE.sub("", text)
    out: list[str] = []
    depth = 0
    cur = ""
    for ch in text:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch in "、，,；;" and depth == 0:
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    # a bare level names no unit alone: '各县、区人民政府(管委会)' is one list of bodies
    for k in range(len(out) - 2, -1, -1):
        if _BARE_LEVEL.match(out[k]):
            out[k : k + 2] = [out[k] + "、" + out[k + 1]]
    # nor does a bare kind of body after a name: '市直有关部门、单位' is one collective
    for k in range(len(out) - 1, 0, -1):
        if out[k] in _BARE_KINDS:
            out[k - 1 : k + 1] = [out[k - 1] + "、" + out[k]]
    return [
        unit
        for name in out
        if not _NOT_A_UNIT.search(name) and not _POST.search(name)
        for part in _joined(name)
        if len(unit := _listed_name(part)) >= 2  # ('责任单位:市', cut by the page)
    ]


#: a kind of body, which a list names alone only as the end of the collective before it
_BARE_KINDS = frozenset({"单位", "單位", "部门", "部門", "机构", "機構", "企业", "企業"})
#: (a level's note of the levels it covers too: '各县(市)', '各县（市、区）')
_BARE_LEVEL = re.compile(r"^各?[省市县区乡镇旗州盟縣區鄉鎮](?:[(（][^()（）]{1,6}[)）])?$")
#: a bracketed rule for the document's lists, printed inside a list of units
_RULE_NOTE = re.compile(
    r"[（(][^（()）]*(?:下同|不再(?:一一)?列出|为牵头|為牽頭)[^（()）]*(?:[)）]|$)"
)
#: a list of units whose words say they all lead: '市人力社保局、市农业农村局分别牵头'
_ALL_LEAD = re.compile(r"(?:分别|分別|共同)?(?:牵头|牽頭)$")


#: a piece of a note that names no unit: another field of the note ('完成时限：2023年底',
#: '责任领导：…'), or when the item is due ('2023年底前完成', '长期坚持')
_NOT_A_UNIT = re.compile(
    r"[:：]|\d{4}\s*年|\d{1,2}\s*月|[一二三四]季度|年底|年末|月底|长期|持续|常态"
)
#: a leader's post, named in a note beside the units ('分管副省长、协管副秘书长负责'): who
#: oversees the item, not a unit that carries it
_POST = re.compile(
    r"(?:省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|秘书长|主席|书记|领导|负责同志)"
    r"(?:负责|分管|牵头|协调)?$"
)
#: the words after a list of units that say how they act: 'X、Y按职责分工负责' names X and Y
_ACTING = re.compile(r"(?:按照?(?:各自)?职责(?:分工)?|分别|共同)(?:负责)?$")


def _listed_name(name: str) -> str:
    """A unit as a list names it, without the '等' that ends the list ('商务部等',
    '人力资源社会保障部等有关部门和单位') or the words saying how the units act."""
    name = _ACTING.sub("", name) or name
    return re.sub(r"等(?:有关|相关)?(?:部门|单位|部门和单位|机构)?$", "", name) or name


#: how the name of a unit ends ('…部门', '…政府', '…局'), so that two names joined by 及 or
#: 和 are told apart from one name holding the word ('发展和改革委员会')
_UNIT_END = (
    r"(?:部门|部門|部|单位|單位|政府|局|委|办|辦|办公室|辦公室|厅|廳|中心|院|会|會|处|處|街道|公司)"
)
_JOINED = re.compile(rf"^(?P<a>.{{2,}}?{_UNIT_END})(?:及|和|与|與)(?P<b>.{{2,}}{_UNIT_END})$")


def _joined(name: str) -> list[str]:
    """'市级各有关部门及各县市区政府' → the two units it names; '农业农村部等和各有关省级人民
    政府' → 农业农村部 (the list it closes) and the other."""
    closed = _CLOSED_LIST.split(name, maxsplit=1)
    if len(closed) == 2 and all(len(part) >= 2 for part in closed):
        return closed  # a list closed by 等, then one more: '全国妇联等和各省级人民政府'
    m = _JOINED.match(name)
    return [m.group("a"), m.group("b")] if m else [name]


_CLOSED_LIST = re.compile(r"等(?:和|及|与|與)")


#: a note closing the item's last sentence without brackets: '。责任单位：市税务局'
_TRAILING = re.compile(
    rf"(?<=[。；;])\s*(?P<label>{_LEAD_LABEL}|{_DUTY_LABEL})\s*[:：]\s*(?P<units>[^。]{{2,160}})$"
)


def _unclosed(text: str) -> bool:
    """Whether the text's last sentence leaves a bracket open."""
    last = text[text.rfind("。") + 1 :]
    return last.count("（") + last.count("(") > last.count("）") + last.count(")")


def _labelled(label: str, inner: str) -> _Duty:
    """The units of a note that opens with its label ('牵头单位：X；配合单位：Y'), up to its
    first full stop (after it the note states a rule: '。以下政策措施均需…落实，不再单独列出')."""
    inner = inner.split("。", 1)[0]
    sm = SUPPORT.search(inner)
    first, rest = (inner[: sm.start()], inner[sm.end() :]) if sm else (inner, "")
    if re.fullmatch(_LEAD_LABEL, label):
        return _Duty(units(first), units(rest), named=True)
    if not rest and (lead := _ALL_LEAD.search(first.rstrip("。. "))):
        return _Duty(units(first.rstrip("。. ")[: lead.start()]), [], named=True)
    return _Duty([], units(first) + units(rest))


def responsibility(text: str) -> tuple[int, _Duty] | None:
    """Where an item's closing note starts, and the units it names. Unit names may hold
    brackets of their own ('…中央活力区（CAZ）'), so the note runs to the text's end."""
    stripped = text.rstrip("。 ")
    if not stripped.endswith(("）", ")", "〕", "】", "]", "］")):
        if "由" in stripped and (p := _PROSE_DUTY.search(stripped)) is not None:
            # the units named in the item's last sentence: '…。由市财政局、农业局负责落实。'
            return p.start("lead"), _Duty([], units(p.group("units")))
        if "：" not in stripped and ":" not in stripped:
            return None
        # the note unbracketed, closing the item's last sentence: '…推广电子发票。责任单位：
        # 市税务局。'
        t = _TRAILING.search(stripped)
        if t is None or _unclosed(stripped[: t.start()]):
            return None  # (inside a bracket the page cut before it closed: no note)
        if not _BARE_UNITS.fullmatch(_RULE_NOTE.sub("", t.group("units")).strip(" 。.")):
            return None  # (more than units: the next item run on after them)
        return t.start(), _labelled(t.group("label"), t.group("units"))
    starts = list(RESPONSIBLE.finditer(stripped))
    if starts:
        m = starts[-1]
        return m.start(), _labelled(m.group("label"), stripped[m.end() : -1])
    if (w := _WORDED.search(stripped)) is not None:
        if w.group("sole"):
            return w.start(), _Duty([], units(w.group("sole")))
        rest = _SUPPORT_TAIL.sub("", (w.group("rest") or "").strip()).strip()
        return w.start(), _Duty(units(w.group("lead")), units(rest), named=True)
    return _worded_clauses(stripped)


#: an item's last sentence saying which units carry it out: '。由市财政局、农业局，各县(市)、
#: 区人民政府负责落实' (the units only, none said to lead)
_PROSE_DUTY = re.compile(
    r"[。；;]\s*(?P<lead>由)(?P<units>[^。；;：:]{2,120}?)(?:共同)?负责(?:落实|实施|组织实施)?$"
)
#: a clause of a closing note naming units by what they do: 'X、Y负责', 'X指导', 'X参与'
_DOES = re.compile(
    r"^(?P<units>[^，。；,;：:]{2,200}?)(?P<verb>牵头|牽頭|负责落实|负责|負責|指导|指導|参与|參與|配合)$"
)
#: a clause that states a rule for the notes, not units: '列第一位者为牵头单位', '下同',
#: '以下均需试点城市政府落实', '不再列出'
_RULE_CLAUSE = re.compile(
    r"为牵头|為牽頭|^下同$|^以下(?:各项)?(?:工作|政策措施|任务)?均需|不再(?:一一|单独)?列出"
)


def _worded_clauses(text: str) -> tuple[int, _Duty] | None:
    """A closing note of several clauses: '（税务总局、财政部、海关总署负责，排在第一位的
    部门为牵头部门，下同）', '（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府
    落实，不再列出）', '（商务部指导，供销合作总社参与）'. Every clause must name units by what
    they do or state a rule; a 牵头 names the lead."""
    open_at = _opening(text)
    if open_at < 0:
        return None
    duty = _clauses(text[open_at + 1 : -1].strip())
    return (open_at, duty) if duty is not None else None


def _clauses(inner: str) -> _Duty | None:
    """The units of a note's clauses ('X牵头，Y配合'), or None where a clause is neither units
    said to act nor a rule."""
    duty = _Duty()
    # units listed over a comma before the one verb they share: '（人力资源社会保障部、财政部，
    # 各省级人民政府按职责分工负责）'
    waiting: list[str] = []
    for clause in re.split(r"[，。；,;]", inner):
        clause = clause.strip()
        if not clause or _RULE_CLAUSE.search(clause):
            continue
        m = _DOES.match(clause)
        if m is None:
            if not _BARE_UNITS.fullmatch(clause):
                return None
            waiting.append(clause)
            continue
        found = units(m.group("units"))
        if m.group("verb") in ("牵头", "牽頭"):
            if waiting:
                return None  # which of them lead is not printed
            duty.lead.extend(found)
            duty.named = True
        else:
            if waiting and not m.group("verb").startswith(("负责", "負責")):
                return None
            duty.others.extend(u for w in waiting for u in units(w))
            duty.others.extend(found)
            waiting = []
    return duty if duty.units and not waiting else None


#: a clause of a note that is only a list of units, each ending like a unit's name
_BARE_END = rf"(?:{_UNIT_END}|署|行|社|所|队|站)"
_BARE_UNITS = re.compile(
    rf"(?:[^、，。；,;：:（）()]{{2,40}}?{_BARE_END}[、])*[^、，。；,;：:（）()]{{2,40}}?{_BARE_END}"
)


def _opening(text: str) -> int:
    """Where the bracket that closes the text opens ('〔…各县、区人民政府(管委会)负责落实。〕':
    the 〔, not the bracket inside), or -1."""
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        ch = text[k]
        if ch in ")）〕":
            depth += 1
        elif ch in "(（〔":
            depth -= 1
            if depth == 0:
                return k
    return -1


#: a document's rule that units not listed again carry out every item after it:
#: '以下均需试点城市政府落实，不再列出'
_UNLISTED = re.compile(
    r"(?:以下(?:各项)?(?:政策措施|工作|任务)?|具体任务)(?:均|都)(?:需|涉及)"
    r"(?P<units>[^，。；,;]{2,40}?)(?:负责)?(?:落实)?[，,]\s*不再(?:一一|单独|逐一)?(?:列出|做分工|作分工)"
)


def _duty_lines(block: Block) -> _Duty | None:
    """'牵头单位:X' / '责任单位:Y' / '配合单位:Z' paragraphs under the item."""
    duty = _Duty()
    seen = False
    others = False  # a paragraph of text under the block before a duty line: its lines
    for child in block.children:
        if child.type != "paragraph":
            continue
        m = _DUTY_LINE.match(child.text)
        if m is None:
            # a line of another field ('牵头负责领导:刘惠。') is the item's too
            others = others or not _FIELD_LINE.match(child.text)
            continue
        if others:
            return None  # the lines of the items under a heading, not the heading's own
        printed = m.group("units")
        if printed.endswith(("，", ",", "、", "；", ";")):
            return None  # a list the page cut before its end: which units it names is unknown
        seen = True
        if "，" in printed or "," in printed:
            # the units in words: '部门分工:省发展改革委牵头,各地、各部门配合。'
            worded = _clauses(printed)
            if worded is not None and worded.named:
                duty.lead.extend(worded.lead)
                duty.others.extend(worded.others)
                duty.named = True
                continue
        if lead := _ALL_LEAD.search(printed):
            duty.lead.extend(units(printed[: lead.start()]))  # '…、…分别牵头'
            duty.named = True
            continue
        found = units(printed)
        if found and _cut_name(printed, found[-1]):
            return None  # (or inside its last name: '牵头单位:省发展改', the text's end)
        if re.fullmatch(_LEAD_LABEL, m.group("label")):
            duty.lead.extend(found)
            duty.named = True
        else:
            duty.others.extend(found)
    return duty if seen else None


#: the last characters of units' names: a body ('…局', '…委', '…中心', '…支队', '…海关',
#: '…分行'), a place or a level ('各街道', '各县(市、区)', '各地'), a collective ('…单位', '…部门')
_UNIT_LAST = frozenset(
    "局委办辦厅廳部院府会會心处處室站所队隊关關行联聯司社校馆館台区區县縣市镇鎮乡鄉村道组組团團位门門构構业業地级級域科股班)）"
)


def _cut_name(printed: str, last: str) -> bool:
    """Whether a line of units stops inside its last name: no stop after the line and the
    name ending as no unit's does ('牵头单位:省发展改革委、省经信厅' / '牵头单位:省发展改', the
    page's text cut there)."""
    return not printed.rstrip().endswith(("。", ".", "；", ";")) and last[-1:] not in _UNIT_LAST


def _bare_note(text: str) -> tuple[int, _Duty] | None:
    """A bracket closing the text that holds unit names only: '(工资处、就管中心)'."""
    stripped = text.rstrip("。 ")
    if not stripped.endswith((")", "）")):
        return None
    at = max(stripped.rfind("("), stripped.rfind("（"))
    if at <= 0 or not _BARE_UNITS.fullmatch(stripped[at + 1 : -1].strip()):
        return None
    return at, _Duty([], units(stripped[at + 1 : -1]))


#: a line of one of an item's fields: '牵头负责领导:刘惠。', '完成时限:2023年底'
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")


def _last_of_several(block: Block, above: list[Block]) -> bool:
    """Whether the block is the last of its numbered parent's sub-items whose lines of units
    are the parent's (``_sub_items_lines``): '(4)…' then '(责任单位:…)'."""
    if not above:
        return False
    parent = above[-2] if above[-1].type == "list" and len(above) >= 2 else above[-1]
    subs = _sub_items(parent)
    return (
        bool(parent.num)
        and bool(subs)
        and subs[-1] is block
        and _sub_items_lines(parent) is not None
    )


def _sub_items(block: Block) -> list[Block]:
    """The item's numbered sub-items, in a list under it or right under it."""
    return [
        c
        for holder in block.children
        for c in (holder.children if holder.type == "list" else [holder])
        if c.num
    ]


def _sub_items_lines(block: Block) -> _Duty | None:
    """The lines of units printed after the last of the item's numbered sub-items where no
    other sub-item has lines of its own: '1.完善应急预案体系' / '(1)…' … '(4)…' / '(责任单位:…)'."""
    subs = _sub_items(block)
    if len(subs) < 2 or any(_duty_lines(b) for b in subs[:-1]):
        return None
    return _duty_lines(subs[-1])


def _rule(doc: Document) -> tuple[str | None, int, Block | None]:
    """The document's rule for unnamed leads ('first' or 'duty', or None), from which block
    of the walk it holds (a rule that says '下同' holds from where it is printed on; one
    without, for the whole document) and the block that prints it."""
    for k, (block, _) in enumerate(walk(doc)):
        kind = (
            "first"
            if _FIRST_LEADS.search(block.text)
            else "duty"
            if _UNNAMED_LEAD_IS_DUTY.search(block.text)
            else None
        )
        if kind is not None:
            return kind, (k if "下同" in block.text else 0), block
    return None, 0, None


def extract(issue: Issue, registry: Registry) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        rule: str | None = None
        rule_at, rule_block = 0, None
        ruled = False
        place: str | None = None  # read from the issuers with the rule, when a measure needs it
        unlisted: list[str] = []
        # a bracket of bare unit names closing numbered items ('…增长9%。 (工资处、就管中心)')
        # is the document's note where two items at least close so
        bare = sum(1 for b, _ in walk(doc) if b.num and _bare_note(b.text)) >= 2
        for k, (block, above) in enumerate(walk(doc)):
            if block.table is not None and block.table.columns:
                out.extend(_table_rows(doc, block, registry))
                continue
            if block.type not in ("paragraph", "heading"):
                continue
            found = responsibility(block.text) if block.type == "paragraph" else None
            if found is None and bare and block.num:
                found = _bare_note(block.text)
            if not block.num and found is None:
                continue  # an unnumbered paragraph is a measure only where its note says so
            pieces: list[tuple[str, _Duty]] = []
            if found is not None:
                at, duty = found
                # paragraphs run together on one line, each closed by its own note: '…清单编制
                # 工作。〔…负责落实。…不再列出。〕按省的要求,…锅炉。(…牵头,…参与)'
                start = 0
                for end, (note_at, earlier) in _notes_before(block.text, at):
                    pieces.append((block.text[start:note_at].strip(), earlier))
                    start = end
                pieces.append((block.text[start:at].strip(), duty))
            elif (lines := _duty_lines(block)) is not None:
                if _last_of_several(block, above):
                    continue  # the lines after the last sub-item are its parent's (below)
                pieces.append((block.text.strip(), lines))
            elif block.num and (lines := _sub_items_lines(block)) is not None:
                pieces.append((block.text.strip(), lines))
            for body, duty in pieces:
                if not duty.units or not body:
                    continue  # (a note on a line of its own is the item's above it)
                if not ruled:
                    (rule, rule_at, rule_block), ruled = _rule(doc), True
                    place = place_of(doc.issuers, doc.title)
                if (rm := _UNLISTED.search(block.text)) is not None:
                    unlisted = units(rm.group("units"))  # from this item on
                if unlisted:
                    duty.others.extend(u for u in unlisted if u not in duty.units)
                lead = duty.lead
                if k < rule_at and rule_block is not block and rule_block not in block.children:
                    pass  # a rule printed further on ('…，下同') holds from there
                elif not duty.named and rule == "first":
                    lead = duty.units[:1]
                elif not duty.named and rule == "duty":
                    lead = list(duty.units)
                everyone = duty.units
                title = body.split("。", 1)[0] + ("。" if "。" in body else "")
                out.append(
                    Measure(
                        doc.id,
                        number_of(block) or 0,
                        title.rstrip("。"),
                        body,
                        everyone,
                        [registry.resolve(u) for u in everyone],
                        lead,
                        source(doc, block),
                        rule_of(body, [doc.title, *(b.text for b in above)], place),
                    )
                )
    return {"measures": out}


#: a bracket's close, where a note of units may end with more text after it
_CLOSE = re.compile(r"[)）〕】\]］]")


def _notes_before(text: str, at: int) -> list[tuple[int, tuple[int, _Duty]]]:
    """Notes of units closing paragraphs that a page ran together before ``at`` (where the
    last note starts): each note's end, its start and its units, in order."""
    if sum(text.count(w) for w in ("牵头", "负责", "责任单位", "牵头单位")) < 2:
        return []
    out: list[tuple[int, tuple[int, _Duty]]] = []
    start = 0
    for m in _CLOSE.finditer(text, 0, at):
        end = m.end()
        head = text[start:end]
        if not text[end:at].strip() or head.rstrip()[-2:-1] in ("号", "年"):
            continue
        found = responsibility(head)
        if found is not None and head[: found[0]].strip():
            out.append((end, (start + found[0], found[1])))
            start = end
    return out


#: a task table's columns: the task, the units leading it, the units carrying it out
TASK_COLUMNS = (
    "重点工作",
    "工作任务",
    "主要任务",
    "任务名称",
    "具体任务",
    "工作内容",
    "任务",
    "事项",
)
_LEAD_COLUMNS = ("牵头单位", "牵头部门")
_DUTY_COLUMNS = ("责任单位", "责任部门", "责任股室", "责任科室", "实施单位")
_SUPPORT_COLUMNS = ("配合单位", "配合部门", "协同单位", "参与单位")
#: the towns and streets that carry a task out, a column of their own
_PLACE_COLUMNS = ("责任街镇", "责任镇街", "责任乡镇", "实施街镇")
#: a unit column's header saying its leads are marked: '责任部门(加*号为牵头部门,其余为参与部门)'
_STARRED_LEAD = re.compile(r"[*＊]\s*号?为牵头")


def _table_rows(doc: Document, block: Block, registry: Registry) -> list[Measure]:
    """A task table (任务 | 牵头单位 | 责任单位 …): a measure a row, its units from the unit
    columns, the lead from a 牵头 column where there is one. A 实事 table lists commitments."""
    from gongbao.extract.walk import column, row_source

    table = block.table
    assert table is not None
    task = column(table.columns, TASK_COLUMNS)
    lead_col = column(table.columns, _LEAD_COLUMNS)
    duty_col = column(table.columns, _DUTY_COLUMNS)
    support_col = column(table.columns, _SUPPORT_COLUMNS)
    place_col = column(table.columns, _PLACE_COLUMNS)
    if task is None or (lead_col is None and duty_col is None) or "实事" in (table.caption or ""):
        return []
    starred = duty_col is not None and _STARRED_LEAD.search(table.columns[duty_col]) is not None
    out: list[Measure] = []
    for k, row in enumerate(table.normalized or table.rows):

        def cell(i: int | None, row: list[str] = row) -> str:
            return row[i].strip() if i is not None and i < len(row) else ""

        text = cell(task)
        lead = units(cell(lead_col)) if lead_col is not None else []
        duty = cell(duty_col)
        if starred:
            # the units the header's mark names lead: '区农业农村委*、区规划资源局'
            lead = [u.rstrip("*＊") for u in units(duty) if u.endswith(("*", "＊"))]
            duty = re.sub(r"[*＊]", "", duty)
        others = units(duty) + units(cell(support_col)) + units(cell(place_col))
        everyone = lead + [u for u in others if u not in lead]
        if not text or not everyone:
            continue
        title = text.split("。", 1)[0]
        out.append(
            Measure(
                doc.id,
                k + 1,
                title.rstrip("。"),
                text,
                everyone,
                [registry.resolve(u) for u in everyone],
                lead,
                row_source(doc, block, k),
                None,
            )
        )
    return out
