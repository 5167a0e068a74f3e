"""How civplan understands a document's tables, shared by every table importer.

:func:`understand` reads a :class:`~civplan.importers.document.Document` —
its paragraphs and tables — into a plan, and says how it read it: the title
and preamble, each table's header rows, what each column holds and why, and
each row's role (:class:`Explanation`). Everything it had to guess — a
column read by its cells, rows joined to the measure above, numbers given by
position, numbers repeated or out of order — is a
:class:`~civplan.CivplanWarning` that names the place; a document in which
it finds no measure is a :class:`~civplan.DocumentError` that says what it
found.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import IO, NamedTuple

import attrs

from civplan._errors import CivplanWarning, DocumentError, ReportDateWarning
from civplan._limits import current
from civplan._vocabulary import VOCABULARY
from civplan.importers.captions import (
    ACTUAL,
    BASELINE,
    FUNDING_SOURCE,
    FUNDING_YEAR,
    PLANNED,
    SHARE_DONE,
    UNIT,
    caption_fields,
    kept_as_notes,
    names_reasons,
    normalize_caption,
    value_kind,
)
from civplan.importers.cards import (
    LABEL,
    Card,
    CardRun,
    cards_as_table,
    labelled_text,
    paragraph_cards,
    read_cards,
)
from civplan.importers.content import Reading, amount, names_executor, read_column, says_none
from civplan.importers.document import (
    LISTED,
    ORDINAL,
    Block,
    Document,
    Grid,
    Paragraph,
    is_furniture,
    is_page_chrome,
    is_signature,
    listing,
    signed_by_office,
)
from civplan.importers.fields import (
    DEADLINE,
    EXPECTED,
    FUNDING,
    INDICATOR,
    MARKS,
    NOTES,
    NUMBER,
    OUTCOME,
    RESPONSIBLE,
    STATUS,
    TERM_END,
    TERM_START,
    TITLE,
    Column,
    assign,
    numbered_period,
    period_of,
    periods_apart,
    report_label,
)
from civplan.importers.headed import headed_items
from civplan.importers.header import TITLE_WORDS, caption_paths, cells, find_header
from civplan.importers.hints import Hints
from civplan.importers.metadata import (
    Metadata,
    dated_caption,
    has_title,
    plan_season,
    plan_term,
    read_metadata,
)
from civplan.importers.prose import outcomes_after_table, read_prose, reads_as_prose
from civplan.importers.rows import (
    BREAKDOWN,
    HEADING_WORD,
    Role,
    RowRead,
    could_head,
    read_rows,
)
from civplan.model.deadline import ONE_INTERVAL, TYPO, WRAPPED, Deadline, DeadlineKind
from civplan.model.events import find_events
from civplan.model.months import MONTHS
from civplan.model.numbering import LETTER_ITEM, is_roman, number_key, within
from civplan.model.outline import Entry, Heading, identify, sections_from
from civplan.model.plan import Funding, Measure, Outcome, Plan, Target
from civplan.model.stated import has_remark, read_stated
from civplan.model.status import Status
from civplan.report.columns import ReportColumn
from civplan.report.embedded import Shown, reconcile, same_text, shown_text
from civplan.report.form import CELL_LIMIT

_CONTINUED = re.compile(
    r"(?:продовження|закінчення)(?: (?:додатк[ау]|таблиці|табл\.|плану|звіту))?"
    r"(?: (?:№ ?)?\d{1,3}| [IVXІХ]{1,4})?\.?|(?:table )?continued|continuation(?: of table)?",
    re.IGNORECASE,
)
"""A line over a table's next part that says only that it goes on («Продовження додатка 1»)."""
_SUMMARY_TITLES = frozenset(VOCABULARY["summary.title"])
"""The title over the summary civplan's reports end with, in either language."""

SAMPLE_ROWS = 200
"""How many body rows are read to tell a column by its cells."""


ROLES: tuple[Role, ...] = tuple(Role)
"""The roles by their code in :attr:`TableReading.roles`."""
_CODE = {role: code for code, role in enumerate(ROLES)}


@attrs.frozen
class TableReading:
    """How one table was read.

    Attributes:
        grid: the table.
        header: its first and last header rows (from 0), or ``None``.
        columns: what each column holds, and why.
        roles: each body row's role, in order, as ``(row, code, group)``: the
            row's place in the grid, its role's place in :data:`ROLES`, and for
            a heading a grouping column gives, that column (else ``-1``). A row
            of a grouping column's new text gives a heading and a measure.
        levels: each heading's level, by its place in ``roles``.
        outside: the places of measures outside the headings above them («2.»
            after «1.» and its «1.1»), each with the level it leaves them at.
    """

    grid: Grid
    header: tuple[int, int] | None
    columns: tuple[Column, ...]
    roles: list[tuple[int, int, int]] = attrs.Factory(list)
    levels: dict[int, int] = attrs.Factory(dict)
    outside: dict[int, int] = attrs.Factory(dict)

    def role(self, place: int) -> Role:
        """The role of the row at ``place`` in :attr:`roles`."""
        return ROLES[self.roles[place][1]]

    def text(self, place: int) -> str:
        """What the row at ``place`` in :attr:`roles` says: a heading, a measure's number, title."""
        row, code, group = self.roles[place]
        texts = [t.strip() for t in self.grid.rows[row]]
        role = ROLES[code]
        wanted = [c.position for c in self.columns if c.field in ("number", "title")]
        shown = [texts[p] for p in wanted if p < len(texts) and texts[p]]
        beside = len(shown) == 2 and shown[1][:1].isdecimal()  # «1.1. …» beside its group's «1»
        if role is Role.HEADING:
            if not 0 <= group < len(texts):
                return next((t for t in texts if t), "")
            return f"{shown[0]} {texts[group]}" if beside else texts[group]
        if role is Role.MEASURE:
            return shown[1] if beside else " ".join(shown)
        return " | ".join(dict.fromkeys(t for t in texts if t))


@attrs.frozen
class Explanation:
    """How civplan understood a document: what :func:`civplan.explain` returns.

    Attributes:
        source: the document's name.
        metadata: its title, preamble and what they say (years, territory, period …).
        tables: how each of its report tables was read.
        skipped: the tables that hold no report (layout tables, signatures), by name.
        warnings: everything civplan guessed or could not place, each naming the place.
    """

    source: str
    metadata: Metadata
    tables: tuple[TableReading, ...]
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The explanation as lines of text, for a person."""
        meta = self.metadata
        out = [f"{self.source}"]
        for line in meta.preamble:
            out.append(f"  preamble: {line}")
        for line in meta.title_lines:
            out.append(f"  title: {line}")
        for line in meta.items:
            out.append(f"  item (kept as a note): {line}")
        years = f"{meta.year}" + (f"–{meta.end_year}" if meta.end_year else "")
        out.append(f"  years: {years if meta.year else 'not named'}")
        for label, value in (
            ("territory", meta.territory),
            ("issuer", meta.issuer),
            ("reporting period", meta.period),
            ("as of", meta.as_of),
        ):
            if value:
                out.append(f"  {label}: {value}")
        if meta.approval is not None:
            act = meta.approval
            out.append(f"  approved: {act.by or ''} {act.on or ''} № {act.number or '—'}")
        for table in self.tables:
            out.append("")
            out.append(
                f"{table.grid.name}: {len(table.grid.rows)} rows, {len(table.columns)} columns"
            )
            if table.header is None and any(c.caption for c in table.columns):
                out.append("  header: none (the columns of the table before it)")
            elif table.header is None:
                out.append("  header: none (columns read by their cells)")
            else:
                out.append(f"  header: {_rows_at(table.grid, *table.header)}")
            for column in table.columns:
                what = column.field or "kept as notes"
                if what == NOTES and names_reasons(column.caption):
                    what = "justification (why a measure was not done)"
                extra = ""
                if column.source or column.year:
                    extra = f" (source: {column.source or '—'}, year: {column.year or '—'})"
                name = f"column {column.position + 1} «{column.caption_text}»"
                out.append(f"  {name}: {what}{extra} — {column.detail}")
            for place, (row, _code, _group) in enumerate(table.roles):
                label = table.role(place).value
                if place in table.levels:
                    label = f"heading, level {table.levels[place]}"
                elif place in table.outside:
                    label += f", outside the headings above (level {table.outside[place]})"
                snippet = _shortened(table.text(place), 70)
                where = table.grid.where(row)
                out.append(f"  {where}: {label}" + (f": {snippet}" if snippet else ""))
        for name in self.skipped:
            out.append(f"{name}: no report table")
        if self.warnings:
            out.append("")
            out.extend(f"warning: {warning}" for warning in self.warnings)
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())


def understand(document: Document, hints: Hints | None = None) -> tuple[Plan, Explanation]:
    """Read a document's tables into a plan, and say how.

    Raises:
        DocumentError: no table holds a measure (the message says what was
            found), a hint matches nothing, or the plan's year is named nowhere.
    """
    hints = hints or Hints()
    tables = sum(isinstance(block, Grid) for block in document.blocks)
    if tables > (limits := current()).tables:  # each reader that can counts as it reads
        raise DocumentError(document.source, [limits.beyond("tables", "the tables", tables)])
    headed = headed_items(document)
    if headed is not None:
        return _Reader(headed, hints).read()
    try:
        return _Reader(document, hints).read()
    except DocumentError as error:
        # no measure in its tables: headed items after a wide table that is none (a summary
        # of counts over a report written as headed items)
        beyond = headed_items(document, past_wide_tables=True)
        if beyond is None:
            raise
        try:
            return _Reader(beyond, hints).read()
        except DocumentError:
            raise error from None  # what the tables lacked says most


_REPORTED_YEAR = re.compile(
    r"(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)(?= ?(?:р\.|року|рік|році))"
)
"""A year a report's text dates its work in: «12.06.2025», «у травні 2025 року»."""


class _Draft(NamedTuple):
    """A measure as read, kept until its year is known (when no title names it)."""

    number: str | None
    title: str
    cells: Sequence[str]
    layout: _Layout
    position: int
    report: str = ""  # the rows of a report under it, across the table
    auto: str | None = None  # the number civplan gives an item of a list under a measure

    @property
    def given(self) -> str:
        """Its number: the document's, else the one civplan gives it."""
        return self.number or self.auto or str(self.position)


@attrs.frozen
class _Layout:
    """A table's columns by what a measure takes from them, worked out once per table."""

    columns: tuple[Column, ...]
    fields: dict[str, tuple[int, ...]]  # each text field's columns
    funding: tuple[Column, ...]
    sources: tuple[int, ...]
    years: tuple[int, ...]  # columns of the year of each line of funding («Рік»)
    notes: tuple[int, ...]
    reasons: tuple[int, ...]  # columns of why a measure was not done: its justification
    unknown: tuple[Column, ...]
    span: bool  # two deadline columns, its start and its end: «Start date», «End date»
    periods: tuple[str, ...]  # deadline columns of periods («І | ІІ | ІІІ | ІV»), marked
    reported: tuple[str, ...]  # outcome columns of periods: each part's label («ІІ квартал»)
    marks: tuple[str, ...]  # status columns of marks: the status each marks («не виконано»)
    share: bool  # the status column is the share done («Рівень виконання, %»): its figures are %
    # «Одиниця виміру | План | Факт | Базове значення» columns
    values: tuple[int | None, int | None, int | None, int | None]
    minus: bool  # the status column marks done with «+»: a «-» there is not done
    blurred: bool  # one status column under several statuses' words: its marks tell none

    @classmethod
    def of(cls, columns: Sequence[Column], grid: Grid) -> _Layout:
        fields: dict[str, list[int]] = {}
        for column in columns:
            if column.field in (DEADLINE, RESPONSIBLE, OUTCOME, STATUS, EXPECTED, INDICATOR):
                fields.setdefault(column.field, []).append(column.position)
        terms = [columns[p].caption[-1:] or ("",) for p in fields.get(DEADLINE, ())]
        span = (
            len(terms) == 2
            and TERM_START.search(terms[0][0]) is not None
            and TERM_END.search(terms[1][0]) is not None
        )
        periods = tuple(period_of(columns[p].caption) or "" for p in fields.get(DEADLINE, ()))
        reported = tuple(
            report_label(periods_apart(columns[p].caption)) or "" for p in fields.get(OUTCOME, ())
        )
        marks = tuple(columns[p].caption[-1] for p in fields.get(STATUS, ()) if columns[p].caption)
        status = fields.get(STATUS, ())
        unit_at = next((c.position for c in columns if c.field == UNIT), None)
        if unit_at is None:  # «Показник: кількість учасників, осіб» beside «План | Факт»
            unit_at = next((c.position for c in columns if c.field == INDICATOR), None)
        return cls(
            columns=tuple(columns),
            span=span,
            periods=periods if len(periods) > 1 and all(periods) else (),
            reported=reported if len(reported) > 1 and all(reported) else (),
            marks=marks if len(fields.get(STATUS, ())) > 1 else (),
            share=any(
                kept_as_notes(columns[p].caption) == SHARE_DONE for p in fields.get(STATUS, ())
            ),
            fields={field: tuple(places) for field, places in fields.items()},
            values=(
                unit_at,
                next((c.position for c in columns if c.field == PLANNED), None),
                next((c.position for c in columns if c.field == ACTUAL), None),
                next((c.position for c in columns if c.field == BASELINE), None),
            ),
            funding=tuple(c for c in columns if c.field == FUNDING),
            sources=tuple(c.position for c in columns if c.field == FUNDING_SOURCE),
            years=tuple(c.position for c in columns if c.field == FUNDING_YEAR),
            notes=tuple(
                c.position for c in columns if c.field == NOTES and not names_reasons(c.caption)
            ),
            reasons=tuple(
                c.position for c in columns if c.field == NOTES and names_reasons(c.caption)
            ),
            unknown=tuple(c for c in columns if c.field is None),
            # «+» marks done («Відмітка про виконання»): «-» beside it marks not done
            minus=len(status) == 1
            and any(row[status[0]].strip() == "+" for row in grid.rows if status[0] < len(row)),
            # «Відмітка про виконання виконано частково не виконано»: the captions of columns of
            # marks read as one (a table printed without rules), whose «+» could be any of them
            blurred=len(status) == 1
            and len(set(_STATUS_WORD.findall(" ".join(columns[status[0]].caption).lower()))) > 1,
        )


_STATUS_WORD = re.compile(r"\bне виконано\b|(?<!не )\bвиконано\b|\bчастково\b|\bвиконується\b")
"""The words of statuses a column of marks is captioned with."""


_MOST_AS_TEXT = 200_000
_TOLD = 20
"""How many tables, and columns of each, an error that no measure was found describes."""
"""The most places of a table that is none of measures read as text (a report in prose,
cards, headed items in a table): beyond them it is a sheet of data, kept as one note."""
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")
_HEADING_TERMS = ONE_INTERVAL - {DeadlineKind.DATE, DeadlineKind.DATE_RANGE}
"""Terms a heading over measures may name («СІЧЕНЬ», «ІІ квартал», «2026 рік»)."""

_WITHIN_THE_TERM = re.compile(
    r"(?:протягом|упродовж|впродовж|у|в)(?: (?:поточного|звітного|цього))? "
    r"(?:кварталу|кварталі|місяця|місяці|півріччя|півріччі)"
)
"""A term that is the plan's own quarter, month or half: «протягом кварталу»."""
_UNITS = {
    DeadlineKind.QUARTER: "квартал",
    DeadlineKind.MONTH: "місяц",
    DeadlineKind.HALF_YEAR: "півріч",
}

_ROMAN_KEY = re.compile(r"[IVX]{1,5}")
"""A number as compared that is a Roman numeral alone («ІІ.» → «II»): a section's."""

_BULLET = re.compile(r"\s*[-–—•·▪]\s*(?=\S)")
"""A dash or bullet that opens an item of a list: «- прибирання вулиць»."""


@attrs.define
class _Under:
    """A row that heads the rows below it, whose term and executors they take if they name none.

    «1. Утримання доріг | Протягом року | КП «Шляхи»» over «1.1 Ямковий ремонт | |»:
    the sub-item is done within its heading's term, by its executors.
    """

    number: str
    cells: Sequence[str]
    layout: _Layout
    items: int = 0  # the items of a list under it numbered so far

    def heads(self, number: str) -> bool:
        """Whether a row of this number stands under it: numbered under it, or lettered."""
        return (
            number_key(number).startswith(number_key(self.number) + ".")
            or LETTER_ITEM.fullmatch(number) is not None
        )

    def lend(self, cells: tuple[str, ...]) -> tuple[str, ...]:
        """A row's cells, its empty term and executors given its heading's."""
        fields = self.layout.fields
        places = [*fields.get(DEADLINE, ()), *fields.get(RESPONSIBLE, ())]
        if not any(not cells[p].strip() and self.cells[p].strip() for p in places):
            return cells
        lent = list(cells)
        for place in places:
            if not lent[place].strip():
                lent[place] = self.cells[place]
        return tuple(lent)


