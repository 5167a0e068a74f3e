"""Joining a report's visible table with what it carries besides it.

(:mod:`civplan.serialize.embedded` describes what a report carries.) The
visible table is what people read and edit, so it wins: a measure
added, removed, renumbered or reworded there is imported as it stands. What
the report carries fills in what the table cannot show — the plan's own
fields, corrected deadline intervals, explicit statuses, justifications,
funding, notes — and the exact text of a cell whose visible text still says
the same (a table gives back its cells without their outer spaces).
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from civplan.importers.columns import Column
from civplan.model.assess import assess
from civplan.model.plan import Measure, Outcome, Plan
from civplan.serialize.embedded import Carried, CarriedMeasure


def same_text(visible: str, carried: str) -> bool:
    """Whether two texts say the same, whatever their whitespace."""
    return "".join(visible.split()) == "".join(carried.split())


def reconcile(visible: Plan, carried: Carried, columns: Collection[Column]) -> Plan:
    """The visible plan, completed with what the report carries.

    Args:
        visible: the plan read from the visible table.
        carried: what the report carries besides its table.
        columns: the columns the visible table has.
    """
    status_shown = Column.STATUS in columns and carried.status_as_of is not None
    sections = []
    for section in visible.sections:
        known = carried.sections.get(section.key)
        if known is not None and same_text(section.title, known.title):
            section = attrs.evolve(section, number=known.number, title=known.title)
        measures = [
            m
            if m.key not in carried.measures and not status_shown
            else _measure(m, carried.measures.get(m.key, _NOTHING), carried, columns)
            for m in section.measures
        ]
        if any(new is not old for new, old in zip(measures, section.measures, strict=True)):
            section = attrs.evolve(section, measures=measures)
        sections.append(section)
    original = carried.plan
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
    shown: Measure, extra: CarriedMeasure, carried: Carried, columns: Collection[Column]
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
        if Column.RESPONSIBLE not in columns or visible == known:
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
    if Column.STATUS in columns and carried.status_as_of is not None:
        measure = _status_cell(measure, shown.outcome, carried)
    return measure


def _outcome(shown: Outcome | None, extra: CarriedMeasure) -> Outcome | None:
    carried = extra.outcome
    if carried is None:  # a status the table shows is judged by _status_cell
        if shown is None or (not shown.text and shown.justification is None):
            return None
        return shown if shown.status is None else attrs.evolve(shown, status=None)
    text = shown.text if shown is not None else ""
    if carried.text is not None and same_text(text, carried.text):
        text = carried.text
    return Outcome(text=text, status=carried.status, justification=carried.justification)


def _status_cell(measure: Measure, shown: Outcome | None, carried: Carried) -> Measure:
    """A status cell states a status only when it differs from the one the report showed."""
    stated = shown.status if shown is not None else None
    if stated is None or carried.status_as_of is None:
        return measure
    if assess(measure, carried.status_as_of).status == stated:
        return measure
    outcome = measure.outcome or Outcome()
    return attrs.evolve(measure, outcome=attrs.evolve(outcome, status=stated))
