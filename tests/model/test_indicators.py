from datetime import date
from decimal import Decimal

import pytest

import civplan
from civplan import Status
from civplan.model.indicators import find_indicators


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Проведено 38 публічних консультацій з ІГС", [("38", "публічних консультацій")]),
        ("виготовлено 85 телепрограм, що висвітлюють діяльність ІГС", [("85", "телепрограм")]),
        ("Вийшов 21 тематичний матеріал", [("21", "тематичний матеріал")]),
        ("кількість учасників зросла на 15 %", [("15", "%")]),
        ("не менше 10 семінарів для 250 учасників", [("10", "семінарів"), ("250", "учасників")]),
        ("виділено 1,5 тис. грн", [("1.5", "тис. грн")]),
        ("Не менше 5 заходів буде проведено", [("5", "заходів")]),
        ("21 березня та 17 - 19 жовтня", []),  # dates are not counts
        ("програми на 2016-2020 роки, у 2017 році", []),  # nor are years
        ("у 2017 семінарів не проводилось", []),
        # a number like a year that counts things, in the plural after it
        ("Висадити 2000 дерев", [("2000", "дерев")]),
        ("участь взяли 2024 учасники", [("2024", "учасники")]),
        # thousands apart by a space, a no-break one too
        ("Видано 2 000 примірників буклету", [("2000", "примірників буклету")]),
        ("допомогу отримали 1\u00a0250 осіб", [("1250", "осіб")]),
        ("Освоєно 1 250,5 тис. грн", [("1250.5", "тис. грн")]),
        ("у ліцеї № 2 імені Шевченка навчається 410 учнів", [("410", "учнів")]),  # № is no count
        # a line beginning with a capital is an item of its own; one in lower case goes on
        (
            "Відділ освіти: навчено 48 працівників\nВідділ культури: навчено 25",
            [("48", "працівників")],
        ),
        ("Видано 300 посвідчень\nучасника бойових дій", [("300", "посвідчень учасника бойових")]),
        # an adjective's count joined to the next one's takes its noun: both are meetings
        (
            "Відбулося 5 чергових і 2 позачергових засідання",
            [("5", "чергових засідання"), ("2", "позачергових засідання")],
        ),
        (
            "Прийнято 7 водіїв та 3 досвідчених механіки",
            [("7", "водіїв"), ("3", "досвідчених механіки")],
        ),
    ],
)
def test_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(i.value), i.unit) for i in find_indicators(text)] == expected


def test_seed_counts() -> None:
    summary = civplan.summarize(civplan.demo_plan())
    assert [(n, int(i.value)) for n, i in summary.indicators] == [
        ("2.1", 38),
        ("4.1", 38),
        ("6.1", 85),
        ("6.2", 21),
    ]
    assert summary.indicators[0][1].text == "38 публічних консультацій"


def test_targets_are_compared_with_the_count_reported() -> None:
    seed = civplan.demo_plan().measure("2.1")
    measure = civplan.Measure(
        number=seed.number,
        title=seed.title,
        deadline=seed.deadline,
        outcome=seed.outcome,
        targets=[
            civplan.Target(unit="консультацій", value=Decimal(30), baseline=Decimal(12)),
            civplan.Target(unit="консультацій", value=Decimal(50)),
            civplan.Target(unit="конференцій", value=Decimal(2)),
        ],
    )
    checks = civplan.assess(measure, date(2017, 12, 31)).targets
    assert [(c.actual, c.met) for c in checks] == [
        (Decimal(38), True),
        (Decimal(38), False),
        (None, None),
    ]


def _targeted(title: str, target: civplan.Target, text: str) -> civplan.Measure:
    """A measure due in the III quarter of 2017, of one planned target, with this report."""
    return civplan.Measure(
        number="1",
        title=title,
        deadline=civplan.Deadline.parse("ІІІ квартал", year=2017),
        targets=[target],
        outcome=civplan.Outcome(text=text),
    )


@pytest.mark.parametrize(
    ("text", "met", "status"),
    [
        ("Середній час очікування становить 14 днів", True, Status.DONE),
        ("Середній час очікування становить 20 днів", True, Status.DONE),
        ("Середній час очікування становить 23 днів", False, Status.PARTIALLY_DONE),
    ],
)
def test_a_target_below_its_baseline_is_reached_at_or_below_it(
    text: str, met: bool, status: Status
) -> None:
    target = civplan.Target(unit="днів", value=Decimal(20), baseline=Decimal(30))
    measure = _targeted("Скорочення часу очікування послуги", target, text)
    assessed = civplan.assess(measure, date(2017, 12, 31))
    assert [check.met for check in assessed.targets] == [met]
    assert assessed.status is status


