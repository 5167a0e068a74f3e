"""Completion status: where a measure stands as of a date, why, and how sure civplan is.

The rules, in order (each assessment lists the ones that decided it):

1. A status stated in the report wins (confidence ``STATED``). If the text's
   cues point elsewhere (stated «виконано», text «не проводилось»), a warning
   says so. «Не розпочато» states no fixed status: not yet due before the
   deadline has passed, not done after.
2. Otherwise the outcome text is read for cues (:mod:`civplan.model.reading`):
   cancellation → CANCELLED; explicit partial completion → PARTIALLY_DONE;
   achievement together with failure → PARTIALLY_DONE; postponement →
   POSTPONED, or PARTIALLY_DONE when something was also achieved;
   achievement → DONE, but IN_PROGRESS while a continuous or recurring term,
   or reported ongoing work, has not yet ended, or while a term of more than
   a year runs and the text does not say the measure itself is done
   («Проведено 6 змагань» under «2024–2026 роки»), and PARTIALLY_DONE when work
   not yet finished («триває погодження», "pending") — not routine work
   («здійснюється», «регулярно») — still goes on after the deadline; a share
   done below 100 % («виконано на 70 %») → PARTIALLY_DONE; failure → NOT_DONE
   once the deadline has passed, NOT_DUE before; ongoing work alone →
   IN_PROGRESS, and after the deadline PARTIALLY_DONE (DONE for a continuous
   measure, and, weakly, for routine work: «виконується постійно»); plans
   alone → NOT_DUE/IN_PROGRESS, and POSTPONED after the deadline. Cues in
   clauses about another body («Президентом підписано …») count only when
   the executor's own words give none. Confidence is ``CLEAR``, or ``WEAK``
   when only another body's deeds, a mix of done and not done, or an
   unreadable deadline decided.
3. A text without any cue, or in a language other than Ukrainian and
   English, cannot tell: the status is the one the dates give (NOT_DUE before
   the term, IN_PROGRESS within it or for a term that never ends, OVERDUE
   after it), the confidence ``NONE``, and a warning asks a person to check.
   civplan never takes a report for done because it exists.
4. With nothing reported, the deadline decides: NOT_DUE before it starts,
   IN_PROGRESS inside it, OVERDUE once it (or, for a recurring term, an
   occurrence of it) has ended; never OVERDUE for a continuous or on-demand
   term. A deadline civplan cannot read leaves the measure NOT_DUE until the
   plan's period ends (``period_end``), then OVERDUE — both flagged.

A deadline has *passed* on its last day: a report as of 31 December covers a
measure due in the IV quarter. An assessment *needs review*
(:attr:`Assessment.review`) when its confidence is ``NONE`` or a reason
warns; reports mark such measures «потребує перевірки».
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from decimal import Decimal

import attrs

from civplan._vocabulary import both
from civplan.model.cues import LEXICON, Cue, CueKind
from civplan.model.deadline import (
    CALENDAR_PERIODS,
    NEVER_OVERDUE,
    REPORT_DAY,
    Deadline,
    DeadlineKind,
)
from civplan.model.events import Event, find_events, outside
from civplan.model.indicators import (
    TIMES,
    YEAR,
    Indicator,
    TargetCheck,
    check_targets,
    counts_in_words,
    find_indicators,
    magnitude,
    reached,
    reported,
    same_thing,
)
from civplan.model.justification import find_justification
from civplan.model.language import Lang, format_date, format_interval
from civplan.model.months import MONTH_OF_FORM, MONTH_STEMS, alternation
from civplan.model.morphology import (
    is_adjective,
    is_imperfective_verb,
    is_perfective_verb,
    language_of,
    never_genitive,
    noun_lemmas,
)
from civplan.model.numbering import number_key
from civplan.model.plan import Measure, Plan, day_of
from civplan.model.reading import (
    AWAITING,
    CONTRACTS,
    PROCUREMENT,
    TELLING,
    Evidence,
    asks_for_a_report,
    read_outcome,
    speaks_of_money,
)
from civplan.model.references import pointer, referred
from civplan.model.scan import (
    SENTENCE_ENDS,
    any_digit,
    as_read,
    compiled_on_use,
    has_digit,
    lowered,
    quoted_whole,
    sentence_start,
)
from civplan.model.stated import NOT_STARTED, read_stated
from civplan.model.status import Status


def _title_as_read(title: str) -> str:
    """A title without a number before it, in capitals only at its start; itself if no more."""
    words = _NUMBERED_TITLE.sub("", title)
    if words.isupper():
        words = words.capitalize()
    return words if words.strip() else title


_NUMBERED_TITLE = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)])\s+(?=\D)")
"""A measure's number before its title: «1.1. », «1.2 », «3) » (not a count, «3 семінари»)."""


_LEAD_IN = re.compile(
    r"\s*(?:[-–—•·▪*]\s+"  # a list's mark: «- Проведено …» (not «1) …», a list's item)
    # «Станом на 31.12.2025:», «… на 1 січня 2026 року:»
    r"|(?:станом на|as of|as at) "
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:\d{1,2} )?[^\W\d]+ \d{4}|\d{4})(?: ?(?:року|р\.))?\s*:\s*"
    # «Інформація про виконання:», «Стан виконання –»: the column's caption copied into it
    r"|(?:(?:інформація|відомості) (?:про|щодо) |)(?:стан |хід )?(?:виконанн\w*|реалізаці\w*)"
    r"(?: заходу)?\s*[:–—]\s*(?=\S)"
    r"|(?:progress|implementation status|status of implementation)\s*[:–—]\s*(?=\S))",
    re.IGNORECASE,
)


def _the_report(text: str, lexicon: Sequence[Cue], title: str) -> str:
    """An outcome read without what leads into the report or signs it, which tell nothing.

    A list's mark, a date the report is as of, or its column's caption before a colon
    («Станом на 01.01.2026: охоплено 91 % учнів»), read as the report that follows; a
    last line that names who reports («Виконавець: відділ освіти»); and quotation marks
    around all of it, even around a few words, where those words are a report
    («"Фінансування відсутнє"»), not a name; and the measure's title copied before it
    («Провести 4 засідання: проведено 3 засідання»), whose counts are the plan's.
    """
    text = (_SIGNED.sub("", text) if "\n" in text else text).strip()
    if (rest := _after_the_title(text, title)) is not None:
        text = rest
    if (
        text[:1] in '«“„"'
        and (inner := quoted_whole(text)) is not None
        and (read_stated(inner) is not None or read_outcome(inner, lexicon, title=title))
    ):
        text = inner
    if text[:1].lower() not in _LEAD_IN_FIRST:  # (most reports: no pattern tried)
        return text
    found = _LEAD_IN.match(text)
    if found is None or found.end() == len(text):
        return text
    if found[0][:1].isalpha() and _LEAD_INS.search(text, found.end()) is not None:
        return text  # «станом на 01.07.2025: …↵станом на 01.10.2025: …»: reports of periods
    return text[found.end() :]


def _after_the_title(text: str, title: str) -> str | None:
    """The report after the measure's title copied before it and set apart, if it is so.

    «Провести 4 засідання: проведено 3 засідання», «… ради.↵Проведено …»; ``None`` where the
    text does not begin with the whole title, or nothing of a report follows it.
    """
    first = title.split(None, 1)[:1]
    if not first or text[: len(first[0])].casefold() != first[0].casefold():
        return None  # (most reports: the title not split whole, no pattern built)
    words = title.split()
    if not 2 <= len(words) <= _MOST_TITLE_WORDS:
        return None
    at = 0  # word by word, as written with any spaces between (no pattern built per title)
    for word in words:
        while at and at < len(text) and text[at].isspace():
            at += 1
        if text[at : at + len(word)].lower() != word.lower():
            return None
        at += len(word)
    found = _TITLE_SET_APART.match(text, at)
    if found is None or not text[found.end() :].strip():
        return None
    return text[found.end() :]


_MOST_TITLE_WORDS = 80
"""The longest title sought before a report, in words: a title is a sentence or two."""
_TITLE_SET_APART = re.compile(r"\W*?(?:\s*[:.;–—-]\s*|\s*\n\s*)")
"""What sets a title copied before a report apart from it: a colon, a stop, a dash, a line."""
_GOING_ON_ALONE = re.compile(
    r"триває|трива[ює]ть|виконується|викону[юю]ться|продовжується|здійснюється|реалізується"
    r"|(?:у|в) (?:роботі|процесі)(?: виконання)?|на виконанні|ongoing|in progress|underway"
    r"|under way|continuing|on track|on schedule"
)
"""Words for work going on that make an outcome whole: «Триває», «У роботі», "Ongoing"."""


def _going_on_alone(text: str) -> bool:
    """Whether an outcome is only words for work going on: «Триває.», «У роботі», "Ongoing".

    A remark in brackets after them («Триває (управління освіти)», "Ongoing (Ministry of
    Health)") is who tells: the words are alone still.
    """
    if len(text) > _LONGEST_GOING_ON + _LONGEST_TELLER:
        return False
    text = _ITEM_NUMBER.sub("", text)  # «1) Триває»: a list of one item
    words = _BRACKETED_AFTER.sub("", text) if text.rstrip(" .;!").endswith(")") else text
    return len(words) <= _LONGEST_GOING_ON and (
        _GOING_ON_ALONE.fullmatch(words.strip(" .;!").casefold()) is not None
    )


_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")
_BRACKETED_AFTER = re.compile(r"\s*\([^()]*\)[\s.;!]*$")
_LONGEST_TELLER = 120
"""The longest remark in brackets of who tells after words for work going on, in characters."""


_LONGEST_GOING_ON = 40
"""The longest outcome read as words for work going on alone (a quick test first)."""
_BEHIND = re.compile(r"off track|at risk|під ризиком|потребує уваги")
"""A tracker's status of work going on behind its schedule: unfinished at the term's end."""
_LEAD_IN_FIRST = frozenset("-–—•·▪*сівхрapis")
"""How what :data:`_LEAD_IN` reads past may begin: a list's mark, «Станом», «Стан», "As",
«Інформація», «Відомості», «Виконання», «Хід», «Реалізація», "Progress", "Implementation",
"Status"."""
_SIGNED = re.compile(
    r"\n\s*(?:відповідальн\w*(?: виконав\w*)?|(?:спів)?виконав(?:ець|ці)|executors?|responsible)"
    r"\s*:[^\n]*\s*$",
    re.IGNORECASE,
)
"""A report's last line that names who reports it: «…↵Виконавець: відділ освіти»."""
_LEAD_INS = re.compile(r"(?i)(?<!\w)(?:станом на|as of|as at|стан виконання)(?!\w)")


class Confidence(enum.Enum):
    """How sure an assessment is of its status."""

    __hash__ = object.__hash__  # members are singletons: hashed by identity, in C

    STATED = "stated"
    """The report states the status: a status column, words like «Виконано»."""
    CLEAR = "clear"
    """Clear cues of the executor's own text, or plain dates with nothing reported."""
    WEAK = "weak"
    """Cues that leave room for doubt: only another body's deeds, a mix of done and not
    done, or a deadline civplan could not read."""
    NONE = "none"
    """civplan could not tell: no cue, or a language it does not read; the dates decided."""

    def label(self, lang: Lang = "uk") -> str:
        """The confidence as reports name it, in ``lang``."""
        return both(f"confidence.{self.value}")[1 if lang == "en" else 0]


@attrs.frozen
class Reason:
    """One rule or phrase that decided an assessment, in both languages.

    Attributes:
        code: a stable identifier of the rule (``"cue.failure"``, ``"time.overdue"``).
        uk: the reason in Ukrainian.
        en: the reason in English.
        evidence: the phrase of the outcome text it rests on, if any.
        warning: whether a person should check this (a contradiction, a guess).
    """

    code: str
    uk: str
    en: str
    evidence: str | None = None
    warning: bool = False

    def text(self, lang: Lang = "uk") -> str:
        """The reason in ``lang``."""
        return self.en if lang == "en" else self.uk

    def __str__(self) -> str:
        return self.uk


