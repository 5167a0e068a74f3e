"""Each body row of a report table: what it is, and what it holds.

A row is a heading, a measure, a continuation of the measure above, the
header repeated, a row of column numbers, empty, or a note. A heading is a
row of one text — merged across the table, in its first cell with the
others empty, or in the title column right of an empty number column; a
grouping column's text, merged down over measures, heads them too. A term
or executors merged down over several measures are each one's. A measure
has a title, and a number in its own column or at the start of its title
(«1.1. Проведення …»). A row without number and title after a measure
continues it.
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from civplan.importers.captions import FUNDING_SOURCE, FUNDING_YEAR, GROUP, caption_fields
from civplan.importers.document import Grid
from civplan.importers.fields import FUNDING, NUMBER, OUTCOME, STATUS, TITLE, Column
from civplan.model.numbering import MEASURE_NUMBER, ROMAN, SECTION_NUMBER, number_key, within


class Role(enum.Enum):
    """What a row of a table is."""

    TITLE = "title"
    HEADER = "header"
    NUMBERING = "column numbers"
    REPEATED_HEADER = "header repeated"
    HEADING = "heading"
    MEASURE = "measure"
    CONTINUATION = "continuation"
    REPORT = "report"
    TOTAL = "total"
    NOTE = "note"
    EMPTY = "empty"


_LEADING_NUMBER = re.compile(
    r"^\s*(?P<number>(?P<keyword>(?:[^\W\d]+(?:\.\s*|\s+)){0,3})"
    rf"(?:\d{{1,3}}(?:\.\d{{1,4}})+[.)]?|\d{{1,3}}(?:[.)]|:(?=\s))|{ROMAN}(?:[.)]|:(?=\s))"
    r"|(?P<bare>\d{1,2})(?=\s+[^\d\s])|(?P<letter>[а-яґєіїa-z]\))(?=\s))"
    r"(?:\s*\(\d{1,4}\))?)\s*(?P<rest>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)
HEADING_WORD = (
    r"(?:(?:очікуван\w* )?(?:стратегічн|операційн|оперативн)\w* )?"
    r"(?:напрям|розділ|підрозділ|підзавдання|завдання"
    r"|ціл|мета|пріоритет|блок|частина|підпрограм|програм|захід|заходи|сфера|проблем|оср"
    r"|результат|commitment"
    r"|direction|section"
    r"|objective|goal|priority|part|chapter|area|pillar|milestone)\w*"
)
"""Words that may lead a heading's number: «Напрям 1.1.», «Стратегічна ціль 2.», «Проблема 2.1.1.»,
«ОСР 2.1.1.1.», «Очікуваний стратегічний результат 2.1.1.1.», «Commitment 3.»."""
_KEYWORD = re.compile(f"^{HEADING_WORD}$", re.IGNORECASE)
_MEASURE_WORD = re.compile(r"захід|пункт|п\.|measure|activity|action|item", re.IGNORECASE)
"""The word that may lead a measure's number in its title: «Захід 1.1. Ремонт …», «п. 2.3.»."""


def split_number(text: str, *, headings: bool) -> tuple[str | None, str]:
    """A number at the start of a text, and the rest: «1.1. Проведення» → («1.1.», «Проведення»).

    With ``headings``, a keyword may lead the number («Напрям 1.1.») and Roman
    numerals count; otherwise only Arabic numbers followed by a dot or a
    bracket («1.», «1.2.», «3)»), deep numbers («1.2 Проведення») and the
    letters of sub-items («а) для депутатів»).
    """
    match = _LEADING_NUMBER.match(text)
    if match is None:
        return None, text
    number = match["number"].strip()
    if match["bare"] and not headings:
        return None, text  # «3 заходи …»: a count, not a measure's number
    keyword = " ".join(match["keyword"].split())
    core = number[len(match["keyword"]) :]
    if keyword and not headings:  # «Захід 1.1. Ремонт …»: the number without its word
        if _MEASURE_WORD.fullmatch(keyword) is None or match["bare"] or match["letter"]:
            return None, text
        number = core
    elif keyword and not (headings and _KEYWORD.match(keyword)):
        return None, text
    if not headings and not re.match(r"\d", core) and not match["letter"]:
        return None, text
    rest = match["rest"].strip()
    if not rest or rest[0].isdecimal():
        return None, text  # «1. 2020 рік» reads as a date, not a numbered text
    return number, rest


