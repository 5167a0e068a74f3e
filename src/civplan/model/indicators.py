"""Counts an outcome text reports, read as indicators, and planned targets met or not.

«Проведено 38 публічних консультацій з ІГС» reports 38 of «публічних
консультацій»; «85 телепрограм», «21 тематичний матеріал», «на 15 %» too. A
number is an indicator when words of what was counted follow it; dates
(«21 березня»), years («2016-2020 роки», «у 2017 році») and ranges are not.
A measure may plan targets (IATI-like: a baseline and a target value for a
unit); a target is compared with the indicator whose words share a stem
with its unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

import attrs

from civplan.model.months import alternation
from civplan.model.plan import Target
from civplan.model.scan import has_digit

_STOP = frozenset(
    (
        "з", "із", "зі", "у", "в", "на", "до", "для", "щодо", "за", "від", "та", "і", "й", "що",
        "які", "який", "яка", "яке", "яких", "по", "серед", "між", "при", "про", "а", "але",
        "чи", "або", "як", "тощо",
    )
)  # fmt: skip
_NOT_UNITS = re.compile(
    r"(?:" + alternation() + "|" + alternation("english") + r")$"
    r"|р(?:ік|оку|оці|оки|оків|р)$|р$|год\w*$|хв\w*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    # thousands apart by a space too: «2 000 примірників», «1 200 осіб»
    r"(?=\d)(?<![\w.,/\-–])(?<!№ )(?P<value>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
    r"|\d{1,7}(?:[.,]\d+)?)(?![\d.,]?\d)(?:\s*(?P<percent>%|відсот\w*))?",
    re.IGNORECASE,
)
_GROUPING = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, ",": "."})
_WORD = re.compile(r"\s*([^\W\d_][\w'’ʼ-]*)([,.;:!?»)]?)")
YEAR = re.compile(r"(?:19|20)\d\d")
"""A year written in figures («2025»): no count."""
_VERB = re.compile(
    r"\w+(?:ено|єно|ано|яно|ито|уто|ято|ся|сь)|буде|будуть|було|були|був|була", re.IGNORECASE
)
"""Words that end what was counted («5 заходів буде проведено»: «заходів»)."""
_ABBREVIATIONS = frozenset({"тис", "млн", "млрд", "грн", "од", "шт"})
"""Words whose dot («тис. грн») does not end the phrase."""


@attrs.frozen
class Indicator:
    """A count an outcome text reports.

    Attributes:
        value: the number («38»).
        unit: the words of what was counted («публічних консультацій»).
        text: the phrase as the text writes it («38 публічних консультацій»).
    """

    value: Decimal
    unit: str
    text: str


@attrs.frozen
class TargetCheck:
    """A planned target and what the outcome reports against it.

    Attributes:
        target: the target planned on the measure.
        actual: the reported indicator's value, or ``None`` when none matches.
        met: whether the actual value reaches the target (``None`` without one).
    """

    target: Target
    actual: Decimal | None
    met: bool | None


_NUMERALS = {
    "один": 1, "одна": 1, "одне": 1, "одну": 1, "одного": 1, "одному": 1, "одній": 1,
    "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
    "п'ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "вісім": 8,
    "восьми": 8, "дев'ять": 9, "дев'яти": 9, "десять": 10, "десяти": 10,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}  # fmt: skip
_NUMERAL = re.compile(
    r"(?<![\w'’ʼ])(?:один|одна|одне|одну|одного|одному|одній"
    r"|два|дві|двох|три|трьох|чотири|чотирьох|п['’ʼ]ят[ьи]|шість|шести|сім|семи"
    r"|вісім|восьми|дев['’ʼ]ят[ьи]|десят[ьи]"
    r"|two|three|four|five|six|seven|eight|nine|ten)(?=\s+[^\W\d_])",
    re.IGNORECASE,
)
"""A count from one to ten in words («розроблено два паспорти», «у трьох закладах», "two
meetings were held")."""
TIMES = "рази"
"""The unit of a count of times: «2 рази», «двічі»."""
_TIMES = {"двічі": 2, "тричі": 3, "twice": 2, "один раз": 1}
_COUNT_WORDS = frozenset({*_NUMERALS, *_TIMES})
"""The words of counts, for a quick look («три», «двічі»)."""
_AROUND_A_WORD = "\"'.,;:!?()[]«»„“”-–—/"
"""Marks that may stand next to a count's word."""
_TIMES_IN_WORDS = re.compile(r"(?<![\w'’ʼ])(?:двічі|тричі|twice|один раз)(?!\w)", re.IGNORECASE)
"""A count of times in a word: «заслухано двічі»."""


_BEFORE_A_YEAR = re.compile(r"(?i)(?<!\w)(?:у|в|за|до|з|із|протягом|на|від|по|in|since|by)\s+$")
"""A preposition a year follows: «у 2017», not «висадити 2000 дерев»."""


def _counts_things(word: str) -> bool:
    """Whether a year-like number's next word makes it a count: «2000 дерев», «2024 учасники»."""
    from civplan.model.morphology import counted_plural

    return word.islower() and counted_plural(word)


def find_indicators(text: str) -> tuple[Indicator, ...]:
    """The counts in an outcome text, in the order they appear."""
    if not has_digit(text):  # every count is written in digits
        return ()
    found: list[Indicator] = []
    previous_end = 0
    for match in _NUMBER.finditer(text):
        value = match["value"]
        if match["percent"]:
            unit, end = "%", match.end()
        else:
            words, end = _unit(text, match.end())
            if not words or _NOT_UNITS.match(words[0]):
                continue
            if YEAR.fullmatch(value) and (
                not _counts_things(words[0])
                or _BEFORE_A_YEAR.search(text, max(0, match.start() - 12), match.start())
            ):
                continue  # «2017 року», «у 2017 семінарів не проводилось»: a year
            unit = " ".join(words)
            if found and _shares_a_noun(found[-1], words, text[previous_end : match.start()]):
                # «4 планових та 3 позачергових засідання»: the first count's noun left out
                found[-1] = attrs.evolve(found[-1], unit=" ".join([found[-1].unit, *words[1:]]))
        found.append(
            Indicator(
                value=Decimal(value.translate(_GROUPING)),
                unit=unit,
                text=text[match.start() : end],
            )
        )
        previous_end = end
    return tuple(found)


_AND = re.compile(r"\s*(?:та|і|й|and|,)\s+")


def _shares_a_noun(counted: Indicator, words: Sequence[str], between: str) -> bool:
    """Whether a count of one adjective takes its noun from the next count, joined by «та».

    «4 планових та 3 позачергових засідання», «2 сільських і 1 міський клуб»: both
    counts are of meetings, of clubs.
    """
    if " " in counted.unit or len(words) < 2 or _AND.fullmatch(between) is None:
        return False
    from civplan.model.morphology import is_adjective

    return is_adjective(counted.unit.lower()) and is_adjective(words[0].lower())


def _may_count(text: str) -> bool:
    """Whether a word of ``text`` is a count in words: a quick look before the patterns'."""
    lowered = text.lower()
    if "’" in lowered or "ʼ" in lowered:
        lowered = lowered.replace("’", "'").replace("ʼ", "'")
    return any(word.strip(_AROUND_A_WORD) in _COUNT_WORDS for word in lowered.split())


def counts_in_words(text: str) -> tuple[Indicator, ...]:
    """The counts from one to ten a text writes in words («розроблено два паспорти», «двічі»).

    Compared with the count a measure's title asks for; not an outcome's
    indicators, which are written in digits.
    """
    if not _may_count(text):
        return ()
    found = [
        Indicator(value=Decimal(_TIMES[m[0].casefold()]), unit=TIMES, text=m[0])
        for m in _TIMES_IN_WORDS.finditer(text)
    ]  # «двічі», «тричі»: times
    if _NUMERAL.search(text) is None:
        return tuple(found)
    for match in _NUMERAL.finditer(text):
        words, end = _unit(text, match.end())
        if not words or _NOT_UNITS.match(words[0]) or words[0].lower().startswith("раз"):
            continue  # («один раз»: times, above)
        value = _NUMERALS[match[0].casefold().replace("’", "'").replace("ʼ", "'")]
        found.append(
            Indicator(value=Decimal(value), unit=" ".join(words), text=text[match.start() : end])
        )
    return tuple(found)


_SCALES = {"тис": 1000, "млн": 1_000_000, "млрд": 1_000_000_000, "км": 1000}
"""What a unit's first word multiplies a count by, to compare it with another's: «1,6 км»
is 1600 of «1 500 м», «1,2 тис. осіб» 1200 of «1 000 осіб»."""


def magnitude(indicator: Indicator) -> Decimal:
    """A count's value in the units of its unit's last words (kilometres in metres)."""
    first = indicator.unit.split(maxsplit=1)[0].rstrip(".").casefold() if indicator.unit else ""
    return indicator.value * _SCALES.get(first, 1)


def _unit(text: str, at: int) -> tuple[list[str], int]:
    """Up to three words after a number, stopping at a preposition, a conjunction or punctuation.

    Nor past a line that begins with a capital: its own item («…для 48 працівників↵Управління
    культури: …»), where a line that goes on in lower case is the same sentence wrapped.
    """
    words: list[str] = []
    end = at
    while len(words) < 3:
        match = _WORD.match(text, end)
        if match is None or match.group(1).casefold() in _STOP or _VERB.fullmatch(match.group(1)):
            break
        if match.group(1)[0].isupper() and "\n" in text[end : match.start(1)]:
            break
        words.append(match.group(1))
        end = match.end(1)
        if match.group(2) == "." and match.group(1).casefold() in _ABBREVIATIONS:
            words[-1] += "."
            end = match.end(2)
        elif match.group(2):
            break
    return words, end


_UNIT_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_])){3,}")
"""A word of a unit, an apostrophe in it («сім'ям», «об'єктів»)."""


