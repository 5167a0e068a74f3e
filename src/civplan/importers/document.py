"""What a table importer reads from a document: its paragraphs and its tables, as grids.

Every table importer (text dump, Word, spreadsheets, web pages …) turns its
document into a :class:`Document`, and :mod:`civplan.importers.understanding`
reads every document the same way. A :class:`Grid` is a table as rows of
cell texts, one per column: a merged cell's text stands in the first place it
covers, and where the format tells which places a merged cell covers, the
grid records it, so that a heading merged across the table or a task merged
down over its measures is known for what it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from civplan._text import visible
from civplan.report.embedded import Carried


def column_name(index: int) -> str:
    """A spreadsheet column's letters: 0 → «A», 26 → «AA»."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[rest] + name
    return name


@attrs.frozen
class Paragraph:
    """Text outside any table: a title line, a preamble line, a signature.

    Attributes:
        text: the paragraph's text.
        where: its place, for messages («paragraph 3», «line 2»).
    """

    text: str
    where: str


Place = Callable[[int, int], str]
"""Names a cell's place for messages, from its row and column (from 0)."""


def table_places(name: str) -> Place:
    """Places named «table 1, row 3, cell 2»."""
    return lambda row, column: f"{name}, row {row + 1}, cell {column + 1}"


def sheet_places(name: str, first_row: int = 1) -> Place:
    """Places named as spreadsheets name them: «sheet «Звіт», cell B14»."""
    return lambda row, column: f"sheet «{name}», cell {column_name(column)}{row + first_row}"


@attrs.frozen(eq=False)
class Grid:
    """A table as rows of cell texts, one per column.

    Attributes:
        rows: each row's cell texts; rows may be shorter than the table is wide.
        name: the table's name, for messages («table 1», «sheet «Звіт»»).
        spans: for the rows that have merged cells, which cell covers each
            place: the column where it starts, or ``-1`` where a cell merged
            down from the row above covers the place. Rows without merged
            cells, and tables whose format does not tell, have no entry.
        place: names a cell's place for messages.
        row_where: names a row's place («table 1, row 3»).
        sheet: a spreadsheet's sheet's name; ``None`` for other tables.
    """

    rows: Sequence[tuple[str, ...]]
    name: str
    spans: dict[int, tuple[int, ...]] = attrs.Factory(dict)
    place: Place | None = None
    row_where: Callable[[int], str] | None = None
    sheet: str | None = None

    @property
    def width(self) -> int:
        """The number of columns: the longest row's."""
        return max((len(row) for row in self.rows), default=0)

    def where(self, row: int) -> str:
        """A row's place, for messages."""
        if self.row_where is not None:
            return self.row_where(row)
        return f"{self.name}, row {row + 1}"

    def cell_where(self, row: int, column: int) -> str:
        """A cell's place, for messages."""
        if self.place is not None:
            return self.place(row, column)
        return table_places(self.name)(row, column)

    def texts(self, row: int) -> list[str]:
        """A row's texts, each once, stripped, in order: a merged cell's text stands once."""
        return [text for text in dict.fromkeys(cell.strip() for cell in self.rows[row]) if text]

    def cell_texts(self, row: int) -> list[str]:
        """A row's cells' texts, spaces folded, the empty left out: a merged cell's once.

        Unlike :meth:`texts`, equal texts of cells of their own all stand («20,0 | 20,0»).
        """
        spans = self.spans.get(row)
        return [
            " ".join(text.split())
            for at, text in enumerate(self.rows[row])
            if text.strip() and (spans is None or at >= len(spans) or spans[at] == at)
        ]

    def merged_down(self, row: int, column: int) -> bool:
        """Whether the place is covered by a cell merged down from the row above."""
        spans = self.spans.get(row)
        return spans is not None and column < len(spans) and spans[column] == -1

    def covered(self, row: int, column: int) -> bool:
        """Whether the place is covered by a cell that starts elsewhere (left or above)."""
        spans = self.spans.get(row)
        return spans is not None and column < len(spans) and spans[column] != column


