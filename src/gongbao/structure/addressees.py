"""The 主送机关 line and the addressees it names."""

from __future__ import annotations

import re

from gongbao.structure.zones import SALUTATION


def split_addressees(text: str) -> list[str]:
    """'区政府各委、办、局，各街道办事处、彭浦镇政府：' → three addressees.

    、 separates addressees, except inside a run of one-character units (委、办、局) and
    where a name shares the ending of the next one (各市、县人民政府)."""
    out: list[str] = []
    for part in re.split(r"[，,；;]", text.rstrip("：:")):
        carry = ""
        for piece in (p.strip() for p in part.split("、")):
            if not piece:
                continue
            if len(piece) == 1 and out and not carry:
                out[-1] += "、" + piece
            elif not _ADDRESSEE_END.search(piece):
                carry += piece + "、"
            else:
                out.append(carry + piece)
                carry = ""
        if carry:
            out.append(carry.rstrip("、"))
    return out


_ADDRESSEE_END = re.compile(
    r"(政府|委员会|局|委|办|厅|部|院|中心|公司|会|处|所|室|队|站|社|府|"
    r"单位|部门|机构|街道|办事处|镇|乡|市委|党委|军区|学校|[)）])$"
)


def addressee_line(text: str) -> bool:
    return (
        text.endswith(("：", ":"))
        and len(text) <= 160
        and "。" not in text
        and not SALUTATION.match(text)
    )
