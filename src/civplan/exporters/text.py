"""Plain text: the report as an aligned, wrapped table for terminals and e-mail.

The table is drawn with box-drawing characters to a configurable width,
counting columns as a terminal shows them (Cyrillic one, East Asian wide
characters two). Title lines are centred above it; section rows span it.
The same drawing serves the command line's status table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import IO

import attrs

from civplan.exporters.layout import MeasureRow, ReportColumn, ReportOptions, report_table
from civplan.exporters.textwidth import display_width, pad, wrap
from civplan.model.language import Lang, format_date
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.model.summary import Summary

MIN_WIDTH = 40

_FLOORS = {ReportColumn.NUMBER: 5, ReportColumn.DEADLINE: 11, ReportColumn.STATUS: 10}


def _check_width(_instance: object, _attribute: object, value: int) -> None:
    if not isinstance(value, int) or value < MIN_WIDTH:
        raise ValueError(f"width must be a whole number of at least {MIN_WIDTH} columns")


@attrs.frozen
class TextOptions(ReportOptions):
    """Options of the text report: those of every report, and its width.

    Attributes:
        width: the whole table's width in terminal columns (at least 40).
    """

    width: int = attrs.field(default=100, validator=_check_width)


class TextExporter:
    """Plain text: the report as an aligned, wrapped table for terminals and e-mail."""

    name = "text"
    extensions = (".txt",)
    media_type = "text/plain"
    binary = False
    options_type = TextOptions

    def export(self, plan: Plan, stream: IO[str], options: TextOptions) -> None:
        """Write the report to a text stream, one line at a time."""
        for line in render_report(plan, options):
            stream.write(line)
            stream.write("\n")


def render_report(plan: Plan, options: TextOptions) -> Iterator[str]:
    """The lines of the text report."""
    table = report_table(plan, options)
    for line in table.title_lines:
        yield from centred(line, options.width)
    yield ""
    floors = [_FLOORS.get(column, 8) for column in table.columns]
    widths = column_widths(table.widths, floors, options.width)
    body = (row.cells if isinstance(row, MeasureRow) else row.text for row in table.rows())
    yield from draw_table(table.header, body, widths)


def centred(line: str, width: int) -> Iterator[str]:
    """``line`` wrapped to ``width`` and centred."""
    for part in wrap(line, width):
        yield (" " * ((width - display_width(part)) // 2) + part).rstrip()


def column_widths(weights: Sequence[int], floors: Sequence[int], width: int) -> list[int]:
    """Each column's content width, so that the bordered table is ``width`` wide.

    Columns share the width by weight, but none gets less than its floor;
    the widest column gives or takes what is left over.
    """
    content = width - 3 * len(weights) - 1
    total = sum(weights)
    widths = [max(floor, w * content // total) for floor, w in zip(floors, weights, strict=True)]
    widths[widths.index(max(widths))] += content - sum(widths)
    return widths


def draw_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str] | str],
    widths: Sequence[int],
    *,
    ruled: bool = True,
) -> Iterator[str]:
    """A bordered table: ``header``, then ``rows``; a row given as one text spans the table.

    With ``ruled`` false, a line is drawn only below the header.
    """
    inner = sum(widths) + 3 * len(widths) - 3
    yield _border("┌", "┬", "┐", widths, above=False, below=True)
    yield from _split_row(header, widths)
    previous_split = True
    for index, row in enumerate(rows):
        split = not isinstance(row, str)
        if ruled or index == 0 or not (split and previous_split):
            yield _border("├", "┼", "┤", widths, above=previous_split, below=split)
        if isinstance(row, str):
            for part in wrap(row.replace("\t", " "), inner):
                yield f"│ {pad(part, inner)} │"
        else:
            yield from _split_row(row, widths)
        previous_split = split
    yield _border("└", "┴", "┘", widths, above=previous_split, below=False)


def _split_row(cells: Sequence[str], widths: Sequence[int]) -> Iterator[str]:
    wrapped = [wrap(cell.replace("\t", " "), w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    for index in range(height):
        parts = [
            pad(lines[index] if index < len(lines) else "", w)
            for lines, w in zip(wrapped, widths, strict=True)
        ]
        yield "│ " + " │ ".join(parts) + " │"


_JUNCTIONS = {(True, True): "┼", (True, False): "┴", (False, True): "┬", (False, False): "─"}


def _border(
    left: str, middle: str, right: str, widths: Sequence[int], *, above: bool, below: bool
) -> str:
    joint = _JUNCTIONS[(above, below)] if left == "├" else (middle if above or below else "─")
    return left + joint.join("─" * (w + 2) for w in widths) + right


_SUMMARY_WORDS: dict[Lang, tuple[str, str]] = {
    "uk": ("Підсумок станом на", "рівень виконання"),
    "en": ("Summary as of", "completion rate"),
}


def summary_lines(summary: Summary, lang: Lang = "uk") -> Iterator[str]:
    """The summary as lines: the date, each status's count, the completion rate."""
    heading, rate_word = _SUMMARY_WORDS[lang]
    yield f"{heading} {format_date(summary.as_of, lang)}:"
    for status in Status:
        if summary.counts[status]:
            yield f"  {status.label(lang)}: {summary.counts[status]}"
    if summary.rate is None:
        rate = "—"
    else:
        rate = f"{summary.rate:.1f} %"
        rate = rate.replace(".", ",") if lang == "uk" else rate
    yield f"  {rate_word}: {rate}"