@attrs.frozen
class Assessment:
    """The status of one measure as of a date, with the reasons for it, and what the text says.

    Attributes:
        number: the measure's number.
        as_of: the date the status holds for.
        status: the status.
        reasons: the rules and phrases that decided it, in the order applied.
        evidence: every cue found in the outcome text.
        justification: why the measure was not (fully) done: the one the
            report states, else, for a measure not fully done, the one its
            text gives («у зв’язку з відсутністю фінансування»), else ``None``.
        events: the dated events the outcome reports.
        untimely_events: those of the events outside the measure's term — a
            flag for a reader, never a change of status.
        indicators: the counts the outcome reports («38 публічних консультацій»).
        targets: each planned target with what the outcome reports against it.
        key: the measure's key (its ``ref``, else its number as civplan
            compares it), which tells it apart where numbers repeat.
        confidence: how sure civplan is of the status.
    """

    number: str
    as_of: date
    status: Status
    reasons: tuple[Reason, ...]
    evidence: tuple[Evidence, ...] = ()
    justification: str | None = None
    events: tuple[Event, ...] = ()
    untimely_events: tuple[Event, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    targets: tuple[TargetCheck, ...] = ()
    key: str | None = None
    confidence: Confidence = Confidence.CLEAR

    @property
    def warnings(self) -> tuple[Reason, ...]:
        """The reasons a person should check."""
        return tuple(r for r in self.reasons if r.warning)

    @property
    def review(self) -> bool:
        """Whether a person should check the status: civplan could not tell, or a reason warns."""
        return self.confidence is Confidence.NONE or any(r.warning for r in self.reasons)

    @property
    def shown_number(self) -> str:
        """The measure as a list names it: its number, or its key where the number repeats.

        Letters under each item («а)» under «1.» and «2.») are told apart as «1.а», «2.а».
        """
        key = self.key
        return key if key and key != number_key(self.number) else self.number

    def __repr__(self) -> str:
        check = ", to check" if self.review else ""
        return (
            f"<Assessment {self.number}: {self.status.name} as of {self.as_of} "
            f"({self.confidence.value}{check})>"
        )

    def _repr_html_(self) -> str:
        """The assessment in Jupyter: status, confidence and every reason, in English."""
        from html import escape

        reasons = "".join(f"<li>{escape(r.en)}</li>" for r in self.reasons)
        check = " — <b>to check</b>" if self.review else ""
        return (
            f"<p><b>{escape(self.number)}</b>: {self.status.label('en')} as of {self.as_of} "
            f"({self.confidence.label('en')}){check}</p><ul>{reasons}</ul>"
        )


class _Phase(enum.Enum):
    BEFORE = "before"  # the term has not begun
    WITHIN = "within"  # the term runs
    PASSED = "passed"  # the term's last day has come
    UNDATED = "undated"  # the term has no interval


def _phase(deadline: Deadline, as_of: date) -> _Phase:
    if deadline.start is None or deadline.end is None:
        return _Phase.UNDATED
    if as_of < deadline.start:
        return _Phase.BEFORE
    if as_of < deadline.end:
        return _Phase.WITHIN
    return _Phase.PASSED


_NOTHING_WRITTEN = re.compile(r"\s*[-–—−―/.]+\s*")
"""An outcome cell of a dash (or a slash, dots): the report says nothing of the measure."""


def assess(
    measure: Measure,
    as_of: date,
    *,
    lexicon: Sequence[Cue] = LEXICON,
    year: int | None = None,
    period_end: date | None = None,
    plan: Plan | None = None,
) -> Assessment:
    """Decide where ``measure`` stands as of ``as_of``, say why, and read what its outcome reports.

    Args:
        measure: the measure, with its deadline and reported outcome.
        as_of: the reporting date.
        lexicon: the cues to read the outcome text with; see
            :data:`civplan.LEXICON` for the built-in ones and how to extend them.
        year: the year of dates in the outcome that name none, when the
            measure's term does not lie within one year (whose year they take
            otherwise); by default the reporting date's year.
        period_end: the last day of the plan's period, which bounds a
            deadline civplan cannot read: with nothing reported, such a
            measure is overdue once the period has ended.
        plan: the plan the measure is in: a report that only refers to
            another measure's («Див. п. 1.2», "Same as 2.1") is read as
            that report (:mod:`civplan.model.references`).

    Returns:
        The assessment: a status for every measure and date, never an error.

    Raises:
        TypeError: ``as_of`` or ``period_end`` is not a date (a datetime is
            taken as its day).
    """
    as_of = day_of(as_of, "as_of")
    period_end = day_of(period_end, "period_end") if period_end is not None else None
    if plan is not None and (other := referred(plan, measure)) is not None:
        found = assess(
            attrs.evolve(measure, outcome=other.outcome),
            as_of,
            lexicon=lexicon,
            year=year,
            period_end=period_end,
        )
        reason = _rule("rule.referred", number=other.number)
        return attrs.evolve(found, reasons=(reason, *found.reasons))
    if measure.title[:1].isdecimal() or measure.title.isupper():
        # «1.1. Розробити проєкт …», «РЕКОНСТРУКЦІЯ СТАДІОНУ»: its rules read the title's words
        measure = attrs.evolve(measure, title=_title_as_read(measure.title))
    outcome = measure.outcome
    # read, and quoted, as written: spaces single («25 %» with a no-break space), lines broken
    # inside a sentence joined («Роботи не↵проводились»), «вiдбулося» with a Latin «i» whole
    text = _the_report(as_read(outcome.text), lexicon, measure.title) if outcome is not None else ""
    written = bool(text.strip()) and _NOTHING_WRITTEN.fullmatch(text) is None
    language = language_of(text) if written else "uk"
    evidence = read_outcome(text, lexicon, title=measure.title) if written else ()
    superseded = False  # a later period's report told over an earlier one's
    if (
        evidence
        and measure.deadline.kind not in _TERMS_OF_PARTS
        and (parts := _by_period(text))
        and (latest := _latest_by_period(parts, lexicon, measure.title)) is not None
    ):
        superseded, evidence = True, latest
    indicators = find_indicators(text) if written else ()
    recurring = measure.deadline.kind is DeadlineKind.RECURRING and bool(
        indicators or counts_in_words(text)
    )
    passed = measure.deadline.end is not None and as_of >= measure.deadline.end
    every = _every_one_asked(measure.title, text, indicators) if indicators else ()
    # «Провести три турніри»: a count the title writes in words
    in_words = counts_in_words(measure.title) if evidence else ()
    if evidence and (
        # «Провести 4 засідання», «Проводити щоквартальні наради», «… засідань» «Щокварталу»
        any_digit(measure.title)
        or "щ" in measure.title
        or "Щ" in measure.title
        or recurring
        or every
        or in_words
    ):
        occurring = _occurrences_asked(measure, as_of) if recurring else ()
        asked = (
            *find_indicators(measure.title),
            *in_words,
            *every,
            *_recurring_asks(measure),
            *occurring,
        )
        counted = (*indicators, *counts_in_words(text), *_deed_counted(text, measure.title))
        evidence = (
            *evidence,
            *_fewer_than_asked(measure.title, asked, counted, passed=passed, text=text),
            *_one_of_those_asked(
                asked, text, evidence, counted, passed=passed, occurring=occurring
            ),
        )
    planned = measure.performance_indicator or measure.expected_result or ""
    if evidence and indicators and any_digit(planned):
        # «Проведення обговорень» whose indicator is «проведено не менше 5 публічних
        # заходів», with «Проведено 3 публічні обговорення»: fewer than the plan asked
        evidence = (
            *evidence,
            *_fewer_than_asked(
                planned, _counts_planned(planned), indicators, passed=passed, text=text
            ),
        )
    if measure.targets and indicators:  # a count against its target says more than a count
        evidence = (*evidence, *_against_targets(measure, indicators, as_of, period_end))
    if any(item.kind is CueKind.ACHIEVEMENT for item in evidence):
        evidence = _circumstances_left_out(evidence, text)
        if _PREVENTING().match(measure.title.lower()):
            # «Не допустити заборгованості» with «Допущено заборгованість»: what was to be
            # kept from happening happened
            evidence = tuple(
                attrs.evolve(item, kind=CueKind.FAILURE)
                if item.kind is CueKind.ACHIEVEMENT and _HAPPENED().match(item.phrase.lower())
                else item
                for item in evidence
            )
    if any(item.kind is CueKind.FAILURE for item in evidence) and (
        ending := _ENDING.search(measure.title.lower())
    ):
        evidence = _ended_as_asked(evidence, ending[1])
    if any(item.kind is CueKind.FAILURE for item in evidence) and _APPLYING().search(
        measure.title.lower()
    ):
        evidence = _applied_as_asked(evidence, text)
    if any(item.kind is CueKind.FINDING and item.negated for item in evidence):
        evidence = _nothing_to_answer(evidence, text)
    if any(item.kind is CueKind.FAILURE and not item.other for item in evidence):
        evidence = _talk_left_out(evidence, text, measure.title)
    if (
        written
        and ("отреб" in text or "еобхідн" in text or "отрібн" in text)
        and (needless := _needless(text, measure.title)) is not None
        and not _justifies_a_failure(evidence, needless, text)
    ):
        # «Потреби у розробленні порядку немає»: the measure's deed no longer needed
        evidence = (
            *(item for item in evidence if item.phrase not in needless),
            Evidence(kind=CueKind.CANCELLATION, phrase=needless),
        )
    if any(item.kind is CueKind.POSTPONEMENT for item in evidence):
        evidence = _rest_in_the_term(evidence, measure.deadline)
    moved = _moved(measure.title, text) if written else None
    if moved is not None and (not evidence or moved.kind is CueKind.FAILURE):
        # «Скоротити кількість ДТП» with «Кількість ДТП зросла на 7 %»: the way it moved, not
        # a deed done; "Road accidents decreased by 10 %", nothing else said: the aim met
        evidence = (*(item for item in evidence if item.phrase not in moved.phrase), moved)
    if (
        written
        and "аборгован" in text
        and (
            left := _debt_left(
                measure.title, text, fell=moved is not None and moved.kind is not CueKind.FAILURE
            )
        )
    ):
        # «Відшкодовано 2,1 млн грн, заборгованість становить 0,9 млн грн»: some of it left
        done = any(item.kind is CueKind.ACHIEVEMENT and not item.negated for item in evidence)
        kind = CueKind.PARTIAL if done else CueKind.FAILURE
        evidence = (*evidence, Evidence(kind=kind, phrase=left))
    if evidence and (late := _late_as_asked_in_time(measure.title, text)) is not None:
        # «Забезпечити своєчасну виплату допомог» with «Виплати здійснювались із затримкою»: done,
        # but not in the time the measure asks
        evidence = (*evidence, Evidence(kind=CueKind.PARTIAL, phrase=late))
    if language is None and text.isascii() and (evidence or _ENGLISH_COUNT.search(text)):
        language = "en"  # English words without function words: "Completed", "6 trainings"
    deadline = measure.deadline
    if evidence and ("термін" in (folded := lowered(text)) or "строк" in folded):
        evidence = (*evidence, *_later_term(text, evidence, deadline, as_of))
    events_year = _events_year(deadline, as_of, year)
    events = find_events(text, events_year) if written else ()
    if evidence and events and all(_stock_routine(item, text) for item in evidence):
        # «21 березня – нарада; 3 квітня – форум. Робота в цьому напрямку триває.»: the events
        # report the work; the stock phrase after them, read alone, would leave it unfinished
        evidence = () if _dated(text, events, as_of) else evidence
    if indicators and evidence and all(item.kind is CueKind.FAILURE for item in evidence):
        # «І квартал – 3 семінари; ІІ квартал – не проводились»: the counts beside the failures
        evidence = (*evidence, *_counted_apart(text, indicators))
    context = _Context(deadline, as_of, period_end, text, measure.title)
    confidence = Confidence.STATED
    # the words of a status column, where no one read them into a status («Виконано»
    # given as an Outcome's ``stated`` alone), state it as a status read from them would
    stated = read_stated(outcome.stated) if outcome is not None and outcome.stated else None
    explicit = outcome.status if outcome is not None else None
    if explicit is None and isinstance(stated, Status):
        explicit = stated
    if explicit is not None:
        status, reasons = _explicit(explicit, evidence, context)
    elif outcome is not None and outcome.stated and stated == NOT_STARTED:
        status, reasons = _not_started(outcome.stated, context)
    elif written and pointer(measure) is not None:  # «Див. п. 1.2», and no such measure at hand
        status, reasons, confidence = _by_dates("text.pointer", context)
    elif language is None and not isinstance(read_stated(text), Status):  # not "Substantial"
        status, reasons, confidence = _by_dates("text.language", context)
    elif (
        written and all(item.kind is CueKind.ONGOING for item in evidence) and _going_on_alone(text)
    ):
        # «У роботі», «Триває», "Ongoing" alone report work going on, read as «Виконується»
        # is: by the term (not by the word: «триває» tells of unfinished work in a sentence)
        going_on = (Evidence(kind=CueKind.ONGOING, phrase=text.strip()),)
        status, reasons, confidence = _from_evidence(going_on, context)
    elif (
        evidence and ("строч" in text or "терміно" in text) and read_stated(text) is Status.OVERDUE
    ):  # «Прострочено» alone: the status, stated (its verb a failure in a sentence)
        status, reasons = _explicit(Status.OVERDUE, evidence, context)
    elif evidence:
        status, reasons, confidence = _from_evidence(evidence, context)
    elif written and (whole := read_stated(text)) is Status.IN_PROGRESS:
        # «На погодженні» alone: work going on, by the term
        going_on = (Evidence(kind=CueKind.ONGOING, phrase=text.strip()),)
        status, reasons, confidence = _from_evidence(going_on, context)
    elif written and isinstance(whole, Status):
        status, reasons = _explicit(whole, evidence, context)  # «Термін не настав», alone
    elif written and (
        told := _cited_act(text, measure.title)
        or _cited_link(text, measure.title)
        or _counted(text, indicators)
        or _bare_count(text, measure.title)
        or _none_counted(text, measure.title)
        or _dated(text, events, as_of)
        or _by_months(text, events_year, as_of)
        or _named_work(text, deadline, measure.title)
        or _indicator_value(text, indicators)
        or _share_of_the_asked(text, measure.title, indicators)
    ):
        code, phrase = told  # an act cited, or counts given, and nothing else: done, weakly
        kind = CueKind.FAILURE if code == "cue.none_counted" else CueKind.ACHIEVEMENT
        evidence = (Evidence(kind=kind, phrase=phrase),)
        bare = code == "cue.counts" and phrase.isdecimal()  # «10», «4 (100 %)»: a count alone
        if (
            code in ("cue.counts", "cue.named_work", "cue.indicator")
            and indicators
            and not bare
            and (any_digit(measure.title) or every)
        ):
            # «Рівень охоплення – 81 %» of «Забезпечити охоплення 90 % дітей»: fewer than asked
            asked = (*find_indicators(measure.title), *every)
            evidence += _fewer_than_asked(
                measure.title, asked, indicators, passed=passed, text=text
            )
        elif (
            bare
            and (titled := find_indicators(measure.title))
            and int(phrase) < magnitude(titled[0])
        ):  # «10» of «Провести 15 семінарів»: the title's one count, fewer done
            kind = CueKind.PARTIAL if passed else CueKind.ONGOING
            evidence += (Evidence(kind=kind, phrase=phrase),)
        elif code == "cue.events" and 0 < _events_told(text, events) < _one_count(measure.title):
            # «12 березня – виставка; 15 червня – виставка» of «Провести 4 виставки»
            kind = CueKind.PARTIAL if passed else CueKind.ONGOING
            evidence += (Evidence(kind=kind, phrase=phrase),)
        status, reasons, confidence = _from_evidence(evidence, context)
        uk, en = both(f"reason.{code}", phrase=phrase)
        reasons[0] = Reason(code=code, uk=uk, en=en, evidence=phrase)  # not «досягнення»
        confidence = Confidence.WEAK
    elif written:
        status, reasons, confidence = _by_dates("text.no_cue", context)
    else:
        status, reasons, confidence = _from_time(context)
    if moved is not None and moved in evidence:
        reasons = [_as_moved(reason, moved) for reason in reasons]
    if (
        status is Status.DONE
        and deadline.kind is DeadlineKind.RECURRING
        and reasons[-1].code == "rule.achieved"
    ):
        period = plan.period if plan is not None else None
        # information for a quarter is given after it ends: «за І квартал» by 5 April, and so
        # are the letters a measure's results are sent by, one for each time («… надіслано
        # листами від 15.07.2025 та від 20.01.2026»; one letter tells of them all)
        letters = _BY_LETTER.findall(text)
        reports = asks_for_a_report(measure.title) or (
            len(letters) > 1 or any(x.lower().startswith(("листами", "letters")) for x in letters)
        )
        after = 31 if reports else 0
        fewer = _occurrences_reported(deadline, events, as_of, text, period, after=after)
        if fewer is not None and not (len(letters) == 1 and len(events) == 1):
            # (one letter's date alone is how the report was sent, maybe of all the year's
            # information: «Інформацію надано листом від 09.01.2026»)
            status = Status.PARTIALLY_DONE
            reasons.append(_rule("rule.fewer_occurrences", reported=fewer[0], due=fewer[1]))
    if (
        status is Status.NOT_DONE
        and deadline.kind is DeadlineKind.RECURRING
        and reasons[-1].code == "rule.failed"
        and (failed := _occurrences_reported(deadline, (), as_of, text)) is not None
    ):
        # «щокварталу» with «У ІІІ та ІV кварталах засідання не проводились»: the periods
        # named were missed, the others not said to be
        status = Status.PARTIALLY_DONE
        reasons.append(_rule("rule.failed_occurrences", failed=failed[0], due=failed[1]))
    if superseded:
        reasons.append(_rule("rule.latest_period"))
    if not written:
        justification = outcome.justification if outcome is not None else None
        return Assessment(
            number=measure.number,
            as_of=as_of,
            status=status,
            reasons=tuple(reasons),
            justification=justification,
            targets=check_targets(measure.targets, ()),
            key=measure.key,
            confidence=confidence,
        )
    stated = outcome.justification if outcome is not None else None
    return Assessment(
        number=measure.number,
        as_of=as_of,
        status=status,
        reasons=tuple(reasons),
        evidence=evidence,
        justification=stated or (find_justification(text) if status in UNFINISHED else None),
        events=events,
        untimely_events=tuple(e for e in events if outside(e, deadline.start, deadline.end))
        if events
        else (),
        indicators=indicators,
        targets=check_targets(measure.targets, indicators) if measure.targets else (),
        key=measure.key,
        confidence=confidence,
    )


_REFERENCE = compiled_on_use(
    r"(?:пункт\w*|п\.|підпункт\w*|пп\.|стат\w*|ст\.|розділ\w*|додат\w*|№)\s*$"
)


_EVERY = {"щоквартальн": 4, "щомісячн": 12, "щопіврічн": 2, "щотижнев": 52}
"""How many times a year a thing the title asks for recurs: «щоквартальні наради» are four."""
_RECURRING_THING = compiled_on_use(
    r"(?i)(?<![\w'])(щоквартальн|щомісячн|щопіврічн|щотижнев)\w*\s+([^\W\d_][\w'’-]*)"
)


def _recurring_asks(measure: Measure) -> tuple[Indicator, ...]:
    """The counts a title asks for by how often, over a term of one year.

    «Проводити щоквартальні наради» asks for four meetings in the year (as
    «Провести 4 наради» would); a term of other length asks for no count.
    """
    if measure.deadline.kind is not DeadlineKind.YEAR:
        return ()
    return tuple(
        Indicator(value=Decimal(_EVERY[found[1].lower()]), unit=found[2], text=found[0])
        for found in _RECURRING_THING().finditer(measure.title)
    )


def _occurrences_asked(measure: Measure, as_of: date) -> tuple[Indicator, ...]:
    """The count of the things a title names that a recurring term asks for by ``as_of``.

    «Проведення засідань комісії» due «Щокварталу» asks, at the year's end, for four
    meetings (one an occurrence): «Проведено 3 засідання» is a part. The two words after
    the title's first, its deed's object («засідань комісії»), are what may be counted (not
    «питань» of «з питань безпеки»), and times («2 рази», «двічі»); the outcome's counts
    decide which it is. A term of more than a year asks for no count.
    """
    deadline = measure.deadline
    if deadline.start is None or deadline.end is None or deadline.start.year != deadline.end.year:
        return ()
    due = sum(1 for part in deadline.parts if part.end is not None and part.end <= as_of)
    if due < 2:
        return ()
    # (or times: «Щоквартально інформувати виконком» with «Інформацію заслухано двічі»)
    # (not a word of a name in quotes: «Проводити рейди «Діти вулиці»» counts raids, not children)
    named = _QUOTE_OPENS.split(measure.title, maxsplit=1)[0]
    return tuple(
        Indicator(value=Decimal(due), unit=word, text=deadline.text)
        for word in (*_WORD().findall(named)[1:3], TIMES)
        if len(word) > 3
    )


_QUOTE_OPENS = re.compile(r"[«\"“„]")


def _counts_planned(planned: str) -> tuple[Indicator, ...]:
    """The counts a measure's indicator or expected result plans, not its shares.

    A share («рівень охоплення не менше 90 %») is no count a report's other shares
    («кількість звернень зросла на 15 %») fall short of.
    """
    return tuple(count for count in find_indicators(planned) if count.unit != "%")


_EVERY_ONE = re.compile(
    r"(?i)(?<!\w)(?:усі|всі|усіх|всіх|усім|всім|усіма|всіма|кожн\w*|стовідсотков\w*"
    r"|повн(?:е|ого|ому|им|ою|а|у|ий|ій)|every|all|full)(?!\w)"
)
"""A title's word for all of a thing: «з усіма домогосподарствами», «стовідсоткову
вакцинацію», «повне охоплення», "all schools"."""
_A_SHARE = re.compile(r"(?i)(?<!\w)(?:на|by|до|to)\s*$")
"""Words before a percentage that make it a change, not a share: «зросла на 15 %»."""


def _every_one_asked(
    title: str, text: str, indicators: Sequence[Indicator]
) -> tuple[Indicator, ...]:
    """All of a thing, which a title asks for in words, as a share of 100 %.

    «Укласти договори з усіма домогосподарствами» with «Договори укладено з 78 %
    домогосподарств»: a share below all asked. Only where the title names no share
    itself and the report gives one (not a change: «зросла на 15 %»).
    """
    every = _EVERY_ONE.search(title)
    if every is None or "%" in title:
        return ()
    shares = [
        count
        for count in indicators
        if count.unit == "%"
        and (at := text.find(count.text)) >= 0
        and _A_SHARE.search(text, max(0, at - 4), at) is None
    ]
    return (Indicator(value=Decimal(100), unit="%", text=every.group()),) if shares else ()


def _fewer_than_asked(
    title: str,
    counts: Sequence[Indicator],
    indicators: Sequence[Indicator],
    *,
    passed: bool,
    text: str,
) -> tuple[Evidence, ...]:
    """The count an outcome reports below the one its title asks for: a part done.

    «Провести 4 засідання» with «Проведено 2 засідання»: part of the work after
    the term has ``passed``, work going on before. The largest count of the same
    thing is compared (one «з них …» counts a part of the whole), or their sum
    where ``text`` tells them apart, none a part of another («У березні проведено
    2 засідання, у вересні – 2 засідання»); ``counts`` are the title's.
    """
    for asked in counts:
        if _REFERENCE().search(title, 0, title.find(asked.text)):
            continue  # «виконати пункт 5 рішення»: a point referred to, not a count
        # (pieces, «5 шт.», of a count the title gives, not of the times a term recurs)
        pieces = asked.text in title
        alike = [
            c
            for c in indicators
            if same_thing(asked.unit, c.unit, pieces=pieces) or _times_held(asked, c, text)
        ]
        if alike and _LOWERED_TO().search(title, 0, title.find(asked.text)):
            # «Знизити рівень безробіття до 8 %»: the level the report ends at, at most it
            if magnitude(last := alike[-1]) > magnitude(asked):
                kind = CueKind.PARTIAL if passed else CueKind.ONGOING
                return (Evidence(kind=kind, phrase=last.text),)
            continue
        # «ремонт ще 4 шкіл триває»: a count of work not done is no part of what was
        alike = [count for count in alike if not _told_undone(count.text, text)]
        if not alike or magnitude(most := max(alike, key=magnitude)) >= magnitude(asked):
            continue
        if magnitude(most) == 0:
            continue  # «Підключено 0 закладів з 12»: none done, a failure the text tells
        # «у березні – 2 засідання, у вересні – 2»: a part's count with its thing left out
        elided = [int(found[1]) for found in _ELIDED_COUNT.finditer(text)]
        if (
            len(alike) + len(elided) > 1
            and "%" not in asked.text
            and _OF_THEM.search(text.lower()) is None
            and sum(magnitude(count) for count in alike) + sum(elided) >= magnitude(asked)
        ):
            continue  # the work told in parts, by period or place, all of it in all
        kind = CueKind.PARTIAL if passed else CueKind.ONGOING
        return (Evidence(kind=kind, phrase=most.text),)
    return ()


def _times_held(asked: Indicator, count: Indicator, text: str) -> bool:
    """Whether a count of times and one of things held on a day count the same.

    «Провести 4 засідання» with «Засідання проведено двічі», «Провести засідання двічі на
    рік» with «Проведено одне засідання»: each time is one held. Not a rate the report
    gives («двічі на місяць»), which is no total (a title's «двічі на рік» is its year's).
    """
    if (asked.unit == TIMES) == (count.unit == TIMES):
        return False
    thing = count.unit if asked.unit == TIMES else asked.unit
    words = _WORD().findall(thing.lower())[:1]
    if not words or not noun_lemmas(words[0]) & _HELD_ON_A_DAY:
        return False
    if count.unit == TIMES and (at := text.find(count.text)) >= 0:
        # the report's times, of a deed done: not «конкурс двічі визнано таким, що не відбувся»
        sentence = _lower_sentence(count.text, text)
        return _A_RATE.match(text, at + len(count.text)) is None and not _NOT_IN.search(sentence)
    return True


_NOT_IN = re.compile(r"(?i)(?<!\w)(?:не|not)(?!\w)")


_A_RATE = re.compile(
    r"(?i)\s+(?:на|в|у|per|a)\s+(?:рік|місяць|тиждень|квартал|день|year|month|week)"
)
"""What makes a count of times a rate: «двічі на місяць», "twice a month"."""


_UNDONE = re.compile(
    r"(?i)(?<!\w)(?:трива|продовжу|(?:не|not)\b(?! (?:менш|більш|less|more))|залиша|ongoing"
    r"|in progress|under way|underway|remain|pending)"
)
"""Words of a clause that tell its work is not done: «ремонт ще 4 шкіл триває»."""


def _told_undone(phrase: str, text: str) -> bool:
    """Whether the clause of ``text`` that holds ``phrase`` tells its work is not done."""
    at = text.find(phrase)
    if at < 0:
        return False
    ends = [end for mark in _CLAUSE_MARKS if (end := text.find(mark, at + len(phrase))) >= 0]
    return _UNDONE.search(text, _clause_start(text, at), min(ends, default=len(text))) is not None


_CLAUSE_MARKS = ".;,\n"
"""The marks a clause of an outcome ends at."""


def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text`` that holds place ``at`` begins."""
    return max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1


def _needless(text: str, title: str) -> str | None:
    """The words that tell the title's deed is no longer needed, if they do.

    «Потреби у розробленні порядку немає», «Необхідність у проведенні ремонту відсутня»,
    «Розроблення порядку не потребується», «Розробляти порядок не потрібно» of «Розробити
    порядок»: the deed named (by the title's first letters) is not needed now; «Немає
    потреби» alone, of a deed done once («Придбати генератор»). Not of a duty carried on
    or a title that ensures («Забезпечити житлом» with «Потреби в житлі немає»: none in
    need, the aim met), nor a measure for when a need arises («у разі потреби»), nor a need
    that never arose («потреби не було»): those are done.
    """
    folded_title = title.lower()
    first = folded_title.split(maxsplit=1)[:1]
    if not first or first[0].startswith(_ENSURING) or is_imperfective_verb(first[0]):
        return None
    if "потреб" in folded_title or "разі" in folded_title:
        return None  # «Надання допомоги у разі потреби»: no need is no call, the measure done
    deed = first[0][:4]
    folded = lowered(text)
    for found in _NEEDLESS().finditer(folded):
        named = found["deed"] or found["deed_after"]
        if named is None and found["done_by"] is None:
            if first[0].endswith("ти") or first[0] == "про":
                # «Немає потреби» of «Придбати генератор», of an act to adopt («Про
                # затвердження Порядку …», a plan of regulatory acts)
                return text[found.start() : found.end()]
            continue
        thing = found["of"] or found["of_after"]
        if (
            named is not None
            and (
                (
                    named.startswith(deed)
                    # of the title's object, or of the measure itself: not «у проведенні перевірок»
                    # of «Проведення засідань»
                    and (thing is None or thing.startswith("заход") or thing[:4] in folded_title)
                )
                # the measure itself: «потреба у заході відсутня», «… у виконанні заходу»
                or named.startswith("заход")
                or (
                    named.startswith(("виконанн", "реалізац")) and (thing or "").startswith("заход")
                )
            )
        ):
            return text[found.start() : found.end()]
        if found["done_by"] is not None:
            before = _WORD().findall(folded[_clause_start(folded, found.start()) : found.start()])
            if any(word.startswith(deed) for word in before[-4:]):
                return text[found.start() : found.end()]
    return None


def _justifies_a_failure(evidence: Sequence[Evidence], needless: str, text: str) -> bool:
    """Whether a need said absent is the reason a failure before it in its sentence gives.

    «Не проводилось через відсутність потреби», «Генератор не придбано, оскільки потреби
    немає»: not done, with its reason, as «Не проводилось у зв'язку із тим, що не було
    програм»; «Потреби у розробленні порядку немає» alone is the measure needed no longer.
    """
    start, _end = _phrase_sentence(needless, text)
    at = text.find(needless)
    return any(
        item.kind is CueKind.FAILURE and start <= text.find(item.phrase, start) < at
        for item in evidence
    )


_NEEDLESS = compiled_on_use(
    r"(?<!\w)(?:потреб\w*|необхідн\w*)(?: (?:у|в) (?P<deed>[\w'’]+)(?: (?P<of>[\w'’]+))?)?"
    r"(?: [\w'’]+){0,3}?"
    r" (?:немає|нема|відсутн(?:я|і|є|ій))(?!\w)"
    r"|(?<!\w)(?:немає|нема|відсутн(?:я|і|є|ій|іст\w*)) (?:потреб|необхідн)\w*"
    r"(?: (?:у|в) (?P<deed_after>[\w'’]+)(?: (?P<of_after>[\w'’]+))?)?"
    r"|(?<!\w)(?P<done_by>не (?:потребується|потрібн[еаийо]|потрібен))(?!\w)"
)
"""A need said absent now: «потреби у … немає», «немає необхідності», «… не потрібно»."""


def _rest_in_the_term(evidence: Sequence[Evidence], deadline: Deadline) -> tuple[Evidence, ...]:
    """The evidence without the rest of the work told in the measure's own years.

    «Проведено 5 семінарів, з них ще 3 у 2017 році» of a term in 2017: the three are
    done in it, not moved («решта – у 2018 році» is).
    """
    if deadline.end is None:
        return tuple(evidence)
    last = deadline.end.year
    return tuple(
        item
        for item in evidence
        if not (
            item.kind is CueKind.POSTPONEMENT
            and item.phrase.lower().startswith(("ще", "решт"))
            and (years := _YEAR_IN.findall(item.phrase))
            and all(int(year) <= last for year in years)
        )
    )


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year written in figures within a phrase."""


def _talk_left_out(evidence: Sequence[Evidence], text: str, title: str) -> tuple[Evidence, ...]:
    """The cues of a report of a failure, without the talk of the question that came before it.

    «Питання будівництва полігону неодноразово розглядалось на засіданнях виконкому.
    Земельну ділянку не визначено»: the question considered is no part of the works; the
    report tells of nothing done. Not where the title asks to consider or discuss
    («Розглянути на засіданні виконкому питання …»): there it is the deed.
    """
    folded_title = title.lower()
    if any(stem in folded_title for stem in _TALK_STEMS):
        return tuple(evidence)
    kept = []
    for item in evidence:
        phrase = item.phrase.lower()
        if item.kind is CueKind.ACHIEVEMENT and phrase.startswith(_TALK_STEMS):
            at = text.find(item.phrase)
            if at >= 0 and "питанн" in text[_clause_start(text, at) : at].lower():
                continue
        kept.append(item)
    return tuple(kept)


_TALK_STEMS = ("розгля", "обговор", "вивча", "вивчен", "заслух")
"""The beginnings of the verbs that talk of a question: «розглядалось», «обговорено»."""


def _circumstances_left_out(evidence: Sequence[Evidence], text: str) -> tuple[Evidence, ...]:
    """The cues of a report of a deed done, without those that tell only how it came about.

    «Кошти не виділялись, ремонт проведено власними силами»: money not given, the work
    done by other means; «Виставку, перенесену з травня, проведено у вересні»: moved
    once, then held (a participle of the move beside the thing, no deed of its own).
    """
    if not any(
        item.kind in (CueKind.FAILURE, CueKind.POSTPONEMENT)
        or (item.kind is CueKind.ONGOING and _HELD_UP.search(item.phrase.lower()) is not None)
        for item in evidence
    ):
        return tuple(evidence)
    folded = lowered(text)
    others = _OTHER_MEANS().search(folded) is not None
    conceding = _CONCEDING().search(folded) is not None  # once: most reports concede nothing
    return tuple(
        item
        for item in evidence
        if not (
            (item.kind is CueKind.FAILURE and others and _on_money(item.phrase, text))
            or (item.kind is CueKind.FAILURE and conceding and _conceded(item.phrase, folded))
            # «Роботи виконано, хоча строки затягнуто»: done, late
            or (
                item.kind is CueKind.ONGOING
                and conceding
                and _HELD_UP.search(item.phrase.lower()) is not None
                and _conceded(item.phrase, folded)
            )
            or (item.kind is CueKind.POSTPONEMENT and _MOVED_ONCE().fullmatch(item.phrase))
        )
    )


def _on_money(phrase: str, text: str) -> bool:
    """Whether a cue's phrase tells of money, named before it in its clause.

    «Кошти не виділялись»; not «обладнання не придбано через брак коштів», a deed not done.
    """
    at = text.find(phrase)
    if at < 0:
        return False
    if _LACK_OF_MONEY().match(phrase.lower()):  # «Попри відсутність фінансування, …»
        return True
    return _MONEY.search(text.lower(), _clause_start(text, at), at) is not None


_LACK_OF_MONEY = compiled_on_use(
    r"(?:відсутн|брак|нестач|недостатн)\w*\s+(?:\w+\s+)?(?:фінансуванн|кошт)|недофінансуванн"
    r"|(?:lack|absence|shortage) of (?:\w+ )?(?:funding|funds|money)"
)
"""A lack of money named as a noun: «відсутність фінансування», «брак коштів»."""


def _conceded(phrase: str, folded: str) -> bool:
    """Whether a failure is a circumstance a deed was done despite, its clause opened so.

    «Попри відсутність фінансування, семінари проведено», "Despite the lack of funding,
    the seminars were held": no part of the measure left undone. ``folded``: the text
    in lower case.
    """
    at = folded.find(phrase.lower())
    if at < 0:
        return False
    begins = _clause_start(folded, at)
    return (
        _CONCEDING().search(folded, begins, at) is not None
        # «…, незважаючи на те, що кошти не надійшли»: its clause follows the concession's
        or _CONCEDING_THAT().search(folded, max(0, begins - 30), begins) is not None
    )


_CONCEDING = compiled_on_use(
    r"(?<!\w)(?:попри|незважаючи на|не зважаючи на|всупереч|хоча|хоч|despite|in spite of"
    r"|notwithstanding|although|though)(?!\w)"
)
_CONCEDING_THAT = compiled_on_use(r"(?<!\w)(?:незважаючи на|не зважаючи на|попри) те\W*$")


_OTHER_MEANS = compiled_on_use(
    r"(?<!\w)(?=[всбзнгaib])(?:власними силами|силами (?:працівник|співробітник|персонал"
    r"|колектив|волонтер|громад|учнів|батьків|мешканц)|без (?:залучення )?(?:бюджетних )?коштів"
    r"|за (?:рахунок|кошти) (?:коштів )?(?:спонсор|благодійн|позабюджетн|власних|грант"
    r"|партнер|донор|міжнародн|інших джерел)|безоплатно|на безоплатній основі"
    r"|на волонтерських засадах|гарантійн|at no cost\b|in-house\b|by (?:our|its) own staff)"
)
"""How a deed was done without the money a measure counted on: «власними силами» (sought in
the text in lower case, each way's first letter first)."""
_MOVED_ONCE = compiled_on_use(
    r"(?is)перенесен(?:у|ий|а|е|ого|ої|ому|ій|им|ими|і|их)(?:\s.*)?|rescheduled from.*"
)
"""A participle of a move, beside the thing moved: «виставку, перенесену з травня, …»."""


def _moved(title: str, text: str) -> Evidence | None:
    """How a thing a measure is to raise or to lower moved, by its report, if it tells.

    «Збільшити надходження до бюджету» with «Надходження зменшились на 3 %», «Зменшити
    кількість безробітних» with «Рівень безробіття зріс»: a failure; «Скоротити кількість
    ДТП» with "Road accidents decreased": an achievement. Where the thing that moved is the
    title's: the first word after the title's verb (not a count's «кількість»), named
    before the report's verb in its clause («кількість відвідувачів ЦНАП зросла» is no
    move of «черг у ЦНАП»).
    """
    folded = title.lower()
    aim = _AIM().search(folded)
    if aim is None:
        return None
    named = _things(folded[aim.end() : aim.end() + 80])[:2]
    if not named:
        return None
    # the noun after an adjective: «погашення кредиторської заборгованості» is of «заборгованість»
    things = named if is_adjective(named[0]) else named[:1]
    for kind, moves in (
        (CueKind.FAILURE, _FALLEN if aim[1] else _RISEN),
        (CueKind.ACHIEVEMENT, _RISEN if aim[1] else _FALLEN),
    ):
        for found in moves().finditer(text):
            if _NEGATED_BEFORE.search(text, max(0, found.start() - 4), found.start()):
                continue  # «не зросла»
            begins = _clause_start(text, found.start())
            before = _things(text[begins : found.start()])
            if any(_same_thing(thing, word) for thing in things for word in before):
                # with how much it moved: «Споживання зросло на 3 %», no share of the aim
                by = _BY_HOW_MUCH.match(text, found.end())
                ends = by.end() if by else found.end()
                return Evidence(kind=kind, phrase=text[begins:ends].strip())
    return None


_PREVENTING = compiled_on_use(
    r"\W*(?:(?:забезпеч\w*|вжи\w* заход\w* (?:щодо|для|з)) )?(?:не допуст|не допуск|недопущ)"
)
"""A title that asks to keep a thing from happening: «Не допустити заборгованості»,
«Недопущення випадків порушення прав дітей», «Забезпечити недопущення …»."""
_HAPPENED = compiled_on_use(
    r"(?:допущ|зафіксов|виникл|виника|утворил|сталос|стал[ии]сь|трапил|зареєстров|виявлен)"
)
"""What tells a thing happened: «допущено», «зафіксовано 3 випадки», «утворилася»."""


_PAYING_OFF = compiled_on_use(
    r"^(?:(?!засідан|нарад|комісі|семінар)[^.;])*?"
    r"(?:погаш|погас|ліквід|недопущ|не допуст|виплат|відшкод|розрахун|сплат|оплат|скорот|зменш)"
)
"""A title that asks to pay off a debt, or never to let one grow («Забезпечити своєчасну
виплату заробітної плати», «Погашення заборгованості»), not to meet about it."""
_DEBT_LEFT = compiled_on_use(
    r"(?i)(?:заборгован\w*|недоїмк\w*)(?:\s+(?:\d\d?\.\d\d?\.\d{2,4}|[^\s.;:]+)){0,6}?\s*"
    r"(?:становить|становила|складає|склала|складала|залишається|залишилась|залишилася"
    r"|[–—:-])\s*(?:у сумі |в сумі |на суму )?(?P<left>\d[\d  ]*(?:[.,]\d+)?)\s*"
    r"(?:тис\.|млн|млрд)?\s*грн"
    r"|(?:зменш|скорот|скороч|знизи|зниж)\w*(?:\s+[^\s.;:]+){0,4}?\s+(?:з|із)\s+\d[\d  ,.]*\s*"
    r"(?:тис\.|млн|млрд)?\s*(?:грн\.?\s*)?до\s+(?P<to>\d[\d  ]*(?:[.,]\d+)?)\s*"
    r"(?:тис\.|млн|млрд)?\s*грн"
)
"""A debt still owed, in hryvnias: «заборгованість … становить 350 тис. грн», «зменшено з
1,2 млн грн до 0,4 млн грн»."""
_ENDS = ("погас", "погаш", "ліквід", "eliminat")
"""The beginnings of an aim's verb that ends a thing, not only lowers it («Погасити»)."""


def _debt_left(title: str, text: str, *, fell: bool) -> str | None:
    """The words of a debt still owed, where the title asks to pay it off; else ``None``.

    Of «Забезпечити своєчасну виплату заробітної плати», «Станом на 01.01.2026
    заборгованість становить 350 тис. грн» tells the measure is not done; none left
    («заборгованість відсутня», «… становить 0 грн») tells nothing of that kind. A title
    that asks only to lower the debt («Скоротити заборгованість») is met where it fell
    (``fell``: the report says so, «Заборгованість зменшилась на 10 %»; or «скорочено з 2,4
    до 1,1 млн грн»), whatever is left.
    """
    folded = title.lower()
    if _PAYING_OFF().search(folded) is None:
        return None
    aim = _AIM().search(folded)
    lowers = aim is not None and aim[1] is None and not aim[0].startswith(_ENDS)
    if lowers and fell:
        return None
    for found in _DEBT_LEFT().finditer(text):
        if lowers and found["to"]:
            continue
        amount = found["left"] or found["to"]
        if float(amount.replace(" ", "").replace("\u00a0", "").replace(",", ".")) > 0:
            return found[0].strip()
    return None


_ANSWERING = compiled_on_use(
    r"(?:не )?(?:вжива|вжит|склада|складен|вида|видан|наклада|накладен|притяга|притягн"
    r"|застосов|оформл)|\b(?:taken|issued|drawn|imposed|applied)\b"
)
"""What answers a finding: measures taken, reports drawn up, orders issued, fines imposed."""


def _nothing_to_answer(evidence: Sequence[Evidence], text: str) -> tuple[Evidence, ...]:
    """The evidence without the answers not given where nothing was found to answer.

    «Порушень не виявлено, заходи реагування не вживались», "No violations were found;
    no measures were taken": with nothing found, nothing was to be answered; the checks
    were done. The answer follows the finding in its sentence (a «;» goes on with it).
    """
    ends = sorted(
        {
            text.find(item.phrase) + len(item.phrase)
            for item in evidence
            if item.kind is CueKind.FINDING and item.negated and item.phrase in text
        }
    )

    def answers_nothing(item: Evidence) -> bool:
        if item.kind is not CueKind.FAILURE or not _ANSWERING().search(item.phrase.lower()):
            return False
        at = text.find(item.phrase)
        latest = bisect.bisect_right(ends, at) - 1  # (a stop after it is after all before it)
        return at >= 0 and latest >= 0 and not _STOPS.search(text, ends[latest], at)

    return tuple(item for item in evidence if not answers_nothing(item))


_STOPS = re.compile(r"[.!?\n]")


_ENDING = re.compile(r"(?<!\w)(розірв|припин|зупин)")
"""A title that asks to end a thing: «Розірвати договори оренди», «Припинити співпрацю»."""


_APPLYING = compiled_on_use(
    r"\b(?:под(?:ати|ання|авати)|направ(?:ити|лення)) (?:\w+ ){0,2}?(?:заяв"
    # «Подати проєкт на конкурс ДФРР», «… пропозиції на співфінансування»: an application
    r"|(?:про[єе]кт|пропозиці)\w*(?: \w+){0,3}? на (?:конкурс|участь|відбір|фінансування"
    r"|співфінансування))"
    # «Розробити проєкт та подати на конкурс»: what is submitted named before
    r"|\bпод(?:ати|ання|авати) (?:його |її |їх )?на (?:конкурс|відбір|участь)"
    # «Надати пропозиції до проєкту програми»: proposals, which others take or leave
    r"|\b(?:над(?:ати|ання|авати)|внес(?:ти|ення)|підготувати та (?:подати|надати)) "
    r"(?:\w+ )?пропозиці"
    r"|\bsubmi(?:t|ssion of) (?:an? |the )?(?:\w+ )?(?:applications?|proposals?|bids?)\b"
)
"""A title that asks to apply («Підготувати та подати заявку на участь у конкурсі ДФРР», «Подати
проєкт на конкурс ДФРР») or to propose («Надати пропозиції до проєкту програми»)."""
_SUBMITTED = ("подан", "направлен", "надіслан", "надан", "внесен", "submitted", "sent")
_SELECTION = compiled_on_use(
    r"відб[іо]р|переможц|відхил|не підтрим|не схвал|не отрима|не визна|не врахова"
    r"|selected|rejected|shortlisted|not (?:been )?(?:funded|approved|supported)"
)
"""Others' decision on an application: «не пройшов конкурсний відбір», «заявку відхилено»."""


def _applied_as_asked(evidence: Sequence[Evidence], text: str) -> tuple[Evidence, ...]:
    """The failures of selection after an application submitted, which are others' decisions.

    «Заявку подано, однак проєкт не пройшов конкурсний відбір» of «Подати заявку на
    участь у конкурсі»: the measure is the application, done; the commission's choice
    weighs as another body's word (not where the measure asks to win the funds).
    """
    if not any(
        item.kind is CueKind.ACHIEVEMENT
        and not item.negated
        and item.phrase.lower().startswith(_SUBMITTED)
        for item in evidence
    ):
        return tuple(evidence)
    return tuple(
        attrs.evolve(item, other=True)
        if item.kind is CueKind.FAILURE and _SELECTION().search(_sentence(item, text))
        else item
        for item in evidence
    )


def _ended_as_asked(evidence: Sequence[Evidence], stem: str) -> tuple[Evidence, ...]:
    """The failures that end what the title asks to end, which are its deed.

    «Договори оренди розірвано» of «Розірвати договори оренди з резидентами держави-агресора»
    is the measure done, though a contract broken off is a failure elsewhere; «не розірвано»
    stays one.
    """
    return tuple(
        attrs.evolve(item, kind=CueKind.ACHIEVEMENT)
        if item.kind is CueKind.FAILURE
        and stem in (folded := item.phrase.lower())
        and not any(word in f" {folded} " for word in (" не ", " not "))
        else item
        for item in evidence
    )


def _as_moved(reason: Reason, moved: Evidence) -> Reason:
    """The reason a move of the title's thing gave, told as such (not «заперечення: …»)."""
    if reason.evidence != moved.phrase or not reason.code.startswith("cue."):
        return reason
    code = "cue.against_aim" if moved.kind is CueKind.FAILURE else "cue.with_aim"
    uk, en = both(f"reason.{code}", phrase=moved.phrase)
    return Reason(code=code, uk=uk, en=en, evidence=moved.phrase)


def _things(text: str) -> list[str]:
    """A text's words in lower case that may name a thing: not «кількість», «рівень», «для»."""
    words = (word.lower() for word in _WORD().findall(text) if len(word) > 2)
    return [word for word in words if word[:5] not in _NO_THING]


def _same_thing(word: str, other: str) -> bool:
    """Whether two words name one thing: the same first four letters («черг», «черги»)."""
    return other[:4] == word[:4] if len(word) >= 4 and len(other) >= 4 else other == word


_AIM = compiled_on_use(  # (on the title in lower case, each verb's first letter looked for first)
    r"(?<!\w)(?=[збпнмлсirgbdlce])(?:(збільш|підвищ|нарост|нарощ|зростанн|increas|raise|grow|boost)"
    r"|знизи|зниженн|зменш|скорот|скороченн|мінімізу|погаси|погашенн|ліквідува|ліквідаці"
    r"|reduc|decreas|lower|cut|eliminat)\w*"
)
"""The verb of a title that asks to raise a thing (its group 1) or to lower it (or end it)."""
_RISEN = compiled_on_use(
    r"(?i)\b(?:зріс|зросл[аои]|виріс|виросл[аои]|(?:збільшил|підвищил)[аои]?с[ья]"
    r"|(?:збільшив|підвищив)ся|increased|rose|grew|went up)\b"
)
_FALLEN = compiled_on_use(
    r"(?i)\b(?:впав|впал[аои]|(?:зменшил|знизил|скоротил)[аои]?с[ья]"
    r"|(?:зменшив|знизив|скоротив)ся|decreased|fell|dropped|declined|went down)\b"
)
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:не|not)\s+$")
_BY_HOW_MUCH = re.compile(
    r"(?i)\s+(?:на|by|майже на|almost by)\s+\d+(?:[.,]\d+)?\s?(?:%|відс\w*|percent|п\.\s?п\.)"
)
"""How much a figure moved, after its verb: «на 3 %», "by 7%"."""
_NO_THING = frozenset(
    {
        "кільк", "рівен", "рівня", "обсяг", "показ", "частк", "число", "відсо", "сума", "суми",
        "загал", "значе", "питом", "темпи", "порів", "для", "від", "при", "про", "над", "під",
        "між", "через", "року", "роком", "the", "numbe", "level", "share", "rate",
        "amoun", "total", "with", "from",
    }
)  # fmt: skip
"""Words of a count, a comparison or a preposition: no thing a measure raises or lowers."""


_LOWERED_TO = compiled_on_use(
    r"(?i)\b(?:знизи|зниж|зменши|зменш|скороти|скороч|reduc|decreas|lower|cut)\w*\b"
    r"[^.;]{0,80}?\b(?:до|to|не більше|не вище|нижче|below|under)\s*$"
)
"""A title that asks to bring a level down to a count: «Знизити рівень безробіття до 8 %»."""
_ELIDED_COUNT = re.compile(
    r"[,;] (?:у|в|на|за) [^\W\d][\w' ]{0,30}? [-–—] (\d{1,4})(?=\s*(?:[,.;]|$))"
)
"""A part's count after its period or place, its thing said before: «…, у вересні – 2»."""
_OF_THEM = re.compile(
    r"\b(?:з|із) (?:них|яких)\b|\b(?:у|в) тому числі|\b(?:у|в) т\.\s?ч\.|\bзокрема\b"
    r"|\bof (?:them|which)\b"
    r"|\bincluding\b|\bпланов|\bзапланован|\bпередбачен|\bplanned\b|\btarget"
)
"""What makes a count a part of another («з них», «у т.ч.», "of which"), or the plan's: no count
to add to the others."""


_WORD = compiled_on_use(r"[^\W\d_][\w'’-]*")


def _against_targets(
    measure: Measure, indicators: Sequence[Indicator], as_of: date, period_end: date | None
) -> tuple[Evidence, ...]:
    """The count an outcome reports against a target the measure plans: below it, a part done.

    The count checked is the one :func:`check_targets` compares with the target
    (:func:`reported`): after the term (or the plan's
    period, where the measure names no term) a part of the work, before it
    work going on; a count of none, none of the work; the target reached, the
    work done.
    """
    end = measure.deadline.end or period_end
    passed = end is not None and as_of >= end
    for target in measure.targets:
        count = reported(target, indicators)
        if count is None:
            continue
        if reached(target, count.value):  # «5 км» of 5 planned: the work done
            return (Evidence(kind=CueKind.ACHIEVEMENT, phrase=count.text),)
        if count.value == 0:  # «0 шт.» of 50: none of it
            return (Evidence(kind=CueKind.FAILURE, phrase=count.text),)
        return (Evidence(kind=CueKind.PARTIAL if passed else CueKind.ONGOING, phrase=count.text),)
    return ()


def _one_of_those_asked(
    counts: Sequence[Indicator],
    text: str,
    evidence: Sequence[Evidence],
    indicators: Sequence[Indicator],
    *,
    passed: bool,
    occurring: Sequence[Indicator],
) -> tuple[Evidence, ...]:
    """The things an outcome names one by one, fewer than its title asks for: a part done.

    «Придбати 2 автомобілі» with «Придбано автомобіль»: one of two, though no
    count is written. Only a noun that names one thing counts («автомобіль»,
    «школу»; not «засідання», which may be many), each time it is named, and
    only where no count of the same thing, nor of times, is written (compared as counts);
    ``counts`` are the title's, ``indicators`` the outcome's, in figures and words.
    Of the counts a recurring term asks for (``occurring``) only the days count: a
    thing done each month is named once for all of them («Матеріальну допомогу надано
    56 особам» of «Надавати матеріальну допомогу» each month).
    """
    if not any(item.kind is CueKind.ACHIEVEMENT for item in evidence) or any(
        same_thing(TIMES, count.unit) for count in indicators
    ):
        return ()  # (a count of times, «двічі», «4 рази», says how many, whatever it names)
    folded = lowered(text)
    each_time = _EVERY_TIME().search(folded) is not None
    for asked in counts:
        if asked.value < 2 or asked.unit == "%":
            continue
        if any(same_thing(asked.unit, count.unit) for count in indicators):
            continue  # «Придбано 1 автомобіль»: compared as counts
        if each_time:
            continue  # «Реєстр актуалізовано щомісяця»: one register, each month
        head = next(
            (
                lemmas
                for word in _WORD().findall(asked.unit.lower())
                if (lemmas := noun_lemmas(word))
            ),
            frozenset(),
        )
        # the words that begin as the noun's lemmas do, found by C scans first
        stems = {lemma[: max(3, len(lemma) - 3)] for lemma in head}
        if not any(stem in folded for stem in stems):
            continue
        named = [] if asked in occurring else list(_naming(text, stems, head, one=True))
        if named and len(named) < asked.value:
            kind = CueKind.PARTIAL if passed else CueKind.ONGOING
            return (Evidence(kind=kind, phrase=named[0]),)
        if head & _HELD_ON_A_DAY and has_digit(text):
            # «Провести 4 засідання» with «Засідання проведено 12 березня та 15 червня»: 2 of 4
            held = _held_on(text, stems, head, int(asked.value))
            if held is not None:
                return (Evidence(kind=CueKind.PARTIAL if passed else CueKind.ONGOING, phrase=held),)
    return ()


def _naming(text: str, stems: set[str], head: frozenset[str], *, one: bool) -> Iterator[str]:
    """The words of ``text`` that name the noun of lemmas ``head`` (``stems``: their starts).

    With ``one``, only forms that name one thing («автомобіль», not «засідання»),
    and not an abbreviation in capitals («ЦНАП», which is one or many alike).
    """
    for word in _WORD().findall(text):
        folded = word.lower()
        if (
            any(stem in folded for stem in stems)
            and not (one and word.isupper())
            and head & noun_lemmas(folded, one=one)
        ):
            yield word


_HELD_ON_A_DAY = frozenset(
    {
        "засідання", "нарада", "семінар", "тренінг", "вебінар", "зустріч", "конференція",
        "форум", "фестиваль", "конкурс", "рейд", "виставка", "концерт", "слухання", "збори",
        "прийом", "навчання", "консультація", "акція", "толока", "змагання",
    }
)  # fmt: skip
"""Things held on a day, so that a report counts them by their days: «засідання 12 березня»."""


def _held_on(text: str, stems: set[str], head: frozenset[str], asked: int) -> str | None:
    """The thing a report names with fewer dates than its title asks for, if it does.

    «Проведено засідання 12.03.2025 та 15.06.2025» of «Провести 4 засідання»: the
    word, where the sentences that name it give one to ``asked`` − 1 days in all.
    """
    first = None
    held: set[date] = set()
    for sentence in _SENTENCES.split(text):
        named = next(_naming(sentence, stems, head, one=False), None)
        if named is None:
            continue
        days = find_events(sentence, 2000)  # the year is no matter: only how many
        # each a day («12.03.2025», «15 червня»); a month or days over a range count none
        if any(day.start != day.end for day in days):
            return None
        first = first or named
        held.update(day.start for day in days if day.start is not None)
    # the days of every sentence that names it: «Проведено навчання 12.03. Проведено
    # навчання 14.10.» is two
    return first if 0 < len(held) < asked else None


_SENTENCES = re.compile(r"(?<=[.;!?])\s+(?=[А-ЯІЇЄҐA-Z])|\n")


_EVERY_TIME = compiled_on_use(
    r"зокрема|(?:у|в) тому числі|(?:у|в) т\.\s?ч\.|наприклад|серед них|щомісяц|щокварталу"
    r"|щоквартальн|щороку|щорічн|регулярн|систематичн|постійн"
    r"|кожн\w* (?:місяц|квартал|року|півріччя)|including"
    r"|such as|e\.g\.|every|each|regular|quarterly|monthly|all (?:four|4|two|2|twelve|12) "
    r"|(?:усі|всі|за всі) (?:чотири|4|два|2|дванадцять|12) (?:квартал|півріч|місяц)"
)
"""Words that tell a recurring measure's dates are examples, or that it was done each time."""


def _occurrences_reported(
    deadline: Deadline,
    events: Sequence[Event],
    as_of: date,
    text: str,
    period: str | None = None,
    *,
    after: int = 0,
) -> tuple[str, str] | None:
    """How many of a recurring term's occurrences due this year the dated events cover, if fewer.

    «щокварталу» with «засідання проведено 12.03 та 14.06» as of 31 December: two of
    four. Only the occurrences due in the reporting period count — the report's
    ``period`` («ІV квартал 2025 року»), else its year: a report tells of its own
    time — and only where the text does not say its dates are examples
    («зокрема») or the work was done each time («щокварталу», «регулярно»). An
    occurrence may be told of up to ``after`` days after it ends (information on
    a quarter, given early the next).
    """
    if deadline.kind is not DeadlineKind.RECURRING or not deadline.parts:
        return None
    # the year of the report (as of 1 January, the year before), or of the term's end if it is
    # over by then: a report on 2025 made on 15 January 2026
    told_by = min(as_of - timedelta(days=1), deadline.end) if deadline.end else as_of
    first = date(told_by.year, 1, 1)
    if period is not None:
        told = Deadline.parse(period, year=first.year)
        if told.start is not None and first < told.start <= as_of:
            first = told.start  # «за ІV квартал»: that quarter's occurrences
    due = [
        part
        for part in deadline.parts
        if part.start is not None and part.end is not None and first <= part.end <= as_of
    ]
    folded = lowered(text)
    if len(due) < 2 or _EVERY_TIME().search(folded):
        return None
    # the days of its events, and the quarters and half-years it names («у І та ІІ кварталах»);
    # not the day the report is as of («(станом на 31.12.2025)»)
    spans = [
        (event.start, event.start)
        for event in events
        if not _AS_OF_BEFORE.search(text, 0, max(0, text.find(event.phrase)))
    ]
    spans += _periods_named(folded, first.year)
    if not spans:
        return None
    late = timedelta(days=after)  # an occurrence told of up to ``after`` days after its end
    # each day tells of one occurrence, the earliest it can: a letter of 15 July is the II
    # quarter's report or the III quarter's, not both; a period named («у І–ІV кварталах»)
    # tells of every occurrence within it
    unused = sorted(spans)
    covered = 0
    for part in due:
        for at, (start, end) in enumerate(unused):
            if start <= part.end + late and part.start <= end:  # type: ignore[operator]
                if start == end:
                    del unused[at]
                covered += 1
                break
    if not 0 < covered < len(due):
        return None
    return str(covered), str(len(due))


_BY_LETTER = re.compile(r"(?i)(?<!\w)(?:лист(?:ом|ами)|letters?) (?:від|of|dated)(?!\w)")
"""A letter's date, which is when information was sent: after the period it tells of."""
_NUMERAL = r"(?:[іi]v|[іi]{1,3}(?![іiv\w])|[1-4](?!\d))(?:-?(?:му|ому|ий)|-й)?(?!\w)"
_MONTH_NAMES = alternation()
_PERIODS_NAMED = compiled_on_use(
    # each numeral whole, each separator a comma, a dash or a word between spaces: no text
    # can be read more ways than one (a run of «і» is no list of numerals)
    rf"(?<![\w'])(?:у|в|за|протягом)\s+(?:(?:підсумками|результатами)\s+)?"
    rf"(?:{_NUMERAL}(?:\s*[,–—-]\s*|\s+(?:та|і|й)\s+))*"
    rf"{_NUMERAL}\s+(?:квартал\w*|кв\.|півріч\w*)"
    # months with no day: «за січень – серпень», «у березні та квітні», «протягом січня»
    rf"|(?<![\w'])(?:у|в|за|протягом)\s+(?:{_MONTH_NAMES})"
    rf"(?:(?:\s*[,–—-]\s*|\s+(?:та|і|й)\s+)(?:{_MONTH_NAMES}))*(?![\w'])(?!\s*\d)"
)
_PERIODS = frozenset(
    {
        DeadlineKind.QUARTER,
        DeadlineKind.QUARTER_RANGE,
        DeadlineKind.HALF_YEAR,
        DeadlineKind.STAGES,
        DeadlineKind.MONTH,
        DeadlineKind.MONTH_RANGE,
    }
)


def _periods_named(folded: str, year: int) -> list[tuple[date, date]]:
    """The quarters, half-years and months of ``year`` a text names: «у І та ІІІ кварталах».

    Each phrase found is read as a deadline is: «І–ІІІ» is all three, «у 2-му
    півріччі» the second half-year.
    """
    if (
        "квартал" not in folded
        and "кв." not in folded
        and "півріч" not in folded
        and not any(stem in folded for stem in MONTH_STEMS)
    ):
        return []
    spans = []
    for found in _PERIODS_NAMED().finditer(folded):
        # «за підсумками І півріччя»: the half-year, read without the words before it
        read = Deadline.parse(
            found[0].replace("підсумками ", "").replace("результатами ", ""), year=year
        )
        if read.kind in _PERIODS:
            spans += [(p.start, p.end) for p in read.parts or (read,) if p.start and p.end]
    return spans


UNFINISHED = frozenset(
    {Status.PARTIALLY_DONE, Status.NOT_DONE, Status.POSTPONED, Status.OVERDUE, Status.CANCELLED}
)
"""Statuses of measures not (fully) done, whose reports are read for a justification."""


def _events_year(deadline: Deadline, as_of: date, year: int | None) -> int:
    start, end = deadline.start, deadline.end
    if start is not None and end is not None and start.year == end.year:
        return start.year
    return year if year is not None else as_of.year


class _Context:
    """What the rules ask of a measure's term and the reporting date, its phase found once."""

    __slots__ = ("as_of", "deadline", "period_end", "phase", "text", "title")

    def __init__(
        self,
        deadline: Deadline,
        as_of: date,
        period_end: date | None = None,
        text: str = "",
        title: str = "",
    ) -> None:
        self.deadline = deadline
        self.as_of = as_of
        self.period_end = period_end
        self.phase = _phase(deadline, as_of)
        self.text = text
        self.title = title

    @property
    def made_once(self) -> bool:
        """Whether the title names one thing to make or get: «Будівництво школи»."""
        first = self.title.split(maxsplit=1)[:1]
        return bool(first) and first[0].lower().startswith(_MADE_ONCE)

    @property
    def duty(self) -> bool:
        """Whether the measure is a duty carried on: its title begins «Проводити», «Сприяти»."""
        first = self.title.split(maxsplit=1)[:1]
        return bool(first) and is_imperfective_verb(first[0].lower())

    def short_of_the_title(self) -> str | None:
        """The rule by which the outcome falls short of what the title asks, if it does.

        «Затвердити положення» with «Проєкт положення розроблено»: the act is on its
        way (``rule.only_drafted``); «Розробити проєкт положення» is done when it is
        drafted. «Провести капітальний ремонт даху» with «Виготовлено
        проєктно-кошторисну документацію» or «Укладено договір підряду»: the works
        are yet to be done (``rule.only_prepared``). «Розробити програму» with «Створено
        робочу групу, зібрано пропозиції»: the document is yet to be written
        (``rule.only_preparing``). «Розробити та затвердити програму» with «Програму
        розроблено»: the first of the two deeds the title asks is told, not the second
        (``rule.first_deed_only``).
        """
        text = self.text
        title = self.title
        if (
            " та " in title or " і " in title or " й " in title or " and " in title
        ) and _second_untold(title, text):
            return "rule.first_deed_only"
        if _names_a_draft(text):
            folded = lowered(text)
            title = self.title.lower()
            forms = _FORMS_A_BODY().match(title) is not None
            if _DRAFT().search(folded) and (forms or _asks_to_adopt(title)):
                # a draft approved or endorsed on its way is no act adopted, unless the
                # title asks to approve the draft («Схвалити проєкт закону»); a body a
                # measure forms comes by an act too («Утворити робочу групу» with «Проєкт
                # розпорядження про утворення групи підготовлено»)
                fate = folded if _DRAFT().search(title) else _DRAFT_APPROVED().sub(" ", folded)
                if not _ADOPTED().search(fate) and not (forms and _FORMED().search(fate)):
                    return "rule.only_drafted"
        if (
            # (in either case: «Робочу групу утворено»)
            "обоч" in text or "ропозиці" in text or "ихідн" in text or "озробник" in text
        ) and _preparing_only(text, self.title):
            return "rule.only_preparing"
        if (
            "оголош" in text or "оложенн" in text or "аявок" in text or "ідготовк" in text
        ) and _arranging_only(text, self.title):
            return "rule.only_arranged"
        if not _asks_for_works(self.title):  # found at once, as a rule
            return None
        title = self.title.lower()
        if _WORKS().search(title) is None or _STEPS().search(title) or "придба" in title:
            return None  # no works asked for, or a step or a purchase («Виготовити ПКД»)
        folded = lowered(text)
        if "межах" in folded or "догов" in folded or "угод" in folded:
            # «Виконано в межах виділених коштів», «… відповідно до укладеного договору»,
            # «… (договір № 12 від 15.05.2025)»: what the deed was done within, no step
            folded = _WITHIN_FUNDS().sub(" ", folded)
        if _STEPS().search(folded) is not None and _WORKS_DONE().search(folded) is None:
            return "rule.only_prepared"
        return None

    @property
    def throughout(self) -> bool:
        """Whether the measure is work all through a year: «протягом року», not a deed done once.

        «Розробити програму» (a perfective verb) is done once whenever in the year;
        «Забезпечити проведення рейдів» and «Проведення рейдів» go on all year.
        """
        deadline = self.deadline
        if deadline.kind is not DeadlineKind.YEAR or not deadline.text.lower().startswith(
            _THROUGHOUT
        ):
            return False
        first = self.title.split(maxsplit=1)[:1]
        verb = first[0].lower() if first else ""
        return verb in _GENERIC_VERBS or not is_perfective_verb(verb)

    @property
    def continuous(self) -> bool:
        return self.deadline.kind in (DeadlineKind.CONTINUOUS, DeadlineKind.RECURRING)

    @property
    def years_long(self) -> bool:
        """Whether the term runs over more than a year («2024–2026 роки»)."""
        start, end = self.deadline.start, self.deadline.end
        return start is not None and end is not None and (end - start).days > 366

    @property
    def staged(self) -> bool:
        """Whether the term is several dated stages («І квартал – розроблення; ІV – …»)."""
        return self.deadline.kind is DeadlineKind.STAGES

    @property
    def never_overdue(self) -> bool:
        return self.deadline.kind in NEVER_OVERDUE

    @property
    def term(self) -> tuple[str, str]:
        """The deadline as reasons quote it, in Ukrainian and English."""
        return _quoted(self.deadline)

    @property
    def date(self) -> tuple[str, str]:
        """The reporting date, in Ukrainian and English."""
        return format_date(self.as_of, "uk"), format_date(self.as_of, "en")


@functools.lru_cache(maxsize=1024)
def _quoted(d: Deadline) -> tuple[str, str]:
    text = " ".join(d.text.split()) or "—"
    if d.start is not None and d.end is not None:
        return (
            f"«{text}» ({format_interval(d.start, d.end, 'uk')})",
            f"«{text}» ({format_interval(d.start, d.end, 'en')})",
        )
    return f"«{text}»", f"«{text}»"


_Decision = tuple[Status, list[Reason]]


# reasons are worded once per distinct phrase, rule and term: reports repeat them by the thousand
@functools.lru_cache(maxsize=4096)  # keyed by kind and phrase, which hash in C
def _cue_reason(kind: CueKind, phrase: str) -> Reason:
    uk, en = both("reason.cue", cue=both(f"cue.{kind.value}"), phrase=phrase)
    return Reason(code=f"cue.{kind.value}", uk=uk, en=en, evidence=phrase)


@functools.lru_cache(maxsize=4096)
def _rule(
    code: str, *, key: str | None = None, warning: bool = False, **params: tuple[str, str] | str
) -> Reason:
    """The reason for rule ``code``, worded by the vocabulary (``reason.<key or code>``)."""
    uk, en = both(f"reason.{key or code}", **params)
    return Reason(code=code, uk=uk, en=en, warning=warning)


def _explicit(stated: Status, evidence: tuple[Evidence, ...], ctx: _Context) -> _Decision:
    reasons = [_rule("explicit", status=(stated.label("uk"), stated.label("en")))]
    if evidence:
        inferred, cue_reasons, _confidence = _from_evidence(evidence, ctx)
        if _disagree(stated, inferred):
            reasons.append(
                _rule(
                    "explicit.contradiction",
                    warning=True,
                    status=(inferred.label("uk"), inferred.label("en")),
                )
            )
            reasons.extend(r for r in cue_reasons if r.evidence is not None)
    return stated, reasons


_VERDICT = {
    Status.DONE: "done",
    Status.PARTIALLY_DONE: "partial",
    Status.NOT_DONE: "failed",
    Status.OVERDUE: "failed",
    Status.POSTPONED: "postponed",
    Status.CANCELLED: "cancelled",
}


def _disagree(stated: Status, inferred: Status) -> bool:
    """Whether two statuses make incompatible claims (time-bound ones claim nothing)."""
    a, b = _VERDICT.get(stated), _VERDICT.get(inferred)
    return a is not None and b is not None and a != b


_INCLUDED = re.compile(r"включ|внес")


def _included(item: Evidence, ctx: _Context) -> Evidence:
    """An inclusion in a plan («включено до плану роботи …»): moved to it only for a later year.

    «Захід включено до плану роботи на 2026 рік» is postponed; «Тему включено до
    плану роботи ради» is the deed itself, and so is any inclusion a measure asks
    for («Включити дорогу до титулу на 2026 рік»), or into the list it draws up
    («Сформувати перелік об'єктів ремонту на 2026 рік»).
    """
    if item.kind is not CueKind.POSTPONEMENT or _INCLUDED.match(item.phrase.lower()) is None:
        return item
    title = ctx.title.lower()
    into = item.phrase.lower().rsplit(maxsplit=1)[-1][:5]  # «переліку» → «перел»
    if _names_a_later_year(item, ctx) and not (
        _INCLUDED.search(title) or (_DRAWS_UP().match(title) and into in title)
    ):
        return item
    return attrs.evolve(item, kind=CueKind.ACHIEVEMENT)


_DRAWS_UP = compiled_on_use(r"(?:сформ|склас|склад|розроб|підгот|затверд|визнач|оновит|оновл)")
"""A title that draws up a list or plan («Сформувати перелік об'єктів ремонту на 2026 рік»)."""


_DOING_IT = compiled_on_use(r"захід|заход|проведенн|виконанн|реалізаці|здійсненн|організаці")
_WHY_OR_END = compiled_on_use(
    r"\W*(?:$|(?:у|в) зв|через|оскільки|так як|внаслідок|з огляду|з причин)"
)


def _done_away_with(item: Evidence, text: str) -> bool:
    """Whether «недоцільним» tells of what the measure did away with, not of the measure.

    «Проведення заходу визнано недоцільним», «Недоцільно у зв'язку з …» name the
    measure; «визнано недоцільним друк бланків, запроваджено …» names what it ended.
    """
    if item.kind is not CueKind.CANCELLATION or "доціл" not in item.phrase.lower():
        return False
    start, end = _sentence_span(item, text)
    at = text.find(item.phrase, start)
    before, after = text[start:at].lower(), text[at + len(item.phrase) : end].lower()
    return _DOING_IT().search(before) is None and _WHY_OR_END().match(after) is None


_MONEY = re.compile(r"кошт|фінанс|освоєн|видат|бюджет|грн|витрач")
_WHOLE = re.compile(
    r"(?<![\w'])(?<!не )(?:вс[іе]|ус[іе]|(?:в|у) повному обсязі|повністю)(?![\w'])(?! інш)"
)
_DONE_WORD = re.compile(r"\w{3}(?:ено|єно|ано|яно|ито|уто|ято|ли|лись|лися)(?![\w'])")
_MONEY_DEED = re.compile(r"освоєн|фінансув|профінансов|використан|витрачен|видат")
_CLAUSES = re.compile(r"[,;.:()]|(?<!\w)(?:проте|але|однак|а також)(?!\w)")


def _money_share(item: Evidence, text: str) -> bool:
    """Whether a share done is the money's («освоєно на 80 %», «профінансовано частково»)."""
    before = _CLAUSES.split(_before_in_sentence(item, text))[-1]
    return _MONEY.search(before + item.phrase.lower()) is not None


@functools.lru_cache(maxsize=16)
def _whole_work_told(text: str) -> bool:
    """Whether a clause tells the work done whole, not the money: «усі роботи виконано»."""
    folded = lowered(text)
    if _WHOLE.search(folded) is None:
        return False
    return any(
        _WHOLE.search(clause) is not None
        and _DONE_WORD.search(clause) is not None
        and "%" not in clause
        and "частков" not in clause
        and _MONEY_DEED.search(clause) is None
        for clause in _CLAUSES.split(folded)
    )


def _before_in_sentence(item: Evidence, text: str) -> str:
    """The words of a cue's sentence before it, in lower case.

    Not those after it: a long sentence of many cues would be copied whole for each.
    """
    start, _ = _sentence_span(item, text)
    return text[start : text.find(item.phrase, start)].lower()


_SUPPORT = re.compile(
    r"(?<!\w)(?:грант|донор|фонд|програм|про[єе]кт|угод|договор|договір|меморандум|grant|donor"
    r"|fund|program|project|agreement|contract)"
)
"""What a measure was to be done with: a grant, a programme, an agreement."""


def _support_ended(item: Evidence, used: Sequence[Evidence], text: str) -> bool:
    """Whether a cue of an act ending tells why a measure said not done was not done.

    «Систему не запроваджено. Грантова програма, в межах якої планувалося фінансування,
    припинила дію»: the programme it relied on ended, the measure was not called off.
    """
    if item.kind is not CueKind.CANCELLATION or not item.phrase.lower().startswith(
        ("припин", "втрат", "discontinu", "terminat")
    ):
        return False
    start, _ = _sentence_span(item, text)
    return _SUPPORT.search(_before_in_sentence(item, text)) is not None and any(
        other.kind is CueKind.FAILURE and _sentence_span(other, text)[1] <= start for other in used
    )


def _instead(item: Evidence, text: str) -> bool:
    """Whether a deed is told as done instead of the measure («Натомість проведено …»)."""
    if item.kind is not CueKind.ACHIEVEMENT:
        return False
    return _INSTEAD.search(_before_in_sentence(item, text)) is not None


_INSTEAD = re.compile(r"(?<!\w)(?:натомість|замість|взамін|instead)(?!\w)")
"""The words that tell of something done in place of the measure: «натомість», "instead"."""


def _closed_as_done(item: Evidence, used: Sequence[Evidence], text: str) -> bool:
    """Whether «зняти з контролю» closes a measure its sentence says done.

    «Захід вважати виконаним та зняти з контролю»: taken off the list as done,
    not called off.
    """
    if item.kind is not CueKind.CANCELLATION or "контрол" not in item.phrase.lower():
        return False
    sentence = _sentence_span(item, text)
    return any(
        other.kind is CueKind.ACHIEVEMENT
        and not other.negated
        and _sentence_span(other, text) == sentence
        for other in used
    )


_PLAN_STATED = re.compile(r"планувал|передбачал|заплановано|було передбачено", re.IGNORECASE)


def _states_the_plan(item: Evidence, used: Sequence[Evidence], text: str) -> bool:
    """Whether a plan in the past tense states what was planned before what was done.

    «Планувалося провести 5 семінарів, проведено 3», «Заплановано 10 заходів,
    проведено 10»: the plan is what the deed is weighed against, not a plan for later.
    """
    if _PLAN_STATED.match(item.phrase) is None:
        return False
    begins, ends = _sentence_span(item, text)
    planned = text.find(item.phrase, begins)
    return any(
        other.kind is CueKind.ACHIEVEMENT and text.find(other.phrase, planned, ends) > planned
        for other in used
    )


_THEREFORE = compiled_on_use(
    r"(?i)[,;:–—-]\s*(?:(?:а|і|and)\s+)?(?:тому|тож|отже|через це|у зв['’]язку з (?:цим|чим)"
    r"|внаслідок чого|з цієї причини|therefore|so(?! far)|hence|thus|as a result)\b"
)


def _causes_of_failures(used: list[Evidence], text: str) -> set[int]:
    """Which deeds are the cause a sentence gives for a failure after them (their places).

    «Проведення масових заходів заборонено, тому фестиваль не проводився»: the ban is
    why the measure was not done, not a part of it done.
    """
    last_failure: dict[int, int] = {}  # a sentence's start → where its last failure stands
    for item in used:
        if item.kind is CueKind.FAILURE:
            begins, _ends = _sentence_span(item, text)
            at = text.find(item.phrase, begins)
            last_failure[begins] = max(last_failure.get(begins, -1), at)
    causes = set()
    for place, item in enumerate(used):
        if item.kind is not CueKind.ACHIEVEMENT:
            continue
        begins, ends = _sentence_span(item, text)
        if begins not in last_failure:
            continue
        after = text.find(item.phrase, begins) + len(item.phrase)
        therefore = _THEREFORE().search(text, after, ends)
        if therefore is not None and therefore.end() <= last_failure[begins]:
            causes.add(place)
    return causes


_BECAUSE = compiled_on_use(
    r"(?<![\w'])(?:оскільки|бо|адже|так як|через те,? що|(?:у|в) зв['’]язку з тим,? що"
    r"|з огляду на те,? що|because|since(?= (?:the|a|an|it|they|there|our|its|no)\b)"
    r"|as(?= (?:the|a|an|it|they|there|our|its|no)\b)|due to the fact that)(?![\w'])"
)
"""What opens the reason for a failure before it: «не проведено, оскільки тренера мобілізовано»
(sought in the text in lower case, as the other patterns of the reasons)."""
_FOR_WANT = re.compile(r"(?:у|в) зв['’]язку з|через |з причини|внаслідок|з огляду на")
"""What opens a failure's reason named by a noun: «у зв'язку з відсутністю потреби»."""
_BUT = compiled_on_use(
    r";|(?<![\w'])(?:але|проте|однак|водночас|натомість|разом з тим|but|however|whereas"
    r"|while)(?![\w'])"
)
"""What ends a reason and goes on with the report: «…, але двері встановлено»."""


def _reasons_of_failures(used: list[Evidence], text: str, low: str) -> set[int]:
    """Which deeds are the reason a sentence gives for a failure beside them (their places).

    «Навчання не проведено, оскільки тренера мобілізовано», «Оскільки тренера
    мобілізовано, навчання не проведено», "The training was not held because the funds
    were reallocated": the deed is why, not a part of the measure done. ``low``: the text
    in lower case, where the words of a reason are sought.
    """
    failures: dict[int, tuple[int, int]] = {}  # a sentence's start → its first failure's ends
    for item in used:  # (the first failure's end, and the last failure's start)
        if item.kind is CueKind.FAILURE:
            begins, _ends = _sentence_span(item, text)
            at = text.find(item.phrase, begins)
            first, last = failures.get(begins, (at + len(item.phrase), at))
            failures[begins] = (min(first, at + len(item.phrase)), max(last, at))
    reasons = set()
    for place, item in enumerate(used):
        if item.kind is not CueKind.ACHIEVEMENT or (
            (begins := _sentence_span(item, text)[0]) not in failures
        ):
            continue
        first, last = failures[begins]
        at = text.find(item.phrase, begins)
        # after the failure: «не проведено, оскільки …»; before it: «Оскільки …, не проведено»
        since = first if at > first else begins if at < last else None
        because = _BECAUSE().search(low, since, at) if since is not None else None
        # «…, оскільки підрядник порушив строки, але двері встановлено»: the reason has ended
        if because is not None and _BUT().search(low, because.end(), at) is None:
            reasons.add(place)
        elif (
            since is not None
            and since < at
            and (opened := low.rfind("(", since, at)) >= 0
            and low.find(")", opened, at) < 0
            and _FOR_WANT.search(low, since, opened) is not None
        ):
            # «Не розроблявся у зв'язку з відсутністю потреби (питання врегульовано
            # законодавством)»: what the reason's brackets tell is the reason still
            reasons.add(place)
    return reasons


_ASKING = compiled_on_use(
    r"(?<![\w'])(?:(?:направлен|надіслан|скерован|подан)\w* (?:[\w'-]+ ){0,3}"
    r"(?:лист|запит|клопотанн|звернен)|звернул(?:ися|ась|ася|ось|ося|ся)|звернувся|звертал\w*"
    r"|(?:неодноразово |повторно )?(?:порушен|порушувал|ініційован|ініціювал|піднімал|піднят)\w*"
    r"(?= (?:[\w'-]+ ){0,2}(?:перед|у листі|в листі))"
    r"|(?:sent|submitted|addressed) (?:a |several |two |three )?(?:letters?|requests?|appeals?)"
    r"|(?:raised|requested) (?:the issue|funding|funds)|appealed to)"
)
"""Asking others for what a failed measure lacked: «направлено лист до ОВА», «питання
порушувалося перед …», «звернулися до Мінфіну», "sent letters to the Ministry"."""
_ASKING_TITLE = re.compile(
    r"(?i)зверн|клопот|ініціюв|порушит|порушува|лист|запит|подат|подан|направит|надісла|пропози"
    r"|внест|внесен"
    r"|request|appeal|submit|letter|apply|application"
)
"""A measure whose work is asking: then the asking is its deed."""


def _asked_others(item: Evidence, text: str, low: str) -> bool:
    """Whether a deed beside a failure is asking others for what the measure lacked.

    «Роботи не розпочиналися. Питання фінансування неодноразово порушувалося перед
    ОВА», «… Направлено лист до Мінфіну щодо виділення коштів»: an effort, not a part of
    the measure done. ``low``: the text in lower case, where the asking is sought.
    """
    if item.kind is not CueKind.ACHIEVEMENT:
        return False
    begins, ends = _sentence_span(item, text)
    at = text.find(item.phrase, begins)
    asking = _ASKING().search(low, begins, ends)
    return asking is not None and asking.start() <= at < asking.end() + 1


_WHAT_MAY_ARISE = (
    r"(?:право)?порушен|скарг|підстав|випадк|факт|недолік|зауважен|претензі|violation"
    r"|complaint|grounds|irregularit|breach"
)
"""What a check finds, if anything (violations, complaints, faults): none found, nothing follows.
Not applications or requests, whose lack leaves the measure's own work undone («конкурс не
проведено через відсутність заявок»)."""
_NOTHING_AROSE = compiled_on_use(
    rf"(?i)(?:відсутн\w*|за відсутності|absence of|lack of|no) (?:\w+ ){{0,2}}(?:{_WHAT_MAY_ARISE})"
    rf"|(?:{_WHAT_MAY_ARISE})\w* (?:\w+ ){{0,3}}(?:не|not|were not|was not) (?:\w+ )?"
    r"(?:виявлен|[ву]становлен|зафіксован|надход|надійш|бул|виника|found|detected|received"
    r"|identified)"
)


def _nothing_to_act_on(item: Evidence, text: str) -> bool:
    """Whether a failure's sentence gives as its reason that nothing called for the work.

    «Перевірку проведено, повідомлення не направлялися, оскільки порушень не
    виявлено»: nothing to report, not a part of the measure left undone.
    """
    if item.kind is not CueKind.FAILURE:
        return False
    why = _sentence_justification(text, *_sentence_span(item, text))
    return why is not None and _NOTHING_AROSE().search(why) is not None


@functools.lru_cache(maxsize=16)
def _sentence_justification(text: str, start: int, end: int) -> str | None:
    """The justification a sentence of ``text`` gives, found once for all its cues."""
    return find_justification(text[start:end])


_SOME_OF = r"(?<![\w'])(?:частин[аиу]|деяк(?:і|их)|кільк(?:а|ох)|окремі|some|several|part of the)\s"
"""Words that make what they name a part of the measure: «частина заходів», «окремі семінари»,
"some of"."""
_PART_OF_THEM_ANYWHERE = compiled_on_use("(?i)" + _SOME_OF)
_PART_OF_THEM = compiled_on_use(_SOME_OF + r"\s*(?:[^\s,;:]+\s+){0,5}$")


def _part_failed(item: Evidence, text: str) -> Evidence:
    """A failure of some of the measure's parts («частина заходів не проведена»): done in part.

    The rest of them, which the sentence leaves unsaid, was done.
    """
    if item.kind is not CueKind.FAILURE:
        return item
    start, end = _sentence_span(item, text)
    sentence = text[start:end].lower()
    at = sentence.find(item.phrase.lower())
    part = _PART_OF_THEM().search(sentence, 0, at) if at > 0 else None
    if part is None:
        return item
    phrase = text[start + part.start() : start + at + len(item.phrase)]  # «Частина … не проведена»
    return attrs.evolve(item, kind=CueKind.PARTIAL, phrase=phrase)


_PERIOD_LABEL = compiled_on_use(
    rf"(?im)^(?:(?:[іivx]{{1,4}}|[1-4])-?(?:й|ий)? (?:квартал|півріччя)\w*|9 місяців|рік"
    rf"|(?:{'|'.join(MONTH_STEMS)})\w*|q[1-4]|h[12])(?: \d{{4}}(?: р\w*\.?)?)?:"
)
"""A paragraph's label of the period it reports: «ІІ квартал:», «Березень:», «9 місяців:»."""


def _superseded(used: list[Evidence], text: str) -> list[Evidence]:
    """Without work going on that a later period's report says was then done.

    «І квартал: Розпочато↵↵ІІ квартал: Триває↵↵IV квартал: Сайт оновлено» (a report
    by periods, as columns by quarter are read): the last period's word stands.
    """
    labels = list(_PERIOD_LABEL().finditer(text))
    if len(labels) < 2:
        return used
    last = text[labels[-1].start() :].lower()
    if not any(i.kind is CueKind.ACHIEVEMENT and i.phrase.lower() in last for i in used):
        return used
    return [i for i in used if i.kind is not CueKind.ONGOING or i.phrase.lower() in last]


def _from_evidence(
    evidence: tuple[Evidence, ...], ctx: _Context
) -> tuple[Status, list[Reason], Confidence]:
    own = [item for item in evidence if not item.other]
    if own and len(own) < len(evidence) and all(_publicity(item, ctx) for item in own):
        own = []  # «Кошти не передбачались. Інформацію розміщено на сайті»: no part of it
    used = [_included(item, ctx) for item in own or evidence]
    if any(item.kind is CueKind.FAILURE for item in used):
        text = ctx.text
        if _THEREFORE().search(text) is not None:
            causes = _causes_of_failures(used, text)
            used = [item for at, item in enumerate(used) if at not in causes]
        low = lowered(text)  # where the reasons and the asking are sought
        if _BECAUSE().search(low) is not None or ("(" in low and _FOR_WANT.search(low)):
            why = _reasons_of_failures(used, text, low)
            used = [item for at, item in enumerate(used) if at not in why]
        if any(item.kind is CueKind.ACHIEVEMENT for item in used):
            used = [item for item in used if not _nothing_to_act_on(item, text)]
            # «Фестиваль не проводився. Натомість проведено онлайн-конкурс»: something else
            used = [item for item in used if not _instead(item, text)]
        if _PART_OF_THEM_ANYWHERE().search(text) is not None:
            used = [_part_failed(item, text) for item in used]
        # «ПКД розроблена у 2023 році» beside work not done, «у 2024 році захід не
        # виконувався» beside work done: what came before the term
        used = [item for item in used if not _before_the_term(item, ctx)] or used
        if _ASKING().search(low) is not None and _ASKING_TITLE.search(ctx.title) is None:
            used = [item for item in used if not _asked_others(item, text, low)]
    # «… перенесено на 2026 рік. Інформацію розміщено на сайті»: telling of it, beside word
    # of the work, is no part of it
    used = [item for item in used if not _publicity(item, ctx)] or used
    if any(i.kind is CueKind.PARTIAL for i in used) and _whole_work_told(ctx.text):
        # «Кошти освоєно на 80 %, усі роботи виконано»: the money saved, the work whole
        used = [i for i in used if not (i.kind is CueKind.PARTIAL and _money_share(i, ctx.text))]
    if (
        ctx.phase is _Phase.PASSED
        and any(item.kind is CueKind.ONGOING for item in used)
        and any(item.kind is CueKind.ACHIEVEMENT and not item.negated for item in used)
    ):  # «Проєкт розроблено та внесено на розгляд. Робота в цьому напрямку триває.»: the
        # stock phrase that ends many reports, after the term, tells of no work left undone
        used = [
            i
            for i in used
            if not (
                i.kind is CueKind.ONGOING
                and _stock_routine(i, ctx.text)
                and not _unfinished(i, ctx.text, ())
            )
        ]
    if "\n" in ctx.text and not ctx.continuous:
        used = _superseded(used, ctx.text)
    if any(_does_the_measure(item) for item in used):
        # «Виконано у 2025 році, продовжується у 2026 році»: done in its term, and more to come
        used = [
            item
            for item in used
            if not (
                item.kind is CueKind.ONGOING
                and _CONTINUING.match(item.phrase.lower())
                and _names_a_later_year(item, ctx)
            )
        ]
    if any(
        item.kind is CueKind.ONGOING and item.phrase.lower().startswith(_BUYING_STEPS)
        for item in used
    ) and any(item.kind is CueKind.ACHIEVEMENT for item in used):
        # «Оголошено тендер на ремонт даху, дах відремонтовано»: no work goes on
        done_after = [False] * (len(used) + 1)  # whether a cue after each tells the work done
        for at in range(len(used) - 1, -1, -1):
            done_after[at] = done_after[at + 1] or _tells_work_done(used[at], ctx.text)
        used = [
            item
            for at, item in enumerate(used)
            if not (done_after[at + 1] and _purchase_step(item, ctx.text))
        ]
    kinds = {item.kind for item in used}
    if CueKind.CANCELLATION in kinds and (
        kept := [
            i
            for i in used
            if not _done_away_with(i, ctx.text)
            and not _closed_as_done(i, used, ctx.text)
            and not _support_ended(i, used, ctx.text)
        ]
    ):
        used = kept  # «визнано недоцільним друк бланків»: what the measure ended
        kinds = {item.kind for item in used}
    reasons = [_cue_reason(item.kind, item.phrase) for item in used]
    confidence = Confidence.CLEAR
    if not own:
        reasons.append(_rule("cue.other"))
        confidence = Confidence.WEAK
    if (
        CueKind.FAILURE in kinds
        and (
            any(_does_the_measure(i) for i in used)
            # «Семінари проведено за рахунок спонсорів; бюджетне фінансування не надавалося»
            or (
                CueKind.ACHIEVEMENT in kinds
                and _OTHER_MONEY.search(lowered(ctx.text))
                and all(_budget_not_given(i, ctx.text) for i in used if i.kind is CueKind.FAILURE)
            )
        )
        and all(_money_failed(i, ctx.text) for i in used if i.kind is CueKind.FAILURE)
    ):
        kinds.discard(CueKind.FAILURE)  # «фінансування не виділялось, захід виконано»: done
    if (
        CueKind.FAILURE in kinds
        and CueKind.PARTIAL not in kinds
        and (
            any(_undoes_the_measure(i, ctx.text) for i in used)
            or _title_deed_failed(used, ctx.title, ctx.text)
        )
        and not any(_does_the_measure(i) for i in used)
    ):  # «захід не виконувався», «камери придбано, але не встановлено»: whatever else was
        # done around it
        kinds.discard(CueKind.ACHIEVEMENT)
        kinds.discard(CueKind.FINDING)
    if CueKind.FAILURE in kinds and CueKind.ACHIEVEMENT not in kinds:
        # «заявки не надходили, тому конкурс не оголошувався»: what was found (nothing asked
        # for, no need) tells why the measure was not done, not that a part of it was
        kinds.discard(CueKind.FINDING)
    if (
        CueKind.FUTURE in kinds
        and CueKind.ACHIEVEMENT in kinds
        and all(
            _continues_routine(i, ctx) or _states_the_plan(i, used, ctx.text)
            for i in used
            if i.kind is CueKind.FUTURE
        )
    ):
        kinds.discard(CueKind.FUTURE)  # done, and the work goes on next year: still done
        planned = {_sentence(i, ctx.text) for i in used if i.kind is CueKind.FUTURE}
        if all(
            _CONTINUING.search(i.phrase.lower()) and _sentence(i, ctx.text) in planned
            for i in used
            if i.kind is CueKind.ONGOING
        ):  # «… планується продовжити навчання»: the going on is the plan's
            kinds.discard(CueKind.ONGOING)
    if (
        CueKind.ONGOING in kinds
        and CueKind.ACHIEVEMENT in kinds
        and (_only_drafts(ctx.title) or _APPLYING().search(ctx.title.lower()) is not None)
        and all(_awaits_approval(i, ctx.text) for i in used if i.kind is CueKind.ONGOING)
        and _submitted_if_asked(used, ctx.title, ctx.text)
    ):  # «Розробити порядок» with «проєкт розроблено, триває погодження», «Подати заявку»
        # with «заявку подано, вона на розгляді»: its approval is others' work after the
        # measure's, done
        kinds.discard(CueKind.ONGOING)
    if (
        CueKind.FUTURE in kinds
        and CueKind.ACHIEVEMENT in kinds
        and _APPLYING().search(ctx.title.lower()) is not None
        and all(_AWAITED.search(_sentence(i, ctx.text)) for i in used if i.kind is CueKind.FUTURE)
        and _submitted_if_asked(used, ctx.title, ctx.text)
    ):  # «Подати проєкт на конкурс» with «Проєкт подано, результати очікуються»: the choice
        # is the contest's, after the measure's work
        kinds.discard(CueKind.FUTURE)
    if (
        CueKind.ONGOING in kinds
        and CueKind.ACHIEVEMENT in kinds
        and _PUTTING_TO_USE.match(ctx.title.lower()) is None
        and all(_puts_to_use(i, ctx.text) for i in used if i.kind is CueKind.ONGOING)
    ):  # «Конкурс проведено, … їх реалізацію розпочато»: what the measure made, put to use
        kinds.discard(CueKind.ONGOING)
    pending = (
        CueKind.FAILURE in kinds
        and CueKind.ONGOING in kinds
        and not kinds & {CueKind.ACHIEVEMENT, CueKind.FINDING}
        and all(_not_yet(i, ctx.text) for i in used if i.kind is CueKind.FAILURE)
    )
    if pending:  # «оголошено тендер, договір ще не укладено»: begun, its end still to come
        kinds.discard(CueKind.FAILURE)
    unfinished = pending or (
        CueKind.ONGOING in kinds
        and (
            any(_unfinished(item, ctx.text, used[at + 1 :]) for at, item in enumerate(used))
            # «Виконується.» of a measure due within the year: it goes on past its term
            or (
                ctx.deadline.kind not in _A_YEAR_OR_MORE
                and any(_measure_goes_on(item, ctx.text) for item in used)
                and not any(_does_the_measure(item) for item in used)
            )
        )
        and not any(_completes(item) for item in used)
    )
    # asked only of a running term of years, of stages or all year, or of a duty (_achieved);
    # an act adopted is all of a year's work; it, or a document drafted, is all of a measure
    # that asks for it, however long its term
    completed = (
        ctx.phase in (_Phase.BEFORE, _Phase.WITHIN)
        and (ctx.years_long or ctx.staged or ctx.throughout or ctx.duty)
        and any(
            _completes(item)
            or _does_the_measure(item)
            or (ctx.throughout and _ADOPTED().match(item.phrase.lower()) is not None)
            or _makes_what_is_asked(item, ctx)
            for item in used
        )
    )
    # «кошти не виділено; захід буде виконано у 2026 році»: moved to a later year
    moved = CueKind.FUTURE in kinds and any(
        _names_a_later_year(item, ctx) and not _to_be_considered(item, ctx.text)
        for item in used
        if item.kind is CueKind.FUTURE
    )
    if (
        CueKind.PARTIAL in kinds
        and ctx.phase in (_Phase.BEFORE, _Phase.WITHIN)
        and all(
            any_digit(i.phrase)
            or _A_STAGE.search(i.phrase.lower()) is not None
            # «у решті підрозділів … буде завершено у 2026 році»: the rest to come in the term
            or (i.phrase.lower().startswith(_REST_TO_COME) and not _names_a_later_year(i, ctx))
            for i in used
            if i.kind is CueKind.PARTIAL
        )
        and not kinds & {CueKind.FAILURE, CueKind.POSTPONEMENT, CueKind.CANCELLATION}
    ):  # «виконано 1 з 3 етапів», «проведено 2 засідання з 4» before the term ends: so far
        status, rule = Status.IN_PROGRESS, _rule("rule.share_so_far", term=ctx.term)
    else:
        status, rule = _decide(kinds, ctx, unfinished=unfinished, completed=completed, moved=moved)
    reasons.append(rule)
    if rule.code in ("rule.mixed", "rule.ongoing_routine"):
        confidence = Confidence.WEAK
    if ctx.deadline.kind is DeadlineKind.UNKNOWN and not ctx.deadline.text.strip():
        # no term given at all (a report of its measures' lines and what was done): the
        # text decides, as it would for a reader; only a term civplan cannot read is doubt
        reasons.append(_rule("time.none_given"))
    elif ctx.deadline.kind is DeadlineKind.UNKNOWN:
        reasons.append(_rule("time.unknown", key="time.unknown_text", warning=True, term=ctx.term))
        confidence = Confidence.WEAK
    return status, reasons, confidence


_REST_TO_COME = ("буде ", "будуть ", "планується ", "заплановано ", "will ")
"""How a part still to come begins: «(решту) буде завершено», "(the rest) will be done"."""
_A_STAGE = re.compile(r"\b(?:етап|черг|фаз|стаді|stage|phase)")
"""A stage named in a part done («виконано перший етап»): the work so far, not a part short."""


_LATER_TERM = compiled_on_use(
    r"(?i)(?<!\w)(?:термін|строк)\w* (?:виконання|завершення|закінчення|реалізації|проведення"
    r"|введення|поставки|будівництва)(?: (?!(?:до|по|у|в|не)\b)[^\W\d][^\s,.;:()—–-]*){0,3}"
    r"\s*(?:[—–:-]\s*|\(\s*)?"
    r"(?:до |по |у |в |не пізніше )?(?P<term>[^,;()]{1,80}?)\s*(?:\)|[,;]|\.(?!\d)|$)"
)
_NEXT_ONE = compiled_on_use(r"(?i)наступн|чергов|next")
_IN_FULL = compiled_on_use(r"(?i)повному обсязі|100\s?%|достроково|in full|ahead of")


def _later_term(
    text: str, evidence: Sequence[Evidence], deadline: Deadline, as_of: date
) -> tuple[Evidence, ...]:
    """A term of the work after both its deadline and the report, as a cue of work to come.

    «Договір укладено 15.11.2025, термін виконання робіт — до 30.04.2026»: the
    contract is signed, the works it is for are still to be done. Not where
    the text says the work is done in full, nor where it already tells of
    work to come.
    """
    if (
        deadline.end is None
        or not any(item.kind is CueKind.ACHIEVEMENT for item in evidence)
        or any(item.kind in (CueKind.FUTURE, CueKind.POSTPONEMENT) for item in evidence)
        or any(_completes(item) for item in evidence)
        or _IN_FULL().search(text) is not None
    ):
        return ()
    for found in _LATER_TERM().finditer(text):
        if _NEXT_ONE().search(found[0]) is not None:  # «строк проведення наступного – лютий»
            continue  # more of the same, done again later
        term = Deadline.parse(found["term"], year=as_of.year)
        if term.end is not None and term.end > max(as_of, deadline.end):
            return (Evidence(kind=CueKind.FUTURE, phrase=found[0].rstrip(" ,;.)")),)
    return ()


_ACT_DATE = (
    r"від\s+(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})"
    rf"|\d{{1,2}}\s+(?:{'|'.join(MONTH_STEMS)})\w*\s+\d{{4}})(?:\s*(?:р\.|року))?"
)
_ACT = re.compile(
    r"(?<![\w-])(?:рішенн|розпорядженн|наказ|постанов|протокол|указ|ухвал)\w*"
    rf"(?:\s+[^\s.;:]+){{0,6}}?\s+(?:{_ACT_DATE}\s*№\s*[\w/-]+|№\s*[\w/-]+\s+{_ACT_DATE})",
    re.IGNORECASE,
)
"""An act cited with its date and number: «Рішення виконкому від 15.05.2025 № 112», «Наказ
№ 15 від 3 лютого 2025 року»."""
_ACT_BY_NUMBER = compiled_on_use(
    r"(?i)\s*(?:рішенн|розпорядженн|наказ|постанов|протокол|указ|ухвал)\w*(?:\s+[^\s.;:№]+){0,3}?"
    r"\s*№\s*[\w/-]+[\s.;]*"
)
"""An outcome that is only an act cited by its number: «Протокол № 3», «Рішення сесії № 45»."""


_LETTER = re.compile(
    rf"(?<![\w-])лист\w*(?:\s+[^\s.;:]+){{0,6}}?\s+(?:{_ACT_DATE}\s*№\s*[\w/-]+"
    rf"|№\s*[\w/-]+\s+{_ACT_DATE})",
    re.IGNORECASE,
)
"""A letter cited with its date and number: «Лист від 12.03.2025 № 01-02/345»."""
_DOCUMENT = compiled_on_use(
    r"(?i)(?<![\w-])(?:(?P<accepted>(?:видатков\w+ )?накладн\w*|акт\w* (?:приймання|виконаних"
    r"|введення)\b[^.;:№]{0,60}?|(?:форм\w* )?кб-2в?)"
    r"|(?:\w+ ){0,2}?(?P<noun>договір|договор\w*|угод\w+|меморандум\w*|довідк\w+|звіт\w*"
    r"|паспорт\w*|сертифікат\w*|висновк?\w*|план\w*|положенн\w*|регламент\w*|порядок|порядк\w+))"
    rf"(?:\s+[^\s.;:]+){{0,4}}?\s+(?:{_ACT_DATE}(?:\s*№\s*[\w/-]+)?|№\s*[\w/-]+(?:\s+{_ACT_DATE})?)"
)
"""A document cited by its date or number: a paper of acceptance («Видаткова накладна № 45»),
or a named one («Договір № 12/25 від 15.01.2025», «Аналітична довідка від 10.06.2025»)."""
_INFORMING = re.compile(
    r"інформ|звіт|пропозиці|відомост|\bдан(?:і|их)\b|(?:надати|подати|надавати|подавати|"
    r"направити|направляти|повідомити|повідомляти)\b",
    re.IGNORECASE,
)
"""What a measure asks to send: information, a report, proposals, data."""
_DRAFT_BEFORE = re.compile(r"про[єе]кт\w*\s*$", re.IGNORECASE)


def _cited_act(text: str, title: str) -> tuple[str, str] | None:
    """The act an outcome with no other cue cites, which says it was adopted; not a draft.

    Or, for a measure that asks to send information («Надати інформацію», «Подати
    пропозиції»), the letter it was sent with: «Лист від 12.03.2025 № 01-02/345».
    """
    if "№" not in text:  # the number an act or a letter is cited by
        return _cited_document(text, title) if "від" in text else None
    found = _ACT.search(text) or _ACT_BY_NUMBER().fullmatch(text)
    if found is not None and not _DRAFT_BEFORE.search(text, 0, found.start()):
        return "cue.act", found.group().strip(" .;")
    if _INFORMING.search(title) and (letter := _LETTER.search(text)) is not None:
        return "cue.letter", letter.group()
    return _cited_document(text, title)


def _cited_document(text: str, title: str) -> tuple[str, str] | None:
    """The document an outcome with no other cue cites that shows the work done.

    A paper of the work's acceptance («Видаткова накладна № 45 від 12.09.2025», «Акт
    приймання виконаних робіт від …»), or a document of the kind the title asks for
    («Договір № 12/25 від 15.01.2025» of «Укласти договір на вивезення відходів»,
    «Аналітична довідка від 10.06.2025» of «Підготувати аналітичну довідку»); not a draft.
    """
    for found in _DOCUMENT().finditer(text):
        if _DRAFT_BEFORE.search(text, 0, found.start("noun" if found["noun"] else "accepted")):
            continue
        if found["accepted"] or found["noun"].lower()[:5] in title.lower():
            return "cue.document", found.group().strip()
    return None


def _cited_link(text: str, title: str) -> tuple[str, str] | None:
    """The link an outcome of links alone gives, for a measure that asks to publish or inform.

    «https://rada.example.gov.ua/news/123» of «Оприлюднювати інформацію на сайті»: where
    it was published; of other measures, a link alone tells nothing.
    """
    if (
        ("://" in text or "www." in text)
        and _LINKS_ALONE().fullmatch(text)
        and _PUBLICISING.search(title)
    ):
        return "cue.link", _LINK.search(text)[0]  # type: ignore[index]
    return None


_LINKS_ALONE = compiled_on_use(
    r"\s*(?:[^\W\d]+\s*:\s*)?(?:https?://|www\.)\S+(?:[\s,;]+(?:https?://|www\.)\S+)*\s*",
)
"""Links alone, maybe after a label: «Посилання: https://…»."""
_LINK = re.compile(r"(?:https?://|www\.)[^\s,;]+")


def _dated(text: str, found: Sequence[Event], as_of: date) -> tuple[str, str] | None:
    """The dated events an outcome with no other cue lists, all past («21 березня – нарада»).

    A date a document is cited by («Лист від 10.10.2017 № 5») is no event, nor is a
    date something is due by («має бути подано до 1 лютого»).
    """
    events = [
        event for event in found if not _CITED_BY.search(text, 0, max(0, text.find(event.phrase)))
    ]
    if not events or any(event.end > as_of for event in events):
        return None
    return "cue.events", events[0].phrase


def _events_told(text: str, events: Sequence[Event]) -> int:
    """How many events an outcome lists: its days, or else its items by month."""
    return len({event.start for event in events}) or len(_MONTH_ITEM().findall(text))


def _one_count(title: str) -> int:
    """The one count of things a title asks for («Провести 4 виставки»: 4), else 0."""
    counts = [c for c in (*find_indicators(title), *counts_in_words(title)) if c.unit != "%"]
    return int(counts[0].value) if len(counts) == 1 else 0


def _by_months(text: str, year: int, as_of: date) -> tuple[str, str] | None:
    """The work an outcome with no other cue lists by month, all past («Лютий – семінар»).

    «Лютий – семінар «Мова єднає», травень – круглий стіл»: each item a month, a dash,
    then what was held in it — events, as dated ones are (their month in ``year``).
    """
    items = list(_MONTH_ITEM().finditer(text))
    if not items:
        return None
    for item in items:
        if date(year, MONTH_OF_FORM[item["month"].lower()], 1) > as_of:
            return None  # a month still to come: work planned, maybe
    return "cue.events", items[0][0].strip(" ,;")


_MONTH_ITEM = compiled_on_use(
    rf"(?i)(?:^|[,;\n]\s*)(?:(?:у|в)\s+)?(?P<month>{alternation()})\s*[-–—:]\s*"
    # what was held: a word, not another month or a period («Лютий – березень» is a term)
    rf"(?!(?:{alternation()}|квартал\w*|півріч\w*|[ivxіх]+)(?!\w))[^\W\d_]{{3,}}"
)
"""An item of a list by month: «Лютий – семінар», «…; у травні – круглий стіл»."""


def _named_work(text: str, deadline: Deadline, title: str) -> tuple[str, str] | None:
    """The work an outcome with no other cue names as a noun («Розміщення інформації на сайті»).

    A report that only names the work done, in the words of a plan, tells it was
    done — weakly; not work named for a later year («Проведення ремонту у 2027
    році»), nor with a negation, nor the measure's title copied whole, which
    reports nothing.
    """
    if " ".join(text.split()).strip(" .").lower() == " ".join(title.split()).strip(" .").lower():
        return None
    english = _ENGLISH_WORK().match(text)  # "Development of the strategy", as in English plans
    if english is not None and english[1].lower() not in _NOT_WORK_EN:
        spaced = f" {lowered(text)} "
        if any(word in spaced for word in (" not ", " no ", "n't ", " never ")):
            return None
        return ("cue.named_work", english[0].strip()) if _not_for_later(text, deadline) else None
    lead = _WORK_LEAD.match(text)  # «У 2025 році охоплення становить 88 %»: when, then what
    words = _FIRST_WORD.match(text, lead.end() if lead else 0)
    if words is None:
        return None
    first, second = words[1].lower(), (words[2] or "").lower()
    if first.startswith(_TO_COME) or first.endswith(_VERB_ENDINGS):
        return None  # «Потребує доопрацювання», «Необхідне погодження»: work still to do
    if first.startswith(_HINDRANCE):
        return None  # «Затримка фінансування», «Зрив постачання»: what held the work up
    if not first.endswith(_VERBAL_NOUN) and second.endswith(_VERBAL_NOUN):
        first = second  # «Щомісячне оновлення бази даних»: the noun after its adjective
    if not first.endswith(_VERBAL_NOUN) or first in _NOT_WORK:
        return None
    spaced = f" {lowered(text)} "
    if any(word in spaced for word in _NEGATIONS):  # quick scans, not a pattern's
        return None
    if "0" in text and _NONE_GIVEN.search(text):  # «Обсяг фінансування – 0 тис. грн»: none
        return None
    return ("cue.named_work", words[0].strip()) if _not_for_later(text, deadline) else None


def _late_as_asked_in_time(title: str, text: str) -> str | None:
    """What tells a deed was late, where the measure asks it in time («своєчасну виплату»)."""
    if _IN_TIME().search(title) is None:  # (most titles: the text is not searched)
        return None
    late = _LATE().search(text)
    return late[0] if late is not None else None


_IN_TIME = compiled_on_use(
    r"(?i)своєчасн|вчасн|(?:у|в) (?:встановлені|установлені|визначені) (?:законодавством )?"
    r"(?:строки|терміни)|без (?:затримок|затримки|порушення строків)"
)
"""A title that asks a deed in time: «Забезпечити своєчасну виплату пенсій»."""
_LATE = compiled_on_use(
    r"(?i)(?<![\w'’])(?:із|з) (?:затримк\w*|запізненн\w*)|несвоєчасн\w*"
    r"|з порушенням (?:[ву]становлених |визначених )?(?:строків|термінів)"
)
"""What tells a deed was late: «із затримкою», «несвоєчасно», «з порушенням строків»."""


def _indicator_value(text: str, indicators: Sequence[Indicator]) -> tuple[str, str] | None:
    """The value of an indicator an outcome with no other cue gives («Значення показника – 92 %»).

    Compared, as a count is, with what the title asks for; alone, the work reported.
    """
    if not indicators or (value := _INDICATOR_VALUE().match(text)) is None:
        return None
    phrase = text[value.start(1) : text.find(indicators[0].text) + len(indicators[0].text)]
    return "cue.indicator", phrase


def _share_of_the_asked(
    text: str, title: str, indicators: Sequence[Indicator]
) -> tuple[str, str] | None:
    """The one share an outcome with no other cue gives of what its title asks a share of.

    «Доступ до Інтернету мають 92 % закладів» of «Забезпечення 100 % закладів освіти
    доступом до Інтернету»: the level reached, compared with the title's as a count is.
    """
    if len(indicators) != 1 or indicators[0].unit != "%" or "%" not in title:
        return None
    asked = find_indicators(title)
    if len(asked) != 1 or asked[0].unit != "%":
        return None
    told = _SHARE_OF.search(text)
    of = _SHARE_OF.search(title)
    if told is None or of is None or told[1][:5].lower() != of[1][:5].lower():
        return None
    return "cue.indicator", text[told.start() : told.end()].strip()


_SHARE_OF = re.compile(r"\d+(?:[.,]\d+)?\s*%\s+([^\W\d]{4,})")
"""A share and the word of what it is a share of: «92 % закладів»."""


_INDICATOR_VALUE = compiled_on_use(
    r"(?i)\s*((?:фактичн\w* )?(?:значення|рівень|величина)(?: (?:показника|індикатора))?"
    r"|(?:фактичн\w* )?(?:показник|індикатор)\w*"
    # a share: «Частка електронних послуг становить 52 %», «Питома вага … – 38 %»
    r"|частка|питома вага|відсоток)\b[^.;\d]{0,40}?(?:[–—:=]| - |станов\w*"
    r"|склал\w*|склав)\s*\d"
)
"""How an indicator's value is told: «Фактичне значення показника – 92,4 %», «Показник
становить 81 %», «Частка електронних послуг становить 52 %»."""
_NONE_GIVEN = re.compile(r"(?:[–—:]| - )\s*0(?:[.,]0+)?(?![\d.,]\d)")
"""A figure of none after a label: «– 0», «: 0,0»."""


def _not_for_later(text: str, deadline: Deadline) -> bool:
    """Whether a text names no year after the term («Проведення ремонту у 2027 році»)."""
    end = deadline.end
    spaced = lowered(text)
    if has_digit(text) or "наступн" in spaced or "next" in spaced:
        for match in _YEAR_NAMED.finditer(text):
            if match[1] is None or (end is not None and int(match[1]) > end.year):
                return False  # «… наступного року», "next year": a plan
    return True


_ENGLISH_WORK = compiled_on_use(
    r"\s*([A-Za-z]{3,}(?:tion|sion|ment))\s+of\s+\S+(?:\s+[^\s.;:]+){0,3}"
)
_NOT_WORK_EN = frozenset(
    {
        "information", "management", "situation", "position", "department", "government",
        "documentation", "commission", "session", "question", "equipment", "settlement",
        "administration", "population", "legislation", "regulation", "condition", "foundation",
        "mission", "institution", "association", "federation", "division", "section",
    }
)  # fmt: skip
"""English nouns of those endings that name no work done: things, bodies, a question."""
_WORK_LEAD = re.compile(
    r"(?i)\s*(?:(?:у|в|протягом|упродовж|впродовж|за) (?:\d{4} (?:році|року|рік)|звітн\w+ "
    r"(?:періоді?|році|рік|року))|на виконання (?:заходу|пункту [\d.]+)|(?:інформуємо|повідомляємо)"
    r",? що)[,:]? "
)
"""What may come before the work a report names: a time, the measure it answers, «Інформуємо,
що»."""
_FIRST_WORD = re.compile(
    r"\s*([^\W\d_][\w'’-]{3,})\b(?:\s+([^\W\d_][\w'’-]{4,})\b)?(?:\s+[^\s.;:]+){0,3}"
)
_TO_COME = ("необхідн", "потрібн", "запланован", "планован", "очікуван", "можлив", "подальш")
"""How words begin that make the work they name one still to do: «Необхідне погодження»."""
_VERB_ENDINGS = ("ує", "ює", "ає", "яє", "ить", "іть", "ать", "ять", "уть", "ють", "ться")
"""How a present-tense verb ends, which a noun of work done never follows: «Потребує …»."""
_VERBAL_NOUN = ("ння", "ття", "ація", "яція", "участь")
"""How the nouns of work end: «розміщення», «забезпечення», «організація», «участь»."""
_NOT_WORK = frozenset(
    {
        "інформація", "ситуація", "позиція", "пропозиція", "документація", "питання",
        "завдання", "рішення", "положення", "приміщення", "звернення", "видання",
        "обладнання", "покриття", "населення", "значення", "управління", "відділення",
        "асоціація", "федерація", "посилання",  # (a link, as «Посилання: https://…»)
        # events, which a date tells were held (an undated one is no report)
        "засідання", "навчання", "зібрання", "тренування", "слухання", "читання", "змагання",
    }
)  # fmt: skip
"""Nouns with those endings that name no work done: things, bodies, a question, events."""
_HINDRANCE = ("затримк", "зрив", "брак", "недостатн", "неможлив", "відставанн", "невиконанн")
"""Nouns that name what held work up, before the work they name: «Затримка фінансування»."""
_NEGATIONS = (" не ", " ні ", "немає", "відсутн")
"""A negation in a text padded with spaces: «Оновлення сайту не завершено»."""


_AS_OF_BEFORE = re.compile(r"(?:станом на|as of|as at)\s*$", re.IGNORECASE)
"""What stands before the day a report is as of: «станом на (31.12.2025)»."""
_CITED_BY = re.compile(
    r"(?:від|from|dated|до|не пізніше|by|until|before|no later than|станом на|as of|as at)\s*$",
    re.IGNORECASE,
)  # (and the date a report is as of: «станом на 01.01.2026», "as of 1 January")


_PLANNED_OR_MONEY = re.compile(
    r"план|передбач|очіку|прогноз|необхідн|потрібн|planned|expected|target|грн|uah|%"
)


def _bare_count(text: str, title: str) -> tuple[str, str] | None:
    """An outcome that is a number alone, of the one count its title asks for.

    «12» of «Провести 15 семінарів», as a report's column of the figures done gives it,
    also with its share of the plan («4 (100 %)»); not a year («2025»), nor a number where
    the title asks for no count, or several.
    """
    number = text.strip()
    if "%" in number and (share := _COUNT_AND_SHARE.fullmatch(number)) is not None:
        number = share[1]  # «4 (100 %)»: the count, and its share of the plan
    if not number.isdecimal() or len(number) > 6 or int(number) == 0 or YEAR.fullmatch(number):
        return None
    return ("cue.counts", number) if len(find_indicators(title)) == 1 else None


def _deed_counted(text: str, title: str) -> tuple[Indicator, ...]:
    """The count an outcome of a deed and a number alone gives of its title's one count.

    «Проведено 8» of «Провести 10 навчань»: eight of the trainings, which the report
    did not name again.
    """
    if (found := _DEED_AND_COUNT.fullmatch(text)) is None or YEAR.fullmatch(found[1]):
        return ()
    asked = find_indicators(title)
    if len(asked) != 1:
        return ()
    return (Indicator(value=Decimal(found[1]), unit=asked[0].unit, text=found[1]),)


_DEED_AND_COUNT = re.compile(r"\s*[^\W\d]+(?:но|то|ли|в|ла|ло|ося|ися|ась)\s+(\d{1,5})\s*[.;]?\s*")
"""A deed and a number alone: «Проведено 8.», «Навчено 15»."""


_COUNT_AND_SHARE = re.compile(r"(\d{1,6})\s*\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)")
"""A count with its share of the plan in brackets, alone: «4 (100 %)»."""


def _counted(text: str, indicators: Sequence[Indicator]) -> tuple[str, str] | None:
    """The count an outcome with no other cue gives of what was done («12 засідань»).

    Not a plan's figures, money or shares, and not a count of none.
    """
    counts = [i.text for i in indicators if i.value > 0]
    if "ількість" in text or "-ть" in text or "–" in text or ":" in text or " - " in text:
        counts.extend(m[0] for m in _labelled_counts(text) if int(m[1]) > 0)
    if text.isascii():
        counts.extend(m.group() for m in _ENGLISH_COUNT.finditer(text) if int(m[1]) > 0)
    if not counts or _PLANNED_OR_MONEY.search(lowered(text)):
        return None
    return "cue.counts", counts[0]


_APART = re.compile(r"[;\n]")
"""What parts a report of several periods or places into items: «І квартал – …; ІІ квартал – …»."""


def _counted_apart(text: str, indicators: Sequence[Indicator]) -> list[Evidence]:
    """Counts of what was done given alone in items of their own, beside items of failures.

    «І квартал – 3 семінари; ІІ квартал – не проводились»: the first item's count is
    work done, which its item says with no verb.
    """
    if ";" not in text and "\n" not in text:
        return []
    found = []
    for item in _APART.split(text):
        padded = f" {lowered(item)} "
        if any(negation in padded for negation in _NEGATIONS):
            continue
        told = _counted(item, [i for i in indicators if i.text in item])
        if told is not None:
            found.append(Evidence(kind=CueKind.ACHIEVEMENT, phrase=told[1]))
    return found


def _labelled_counts(text: str) -> list[re.Match[str]]:
    """The counts a text writes as a label and its figure («Семінарів – 4»), each a match.

    A month's name before a figure («Грудень – 12») is a date's, not a count's.
    """
    return [m for m in _LABELLED_COUNT().finditer(text) if not m[0].lower().startswith(MONTH_STEMS)]


def _none_counted(text: str, title: str) -> tuple[str, str] | None:
    """A count of none an outcome with no other cue gives («Кількість охоплених осіб – 0»).

    Only where every count it labels is none, and not of a plan's figures or money; or
    the outcome is a count of none alone («0», «0 семінарів»), of what the title asks for.
    """
    if "0" not in text:
        return None
    if _ZERO_ALONE.fullmatch(text) is not None and not _PLANNED_OR_MONEY.search(lowered(text)):
        amiss = _AMISS.search(title.lower()) is not None  # «Кількість порушень»: none is well
        return ("cue.none_amiss" if amiss else "cue.none_counted"), text.strip()
    counts = _labelled_counts(text)
    if not counts or any(int(m[1]) for m in counts) or _PLANNED_OR_MONEY.search(lowered(text)):
        return None
    if all(_AMISS.search(lowered(m[0])) for m in counts):
        # «Кількість звернень, розглянутих з порушенням строків, – 0»: none of what goes wrong
        return "cue.none_amiss", counts[0][0]
    return "cue.none_counted", counts[0][0]


_ZERO_ALONE = re.compile(r"\s*0(?: [^\W\d][\w'-]*\.?){0,2}\s*\.?\s*")
"""An outcome that is a count of none alone, its unit after it maybe: «0», «0 од.»."""
_AMISS = re.compile(
    r"порушен|скарг|прострочен|нещасн\w* випад|авар|травм|відмов|заборгован|правопоруш"
    r"|зауважен|недолік|претензі|зрив|несвоєчасн"
)
"""Words of what goes wrong: a count of none of it is the work done well."""


_LABELLED_COUNT = compiled_on_use(
    r"(?<![\w'])(?:[Кк](?:ількість|-ть) [^.;:\n–—]{1,80}?"
    # or a noun of things counted alone: «Семінарів – 4», «Учасників: 120», «Осіб – 35»
    r"|(?<![\w'-])[^\W\d_]{3,}(?:ів|їв|ей|єй|ань|ень|ій|ок|ек|іб))"
    r"\s*(?:[–—:]| - )\s*(\d{1,6})(?![\d.,]\d)"
)
"""A count written as a label and its figure: «Кількість проведених засідань – 4»,
«К-ть засідань: 6», «Семінарів – 4»."""
_ENGLISH_COUNT = re.compile(
    r"(?<![\w.])(\d{1,6}) (?:[a-z-]+ )?(?:meetings|events|trainings|sessions|consultations"
    r"|seminars|workshops|webinars|conferences|hearings|participants|people|persons"
    r"|publications|reports|documents|visits)\b",
    re.IGNORECASE,
)


_ON_RECORD = re.compile(r"на обліку (?:\w+ )?перебува|перебува\w* на обліку")
"""Who is on a register («на обліку перебуває 15 сімей»): a state kept, not a process."""
_UNFINISHED_WORK = re.compile(
    r"трива|продовж|(?:у|в) (?:процес|стаді|роботі)|на стаді|на етап|на виконанні|розпоч|почат"
    r"|приступ|ongoing|underway"
    # present tenses of a process towards an end: «проходить погодження», «перебуває на
    # розгляді», «опрацьовується», «готується», «завершується»
    r"|прохо|перебува|опрацьову|доопрацьову|погоджу|розгляда|готу|завершу"
    r"|in (?:progress|preparation|development|drafting|the process)"
    r"|(?:at|in) (?:an|the) (?:early|initial|first|final|last) stages?"
    r"|under (?:[a-z-]+ ){0,2}(?:way|development|preparation|review|consideration|consultation"
    r"|discussion|construction|reconstruction|renovation|repair|implementation)"
    r"|(?:is|are) (?:still |currently |now )?being"
    # "is developing the methodology": a document or a work in the making
    r"|(?:is|are) (?:still |currently |now )?(?:developing|drafting|preparing|finali[sz]ing"
    r"|revising|building|constructing|procuring|piloting|testing)\b"
    r"|pending|await|started|begun|continu|on (?:track|schedule)|behind schedule"
    r"|прогрес|наявн\w* прогрес"  # «прогрес виконання заходу наявний»: not yet done
    r"|(?:у|в) першому читанні|first reading|(?:is|are) working on|очіку|\w+ очіку"
    # on trial, not yet in service: «у тестовому режимі», «в дослідній експлуатації»
    r"|(?:у|в) (?:тестов|пілотн|дослідн|випробувальн)\w* (?:режим|експлуатац)"
    r"|in (?:test|testing|pilot|trial) (?:mode|operation)"
)
"""Ongoing work that is not yet finished («триває погодження», "pending"), unlike routine
work (present tenses, «постійно», «регулярно»), which a measure may go on with when done."""


_DELAYED = re.compile(
    r"\b(?:із|з|зі) (?:затримк|запізненн|відставанн)|відста\w* від графік"
    r"|\bwith (?:a |some )?delays?\b|behind schedule"
)
"""Work going on behind its schedule («виконується із затримкою»): unfinished, no routine —
where the delay qualifies the verb of work, not where it is the cue itself («Виконано з
відставанням від графіка»: done, only late)."""


_HELD_UP = re.compile(r"затрим|затяг|delayed")
"""A cue of work held up («роботи затримано», "the works are delayed"): late, not routine."""


_DONE_ON_SCHEDULE = re.compile(
    r"\b(?:\w{3,}ed|done|held|built|made|met|set up)\s+on (?:schedule|track)\b", re.IGNORECASE
)
"""A deed done as it was scheduled ("delivered on schedule"), not work on track."""


_MAKING = re.compile(
    r"розробля|виготовля|будує|споруджу|створю|облаштову|ремонту|реконструю|модернізу|впроваджу"
    r"|встановлю|монту|утеплю|закупову|придбава"
)
"""Present tenses of making or getting a thing, which ends when it is made or got:
«виготовляється», «обладнання закуповується»."""
_ROUTINE = re.compile(
    r"\bробот[ау]\b|напрям|діяльн|this area|activit"
    # "the work continues", "Work is ongoing" (not "preparatory work has begun", a work named)
    r"|(?:^\W*|\b(?:the|this|that|such|further|our|relevant) )work\b"
)
"""Words of the stock phrase that ends many reports of done work: «Робота в цьому напрямку
триває», "work in this area continues", «роботу буде продовжено»."""
_CONTINUING = re.compile(r"продовж|continu")
# the measure itself said done («Виконано», "Implemented"), not only a deed of it
_MEASURE_DONE = re.compile(r"викон|реаліз|implemented|completed|fulfilled|accomplished|done")
_COMPLETED = re.compile(r"заверш|закінч|complet|finish")
_THE_MEASURE = re.compile(r"\bзах(?:ід|од)\w*|\b(?:measure|activity|commitment|milestone)")


def _sentence_span(item: Evidence, text: str) -> tuple[int, int]:
    """Where the sentence of ``text`` a cue was found in begins and ends."""
    return _phrase_sentence(item.phrase, text)


@functools.lru_cache(maxsize=64)
def _phrase_sentence(phrase: str, text: str) -> tuple[int, int]:
    """Where the sentence of ``text`` that holds ``phrase`` first begins and ends.

    Kept for the last few phrases: the rules ask it of each cue, and a text that
    repeats a phrase would otherwise be searched whole for each of its repetitions.
    """
    at = text.find(phrase)
    ends = [e for e in (text.find(mark, at) for mark in SENTENCE_ENDS) if e >= 0]
    return sentence_start(text, at), min(ends, default=len(text))


def _sentence(item: Evidence, text: str) -> str:
    """The sentence of ``text`` a cue was found in, in lower case."""
    return _lower_sentence(item.phrase, text)


@functools.lru_cache(maxsize=16)
def _lower_sentence(phrase: str, text: str) -> str:
    start, end = _phrase_sentence(phrase, text)
    return text[start:end].lower()


_NOT_YET = compiled_on_use(r"(?:\bще|поки що|поки|досі|наразі)\s*$")


def _not_yet(item: Evidence, text: str) -> bool:
    """Whether a failure is of what is still to come: «ще не укладено», "not yet signed".

    So too "has not been signed yet": the «yet» after the deed.
    """
    sentence = _sentence(item, text)
    phrase = item.phrase.lower()
    at = sentence.find(phrase)
    return at >= 0 and (
        _NOT_YET().search(sentence, 0, at) is not None
        or "not yet" in phrase
        or "yet to" in phrase
        or sentence[at + len(phrase) :].lstrip().startswith("yet")  # "not been launched yet"
    )


def _does_the_measure(item: Evidence) -> bool:
    """Whether a cue says the measure itself was carried out («захід виконано», "implemented")."""
    return item.kind is CueKind.ACHIEVEMENT and _MEASURE_DONE.match(item.phrase.lower()) is not None


def _undoes_the_measure(item: Evidence, text: str) -> bool:
    """Whether a cue says the measure itself was not carried out («захід не виконувався»).

    Its sentence names nothing before it, or names the measure: not «Четвертий
    семінар не проведено».
    """
    if item.kind is not CueKind.FAILURE:
        return False
    sentence = _sentence(item, text)
    before = sentence[: sentence.find(item.phrase.lower())]
    if (":" in before or " – " in before or " - " in before) and _labelled_parts(text) > 1:
        return False  # «Департамент культури: захід не проводився»: one executor's part
    if _MEASURE_DONE.search(item.phrase.lower()) is None:  # «заходи не проводились»: the
        subject = _MEASURE_SUBJECT.search(before)  # measure itself, named just before
        # (not «інші заходи не проводились», "the other activities": the rest of it)
        return subject is not None and _SOME.search(before, 0, subject.start()) is None
    return not before.strip(" ,:-–—") or _THE_MEASURE.search(before) is not None


_DEED_ENDINGS = ("ення", "ання", "яння", "іння", "ття", "ація", "яція")
"""How the nouns of a title's deed end, cut to the start its participle shares: «Встановлення»
→ «встановл» («встановлено»), «Придбання» → «придб», «Організація» → «організ»."""
_INFINITIVE_ENDINGS = (("увати", 0), ("ювати", 0), ("ити", 1), ("іти", 1), ("ти", 0))
"""How a title's infinitive ends, and how many letters of its stem may change in its
participle: «Облаштувати» → «облашт» («облаштовано»), «Затвердити» → «затвер»
(«затверджено»), «Прийняти» → «прийня»."""


def _deed_stem(word: str) -> str:
    """The start a title's first word, a deed's noun or infinitive, shares with its participle."""
    ending = next((e for e in _DEED_ENDINGS if word.endswith(e)), None)
    if ending is not None:
        return word[: -len(ending)]
    for ending, changing in _INFINITIVE_ENDINGS:
        if word.endswith(ending):
            return word[: len(word) - len(ending) - changing]
    return ""


def _second_untold(title: str, text: str) -> bool:
    """Whether a title asks two deeds and the text tells the first alone.

    «Розробити та затвердити програму», «Придбання і встановлення обладнання»,
    «Провести конкурс та нагородити переможців»: the
    second deed one that leaves a trace of its own in a report (adopted, installed,
    published, awarded, agreed, submitted, signed, brought in), told in none of its
    words («Програму розроблено»); the first told done («розроблено», not «потреби у
    розробленні немає»). A deed the first
    brings about with it («Організувати та провести», «Провести та висвітлити») is
    none of them.
    """
    words = _WORD().findall(title.lower())[:8]
    link = next((at for at, w in enumerate(words[1:-1], 1) if w in ("та", "і", "й", "and")), 0)
    if not link:
        return False
    if words[link] == "and":  # "Develop and adopt the strategy": the verbs as they are
        first, second = words[0], words[link + 1]
    else:
        first, second = _deed_stem(words[0]), _deed_stem(words[link + 1])
    if len(first) < 4 or len(second) < 4:
        return False
    telling = next((told for asked, told in _SECOND_DEEDS if second.startswith(asked)), None)
    if telling is None:
        return False
    folded = lowered(text)
    if second.startswith(_ACTS_ISSUED) and _ACT_CITED().search(folded):
        return False  # «Наказ від 12.03.2025 № 45 підготовлено»: an act with its number is out
    said = _WORD().findall(folded)
    return any(w.startswith(first[:4]) and w.endswith(_DONE_FORMS) for w in said) and not any(
        w.startswith(telling) for w in said
    )


_ACTS_ISSUED = ("затвер", "вида", "підпис", "прийня", "adopt", "approv", "sign", "issu")
"""Second deeds that make an act, which a report cites by its date and number once made."""
_ACT_CITED = compiled_on_use(r"від \d{1,2}[./]\d{1,2}[./]\d{2,4}\s*(?:р\.|року)?\s*№|\bno\. ?\d")
"""An act cited by its date and number: «від 12.03.2025 № 45»."""


_DONE_FORMS = ("но", "то", "ний", "на", "не", "ні", "ed")
"""How a participle of a deed done ends: «розроблено», «розроблена програма», "developed"."""


_SECOND_DEEDS = (
    # (an act by which it was done: «створено розпорядженням голови»)
    (
        "затвер",
        (
            "затвер",
            "ухвал",
            "прийня",
            "схвал",
            "розпорядженням",
            "наказом",
            "рішенням",
            "approv",
            "adopt",
        ),
    ),
    ("adopt", ("adopt", "approv", "endors")),
    ("approv", ("approv", "adopt", "endors")),
    ("install", ("install", "mount", "replac")),
    ("publish", ("publish", "post", "releas")),
    ("submit", ("submit", "sent", "forward")),
    ("sign", ("sign", "conclud")),
    ("award", ("award", "present")),
    ("встано", ("встанов", "змонт", "монтаж", "замін", "install")),
    ("вида", ("вида", "видру", "надрук", "тираж", "отрима", "вруч", "publish", "print")),
    ("нагоро", ("нагород", "відзнач", "вруч", "award")),
    ("пого", ("погод", "agree")),
    # (or the step after it: «подати на затвердження» with «затверджено»)
    (
        "пода",
        _SENT := (
            "пода",
            "направ",
            "надісл",
            "внес",
            "перед",
            "нада",
            "затвер",
            "ухвал",
            "прийня",
            "submit",
        ),
    ),
    ("напра", _SENT),
    ("впрова", ("впровад", "запровад", "функціон", "працю", "запущ", "introduc")),
    ("оприлю", ("оприлюд", "розміщ", "опублік", "publish")),
    ("підпис", ("підпис", "уклад", "sign")),
)
"""The second deeds of a title that a report tells in words of their own, and those words'
starts."""


_ENSURING = ("забезпеч", "організ", "здійсн")
"""A title's first verb that names no deed of its own, but the one its noun after it names."""
_LINKS = frozenset({"але", "однак", "проте", "та", "і", "й", "а", "ще", "поки", "досі", "так"})
"""Words a clause may begin with and still name nothing: «…, але не встановлено»."""


def _title_deed_failed(used: Sequence[Evidence], title: str, text: str) -> bool:
    """Whether what the title asks to do was not done, beside steps towards it that were.

    «Встановлення камер» with «Камери придбано, але не встановлено»; «Проведення
    інвентаризації» with «Наказ видано, однак інвентаризацію не проведено»: the failure's
    verb is the title's deed («встановл-»), its clause names the title's object or nothing
    (then the clause before's) or an act it is taken by («Прийняти програму» with «Проєкт
    винесено на сесію, однак рішення не прийнято»), and no deed done is the title's. Or a
    verb of any deed carried out names the title's object («Укласти меморандум» with «Проєкт
    підготовлено, однак меморандум не підписано»). Not «концерт не проведено» of
    «Проведення заходів»: another thing named.
    """
    words = _WORD().findall(title.lower())[:7]
    # «Забезпечити виплату компенсації» with «Компенсацію виплачено»: the noun's deed done
    ensured = words[1][:4] if len(words) > 1 and words[0].startswith(_ENSURING) else None
    if len(words) > 1 and words[0].startswith(_ENSURING) and words[1].endswith("ння"):
        words = words[1:]  # «Забезпечити проведення конкурсу»: the deed is the noun's
    words = words[:6]
    if not words:
        return False
    stem = _deed_stem(words[0])
    if len(stem) < 4:
        return False
    # either aspect of its verb, by its first letters: «Проводити» with «проведено»,
    # «Провести» with «проводились»
    either = (stem[:4], ensured) if ensured is not None and len(ensured) == 4 else stem[:4]
    if any(
        i.kind is CueKind.ACHIEVEMENT
        and any(w.startswith(either) for w in i.phrase.lower().split())
        for i in used
    ):
        return False  # a deed of the title's done too: a part, maybe
    thing = _title_object(words)
    for item in used:
        if item.kind is not CueKind.FAILURE:
            continue
        verbs = item.phrase.lower().split()
        own = any(w.startswith(stem) for w in verbs)
        if not own and not any(w.startswith(_CARRIED_OUT) for w in verbs):
            continue
        clause = _CLAUSES.split(_before_in_sentence(item, text))[-1]
        named = [w for w in _WORD().findall(clause) if w not in _LINKS]
        if own and (not named or any(noun_lemmas(w) & (thing | _ACTS) for w in named)):
            return True  # its verb, of its object, of an act it is taken by, or of nothing
        if any(noun_lemmas(w) & thing and not _modifies(named, at) for at, w in enumerate(named)):
            return True  # «Провести конкурс» with «Положення затверджено, конкурс не відбувся»
        if (
            (_asks_to_adopt(title.lower()) or _FORMS_A_BODY().match(title.lower()))
            and any(_ADOPTED().match(w) for w in verbs)
            and (
                (named and all(noun_lemmas(w) & _ACTS for w in named))
                or (
                    not named
                    and any(
                        noun_lemmas(w) & thing
                        for w in _WORD().findall(_before_in_sentence(item, text))
                    )
                )
            )
        ):
            return True  # «Затвердити положення» with «Проєкт наказу про затвердження
            # положення підготовлено, однак не підписано», «Створити комунальне підприємство»
            # with «Проєкт винесено на сесію, однак рішення не прийнято»: the act not made
    return False


def _modifies(named: Sequence[str], at: int) -> bool:
    """Whether the word at ``at`` may be a genitive of the thing named before it, no deed.

    «Забезпечити доступність сайту» with «аудит доступності не проводився»: the audit
    failed, not the access; «проведення конкурсу не відбулося» still names the contest.
    """
    if at == 0 or never_genitive(named[at]):
        return False
    before = named[at - 1]
    return not before.endswith(("ння", "ття")) and bool(noun_lemmas(before))


_CARRIED_OUT = (
    "відбу", "провед", "провод", "підпис", "уклад", "затвердж", "прийня", "ухвал", "здійсн",
    "викона", "реаліз", "створ", "сформ", "відкри",
)  # fmt: skip
"""How the verbs begin that tell any deed carried out: «конкурс не відбувся», «меморандум не
підписано» — of the title's object, its deed not done, whatever the title's verb."""


_ACTS = frozenset({"рішення", "розпорядження", "наказ", "постанова", "ухвала"})
"""Acts a deed of a title is taken by: «Прийняти програму» with «рішення не прийнято»."""


_LABELLED = re.compile(
    r"(?:^|[.;\n]\s*)(?:[А-ЯІЇЄҐA-Z][^.:;\n]{2,80}?:\s|[^\W\d_][^.:;\n–—-]{2,60}?\s[–-]\s)",
    re.MULTILINE,
)
"""A report's part labelled with who gives it: «Департамент освіти: …», «округ № 2 – …»."""


@functools.lru_cache(maxsize=16)
def _labelled_parts(text: str) -> int:
    """How many parts of a report are labelled with who gives them (counted once per text)."""
    return sum(1 for _ in _LABELLED.finditer(text))


_MEASURE_SUBJECT = re.compile(
    r"\bзах(?:ід|оди)\s+(?:[^\s,;]+\s+){0,3}$"
    r"|\b(?:activity|measure|activities|measures)\s+(?:(?:was|were|has|have|been|is|are)\s+){0,2}$"
)
"""The measure as the subject right before a verb: «заходи не проводились»."""
_SOME = re.compile(
    r"(?<![\w'])(?:інш\w*|решт\w*|окрем\w*|деяк\w*|частин\w*|кільк\w*|other|some|remaining"
    r"|several|the rest of"
    # a kind of events, one of the things done: «спільні заходи», «масові заходи»
    r"|спільн|масов|культурн|спортивн|навчальн|виховн|просвітн|інформаційн|профілактичн"
    r"|додатков|святков|публічн|виїзн|тематичн|joint|additional|public)\w*\s+$"
)
"""Words that make the measures named after them a part of it: «інші заходи», «спільні
заходи», "other"."""


_OTHER_MONEY = re.compile(
    r"за рахунок|коштом|спонсор|гуманітарн|благодійн|грант|партнер|донор|власних кошт"
    r"|без залучення|позабюджетн|міжнародн\w* (?:проєкт|проект|програм|організац)"
    r"|безоплатн|безкоштовн|sponsor|donor|grant|humanitarian|own funds|free of charge"
)
"""Money other than the budget's the work was done with: «за рахунок спонсорів», «грант»."""


def _budget_not_given(item: Evidence, text: str) -> bool:
    """Whether a failure's subject is the budget's money: «бюджетне фінансування не надавалося»."""
    folded, at = _folded_place(item, text)
    return at >= 0 and _BUDGET_MONEY.search(folded, max(0, at - 30), at) is not None


_BUDGET_MONEY = re.compile(r"фінансуванн|кошт|бюджет|асигнуванн|funding|funds|budget")


def _money_failed(item: Evidence, text: str) -> bool:
    """Whether a failure is of the money, not of the work («фінансування не виділялось»)."""
    folded, at = _folded_place(item, text)
    return at >= 0 and speaks_of_money(folded, at + len(item.phrase))


def _folded_place(item: Evidence, text: str) -> tuple[str, int]:
    """The text in lower case, and where a cue's phrase first stands in it (-1: nowhere)."""
    folded = lowered(text)
    return folded, folded.find(item.phrase.lower())


_DRAFTING = re.compile(
    r"(?:розробити|розроблення|розробка|підготувати|підготовка|опрацювати|опрацювання"
    r"|напрацювати|сформувати|формування|develop|draft|prepare)\b",
    re.IGNORECASE,
)


def _title_object(words: Sequence[str]) -> frozenset[str]:
    """The lemmas of what a title's first words (in lower case) ask to act on, its first noun."""
    return next(
        (lemmas for word in words[1:] if len(word) > 2 and (lemmas := noun_lemmas(word))),
        frozenset(),
    )


def _makes_what_is_asked(item: Evidence, ctx: _Context) -> bool:
    """Whether a cue tells of the act adopted, or the document drafted, that a measure asks for.

    «Розробити та затвердити програму» with «Програму затверджено»; «Розробити програму»
    with «Програму розроблено»; not «Розроблено технічне завдання», nor «Підписано договір».
    """
    phrase = item.phrase.lower()
    title = ctx.title.lower()
    if phrase.split(None, 1)[0].endswith(("ння", "ion")):
        return False  # «Затвердження програми»: the work named, no deed told
    if not (
        (_ADOPTED().match(phrase) is not None and _asks_to_adopt(title))
        or (_DRAFTED.match(phrase) is not None and _only_drafts(ctx.title))
    ):
        return False
    thing = _title_object(_WORD().findall(title)[:6])
    return bool(thing) and any(
        noun_lemmas(word) & thing for word in _WORD().findall(_sentence(item, ctx.text))
    )


_DRAFTED = re.compile(
    r"(?:розробле|підготовле|сформова|напрацьова|опрацьова)н(?!ня)|developed|drafted|prepared"
)
"""A document drafted, all a measure that asks only to draft it asks («Програму розроблено»)."""


_APPROVAL = re.compile(
    r"погодж|затвердж|розгляд|підпис|експертиз|узгодж|реєстрац|approv|review|consideration"
    r"|signature",
    re.IGNORECASE,
)


def _awaits_approval(item: Evidence, text: str) -> bool:
    """Whether the work a cue tells goes on is others' approval («триває погодження»)."""
    return _APPROVAL.search(_sentence(item, text)) is not None


_AWAITED = re.compile(
    r"результат|відб[іо]р|переможц|розгляд|рішенн|results?\b|selection|decision",
    re.IGNORECASE,
)
"""What an application awaits after it is made: the contest's results, the selection."""


_PUTTING_TO_USE = re.compile(
    r"\W*(?:реалізаці|впровадженн|виконанн|застосуванн|використанн|implement|use\b)"
)
"""A title whose measure is to put something to use: «Реалізація проєктів-переможців»."""
_ITS_USE = re.compile(
    r"(?<!щодо )(?<!для )(?<!з )(?<!по )(?<!for )(?<!of )"
    r"\b(?:(?:його|її|їх|їхн\w*) (?:реалізаці|впровадженн|виконанн|застосуванн|використанн)\w*"
    r"|(?:реалізаці|впровадженн|виконанн|застосуванн|використанн)\w* (?:його|її|їх)\b"
    r"|(?:its|their) (?:implementation|use|application)\b"
    # its user set to using it: «договір укладено, орендар приступив до використання приміщення»
    r"|(?:приступи|розпоча|почал)\w* (?:до )?(?:використанн|експлуатаці)\w*)"
)
"""The work on what the measure made, named by a pronoun («розпочато їх реалізацію»), or its use
begun."""


def _puts_to_use(item: Evidence, text: str) -> bool:
    """Whether an ongoing cue tells of putting to use what was made before it.

    «Конкурс проведено, з 38 проєктів переможцями визнано 12, їх реалізацію розпочато»: the
    projects chosen are the contest's end; carrying them out is another measure's work. The
    pronoun's phrase is the cue's subject or object, at most a word away from it: not «план
    заходів щодо її реалізації ще розробляється», another document.
    """
    sentence = _sentence(item, text)  # (in lower case already)
    at = sentence.find(item.phrase.lower())
    if at < 0:
        return False
    end = at + len(item.phrase)
    return any(
        found.end() >= at - 12 and found.start() <= end + 12
        for found in _ITS_USE.finditer(sentence, max(0, at - 40), end + 40)
    )


_SUBMITTING = compiled_on_use(
    r"(?<!\w)(?:под(?:ати|ання)|внес(?:ти|ення)|направ(?:ити|лення)|submi(?:t|ssion))"
    r"(?:\s+\S+){0,3}?\s+(?:на розгляд|до|to)\b"
    # the body in the dative: «… та подати Кабінетові Міністрів проєкт постанови»
    r"|(?<!\w)(?:подати|внести) (?:кабінет\w* міністрів|верховній раді|президентові)"
)
"""A title that asks to submit a draft to a body: «… та подати на розгляд Кабінету Міністрів»."""
_FOR_APPROVAL = compiled_on_use(r"(?i)\W*(?:на|для) (?:погодження|узгодження|візування)")
"""What a draft sent on is sent for, short of its submission: «направлено на погодження»."""


def _submitted_if_asked(used: Sequence[Evidence], title: str, text: str) -> bool:
    """Whether a draft was submitted, where its title asks to submit it, not only drafted.

    «Розробити та подати на розгляд Кабінету Міністрів проєкт постанови» with «Проєкт
    розроблено, триває погодження» or «… направлено на погодження до Мінфіну»: the
    approvals come before the submission the measure asks for; with «… внесено на
    розгляд Кабінету Міністрів» the rest is others' work.
    """
    if _SUBMITTING().search(title.lower()) is None:
        return True
    for item in used:
        if (
            item.kind is CueKind.ACHIEVEMENT
            and not item.negated
            and item.phrase.lower().startswith((*_SUBMITTED, "внесен"))
        ):
            at = text.find(item.phrase, _sentence_span(item, text)[0])
            if at < 0 or _FOR_APPROVAL().match(text, at + len(item.phrase)) is None:
                return True
    return False


def _only_drafts(title: str) -> bool:
    """Whether a measure asks only for a document drafted («Розробити проєкт положення»).

    Not its adoption too («Розробити та затвердити програму»): what awaits
    approval is then the measure done, not work going on.
    """
    return _DRAFTING.match(title) is not None and not _asks_to_adopt(title.lower())


def _unfinished(item: Evidence, text: str, later: Sequence[Evidence]) -> bool:
    """Whether a cue tells of unfinished work, not of routine or of the stock closing phrase.

    A document awaiting approval is unfinished work unless its sentence goes on to
    tell of a deed («подано на розгляд сесії та затверджено», «проєкти, які
    знаходяться на розгляді, опрацьовано»), or a later sentence tells that it was
    adopted («… подано на розгляд сесії. Програму затверджено рішенням ради …»);
    ``later`` are the cues after it.
    """
    if item.kind is not CueKind.ONGOING:
        return False
    phrase = item.phrase.lower()
    sentence = _sentence(item, text)
    if _BEHIND.fullmatch(phrase.strip(" .;!")):
        return True  # «Під ризиком», "Off track" alone: going on behind its schedule
    if _going_on_alone(text):
        return False  # «Триває.» alone: read by the term, as «Виконується.» is
    if _DELAYED.search(sentence) and _DELAYED.search(phrase) is None and "відста" not in phrase:
        return True
    if _HELD_UP.search(phrase):
        return True  # «фінансування затримано», "delayed": late, and not yet over
    if phrase.startswith("on ") and _DONE_ON_SCHEDULE.search(sentence):
        return False  # "the trainings were delivered on schedule": done in time, not going on
    if AWAITING.match(phrase):
        return not any(
            other.kind is CueKind.ACHIEVEMENT
            and (
                _sentence(other, text) == sentence
                or _ADOPTED().match(other.phrase.lower()) is not None
            )
            for other in later
        )
    if (
        _UNFINISHED_WORK.match(phrase) is None
        and not _works_towards_an_end(phrase, sentence)
        # «Документація виготовляється», «Генплан розробляється»: a thing in the making, but
        # not «… впроваджуються постійно», a routine
        and (_MAKING.match(phrase) is None or _ROUTINE_WORK.search(sentence) is not None)
    ):
        return False
    if "облік" in sentence and _ON_RECORD.search(sentence):
        return False  # «на обліку перебуває 37 дітей»: who is on a register, no work to end
    if _AS_A_RULE.search(sentence) and not _APPROVING.search(sentence):
        return False  # «петиції розглядаються у встановлені строки»: how it is always done
    if _bought_and_done(item, text, later):
        return False
    return _ROUTINE.search(sentence) is None or _ON_THE_MEASURE.search(sentence) is not None


_ON_THE_MEASURE = re.compile(
    r"(?:над|з|із|щодо|по) (?:виконанн\w* |реалізаці\w* )?(?:цього |даного )?"
    r"(?:заход\w*|захід|завдан\w*)\b"
    r"|\bon (?:the |this )?(?:implementation of (?:the |this )?)?(?:milestone|measure|commitment)"
    # work named by what it does: «робота з укладання договорів триває» (not «з населенням»)
    r"|\bробот\w* (?:з|із|по|щодо) (?:\w+ )?\w+(?:ання|ення|іння|яння|ття)\b"
    # … or by the thing it makes: «робота над модулем триває», "work on the module is in
    # progress" (not «над цим питанням», "on this")
    r"|\bробот\w* над (?!ц(?:им|ією|ими)\b|дан(?:им|ою|ими)\b|ним\b|нею\b|ними\b)\w+"
    r"|\bwork on (?:the )?(?!this\b|these\b|it\b|them\b)[a-z]+"
)
"""Work said to go on with the measure itself («робота над виконанням заходу триває», "work on
the milestone continues"), not the stock phrase of work in its field."""


_AS_A_RULE = re.compile(
    r"(?:у|в) (?:[ву]становлен\w*|визначен\w*|передбачен\w*) (?:законодавством )?"
    r"(?:строк|термін)\w*|своєчасно|in due time|within the (?:set|established) (?:time|deadlines)"
)
"""How a duty is always done («у встановлені строки», «своєчасно»): a present tense of it tells
the rule kept, no work left unfinished."""
_APPROVING = re.compile(r"погодж|затвердж|експертиз|реєстрац|approv", re.IGNORECASE)
"""A document on its way to approval: going on in the set terms is still going on."""


def _bought_and_done(item: Evidence, text: str, later: Sequence[Evidence]) -> bool:
    """Whether a step of a purchase is followed by the work it bought, done.

    «Оголошено тендер, укладено договір, роботи виконано», «Укладено договір на
    ремонт даху. Дах відремонтовано.»: the purchase led to the deed, no work goes
    on (not «Триває процедура закупівлі», a purchase still going); ``later`` are
    the cues after it.
    """
    return _purchase_step(item, text) and any(_tells_work_done(other, text) for other in later)


def _purchase_step(item: Evidence, text: str) -> bool:
    """Whether a cue of work going on is a step of a purchase: «оголошено тендер»."""
    return (
        item.kind is CueKind.ONGOING
        and item.phrase.lower().startswith(_BUYING_STEPS)
        and _in_a_purchase(item.phrase, text)
    )


@functools.lru_cache(maxsize=64)
def _in_a_purchase(phrase: str, text: str) -> bool:
    """Whether the sentence of ``text`` that holds ``phrase`` tells of a purchase or contract.

    Kept for the last few phrases: a text that repeats one is not searched again for each.
    """
    sentence = _lower_sentence(phrase, text)
    return any(word in sentence for word in (*PROCUREMENT, *CONTRACTS))


def _tells_work_done(item: Evidence, text: str) -> bool:
    """Whether a cue tells of the work a purchase buys, done: «дах відремонтовано»."""
    return item.kind is CueKind.ACHIEVEMENT and not item.negated and _work_done(item.phrase, text)


@functools.lru_cache(maxsize=64)
def _work_done(phrase: str, text: str) -> bool:
    """Whether a deed's phrase, in its sentence of ``text``, is a verb of the work done."""
    lowered = phrase.lower()
    return _WORK_DONE().match(lowered) is not None or (
        lowered.startswith("провед") and "робот" in _lower_sentence(phrase, text)
    )


_BUYING_STEPS = ("оголош", "оголос", "уклад", "підпис", "розпоч", "announced", "launched", "signed")
"""How the verbs of a purchase's steps begin: «оголошено тендер», «укладено договір»."""
_WORK_DONE = compiled_on_use(
    r"викона|заверш|реалізова|відремонтова|встановле|побудова|збудова|облаштова|змонтова"
    r"|заміне|утепле|модернізова|реконструйова|оснаще|обладна|відновле|придба|закупле|поставле"
    r"|complet|implement|repaired|installed|built|delivered|purchased"
)
"""The verbs of the work a purchase buys, done: «роботи виконано», «дах відремонтовано»."""
_GOES_ON = re.compile(
    r"(?:захід |заходи )?(?:викону[єю]ться|реалізу[єю]ться|(?:перебуває |знаходиться )?на "
    r"виконанні|(?:в|у) процесі (?:виконання|реалізації))|in progress|ongoing"
)
_A_YEAR_OR_MORE = frozenset(
    {DeadlineKind.YEAR, DeadlineKind.YEARS, DeadlineKind.CONTINUOUS, DeadlineKind.RECURRING}
)


def _measure_goes_on(item: Evidence, text: str) -> bool:
    """Whether a sentence of its own says the measure is being carried out («Виконується.»)."""
    return item.kind is CueKind.ONGOING and bool(
        _GOES_ON.fullmatch(_sentence(item, text).strip(" .;:!"))
    )


_TOWARDS_AN_END = re.compile(
    r"(?:\S+\s+){0,2}?(?:процедур|закупів|торг|тендер|будівництв|ремонт|реконструкц|розробл"
    r"|розробк|підготовк|погоджен|експертиз|виготовлен|монтаж|проєктуван|оформлен|реєстрац"
    r"|модернізац|облаштуван|утепленн|термомодерніз|встановленн|замін[аи]\b|оснащенн|газифікац"
    r"|переговор|узгоджен|збір\w* пропозиц|громадськ\w* обговоренн"
    r"|procurement|tender|construction|repair|drafting|preparation|moderni[sz]ation"
    r"|negotiation)"
)
"""A process with an end, named just after a verb of routine work: «проводиться
процедура закупівлі», «здійснюється ремонт», «ведуться переговори», not «здійснюється
моніторинг»."""


_AN_END_BEFORE = re.compile(
    r"(?:роботи|ремонт\w*|будівництв\w*|реконструкці\w*|закупівл\w*|процедур\w*|торги"
    r"|розробк\w*|монтаж\w*|модернізаці\w*|облаштуванн\w*|встановленн\w*|заміна|works"
    r"|construction|repairs|procurement)\s+(?:\S+\s+)?$"
)
"""A process with an end named just before the verb: «роботи виконуються», «ремонт триває»."""


def _works_towards_an_end(phrase: str, sentence: str) -> bool:
    """Whether a present tense of work («проводиться») goes on with a process that ends."""
    at = sentence.find(phrase)
    if at < 0:
        return False
    if _AN_END_BEFORE.search(sentence, max(at - 40, 0), at) is not None:
        return True
    return _TOWARDS_AN_END.match(sentence, at + len(phrase) + 1) is not None


def _stock_routine(item: Evidence, text: str) -> bool:
    """Whether a cue is the stock phrase that ends many reports, in a sentence of its own.

    «Робота в цьому напрямку триває», "work in this area continues": work going on.
    """
    if item.kind is not CueKind.ONGOING or item.negated:
        return False
    sentence = _sentence(item, text)
    return len(sentence) <= 80 and _ROUTINE.search(sentence) is not None


def _continues_routine(item: Evidence, ctx: _Context) -> bool:
    """Whether a plan is only to go on with the work («роботу планується продовжити»).

    The next of a series of events planned («наступне засідання заплановано
    на лютий») goes on with it too, as does more of the same in a later year
    («у 2026 році заплановано ще 2»); not the next stage of a project.
    """
    sentence = _sentence(item, ctx.text)
    if _NEXT_EVENT.search(sentence) is not None:
        return True
    if (
        _MORE_LATER.search(sentence) is not None
        or (_BESIDES.match(sentence) is not None and _TO_FINISH.search(sentence) is None)
    ) and _names_a_later_year(item, ctx):
        return True
    return _CONTINUING.search(sentence) is not None and _ROUTINE.search(sentence) is not None


_NEXT_EVENT = re.compile(
    r"наступн\w* (?:засідан|зустріч|семінар|нарад|тренінг|форум|випуск|конкурс|збор"
    r"|заплановано|запланован|планується|відбудеться)"  # «наступне заплановано на …»
    r"|next (?:meeting|session|seminar|training|forum|issue|round)"
)
# «Крім того, у 2026 році планується фестиваль»: something besides, not the rest of the work
_BESIDES = re.compile(
    r"\W*(?:крім того|окрім того|додатково|in addition|additionally)\b", re.IGNORECASE
)
_TO_FINISH = re.compile(
    r"заверш|закінч|решт|\bще \d|complet|finish|remaining", re.IGNORECASE
)  # «ще 5 буде придбано»: the rest of the count
# «заплановано ще 2»: more of the same (gone on with when a later year is named)
_MORE_LATER = re.compile(
    r"(?:заплановано|запланован\w*|планується|передбачено) (?:провести |проведення )?ще\b"
    # «у 2026 році планується продовжити навчання», «аналогічні заходи будуть проведені і в
    # наступному році»: the same work gone on with
    r"|продовж|\bаналогічн|\bподібн|\bsimilar\b|\bcontinu"
)


def _completes(item: Evidence) -> bool:
    """Whether a cue tells that work was completed («роботи завершено»)."""
    return item.kind is CueKind.ACHIEVEMENT and _COMPLETED.match(item.phrase.lower()) is not None


def _decide(
    kinds: set[CueKind],
    ctx: _Context,
    *,
    unfinished: bool = False,
    completed: bool = False,
    moved: bool = False,
) -> tuple[Status, Reason]:
    phase = ctx.phase
    running = phase in (_Phase.BEFORE, _Phase.WITHIN)
    achieved = CueKind.ACHIEVEMENT in kinds or CueKind.FINDING in kinds
    if CueKind.CANCELLATION in kinds:
        return Status.CANCELLED, _rule("rule.cancelled")
    if CueKind.PARTIAL in kinds:
        return Status.PARTIALLY_DONE, _rule("rule.partial")
    if achieved and CueKind.FAILURE in kinds:
        if not ctx.continuous and ctx.short_of_the_title() == "rule.only_prepared":
            # «Ремонтні роботи не проводилися. Підготовлено кошторисну документацію»: the
            # works were not done, and a step towards them is no part of them
            if moved or CueKind.POSTPONEMENT in kinds:  # «… роботи перенесено на 2026 рік»
                return Status.POSTPONED, _rule("rule.postponed")
            if running:
                return Status.IN_PROGRESS, _rule("rule.only_prepared", term=ctx.term)
            return Status.NOT_DONE, _rule("rule.failed_only_prepared", term=ctx.term)
        return Status.PARTIALLY_DONE, _rule("rule.mixed")
    if CueKind.POSTPONEMENT in kinds:
        if achieved:
            return Status.PARTIALLY_DONE, _rule("rule.part_postponed")
        return Status.POSTPONED, _rule("rule.postponed")
    if achieved:
        return _achieved(kinds, ctx, unfinished=unfinished, completed=completed)
    if CueKind.FAILURE in kinds:
        # a recurring or staged term answers for its occurrence due last, if one is
        if running and (not ctx.deadline.parts or ctx.deadline.due(ctx.as_of) is None):
            return Status.NOT_DUE, _rule("rule.failed_not_due", term=ctx.term, date=ctx.date)
        if moved:  # not done, and to be done in a later year: postponed
            return Status.POSTPONED, _rule("rule.failed_moved", term=ctx.term)
        return Status.NOT_DONE, _rule("rule.failed")
    if CueKind.ONGOING in kinds:
        # routine: «виконується постійно», or a duty («Забезпечувати …») or work all through a
        # year said going on at its end (not one thing to make: «Будівництво школи» with
        # «Виконується.») — not work that has yet to end («триває погодження»),
        # nor work whose end is to come in a later year («облаштовується, відкриття
        # заплановано на лютий 2026 року»), nor a draft on its way to the act the title asks
        # to adopt («Прийняття закону» with «Проєкт закону зареєстровано у Верховній Раді»)
        routine = (
            not unfinished
            and not moved
            and (
                ctx.duty
                or (ctx.throughout and not ctx.made_once)
                or _ROUTINE_WORK.search(lowered(ctx.text)) is not None
            )
            and ctx.short_of_the_title() != "rule.only_drafted"
        )
        return _ongoing(ctx, routine=routine)
    return _planned(ctx)


_CONSIDERED = re.compile(r"(?:will be |буде |будуть )?(?:розглянут|considered)", re.IGNORECASE)


def _to_be_considered(item: Evidence, text: str) -> bool:
    """Whether a cue of the future tells of a matter to be considered, not of the measure done.

    «Питання буде розглянуто при формуванні бюджету на 2026 рік», "the request
    will be considered in the 2026 budget": no term is moved to that year.
    """
    at = text.find(item.phrase, *_sentence_span(item, text))
    return at >= 0 and _CONSIDERED.match(text, at) is not None


_YEAR_NAMED = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(?!\d|\.\d)|наступн\w* (?:рік|року|році)|next year",
    re.IGNORECASE,
)


