"""What a plan's title lines and preamble say of it: years, territory, issuer, approval, period.

Plans are annexes to decisions: above the title stands a preamble
(«ЗАТВЕРДЖЕНО / рішенням виконавчого комітету / від 14 лютого 2024 року № 37»,
«Додаток 2 до розпорядження …»), then the title, often with the plan's years
(«на 2024–2026 роки»), its territory and, for a report, its reporting period
(«за І півріччя 2025 року», «станом на 01.07.2025»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from civplan.importers.document import is_page_chrome
from civplan.model.deadline import Deadline, DeadlineKind
from civplan.model.months import MONTH_OF_FORM, alternation, last_day
from civplan.model.plan import Approval

_PREAMBLE = re.compile(
    r"^(?:затверджено|затверджений|затверджена|погоджено|схвалено|додаток|до рішення"
    r"|до розпорядження|до наказу|до постанови|до програми|рішенням|розпорядженням|наказом"
    r"|постановою|протоколом|від\s+\d+|№\s*\d+|approved)\b",
    re.IGNORECASE,
)
# a title that calls its document a report on a plan, not the plan itself
_REPORT = re.compile(
    r"(?<!\w)(?:звіт\w*|(?:інформаці\w*|відомості) (?:про|щодо)"
    r" (?:(?:стан|результат|підсумк)\w* )?(?:виконан\w*|реалізаці\w*|хід\w*)"
    r"|(?:стан|хід|ходу|підсумк)\w* (?:виконання|реалізації)"
    # «Про виконання Програми … за 2024 рік», or a report's title whose first line print lost
    r"|^(?:про|щодо) (?:стан\w* |хід\w* )?(?:виконанн\w*|реалізаці\w*)"
    r"|моніторинг\w* (?:стану )?(?:виконання|реалізації)"
    r"|(?:progress |implementation |monitoring )?report|implementation status"
    r"|status of (?:the )?implementation)(?!\w)",
    re.IGNORECASE,
)
_WHOLE_TERM = re.compile(
    r"підсумков\w* звіт|за (?:весь|увесь|повний) (?:період|строк|термін)"
    r"|за (?:період|строк) (?:її |його )?"
    r"(?:дії|реалізації|виконання)|for the (?:whole|entire) (?:period|term)",
    re.IGNORECASE,
)
"""A report on a plan's whole term: «за весь період її дії»."""
_TITLE_START = re.compile(
    # «Операційний план», «Зведений звіт», «Річний план»: a word of its kind before it
    r"^[«\"“]?\s*(?:(?:[\w'’-]+(?:ий|ій|а|я)\s+)?(?:план|звіт|програм)\w*|інформаці\w*"
    r"|перелік\w*|заходи|моніторинг\w*|(?:стан|хід|підсумки) (?:виконання|реалізації)"
    r"|результати|action plan|report"
    r"|progress report|implementation)\b",
    re.IGNORECASE,
)
_DASH = r"\s*[-–—‒]\s*"
# «2024–2026», «2025 – 26», a school year «2025/2026»
_RANGE = re.compile(rf"(?<!\d)((?:19|20)\d\d)(?:{_DASH}|\s*/\s*)((?:19|20)?\d\d)(?!\d)")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])")
_UP_TO = re.compile(r"(?:\bдо|\buntil|\btill|\bup to|\bthrough)\s+$", re.IGNORECASE)
_DATE_WORDS = re.compile(
    rf"(\d{{1,2}})\s+({alternation('genitive')})\s+((?:19|20)\d\d)", re.IGNORECASE
)
_DATE_DIGITS = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)")
_ACT_NUMBER = re.compile(r"№\s*([\w/-]+(?:\s*-\s*\w+)?)")
_AS_OF = re.compile(r"(?:станом на|\bas (?:of|at))\s+(.+?)(?:\s*р(?:оку|\.)?)?$", re.IGNORECASE)
_ON_DATE = re.compile(
    rf"\bна\s+({_DATE_DIGITS.pattern}|{_DATE_WORDS.pattern})(?!\d)", re.IGNORECASE
)
"""A date a report is as of, after «на» alone: «Стан виконання заходів на 01.10.2025»."""
_SPAN = re.compile(r"\bза\s+період\s+((?:з|від)\s.+?\s(?:по|до)\s[^,;()]+?)\s*(?:[,;()]|$)")
# a report's period: «І квартал», «І-ІІІ квартали», «9 місяців», «січень-вересень»; with its
# year after «за» («за І півріччя 2025 року», «за підсумками …», «за період …»), without it
# («на 2025 рік за І квартал», «(за 9 місяців)»), or in the locative («у ІІІ кварталі 2025
# року», «у 2025 році»)
_TERM = (
    r"(?:(?:[іiIІ]{1,3}|[IVІХ]{1,4}|[1-4](?:-?(?:й|ий|ше|ге|тє))?|перш\w*|друг\w*|трет\w*"
    r"|четверт\w*)(?:\s*[-–—]\s*(?:[іiIІ]{1,3}|[IVІХ]{1,4}|[1-4]))?\s+"
    r"(?:квартал\w*|півріччя|півріччі|кв\.)|\d{1,2}\s+місяц\w*|(?:"
    + alternation("nominative")
    + r")(?:"
    + _DASH
    + r"(?:"
    + alternation("nominative")
    + r"))?)"
)
_PERIOD = re.compile(
    r"\bза\s+(?:підсумками\s+|період\s+)?((?:" + _TERM + r")?\s*((?:19|20)\d\d)\s*"
    r"(?:р(?:оку|ік|\.)?)?)",
    re.IGNORECASE,
)
_YEARS_PERIOD = re.compile(
    r"\bза\s+(?:період\s+)?(((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)?\d\d)\s*"
    r"(?:роки|років|рр\.?|р\.)?)(?![\d.])",
    re.IGNORECASE,
)
_PERIOD_WITHOUT_YEAR = re.compile(
    r"\bза\s+(" + _TERM + r")(?![\s\w.,]*(?:19|20)\d\d)", re.IGNORECASE
)
_BRACKETED_TERM = re.compile(r"\s*\(\s*(?:за\s+)?(" + _TERM + r")\s*\)", re.IGNORECASE)
_ON_THE_YEAR = re.compile(r"\bна\s+(?:19|20)\d\d\s*(?:рік|р\.|р\b)?", re.IGNORECASE)
_PERIOD_IN = re.compile(
    r"\b(?:у|в)\s+(" + _TERM + r"\s+)?((?:19|20)\d\d)\s*(?:р\.|році|року|рр\.)", re.IGNORECASE
)
# an oblast's or district's administration or council: «обласної державної адміністрації»
_AUTHORITY = r"(?:(?:державн|військов)\w*\s+)?(?:адміністрац|рад)\w*"
_OBLAST = re.compile(
    r"\b(?:у|в)\s+([А-ЯІЇЄҐ][\w'’-]*?)(ській|цькій|зькій)\s+області"
    r"|\b([А-ЯІЇЄҐ][\w'’-]*?)(ської|цької|зької)\s+(?:області|обласн\w*\s+"
    + _AUTHORITY
    + r"|облдержадміністрац\w*|ОДА\b|ОВА\b)",
)
_BODY = re.compile(
    r"^(?:міністерство|департамент|управління|відділ|виконавчий комітет|служба|агентство"
    r"|\S+\s+(?:обласна|районна|міська|селищна|сільська)\s+(?:державна\s+)?(?:адміністрація|рада))\b",
    re.IGNORECASE,
)