_CANDIDATE = -1
"""The mark of a measure row that may be a heading (a number and a title only)."""
_PARENT = -2
"""The mark of a measure row with cells of its own that heads rows numbered under it."""
_FIRST_LETTERS = frozenset({"а)", "a)"})
"""The first lettered sub-item's number, Cyrillic or Latin."""


class _Reader:
    """Reads a document's blocks in order, one row at a time, keeping little per row.

    Headings and measures go to ``items``; beside each, ``marks`` keeps its
    table, its place among the table's roles, and a mark: 0, :data:`_CANDIDATE`,
    or 1 + the grouping column whose text it is. Measures are built as soon as
    the rows that continue them have been read, so that a large document holds
    little more than its plan while it is read.
    """

    def __init__(self, document: Document, hints: Hints) -> None:
        self.document = document
        self.source = document.source
        self.hints = hints
        self.used_hints: set[str] = set()
        self.warnings: list[str] = list(document.warnings)
        self.undated: str | None = None
        """The warning that the report named no date and which one civplan chose."""
        self.title_ended = False
        """Whether a table that holds no measures has ended the title above the first one."""
        self.above: list[str] = []  # lines before the first report table
        # whether a title starts in them, and how many of them were looked at for one
        self.above_titled = False
        self.above_seen = 0
        self.notes: list[str] = []
        # notes that sign the document, or a web page's own lines: placed, no warning
        self.signatures: set[str] = set()
        # what the document says of the plan as a whole: its passport («label: value»), totals
        self.described: list[str] = []
        self.trailing: list[Paragraph] = []  # paragraphs after a table, each also a note
        self.between: list[Paragraph] = []  # paragraphs after a table, before the next block
        self.items: list[Heading | Measure | _Draft] = []
        self.marks: list[tuple[int, int, int]] = []
        self.pending: list[object] | None = None  # a measure whose continuations may follow
        self.under: _Under | None = None  # the row whose items below it take its term
        self.measures = 0
        self.years: tuple[int, int | None] | None = None
        self.tables: list[TableReading] = []
        self.skipped: list[str] = []
        self.other_tables: list[str] = []  # sheets after the one read that hold a table too
        self.unread: list[str] = []  # a printed document's tables after the report's, not read
        self.parts: list[str] = []  # later sheets read as the plan's next parts
        # sheets of sections, each numbering its measures from 1, and the lines above each
        # one's header that head it (its name where it has none)
        self.sections_by_sheet: dict[str, tuple[str, ...]] = {}
        # the columns of the first table read under each set of captions, as compared
        self.captioned: dict[tuple[tuple[str, ...], ...], tuple[Column, ...]] = {}
        self.numbers_read: set[str] = set()  # the measure numbers of the first tables …
        self.numbered = 0  # … of how many
        self.untitled: list[str] = []  # tables of numbers and reports, with no measures' titles
        self.joined: list[str] = []
        self.apart: list[str] = []  # measures whose deadline cell named the executors too
        self.blurred: list[str] = []  # measures whose mark no one status's column holds
        self.bracketed: list[str] = []  # measures whose term is in brackets after the title
        self.listed: list[str] = []  # rows whose title cell lists several measures
        self.within: list[str] = []  # «протягом кварталу»: deadlines read as the plan's term
        self.clipped: list[str] = []  # measures whose term runs past the plan's, read within it
        self.seasoned: list[str] = []  # terms without a year read in a season's year
        self.in_report_year: list[str] = []  # terms without a year read in the report's year
        self.reported: list[str] = []  # rows across the table read as the outcome above
        self.guessed: list[str] = []
        self.unknown: list[str] = []
        self.auto_numbered: list[str] = []
        self.parents: list[str] = []  # rows with cells of their own read as headings
        self.list_items: list[str] = []  # «- …» rows under a title that opens a list
        self.reported_parents: list[str] = []  # … and with a report: measures under them too
        self.carded: list[Card] = []  # cards read, whose run has not yet ended

    # --- reading the blocks -------------------------------------------------

    def read(self) -> tuple[Plan, Explanation]:
        previous: TableReading | None = None
        if self.document.one_table and self.hints.sheet is None:
            self.sections_by_sheet = _sheets_of_sections(self.document.grids)
        for block in paragraph_cards(self.document.blocks):
            if isinstance(block, CardRun):
                self._cards(list(block.cards))
                continue
            if isinstance(block, Paragraph):
                if (
                    self.tables
                    and self.document.carried is None
                    and block.text.strip() in _SUMMARY_TITLES
                ):
                    break  # civplan's own summary after its table, its hidden copy lost
                self._paragraph(block)
                continue
            if self.hints.sheet is not None and block.sheet != self.hints.sheet:
                self.skipped.append(block.name)
                continue
            if self.document.one_table and self.tables:
                own = self.document.carried is not None  # its other sheet is the summary
                if (
                    block.sheet is not None
                    and not own
                    and (block.name in self.sections_by_sheet or self._continues(block))
                ):
                    self.parts.append(block.name)  # a sheet per section: the plan goes on
                else:
                    self.skipped.append(block.name)
                    if block.sheet is not None and not own and _has_measures(block):
                        self.other_tables.append(block.name)
                    elif (
                        block.sheet is None
                        and not own
                        and any(map(block.texts, range(len(block.rows))))
                    ):
                        self.unread.append(block.name)
                    continue
            cards = read_cards(block)
            if cards is not None:
                for row in cards.lead:  # a title over the cards, in their table
                    self._paragraph(Paragraph(" ".join(block.texts(row)), block.where(row)))
                if self._cards(list(cards.cards)):
                    continue
            if self.carded:
                self._cards_end()
                previous = None
            passport = _passport(block)
            if passport is not None:
                self._passport(block, passport)
                continue
            lead, used = self._lead(block)
            titled = bool(lead) and previous is None and not used  # the title's last line
            heads = self.sections_by_sheet.get(block.name)
            if heads is not None and not lead:  # a sheet of a section: its heading, or name
                where = f"{block.name}, above its header" if heads else f"{block.name}: its name"
                lead = [Paragraph(text, where) for text in heads or (block.sheet or "",)]
            reading = self._table(block, previous, lead)
            if reading is None:
                self._settle(())
                self.skipped.append(block.name)
                if not self.tables and self._titled_above():  # a table of figures under the
                    self.title_ended = True  # title («Усього заходів | 3»): no part of it
                    if len(self.above) > 1 and _FIGURES_CAPTION.search(self.above[-1]):
                        caption = self.above.pop()  # «Основні показники» over it
                        self.notes.append(f"above {block.name}: {caption}")
                    self.notes.extend(_rows_as_notes(block))
                else:
                    self._as_text(block)
                continue
            if titled:  # the title's last line heads its rows
                self.above.pop()
            self._settle(used)
            previous = reading
        self._cards_end()
        self._settle(())
        unused = [
            f"the hint «{key}» names no column of the document"
            for key in sorted(set(self.hints.columns) - self.used_hints)
        ]
        sheets = [block.sheet for block in self.document.grids if block.sheet is not None]
        if self.hints.sheet is not None and self.hints.sheet not in sheets:
            shown = ", ".join(f"«{name}»" for name in sheets) or "none"
            hint = f"the hint sheet «{self.hints.sheet}»"
            unused.append(f"{hint} names no sheet; its sheets: {shown}")
        if unused:
            raise DocumentError(self.source, unused)
        metadata = self._dated(read_metadata(self.above))
        plan = self._plan(metadata)
        explanation = Explanation(
            source=self.source,
            metadata=metadata,
            tables=tuple(self.tables),
            skipped=tuple(self.skipped),
            warnings=(*self.warnings, *([self.undated] if self.undated else [])),
        )
        return plan, explanation

    def _titled_above(self) -> bool:
        """Whether the lines above the first table hold a title's start, each looked at once.

        A document of thousands of small tables, none of measures, adds each one's lines
        above the first: looked at again from the top each time, they took minutes.
        """
        if len(self.above) < self.above_seen:  # lines taken away as headings: look again
            self.above_titled, self.above_seen = False, 0
        if not self.above_titled:
            self.above_titled = has_title(self.above[self.above_seen :])
            self.above_seen = len(self.above)
        return self.above_titled

    @functools.cached_property
    def _places(self) -> dict[int, int]:
        """Where each block stands among the document's, by its identity."""
        return {id(block): at for at, block in enumerate(self.document.blocks)}

    def _paragraph(self, block: Paragraph) -> None:
        text = block.text.strip()
        if not text:
            return
        if (
            self.tables
            and self.document.carried is None  # civplan's own documents say what they hold
            and (_CONTINUED.fullmatch(text) is not None or is_furniture(text))
        ):
            return  # «Продовження додатка 1» over a table's next part, a site's footer
        # after a table, after a programme's passport, or after a table under the title
        if self.tables or self.described or self.title_ended or self.carded:
            self.between.append(block)  # a heading of the next table's rows, or a note
        else:
            self.above.extend(line for line in block.text.splitlines() if line.strip())

    def _settle(self, used: Sequence[Paragraph]) -> None:
        """The paragraphs since the last table that head no rows become notes."""
        for block in self.between:
            if not any(block is heading for heading in used):
                self._after_table(block)
        self.between = []

    def _after_table(self, block: Paragraph) -> None:
        self.notes.append(_note(block))
        self.trailing.append(block)
        # a note, as expected after a table as a table itself, or a web page's own line
        if is_signature(block.text) or is_page_chrome(block.text):
            self.signatures.add(self.notes[-1])

    def _lead(self, grid: Grid) -> tuple[list[Paragraph], list[Paragraph]]:
        """The paragraphs just before a table that head its first rows, and those they use.

        Between two tables, the last paragraphs before the second that read as
        headings («2. Культура», «Загальні питання») — one line, short, not a
        remark, not a running text repeated on every page. Before the first
        table, only its last line, and only when it is numbered as the table's
        first measures are («1. Освіта» over «1.1», under the title) or opens the
        first of Roman sections («І. Загальні питання»): above a first table stand
        the title and the preamble.
        """
        if not self.tables:  # above it the title, or a passport and the lines after it
            last = self.between[-1] if self.between else None
            line = last.text.strip() if last else self.above[-1].strip() if self.above else ""
            found = _SECTION_LINE.fullmatch(line)
            # «І. Загальні питання», «Стратегічна ціль 1. Економіка» open the first section
            # wherever they stand
            # (a bare number only under the title: a line alone is the title, «1 Звіт …»)
            alone = last is None and len(self.above) < 2
            first = (
                found is not None
                and (
                    found["roman"]
                    or (found["keyword"] and (found["bare"] or found["number"] == "1"))
                    or (found["number"] and not alone and _numbers_under(grid, found["number"]))
                )
            ) or (
                # «Освіта» over the first table, «Культура» over the next under its header:
                # the tables are sections, each headed alike
                last is None
                and len(self.above) > 1
                and _headed_alike(
                    self.document.blocks, self._places.get(id(grid)), grid, line, self.above
                )
            )
            if not first:
                return [], []
            if last is not None:
                return [last], [last]
            return [Paragraph(line, "the line above the table")], []
        count = _headings_last([block.text.strip() for block in self.between], self.above)
        lead = self.between[len(self.between) - count :]
        return heading_lines(lead), lead

    def _continues(self, grid: Grid) -> bool:
        """Whether a later sheet goes on with the plan the first sheet began.

        Its header's captions are the first table's, and none of its measure
        numbers is one already read: a sheet per section («1.1 …» on one, «2.1 …»
        on the next), not a sheet per quarter or year of the same measures.
        """
        first = self.tables[0]
        number = next((c.position for c in first.columns if c.field == NUMBER), None)
        header = find_header(grid, grid.width)
        if number is None or header is None or first.header is None:
            return False
        if _folded(caption_paths(grid, header[0], header[1], grid.width)) != _captioned(first):
            return False
        theirs = _body_numbers(grid, header, number)
        for table in self.tables[self.numbered :]:  # each table's numbers gathered once
            if table.header is not None:
                self.numbers_read |= _body_numbers(table.grid, table.header, number)
        self.numbered = len(self.tables)
        return bool(theirs) and theirs.isdisjoint(self.numbers_read)

    def _heading_lines_above(self, grid: Grid, lines: Sequence[str]) -> list[Paragraph]:
        """The lines above a grid's header, in the grid itself, that head its first rows.

        As :meth:`_lead` reads paragraphs before a table: above the first table
        only its last line numbered as its first measures («Розділ 1. Освіта»
        over «1.1»; a bare number only under the title: a line alone is the title,
        «1 Звіт …»); above another (a later sheet's) the last lines that read as
        headings, not the title repeated.
        """
        where = f"{grid.name}, above its header"
        if not self.tables:
            found = _SECTION_LINE.fullmatch(lines[-1].strip())
            line = lines[-1].strip()
            first = (
                found is not None
                and (
                    found["roman"]
                    or (found["keyword"] and found["number"] == "1")
                    or (
                        found["number"] and len(lines) > 1 and _numbers_under(grid, found["number"])
                    )
                )
            ) or (
                # «Освіта» over the header, «Культура» over the header again below: sections
                (len(lines) > 1 or bool(self.above))
                and _section_heading(line)
                and _header_again(grid)
            )
            return [Paragraph(line, where)] if first else []
        count = _headings_last(lines, self.above)
        return heading_lines([Paragraph(text, where) for text in lines[len(lines) - count :]])

    def _cards(self, cards: list[Card]) -> bool:
        """Cards, kept until their run ends; the line over the first may name it.

        Whether they are cards: a first card without a title must have it from
        that line («1.2. Заміна вікон»).
        """
        first = cards[0]
        if first.label is None:
            if self.between:
                line: Paragraph | None = self.between[-1]
            elif self.above and not self.tables and not self.carded:
                line = Paragraph(self.above[-1], "the line above the table")
            else:
                line = None
            text = line.text.strip() if line is not None else ""
            if line is not None and len(text) <= _LABEL_LENGTH and LABEL.fullmatch(text):
                named = first.under(text, line.where)
                if not named.titled:
                    return False  # «Захід 1.2» over rows without a title: no card
                cards[0] = named
                if self.between:
                    self.between.pop()
                else:
                    self.above.pop()
        if not cards[0].titled:
            return False
        self._settle(())
        self.carded.extend(cards)
        return True

    def _cards_end(self) -> None:
        """A run of cards read as the table they stand for."""
        if not self.carded:
            return
        grid = cards_as_table(self.carded)
        self.carded = []
        if self._table(grid, None) is None:
            self.skipped.append(grid.name)
            self._as_text(grid)

    def _passport(self, grid: Grid, pairs: list[tuple[str, str]]) -> None:
        """A programme's passport: kept in the plan's notes, its term a source of the years."""
        self.skipped.append(f"{grid.name} (the programme's passport)")
        self.described.extend(f"{label}: {value}" for label, value in pairs)
        if not self.tables and self.above and _PASSPORT_TITLE.search(self.above[-1]):
            self.above.pop()  # «1. Паспорт програми» over it: no part of the plan's title
        elif self.between and _PASSPORT_TITLE.search(self.between[-1].text):
            self.between.pop()

    def _as_text(self, grid: Grid) -> None:
        if len(grid.rows) * grid.width > _MOST_AS_TEXT:  # no prose, no cards: a sheet of data
            self.notes.append(
                f"{grid.name}: {len(grid.rows):,} rows of {grid.width} cells, read as no report"
            )
            return
        if self.tables and grid.width >= 3 and len(grid.rows) >= 2:
            # a table of figures after the measures' («Виконання результативних показників»:
            # «Кількість змагань | од. | 8 | 6»): a note a row, as a table of figures above one
            for index in range(len(grid.rows)):
                texts = grid.cell_texts(index)
                if texts:
                    self.notes.append(f"{grid.where(index)}: {' | '.join(texts)}")
                    if is_signature(" ".join(texts)):  # «Начальник | (підпис) | І. Петренко»
                        self.signatures.add(self.notes[-1])
            return
        for index in range(len(grid.rows)):
            texts = grid.texts(index)
            signed = bool(texts) and is_signature(" ".join(texts))  # «Директор | П. Петренко»
            for text in texts:
                block = Paragraph(text, grid.where(index))
                if self.tables:
                    self._after_table(block)
                    if signed:
                        self.signatures.add(self.notes[-1])
                else:
                    self._paragraph(block)

    def _table(
        self, grid: Grid, previous: TableReading | None, lead: Sequence[Paragraph] = ()
    ) -> TableReading | None:
        """A table read, or ``None`` when it holds no measures.

        ``lead``: the lines that head its first rows: paragraphs before it, or a sheet's
        own lines above its header (then not the title's).
        """
        width = grid.width
        if width == 0:
            return None
        first = self.hints.header[0] - 1 if self.hints.header else None
        header = find_header(grid, width, first=first)
        if header is not None and self.hints.header and self.hints.header[1] > self.hints.header[0]:
            header = (header[0], self.hints.header[1] - 1)
        above: list[str] = []
        rows_above: list[int] = []  # the row each text above the header stands in
        if header is not None:
            paths = caption_paths(grid, header[0], header[1], width)
            body = range(header[1] + 1, len(grid.rows))
            for r in range(header[0]):
                texts = grid.texts(r)
                above += texts
                rows_above += [r] * len(texts)
        elif previous is not None and len(previous.columns) == width:
            paths = [c.caption for c in previous.columns]
            body = range(len(grid.rows))
        else:
            paths = [() for _ in range(width)]
            body = range(len(grid.rows))
        if header is not None and above and not lead:  # a sheet's own lines over its header
            # each a row's one text: cells side by side in a row are no lines one over another
            texts_in = Counter(rows_above)
            alone = next(
                (n for n, r in enumerate(reversed(rows_above)) if texts_in[r] > 1), len(above)
            )
            lead = self._heading_lines_above(grid, above)[-alone:] if alone else []
            above, rows_above = (
                above[: len(above) - len(lead)],
                rows_above[: len(above) - len(lead)],
            )
        heads = {paragraph.text for paragraph in lead}
        kept = [at for at, text in enumerate(above) if text not in heads]
        above, rows_above = [above[at] for at in kept], [rows_above[at] for at in kept]
        if lead:
            grid, body = _with_headings(grid, body, lead, width)
        guessed, unknown = len(self.guessed), len(self.unknown)
        # a table under the same captions as one read before holds what that one's columns do
        # («Стан виконання» a report in both, though one's cells are as short as status words)
        folded = tuple(_folded(paths)) if header is not None else None
        alike = self.captioned.get(folded) if folded is not None else None
        columns = (
            list(alike)
            if alike
            else self._columns(grid, paths, body, header is not None or previous is not None)
        )
        if columns is None:
            return None
        if folded is not None:
            self.captioned.setdefault(folded, tuple(columns))
        header_rows = (
            [cells(grid, r, width) for r in range(header[0], header[1] + 1)] if header else []
        )
        if previous is not None and previous.header is not None:
            header_rows += [
                cells(previous.grid, r, len(previous.columns))
                for r in range(previous.header[0], previous.header[1] + 1)
            ]
        carried = self.document.carried
        known = frozenset(
            "".join(shown_text(h.text).split()) for h in (carried.headings if carried else ())
        )
        rows: Iterable[RowRead] = read_rows(grid, body, columns, header_rows, known)
        if header is None and (previous is None or len(previous.columns) != width):
            rows = list(rows)  # a table without a header, continuing none, must show measures
            measures = [r for r in rows if r.role is Role.MEASURE]
            if len(measures) < 2 or (  # a layout table, a signature under the report: no report
                self.tables and not any(r.number for r in measures)
            ):  # after the measures, rows with no number: a table of figures («Показник | 2025»)
                del self.guessed[guessed:], self.unknown[unknown:]
                return None
        if self.tables:  # (the title repeated over a later sheet is the title)
            title = {_compared(line) for line in self.above}
            self.notes.extend(
                f"{grid.where(r)}: {t}"
                for r, t in zip(rows_above, above, strict=True)
                if _compared(t) not in title
            )
        else:
            self.above.extend(above)
        reading = TableReading(grid=grid, header=header, columns=tuple(columns))
        self.tables.append(reading)
        self._rows(reading, rows)
        return reading

    def _columns(
        self, grid: Grid, paths: list[tuple[str, ...]], body: range, has_header: bool
    ) -> list[Column] | None:
        width = len(paths)
        sample = [
            cells(grid, r, width)
            for r in body[:SAMPLE_ROWS]
            if len({t for t in grid.rows[r] if t.strip()}) > 1
        ]
        year = self.hints.year or 2000

        @functools.cache
        def reading(column: int) -> Reading:
            return read_column([row[column] for row in sample], year)

        hinted = self.hints.column_fields(paths, self.used_hints)
        columns = assign(paths, reading, hinted, own=self.document.carried is not None)
        if not any(c.field == TITLE for c in columns):
            fields = {c.field for c in columns}
            if has_header and NUMBER in fields and fields & {OUTCOME, STATUS}:
                self.untitled.append(grid.name)  # «№ пункту плану | Інформація про виконання»
            return None
        if not has_header and not any(
            c.field in (DEADLINE, OUTCOME, STATUS, RESPONSIBLE) for c in columns
        ):
            return None
        for column in columns:
            name = f"{grid.name}, column {column.position + 1}"
            if column.why in ("content", "position") and column.field is not None:
                self.guessed.append(f"{name} as {column.field} ({column.detail})")
            elif (
                column.field is None and column.caption and column.caption_text not in self.unknown
            ):
                self.unknown.append(column.caption_text)
        return columns

    # --- the rows, one at a time ------------------------------------------------

    def _rows(self, reading: TableReading, rows: Iterable[RowRead]) -> None:
        table = len(self.tables) - 1
        layout = _Layout.of(reading.columns, reading.grid)
        grid = reading.grid
        roles = reading.roles
        numbered = False  # a measure of the table's with its number read
        for row in rows:
            place = len(roles)
            group = row.group if row.group is not None else -1
            role = row.role
            if role is Role.MEASURE and row.number is None and numbered:
                texts = grid.texts(row.row)  # an office, a name, perhaps «(підпис)» between
                if len(texts) <= 3 and signed_by_office(" ".join(texts)):
                    # «Начальник відділу | | Олена КОВАЛЬ» under the measures
                    role = Role.NOTE
                    row = row._replace(role=role, text=" | ".join(texts))
            numbered = numbered or (role is Role.MEASURE and row.number is not None)
            roles.append((row.row, _CODE[role], group))
            if role is Role.MEASURE and self.pending is not None and _lists_on(self.pending, row):
                # «3. | Організувати:» over «| - роботу гуртків;»: the items of its title
                self.pending[1] = f"{self.pending[1]}\n{row.text}"
                self.joined.append(grid.where(row.row))
                continue
            if role is Role.MEASURE:
                bulleted = row.number is None and _BULLET.match(row.text) is not None
                if row.number is not None:
                    self._parent_of(row.number, layout)
                elif bulleted and self.under is None:
                    self._list_under(layout)
                self._flush()
                mark = _CANDIDATE if row.candidate else 0
                title, cells, auto = row.text, row.cells, None
                if row.number and title[:1].isdecimal():  # «1.1. | 1.1. Провести …»: written twice
                    title = _number_dropped(row.number, title)
                if (under := self.under) is not None:
                    if bulleted:  # «- прибирання вулиць»: numbered under its measure
                        under.items += 1
                        auto = f"{number_key(under.number)}.{under.items}"
                        title = _BULLET.sub("", title, count=1)
                    elif row.number is None or not under.heads(row.number):
                        self.under = under = None
                    if under is not None and under.layout is layout:
                        cells = under.lend(cells)
                self.pending = [
                    row.number, title, cells, layout, table, place, mark, None, "", auto
                ]  # fmt: skip
            elif role is Role.HEADING:
                self._flush()
                self.under = None
                heading = Heading(level=0, number=row.number, title=row.text or (row.number or ""))
                self._add(heading, table, place, group + 1)
                if row.cells:  # the figures beside it: what the document says of its measures
                    figures = " | ".join(dict.fromkeys(t for t in row.cells if t))
                    self.described.append(f"{grid.where(row.row)}: {figures}")
            elif role is Role.CONTINUATION:
                if self.pending is None:
                    self.notes.append(
                        f"{grid.where(row.row)}: {' | '.join(t for t in row.cells if t)}"
                    )
                elif self._join(self.pending, row.cells):
                    self.joined.append(grid.where(row.row))
            elif role is Role.REPORT:  # a row under the measure, across the table: its outcome
                if self.pending is None:
                    self.notes.append(f"{grid.where(row.row)}: {row.text}")
                else:
                    before: str = self.pending[8]  # type: ignore[assignment]
                    told = _unlabelled_report(row.text)
                    self.pending[8] = f"{before}\n{told}" if before else told
                    self.reported.append(grid.where(row.row))
            elif role is Role.TOTAL:  # a sum of the rows above: the plan's, not a measure's
                self._flush()
                self.under = None
                self.described.append(f"{grid.where(row.row)}: {row.text}")
            elif role is Role.NOTE:
                self.notes.append(f"{grid.where(row.row)}: {row.text}")
                if is_signature(row.text.replace(" | ", " ")):  # «Директор | П. Петренко»
                    self.signatures.add(self.notes[-1])
        self._flush()

    def _parent_of(self, following: str, layout: _Layout) -> None:
        """Mark the pending measure a possible heading when the next is numbered under it.

        A row with cells of its own heads only the measure right after it
        numbered under it («1. Розвиток освіти | Відділ освіти» over «1.1»), or
        its lettered sub-items when its title ends with a colon («1. Забезпечити: |
        2025 рік» over «а) проведення навчань»). The rows under it take its term
        and executors where they name none.
        """
        pending = self.pending
        if pending is None or pending[6] != 0 or not pending[0]:
            return
        number: str = pending[0]  # type: ignore[assignment]
        title: str = pending[1]  # type: ignore[assignment]
        if (
            following.startswith(number.rstrip(". "))  # most numbers are not: a quick test
            and number_key(following).startswith(number_key(number) + ".")
            and could_head(number)
        ) or (following in _FIRST_LETTERS and title.rstrip().endswith(":")):
            pending[6] = _PARENT
            self.under = _Under(number, pending[2], layout)  # type: ignore[arg-type]

    def _list_under(self, layout: _Layout) -> None:
        """Mark the pending measure the heading of the list its title opens, item by row.

        «1 | Утримання об'єктів благоустрою, у тому числі: | Протягом року» over «| -
        прибирання вулиць | | Здійснюється щоденно»: items with cells of their own,
        each a measure under it, numbered by civplan «1.1», «1.2» (items with nothing
        beside them are lines of its title: :func:`_lists_on`).
        """
        pending = self.pending
        if (
            pending is not None
            and pending[6] == 0
            and pending[0]
            and str(pending[1]).rstrip().endswith(":")
            and pending[3] is layout
        ):
            pending[6] = _PARENT
            self.under = _Under(pending[0], pending[2], layout)  # type: ignore[arg-type]

    def _add(self, item: Heading | Measure | _Draft, table: int, place: int, mark: int) -> None:
        self.items.append(item)
        self.marks.append((table, place, mark))

    def _flush(self) -> None:
        """Build the measure read last, now that no more rows continue it."""
        if self.pending is None:
            return
        number, title, row_cells, layout, table, place, mark, more, report, auto = self.pending
        self.pending = None
        if more is not None:  # continuation rows, joined once
            row_cells = tuple(
                cell + "".join(joint + text for joint, text in parts)
                for cell, parts in zip(row_cells, more, strict=True)  # type: ignore[call-overload]
            )
        items = _listed(number, title)  # type: ignore[arg-type]
        rows = _shared(row_cells, layout, len(items)) if items else None  # type: ignore[arg-type]
        if items and rows is not None:  # «1) заміна вікон;↵2) ремонт даху»: a measure each
            self.listed.append(f"{self._where(table, place)} ({len(items)} measures)")  # type: ignore[arg-type]
        else:
            items, rows = [(number, title)], [row_cells]  # type: ignore[list-item]
        years = self.years or self._years()
        for (item_number, item_title), item_cells in zip(items, rows, strict=True):
            self.measures += 1
            if auto is not None:
                self.list_items.append(self._where(table, place))  # type: ignore[arg-type]
            elif not item_number:
                self.auto_numbered.append(self._where(table, place))  # type: ignore[arg-type]
            draft = _Draft(item_number, item_title, item_cells, layout, self.measures, report, auto)  # type: ignore[arg-type]
            self._add(draft if years is None else self._measure(draft, *years), table, place, mark)  # type: ignore[arg-type]

    def _where(self, table: int, place: int) -> str:
        reading = self.tables[table]
        return reading.grid.where(reading.roles[place][0])

    def _join(self, pending: list[object], more: Sequence[str]) -> bool:
        """Add a continuation row's cells to the pending measure's; whether it was a guess.

        The pieces are kept apart and joined once the measure is built, so
        that many continuation rows cost no more than their text.
        """
        guessed = False
        cells: tuple[str, ...] = pending[2]  # type: ignore[assignment]
        if pending[7] is None:
            pending[7] = [[] for _ in cells]
        parts: list[list[tuple[str, str]]] = pending[7]  # type: ignore[assignment]
        more = self._labelled(pending, more)
        for position, text in enumerate(more):
            if not text or position >= len(cells):
                continue
            before = parts[position][-1][1] if parts[position] else cells[position]
            split_cell = len(before) == CELL_LIMIT  # civplan's own: a text longer than a cell
            guessed = guessed or not split_cell
            empty = not cells[position] and not parts[position]
            parts[position].append(("" if split_cell or empty else "\n", text))
        return guessed

    @staticmethod
    def _labelled(pending: list[object], more: Sequence[str]) -> Sequence[str]:
        """A continuation row's cells, its outcome labelled with its own executor.

        A measure of several executors, each in a row of its own with what it
        did («Відділ освіти | Проведено 3 семінари», then «Відділ культури |
        Проведено 2 концерти»), gets one outcome in which each part names its
        executor, as :func:`civplan.merge` labels them; the first row's part too.
        """
        layout: _Layout = pending[3]  # type: ignore[assignment]
        responsible = layout.fields.get(RESPONSIBLE, ())
        outcome = layout.fields.get(OUTCOME, ())
        if len(responsible) != 1 or len(outcome) != 1:
            return more
        who, what = responsible[0], outcome[0]
        if max(who, what) >= len(more) or not more[who].strip() or not more[what].strip():
            return more
        cells: tuple[str, ...] = pending[2]  # type: ignore[assignment]
        parts: list[list[tuple[str, str]]] = pending[7]  # type: ignore[assignment]
        if not parts[what] and cells[who].strip() and cells[what].strip():  # the first row's
            pending[2] = (*cells[:what], _label(cells[who], cells[what]), *cells[what + 1 :])
        labelled = list(more)
        labelled[what] = _label(more[who], more[what])
        return labelled

    def _years(self) -> tuple[int, int | None] | None:
        """The plan's years as far as known: from the hints, the carried plan, the title."""
        if self.years is None:
            carried = self.document.carried
            known = carried.plan if carried is not None else None
            metadata = read_metadata(self.above)
            if metadata.year is None:  # the passport's «Термін реалізації програми: 2024–2026 роки»
                terms = [line for line in self.described if _PASSPORT_TERM.match(line)]
                metadata = read_metadata(terms[:1]) if terms else metadata
            year = self.hints.year or (known.year if known else None) or metadata.year
            end = self.hints.end_year or (known.end_year if known else None) or metadata.end_year
            if year is not None:
                self.years = (year, end)
        return self.years

    @functools.cached_property
    def season(self) -> tuple[int, int] | None:
        """The first year of a plan for a school year or heating season, and its turn of year."""
        years = self._years()
        return plan_season(self.above, *years) if years is not None else None

    @functools.cached_property
    def report_year(self) -> int | None:
        """The one year of a plan of several a report is for: «за 2025 рік» of a 2024–2026 plan.

        A report as of 1 January is of the year just ended; one for several years
        («за 2024–2025 роки») is for none of them alone.
        """
        years = self._years()
        if years is None or years[1] is None:
            return None
        title = read_metadata(self.above)
        metadata = self._dated(title)
        as_of = metadata.as_of
        # a plan «зі змінами станом на 01.03.2025» names its text's date, not a report's; a
        # report column's caption («Стан виконання станом на …») names a report's
        if as_of is None or (title.as_of is not None and not title.report):
            return None
        if len(re.findall(r"(?:19|20)\d\d", metadata.period or "")) > 1:
            return None
        year = as_of.year - ((as_of.month, as_of.day) == (1, 1))
        return year if years[0] <= year <= years[1] else None

    @functools.cached_property
    def term(self) -> Deadline | None:
        """The quarter, half or month the plan is for, if its title names one."""
        return plan_term(self.above)

    def _within_the_term(self, term: str) -> Deadline | None:
        """«Протягом кварталу» in a plan for a quarter («на ІІ квартал 2025 року»): that quarter."""
        plan = self.term
        unit = term.casefold().split()[-1]
        if plan is None or not unit.startswith(_UNITS[plan.kind]):
            return None
        self.within.append(" ".join(term.split()))
        return Deadline(text=term, kind=plan.kind, start=plan.start, end=plan.end)

    def _dated(self, metadata: Metadata) -> Metadata:
        """The metadata, dated by a report column's caption when the title gives no date.

        «Стан виконання станом на 01.01.2025» over a plan «на 2024–2026 роки».
        """
        if metadata.as_of is not None or not self.tables:
            return metadata
        dated = [
            dated_caption(column.caption_text)
            for column in self.tables[0].columns
            if column.field in (OUTCOME, STATUS)
        ]
        # the latest of a report's dated columns («станом на 01.07.2025 | станом на 01.01.2026»)
        period, as_of = max(
            ((period, as_of) for period, as_of in dated if as_of is not None),
            key=lambda found: found[1],
            default=(None, None),
        )
        if as_of is None:
            return metadata
        return attrs.evolve(metadata, period=metadata.period or period, as_of=as_of)

    # --- the plan -------------------------------------------------------------

    def _plan(self, metadata: Metadata) -> Plan:
        carried = self.document.carried
        if not self.measures and (carried is None or not self.tables):  # civplan's own may be empty
            # what reading the document left out may be why: said with it
            left = [w.removeprefix(f"{self.source}: ") for w in self.document.warnings]
            raise DocumentError(self.source, [*self._nothing_found(), *left])
        years = self._years()
        if years is None:
            years = (self._year_of_deadlines(), None)
            self.years = years
            self.items = [
                self._measure(i, *years) if isinstance(i, _Draft) else i for i in self.items
            ]
        year, end_year = years
        built = self._outline()
        if carried is None:
            built = self._terms_of_headings(built, year, end_year)
            if not self.document.merges_shown:
                built = self._terms_from_above(built)
            refs = identify(built)
            built = [
                attrs.evolve(e, ref=ref) if isinstance(e, Measure) and ref else e
                for e, ref in zip(built, refs, strict=True)
            ]
        title = "\n".join(metadata.title_lines) or (carried.plan.title if carried else "")
        if not title:
            title = self.source
            self.warnings.append(
                f"{self.source}: no title above the table; the file's name is the title"
            )
        if carried is not None:  # civplan's own report: what it carries completes the table
            self._warn(built)
            for warning in self.warnings:
                warnings.warn(CivplanWarning(warning), stacklevel=4)
            fields = [c.field for c in self.tables[0].columns] if self.tables else []
            # the lines above its table are the title civplan wrote, though a line of it may
            # read as a preamble («Проведено» over «ЗВІТ …»): then the carried title stands
            above = "\n".join(self.above)
            if same_text(above, carried.plan.title):
                title = above
            shown = Shown(built, title, metadata.territory, tuple(self.notes))
            return reconcile(
                shown, carried, {ReportColumn(f) for f in fields if f in _REPORT_FIELDS}
            )
        plan = Plan(
            title=title,
            year=year,
            end_year=end_year if end_year and end_year > year else None,
            territory=metadata.territory,
            issuer=metadata.issuer,
            as_of=metadata.as_of,
            notes=[*metadata.items, *self.described, *self.notes],
            sections=sections_from(built),
            approval=metadata.approval,
            period=metadata.period,
        )
        # a table, then a paragraph on each measure: those paragraphs are no notes
        plan, used = outcomes_after_table(self.source, plan, self.trailing)
        if used:
            told = {_note(block) for block in self.trailing if id(block) in used}
            self.notes = [note for note in self.notes if note not in told]
            plan = attrs.evolve(plan, notes=[*metadata.items, *self.described, *self.notes])
        if plan.as_of is None:
            plan = self._dated_by_events(plan)
        self._warn(built)
        for warning in self.warnings:
            warnings.warn(CivplanWarning(warning), stacklevel=4)
        if self.undated is not None:
            warnings.warn(ReportDateWarning(self.undated), stacklevel=4)
        return plan

    def _dated_by_events(self, plan: Plan) -> Plan:
        """A report that names no date: as of the end of the year of the last day it reports.

        A report of a plan for 2024–2026 whose outcomes tell of events up to
        August 2025 is 2025's report, not today's. One whose outcomes name no
        day, of a plan whose period is over, is as of the period's end. A
        warning says so; a plan with nothing reported keeps no date.
        """
        reported = False
        last: tuple[date, str] | None = None
        for measure in plan.measures():
            if measure.outcome is None or not measure.outcome.text.strip():
                continue
            reported = True
            events = find_events(measure.outcome.text, plan.year)
            latest = max((event.end for event in events), default=None)
            if latest is not None and (last is None or latest > last[0]):
                last = (latest, measure.number)
        period_end = date(plan.end_year or plan.year, 12, 31)
        if last is not None:
            as_of = date(last[0].year, 12, 31)
            why = f"the end of the year of the last day its outcomes report (measure {last[1]})"
        else:
            as_of, why = period_end, "the end of the plan's period, which is over"
        if not reported or as_of > period_end or as_of > date.today():
            return plan
        self.undated = (
            f"{self.source}: no date of the report named; statuses are as of "
            f"{as_of:%d.%m.%Y}, {why}; give the date (--as-of) to assess it as of another"
        )
        return attrs.evolve(plan, as_of=as_of)

    def _nothing_found(self) -> list[str]:
        prose = reads_as_prose(self.document)
        if prose is not None:
            return [
                f"no table of measures; its paragraphs read as a report in prose ({prose.where}: "
                f"«{_shortened(prose.text)}»): read it with the plan it reports on, "
                "civplan.load(source, plan=plan) or --plan PLAN"
            ]
        if not self.tables and not self.skipped:
            lines = sum(isinstance(b, Paragraph) for b in self.document.blocks)
            paragraphs = "1 paragraph" if lines == 1 else f"{lines} paragraphs"
            return [
                f"no table in {self.document.kind}: it holds {paragraphs} of text",
                *self._links(),
            ]
        found = []
        for table in self.tables[:_TOLD]:
            roles = Counter(ROLES[code].value for _, code, _ in table.roles)
            columns = ", ".join(
                f"{c.position + 1} «{c.caption_text or '—'}»: {c.field or 'unknown'}"
                for c in table.columns[:_TOLD]
            )
            if len(table.columns) > _TOLD:
                columns += f" and {len(table.columns) - _TOLD} more"
            if not table.roles:
                found.append(
                    f"{table.grid.name}: a header row and no row under it; columns {columns}"
                )
                continue
            found.append(
                f"{table.grid.name}: no measure among {len(table.roles)} rows "
                f"({', '.join(f'{n} {role}' for role, n in roles.items())}); columns {columns}"
            )
        if len(self.tables) > _TOLD:
            found.append(f"{len(self.tables) - _TOLD} more tables with no measure")
        for name in self.skipped[:_TOLD]:
            if name in self.untitled:
                found.append(
                    f"{name}: the plan's item numbers and their reports, and no column naming "
                    "the measures: read it with the plan it reports on, "
                    "civplan.load(source, plan=plan) or --plan PLAN"
                )
            else:
                found.append(
                    f"{name}: no header row with captions civplan knows, and no column of measures"
                )
        if len(self.skipped) > _TOLD:
            found.append(f"{len(self.skipped) - _TOLD} more tables with no header row")
        return [*found, *self._links()]

    def _links(self) -> list[str]:
        """The documents a page without a report links to, if any: the report may be one."""
        if not self.document.links:
            return []
        return [
            "it links to documents, which may hold the report: "
            f"{'; '.join(self.document.links)} — read one of them"
        ]

    def _year_of_deadlines(self) -> int:
        years: Counter[int] = Counter()
        for draft in self.items:
            if isinstance(draft, _Draft):
                for position in draft.layout.fields.get(DEADLINE, ()):
                    found = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", draft.cells[position])
                    years.update(int(y) for y in found)
        if not years:
            return self._year_of_the_report()
        year = min(y for y, n in years.items() if n == max(years.values()))
        self.warnings.append(
            f"{self.source}: the title names no year; "
            f"{year}, the year its deadlines name most, is taken"
        )
        return year

    def _year_of_the_report(self) -> int:
        """The year a report column's caption dates the report in («станом на 01.10.2025»).

        A report as of 1 January is the report of the year just ended. Where no
        caption dates it, the year its reports' dates name most («акт від
        12.06.2025»): a print that lost the title loses no more.
        """
        for column in self.tables[0].columns if self.tables else ():
            if column.field in (OUTCOME, STATUS):
                as_of = dated_caption(column.caption_text)[1]
                if as_of is not None:
                    year = as_of.year - ((as_of.month, as_of.day) == (1, 1))
                    self.warnings.append(
                        f"{self.source}: the title names no year, nor do the deadlines; {year}, "
                        f"the year of the report's date in «{column.caption_text}», is taken"
                    )
                    return year
        years: Counter[int] = Counter()  # «акт підписано 12.06.2025», «у травні 2025 року»
        for draft in self.items:
            if isinstance(draft, _Draft):
                for position in draft.layout.fields.get(OUTCOME, ()):
                    found = _REPORTED_YEAR.finditer(draft.cells[position])
                    years.update(int(m[1] or m[2]) for m in found)
        if years:
            year = min(y for y, n in years.items() if n == max(years.values()))
            self.warnings.append(
                f"{self.source}: the title names no year, nor do the deadlines; {year}, the "
                "year the reports' dates name most, is taken: give it with --year if it is not"
            )
            return year
        raise DocumentError(
            self.source,
            [
                "no year in the title above the table, nor in the deadlines: "
                "give it with hints=Hints(year=…) (civplan --year)"
            ],
        )

    def _outline(self) -> list[Entry]:
        """The headings and measures in order, numbered title-only rows decided, headings levelled.

        A row of only a number and a title heads the measures below it when a
        later measure's number lies under its number («1.» over «1.1»), the
        next measure's number is deeper («2.» over «3.1»), the next are its
        lettered sub-items («1.» over «а)», «б)»), or its number is Roman and
        the next measure's is not («І. Освіта» over «1.», «2.»). A numbered row
        with cells of its own heads only the measures right after it numbered
        under it («1. Розвиток освіти | Відділ освіти | 2025 рік» over «1.1»).
        A heading whose measures lie
        under its number ends where a measure at its own depth follows: «2.»
        after «1.», «1.1», «1.2» is outside «1.» (an untitled section at its
        level). civplan's own report says which rows are headings: no guess is
        needed there.
        """
        if self.document.carried is None:
            self._trailing_lines()
        items, marks = self.items, self.marks
        heads = [False] * len(items)
        guess = self.document.carried is None and any(m < 0 for _, _, m in marks)
        prefixes: set[str] = set()
        following = 0  # the depth of the next measure's Arabic number (0: none, or not Arabic)
        next_flat = 0  # the next measure's number when it is one Arabic figure (0: it is not)
        lettered = False  # the next measure is a lettered sub-item
        roman_next = True  # the next measure is numbered in Roman numerals (or there is none)
        before, numbered = _flat_before(items, marks) if guess else ([], False)
        for index in range(len(items) - 1, -1, -1) if guess else ():
            item = items[index]
            if not isinstance(item, Measure):  # a heading between: what lies below is its
                following, lettered = 0, False
            elif item.auto_numbered:
                roman_next = False
            else:
                key = item.compared_number
                parts = key.split(".")
                depth = len(parts) if all(p.isdecimal() for p in parts) else 0
                roman = _ROMAN_KEY.fullmatch(key) is not None
                mark = marks[index][2]
                flat = int(key) if depth == 1 and len(key) <= 4 else 0
                heads[index] = mark == _PARENT or (
                    mark == _CANDIDATE
                    and (
                        key in prefixes
                        or 0 < depth < following
                        or (depth > 0 and lettered)
                        or (roman and not roman_next)  # «І. Освіта» over «1.», «2.»
                        # «1 | Освіта» over measures numbered «1», «2», and «2 | Культура»
                        # after «3»: numbers of their own, which as measures' would repeat
                        # the next one or go back from the last one
                        or (
                            flat > 0
                            and (0 < next_flat <= flat or (numbered and before[index] >= flat))
                        )
                    )
                )
                prefixes.update(".".join(parts[:d]) for d in range(1, len(parts)))
                following = depth
                lettered = LETTER_ITEM.fullmatch(item.number) is not None
                if not heads[index]:  # a heading is no measure: what is next stays the same
                    roman_next, next_flat = roman, flat
        out: list[Entry] = []
        # how many headings of each kind of number the document has: a kind it numbers one
        # heading with is no level of its own that unnumbered headings sit under
        kinds = Counter(
            _signature(item.number, marks[index][2] - 1 if marks[index][2] > 0 else None)
            for index, item in enumerate(items)
            if isinstance(item, Heading) or heads[index]
        )
        stack: list[tuple[object, ...]] = []
        numbers: list[str] = []  # beside each heading of the stack, its number as compared
        owners: list[_Owner] = []  # the open headings with Arabic numbers, innermost last
        placed: list[tuple[int, int, int]] = []  # beside each entry of out, its place
        for index, item in enumerate(items):
            table, place, mark = marks[index]
            reported: Measure | None = None  # a heading's own report: a measure under it too
            if heads[index] and isinstance(item, Measure):
                where = self._where(table, place)
                if item.funding:  # a heading's total of its measures' funding: a note
                    self.described.append(f"{where}: {item.number} {item.title}: {_sums(item)}")
                if mark == _PARENT and item.outcome is not None:
                    # «3. Оновлення сайту | IV квартал | Сайт оновлено» over «3.1 …»: reported
                    # on, a measure as well as the heading of those numbered under it
                    if (
                        out
                        and isinstance(last := out[-1], Heading)
                        and (last.number, last.title) == (item.number, item.title)
                    ):  # under its heading already, as civplan's own reports show it
                        out.append(item)
                        placed.append(marks[index])
                        continue
                    self.reported_parents.append(where)
                    reported = item
                elif mark == _PARENT:  # its term and executors: the plan's notes keep them
                    self.parents.append(where)
                    self.described.append(f"{where}: {item.number} {item.title}: {_cells(item)}")
                item = Heading(level=0, number=item.number, title=item.title)
                mark = 0
            elif (
                isinstance(item, Measure)
                and owners
                # civplan's number of an item of a list is under its heading («1.1» under «1»);
                # a number by position is none of the document's
                and (not item.auto_numbered or item.compared_number.startswith(owners[-1].prefix))
            ):
                closed = _closed(owners, item)
                if closed is not None:  # «2.» after «1.» and its «1.1»: outside «1.»
                    out.append(Heading(level=closed, number=None, title=None))
                    placed.append(marks[index])
                    self.tables[table].outside[place] = closed  # for the explanation
                    del stack[closed - 1 :], numbers[closed - 1 :]
            if isinstance(item, Heading):
                signature = _signature(item.number, mark - 1 if mark > 0 else None)
                if signature == ("none",):
                    below = _next_number(items, heads, index)
                    signature = _beside(stack, numbers, below)
                    if (
                        signature == ("none",)
                        and self.document.carried is None
                        and stack
                        and stack[-1][0] in ("arabic", "roman")
                        and kinds[stack[-1]] == 1
                        and (below is None or "." not in below)
                    ):
                        # «1. Організаційна робота», then «Соціальна сфера», «Благоустрій»
                        # over measures numbered flat: the one numbered heading's siblings
                        signature = ("none", stack[-1])
                level = self._level(stack, signature)
                del numbers[level - 1 :]
                numbers.extend([""] * (level - 1 - len(numbers)))
                numbers.append(number_key(item.number) if item.number else "")
                _open(owners, level, numbers[-1])
                out.append(attrs.evolve(item, level=level))
                self.tables[table].levels[place] = level  # for the explanation
                if reported is not None:
                    out.append(reported)
                    placed.append(marks[index])
            else:
                out.append(item)  # type: ignore[arg-type]
            placed.append(marks[index])
        self.marks = placed
        return out

    def _terms_of_headings(
        self, built: list[Entry], year: int, end_year: int | None
    ) -> list[Entry]:
        """Measures without a deadline, under a heading that names a term, take that term.

        A work plan grouped by months («СІЧЕНЬ», «ЛЮТИЙ») or quarters has no
        deadline column: its headings are the deadlines. Warned about.
        """
        terms: list[Deadline | None] = []  # the term each open heading names, by level
        taken: list[str] = []
        out: list[Entry] = []
        for entry in built:
            if isinstance(entry, Heading):
                del terms[entry.level - 1 :]
                terms.extend([None] * (entry.level - 1 - len(terms)))
                text = " ".join(p for p in (entry.number, entry.title) if p)
                term = (  # a term is short: «СІЧЕНЬ», «ІІ квартал 2025 року»
                    Deadline.parse(text, year=year, end_year=end_year) if len(text) <= 40 else None
                )
                terms.append(term if term is not None and term.kind in _HEADING_TERMS else None)
            elif not entry.deadline.text.strip():
                above = next((t for t in reversed(terms) if t is not None), None)
                if above is not None:
                    entry = attrs.evolve(entry, deadline=above)
                    taken.append(entry.number)
            out.append(entry)
        if taken:
            self.warnings.append(
                f"{self.source}: measures without a deadline take the term their heading "
                f"names: {listing(taken)}"
            )
        return out

    def _terms_from_above(self, built: list[Entry]) -> list[Entry]:
        """In a text dump, a measure's empty deadline or executors under one's are that one's.

        A cell merged down over several measures («протягом року», «Відділ освіти»
        for a whole section) leaves the rows under it empty in a text dump. Where
        the first measure under each heading has a deadline (executors), as a
        merged cell starts there, an empty one under a measure with one is taken
        as merged with it. Warned about, naming the measures.
        """
        groups: list[list[Measure]] = [[]]
        for entry in built:
            if isinstance(entry, Heading):
                groups.append([])
            else:
                groups[-1].append(entry)
        tests: dict[str, Callable[[Measure], bool]] = {
            "a deadline": lambda m: bool(m.deadline.text.strip()),
            "executors": lambda m: bool(m.responsible),
        }
        merged = {  # every heading's measures with it begin with one: merged cells, likely
            what: all(test(group[0]) for group in groups if any(map(test, group)))
            for what, test in tests.items()
        }
        above: Measure | None = None
        taken: dict[str, list[str]] = {what: [] for what in tests}
        out: list[Entry] = []
        for entry in built:
            if isinstance(entry, Heading):
                above = None
            else:
                if above is not None:
                    if (
                        merged["a deadline"]
                        and not entry.deadline.text.strip()
                        and above.deadline.text.strip()
                    ):
                        entry = attrs.evolve(entry, deadline=above.deadline)
                        taken["a deadline"].append(entry.number)
                    if merged["executors"] and not entry.responsible and above.responsible:
                        entry = attrs.evolve(entry, responsible=above.responsible)
                        taken["executors"].append(entry.number)
                above = entry
            out.append(entry)
        for what, numbers in taken.items():
            if numbers:
                self.warnings.append(
                    f"{self.source}: measures without {what} under one with {what}, read as "
                    f"the cell merged down over them: {listing(numbers)}"
                )
        return out

    def _trailing_lines(self) -> None:
        """Unnumbered «headings» after the last measure are no headings: notes on the plan.

        A spreadsheet's rows below its table («Начальник відділу І. Петренко»)
        head no measure.
        """
        while self.items and isinstance(self.items[-1], Heading) and not self.items[-1].number:
            heading = self.items.pop()
            table, place, _mark = self.marks.pop()
            reading = self.tables[table]
            row, _code, _group = reading.roles[place]
            reading.roles[place] = (row, _CODE[Role.NOTE], -1)
            # the row whole: «Начальник відділу | … | О. Петренко» in the funding column
            written = " | ".join(reading.grid.texts(row)) or heading.title or ""
            self.notes.append(f"{reading.grid.where(row)}: {written}")
            if is_signature(written.replace(" | ", " ")):
                self.signatures.add(self.notes[-1])

    @staticmethod
    def _level(stack: list[tuple[object, ...]], signature: tuple[object, ...]) -> int:
        """The level of a heading of this signature, the stack of open headings updated.

        An unnumbered heading that stands beside a numbered one («("none",
        ("arabic", "", 1))») is at that one's level for both kinds.
        """
        if signature[0] != "group":
            while stack and stack[-1][0] == "group":
                stack.pop()
        stood = _stood(signature)
        for position, entry in enumerate(stack):
            if _stood(entry) == stood or entry[0] == signature[0] == "none":
                del stack[position:]
                break
        else:
            if signature[0] == "arabic":
                depth = signature[2]
                for position, entry in enumerate(stack):
                    other = _stood(entry)
                    if other[0] == "arabic" and other[1] == signature[1] and other[2] >= depth:  # type: ignore[operator]
                        del stack[position:]
                        break
        stack.append(signature)
        return len(stack)

    def _measure(self, draft: _Draft, year: int, end_year: int | None) -> Measure:
        cells, layout = draft.cells, draft.layout
        fields = layout.fields
        funding: list[Funding] = []
        notes: list[str] = []
        if layout.sources or layout.funding:  # each test costs little: most tables have neither
            if layout.unknown and layout.funding:  # «план» and «факт» rows of one measure
                cells, spent = _planned_apart(cells, layout)
                notes.extend(spent)
            funding = _funding(cells, layout)
        for position in layout.notes:
            notes.extend(line.strip() for line in cells[position].splitlines() if line.strip())
        for column in layout.unknown:
            if written := cells[column.position].strip():
                notes.append(f"{column.caption_text or column.position + 1}: {written}")
        targets, achieved = _values(cells, layout) if layout.values != (None,) * 4 else ((), "")
        actual_at, baseline_at = layout.values[2:]
        if baseline_at is not None and not targets and (before := cells[baseline_at].strip()):
            notes.append(f"{layout.columns[baseline_at].caption_text}: {before}")  # no target
        if (
            achieved
            and actual_at is not None
            and (_report(cells, fields.get(OUTCOME), layout) or draft.report)
        ):
            # the report says what was done; the value achieved is kept beside it
            notes.append(f"{layout.columns[actual_at].caption_text}: {achieved}")
            achieved = ""
        responsible = _joined(cells, fields.get(RESPONSIBLE))
        if layout.marks:  # «+» under «виконано» or «не виконано»: the status it marks
            stated = _marked(cells, fields[STATUS], layout.marks)
        else:
            stated = _joined(cells, fields.get(STATUS))
            if layout.blurred and stated.casefold() in MARKS:
                stated = ""  # a «+» under «виконано частково не виконано»: which, unknown
                self.blurred.append(draft.given)
            if layout.share and _FIGURE.fullmatch(stated):  # «60» under «Рівень виконання, %»
                stated += " %"
        title = draft.title
        expected = _joined(cells, fields.get(EXPECTED))
        indicator = _joined(cells, fields.get(INDICATOR))
        labelled_term = ""
        if ":" in title and (inline := _INLINE_FIELD.sub("\n", title)) != title:
            title = inline  # «Семінар Термін: ІІ квартал Виконавець: …», a print's lines joined
        if "\n" in title and ":" in title:
            # «Проведення семінарів↵Очікуваний результат: …»: lines of other fields, read into
            # them where the table has no column of its own for them, else kept as notes
            title, lines = _fields_in_title(title)
            for field, caption, value in lines:
                if field == EXPECTED and not expected:
                    expected = value
                elif field == INDICATOR and not indicator:
                    indicator = value
                elif field == DEADLINE and DEADLINE not in fields and not labelled_term:
                    labelled_term = value
                elif field == RESPONSIBLE and not responsible:
                    responsible = value
                else:
                    notes.append(f"{caption}: {value}")
        if labelled_term:
            term = labelled_term  # «Строк виконання: ІІ квартал» under the title
        elif DEADLINE not in fields and (bracketed := _term_after(title, year)) is not None:
            title, term = bracketed  # «Семінар для старост (ІІ квартал)», no column of terms
            self.bracketed.append(draft.given)
        elif layout.periods:
            term = _marked(cells, fields[DEADLINE], layout.periods)
        else:
            term = _joined(cells, fields.get(DEADLINE), " – " if layout.span else "\n")
            places = fields.get(DEADLINE, ())
            if 0 < len(term) <= 4 and len(places) == 1:  # «Квартал» over «ІІ»
                term = numbered_period(layout.columns[places[0]].caption, term) or term
        deadline = Deadline.parse(term, year=year, end_year=end_year)
        guessed = deadline.note is not None and not deadline.note.startswith(TYPO)
        if guessed and (season := self.season) is not None:
            seasoned = _in_the_season(term, season)  # «травень» of a 2025/2026 school year
            if seasoned is not None:
                deadline = seasoned
                self.seasoned.append(draft.given)
        if guessed and (in_year := self.report_year) is not None:
            deadline = Deadline.parse(term, year=in_year)  # «ІІ квартал» in a report for 2025
            self.in_report_year.append(draft.given)
        if not deadline.understood and _WITHIN_THE_TERM.fullmatch(
            " ".join(term.casefold().split())
        ):
            deadline = self._within_the_term(term) or deadline
        if self.term is not None and deadline.start is not None:
            clipped = _in_the_term(deadline, self.term)
            if clipped is not deadline:
                deadline = clipped
                self.clipped.append(draft.given)
        if (
            term
            and RESPONSIBLE not in fields
            and (not deadline.understood or (_parted(term) and names_executor(term)))
        ):
            # «Відділ культури,↵ІІ квартал» under «Відповідальні виконавці, строк виконання»
            apart = _deadline_apart(term, year, end_year)
            if apart is not None:
                deadline, responsible = apart
                self.apart.append(draft.given)
        report = _report(cells, fields.get(OUTCOME), layout) or draft.report or achieved
        if not report and not stated and (struck := _STRUCK_OUT.search(title)) is not None:
            # «Виключено», «4 (виключено)»: the plan struck the measure out
            stated = struck["remark"] or title
        if (
            not report
            and self.document.carried is None
            and not fields.keys() & {OUTCOME, STATUS}  # a table with no column of reports
            and (told := _told_in_title(title))
        ):
            title, report = told  # «Ремонт даху↵Інформація про виконання: не виконано …»
        return Measure(
            number=draft.given,
            title=title,
            deadline=deadline,
            responsible=(
                _executors(responsible, commas=self.document.carried is None) if responsible else ()
            ),
            expected_result=expected or None,
            performance_indicator=indicator or None,
            funding=funding,
            targets=targets,
            outcome=_outcome(
                report,
                stated,
                none=layout.minus and stated in _DASHES,
                why=_joined(cells, layout.reasons, "; "),
            ),
            notes=notes,
            auto_numbered=not draft.number,
        )

    def _warn(self, built: list[Entry]) -> None:
        source = self.source
        if self.guessed:
            self.warnings.append(
                f"{source}: columns read by their cells, not their captions: "
                + "; ".join(self.guessed)
            )
        if self.unknown:
            names = ", ".join(f"«{c}»" for c in self.unknown)
            self.warnings.append(f"{source}: columns {names} kept as notes on each measure")
        if self.reported:
            self.warnings.append(
                f"{source}: rows across the table read as the outcome of the measure above: "
                + listing(self.reported)
            )
        if self.listed:
            self.warnings.append(
                f"{source}: a title cell listing several measures read as a measure each, the "
                f"row's other cells shared where they list no line each: {listing(self.listed)}"
            )
        if self.within and self.term is not None:
            self.warnings.append(
                f"{source}: {', '.join(f'«{t}»' for t in dict.fromkeys(self.within))} read as "
                f"the term the title names, {self.term.text}"
            )
        if self.seasoned and self.season is not None:
            first, turn = self.season
            self.warnings.append(
                f"{source}: terms that name no year read in the year of the season "
                f"{first}/{first + 1} they fall in ("
                + (
                    f"all in {first}"
                    if turn == 1
                    else f"{MONTHS[turn - 1].english} to December in {first}, "
                    f"January to {MONTHS[turn - 2].english} in {first + 1}"
                )
                + "): measures "
                + listing(self.seasoned)
            )
        if self.in_report_year and self.report_year is not None:
            self.warnings.append(
                f"{source}: terms that name no year read in {self.report_year}, the year of the "
                "plan the report is for: measures " + listing(self.in_report_year)
            )
        if self.clipped and self.term is not None:
            self.warnings.append(
                f"{source}: terms running past {self.term.text}, the term the title names, "
                "read within it: measures " + listing(self.clipped)
            )
        if self.bracketed:
            self.warnings.append(
                f"{source}: no column of terms; the term in brackets after the title read as "
                "the deadline: measures " + listing(self.bracketed)
            )
        if self.blurred:
            self.warnings.append(
                f"{source}: one column of marks under several statuses' captions (columns of "
                "marks read as one): the marks tell no status, measures " + listing(self.blurred)
            )
        if self.apart:
            self.warnings.append(
                f"{source}: executors and deadlines in one cell, read apart: measures "
                + listing(self.apart)
            )
        if self.joined:
            self.warnings.append(
                f"{source}: rows joined to the measure above: {listing(self.joined)}"
            )
        if self.parents:
            self.warnings.append(
                f"{source}: rows with a term or executors of their own read as the headings of "
                "the rows numbered under them, which take that term and those executors where "
                "they name none (their cells are kept in the plan's notes): "
                + listing(self.parents)
            )
        if self.list_items:
            self.warnings.append(
                f"{source}: items of a list a measure's title opens («у тому числі:» over «- …»), "
                "with cells of their own, read as measures numbered under it: "
                + listing(self.list_items)
            )
        if self.reported_parents:
            self.warnings.append(
                f"{source}: rows with a report of their own read as the headings of the rows "
                "numbered under them and as measures, the first under each: "
                + listing(self.reported_parents)
            )
        if self.auto_numbered:
            self.warnings.append(
                f"{source}: measures without a number, numbered by their position: "
                + listing(self.auto_numbered)
            )
        # civplan's own report numbers its plan as its author did: nothing to warn of there
        if self.document.carried is None:
            repeated = [m for m in built if isinstance(m, Measure) and m.ref and "#" in m.ref]
            if repeated:
                self.warnings.append(
                    f"{source}: measure numbers repeated: "
                    + "; ".join(f"{m.number} (told apart as {m.ref})" for m in repeated[:LISTED])
                )
            astray = self._astray(built)
            if astray:
                self.warnings.append(
                    f"{source}: measure numbers not under their heading's number: "
                    + listing(astray)
                )
            noted = [
                (m, m.deadline.note) for m in built if isinstance(m, Measure) and m.deadline.note
            ]
            yearless = [
                f"{m.number} «{' '.join(m.deadline.text.split())}»"
                for m, note in noted
                if not note.startswith((WRAPPED, TYPO))
            ]
            mistyped = [
                f"{m.number} «{' '.join(m.deadline.text.split())}» ({note.split(TYPO)[1].strip()})"
                for m, note in noted
                if TYPO in note
            ]
            if mistyped:  # «ІІ кваратал»: the word it misses by a letter, the reader's guess
                self.warnings.append(
                    f"{source}: deadlines read with a mistyped word mended: {listing(mistyped)}"
                )
            wrapped = [
                f"{m.number} «{' '.join(m.deadline.text.split())}» "
                f"({m.deadline.start:%d.%m.%Y}–{m.deadline.end:%d.%m.%Y})"
                for m, note in noted
                if note.startswith(WRAPPED) and m.number not in self.seasoned
            ]
            if wrapped:  # «вересень – травень» in a plan for 2025: into 2026, the reader's guess
                self.warnings.append(
                    f"{source}: terms that end before they begin, read into the next year: "
                    + listing(wrapped)
                )
            if yearless:  # a multi-year plan's «ІІ квартал»: which year is the reader's guess
                self.warnings.append(
                    f"{source}: deadlines that name no year, in a plan of several years (each "
                    f"read as every year of the plan, or stages in its first): {listing(yearless)}"
                )
            disorder = _out_of_order(built)
            if disorder:
                self.warnings.append(
                    f"{source}: measure numbers out of order: {'; '.join(disorder[:LISTED])}"
                )
        unplaced = [note for note in self.notes if note not in self.signatures]
        if unplaced:
            self.warnings.append(
                f"{source}: kept as notes on the plan, could not place: {listing(unplaced)}"
            )
        if self.parts:  # never joined silently
            sheets = [self.tables[0].grid.name, *self.parts]
            why = (
                "each a section, headed by its own line or its name: the same columns, each "
                "numbering its measures anew, and no measure's title on two"
                if self.sections_by_sheet
                else "the same columns, and no measure number of one repeated in another"
            )
            self.warnings.append(f"{source}: read {listing(sheets)} as parts of one plan: {why}")
        if self.unread:  # a PDF's tables apart from the report's: never left out silently
            self.warnings.append(
                f"{source}: tables after the report's not read: {listing(self.unread)}; where "
                "they hold the report's last columns (a sheet wider than the paper, printed "
                "a part a page), print it to the page's width, or read the spreadsheet"
            )
        if self.other_tables:  # a workbook is read one sheet at a time: never another silently
            self.warnings.append(
                f"{source}: read {self.tables[0].grid.name} only; other sheets hold a table "
                f"of measures too: {listing(self.other_tables)} — read one with "
                "Hints(sheet=…) (civplan --sheet NAME)"
            )

    def _astray(self, built: list[Entry]) -> list[str]:
        """The measures whose deep number lies outside their heading's («2.1» under «1.»)."""
        found = []
        heading: str | None = None
        outer: list[str] = []  # the heading's Arabic number's parts, if it has one
        for item, (table, place, _mark) in zip(built, self.marks, strict=True):
            if isinstance(item, Heading):
                heading = item.number
                parts = number_key(heading).split(".") if heading else []
                outer = parts if all(p.isdecimal() for p in parts) else []
            elif outer and not item.auto_numbered:
                parts = item.compared_number.split(".")
                if (
                    len(parts) > len(outer)
                    and parts[: len(outer)] != outer
                    and all(p.isdecimal() for p in parts)
                ):
                    where = self._where(table, place)
                    found.append(f"{where}: measure {item.number} stands under heading {heading}")
        return found


