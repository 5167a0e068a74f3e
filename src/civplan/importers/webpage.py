"""HTML: reports as administrations publish them, as pages of their websites.

The page is parsed with lxml's HTML parser: no script is run, nothing is
fetched, comments, scripts and styles are dropped. Its encoding comes from a
byte-order mark, the page's own ``<meta>`` declaration, or — failing both —
is UTF-8 when the bytes are valid UTF-8 and ``windows-1251`` otherwise (the
encoding of many Ukrainian sites).

Only the innermost tables are read: a page laid out with tables holds the
report's table inside them. Cells spanning rows and columns are expanded as
Word expands them; ``<br>`` and paragraphs inside a cell become line breaks;
``&nbsp;`` and runs of spaces become one space. Headings and paragraphs
outside the tables are the document's paragraphs, so the heading above the
table gives the plan's title; a table's ``<caption>`` is a paragraph just
above it. The shared table understanding
(:mod:`civplan.importers.understanding`) reads the rest, joining a table
split into several.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from civplan._errors import DocumentError
from civplan._limits import current
from civplan._optional import require
from civplan._text import visible
from civplan.importers.aligned import read_aligned_table
from civplan.importers.document import (
    FURNITURE_LENGTH,
    Block,
    Document,
    Grid,
    Paragraph,
    column_name,
    is_furniture,
    nested_row,
    table_places,
)

MAX_BYTES = 64 * 2**20
"""The largest page read (64 MB): a report's page is a few megabytes at most."""
_MAX_SPAN = 1000

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# spaces, and the control characters some writers leave as marks (LibreOffice's «\x04\r\x05»)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u2007\u202f\x00-\x08\x0e-\x1f\x7f]+")
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "ul",
        "ol",
        "blockquote",
        "dt",
        "dd",
    }
)
_TEXT_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "caption")
# elements that hold text or blocks: each read as a paragraph when it holds no block, else as
# a container whose text before its first block is a paragraph («<center><b>ЗВІТ</b></center>»)
_CONTAINERS = (
    "div", "body", "center", "article", "section", "main", "blockquote", "pre", "address",
    "font", "figcaption", "form",
)  # fmt: skip
_BLOCKS = frozenset(("table", "dl", "ul", "ol", *_CONTAINERS, *_TEXT_BLOCKS))
_SKIPPED = ("script", "style", "noscript", "template", "head", "nav", "header", "footer")


def page_encoding(data: bytes) -> str:
    """The encoding of a page's bytes: its BOM, its ``<meta>`` declaration, else a guess."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16")):
        if data.startswith(bom):
            return name
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    declared = _CHARSET.search(data[:8192])
    if declared is not None:
        name = declared.group(1).decode("ascii").lower()
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1251"
    return "utf-8"


def read_html(data: bytes, source: str) -> Document:
    """The paragraphs and innermost tables of a page, as civplan's document."""
    if len(data) > MAX_BYTES:
        raise DocumentError(
            source, [f"the page is larger than civplan reads ({MAX_BYTES // 2**20} MB)"]
        )
    etree = require("lxml.etree", extra="html", package="lxml")
    encoding = page_encoding(data)
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    if not text.strip():
        raise DocumentError(source, ["the page is empty"])
    # lxml's own tree, not lxml.html's: its elements need no class looked up in Python
    parser = etree.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
    )
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml takes no declaration with a str
    root = etree.fromstring(text, parser=parser)
    if limits := [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]:
        # the parser stops there: the rest of the page, its table perhaps, would be lost
        past = (
            f"elements nested more than {_MOST_DEPTH} deep"
            if "depth" in limits[0].message
            else "a text longer than the HTML parser reads in one piece (10 MB)"
        )
        raise DocumentError(
            source, [f"line {limits[0].line}: {past}; the rest of the page would not be read"]
        )
    if root is None:
        raise DocumentError(source, ["the page has no content"])
    for element in list(root.iter(*_SKIPPED)):
        if element.getparent() is not None:
            _drop(element)
    links = _document_links(root, source)
    page = _Page(source, _tables_read(root))
    page.read(root)
    return Document(
        source=source,
        blocks=page.blocks,
        kind="a web page",
        links=links,
        warnings=tuple(page.warnings),
    )


_MOST_DEPTH = 256
"""How deep the HTML parser nests elements (libxml2's limit without its «huge» option)."""
_DOCUMENT_LINK = re.compile(r"\.(?:docx?|xlsx?|xml|odt|ods|rtf|pdf|csv|mht|mhtml)$", re.IGNORECASE)
_MOST_LINKS = 10


