"""Dated events an outcome text reports, and whether they fall within the term.

Outcomes list events with their dates as people write them: «21 березня»,
«17 - 19 жовтня», «29-30 березня та 19 квітня 2017 року» (the year once, for
the whole list), «У грудні», «Проведено у листопаді», «19.03. 2020 року»,
«від 05 грудня 2019 року», «грудень 2017 року», a month as a label («Січень: флешмоб»,
«виставка (березень)»). Each becomes an interval of
dates, in the plan's year unless the text names another. An event outside
the measure's term is worth showing a reader; it never changes a status.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

import attrs

from civplan.model.months import MONTH_OF_FORM, MONTH_STEMS, alternation, last_day
from civplan.model.scan import has_digit, lowered

_DASH = r"\s*[-–—]\s*"
_YEAR = r"(?:\s*(?P<year>(?:19|20)\d\d)\s*(?:року|рік|р\.|р\b)?)?"
_TO = _DASH + r"|\s+по\s+"  # «17 – 19 жовтня», «з 1 по 5 вересня»
_DAY_ITEM = r"\d{1,2}(?:(?:" + _TO + r")\d{1,2})?"
_RANGE = re.compile(_TO, re.IGNORECASE)
_DAY_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:та|і|й)\s+", re.IGNORECASE)
# each pattern first asks of a place the one character it can begin with, which a scan of
# a Cyrillic text does far faster than trying its alternatives there
_DAYS = re.compile(
    r"(?=\d)(?<![\d.])(?P<days>"
    + _DAY_ITEM
    + r"(?:(?:\s*,\s*|\s+(?:та|і|й)\s+)"
    + _DAY_ITEM
    + r")*)"
    r"\s+(?P<month>" + alternation("genitive") + r")\b" + _YEAR,
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?=\d)(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.\s?(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_SHORT_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})")
_DOTTED_LIST = re.compile(
    r"(?=\d)(?<![\d.])(?P<items>\d{1,2}\.\d{1,2}(?:(?:\s*,\s*|\s+(?:та|і|й)\s+)\d{1,2}\.\d{1,2}){0,11})"
    r"(?:\s*,\s*|\s+(?:та|і|й)\s+)(?=\d{1,2}\.\d{1,2}\.\s?(?P<year>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE,
)
"""Days and months listed before a full date, which names their year: «05.04, 04.07 та
28.12.2025»."""
_SHORT_MONTH = re.compile(r"\.(?:0[1-9]|1[0-2])(?![.,]?\d)")
"""The month of a day and month with no year («.03» of «14.03»; not of «14.03.2025», nor of
the decimal «14.035»), found by its dot, which is quick to look for."""
_EVENT_BEFORE = re.compile(
    # an event's noun and a word or two of it right before a day: «Засідання 14.03», «нарада
    # ради – 05.06», «засідання проведено 12.03»
    r"(?<![\w'’])(?:засіданн|семінар|нарад|зустріч|тренінг|вебінар|конференці|форум|збор"
    r"|прийом|конкурс|фестивал|концерт|виставк|акці|сесі|слуханн|консультаці|круглий стіл"
    r"|круглого столу|флешмоб|зібранн|змаганн|турнір|марафон|лекці|екскурсі|презентаці"
    # a day kept: «День Соборності (22.01)», «свято села (19.08)», «мітинг-реквієм (22.06)»
    r"|день|свят|мітинг|вшануванн|покладанн)"
    # «флешмоб (22.01)»: the day in brackets after it
    r"\w*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*(?:[-–—:(]\s*|від\s+)?$",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*,\s*|\s+(?:та|і|й)\s+")
_LABEL_DASH = re.compile(r"\s*[–—-]\s+[^\W\d]")
"""A dash after a day and before its event's words: «23.08 – концерт»."""
_ITEM_START = re.compile(r"(?:^|[;\n•]|\d\)|^-)\s*$")
"""Where a list's item begins, before its day: the text's start, a «;», a line, «1)»."""
_BEFORE_AN_EVENT = 100
"""How far before a day its event's noun and words are sought (the noun and two words)."""
_MONTH_IN = re.compile(
    r"(?=[увУВ])(?<![\w'’])(?:у|в)\s+(?P<month>" + alternation("locative") + r")\b" + _YEAR,
    re.IGNORECASE,
)
_MONTH_LISTED = re.compile(
    r"(?:\s*,\s*|\s+(?:та|і|й)\s+)(?:(?:у|в)\s+)?(?P<month>"
    + alternation("locative")
    + r")\b"
    + _YEAR,
    re.IGNORECASE,
)
"""A month listed after one «у березні»: «… та червні», «…, в червні»."""
_FIRST_LETTERS = "".join(sorted({month[0] for month in alternation("nominative").split("|")}))
_MONTH_NAMED = re.compile(
    rf"(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])(?<![\w'’])"
    r"(?P<month>" + alternation("nominative") + r")\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_MONTH_LABEL = re.compile(
    rf"(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])(?:(?<=\()|(?<=\n)|(?<=[.;] )|^)"
    r"(?P<month>" + alternation("nominative") + r")(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"(?=\s*:|\))",
    re.IGNORECASE,
)
"""A month named as a label of what was done in it: «Січень: флешмоб …», or in brackets after
an event («виставка вишивки (березень)»; not «І квартал (лютий)», a term)."""
_JOINED = re.compile(r"\s*(?:,|та|і|й|and)?\s*", re.IGNORECASE)
_AROUND = 600
"""The most characters of its clause an event's text keeps on either side of its phrase."""
_CLAUSE = re.compile(r"[;\n]|\.(?=\s+[А-ЯІЇЄҐA-Z])")