@attrs.frozen
class Metadata:
    """What the lines above a table say of the plan.

    Attributes:
        title_lines: the lines of the title.
        preamble: the lines before it (approval, annex), kept as they are.
        items: the numbered items of a form after the title («1. Назва
            програми: …», «2. Відповідальний виконавець: …»), which describe
            the plan: no part of its title.
        year: the plan's first year, or ``None`` when no line names one.
        end_year: the last year of a multi-year plan.
        territory: the territory («Луганська область»).
        issuer: the body named on a line of its own.
        approval: the approving act.
        period: the reporting period as written («І півріччя 2025 року»).
        as_of: the reporting date: the end of the period, or the «станом на» date.
        report: whether the title names a report («Звіт про виконання …»), not a
            plan (whose «станом на» date is of its text: «зі змінами станом на …»).
    """

    title_lines: tuple[str, ...] = ()
    preamble: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    year: int | None = None
    end_year: int | None = None
    territory: str | None = None
    issuer: str | None = None
    approval: Approval | None = None
    period: str | None = None
    as_of: date | None = None
    report: bool = False


def has_title(lines: Sequence[str]) -> bool:
    """Whether lines above a table hold the start of a title («Звіт про виконання …»)."""
    return any(_TITLE_START.match(" ".join(line.split())) for line in lines)


