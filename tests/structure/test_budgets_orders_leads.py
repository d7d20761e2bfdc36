"""An eighth batch gathered from the page store (budgets and 决算, orders, gazette items,
reposts, mirrors) measured before its rules, and the rules of its kind, each on its real page.
Every expected value was read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def _head(path: str) -> tuple[str, str | None, str | None, list[str]]:
    doc = corpus_doc(path)
    return doc.title, doc.doc_number, doc.date, doc.issuers


def test_a_budget_reports_meeting_mark_and_a_dash_typed_as_two_yi() -> None:
    """'昌吉市十届人大' / '三次会议材料(17)' over the title is the meeting's number of the file, no
    part of the title; '一一2022年1月22日在东昌府区第十八届人民代表大会第一次会议上' is the
    meeting line, its dash typed as two 一 (the date and the reading bureau had been lost)."""
    assert _head("budget-report/xinjiang-changji-2023-budget-report-yusuan-gongkai-page.txt") == (
        "关于2022年昌吉市财政预算执行情况及2023年财政预算(草案)的报告",
        None,
        "2023-01-10",
        ["昌吉市财政局"],
    )
    path = "budget-report/shandong-liaocheng-dongchangfu-2022-budget-report-gcs66-page.txt"
    assert _head(path) == (
        "关于东昌府区2021年财政预算执行情况和2022年财政预算草案的报告",
        None,
        "2022-01-22",
        ["东昌府区财政局"],
    )


def test_an_orders_rules_under_their_own_title_stay_its_text() -> None:
    """'上海市人民政府令' / '第24号' / the promulgation / '市长 龚正' / '2025年12月29日', then the
    decision under its own title with '(2025年12月29日上海市人民政府令第24号公布 …)': one
    document (it had been split in two), titled by the decision."""
    issue = corpus_issue("order/shanghai-2025-ling24-guizhang-xiugai-feizhi-page.txt")
    assert len(issue.documents) == 1
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.signature) == (
        "上海市人民政府关于修改和废止部分市政府规章的决定",
        "上海市人民政府令第24号",
        "2025-12-29",
        ["市长 龚正"],
    )


def test_an_order_that_names_its_rules_only_in_the_promulgation() -> None:
    """'天津市人民政府令第34号《天津市行政裁决程序规定》已于2022年12月9日经…通过,现予公布…':
    no title printed over the articles; titled by the rules the order names."""
    path = "order/tianjin-2022-ling34-xingzheng-caijue-runon-scholarmate-page.txt"
    assert _head(path)[:2] == ("天津市行政裁决程序规定", "天津市人民政府令第34号")


def test_a_records_empty_validity_takes_no_title_as_its_value() -> None:
    """'…文 号: 发布日期:2024年10月09日 时效性:' (empty) over '儋州市财政局2023年度(本级)' /
    '决算公开报告': the title's first line is no 时效性 (it had been taken as one, and only the
    second line read as the title)."""
    path = "dept-budget/hainan-danzhou-caizhengju-2023-final-accounts-gov-meta-page.txt"
    assert _head(path) == (
        "儋州市财政局2023年度(本级)决算公开报告",
        None,
        "2024-10-09",
        ["儋州市财政局"],
    )


def test_a_hospital_sites_service_lines_over_its_accounts() -> None:
    """'24小时咨询服务电话' / '0719-3332713' / '网上缴费平台' / '神农架林区第一人民医院 2021年度
    部门决算信息公开': the site's telephone and its link to a service (a 平台 is no organ: it
    had been the issuer, the telephone's label the title)."""
    path = (
        "dept-budget/hubei-shennongjia-diyi-renminyiyuan-2021-final-accounts-hospital-site-page.txt"
    )
    title, _number, _date, issuers = _head(path)
    assert (title, issuers) == (
        "神农架林区第一人民医院2021年度部门决算信息公开",
        ["神农架林区第一人民医院"],
    )


def test_a_tender_sites_omission_marks_and_a_budgets_information_release() -> None:
    """'沧州市行政审批局2022年部门及单位预算信息公开' (twice) over '(略) 门预算信息公开目录' /
    '(略) 分 ?部门预算': a line the site cut with '(略)' goes on no title, and '…预算信息公开'
    ends one (a budget, as a site publishes it)."""
    doc = corpus_doc(
        "dept-budget/hebei-cangzhou-xingzheng-shenpiju-2022-dept-budget-bidcenter-page.txt"
    )
    assert (doc.title, doc.issuers, doc.kind) == (
        "沧州市行政审批局2022年部门及单位预算信息公开",
        ["沧州市行政审批局"],
        "budget",
    )


def test_a_news_leads_issuer_and_the_full_text_it_introduces() -> None:
    """'【财新网】北京市…领导小组办公室发布疫情防控通告,…以下为通告全文:' over '关于进一步加强'
    / '社区(村)疫情防控工作的通告': the 通告's own title, its issuer named by the lead; and a
    lead '新疆维吾尔自治区…指挥部发布公告,…' / '公告全文如下:' over the text itself, no title:
    the headline is the page's, the signature's '自治区…指挥部' placed by the lead."""
    caixin = corpus_doc("repost/beijing-2020-shequ-fengbi-guanli-tonggao-caixin-page.txt")
    assert (caixin.title, caixin.issuers) == (
        "关于进一步加强社区(村)疫情防控工作的通告",
        ["北京市新型冠状病毒感染的肺炎疫情防控工作领导小组办公室"],
    )
    path = "repost/xinjiang-2020-wulumuqi-fengxian-dengji-gonggao-notitle-spun-xiaoshuotop-page.txt"
    farm = corpus_doc(path)
    assert (farm.title, farm.issuers) == ("", ["新疆维吾尔自治区新冠肺炎疫情防控工作指挥部"])


def test_a_schools_own_title_with_its_province_and_a_budget_that_names_its_unit() -> None:
    """'全南县中寨中心小学2021年部门预算编制说明' (the site's) over '江西省全南县中寨中心小学' /
    '2021年部门预算编制说明' (the document's own); and an untitled 部门预算 whose unit is named
    where it says what the budget covers ('纳入2022年部门预算编制范围的为常德外国语学校本级')."""
    path = "dept-budget/jiangxi-ganzhou-quannan-zhongzhai-xiaoxue-2021-dept-budget-gov-page.txt"
    assert _head(path)[0] == "江西省全南县中寨中心小学2021年部门预算编制说明"
    changde = corpus_doc("dept-budget/hunan-changde-waiguoyu-xuexiao-2022-dept-budget-page.txt")
    assert (changde.title, changde.issuers) == ("", ["常德外国语学校"])


def test_a_notices_number_with_its_kind_inside_the_brackets() -> None:
    """'关于在全县实行静态管理的通告(2022年第76号通告)': the number, its kind named again inside,
    is no part of the title."""
    path = "announcement/henan-anyang-huaxian-2022-jingtai-guanli-tonggao76-gov-page.txt"
    assert _head(path)[:2] == ("关于在全县实行静态管理的通告", "2022年第76号通告")


def test_the_number_a_sites_headline_opens_with() -> None:
    """'凌政办发[2020]35号凌海市推进…实施细则的通知' over the notice's own title
    '凌海市人民政府办公室关于印发…实施细则的通知', which prints no number under it."""
    path = "opinion/liaoning-jinzhou-linghai-2020-lingzhengbanfa35-yiwu-jiaoyu-junheng-xize-gov-page.txt"
    assert _head(path)[1] == "凌政办发[2020]35号"


def test_a_cut_headline_and_two_issuers_run_together() -> None:
    """'中共长乐镇委员会 长乐镇人民政府关于认真做好2011年村级组...' (the site cut it) is no title:
    the 红头's own is; its two issuers, once apart and once run together, are two, the party
    committee by the fullest name the masthead prints ('中共嵊州市长乐镇委员会文件')."""
    path = "redhead/zhejiang-shaoxing-shengzhou-changle-2011-changwei11-cunji-huanjie-joint-nbxinxi-page.txt"
    title, number, _date, issuers = _head(path)
    assert title == "中共长乐镇委员会长乐镇人民政府关于认真做好2011年村级组织换届选举工作的实施意见"
    assert number == "长委〔2011〕11号"
    assert issuers == ["中共嵊州市长乐镇委员会", "长乐镇人民政府"]


def test_a_bureaus_district_branch_is_one_issuer() -> None:
    """Five signers two to a line, the last '上海地方税务局嘉定区分局': one organ, not two."""
    path = (
        "web-page/shanghai-jiading-nwh-2017-jianongwei85-longtou-qiye-joint-pipes-meta-gov-page.txt"
    )
    assert _head(path)[3][-1] == "上海地方税务局嘉定区分局"


def test_a_congress_notice_numbered_by_its_term_prints_a_decision() -> None:
    """'重庆市人民代表大会常务委员会公告' / '〔五届〕第210号' / '重庆市第五届人民代表大会常务委员会'
    / '关于召开…' / '第一次会议的决定' / '(2022年12月14日…会议通过)': the number by the term,
    and the 公告 titled by the decision it prints."""
    path = "npc/chongqing-2022-npcsc-gonggao-210-zhaokai-liujie-renda-jueding-rd-page.txt"
    assert _head(path) == (
        "重庆市第五届人民代表大会常务委员会关于召开重庆市第六届人民代表大会第一次会议的决定",
        "〔五届〕第210号",
        "2022-12-14",
        ["重庆市人民代表大会常务委员会"],
    )


def test_a_records_date_label_and_its_value_a_line_apart() -> None:
    """'成文日期:' / '2023-03-24' / '发布日期:' / '2023-03-27' over the notice, signed '2023年3月
    24日': the publication date is the page's (it had been read as the notice's date)."""
    path = (
        "web-page/shanghai-chongming-2023-huchongfubanfa8-zhengwu-gongkai-kaohe-meta-gov-page.txt"
    )
    assert _head(path)[1:3] == ("沪崇府办发〔2023〕8号", "2023-03-24")


def test_an_advertisement_where_a_place_stood_leaves_no_placeless_issuer() -> None:
    """'发布机构:中国福彩app官方下载市人民政府办公室': the mirror's advertisement stands where the
    city's name stood; '市人民政府办公室' is no issuer (the minutes name none otherwise)."""
    assert (
        corpus_doc("minutes/jiangsu-changzhou-liyang-2023-cwh20-jiyao-spam-mirror-page.txt").issuers
        == []
    )


def test_an_order_whose_rules_are_only_attached_is_titled_by_its_order_line() -> None:
    """'中华人民共和国农业部令' / '2016年 第5号' / '《农作物种子生产经营许可管理办法》已经…审议
    通过，现予公布…' / '附件:….rar': no article printed, so no title taken from the promulgation."""
    doc = corpus_doc("order/nongyebu-2016-ling5-zhongzi-shengchan-jingying-xuke-5478e-page.txt")
    assert doc.title == "中华人民共和国农业部令"


def test_a_law_databases_second_entry_opens_with_its_order_number() -> None:
    """A 卫生部 notice, then '自贡市行政机关工作人员行政过错责任追究暂行办法' / '四川省自贡市人民
    政府' / '政府令第56号' / the promulgation / '市长 罗林书' / '二○○三年十一月三日': two
    documents (the order had run on into the notice above it)."""
    path = (
        "order/sichuan-zigong-2003-ling56-xingzheng-guocuo-zeren-plus-weishengbu-2002-"
        "multidoc-infoeach-page.txt"
    )
    docs = corpus_issue(path).documents
    assert [(d.title, d.doc_number, d.date) for d in docs] == [
        ("卫生部关于撤销“路德牌普丽新胶”保健食品批准证书的通知", None, "2002-09-11"),
        ("自贡市行政机关工作人员行政过错责任追究暂行办法", "政府令第56号", "2003-11-03"),
    ]


def test_a_content_sites_byline_stamped_to_the_second() -> None:
    """'社会热点2022-10-12 06:32:26未知' under a content farm's headline: the site's tag, the time
    it posted the page, its column ('公文搜 2021-07-27 17:30:25 政府报告' is the same byline on
    another site, where it had been taken as a report's title)."""
    changyuan = corpus_issue(
        "announcement/henan-xinxiang-changyuan-2021-gonganju-jiaotong-guanzhi-tonggao-ddtbk-page.txt"
    )
    assert (3, "社会热点2022-10-12 06:32:26未知", "byline") in [
        (r.line, r.text, r.why) for r in changyuan.removed
    ]


def test_a_databases_entry_dated_in_brackets_with_its_issuer() -> None:
    """'关于同意吉林省延吉市…边境四日游活动的复函' / '国家旅游局' / the title again / '国家旅游局' /
    '(1992年6月15日 国家旅游局)': the date the gazette prints with the issuer in its brackets."""
    path = "gazette-item/guojia-lvyouju-1992-yanji-bianjing-siriyou-fuhan-infoeach-page.txt"
    assert _head(path)[2:] == ("1992-06-15", ["国家旅游局"])
