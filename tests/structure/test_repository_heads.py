"""Rules found while scoring batch 48 (documents from public repositories: flattened 红头
texts, law databases' orders and 决定, letters, a collector's notes), each tested on a file it
changed. Each expected value read off the file by hand (the docstrings quote the lines); each
test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_joint_order_numbered_before_its_令() -> None:
    """'2003年8月18日 食品药品监管局、海关总署第4号令公布' under the title: the order's number
    as printed, its day, an order."""
    doc = corpus_doc("order/national-sfda-customs-2003-ling4-yaopin-jinkou-joint-lawref.md")
    assert (doc.title, doc.doc_number, doc.date, doc.kind) == (
        "药品进口管理办法",
        "食品药品监管局、海关总署第4号令",
        "2003-08-18",
        "order",
    )


def test_a_closing_mark_no_opening_one_matches() -> None:
    """'关于医师执业注册中执业范围的暂行规定》' / '（卫医发〔2001〕169 号）': the title without
    the stray mark, a regulation by its last word."""
    doc = corpus_doc(
        "gazette-item/national-moh-2001-weiyifa169-yishi-zhiye-fanwei-zanxing-guiding-medpolicyrag.txt"
    )
    assert (doc.title, doc.kind) == ("关于医师执业注册中执业范围的暂行规定", "regulation")


def test_a_flattened_letter_its_addressees_run_onto_the_title() -> None:
    """'…专项小组办公室关于召开全省钢铁和焦炭产量控制调度协调会的函省发展改革委、务局、…
    国网山东电力公司:为深入贯彻…' on one line: the title ends at 函, before the 主送."""
    doc = corpus_doc(
        "line-shapes/shandong-gangtie-xiaochan-ban-2021-chanliang-diaodu-huiyi-han-daizhang-oneline.txt"
    )
    assert (doc.title, doc.issuers, doc.kind) == (
        "山东省钢铁行业化解过剩产能实现脱困发展专项小组办公室关于召开全省钢铁和焦炭产量控制调度协调会的函",
        ["山东省钢铁行业化解过剩产能实现脱困发展专项小组办公室"],
        "letter",
    )


def test_a_letterhead_then_a_title_that_cites_a_文号() -> None:
    """'山东省自然资源厅山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函省教育厅、
    …:按照…': the letterhead (no 文件), the title (the 文号 inside it is the one it asks about,
    not its own), the 主送."""
    doc = corpus_doc("reply/shandong-zrzyt-2020-luzhengfa36-qingli-huiqian-han-flat.txt")
    assert (doc.title, doc.doc_number, doc.issuers, doc.kind) == (
        "山东省自然资源厅关于商请会签鲁政发〔2017〕36号文件清理意见的函",
        None,
        ["山东省自然资源厅"],
        "letter",
    )
    assert doc.addressees[:2] == ["省教育厅", "省财政厅"]


def test_a_groups_office_writes_a_letter_to_one_addressee() -> None:
    """'西安高新区根治拖欠农民工工资工作领导小组办公室工作联系函国网陕西省电力公司：2020年1月5日,
    …': the title without 关于 ends at 联系函; the issuer is the group's office, not the group."""
    doc = corpus_doc("reply/shaanxi-xian-gaoxinqu-2021-qianxin-gongzuo-lianxihan-flat.txt")
    assert (doc.title, doc.issuers, doc.addressees, doc.kind) == (
        "西安高新区根治拖欠农民工工资工作领导小组办公室工作联系函",
        ["西安高新区根治拖欠农民工工资工作领导小组办公室"],
        ["国网陕西省电力公司"],
        "letter",
    )


def test_a_collectors_link_and_the_sites_name_after_a_dash() -> None:
    """'# 关于区十四届委员会第四次会议第86号提案的答复-宣州区人民政府' and '**关联政策**: [[【关于
    加快推进充电基础设施建设的提案答复(国能提电力〔2024〕11号)】-国家能源局-87b1]]': the
    title without the site's name; the linked note is another document, its 文号 not this
    one's (the record says '文号： 无')."""
    doc = corpus_doc(
        "reply/anhui-xuancheng-xuanzhou-fgw-2025-zhengxie-86hao-tian-dafu-frontmatter-page.md"
    )
    assert (doc.title, doc.doc_number, doc.kind) == (
        "关于区十四届委员会第四次会议第86号提案的答复",
        None,
        "reply",
    )


def test_an_order_adopted_by_its_government_named_in_full_over_its_number() -> None:
    """'自贡市行政机关工作人员行政过错责任追究暂行办法' / '四川省自贡市人民政府' / '政府令第56号' /
    '《…》已经2003年10月16日自贡市人民政府第13次常务会议通过': issued by the government, by the fuller
    name its head prints (of one organ's names, the fullest)."""
    issue = corpus_issue(
        "order/sichuan-zigong-2003-ling56-xingzheng-guocuo-zeren-plus-weishengbu-2002-multidoc-infoeach-page.txt"
    )
    assert issue.documents[1].issuers == ["四川省自贡市人民政府"]
