"""Reports written as prose, read against the plan they report on.

Many reports have no table: each measure's outcome is a paragraph naming it —
by its number at the paragraph's start («1.4. Забезпечено …»), by a reference
(«На виконання пункту 2.3 Плану …», «Щодо заходу 5 …», "Under item 2.3 …"), by
repeating its title, or by retelling it: a paragraph that repeats, in any form and
order, words of one title more than of any other («У травні відбувся форум молодіжних
ініціатив» of «Проведення щорічного форуму молодіжних ініціатив») names that measure,
with a warning to check it. Such a report says nothing of the measures' deadlines or
executors, so it is read only together with its plan: each paragraph that
names a measure, and the paragraphs after it up to the next one that names a
measure, a heading or a signature, become that measure's outcome.

A number counts only when the plan has a measure with it: «пункту 5 Порядку»
names another act and is passed over, as are numbers of no measure.
Measures the report never names keep no outcome, and a warning lists them.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Sequence

import attrs

from civplan._errors import CivplanWarning, DocumentError
from civplan.importers.cards import labelled
from civplan.importers.document import Document, Paragraph, is_signature, listing
from civplan.importers.metadata import read_metadata
from civplan.model.morphology import analyse
from civplan.model.numbering import number_key
from civplan.model.plan import Measure, Outcome, Plan, Section
from civplan.report.columns import ReportColumn

_NUMBER = r"\d{1,3}(?:\.\d{1,3})*"
# a paragraph that opens with a number: «1.4.», «1.4)», «№ 5», «5 -»
_LEADING = re.compile(rf"^\s*(?P<sign>№\s*)?(?P<number>{_NUMBER})(?P<mark>[.)]?)(?=\s|$|[-–—:])")
# a reference to a point of the plan: «пункту 2.3», «пп. 1.2, 1.3», «заходів 4 та 5», "item 2"
_REFERENCE = re.compile(
    r"(?<!\w)(?:(?:під)?пункт\w*|пп?\.|зах(?:ід|од\w*)|завдан\w*|items?|measures?|points?"
    rf"|actions?)\s*(?:№\s*)?({_NUMBER}(?:\s*(?:,|та|і|й|and|&)\s*{_NUMBER})*)(?!\.?\d)",
    re.IGNORECASE,
)
_LISTED = re.compile(_NUMBER)
# the act a number belongs to when it is not this plan: «пункту 5 Порядку», «пункту 3 статті 2»
_OTHER_ACT = re.compile(
    r"\s*(?:порядку|постанови|закону|указу|положення|кодексу|статт\w+|частини|розпорядження"
    r"|наказу|рішення|регламенту|інструкції|методик\w*|стратегії|угоди|of the (?:law|decree))\b",
    re.IGNORECASE,
)
_REFERENCE_REACH = 240  # characters at a paragraph's start where its subject is named
_WORDS = re.compile(r"[^\W_]+")
# a line announcing the report on each measure: «Інформація про виконання:», «Стан
# виконання заходів», "Progress on implementation"
_LEAD_IN = re.compile(
    r"(?:інформаці|стан|хід|ходу|звіт|відомост|результат)\w*\b.{0,40}виконан"
    r"|\b(?:progress|implementation)\b",
    re.IGNORECASE,
)
_LEAD_IN_LENGTH = 160
_TITLE_WORDS = 5  # a title is found by its first words
_ABOUT = re.compile(
    r"^\s*(?:щодо|стосовно|відносно|з питань?|(?:в|у) частині|regarding|concerning|on)\s+",
    re.IGNORECASE,
)
"""What may lead a measure's title in a paragraph about it: «Щодо оновлення вебсайту: …»."""


def read_prose(document: Document, plan: Plan) -> Plan:
    """The plan with the outcomes a report in prose gives its measures.

    Raises:
        DocumentError: no paragraph names a measure of the plan.
    """
    paragraphs = [
        told
        for block in document.blocks
        if isinstance(block, Paragraph) and (told := _as_told(block)) is not None
    ]
    outcomes, _used, opening, others, unplaced = _read(paragraphs, _Reader(plan))
    if not outcomes:
        raise DocumentError(document.source, [_nothing_named(plan)])
    # after the first outcome, telling of no measure: a remark (a signature is no surprise)
    astray = [note for note in unplaced if not is_signature(note.split(": ", 1)[-1])]
    if astray:
        others = [*others, f"kept as notes on the plan, could not place: {listing(astray)}"]
    _warn(document.source, plan, outcomes, others)
    metadata = read_metadata(opening)
    return attrs.evolve(
        _with_outcomes(plan, {key: _joined(texts) for key, texts in outcomes.items()}),
        as_of=metadata.as_of or plan.as_of,
        notes=(*plan.notes, *unplaced),
    )