def _stems(phrase: str) -> set[str]:
    return {word[:5].casefold() for word in _UNIT_WORD.findall(phrase.replace("’", "'"))}


_PIECES = frozenset({"шт", "штук", "штуки", "штука", "од", "одиниць", "одиниці", "одиниця",
                     "pcs", "pieces", "units", "items"})  # fmt: skip
"""Units that count pieces of whatever the other count names («5 шт.», «3 од.»)."""


def same_thing(unit: str, other: str, *, pieces: bool = True) -> bool:
    """Whether two counts' units name the same thing («засідання ради», «засідання»).

    Words are compared by their stems, and Ukrainian words by their lemmas too
    («осіб» and «особи» are «особа»); two shares («%») compare; with ``pieces``, a count
    of pieces («5 шт.») is of whatever the other names.
    """
    if unit == other == "%":  # shares: «охопити 90 %» and «охоплено 85 %»
        return True
    folded, other_folded = unit.casefold().strip(" ."), other.casefold().strip(" .")
    if folded and folded == other_folded:
        return True  # «шт.» and «шт», «км»: too short for stems, but the same words
    measured, other_measured = _MEASURED.match(folded), _MEASURED.match(other.casefold())
    if (
        pieces
        and (folded in _PIECES) != (other_folded in _PIECES)
        and not (
            (measured and folded not in _PIECES)
            or (other_measured and other_folded not in _PIECES)
            or "%" in (unit, other)
        )
    ):
        return True  # «10 ноутбуків» asked, «5 шт.» done: pieces of whatever is counted
    if (
        measured
        and other_measured
        and measured[1] == other_measured[1]
        and not (measured[2].strip() and other_measured[2].strip())
    ):
        return True  # «5 км доріг» asked, «3,2 км» done: the same measure, one left unnamed
    kin, other_kin = _kin(unit), _kin(other)
    if not kin.isdisjoint(other_kin):
        return True
    # «осіб», «людей» count whatever people the other names: «200 безробітних» are persons
    from civplan.model.morphology import names_people

    return bool(
        (kin & _PERSONS and names_people(other)) or (other_kin & _PERSONS and names_people(unit))
    )


