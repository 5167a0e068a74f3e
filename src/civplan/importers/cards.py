"""Reports written as cards: a small table of «caption | value» rows for each measure.

Some reports give each measure a card instead of a row: «Назва заходу | …»,
«Строк виконання | …», «Стан виконання | …», a table per measure or several
cards one under another in one table, each maybe under a line that numbers it
(«Захід 1.2», «Зобов'язання 3. …»). :func:`read_cards` tells a card table by
its rows, whose first cells are the captions of a report's columns, and
:func:`cards_as_table` turns a run of cards into the one table they stand for —
a header of their captions, a row per card — which the shared table
understanding then reads as any other, naming each cell's place in the cards.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from civplan.importers.captions import GROUP, caption_fields, normalize_caption
from civplan.importers.document import ORDINAL, Block, Grid, Paragraph, is_signature, lines_of
from civplan.report.columns import ReportColumn

_TITLE = ReportColumn.TITLE.value
_NUMBER = ReportColumn.NUMBER.value
_OUTCOME = ReportColumn.OUTCOME.value
_REPORTED = frozenset({_OUTCOME, ReportColumn.STATUS.value})
_NAMING = frozenset({_TITLE, GROUP})
"""What names a card's measure: its title, or, in a card, its commitment or task."""
_SINGLE = frozenset(
    {_TITLE, _NUMBER, ReportColumn.DEADLINE.value, *_REPORTED, ReportColumn.EXPECTED_RESULT.value}
)
"""Fields a card has once: a second caption of one begins the next card."""
_SURE = 8
"""How many rows tell a table of cards from a table of rows: most of a card table's are captions."""
_CAPTION_LENGTH = 80
"""The longest first cell read as a card's caption."""
LABEL = re.compile(
    r"(?i)(?:(?:зобов.язання|захід|заходу|пункт|commitment|measure|activity|action|milestone)\s*"
    r"(?:№\s*)?)?(?P<number>\d{1,3}(?:\.\d{1,3})*(?:[-–]\d{1,3})?[а-яa-z]?)(?:[.):]|\s|$)\s*"
    r"(?P<title>.*)"
)
"""A line that numbers the card under it: «Захід 1.2», «Зобов'язання 3. Відкриті дані», «4.»."""


@attrs.frozen
class Card:
    """One measure's card.

    Attributes:
        name: the table (or «paragraphs») it stands in, for messages.
        rows: its rows: each caption, value and place.
        label: the line over it that numbers it, if any («Захід 1.2. …»).
        label_where: that line's place.
    """

    name: str
    rows: tuple[tuple[str, str, str], ...]
    label: str | None = None
    label_where: str | None = None

    @property
    def titled(self) -> bool:
        """Whether a row gives the measure's title (or names its commitment or task)."""
        return any(_field(caption) in _NAMING for caption, _, _ in self.rows)

    def under(self, line: str, where: str) -> Card:
        """The card under a line that names it: its number, and its title where it has none.

        A line without a number («Заміна вікон») gives the title only.
        """
        named = LABEL.fullmatch(line)
        title = named["title"].strip() if named else line
        rows = self.rows
        if title and not self.titled:
            rows = ((_LINE_TITLE, title, where), *rows)
        return attrs.evolve(self, rows=rows, label=line, label_where=where)


_LINE_TITLE = "Захід"
"""The caption a card's title taken from the line over it is given."""


@functools.lru_cache(maxsize=512)  # a card table names the same few captions again and again
def _field(caption: str) -> str | None:
    if len(caption) > _CAPTION_LENGTH:
        return None
    fields = caption_fields((caption,))
    return fields[0] if fields else None


def _key(caption: str, field: str | None) -> str:
    """What tells a card's rows apart: a field had once, else the caption itself."""
    return field if field in _SINGLE else normalize_caption(caption)


@attrs.frozen
class CardTable:
    """A table of cards: the rows above its first card, and the cards.

    Attributes:
        lead: the rows of the table before its first card (a title), by place.
        cards: its cards, in order.
    """

    lead: tuple[int, ...]
    cards: tuple[Card, ...]


