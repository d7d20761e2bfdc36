"""Rules found in the session of 2026-12-06 (twelfth), on batch 81 (卫生健康 and 疾控; 财政,
审计 and 国资; 应急, 气象 and 商务 pages) and batch 82 (退役军人, 民族宗教 and 群团; 政务服务,
数据 and 信访; 乡村振兴, 粮食 and 人防) and batch 83 (工信 and 能源; 文旅, 体育 and 外事; towns,
communities and public institutions). The pages are in the corpus; each expected value was read
off the page by hand; each test fails on the code before its rule (checked by stashing
``src/``) unless its docstring says it guards an exception."""

from __future__ import annotations

from gongbao.clean.wrapper import page_line
from tests.conftest import ROOT
from tests.structure.corpus_pages import corpus_doc, corpus_issue, quoted_doc, quoted_issue

CORPUS = ROOT / "tests" / "corpus"


def test_a_dateline_naming_the_place_the_organ_opens_with_adds_no_second_place() -> None:
    """A wiki's copy of a 通告: the dateline '2020年1月23日於黃岡市' stands just above the
    record's '發布機關:黃岡市…指揮部' line, so the organ's name, read across lines, has its own
    place printed before it: the issuer is the organ once (it had been '黃岡市黃岡市…指揮部',
    a name printed nowhere)."""
    doc = corpus_doc(
        "mirror-noise/hubei-huanggang-2020-xinguan-fangkong-zhihuibu-tonggao1-trad-wikisource-page.txt"
    )
    assert doc.issuers == ["黃岡市新型冠狀病毒感染的肺炎防控工作指揮部"]
    assert (doc.doc_number, doc.date) == ("第1號", "2020-01-23")


def test_a_title_short_name_is_the_record_publishers_full_name() -> None:
    """A county department's page: its record's 发布机构 '青阳县卫生健康委员会', its title
    '县卫健委2023年工作总结及2024年工作安排' naming the same organ short, by its level and the
    abbreviation 卫健委: the issuer is the record's full name (it had been the title's
    '县卫健委')."""
    doc = corpus_doc(
        "web-page/anhui-qingyang-2023-weijianwei-gongzuo-zongjie-anpai-meta-table-page.txt"
    )
    assert doc.title == "县卫健委2023年工作总结及2024年工作安排"
    assert doc.issuers == ["青阳县卫生健康委员会"]


def test_a_record_publisher_of_another_organ_leaves_the_title_issuer() -> None:
    """Guard: a 发布机构 that is another organ than the title's (the county's office publishing
    its government's notice) does not replace it (``record_full_form`` wants the short name's
    characters in order in the full one)."""
    doc = quoted_doc(
        [
            "发布机构: 某某县人民政府办公室",
            "标题: 某某县人民政府关于做好春季森林防火工作的通知",
            "",
            "某某县人民政府关于做好春季森林防火工作的通知",
            "",
            "各乡镇人民政府,县直各单位:",
            "为切实做好春季森林防火工作,现将有关事项通知如下。",
            "",
            "某某县人民政府",
            "2023年3月1日",
        ]
    )
    assert doc.issuers == ["某某县人民政府"]


def test_an_e_paper_readers_header_is_the_pages_and_the_headline_titles_the_item() -> None:
    """A city daily's e-paper: its reader's name, the day and the weekday, '当前报纸名称:某某日报',
    the item's headline '公告', then '日期:12-29', '字号:' and '版面:第05版:…  上一篇  下一篇'.
    The reader's lines are the page's, so the item is titled by its headline and signed by
    its centre (the title had been the reader's name '电子报阅读机')."""
    doc = corpus_doc(
        "announcement/sichuan-mianyang-2025-qixiang-fuwu-zhongxin-renying-zuoye-gonggao-epaper-page.txt"
    )
    assert (doc.title, doc.date, doc.issuers) == ("公告", "2025-12-29", ["绵阳市气象服务中心"])
    assert doc.kind == "announcement"


def test_e_paper_header_lines_and_text_lines_apart() -> None:
    """The e-paper reader's lines, each alone, are the page's; a line of text that holds the
    same words is not."""
    for line in (
        "电子报阅读机",
        "当前报纸名称:绵阳日报",
        "日期:12-29",
        "星期五",
        "版面:第05版:新闻·公告·专题       上一篇    下一篇",
    ):
        assert page_line(line) == "page_metadata", line
    for line in ("学习电子报告", "日期:2023年12月29日", "星期五上午召开会议。", "版面设计要求"):
        assert page_line(line) is None, line


