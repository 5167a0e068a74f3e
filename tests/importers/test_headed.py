"""Reports written as headed items: a line naming each measure, its report in the lines under it."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

import docx
import pytest

import civplan
from civplan import Status

from .layouts import libreoffice

TITLE = "Інформація про виконання плану заходів з доступності громади у 2025 році"
LINES = [
    "Напрям 1. Доступність будівель",
    "Стратегічна ціль: усі громадські будівлі доступні для людей на кріслах колісних",
    "Завдання 2. Облаштування входів до будівель",
    "Пункт 1. Обстеження будівель закладів культури на відповідність вимогам доступності",
    "Протягом року обстежено 14 будинків культури, на кожен складено акт обстеження.",
    "Пункт 3. Облаштування пандусів біля амбулаторій",
    "Роботи не розпочато у зв'язку з відсутністю коштів у бюджеті громади.",
    "Напрям 2. Доступність інформації",
    "Завдання 1. Інформування людей з порушеннями слуху",
    "Пункт 1. Супровід відеозвернень голови громади перекладом жестовою мовою",
    "Відеозвернення супроводжуються перекладом жестовою мовою з березня.",
    "Переклад забезпечує фахівець центру надання соціальних послуг.",
]
SIGNATURE = "Секретар ради                         Марія КОВАЛЬЧУК"


def load(path: Path) -> tuple[civplan.Plan, list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", civplan.CivplanWarning)
        plan = civplan.load(path)
    return plan, [str(w.message) for w in caught]


def read_plan(folder: Path, *lines: str) -> civplan.Plan:
    """The plan a text report of these lines reads into."""
    path = folder / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load(path)[0]


def measures_of(folder: Path, *lines: str) -> list[civplan.Measure]:
    """The measures of a text report of these lines."""
    return list(read_plan(folder, *lines).measures())


def _text(folder: Path) -> Path:
    path = folder / "headed.txt"
    path.write_text("\n".join([TITLE, "", *LINES, "", SIGNATURE]) + "\n", encoding="utf-8")
    return path


def _word(folder: Path) -> Path:
    document = docx.Document()
    document.add_paragraph(TITLE)
    for line in LINES:
        paragraph = document.add_paragraph()
        paragraph.add_run(line).bold = line.startswith(("Напрям", "Завдання", "Пункт"))
    document.add_paragraph(SIGNATURE)
    path = folder / "headed.docx"
    document.save(path)
    return path


def word_report(
    folder: Path, title: str, table: Sequence[Sequence[str]], lines: Sequence[str]
) -> tuple[civplan.Plan, list[str]]:
    """A Word report of a title line, a table of these rows, then these lines, as read."""
    document = docx.Document()
    document.add_paragraph(title)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for row, texts in zip(grid.rows, table, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    for line in lines:
        document.add_paragraph(line)
    path = folder / "report.docx"
    document.save(path)
    return load(path)


def _page(folder: Path) -> Path:
    body = []
    for line in LINES:
        if line.startswith("Напрям"):
            body.append(f"<h3>{escape(line)}</h3>")
        elif line.startswith(("Завдання", "Пункт")):
            body.append(f"<p><strong>{escape(line)}</strong></p>")
        else:
            body.append(f"<p>{escape(line)}</p>")
    path = folder / "headed.html"
    path.write_text(
        f'<html><head><meta charset="utf-8"></head><body><h2>{escape(TITLE)}</h2>'
        f"{''.join(body)}<p>{escape(SIGNATURE)}</p></body></html>",
        encoding="utf-8",
    )
    return path


def _printed(target: str) -> object:
    def write(folder: Path) -> Path:
        return libreoffice(_word(folder), target, folder)

    return pytest.param(
        write,
        id=target,
        marks=pytest.mark.skipif(shutil.which("soffice") is None, reason="no LibreOffice"),
    )


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(_text, id="text"),
        pytest.param(_word, id="docx"),
        pytest.param(_page, id="html"),
        _printed("odt"),
        _printed("pdf"),
    ],
)
def test_measures_named_by_lines_over_their_reports_read_without_the_plan(
    tmp_path: Path, write: object
) -> None:
    plan, messages = load(write(tmp_path))  # type: ignore[operator]
    assert plan.title == TITLE
    # a layout civplan infers: said, with the lines it read so
    assert any("its numbered lines read as measures" in m for m in messages), messages
    assert [(level, s.number, s.title) for s, level in plan.walk()] == [
        (1, "Напрям 1.", "Доступність будівель"),
        (2, None, LINES[1]),  # a line between headings: a heading without a number
        (3, "Завдання 2.", "Облаштування входів до будівель"),
        (1, "Напрям 2.", "Доступність інформації"),
        (2, "Завдання 1.", "Інформування людей з порушеннями слуху"),
    ]
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Обстеження будівель закладів культури на відповідність вимогам доступності"),
        ("3", "Облаштування пандусів біля амбулаторій"),
        ("1", "Супровід відеозвернень голови громади перекладом жестовою мовою"),
    ]
    # the same number under two tasks: two measures told apart by their places
    assert len({m.key for m in measures}) == 3
    outcomes = [" ".join(m.outcome.text.split()) if m.outcome else "" for m in measures]
    assert outcomes[0].startswith("Протягом року обстежено 14")
    assert outcomes[0].endswith("акт обстеження.")
    assert outcomes[2].endswith("центру надання соціальних послуг.")  # both its paragraphs
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.NOT_DONE, Status.IN_PROGRESS]
    assert any("КОВАЛЬЧУК" in note for note in plan.notes)  # the signature, no report


def test_term_and_executor_lines_under_a_measure_fill_their_fields(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів з енергозбереження на 2025 рік",
        "1. Заміна вікон у будівлі ліцею",
        "Строк виконання: ІІ квартал",
        "Відповідальний: відділ освіти",
        "Замінено 40 вікон, роботи прийнято за актом.",
        "2. Утеплення стін амбулаторії",
        "Строк виконання: ІІІ квартал",
        "Відповідальний: відділ охорони здоров'я",
        "Утеплення не виконано: торги не відбулися.",
    )
    assert [m.title for m in measures] == [
        "Заміна вікон у будівлі ліцею",
        "Утеплення стін амбулаторії",
    ]
    assert [m.deadline.end for m in measures] == [date(2025, 6, 30), date(2025, 9, 30)]
    assert measures[1].responsible == ("відділ охорони здоров'я",)
    assert measures[0].outcome is not None
    assert measures[0].outcome.text == "Замінено 40 вікон, роботи прийнято за актом."


def test_a_plan_written_as_numbered_items_with_their_term_and_executors(tmp_path: Path) -> None:
    """An order's plan: each item numbered, its term and executors on the lines under it."""
    plan = read_plan(
        tmp_path,
        "План заходів з підготовки закладів освіти до нового навчального року на 2025 рік",
        "1. Провести огляд готовності шкіл до опалювального сезону.",
        "Термін: до 15 серпня 2025 року.",
        "Відповідальні: відділ освіти, директори шкіл.",
        "2. Замінити вогнегасники у закладах дошкільної освіти.",
        "Термін: липень 2025 року.",
        "Відповідальний: відділ освіти.",
    )
    measures = list(plan.measures())
    assert [m.title for m in measures] == [
        "Провести огляд готовності шкіл до опалювального сезону.",
        "Замінити вогнегасники у закладах дошкільної освіти.",
    ]
    assert [(m.deadline.kind, m.deadline.end) for m in measures] == [
        (civplan.DeadlineKind.DATE, date(2025, 8, 15)),
        (civplan.DeadlineKind.MONTH, date(2025, 7, 31)),
    ]
    assert measures[0].responsible == ("відділ освіти", "директори шкіл")
    assert measures[1].responsible == ("відділ освіти",)
    assert all(m.outcome is None for m in measures)


