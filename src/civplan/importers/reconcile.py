"""Joining a report's visible table with the plan data it carries.

The visible table is what people read and edit, so it wins: a measure
added, removed, renumbered or reworded there is imported as it stands. The
carried plan (see :mod:`civplan.serialize.embedded`) fills in what the table
cannot show — the reporting date, corrected deadline intervals, explicit
statuses, justifications, funding, notes — and the exact text of every
cell whose visible text still says the same (a spreadsheet cell may have
lost a tab or its outer spaces on the way).
"""

from __future__ import annotations

from collections.abc import Collection

import attrs

from civplan.importers.columns import Column
from civplan.model.assess import assess
from civplan.model.plan import Measure, Outcome, Plan
from civplan.serialize.embedded import Embedded


def same_text(visible: str, carried: str) -> bool:
    """Whether two texts say the same, whatever their whitespace."""
    return "".join(visible.split()) == "".join(carried.split())


def reconcile(visible: Plan, carried: Embedded, columns: Collection[Column]) -> Plan:
    """The visible plan, completed from the carried one.

    Args:
        visible: the plan read from the visible table.
        carried: the plan data the document carries.
        columns: the columns the visible table has.
    """
    original = carried.plan
    by_number = {m.key: m for m in original.measures()}
    sections_by_number = {s.key: s for s in original.sections}
    sections = []
    for section in visible.sections:
        known = sections_by_number.get(section.key)
        if known is not None and same_text(section.title, known.title):
            section = attrs.evolve(section, number=known.number, title=known.title)
        measures = [_measure(m, by_number.get(m.key), carried, columns) for m in section.measures]
        sections.append(attrs.evolve(section, measures=measures))
    same_title = same_text(visible.title, original.title)
    return Plan(
        title=original.title if same_title else visible.title,
        year=original.year,
        end_year=original.end_year,
        territory=original.territory if same_title else visible.territory,
        issuer=original.issuer,
        as_of=original.as_of,
        notes=[*original.notes, *(n for n in visible.notes if n not in original.notes)],
        sections=sections,
    )


def _measure(
    shown: Measure, known: Measure | None, carried: Embedded, columns: Collection[Column]
) -> Measure:
    if known is None:
        return shown
    deadline = (
        known.deadline if same_text(shown.deadline.text, known.deadline.text) else shown.deadline
    )
    if Column.RESPONSIBLE in columns:
        same = [" ".join(r.split()) for r in shown.responsible] == [
            " ".join(r.split()) for r in known.responsible
        ]
        responsible = known.responsible if same else shown.responsible
    else:
        responsible = known.responsible
    if Column.EXPECTED_RESULT in columns:
        expected = shown.expected_result
        if expected is not None and known.expected_result is not None:
            expected = (
                known.expected_result if same_text(expected, known.expected_result) else expected
            )
    else:
        expected = known.expected_result
    return Measure(
        number=known.number if shown.number.strip() == known.number.strip() else shown.number,
        title=known.title if same_text(shown.title, known.title) else shown.title,
        deadline=deadline,
        responsible=responsible,
        expected_result=expected,
        funding=known.funding,
        outcome=_outcome(shown, known, carried, columns),
        notes=[*known.notes, *(n for n in shown.notes if n not in known.notes)],
    )


def _outcome(
    shown: Measure, known: Measure, carried: Embedded, columns: Collection[Column]
) -> Outcome | None:
    before = known.outcome
    now = shown.outcome
    if Column.OUTCOME in columns:
        text_now = now.text if now is not None else ""
        text_before = before.text if before is not None else ""
        text = text_before if same_text(text_now, text_before) else text_now
    else:
        text = before.text if before is not None else ""
    status = before.status if before is not None else None
    if Column.STATUS in columns:
        stated = now.status if now is not None else None
        # the status column shows the assessed status: only a changed one is a statement
        shown_before = assess(known, carried.status_as_of).status if carried.status_as_of else None
        if stated is not None and stated != shown_before:
            status = stated
    justification = before.justification if before is not None else None
    if (text, status) == ((before.text, before.status) if before is not None else ("", None)):
        return before  # unchanged, even an empty outcome
    return Outcome(text=text, status=status, justification=justification)
