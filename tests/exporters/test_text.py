"""The text report against golden files, and its geometry."""

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings

import civplan
from civplan import TextOptions
from civplan.report.textwidth import display_width
from civplan.testing import plans

from .conftest import one_section_plan

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "luhansk-2017.txt": TextOptions(),
    "luhansk-2017-en-status-72.txt": TextOptions(
        lang="en", width=72, columns=("number", "title", "deadline", "status")
    ),
}


@pytest.mark.parametrize(("name", "options"), sorted(CASES.items()))
def test_matches_the_golden_file(name: str, options: TextOptions) -> None:
    text = civplan.export(civplan.demo_plan(), "text", options=options)
    assert isinstance(text, str)
    golden = GOLDEN / name
    if os.environ.get("CIVPLAN_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def report_table_lines(text: str) -> list[str]:
    """The lines of the report's table: from its top border to its bottom one."""
    lines = text.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("┌─"))
    bottom = next(i for i, line in enumerate(lines) if i > top and line.startswith("└─"))
    return lines[top : bottom + 1]


@pytest.mark.parametrize("width", [40, 73, 100, 160])
def test_the_report_table_is_exactly_the_width_and_nothing_wider(width: int) -> None:
    text = civplan.export(civplan.demo_plan(), "text", options=TextOptions(width=width))
    assert isinstance(text, str)
    assert {display_width(line) for line in report_table_lines(text)} == {width}
    assert max(display_width(line) for line in text.splitlines()) <= width


@settings(max_examples=40)
@given(plan=plans())
def test_wide_characters_keep_the_table_aligned(plan: civplan.Plan) -> None:
    text = civplan.export(plan, "text", options=TextOptions(width=60))
    assert isinstance(text, str)
    assert {display_width(line) for line in report_table_lines(text)} == {60}
    assert max(display_width(line) for line in text.splitlines()) <= 60
    for measure in plan.measures():
        assert f"│ {measure.number} " in text


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_no_status_word_is_broken_across_lines(lang: str) -> None:
    term = civplan.Deadline.parse("I квартал", year=2025)
    outcomes = ["Захід втратив актуальність", "", "Текст без жодної ознаки"]
    plan = civplan.Plan(
        title="План",
        year=2025,
        sections=[
            civplan.Section(
                number="1",
                title="Розділ",
                measures=[
                    civplan.Measure(
                        number=f"1.{n}",
                        title="Захід",
                        deadline=term,
                        outcome=civplan.Outcome(text=text) if text else None,
                    )
                    for n, text in enumerate(outcomes, start=1)
                ],
            )
        ],
    )
    options = TextOptions(
        lang=lang,
        columns=("number", "title", "deadline", "outcome", "status"),
        as_of=date(2025, 12, 1),
    )
    text = civplan.export(plan, "text", options=options)
    assert isinstance(text, str)
    cells = [
        line.split("│")[-2].strip() for line in report_table_lines(text) if line.startswith("│")
    ]
    words = {word for cell in cells for word in cell.split()}
    labels = [civplan.Status.CANCELLED, civplan.Status.OVERDUE]
    expected = {word for status in labels for word in status.label(lang).split()}
    assert expected <= words


def test_a_term_s_long_word_stays_whole_in_its_column() -> None:
    """«щоквартально» is wider than the deadline column's floor: the column widens for it."""
    plan = one_section_plan(("1.1.1.10", "щоквартально"))
    text = civplan.export(plan, "text", options=TextOptions(width=80))
    assert isinstance(text, str)
    row = next(line for line in text.splitlines() if "1.1.1.10" in line)
    assert "щоквартально" in row.split("│")[3]