def test_executors_and_term_on_lines_of_their_own_under_each_item(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "Звіт про виконання плану заходів до Дня захисників і захисниць України у 2025 році",
        "1. Урочисте покладання квітів до меморіалу полеглим воїнам.",
        "Відділ культури, старости сіл",
        "1 жовтня 2025 року",
        "Квіти покладено, участь взяли 120 мешканців громади.",
        "2. Виставка дитячих малюнків «Наші захисники».",
        "Відділ освіти",
        "Вересень – жовтень 2025 року",
        "14 вересня – відкриття виставки;",
        "30 вересня – нагородження учасників.",
    )
    first, second = plan.measures()
    assert first.responsible == ("Відділ культури", "старости сіл")
    assert first.deadline.end == date(2025, 10, 1)
    assert first.outcome is not None
    assert first.outcome.text == "Квіти покладено, участь взяли 120 мешканців громади."
    assert second.deadline.kind is civplan.DeadlineKind.MONTH_RANGE
    assert second.outcome is not None  # the days of its events are its report, not its term
    assert second.outcome.text.splitlines() == [
        "14 вересня – відкриття виставки;",
        "30 вересня – нагородження учасників.",
    ]


def test_an_order_s_plan_of_items_with_their_executors_and_term_under_each(
    tmp_path: Path,
) -> None:
    plan = read_plan(
        tmp_path,
        "План заходів з відзначення Дня Конституції України у 2025 році",
        "1. Провести урочисте засідання виконавчого комітету.",
        "Загальний відділ",
        "27 червня 2025 року",
        "2. Прикрасити центральну площу державними прапорами.",
        "Відділ житлово-комунального господарства",
        "До 26 червня 2025 року",
    )
    assert [(m.responsible, m.deadline.end) for m in plan.measures()] == [
        (("Загальний відділ",), date(2025, 6, 27)),
        (("Відділ житлово-комунального господарства",), date(2025, 6, 26)),
    ]


