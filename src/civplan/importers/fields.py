"""Deciding what each column of a table holds: by the user's hint, its caption, or its cells.

Each field but the responsible executors, funding, notes and grouping
columns goes to one column at most. A caption that names several fields
(«Стан виконання»: outcomes or statuses) is decided by the cells; a column
whose caption civplan does not know, or that has none, is read by its cells
(:mod:`civplan.importers.content`); a column neither tells of is kept on each
measure as a note under its caption.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import attrs

from civplan.importers.captions import (
    ACTUAL,
    BASELINE,
    FUNDING_SOURCE,
    FUNDING_YEAR,
    GROUP,
    PLAN_PART,
    PLANNED,
    SHARE_DONE,
    UNIT,
    Field,
    caption_fields,
    kept_as_notes,
    value_kind,
)
from civplan.importers.content import Reading
from civplan.model.deadline import CALENDAR_PERIODS, REPORT_DAY, Deadline
from civplan.model.stated import read_stated
from civplan.model.status import Status
from civplan.report.columns import ReportColumn

NUMBER = ReportColumn.NUMBER.value
TITLE = ReportColumn.TITLE.value
DEADLINE = ReportColumn.DEADLINE.value
RESPONSIBLE = ReportColumn.RESPONSIBLE.value
OUTCOME = ReportColumn.OUTCOME.value
STATUS = ReportColumn.STATUS.value
EXPECTED = ReportColumn.EXPECTED_RESULT.value
INDICATOR = ReportColumn.INDICATOR.value
FUNDING = ReportColumn.FUNDING.value
NOTES = ReportColumn.NOTES.value
IGNORE = "ignore"
"""A hint that a column holds nothing to read."""

FIELDS: tuple[Field, ...] = (
    *(c.value for c in ReportColumn),
    GROUP,
    FUNDING_SOURCE,
    FUNDING_YEAR,
    UNIT,
    PLANNED,
    ACTUAL,
    BASELINE,
    IGNORE,
)
"""Every field a column may hold."""
SINGLE = frozenset(
    {NUMBER, TITLE, DEADLINE, OUTCOME, STATUS, EXPECTED, INDICATOR, UNIT, PLANNED, ACTUAL,
     BASELINE, FUNDING_YEAR}
)  # fmt: skip
"""Fields at most one column holds (but a deadline's start and end may stand apart)."""
TERM_START = re.compile(r"(?i)початк|початок|^з$|^від$|start|begin|from")
TERM_END = re.compile(r"(?i)заверш|закінч|кін[ец]|^по$|^до$|end|finish|complet|until|^to$")
"""Captions of a deadline's start and end columns («Дата початку», «Дата завершення»)."""
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
MARKS = frozenset({"+", "х", "x", "v", "✓", "✔", "√", "*", "•", "●", "так", "yes"})
"""What a cell of a period column holds to say the measure falls in that period."""
_NUMERAL = r"(?:[ivxі]{1,4}|[1-4])"
_BARE_NUMERAL = re.compile(rf"(?i){_NUMERAL}")
_BARE_PERIOD = re.compile(rf"(?i){_NUMERAL}(?: ?кв\.?)?")


def period_of(path: Sequence[str]) -> str | None:
    """The period a column under a deadline's caption stands for, as a deadline phrase.

    «Строк виконання (квартал) / ІІ» → «ІІ квартал»; «Термін / березень» →
    «березень»; «Роки виконання / 2026» → «2026». ``None`` for any other column.
    """
    if len(path) < 2:
        return None
    label = " ".join(path[-1].split())
    if _BARE_PERIOD.fullmatch(label):
        number = label.split()[0].removesuffix("кв.").removesuffix("кв")
        label = f"{number} {'півріччя' if 'півріч' in path[-2].casefold() else 'квартал'}"
    read = Deadline.parse(label, year=2000)
    return label if read.kind in CALENDAR_PERIODS and not read.parts else None


def report_label(path: Sequence[str]) -> str | None:
    """The label of a report's column of one period or day, as its report's parts are labelled.

    «Стан виконання / ІІ квартал» → «ІІ квартал» (:func:`period_of`); «Стан виконання /
    станом на 01.07.2025» → «станом на 01.07.2025». ``None`` for any other column.
    """
    if (period := period_of(path)) is not None:
        return period
    label = " ".join(path[-1].split()) if len(path) > 1 else ""
    return label if REPORT_DAY.fullmatch(label) else None


_TRAILING_DAY = re.compile(r"(?P<base>.+?)\s+(?P<label>станом на\s.+)", re.IGNORECASE)
_TRAILING_PERIOD = re.compile(r"(?P<base>.+?)\s+(?:за|у|в)\s+(?P<label>\S.*)", re.IGNORECASE)


def periods_apart(path: tuple[str, ...]) -> tuple[str, ...]:
    """A caption of one line that ends with a period or day, as a caption over its label.

    «Виконання за І півріччя» → («Виконання», «І півріччя»), «Стан виконання станом на
    01.07.2025» → («Стан виконання», «станом на 01.07.2025»), as a header of two rows
    writes them; any other caption as it is.
    """
    if len(path) != 1:
        return path
    text = " ".join(path[0].split())
    for pattern in (_TRAILING_DAY, _TRAILING_PERIOD):
        found = pattern.fullmatch(text)
        if found is not None and report_label((found["base"], found["label"])) is not None:
            return (found["base"], found["label"])
    return path


def numbered_period(caption: Sequence[str], term: str) -> str | None:
    """A bare numeral under a quarter's or half's caption (a path), as that period.

    «Квартал» over «ІІ» → «ІІ квартал»; «IV кв.», which says its period, is ``None``.
    """
    if not _BARE_NUMERAL.fullmatch(term):
        return None
    folded = " ".join(caption).casefold()
    return period_of((*caption, term)) if "квартал" in folded or "півріч" in folded else None


# a funding caption's part that says the amount is the plan's, naming no source
@attrs.frozen
class Column:
    """What one column of a table holds, and why civplan thinks so.

    Attributes:
        position: the column's place, from 0.
        caption: its caption path, from the top header row down.
        field: what it holds (a :class:`~civplan.ReportColumn` value,
            ``"group"``, ``"funding_source"``, ``"funding_year"``, ``"ignore"``), or ``None``
            when civplan does not know (the cells are kept as notes).
        why: «caption», «content», «hint», or «position».
        detail: what decided it («caption «Строк виконання»», «content: 14 of
            15 cells read as deadlines»).
        year: for funding, the year the caption names.
        source: for funding, the source the caption names («місцевий бюджет»).
    """

    position: int
    caption: tuple[str, ...]
    field: Field | None
    why: str
    detail: str
    year: int | None = None
    source: str | None = None

    @property
    def caption_text(self) -> str:
        """The caption path as one text: «Обсяг фінансування / місцевий бюджет»."""
        return " / ".join(self.caption)


def assign(
    paths: Sequence[tuple[str, ...]],
    reading: Callable[[int], Reading],
    hints: Mapping[int, Field],
    *,
    own: bool = False,
) -> list[Column]:
    """What each column holds, from its caption path, how its cells read, and the hints.

    Args:
        paths: each column's caption path (empty without a header).
        reading: how a column's body cells read, by position; asked only of
            the columns whose captions do not decide alone.
        hints: fields the user gave, by column position.
        own: whether civplan wrote the table: its captions name every column
            (its notes are notes, whatever they say).
    """
    width = len(paths)
    written = paths
    # «Виконання за І півріччя | Виконання за ІІ півріччя»: each period's report under one
    # caption, as a header of two rows has them
    apart = [periods_apart(path) for path in paths]
    bases = Counter(
        path[:-1]
        for path, was in zip(apart, paths, strict=True)
        if path != was and OUTCOME in caption_fields(path[:-1])
    )
    paths = [
        path if path != was and bases[path[:-1]] > 1 else was
        for path, was in zip(apart, paths, strict=True)
    ]
    decided: dict[int, tuple[Field | None, str, str]] = {}
    taken: set[Field] = set()
    for position, field in hints.items():
        decided[position] = (field, "hint", f"hint: {field}")
        taken.add(field)
    candidates = {p: caption_fields(paths[p]) for p in range(width) if p not in decided}
    # captions that name one field, then those content must decide between
    for position, fields in sorted(candidates.items(), key=lambda item: len(item[1])):
        caption = " / ".join(paths[position])
        # money spent, also under a funding caption («Обсяг фінансування / факт»): kept in
        # notes, not to be taken, or guessed by its amounts, as the plan's funding
        if what := kept_as_notes(paths[position]):
            decided[position] = (None, "caption", f"caption «{caption}»: {what}")
            continue
        if not fields:
            continue
        free = [
            f
            for f in fields
            if not (f in SINGLE and f in taken)
            or (f == DEADLINE and _ends(paths, position, decided))
            or (f == DEADLINE and _periods(paths, position, decided))
            or (f == OUTCOME and _beside_outcome(paths, position, decided))
            or (f == STATUS and _marks(paths, position, decided))
        ]
        if not free:
            holder = next((p for p, d in decided.items() if d[0] == NUMBER), None)
            if (
                fields == [NUMBER]
                and holder is not None
                and _plan_point(paths, position, holder)
                # (numbers too: not a code of another system, «Код | KB-01»)
                and reading(position).number >= min(0.5, reading(holder).number)
            ):
                # «№ з/п | Пункт плану»: the plan's point identifies the measure, not the row
                before = " / ".join(paths[holder])
                decided[holder] = (None, "caption", f"caption «{before}»: a row's place")
                decided[position] = (NUMBER, "caption", f"caption «{caption}»: the plan's point")
                continue
            taken_by = f"caption «{caption}»: {fields[0]} is already taken"
            decided[position] = (None, "caption", taken_by)
            continue
        if OUTCOME in free and _of_periods(paths, position):
            # «Стан виконання / І квартал | ІІ квартал | …»: each period's report, all alike
            field = OUTCOME
        else:
            field = _by_content(free, reading(position)) if len(free) > 1 else free[0]
        how = "caption" if len(fields) == 1 else "caption and content"
        if field == STATUS and OUTCOME not in taken and _reports(reading(position)):
            field, how = OUTCOME, "caption and content"  # «Стан виконання / виконано»: prose
        if field == GROUP and reading(position).level >= _LEVELS:
            # «Пріоритет | Високий»: each measure's level of priority, no group of measures
            decided[position] = (
                None,
                "caption and content",
                f"caption «{caption}»: levels of priority",
            )
            continue
        decided[position] = (field, how, f"caption «{caption}»")
        taken.add(field)
    if UNIT in taken or INDICATOR in taken:  # «Одиниця виміру | План | Факт»: counts, not money
        _values(paths, reading, decided, taken, united=UNIT in taken)
    if STATUS not in taken:  # «Рівень виконання, %» of the measure itself: the status it states
        for position, (named, _how, detail) in decided.items():
            if (
                named is None
                and kept_as_notes(paths[position]) == SHARE_DONE
                and _of_the_measure(paths[position])
            ):
                decided[position] = (STATUS, "caption", f"{detail}, read as the status")
                taken.add(STATUS)
                break
    if STATUS not in taken and not own:  # «Примітка» filled with «Виконано», «Не виконано»
        for position, (named, _how, detail) in decided.items():
            if named == NOTES and _states(reading(position)):
                decided[position] = (STATUS, "caption and content", detail)
                taken.add(STATUS)
                break
    if OUTCOME not in taken and not own:  # «Примітка» holding the reports («Проведено …»)
        for position, (named, _how, detail) in decided.items():
            if named == NOTES and reading(position).filled >= 3 and reading(position).past >= 0.5:
                reports = f"{detail}, its cells reports of work done"
                decided[position] = (OUTCOME, "content", reports)
                taken.add(OUTCOME)
                break
    for position in range(width):
        if position in decided:
            continue
        caption = " / ".join(paths[position])
        # a caption civplan does not know beside one that names the field («Місце проведення»
        # beside «Відповідальні»): something else, not more of that field
        found, detail = _content_field(reading(position), taken, position, bool(caption))
        if found is None:
            what = f"caption «{caption}» unknown" if caption else "no caption"
            decided[position] = (None, "caption" if caption else "content", what)
            continue
        decided[position] = (found, "content", detail)
        taken.add(found)
    titled = [p for p, (named, _, _) in decided.items() if named == TITLE]
    if titled and reading(titled[0]).numbered >= 0.6:
        for position, (named, why, _detail) in list(decided.items()):
            if named == NUMBER and why == "content":
                # «1.1 | 2.1.1.1.1 Розроблення …»: a row's place; the titles carry the numbers
                decided[position] = (None, why, "a row's place: the titles begin with numbers")
    if FUNDING_YEAR in taken and FUNDING not in taken:  # years of no funding: kept as notes
        for position, (named, _how, detail) in decided.items():
            if named == FUNDING_YEAR:
                decided[position] = (None, "caption", f"{detail}: years of no funding column")
    if TITLE not in taken:
        _title_by_length(decided, reading)
        titled = [p for p, (named, _, _) in decided.items() if named == TITLE]
        for position, (named, why, _detail) in list(decided.items()):
            if named == NUMBER and why == "content" and titled and titled[0] < position:
                # figures right of the texts («Показник | 120 | 150»): no measures' numbers
                decided[position] = (None, why, "figures right of the title, no numbers")
    return [_column(p, written[p], *decided[p]) for p in range(width)]


def _values(
    paths: Sequence[tuple[str, ...]],
    reading: Callable[[int], Reading],
    decided: dict[int, tuple[Field | None, str, str]],
    taken: set[Field],
    *,
    united: bool,
) -> None:
    """The columns of values planned and achieved in the units a unit column names.

    Beside «Одиниця виміру», «План» and «Факт» of figures are a target and what
    was achieved in its unit («Базове значення»: the value before the plan) —
    not the plan's money, nor money spent — unless a hint said otherwise.
    Without a unit column (``united``), beside an indicator («Показник»:
    «кількість учасників, осіб»), only such columns captioned alone, or under
    a caption of the indicator's values («Значення показника / план»), are.
    """
    for position, path in enumerate(paths):
        kind = value_kind(path)
        if kind is None or kind in taken or reading(position).funding < 0.5:
            continue
        if not united and len(path) > 1 and not any(map(_INDICATOR_VALUES.search, path[:-1])):
            continue
        before = decided.get(position)
        if before is not None and before[1] == "hint":
            continue
        if before is not None and before[0] in taken:
            others = [p for p, (f, _h, _d) in decided.items() if f == before[0] and p != position]
            if not others:
                taken.discard(before[0])  # «Фактично виконано»: no report column after all
        caption = " / ".join(path)
        beside = "a unit" if united else "an indicator"
        decided[position] = (kind, "caption and content", f"caption «{caption}», beside {beside}")
        taken.add(kind)


_INDICATOR_VALUES = re.compile(
    r"показник|індикатор|значенн|результат|indicator|value|result", re.IGNORECASE
)
"""A caption over columns of values planned and achieved that says they are an indicator's."""


def _of_the_measure(path: Sequence[str]) -> bool:
    """Whether a share-done caption is the measure's, not its money's («Фінансування / %»)."""
    return not any(FUNDING in caption_fields((part,)) for part in path[:-1])


def _ends(
    paths: Sequence[tuple[str, ...]],
    position: int,
    decided: Mapping[int, tuple[Field | None, str, str]],
) -> bool:
    """Whether a column is a deadline's end, another its start («Start date», «End date»)."""
    path = paths[position]
    if not path or TERM_END.search(path[-1]) is None:
        return False
    return any(
        field == DEADLINE and paths[p] and TERM_START.search(paths[p][-1]) is not None
        for p, (field, _why, _detail) in decided.items()
    )


def _periods(
    paths: Sequence[tuple[str, ...]],
    position: int,
    decided: Mapping[int, tuple[Field | None, str, str]],
) -> bool:
    """Whether a column is one of a deadline's periods, marked per measure («І | ІІ | ІІІ | ІV»)."""
    return period_of(paths[position]) is not None and all(
        period_of(paths[p]) is not None
        for p, (field, _why, _detail) in decided.items()
        if field == DEADLINE
    )


_LEVELS = 0.8
"""The least share of a grouping column's cells that are levels of priority for it to be none."""
_PLAN_POINT = re.compile(r"пункт|заход|завдан|код|\bref|\bitem|\bcode|\bid\b", re.IGNORECASE)
"""A number column's caption naming the plan's point («Пункт плану», «Номер заходу»)."""


def _plan_point(paths: Sequence[tuple[str, ...]], position: int, holder: int) -> bool:
    """Whether a number column names the plan's point where the one before numbers rows."""
    return bool(
        _PLAN_POINT.search(" ".join(paths[position]))
        and not _PLAN_POINT.search(" ".join(paths[holder]))
    )


def _of_periods(paths: Sequence[tuple[str, ...]], position: int) -> bool:
    """Whether a column is one of several under one caption, each of a period or a day.

    «Стан виконання / І квартал | ІІ квартал», «… / станом на 01.07.2025 | станом на …».
    """
    path = paths[position]
    return (
        len(path) > 1
        and report_label(path) is not None
        and any(
            p != position and other[:-1] == path[:-1] and report_label(other) is not None
            for p, other in enumerate(paths)
        )
    )


def _beside_outcome(
    paths: Sequence[tuple[str, ...]],
    position: int,
    decided: Mapping[int, tuple[Field | None, str, str]],
) -> bool:
    """Whether a column stands beside an outcome column under one caption.

    «Стан виконання / виконано | не виконано (причини)»: the report in two parts.
    """
    parent = paths[position][:-1]
    if not parent:  # the caption over both lost (a print without rules ran it into the first's):
        # «… виконано», then «не виконано (причини)»
        before = decided.get(position - 1)
        return (
            before is not None
            and before[0] == OUTCOME
            and _DONE_HALF.search(paths[position - 1][-1]) is not None
            and _NOT_DONE_HALF.match(paths[position][-1]) is not None
        )
    return any(
        field == OUTCOME and paths[p][:-1] == parent
        for p, (field, _why, _detail) in decided.items()
    )


_DONE_HALF = re.compile(r"(?<!не )\bвиконано\W*$", re.IGNORECASE)
_NOT_DONE_HALF = re.compile(r"не ?виконано\b", re.IGNORECASE)


def _marks(
    paths: Sequence[tuple[str, ...]],
    position: int,
    decided: Mapping[int, tuple[Field | None, str, str]],
) -> bool:
    """Whether a column is one of a status's marks, each column under the status it marks.

    «Відмітка про виконання / виконано | не виконано», a «+» in one of them.
    """
    path = paths[position]
    parent = path[:-1]
    return (
        bool(parent)
        and names_a_status(path[-1])
        and any(
            field == STATUS and paths[p][:-1] == parent and names_a_status(paths[p][-1])
            for p, (field, _why, _detail) in decided.items()
        )
    )


def names_a_status(caption: str) -> bool:
    """Whether a caption is status words («виконано», «не виконано»), as a column of marks has."""
    return isinstance(read_stated(caption), Status)


def _reports(reading: Reading) -> bool:
    """Whether a column's cells are reports in prose, not status words."""
    return reading.filled > 0 and reading.status < 0.3 and reading.length >= 15


def _states(reading: Reading) -> bool:
    """Whether a column's cells are status words («Виконано», «Частково»)."""
    return reading.status >= 0.6 and reading.length <= 40


def _by_content(fields: Sequence[Field], reading: Reading) -> Field:
    if STATUS in fields and _states(reading):
        return STATUS
    if EXPECTED in fields and OUTCOME in fields:
        return OUTCOME if reading.past >= reading.task else EXPECTED
    return fields[0]


def _content_field(
    reading: Reading, taken: set[Field], position: int, captioned: bool
) -> tuple[Field | None, str]:
    """What a column holds by its cells, of the fields still free for it.

    A field several columns may hold (executors, funding) is free for a
    column with no caption; a column whose caption civplan does not know is
    something else than the fields other columns' captions took.
    """
    if reading.filled == 0:
        return None, "no cells"
    tests: tuple[tuple[Field, float, str], ...] = (
        (NUMBER, reading.number if position <= 1 else 0.0, "measure numbers"),
        (STATUS, reading.status if reading.length <= 40 else 0.0, "status words"),
        (DEADLINE, reading.deadline, "deadlines"),
        (FUNDING, reading.funding, "amounts of funding"),
        # a measure's text names bodies too («засідань громадської ради»): tasks are no executors
        (
            RESPONSIBLE,
            reading.executor if reading.length <= 200 and reading.executor > reading.task else 0.0,
            "executors",
        ),
        (OUTCOME, reading.past if reading.length >= 30 else 0.0, "reports of what was done"),
        (TITLE, reading.task if reading.length >= 20 else 0.0, "measures to be done"),
    )
    thresholds = {NUMBER: 0.6, STATUS: 0.6, DEADLINE: 0.5, FUNDING: 0.7, RESPONSIBLE: 0.5}
    for field, share, what in tests:
        if field in taken and (field in SINGLE or captioned):
            continue
        if share >= thresholds.get(field, 0.4):
            percent = round(share * 100)
            return field, f"content: {percent}% of {reading.filled} cells read as {what}"
    return None, "content unknown"


def _title_by_length(
    decided: dict[int, tuple[Field | None, str, str]], reading: Callable[[int], Reading]
) -> None:
    """Without a title column, the column of the longest texts no field took is the title.

    With none free, the last grouping column is: «Напрям діяльності» over rows of
    their own, with no column of measures beside it, names the measures.
    """
    # (a column of figures alone names no measure: «5 | 3 | 1» under «Всього | Виконано | …»)
    free = [p for p, (field, _, _) in decided.items() if field is None and reading(p).worded]
    if not free:
        groups = [p for p, (field, _, _) in decided.items() if field == GROUP and reading(p).filled]
        if groups:
            last = max(groups)
            caption = decided[last][2]
            decided[last] = (TITLE, "position", f"{caption}, the only column naming measures")
        return
    best = max(free, key=lambda p: (reading(p).length * reading(p).filled, -p))
    decided[best] = (TITLE, "position", "the longest texts of the columns nothing else claims")


def _column(
    position: int, path: tuple[str, ...], field: Field | None, why: str, detail: str
) -> Column:
    year = source = None
    if field == FUNDING:
        years = [int(m) for part in path for m in _YEAR.findall(part)]
        year = years[-1] if years else None
        named = [
            part
            for part in path[1:]
            if not _YEAR.fullmatch(re.sub(r"\s*(?:р|рік|рр)\.?$", "", part.strip()))
            and "у тому числі" not in part.casefold()
            and not PLAN_PART.match(part.strip().casefold())
        ]
        source = named[-1] if named else None
        if source is None and len(path) == 1 and (end := _SOURCE_AT_END.search(path[0])):
            # a header whose merged captions a print without rules ran into its columns'
            # («у тому числі державний бюджет», «Обсяг фінансування, усього»): its last words
            source = end[1]
    return Column(position, path, field, why, detail, year=year, source=source)


_SOURCE_AT_END = re.compile(
    r"(?:^|[\s,(])((?:державн|обласн|районн|місцев|сільськ|селищн|міськ)\w* бюджет\w*"
    r"|бюджет\w* (?:громади|територіальної громади)|інш\w* (?:джерел\w*|кошт\w*)"
    r"|позабюджетн\w* кошт\w*|власн\w* кошт\w*|(?:у|в)?сього|разом)\W*$",
    re.IGNORECASE,
)
"""A source of money, or the total, that ends a funding column's one caption."""
