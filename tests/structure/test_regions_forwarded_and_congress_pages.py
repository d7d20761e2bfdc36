"""Pages of the sixth batch (Inner Mongolia, Tibet, Qinghai, Xinjiang, Yunnan, the State
Council): a title that issues three texts a line each ('关于印发《甲》' / '《乙》' / '《丙》的通知');
the signer, the date and '(此件公开发布)' on one line; an untitled notice that forwards the
批复 printed under it (one document, the 批复 its attachment); a signer a mirror masked
('(略) 人民政府办公厅'); a congress's 公告 numbered '(第七十七号)' and titled by the decision it
publishes, broken by the mirror before '《'; a standing committee signing with its term
('西藏自治区八届人大常委会'); rules whose promulgation is printed after the site's footer.
Expected values checked by hand against the files in tests/corpus (each file's label records
what it prints)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def test_a_title_that_issues_three_texts_a_line_each() -> None:
    d = _doc("gazette-item/yunnan-2020-keji-chengguo-zhuanhua-zhengbao-page.txt")
    assert d.title == (
        "云南省财政厅云南省科技厅关于印发《云南省科技成果转化奖补资金管理办法》"
        "《云南省科技创新券实施管理办法》《云南省科技揭榜制实施管理办法》的通知"
    )
    assert d.doc_number == "云财规〔2020〕3号"


def test_signer_date_and_note_on_one_line() -> None:
    d = _doc("reply/guobanhan-2019-51-dayunhe-lianxi-huiyi-han-forum-page.txt")
    assert (d.date, d.signature) == ("2019-06-14", ["国务院办公厅"])


def test_an_untitled_notice_that_forwards_the_reply_under_it() -> None:
    d = _doc("reply/xinjiang-bazhou-2009-hejing-quhua-pifu-page.txt")
    assert (d.title, d.doc_number, d.kind, d.date) == ("", None, "notice", "2009-03-18")
    assert d.issuers == ["巴音郭楞蒙古自治州人民政府"]
    assert d.addressees == ["和静县人民政府"]
    assert [a.title for a in d.attachments] == ["关于同意和静县巴音乌鲁乡区划调整的批复"]


def test_a_signer_a_mirror_masked_signs_nothing() -> None:
    d = _doc("mirror-noise/qinghai-2023-qinghaihu-shifanqu-fangan-lve-ixbang-page.txt")
    assert (d.issuers, d.signature) == ([], [])


def test_a_congress_notice_titled_by_the_decision_it_publishes() -> None:
    d = _doc("npc/neimenggu-2002-npcsc-yishi-guize-xiugai-kleyou-page.txt")
    assert d.title == (
        "内蒙古自治区人民代表大会常务委员会关于修改"
        "《内蒙古自治区人民代表大会常务委员会议事规则》的决定"
    )
    assert (d.doc_number, d.kind, d.date) == ("第七十七号", "decision", "2002-05-25")


def test_a_standing_committee_signing_with_its_term() -> None:
    d = _doc("npc/xizang-2005-npcsc-yishi-guize-xiugai-notitle-lawtime-page.txt")
    assert d.issuers == ["西藏自治区人民代表大会常务委员会"]


def test_rules_promulgated_after_the_sites_footer() -> None:
    issue = _issue("line-shapes/guowuyuan-2024-wangluo-shuju-crawl.txt")
    d = issue.documents[0]
    assert (d.title, d.issuers, d.date) == ("网络数据安全管理条例", ["国务院"], "2024-08-30")
    assert d.blocks()[-1].text.startswith("《网络数据安全管理条例》已经2024年8月30日国务院")
