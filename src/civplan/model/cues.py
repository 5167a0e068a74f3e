"""The cue lexicon: which words of an outcome text point to which status.

This module is data. Each :class:`Cue` is a run of consecutive words. A word
of a cue names its dictionary form (lemma) — «провести», «актуальність» —
and matches every inflected form of it («проведено», «провели»,
«актуальності»), as :mod:`civplan.model.morphology` analyses them; several
alternatives are separated by ``|``, and ``#`` stands for a number. Words no
lexicon names may still be cues by their grammar: a completed action, work
going on, or a plan (see :mod:`civplan.model.morphology`).

Cues are looked up by their first word, so reading costs the same however
long the lexicon grows. Where several cues start at one word, the longest
matching one wins, and among equally long ones the first in the lexicon.

To extend it, pass your own tuple to :func:`civplan.assess`, for example
``(*LEXICON, Cue(CueKind.ACHIEVEMENT, ("готовий",)))``.
"""

from __future__ import annotations

import enum

import attrs

_NEGATIONS = frozenset({"не", "not"})
"""The words of a negation, which a cue may hold."""


class CueKind(enum.Enum):
    """What a cue says about a measure."""

    __hash__ = object.__hash__  # members are singletons: hashed by identity, in C

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


def _alternatives(words: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(w.casefold().replace("’", "'").split("|")) for w in words)


@attrs.frozen
class Cue:
    """A phrase of the lexicon.

    Attributes:
        kind: what the phrase points to.
        words: one entry per consecutive word: a lemma («провести»), or
            several separated by ``|``, or ``#`` for a number. A word of the
            text matches when it is one of them or one of its lemmas is.
        tail: optional following words that, where present, are quoted with
            the cue as its evidence («перенесено» + «на 2018 рік»).
        unless: words that, right after the cue, make it no cue at all
            («не потребує» a deed, but not «не потребує фінансування»).
        reach: how many words may stand between the cue's first word and
            the rest — a noun's complements: «потреба [у проведенні
            заходу] відсутня».
    """

    kind: CueKind
    words: tuple[str, ...]
    tail: tuple[str, ...] = ()
    unless: str = ""
    reach: int = 0
    alternatives: tuple[frozenset[str], ...] = attrs.field(init=False, eq=False, repr=False)
    """The words' alternatives, as sets."""
    tail_alternatives: tuple[frozenset[str], ...] = attrs.field(init=False, eq=False, repr=False)
    """The tail's alternatives, as sets."""
    unless_alternatives: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The words of ``unless``, as a set."""
    negating: bool = attrs.field(init=False, eq=False, repr=False)
    """Whether a word of the cue is a negation («не», "not"): «заборгованості не було»."""

    def __attrs_post_init__(self) -> None:
        if not self.words or not all(w.strip() for w in self.words):
            raise ValueError("a cue needs at least one word, and no empty ones")
        object.__setattr__(self, "alternatives", _alternatives(self.words))
        object.__setattr__(self, "tail_alternatives", _alternatives(self.tail))
        unless = _alternatives((self.unless,))[0] if self.unless else frozenset()
        object.__setattr__(self, "unless_alternatives", unless)
        negating = any(not _NEGATIONS.isdisjoint(words) for words in self.alternatives)
        object.__setattr__(self, "negating", negating)


_HELD_UP = (
    "робота|роботи|виконання|реалізація|будівництво|ремонт|реконструкція|постачання|поставка"
    "|закупівля|монтаж|проведення|розроблення|розробка|введення|відкриття|фінансування"
    "|строк|термін"
)
"""Works and terms, which a delay holds up («роботи затримано»)."""
_STOPPED = (
    "перемовини|переговори|фінансування|співпраця|співробітництво|будівництво|роботи"
    "|закупівля|постачання"
)
"""Work that, stopped («фінансування припинено»), was not carried out (the measure itself
stopped, «виконання заходу припинено», is called off; «реалізацію продукції» is a sale)."""
_SET_GOING = "розпочати|почати|розпочатий|розпочатися|започаткувати"
"""Verbs of a service, a route or schooling set going («розпочато надання послуг»)."""
_KINDS_OF_SERVICE = "адміністративний|соціальний|медичний|електронний|консультаційний|новий"
_DETAINED = "#|особа|людина|громадянин|порушник|правопорушник|водій|підозрюваний"
"""Who may be detained: after «затримано» they make it a deed, not a delay."""

NEGATIONS = frozenset({"не", "ні", "not", "no", "never"})
"""Words that negate the cue right after them («не проводилось», "not held")."""

AUXILIARIES = frozenset(
    {
        "було",
        "були",
        "був",
        "була",
        "буде",
        "будуть",
        "є",
        "ще",
        "бути",
        "може",
        "можуть",
        "yet",
        "been",
        "be",
        "fully",
        "publicly",
        "formally",
        "officially",
        "properly",
        "currently",
        "actually",
    }
)
"""Words that may stand between a negation and its cue («не було проведено», "not yet held",
"not publicly available")."""

SPEECH_VERBS = frozenset(
    {
        "повідомити", "повідомляти", "заявити", "заявляти", "зазначити", "зазначати",
        "наголосити", "запевнити", "пообіцяти", "поінформувати", "інформувати",
        "said", "says", "stated", "announced", "claimed", "reported",
    }
)  # fmt: skip
"""Verbs after which a clause («…повідомив, що …») reports another's words."""

OTHER_BODIES = frozenset({"president", "parliament", "government", "cabinet", "verkhovna"})
"""English names of bodies whose deeds are someone else's ("adopted by Parliament")."""

_DONE_EN = (
    "completed|complete|implemented|held|conducted|adopted|approved|organized|organised"
    "|prepared|developed|published|signed|established|created|delivered|achieved|provided"
    "|trained|submitted|finalized|finalised|launched|done|fulfilled|accomplished|introduced"
    "|enacted|issued|updated|made|built|opened|presented|hosted|drafted|distributed|produced"
    "|concluded|ensured|performed|executed|finished|reached|attended|participated|revised"
    "|amended|installed|deployed|carried|set|passed|selected|appointed|translated|posted"
    "|met|sent|forwarded|transmitted|ratified|enforced|operationalized|operationalised"
    "|allocated|disbursed|procured|purchased|acquired|equipped|repaired|renovated"
    "|constructed|reconstructed|modernized|modernised|upgraded|printed|broadcast|recruited"
    "|hired|awarded|granted|funded|formed|elected|collected|analysed|analyzed|reviewed"
    "|assessed|evaluated|monitored|consulted|agreed|endorsed|validated|commissioned|piloted"
    "|tested|digitized|digitised|integrated|taken|ran|led|gave|wrote|compiled|registered"
    "|inspected|visited|joined|connected|supplied|restored|replaced|cleared|demined|paid"
    "|reimbursed|compensated|vaccinated|rehabilitated|relocated|accommodated|certified"
    "|accredited|audited|surveyed|mapped|dismantled|insulated|refurbished|retrofitted"
    "|furnished|enrolled|employed|screened|examined|assisted|served|engaged"
    "|mobilised|mobilized|supported|counselled|counseled|vetted|cleaned|planted|paved"
)

_DONE_MOSTLY = "виконати|виконаний|реалізувати|реалізований|завершити|завершений|здійснити"
"""The verbs of a measure done that «в основному», «переважно» make partial."""

_ON_MONEY = ("у|в|за|при", "раз|умова|наявність", "виділення|надходження|фінансування|кошти|кошт")
"""«у разі виділення», «за умови фінансування», «при наявності коштів»."""

