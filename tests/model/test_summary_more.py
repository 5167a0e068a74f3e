from datetime import date

import civplan
from civplan import Status


def test_the_summary_lists_what_to_look_at() -> None:
    summary = civplan.summarize(civplan.demo_plan())
    assert [(g.kind.code, [n for n, _ in g.measures]) for g in summary.reasons] == [
        ("funding", ["1.1", "4.5"]),
        ("no_need", ["4.2"]),
    ]
    assert [a.number for a in summary.untimely] == ["5.2"]
    assert summary.overdue == ()
    early = civplan.summarize(civplan.demo_plan(), date(2018, 1, 1))
    assert early.counts[Status.DONE] == 12


def test_overdue_measures_are_listed() -> None:
    plan = civplan.loads(
        "title: T 2017\nyear: 2017\nsections:\n- number: '1'\n  title: S\n  measures:\n"
        "  - {number: '1.1', title: A, deadline: І квартал}\n"
        "  - {number: '1.2', title: B, deadline: IV квартал}\n",
        "yaml",
    )
    summary = civplan.summarize(plan, date(2017, 6, 30))
    assert [a.number for a in summary.overdue] == ["1.1"]
