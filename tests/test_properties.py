"""Property tests: no stage raises on arbitrary text; dates in Chinese numerals round-trip."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import gongbao
from gongbao.numbering import match_number
from gongbao.structure.dates import format_cn_date, parse_date

KEYWORDS = [
    "一、",
    "（一）",
    "1.",
    "（1）",
    "①",
    "第一章",
    "第三条",
    "附件1",
    "附件：",
    "目录",
    "【区政府文件】",
    "- ",
    "\t",
    "\n",
    "\n\n",
    "。",
    "，",
    "**",
    "¹",
    "²",
    "公报",
    "(2026年1月19日)",
    "静府发〔2026〕1号",
    "关于",
    "的通知",
    "（3）",
    "——",
    "表1 ",
    "<ul><li>",
    "PM_{2.5}",
    " and ",
    "各位代表：",
    "有效期至2026年12月31日",
]
chunks = st.one_of(st.sampled_from(KEYWORDS), st.text(max_size=12))


@settings(max_examples=300, deadline=None)
@given(st.lists(chunks, max_size=60))
def test_parse_never_raises_on_grammar_soup(parts: list[str]) -> None:
    issue = gongbao.parse_text("".join(parts))
    issue.to_dict()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_parse_never_raises_on_arbitrary_text(text: str) -> None:
    gongbao.parse_text(text).to_dict()


@given(st.dates(min_value=date(1949, 10, 1), max_value=date(2199, 12, 31)))
def test_chinese_numeral_dates_round_trip(d: date) -> None:
    printed = format_cn_date(d.isoformat())
    assert parse_date(printed) == d.isoformat()
    assert parse_date(f"{d.year}年{d.month}月{d.day}日") == d.isoformat()


@given(st.integers(min_value=1, max_value=99))
def test_numbering_values_round_trip(n: int) -> None:
    import cn2an

    cn = cn2an.an2cn(n)
    num = match_number(f"（{cn}）标题")
    assert num is not None and num.value == n
    num = match_number(f"{n}. 标题")
    assert num is not None and num.value == n


# -- documents built from the genre's own parts ---------------------------------------------
# The grammar of Chinese official documents (GB/T 9704) and the noise real files carry, mixed
# in any order and joined by any line shape: the parser must never raise, and what it reports
# must come from the text (a 文号 it names is printed; a date it gives is a real date).

_PLACES = ["静安区", "鼓楼区", "青溪县", "江南省", "北京市"]
_ORGS = ["人民政府", "人民政府办公室", "发展和改革委员会", "财政局", "人大常委会"]
_KINDS = ["通知", "意见", "决定", "批复", "公告", "办法", "报告", "纪要", "令"]
_CN_YEAR = ["二〇二五", "二○二四", "二〇二三", "二O二二", "二零二一", "一九九八"]
_CN_MONTH = ["一", "二", "三", "九", "十", "十一", "十二"]
_CN_DAY = ["一", "五", "十", "十九", "二十", "二十八", "三十一"]
_CN_NUM = ["千", "百", "万", "十", "两", "三百", "一千二百", "〇"]
_UNITS = ["场", "户", "名", "个", "万元", "平方米"]

org = st.builds(lambda p, o: p + o, st.sampled_from(_PLACES), st.sampled_from(_ORGS))
doc_number = st.builds(
    lambda c, y, n, b: f"{c}{b[0]}{y}{b[1]}{n}号",
    st.sampled_from(["静府发", "溪政办发", "国办函", "沪府规", "财库"]),
    st.integers(1980, 2030),
    st.integers(1, 999),
    st.sampled_from(["〔〕", "[]", "（）", "()", "【】"]),
)
cn_date = st.builds(
    lambda y, m, d: f"{y}年{m}月{d}日",
    st.sampled_from(_CN_YEAR),
    st.sampled_from(_CN_MONTH),
    st.sampled_from(_CN_DAY),
)
ar_date = st.builds(
    lambda d, fmt: fmt.format(d.year, d.month, d.day),
    st.dates(date(1949, 10, 1), date(2099, 12, 31)),
    st.sampled_from(["{}年{}月{}日", "({}年{}月{}日)", "{}-{:02d}-{:02d}", "{} 年 {} 月 {} 日"]),
)
title = st.builds(
    lambda o, w, k: f"{o}关于{w}的{k}",
    org,
    st.text(alphabet="加强规范管理工作实施促进发展印发《》", min_size=2, max_size=16),
    st.sampled_from(_KINDS),
)
quantity_line = st.builds(
    lambda lead, n, u, n2, u2: f"{lead}开展{n}{u}演出，覆盖{n2}{u2}家庭。",
    st.sampled_from(["一、", "（二）", "3.", "（4）", "①", "第五条 ", ""]),
    st.sampled_from(_CN_NUM),
    st.sampled_from(_UNITS),
    st.sampled_from(_CN_NUM),
    st.sampled_from(_UNITS),
)
table = st.builds(
    lambda rows: "\n".join("\t".join(r) for r in rows),
    st.lists(
        st.lists(
            st.sampled_from(["序号", "姓名", "1", "张三", "任命职务", "局长", ""]),
            min_size=2,
            max_size=4,
        ),
        min_size=1,
        max_size=4,
    ),
)
noise = st.sampled_from(
    [
        "【资料图】",
        "来源：某某日报 2023-05-01",
        "首页 > 政务公开 > 通知公告",
        "索引号: 0001/2023-001 发文字号: 静府发〔2023〕1号",
        "---",
        "title: 某文件",
        "實(shí)施",
        "|",
        "打印本页 关闭窗口",
        "- 9 -",
        "（此件公开发布）",
        "抄送：区委办公室。",
        "某某办公室 2023年5月6日印发",
        "签发人：张三",
        "份号 000123",
        "机密★1年",
        "特急",
        "各位代表：",
        "——2024年1月14日在某区第二届人民代表大会第四次会议上",
        "（2023年5月26日某省第十四届人民代表大会常务委员会第三次会议通过）",
        "附件：1.某某办法2.某某清单",
        "目  录",
        "一、总则……………………3",
    ]
)
part = st.one_of(
    org.map(lambda o: o + "文件"),
    org,
    doc_number,
    title,
    cn_date,
    ar_date,
    quantity_line,
    table,
    noise,
    org.map(lambda o: o + "、" + o + "："),
    st.text(max_size=20),
)
joiner = st.sampled_from(["\n", "\n\n", "", " ", "\r\n", "\u3000"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(part, joiner), max_size=40))
def test_documents_of_the_genre_never_raise_and_report_only_what_is_printed(
    parts: list[tuple[str, str]],
) -> None:
    import re

    text = "".join(p + j for p, j in parts)
    issue = gongbao.parse_text(text)
    issue.to_dict()
    from gongbao.clean.wrapper import _PINYIN

    # what the cleaner takes out of a line (a mirror's pinyin readings) is not printed text
    printed = _PINYIN.sub("", re.sub(r"\s+", "", text))
    for doc in issue.documents:
        if doc.doc_number:
            assert re.sub(r"\s+", "", doc.doc_number) in printed
        for value in (doc.date, doc.valid_from, doc.valid_until):
            if value:
                date.fromisoformat(value)


def test_bare_magnitudes_count_one_of_them() -> None:
    """开展千场演出，覆盖百户家庭 crashed cn2an inside the commitments extractor."""
    from gongbao.extract.numbers import quantities

    got = [(q.value, q.unit) for q in quantities("开展千场演出，覆盖百户家庭，新增两千个岗位")]
    assert got == [(1000, "场"), (100, "户"), (2000, "个")]
