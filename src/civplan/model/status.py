"""Completion statuses and their labels."""

from __future__ import annotations

import enum

from civplan.model.language import Lang


class Status(enum.Enum):
    """Where a measure stands as of a reporting date.

    The value of each member is its name, which is also how statuses are
    serialised. ``label(lang)`` gives the wording used in official reports.
    """

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
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        """The English label ("done")."""
        return _LABELS[self][1]

    def label(self, lang: Lang = "uk") -> str:
        """The label in ``lang`` (``"uk"`` or ``"en"``)."""
        return self.label_en if lang == "en" else self.label_uk


_LABELS: dict[Status, tuple[str, str]] = {
    Status.DONE: ("виконано", "done"),
    Status.PARTIALLY_DONE: ("виконано частково", "partially done"),
    Status.IN_PROGRESS: ("виконується", "in progress"),
    Status.NOT_DONE: ("не виконано", "not done"),
    Status.POSTPONED: ("перенесено", "postponed"),
    Status.NOT_DUE: ("термін не настав", "not yet due"),
    Status.OVERDUE: ("прострочено", "overdue"),
    Status.CANCELLED: ("втратив актуальність", "cancelled"),
}
