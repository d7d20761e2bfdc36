"""Major projects a clause names and counts ('A、B…等11个工程列入新增2021年政府投资重大建设项目'):
each name a project where the count is the number of names (a 、 inside a name's brackets parts
none), each ends as a project's name does, and the first does not open on the clause's own
words. Where the first name ran on from the clause ('会议审议通过了A工程、…等5个…'), where
the count differs, or where the projects are practical ones (实事, left to commitments), none.

Also the count before the names ('此次集中开工的8个重点项目分别是:A、B…'), the field between the
count and 项目 ('等2个临空经济区重大项目'), and the clause's verb of scheduling set apart
('安排A、B等2个…'). The count still decides: '安排A、B等4个…' (two of four named) gives none.

Lines quoted from corpus pages and pages the sixth probe gathered (addresses above them).
Expected values read off the lines by hand; the first and the third test fail on the code
before their rules (no projects read).
"""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_issue


def _names(lines: list[str]) -> list[str]:
    return [p.name for p in quoted_issue(lines).facts.get("projects", [])]


def test_names_a_clause_counts() -> None:
    # http://www.yjnet.cn/system/2021/03/28/014022827.shtml (its headline, then its tenth line)
    assert _names(
        [
            "县十六届人大常委会召开第三十六次会议",
            "",
            "  会议听取审议了县政府关于2020年度环境保护状况和环境保护目标完成情况的报告、县政府关于法治政府"
            "建设情况的报告,审查批准新增2021年政府投资重大建设项目。三江标准堤闸泵配套工程、上塘环城南路"
            "道路工程(望江路至沙门西路段)、岩坦自来水厂(一期)及配套管网工程、碧莲自来水厂及配套管网工程、"
            "瓯北新岙路工程、县粮食储备库二期建设工程、瓯北中心幼儿园迁建工程、县博物馆建设工程、"
            "瓯窑博物馆与遗址公园建设工程、瓯北标准堤(新桥、罗浮段)加固提升工程、瓯北大桥三江侧高架"
            "匝道落地环江大道工程等11个工程列入新增2021年政府投资重大建设项目。",
        ]
    ) == [
        "三江标准堤闸泵配套工程",
        "上塘环城南路道路工程(望江路至沙门西路段)",
        "岩坦自来水厂(一期)及配套管网工程",
        "碧莲自来水厂及配套管网工程",
        "瓯北新岙路工程",
        "县粮食储备库二期建设工程",
        "瓯北中心幼儿园迁建工程",
        "县博物馆建设工程",
        "瓯窑博物馆与遗址公园建设工程",
        "瓯北标准堤(新桥、罗浮段)加固提升工程",
        "瓯北大桥三江侧高架匝道落地环江大道工程",
    ]


def test_no_names_where_the_clause_runs_into_them_or_the_count_differs() -> None:
    # http://nbxinxi.com/a/yongkangshi/20210606/268721.html
    assert (
        _names(
            [
                "永康市人民政府市长办公会议纪要",
                "",
                "会议审议通过了永康市粮食烘干服务中心用房工程、永康市西溪镇西溪小学综合楼工程、永康市看守所"
                "“四防一体化”工程、永康市西城街道王慈溪小学教学楼工程、永康市舟山镇中心幼儿园改建工程等5个"
                "项目建议书审批前审议。",
                "",
                "甲路工程、乙桥工程等3个项目年内开工。",
                "",
                "城市靓化工程、老旧小区改造工程等2个民生实事项目全面完成。",
            ]
        )
        == []
    )


def test_count_before_the_names_and_a_field_between() -> None:
    # http://www.zhld.com/content/2017-03/17/content_511225.htm (its sentence)
    # http://ldwb.workerbj.cn/content/2020-06/12/content_110069.htm (two of its lines)
    assert _names(
        [
            "[项城市]项城2017年第一批重点项目集中开工",
            "",
            "此次项城市集中开工的8个重点项目分别是:恒大微购电商产业园建设项目、迎宾大道棚户区建设项目、"
            "迎宾大道地下停车场建设项目、美华升级改造建设项目、项城市西环路(G106)建设项目、"
            "项城东环路(S238)及桥梁建设项目、宁洛高速出口及迎宾大道北段改造工程、项城市群众乐园项目。",
            "",
            "安排北京激光加速科学创新中心、太空实验室地面实验基地等4个怀柔科学城领域重大项目。",
            "",
            "安排北京大兴国际机场综合保税区(一期)(北京部分)、北京大兴国际机场临空经济区发展服务中心"
            "等2个临空经济区重大项目。",
        ]
    ) == [
        "恒大微购电商产业园建设项目",
        "迎宾大道棚户区建设项目",
        "迎宾大道地下停车场建设项目",
        "美华升级改造建设项目",
        "项城市西环路(G106)建设项目",
        "项城东环路(S238)及桥梁建设项目",
        "宁洛高速出口及迎宾大道北段改造工程",
        "项城市群众乐园项目",
        "北京大兴国际机场综合保税区(一期)(北京部分)",
        "北京大兴国际机场临空经济区发展服务中心",
    ]


def test_a_bracket_left_open_or_closed_twice_gives_none_and_no_error() -> None:
    # (the run's names cannot be parted where a bracket is not closed; this raised IndexError)
    assert (
        _names(
            [
                "某县重点项目集中开工",
                "",
                "此次集中开工的2个重点项目分别是:甲路工程(一期、乙桥工程。",
                "",
                "甲路工程)二期、乙桥工程等2个项目年内开工。",
            ]
        )
        == []
    )