@attrs.define
class _Owner:
    """An open heading with an Arabic number, and whether what is under it lies under its number."""

    level: int
    parts: list[str]
    owned: bool = False
    prefix: str = attrs.field(init=False)  # «1.2.» for «1.2»: the start of the numbers under it

    def __attrs_post_init__(self) -> None:
        self.prefix = ".".join(self.parts) + "."


def _open(owners: list[_Owner], level: int, number: str) -> None:
    """Open a heading of ``level`` (its number as compared) among the owners."""
    while owners and owners[-1].level >= level:
        owners.pop()
    parts = number.split(".")
    if number and all(p.isdecimal() for p in parts):
        if owners and parts[: len(owners[-1].parts)] == owners[-1].parts:
            owners[-1].owned = True
        owners.append(_Owner(level, parts))


def _flat_before(
    items: Sequence[Heading | Measure | _Draft], marks: Sequence[tuple[int, int, int]]
) -> tuple[list[int], bool]:
    """Beside each entry, the number of the last row before it that is surely a measure.

    The number if it is one Arabic figure; 0 where there is none since the last
    heading, or it is another kind of number. And whether a row of a number and
    a title only is followed by a measure of that number or a lower one («1 |
    Освіта» over «1 | Семінар»): its numbers are headings' of their own.
    """
    out: list[int] = []
    last = 0
    candidate = 0  # the number of a row of a number and a title only, until a measure follows
    numbered = False
    for item, (_table, _place, mark) in zip(items, marks, strict=True):
        out.append(last)
        if not isinstance(item, Measure):
            last = candidate = 0
            continue
        key = item.compared_number
        flat = int(key) if key.isdecimal() and len(key) <= 4 and not item.auto_numbered else 0
        if mark == _CANDIDATE:
            candidate = flat
        elif mark >= 0 and flat:
            numbered = numbered or 0 < flat <= candidate
            last, candidate = flat, 0
    return out, numbered