def read_metadata(lines: Sequence[str]) -> Metadata:
    """Read the title, preamble and what they say from the lines above a table."""
    lines = [_unspaced(" ".join(line.split())) for line in lines if line.strip()]
    start = next((i for i, line in enumerate(lines) if _TITLE_START.match(line)), None)
    if start is None:
        preamble = [line for line in lines if _PREAMBLE.match(line)]
        title = [line for line in lines if not _PREAMBLE.match(line)]
    else:
        preamble, title = lines[:start], lines[start:]
    # «1. Назва програми: …» after the title: a form's items, which end the title
    # a document's own numbered parts («1. Загальні положення») and its prose end it too
    first_item = next((i for i, line in enumerate(title) if i and _ends_title(line)), None)
    items = title[first_item:] if first_item is not None else []
    title = title[:first_item] if first_item is not None else title
    # «(затверджено постановою … від … № …)» under the title: its approval, no part of it
    approved = [line for line in title[1:] if _APPROVED_LINE.match(line)]
    if approved:
        title = [line for line in title if line not in approved]
        preamble = [*preamble, *approved]
    # a page's date under its title («15.01.2026», «Опубліковано: 15 січня 2026»), its own
    # lines («Переглядів: 124», «Версія для друку»): notes
    dated = [line for line in title[1:] if _DATE_LINE.fullmatch(line) or is_page_chrome(line)]
    if dated:
        title = [line for line in title if line not in dated]
        items = [*dated, *items]
    # the table's unit on a line of its own («(тис. грн)»): a note on the table, no title
    units = [line for line in title[1:] if _UNIT_LINE.fullmatch(line)]
    if units:
        title = [line for line in title if line not in units]
        items = [*items, *units]
    heading = " ".join(title)
    year, end_year = _years(heading)
    if year is None:  # «Додаток 2 до Програми … на 2025–2027 роки» over «Заходи програми»
        year, end_year = next(
            (_years(line, bare=False) for line in preamble if _NAMES_A_PLAN.search(line)),
            (None, None),
        )
    report = _REPORT.search(heading) is not None
    period, as_of = _period(heading, year if end_year is None else None)
    if as_of is None and report:
        period, as_of = _report_period(heading, year if end_year is None else None)
    if as_of is None and report:  # «Моніторинг виконання плану дій↵І півріччя 2025 р.»
        period, as_of = _bare_period(title[1:])
    if as_of is None and report and _CYRILLIC.search(heading) is None:
        period, as_of = _english_period(heading)  # "Report for the first half of 2025"
    if as_of is None and report and (on := _ON_DATE.search(heading)) is not None:
        as_of = _date(on[1])  # «Стан виконання заходів на 01.10.2025»: «станом на»
    if (
        report
        and as_of is not None
        and (as_of.month, as_of.day) == (1, 1)
        and end_year is None
        and _years(_ON_DATE.sub(" ", _AS_OF.sub(" ", heading))) == (None, None)
    ):  # «станом на 01.01.2026», and no year besides: the report of the year just ended
        year = as_of.year - 1
    if year is None and as_of is not None:
        year = as_of.year
    if as_of is None and year is not None and end_year is None and report:
        as_of = date(year, 12, 31)  # «Звіт про виконання плану у 2025 році»: the year's report
    if (
        as_of is None
        and end_year is not None
        and report
        and (_WHOLE_TERM.search(heading) or _ENGLISH_END_OF_TERM.search(heading))
    ):
        as_of = date(end_year, 12, 31)  # «… на 2021–2025 роки за весь період її дії»
    return Metadata(
        title_lines=tuple(title),
        preamble=tuple(preamble),
        items=tuple(items),
        year=year,
        end_year=end_year,
        territory=_territory(heading) or _territory(" ".join(preamble)),
        issuer=next((line for line in [*preamble, *title] if _BODY.match(line)), None),
        approval=_approval(preamble),
        period=period,
        as_of=as_of,
        report=report,
    )


