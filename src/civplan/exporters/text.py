"""Plain text: the report as an aligned, wrapped table for terminals and e-mail.

The table is drawn with box-drawing characters to a configurable width,
counting columns as a terminal shows them (Cyrillic one, East Asian wide
characters two). Title lines are centred above it; section rows span it.
The same drawing serves :func:`status_table`, what ``civplan status`` prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import starmap, zip_longest
from typing import IO, NamedTuple

import attrs

from civplan._vocabulary import say
from civplan.model.language import Lang, format_short_interval
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.model.summary import Summary, summarize
from civplan.report.columns import WIDEST_NUMBER, ReportColumn
from civplan.report.form import heading_look
from civplan.report.options import ReportOptions
from civplan.report.summary import heading, summary_blocks
from civplan.report.table import MeasureRow, report_table
from civplan.report.textwidth import (
    display_width,
    is_narrow,
    pad,
    wrap,
    wrap_known,
    wrap_narrow,
)

MIN_WIDTH = 40
MIN_COLUMN = 1
"""The narrowest a column may be drawn."""
_DEADLINE_FLOOR = 11
"""The deadline column's narrowest content width; a longer word of a term («щоквартально»)
widens it, up to :data:`_WIDEST_TERM_WORD`, to stay whole."""
_WIDEST_TERM_WORD = 14


@lru_cache(maxsize=2)
def _status_floor(lang: Lang) -> int:
    """The status column's floor: its longest word («актуальність», «(потребує»), unbroken."""
    labels = [status.label(lang) for status in Status] + [f"({say('report.review', lang)})"]
    return max(display_width(word) for label in labels for word in label.split())


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
        """Write the report to a text stream, a thousand table rows at a time."""
        batch: list[str] = []
        for text in render_report(plan, options):
            batch.append(text)
            if len(batch) >= 1024:
                stream.write("\n".join(batch))
                stream.write("\n")
                batch.clear()
        if batch:
            stream.write("\n".join(batch))
            stream.write("\n")


def render_report(plan: Plan, options: TextOptions) -> Iterator[str]:
    """The text report, as texts to join with line breaks (a table row may hold several lines)."""
    table = report_table(plan, options)
    for line in table.title_lines:
        yield from centred(line, options.width)
    yield ""
    longest = 0
    term_word = 0
    for measure in plan.measures():
        longest = max(longest, display_width(measure.number))
        term = measure.deadline.text
        if len(term) > _DEADLINE_FLOOR:  # most terms are short: «ІV квартал»
            term_word = max(term_word, 0, *map(display_width, term.split()))
    floors = [
        min(max(longest, 5), WIDEST_NUMBER)
        if column is ReportColumn.NUMBER
        else _status_floor(options.lang)
        if column is ReportColumn.STATUS
        else min(max(term_word, _DEADLINE_FLOOR), _WIDEST_TERM_WORD)
        if column is ReportColumn.DEADLINE
        else 8
        for column in table.columns
    ]
    widths = column_widths(table.widths, floors, options.width)
    body = (
        row.cells
        if isinstance(row, MeasureRow)
        else Spanning(row.text, heading_look(row.level).indent)
        for row in table.rows()
    )
    yield from draw_table(table.header, body, widths)
    if options.summary:
        yield ""
        yield from render_summary(table.summary(), plan, options.lang, options.width)