_RESTATED = frozenset({ReportColumn.DEADLINE.value, ReportColumn.RESPONSIBLE.value})
_RESTATED_LENGTH = 200
"""The longest value of a line that only restates the plan: a term, the executors."""
_TOLD = frozenset({ReportColumn.OUTCOME.value, ReportColumn.STATUS.value})


def _as_told(block: Paragraph) -> Paragraph | None:
    """A paragraph as it tells of the measure: «Стан виконання: …» its report alone.

    A line that restates the plan («Термін виконання: ІІ квартал», «Виконавець: …»)
    tells nothing of the work.
    """
    found = labelled(block)
    if found is None:
        return block
    _caption, value, field = found
    if field in _RESTATED and len(value) <= _RESTATED_LENGTH and ". " not in value:
        return None  # not «Виконавець: відділ освіти. Проведено 3 семінари.»
    return Paragraph(value, block.where) if field in _TOLD and value else block


def outcomes_after_table(
    source: str, plan: Plan, paragraphs: Sequence[Paragraph]
) -> tuple[Plan, set[int]]:
    """The plan with what paragraphs after its table tell of its measures, and the ones used.

    Some reports give a table of measures, then a paragraph on each («1.4.
    Забезпечено …»): such paragraphs continue their measures' outcomes. The
    paragraphs read so are returned (by ``id``), so that they are not kept as
    notes as well.
    """
    first = reads_as_prose(Document(source=source, blocks=paragraphs))
    if len(paragraphs) < 2 or first is None:
        return plan, set()
    # after a table, «1. Затвердити …» may be a decision's own point: a paragraph names a
    # measure there by a deep number («1.2.»), a reference or its title — or by a flat
    # number under a line that says what follows («Інформація про виконання:»)
    lead_in = next(
        (
            block
            for block in paragraphs[: paragraphs.index(first)]
            if len(block.text) <= _LEAD_IN_LENGTH and _LEAD_IN.search(block.text) is not None
        ),
        None,
    )
    # (not by a title's words retold: after a table, a plan's own remarks and a decision's
    # points use them too — «Фінансування облаштування укриттів здійснювати …»)
    reader = _Reader(plan, retold=False)
    # «1. Утеплення фасаду школи …» under measure 1 of that title: numbers are the plan's
    reader.flat = lead_in is not None or any(reader.numbered_and_titled(p.text) for p in paragraphs)
    outcomes, used, _opening, others, _unplaced = _read(paragraphs, reader)
    if outcomes and lead_in is not None:
        used.add(id(lead_in))  # the line said what follows: read, not a note
    if not outcomes:
        return plan, set()
    for problem in others:
        warnings.warn(CivplanWarning(f"{source}: {problem}"), stacklevel=5)
    texts = {}
    for measure in plan.measures():
        if measure.key in outcomes:
            told = _joined(outcomes[measure.key])
            table = measure.outcome.text if measure.outcome is not None else ""
            texts[measure.key] = f"{table}\n{told}" if table.strip() else told
    return _with_outcomes(plan, texts), used


def _read(
    paragraphs: Sequence[Paragraph], reader: _Reader
) -> tuple[dict[str, list[str]], set[int], list[str], list[str], list[str]]:
    """What paragraphs tell: each named measure's paragraphs, the places used, and more.

    Also the paragraphs before the first outcome, the problems, and the
    paragraphs after it that tell of no measure (with their places).
    """
    outcomes: dict[str, list[str]] = {}
    used: set[int] = set()
    current: list[Measure] = []
    opening: list[str] = []
    others: list[str] = []
    unplaced: list[str] = []
    for at, block in enumerate(paragraphs):
        text = " ".join(block.text.split())
        # a printed line may end where a reference does: «пункт 5» / «Порядку …»
        following = paragraphs[at + 1].text[:40] if at + 1 < len(paragraphs) else ""
        named = reader.named(text, block.where, others, following)
        if named == []:  # maybe in the words of a title, not its number or first words
            clear, fitting = reader.by_words(text)
            if clear and reader.retold and [fitting[0][0]] != current:  # warned of
                named = [fitting[0][0]]
                shown = ", ".join(f"«{word}»" for word in fitting[0][1])
                others.append(
                    f"{block.where}: read as the outcome of measure {named[0].number}, whose "
                    f"title's words it repeats ({shown}), not by its number or title: check it"
                )
            elif fitting and not any([m] == current for m, _words in fitting):
                # the words of other measures (alike, or after a table, where remarks use
                # them too), not the one before: it goes on none
                current = []
                several = len(fitting) > 1
                numbers = " and ".join(m.number for m, _words in fitting)
                others.append(
                    f"{block.where}: repeats the words of the title{'s' * several} of "
                    f"measure{'s' * several} {numbers}{' alike' * several}: read as the "
                    "outcome of none"
                )
        if named is None:  # it refers to a point the plan lacks: not the one before
            current = []
        elif named:
            current = named
            used.add(id(block))
            for measure in named:
                outcomes.setdefault(measure.key, []).append(reader.outcome_text(text, measure))
        elif reader.is_heading(text):  # the plan's own heading: read, and ends an outcome
            current = []
            used.add(id(block))
        elif not outcomes:
            opening.append(text)
        elif current and not is_signature(text):
            used.add(id(block))
            for measure in current:
                outcomes[measure.key].append(text)
        elif text:
            current = []
            unplaced.append(f"{block.where}: {text}")
    return outcomes, used, opening, others, unplaced


