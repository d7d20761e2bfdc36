"""The twentieth batch (a repository's markdown exports of Shanghai documents, 通告 of county
sites, orders, 人大 texts, reports, replies) measured before its rules, and the rules of their
kinds, each on its real file: an exporter's note in a blockquote between the front matter and
the first heading, a committee named by its short name ('市交通委'), an attachment listed and
then printed under its heading (one attachment), every village addressed ('各村'), a date
broken after its year ('2014' / '年8月12日'), a rule's note of promulgation that names the
order that amended it, a report a congress approved (the reporter issues it), a byline with
the page's size buttons, a signature over a date whose marks a page lost ('2020126': which
date is not certain), a bilingual page's English lines inside its signature. Every expected value was read off the file by hand (the
docstrings quote the lines)."""

from __future__ import annotations

from gongbao.pipeline import parse_bytes
from tests.structure.corpus_pages import CORPUS, corpus_doc

_SH = "front-matter/shanghai-"


def test_an_exporters_note_before_the_first_heading_is_not_the_document() -> None:
    """Lines 13–14 '> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；…' and '> 依《中华人民共和国
    著作权法》第五条第一项，…', then '# 上海市生态环境局 上海市规划和自然资源局关于更新…的函' and
    '各区人民政府，各有关单位：'."""
    issue = parse_bytes(
        (
            CORPUS / (_SH + "2026-huantu88-turang-wuran-minglu-gengxin-han-frontmatter.md")
        ).read_bytes()
    )
    assert {(r.line, r.why) for r in issue.removed} >= {
        (13, "page_metadata"),
        (14, "page_metadata"),
    }
    doc = issue.documents[0]
    assert doc.addressees == ["各区人民政府", "各有关单位"]
    # '附件：' / '1.上海市…名录（截至2026年6月30日）' / '2.…移出清单（…）': each once
    assert [a.title for a in doc.attachments] == [
        "上海市建设用地土壤污染风险管控和修复名录（截至2026年6月30日）",
        "上海市建设用地土壤污染风险管控和修复名录移出清单（截至2026年6月30日）",
    ]


def test_a_committee_by_its_short_name_and_an_attachment_listed_then_printed() -> None:
    """Title '上海市交通委员会、上海市公安局关于…的通告', signed '市交通委' / '市公安局'; '附件：' /
    '批准发布的上海市地方标准目录' and later '附件' / '批准发布的上海市地方标准目录'."""
    doc = corpus_doc(
        _SH + "2023-jiaodaoyun328-zhongyunliang-zhuanyong-chedao-tonggao-frontmatter.md"
    )
    assert doc.issuers == ["上海市交通委员会", "上海市公安局"]
    assert doc.signature == ["市交通委", "市公安局"]
    doc = corpus_doc(_SH + "2023-shijianbiaoji261-difang-biaozhun-gonggao-frontmatter.md")
    assert [a.title for a in doc.attachments] == ["批准发布的上海市地方标准目录"]


def test_every_village_addressed() -> None:
    """'各办、中心、综合行政执法队、各村：' over '《头桥街道建设用地减量化工作实施方案(2025-2027年)》…'."""
    doc = corpus_doc(
        _SH + "fengxian-touqiao-2024-fengtoujie13-jianlianghua-fangan-tongzhi-frontmatter.md"
    )
    assert doc.addressees == ["各办、中心、综合行政执法队", "各村"]
    assert [a.title for a in doc.attachments] == ["头桥街道建设用地减量化工作实施方案(2025-2027年)"]


def test_a_date_broken_after_its_year() -> None:
    """'上海市嘉定区人民政府' / '2014' / '年8月12日' (lines 46, 48, 49)."""
    doc = corpus_doc(
        "line-shapes/shanghai-jiading-2014-jiafufa41-jianlianghua-renwu-tongzhi-frontmatter.md"
    )
    assert (doc.date, doc.signature) == ("2014-08-12", ["上海市嘉定区人民政府"])


def test_a_promulgation_note_that_names_the_amending_order() -> None:
    """'（2004年6月9日上海市人民政府令第25号发布，根据2010年12月20日上海市人民政府令第52号公布的
    《…决定》修正并重新发布）' under '上海市土地储备办法'."""
    doc = corpus_doc(_SH + "2004-ling25-tudi-chubei-banfa-guizhang-frontmatter.md")
    assert (doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "上海市人民政府令第25号",
        "2004-06-09",
        ["上海市人民政府"],
        "order",
    )


def test_a_report_the_congress_approved_is_the_reporters() -> None:
    """'關于上海市2015年預算執行情況和2016年預算草案的報告 …' / '(2016年1月29日上海市第十四屆人民代表
    大會第四次會議通過)' / '上海市財政局'."""
    doc = corpus_doc("budget-report/shanghai-2016-budget-report-jiefang-trad-mirror-page.txt")
    assert (doc.issuers, doc.date) == (["上海市財政局"], "2016-01-29")