def test_a_plan_s_items_with_executors_and_term_at_the_end_of_their_line(tmp_path: Path) -> None:
    """«1. Провести … (відділ освіти, до 01.09.2025).», «… – КП «Тепло», до 15.10.2025.»."""
    plan = read_plan(
        tmp_path,
        "План заходів з підготовки громади до опалювального сезону 2025/2026 років",
        "1. Перевірити димоходи котелень шкіл (відділ освіти, до 01.09.2025).",
        "2. Утеплити трубопроводи котельні – КП «Тепловик», ІІІ квартал 2025 року.",
        "3. Облаштувати пункти обігріву. Термін: до 01.11.2025. Відповідальні: старости.",
        "4. Оформити стенд «Енергоощадність» – публічна бібліотека, 15–22 жовтня 2025 року.",
    )
    assert [(m.title, m.responsible, m.deadline.end) for m in plan.measures()] == [
        ("Перевірити димоходи котелень шкіл", ("відділ освіти",), date(2025, 9, 1)),
        ("Утеплити трубопроводи котельні", ("КП «Тепловик»",), date(2025, 9, 30)),
        ("Облаштувати пункти обігріву.", ("старости",), date(2025, 11, 1)),
        ("Оформити стенд «Енергоощадність»", ("публічна бібліотека",), date(2025, 10, 22)),
    ]
    assert all(m.notes == () and m.outcome is None for m in plan.measures())


def test_an_item_numbered_as_its_neighbours_with_nothing_under_it_is_a_measure(
    tmp_path: Path,
) -> None:
    """Not a heading over the next item: «2.» among «1.» and «3.» is their sibling."""
    plan = read_plan(
        tmp_path,
        "Звіт про виконання плану заходів з благоустрою на 2025 рік",
        "1. Висадити алею лип у парку",
        "Висаджено 60 саджанців.",
        "2. Оновити лавки біля ставка",
        "3. Прибрати русло річки",
        "Русло очищено від сміття на ділянці 400 м.",
    )
    assert [(s.title, [m.number for m in s.measures]) for s in plan.sections] == [
        (None, ["1", "2", "3"])
    ]
    assert plan.measure("2").outcome is None
    assert plan.measure("3").outcome is not None


def test_an_order_s_plan_by_executor_each_addressed_over_its_measures(tmp_path: Path) -> None:
    """«1. Відділу освіти (Коваль І.):» over «1.1.», «1.2.»: the executor of each, named."""
    plan = read_plan(
        tmp_path,
        "План заходів з підготовки до нового навчального року на 2025 рік",
        "1. Відділу освіти (Коваль І.):",
        "1.1. Перевірити готовність шкільних їдалень.",
        "Термін: до 15.08.2025.",
        "1.2. Оновити інструкції з безпеки.",
        "Термін: до 25.08.2025.",
        "2. Комунальному підприємству «Шляхобуд»:",
        "2.1. Нанести розмітку біля шкіл.",
        "Термін: серпень 2025 року.",
    )
    assert [(s.number, [m.number for m in s.measures]) for s in plan.sections] == [
        ("1.", ["1.1", "1.2"]),
        ("2.", ["2.1"]),
    ]
    assert [m.responsible for m in plan.measures()] == [
        ("Відділ освіти (Коваль І.)",),
        ("Відділ освіти (Коваль І.)",),
        ("Комунальне підприємство «Шляхобуд»",),
    ]
    assert plan.measure("2.1").deadline.end == date(2025, 8, 31)


