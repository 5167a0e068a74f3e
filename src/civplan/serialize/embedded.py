"""The plan a spreadsheet report was made from, carried inside it.

A printed report shows only some of a plan (no reporting date, no corrected
deadline interval, no explicit status unless a column shows it, no funding).
civplan's XLSX and ODS reports therefore also carry the whole plan as JSON in
a hidden sheet named ``civplan``: a marker row, a row of context, then the
JSON in pieces that fit a cell. Importers read the visible table first and
take from this data only what the table cannot show, so a report edited by
hand imports as edited, and an untouched one gives back the plan it was made
from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import attrs

from civplan._errors import DocumentError
from civplan.model.plan import Plan

SHEET = "civplan"
"""The name of the hidden sheet."""

MARKER = "civplan plan data, format 1"
"""The first cell of the hidden sheet."""

PIECE = 30_000
"""Characters of JSON per cell (an XLSX cell holds 32,767)."""


@attrs.frozen
class Embedded:
    """Plan data found in a report.

    Attributes:
        plan: the plan the report was made from.
        status_as_of: the date the report's status column was assessed for, if any.
    """

    plan: Plan
    status_as_of: date | None = None


def pieces(plan: Plan, status_as_of: date | None) -> list[str]:
    """The cells of the hidden sheet, top to bottom, for ``plan``."""
    from civplan.serialize.documents import to_data

    context = {"status_as_of": status_as_of.isoformat() if status_as_of else None}
    text = json.dumps(to_data(plan), ensure_ascii=False, separators=(",", ":"))
    return [MARKER, json.dumps(context), *(text[i : i + PIECE] for i in range(0, len(text), PIECE))]


def read_pieces(cells: Sequence[Any], source: str) -> Embedded | None:
    """The plan data in the cells of a hidden sheet, or ``None`` when they hold none.

    Raises:
        DocumentError: the cells start with the marker but do not hold a valid plan.
    """
    texts = [cell if isinstance(cell, str) else "" for cell in cells]
    if len(texts) < 3 or texts[0] != MARKER:
        return None
    from civplan.serialize.documents import loads

    where = f"{source} (the hidden sheet «{SHEET}»)"
    try:
        context = json.loads(texts[1])
        as_of = date.fromisoformat(context["status_as_of"]) if context.get("status_as_of") else None
    except (ValueError, TypeError, KeyError, AttributeError):
        raise DocumentError(where, ["row 2: not the context civplan writes"]) from None
    return Embedded(plan=loads("".join(texts[2:]), "json", source=where), status_as_of=as_of)