def read_cards(grid: Grid) -> CardTable | None:
    """The cards a table holds, or ``None`` when it is no card table.

    Most of its rows are a caption and a value (a row may hold a number of
    the caption before it, as «1.»); among each card's captions are its
    outcome or status and, but for a first card that the line over the table
    may name, its title. A caption met again in a card, or a row of one text
    that numbers a measure («Захід 1.2. Ремонт даху»), begins the next card.
    Rows of one text before the first card are the table's lead; a row of one
    text after it that is neither a caption nor a number is a row civplan
    cannot place, and the table is read as any other.
    """
    if grid.width > 4 or len(grid.rows) < 3:
        return None
    cards: list[Card] = []
    lead: list[int] = []
    rows: list[tuple[str, str, str]] = []
    ordinals: list[str | None] = []  # the number before each row's caption, if any
    seen: set[str] = set()
    label: tuple[str, str] | None = None
    captioned = filled = 0

    def close() -> None:
        if not rows:
            return
        card = Card(name=grid.name, rows=tuple(rows))
        if label is not None:
            card = card.under(*label)
        elif ordinals[0] and len(rows) > 1 and not any(ordinals[1:]):
            # a number beside the first caption only («1.2 | Зміст заходу | …»): the card's
            card = card.under(ordinals[0], rows[0][2])
        cards.append(card)

    for index in range(len(grid.rows)):
        texts = grid.texts(index)
        ordinal = None
        if texts and ORDINAL.fullmatch(texts[0]) and len(texts) > 1:
            ordinal, texts = texts[0], texts[1:]
        if not texts:
            continue
        if len(texts) == 1 and LABEL.fullmatch(texts[0]):  # «Захід 1.2» over the next card
            close()
            rows, ordinals, seen, label = [], [], set(), (texts[0], grid.where(index))
            continue
        begun = bool(rows or label or cards)
        if len(texts) == 1 and not begun:  # a title over the cards
            lead.append(index)
            continue
        filled += 1
        field = _field(texts[0])
        if field is None and len(texts) == 1:
            return None  # a line among the cards that is no caption
        captioned += field is not None
        if filled >= _SURE and captioned * 3 < filled * 2:
            return None  # a table of rows, known as such in its first rows
        key = _key(texts[0], field)  # a caption civplan does not know is kept, as the others
        if key in seen:
            close()
            rows, ordinals, seen, label = [], [], set(), None
        seen.add(key)
        rows.append((texts[0], "\n".join(texts[1:]), grid.where(index)))
        ordinals.append(ordinal)
    close()
    if captioned < max(3, 2 * filled // 3):
        return None
    if not cards or not all(_is_card(card, first=at == 0) for at, card in enumerate(cards)):
        return None
    return CardTable(lead=tuple(lead), cards=tuple(cards))


_WHOLE = re.compile(r"(?i)програм|стратегі|плану\b|programme|program\b|strategy")
"""What a passport names where a card names a measure: «Назва програми»."""


def _is_card(card: Card, *, first: bool = False) -> bool:
    """Whether rows make a measure's card: its title, and its outcome or status.

    The first card of a table may have its title from the line over the table.
    """
    fields = {_field(caption): caption for caption, _, _ in card.rows}
    title = fields.get(_TITLE) or fields.get(GROUP)
    if title is None and not (first and card.label is None):
        return False
    # «Назва програми»: a programme's passport, which names the plan, not a measure
    return not (title and _WHOLE.search(title)) and not _REPORTED.isdisjoint(fields)


def cards_as_table(cards: Sequence[Card]) -> Grid:
    """The table a run of cards stands for: their captions as its header, a row per card.

    A card's number comes from a number caption of its own, else from the
    line over it; each cell names its place in the card it came from.
    """
    captions: dict[str, str] = {}  # each caption, as first written, by its key
    for card in cards:
        for caption, _, _ in card.rows:
            captions.setdefault(_key(caption, _field(caption)), caption)
    numbered = any(_field(caption) == _NUMBER for caption in captions.values())
    columns = {key: at for at, key in enumerate(captions)}
    labelled = not numbered and any(_number(card) for card in cards)
    shown = list(captions.values())
    if _TITLE not in captions:  # «Назва зобов'язання» names each card's measure: its title
        shown = [_LINE_TITLE if _field(caption) == GROUP else caption for caption in shown]
    header = (*(("№",) if labelled else ()), *shown)
    body: list[tuple[str, ...]] = []
    places: list[dict[int, str]] = []
    wheres: list[str] = []
    for card in cards:
        values = [""] * len(columns)
        place: dict[int, str] = {}
        for caption, value, where in card.rows:
            column = columns[_key(caption, _field(caption))]
            values[column] = value
            place[column + labelled] = where
        if labelled:
            values.insert(0, _number(card) or "")
            if card.label_where:
                place[0] = card.label_where
        body.append(tuple(values))
        places.append(place)
        wheres.append(card.label_where or card.rows[0][2])

    names = list(dict.fromkeys(card.name for card in cards))
    name = f"{names[0]}{f' … {names[-1]}' if len(names) > 1 else ''} (cards)"

    def row_where(row: int) -> str:
        return wheres[row - 1] if row else f"{name}: their captions"

    def cell_where(row: int, column: int) -> str:
        return places[row - 1].get(column, wheres[row - 1]) if row else row_where(0)

    return Grid(rows=[header, *body], name=name, place=cell_where, row_where=row_where)


def _number(card: Card) -> str | None:
    if card.label is None:
        return None
    found = LABEL.fullmatch(card.label)
    return found["number"] if found else None


# --- cards written as paragraphs -------------------------------------------------

_LABELLED = re.compile(r"(?P<caption>[^:\n]{2,80}?)\s*:\s*(?P<value>.*)", re.DOTALL)
_MOST_PARAGRAPHS = 200
"""The most paragraphs one card is written in, so that reading them stays linear."""


@attrs.frozen
class CardRun:
    """Cards written as paragraphs, standing where those paragraphs stood.

    Attributes:
        cards: the cards.
    """

    cards: tuple[Card, ...]


def labelled(block: Block) -> tuple[str, str, str] | None:
    """A paragraph «Строк виконання: ІІ квартал»: its caption, value and field."""
    return labelled_text(block.text) if isinstance(block, Paragraph) else None


def labelled_text(text: str) -> tuple[str, str, str] | None:
    """A line «Строк виконання: ІІ квартал»: its caption, value and field."""
    found = _LABELLED.fullmatch(text.strip())
    if found is None:
        return None
    field = _field(found["caption"])
    return (found["caption"], found["value"].strip(), field) if field else None


def paragraph_cards(blocks: Sequence[Block]) -> list[Block | CardRun]:
    """The blocks, with each run of cards written as paragraphs in the place of its paragraphs.

    A card is a line that names the measure («1.2. Провести форум», «Захід
    1.2: …»), then paragraphs «caption: value» of captions civplan knows,
    among them the outcome or the status; or those paragraphs alone, the
    title among them. A value may go on in the paragraphs under it while they
    are not a caption, a signature, or the line over the next card.
    """
    blocks = _lines_of(blocks)
    labels = [labelled(block) for block in blocks]
    out: list[Block | CardRun] = []
    at = 0
    while at < len(blocks):
        run: list[Card] = []
        end = at
        while True:
            card, scanned = _paragraph_card(blocks, labels, end)
            if card is None:
                break
            run.append(card)
            end = scanned
        if run:
            out.append(CardRun(tuple(run)))
            at = end
        else:  # no card begins among the paragraphs the attempt read: each is read once
            out.extend(blocks[at:scanned])
            at = scanned
    return out


def _lines_of(blocks: Sequence[Block]) -> list[Block]:
    """The blocks, a paragraph whose lines are a card's («Строк: …↵Стан: …») split into them.

    A web page's list item or a cell of text often holds a whole card, its
    captions after line breaks. Each line keeps its paragraph's place.
    """
    lines: list[Block] = []
    for block in blocks:
        parts = lines_of(block) if isinstance(block, Paragraph) else [block]
        if len(parts) > 1 and any(labelled(part) for part in parts[1:]):
            lines.extend(parts)
        else:
            lines.append(block)
    return [part for line in lines for part in _numbered_caption(line)]


def _numbered_caption(block: Block) -> list[Block]:
    """A card's title caption numbered as the card («1. Найменування заходу: …»): two lines.

    The number is the line that numbers the card, the caption and its value the first row;
    only a caption that names the measure is split so.
    """
    if not isinstance(block, Paragraph) or ":" not in block.text:
        return [block]
    found = LABEL.fullmatch(block.text.strip())
    if found is None or not found["title"]:
        return [block]
    rest = Paragraph(found["title"], block.where)
    told = labelled(rest)
    if told is None or told[2] != _TITLE or _THE_MEASURE.search(told[0]) is None:
        return [block]  # «1. Назва програми: …», a form's item, stays whole
    return [Paragraph(found["number"], block.where), rest]


_THE_MEASURE = re.compile(r"(?i)заход|захід|measure|activity|action")
"""A caption that names the measure itself («Найменування заходу»), not a programme."""


_TITLE_LINES = 2
"""The most lines a card's numbered title goes on over."""


def _goes_on(blocks: Sequence[Block], labels: Sequence[object], at: int) -> bool:
    """Whether a paragraph could go on with the title above it: no caption, number or signature."""
    if at >= len(blocks) or labels[at] is not None:
        return False
    block = blocks[at]
    return (
        isinstance(block, Paragraph)
        and LABEL.fullmatch(block.text.strip()) is None
        and not is_signature(block.text)
    )


def _paragraph_card(
    blocks: Sequence[Block], labels: Sequence[tuple[str, str, str] | None], at: int
) -> tuple[Card | None, int]:
    """The card written from ``blocks[at]`` on, if one is, and where the paragraphs read end."""
    first = blocks[at] if at < len(blocks) else None
    if not isinstance(first, Paragraph):
        return None, at + 1
    label: Paragraph | None = None
    start = at
    if labels[at] is None or LABEL.fullmatch(first.text.strip()):
        label, start = first, at + 1
        if LABEL.fullmatch(first.text.strip()):  # a numbered title broken over lines (a PDF's)
            more = start
            while more - start < _TITLE_LINES and _goes_on(blocks, labels, more):
                more += 1
            if start < more < len(blocks) and labels[more] is not None:
                lines = [b.text.strip() for b in blocks[at:more] if isinstance(b, Paragraph)]
                label, start = Paragraph(" ".join(lines), first.where), more
    rows: list[tuple[str, str, str]] = []  # caption, value, place
    seen: set[str] = set()
    end = start
    while end < len(blocks):
        if end - at > _MOST_PARAGRAPHS:
            return None, end  # no card is this long: the paragraphs are read as they are
        block = blocks[end]
        labelled = labels[end]
        if labelled is not None and isinstance(block, Paragraph):
            caption, value, field = labelled
            key = _key(caption, field)
            if key in seen:
                break
            seen.add(key)
            rows.append((caption, value, block.where))
            end += 1
            continue
        following = labels[end + 1] if end + 1 < len(blocks) else None
        if (
            not rows
            or not isinstance(block, Paragraph)
            or following is not None  # the line over the next card
            or LABEL.fullmatch(block.text.strip())
            or is_signature(block.text)
            or not (rows[-1][1] == "" or _field(rows[-1][0]) == _OUTCOME)
        ):
            break
        caption, value, place = rows[-1]  # the value goes on: «Стан виконання:» and its text
        rows[-1] = (caption, f"{value}\n{block.text.strip()}".strip(), place)
        end += 1
    end = max(end, at + 1)
    fields = {_field(caption) for caption, _, _ in rows}
    if len(rows) < 2 or fields.isdisjoint(_REPORTED):
        return None, end
    if label is first and _TITLE in fields and not LABEL.fullmatch(first.text.strip()):
        return None, at + 1  # a line over a card that titles itself: the document's title

    card = Card(name="paragraphs", rows=tuple(rows))
    if label is not None:
        card = card.under(label.text.strip(), label.where)
    return (card, end) if card.titled else (None, end)
