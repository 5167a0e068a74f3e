"""Reports written as headed items: a paragraph naming each measure, its report under it.

Many web pages and Word files give no table: a line names the measure with
its number and title («Пункт 5. Облаштування пандусів …», «1.2. Проведення
форуму»), the paragraphs under it report on it («Встановлено 3 пандуси …»),
and lines with a heading word («Напрям 1. …», «Завдання 3. …») group the
measures. Unlike a report in prose (:mod:`civplan.importers.prose`), whose
numbered paragraphs are themselves the report («1.4. Забезпечено …»), here
the document names every measure itself, so it is read without its plan.

:func:`headed_items` turns such paragraphs into the one table they stand
for — a header, a row across for each heading, a row for each measure with
its number, title, any «Строк виконання: …» line in its column and the rest
as its outcome — which the shared table understanding then reads as any
other, naming each cell's paragraph. A numbered line is a measure only when
the paragraph under it reports on work; one whose title itself reports is
prose, and a document whose numbered lines are mostly so is not read here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from civplan.importers.captions import caption_fields
from civplan.importers.cards import CardRun, labelled, paragraph_cards
from civplan.importers.content import names_executor
from civplan.importers.document import (
    ENDS_PARAGRAPH,
    Block,
    Document,
    Grid,
    Paragraph,
    is_signature,
    lines_of,
)
from civplan.importers.metadata import has_title
from civplan.importers.rows import HEADING_WORD, split_number
from civplan.model.deadline import Deadline
from civplan.model.morphology import addressed, names_in_nominative
from civplan.model.reading import read_outcome
from civplan.model.scan import any_digit
from civplan.model.stated import read_stated
from civplan.report.columns import ReportColumn

_MEASURE_WORD = r"підпункт|пункт|пп\.|п\.|захід|item|measure|activity|action|milestone"
"""The words a line may call a measure by: «Пункт 5.», «п. 1.2.», «Захід 1.2», "Activity 3"."""
_ITEM = re.compile(
    rf"(?is)\s*(?:(?P<word>{_MEASURE_WORD})\s*(?:№\s*)?)?"
    r"(?P<number>\d{1,6}(?:\.\d{1,4})*(?:[-–]\d{1,3})?[а-яa-z]?)"
    r"(?:\s+(?:плану|програми|стратегії)\b)?(?P<mark>[.):]?)"  # «Пункт 1.1 Плану: …»
    r"\s+(?P<title>\S.*)"
)
"""A line that names a measure: «Пункт 5. Облаштування …», «1.2. Проведення …», «3) Ремонт …»."""
_NO_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d")
"""What opens a line without numbering a measure: a date («05.04.2025 — 10:35»)."""
_HEADING = re.compile(rf"(?i)\s*{HEADING_WORD}\b")
_ITEMS = 2
"""The fewest measures with a report under them that make a document of headed items,
where no line calls itself a measure («Пункт 5.»)."""
_HEADING_LENGTH = 150
"""The longest unnumbered line read as a heading between measures."""
_TITLE = "Найменування заходу"
_OUTCOME = "Стан виконання"
_KEPT = frozenset({ReportColumn.OUTCOME.value, ReportColumn.STATUS.value})
_TERM = "Строк виконання"
_EXECUTOR = "Відповідальний виконавець"
_PLANNED_CAPTIONS = {ReportColumn.DEADLINE.value: _TERM, ReportColumn.RESPONSIBLE.value: _EXECUTOR}
"""What the lines under a plan's item give it («Термін: …», «Відповідальні: …»), and the
caption each is shown under, as a term or executors at a line's end are."""
_PLANNED = frozenset(_PLANNED_CAPTIONS)