class RowRead(NamedTuple):
    """One body row as read.

    Attributes:
        row: the row's place in its grid, from 0.
        role: what the row is.
        number: a heading's or measure's number as written, or ``None``.
        text: a heading's title, a measure's title, or a note's text.
        cells: a measure's or continuation's cell texts, one per column.
        group: for a heading from a grouping column, its column.
        candidate: whether a numbered row of a number and a title only may
            be a heading (decided once the numbers below it are known).
    """

    row: int
    role: Role
    number: str | None = None
    text: str = ""
    cells: tuple[str, ...] = ()
    group: int | None = None
    candidate: bool = False  # a plain tuple: a large table makes one a row


def read_rows(
    grid: Grid,
    body: range,
    columns: Sequence[Column],
    header_rows: Sequence[tuple[str, ...]],
    known_headings: frozenset[str] = frozenset(),
) -> Iterator[RowRead]:
    """The rows of a table's body, each with its role (grouping columns give heading rows too).

    ``known_headings`` are headings the document is known to have (civplan's
    own report carries them), without their spaces: a row of one such text is
    a heading whatever it looks like.
    """
    width = len(columns)
    fields = {c.field: c.position for c in columns if c.field in (NUMBER, TITLE)}
    number_at, title_at = fields.get(NUMBER), fields.get(TITLE)
    groups = [c.position for c in columns if c.field == GROUP]
    headers = {_folded(row) for row in header_rows}
    # a repeated header starts as one does: only such rows are folded and compared whole
    header_starts = {next((t for t in row if t), "").casefold() for row in header_rows}
    data = [c.position for c in columns if c.field not in (NUMBER, TITLE, GROUP, None, "ignore")]
    # what a heading row never holds: a heading may show its measures' total funding
    telling = [c for c in data if columns[c].field not in (FUNDING, FUNDING_SOURCE, FUNDING_YEAR)]
    sums = frozenset(data) - frozenset(telling)
    # the first column the table uses (a sheet may leave column A empty)
    start = min((c.position for c in columns if c.field is not None or c.caption), default=0)
    current_groups: dict[int, str] = {}
    fast = not groups and number_at is not None and title_at is not None
    total = False  # a total row was read: its parts («у тому числі: місцевий бюджет») follow
    # without a column of outcomes, a row of one report under a measure tells its outcome
    reported = not any(c.field in (OUTCOME, STATUS) for c in columns)
    after_measure = False
    merged_texts: dict[int, tuple[int, str]] = {}  # per column: the row filled last, its text
    blank = False  # the row before was empty
    ended = False  # another table began under this one, in the same grid
    for index in body:
        texts = _aligned(grid.rows[index], width, groups, number_at)
        if index in grid.spans and not (title_at is not None and grid.merged_down(index, title_at)):
            # (a row under a title merged down goes on with that measure: nothing to repeat)
            texts = _filled_down(grid, index, texts, telling, merged_texts)
        if number_at is not None and "\n" in texts[number_at]:
            joined = _unbroken(texts[number_at])  # «1.1↵.1.↵1»: a narrow column's wrapping
            texts = (*texts[:number_at], joined, *texts[number_at + 1 :])
        if fast and not ended:  # most rows of most tables: a number and a title in place
            shown, named = texts[number_at], texts[title_at]  # type: ignore[index]
            if (
                shown
                and named
                and shown != named
                and not named.isdecimal()
                and MEASURE_NUMBER.fullmatch(shown)
            ):
                heads = not any(texts[c] not in _NOTHING for c in telling) and could_head(shown)
                total = blank = False
                after_measure = True
                yield RowRead(index, Role.MEASURE, shown, named, texts, None, heads)
                continue
        filled = [(c, t) for c, t in enumerate(texts) if t]
        if not filled:
            blank = True
            yield RowRead(index, Role.EMPTY)
            continue
        first = filled[0][1]
        after_blank, blank = blank, False
        if ended:  # a table under the table of measures («Показник | План | Факт»)
            yield RowRead(index, Role.NOTE, text=" | ".join(dict.fromkeys(t for _, t in filled)))
            continue
        if first.casefold() in header_starts and _folded(texts) in headers:
            yield RowRead(index, Role.REPEATED_HEADER)
            continue
        if after_blank:
            # the header again, written otherwise; or another table's, with no measures, maybe
            # under its title («Показники виконання програми», then «Показник | План | Факт»)
            header = _header_fields([t for _, t in filled])
            if header is None and len(filled) == 1 and index + 1 < len(grid.rows):
                following = [
                    t for t in _aligned(grid.rows[index + 1], width, groups, number_at) if t
                ]
                below = _header_fields(following)
                if below is not None and TITLE not in below:
                    header = below
            if header is not None:
                ended = TITLE not in header
                role = Role.NOTE if ended else Role.REPEATED_HEADER
                text = " | ".join(dict.fromkeys(t for _, t in filled))
                yield RowRead(index, role, text=text)
                continue
        if (
            first.isdecimal()
            and len(filled) >= min(3, width - start)
            and _is_numbering([t for _, t in filled])
        ):
            yield RowRead(index, Role.NUMBERING)
            continue
        unnumbered = number_at is None or not _is_number(texts[number_at])
        known = "".join(first.split()) in known_headings  # civplan's own report says: a heading
        if (
            unnumbered
            and (_TOTAL.match(first) or (total and _TOTAL_PART.match(first)))
            and not known  # (a section titled «Усього» is no total)
        ):
            total = True
            yield RowRead(index, Role.TOTAL, text=" | ".join(dict.fromkeys(t for _, t in filled)))
            continue
        total = False
        alone = all(t == first for _, t in filled)  # one text, maybe in every merged place
        if alone and after_measure and reported and _reports(first) and not known:
            yield RowRead(index, Role.REPORT, text=first)
            continue
        after_measure = False
        if _heads_in_the_title_column(grid, index, texts, (number_at, title_at), telling, sums):
            number, title = split_number(texts[title_at], headings=True)  # type: ignore[index]
            yield RowRead(index, Role.HEADING, number=number, text=title)
            current_groups.clear()
            continue
        if alone and (
            known or _is_heading(grid, index, filled, (start, width), number_at, title_at, data)
        ):
            number, title = split_number(first, headings=True)
            yield RowRead(index, Role.HEADING, number=number, text=title)
            current_groups.clear()
            continue
        if not alone and _heads_with_figures(filled, title_at, telling):
            # «Напрям 2.1. … | 25,0 % | 3 / 12»: a heading, its measures' figures beside it
            number, title = split_number(first, headings=True)
            yield RowRead(index, Role.HEADING, number=number, text=title, cells=texts)
            current_groups.clear()
            continue
        for column in groups:
            value = texts[column]
            if (
                value
                and not grid.merged_down(index, column)
                and current_groups.get(column) != value
            ):
                current_groups[column] = value
                for deeper in [g for g in groups if g > column]:
                    current_groups.pop(deeper, None)
                number, title = split_number(value, headings=True)
                if number is None and column == min(groups):
                    number = _group_number(grid, index, texts, (number_at, title_at), groups)
                    if number is not None and number_at is not None:  # the group's, not the row's
                        texts = (*texts[:number_at], "", *texts[number_at + 1 :])
                yield RowRead(index, Role.HEADING, number=number, text=title, group=column)
        read = _measure_row(grid, index, texts, (number_at, title_at), data, telling)
        after_measure = read.role is Role.MEASURE
        yield read


