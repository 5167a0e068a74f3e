"""Deadlines («строк виконання»): the raw phrase and the interval it means.

``Deadline.parse`` understands the phrasings of real plans and resolves them
against the plan's years: quarters written with mixed Cyrillic and Latin
numerals, half-years, months and their ranges, single days and ranges of
dates, open ends («до 1 липня», «до кінця року»), whole years and the plan's
period («протягом 2024–2026 років», «2025 – 26», «протягом строку дії
Програми»), qualifiers after a known phrase («протягом року відповідно до
графіка»), recurring terms with their occurrences («щокварталу», «щороку до
15 січня»), stages («І квартал 2025 – розроблення; ІV квартал 2025 –
затвердження»), continuous and on-demand terms, and terms scheduled
elsewhere («за окремим графіком»). A phrase it does not understand keeps
its text, gets kind ``UNKNOWN`` and no interval: it is never guessed. In a
plan of several years, a phrase that names no year («ІІ квартал») is read as
every year of the plan, and the deadline's ``note`` says so.
"""

from __future__ import annotations

import calendar
import enum
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

import attrs

from civplan._errors import PlanValidationError
from civplan._text import visible
from civplan.model.months import MONTH_OF_FORM, MONTH_STEMS, MONTHS, alternation, last_day
from civplan.model.morphology import FEWEST_MISTYPED, missed_words
from civplan.model.scan import any_digit, compiled_on_use, cyrillic_words
from civplan.model.stated import read_stated


class DeadlineKind(enum.Enum):
    """What sort of term a deadline phrase names."""

    __hash__ = object.__hash__  # members are singletons: hashed by identity, in C

    QUARTER = "quarter"
    QUARTER_RANGE = "quarter_range"
    HALF_YEAR = "half_year"
    MONTH = "month"
    MONTH_RANGE = "month_range"
    DATE = "date"
    """A day, or an open end: «12.06.2024», «до 1 липня», «до кінця року»."""
    DATE_RANGE = "date_range"
    """From one day to another: «01.02.2024 - 31.05.2024», «з 1 березня по 30 квітня»."""
    YEAR = "year"
    YEARS = "years"
    CONTINUOUS = "continuous"
    """«Постійно»: throughout the plan's period; never overdue."""
    RECURRING = "recurring"
    """«Щокварталу», «щороку до 15 січня»: its occurrences are its ``parts``."""
    STAGES = "stages"
    """Several dated parts («І квартал – розроблення; ІV квартал – затвердження»): its ``parts``."""
    UNFIXED = "unfixed"
    """Understood, but names no fixed interval: «за потреби», «у місячний строк»; never overdue."""
    SCHEDULED = "scheduled"
    """Scheduled elsewhere: «відповідно до плану роботи виконкому», «за окремим графіком»."""
    UNKNOWN = "unknown"
    """Not understood; the text is kept and there is no interval."""


NO_INTERVAL = frozenset({DeadlineKind.UNFIXED, DeadlineKind.SCHEDULED, DeadlineKind.UNKNOWN})
"""Kinds without dates."""
NEVER_OVERDUE = frozenset({DeadlineKind.CONTINUOUS, DeadlineKind.UNFIXED, DeadlineKind.SCHEDULED})
"""Kinds of term a measure cannot be overdue for: it goes on, or comes when needed."""
_WITH_PARTS = frozenset({DeadlineKind.RECURRING, DeadlineKind.STAGES})
ONE_INTERVAL = frozenset(DeadlineKind) - NO_INTERVAL - _WITH_PARTS - {DeadlineKind.CONTINUOUS}
"""Kinds of term that are one interval of dates: a quarter, a month, a date, years …"""
CALENDAR_PERIODS = frozenset(
    {DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.MONTH, DeadlineKind.YEAR}
)
"""Kinds of term that are one period of the calendar, as a report's column may stand for."""
REPORT_DAY = re.compile(r"(?i)(?:стан(?:ом)? )?на \d{1,2}\.\d{1,2}\.\d{4}(?: р\.?| року)?")
"""The day a report's column or part tells of, as its label: «станом на 01.07.2025»."""


def _check_interval(instance: Deadline, _attribute: object, _value: object) -> None:
    start, end, kind = instance.start, instance.end, instance.kind
    if (start is None) != (end is None):
        raise PlanValidationError("a deadline needs both start and end, or neither")
    if start is not None and end is not None and start > end:
        raise PlanValidationError(f"deadline starts after it ends ({start} > {end})")
    if kind in NO_INTERVAL and start is not None:
        raise PlanValidationError(f"a deadline of kind {kind.value!r} has no interval")
    if kind not in NO_INTERVAL and start is None:
        raise PlanValidationError(f"a deadline of kind {kind.value!r} needs start and end")
    if instance.parts and kind not in _WITH_PARTS:
        raise PlanValidationError(f"a deadline of kind {kind.value!r} has no parts")


def _parts(values: Iterable[Deadline]) -> tuple[Deadline, ...]:
    return tuple(values)


@attrs.frozen
class Deadline:
    """A measure's term: the phrase as written and, where understood, its dates.

    Build one with :meth:`Deadline.parse`; the constructor takes the parts as
    they are (for loading stored documents or correcting a phrase by hand).

    Attributes:
        text: the phrase exactly as the document has it («ІV квартал»).
        kind: what sort of term it is.
        start: first day of the interval, or ``None`` when there is none.
        end: last day of the interval, or ``None`` when there is none.
        parts: a recurring term's occurrences, or the stages of a staged one,
            in order (each a deadline of its own).
        note: how civplan read a phrase that could mean more than one thing
            («no year named in a plan of several years: every year of it»), or
            one with a word of terms mistyped by a letter («ІІ кваратал»: «a typo
            read as the word it misses: «кваратал» as «квартал»»).
    """

    text: str
    kind: DeadlineKind = attrs.field(default=DeadlineKind.UNKNOWN, validator=_check_interval)
    start: date | None = None
    end: date | None = None
    parts: tuple[Deadline, ...] = attrs.field(default=(), converter=_parts)
    note: str | None = None

    @property
    def understood(self) -> bool:
        """Whether the phrase was recognised (every kind but ``UNKNOWN``)."""
        return self.kind is not DeadlineKind.UNKNOWN

    def due(self, as_of: date) -> Deadline | None:
        """The part of the term due last by ``as_of`` — what a report as of that date answers for.

        For a recurring or staged term, its latest occurrence or stage that
        has ended by ``as_of``; for any other term with dates, the term itself
        once it has ended. ``None`` when nothing is due yet (or the term has
        no dates).
        """
        if self.parts:
            due = [part for part in self.parts if part.end is not None and part.end <= as_of]
            return due[-1] if due else None
        if self.end is not None and self.end <= as_of:
            return self
        return None

    @classmethod
    def parse(cls, text: str, *, year: int, end_year: int | None = None) -> Deadline:
        """Read a deadline phrase, resolving it against the plan's years.

        Args:
            text: the phrase as written; kept verbatim in the result.
            year: the plan's year, used where the phrase names none.
            end_year: the last year of a multi-year plan; continuous and
                recurring terms span ``year`` … ``end_year``, and a phrase that
                names no year is read as every year of the plan.

        Returns:
            The deadline. An unknown or impossible phrase («V квартал»,
            «31 лютого») gives kind ``UNKNOWN`` and no interval; this method
            never raises for any text.

        Raises:
            TypeError: ``text`` is not a string, or a year not an integer.
        """
        if not isinstance(text, str):
            raise TypeError(f"a deadline's text must be a string, not {type(text).__name__}")
        for name, value in (("year", year), ("end_year", end_year)):
            if (value is not None or name == "year") and (
                not isinstance(value, int) or isinstance(value, bool)
            ):
                raise TypeError(f"{name} must be an integer, not {type(value).__name__}")
        return _parsed(text, year, max(year, end_year or year))

    def __str__(self) -> str:
        return self.text


# --- reading a phrase --------------------------------------------------------------


@attrs.frozen
class _Read:
    kind: DeadlineKind
    start: date | None = None
    end: date | None = None
    parts: tuple[Deadline, ...] = ()
    note: str | None = None
    yearly: bool = False  # a term inside one year, named without its year


_UNKNOWN = _Read(DeadlineKind.UNKNOWN)


@lru_cache(maxsize=4096)  # plans repeat their phrases («протягом року») thousands of times
def _parsed(text: str, year: int, end_year: int) -> Deadline:
    read = _read(text, year, end_year)
    return Deadline(
        text=text, kind=read.kind, start=read.start, end=read.end, parts=read.parts, note=read.note
    )


_LONGEST = 600
"""The longest text read as a deadline: a cell of stages is shorter; a longer one is prose."""


def _read(text: str, year: int, end_year: int) -> _Read:
    if len(text) > _LONGEST:  # no term is written so long: read no further, in bounded time
        return _UNKNOWN
    text = _unwrapped(text)  # read as written inside the marks too: «(І квартал – проєкт; …)»
    phrase = _normalize(text)
    if not phrase:
        return _UNKNOWN
    wording = phrase
    read = _UNKNOWN
    if any(word in phrase for word in _MOVING):  # the term in force is the later one
        read = _moved(phrase, year, end_year) or _UNKNOWN
    if read.kind is DeadlineKind.UNKNOWN and _LATIN_LETTER.search(phrase):
        # its patterns are compiled on first use, so that importing civplan stays quick
        from civplan.model.deadline_english import from_english

        english = from_english(phrase)  # «Q2 2025», "by 31 December 2025", "2025 (Q3)"
        if english is not None:
            read = _phrase(english, year, end_year)
            if read.kind is DeadlineKind.UNKNOWN:
                read = _qualified(english, year, end_year)
            if read.kind is not DeadlineKind.UNKNOWN:
                wording = english
    if read.kind is DeadlineKind.UNKNOWN and phrase.endswith(_YEARS_PLURAL):
        read = _each_of_years(text, phrase) or read  # «грудень 2024-2026 рр.»: each December
    if read.kind is DeadlineKind.UNKNOWN:
        read = _phrase(phrase, year, end_year)
    if read.kind is DeadlineKind.UNKNOWN:
        read = _stages(text, year, end_year) or _qualified(phrase, year, end_year)
    if read.kind is DeadlineKind.UNKNOWN:
        # (as written, whose dashes keep their spaces; then as normalised: quotes around it
        # gone, its lines joined)
        read = (
            _labelled_terms(text, year, end_year) or _labelled_terms(phrase, year, end_year) or read
        )
    if read.kind is DeadlineKind.UNKNOWN and len(pieces := _RUN_TOGETHER.split(text)) > 1:
        # «ІІ квартал IV квартал», «ІІ квартал 2025 р. – розроблення IV квартал 2025 р. – …»:
        # stages a line each, their lines joined by a print
        read = _staged([piece.strip() for piece in pieces], year, end_year) or read
    if read.kind is DeadlineKind.UNKNOWN and "\n" in text and _HYPHEN_BREAK.search(text):
        # «щоквар-↵тально», «постій-↵но»: a word broken in a narrow column (tried last: a
        # range's dash may end a line too, «січень-↵лютий»)
        return _read(_HYPHEN_BREAK.sub(r"\1", text), year, end_year)
    if read.kind is DeadlineKind.UNKNOWN and (named := _year_by_name(phrase, year, end_year)):
        read = _phrase(named, year, end_year)  # «до 25 грудня поточного року»
        if read.kind is DeadlineKind.UNKNOWN:
            read = _qualified(named, year, end_year)
        wording = named
    if read.kind is DeadlineKind.UNKNOWN and "\n" in text.strip():
        # «Протягом 2025 року↵щокварталу»: lines of a cell, read like phrases after commas;
        # a line of status words («І квартал↵виконано») says nothing of the term
        joined = _normalize(", ".join(line for line in text.split("\n") if not read_stated(line)))
        read = _phrase(joined, year, end_year)
        if read.kind is DeadlineKind.UNKNOWN:
            read = _qualified(joined, year, end_year)
    if read.kind is DeadlineKind.UNKNOWN and "," in phrase:
        read = _with_its_place(phrase, year, end_year) or read
    if read.kind is DeadlineKind.UNKNOWN and (each := _each_of_years(text, phrase)) is not None:
        return each
    if read.kind is DeadlineKind.UNFIXED and (least := _ON_DEMAND_AT_LEAST.match(phrase)):
        # «за потреби, але не рідше одного разу на квартал»: at least each quarter
        at_least = _phrase(phrase[least.end() :], year, end_year)
        read = at_least if at_least.kind is DeadlineKind.RECURRING else read
    if read.kind is DeadlineKind.UNKNOWN and (mended := _mended(phrase)) is not None:
        # «ІІ кваратал», «постійнно»: a word of terms mistyped by a letter, read as that word
        again = _read(mended[0], year, end_year)
        if again.kind is not DeadlineKind.UNKNOWN:
            typo = f"{TYPO} {mended[1]}"
            return attrs.evolve(again, note=f"{again.note}; {typo}" if again.note else typo)
    if read.yearly and end_year > year:
        return _every_year(text, wording, read, year, end_year)
    return read


_EACH_OF_YEARS = re.compile(
    r"(?P<head>.+?) (?P<a>(?:19|20)\d\d)-(?P<b>(?:19|20)?\d\d) ?(?:рок\w*|рр|р)?"
)
"""A term within a year, then a range of years: «ІІІ квартал 2024-2026 років» (normalised)."""
_MOST_YEARS = 10
"""The most years a term of each year spans: a plan's period, not a century."""


_YEARS_PLURAL = ("років", "роки", "роках", "рр")
"""How a range of years ends in words: «2024-2026 років», «2024-2026 рр.» (normalised)."""


def _each_of_years(text: str, phrase: str) -> _Read | None:
    """A term within a year, then a range of years: that term in each of them.

    «ІІІ квартал 2024 – 2026 років», «грудень 2024-2026 рр.», «до 1 грудня 2024–2026 рр.»;
    ``None`` where the head names no such term, or the years are no range of a plan's.
    """
    each = _EACH_OF_YEARS.fullmatch(phrase)
    if each is None:
        return None
    first, last = int(each["a"]), _full_year(each["a"], each["b"])
    if not first < last <= first + _MOST_YEARS:
        return None
    head = _phrase(each["head"], first, first)
    if not head.yearly:
        return None
    every = _every_year(text, each["head"], head, first, last)
    return attrs.evolve(every, note=None) if every.parts else None


def _full_year(first: str, last: str) -> int:
    """The range's last year, written short or whole: «2024-26» → 2026."""
    return int(first[:2] + last) if len(last) == 2 else int(last)


TYPO = "a typo read as the word it misses:"
"""How the note of a term read with a mistyped word mended begins (or its part after «; »)."""
_TERM_WORDS = frozenset(
    {
        *(form for month in MONTHS for form in month.forms if len(form) >= FEWEST_MISTYPED),
        "квартал", "квартали", "кварталу", "кварталі", "кварталах", "кварталів", "кварталом",
        "півріччя", "півріччі", "півріччях", "постійно", "щокварталу", "щоквартально",
        "щомісяця", "щомісячно", "щорічно", "щотижня", "щотижнево", "щоденно", "щопівроку",
        "протягом", "упродовж", "впродовж", "пізніше", "місяця", "місяців", "початку",
        "закінчення", "завершення", "поточного", "наступного", "навчального",
    }
)  # fmt: skip
"""The words of terms a typo is mended into (each of ``FEWEST_MISTYPED`` letters or more)."""


def _mended(phrase: str) -> tuple[str, str] | None:
    """``phrase`` with each word a letter away from one word of terms written as that word.

    «кваратал» (a letter more), «кварал» (one less), «кватрал» (two swapped),
    «квартел» (one other); with what was mended, for the note. ``None`` where no
    word is mended, or a word is a letter away from two words of terms. A word of
    the dictionary is no typo, however near it is.
    """
    mended: list[str] = []
    words = phrase.split(" ")
    for at, word in enumerate(words):
        near = [] if word in _TERM_WORDS else missed_words(word, _TERM_WORDS)
        if len(near) > 1:
            return None
        if not near:
            continue
        words[at] = near[0]
        mended.append(f"«{word}» as «{near[0]}»")
    return (" ".join(words), ", ".join(mended)) if mended else None


def _with_its_place(phrase: str, year: int, end_year: int) -> _Read | None:
    """A term followed, after commas, by its hour and its place: «14.09.2025, центральна площа».

    A plan of events writes them in one column («Дата, час і місце проведення»):
    «14.09.2025, 10:00, центральна площа», «травень, стадіон «колос»». None unless
    every part after the term is an hour or words that are no term.
    """
    first, *rest = (piece.strip() for piece in phrase.split(","))
    head = _phrase(first, year, end_year)
    if head.kind in (DeadlineKind.UNKNOWN, DeadlineKind.UNFIXED) or not rest:
        return None
    for piece in rest:
        if _TIME_OF_DAY.fullmatch(piece):  # «10:00», «о 19:00»
            continue
        if (
            not piece
            or any_digit(piece)
            or _phrase(piece, year, end_year).kind is not DeadlineKind.UNKNOWN
            or _QUALIFIER.search(piece)
        ):
            return None
    return head


_RUN_TOGETHER = re.compile(
    r"(?<=[^\s\-–—])\s+(?=(?:[IVXІХ]{1,4}|[1-4])\s*(?:квартал|кв\.|півріччя|півр\.))"
    r"|(?<!квартал)(?<!кв\.)(?<!півріччя)(?<!півр\.)(?<=[^\s\-–—])\s+(?=(?:19|20)\d\d\s*(?:рік|р\.)(?!\S))",
    re.IGNORECASE,
)
"""Where a stage begins inside a term without separators: before a quarter, a half, or a
year not of the quarter or half before it — not after a dash, which makes a range."""
_LATIN_LETTER = re.compile(r"[a-z]")
_FOOTNOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$|(?<=[а-щьюяєіїґ])\d{1,2}$")
"""A footnote's mark at a term's end: superscript figures, or figures right after a word."""
_THIS_YEAR = re.compile(r"(?:(?:у|в) )?(?:поточн|звітн|цьому|цього)\w* (?:року|році|рік)")
# «наступного року», «наступного за звітним року», «року, що настає за звітним»
_NEXT_YEAR = re.compile(
    r"(?:(?:у|в) )?наступн\w* (?:за звітним )?(?:року|році|рік)"
    r"|(?:року|році|рік),? (?:наступн\w*|(?:що|який) (?:настає|наступає)) за звітним(?: роком)?"
)


