"""Rules found while scoring batch 47 (红头 and county pages, 公告, replies, records), each
tested on a file it changed. Each expected value read off the file by hand (the docstrings
quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_page_that_opens_with_its_footer_and_signs_over_padding() -> None:
    """'主辦:…版權所有 2018' / '承辦:浮山縣人民政府辦公室' / '晉ICP備…' / '涉密文件嚴禁上網' / '…
    可以獲得最佳瀏覽效果' (the footer, first), the 主送, the text, then '浮山縣人民政府辦公室
    ???????' / '2025年7月8日 ?????????' (the padding that set them right, lost)."""
    issue = corpus_issue(
        "web-page/shanxi-linfen-fushan-2025-senlin-caoyuan-fangmiehuo-yuan-notitle-trad-mirror-page.txt"
    )
    [doc] = issue.documents
    assert (doc.title, doc.signature, doc.date) == ("", ["浮山縣人民政府辦公室"], "2025-07-08")
    assert doc.addressees == ["各鄉(鎮)人民政府", "縣直有關部門"]
    assert [r.why for r in issue.removed if r.line == 2] == ["site_footer"]


def test_a_standing_committee_named_with_its_term() -> None:
    """'哈尔滨市第十五届人民代表大会常务委员会公告' / '第7号': the committee, without its term."""
    doc = corpus_doc(
        "announcement/heilongjiang-harbin-2017-npcsc-gonggao7-pangting-spam-mirror-page.txt"
    )
    assert (doc.issuers, doc.doc_number) == (["哈尔滨市人民代表大会常务委员会"], "第7号")


def test_a_masthead_and_its_number_on_one_line() -> None:
    """'中共元江 哈 尼 族彝族傣族自治县委文件 元发〔2019〕10号' (the site's headline) over '中共元江县委
    元江县人民政府' / '关于…的实施方案', signed '中共元江县委' / '元江县人民政府': the 文号, and the
    party committee by the whole name of its autonomous county."""
    doc = corpus_doc(
        "redhead/yunnan-yuxi-yuanjiang-2019-yuanfa10-minzu-tuanjie-shifanxian-fangan-joint-news-page.txt"
    )
    assert doc.doc_number == "元发〔2019〕10号"
    assert doc.issuers == ["中共元江哈尼族彝族傣族自治县委", "元江县人民政府"]


def test_joint_issuers_a_line_each_over_the_title_under_a_headline() -> None:
    """The site's headline '中共石柱土家族自治县委办公室 石柱土家族自治县人民政府办公室 关于印发…的
    通知', then the document's head: '中共石柱土家族自治县委办公室' / '石柱土家族自治县人民政府办公室'
    / '关于印发《…》的通知': the issuers' lines are the title's first lines."""
    doc = corpus_doc(
        "redhead/chongqing-shizhu-2022-minzu-tuanjie-shifanxian-fangan-tongzhi-joint-cipiye-gov-page.txt"
    )
    assert doc.title == (
        "中共石柱土家族自治县委办公室石柱土家族自治县人民政府办公室关于印发"
        "《石柱县深入推进全国民族团结进步示范县创建工作实施方案》的通知"
    )
