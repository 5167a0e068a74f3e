"""Searches that pass the start of a text no match can begin in find what a full search finds."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from civplan.model import reading
from civplan.model.scan import one_letter_apart, search_start

# the longest phrases each pattern reads, and words around them
PHRASES = {
    "percent": (
        "будівельна готовність об єкта становить – 75 %",
        "рівень виконання заходу склала – 40 %",
        "level of implementation is – 60 %",
        "виконано лише на 45,5 відсотка",
        "освоєно на рівні на 2/3",
        "85 % від запланованого",
        "80 % учнів школи охоплено",
    ),
    "money": (
        "план – 1 234 567 890 123,0 тис., факт – 1 234 567 890 123,0 тис. грн",
        "виділено 200 тис. грн, з них використано 150 тис. грн",
        "450,3 тис. грн з передбачених 600,0 тис. грн",
        "1 234 567,5 тис. грн при плановому обсязі 2 000 000 тис. грн",
        "використано 1 234,5 тис. грн (95,3 %)",
    ),
    "plan": (
        "проведено 8 % нових великих гарних семінарів при плані 10",
        "придбано 2 % нових (план – 3)",
        "мало бути відремонтовано 10 км, фактично відремонтовано 6",
        "заплановано 10 заходів, проведено 8",
        "8 нових великих заходів замість 10",
        "of the 12 planned trainings, 7 were",
        "8 нових великих заходів (з 10 запланованих)",
    ),
}
FILLER = ("Протягом", "року", "у", "громаді", "звіт", "1", "2025", ",", "–", "\n", "  ", "%")
PATTERNS = {
    "percent": (reading._PERCENT_DONE, *reading._PERCENT_NEAR),
    "money": (reading._MONEY_SHARE, *reading._MONEY_NEAR),
    "plan": (reading._PLANNED_COUNT(), *reading._PLAN_NEAR),
}


@settings(max_examples=300)
@given(
    st.sampled_from(sorted(PATTERNS)),
    st.lists(st.sampled_from(FILLER), max_size=12),
    st.lists(st.sampled_from(FILLER), max_size=12),
    st.data(),
)
def test_a_search_from_its_start_finds_what_a_full_search_finds(
    name: str, before: list[str], after: list[str], data: st.DataObject
) -> None:
    phrase = data.draw(st.sampled_from(PHRASES[name]))
    text = " ".join([*before, phrase]) + ". " + " ".join(after)
    pattern, anchors, spaces = PATTERNS[name]
    begin = search_start(text, anchors, spaces)
    everywhere = [m.span() for m in pattern.finditer(text)]
    assume(everywhere)  # the phrase is read (words before it may take it in)
    assert [m.span() for m in pattern.finditer(text, begin)] == everywhere


def test_the_start_is_the_space_before_the_words_a_match_may_hold() -> None:
    text = "Один два три чотири виконано на 75 %"
    assert search_start(text, ("%",), 3) == text.index("виконано")  # «виконано на 75 %»
    assert search_start(text, ("%",), 2) == text.index("на 75")
    assert search_start(text, ("%",), 9) == 0
    assert search_start(text, ("грн",), 2) == -1
    assert search_start("          75 %", ("%",), 1) == 0  # white space alone: from the start


def _one_edit(word: str, letters: str) -> set[str]:
    """Every text one edit from ``word`` with ``letters``: a letter in, out, other, two swapped."""
    ends = [(word[:at], word[at:]) for at in range(len(word) + 1)]
    return (
        {head + tail[1:] for head, tail in ends if tail}
        | {head + letter + tail for head, tail in ends for letter in letters}
        | {head + letter + tail[1:] for head, tail in ends if tail for letter in letters}
        | {head + tail[1] + tail[0] + tail[2:] for head, tail in ends if len(tail) > 1}
    ) - {word}


@settings(max_examples=400)
@given(st.text("квартлоі", min_size=1, max_size=8), st.text("квартлоі", min_size=1, max_size=8))
def test_one_letter_apart_is_one_edit_exactly(typed: str, word: str) -> None:
    assert one_letter_apart(typed, word) == (typed in _one_edit(word, typed))