def _names_a_later_year(item: Evidence, ctx: _Context) -> bool:
    """Whether a cue's sentence names a year after the measure's term («у 2026 році»).

    A year inside a date («01.01.2026») is none: a sentence's own date is when it was said.
    """
    end = ctx.deadline.end
    return _later_year_named(item.phrase, ctx.text, end.year if end is not None else None)


@functools.lru_cache(maxsize=64)
def _later_year_named(phrase: str, text: str, after: int | None) -> bool:
    """Whether the sentence of ``text`` that holds ``phrase`` names a year after ``after``.

    Kept for the last few phrases: a text that repeats a phrase thousands of times in
    one sentence would otherwise have that sentence read once for each.
    """
    for match in _YEAR_NAMED.finditer(text, *_phrase_sentence(phrase, text)):
        if match[1] is None or (after is not None and int(match[1]) > after):
            return True
    return False


_PUBLISHED = compiled_on_use(
    # (a report, not «звітного періоду»: the period reported on)
    r"(?i)(?:інформаці\w*|матеріал\w*|звіт(?!н)\w*)(?: [\w'’-]+){0,5}?"
    r" (?:розміщено|оприлюднено|висвітлено)"
    r"|(?:розміщено|оприлюднено|висвітлено)(?: [\w'’-]+){0,2}? (?:інформаці|матеріал|звіт(?!н))"
)
_PUBLICISING = re.compile(
    r"інформ|висвітл|оприлюдн|сайт|вебсайт|веб-сайт|публікац|(?<!\w)ЗМІ(?!\w)|звіт", re.IGNORECASE
)
"""A title whose measure is to inform the public: «Висвітлення діяльності на сайті»."""
_INFORMING_WORK = re.compile(r"інформуванн|висвітленн|оприлюдненн|роз'яснювальн")
"""Informing named as the work an outcome reports: posting is then part of it."""