def _header_fields(texts: Sequence[str]) -> set[str] | None:
    """The fields a row names when it is a table's header (most of its cells captions), else None.

    A row that holds a measure's number is no header.
    """
    if len(texts) < 2:
        return None
    named = [caption_fields((text,)) for text in texts if len(text) <= _CAPTION_LENGTH]
    captions = [fields for fields in named if fields]
    if len(captions) < 2 or 2 * len(captions) < len(texts):
        return None
    if any(MEASURE_NUMBER.fullmatch(text) for text in texts):
        return None
    return {field for fields in captions for field in fields}


_CAPTION_LENGTH = 80
"""The longest cell text read as a caption of another header."""


_TOTAL = re.compile(
    r"(?:усього|всього|разом|загалом|підсумок|total)(?:\s*(?:[:.,;(]|$)|\s+(?:по|за|на|у|в|з|із)"
    r"\s+(?:програм|розділ|напрям|план|підпрограм|завданн|заход|рік|роки|\d|усі|всі|тому))",
    re.IGNORECASE,
)
"""The start of a total row («Усього по програмі», «Разом за розділом 1», «Всього:»), not of
a measure («Разом з громадськими організаціями провести толоку»)."""
BREAKDOWN = r"(?:у|в) (?:тому числі|т\.? ?ч\.?)|з них"
"""The words that open the parts of a total: «у тому числі», «в т.ч.», «з них»."""
_TOTAL_PART = re.compile(
    BREAKDOWN + r"|(?:державн|обласн|районн|місцев|сільськ|селищн"
    r"|міськ)\w* бюджет|бюджет\w* (?:громади|територіальної)|інш\w* (?:джерел|кошт)"
    r"|позабюджетн|власн\w* кошт|кошти (?:інвестор|спонсор|підприєм)",
    re.IGNORECASE,
)
"""A row of a total's parts, after it: «у тому числі:», «місцевий бюджет»."""