def reads_as_prose(document: Document) -> Paragraph | None:
    """The first of several paragraphs that name points of a plan, if the document has them."""
    found = [
        block
        for block in document.blocks
        if isinstance(block, Paragraph)
        and (
            _leading(block.text) is not None
            or _REFERENCE.search(block.text[:_REFERENCE_REACH]) is not None
        )
    ]
    return found[0] if len(found) >= 2 else None


class _Reader:
    """The plan's measures by number, by titles' first words, by titles' words; its headings."""

    def __init__(self, plan: Plan, *, flat: bool = True, retold: bool = True) -> None:
        self.flat = flat  # whether «5.» opening a paragraph may name measure 5
        # whether a paragraph may name a measure by its title's words (else they only tell
        # it is about that measure, not the one before)
        self.retold = retold
        self.by_number: dict[str, list[Measure]] = {}
        self.by_title: dict[tuple[str, ...], list[Measure]] = {}
        self.by_stems: dict[tuple[str, ...], list[Measure]] = {}
        self.measures = list(plan.measures())
        for measure in self.measures:
            self.by_number.setdefault(number_key(measure.number), []).append(measure)
            words = _title_words(measure.title)
            if len(words) >= 3:
                self.by_title.setdefault(words, []).append(measure)
                for length in range(3, len(words) + 1):
                    self.by_stems.setdefault(_stems(words[:length]), []).append(measure)
        # each title's own words, each as its dictionary forms, and what each weighs: the
        # fewer titles a word is in, the more it tells of the one it names
        self.titles = [_title_lemmas(m.title) for m in self.measures]
        counts = Counter(word[0] for title in self.titles for word in title)
        self.weights = {word: 1 / count for word, count in counts.items()}
        # where in which titles each dictionary form is a word (a word of very many titles
        # weighs next to nothing, and is left out: a plan of thousands reads in bounded time)
        self.places: dict[str, list[tuple[int, int]]] = {}
        for at, title in enumerate(self.titles):
            for place, word in enumerate(title):
                if counts[word[0]] <= _MOST_TITLES:
                    for form in word:
                        self.places.setdefault(form, []).append((at, place))
        self.headings = {
            " ".join(_WORDS.findall(section.title.lower()))
            for section, _ in plan.walk()
            if section.title
        }
        self.section_numbers = {
            number_key(section.number) for section, _ in plan.walk() if section.number
        }

    def named(
        self, text: str, where: str, others: list[str], following: str = ""
    ) -> list[Measure] | None:
        """The measures a paragraph names by number or title, in the order it names them.

        ``None`` when it refers only to points the plan has no measure for.
        """
        numbers: list[str] = []
        leading = _leading(text)
        if leading is not None and not self.flat and "." not in leading[0]:
            leading = None
        if leading is not None:
            numbers.append(leading[0])
        context = f"{text} {' '.join(following.split())}"
        for reference in _REFERENCE.finditer(text[:_REFERENCE_REACH]):
            if _OTHER_ACT.match(context, reference.end()):
                continue
            numbers.extend(_LISTED.findall(reference[1]))
        named: list[Measure] = []
        unknown = False
        for number in numbers:
            found = self.by_number.get(number_key(number), [])
            if leading is not None and number == leading[0] and leading[1] == ")":
                # «1) …» opens a measure numbered so, else an item of a list in an outcome
                found = [m for m in found if m.number.rstrip().endswith(")")]
            if len(found) > 1:
                others.append(f"{where}: «{number}» is the number of several measures")
            elif found and found[0] not in named:
                named.append(found[0])
            elif (
                not found
                and number_key(number) not in self.section_numbers
                and (
                    leading is None or number != leading[0]  # «3.» opening a list item is no point
                )
            ):
                others.append(f"{where}: names point {number}, which the plan has no measure for")
                unknown = True
        if named:
            return named
        if unknown:
            return None
        opening = _LEADING.match(text)  # «1. Утеплення фасаду …»: the title after a number
        rest = text[opening.end() :] if opening else text
        words = _title_words(rest)
        # «Щодо оновлення вебсайту: …»: a verbal noun's genitive is its nominative
        for told in (words, _title_words(_ABOUT.sub("", rest, count=1))):
            for length in range(len(told), 2, -1):  # a title of three to five words, whole
                by_title = self.by_title.get(told[:length])
                if by_title:
                    return by_title[:1]
        # the title's words in other forms: «Проведено навчання для працівників …» of
        # «Проведення навчань для працівників …», when they name one measure only
        for told in (words, _title_words(_ABOUT.sub("", rest, count=1))):
            for length in range(len(told), 2, -1):
                by_stems = self.by_stems.get(_stems(told[:length]), [])
                if len(by_stems) == 1:
                    return by_stems[:1]
                if by_stems:
                    break  # the same stems begin several titles: none is named
        return []

    def by_words(self, text: str) -> tuple[bool, list[tuple[Measure, list[str]]]]:
        """The measures whose titles' own words a paragraph repeats, in any form and order.

        «У травні відбувся форум молодіжних ініціатив …» of «Проведення щорічного форуму
        молодіжних ініціатив»: the words of one title only («форум», «ініціатива») count
        whole, a word of several titles a part. A paragraph may name a measure of which it
        repeats two words or more, one of them its own; it names one when that measure's
        words count one more than any other's. Returned: whether it names one, and the
        measures it may name, best first, each with the words that weigh.
        """
        repeated: dict[int, set[int]] = {}  # where in each title the words repeated stand
        for form in _lemmas(text[:_WORDS_REACH]):
            for at, place in self.places.get(form, ()):
                repeated.setdefault(at, set()).add(place)
        scores = []
        for at, places in repeated.items():
            words = [self.titles[at][place][0] for place in sorted(places)]
            scores.append((sum(self.weights[word] for word in words), at, words))
        scores.sort(key=lambda item: (-item[0], item[1]))  # best first, then in plan order
        fitting = [
            (self.measures[at], found)
            for score, at, found in scores
            if len(found) >= 2 and score >= _LEAST_WEIGHT
        ]
        second = scores[1][0] if len(scores) > 1 else 0.0
        named = (
            bool(fitting)
            and fitting[0][0] is self.measures[scores[0][1]]
            and scores[0][0] - second >= 0.99
        )
        return named, fitting[:1] if named else fitting

    def numbered_and_titled(self, text: str) -> bool:
        """Whether a paragraph opens with a measure's one-level number, then its title."""
        leading = _LEADING.match(text)
        if leading is None or "." in leading["number"]:
            return False
        words = _title_words(text[leading.end() :])
        titles = (
            _title_words(m.title) for m in self.by_number.get(number_key(leading["number"]), [])
        )
        return any(len(title) >= 3 and words[: len(title)] == title for title in titles)

    def outcome_text(self, text: str, measure: Measure) -> str:
        """The paragraph without the measure's number and title in front of its outcome."""
        leading = _LEADING.match(text)
        if leading is not None and number_key(leading["number"]) == number_key(measure.number):
            text = text[leading.end() :].lstrip(" .)-–—:")
        title = " ".join(measure.title.split())
        about = _ABOUT.match(text)
        bare = text[about.end() :] if about is not None else text
        if bare.lower().startswith(title.lower()) and len(bare) > len(title):
            text = bare[len(title) :].lstrip(" .-–—:;")
        return text

    def is_heading(self, text: str) -> bool:
        """Whether a paragraph that names no measure is a heading of the plan."""
        if " ".join(_WORDS.findall(text.lower())) in self.headings:
            return True
        leading = _leading(text)
        return leading is not None and number_key(leading[0]) in self.section_numbers


