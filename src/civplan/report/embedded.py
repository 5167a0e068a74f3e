"""The contract by which civplan's own reports carry what their table cannot show.

A printed report cannot show a plan's reporting date, a deadline's corrected
interval, an explicit status (unless a column shows it), a justification,
funding or notes, and a table gives back its cells without their outer
spaces. civplan's spreadsheet reports therefore carry exactly what the table
cannot give back, and its importers join that with the visible table. Every
convention of the round trip is a named function here:

- :func:`shown_text` — how a table cell gives a text back;
- :func:`carried` — what a report of a plan carries: the plan's own fields,
  and for each section and measure only what differs from what its row shows;
- :func:`pieces` / :func:`read_pieces` — how that is written into, and read
  from, the hidden sheet ``civplan``: a marker cell, then JSON in cells;
- :func:`reconcile` — how a read table and what it carries become one plan:
  the visible table wins (a measure added, removed, renumbered or reworded
  there is read as it stands); what is carried fills in what it cannot show;
- :func:`same_text` — when a visible text still says what was carried;
- :func:`stated_status` — when a status cell states a status of its own.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

import attrs

from civplan._errors import DocumentError
from civplan._text import printable
from civplan.model.assess import assess
from civplan.model.deadline import Deadline
from civplan.model.plan import Funding, Measure, Outcome, Plan, Target
from civplan.model.status import Status
from civplan.report.columns import ReportColumn

SHEET = "civplan"
"""The name of the hidden sheet."""

MARKER = "civplan: what this report's table cannot show, format 2"
"""The first cell of the hidden sheet."""

PIECE = 30_000
"""Characters of JSON per cell (an XLSX cell holds 32,767)."""


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


def shown_text(text: str) -> str:
    """A text as every reader gives a table cell back.

    Without outer spaces or unprintable characters, and without tabs, which
    python-calamine does not read from ODS.
    """
    return printable(text).replace("\t", "").strip()


def carried(plan: Plan, *, shown: Collection[ReportColumn], status_as_of: date | None) -> Carried:
    """What a report of ``plan`` cannot show, given the columns it shows."""
    sections = {
        s.key: CarriedSection(number=s.number, title=s.title)
        for s in plan.sections
        if s.number != s.key or s.title != shown_text(s.title)
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


def _carried_measure(
    measure: Measure, plan: Plan, shown: Collection[ReportColumn]
) -> CarriedMeasure:
    read_back = Deadline.parse(
        shown_text(measure.deadline.text), year=plan.year, end_year=plan.end_year
    )
    if ReportColumn.RESPONSIBLE in shown:
        exact = all(r and r == shown_text(r) and "\n" not in r for r in measure.responsible)
        responsible = None if exact else measure.responsible
    else:
        responsible = measure.responsible or None
    return CarriedMeasure(
        title=None if measure.title == shown_text(measure.title) else measure.title,
        deadline=None if read_back == measure.deadline else measure.deadline,
        responsible=responsible,
        expected_result=measure.expected_result,
        funding=measure.funding,
        targets=measure.targets,
        notes=measure.notes,
        outcome=_carried_outcome(measure, shown),
    )


def _carried_outcome(measure: Measure, shown: Collection[ReportColumn]) -> CarriedOutcome | None:
    outcome = measure.outcome
    if outcome is None:
        return None
    text: str | None = outcome.text
    if ReportColumn.OUTCOME in shown and outcome.text and outcome.text == shown_text(outcome.text):
        text = None  # the cell shows it as it is
    result = CarriedOutcome(text=text, status=outcome.status, justification=outcome.justification)
    return None if result == CarriedOutcome() else result


def pieces(plan: Plan, *, shown: Collection[ReportColumn], status_as_of: date | None) -> list[str]:
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


def same_text(visible: str, carried: str) -> bool:
    """Whether two texts say the same, whatever their whitespace."""
    return "".join(visible.split()) == "".join(carried.split())


def reconcile(visible: Plan, extra: Carried, columns: Collection[ReportColumn]) -> Plan:
    """The visible plan, completed with what the report carries.

    Args:
        visible: the plan read from the visible table.
        extra: what the report carries besides its table.
        columns: the columns the visible table has.
    """
    status_shown = ReportColumn.STATUS in columns and extra.status_as_of is not None
    sections = []
    for section in visible.sections:
        known = extra.sections.get(section.key)
        if known is not None and same_text(section.title, known.title):
            section = attrs.evolve(section, number=known.number, title=known.title)
        measures = [
            m
            if m.key not in extra.measures and not status_shown
            else _measure(m, extra.measures.get(m.key, _NOTHING), extra, columns)
            for m in section.measures
        ]
        if any(new is not old for new, old in zip(measures, section.measures, strict=True)):
            section = attrs.evolve(section, measures=measures)
        sections.append(section)
    original = extra.plan
    same_title = same_text(visible.title, original.title)
    return attrs.evolve(
        original,
        title=original.title if same_title else visible.title,
        territory=original.territory if same_title else visible.territory,
        notes=[*original.notes, *(n for n in visible.notes if n not in original.notes)],
        sections=sections,
    )


_NOTHING = CarriedMeasure()


def _measure(
    shown: Measure, extra: CarriedMeasure, carried: Carried, columns: Collection[ReportColumn]
) -> Measure:
    title = shown.title
    if extra.title is not None and same_text(shown.title, extra.title):
        title = extra.title
    deadline = shown.deadline
    if extra.deadline is not None and same_text(shown.deadline.text, extra.deadline.text):
        deadline = extra.deadline
    responsible = shown.responsible
    if extra.responsible is not None:
        visible = [" ".join(r.split()) for r in shown.responsible]
        known = [" ".join(r.split()) for r in extra.responsible if r.strip()]
        if ReportColumn.RESPONSIBLE not in columns or visible == known:
            responsible = extra.responsible
    measure = Measure(
        number=shown.number,
        title=title,
        deadline=deadline,
        responsible=responsible,
        expected_result=extra.expected_result
        if extra.expected_result is not None
        else shown.expected_result,
        funding=extra.funding,
        targets=extra.targets,
        outcome=_outcome(shown.outcome, extra),
        notes=[*extra.notes, *(n for n in shown.notes if n not in extra.notes)],
    )
    if ReportColumn.STATUS in columns and carried.status_as_of is not None:
        measure = stated_status(measure, shown.outcome, carried)
    return measure


def _outcome(shown: Outcome | None, extra: CarriedMeasure) -> Outcome | None:
    carried = extra.outcome
    if carried is None:  # a status the table shows is judged by stated_status
        if shown is None or (not shown.text and shown.justification is None):
            return None
        return shown if shown.status is None else attrs.evolve(shown, status=None)
    text = shown.text if shown is not None else ""
    if carried.text is not None and same_text(text, carried.text):
        text = carried.text
    return Outcome(text=text, status=carried.status, justification=carried.justification)


def stated_status(measure: Measure, shown: Outcome | None, carried: Carried) -> Measure:
    """A status cell states a status only when it differs from the one the report showed."""
    stated = shown.status if shown is not None else None
    if stated is None or carried.status_as_of is None:
        return measure
    if assess(measure, carried.status_as_of).status == stated:
        return measure
    outcome = measure.outcome or Outcome()
    return attrs.evolve(measure, outcome=attrs.evolve(outcome, status=stated))
