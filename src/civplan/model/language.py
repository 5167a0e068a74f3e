"""The languages of what report readers see, and dates written in them."""

from __future__ import annotations

from datetime import date

from civplan._vocabulary import LANGS, Lang
from civplan.model.months import MONTHS

__all__ = ["LANGS", "Lang", "format_date", "format_interval", "format_short_interval"]


def format_date(day: date, lang: Lang = "uk") -> str:
    """A date as a reader of ``lang`` writes it: «28 листопада 2017 р.», "28 November 2017"."""
    month = MONTHS[day.month - 1]
    if lang == "en":
        return f"{day.day} {month.english} {day.year}"
    return f"{day.day} {month.genitive} {day.year} р."


def format_interval(start: date, end: date, lang: Lang = "uk") -> str:
    """An interval of dates: «1 жовтня 2017 р. – 31 грудня 2017 р.»."""
    if start == end:
        return format_date(start, lang)
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def format_short_interval(start: date, end: date, lang: Lang = "uk") -> str:
    """An interval in digits, for tables: «01.10.2017–31.12.2017», "2017-10-01 – 2017-12-31"."""
    if lang == "en":
        return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"
    first, last = start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")
    return first if start == end else f"{first}–{last}"
