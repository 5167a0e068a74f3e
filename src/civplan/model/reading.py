"""Reading an outcome text for status cues, with negation handled as a reader would.

The text is split into words and punctuation. Cues of the lexicon are matched
on runs of words between punctuation marks, so a cue never spans a comma or a
quotation. A cue is negated only when «не» (or «ні») stands right before it,
or before an auxiliary right before it («не було проведено»): «не менше 10
заходів проведено» has no negated cue, and «не в повному обсязі» is a
partial-completion cue of its own. Words inside quotation marks (the names of
events: «Не бійся бути рівним») and inside relative clauses («проєктів, які
виконуються ІГС») say nothing about the measure and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from civplan.model.cues import (
    AUXILIARIES,
    CONJUNCTIVE_BEFORE_SHCHO,
    NEGATIONS,
    RELATIVE_PRONOUN,
    Cue,
    CueKind,
)

_TOKEN = re.compile(r"[\w'’ʼ`]+(?:-[\w'’ʼ`]+)*|\n|[^\w\s]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})
_BOUNDARIES = frozenset(",.;:!?()\n[]")
_OPENING_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
_PREPOSITIONS = frozenset(
    {"у", "в", "до", "з", "із", "на", "за", "для", "від", "при", "через", "про", "над", "під"}
)
_PRESENT_VERB = re.compile(r"\w+(?:ть|ться|ється|ються|ує|ює)")

# what a cue of each kind means when it is negated; None: the cue says nothing
_NEGATED: dict[CueKind, CueKind | None] = {
    CueKind.ACHIEVEMENT: CueKind.FAILURE,
    CueKind.ONGOING: CueKind.FAILURE,
    CueKind.FUTURE: CueKind.FAILURE,
    CueKind.FINDING: CueKind.FINDING,
    CueKind.PARTIAL: CueKind.PARTIAL,
    CueKind.POSTPONEMENT: None,
    CueKind.CANCELLATION: None,
    CueKind.FAILURE: None,
}


@attrs.frozen
class Evidence:
    """A cue found in an outcome text.

    Attributes:
        kind: what the phrase says, after negation: a negated achievement is a
            ``FAILURE``; an affirmed finding is an ``ACHIEVEMENT``, a negated
            one stays a (neutral) ``FINDING``.
        phrase: the words exactly as the text has them («не проводилось»).
        negated: whether a negation applied to the cue.
    """

    kind: CueKind
    phrase: str
    negated: bool = False


@attrs.frozen
class _Word:
    text: str
    start: int
    end: int


def read_outcome(text: str, lexicon: Sequence[Cue]) -> tuple[Evidence, ...]:
    """Every cue of ``lexicon`` that ``text`` contains, in reading order."""
    found: list[Evidence] = []
    for run in _runs(text):
        found.extend(_match_run(text, run, lexicon))
    return tuple(found)


def _runs(text: str) -> Iterator[list[_Word]]:
    """Runs of words between punctuation, without quotations and relative clauses."""
    tokens = [
        _Word(m.group().casefold().translate(_APOSTROPHES), m.start(), m.end())
        for m in _TOKEN.finditer(text)
    ]
    run: list[_Word] = []
    closing: str | None = None  # the quotation mark that ends the current quotation
    in_relative = False
    for index, token in enumerate(tokens):
        if closing is not None:
            if token.text in (closing, "\n"):  # an unclosed quotation ends with its line
                closing = None
            continue
        if token.text in _OPENING_QUOTES:
            closing = _OPENING_QUOTES[token.text]
            yield run
            run = []
            continue
        if token.text in _BOUNDARIES:
            yield run
            run = []
            in_relative = token.text == "," and _opens_relative_clause(tokens, index)
            continue
        if not in_relative:
            run.append(token)
    yield run


def _opens_relative_clause(tokens: list[_Word], comma: int) -> bool:
    following = [t.text for t in tokens[comma + 1 : comma + 3]]
    if following and following[0] in _PREPOSITIONS:
        following = following[1:]
    if not following:
        return False
    if RELATIVE_PRONOUN.fullmatch(following[0]):
        return True
    if following[0] == "що":
        before = tokens[comma - 1].text if comma > 0 else ""
        after = following[1] if len(following) > 1 else ""
        return before not in CONJUNCTIVE_BEFORE_SHCHO and bool(_PRESENT_VERB.fullmatch(after))
    return False


def _match_run(text: str, run: list[_Word], lexicon: Sequence[Cue]) -> Iterator[Evidence]:
    words = [w.text for w in run]
    at = 0
    while at < len(words):
        for cue in lexicon:
            length = cue.match(words, at)
            if length:
                break
        else:
            at += 1
            continue
        first = _negation_start(words, at)
        negated = first < at
        kind = _NEGATED[cue.kind] if negated else cue.kind
        if kind is CueKind.FINDING and not negated:
            kind = CueKind.ACHIEVEMENT
        if kind is not None:
            phrase = text[run[first].start : run[at + length - 1].end]
            yield Evidence(kind=kind, phrase=phrase, negated=negated)
        at += length


def _negation_start(words: list[str], at: int) -> int:
    """Index of the negation that governs the cue at ``at``, or ``at`` when none does."""
    if words[at] in NEGATIONS:  # the cue itself begins with its negation
        return at
    if at >= 1 and words[at - 1] in NEGATIONS:
        return at - 1
    if at >= 2 and words[at - 1] in AUXILIARIES and words[at - 2] in NEGATIONS:
        return at - 2
    return at