_APPROVED_LINE = re.compile(r"\(?\s*затвердж\w*\s+\w+.*(?:від|№)", re.IGNORECASE)
"""A line under a title that says how the plan was approved: «(затверджено наказом від …)»."""

# a plan for one quarter, half or month: «План роботи відділу на ІІ квартал 2025 року»
_PLAN_TERM = re.compile(
    r"\bна\s+((?:[IVXІ]{1,4}|[1-4])\s*(?:квартал|кв\.|півріччя)|"
    + alternation("nominative")
    + r")\s+((?:19|20)\d\d)\s*(?:року|р\.)?",
    re.IGNORECASE,
)


def plan_term(lines: Sequence[str]) -> Deadline | None:
    """The quarter, half or month a plan is for, if a line names one («на ІІ квартал 2025 року»)."""
    for line in lines:
        match = _PLAN_TERM.search(line)
        if match is not None:
            term = Deadline.parse(f"{match[1]} {match[2]}", year=int(match[2]))
            if term.kind in (DeadlineKind.QUARTER, DeadlineKind.HALF_YEAR, DeadlineKind.MONTH):
                return term
    return None


# a plan for a season of two years: a school year, a heating season, and its year range
_SEASON = re.compile(
    r"(?P<school>навчальн\w* рок\w*|навчальн\w* рік|н\.\s?р\.)"
    r"|(?P<heat>опалювальн\w* (?:сезон|період)\w*|озп|осінньо-зимов\w* період\w*)",
    re.IGNORECASE,
)


def plan_season(lines: Sequence[str], year: int, end_year: int | None) -> tuple[int, int] | None:
    """A plan for a school year or a heating season: its first year and the month its second begins.

    «План роботи на 2025/2026 навчальний рік»: September to December are in
    2025, January to August in 2026. «План заходів з підготовки до ОЗП
    2025/2026 років»: the preparation, every month of it, in 2025; a plan for
    the season itself: July to December in 2025, January to June in 2026.
    """
    if end_year != year + 1:
        return None
    text = " ".join(" ".join(lines).split())
    found = _SEASON.search(text)
    if found is None:
        return None
    if found["school"]:
        return year, 9
    return year, 1 if "підготов" in text.casefold() else 7


def dated_caption(caption: str) -> tuple[str | None, date | None]:
    """The reporting period and date a column's caption names, if any.

    «Стан виконання станом на 01.01.2025» → (None, 1 January 2025); «Виконання
    за 2024 рік» → («2024 рік», 31 December 2024); «Стан на 01.10.2025» → (None,
    1 October 2025): over a report's column, a day after «на» is the day it tells of.
    """
    folded = " ".join(caption.split())
    period, as_of = _period(folded)
    if period is None and as_of is None and (on := _ON_A_DAY.search(folded)) is not None:
        as_of = _date(on[1])
    return period, as_of


_ON_A_DAY = re.compile(r"\bна\s+(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+[^\W\d]+\s+\d{4})")
"""«на 01.10.2025», «на 1 жовтня 2025 р.»: the day a report's column tells of."""