def _year_by_name(phrase: str, year: int, end_year: int) -> str | None:
    """``phrase`` with the current or next year named by its figure, if it names one.

    «до 25 грудня поточного року» is «до 25 грудня» (of every year of a longer
    plan); «І квартал наступного року» is the first quarter after a one-year
    plan's year (after a longer plan's years it means nothing fixed, unless the
    year is the one after the year reported on, which recurs).
    """
    named = phrase
    if _NEXT_YEAR.search(named):
        if end_year != year:
            # «до 1 березня року, наступного за звітним»: each year of the plan is reported on
            # in the next; «до 1 березня наступного року» names no year of several
            reported = "за звітним" in named and named.startswith(("до ", "не пізніше "))
            return f"щороку {named}" if reported else None
        named = _NEXT_YEAR.sub(f"{year + 1} року", named)
    if _THIS_YEAR.search(named):
        named = _THIS_YEAR.sub("", named).strip(" ,") or "протягом року"
    return named if named != phrase else None


# a caption copied into the cell: «Термін виконання: ІІ квартал 2025 року»
_CAPTION = re.compile(r"(?:термін|строк)(?:и)?(?: виконання)?\s*[:–-]\s*")


_MONTH_WORD = re.compile(r"(\w+) місяц(?:ь|я|і|ем)\b")
_ON_DEMAND_AT_LEAST = re.compile(
    r"^(?:за|у разі|в разі|при|у міру|в міру|по мірі) (?:потреби|необхідності),?"
    r" (?:(?:але|проте|однак) )?(?=не рідше)"
)
_MONTHS_SLASHED = re.compile(
    rf"\b({alternation('nominative')}) ?/ ?({alternation('nominative')})\b"
)
"""Two months with a slash between them: «жовтень/листопад», the two of them."""
_PERIOD_FROM = re.compile(r"(?:(?:у|в|за|протягом) )?період\w* (?=(?:з|із|від) )")
_WEEKDAY_FIRST = re.compile(
    r"(?:понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ)\w*,? (?=\d{1,2}[. ](?:\d|[^\W\d_]))"
)
_SET_TERM = re.compile(r"(?:в|у) (?:термін|строк)(?= до | не пізніше )\s*")
_MONTH_YEAR = re.compile(r"(?<![\d.])(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.])")
_ORDINAL_ENDING = re.compile(r"\b(\d{1,4}|[іivxх]{1,4})-(?:го|й|ий|ій|му|ому|е|ге|ше|тє|те)\b")
_PERIOD_JOINED_YEAR = re.compile(
    r"\b(кв\.?|квартал\w*|півр\.?|півріччя|[qh][1-4]) ?[-‐–—/] ?((?:19|20)\d\d)\b"
)
_YEAR_FIRST_DATE = re.compile(r"\b((?:19|20)\d\d)([-./])(\d{1,2})\2(\d{1,2})\b")
_A_COUNT_OF_DAYS = re.compile(r"\d{1,3} (?:(?:робоч|календарн)\w* )?(?:дн|діб|тижн|місяц)")
"""A count of days or months, not a day: «10 днів», «5 робочих днів»."""
_GLUED_FIGURE = re.compile(r"(до|по|з)(?=\d)")
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_])(?=(?:19|20)\d\d(?!\d))")
"""A year glued to the word before it: «протягом2025 року»."""
_UNSPACED_PERIOD = re.compile(r"(?<!\w)([іivx]{1,4}|[1-4])(?=кв|півр)")


_FROM_QUARTER_TO = re.compile(
    r"^(?:з|із|від) ([iіvx]{1,4}|[1-4]) (?:по|до) ([iіvx]{1,4}|[1-4]) кварта\w*"
)
_MONTH_SLASH_YEAR = re.compile(r"(?<![\d./])(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b")
"""A month and its year with a slash, not a day's part: «03/2025» (not «30/06/2025»)."""
_SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")


def _dotted(m: re.Match[str]) -> str:
    """A date with slashes, day first as in Ukraine, or month first where only that fits.

    "12/31/2025" of an English plan is 31 December; «05/06/2025» is 5 June.
    """
    day, month = m[1], m[2]
    if int(month) > 12 >= int(day):
        day, month = month, day
    return f"{day}.{month}.{m[3]}"


_HYPHEN_BREAK = re.compile(r"([а-яґєії])[-‐‑\u00ad]\s*\n\s*(?=[а-яґєії])", re.IGNORECASE)
"""A word broken at a line's end in a narrow column: «щоквар-↵тально»."""


_BEFORE_MONTH = compiled_on_use(
    rf"до ({'|'.join(month.genitive for month in MONTHS)})( \d{{4}}(?: року| р\.?)?)?"
)
"""«до червня 2025 року»: by the month, read as by its end («до кінця червня 2025 року»)."""


_EVERY_APART = re.compile(r"\bщо (кварталу|місяця|року|тижня|дня|півроку|півріччя|декади)\b")
"""«що кварталу»: «щокварталу» typed in two words."""


def _month_in_words(found: re.Match[str]) -> str:
    """A month and its year in figures («03.2025») in words: «березень 2025», «до березня 2025»."""
    month = MONTHS[int(found[1]) - 1]
    after_by = found.string.endswith("до ", 0, found.start())
    return f"{month.genitive if after_by else month.nominative} {found[2]}"


_HOUR = r"(?<![\d.:])(?:[01]?\d|2[0-3])"
_TIME_OF_DAY = re.compile(
    # an hour named after «о», «об», or with a colon, or with minutes no month has («з 9.00»;
    # «з 01.09» is a day)
    rf"(?:,? ?|(?<=\d)t)(?:(?:(?<!\w)(?:о|об|початок о) {_HOUR}(?:[:.][0-5]\d|(?= год)))"
    rf"|(?:(?<!\w)(?:з|із) )?{_HOUR}(?::[0-5]\d(?::[0-5]\d)?|\.(?:00|1[3-9]|[2-5]\d)))"
    rf"(?: ?(?:-|до) ?{_HOUR}[:.][0-5]\d)?(?![\d.:]?\d)(?: ?(?:год\.?|годин\w*))?"
)
"""A time of day after or before a date: its hour, not part of the term; its seconds too, as
a spreadsheet shows a date with its time («2025-03-15 0:00:00»), or after an ISO «T»."""


_LATIN_YEAR_WORD = re.compile(r"(?<=\d) ?pp?(?=[.,;)]|\s|$)")
_LIST_MARK = re.compile(r"^[-–—•·*▪◦] ")
_AROUND = {"«": "»", '"': '"', "“": "”", "„": "“", "(": ")", "[": "]"}


_MONTHS_IN_DIGITS = re.compile(
    r"(?<![\d.])(0?[1-9]|1[0-2]) ?[-–—] ?(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.]\d)"
)
"""Two months of one year in digits, the year written once: «05-06.2025»."""

_ROMAN_MONTH = re.compile(r"(?<!\w)([ivxіх]{1,4})\.(?=(?:19|20)\d\d(?![\d.]\d))")
"""A month in Roman figures before its year: «vi.2025», «15.xii.2025»."""
_ROMAN_MONTHS_RANGE = re.compile(
    r"(?<![\w.])([ivxіх]{1,4}) ?[-–—] ?([ivxіх]{1,4})\.((?:19|20)\d\d)(?![\d.]\d)"
)
"""Two months in Roman figures, the year written once: «vi–ix.2025»."""
_MONTH_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _month_in_figures(m: re.Match[str]) -> str:
    """A month's Roman figure as its Arabic one («xii.» is «12.»); any other kept as it is."""
    roman = m[1].translate(_ROMAN_LETTERS)
    return f"{_MONTH_NUMERALS.index(roman) + 1}." if roman in _MONTH_NUMERALS else m[0]


def _unwrapped(text: str) -> str:
    """``text`` without the marks around all of it, nor a full stop after them.

    «"ІV квартал"», «(І квартал 2025 – розроблення)», ««ІІ квартал 2025 року».».
    """
    inner = text.strip()
    while len(inner) > 2:
        end = inner.rstrip(" .;")
        if _AROUND.get(inner[0]) != end[-1:] or not _wraps(end):
            break
        inner = end[1:-1].strip()
    return inner if inner != text.strip() else text


def _wraps(marked: str) -> bool:
    """Whether the marks that begin and end ``marked`` enclose all of it.

    «"ІV квартал"», «(ІV квартал)», and ««Згідно із Законом «Про …»»» (the same marks
    nested inside); not «(І квартал) – (ІІ квартал)».
    """
    opening, closing = marked[0], marked[-1]
    if opening == closing:  # «"…"»: none of them inside
        return opening not in marked[1:-1]
    depth = 0
    for at, mark in enumerate(marked):
        depth += (mark == opening) - (mark == closing)
        if depth == 0:
            return at == len(marked) - 1
    return False


_ROUGHLY = re.compile(
    r"^(?:орієнтовно|приблизно|орієнтовний (?:термін|строк)\w*)[\s:\u2010-\u2015\u2212-]*"
)
"""A word that a term is only as planned before it: «орієнтовно ІІ квартал»."""


