"""The plan of measures: ``Plan`` → ``Section`` → ``Measure`` → ``Deadline``/``Outcome``.

All classes are frozen attrs classes that take keyword arguments, accept any
iterable where they store a tuple, and validate themselves on construction:
a broken plan cannot exist. Errors are :class:`~civplan.PlanValidationError`
with the location of the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from civplan._errors import PlanValidationError, UnknownNumberError
from civplan.model.deadline import Deadline
from civplan.model.status import Status

_MEASURE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?")
_SECTION_NUMBER = re.compile(r"\d+\.?")


def normalize_number(number: str) -> str:
    """The number without a trailing dot, as civplan compares numbers: ``"1.1." → "1.1"``."""
    return number.rstrip(".")


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise PlanValidationError(
            f"must be a non-empty text, got {value!r}", location=attribute.name
        )


def _optional_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise PlanValidationError(
            f"must be a text or absent, got {value!r}", location=attribute.name
        )


def _matching(pattern: re.Pattern[str], example: str) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise PlanValidationError(
                f"must be a number like {example!r}, got {value!r}", location=attribute.name
            )

    return check


def _instance_of(kind: type, what: str) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise PlanValidationError(f"must be {what}, got {value!r}", location=attribute.name)

    return check


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen
class Outcome:
    """What an executor reported about a measure.

    Attributes:
        text: the report's narrative («Проведено 38 публічних консультацій»).
        status: a status stated explicitly by the report, if any; it wins over
            what the text suggests.
        justification: the stated reason a measure was not (fully) done.
    """

    text: str = attrs.field(default="", validator=_instance_of(str, "a text"))
    status: Status | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(Status, "a Status"))
    )
    justification: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen
class Funding:
    """Funding planned for a measure.

    Attributes:
        amount: thousand UAH («тис. грн»), kept exact.
        source: where the money comes from («обласний бюджет»).
    """

    amount: Decimal | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(Decimal, "a Decimal"))
    )
    source: str | None = attrs.field(default=None, validator=_optional_text)


def _decimal(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Decimal):
        raise PlanValidationError(f"must be a Decimal, got {value!r}", location=attribute.name)


@attrs.frozen
class Target:
    """A planned target of a measure, in the manner of IATI results.

    Attributes:
        unit: what is counted («публічних консультацій»).
        value: the target value.
        baseline: the value before the plan, if known.
    """

    unit: str = attrs.field(validator=_text)
    value: Decimal = attrs.field(validator=_decimal)
    baseline: Decimal | None = attrs.field(
        default=None, validator=attrs.validators.optional(_decimal)
    )


def _targets(values: Iterable[Target]) -> tuple[Target, ...]:
    return tuple(values)


@attrs.frozen(repr=False)
class Measure:
    """One measure («захід») of a plan.

    Attributes:
        number: its running number as written («1.1» or «1.1.»).
        title: what is to be done («Проведення конкурсу …»).
        deadline: the term («строк виконання»).
        responsible: responsible executors, in the order given.
        expected_result: the expected result or indicator, as text.
        funding: planned funding, when the plan states it.
        targets: planned targets, compared with the counts the outcome reports.
        outcome: what was reported, or ``None`` when nothing was.
        notes: what an importer found about the measure but could not place
            (a column civplan does not know, with its caption).
    """

    number: str = attrs.field(validator=_matching(_MEASURE_NUMBER, "1.1"))
    title: str = attrs.field(validator=_text)
    deadline: Deadline = attrs.field(validator=_instance_of(Deadline, "a Deadline"))
    responsible: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    expected_result: str | None = attrs.field(default=None, validator=_optional_text)
    funding: Funding | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(Funding, "a Funding"))
    )
    targets: tuple[Target, ...] = attrs.field(default=(), converter=_targets)
    outcome: Outcome | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(Outcome, "an Outcome"))
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @property
    def key(self) -> str:
        """The number as civplan compares it, without a trailing dot (``"1.1"``)."""
        return self.number.rstrip(".")

    @property
    def section_number(self) -> str:
        """The number of the section the measure belongs to (``"1"`` for ``"1.1"``)."""
        return self.number.split(".", 1)[0]

    def __repr__(self) -> str:
        title = self.title if len(self.title) <= 40 else self.title[:39] + "…"
        return f"Measure(number={self.number!r}, title={title!r}, deadline={self.deadline.text!r})"


def _measures(values: Iterable[Measure]) -> tuple[Measure, ...]:
    return tuple(values)


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(values)


@attrs.frozen(repr=False)
class Section:
    """A section, direction or task of a plan, grouping its measures.

    Attributes:
        number: as written («1» or «1.»).
        title: the section's heading without its number.
        measures: the measures, in document order; each one's number starts
            with the section's number.
    """

    number: str = attrs.field(validator=_matching(_SECTION_NUMBER, "1"))
    title: str = attrs.field(validator=_text)
    measures: tuple[Measure, ...] = attrs.field(default=(), converter=_measures)

    @property
    def key(self) -> str:
        """The number as civplan compares it, without a trailing dot."""
        return normalize_number(self.number)

    def __attrs_post_init__(self) -> None:
        seen: dict[str, int] = {}
        key = self.key
        for index, measure in enumerate(self.measures):
            if not isinstance(measure, Measure):
                raise PlanValidationError(
                    f"must be a Measure, got {measure!r}", location=f"measures[{index}]"
                )
            number = measure.number.rstrip(".")
            if number.split(".", 1)[0] != key:
                raise PlanValidationError(
                    f"measure {measure.number} does not belong to section {self.number}",
                    location=f"measures[{index}].number",
                )
            if number in seen:
                raise PlanValidationError(
                    f"duplicate measure number {measure.number} (also measures[{seen[number]}])",
                    location=f"measures[{index}].number",
                )
            seen[number] = index

    def __repr__(self) -> str:
        return f"<Section {self.number}: {len(self.measures)} measures>"


def _year(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "end_year":
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1000 <= value <= 9998:
        raise PlanValidationError(
            f"must be a year like 2017, got {value!r}", location=attribute.name
        )


@attrs.frozen(repr=False)
class Plan:
    """A plan of measures, or the report on its implementation.

    Attributes:
        title: the title lines as the document has them, joined by newlines.
        year: the plan's year (the first year of a multi-year plan); deadline
            phrases without a year resolve to it.
        end_year: the last year of a multi-year plan, or ``None``.
        territory: the territory the plan covers («Луганська область»).
        issuer: the body that keeps the plan or files the report.
        as_of: the reporting date, when the document is a report.
        notes: what an importer found in the document but could not place
            (text below the table, a row without a number), with its place.
        sections: the sections in document order.
    """

    title: str = attrs.field(validator=_text)
    year: int = attrs.field(validator=_year)
    end_year: int | None = attrs.field(default=None, validator=_year)
    territory: str | None = attrs.field(default=None, validator=_optional_text)
    issuer: str | None = attrs.field(default=None, validator=_optional_text)
    as_of: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(date, "a date"))
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    _index: dict[str, Measure] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.end_year is not None and self.end_year < self.year:
            raise PlanValidationError(
                f"ends ({self.end_year}) before it starts ({self.year})", location="end_year"
            )
        index: dict[str, Measure] = {}
        sections_seen: dict[str, int] = {}
        for s_index, section in enumerate(self.sections):
            if not isinstance(section, Section):
                raise PlanValidationError(
                    f"must be a Section, got {section!r}", location=f"sections[{s_index}]"
                )
            if section.key in sections_seen:
                raise PlanValidationError(
                    f"duplicate section number {section.number} "
                    f"(also sections[{sections_seen[section.key]}])",
                    location=f"sections[{s_index}].number",
                )
            sections_seen[section.key] = s_index
            # each section holds only its own, distinct numbers: no two measures share one
            for measure in section.measures:
                index[measure.number.rstrip(".")] = measure
        object.__setattr__(self, "_index", index)

    @property
    def last_year(self) -> int:
        """The plan's last year: ``end_year`` for a multi-year plan, else ``year``."""
        return self.end_year if self.end_year is not None else self.year

    def measures(self) -> Iterator[Measure]:
        """Iterate over every measure of every section, in document order."""
        for section in self.sections:
            yield from section.measures

    def measure(self, number: str) -> Measure:
        """The measure with this number («1.1» and «1.1.» are the same number).

        Raises:
            UnknownNumberError: no measure has that number.
        """
        try:
            return self._index[normalize_number(number)]
        except KeyError:
            raise UnknownNumberError(f"the plan has no measure {number}") from None

    def section(self, number: str) -> Section:
        """The section with this number («1» and «1.» are the same number).

        Raises:
            UnknownNumberError: no section has that number.
        """
        key = normalize_number(number)
        for section in self.sections:
            if section.key == key:
                return section
        raise UnknownNumberError(f"the plan has no section {number}")

    def __repr__(self) -> str:
        first_line = self.title.splitlines()[0]
        count = len(self._index)
        return f"<Plan {first_line!r} {self.year}: {len(self.sections)} sections, {count} measures>"