def headed_items(document: Document, *, past_wide_tables: bool = False) -> Document | None:
    """The document with its headed items as one table, if its paragraphs are written so.

    The paragraphs between its tables are tried in order, past tables of two
    columns at most (a programme's passport, signatures) and up to a wider
    one, a table of measures perhaps, read as such — or past every table
    (``past_wide_tables``), when its tables hold no measure. ``None`` when no
    run of paragraphs holds numbered lines with reports under them (two, or one
    that calls itself a measure or stands under a line that calls the text a
    report), or when they are cards.
    """
    blocks = list(document.blocks)
    start = 0
    while start <= len(blocks):
        end = next((at for at in range(start, len(blocks)) if isinstance(blocks[at], Grid)), None)
        end = len(blocks) if end is None else end
        run = [block for block in blocks[start:end] if isinstance(block, Paragraph)]
        found = _headed(run, document.printed)
        if found is not None:
            read, span = found
            return Document(
                source=document.source,
                blocks=[*blocks[:start], *read, *blocks[end:]],
                kind=document.kind,
                warnings=(
                    *document.warnings,
                    f"{document.source}: no table of measures; its numbered lines read as "
                    f"measures, the text under each as its fields and report ({span}): check them",
                ),
            )
        if end >= len(blocks) or (
            blocks[end].width > _NARROW and not past_wide_tables  # type: ignore[union-attr]
        ):
            return None
        start = end + 1
    return None


_NARROW = 2
"""The most columns of a table headed items may come after (a passport, signatures)."""


def _headed(lines: Sequence[Paragraph], printed: bool) -> tuple[list[Block], str] | None:
    """A run of paragraphs as a table of headed items among them, if it is one.

    With the table, the run's other paragraphs in their places and the places
    of the lines read so, for the warning.
    """
    paragraphs = [line for paragraph in lines for line in lines_of(paragraph)]
    if printed:
        paragraphs = _unwrapped(paragraphs)
    paragraphs = _captions_apart(_labels_joined([_tabbed(line) for line in paragraphs]))
    texts = [" ".join(block.text.split()) for block in paragraphs]
    named = [_ITEM.fullmatch(text) for text in texts]
    kinds = _kinds(texts, named)
    items: dict[int, tuple[str, str]] = {}  # each measure's line: its number and title
    inline: dict[int, str] = {}  # the report its line gives after the title, if any
    told = 0  # numbered lines that are themselves a report: prose
    for at, found in enumerate(named):
        if kinds[at] != "item" or found is None:
            continue
        title = found["title"]
        bare, ending = _ending(title)
        if _reports(bare):  # not its term's words: «(постійно)»
            split = _report_after(title)  # «1. Ремонт даху школи – дах відремонтовано»
            if split is None:
                told += 1
                continue
            title, inline[at] = split
        elif not (
            _reported_under(paragraphs, kinds, at)
            or _planned_under(paragraphs, kinds, at)
            or ending  # a plan's item: «1. Провести … (відділ освіти, до 01.09)»
        ):
            continue
        items[at] = (found["number"], title)
    if not items:  # «- провести флешмоб (відділ молоді, 9 травня 2025 року);»: a plan's bullets
        items = _bulleted(texts, kinds)
    # one measure is enough where its line says it is one («Пункт 5. …», «Захід 1.2 …»), or
    # a line above it calls the text a report on its plan («Звіт про виконання плану …»)
    said = any((found := named[at]) is not None and found["word"] for at in items) or (
        bool(items) and any(_A_REPORT.search(text) for text in texts[: min(items)])
    )
    if len(items) < (1 if said else _ITEMS) or told >= len(items):
        return None
    for at, found in enumerate(named):  # the others written alike, over a text of their own
        if (
            found is not None
            and at not in items
            and kinds[at] == "item"
            and at + 1 < len(kinds)
            and kinds[at + 1] is None
            and texts[at + 1].endswith((".", ";", "!"))
            and not _reports(_ending(found["title"])[0])
        ):
            items[at] = (found["number"], found["title"])
    # numbered next after the measure before it («1.», «2.», «3.»): a measure with nothing
    # under it, not a heading over the next (not «2. Культура» after «2. Курси»: numbers
    # start again under each heading)
    before: str | None = None  # the number of the last measure read
    for at, found in enumerate(named):
        if at in items:
            before = items[at][0]
        elif (
            found is not None
            and before is not None
            and kinds[at] == "item"
            and found["number"] == _next_number(before)
            and not _reports(_ending(found["title"])[0])
        ):
            items[at] = (found["number"], found["title"])
            before = found["number"]
    if any(isinstance(block, CardRun) for block in paragraph_cards(paragraphs)):
        return None  # cards, read as such
    return _as_table(paragraphs, texts, kinds, (items, inline))


_BULLET = re.compile(r"[-–—•·▪]\s+(\S.*)")
"""A line of a bulleted list: «- провести флешмоб …», «• організувати виставку …»."""


