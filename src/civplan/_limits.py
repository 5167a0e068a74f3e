"""How much of a document civplan reads before it refuses it.

Documents arrive from anywhere. Every reader checks its input against these
bounds *before* doing the work they bound — a sheet's cell references before
its grid is built, repeat counts before rows are multiplied, aliases before
a YAML document is expanded — and refuses what is beyond them with a
:class:`~civplan.DocumentError` that names the limit and how to raise it.
The defaults fit the largest real plans with room to spare.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

import attrs


@attrs.frozen
class Limits:
    """The bounds civplan reads documents within.

    Attributes:
        cells: places a table may span: a sheet's rows × columns, a page's
            or document's cells with their spans expanded.
        columns: cells in one row of a table.
        tables: tables a document or page may hold (each is understood on its
            own: a document of a hundred thousand small tables took minutes).
        repeat: times a spreadsheet row or cell with content may repeat.
        spaces: spaces one ODF ``<text:s>`` element may stand for.
        nesting: how deep YAML, JSON or TOML data may nest.
        nodes: values a YAML document may expand to, its aliases followed.
        lines: lines a text file may hold (a table's text dump, a PDF's text):
            each is read as a paragraph at least.
    """

    cells: int = 5_000_000
    columns: int = 1_000
    tables: int = 10_000
    repeat: int = 10_000
    spaces: int = 10_000
    nesting: int = 64
    nodes: int = 1_000_000
    lines: int = 1_000_000

    def beyond(self, name: str, what: str, value: int) -> str:
        """The message for ``what`` (``value`` of it) beyond the limit ``name``."""
        limit = getattr(self, name)
        return (
            f"{what}: {value:,} is beyond civplan's limit of {limit:,}; "
            f"if the document is genuine, read it within civplan.limits({name}=…)"
        )


DEFAULT = Limits()
"""The limits in force unless a ``with civplan.limits(…)`` block sets others."""
_CURRENT: ContextVar[Limits | None] = ContextVar("civplan_limits", default=None)


def current() -> Limits:
    """The limits in force."""
    return _CURRENT.get() or DEFAULT


@contextlib.contextmanager
def limits(**changes: int) -> Iterator[Limits]:
    """Read documents within other limits inside a ``with`` block (see :class:`Limits`).

    ``with civplan.limits(cells=20_000_000): civplan.load(path)`` reads a
    larger sheet; the limits return to what they were after the block, and
    other threads and tasks keep theirs.
    """
    changed = attrs.evolve(current(), **changes)
    token = _CURRENT.set(changed)
    try:
        yield changed
    finally:
        _CURRENT.reset(token)
