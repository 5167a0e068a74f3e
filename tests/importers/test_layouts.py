"""Every layout of LAYOUTS.md reads, as a Word table, its text dump and a spreadsheet."""

from __future__ import annotations

import dataclasses
import io
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import civplan
from civplan import Status

from .layouts import (
    DIRECTIONS,
    EXECUTORS,
    FIELDS_IN_TITLE,
    GROUPED_ITEMS,
    GROUPING,
    INDICATORS,
    LAYOUTS,
    MARKS,
    STRATEGY_RESULTS,
    TITLE_COLUMN_HEADINGS,
    UP,
    Layout,
    Span,
    write,
)

FORMS = ("docx", "txt", "xlsx", "ods", "html", "odt", "csv")


def read(layout: Layout, form: str, tmp_path: Path) -> tuple[civplan.Plan, list[str]]:
    path = write(layout, form, tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(path)
    return plan, [str(w.message) for w in caught]


def read_page(page: str) -> tuple[civplan.Plan, list[str]]:
    """A web page's plan, and the messages of the warnings reading it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(io.BytesIO(page.encode()), "html")
    return plan, [str(w.message) for w in caught]


def row(*cells: str) -> str:
    """A web page's table row of these cells."""
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def outline(plan: civplan.Plan) -> list[tuple[tuple[str, ...], str, str]]:
    """Each measure with the titles of the headings above it, top first."""
    found = []

    def visit(section: civplan.Section, path: tuple[str, ...]) -> None:
        here = (*path, section.title) if section.title is not None else path
        found.extend((here, m.number, m.title) for m in section.measures)
        for child in section.sections:
            visit(child, here)

    for section in plan.sections:
        visit(section, ())
    return found


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_every_measure_reads_with_its_number_title_and_headings(
    layout: Layout, form: str, tmp_path: Path
) -> None:
    plan, _ = read(layout, form, tmp_path)
    assert outline(plan) == [(e.headings, e.number, e.title) for e in layout.measures]
    assert (plan.year, plan.end_year) == (layout.year, layout.end_year)


@pytest.mark.parametrize("form", FORMS)
def test_a_strategy_s_levels_keep_their_numbers_and_their_figures(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(STRATEGY_RESULTS, form, tmp_path)
    top = plan.sections[0]
    problem = top.sections[0]
    assert (top.number, problem.number) == ("Напрям 3.1.", "Проблема 3.1.2.")
    assert [s.number for s in problem.sections] == ["ОСР 3.1.2.1.", "ОСР 3.1.2.2."]
    # the headings' figures are the plan's notes, each with its row; no measure is guessed
    figures = [note for note in plan.notes if "2 / 4" in note]
    assert len(figures) == 2
    assert all("50,0 %" in note and note.split(":")[0][-1].isdigit() for note in figures)
    assert not any("by their position" in m for m in messages)
    # the unnamed column of a row's place is no measure's number: kept beside each
    first = plan.measure("3.1.2.1.1")
    assert any(note.endswith("1.1") for note in first.notes)


@pytest.mark.parametrize("form", FORMS)
def test_a_number_beside_a_task_over_a_list_of_measures_is_the_task_s(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(GROUPED_ITEMS, form, tmp_path)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Розбудова туристичної інфраструктури"),
        ("2.", "Просування громади"),
    ]
    assert not messages  # a list that starts again under each task is no duplicate


@pytest.mark.parametrize("form", FORMS)
def test_a_number_merged_down_with_a_direction_is_the_direction_s(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(DIRECTIONS, form, tmp_path)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1", "Збереження культурної спадщини"),
        ("2", "Підтримка аматорського мистецтва"),
    ]
    assert all(m.auto_numbered for m in plan.measures())
    numbered = next(m for m in messages if "numbered by their position" in m)
    assert numbered.count(";") == 3  # each of the four measures named


@pytest.mark.parametrize("form", [f for f in FORMS if f not in ("txt", "csv")])  # no merges
def test_a_term_and_executors_merged_down_over_measures_are_each_ones(
    form: str, tmp_path: Path
) -> None:
    plan, _ = read(TITLE_COLUMN_HEADINGS, form, tmp_path)
    term, executors = TITLE_COLUMN_HEADINGS.notes["shared"]  # type: ignore[misc]
    for number in ("1", "2"):
        measure = plan.measure(number)
        assert (measure.deadline.text, measure.responsible) == (term, (executors,))
    assert plan.measure("2").outcome.text == "Взяли участь 420 учнів"  # type: ignore[union-attr]
    assert [s.number for s in plan.sections] == ["Розділ 1.", "Розділ 2."]


@pytest.mark.parametrize("form", FORMS)
def test_each_executor_s_row_under_a_measure_merged_down_is_the_measure_s(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(EXECUTORS, form, tmp_path)
    executors = EXECUTORS.notes["executors"]
    assert [m.responsible for m in plan.measures()] == list(executors)  # type: ignore[call-overload]
    # what each executor reports, after its name
    told = plan.measure("2").outcome.text.splitlines()  # type: ignore[union-attr]
    assert told == [
        "Служба у справах дітей: Проведено 12 батьківських зборів",
        "Ювенальна превенція: Роздано 800 пам'яток",
        "Відділ молоді: Інформацію не розміщено через відсутність макета",
    ]
    assert plan.measure("2").outcome is not None
    assert civplan.assess(plan.measure("2"), date(2025, 12, 31)).status is Status.PARTIALLY_DONE
    assert any("rows joined to the measure above" in m for m in messages)


@pytest.mark.parametrize("form", FORMS)
def test_a_term_and_executors_on_labelled_lines_under_a_title_are_the_measure_s(
    form: str, tmp_path: Path
) -> None:
    plan, _ = read(FIELDS_IN_TITLE, form, tmp_path)
    measures = list(plan.measures())
    assert tuple(m.deadline.text for m in measures) == FIELDS_IN_TITLE.notes["terms"]
    assert tuple(m.responsible for m in measures) == FIELDS_IN_TITLE.notes["executors"]
    assert measures[0].deadline.start == date(2025, 1, 1)


@pytest.mark.parametrize("form", FORMS)
def test_a_last_column_left_empty_beside_a_grouping_column_merged_down(
    form: str, tmp_path: Path
) -> None:
    """«Примітка» left empty in every row: a reader may leave the rows' last cells out."""
    noted = dataclasses.replace(
        GROUPING,
        header=[[*GROUPING.header[0], "Примітка"]],
        body=[[*row, ""] for row in GROUPING.body],
    )
    plan, _ = read(noted, form, tmp_path)
    assert outline(plan) == [(m.headings, m.number, m.title) for m in GROUPING.measures]
    assert [m.deadline.text for m in plan.measures()] == ["квітень", "червень", "вересень"]


def test_rows_short_of_the_header_s_last_cells_are_not_short_of_their_first() -> None:
    """A page's rows that leave out their empty last cells keep their numbers in place."""
    page = (
        "<h1>Звіт про виконання плану заходів у 2024 році</h1><table>"
        + row("Завдання", "№", "Захід", "Строк", "Стан виконання", "Примітка")
        + "<tr><td rowspan=2>Прозорість</td><td>1</td><td>Оприлюднення бюджету</td>"
        "<td>квітень</td><td>Виконано</td></tr>"
        + row("2", "Запуск онлайн-консультацій", "червень", "Виконано частково")
        + row("Молодь", "3", "Створення молодіжної ради", "вересень", "Не розпочато")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Оприлюднення бюджету"),
        ("2", "Запуск онлайн-консультацій"),
        ("3", "Створення молодіжної ради"),
    ]
    assert [s.title for s in plan.sections] == ["Прозорість", "Молодь"]
    assert not any("numbered by their position" in m for m in messages)


def test_a_numbered_heading_in_the_title_column_after_a_column_of_terms() -> None:
    """«Розділ 1. Освіта» alone in the title column, measures' numbers in their titles."""
    page = (
        "<h1>Звіт про виконання плану заходів на 2025 рік</h1><table>"
        + row("Термін", "Найменування заходу", "Інформація про виконання")
        + row("", "Розділ 1. Освіта", "")
        + row("березень", "1.1. Проведення конкурсу учнівських проєктів", "Проведено")
        + row("", "Розділ 2. Культура", "")
        + row("ІІІ квартал", "2.1. Дні відкритих дверей у музеях", "Не проводилися")
        + row("", "2.2. Оновлення експозиції музею", "")
        + "</table>"
    )
    plan, _ = read_page(page)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("Розділ 1.", "Освіта"),
        ("Розділ 2.", "Культура"),
    ]
    assert [m.number for m in plan.measures()] == ["1.1.", "2.1.", "2.2."]


def test_a_mark_under_the_captions_of_several_statuses_tells_none() -> None:
    """Columns of marks read as one (printed without rules): a «+» could be any status's."""
    page = (
        "<p>Звіт про виконання плану роботи на 2025 рік</p><table><tr><th>№</th>"
        "<th>Захід</th><th>Термін</th><th>Відмітка про виконання виконано частково не виконано"
        "</th><th>Примітка</th></tr>"
        + row("1", "Толока в парку", "квітень", "+", "Взяли участь 40 мешканців")
        + row("2", "Ремонт клубу", "ІІІ квартал", "+", "Відсутнє фінансування")
        + row("3", "Виставка майстрів", "вересень", "виконано частково", "")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [m.outcome.stated if m.outcome else None for m in plan.measures()] == [
        None,
        None,
        "виконано частково",  # words say their status
    ]
    assert any("the marks tell no status, measures 1; 2" in m for m in messages)
    # one status's caption: its marks are that status
    single, _ = read_page(page.replace("виконано частково не виконано", "(виконано)"))
    assert single.measure("1").outcome.status is Status.DONE  # type: ignore[union-attr]


def test_a_heading_in_the_title_column_may_show_its_measures_total() -> None:
    page = (
        "<p>Програма розвитку культури на 2025 рік</p><table><tr><th>№</th><th>Зміст заходу</th>"
        "<th>Строк</th><th>Виконавці</th><th>Обсяг фінансування, тис. грн</th></tr>"
        + row("", "Напрям 1. Аматорське мистецтво", "", "", "350,0")
        + row("1", "Костюми для хору", "ІІ квартал", "Відділ культури", "200,0")
        + row("2", "Фестиваль", "серпень", "Відділ культури", "150,0")
        + row("", "Напрям 2. Бібліотеки", "", "", "100,0")
        + row("3", "Поповнення фондів", "протягом року", "Бібліотека", "100,0")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("Напрям 1.", "Аматорське мистецтво", ["1", "2"]),
        ("Напрям 2.", "Бібліотеки", ["3"]),
    ]
    assert not any("by their position" in m for m in messages)


def test_a_numbered_row_with_cells_of_its_own_heads_the_rows_numbered_under_it() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Найменування</th>"
        "<th>Відповідальні</th><th>Строк</th></tr>"
        + row("1.", "Розвиток освіти", "Відділ освіти", "2025 рік")
        + row("1.1.", "Ремонт шкільних їдалень", "Відділ освіти", "ІІ квартал")
        + row("1.2.", "Шкільний автобус", "Відділ освіти", "ІІІ квартал")
        + row("2.", "Розвиток спорту", "Сектор спорту", "2025 рік")
        + row("2.1.", "Будівництво стадіону", "Сектор спорту", "IV квартал")
        + row("3.", "Оновлення сайту громади", "Відділ комунікацій", "травень")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections if s.title] == [
        ("1.", "Розвиток освіти"),
        ("2.", "Розвиток спорту"),
    ]
    assert [m.number for m in plan.measures()] == ["1.1.", "1.2.", "2.1.", "3."]
    # what the heading rows said of themselves is kept, and the reading is told
    assert "table 1, row 2: 1. Розвиток освіти: 2025 рік | Відділ освіти" in plan.notes
    assert any("read as the headings of the rows numbered under them" in m for m in messages)


def test_a_row_ending_with_a_colon_over_lettered_rows_heads_them() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Зміст заходу</th>"
        "<th>Строк</th></tr>"
        + row("1.", "Забезпечити:", "2025 рік")
        + row("а)", "навчання працівників з питань цивільного захисту", "ІІ квартал")
        + row("б)", "оновлення схеми оповіщення", "ІІІ квартал")
        + row("2.", "Придбати генератор", "травень")
        + row("3.", "Оновити стенд", "червень")  # no colon: a measure, though its next is lettered
        + row("а)", "у приміщенні ради", "червень")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections if s.title] == [("1.", "Забезпечити:")]
    assert [m.number for m in plan.measures()] == ["а)", "б)", "2.", "3.", "а)"]
    assert "table 1, row 2: 1. Забезпечити:: 2025 рік" in plan.notes
    assert any("read as the headings of the rows numbered under them" in m for m in messages)


def test_the_rows_under_a_heading_row_take_its_term_and_executors_where_they_name_none() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Найменування</th>"
        "<th>Відповідальні</th><th>Строк</th></tr>"
        + row("1.", "Розвиток освіти", "Відділ освіти", "2025 рік")
        + row("1.1.", "Ремонт шкільних їдалень", "", "ІІ квартал")
        + row("1.2.", "Шкільний автобус", "", "")
        + row("2.", "Оновлення сайту громади", "", "")  # under no heading: its own, none
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [(m.number, m.responsible, m.deadline.text) for m in plan.measures()] == [
        ("1.1.", ("Відділ освіти",), "ІІ квартал"),
        ("1.2.", ("Відділ освіти",), "2025 рік"),
        ("2.", (), ""),
    ]


def test_the_items_of_a_list_a_title_opens_with_cells_of_their_own_are_measures_under_it() -> None:
    """«1 | Утримання …, у тому числі:» over «| - прибирання вулиць | | Здійснюється щоденно»."""
    page = (
        "<p>План заходів з благоустрою на 2025 рік</p><table><tr><th>№</th><th>Зміст заходу</th>"
        "<th>Термін виконання</th><th>Відповідальний</th><th>Стан виконання</th></tr>"
        + row(
            "1",
            "Утримання об'єктів благоустрою, у тому числі:",
            "Протягом року",
            "КП «Благоустрій»",
            "",
        )
        + row("", "- прибирання вулиць", "", "", "Здійснюється щоденно")
        + row("", "– покіс трави", "травень-вересень", "", "Проведено 4 покоси")
        + row("", "• видалення аварійних дерев", "", "", "Видалено 37 дерев")
        + row("2", "Ремонт тротуару по вул. Миру", "ІІІ квартал", "Відділ ЖКГ", "Не виконано")
        + row("3", "Прибирання парку", "квітень", "КП «Благоустрій»", "Проведено")
        + row("", "- толока", "", "", "Проведено 2 толоки")  # no list opened: by position
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections if s.title] == [
        ("1", "Утримання об'єктів благоустрою, у тому числі:")
    ]
    measures = list(plan.measures())
    assert [(m.number, m.title, m.deadline.text, m.auto_numbered) for m in measures] == [
        ("1.1", "прибирання вулиць", "Протягом року", True),
        ("1.2", "покіс трави", "травень-вересень", True),
        ("1.3", "видалення аварійних дерев", "Протягом року", True),
        ("2", "Ремонт тротуару по вул. Миру", "ІІІ квартал", False),
        ("3", "Прибирання парку", "квітень", False),
        ("7", "- толока", "", True),  # (its place among the rows read as measures)
    ]
    assert measures[0].responsible == ("КП «Благоустрій»",)
    heading = ("Утримання об'єктів благоустрою, у тому числі:",)
    assert [(path, number) for path, number, _title in outline(plan)] == [
        (heading, "1.1"),
        (heading, "1.2"),
        (heading, "1.3"),
        ((), "2"),  # after its items, at its heading's depth: outside it
        ((), "3"),
        ((), "7"),
    ]
    listed = next(m for m in messages if "items of a list a measure's title opens" in m)
    assert "row 3; table 1, row 4; table 1, row 5" in listed
    assert any("numbered by their position: table 1, row 8" in m for m in messages)


def test_a_school_year_plans_months_fall_in_the_year_of_the_school_year() -> None:
    page = (
        "<p>План роботи гімназії на 2025/2026 навчальний рік</p><table><tr><th>№</th>"
        "<th>Зміст роботи</th><th>Термін</th></tr>"
        + row("1", "Свято першого дзвоника", "1 вересня")
        + row("2", "Новорічні ранки", "грудень")
        + row("3", "Предметні олімпіади", "січень-лютий")
        + row("4", "Атестація вчителів", "до 1 квітня 2026 року")
        + row("5", "Моніторинг якості знань", "ІІ семестр")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.deadline.start, m.deadline.end) for m in plan.measures()] == [
        (date(2025, 9, 1), date(2025, 9, 1)),
        (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 2, 28)),
        (date(2025, 1, 1), date(2026, 4, 1)),  # its year named: as written
        (date(2026, 1, 1), date(2026, 6, 30)),
    ]
    assert any("year of the season 2025/2026" in m for m in messages)
    assert not any("every year of the plan" in m for m in messages)


def test_a_heating_season_preparation_plan_is_all_in_its_first_year() -> None:
    page = (
        "<p>План заходів з підготовки до опалювального сезону 2025/2026 років</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Строк</th></tr>"
        + row("1", "Промивка систем опалення", "травень-червень")
        + row("2", "Заміна котла", "до 15 вересня")
        + row("3", "Контроль запасів палива", "постійно")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, second, third = plan.measures()
    assert (first.deadline.start, first.deadline.end) == (date(2025, 5, 1), date(2025, 6, 30))
    assert second.deadline.end == date(2025, 9, 15)
    assert (third.deadline.start, third.deadline.end) == (date(2025, 1, 1), date(2026, 12, 31))


def test_a_heading_rows_placeholders_say_nothing() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Найменування</th>"
        "<th>Відповідальні</th><th>Строк</th></tr>"
        + row("1.", "Розвиток освіти", "х", "х")
        + row("1.1.", "Ремонт їдалень", "Відділ освіти", "ІІ квартал")
        + row("", "Культура", "—", "—")
        + row("2.1.", "Фестиваль", "Відділ культури", "серпень")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Розвиток освіти"),
        (None, "Культура"),
    ]
    assert [m.number for m in plan.measures()] == ["1.1.", "2.1."]
    assert not any("of their own" in m for m in messages)  # no cells of its own to keep