def _leading(text: str) -> tuple[str, str] | None:
    """The number that opens a paragraph as a point's («1.4.», «5.», «№ 5», «3)») and its mark.

    A single number with no mark («5 засідань проведено») is a count, not a point.
    """
    match = _LEADING.match(text)
    if match is None or ("." not in match["number"] and not match["mark"] and not match["sign"]):
        return None
    return match["number"], match["mark"]


def _joined(pieces: Sequence[str]) -> str:
    """Paragraphs on lines of their own; a line a printed page broke mid-sentence joined back."""
    text = ""
    for piece in pieces:
        if not text or not piece:  # a paragraph that only named the measure adds nothing
            text += piece
        else:
            text += "\n" + piece if text.endswith((".", "!", "?", ":", ";")) else " " + piece
    return text


_STEM = 5
"""How many letters of a word stand for its forms: «прове» of «проведення», «проведено»."""


def _stems(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word[:_STEM] for word in words)


_MOST_TITLES = 50
"""The most titles a word may be in to tell which a paragraph retells (it weighs a fiftieth)."""
_LEAST_WEIGHT = 1.25
"""What the words of a title a paragraph repeats weigh at least: a word of it alone, and more."""
_WORDS_REACH = 300
"""Characters at a paragraph's start where its subject is told in the words of a title."""
_GENERIC = frozenset(
    {
        "проведення", "провести", "організація", "організувати", "забезпечення", "забезпечити",
        "створення", "створити", "підтримка", "підтримати", "здійснення", "здійснити",
        "впровадження", "впровадити", "розроблення", "розробка", "розробити", "реалізація",
        "реалізувати", "участь", "захід", "робота", "діяльність", "громада", "місто", "область",
        "район", "питання", "напрям", "сфера", "розвиток", "щодо", "також", "після", "через",
        "протягом", "серед", "понад", "відповідний", "інший", "заклад", "програма", "план",
        "виконання", "рамка", "метою",
    }
)  # fmt: skip
"""Words of many titles that tell nothing of which measure a paragraph is about."""


