"""Printed text's lines joined back into its paragraphs.

Printing wraps a cell's paragraph into lines, and a narrow column cuts words
between them, with a hyphen or without. A PDF's cells and a text that kept a
PDF's layout hold the printed lines; :func:`unwrap` makes them sentences again.
"""

from __future__ import annotations

import re

from civplan.importers.document import ENDS_PARAGRAPH

_STARTS_PARAGRAPH = re.compile(r"[\dA-ZА-ЯІЇЄҐ«\"\-–—•·*]")
# a place's abbreviation before its name, which a line may end with: «у с.↵Тернівка»
_BEFORE_A_NAME = re.compile(r"(?<![\w.])(?:с|м|смт|сел|вул|просп|пров|бульв|пл|обл|ім|буд)\.$")


def unwrap(text: str) -> str:
    """A cell's printed lines joined back into its paragraphs.

    Printing wraps a paragraph into lines; a line break is kept only where a
    line ends a sentence and the next begins like a new paragraph (a capital,
    a number, a dash or bullet) — not after a place's abbreviation («у с.»
    over «Тернівка»). A word broken at a hyphen is joined whole, and so are a
    range broken at its dash («2025–» over «2026 роки»), a word a narrow
    column cut without a hyphen, even into three or more pieces (see
    :func:`_cut_word`), a date cut in its year («30.04.2» over «025», «01.07.» over «2025») and a
    word whose closing mark was wrapped onto the next line («Сонечко» over «»»), and
    a word whose hyphen was wrapped onto a line of its own.
    """
    lines = [stripped for line in text.split("\n") if (stripped := line.strip())]
    out: list[str] = []
    previous = ""
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if not out or (
            out[-1].endswith(tuple(ENDS_PARAGRAPH))
            and _STARTS_PARAGRAPH.match(line)
            and not _BEFORE_A_NAME.search(out[-1])
            and not _cut_date(out[-1], line)
        ):
            out.append(line)
        elif (
            (out[-1].endswith("-") and (line[:1].islower() or _cut_range(out[-1], line)))
            or (out[-1].endswith(("–", "—")) and not out[-1][-2:-1].isspace())
            or line[0] in _CLOSING
            # a word's hyphen wrapped onto a line of its own («санаторно» / «-» / «курортним»)
            or (line == "-" and out[-1][-1:].isalpha() and at < len(lines))
            or _cut_date(out[-1], line)
            or _cut_word(previous, line)
        ):
            out[-1] += line
        elif (head := _head_apart(out[-1], line)) is not None:
            # a word cut into three at a page break: its first two pieces, unwrapped on
            # the first page, were set apart there («Обла штува» over «ти»)
            out[-1] = out[-1][: -len(head)] + head.replace(" ", "") + line
        elif (tail := _tail_apart(out[-1], line)) is not None:
            # … or its last two, unwrapped on the next page («Обла» over «штува ти»)
            out[-1] += tail.replace(" ", "") + line[len(tail) :]
        elif pieces := _middle_pieces(previous, lines, at - 1):
            # a word cut into three or more pieces («Облаш» / «туванн» / «я»): the middle ones
            middle = "".join(lines[at - 1 : at - 1 + pieces])
            out[-1] += middle
            previous = previous.rsplit(" ", 1)[-1] + middle
            at += pieces - 1
            continue
        else:
            out[-1] += " " + line
        previous = line
    return "\n".join(out)


def _head_apart(text: str, following: str) -> str | None:
    """The last two words of ``text`` where they are a cut word's first pieces, set apart.

    Neither is a word; the two and the next line's first make one: «Обла штува» over
    «ти укриття» is «Облаштувати».
    """
    pieces = text.rsplit(" ", 2)[-2:]
    if len(pieces) != 2 or not all(piece.isalpha() for piece in pieces):
        return None
    from civplan.model.morphology import is_word

    if is_word(pieces[0]) or is_word(pieces[1]):
        return None
    return " ".join(pieces) if _cut_word(pieces[0], following, pieces[1]) else None


