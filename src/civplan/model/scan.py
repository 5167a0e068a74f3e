"""What several readers of one outcome text ask of it, worked out once per text.

Assessing a measure reads its outcome for cues, its language, events, counts
and a justification; each needs the text in lower case or whether it has a
digit. Those answers are kept for the last few texts, so a report pays for
each scan once per measure, not once per reader. The text they read is the
outcome as it shows (:func:`as_read`): its spaces single, lines a narrow cell
broke joined, look-alike letters mended.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from civplan._text import visible


@functools.lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text`` in lower case, letter for letter: a place in one is the same place in the other.

    A letter whose lower case is longer («İ») is kept as it is.
    """
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return folded


def any_digit(text: str) -> bool:
    """Whether ``text`` has a digit 0–9, the digits reports write dates and counts in.

    Ten substring scans in C cost a tenth of one regular-expression scan of a
    Cyrillic text, which tests every character's Unicode category. Not kept:
    for the parts of a text (:func:`has_digit` keeps the answer for whole ones).
    """
    for digit in "0123456789":  # noqa: SIM110 - any() costs a generator per outcome
        if digit in text:
            return True
    return False


@functools.lru_cache(maxsize=16)
def has_digit(text: str) -> bool:
    """Whether an outcome text has a digit 0–9 (:func:`any_digit`), kept for the last few."""
    return any_digit(text)


def search_start(text: str, anchors: tuple[str, ...], spaces: int) -> int:
    """Where a search must begin, for a pattern whose every match holds one of ``anchors``.

    ``spaces``: the most spaces a match has before its anchor. No match begins
    before the first anchor's ``spaces + 1``-th space back, so the text before it
    is passed (a search at every place of a long outcome costs far more). -1: no
    anchor, no match. Leading white space alone is not passed (a pattern may
    take the whole text, from its start).
    """
    first = min((at for anchor in anchors if (at := text.find(anchor)) >= 0), default=-1)
    if first < 0:
        return -1
    at = first
    for _ in range(spaces + 1):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return 0 if text[: at + 1].isspace() else at + 1


_SPACES = re.compile(r"[^\S\r\n]{2,}|[^\S\r\n ]")


def single_spaced(text: str) -> str:
    """``text`` with each run of spaces, tabs or no-break spaces a single space; lines kept.

    Word documents put no-break spaces in «25 %» and «тис. грн», and typists two
    spaces between words, where the readers' patterns expect one.
    """
    if "  " not in text and (text.isprintable() or text.replace("\n", "").isprintable()):
        return text  # no tab, no-break space or doubled space: told by C scans
    return _SPACES.sub(" ", text) if _SPACES.search(text) else text


_GOES_ON = re.compile(r"[a-zа-щьюяґєії\d%(]|[-–—] ?[a-zа-щьюяґєії\d]")
"""How a line that goes on the line before it begins: in lower case, a figure, a bracket."""


