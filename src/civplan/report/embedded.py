"""The contract by which civplan's own reports carry what their table cannot show.

A printed report cannot show a plan's reporting date, a deadline's corrected
interval, an explicit status (unless a column shows it), a justification,
funding or notes, and a table gives back its cells without their outer
spaces. civplan's spreadsheet reports therefore carry exactly what the table
cannot give back, and its importers join that with the visible table. Every
convention of the round trip is a named function here:

- :func:`shown_text` — how a table cell gives a text back;
- :func:`carried` — what a report of a plan carries: the plan's own fields,
  every heading with its level (a table cannot show depth), and for each
  measure only what differs from what its row shows, keyed by the identity
  an importer reads from the table (:func:`civplan.model.outline.identify`);
- :func:`pieces` / :func:`read_pieces` — how that is written into, and read
  from, the hidden sheet ``civplan``: a marker cell, then JSON in cells;
- :func:`reconcile` — how a read table and what it carries become one plan:
  the visible table wins (a measure or heading added, removed, renumbered or
  reworded there is read as it stands); what is carried fills in what it
  cannot show, and headings it still shows take their carried levels;
- :func:`same_text` — when a visible text still says what was carried;
- :func:`stated_status` — when a status cell states a status of its own.
"""

from __future__ import annotations

import difflib
import json
import warnings
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from civplan._errors import CivplanWarning, DocumentError
from civplan._text import printable
from civplan.model.assess import assess
from civplan.model.deadline import Deadline
from civplan.model.outline import Entry, Heading, identify, outline, sections_from
from civplan.model.plan import Funding, Measure, Outcome, Plan, Target
from civplan.model.status import Status
from civplan.model.summary import period_end
from civplan.report.columns import ReportColumn

if TYPE_CHECKING:
    from civplan.report.table import ReportTable

SHEET = "civplan"
"""The name of the hidden sheet."""

MARKER = "civplan: what this report's table cannot show, format 3"
"""The first cell of the hidden sheet."""

PIECE = 30_000
"""Characters of JSON per cell (an XLSX cell holds 32,767)."""


@attrs.frozen
class CarriedOutcome:
    """What a measure's outcome holds beyond its cell: each part ``None`` when the cell has it."""

    text: str | None = None
    status: Status | None = None
    justification: str | None = None
    stated: str | None = None


@attrs.frozen
class CarriedMeasure:
    """What a measure holds beyond its row; ``None`` (or empty) where the row shows it exactly."""

    title: str | None = None
    deadline: Deadline | None = None
    responsible: tuple[str, ...] | None = None
    expected_result: str | None = None
    performance_indicator: str | None = None
    funding: tuple[Funding, ...] = ()
    targets: tuple[Target, ...] = ()
    notes: tuple[str, ...] = ()
    outcome: CarriedOutcome | None = None
    ref: str | None = None
    auto_numbered: bool = False


@attrs.frozen
class Carried:
    """What a report carries besides its table.

    Attributes:
        plan: the plan's own fields (its sections are in the table).
        headings: every heading of the plan in order, with its level.
        measures: by the identity the table gives each measure, what it
            holds beyond its row.
        status_as_of: the date the report's status column was assessed for, if it has one.
        untitled: where the measures outside the headings before them begin
            (an untitled section after others, which the table shows no row
            for): its level, and the identity of its first measure in the table.
    """

    plan: Plan
    headings: tuple[Heading, ...] = ()
    measures: dict[str, CarriedMeasure] = attrs.Factory(dict)
    status_as_of: date | None = None
    untitled: tuple[tuple[int, str], ...] = ()


NAMESPACE = "urn:civplan:report"
"""The namespace of the custom XML part in which a Word report carries the same pieces."""
SUMMARY_TAG = "civplan-summary"
"""The tag of the content control that holds a Word report's summary, which is no plan."""


def shown_text(text: str) -> str:
    """A text as every reader gives a table cell back.

    Without outer spaces or unprintable characters, and without tabs, which
    python-calamine does not read from ODS.
    """
    return printable(text).replace("\t", "").strip()


def table_keys(entries: Sequence[Entry]) -> list[str | None]:
    """The identity an importer gives each measure of an outline it reads from a table."""
    refs = identify(entries)
    return [
        (ref or entry.compared_number) if isinstance(entry, Measure) else None
        for entry, ref in zip(entries, refs, strict=True)
    ]


