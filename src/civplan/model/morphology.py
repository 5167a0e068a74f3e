"""Words of an outcome text, analysed once per form: their dictionary forms and grammar.

Ukrainian inflects every word: «проведено», «провели», «проводилися» and
«проведуть» are one verb in four forms that mean four different things for a
measure. civplan reads them with pymorphy3 and its Ukrainian dictionaries
(loaded on first use), which give each form its dictionary forms (lemmas)
and its grammar. Cues of the lexicon name lemmas, so one entry matches every
form of its word; the grammar gives a status to the verbs no cue names:

- a completed action — an impersonal «-но/-то» form («проведено»), a past
  tense («провели», «відбулося», «проводилися») — is an achievement;
- a present tense («здійснюється», «триває») is ongoing work;
- a future tense («проведуть», «буде …») is only a plan.

Each form is analysed once per process (a bounded cache), so a report reads
at the speed of dictionary look-ups. English words are taken as written.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from civplan.model.cues import CueKind
from civplan.model.scan import has_latin_letter, lowered, one_letter_apart

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer

_LOCK = threading.Lock()
_ANALYSER: list[MorphAnalyzer] = []

# verbs whose forms say nothing of a measure by themselves: auxiliaries, modals, states
_NEUTRAL_VERBS = frozenset(
    {
        "бути", "мати", "немати", "могти", "мусити", "хотіти", "стати", "станути", "залишитися",
        "залишатися", "виявитися", "знадобитися", "вважатися", "вважати", "здаватися",
        "намагатися", "сподіватися", "довестися", "належати", "стосуватися", "означати",
        "містити", "становити", "складати", "складатися", "відповідати", "існувати",
        "передбачати", "потребувати", "включати", "визначати", "дозволяти", "зазначити",
        "повідомити", "звітувати", "надходити", "бажати", "вимагати", "слід", "треба",
        "налічувати", "нараховувати", "дорівнювати", "перевищувати", "сягати", "залежати",
        "полягати", "дублювати", "додаватися", "наводитися",  # «звіт додається», «наводиться нижче»
        # who lives where, and how many there are: «у громаді проживає 312 сімей»
        "проживати", "мешкати", "жити", "виховуватися", "налічуватися", "нараховуватися",
    }
)  # fmt: skip

Grammar = Literal[
    "done", "done-or-manner", "ongoing", "operating", "future", "be-past", "be-future",
    "participle",
]  # fmt: skip
"""What a form's grammar says: a completed action, work going on, a thing in
operation («функціонує», «діє»), a plan, or a form of «бути» or a passive
participle, which combine with their neighbours. «done-or-manner» is a form
that is a deed or an adverb of manner («відкрито», «централізовано»), told
apart by its neighbour."""

# verbs whose present tense tells that what the measure set up is in operation:
# «Функціонує гаряча лінія», «Діє консультаційний пункт» — achieved, not work going on
_OPERATING_VERBS = frozenset({"функціонувати", "діяти", "працювати", "експлуатуватися"})


@attrs.frozen
class Analysis:
    """One word form, analysed.

    Attributes:
        lemmas: its dictionary forms, the form itself first.
        grammar: what its grammar says of a measure, if anything.
        agent: whether it names another body acting («Президентом», «урядом»):
            an instrumental-case noun of a body that is not the executor.
        body: whether it names such a body in the nominative («Президент»,
            «Верховна»), the subject of a clause it opens.
    """

    lemmas: tuple[str, ...]
    grammar: Grammar | None = None
    agent: bool = False
    body: bool = False


def _analyser() -> MorphAnalyzer:
    if not _ANALYSER:
        with _LOCK:
            if not _ANALYSER:
                from pymorphy3 import MorphAnalyzer

                _ANALYSER.append(MorphAnalyzer(lang="uk"))
    return _ANALYSER[0]


_CYRILLIC = re.compile(r"[а-яіїєґ]")

# bodies whose deeds in a report are someone else's: «Президентом підписано Закон»
_OTHER_BODIES = frozenset({"президент", "уряд", "парламент", "кабінет", "верховний", "суд"})


FEWEST_MISTYPED = 6
"""The fewest letters of a word read as mistyped: a shorter one is a letter from too many."""


def missed_words(form: str, words: Iterable[str]) -> list[str]:
    """The ``words`` a lower-cased form misses by a letter: «кваратал» of «квартал».

    A letter more, less, other, or two letters swapped; none for a form shorter than
    :data:`FEWEST_MISTYPED` letters, or one of the dictionary («щорічне», however
    near «щорічно»).
    """
    if len(form) < FEWEST_MISTYPED or not form.isalpha():
        return []
    near = [word for word in words if one_letter_apart(form, word)]
    return [] if near and _analyser().word_is_known(form) else near


@functools.lru_cache(maxsize=200_000)
def analyse(form: str) -> Analysis:
    """The lemmas and grammar of one lower-cased word form (cached)."""
    if not _CYRILLIC.search(form):
        return Analysis(lemmas=(form,))
    parses = _analyser().parse(form)
    lemmas = [form]
    for parse in parses:
        if parse.normal_form not in lemmas:
            lemmas.append(parse.normal_form)
    first = parses[0]
    if first.tag.POS == "ADJF" and "actv" in first.tag:
        # «зросла»: the verb's past, as a predicate says it, more than the adjective «зрослий»
        first = next((p for p in parses if p.tag.POS == "VERB" and "past" in p.tag), first)
    elif "infn" in first.tag and form.endswith("ть"):
        # «підключать», «встановлять»: the future of «підключити» more than a short infinitive
        first = next((p for p in parses if "futr" in p.tag), first)
    tag = first.tag
    agent = "ablt" in tag and first.normal_form in _OTHER_BODIES
    body = "nomn" in tag and first.normal_form in _OTHER_BODIES
    grammar: Grammar | None = None
    if tag.POS == "VERB":
        lemma = first.normal_form
        tags = {str(p.tag) for p in parses if p.tag.POS == "VERB" and p.normal_form == lemma}
        grammar = _verb(lemma, " ".join(tags))
        if grammar == "done" and any(p.tag.POS == "ADVB" for p in parses):
            grammar = "done-or-manner"  # «централізовано»: a deed, or how another was done
        elif grammar == "done" and any(p.tag.POS == "NOUN" for p in parses):
            grammar = None  # «висадження лип»: the noun's plural, not «липнути»; no report's deed
        elif "1per" in tag and any(p.tag.POS == "NOUN" for p in parses):
            grammar = None  # «з благоустрою»: the noun, not «(я) благоустрою»; reports say no «I»
    elif (
        tag.POS == "ADVB"
        and form != "порівняно"  # «зросла порівняно з 2024 роком»: a comparison, no deed
        and (made := next((p for p in parses if "Impe" in p.tag), None))
    ):
        # «відкрито», «зібрано»: a deed, unless it tells how another was done
        grammar = "done-or-manner" if _verb(made.normal_form, str(made.tag)) == "done" else None
    elif tag.POS == "ADJF" and "pssv" in tag and any("nomn" in p.tag for p in parses):
        grammar = "participle"  # only a nominative may be predicative: not «від передбачених»
    # a third person only: «діє», «функціонують»; «дію» is the noun («дію договору продовжено»)
    if grammar in (None, "ongoing") and any(
        p.tag.POS == "VERB"
        and "3per" in p.tag
        and "pres" in p.tag
        and p.normal_form in _OPERATING_VERBS
        for p in parses
    ):
        grammar = "operating"
    return Analysis(lemmas=tuple(lemmas), grammar=grammar, agent=agent, body=body)


@functools.lru_cache(maxsize=4096)
def noun_lemmas(form: str, *, one: bool = False) -> frozenset[str]:
    """The lemmas of a lower-cased word form read as a noun (empty when it reads as no noun).

    With ``one``, only a form that names one thing as a verb's subject or
    object does — nominative or accusative singular, never plural:
    «автомобіль», «школу»; not «засідання», which may be either.
    """
    if not _CYRILLIC.search(form):
        return frozenset()
    parses = _analyser().parse(form)
    if not parses or parses[0].tag.POS != "NOUN":
        return frozenset()
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    if one and (
        any("plur" in p.tag for p in nouns)
        or not any({"nomn", "accs"} & p.tag.grammemes for p in nouns)
    ):
        return frozenset()
    return frozenset(p.normal_form for p in nouns)


def _verb(lemma: str, tags: str) -> Grammar | None:
    if lemma == "бути":
        if "futr" in tags:
            return "be-future"
        return "be-past" if "past" in tags else None
    if lemma in _NEUTRAL_VERBS:
        return None
    if "Impe" in tags or "past" in tags:
        return "done"
    if "pres" in tags:
        return "ongoing"
    if "futr" in tags:
        return "future"
    return None


@functools.lru_cache(maxsize=4096)  # the verbs plans begin their measures with are few
def is_imperfective_verb(form: str) -> bool:
    """Whether a lower-cased infinitive is only imperfective: a duty carried on («проводити»).

    A plan's measure worded so («Проводити роз'яснювальну роботу») is work
    that goes on through its term; «провести», «організувати» (perfective, or
    both aspects) name a thing done once.
    """
    verbs = _infinitive_tags(form)
    return bool(verbs) and all("impf" in tag and "perf" not in tag for tag in verbs)


@functools.lru_cache(maxsize=4096)
def is_perfective_verb(form: str) -> bool:
    """Whether a lower-cased infinitive may be perfective: a thing done once («розробити»)."""
    return any("perf" in tag for tag in _infinitive_tags(form))


def _infinitive_tags(form: str) -> list[Any]:
    """The tags of a lower-cased word's readings as a verb, if it reads as an infinitive."""
    if not form.endswith(("ти", "тися", "ть")) or not _CYRILLIC.search(form):
        return []
    return [p.tag for p in _analyser().parse(form) if p.tag.POS in ("VERB", "INFN")]


