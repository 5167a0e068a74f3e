"""A plan as flat records, one per measure: the bridge to pandas, notebooks and CSV.

Scripters build their own reports; :func:`records` gives them every measure
with its headings, deadline, assessment and what its outcome reports, as
plain values, and :func:`to_pandas` the same as a DataFrame with proper
dtypes (pandas is an optional extra: ``civplan[pandas]``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from civplan._optional import require
from civplan.model.plan import Plan
from civplan.model.status import Status
from civplan.model.summary import period_end, resolve_as_of

if TYPE_CHECKING:
    import pandas

COLUMNS = (
    "headings",
    "section",
    "number",
    "title",
    "deadline",
    "deadline_kind",
    "deadline_start",
    "deadline_end",
    "responsible",
    "outcome",
    "status",
    "confidence",
    "review",
    "reasons",
    "justification",
    "events",
    "indicators",
)
"""The keys of each record, in order."""


def records(plan: Plan, as_of: date | None = None) -> list[dict[str, Any]]:
    """One flat dict per measure, in plan order, with its assessment as of ``as_of``.

    Keys (:data:`COLUMNS`): ``headings`` (the headings above the measure, top
    first, as one text joined by « / »), ``section`` (the number of its
    innermost section), ``number``, ``title``, ``deadline`` (as written),
    ``deadline_kind``, ``deadline_start`` and ``deadline_end`` (dates or
    ``None``), ``responsible`` (joined by «; »), ``outcome`` (the reported
    text), ``status`` (its name, e.g. ``"DONE"``), ``confidence``, ``review``
    (bool), ``reasons`` (the English reasons joined by «; »),
    ``justification``, ``events`` (their phrases joined by «; ») and
    ``indicators`` (e.g. «38 публічних консультацій», joined by «; »).

    Args:
        plan: the plan or report.
        as_of: the reporting date; by default the plan's, else today.
    """
    from civplan.model.assess import assess

    day = resolve_as_of(plan, as_of)
    end = period_end(plan)
    out: list[dict[str, Any]] = []
    path: list[str] = []
    for section, level in plan.walk():
        del path[level - 1 :]
        path.append(" ".join(section.heading.split()) if section.title is not None else "")
        for measure in section.measures:
            item = assess(measure, day, year=plan.year, period_end=end, plan=plan)
            deadline = measure.deadline
            out.append(
                {
                    "headings": " / ".join(p for p in path if p),
                    "section": section.number,
                    "number": measure.number,
                    "title": measure.title,
                    "deadline": deadline.text,
                    "deadline_kind": deadline.kind.value,
                    "deadline_start": deadline.start,
                    "deadline_end": deadline.end,
                    "responsible": "; ".join(measure.responsible),
                    "outcome": measure.outcome.text if measure.outcome is not None else "",
                    "status": item.status.name,
                    "confidence": item.confidence.value,
                    "review": item.review,
                    "reasons": "; ".join(r.en for r in item.reasons),
                    "justification": item.justification,
                    "events": "; ".join(e.phrase for e in item.events),
                    "indicators": "; ".join(i.text for i in item.indicators),
                }
            )
    return out


def to_pandas(plan: Plan, as_of: date | None = None) -> pandas.DataFrame:
    """The plan's :func:`records` as a pandas DataFrame, one row per measure.

    Deadlines' start and end are ``datetime64`` columns; ``status`` is an
    ordered categorical in :class:`~civplan.Status` order, so that counts
    and pivots list every status in the documented order; ``review`` is a
    boolean column.

    Raises:
        MissingDependencyError: pandas is not installed
            (``pip install 'civplan[pandas]'``).
    """
    pd: Any = require("pandas", extra="pandas", package="pandas")
    frame = pd.DataFrame.from_records(records(plan, as_of), columns=list(COLUMNS))
    for column in ("deadline_start", "deadline_end"):
        frame[column] = pd.to_datetime(frame[column])
    frame["status"] = pd.Categorical(
        frame["status"], categories=[s.name for s in Status], ordered=True
    )
    frame["review"] = frame["review"].astype(bool)
    return frame
