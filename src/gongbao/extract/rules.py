"""Amounts by condition: '年龄未满80周岁（1946年1月1日以后出生）的征地养老人员，补助金额为
每人800元' → subject, structured conditions (age < 80; born on or after 1946-01-01),
amount and unit."""

from __future__ import annotations

import re

from gongbao.extract.walk import source, walk
from gongbao.facts import Condition, Rule
from gongbao.model import Block, Document, Issue, Source
from gongbao.numbering import cn_to_int
from gongbao.structure.dates import parse_date

CLAUSE = re.compile(
    r"""(?P<cond>[^；;。]*?(?:未满|不满|以上|以下|及以上|满|超过|不足)[^；;。]*?)
        的(?P<subject>[\u4e00-\u9fff]{2,20}?)[，,]\s*
        (?:[\u4e00-\u9fff]{0,8}?(?:金额|标准)?为)?\s*(?:每人|每户|每月|每年)?\s*
        (?P<amount>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>万元|元|元/月|元/人)""",
    re.X,
)
_AGE = re.compile(
    r"(?:年龄)?(?P<before>未满|不满|不足|满|在)?\s*(?P<n>\d+)\s*周?岁\s*(?P<after>以上|及以上|以下|以内)?"
)
_BORN = re.compile(
    r"[（(]?\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?P<rel>以后|之后|以前|之前|前|后)\s*出生"
)


def conditions(text: str) -> list[Condition]:
    out: list[Condition] = []
    if m := _AGE.search(text):
        n = float(m.group("n"))
        before, after = m.group("before"), m.group("after")
        op = "<" if before in ("未满", "不满", "不足") or after in ("以下", "以内") else ">="
        out.append(Condition("age", op, int(n), m.group(0).strip()))
    if m := _BORN.search(text):
        date = parse_date(m.group("date")) or m.group("date")
        op = ">=" if m.group("rel") in ("以后", "之后", "后") else "<="
        out.append(Condition("birth_date", op, date, m.group(0).strip("（( ")))
    return out


_KEYWORDS = ("未满", "不满", "以上", "以下", "满", "超过", "不足")


def _clauses(text: str) -> list[tuple[int, str]]:
    """Clauses between ；。 with their offsets: each rule is stated within one."""
    out, pos = [], 0
    for part in re.split(r"([；;。])", text):
        if part and part not in "；;。":
            out.append((pos, part))
        pos += len(part)
    return out


#: a rate by category and by measure (area, volume, weight): '朝阳区、海淀区…为每平方米四十五元'
_RATE = re.compile(
    r"(?P<cats>[^；;。：:，,]{2,120}?)为每(?P<per>平方米|亩|吨|立方米|公顷)"
    r"(?P<amount>\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千]+)元"
)
#: what a rate is for, named by the heading or title above it: '…耕地占用税的适用税额'
_LEVIED = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:税|费))的?(?:适用)?(?:税额|费额|标准)")
#: the place (and the words before it) a tax's name is printed with: '发江门市城镇土地使用税'
_PLACED = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}?[省市])?(?:各区|各县|各市|全市|本市)?")


def _rates(doc: Document, block: Block, above: list[Block], out: list[object]) -> None:
    """Rates by category under a heading (or title) that names the tax or fee they set."""
    named = [b.text for b in reversed(above) if b.type == "heading"] + [doc.title]
    subject = next((m.group(1) for t in named if (m := _LEVIED.search(t))), None)
    if subject is None:
        return
    # without the place and the '各区' it is levied in: '北京市各区耕地占用税' → 耕地占用税
    subject = _PLACED.sub("", subject)
    for offset, clause in _clauses(block.text):
        for m in _RATE.finditer(clause):
            raw = m.group("amount")
            amount = float(raw) if raw[0].isdigit() else float(cn_to_int(raw))
            out.append(
                _by_category(
                    doc,
                    subject,
                    m.group("cats").strip(),
                    amount,
                    m.group("per"),
                    source(doc, block, offset + m.start(), offset + m.end()),
                )
            )


def _by_category(
    doc: Document, subject: str, category: str, amount: float, per: str, src: Source
) -> Rule:
    """A rate in yuan per measure for one category ('工业用地一级', '朝阳区、海淀区…')."""
    return Rule(
        doc.id,
        subject,
        [Condition("category", "in", category, category)],
        int(amount) if amount == int(amount) else amount,
        f"元/{per}",
        src,
    )


#: rates by grade within a category, listed after it: '工业用地:一级5元/平方米、二级4元/平方米'
_GRADED = re.compile(
    r"(?P<cat>[\u4e00-\u9fff]{2,8})[：:]\s*"
    r"(?P<list>(?:[一二三四五六七八九十\d]{1,3}级\s*\d+(?:\.\d+)?\s*元/(?:平方米|亩|吨|立方米)[、，,]?\s*){2,})"
)
_GRADE = re.compile(
    r"(?P<grade>[一二三四五六七八九十\d]{1,3}级)\s*(?P<amount>\d+(?:\.\d+)?)\s*元/(?P<per>平方米|亩|吨|立方米)"
)


def _graded(doc: Document, block: Block, out: list[object]) -> None:
    """Rates by grade ('工业用地:一级5元/平方米、二级4元/平方米…'), for the tax or fee the
    same sentence names ('…城镇土地使用税适用税额…具体为:'); none where it names none."""
    for sm in re.finditer(r"[^。]+", block.text):
        offset, clause = sm.start(), sm.group(0)
        for m in _GRADED.finditer(clause):
            named = list(_LEVIED.finditer(clause, 0, m.start()))
            if not named:
                continue
            subject = _PLACED.sub("", named[-1].group(1))
            for g in _GRADE.finditer(m.group("list")):
                start = offset + m.start("list") + g.start()
                out.append(
                    _by_category(
                        doc,
                        subject,
                        m.group("cat") + g.group("grade"),
                        float(g.group("amount")),
                        g.group("per"),
                        source(doc, block, start, start + len(g.group(0))),
                    )
                )


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, above in walk(doc):
            if block.type != "paragraph" or "元" not in block.text:
                continue
            if "为每" in block.text:
                _rates(doc, block, above, out)
            if "级" in block.text and "元/" in block.text:
                _graded(doc, block, out)
            for offset, clause in _clauses(block.text):
                if not any(k in clause for k in _KEYWORDS) or "元" not in clause:
                    continue
                m = CLAUSE.search(clause)
                if m is None:
                    continue
                conds = conditions(m.group("cond"))
                if not conds:
                    continue
                amount = float(m.group("amount").replace(",", ""))
                out.append(
                    Rule(
                        doc.id,
                        m.group("subject"),
                        conds,
                        int(amount) if amount == int(amount) else amount,
                        m.group("unit"),
                        source(doc, block, offset + m.start(), offset + m.end()),
                    )
                )
    return {"rules": out}
