"""What a document's title says of its plan: years, and the date a report holds for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

import civplan
from civplan.importers.metadata import read_metadata

TITLES = [
    # a report names its date, its period, or only its year (then the year's end)
    ("Інформація про виконання плану заходів станом на 01.10.2025", date(2025, 10, 1)),
    ("Звіт про виконання плану заходів за І півріччя 2025 року", date(2025, 6, 30)),
    ("Звіт про виконання плану заходів за 9 місяців 2025 року", date(2025, 9, 30)),
    ("Звіт про виконання плану заходів за І-ІІІ квартали 2025 року", date(2025, 9, 30)),
    # quarters and halves in Arabic figures
    ("Звіт про виконання плану заходів за 2 квартал 2025 року", date(2025, 6, 30)),
    ("Інформація про виконання за 1 півріччя 2025 року", date(2025, 6, 30)),
    ("Звіт про виконання за 1-3 квартали 2025 року", date(2025, 9, 30)),
    ("Звіт про виконання за 3-й квартал 2025 р.", date(2025, 9, 30)),
    # English titles
    ("Progress report on the Action Plan for 2025, Q3", date(2025, 9, 30)),
    ("Report for the first half of 2025", date(2025, 6, 30)),
    ("Progress report, January–September 2025", date(2025, 9, 30)),
    ("Report on the Action Plan for 2025, Q1-Q3 2025", date(2025, 9, 30)),
    ("End-of-term self-assessment report, Action Plan 2022-2024", date(2024, 12, 31)),
    ("Implementation status of the Action Plan for 2025", date(2025, 12, 31)),
    ("Підсумковий звіт про виконання Програми на 2021-2025 роки", date(2025, 12, 31)),
    # a report on the whole term of a plan of several years
    ("Звіт про виконання Програми на 2021–2025 роки за весь період її дії", date(2025, 12, 31)),
    ("Програма розвитку освіти на 2021–2025 роки", None),
    # a report's date after «на» alone
    ("Стан виконання заходів програми на 01.10.2025", date(2025, 10, 1)),
    ("Інформація про виконання плану на 1 жовтня 2025 року", date(2025, 10, 1)),
    ("Інформація за підсумками І півріччя 2025 року", date(2025, 6, 30)),
    ("Звіт про виконання за період січень-вересень 2025 року", date(2025, 9, 30)),
    ("Звіт про виконання плану за період з 01.01.2025 по 30.06.2025", date(2025, 6, 30)),
    ("Звіт про виконання програми за 2024–2025 роки", date(2025, 12, 31)),  # to the last year's end
    # a date without its year is in the plan's one year; of several plans' years, none
    ("Звіт про виконання плану заходів на 2025 рік (станом на 1 липня)", date(2025, 7, 1)),
    ("Звіт про виконання плану на 2024-2026 роки (станом на 1 липня)", None),
    ("Звіт про виконання плану заходів у 2025 році", date(2025, 12, 31)),
    ("Інформація про стан виконання плану заходів на 2025 рік", date(2025, 12, 31)),
    ("Progress report on the action plan, 2025", date(2025, 12, 31)),
    ("Action plan 2024–2026: progress report as of 30 June 2025", date(2025, 6, 30)),
    ("Implementation report as at December 31, 2025", date(2025, 12, 31)),
    # the period without a year of its own is in the plan's one year; in the locative too
    ("Звіт про виконання плану заходів на 2025 рік за ІІІ квартал", date(2025, 9, 30)),
    ("Інформація про виконання плану на 2025 рік (за І півріччя)", date(2025, 6, 30)),
    ("Звіт про виконання плану заходів на 2025 рік за 9 місяців", date(2025, 9, 30)),
    ("Стан виконання плану заходів у ІІ кварталі 2025 року", date(2025, 6, 30)),
    # the state, course or results of implementation name a report too
    (
        "Стан реалізації заходів Програми «Безпечна громада» у І півріччі 2025 року",
        date(2025, 6, 30),
    ),
    ("Хід виконання Програми розвитку громади за 9 місяців 2025 року", date(2025, 9, 30)),
    ("Підсумки реалізації плану заходів у 2025 році", date(2025, 12, 31)),
    ("Звіт про виконання плану у 2025 році (І півріччя)", date(2025, 6, 30)),
    # a period in brackets after the year the report is for, or after the plan's year
    ("Проміжний звіт про виконання плану за 2025 рік (І–ІІ квартали)", date(2025, 6, 30)),
    ("Звіт про виконання плану заходів на 2025 рік (ІІІ квартал)", date(2025, 9, 30)),
    ("Звіт про виконання плану заходів на 2025 рік", date(2025, 12, 31)),
    ("Звіт про виконання плану дій на 2024–2026 роки у 2025 році", date(2025, 12, 31)),
    # the results of the year's work on a programme of several years
    (
        "Інформація про результати виконання у 2025 році заходів Програми на 2024-2027 роки",
        date(2025, 12, 31),
    ),
    ("План заходів у 2025 році", None),
    ("Звіт про виконання плану заходів на 2024–2026 роки за І квартал", None),  # which year?
    # a plan holds for no date; a report on several years names none by its years
    ("План заходів на 2025 рік", None),
    ("Звіт про виконання плану заходів на 2024–2026 роки", None),
]


@pytest.mark.parametrize(("title", "as_of"), TITLES)
def test_the_date_a_report_holds_for(title: str, as_of: date | None) -> None:
    assert read_metadata([title]).as_of == as_of


@pytest.mark.parametrize(
    ("lines", "period", "as_of"),
    [
        (
            ["Звіт про виконання плану за І півріччя 2025 року"],
            "І півріччя 2025 року",
            date(2025, 6, 30),
        ),
        # a title naming its period and a line its date: both kept, the date as written
        (
            ["Інформація про виконання плану за 9 місяців 2025 року", "Станом на 03.10.2025"],
            "9 місяців 2025 року",
            date(2025, 10, 3),
        ),
        (["Стан виконання плану заходів станом на 01.10.2025"], None, date(2025, 10, 1)),
        # the period alone on a line of the title, without «за»
        (
            ["Моніторинг виконання плану дій", "І півріччя 2025 р."],
            "І півріччя 2025 р.",
            date(2025, 6, 30),
        ),
        (
            ["Звіт про виконання плану заходів", "(ІІ квартал 2025 року)"],
            "ІІ квартал 2025 року",
            date(2025, 6, 30),
        ),
    ],
)
def test_a_report_s_period_as_written_beside_its_date(
    lines: list[str], period: str | None, as_of: date
) -> None:
    read = read_metadata(lines)
    assert (read.period, read.as_of) == (period, as_of)


def test_a_plan_s_line_of_a_period_is_no_report_s_period() -> None:
    read = read_metadata(["План заходів", "ІІ квартал 2025 року"])
    assert (read.report, read.period, read.as_of) == (False, None, None)


@pytest.mark.parametrize(
    ("title", "report"),
    [
        ("Моніторинг виконання Плану дій (станом на 15.11.2025)", True),
        ("Моніторинг реалізації Стратегії на 2021-2027 роки за 2025 рік", True),
        ("Програма моніторингу якості води на 2025 рік", False),
        # a decision's title on a report, or a report's title whose first line print lost
        ("Про виконання Програми розвитку культури на 2023–2025 роки за 2024 рік", True),
        ("про виконання у 2024 році заходів Програми розвитку спорту на 2023–2025 роки", True),
        ("Про хід виконання плану заходів у 2025 році", True),
        ("Про затвердження плану заходів на 2025 рік", False),
        ("План заходів щодо виконання Програми на 2025 рік", False),
    ],
)
def test_a_monitoring_of_a_plan_is_a_report(title: str, report: bool) -> None:
    assert read_metadata([title]).report is report


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("План заходів на 2024–2026 роки", (2024, 2026)),
        ("План дій на 2025 – 26 роки", (2025, 2026)),
        ("План роботи закладу освіти на 2025/2026 навчальний рік", (2025, 2026)),
        ("План роботи на 2025/26 н. р.", (2025, 2026)),
        ("План заходів на 2025 рік", (2025, None)),
        # a report as of 1 January, with no other year: the report of the year just ended
        ("Інформація про виконання плану заходів станом на 01.01.2026", (2025, None)),
        ("Стан виконання заходів програми на 1 січня 2026 року", (2025, None)),
        ("Інформація про виконання плану заходів станом на 01.04.2026", (2026, None)),
        ("Звіт про виконання плану на 2026 рік станом на 01.01.2026", (2026, None)),
        ("План заходів (зі змінами станом на 01.01.2026)", (2026, None)),  # a plan's text
        # the year a plan runs up to is its last, not the one its measures fall in
        ("Програма розвитку туризму на період до 2027 року", (None, None)),
        ("Strategy until 2030 and its Action Plan for 2025-2027", (2025, 2027)),
        # a plan for one year of another document's years: its own year
        (
            "План заходів на 2026 рік з реалізації Стратегії розвитку громади на 2021–2027 роки",
            (2026, None),
        ),
        (
            "План заходів з реалізації Програми охорони довкілля на 2024-2028 роки у 2026 році",
            (2026, None),
        ),
        (
            "План дій з реалізації Концепції на 2025–2030 роки, схваленої у 2025 році",
            (2025, 2030),
        ),  # (the year it was approved, no year of the plan)
        (
            "План заходів на 2025–2027 роки з реалізації Стратегії на 2021–2030 роки",
            (2025, 2027),
        ),  # the plan's own years, named first
        (
            "План заходів з реалізації Стратегії розвитку на 2021–2030 роки на 2025–2026 роки",
            (2025, 2026),
        ),  # … or after the strategy's
        (
            "Програма підтримки ветеранів на 2025–2027 роки, затверджена у 2025 році",
            (2025, 2027),
        ),  # the title's own document's years
    ],
)
def test_the_years_a_plan_covers(title: str, years: tuple[int, int | None]) -> None:
    metadata = read_metadata([title])
    assert (metadata.year, metadata.end_year) == years


@pytest.mark.parametrize(
    ("title", "territory"),
    [
        ("Звіт про виконання плану заходів у Луганській області", "Луганська область"),
        (
            "План заходів Глибоцької селищної територіальної громади",
            "Глибоцька селищна територіальна громада",
        ),
        ("План дій у Мирненській громаді Одеської області", "Мирненська територіальна громада"),
        ("План заходів у Житомирському районі на 2025 рік", "Житомирський район"),
        ("План роботи Бахмацького району Чернігівської області", "Бахмацький район"),
        (
            "План заходів Калинової сільської територіальної громади",
            "Калинова сільська територіальна громада",
        ),
        # an office names its territory: a community's council, a district's or an oblast's
        # administration or council
        (
            "Звіт про виконання плану заходів Яблунівської сільської ради на 2025 рік",
            "Яблунівська сільська територіальна громада",
        ),
        ("План роботи виконкому Тополиної міської ради", "Тополина міська територіальна громада"),
        ("План заходів Зарічанської районної державної адміністрації", "Зарічанський район"),
        ("План заходів Полтавської обласної військової адміністрації", "Полтавська область"),
        ("Рішення Сумської обласної ради", "Сумська область"),
        # the shortened names of administrations
        ("Звіт відділу освіти Зарічанської райдержадміністрації", "Зарічанський район"),
        ("План заходів Волинської облдержадміністрації на 2025 рік", "Волинська область"),
        ("Розпорядження начальника Полтавської ОВА", "Полтавська область"),
    ],
)
def test_the_territory_is_the_narrowest_the_title_names(title: str, territory: str) -> None:
    assert read_metadata([title]).territory == territory


def test_an_annex_gives_the_years_of_the_programme_it_belongs_to() -> None:
    metadata = read_metadata(
        [
            "Додаток 3",
            "до Програми охорони довкілля Дубової територіальної громади на 2026-2028 роки",
            "ЗАХОДИ ПРОГРАМИ",
        ]
    )
    assert metadata.title_lines == ("ЗАХОДИ ПРОГРАМИ",)
    assert (metadata.year, metadata.end_year) == (2026, 2028)
    assert metadata.territory == "Дубова територіальна громада"
    # an approving act's date is no plan's year
    approved = read_metadata(["ЗАТВЕРДЖЕНО", "рішенням ради від 14.02.2026 № 5", "Перелік заходів"])
    assert approved.year is None


def test_a_form_s_numbered_items_after_the_title_are_no_part_of_it() -> None:
    metadata = read_metadata(
        [
            "З В І Т",  # spaced letters, for emphasis
            "про виконання Програми підтримки ветеранів на 2025-2027 роки у 2025 році",
            "1. Назва програми: Програма підтримки ветеранів.",
            "2. Відповідальний виконавець: управління соціального захисту.",
            "3. Виконання заходів програми:",
        ]
    )
    assert metadata.title_lines == (
        "ЗВІТ",
        "про виконання Програми підтримки ветеранів на 2025-2027 роки у 2025 році",
    )
    assert metadata.items[0] == "1. Назва програми: Програма підтримки ветеранів."
    assert len(metadata.items) == 3
    assert (metadata.year, metadata.end_year) == (2025, 2027)


def test_a_form_s_items_become_the_plan_s_notes(tmp_path: Path) -> None:
    document = docx.Document()
    for line in ["ІНФОРМАЦІЯ про виконання плану заходів на 2025 рік",
                 "1. Відповідальний виконавець: відділ освіти.",
                 "2. Виконання заходів:"]:  # fmt: skip
        document.add_paragraph(line)
    rows = [("№", "Найменування заходу", "Строк", "Стан виконання"),
            ("1", "Навчання вчителів", "І квартал", "Проведено 2 тренінги")]  # fmt: skip
    table = document.add_table(rows=2, cols=4)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(str(path))
    plan = civplan.load(path)
    assert plan.title == "ІНФОРМАЦІЯ про виконання плану заходів на 2025 рік"
    assert plan.notes == ("1. Відповідальний виконавець: відділ освіти.", "2. Виконання заходів:")


def test_the_approving_act_named_in_the_nominative_on_a_line_of_its_own() -> None:
    metadata = read_metadata(
        ["ЗАТВЕРДЖЕНО", "Наказ начальника управління освіти", "від 03.03.2026 № 18-о", "ПЛАН"]
    )
    assert metadata.approval is not None
    assert metadata.approval.by == "Наказ начальника управління освіти"
    assert (metadata.approval.on, metadata.approval.number) == (date(2026, 3, 3), "18-о")


@pytest.mark.parametrize(
    "title",
    [
        ["ОПЕРАЦІЙНИЙ ПЛАН", "заходів з реалізації у 2025–2026 роках Стратегії"],
        ["Зведений звіт про виконання заходів Стратегії у 2025–2026 роках"],
        ["Регіональна програма розвитку туризму на 2025–2026 роки"],
        ["Документ без назви плану на 2025–2026 роки"],
    ],
)
def test_the_approval_s_lines_with_numbers_of_two_digits_are_no_part_of_the_title(
    title: list[str],
) -> None:
    """«від 12 березня …», «№ 210-р»: the approval's, whatever word the title begins with."""
    lines = ["ЗАТВЕРДЖЕНО", "розпорядженням Кабінету Міністрів України"]
    metadata = read_metadata([*lines, "від 12 березня 2025 р. № 210-р", *title])
    assert metadata.title_lines == tuple(title)
    assert metadata.approval is not None
    assert (metadata.approval.on, metadata.approval.number) == (date(2025, 3, 12), "210-р")
    assert (metadata.year, metadata.end_year) == (2025, 2026)


