"""The plan of measures: ``Plan`` → ``Section`` (nested to any depth) → ``Measure``.

All classes are frozen attrs classes that take keyword arguments, accept any
iterable where they store a tuple, and validate themselves on construction:
a broken plan cannot exist. Errors are :class:`~civplan.PlanValidationError`
with the location of the problem.

Numbers are kept as the document writes them («1.1.», «3)», «ІІ.»); a
measure is identified by its :attr:`Measure.key` — its number as civplan
compares it (:func:`~civplan.model.numbering.number_key`), or the ``ref``
an importer gave it where the number alone does not tell it apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from civplan._errors import PlanValidationError, UnknownNumberError
from civplan.model.deadline import Deadline
from civplan.model.numbering import number_key
from civplan.model.status import Status


def normalize_number(number: str) -> str:
    """The number as civplan compares it: ``"1.1." → "1.1"``, ``"ІІ." → "II"``."""
    return number_key(number)


# a lone surrogate: Python holds it, but no file format can
_SURROGATE = re.compile("[\ud800-\udfff]")
# a character a document can show: not a space, a control or a character XML cannot hold
_SHOWN = re.compile("[^\\s\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def writable(value: str, location: str) -> None:
    """Refuse a text no format can hold: one with a lone surrogate (from broken decoding)."""
    if value.isprintable():  # a surrogate is not: most texts are done in C
        return
    found = _SURROGATE.search(value)
    if found is not None:
        raise PlanValidationError(
            f"holds a lone surrogate (U+{ord(found.group()):04X}) at character {found.start()}, "
            "which no file can hold: decode the source text correctly",
            location=location,
        )


def _shown(value: object, location: str) -> None:
    """Refuse what is not a text with something a document shows (a title of controls only)."""
    if type(value) is not str or _SHOWN.search(value) is None:
        raise PlanValidationError(f"must be a non-empty text, got {value!r}", location=location)
    writable(value, location)


def _optional_string(value: object, location: str) -> None:
    """Refuse what is neither absent nor a text a file can hold."""
    if value is None:
        return
    if type(value) is not str:
        raise PlanValidationError(f"must be a text or absent, got {value!r}", location=location)
    writable(value, location)


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise PlanValidationError(
            f"must be a non-empty text, got {value!r}", location=attribute.name
        )
    _shown(value, attribute.name)


def _optional_text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise PlanValidationError(
            f"must be a text or absent, got {value!r}", location=attribute.name
        )
    if value is not None:
        writable(value, attribute.name)


def _optional_non_empty(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text(_instance, attribute, value)


def _instance_of(kind: type, what: str) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise PlanValidationError(f"must be {what}, got {value!r}", location=attribute.name)

    return check


def day_of(value: object, name: str) -> date:
    """``value`` as a calendar day: a date, or a datetime's day.

    Raises:
        TypeError: ``value`` is neither (a string, a number); the message names ``name``.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(
        f"{name} must be a date, not {type(value).__name__}: "
        "date(2025, 12, 31) or date.fromisoformat('2025-12-31')"
    )