def test_headings_without_numbers_in_the_title_column_over_numbered_measures() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th>"
        "<th>Виконавець</th></tr>"
        + row("", "Культура", "", "")
        + row("1", "Фестиваль ремесел", "серпень", "Відділ культури")
        + row("", "Освіта", "", "")
        + row("2", "Конкурс юних винахідників", "квітень", "Відділ освіти")
        # the rest of a title carried over, in lower case, is no heading
        + row("", "та їх батьків", "", "")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [(s.title, [m.number for m in s.measures][:1]) for s in plan.sections] == [
        ("Культура", ["1"]),
        ("Освіта", ["2"]),
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_flat_village_plan_with_its_approval(form: str, tmp_path: Path) -> None:
    plan, _ = read(LAYOUTS[1], form, tmp_path)
    assert plan.title == "ПЛАН ЗАХОДІВ\nз благоустрою села на 2024 рік"
    assert plan.approval is not None
    assert (plan.approval.number, plan.approval.on) == ("37", date(2024, 2, 14))
    third = plan.measure("3")
    assert third.responsible == ("Громадська організація «Зелений край» (за згодою)",)
    assert plan.measure("2").notes == ("за наявності коштів",)  # the «Примітка» column
    assert plan.measure("2").deadline.end == date(2024, 6, 30)


@pytest.mark.parametrize("form", FORMS)
def test_measures_without_numbers_are_numbered_by_position_with_a_warning(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(LAYOUTS[4], form, tmp_path)
    assert all(m.auto_numbered for m in plan.measures())
    assert any("numbered by their position" in m for m in messages)


@pytest.mark.parametrize("form", FORMS)
def test_numbers_restarting_under_roman_headings_are_told_apart(form: str, tmp_path: Path) -> None:
    plan, _ = read(LAYOUTS[5], form, tmp_path)
    assert [m.key for m in plan.measures()] == ["I.1", "I.2", "II.1"]
    assert plan.measure("II.1").title == "Ремонт укриттів у школах"
    assert [s.number for s in plan.sections] == ["I.", "ІІ."]  # as written, scripts mixed


@pytest.mark.parametrize("form", FORMS)
def test_funding_by_source_from_a_header_of_four_rows(form: str, tmp_path: Path) -> None:
    plan, _ = read(LAYOUTS[6], form, tmp_path)
    first = plan.measure("1")
    assert [(f.source, f.amount) for f in first.funding] == [
        ("усього", Decimal("1250.0")),
        ("державний бюджет", Decimal("1000.0")),
        ("місцевий бюджет", Decimal("250.0")),
    ]
    assert first.expected_result == "центр відкрито"
    second = plan.measure("2")
    assert [f.text for f in second.funding] == ["—", "—", "—"]
    assert second.deadline.start == date(2025, 1, 1) and second.deadline.end == date(2026, 12, 31)


@pytest.mark.parametrize("form", FORMS)
def test_a_grouping_column_heads_its_measures_and_stated_statuses_read(
    form: str, tmp_path: Path
) -> None:
    plan, _ = read(LAYOUTS[7], form, tmp_path)
    outcomes = [m.outcome for m in plan.measures()]
    assert [o.stated if o else None for o in outcomes] == [
        "Виконано",
        "Виконано частково",
        "Не розпочато",
    ]
    assert [o.status if o else None for o in outcomes] == [
        Status.DONE,
        Status.PARTIALLY_DONE,
        None,  # «not started» is decided by the date
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_mark_under_a_status_gives_that_status(form: str, tmp_path: Path) -> None:
    plan, messages = read(MARKS, form, tmp_path)
    outcomes = [m.outcome for m in plan.measures()]
    assert tuple(o.stated if o else None for o in outcomes) == MARKS.notes["stated"]
    assert [o.status if o else None for o in outcomes] == [
        Status.DONE,
        Status.NOT_DONE,
        Status.DONE,
    ]
    assert not any("kept as notes on each measure" in m for m in messages)


SHARES = Layout(
    name="share-done",
    above=["Звіт про виконання плану заходів за 2025 рік"],
    header=[
        [
            "№",
            "Найменування заходу",
            "Строк",
            "Інформація про виконання",
            Span("Обсяг фінансування", 2),
            "Рівень виконання, %",
        ],
        [UP, UP, UP, UP, "тис. грн", "% виконання", UP],
    ],
    body=[
        ["1", "Ремонт спортзалу", "ІІІ квартал", "Замінено підлогу та вікна", "90,0", "100", "60"],
        ["2", "Навчання старост", "2025 рік", "Проведено навчання", "10,0", "50", "100"],
        ["3", "Видання збірника", "грудень", "Коштів не виділено", "-", "-", "0"],
    ],
    measures=[],
    year=2025,
)


@pytest.mark.parametrize("form", ["docx", "xlsx", "txt"])
def test_a_column_of_the_share_done_states_the_status(form: str, tmp_path: Path) -> None:
    plan, messages = read(SHARES, form, tmp_path)
    outcomes = [m.outcome for m in plan.measures()]
    assert [o.stated if o else None for o in outcomes] == ["60 %", "100 %", "0 %"]
    assert [o.status if o else None for o in outcomes] == [
        Status.PARTIALLY_DONE,
        Status.DONE,
        Status.NOT_DONE,
    ]
    # the share of the money spent is the money's, not the measure's: kept in its notes
    assert plan.measure("2").notes == ("Обсяг фінансування / % виконання: 50",)
    assert any("% виконання" in m and "kept as notes" in m for m in messages)


FUNDING_BY_ROWS = Layout(
    name="funding-by-rows",
    above=["Заходи програми розвитку освіти на 2025–2026 роки"],
    header=[
        [
            "№ з/п",
            "Перелік заходів",
            "Строк виконання",
            "Виконавці",
            "Джерела фінансування",
            "Рік",
            "Обсяг фінансування, тис. грн",
        ]
    ],
    body=[
        [
            "1",
            "Заміна вікон у ліцеї",
            "2025–2026 роки",
            "Відділ освіти",
            "Державний бюджет",
            "2025",
            "1 200,0",
        ],
        [UP, UP, UP, UP, "Місцевий бюджет", "2025", "300,0"],
        [UP, UP, UP, UP, "Місцевий бюджет", "2026", "150,5"],
        ["2", "Курси для вчителів", "2025 рік", "Відділ освіти", "Місцевий бюджет", "2025", "80,0"],
        [
            "3",
            "Нарада директорів шкіл",
            "2025 рік",
            "Відділ освіти",
            "Не потребує фінансування",
            "",
            "",
        ],
    ],
    measures=[],
    year=2025,
    end_year=2026,
)


@pytest.mark.parametrize("form", FORMS)
def test_funding_in_a_row_per_source_and_year_pairs_each_amount_with_its_own(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(FUNDING_BY_ROWS, form, tmp_path)
    assert [(f.source, f.year, f.amount) for f in plan.measure("1").funding] == [
        ("Державний бюджет", 2025, Decimal("1200.0")),
        ("Місцевий бюджет", 2025, Decimal("300.0")),
        ("Місцевий бюджет", 2026, Decimal("150.5")),
    ]
    assert [(f.source, f.year, f.amount) for f in plan.measure("2").funding] == [
        ("Місцевий бюджет", 2025, Decimal("80.0"))
    ]
    assert [f.text for f in plan.measure("3").funding] == ["Не потребує фінансування"]
    # the term column is the term: «Рік» beside it is the year of each line of funding
    assert plan.measure("1").deadline.kind is civplan.DeadlineKind.YEARS
    assert plan.measure("1").notes == ()
    assert not any("kept as notes" in m or "read by their cells" in m for m in messages)


FUNDING_BY_SOURCE_AND_YEAR = Layout(
    name="funding-by-source-and-year",
    above=["Напрями діяльності та заходи Програми розвитку освіти на 2025–2026 роки"],
    header=[
        ["№ з/п", "Перелік заходів", "Строк виконання", "Джерела фінансування",
         Span("Обсяги фінансування, тис. грн", 3)],
        [UP, UP, UP, UP, "усього", "2025", "2026"],
    ],
    body=[
        ["1", "Заміна вікон у ліцеї", "2025–2026 роки", "Державний бюджет", "1 500,0",
         "1 000,0", "500,0"],
        [UP, UP, UP, "Місцевий бюджет", "300,0", "150,0", "150,0"],
    ],
    measures=[],
    year=2025,
    end_year=2026,
)  # fmt: skip


@pytest.mark.parametrize("form", FORMS)
def test_a_row_s_total_over_the_years_is_its_source_s_total(form: str, tmp_path: Path) -> None:
    """«усього» beside the years, on a source's row: that source's total, not a source."""
    plan, _ = read(FUNDING_BY_SOURCE_AND_YEAR, form, tmp_path)
    assert [(f.source, f.year, f.amount) for f in plan.measure("1").funding] == [
        ("Державний бюджет", None, Decimal("1500.0")),
        ("Державний бюджет", 2025, Decimal("1000.0")),
        ("Державний бюджет", 2026, Decimal("500.0")),
        ("Місцевий бюджет", None, Decimal("300.0")),
        ("Місцевий бюджет", 2025, Decimal("150.0")),
        ("Місцевий бюджет", 2026, Decimal("150.0")),
    ]


MEASURES_LISTED_IN_A_CELL = Layout(
    name="measures-listed-in-a-cell",
    above=["План заходів з розвитку освіти на 2025 рік"],
    header=[["№ з/п", "Назва завдання", "Перелік заходів", "Строк виконання", "Виконавці"]],
    body=[
        ["1", "Модернізація шкіл",
         "1) заміна вікон у ліцеї;\n2) облаштування укриття;\n3) ремонт спортзалу",
         "ІІ квартал\nІІІ квартал\nІV квартал", "Відділ освіти"],
        ["2", "Навчання вчителів", "1) курси з інформатики;\n2) тренінги для директорів",
         "2025 рік", "Методичний центр"],
    ],
    measures=[],
    year=2025,
)  # fmt: skip


@pytest.mark.parametrize("form", FORMS)
def test_measures_listed_in_one_title_cell_are_a_measure_each(form: str, tmp_path: Path) -> None:
    """«1) …;↵2) …» in the cell of measures: each its own, a cell of as many lines shared out."""
    plan, messages = read(MEASURES_LISTED_IN_A_CELL, form, tmp_path)
    assert [(m.key, m.title) for m in plan.measures()] == [
        ("1.1", "заміна вікон у ліцеї"),
        ("1.2", "облаштування укриття"),
        ("1.3", "ремонт спортзалу"),
        ("2.1", "курси з інформатики"),
        ("2.2", "тренінги для директорів"),
    ]
    assert [m.deadline.text for m in plan.measures()][:3] == [
        "ІІ квартал",
        "ІІІ квартал",
        "ІV квартал",
    ]
    assert all(m.responsible == ("Відділ освіти",) for m in plan.section("1").measures)
    assert any("listing several measures" in m for m in messages)


def test_a_listed_title_cell_with_one_sum_for_them_all_stays_one_measure() -> None:
    """Money can be given to none of them whole: the row stays one measure, as written."""
    page = (
        "<h1>План заходів на 2025 рік</h1><table><tr><th>№</th><th>Перелік заходів</th>"
        "<th>Строк</th><th>Обсяг фінансування, тис. грн</th></tr>"
        "<tr><td>1)</td><td>ремонт даху;<br>2) заміна вікон</td><td>2025 рік</td>"
        "<td>450,0</td></tr></table>"
    )
    plan, messages = read_page(page)
    (measure,) = plan.measures()
    assert measure.title == "ремонт даху;\n2) заміна вікон"
    assert [f.amount for f in measure.funding] == [Decimal("450.0")]
    assert not any("listing several measures" in m for m in messages)


def test_sources_and_amounts_listed_in_one_cell_each_are_paired_line_by_line() -> None:
    page = (
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th>"
        "<th>Джерела фінансування</th><th>Обсяг фінансування, тис. грн</th></tr>"
        "<tr><td>1</td><td>Ремонт амбулаторії</td><td>2025 рік</td>"
        "<td>обласний бюджет<br>місцевий бюджет</td><td>500,0<br>120,0</td></tr>"
        "<tr><td>2</td><td>Ремонт клубу</td><td>2025 рік</td>"
        "<td>обласний бюджет,<br>місцевий бюджет</td><td>620,0</td></tr>"
        "<tr><td>3</td><td>Ремонт школи</td><td>2025 рік</td>"
        "<td>Усього<br>у тому числі:<br>державний бюджет<br>місцевий бюджет</td>"
        "<td>1 500,0<br><br>1 200,0<br>300,0</td></tr></table>"
    )
    plan, _ = read_page(page)
    assert [(f.source, f.amount) for f in plan.measure("1").funding] == [
        ("обласний бюджет", Decimal("500.0")),
        ("місцевий бюджет", Decimal("120.0")),
    ]
    # two sources over one amount: nothing to pair, the amount is the sources' together
    assert [(f.source, f.amount) for f in plan.measure("2").funding] == [
        ("обласний бюджет,\nмісцевий бюджет", Decimal("620.0"))
    ]
    # «у тому числі:» opens the parts of the total: no line of its own
    assert [(f.source, f.amount) for f in plan.measure("3").funding] == [
        ("Усього", Decimal("1500.0")),
        ("державний бюджет", Decimal("1200.0")),
        ("місцевий бюджет", Decimal("300.0")),
    ]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        (("№", "Захід", "Рік", "Виконавець"), "deadline"),  # the only term
        (("№", "Захід", "Строк", "Рік", "Виконавець"), None),  # no funding: kept as notes
    ],
)
def test_a_column_of_years_is_the_term_unless_a_term_column_stands_beside_it(
    header: tuple[str, ...], field: str | None
) -> None:
    cells = {"№": "1", "Захід": "Семінар для бухгалтерів", "Рік": "2025", "Строк": "ІІ квартал"}
    cells["Виконавець"] = "Фінансове управління"
    page = (
        "<h1>План заходів на 2025 рік</h1><table><tr>"
        + "".join(f"<th>{c}</th>" for c in header)
        + "</tr><tr>"
        + "".join(f"<td>{cells[c]}</td>" for c in header)
        + "</tr></table>"
    )
    plan, messages = read_page(page)
    measure = plan.measure("1")
    if field == "deadline":
        assert measure.deadline.text == "2025" and measure.notes == ()
    else:
        assert measure.deadline.text == "ІІ квартал" and measure.notes == ("Рік: 2025",)
        assert any("«Рік» kept as notes" in m for m in messages)


@pytest.mark.parametrize("form", FORMS)
def test_an_english_report_with_its_status_scale(form: str, tmp_path: Path) -> None:
    plan, _ = read(LAYOUTS[8], form, tmp_path)
    assert plan.measure("1.1").outcome == civplan.Outcome(
        text="Data published every month", status=Status.DONE, stated="Complete"
    )
    assert plan.measure("1.2").outcome.status is Status.PARTIALLY_DONE  # type: ignore[union-attr]
    assert plan.measure("1.1").responsible == ("Ministry of Finance",)
    assert plan.measure("1.2").deadline.kind is civplan.DeadlineKind.YEARS


@pytest.mark.parametrize("form", FORMS)
def test_a_repeated_header_and_broken_captions(form: str, tmp_path: Path) -> None:
    plan, messages = read(LAYOUTS[9], form, tmp_path)
    assert plan.measure("3").responsible == ("Відділ економіки",)
    assert plan.measure("1").deadline.end == date(2024, 9, 30)
    assert plan.approval is not None and plan.approval.number == "51"
    assert not any("kept as notes" in m for m in messages)


def test_a_table_of_figures_by_year_after_the_measures_is_kept_as_notes(tmp_path: Path) -> None:
    """A programme's annex of indicators («Показник | 2025 | 2026»): no measures in it."""
    page = tmp_path / "programme.html"
    page.write_text(
        "<html><body><h2>Програма підтримки спорту на 2025-2026 роки</h2>"
        "<table><tr><td>1.</td><td>Ініціатор розроблення Програми</td><td>Відділ спорту</td></tr>"
        "<tr><td>2.</td><td>Термін реалізації Програми</td><td>2025-2026 роки</td></tr></table>"
        "<p>Додаток 1. Заходи Програми</p><table><tr><th>№</th><th>Назва заходу</th>"
        "<th>Строк виконання</th><th>Виконавці</th></tr>"
        "<tr><td>1.</td><td>Проведення турніру з волейболу</td><td>2025</td><td>Відділ спорту</td>"
        "</tr><tr><td>2.</td><td>Придбання інвентарю</td><td>2026</td><td>Відділ спорту</td></tr>"
        "</table><p>Додаток 2. Результативні показники</p>"
        "<table><tr><td>Показник</td><td>2025</td><td>2026</td></tr>"
        "<tr><td>Кількість учасників змагань, осіб</td><td>120</td><td>150</td></tr>"
        "<tr><td>Кількість змагань</td><td>4</td><td>4</td></tr></table>"
        "</body></html>",
        "utf-8",
    )
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(page)
    assert [m.number for m in plan.measures()] == ["1.", "2."]
    assert any("Кількість учасників змагань, осіб | 120 | 150" in note for note in plan.notes)
    assert any(note.endswith("Кількість змагань | 4 | 4") for note in plan.notes)  # each cell


@pytest.mark.parametrize("form", ["html", "textdump"])
def test_a_signature_in_the_table_s_last_row_is_no_measure(form: str) -> None:
    """«Начальник відділу | | Олена КОВАЛЬ» under the numbered measures, in the table itself."""
    rows = [
        ("№", "Найменування заходу", "Строк", "Стан виконання"),
        ("1", "Провести семінар для старост", "І квартал", "Проведено"),
        ("2", "Видати довідник громади", "ІІ квартал", "Видано 300 примірників"),
        ("", "Начальник відділу культури", "", "Олена КОВАЛЬ"),
    ]
    title = "Звіт про виконання плану заходів на 2024 рік"
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        data = f"<html><body><h1>{title}</h1><table>{cells}</table></body></html>"
    else:  # a table aligned by spaces
        data = "\n".join([title, "", *(f"{a:<4}{b:<32}{c:<12}{d}" for a, b, c, d in rows)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(data.encode()), form)
    assert [m.number for m in plan.measures()] == ["1", "2"]
    assert [note.split(": ", 1)[1].replace(" |", "").split() for note in plan.notes] == [
        ["Начальник", "відділу", "культури", "Олена", "КОВАЛЬ"]
    ]
    assert not any("numbered by their position" in str(w.message) for w in caught)


@pytest.mark.parametrize("form", ["html", "textdump"])
def test_a_measure_row_with_its_cells_is_no_signature_whatever_its_words(form: str) -> None:
    """An unnumbered row with a term and a report, its title an office's word, a name last."""
    rows = [
        ("№", "Найменування заходу", "Строк", "Виконавець", "Стан виконання"),
        ("1", "Провести семінар для старост", "І квартал", "Відділ освіти", "Проведено"),
        ("2", "Провести конкурс малюнків", "ІІ квартал", "Відділ культури", "Проведено"),
        ("", "Керівництво роботою штабу", "постійно", "Голова громади", "Працює, О. Петренко"),
    ]
    if form == "html":
        cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        data = f"<html><body><h1>Звіт за 2024 рік</h1><table>{cells}</table></body></html>"
    else:  # a table aligned by spaces
        lines = (f"{a:<4}{b:<32}{c:<12}{d:<18}{e}" for a, b, c, d, e in rows)
        data = "\n".join(["Звіт за 2024 рік", "", *lines])
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(data.encode()), form)
    assert not any("Керівництво" in note for note in plan.notes)  # no signature
    if form == "html":  # (in text a line without a number goes on with the row above)
        assert [m.title for m in plan.measures()][2:] == ["Керівництво роботою штабу"]


def test_lines_over_a_later_table_s_header_are_notes_named_by_their_own_row() -> None:
    """Cells of one row over a second table's header: each note names that row, not the next."""
    page = (
        "<html><body><h1>Звіт про виконання плану заходів на 2025 рік</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th><th>Стан виконання</th>"
        "</tr><tr><td>1.1</td><td>Провести семінар</td><td>І квартал</td><td>Проведено</td></tr>"
        "<tr><td>1.2</td><td>Видати довідник</td><td>ІІ квартал</td><td>Видано</td></tr></table>"
        "<table><tr><td>Додаток 2</td><td>до звіту</td><td>за підписом</td><td>керівника</td></tr>"
        "<tr><th>№</th><th>Найменування заходу</th><th>Строк</th><th>Стан виконання</th></tr>"
        "<tr><td>2.1</td><td>Провести конкурс</td><td>ІІІ квартал</td><td>Проведено</td></tr>"
        "<tr><td>2.2</td><td>Оновити сайт</td><td>IV квартал</td><td>Оновлено</td></tr>"
        "</table></body></html>"
    )
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        plan = civplan.load(io.BytesIO(page.encode()), "html")
    assert [m.number for m in plan.measures()] == ["1.1", "1.2", "2.1", "2.2"]
    assert plan.notes == tuple(
        f"table 2, row 1: {text}" for text in ("Додаток 2", "до звіту", "за підписом", "керівника")
    )


def test_captions_hyphenated_by_hand_inside_a_word_are_read_whole(tmp_path: Path) -> None:
    """«Інформа-ція про виконання» typed to fit a narrow column; a compound stays as it is."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        "<tr><th>№</th><th>Найменування заходу</th><th>Термін вико-нання</th>"
        "<th>Відпові-дальні виконавці</th><th>Інформа-ція про виконання</th></tr>"
        "<tr><td>1.</td><td>Проведення наради</td><td>І квартал</td><td>Відділ освіти</td>"
        "<td>Нараду проведено</td></tr></table></body></html>",
        "utf-8",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(page)
    assert plan.measure("1").outcome == civplan.Outcome(text="Нараду проведено")
    assert plan.measure("1").responsible == ("Відділ освіти",)
    assert not [w for w in caught if "kept as notes" in str(w.message)]
    from civplan.importers.captions import normalize_caption

    assert normalize_caption("Науково-технічний результат") == "науково-технічний результат"
    # a word broken where its parts are words too: a short first part, or none of a compound's
    assert normalize_caption("Стан ви-конання") == "стан виконання"
    assert normalize_caption("Тер-мін виконання") == "термін виконання"
    assert normalize_caption("Соціально-економічний ефект") == "соціально-економічний ефект"


def test_captions_typed_with_latin_look_alikes_are_read(tmp_path: Path) -> None:
    """«Нaйменування» with a Latin «a», «Cтан» with a Latin «C»: the captions shown."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        "<tr><th>№</th><th>Нaйменування заходу</th><th>Термін виконання</th>"
        "<th>Cтан виконання</th></tr>"
        "<tr><td>1.</td><td>Проведення наради</td><td>І квартал</td><td>Нараду проведено</td>"
        "</tr></table></body></html>",
        "utf-8",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = civplan.load(page)
    assert plan.measure("1").title == "Проведення наради"
    assert plan.measure("1").outcome == civplan.Outcome(text="Нараду проведено")
    assert not [w for w in caught if "kept as notes" in str(w.message)]


@pytest.mark.parametrize("form", FORMS)
def test_odd_numbers_are_kept_and_a_repeated_one_is_told_apart(form: str, tmp_path: Path) -> None:
    plan, messages = read(LAYOUTS[10], form, tmp_path)
    keys = [m.key for m in plan.measures()]
    assert keys == ["1.1", "1.1-1", "1.2а", "1.3", "1.1.1.5.4", "1.5", "1.5#2"]
    assert any("repeated" in m for m in messages)


@pytest.mark.parametrize("form", FORMS)
def test_columns_unknown_by_caption_are_read_by_their_cells(form: str, tmp_path: Path) -> None:
    plan, messages = read(LAYOUTS[11], form, tmp_path)
    second = plan.measure("2")
    assert second.deadline.kind is civplan.DeadlineKind.QUARTER
    assert second.responsible == ("Головний спеціаліст відділу",)
    assert second.outcome is not None
    assert second.outcome.text == "Довідку підготовлено та направлено голові"
    guessed = next(m for m in messages if "read by their cells" in m)
    assert "column 3 as deadline" in guessed and "column 4 as responsible" in guessed


@pytest.mark.parametrize("form", FORMS)
def test_rows_joined_to_the_measure_above_are_warned_of(form: str, tmp_path: Path) -> None:
    plan, messages = read(LAYOUTS[12], form, tmp_path)
    joined = plan.measure("1.2")
    assert joined.responsible == ("Управління соцзахисту", "Благодійний фонд (за згодою)")
    assert joined.outcome is not None
    # each executor's part of the outcome is named, the first row's too
    assert joined.outcome.text == (
        "Управління соцзахисту: Надано 3 500 продуктових наборів\nПеревезено вантажі з Польщі"
        "\nБлагодійний фонд (за згодою): Фонд передав 200 наборів"
    )
    assert any("joined to the measure above" in m for m in messages)


def test_explain_says_how_each_row_and_column_was_read(tmp_path: Path) -> None:
    explanation = civplan.explain(write(LAYOUTS[6], "docx", tmp_path))
    text = str(explanation)
    assert "header: table 1, rows 1–3" in text
    assert (
        "column 5 «Обсяг фінансування, тис. грн / у тому числі / державний бюджет»: funding" in text
    )
    assert "row 4: column numbers" in text
    [table] = explanation.tables
    assert [c.field for c in table.columns] == [
        "number",
        "title",
        "deadline",
        "funding",
        "funding",
        "funding",
        "expected_result",
    ]
    assert explanation.metadata.year == 2024 and explanation.metadata.end_year == 2026


def test_a_dash_in_the_source_of_funding_names_no_source() -> None:
    page = (
        "<h1>План заходів на 2025 рік</h1>"
        "<table><tr><th>№ з/п</th><th>Найменування заходу</th><th>Строк виконання</th>"
        "<th>Джерела фінансування</th><th>Обсяг фінансування, тис. грн</th></tr>"
        "<tr><td>1</td><td>Ремонт клубу</td><td>2025 рік</td><td>місцевий бюджет</td>"
        "<td>300</td></tr>"
        "<tr><td>2</td><td>Виставка робіт учнів</td><td>травень</td><td>—</td><td>—</td></tr>"
        "<tr><td>3</td><td>Нарада з директорами</td><td>червень</td><td>х</td><td></td></tr>"
        "</table>"
    )
    plan = civplan.load(io.BytesIO(page.encode()), "html")
    assert [(f.source, f.amount) for f in plan.measure("1").funding] == [
        ("місцевий бюджет", Decimal("300"))
    ]
    assert [(f.source, f.amount, f.text) for f in plan.measure("2").funding] == [(None, None, "—")]
    assert plan.measure("3").funding == ()


def test_money_spent_is_kept_in_notes_not_taken_for_planned_funding() -> None:
    page = (
        "<h1>Звіт про виконання плану заходів у 2025 році</h1>"
        "<table><tr><th>№ з/п</th><th>Найменування заходу</th><th>Строк виконання</th>"
        "<th>Обсяг фінансування, тис. грн</th><th>Фактично профінансовано, тис. грн</th>"
        "<th>Фактичний стан виконання</th></tr>"
        "<tr><td>1</td><td>Ремонт клубу</td><td>2025 рік</td><td>300</td><td>120,5</td>"
        "<td>Відремонтовано дах і фасад, замінено вікна у глядацькій залі клубу</td></tr>"
        "</table>"
    )
    plan, messages = read_page(page)
    measure = plan.measure("1")
    assert [f.amount for f in measure.funding] == [Decimal("300")]
    assert measure.notes == ("Фактично профінансовано, тис. грн: 120,5",)
    assert measure.outcome is not None and measure.outcome.text.startswith("Відремонтовано")
    assert any("«Фактично профінансовано, тис. грн» kept as notes" in m for m in messages)
    assert not any("read by their cells" in m for m in messages)


def test_a_share_of_completion_states_the_status_and_is_not_guessed_as_funding() -> None:
    page = (
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th>"
        "<th>Стан виконання</th><th>Рівень виконання, %</th></tr>"
        "<tr><td>1</td><td>Утеплення амбулаторії</td><td>2025 рік</td>"
        "<td>Утеплено фасад, вікна замінено частково</td><td>70</td></tr></table>"
    )
    plan, messages = read_page(page)
    measure = plan.measure("1")
    assert measure.funding == ()
    assert measure.outcome == civplan.Outcome(
        text="Утеплено фасад, вікна замінено частково",
        status=Status.PARTIALLY_DONE,
        stated="70 %",
    )
    assert not any("read by their cells" in m for m in messages)


def test_plan_and_fact_under_one_funding_caption() -> None:
    """«Обсяг фінансування» over «план | факт»: the plan's amount, and money spent in notes."""
    page = (
        "<table><tr><th rowspan='2'>№</th><th rowspan='2'>Зміст заходу</th>"
        "<th rowspan='2'>Термін</th><th colspan='2'>Обсяг фінансування, тис. грн</th>"
        "<th rowspan='2'>Інформація про виконання</th></tr><tr><th>план</th><th>факт</th></tr>"
        "<tr><td>1</td><td>Заміна вікон у будинку культури</td><td>2025 рік</td><td>410,0</td>"
        "<td>395,2</td><td>Замінено 24 вікна, роботи прийнято за актом</td></tr></table>"
    )
    plan, _messages = read_page(page)
    measure = plan.measure("1")
    assert [(f.source, f.amount) for f in measure.funding] == [(None, Decimal("410.0"))]
    assert measure.notes == ("Обсяг фінансування, тис. грн / факт: 395,2",)


def test_the_actual_term_and_money_in_brackets_are_reported_not_planned() -> None:
    """«Строк виконання (плановий | фактичний)», «Обсяг фінансування (фактичний)»: the plan's."""
    page = (
        "<table><tr><th>№</th><th>Зміст заходу</th><th>Строк виконання (плановий)</th>"
        "<th>Строк виконання (фактичний)</th><th>Обсяг фінансування (плановий), тис. грн</th>"
        "<th>Обсяг фінансування (фактичний), тис. грн</th><th>Інформація про виконання</th></tr>"
        "<tr><td>1</td><td>Ремонт покрівлі амбулаторії</td><td>ІІ квартал 2025 року</td>"
        "<td>вересень 2025 року</td><td>300,0</td><td>287,4</td>"
        "<td>Покрівлю відремонтовано із запізненням</td></tr></table>"
    )
    plan, _messages = read_page(page)
    measure = plan.measure("1")
    assert measure.deadline.text == "ІІ квартал 2025 року"
    assert [f.amount for f in measure.funding] == [Decimal("300.0")]
    assert measure.notes == (
        "Строк виконання (фактичний): вересень 2025 року",
        "Обсяг фінансування (фактичний), тис. грн: 287,4",
    )


def test_a_term_that_ends_before_it_begins_is_read_into_the_next_year_with_a_warning() -> None:
    page = (
        "<h1>План заходів на 2025 рік</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th></tr>"
        "<tr><td>1</td><td>Гурткова робота</td><td>вересень – травень</td></tr>"
        "<tr><td>2</td><td>Толока в парку</td><td>квітень</td></tr></table>"
    )
    plan, messages = read_page(page)
    term = plan.measure("1").deadline
    assert (term.start, term.end) == (date(2025, 9, 1), date(2026, 5, 31))
    assert term.note is not None and "ends before it begins" in term.note
    assert any(
        "read into the next year: 1 «вересень – травень» (01.09.2025–31.05.2026)" in m
        for m in messages
    )
    assert not any("name no year" in m for m in messages)


def test_a_deadline_without_a_year_in_a_plan_of_several_years_is_warned_of() -> None:
    page = (
        "<h1>План заходів на 2024–2026 роки</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th></tr>"
        "<tr><td>1</td><td>Звіт перед громадою</td><td>І квартал</td></tr>"
        "<tr><td>2</td><td>Оновлення стратегії</td><td>ІІ квартал 2025 року</td></tr>"
        "<tr><td>3</td><td>Толока в парку</td><td>квітень, жовтень</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert (plan.year, plan.end_year) == (2024, 2026)
    assert len(plan.measure("1").deadline.parts) == 3  # every year of the plan
    messages = [m for m in messages if "name no year" in m]
    assert len(messages) == 1
    assert "1 «І квартал»; 3 «квітень, жовтень»" in messages[0]
    assert "«ІІ квартал 2025 року»" not in messages[0]


def test_a_plan_for_one_year_of_a_strategy_s_years_reads_its_terms_in_that_year() -> None:
    page = (
        "<h1>План заходів на 2026 рік з реалізації Стратегії розвитку Лозівської громади "
        "на 2021–2027 роки</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th></tr>"
        "<tr><td>1</td><td>Звіт перед громадою</td><td>І квартал</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert (plan.year, plan.end_year) == (2026, None)
    term = plan.measure("1").deadline
    assert (term.start, term.end, term.parts) == (date(2026, 1, 1), date(2026, 3, 31), ())
    assert not any("name no year" in m for m in messages)


def test_a_deadline_with_a_mistyped_word_is_read_mended_with_a_warning() -> None:
    page = (
        "<h1>План заходів на 2024–2026 роки</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th></tr>"
        "<tr><td>1</td><td>Звіт перед громадою</td><td>ІІІ кврталу 2025 року</td></tr>"
        "<tr><td>2</td><td>Прибирання узбіч</td><td>постіийно</td></tr>"
        "<tr><td>3</td><td>Толока в парку</td><td>ІІ кватрал</td></tr></table>"
    )
    plan, messages = read_page(page)
    first, second, third = (plan.measure(n).deadline for n in ("1", "2", "3"))
    assert (first.kind, first.start, first.end) == (
        civplan.DeadlineKind.QUARTER,
        date(2025, 7, 1),
        date(2025, 9, 30),
    )
    assert (second.kind, second.start, second.end) == (
        civplan.DeadlineKind.CONTINUOUS,
        date(2024, 1, 1),
        date(2026, 12, 31),
    )
    assert [(p.start, p.end) for p in third.parts] == [
        (date(year, 4, 1), date(year, 6, 30)) for year in (2024, 2025, 2026)
    ]
    mended = [m for m in messages if "mistyped" in m]
    assert mended == [
        "<stream>: deadlines read with a mistyped word mended: 1 «ІІІ кврталу 2025 року» "
        "(«кврталу» as «кварталу»); 2 «постіийно» («постіийно» as «постійно»); 3 «ІІ кватрал» "
        "(«кватрал» as «квартал»)"
    ]
    # (the third names no year either, and is warned of for that as well)
    assert any("name no year" in m and "3 «ІІ кватрал»" in m for m in messages)


@pytest.mark.parametrize(
    ("title", "read_in"),
    [
        ("Звіт про виконання плану заходів на 2024–2026 роки за 2025 рік", 2025),
        ("Інформація про виконання Програми на 2024–2026 роки за І півріччя 2025 року", 2025),
        ("Звіт про виконання плану на 2024–2026 роки станом на 01.01.2026", 2025),
        # a report of two of its years, or a plan: every year of the plan, as before
        ("Звіт про виконання плану заходів на 2024–2026 роки за 2024–2025 роки", None),
        ("План заходів на 2024–2026 роки", None),
        ("План заходів на 2024–2026 роки (зі змінами станом на 01.03.2025)", None),
    ],
)
def test_a_report_for_one_year_of_a_plan_of_several_reads_its_yearless_terms_in_it(
    title: str, read_in: int | None
) -> None:
    page = (
        f"<h1>{title}</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th>"
        "<th>Стан виконання</th></tr>"
        + row("1", "Змагання серед школярів", "ІІ–ІІІ квартали", "Проведено 6 з 12 змагань")
        + row("2", "Ремонт стадіону", "2025–2026 роки", "Укладено договір підряду")
        + "</table>"
    )
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert (second.deadline.start, second.deadline.end) == (date(2025, 1, 1), date(2026, 12, 31))
    told = [m for m in messages if "the year of the plan the report is for" in m]
    if read_in is None:
        assert len(first.deadline.parts) == 3 and not told  # every year of the plan
        return
    assert first.deadline.start == date(read_in, 4, 1) and not first.deadline.parts
    assert told == [
        f"<stream>: terms that name no year read in {read_in}, the year of the plan "
        "the report is for: measures 1"
    ]
    assert civplan.assess(first, date(read_in, 12, 31)).status is civplan.Status.PARTIALLY_DONE


@pytest.mark.parametrize("page", ["<!-- нічого -->", '<?xml version="1.0"?>\n'])
def test_a_page_with_no_content_says_so(page: str) -> None:
    with pytest.raises(civplan.DocumentError) as info:
        civplan.load(io.BytesIO(page.encode()), "html")
    assert info.value.problems == ["the page has no content"]


def test_a_script_inside_a_heading_is_dropped_and_the_words_after_it_kept() -> None:
    page = (
        "<h1>Звіт<script>var shown = 1;</script> про виконання плану заходів<style>h1{}</style>"
        " у 2025 році</h1>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th></tr>"
        "<tr><td>1</td><td>Толока в парку</td><td>квітень</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert plan.title == "Звіт про виконання плану заходів у 2025 році"


HEADER_ROW = "<tr><th>№</th><th>Найменування заходу</th><th>Строк виконання</th></tr>"


def test_headings_written_between_tables_head_the_rows_below_them() -> None:
    """A page (or a Word file) that writes each section as a heading above its own table."""
    page = (
        "<h1>План заходів на 2025 рік</h1>"
        "<h3>1. Освіта</h3>"
        f"<table>{HEADER_ROW}<tr><td>1.1</td><td>Ремонт їдальні ліцею</td><td>ІІ квартал</td></tr>"
        "<tr><td>1.2</td><td>Закупівля ноутбуків</td><td>ІІІ квартал</td></tr></table>"
        "<p>Продовження додатка</p><h3>2. Культура</h3>"
        f"<table>{HEADER_ROW}<tr><td>2.1</td><td>Фестиваль вишиванки</td><td>травень</td></tr>"
        "</table>"
        "<h3>3. Спорт і туризм</h3>"
        "<table><tr><td>3.1</td><td>Звіт перед громадою</td><td>грудень</td></tr>"
        "<tr><td>3.2</td><td>Оновлення сайту громади</td><td>постійно</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert plan.title == "План заходів на 2025 рік"
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Освіта"),
        ("2.", "Культура"),
        ("3.", "Спорт і туризм"),
    ]
    assert [m.number for m in plan.sections[1].measures] == ["2.1"]
    # a line saying only that the table goes on is neither a heading nor a note
    assert not any("Продовження" in note for note in plan.notes)
    assert not any("Освіта" in m or "Культура" in m or "Продовження" in m for m in messages)


def test_a_numbered_line_above_the_first_table_heads_it_only_when_its_measures_lie_under_it() -> (
    None
):
    decision = (
        "<p>1. Затвердити план заходів з благоустрою на 2025 рік</p>"
        f"<table>{HEADER_ROW}<tr><td>1</td><td>Толока в парку</td><td>квітень</td></tr>"
        "<tr><td>2</td><td>Ремонт лавок</td><td>травень</td></tr></table>"
    )
    plan, _messages = read_page(decision)
    assert plan.title.startswith("1. Затвердити план заходів")
    assert [s.title for s in plan.sections] == [None]


def test_a_heading_broken_over_lines_between_tables_is_one_heading() -> None:
    """A PDF gives each line of the text between its tables as a paragraph."""
    page = (
        "<p>План заходів на 2025 рік</p>"
        f"<table>{HEADER_ROW}<tr><td>1.1</td><td>Ремонт їдальні ліцею</td><td>ІІ квартал</td></tr>"
        "<tr><td>1.2</td><td>Закупівля ноутбуків</td><td>ІІІ квартал</td></tr></table>"
        "<p>Сторінка 2 з 3</p><p>2. Підтримка ветеранів та членів</p><p>їхніх сімей</p>"
        f"<table>{HEADER_ROW}<tr><td>2.1</td><td>Психологічна допомога</td><td>постійно</td></tr>"
        "</table>"
    )
    plan, _messages = read_page(page)
    assert [s.title for s in plan.sections] == [None, "Підтримка ветеранів та членів їхніх сімей"]
    assert [m.number for m in plan.sections[1].measures] == ["2.1"]
    assert any("Сторінка 2 з 3" in note for note in plan.notes)


def test_the_first_of_roman_sections_above_the_first_table_heads_it() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><p>І. Загальні питання</p>"
        f"<table>{HEADER_ROW}<tr><td>1</td><td>Звіт перед громадою</td><td>грудень</td></tr>"
        "<tr><td>2</td><td>Оновлення сайту</td><td>постійно</td></tr></table>"
        "<p>ІІ. Освіта</p>"
        f"<table>{HEADER_ROW}<tr><td>1</td><td>Ремонт їдальні</td><td>ІІ квартал</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert plan.title == "План заходів на 2025 рік"
    assert [(s.number, s.title) for s in plan.sections] == [
        ("І.", "Загальні питання"),
        ("ІІ.", "Освіта"),
    ]


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Стратегічна ціль 1. Розвиток економіки", "Стратегічна ціль 1."),
        ("Напрям І: Розвиток економіки", "Напрям І:"),
        ("Розділ 1 Розвиток економіки", "Розділ 1"),
    ],
)
def test_a_first_heading_led_by_its_word_above_the_first_table_heads_it(
    line: str, number: str
) -> None:
    """«Стратегічна ціль 1.» says it is a heading, whatever the measures' numbers below."""
    second = number.replace("1", "2").replace("І", "ІІ")
    page = (
        f"<p>Звіт про виконання плану заходів за 2025 рік</p><p>{line}</p>"
        f"<table>{HEADER_ROW}<tr><td>1</td><td>Форум підприємців</td><td>травень</td></tr>"
        "<tr><td>2</td><td>Інвестиційний паспорт</td><td>грудень</td></tr></table>"
        f"<p>{second} Безпечне середовище</p>"
        f"<table>{HEADER_ROW}<tr><td>3</td><td>Камери на в'їздах</td><td>ІV квартал</td></tr>"
        "</table>"
    )
    plan, _messages = read_page(page)
    assert plan.title == "Звіт про виконання плану заходів за 2025 рік"
    assert [s.title for s in plan.sections] == ["Розвиток економіки", "Безпечне середовище"]
    assert plan.sections[0].number == number
    assert [m.number for m in plan.sections[0].measures] == ["1", "2"]


@pytest.mark.parametrize(
    "word", ["Проблема", "ОСР", "Очікуваний стратегічний результат", "Результат"]
)
def test_a_strategy_s_level_keeps_its_word_with_its_number(word: str) -> None:
    page = (
        "<p>Звіт про виконання програми за 2025 рік</p><table>"
        "<tr><th>№</th><th>Найменування заходу</th><th>Строк</th></tr>"
        '<tr><td colspan="3">Напрям 1.1. Прозорість</td></tr>'
        f'<tr><td colspan="3">{word} 1.1.1. Відкриті дані</td></tr>'
        "<tr><td>1.1.1.1</td><td>Оприлюднення реєстру</td><td>травень</td></tr>"
        "</table>"
    )
    plan, _messages = read_page(page)
    (level,) = plan.sections[0].sections
    assert (level.number, level.title) == (f"{word} 1.1.1.", "Відкриті дані")
    assert [m.number for m in level.measures] == ["1.1.1.1"]


def test_a_status_column_of_status_words_and_a_remark() -> None:
    page = (
        "<p>Звіт про виконання плану заходів у 2025 році</p>"
        "<table><tr><th>№</th><th>Найменування заходу</th><th>Строк</th>"
        "<th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>Толока в парку</td><td>квітень</td>"
        "<td>Виконано: прибрано 2 га парку, висаджено 40 дерев</td></tr>"
        "<tr><td>2</td><td>Ремонт лавок</td><td>травень</td>"
        "<td>Не виконано (немає коштів)</td></tr></table>"
    )
    plan, _messages = read_page(page)
    done, failed = plan.measure("1").outcome, plan.measure("2").outcome
    assert done is not None and failed is not None
    assert (done.status, failed.status) == (Status.DONE, Status.NOT_DONE)
    assert done.text == "Виконано: прибрано 2 га парку, висаджено 40 дерев"  # the only narrative
    assert failed.stated == "Не виконано (немає коштів)"


def test_table_captions_title_the_plan_or_head_their_tables() -> None:
    page = (
        f"<table><caption>План заходів на 2025 рік</caption>{HEADER_ROW}"
        "<tr><td>1.1</td><td>Ремонт їдальні</td><td>травень</td></tr></table>"
        f"<table><caption>2. Культура</caption>{HEADER_ROW}"
        "<tr><td>2.1</td><td>Фестиваль</td><td>червень</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert plan.title == "План заходів на 2025 рік"
    assert [s.title for s in plan.sections] == [None, "Культура"]


def test_an_unnumbered_heading_stands_beside_the_numbered_one_its_measures_are_not_under() -> None:
    """«Загальні питання» over «2.1» after «1. Освіта»: a section of its own, not part of «1.»."""

    def line(number: str, title: str) -> str:
        if not number:
            return f"<tr><td colspan='3'>{title}</td></tr>"
        return row(number, title, "2025 рік")

    rows = [
        ("", "1. Освіта"),
        ("", "1.1. Дошкільна освіта"),
        ("1.1.1", "Облаштування укриття в садочку"),
        ("", "Позашкільна освіта"),  # under «1.»: its measure is «1.2.1»
        ("1.2.1", "Гурток робототехніки"),
        ("", "Загальні питання"),  # beside «1.»: its measures are «2.…»
        ("2.1", "Засідання координаційної ради"),
        ("2.2", "Звіт на сесії ради"),
        ("", "3. Культура"),
        ("3.1", "Ярмарок майстрів"),
    ]
    page = (
        "<h1>План заходів на 2025 рік</h1><table><tr><th>№</th><th>Найменування заходу</th>"
        "<th>Строк</th></tr>" + "".join(line(*r) for r in rows) + "</table>"
    )
    plan, _messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Освіта"),
        (None, "Загальні питання"),
        ("3.", "Культура"),
    ]
    education = plan.sections[0]
    assert [(s.number, s.title) for s in education.sections] == [
        ("1.1.", "Дошкільна освіта"),
        (None, "Позашкільна освіта"),
    ]
    assert [m.number for m in education.sections[1].measures] == ["1.2.1"]
    assert [m.number for m in plan.sections[1].measures] == ["2.1", "2.2"]


def test_a_programmes_passport_is_kept_in_the_notes_not_read_as_measures() -> None:
    """«Паспорт програми» — numbered label and value rows — before the table of measures."""
    passport = [
        ("1.", "Ініціатор розроблення програми", "Сектор молоді та спорту"),
        ("2.", "Розробник програми", "Сектор молоді та спорту"),
        ("3.", "Відповідальний виконавець програми", "Сектор молоді та спорту"),
        ("4.", "Учасники програми", "Заклади освіти громади, ДЮСШ"),
        ("5.", "Термін реалізації програми", "2025–2027 роки"),
        ("6.", "Загальний обсяг фінансових ресурсів, тис. грн", "780,0"),
    ]
    page = (
        "<p>Програма підтримки молоді Зарічненської громади</p>"
        "<h3>1. Паспорт програми</h3><table>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in passport)
        + "</table><h3>2. Заходи програми</h3><table><tr><th>№ з/п</th><th>Зміст заходу</th>"
        "<th>Строк виконання</th><th>Виконавці</th></tr>"
        "<tr><td>1</td><td>Турнір з міні-футболу серед команд сіл</td><td>щороку, червень</td>"
        "<td>ДЮСШ</td></tr>"
        "<tr><td>2</td><td>Табір лідерства для старшокласників</td><td>2026 рік</td>"
        "<td>Сектор молоді та спорту</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [m.number for m in plan.measures()] == ["1", "2"]
    assert plan.title == "Програма підтримки молоді Зарічненської громади"
    # the title names no years: the passport's term gives them
    assert (plan.year, plan.end_year) == (2025, 2027)
    assert "Термін реалізації програми: 2025–2027 роки" in plan.notes
    assert "Учасники програми: Заклади освіти громади, ДЮСШ" in plan.notes
    assert not any("read by their cells" in m for m in messages)
    # the document's own heading over the table of measures heads none of them: a note
    assert any("could not place: paragraph 3: 2. Заходи програми" in m for m in messages)
    with pytest.warns(civplan.CivplanWarning):
        explained = str(civplan.explain(io.BytesIO(page.encode()), "html"))
    assert "table 1 (the programme's passport)" in explained


def test_total_rows_and_their_parts_are_no_measures() -> None:
    """«Разом за розділом», «Усього по програмі» and the budgets under it sum the rows above."""

    page = (
        "<p>Програма розвитку фізичної культури на 2025 рік</p><table>"
        "<tr><th>№ з/п</th><th>Назва заходу</th><th>Термін</th><th>Джерела фінансування</th>"
        "<th>Обсяг, тис. грн</th></tr>"
        "<tr><td colspan='5'>1. Масовий спорт</td></tr>"
        + row("1.1", "Спартакіада серед працівників установ", "травень", "місцевий бюджет", "40,0")
        + row("1.2", "Разом з ветеранами спорту провести День фізкультурника", "серпень", "", "")
        + row("", "Разом за розділом 1", "", "", "40,0")
        + "<tr><td colspan='5'>2. Спортивна інфраструктура</td></tr>"
        + row(
            "2.1", "Облаштування майданчика для воркауту", "ІІІ квартал", "місцевий бюджет", "210,0"
        )
        + row("", "Усього по програмі", "", "", "250,0")
        + row("", "у тому числі:", "", "", "")
        + row("", "місцевий бюджет", "", "", "250,0")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [m.number for m in plan.measures()] == ["1.1", "1.2", "2.1"]
    assert plan.measure("1.2").title.startswith("Разом з ветеранами")
    assert [s.title for s in plan.sections] == ["Масовий спорт", "Спортивна інфраструктура"]
    assert plan.notes == (
        "table 1, row 5: Разом за розділом 1 | 40,0",
        "table 1, row 8: Усього по програмі | 250,0",
        "table 1, row 9: у тому числі:",
        "table 1, row 10: місцевий бюджет | 250,0",
    )
    assert messages == []
    explained = str(civplan.explain(io.BytesIO(page.encode()), "html"))
    assert "table 1, row 8: total: Усього по програмі | 250,0" in explained


def test_executors_and_deadline_in_one_column_are_read_apart() -> None:
    """«Відповідальні виконавці, строк виконання»: each cell names both, one after the other."""
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№ з/п</th><th>Найменування заходу</th>"
        "<th>Відповідальні виконавці, строк виконання</th></tr>"
        "<tr><td>1</td><td>Толока в парку</td><td>Відділ благоустрою,<br>квітень</td></tr>"
        "<tr><td>2</td><td>Нарада зі старостами</td><td>ІІ квартал, секретар ради</td></tr>"
        "<tr><td>3</td><td>Звіт старост</td><td>грудень</td></tr>"
        "<tr><td>4</td><td>Прибирання кладовищ</td><td>Старости,<br>квітень</td></tr>"
        "<tr><td>5</td><td>Ремонт доріг</td><td>Відділ ЖКГ – ІІІ квартал</td></tr>"
        "<tr><td>6</td><td>Толока</td><td>квітень – травень</td></tr></table>"
    )
    plan, messages = read_page(page)
    read = [(m.responsible, m.deadline.kind.value, m.deadline.text) for m in plan.measures()]
    assert read == [
        (("Відділ благоустрою",), "month", "квітень"),
        (("секретар ради",), "quarter", "ІІ квартал"),
        ((), "month", "грудень"),
        (("Старости",), "month", "квітень"),  # the villages' heads, as hromadas' plans name them
        (("Відділ ЖКГ",), "quarter", "ІІІ квартал"),  # after a dash
        ((), "month_range", "квітень – травень"),  # a range of months, no executor
    ]
    assert any(
        "executors and deadlines in one cell, read apart: measures 1; 2; 4; 5" in m
        for m in messages
    )


@pytest.mark.parametrize(
    ("caption", "field"),
    [
        ("Фактично виконано", "outcome"),
        ("Короткий зміст виконаної роботи", "outcome"),
        ("Опис виконаних заходів", "outcome"),
        ("Інформація про реалізацію", "outcome"),
        ("Результати моніторингу", "outcome"),
        ("Вжиті заходи щодо виконання", "outcome"),
        ("Проведена робота", "outcome"),
        ("Опис проведеної роботи", "outcome"),
        ("Підсумки виконання", "outcome"),
        ("Коментар щодо виконання", "outcome"),
        ("Пропозиції щодо зняття з контролю", "notes"),
        ("Зауваження", "notes"),
        ("Дата", "deadline"),
        ("Проблемні питання", "notes"),
        ("Причини невиконання", "notes"),
        ("Причини відхилення", "notes"),
        ("Суб'єкт виконання", "responsible"),
        ("Зміст заходу", "title"),
        ("Найменування питання", "title"),
        ("Строк виконання заходу", "deadline"),
        ("Термін виконання робіт", "deadline"),
        ("Назва напряму діяльності (пріоритетні завдання)", "group"),
        ("Перелік заходів програми", "title"),
        ("Найменування зобов'язання", "group"),
        ("Етапи виконання зобов'язання", "title"),
        ("Commitment / milestone", "title"),
        ("Key activities", "title"),
        ("Description of results", "outcome"),
        ("Actions taken", "outcome"),
        ("Source of funding", "funding_source"),
        ("Lead institution", "responsible"),
        ("Reform area", "group"),
        ("Reason for delay", "notes"),
        ("Means of verification", "notes"),
        ("Ref.", "number"),
        ("Quarter", "deadline"),
        ("Results achieved", "outcome"),
        ("What has been done", "outcome"),
        ("Стан виконання заходу (результативні показники)", "outcome"),  # not the indicator
        ("Досягнуті результати", "outcome"),
        ("Суть заходу", "title"),
        ("Вартість робіт", "funding"),
        ("Comments", "notes"),
        ("Відомості про стан виконання", "outcome"),
        ("Строк виконання (плановий)", "deadline"),
        ("Висновок про виконання", "outcome"),  # or its status, as «Стан виконання»
        ("Key deliverables", "expected_result"),
        ("Outputs", "expected_result"),
        ("Коли", "deadline"),
        ("Хто виконує", "responsible"),
        # the shortened words of dense tables
        ("Найменув. заходу", "title"),
        ("Відп. вик.", "responsible"),
        ("Відпов.викон.", "responsible"),
        ("Терм. вик.", "deadline"),
        ("Інф. про вик.", "outcome"),
        ("Джер. фін.", "funding_source"),
        ("Обсяг фін., тис. грн", "funding"),
        ("Оцінка", "status"),
        ("Відмітка", "status"),
        ("Період реалізації", "deadline"),
        ("Implementation period", "deadline"),
        ("Period of implementation", "deadline"),
        ("Progress of implementation", "outcome"),
        ("Звітна інформація", "outcome"),
        ("Звітні дані", "outcome"),
        ("Інформація", "outcome"),
        ("Підзавдання", "group"),
        ("Оперативна ціль", "group"),  # a strategy's level between its goals and tasks
        ("Оперативне завдання", "group"),
        ("Номер проєкту", "number"),  # a strategy's plan of projects
        # the documents that prove the work: notes, not a report
        ("Документ, яким підтверджується виконання", "notes"),
        ("Підтвердні документи", "notes"),
        ("Link to evidence", "notes"),
        ("Results to date", "outcome"),
        ("Код проєкту", "number"),
        ("Хід реалізації", "outcome"),
        ("Порядковий номер", "number"),
        ("№№ п/п", "number"),
        ("Інформація про результати", "outcome"),
        ("Виконано (стисла інформація)", "outcome"),  # a report, or status words
        ("Причини невиконання/часткового виконання", "notes"),  # reasons, no share done
        ("Найменування заходу, показника", "title"),
        ("П/н", "number"),
        ("№ заходу за планом", "number"),
        ("№ завдання/заходу", "number"),
        ("Пункт плану", "number"),
        ("Код заходу", "number"),
        ("Основні заходи", "title"),
        ("Заплановані заходи", "title"),
        ("Результат розгляду", "outcome"),  # of a council's plan of questions
        ("Target date", "deadline"),  # a date, not a target
        ("Target completion date", "deadline"),
        ("Target", "indicator"),
        ("Item", "number"),
        ("Lead implementer", "responsible"),
        # the date or period a report is as of, after its caption
        ("Інформація станом на 01.04.2025", "outcome"),
        ("Інформація на 01.10.2025 р.", "outcome"),
        ("Виконання за 9 місяців 2025 року", "outcome"),
        ("Звіт за ІІ квартал", "outcome"),
        ("Звіт", "outcome"),
        ("Поточний стан", "outcome"),
        ("Відповідальний за виконання", "responsible"),
        ("Координатор", "responsible"),
        ("Діяльність", "title"),
        # a caption naming the task and its measure: each row is a measure
        ("Завдання/захід", "title"),
        ("Завдання (захід)", "title"),
        ("Найменування завдання (заходу)", "title"),
        ("Завдання, заходи", "title"),
        ("Завдання та заходи", "title"),
        ("Дедлайн", "deadline"),
        # captions in two languages, and the English plans' "owner" of an action
        ("№ / No.", "number"),
        ("Захід / Activity", "title"),
        ("Lead", "responsible"),
        ("Action owner", "responsible"),
        ("Структурний підрозділ", "responsible"),
        ("Розпорядник коштів", "responsible"),  # who spends the money, not the amount
        ("Позначка про виконання", "status"),
        ("Захід виконано (так/ні)", "status"),
        ("Completed (yes/no)", "status"),
        ("№ пункту плану", "number"),
        ("Тема", "title"),  # a council's plan of questions
        ("Доповідач", "responsible"),
        ("Об'єкт", "title"),  # a programme of works
        ("Перелік робіт", "title"),
        ("Напрями використання коштів", "title"),
        ("Deadline for implementation", "deadline"),  # not a report of the implementation
        ("Date of implementation", "deadline"),
        ("Найменування заходу та очікуваний результат", "title"),  # the measure, first
        ("Загальний фонд", "funding"),  # a budget's funds, as a header of one row names them
        ("Інші джерела", "funding"),
        ("Виконує", "responsible"),
        ("Захід виконано/не виконано", "status"),  # the status, not the measure
        ("Виконано або не виконано", "status"),
        ("Кінцевий результат", "outcome"),  # a report's, or the plan's: the cells decide
        ("Критерії оцінки виконання", "indicator"),
        ("Обґрунтування невиконання", "notes"),
        ("Пояснення", "notes"),
        ("Додаткова інформація", "notes"),
        ("Підрозділ", "responsible"),
        ("Учасники виконання", "responsible"),  # who carries it out, not who takes part
        # what the executors report is the outcome; what is told of them, who they are
        ("Звіт виконавця", "outcome"),
        ("Інформація відповідальних виконавців", "outcome"),
        ("Інформація, надана виконавцями", "outcome"),
        ("Інформація структурного підрозділу", "outcome"),  # the executor named otherwise
        ("Інформація департаменту", "outcome"),
        ("Надана інформація", "outcome"),
        ("Зміст інформації", "outcome"),  # not the measure's content
        ("Станом на 01.01.2026", "outcome"),
        ("Інформація про відповідального виконавця", "responsible"),
        ("Примітка (стан виконання)", "outcome"),  # the brackets say what the note holds
        ("Примітка (тис. грн)", "notes"),
        # the state with its reasons, and how far the expected results were reached: reports
        ("Стан виконання заходу, причини невиконання", "outcome"),
        ("Інформація про досягнення очікуваних результатів", "outcome"),
        ("Досягнення очікуваного результату", "outcome"),
        ("Дата, час", "deadline"),  # an events plan's day and hour
        ("Дата і час проведення", "deadline"),
        ("Дата, місце проведення", "deadline"),  # «24.08.2025, центральна площа»: the day
        ("Перелік основних заходів", "title"),
        ("Achieved results", "outcome"),
        # a remark in brackets of what the report holds; what the executor remarks
        ("Виконання заходу (стисла інформація)", "outcome"),
        ("Коментар виконавця", "outcome"),
        ("Примітка відповідального виконавця", "outcome"),
        ("Заходи, що вживаються для виконання", "outcome"),  # what is done, not the measure
        ("Прогнозний обсяг фінансових ресурсів", "funding"),
    ],
)
def test_captions_offices_write_name_their_fields(caption: str, field: str) -> None:
    from civplan.importers.captions import caption_fields

    assert caption_fields((caption,))[0] == field


@pytest.mark.parametrize(
    "caption",
    [
        "Фактичний термін виконання",
        "Дата фактичного виконання",
        "Строк виконання (фактичний)",
        "Термін виконання факт",
        "Actual completion date",
    ],
)
def test_when_the_work_was_done_is_kept_with_its_caption_not_read_as_the_term(
    caption: str,
) -> None:
    from civplan.importers.captions import caption_fields, kept_as_notes

    assert caption_fields((caption,)) == []
    assert kept_as_notes((caption,)) == "the date it was done"


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        (("Обсяг фінансування", "факт"), "money spent"),
        (("Фактичний обсяг фінансування, тис. грн", "всього"), "money spent"),
        (("Фактично профінансовано", "у тому числі", "місцевий бюджет"), "money spent"),
        (("Витрачено коштів, тис. грн",), "money spent"),
        (("% використання",), "money spent"),
        (("Рівень освоєння коштів, %",), "money spent"),
        (("Відсоток використання коштів",), "money spent"),
        (("Строк виконання", "фактичний"), "the date it was done"),
        (("Обсяг фінансування", "план"), None),
        (("Обсяг фінансування", "всього"), None),
        (("Строк виконання", "плановий"), None),
        (("Стан виконання (%)",), "a share done"),
        # how far the money fell short of the plan: a difference, not the plan's amount
        (("(+, -) (тис. грн)",), "a deviation from the plan"),
        (("Обсяг фінансування", "відхилення (+/-)"), "a deviation from the plan"),
        (("Економія коштів, тис. грн",), "a deviation from the plan"),
        (("Variance, UAH",), "a deviation from the plan"),
        (("Причини відхилення",), None),
    ],
)
def test_a_caption_s_breakdown_of_money_leaves_what_it_is_to_the_caption_above(
    path: tuple[str, ...], kept: str | None
) -> None:
    from civplan.importers.captions import kept_as_notes

    assert kept_as_notes(path) == kept


def test_a_report_of_money_planned_spent_and_short_keeps_the_difference_out_of_funding() -> None:
    page = (
        "<p>Інформація про результати виконання у 2025 році заходів Програми розвитку"
        " лісів на 2024-2027 роки</p><table>"
        + row("№ з/п", "Заходи Програми", "Джерела фінансування",
              "Обсяги фінансування на 2025 рік (тис. грн)", "Профінансовано (тис. грн)",
              "(+, -) (тис. грн)")
        + row("1", "Відновлення лісів на згарищах", "Обласний бюджет", "1500,0", "900,5",
              "- 599,5")
        + row("2", "Облаштування протипожежних розривів", "Обласний бюджет", "300,0", "300,0",
              "0")
        + "</table>"
    )  # fmt: skip
    plan, _ = read_page(page)
    assert plan.as_of == date(2025, 12, 31)
    first, second = plan.measures()
    assert [(str(f.amount), f.source) for f in first.funding] == [("1500.0", "Обласний бюджет")]
    assert [str(f.amount) for f in second.funding] == ["300.0"]
    assert "(+, -) (тис. грн): - 599,5" in first.notes


def test_a_measure_over_rows_of_plan_and_fact_has_the_plan_s_amount_as_its_funding() -> None:
    page = (
        "<p>Звіт про виконання програми розвитку культури за 2025 рік</p><table>"
        + row("№ з/п", "Найменування заходу", "", "Обсяг фінансування, тис. грн",
              "Стан виконання")
        + "<tr><td rowspan=2>1</td><td rowspan=2>Фестиваль народної творчості</td>"
        "<td>план</td><td>150,0</td><td rowspan=2>Фестиваль проведено 21.06.2025</td></tr>"
        + row("факт", "148,5")
        + "<tr><td rowspan=2>2</td><td rowspan=2>Ремонт будинку культури</td>"
        "<td>план</td><td>900,0</td><td rowspan=2>Не виконано: кошти не виділено</td></tr>"
        + row("факт", "0")
        + "</table>"
    )  # fmt: skip
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert [(str(f.amount), f.text) for f in first.funding] == [("150.0", None)]
    assert first.notes == ("Обсяг фінансування, тис. грн (факт): 148,5",)
    assert [str(f.amount) for f in second.funding] == ["900.0"]
    assert second.notes == ("Обсяг фінансування, тис. грн (факт): 0",)
    assert any("rows joined to the measure above" in m for m in messages)  # said, as ever


@pytest.mark.parametrize("caption", ["КПКВК", "КТПКВКМБ", "Код програмної класифікації видатків"])
def test_a_column_of_budget_codes_is_kept_as_notes_not_read_as_funding(caption: str) -> None:
    page = (
        f"<h1>Звіт за 2025 рік</h1><table><tr><th>№</th><th>Назва заходу</th><th>{caption}</th>"
        "<th>Термін</th>"
        "<th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>Районна олімпіада з історії</td><td>0611142</td><td>І квартал</td>"
        "<td>Проведено олімпіаду, взяли участь 40 учнів</td></tr>"
        "<tr><td>2</td><td>Ремонт даху бібліотеки</td><td>1014030</td><td>ІІІ квартал</td>"
        "<td>Роботи не розпочато</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [m.funding for m in plan.measures()] == [(), ()]
    assert plan.measure("1").notes == (f"{caption}: 0611142",)
    assert not any("read by their cells" in m for m in messages)


@pytest.mark.parametrize(
    ("caption", "first", "second", "kept"),
    [
        ("Місце проведення", "Будинок культури", "Центральна бібліотека", "the place"),
        ("Адреса", "вул. Шкільна, 12", "вул. Миру, 3", "the place"),
        ("Учасники", "Управління освіти, школи громади", "Відділ культури, ЦНАП", "who"),
        ("Кількість учасників", "120", "45", "who"),
    ],
)
def test_where_an_event_is_held_and_who_takes_part_are_no_executors_or_funding(
    caption: str, first: str, second: str, kept: str
) -> None:
    # a calendar of events: the hall and the schools taking part name bodies, the
    # participants are counted; none is who answers for the measure, nor its money
    page = (
        "<h1>План культурно-мистецьких заходів на 2025 рік</h1><table><tr><th>№ п/п</th>"
        f"<th>Назва заходу</th><th>Дата проведення</th><th>{caption}</th></tr>"
        f"<tr><td>1</td><td>Концерт до Дня Незалежності</td><td>24.08.2025</td><td>{first}</td>"
        f"</tr><tr><td>2</td><td>Виставка дитячих малюнків</td><td>01.06.2025</td><td>{second}"
        "</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [(m.responsible, m.funding) for m in plan.measures()] == [((), ()), ((), ())]
    assert plan.measure("1").notes == (f"{caption}: {first}",)
    assert not any("read by their cells" in m for m in messages)
    from civplan.importers.captions import kept_as_notes

    assert (kept_as_notes((caption,)) or "").startswith(kept)


def test_a_column_of_bodies_under_a_caption_unknown_is_not_more_executors() -> None:
    # «Відповідальні» names who answers; a column civplan cannot name beside it, of
    # bodies or of figures, is something else: kept as notes, not joined to them
    page = (
        "<h1>План заходів на 2025 рік</h1><table><tr><th>№</th><th>Назва заходу</th>"
        "<th>Строк</th><th>Відповідальні</th><th>Обсяг фінансування</th><th>Замовник</th>"
        "<th>Охоплення</th></tr>"
        "<tr><td>1</td><td>Ремонт спортивного залу</td><td>ІІ квартал</td><td>Відділ освіти</td>"
        "<td>150,0</td><td>Управління капітального будівництва</td><td>420</td></tr>"
        "<tr><td>2</td><td>Закупівля комп'ютерів</td><td>ІІІ квартал</td><td>Відділ освіти</td>"
        "<td>80,0</td><td>Відділ освіти</td><td>35</td></tr></table>"
    )
    plan, messages = read_page(page)
    first = plan.measure("1")
    assert first.responsible == ("Відділ освіти",)
    assert [f.amount for f in first.funding] == [Decimal("150.0")]
    assert first.notes == ("Замовник: Управління капітального будівництва", "Охоплення: 420")
    assert not any("read by their cells" in m for m in messages)


def test_columns_with_no_caption_are_still_read_by_their_cells_beside_named_ones() -> None:
    # a second executors' column whose caption cell was left empty: more executors
    page = (
        "<h1>План заходів на 2025 рік</h1><table><tr><th>№</th><th>Назва заходу</th>"
        "<th>Строк</th><th>Відповідальні</th><th></th></tr>"
        "<tr><td>1</td><td>Ремонт спортивного залу</td><td>ІІ квартал</td><td>Відділ освіти</td>"
        "<td>Управління капітального будівництва</td></tr>"
        "<tr><td>2</td><td>Закупівля комп'ютерів</td><td>ІІІ квартал</td><td>Відділ освіти</td>"
        "<td>Фінансове управління</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert plan.measure("2").responsible == ("Відділ освіти", "Фінансове управління")
    assert any("column 5 as responsible" in m for m in messages)


def test_a_report_by_quarters_keeps_every_quarter_s_words_in_the_outcome() -> None:
    # «Стан виконання» over a column per quarter: each quarter's report, even one whose
    # cells are as short as status words, is part of the outcome, not a status column
    cells = [
        ("1", "Ремонт даху школи", "Не розпочато", "Роботи тривають", "Ремонт завершено"),
        ("2", "Навчання вчителів", "Не розпочато", "Не проводилось", "Проведено тренінг"),
        ("3", "Закупівля автобуса", "Не розпочато", "Кошти не виділено", "Не виконано"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in cells)
    page = (
        "<h1>Звіт про виконання плану заходів на 2025 рік</h1><table>"
        "<tr><th rowspan='2'>№</th><th rowspan='2'>Найменування заходу</th>"
        "<th colspan='3'>Стан виконання</th></tr>"
        "<tr><th>І квартал</th><th>ІІ квартал</th><th>ІІІ квартал</th></tr>"
        f"{body}</table>"
    )
    plan, _ = read_page(page)
    second = plan.measure("2")
    assert second.outcome is not None and second.outcome.status is None
    assert second.outcome.text == (
        "І квартал: Не розпочато\n\nІІ квартал: Не проводилось\n\nІІІ квартал: Проведено тренінг"
    )
    # the last quarter's deed supersedes what the earlier ones said was not done yet
    as_of = date(2025, 12, 31)
    statuses = [civplan.assess(m, as_of, plan=plan).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.DONE, Status.NOT_DONE]


def test_a_report_by_days_reads_as_one_outcome_its_latest_day_last() -> None:
    # «Стан виконання» over a column per day it was told: both days' words, in order, and the
    # latest supersedes an earlier «not yet»; the report is as of the latest day (one words
    # alone; before, the earlier column was taken as the status and the later as the outcome)
    page = (
        "<p>Звіт про виконання плану заходів</p><table>"
        "<tr><th rowspan='2'>№</th><th rowspan='2'>Захід</th><th rowspan='2'>Строк</th>"
        "<th colspan='2'>Стан виконання</th></tr>"
        "<tr><th>станом на 01.07.2025</th><th>станом на 01.10.2025</th></tr>"
        + row("1", "Оновлення сайту", "ІІ квартал 2025 року", "Не виконано", "Сайт оновлено")
        + row("2", "Ремонт даху", "ІІІ квартал 2025 року", "Роботи тривають", "Не завершено")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, _second = plan.measures()
    assert first.outcome is not None and first.outcome.status is None
    assert first.outcome.text == (
        "станом на 01.07.2025: Не виконано\n\nстаном на 01.10.2025: Сайт оновлено"
    )
    assert plan.as_of == date(2025, 10, 1)
    statuses = [civplan.assess(m, plan.as_of, plan=plan).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE]


@pytest.mark.parametrize(
    ("captions", "labels"),
    [
        (("Виконання за І півріччя", "Виконання за ІІ півріччя"), ("І півріччя", "ІІ півріччя")),
        (
            ("Стан виконання станом на 01.07.2025", "Стан виконання станом на 01.01.2026"),
            ("станом на 01.07.2025", "станом на 01.01.2026"),
        ),
    ],
)
def test_a_report_per_period_in_captions_of_one_line_reads_as_one_outcome(
    captions: tuple[str, str], labels: tuple[str, str]
) -> None:
    # each period's report under a caption of its own, the period written in it: as under one
    # caption over the periods (the later was kept as notes)
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        f"<tr><th>№</th><th>Захід</th><th>Строк</th><th>{captions[0]}</th><th>{captions[1]}</th>"
        "</tr>"
        + row("1", "Оновлення сайту", "2025 рік", "Не виконано", "Сайт оновлено")
        + row("2", "Ремонт даху", "2025 рік", "Роботи тривають", "Не завершено")
        + "</table>"
    )
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert first.outcome is not None
    assert first.outcome.text == f"{labels[0]}: Не виконано\n\n{labels[1]}: Сайт оновлено"
    assert first.notes == second.notes == ()
    assert not any("kept as notes" in m for m in messages)
    statuses = [civplan.assess(m, date(2026, 1, 15), plan=plan).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE]


def test_the_plan_s_point_numbers_the_measures_not_the_row_s_place() -> None:
    # «№ з/п» counts the report's rows; «Пункт плану» names the measure the row reports on
    page = (
        "<h1>Звіт про виконання плану заходів на 2025 рік</h1><table>"
        "<tr><td><b>№ з/п</b></td><td><b>Пункт плану</b></td><td><b>Назва заходу</b></td>"
        "<td><b>Стан виконання</b></td></tr>"
        "<tr><td>1</td><td>1.1</td><td>Ремонт шкіл</td><td>Відремонтовано 2 школи</td></tr>"
        "<tr><td>2</td><td>2.4</td><td>Фестиваль</td><td>Проведено фестиваль</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.notes) for m in plan.measures()] == [
        ("1.1", ("№ з/п: 1",)),
        ("2.4", ("№ з/п: 2",)),
    ]
    assert any("«№ з/п» kept as notes" in m for m in messages)


def test_a_code_of_another_system_beside_the_numbers_is_no_plan_s_point() -> None:
    # «Код» names a point too, but its cells are no measures' numbers: the numbers are «№»'s
    page = (
        "<h1>Звіт про виконання плану заходів на 2025 рік</h1><table>"
        "<tr><th>№</th><th>Код заходу</th><th>Назва заходу</th><th>Стан виконання</th></tr>"
        "<tr><td>1</td><td>ОС-017</td><td>Ремонт шкіл</td><td>Відремонтовано 2 школи</td></tr>"
        "<tr><td>2</td><td>КУ-003</td><td>Фестиваль</td><td>Проведено фестиваль</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title, m.notes) for m in plan.measures()] == [
        ("1", "Ремонт шкіл", ("Код заходу: ОС-017",)),
        ("2", "Фестиваль", ("Код заходу: КУ-003",)),
    ]
    assert not any("numbered by their position" in m for m in messages)


def test_a_column_of_priority_levels_is_kept_on_each_measure_not_grouped_by() -> None:
    # «Пріоритет» may head a strategy's directions merged down; «Високий» is a measure's level
    page = (
        "<h1>План заходів на 2025 рік</h1><table>"
        "<tr><th>Пріоритет</th><th>№</th><th>Захід</th><th>Термін</th></tr>"
        + row("Високий", "1", "Ремонт укриття", "ІІ квартал")
        + row("середній", "2", "Фестиваль", "ІІІ квартал")
        + row("Високий", "3", "Закупівля генераторів", "І квартал")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [s.title for s in plan.sections] == [None]
    assert [(m.number, m.notes) for m in plan.measures()] == [
        ("1", ("Пріоритет: Високий",)),
        ("2", ("Пріоритет: середній",)),
        ("3", ("Пріоритет: Високий",)),
    ]
    assert any("«Пріоритет» kept as notes" in m for m in messages)
    directions = (
        "<h1>План заходів на 2025 рік</h1><table>"
        "<tr><th>Пріоритет</th><th>№</th><th>Захід</th><th>Термін</th></tr>"
        "<tr><td rowspan=2>Безпечна громада</td><td>1</td><td>Ремонт укриття</td>"
        "<td>ІІ квартал</td></tr><tr><td>2</td><td>Закупівля генераторів</td><td>І квартал</td>"
        "</tr></table>"
    )
    grouped, _messages = read_page(directions)
    assert [s.title for s in grouped.sections] == ["Безпечна громада"]


def test_rows_of_a_list_a_title_opens_are_its_items_not_measures() -> None:
    # «Організувати:» and its items a row each, nothing beside them: one measure's title
    page = (
        "<h1>План заходів на 2025 рік</h1><table>"
        "<tr><th>№</th><th>Захід</th><th>Термін</th><th>Виконавець</th></tr>"
        + row("1", "Провести форум громадськості", "вересень", "Відділ культури")
        + row("2", "Організувати в закладах культури:", "постійно", "Відділ культури")
        + row("", "– роботу гуртків;", "", "")
        + row("", "• виставки народних майстрів.", "", "")
        + row("3", "Провести конкурс читців", "березень", "Бібліотека")
        + row("", "- у закладах освіти", "квітень", "Відділ освіти")  # a term of its own
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Провести форум громадськості"),
        (
            "2",
            "Організувати в закладах культури:\n– роботу гуртків;\n• виставки народних майстрів.",
        ),
        ("3", "Провести конкурс читців"),
        ("4", "- у закладах освіти"),
    ]
    assert any(
        "rows joined to the measure above: table 1, row 4; table 1, row 5" in m for m in messages
    )
    assert any("numbered by their position: table 1, row 7" in m for m in messages)


def test_a_number_with_a_leading_zero_is_a_code_not_an_amount() -> None:
    from civplan.importers.content import amount

    assert amount("0611142") is None
    assert amount("0,5") == Decimal("0.5") and amount("0") == Decimal("0")
    assert amount("1 250,0") == Decimal("1250.0")


def test_a_third_header_row_over_the_column_numbers_is_the_header_s() -> None:
    page = (
        "<p>Інформація про виконання програми за 2025 рік</p><table>"
        "<tr><th rowspan=3>№</th><th rowspan=3>Найменування заходу</th>"
        "<th colspan=2>Прогнозований обсяг, тис. грн</th>"
        "<th colspan=2>Фактичний обсяг фінансування, тис. грн</th>"
        "<th rowspan=3>Стан виконання</th></tr>"
        "<tr><th rowspan=2>всього</th><th>у тому числі</th>"
        "<th rowspan=2>всього</th><th>у тому числі</th></tr>"
        "<tr><th>місцевий бюджет</th><th>місцевий бюджет</th></tr>"
        + row("1", "2", "3", "4", "5", "6", "7")
        + row("1", "Придбання обладнання", "300,0", "300,0", "295,4", "295,4", "Придбано")
        + "</table>"
    )
    plan, messages = read_page(page)
    bought = plan.measure("1")
    assert [(f.source, f.amount) for f in bought.funding] == [
        ("всього", Decimal("300.0")),
        ("місцевий бюджет", Decimal("300.0")),
    ]
    assert bought.notes == (
        "Фактичний обсяг фінансування, тис. грн / всього: 295,4",
        "Фактичний обсяг фінансування, тис. грн / у тому числі / місцевий бюджет: 295,4",
    )
    assert not any("could not place" in m for m in messages)


@pytest.mark.parametrize("caption", ["Джерело інформації", "Source of information"])
def test_where_a_report_s_facts_come_from_is_no_funding_source(caption: str) -> None:
    from civplan.importers.captions import caption_fields

    assert "funding_source" not in caption_fields((caption,))


def test_a_deadline_written_as_its_start_and_end_in_two_columns() -> None:
    """«Start date» and «End date» (or «Строк виконання / початок | закінчення») are one term."""
    english = (
        "<h1>Action plan 2024-2026: progress report as of 31 December 2025</h1><table>"
        "<tr><th>No.</th><th>Milestone</th><th>Start date</th><th>End date</th>"
        "<th>Completion</th></tr>"
        "<tr><td>1.1</td><td>Open the register of permits</td><td>March 2024</td>"
        "<td>June 2025</td><td>Complete</td></tr>"
        "<tr><td>1.2</td><td>Train the permit officers</td><td>2025</td><td></td>"
        "<td>Limited</td></tr></table>"
    )
    plan, messages = read_page(english)
    assert plan.as_of == date(2025, 12, 31)
    first, second = plan.measures()
    assert (first.deadline.text, first.deadline.start, first.deadline.end) == (
        "March 2024 – June 2025",
        date(2024, 3, 1),
        date(2025, 6, 30),
    )
    assert (second.deadline.start, second.deadline.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert first.notes == () and not any("kept as notes" in m for m in messages)
    ukrainian = (
        "<p>План заходів на 2025 рік</p><table><tr><th rowspan=2>№</th>"
        "<th rowspan=2>Найменування заходу</th><th colspan=2>Строк виконання</th></tr>"
        "<tr><th>початок</th><th>закінчення</th></tr>"
        "<tr><td>1</td><td>Ремонт дороги до школи</td><td>01.04.2025</td><td>30.09.2025</td></tr>"
        "<tr><td>2</td><td>Озеленення скверу</td><td>квітень</td><td>травень</td></tr></table>"
    )
    plan, _messages = read_page(ukrainian)
    assert [(m.deadline.start, m.deadline.end) for m in plan.measures()] == [
        (date(2025, 4, 1), date(2025, 9, 30)),
        (date(2025, 4, 1), date(2025, 5, 31)),
    ]


def test_a_report_dated_by_its_outcome_columns_caption() -> None:
    """The title names only the plan's years; the outcome column says when it reports."""
    page = (
        "<p>Звіт про виконання плану заходів на 2024-2026 роки</p><table><tr><th>№</th>"
        "<th>Захід</th><th>Строк</th><th>Стан виконання станом на 01.01.2025</th></tr>"
        "<tr><td>1</td><td>Ремонт даху</td><td>2024 рік</td><td>Ремонт виконано</td></tr>"
        "</table>"
    )
    plan, _messages = read_page(page)
    assert (plan.year, plan.end_year, plan.as_of) == (2024, 2026, date(2025, 1, 1))
    yearly = page.replace("станом на 01.01.2025", "за 2024 рік")
    plan, _messages = read_page(yearly)
    assert (plan.as_of, plan.period) == (date(2024, 12, 31), "2024 рік")
    # «Стан на …», «… на 1 жовтня 2024 р.»: the day after «на»; a year after it is no day
    for caption, as_of in (
        ("Стан на 01.10.2024", date(2024, 10, 1)),
        ("Інформація про виконання на 1 жовтня 2024 р.", date(2024, 10, 1)),
    ):
        plan, _messages = read_page(page.replace("Стан виконання станом на 01.01.2025", caption))
        outcome = plan.measure("1").outcome
        assert (plan.as_of, outcome) == (as_of, civplan.Outcome(text="Ремонт виконано"))
    plan, _messages = read_page(page.replace("станом на 01.01.2025", "на 2024 рік"))
    assert plan.as_of is None


def test_a_report_naming_its_year_only_in_the_dates_of_its_work() -> None:
    """No year in a title (a print lost it) nor in the deadlines: the reports' dates give it."""
    page = (
        "<table><tr><th>№</th><th>Захід</th><th>Строк</th><th>Стан виконання</th></tr>"
        + row("1", "Ремонт даху школи", "ІІ квартал", "Дах відремонтовано, акт від 12.06.2025")
        + row("2", "Толока в парку", "квітень", "Толоку проведено у квітні 2025 року")
        + row("3", "Звіт перед громадою", "грудень", "Звіт заслухано 19.12.2025")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.year == 2025
    assert plan.measure("1").deadline.end == date(2025, 6, 30)
    assert any("the year the reports' dates name most, is taken" in m for m in messages)
    with pytest.raises(civplan.DocumentError, match="no year in the title"):
        read_page(page.replace("2025", "").replace(", акт від 12.06.", ""))


def test_a_table_without_a_header_is_read_by_its_cells() -> None:
    """No caption row: the first row is a measure, whatever its words («питання»)."""
    page = (
        "<p>Інформація про виконання заходів за І квартал 2025 року</p><table>"
        "<tr><td>1</td><td>Проведення засідань виконкому селищної ради</td><td>щомісяця</td>"
        "<td>Загальний відділ</td><td>Проведено 3 засідання, розглянуто 41 питання</td></tr>"
        "<tr><td>2</td><td>Оновлення сторінки ради в мережі</td><td>постійно</td>"
        "<td>Сектор інформації</td><td>Розміщено 15 новин та оголошень</td></tr>"
        "<tr><td>3</td><td>Забезпечення навчання старост</td><td>І квартал</td>"
        "<td>Відділ кадрів</td><td>Навчання не проводилось через хворобу лектора</td></tr>"
        "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title, m.responsible) for m in plan.measures()] == [
        ("1", "Проведення засідань виконкому селищної ради", ("Загальний відділ",)),
        ("2", "Оновлення сторінки ради в мережі", ("Сектор інформації",)),
        ("3", "Забезпечення навчання старост", ("Відділ кадрів",)),
    ]
    assert plan.measure("2").outcome.text == "Розміщено 15 новин та оголошень"  # type: ignore[union-attr]
    assert any("columns read by their cells" in m for m in messages)


def test_a_quarter_column_of_numerals() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Квартал</th>"
        "</tr><tr><td>1</td><td>Толока</td><td>ІІ</td></tr><tr><td>2</td><td>Ярмарок</td>"
        "<td>3</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert [(m.deadline.start, m.deadline.end) for m in plan.measures()] == [
        (date(2025, 4, 1), date(2025, 6, 30)),
        (date(2025, 7, 1), date(2025, 9, 30)),
    ]


def test_a_work_plan_grouped_by_months_takes_its_deadlines_from_them() -> None:
    page = (
        "<p>План роботи виконавчого комітету на І квартал 2025 року</p><table><tr>"
        "<th>№ з/п</th><th>Зміст заходу</th><th>Відповідальні</th></tr>"
        "<tr><td colspan=3>СІЧЕНЬ</td></tr><tr><td>1</td><td>Засідання виконкому</td>"
        "<td>Секретар ради</td></tr><tr><td colspan=3>ЛЮТИЙ</td></tr><tr><td>2</td>"
        "<td>Нарада з директорами шкіл</td><td>Відділ освіти</td></tr>"
        "<tr><td colspan=3>Організаційні питання</td></tr><tr><td>3</td>"
        "<td>Прийом громадян</td><td>Голова</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [(m.deadline.start, m.deadline.end) for m in plan.measures()] == [
        (date(2025, 1, 1), date(2025, 1, 31)),
        (date(2025, 2, 1), date(2025, 2, 28)),
        (None, None),  # a heading that names no term gives none
    ]
    assert any("take the term their heading names: 1; 2" in m for m in messages)


def test_a_report_in_two_columns_done_and_not_done() -> None:
    """«Стан виконання» over «виконано» and «не виконано (причини)»: both are the report."""
    page = (
        "<p>Звіт про виконання плану заходів за 2024 рік</p><table><tr><th rowspan=2>№</th>"
        "<th rowspan=2>Захід</th><th rowspan=2>Строк</th><th colspan=2>Стан виконання</th></tr>"
        "<tr><th>виконано</th><th>не виконано (причини)</th></tr>"
        "<tr><td>1</td><td>Ремонт даху</td><td>ІІ квартал</td><td>Дах відремонтовано</td>"
        "<td></td></tr><tr><td>2</td><td>Облаштування скверу</td><td>ІІІ квартал</td>"
        "<td>Висаджено 40 дерев</td><td>Лавки не встановлено: затримка постачання</td></tr>"
        "</table>"
    )
    plan, _messages = read_page(page)
    assert [m.outcome.text for m in plan.measures() if m.outcome] == [
        "Дах відремонтовано",
        "Висаджено 40 дерев\n\nЛавки не встановлено: затримка постачання",
    ]
    assert civplan.assess(plan.measure("2"), date(2024, 12, 31)).status is Status.PARTIALLY_DONE


def test_a_line_of_one_text_after_the_last_measure_is_no_heading() -> None:
    """A sheet's signature below its table («Секретар ради О. Коваль») heads no measure."""
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th>"
        "</tr><tr><td colspan=3>Благоустрій</td></tr><tr><td>1</td><td>Толока</td>"
        "<td>квітень</td></tr><tr><td colspan=3>Секретар ради О. Коваль</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [s.title for s in plan.sections] == ["Благоустрій"]
    assert plan.notes == ("table 1, row 4: Секретар ради О. Коваль",)
    assert not any("could not place" in m for m in messages)  # it signs the plan


def test_executors_apart_by_semicolons_are_several() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th>"
        "<th>Виконавці</th></tr><tr><td>1</td><td>Толока</td><td>квітень</td>"
        "<td>Відділ благоустрою; КП «Добробут»<br>Старости</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert plan.measure("1").responsible == ("Відділ благоустрою", "КП «Добробут»", "Старости")


def test_a_notes_column_of_status_words_states_the_status() -> None:
    page = (
        "<p>Звіт про виконання плану роботи за 2024 рік</p><table><tr><th>№</th>"
        "<th>Зміст заходу</th><th>Термін</th><th>Примітка</th></tr>"
        "<tr><td>1</td><td>Підготувати звіт</td><td>січень</td><td>виконано</td></tr>"
        "<tr><td>2</td><td>Провести нараду</td><td>лютий</td><td>не виконано</td></tr>"
        "<tr><td>3</td><td>Оновити сайт</td><td>березень</td><td>Виконано</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert [(m.outcome.status, m.notes) for m in plan.measures() if m.outcome] == [
        (Status.DONE, ()),
        (Status.NOT_DONE, ()),
        (Status.DONE, ()),
    ]


def test_a_deadline_marked_in_columns_of_its_periods() -> None:
    """«Строк виконання» over a column per quarter, month or year, «+» in the ones meant."""
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th rowspan=2>№</th><th rowspan=2>Захід"
        "</th><th colspan=4>Строк виконання (квартал)</th></tr>"
        "<tr><th>I</th><th>II</th><th>III</th><th>IV</th></tr>"
        "<tr><td>1</td><td>Толока</td><td>+</td><td></td><td>+</td><td></td></tr>"
        "<tr><td>2</td><td>Ярмарок</td><td></td><td>до 20.05</td><td></td><td></td></tr>"
        "</table>"
    )
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert (first.deadline.kind.value, first.deadline.text) == ("stages", "I квартал, III квартал")
    assert [(p.start, p.end) for p in first.deadline.parts] == [
        (date(2025, 1, 1), date(2025, 3, 31)),
        (date(2025, 7, 1), date(2025, 9, 30)),
    ]
    assert second.deadline.end == date(2025, 5, 20)  # a cell of more than a mark says its term
    assert first.notes == () and not any("kept as notes" in m for m in messages)
    years = (
        "<p>Програма на 2025-2027 роки</p><table><tr><th rowspan=2>№</th><th rowspan=2>Захід"
        "</th><th colspan=3>Роки виконання</th></tr>"
        "<tr><th>2025</th><th>2026</th><th>2027</th></tr>"
        "<tr><td>1</td><td>Ремонт клубу</td><td>х</td><td>х</td><td></td></tr></table>"
    )
    plan, _messages = read_page(years)
    (repair,) = plan.measures()
    assert (repair.deadline.start, repair.deadline.end) == (date(2025, 1, 1), date(2026, 12, 31))
    assert repair.funding == ()


def test_a_measure_numbered_under_its_roman_section() -> None:
    """«ІІ.3»: the third measure of section ІІ, its number kept, not numbered by position."""
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th></tr>"
        "<tr><td colspan=3>І. Організаційні заходи</td></tr>"
        "<tr><td>І.1</td><td>Нарада з керівниками закладів</td><td>січень</td></tr>"
        "<tr><td colspan=3>ІІ. Інформаційні заходи</td></tr>"
        "<tr><td>ІІ.1</td><td>Публікації на сайті громади</td><td>постійно</td></tr>"
        "<tr><td>ІІ.2.</td><td>Звіт у місцевій газеті</td><td>грудень</td></tr></table>"
    )
    plan, messages = read_page(page)
    assert [m.number for m in plan.measures()] == ["І.1", "ІІ.1", "ІІ.2."]
    assert [m.number for m in plan.sections[1].measures] == ["ІІ.1", "ІІ.2."]
    assert plan.measure("II.2").title == "Звіт у місцевій газеті"
    assert not any("numbered by their position" in m for m in messages)


def test_a_numbered_row_with_only_its_total_funding_heads_the_measures_under_it() -> None:
    """«1. Аматорське мистецтво | | | 450,0» over «1.1», «1.2»: a heading, its total a note."""

    page = (
        "<p>Програма розвитку культури на 2025 рік</p><table><tr><th>№ з/п</th>"
        "<th>Назва заходу</th><th>Строк</th><th>Виконавець</th>"
        "<th>Обсяг фінансування, тис. грн</th></tr>"
        + row("1.", "Аматорське мистецтво", "", "", "450,0")
        + row("1.1.", "Фестиваль народної творчості", "ІІ квартал", "Відділ культури", "150,0")
        + row("1.2.", "Костюми для народного хору", "ІІІ квартал", "Відділ культури", "300,0")
        + row("2.", "Бібліотеки", "", "", "100,0")
        + row("2.1.", "Оновлення фондів бібліотек", "протягом року", "Відділ культури", "100,0")
        + row("3.", "Звіт про виконання програми", "грудень", "Відділ культури", "")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Аматорське мистецтво"),
        ("2.", "Бібліотеки"),
        (None, None),  # «3.» is no measure of «2.»: outside any heading
    ]
    assert [m.number for m in plan.measures()] == ["1.1.", "1.2.", "2.1.", "3."]
    assert [m.number for m in plan.sections[2].measures] == ["3."]
    assert plan.notes == (
        "table 1, row 2: 1. Аматорське мистецтво: 450,0",
        "table 1, row 5: 2. Бібліотеки: 100,0",
    )


def test_an_item_after_one_with_sub_items_is_outside_it_at_every_depth() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№ з/п</th><th>Назва заходу</th>"
        "<th>Строк</th><th>Виконавець</th></tr>"
        + "<tr><td colspan='4'>І. Освіта</td></tr>"
        + row("1.", "Оновити матеріальну базу шкіл", "", "")
        + row("1.1.", "Придбати проектори", "ІІ квартал", "Відділ освіти")
        + row("1.2.", "Відремонтувати спортзал", "ІІІ квартал", "Відділ освіти")
        + row("2.", "Провести олімпіаду", "березень", "Відділ освіти")
        + "<tr><td colspan='4'>ІІ. Культура</td></tr>"
        + row("3.", "Провести фестиваль", "серпень", "Відділ культури")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert outline(plan) == [
        (("Освіта", "Оновити матеріальну базу шкіл"), "1.1.", "Придбати проектори"),
        (("Освіта", "Оновити матеріальну базу шкіл"), "1.2.", "Відремонтувати спортзал"),
        (("Освіта",), "2.", "Провести олімпіаду"),
        (("Культура",), "3.", "Провести фестиваль"),
    ]
    assert not [m for m in messages if "out of order" in m or "not under" in m]
    explained = str(civplan.explain(io.BytesIO(page.encode()), "html"))
    assert (
        "row 6: measure, outside the headings above (level 2): 2. Провести олімпіаду" in explained
    )


def test_a_report_in_a_column_per_quarter_reads_as_one_outcome_by_quarter() -> None:
    page = (
        "<p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        "<tr><th rowspan='2'>№</th><th rowspan='2'>Захід</th><th rowspan='2'>Строк</th>"
        "<th colspan='4'>Інформація про виконання</th></tr>"
        "<tr><th>І квартал</th><th>ІІ квартал</th><th>ІІІ квартал</th><th>ІV квартал</th></tr>"
        + row("1", "Засідання координаційної ради", "щокварталу", "Засідання 14.03", "—",
              "Засідання 19.09", "Засідання 12.12")
        + row("2", "Ремонт ґанку бібліотеки", "ІІІ квартал", "", "", "Ґанок відремонтовано", "")
        + "</table>"
    )  # fmt: skip
    plan, _messages = read_page(page)
    first, second = plan.measures()
    assert first.outcome is not None and second.outcome is not None
    assert first.outcome.text == (
        "І квартал: Засідання 14.03\n\nІІІ квартал: Засідання 19.09\n\nІV квартал: Засідання 12.12"
    )
    assert second.outcome.text == "ІІІ квартал: Ґанок відремонтовано"
    # a meeting in three quarters of four, each named by its day: a part of the measure
    assert civplan.assess(first, date(2025, 12, 31), plan=plan).status is Status.PARTIALLY_DONE


def test_within_the_quarter_in_a_plan_for_a_quarter_is_that_quarter() -> None:
    page = (
        "<p>План роботи відділу освіти на ІІІ квартал 2025 року</p><table>"
        "<tr><th>№</th><th>Зміст роботи</th><th>Термін</th><th>Відповідальний</th></tr>"
        + row("1", "Підготовка шкіл до нового навчального року", "протягом кварталу", "Інспектор")
        + row("2", "Оновлення бази даних педагогів", "протягом місяця", "Методист")
        + "</table>"
    )
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert (first.deadline.start, first.deadline.end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert first.deadline.text == "протягом кварталу"  # as written
    assert not second.deadline.understood  # a month of a quarter's plan: which one?
    assert any("«протягом кварталу» read as the term the title names" in m for m in messages)


def test_terms_running_past_a_quarter_s_plan_are_read_within_its_quarter() -> None:
    page = (
        "<p>План роботи виконавчого комітету на ІІІ квартал 2025 року</p><table>"
        "<tr><th>№</th><th>Зміст роботи</th><th>Термін</th><th>Відповідальний</th></tr>"
        + row("1", "Засідання адміністративної комісії", "щомісяця", "Секретар")
        + row("2", "Прийом громадян з особистих питань", "постійно", "Керівництво")
        + row("3", "Підготовка котелень до зими", "до 15 вересня", "Відділ ЖКГ")
        + row("4", "Звіт про виконання бюджету", "до 1 квітня", "Фінансовий відділ")
        + row("5", "Нарада зі старостами", "серпень", "Заступник голови")
        + "</table>"
    )
    plan, messages = read_page(page)
    monthly, constant, by_date, earlier, august = plan.measures()
    quarter = (date(2025, 7, 1), date(2025, 9, 30))
    assert (monthly.deadline.start, monthly.deadline.end) == quarter
    assert [p.end for p in monthly.deadline.parts] == [
        date(2025, 7, 31),
        date(2025, 8, 31),
        date(2025, 9, 30),
    ]
    assert (constant.deadline.start, constant.deadline.end) == quarter
    assert (by_date.deadline.start, by_date.deadline.end) == (date(2025, 7, 1), date(2025, 9, 15))
    # a term of its own, before the quarter or inside it, is left as written
    assert (earlier.deadline.start, earlier.deadline.end) == (date(2025, 1, 1), date(2025, 4, 1))
    assert (august.deadline.start, august.deadline.end) == (date(2025, 8, 1), date(2025, 8, 31))
    warned = next(m for m in messages if "read within it" in m)
    assert "ІІІ квартал 2025" in warned and "measures 1; 2; 3" in warned
    # a constant term with work reported is done once the quarter is over, not running
    reported = attrs.evolve(constant, outcome=civplan.Outcome(text="Проведено 12 прийомів"))
    assert civplan.assess(reported, date(2025, 10, 5)).status is civplan.Status.DONE


def test_a_report_written_across_the_table_under_each_measure_is_its_outcome() -> None:
    """No column of outcomes: each measure's report is a row of one cell below it."""

    def across(text: str) -> str:
        return f"<tr><td colspan=4>{text}</td></tr>"

    page = (
        "<h2>Звіт про виконання плану заходів у 2025 році</h2><table><tr><th>№</th>"
        "<th>Захід</th><th>Строк</th><th>Виконавець</th></tr>"
        + across("1. Освіта")
        + "<tr><td>1.1</td><td>Нарада з директорами шкіл</td><td>січень</td><td>Відділ освіти</td>"
        + across("14 січня відбулася нарада, розглянуто підготовку шкіл до другого семестру.")
        + "<tr><td>1.2</td><td>Семінар для вчителів</td><td>лютий</td><td>Відділ освіти</td>"
        # under a label that names the report: the label is no part of it
        + across("Стан виконання: семінар не проводився через відсутність укриття.")
        + across("Підтримка сім’ї та школи, виховання дітей")  # a heading: no deed told
        + "<tr><td>2.1</td><td>Батьківські збори</td><td>квітень</td><td>Відділ освіти</td>"
        # status words before a colon are the report's own
        + "<tr><td>2.2</td><td>Лекторій для батьків</td><td>травень</td><td>Відділ освіти</td>"
        + across("Виконано: лекторій проведено в усіх школах.")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [s.title for s in plan.sections] == [
        "Освіта",
        "Підтримка сім’ї та школи, виховання дітей",
    ]
    first, second, third, fourth = plan.measures()
    assert first.outcome is not None and first.outcome.text.startswith("14 січня відбулася")
    assert second.outcome is not None and second.outcome.text.startswith("семінар не")
    assert third.outcome is None
    assert fourth.outcome is not None
    assert fourth.outcome.text == "Виконано: лекторій проведено в усіх школах."
    assert any(
        "rows across the table read as the outcome of the measure above: table 1, row 4; "
        "table 1, row 6" in m
        for m in messages
    )


def test_a_programmes_directions_and_measures_in_the_usual_annex_form() -> None:
    """«Напрями діяльності та заходи програми»: a direction merged down over its measures,
    its number in the number column, each measure's number at the start of its text."""
    page = (
        "<p>Напрями діяльності та заходи Програми розвитку освіти на 2025-2027 роки</p><table>"
        "<tr><th rowspan=2>№ з/п</th><th rowspan=2>Назва напряму діяльності (пріоритетні "
        "завдання)</th><th rowspan=2>Перелік заходів програми</th><th rowspan=2>Строк "
        "виконання заходу</th><th rowspan=2>Виконавці</th><th colspan=2>Орієнтовні обсяги "
        "фінансування, тис. гривень</th></tr><tr><th>2025</th><th>2026</th></tr>"
        "<tr><td rowspan=2>1</td><td rowspan=2>Безпечне освітнє середовище</td>"
        "<td>1.1. Облаштування укриттів у ліцеях</td><td>2025-2026 роки</td>"
        "<td>Відділ освіти</td><td>500,0</td><td>300,0</td></tr>"
        "<tr><td>1.2. Відеоспостереження в садочках</td><td>2025 рік</td><td>Відділ освіти</td>"
        "<td>120,0</td><td>-</td></tr>"
        "<tr><td>2</td><td>Підтримка педагогів</td><td>2.1. Премії кращим вчителям</td>"
        "<td>щороку</td><td>Відділ освіти</td><td>50,0</td><td>50,0</td></tr></table>"
    )
    plan, _messages = read_page(page)
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1", "Безпечне освітнє середовище"),
        ("2", "Підтримка педагогів"),
    ]
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1.1.", "Облаштування укриттів у ліцеях"),
        ("1.2.", "Відеоспостереження в садочках"),
        ("2.1.", "Премії кращим вчителям"),
    ]
    first = plan.measure("1.1")
    assert (first.deadline.start, first.deadline.end) == (date(2025, 1, 1), date(2026, 12, 31))
    explained = str(civplan.explain(io.BytesIO(page.encode()), "html"))
    assert "table 1, row 3: measure: 1.1. Облаштування укриттів у ліцеях" in explained
    assert "table 1, row 5: heading, level 1: 2 Підтримка педагогів" in explained
    assert [(f.year, f.amount) for f in first.funding] == [
        (2025, Decimal("500.0")),
        (2026, Decimal("300.0")),
    ]


def test_a_source_that_says_no_money_is_needed_is_no_source() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table><tr><th>№</th><th>Захід</th><th>Строк</th>"
        "<th>Джерела фінансування</th><th>Обсяг, тис. грн</th></tr>"
        + row("1", "Нарада зі старостами", "січень", "Не потребує фінансування", "-")
        + row("2", "Ремонт клубу", "травень", "Місцевий бюджет", "200,0")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [(f.source, f.amount, f.text) for f in plan.measure("1").funding] == [
        (None, None, "Не потребує фінансування")
    ]
    assert [(f.source, f.amount) for f in plan.measure("2").funding] == [
        ("Місцевий бюджет", Decimal("200.0"))
    ]


def test_words_in_the_number_column_are_kept_at_the_title_s_start() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Назва заходу", "Строк")
        + row("1", "Ремонт даху будинку культури", "ІІ квартал")
        + row("додатково", "Заміна вікон у бібліотеці", "ІІІ квартал")
        + "</table>"
    )
    plan, messages = read_page(page)
    second = list(plan.measures())[1]
    assert second.title == "додатково Заміна вікон у бібліотеці"
    assert second.auto_numbered and second.number == "2"
    assert any("numbered by their position: table 1, row 3" in m for m in messages)


def test_a_heading_s_word_and_number_in_the_number_column_head_the_rows_below() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Назва заходу", "Строк", "Виконавець")
        + row("Розділ 1", "Освіта", "", "")
        + row("1.", "Ремонт школи", "ІІ квартал", "Відділ освіти")
        + row("Розділ 2", "Культура", "", "")
        + row("1.", "Фестиваль", "червень", "Відділ культури")
        + "</table>"
    )
    plan, _ = read_page(page)
    assert outline(plan) == [
        (("Освіта",), "1.", "Ремонт школи"),
        (("Культура",), "1.", "Фестиваль"),
    ]
    assert [s.number for s in plan.sections] == ["Розділ 1", "Розділ 2"]


def test_executors_apart_by_commas_where_each_part_names_one() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Назва заходу", "Строк", "Виконавці")
        + row("1", "Ремонт амбулаторії", "ІІ квартал", "Відділ освіти, відділ ЖКГ, ЦНАП")
        + row("2", "Свято громади", "серпень", "Відділ освіти, культури, молоді та спорту")
        + "</table>"
    )
    plan, _ = read_page(page)
    first, second = plan.measures()
    assert first.responsible == ("Відділ освіти", "відділ ЖКГ", "ЦНАП")
    assert second.responsible == ("Відділ освіти, культури, молоді та спорту",)


@pytest.mark.parametrize(
    ("cell", "executors"),
    [
        # a PDF's printed lines of two executors joined, or a cell typed so
        ("Відділ культури Центр культури", ("Відділ культури", "Центр культури")),
        (
            "Відділ освіти Служба у справах дітей Сектор молоді та спорту",
            ("Відділ освіти", "Служба у справах дітей", "Сектор молоді та спорту"),
        ),
        # one executor: a genitive may name whose department it is, a proper name goes on
        ("Відділ культури Управління освіти", ("Відділ культури Управління освіти",)),
        ("Відділ освіти Київської ОДА", ("Відділ освіти Київської ОДА",)),
        ("Відділ освіти, молоді та спорту", ("Відділ освіти, молоді та спорту",)),
    ],
)
def test_executors_named_one_after_another_on_a_line_are_each_apart(
    cell: str, executors: tuple[str, ...]
) -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Найменування заходу", "Строк виконання", "Виконавці")
        + row("1", "Провести семінар", "ІІ квартал", cell)
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert plan.measure("1").responsible == executors


def test_an_executor_a_line_ending_in_a_comma_is_named_without_it() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Назва заходу", "Строк", "Виконавці")
        + row("1", "Ремонт покрівлі", "ІІ квартал", "Управління освіти,<br>УКБ")
        + row("2", "Навчання з мінної безпеки", "постійно", "Відділ освіти;<br>ДСНС (за згодою)")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert plan.measure("1").responsible == ("Управління освіти", "УКБ")
    assert plan.measure("2").responsible == ("Відділ освіти", "ДСНС (за згодою)")


def test_an_executor_named_in_two_columns_is_one() -> None:
    page = (
        "<p>Програма розвитку освіти на 2025 рік</p><table>"
        + row("№", "Захід", "Головний розпорядник коштів", "Виконавці", "Строк")
        + row("1", "Ремонт харчоблоку", "Відділ освіти", "Відділ освіти, ліцей № 1", "2025")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert plan.measure("1").responsible == ("Відділ освіти", "ліцей № 1")


def test_a_dash_under_co_executors_names_none() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        "<tr><th rowspan=2>№</th><th rowspan=2>Назва заходу</th><th rowspan=2>Строк</th>"
        "<th colspan=2>Виконавці</th></tr><tr><th>головний</th><th>співвиконавці</th></tr>"
        + row("1", "Нарада з кадрових питань", "щокварталу", "Відділ кадрів", "–")
        + row("2", "Навчання посадовців", "ІІ квартал", "Відділ кадрів", "Центр навчання")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, second = plan.measures()
    assert first.responsible == ("Відділ кадрів",)
    assert second.responsible == ("Відділ кадрів", "Центр навчання")


def test_a_number_written_again_at_the_start_of_the_title_is_no_part_of_it() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Строк</th></tr>"
        + row("1.1.", "1.1. Провести форум громад", "ІІ квартал")
        + row("1.2", "1.2 Оновити сайт", "ІІІ квартал")
        + row("2", "2. Видати буклет", "ІV квартал")
        + row("3", "1 вересня провести урок", "ІІІ квартал")  # a day, not a number
        + row("4", "4.1. Підготувати звіт", "ІV квартал")  # another number: kept
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [m.title for m in plan.measures()] == [
        "Провести форум громад",
        "Оновити сайт",
        "Видати буклет",
        "1 вересня провести урок",
        "4.1. Підготувати звіт",
    ]


@pytest.mark.parametrize(
    ("titles", "read", "by_position"),
    [
        # the item word before the number, at the title's start
        (
            ("п. 1.1. Навчання посадових осіб", "п.1.2 Подання декларацій", "Пункт 2. Сайт"),
            [("1.1.", "Навчання посадових осіб"), ("1.2", "Подання декларацій"), ("2.", "Сайт")],
            False,
        ),
        # the plan's item cited at the title's end; another act's item is no number
        (
            (
                "Навчання посадових осіб (п. 1.1 Плану)",
                "Подання декларацій (пункт 1.2 плану заходів)",
                "Перевірка декларацій (п. 5 ст. 12 Закону)",
            ),
            [
                ("1.1", "Навчання посадових осіб"),
                ("1.2", "Подання декларацій"),
                ("3", "Перевірка декларацій (п. 5 ст. 12 Закону)"),
            ],
            True,
        ),
    ],
)
def test_a_measure_s_number_written_in_its_title_with_the_item_word(
    titles: tuple[str, ...], read: list[tuple[str, str]], by_position: bool
) -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("Захід", "Інформація про виконання")
        + "".join(row(title, "Виконано") for title in titles)
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title) for m in plan.measures()] == read
    positioned = [m for m in messages if "numbered by their position" in m]
    assert positioned == (
        ["<stream>: measures without a number, numbered by their position: table 1, row 4"]
        if by_position
        else []
    )


def test_values_planned_and_achieved_beside_a_unit_are_a_target_and_its_report() -> None:
    page = (
        "<p>Звіт про виконання програми благоустрою за 2025 рік</p><table>"
        + row("№", "Захід", "Од. вим.", "План", "Факт", "Примітка")
        + row("1", "Ремонт доріг", "км", "5", "5,5", "")
        + row("2", "Встановлення ліхтарів", "шт.", "100", "64", "решта у 2026 році")
        + row("3", "Придбання контейнерів", "шт.", "50", "0", "кошти не виділено")
        + "</table>"
    )
    plan, messages = read_page(page)
    second = plan.measure("2")
    assert [(t.unit, t.value) for t in second.targets] == [("шт.", Decimal(100))]
    assert second.outcome is not None and second.outcome.text == "64 шт."
    assert second.funding == () and second.notes == ("решта у 2026 році",)  # not money
    year_end = date(2025, 12, 31)
    statuses = [civplan.assess(m, year_end, period_end=year_end).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE, Status.NOT_DONE]
    assert not any("read by their cells" in m for m in messages)
    # a column of reports beside them: the report is the outcome, the value a note
    reported = page.replace(
        row("№", "Захід", "Од. вим.", "План", "Факт", "Примітка"),
        row("№", "Захід", "Од. вим.", "План", "Факт", "Стан виконання"),
    )
    plan, _messages = read_page(reported)
    lights = plan.measure("2")
    assert lights.outcome is not None and lights.outcome.text == "решта у 2026 році"
    assert lights.notes == ("Факт: 64 шт.",)


def test_values_planned_and_achieved_beside_an_indicator_count_in_its_unit() -> None:
    """«Показник | Значення показника: план | факт»: the indicator's unit at its end."""
    page = (
        "<p>Звіт про виконання плану заходів з розвитку спорту за 2025 рік</p><table>"
        + '<tr><td rowspan="2">№</td><td rowspan="2">Захід</td><td rowspan="2">Строк</td>'
        '<td rowspan="2">Показник</td><td colspan="2">Значення показника</td></tr>'
        + row("план", "факт")
        + row("1", "Шкільна спартакіада", "травень", "кількість учасників, осіб", "400", "455")
        + row("2", "Облаштування майданчиків", "ІІІ квартал", "майданчики (од.)", "3", "2")
        + row("3", "Турнір з волейболу", "жовтень", "кількість турнірів, од.", "1", "0")
        + "</table>"
    )
    plan, messages = read_page(page)
    grounds = plan.measure("2")
    assert grounds.performance_indicator == "майданчики (од.)"  # kept as written
    assert [(t.unit, t.value) for t in grounds.targets] == [("од.", Decimal(3))]
    assert grounds.outcome is not None and grounds.outcome.text == "2 од."
    assert not any("kept as notes" in m for m in messages)
    year_end = date(2025, 12, 31)
    statuses = [civplan.assess(m, year_end, period_end=year_end).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE, Status.NOT_DONE]
    # under a caption of money, «план | факт» beside an indicator are money still
    money = page.replace("Значення показника", "Обсяг фінансування, тис. грн")
    plan, _messages = read_page(money)
    grounds = plan.measure("2")
    assert grounds.targets == () and grounds.outcome is None
    assert [f.amount for f in grounds.funding] == [Decimal(3)]


def test_a_funding_cell_of_amounts_with_their_sources_gives_one_each() -> None:
    """«Місцевий бюджет – 350,0↵Державний бюджет – 1200,0»: an amount per source."""
    cells = (
        "Місцевий бюджет – 350,0<br>Державний бюджет – 1 200,0",
        "80,0 (місцевий бюджет)",
        "Усього: 150,0; у т.ч. МБ – 50,0; ОБ – 100,0",
        "у межах асигнувань на 2025",  # no source named: as written
        "Місцевий бюджет – 40,0<br>за рахунок економії",  # a line of no amount: as written
    )
    page = "<p>План заходів з енергозбереження на 2025 рік</p><table>" + row(
        "№", "Захід", "Строк", "Обсяг фінансування, тис. грн"
    )
    for number, cell in enumerate(cells, start=1):
        page += row(str(number), f"Захід {number}", "ІІ квартал", cell)
    plan, _messages = read_page(page + "</table>")
    read = [[(f.amount, f.source, f.text) for f in m.funding] for m in plan.measures()]
    assert read[:3] == [
        [
            (Decimal("350.0"), "Місцевий бюджет", None),
            (Decimal("1200.0"), "Державний бюджет", None),
        ],
        [(Decimal("80.0"), "місцевий бюджет", None)],
        [(Decimal("50.0"), "МБ", None), (Decimal("100.0"), "ОБ", None)],
    ]
    assert read[3:] == [
        [(None, None, "у межах асигнувань на 2025")],
        [(None, None, "Місцевий бюджет – 40,0\nза рахунок економії")],
    ]
    # so under a caption of sources, with no column of amounts
    sources = page.replace("Обсяг фінансування, тис. грн", "Джерела фінансування")
    plan, _messages = read_page(sources + "</table>")
    first = plan.measure("1")
    assert [(f.amount, f.source) for f in first.funding] == [
        (Decimal("350.0"), "Місцевий бюджет"),
        (Decimal("1200.0"), "Державний бюджет"),
    ]


def test_a_fact_column_without_a_unit_beside_it_is_still_money_spent() -> None:
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Фінансування, тис. грн", "Факт")
        + row("1", "Ремонт доріг", "ІІ квартал", "250,0", "240,0")
        + row("2", "Встановлення ліхтарів", "ІІІ квартал", "100,0", "100,0")
        + "</table>"
    )
    plan, _messages = read_page(page)
    roads = plan.measure("1")
    assert roads.targets == () and roads.outcome is None
    assert [f.amount for f in roads.funding] == [Decimal("250.0")]
    assert "Факт: 240,0" in roads.notes


def test_a_table_of_indicators_after_the_measures_is_a_note_a_row() -> None:
    page = (
        "<p>Інформація про виконання Програми розвитку спорту за 2025 рік</p><table>"
        + row("№", "Перелік заходів програми", "Виконавці", "Стан виконання")
        + row("1", "Районні змагання", "Відділ спорту", "Проведено 6 змагань")
        + "</table><p>Виконання результативних показників</p><table>"
        + row("№", "Найменування показника", "Одиниця виміру", "План", "Факт")
        + row("1", "Кількість змагань", "од.", "8", "6")
        + "</table><table>"
        + row("Начальник відділу", "(підпис)", "Іван ПЕТРЕНКО")
        + row("", "", "")  # an empty row under the signature
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [m.number for m in plan.measures()] == ["1"]
    assert plan.notes == (
        "paragraph 2: Виконання результативних показників",
        "table 2, row 1: № | Найменування показника | Одиниця виміру | План | Факт",
        "table 2, row 2: 1 | Кількість змагань | од. | 8 | 6",
        "table 3, row 1: Начальник відділу | (підпис) | Іван ПЕТРЕНКО",
    )
    placed = next(m for m in messages if "could not place" in m)
    assert "ПЕТРЕНКО" not in placed  # it signs the report


def test_a_report_under_its_label_in_the_title_cell_is_the_outcome() -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк")
        + row(
            "1", "Семінар для депутатів<br>Інформація про виконання: проведено 12 травня", "травень"
        )
        + row("2", "Ремонт даху<br>Стан виконання: не виконано", "ІІІ квартал")
        + row("3", "Розробка стратегії<br>Результат: затверджена стратегія", "ІV квартал")
        # on one line, as a PDF's cell joins its lines: the longer labels only
        + row("4", "Оновлення сайту Стан виконання: сайт оновлено", "грудень")
        # status words as the label: they are the report's own
        + row("5", "Толока<br>Виконано: проведено у квітні", "квітень")
        + "</table>"
    )
    plan, _messages = read_page(page)
    read = [(m.title, m.outcome.text if m.outcome else None) for m in plan.measures()]
    assert read == [
        ("Семінар для депутатів", "проведено 12 травня"),
        ("Ремонт даху", "не виконано"),
        # in a plan, «Результат» is the result expected: no report
        ("Розробка стратегії\nРезультат: затверджена стратегія", None),
        ("Оновлення сайту", "сайт оновлено"),
        ("Толока", "Виконано: проведено у квітні"),
    ]


def test_a_report_column_dated_gives_the_year_the_title_and_deadlines_do_not() -> None:
    page = (
        "<p>План заходів з благоустрою громади</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Строк</th><th>Стан виконання станом на 01.01.2026</th>"
        "</tr>"
        + row("1", "Толока в парку", "квітень", "Толоку проведено")
        + row("2", "Ремонт доріг", "ІІІ квартал", "Відремонтовано 2 км")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.year == 2025  # as of 1 January 2026: the report of 2025
    assert plan.as_of == date(2026, 1, 1)
    assert [m.deadline.end for m in plan.measures()] == [date(2025, 4, 30), date(2025, 9, 30)]
    assert any("2025, the year of the report's date" in m for m in messages)
    with pytest.raises(civplan.DocumentError, match="no year in the title"):
        read_page(page.replace(" станом на 01.01.2026", ""))


def test_a_report_naming_no_date_is_as_of_the_end_of_the_year_it_last_reports() -> None:
    page = (
        "<p>План заходів з розвитку культури на 2024–2026 роки</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Строк</th><th>Стан виконання</th></tr>"
        + row("1", "Фестиваль", "щороку, серпень", "Фестиваль проведено 15.08.2025.")
        + row("2", "Ремонт клубу", "2025–2026", "Проєкт розроблено у березні 2024 року.")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.as_of == date(2025, 12, 31)
    warned = next(m for m in messages if "no date of the report named" in m)
    assert "31.12.2025" in warned and "(measure 1)" in warned
    with pytest.warns(civplan.ReportDateWarning, match="no date of the report named"):
        civplan.load(io.BytesIO(page.encode()), "html")  # its own kind: callers dating it drop it
    # a plan with nothing reported has no date of a report
    bare = page.replace("Фестиваль проведено 15.08.2025.", "").replace(
        "Проєкт розроблено у березні 2024 року.", ""
    )
    assert read_page(bare)[0].as_of is None


def test_a_report_of_a_plan_whose_period_is_over_and_names_no_day_is_as_of_its_end() -> None:
    page = (
        "<p>План заходів з благоустрою на 2022–2023 роки</p><table>"
        "<tr><th>№</th><th>Захід</th><th>Строк</th><th>Стан виконання</th></tr>"
        + row("1", "Толока в парку", "щороку, квітень", "Толоки проведено")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.as_of == date(2023, 12, 31)
    assert any("the end of the plan's period, which is over" in m for m in messages)


@pytest.mark.parametrize("form", FORMS)
def test_a_strategy_s_monitoring_table_keeps_the_indicator_s_values(
    form: str, tmp_path: Path
) -> None:
    plan, messages = read(INDICATORS, form, tmp_path)
    first, second = plan.measures()
    assert [m.outcome.text if m.outcome else None for m in (first, second)] == [
        "Працює з травня.",
        "Кошти не виділено.",
    ]
    assert first.notes == ("Цільове значення: 15", "Фактичне значення: 9")
    assert first.funding == () and second.funding == ()
    assert plan.as_of == date(2026, 1, 1)
    assert not any("read by their cells" in m for m in messages)


def test_an_indicator_s_values_are_kept_as_notes_not_read_as_funding() -> None:
    """A strategy's monitoring table: a code, a comment on the measure's implementation,
    and the indicator's baseline, target and actual values, which are counts, not money."""
    page = (
        "<p>Моніторинг виконання Плану заходів на 2025-2027 роки</p><table>"
        + row(
            "Код",
            "Назва заходу",
            "Індикатор виконання",
            "Базове значення (2024)",
            "Цільове значення 2025",
            "Фактичне значення 2025",
            "Коментар щодо виконання",
        )
        + row("1.1.1", "Відкриття коворкінгу", "Кількість резидентів", "0", "12", "7", "Відкрито.")
        + row("1.1.2", "Гранти для ветеранів", "Кількість грантів", "0", "20", "0", "Не виконано.")
        + "</table>"
    )
    plan, messages = read_page(page)
    first, second = plan.measures()
    assert first.outcome is not None and first.outcome.text == "Відкрито."
    assert first.funding == () and second.funding == ()
    assert first.performance_indicator == "Кількість резидентів"
    assert first.notes == (
        "Базове значення (2024): 0",
        "Цільове значення 2025: 12",
        "Фактичне значення 2025: 7",
    )
    assert not any("read by their cells" in m for m in messages)


def test_an_indicator_s_target_value_beside_its_unit_is_the_measure_s_target() -> None:
    # «Цільове значення» as «План» is: the count the measure is to reach, in the indicator's unit
    page = (
        "<p>Звіт про виконання операційного плану на 2025 рік</p><table>"
        + row("№", "Захід", "Індикатор", "Цільове значення", "Фактичне значення")
        + row("1", "Навчання вчителів", "Кількість вчителів, осіб", "150", "90")
        + row("2", "Підключення шкіл", "Кількість шкіл, од.", "20", "20")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, _second = plan.measures()
    assert [(t.unit, t.value) for t in first.targets] == [("осіб", Decimal("150"))]
    assert first.outcome is not None and first.outcome.text == "90 осіб"
    assert first.notes == ()
    statuses = [civplan.assess(m, date(2026, 1, 15), plan=plan).status for m in plan.measures()]
    assert statuses[1] is Status.DONE and statuses[0] is not Status.DONE


def test_an_indicator_s_baseline_beside_its_target_is_the_target_s_baseline() -> None:
    page = (
        "<p>Звіт про виконання плану заходів на 2025 рік</p><table>"
        + row("№", "Захід", "Одиниця виміру", "Базовий рівень", "План", "Факт")
        + row("1", "Облаштування спортмайданчиків", "шт.", "4", "10", "7")
        + row("2", "Встановлення лавок", "шт.", "", "30", "30")
        + row("3", "Оновлення карти маршрутів", "шт.", "1", "", "")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, second, third = plan.measures()
    assert [(t.unit, t.value, t.baseline) for t in first.targets] == [
        ("шт.", Decimal("10"), Decimal("4"))
    ]
    assert [t.baseline for t in second.targets] == [None]
    # a baseline with no target to hold it is kept, as its column's note
    assert third.targets == () and third.notes == ("Базовий рівень: 1",)
    assert first.notes == () and second.notes == ()


def test_a_column_of_the_share_done_may_be_called_its_part() -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Вжиті заходи", "Частка виконання, %")
        + row("1", "Ремонт їдальні", "ІІ квартал", "Замінено плитку", "40")
        + row("2", "Нарада зі старостами", "березень", "Проведено нараду", "100")
        + "</table>"
    )
    plan, _messages = read_page(page)
    outcomes = [m.outcome for m in plan.measures()]
    assert [o.text if o else None for o in outcomes] == ["Замінено плитку", "Проведено нараду"]
    assert [o.status if o else None for o in outcomes] == [Status.PARTIALLY_DONE, Status.DONE]


def test_a_programme_up_to_a_year_takes_its_year_from_its_deadlines_and_says_so() -> None:
    page = (
        "<p>Програма розвитку культури на період до 2027 року</p><table>"
        + row("№", "Захід", "Строк")
        + row("1", "Фестиваль народної творчості", "ІІ квартал")
        + row("2", "Ремонт сільського клубу", "2026 рік")
        + row("3", "Оновлення бібліотечного фонду", "2026 рік")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.year == 2026
    assert plan.measure("1").deadline.start == date(2026, 4, 1)
    assert any("2026, the year its deadlines name most, is taken" in m for m in messages)


def test_parts_lettered_with_capitals_head_the_measures_numbered_under_them() -> None:
    """«А.», «Б.» over «А.1», «Б.1», as some action plans letter their parts."""
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Захід", "Строк")
        + row("А.", "Освіта", "")
        + row("А.1", "Ремонт школи", "2025 рік")
        + row("А.2", "Нові парти", "ІІ квартал")
        + row("B.", "Culture", "")
        + row("B.1", "Festival", "серпень")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("А.", "Освіта", ["А.1", "А.2"]),
        ("B.", "Culture", ["B.1"]),
    ]
    assert not any("by their position" in m for m in messages)


def test_small_tables_inside_a_report_s_cells_are_their_cells_text() -> None:
    """A table of data with more rows than the tables in its cells is read whole."""
    inner = f"<table>{row('вул. Шевченка', '1,2 км')}{row('вул. Миру', '0,8 км')}</table>"
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Стан виконання")
        + row("1", "Ремонт доріг", "2025 рік", "Відремонтовано:" + inner)
        + row("2", "Освітлення", "ІІ квартал", "Встановлено 40 ліхтарів.")
        + "</table>"
    )
    plan, _messages = read_page(page)
    outcome = plan.measure("1").outcome
    assert outcome is not None
    assert outcome.text == "Відремонтовано:\nвул. Шевченка | 1,2 км\nвул. Миру | 0,8 км"
    assert [m.number for m in plan.measures()] == ["1", "2"]
    # a table that lays the page out around the report, as many sites do, is passed over
    laid_out = f"<table><tr><td>Меню</td><td>{page}</td></tr></table>"
    plan, _messages = read_page(laid_out)
    assert [m.number for m in plan.measures()] == ["1", "2"]


def test_a_title_outside_any_paragraph_is_read() -> None:
    """Old sites centre their titles with <center> and <font>, or write them in the body."""
    table = "<table>" + row("№", "Захід", "Строк") + row("1", "Толока", "квітень") + "</table>"
    for above in (
        "<center><b>ЗВІТ про виконання плану заходів за І півріччя 2025 року</b></center>",
        "<font size=4>ЗВІТ про виконання плану заходів за І півріччя 2025 року</font>",
        "ЗВІТ про виконання плану заходів<br>за І півріччя 2025 року",
    ):
        plan, _messages = read_page(f"<body>{above}{table}</body>")
        assert plan.as_of == date(2025, 6, 30), above
        # the same in a cell of a table laying out the page, beside a menu
        laid_out = f"<table><tr><td>Головна<br>Новини</td><td>{above}{table}</td></tr></table>"
        plan, _messages = read_page(laid_out)
        assert plan.as_of == date(2025, 6, 30), above
        assert plan.title is not None and plan.title.startswith("ЗВІТ"), above


def test_a_row_of_a_number_and_a_title_over_a_heading_heads_nothing_below_it() -> None:
    """«3 | Захід | – |» before the heading «4» over «4.1»: a measure, not a heading of «4.1»."""
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Стан виконання")
        + '<tr><td colspan="4">2 Освіта</td></tr>'
        + row("2.1", "Ремонт школи", "ІІ квартал", "Відремонтовано")
        + row("3", "Толока в парку", "-", "")
        + '<tr><td colspan="4">4 Культура</td></tr>'
        + row("4.1", "Фестиваль", "серпень", "Проведено")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert [m.number for m in plan.measures()] == ["2.1", "3", "4.1"]
    assert [(s.number, s.title) for s in plan.sections if s.title] == [
        ("2", "Освіта"),
        ("4", "Культура"),
    ]


def test_unnumbered_headings_after_the_one_numbered_heading_stand_beside_it() -> None:
    """«1. Організаційна робота», then «Соціальна сфера»: no «2.» — siblings, not parts of «1.».

    Where the document numbers more headings so («2. Благоустрій»), the unnumbered ones
    between are the numbered one's parts, as before.
    """

    def heading(text: str) -> str:
        return f'<tr><td colspan="4">{text}</td></tr>'

    def page(second: str) -> str:
        return (
            "<p>План роботи сільської ради на 2025 рік</p><table>"
            + row("№", "Захід", "Термін", "Відповідальний")
            + heading("1. Організаційна робота")
            + row("1", "Засідання виконкому", "щомісяця", "Секретар ради")
            + heading("Соціальна сфера")
            + row("2", "Допомога переселенцям", "постійно", "Відділ соцзахисту")
            + heading(second)
            + row("3", "Толока у парку", "квітень", "Староста")
            + "</table>"
        )

    plan, _messages = read_page(page("Благоустрій"))
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Організаційна робота"),
        (None, "Соціальна сфера"),
        (None, "Благоустрій"),
    ]
    plan, _messages = read_page(page("2. Благоустрій"))
    assert [(s.number, s.title) for s in plan.sections] == [
        ("1.", "Організаційна робота"),
        ("2.", "Благоустрій"),
    ]
    assert [s.title for s in plan.sections[0].sections] == ["Соціальна сфера"]


def test_a_grouping_caption_over_rows_of_their_own_names_the_measures() -> None:
    """«Напрям діяльності» with no column of measures beside it is that column, with a warning."""
    page = (
        "<p>Звіт про виконання плану роботи на 2025 рік</p><table>"
        + row("№", "Напрям діяльності", "Строк", "Відповідальний", "Примітка")
        + row("1", "Облаштувати дитячий майданчик", "ІІ квартал", "Відділ ЖКГ", "")
        + row("2", "Скликати збори жителів", "березень", "Староста", "")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [m.title for m in plan.measures()] == [
        "Облаштувати дитячий майданчик",
        "Скликати збори жителів",
    ]
    assert [s.title for s in plan.sections] == [None]  # no headings: one untitled section
    assert any("«Напрям діяльності», the only column naming measures" in m for m in messages)


def test_notes_that_are_reports_are_the_outcome_when_no_column_is() -> None:
    """A «Примітка» column filled with what was done, and no report column: the report."""
    done = (
        "Майданчик облаштовано у липні за кошти громади",
        "Збори проведено, присутні обрали нового старосту",
        "Ремонт не проведено, бо підрядника не знайшли",
    )
    body = "".join(
        row(str(n), title, "2025 рік", "Виконком", note)
        for n, (title, note) in enumerate(
            zip(
                ("Облаштувати майданчик", "Провести збори", "Відремонтувати клуб"),
                done,
                strict=True,
            ),
            start=1,
        )
    )
    header = row("№", "Захід", "Строк", "Виконавець", "Примітка")
    plan, messages = read_page(f"<table>{header}{body}</table>")
    assert [m.outcome.text if m.outcome else None for m in plan.measures()] == list(done)
    assert all(m.notes == () for m in plan.measures())
    assert any("column 5 as outcome (caption «Примітка»" in m for m in messages)
    # notes that tell no deed stay notes
    quiet = body
    for note in done:
        quiet = quiet.replace(note, "За рахунок місцевого бюджету")
    plan, _ = read_page(f"<table>{header}{quiet}</table>")
    assert all(m.outcome is None for m in plan.measures())
    assert [m.notes for m in plan.measures()] == [("За рахунок місцевого бюджету",)] * 3


@pytest.mark.parametrize("form", ["html", "txt", "docx", "odt"])
def test_characters_that_show_nothing_part_no_word(form: str, tmp_path: Path) -> None:
    """Soft hyphens and zero-width spaces (a CMS's «&shy;», copied text) are read past."""
    shy, zero = "\u00ad", "\u200b"
    rows = [
        ("№", f"Найменування{shy} заходу", "Строк", "Стан виконання"),
        ("1", f"Озеле{shy}нення скве{zero}ру", f"ІІІ кварт{shy}ал", f"Вико{shy}нано"),
        ("2", "Ремонт бібліотеки", f"до 01.{zero}12.2025", "Не виконано"),
    ]
    path = tmp_path / f"report.{form}"
    if form == "html":
        body = "".join(row(*cells) for cells in rows).replace(shy, "&shy;")
        path.write_text(f"<p>План заходів на 2025 рік</p><table>{body}</table>", "utf-8")
    elif form == "txt":
        lines = ["План заходів на 2025 рік", ""]
        for cells in rows:
            lines.extend(f"\t{cell}" for cell in cells)
            lines.append("")
        path.write_text("\n".join(lines), "utf-8")
    elif form == "odt":
        from .layouts import _odt

        _odt(["План заходів на 2025 рік"], rows, path)
    else:
        import docx

        document = docx.Document()
        document.add_paragraph("План заходів на 2025 рік")
        table = document.add_table(rows=len(rows), cols=4)
        for grid_row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(grid_row.cells, cells, strict=True):
                cell.text = text
        document.save(path)
    plan = civplan.load(path)
    assert [(m.title, m.deadline.end) for m in plan.measures()] == [
        ("Озеленення скверу", date(2025, 9, 30)),
        ("Ремонт бібліотеки", date(2025, 12, 1)),
    ]
    first = plan.measure("1").outcome
    assert first is not None and (first.stated, first.status) == ("Виконано", Status.DONE)


def test_a_term_in_brackets_after_the_title_is_the_deadline_where_no_column_gives_one() -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Виконавець", "Стан виконання")
        + row("1", "Семінар для старост (ІІ квартал)", "Відділ освіти", "Проведено 12 травня")
        + row("2", "Залучення ГО до обговорення (за згодою)", "Відділ", "Залучено 4 ГО")
        + row("3", "Ремонт дороги (термін – до 01.09.2025)", "Відділ ЖКГ", "Не виконано")
        + "</table>"
    )
    plan, messages = read_page(page)
    first, second, third = plan.measures()
    assert (first.title, first.deadline.kind) == (
        "Семінар для старост",
        civplan.DeadlineKind.QUARTER,
    )
    assert first.deadline.end == date(2025, 6, 30)
    assert second.title == "Залучення ГО до обговорення (за згодою)"  # no term: kept
    assert not second.deadline.understood
    assert (third.title, third.deadline.end) == ("Ремонт дороги", date(2025, 9, 1))
    assert any("term in brackets after the title" in m and "measures 1; 3" in m for m in messages)


def test_a_web_page_s_own_lines_after_the_table_are_kept_without_a_warning() -> None:
    page = (
        "<h2>Звіт про виконання плану заходів за 2025 рік</h2><table>"
        + row("№", "Захід", "Строк", "Стан виконання")
        + row("1", "Толока", "квітень", "Проведено")
        + "</table><p>Переглядів: 154</p><p>Версія для друку</p><p>Звіт погоджено</p>"
    )
    plan, messages = read_page(page)
    assert [note.split(": ", 1)[1] for note in plan.notes] == [
        "Переглядів: 154",
        "Версія для друку",
        "Звіт погоджено",
    ]
    placed = [m for m in messages if "could not place" in m]
    assert len(placed) == 1 and "Звіт погоджено" in placed[0] and "Переглядів" not in placed[0]


def _published_sheet(rows: list[tuple[str, ...]], *, frozen: bool) -> str:
    """A sheet as a shared table's «publish to the web» page shows it: the column letters
    over it, each row's number before it; ``frozen``: the first row frozen (an empty bar
    row under it, an empty bar column after A)."""
    width = max(len(r) for r in rows)
    bar = ["<th class='freezebar'></th>"] if frozen else []
    letters = "".join(f"<th>{chr(ord('A') + i)}</th>" + ("".join(bar) if i == 0 else "")
                      for i in range(width))  # fmt: skip
    body = []
    for number, cells in enumerate(rows, start=1):
        tds = (
            [f"<td colspan='{width + frozen}'>{cells[0]}</td>"]
            if len(cells) == 1
            else [
                f"<td>{text}</td>" + ("<td></td>" if frozen and i == 0 else "")
                for i, text in enumerate(cells)
            ]
        )
        body.append(f"<tr><th><div>{number}</div></th>{''.join(tds)}</tr>")
        if frozen and number == 1:
            body.append("<tr><th></th>" + "<td></td>" * (width + 1) + "</tr>")
    return (
        "<div id='doc-title'>Культура</div><table class='waffle'><thead><tr><th></th>"
        f"{letters}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        "<div>Опубліковано в Google Таблицях – Повідомити про порушення – Оновлюється"
        " автоматично кожні 5 хвилин</div>"
    )


@pytest.mark.parametrize("frozen", [False, True])
def test_a_published_sheet_is_read_without_its_row_numbers_and_column_letters(
    frozen: bool,
) -> None:
    page = _published_sheet(
        [
            ("Звіт про виконання плану заходів з розвитку культури на 2025 рік",),
            ("№ з/п", "Найменування заходу", "Термін", "Стан виконання"),
            ("1", "Фестиваль народної творчості", "червень", "Проведено 21.06.2025"),
            ("2", "Ремонт покрівлі клубу", "ІІІ квартал", "Не виконано, кошти не виділено"),
            ("3", "Оновлення фонду бібліотеки", "протягом року", "Придбано 850 книг"),
        ],
        frozen=frozen,
    )
    plan, messages = read_page(page)
    assert plan.year == 2025
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Фестиваль народної творчості"),
        ("2", "Ремонт покрівлі клубу"),
        ("3", "Оновлення фонду бібліотеки"),
    ]
    assert plan.measure("2").deadline.end == date(2025, 9, 30)
    assert not any("could not place" in m for m in messages)  # the page's footer is its own


def test_a_dash_in_a_column_of_plus_marks_is_not_done() -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Відмітка про виконання", "Примітка")
        + row("1", "Толока", "квітень", "+", "")
        + row("2", "Ремонт клубу", "ІІІ квартал", "-", "Кошти не виділено")
        + "</table>"
    )
    plan, _messages = read_page(page)
    done, undone = (m.outcome for m in plan.measures())
    assert done is not None and done.status is Status.DONE
    assert undone is not None and (undone.status, undone.stated) == (Status.NOT_DONE, "-")


def test_a_dash_alone_in_a_status_column_states_nothing() -> None:
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Стан виконання")
        + row("1", "Толока", "квітень", "Виконано")
        + row("2", "Ремонт клубу", "ІІІ квартал", "-")
        + "</table>"
    )
    plan, _messages = read_page(page)
    assert plan.measure("2").outcome is None or plan.measure("2").outcome.status is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "caption",
    ["Причини невиконання", "Обґрунтування причин невиконання", "Reasons for non-implementation"],
)
def test_a_column_of_reasons_is_the_justification_of_a_measure_not_done(caption: str) -> None:
    """Why a measure was not done, in a column of its own: its justification, not a note."""
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Стан виконання", caption, "Примітка")
        + row("1", "Навчання для старост", "ІІ квартал", "Не проведено", "Немає тренера", "")
        + row("2", "Ремонт клубу", "ІІІ квартал", "Ремонт завершено", "—", "кошти громади")
        + "</table>"
    )
    plan, _ = read_page(page)
    first, second = plan.measures()
    assert first.outcome is not None and first.outcome.justification == "Немає тренера"
    assert first.notes == ()
    assert second.outcome is not None and second.outcome.justification is None  # «—»: none
    assert second.notes == ("кошти громади",)
    assessment = civplan.assess(first, date(2025, 12, 31))
    assert assessment.justification == "Немає тренера"
    [group] = civplan.summarize(plan, date(2025, 12, 31)).reasons
    assert (group.kind.code, group.measures) == ("staff", (("1", "Немає тренера"),))
    explained = str(civplan.explain(io.BytesIO(page.encode()), "html"))
    assert f"«{caption}»: justification (why a measure was not done)" in explained


