"""Rules found in the session of 2026-12-06 (sixteenth), on batch 102 (政协 documents and
replies to its proposals, 议事协调机构 such as 指挥部 and 领导小组办公室, 人民团体). The pages
are in the corpus; each expected value was read off the page by hand; each test fails on the
code before its rule (checked by stashing ``src/``)."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from gongbao.structure.dates import is_date_line
from tests.structure.corpus_pages import corpus_doc


def test_a_stacked_head_under_another_pages_headline_is_the_title() -> None:
    """A site's headline that names no kind of document nor an issuer (another page's
    question, '2023成都积分入学什么时候开始申请'), its date, a byline, then the notice's own
    head: the 指挥部办公室's line over '关于…' / '…的通告' and its number in brackets. The head
    is the document's (the headline had been its title, the page's date its date)."""
    doc = corpus_doc(
        "announcement/henan-zhengzhou-2022-zhongdian-renqun-hesuan-tonggao18-ccschy-page.txt"
    )
    assert doc.title == (
        "郑州市新冠肺炎疫情防控指挥部办公室关于重点区域重点人群开展新冠病毒核酸检测的通告"
    )
    assert doc.doc_number == "2022年18号"
    assert doc.date is None  # (the store cut the page before its signature)


def test_a_countys_notice_under_its_name_alone_names_no_issuer() -> None:
    """'汶上縣關于舉辦…活動的通知' to the towns' women's federations: the county's name before
    关于 does not say which of its organs sends a 通知 (the text is its 妇联's); no issuer (it
    had been the county's bare name). A township's, or a county's 通告 to the public, is still
    read so (tests of the corpus's '卢市镇', '苏尼特左旗' and '昆都仑区' pages)."""
    doc = corpus_doc(
        "mirror-noise/shandong-jining-wenshang-2012-fulian-sanba-huodong-tongzhi-trad-pinyin-junk-forum-page.txt"
    )
    assert doc.issuers == []
    town = corpus_doc(
        "mirror-noise/lushizhen-2021-lianghui-anquan-shengchan-dajiancha-tongzhi-qmark-mirror-page.txt"
    )
    assert town.issuers == ["卢市镇"]


def test_a_code_that_abbreviates_an_office_of_a_plan_keeps_its_word() -> None:
    """'纲要办发〔2018〕3号': the office that carries out a 纲要 abbreviates itself so; 要 is no
    word of a sentence citing the number there (the code had lost '纲要')."""
    assert find_doc_number("纲要办发〔2018〕3号") == "纲要办发〔2018〕3号"
    assert find_doc_number("请你们要按照某发〔2018〕3号") == "某发〔2018〕3号"
    doc = corpus_doc(
        "opinion/quanguo-2018-kexie-gangyaoban3-kexue-suzhi-yaodian-yinfa-tongzhi-wenhao-notitle-sciencenet-page.txt"
    )
    assert doc.doc_number == "纲要办发〔2018〕3号"


def test_the_line_of_a_seal_that_stands_for_the_signers_is_part_of_the_signature() -> None:
    """'全民科学素质纲要实施工作办公室' / '(中国科协办公厅代章)' / '2018年3月19日': the office
    signs, another body's seal standing for its own; the date is the document's (no signature
    had been read: the seal's line parted the signer from the date)."""
    doc = corpus_doc(
        "opinion/quanguo-2018-kexie-gangyaoban3-kexue-suzhi-yaodian-yinfa-tongzhi-wenhao-notitle-sciencenet-page.txt"
    )
    assert doc.signature == ["全民科学素质纲要实施工作办公室", "(中国科协办公厅代章)"]
    assert doc.issuers == ["全民科学素质纲要实施工作办公室"]
    assert doc.date == "2018-03-19"


def test_a_signatures_date_with_an_encyclopedias_footnote_mark_is_a_date_line() -> None:
    """'赤水市建设局' / '二00七年七月十七日[1]' on an encyclopedia's copy of a reply: the mark
    is the site's, the line is the signature's date (neither had been read)."""
    assert is_date_line("二00七年七月十七日[1]")
    assert not is_date_line("二00七年七月十七日[1]起施行")
    doc = corpus_doc(
        "repost/guizhou-zunyi-chishui-jsj-2007-zhengxie-tian120-dafu-numeral-date-footnote-wangchao-page.txt"
    )
    assert doc.issuers == ["赤水市建设局"]
    assert doc.date == "2007-07-17"


def test_a_state_council_bodys_mark_is_confirmed_by_its_abbreviation_in_the_code() -> None:
    """A joint 红头 on a traditional-character mirror: '國務院國有資產監督管理委員會' / '文件' /
    '共青團中央' / '國資委群工[2006]271號'. The code abbreviates the first organ's name, its
    characters in the name's order: its mark is confirmed (no issuer had been read). (The
    League's central committee, named '…中央', is not read as an organ's name: left out.)"""
    doc = corpus_doc(
        "mirror-noise/quanguo-2006-guoziwei-tuanzhongyang-qingnian-wenminghao-tongzhi-joint-redhead-trad-pinyin-shangyoutai-page.txt"
    )
    assert doc.issuers == ["國務院國有資產監督管理委員會"]
    assert doc.doc_number == "國資委群工[2006]271號"
