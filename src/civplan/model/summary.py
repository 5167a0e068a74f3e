"""A plan's summary: statuses per section and overall, completion rates, and what to look at.

Besides the counts, a summary lists the overdue measures, the reasons
measures were not (fully) done grouped by kind (how many for lack of
funding …), the measures whose reported events fall outside their term, and
every count the outcomes report.

The completion rate follows ministry practice: each scored measure counts
100 when done, 75 when partially done and 0 when not done, overdue or
postponed; measures not yet due, in progress or cancelled are left out. The
rate is the mean over the scored measures, in percent, or ``None`` when none
is scored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import attrs

from civplan.model.assess import Assessment, assess
from civplan.model.cues import LEXICON, Cue
from civplan.model.indicators import Indicator
from civplan.model.justification import OTHER, ReasonKind, reason_kind
from civplan.model.numbering import number_key
from civplan.model.plan import Measure, Plan, Section, day_of
from civplan.model.status import Status

RATE_WEIGHTS: dict[Status, int] = {
    Status.DONE: 100,
    Status.PARTIALLY_DONE: 75,
    Status.NOT_DONE: 0,
    Status.OVERDUE: 0,
    Status.POSTPONED: 0,
}
"""Each scored status's weight in the completion rate; other statuses are left out."""


def completion_rate(statuses: Iterable[Status]) -> float | None:
    """The completion rate in percent of these statuses, or ``None`` if none is scored."""
    weights = [RATE_WEIGHTS[s] for s in statuses if s in RATE_WEIGHTS]
    return sum(weights) / len(weights) if weights else None


def _count(assessments: Sequence[Assessment]) -> dict[Status, int]:
    counts = dict.fromkeys(Status, 0)
    for item in assessments:
        counts[item.status] += 1
    return counts


@attrs.frozen
class SectionSummary:
    """The statuses of one section's measures (with those of its deeper sections).

    Attributes:
        number: the section's number, or ``None``.
        title: the section's title, or ``None`` for the measures before the
            first heading.
        counts: how many measures have each status (every status is a key).
        rate: the completion rate in percent, or ``None`` when nothing is scored.
        assessments: the assessment of each measure, in order.
        level: the section's depth (1 for a top-level section).
    """

    number: str | None
    title: str | None
    counts: dict[Status, int]
    rate: float | None
    assessments: tuple[Assessment, ...]
    level: int = 1

    @property
    def total(self) -> int:
        """The number of measures."""
        return len(self.assessments)


@attrs.frozen
class ReasonGroup:
    """The measures not (fully) done for one kind of reason.

    Attributes:
        kind: the kind of reason.
        measures: each measure's number (its key where the number repeats:
            :attr:`Assessment.shown_number`) and justification, in plan order.
    """

    kind: ReasonKind
    measures: tuple[tuple[str, str], ...]


@attrs.frozen
class Summary:
    """Where a whole plan stands as of a date.

    Attributes:
        as_of: the date the summary holds for.
        counts: how many measures have each status (every status is a key).
        rate: the overall completion rate in percent, or ``None``.
        sections: one summary per section of the level asked for, in order;
            a shallower section's own measures (those before its deeper
            headings) count as a section of their own.
    """

    as_of: date
    counts: dict[Status, int]
    rate: float | None
    sections: tuple[SectionSummary, ...]

    def __repr__(self) -> str:
        rate = f"{self.rate:.1f} %" if self.rate is not None else "no rate"
        counts = ", ".join(f"{status.name} {n}" for status, n in self.counts.items() if n)
        return f"<Summary as of {self.as_of}: {self.total} measures, {rate}; {counts}>"

    def _repr_html_(self) -> str:
        """The summary as tables in Jupyter: statuses, and each section's counts and rate."""
        from html import escape

        statuses = "".join(
            f"<tr><td>{status.label('en')}</td><td>{n}</td></tr>"
            for status, n in self.counts.items()
            if n
        )
        sections = "".join(
            f"<tr><td>{escape(s.number or '—')}</td><td>{escape(s.title or '')}</td>"
            f"<td>{s.total}</td><td>{'—' if s.rate is None else f'{s.rate:.1f}'}</td></tr>"
            for s in self.sections
        )
        rate = "—" if self.rate is None else f"{self.rate:.1f} %"
        return (
            f"<p><b>As of {self.as_of}</b>: {self.total} measures, completion rate {rate}, "
            f"{len(self.to_review)} to check</p>"
            f"<table><tr><th>Status</th><th>Measures</th></tr>{statuses}</table>"
            f"<table><tr><th>№</th><th>Section</th><th>Measures</th><th>Rate, %</th></tr>"
            f"{sections}</table>"
        )

    @property
    def overdue(self) -> tuple[Assessment, ...]:
        """The measures overdue: nothing reported, and their term has passed."""
        return tuple(a for a in self.assessments if a.status is Status.OVERDUE)

    @property
    def reasons(self) -> tuple[ReasonGroup, ...]:
        """The justifications of measures not (fully) done, grouped by kind, largest first."""
        groups: dict[str, tuple[ReasonKind, list[tuple[str, str]]]] = {}
        for item in self.assessments:
            if item.justification is not None:
                kind = reason_kind(item.justification)
                groups.setdefault(kind.code, (kind, []))[1].append(
                    (item.shown_number, item.justification)
                )
        ordered = sorted(groups.values(), key=lambda group: (group[0] is OTHER, -len(group[1])))
        return tuple(ReasonGroup(kind=kind, measures=tuple(items)) for kind, items in ordered)

    @property
    def to_review(self) -> tuple[Assessment, ...]:
        """The measures whose status a person should check (:attr:`Assessment.review`)."""
        return tuple(a for a in self.assessments if a.review)

    @property
    def untimely(self) -> tuple[Assessment, ...]:
        """The measures that report events outside their term."""
        return tuple(a for a in self.assessments if a.untimely_events)

    @property
    def indicators(self) -> tuple[tuple[str, Indicator], ...]:
        """Every count the outcomes report, with its measure as lists name it, in plan order.

        The measure is named by :attr:`Assessment.shown_number`, as the other
        lists name it: «II.2» where numbers begin again under each heading.
        """
        return tuple((a.shown_number, i) for a in self.assessments for i in a.indicators)

    @property
    def total(self) -> int:
        """The number of measures."""
        return sum(self.counts.values())

    @property
    def assessments(self) -> tuple[Assessment, ...]:
        """Every measure's assessment, in plan order."""
        return tuple(a for section in self.sections for a in section.assessments)

    def assessment(self, number: str) -> Assessment:
        """The assessment of the measure with this number or key.

        Raises:
            KeyError: no measure has that number.
        """
        key = number_key(number)
        for item in self.assessments:
            if item.key in (number, key) or number_key(item.number) == key:
                return item
        raise KeyError(number)