def _day_if_datetime(value: object) -> object:
    return value.date() if isinstance(value, datetime) else value


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
        stated: the words a status column gives, as written («Виконано
            частково», "Substantial"), whether or not civplan read a status
            from them; where ``status`` is not set, an assessment reads the
            status they state («Виконано» states ``DONE``).
    """

    text: str = ""
    status: Status | None = None
    justification: str | None = None
    stated: str | None = None

    def __attrs_post_init__(self) -> None:  # one pass: outcomes are read by the hundred thousand
        if type(self.text) is not str:
            raise PlanValidationError(f"must be a text, got {self.text!r}", location="text")
        writable(self.text, "text")
        if self.status is not None and not isinstance(self.status, Status):
            raise PlanValidationError(f"must be a Status, got {self.status!r}", location="status")
        for name in ("justification", "stated"):
            _optional_string(getattr(self, name), name)


def _decimal(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Decimal):
        raise PlanValidationError(f"must be a Decimal, got {value!r}", location=attribute.name)


@attrs.frozen
class Funding:
    """Funding planned for a measure, from one source and, where the plan splits it, one year.

    Attributes:
        amount: thousand UAH («тис. грн»), kept exact; ``None`` where the plan
            gives no amount.
        source: where the money comes from («обласний бюджет», «усього»).
        year: the year it is planned for, where the plan splits funding by year.
        text: the plan's words where they say more than an amount («в межах
            кошторисних призначень», «не потребує фінансування», «—»).
    """

    amount: Decimal | None = attrs.field(
        default=None, validator=attrs.validators.optional(_decimal)
    )
    source: str | None = attrs.field(default=None, validator=_optional_text)
    year: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(int, "a year"))
    )
    text: str | None = attrs.field(default=None, validator=_optional_text)


def _fundings(values: Funding | Iterable[Funding] | None) -> tuple[Funding, ...]:
    if values is None:
        return ()
    if isinstance(values, Funding):
        return (values,)
    return tuple(values)


@attrs.frozen
class Target:
    """A planned target of a measure, in the manner of IATI results.

    Attributes:
        unit: what is counted («публічних консультацій»).
        value: the target value.
        baseline: the value before the plan, if known; a target below it is a
            level to bring down, reached at or below its value.
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
        number: its number as the document writes it («1.1», «1.1.», «5», «3)»,
            «4.1-1», «1.1.1.5.4 (6)»).
        title: what is to be done («Проведення конкурсу …»).
        deadline: the term («строк виконання»).
        responsible: responsible executors, in the order given.
        expected_result: the expected result, as the plan words it.
        performance_indicator: the indicator of its performance, as the plan
            words it («Індикатор виконання», «Показники виконання»).
        funding: planned funding, by source and year, when the plan states it.
        targets: planned targets, compared with the counts the outcome reports.
        outcome: what was reported, or ``None`` when nothing was.
        notes: what an importer found about the measure but could not place
            (a column civplan does not know, with its caption).
        ref: civplan's identifier of the measure where its number alone does
            not tell it apart — numbers that restart under each heading
            («ІІ.1»), a number a document repeats by mistake («2.1#2»);
            ``None`` when the number is enough.
        auto_numbered: whether civplan numbered the measure by its position,
            because the document gave it no number.
    """

    number: str
    title: str
    deadline: Deadline
    responsible: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    expected_result: str | None = None
    funding: tuple[Funding, ...] = attrs.field(default=(), converter=_fundings)
    targets: tuple[Target, ...] = attrs.field(default=(), converter=_targets)
    outcome: Outcome | None = None
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    performance_indicator: str | None = None
    ref: str | None = None
    auto_numbered: bool = False
    _compared: str = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # one pass over every field: a document's measures are read by the hundred thousand
        _shown(self.number, "number")
        _shown(self.title, "title")
        for index, text in enumerate(self.responsible):
            writable(text, f"responsible[{index}]")
        for index, text in enumerate(self.notes):
            writable(text, f"notes[{index}]")
        if type(self.deadline) is not Deadline and not isinstance(self.deadline, Deadline):
            example = self.deadline if isinstance(self.deadline, str) else "ІІ квартал"
            raise PlanValidationError(
                f"must be a Deadline, e.g. Deadline.parse({example!r}, year=2024), "
                f"got {self.deadline!r}",
                location="deadline",
            )
        for name in ("expected_result", "performance_indicator"):
            _optional_string(getattr(self, name), name)
        if self.outcome is not None and not isinstance(self.outcome, Outcome):
            example = self.outcome if isinstance(self.outcome, str) else "Проведено 3 семінари"
            raise PlanValidationError(
                f"must be an Outcome, e.g. Outcome(text={example!r}), got {self.outcome!r}",
                location="outcome",
            )
        if self.ref is not None and (type(self.ref) is not str or not self.ref.strip()):
            raise PlanValidationError(f"must be a non-empty text, got {self.ref!r}", location="ref")
        if type(self.auto_numbered) is not bool:
            raise PlanValidationError(
                f"must be True or False, got {self.auto_numbered!r}", location="auto_numbered"
            )
        object.__setattr__(self, "_compared", number_key(self.number))

    @property
    def compared_number(self) -> str:
        """The number as civplan compares it: «1.1» for «1.1.», «3» for «3)»."""
        return self._compared

    @property
    def key(self) -> str:
        """How civplan identifies the measure: its ``ref``, else its number as compared («1.1»)."""
        return self.ref if self.ref is not None else self._compared

    def __repr__(self) -> str:
        title = self.title if len(self.title) <= 40 else self.title[:39] + "…"
        return f"Measure(number={self.number!r}, title={title!r}, deadline={self.deadline.text!r})"


def _measures(values: Iterable[Measure]) -> tuple[Measure, ...]:
    return tuple(values)


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(values)


@attrs.frozen(repr=False, kw_only=True)
class Section:
    """A heading of a plan — a direction, problem, task … — grouping measures and deeper headings.

    Attributes:
        number: as written («1», «1.», «ІІ.», «Напрям 1.1»), or ``None`` for a
            heading without a number («Загальні питання»).
        title: the heading without its number; ``None`` for measures outside
            the headings beside it: those a document lists before its first
            heading, or after a heading's measures at the heading's own level
            («2.» after «1.» and its «1.1», «1.2»). Such a section has no
            number and no deeper headings; a table shows no row for it.
        measures: its own measures, in document order.
        sections: its deeper headings, which follow its own measures.
    """

    number: str | None = attrs.field(default=None, validator=_optional_non_empty)
    title: str | None = attrs.field(default=None, validator=_optional_non_empty)
    measures: tuple[Measure, ...] = attrs.field(default=(), converter=_measures)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)

    @property
    def key(self) -> str | None:
        """The number as civplan compares it (``None`` without a number)."""
        return number_key(self.number) if self.number is not None else None

    @property
    def heading(self) -> str:
        """The number and title as a heading reads, as written: «1. Створення …», or the title."""
        if self.number is None:
            return self.title or ""
        return f"{self.number} {self.title}" if self.title else self.number

    def all_measures(self) -> Iterator[Measure]:
        """Its measures and those under its deeper headings, in document order."""
        yield from self.measures
        for section in self.sections:
            yield from section.all_measures()

    def __attrs_post_init__(self) -> None:
        if self.title is None and (self.number is not None or self.sections):
            raise PlanValidationError(
                "a section without a title holds only measures (no number, no deeper sections)",
                location="title",
            )
        for index, measure in enumerate(self.measures):
            if not isinstance(measure, Measure):
                raise PlanValidationError(
                    "must be a Measure, e.g. Measure(number='1.1', title='…', "
                    f"deadline=Deadline.parse('ІІ квартал', year=2024)), got {measure!r}",
                    location=f"measures[{index}]",
                )
        for index, section in enumerate(self.sections):
            if not isinstance(section, Section):
                raise PlanValidationError(
                    f"must be a Section, e.g. Section(number='1.', title='…', measures=[…]), "
                    f"got {section!r}",
                    location=f"sections[{index}]",
                )

    def __repr__(self) -> str:
        name = self.number or (self.title or "")[:30]
        count = sum(1 for _ in self.all_measures())
        return f"<Section {name}: {count} measures>"


def _year(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "end_year":
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1000 <= value <= 9998:
        raise PlanValidationError(
            f"must be a year like 2017, got {value!r}", location=attribute.name
        )


@attrs.frozen
class Approval:
    """The act that approved a plan, as its preamble gives it.

    Attributes:
        by: what approved it («рішенням виконавчого комітету …»).
        on: the date of the act.
        number: the act's number («37», «160-р»).
    """

    by: str | None = attrs.field(default=None, validator=_optional_text)
    on: date | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(date, "a date"))
    )
    number: str | None = attrs.field(default=None, validator=_optional_text)


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
        sections: the top-level headings, in document order; deeper headings
            nest inside them.
        approval: the act that approved the plan, when its preamble names one.
        period: the reporting period as the document words it («І півріччя
            2024 року»), when it is a report.
    """

    title: str = attrs.field(validator=_text)
    year: int = attrs.field(validator=_year)
    end_year: int | None = attrs.field(default=None, validator=_year)
    territory: str | None = attrs.field(default=None, validator=_optional_text)
    issuer: str | None = attrs.field(default=None, validator=_optional_text)
    as_of: date | None = attrs.field(
        default=None,
        converter=_day_if_datetime,
        validator=attrs.validators.optional(_instance_of(date, "a date")),
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    approval: Approval | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(Approval, "an Approval"))
    )
    period: str | None = attrs.field(default=None, validator=_optional_text)
    _index: dict[str, Measure] = attrs.field(init=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.end_year is not None and self.end_year < self.year:
            raise PlanValidationError(
                f"ends ({self.end_year}) before it starts ({self.year})", location="end_year"
            )
        index: dict[str, Measure] = {}
        places: dict[str, str] = {}
        for s_index, section in enumerate(self.sections):
            if not isinstance(section, Section):
                raise PlanValidationError(
                    f"must be a Section, e.g. Section(number='1.', title='…', measures=[…]), "
                    f"got {section!r}",
                    location=f"sections[{s_index}]",
                )
            _index_measures(section, f"sections[{s_index}]", index, places)
        object.__setattr__(self, "_index", index)

    @property
    def last_year(self) -> int:
        """The plan's last year: ``end_year`` for a multi-year plan, else ``year``."""
        return self.end_year if self.end_year is not None else self.year

    def measures(self) -> Iterator[Measure]:
        """Iterate over every measure, at every depth, in document order."""
        for section in self.sections:
            yield from section.all_measures()

    def walk(self) -> Iterator[tuple[Section, int]]:
        """Every section with its depth (1 for a top-level one), in document order."""
        stack = [(section, 1) for section in reversed(self.sections)]
        while stack:
            section, depth = stack.pop()
            yield section, depth
            stack.extend((child, depth + 1) for child in reversed(section.sections))

    def measure(self, number: str) -> Measure:
        """The measure with this number or ``ref`` («1.1» and «1.1.» are the same number).

        Raises:
            UnknownNumberError: no measure has that number.
        """
        found = self._index.get(number) or self._index.get(number_key(number))
        if found is None:
            raise UnknownNumberError(f"the plan has no measure {number}")
        return found

    def section(self, number: str) -> Section:
        """The first section, at any depth, with this number («1» and «1.» are the same number).

        Raises:
            UnknownNumberError: no section has that number.
        """
        key = number_key(number)
        for section, _depth in self.walk():
            if section.key == key:
                return section
        raise UnknownNumberError(f"the plan has no section {number}")

    def __repr__(self) -> str:
        first_line = self.title.splitlines()[0]
        count = len(self._index)
        return f"<Plan {first_line!r} {self.year}: {len(self.sections)} sections, {count} measures>"

    def _repr_html_(self) -> str:
        """The plan as a table in Jupyter: headings, and each measure's number, title, deadline."""
        from html import escape

        rows = []
        for section, level in self.walk():
            if section.title is not None:
                rows.append(
                    f'<tr><th colspan="4" style="text-align:left;padding-left:{level - 1}em">'
                    f"{escape(section.heading)}</th></tr>"
                )
            for measure in section.measures:
                outcome = measure.outcome.text if measure.outcome is not None else ""
                short = outcome if len(outcome) <= 120 else outcome[:119] + "…"
                cells = (measure.number, measure.title, measure.deadline.text, short)
                rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        title = "<br>".join(escape(line) for line in self.title.splitlines())
        return (
            f"<p><b>{title}</b> ({self.year})</p><table><thead><tr><th>№</th><th>Title</th>"
            f"<th>Deadline</th><th>Outcome</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )


def _index_measures(
    section: Section, where: str, index: dict[str, Measure], places: dict[str, str]
) -> None:
    """Add the section's measures to ``index`` by key, refusing a key seen before."""
    for m_index, measure in enumerate(section.measures):
        key = measure.key
        if key in index:
            raise PlanValidationError(
                f"duplicate measure number {measure.number} (also {places[key]}); "
                "give one of them a distinct ref",
                location=f"{where}.measures[{m_index}].number",
            )
        index[key] = measure
        places[key] = f"{where}.measures[{m_index}]"
    for c_index, child in enumerate(section.sections):
        _index_measures(child, f"{where}.sections[{c_index}]", index, places)