@pytest.mark.parametrize(
    ("text", "after", "during"),
    [
        ("Встановлено 64 ліхтарі", Status.PARTIALLY_DONE, Status.IN_PROGRESS),
        ("64 ліхтарі", Status.PARTIALLY_DONE, Status.IN_PROGRESS),  # the count alone
        ("Встановлено 120 ліхтарів", Status.DONE, Status.DONE),
        ("Встановлено 40 опор", Status.DONE, Status.DONE),  # not what the target counts
    ],
)
def test_a_count_short_of_the_planned_target_is_a_part_done(
    text: str, after: Status, during: Status
) -> None:
    target = civplan.Target(unit="ліхтарів", value=Decimal(100))
    measure = _targeted("Встановлення ліхтарів вуличного освітлення", target, text)
    assert civplan.assess(measure, date(2017, 12, 31)).status is after
    assert civplan.assess(measure, date(2017, 8, 1)).status is during


@pytest.mark.parametrize(
    ("indicator", "expected", "text", "status"),
    [
        # a count the indicator or the expected result plans, fewer reported: a part
        ("проведено не менше 6 виїзних прийомів", None, "Проведено 4 виїзні прийоми", "part"),
        (None, "Охоплено 300 учнів", "Змагання проведено, взяли участь 180 учнів", "part"),
        ("проведено не менше 6 виїзних прийомів", None, "Проведено 7 виїзних прийомів", "done"),
        (None, "Охоплено 300 учнів", "Проведено 4 змагання", "done"),  # other things counted
        # a share planned is no count: the report's other shares do not fall short of it
        (
            "рівень охоплення не менше 90 %",
            None,
            "Проведено 5 рейдів, порушень на 15 % менше",
            "done",
        ),
    ],
)
def test_a_count_short_of_the_one_the_indicator_plans_is_a_part_done(
    indicator: str | None, expected: str | None, text: str, status: str
) -> None:
    measure = civplan.Measure(
        number="1",
        title="Проведення заходів",
        deadline=civplan.Deadline.parse("ІІІ квартал", year=2025),
        performance_indicator=indicator,
        expected_result=expected,
        outcome=civplan.Outcome(text=text),
    )
    found = civplan.assess(measure, date(2025, 12, 31)).status
    assert found is (Status.PARTIALLY_DONE if status == "part" else Status.DONE)


def test_units_with_an_apostrophe_name_the_same_thing_in_any_form() -> None:
    from civplan.model.indicators import same_thing

    assert same_thing("сім'ям", "сім’ї")
    assert same_thing("об'єктів", "об'єкти")
    assert not same_thing("сім'ям", "об'єктів")


def test_a_unit_of_measure_names_the_same_thing_as_it_with_what_it_measures() -> None:
    from civplan.model.indicators import same_thing

    assert same_thing("км доріг", "км")
    assert same_thing("кв. м", "кв. м покрівлі")
    assert not same_thing("км доріг", "км тротуарів")  # two things measured alike
    assert not same_thing("км", "га")


def test_counts_in_words_are_read_for_comparing_with_the_title_not_as_indicators() -> None:
    from civplan.model.indicators import counts_in_words, magnitude

    text = "Розроблено два інвестиційні паспорти, у трьох селах — сім'ї переселенців"
    assert [(int(c.value), c.unit) for c in counts_in_words(text)] == [
        (2, "інвестиційні паспорти"),
        (3, "селах"),
    ]
    assert find_indicators(text) == ()
    assert [magnitude(i) for i in find_indicators("1,6 км доріг, 1,2 тис. осіб, 900 м")] == [
        Decimal("1600.0"),
        Decimal("1200.0"),
        Decimal("900"),
    ]


def test_pieces_count_whatever_the_other_count_names_but_no_measure_or_share() -> None:
    from civplan.model.indicators import same_thing

    assert same_thing("ноутбуків", "шт.") and same_thing("од.", "камер")
    assert not same_thing("км доріг", "шт.")
    assert not same_thing("%", "шт")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("5 шт.", Status.PARTIALLY_DONE), ("Придбано 10 од.", Status.DONE)],
)
def test_a_count_of_pieces_is_compared_with_the_title_s_count(text: str, expected: Status) -> None:
    measure = civplan.Measure(
        number="1",
        title="Придбати 10 ноутбуків для ЦНАП",
        deadline=civplan.Deadline.parse("2017 рік", year=2017),
        outcome=civplan.Outcome(text=text),
    )
    assert civplan.assess(measure, date(2018, 1, 15)).status is expected
