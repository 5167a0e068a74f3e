"""What a spreadsheet report carries besides its table, so that nothing is lost.

A printed report cannot show a plan's reporting date, a deadline's corrected
interval, an explicit status (unless a column shows it), a justification,
funding or notes, and a table gives back its cells without their outer
spaces. civplan's XLSX and ODS reports therefore carry, in a hidden sheet
named ``civplan``, exactly what the table cannot give back: the plan's own
fields, and for each section and measure only what differs from what its
row shows. For a typical plan that is a few lines; importers join it with the
visible table (see :mod:`civplan.importers.reconcile`).

The sheet holds a marker row, then JSON in pieces that fit a cell.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

import attrs

from civplan._errors import DocumentError
from civplan._text import printable
from civplan.model.deadline import Deadline
from civplan.model.plan import Funding, Measure, Plan, Target
from civplan.model.status import Status

SHEET = "civplan"
"""The name of the hidden sheet."""

MARKER = "civplan: what this report's table cannot show, format 2"
"""The first cell of the hidden sheet."""

PIECE = 30_000
"""Characters of JSON per cell (an XLSX cell holds 32,767)."""

SHOWN_RESPONSIBLE = "responsible"
SHOWN_OUTCOME = "outcome"


@attrs.frozen
class CarriedOutcome:
    """What a measure's outcome holds beyond its cell: each part ``None`` when the cell has it."""

    text: str | None = None
    status: Status | None = None
    justification: str | None = None


@attrs.frozen
class CarriedMeasure:
    """What a measure holds beyond its row; ``None`` where the row shows it exactly."""

    title: str | None = None
    deadline: Deadline | None = None
    responsible: tuple[str, ...] | None = None
    expected_result: str | None = None
    funding: Funding | None = None
    targets: tuple[Target, ...] = ()
    notes: tuple[str, ...] = ()
    outcome: CarriedOutcome | None = None


@attrs.frozen
class CarriedSection:
    """A section's exact number and title, where its heading row does not give them back."""

    number: str
    title: str


@attrs.frozen
class Carried:
    """What a report carries besides its table.

    Attributes:
        plan: the plan's own fields (its sections are in the table).
        sections: by section number, the sections whose heading changes them.
        measures: by measure number, what each measure holds beyond its row.
        status_as_of: the date the report's status column was assessed for, if it has one.
    """

    plan: Plan
    sections: dict[str, CarriedSection] = attrs.Factory(dict)
    measures: dict[str, CarriedMeasure] = attrs.Factory(dict)
    status_as_of: date | None = None


def _shown(text: str) -> str:
    """A text as every reader gives a table cell back.

    Without outer spaces or unprintable characters, and without tabs, which
    python-calamine does not read from ODS.
    """
    return printable(text).replace("\t", "").strip()


def carried(plan: Plan, *, shown: Collection[str], status_as_of: date | None) -> Carried:
    """What a report of ``plan`` cannot show, given the names of the columns it shows."""
    sections = {
        s.key: CarriedSection(number=s.number, title=s.title)
        for s in plan.sections
        if s.number != s.key or s.title != _shown(s.title)
    }
    measures = {}
    for measure in plan.measures():
        extra = _carried_measure(measure, plan, shown)
        if extra != CarriedMeasure():
            measures[measure.key] = extra
    return Carried(
        plan=attrs.evolve(plan, sections=()),
        sections=sections,
        measures=measures,
        status_as_of=status_as_of,
    )


def _carried_measure(measure: Measure, plan: Plan, shown: Collection[str]) -> CarriedMeasure:
    read_back = Deadline.parse(
        _shown(measure.deadline.text), year=plan.year, end_year=plan.end_year
    )
    if SHOWN_RESPONSIBLE in shown:
        exact = all(r and r == _shown(r) and "\n" not in r for r in measure.responsible)
        responsible = None if exact else measure.responsible
    else:
        responsible = measure.responsible or None
    return CarriedMeasure(
        title=None if measure.title == _shown(measure.title) else measure.title,
        deadline=None if read_back == measure.deadline else measure.deadline,
        responsible=responsible,
        expected_result=measure.expected_result,
        funding=measure.funding,
        targets=measure.targets,
        notes=measure.notes,
        outcome=_carried_outcome(measure, shown),
    )


def _carried_outcome(measure: Measure, shown: Collection[str]) -> CarriedOutcome | None:
    outcome = measure.outcome
    if outcome is None:
        return None
    text: str | None = outcome.text
    if SHOWN_OUTCOME in shown and outcome.text and outcome.text == _shown(outcome.text):
        text = None  # the cell shows it as it is
    result = CarriedOutcome(text=text, status=outcome.status, justification=outcome.justification)
    return None if result == CarriedOutcome() else result


def pieces(plan: Plan, *, shown: Collection[str], status_as_of: date | None) -> list[str]:
    """The cells of the hidden sheet, top to bottom, for a report of ``plan``."""
    from civplan.serialize.documents import converter

    data = converter().unstructure(carried(plan, shown=shown, status_as_of=status_as_of))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return [MARKER, *(text[i : i + PIECE] for i in range(0, len(text), PIECE))]


def read_pieces(cells: Sequence[Any], source: str) -> Carried | None:
    """What the cells of a hidden sheet carry, or ``None`` when they are not civplan's.

    Raises:
        DocumentError: the cells start with the marker but carry nothing valid.
    """
    texts = [cell if isinstance(cell, str) else "" for cell in cells]
    if len(texts) < 2 or texts[0] != MARKER:
        return None
    from civplan.serialize.converter import describe_errors
    from civplan.serialize.documents import converter

    where = f"{source} (the hidden sheet «{SHEET}»)"
    try:
        data = json.loads("".join(texts[1:]))
    except ValueError as error:
        raise DocumentError(where, [f"not valid JSON: {error}"]) from None
    try:
        found: Carried = converter().structure(data, Carried)
    except Exception as error:  # noqa: BLE001 - every structuring problem becomes a DocumentError
        raise DocumentError(where, describe_errors(error)) from None
    return found
