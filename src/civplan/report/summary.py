"""The summary as a report shows it, in Ukrainian or English, whatever the format.

:func:`summary_blocks` turns a :class:`~civplan.Summary` into heading lines
and tables: statuses (the chart's data), sections, overdue measures, reasons
grouped by kind, events outside their term, reported counts and planned
targets. The spreadsheet formats draw them on a «Підсумки» («Summary») sheet,
the text format below its table. Cells that hold numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from civplan._text import printable
from civplan._vocabulary import Lang, say
from civplan.model.language import format_date, format_interval
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.model.summary import Summary

Cell = str | int | float


def word(key: str, lang: Lang) -> str:
    """A word of the summary in ``lang``."""
    return say(f"summary.{key}", lang)


@attrs.frozen
class Block:
    """A titled table of the summary.

    Attributes:
        title: what the table shows.
        header: the column captions.
        rows: the rows; numbers stay numbers.
    """

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def rate_text(rate: float | None, lang: Lang) -> str:
    """A completion rate as text: «90,0 %», "90.0 %", or a dash."""
    if rate is None:
        return "—"
    text = f"{rate:.1f} %"
    return text.replace(".", ",") if lang == "uk" else text


def heading(summary: Summary, lang: Lang) -> list[str]:
    """The summary's title, date and completion rate."""
    return [
        word("title", lang),
        f"{word('as_of', lang)} {format_date(summary.as_of, lang)}",
        f"{word('rate', lang)}: {rate_text(summary.rate, lang)}",
        f"{word('review', lang)}: {len(summary.to_review)}",
    ]


def summary_blocks(summary: Summary, plan: Plan, lang: Lang) -> list[Block]:
    """The summary's tables; the first (statuses, every status listed) is the chart's data.

    In every table the long texts (titles, events, units) are in the second column.
    Texts are cleaned of what no document can hold (the report table warned of it).
    """
    blocks = [_statuses(summary, lang), _sections(summary, lang)]
    blocks.extend(block for block in _lists(summary, plan, lang) if block.rows)
    return [_printable(block) for block in blocks]


def _printable(block: Block) -> Block:
    rows = tuple(
        tuple(printable(cell) if isinstance(cell, str) else cell for cell in row)
        for row in block.rows
    )
    return attrs.evolve(block, rows=rows)


def _statuses(summary: Summary, lang: Lang) -> Block:
    rows: list[tuple[Cell, ...]] = [
        (status.label(lang), summary.counts[status]) for status in Status
    ]
    rows.append((word("total", lang), summary.total))
    return Block(word("statuses", lang), (word("status", lang), word("count", lang)), tuple(rows))


def _sections(summary: Summary, lang: Lang) -> Block:
    shown = [status for status in Status if summary.counts[status]]
    header = (
        word("number", lang),
        word("section", lang),
        word("count", lang),
        *(status.label(lang) for status in shown),
        word("rate_percent", lang),
    )
    rows = []
    for section in summary.sections:
        rate: Cell = round(section.rate, 1) if section.rate is not None else "—"
        counts = (section.counts[status] for status in shown)
        title = section.title if section.title is not None else word("no_heading", lang)
        rows.append((section.number or "—", title, section.total, *counts, rate))
    return Block(word("sections", lang), header, tuple(rows))


def _term(plan: Plan, number: str, lang: Lang) -> str:
    deadline = plan.measure(number).deadline
    text = " ".join(deadline.text.split())
    if deadline.start is not None and deadline.end is not None:
        return f"{text} ({format_interval(deadline.start, deadline.end, lang)})"
    return text


def _lists(summary: Summary, plan: Plan, lang: Lang) -> Iterator[Block]:
    yield Block(
        word("overdue", lang),
        (word("number", lang), word("measure", lang), word("deadline", lang)),
        tuple(
            (
                a.shown_number,
                plan.measure(a.key or a.number).title,
                _term(plan, a.key or a.number, lang),
            )
            for a in summary.overdue
        ),
    )
    yield Block(
        word("reasons", lang),
        (word("reason", lang), word("count", lang), word("measures", lang)),
        tuple(
            (group.kind.label(lang), len(group.measures), ", ".join(n for n, _ in group.measures))
            for group in summary.reasons
        ),
    )
    yield Block(
        word("untimely", lang),
        (word("number", lang), word("event", lang), word("dates", lang), word("deadline", lang)),
        tuple(
            (a.shown_number, event.text, event.phrase, _term(plan, a.key or a.number, lang))
            for a in summary.untimely
            for event in a.untimely_events
        ),
    )
    yield Block(
        word("indicators", lang),
        (word("number", lang), word("unit", lang), word("value", lang)),
        tuple((number, i.unit, _number(i.value)) for number, i in summary.indicators),
    )
    yield Block(
        word("targets", lang),
        (
            word("number", lang),
            word("unit", lang),
            word("target", lang),
            word("actual", lang),
            word("met", lang),
        ),
        tuple(
            (
                a.shown_number,
                check.target.unit,
                _number(check.target.value),
                _number(check.actual) if check.actual is not None else "—",
                word("unknown" if check.met is None else "yes" if check.met else "no", lang),
            )
            for a in summary.assessments
            for check in a.targets
        ),
    )


def _number(value: object) -> Cell:
    number = float(str(value))
    return int(number) if number.is_integer() else number