# a line that is a date alone, maybe with a time and what it dates: a web page's own date
_DATE_LINE = re.compile(
    r"(?:(?:дата(?: публікації| оновлення)?|опубліковано|оновлено|published|updated)\s*:?\s*)?"
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+(?:" + alternation("genitive") + r")"
    r"\s+\d{4})(?:\s*(?:р\.|року))?(?:,?\s*(?:о\s+)?\d{1,2}:\d{2})?",
    re.IGNORECASE,
)
_UNIT_LINE = re.compile(
    r"\(?\s*(?:(?:одиниц\w* виміру|units?)\s*[:–-]?\s*)?(?:тис\.?|млн\.?)\s*(?:грн|гривень)\.?"
    r"\s*\)?|\(?\s*(?:thousand|million) uah\s*\)?",
    re.IGNORECASE,
)
# an item of a report's form: «1. Назва програми: …», «3. Найважливіші завдання, …:»
_FORM_ITEM = re.compile(r"\d{1,2}\.\s+[А-ЯІЇЄҐA-Z][^:]{2,120}:")
_PART_HEADING = re.compile(r"(?:\d{1,2}|[IVXІ]{1,4})\.\s+[А-ЯІЇЄҐA-Z][^.:;]{2,80}")
"""A document's own numbered part over its text: «1. Загальні положення», «ІІ. Заходи»."""
_PROSE = re.compile(
    r"\b(?!(?:обл|вул|тис|грн|млн|млрд|смт|буд|див|ст|пп?)\. )[а-яіїєґ']{3,}\. [А-ЯІЇЄҐ]"
    r"|\b(?:інформу|повідомля|надсила|направля)(?:є|ємо|ють)\b|\b(?:надаємо|подаємо)\b"
)
"""A preamble's prose: two sentences in a line («… розпорядженням. Метою плану є …»), or a
letter's telling («… відділ економіки інформує про стан виконання …»)."""


def _ends_title(line: str) -> bool:
    """Whether a line after a title's start ends it: a form's item, a part, prose."""
    return bool(_FORM_ITEM.match(line) or _PART_HEADING.fullmatch(line) or _PROSE.search(line))


# a word set in spaced letters for emphasis: «І Н Ф О Р М А Ц І Я», «З В І Т»
_SPACED = re.compile(r"(?<!\S)(?:[А-ЯІЇЄҐA-Z] ){2,}[А-ЯІЇЄҐA-Z](?!\S)")


def _unspaced(line: str) -> str:
    """The line with words set in spaced letters written whole: «З В І Т» → «ЗВІТ»."""
    if " " not in line or _SPACED.search(line) is None:
        return line
    return _SPACED.sub(lambda match: match[0].replace(" ", ""), line)


_NAMES_A_PLAN = re.compile(r"\b(?:програм|план|стратегі|концепці)", re.IGNORECASE)


def _years(text: str, *, bare: bool = True) -> tuple[int | None, int | None]:
    """The plan's years: a range «на 2024–2026 роки» («2025 – 26»), else the year it names.

    With ``bare`` false, a year only as a plan's («на 2025 рік»), not any year
    written («рішенням від 14.02.2025»).
    """
    ranges = []
    for match in _RANGE.finditer(text):
        first, last = int(match[1]), match[2]
        end = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if first < end <= first + 20:
            ranges.append((match.start(), first, end))
    for at, (start, first, end) in enumerate(ranges):
        if not _another_s(text, start):
            return first, end
        own = _own_year(text, (first, end))
        if own is not None:
            return own, None
        if at + 1 == len(ranges):  # (another's years, and no later ones: the plan's as well)
            return first, end
        # «… Стратегії на 2021–2027 роки на 2025–2026 роки»: the plan's own years follow
    named = re.findall(r"\b(?:на|у|в|протягом)\s+((?:19|20)\d\d)\s*(?:р|рік|році|року)", text)
    if named:  # the last («… на 2018 рік, у 2000 році» is a plan of 2000)
        return int(named[-1]), None
    # not the year a plan runs up to («на період до 2027 року», "until 2030"): its last, not
    # its first, and the year its measures fall in cannot be told from it
    years = (
        [m[1] for m in _YEAR.finditer(text) if not _UP_TO.search(text, 0, m.start())]
        if bare
        else []
    )
    return (int(years[-1]), None) if years else (None, None)