def _tail_apart(text: str, following: str) -> str | None:
    """The first two words of ``following`` where they are a cut word's last pieces, apart.

    The first is no word (the last may be: «ти»); ``text``'s last and the two make
    one: «Обла» over «штува ти укриття» is «Облаштувати».
    """
    pieces = following.split(" ", 2)[:2]
    if len(pieces) != 2 or not all(piece.isalpha() and piece.islower() for piece in pieces):
        return None
    from civplan.model.morphology import is_word

    if is_word(pieces[0]):
        return None
    return " ".join(pieces) if _cut_word(text, pieces[1], pieces[0]) else None


def _middle_pieces(previous: str, lines: list[str], at: int) -> int:
    """How many lines from ``at`` on are the middle pieces of a word cut more than once.

    ``previous`` is the line before, whose last word is the word's head; the
    line after the middle pieces begins with its tail. 0 when there are none.
    """
    middle = ""
    for count, piece in enumerate(lines[at : at + _MOST_PIECES], start=1):
        if not piece.isalpha() or not piece.islower() or at + count >= len(lines):
            return 0
        middle += piece
        if _cut_word(previous, lines[at + count], middle):
            return count
    return 0


def _cut_range(text: str, following: str) -> bool:
    """Whether a range of numbers was broken at its hyphen («2025-» over «2027 роки»)."""
    return text[-2:-1].isdecimal() and following[:1].isdecimal()


def _cut_date(text: str, following: str) -> bool:
    """Whether ``text`` ends in a date whose year the cell's edge cut («30.04.2» over «025»).

    Or wrapped whole onto the next line, after the date's last point («01.07.» over «2025»).
    """
    cut = _CUT_DATE.search(text[-12:])  # its tail: a cell of many lines is read in linear time
    digits = len(following) - len(following.lstrip("0123456789"))
    return cut is not None and digits > 0 and len(cut[1]) + digits == 4


_CUT_DATE = re.compile(r"(?<!\d)\d{1,2}\.\d{1,2}\.(\d{0,3})$")
_MOST_PIECES = 3
"""The most middle pieces of one word sought: a column narrower than that is rare."""
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_CLOSING = frozenset("»”),.;:!?%]")
"""Marks a line may begin with only where printing wrapped them off the word before."""


def _cut_word(line: str, following: str, middle: str = "") -> bool:
    """Whether a printed line is the head of a word cut, without a hyphen, by the cell's edge.

    A word is cut where it is wider than the column: then it fills its line
    alone («Наймен» over «ування заходу»); a renderer may also cut one after
    other words («консультацій громадськіс» over «тю»). The line's last word
    is joined to the next line's first when the two make a word the
    dictionaries know and, after other words, the last is none on its own or
    the first is none on its own («громадян» over «ської»);
    ``middle``: pieces of the word between the two lines.
    """
    last = line.rsplit(" ", 1)[-1].lstrip("«„“\"'(")
    alone = " " not in line
    if len(last) < (3 if alone else 4) or not last[1:].islower() or not following[:1].islower():
        return False  # short words and abbreviations («ЗМІ») are not cut
    from civplan.model.morphology import is_word

    word = following.split(" ", 1)[0]
    head = word.rstrip(".,;:!?)»")
    if not head or not head.isalpha() or not last.translate(_APOSTROPHES).isalpha():
        return False
    if len(head) <= 2 and (word != head or word == following) and is_word(last + middle + head):
        return True  # «кошті» over «в.»: a word of a letter or two ends no sentence, no line
    if head in _SMALL_WORDS and not middle and is_word(last):
        return False  # «відбір» over «не проводився»: two words, not «відбірне»
    # a whole word may end a line after others, unless what goes on is no word on its own
    # («громадян» over «ської»: «громадянської»)
    return (
        alone or not is_word(last) or not is_word(head) or head in _NO_WORDS_OF_REPORTS
    ) and is_word(last + middle + head)


_NO_WORDS_OF_REPORTS = frozenset({"но", "ти", "ня", "ся", "ться"})
"""Words the dictionaries know that a report never writes alone, but a word's cut tail is:
«Не викона» (a colloquial «виконає») over «но через відсутність коштів»."""


_SMALL_WORDS = frozenset(
    {"не", "ні", "та", "з", "із", "зі", "на", "до", "за", "що", "як", "по", "при", "для",
     "про", "від", "об", "чи", "же", "би"}
)  # fmt: skip
"""Short words a line may begin with after a whole word, though the two would make a third.

Not the ones that are also common endings («форум» over «у»: «форуму», «ветерані» over «в»)."""