def resolve_as_of(plan: Plan, as_of: date | None) -> date:
    """The reporting date to use: ``as_of`` if given, else the plan's, else today."""
    if as_of is not None:
        return day_of(as_of, "as_of")
    return plan.as_of if plan.as_of is not None else date.today()


def summarize(
    plan: Plan, as_of: date | None = None, *, lexicon: Sequence[Cue] = LEXICON, level: int = 1
) -> Summary:
    """Assess every measure of ``plan`` and count the statuses.

    Args:
        plan: the plan or report.
        as_of: the reporting date; by default the plan's ``as_of``, else today.
        lexicon: the cues to read outcome texts with.
        level: the depth of the sections to count by: 1 (the default) for the
            top-level sections, 2 for the sections inside them, and so on.

    Returns:
        The summary, overall and per section.
    """
    day = resolve_as_of(plan, as_of)
    end = period_end(plan)
    return summary_of(
        plan,
        day,
        lambda m: assess(m, day, lexicon=lexicon, year=plan.year, period_end=end, plan=plan),
        level=level,
    )


def period_end(plan: Plan) -> date:
    """The last day of a plan's period: 31 December of its last year."""
    return date(plan.last_year, 12, 31)


def summary_of(
    plan: Plan, day: date, assessed: Callable[[Measure], Assessment], *, level: int = 1
) -> Summary:
    """The summary of ``plan`` as of ``day``, from the assessments ``assessed`` gives.

    A report assesses each measure once and hands its assessments here, so
    that its rows, colours and summary agree and cost one assessment each.
    """
    if level < 1:
        raise ValueError(f"level must be 1 or more, got {level}")
    sections = []
    for section, depth, measures in _groups(plan, level):
        items = tuple(assessed(m) for m in measures)
        sections.append(
            SectionSummary(
                number=section.number,
                title=section.title,
                counts=_count(items),
                rate=completion_rate(a.status for a in items),
                assessments=items,
                level=depth,
            )
        )
    everything = [a for s in sections for a in s.assessments]
    return Summary(
        as_of=day,
        counts=_count(everything),
        rate=completion_rate(a.status for a in everything),
        sections=tuple(sections),
    )


def _groups(plan: Plan, level: int) -> list[tuple[Section, int, list[Measure]]]:
    """The measures by their section of ``level``, or by the shallower section that holds them.

    Measures outside the headings beside them (an untitled section after
    others) are the section's around them, or at the top the plan's: one
    group of measures outside any heading.
    """
    groups: list[tuple[Section, int, list[Measure]]] = []
    held: dict[int, list[Measure]] = {}  # a section's (0: the plan's) own measures, by id
    around: list[Section] = []  # the sections that hold the current one, outermost first
    for section, depth in plan.walk():
        del around[depth - 1 :]
        outer = around[-1] if around else None
        around.append(section)
        if depth > level:
            continue
        if section.title is None and (outer is not None or 0 in held):
            into = held.get(id(outer) if outer is not None else 0)
            if into is not None:
                into.extend(section.measures)
            elif outer is not None:  # around it, a section with no measures of its own
                held[id(outer)] = list(section.measures)
                groups.append((outer, depth - 1, held[id(outer)]))
            continue
        if depth == level:
            measures = list(section.all_measures())
        elif section.measures:
            measures = list(section.measures)
        else:
            continue
        held[id(section) if section.title is not None else 0] = measures
        groups.append((section, depth, measures))
    return groups