def _closed(owners: list[_Owner], measure: Measure) -> int | None:
    """The level a measure ends the open headings at, or ``None`` when it lies under them.

    A measure under a heading's number, or a lettered sub-item, is the
    heading's; one at the depth of a heading whose measures lie under its
    number, or shallower, is outside it and every deeper one.
    """
    key = measure.compared_number
    if key.startswith(owners[-1].prefix) or LETTER_ITEM.fullmatch(measure.number) is not None:
        owners[-1].owned = True  # «1.1» under «1.», most measures; «а)» under «1.»
        return None
    parts = key.split(".")
    if not all(p.isdecimal() for p in parts):
        return None
    closed = None
    while owners:
        owner = owners[-1]
        if parts[: len(owner.parts)] == owner.parts and len(parts) > len(owner.parts):
            owner.owned = True
            break
        if not owner.owned or len(parts) > len(owner.parts):
            break
        closed = owner.level
        owners.pop()
    return closed


def _next_number(items: Sequence[object], heads: Sequence[bool], index: int) -> str | None:
    """The number of the first measure after ``index`` that civplan did not number."""
    for later in range(index + 1, len(items)):
        item = items[later]
        if isinstance(item, Measure) and not item.auto_numbered and not heads[later]:
            return item.compared_number
    return None