@functools.lru_cache(maxsize=16)
def _names_informing(text: str) -> bool:
    """Whether an outcome names informing as its work (searched once for all its cues)."""
    return _INFORMING_WORK.search(lowered(text)) is not None


def _publicity(item: Evidence, ctx: _Context) -> bool:
    """Whether a deed tells others of the work («інформацію розміщено на сайті», «звіт подано»).

    Unless the measure's title asks to inform, beside word of the work it is no part of it.
    """
    if item.kind is not CueKind.ACHIEVEMENT:
        return False
    phrase = item.phrase.lower()
    if (
        not phrase.startswith(_TELLING_STEMS)
        or _PUBLICISING.search(ctx.title)
        or _names_informing(ctx.text)  # «здійснюється інформування населення»
    ):
        return False
    return _tells_of_it(_sentence(item, ctx.text), phrase.startswith(_SENDING))


@functools.lru_cache(maxsize=16)
def _tells_of_it(sentence: str, sending: bool) -> bool:
    """Whether a sentence tells of a report sent on (``sending``) or of information posted.

    Kept for the last few sentences: a long one of many such deeds is searched once.
    """
    told = _REPORT_SENT() if sending else _PUBLISHED()
    return told.search(sentence) is not None


_SENDING = ("подан", "направлен", "надіслан", "надан")
_TELLING_STEMS = (*TELLING, *_SENDING)
_REPORT_SENT = compiled_on_use(
    # «Звіт про виконання подано до ОДА», «Інформацію … направлено»: the report sent on
    r"(?i)(?:звіт(?!н)\w*|інформаці\w*)(?: [\w'’-]+){0,5}? (?:подано|направлено|надіслано|надано)"
    r"|(?:подано|направлено|надіслано|надано)(?: [\w'’-]+){0,2}? (?:звіт(?!н)|інформаці)"
)


