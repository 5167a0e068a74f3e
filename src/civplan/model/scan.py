"""What several readers of one outcome text ask of it, worked out once per text.

Assessing a measure reads its outcome for cues, its language, events, counts
and a justification; each needs the text in lower case or whether it has a
digit. Those answers are kept for the last few texts, so a report pays for
each scan once per measure, not once per reader.
"""

from __future__ import annotations

import functools
import re

_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text`` in lower case."""
    return text.lower()


@functools.lru_cache(maxsize=16)
def has_digit(text: str) -> bool:
    """Whether ``text`` has a digit."""
    return _DIGIT.search(text) is not None