_DOCUMENTS = re.compile(r"\b(?:план|програм|стратегі|концепці)\w*", re.IGNORECASE)
_ONE_YEAR = re.compile(r"\b(?:на|у|в)\s+((?:19|20)\d\d)\s*(?:р\.|рік|році)(?!\w)")
_APPROVED_BEFORE = re.compile(
    r"(?:затвердж|прийнят|схвален|ухвален|розроблен)\w*(?:\s+\S+){0,3}\s*$", re.IGNORECASE
)


def _another_s(text: str, start: int) -> bool:
    """Whether years (at ``start``) are another document's: one named after the title's first.

    «План заходів … з реалізації Стратегії … на 2021–2027 роки»; not those of the title's own
    document («Програма … на 2024–2026 роки», «План заходів на 2025–2026 роки»).
    """
    named = list(_DOCUMENTS.finditer(text, 0, start))
    return len(named) > 1 and named[0][0][:4].casefold() != named[-1][0][:4].casefold()


def _own_year(text: str, years: tuple[int, int]) -> int | None:
    """The one year a plan of another document's years is for, if its title names one.

    «План заходів на 2025 рік з реалізації Стратегії … на 2021–2027 роки», «…
    Стратегії на 2021–2027 роки у 2025 році»: a year of the title within those years
    («на 2025 рік», «у 2025 році», not «затвердженої у 2021 році»).
    """
    for one in _ONE_YEAR.finditer(text):
        if years[0] <= int(one[1]) <= years[1] and not _APPROVED_BEFORE.search(
            text, 0, one.start()
        ):
            return int(one[1])
    return None


def _period(text: str, year: int | None = None) -> tuple[str | None, date | None]:
    """The reporting period as written and the date it ends, or the «станом на» date.

    ``year``: the plan's one year, which a date naming none («станом на 1 липня») is in.
    """
    found = _AS_OF.search(text)
    if found:
        written = found[1].strip(" )]")
        day = _date(written)
        named = _YEAR.search(written) is not None
        if day is None and (named or year is not None):
            # "as of 31 December 2025", "as at December 31, 2025", «станом на 1 липня»
            term = Deadline.parse(written, year=year or 2000)
            day = term.end if term.kind is DeadlineKind.DATE and term.start == term.end else None
        if day is not None:  # the date is as written; the period too, where one is named
            period = _PERIOD.search(text) or _YEARS_PERIOD.search(text)
            return (period[1].strip() if period else None), day
    years = _YEARS_PERIOD.search(text)  # «за 2024–2025 роки»: to the end of the last
    if years is not None:
        last = int(years[3]) if len(years[3]) == 4 else int(years[2][:2] + years[3])
        if int(years[2]) < last <= int(years[2]) + 20:
            return years[1].strip(), date(last, 12, 31)
    match = _PERIOD.search(text)
    if match is None:
        span = _SPAN.search(text)  # «за період з 01.01.2025 по 30.06.2025»
        if span is None or not re.search(r"(?:19|20)\d\d", span[1]):
            return None, None
        term = Deadline.parse(span[1], year=2000)
        if term.kind is DeadlineKind.DATE_RANGE:
            return span[1].strip(), term.end
        return None, None
    phrase, year = match[1].strip(), int(match[2])
    within = _BRACKETED_TERM.match(text, match.end())  # «за 2025 рік (І–ІІ квартали)»
    if phrase[:4].isdecimal() and within is not None:
        end = _period_end(within[1].strip(), year)
        if end is not None:
            return f"{within[1].strip()} {year} року", end
    return phrase, _period_end(phrase, year)


_BARE_PERIOD = re.compile(
    r"\(?\s*(" + _TERM + r")\s+((?:19|20)\d\d)\s*(?:р(?:оку|ік|\.)?)?\s*\)?", re.IGNORECASE
)
"""A title's line that is a period alone: «І півріччя 2025 р.», «(ІІ квартал 2025 року)»."""