_DONE_FORM = re.compile(
    r"\b(?:\w{3,}(?:ено|єно|ано|яно|ито|уто|ято)|\w{3,}(?:вся|лася|лось|лося|лися)|відбул\w*"
    r"|не (?:проводи|здійсню|викону|реалізову)\w*)\b",
    re.IGNORECASE,
)
"""Forms that report a deed done or not («проведено», «відбулася», «не проводився») — a
heading, a noun phrase («Розвиток освіти»), has none."""


def _reports(text: str) -> bool:
    """Whether a row's one text is a report of what was done, not a heading («Проведено …»)."""
    return (
        len(text) >= 30
        and split_number(text, headings=False)[0] is None  # «2. Культура»; not «15 січня …»
        and _DONE_FORM.search(text) is not None
    )


def _unbroken(text: str) -> str:
    """A number a narrow column wrapped inside («1.1↵.1.↵1», «1.1.1.↵10»), joined again.

    Only where a line goes on from the middle of it — a line that begins with a dot,
    or bare digits after a dot — so that numbers listed a line each («1.1↵1.2») stay apart.
    """
    pieces = text.split()
    joined = "".join(pieces)
    broken = any(
        piece.startswith(".") or (before.endswith(".") and piece.isdecimal())
        for before, piece in itertools.pairwise(pieces)
    )
    return joined if broken and _is_number(joined) else text


def _is_number(text: str) -> bool:
    return bool(MEASURE_NUMBER.fullmatch(text) or SECTION_NUMBER.fullmatch(text))


def _folded(texts: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(t.split()).casefold() for t in texts)


def _aligned(
    raw: tuple[str, ...], width: int, groups: Sequence[int], number_at: int | None = None
) -> tuple[str, ...]:
    """The row's cells, one per column; a row short by merged-down grouping cells gets them back.

    Not a row whose number stands in the number's column as it is: it is short by cells
    left empty at its end («… | Виконано» under «… | Стан виконання | Примітка»). A row
    short by a cell merged across, figures after it («Напрям 2.1. … | 25,0 % | 3 / 12»,
    «Усього | 505,0», as a text dump has them), has its figures at its end.
    """
    texts = tuple([t.strip() for t in raw])
    missing = width - len(texts)
    if (
        0 < missing <= len(groups)
        and len(texts) > 1
        and not (
            number_at is not None
            and number_at < len(texts)
            and _is_number(texts[number_at])
            and not (number_at >= missing and _is_number(texts[number_at - missing]))
        )
    ):
        for position in groups[:missing]:
            texts = (*texts[:position], "", *texts[position:])
    elif missing > 0 and text_and_figures(texts):
        texts = (texts[0], *[""] * missing, *texts[1:])
    if len(texts) < width:
        texts = texts + ("",) * (width - len(texts))
    return texts if len(texts) == width else texts[:width]