def _normalize(text: str) -> str:
    # «ІІ квaртал» typed with a Latin «a»: the word it shows (Roman «IV» alone stays Latin)
    # (a soft hyphen, a zero-width space: nothing shown, nothing read)
    folded = cyrillic_words(
        unicodedata.normalize("NFKC", visible(text)).casefold().replace("’", "'")
    )
    folded = " ".join(folded.split())
    if "p" in folded:  # «2018 p.», «2025-26 pp.»: the year's abbreviation in Latin letters
        folded = _LATIN_YEAR_WORD.sub(lambda m: m[0].replace("p", "р"), folded)
    if " i " in folded:  # «з 2024 року i надалі»: «і» typed in Latin (a Roman «і» reads alike)
        folded = folded.replace(" i ", " і ")
    # «- ІV квартал», «• до 1 липня»: a list's mark; «"ІV квартал"», «(ІV квартал)»: marks
    # around all of it
    folded = _GLUED_YEAR.sub(" ", _LIST_MARK.sub("", folded))
    if folded.startswith(("термін", "строк")) and (caption := _CAPTION.match(folded)):
        folded = folded[caption.end() :]  # «Строк виконання: «ІІ квартал»», its marks after
    folded = _unwrapped(folded)
    if folded.startswith(("орієнтовно ", "приблизно ", "орієнтовний ")):
        # «орієнтовно ІІ квартал», «орієнтовний термін – грудень»: the term as planned
        folded = _ROUGHLY.sub("", folded, count=1)
    if folded.startswith("постійно до "):  # «постійно до 2027 року»: as after a comma
        folded = "постійно, " + folded[len("постійно ") :]
    if folded.startswith(("в ", "у ")) and (set_term := _SET_TERM.match(folded)):
        folded = folded[set_term.end() :]  # «в термін до 10.12.2025»: «до 10.12.2025»
    if "період" in folded and (period := _PERIOD_FROM.match(folded)):
        folded = folded[period.end() :]  # «у період з 01.06 до 31.08»: the range
    if (weekday := _WEEKDAY_FIRST.match(folded)) is not None:
        folded = folded[weekday.end() :]  # «неділя, 24 серпня»: the day
    # «ІІ кв.-2025», «ІІ квартал – 2026 рік», «Q1/2026»: the period's year joined to it
    folded = _PERIOD_JOINED_YEAR.sub(r"\1 \2", folded)
    # «ІІІ квартал 2025 року*», «… року¹», «… року1»: a footnote's mark; «до 15 грудня
    # поточного року.»: a full stop
    folded = _FOOTNOTE_MARK.sub("", _DASH.sub("-", folded).rstrip("*.; ")).rstrip("*.; ")
    if ":" in folded or "." in folded or " о" in folded:  # «24.08.2025 о 10.00», «… о 10 год»
        folded = _TIME_OF_DAY.sub("", folded).rstrip(" ,")
    if folded.startswith(("до", "по", "з")) and (glued := _GLUED_FIGURE.match(folded)):
        folded = f"{glued[1]} {folded[glued.end(1) :]}"  # «до31.12.2025»: a space lost
    if folded.startswith("по ") and folded[3:4].isdecimal():  # «по 31.12.2025»: up to that day
        folded = "до " + folded[3:]
    elif folded.startswith("станом на ") and folded[10:11].isdecimal():
        folded = "до " + folded[10:]  # «станом на 01.07.2025»: the state due by that day
    elif folded.startswith("станом на кін"):  # «станом на кінець року», as «на кінець року»
        folded = folded[7:]
    elif (middle := _BY_MIDDLE.match(folded)) is not None:  # «до середини листопада»: the 15th
        folded = f"до 15 {middle[1]}{folded[middle.end() :]}"
    elif (
        folded.startswith("не пізніше ніж ")
        and (folded[15:16].isdecimal() or folded.startswith("до ", 15))
        and _A_COUNT_OF_DAYS.match(folded, 15) is None  # «… ніж 10 днів після отримання»
    ):  # «не пізніше ніж (до) 1 грудня»: by that day
        folded = "до " + folded[15:].removeprefix("до ")
    if "/" in folded:  # a month and its year with a slash: «03/2025», "01/2025 – 12/2025"
        folded = _MONTH_SLASH_YEAR.sub(r"\1.\2", folded)
        folded = _MONTHS_SLASHED.sub(r"\1-\2", folded)  # «жовтень/листопад»: both, a range
    if "." in folded and _ROMAN_MONTH.search(folded):  # «VI.2025», «15.VI.2025»: in figures
        folded = _ROMAN_MONTHS_RANGE.sub(r"\1.\3-\2.\3", folded)
        folded = _ROMAN_MONTH.sub(_month_in_figures, folded)
    if "." in folded:  # a month and its year: «03.2025» is March 2025
        folded = _MONTHS_IN_DIGITS.sub(r"\1.\3-\2.\3", folded)  # «05-06.2025»: both its
        folded = _MONTH_YEAR.sub(_month_in_words, folded)
    if folded.startswith("до ") and (before := _BEFORE_MONTH().fullmatch(folded)):
        # «до червня 2025 року», «до 06.2025»: by the month's end, as «до І півріччя» is by
        # the half's
        folded = f"до кінця {before[1]}{before[2] or ''}"
    if "що " in folded:  # «що кварталу», «що місяця»: a recurrence typed in two words
        folded = _EVERY_APART.sub(r"що\1", folded)
    if "-" in folded:  # «2025-го року», «з 1-го вересня», «2-ге півріччя», «3-тє»: the figure
        folded = _ORDINAL_ENDING.sub(r"\1", folded)

    folded = re.sub(r"\bр\.\s?р(?![\w'])", "рр", folded)  # «2025-2026 р.р.», its last dot cut
    if "місяц" in folded:  # «грудень місяць», «у грудні місяці»: the month
        folded = _MONTH_WORD.sub(lambda m: m[1] if m[1] in MONTH_OF_FORM else m[0], folded)
    if "звіт" in folded or "інформ" in folded or "подан" in folded:
        folded = _REPORTING_BEFORE.sub("", folded)  # «звітування щопівроку»: how often
    if "щокв" in folded or "щомісяч" in folded or "щоріч" in folded:
        folded = _EVERY_SHORTENED.sub(lambda m: _EVERY_IN_FULL[m[1]], folded)  # «щокв.»
    if "протяз" in folded:  # «на протязі року», as people say it: «протягом року»
        folded = re.sub(r"\bна протязі\b", "протягом", folded)
    if "половин" in folded or "середин" in folded:  # a year's halves in other words
        folded = _HALF_IN_WORDS.sub(_half_in_words, folded)
    if "почат" in folded:  # «на початку 2026 року»: its first quarter
        folded = _YEAR_START().sub(_year_start, folded)
        # «на початку навчального року»: its first month
        folded = _SCHOOL_YEAR_START.sub("вересень", folded)
    if (
        "декад" in folded
        or "почат" in folded
        or "серед" in folded
        or "кін" in folded
        or "половин" in folded
    ):
        # «І декада вересня», «на початку вересня»: its days
        folded = _DECADE().sub(_decade_days, folded)
    if "дн" in folded or "день" in folded:  # «до Дня Незалежності»: the holiday's date
        folded = _HOLIDAY.sub(_holiday_date, folded)
    if "нов" in folded or "жіноч" in folded:  # «до Нового року», «до Міжнародного жіночого дня»
        folded = _NAMED_FEAST().sub(_feast_date, folded)
    if "у" in folded or "y" in folded:  # «ІУ квартал», "IY": the V typed as a Y or «У»
        folded = _V_TYPED().sub("iv", folded)
    if "ш" in folded:  # «Ш квартал»: III typed as a «Ш», which looks alike
        folded = _III_TYPED().sub("ііі", folded)
    if "кв" in folded or "пів" in folded:  # «ІVквартал», «2кв.»: a space lost
        folded = _UNSPACED_PERIOD.sub(r"\1 ", folded)
        # «з І по ІІІ квартал»: the quarters from one to the other
        folded = _FROM_QUARTER_TO.sub(r"\1-\2 квартали", folded)
    if "/" in folded or "-" in folded or "." in folded:
        # dates written otherwise: «2025-12-31», «2025.12.31», «2025/12/31» (the year first),
        # «31/12/2025» (day first, as in Ukraine), years with a slash: «2025/2026»
        folded = _YEAR_FIRST_DATE.sub(r"\4.\3.\1", folded)
        folded = _SLASHED_DATE.sub(_dotted, folded)
        folded = re.sub(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", r"\1.\2.\3", folded)  # «31-12-2025»
        folded = re.sub(r"\b(\d{4}) ?/ ?(\d{4}|\d{2})\b", r"\1-\2", folded)
    if (shown := _SHOWN_MONTH.fullmatch(folded)) is not None and (month := _short_month(shown[1])):
        folded = f"{month} 20{shown[2]}"  # «бер.-25», "Mar-25": a spreadsheet's month shown
    return folded.strip(" ,;:")


_EVERY_SHORTENED = re.compile(r"(?<!\w)(щокв|щомісяч|щоріч)(?:\.|(?!\w))")
_EVERY_IN_FULL = {"щокв": "щокварталу", "щомісяч": "щомісяця", "щоріч": "щороку"}
"""A recurrence shortened: «щокв.», «щомісяч.», «щоріч.»."""
_V_TYPED = compiled_on_use(r"(?<!\w)[іi][уy](?=(?:[-,] ?[iіvх]*)? ?(?:кв|квартал|$))")
"""A Roman V typed as «у» or "y" before a quarter: «ІУ квартал»."""
_III_TYPED = compiled_on_use(r"(?<!\w)ш(?=(?: ?[-–] ?[iіvх]+)? ?(?:кв|квартал|півріч)|-[iіvх])")
"""A Roman III typed as «ш» before a quarter or half-year, or in a range: «Ш квартал»."""
# «у першій половині 2025 року», «друга половина року», «ІІ половина 2025 року», «до середини
# року»
_NOT_OF_A_MONTH = rf"(?! (?:{alternation('genitive')}))"  # «у середині вересня»: the month's
_HALF_IN_WORDS = re.compile(
    r"\b(?:(?P<which>перш|друг|іі|і|ii|i|1|2)(?:\w*|-\w{1,2}) половин\w*"
    r"|(?P<middle>(?:до|у|в|на) середин[иі]|середина))"
    + _NOT_OF_A_MONTH
    + r"(?: (?P<year>\d{4}))?(?: (?:року|рік|р\.?))?(?=$|[ ,;(])"
)


def _half_in_words(m: re.Match[str]) -> str:
    year = f" {m['year']} року" if m["year"] else ""
    if m["middle"]:
        return f"до кінця і півріччя{year}"
    return f"{'і' if m['which'] in ('перш', 'і', 'i', '1') else 'іі'} півріччя{year}"


# «на початку 2026 року», «початок року»: the year's first quarter; «до початку 2026 року»: by
# the end of the year before; «з початку 2026 року»: from then on
_YEAR_START = compiled_on_use(
    r"^(?P<prep>на |у |в |до |з |із )?почат(?:ок|ку) (?:(?P<year>\d{4}) )?(?:року|рік|р\.?)$"
)


def _year_start(m: re.Match[str]) -> str:
    year = m["year"]
    prep = (m["prep"] or "").strip()
    if prep == "до":
        return f"до кінця {int(year) - 1} року" if year else m[0]
    if prep in ("з", "із"):
        return f"з {year} року" if year else m[0]
    return f"і квартал {year} року" if year else "і квартал"


# holidays of a fixed date that plans time their measures by: the name's words → day, month
_HOLIDAYS = {
    "незалежності": (24, 8),
    "соборності": (22, 1),
    "конституції": (28, 6),
    "державного прапора": (23, 8),
    "захисників і захисниць": (1, 10),  # so named since 2023, when it moved to 1 October
    "гідності та свободи": (21, 11),
    "знань": (1, 9),
    "місцевого самоврядування": (7, 12),
    "збройних сил": (6, 12),
    "захисту дітей": (1, 6),
    "людей похилого віку": (1, 10),
    "осіб з інвалідністю": (3, 12),
    "людей з інвалідністю": (3, 12),
    "пам'яті та примирення": (8, 5),
    "героїв небесної сотні": (20, 2),
    "героїв крут": (29, 1),
    "пам'яті героїв крут": (29, 1),
    "пам'яті захисників": (29, 8),  # the fallen; «захисників і захисниць» is 1 October
    "перемоги": (9, 5),  # the name of 2015–2022
    "пам'яті та перемоги над нацизмом": (8, 5),  # since 2023
    "української писемності та мови": (9, 11),
    "писемності та мови": (9, 11),
    "визволення україни від фашистських загарбників": (28, 10),
    "вигнання нацистських окупантів з україни": (28, 10),
    "чорнобильської трагедії": (26, 4),
    "пам'яті про чорнобильську катастрофу": (26, 4),
    "боротьби зі снідом": (1, 12),
    "боротьби з бідністю": (17, 10),
    "волонтера": (5, 12),
    "рідної мови": (21, 2),
    "вшанування учасників ліквідації наслідків аварії на чорнобильській аес": (14, 12),
    "боротьби з корупцією": (9, 12),
    "прав людини": (10, 12),
    "толерантності": (16, 11),
    "працівників культури": (9, 11),
    "працівників культури та майстрів народного мистецтва": (9, 11),
    "українського козацтва": (14, 10),
    "українського добровольця": (14, 3),
    "пам'яті жертв голокосту": (27, 1),
    "скорботи і вшанування пам'яті жертв війни": (22, 6),
    "пам'яті жертв геноциду кримськотатарського народу": (18, 5),
    "охорони праці": (28, 4),
    "державної служби": (23, 6),
    "музеїв": (18, 5),
    "бібліотек": (30, 9),
    "туризму": (27, 9),
    "зсу": (6, 12),
    "інвалідів": (3, 12),  # the name before «осіб з інвалідністю»
    "рятувальника": (17, 9),
}
_HOLIDAY = re.compile(
    r"(?:(?P<by>до|напередодні|до відзначення) |(?:у|в|на) )?(?:з нагоди |на відзначення )?"
    r"(?:міжнародн\w+ |всесвітн\w+ |всеукраїнськ\w+ )?(?:дня|день|днем|дню) "
    r"(?P<name>" + "|".join(sorted(map(re.escape, _HOLIDAYS), key=len, reverse=True)) + r")"
    r"(?: україни| україні| в україні)?(?: у другій світовій війні)?(?: 1939-1945(?: \w+\.?)?)?"
    r"(?![\w'])"
)
"""A holiday named as a term («до Дня Незалежності України», «напередодні Дня Соборності», «у
День Незалежності»: that day)."""


def _holiday_date(m: re.Match[str]) -> str:
    day, month = _HOLIDAYS[m["name"]]
    return f"{'до ' if m['by'] else ''}{day} {MONTHS[month - 1].genitive}"


def _weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (0 is Monday) of a month; the last one where ``nth`` is -1."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = last_day(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _orthodox_easter(year: int) -> date:
    """Easter of the Julian calendar (Meeus's rule), as a Gregorian date of 1900–2099."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


_EACH_YEAR = re.compile(r"щороку|щорічн\w*|кожного року|кожен рік")
"""Words of a term each year («щороку»), whose holidays each year reads as its own."""
_THURSDAY, _SATURDAY, _SUNDAY = 3, 5, 6
# holidays whose date moves from year to year, or whose date was moved: the name's words →
# the date in a year
_MOVING_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "пам'яті жертв голодоморів": lambda y: _weekday(y, 11, _SATURDAY, 4),
    "пам'яті жертв голодомору": lambda y: _weekday(y, 11, _SATURDAY, 4),
    "пам'яті жертв політичних репресій": lambda y: _weekday(y, 5, _SUNDAY, 3),
    "вишиванки": lambda y: _weekday(y, 5, _THURSDAY, 3),
    "матері": lambda y: _weekday(y, 5, _SUNDAY, 2),
    "батька": lambda y: _weekday(y, 6, _SUNDAY, 3),
    "науки": lambda y: _weekday(y, 5, _SATURDAY, 3),
    "довкілля": lambda y: _weekday(y, 4, _SATURDAY, 3),
    "фізичної культури і спорту": lambda y: _weekday(y, 9, _SATURDAY, 2),
    "працівників освіти": lambda y: _weekday(y, 10, _SUNDAY, 1),
    "вчителя": lambda y: _weekday(y, 10, _SUNDAY, 1),  # as people call the educators' day
    "медичного працівника": lambda y: _weekday(y, 6, _SUNDAY, 3),
    "медичних працівників": lambda y: _weekday(y, 6, _SUNDAY, 3),
    "працівника соціальної сфери": lambda y: _weekday(y, 11, _SUNDAY, 1),
    "соціального працівника": lambda y: _weekday(y, 11, _SUNDAY, 1),
    "працівників соціальної сфери": lambda y: _weekday(y, 11, _SUNDAY, 1),
    # the last Sunday of June until 2022; 12 August, the international day, since 2023
    "молоді": lambda y: _weekday(y, 6, _SUNDAY, -1) if y < 2023 else date(y, 8, 12),
    # the third Saturday of May until 2022; 9 May since 2023
    "європи": lambda y: _weekday(y, 5, _SATURDAY, 3) if y < 2023 else date(y, 5, 9),
    # 14 October in 2015–2022; since 2023 the day «захисників і захисниць», 1 October
    "захисника": lambda y: date(y, 10, 14) if y < 2023 else date(y, 10, 1),
    "святого миколая": lambda y: date(y, 12, 19) if y < 2023 else date(y, 12, 6),
    "св. миколая": lambda y: date(y, 12, 19) if y < 2023 else date(y, 12, 6),
    "української державності": lambda y: date(y, 7, 28) if y < 2024 else date(y, 7, 15),
}
_YEARS_REMEMBERED = r"(?:19|20)\d\d ?- ?(?:19|20)\d\d"
_MOVING_HOLIDAY = compiled_on_use(
    r"(?:(?P<by>до|напередодні|до відзначення) |(?:у|в|на) )?(?:з нагоди |на відзначення )?"
    r"(?:(?:міжнародн\w+ |всесвітн\w+ |всеукраїнськ\w+ )?(?:дня|день|днем|дню) "
    r"(?P<name>"
    + "|".join(sorted(map(re.escape, _MOVING_HOLIDAYS), key=len, reverse=True))
    + r")(?: україни| в україні)?(?: та політичних репресій)?"
    # «… голодоморів 1932-1933, 1946-1947 років»: the years it remembers
    r"(?: " + _YEARS_REMEMBERED + r"(?:,? " + _YEARS_REMEMBERED + r")*(?: років| рр\.?)?)?"
    r"|(?P<easter>великодн\w+ свят|великодня|великдень|пасхи))"
    r"(?: (?P<year>(?:19|20)\d\d)(?: року| рік| р\.?)?)?(?![\w'])"
)
"""A holiday whose date moves named as a term: «до Дня пам'яті жертв голодоморів» (the fourth
Saturday of November), «напередодні Великодня», «до Дня молоді 2021 року»."""


def _moving_holidays(phrase: str, year: int) -> str:
    """``phrase`` with each holiday whose date moves as its date in its year, or in ``year``."""

    def dated(m: re.Match[str]) -> str:
        when = int(m["year"]) if m["year"] else year
        day = _orthodox_easter(when) if m["easter"] else _MOVING_HOLIDAYS[m["name"]](when)
        named = f" {when} року" if m["year"] else ""
        return f"{'до ' if m['by'] else ''}{day.day} {MONTHS[day.month - 1].genitive}{named}"

    return _MOVING_HOLIDAY().sub(dated, phrase)


_BY_MIDDLE = re.compile(r"до середини (" + alternation("genitive") + r")\b")
"""By the middle of a month: «до середини листопада», its 15th."""


_DECADE = compiled_on_use(
    r"(?:(?:у|в|протягом) )?(?:(?P<n>[1-3]|i{1,3}|і{1,3})|(?P<word>перш|друг|трет|останн)\w*)"
    r" декад\w* (?P<month>" + alternation("genitive") + r")"
    # a month's start, middle or end in words: «на початку вересня», «наприкінці грудня»
    r"|(?P<part>(?:на|у|в) почат(?:ку|ок)|(?:у|в) середині|наприкінці|(?:у|в) кінці"
    r"|початок|середина|кінець) "
    r"(?P<of>" + alternation("genitive") + r")"
    # a month's halves: «перша половина червня», «у другій половині вересня»
    r"|(?:(?:у|в|протягом) )?(?P<half>перш|друг|1|2|іі|і|ii|i)(?:\w*|-\w{1,2}) половин\w* "
    r"(?P<halved>" + alternation("genitive") + r")"
)
"""A month's tenth, as plans time work: «І декада вересня», «у третій декаді грудня»; its
start, middle and end, «на початку вересня», «у середині жовтня», «наприкінці грудня»,
«кінець травня»; its halves, «перша половина червня»."""


def _decade_days(m: re.Match[str]) -> str:
    if m["halved"] is not None:  # «перша половина червня»: days 1–15, or 16 to its end
        month = m["halved"]
        if m["half"] in ("друг", "2", "іі", "ii"):
            return f"з 16 {month} до кінця {month}"
        return f"1-15 {month}"
    month = m["of"] or m["month"]
    if m["part"] is not None:  # «на початку», «у середині», «наприкінці»
        which = 1 if "почат" in m["part"] else 2 if "серед" in m["part"] else 3
    elif m["word"] is not None:
        which = {"перш": 1, "друг": 2}.get(m["word"], 3)
    else:
        which = int(m["n"]) if m["n"].isdecimal() else len(m["n"])
    if which == 3:  # to the month's end, whichever day that is in the year
        return f"з 21 {month} до кінця {month}"
    return f"{1 if which == 1 else 11}-{10 if which == 1 else 20} {month}"


_NAMED_FEAST = compiled_on_use(
    r"(?:(?P<by>до|напередодні|до відзначення) |(?:у|в|на) )?(?:з нагоди |на відзначення )?"
    r"(?:(?P<new>нового року|новорічних(?: (?:та|і|й) різдвяних)? свят)"
    r"|(?:міжнародного |міжнародний )?(?P<women>жіночого дня|жіночий день))(?![\w'])"
)
"""Feasts named without «День …»: the New Year (its eve ends the year) and Women's Day."""


def _feast_date(m: re.Match[str]) -> str:
    day = "31 грудня" if m["new"] else "8 березня"
    return f"{'до ' if m['by'] else ''}{day}"


# a month shortened, with two figures of its year, as spreadsheets show a date's month
_SHOWN_MONTH = re.compile(r"([^\W\d_]{3,9})\.?[ /-]?(\d\d)")


def _short_month(short: str) -> str | None:
    """The month (nominative) whose Ukrainian or English name begins with ``short``."""
    for month in MONTHS:
        if month.nominative.startswith(short) or month.english.casefold().startswith(short):
            return month.nominative
    return None


def _phrase(phrase: str, year: int, end_year: int) -> _Read:
    try:
        if (
            "дн" in phrase or "день" in phrase or "велик" in phrase or "пасх" in phrase
        ) and not _EACH_YEAR.search(phrase):
            # «до Дня молоді»: its date in the year read (each year's, in a plan of several;
            # «щороку напередодні Великодня»: read in each year by the recurrence)
            phrase = _moving_holidays(phrase, year)
        for rule in _RULES:
            read = rule(phrase, year, end_year)
            if read is not None:
                return read
    except (ValueError, OverflowError):
        pass  # an impossible date (31 лютого, year 0): not understood, never a crash
    return _UNKNOWN


# «IV квартал 2025 р., далі – щороку», «до 31 грудня 2025 р., далі – щорічно», «протягом
# 2025 року та щороку», «протягом 2025 року з подальшим щорічним оновленням»: the term, then
# the same term each year after; «ІV квартал (щорічно)»: in brackets
_THEN_YEARLY = re.compile(
    r"(?P<first>.+?),? (?P<bracket>\()?"
    r"(?:(?:(?:і|та|й) )?(?:(?:далі|надалі|у подальшому|в подальшому) ?-? ?)?"
    r"(?:щороку|щорічно|кожного року|кожен рік)(?: (?:у|в) подальшому| надалі)?"  # «та щороку
    r"|(?:з|із) подальш\w* щорічн\w*(?: \w+)?)"  # в подальшому»
    r"(?: (?:до|по) (?:кінця )?(?P<until>\d{4}) (?:року|р\.?))?"  # «… та щороку до 2027 року»
    r"(?(bracket)\))"
)
_ONE_YEAR = frozenset(
    {DeadlineKind.DATE, DeadlineKind.MONTH, DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR,
     DeadlineKind.YEAR, DeadlineKind.MONTH_RANGE, DeadlineKind.QUARTER_RANGE}
)  # fmt: skip


def _first_then(
    pattern: re.Pattern[str], p: str, year: int, end_year: int
) -> tuple[re.Match[str], _Read, date, date] | None:
    """A phrase naming a term, then its repeats: the match, and the first term if in a year."""
    m = pattern.fullmatch(p)
    if m is None:
        return None
    first = _phrase(m["first"], year, end_year)
    if first.kind not in _ONE_YEAR or first.start is None or first.end is None:
        return None
    return m, first, first.start, first.end


def _then_yearly(p: str, year: int, end_year: int) -> _Read | None:
    found = _first_then(_THEN_YEARLY, p, year, end_year)
    if found is None:
        return None
    m, first, start, end = found
    if (
        first.kind is DeadlineKind.DATE
        and start.year < end.year
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and not m["until"]
    ):
        # «до 2020 року, щорічно»: each year until the year named, as «щорічно до 2020 року»
        return _phrase(f"щорічно до {end.year} року", year, end_year)
    if end.year != start.year and first.kind is not DeadlineKind.DATE:
        return None  # a term across two years does not recur by the year
    last = max(end_year, end.year)
    if m["until"] and end.year <= int(m["until"]) <= end.year + _MOST_YEARS:
        last = int(m["until"])  # the last year named, whatever the plan's period
    if last == end.year:  # no year of the plan after it: the term itself
        return first
    parts = tuple(
        _later_year(m["first"], first, start, end, shift) for shift in range(last - end.year + 1)
    )
    return _Read(DeadlineKind.RECURRING, parts[0].start, parts[-1].end, parts)


def _later_year(phrase: str, first: _Read, start: date, end: date, shift: int) -> Deadline:
    """The term of ``phrase`` so many years after its first, ``first``, which ends on ``end``.

    Read again in that year where it names none («до Дня пам'яті жертв голодоморів»: each
    year's own Saturday); else the first term's days moved («ІV квартал 2025 р.»).
    """
    again = _phrase(phrase, end.year + shift, end.year + shift) if shift else first
    if again.kind is first.kind and again.end is not None and again.end.year == end.year + shift:
        later_start, later_end = again.start, again.end
    else:
        later_start, later_end = _years_later(start, shift), _years_later(end, shift)
    return Deadline(text=later_end.isoformat(), kind=first.kind, start=later_start, end=later_end)


# «І квартал 2025 р., далі – щокварталу»: the first term, then the recurring one from it on
_THEN_EVERY = re.compile(
    r"(?P<first>.+?),? (?:(?:і|та|й) )?(?:далі|надалі|у подальшому|в подальшому) ?-? ?"
    r"(?P<every>щокварталу|щоквартально|щомісяця|щомісячно|щопівроку|щопіврічно|щотижня)"
)


