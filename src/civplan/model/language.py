"""The languages of what report readers see, and dates written in them."""

from __future__ import annotations

from datetime import date
from typing import Literal

Lang = Literal["uk", "en"]
"""A language of what report readers see: Ukrainian (the default) or English."""

LANGS: tuple[Lang, ...] = ("uk", "en")

_MONTHS_UK_GENITIVE = (
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def check_lang(lang: str) -> Lang:
    """Return ``lang`` if civplan speaks it.

    Raises:
        ValueError: for any language but ``"uk"`` and ``"en"``.
    """
    for known in LANGS:
        if lang == known:
            return known
    raise ValueError(f"unsupported language {lang!r}: use 'uk' or 'en'")


def format_date(day: date, lang: Lang = "uk") -> str:
    """A date as a reader of ``lang`` writes it: «28 листопада 2017 р.», "28 November 2017"."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_UK_GENITIVE[day.month - 1]} {day.year} р."


def format_interval(start: date, end: date, lang: Lang = "uk") -> str:
    """An interval of dates: «1 жовтня 2017 р. – 31 грудня 2017 р.»."""
    if start == end:
        return format_date(start, lang)
    return f"{format_date(start, lang)} – {format_date(end, lang)}"