def _filled_down(
    grid: Grid,
    index: int,
    texts: tuple[str, ...],
    columns: Sequence[int],
    last: dict[int, tuple[int, str]],
) -> tuple[str, ...]:
    """A row's cells with the text of each cell merged down over it from above.

    A term or executors written once for several measures («протягом року»
    over three rows) are each one's. Only ``columns`` are filled: an amount
    merged down is the sum for all of them, no one's own. ``last`` keeps,
    per column, the row filled last and its text, so that each merged cell
    is looked up once however many rows it covers.
    """
    filled = list(texts)
    for column in columns:
        if filled[column] or not grid.merged_down(index, column):
            continue
        before = last.get(column)
        if before is not None and before[0] == index - 1:
            text = before[1]
        else:
            above = index - 1
            while above > 0 and grid.merged_down(above, column):
                above -= 1
            row = grid.rows[above]
            text = row[column].strip() if column < len(row) else ""
        last[column] = (index, text)
        filled[column] = text
    return tuple(filled)


_NOTHING = frozenset({"", "-", "–", "—", "х", "Х", "x", "X", "/"})
"""What a cell holds to say it has nothing there: a heading row's «х» under a measure's term."""


def _says(text: str) -> bool:
    """Whether a cell says something: not empty, not a placeholder («х», «—»)."""
    return text not in _NOTHING


def _is_numbering(texts: Sequence[str]) -> bool:
    if not all(t.isdecimal() for t in texts):
        return False
    numbers = [int(t) for t in texts]
    return numbers[0] == 1 and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _is_heading(
    grid: Grid,
    index: int,
    filled: Sequence[tuple[int, str]],
    used: tuple[int, int],
    number_at: int | None,
    title_at: int | None,
    data: Sequence[int],
) -> bool:
    """Whether a row of one text is a heading rather than a measure, a number or a remark.

    ``used`` is the first column the table uses and its width.
    """
    start, width = used
    text = filled[0][1]
    if _is_number(text):
        return False
    spans = grid.spans.get(index)
    if (
        spans is not None
        and len(spans) - start >= 2
        and spans[start] >= 0
        and all(s == spans[start] for s in spans[start:width])
    ):
        return True  # one cell merged across the table
    positions = [c for c, _ in filled]
    if len(positions) >= max(2, width - start - 1):
        return True  # the text repeated in every place a merged cell covers
    first = positions[0]
    if first != min(c for c in (number_at, title_at, start) if c is not None):
        # a text in a data column: a remark or a continuation; but a numbered heading in the
        # title column, a column of terms before it («Розділ 2. Культура»), heads
        return first == title_at and number_at is None and _numbered_heading(text)
    if first == number_at or (title_at is not None and first != title_at):
        return True  # a text in the number column, the rest empty
    # the title cell alone: a heading unless the table's measures fill nothing else
    return bool(data) and width - start > 2


def _numbered_heading(text: str) -> bool:
    """Whether a text is a heading by its number's word or numeral.

    «Розділ 2. Культура», «ІІ. Освіта»; not «1.1. Проведення …», a measure's number.
    """
    number, title = split_number(text, headings=True)
    return (
        number is not None
        and bool(title)
        and any(c.isalpha() for c in number)
        and could_head(number.split()[-1])
    )


