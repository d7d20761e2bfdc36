"""文号 series: the issuer code, year and serial of a document number, and what a series of
them shows — how many of a year's numbers are held, the highest, the numbers never seen
(documents not published, taken down, or not yet ingested), and the numbers other documents
cite that the store does not hold.

    国办发〔2018〕128号       series 国办发, 2018, number 128
    国办发明电〔2018〕15号    series 国办发明电 (明电 is a series of its own), 2018, 15
    沪府规[2022]3号           series 沪府规 (brackets do not matter), 2022, 3
    國辦發〔2016〕82號        series 国办发 (nor does the script), 2016, 82
    中华人民共和国国务院令第707号  series 中华人民共和国国务院令, no year: orders run on
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.docnumber import DOC_NUMBER, find_doc_number
from gongbao.numbering import cn_to_int
from gongbao.script import to_simplified


@dataclass(frozen=True, slots=True)
class SeriesNumber:
    code: str
    year: int | None
    number: int


def parse_series(doc_number: str | None) -> SeriesNumber | None:
    """The series a printed 文号 belongs to and its place in it; None where the text is no
    文号 or names no serial."""
    if not doc_number:
        return None
    found = find_doc_number(doc_number)
    if found is None:
        return None
    m = DOC_NUMBER.fullmatch(re.sub(r"\s+", "", found))
    if m is None:
        return None
    if m.group("code") is not None:
        # one series in either script: 國辦發〔2016〕82號 is 国办发〔2016〕82号
        code = to_simplified(m.group("code"))
        return SeriesNumber(code, int(m.group("year")), int(m.group("serial")))
    if m.group("order") is not None:
        # the state's name before a national order is often left out when it is cited
        code = re.sub(r"^中华人民共和国|\s*第\s*.*$", "", to_simplified(m.group("order")))
        return SeriesNumber(code, None, _serial(m.group("order_n")))
    if m.group("notice") is not None:
        code = re.sub(r"\s*\d{4}\s*年.*$", "", to_simplified(m.group("notice")))
        return SeriesNumber(code, int(m.group("notice_year")), int(m.group("notice_n")))
    return None


def _serial(text: str) -> int:
    return int(text) if text.isdigit() else cn_to_int(text)


@dataclass(slots=True)
class Series:
    """One issuer code's numbers of one year (or of all years, for orders)."""

    code: str
    year: int | None
    held: dict[int, list[str]] = field(default_factory=dict)  # number → documents
    cited: dict[int, list[str]] = field(default_factory=dict)  # number → citing documents
    printed: dict[int, str] = field(default_factory=dict)  # number → the 文号 as printed

    @property
    def highest(self) -> int | None:
        return max(self.held) if self.held else None

    @property
    def gaps(self) -> list[int]:
        """Numbers up to the highest held that no held document carries."""
        top = self.highest or 0
        return [n for n in range(1, top + 1) if n not in self.held]

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "year": self.year,
            "count": len(self.held),
            "highest": self.highest,
            "gaps": self.gaps,
            "documents": [
                {"number": n, "doc_number": self.printed.get(n), "documents": self.held[n]}
                for n in sorted(self.held)
            ],
            "cited_not_held": [
                {"number": n, "doc_number": self.printed.get(n), "cited_by": self.cited[n]}
                for n in sorted(self.cited)
                if n not in self.held
            ],
        }