def _bare_period(lines: Sequence[str]) -> tuple[str | None, date | None]:
    """A report's period on a line of its own under its title's first, and the day it ends."""
    for line in lines:
        found = _BARE_PERIOD.fullmatch(line.strip())
        if found is not None and (end := _period_end(found[1].strip(), int(found[2]))):
            return line.strip(" ()"), end
    return None, None


def _period_end(phrase: str, year: int) -> date | None:
    """The last day of a reporting period in a year: «9 місяців», «І квартал», «січень-вересень»."""
    months = re.match(r"(\d{1,2})\s+місяц", phrase)
    if months and 1 <= int(months[1]) <= 12:  # «9 місяців»: to the end of September
        return last_day(year, int(months[1]))
    read = Deadline.parse(phrase, year=year)
    return None if read.kind is DeadlineKind.UNKNOWN else read.end


_ENGLISH_PERIOD = re.compile(
    r"\b(?:q[1-4](?: ?[-–] ?q[1-4])?,? \d{4}|\d{4},? \(?[qh][1-4]\)?(?! ?[-–])|h[12] \d{4}"
    r"|(?:first|second|1st|2nd) half(?: of)?(?: the year)? \d{4}"
    r"|(?:first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)? \d{4}"
    r"|(?:january|jan)\.? ?[-–] ?[a-z]+\.? \d{4})\b",
    re.IGNORECASE,
)
"""A reporting period in English: "Q3 2025", "2025, Q3", "the first half of 2025"."""
_YEAR_IN = re.compile(r"\d{4}")
_CYRILLIC = re.compile(r"[а-яіїєґ]", re.IGNORECASE)
_ENGLISH_END_OF_TERM = re.compile(
    r"\bend[- ]of[- ]term\b|\bfinal (?:self-assessment )?report\b", re.I
)


def _english_period(text: str) -> tuple[str | None, date | None]:
    """An English report's period and its last day, if the title names one within a year."""
    found = _ENGLISH_PERIOD.search(text)
    if found is None:
        return None, None
    phrase = " ".join(found[0].replace("(", " ").replace(")", " ").split())  # «2025 (Q3»
    named = _YEAR_IN.search(phrase)  # each of its forms names the year
    read = Deadline.parse(phrase, year=int(named[0]) if named else 2000)
    if read.kind not in _PERIODS or read.end is None:
        return None, None
    return phrase, read.end


_PERIODS = frozenset(
    {DeadlineKind.QUARTER, DeadlineKind.QUARTER_RANGE, DeadlineKind.HALF_YEAR,
     DeadlineKind.MONTH_RANGE}
)  # fmt: skip


def _report_period(text: str, year: int | None) -> tuple[str | None, date | None]:
    """A report's period written otherwise: in the locative, or without a year of its own.

    «у ІІІ кварталі 2025 року», «у 2025 році» (a year of a plan of several),
    «на 2025 рік за І квартал» (the plan's one year: ``year``).
    """
    found = _PERIOD_IN.search(text)
    if found is not None:
        named = int(found[2])
        within = _BRACKETED_TERM.match(text, found.end())  # «у 2025 році (І півріччя)»
        if found[1] is None and within is not None:
            end = _period_end(within[1].strip(), named)
            if end is not None:
                return f"{within[1].strip()} {named} року", end
        if found[1] is None:
            return f"{named} рік", date(named, 12, 31)
        phrase = found[1].strip()
        end = _period_end(phrase, named)
        return (f"{phrase} {named} року", end) if end is not None else (None, None)
    found = _PERIOD_WITHOUT_YEAR.search(text)
    if found is None and year is not None:  # «на 2025 рік (І півріччя)»: the plan's year
        on = _ON_THE_YEAR.search(text)
        found = _BRACKETED_TERM.match(text, on.end()) if on is not None else None
    if found is None or year is None:
        return None, None
    phrase = found[1].strip()
    end = _period_end(phrase, year)
    return (phrase, end) if end is not None else (None, None)