def _bulleted(texts: Sequence[str], kinds: list[str | None]) -> dict[int, tuple[str, str]]:
    """A plan's measures written as bullets, each with its executors or term at its end.

    «- провести флешмоб (відділ молоді, 9 травня 2025 року);»: two such lines at
    least; no number, so the measures are numbered by their position (with a
    warning). ``kinds`` is updated: each bullet is a measure's line.
    """
    found = {
        at: ("", bullet[1]) for at, text in enumerate(texts)
        if kinds[at] is None and (bullet := _BULLET.fullmatch(text)) and _ending(bullet[1])[1]
    }  # fmt: skip
    if len(found) < _ITEMS:
        return {}
    for at in found:
        kinds[at] = "item"
    return found


def _next_number(number: str) -> str:
    """The number after ``number`` at its depth: «3» after «2», «1.3» after «1.2»."""
    head, _, last = number.rpartition(".")
    if not last.isdecimal():
        return ""
    following = str(int(last) + 1)
    return f"{head}.{following}" if head else following


_A_REPORT = re.compile(
    r"(?:звіт|інформаці\w*|довідк\w*|report)\b.{0,60}?(?:виконанн|реалізаці|хід|implementation"
    r"|progress)",
    re.IGNORECASE,
)
"""A line calling the text a report on its plan: «Звіт про виконання плану заходів …»."""
_SEPARATOR = re.compile(r"\s+[–—-]\s+|:\s+")
"""What parts a measure's title from the report on it in one line: a dash, a colon."""
_MOST_SEPARATORS = 4


def _report_after(line: str) -> tuple[str, str] | None:
    """A line's title and the report after it, where a dash or a colon parts the two.

    «Ремонт даху школи – дах відремонтовано у травні»: the title reports
    nothing, what follows does. ``None`` where no such place is (prose: «Забезпечено …»).
    """
    for separator in itertools.islice(_SEPARATOR.finditer(line), _MOST_SEPARATORS):
        title, report = line[: separator.start()], line[separator.end() :]
        if not _reports(title) and _reports(report):
            return title, report
    return None


def _kinds(texts: Sequence[str], named: Sequence[re.Match[str] | None]) -> list[str | None]:
    """What each line is: a measure's «item», a «heading» with a number, or ``None``.

    A list under a line that ends with a colon («Проведено:», «1) …», «2) …») is
    part of the report it stands in; numbers under a numbered line's («1. Відділу
    освіти:», «1.1. …») are its measures.
    """
    kinds: list[str | None] = []
    listing = False
    opener = ""  # the number of the line that ends with the colon, if it has one
    for text, found in zip(texts, named, strict=True):
        kind = _kind(text, found)
        if (
            kind == "item"
            and listing
            and found is not None
            and not found["word"]
            and not (opener and found["number"].startswith(opener + "."))
        ):  # (not «1.1.» under «1. Відділу освіти:»: the measures it heads)
            kind = None
        else:
            listing = text.endswith(":")
            opener = found["number"].rstrip(".") if listing and found is not None else ""
        kinds.append(kind)
    return kinds


def _kind(text: str, found: re.Match[str] | None) -> str | None:
    if found is not None and found["word"]:
        return "item"  # «Пункт 5. …», «Захід 1.2 …»
    if _HEADING.match(text) and split_number(text, headings=True)[0] is not None:
        return "heading"  # «Напрям 1. …», «Завдання 3. …»
    if found is None or is_signature(text) or _NO_NUMBER.fullmatch(found["number"]):
        return None
    if found["mark"] in (".", ")") or "." in found["number"]:
        return "item"
    return None  # «5 семінарів проведено»: a count


_LOOKED_AT = 6
"""How many lines under a measure's line are asked whether they report on it."""


def _reported_under(paragraphs: Sequence[Paragraph], kinds: Sequence[str | None], at: int) -> bool:
    """Whether the lines under a numbered line report on it, among the first few.

    «21 березня – семінар …», then «Проведено …»; lines that restate the plan
    («Строк виконання: …») tell nothing.
    """
    for following in range(at + 1, min(at + 1 + _LOOKED_AT, len(paragraphs))):
        if kinds[following] is not None:
            return False
        caption = labelled(paragraphs[following])
        if caption is None:
            if _reports(paragraphs[following].text):
                return True
        elif caption[2] in _KEPT and caption[1]:  # «Стан виконання: …»; the lines under
            return _reports(caption[1])  # an empty one are read on
    return False


