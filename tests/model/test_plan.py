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


@pytest.mark.parametrize(
    ("number", "key"),
    [
        ("1.1", "1.1"),
        ("1.1.", "1.1"),
        ("5", "5"),
        ("5.", "5"),
        ("3)", "3"),
        ("1.2.3.1.4", "1.2.3.1.4"),
        ("4.1-1", "4.1-1"),
        ("5а", "5а"),
        ("1.1.1.5.4 (6)", "1.1.1.5.4"),
        ("3.2*", "3.2"),
        ("1. 2", "1.2"),
    ],
)
def test_numbers_are_kept_as_written_and_compared_without_marks(number: str, key: str) -> None:
    item = measure(number)
    assert item.number == number
    assert item.key == key
    plan = Plan(title="П", year=2017, sections=[Section(title="Р", measures=[item])])
    assert plan.measure(number) is item
    assert plan.measure(key) is item


@pytest.mark.parametrize("number", ["", "   ", None])
def test_a_measure_needs_a_number(number: object) -> None:
    with pytest.raises(PlanValidationError, match="non-empty text") as info:
        measure(number)  # type: ignore[arg-type]
    assert info.value.location == "number"
    assert isinstance(info.value, ValueError)


def test_sections_nest_five_levels_deep_and_need_no_number() -> None:
    deepest = Section(number="1.2.3.1.", title="Завдання", measures=[measure("1.2.3.1.4")])
    tree = deepest
    for number, title in (("1.2.3.", "Результат"), ("1.2", "Проблема"), ("1.", "Напрям")):
        tree = Section(number=number, title=title, sections=[tree])
    general = Section(title="Загальні питання", measures=[measure("7")])
    plan = Plan(title="П", year=2024, sections=[tree, general])
    assert [(s.heading, depth) for s, depth in plan.walk()] == [
        ("1. Напрям", 1),
        ("1.2 Проблема", 2),  # as written
        ("1.2.3. Результат", 3),
        ("1.2.3.1. Завдання", 4),
        ("Загальні питання", 1),
    ]
    assert [m.number for m in plan.measures()] == ["1.2.3.1.4", "7"]
    assert plan.section("1.2.3").title == "Результат"
    assert general.number is None and general.key is None


def test_measures_outside_any_heading_sit_in_an_untitled_section() -> None:
    loose = Section(measures=[measure("1"), measure("2.")])
    plan = Plan(title="П", year=2024, sections=[loose])
    assert [m.key for m in plan.measures()] == ["1", "2"]
    with pytest.raises(PlanValidationError, match="without a title holds only measures"):
        Section(number="1", measures=[measure("1")])


def test_measures_after_a_heading_at_its_own_level_sit_in_an_untitled_section_after_it() -> None:
    """«2.» after «1.» and its «1.1»: outside «1.», at the top or inside a deeper heading."""
    from civplan.model.outline import Heading, outline, sections_from

    inner = Section(number="1.", title="Навчання", measures=[measure("1.1")])
    top = Section(
        number="І.",
        title="Освіта",
        sections=[inner, Section(measures=[measure("2.")])],
    )
    plan = Plan(title="П", year=2024, sections=[top, Section(measures=[measure("3.")])])
    entries = list(outline(plan))
    ends = [e for e in entries if isinstance(e, Heading) and e.title is None]
    assert [e.level for e in ends] == [2, 1]
    assert tuple(sections_from(entries)) == plan.sections
    assert [m.number for m in plan.measures()] == ["1.1", "2.", "3."]


def test_duplicate_measure_numbers_are_refused_even_with_a_trailing_dot() -> None:
    with pytest.raises(
        PlanValidationError,
        match=r"duplicate measure number 1.1\. \(also sections\[0\].measures\[0\]\)",
    ) as info:
        Plan(
            title="П",
            year=2017,
            sections=[Section(number="1", title="Р", measures=[measure("1.1"), measure("1.1.")])],
        )
    assert info.value.location == "sections[0].measures[1].number"


def test_duplicate_measures_across_sections_are_refused_unless_a_ref_tells_them_apart() -> None:
    with pytest.raises(PlanValidationError) as info:
        Plan(
            title="П",
            year=2017,
            sections=[
                Section(number="1", title="А", measures=[measure("1")]),
                Section(
                    number="2", title="Б", sections=[Section(title="В", measures=[measure("1")])]
                ),
            ],
        )
    assert info.value.location == "sections[1].sections[0].measures[0].number"
    second = Measure(number="1", title="Захід", deadline=TERM, ref="2.1")
    plan = Plan(
        title="П",
        year=2017,
        sections=[
            Section(number="1", title="А", measures=[measure("1")]),
            Section(number="2", title="Б", measures=[second]),
        ],
    )
    assert plan.measure("2.1") is second
    assert second.number == "1"


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
