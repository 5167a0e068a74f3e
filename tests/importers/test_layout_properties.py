"""Generated layouts read whole: depth, numbering, header rows, column order, captions, merges."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civplan

from .layouts import UP, Expected, Layout, Span, write
from .test_layouts import outline

CAPTIONS = {
    "number": ["№ з/п", "№", "№ п/п", "з/п"],
    "title": ["Найменування заходу", "Зміст заходу", "Назва заходу", "Заходи"],
    "deadline": ["Строк виконання", "Термін виконання", "Строки", "Період виконання"],
    "responsible": ["Відповідальні виконавці", "Виконавці", "Відповідальні за виконання"],
    "outcome": ["Інформація про виконання", "Результат виконання", "Фактичний результат"],
}
TITLES = [
    "Проведення навчання для працівників",
    "Оновлення сторінки на офіційному сайті",
    "Організація громадських обговорень",
    "Підготовка щорічного аналітичного звіту",
    "Забезпечення роботи гарячої лінії",
    "Створення реєстру громадських організацій",
]
TERMS = ["ІІ квартал", "протягом року", "до 1 грудня", "вересень–жовтень", "постійно", "ІV кв."]
EXECUTORS = ["Управління освіти", "Відділ культури", "Департамент соціального захисту"]
OUTCOMES = ["Проведено 4 навчання", "Сторінку оновлено", "Звіт підготовлено та оприлюднено", ""]
HEADINGS = ["Прозорість влади", "Участь громадян", "Розвиток громад", "Цифрові послуги"]


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    others = ["deadline", "responsible", "outcome"]
    fields = ["title", *draw(st.lists(st.sampled_from(others), min_size=1, unique=True))]
    fields = draw(st.permutations(fields))
    numbered = draw(st.sampled_from(["deep", "flat", "none"]))
    if numbered != "none":
        fields = ["number", *fields]
    captions = [draw(st.sampled_from(CAPTIONS[f])) for f in fields]
    width = len(captions)
    header: list[list[object]] = [list(captions)]
    if width >= 3 and draw(st.booleans()):  # two header rows: a caption over the last two
        header = [
            [*captions[:-2], Span("Відомості про захід", 2)],
            [*([UP] * (width - 2)), *captions[-2:]],
        ]
    if draw(st.booleans()):
        header.append([str(n) for n in range(1, width + 1)])
    depth = draw(st.integers(1, 3)) if numbered == "deep" else 1
    body: list[list[object]] = []
    expected: list[Expected] = []
    counter = 0

    def heading(number: str, path: tuple[str, ...], level: int) -> None:
        nonlocal counter
        title = f"{draw(st.sampled_from(HEADINGS))} {number or len(body)}".strip()
        text = f"{number}. {title}" if numbered == "deep" else title
        body.append([Span(text, width)])
        here = (*path, title)
        if level < depth:
            for child in range(1, draw(st.integers(1, 2)) + 1):
                heading(f"{number}.{child}", here, level + 1)
            return
        for index in range(1, draw(st.integers(1, 3)) + 1):
            counter += 1
            shown = {"deep": f"{number}.{index}", "flat": str(counter), "none": ""}[numbered]
            title_text = f"{draw(st.sampled_from(TITLES))} {counter}"
            cells = {
                "number": shown,
                "title": title_text,
                "deadline": draw(st.sampled_from(TERMS)),
                "responsible": draw(st.sampled_from(EXECUTORS)),
                "outcome": draw(st.sampled_from(OUTCOMES)),
            }
            body.append([cells[f] for f in fields])
            expected.append(Expected(here, shown or str(counter), title_text))

    for top in range(1, draw(st.integers(1, 3)) + 1):
        heading(str(top), (), 1)
    return Layout(
        name="generated",
        above=["План заходів", "на 2025 рік"],
        header=header,
        body=body,
        measures=expected,
        year=2025,
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(layout=layouts(), form=st.sampled_from(["docx", "txt", "xlsx", "html", "odt"]))
def test_a_generated_layout_comes_back_whole(layout: Layout, form: str) -> None:
    with tempfile.TemporaryDirectory() as directory, warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)  # numbered by position, say
        plan = civplan.load(write(layout, form, Path(directory)))
    assert outline(plan) == [(e.headings, e.number, e.title) for e in layout.measures]
    assert plan.year == 2025


REPORTS = [
    "Проведено 4 навчання для працівників.",
    "Сторінку оновлено, новини публікуються щотижня.",
    "Обговорення не проводились через відсутність коштів.",
    "Звіт підготовлено та оприлюднено на сайті громади.",
    "Роботу розпочато, триває збір даних.",
]


REPORT_TITLE = "Звіт про виконання плану заходів громади на 2025 рік"


@st.composite
def headed_reports(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """Lines of a report in headed items, and each measure's heading, number, title, report."""
    # a title that calls the text a report on its plan, or one that does not
    lines = [draw(st.sampled_from([REPORT_TITLE, "Заходи громади на 2025 рік"]))]
    expected = []
    word = draw(st.sampled_from(["", "Пункт ", "Захід "]))
    labelled = draw(st.sampled_from(["Напрям", "Завдання", "Розділ"]))
    for group in range(1, draw(st.integers(1, 3)) + 1):
        heading = draw(st.sampled_from(HEADINGS))
        lines.append(f"{labelled} {group}. {heading}")
        for item in range(1, draw(st.integers(1, 3)) + 1):
            number = f"{group}.{item}" if not word else str(item)
            title = draw(st.sampled_from(TITLES))
            report = draw(st.sampled_from(REPORTS))
            shape = draw(st.sampled_from(["under", "term in brackets", "after a dash"]))
            if shape == "after a dash":  # «1.1. Назва – звіт»: its report on its line
                lines.append(f"{word}{number}. {title} – {report[0].lower()}{report[1:]}")
                report = f"{report[0].lower()}{report[1:]}"
            else:
                term = f" ({draw(st.sampled_from(TERMS))})" if shape == "term in brackets" else ""
                lines.append(f"{word}{number}. {title}{term}")
                if draw(st.booleans()):
                    lines.append(f"Строк виконання: {draw(st.sampled_from(TERMS))}")
                lines.append(report)
            expected.append((heading, number, title, report))
    return lines, expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=headed_reports(), form=st.sampled_from(["txt", "html"]))
def test_a_generated_report_in_headed_items_comes_back_whole(
    report: tuple[list[str], list[tuple[str, str, str, str]]], form: str
) -> None:
    lines, expected = report
    with tempfile.TemporaryDirectory() as directory, warnings.catch_warnings():
        warnings.simplefilter("ignore", civplan.CivplanWarning)
        path = Path(directory) / f"report.{form}"
        if form == "txt":
            path.write_text("\n".join(lines), encoding="utf-8")
        else:
            body = "".join(f"<p>{line}</p>" for line in lines)
            path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
        # one measure, neither called one nor under a title that calls the text a report:
        # prose
        if len(expected) < 2 and lines[2][:1].isdigit() and lines[0] != REPORT_TITLE:
            with pytest.raises(civplan.DocumentError):
                civplan.load(path)
            return
        plan = civplan.load(path)
    read = [
        (
            section.title,
            measure.number,
            measure.title,
            measure.outcome.text if measure.outcome else "",
        )
        for section, _level in plan.walk()
        for measure in section.measures
    ]
    assert read == expected