def _planned_under(paragraphs: Sequence[Paragraph], kinds: Sequence[str | None], at: int) -> bool:
    """Whether the line under a numbered line gives it a term or executors: a plan's item.

    «1. Провести урочисті збори», then «Термін: 22 серпня 2025 року»: a plan
    written as paragraphs, with no report yet.
    """
    following = at + 1
    if following >= len(paragraphs) or kinds[following] is not None:
        return False
    caption = labelled(paragraphs[following])
    if caption is None:  # «Відділ культури», «Серпень 2025 року» on a line of their own
        return bool(_planned(paragraphs[following].text))
    return caption[2] in _PLANNED and bool(caption[1])


_SPACED_DASH = re.compile(r"\s[–—-]\s")
_PLANNED_LINE = 120
"""The longest line under a measure's line read as its term or executors without a caption."""


def _planned(text: str) -> dict[str, str]:
    """What a line alone under a measure's line gives it: its term, executors, or both."""
    line = text.strip().rstrip(" .;,")
    if len(line) > _PLANNED_LINE:
        return {}
    both = _executors_and_term(line)
    if both:
        return both
    named = _planned_line(line)
    return {named: line} if named is not None else {}


def _planned_line(text: str) -> str | None:
    """The caption of a line that is a term or executors alone, if it is one.

    «Серпень 2025 року», «Постійно»: the term; «Відділ культури, старости сіл»:
    the executors — short, and no report.
    """
    line = text.strip().rstrip(" .;")
    if not line or len(line) > _PLANNED_LINE:
        return None
    dash = _SPACED_DASH.search(line)  # not «14 лютого – семінар для керівників»: a report
    if Deadline.parse(line, year=_ANY_YEAR).understood and (
        dash is None or Deadline.parse(line[dash.end() :], year=_ANY_YEAR).understood
    ):
        return _TERM
    if dash is None and not line[:1].isdecimal() and names_executor(line) and not _reports(line):
        return _EXECUTOR
    return None


def _reports(text: str) -> bool:
    """Whether a text reports on work: a stated status, or cues of what was done."""
    return read_stated(text) is not None or bool(read_outcome(text))


