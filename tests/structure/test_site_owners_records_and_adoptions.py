"""Rules found while scoring batch 45 (人大 texts, 任免 news, 公告 and 通告, county pages,
纪要, replies and orders), each tested on a file it changed. Each expected value read off
the file by hand (the docstrings quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_the_issuers_line_over_a_long_title_that_lists_places() -> None:
    """'屈原管理区管理委员会' / '关于同意《屈原管理区河市镇三和村、营田镇三洲村、荷花村、凤凰乡河
    泊潭村村庄规划(2021-2035年)》的批复': one title, its issuer's line first."""
    doc = corpus_doc(
        "reply/hunan-yueyang-quyuan-2023-cunzhuang-guihua-pifu-issuer-line-gov-page.txt"
    )
    assert doc.title == (
        "屈原管理区管理委员会关于同意《屈原管理区河市镇三和村、营田镇三洲村、荷花村、凤凰乡河泊潭村"
        "村庄规划(2021-2035年)》的批复"
    )


def test_a_column_named_by_two_kinds_over_the_title() -> None:
    """'通知公告' (the site's column) over '迁坟公告', signed '海原县人民政府' / '2020年5月29日'."""
    doc = corpus_doc("web-page/ningxia-zhongwei-haiyuan-2020-qianfen-gonggao-sitename-gov-page.txt")
    assert (doc.title, doc.date, doc.issuers) == ("迁坟公告", "2020-05-29", ["海原县人民政府"])


def test_a_records_fields_run_together_and_a_note_that_only_approves() -> None:
    """'類 別:其他經(jīng)濟法規(guī)文 號:頒發(fā)日期:1996-05-06' (no title: the record's line) over
    '(1989年11月25日貴州省第七屆人民代表大會常務委員會第十次會議批準 自1990年1月1日起施行)':
    the province approved the county's 自治条例; the county's congress that adopted it is not
    named, so no issuer."""
    doc = corpus_doc(
        "npc/guizhou-anshun-guanling-1989-zizhi-tiaoli-notitle-trad-pinyin-dongao-page.txt"
    )
    assert (doc.title, doc.issuers) == ("", [])


def test_a_signature_over_a_date_without_its_year() -> None:
    """'五、本通告自公布之日起实施。' / '六盘水市公安局交通警察支队' / '5月22日': signed; the date
    (no year printed) is not read."""
    doc = corpus_doc(
        "announcement/guizhou-liupanshui-huangbiaoche-xianxing-tonggao-noyear-notitle-zhiyuanku-page.txt"
    )
    assert (doc.signature, doc.issuers, doc.date) == (
        ["六盘水市公安局交通警察支队"],
        ["六盘水市公安局交通警察支队"],
        None,
    )


def test_an_appointment_told_again_with_the_place_and_post_only() -> None:
    """'…并决定陈绿平为揭阳市代理市长。' and '…决定陈绿平副市长为揭阳市人民政府代理市长': one
    appointment (揭阳市人民政府市长, 代理), not a second to '揭阳市市长'."""
    issue = corpus_issue(
        "personnel/guangdong-jieyang-npcsc-daili-shizhang-notitle-ciudsrc-page.txt"
    )
    assert sorted(
        (a.person, a.action, tuple(a.positions), tuple(a.qualifiers))
        for a in issue.facts["appointments"]
    ) == [
        ("陈奕威", "remove", ("揭阳市人民政府市长",), ("辞职",)),
        ("陈绿平", "appoint", ("揭阳市人民政府副市长",), ()),
        ("陈绿平", "appoint", ("揭阳市人民政府市长",), ("代理",)),
    ]


def test_a_meeting_named_for_what_it_does_is_news() -> None:
    """'平顶堡镇召开防汛抗旱地质灾害暨河长工作部署会' under a record ('发布机构: 铁岭县平顶堡镇
    人民政府'): a report of the meeting, issued by no one."""
    doc = corpus_doc(
        "web-page/liaoning-tieling-tielingxian-pingdingbaozhen-2023-fangxun-huiyi-meta-gov-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("news", [])


def test_an_unsigned_notice_on_the_site_its_organ_runs() -> None:
    """'…经我局研究评估,…' and the footer '国家能源局华东监管局版权所有'; '来源:国家能源局山东监管
    办公室' and its footer '国家能源局山东监管办公室版权所有': each the organ's own."""
    assert corpus_doc(
        "announcement/huadong-nea-2023-beiyong-fuzhu-fuwu-guize-zhuanzheng-gonggao-split-spans-page.txt"
    ).issuers == ["国家能源局华东监管局"]
    assert corpus_doc(
        "announcement/shandong-2020-nea-xianhuo-jiesuan-canshu-zhengqiu-gonggao-page.txt"
    ).issuers == ["国家能源局山东监管办公室"]


def test_a_plan_adopted_by_the_congress_under_a_dash() -> None:
    """'…第十四个五年规划和二〇三五年远景' / '目标纲要' / '——2021年12月11日日喀则市第二届人民代表
    大会' / '第二次会议通过': the congress adopted it (a report's subtitle names no issuer)."""
    doc = corpus_doc("npc/xizang-rikaze-2021-shisiwu-guihua-gangyao-npc-wrapped-wap-gov-page.txt")
    assert (doc.issuers, doc.date) == (["日喀则市人民代表大会"], "2021-12-11")


def test_a_law_databases_record_run_onto_the_title() -> None:
    """'河南省人民代表大会常务委员会关于商丘市…若干问题的决定制定机关: 河南省人民代表大会常务委员会
    效力级别: 地方性法规 … 公布日期: 1997.07.25 施行日期: 1997.07.25 题 注 : (…会议通过) 全文
    根据《国务院关于同意河南省撤销商丘地区设立地级商丘市的批复》,…' (one line): the title, the
    record (whose 公布日期 dates the decision) and the text, which stays the document's."""
    doc = corpus_doc("npc/henan-1997-npcsc-shangqiu-diyijie-renda-jueding-oneline-lawdb-page.txt")
    assert doc.title == (
        "河南省人民代表大会常务委员会关于商丘市及其所辖梁园区、睢阳区第一届人民代表大会若干问题的决定"
    )
    assert doc.date == "1997-07-25"
    assert doc.body[0].text.startswith(
        "根据《国务院关于同意河南省撤销商丘地区设立地级商丘市的批复》"
    )
