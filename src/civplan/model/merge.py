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
from civplan.model.outline import Entry, outline, sections_from
from civplan.model.plan import Measure, Outcome, Plan
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


def merge(plans: Iterable[Plan]) -> Merged:
    """Join reports on one plan from several executors into one report.

    Each report names its executor in ``issuer``. Measures are joined by
    their key (the number as civplan compares it). The consolidated plan
    follows the first report by executor name: its headings and measures in
    its order; a heading or measure only other reports have comes after what
    precedes it in the first report that has it. A measure's title, deadline
    and other parts come from the first report, by executor name, that has
    it. One report merges into itself unchanged.

    Raises:
        MergeError: no report, reports of different years, or (with more
            than one report) one that names no executor or the same as another.
    """
    reports = list(plans)
    _check(reports)
    if len(reports) == 1:
        return _single(reports[0])
    ordered = sorted(reports, key=lambda plan: plan.issuer or "")
    contributions = _contributions(ordered)
    entries, conflicts = _join(_union(ordered), contributions)
    return Merged(
        plan=_consolidated(ordered, entries),
        contributions={key: tuple(items) for key, items in contributions.items()},
        unreported=tuple(
            e.key for e in entries if isinstance(e, Measure) and e.key not in contributions
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


def _identity(entry: Entry) -> tuple[str, ...]:
    if isinstance(entry, Measure):
        return ("measure", entry.key)
    return ("heading", str(entry.level), entry.number or "", " ".join((entry.title or "").split()))


def _union(ordered: Sequence[Plan]) -> list[Entry]:
    """Every report's headings and measures, in the first report's order, the others' inserted.

    An entry only a later report has follows the entry that precedes it in that report.
    """
    entries = list(outline(ordered[0]))
    for plan in ordered[1:]:
        known = {_identity(e) for e in entries}
        following: dict[tuple[str, ...] | None, list[Entry]] = {}
        before: tuple[str, ...] | None = None
        for entry in outline(plan):
            identity = _identity(entry)
            if identity not in known:
                following.setdefault(before, []).append(entry)
                known.add(identity)
            before = identity
        merged: list[Entry] = []
        pending = list(reversed(following.pop(None, []))) + list(reversed(entries))
        while pending:
            entry = pending.pop()
            merged.append(entry)
            pending.extend(reversed(following.pop(_identity(entry), [])))
        entries = merged
    return entries


def _contributions(ordered: Sequence[Plan]) -> dict[str, list[Contribution]]:
    """What each executor reported, by measure key, in executor order."""
    contributions: dict[str, list[Contribution]] = {}
    for plan in ordered:
        for measure in plan.measures():
            outcome = measure.outcome
            if outcome is not None and _reported(outcome):
                contributions.setdefault(measure.key, []).append(
                    Contribution(executor=plan.issuer or "", outcome=outcome)
                )
    return contributions


def _join(
    entries: list[Entry], contributions: dict[str, list[Contribution]]
) -> tuple[list[Entry], list[StatusConflict]]:
    """Each measure with the outcomes joined; the measures whose stated statuses disagree."""
    conflicts = []
    joined: list[Entry] = []
    for entry in entries:
        if isinstance(entry, Measure):
            outcome, conflict = _joined(entry.key, contributions.get(entry.key, []))
            if conflict is not None:
                conflicts.append(conflict)
            entry = attrs.evolve(entry, outcome=outcome)
        joined.append(entry)
    return joined, conflicts


def _consolidated(ordered: Sequence[Plan], entries: list[Entry]) -> Plan:
    """The first report's plan with the joined entries, no executor, the latest date, all notes."""
    as_of_dates = [plan.as_of for plan in ordered if plan.as_of is not None]
    return attrs.evolve(
        ordered[0],
        issuer=None,
        as_of=max(as_of_dates) if as_of_dates else None,
        notes=_distinct(note for plan in ordered for note in plan.notes),
        sections=sections_from(entries),
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
    reasons = _distinct(c.outcome.justification for c in given if c.outcome.justification)
    justification = "; ".join(reasons) if reasons else None
    return Outcome(text=text, status=status, justification=justification), conflict


def _reported(outcome: Outcome) -> bool:
    """Whether an outcome reports anything: a text, a status or a justification."""
    return bool(outcome.text.strip() or outcome.status or outcome.justification)


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