def test_a_byline_with_the_size_buttons_and_a_signature_over_an_uncertain_date() -> None:
    """' 时间:2017-11-08       大    中    小' (line 7) over '各乡(镇)人民政府,县人民政府各委、局、办、
    中心'; '鹤庆县新型冠状病毒感染的肺炎疫情' / '防控工作指挥部办公室' / '2020126' (1月26日 or 12月6日)
    under '发布时间:2020-01-26': the page was posted on the first reading, before the second."""
    path = "announcement/shanxi-xinzhou-hequ-2017-jinranqu-tonggao-gov-page.txt"
    issue = parse_bytes((CORPUS / path).read_bytes())
    assert (7, "byline") in {(r.line, r.why) for r in issue.removed}
    assert issue.documents[0].addressees == ["各乡(镇)人民政府", "县人民政府各委、局、办、中心"]
    doc = corpus_doc("announcement/yunnan-dali-heqing-2020-yiqing-zhihuibu-tonggao1-gov-page.txt")
    assert doc.signature == ["鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室"]
    assert doc.date == "2020-01-26"


def test_english_lines_inside_a_signature_and_a_signer_over_an_uncertain_date() -> None:
    """A bilingual order's '二00四年三月四日' (line 40) among its English lines; '沈阳市辽中区人民政府' /
    '2024115' (1月15日 or 11月5日) signs, and the page's byline ('发布时间:2024-01-18', line 5) leaves
    one reading."""
    path = "order/weishengbu-jiaotongbu-2004-ling2-tufa-gonggong-weisheng-jiaotong-yingji-bilingual-pkulaw-page.txt"
    assert corpus_doc(path).date == "2004-03-04"
    path = (
        "redhead/liaoning-shenyang-liaozhong-2024-shenliaozhongzhengfa1-renwu-fenjie-gov-page.txt"
    )
    assert (corpus_doc(path).signature, corpus_doc(path).date) == (
        ["沈阳市辽中区人民政府"],
        "2024-01-15",
    )


def test_bylines_and_empty_consultation_fields_between_the_title_and_the_addressees() -> None:
    """'日期:2015年05月15日来源:县政府办点击:[]' (line 8) over '各乡镇人民政府,县级各部门:';
    '文章来源: 区应急管理局浏览量:发表时间:2019-12-0…' (line 9) over '各乡镇(街道)人民政府(办事处),
    区直有关单位:'; '政策咨询机关: | 政策咨询电话: |' (line 6), a record's fields left empty."""
    cases = {
        "opinion/sichuan-meishan-qingshen-2015-shengchan-anquan-yuan-spam-page.txt": (
            (8, "byline"),
            ["各乡镇人民政府", "县级各部门"],
        ),
        "web-page/jiangxi-shangrao-guangfeng-2019-senlin-huozai-yuan-meta-gov-page.txt": (
            (9, "byline"),
            ["各乡镇(街道)人民政府(办事处)", "区直有关单位"],
        ),
        "web-page/anhui-bozhou-qiaocheng-2020-zhongdian-renwu-fenjie-pipes-meta-gov-page.txt": (
            (6, "page_metadata"),
            ["各乡镇人民政府", "街道办事处", "区政府各部门", "各直属机构"],
        ),
    }
    for path, (removed, addressees) in cases.items():
        issue = parse_bytes((CORPUS / path).read_bytes())
        assert removed in {(r.line, r.why) for r in issue.removed}, path
        assert issue.documents[0].addressees == addressees, path


def test_a_headline_with_a_comma_under_a_pages_scraps_is_not_joined_to_the_lead() -> None:
    """'图片' (an image's stub) over '区政府召开常务会议,研究全区市容环境工作等事项', its byline
    '日期:2024-05-15 15:37 来源:区政府办公室 …' taken out, then '4月29日,区委副书记、区长…'."""
    doc = corpus_doc("minutes/beijing-chaoyang-2024-qzf-cwh-shirong-mirror-page.txt")
    assert doc.title == "区政府召开常务会议,研究全区市容环境工作等事项"


def test_a_bilingual_orders_signature_over_english_lines() -> None:
    """'天津市市长 廖国勋' / 'Liao Guoxun,' / 'Mayor of Tianjin' / '2020年12月5日'."""
    doc = corpus_doc("order/tianjin-2020-ling20-guizhang-xiugai-feizhi-bilingual-gov-page.txt")
    assert (doc.signature, doc.date) == (["天津市市长 廖国勋"], "2020-12-05")


def test_final_accounts_published_with_a_report_of_their_own_are_a_budget() -> None:
    """'儋州市财政局2023年度(本级)决算公开报告', '內蒙古自治區呼和浩特市第三醫院2021年度決算公開報告':
    a department's 决算 as it publishes them, not a report to a congress."""
    for path in (
        "dept-budget/hainan-danzhou-caizhengju-2023-final-accounts-gov-meta-page.txt",
        "dept-budget/neimenggu-huhehaote-disan-yiyuan-2021-final-accounts-trad-htmltags-mirror-page.txt",
    ):
        assert corpus_doc(path).kind == "budget", path


def test_an_attachments_title_cut_to_one_character_is_a_problem_not_an_attachment() -> None:
    """'附件:1.第五批市级非物质文化遗产代表性项目名录' / '2.市' (the page cut after it)."""
    path = "web-page/neimenggu-ordos-2017-efufa142-feiyi-minglu-minjian-yishu-zhixiang-bullets-meta-gov-page.txt"
    issue = parse_bytes((CORPUS / path).read_bytes())
    assert [a.title for a in issue.documents[0].attachments] == [
        "第五批市级非物质文化遗产代表性项目名录"
    ]
    cut = [p for p in issue.problems if p.kind == "attachment_title_cut"]
    assert [(p.detail, p.source.line if p.source else None) for p in cut] == [
        ("附件2的标题只剩“市”：文字不完整，未列为附件", 33)
    ]
