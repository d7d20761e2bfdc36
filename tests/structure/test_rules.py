"""Rule-level fixtures: one line in, one value out, in the forms governments print."""

from __future__ import annotations

import pytest

from gongbao.docnumber import find_doc_number, is_doc_number_line
from gongbao.numbering import match_number
from gongbao.structure.addressees import split_addressees
from gongbao.structure.dates import compact_date, is_date_line, parse_date
from gongbao.structure.kinds import gazette_slug, kind_of
from gongbao.structure.organs import issuers_from_title


@pytest.mark.parametrize(
    ("line", "style", "value", "label", "rest"),
    [
        ("第一章 总则", "chapter", 1, "第一章", "总则"),
        ("第十二章　切实加强规划实施保障", "chapter", 12, "第十二章", "切实加强规划实施保障"),
        ("第二节 开放", "section", 2, "第二节", "开放"),
        (
            "第二十一条 本办法自公布之日起施行。",
            "article",
            21,
            "第二十一条",
            "本办法自公布之日起施行。",
        ),
        ("第三條 本辦法所稱", "article", 3, "第三條", "本辦法所稱"),
        ("一、总体要求", "cn", 1, "一、", "总体要求"),
        ("十、公共安全方面", "cn", 10, "十、", "公共安全方面"),
        (
            "（十三）推行审慎包容的监管服务模式",
            "paren_cn",
            13,
            "（十三）",
            "推行审慎包容的监管服务模式",
        ),
        ("(二) 2025 年主要财政政策", "paren_cn", 2, "(二)", "2025 年主要财政政策"),
        ("1. 加快吸引高能级主体。", "arabic", 1, "1.", "加快吸引高能级主体。"),
        ("47.打造特色产业集聚区。", "arabic", 47, "47.", "打造特色产业集聚区。"),
        ("3、加强监督", "arabic", 3, "3、", "加强监督"),
        ("2．全角句点", "arabic", 2, "2．", "全角句点"),
        ("（1）区级各收入科目", "paren_arabic", 1, "（1）", "区级各收入科目"),
        ("(2) 区级各支出科目", "paren_arabic", 2, "(2)", "区级各支出科目"),
        ("③ 第三项", "circled", 3, "③", "第三项"),
    ],
)
def test_numbering_styles(line: str, style: str, value: int, label: str, rest: str) -> None:
    num = match_number(line)
    assert num is not None
    assert (num.style, num.value, num.label, num.rest) == (style, value, label, rest)


@pytest.mark.parametrize(
    "line",
    [
        "2026年是开局之年",
        "1.4%",
        "3 万平方米绿地",
        "一是统筹推进",
        "第 1 个“3”指的是",
        "15 元",
        "第十五个五年规划",
        "一、",
    ],
)
def test_not_numbering(line: str) -> None:
    assert match_number(line) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("(2026年1月19日)", "2026-01-19"),
        ("（2026 年 2 月 13 日）", "2026-02-13"),
        ("二〇二六年二月二十八日出版", "2026-02-28"),
        ("二〇二五年十二月三十一日", "2025-12-31"),
        ("——2026年1月14日在静安区第二届", "2026-01-14"),
        ("有效期至 2026 年 12 月 31 日", "2026-12-31"),
        ("2024-03-05", "2024-03-05"),
        ("2024.3.5", "2024-03-05"),
        ("〇〇〇〇年十三月一日", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("20171116", "2017-11-16"),  # 年月日 lost: eight digits read one way
        ("202184日", "2021-08-04"),  # 年 and 月 lost: 84 is no month
        ("2019610", "2019-06-10"),  # 61 is no month
        ("2022128", None),  # 1月28日 or 12月8日: nothing
        ("2021114日", None),  # 1月14日 or 11月4日
        ("2022105", "2022-10-05"),  # a day is zero-padded only beside a padded month
        ("201801", None),
        ("12345678", None),
    ],
)
def test_dates_that_lost_their_characters(text: str, iso: str | None) -> None:
    assert compact_date(text) == iso


