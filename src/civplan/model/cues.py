"""The cue lexicon: which words of an outcome text point to which status.

This module is data. Each :class:`Cue` is a run of consecutive words, each
word a regular expression matched against the whole lower-cased word. At each
word of a text the reader tries the cues in order and takes the first that
matches, so specific phrases come before general ones (``перенесено`` is a
postponement before the general ``-ено`` form makes it an achievement).

To extend it, pass your own tuple to :func:`civplan.assess`, for example
``LEXICON + (Cue(CueKind.ACHIEVEMENT, ("реалізовано",)),)`` — or put a cue
first to let it win over the built-in ones.
"""

from __future__ import annotations

import enum
import re

import attrs


class CueKind(enum.Enum):
    """What a cue says about a measure."""

    ACHIEVEMENT = "achievement"
    """Something was done: «проведено», «відбулося», «долучалися»."""
    FAILURE = "failure"
    """Nothing was done: «невиконано»; also any negated achievement («не проводилось»)."""
    PARTIAL = "partial"
    """Done in part: «частково», «не в повному обсязі»."""
    POSTPONEMENT = "postponement"
    """Moved to a later period: «перенесено на 2018 рік»."""
    CANCELLATION = "cancellation"
    """No longer relevant: «втратив актуальність», «знято з контролю»."""
    ONGOING = "ongoing"
    """Work goes on: «триває», «на постійній основі», «здійснюється»."""
    FUTURE = "future"
    """Only planned: «буде проведено», «планується»."""
    FINDING = "finding"
    """A finding: an achievement when affirmed, neutral when negated («порушень не виявлено»)."""


@attrs.frozen
class Cue:
    """A phrase of the lexicon.

    Attributes:
        kind: what the phrase points to.
        words: one regular expression per consecutive word, each matched
            against a whole lower-cased word (apostrophes as ``'``).
        tail: optional following words that, where present, are quoted with
            the cue as its evidence («перенесено» + «на 2018 рік»).
    """

    kind: CueKind
    words: tuple[str, ...]
    tail: tuple[str, ...] = ()
    # compiled on first use, so that importing civplan stays quick
    _compiled: tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.words:
            raise ValueError("a cue needs at least one word")

    def match(self, words: list[str], at: int) -> int:
        """How many words of ``words`` from ``at`` this cue covers (0: no match)."""
        if self._compiled is None:
            compiled = (
                tuple(re.compile(w) for w in self.words),
                tuple(re.compile(w) for w in self.tail),
            )
            object.__setattr__(self, "_compiled", compiled)
        head, tail = self._compiled  # type: ignore[misc]
        if at + len(head) > len(words):
            return 0
        for offset, pattern in enumerate(head):
            if not pattern.fullmatch(words[at + offset]):
                return 0
        length = len(head)
        for pattern in tail:
            if at + length < len(words) and pattern.fullmatch(words[at + length]):
                length += 1
            else:
                break
        return length


NEGATIONS = frozenset({"не", "ні"})
"""Words that negate the cue right after them («не проводилось»)."""

AUXILIARIES = frozenset({"було", "були", "був", "була", "буде", "будуть", "є"})
"""Words that may stand between a negation and its cue («не було проведено»)."""

RELATIVE_PRONOUN = re.compile(r"як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими)|котр\w+")
"""Words opening a relative clause, whose verbs say nothing of the measure
(«проєктів, які виконуються ІГС»)."""

CONJUNCTIVE_BEFORE_SHCHO = frozenset({"тим", "того", "те", "так", "тому"})
"""Before «, що» these make it a conjunction («у зв'язку з тим, що …»), not a
relative pronoun; its clause is then read."""

_NOT_VERBS = "рано|зарано|погано|багато|мало|жадано|негадано|неждано|доручено"
_NOT_ACHIEVED_SELF = "залиши|виявил|знадоби|вважал|здавал|намагал|сподівал|довел|почал"