def _before_the_term(item: Evidence, ctx: _Context) -> bool:
    """Whether a deed's sentence names only years before the measure's term («у 2023 році»).

    An act's date is no deed's: «Відповідно до наказу від 5 грудня 2019 року проведено …».
    A failure's clause, beside a deed of the term: «У 2024 році захід не виконувався, у
    2025 році проведено 3 семінари», «Минулого року семінари не проводились; …».
    """
    start = ctx.deadline.start
    failed = item.kind is CueKind.FAILURE and item.negated
    if start is None or not (failed or item.kind is CueKind.ACHIEVEMENT):
        return False
    text = ctx.text
    # the sentence's years first: most name none, or only years of one side of the term,
    # and need no clause read
    some, every = _years_before(text, *_sentence_span(item, text), start.year)
    if failed and not some and not _names_last_year(text):
        return False
    if not failed and (every or not some):
        return every
    return _named_before(item.phrase, text, start.year, failed=failed)


@functools.lru_cache(maxsize=16)
def _years_before(text: str, start: int, end: int, year: int) -> tuple[bool, bool]:
    """Whether some, and whether all (one at least), of the years a span names precede ``year``.

    The years of :func:`_years_named`. Kept for the last few spans: a long sentence of
    thousands of cues is read once, not once each.
    """
    years = _years_named(text, start, end)
    before = [named is not None and int(named) < year for named in years]
    return any(before), bool(before) and all(before)


