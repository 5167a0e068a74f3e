"""Deadlines («строк виконання»): the raw phrase and the interval it means.

``Deadline.parse`` understands the phrasings of real plans — quarters written
with mixed Cyrillic and Latin numerals, half-years, months in any case, dates,
whole years, year ranges, «постійно», recurring terms — and resolves them
against the plan's year. A phrase it does not understand keeps its text, gets
kind ``UNKNOWN`` and no interval: it is never guessed.
"""

from __future__ import annotations

import calendar
import enum
import re
import unicodedata
from datetime import date
from functools import lru_cache

import attrs

from civplan._errors import PlanValidationError
from civplan.model.months import MONTH_OF_FORM, alternation


class DeadlineKind(enum.Enum):
    """What sort of term a deadline phrase names."""

    QUARTER = "quarter"
    QUARTER_RANGE = "quarter_range"
    HALF_YEAR = "half_year"
    MONTH = "month"
    MONTH_RANGE = "month_range"
    DATE = "date"
    YEAR = "year"
    YEARS = "years"
    CONTINUOUS = "continuous"
    RECURRING = "recurring"
    UNFIXED = "unfixed"
    """Understood, but names no fixed interval: «за потреби», «у місячний строк»."""
    UNKNOWN = "unknown"
    """Not understood; the text is kept and there is no interval."""


_NO_INTERVAL = frozenset({DeadlineKind.UNFIXED, DeadlineKind.UNKNOWN})


