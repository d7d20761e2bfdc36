"""Prose facts as real pages print them: acting posts in news reports of a standing
committee's meeting. Every expected value was read off the file by hand."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def _appointments(path: str) -> list[tuple[str, str, list[str], list[str]]]:
    issue = corpus_issue(path)
    return [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]


def test_an_acting_post_that_names_its_own_organisation_is_not_prefixed_again() -> None:
    """'决定任命吕成蹊为东莞市人民政府副市长、代理东莞市人民政府市长' (an untitled news report whose
    lead is '6月10日上午,…会议召开'): the acting post was read as
    '东莞市人民政府东莞市人民政府市长'."""
    path = "mirror-noise/guangdong-dongguan-npcsc-daili-shizhang-kaiyun-page.txt"
    assert sorted(_appointments(path)) == [
        ("吕成蹊", "appoint", ["东莞市人民政府副市长"], []),
        ("吕成蹊", "appoint", ["东莞市人民政府市长"], ["代理"]),
        ("肖亚非", "remove", ["东莞市人民政府市长"], ["辞职"]),
    ]
    assert corpus_issue(path).documents[0].kind == "news"


def test_an_acting_post_after_a_comma_is_an_appointment_with_its_qualifier() -> None:
    """'决定任命邵占维为杭州市副市长,代理杭州市市长职务', told twice in the report: one fact each."""
    path = "repost/zhejiang-hangzhou-2010-npcsc-daili-shizhang-zjol-page.txt"
    assert sorted(_appointments(path)) == [
        ("蔡奇", "remove", ["杭州市市长"], ["辞职"]),
        ("邵占维", "appoint", ["杭州市副市长"], []),
        ("邵占维", "appoint", ["杭州市市长"], ["代理"]),
    ]


def test_a_name_run_into_its_post_is_split_where_the_post_opens_with_a_place() -> None:
    """'免去卢炳椿泉州市人民政府副市长、市公安局局长的职务' (told twice): no '的' after the name;
    only a three-character name leaves a post that opens with a place of the division list."""
    path = "personnel/fujian-quanzhou-2018-npcsc-daili-shizhang-mingdan-news-page.txt"
    removed = [a for a in _appointments(path) if a[0] == "卢炳椿"]
    assert removed == [("卢炳椿", "remove", ["泉州市人民政府副市长、市公安局局长"], [])]


def test_one_named_of_several_is_appointed() -> None:
    """'申永杰等3名同志为区监察委员会委员': the one the report names, after '任命吕洪武、谢登魁为
    区监察委员会副主任，'."""
    path = "personnel/henan-pingdingshan-xinhua-2021-npcsc-fuquzhang-gov-page.txt"
    assert ("申永杰", "appoint", ["区监察委员会委员"], []) in _appointments(path)
    assert len(_appointments(path)) == 7


def test_tenure_clauses_after_one_renming_and_removals_parted_by_dunhao() -> None:
    """A newspaper's report: '决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长、…',
    '免去刘中银的市人大常委会副秘书长职务、张巍巍的…副主任职务', '免去孙海献的…主任职务、于力强的
    市民政局局长职务、…' (each removal ends at its own 职务)."""
    got = _appointments("personnel/henan-luoyang-2007-npcsc-renmian-lyrb-page.txt")
    assert ("李胜平", "appoint", ["市发展和改革委员会主任"], []) in got
    assert ("左发勤", "appoint", ["市体育局局长"], []) in got
    assert ("张巍巍", "remove", ["市人大常委会农村工作委员会副主任"], []) in got
    assert ("于力强", "remove", ["市民政局局长"], []) in got
    assert len(got) == 14


def test_acting_by_a_deputy_named_with_his_post_and_a_count_after_names() -> None:
    """'决定郑皓副区长代理通州区人民政府区长职务'; '任命李春雨、何娇、徐莉等18人为通州区人民法院
    审判员' (three named); '为被任命人员颁发任命书' appoints nobody."""
    got = _appointments("personnel/beijing-tongzhou-2023-npcsc-daili-quzhang-epaper-page.txt")
    assert got == [
        ("郑皓", "appoint", ["通州区人民政府区长"], ["代理"]),
        ("孟景伟", "remove", ["通州区人民政府区长"], ["辞职"]),
        ("李春雨", "appoint", ["通州区人民法院审判员"], []),
        ("何娇", "appoint", ["通州区人民法院审判员"], []),
        ("徐莉", "appoint", ["通州区人民法院审判员"], []),
    ]


