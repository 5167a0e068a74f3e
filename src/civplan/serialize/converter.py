"""The cattrs converter between plans and plain data (dicts, lists, strings, numbers).

Plain data is what JSON, YAML and TOML hold: dates are ISO strings
(``"2017-12-31"``), statuses their names (``"DONE"``), amounts decimal strings,
and a deadline its raw text with the interval it was read as::

    {"text": "ІV квартал", "kind": "quarter", "start": "2017-10-01", "end": "2017-12-31"}

When loading, a deadline may also be just its text (``"ІV квартал"``, or a
mapping with only ``text``); it is then read with :meth:`Deadline.parse`
against the plan's year. Fields at their default are left out when dumping.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import cattrs
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.v import transform_error

from civplan._errors import PlanValidationError
from civplan.model.deadline import Deadline, DeadlineKind
from civplan.model.plan import Funding, Plan
from civplan.model.status import Status

# the plan being loaded, so that a deadline given as text resolves to its years
_PLAN_YEARS: contextvars.ContextVar[tuple[int, int | None] | None] = contextvars.ContextVar(
    "civplan_plan_years", default=None
)


def make_converter() -> cattrs.Converter:
    """A new converter between civplan's model and plain data.

    Each call returns a fresh converter, so callers may register their own
    hooks without affecting anyone else.

    Returns:
        A converter whose ``structure`` raises cattrs' validation errors
        (turn them into readable lines with :func:`describe_errors`).
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Status, lambda status: status.name)
    conv.register_structure_hook(Status, _structure_status)
    conv.register_unstructure_hook(DeadlineKind, lambda kind: kind.value)
    conv.register_structure_hook(DeadlineKind, _structure_kind)

    def unstructure_deadline(deadline: Deadline) -> dict[str, Any]:
        """A deadline with its kind, so that it reloads as it was, understood or not.

        Its parts and note are written only where its text would not give them again.
        """
        data: dict[str, Any] = {"text": deadline.text, "kind": deadline.kind.value}
        if deadline.start is not None and deadline.end is not None:
            data["start"] = deadline.start.isoformat()
            data["end"] = deadline.end.isoformat()
        if deadline.parts or deadline.note is not None:
            years = _PLAN_YEARS.get()
            if (
                years is None
                or Deadline.parse(deadline.text, year=years[0], end_year=years[1]) != deadline
            ):
                if deadline.parts:
                    data["parts"] = [unstructure_deadline(part) for part in deadline.parts]
                if deadline.note is not None:
                    data["note"] = deadline.note
        return data

    conv.register_unstructure_hook(Deadline, unstructure_deadline)
    deadline_fields = make_dict_structure_fn(Deadline, conv, _cattrs_forbid_extra_keys=True)

    def structure_deadline(value: Any, _type: type) -> Deadline:
        if isinstance(value, Mapping) and "kind" in value:
            stored: Deadline = deadline_fields(value, Deadline)
            years = _PLAN_YEARS.get()
            if years is not None and "parts" not in value and "note" not in value:
                again = Deadline.parse(stored.text, year=years[0], end_year=years[1])
                if (again.kind, again.start, again.end) == (stored.kind, stored.start, stored.end):
                    return again  # with the occurrences and note its text gives
            return stored
        if isinstance(value, Mapping):
            extra = sorted(set(value) - {"text"})
            if extra:
                raise ValueError(f"a deadline with {', '.join(extra)} also needs its 'kind'")
            value = value.get("text")
        if not isinstance(value, str):
            raise ValueError(f"expected the deadline's text, got {value!r}")
        years = _PLAN_YEARS.get()
        if years is None:
            raise ValueError("a deadline given as text can only be read within a plan")
        return Deadline.parse(value, year=years[0], end_year=years[1])

    conv.register_structure_hook(Deadline, structure_deadline)

    plan_fields = make_dict_structure_fn(Plan, conv, _cattrs_forbid_extra_keys=True)

    def structure_plan(value: Any, _type: type) -> Plan:
        years = None
        if isinstance(value, Mapping) and _is_int(value.get("year")):
            end = value.get("end_year")
            years = (value["year"], end if _is_int(end) else None)
        token = _PLAN_YEARS.set(years)
        try:
            return plan_fields(value, Plan)
        finally:
            _PLAN_YEARS.reset(token)

    conv.register_structure_hook(Plan, structure_plan)
    plan_data = make_dict_unstructure_fn(Plan, conv, _cattrs_omit_if_default=True)

    def unstructure_plan(plan: Plan) -> Any:
        token = _PLAN_YEARS.set((plan.year, plan.end_year))
        try:
            return plan_data(plan)
        finally:
            _PLAN_YEARS.reset(token)

    conv.register_unstructure_hook(Plan, unstructure_plan)

    def structure_funding(value: Any, _type: type) -> tuple[Funding, ...]:
        if isinstance(value, Mapping):  # documents before 0.2 held one funding
            value = [value]
        return tuple(conv.structure(value, list[Funding]))

    conv.register_structure_hook_func(lambda t: t == tuple[Funding, ...], structure_funding)
    return conv


def describe_errors(error: BaseException) -> list[str]:
    """One line per problem in a structuring error, each with the path of the bad field.

    Example: ``"$.sections[2].measures[0].number: duplicate measure number 1.1 …"``.
    """
    if not isinstance(error, (ClassValidationError, IterableValidationError)):
        return [_describe(error, None)]
    lines = []
    for line in transform_error(error, "$", _describe_with_marker):
        message, _, path = line.rpartition(_MARKER)
        where, _, local = message.partition(_LOCATION)
        full_path = f"{path}.{local}" if local else path
        lines.append(f"{full_path}: {where}")
    return lines


_MARKER = " @ "
_LOCATION = "\x00"


def _describe_with_marker(error: BaseException, expected: type | None) -> str:
    if isinstance(error, PlanValidationError) and error.location:
        return f"{error.message}{_LOCATION}{error.location}"
    return _describe(error, expected)


def _describe(error: BaseException, _expected: type | None) -> str:
    if isinstance(error, PlanValidationError):
        return error.message
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, cattrs.ForbiddenExtraKeysError):
        names = sorted(k if isinstance(k, str) else repr(k) for k in error.extra_fields)
        return f"unknown field(s): {', '.join(names)}"  # YAML keys may be numbers or null
    if isinstance(error, AttributeError) and "has no attribute 'items'" in str(error):
        return "expected a mapping"
    if isinstance(error, TypeError) and "not iterable" in str(error):
        return "expected a list"
    return str(error) or f"invalid value ({type(error).__name__})"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _structure_str(value: Any, _type: type) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a text, got {value!r} (quote it)")
    return value


def _structure_int(value: Any, _type: type) -> int:
    if not _is_int(value):
        raise ValueError(f"expected a whole number, got {value!r}")
    return int(value)


def _structure_bool(value: Any, _type: type) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


def _structure_date(value: Any, _type: type) -> date:
    if isinstance(value, date):  # YAML and TOML may give dates already
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


def _structure_decimal(value: Any, _type: type) -> Decimal:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            pass
    raise ValueError(f"expected an amount like '12.5', got {value!r}")


def _structure_status(value: Any, _type: type) -> Status:
    if isinstance(value, str) and value in Status.__members__:
        return Status[value]
    names = ", ".join(Status.__members__)
    raise ValueError(f"expected one of {names}, got {value!r}")


def _structure_kind(value: Any, _type: type) -> DeadlineKind:
    try:
        return DeadlineKind(value)
    except ValueError:
        kinds = ", ".join(k.value for k in DeadlineKind)
        raise ValueError(f"expected one of {kinds}, got {value!r}") from None