def _as_table(
    paragraphs: Sequence[Paragraph],
    texts: Sequence[str],
    kinds: Sequence[str | None],
    measures: tuple[dict[int, tuple[str, str]], dict[int, str]],
) -> tuple[list[Block], str]:
    items, inline = measures
    first = min(at for at, kind in enumerate(kinds) if kind is not None)
    if first > 1 and _names_a_part(texts[first - 1]):  # «Фізична безбар'єрність» under the
        first -= 1  # title, over the first measure: the first heading
    rows: list[tuple[str, ...]] = []  # a heading row holds one text; a measure row its two
    places: list[str] = []
    cells: list[dict[str, str]] = []  # each measure row's caption → value
    captions: dict[str, None] = {}
    at, last = first, max(items)
    addressee = ""  # the executor a heading addresses: «1. Відділу освіти:»
    while at <= last:
        text = texts[at]
        if at not in items:  # a heading, numbered or not, or a line of one («Стратегічна ціль»)
            if text:
                rows.append((text,))
                cells.append({})
                places.append(paragraphs[at].where)
                addressee = _addressee(text)
            at += 1
            continue
        number, title = items[at]  # the number as a card's line gives it: «Пункт 5.» is 5
        values: dict[str, str] = {}
        outcome: list[str] = [inline[at]] if at in inline else []
        places.append(paragraphs[at].where)
        at += 1
        while at < len(paragraphs) and kinds[at] is None and not is_signature(texts[at]):
            caption = labelled(paragraphs[at])
            # right under the line, before any report: «Відділ культури», «Серпень 2025 року»,
            # «Відділ культури, 22 серпня 2025 року»
            planned = _planned(texts[at]) if caption is None and not outcome else {}
            if planned and planned.keys() - {_EXECUTOR} <= planned.keys() - values.keys():
                for named, said in planned.items():  # executors may go on over lines
                    values[named] = f"{values[named]}\n{said}" if named in values else said
                captions.update(dict.fromkeys(planned))
                at += 1
                continue
            if _heading_between(texts, kinds, items, at):
                break
            # «Термін: …», «Відповідальні: …»: under one caption for every measure, as
            # a term or executors at a line's end are
            named = _PLANNED_CAPTIONS.get(caption[2], caption[0]) if caption else ""
            if caption is not None and caption[2] not in _KEPT and named not in values:
                # «Термін: 22 серпня.»: the paragraph's stop is no part of the term
                of_plan = caption[2] in _PLANNED
                values[named] = caption[1].rstrip(" .;,") if of_plan else caption[1]
                captions[named] = None
            elif caption is not None and caption[2] in _KEPT:  # «Стан виконання: …»: the report
                outcome.extend([caption[1]] if caption[1] else [])
            elif texts[at]:
                outcome.append(paragraphs[at].text.strip())
            at += 1
        title, ending = _ending(title)  # a term or executors at the line's end
        if addressee:  # under «Відділу освіти:», its measures' executor unless they name one
            ending.setdefault(_EXECUTOR, addressee)
        for named, said in ending.items():
            if named not in values:
                values[named] = said
                captions[named] = None
        rows.append((number, title))
        cells.append({**values, _OUTCOME: "\n".join(outcome)})
    shown = [*captions, _OUTCOME]
    header = ("№", _TITLE, *shown)
    width = len(header)
    body: list[tuple[str, ...]] = []
    spans: dict[int, tuple[int, ...]] = {}
    for index, (row, values) in enumerate(zip(rows, cells, strict=True), start=1):
        if len(row) == 1:
            body.append((row[0], *[""] * (width - 1)))
            spans[index] = (0,) * width
        else:
            body.append((*row, *(values.get(caption, "") for caption in shown)))
    span = f"{paragraphs[first].where} … {paragraphs[at - 1].where}"
    name = f"{span} (headed items)"
    wheres = [f"{name}: the captions civplan gave them", *places]
    grid = Grid(
        rows=[header, *body],
        name=name,
        spans=spans,
        place=lambda row, _column: wheres[row],
        row_where=lambda row: wheres[row],
    )
    # the paragraphs before the items keep their places (the title), those after theirs
    return [*paragraphs[:first], grid, *paragraphs[at:]], span


_BRACKETED_END = re.compile(r"(?is)(?P<title>.+?)\s*\(\s*(?P<bracketed>[^()]{2,100})\)[.;]?")
"""A line's end in brackets: «… (відділ освіти, до 01.09.2025).»."""
_DASHED_END = re.compile(r"(?is)(?P<title>.+?)\s[–—]\s+(?P<after>(?:(?!\s[–—]\s).){2,100})")
"""A line's end after its last spaced dash: «… – бібліотека, 15–22 січня»."""
_TERM_CAPTION = re.compile(r"(?i)^(?:термін|строк)\w*(?: виконання)?\s*[:–—-]?\s*")


def _executors_and_term(words: str) -> dict[str, str]:
    """Executors and a term apart by a comma, in either order: «відділ освіти, до 01.09.2025».

    Empty unless exactly one part is a term and the others name executors.
    """
    parts = [part.strip() for part in re.split(r"[,;]\s+", words) if part.strip()]
    terms = [
        p for p in parts if Deadline.parse(_TERM_CAPTION.sub("", p), year=_ANY_YEAR).understood
    ]
    named = [p for p in parts if p not in terms]
    if len(terms) == 1 and named and names_executor(", ".join(named)):
        return {_EXECUTOR: ", ".join(named), _TERM: _TERM_CAPTION.sub("", terms[0])}
    return {}


def _addressee(heading: str) -> str:
    """The executor a heading addresses in the dative, named, if it does: «1. Відділу освіти:».

    Orders give a plan so: each executor, then what it is to do under it.
    """
    if not heading.endswith(":"):
        return ""
    words = split_number(heading.rstrip(": "), headings=True)[1]
    named = addressed(words) if words else None
    return named if named is not None and names_executor(named) else ""