def centred(line: str, width: int) -> Iterator[str]:
    """``line`` wrapped to ``width`` and centred."""
    for part in wrap(line, width):
        yield (" " * ((width - display_width(part)) // 2) + part).rstrip()


def column_widths_unchecked(weights: Sequence[int], floors: Sequence[int], width: int) -> list[int]:
    """The columns' widths by weight and floor, the widest taking what is left (maybe < 1)."""
    content = width - 3 * len(weights) - 1
    total = sum(weights)
    widths = [max(floor, w * content // total) for floor, w in zip(floors, weights, strict=True)]
    widths[widths.index(max(widths))] += content - sum(widths)
    return widths


def column_widths(weights: Sequence[int], floors: Sequence[int], width: int) -> list[int]:
    """Each column's content width, so that the bordered table is ``width`` wide.

    Columns share the width by weight, but none gets less than its floor;
    the widest column gives or takes what is left over.
    """
    widths = column_widths_unchecked(weights, floors, width)
    if min(widths) < MIN_COLUMN:
        least = width + 1
        while min(column_widths_unchecked(weights, floors, least)) < MIN_COLUMN:
            least += 1
        raise ValueError(
            f"{len(weights)} columns do not fit in {width} characters: give a width of "
            f"at least {least}, or fewer columns"
        )
    return widths


class Spanning(NamedTuple):
    """A row that spans the whole table: a heading, indented by ``indent`` steps of two spaces."""

    text: str
    indent: int = 0


def draw_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str] | Spanning],
    widths: Sequence[int],
    *,
    ruled: bool = True,
) -> Iterator[str]:
    """A bordered table: ``header``, then ``rows``; a :class:`Spanning` row spans the table.

    Yields a text per table row or rule, without a final line break; a table
    row of several lines comes as one text. With ``ruled`` false, a rule is
    drawn only below the header.
    """
    inner = sum(widths) + 3 * len(widths) - 3
    rules = {
        (above, below): _border("├", "┼", "┤", widths, above=above, below=below)
        for above in (True, False)
        for below in (True, False)
    }
    yield _border("┌", "┬", "┐", widths, above=False, below=True)
    yield _split_row(header, widths)
    previous_split = True
    for index, row in enumerate(rows):
        split = not isinstance(row, Spanning)
        if ruled or index == 0 or not (split and previous_split):
            yield rules[(previous_split, split)]
        if isinstance(row, Spanning):
            margin = " " * min(2 * row.indent, inner // 2)
            yield "\n".join(
                f"│ {pad(margin + part, inner)} │"
                for part in wrap(row.text.replace("\t", " "), inner - len(margin))
            )
        else:
            yield _split_row(row, widths)
        previous_split = split
    yield _border("└", "┴", "┘", widths, above=previous_split, below=False)


def _split_row(cells: Sequence[str], widths: Sequence[int]) -> str:
    """A row of cells as its lines, joined by line breaks."""
    if not is_narrow("".join(cells)):  # one scan for the whole row
        return _split_wide_row(cells, widths)
    # the common case: one column per character, padded by str.format
    columns: list[Sequence[str]] = []
    height = 1
    for text, width in zip(cells, widths, strict=True):
        if len(text) <= width and "\n" not in text and "  " not in text and text.strip() == text:
            columns.append((text,))  # a line as it is
            continue
        lines: list[str] = []
        for paragraph in text.split("\n"):
            wrap_narrow(paragraph, width, lines)
        columns.append(lines)
        if len(lines) > height:
            height = len(lines)
    template = _template(tuple(widths))
    if height == 1:
        return template.format(*[lines[0] for lines in columns])
    return "\n".join(starmap(template.format, zip_longest(*columns, fillvalue="")))


def _split_wide_row(cells: Sequence[str], widths: Sequence[int]) -> str:
    columns = []
    for cell, width in zip(cells, widths, strict=True):
        text = cell.replace("\t", " ")
        columns.append(wrap_known(text, width, narrow=is_narrow(text)))
    return "\n".join(
        "│ " + " │ ".join(pad(part, w) for part, w in zip(line, widths, strict=True)) + " │"
        for line in zip_longest(*columns, fillvalue="")
    )


@lru_cache(maxsize=64)
def _template(widths: tuple[int, ...]) -> str:
    return "│ " + " │ ".join(f"{{:<{w}}}" for w in widths) + " │"


_JUNCTIONS = {(True, True): "┼", (True, False): "┴", (False, True): "┬", (False, False): "─"}


def _border(
    left: str, middle: str, right: str, widths: Sequence[int], *, above: bool, below: bool
) -> str:
    joint = _JUNCTIONS[(above, below)] if left == "├" else (middle if above or below else "─")
    return left + joint.join("─" * (w + 2) for w in widths) + right


def render_summary(summary: Summary, plan: Plan, lang: Lang, width: int) -> Iterator[str]:
    """The summary as text: its heading, then each of its tables (statuses with none left out)."""
    yield from heading(summary, lang)
    for index, block in enumerate(summary_blocks(summary, plan, lang)):
        rows = [tuple(_cell_text(cell, lang) for cell in row) for row in block.rows]
        if index == 0:  # the statuses: only those that occur
            rows = [row for row in rows if row[1] != "0"]
        header = block.header
        if 10 * len(header) + 1 > width:  # too many columns: keep the first three and the last
            header = (*header[:3], header[-1])
            rows = [(*row[:3], row[-1]) for row in rows]
        yield ""
        yield block.title
        yield from draw_table(header, rows, fitted_widths(header, rows, width), ruled=False)


def _cell_text(cell: object, lang: Lang) -> str:
    if isinstance(cell, float):
        text = f"{cell:g}"
        return text.replace(".", ",") if lang == "uk" else text
    return str(cell)


def fitted_widths(header: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    """Each column as wide as its widest line (or caption word), the widest narrowed to fit."""
    natural = [
        max(
            [display_width(word) for word in caption.split()]
            + [display_width(line) for text in column for line in text.split("\n")]
        )
        for caption, *column in zip(header, *rows, strict=True)
    ]
    room = width - 3 * len(natural) - 1
    widths = list(natural)
    while sum(widths) > room and max(widths) > 3:
        widths[widths.index(max(widths))] -= 1
    return widths


def status_table(
    plan: Plan, as_of: date | None = None, *, lang: Lang = "uk", width: int = 100
) -> str:
    """Where each measure stands, as a text table, followed by the plan's summary.

    Each measure's number (where the number repeats under several headings,
    the key that tells it apart: «ІІ.1»), its title shortened to one line, its
    deadline with the interval civplan read from it, and its status — what
    ``civplan status`` prints.

    Args:
        plan: the plan or report.
        as_of: the reporting date; by default the plan's, else today.
        lang: the language of captions, dates and statuses.
        width: the table's width in terminal columns (at least 40).
    """
    if width < MIN_WIDTH:
        raise ValueError(f"width must be at least {MIN_WIDTH} columns")
    summary = summarize(plan, as_of)
    rows = []
    for measure, item in zip(plan.measures(), summary.assessments, strict=True):
        deadline = measure.deadline
        term = " ".join(deadline.text.split())
        if not term:
            term = "—"  # no deadline given: nothing to read
        elif deadline.start is not None and deadline.end is not None:
            term = f"{term}: {format_short_interval(deadline.start, deadline.end, lang)}"
        elif not deadline.understood:
            term = f"{term}: {say('cli.not_understood', lang)}"
        title = " ".join(measure.title.split())
        # a flat list has no headings: a number repeated under several shows its key («ІІ.1»)
        number = measure.key if measure.ref else measure.number
        rows.append([number, title, term, item.status.label(lang)])
    header = (
        say("cli.number", lang),
        ReportColumn.TITLE.caption(lang),
        ReportColumn.DEADLINE.caption(lang),
        ReportColumn.STATUS.caption(lang),
    )
    number_width = max(display_width(text) for text in [header[0]] + [r[0] for r in rows])
    status_width = max(display_width(text) for text in [header[3]] + [r[3] for r in rows])
    room = max(20, width - 13 - number_width - status_width)
    natural = max(display_width(line) for row in rows for line in row[2].split("\n"))
    term_width = max(10, min(natural, room // 2))
    title_width = max(10, room - term_width)
    for row in rows:
        row[1] = shorten(row[1], title_width)
    widths = (number_width, title_width, term_width, status_width)
    lines = list(draw_table(header, rows, widths, ruled=False))
    lines.append("")
    lines.extend(render_summary(summary, plan, lang, width))
    return "\n".join(lines)


def shorten(text: str, width: int) -> str:
    """``text`` cut to ``width`` terminal columns, ending in «…» where it was cut."""
    if display_width(text) <= width:
        return text
    used = 0
    for index, char in enumerate(text):
        used += display_width(char)
        if used > width - 1:
            return text[:index].rstrip() + "…"
    return text
