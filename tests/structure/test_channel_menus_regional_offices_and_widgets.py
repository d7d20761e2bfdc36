"""The twenty-fifth batch (regulators' and commissions' pages and PDF texts from a crawler's
dump, saved pages of a city portal from a repository new to the corpus, law-database exports,
page-store pages of towns and counties) measured before its rules, and the rules of their
kinds, each on its real file: a site's menus of channels, one item a line, anywhere over the
text, and its head read below them; a 文号 a part a line under its record's label; the
sharing panel's and the font's buttons ('X', 'Aa'); an HTML widget named 'article' that holds
no text; a site's headline over a 发文机关标志 and the document's own head; a national
bureau's regional office by its short name; a committee's name run onto another's code; a
主送 without its colon wrapped onto the next line; '签发:' beside a 文号; a reply titled by
who answers before 对; a year printed before an organ's name; each member or party of a
market addressed as such. Every expected value was read off the file by hand (the docstrings
quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_sites_menus_of_channels_do_not_hide_its_record_and_title() -> None:
    """Seventy-seven lines of menus ('通知通告' / '发改之声' / … / '政务公开' / '职权信息' /
    '规划计划' / '政策文件' / …), then '[发文字号]' / '京发改' / '〔2026〕' / '341号', the title,
    '分享:' / 'X' and '各有关单位：'."""
    doc = corpus_doc(
        "web-page/beijing-2026-jingfagai341-xinnengyuan-gongre-zhengji-tongzhi-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.addressees, doc.issuers) == (
        "北京市发展和改革委员会关于公开征集市政府固定资产投资支持新能源供热项目的通知",
        "京发改〔2026〕341号",
        ["各有关单位"],
        ["北京市发展和改革委员会"],
    )


def test_the_font_buttons_letters_are_the_pages() -> None:
    """'来源：江苏能源监管办' / 'Aa' / '字体：' / '小' / '|' / '中' / '|' / '大' / '省电力公司，
    江苏电力交易中心，各售电公司、电力用户：'."""
    doc = corpus_doc("web-page/jiangsu-nea-2018-zhuce-bangding-tongzhi-page.txt")
    assert doc.addressees == ["省电力公司", "江苏电力交易中心", "各售电公司、电力用户"]


def test_a_widget_named_article_holds_no_text() -> None:
    """'<article class="newgotop">' (the button back to the top) before '<div
    class="content_article">': '广州市人民政府令' / '第179号' / '《广州市老年人优待办法》已经…现予
    公布…' / '市　长：温国辉' / '2021年1月29日' / '广州市老年人优待办法' / '第一条…'."""
    doc = corpus_doc("order/guangdong-guangzhou-2021-ling179-laonianren-youdai-gzgov-page.html")
    assert (doc.title, doc.doc_number, doc.date, doc.signature) == (
        "广州市老年人优待办法",
        "广州市人民政府令第179号",
        "2021-01-29",
        ["市长 温国辉"],
    )


def test_a_headline_over_the_documents_own_head_is_the_sites() -> None:
    """'华北能源监管局关于公示…的公告' (the site's headline, again under its menu), then '华北电力
    监管局文件' / '国家能源局华北监管局' / '公 告' / '2018第3号' / '华北电力调峰辅助服务市场各市场
    成员：'."""
    doc = corpus_doc(
        "web-page/huabei-nea-2018-gonggao2018-3-tiaofeng-shijiesuan-gongshi-cut-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.addressees) == (
        "国家能源局华北监管局公告",
        "2018第3号",
        ["华北电力调峰辅助服务市场各市场成员"],
    )


def test_a_regional_office_by_its_short_name() -> None:
    """Signed '南方能源监管局' over '2025 年 6 月 18 日', its letterhead printed under it spaced
    out, '国 家 能 源 局 南 方 监 管 局'."""
    doc = corpus_doc("reply/nanfang-nea-2025-zhuce-shishi-xize-fuhan-pdftext.txt")
    assert (doc.issuers, doc.signature) == (["国家能源局南方监管局"], ["南方能源监管局"])


def test_a_committees_name_run_onto_another_places_code() -> None:
    """A page on one line: '国家能源局南方监管局文件海南省发展和改革委员会南方监能安全〔2025〕
    84号国家能源局南方监管局海南省发展和改革委员会关于…的通知各市、县发展改革委，…'."""
    doc = corpus_doc(
        "line-shapes/hainan-nanfang-nea-2025-nanfangjiannenganquan84-shewang-anquan-tongzhi-joint-oneline-pdftext.txt"
    )
    assert doc.doc_number == "南方监能安全〔2025〕84号"


def test_a_list_of_addressees_without_its_colon_goes_on_after_its_comma() -> None:
    """'各新能源发电企业 ， 广西防城港核电有限公司， 广西电网公司 ，' / '广西电力交易中心：'."""
    doc = corpus_doc(
        "redhead/guangxi-2024-guinengdianli593-zhengfu-shouquan-heyue-tongzhi-pdftext.txt"
    )
    assert doc.addressees == [
        "各新能源发电企业",
        "广西防城港核电有限公司",
        "广西电网公司",
        "广西电力交易中心",
    ]


def test_a_signer_beside_the_number_and_a_reply_titled_by_who_answers() -> None:
    """'西街口镇人民政府对县第十七届人大第一次会议第412号建议的答复' / '西政复〔2017〕5号 签发:
    岭红芝' (the signature cut: '西街口镇人民政')."""
    doc = corpus_doc("reply/yunnan-kunming-shilin-xijiekou-2017-jianyi-dafu-page.txt")
    assert (doc.doc_number, doc.issuers, doc.addressees) == (
        "西政复〔2017〕5号",
        ["西街口镇人民政府"],
        ["毕洪光代表"],
    )


def test_an_attachment_linked_as_its_file_is_listed_once() -> None:
    """'…研究制订了《上海市省间清洁购电交易机制实施办法（试行）》，现印发给你们…' / '附件：' /
    '上海市省间清洁购电交易机制实施办法（试行）.docx'."""
    doc = corpus_doc("web-page/shanghai-2019-hufagaiguifan7-qingjie-goudian-banfa-joint3-page.txt")
    assert [a.title for a in doc.attachments] == ["上海市省间清洁购电交易机制实施办法（试行）"]


def test_a_units_final_accounts_titled_by_the_year_before_its_name() -> None:
    """'2015年度平潭县人大常委会部门决算说明', the page's '来源：平潭县人民代表大会常务委员会'."""
    doc = corpus_doc(
        "dept-budget/fujian-pingtan-2016-xianrenda-2015-bumen-juesuan-shuoming-page.html"
    )
    assert doc.issuers == ["平潭县人民代表大会常务委员会"]


def test_the_parties_of_a_market_addressed_as_such() -> None:
    """(an OCR text) '…有关情况的通报' / '各市场主体 :'; a record's label, '公开主体:', is none."""
    doc = corpus_doc(
        "redhead/shandong-nea-2019-lujiannengshichang132-weigui-tongbao-ocr-pdftext.txt"
    )
    assert doc.addressees == ["各市场主体"]
    doc = corpus_doc(
        "web-page/shanghai-chongming-2023-huchongfubanfa8-zhengwu-gongkai-kaohe-meta-gov-page.txt"
    )
    assert doc.addressees == ["各乡、镇人民政府", "区政府各部门"]