def carried(plan: Plan, *, shown: Collection[ReportColumn], status_as_of: date | None) -> Carried:
    """What a report of ``plan`` cannot show, given the columns it shows."""
    entries = list(outline(plan))
    measures = {}
    for entry, key in zip(entries, table_keys(entries), strict=True):
        if isinstance(entry, Measure) and key is not None:
            extra = _carried_measure(entry, key, plan, shown)
            if extra != CarriedMeasure():
                measures[key] = extra
    return Carried(
        plan=attrs.evolve(plan, sections=()),
        headings=tuple(e for e in entries if isinstance(e, Heading) and e.title is not None),
        measures=measures,
        status_as_of=status_as_of,
        untitled=_untitled(entries),
    )


def _is_end(entry: Entry) -> bool:
    """Whether an outline's entry is the end of the headings before it (no row of a table)."""
    return isinstance(entry, Heading) and entry.title is None


def _untitled(entries: Sequence[Entry]) -> tuple[tuple[int, str], ...]:
    """Each end of headings: its level, and the identity its next measure has in a table."""
    shown = [e for e in entries if not _is_end(e)]
    if len(shown) == len(entries):
        return ()  # most plans: nothing to find, and no second pass over the outline
    keys = iter(table_keys(shown))
    found = []
    level: int | None = None
    for entry in entries:
        if _is_end(entry):
            level = entry.level  # type: ignore[union-attr]
            continue
        key = next(keys)
        if isinstance(entry, Heading):
            level = None
        elif level is not None and key is not None:
            found.append((level, key))
            level = None
    return tuple(found)


def _place_untitled(shown: list[Entry], untitled: Sequence[tuple[int, str]]) -> list[Entry]:
    """The entries a table shows, each carried end of headings before the measure it precedes."""
    if not untitled:
        return shown
    ends = {key: level for level, key in untitled}
    placed: list[Entry] = []
    for entry, key in zip(shown, table_keys(shown), strict=True):
        if key is not None and key in ends:
            placed.append(Heading(level=ends[key], number=None, title=None))
        placed.append(entry)
    return placed


def _unless_shown(
    value: str | None, column: ReportColumn, shown: Collection[ReportColumn]
) -> str | None:
    if value is not None and column in shown and value == shown_text(value):
        return None
    return value


def _carried_measure(
    measure: Measure, key: str, plan: Plan, shown: Collection[ReportColumn]
) -> CarriedMeasure:
    read_back = Deadline.parse(
        shown_text(measure.deadline.text), year=plan.year, end_year=plan.end_year
    )
    if ReportColumn.RESPONSIBLE in shown:
        # a table shows executors one per line, and an importer reads «;» as between two
        exact = all(
            r and r == shown_text(r) and "\n" not in r and ";" not in r for r in measure.responsible
        )
        responsible = None if exact else measure.responsible
    else:
        responsible = measure.responsible or None
    return CarriedMeasure(
        title=None if measure.title == shown_text(measure.title) else measure.title,
        deadline=None if read_back == measure.deadline else measure.deadline,
        responsible=responsible,
        expected_result=_unless_shown(measure.expected_result, ReportColumn.EXPECTED_RESULT, shown),
        performance_indicator=_unless_shown(
            measure.performance_indicator, ReportColumn.INDICATOR, shown
        ),
        funding=measure.funding,
        targets=measure.targets,
        notes=measure.notes,
        outcome=_carried_outcome(measure, shown),
        ref=measure.ref if measure.key != key else None,
        auto_numbered=measure.auto_numbered,
    )


def _carried_outcome(measure: Measure, shown: Collection[ReportColumn]) -> CarriedOutcome | None:
    outcome = measure.outcome
    if outcome is None:
        return None
    text: str | None = outcome.text
    if ReportColumn.OUTCOME in shown and outcome.text and outcome.text == shown_text(outcome.text):
        text = None  # the cell shows it as it is
    result = CarriedOutcome(
        text=text,
        status=outcome.status,
        justification=outcome.justification,
        stated=outcome.stated,
    )
    return None if result == CarriedOutcome() else result