Block = Paragraph | Grid
"""A paragraph or a table of a document, in document order."""


@attrs.frozen(eq=False)
class Document:
    """What a table importer read: paragraphs and tables in order, and what civplan carried.

    Attributes:
        source: the document's name, for messages.
        blocks: its paragraphs and tables, in document order.
        carried: what civplan's own report carries besides its table, if it is one.
        kind: what the document is, for messages («a Word document»).
        one_table: whether only the first table holding a report is read (a
            workbook's other sheets are other things); otherwise every table
            continues the report (a Word table per page or per section).
        warnings: what reading it changed that the user should know, each
            naming the place; they join the table understanding's warnings.
        printed: whether its paragraphs are printed lines (a PDF's), over
            which a paragraph may be wrapped.
        merges_shown: whether a cell merged down over rows shows as such (it
            does in Word, web pages, spreadsheets); a text dump leaves the rows
            under it empty there.
        links: the documents a web page links to («zvit-2025.docx»), named
            when the page itself holds no report.
        lines: a document of no table: its paragraphs' texts in order, the
            empty ones too, of which a table's text dump is read
            (:func:`civplan.importers.dump.read_pasted_dump`).
    """

    source: str
    blocks: Sequence[Block]
    carried: Carried | None = None
    kind: str = "document"
    one_table: bool = False
    warnings: tuple[str, ...] = ()
    printed: bool = False
    merges_shown: bool = True
    links: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()

    @property
    def grids(self) -> list[Grid]:
        """The document's tables."""
        return [block for block in self.blocks if isinstance(block, Grid)]


def shown(block: Block) -> Block:
    """A paragraph or table without the characters that show nothing (:func:`visible`)."""
    if isinstance(block, Paragraph):
        return attrs.evolve(block, text=visible(block.text))
    return attrs.evolve(block, rows=[tuple(map(visible, row)) for row in block.rows])


