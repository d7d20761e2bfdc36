"""A business's size by the official thresholds: 《中小企业划型标准规定》(工业和信息化部、国家统计
局、国家发展和改革委员会、财政部, 工信部联企业〔2011〕300号), 第四条, by industry with 从业人员
(人), 营业收入 and 资产总额 (万元).

A measure for 中小微企业 or 小微企业 is checked against the size computed here when the profile
does not state one. The rule of the standard: 大型, 中型 and 小型 must reach every indicator's
lower limit of their row, else the business falls to the class below; 微型 is below one limit
of 小型. So with an indicator missing a class is decided only where the missing figure cannot
change it (below one 小型 limit is 微型 whatever the rest); otherwise the size stays unknown.

The 金融业 is not in this standard (it has its own, 2015): no size is computed for it.
"""

from __future__ import annotations

import re

#: the indicators, as a profile's figures name them
STAFF, REVENUE, ASSETS = "从业人员", "营业收入", "资产总额"
#: classes from the largest; each row gives the lower limits of 大型, 中型, 小型 per indicator
CLASSES = ("大型", "中型", "小型")
#: 第四条 (一)–(十六): row → {indicator: (大型, 中型, 小型) lower limits}; 人 and 万元
ROWS: dict[str, dict[str, tuple[float, float, float]]] = {
    "农、林、牧、渔业": {REVENUE: (20000, 500, 50)},
    "工业": {STAFF: (1000, 300, 20), REVENUE: (40000, 2000, 300)},
    "建筑业": {REVENUE: (80000, 6000, 300), ASSETS: (80000, 5000, 300)},
    "批发业": {STAFF: (200, 20, 5), REVENUE: (40000, 5000, 1000)},
    "零售业": {STAFF: (300, 50, 10), REVENUE: (20000, 500, 100)},
    "交通运输业": {STAFF: (1000, 300, 20), REVENUE: (30000, 3000, 200)},
    "仓储业": {STAFF: (200, 100, 20), REVENUE: (30000, 1000, 100)},
    "邮政业": {STAFF: (1000, 300, 20), REVENUE: (30000, 2000, 100)},
    "住宿业": {STAFF: (300, 100, 10), REVENUE: (10000, 2000, 100)},
    "餐饮业": {STAFF: (300, 100, 10), REVENUE: (10000, 2000, 100)},
    "信息传输业": {STAFF: (2000, 100, 10), REVENUE: (100000, 1000, 100)},
    "软件和信息技术服务业": {STAFF: (300, 100, 10), REVENUE: (10000, 1000, 50)},
    "房地产开发经营": {REVENUE: (200000, 1000, 100), ASSETS: (10000, 5000, 2000)},
    "物业管理": {STAFF: (1000, 300, 100), REVENUE: (5000, 1000, 500)},
    "租赁和商务服务业": {STAFF: (300, 100, 10), ASSETS: (120000, 8000, 100)},
    "其他未列明行业": {STAFF: (300, 100, 10)},
}
#: GB/T 4754 codes of each row (the standard's industries by the national classification),
#: longest prefix first when looked up
CODES: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "B": "工业",
    "C": "工业",
    "D": "工业",
    "E": "建筑业",
    "F51": "批发业",
    "F52": "零售业",
    **{f"G{n}": "交通运输业" for n in range(53, 59)},
    "G59": "仓储业",
    "G60": "邮政业",
    "H61": "住宿业",
    "H62": "餐饮业",
    "I63": "信息传输业",
    "I64": "信息传输业",
    "I65": "软件和信息技术服务业",
    "K701": "房地产开发经营",
    "K702": "物业管理",
    "L": "租赁和商务服务业",
    **{letter: "其他未列明行业" for letter in "KMNOPQRST"},
}
#: words a business describes its industry with; a description naming words of two rows
#: ('农林牧副产品加工', '信息传输、软件和信息技术服务业') is not decided
WORDS: dict[str, tuple[str, ...]] = {
    "农、林、牧、渔业": ("农业", "林业", "畜牧", "渔业", "种植", "养殖"),
    "工业": ("制造", "加工", "工业", "采矿", "电力", "燃气", "自来水"),
    "建筑业": ("建筑", "施工", "装饰装修"),
    "批发业": ("批发",),
    "零售业": ("零售",),
    "交通运输业": ("交通运输", "道路运输", "货运", "客运", "航空运输", "水上运输"),
    "仓储业": ("仓储",),
    "邮政业": ("邮政", "快递"),
    "住宿业": ("住宿", "酒店", "饭店", "宾馆"),
    "餐饮业": ("餐饮", "餐厅"),
    "信息传输业": ("信息传输", "电信", "互联网接入"),
    "软件和信息技术服务业": ("软件", "信息技术服务"),
    "房地产开发经营": ("房地产开发",),
    "物业管理": ("物业",),
    "租赁和商务服务业": ("租赁", "商务服务"),
}


def row_of(industry: str | None) -> str | None:
    """The standard's row for a profile's industry: a GB/T 4754 code, or words of one row only
    (the 金融业, J, has no row; a description naming two rows is not decided)."""
    if not industry:
        return None
    industry = industry.strip()
    if re.fullmatch(r"[A-T]\d{0,4}", industry):
        for n in range(len(industry), 0, -1):
            if industry[:n] in CODES:
                return CODES[industry[:n]]
        return None
    rows = {row for row, words in WORDS.items() if any(w in industry for w in words)}
    return rows.pop() if len(rows) == 1 else None


def size_of(industry: str | None, figures: dict[str, float] | None) -> str | None:
    """大型, 中型, 小型 or 微型 by the standard, or None when the row or a figure that would
    decide it is missing."""
    row = row_of(industry)
    if row is None:
        return None
    limits = ROWS[row]
    have = {k: (figures or {}).get(k) for k in limits}
    for i, name in enumerate(CLASSES):
        # a class is reached when every indicator reaches its limit; it is missed as soon as
        # one known indicator is below it, and undecided while a missing one could reach it
        below = any(v is not None and v < limits[k][i] for k, v in have.items())
        if not below:
            return name if all(v is not None for v in have.values()) else None
    return "微型"