LEXICON: tuple[Cue, ...] = (
    # cancellation
    Cue(CueKind.CANCELLATION, (r"втрати\w*", r"актуальн\w*")),
    Cue(CueKind.CANCELLATION, (r"знят\w*|знято", "з", r"контрол\w*")),
    Cue(CueKind.CANCELLATION, (r"виключен\w*|виключено", "з", r"план\w*")),
    Cue(CueKind.CANCELLATION, (r"скасован\w*|скасовано",)),
    Cue(CueKind.CANCELLATION, (r"неактуальн\w*",)),
    # postponement
    Cue(
        CueKind.POSTPONEMENT,
        (r"перенес\w*|відклад\w*|відклал\w*|відтермін\w*|відстроч\w*",),
        tail=(
            "на",
            r"\d{4}|наступн\w*|пізніш\w*|інш\w*",
            r"рік|року|р|період\w*|квартал\w*|термін",
        ),
    ),
    Cue(CueKind.POSTPONEMENT, (r"продовжено|змінено", r"строк\w*|термін\w*")),
    Cue(CueKind.POSTPONEMENT, (r"строк\w*|термін\w*", r"виконання", r"продовжено|змінено")),
    Cue(CueKind.POSTPONEMENT, (r"строк\w*|термін\w*", r"продовжено|змінено")),
    # partial
    Cue(CueKind.PARTIAL, (r"частков\w*",)),
    Cue(CueKind.PARTIAL, ("не", r"у|в", r"повному|повній", r"обсязі|мірі")),
    Cue(CueKind.PARTIAL, (r"у|в", r"неповному", r"обсязі")),
    Cue(CueKind.PARTIAL, ("не", r"повністю|повною")),
    Cue(CueKind.PARTIAL, ("не", r"всі|усі|всіх|усіх")),
    Cue(CueKind.PARTIAL, (r"лише|тільки", r"частин\w*")),
    # future
    Cue(CueKind.FUTURE, (r"буде|будуть", r"\w+")),
    Cue(CueKind.FUTURE, (r"планує\w*|планують\w*|заплановано|запланован\w*",)),
    Cue(CueKind.FUTURE, (r"передбачається|очікується",)),
    Cue(CueKind.FUTURE, ("найближчим", "часом")),
    # findings: achievement when affirmed, neutral when negated
    Cue(
        CueKind.FINDING,
        (
            r"(?:виявлен|встановлен|зафіксован|зареєстрован|допущен|передбачен|порушен)(?:о|і|ий)"
            r"|надходил[оиа]|надійш(?:ло|ли|ла|ов)|виникл[оиа]|виникал[оиа]",
        ),
    ),
    # explicit failure
    Cue(CueKind.FAILURE, (r"невиконан\w*|нереалізован\w*|зірван\w*",)),
    # ongoing
    Cue(CueKind.ONGOING, (r"трива(?:є|ють)|продовжу(?:ється|ються|ємо)",)),
    Cue(CueKind.ONGOING, ("на", "постійній", "основі")),
    Cue(CueKind.ONGOING, (r"постійно|систематично|регулярно",)),
    Cue(CueKind.ONGOING, (r"у|в", "процесі")),
    Cue(CueKind.ONGOING, ("на", r"стадії|етапі")),
    Cue(
        CueKind.ONGOING,
        (
            r"проводить|проводять|здійснює|здійснюють|забезпечує|забезпечують|веде|ведуть"
            r"|працює|працюють|функціонує|функціонують|діє|діють",
        ),
    ),
    Cue(CueKind.ONGOING, (r"\w{2,}(?:ється|еться|ються|уться|иться|яться)",)),
    # achievement
    Cue(CueKind.ACHIEVEMENT, (r"мал[иао]|мав", r"місце")),
    Cue(CueKind.ACHIEVEMENT, (r"було|були|був|була", r"\w+(?:ені|ані|яні|ті|ений|аний|ена|ана)")),
    Cue(CueKind.ACHIEVEMENT, (r"(?:роз)?почато|зачато",)),
    Cue(CueKind.ACHIEVEMENT, (rf"(?!(?:{_NOT_VERBS})$)\w{{3,}}(?:ено|єно|ано|яно|ито|уто|ято)",)),
    Cue(
        CueKind.ACHIEVEMENT, (rf"(?!(?:{_NOT_ACHIEVED_SELF})\w*$)\w{{3,}}(?:ла|ло|ли|в)(?:ся|сь)",)
    ),
    Cue(
        CueKind.ACHIEVEMENT,
        (
            r"провели|провів|провела|провело|пройш(?:ов|ла|ло|ли)|вийш(?:ов|ла|ло|ли)"
            r"|відбув|відбула|відбули"
            r"|(?:створи|розроби|організува|підготува|забезпечи|здійсни|викона|нада|розмісти"
            r"|опублікува|затверди|прийня|залучи|відвіда|взя|бра|отрима|презентува|оприлюдни"
            r"|долучи|провади|підписа|укла|уклада|направи|оголоси|визначи|запровади|впровади|пода)"
            r"(?:в|ла|ло|ли)",
        ),
    ),
)
"""The built-in cues, tried in this order at each word."""
