"""Rules found in the session of 2026-12-05 (sixth): known wrong values of the corpus and
batch 56 (pages found by topic). Each tested on a file it changed; each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before its
rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_sites_place_tag_over_its_breadcrumbs_is_no_line_of_the_title() -> None:
    """'温州' / '您当前的位置 : 永嘉网 -> 新闻中心 -> … -> 正文' / '县十六届人大常委会召开第三十六次
    会议': the site's tag, its breadcrumbs, then the headline as printed (not '温州县…', a county
    that does not exist)."""
    doc = corpus_doc(
        "personnel/zhejiang-wenzhou-yongjia-2021-npcsc-36ci-renmian-fuxianzhang-yjnet-page.txt"
    )
    assert doc.title == "县十六届人大常委会召开第三十六次会议"


def test_an_advertisement_stamped_before_every_heading_is_taken_out() -> None:
    """'365bet开户网站_365bet充值方式_有人被365黑过钱吗第七次全国人口普查公报', the same words
    before '统计局' and before '第七次全国人口普查领导小组办公室': a hijacked site's advertisement
    where the county's name stood. The title without it; the organs, their place lost, no
    issuers."""
    issue = corpus_issue(
        "mirror-noise/xx-county-2021-qipu-gongbao-spam-place-html-tags-gdfs100-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == ("第七次全国人口普查公报", [])
    stamped = [r.line for r in issue.removed if r.why == "gambling_ad"]
    assert stamped == [12, 15, 17]  # (lines of the page's text: the file is read as HTML)


def test_a_day_of_posting_under_a_headline_is_the_sites_byline() -> None:
    """'四川省委高層異動 兩副省長辭職' / '2001年1月13日發表': the site's day of posting, recorded,
    not the headline's end."""
    issue = corpus_issue(
        "personnel/sichuan-2001-npcsc-renmian-fushengzhang-cizhi-trad-renminbao-page.txt"
    )
    assert issue.documents[0].title == "四川省委高層異動兩副省長辭職"
    assert [(r.line, r.why) for r in issue.removed if "發表" in r.text] == [(3, "byline")]


def test_a_signers_name_joined_onto_the_code_by_the_cleaner_stays_out_of_the_number() -> None:
    """A 明电 flattened onto one line, '… 签发: 陈俊 温政办发明电〔2014〕9 号 温机发 …': the number as
    printed, not '陈俊温政办发明电〔2014〕9号' (the name run onto the code where the cleaner
    joined the spaced words)."""
    doc = corpus_doc(
        "redhead/zhejiang-wenzhou-2014-wenzhengbanfamingdian9-xiaofang-jinji-tongzhi-oneline-pdf-page.txt"
    )
    assert doc.doc_number == "温政办发明电〔2014〕9号"