def test_the_approving_act_s_date_before_its_number_is_no_part_of_its_name() -> None:
    metadata = read_metadata(
        [
            "Додаток",
            "до розпорядження голови районної державної адміністрації",
            "14.02.2025 № 37",
            "План заходів на 2025 рік",
        ]
    )
    assert metadata.approval is not None
    assert metadata.approval.by == "розпорядження голови районної державної адміністрації"
    assert (metadata.approval.on, metadata.approval.number) == (date(2025, 2, 14), "37")


def test_the_approval_in_brackets_under_the_title_is_its_approval_not_its_title() -> None:
    metadata = read_metadata(
        [
            "План заходів з розвитку туризму на 2025–2026 роки",
            "(затверджено наказом Міністерства культури від 3 березня 2025 р. № 215)",
        ]
    )
    assert metadata.title_lines == ("План заходів з розвитку туризму на 2025–2026 роки",)
    assert metadata.approval is not None
    assert metadata.approval.by == "наказом Міністерства культури"
    assert (metadata.approval.on, metadata.approval.number) == (date(2025, 3, 3), "215")
    assert (metadata.year, metadata.end_year) == (2025, 2026)


def test_a_pages_date_under_the_title_is_kept_apart_from_it() -> None:
    metadata = read_metadata(
        ["Звіт про виконання плану заходів на 2025 рік", "Опубліковано: 20.01.2026, 09:15"]
    )
    assert metadata.title_lines == ("Звіт про виконання плану заходів на 2025 рік",)
    assert metadata.items == ("Опубліковано: 20.01.2026, 09:15",)
    assert metadata.as_of == date(2025, 12, 31)  # the year's report, not the page's day
    spoken = read_metadata(["ЗВІТ", "про виконання плану роботи", "20 січня 2026 року"])
    assert spoken.title_lines == ("ЗВІТ", "про виконання плану роботи")
    assert spoken.year is None