def lines_of(paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph's lines, each in its place («paragraph 3, line 2»); empty ones left out.

    A web page's list item or a Word paragraph with line breaks may hold
    several lines a reader takes apart: a card's captions, a measure's line
    and its report.
    """
    parts = paragraph.text.strip().split("\n")
    if len(parts) == 1:
        return [paragraph]
    return [
        Paragraph(part.strip(), f"{paragraph.where}, line {number}")
        for number, part in enumerate(parts, start=1)
        if part.strip()
    ]


ENDS_PARAGRAPH = ".;:!?»"
"""The marks a printed line may end its paragraph with."""

ORDINAL = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
"""A number before a row's label that counts the rows («1.», «2.3»), in a passport or a card."""

LISTED = 8
"""How many places a warning lists before it says how many more there are."""


def listing(places: Sequence[str]) -> str:
    """Places for a warning: the first :data:`LISTED`, and how many more there are."""
    shown = "; ".join(places[:LISTED])
    return shown + (f" (and {len(places) - LISTED} more)" if len(places) > LISTED else "")


_FURNITURE = re.compile(r"©|\(c\) ?\d{4}|права захищен|all rights reserved|copyright", re.I)
FURNITURE_LENGTH = 400
"""The longest text read as a site's footer."""


def is_furniture(text: str) -> bool:
    """Whether a short text is what a site's footer says on every page, not a report.

    «© 2026 Селищна рада. Усі права захищено», "All rights reserved".
    """
    return len(text) <= FURNITURE_LENGTH and _FURNITURE.search(text) is not None


_UPPER = "А-ЯІЇЄҐ"
_LOWER = "а-яіїєґ'’ʼ"
_SIGNED_NAME = re.compile(
    # «І.І. Петренко», «Петренко І.І.», «Ірина КОВАЛЬ» (the official style), «І. Петренко»,
    # «В. ПЕТРЕНКО»
    rf"(?<![{_UPPER}{_LOWER}])(?:[{_UPPER}]\.\s?){{1,2}}[{_UPPER}][{_LOWER}-]+"
    rf"|(?<![{_UPPER}{_LOWER}])(?:[{_UPPER}]\.\s?){{1,2}}[{_UPPER}]{{2}}[{_UPPER}'’-]*(?![{_LOWER}])"
    rf"|[{_UPPER}][{_LOWER}-]+\s(?:[{_UPPER}]\.\s?){{1,2}}(?![{_LOWER}])"
    rf"|[{_UPPER}][{_LOWER}]+\s[{_UPPER}]{{2}}[{_UPPER}'’-]*(?![{_LOWER}])"
)
_AFTER_NAME = r"[\s.,;:]*(?:(?:тел\.?:?\s*)?[\d\s()+-]*)$"
"""What may follow the name that ends a signature: a telephone number."""
_ENDS_WITH_NAME = re.compile(rf"(?:{_SIGNED_NAME.pattern}){_AFTER_NAME}")
"""A line's name at its end, wherever a match of another name before it stops
(«Підготувала Н. Коваль»: «Підготувала Н.» is no name)."""
_SIGNER = re.compile(
    r"(?i)^(?:перш\w* |в\.?\s?о\.? |т\.?\s?в\.?\s?о\.? )?(?:заступни\w* )?"
    r"(?:(?:міськ|сільськ|селищн|районн|обласн)\w+ )?"
    r"(?:начальни|голов|директор|секретар|керівни|керуюч|завідувач|уповноважен|староста"
    r"|виконав(?:ець|иця)|міністр|заступни)"
)
SIGNATURE_LENGTH = 200
"""The longest line read as a signature."""
_SHORT_SIGNATURE = 120  # a line ending with a name this short signs without naming an office


_PAGE_CHROME = re.compile(
    r"(?i)^\s*(?:переглядів|перегляди|кількість переглядів|версія для друку|друкувати|друк"
    r"|поділитися|дата (?:публікації|оновлення|створення)|опубліковано|оновлено|теги|теґи"
    r"|views|print|share|published|updated)\b.{0,60}$"
    # a shared table's or document's publishing page: «Опубліковано в Google Таблицях – …»
    r"|^\s*(?:опубліковано|published)(?: (?:в|у|using|by|with|in))? google\b.{0,200}$"
)


def nested_row(cells: Iterable[str]) -> str:
    """A row of a table inside a cell as one line of the cell: its cells' texts apart by «|».

    «Відділ освіти | Проведено курси для 40 вчителів»: what the row pairs stays together;
    each cell's lines and spaces folded, empty cells left out.
    """
    return " | ".join(text for text in (" ".join(cell.split()) for cell in cells) if text)


def is_page_chrome(text: str) -> bool:
    """Whether a line is a web page's own, not the document's: «Переглядів: 154», "Print"."""
    return _PAGE_CHROME.match(text) is not None


def signed_by_office(text: str) -> bool:
    """Whether a line is a signature that begins with the signer's office.

    «Начальник відділу культури    Олена КОВАЛЬ»: not a line that only ends
    with a name («Семінар провела І. Петренко»).
    """
    return is_signature(text) and _SIGNER.match(text.strip()) is not None


def is_signature(text: str) -> bool:
    """Whether a short line signs a document: it ends with a name, or is a line to sign on.

    «Начальник відділу освіти      І.І. Петренко», «Секретар ради Ірина КОВАЛЬ»,
    «Виконавець: Петренко О.В., 050 123 45 67», «_________ (підпис)». A longer
    line ending with a name signs only when it begins with an office.
    """
    line = text.strip()
    if len(line) > SIGNATURE_LENGTH:
        return False
    if "_____" in line:
        return True
    if _ENDS_WITH_NAME.search(line) is None:
        return False
    return len(line) <= _SHORT_SIGNATURE or _SIGNER.match(line) is not None