def unwrapped(text: str) -> str:
    """``text`` with a line that goes on in lower case joined to the line before it.

    «Роботи не↵проводились», «2 з 4↵запланованих», «становить 70↵%», «(план↵– 20)»: a
    line broken inside a sentence (a manual break in a narrow cell, text copied from
    a PDF). A word hyphenated at a line's end («прове-↵дено») is whole again, unless it is
    written with its hyphen («соціально-↵економічний»). A line after one that ends a
    sentence or a clause («…проведено;↵виготовлено…»), or one in capitals, stays apart.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    joined: list[list[str]] = [[lines[0]]]  # each line as the pieces joined into it (linear)
    for line in lines[1:]:
        pieces = joined[-1]
        before = pieces[-1].rstrip()  # (a piece joined on is never blank)
        following = line.lstrip()
        if before[-2:-1].isalpha() and before[-1:] in _HYPHENS and following[:1].islower():
            # «прове-↵дено»: a word hyphenated at the line's end (a print, a PDF) is whole
            # again; «соціально-↵економічний», a word written with its hyphen, keeps it
            pieces[-1] = before[:-1] if _broken_word(before, following) else before
            pieces.append(following)
        elif before and before[-1] not in ".;:!?" and _GOES_ON.match(following):
            pieces[-1] = before
            pieces.append(" " + following)
        else:
            joined.append([line])
    return "\n".join("".join(pieces) for pieces in joined)


_HYPHENS = frozenset("-\u2010")
"""Marks a word is broken with at a line's end: a hyphen, Unicode's hyphen."""
_WORD_END = re.compile(r"[^\W\d_][\w'’]{0,40}$")
_WORD_START = re.compile(r"[\w'’]{0,40}")


def _broken_word(before: str, following: str) -> bool:
    """Whether a line's last word and a hyphen, and the next line's first word, are one word.

    Not where the word is written with its hyphen: «соціально-↵економічний».
    """
    from civplan.model.morphology import is_word

    head = _WORD_END.search(before, max(0, len(before) - 42), len(before) - 1)
    tail = _WORD_START.match(following)
    first, rest = (head[0] if head else ""), (tail[0] if tail else "")
    return is_word(first + rest) and not is_word(f"{first}-{rest}")


_PAIRS = {"«": "»", "“": "”", "„": "“", '"': '"'}


def unquoted(text: str) -> str:
    """``text`` without the quotation marks around all of it («"Проведено 3 семінари"»).

    A cell copied or saved with its quotes is the report itself, not a quotation in
    it (a quoted name, «Семінар «Про безпеку» проведено», is no part of the work).
    Fewer than three words in quotes may be a name («Відновлення»), kept quoted:
    :func:`quoted_whole` gives them to a caller that can tell.
    """
    inner = quoted_whole(text)
    return inner if inner is not None and len(inner.split()) >= 3 else text


def quoted_whole(text: str) -> str | None:
    """What the quotation marks around all of ``text`` hold, or ``None`` if they hold not all."""
    stripped = text.strip()
    closing = _PAIRS.get(stripped[:1])
    if closing is None or len(stripped) < 3 or not stripped.endswith(closing):
        return None
    inner = stripped[1:-1]
    if closing == stripped[0]:  # "…": no other straight quote inside
        return inner if closing not in inner else None
    depth = 0
    for char in inner:  # «…» around all of it: its inner quotes each closed in turn
        if char == stripped[0]:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth < 0:
                return None
    return inner if depth == 0 else None


_LOOK_ALIKES = str.maketrans("aceiopxyACEHIKMOPTXY", "асеіорхуАСЕНІКМОРТХУ")
_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC = re.compile(r"[а-яґєіїА-ЯҐЄІЇ]")


def cyrillic_words(text: str) -> str:
    """``text`` with the Latin letters that look Cyrillic in a Cyrillic word made Cyrillic.

    «вiдбулося» typed with a Latin «i», «прoведено» with a Latin «o»: the word it
    shows. Words all in Latin letters are left alone.
    """
    if text.isascii() or not has_latin_letter(text):
        return text

    def mended(word: re.Match[str]) -> str:
        letters = word[0]
        mixed = _LATIN.search(letters) is not None and _CYRILLIC.search(letters) is not None
        return letters.translate(_LOOK_ALIKES) if mixed else letters

    return _LETTERS.sub(mended, text)


def has_latin_letter(text: str) -> bool:
    """Whether ``text`` has a Latin letter: its ASCII characters, kept alone, have a case.

    (Two passes in C over a Cyrillic text cost a fifth of a pattern's search of it.)
    """
    kept = text.encode("ascii", "ignore")
    return kept.lower() != kept.upper()


def as_read(text: str) -> str:
    """An outcome as civplan reads and quotes it.

    The characters that show nothing dropped (:func:`civplan._text.visible`), Latin
    look-alikes in Cyrillic words made Cyrillic (:func:`cyrillic_words`), a count typed
    against its word set apart (:func:`counts_apart`), spaces
    single (:func:`single_spaced`), lines broken inside a sentence or a word joined
    (:func:`unwrapped`), and quotation marks around all of it dropped (:func:`unquoted`).
    """
    if "\u00ad\n" in text:  # «вико­↵нано»: a soft hyphen breaks a word only at a line's end
        text = text.replace("\u00ad\n", "")
    return unquoted(unwrapped(single_spaced(counts_apart(cyrillic_words(visible(text))))))


_GLUED_COUNT = re.compile(r"(?<=[а-яіїєґ']{5})(?=\d)|(?<=\d)(?=[а-яіїєґ']{4})")
"""A word and a count typed without the space between them: «Проведено3», «3семінари» (not
«м2», «10км», «2025р»: a unit's short word)."""


_LETTER_BY_DIGIT = re.compile(r"\d(?<=[а-яіїєґ']\d)|\d(?=[а-яіїєґ'])")


def counts_apart(text: str) -> str:
    """``text`` with a space between a word and a count typed against it («Проведено3 семінари»)."""
    if not has_digit(text) or _LETTER_BY_DIGIT.search(text) is None:  # (most outcomes)
        return text
    return _GLUED_COUNT.sub(" ", text)


SENTENCE_ENDS = ".;!?\n"
"""The marks that end a sentence of an outcome, or a clause as separate as one."""


def sentence_start(text: str, at: int, reach: int = 0) -> int:
    """Where the sentence that holds position ``at`` of ``text`` begins (``reach`` at most back).

    ``reach``: the earliest place sought, for a caller who wants only the last few words.
    """
    return max(max(text.rfind(mark, reach, at) for mark in SENTENCE_ENDS) + 1, reach)


def compiled_on_use(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A regular expression compiled when first asked for, so that importing civplan stays quick.

    For patterns asked for only after a quick test of the text: ``_PATTERN().search(…)``.
    """
    return functools.cache(lambda: re.compile(pattern))


def one_letter_apart(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with a letter more, less, other, or two letters swapped."""
    if abs(len(typed) - len(word)) > 1 or typed == word:
        return False
    head = 0
    while head < min(len(typed), len(word)) and typed[head] == word[head]:
        head += 1
    if len(typed) == len(word):
        return typed[head + 1 :] == word[head + 1 :] or (
            typed[head : head + 2] == word[head : head + 2][::-1]
            and typed[head + 2 :] == word[head + 2 :]
        )
    longer, shorter = (typed, word) if len(typed) > len(word) else (word, typed)
    return longer[head + 1 :] == shorter[head:]