def _then_every(p: str, year: int, end_year: int) -> _Read | None:
    found = _first_then(_THEN_EVERY, p, year, end_year)
    if found is None:
        return None
    m, _first, start, end = found
    every = _phrase(m["every"], start.year, max(end_year, end.year))
    parts = tuple(part for part in every.parts if part.end is not None and part.end >= start)
    if every.kind is not DeadlineKind.RECURRING or not parts:
        return None
    return _Read(DeadlineKind.RECURRING, start, parts[-1].end, parts)


def _years_later(day: date, years: int) -> date:
    """The same day so many years later (29 February: the 28th in a common year)."""
    later = day.year + years
    return day.replace(year=later, day=min(day.day, calendar.monthrange(later, day.month)[1]))


# «ІІ квартал (перенесено на ІV квартал)», «до 01.06.2025, продовжено до 01.09.2025»,
# «ІІІ квартал 2025 (новий строк – І квартал 2026)», "Q3 2025 (revised: Q1 2026)"; the later
# term alone: «Перенесено на IV квартал 2025 р.»
_MOVED = re.compile(
    r"(?:(?P<old>.+?)[\s,;(]+)?(?:(?:(?:термін|строк) (?:виконання )?)?(?:перенесено|перенесений"
    r"|продовжено|подовжено|змінено)(?: (?:термін|строк))? (?P<to>на|до) "
    r"|нов\w* (?:строк|термін)\w*(?: виконання)?(?: ?[-:]) ?"
    r"|(?P<how>revised|extended|postponed|moved|rescheduled|new deadline)(?! from\b)"
    r"(?: (?P<by>to|for|until))?:? )"
    r"(?P<new>[^()]+)\)?"
)
_MOVING = ("перенес", "продовж", "подовж", "змінено", "нов", "revised", "extended", "postponed",
           "moved", "rescheduled")  # fmt: skip
"""What a phrase of a term moved holds, looked for before the pattern is tried."""


def _moved(phrase: str, year: int, end_year: int) -> _Read | None:
    """A term and the later one it was moved to: the term in force is the later one.

    The later term without its year is in the first one's: «ІІІ квартал 2025 року,
    змінено на IV квартал» is the fourth quarter of 2025.
    """
    m = _MOVED.fullmatch(phrase)
    if m is None:
        return None
    new = m["new"].strip(" ,;")
    if _LATIN_LETTER.search(new):
        from civplan.model.deadline_english import from_english

        new = from_english(new) or new
    if m["to"] == "до" or m["by"] == "until":
        new = f"до {new}"
    elif m["how"] == "extended" and _phrase(new, year, end_year).kind is DeadlineKind.DATE:
        new = f"до {new}"  # "extended to 30 September 2025": by that day
    old = _phrase(m["old"].strip(" ,;("), year, end_year) if m["old"] else None
    if old is not None and old.start is not None and not _NAMES_A_YEAR.search(new):
        year = end_year = old.start.year  # (a term of a year named: the later one in it)
    read = _phrase(new, year, end_year)
    if read.kind is DeadlineKind.UNKNOWN and (named := _year_by_name(new, year, end_year)):
        read = _phrase(named, year, end_year)  # «перенесено на наступний рік»
    if read.kind is DeadlineKind.UNKNOWN:
        return None
    first_yearly = old is None or old.start is None or old.yearly
    return attrs.evolve(read, yearly=read.yearly and first_yearly)


_QUALIFIER = re.compile(
    r"(?:[,(]|\s)\s*(?:відповідно до|згідно з|згідно із|згідно|у разі|в разі|за наявності"
    r"|в межах|у межах|за умови|з урахуванням|після|при наявності|у міру|в міру|по мірі"
    r"|за окремим|перенесено|перенесений|змінено|продовжено|подовжено|поетапно|етапами"
    r"|за потреби|при потребі|за необхідності|включно|включаючи"
    # a status written beside the term: «ІІ квартал, виконано»
    r"|(?:не |частково )?(?:виконано|виконується|виконаний|виконана)$"
    r"|(?:(?:та|і|й) )?(?:далі|надалі))\b.*$"
)


_ONCE = re.compile(r"^(?:одноразово|разово|один раз)(?:[\s,:;]|[-–—])+(?=\S)")
"""A term said to be once, before the term itself: «одноразово, до 1 березня»."""
_REPORTING_BEFORE = re.compile(
    r"(?<![\w-])(?:звітування|звіт|інформування|подання (?:звіту|звітів|інформації))\s+"
    r"(?=щ[оі]\w+|кожн\w+ |(?:\d+ |один )?раз\w* на |двічі|тричі|не рідше)"
)
"""A word of reporting before how often: «звітування щопівроку» is every half-year."""
_BUT = re.compile(r",?\s+(?:але|проте|однак)\s+")
"""«…, але не рідше одного разу на квартал»: the term after it is the one that binds."""
_RECURRENCE_AFTER_DASH = re.compile(
    r"(?:\s*-\s*|(?:(?<=рік)|(?<=року)|(?<=році)|(?<=роки)|(?<=років)|(?<=р\.)|(?<=\d{4}))\s+)"
    r"(?=(?:щ[оі]\w+|кожн\w+ |(?:\d+ |один )?раз\w* на |двічі|тричі))"
)


def _qualified(phrase: str, year: int, end_year: int) -> _Read:
    """A known phrase with a qualifier, or phrases joined by commas.

    «протягом року відповідно до графіка» is the year; in «постійно, протягом
    року» or «протягом 2024 року, щокварталу» the continuous or recurring part
    says most; «березень, вересень» are two stages.
    """
    # «2025 рік – щокварталу», «протягом 2025 року щомісяця»: a recurrence after a dash or
    # right after its year, as after a comma
    phrase = _RECURRENCE_AFTER_DASH.sub(", ", phrase)
    # «за окремим графіком, але не рідше одного разу на квартал»: what follows «але» binds
    but = _BUT.search(phrase)
    if but is not None:
        read = _phrase(phrase[but.end() :], year, end_year)
        if read.kind is not DeadlineKind.UNKNOWN:
            return read
    bare = re.sub(r" (?:та|і|й|або)$", "", _QUALIFIER.sub("", phrase).strip(" ,;:("))
    once = _ONCE.match(bare) is not None
    bare = _ONCE.sub("", bare)  # «одноразово, до 1 березня 2026 р.»: the date says when
    if bare and bare != phrase:
        read = _phrase(bare, year, end_year)
        if once and read.yearly and end_year > year:  # «Разово – ІІ квартал»: not each year
            note = (
                f"a term once, no year named in a plan for {year}–{end_year}: read in its "
                "first year"
            )
            return attrs.evolve(read, yearly=False, note=note)
        if read.kind is not DeadlineKind.UNKNOWN:
            return read
    remark = _REMARK.fullmatch(phrase)
    if remark is not None:  # «01.09.2025 - 31.05.2026 (навчальний рік)»: a remark on the term
        remarked = _remarked(remark[1], remark[2], year, end_year)
        if remarked is not None:
            return remarked
    # «протягом 2024 року, щокварталу», «протягом року (щокварталу)»
    # «до 30 червня та до 31 грудня» are two dates, as with a comma; the labels of
    # stages («2025 рік (і етап), 2026 рік (іі етап)», «і етап - 2025 рік») say no date
    unlabelled = _STAGE_LABEL.sub(" ", phrase)
    # (not the Roman one of «2025 рік, І квартал 2026 року»)
    split = re.split(r"[,;(]| (?:та|і|й) (?!кв|півріч)", unlabelled)
    pieces = _days_listed(_with_their_years(p.strip(" )") for p in split))
    if len(pieces) == 1 and pieces[0] != phrase:
        return _phrase(pieces[0], year, end_year)
    if len(pieces) < 2:
        return _UNKNOWN
    reads = [_phrase(p, year, end_year) for p in pieces]
    for piece, read in zip(pieces, reads, strict=True):
        if (
            read.kind is DeadlineKind.RECURRING
            and _EACH_YEAR.fullmatch(piece)
            and all(r.yearly for r in reads if r is not read)
            and (each := _each_year_qualified(phrase, piece, year, end_year))
        ):
            # «серпень (до 24 серпня), щороку»: the term the rest names, in each year
            return each
        if read.kind in (DeadlineKind.RECURRING, DeadlineKind.CONTINUOUS):
            # over the years the other pieces name: «2025 – 2027 роки (щорічно)»; «протягом
            # року» names none, each year of a plan of several
            dated = [
                r
                for r in reads
                if r is not read
                and r.start is not None
                and r.end
                and not (r.yearly and r.kind is DeadlineKind.YEAR and end_year > year)
            ]
            if read.kind is DeadlineKind.RECURRING and len(dated) == 1 and not _yearly(piece):
                # within the period the other piece names: «ІІ–ІІІ квартали, щомісяця»
                named = dated[0].start.year if dated[0].start else year
                narrowed = _narrowed(_phrase(piece, named, named), dated[0])
                if narrowed is not None:
                    return narrowed
            first = min((r.start.year for r in dated if r.start), default=year)
            last = max((r.end.year for r in dated if r.end), default=end_year)
            if (first, last) != (year, end_year) and first <= last:
                return _phrase(piece, first, max(last, first))
            return read
    years = [r.start.year for r in reads if r.kind is DeadlineKind.YEAR and r.start]
    inner = [p for p, r in zip(pieces, reads, strict=True) if r.kind is not DeadlineKind.YEAR]
    if len(years) == 1 and len(inner) == 1:  # «2025 р. (І-ІІ квартали)»: the year's quarters
        within = _in_year(inner[0], years[0])
        if within is not None:
            return within
    if (
        len(pieces) > 1
        and reads[0].kind in _IN_A_YEAR
        and all(map(_YEAR_AFTER.fullmatch, pieces[1:]))
    ):
        # «травень – червень 2025, 2026, 2027 рр.»: the first piece's months in each year
        its_year = _NAMES_A_YEAR.findall(pieces[0])
        if len(its_year) == 1:
            pieces[1:] = [pieces[0].replace(its_year[0], p[:4]) for p in pieces[1:]]
            reads = [_phrase(p, year, end_year) for p in pieces]
    if all(r.start is not None and r.kind not in _WITH_PARTS for r in reads):
        reads = _in_named_years(pieces, reads, end_year)
        if year == end_year:
            reads = _into_the_next_year(pieces, reads, year)
        if len({(r.start, r.end) for r in reads}) == 1:  # one term said twice, its year
            return next((r for r in reads if not r.yearly), reads[0])  # named once at least
        parts = tuple(
            Deadline(text=piece, kind=r.kind, start=r.start, end=r.end)
            for piece, r in zip(pieces, reads, strict=True)
        )
        start = min(r.start for r in reads if r.start is not None)
        end = max(r.end for r in reads if r.end is not None)
        return _Read(DeadlineKind.STAGES, start, end, parts, yearly=all(r.yearly for r in reads))
    return _UNKNOWN


_BARE_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_DAY_THEN_MONTH = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])( )(?=(?:" + alternation("genitive") + r")\b)"
)
_DAY_OF_MONTH = re.compile(
    r"(?P<by>(?:до|не пізніше(?: ніж)?) )?(?P<d>\d{1,2})\.(?P<mm>\d{1,2})\.?"
)


def _days_listed(pieces: list[str]) -> list[str]:
    """Days listed without their year («до 15.01, 15.04, 15.07, 15.10»), each written out.

    One «15.03» alone may be no date; in a list of them each is a day, and an
    open end («до») the first names holds for those after it.
    """
    if (
        len(pieces) > 1
        and all(_BARE_DAY.fullmatch(piece) for piece in pieces[:-1])
        and (last := _DAY_THEN_MONTH.match(pieces[-1]))
    ):  # «1, 15 червня», «23 та 24 серпня 2025 року»: each day of the month named last
        month = pieces[-1][last.start(1) :]
        return [f"{int(piece)}{month}" for piece in pieces[:-1]] + [pieces[-1]]
    days = [_DAY_OF_MONTH.fullmatch(piece) for piece in pieces]
    if len(pieces) < 2 or not all(
        day is not None and 1 <= int(day["mm"]) <= 12 and 1 <= int(day["d"]) <= 31 for day in days
    ):
        return pieces
    by = days[0]["by"] if days[0] is not None else None
    return [
        f"{day['by'] or by or ''}{int(day['d'])} {MONTHS[int(day['mm']) - 1].genitive}"
        for day in days
        if day is not None
    ]


def _in_named_years(pieces: Sequence[str], reads: list[_Read], end_year: int) -> list[_Read]:
    """Stages, each without a year read in the year a stage before it names (else after it).

    «2026 рік↵березень, вересень»: September is 2026's too, not the plan's first year's.
    """
    named = [None if r.yearly or r.start is None else r.start.year for r in reads]
    if all(n is None for n in named) or None not in named:
        return reads
    read_again = []
    for index, (piece, read) in enumerate(zip(pieces, reads, strict=True)):
        if named[index] is None:
            earlier = [n for n in named[:index] if n is not None]
            each = earlier[-1] if earlier else next(n for n in named[index:] if n is not None)
            read = _phrase(piece, each, max(each, end_year))
        read_again.append(read)
    return read_again


def _into_the_next_year(pieces: Sequence[str], reads: list[_Read], year: int) -> list[_Read]:
    """Stages named without a year that go back once in time: those after it, the next year's.

    «до 10.07, до 10.10, до 10.01» of a one-year plan: the last is January of the year after,
    as a list of quarterly reports' days says it; stages that go back more than once are in
    no order, and are read as they are written.
    """
    if not all(r.yearly for r in reads):
        return reads
    ends = [r.end or date.max for r in reads]
    back = [i for i in range(1, len(ends)) if ends[i] < ends[i - 1]]
    if len(back) != 1:
        return reads
    after = [_phrase(piece, year + 1, year + 1) for piece in pieces[back[0] :]]
    return [*reads[: back[0]], *after]


_REMARK = re.compile(r"(.+?) ?\(([^()]+)\)")


def _remarked(term: str, remark: str, year: int, end_year: int) -> _Read | None:
    """A term with a remark in brackets that says it again, or says nothing of it.

    «червень-серпень (літній період)», «01.09.2025 - 31.05.2026 (навчальний рік)»;
    one of what is due («до 15.01.2026 (за 2025 рік)»: the report on 2025)
    says nothing of the term. A day inside the term narrows it: «серпень (до
    24 серпня)» ends on the 24th, «ІІІ квартал (15 серпня)» is that day; a
    period inside it is the term meant: «ІІ квартал (квітень)», and a period it
    falls in says nothing more: «30.06.2025 (ІІ квартал)». A remark that says how
    the term recurs is no mere remark.
    """
    read, said = _phrase(term, year, end_year), _phrase(remark, year, end_year)
    if read.start is None or read.end is None or read.kind in _WITH_PARTS:
        return None
    if (
        said.kind is DeadlineKind.DATE
        and said.start is not None
        and said.end is not None
        and read.start <= said.end < read.end
    ):
        start = max(read.start, said.start)
        return _Read(DeadlineKind.DATE, start, said.end, yearly=read.yearly and said.yearly)
    if (
        said.kind in _NARROWING
        and not remark.startswith("за ")  # «до 10 липня (за І півріччя)»: what is reported
        and said.start is not None
        and said.end is not None
        and read.start <= said.start <= said.end <= read.end
        and (said.start, said.end) != (read.start, read.end)
    ):  # «ІІ квартал (квітень)»: the month of the quarter meant
        return attrs.evolve(said, yearly=read.yearly and said.yearly)
    if (
        remark.startswith("за ")
        or (said.kind is DeadlineKind.DATE and said.end == read.end)  # «грудень (до 31 грудня)»
        or said.kind is DeadlineKind.UNKNOWN
        # «30.06.2025 (ІІ квартал)», «грудень (IV квартал)»: the period the term falls in
        or (
            said.kind in _NARROWING
            and said.start is not None
            and said.end is not None
            and said.start <= read.start <= read.end <= said.end
        )
        or (
            said.kind not in (*_WITH_PARTS, DeadlineKind.CONTINUOUS)
            and (said.start, said.end) == (read.start, read.end)
        )
    ):
        return read
    return None


_NARROWING = frozenset(
    {
        DeadlineKind.MONTH,
        DeadlineKind.MONTH_RANGE,
        DeadlineKind.QUARTER,
        DeadlineKind.QUARTER_RANGE,
        DeadlineKind.HALF_YEAR,
        DeadlineKind.DATE_RANGE,
    }
)
"""The kinds of a period in brackets that narrows the term before them."""
_STAGE_LABEL = re.compile(
    r"(?:[-:]\s*)?(?<!\w)(?:(?:[ivxіх]{1,4}|\d|перш|друг|трет|четверт|п'ят)(?:-?(?:й|ий|ій))? "
    r"(?:етап|черга)|(?:етап|черга) (?:[ivxіх]{1,4}|\d))(?:\s*[-:])?"
)
_YEAR_ALONE = re.compile(r"рік|року|р\.?|роки|рр\.?")
_YEAR_AFTER = re.compile(r"(?:19|20)\d\d(?: ?(?:рік|року|роки|років|рр?)\.?)?", re.IGNORECASE)
"""A year alone after a term of that year: «2026» in «травень 2025, 2026 рр.»."""
_IN_A_YEAR = frozenset(
    {DeadlineKind.QUARTER, DeadlineKind.QUARTER_RANGE, DeadlineKind.HALF_YEAR, DeadlineKind.MONTH,
     DeadlineKind.MONTH_RANGE, DeadlineKind.DATE, DeadlineKind.DATE_RANGE}
)  # fmt: skip
"""Terms within one year, which a list of years after them repeats in each."""
_BARE_YEAR = re.compile(r"\d{4}(?: ?(?:року|рік|р\.?))?$")
_NAMES_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _with_their_years(pieces: Iterable[str]) -> list[str]:
    """Pieces of a phrase, a year alone joined to the piece before it («вересень, 2025»)."""
    joined: list[str] = []
    for piece in pieces:
        if joined and _BARE_YEAR.match(piece) and not any(c.isdecimal() for c in joined[-1]):
            joined[-1] = joined[-1].rstrip(" ,") + " " + piece
        elif joined and _YEAR_ALONE.fullmatch(piece.casefold()) and joined[-1][-1:].isdecimal():
            joined[-1] += " " + piece  # «2025↵рік»
        elif piece:
            joined.append(piece)
    return joined


