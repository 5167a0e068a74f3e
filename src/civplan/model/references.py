"""Reports that only refer to another measure's report: «Див. п. 1.2», "See 1.2".

Executors who did one piece of work for several measures report it once and,
under the others, only point to it: «Див. п. 1.2», «Інформацію наведено в
пункті 1.2», «Аналогічно пункту 2.1», "Same as 2.1". Such an outcome is read
as the report of the measure it points to, when the plan has that measure.
"""

from __future__ import annotations

import re

from civplan._errors import UnknownNumberError
from civplan.model.plan import Measure, Plan
from civplan.model.scan import any_digit

_REFERS = re.compile(
    r"(?:див(?:\.|ись|іться)?|дивіться|see|refer to|same as|as (?:in|under)"
    r"|аналогічно(?: до| з)?"
    r"|(?:інформаці\w*|відомості)(?: (?:щодо|про) виконанн\w*)? (?:наведен\w*|викладен\w*"
    r"|зазначен\w*|відображен\w*|надан\w*|міститься|подан\w*)"
    r"|information (?:is )?(?:provided|given|presented|reported) (?:under|in))"
    r"\s*(?:(?:інформаці\w*|відомості) )?(?:(?:до|за|у|в|з) )?"
    r"(?:(?:п|пп)\.|пункт\w*|підпункт\w*|захід\w*|item|point|measure|activity|commitment)?\s*"
    r"(\d{1,3}(?:\.\d{1,3}){0,5})\.?"
    r"(?:\s+(?:цього |даного )?(?:плану|програми|переліку|заходів|of (?:the|this) plan))?"
)
_HOPS = 8
"""The most pointers followed from one measure to another's report."""
_LONGEST = 160
"""The most characters an outcome that only refers to another measure's has."""


def referred(plan: Plan, measure: Measure) -> Measure | None:
    """The measure whose report ``measure``'s report only points to, if the plan has it.

    A chain of such pointers is followed to its end; a pointer to itself, or
    round in a circle, or to a number the plan has not, points nowhere.
    """
    number = pointer(measure)
    seen = {measure.key}
    for _ in range(_HOPS):
        if number is None:
            return None
        try:
            current = plan.measure(number)
        except UnknownNumberError:
            return None
        if current.key in seen:
            return None
        seen.add(current.key)
        number = pointer(current)
        if number is None:
            return current
    return None


def pointer(measure: Measure) -> str | None:
    """The number a measure's outcome names when it only points to another's, else ``None``."""
    outcome = measure.outcome
    if outcome is None or outcome.status is not None:
        return None
    text = outcome.text
    if len(text) > _LONGEST or not any_digit(text):
        return None
    found = _REFERS.fullmatch(" ".join(text.casefold().split()).strip(" .;"))
    return found[1] if found is not None else None
