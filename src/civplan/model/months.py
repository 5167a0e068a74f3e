"""The months as Ukrainian texts write them, in every case civplan reads, and in English.

Deadlines name months in the nominative («березень», «Січень-лютий») or the
locative («у березні»); dates in the genitive («21 березня»); «березнем»
occurs too. Everything that reads or writes a month name uses this one table.
"""

from __future__ import annotations

import calendar
from datetime import date

import attrs


@attrs.frozen
class Month:
    """A month's names.

    Attributes:
        number: 1 for January … 12 for December.
        nominative: «березень».
        genitive: «березня», as dates write it.
        locative: «березні», as in «у березні».
        instrumental: «березнем».
        english: "March".
    """

    number: int
    nominative: str
    genitive: str
    locative: str
    instrumental: str
    english: str

    @property
    def forms(self) -> tuple[str, ...]:
        """Every Ukrainian form of the name."""
        return (self.nominative, self.genitive, self.locative, self.instrumental)


MONTHS: tuple[Month, ...] = (
    Month(1, "січень", "січня", "січні", "січнем", "January"),
    Month(2, "лютий", "лютого", "лютому", "лютим", "February"),
    Month(3, "березень", "березня", "березні", "березнем", "March"),
    Month(4, "квітень", "квітня", "квітні", "квітнем", "April"),
    Month(5, "травень", "травня", "травні", "травнем", "May"),
    Month(6, "червень", "червня", "червні", "червнем", "June"),
    Month(7, "липень", "липня", "липні", "липнем", "July"),
    Month(8, "серпень", "серпня", "серпні", "серпнем", "August"),
    Month(9, "вересень", "вересня", "вересні", "вереснем", "September"),
    Month(10, "жовтень", "жовтня", "жовтні", "жовтнем", "October"),
    Month(11, "листопад", "листопада", "листопаді", "листопадом", "November"),
    Month(12, "грудень", "грудня", "грудні", "груднем", "December"),
)
"""January to December."""

MONTH_STEMS = ("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт",
               "листопад", "груд")  # fmt: skip
"""How each month's name begins in every case (a quick scan for one, or a check before one)."""

MONTH_OF_FORM: dict[str, int] = {form: m.number for m in MONTHS for form in m.forms} | {
    "листопаду": 11  # a second genitive/dative of «листопад»
}
"""The month's number of each lower-case form of its name."""


def alternation(*cases: str) -> str:
    """A regular-expression alternation of the month names in the given cases.

    ``alternation("genitive")`` → ``"січня|лютого|…"``; with no cases, every form.
    """
    if not cases:
        return "|".join(sorted(MONTH_OF_FORM, key=len, reverse=True))
    return "|".join(getattr(m, case) for case in cases for m in MONTHS)


def last_day(year: int, month: int) -> date:
    """The last day of a month: 28 February 2025, 29 February 2024, 31 March."""
    return date(year, month, calendar.monthrange(year, month)[1])