@attrs.frozen
class Event:
    """An event an outcome text reports, with its dates.

    Attributes:
        start: its first day.
        end: its last day (the same as ``start`` for a one-day event; the
            month's last day for «у грудні»).
        phrase: the dates as the text writes them («29-30 березня»).
        text: the clause the event is reported in.
    """

    start: date
    end: date
    phrase: str
    text: str


def find_events(text: str, year: int) -> tuple[Event, ...]:
    """The dated events in an outcome text, in the order they appear.

    Args:
        text: the outcome text.
        year: the year of dates that name none (the plan's year), unless a
            date later in the same list names one.
    """
    digits = has_digit(text)
    folded = lowered(text)
    # every event names a number or a month, and all but «19.03.2020» a month: quick checks
    named = False
    for stem in MONTH_STEMS:  # a scan in C each, no generator: this runs for every outcome
        if stem in folded:
            named = True
            break
    if not (digits or named):
        return ()
    found: list[tuple[int, int, date, date]] = []
    spans = []
    for match in _DAYS.finditer(text) if digits and named else ():
        found.extend(_days(match, year))
        spans.append((match.start(), match.end()))
    _carry_years_back(text, found, spans, year)
    for match in _DIGITS.finditer(text) if digits else ():
        day = _date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day is not None:
            found.append((match.start(), match.end(), day, day))
    if digits and "." in text:  # «05.04, 04.07 та 28.12.2025»: the year once, for the list
        for match in _DOTTED_LIST.finditer(text):
            y = int(match["year"])
            for item in _SHORT_DATE.finditer(match["items"]):
                day = _date(y, int(item["month"]), int(item["day"]))
                if day is not None:
                    at = match.start() + item.start()
                    found.append((at, match.start() + item.end(), day, day))
    if digits and "." in text:
        found.extend(_named_days(text, year, [(s, e) for s, e, *_ in found]))
    if len(found) > 1:
        _join_ranges(text, found)
    # the places of the text a date read already holds: a month there is part of it (a set,
    # so that a text of thousands of dates is read in linear time)
    taken = {at for s, e, *_ in found for at in range(s, e)}
    months = (_MONTH_IN, _MONTH_LABEL, _MONTH_NAMED) if digits else (_MONTH_IN, _MONTH_LABEL)
    for pattern in months if named else ():
        for match in pattern.finditer(text):
            if match.start() in taken:
                continue
            if (
                pattern is _MONTH_LABEL
                and text.startswith(")", match.end())  # «(березень)»: only after an event
                and not _EVENT_BEFORE.search(
                    text, max(0, match.start() - _BEFORE_AN_EVENT), match.start()
                )
            ):
                continue
            listed = [match]
            while pattern is _MONTH_IN and (more := _MONTH_LISTED.match(text, listed[-1].end())):
                listed.append(more)  # «у березні та червні»: each month an event
            for item in listed:
                month = MONTH_OF_FORM[item["month"].casefold()]
                y = int(item["year"]) if item["year"] else year
                begins = item.start("month") if item is not match else item.start()
                found.append((begins, item.end(), date(y, month, 1), last_day(y, month)))
                taken.update(range(item.start(), item.end()))  # «Травень 2025:», a label, once
    found.sort(key=lambda item: item[0])
    breaks = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)] if found else []
    return tuple(
        Event(start=start, end=end, phrase=text[s:e].strip(), text=_clause(text, breaks, s, e))
        for s, e, start, end in found
    )