_OPEN_END = re.compile(
    r"(?:(?:^|\s)(?:до|з|із|за|по|від|на|у|в|та|і|й|або)|[-–—,])$", re.IGNORECASE
)
"""How a line that a cell's narrow column broke ends: a preposition, a conjunction, a dash."""


def _goes_on(line: str, following: str) -> bool:
    """Whether a cell's line goes on in the next: the cell is a phrase wrapped, not stages.

    «травень-червень 2024,↵2025 рр.», «ІІІ квартал (до↵15 серпня)», «2024 –↵2026 роки»: a
    line ends with a comma, a preposition or a dash, or inside brackets; «ІІ півріччя↵
    (жовтень – листопад)»: the next one is a remark in brackets.
    """
    return (
        _OPEN_END.search(line) is not None
        or line.count("(") > line.count(")")
        or following.startswith("(")
        # «2024↵– 2026 роки»: a range's dash, unless the lines are a list («- І квартал↵- …»)
        or (following.startswith(("-", "–", "—")) and not line.startswith(("-", "–", "—", "•")))
        # «2025↵рік», «І квартал↵2025 року (…)»: a year's word, or the year of a yearless line
        or _YEAR_WORD_FIRST.match(following) is not None
        or (
            _YEAR_FIRST_OF_LINE.match(following) is not None
            and not _NAMES_A_YEAR.search(line.rsplit(",", 1)[-1])
        )
        # «щороку↵до 1 грудня», «до 1↵грудня»: a recurrence, a day, with the rest of it below
        or _RECURRENCE_LAST.search(line) is not None
        or (line[-2:].strip().isdecimal() and following.casefold().startswith(MONTH_STEMS))
    )


_RECURRENCE_LAST = re.compile(r"(?:^|\s)(?:щ(?:о|ор)\w*|постійно)$", re.IGNORECASE)
_YEAR_WORD_FIRST = re.compile(r"(?:рік|року|роки|років|рр?\.)(?!\w)", re.IGNORECASE)
_YEAR_FIRST_OF_LINE = re.compile(r"(?:19|20)\d\d\s*(?:рік|року|р\.|р\b)", re.IGNORECASE)


def _stages(text: str, year: int, end_year: int) -> _Read | None:
    """Several dated parts: «І квартал 2025 – розроблення; ІV квартал 2025 – затвердження».

    Parts apart by commas are stages too when each names its work after a dash
    («2025 рік – розробка, 2026 рік – впровадження»).
    """
    lines = [p.strip() for p in re.split(r"[;\n]", text)]
    if any(_goes_on(line, following) for line, following in itertools.pairwise(lines)):
        return None  # a phrase a narrow column wrapped, read whole
    pieces = _with_their_years(lines)
    if len(pieces) < 2:
        return None
    return _staged(pieces, year, end_year)


def _labelled_terms(text: str, year: int, end_year: int) -> _Read | None:
    """Terms each with the work it is for after a dash, apart by commas; or one such term.

    «2025 рік – розробка, 2026 рік – впровадження» are stages, and so are «І квартал
    (розроблення), ІІ квартал (затвердження)» and «протягом року, звіт – до 20 грудня»;
    «2025 рік – розробка проєкту» is that year. Asked after every other reading.
    """
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) == 1:
        return _labelled(pieces[0], year, end_year) if _LABELLED.search(text) else None
    # or its work in brackets: «І квартал (розроблення), ІІ квартал (затвердження)»; a term
    # without its work beside them is one too: «протягом 2025 року, звіт – до 20.12.2025»
    if not any(_LABELLED.search(p) or _REMARKED.search(p) for p in pieces):
        return None
    return _staged(pieces, year, end_year)


def _staged(pieces: list[str], year: int, end_year: int) -> _Read | None:
    """Stages from the pieces of a phrase, each a term maybe with its work; None if one is none."""
    if _BARE_YEAR.match(pieces[0].casefold()) and not any(
        _NAMES_A_YEAR.search(p) for p in pieces[1:]
    ):
        return None  # «2025 рік↵лютий, жовтень»: a year over its terms, read whole
    parts = []
    yearly = True  # no part names its year
    for piece in pieces:
        found = None
        # the dashes with spaces first: «01.02.2025–31.05.2025 – розробка» is a range's work
        spaced = re.split(r"\s+[-–—]\s+|:\s+|\s+\(", piece)
        labels = re.split(f"{_LABEL_DASH}|{_GLUED_LABEL}", piece)
        for candidate in (piece, *spaced, *labels):
            read = _phrase(_normalize(candidate.rstrip(")")), year, end_year)
            if read.start is not None and read.end is not None and read.kind not in _WITH_PARTS:
                found = Deadline(text=piece, kind=read.kind, start=read.start, end=read.end)
                yearly = yearly and read.yearly
                break
        if found is None:
            return None
        parts.append(found)
    start = min(p.start for p in parts if p.start is not None)
    end = max(p.end for p in parts if p.end is not None)
    return _Read(DeadlineKind.STAGES, start, end, tuple(parts), yearly=yearly)


_GLUED_LABEL = (
    r"(?<=[^\W\d])-(?=(?:до|з|по) \d)"
    r"|(?:(?<=\d)|(?<=\bр\.)|(?<=\bрік)|(?<=\bроку)|(?<=\bквартал))-(?=[^\W\d]{4})"
)
"""A hyphen with no spaces between a task and its term: «звіт-до 20.12.2025», «2025
р.-проєктування», «ІІІ квартал-закупівля» (not an ordinal's ending, «2025-го»)."""
_LABEL_DASH = r"\s*[\u2012-\u2015]\s*|\s+-\s*|\s*-\s+"
"""A dash between a term and its work: any long one, a hyphen with a space beside it."""
_LABELLED = re.compile(rf"\S(?:{_LABEL_DASH})\S|{_GLUED_LABEL}")
"""A term and the work it is for, apart by a dash («2025 рік – розробка»)."""
_REMARKED = re.compile(r"\S ?\([^()]+\)$")
"""A term and the work it is for in brackets after it («ІІ квартал (затвердження)»)."""


def _labelled(piece: str, year: int, end_year: int) -> _Read | None:
    """One term with the work it is for: «2025 рік – розробка проєкту», «розробка – ІІ квартал».

    The work's side must say nothing of time, or the whole is no such pair.
    """
    sides = re.split(f"{_LABEL_DASH}|{_GLUED_LABEL}", piece)
    if len(sides) != 2:
        return None
    reads = [_phrase(_normalize(side), year, end_year) for side in sides]
    terms = [r for r in reads if r.start is not None and r.end is not None]
    if len(terms) != 1 or terms[0].kind in _WITH_PARTS:
        return None
    work = sides[reads.index(terms[0]) ^ 1]
    if _year_by_name(_normalize(work), year, end_year) is not None:
        return None  # «серпень – вересень поточного року»: a range, its year named in words
    if any(c.isdecimal() for c in work) or _qualified(_normalize(work), year, end_year).kind in (
        *ONE_INTERVAL,
        DeadlineKind.RECURRING,
        DeadlineKind.CONTINUOUS,
        DeadlineKind.UNFIXED,
        DeadlineKind.SCHEDULED,
    ):
        return None
    return terms[0]


def _every_year(text: str, wording: str, read: _Read, year: int, end_year: int) -> _Read:
    """A term named without its year, in a plan of several years: every year of the plan.

    ``wording`` is the phrase as read (normalised; in Ukrainian for an English one). A
    range into the next year («вересень – травень») is each one that ends in the plan.
    """
    parts: list[Deadline] = []
    for each in range(year, end_year + 1):
        again = _phrase(wording, each, each)
        if again.kind is DeadlineKind.UNKNOWN:  # «серпень (до 24 серпня)»
            again = _qualified(wording, each, each)
        if again.end is not None and again.end.year > end_year and parts:
            break  # «вересень – травень» of the plan's last year ends after it: its years' only
        if again.kind in ONE_INTERVAL:
            parts.append(
                Deadline(
                    text=f"{' '.join(text.split())} ({each})",
                    kind=again.kind,
                    start=again.start,
                    end=again.end,
                )
            )
            continue
        # stages («березень, вересень»), a term's occurrences («ІІ квартал – щомісяця»):
        # each year's, as read in that year
        again = _read(text, each, each)
        if again.kind not in _WITH_PARTS or not again.parts:
            note = f"no year named in a plan for {year}–{end_year}: read in its first year"
            return attrs.evolve(read, note=note)
        parts.extend(
            part if str(each) in part.text else attrs.evolve(part, text=f"{part.text} ({each})")
            for part in again.parts
        )
    if len(parts) == 1:  # «вересень – травень» in a plan for 2025–2026: that one
        return read
    return _Read(
        DeadlineKind.RECURRING,
        parts[0].start,
        parts[-1].end,
        tuple(parts),
        note=f"no year named in a plan for {year}–{end_year}: read as every year of it",
    )


# --- the grammar ----------------------------------------------------------------------

_DASH = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_ROMAN_LETTERS = str.maketrans({"і": "i", "ӏ": "i", "х": "x"})
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_ORDINAL_WORDS = (("перш", 1), ("друг", 2), ("трет", 3), ("четверт", 4))
_NUM = r"(?:[iіӏvxх]{1,4}|[1-6]|перш\w*|друг\w*|трет\w*|четверт\w*)(?:-?(?:й|го|му|ий|ій))?"
_MONTH = "(?:" + alternation() + ")"
_YEAR_WORD = r"(?:року|рік|році|рр\.?|р\.?)"
_YEAR = r"(?: ?(?P<{0}>\d{{4}}) ?" + _YEAR_WORD + "?)"
_IN = r"(?:(?:у|в|протягом|упродовж|впродовж|на|за) )?"
_QUARTER_WORD = r"(?:квартал\w*|кв\.?|кв-л\.?)"
_HALF_WORD = r"(?:півріччя|півріччі|півр\.?|пів(?:\.|(?!\w)))"