def test_executors_and_term_captioned_on_one_line_under_an_item(tmp_path: Path) -> None:
    """«Відповідальні: старости, термін – квітень 2025 року»: two fields, apart by a comma."""
    plan = read_plan(
        tmp_path,
        "План заходів з благоустрою населених пунктів громади на 2025 рік",
        "1. Провести весняну толоку.",
        "Відповідальні: старости, термін – квітень 2025 року.",
        "2. Відремонтувати дитячі майданчики.",
        "Термін виконання: ІІ–ІІІ квартали 2025 року, відповідальний – відділ ЖКГ.",
    )
    assert [(m.responsible, m.deadline.start, m.deadline.end) for m in plan.measures()] == [
        (("старости",), date(2025, 4, 1), date(2025, 4, 30)),
        (("відділ ЖКГ",), date(2025, 4, 1), date(2025, 9, 30)),
    ]


def test_a_heading_numbered_again_where_the_measures_start_again_stays_a_heading(
    tmp_path: Path,
) -> None:
    """«2. Культура» after «2. Курси»: no next number of the measures, so a heading."""
    plan = read_plan(
        tmp_path,
        "Звіт про виконання плану заходів громади на 2025 рік",
        "1. Освіта",
        "1. Ремонт даху школи",
        "Дах відремонтовано у травні.",
        "2. Курси для вчителів",
        "Курси пройшли 20 вчителів.",
        "2. Культура",
        "1. Фестиваль народної пісні",
        "Фестиваль проведено 14 вересня.",
    )
    assert [(s.title, len(s.measures)) for s in plan.sections] == [
        ("Освіта", 2),
        ("Культура", 1),
    ]