def _stood(signature: tuple[object, ...]) -> tuple[object, ...]:
    """The signature of the heading an unnumbered one stands beside, or its own."""
    return signature[1] if signature[0] == "none" and len(signature) > 1 else signature  # type: ignore[return-value]


def _beside(
    stack: list[tuple[object, ...]], numbers: list[str], measure: str | None
) -> tuple[object, ...]:
    """An unnumbered heading's signature: beside the numbered heading its measures are not under.

    «Загальні питання» after «1. Освіта» heads «2.1», «2.2»: it stands beside
    «1.», not under it, and a later «3.» beside it. Flat numbers («1», «2»)
    lie under no heading: the heading stays where the open headings put it.
    """
    parts = measure.split(".") if measure else []
    if measure and len(parts) >= 2 and all(p.isdecimal() for p in parts):
        for position, signature in enumerate(stack):
            number = numbers[position] if position < len(numbers) else ""
            if signature[0] == "arabic" and number and not within(measure, number):
                del stack[position + 1 :]
                return ("none", signature)
    return ("none",)


def _signature(number: str | None, group: int | None) -> tuple[object, ...]:
    """What kind of heading number a heading has, so that alike ones stand at one level."""
    if group is not None and group >= 0:
        return ("group", group)
    if number is None:
        return ("none",)
    words = number.split()
    keyword = words[0].casefold()[:5] if len(words) > 1 else ""
    core = words[-1]
    if is_roman(core):
        return ("roman", keyword)
    parts = number_key(core).split(".")
    if all(part.isdecimal() for part in parts):
        return ("arabic", keyword, len(parts))
    return ("other", keyword)