def _check_interval(instance: Deadline, _attribute: object, _value: object) -> None:
    start, end, kind = instance.start, instance.end, instance.kind
    if (start is None) != (end is None):
        raise PlanValidationError("a deadline needs both start and end, or neither")
    if start is not None and end is not None and start > end:
        raise PlanValidationError(f"deadline starts after it ends ({start} > {end})")
    if kind in _NO_INTERVAL and start is not None:
        raise PlanValidationError(f"a deadline of kind {kind.value!r} has no interval")
    if kind not in _NO_INTERVAL and start is None:
        raise PlanValidationError(f"a deadline of kind {kind.value!r} needs start and end")


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
    """

    text: str
    kind: DeadlineKind = attrs.field(default=DeadlineKind.UNKNOWN, validator=_check_interval)
    start: date | None = None
    end: date | None = None

    @property
    def understood(self) -> bool:
        """Whether the phrase was recognised (every kind but ``UNKNOWN``)."""
        return self.kind is not DeadlineKind.UNKNOWN

    @classmethod
    def parse(cls, text: str, *, year: int, end_year: int | None = None) -> Deadline:
        """Read a deadline phrase, resolving it against the plan's years.

        Args:
            text: the phrase as written; kept verbatim in the result.
            year: the plan's year, used where the phrase names none.
            end_year: the last year of a multi-year plan; continuous and
                recurring terms span ``year`` … ``end_year``.

        Returns:
            The deadline. An unknown or impossible phrase («V квартал»,
            «31 лютого») gives kind ``UNKNOWN`` and no interval; this method
            never raises for any text.
        """
        return _parsed(text, year, end_year or year)

    def __str__(self) -> str:
        return self.text


# --- the grammar -----------------------------------------------------------

_DASH = re.compile(r"\s*[\u2010-\u2015\u2212-]\s*")
_ROMAN_LETTERS = str.maketrans({"і": "i", "ӏ": "i", "х": "x"})
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_ORDINAL_WORDS = (("перш", 1), ("друг", 2), ("трет", 3), ("четверт", 4))


class _Pattern:
    """A regular expression compiled on first use, so that importing civplan stays quick."""

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled.match(text)


_NUM = r"(?:[iіӏvxх]{1,4}|[1-6]|перш\w*|друг\w*|трет\w*|четверт\w*)(?:-?(?:й|го|му|ий|ій))?"
_MONTH = "(?:" + alternation() + ")"
_YEAR = r"(?:\s?(?P<{0}>\d{{4}})\s?(?:року|рік|році|рр\.?|р\.?)?)"
_IN = r"(?:(?:у|в|протягом|упродовж|впродовж|на|за) )?"
_QUARTER_WORD = r"(?:квартал\w*|кв\.?)"
_HALF_WORD = r"(?:півріччя|півріччі|півр\.?)"
_END = r"\.?$"


def _full(pattern: str) -> _Pattern:
    return _Pattern("^" + pattern + _END)


_CONTINUOUS = _full(r"(?:постійно|на постійній основі)")
_UNFIXED = _full(
    r"(?:(?:за|у разі|в разі) (?:потреби|необхідності)"
    r"|(?:у|в) (?:[\w-]+ )?(?:\w+ий|\w+ний) (?:строк|термін))"
)
_RECURRING = _full(
    r"(?:щокварталу|щоквартально|щомісяця|щомісячно|щороку|щорічно|щопівроку"
    r"|щотижня|щотижнево|щоденно|щодня)(?: .*)?"
)
_YEARS = _full(_IN + r"(?P<y1>\d{4})-(?P<y2>\d{4})(?: ?(?:роки|років|роках|рр\.?|р\.?))?")
_YEAR_THROUGHOUT = _full(
    r"(?:протягом|упродовж|впродовж) (?:(?:поточного|звітного) )?"
    r"(?:року|(?P<y>\d{4}) ?(?:року|р\.?))"
)
_YEAR_PLAIN = _full(r"(?:(?:у|в|на) )?(?P<y>\d{4})(?: ?(?:рік|році|року|р\.?))?")
_QUARTER_RANGE = _full(
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
_QUARTER = _full(_IN + r"(?P<a>" + _NUM + r") " + _QUARTER_WORD + _YEAR.format("y") + "?")
_HALF = _full(_IN + r"(?P<a>" + _NUM + r") " + _HALF_WORD + _YEAR.format("y") + "?")
_MONTH_RANGE = _full(
    r"(?:(?:у|в|протягом|упродовж|впродовж|з) )?(?P<m1>" + _MONTH + r")"
    r"(?P<sep>-| (?:по|до|та|і|й) )(?P<m2>" + _MONTH + r")" + _YEAR.format("y") + "?"
)
_MONTH_ONE = _full(_IN + r"(?P<m>" + _MONTH + r")" + _YEAR.format("y") + "?")
_DATE_WORDS = _full(
    r"(?:(?P<by>до|не пізніше(?: ніж)?) )?(?P<d>\d{1,2}) (?P<m>"
    + _MONTH
    + r")"
    + _YEAR.format("y")
    + "?"
)
_DATE_DIGITS = _full(
    r"(?:(?P<by>до|не пізніше(?: ніж)?) )?(?P<d>\d{1,2})\.\s?(?P<mm>\d{1,2})\.\s?"
    r"(?P<y>\d{4}|\d{2})(?: ?(?:року|р\.?))?"
)

_Interval = tuple[DeadlineKind, date | None, date | None]
_UNKNOWN: _Interval = (DeadlineKind.UNKNOWN, None, None)


@lru_cache(maxsize=4096)  # plans repeat their phrases («протягом року») thousands of times
def _parsed(text: str, year: int, end_year: int) -> Deadline:
    kind, start, end = _read(text, year, end_year)
    return Deadline(text=text, kind=kind, start=start, end=end)  # frozen: safe to share


def _read(text: str, year: int, end_year: int) -> _Interval:
    return _interpret(_normalize(text), year, end_year)


def _normalize(text: str) -> str:
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return _DASH.sub("-", folded).strip(" ,;:")


def _number(token: str) -> int | None:
    core = re.sub(r"-?(?:й|го|му|ий|ій)$", "", token)
    if core.isdigit():
        return int(core)
    for stem, value in _ORDINAL_WORDS:
        if core.startswith(stem):
            return value
    return _ROMAN.get(core.translate(_ROMAN_LETTERS))


def _month(token: str) -> int:
    return MONTH_OF_FORM[token]  # the grammar only passes months


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(match: re.Match[str], default: int) -> int:
    found = match.groupdict().get("y")
    return int(found) if found else default


def _interpret(phrase: str, year: int, end_year: int) -> _Interval:
    try:
        return _interpret_unchecked(phrase, year, end_year)
    except (ValueError, OverflowError):
        # an impossible date (31 лютого, year 0): not understood, never a crash
        return _UNKNOWN


def _interpret_unchecked(phrase: str, year: int, end_year: int) -> _Interval:
    kind = DeadlineKind
    if _CONTINUOUS.match(phrase):
        return kind.CONTINUOUS, date(year, 1, 1), date(max(year, end_year), 12, 31)
    if _UNFIXED.match(phrase):
        return kind.UNFIXED, None, None
    if _RECURRING.match(phrase):
        return kind.RECURRING, date(year, 1, 1), date(max(year, end_year), 12, 31)
    if m := _YEARS.match(phrase):
        first, last = int(m["y1"]), int(m["y2"])
        if first >= last:
            return _UNKNOWN
        return kind.YEARS, date(first, 1, 1), date(last, 12, 31)
    if m := _YEAR_THROUGHOUT.match(phrase) or _YEAR_PLAIN.match(phrase):
        y = _year(m, year)
        return kind.YEAR, date(y, 1, 1), date(y, 12, 31)
    if m := _QUARTER_RANGE.match(phrase):
        return _quarter_range(m, year)
    if m := _QUARTER.match(phrase):
        q = _number(m["a"])
        if q is None or not 1 <= q <= 4:
            return _UNKNOWN
        y = _year(m, year)
        return kind.QUARTER, date(y, 3 * q - 2, 1), _last_day(y, 3 * q)
    if m := _HALF.match(phrase):
        h = _number(m["a"])
        if h is None or not 1 <= h <= 2:
            return _UNKNOWN
        y = _year(m, year)
        return kind.HALF_YEAR, date(y, 6 * h - 5, 1), _last_day(y, 6 * h)
    if m := _MONTH_RANGE.match(phrase):
        first, last = _month(m["m1"]), _month(m["m2"])
        consecutive_only = m["sep"].strip() in ("та", "і", "й")
        if first >= last or (consecutive_only and last != first + 1):
            return _UNKNOWN
        y = _year(m, year)
        return kind.MONTH_RANGE, date(y, first, 1), _last_day(y, last)
    if m := _MONTH_ONE.match(phrase):
        y, mo = _year(m, year), _month(m["m"])
        return kind.MONTH, date(y, mo, 1), _last_day(y, mo)
    if m := _DATE_WORDS.match(phrase):
        return _date(m["by"], _year(m, year), _month(m["m"]), int(m["d"]), year)
    if m := _DATE_DIGITS.match(phrase):
        y = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        return _date(m["by"], y, int(m["mm"]), int(m["d"]), year)
    return _UNKNOWN


def _quarter_range(m: re.Match[str], year: int) -> _Interval:
    first, last = _number(m["a"]), _number(m["b"])
    if first is None or last is None or not 1 <= first < last <= 4:
        return _UNKNOWN
    if m["sep"] != "-" and last != first + 1:
        return _UNKNOWN  # «І та ІІІ квартали» are two quarters, not a range
    y = _year(m, year)
    return DeadlineKind.QUARTER_RANGE, date(y, 3 * first - 2, 1), _last_day(y, 3 * last)


def _date(by: str | None, y: int, month: int, day: int, plan_year: int) -> _Interval:
    end = date(y, month, day)
    start = date(min(y, plan_year), 1, 1) if by else end
    return DeadlineKind.DATE, start, end