def test_a_plan_s_printed_lines_broken_in_a_bracket_or_after_a_preposition_go_on() -> None:
    """As a PDF prints them: «… (відділ освіти, до» over «01.09.2025).», «Термін: до» over
    «01.11.2025. …» — each goes on in the line under it."""
    from civplan.importers.document import Document, Paragraph
    from civplan.importers.understanding import read_plan

    lines = [
        "План заходів з підготовки громади до зими на 2025 рік",
        "1. Перевірити димоходи котелень шкіл і закладів дошкільної освіти (відділ освіти, до",
        "01.09.2025).",
        "2. Облаштувати пункти обігріву в усіх старостинських округах. Термін: до",
        "01.11.2025. Відповідальні: старости.",
    ]
    printed = Document(
        source="plan.pdf",
        blocks=[Paragraph(line, f"page 1, line {at}") for at, line in enumerate(lines, 1)],
        kind="a PDF",
        printed=True,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        plan, _ = read_plan(printed)
    assert [(m.responsible, m.deadline.end) for m in plan.measures()] == [
        (("відділ освіти",), date(2025, 9, 1)),
        (("старости",), date(2025, 11, 1)),
    ]
    assert all(m.outcome is None for m in plan.measures())


def test_a_plan_s_bullets_with_executors_and_term_at_their_end(tmp_path: Path) -> None:
    """No numbers: each bullet a measure, numbered by its position, with a warning."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "\n".join(
            [
                "План заходів з відзначення Дня Європи у 2025 році",
                "- провести флешмоб «Європа – це ми» (відділ молоді, 9 травня 2025 року);",
                "- організувати виставку малюнків – публічна бібліотека, 5–9 травня 2025 року;",
            ]
        ),
        encoding="utf-8",
    )
    plan, messages = load(path)
    assert [(m.number, m.title, m.responsible, m.deadline.end) for m in plan.measures()] == [
        ("1", "провести флешмоб «Європа – це ми»", ("відділ молоді",), date(2025, 5, 9)),
        ("2", "організувати виставку малюнків", ("публічна бібліотека",), date(2025, 5, 9)),
    ]
    assert all(m.auto_numbered for m in plan.measures())
    assert any("numbered by their position" in m for m in messages)


def test_a_plan_s_items_with_executors_and_term_set_apart_by_tabs(tmp_path: Path) -> None:
    """Word's tab stops set the fields in columns without a table."""
    document = docx.Document()
    document.add_paragraph("План заходів з відзначення Дня Незалежності України у 2025 році")
    document.add_paragraph("1. Провести урочисті збори\tВідділ культури\t22.08.2025")
    document.add_paragraph("2. Організувати покладання квітів\tСтарости сіл\t24.08.2025")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    plan, _ = load(path)
    assert [(m.title, m.responsible, m.deadline.end) for m in plan.measures()] == [
        ("Провести урочисті збори", ("Відділ культури",), date(2025, 8, 22)),
        ("Організувати покладання квітів", ("Старости сіл",), date(2025, 8, 24)),
    ]


def test_executors_and_term_on_one_uncaptioned_line_under_an_item(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "План заходів з відзначення Дня Незалежності України у 2025 році",
        "1. Провести урочисті збори.",
        "Відділ культури, 22 серпня 2025 року",
        "2. Організувати покладання квітів.",
        "24 серпня 2025 року, старости сіл",
    )
    assert [(m.responsible, m.deadline.end) for m in plan.measures()] == [
        (("Відділ культури",), date(2025, 8, 22)),
        (("старости сіл",), date(2025, 8, 24)),
    ]


def test_executors_going_on_over_lines_under_an_item(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "План заходів з підготовки до нового навчального року на 2025 рік",
        "1. Забезпечити підвіз учнів до шкіл.",
        "Відділ освіти,",
        "заклади загальної середньої освіти",
        "Постійно",
        "2. Провести огляд готовності шкіл.",
        "Відділ освіти",
        "До 25.08.2025",
    )
    first, second = plan.measures()
    assert first.responsible == ("Відділ освіти", "заклади загальної середньої освіти")
    assert first.deadline.kind is civplan.DeadlineKind.CONTINUOUS
    assert first.outcome is None
    assert second.deadline.end == date(2025, 8, 25)


def test_a_list_under_a_colon_stays_in_the_report_it_belongs_to(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Інформація про виконання плану заходів на 2025 рік",
        "Захід 1. Інвентаризація земель запасу",
        "Інвентаризацію проведено в селах:",
        "1) Лісове — 120 га;",
        "2) Польове — 80 га.",
        "Захід 2. Оновлення генерального плану громади",
        "Розроблення розпочато, договір з проєктувальником укладено 12.05.2025.",
    )
    assert [m.number for m in measures] == ["1", "2"]
    assert measures[0].outcome is not None
    assert measures[0].outcome.text.splitlines()[-1] == "2) Польове — 80 га."


@pytest.mark.parametrize(
    "lines",
    [
        # numbered lines that are themselves the report: prose, which needs its plan
        ["1.1. Проведено 4 засідання ради.", "1.2. Оновлено стенди.", "2.1. Розроблено проєкт."],
        # numbered lines with nothing reported under them: a list, not a report
        ["1. Ремонт даху школи", "2. Заміна вікон", "3. Утеплення фасаду"],
    ],
    ids=["prose", "list"],
)
def test_numbered_lines_without_reports_under_them_are_no_headed_items(
    tmp_path: Path, lines: list[str]
) -> None:
    with pytest.raises(civplan.DocumentError):
        read_plan(tmp_path, "Звіт про виконання плану на 2025 рік", *lines)


def test_a_report_that_opens_with_the_days_of_its_events_is_read_whole(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів з протидії булінгу на 2025 рік",
        "1.1. Навчання педагогів з протидії булінгу",
        "14 лютого – семінар для класних керівників;",
        "22 травня – тренінг для психологів.",
        "Загалом навчання пройшли 64 педагоги.",
        "1.2. Інформаційна кампанія для батьків",
        "Підготовлено та поширено буклети в усіх школах громади.",
    )
    assert [m.number for m in measures] == ["1.1", "1.2"]
    assert measures[0].outcome is not None
    assert measures[0].outcome.text.splitlines() == [
        "14 лютого – семінар для класних керівників;",
        "22 травня – тренінг для психологів.",
        "Загалом навчання пройшли 64 педагоги.",
    ]


def test_headed_items_in_english(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "Progress report on the municipal action plan on energy efficiency, 2025",
        "Objective 1. Efficient public buildings",
        "Activity 1.1. Replace the windows of the central library",
        "All 36 windows were replaced by the end of May.",
        "Activity 1.2. Insulate the roof of the sports school",
        "Not implemented: the tender failed twice for lack of bidders.",
    )
    assert [(s.number, s.title) for s in plan.sections] == [
        ("Objective 1.", "Efficient public buildings")
    ]
    measures = list(plan.measures())
    assert [(m.number, m.title) for m in measures] == [
        ("1.1", "Replace the windows of the central library"),
        ("1.2", "Insulate the roof of the sports school"),
    ]
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.NOT_DONE]


