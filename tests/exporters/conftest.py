"""Plans that stress the exporters."""

from __future__ import annotations

import pytest

import civplan

TRICKY_TEXTS = {
    "formula": "=SUM(A1:A3)",
    "plus": "+380 67 000 00 00",
    "minus": "-5 заходів",
    "at": "@координатор",
    "spaces": "  два  пробіли, таб\tі кінець ",
    "lines": "рядок 1\n\nрядок 3",
    "xml": "<b>&amp; «лапки» \"подвійні\" 'одинарні'",
}


def one_section_plan(*measures: tuple[str, str]) -> civplan.Plan:
    """A plan of one section whose measures have these numbers and deadlines (of 2025)."""
    return civplan.Plan(
        title="План",
        year=2025,
        sections=[
            civplan.Section(
                title="Освіта",
                measures=[
                    civplan.Measure(
                        number=number,
                        title=f"Захід {number}",
                        deadline=civplan.Deadline.parse(term, year=2025),
                    )
                    for number, term in measures
                ],
            )
        ],
    )


@pytest.fixture
def tricky_plan() -> civplan.Plan:
    """A plan whose outcomes start with = + - @, and hold spaces, tabs, markup."""
    term = civplan.Deadline.parse("ІV квартал", year=2017)
    measures = [
        civplan.Measure(
            number=f"1.{index}",
            title=key,
            deadline=term,
            responsible=["Департамент", "Райдержадміністрації (за згодою)"],
            outcome=civplan.Outcome(text=text),
        )
        for index, (key, text) in enumerate(TRICKY_TEXTS.items(), start=1)
    ]
    section = civplan.Section(number="1", title="Розділ", measures=measures)
    return civplan.Plan(title="Звіт\nдругий рядок", year=2017, sections=[section])
