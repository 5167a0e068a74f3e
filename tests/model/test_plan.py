from datetime import date

import pytest

from civplan import (
    CivplanError,
    Deadline,
    Measure,
    Outcome,
    Plan,
    PlanValidationError,
    Section,
    UnknownNumberError,
)

TERM = Deadline.parse("ІV квартал", year=2017)


def measure(number: str, title: str = "Захід") -> Measure:
    return Measure(number=number, title=title, deadline=TERM)


def test_keywords_build_a_plan_with_defaults() -> None:
    plan = Plan(
        title="План заходів",
        year=2017,
        sections=[
            Section(number="1", title="Розділ", measures=[measure("1.1"), measure("1.2.")]),
            Section(number="2.", title="Інший", measures=[measure("2.1")]),
        ],
    )
    assert [m.number for m in plan.measures()] == ["1.1", "1.2.", "2.1"]
    assert plan.measure("1.2").number == "1.2."  # a trailing dot is the same number
    assert plan.measure("2.1.").number == "2.1"
    assert plan.section("2").title == "Інший"
    assert plan.as_of is None
    assert plan.last_year == 2017
    assert isinstance(plan.sections, tuple)
    assert Measure(number="1.1", title="x", deadline=TERM).outcome is None


def test_unknown_numbers_are_lookup_errors() -> None:
    plan = Plan(
        title="П", year=2017, sections=[Section(number="1", title="Р", measures=[measure("1.1")])]
    )
    with pytest.raises(UnknownNumberError, match="no measure 9.9") as info:
        plan.measure("9.9")
    assert isinstance(info.value, LookupError)
    assert isinstance(info.value, CivplanError)
    with pytest.raises(UnknownNumberError):
        plan.section("3")


@pytest.mark.parametrize("number", ["1", "1.a", "a.1", "1..1", ".1", "1.1..", ""])
def test_measure_numbers_must_look_like_numbers(number: str) -> None:
    with pytest.raises(PlanValidationError, match="must be a number like '1.1'") as info:
        measure(number)
    assert info.value.location == "number"
    assert isinstance(info.value, ValueError)


def test_measure_must_belong_to_its_section() -> None:
    with pytest.raises(PlanValidationError, match="2.1 does not belong to section 1") as info:
        Section(number="1", title="Р", measures=[measure("1.1"), measure("2.1")])
    assert info.value.location == "measures[1].number"


def test_duplicate_measure_numbers_are_refused_even_with_a_trailing_dot() -> None:
    with pytest.raises(
        PlanValidationError, match=r"duplicate measure number 1.1\. \(also measures\[0\]\)"
    ):
        Section(number="1", title="Р", measures=[measure("1.1"), measure("1.1.")])


def test_duplicate_measures_across_sections_are_refused() -> None:
    with pytest.raises(PlanValidationError) as info:
        Plan(
            title="П",
            year=2017,
            sections=[
                Section(number="1", title="А", measures=[measure("1.1")]),
                Section(number="1.", title="Б", measures=[measure("1.1")]),
            ],
        )
    assert info.value.location == "sections[1].number"  # the section number repeats first


@pytest.mark.parametrize("title", ["", "   ", None, 5])
def test_titles_must_be_non_empty_text(title: object) -> None:
    with pytest.raises(PlanValidationError, match="non-empty text"):
        Plan(title=title, year=2017)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [17, "2017", True, 2017.0, 99999])
def test_year_must_be_a_year(year: object) -> None:
    with pytest.raises(PlanValidationError, match="must be a year"):
        Plan(title="П", year=year)  # type: ignore[arg-type]


def test_end_year_cannot_precede_year() -> None:
    with pytest.raises(PlanValidationError, match="ends"):
        Plan(title="П", year=2020, end_year=2016)


def test_wrong_types_are_refused_with_the_field() -> None:
    with pytest.raises(PlanValidationError, match="must be a Deadline") as info:
        Measure(number="1.1", title="x", deadline="ІV квартал")  # type: ignore[arg-type]
    assert info.value.location == "deadline"
    with pytest.raises(PlanValidationError, match="must be a date"):
        Plan(title="П", year=2017, as_of="2017-12-31")  # type: ignore[arg-type]
    with pytest.raises(PlanValidationError, match="must be a Status"):
        Outcome(text="x", status="DONE")  # type: ignore[arg-type]


def test_model_is_frozen() -> None:
    plan = Plan(title="П", year=2017)
    with pytest.raises(AttributeError):
        plan.year = 2018  # type: ignore[misc]


def test_reprs_are_short() -> None:
    long_title = "Проведення " * 40
    plan = Plan(
        title="ЗВІТ\nдругий рядок",
        year=2017,
        as_of=date(2017, 12, 31),
        sections=[Section(number="1", title="Р", measures=[measure("1.1", long_title)])],
    )
    assert repr(plan) == "<Plan 'ЗВІТ' 2017: 1 sections, 1 measures>"
    assert len(repr(plan.measure("1.1"))) < 120
    assert repr(plan.sections[0]) == "<Section 1: 1 measures>"