_LIST_NUMBER = r"(\d{1,3}|[а-яa-z])([.)])"
"""A list's mark and its style: «2)», «б.»."""
_LIST_MARK = re.compile(_LIST_NUMBER + r"\s+(\S.*)")
"""A line of a list in a title cell: «2) облаштування укриття;», «б. ремонт даху»."""


def _listed(number: str | None, title: str) -> list[tuple[str, str]]:
    """The measures a title cell lists after the number it opens with, if it lists several.

    «1) заміна вікон;↵2) облаштування укриття;↵3) ремонт спортзалу» under the
    number «1)»: three measures, «1)», «2)», «3)», each its line (a line with
    no mark goes on with the one above). Empty unless the marks count on from
    the number, in its style.
    """
    if not number or "\n" not in title:
        return []
    first = re.fullmatch(_LIST_NUMBER, number)
    if first is None:
        return []
    start, style = first[1], first[2]
    items = [[number, title.split("\n", 1)[0]]]
    for line in title.split("\n")[1:]:
        if not line.strip():
            continue
        mark = _LIST_MARK.fullmatch(line.strip())
        following = _following(items[-1][0][:-1], start)
        if mark is not None and mark[2] == style and mark[1] == following:
            items.append([f"{mark[1]}{style}", mark[3]])
        else:
            items[-1][1] += "\n" + line.strip()
    if len(items) < 2:
        return []
    return [(mark, text.strip().rstrip(";,").rstrip()) for mark, text in items]


_CYRILLIC_LETTERS = "абвгґдеєжзиіїйклмнопрстуфхцчшщюя"
_LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _following(mark: str, first: str) -> str:
    """The list mark after ``mark``, in the style of ``first``: «2» after «1», «б» after «а»."""
    if first.isdecimal():
        return str(int(mark) + 1) if mark.isdecimal() else ""
    letters = _CYRILLIC_LETTERS if first in _CYRILLIC_LETTERS else _LATIN_LETTERS
    at = letters.find(mark)
    return letters[at + 1] if 0 <= at < len(letters) - 1 else ""


def _shared(cells: Sequence[str], layout: _Layout, count: int) -> list[tuple[str, ...]] | None:
    """A row's cells for each of ``count`` measures its title cell lists, or ``None``.

    A cell of as many lines gives each measure its line; another is shared by
    all («Відділ освіти», «2025 рік») — but not an amount of money, which no
    measure may be given whole: then the row is one measure.
    """
    money = {c.position for c in layout.funding} | set(layout.sources) | set(layout.years)
    split: list[list[str]] = [list(cells) for _ in range(count)]
    for position, text in enumerate(cells):
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) == count:
            for row, line in zip(split, lines, strict=True):
                row[position] = line
        elif position in money and lines and not all(says_none(line) for line in lines):
            return None
    return [tuple(row) for row in split]


_NO_FUNDING = re.compile(
    r"не потребу\w* (?:фінансуван|кошт|видатк)|без (?:фінансуван|залучення (?:бюджетних )?кошт)"
    r"|фінансуван\w* не (?:потребу|передбач)|не передбача\w* (?:фінансуван|видатк)",
    re.IGNORECASE,
)
"""A funding source's words that say the measure needs no money («Не потребує фінансування»)."""


def _planned_apart(cells: Sequence[str], layout: _Layout) -> tuple[Sequence[str], list[str]]:
    """A measure's rows labelled «план» and «факт»: the plan's amounts funding, the fact's notes.

    «план | 150,0» over «факт | 148,5», the labels in a column of their own: the funding is
    150,0, «Обсяг фінансування (факт): 148,5» a note. Cells unchanged, and no notes, where
    no such column labels every line of the funding.
    """
    for column in layout.unknown:
        labels = _funding_lines(cells[column.position])
        kinds = [value_kind((label,)) for label in labels]
        if len(kinds) < 2 or PLANNED not in kinds or not set(kinds) <= {PLANNED, ACTUAL}:
            continue
        lines = {c.position: _funding_lines(cells[c.position]) for c in layout.funding}
        if any(texts and len(texts) != len(kinds) for texts in lines.values()):
            continue
        changed = list(cells)
        changed[column.position] = ""  # its labels said where each line goes
        spent: list[str] = []
        for funded in layout.funding:
            texts = lines[funded.position]
            changed[funded.position] = "\n".join(
                text for text, kind in zip(texts, kinds, strict=False) if kind == PLANNED
            )
            spent.extend(
                f"{funded.caption_text} ({label}): {text}"
                for text, kind, label in zip(texts, kinds, labels, strict=False)
                if kind == ACTUAL
            )
        return changed, spent
    return cells, []


def _funding(cells: Sequence[str], layout: _Layout) -> list[Funding]:
    """A measure's funding: each funding column's amount or words, with its source and year.

    Funding written line by line — a row per source or year under the measure
    («Державний бюджет | 1 200,0», then «Місцевий бюджет | 300,0»), or one
    cell of sources beside one of amounts — pairs each line's source and
    year with that line's amounts, when every column of them has as many lines.
    """
    keys = (*layout.sources, *layout.years)
    places = (*keys, *(c.position for c in layout.funding))
    lines = {p: _funding_lines(cells[p]) for p in places}
    counts = {len(texts) for texts in lines.values() if texts}
    count = counts.pop() if len(counts) == 1 else 0
    if (
        count < 2
        or not any(lines[p] for p in keys)
        or all(lines[p] == [] for p in places[len(keys) :])
    ):
        return _funding_of(cells, layout)
    funding = []
    for at in range(count):
        line = list(cells)
        for p in places:
            line[p] = lines[p][at] if lines[p] else ""
        funding.extend(_funding_of(line, layout))
    return funding


_ALL = re.compile(r"(?:у|в)?сього|разом|total", re.IGNORECASE)
"""A funding column's caption for the sum of the others («усього»)."""
_ONE_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*(?:р|рік)\.?)?")
"""A cell of a column of years that names one: «2025», «2025 р.»."""


_BREAKDOWN = re.compile(rf"[,:\s]*(?:{BREAKDOWN})[:\s]*$", re.IGNORECASE)
"""What opens the parts of a total: «у тому числі:», «Усього, в т.ч.:»."""