def test_a_number_wrapped_inside_over_lines_is_one_number() -> None:
    """«1.2<br>.1.<br>4» is «1.2.1.4» as a narrow column printed it; «2.<br>1» is «2.1»."""
    page = (
        "<p>План заходів на 2025 рік</p><table>"
        + row("№", "Захід", "Строк")
        + row("1.2<br>.1.<br>4", "Оновлення шкільних маршрутів", "ІІ квартал")
        + row("2.<br>1", "Ремонт даху клубу", "ІІІ квартал")
        + "</table>"
    )
    plan, _ = read_page(page)
    assert [m.number for m in plan.measures()] == ["1.2.1.4", "2.1"]


def test_english_executors_listed_with_commas_are_each_one() -> None:
    page = (
        "<p>Action Plan 2025: progress report</p><table>"
        + row("No.", "Measure", "Deadline", "Responsible implementors")
        + row("1.1", "Hold public hearings", "Q2 2025", "Ministry of Justice, NGOs")
        + row("1.2", "Train auditors", "Q3 2025", "Secretariat of the Cabinet, Audit Commission")
        + "</table>"
    )
    plan, _ = read_page(page)
    assert [m.responsible for m in plan.measures()] == [
        ("Ministry of Justice", "NGOs"),
        ("Secretariat of the Cabinet", "Audit Commission"),
    ]