_AFTER_IT_ENDS = "завершення|закінчення|припинення|скасування|стабілізація|відновлення"
"""What a measure waits for the end of: «після завершення воєнного стану»."""
_WORKS = "робота|роботи|будівництво|ремонт|реконструкція|будівельний"
"""What stops short of its end when it is stopped: «роботи припинено»."""
_TERM_EN = "deadline|deadlines|term|timeline|timeframe|implementation"
_MOVED_EN = "extended|prolonged|changed|moved|shifted|postponed|deferred|rescheduled"
"""What happens to a term put off: "the deadline was moved to December"."""
_DEADLINE_EN = "deadline|deadlines|timeline|timeframe|implementation"

_NONE_OF = (
    "потреба|необхідність|підстава|звернення|скарга|заява"
    "|заборгованість|порушення|правопорушення|зауваження|недолік|черга|випадок|перебій|збій"
    "|вакансія"
)
"""What there being none of tells a measure had nothing left to do: no need, no appeals, and
none of what it was to prevent («заборгованість відсутня»)."""

_MONEY_CUT = "фінансування|видатки|кошти|бюджет"
"""The money a cut leaves the work without: «фінансування урізано»."""
_FROZEN = "рахунок|кошти|фінансування|процедура|закупівля|тендер"
"""What, blocked or arrested, stops the work: «рахунки заблоковано», «кошти арештовано»."""
_BLOCKED = "рішення|проєкт|розгляд|ухвалення|прийняття|затвердження"
"""A decision or its making, which others may block: «рішення заблоковано депутатами»."""
_CHALLENGED = "закупівля|тендер|процедура|торги|результат"
"""A purchase, or its result, that a complaint holds up: «закупівлю оскаржено»."""
_SENT_AWAY = (
    "спрямувати|спрямований|перерозподілити|перерозподілений|переспрямувати|переспрямований"
)
"""Verbs of money sent elsewhere than the measure."""
_URGENT = "першочерговий|нагальний|невідкладний|пріоритетний"
_DEFENCE = "зсу|оборона|армія|військовий|сектор|сила|збройний"
"""What defence's needs are named by: «на потреби ЗСУ», «Сил оборони», «оборони»."""
_REPELLING = "відсіч|обороноздатність|оборона"
"""What money spent on defence is named by: «на відсіч збройної агресії»."""
DEFENCE_WORDS = frozenset({*_DEFENCE.split("|"), *_REPELLING.split("|"), "оборонний"})
"""The lemmas of defence that money is sent to («на потреби ЗСУ», «на оборонні потреби»)."""

_DECIDED = "прийняти|прийнятий|ухвалити|ухвалений"
"""Verbs of a decision taken («прийнято рішення …»), whose content is what it tells."""
_DECIDED_EN = "decided|resolved|agreed|made"
"""«… decided to», "a decision was made to": what follows is what was decided."""
_PUT_OFF = "перенести|відкласти|відтермінувати|відстрочити"
_PUTTING_OFF = "перенесення|відкладення|відтермінування|відстрочення"