def _document_links(root: Any, source: str) -> tuple[str, ...]:
    """The documents a page links to, as addresses where the page has one: the first few."""
    from urllib.parse import urljoin, urlsplit

    found: list[str] = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not _DOCUMENT_LINK.search(urlsplit(href).path):
            continue
        address = urljoin(source, href) if source.startswith(("http://", "https://")) else href
        if address not in found:
            found.append(address)
            if len(found) == _MOST_LINKS:
                break
    return tuple(found)


_MOST_PRE_BLOCKS = 3
"""The ``<pre>`` blocks of a page looked at as tables set by spaces: the first few (each may
cost a second; a page of many is no such report)."""
_MOST_LEVELS = 8
"""The deepest list inside lists whose items are numbered under the items they stand in."""


class _Page:
    """A page's blocks, read in document order: tables, paragraphs, and text between them."""

    def __init__(self, source: str, tables: dict[Any, bool]) -> None:
        self.source = source
        self.tables = tables
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.pre_blocks = 0  # the <pre> blocks looked at as tables set by spaces
        self.cells = 0
        self.count = 0  # the tables read
        self.paragraphs = 0  # the paragraphs read
        self.positions: dict[Any, dict[Any, int]] = {}  # each <ol>'s items' numbers

    def paragraph(self, line: str) -> None:
        if line and not is_furniture(line):
            self.paragraphs += 1
            self.blocks.append(Paragraph(line, f"paragraph {self.paragraphs}"))

    def read(self, element: Any) -> None:
        """The blocks of an element and of what it holds, in order."""
        tag = element.tag
        if not isinstance(tag, str):
            return
        if tag == "table":
            if self.tables[element]:
                self.table(element)
                return  # its inner tables are its cells' text
        elif tag == "pre" and (aligned := self.aligned(element)) is not None:
            self.blocks.extend(aligned.blocks)  # a table set in columns by spaces, as text
            self.warnings.extend(aligned.warnings)
            return
        elif tag == "li" and any(True for _ in element.iterdescendants("ol", "ul")):
            self.loose(element, numbered=True)  # its text, then the items of its inner list
            return
        elif tag in _TEXT_BLOCKS:
            line = _lines(element)
            self.paragraph(self.numbered(element, line) if line else line)
            return
        elif tag == "dl":  # «Строк виконання» over «ІІ квартал»: a caption and its value
            for term, value in _definitions(element):
                self.paragraph(f"{term}: {value}" if term and value else term or value)
            return
        elif tag in _CONTAINERS or tag in ("td", "th"):  # a cell of a table laying out the page
            if not _holds_blocks(element):
                self.paragraph(_lines(element))
            else:  # its blocks, and its text before, between and after them, in order
                self.loose(element)
            return
        for child in element:  # lists, a layout table's rows and cells: their blocks alone
            self.read(child)

    def aligned(self, element: Any) -> Document | None:
        """A ``<pre>`` block's table set in columns by spaces, of the page's first few blocks."""
        if self.pre_blocks >= _MOST_PRE_BLOCKS:
            return None
        self.pre_blocks += 1
        return read_aligned_table(_pre_text(element), self.source)

    def loose(self, container: Any, *, numbered: bool = False) -> None:
        """A container's blocks, and each run of its own text between them as a paragraph.

        «<body>Звіт про виконання …<table>», «<h3>1. Ремонт</h3>Стан: виконано<br>…».
        ``numbered``: the first run is a list item's, numbered as its list shows it.
        """
        run = [container.text or ""]
        for child in container:
            if not isinstance(child.tag, str):
                run.append(child.tail or "")
            elif child.tag in _BLOCKS or _holds_blocks(child):
                text = _joined(run)
                self.paragraph(self.numbered(container, text) if numbered and text else text)
                numbered = False
                self.read(child)
                run = [child.tail or ""]
            else:
                run.extend(("\n" if child.tag == "br" else _lines(child), child.tail or ""))
        self.paragraph(_joined(run))

    def numbered(self, element: Any, line: str) -> str:
        """An item's text with the number its ``<ol>`` shows before it («3. …»).

        As a reader sees it: an item of a list inside a numbered item is numbered
        under it («1.2. …»).
        """
        if line[:1].isdecimal():
            return line  # an item that writes its own number («1.1. …») keeps it alone
        number = self.item_number(element)
        return f"{number} {line}" if number else line

    def item_number(self, element: Any, depth: int = 0) -> str | None:
        """The number an ``<ol>`` item shows («3.»), under the item its list stands in («1.3.»)."""
        parent = element.getparent()
        if element.tag != "li" or parent is None or parent.tag != "ol":
            return None
        if parent.get("type", "1") != "1" or "none" in parent.get("style", ""):
            return None  # letters or Roman numerals, or no numbers shown: left as written
        positions = self.positions.get(parent)
        if positions is None:  # each list's items counted once: a long list in linear time
            start = parent.get("start", "1")
            first = int(start) if start.isdecimal() and len(start) < 6 else 1
            items = (child for child in parent if child.tag == "li")
            positions = self.positions[parent] = {
                item: at for at, item in enumerate(items, start=first)
            }
        outer = parent.getparent()
        above = None
        if outer is not None and depth < _MOST_LEVELS:
            above = self.item_number(outer, depth + 1)
        return f"{above or ''}{positions[element]}."

    def table(self, element: Any) -> None:
        if _furniture(element):
            return  # a site's footer
        self.count += 1
        if self.count > current().tables:
            raise DocumentError(
                self.source, [current().beyond("tables", "the page's tables", self.count)]
            )
        caption = element.find("caption")
        if caption is not None and (line := _lines(caption)):  # a heading of the table
            self.blocks.append(Paragraph(line, f"the caption of table {self.count}"))
        try:
            grid = _grid(element, f"table {self.count}", current().cells - self.cells)
        except _BeyondError as error:
            raise DocumentError(self.source, [str(error)]) from None
        self.cells += sum(len(row) for row in grid.rows)
        grid = _without_sheet_headings(grid)
        if grid.rows:
            self.blocks.append(grid)