def _named_days(
    text: str, year: int, dated: list[tuple[int, int]]
) -> list[tuple[int, int, date, date]]:
    """Days and months without a year after an event's noun, in the plan's year.

    «Засідання 14.03», «засідання проведено 12.03, 15.06 та 10.12» (the days listed
    after the first go with it); not a day that is part of a date read before.
    """
    days: list[tuple[int, int, date, date]] = []
    listed_to = -1  # where the last day of an event's list ends
    for match in _SHORT_MONTH.finditer(text):
        dot = match.start()
        at = dot - 2 if dot >= 2 and text[dot - 2 : dot].isdecimal() else dot - 1
        if (
            at < 0
            or not text[at].isdecimal()
            or (at and text[at - 1] in "0123456789.")
            or any(s <= at < e for s, e in dated)
        ):
            continue
        if not (
            (listed_to >= 0 and _LISTED.fullmatch(text, listed_to, at))
            or _EVENT_BEFORE.search(text, max(0, at - _BEFORE_AN_EVENT), at)
            # «1) 23.08 – урочисте підняття прапора; 2) 24.08 – концерт»: a list's day, its
            # event after a dash
            or (
                _LABEL_DASH.match(text, match.end()) is not None
                and _ITEM_START.search(text, max(0, at - 6), at) is not None
            )
        ):
            listed_to = -1
            continue
        listed_to = match.end()
        found = _date(year, int(match[0][1:]), int(text[at:dot]))
        if found is not None:
            days.append((at, match.end(), found, found))
    return days


def _join_ranges(text: str, found: list[tuple[int, int, date, date]]) -> None:
    """«01.09.2025–05.09.2025», «з 01.09.2025 по 05.09.2025»: one event, from one to the other."""
    found.sort(key=lambda item: item[0])
    at = 0
    while at + 1 < len(found):
        start, end, first, _last = found[at]
        following = found[at + 1]
        if _RANGE.fullmatch(text[end : following[0]]) and first <= following[3]:
            found[at : at + 2] = [(start, following[1], first, following[3])]
        else:
            at += 1


def _days(match: re.Match[str], year: int) -> list[tuple[int, int, date, date]]:
    """One event per day or day range of «10, 12 та 15-16 травня»."""
    month = MONTH_OF_FORM[match["month"].casefold()]
    y = int(match["year"]) if match["year"] else year
    events = []
    for item in _DAY_SEPARATOR.split(match["days"]):
        bounds = _RANGE.split(item)
        first, last = _date(y, month, int(bounds[0])), _date(y, month, int(bounds[-1]))
        if first is not None and last is not None and first <= last:
            events.append((match.start(), match.end(), first, last))
    return events


def _carry_years_back(
    text: str, found: list[tuple[int, int, date, date]], spans: list[tuple[int, int]], year: int
) -> None:
    """«29-30 березня та 19 квітня 2017 року»: the year named last holds for the whole list."""
    for index in range(len(found) - 2, -1, -1):
        start, end, first, last = found[index]
        following = found[index + 1]
        between = text[end : following[0]]
        if first.year == year and following[2].year != year and _JOINED.fullmatch(between):
            moved = following[2].year
            new_first, new_last = (
                _date(moved, first.month, first.day),
                _date(moved, last.month, last.day),
            )
            if new_first is not None and new_last is not None:
                found[index] = (start, end, new_first, new_last)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # «31 лютого» is no date: not an event


def _clause(text: str, breaks: list[tuple[int, int]], start: int, end: int) -> str:
    """The clause of ``text`` around ``start`` … ``end``, between the ``breaks`` found in it."""
    at = bisect.bisect_left(breaks, (start,))
    # a break ending by the phrase's start; a break that begins before it and ends after is
    # no clause's end («.» before a capital) — the one after the phrase is
    begin = max((e for _, e in breaks[max(0, at - 1) : at] if e <= start), default=0)
    after = bisect.bisect_left(breaks, (end,))
    finish = breaks[after][0] if after < len(breaks) else len(text)
    # a clause of hundreds of words (a list of dates without a full stop) is shown around
    # the phrase: each event's text stays short, however many the clause holds
    head = tail = ""
    if start - begin > _AROUND:  # from a word's start
        begin, head = text.find(" ", start - _AROUND, start) + 1 or start, "… "
    if finish - end > _AROUND:  # to a word's end
        finish, tail = max(text.rfind(" ", end, end + _AROUND), end), " …"
    return head + " ".join(text[begin:finish].split()) + tail


def outside(event: Event, start: date | None, end: date | None) -> bool:
    """Whether ``event`` falls, in whole or in part, outside the term ``start`` … ``end``."""
    if start is None or end is None:
        return False
    return event.start < start or event.end > end