LEXICON: tuple[Cue, ...] = (
    # cancellation
    # («втратив свою актуальність»: a possessive between)
    Cue(CueKind.CANCELLATION, ("втратити|втрачений|втрачати", "актуальність"), reach=1),
    # «програма припинила дію», «рішення втратило чинність»: what the measure served is gone
    Cue(CueKind.CANCELLATION, ("припинити", "дія")),
    Cue(CueKind.CANCELLATION, ("втратити|втрачений", "чинність"), reach=1),
    Cue(CueKind.CANCELLATION, ("актуальність", "втратити|втрачений")),
    Cue(CueKind.CANCELLATION, ("зняти|знятий", "з|із", "контроль|розгляд|виконання"), reach=1),
    Cue(CueKind.CANCELLATION, ("не", "актуальний")),  # «Захід не актуальний»
    # «знято з контролю як виконаний»: closed because done (the longer cue is tried first)
    Cue(
        CueKind.ACHIEVEMENT,
        ("зняти|знятий", "з|із", "контроль", "як", "виконаний|виконати"),
        reach=1,
    ),
    Cue(
        CueKind.CANCELLATION,
        ("виключити|виключений|вилучити|вилучений", "з|із", "план|програма|перелік"),
    ),
    # «захід виключено», not «виключено з реєстру» (struck off a list: a deed)
    Cue(CueKind.CANCELLATION, ("виключити|виключений",), unless="з|із"),
    Cue(
        CueKind.CANCELLATION,
        ("скасувати|скасований|відмінити|відмінений|неактуальний|анулювати|анульований",),
    ),
    # «проведення заходу визнано недоцільним»: the measure no longer worth doing (the status
    # rules pass over «визнано недоцільним використання бланків», what it did away with)
    Cue(CueKind.CANCELLATION, ("недоцільний|недоцільно|недоцільність",)),
    Cue(CueKind.CANCELLATION, ("не", "доцільний|доцільно")),
    Cue(CueKind.CANCELLATION, ("cancelled|canceled|withdrawn|discontinued|irrelevant",)),
    Cue(CueKind.CANCELLATION, ("відкликати|відкликаний",)),  # «проєкт рішення відкликано»
    # another measure or act takes its place: «захід об'єднано із заходом 2.3», "superseded
    # by the new law", "merged with measure 2.3"
    Cue(
        CueKind.CANCELLATION,
        ("об'єднати|об'єднаний|поєднати|поєднаний", "з|із|зі", "захід|пункт|завдання"),
        reach=1,
    ),
    Cue(CueKind.CANCELLATION, ("superseded",)),
    Cue(CueKind.CANCELLATION, ("merged", "with|into", "measure|activity|item|point|milestone")),
    # «захід не підлягає виконанню», «потреба у проведенні заходу відпала»: no longer to be done
    Cue(CueKind.CANCELLATION, ("не", "підлягати", "виконання|реалізація|проведення")),
    Cue(CueKind.CANCELLATION, ("потреба|необхідність", "відпасти|відпадати"), reach=4),
    # "removed from the action plan": no longer one of its measures
    Cue(
        CueKind.CANCELLATION,
        (
            "removed|excluded|dropped|deleted",
            "from",
            "the|its",
            "plan|action|programme|program|workplan|work",
        ),
    ),
    # "the activity was dropped" (not "complaints dropped by 20%", a fall)
    Cue(CueKind.CANCELLATION, ("was|were|been", "dropped|abandoned|scrapped")),
    Cue(CueKind.CANCELLATION, ("no", "longer", "relevant|needed|necessary|required")),
    # "not needed anymore", "not required any longer"
    Cue(CueKind.CANCELLATION, ("not", "needed|necessary|required", "anymore")),
    Cue(CueKind.CANCELLATION, ("not", "needed|necessary|required", "any", "longer")),
    Cue(CueKind.CANCELLATION, ("not", "relevant")),  # "Not relevant anymore"
    Cue(CueKind.CANCELLATION, ("lost", "its|their|the", "relevance")),
    # «прийнято рішення не проводити конкурс», "it was decided not to proceed": called off
    Cue(
        CueKind.CANCELLATION,
        ("рішення", "не", "проводити|виконувати|реалізовувати|здійснювати|продовжувати"),
    ),
    Cue(CueKind.CANCELLATION, ("decided|decision", "not", "to")),
    # «ухвалено рішення про скасування заходу»: the decision taken is the cancellation
    Cue(CueKind.CANCELLATION, (_DECIDED, "рішення", "про|щодо", "скасування|відміна")),
    Cue(CueKind.CANCELLATION, (_DECIDED_EN, "to", "cancel|drop|discontinue|abandon")),
    Cue(CueKind.CANCELLATION, (_DECIDED, "рішення", "скасувати|відмінити")),
    Cue(CueKind.CANCELLATION, ("рішення", "про|щодо", "скасування|відміна")),
    # «питання не належить до компетенції органу місцевого самоврядування»: not the body's to
    # do, so nothing was done (whether it leaves the plan is the plan's owner's to say)
    Cue(CueKind.FAILURE, ("не", "належати", "до", "компетенція|повноваження|відання")),
    # postponement
    Cue(
        CueKind.POSTPONEMENT,
        (
            "перенести|перенесений|перенесення|відкласти|відкладений|відтермінувати"
            "|відтермінований|відтермінування|відстрочити|відстрочений|переноситися",
        ),
        tail=(
            "на|до",
            "#|наступний|пізніший|інший",
            "рік|р|період|квартал|термін|строк|півріччя|рр",
        ),
    ),
    Cue(CueKind.POSTPONEMENT, ("продовжити|змінити|перенести", "строк|термін")),
    # «прийнято рішення перенести захід», «вирішено відкласти»: the decision taken is the
    # postponement, no deed of the measure
    Cue(CueKind.POSTPONEMENT, (_DECIDED, "рішення", _PUT_OFF)),
    Cue(CueKind.POSTPONEMENT, (_DECIDED, "рішення", "про|щодо", _PUTTING_OFF)),
    Cue(CueKind.POSTPONEMENT, ("вирішити|вирішений", _PUT_OFF)),
    Cue(CueKind.POSTPONEMENT, (_DECIDED_EN, "to", "postpone|defer|reschedule|delay")),
    # «7 об'єктів перехідні на 2026 рік»: carried over into a later year (not «перехідний
    # об'єкт», one begun before)
    Cue(CueKind.POSTPONEMENT, ("перехідний", "на", "#|наступний"), tail=("рік|р",)),
    # «виконання заходу продовжено на 2026 рік»: extended into a later year
    Cue(CueKind.POSTPONEMENT, ("продовжити|продовжений|подовжити|подовжений", "на", "#")),
    Cue(
        CueKind.POSTPONEMENT,
        (
            "призупинити|призупинений|призупинення|зупинити|зупинений|зупинитися|призупинитися"
            "|заморозити|заморожений",  # «проєкт заморожено»: stopped until further notice
        ),
    ),
    # «решта 15 – у 2026 році»: the rest in a later year, the verb left out
    Cue(CueKind.POSTPONEMENT, ("решта|решту", "у|в|на", "#"), reach=1),
    # «ще 3 – у 2026 році»: more of them in a later year, the verb left out
    Cue(CueKind.POSTPONEMENT, ("ще", "#", "у|в|на", "#")),
    # «захід включено до плану роботи на 2026 рік», «… до титулу на наступний рік»: moved to
    # another plan or list — when a later
    # year is named (the assessment checks); else the inclusion is the deed itself
    Cue(
        CueKind.POSTPONEMENT,
        ("включити|включений|внести|внесений", "до", "план|програма|перелік|титул"),
        tail=("роботи|заходів", "на", "#|наступний"),
    ),
    Cue(CueKind.POSTPONEMENT, ("suspended|paused|halted|stalled|frozen|shelved",)),
    # "the launch was delayed indefinitely": put off with no date, not work behind its schedule
    Cue(CueKind.POSTPONEMENT, ("delayed|deferred|postponed", "indefinitely")),
    # «роботи припинено у зв'язку з розірванням договору»: the work stopped, short of its end
    Cue(CueKind.FAILURE, (_WORKS, "припинити|припинений"), reach=2),  # «ремонт школи припинено»
    Cue(CueKind.FAILURE, ("припинити|припинений", _WORKS)),
    Cue(CueKind.POSTPONEMENT, (_TERM_EN, "was|is|were|are", _MOVED_EN)),
    Cue(CueKind.POSTPONEMENT, (_TERM_EN, "has|have|had", "been", _MOVED_EN)),
    # "the deadline for this activity was extended": the deadline's complements between (not
    # "the term of the contract was extended", a thing's validity: a deed)
    Cue(CueKind.POSTPONEMENT, (_DEADLINE_EN, "was|is|were|are", "extended|prolonged"), reach=4),
    Cue(
        CueKind.POSTPONEMENT,
        (_DEADLINE_EN, "has|have|had", "been", "extended|prolonged"),
        reach=4,
    ),
    Cue(CueKind.POSTPONEMENT, ("on", "hold")),
    # "moved to 2026", "shifted to the next year", "carried over to 2026"
    Cue(CueKind.POSTPONEMENT, ("moved|shifted|transferred", "to", "#|next|later")),
    Cue(CueKind.POSTPONEMENT, ("moved|shifted|transferred", "to", "the", "next|following")),
    # "moved to the first half of 2026", "shifted to the fourth quarter", "moved to Q1 2026"
    Cue(
        CueKind.POSTPONEMENT,
        (
            "moved|shifted|transferred",
            "to",
            "the",
            "first|second|third|fourth|last",
            "half|quarter",
        ),
    ),
    Cue(CueKind.POSTPONEMENT, ("moved|shifted|transferred", "to", "q1|q2|q3|q4|h1|h2")),
    Cue(CueKind.POSTPONEMENT, ("carried", "over")),
    # «строк виконання заходу продовжено»: the term's complements between
    Cue(CueKind.POSTPONEMENT, ("строк|термін", "продовжити|змінити|перенести"), reach=3),
    Cue(
        CueKind.POSTPONEMENT,
        ("postponed|deferred|rescheduled",),
        tail=("to|until|till", "#|next|later|the", "year|quarter|period|month|next"),
    ),
    # delayed to a later time is moved; delayed alone is late, and goes on (below)
    Cue(
        CueKind.POSTPONEMENT,
        ("delayed", "to|until|till"),
        tail=("#|next|later|the", "year|quarter|period|month|next"),
    ),
    # partial
    # (not «часткова компенсація відсотків», a kind of aid)
    Cue(CueKind.PARTIAL, ("частковий|частково",), unless="компенсація|відшкодування|оплата"),
    Cue(CueKind.PARTIAL, ("недовиконати|недовиконаний|недовиконання",)),  # short of the plan
    # the money enough for only a part: «коштів вистачило лише на ремонт половини даху»
    Cue(CueKind.PARTIAL, ("вистачити|вистачати", "лише|тільки|лишень", "на")),
    # «част. виконано», «частк. реалізовано»: «частково» cut short in a dense table
    Cue(CueKind.PARTIAL, ("част|частк", _DONE_MOSTLY)),
    Cue(CueKind.PARTIAL, (_DONE_MOSTLY, "част|частк")),
    # «роботи майже завершено», «практично завершено»: nearly is not whole
    Cue(
        CueKind.PARTIAL,
        (
            "майже|практично",
            "виконати|виконаний|завершити|завершений|закінчити|закінчений|реалізувати"
            "|реалізований|здійснити|здійснений",
        ),
    ),
    Cue(CueKind.PARTIAL, ("не", "у|в", "повний", "обсяг|міра|об'єм")),
    Cue(  # «не виконано в повному обсязі»: done, not wholly
        CueKind.PARTIAL,
        (
            "не",
            "виконати|виконаний|реалізувати|реалізований|здійснити|здійснений|провести|проведений",
            "у|в",
            "повний",
            "обсяг|міра|об'єм",
        ),
    ),
    Cue(CueKind.PARTIAL, ("у|в", "неповний", "обсяг|об'єм")),
    # the work cut down: «роботи виконано у зменшеному обсязі», «обсяг робіт зменшено»
    Cue(CueKind.PARTIAL, ("у|в", "зменшений|скорочений", "обсяг|об'єм")),
    Cue(CueKind.PARTIAL, ("обсяг|об'єм", "робота", "зменшити|скоротити")),
    Cue(CueKind.PARTIAL, ("зменшити|скоротити", "обсяг|об'єм", "робота")),
    # «на 2 менше від запланованого», «менше плану»: fewer done than the plan asked
    Cue(CueKind.PARTIAL, ("менше|менш", "від|за", "запланований|передбачений|план")),
    Cue(CueKind.PARTIAL, ("менше|менш", "запланований|передбачений|план")),
    # «ЦНАП працював з перервами», "operated with interruptions": not all the time
    Cue(CueKind.PARTIAL, ("з|із", "перервами|перебоями")),
    Cue(CueKind.PARTIAL, ("with", "interruptions")),
    Cue(  # «не виконано повністю», «не завершені повністю»: as «не в повному обсязі»
        CueKind.PARTIAL,
        (
            "не",
            "виконати|виконаний|реалізувати|реалізований|здійснити|здійснений|провести|проведений"
            "|завершити|завершений",
            "повністю",
        ),
    ),
    Cue(CueKind.PARTIAL, ("не", "повністю|повною")),
    Cue(CueKind.PARTIAL, ("неповністю",)),  # «виконано неповністю»
    Cue(CueKind.PARTIAL, ("майже", "повністю|повний")),  # «виконано майже повністю»
    # «здійснено окремі заходи», «виконано окремі види робіт», «ремонт виконано на окремих
    # ділянках»: some of them, not all (not «окремий захід», one apart)
    Cue(
        CueKind.PARTIAL,
        ("окремі|окремих", "захід|вид|етап|елемент|пункт|завдання|ділянка|проєкт|об'єкт"),
    ),
    Cue(CueKind.PARTIAL, ("не", "всі|усі|всіх|усіх|все|усе")),  # «виконано не все»
    Cue(CueKind.PARTIAL, ("майже", "всі|усі|всіх|усіх|весь|увесь|все|усе")),  # «майже всі заходи»
    # «залишилось встановити вікна», «залишились оздоблювальні роботи»: the rest is to do
    Cue(
        CueKind.PARTIAL,
        (
            "залишитися|залишатися",
            "виконати|завершити|встановити|провести|облаштувати|закупити|придбати|замінити"
            "|відремонтувати|змонтувати|підключити|оформити|отримати|ввести|погодити|затвердити"
            "|розробити|робота",
        ),
        reach=2,
    ),
    Cue(CueKind.PARTIAL, ("не", "в|у|на|для", "всі|усі|всіх|усіх")),  # «не в усіх громадах»
    # «виконано, за винятком закупівлі меблів», "except for the furniture": all but a part
    Cue(CueKind.PARTIAL, ("за", "виняток")),
    # «водопостачання здійснювалось з перебоями»: not without a break, as the measure asks
    Cue(CueKind.PARTIAL, ("з|із|зі", "перебій")),
    Cue(CueKind.PARTIAL, ("with", "interruptions|disruptions")),
    Cue(CueKind.PARTIAL, ("except", "for")),
    Cue(CueKind.PARTIAL, ("with", "the", "exception")),
    Cue(CueKind.PARTIAL, ("лише|тільки", "частина")),
    # «виконано в частині …», «не виконано в частині …»; not a part of a law: «у частині
    # першій статті 26», «в частині 2 статті 15»
    Cue(
        CueKind.PARTIAL,
        ("у|в", "частина"),
        unless="#|перший|другий|третій|четвертий|п'ятий|шостий|сьомий|восьмий|дев'ятий|десятий",
    ),
    # «в основному виконано», «переважно завершено»: most of it, not all (after the verb
    # they may say how it was done: «виконано переважно власними силами»)
    Cue(CueKind.PARTIAL, ("в|у", "основний", _DONE_MOSTLY)),
    Cue(CueKind.PARTIAL, ("переважно|здебільшого", _DONE_MOSTLY)),
    Cue(CueKind.PARTIAL, ("наполовину",)),  # «виконано наполовину»
    # «виконано на третину», «реалізовано на дві третини» (not «скорочено на третину», a change)
    Cue(CueKind.PARTIAL, (_DONE_MOSTLY, "на", "третина|чверть|половина")),
    Cue(CueKind.PARTIAL, (_DONE_MOSTLY, "на", "два|три", "третина|чверть")),
    # «зустрічі відбувалися нерегулярно»: not as often as planned
    Cue(CueKind.PARTIAL, ("нерегулярно|епізодично|несистематично|спорадично",)),
    Cue(CueKind.PARTIAL, ("значний|великий|певний", "міра", _DONE_MOSTLY)),  # «значною мірою»
    # «виконано в обмеженому обсязі»: a part, as «не в повному обсязі»
    Cue(CueKind.PARTIAL, ("в|у", "обмежений|неповний|частковий|скорочений", "обсяг")),
    Cue(CueKind.PARTIAL, ("partially|partly|partial",)),
    # "implemented with limitations", "to a limited extent": not all of it
    Cue(CueKind.PARTIAL, ("with", "limitations|shortcomings")),
    Cue(CueKind.PARTIAL, ("to", "a", "limited", "extent|degree")),
    Cue(CueKind.PARTIAL, ("in", "part")),
    Cue(CueKind.PARTIAL, ("not", "fully|completely|entirely|all")),
    # "not implemented in full", "implemented, but not in full": done, not wholly
    Cue(CueKind.PARTIAL, ("not", "in", "full")),
    Cue(
        CueKind.PARTIAL,
        ("not", "implemented|completed|done|achieved|fulfilled|executed", "in", "full"),
    ),
    Cue(
        CueKind.PARTIAL,
        ("substantially|largely|mostly", "complete|completed|implemented|done|finished|achieved"),
    ),  # "Substantial" on the OGP scale is short of complete
    Cue(
        CueKind.PARTIAL,
        ("substantial|limited|some|partial|significant|considerable|moderate", "progress"),
    ),  # the OGP scale
    # future
    Cue(CueKind.FUTURE, ("планувати|плануватися|заплановано|передбачатися|очікуватися",)),
    # «виконання заходу передбачено у 2026 році», «… на наступний рік»: a plan, not a deed
    Cue(CueKind.FUTURE, ("передбачити|передбачений", "у|в|на", "#|наступний")),
    Cue(CueKind.FUTURE, ("найближчий", "час")),
    Cue(CueKind.FUTURE, ("will|shall|would", "be"), tail=(_DONE_EN,)),
    Cue(CueKind.FUTURE, ("will|shall",)),
    # "the interior works will continue in 2026": begun, and going on, as «буде продовжено»
    Cue(CueKind.ONGOING, ("will|shall", "continue|proceed")),
    Cue(CueKind.FUTURE, ("is|are", "planned|scheduled|expected|envisaged|foreseen")),
    Cue(CueKind.FUTURE, ("plans|plan|intends|intend|aims", "to")),
    # «постачальник порушив умови договору»: what was to do the work was not done
    Cue(CueKind.FAILURE, ("порушити|порушений", "умова|зобов'язання"), reach=2),
    # findings: achievement when affirmed, neutral when negated
    Cue(
        CueKind.FINDING,
        (
            "виявити|виявлений|встановити|встановлений|зафіксувати|зафіксований|допустити"
            "|допущений|допускати|допускатися|порушити|порушений|порушувати|порушуватися"
            "|надходити|надійти"
            "|виникнути|виникати"
            "|статися|ставатися|трапитися|траплятися"
            "|зареєструвати|зареєстрований"
            # «громадяни не зверталися», as «звернень не надходило»: no one asked
            "|звернутися|звертатися",
        ),
        # «з порушенням встановленого терміну», «у встановленому порядку»: what a term is
        unless="строк|термін|порядок|графік|вимога|норма",
    ),
    Cue(CueKind.FINDING, ("found|detected|identified|received|recorded",)),
    # "The inspection did not find any violations": as «порушень не виявлено» (only negated:
    # "to find a solution" finds nothing)
    Cue(CueKind.FINDING, ("find|identify|detect|reveal|receive",)),
    # «приписів не видавалось», «штрафів не накладалось», «протоколи про адміністративні
    # правопорушення не складались», «повідомлення про неподання декларацій не
    # направлялись» (the breach named, then its report not sent): no sanction or report of
    # a breach was called for
    Cue(
        CueKind.FINDING,
        (
            "припис|штраф|стягнення|санкція|протокол",
            "не",
            "видавати|видаватися|видати|виданий|накладати|накладатися|накласти|накладений"
            "|застосовувати|застосовуватися|застосувати|застосований|складати|складатися"
            "|скласти|складений",
        ),
        reach=5,
    ),
    # «зауважень від мешканців не отримано», «претензій не отримувалось»: no one found fault
    Cue(
        CueKind.FINDING,
        (
            "зауваження|скарга|претензія|рекламація",
            "не",
            "отримати|отриманий|отримувати|отримуватися",
        ),
        reach=6,
    ),
    Cue(
        CueKind.FINDING,
        (
            "неподання|порушення|правопорушення",
            "не",
            "направляти|направлятися|направити|направлений|надсилати|надсилатися|надіслати"
            "|надісланий",
        ),
        reach=3,
    ),
    # «паспорти не складались»: none made (not «складає 85 %», a sum: a neutral verb alone;
    # a sanction not imposed, «протоколи не складались», is the finding above)
    Cue(CueKind.FAILURE, ("не", "складатися")),
    # «виконання заходу не потребувалося»: no need arose, as «звернень не надходило»
    # (a measure that «не потребує фінансування» says nothing of its deed)
    Cue(
        CueKind.FINDING,
        ("не", "потребувати|потребуватися|вимагатися"),
        unless="фінансування|кошт|видаток|витрата|фінансовий|додатковий|бюджетний",
    ),
    # «немає потреби», «потреба відсутня», «підстав для перевірок не було»: no need
    # (not «у зв'язку з відсутністю потреби», which justifies a measure not done); «заборгованість
    # відсутня», «порушень немає»: none of what the measure was to prevent
    Cue(
        CueKind.FINDING,
        (
            "немає|відсутній",
            _NONE_OF,
        ),
    ),
    # «Заборгованість із виплати заробітної плати працівникам бюджетної сфери відсутня»
    Cue(
        CueKind.FINDING,
        (_NONE_OF, "відсутній|немає"),
        reach=8,
    ),
    Cue(CueKind.FINDING, (_NONE_OF, "не", "бути|було"), reach=4),  # «заборгованості не було»
    Cue(CueKind.FINDING, ("потреба|необхідність|підстава", "не", "бути|було"), reach=4),
    Cue(CueKind.FINDING, ("не", "бути|було", "потреба|необхідність|підстава")),
    # explicit failure
    Cue(CueKind.FAILURE, ("невиконаний|невиконання|нереалізований|зірвати|зірваний",)),
    # the term missed: «Строк виконання прострочено», «Захід протерміновано»; a step that
    # failed: «Тендер провалено»
    # (the verbs' forms only: «прострочена заборгованість» is a kind of debt)
    Cue(CueKind.FAILURE, ("прострочити|протермінувати|провалити",)),
    # the work cut short, or the executor's word ignored: «Роботи згорнуто», «Лист
    # проігноровано підрядником»; an application left unanswered
    Cue(CueKind.FAILURE, ("згорнути|проігнорувати",)),
    Cue(CueKind.FAILURE, ("залишити", "без", "розгляд|задоволення|реагування")),
    # the money cut: «фінансування урізано», «урізано видатки» (not «видатки скорочено», a
    # saving); the money or the purchase frozen: «рахунки підрядника заблоковано», «кошти
    # арештовано»; a purchase challenged awaits the review: «закупівлю оскаржено в АМКУ».
    # Each in either order: a cue that starts at its verb makes the verb a word cues start
    # at, so that one starting at a common noun («фінансування») is sought only where it is
    Cue(CueKind.FAILURE, (_MONEY_CUT, "урізати"), reach=2),
    Cue(CueKind.FAILURE, ("урізати", _MONEY_CUT)),
    Cue(CueKind.FAILURE, ("фінансування", "скоротити"), reach=2),
    Cue(CueKind.FAILURE, ("скоротити", "фінансування")),
    Cue(CueKind.FAILURE, (_FROZEN, "заблокувати|арештувати"), reach=3),
    Cue(CueKind.FAILURE, ("заблокувати|арештувати", _FROZEN)),
    Cue(CueKind.FAILURE, (_BLOCKED, "заблокувати"), reach=3),  # «рішення заблоковано»
    Cue(CueKind.FAILURE, ("заблокувати", _BLOCKED)),
    Cue(CueKind.ONGOING, (_CHALLENGED, "оскаржити"), reach=3),
    Cue(CueKind.ONGOING, ("оскаржити", _CHALLENGED)),
    Cue(CueKind.FAILURE, ("неможливий|неможливо",)),  # «проведення заходу неможливе»
    # «повідомив про неможливість виконання заходу»: a failure named by its noun
    Cue(CueKind.FAILURE, ("неможливість", "виконання|проведення|реалізація|здійснення")),
    # «виконавець повідомив про виконання заходу»: the executor's word that it was done (its
    # past forms: «просимо повідомити про виконання» asks for that word)
    Cue(
        CueKind.ACHIEVEMENT,
        (
            "повідомив|повідомила|повідомило|повідомили|повідомлено|проінформував"
            "|проінформувала|проінформувало|проінформували|проінформовано|поінформував"
            "|поінформувала|поінформували|поінформовано|доповів|доповіла|доповіли"
            "|прозвітував|прозвітувала|прозвітували",
            "про",
            "виконання|завершення|реалізація|проведення",
        ),
    ),
    # «питання залишається невирішеним», «посада залишається вакантною»: still not done
    Cue(
        CueKind.FAILURE,
        (
            "залишатися|залишитися",
            "невирішений|незавершений|невиконаний|нереалізований|незаповнений|вакантний",
        ),
    ),
    # «проведення не є можливим», «обстріли унеможливили проведення», "was not possible"
    Cue(CueKind.FAILURE, ("не", "бути|виявитися|виявлятися", "можливий|можливо")),
    Cue(CueKind.FAILURE, ("унеможливити|унеможливлений|impossible",)),
    Cue(CueKind.FAILURE, ("not", "possible|feasible")),
    Cue(CueKind.FAILURE, ("wasn't|weren't|isn't|aren't", "possible|feasible")),
    # «ремонт можливий лише у разі виділення коштів», «залежить від фінансування»: not done,
    # waiting for what it needs
    Cue(CueKind.FAILURE, ("можливий|можливо", "лише|тільки", *_ON_MONEY)),
    Cue(CueKind.FAILURE, ("можливий|можливо", *_ON_MONEY)),
    # «можливе лише після виділення коштів»: waiting for the money
    Cue(
        CueKind.FAILURE,
        ("можливий|можливо", "лише|тільки", "після", "виділення|надходження|отримання"),
    ),
    Cue(CueKind.FAILURE, ("можливий|можливо", "після", "виділення|надходження|отримання")),
    # «реалізація можлива після завершення воєнного стану»: put off until then
    Cue(CueKind.POSTPONEMENT, ("можливий|можливо", "після", _AFTER_IT_ENDS)),
    Cue(CueKind.POSTPONEMENT, ("можливий|можливо", "лише|тільки", "після", _AFTER_IT_ENDS)),
    Cue(
        CueKind.FAILURE,
        ("залежати", "від", "фінансування|кошти|виділення|надходження|наявність"),
    ),
    # «відмов у погодженні не отримано», «зауважень не надійшло»: none of the answers that
    # would have stopped it (before «відмовити»: «відмов» is also its imperative)
    Cue(
        CueKind.FINDING,
        (
            "відмова|зауваження|заперечення|претензія",
            "не",
            "отримати|отриманий|отримувати|надійти|надходити|бути|було",
        ),
        reach=3,
    ),
    # refused: «у погодженні відмовлено», "the bill was rejected" («відхилено» is left out:
    # «зауваження враховано, решту відхилено» reports consultations held)
    Cue(CueKind.FAILURE, ("відмовити|rejected|refused",)),
    Cue(CueKind.FAILURE, ("отримати|отриманий|надати|наданий", "відмова")),  # «отримано відмову»
    # the measure's own draft turned down: «проєкт постанови відхилено» (not «дві заявки
    # відхилено»: applications weighed in a contest held)
    Cue(
        CueKind.FAILURE,
        ("проєкт|проект|законопроєкт|законопроект", "відхилити|відхилений"),
        reach=3,
    ),
    # the executor's one application turned down: «заявку на грант відхилено» (its form, not
    # its lemma, which «заявки» of a contest share)
    Cue(CueKind.FAILURE, ("заявку", "відхилити|відхилений"), reach=3),
    Cue(CueKind.FAILURE, ("відхилити|відхилений", "заявку")),
    # «не було можливості», «можливість відсутня», «не мали можливості»: it could not be done
    Cue(CueKind.FAILURE, ("не", "бути|було|мати", "можливість")),
    Cue(CueKind.FAILURE, ("немає|відсутній|відсутність", "можливість")),
    Cue(  # «немає технічної можливості»
        CueKind.FAILURE,
        (
            "немає|відсутній|відсутність",
            "технічний|фінансовий|матеріальний|об'єктивний",
            "можливість",
        ),
    ),
    Cue(CueKind.FAILURE, ("можливість", "відсутній|немає"), reach=5),  # «… проведення заходу …»
    Cue(CueKind.FAILURE, ("можливість", "не", "бути|було"), reach=3),  # «… провести конкурс …»
    Cue(CueKind.FAILURE, ("failed|unfulfilled|unimplemented|unrealised|unrealized",)),
    # "the deadline was missed", "the law was vetoed", "the bill was blocked in the committee",
    # "the contract was terminated", "funding was cut": the work did not come about
    Cue(CueKind.FAILURE, ("missed|vetoed",)),
    # "funding was denied", "funds were withheld", "the launch was derailed by cyberattacks"
    Cue(CueKind.FAILURE, ("denied|withheld|derailed|thwarted",)),
    # "nothing was done", "nothing has been implemented" (not "nothing remains to be done");
    # "work has yet to begin"
    Cue(CueKind.FAILURE, ("nothing", "done|implemented|achieved|accomplished|undertaken"), reach=2),
    Cue(CueKind.FAILURE, ("yet", "to", "begin|start|commence")),
    Cue(
        CueKind.FAILURE,
        (
            "bill|draft|law|adoption|approval|procurement|tender|project|process",
            "was|been",
            "blocked",
        ),
        reach=2,
    ),  # (not "access to 40 websites was blocked", a deed)
    Cue(
        CueKind.FAILURE,
        ("contract|contracts|agreement|agreements", "was|were|been", "terminated"),
        reach=4,
    ),
    Cue(
        CueKind.FAILURE, ("funding|financing|funds|budget", "was|were|been", "cut|slashed"), reach=4
    ),
    # "The Ministry did not submit the draft", "could not hold": the deed not done (not "did
    # not affect", "did not receive complaints": nothing went wrong)
    Cue(
        CueKind.FAILURE,
        ("did|could", "not"),
        unless="affect|hinder|prevent|impede|delay|need|require|receive|exceed|change|occur"
        "|have|find|identify|detect|record",
    ),
    Cue(CueKind.FAILURE, ("no", "progress")),
    # "No evidence of implementation was found": the Open Government Partnership's grade
    Cue(CueKind.FAILURE, ("no", "evidence", "of", "implementation|progress|completion")),
    Cue(CueKind.FAILURE, ("no", "evidence", "available")),
    # «прогрес виконання заходу відсутній», as a monitoring of a strategy reports it
    Cue(CueKind.FAILURE, ("прогрес", "відсутній|немає"), reach=3),
    Cue(CueKind.FAILURE, ("відсутній|немає", "прогрес")),
    # «роботу проведено, результатів немає», «результат відсутній»: the work led nowhere
    Cue(CueKind.FAILURE, ("результат", "відсутній|немає"), reach=1),
    Cue(CueKind.FAILURE, ("відсутній|немає", "результат")),
    # «кошти спрямовано на потреби ЗСУ», «перерозподілено на потреби оборони»: the money went
    # to defence, the measure was not done with it
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", "потреба", _DEFENCE)),
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", _URGENT, "потреба", _DEFENCE)),  # «першочергові»
    # «… перерозподілено на оборонні потреби», «на заходи з відсічі збройної агресії», «на
    # посилення обороноздатності»
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", "оборонний", "потреба")),
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", "захід", "з|із|щодо", _REPELLING)),
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", _REPELLING)),
    Cue(CueKind.FAILURE, (_SENT_AWAY, "на", "посилення|зміцнення", "обороноздатність")),
    # «приміщення передано для розміщення військової частини», «… під потреби ЗСУ»: what the
    # measure was to use went to defence
    Cue(
        CueKind.FAILURE,
        ("передати|переданий", "для|під|на", "розміщення|потреба|підтримка", _DEFENCE),
        reach=3,
    ),
    # «кошти перерозподілено [розпорядженням голови] на інші потреби», «спрямовано на інші
    # заходи»: spent on something else
    Cue(
        CueKind.FAILURE,
        (
            "спрямувати|перерозподілити|перерозподілений|переспрямувати|переспрямований",
            "на",
            "інший",
            "потреба|захід|ціль|мета|програма|видаток|напрям|об'єкт",
        ),
        reach=6,
    ),
    # «кошти спрямовано (використано) на ліквідацію наслідків обстрілів»: spent on an
    # emergency instead
    Cue(
        CueKind.FAILURE,
        (
            f"{_SENT_AWAY}|використати|використаний",
            "на",
            "ліквідація|усунення|подолання|відновлення",
            "наслідок",
        ),
        reach=6,
    ),
    # «Відсутнє фінансування», «у зв'язку з відсутністю коштів»: nothing to do it with
    Cue(CueKind.FAILURE, ("відсутність|відсутній|немає", "фінансування|кошти|кошт|фінансовий")),
    # «пропозицій не надійшло»: a tender without bids buys nothing
    Cue(CueKind.FAILURE, ("пропозиція|заявка", "не", "надійти|надходити|подати|подаватися")),
    Cue(CueKind.FAILURE, ("не", "надійти|надходити|подати", "жодний|жоден", "пропозиція|заявка")),
    Cue(CueKind.FAILURE, ("не", "надійти|надходити|подати", "пропозиція|заявка")),
    # «договір розірвано»: the contract that was to do it is ended
    Cue(CueKind.FAILURE, ("договір|контракт|угода", "розірвати|розірваний"), reach=4),
    Cue(CueKind.FAILURE, ("розірвати|розірваний", "договір|контракт|угода")),
    # the work itself stopped: «перемовини з донором припинено», «фінансування припинено»
    # (not «незаконну діяльність припинено», a deed)
    Cue(CueKind.FAILURE, (_STOPPED, "припинити|припинений|припинитися"), reach=4),
    Cue(CueKind.FAILURE, ("припинити|припинений|припинитися", _STOPPED)),
    # «постачальник відмовився від укладення договору»: the one to do it would not
    Cue(CueKind.FAILURE, ("відмовитися|відмовлятися|відмовитись",)),
    # «ведеться претензійна робота»: the contractor is pursued for not doing it
    Cue(CueKind.FAILURE, ("претензійний|претензійно-позовний|позовний", "робота")),
    # «кошти повернуто до бюджету»: the money was not spent on the measure
    Cue(CueKind.FAILURE, ("кошти|кошт|субвенція", "повернути|повернутий")),
    # «Кошти, передбачені на форум, повернуто до обласного бюджету»: the budget named
    Cue(CueKind.FAILURE, ("повернути|повернутий", "до|в|у", "бюджет")),
    Cue(
        CueKind.FAILURE,
        (
            "повернути|повернутий",
            "до|в|у",
            "обласний|державний|місцевий|районний|міський|сільський|селищний|загальний",
            "бюджет|фонд",
        ),
    ),
    Cue(CueKind.FAILURE, ("повернути|повернутий", "кошти|кошт|субвенція")),
    # a bill sent back to who brought it, or without being considered: not to be passed
    Cue(CueKind.FAILURE, ("повернути|повернутий", "суб'єкт|ініціатор")),
    Cue(CueKind.FAILURE, ("повернути|повернутий", "без", "розгляд")),
    Cue(
        CueKind.FAILURE,
        ("no", "activities|activity|action|actions|work|measures"),
        tail=("was|were|has|have", "been|carried|taken|implemented|held|conducted"),
    ),
    # ongoing
    Cue(CueKind.ONGOING, ("тривати|продовжуватися|продовжувати|продовжити|продовжений",)),
    Cue(CueKind.ONGOING, ("на", "постійний", "основа")),
    # «питання вирішується в робочому порядку», «Поточна робота»: the work of every day
    Cue(CueKind.ONGOING, ("у|в", "робочий", "порядок")),
    Cue(CueKind.ONGOING, ("поточний", "робота")),
    Cue(CueKind.ONGOING, ("постійно|систематично|регулярно",)),
    # works held up are late and go on: «роботи затримано», «постачання затрималось»
    # (not «у ході роботи затримано 5 осіб»: people detained are a deed)
    Cue(CueKind.ONGOING, (_HELD_UP, "затримати|затриматися"), reach=3, unless=_DETAINED),
    Cue(CueKind.ONGOING, ("затримати|затриматися", _HELD_UP)),
    # … or drawn out: «строки виконання робіт затягнуто»
    Cue(CueKind.ONGOING, (_HELD_UP, "затягнути|затягнутися"), reach=3),
    Cue(CueKind.ONGOING, ("затягнути|затягнутися", _HELD_UP)),
    Cue(CueKind.ONGOING, ("у|в", "процес|стадія")),  # «у процесі», «в стадії розробки»
    # «систему запущено в тестовому режимі», «у дослідній експлуатації»: not yet in service
    Cue(
        CueKind.ONGOING, ("у|в", "тестовий|пілотний|дослідний|випробувальний", "режим|експлуатація")
    ),
    Cue(CueKind.ONGOING, ("на", "стадія|етап")),
    Cue(  # «на завершальному етапі», «на стадії завершення» (above)
        CueKind.ONGOING,
        ("на", "завершальний|заключний|кінцевий|фінальний|початковий|підготовчий", "стадія|етап"),
    ),
    Cue(CueKind.ONGOING, ("на", "контроль")),
    Cue(CueKind.ONGOING, ("на", "постійний|особливий|щоденний|першочерговий", "контроль")),
    # «залишено на контролі»: kept under watch, not done (no deed in «залишено»)
    Cue(CueKind.ONGOING, ("залишити|залишений|залишатися", "на", "контроль")),
    Cue(CueKind.ONGOING, ("прогрес", "наявний|є"), reach=3),  # «прогрес виконання наявний»
    Cue(CueKind.ONGOING, ("наявний", "прогрес")),
    # a document others have yet to approve: «направлено на погодження», «перебуває на розгляді»
    Cue(
        CueKind.ONGOING,
        (
            "на",
            "погодження|розгляд|затвердження|підпис|експертиза|доопрацювання|опрацювання"
            "|реєстрація|узгодження",
        ),
    ),  # «залишається на контролі»
    # «подано на державну реєстрацію», «направлено на правову експертизу», «оприлюднено для
    # громадського обговорення»
    Cue(
        CueKind.ONGOING,
        (
            "на|для",
            "державний|правовий|юридичний|антикорупційний|громадський",
            "реєстрація|експертиза|обговорення",
        ),
    ),
    # «проєкт потребує доопрацювання»: drafted, with more to do on it
    Cue(
        CueKind.ONGOING,
        ("потребувати|вимагати", "доопрацювання|уточнення|погодження|затвердження|коригування"),
    ),
    Cue(CueKind.ONGOING, ("needs|requires", "revision|approval|finalisation|finalization")),
    # «направлено до Міністерства для погодження» (not «для розгляду звернень»: a purpose)
    Cue(
        CueKind.ONGOING,
        ("для", "погодження|затвердження|підпис|реєстрація|узгодження|доопрацювання"),
    ),
    # «повернуто на доопрацювання»: sent back, not a deed of returning
    Cue(
        CueKind.ONGOING,
        ("повернути|повернутий", "на|для", "доопрацювання|опрацювання"),
        reach=4,  # «повернуто Секретаріатом Кабінету Міністрів на доопрацювання»
    ),
    # «законопроєкт зареєстровано у Верховній Раді»: before the parliament, not yet a law
    Cue(CueKind.ONGOING, ("зареєструвати|зареєстрований", "у|в", "верховний", "рада")),
    Cue(
        CueKind.ONGOING,
        ("внести|внесений|подати|поданий|направити|направлений", "до", "верховний", "рада"),
    ),
    Cue(CueKind.ONGOING, ("registered", "in|with", "the", "verkhovna|parliament")),
    Cue(CueKind.ONGOING, ("registered", "in|with", "verkhovna|parliament")),
    # "submitted to the Verkhovna Rada": as «внесено до Верховної Ради», the law is yet to pass
    Cue(
        CueKind.ONGOING,
        ("submitted|sent|transmitted|forwarded|introduced", "to", "the", "verkhovna|parliament"),
    ),
    Cue(
        CueKind.ONGOING,
        ("submitted|sent|transmitted|forwarded|introduced", "to", "verkhovna|parliament"),
    ),
    # «прийнято рішення про доопрацювання»: sent back to be done again
    Cue(CueKind.ONGOING, ("про", "доопрацювання"), reach=1),  # «про його доопрацювання»
    Cue(CueKind.ONGOING, ("на", "виконанні")),  # the form itself: «на виконання …» opens reports
    Cue(
        CueKind.ONGOING,  # «роботи розпочались», «стартувало будівництво», «розпочнуто» (sic),
        # «підрядник приступив до робіт»
        (
            "розпочати|почати|розпочатий|започаткувати|започаткований|розпочатися|початися"
            "|розпочинати|розпочинатися|розпочнути|почнути|стартувати|приступити",
        ),
    ),
    # "Exceeded target", "Target exceeded": more than the plan asked (not "costs exceeded the
    # estimate")
    Cue(CueKind.ACHIEVEMENT, ("exceeded|surpassed", "target|targets|goal|goals|expectations")),
    Cue(
        CueKind.ACHIEVEMENT,
        ("exceeded|surpassed", "the|its|their", "target|targets|goal|goals|expectations|plan"),
    ),
    Cue(CueKind.ACHIEVEMENT, ("target|targets|goal|goals", "exceeded|surpassed|overachieved")),
    # the paper that closes works: «акт виконаних робіт від 20.06.2025», «акт приймання
    # виконаних робіт», «акт введення в експлуатацію»
    Cue(CueKind.ACHIEVEMENT, ("акт", "виконаний", "робота")),
    Cue(CueKind.ACHIEVEMENT, ("акт", "приймання|приймання-передача", "виконаний", "робота")),
    Cue(CueKind.ACHIEVEMENT, ("акт", "введення", "в|у", "експлуатація")),
    # a service set going is done: «рух автобусів розпочато 1 вересня», «розпочав
    # функціонування», «розпочато мовлення» (not «розпочато роботи»: works begun, nor
    # «розпочато діяльність робочої групи з розроблення …»: work towards the measure)
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "рух|функціонування|мовлення|експлуатація")),
    Cue(
        CueKind.ACHIEVEMENT,
        ("рух|функціонування|мовлення", _SET_GOING),
        reach=4,  # «рух автобусів за новим маршрутом розпочато»
    ),
    # services set going: «розпочато надання 36 послуг», «надання послуг розпочато»
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "надання", "послуга")),
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "надання", "#", "послуга")),
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "надання", _KINDS_OF_SERVICE, "послуга")),
    Cue(CueKind.ACHIEVEMENT, ("надання", "послуга", _SET_GOING)),
    Cue(CueKind.ACHIEVEMENT, ("надання", _KINDS_OF_SERVICE, "послуга", _SET_GOING)),
    # «розпочато оформлення паспортів», «розпочато видачу посвідчень»: papers issued to people
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "оформлення|видача", "паспорт|посвідчення|свідоцтво")),
    # schooling set going where the measure made it possible: «розпочато освітній процес»,
    # «навчання розпочато в очному форматі» (not «розпочато навчання»: the training begun)
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "навчальний|освітній", "процес")),
    Cue(CueKind.ACHIEVEMENT, ("навчальний|освітній", "процес", _SET_GOING)),
    Cue(CueKind.ACHIEVEMENT, ("навчання", _SET_GOING, "в|у", "очний|змішаний")),
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "навчання", "в|у", "очний|змішаний")),
    # a season or a school year begun where the measure readied for it: «опалювальний сезон
    # розпочато 15 жовтня», «навчальний рік розпочато вчасно»
    Cue(CueKind.ACHIEVEMENT, (_SET_GOING, "опалювальний|навчальний", "сезон|період|рік")),
    Cue(CueKind.ACHIEVEMENT, ("опалювальний|навчальний", "сезон|період|рік", _SET_GOING)),
    Cue(CueKind.ONGOING, ("ongoing|underway|continuing|continues|continue|started|begun",)),
    Cue(CueKind.ONGOING, ("delayed",), unless="to|until|till"),  # late, as «затримується»
    Cue(CueKind.ONGOING, ("in", "progress")),
    Cue(CueKind.ONGOING, ("in", "the", "process")),  # "in the process of implementation"
    Cue(CueKind.ONGOING, ("in", "test|testing|pilot|trial", "mode|operation")),
    Cue(CueKind.ONGOING, ("in", "beta")),  # "the portal is in beta (testing)"
    Cue(CueKind.ONGOING, ("in", "preparation|development|drafting")),  # "the report is in …"
    Cue(CueKind.ONGOING, ("at|in", "the|an", "final|last|initial|early", "stage|stages|phase")),
    Cue(  # "under public discussion", "under interagency consultation"
        CueKind.ONGOING,
        (
            "under",
            "way|development|preparation|review|consideration|consultation|discussion"
            "|construction|reconstruction|renovation|repair|implementation",
        ),
        reach=2,
    ),
    # "is being drafted", "is still being drafted"
    Cue(CueKind.ONGOING, ("is|are", "being"), tail=(_DONE_EN,), reach=1),
    Cue(CueKind.ONGOING, ("on", "track|schedule")),
    Cue(CueKind.ONGOING, ("behind", "schedule")),  # late, and still going on
    Cue(CueKind.ONGOING, ("відставання", "від", "графік")),  # «із відставанням від графіка»
    Cue(CueKind.ONGOING, ("currently",)),  # "the Ministry is currently drafting …"
    Cue(CueKind.ONGOING, ("is|are", "working", "on")),
    # "the working group is drafting the regulation": work going on, told in the present
    Cue(
        CueKind.ONGOING,
        (
            "is|are",
            "drafting|developing|preparing|implementing|conducting|finalizing|finalising"
            "|reviewing|updating|elaborating|negotiating|establishing|building|designing"
            "|testing|carrying|procuring|renovating|repairing|constructing|digitizing|digitising",
        ),
    ),
    # a bill passed «у першому читанні», "in the first reading": not yet a law
    Cue(CueKind.ONGOING, ("у|в", "перший", "читання")),
    Cue(CueKind.ONGOING, ("first", "reading")),  # "passed first reading"
    Cue(CueKind.ONGOING, ("regularly|continuously|systematically|routinely|permanently",)),
    Cue(CueKind.ONGOING, ("pending|awaiting|awaits",)),  # "pending approval", "awaiting …"
    Cue(  # "undergoing internal approval": others have yet to approve it
        CueKind.ONGOING,
        (
            "undergoing|undergoes|undergo",
            "approval|review|consideration|coordination|examination|registration|consultations"
            "|consultation|discussion",
        ),
        reach=2,
    ),
    # «очікується відповідь Мінфіну», «в очікуванні погодження»: others have yet to act
    Cue(
        CueKind.ONGOING,
        (
            "очікуватися|очікувати",
            "відповідь|погодження|затвердження|підписання|рішення|розгляд|висновок|реєстрація",
        ),
        reach=2,
    ),
    Cue(CueKind.ONGOING, ("у|в", "очікування")),
    # «для завершення робіт необхідно ще 2,5 млн грн»: begun, its end still to come
    Cue(CueKind.ONGOING, ("для", "завершення|закінчення")),
    # «відповіді очікуються», «погодження очікується»
    Cue(CueKind.ONGOING, ("відповідь|висновок|погодження", "очікуватися")),
    # "submitted to the Cabinet for approval": others have yet to approve it
    Cue(CueKind.ONGOING, ("for", "approval|consideration|signature|review|adoption")),
    # "sent for legal review", "submitted for public consultation"
    Cue(
        CueKind.ONGOING,
        ("for", "legal|public|state|expert|final", "review|approval|consultation|consultations"),
    ),
    # achievement
    Cue(CueKind.ACHIEVEMENT, ("мати", "місце")),
    # «кампанія тривала з 1 по 30 квітня», «акція тривала три тижні»: how long a past event
    # lasted, not work going on (the past forms only: «триває з 1 березня» goes on)
    Cue(
        CueKind.ACHIEVEMENT,
        (
            "тривав|тривала|тривало|тривали",
            "з|із|до|протягом|впродовж|упродовж|понад|майже|близько|#"
            "|два|дві|три|чотири|п'ять|шість|тиждень|місяць",
        ),
    ),
    # «пропонуємо вважати захід виконаним»: the executor's own word that it is done
    Cue(CueKind.ACHIEVEMENT, ("вважати|вважатися", "виконаний|реалізований"), reach=2),
    # «не можна вважати виконаним»
    Cue(CueKind.FAILURE, ("не", "можна|могти", "вважати|вважатися")),
    # «онлайн-запис доступний на сайті», as "available": in service
    Cue(CueKind.ACHIEVEMENT, ("доступний",)),
    Cue(CueKind.FAILURE, ("недоступний",)),
    Cue(CueKind.ACHIEVEMENT, ("took|taken|take|takes", "place")),
    Cue(CueKind.ACHIEVEMENT, (_DONE_EN,)),
    Cue(
        CueKind.ACHIEVEMENT,
        ("operational|functioning|functional|available|accessible|operating|operates",),
    ),
    Cue(CueKind.ACHIEVEMENT, ("up", "and", "running")),
    Cue(CueKind.ACHIEVEMENT, ("rolled|roll|rolls", "out")),  # "rolled out nationwide"
    Cue(CueKind.ACHIEVEMENT, ("went|gone|goes|go", "live")),  # "the website went live"
    Cue(CueKind.ACHIEVEMENT, ("is|are|was|were|been", "live")),  # "the portal is live"
    Cue(CueKind.ACHIEVEMENT, ("in", "place|operation|force")),  # "rules are in place"
    Cue(CueKind.ACHIEVEMENT, ("entered|came", "into", "force|effect|operation")),
    Cue(CueKind.ACHIEVEMENT, ("put|brought", "into", "operation|service|use")),
)
"""The built-in cues, Ukrainian and English."""