@functools.lru_cache(maxsize=16)
def _names_last_year(text: str) -> bool:
    """Whether ``text`` may name last year without its number (:data:`_LAST_YEAR`).

    Kept for the last few texts: a report of thousands of failures is scanned once.
    """
    return any(stem in text for stem in ("инулого", "орік", "опередньому", "ast year"))


@functools.lru_cache(maxsize=64)
def _named_before(phrase: str, text: str, year: int, *, failed: bool) -> bool:
    """Whether the clause of ``text`` that first holds ``phrase`` names only years before ``year``.

    Or, for a failure, last year named without its number. Kept for the last few phrases: a
    text that repeats a cue thousands of times is not searched again for each.
    """
    at = text.find(phrase)
    if at < 0:
        return False
    begins = _clause_start(text, at)
    mark = _CLAUSE_END.search(text, at)
    ends = mark.start() if mark is not None else len(text)
    if failed and _LAST_YEAR().search(text, begins, ends) is not None:
        return True
    # «Семінари у 2025 році не проводились, у 2024 році проведено 2»: the clause's years
    return _years_before(text, begins, ends, year)[1]


_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
"""A mark a clause of an outcome ends at (:data:`_CLAUSE_MARKS`), sought once."""


_LAST_YEAR = compiled_on_use(r"(?i)минулого року|торік|у попередньому році|last year")
"""The year before, named without its number: «Минулого року семінари не проводились»."""