def test_a_report_under_its_caption_is_the_outcome_without_it(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "Звіт про виконання плану благоустрою на 2025 рік",
        "1. Ремонт сільської бібліотеки",
        "Стан виконання: Роботи завершено у вересні.",
        "2. Облаштування спортивного майданчика",
        "Стан виконання:",
        "Майданчик облаштовано, встановлено 6 тренажерів.",
    )
    assert [m.outcome.text if m.outcome else None for m in plan.measures()] == [
        "Роботи завершено у вересні.",
        "Майданчик облаштовано, встановлено 6 тренажерів.",
    ]


def test_a_numbered_list_item_holding_a_measure_and_its_report(tmp_path: Path) -> None:
    items = (
        ("Ремонт дитячого майданчика у парку", "Майданчик відремонтовано у червні."),
        ("Облаштування зупинки громадського транспорту", "Роботи не розпочато: немає коштів."),
    )
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><h2>Звіт про виконання плану благоустрою на 2025 рік</h2><ol>"
        + "".join(f"<li><p><b>{title}</b></p><p>{report}</p></li>" for title, report in items)
        + "</ol></body></html>",
        encoding="utf-8",
    )
    plan, _ = load(path)
    assert [(m.number, m.title, m.outcome.text if m.outcome else "") for m in plan.measures()] == [
        ("1", *items[0]),
        ("2", *items[1]),
    ]


def test_a_list_inside_a_numbered_item_is_numbered_under_it(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><h2>Звіт про виконання плану благоустрою на 2025 рік</h2><ol>"
        "<li><b>Озеленення</b><ol>"
        "<li><p>Висадження лип на вулиці Шкільній</p><p>Висаджено 40 лип.</p></li>"
        "<li><p>Облаштування клумб у сквері</p><p>Облаштовано 3 клумби.</p></li></ol></li>"
        "<li><b>Дороги</b><ol>"
        "<li><p>Ямковий ремонт вулиці Миру</p><p>Ремонт не проведено: немає коштів.</p></li>"
        "</ol></li></ol></body></html>",
        encoding="utf-8",
    )
    plan, _ = load(path)
    assert [(s.number, s.title) for s in plan.sections] == [("1.", "Озеленення"), ("2.", "Дороги")]
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1.1", "Висадження лип на вулиці Шкільній"),
        ("1.2", "Облаштування клумб у сквері"),
        ("2.1", "Ямковий ремонт вулиці Миру"),
    ]


def test_headed_items_over_a_table_of_signatures(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Звіт про виконання плану благоустрою на 2025 рік")
    for line in (
        "1. Ремонт дитячого майданчика у парку",
        "Майданчик відремонтовано у червні.",
        "2. Висадження дерев на вулиці Шкільній",
        "Висаджено 40 дерев.",
    ):
        document.add_paragraph(line)
    signatures = document.add_table(rows=1, cols=2).rows[0].cells
    signatures[0].text, signatures[1].text = "Начальник відділу благоустрою", "Петро ІВАНЕНКО"
    path = tmp_path / "report.docx"
    document.save(path)
    plan, _ = load(path)
    assert [m.number for m in plan.measures()] == ["1", "2"]
    assert "table 1, row 1: Петро ІВАНЕНКО" in plan.notes


def test_one_numbered_item_under_a_line_that_calls_the_text_a_report(tmp_path: Path) -> None:
    """One «1.» line is a measure where the text says it reports on a plan, not in any text."""
    measures = measures_of(
        tmp_path,
        "Інформація про хід виконання плану заходів з безбар'єрності за 2025 рік",
        "",
        "1. Облаштування пандуса біля входу до ЦНАП",
        "Пандус облаштовано у вересні, вхід доступний для людей на кріслах колісних.",
    )
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Облаштування пандуса біля входу до ЦНАП")
    ]
    with pytest.raises(civplan.CivplanError):
        read_plan(
            tmp_path,
            "Лист-відповідь",
            "",
            "1. Облаштування пандуса біля входу до ЦНАП",
            "Пандус облаштовано у вересні.",
        )