def test_the_appointees_own_resignation_and_a_reason_after_a_name() -> None:
    """'任命陈晖东为中山市人民政府副市长,接受其辞去中山市人大常委会副主任职务的请求'; '接受李毓全
    因年龄关系辞去东莞市人民政府市长职务的请求' (the reason is no part of the name)."""
    got = _appointments("personnel/guangdong-zhongshan-npcsc-fushizhang-cizhi-ifeng-page.txt")
    assert ("陈晖东", "remove", ["中山市人大常委会副主任"], ["辞职"]) in got
    got = _appointments("repost/guangdong-dongguan-2011-npcsc-daili-shizhang-sohu-page.txt")
    assert ("李毓全", "remove", ["东莞市人民政府市长"], ["辞职"]) in got


def test_acting_post_named_after_wei_and_a_headline_that_names_no_decision() -> None:
    """'并决定盛阅春为武汉市人民政府代理市长' (代理 is the qualifier); '【盛阅春任武汉市代理市长】'
    in a content farm's numbered lines made '武汉市' a person."""
    got = _appointments("repost/hubei-wuhan-2024-npcsc-daili-shizhang-numbered-jlspr-page.txt")
    assert ("盛阅春", "appoint", ["武汉市人民政府市长"], ["代理"]) in got
    assert all(person != "武汉市" for person, *_ in got)


def test_three_named_before_a_count_in_traditional_script() -> None:
    """'決定任命呂靖、李保庚、李超群三位同志為永豐縣監察委員會委員,任命肖世強等100名同志為人民
    陪審員' (a mirror with pinyin readings inside the words)."""
    got = _appointments("mirror-noise/jiangxi-yongfeng-npcsc-jianwei-pinyin-cnlexun-page.txt")
    assert ("李超群", "appoint", ["永豐縣監察委員會委員"], []) in got
    assert ("肖世強", "appoint", ["人民陪審員"], []) in got


def test_resignations_a_meeting_accepted_by_passing_the_letters() -> None:
    """'通過了關于陳月洪、朱春龍兩位同志辭去縣人大常委會委員以及曾常輝、徐世菊、文全善等15位同志
    辭去縣人大代表的辭呈': five removals, the twelve not named none."""
    got = _appointments("mirror-noise/jiangxi-yongfeng-npcsc-jianwei-pinyin-cnlexun-page.txt")
    removed = sorted((p, a, pos) for p, a, pos, _q in got if a == "remove")
    assert removed == [
        ("徐世菊", "remove", ["縣人大代表"]),
        ("文全善", "remove", ["縣人大代表"]),
        ("曾常輝", "remove", ["縣人大代表"]),
        ("朱春龍", "remove", ["縣人大常委會委員"]),
        ("陳月洪", "remove", ["縣人大常委會委員"]),
    ]


def test_posts_taken_away_and_a_name_with_tongzhi_after_a_comma() -> None:
    """'免除路正阳同志常务副县长一职,免除孟凡哲同志副县长一职,任命邢晟同志为政府副县长,苑华东同志为
    政府副县长,江钦所为两名同志颁发任命书' (the last appoints nobody); '撤销尹先知的沙坪坝区财政局
    局长职务'."""
    got = _appointments("personnel/hebei-shexian-2015-npcsc-mianchu-yizhi-page.txt")
    assert sorted(got) == [
        ("孟凡哲", "remove", ["副县长"], []),
        ("苑华东", "appoint", ["政府副县长"], []),
        ("路正阳", "remove", ["常务副县长"], []),
        ("邢晟", "appoint", ["政府副县长"], []),
    ]
    got = _appointments("personnel/chongqing-shapingba-2018-npcsc-renmian-baogaosu-page.txt")
    assert ("尹先知", "remove", ["沙坪坝区财政局局长"], []) in got


def test_a_vote_reported_and_an_acting_post_in_its_organ() -> None:
    """'接受了张和平辞去抚州市人民政府市长职务的请求;同时表决通过了张鸿星任市人民政府副市长,并
    决定代理市长'; '任命冯仕文同志为黔东南州人民政府副州长、代理州长' (the acting post in the
    organ of the post before it)."""
    got = _appointments("personnel/jiangxi-fuzhou-2015-npcsc-daili-shizhang-baogaosu-page.txt")
    assert sorted(got) == [
        ("张和平", "remove", ["抚州市人民政府市长"], ["辞职"]),
        ("张鸿星", "appoint", ["市人民政府副市长"], []),
        ("张鸿星", "appoint", ["市人民政府市长"], ["代理"]),
    ]
    got = _appointments("personnel/guizhou-qiandongnan-2015-npcsc-daili-zhouzhang-qdn-page.txt")
    assert ("冯仕文", "appoint", ["黔东南州人民政府州长"], ["代理"]) in got