def test_a_numbered_row_with_a_report_of_its_own_heads_its_rows_and_is_a_measure() -> None:
    """Its report is assessed, not kept aside: a measure under its own heading, then the rest."""
    page = (
        "<p>Звіт про виконання плану заходів за 2025 рік</p><table>"
        + row("№", "Захід", "Строк", "Стан виконання")
        + row("1.", "Ремонт амбулаторії", "ІІ квартал", "Ремонт завершено у червні")
        + row("2.", "Оновлення сайту громади", "ІV квартал", "Сайт оновлено")
        + row("2.1.", "Версія сайту для людей з порушеннями зору", "ІV квартал", "Не створено")
        + row("3.", "Навчання старост", "ІІІ квартал", "")
        + row("3.1.", "Тренінг з цивільного захисту", "ІІІ квартал", "Проведено")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(s.number, [m.number for m in s.measures]) for s in plan.sections if s.title] == [
        ("2.", ["2.", "2.1."]),
        ("3.", ["3.1."]),
    ]
    reported = plan.measure("2.")
    assert reported.outcome is not None and reported.outcome.text == "Сайт оновлено"
    assert civplan.assess(reported, date(2025, 12, 31)).status is Status.DONE
    assert not any("Сайт оновлено" in note for note in plan.notes)
    assert any("a report of their own" in m and m.endswith("table 1, row 3") for m in messages)
    # civplan's own report shows it under its heading: read back, one heading, not two
    shown = civplan.export(plan, "text", options=civplan.TextOptions(summary=False))
    assert isinstance(shown, str)
    again = civplan.load(io.BytesIO(shown.encode()), "textdump")
    assert [(s.number, [m.number for m in s.measures]) for s in again.sections if s.title] == [
        ("2.", ["2.", "2.1."]),
        ("3.", ["3.1."]),
    ]


