"""Heads of reports read to a congress, budget pages and replies from places new to the
corpus (a batch measured before any rule was written for it). Every expected value was read
off the file by hand."""

from __future__ import annotations

from gongbao.clean import clean
from gongbao.read import decode, split_lines
from tests.structure.corpus_pages import CORPUS, corpus_doc


def _head(path: str) -> tuple[str, str | None, list[str]]:
    d = corpus_doc(path)
    return d.title, d.date, d.issuers


def test_a_page_whose_record_titles_it_opens_with_the_meeting_over_two_lines() -> None:
    """The record's '名称: 关于鄂温克族自治旗…的报告', then '——2026年1月21日在鄂温克族自治旗' /
    '第十四届人民代表大会第五次会议上' / '鄂温克族自治旗财政局': read at the meeting, by the
    bureau (not the record's '成文日期: 2026-02-09', not its '发布机构: 旗财政局')."""
    assert _head("budget-report/neimenggu-hulunbeier-ewenke-2025-budget-report-page.txt") == (
        "关于鄂温克族自治旗2025年预算执行情况和2026年预算草案的报告",
        "2026-01-21",
        ["鄂温克族自治旗财政局"],
    )
    # the same without a dash, the speaker an acting head: '2025年3月21日在汉滨区第十九届'
    assert _head("work-report/shaanxi-ankang-hanbin-2025-work-report-gov-page.txt") == (
        "汉滨区2025年政府工作报告",
        "2025-03-21",
        ["汉滨区人民政府"],
    )


def test_a_meeting_line_whose_year_lost_its_nian() -> None:
    """'——20211月12日在延边朝鲜族自治州第十五届人民代表大会第次会议上' / '州财政局局长 文金哲'."""
    assert _head("budget-report/jilin-yanbian-2020-budget-report-page.txt")[1:] == (
        "2021-01-12",
        ["延边朝鲜族自治州财政局"],
    )


def test_a_speakers_post_printed_without_the_name() -> None:
    """'绍兴市柯桥区财政局局长' and nothing after it: the bureau reads the report."""
    d = corpus_doc("budget-report/zhejiang-shaoxing-keqiao-2021-budget-report-page.txt")
    assert (d.issuers, d.date) == (["绍兴市柯桥区财政局"], "2022-02-20")


def test_a_report_read_for_the_government_without_a_meeting_line() -> None:
    """'各位代表:' / '受县人民政府委托,现将…报告如下' under the title, no meeting or speaker."""
    d = corpus_doc("budget-report/shaanxi-xian-zhouzhi-2023-budget-report-page.txt")
    assert d.issuers == ["周至县人民政府"]


def test_a_sites_markers_after_paragraphs_are_taken_out_line_by_line() -> None:
    """'政 府 工 作 报 告PZl' / '2020年6月22日在大埔县第十五届PZl' …: each 'PZl' recorded and
    removed; the site's headline beside the title on its teaser line gives way to the title."""
    path = "work-report/guangdong-meizhou-dabu-2020-work-report-gongwensou-page.txt"
    cleaned = clean(split_lines(decode((CORPUS / path).read_bytes())))
    marks = [(r.line, r.text) for r in cleaned.removed if r.why == "site_marker"]
    assert marks[:4] == [(3, "PZl"), (3, "PZl"), (3, "PZl"), (5, "PZl")]
    # (one the page's wrap split, 'PZ' / 'l', is not known for one and stays in the text)
    assert sum("PZl" in ln.text for g in cleaned.groups for ln in g.lines) == 1
    assert _head(path) == ("政府工作报告", "2020-06-22", ["大埔县人民政府"])


def test_a_work_reports_issuer_from_its_meeting_where_the_speaker_is_cut() -> None:
    """A teaser line cut at '鲁山县人民政' (with 'ftr' markers where paragraphs ended) over
    the report: the government of the meeting's place reports to it."""
    path = "work-report/henan-pingdingshan-lushan-2020-work-report-gongwensou-page.txt"
    assert _head(path) == ("政府工作报告", "2020-08-12", ["鲁山县人民政府"])


