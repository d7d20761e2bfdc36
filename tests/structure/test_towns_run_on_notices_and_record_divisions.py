"""Batch 39 of the corpus (township and 街道 reports, county budget reports, land notices and
公示 flattened onto one line, replies on mirrors, records that name a division), scored before
its rules, and the rules of their kinds. Each expected value read off the file by hand (the
docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_notice_flattened_whole_its_title_without_guanyu_then_its_number() -> None:
    """'沂源县人民政府拟征收土地公告源征公告〔2019〕3号为满足我县城镇建设用地需要,…' (the
    whole notice one line, no space anywhere): had given no title, no number, no issuer."""
    doc = corpus_doc(
        "line-shapes/shandong-zibo-yiyuan-2019-nizhengshou-tudi-gonggao3-oneline-lawsite-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers, doc.kind) == (
        "沂源县人民政府拟征收土地公告",
        "源征公告〔2019〕3号",
        ["沂源县人民政府"],
        "announcement",
    )


def test_a_notice_flattened_whole_its_file_name_then_its_signer() -> None:
    """'…初审情况的公示根据《国家功勋荣誉表彰条例》…联系电话:0851-85837320(兼传真)附件:
    市(州)、县(市、区)2025年度拟开展评比达标项目.doc省功勋荣誉表彰工作领导小组办公室2025年4月14日。'
    (one line): the file's name ends at its extension, the signer after it."""
    doc = corpus_doc(
        "line-shapes/guizhou-2025-shixian-pingbi-biaozhang-xiangmu-chushen-gongshi-oneline-"
        "chacewang-page.txt"
    )
    assert doc.title == "市(州)、县(市、区)2025年度拟开展评比表彰项目初审情况的公示"
    assert (doc.date, doc.issuers, doc.kind) == (
        "2025-04-14",
        ["省功勋荣誉表彰工作领导小组办公室"],
        "announcement",
    )
    assert [a.title for a in doc.attachments] == ["市(州)、县(市、区)2025年度拟开展评比达标项目"]
    # (a sentence that cites a text is no 主送 line: the phone number after its colon had been
    # cut off as a line of its own)
    assert [b.text[:6] for b in doc.blocks()][:2] == ["根据《国家功", "附件:市(州"]


def test_a_town_report_read_for_its_government_at_the_towns_congress() -> None:
    """'——2020年8月28日在霖磐镇第十六届' / '人民代表大会第八次会议上' / '林楚隆' (a bare name) /
    '各位代表:' / '受镇人民政府的委托,我向大会作《…》': the town's government."""
    doc = corpus_doc(
        "budget-report/guangdong-jieyang-jiedong-linpan-2020-shangbannian-budget-report-"
        "notitle-gov-page.txt"
    )
    assert (doc.issuers, doc.date) == (["霖磐镇人民政府"], "2020-08-28")


def test_entrusted_with_de_and_no_meeting_to_place_it_gives_no_issuer() -> None:
    """'现在,我受省人民政府的委托,向本次常委会报告…' under '来源:广东省财政厅厅长 刘昆' (the
    label: the finance department; no meeting line): no government is read from it (the
    department is, since batch 44, from its speaker the byline credits); and
    '受区人民政府的委托' with no title or meeting to place 区: no bare '区人民政府'."""
    assert corpus_doc(
        "budget-report/guangdong-2003-final-accounts-report-czt-page.txt"
    ).issuers == ["广东省财政厅"]
    assert (
        corpus_doc(
            "line-shapes/shanghai-minhang-2022-juesuan-shangbannian-yusuan-baogao-oneline-"
            "notitle-gov-page.txt"
        ).issuers
        == []
    )


def test_a_headline_tagged_with_its_province_in_brackets_yields_to_the_title() -> None:
    """'(江西省)抚州市黎川县日峰镇2020年财政决算情况和…的报告(书面)' over '关于日峰镇2020年财政决算
    情况和…的报告(书面)'; '我受镇人民政府委托' placed by the town the title is about."""
    doc = corpus_doc(
        "budget-report/jiangxi-fuzhou-lichuan-rifeng-2021-juesuan-shangbannian-budget-report-"
        "garbled-gcs66-page.txt"
    )
    assert doc.title == (
        "关于日峰镇2020年财政决算情况和2021年上半年财政预算执行情况(草案)的报告(书面)"
    )
    assert doc.issuers == ["日峰镇人民政府"]