def _joined(run: list[str]) -> str:
    """A run of a container's own text: its lines, spaces normalised, empty ones dropped."""
    lines = (_SPACES.sub(" ", line).strip() for line in visible("".join(run)).split("\n"))
    return "\n".join(line for line in lines if line)


def _definitions(listing: Any) -> list[tuple[str, str]]:
    """A definition list's terms, each with the descriptions after it (one line each)."""
    found: list[tuple[str, str]] = []
    for child in listing:
        if child.tag == "dt":
            found.append((_lines(child).replace("\n", " "), ""))
        elif child.tag == "dd" and (line := _lines(child)):
            term, value = found[-1] if found else ("", "")
            pair = (term, f"{value}\n{line}" if value else line)
            if found:
                found[-1] = pair
            else:
                found.append(pair)
    return [(term, value) for term, value in found if term or value]


def _furniture(table: Any) -> bool:
    """Whether a table is the site's footer, not a report: short, and claiming rights.

    Its text is gathered only while it could still be short: a report's table is not read
    whole for this.
    """
    pieces = []
    size = 0
    for piece in table.itertext():
        size += len(piece)
        if size > 4 * FURNITURE_LENGTH:  # spaces and line breaks of the markup included
            return False
        pieces.append(piece)
    return is_furniture(" ".join("".join(pieces).split()))


def _drop(element: Any) -> None:
    """Remove an element and what it holds, keeping the text that follows it."""
    parent = element.getparent()
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _holds_blocks(element: Any) -> bool:
    return any(True for _ in element.iterdescendants("table", "dl", *_CONTAINERS, *_TEXT_BLOCKS))


def _tables_read(root: Any) -> dict[Any, bool]:
    """Each table of the page, and whether it is read as a table of its own.

    A table that holds tables lays out the page around them (its inner tables
    are read) when it has no more rows than the largest of them; one with more
    rows is a table of data with small tables in its cells («вул. Шевченка |
    1,2 км»), read whole, its inner tables as its cells' text. Worked out once,
    children before parents, in time linear in the page.
    """
    tables = list(root.iter("table"))  # kept, so that each element's proxy stays the same
    parent = {table: next(table.iterancestors("table"), None) for table in tables}
    rows = {table: len(_rows(table)) for table in tables}
    inner: dict[Any, int] = {}  # the most rows of a table inside it
    for table in reversed(tables):  # descendants come after their ancestors in the page
        above = parent[table]
        if above is not None:
            inner[above] = max(inner.get(above, 0), rows[table], inner.get(table, 0))
    # a table inside a cell of a table read is never reached: its cells are that table's text
    return {table: not (table in inner and rows[table] <= inner[table]) for table in tables}


def _rows(table: Any) -> list[Any]:
    """The table's own rows, in order (those of thead, tbody and tfoot included)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def _span(cell: Any, name: str) -> int:
    try:
        value = int(str(cell.get(name, "1")).strip() or "1")
    except ValueError:
        return 1
    return min(max(value, 1), _MAX_SPAN)


class _BeyondError(Exception):
    """A table beyond civplan's limits, with the message that says which."""