class _Pattern:
    """A whole-phrase regular expression compiled on first use, so importing civplan stays quick."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = "^(?:" + source + r")\.?$"  # the whole phrase, whatever its alternatives
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled.match(text)


_CONTINUOUS = _Pattern(
    r"(?:постійно|на постійній основі|систематично|регулярно|періодично|безстроково|перманентно"
    r"|протягом року постійно|постійно протягом року|цілодобово|(?:у|в) цілодобовому режимі"
    # as long as martial law lasts, which no date bounds: the plan's whole period
    r"|(?:протягом|упродовж|впродовж|на (?:час|період|строк)|у період|в період|під час)"
    r" (?:(?:дії|строку дії) )?(?:правового режиму )?воєнного стану(?: .*)?"
    r"|до (?:припинення|скасування|завершення|закінчення|кінця)"
    r"(?: (?:або|чи|\(?або) (?:припинення|скасування)\)?)?"
    r" (?:дії )?(?:правового режиму )?воєнного стану)"
)
_UNFIXED = _Pattern(
    r"(?:(?:за|у разі|в разі|при|по|у міру|в міру|по мірі|за наявності|за умови) (?:виникнення )?"
    r"(?:потреб\w*|необхідн\w*|надходжен\w*|звернен\w*|запит\w*|виділен\w*|фінансуван\w*"
    r"|отриман\w*)(?:[ ,].*)?"
    r"|(?:за|при) (?:наявності|умови) (?:фінансування|коштів|ресурсів)(?: .*)?"
    # a condition whatever it names: «у разі виникнення надзвичайної ситуації»
    r"|(?:у|в) разі (?:виникнення|настання|загрози|надходження|отримання|прийняття|зміни) .+"
    # a term to be set later: «термін буде визначено додатково», «визначається окремо»
    r"|(?:(?:термін|строк)\w* )?(?:(?:буде|будуть|має бути|мають бути) )?"
    r"визнач(?:ено|ений|ається|атиметься|аються)(?: (?:додатково|пізніше|окремо|згодом))?"
    # none set: «термін не визначено», «строк не встановлено», «без визначення терміну»
    r"|(?:термін|строк)\w* не (?:визнач|встановл)(?:ено|ений|ені|ається)"
    r"|без (?:визначення|[ву]становлення) (?:терміну|строку|термінів|строків)"
    # a council's session, whenever it sits: «на черговій сесії», «у міжсесійний період»
    r"|(?:на|до) (?:черговій|найближчій|наступній|чергової|найближчої|наступної) сесії(?: .*)?"
    r"|(?:у|в) міжсесійний період"
    # a time counted from an event, as «у місячний строк» (below): «протягом 30 днів з дня
    # набрання чинності», «не пізніше 5 робочих днів після отримання»; or the event alone,
    # named by a verbal noun («після набрання чинності законом», «з дня затвердження»); an
    # event named otherwise («після ремонту») stays unknown
    r"|(?:після|з дня|із дня|від дня|з моменту|з дати|одночасно з|одночасно із)"
    r" (?:\w+(?:нн|тт)(?:я|ю|ям|і)|\w+аці(?:ї|я|ю|єю))(?: .*)?"  # «після стабілізації …»
    # the heating season, which begins and ends with the weather: «до початку
    # опалювального сезону», «протягом опалювального періоду», «у міжопалювальний період»,
    # and the autumn-winter period it falls in («до осінньо-зимового періоду 2025/2026 років»)
    r"|(?:(?:до|перед|з|після|протягом|упродовж|впродовж|на|у|в|під час) )?"
    r"(?:(?:початк|завершенн|закінченн)\w* )?"
    r"(?:(?:між)?опалювальн\w* (?:сезон|період)\w*|осінньо-зимов\w* період\w*|озп"
    r"|купальн\w* (?:сезон|період)\w*)"  # and the bathing season, set each year
    r"(?: \d{4}(?:[-/]\d{2,4})?(?: \w+\.?)?)?"  # «… 2025/2026 років», «… 2025 року»
    # until an event: «до завершення опалювального сезону», «до припинення дії …», «до кінця
    # дії …» (martial law's end is continuous, above)
    r"|до (?:завершення|закінчення|припинення|скасування|кінця дії) "
    # (not the plan's own: «до кінця дії Програми» is its period, below; «… програми
    # розвитку» may name another's)
    r"(?!(?:(?:строку|терміну) )?(?:(?:дії|реалізації|виконання) )?(?:програм|план|стратегі)"
    r"\w*$)"
    r"(?!.*(?:\d|квартал|кв\.|півріч|півр|\bрок|\bрік|місяц|тижн|сезон|навчальн)).+"
    r"|(?:протягом|упродовж|у|в|не пізніше(?: ніж)?)"
    r" (?:\d{1,3}(?:-?(?:х|ох|ти|ми))? |одного |двох |трьох |шести )?"
    r"(?:(?:робоч|календарн)\w* )?(?:дн\w*|тижн\w*|місяц\w*|рок\w*|рік) (?:з|із|після|від) "
    r"(?:дня|дати|моменту|\w+(?:нн|тт)(?:я|ю))(?: .*)?"
    # a count of days, weeks or months with no event named, which counts from the plan's
    # adoption: «протягом 3 місяців», «упродовж двох тижнів» («протягом місяця» of a
    # quarter's plan is one of its months, which the plan does not say; «протягом року» is
    # the plan's year)
    r"|(?:протягом|упродовж|впродовж) (?:\d{1,3}(?:-?(?:х|ох|ти|ми))?|двох|трьох|чотирьох"
    r"|п'яти|шести|десяти|дев'яти) (?:(?:робоч|календарн)\w* )?"  # («3-х місяців»)
    r"(?:дн(?:і|ів)|діб|тижн(?:і|ів)|місяц(?:і|ів))"
    r"|(?:протягом|упродовж|впродовж) (?:пів ?року|півтора року|тижня)"  # no plan is a week's
    # a time before an event: «не пізніше ніж за 10 днів до засідання», «за місяць до початку»
    r"|(?:не пізніше (?:ніж )?)?за (?:\d{1,3} |один |одну |два |дві |три |п'ять |десять )?"
    r"(?:(?:робоч|календарн)\w* )?(?:дн|діб|доб|тижн|місяц)\w* до .+"
    # a time after an event, or after the plan's adoption: «не пізніше ніж через 3 місяці
    # після набрання чинності», «через місяць»
    r"|(?:не пізніше (?:ніж )?)?через (?:\d{1,3} |один |одного |два |двох |три |трьох |шість "
    r"|шести )?(?:дн|тижн|місяц|рік|рок)\w*(?: .*)?"
    r"|за (?:звернен|запит|вимог)\w*|на (?:вимогу|запит)\w*"
    # at once, or on the day something happens: «невідкладно», «у день звернення»
    r"|невідкладно|негайно|терміново|оперативно|(?:у|в) день \w+(?:нн|тт)я(?: .*)?"
    r"|протягом (?:робочого |одного |однієї )?(?:дня|доби)(?: .*)?"
    r"|(?:у|в) (?:[\w-]+ )?[\w'-]+(?:ий|ені) (?:[\w-]+ )?(?:строки?|терміни?)(?: .*)?"
    r"|(?:у|в) (?:строки?|терміни?),? (?:визначен|встановлен|передбачен)\w* .*"
    # the law's terms: «відповідно до законодавства», «згідно з Законом України «Про …»»
    r"|(?:відповідно до|згідно з|згідно із|згідно зі) (?:вимог\w* )?(?:чинного )?"
    r"(?:законодавств|закон|кодекс)\w*(?: .*)?"
    r"|(?:відповідно до|згідно з|згідно із|згідно зі|у межах) (?:строк|термін)\w*,? "
    r"(?:визначен|встановлен|передбачен)\w* .*"
    # while something takes place: «під час проведення масових заходів» (not a war, read
    # above, nor a season: «під час літніх канікул», read below)
    r"|(?:під час|(?:у|в) період) (?!воєнного|(?:весн|літ|осін|осен)\w* "
    r"|проведення (?:весн|літ|осін|осен)\w* (?:період|сезон|канікул|оздоровч|кампані)"
    r"|(?:дії|реалізації|виконання) (?:програми|плану|стратегії|заходів))"  # the plan's own
    r"(?:проведення |підготовки )?\w+.*)"
)
_SCHEDULED = _Pattern(
    r"(?:(?:відповідно до|згідно з|згідно із|згідно|за) (?:окрем\w+ |затвердж\w+ |річн\w+ )?"
    r"(?:план\w*(?:-графік\w*)?|графік\w*|розклад\w*|рішенн\w*|протокол\w*|календар\w*)(?: .*)?)"
)
# «наступного за звітним», «що настає за звітним періодом»: the period after the one reported
_FOLLOWING = r"наступного|(?:що|який) (?:настає|наступає)"
_RECURRING = _Pattern(
    r"(?:не рідше (?:ніж )?|не менше (?:ніж )?|принаймні |щонайменше )?"
    r"(?P<every>щокварталу|щоквартально|(?:по)?квартально|кожного кварталу|щомісяця|щомісячно"
    r"|помісячно|кожного місяця"
    r"|щороку|щорічно|кожного року|щопівроку|щопіврічно|раз на півроку|двічі на рік"
    r"|кожного півріччя|кожне півріччя"
    r"|кожно(?:го|ї) (?:\w+ )?(?:понеділка|вівторка|середи|четверга|п'ятниці|суботи|неділі)"
    r"(?: (?:місяця|тижня))?"
    r"|щотижня|щотижнево|щодня|щоденно|щодекади|щодекадно|що(?:понеділка|вівторка|середи|четверга|п'ятниці"
    r"|суботи|неділі)|(?:(?:один|1) )?раз на (?:квартал|місяць|рік|тиждень|півріччя|півроку)"
    r"|по (?:понеділках|вівторках|середах|четвергах|п'ятницях|суботах|неділях)"
    r"|(?:одного|1) разу на (?:квартал|місяць|рік|тиждень|півріччя|півроку)"
    r"|(?:два|2) рази на рік|двох разів на рік"
    r"|(?:(?:\d{1,2}|два|три|чотири) рази|двічі|тричі) на (?:рік|квартал|місяць)"
    r"|(?:\d{1,2}|двох|трьох|чотирьох) разів на (?:рік|квартал|місяць)"  # «не рідше 4 разів …»
    # every two or three months: «раз на 2 місяці», «щодва місяці», «кожні три місяці»
    r"|(?:(?:один|одного|1) )?разу? на (?:2|3|два|три) місяц[іяь]"
    r"|(?:кожні|що) ?(?:2|3|два|три) місяц[іяь]"
    # every few years: no occurrence within a plan's year to name
    r"|(?:(?:один|1) )?раз на (?:\d|два|три|п'ять) рок\w*|(?:кожні|що) (?:\d|два|три|п'ять) рок\w*)"
    r"(?:[,:]? (?:до|не пізніше) (?P<day>\d{1,2})(?:-?го)?(?: (?P<month>" + _MONTH + r")"
    r"| числа(?: місяця)?(?:,? (?P<next>" + _FOLLOWING + r")\b.*)?)?)?"
    r"(?:[,:]? (?P<tail>.*))?"
)
_MONTH_DAY = _Pattern(
    r"(?:не пізніше|до) (?P<day>\d{1,2})(?:-?го)? числа(?: (?:кожного )?місяця)?"
    r"(?:,? (?P<next>"
    + _FOLLOWING
    + r") (?:за )?(?:звітним ?)?(?P<unit>місяц\w*|квартал\w*|період\w*"
    r"|рок\w*|півріччя\w*)?"
    # «до 30 числа останнього місяця кварталу»: in the period's own last month
    r"|,? (?:останнього|завершального|третього) місяця (?P<unit_last>кварталу|півріччя|року))?"
    r"(?: .*)?"
)
_PLAN_PERIOD = _Pattern(
    # by its end too: «до кінця дії Програми», «до закінчення строку дії Плану»
    r"(?:(?:протягом|упродовж|впродовж|на|у|в|(?:у|в) межах"
    r"|до (?:кінця|закінчення|завершення|завершення строку|закінчення строку|кінця строку"
    r"|закінчення терміну|кінця терміну)) )?(?:усього |всього |весь |увесь )?"
    r"(?:(?:строк\w*|термін\w*|період\w*|час\w*) )?(?:дії|реалізації|виконання) "
    r"(?:програми|плану|стратегії|заходів)\w*(?: .*)?|(?:весь|увесь) (?:період|строк)(?: .*)?"
    r"|(?:протягом|упродовж|впродовж) (?:усього|всього) (?:періоду|строку)"
    r"|(?:протягом|упродовж|впродовж|за|(?:у|в) межах) (?:усього |всього )?"
    r"(?:звітного|планового|бюджетного) (?:періоду|року)"
    r"|(?:у|в) (?:звітному|плановому|бюджетному) періоді"
)
_YEARS = _Pattern(
    _IN
    + r"(?P<y1>\d{4})(?: ?(?:рік|р\.?))?-(?P<y2>\d{4}|\d{2})"
    + r"(?: ?(?:роки|років|роках|рік|рр\.?|р\.?))?"
)
# a school or university year runs from 1 September to the end of June
_SCHOOL_YEAR = r"(?:навчальн\w* (?:рок\w*|рік|році)|н\. ?р\.?)"
_ACADEMIC_YEAR = _Pattern(
    r"(?:(?:у|в|протягом|упродовж|впродовж|на) |(?P<by>до (?:кінця|завершення|закінчення) ))?"
    rf"(?:(?P<y1>\d{{4}})-(?P<y2>\d{{4}}|\d{{2}}) ?{_SCHOOL_YEAR}"
    # the years after: «навчальний рік 2025/2026», «протягом навчального року 2025-2026»
    rf"|{_SCHOOL_YEAR} (?P<y3>\d{{4}})-(?P<y4>\d{{4}}|\d{{2}})(?: (?:рок\w*|рік|рр?\.?))?)"
)
# the school year of a plan for one (its years named by the plan: 2025 and 2026)
_THIS_ACADEMIC_YEAR = _Pattern(
    r"(?P<by>до (?:кінця|завершення|закінчення) )?(?:(?:протягом|упродовж|впродовж) )?"
    r"(?:поточного )?навчальн\w* (?:рок\w*|рік)"
)
_SCHOOL_YEAR_START = re.compile(
    r"(?:на|у|в) почат(?:ку|ок) (?:нового |поточного )?навчальн\w* (?:року|рік)"
)
"""The start of a school year, which is September: «на початку навчального року»."""
# «до початку навчального року»: the school year begins on 1 September
_BY_SCHOOL_START = _Pattern(
    r"(?:до|не пізніше) (?:початку|старту) (?P<next>нового |наступного )?навчальн\w* (?:року|рік)"
)
_YEAR_THROUGHOUT = _Pattern(
    r"(?:протягом|упродовж|впродовж) (?:(?:поточного|звітного) )?"
    r"(?:року|(?P<y>\d{4})(?: ?(?:року|р\.?))?)|(?:поточний |звітний )?рік"
)
_YEAR_PLAIN = _Pattern(
    r"(?:(?:у|в|на|за) )?(?P<y>\d{4})(?: ?(?:рік|році|року|роки|роках|рр\.?|р\.?))?"
)
# «до кінця 2025 року», «до кінця ІІ кварталу», «на кінець року», «до кінця вересня»; a year,
# quarter or half-year without «кінця» («до ІV кварталу 2025 року», «до 2026 року») means its
# end too
_BY_END = _Pattern(
    r"(?:(?:до|не пізніше) (?:(?P<end>кінця|закінчення|завершення) )?|(?:на )?кінець |наприкінці "
    r"|(?:у|в) кінці )"
    r"(?:(?P<y>\d{4})(?: ?(?:року|р\.?))?"
    r"|(?:поточного |звітного |цього )?(?P<year>року)"
    r"|(?P<q>" + _NUM + r") (?:кварталу|кв\.?)" + _YEAR.format("qy") + "?"
    r"|(?P<h>" + _NUM + r") півріччя" + _YEAR.format("hy") + "?"
    r"|(?P<m>" + alternation("genitive") + r")" + _YEAR.format("my") + "?)"
)
# «з ІІ кварталу 2025 року», «починаючи з 2025 року», «з вересня»: from then on, to the plan's end
_FROM = _Pattern(
    r"(?:починаючи |розпочинаючи )?(?:з|із|від) (?:(?P<y>\d{4})(?: ?(?:року|рік|р\.?))?"
    r"|(?P<q>" + _NUM + r") (?:квартал\w*|кв\.?)" + _YEAR.format("qy") + "?"
    r"|(?P<h>" + _NUM + r") півріччя" + _YEAR.format("hy") + "?"
    r"|(?P<m>" + alternation() + r")" + _YEAR.format("my") + "?"
    r"|(?P<d>\d{1,2})(?: (?P<dm>"
    + alternation("genitive")
    + r")|\.(?P<dd>\d{1,2})\.)"
    + _YEAR.format("dy")
    + r"?)(?:,? (?:(?:і|та|й) )?(?:далі|надалі|постійно|щороку))?"
)
_QUARTER_RANGE = _Pattern(
    _IN
    + r"(?P<a>"
    + _NUM
    + r")(?P<sep>-| (?:та|і|й) )(?P<b>"
    + _NUM
    + r") "
    + _QUARTER_WORD
    + _YEAR.format("y")
    + "?"
)
# «IV квартал 2025 – І квартал 2026», «ІІ півріччя 2025 – І півріччя 2026»: across years
_PERIOD_WORD = f"(?:{_QUARTER_WORD}|{_HALF_WORD})"
_PERIOD_SPAN = _Pattern(
    f"{_IN}(?P<a>{_NUM}) (?P<unit>{_PERIOD_WORD}){_YEAR.format('y1')}"
    f"-(?P<b>{_NUM}) {_PERIOD_WORD}{_YEAR.format('y2')}"
)
_QUARTER = _Pattern(_IN + r"(?P<a>" + _NUM + r") " + _QUARTER_WORD + _YEAR.format("y") + "?")
_HALF = _Pattern(_IN + r"(?P<a>" + _NUM + r") " + _HALF_WORD + _YEAR.format("y") + "?")
# «І семестр», «ІІ семестр 2025 року», «І семестр 2025/2026 навчального року»
_SEMESTER = _Pattern(
    _IN
    + r"(?P<a>"
    + _NUM
    + r") семестр\w*(?:"
    + _YEAR.format("y")
    + r"| (?P<y1>\d{4})-(?P<y2>\d{4}|\d{2}) ?(?:навчальн\w* (?:рок\w*|рік|році)|н\. ?р\.?))?"
)
# the nine months a report is made for, January to September: «9 місяців 2025 року», «за 9
# місяців» (not «протягом 9 місяців», a span from something)
_NINE_MONTHS = _Pattern(
    r"(?:(?:за|у|в) )?(?:9|дев'ять) (?:місяц\w*|міс\.?)" + _YEAR.format("y") + "?"
)
_MONTH_RANGE = _Pattern(
    r"(?:(?:у|в|протягом|упродовж|впродовж|з) )?(?P<m1>" + _MONTH + r")" + _YEAR.format("y1") + "?"
    r"(?P<sep>-| (?:по|до|та|і|й) )(?P<m2>" + _MONTH + r")" + _YEAR.format("y") + "?"
)
# seasons, as municipal plans name them: «у весняний період», «влітку 2025 року», «восени»,
# «під час літніх канікул»;
# winter, which spans two years, is left unknown unless both are named
_WINTER = _Pattern(
    r"(?:(?:у|в|протягом|упродовж|впродовж|під час|на) )?"
    r"(?:зимов\w* (?:період\w*|сезон\w*)|взимку|зим[аиуі])"
    r" (?P<y1>\d{4})[-/](?P<y2>\d{4}|\d{2})(?: ?(?:рок\w*|рр?\.?))?"
)
_SEASON_MONTHS = {"весн": (3, 5), "навесн": (3, 5), "літ": (6, 8), "влітк": (6, 8),
                  "осін": (9, 11), "осен": (9, 11), "восен": (9, 11)}  # fmt: skip
_SEASON = _Pattern(
    r"(?:(?:у|в|протягом|упродовж|впродовж|під час|на|(?:у|в|на) період)(?: проведення)? )?"
    r"(?P<first>весн|навесн|літ|влітк|осін|осен|восен)"
    r"(?:а|у|ою|і|о|ом|ь|ю|и|ку|я\w*|ня\w*|ні\w*|нь\w*|ню)"
    r"(?:-(?P<last>літ|осін)(?:ні\w*|нь\w*))?"
    # «під час літніх канікул», «у період літньої оздоровчої кампанії»
    r"(?: (?:період\w*|сезон\w*|канікул\w*|(?:оздоровч\w* )?кампані\w*))?" + _YEAR.format("y") + "?"
)
_MONTH_ONE = _Pattern(_IN + r"(?P<m>" + _MONTH + r")" + _YEAR.format("y") + "?")
_DIGITS = r"(?P<d{0}>\d{{1,2}})\.\s?(?P<mm{0}>\d{{1,2}})(?:\.\s?(?P<y{0}>\d{{4}}|\d{{2}}))?"
_DATE_RANGE_DIGITS = _Pattern(
    r"(?:з |із |від )?"
    # «15-20.12.2025»: the days of one month, which the second names
    + r"(?P<d1>\d{1,2})(?:\.\s?(?P<mm1>\d{1,2})(?:\.\s?(?P<y1>\d{4}|\d{2}))?)?"
    + r"(?: ?р\.?)?(?:-| по | до )"
    + _DIGITS.format(2)
    + r"(?: ?(?:року|рр?\.?))?"
)
_DATE_RANGE_WORDS = _Pattern(
    r"(?:з |із |від )?(?P<d1>\d{1,2})(?: (?P<m1>" + _MONTH + r")" + _YEAR.format("y1") + "?)?"
    r"(?:-| по | до )(?P<d2>\d{1,2}) (?P<m2>" + _MONTH + r")" + _YEAR.format("y") + "?"
)
_DATE_WORDS = _Pattern(
    r"(?:(?P<by>до|не пізніше(?: ніж)?|не раніше) )?(?P<d>\d{1,2}) (?P<m>"
    + _MONTH
    + r")"
    + _YEAR.format("y")
    + "?"
)
_DATE_DIGITS = _Pattern(
    r"(?:(?P<by>до|не пізніше(?: ніж)?) )?(?P<d>\d{1,2})\.\s?(?P<mm>\d{1,2})"
    r"(?:\.\s?(?P<y>\d{4}|\d{2})(?: ?(?:року|р\.?))?|\.?)"
)


def _number(token: str) -> int | None:
    core = re.sub(r"-?(?:й|го|му|ий|ій)$", "", token)
    if core.isdecimal():
        return int(core)
    for stem, value in _ORDINAL_WORDS:
        if core.startswith(stem):
            return value
    return _ROMAN.get(core.translate(_ROMAN_LETTERS))


def _month(token: str) -> int:
    return MONTH_OF_FORM[token]  # the grammar only passes months


def _named_year(match: re.Match[str], *groups: str) -> int | None:
    for group in groups:
        found = match.groupdict().get(group)
        if found:
            return int(found) if len(found) == 4 else 2000 + int(found)
    return None


def _within(kind: DeadlineKind, start: date, end: date, named: int | None) -> _Read:
    """A term inside one year; without a named year it may mean every year of a long plan."""
    return _Read(kind, start, end, yearly=named is None)


_YEAR_FIRST = re.compile(r"(\d{4})(?: ?(?:рік|року|р\.?))?(?:[,:]? |-)(\S.*)")


def _in_year(term: str, each: int) -> _Read | None:
    """A term read in the year named beside it, when it lies within that year."""
    within = _phrase(term, each, each)
    start, end = within.start, within.end
    if start is None or end is None or not start.year == each == end.year:
        return None
    return attrs.evolve(within, yearly=False)


_YEARS_FIRST = re.compile(
    r"(?:(?:у|в|протягом|упродовж|впродовж) )?"  # «у 2025–2027 роках (щорічно)»
    r"(?P<y1>\d{4})-(?P<y2>\d{4}|\d\d)(?: ?(?:роки|років|роках|рр\.?))?(?:[,:]? |-)(?P<term>\S.*)"
)


def _year_first(p: str, _year: int, _end_year: int) -> _Read | None:
    """A year, then a term within it: «2025 рік І квартал», «2025 р.↵ІІ півріччя».

    After several years, the term is due in each: «2025–2027 рр. – ІІ квартал».
    """
    m = _YEAR_FIRST.fullmatch(p)
    within = _in_year(m[2], int(m[1])) if m is not None else None
    if within is None:
        return _years_first(p)
    if within.kind in (DeadlineKind.YEAR, DeadlineKind.RECURRING):
        return None
    return within


def _years_first(p: str) -> _Read | None:
    m = _YEARS_FIRST.fullmatch(p)
    if m is None:
        return None
    first, last = _year_pair(m)
    if not first < last <= first + _MOST_YEARS:
        return None
    term = m["term"]
    if term.startswith("(") and term.endswith(")"):  # «2025–2027 роки (щорічно)»
        term = term[1:-1]
    over = _phrase(term, first, last)
    if over.kind in (DeadlineKind.CONTINUOUS, DeadlineKind.RECURRING):
        return over  # «2025–2027 рр. – постійно», «2025–2026 роки: щороку до 1 грудня»
    parts = []
    for each in range(first, last + 1):
        within = _in_year(term, each)
        if within is None or within.kind not in ONE_INTERVAL - {DeadlineKind.YEAR}:
            return None
        parts.append(
            Deadline(text=f"{term} {each}", kind=within.kind, start=within.start, end=within.end)
        )
    return _Read(DeadlineKind.RECURRING, date(first, 1, 1), date(last, 12, 31), tuple(parts))


def _continuous(p: str, year: int, end_year: int) -> _Read | None:
    since = _CONTINUOUS_SINCE.fullmatch(p)
    if since is not None:  # «постійно, з 1 березня 2025 року»: as «з 1 березня 2025 року постійно»
        return _phrase(f"{since[2]} {since[1]}", year, end_year)
    if _CONTINUOUS.match(p):
        return _Read(DeadlineKind.CONTINUOUS, date(year, 1, 1), date(end_year, 12, 31))
    over = _CONTINUOUS_OVER.fullmatch(p)
    if over is not None and over[3] and over[3].endswith((" та", " і", " й")):
        return None  # «2025 рік та постійно»: from then on (see _from)
    if over is not None:  # «постійно протягом 2025–2027 років», «2025 рік, постійно»
        years = _named_years(over[2] or over[3], year, end_year)
        if years is not None:
            return _Read(DeadlineKind.CONTINUOUS, date(years[0], 1, 1), date(years[1], 12, 31))
    return None


_CONTINUOUS_OVER = re.compile(
    r"(постійно|на постійній основі|систематично|регулярно),? (.+)"
    r"|(.+?),? \(?(?:постійно|на постійній основі)\)?"
)


_CONTINUOUS_SINCE = re.compile(
    r"(постійно|на постійній основі),? ((?:(?:починаючи|почавши) )?(?:з|із|від) \S.*)"
)
"""A continuous term with its start after it: «постійно, починаючи з ІІ кварталу»."""
_SINCE = re.compile(r"(?:починаючи|почавши) з ")
"""What opens the start of a recurring term: «…, починаючи з 2026 року»."""


def _named_years(text: str, year: int, end_year: int) -> tuple[int, int] | None:
    """The years a phrase names, when it names only years («протягом 2025–2027 років»).

    «Протягом року» names none: in a plan of several years, it is each of them.
    """
    read = _phrase(text, year, end_year)
    if read.yearly and end_year > year:
        return None
    if read.kind in (DeadlineKind.YEAR, DeadlineKind.YEARS) and read.start and read.end:
        return read.start.year, read.end.year
    return None


def _unfixed(p: str, _year: int, _end_year: int) -> _Read | None:
    return _Read(DeadlineKind.UNFIXED) if _UNFIXED.match(p) else None


def _scheduled(p: str, _year: int, _end_year: int) -> _Read | None:
    return _Read(DeadlineKind.SCHEDULED) if _SCHEDULED.match(p) else None


_UNITS = {
    "щокварталу": "quarter", "щоквартально": "quarter", "кожного кварталу": "quarter",
    "квартально": "quarter", "поквартально": "quarter", "помісячно": "month",
    "раз на квартал": "quarter", "щомісяця": "month", "щомісячно": "month",
    "кожного місяця": "month", "раз на місяць": "month", "щороку": "year", "щорічно": "year",
    "кожного року": "year", "раз на рік": "year", "щопівроку": "half", "щопіврічно": "half",
    "кожного півріччя": "half", "кожне півріччя": "half",
    "раз на півроку": "half", "раз на півріччя": "half", "двічі на рік": "half",
    "два рази на рік": "half",
    "2 рази на рік": "half", "раз на 2 місяці": "two months", "раз на 3 місяці": "quarter",
    "4 рази на рік": "quarter", "чотири рази на рік": "quarter", "12 рази на рік": "month",
}  # fmt: skip
_MONTHS_APART = re.compile(r"(?:раз на|кожні|що) ?(2|3|два|три) місяц[іяь]")
"""Every two or three months, however it is put: «раз на 2 місяці», «щодва місяці»."""
_MONTHS_COUNT = {"два": "2", "три": "3"}
_TIMES = re.compile(r"(\d{1,2}|трьох|чотирьох) разів")
"""How many times, in the genitive after «не рідше» («4 разів», «чотирьох разів»)."""
_TIMES_NUMBERS = {"трьох": "три", "чотирьох": "чотири"}


_FOLLOWING_YEAR = compiled_on_use(
    r"(?:року,? )?(?:"
    + _FOLLOWING
    + r") (?:за )?звітним(?: роком)?|наступного (?:за звітним )?року"
)

# the day it is due, in brackets: «щорічно (до 1 березня)»; the years it recurs in:
# «щокварталу (2025 рік)», «щороку (2025–2027 роки)»
_DUE_IN_BRACKETS = re.compile(
    r",? ?\(((?:до|не пізніше) [^()]+|\d{4}(?:-\d{4})? ?(?:рік|роки|років|рр?\.?))\)"
)


_UNTIL_YEAR = re.compile(r",? ?(?:до|по) (?:кінця )?(\d{4}) (?:року|р\.?)")
"""The last year of a recurring term's occurrences: «(щороку) до 2027 року»."""