_MEASURED = re.compile(r"(км|м|га|т|кг|л|шт|од|кв\.? ?м|куб\.? ?м|м2|м²|м3|м³)\b\.?(.*)")
"""A unit of measure before what is measured: «км доріг», «кв. м», «шт.»."""
_PERSONS = frozenset({"особа", "людина"})
"""People counted by no other name: a count of them is of the people another count names."""


def _kin(unit: str) -> set[str]:
    from civplan.model.morphology import analyse

    stems = _stems(unit)
    for word in _UNIT_WORD.findall(unit.lower().replace("’", "'").replace("ʼ", "'")):
        stems.update(analyse(word).lemmas[1:])
    return stems


def reported(target: Target, indicators: Sequence[Indicator]) -> Indicator | None:
    """The count an outcome reports for a target: the first whose unit names the same thing."""
    return next((i for i in indicators if same_thing(target.unit, i.unit)), None)


def reached(target: Target, value: Decimal) -> bool:
    """Whether a reported value reaches a target.

    A target below its baseline is a level to bring down («рівень безробіття: базове
    значення 9,5 %, цільове 8 %»): reached at or below it; any other, at or above it.
    """
    if target.baseline is not None and target.value < target.baseline:
        return value <= target.value
    return value >= target.value


def check_targets(
    targets: Sequence[Target], indicators: Sequence[Indicator]
) -> tuple[TargetCheck, ...]:
    """Each target with the indicator that reports on it, if one does."""
    checks = []
    for target in targets:
        match = reported(target, indicators)
        if match is None:
            checks.append(TargetCheck(target=target, actual=None, met=None))
        else:
            checks.append(
                TargetCheck(target=target, actual=match.value, met=reached(target, match.value))
            )
    return tuple(checks)