def test_a_sites_tag_that_the_text_is_no_longer_in_force_is_no_part_of_the_title() -> None:
    """A city's page headed by the notice's title with the site's '(已失效)' after it, the
    文号 garbled under it ('六政〔201760'): the title without the tag (it had kept it), the
    garbled 文号 read as none."""
    doc = corpus_doc(
        "web-page/anhui-luan-2017-hulianwang-zhengwu-fuwu-fangan-tongzhi-garbled-wenhao-gov-page.txt"
    )
    assert doc.title == (
        "六安市人民政府关于印发六安市加快推进“互联网+政务服务”工作暨智慧政务建设总体实施方案的通知"
    )
    assert (doc.doc_number, doc.date, doc.issuers) == (None, "2017-09-27", ["六安市人民政府"])


def test_a_short_announcement_title_gives_its_bracketed_number() -> None:
    """A bureau's page: its record's fields a line each, then '迁坟公告(第1号)': a title of two
    characters and its kind, the number in brackets after it, is the title and its number
    (the number had stayed in the title: only a title longer than four characters gave it)."""
    doc = corpus_doc("web-page/yunnan-honghe-pingbian-2024-tuiyijunren-qianfen-gonggao1-page.txt")
    assert (doc.title, doc.doc_number, doc.date) == ("迁坟公告", "第1号", "2024-11-01")
    assert doc.issuers == ["屏边县退役军人事务局"]


def test_a_records_organ_names_the_titles_abbreviation_in_full() -> None:
    """A law database's page run onto one line: the title '国家民委关于命名…的决定', then the
    record '【制定机关】国家民族事务委员会': the issuer is the record's name of the title's
    abbreviation (it had been the title's '国家民委')."""
    doc = corpus_doc(
        "line-shapes/guojia-minwei-2024-minweifa18-shifanqu-mingming-jueding-oneline-page.txt"
    )
    assert doc.issuers == ["国家民族事务委员会"]
    assert doc.doc_number == "民委发〔2024〕18号"


def test_a_banks_branch_signs_beside_a_provinces_organs() -> None:
    """Twelve organs signing two a line, six lines over the date, the last line's second a
    bank's branch ('中国人民银行西安分行'): every organ issues (none did: the branch was no
    organ's name, so the lines above it were no signature)."""
    doc = corpus_doc(
        "opinion/shaanxi-2021-xiangcun-zhenxing-zhongdian-bangfuxian-shishi-yijian-12-organs-page.txt"
    )
    assert len(doc.issuers) == 12
    assert (doc.issuers[0], doc.issuers[-1]) == ("陕西省乡村振兴局", "中国人民银行西安分行")
    assert doc.date == "2021-09-17"


def test_an_issuer_line_running_the_signers_together_names_no_organ_of_its_own() -> None:
    """A law database's issuer line runs the two offices together after their province
    ('湖北省中共某市委办公室某市人民政府办公室'), the signature prints them a line each: the
    issuers are the two offices (the joined line had been one of them)."""
    doc = corpus_doc(
        "repost/hubei-xiangfan-2006-yingong-chuguo-laifang-guanli-banfa-tongzhi-page.txt"
    )
    assert doc.issuers == ["中共襄樊市委办公室", "襄樊市人民政府办公室"]
    assert (doc.doc_number, doc.date) == ("襄办发〔2006〕40号", "2006-10-27")


def test_text_before_the_first_document_is_recorded_line_by_line() -> None:
    """A mirror of a bureau's forwarding notice whose own head the parse does not take (its
    '现将' garbled by the mirror), the forwarded notice's head under it: the forwarding
    notice's lines are in no document, and each is recorded as removed, 'unplaced', the
    problem spanning them (only the problem's first words had named them)."""
    issue = corpus_issue(
        "mirror-noise/jiangsu-changzhou-2022-changgongxinwuguan348-wuxiandian-shixiao-fashe-"
        "zhuanfa-trad-meta-page.txt"
    )
    unplaced = {r.line: r.text for r in issue.removed if r.why == "unplaced"}
    assert unplaced[12] == "常工信無管〔2022〕348號"
    assert unplaced[19] == "常州市工業和信息化局"
    assert unplaced[21] == "2022年10月17日"
    problem = next(p for p in issue.problems if p.kind == "unplaced_text")
    assert (problem.source.line, problem.source.end_line) == (1, 21)
    # (one problem for the text: no second one for the same lines as removed)
    assert not any(p.kind == "text_removed" and "unplaced" in p.detail for p in issue.problems)


def test_a_committee_by_its_short_name_opening_a_title_keeps_its_last_word() -> None:
    """A mirror of a development zone's 公告: its committee's line '…開發區管委會' over
    '土地征收啟動公告': the issuer read from the title's opening is the committee whole (it had
    been cut at 委, '…開發區管委')."""
    doc = corpus_doc(
        "mirror-noise/guangdong-huizhou-dayawan-2021-huiwanguan11-tudi-zhengshou-gonggao-"
        "mirror-page.txt"
    )
    assert doc.issuers == ["惠州大亞灣經濟技術開發區管委會"]
    assert doc.doc_number == "惠灣管〔2021〕11號"