def test_an_items_division_of_work_printed_in_words_under_it() -> None:
    """Guangdong's 分工方案 prints each item, then '分管省领导:林克庆' and '部门分工:省发展改革委
    牵头,各地、各部门配合。' on lines of their own (one paragraph a line, no blank lines): both
    lines are the item's (the leader's line was a heading), the lead and the units read from the
    words. The second item's '部门分工:省财政厅牵头,' is cut by the page after its comma: no
    measure (which units it names is unknown)."""
    path = "web-page/guangdong-2021-yuefu22-gongzuo-baogao-fengong-foodmate-page.txt"
    issue = corpus_issue(path)
    assert [(m.text, m.responsible, m.lead) for m in issue.facts["measures"]] == [
        ("地区生产总值增长6%以上。", ["省发展改革委", "各地", "各部门"], ["省发展改革委"])
    ]
    item = next(b for b in issue.documents[0].blocks() if b.text == "地区生产总值增长6%以上。")
    assert [c.text for c in item.children] == [
        "分管省领导:林克庆",
        "部门分工:省发展改革委牵头,各地、各部门配合。",
    ]


def test_leaders_posts_in_a_note_are_no_units() -> None:
    """Hunan's note after its targets, '(分管副省长、协管副秘书长负责,省发展改革委牵头,…' (the
    page cuts the rest): the posts of the leaders who oversee the item are no units, and the
    lead is the one unit said to lead (the note had read '分管副省长' and '协管副秘书长负责' as
    leads)."""
    from gongbao.extract.measures import _clauses

    duty = _clauses("分管副省长、协管副秘书长负责,省发展改革委牵头")
    assert duty is not None
    assert (duty.lead, duty.others) == (["省发展改革委"], [])


def test_removals_listed_after_one_glued_removal() -> None:
    """'票决同意免去马廷贵同志西昌市人民政府市长职务、徐阳同志西昌市人民政府副市长职务': the second
    removal of the same 免去 (it had been missed)."""
    path = "personnel/sichuan-liangshan-xichang-2021-npcsc-daili-shizhang-sina-page.txt"
    removed = [a for a in _appointments(path) if a[1] == "remove"]
    assert sorted(removed) == [
        ("徐阳", "remove", ["西昌市人民政府副市长"], []),
        ("马廷贵", "remove", ["西昌市人民政府市长"], []),
    ]


def test_acting_heads_in_the_forms_a_decision_prints_them() -> None:
    """'决定毛偉明副省長為湖南省人民政府代理省長' (the post held between the name and 为);
    '会议决定:金寿浩为延边朝鲜族自治州人民政府代理州长' (a colon after 决定); '会议决定:赵一德任陕西省
    人民政府副省长、代省长' (代 for 代理, the deputy's post first). None had been read."""
    path = "personnel/hunan-npcsc-daili-shengzhang-dup-trad-pinyin-page.txt"
    assert ("毛偉明", "appoint", ["湖南省人民政府省長"], ["代理"]) in _appointments(path)
    path = "personnel/jilin-yanbian-2017-npcsc-daili-zhouzhang-jueding-notitle-page.txt"
    assert _appointments(path) == [
        ("金寿浩", "appoint", ["延边朝鲜族自治州人民政府州长"], ["代理"])
    ]
    path = "personnel/shaanxi-npcsc-daili-shengzhang-tagged-headline-page.txt"
    assert sorted(_appointments(path)) == [
        ("刘国中", "remove", ["陕西省人民政府省长"], ["辞职"]),
        ("赵一德", "appoint", ["陕西省人民政府副省长"], []),
        ("赵一德", "appoint", ["陕西省人民政府省长"], ["代理"]),
    ]


def test_people_each_marked_female_in_one_appointment() -> None:
    """'任命林惠农(女)、吴洵松、马健(女)、李国勤(女)、马孝樵为最高人民法院审判员': five judges
    (the '(女)' inside the list had stopped the match)."""
    path = "order/hebei-tangshan-2011-ling3-zhufang-plus-npcsc-1987-multidoc-infoeach-page.txt"
    judges = [a[0] for a in _appointments(path) if a[1:3] == ("appoint", ["最高人民法院审判员"])]
    assert judges == ["林惠农", "吴洵松", "马健", "李国勤", "马孝樵"]
