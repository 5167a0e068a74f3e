from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import civplan
from civplan import MergeError, Outcome, Plan, Status, merge
from civplan.model.outline import outline, sections_from
from civplan.testing import plans


def with_outcomes(plan: Plan, issuer: str, keep: set[str], status: Status | None = None) -> Plan:
    def reported(m: civplan.Measure) -> civplan.Measure:
        if m.key not in keep:
            return attrs.evolve(m, outcome=None)
        outcome = attrs.evolve(m.outcome, status=status) if m.outcome else Outcome(status=status)
        return attrs.evolve(m, outcome=outcome)

    entries = [reported(e) if isinstance(e, civplan.Measure) else e for e in outline(plan)]
    return attrs.evolve(plan, issuer=issuer, sections=sections_from(entries))


SEED = civplan.demo_plan()
ALL = {m.key for m in SEED.measures()}


def test_reports_are_joined_by_number_keeping_who_reported_what() -> None:
    district = with_outcomes(SEED, "Сватівська РДА", {"4.2", "6.1"})
    department = with_outcomes(SEED, "Департамент освіти", ALL - {"6.3", "4.2"})
    merged = merge([district, department])
    text = merged.plan.measure("4.2").outcome.text  # type: ignore[union-attr]
    assert text.startswith("Сватівська РДА: Не проводилось")
    both = merged.plan.measure("6.1").outcome.text  # type: ignore[union-attr]
    assert both.index("Департамент освіти: ") < both.index("Сватівська РДА: ")  # by name
    assert [c.executor for c in merged.contributions["6.1"]] == [
        "Департамент освіти",
        "Сватівська РДА",
    ]
    assert merged.unreported == ("6.3",)
    assert merged.plan.issuer is None


def test_disagreeing_statuses_are_listed_not_guessed() -> None:
    a = with_outcomes(SEED, "А", {"4.2"}, Status.NOT_DONE)
    b = with_outcomes(SEED, "Б", {"4.2"}, Status.DONE)
    merged = merge([a, b])
    [conflict] = merged.conflicts
    assert conflict.number == "4.2"
    assert conflict.statuses == (("А", Status.NOT_DONE), ("Б", Status.DONE))
    assert merged.plan.measure("4.2").outcome.status is None  # type: ignore[union-attr]
    agreeing = merge([a, with_outcomes(SEED, "Б", {"4.2"}, Status.NOT_DONE)])
    assert agreeing.plan.measure("4.2").outcome.status is Status.NOT_DONE  # type: ignore[union-attr]


def test_errors() -> None:
    with pytest.raises(MergeError, match="no report"):
        merge([])
    with pytest.raises(MergeError, match="report 2 names no executor"):
        merge([attrs.evolve(SEED, issuer="А"), SEED])
    with pytest.raises(MergeError, match="both name the executor 'А'"):
        merge([attrs.evolve(SEED, issuer="А"), attrs.evolve(SEED, issuer="А")])
    with pytest.raises(MergeError, match="different years: 2017, 2018"):
        merge([attrs.evolve(SEED, issuer="А"), attrs.evolve(SEED, issuer="Б", year=2018)])


@settings(max_examples=40)
@given(plan=plans())
def test_merging_one_report_is_identity(plan: Plan) -> None:
    assert merge([plan]).plan == plan


@settings(max_examples=30)
@given(plan=plans(max_sections=3), data=st.data())
def test_merging_is_order_independent_and_loses_nothing(plan: Plan, data: st.DataObject) -> None:
    names = data.draw(
        st.lists(st.sampled_from(["А", "Б", "В", "Г"]), min_size=2, max_size=4, unique=True)
    )
    numbers = sorted(m.key for m in plan.measures())
    reported = st.sets(st.sampled_from(numbers)) if numbers else st.just(set[str]())
    reports = [with_outcomes(plan, name, data.draw(reported)) for name in names]
    merged = merge(reports)
    assert merge(list(reversed(reports))) == merged
    for report in reports:
        for measure in report.measures():
            if measure.outcome is not None and measure.outcome.text.strip():
                joined = merged.plan.measure(measure.key).outcome
                assert (
                    joined is not None and f"{report.issuer}: {measure.outcome.text}" in joined.text
                )
