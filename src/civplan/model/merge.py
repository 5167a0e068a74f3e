"""Consolidation: the coordinator's job of joining many executors' reports into one.

An oblast administration collects the same plan's outcomes from its
departments and districts, each report naming its executor (the plan's
``issuer``), and files one report. :func:`merge` joins them by measure
number. What each executor reported is kept, in the order of their names, so
the result does not depend on the order the reports came in; nothing reported
is lost; a measure no one reported and explicit statuses that disagree are
listed for the coordinator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from civplan._errors import CivplanError
from civplan.model.plan import Measure, Outcome, Plan, Section
from civplan.model.status import Status


class MergeError(CivplanError, ValueError):
    """Reports that cannot be merged: none, of different years, or without distinct executors."""


@attrs.frozen
class Contribution:
    """What one executor reported on a measure.

    Attributes:
        executor: who reported it (the report's ``issuer``).
        outcome: what they reported.
    """

    executor: str
    outcome: Outcome


@attrs.frozen
class StatusConflict:
    """Explicit statuses that disagree about a measure.

    Attributes:
        number: the measure's number.
        statuses: each executor that stated a status, with the status, by executor.
    """

    number: str
    statuses: tuple[tuple[str, Status], ...]


@attrs.frozen
class Merged:
    """The consolidated report and what the coordinator should look at.

    Attributes:
        plan: the consolidated plan: every measure of every report, each
            outcome joining what every executor reported («Департамент освіти:
            …»), with the status they agree on.
        contributions: by measure number, what each executor reported.
        unreported: the numbers of the measures no report has an outcome for.
        conflicts: the measures whose explicit statuses disagree.
    """

    plan: Plan
    contributions: dict[str, tuple[Contribution, ...]]
    unreported: tuple[str, ...]
    conflicts: tuple[StatusConflict, ...]


def _number_order(key: str) -> tuple[int, ...]:
    return tuple(int(part) for part in key.split("."))


def merge(plans: Iterable[Plan]) -> Merged:
    """Join reports on one plan from several executors into one report.

    Each report names its executor in ``issuer``. Measures are joined by
    number and kept in number order; a measure's title, deadline and other
    parts come from the first report, by executor name, that has it. One
    report merges into itself unchanged.

    Raises:
        MergeError: no report, reports of different years, or (with more
            than one report) one that names no executor or the same as another.
    """
    reports = list(plans)
    _check(reports)
    if len(reports) == 1:
        return _single(reports[0])
    ordered = sorted(reports, key=lambda plan: plan.issuer or "")
    gathered = _gather(ordered)
    sections, conflicts = _join(gathered)
    return Merged(
        plan=_consolidated(ordered, sections),
        contributions={key: tuple(items) for key, items in gathered.contributions.items()},
        unreported=tuple(
            k
            for k in sorted(gathered.measures, key=_number_order)
            if k not in gathered.contributions
        ),
        conflicts=tuple(conflicts),
    )


def _check(reports: Sequence[Plan]) -> None:
    """Refuse what cannot be merged: nothing, unnamed or twice-named executors, several years."""
    if not reports:
        raise MergeError("no report to merge")
    if len(reports) == 1:
        return
    unnamed = [i for i, plan in enumerate(reports, start=1) if not plan.issuer]
    if unnamed:
        raise MergeError(
            f"report {unnamed[0]} names no executor: set its issuer, so that the merged "
            "report can say who reported what"
        )
    seen: dict[str, int] = {}
    for index, plan in enumerate(reports, start=1):
        if plan.issuer in seen:
            raise MergeError(
                f"reports {seen[plan.issuer]} and {index} both name the executor {plan.issuer!r}"
            )
        seen[plan.issuer or ""] = index
    years = sorted({plan.year for plan in reports})
    if len(years) > 1:
        raise MergeError(f"the reports are of different years: {', '.join(map(str, years))}")


@attrs.define
class _Gathered:
    """Every report's sections and measures by number, and what each executor reported."""

    measures: dict[str, Measure] = attrs.Factory(dict)
    sections: dict[str, Section] = attrs.Factory(dict)
    contributions: dict[str, list[Contribution]] = attrs.Factory(dict)


def _gather(ordered: Sequence[Plan]) -> _Gathered:
    """The first of each section and measure, in executor order, and every reported outcome."""
    gathered = _Gathered()
    for plan in ordered:
        for section in plan.sections:
            gathered.sections.setdefault(section.key, section)
            for measure in section.measures:
                gathered.measures.setdefault(measure.key, measure)
                outcome = measure.outcome
                if outcome is not None and _reported(outcome):
                    gathered.contributions.setdefault(measure.key, []).append(
                        Contribution(executor=plan.issuer or "", outcome=outcome)
                    )
    return gathered


def _join(gathered: _Gathered) -> tuple[list[Section], list[StatusConflict]]:
    """The sections in number order, each measure with the outcomes joined; the conflicts."""
    conflicts = []
    sections = []
    for section_key in sorted(gathered.sections, key=_number_order):
        measures = []
        keys = [k for k in gathered.measures if k.split(".")[0] == section_key]
        for key in sorted(keys, key=_number_order):
            outcome, conflict = _joined(key, gathered.contributions.get(key, []))
            if conflict is not None:
                conflicts.append(conflict)
            measures.append(attrs.evolve(gathered.measures[key], outcome=outcome))
        sections.append(attrs.evolve(gathered.sections[section_key], measures=measures))
    return sections, conflicts


def _consolidated(ordered: Sequence[Plan], sections: list[Section]) -> Plan:
    """The first report's plan with the joined sections, no executor, the latest date, all notes."""
    as_of_dates = [plan.as_of for plan in ordered if plan.as_of is not None]
    return attrs.evolve(
        ordered[0],
        issuer=None,
        as_of=max(as_of_dates) if as_of_dates else None,
        notes=_union(note for plan in ordered for note in plan.notes),
        sections=sections,
    )


def _single(plan: Plan) -> Merged:
    contributions: dict[str, tuple[Contribution, ...]] = {
        m.key: (Contribution(executor=plan.issuer or "", outcome=m.outcome),)
        for m in plan.measures()
        if m.outcome is not None and _reported(m.outcome)
    }
    return Merged(
        plan=plan,
        contributions=contributions,
        unreported=tuple(m.key for m in plan.measures() if m.key not in contributions),
        conflicts=(),
    )


def _joined(
    key: str, given: Sequence[Contribution]
) -> tuple[Outcome | None, StatusConflict | None]:
    if not given:
        return None, None
    text = "\n\n".join(f"{c.executor}: {c.outcome.text}" for c in given if c.outcome.text.strip())
    stated = [(c.executor, c.outcome.status) for c in given if c.outcome.status is not None]
    statuses = {status for _, status in stated}
    conflict = None
    if len(statuses) > 1:
        conflict = StatusConflict(number=key, statuses=tuple((e, s) for e, s in stated if s))
    status = statuses.pop() if len(statuses) == 1 else None
    reasons = _union(c.outcome.justification for c in given if c.outcome.justification)
    justification = "; ".join(reasons) if reasons else None
    return Outcome(text=text, status=status, justification=justification), conflict


def _reported(outcome: Outcome) -> bool:
    """Whether an outcome reports anything: a text, a status or a justification."""
    return bool(outcome.text.strip() or outcome.status or outcome.justification)


def _union(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