def test_headed_items_under_a_wide_table_of_counts(tmp_path: Path) -> None:
    """A summary of counts over the items holds no measure: the items are read past it."""
    plan, messages = word_report(
        tmp_path,
        "Звіт про виконання плану роботи бібліотеки на 2025 рік",
        [("Заплановано", "Виконано", "Частково", "Не виконано"), ("3", "1", "1", "1")],
        [
            "1. Проведення літніх читань для дітей",
            "Читання проведено в липні, взяли участь 45 дітей.",
            "2. Оновлення книжкового фонду",
            "Придбано 120 книг із запланованих 300.",
            "3. Оцифрування краєзнавчих видань",
            "Не виконано: сканер не придбано.",
        ],
    )
    assert [m.title for m in plan.measures()] == [
        "Проведення літніх читань для дітей",
        "Оновлення книжкового фонду",
        "Оцифрування краєзнавчих видань",
    ]
    as_of = date(2026, 1, 20)
    assert [civplan.assess(m, as_of).status for m in plan.measures()] == [
        Status.DONE,
        Status.PARTIALLY_DONE,
        Status.NOT_DONE,
    ]
    assert any("numbered lines read as measures" in m for m in messages)
    assert any("Заплановано | Виконано | Частково | Не виконано" in note for note in plan.notes)


def test_a_line_that_only_numbers_the_measure_over_its_title(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів на 2025 рік",
        "Захід 1",
        "Проведення навчань для старост",
        "Проведено 3 навчання.",
        "Захід 2.",
        "Оновлення сайту громади",
        "Сайт оновлено у квітні.",
    )
    assert [(m.number, m.title) for m in measures] == [
        ("1", "Проведення навчань для старост"),
        ("2", "Оновлення сайту громади"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ("п. 1.1. Навчання посадових осіб", "п. 1.2. Перевірка декларацій"),  # the short word
        # the plan named after the number is no part of the title
        ("Пункт 1.1 Плану: Навчання посадових осіб", "Пункт 1.2 плану: Перевірка декларацій"),
    ],
)
def test_a_measure_s_line_with_its_item_word(tmp_path: Path, lines: tuple[str, str]) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів на 2025 рік",
        lines[0],
        "Навчання проведено у березні.",
        lines[1],
        "Перевірку проведено, порушень не виявлено.",
    )
    assert [(m.number, m.title) for m in measures] == [
        ("1.1", "Навчання посадових осіб"),
        ("1.2", "Перевірка декларацій"),
    ]


def test_a_term_at_the_end_of_a_measure_s_line_is_its_deadline(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів на 2025 рік",
        "1. Ремонт даху школи (ІІ квартал)",
        "Дах відремонтовано у травні.",
        "2. Фестиваль «Весна – 2025» – до 30.09.2025",
        "Фестиваль не проводився.",
        "3. Навчання (тренінги) для старост",
        "Проведено 2 тренінги.",
    )
    assert [(m.title, m.deadline.text) for m in measures] == [
        ("Ремонт даху школи", "ІІ квартал"),
        ("Фестиваль «Весна – 2025»", "до 30.09.2025"),
        ("Навчання (тренінги) для старост", ""),  # brackets that are no term stay
    ]
    assert measures[0].deadline.end == date(2025, 6, 30)


def test_an_executor_in_brackets_at_the_end_of_a_measure_s_line(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів на 2025 рік",
        "1. Ремонт даху школи (відділ освіти)",
        "Дах відремонтовано.",
        "2. Оновлення сайту (www.rada.gov.ua)",
        "Сайт оновлено.",
    )
    assert [(m.title, m.responsible) for m in measures] == [
        ("Ремонт даху школи", ("відділ освіти",)),
        ("Оновлення сайту (www.rada.gov.ua)", ()),
    ]


