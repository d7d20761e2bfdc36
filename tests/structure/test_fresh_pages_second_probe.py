"""Forms of text that a second probe of pages not in the corpus showed (stored public pages,
each quoted as the search tool's pages corpus returned it, its address above it; lines left out
are said), each read right by a rule for the kind of text:

- a law database's page cut inside the entry it printed next, under the last entry's download
  link ('下载地址: 点击此处下载' / '宁波'): the words the page kept open no second document.

Expected values read off the quoted lines by hand. Each test fails on the code before its rule
(a second, empty document).
"""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_issue

#: http://law735.infoeach.com/view-NzM1fDEzNDk5MA==.html (its numbered items, lines 23–28,
#: left out)
_CUT_AFTER_DOWNLOAD = [
    "热门站点| 世界资料网 | 专利资料网 | 世界资料网论坛",
    "收藏本站| 设为首页| 首页",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "作者:法律资料网 时间:2024-07-12 11:58:51  浏览:8012   来源:法律资料网",
    "下载地址: 点击此处下载",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "国务院机关事务管理局",
    "",
    "",
    "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
    "",
    "国机房改〔2011〕236号",
    "",
    "",
    "中央国家机关各部门、各单位:",
    "",
    "根据《中央国家机关住宅专项维修资金管理办法》(国管房改〔2008〕346号)、《关于中央国家机关住宅专项维修资金交存标准问题的通知》(国机房改〔2009〕45号)等文件规定,现就中央国家机关职工住宅配售过程中住宅专项维修资金交存有关问题通知如下:",
    "",
    "特此通知。",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "二○一一年十一月四日",
    "",
    "下载地址: 点击此处下载",
    "",
    "宁波",
]


def test_words_of_a_cut_next_entry_open_no_document() -> None:
    issue = quoted_issue(_CUT_AFTER_DOWNLOAD)
    assert [(d.title, d.doc_number, d.date) for d in issue.documents] == [
        (
            "关于中央国家机关住宅专项维修资金交存有关问题的补充通知",
            "国机房改〔2011〕236号",
            "2011-11-04",
        )
    ]
    # (the words are kept, the text's last paragraph: nothing is lost)
    assert [b.text for b in issue.documents[0].blocks()][-1] == "宁波"
