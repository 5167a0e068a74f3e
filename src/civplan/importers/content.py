"""Recognising what a column holds by its cells, where its caption is unknown or missing.

A column whose cells read as deadlines is the deadline; one of numbers like
«1.2» the number; one naming departments, councils and officials the
responsible executors; one of status words the stated status; one of
amounts («1 250,0», «—», «в межах кошторисних призначень») funding; long
prose in the past tense («Проведено …») the reported outcome; long prose
naming what is to be done («Проведення …», «Забезпечити …») the measure's
title. Each measure gives a share of the cells that read so, which decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

import attrs

from civplan.model.deadline import Deadline
from civplan.model.numbering import MEASURE_NUMBER
from civplan.model.stated import read_stated

YEAR_ALONE = re.compile(r"(?:19|20)\d\d(?: ?р(?:ік|\.)?)?")
"""A cell that is a year alone («2025», «2025 р.»): a caption of a column of figures by year."""
_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year in a cell («2025»), a caption of a column of figures, not a measure's number."""
_OWN_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,4})+[.)]?\s+[^\W\d]")
"""A text that begins with a measure's number of two levels or more: «2.1.3.1 Розроблення …»."""
_EXECUTOR = re.compile(
    r"управлінн|відділ|департамент|сектор|служб|рад[аиі]\b|комітет|адміністрац|міністерств|агентств"
    r"|інспекці|установ|заклад|центр|орган|голов[аи]\b|заступник|секретар|начальник|директор"
    r"|за згодою|ода\b|рда\b|оду\b|цнап|виконком|апарат|поліці|прокуратур|фонд\b|комунальн"
    r"|старост|депутат|підприємств|спеціаліст|завідувач|керівник|ліце[йюї]|гімназі|школ[аиуі]\b"
    r"|\b(?:кп|дп|кнп|тов|осбб|пат|прат)\b"  # «КП «Теплосервіс»», «ТОВ «Будсервіс»»
    r"|бібліотек|музе[йюї]|будин\w* культури|клуб\b|амбулатор|лікарн|поліклінік"
    r"|ministry|agency|department|office|council|committee|service|ngos?\b|secretariat"
    r"|inspectorate|commission\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:\w{3,}(?:ено|єно|ано|яно|ито|уто|ято)|\w{3,}(?:ла|ло|ли|вся|лась|лося|лися)"
    r"|(?:проведен|здійснен|забезпечен)(?!н)\w*|відбул\w*|не (?:проводил|здійснюва|виконува)\w*)\b"
    r"|\b(?:was|were|has been|have been|held|conducted|adopted|approved|implemented)\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"^(?>\d[\d.]*\s*)?(?:\w+(?:ння|ття|ення|ання|ція|зія|ка)\b|\w+(?:ти|тися)\b"
    r"|(?:ensure|develop|conduct|organi[sz]e|provide|prepare|create|hold)\b)",
    re.IGNORECASE,
)
# not «0611142», a code of the budget's classification: an amount starts with no «0» but «0,5»
_AMOUNT = re.compile(
    r"^(?!0\d)(?:[−-]?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:[.,]\d+)?|[−-]?\d+(?:[.,]\d+)?)$"
)
_AMOUNT_WORDS = re.compile(
    r"^(?:[-–—]+|x|х|в межах\b.*|у межах\b.*|не потребує\b.*|без фінансування|не передбачено"
    r"|за рахунок\b.*|кошти\b.*|—?\s*)$",
    re.IGNORECASE,
)
_LONGEST_AMOUNT = 40
"""The longest cell read as an amount: «1 234 567 890,123 тис. грн» and some spaces."""
_UNIT = re.compile(r"\s*(?:тис\.?|млн\.?)?\s*(?:грн\.?|гривень)?\s*$", re.IGNORECASE)


def names_executor(text: str) -> bool:
    """Whether a text names an executor («Відділ культури», «управління освіти»)."""
    return len(text) <= 400 and _EXECUTOR.search(text) is not None


def amount(text: str) -> Decimal | None:
    """The amount a funding cell states: «1 250,0» → 1250.0; ``None`` when it states none."""
    stripped = text.strip()
    if len(stripped) > _LONGEST_AMOUNT:
        return None  # (and no unit sought through a page of spaces: that took minutes)
    core = _UNIT.sub("", stripped).replace("−", "-")
    if not core or not _AMOUNT.match(core):
        return None
    try:
        return Decimal(re.sub(r"[\s\u00a0\u202f]", "", core).replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return None


_NONE_MARK = re.compile(r"^(?:[-–—−]+|x|х|/)$", re.IGNORECASE)


def says_none(text: str) -> bool:
    """Whether a cell holds only a mark for «none»: a dash, «х» (not applicable), a slash."""
    return bool(_NONE_MARK.match(text.strip()))


def is_funding_text(text: str) -> bool:
    """Whether a cell reads as funding: an amount, a dash, «в межах кошторисних призначень»."""
    stripped = text.strip()
    return amount(stripped) is not None or bool(_AMOUNT_WORDS.match(stripped))


@attrs.frozen
class Reading:
    """How a column's cells read: the share of its non-empty cells of each kind.

    Attributes:
        filled: how many cells are not empty.
        length: their mean length in characters.
        number: the share that are measure numbers («1.2», «3)»).
        deadline: the share that read as deadlines.
        status: the share that are status words («Виконано»).
        funding: the share that are amounts or funding words.
        executor: the share that name executors.
        past: the share of prose (25+ characters) in the past tense.
        task: the share of prose naming what is to be done.
        numbered: the share that begin with a number of two levels or more («2.1.3 Ремонт»).
        worded: the share that hold a letter (not figures alone: «5», «1 250,0»).
        level: the share that are a level of priority («Високий», «середній», "low").
    """

    filled: int
    length: float
    number: float
    deadline: float
    status: float
    funding: float
    executor: float
    past: float
    task: float
    numbered: float
    worded: float
    level: float


def read_column(cells: Sequence[str], year: int) -> Reading:
    """How a column's cells (a sample of its body) read."""
    texts = [c.strip() for c in cells if c.strip()]
    if not texts:
        return Reading(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    count = len(texts)

    def share(test: Callable[[str], bool]) -> float:
        return sum(1 for t in texts if test(t)) / count

    return Reading(
        filled=count,
        length=sum(len(t) for t in texts) / count,
        number=share(
            lambda t: (
                len(t) <= 16
                and MEASURE_NUMBER.fullmatch(t) is not None
                and _YEAR.fullmatch(t) is None
            )
        ),
        deadline=share(lambda t: len(t) <= 120 and Deadline.parse(t, year=year).understood),
        status=share(lambda t: read_stated(t) is not None),
        funding=share(is_funding_text),
        executor=share(names_executor),
        past=share(lambda t: len(t) >= 25 and _PAST.search(t) is not None),
        task=share(lambda t: len(t) >= 15 and _TASK.match(t) is not None),
        numbered=share(lambda t: _OWN_NUMBER.match(t) is not None),
        worded=share(lambda t: any(c.isalpha() for c in t)),
        level=share(lambda t: _LEVEL.fullmatch(t) is not None),
    )


_LEVEL = re.compile(
    r"(?:дуже )?(?:висок\w*|середн\w*|низьк\w*|критичн\w*)|(?:very )?(?:high|medium|low)",
    re.IGNORECASE,
)
"""A level of priority, as a column of them writes it: «Високий», «Середній», "High"."""