def test_a_meeting_line_with_its_month_and_no_day() -> None:
    """'—— 2022年8月在溫縣第十五屆人大常委會第4次會議上' / '溫縣財政局局長 唐芳': the finance
    bureau reads it (not the government it was read for); a month is no date."""
    doc = corpus_doc(
        "budget-report/henan-jiaozuo-wenxian-2022-juesuan-shangbannian-budget-report-trad-"
        "pinyin-garbled-ilynn-page.txt"
    )
    assert (doc.issuers, doc.date, doc.speaker) == (["溫縣財政局"], None, "溫縣財政局局長 唐芳")


def test_the_number_of_the_request_a_reply_answers_is_not_its_own() -> None:
    """'常州高新技術(shù)產(chǎn)業(yè)開(kāi)發(fā)區(qū)經(jīng)濟(jì)發(fā)展局:' / '你局常開(kāi)經(jīng)計(jì)〔2016〕112號(hào)文
    及相關(guān)資料收悉。' (no title, no 文号 of its own): had given '你局常開經計〔2016〕112號'."""
    doc = corpus_doc(
        "mirror-noise/jiangsu-changzhou-fgw-2016-konggang-huaxingdao-pifu-trad-pinyin-mirror-"
        "page.txt"
    )
    assert (doc.doc_number, doc.kind) == (None, "reply")


def test_a_records_division_is_no_issuer_and_a_bylines_organ_at_work_is() -> None:
    """'发布机构: 环境影响评价与排放管理处' (a division of the 厅 the text speaks as, '我厅'):
    had been the issuer; the 厅 is, by its office's imprint ('河南省生态环境厅办公室
    2023年1月18日印发') and its '我厅决定暂缓审批'. '来源:莱阳市自然资源和规划局' over '…莱阳市
    自然资源和规划局经对被征地单位…的复核,拟定了《征地补偿安置方案》' (an unsigned 公告): the
    bureau that published it."""
    assert corpus_doc(
        "web-page/henan-sthjt-2023-yuhuanbanhan2-huanping-tuihui-han-meta-gov-page.txt"
    ).issuers == ["河南省生态环境厅"]
    doc = corpus_doc(
        "web-page/shandong-yantai-laiyang-2020-zhengdi-buchang-anzhi-fangan-gonggao-"
        "breadcrumb-gov-page.txt"
    )
    assert (doc.issuers, doc.date) == (["莱阳市自然资源和规划局"], "2020-01-13")
    # (a news item on the congress's own site is not the congress's document)
    assert (
        corpus_doc("personnel/hubei-wuhan-2024-npcsc-daili-shizhang-trad-spam-page.txt").issuers
        == []
    )


def test_a_jiedao_reports_for_its_office() -> None:
    """'现在,我代表普陀区人民政府长寿路街道办事处,向大会作报告' and '2020年上海市杨浦区人民
    政府长白新村街道办事处工作总结': the 街道办事处 each is."""
    assert corpus_doc(
        "work-report/shanghai-putuo-changshoulu-2024-jiedao-shequ-daibiao-huiyi-report-page.txt"
    ).issuers == ["普陀区人民政府长寿路街道办事处"]
    assert corpus_doc(
        "work-report/shanghai-yangpu-changbaixincun-2020-jiedao-zongjie-page.txt"
    ).issuers == ["上海市杨浦区人民政府长白新村街道办事处"]


def test_joint_signers_short_forms_in_the_headline_are_the_same_organs() -> None:
    """'县市场监管局、县农业农村局、县自然资源局关于水城县境内禁止野生动物交易的公告相关信息' over
    the signature '水城县市场监督管理局 水城县农业农村局 水城县自然资源局': three issuers, not four
    ('水城县市场监管局' had been kept beside '水城县市场监督管理局')."""
    doc = corpus_doc(
        "repost/guizhou-liupanshui-shuicheng-2020-shijianju-nongyeju-zrzyj-jinzhi-yesheng-"
        "dongwu-jiaoyi-gonggao-joint-chinaxiaokang-page.txt"
    )
    assert doc.issuers == ["水城县市场监督管理局", "水城县农业农村局", "水城县自然资源局"]


def test_a_records_short_form_by_the_name_its_title_prints_in_full() -> None:
    """'2024年度民乐县卫生健康局(本级)部门决算' over the record's '发布机构 民乐县卫健局': had been
    '民乐县卫健局'."""
    doc = corpus_doc(
        "dept-budget/gansu-zhangye-minle-weijianju-benji-2024-final-accounts-gov-meta-page.txt"
    )
    assert doc.issuers == ["民乐县卫生健康局"]