def names_in_nominative(form: str) -> bool:
    """Whether a lower-cased word reads only as a naming form, never as a genitive.

    A heading names its part («Фізична безбар'єрність», «Освіта»); a title's
    line goes on with genitives («Лісівської сільської ради», «Програми …»).
    """
    cases = _cases(form)
    return "nomn" in cases and "gent" not in cases


def never_genitive(form: str) -> bool:
    """Whether a lower-cased Cyrillic word reads as no genitive («відділ», «служба»).

    «Управління», «Київської» may be genitives: of what stands before them.
    """
    cases = _cases(form)
    return bool(cases) and "gent" not in cases


def counted_plural(form: str) -> bool:
    """Whether a lower-cased word may be a noun a count of several governs («дерев», «учасники»).

    «2000 дерев» is a count; «2017 року», «2017 ремонт» name a year.
    """
    return bool(_CYRILLIC.search(form)) and any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case in ("gent", "nomn")
        for p in _analyser().parse(form)
    )


def _cases(form: str) -> set[str | None]:
    """The cases a lower-cased word may be in (none for a word of no Cyrillic letter)."""
    return {p.tag.case for p in _analyser().parse(form)} if _CYRILLIC.search(form) else set()


_LEADING_WORDS = 4
"""The most words before the noun an address names: «Комунальному некомерційному підприємству»."""