def _ending(title: str) -> tuple[str, dict[str, str]]:
    """A measure's line's title, and the term and executors at its end, by caption.

    «Ремонт даху школи (ІІ квартал 2025 року)», «… – до 30.06.2025», «… (термін –
    вересень)»: the term's words read as a deadline; «… (відділ освіти)» names the
    executor; «… (відділ освіти, до 01.09.2025)», «… – КП «Тепло», ІІІ квартал»: both,
    apart by a comma. Other brackets and dashes stay in the title.
    """
    found = _BRACKETED_END.fullmatch(title) or _DASHED_END.fullmatch(title)
    if found is None:
        return title, {}
    words = found[2].strip().rstrip(".;")
    if words.count("»") > words.count("«"):
        return title, {}  # a dash inside quotation marks: «Європа – це ми»
    term = _TERM_CAPTION.sub("", words)
    if term and Deadline.parse(term, year=_ANY_YEAR).understood:
        return found["title"], {_TERM: term}
    both = _executors_and_term(words)
    if both:
        return found["title"], both
    if found.re is _BRACKETED_END and names_executor(words):
        return found["title"], {_EXECUTOR: words}
    return title, {}


_ANY_YEAR = 2000
"""A year to ask whether words are a term at all; the table understanding gives the real one."""


_LABEL_ALONE = re.compile(
    rf"(?i)\s*(?:{_MEASURE_WORD})\s*(?:№\s*)?"
    r"\d{1,6}(?:\.\d{1,4})*[.:]?\s*"
)
"""A line that only numbers the measure whose title is the next line: «Захід 1.2», «Пункт 5.»."""


_PLANNED_CAPTION = r"(?i:термін|строк|відповідальн|виконавц|виконавець)\w*(?: виконання)?"
_CAPTION_AFTER = re.compile(
    rf"(?<=[.;])\s+(?=[^\W\d][^:.;\n]{{1,60}}:\s)|,\s+(?={_PLANNED_CAPTION}\s*[:–—-]\s)"
)
"""Where a caption may follow on one line: after a sentence («… незламності. Термін: …»), or
a term or executors after a comma («Відповідальні: старости, термін – квітень»)."""
_CAPTIONED_LINE = 2000
"""The longest line looked at for captions after its sentences (a measure's line is short)."""
_MOST_CAPTIONS = 8
"""The most places on one line a caption is looked for at."""
_DASHED_CAPTION = re.compile(rf"({_PLANNED_CAPTION})\s*[–—-]\s+")
"""A term or executors captioned with a dash: «термін – квітень» is «термін: квітень»."""


def _captions_apart(lines: list[Paragraph]) -> list[Paragraph]:
    """Each line that goes on with captions of a measure's fields split before each.

    «4. Забезпечити готовність пунктів незламності. Термін: до 01.11.2025.
    Відповідальні: старости.» is the measure's line and two captioned lines,
    as if written under it; a colon after other words stays in its line.
    """
    out: list[Paragraph] = []
    for line in lines:
        text = line.text
        cuts = []
        if ":" in text and len(text) <= _CAPTIONED_LINE:
            cuts = [
                m.end()
                for m in itertools.islice(_CAPTION_AFTER.finditer(text), _MOST_CAPTIONS)
                if labelled(Paragraph(_colon(text[m.end() :]), line.where)) is not None
            ]
        if not cuts:
            out.append(line)
            continue
        bounds = zip([0, *cuts], [*cuts, len(text)], strict=True)
        pieces = [text[a:b].strip() for a, b in bounds]
        out.append(Paragraph(pieces[0], line.where))
        out.extend(Paragraph(_colon(piece), line.where) for piece in pieces[1:])
    return out


def _tabbed(line: Paragraph) -> Paragraph:
    """A measure's line with its executors and term after tabs, as if in brackets at its end.

    «1. Провести урочисті збори⇥Відділ культури⇥22.08.2025»: Word's tab stops
    set the fields in columns without a table. Only a line whose every part
    after the first is a term or names executors is rewritten.
    """
    if "\t" not in line.text:
        return line
    parts = [part.strip() for part in line.text.split("\t") if part.strip()]
    if len(parts) < 2 or _ITEM.fullmatch(parts[0]) is None:
        return line
    if not all(_planned_line(part) is not None for part in parts[1:]):
        return line
    return Paragraph(f"{parts[0]} ({', '.join(parts[1:])})", line.where)


def _colon(piece: str) -> str:
    """A piece that opens with a term's or executors' caption and a dash, with a colon instead."""
    dashed = _DASHED_CAPTION.match(piece)
    return f"{dashed[1]}: {piece[dashed.end() :]}" if dashed is not None else piece