def test_a_measure_the_plan_struck_out_is_cancelled_and_a_number_s_remark_stays_with_it() -> None:
    """«Виключено» in the title cell, or «4 (виключено)» in the number cell: no longer in the plan.

    A remark in words after a number («4 (нова редакція)») leaves the number whole and
    follows the title; a title about excluding something («Виключення …») is a measure.
    """
    page = (
        "<h1>План заходів на 2025 рік</h1><table>"
        + row("№ з/п", "Найменування заходу", "Строк виконання", "Стан виконання")
        + row("1", "Виключено", "", "")
        + row("2", "{Пункт 2 виключено на підставі рішення від 01.06.2025 № 11}", "", "")
        + row("3 (виключено)", "Оновлення складу ради", "І квартал", "")
        + row("4 (нова редакція)", "Звітування депутатів", "грудень", "Звіти заслухано")
        + row("5", "Виключення зайвих позицій з переліку", "ІІ квартал", "")
        + "</table>"
    )
    plan, messages = read_page(page)
    measures = {m.number: m for m in plan.measures()}
    assert list(measures) == ["1", "2", "3", "4", "5"]
    as_of = date(2025, 12, 31)
    for number in ("1", "2", "3"):
        assert civplan.assess(measures[number], as_of, plan=plan).status is Status.CANCELLED
    assert measures["3"].title == "Оновлення складу ради (виключено)"
    assert measures["3"].outcome is not None and measures["3"].outcome.stated == "виключено"
    assert measures["4"].title == "Звітування депутатів (нова редакція)"
    assert civplan.assess(measures["4"], as_of, plan=plan).status is Status.DONE
    assert measures["5"].outcome is None
    assert civplan.assess(measures["5"], as_of, plan=plan).status is Status.OVERDUE
    assert not any("numbered by their position" in m for m in messages)