def addressed(phrase: str) -> str | None:
    """Whom a phrase in the dative addresses, named in the nominative, or ``None``.

    «Відділу освіти (Петренко О.)» → «Відділ освіти (Петренко О.)», «Старостам
    сіл» → «Старости сіл», «Комунальному підприємству «Тепло»» → «Комунальне
    підприємство «Тепло»»: the noun that heads it and the adjectives before it
    are put in the nominative, the rest stays as written. ``None`` when they
    are no dative.
    """
    words = phrase.split(" ")
    analyser = _analyser()
    adjectives: list[tuple[int, Any]] = []
    for at, word in enumerate(words[:_LEADING_WORDS]):
        folded = word.lower()
        if not _CYRILLIC.search(folded):
            return None
        readings = [p for p in analyser.parse(folded) if p.tag.case == "datv"]
        adjective = next((p for p in readings if p.tag.POS == "ADJF"), None)
        if adjective is not None and at + 1 < len(words):
            adjectives.append((at, adjective))  # «Комунальному» before its noun
            continue
        noun = next((p for p in readings if p.tag.POS == "NOUN"), None)
        if noun is None:
            return None
        plural = "plur" in noun.tag
        named = [(at, _nominative(noun, plural, noun.tag.gender))]
        named += [(place, _nominative(a, plural, noun.tag.gender)) for place, a in adjectives]
        for place, form in named:
            if form is None:
                return None
            original = words[place]
            words[place] = form[:1].upper() + form[1:] if original[:1].isupper() else form
        return " ".join(words)
    return None


