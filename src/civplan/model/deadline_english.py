"""Deadlines written in English, as reports to international partners write them.

An English phrase is put into the Ukrainian wording civplan reads — «Q2 2025»
→ «ІІ квартал 2025», "by 31 December 2025" → «до 31 грудня 2025», "ongoing" →
«постійно» — and read by the same rules, so that both languages mean the same
intervals. What has no Ukrainian counterpart here stays as it is, and unknown.
"""

from __future__ import annotations

import re

from civplan.model.months import MONTHS

_ROMAN = {"1": "і", "2": "іі", "3": "ііі", "4": "іv"}  # as normalised phrases write them
_ENGLISH_MONTHS = (
    "|".join(m.english.lower() for m in MONTHS)
    + "|sept|"
    + "|".join(m.english.lower()[:3] for m in MONTHS)
)
_MONTH = (
    {m.english.lower(): m for m in MONTHS}
    | {m.english.lower()[:3]: m for m in MONTHS}
    | {"sept": MONTHS[8]}
)
_SUBSTITUTIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # a time counted from an event, or from the plan's adoption ("within 6 months"):
        # unfixed, as «у місячний строк»
        (r"^(?:within|in) (?:\d{1,3}|one|two|three|six|twelve) "
         r"(?:(?:calendar|working|business) )?(?:days?|weeks?|months?)"
         r"(?: (?:of|after|from|following) .+)?$", "у місячний строк"),
        # "upon adoption of the law", "after the entry into force": an event alone
        (r"^(?:upon|after|following|once|on) (?:the )?(?:adoption|approval|entry into force"
         r"|signing|enactment|publication|completion|receipt|launch)\b.*$",
         "після набрання чинності"),
        # scheduled elsewhere: "in accordance with the work plan", "as per the schedule"
        (r"^(?:in accordance with|according to|as per|per|under|following) (?:the |a )?"
         r"(?:(?:annual|separate|approved|agreed|relevant|ministry's|council's) )?"
         r"(?:work ?plan|workplan|schedule|timetable|calendar|plan of work|plan)\b.*$",
         "відповідно до плану роботи"),
        (r"^as scheduled$", "відповідно до плану роботи"),
        # a school year: "the 2025/2026 academic year", "school year 2025-26"
        (r"^(?:(?:in|during|throughout|over) )?(?:the )?(\d{4} ?[-/–] ?\d{2,4}) "
         r"(?:academic|school) years?$", r"\1 навчальний рік"),
        (r"^(?:(?:in|during|throughout|over) )?(?:the )?(?:academic|school) year "
         r"(\d{4} ?[-/–] ?\d{2,4})$", r"\1 навчальний рік"),
        (r"^(?:in|for) (?=\d{4}(?:-\d{2,4})?$)", ""),  # "in 2025", "in 2025-2026": the years
        (r"\bend-(?=\S)", "end of "),  # "by end-2025", "end-June 2025"
        (r"\beoy\b", "end of"),  # "EOY 2025": the end of the year
        (r"\byear[- ]end (?=\d{4}\b)", "end of "),  # "year-end 2025"
        (r"\byear[- ]end\b", "end of year"),  # "by year-end"
        # martial law: until it ends, unfixed; while it lasts, the plan's whole period
        (r"^(?:until|till|by) (?:the )?(?:end|termination|lifting) of (?:the )?martial law$",
         "до завершення воєнного стану"),
        (r"^(?:during|throughout|for the duration of|while) (?:the )?martial law(?: is in"
         r" (?:force|effect))?$", "під час воєнного стану"),
        # the heating season, which begins and ends with the weather: unfixed
        (r"\b(?:the )?(?:start of (?:the )?)?heating (?:season|period)\b", "опалювального сезону"),
        (r"^(?:by )?(?:the )?mid-? ?(\d{4})$", r"до кінця і півріччя \1 року"),  # "mid-2025"
        (r"^(?:in )?early (\d{4})$", r"і квартал \1 року"),  # "early 2026": its first quarter
        (r"^by (?:the )?early (\d{4})$", r"до кінця і кварталу \1 року"),
        (r"^(?:by |in )?(?:the )?late (\d{4})$", r"до кінця \1 року"),  # "late 2025"
        # the plan's whole period: "throughout the implementation period", "for the duration
        # of the action plan", "entire period"
        (r"^(?:(?:throughout|during|over|for|within) )?(?:the )?(?:whole |entire |full )?"
         r"(?:duration|period|lifetime|implementation(?: period)?"
         r"|(?:action )?(?:plan|programme|program|strategy)"
         r"(?: implementation)?(?: period)?)(?: of (?:the )?(?:action )?(?:plan|programme|program"
         r"|strategy|nap))?(?: period)?$", "протягом строку дії програми"),
        # "year-round", "all year long": all through the year, as «протягом року»
        (r"^(?:year[- ]round|all (?:the )?year(?: round| long)?|the whole year)$", "протягом року"),
        # seasons, as «навесні 2026 року»; winter, across two years, is left unknown
        (r"^(?:in )?(?:the )?spring(?: of)?\b", "весна"),
        (r"^(?:in )?(?:the )?summer(?: of)?\b", "літо"),
        (r"^(?:in )?(?:the )?(?:autumn|fall)(?: of)?\b", "осінь"),
        (r"^(.+?),? (?:onwards|and onwards|and beyond|and later)$", r"from \1"),  # "2025 onwards"
        (r"^(?:starting|beginning) (?:from |in )?", "from "),
        (r"^in (?:the )?(?=\S+ (?:квартал|півріччя))", "у "),  # "in the 4th quarter of 2025"
        (r"\b(?:the )?reporting (?:period|year)\b", "звітного періоду"),
        (r"\b(?:on an? )?(?:ongoing|continuous(?:ly)?|permanent(?:ly)?|constantly|regularly"
         r"|periodically|systematically|regular|rolling)(?: basis)?\b", "постійно"),
        # "by the 10th of the following month", "by the 5th of each month"
        (r"\bby the (\d{1,2})(?:st|nd|rd|th)?(?: day)? of the (?:following|next) month\b",
         r"до \1 числа наступного місяця"),
        (r"\bby the (\d{1,2})(?:st|nd|rd|th)?(?: day)?(?: of (?:each|every|the) month)?\b",
         r"до \1 числа"),  # (also "monthly, by the 5th")
        (r"\b(?:semi-annually|biannually|every six months|twice a year)\b", "щопівроку"),
        # "by the end of each quarter": each quarter, by its end
        (r"^(?:by )?(?:the )?end of (?:each|every) (quarter|month|year)$", r"every \1"),
        (r"\b(?:annually|yearly|every year|each year|once (?:a|per) year)\b", "щороку"),
        (r"\b(?:quarterly|every quarter|each quarter|once (?:a|per) quarter)\b", "щокварталу"),
        (r"\b(?:monthly|every month|each month|once (?:a|per) month)\b", "щомісяця"),
        (r"\b(?:weekly|every week)\b", "щотижня"),
        # a term to be set later: "TBD", "to be determined", "to be confirmed"
        (r"^(?:tbd|tbc|to be (?:determined|defined|decided|confirmed|agreed)(?: later)?)$",
         "буде визначено"),
        (r"\b(?:as (?:needed|necessary|required)|(?:if|when|where) (?:needed|necessary|required)"
         r"|(?:on|upon) (?:request|demand|necessity|need)|if need be)\b", "за потреби"),
        # "by the end of the first quarter": the quarter named with no article
        (r"\bthe (?=\S+ (?:квартал|півріччя)\b)", ""),
        # "by Q4 2025", "before the 2nd half of 2025": by the end of that quarter or half
        (r"\b(?:by|before|no later than|not later than|until|till|through) (?:the )?"
         r"(?=\S+ (?:квартал|півріччя))", "до кінця "),
        (r"\b(?:by|before|no later than|not later than|until|till|through)\b", "до"),
        (r"\b(?:during|throughout|within|over|in the course of)\b", "протягом"),
        (r"^(?:the )?end of\b", "до кінця"),
        (r"\b(?:the )?end of\b", "кінця"),
        (r"\bthe year\b|(?<=кінця )year\b", "року"),  # "the year", "end of year"
        (r"^(?:immediately|without delay|promptly|urgently)$", "невідкладно"),
        (r"\bкінця (\S+) квартал\b", r"кінця \1 кварталу"),
        (r"(\d{4}-\d{2,4}) years?\b", r"\1 роки"),  # "2025-2026 years"
        (r"(\d{4}) year\b", r"\1 рік"),
        (r"\bfrom\b", "з"),
        (r"\bto\b", "по"),
        (r"\band\b", "та"),  # "March and September 2025": two stages, as «березень та вересень»
    )
)  # fmt: skip
_QUARTERS = re.compile(r"\bq([1-4]) ?[-/] ?q?([1-4])\b")
_FISCAL_YEAR = re.compile(r"\bfy ?(\d{4})\b")
# "III-IV quarters of 2025", "2nd-3rd quarters": a range of quarters by their numerals
_QUARTERS_NAMED = re.compile(
    r"\b(iv|i{1,3}|[1-4])(?:st|nd|rd|th)? ?- ?(iv|i{1,3}|[1-4])(?:st|nd|rd|th)? quarters?(?: of)?\b"
)
_QUARTER = re.compile(r"\b(?:q(?P<q>[1-4])|(?P<n>[1-4])(?:st|nd|rd|th)? quarter(?: of)?)\b")
_ORDINALS = re.compile(r"\b(first|second|third|fourth|iv|i{1,3})(?= (?:quarter|half)\b)")
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4", "i": "1", "ii": "2",
            "iii": "3", "iv": "4"}  # fmt: skip