def test_a_reports_head_run_onto_one_line() -> None:
    """'1政府工作报告——2012年1月3日在盐田区第四届人民代表大会第一次会议上盐田区人民政府区长
    杜玲各位代表:现在,…'."""
    path = "work-report/guangdong-shenzhen-yantian-2012-work-report-doc-oneline-page.txt"
    d = corpus_doc(path)
    assert (d.title, d.date, d.issuers, d.kind) == (
        "政府工作报告",
        "2012-01-03",
        ["盐田区人民政府"],
        "report",
    )
    assert d.addressees == []


def test_news_of_a_standing_committee_with_a_photo_note_or_today() -> None:
    """'(资料图)' over a report of a session is the photo's place, no title; '今天上午,區(qū)
    十七屆人大常委會(huì)召開…' opens a news report."""
    d = corpus_doc("personnel/shanghai-changning-2023-npcsc-daili-quzhang-nanfei-page.txt")
    assert (d.title, d.kind) == ("", "news")
    d = corpus_doc(
        "mirror-noise/jiangsu-changzhou-wujin-2025-npcsc-daili-quzhang-trad-pinyin-page.txt"
    )
    assert d.kind == "news"


def test_a_standing_committee_named_over_two_title_lines_is_one_issuer() -> None:
    """'巴彦淖尔市人民代表大会' / '常务委员会关于张鸿福同志' / '代理巴彦淖尔市人民政府' /
    '市长职务的决定'."""
    d = corpus_doc("personnel/neimenggu-bayannaoer-npcsc-daili-shizhang-jueding-gov-page.txt")
    assert (d.issuers, d.kind) == (["巴彦淖尔市人民代表大会常务委员会"], "personnel")


def test_numbers_beside_an_answers_class_and_as_a_download() -> None:
    """'平教字〔2020〕25号  A类  同意公开' over an answer to a proposal; '连政复〔2023〕12号.doc',
    the page's link to the document's file, under its date."""
    d = corpus_doc("reply/hunan-yueyang-pingjiang-2020-pingjiaozi25-tian-dafu-gov-page.txt")
    assert (d.doc_number, d.issuers) == ("平教字〔2020〕25号", ["平江县教育局"])
    d = corpus_doc("reply/jiangsu-lianyungang-2023-lianzhengfu12-daolu-mingming-pifu-spam-page.txt")
    assert (d.doc_number, d.date) == ("连政复〔2023〕12号", "2023-04-17")


def test_budget_pages_an_attachment_of_another_and_an_autonomous_prefectures_unit() -> None:
    """'附件5' over the page's title again: the page is that attachment, it lists none;
    '楚雄州农产品质量检测中心' in the record, '楚雄彝族自治州农产品质量检测中心' in the text;
    '…2019年部门预算“三公”经费公开说明' is the budget's own account."""
    d = corpus_doc("dept-budget/guangxi-hechi-huanjiang-dongxingzhen-2020-dept-budget-page.txt")
    assert d.attachments == []
    d = corpus_doc("dept-budget/yunnan-chuxiong-nongjian-2019-final-accounts-page.txt")
    assert d.issuers == ["楚雄彝族自治州农产品质量检测中心"]
    d = corpus_doc("dept-budget/shaanxi-xian-xincheng-weijiju-2019-sangong-budget-page.txt")
    assert d.kind == "budget"


def test_a_word_processors_field_codes_in_a_contents_page_are_recorded() -> None:
    """'第一部分 单位概况 PAGEREF _Toc25831 h 3': the code goes, with its line; the page is
    one document (its contents no gazette's)."""
    path = "dept-budget/sichuan-luzhou-zhongyiyuan-2023-unit-final-accounts-page.txt"
    cleaned = clean(split_lines(decode((CORPUS / path).read_bytes())))
    codes = [(r.line, r.text) for r in cleaned.removed if r.why == "field_code"]
    assert codes[0] == (28, "PAGEREF _Toc25831 h")
    corpus_doc(path)  # (one document)