def _nominative(reading: Any, plural: bool, gender: str | None) -> str | None:
    """A dative reading's nominative form, of the number and gender of the noun it names."""
    if reading.tag.POS == "NOUN" and not plural:
        return str(reading.normal_form)
    for form in reading.lexeme:
        tag = form.tag
        if (
            ("plur" in tag) == plural
            and ("nomn" in tag or (tag.case is None and not plural))
            and (plural or tag.gender == gender)
        ):
            return str(form.word)
    return None


def names_people(words: str) -> bool:
    """Whether a count's words name people.

    A noun of beings («працівників», «дітей»), or an adjective standing for
    them, last («безробітних», «малозабезпечених»).
    """
    forms = [w for w in re.findall(r"[^\W\d_][\w'’ʼ-]*", words.lower()) if _CYRILLIC.search(w)]
    for at, form in enumerate(forms):
        tag = _analyser().parse(form)[0].tag
        if tag.POS == "NOUN":
            return "anim" in tag
        if at == len(forms) - 1 and tag.POS == "ADJF" and "plur" in tag:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def is_adjective(form: str) -> bool:
    """Whether a lower-cased word reads first as an adjective («планових», «міський»)."""
    return bool(_CYRILLIC.search(form)) and _analyser().parse(form)[0].tag.POS == "ADJF"


@functools.lru_cache(maxsize=8192)
def is_word(form: str) -> bool:
    """Whether ``form`` is a Ukrainian word the dictionaries know (in any case)."""
    folded = form.lower()
    return bool(_CYRILLIC.search(folded)) and bool(_analyser().word_is_known(folded))


GRAMMAR_KINDS: dict[Grammar, CueKind] = {
    "done": CueKind.ACHIEVEMENT,
    "ongoing": CueKind.ONGOING,
    "operating": CueKind.ACHIEVEMENT,
    "future": CueKind.FUTURE,
}
"""The cue a form's grammar gives where no cue of the lexicon names it."""


_UKRAINIAN_ONLY = re.compile(r"[іїєґ]")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_LATIN = re.compile(r"[a-z]")
_ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|and|was|were|is|are|has|have|been|to|for|with|by|not|will|this|on|out"
    r"|target|achieved|planned|actual|completed)\b"  # a report's figures told in English alone
)


_CYRILLIC_WORD = re.compile(r"[а-щьюя']{3,}")
_FEWEST_WORDS = 4
"""The fewest words a text without a letter only Ukrainian or only Russian uses is judged by."""
_MOST_CHARACTERS = 2000
"""How much of such a text is judged: its start tells its language (a long one costs no more)."""


def _mostly_unknown(folded: str) -> bool:
    """Whether most of a lower-cased Cyrillic text's words are no Ukrainian words.

    «Семинар проведен в мае, приняли участие 40 человек» has no letter only
    Russian uses, and few Ukrainian words.
    """
    words = _CYRILLIC_WORD.findall(folded, 0, _MOST_CHARACTERS)
    if len(words) < _FEWEST_WORDS:
        return False
    analyser = _analyser()
    return 2 * sum(not analyser.word_is_known(word) for word in words) > len(words)


def language_of(text: str) -> Literal["uk", "en"] | None:
    """The language an outcome text is read in: Ukrainian, English, or ``None`` for another.

    A text with Cyrillic letters is Ukrainian unless it has letters only
    Russian uses and none only Ukrainian does, or, with neither, most of its
    words are no Ukrainian words; a Latin text is English when
    it has English function words. A text without letters, or of links alone, counts as
    Ukrainian.
    """
    folded = lowered(text)
    cyrillic = _CYRILLIC.search(folded) is not None
    if cyrillic and has_latin_letter(folded):
        words = _ADDRESS.sub(" ", folded)  # a link's letters are no language of the report
        # a Ukrainian text with an English aside («Семінар проведено (information in English
        # attached)») is Ukrainian; an English one that quotes a Ukrainian name is English
        cyrillic = 2 * len(_CYRILLIC.findall(words)) >= len(_LATIN.findall(words))
    if cyrillic:
        if _UKRAINIAN_ONLY.search(folded):
            return "uk"
        if "ы" in folded or "э" in folded or "ъ" in folded or "ё" in folded:
            return None  # letters only Russian uses, none only Ukrainian does
        return None if _mostly_unknown(folded) else "uk"
    if has_latin_letter(folded) and has_latin_letter(words := _ADDRESS.sub(" ", folded)):
        return "en" if _ENGLISH_WORDS.search(words) else None
    return "uk"  # (links alone, or no letters: no language to tell by)