@functools.lru_cache(maxsize=16)
def _years_named(text: str, start: int, end: int) -> tuple[str | None, ...]:
    """The years a sentence of ``text`` names, not as an act's date («від 5 грудня 2019 року»).

    Kept for the last few sentences: a long one of many deeds is read once, not once each.
    """
    return tuple(
        m[1]
        for m in _YEAR_NAMED.finditer(text, start, end)
        if _CITED.search(text, max(0, m.start() - 30), m.start()) is None
    )


_CITED = re.compile(r"від\s+(?:\d{1,2}\s+\w+\s+)?$", re.IGNORECASE)
"""What dates an act cited, not a deed: «наказом від 05 грудня 2019 року»."""


def _achieved(
    kinds: set[CueKind], ctx: _Context, *, unfinished: bool, completed: bool
) -> tuple[Status, Reason]:
    running = ctx.phase in (_Phase.BEFORE, _Phase.WITHIN)
    if CueKind.FUTURE in kinds:
        if running:
            return Status.IN_PROGRESS, _rule("rule.achieved_more_planned", term=ctx.term)
        return Status.PARTIALLY_DONE, _rule("rule.achieved_rest_planned", term=ctx.term)
    if running and ctx.continuous:
        return Status.IN_PROGRESS, _rule("rule.continuous", term=ctx.term)
    if running and ctx.years_long and not completed:  # a year's work of a programme's term
        return Status.IN_PROGRESS, _rule("rule.achieved_years", term=ctx.term)
    if running and ctx.staged and not completed:  # its first stages, the last still to come
        return Status.IN_PROGRESS, _rule("rule.achieved_stages", term=ctx.term)
    if running and not completed and ctx.throughout:  # «протягом року»: done so far, goes on
        return Status.IN_PROGRESS, _rule("rule.achieved_throughout", term=ctx.term)
    if running and not completed and ctx.duty:  # «Проводити …»: done so far, goes on
        return Status.IN_PROGRESS, _rule("rule.achieved_duty", term=ctx.term)
    if running and CueKind.ONGOING in kinds:
        return Status.IN_PROGRESS, _rule("rule.achieved_ongoing", term=ctx.term)
    # «Затвердити положення» with its draft only; «Провести ремонт» with a contract signed
    if not ctx.continuous and (short := ctx.short_of_the_title()) is not None:
        status = Status.IN_PROGRESS if running else Status.PARTIALLY_DONE
        return status, _rule(short, term=ctx.term)
    if ctx.phase is _Phase.PASSED and not ctx.continuous and unfinished:
        return Status.PARTIALLY_DONE, _rule("rule.achieved_unfinished", term=ctx.term)
    return Status.DONE, _rule("rule.achieved")