def _heads_with_figures(
    filled: Sequence[tuple[int, str]], title_at: int | None, telling: Sequence[int]
) -> bool:
    """Whether a row is a heading with figures beside it («Напрям 2.1. … | 25,0 % | 3 / 12»).

    Its one text stands at or before the title's place (maybe repeated where its merged
    cell spreads), and only figures in columns that tell nothing of a measure (shares
    done, counts, sums).
    """
    at, text = filled[0]
    if title_at is None or at > title_at or _is_number(text) or _FIGURES.fullmatch(text):
        return False
    return all(
        c not in telling and c != title_at and _FIGURES.fullmatch(t) is not None
        for c, t in filled
        if t != text
    )


_FIGURES = re.compile(r"[\d\s.,%/()–—-]+")
"""A cell of figures only: «25,0 %», «3 / 12», «1 250,0»."""


def text_and_figures(texts: Sequence[str]) -> bool:
    """Whether cells are a text, then figures only: «Напрям 2.1. … | 25,0 % | 3 / 12»."""
    return (
        len(texts) > 1
        and _FIGURES.fullmatch(texts[0]) is None
        and all(_FIGURES.fullmatch(t) for t in texts[1:])
    )


def _heads_in_the_title_column(
    grid: Grid,
    index: int,
    texts: tuple[str, ...],
    places: tuple[int | None, int | None],
    telling: Sequence[int],
    sums: frozenset[int],
) -> bool:
    """Whether a row of a title alone, the number column before it empty, is a heading.

    «Розділ 2. Спорт» or «Патріотичне виховання» over numbered measures, maybe
    with their total funding (``sums``: the funding columns). A title's
    remainder carried to the next page of a PDF goes on in lower case; a
    measure under cells merged down from the one above (``telling``: the data
    columns but funding) shares them.
    """
    number_at, title_at = places
    if number_at is None or title_at is None or number_at > title_at or not telling:
        return False
    title = texts[title_at]
    return (
        title[:1].isupper()
        and not texts[number_at]
        and all(c == title_at or c in sums for c, text in enumerate(texts) if _says(text))
        and not any(grid.merged_down(index, c) for c in (number_at, title_at, *telling))
    )


def _measure_row(
    grid: Grid,
    index: int,
    texts: tuple[str, ...],
    places: tuple[int | None, int | None],
    data: Sequence[int],
    telling: Sequence[int],
) -> RowRead:
    """A row with a title: a measure (one that may head the rows below), a continuation, a note.

    ``places`` are the number's and the title's columns; ``telling`` the data
    columns a heading row leaves empty (all but funding).
    """
    number_at, title_at = places
    number = texts[number_at] if number_at is not None else ""
    title = texts[title_at] if title_at is not None else ""
    merged = title_at is not None and grid.merged_down(index, title_at)
    if (not title or merged) and (
        not number or (number_at is not None and grid.merged_down(index, number_at))
    ):
        if any(texts[c] for c in data) or (title and not merged):
            return RowRead(index, Role.CONTINUATION, cells=texts)
        return RowRead(index, Role.NOTE, text=" | ".join(dict.fromkeys(t for t in texts if t)))
    if not title:
        return RowRead(index, Role.NOTE, text=" | ".join(dict.fromkeys(t for t in texts if t)))
    if number and not _is_number(number):
        found, _rest = split_number(f"{number} {title}", headings=True)
        if found == number and not any(_says(texts[c]) for c in telling):  # «Розділ 2 | Культура»
            return RowRead(index, Role.HEADING, number=number, text=title)
        unlabelled = unlabelled_number(number)
        remarked = _REMARKED.fullmatch(number)
        if unlabelled is not None:  # «п. 1.1», «№ 2», «(1.6)», «1,3»: the number itself
            number = unlabelled
        elif remarked is not None and _is_number(remarked["number"]):
            # «4 (виключено)», «1.3 (нова редакція)»: the number, and a remark on its measure
            # kept after the title
            number, title = remarked["number"], f"{title} ({remarked['remark']})"
        else:  # a number column holding text: the title's start, kept there
            number, title = "", f"{number} {title}"
    if not number or title[:1].isdecimal():
        found, rest = split_number(title, headings=False)
        # the title's own number, or one under the number column's, which is its group's
        if found is not None and (not number or within(found, number)):
            number, title = found, rest
    if not number and (cited := _ITEM_CITED.search(title)) is not None:
        number, title = cited["number"], title[: cited.start()]  # «Навчання (п. 1.2 Плану)»
    only_title = number and not any(_says(texts[c]) for c in telling)
    return RowRead(
        index,
        Role.MEASURE,
        number=number or None,
        text=title,
        cells=texts,
        candidate=bool(only_title and could_head(number)),
    )