def _labels_joined(lines: list[Paragraph]) -> list[Paragraph]:
    """Each line that only numbers a measure («Захід 3») joined to its title on the next line."""
    out: list[Paragraph] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        following = lines[at + 1].text.strip() if at + 1 < len(lines) else ""
        if (
            _LABEL_ALONE.fullmatch(line.text)
            and following
            and _ITEM.fullmatch(following) is None
            and not _reports(following)
        ):
            out.append(Paragraph(f"{line.text.strip()} {following}", line.where))
            at += 2
        else:
            out.append(line)
            at += 1
    return out


_ENDS = tuple(ENDS_PARAGRAPH)


def _unwrapped(lines: Sequence[Paragraph]) -> list[Paragraph]:
    """Printed lines joined into the paragraphs they wrap: a line that goes on in lower case.

    «Пункт 2. Обстеження будівель закладів освіти на» over «відповідність
    вимогам доступності» is one line naming a measure; so is a line that leaves a
    bracket open over the next («… (відділ освіти, до» over «01.09.2025).»), or ends
    with a preposition or a conjunction («Термін: до» over «01.11.2025.»).
    """
    joined: list[tuple[list[str], str]] = []  # each paragraph's lines, and its place
    unclosed = 0  # brackets and quotations the paragraph so far leaves open
    for line in lines:
        text = line.text.strip()
        if joined and (
            (text[:1].islower() and not joined[-1][0][-1].endswith(_ENDS))
            # «… (відділ освіти, до» over «01.09.2025).»; a bracket left open by mistake
            # takes no more than the lines a bracket spans
            or (unclosed > 0 and len(joined[-1][0]) < _BRACKET_LINES)
            or joined[-1][0][-1].rsplit(" ", 1)[-1].lower() in _GOING_ON  # «Термін: до»
        ):
            joined[-1][0].append(text)
        else:
            joined.append(([text], line.where))
            unclosed = 0
        unclosed += text.count("(") - text.count(")") + text.count("«") - text.count("»")
    return [Paragraph(_joined(parts), where) for parts, where in joined]


_BRACKET_LINES = 3
"""The most printed lines one paragraph is joined over for a bracket it leaves open."""
_GOING_ON = frozenset(
    {"до", "з", "із", "від", "по", "на", "у", "в", "за", "для", "щодо", "про", "при", "та",
     "і", "й", "або", "–", "—"}
)  # fmt: skip
"""Words no printed line ends a paragraph with: the line under it goes on with it."""


def _joined(lines: list[str]) -> str:
    """Printed lines as one text; a line that ends with a hyphen goes on without a space."""
    return "".join(
        line if at + 1 == len(lines) or line.endswith("-") else f"{line} "
        for at, line in enumerate(lines)
    )


_PART_LENGTH = 80
"""The longest unnumbered line over the first measure read as the heading of its part."""


def _names_a_part(text: str) -> bool:
    """Whether a line under the title names the part of the plan the measures below are in.

    Short, capitalised, without digits or a stop, naming no body or report, its
    first word a nominative: not a line of the title («Лісівської сільської ради»,
    «за 2025 рік», «Програми розвитку культури»).
    """
    words = text.split()
    return (
        bool(words)
        and len(text) <= _PART_LENGTH
        and words[0][:1].isupper()
        and not any_digit(text)
        and not text.endswith((".", ",", ":", ";"))
        and not has_title([text])
        and not names_executor(text)
        and names_in_nominative(words[0].lower().strip("«\"'"))
    )


def _heading_between(
    texts: Sequence[str], kinds: Sequence[str | None], items: dict[int, tuple[str, str]], at: int
) -> bool:
    """Whether an unnumbered line under a measure's report heads the measures after it.

    «Інформаційна безбар'єрність» between two measures: a short line that
    reports nothing, ends with no stop and stands right over a heading or a
    measure.
    """
    text = texts[at]
    following = at + 1
    return (
        following < len(texts)
        and (kinds[following] == "heading" or following in items)
        and len(text) <= _HEADING_LENGTH
        and not text.endswith((".", ";", ":"))
        and not caption_fields((text.split(":", 1)[0],))
        and not _reports(text)
    )
