"""Rules found in the session of 2026-12-06 (fifteenth), on staged pages kept from earlier
batches and on batch 97 (joint notices, recruitment 公告, courts' and police notices). The
pages are in the corpus; each expected value was read off the page by hand; each test fails
on the code before its rule (checked by stashing ``src/``) unless its docstring says it guards
an exception."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_attachments_labelled_a_line_each_are_a_list_and_their_links_page_furniture() -> None:
    """A finance department's page lists its three attachments '附件1:某某表.xlsx' a line
    each, with no '附件:' over them, signs undated, then prints the site's download links
    naming the same three files again on one line. The lines labelled in sequence are the
    list (the title without its file's extension); the links line repeats them, taken out as
    the site's (nothing of the text lost), and the organ over it signs (it had been read as a
    heading over the links: no signer, no attachment)."""
    path = "web-page/guangdong-2019-czt-yuecaijiao115-jiaoyu-xinxihua-zijin-anpai-tongzhi-undated-sig-attach-links-gov-page.txt"
    doc = corpus_doc(path)
    assert doc.issuers == ["广东省财政厅"]
    assert doc.signature == ["广东省财政厅"]
    stem = "2019年教育发展专项资金(推进教育现代化及农村义务教育寄宿制学校建设用途)教育信息化建设资金(第三批)"
    assert [(a.label, a.title) for a in doc.attachments] == [
        ("附件1", stem + "资金安排表"),
        ("附件2", stem + "安排明细表"),
        ("附件3", stem + "绩效目标表"),
    ]
    removed = [r for r in corpus_issue(path).removed if r.line == 11]
    assert [r.why for r in removed] == ["site_navigation"]


def test_a_labelled_line_under_an_empty_attachment_label_opens_the_list() -> None:
    """'附件:' alone, then '附件1:某某报告.pdf' … '附件10:…': the first line's own label is no
    part of its title (it had been '附件1:2021年构树…报告' under the bare label, and listed
    twice)."""
    doc = corpus_doc(
        "web-page/gansu-tianshui-czj-2022-jixiao-pingjia-gongkai-notitle-attachlist-gov-page.txt"
    )
    assert [a.label for a in doc.attachments] == [f"附件{n}" for n in range(1, 11)]
    assert (
        doc.attachments[0].title == "2021年构树产业发展及体验服务综合体建设补助资金项目绩效评价报告"
    )


def test_a_district_congress_is_named_with_its_city_where_the_text_prints_it() -> None:
    """A 决议 with no title: its adoption line names '贡井区第十七届人民代表大会', its first
    sentence '自贡市贡井区第十七届人民代表大会第二次会议…': the congress issues by the fuller
    name, its city before it (it had been the district's name alone)."""
    doc = corpus_doc(
        "npc/sichuan-zigong-gongjing-2013-zhengfu-gongzuo-baogao-jueyi-notitle-page.txt"
    )
    assert doc.issuers == ["自贡市贡井区人民代表大会"]
    assert doc.date == "2013-02-28"
    assert doc.kind == "decision"


def test_a_commission_by_its_short_name_issues_by_the_whole_name_the_page_prints() -> None:
    """A repost of a ministry's annual report: its title and text say '国家卫生健康委', its
    byline '发布来源:国家卫生健康委员会网站' and a sentence '《国家卫生健康委员会公报》': the
    commission issues by the whole name (it had issued by the short one)."""
    doc = corpus_doc("repost/national-nhc-2024-disclosure-report-repost-nmgyyxh-page.txt")
    assert doc.issuers == ["国家卫生健康委员会"]
    assert doc.title == "国家卫生健康委2024年政府信息公开工作年度报告"


def test_a_colonless_addressee_line_over_the_text_issues_nothing() -> None:
    """A mirror's copy opens on its 主送 line without the colon ('各科處,各街道司法所') and goes
    straight into the text: no organ's name opens with the collective '各' (it had issued the
    notice as '各街道司法所', a wrong fact; the bureau itself is named nowhere but in a title
    the text cites, so it issues nothing)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-shenzhen-longgang-2014-sifaju-gongzhong-kaifangri-fangan-notitle-trad-pinyin-mirror-page.txt"
    )
    assert doc.issuers == []


def test_question_marks_between_two_signers_are_the_space_between_them() -> None:
    """A mirror printed the space between two joint signers on one line as question marks
    ('天津市財政局 ????????天津市規劃和自然資源局'): two signers, each issuing (the second had
    signed with the marks before its name and not issued)."""
    doc = corpus_doc(
        "mirror-noise/tianjin-2022-jincaigui11-linye-fazhan-zijin-buchong-tongzhi-trad-spam-mirror-page.txt"
    )
    assert doc.signature == ["天津市財政局", "天津市規劃和自然資源局"]
    assert doc.issuers == ["天津市財政局", "天津市規劃和自然資源局"]
    assert doc.doc_number == "津財規〔2022〕11號"


def test_a_headline_naming_the_issued_text_gives_way_to_the_notice_under_it() -> None:
    """A wiki's page headlined by the 意见 a notice issues, its lead and record box, then the
    notice with its own title and 文号 ('…關於印發《溫州市教育強市建設實施意見》的通知' /
    '溫委辦〔2006〕47 號'): the notice is the document (it had been titled by the headline, with
    no 主送 and the 意见's kind)."""
    doc = corpus_doc(
        "mirror-noise/zhejiang-wenzhou-2006-wenweiban47-jiaoyu-qiangshi-shishi-yijian-yinfa-party-gov-offices-trad-wiki-newton-page.txt"
    )
    assert doc.title == "溫州市委辦公室溫州市政府辦公室關於印發《溫州市教育強市建設實施意見》的通知"
    assert doc.doc_number == "溫委辦〔2006〕47號"
    assert doc.date == "2006-07-06"
    assert doc.issuers == ["中共溫州市委辦公室", "溫州市人民政府辦公室"]
    assert doc.addressees == ["各縣(市、區)委、人民政府", "市直屬各單位"]


def test_the_documents_own_title_under_a_byline_after_a_news_style_headline() -> None:
    """An exam portal's headline ('2019年福建莆田仙游县招聘新任幼儿教师30人公告'), its byline
    after the site's bare address ('http://www.chinagwy.org   2019-03-11 17:33   来源:…'),
    then the document's own title in the form's words ('2019年仙游县关于…的方案'): the
    document's title (the headline had been taken, and the byline left in the text)."""
    path = "repost/fujian-putian-xianyou-2019-zishou-zizhi-youer-jiaoshi-zhaopin-fangan-breadcrumb-laiyuan-chinagwy-page.txt"
    doc = corpus_doc(path)
    assert doc.title == "2019年仙游县关于从自收自支幼儿教师中公开招聘新任幼儿教师的方案"
    assert doc.kind == "plan"
    removed = {(r.line, r.why) for r in corpus_issue(path).removed}
    assert (6, "site_navigation") in removed and (6, "byline") in removed


def test_a_bare_address_before_a_byline_goes_with_it() -> None:
    """A county portal's byline opens with the site's bare address ('www.panzhihua.gov.cn
    发布时间:2023-03-21来源:县林业局…'): address and byline are the page's (the line had been
    the text's first paragraph)."""
    doc = corpus_doc(
        "web-page/sichuan-panzhihua-yanbian-2023-yanbianfugui3-jinlie-tonggao-dashlist-meta-gov-page.txt"
    )
    assert doc.body[0].text.startswith("根据《中华人民共和国野生动物保护法》")


def test_joint_issuers_the_title_names_issue_where_one_signs() -> None:
    """'安徽省财政厅 安徽省文化和旅游厅关于印发…的通知', signed by the finance department alone:
    both organs the title names issue (it had been the signer only)."""
    doc = corpus_doc(
        "opinion/anhui-2022-wancaijiao607-feiyi-baohu-zijin-banfa-yinfa-joint-title-one-signature-shuipu-page.txt"
    )
    assert doc.issuers == ["安徽省财政厅", "安徽省文化和旅游厅"]
    assert doc.signature == ["安徽省财政厅"]


def test_two_organs_sign_a_line_each_over_a_cut_date() -> None:
    """A 通告 ends on its last sentence, two organs a line each, and the date cut by the store
    ('2022年8'): both sign and issue (the one over the date had been the only signer)."""
    doc = corpus_doc(
        "announcement/qinghai-haixi-dachaidan-2022-jiaoguan-dadui-zhihuibu-jiaotong-guanzhi-tonggao-joint-cut-date-page.txt"
    )
    both = ["大柴旦行委新冠肺炎疫情防控处置工作指挥部", "大柴旦行委公安局交通管理大队"]
    assert doc.signature == both
    assert doc.issuers == both
    assert doc.date is None


def test_an_attachment_listed_without_its_last_character_takes_its_headings_title() -> None:
    """The 附件 list prints '1.2020年街道养老服务中心建设补助资金分配' and the attachment's
    heading '…资金分配表': the title as the heading prints it."""
    doc = corpus_doc(
        "web-page/zhejiang-wenzhou-ouhai-2020-wenoumin37-yanglao-zijin-xiabo-tongzhi-stacked-joint-sig-page.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "2020年街道养老服务中心建设补助资金分配表",
        "2020年居家上门服务补助资金分配表",
    ]
