"""Completion statuses and their labels."""

from __future__ import annotations

import enum

from civplan._vocabulary import say
from civplan.model.language import Lang


class Status(enum.Enum):
    """Where a measure stands as of a reporting date.

    The value of each member is its name, which is also how statuses are
    serialised. ``label(lang)`` gives the wording used in official reports.
    """

    __hash__ = object.__hash__  # members are singletons: hashed by identity, in C

    DONE = "DONE"
    PARTIALLY_DONE = "PARTIALLY_DONE"
    IN_PROGRESS = "IN_PROGRESS"
    NOT_DONE = "NOT_DONE"
    POSTPONED = "POSTPONED"
    NOT_DUE = "NOT_DUE"
    OVERDUE = "OVERDUE"
    CANCELLED = "CANCELLED"

    @property
    def label_uk(self) -> str:
        """The Ukrainian label, as official reports write it («виконано»)."""
        return self.label("uk")

    @property
    def label_en(self) -> str:
        """The English label ("done")."""
        return self.label("en")

    def label(self, lang: Lang = "uk") -> str:
        """The label in ``lang`` (``"uk"`` or ``"en"``)."""
        return say(f"status.{self.name}", lang)