def _recurring(p: str, year: int, end_year: int) -> _Read | None:
    m = _RECURRING.match(_DUE_IN_BRACKETS.sub(r" \1", p) if "(" in p else p)
    if m is None:
        return None
    if m["tail"] and (years := _named_years(m["tail"], year, end_year)) is not None:
        year, end_year = years  # «щокварталу протягом 2025–2027 років»: over those years
    elif m["tail"] and (until := _UNTIL_YEAR.fullmatch(m["tail"])) is not None:
        if year <= int(until[1]) <= year + _MOST_YEARS:
            end_year = int(until[1])  # «щороку до 2027 року»: each year up to it
    elif m["tail"] and _SINCE.match(m["tail"]):  # «щороку до 1 лютого, починаючи з 2026 року»
        since = _phrase(m["tail"], year, end_year).start
        if since is not None and year < since.year <= end_year:
            year = since.year  # its occurrences from that year on
    every = m["every"].removeprefix("один ").removeprefix("одного ").removeprefix("1 ")
    every = every.replace("разу на", "раз на").replace("двох разів", "два рази")
    every = _TIMES.sub(lambda m: f"{_TIMES_NUMBERS.get(m[1], m[1])} рази", every)
    if (months := _MONTHS_APART.fullmatch(every)) is not None:
        every = f"раз на {_MONTHS_COUNT.get(months[1], months[1])} місяці"
    unit = _UNITS.get(every)  # weekly and daily terms have too many to list
    day = int(m["day"]) if m["day"] else None
    month = _month(m["month"]) if m["month"] else None
    # «щороку до 1 березня року, наступного за звітним»: each year's term ends in the next
    following = bool(m["next"]) or (
        unit == "year" and month is not None and _FOLLOWING_YEAR().fullmatch(m["tail"] or "")
    )
    also = _ALSO_ON.fullmatch(m["tail"]) if month is not None and m["tail"] else None
    if also is not None and unit in ("year", "half"):
        # «щороку до 1 березня та 1 вересня», «щопівроку до 20 січня, 20 липня»: the days
        # named are each year's occurrences
        unit = "year"
    parts = _occurrences(unit, year, end_year, day, month, bool(following)) if unit else ()
    if (unit == "year" or every.endswith("на рік")) and day is None and m["tail"]:
        # «щороку, серпень»; «двічі на рік (березень, вересень)»: the months named are each
        # year's occurrences
        parts = _each_year(m["tail"], year, end_year) or parts
    elif unit == "year" and also is not None:
        for named in _ALSO_DAY.finditer(m["tail"]):
            more = _occurrences(
                unit, year, end_year, int(named["day"]), _month(named["month"]), False
            )
            parts = tuple(sorted((*parts, *more), key=lambda part: part.end or date.min))
    start = date(year, 1, 1)
    end = max([date(end_year, 12, 31), *(part.end for part in parts if part.end)])
    read = _Read(DeadlineKind.RECURRING, start, end, parts)
    if m["tail"] and unit != "year":  # «щомісяця протягом ІІ кварталу»: its occurrences in it
        # (a yearly term's part of each year is read above: «щороку, серпень»)
        return _narrowed(read, _phrase(m["tail"], year, end_year)) or read
    return read


def _yearly(piece: str) -> bool:
    """Whether a phrase recurs each year («щороку»): the period beside it is each year's part."""
    m = _RECURRING.match(piece)
    return m is not None and _UNITS.get(m["every"]) == "year"


def _narrowed(read: _Read, within: _Read) -> _Read | None:
    """A recurring term narrowed to a period inside its span: «щомісяця, ІІ–ІІІ квартали».

    Its occurrences that begin within the period are kept, and it spans the
    period; None where the period is no narrower part of the term's span.
    """
    if (
        within.kind not in ONE_INTERVAL
        or within.kind in (DeadlineKind.YEAR, DeadlineKind.YEARS)
        or within.start is None
        or within.end is None
        or read.start is None
        or read.end is None
        or not read.start <= within.start <= within.end <= read.end
    ):
        return None
    parts = tuple(
        part
        for part in read.parts
        if part.start is not None and within.start <= part.start <= within.end
    )
    if read.parts and not parts:
        return None
    end = max([within.end, *(part.end for part in parts if part.end)])
    return _Read(DeadlineKind.RECURRING, within.start, end, parts, yearly=within.yearly)


# more days of each year: «щороку до 1 березня та (до) 1 вересня», «…, 1 червня, 1 вересня»
_ALSO_DAY = re.compile(r"(?:(?:та|і|й) )?(?:до )?(?P<day>\d{1,2}) (?P<month>" + _MONTH + r")")
_ALSO_ON = re.compile(r"(?:(?:,? ?(?:та|і|й) |, ?)?(?:до )?\d{1,2} (?:" + _MONTH + r"))+")

# «не пізніше 10 днів після закінчення кварталу»: the 10th of the month after each quarter
_DAYS_AFTER = re.compile(
    r"(?:не пізніше|до|протягом|упродовж|впродовж)(?: ніж)? (?P<n>[1-9]|[12]\d|30) "
    r"(?:календарних |(?P<working>робочих ))?"
    r"дн\w* (?:після|з дня|від дня) (?:закінчення|завершення) (?:звітного )?"
    r"(?P<unit>кварталу|місяця|півріччя|року|періоду)"
)


_PERIOD_UNITS = {"квар": "quarter", "півр": "half", "рок": "year", "року": "year"}
"""A period's unit by its word's first letters («кварталу», «півріччя», «року»); else a month."""


def _days_after(p: str, year: int, end_year: int) -> _Read | None:
    after = _DAYS_AFTER.fullmatch(p)
    if after is None:
        return None
    if not after["working"]:
        rewritten = f"до {after['n']} числа, наступного за звітним {after['unit']}"
        return _month_day(rewritten, year, end_year)
    # «не пізніше 10 робочих днів після закінчення кварталу»: that many weekdays after each
    # period's end (under martial law holidays are working days, so weekdays are the count)
    unit = _PERIOD_UNITS.get(after["unit"][:4], "month")
    parts = tuple(
        attrs.evolve(
            part, text=(due := _weekdays_after(part.end, int(after["n"]))).isoformat(), end=due
        )
        for part in _occurrences(unit, year, end_year, None, None, False)
        if part.end is not None
    )
    end = max(date(end_year, 12, 31), *(part.end for part in parts if part.end))
    return _Read(DeadlineKind.RECURRING, date(year, 1, 1), end, parts)


# days of each month: «з 1 по 10 число кожного місяця», «перша декада кожного місяця»
_MONTHLY_DAYS = re.compile(
    r"(?:(?:у|в) (?:період )?)?(?:(?:з|із) )?(?P<a>\d{1,2})(?:-?го)?(?: по | до |-)(?P<b>\d{1,2})"
    r"(?:-?го)? (?:число|числа) (?:кожного місяця|щомісяця)"
    r"|(?:(?:у|в|протягом|упродовж) )?(?P<decade>перш|друг|трет)\w* декад\w*"
    r" (?:кожного місяця|щомісяця)"
)
_DECADES = {"перш": (1, 10), "друг": (11, 20), "трет": (21, 31)}


def _monthly_days(p: str, year: int, end_year: int) -> _Read | None:
    """Days of each month: an occurrence a month, from the first day named to the last."""
    m = _MONTHLY_DAYS.fullmatch(p)
    if m is None:
        return None
    first, last = _DECADES[m["decade"]] if m["decade"] else (int(m["a"]), int(m["b"]))
    if not 1 <= first <= last <= 31:
        return None
    parts = []
    for each in range(year, end_year + 1):
        for month in range(1, 13):
            days = calendar.monthrange(each, month)[1]
            start, due = date(each, month, min(first, days)), date(each, month, min(last, days))
            parts.append(
                Deadline(text=due.isoformat(), kind=DeadlineKind.DATE, start=start, end=due)
            )
    return _Read(DeadlineKind.RECURRING, date(year, 1, 1), date(end_year, 12, 31), tuple(parts))


def _weekdays_after(day: date, count: int) -> date:
    """The day ``count`` weekdays (Monday to Friday) after ``day``."""
    while count:
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _month_day(p: str, year: int, end_year: int) -> _Read | None:
    m = _MONTH_DAY.match(p)
    if m is None:
        return None
    unit = _PERIOD_UNITS.get((m["unit"] or m["unit_last"] or "місяц")[:4], "month")
    parts = _occurrences(unit, year, end_year, int(m["day"]), None, bool(m["next"]))
    end = max([date(end_year, 12, 31), *(part.end for part in parts if part.end)])
    return _Read(DeadlineKind.RECURRING, date(year, 1, 1), end, parts)


def _each_year_qualified(phrase: str, yearly: str, year: int, end_year: int) -> _Read | None:
    """The term ``phrase`` names beside its word ``yearly``, read in each year of the plan."""
    parts = _each_year(phrase.replace(yearly, "", 1), year, end_year)
    if not parts:
        return None
    if len(parts) == 1:
        return _Read(parts[0].kind, parts[0].start, parts[0].end)
    return _Read(DeadlineKind.RECURRING, parts[0].start, parts[-1].end, tuple(parts))


def _each_year(within: str, year: int, end_year: int) -> tuple[Deadline, ...]:
    """A yearly term's occurrences, each the part of its year ``within`` names («серпень»)."""
    phrase = within.strip(" ,;:")
    if phrase.startswith("(") and phrase.endswith(")") and phrase.count("(") == 1:
        phrase = phrase[1:-1]  # «щорічно (до 1 березня)», not «серпень (до 24 серпня)»
    parts: list[Deadline] = []
    for each in range(year, end_year + 1):
        read = _phrase(phrase, each, each)
        if read.kind is DeadlineKind.UNKNOWN:  # «серпень (до 24 серпня)»: narrowed
            read = _qualified(phrase, each, each)
        if read.kind is DeadlineKind.STAGES and all(  # «березень, вересень»: each a part
            part.kind in ONE_INTERVAL and part.start and part.end and part.end.year == each
            for part in read.parts
        ):
            parts.extend(attrs.evolve(part, text=f"{part.text} {each}") for part in read.parts)
            continue
        if (
            read.kind not in ONE_INTERVAL
            or read.start is None
            or read.end is None
            or not read.start.year == read.end.year == each
        ):
            return ()
        parts.append(
            Deadline(text=f"{phrase} {each}", kind=read.kind, start=read.start, end=read.end)
        )
    return tuple(parts)