def _funding_lines(text: str) -> list[str]:
    """A funding cell's lines: a line that only opens a total's parts («у тому числі:») goes."""
    lines = (_BREAKDOWN.sub("", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _funding_of(cells: Sequence[str], layout: _Layout) -> list[Funding]:
    """The funding one row (or one line of a measure's rows) states."""
    # a source of «—» or «х» names none
    sources = (cells[p].strip() for p in layout.sources)
    source = "; ".join(t for t in sources if t and not says_none(t)) or None
    # «Не потребує фінансування» in the source column: no source, and no money
    if (
        source is not None
        and _NO_FUNDING.search(source)
        and not any(amount(cells[c.position]) for c in layout.funding)
    ):
        return [Funding(text=source)]
    # «2025» in a column of years: the year of this line's amounts; other words are kept
    dated = " ".join(t for p in layout.years if (t := cells[p].strip()) and not says_none(t))
    year = int(found[1]) if (found := _ONE_YEAR.fullmatch(dated)) else None
    funding: list[Funding] = []
    for column in layout.funding:
        written = cells[column.position].strip()
        if written:  # «—» too: the document says there is none, and the text keeps it
            value = amount(written)
            # «усього» over the years of a row's source: that source's total, not a source
            named = source if source and _ALL.match(column.source or "") else column.source
            if value is None and not source and not named and (pairs := _sourced(written)):
                # «Місцевий бюджет – 350,0↵Державний бюджет – 1200,0»: an amount per source
                funding.extend(
                    Funding(amount=each, source=where, year=column.year or year)
                    for each, where in pairs
                )
                continue
            if value is None:
                text: str | None = written
            else:
                text = dated if dated and year is None and column.year is None else None
            funding.append(
                Funding(
                    amount=value,
                    source=named or source,
                    year=column.year or year,
                    text=text,
                )
            )
    if source and not funding:  # «Місцевий бюджет – 350,0» under «Джерела фінансування»
        pairs = _sourced(source)
        funding.extend(Funding(amount=each, source=where, year=year) for each, where in pairs)
        if not pairs:
            funding.append(Funding(source=source))
    return funding


_SOURCED = (
    # «Місцевий бюджет – 350,0», «МБ: 450,5», «кошти інвесторів 500»
    re.compile(r"(?P<source>[^\d:–—-][^\d:–—]*?)\s*(?:[:–—-]\s*|\s)(?P<amount>[\d\s.,]*\d)"),
    # «80,0 (місцевий бюджет)», «80,0 – місцевий бюджет»
    re.compile(r"(?P<amount>\d[\d\s.,]*?)\s*(?:\((?P<inside>[^()\d]+)\)|[–—-]\s*(?P<after>\D+))"),
)
"""A part of a funding cell that names a source and its amount, either way round."""


def _sourced(text: str) -> list[tuple[Decimal, str]]:
    """A funding cell's amounts with their sources, if every line or «;» part names both.

    «Місцевий бюджет – 350,0↵Державний бюджет – 1200,0», «80,0 (місцевий
    бюджет)», «МБ: 450,5; ДБ: 900,0»; a total before its parts («Усього –
    1550,0↵у т.ч.: …») is their sum, no source. Else none: the cell is kept as
    written.
    """
    pairs: list[tuple[Decimal, str]] = []
    total = False
    for part in re.split(r"\n|;", text):
        part = _PARTS_OPENING.sub("", " ".join(part.split())).strip(" ,.")
        if not part:
            continue
        if _ALL.match(part) and not pairs and not total:
            total = True
            continue
        found = None
        for pattern in _SOURCED:
            if (match := pattern.fullmatch(part)) is not None:
                found = match
                break
        if found is None:
            return []
        value = amount(found["amount"])
        named = found.groupdict()
        where = (named.get("source") or named.get("inside") or named.get("after") or "").strip()
        if value is None or _A_SOURCE.search(where) is None:
            return []
        pairs.append((value, where.strip(" ,.:")))
    return pairs


_PARTS_OPENING = re.compile(rf"^(?:{BREAKDOWN})[:\s]*", re.IGNORECASE)
"""What opens a part of a total: «у т.ч. місцевий бюджет – 10,0»."""

_A_SOURCE = re.compile(
    r"бюджет|кошт|джерел|фонд|інвест|спонсор|грант|позабюджет|субвенц|дотац|budget|fund|donor"
    r"|^[А-ЯІЇЄҐA-Z]{2,4}$",
    re.IGNORECASE,
)
"""What names a source of money: «місцевий бюджет», «кошти інвесторів», «МБ»."""


_TERM_LINES = 4
"""The most lines (or parts between commas) a deadline beside executors in one cell takes."""


_SEASONED = frozenset(ONE_INTERVAL) - {DeadlineKind.YEAR, DeadlineKind.YEARS}


def _in_the_season(term: str, season: tuple[int, int]) -> Deadline | None:
    """A term without a year read in the year of the season it falls in, if it falls in one.

    ``season``: the season's first year and the month its second year begins
    («травень» of a 2025/2026 school year is May 2026, «жовтень» October 2025).
    """
    first, turn = season
    read = Deadline.parse(term, year=first)
    if read.kind not in _SEASONED or read.start is None or read.end is None:
        return None
    if read.start.year != first or read.end.year != first or read.end.month >= turn:
        return read
    return Deadline.parse(term, year=first + 1)


_DASHED = re.compile(r"\s+[–—-]\s+")


def _parted(text: str) -> bool:
    """Whether a cell is in parts: lines, or parts between commas or spaced dashes."""
    return "\n" in text or "," in text or " – " in text or " - " in text or " — " in text


def _deadline_apart(text: str, year: int, end_year: int | None) -> tuple[Deadline, str] | None:
    """A deadline and the executors written in one cell, one after the other, read apart.

    «Відділ культури,↵ІІ квартал», «ІІ квартал, відділ культури»: the lines
    (or, on one line, the parts between commas) at the end or the start that
    read as a deadline are the deadline; the rest, which must name an
    executor, names the executors.
    """
    lines = [line.strip(" ,;") for line in text.splitlines() if line.strip(" ,;")]
    if len(lines) == 1:  # «ІІ квартал, відділ культури», «Відділ культури – ІІ квартал»
        parted = lines[0].split(",") if "," in lines[0] else _DASHED.split(lines[0])
        lines = [part.strip() for part in parted if part.strip()]
    # a term is a few lines at most: a cell of many costs no more than those few
    for cut in range(max(1, len(lines) - _TERM_LINES), len(lines)):
        for term, rest in ((lines[cut:], lines[:cut]), (lines[: len(lines) - cut], lines[-cut:])):
            deadline = Deadline.parse("\n".join(term), year=year, end_year=end_year)
            if deadline.understood and names_executor(" ".join(rest)):
                return deadline, "\n".join(rest)
    return None


def _cells(measure: Measure) -> str:
    """What a measure row read as a heading said besides its title: term, executors, report."""
    shown = [measure.deadline.text, "; ".join(measure.responsible)]
    if measure.outcome is not None:
        shown += [measure.outcome.stated or "", measure.outcome.text]
    return " | ".join(text for text in shown if text)


def _sums(measure: Measure) -> str:
    """A row's funding as the cells wrote it: «місцевий бюджет, 2025: 450,0»."""
    shown = []
    for funding in measure.funding:
        value = funding.text or str(funding.amount).replace(".", ",")
        named = ", ".join(str(part) for part in (funding.source, funding.year) if part)
        shown.append(f"{named}: {value}" if named else value)
    return "; ".join(shown)


def _compared(text: str) -> str:
    """A line as compared with another: its words, one space apart, in lower case."""
    return " ".join(text.split()).casefold()


def _section_heading(text: str) -> bool:
    """Whether a line reads as a section's heading and as no line of a title («Звіт …»)."""
    return reads_as_heading(text) and TITLE_WORDS.search(text) is None


def _headed_alike(
    blocks: Sequence[Block], at: int | None, grid: Grid, line: str, title: Sequence[str]
) -> bool:
    """Whether the line over the first table heads it as a line heads the table after it.

    The next table shows the first's header again, with one line between them that
    reads as a heading; the line over the first reads as one too, and as no line of a
    title («Звіт …», a year). ``at``: where ``grid`` stands among ``blocks``.
    """
    if not _section_heading(line) or len(line) > 120 or at is None:
        return False
    between: list[str] = []
    for block in blocks[at + 1 :]:
        if isinstance(block, Grid):
            header = grid.rows[0] if grid.rows else ()
            if (
                len(between) == 1
                and _headings_last(between, title) == 1
                and _section_heading(between[0])
                and bool(block.rows)
                and block.rows[0] == header
            ):
                return True
            break
        between.append(block.text.strip())
        if len(between) > 1:
            break
    return _headed_within(grid)


def _header_again(grid: Grid) -> bool:
    """Whether the grid's header stands again below, under a row of one heading-like text.

    Tables of sections printed without rules one after another are read as one
    grid: each section's heading, then the header again.
    """
    header = find_header(grid, grid.width)
    if header is None:
        return False
    captions = grid.rows[header[1]]
    for at in range(header[1] + 2, len(grid.rows)):
        above = [text.strip() for text in grid.rows[at - 1] if text.strip()]
        if grid.rows[at] == captions and len(above) == 1 and _section_heading(above[0]):
            return True
    return False


_TOTAL = re.compile(r"(?i)^\W*(?:усього|всього|разом|загалом|total)\b")


def _headed_within(grid: Grid) -> bool:
    """Whether rows of one text across the table head its later parts, and none its first.

    A PDF joins the tables of sections printed one after another into one, their
    headings between them rows across it: the first section's heading stays above.
    """
    header = find_header(grid, grid.width)
    if header is None:
        return False
    body = [row for row in grid.rows[header[1] + 1 :] if any(text.strip() for text in row)]
    across = [
        at
        for at, row in enumerate(body)
        if len(row) > 1 and len(set(row)) == 1 and not _TOTAL.match(row[0])
    ]
    return bool(across) and across[0] > 0 and all(_section_heading(body[at][0]) for at in across)


def _headings_last(texts: Sequence[str], title: Sequence[str]) -> int:
    """How many of the last ``texts`` read as headings, none of them a line of the title."""
    repeated = {_compared(line) for line in title}
    count = 0
    for text in reversed(texts):
        if not reads_as_heading(text) or _compared(text) in repeated:
            break
        count += 1
    return count


def _folded(paths: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Caption paths as compared."""
    return [tuple(map(normalize_caption, path)) for path in paths]


def _captioned(table: TableReading) -> list[tuple[str, ...]]:
    """A table's caption paths as compared."""
    return _folded([column.caption for column in table.columns])


def _body_numbers(grid: Grid, header: tuple[int, int], column: int) -> set[str]:
    """The texts of a number column under a grid's header, each as compared."""
    width = grid.width  # (the longest row's: found once, not for every row)
    return {
        number_key(text)
        for r in range(header[1] + 1, len(grid.rows))
        if (text := cells(grid, r, width)[column].strip())
    }


def _sheets_of_sections(grids: Sequence[Grid]) -> dict[str, tuple[str, ...]]:
    """The sheets of a workbook that are its sections, each numbering its measures from 1.

    Each with the lines above its header that no other has: its heading, if any.

    Sheets under the first's captions whose measure numbers repeat one another's
    («1», «2» on «Освіта», «1», «2» on «Культура») while no measure's title is on
    two of them: one plan, a section per sheet — not a sheet per quarter of the
    same measures (their titles repeat), nor sheets whose numbers go on
    («1.1» on one, «2.1» on the next), read as parts of one table already.
    """
    sheets = [grid for grid in grids if grid.sheet is not None]
    if len(sheets) < 2:
        return {}
    found: list[tuple[str, list[tuple[str, ...]], set[str], set[str], list[str]]] = []
    for grid in sheets:
        width = grid.width  # (the longest row's: found once, not for every row)
        if (header := find_header(grid, width)) is None:
            continue
        above = [text for r in range(header[0]) for text in grid.texts(r)]
        paths = caption_paths(grid, header[0], header[1], width)
        fields = [caption_fields(path)[:1] for path in paths]
        if [NUMBER] not in fields or [TITLE] not in fields:
            continue
        titles = {
            " ".join(text.casefold().split())
            for r in range(header[1] + 1, len(grid.rows))
            if (text := cells(grid, r, width)[fields.index([TITLE])].strip())
        }
        numbers = _body_numbers(grid, header, fields.index([NUMBER]))
        found.append((grid.name, _folded(paths), numbers, titles, above))
    alike = [sheet for sheet in found if found and sheet[1] == found[0][1]]
    if len(alike) < 2 or not all(sheet[2] and sheet[3] for sheet in alike):
        return {}
    pairs = [(a, b) for i, a in enumerate(alike) for b in alike[i + 1 :]]
    if not any(a[2] & b[2] for a, b in pairs) or not all(a[3].isdisjoint(b[3]) for a, b in pairs):
        return {}
    # the lines above every sheet's header are the title; those of one sheet alone, its
    # heading. Sheets that share no title may be other plans: not joined
    common = set.intersection(*(set(sheet[4]) for sheet in alike))
    if not common and any(sheet[4] for sheet in alike):
        # the title over the first sheet alone, a heading over each: «План …», «Освіта»
        # over the first, «Культура» alone over the next
        first, *later = alike
        heads = [first[4][-1:], *(sheet[4] for sheet in later)]
        if len(first[4]) < 2 or any(
            len(lines) != 1 or not _section_heading(lines[0]) for lines in heads
        ):
            return {}
        return {sheet[0]: tuple(lines) for sheet, lines in zip(alike, heads, strict=True)}
    return {
        name: tuple(text for text in above if text not in common) for name, _, _, _, above in alike
    }


def _has_measures(grid: Grid) -> bool:
    """Whether a sheet shows a header naming measures' titles, with rows under it."""
    header = find_header(grid, grid.width)
    if header is None or header[1] + 1 >= len(grid.rows):
        return False
    captions = grid.rows[header[0] : header[1] + 1]
    return any(TITLE in caption_fields((text,)) for row in captions for text in row if text)


def _label(executor: str, outcome: str) -> str:
    """«Відділ освіти: Проведено 3 семінари» — an executor's part of an outcome, named."""
    name = " ".join(executor.split())
    return outcome if outcome.startswith(name) else f"{name}: {outcome}"


def _joined(cells: Sequence[str], places: tuple[int, ...] | None, joint: str = "\n") -> str:
    """The texts of a field's columns in a row, joined."""
    if not places:
        return ""
    if len(places) == 1:
        return cells[places[0]].strip()
    return joint.join(t for p in places if (t := cells[p].strip()))


def _report(cells: Sequence[str], places: tuple[int, ...] | None, layout: _Layout) -> str:
    """A row's outcome: its columns' texts apart by a blank line, each period's labelled.

    A report per quarter («Стан виконання / І квартал | ІІ квартал …») reads
    «І квартал: …», the periods with nothing reported («—») left out.
    """
    if not layout.reported or not places:
        return _joined(cells, places, "\n\n")
    parts = (
        (label, cells[place].strip()) for place, label in zip(places, layout.reported, strict=True)
    )
    return "\n\n".join(f"{label}: {text}" for label, text in parts if text and not says_none(text))


def _executors(text: str, *, commas: bool) -> list[str]:
    """The executors a cell names: one per line, or per «;» («Відділ освіти; ЦНАП»).

    With ``commas``, a name broken over two lines is one (:func:`_names_broken_joined`),
    and executors are also apart per comma where each part names an executor of its
    own («Відділ освіти, відділ культури, КНП «ЦПМСД» (за згодою)»), not
    where a name goes on after it («Відділ освіти, культури, молоді та
    спорту»), and a dash («–» under «Співвиконавці») names none. civplan's
    own reports keep their executors as carried; in any other document an
    executor named twice (under «Головний розпорядник коштів» and «Виконавці»)
    is one.
    """
    found = []
    lines = text.splitlines()
    for line in _names_broken_joined(lines) if commas else lines:
        for part in line.split(";"):
            if commas:  # «Управління освіти,» over «УКБ»: one of a list (not civplan's own)
                part = part.strip().rstrip(",")
            pieces = [piece.strip() for piece in part.split(",")] if commas else []
            if len(pieces) > 1 and all(piece and names_executor(piece) for piece in pieces):
                found.extend(pieces)
            elif part.strip() and not (commas and says_none(part)):  # «–»: none
                found.extend(_run_together(part.strip()) if commas else [part.strip()])
    return list(dict.fromkeys(found)) if commas else found  # one named in two columns, once


def _names_broken_joined(lines: list[str]) -> list[str]:
    """A cell's lines, a name broken over two of them joined: one executor a line.

    «Служба у» over «справах дітей», «Управління» over «ЖКГ», «Фінансове» over
    «управління», «Відділ освіти» over «(за згодою)»: the line after goes on with the
    name where it names no executor alone and begins in lower case or a bracket, or
    goes on a single word, or where the line before names none and it begins in lower
    case. «Відділ освіти» over «Відділ культури» (or «управління культури») stay two.
    """
    joined: list[str] = []
    for line in lines:
        text = line.strip()
        if joined and text and not joined[-1].endswith((",", ";", ".", ":")):
            before = joined[-1]
            lower = text[:1].islower() or text[:1] == "("
            alone = names_executor(text) and text[:1] != "("
            if (not alone and (lower or " " not in before)) or (
                lower and not names_executor(before)
            ):
                joined[-1] = f"{before} {text}"
                continue
        joined.append(text)
    return joined


def _run_together(part: str) -> list[str]:
    """Executors a line names one after another, their lines run together, each apart.

    «Відділ культури Центр культури»: a PDF's printed lines joined, or a cell typed
    so. A new one begins at a capitalised word that names an executor and reads
    as no genitive, where what comes before it names one too; not at one
    that may be a genitive («Відділ культури Управління освіти», the department of
    the administration), nor at a proper name («Київської ОДА»).
    """
    from civplan.model.morphology import never_genitive

    if len(part) > _MOST_RUN_TOGETHER:
        return [part]
    words = part.split()
    for at in range(len(words) - 1, 0, -1):
        head = words[at]
        if (
            head[:1].isupper()
            and head[1:].islower()
            and words[at - 1][-1:].isalpha()
            and words[at - 1][:1].islower()
            and names_executor(head)
            and never_genitive(head.lower())
            and names_executor(" ".join(words[:at]))
        ):
            return [*_run_together(" ".join(words[:at])), " ".join(words[at:])]
    return [part]


_MOST_RUN_TOGETHER = 1000
"""The longest line read as executors run together: a few of them, not a page of text."""


def _marked(cells: Sequence[str], places: tuple[int, ...], periods: tuple[str, ...]) -> str:
    """The periods, or statuses, a row marks («+» under «ІІ» and «ІV»: «ІІ квартал, ІV квартал»).

    A cell that holds more than a mark («до 15.05») says its own term.
    """
    terms = []
    for place, period in zip(places, periods, strict=True):
        written = " ".join(cells[place].split())
        if written:
            terms.append(period if written.casefold() in MARKS else written)
    return ", ".join(terms)


def _lists_on(pending: list[object], row: RowRead) -> bool:
    """Whether a row of no number is an item of the list the pending measure's title opens.

    «Організувати:» over «- роботу гуртків;», «- виставки майстрів.»: an item of a list
    (after a dash or in lower case) and nothing beside it.
    """
    if row.number is not None or not _LIST_ITEM.match(row.text or ""):
        return False
    title: str = pending[1]  # type: ignore[assignment]
    layout: _Layout = pending[3]  # type: ignore[assignment]
    at = next((c.position for c in layout.columns if c.field == TITLE), None)
    others = [text for place, text in enumerate(row.cells) if place != at and text.strip()]
    return not others and title.rstrip().endswith((":", ";", ","))


_LIST_ITEM = re.compile(r"\s*(?:[-–—•·▪]\s*\S|[а-яґєіїa-z])")
"""How an item of a list in a title goes on below it: after a dash or a bullet, in lower case."""
_BRACKETED_TERM = re.compile(
    r"(?s)(?P<title>.*\S)\s*\(\s*(?:(?:термін|строк)\w*(?: виконання)?\s*[:–—-]?\s*)?"
    r"(?P<term>[^()]{2,60}?)\s*\)\.?"
)


def _term_after(title: str, year: int) -> tuple[str, str] | None:
    """A title's term in brackets at its end, apart: «Семінар для старост (ІІ квартал)».

    Only words that read as a term; other brackets («(за згодою)», «(далі – ЦНАП)») stay.
    """
    if not title.rstrip(" .").endswith(")"):
        return None
    found = _BRACKETED_TERM.fullmatch(title.rstrip())
    if found is None or not Deadline.parse(found["term"], year=year).understood:
        return None
    return found["title"], found["term"]


_LABELLED_LINE = re.compile(r"\n[ \t]*(?P<label>[^\n:]{3,60}?)[ \t]*:[ \t]*(?P<report>\S.*)", re.S)
_LABELLED_REPORT = re.compile(
    r"(?s)\s(?P<label>(?:Інформація|Відомості) (?:про|щодо) (?:стан |хід )?(?:виконання|реалізації)"
    r"|Стан виконання|Хід виконання|Результат виконання)\s*:\s*(?P<report>\S.*)"
)


_STRUCK_OUT = re.compile(
    r"^[\W]*(?:(?:пункт|підпункт|захід|завдання|позиці\w*)\s+(?:[\d.]+\s+)?)?"
    r"(?:(?:виключ|вилуч)ен(?:о|ий|а|е)|втратив чинність)(?!\w)"
    r"|\((?P<remark>(?:(?:виключ|вилуч)ен(?:о|ий|а|е)|втратив чинність)(?!\w)[^()]*)\)\W*$",
    re.IGNORECASE,
)
"""A title that says the plan struck its measure out: «Виключено», «{Пункт 2.3 виключено на
підставі рішення …}», «Оновлення складу ради (виключено)»."""


_IN_TITLE = frozenset({EXPECTED, INDICATOR, FUNDING_SOURCE, RESPONSIBLE, DEADLINE})
"""The fields a title cell may tell on labelled lines under the title, apart from the report."""


_INLINE_FIELD = re.compile(
    r"(?<=[^\s:])[ \t]+(?=(?:(?:Термін|Строк)и?(?: виконання)?|Виконав(?:ець|ці)"
    r"|Відповідальн\w*(?: виконав\w*| за виконання)?|Очікуван\w* результат\w*"
    r"|Індикатор\w*(?: виконання)?|Джерел[оа] фінансування)\s*:)"
)
"""Where a title cell's labelled line begins, its lines joined on one by a print («Семінар
Термін: ІІ квартал»): a capital label of a field, not the title's own words."""


def _fields_in_title(title: str) -> tuple[str, list[tuple[str, str, str]]]:
    """A title cell's lines of other fields under a label («Очікуваний результат: …»).

    The title is the lines before the first such line; a value goes on in the lines
    under it. A line of the report («Стан виконання: …») and those after it stay with
    the title, for :func:`_told_in_title`.
    """
    lines = title.split("\n")
    head: list[str] = []
    found: list[tuple[str, str, str]] = []
    for at, line in enumerate(lines):
        told = labelled_text(line) if head else None
        if told is not None and told[2] in (OUTCOME, STATUS):
            head.extend(lines[at:])
            break
        if told is not None and told[1] and told[2] in _IN_TITLE:
            found.append((told[2], told[0], told[1]))
        elif found:
            field, caption, value = found[-1]
            found[-1] = (field, caption, f"{value}\n{line.strip()}")
        else:
            head.append(line)
    return "\n".join(head).strip(), found


def _unlabelled_report(text: str) -> str:
    """A row's report without the label over it: «Стан виконання: проведено …» → «проведено …».

    A label that is status words is the report's own, kept: «Виконано: семінар проведено».
    """
    first, _, rest = text.partition("\n")
    told = labelled_text(first)
    if (
        told is None
        or told[2] not in (OUTCOME, STATUS)
        or not told[1]
        or isinstance(read_stated(told[0]), Status)
    ):
        return text
    return f"{told[1]}\n{rest}" if rest else told[1]


def _told_in_title(title: str) -> tuple[str, str] | None:
    """A title cell's report on a line of its own under a label, apart from the title.

    «Проведення семінару↵Інформація про виконання: семінар проведено 12 травня»
    → the title, and the report after its label (one that names a column of
    reports: «Стан виконання», «Виконання»; not «Результат», which in a plan
    is the result expected), or the report whole where its label is status
    words («Виконано: семінар проведено 12 травня»).
    """
    if ":" not in title:
        return None
    # on a line of its own; or after the title on one line, as a PDF's cell joins its lines,
    # where the label is one of the longer ones no title holds
    found = _LABELLED_LINE.search(title) or _LABELLED_REPORT.search(title)
    if found is None:
        return None
    head = title[: found.start()].strip()
    if not head:
        return None
    if isinstance(read_stated(found["label"]), Status):  # «Виконано: проведено 12 травня»
        return head, title[found.start() :].strip()  # the status words are the report's own
    named = caption_fields((found["label"],))
    if OUTCOME not in named or EXPECTED in named:  # «Результат:» of a plan
        return None
    return head, found["report"].strip()


_DASHES = frozenset({"-", "–", "—", "−"})


def _outcome(text: str, stated: str, *, none: bool = False, why: str = "") -> Outcome | None:
    """The outcome a report's text and stated words give; ``none``: the words mark not done.

    ``why``: a column's reason the measure was not done, its justification (not a dash).
    """
    why = "" if says_none(why) else why
    status = Status.NOT_DONE if none else read_stated(stated) if stated else None
    if stated and status is None and not text:
        text, stated = stated, ""  # a status column of prose: the only narrative
    elif stated and not text and has_remark(stated):
        text = stated  # «Виконано: розміщено на сайті» — status words, and the only narrative
    if not text and not stated and not why:
        return None
    return Outcome(
        text=text,
        status=status if isinstance(status, Status) else None,
        stated=stated or None,
        justification=why or None,
    )


def _out_of_order(built: list[Entry]) -> list[str]:
    found = []
    previous: tuple[int, ...] | None = None
    for entry in built:
        if isinstance(entry, Heading):
            previous = None
            continue
        parts = entry.compared_number.split(".")
        if not all(p.isdecimal() for p in parts):
            previous = None
            continue
        current = tuple(int(p) for p in parts)
        if previous is not None and current <= previous and len(current) == len(previous):
            found.append(f"{entry.number} after {'.'.join(map(str, previous))}")
        previous = current
    return found


_PASSPORT_LABEL = re.compile(
    r"ініціатор|розробник|співрозробник|відповідальн\w* виконав|учасник|виконавц"
    r"|(?:термін|строк|етап)\w* (?:її |його )?(?:реалізації|виконання|дії)|обсяг\w* фінансов"
    r"|фінансов\w* ресурс|підстав\w* (?:для )?розроб|розпорядч\w* документ|мета програми"
    r"|головн\w* розпорядник|джерел\w* фінансування|очікуван\w* результат|назва програми"
    r"|загальн\w* обсяг|перелік бюджетів",
    re.IGNORECASE,
)
_FIGURES_CAPTION = re.compile(
    r"^(?:(?:основн|загальн|зведен|підсумков|ключов|кількісн)\w* )?(?:показник|дан|інформаці"
    r"|результат)\w*(?: (?:виконання|реалізації)\w*)?[.:]?$|^таблиця(?: \d+)?[.:]?$"
    r"|^(?:key |summary )?(?:figures|indicators)[.:]?$",
    re.IGNORECASE,
)
"""The caption of a table of figures under the title: «Основні показники», «Таблиця 1»."""
_LABEL_LENGTH = 300
"""The longest line over a card read as the line that numbers it."""
_PASSPORT_ROWS = 60
"""The most rows a passport has (it has a row for each thing it tells, a dozen or two)."""
_PASSPORT_TERM = re.compile(r"(?:термін|строк)\w* (?:її |його )?(?:реалізації|виконання|дії)", re.I)
_PASSPORT_TITLE = re.compile(r"паспорт", re.IGNORECASE)


def _passport(grid: Grid) -> list[tuple[str, str]] | None:
    """The label and value of each row, when a table is a programme's passport.

    A passport («Паспорт програми») describes a programme, row by row: a
    label («Ініціатор розроблення програми», «Термін реалізації програми»),
    maybe numbered, and its value. Most of its rows have a label of a
    passport; a report table's rows have more texts than two.
    """
    if not 3 <= len(grid.rows) <= _PASSPORT_ROWS or grid.width > 4:
        return None
    pairs = []
    labelled = 0
    for index in range(len(grid.rows)):
        texts = grid.texts(index)
        if texts and ORDINAL.fullmatch(texts[0]):
            texts = texts[1:]
        if not texts:
            continue
        label, value = texts[0], "; ".join(texts[1:])
        labelled += bool(_PASSPORT_LABEL.search(label))
        pairs.append((label, value))
    if labelled < max(3, (len(pairs) + 1) // 2):
        return None
    return [(label, value) for label, value in pairs if value]


_SECTION_LINE = re.compile(
    rf"(?:(?P<keyword>{HEADING_WORD})\s+)?"
    # (a bare Roman one capital: «Завдання і заходи …» is a title's «and», no «Завдання І»)
    r"(?:(?P<number>\d{1,2})[.):]?|(?P<roman>[IІӀ])[.):]|(?-i:(?P<bare>[IІӀ]))(?=\s))"
    r"\s+\w.{0,200}",
    re.IGNORECASE,
)
_NOT_HEADINGS = (
    "продовження", "примітк", "додаток", "сторінка", "стор.", "*", "(", "¹", "²", "³",
    "note", "continued", "page",
)  # fmt: skip
"""How paragraphs between tables begin that are not headings: running texts, remarks."""


def reads_as_heading(text: str) -> bool:
    """Whether a line of text outside the tables could head the rows of the next table.

    One short line with a letter, not a remark («Примітка», «*»), a running
    text («Продовження додатка», «Сторінка 2») or an annex's label.
    """
    text = text.strip()
    return (
        "\n" not in text
        and 2 <= len(text) <= 250
        and any(c.isalpha() for c in text)
        and not text.casefold().startswith(_NOT_HEADINGS)
    )


def _in_the_term(deadline: Deadline, plan: Deadline) -> Deadline:
    """A deadline in a plan for a quarter, half or month, within that term where it runs past it.

    In a plan «на ІІІ квартал 2025 року», «постійно» and «щомісяця» are for the
    quarter, not the year, and «до 15 вересня» starts with it; a term of its own
    inside the quarter, or a year named, is left as written.
    """
    start, end = deadline.start, deadline.end
    if start is None or end is None or plan.start is None or plan.end is None:
        return deadline
    if deadline.kind is DeadlineKind.DATE:
        if start < plan.start <= end <= plan.end:  # «до 15 вересня»: from the term's start
            return attrs.evolve(deadline, start=plan.start)
        return deadline
    if start > plan.start or end < plan.end:
        return deadline
    if deadline.kind is DeadlineKind.CONTINUOUS:
        return attrs.evolve(deadline, start=plan.start, end=plan.end)
    if deadline.kind is DeadlineKind.RECURRING:
        parts = tuple(p for p in deadline.parts if p.start and plan.start <= p.start <= plan.end)
        if deadline.parts and not parts:
            return deadline
        last = max([plan.end, *(p.end for p in parts if p.end)])
        return attrs.evolve(deadline, start=plan.start, end=last, parts=parts)
    return deadline


def heading_lines(blocks: Sequence[Paragraph]) -> list[Paragraph]:
    """Lines that read as headings, as headings, one broken over lines joined.

    A line beginning in lower case continues the heading above it («… та
    членів» «їхніх сімей»).
    """
    headings: list[Paragraph] = []
    for block in blocks:
        text = block.text.strip()
        if headings and text[0].islower():
            headings[-1] = Paragraph(f"{headings[-1].text} {text}", headings[-1].where)
        else:
            headings.append(Paragraph(text, block.where))
    return headings


def _numbers_under(grid: Grid, number: str) -> bool:
    """Whether one of a table's first rows begins with a measure number under ``number``."""
    prefix = f"{number}."
    return any(
        text.strip().startswith(prefix) and text.strip()[len(prefix) : len(prefix) + 1].isdecimal()
        for row in grid.rows[:12]
        for text in row[:3]
    )


def _with_headings(
    grid: Grid, body: range, lead: Sequence[Paragraph], width: int
) -> tuple[Grid, range]:
    """The grid with the paragraphs as heading rows where its body begins, each across it."""
    at, count = body.start, len(lead)
    rows = list(grid.rows)
    rows[at:at] = [tuple([block.text.strip()] * width) for block in lead]
    spans = {(r + count if r >= at else r): places for r, places in grid.spans.items()}
    spans.update((at + i, (0,) * width) for i in range(count))

    def original(row: int) -> int:
        return row - count if row >= at + count else row

    def row_where(row: int) -> str:
        if at <= row < at + count:
            return lead[row - at].where
        return grid.where(original(row))

    def place(row: int, column: int) -> str:
        if at <= row < at + count:
            return lead[row - at].where
        return grid.cell_where(original(row), column)

    shifted = Grid(rows=rows, name=grid.name, spans=spans, place=place, row_where=row_where)
    return shifted, range(at, body.stop + count)


def _note(block: Paragraph) -> str:
    """A paragraph after a table as the plan's notes keep it."""
    return f"{block.where}: {block.text.strip()}"


_LEADING_NUMBER = re.compile(r"(\d+(?:\.\d+)*)(\.|\))?\s+")


def _number_dropped(number: str, title: str) -> str:
    """A title without the measure's number written again at its start («1.1. Провести …»).

    After a number of one level only a dot or a bracket ends it: «1 вересня …»
    begins with a day, not with measure 1.
    """
    key = number_key(number)
    found = _LEADING_NUMBER.match(title)
    if found is None or found[1] != key or ("." not in key and found[2] is None):
        return title
    return title[found.end() :] or title


_UNIT_AT_THE_END = re.compile(r"(?:,\s*|\()([^,()]{1,15}?)\)?\s*$")
"""An indicator's unit after its last comma or in brackets at its end: «…, осіб», «… (км)»."""


def _values(cells: Sequence[str], layout: _Layout) -> tuple[tuple[Target, ...], str]:
    """A measure's target and the value it achieved, from columns of values beside a unit.

    «шт. | 100 | 64» → a target of 100 «шт.», and «64 шт.» as what was achieved
    (its report, where no column holds one); a baseline column's value is the
    target's baseline.
    """
    unit_at, planned_at, actual_at, baseline_at = layout.values
    unit = " ".join(cells[unit_at].split()) if unit_at is not None else ""
    if unit_at is not None and layout.columns[unit_at].field == INDICATOR:
        # «кількість учасників, осіб», «протяжність доріг (км)»: the unit it is counted in
        found = _UNIT_AT_THE_END.search(unit)
        unit = found[1] if found is not None else unit
    targets: tuple[Target, ...] = ()
    if planned_at is not None and (planned := amount(cells[planned_at])) is not None and unit:
        baseline = amount(cells[baseline_at]) if baseline_at is not None else None
        targets = (Target(unit=unit, value=planned, baseline=baseline),)
    fact = " ".join(cells[actual_at].split()) if actual_at is not None else ""
    if fact and amount(fact) is not None:
        fact = f"{fact} {unit}".strip()
    return targets, fact


def _rows_as_notes(grid: Grid) -> list[str]:
    """A table of no measures as notes, a row each: «table 1, row 2: Усього заходів | 3»."""
    notes = []
    for index in range(len(grid.rows)):
        texts = grid.cell_texts(index)
        if texts:
            notes.append(f"{grid.where(index)}: {' | '.join(texts)}")
    return notes


def _rows_at(grid: Grid, first: int, last: int) -> str:
    """Where rows ``first`` to ``last`` of a grid are, as its rows are placed («line 3–4»)."""
    start, end = grid.where(first), grid.where(last)
    if first == last:
        return start
    head, _, number = start.rpartition(" ")
    tail, _, last_number = end.rpartition(" ")
    if head != tail or not number.isdecimal() or not last_number.isdecimal():
        return f"{start} to {end}"
    return f"{head}s {number}–{last_number}"  # «table 1, rows 1–3», «lines 3–4»


def _shortened(text: str, length: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def read_plan(
    document: Document, hints: Hints | None = None, plan: Plan | None = None
) -> tuple[Plan, Explanation | None]:
    """The plan a document's tables hold, completed with what civplan's own report carries.

    With ``plan``, the plan the document reports on, a document whose tables
    hold no measure is read as a report in prose (:mod:`civplan.importers.prose`).

    Raises:
        DocumentError: see :func:`understand`; in prose, no paragraph names a measure.
    """
    if plan is None:
        return understand(document, hints)
    if not document.grids:
        return read_prose(document, plan), None
    try:
        return understand(document, hints)
    except DocumentError as error:
        try:
            return read_prose(_rows_as_paragraphs(document), plan), None
        except DocumentError as prose:
            raise DocumentError(document.source, [*error.problems, *prose.problems]) from None


def _rows_as_paragraphs(document: Document) -> Document:
    """A document whose tables' rows are paragraphs, each its cells in turn.

    A table of the plan's item numbers and what was done on each («1.2 |
    Проведено …»), with no titles to make measures of, reads as the report in
    prose it is: «1.2 Проведено …».
    """
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            blocks.append(block)
            continue
        for index, row in enumerate(block.rows):
            texts = list(dict.fromkeys(" ".join(t.split()) for t in row if t.strip()))
            if texts:
                blocks.append(Paragraph(" ".join(texts), block.where(index)))
    return attrs.evolve(document, blocks=blocks)


_REPORT_FIELDS = frozenset(column.value for column in ReportColumn)


class TableImporter:
    """Base of importers that read a document's paragraphs and tables.

    A subclass gives ``read_document(stream, source)``, returning a
    :class:`~civplan.importers.document.Document`; civplan's table
    understanding reads it into a plan, with the user's hints when given.
    """

    def read_document(self, stream: IO[bytes], source: str) -> Document:
        """The document's paragraphs and tables."""
        raise NotImplementedError

    def load(self, stream: IO[bytes], source: str) -> Plan:
        """Read the plan from a seekable binary stream."""
        return read_plan(self.read_document(stream, source))[0]