def _grid(table: Any, name: str, budget: int) -> Grid:
    """A table's cells, with rows and columns spanned expanded as Word expands them.

    Raises:
        _BeyondError: the table would expand to more than ``budget`` places, or a row to
            more columns than the limit.
    """
    limits = current()

    def beyond_cells() -> _BeyondError:
        return _BeyondError(
            limits.beyond("cells", "the page's tables' cells", limits.cells - budget)
        )

    def beyond_columns(index: int, width: int) -> _BeyondError:
        where = f"{name}, row {index + 1}: cells in a row"
        return _BeyondError(limits.beyond("columns", where, width))

    rows: list[list[str]] = []
    spans: list[list[int]] = []
    merged: set[int] = set()
    for index, row in enumerate(_rows(table)):
        cells = [cell for cell in row if cell.tag in ("td", "th")]
        if len(rows) <= index and all(not cell.attrib for cell in cells):
            rows.append([_lines(cell) for cell in cells])  # the common row: nothing spans
            spans.append(list(range(len(cells))))
            budget -= len(cells)
            if budget < 0:
                raise beyond_cells()
            if len(cells) > limits.columns:
                raise beyond_columns(index, len(cells))
            continue
        while len(rows) <= index:
            rows.append([])
            spans.append([])
        places = spans[index]
        column = 0
        for cell in cells:
            while column < len(places) and places[column] != -2:
                column += 1  # a place taken by a cell spanning down from above
            across, down = _span(cell, "colspan"), _span(cell, "rowspan")
            budget -= across * down
            if budget < 0:
                raise beyond_cells()
            if column + across > limits.columns:  # cells spanning across count as many
                raise beyond_columns(index, column + across)
            for offset in range(down):
                at = index + offset
                while len(rows) <= at:
                    rows.append([])
                    spans.append([])
                line, place = rows[at], spans[at]
                while len(place) < column + across:
                    line.append("")
                    place.append(-2)  # free
                for c in range(column, column + across):
                    line[c] = ""
                    place[c] = column if offset == 0 else -1
            rows[index][column] = _lines(cell)
            if across > 1 or down > 1:
                merged.update(range(index, index + down))
            column += across
    grid_rows = [tuple(line) for line in rows]
    grid_spans = {
        i: tuple(c if p == -2 else p for c, p in enumerate(spans[i])) for i in sorted(merged)
    }
    return Grid(rows=grid_rows, name=name, spans=grid_spans, place=table_places(name))


def _without_sheet_headings(grid: Grid) -> Grid:
    """A sheet published as a page without the headings of its rows and columns.

    A spreadsheet published to the web (a shared table's «publish» page) shows
    its column letters over the table (« | A | B | C») and its row numbers
    before each row («1», «2» …): the sheet's frame, not its cells. They are
    known by the letters counting from A and the numbers counting from 1.
    """
    rows = grid.rows
    if len(rows) < 2 or not rows[0] or rows[0][0].strip():
        return grid
    letters = [text.strip() for text in rows[0][1:] if text.strip()]
    if len(letters) < 2 or letters != [column_name(i) for i in range(len(letters))]:
        return grid
    numbers = [row[0].strip() for row in rows[1:] if row and row[0].strip()]
    if not numbers or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        return grid
    spans = {
        at - 1: tuple(-1 if start == -1 else max(start - 1, 0) for start in places[1:])
        for at, places in grid.spans.items()
        if at > 0
    }
    name = grid.name
    return Grid(
        rows=[row[1:] for row in rows[1:]], name=name, spans=spans, place=table_places(name)
    )


def _pre_text(element: Any) -> str:
    """A ``<pre>`` block's text as it shows, its spaces and line breaks kept."""
    return "".join(element.itertext())


def _lines(element: Any) -> str:
    """An element's text, with ``<br>`` and block elements as line breaks, spaces normalised."""
    if not len(element):  # text alone: its line breaks and spaces are spaces
        joined = " ".join((element.text or "").split())
        return joined if joined.isprintable() else _SPACES.sub(" ", visible(joined)).strip()
    parts: list[str] = []
    _collect(element, parts)
    lines = (_SPACES.sub(" ", line).strip() for line in visible("".join(parts)).split("\n"))
    return "\n".join(line for line in lines if line)


def _collect(element: Any, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":  # a table inside a cell: a line per row, its cells apart by «|»
        for row in element.iter("tr"):
            if next(row.iterancestors("table"), None) is element:
                cells = (_lines(cell) for cell in row if cell.tag in _CELL_TAGS)
                parts.append("\n" + nested_row(cells) + "\n")
        return
    if tag == "br" or tag in _BLOCK_TAGS:
        parts.append("\n")
    if element.text and tag not in ("script", "style"):
        parts.append(element.text.replace("\n", " "))
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail.replace("\n", " "))
    if tag in _BLOCK_TAGS:
        parts.append("\n")


_CELL_TAGS = frozenset({"td", "th"})


def looks_like_html(head: bytes) -> bool:
    """Whether a document's first bytes are markup that opens an HTML page or a table."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head[:8192].decode("utf-16", errors="ignore").encode()
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start.startswith(b"<"):
        return False
    return any(tag in start for tag in (b"<html", b"<table", b"<body"))