def test_a_measure_s_line_that_gives_its_report_after_a_dash_or_a_colon(tmp_path: Path) -> None:
    measures = measures_of(
        tmp_path,
        "Звіт про виконання плану заходів з благоустрою на 2025 рік",
        "1. Ремонт даху школи – дах відремонтовано у травні.",
        "2. Висадження дерев на вулиці Шкільній: висаджено 40 дерев.",
        "3. Облаштування зупинки (ІІІ квартал) – не виконано через відсутність коштів.",
    )
    assert [(m.title, m.deadline.text, m.outcome.text if m.outcome else "") for m in measures] == [
        ("Ремонт даху школи", "", "дах відремонтовано у травні."),
        ("Висадження дерев на вулиці Шкільній", "", "висаджено 40 дерев."),
        ("Облаштування зупинки", "ІІІ квартал", "не виконано через відсутність коштів."),
    ]
    statuses = [civplan.assess(m, date(2025, 12, 31)).status for m in measures]
    assert statuses == [Status.DONE, Status.DONE, Status.NOT_DONE]


def test_a_measure_whose_report_has_no_cue_is_read_among_those_that_have(
    tmp_path: Path,
) -> None:
    measures = measures_of(
        tmp_path,
        "Інформація про виконання плану заходів щодо безбар'єрності у 2025 році",
        "1.1. Облаштування пандусів біля амбулаторій",
        "Облаштовано 4 пандуси.",
        "1.2. Встановлення тактильної плитки",
        "Плитку встановлено на двох переходах.",
        "Інформаційна безбар'єрність",
        "2.1. Субтитрування відео",
        "Усі відео громади мають субтитри з квітня.",  # civplan reads no deed here
    )
    assert [m.number for m in measures] == ["1.1", "1.2", "2.1"]
    assert measures[1].outcome is not None
    assert measures[1].outcome.text == "Плитку встановлено на двох переходах."


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Фізична безбар'єрність", True),  # names the part the measures below are in
        ("Лісівської сільської ради", False),  # the title goes on
        ("Програми розвитку культури", False),
        ("за 2025 рік", False),
    ],
)
def test_a_line_over_the_first_measure_heads_it_only_when_it_names_a_part(
    tmp_path: Path, line: str, heading: bool
) -> None:
    plan = read_plan(
        tmp_path,
        "Звіт про виконання плану заходів у 2025 році",
        line,
        "1.1. Облаштування пандусів біля амбулаторій",
        "Облаштовано 4 пандуси.",
        "1.2. Встановлення тактильної плитки",
        "Плитку встановлено на двох переходах.",
    )
    titles = [section.title for section, _level in plan.walk() if section.title]
    assert titles == ([line] if heading else [])
    assert (line in plan.title) is not heading


def test_a_page_on_one_measure_its_line_calling_it_one(tmp_path: Path) -> None:
    plan = read_plan(
        tmp_path,
        "05.04.2025 — 10:35",  # the page's date: no measure's number
        "Інформація щодо виконання заходів із створення безбар'єрного простору у 2024 році",
        "Напрям 1. Фізична безбар'єрність",
        "Завдання 7. Контроль за дотриманням норм доступності",
        "Пункт 5. Оприлюднення даних про виявлені порушення вимог доступності транспорту",
        "Протягом року дані оприлюднювали щокварталу на офіційному сайті.",
    )
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("5", "Оприлюднення даних про виявлені порушення вимог доступності транспорту")
    ]
    assert plan.title.startswith("Інформація щодо виконання заходів")
    with pytest.raises(civplan.DocumentError):  # a numbered line alone calls itself nothing
        read_plan(tmp_path, "Звіт за 2024 рік", "1. Оприлюднення даних", "Дані оприлюднено.")


def test_headed_items_after_a_programme_s_passport_table(tmp_path: Path) -> None:
    plan, messages = word_report(
        tmp_path,
        "Інформація про виконання Програми розвитку культури за 2025 рік",
        [
            ("Назва програми", "Програма розвитку культури"),
            ("Ініціатор розроблення програми", "Відділ культури"),
            ("Відповідальний виконавець програми", "Відділ культури"),
            ("Термін реалізації програми", "2025 рік"),
            ("Загальний обсяг фінансування, тис. грн", "350,0"),
        ],
        [
            "1. Ремонт сільського клубу",
            "Клуб відремонтовано, роботи прийнято за актом.",
            "2. Придбання костюмів для хору",
            "Придбано 20 костюмів.",
        ],
    )
    assert [(m.number, m.title) for m in plan.measures()] == [
        ("1", "Ремонт сільського клубу"),
        ("2", "Придбання костюмів для хору"),
    ]
    assert any("its numbered lines read as measures" in m for m in messages)