_TERMS_OF_PARTS = frozenset(
    {DeadlineKind.RECURRING, DeadlineKind.CONTINUOUS, DeadlineKind.STAGES, DeadlineKind.YEARS}
)
"""Terms whose periods each have work of their own: a period's report answers for its part."""
_PERIOD_PART = re.compile(r"\n\n(?=[^\n:]{1,30}: )")
"""Where a report's next period's part may begin: a paragraph after a short label."""


def _by_period(text: str) -> list[str] | None:
    """The parts of a report written period by period, earliest first, if it is one.

    «І квартал: Розроблено кошторис↵↵ІІ квартал: Ремонт виконано», as a report with
    a column per quarter reads (:func:`civplan.importers.understanding`): each part
    after its period's label; a paragraph with no label belongs to the part before.
    """
    if "\n\n" not in text or ": " not in text:
        return _by_period_inline(text)
    parts: list[str] = []
    for piece in _PERIOD_PART.split(text):
        label, colon, told = piece.partition(": ")
        if colon and (
            Deadline.parse(label, year=2000).kind in CALENDAR_PERIODS
            or REPORT_DAY.fullmatch(label) is not None
        ):
            parts.append(told)
        elif parts:
            parts[-1] += "\n\n" + piece
        else:
            return None
    return parts if len(parts) > 1 else None


_INLINE_PERIOD = compiled_on_use(
    r"(?i)(?:^|(?<=[.;])\s+|\n)(?P<label>(?:(?:у|в) )?(?:[IІ]{1,3}|IV|ІV|[1-4]|перш\w*|друг\w*"
    r"|трет\w*|четверт\w*)(?:-?(?:й|ий|му|ому))? (?:квартал|півріччя|півріччі)\w*"
    r"(?: \d{4} (?:року|р\.?))?)(?:\s*(?::|[–—-]|,))?\s+"
)
"""A period's label that begins a sentence or a clause of a report: «ІІ квартал: …», «У І
півріччі …»."""


def _by_period_inline(text: str) -> list[str] | None:
    """The parts of a report whose sentences each begin with a period, earliest first.

    «І півріччя: не проводилось. ІІ півріччя: проведено 2 семінари», «У І півріччі …; у ІІ
    півріччі …». ``None`` unless it begins with a period and names them in their order.
    """
    if "вріч" not in text and "вартал" not in text:
        return None
    labels = list(_INLINE_PERIOD().finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    ends = [Deadline.parse(label["label"], year=2000).end or date.min for label in labels]
    if date.min in ends or ends != sorted(set(ends)):
        return None  # a label not of a period, or periods out of their order
    return [
        text[label.end() : following.start() if following else len(text)]
        for label, following in zip(labels, [*labels[1:], None], strict=True)
    ]


def _latest_by_period(
    parts: list[str], lexicon: Sequence[Cue], title: str
) -> tuple[Evidence, ...] | None:
    """The cues of a report period by period, an earlier period's state superseded.

    For a measure of one term, a later period's report of the work done («ІV квартал:
    Сайт оновлено») supersedes what an earlier one said was not done yet, or in part
    («ІІ квартал: Не виконано»); the deeds told before still count. ``None`` when no
    later period tells of a deed, or none before it told otherwise: the report is read whole.
    """
    read = [read_outcome(part, lexicon, title=title) for part in parts]
    last_done = max(
        (at for at, cues in enumerate(read) if any(_affirmed_deed(cue) for cue in cues)),
        default=0,
    )
    if last_done == 0:
        return None
    kept = tuple(
        cue
        for at, cues in enumerate(read)
        for cue in cues
        if at >= last_done or cue.kind in (CueKind.ACHIEVEMENT, CueKind.FINDING)
    )
    return kept if len(kept) < sum(map(len, read)) else None


def _affirmed_deed(cue: Evidence) -> bool:
    return cue.kind is CueKind.ACHIEVEMENT and not cue.negated


_THROUGHOUT = ("протягом", "упродовж", "впродовж", "на протязі")
"""How a term of a year written as work all through it begins: «протягом року»."""
_GENERIC_VERBS = frozenset({"забезпечити", "здійснити", "організувати", "посилити", "продовжити"})
"""Perfective verbs a plan begins routine work with: «Забезпечити проведення рейдів»."""
_MADE_ONCE = (
    "будівництв", "реконструкц", "капітальн", "розроблен", "розробк", "затвердженн",
    "прийняття", "створенн", "придбанн", "закупівл", "облаштуванн", "модернізац",
    "термомодернізац", "виготовленн", "construction", "reconstruction", "development",
    "adoption", "establishment", "purchase", "procurement",
)  # fmt: skip
"""The nouns a title names one thing to make or get with, not work all through a year:
«Будівництво укриття», «Розроблення програми», «Придбання автобуса»."""

_ACT_NOUNS = (
    r"(?:рішенн|закон|постанов|наказ|розпорядженн|програм|положенн|порядк|стратегі|план"
    r"|регламент|статут|концепці|змін|правил|інструкці|методик|кодекс|указ)"
)
_ADOPTING = compiled_on_use(
    # «Затвердити програму», «Розробити та затвердити …», «Забезпечити прийняття рішення»,
    # not «подати на затвердження» (the deed is to submit)
    r"(?<!на )(?<!для )\b(?:затвердити|затвердження|ухвалити|ухвалення|схвалити|схвалення"
    r"|(?:внести|внесення) змін"  # «Внести зміни до Положення»: the changes made, not drafted
    rf"|(?:прийняти|прийняття|видати|видання)(?: \w+){{0,2}} {_ACT_NOUNS}"
    r"|(?:^|\band )(?:approve|approval|adopt|adoption|enact|enactment|endorse|endorsement)\b)"
)
_INITIATING = compiled_on_use(
    r"\W*(?:ініцію|сприя|(?:підготу|внес|внест|надат|направ)\w*(?: \w+)? пропозиці"
    r"|initiat|propos|advocat)"
)
"""A title that asks to bring an act about, not to adopt it: «Ініціювати внесення змін до
законодавства», «Підготувати пропозиції щодо затвердження …»."""


_FORMS_A_BODY = compiled_on_use(
    r"\W*(?:утворити|утворення|створити|створення|сформувати|формування)"
    # (its adjectives between, not a place: «Створити умови в закладах освіти»)
    r"(?: (?!(?:у|в|для|на|при|з|із|умов\w*)\b)[\w'’-]+){0,3}"
    r" (?:рад[аиу]|комісі[юяї]|груп[аиу]|орган|агенці[юяї]|штаб"
    r"|підприємств[оа]|установ[аиу]|заклад\b|служб[аиу])"
)
"""A title that forms a body, which an act does: «Утворити робочу групу», «Створення ради»,
«Створити комунальне підприємство»."""
_FORMED = compiled_on_use(r"(?<!не )(?:утворен|створен|сформован)(?!ня)")
"""A body formed («Робочу групу утворено»), not its draft's «про утворення»."""


def _asks_to_adopt(title: str) -> bool:
    """Whether a title (in lower case) asks for an act adopted, not only brought about.

    An act's name, in quotes or after «про», is no part of the ask: «Розробити проєкт
    закону «Про внесення змін до …»» and «Розробити проєкт закону про внесення змін до
    …» ask for a draft.
    """
    asked = _QUOTE_OPENS.split(title, maxsplit=1)[0] or title
    if (named := _ACT_NAMED().search(asked)) is not None:
        asked = asked[: named.start(1)]  # «проєкту закону про внесення змін до …»: its name
    return _ADOPTING().search(asked) is not None and _INITIATING().match(title) is None


_ACT_NAMED = compiled_on_use(rf"\b{_ACT_NOUNS}\w*(?: [^\s«\"]+){{0,4}}?( (?:про|щодо)\b)")
"""Where an act's name begins after its noun, not in quotes: «закону про внесення змін до
Бюджетного кодексу» names a law, «внесення змін» no deed the title asks."""


_DRAFT = compiled_on_use(rf"про[єе]кт\w* {_ACT_NOUNS}|законопро[єе]кт|draft\b")
"""A draft of an act («проєкт рішення», «законопроєкт»), not a project («проєкт «Школа»»)."""
_DRAFT_APPROVED = compiled_on_use(
    rf"(?:про[єе]кт\w* {_ACT_NOUNS}|законопро[єе]кт\w*|draft\b)[^.;]{{0,80}}?"
    r"(?:\bсхвален\w*|\bпогоджен\w*|\bapproved\b|\bendorsed\b|\bcleared\b)"
)
"""A draft approved on its way to the act («Проєкт закону схвалено КМУ», "the draft was
approved by the ministry"): a step, the act not yet adopted."""
_ADOPTED = compiled_on_use(
    r"затвердж|ухвал|схвал|прийнят|прийня(?:ла|ло|ли|в)\b|видан|підписан|набра\w* чинн"
    r"|зареєстрован\w* (?:в|у) (?:міністерств\w* юстиції|мін.юст)|adopted|approved|enacted"
    r"|signed|entered into force"
)
"""What tells of the act's fate — adopted, or refused («не затверджено»), which other cues
weigh: either way the draft is no longer all the report tells."""

_WORKS = compiled_on_use(
    r"ремонт|реконструкц|реконструю|будівництв|побудува|збудува|будува|облаштува|облаштуван"
    r"|модернізац|модернізува|утеплен|утеплит|термомодерніз|благоустр|реставрац|реставрува"
    r"|repair|renovat|construct|build|rehabilitat|refurbish|restor"
)
"""Works a measure asks for («Провести капітальний ремонт», «Будівництво укриття»,
«Реставрація пам'ятника»)."""
_WORK_STEMS = (
    "емонт", "констр", "удів", "удува", "блашт", "одерн", "тепл", "лагоустр", "еставр"
)  # fmt: skip
"""Parts of :data:`_WORKS`' stems without their first letter, in either case: a quick scan."""
_WORK_STEMS_EN = ("epair", "enovat", "onstruct", "uild", "ehabilit", "efurbish", "estor")


def _names_a_draft(text: str) -> bool:
    """Whether a text may name a draft («проєкт», "draft"): one quick scan, as a rule.

    Substring scans cost a tenth of a regular expression's search of a
    Cyrillic text; «кт» is in «проєкт» and few other words.
    """
    if text.isascii():
        return "raft" in text
    return "кт" in text and ("роєкт" in text or "роект" in text)


def _asks_for_works(title: str) -> bool:
    """Whether a title may ask for works: a scan for :data:`_WORKS`' stems, a loop for speed."""
    for stem in _WORK_STEMS_EN if title.isascii() else _WORK_STEMS:  # noqa: SIM110 - any() costs a generator
        if stem in title:
            return True
    return False


_STEPS = compiled_on_use(
    r"про[єе]ктно-кошторисн|пкд\b|кошторисн\w* документ|договір|договору|угод[уаи]\b"
    r"|науково-про[єе]ктн"  # «науково-проєктну документацію» of a restoration
    r"|тендер|закуп|торг[иі]|експертиз|технічн\w* завданн|дефектн\w* акт"
    # surveys before a design: «геодезичні вишукування», «технічне обстеження будівлі»
    r"|вишукуван|технічн\w* обстеженн|техніко-економічн\w* обґрунтуван"
    # the money set aside for the works: «передбачено кошти у сумі …», «кошти виділено»
    r"|(?:передбач|виділ|заклас|закладен)\w*(?: \w+){0,2} кошт|кошт\w*(?: \w+){0,3} "
    r"(?:передбач|виділ|закладен)"
    r"|design (?:and cost )?(?:estimate|documentation)|contract|tender|procurement"
)
"""Steps towards works: surveys, design and estimates, a purchase, a contract, an expert review,
the money set aside for them."""
_DOCUMENT_ASKED = compiled_on_use(
    r"(?<![\w'])(?:розробити|розроблення|розробка|підготувати|підготовка|затвердити"
    r"|затвердження|ухвалити|ухвалення|прийняти|прийняття)(?: [\w'-]+){0,3} "
    r"(?:програм|положенн|стратегі|план|порядк|концепці|регламент|статут|правил|методик"
    r"|паспорт|схем)"
)
"""A title asking for a document written or adopted: «Розробити програму розвитку туризму»."""
_DOCUMENT_STEPS = compiled_on_use(
    r"(?:створено|утворено|сформовано)(?: [\w'-]+){0,2} робоч\w* груп"
    r"|робоч\w* груп\w*(?: [\w'-]+){0,3} (?:створено|утворено|сформовано)"
    r"|(?:зібрано|узагальнено|опрацьовано) (?:[\w'-]+ ){0,2}пропозиці"
    r"|пропозиці\w*(?: [\w'-]+){0,3} (?:зібрано|узагальнено)"
    r"|(?:зібрано|проаналізовано) (?:[\w'-]+ ){0,2}(?:вихідн|статистичн)\w* дан"
    r"|визначено розробника"
)
"""Steps towards a document: a working group set up, proposals or data gathered."""
_DOCUMENT_MADE = compiled_on_use(
    r"розроблен|розробле|підготовлен|затвердж|ухвал|схвал|прийнят|про[єе]кт|draft|написан"
)
"""The document itself told of: drafted, written, adopted."""
_A_STEP_ASKED = compiled_on_use(r"робоч\w* груп|пропозиці|вихідн\w* дан|розробник")


def _arranging_only(text: str, title: str) -> bool:
    """Whether an outcome tells only of steps towards the event its title asks to hold.

    «Провести конкурс» with «Підготовлено положення про конкурс», «Оголошено конкурс,
    триває прийом заявок»: the contest is yet to be held.
    """
    folded = lowered(text)
    return (
        _EVENT_ASKED().match(title.lower()) is not None
        and _EVENT_STEPS().search(folded) is not None
        and _EVENT_HELD().search(folded) is None
    )


_EVENTS = (
    r"(?:конкурс|фестивал|форум|ярмар|свят|виставк|концерт|змагання|турнір|спартакіад"
    r"|олімпіад|акці|конференці|марафон)"
)
_EVENT_ASKED = compiled_on_use(
    r"\W*(?:провести|проведення|організувати|організація|організаці\w*"
    rf"|забезпечити проведення)(?: \w+){{0,3}}? {_EVENTS}"
)
"""A title that asks to hold an event: «Провести конкурс», «Організація фестивалю»."""
_EVENT_STEPS = compiled_on_use(
    r"(?:положенн|порядок|порядку|умов|кошторис|наказ|розпорядженн|рішенн|план)\w*"
    rf"(?: \w+){{0,3}}? (?:про|щодо|з) (?:\w+ ){{0,2}}{_EVENTS}"
    rf"|\bоголошено (?:\w+ ){{0,2}}{_EVENTS}|{_EVENTS}\w*(?: \S+){{0,2}} оголошено"
    r"|прийом\w* заявок|прийма\w* заявк|триває реєстраці"
    r"|підготовк\w* до (?:проведенн|організаці)"
)
"""Steps towards an event: its rules adopted («положення про конкурс»), its announcement,
applications taken, the preparations for it."""
_EVENT_HELD = compiled_on_use(
    r"(?<!не )(?:проведен[оі]|провели|відбу(?:в|л)|пройш|пройшл|організован[оі]\b|тривал"
    r"|взял\w* участь|взяло участь|участь(?: \w+){0,3} взял|учасник\w* (?:стали|було)"
    r"|нагороджен|переможц|підбито підсумк"
    r"|підсумки|визначено кращ)"
)
"""What tells an event was held: «проведено», «відбувся», «взяли участь», «переможцями»."""


def _preparing_only(text: str, title: str) -> bool:
    """Whether an outcome tells only of steps towards the document its title asks for.

    «Розробити програму розвитку туризму» with «Створено робочу групу, зібрано
    пропозиції»: the programme is yet to be written.
    """
    folded, asked = lowered(text), title.lower()
    return (
        _DOCUMENT_STEPS().search(folded) is not None
        and _DOCUMENT_MADE().search(folded) is None
        and _DOCUMENT_ASKED().search(asked) is not None
        # (not «Створити робочу групу з розроблення стратегії»: the step is the measure)
        and _A_STEP_ASKED().search(asked) is None
    )


_WITHIN_FUNDS = compiled_on_use(
    r"\b(?:в|у) межах(?: \w+){0,2} (?:кошт|фінансуван|асигнуван|кошторисн|призначен)\w*"
    r"|(?:\bвідповідно до|\bзгідно з|\bзгідно із|\bза) (?:укладен\w* )?(?:договор|угод)\w*"
    r"|\((?:договір|угода)\b[^()]*\)"
)
"""What a deed was done within: «в межах виділених коштів», «у межах кошторисних призначень»,
«відповідно до укладеного договору», «(договір № 12 від 15.05.2025)»."""
_WORKS_DONE = compiled_on_use(
    r"(?<!не )(?:відремонтова|збудова|побудова|реконструйова|облаштова|утеплен[оі]|модернізова"
    r"|замінен|[ву]становлен[оі]|змонтова|введен\w* в експлуатац|заверше|закінче|освоєн"
    r"|профінансова|оплачен|(?:викона|проведе)\w*(?: \w+){0,3} (?:робіт|роботи|ремонт))"
    r"|(?:робот|ремонт|реставраці)\w*(?: (?!не\b)\w+){0,3} (?:виконан|проведен|здійснен)"
    r"|відреставрова"
    # the contract for them fulfilled: «Договір підряду виконано в повному обсязі»
    r"|(?:договір|договору|угод\w*|контракт\w*)(?: (?!не\b)\w+){0,3} виконан"
    r"|(?<!not )(?:repaired|renovated|constructed|built|completed|finished|carried out)"
)
"""What tells the works themselves were done (or paid for, which they are when done, or
their contract fulfilled); not their negation («ремонт не виконано», «роботи не завершено»)."""

_ROUTINE_WORK = re.compile(
    # (not «на постійному контролі»: the matter watched, no word of the work)
    r"постійн(?!\w* контрол)|регулярн|систематичн|щомісяц|щомісяч|щотижн|щоденн|щодня|щокварт"
    r"|щорічн|щороку"
    # a day of each week: «ярмарки проводяться щосуботи», «… по суботах»
    r"|що(?:понеділка|вівторка|середи|четверга|п.ятниці|суботи|неділі)"
    r"|по (?:понеділках|вівторках|середах|четвергах|п.ятницях|суботах|неділях)"
    r"|поточн\w* (?:діяльн|робот)|робоч\w* порядк"
    r"|межах (?:своїх |наданих )?(?:повноважень|компетенці)"
    r"|межах (?:бюджетних |кошторисних |передбачених |наявних )?(?:призначень|асигнувань|коштів"
    r"|фінансування)"
    r"|відповідно до (?:затвердженого |встановленого )?графік|[уі]?становленому порядку"
    # done as asked: «у міру надходження звернень», «за потреби», «у разі звернення»
    r"|(?:у|в) міру (?:надходж|звернен|потреб|виникненн)|(?:за|при) потреби?\b"
    r"|(?:у|в) разі (?:потреби|звернен|надходж|виникненн)"
    r"|виконання забезпечується|фінансу(?:ється|ються|ван)"
    # a register or records kept: «ведеться реєстр», «облік ведеться», «на обліку перебуває»
    r"|вед(?:еться|уться) (?:\w+ )?(?:облік|реєстр|баз[аи]|журнал|перелік|картотек)"
    r"|на обліку (?:\w+ )?перебува|перебува\w* на обліку"
    r"|(?:облік|реєстр)\w*(?: [\w'’]+){0,3} вед(?:еться|уться)"
    # a service people have day by day: «підвезення учнів здійснюється 6 автобусами»
    r"|(?:підвезен|підвіз|перевезен|харчуван|вивезен|прибиран|утриман|освітлен|опален"
    r"|водопостачан)\w*(?: [\w'’]+){0,5} (?:здійсню[єю]т|забезпечу[єю]т|провод[ия]т|нада[єю]т)ься"
    r"|послуг\w*(?: [\w'’]+){0,5} (?:отриму(?:є|ють)|нада[єю]ться)"  # «послуги отримують 86 осіб»
    r"|(?:отриму(?:є|ють)|нада[єю]ться)(?: [\w'’]+){0,5} послуг"  # «надається 164 послуги»
    r"|regularly|continuously|systematically|routinely|permanently|on a regular basis"
)
"""Words of work done as a routine («виконується постійно», «здійснюється щомісяця»), sought in
the text in lower case (a search that ignores case cost four times as much)."""


def _ongoing(ctx: _Context, *, routine: bool = False) -> tuple[Status, Reason]:
    """Work going on: in progress within the term; after it, done if routine, else partly."""
    if ctx.phase is not _Phase.PASSED:
        return Status.IN_PROGRESS, _rule("rule.ongoing")
    if ctx.continuous:
        return Status.DONE, _rule("rule.ongoing_continuous", term=ctx.term)
    if routine:  # «Виконується постійно»: the measure was carried on as a routine
        return Status.DONE, _rule("rule.ongoing_routine", term=ctx.term)
    return Status.PARTIALLY_DONE, _rule("rule.ongoing_late", term=ctx.term)


def _planned(ctx: _Context) -> tuple[Status, Reason]:
    phase = ctx.phase
    if phase is _Phase.PASSED:
        return Status.POSTPONED, _rule("rule.planned_late", term=ctx.term)
    status = Status.IN_PROGRESS if phase is _Phase.WITHIN else Status.NOT_DUE
    return status, _rule("rule.planned", term=ctx.term)


def _dated_status(ctx: _Context) -> Status:
    """The status the dates alone give a measure civplan cannot read the report of."""
    phase = ctx.phase
    if phase is _Phase.WITHIN or ctx.never_overdue:
        return Status.IN_PROGRESS
    if phase is _Phase.PASSED or (
        phase is _Phase.UNDATED and ctx.period_end is not None and ctx.as_of >= ctx.period_end
    ):
        return Status.OVERDUE
    return Status.NOT_DUE


def _by_dates(code: str, ctx: _Context) -> tuple[Status, list[Reason], Confidence]:
    """A report civplan cannot tell the status from: the dates decide, a person checks."""
    status = _dated_status(ctx)
    reason = _rule(
        code, warning=True, term=ctx.term, status=(status.label("uk"), status.label("en"))
    )
    return status, [reason], Confidence.NONE


def _not_started(stated: str, ctx: _Context) -> _Decision:
    passed = ctx.phase is _Phase.PASSED and not ctx.never_overdue
    status = Status.NOT_DONE if passed else Status.NOT_DUE
    key = "stated.not_started_late" if passed else "stated.not_started"
    words = " ".join(stated.split())
    return status, [_rule("stated.not_started", key=key, words=words, term=ctx.term)]


def _from_time(ctx: _Context) -> tuple[Status, list[Reason], Confidence]:
    phase = ctx.phase
    clear = Confidence.CLEAR
    if phase is _Phase.UNDATED:
        if ctx.deadline.kind is not DeadlineKind.UNKNOWN:
            return Status.NOT_DUE, [_rule("time.unfixed", term=ctx.term)], clear
        if ctx.period_end is not None and ctx.as_of >= ctx.period_end:
            period = format_date(ctx.period_end, "uk"), format_date(ctx.period_end, "en")
            reason = _rule("time.unknown_period", warning=True, term=ctx.term, end=period)
            return Status.OVERDUE, [reason], Confidence.WEAK
        return Status.NOT_DUE, [_rule("time.unknown", warning=True, term=ctx.term)], Confidence.NONE
    due = ctx.deadline.due(ctx.as_of)
    if ctx.deadline.parts and due is not None and not ctx.never_overdue:
        day = format_date(due.end, "uk"), format_date(due.end, "en")  # type: ignore[arg-type]
        reason = _rule("time.overdue_occurrence", term=ctx.term, due=day, date=ctx.date)
        return Status.OVERDUE, [reason], clear
    if phase is _Phase.BEFORE:
        return Status.NOT_DUE, [_rule("time.not_due", term=ctx.term, date=ctx.date)], clear
    if phase is _Phase.WITHIN:
        return Status.IN_PROGRESS, [_rule("time.within", term=ctx.term, date=ctx.date)], clear
    if ctx.never_overdue:
        return Status.IN_PROGRESS, [_rule("time.continuous", term=ctx.term)], clear
    return Status.OVERDUE, [_rule("time.overdue", term=ctx.term, date=ctx.date)], clear