def pieces(plan: Plan, *, shown: Collection[ReportColumn], status_as_of: date | None) -> list[str]:
    """The cells of the hidden sheet, top to bottom, for a report of ``plan``."""
    from civplan.serialize.documents import converter

    data = converter().unstructure(carried(plan, shown=shown, status_as_of=status_as_of))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return [MARKER, *(text[i : i + PIECE] for i in range(0, len(text), PIECE))]


def report_pieces(table: ReportTable) -> list[str]:
    """The pieces a report drawn from ``table`` carries: its plan, the date of its statuses."""
    plan = table.plan
    shown_status = table.status_column is not None
    status_as_of = table.as_of if shown_status else None
    return pieces(plan, shown=set(table.columns), status_as_of=status_as_of)


def read_pieces(cells: Sequence[Any], source: str) -> Carried | None:
    """What the cells of a hidden sheet carry, or ``None`` when they are not civplan's.

    A sheet an older civplan wrote is read as a plain table, with a warning.

    Raises:
        DocumentError: the cells start with the marker but carry nothing valid.
    """
    texts = [cell if isinstance(cell, str) else "" for cell in cells]
    if len(texts) < 2 or texts[0] != MARKER:
        if texts and texts[0].startswith("civplan: what this report's table cannot show"):
            warnings.warn(
                CivplanWarning(
                    f"{source}: written by another version of civplan; "
                    "read from its visible table only"
                ),
                stacklevel=2,
            )
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
    problems = _levels_astray(found)
    if problems:
        raise DocumentError(where, problems)
    return found


def _levels_astray(found: Carried) -> list[str]:
    """The carried headings whose level no outline has: below 1, or deeper than one step more.

    civplan writes each heading at most one level below the one before it; a
    damaged sheet's «level: 2000000000» would make the outline that deep.
    """
    problems = []
    deepest = 0
    for index, heading in enumerate(found.headings):
        if not 1 <= heading.level <= deepest + 1:
            problems.append(f"headings[{index}]: level {heading.level} after level {deepest}")
        deepest = heading.level
    top = max((h.level for h in found.headings), default=0)
    problems.extend(
        f"untitled[{index}]: level {level}, no heading that deep"
        for index, (level, _key) in enumerate(found.untitled)
        if not 1 <= level <= top
    )
    return problems[:_SHOWN]


_SHOWN = 8
"""The most problems an error lists: a damaged sheet may have thousands."""


def same_text(visible: str, carried: str) -> bool:
    """Whether two texts say the same, whatever their whitespace."""
    return "".join(visible.split()) == "".join(carried.split())


@attrs.frozen
class Shown:
    """What a report's visible table gave, before what the report carries completes it.

    Attributes:
        entries: its headings and measures, in order.
        title: the title lines above it.
        territory: the territory they name.
        notes: what could not be placed.
    """

    entries: Sequence[Entry]
    title: str
    territory: str | None = None
    notes: tuple[str, ...] = ()


def reconcile(shown: Shown, extra: Carried, columns: Collection[ReportColumn]) -> Plan:
    """The plan the visible table shows, completed with what the report carries.

    Args:
        shown: what the visible table gave.
        extra: what the report carries besides its table.
        columns: the columns the visible table has.
    """
    status_shown = ReportColumn.STATUS in columns and extra.status_as_of is not None
    visible = [e for e in shown.entries if not _is_end(e)]  # the carried ends replace these
    entries = _place_untitled(_carried_levels(visible, extra.headings), extra.untitled)
    statuses: list[tuple[int, Measure, Outcome | None]] = []  # those whose status cell is read
    # the identities the corrected headings give, as carried() gave them
    for index, ref in enumerate(identify(entries)):
        entry = entries[index]
        if not isinstance(entry, Measure):
            continue
        key = ref or entry.compared_number
        known = extra.measures.get(key)
        if known is not None or status_shown:
            built = entries[index] = _measure(
                attrs.evolve(entry, ref=ref), known or _NOTHING, columns
            )
            if status_shown:
                statuses.append((index, built, entry.outcome))
        elif ref != entry.ref:
            entries[index] = attrs.evolve(entry, ref=ref)
    original = extra.plan
    same_title = same_text(shown.title, original.title)
    plan = attrs.evolve(
        original,
        title=original.title if same_title else shown.title,
        territory=original.territory if same_title else shown.territory,
        notes=[*original.notes, *(n for n in shown.notes if n not in original.notes)],
        sections=sections_from(entries),
    )
    if not statuses:
        return plan
    # a status cell is judged against the status the whole plan gave: a report that points
    # to another measure's («Див. п. 1.2») was shown that one's
    for index, measure, outcome in statuses:
        entries[index] = stated_status(measure, outcome, extra, plan)
    return attrs.evolve(plan, sections=sections_from(entries))