def _date(text: str) -> date | None:
    words = _DATE_WORDS.search(text)
    try:
        if words:
            return date(int(words[3]), MONTH_OF_FORM[words[2].casefold()], int(words[1]))
        digits = _DATE_DIGITS.search(text)
        if digits:
            return date(int(digits[3]), int(digits[2]), int(digits[1]))
    except ValueError:
        return None
    return None


def _approval(preamble: Sequence[str]) -> Approval | None:
    text = " ".join(preamble)
    if not text:
        return None
    by = re.search(
        # «рішенням виконкому», or on a line of its own «Розпорядження начальника …»
        r"((?:рішенням|розпорядженням|наказом|постановою|протоколом|рішення|розпорядження|наказ"
        r"|постанова|протокол)\b.*?)(?=\s+від\b|\s+№|\s+\d{1,2}\.\d{1,2}\.\d{4}|$)",
        text,
        re.IGNORECASE,
    )
    number = _ACT_NUMBER.search(text)
    on = _date(text)
    if by is None and number is None and on is None:
        return None
    return Approval(
        by=by[1].strip() if by else None,
        on=on,
        number=number[1].strip() if number else None,
    )


# a territorial community or a district, named in the locative or the genitive: «у
# Іванівській сільській територіальній громаді», «Березанського району»
# (each begins a word: a long run of letters is then tried once, not from each of its letters)
_ADJECTIVE = r"(?<![\w'’-])([А-ЯІЇЄҐ][\w'’-]*?)((?:ськ|цьк|зьк)(?:ій|ої|ому|ого))"
_COMMUNITY = re.compile(
    _ADJECTIVE + r"\s+(?:(міськ|селищн|сільськ)\w*\s+)?(?:територіальн\w*\s+)?громад(?:і|и)\b"
)
# «Вишневої територіальної громади»: a name not in «-ська», only with «територіальна»
_NAMED_COMMUNITY = re.compile(
    r"(?<![\w'’-])([А-ЯІЇЄҐ][\w'’-]*?)(?:ої|ій)\s+(?:(міськ|селищн|сільськ)\w*\s+)?територіальн\w*\s+"
    r"громад(?:і|и)\b"
)
# a community's council: «Зеленодольської сільської ради», «виконкому Іванівської міської ради»
_COUNCIL = re.compile(
    r"(?<![\w'’-])([А-ЯІЇЄҐ][\w'’-]*?)(?:ої|ій|ою)\s+(міськ|селищн|сільськ)\w*\s+"
    r"(?:рад(?:и|і|ою)|раді)\b"
)
_DISTRICT = re.compile(
    _ADJECTIVE + r"\s+(?:район(?:і|у)\b|районн\w*\s+" + _AUTHORITY + r"|райдержадміністрац\w*)"
)
_KINDS = {"міськ": "міська", "селищн": "селищна", "сільськ": "сільська"}


def _territory(text: str) -> str | None:
    """The narrowest territory the text names: a community (or its council), district, oblast."""
    community = _COMMUNITY.search(text)
    if community is not None:
        kind = f" {_KINDS[community[3]]}" if community[3] else ""
        return f"{community[1]}{community[2][:3]}а{kind} територіальна громада"
    named = _NAMED_COMMUNITY.search(text)
    if named is not None:
        kind = f" {_KINDS[named[2]]}" if named[2] else ""
        return f"{named[1]}а{kind} територіальна громада"
    council = _COUNCIL.search(text)
    if council is not None:
        return f"{council[1]}а {_KINDS[council[2]]} територіальна громада"
    district = _DISTRICT.search(text)
    if district is not None:
        return f"{district[1]}{district[2][:3]}ий район"  # «Березанському» → «Березанський»
    match = _OBLAST.search(text)
    if match is None:
        return None
    stem = match[1] or match[3]
    ending = match[2] or match[4]
    return f"{stem}{ending[:-3]}ка область"  # «Луганській», «Луганської» → «Луганська»