_ITEM_CITED = re.compile(
    r"(?<=\S)\s*\((?:пп?\.|пункт)\s*(?P<number>\d{1,3}(?:\.\d{1,4})*\.?)"
    r"(?:\s+(?:плану|програми|стратегії)\b[^()]*)?\)\W*$",
    re.IGNORECASE,
)
"""The plan's item a title cites at its end, which numbers it: «Навчання посадовців (п. 1.2
Плану)»; not another act's («(п. 5 ст. 12 Закону)»)."""
_REMARKED = re.compile(r"(?P<number>\S{1,20}?)\s*\((?P<remark>[^()\d]*[^\W\d][^()]*)\)")
"""A number cell's number with a remark in words after it: «4 (виключено)», «1.3 (нова
редакція)»; not a marked number's «1.1.1.5.4 (6)»."""
_NUMBER_LABEL = re.compile(r"^(?:пп?\.|пункт|захід(?: №)?|№|no\.?)\s*", re.IGNORECASE)
_DECIMAL_COMMA = re.compile(r"\d{1,4}(?:,\d{1,4})+[.)]?")


def unlabelled_number(text: str) -> str | None:
    """A number cell's number without its label, brackets or stray spaces, if that is one.

    «п. 1.1» → «1.1», «Захід 2» → «2», «№2» → «2», «(1.6)» → «1.6», «1.4 .» → «1.4.», «1,3» → «1.3».
    """
    core = _NUMBER_LABEL.sub("", text)
    if core.startswith("(") and core.endswith(")"):
        core = core[1:-1]
    core = "".join(core.split())
    if _DECIMAL_COMMA.fullmatch(core):
        core = core.replace(",", ".")
    return core if core and _is_number(core) else None


def _group_number(
    grid: Grid,
    index: int,
    texts: tuple[str, ...],
    places: tuple[int | None, int | None],
    groups: Sequence[int],
) -> str | None:
    """The number of the first grouping column's text, taken from the number column.

    It is the group's when the measure beside it has a number of its own under
    it («1» beside «1.1. Облаштування …») or one of a list that starts again
    in each group («1.» beside «1) створення …»); or, when the measure has none,
    when the number's cell is merged down over the next row as the group's is —
    or, where the next row's merges are not told (a text dump, a PDF read by
    alignment), when it is a measure of the group with neither cell filled.
    """
    number_at, title_at = places
    if number_at is None or title_at is None or not texts[number_at]:
        return None
    number = texts[number_at]
    found = split_number(texts[title_at], headings=False)[0]
    if found is not None:
        return number if within(found, number) or _ITEM.fullmatch(found) else None
    below = index + 1
    if below >= len(grid.rows) or not could_head(number.rstrip(".") + "."):
        return None
    column = groups[0]
    if below in grid.spans:
        merged = grid.merged_down(below, number_at) and grid.merged_down(below, column)
        return number if merged else None
    cells = _aligned(grid.rows[below], len(texts), groups, number_at)
    shared = not cells[number_at] and not cells[column]
    own = sum(1 for at, text in enumerate(cells) if text and at not in (number_at, column))
    return number if shared and cells[title_at] and own >= 3 else None


_ITEM = re.compile(r"\d{1,3}\)")
"""A list item's number, «1)», which starts again under each heading."""


def could_head(number: str) -> bool:
    """Whether a number could be a heading's: «1.», «1.2.», «ІІ.» — not «3)» or «4.1-1»."""
    return bool(SECTION_NUMBER.fullmatch(number)) and number_key(number) != ""