def test_date_lines() -> None:
    assert is_date_line("(2026年1月26日)")
    assert is_date_line("二〇二五年三月五日")
    assert not is_date_line("2026年1月14日在静安区第二届")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("静府发〔2026〕1号", "静府发〔2026〕1号"),
        ("国发[2018]12号", "国发[2018]12号"),
        ("根据《…办法》（沪府规〔2022〕3 号）", "沪府规〔2022〕3号"),
        ("京政办发【2019】5号", "京政办发【2019】5号"),
        ("粤府函（2020）88号", "粤府函（2020）88号"),
        # brackets of two families (OCR read 〔〕 as 【 and ]): the standard's 〔〕, not a form
        # no one printed; one family in two widths is kept as printed
        ("静发改委【2026]3号", "静发改委〔2026〕3号"),
        ("静府办〔2026］2号", "静府办〔2026〕2号"),
        ("沪府规（2022)3号", "沪府规（2022)3号"),
        ("南府規〔2024〕8號", "南府規〔2024〕8號"),
        ("上海市人民政府令第12号", "上海市人民政府令第12号"),
        ("第5号令", "第5号令"),
        ("2026年第1期", None),
    ],
)
def test_doc_numbers(text: str, number: str | None) -> None:
    assert find_doc_number(text) == number


def test_doc_number_line() -> None:
    assert is_doc_number_line("静人社〔2026〕17号")
    assert not is_doc_number_line("根据静人社〔2026〕17号文件")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("关于印发《实施方案》的通知", "notice"),
        ("2026年1月1日至2月28日区政府人事任免事项", "personnel"),
        ("政府工作报告", "report"),
        ("上海市静安区国民经济和社会发展第十五个五年规划纲要", "plan"),
        ("关于构建现代化产业体系、促进经济高质量发展的若干措施", "measures"),
        ("国务院关于同意设立某某新区的批复", "reply"),
        ("某某省实施《中华人民共和国某某法》办法", "regulation"),
        ("关于进一步优化营商环境的意见", "opinion"),
        ("南海市人民政府關於某某事項的決定", "decision"),
        ("江南省人民政府令", "order"),
        # a forwarding notice with its own '的通知' left off, the forwarded title quoted last
        # (real titles: tests/corpus/opinion/beijing-caizhengju-shuiliju-1994-…,
        # tests/corpus/redhead/zhejiang-shaoxing-shengzhou-tongyuanxiang-2009-…)
        (
            "北京市财政局、北京市水利局转发财政部、水利部《关于颁发〈特大防汛抗旱补助费使用管理暂行办法〉的通知》",
            "notice",
        ),
        (
            "关于转发《国家森林防火指挥部关于做好2009年元旦春节期间森林防火工作的紧急通知》",
            "notice",
        ),
        # a quoted title last without a verb that forwards it: no kind named
        ("关于认真学习宣传贯彻《中华人民共和国民法典》", "document"),
    ],
)
def test_kinds(title: str, kind: str) -> None:
    assert kind_of(title) == kind


def test_issuers_and_addressees() -> None:
    assert issuers_from_title("中共静安区委 静安区人民政府 关于 2025 年度报告") == [
        "中共静安区委",
        "静安区人民政府",
    ]
    assert issuers_from_title("某某市财政局、某某市税务局关于某事的通知") == [
        "某某市财政局",
        "某某市税务局",
    ]
    assert issuers_from_title("政府工作报告") == []
    assert split_addressees("区政府各委、办、局，各街道办事处、彭浦镇政府：") == [
        "区政府各委、办、局",
        "各街道办事处",
        "彭浦镇政府",
    ]
    assert split_addressees("市委、市政府：") == ["市委", "市政府"]


@pytest.mark.parametrize(
    ("gazette", "slug"),
    [
        ("上海市静安区人民政府公报", "jingan"),
        ("北京市人民政府公报", "beijing"),
        ("广东省人民政府公报", "guangdong"),
        ("浦东新区人民政府公报", "pudong"),
        ("国务院公报", "guowuyuan"),
        ("臺北市政府公報", "taibei"),
        # names that repeat across China are qualified by their parent (checked by hand
        # against the 民政部 division list: 鼓楼区 under 南京, 徐州, 福州, 开封; 城关区 under
        # 拉萨, 兰州; 和平区 under 天津, 沈阳; 吉林 a province and a city)
        ("南京市鼓楼区人民政府公报", "nanjing-gulou"),
        ("福州市鼓楼区人民政府公报", "fuzhou-gulou"),
        ("兰州市城关区人民政府公报", "lanzhou-chengguan"),
        ("拉萨市城关区人民政府公报", "lasa-chengguan"),
        ("天津市和平区人民政府公报", "tianjin-heping"),
        ("沈阳市和平区人民政府公报", "shenyang-heping"),
        ("吉林省人民政府公报", "jilin"),
        ("吉林市人民政府公报", "jilin-jilin"),
        # the parent is not printed but the full name is unique: 朝阳县 lies under 朝阳市
        ("朝阳县人民政府公报", "zhaoyang-zhaoyang"),
    ],
)
def test_gazette_slugs(gazette: str, slug: str) -> None:
    assert gazette_slug(gazette) == slug
