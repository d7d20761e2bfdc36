"""The fifteenth batch (通告, 意见 and 印发 notices, replies, a 红头, an 人大 rule) measured before
its rules, and the rules of its kinds, each on its real page: a law database's menus and lists
over the record that titles its document, a 公告 that greets the public, the document's own
longer title under a site's shorter headline, a list of attachments under '附:' alone, a
village's committee and a government's departments among the addressees, deputies and
members by name, a 印发 title printed without its '的通知'. Every expected value was read off
the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from gongbao.structure.addressees import addressee_line, bare_addressee_line, split_addressees
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_law_databases_menus_and_lists_over_its_record_are_the_sites() -> None:
    """'我的法规 最新法规 点击最多  失效法规 …' (the site's bar), ' 法规分类', 'Loading...', its
    topics ('【企业会计准则】', 'CPA考试法规汇编(2015)' …), '法规内容  本文仅供参考…', then the
    record ('发文标题: 南昌市人民政府关于印发《…[2016-2020年]》的通知', '发文文号: 洪府发[2016]41号',
    '发文部门: …', '发文时间: 2016-12-30' …), '页面功能:', '发文内容:' and the notice from its
    主送 '各县(区)人民政府、开发区(新区)管委会,市政府各部门:'."""
    path = (
        "opinion/jiangxi-nanchang-2016-hongfufa41-quanmin-jianshen-jihua-yinfa-lawdb-meta-page.txt"
    )
    issue = corpus_issue(path)
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "南昌市人民政府关于印发《南昌市全民健身实施计划[2016-2020年]》的通知",
        "洪府发[2016]41号",
        "2016-12-30",
        ["南昌市人民政府"],
        "notice",
    )
    assert doc.addressees == ["各县(区)人民政府", "开发区(新区)管委会", "市政府各部门"]
    assert [a.title for a in doc.attachments] == ["南昌市全民健身实施计划(2016—2020年)"]
    removed = {r.line: r.why for r in issue.removed}
    # the bar, the topics' list (line 5 '【企业会计准则】'), the record's title row, the labels
    assert (removed[1], removed[5], removed[23], removed[33], removed[36]) == (
        "site_navigation",
        "site_navigation",
        "page_metadata",
        "site_navigation",
        "site_navigation",
    )


def test_a_law_databases_epoch_date_row_is_its_record() -> None:
    """'【发文字号】川府函[2011]148号' … '【实施时间】 1970-08-22': the database's empty date, a row
    of its record, not a line of the reply."""
    issue = corpus_issue("gazette-item/sichuan-2011-lushan-zhudi-reply-lawdb.txt")
    assert [(r.line, r.why) for r in issue.removed if r.line == 12] == [(12, "page_metadata")]


def test_a_notice_that_greets_the_public_under_a_shorter_headline() -> None:
    """'2025长武半程马拉松期间对部分道路采取临时交通管制的公告' (the site's), the lead after '导语',
    then '关于“我们都是追梦人”2025长武半程马拉松期间…的公告' and '尊敬的广大群众:'; after the date
    '附:2025长武半程马拉松线路图'."""
    path = "announcement/shaanxi-xianyang-changwu-2025-banma-jiaotong-guanzhi-gonggao-gonganju-bendibao-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date, doc.issuers, doc.addressees) == (
        "关于“我们都是追梦人”2025长武半程马拉松期间对部分道路采取临时交通管制的公告",
        "2025-04-15",
        ["长武县公安局交通警察大队"],
        ["尊敬的广大群众"],
    )
    assert [(a.label, a.title) for a in doc.attachments] == [("附", "2025长武半程马拉松线路图")]


def test_a_speeches_greeting_is_no_addressee() -> None:
    """The public a 公告 greets is addressed; those a speech greets hear it."""
    assert addressee_line("尊敬的市民朋友们:")
    assert not addressee_line("尊敬的各位代表：")
    assert not addressee_line("尊敬的主任、各位副主任：")


def test_a_list_under_fu_alone_lists_attachments() -> None:
    """'附:各村(乡林场)08年度林业生产任务表' over the signature; '附：新旧制度会计科目对照表' at
    the end of a pdftotext notice; '附:第三批国家重点风景名胜区名单(共35处)' (the count is no
    part of the title, the title names the list it issues)."""
    doc = corpus_doc(
        "redhead/zhejiang-quzhou-kaihua-zhongcun-2008-linye-shengchan-renwu-banji-nbxinxi-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["各村(乡林场)08年度林业生产任务表"]
    doc = corpus_doc("line-shapes/czb-2021-hezuoshe-xianjie-pdftotext.txt")
    assert [a.title for a in doc.attachments] == ["新旧制度会计科目对照表"]
    doc = corpus_doc("web-page/mohurd-1994-fengjing-3rd-notice.txt")
    assert [a.title for a in doc.attachments] == ["第三批国家重点风景名胜区名单"]


def test_a_villages_committee_and_a_governments_departments_are_addressees_of_their_own() -> None:
    """'各村(社区)党支(总)部、村(社区)委会,镇直各部门:' and '各乡(镇)政府、政府各部门:'."""
    path = "opinion/jiangsu-lianyungang-guannan-duigougangzhen-2019-renju-huanjing-pingjia-biaozhun-yinfa-notitle-gov-page.txt"
    assert corpus_doc(path).addressees == ["各村(社区)党支(总)部", "村(社区)委会", "镇直各部门"]
    assert split_addressees("各乡(镇)政府、政府各部门:") == ["各乡(镇)政府", "政府各部门"]
    # (a body that names no one of its own still shares the name before it)
    assert split_addressees("各县（区）人民政府、法院：") == ["各县（区）人民政府、法院"]


def test_deputies_and_members_by_name() -> None:
    """'刘鲜兰、王金燕、马秀梅代表:' under a reply's title; '贺文国、佟金菊委员' printed without its
    colon under an 答复函's."""
    path = "reply/ningxia-yinchuan-jtj-2017-renda-jianyi40-dafu-meta-gov-page.txt"
    assert corpus_doc(path).addressees == ["刘鲜兰", "王金燕", "马秀梅代表"]
    path = "reply/ningxia-wuzhong-yanchi-2021-zhengxie-tian49-dafuhan-jiaotiju-meta-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.addressees) == (
        "盐池县教育体育局关于对政协盐池县第十届委员会五次会议49号提案的答复函",
        ["贺文国", "佟金菊委员"],
    )
    assert not bare_addressee_line("各县、区代表")


def test_an_issuing_title_printed_without_its_notice() -> None:
    """'治多县人民政府办公室' / '关于印发治多县义务教育控辍保学专项' / '行动方案' (no '的通知'),
    '各乡(镇)政府、政府各部门:', '现将《治多县义务教育控辍保学专项行动方案》印发给你们', and the
    方案 printed after the 版记 under its title."""
    path = "opinion/qinghai-yushu-zhiduo-2017-zhizhengban93-kongchuo-baoxue-fangan-yinfa-qmark-mirror-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.kind, doc.addressees) == (
        "治多县人民政府办公室关于印发治多县义务教育控辍保学专项行动方案",
        "notice",
        ["各乡(镇)政府", "政府各部门"],
    )
    assert [a.title for a in doc.attachments] == ["治多县义务教育控辍保学专项行动方案"]