def test_a_report_in_columns_by_quarter_is_as_done_as_its_last_quarter_says() -> None:
    """«Стан виконання» over a column per quarter: work begun, going on, then done."""
    page = (
        "<h1>Звіт про виконання плану заходів за 2025 рік</h1><table>"
        "<tr><th rowspan=2>№</th><th rowspan=2>Найменування заходу</th><th rowspan=2>Строк</th>"
        "<th colspan=4>Стан виконання</th></tr>"
        "<tr><th>І квартал</th><th>ІІ квартал</th><th>ІІІ квартал</th><th>IV квартал</th></tr>"
        + row("1", "Оновлення сайту", "протягом року", "Розпочато", "Триває", "Триває", "Оновлено")
        + row("2", "Ремонт клубу", "протягом року", "Розпочато", "Триває", "Триває", "Триває")
        + "</table>"
    )
    plan, _messages = read_page(page)
    as_of = date(2025, 12, 31)
    statuses = [civplan.assess(m, as_of, plan=plan).status for m in plan.measures()]
    assert statuses == [Status.DONE, Status.PARTIALLY_DONE]


@pytest.mark.parametrize(
    ("cells", "numbers"),
    [
        # a hyphened letter, a dot and a bracket: kept whole (they were cut into the titles)
        (("1.1-а", "1.1-б", "2.2.)"), ["1.1-а", "1.1-б", "2.2.)"]),
        # the measure's word before the number: the number (it was joined to the title)
        (("Захід 1", "Захід 2", "Захід № 3"), ["1", "2", "3"]),
    ],
)
def test_numbers_written_otherwise_number_their_measures(
    cells: tuple[str, ...], numbers: list[str]
) -> None:
    """«1.1-а», «2.2.)», «Захід № 3» number their measures, not their rows' positions."""
    titles = ["Оновлення стендів", "Оновлення сайту", "Навчання старост"]
    page = (
        "<h1>План заходів на 2025 рік</h1><table>"
        + row("№ з/п", "Найменування заходу", "Строк виконання")
        + "".join(row(cell, title, "ІІ квартал") for cell, title in zip(cells, titles, strict=True))
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title) for m in plan.measures()] == list(zip(numbers, titles, strict=True))
    assert not any("numbered by their position" in m for m in messages)