def test_a_title_and_its_addressees_on_one_line_are_apart() -> None:
    """A notice flattened onto one line, '…的通知 各市、县(市、区)发改委(局)、…:为贯彻…':
    the title, its three issuers and its 主送 are read (the title and 主送 had been one, the
    title empty)."""
    doc = corpus_doc(
        "line-shapes/zhejiang-2006-guangbo-dianshi-cuncuntong-shishi-banfa-tongzhi-oneline-page.txt"
    )
    assert doc.title == (
        "浙江省改革和发展委员会、浙江省财政厅、浙江省广播电视局关于印发"
        "《浙江省新一轮广播电视村村通工程建设实施办法》的通知"
    )
    assert doc.issuers == ["浙江省改革和发展委员会", "浙江省财政厅", "浙江省广播电视局"]
    assert doc.addressees == ["各市、县(市、区)发改委(局)、财政局、文化广电新闻出版局、广播电视台"]


def test_organs_under_the_closing_formula_sign_undated() -> None:
    """A forum's copy of a 通告, anti-copy junk between its lines: '特此通告', then two organs a
    line each (the last with a table's bar after it), no date: they sign and issue (nothing
    did)."""
    doc = corpus_doc(
        "mirror-noise/zhejiang-2009-jingxinwei-wuxiandian-duijiangji-qingli-tonggao-bbs-junk-page.txt"
    )
    assert doc.issuers == ["浙江省经济和信息化委员会", "浙江省无线电管理办公室"]
    assert doc.date is None


def test_a_byline_source_run_onto_its_next_label_is_the_pages_source() -> None:
    """'信息来源:某局某处 时间:…', its space closed up by the cleaner: the source is the
    division's name, not run on into the next label (no source had been read)."""
    from gongbao.clean import clean
    from gongbao.read import split_lines

    lines = split_lines(
        "转发某某局关于公布示范单位名单的通知\n\n"
        "信息来源:广东省能源局新能源和节能处 时间:2019-04-17 15:51:52\n\n"
        "各地级以上市发展改革局:\n现将有关名单转发给你们。\n"
    )
    assert clean(lines).meta["source"] == "广东省能源局新能源和节能处"


def test_a_title_naming_an_appointment_before_it_is_made_appoints_nobody() -> None:
    """A mirror of a news item on '徐剛同志任前公示》(以下簡稱《公示》)': 任前 (before taking
    up a post) names no post, so the phrase appoints no one (it had appointed 徐剛 to
    '前公示》(以下簡稱《公示》)'); the label's one appointment, 拟任 正厅级领导干部, is the
    text's and still read."""
    import gongbao

    issue = gongbao.parse_file(
        CORPUS / "personnel/tianjin-sichuan-renqian-gongshi-xugang-news-trad-pinyin-thepaper-"
        "mirror-page.txt"
    )
    assert not any("公示" in p for a in issue.facts["appointments"] for p in a.positions), (
        issue.facts["appointments"]
    )


def test_a_report_title_on_taking_up_posts_appoints_nobody() -> None:
    """A court's page: '《关于提请马登军等同志任职的报告》、关于提请马登军等同志任职情况的说明':
    任职 names no post (it had appointed 马登军 to '职的报告》、关于提请…的说明')."""
    issue = quoted_issue(
        [
            "穆棱人大常委会任命38名人民陪审员",
            "在会议上,穆棱市法院院长龙云波向大会作了《关于提请确定人民陪审员名额的报告》、"
            "《关于提请马登军等同志任职的报告》、关于提请马登军等同志任职情况的说明。",
        ]
    )
    assert issue.documents[0].title == "穆棱人大常委会任命38名人民陪审员"
    assert issue.facts["appointments"] == []


def test_a_sites_lower_case_date_label_and_its_tools_are_the_pages() -> None:
    """A news site's header line 'date 2026-02-27   • 會員' is its byline (it had been the
    item's title); a metadata table's row 'Date 2002-09-04' is not taken so."""
    assert page_line("date 2026-02-27   • 會員") == "byline"
    assert page_line("Date 2002-09-04") is None


def test_a_breadcrumb_labelled_where_you_are_is_the_sites() -> None:
    """'您所在的位置:政务公开 > 工作报告' is a breadcrumb (the label with 的 had not been
    read), so the column's name over it, '工作报告', is the site's and the report is titled
    by its own line (it had been titled '工作报告')."""
    assert page_line("您所在的位置:政务公开 > 工作报告") == "site_navigation"
    doc = quoted_doc(
        [
            "今天是:2019年10月31日 星期三 农历十月初七",
            "工作报告",
            "",
            "您所在的位置:政务公开 > 工作报告",
            "",
            "2020年静海区法治政府建设情况报告",
            "文章来源:司法局 更新时间:2021/03/29 11:30:01",
            "",
            "2020年静海区法治政府建设情况报告",
            "",
            "2020年,静海区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的"
            "十九大和十九届二中、三中、四中、五中全会精神,全面推进法治政府建设。",
        ]
    )
    assert doc.title == "2020年静海区法治政府建设情况报告"