def _title_lemmas(title: str) -> list[tuple[str, ...]]:
    """A title's telling words, each as its dictionary forms (the likeliest first), once each."""
    found: dict[str, tuple[str, ...]] = {}
    for word in _APOSTROPHED.findall(title.lower().translate(_APOSTROPHES)):
        if len(word) < 4 or not word.replace("'", "").isalpha():
            continue
        lemmas = analyse(word).lemmas
        forms = lemmas[1:] or lemmas
        if _GENERIC.isdisjoint(forms):
            found.setdefault(forms[0], forms)
    return list(found.values())


def _lemmas(text: str) -> frozenset[str]:
    """The dictionary forms of a text's words."""
    return frozenset(
        lemma
        for word in _APOSTROPHED.findall(text.lower().translate(_APOSTROPHES))
        if len(word) >= 4 and word.replace("'", "").isalpha()
        for lemma in analyse(word).lemmas
    )


_APOSTROPHED = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
"""A word with its apostrophes: «комп'ютерних»."""
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'"})


def _title_words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text[:200].lower())[:_TITLE_WORDS])


def _with_outcomes(plan: Plan, outcomes: dict[str, str]) -> Plan:
    def measure(item: Measure) -> Measure:
        text = outcomes.get(item.key)
        if text is None:
            return item
        kept = item.outcome or Outcome()
        return attrs.evolve(item, outcome=attrs.evolve(kept, text=text))

    def section(item: Section) -> Section:
        return attrs.evolve(
            item,
            measures=[measure(m) for m in item.measures],
            sections=[section(s) for s in item.sections],
        )

    return attrs.evolve(plan, sections=[section(s) for s in plan.sections])


def _nothing_named(plan: Plan) -> str:
    numbers = [m.number for m in plan.measures()]
    shown = ", ".join(numbers[:5]) + (", …" if len(numbers) > 5 else "")
    return (
        f"no paragraph names a measure of the plan «{plan.title.splitlines()[0]}»: "
        f"looked for its numbers ({shown}) at a paragraph's start and after «пункт», "
        "«захід», «завдання», and for its measures' titles"
    )


def _warn(source: str, plan: Plan, outcomes: dict[str, list[str]], others: Sequence[str]) -> None:
    missing = [m.number for m in plan.measures() if m.key not in outcomes]
    problems = list(others)
    if missing:
        shown = ", ".join(missing[:20])
        if len(missing) > 20:
            shown += f" (and {len(missing) - 20} more)"
        problems.append(f"measures the report names nowhere, left without an outcome: {shown}")
    for problem in problems:
        warnings.warn(CivplanWarning(f"{source}: {problem}"), stacklevel=5)
