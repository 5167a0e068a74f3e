"""Numbers of measures and sections, kept as documents write them and compared without marks.

Real plans number measures «1.1», «1.1.», «5», «3)», «1.2.3.1.4», «4.1-1», «5а»,
«1.1.1.5.4 (6)» or «3.2*», and sections «1.», «ІІ.» (Cyrillic and Latin
letters mixed) or «Напрям 1.1.». A number is kept exactly as written; civplan
compares numbers by their :func:`number_key`, which drops what does not
identify them: a trailing dot or bracket, a mark in brackets, an asterisk,
spaces, and the script of Roman numerals.
"""

from __future__ import annotations

import re

_ROMAN_LETTERS = str.maketrans({"І": "I", "і": "I", "Ӏ": "I", "ӏ": "I", "Х": "X", "х": "X"})
_KEYWORD = re.compile(r"^(?:[^\W\d]+\s+)+(?=[\dIVXІХivxіх])")
_MARK = re.compile(r"(?:\(\s*[\w.]+\s*\)|\*+)$")
"""A mark after a number, at the end of its text stripped: «(6)», «*»."""

ARABIC = r"\d{1,4}(?:\s?\.\s?\d{1,4})*"
"""Arabic numbers, flat or deep: «5», «1.2.3.1.4»."""
ROMAN = r"(?:[IVXІХ]{1,5}|[ivxіх]{1,5})"
"""Roman numerals in any mix of Latin and Cyrillic letters: «ІV», «XІІ»."""
_SUFFIX = r"(?:-\d{1,3}|[-.]?[а-яґєіїa-z](?![\w]))?"

_ROMAN_PREFIX = re.compile(rf"{ROMAN}(?=\.|$)", re.IGNORECASE)

_LETTER = r"(?-i:[А-ЯҐЄІЇA-Z])"
"""A capital letter that numbers a part of a plan: «А.», «B.»."""
MEASURE_NUMBER = re.compile(
    rf"(?:(?:{ROMAN}\.\s?|{_LETTER}\.\s?)?{ARABIC}{_SUFFIX}(?:\.\)|[.)])?|[а-яґєіїa-z]\))"
    r"(?:\s*\(\s*\d{1,4}\s*\)|\*+)?",
    re.IGNORECASE,
)
"""A whole cell that is a measure's number: «1.1», «1.1.», «5», «3)», «2.2.)», «4.1-1», «5а»,
«1.1-а», «а)», «1.1.1.5.4 (6)», «3.2*», «ІІ.3» (a measure of section ІІ), «А.1», «B.2.1» (of
part А, B)."""

LETTER_ITEM = re.compile(r"[а-яґєіїa-z]\)")
"""The number of a lettered sub-item, in small letters: «а)», «б)»."""

SECTION_NUMBER = re.compile(
    rf"(?:{ARABIC}|{ROMAN})[.)]?|{_LETTER}\.(?:\s?{ARABIC}\.?)?", re.IGNORECASE
)
"""A whole cell that is a section's number: «1», «1.», «ІІ.», «1.2.», «А.», «B.1.»."""


def _without_tail(text: str) -> str:
    """A number's text without the spaces, points and brackets that end it («1.1.)» → «1.1»).

    Stripped from the end (a pattern searched for them went through a run of spaces
    inside the text from each of its places).
    """
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] in ".)"):
        end -= 1
    return text[:end]


def number_key(number: str) -> str:
    """The number as civplan compares it: «1.1.» → «1.1», «3)» → «3», «ІІ.» → «II».

    A mark in brackets or an asterisk is dropped («1.1.1.5.4 (6)» → «1.1.1.5.4»,
    «3.2*» → «3.2»), spaces inside are removed («1. 2» → «1.2»), and Roman
    numerals written in Cyrillic letters read as Latin ones. A word before the
    number («Напрям 1.1.») is dropped.
    """
    plain = number.rstrip(".")
    if plain[:1].isdecimal() and plain.replace(".", "").isdecimal() and ".." not in plain:
        return plain  # «1.2.3», «1.2.» — most numbers, at once
    text = _KEYWORD.sub("", number.strip())  # «Напрям 1.1.» compares as «1.1»
    bare = _MARK.sub("", text.rstrip())
    text = _without_tail(bare or text)
    text = "".join(text.split())
    roman = _ROMAN_PREFIX.match(text)
    if roman is not None:  # «ІІ.», «ІІ.3»: the numeral in Latin capitals
        text = roman[0].translate(_ROMAN_LETTERS).upper() + text[roman.end() :]
    return text or number.strip()


def number_parts(number: str) -> tuple[str, ...]:
    """The levels of a hierarchical number: «1.2.3.» → ``("1", "2", "3")``; «5а» → ``("5а",)``."""
    return tuple(number_key(number).split("."))


def is_roman(number: str) -> bool:
    """Whether the number is a Roman numeral («ІІ.», «IV»)."""
    return re.fullmatch(ROMAN, number_key(number), re.IGNORECASE) is not None


def within(number: str, parent: str) -> bool:
    """Whether a hierarchical number lies under another: «1.2.3» lies under «1.2» and «1»."""
    child, outer = number_parts(number), number_parts(parent)
    return len(child) > len(outer) and child[: len(outer)] == outer