def test_a_subsection_led_by_its_word_is_a_heading_at_its_number_s_level() -> None:
    """«Підрозділ 1.1. Кадри» under «Розділ 1.» heads measures 1.1.1 and 1.1.2."""
    page = (
        "<h1>План заходів на 2025 рік</h1><table>"
        + row("№ з/п", "Найменування заходу", "Строк")
        + "<tr><td colspan=3>Розділ 1. Організаційні заходи</td></tr>"
        + "<tr><td colspan=3>Підрозділ 1.1. Кадрове забезпечення</td></tr>"
        + row("1.1.1", "Проведення навчань", "ІІ квартал")
        + row("1.1.2", "Атестація працівників", "IV квартал")
        + "</table>"
    )
    plan, _messages = read_page(page)
    [section] = plan.sections
    [subsection] = section.sections
    assert (section.number, section.title) == ("Розділ 1.", "Організаційні заходи")
    assert (subsection.number, subsection.title) == ("Підрозділ 1.1.", "Кадрове забезпечення")
    assert [m.number for m in subsection.measures] == ["1.1.1", "1.1.2"]


def test_lines_of_other_fields_under_a_title_in_its_cell_go_to_those_fields() -> None:
    """«Проведення семінарів↵Очікуваний результат: …» is the title and the expected result.

    A term or executors on such a line are read where the table has no column of them;
    a line of another field is kept as a note; the report's line stays the report's.
    """
    page = (
        "<h1>Звіт про виконання плану заходів за 2025 рік</h1><table>"
        + row("№", "Найменування заходу", "Стан виконання")
        + row(
            "1",
            "<p>Проведення семінарів</p><p>Очікуваний результат: навчено 40 осіб</p>"
            "<p>Строк виконання: ІІ квартал</p><p>Виконавець: відділ кадрів</p>",
            "Проведено 2 семінари",
        )
        + row(
            "2",
            "<p>Облаштування укриття</p><p>Індикатор: кількість місць</p>"
            "<p>Джерело фінансування: місцевий бюджет</p>",
            "Не виконано",
        )
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, second = plan.measures()
    assert first.title == "Проведення семінарів"
    assert first.expected_result == "навчено 40 осіб"
    assert first.deadline.text == "ІІ квартал"
    assert first.responsible == ("відділ кадрів",)
    assert second.title == "Облаштування укриття"
    assert second.performance_indicator == "кількість місць"
    assert second.notes == ("Джерело фінансування: місцевий бюджет",)


def test_labelled_fields_a_print_joined_on_the_title_s_line_are_read_as_under_it() -> None:
    """«Семінар Термін: ІІ квартал Виконавець: …»: a cell's lines joined by a print.

    Only a field's capital label begins such a line; a colon of the title's own stays in it.
    """
    page = (
        "<h1>Звіт про виконання плану заходів за 2025 рік</h1><table>"
        + row("№", "Найменування заходу", "Стан виконання")
        + row(
            "1",
            "Оновлення паспорта громади Термін: І квартал Виконавець: відділ економіки",
            "Паспорт оновлено",
        )
        + row("2", "Конкурс «Громада року»: етап громади, термін: за графіком", "Проведено")
        + "</table>"
    )
    plan, _messages = read_page(page)
    first, second = plan.measures()
    assert first.title == "Оновлення паспорта громади"
    assert (first.deadline.text, first.deadline.start) == ("І квартал", date(2025, 1, 1))
    assert first.responsible == ("відділ економіки",)
    assert second.title == "Конкурс «Громада року»: етап громади, термін: за графіком"


def test_a_summary_table_of_figures_above_the_report_is_no_measure() -> None:
    """«Всього | Виконано | Не виконано» over «5 | 3 | 2»: counts, no column names a measure."""
    page = (
        "<h2>Звіт про виконання плану заходів за 2025 рік</h2>"
        "<table>"
        + row("Всього заходів", "Виконано", "Не виконано")
        + row("3", "2", "1")
        + "</table>"
        "<table>"
        + row("№ з/п", "Назва заходу", "Строк виконання", "Стан виконання")
        + row("1", "Ремонт школи", "ІІ квартал", "Виконано")
        + row("2", "Фестиваль", "серпень", "Проведено")
        + row("3", "Ремонт клубу", "ІV квартал", "Не виконано")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт школи"),
        ("2", "Фестиваль"),
        ("3", "Ремонт клубу"),
    ]
    assert any("3 | 2 | 1" in m for m in messages)  # kept, and said so


def test_headings_numbered_apart_from_the_measures_under_them() -> None:
    """Rows of a number and a title only, numbered 1, 2, 3 while the measures under them are
    numbered 1–5 through the table, or from 1 under each: headings, not measures repeated."""
    header = "<p>Звіт про виконання плану заходів на 2025 рік</p><table>" + row(
        "№", "Захід", "Строк", "Виконавець", "Стан виконання"
    )
    through = (
        header
        + row("1", "Освіта", "", "", "")
        + row("1", "Семінар для вчителів", "І квартал", "Відділ освіти", "Проведено")
        + row("2", "Олімпіада з історії", "ІІ квартал", "Відділ освіти", "Проведено")
        + row("2", "Культура", "", "", "")
        + row("3", "Концерт до Дня міста", "вересень", "Відділ культури", "Проведено")
        + row("3", "Спорт", "", "", "")
        + row("4", "Турнір з футболу", "липень", "Відділ спорту", "Не проведено")
        + row("5", "Забіг до Дня Незалежності", "серпень", "Відділ спорту", "Проведено")
        + "</table>"
    )
    plan, messages = read_page(through)
    assert [(s.number, s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("1", "Освіта", ["1", "2"]),
        ("2", "Культура", ["3"]),
        ("3", "Спорт", ["4", "5"]),
    ]
    assert not any("repeated" in m or "out of order" in m for m in messages)
    restarting = (
        header
        + row("1", "Освіта", "", "", "")
        + row("1", "Семінар для вчителів", "І квартал", "Відділ освіти", "Проведено")
        + row("2", "Олімпіада з історії", "ІІ квартал", "Відділ освіти", "Проведено")
        + row("2", "Культура", "", "", "")
        + row("1", "Концерт до Дня міста", "вересень", "Відділ культури", "Проведено")
        + "</table>"
    )
    plan, messages = read_page(restarting)
    assert [(s.title, [m.key for m in s.measures]) for s in plan.sections] == [
        ("Освіта", ["1.1", "1.2"]),
        ("Культура", ["2.1"]),
    ]
    # a measure of a title alone in a list numbered through is a measure still, and one out of
    # order is warned about as such where no heading is numbered apart
    flat = (
        header
        + row("1", "Семінар для вчителів", "І квартал", "Відділ освіти", "Проведено")
        + row("3", "Олімпіада з історії", "ІІ квартал", "Відділ освіти", "Проведено")
        + row("2", "Нарада директорів", "", "", "")
        + row("4", "Концерт до Дня міста", "вересень", "Відділ культури", "Проведено")
        + "</table>"
    )
    plan, messages = read_page(flat)
    assert [m.number for m in plan.measures()] == ["1", "3", "2", "4"]
    assert any("out of order: 2 after 3" in m for m in messages)


def test_an_executor_s_comment_is_the_report_not_the_executor() -> None:
    page = (
        "<p>Моніторинг виконання плану заходів на 2025 рік</p><table>"
        + row("№", "Захід", "Відповідальний виконавець", "Строк", "Коментар виконавця")
        + row("1", "Відкриття коворкінгу", "Відділ економіки", "ІІ квартал", "Відкрито у травні.")
        + "</table>"
    )
    plan, _messages = read_page(page)
    (opened,) = plan.measures()
    assert opened.responsible == ("Відділ економіки",)
    assert opened.outcome is not None and opened.outcome.text == "Відкрито у травні."
    # beside a report column, the executor's remark is a note on the measure
    beside = page.replace("<td>Коментар виконавця</td>", "<td>Стан виконання</td>").replace(
        "</tr></table>", "<td>Аренда дешевша за план.</td></tr></table>"
    )
    beside = beside.replace(
        "<td>Стан виконання</td></tr>", "<td>Стан виконання</td><td>Примітка виконавця</td></tr>"
    )
    plan, _messages = read_page(beside)
    (opened,) = plan.measures()
    assert opened.outcome is not None and opened.outcome.text == "Відкрито у травні."
    assert opened.responsible == ("Відділ економіки",)
    assert opened.notes == ("Аренда дешевша за план.",)


def test_a_state_programme_s_annex_of_tasks_and_measures() -> None:
    """«Завдання і заходи з виконання … програми»: the title (its «і» is «and», no Roman
    section), tasks grouping the measures, the funding forecast by years."""
    title = "Завдання і заходи з виконання Програми розвитку спорту на 2025-2026 роки"
    funds = "Прогнозний обсяг фінансових ресурсів для виконання завдань, тис. гривень"
    page = (
        f"<p>{title}</p><table><tr><th rowspan=2>Найменування завдання</th>"
        "<th rowspan=2>Найменування заходу</th><th rowspan=2>Відповідальні за виконання</th>"
        f"<th rowspan=2>Строк виконання</th><th colspan=2>{funds}</th></tr>"
        "<tr><th>2025</th><th>2026</th></tr>"
        + row("1. Спортивні споруди", "1) будівництво стадіону", "Мінспорт", "2025 рік", "900", "")
        + row("2. Кадри", "2) навчання тренерів", "Мінспорт", "щороку", "50", "50")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert plan.title == title
    assert [(s.number, s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        ("1.", "Спортивні споруди", ["1)"]),
        ("2.", "Кадри", ["2)"]),
    ]
    assert [(f.year, f.amount) for f in plan.measure("2)").funding] == [
        (2025, Decimal("50")),
        (2026, Decimal("50")),
    ]
    assert not any("no title" in m or "kept as notes" in m for m in messages)


def test_tasks_numbered_again_under_each_part_tell_their_measures_apart_by_both() -> None:
    """«Завдання 1.» under «Розділ I.» and under «Розділ II.», «1)» under each: all headings."""

    def heading(text: str) -> str:
        return f'<tr><td colspan="4">{text}</td></tr>'

    page = (
        "<p>Інформація про виконання плану заходів на 2024 рік</p><table>"
        "<tr><th>Найменування заходу</th><th>Виконавець</th><th>Термін виконання</th>"
        "<th>Стан виконання</th></tr>"
        + heading("Розділ I. Економічний розвиток")
        + heading("Завдання 1. Підтримка підприємництва")
        + row("1) Провести форум підприємців", "Відділ економіки", "ІІ квартал", "Проведено")
        + row("2) Надати мікрогранти", "Відділ економіки", "протягом року", "Надано 12")
        + heading("Завдання 2. Розвиток туризму")
        + row("1) Облаштувати маршрут", "Відділ культури", "ІІІ квартал", "Не виконано")
        + heading("Розділ II. Соціальний розвиток")
        + heading("Завдання 1. Освіта")
        + row("1) Облаштувати укриття", "Відділ освіти", "до 01.09.2024", "Облаштовано")
        + row("2) Придбати автобус", "Відділ освіти", "IV квартал", "Придбано")
        + "</table>"
    )
    plan, messages = read_page(page)
    assert [m.key for m in plan.measures()] == ["I.1.1", "I.1.2", "I.2.1", "II.1.1", "II.1.2"]
    assert plan.measure("II.1.2").title == "Придбати автобус"
    assert not any("repeated" in m for m in messages)
    # a part and its task of the same number each give theirs: «1.1.1», not «1.1»
    arabic, _ = read_page(page.replace("Розділ I.", "Розділ 1.").replace("Розділ II.", "Розділ 2."))
    assert [m.key for m in arabic.measures()] == ["1.1.1", "1.1.2", "1.2.1", "2.1.1", "2.1.2"]