def _carried_levels(entries: list[Entry], headings: Sequence[Heading]) -> list[Entry]:
    """The entries, each heading the table still shows as carried replaced by the carried one."""
    shown = [i for i, e in enumerate(entries) if isinstance(e, Heading)]
    texts = ["".join(entries[i].text.split()) for i in shown]  # type: ignore[union-attr]
    known = ["".join(h.text.split()) for h in headings]
    matcher = difflib.SequenceMatcher(a=texts, b=known, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            entries[shown[block.a + offset]] = headings[block.b + offset]
    return entries


_NOTHING = CarriedMeasure()


def _measure(shown: Measure, extra: CarriedMeasure, columns: Collection[ReportColumn]) -> Measure:
    title = shown.title
    if extra.title is not None and same_text(shown.title, extra.title):
        title = extra.title
    deadline = shown.deadline
    if extra.deadline is not None and same_text(shown.deadline.text, extra.deadline.text):
        deadline = extra.deadline
    responsible = shown.responsible
    if extra.responsible is not None:
        visible = [" ".join(r.split()) for r in shown.responsible]
        known = [" ".join(p.split()) for r in extra.responsible for p in r.split(";") if p.strip()]
        if ReportColumn.RESPONSIBLE not in columns or visible == known:
            responsible = extra.responsible
    return Measure(
        number=shown.number,
        title=title,
        deadline=deadline,
        responsible=responsible,
        expected_result=_filled(shown.expected_result, extra.expected_result),
        performance_indicator=_filled(shown.performance_indicator, extra.performance_indicator),
        funding=extra.funding or shown.funding,
        targets=extra.targets,
        outcome=_outcome(shown.outcome, extra),
        notes=_notes(shown.notes, extra.notes),
        ref=extra.ref if extra.ref is not None else shown.ref,
        auto_numbered=extra.auto_numbered,
    )


def _notes(shown: Sequence[str], carried: Sequence[str]) -> list[str]:
    """The carried notes, and those the table shows besides them (a notes column says the same)."""
    if same_text("".join(shown), "".join(carried)):
        return list(carried)
    return [*carried, *(n for n in shown if not any(same_text(n, k) for k in carried))]


def _filled(shown: str | None, carried: str | None) -> str | None:
    """The carried text where the table shows the same or nothing, else the table's."""
    if carried is None:
        return shown
    return carried if shown is None or same_text(shown, carried) else shown


def _outcome(shown: Outcome | None, extra: CarriedMeasure) -> Outcome | None:
    carried = extra.outcome
    if carried is None:  # a status the table shows is judged by stated_status
        if shown is None or (not shown.text and shown.justification is None):
            return None
        return shown if shown.status is None else attrs.evolve(shown, status=None, stated=None)
    text = shown.text if shown is not None else ""
    if carried.text is not None and same_text(text, carried.text):
        text = carried.text
    return Outcome(
        text=text,
        status=carried.status,
        justification=carried.justification,
        stated=carried.stated,
    )


def stated_status(measure: Measure, shown: Outcome | None, carried: Carried, plan: Plan) -> Measure:
    """A status cell states a status only when it differs from the one the report showed.

    ``plan``: the plan the report shows, which the measure is assessed in.
    """
    stated = shown.status if shown is not None else None
    if stated is None or carried.status_as_of is None:
        return measure
    shown_status = assess(
        measure, carried.status_as_of, year=plan.year, period_end=period_end(plan), plan=plan
    ).status
    if shown_status == stated:
        return measure
    outcome = measure.outcome or Outcome()
    return attrs.evolve(
        measure,
        outcome=attrs.evolve(outcome, status=stated, stated=shown.stated if shown else None),
    )