_YEAR_FIRST = re.compile(r"^(\d{4}),? \(?((?:q|h)[1-4](?: ?- ?q?[1-4])?)\)?$")  # "2025 (Q3)"
_HALF = re.compile(
    r"\b(?:h(?P<h>[12])|(?P<g>[12])h|(?P<n>[12])(?:st|nd)? half(?: of(?: the year)?)?)\b"
)
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<m>{_ENGLISH_MONTHS})\b\.?"
)
_MONTH_DAY = re.compile(rf"\b(?P<m>{_ENGLISH_MONTHS})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?")
_MONTH_NAME = re.compile(rf"\b(?P<m>{_ENGLISH_MONTHS})\b\.?")
_BY_MONTH = re.compile(r"^до (" + "|".join(m.nominative for m in MONTHS) + r")( \d{4})?$")
_GENITIVE = {month.nominative: month.genitive for month in MONTHS}
_END_OF_MONTH = re.compile(r"\bкінця (" + "|".join(m.nominative for m in MONTHS) + r")\b")
_YEAR_AFTER = re.compile(r"((?:протягом|кінця) \d{4})$")
_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile(r"[а-яіїєґ]")


def from_english(phrase: str) -> str | None:
    """The Ukrainian wording of a normalised English deadline phrase; ``None`` if not English."""
    if _CYRILLIC.search(phrase) or not _LATIN.search(phrase):
        return None
    text = _FISCAL_YEAR.sub(r"\1", phrase)  # "FY2025": Ukraine's fiscal year is the calendar's
    text = _YEAR_FIRST.sub(r"\2 \1", text)
    text = _DAY_MONTH.sub(lambda m: f"{m['d']} {_MONTH[m['m']].genitive}", text)
    text = _MONTH_DAY.sub(lambda m: f"{m['d']} {_MONTH[m['m']].genitive}", text)
    text = _MONTH_NAME.sub(lambda m: _MONTH[m["m"]].nominative, text)
    text = _QUARTERS_NAMED.sub(
        lambda m: f"{_ROMAN[_ORDINAL.get(m[1], m[1])]}-{_ROMAN[_ORDINAL.get(m[2], m[2])]} квартали",
        text,
    )
    text = _ORDINALS.sub(lambda m: _ORDINAL[m[1]], text)
    text = _QUARTERS.sub(lambda m: f"{_ROMAN[m[1]]}-{_ROMAN[m[2]]} квартали", text)
    text = _QUARTER.sub(lambda m: f"{_ROMAN[m['q'] or m['n']]} квартал", text)
    text = _HALF.sub(lambda m: f"{_ROMAN[m['h'] or m['g'] or m['n']]} півріччя", text)
    for pattern, replacement in _SUBSTITUTIONS:
        text = pattern.sub(replacement, text)
    # "by June 2025": by the month's end, as «до червня 2025 року» is
    text = _BY_MONTH.sub(lambda m: f"до кінця {_GENITIVE[m[1]]}{m[2] or ''}", text)
    text = _END_OF_MONTH.sub(lambda m: f"кінця {_GENITIVE[m[1]]}", text)  # "end of June"
    text = _YEAR_AFTER.sub(r"\1 року", text)  # «протягом 2025 року», «до кінця 2025 року»
    return " ".join(text.split())