@pytest.mark.parametrize(
    "unit", ["(тис. грн)", "тис. гривень", "Одиниця виміру: тис. грн", "(thousand UAH)"]
)
def test_the_table_s_unit_under_the_title_is_no_part_of_it(unit: str) -> None:
    metadata = read_metadata(["Звіт про виконання Програми розвитку спорту за 2025 рік", unit])
    assert metadata.title_lines == ("Звіт про виконання Програми розвитку спорту за 2025 рік",)
    assert metadata.items == (unit,)  # kept, in the plan's notes


def test_a_document_s_own_parts_and_prose_under_the_title_are_no_part_of_it() -> None:
    """«1. Загальні положення» and its text, then «2. Заходи» over the table: notes."""
    metadata = read_metadata(
        [
            "ПЛАН ЗАХОДІВ",
            "щодо безпеки дорожнього руху в Дубовій громаді на 2026 рік",
            "1. Загальні положення",
            "План розроблено на виконання рішення ради. Його мета – зменшити кількість ДТП.",
            "2. Заходи",
        ]
    )
    told = read_metadata(
        [
            "Звіт про виконання плану заходів за 2025 рік",
            "Відділ економіки інформує про стан виконання заходів у 2025 році:",
        ]
    )
    assert told.title_lines == ("Звіт про виконання плану заходів за 2025 рік",)
    # an abbreviation's full stop is no sentence's end
    shortened = [
        "Звіт про виконання плану",
        "Дубівської ради Луганської обл. Старобільського району",
    ]
    assert read_metadata(shortened).title_lines == tuple(shortened)
    assert metadata.title_lines == (
        "ПЛАН ЗАХОДІВ",
        "щодо безпеки дорожнього руху в Дубовій громаді на 2026 рік",
    )
    assert metadata.items[0] == "1. Загальні положення"
    assert metadata.year == 2026


def test_a_web_page_s_own_lines_under_the_title_are_no_part_of_it() -> None:
    metadata = read_metadata(
        ["Звіт про виконання плану заходів за 2025 рік", "15.01.2026", "Переглядів: 124"]
    )
    assert metadata.title_lines == ("Звіт про виконання плану заходів за 2025 рік",)
    assert metadata.items == ("15.01.2026", "Переглядів: 124")