def _occurrences(
    unit: str, year: int, end_year: int, day: int | None, month: int | None, following: bool
) -> tuple[Deadline, ...]:
    """Each occurrence of a recurring term: its period, ending on the day it is due.

    ``following``: that day falls in the period after («до 10 числа наступного місяця»),
    or, for a day of a named month, in the next year («до 1 березня наступного року»).
    """
    periods = {"month": 1, "two months": 2, "quarter": 3, "half": 6, "year": 12}[unit]
    parts = []
    for each in range(year, end_year + 1):
        for first in range(1, 13, periods):
            last = first + periods - 1
            start = date(each, first, 1)
            if month is not None:  # «щороку до 15 січня»: on that day of each year
                y = each + 1 if following else each  # «…року, наступного за звітним»
                due = date(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
                start = min(start, due)
            elif following:  # «до 10 числа наступного місяця»
                y, mo = (each + 1, 1) if last == 12 else (each, last + 1)
                due = date(y, mo, min(day or 1, calendar.monthrange(y, mo)[1]))
            elif day is not None:
                due = date(each, last, min(day, calendar.monthrange(each, last)[1]))
                start = min(start, due)
            else:
                due = last_day(each, last)
            label = due.isoformat()
            parts.append(Deadline(text=label, kind=DeadlineKind.DATE, start=start, end=due))
    return tuple(parts)


def _plan_period(p: str, year: int, end_year: int) -> _Read | None:
    if not _PLAN_PERIOD.match(p):
        return None
    kind = DeadlineKind.YEARS if end_year > year else DeadlineKind.YEAR
    return _Read(kind, date(year, 1, 1), date(end_year, 12, 31))


_PLAN_YEAR = _Pattern(
    r"(?:(?:протягом|упродовж|впродовж|у|в|на|до кінця) )?"
    r"(?:(?P<n>перш|друг|трет|четверт|п'ят)\w*|(?P<d>[1-5])) "  # («2-й» is «2» by now)
    r"(?:рік|року|році)(?: (?:дії|реалізації|виконання) (?:програми|плану|стратегії)\w*)?"
)
_ORDINALS = {"перш": 1, "друг": 2, "трет": 3, "четверт": 4, "п'ят": 5}


def _plan_year(p: str, year: int, end_year: int) -> _Read | None:
    """The plan's year an ordinal names: «протягом першого року реалізації Програми», «2-й рік».

    Within the plan's period only; a later one is not understood.
    """
    m = _PLAN_YEAR.match(p)
    if m is None:
        return None
    n = _ORDINALS[m["n"]] if m["n"] else int(m["d"])
    if year + n - 1 > end_year:
        return None
    return _Read(DeadlineKind.YEAR, date(year + n - 1, 1, 1), date(year + n - 1, 12, 31))


_MOST_YEARS = 30
"""The most years a plan's term spans; «2025–2125» is no term."""


def _year_pair(m: re.Match[str], one: str = "y1", other: str = "y2") -> tuple[int, int]:
    """The first and last years of «2025-2027», «2025-27» (the second shortened)."""
    first, second = int(m[one]), m[other]
    return first, int(second) if len(second) == 4 else first // 100 * 100 + int(second)


def _years(p: str, _year: int, _end_year: int) -> _Read | None:
    m = _YEARS.match(p)
    if m is None:
        return None
    first, last = _year_pair(m)
    if not first < last <= first + _MOST_YEARS:
        return _UNKNOWN
    return _Read(DeadlineKind.YEARS, date(first, 1, 1), date(last, 12, 31))


def _academic_year(p: str, year: int, end_year: int) -> _Read | None:
    m = _ACADEMIC_YEAR.match(p)
    if m is None:
        start = _BY_SCHOOL_START.match(p)
        if start is not None:  # in a calendar year's plan, its September; in a school
            # year's, the next one only when said («нового»); in several years', each year's,
            # as «до 1 вересня» is
            school = end_year == year + 1
            if end_year != year and not school:
                return _phrase("до 1 вересня", year, end_year)
            y = end_year if school and start["next"] else year
            return _Read(DeadlineKind.DATE, date(year, 1, 1), date(y, 9, 1))
        this = _THIS_ACADEMIC_YEAR.match(p)
        if this is None:
            return None
        if end_year == year and this["by"]:
            # «до кінця навчального року» in a calendar year's plan: the school year that ends
            # in it, on 30 June (as «до початку навчального року» is its September)
            return _Read(DeadlineKind.DATE, date(year, 1, 1), date(year, 6, 30))
        if end_year != year + 1:  # a calendar year's plan: which school year is not said
            return _UNKNOWN
        kind = DeadlineKind.DATE if this["by"] else DeadlineKind.MONTH_RANGE
        return _Read(kind, date(year, 9, 1), date(end_year, 6, 30))
    first, last = _year_pair(m) if m["y1"] else _year_pair(m, "y3", "y4")
    if last != first + 1:
        return _UNKNOWN
    kind = DeadlineKind.DATE if m["by"] else DeadlineKind.MONTH_RANGE
    return _Read(kind, date(first, 9, 1), date(last, 6, 30))


def _whole_year(p: str, year: int, _end_year: int) -> _Read | None:
    m = _YEAR_THROUGHOUT.match(p) or _YEAR_PLAIN.match(p)
    if m is None:
        return None
    named = _named_year(m, "y")
    y = named or year
    return _within(DeadlineKind.YEAR, date(y, 1, 1), date(y, 12, 31), named)


def _by_end(p: str, year: int, _end_year: int) -> _Read | None:
    m = _BY_END.match(p)
    # «до вересня»: before it or by its end? «не пізніше вересня» is by its end
    if m is None or (m["m"] and not m["end"] and not p.startswith("не пізніше")):
        return None
    named = _named_year(m, "y", "qy", "hy", "my")
    y = named or year
    span = _named_span(m, y)
    if span is None:
        return _UNKNOWN
    return _within(DeadlineKind.DATE, date(min(y, year), 1, 1), span[1], named)


# «2025 рік і надалі», «ІІ квартал 2025 року та в подальшому»: from then on, as «з …»
_ONWARDS = re.compile(
    r"(.+?)(?: ?- ?(?:постійно|на постійній основі|(?:і |та )?надалі|триває)"  # «вересень 2025 –
    r"|,? (?:(?:і|та|й) (?:далі|надалі|в подальшому|у подальшому)"  # постійно»
    r"|(?:(?:і|та|й) )?(?:далі|надалі) ?[-–—:]? ?постійно"  # «ІІ квартал, далі – постійно»
    r"|(?:і|та|й) постійно))"  # «2025 рік та постійно»
)
_AND_LATER = compiled_on_use(
    r"(?:(?:у|в) )?(\d{4})(?: ?(?:року|рік|році|р\.?))?,? (?:та|і|й) (?:наступн|подальш)\w* ро\w+"
)
"""«у 2025 та наступних роках», «2025 р. та наступні роки»: from that year on."""


def _from(p: str, year: int, end_year: int) -> _Read | None:
    m = _FROM.match(p)
    if m is None and (onwards := _ONWARDS.fullmatch(p)) is not None:
        m = _FROM.match("з " + onwards[1])
        if m is None:  # «протягом 2025 року та надалі», «у 2025 році і в подальшому»
            then = _phrase(onwards[1], year, end_year)
            if then.kind in _ONE_YEAR and then.start is not None and then.end is not None:
                end = date(max(then.end.year, end_year), 12, 31)
                return _Read(DeadlineKind.CONTINUOUS, then.start, end)
    if m is None and (later := _AND_LATER().fullmatch(p)) is not None:
        m = _FROM.match(f"з {later[1]} року")
    if m is None:
        return None
    named = _named_year(m, "y", "qy", "hy", "my", "dy")
    y = named or year
    if m["d"]:  # «з 1 вересня 2025 року», «з 01.09.2025»
        first = date(y, _month(m["dm"]) if m["dm"] else int(m["dd"]), int(m["d"]))
        span: tuple[date, date] | None = (first, first)
    else:
        span = _named_span(m, y)
    if span is None:
        return _UNKNOWN
    note = None
    if named is None and end_year > year:
        note = f"no year named in a plan for {year}–{end_year}: read as from its first year on"
    return _Read(DeadlineKind.CONTINUOUS, span[0], date(max(y, end_year), 12, 31), note=note)


def _named_span(m: re.Match[str], y: int) -> tuple[date, date] | None:
    """The quarter («q»), half-year («h»), month («m») or else the year ``y`` a match names."""
    if m["q"]:
        q = _number(m["q"])
        if q is None or not 1 <= q <= 4:
            return None
        return date(y, 3 * q - 2, 1), last_day(y, 3 * q)
    if m["h"]:
        h = _number(m["h"])
        if h is None or not 1 <= h <= 2:
            return None
        return date(y, 6 * h - 5, 1), last_day(y, 6 * h)
    if m["m"]:
        month = _month(m["m"])
        return date(y, month, 1), last_day(y, month)
    return date(y, 1, 1), date(y, 12, 31)


def _quarter_range(p: str, year: int, _end_year: int) -> _Read | None:
    m = _QUARTER_RANGE.match(p)
    if m is None:
        return None
    first, last = _number(m["a"]), _number(m["b"])
    if first is None or last is None or not 1 <= first < last <= 4:
        return _UNKNOWN
    if m["sep"] != "-" and last != first + 1:
        return _UNKNOWN  # «І та ІІІ квартали» are two quarters, not a range
    named = _named_year(m, "y")
    y = named or year
    return _within(
        DeadlineKind.QUARTER_RANGE, date(y, 3 * first - 2, 1), last_day(y, 3 * last), named
    )


_LISTED = _Pattern(
    _IN
    + r"(?P<numbers>"
    + _NUM
    + r"(?:(?:,| та| і| й) "
    + _NUM
    + r")+) (?P<unit>квартал\w*|кв\.?|півріччя|півріччі|півр\.?)(?P<rest>(?: .+)?)"
)


def _listed(p: str, year: int, end_year: int) -> _Read | None:
    """Quarters or halves listed apart: «І та ІІІ квартали», «ІІ, IV квартали 2025 року» — stages.

    Two consecutive quarters joined by «та» («ІІІ та ІV квартали») are a range (below).
    """
    m = _LISTED.match(p)
    if m is None:
        return None
    numbers = re.split(r",? (?:та|і|й) |, ", m["numbers"])
    values = [_number(n) for n in numbers]
    unit = "півріччя" if m["unit"].startswith("пів") else "квартал"
    if unit == "квартал" and len(values) == 2 and values[0] and values[1] == values[0] + 1:
        if "," not in m["numbers"]:
            return None
        # «ІІ, ІІІ квартали»: two quarters in turn, a range as «ІІ та ІІІ квартали» is
        return _phrase(f"{numbers[0]}-{numbers[1]} квартали{m['rest']}", year, end_year)
    return _qualified(", ".join(f"{n} {unit}{m['rest']}" for n in numbers), year, end_year)


# «Початок: січень 2025; завершення: грудень 2025», "Start: Q1 2025, end: Q4 2026"
_START_END = compiled_on_use(
    r"(?:дата )?(?:початок|початку|start)(?: date)?(?: виконання| реалізації)? ?[:-] ?(?P<a>.+?)"
    r" ?[;,] ?(?:дата )?(?:завершення|закінчення|кінець|end)(?: date)?"
    r"(?: виконання| реалізації)? ?[:-] ?(?P<b>.+)"
)
_RANGE_OF = {
    DeadlineKind.MONTH: DeadlineKind.MONTH_RANGE,
    DeadlineKind.QUARTER: DeadlineKind.QUARTER_RANGE,
    DeadlineKind.YEAR: DeadlineKind.YEARS,
}


def _range_kind(first: DeadlineKind, last: DeadlineKind) -> DeadlineKind:
    """The kind of a range from one term to another.

    Of years, quarters or months where both ends are one of them, else of
    dates (a month to a day, a quarter to a month …).
    """
    if first is last:
        return _RANGE_OF.get(first, DeadlineKind.DATE_RANGE)
    return DeadlineKind.DATE_RANGE


def _start_end(p: str, year: int, end_year: int) -> _Read | None:
    """A term written as its start and its end, each labelled."""
    m = _START_END().fullmatch(p)
    if m is None:
        return None
    first, last = _phrase(m["a"], year, end_year), _phrase(m["b"], year, end_year)
    if first.kind not in ONE_INTERVAL or last.kind not in ONE_INTERVAL:
        return _UNKNOWN
    if first.start is None or last.end is None or first.start > last.end:
        return _UNKNOWN
    return _Read(_range_kind(first.kind, last.kind), first.start, last.end)


def _period_span(p: str, _year: int, _end_year: int) -> _Read | None:
    m = _PERIOD_SPAN.match(p)
    if m is None:
        return None
    months = 6 if m["unit"].startswith("пів") else 3
    first, last = _number(m["a"]), _number(m["b"])
    start_year, end_year = int(m["y1"]), int(m["y2"])
    periods = range(1, 12 // months + 1)
    if first is None or last is None or first not in periods or last not in periods:
        return _UNKNOWN
    start = date(start_year, months * (first - 1) + 1, 1)
    end = last_day(end_year, months * last)
    if end <= last_day(start_year, months * first):  # no later than its own first period
        return _UNKNOWN
    kind = DeadlineKind.QUARTER_RANGE if months == 3 else DeadlineKind.HALF_YEAR
    return _Read(kind, start, end)


def _quarter(p: str, year: int, _end_year: int) -> _Read | None:
    return _part_of_year(_QUARTER.match(p), year, _QUARTERS, DeadlineKind.QUARTER)


def _half(p: str, year: int, _end_year: int) -> _Read | None:
    return _part_of_year(_HALF.match(p), year, _HALVES, DeadlineKind.HALF_YEAR)


def _nine_months(p: str, year: int, _end_year: int) -> _Read | None:
    m = _NINE_MONTHS.match(p)
    if m is None:
        return None
    named = _named_year(m, "y")
    y = named or year
    return _within(DeadlineKind.MONTH_RANGE, date(y, 1, 1), date(y, 9, 30), named)


def _semester(p: str, year: int, _end_year: int) -> _Read | None:
    """A school year's half: «І семестр» is September to December, «ІІ семестр» January to June.

    Of a school year named («2025/2026 навчального року»), the first half is in its
    first year, the second in its second.
    """
    m = _SEMESTER.match(p)
    if m is None or m["y1"] is None:
        return _part_of_year(m, year, _SEMESTERS, DeadlineKind.MONTH_RANGE)
    first, last = _year_pair(m)
    which = _number(m["a"])
    if last != first + 1 or which not in (1, 2):
        return _UNKNOWN
    y = first if which == 1 else last
    months = _SEMESTERS[which - 1]
    return _Read(DeadlineKind.MONTH_RANGE, date(y, months[0], 1), last_day(y, months[1]))


_QUARTERS = ((1, 3), (4, 6), (7, 9), (10, 12))
_HALVES = ((1, 6), (7, 12))
_SEMESTERS = ((9, 12), (1, 6))


def _part_of_year(
    m: re.Match[str] | None, year: int, parts: tuple[tuple[int, int], ...], kind: DeadlineKind
) -> _Read | None:
    """The part numbered ``m["a"]`` of a year («ІІ квартал»): ``parts`` are their months."""
    if m is None:
        return None
    which = _number(m["a"])
    if which is None or not 1 <= which <= len(parts):
        return _UNKNOWN
    named = _named_year(m, "y")
    y = named or year
    first, last = parts[which - 1]
    return _within(kind, date(y, first, 1), last_day(y, last), named)


def _month_range(p: str, year: int, _end_year: int) -> _Read | None:
    m = _MONTH_RANGE.match(p)
    if m is None:
        return None
    first, last = _month(m["m1"]), _month(m["m2"])
    named = _named_year(m, "y")
    y_last = named or year
    y_first = _named_year(m, "y1") or y_last
    consecutive_only = m["sep"].strip() in ("та", "і", "й")
    if named is None and m["y1"] is None and first > last and not consecutive_only:
        return _wrapped(DeadlineKind.MONTH_RANGE, date(year, first, 1), last_day(year + 1, last))
    start, end = date(y_first, first, 1), last_day(y_last, last)
    if start > end or (y_first == y_last and first >= last):
        return _UNKNOWN
    if consecutive_only and (last != first + 1 or y_first != y_last):
        return _UNKNOWN
    return _within(DeadlineKind.MONTH_RANGE, start, end, named)


def _season(p: str, year: int, _end_year: int) -> _Read | None:
    m = _SEASON.match(p)
    if m is None:
        return None
    first = _SEASON_MONTHS[m["first"]][0]
    last = _SEASON_MONTHS[m["last"] or m["first"]][1]
    if last < first:
        return _UNKNOWN
    named = _named_year(m, "y")
    y = named or year
    return _within(DeadlineKind.MONTH_RANGE, date(y, first, 1), last_day(y, last), named)


def _winter(p: str, _year: int, _end_year: int) -> _Read | None:
    """«Зимовий період 2025/2026 року»: December of the first year to February of the next."""
    m = _WINTER.match(p)
    if m is None:
        return None
    first, last = _year_pair(m)
    if last != first + 1:
        return _UNKNOWN
    return _Read(DeadlineKind.MONTH_RANGE, date(first, 12, 1), last_day(last, 2))


def _month_one(p: str, year: int, _end_year: int) -> _Read | None:
    m = _MONTH_ONE.match(p)
    if m is None:
        return None
    named = _named_year(m, "y")
    y, mo = named or year, _month(m["m"])
    return _within(DeadlineKind.MONTH, date(y, mo, 1), last_day(y, mo), named)


def _date_range(p: str, year: int, _end_year: int) -> _Read | None:
    m = _DATE_RANGE_DIGITS.match(p)
    if m is not None:
        named = _named_year(m, "y2")
        y2 = named or year
        y1 = _named_year(m, "y1") or y2
        start = date(y1, int(m["mm1"] or m["mm2"]), int(m["d1"]))
        end = date(y2, int(m["mm2"]), int(m["d2"]))
    else:
        m = _DATE_RANGE_WORDS.match(p)
        if m is None:
            return None
        named = _named_year(m, "y")
        y2 = named or year
        y1 = _named_year(m, "y1") or y2
        month2 = _month(m["m2"])
        start = date(y1, _month(m["m1"]) if m["m1"] else month2, int(m["d1"]))
        end = date(y2, month2, int(m["d2"]))
    if start > end and named is None and m["y1"] is None and start.month > end.month:
        return _wrapped(DeadlineKind.DATE_RANGE, start, end.replace(year=end.year + 1))
    if start > end:
        return _UNKNOWN
    return _within(DeadlineKind.DATE_RANGE, start, end, named)


WRAPPED = "ends before it begins"
"""How the note of a range read into the next year begins («з 1 вересня по 31 травня»)."""


def _wrapped(kind: DeadlineKind, start: date, end: date) -> _Read:
    """A range without years whose end comes before its start in the year: it ends in the next.

    «вересень – травень» (a school year), «з 15 листопада по 15 березня» (a
    heating season) run from the year read into the next, which a note says.
    """
    return _Read(kind, start, end, note=f"{WRAPPED}: read from {start} to {end}", yearly=True)


def _date_words(p: str, year: int, _end_year: int) -> _Read | None:
    m = _DATE_WORDS.match(p)
    if m is None:
        return None
    named = _named_year(m, "y")
    return _date(m["by"], named, _month(m["m"]), int(m["d"]), year)


def _date_digits(p: str, year: int, _end_year: int) -> _Read | None:
    m = _DATE_DIGITS.match(p)
    if m is None:
        return None
    # alone and without a year, a day and month written in two figures each («15.03», «01.12»):
    # «1.10» or «3.5» is a number as much as a date
    if m["y"] is None and not m["by"] and not (len(m["d"]) == len(m["mm"]) == 2):
        return None
    return _date(m["by"], _named_year(m, "y"), int(m["mm"]), int(m["d"]), year)


def _date(by: str | None, named: int | None, month: int, day: int, plan_year: int) -> _Read:
    y = named or plan_year
    end = date(y, month, day)
    start = date(min(y, plan_year), 1, 1) if by and by != "не раніше" else end
    return _within(DeadlineKind.DATE, start, end, named)


_FROM_TO = re.compile(r"(?:з|від|із) (.+?) (по|до) (.+)")


def _between(p: str, year: int, end_year: int) -> _Read | None:
    """From a term of one sort to one of another: «2025 р. – І квартал 2026 р.».

    «з березня 2025 р. по ІІ квартал 2026 р.», «з 01.03.2025 до кінця 2026 року»:
    from the first term's start to the second's end.
    """
    splits = []
    m = _FROM_TO.fullmatch(p)
    if m is not None:
        splits.append((m[1], m[3] if m[2] == "по" else f"до {m[3]}"))
    if p.count("-") <= 3:  # each split reads both sides: a few at most
        for dash in re.finditer("-", p):
            splits.append((p[: dash.start()].strip(), p[dash.end() :].strip()))
    for first, last in splits:
        if not first or not last:
            continue
        a, b = _phrase(first, year, end_year), _phrase(last, year, end_year)
        if a.kind not in ONE_INTERVAL or b.kind not in ONE_INTERVAL:
            continue
        if a.yearly and not b.yearly and b.end is not None:  # «І квартал – вересень 2026 р.»
            a = _phrase(first, b.end.year, b.end.year)
        elif b.yearly and not a.yearly and a.end is not None:  # «з березня 2025 р. по ІІ квартал»
            b = _phrase(last, a.end.year, max(a.end.year, end_year))
            if a.kind is DeadlineKind.YEARS:
                continue  # «2025–2027 рр. – ІІ квартал»: a quarter of those years, not a range
            if b.end is not None and b.end < a.end:  # «ІV квартал 2025 – І квартал»: the next
                b = _phrase(last, a.end.year + 1, max(a.end.year + 1, end_year))
        if a.start is None or a.end is None or b.end is None:
            continue
        if a.start < b.end and a.end <= b.end and b.kind in ONE_INTERVAL:
            # years to a year are years («з 2025 по 2027 рік»), months to a month months
            kind = _range_kind(a.kind, b.kind)
            return _Read(kind, a.start, b.end, yearly=a.yearly and b.yearly)
    return None


_RULES = (
    _continuous,
    _then_yearly,
    _then_every,
    _days_after,
    _unfixed,
    _scheduled,
    _recurring,
    _month_day,
    _monthly_days,
    _plan_period,
    _plan_year,
    _years,
    _academic_year,
    _whole_year,
    _by_end,
    _from,
    _listed,
    _start_end,
    _quarter_range,
    _period_span,
    _quarter,
    _half,
    _semester,
    _nine_months,
    _date_range,
    _month_range,
    _month_one,
    _season,
    _winter,
    _date_words,
    _date_digits,
    _year_first,
    _between,
)
