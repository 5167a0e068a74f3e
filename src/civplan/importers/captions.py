"""Recognising a table's columns by their captions, in the many ways real documents word them.

A caption is read as a path — from the topmost header row down to the
column's own cell: «Обсяг фінансування, тис. грн / місцевий бюджет / 2025».
Captions broken by hyphenation or line breaks («Термін вико-нання») are
joined first. Each part of the path, the deepest first, is matched against
the vocabulary; a caption may name several fields («Стан виконання» is a
column of reported outcomes in some reports and of statuses in others), and
the cells' content then decides between them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from civplan.model.scan import cyrillic_words
from civplan.report.columns import ReportColumn

GROUP = "group"
"""A grouping column («Завдання», «Мета»): its cells, merged down over measures, head them."""
FUNDING_SOURCE = "funding_source"
"""A column naming where each measure's money comes from («Джерела фінансування»)."""
FUNDING_YEAR = "funding_year"
"""A column of the year each line of a measure's funding is for («Рік» beside a term column)."""

UNIT = "unit"
"""A column of the unit each measure's planned and actual values count in («Одиниця виміру»)."""
PLANNED = "planned"
"""A column of the value planned, in the unit column's units («План»): the measure's target."""
ACTUAL = "actual"
"""A column of the value achieved, in the unit column's units («Факт»): what is reported."""
BASELINE = "baseline"
"""A column of the value before the plan, in the unit column's units («Базове значення»)."""

Field = str
"""What a column holds: a :class:`ReportColumn` value, :data:`GROUP`, :data:`FUNDING_SOURCE`,
:data:`FUNDING_YEAR`, :data:`UNIT`, :data:`PLANNED`, :data:`ACTUAL` or :data:`BASELINE`."""

_HYPHEN_BREAK = re.compile(r"(\w)[-‐‑­]\s*\n\s*(\w)|(\w)[‐‑­-] (?=[а-яґєії]\w)")
_SPACES = re.compile(r"\s+")


# the words of captions that dense tables shorten («Відп. вик.», «Терм. викон.»), each
# standing for the abbreviations it begins with; the first that begins with one wins
_WORDS = (
    "найменування", "назва", "відповідальний", "виконання", "виконавець", "співвиконавці",
    "термін", "строк", "інформація", "фінансування", "джерела", "обсяг", "реалізації",
    "очікуваний", "результат", "показник", "примітка", "відмітка", "заходу", "заходів",
    "орієнтовний", "стан",
)  # fmt: skip
_ABBREVIATION = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})\.")


def _expanded(match: re.Match[str]) -> str:
    short = match[1]
    return next((word for word in _WORDS if word.startswith(short) and word != short), match[0])


_IN_WORD_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{2,})[-\xad]([^\W\d_]{2,})(?![\w-])")
"""A word with a hyphen inside: hyphenated by hand to fit a narrow column, or a compound."""


def _unhyphenated(match: re.Match[str]) -> str:
    """A word hyphenated by hand («інформа-ція») joined; a compound («науково-технічний») kept.

    A compound's first part ends in its linking vowel («науково-», «медико-»); parts that are
    words without one are a word broken by hand still («ви-конання», «тер-мін»).
    """
    from civplan.model.morphology import is_word

    first, second = match[1], match[2]
    whole = first + second
    linked = len(first) >= 4 and first.endswith(("о", "е"))
    compound = linked and is_word(first) and is_word(second)
    return whole if not compound and is_word(whole) else match[0]


def normalize_caption(text: str) -> str:
    r"""A caption folded for comparison: hyphenation joined, lower case, single spaces.

    «Термін вико-\nнання:», «Термін вико-нання» → «термін виконання»; the words of captions that a
    dense table shortens are written out: «Відп. вик.» → «відповідальний
    виконання».
    """
    joined = _HYPHEN_BREAK.sub(lambda m: (m[1] or m[3]) + (m[2] or ""), text)
    # «Cтан виконання» typed with a Latin «C»: the word it shows
    folded = cyrillic_words(joined).casefold().replace("’", "'")
    if "-" in folded or "\xad" in folded:
        folded = _IN_WORD_HYPHEN.sub(_unhyphenated, folded)
    if "." in folded:
        folded = _ABBREVIATION.sub(_expanded, folded)
    return _SPACES.sub(" ", folded).strip(" :.,;*")


_ACTUAL = r"(?:фактичн|факт\b)"
"""A caption's word, maybe in brackets after it, that what it holds is the fact, not the plan."""
_SPENT_PATTERN = (
    r"фактичн\w* (?:обсяг|профінанс|фінансув|видат|витрат|використ|освоєн|кошт)|^факт\w*$"
    rf"|(?<!\w)(?:обсяг|фінансуван|видат|кошт)\w*(?: \w+)? \({_ACTUAL}"
    r"|профінансован|використано|використан\w* кошт|освоєно|освоєн\w* кошт|касов\w* видат"
    r"|^витрачено|витрачен\w* кошт"
    # the share of the money used («% використання», «Рівень освоєння коштів, %»)
    r"|^%\s*(?:використ|освоєн|профінанс)|(?<!\w)(?:відсот|рів)\w* (?:використ|освоєн|профінанс)"
    r"|\bspent\b|actual (?:cost|spend|expenditure|funding|amount)|disburs|expenditure"
)
_REASONS_PATTERN = (
    r"причин\w* (?:не\w*|відхилен|відставан|затримк|порушенн)"
    r"|(?:обґрунтуван|пояснен)\w* (?:причин|невиконан|недовиконан|відхилен)"
    r"|reasons? (?:for|of) (?:the )?(?:non|not|delay|under|failure|deviation)"
)
"""Captions of why measures were not done: their justification («Причини невиконання»)."""
_LEVEL_PATTERN = (
    r"(?:рів\w+|відсот\w+|ступ\w+|частк(?:а|и|у|ою)) (?:виконання|реалізації)"
    r"|виконання,? ?\(?%|% виконання"
    r"|completion (?:rate|level)|% (?:complete|completion)|progress,? ?%"
)
# captions of columns no field holds, kept in each measure's notes, never guessed by content:
# money spent («Фактично профінансовано») is reported, not the plan's funding; a share of
# completion («Рівень виконання, %») is no amount
SHARE_DONE = "a share done"
"""What a column of the share of a measure done holds (a status, if no other column states it)."""
# an indicator's values («Базове значення», «Цільове значення 2025», «Фактичне значення»):
# counts of the indicator's unit, not amounts of money
_VALUE_PATTERN = (
    r"(?:базов|цільов|фактичн|досягнут|планов|прогнозн)\w* (?:значенн|величин)"
    r"|^значенн\w*(?: (?:індикатор|показник)\w*)?$|^baseline|(?:target|actual|achieved) value"
)
# when the work was in fact done («Фактичний термін виконання», «Строк виконання (фактичний)»)
_DONE_ON_PATTERN = (
    r"фактичн\w* (?:термін|строк|дат)|дат\w* фактичного"
    rf"|(?<!\w)(?:термін|строк|дат)\w*(?: \w+)? \(?{_ACTUAL}"
    r"|actual (?:date|completion)"
)
# a code of the budget's classification («КПКВК», «КТПКВКМБ», «КЕКВ», «Код програмної
# класифікації видатків»): digits, never an amount
_CODE_PATTERN = r"^(?:к[тф]?пквк(?:мб)?|кекв|кфк|кфквк|ккд|кбк)$|класифікац"
# where an event is held («Місце проведення», «Адреса») and who takes part («Учасники»,
# «Кількість учасників»): bodies and counts, never executors or amounts
_PLACE_PATTERN = r"^місц[ея]\b|^адрес|^location|^venue|^place\b|^address"
_PARTICIPANTS_PATTERN = (
    r"^(?:кількість |к-сть |число )?учасник\w*+(?! (?:виконання|реалізації))"
    r"|participants|attendees"
)
# how far the money or the value fell short of the plan or passed it («Відхилення, тис.
# грн», «(+, -)», «Економія»): a difference, never the plan's amount; its reasons are notes
_DEVIATION_PATTERN = (
    r"^(?!.*причин)(?:\(?\s*(?:[+±]\s*[,/]?\s*[-–−]|[-–−]\s*[,/]?\s*\+)(?!\w)"
    r"|відхилен|різниц|недофінансов|перевищен|перевитрат|економі)"
    r"|^(?:variance|deviation|difference)\b"
)
_KEPT = (
    (re.compile(_CODE_PATTERN), "a code of the budget's classification"),
    (re.compile(_PLACE_PATTERN), "the place"),
    (re.compile(_PARTICIPANTS_PATTERN), "who takes part"),
    (re.compile(_SPENT_PATTERN), "money spent"),
    (re.compile(_DONE_ON_PATTERN), "the date it was done"),
    (re.compile(_DEVIATION_PATTERN), "a deviation from the plan"),
    (re.compile(_LEVEL_PATTERN), SHARE_DONE),
    (re.compile(_VALUE_PATTERN), "an indicator's value"),
)

_NUMBER = ReportColumn.NUMBER.value
_TITLE = ReportColumn.TITLE.value
_DEADLINE = ReportColumn.DEADLINE.value
_RESPONSIBLE = ReportColumn.RESPONSIBLE.value
_OUTCOME = ReportColumn.OUTCOME.value
_STATUS = ReportColumn.STATUS.value
_EXPECTED = ReportColumn.EXPECTED_RESULT.value
_INDICATOR = ReportColumn.INDICATOR.value
_FUNDING = ReportColumn.FUNDING.value
_NOTES = ReportColumn.NOTES.value

VOCABULARY: tuple[tuple[str, tuple[Field, ...]], ...] = (
    (
        r"^(?:№№?|n|no|#|nr)\s*(?:з/п|п/п|пор|з\. ?п|п\. ?п|п/н|пп)?$|^з/п$|^п/[пн]$"
        r"|^(?:номер|№)(?: (?:заходу|пункту|з/п|завдання|про[єе]кту)(?:/(?:заходу|завдання))?)?"
        r"(?: (?:за )?(?:плану|планом|програми|програмою))?$"
        r"|^порядков\w* номер$|^пункт(?: плану| програми)?$|^код(?: заходу| про[єе]кту)?$|^ref$"
        r"|^code$|^id$"
        r"|^item(?: no\.?| number)?$",
        (_NUMBER,),
    ),
    (r"^одиниц\w* вимір\w*|^од\.? ?вим\w*|^units?(?: of measure\w*)?$", (UNIT,)),
    # «Завдання/захід», «Завдання (захід)», «Найменування завдання, заходу»: each row a measure;
    # «Найменування заходу та очікуваний результат»: the measure, its result told with it
    (
        r"^(?:(?:найменування|назва|зміст|перелік) )?(?:завдан\w*|заход\w*|захід) ?"
        r"(?:(?:/|,|\(|та |і |або |та/або ) ?(?:заход\w*|захід|завдан\w*)\)?"
        r"|,? (?:та |і )?(?:очікуван\w* )?результат\w*(?: (?:його|їх) виконання)?"
        r"|, (?:та |і )?показник\w*)$",
        (_TITLE,),
    ),
    (
        r"^(?:завдання|підзавдання|мета|ціль|цілі|підціль|напрям\w*|пріоритет\w*|проблем\w*"
        r"|(?:стратегічн|операційн|оперативн)\w* (?:ціль|цілі|напрям\w*|завдання)"
        r"|(?:найменування|назва) (?:завдання|цілі|напряму|пріоритету)(?: діяльності)?"
        r"|напрям\w* діяльності|пріоритетн\w* завдання"
        r"|завдання (?:стратегії|програми|плану)|(?:найменування |назва )?зобов.язання"
        # an expected strategic result («ОСР»), the level above the measures of a strategy
        r"|(?:найменування |назва )?(?:оср|очікуван\w* стратегічн\w* результат\w*)"
        r"|objective|goal|task|commitment|priority|(?:reform|policy|thematic) area)(?: \d+)?"
        r"(?: \([^)]*\))?$",
        (GROUP,),
    ),
    # not «Джерело інформації», "Source of information": where the report's facts come from
    (
        r"джерел\w* фінансуван|^джерел\w*$|^джерел\w* (?!інформац|даних)|funding source"
        r"|sources? of (?:funding|financing|finance)"
        r"|^sources?$",
        (FUNDING_SOURCE,),
    ),
    # how far the expected results were reached is what was done: «Інформація про
    # досягнення очікуваних результатів», «Досягнення очікуваного результату»
    (
        r"^(?:(?:інформаці|відомост)\w* (?:про|щодо) |стан )?(?:стан |хід )?досягненн\w* "
        r"(?:очікуван|запланован)",
        (_OUTCOME,),
    ),
    (r"очікуван\w*|expected|deliverables?\b|^(?:planned )?outputs?$", (_EXPECTED,)),
    (
        r"індикатор|показник|критері\w* (?:оцінк|виконанн|досягненн)|indicator|kpi"
        r"|^target(?! (?:date|completion|deadline))",
        (_INDICATOR,),
    ),
    (_LEVEL_PATTERN, ()),  # a share done (_KEPT): no field holds it
    # the state of a measure with its reasons: what was done («Стан виконання заходу,
    # причини невиконання»)
    (r"^(?:стан|хід) (?:виконання|реалізації)\b.*причин", (_OUTCOME, _STATUS)),
    # «Виконано (стисла інформація)»: what was done, told — a report, or status words
    (r"^виконано\W+(?:стисл\w+ |коротк\w+ )?(?:інформаці|опис|зміст)", (_OUTCOME, _STATUS)),
    # the report of what was not done beside a column of what was («виконано | не виконано
    # (причини)»): the outcome's other half where the two are, else its reasons
    (r"^не ?виконано\W+\(?(?:причин|з зазначенням|із зазначенням)", (_OUTCOME, _NOTES)),
    # what the executor remarks («Коментар виконавця», «Примітка відповідального виконавця»):
    # its report where no column holds one, else a note — never the executor
    (
        r"^(?:коментар|пояснен|приміт|зауваж)\w*,? (?:від )?(?:\w+ )?"
        r"(?:виконавц|відповідальн|структурн|управлін|відділ|департамент)",
        (_OUTCOME, _NOTES),
    ),
    # why a measure was not done: notes (its justification), not the report of what it names
    # («Reasons for non-implementation», «Причини невиконання заходу»)
    (_REASONS_PATTERN, (_NOTES,)),
    (
        r"^статус|^стан$|оцінк\w* (?:стану )?виконання|(?:відмітк|позначк)\w* про виконання"
        r"|^оцінк\w*$|^(?:відмітк|позначк)\w*$|\(?(?:так ?/ ?ні|yes ?/ ?no)\)?$"
        r"|^виконано|status$|^status|^(?:level of )?completion(?: level| status)?$"
        r"|виконано ?(?:/|або) ?не ?виконано",
        (_STATUS,),
    ),
    # «Примітка (стан виконання)»: the brackets say what the note holds
    (
        r"^стан виконання|^стан реалізації|^висновок|\((?:стан|хід) (?:виконання|реалізації)\)"
        r"|^(?:стан|станом) на\b",  # «Станом на 01.01.2026»: where the measure stood then
        (_OUTCOME, _STATUS),
    ),
    (r"^(?:кінцев\w* )?результат(?:и)?$|^results?$", (_OUTCOME, _EXPECTED)),
    (_DONE_ON_PATTERN, ()),  # when the work was in fact done (_KEPT): reported, not the term
    (
        r"(?:інформаці|відомост)\w* (?:про|щодо) (?:стан |хід )?(?:виконанн|реалізаці)\w*"
        r"|хід (?:виконання|реалізації)"
        r"|(?:зміст|опис)\w* виконан\w*|^фактично виконано"
        r"|^(?:інформаці|відомост)\w* (?:про|щодо) (?:досягнут\w* |отриман\w* )?результат"
        r"|результат\w* (?:моніторинг|розгляду)\w*"
        r"|результат\w* (?:виконання|реалізації)|фактичн\w* (?:результат|виконання|стан)"
        r"|(?:коментар|пояснен)\w* (?:щодо|про|до) (?:стан\w* |ход\w* )?(?:виконанн|реалізаці)"
        # «Вжиті заходи», «Проведена робота», «Опис проведеної роботи», «Підсумки виконання»;
        # «Заходи, що вживаються для виконання», «Заходи, вжиті …»: what is done, no measure
        r"|^заходи?,? (?:що |які )?(?:вжит|вжива)|вжит\w* заход|проведен\w* робот"
        r"|підсумк\w* (?:виконання|реалізації)|^стан справ"
        # («Виконання заходу (стисла інформація)»: what the brackets say it holds aside)
        r"|^виконання(?: заходу| заходів)?(?: \((?:стисл|коротк|опис|інформаці|зміст)[^()]*\))?$"
        r"|звіт про виконання|що зроблено"
        # what the executors report: «Звіт виконавця», «Інформація відповідальних виконавців»,
        # «Інформація структурного підрозділу», «Надана інформація», «Зміст інформації»
        r"|^(?:звіт|інформаці|відомост)\w*,? (?:(?:від|надан\w*) )?(?:(?!про |щодо )\w+ )?"
        r"(?:виконавц|відповідальн|структурн|управлін|департамент|відділ|служб|орган"
        r"|міністерств|адміністраці|громад|ради\b)"
        r"|^(?:подан|надан|отриман)\w* (?:інформаці|відомост)|^зміст (?:інформаці|звіт)"
        r"|^звітн\w* (?:інформаці|дан)\w*|^інформація$|^звіт$|^поточн\w* стан"
        r"|progress|(?<!period of )(?<!deadline for )(?<!deadlines for )(?<!term of )"
        r"(?<!date of )(?<!timeline for )(?<!timeframe for )"
        r"implementation(?! (?:period|timeline|dates?|deadline|term))"
        r"|^outcome"
        r"|actual result|^report|results? achieved|^achieved results?|results? (?:to date|so far)"
        r"|description of (?:the )?(?:results?|progress|implementation|what)"
        r"|what (?:has been|was) done|achievements?|досягнут\w* результат"
        r"|(?:actions?|steps|measures) taken|performed actions|work done",
        (_OUTCOME,),
    ),
    # «Рік» alone: the term, or, beside a term column, the year of the funding on its line
    (
        r"^(?:рік|роки|year|years)$|^(?:рік|роки) фінансування$|^за роками$",
        (_DEADLINE, FUNDING_YEAR),
    ),
    (
        r"строк|термін|дат[аи] (?:проведення|виконання|початку|завершення|закінчення)"
        r"|орієнтовн\w* дат|період (?:виконання|реалізації)|^початок|^кінець|^закінчення"
        r"|^завершення"
        r"|^(?:рік|роки) (?:виконання|реалізації|проведення)"
        r"|^(?:місяц[ьі]|квартал[иі]?|півріччя|період)(?: (?:виконання|проведення))?$"
        r"|^коли$|^when$|^дат[аи]$|^(?:period|quarter)s?$"
        r"|^дат[аи](?:,| і| та) (?:час|місце)\b"  # «Дата, час», «Дата і місце проведення»
        r"|deadline|дедлайн|timeline|time ?frame|due date|^term|^dates?$"
        r"|^(?:start|end|completion|target(?: completion)?) date|^target deadline"
        r"|implementation (?:period|dates?|term)|period of implementation"
        r"|(?:dates?|terms?|deadlines?|timeline|timeframe) (?:of|for) implementation",
        (_DEADLINE,),
    ),
    (
        r"виконав|відповідальн|співвиконав|прізвище|посад|суб.єкт\w* виконання|^хто\b|responsible"
        r"|^координатор|^coordinat"
        r"|implement(?:ing|or|er)"
        r"|executor|lead (?:agency|institution|ministry|body|organi[sz]ation)|^lead$|owner$"
        r"|розпорядник|^структурн\w* підрозділ|^доповідач|^виконує"
        r"|^учасник\w* (?:виконання|реалізації)|^підрозділ",
        (_RESPONSIBLE,),
    ),
    (
        r"приміт|^note|коментар|^comments?$|remark|проблемн\w* питан"
        r"|причин\w* (?:невиконан|відхилен|недовиконан|відставан)"
        r"|^пропозиці|^зауваженн|^ризик|^обґрунтуван|^пояснен|^додатков\w* інформаці"
        r"|reasons? for|next steps|^risks?\b|challenges|^evidence|verification"
        # the documents that prove the work: «Підтвердні документи», «Посилання на …»
        r"|підтверд|^посилання|^документ\w*,? (?:яким|що)|^links?\b",
        (_NOTES,),
    ),
    (
        r"найменуванн|назв[аи]|зміст|^суть|^заходи?\b|^захід|перелік (?:\w+ )?заходів|питання"
        r"|^measures?\b|^action|^activit|\btitle$|опис|\bmilestones?\b|^етап|^name\b"
        r"|^(?:key|planned) (?:activit|action|measure)|^діяльність$"
        r"|^(?:основн|головн|ключов|планов|запланован)\w* заход"
        # a council's plan of questions, a programme's objects and works
        r"|^тем[аи]\b|^тематика|^про[єе]кт$|^об'єкт\w*$|^вид\w* робіт|^перелік (?:робіт|об'єкт)"
        r"|^напрям\w* використання коштів",
        (_TITLE,),
    ),
    # money spent (_KEPT): no field holds it
    (_SPENT_PATTERN, ()),
    (
        r"фінансуван|кошт|бюджет|тис\.? ?грн|\bгрн|^обсяг|^усього|^всього|^у тому числі|вартість"
        # «Прогнозний обсяг фінансових ресурсів …, тис. гривень» of a state programme's annex
        r"|фінансов\w* ресурс|тис\.? ?гривень"
        r"|^(?:загальн|спеціальн)\w* фонд|^інш\w* джерел"
        r"|budget|funding|costs?\b|uah",
        (_FUNDING,),
    ),
)
"""Caption patterns, tried in order on each part of a caption path, and the fields each names."""

_COMPILED = tuple((re.compile(pattern), fields) for pattern, fields in VOCABULARY)
_YEAR = re.compile(r"^(?:19|20)\d\d(?: ?(?:р|рік|рр)\.?)?$")
_BRACKETS = re.compile(
    r"\s*\((?![^()]*(?:факт|заход|захід|так ?/|yes ?/|(?:стан|хід) (?:виконання|реалізації)"
    r"|стисл\w* інформаці))"
    r"[^()]*\)"
)
"""Brackets whose words a caption is read without first (not «(фактичний)», «(захід)»,
«(так/ні)» or «(стан виконання)», which say what the column holds)."""
_AS_OF = re.compile(
    r",?\s+(?:(?:станом )?на \d{1,2}[./]\d{1,2}[./]\d{2,4}|станом на \S.*"
    r"|за (?:\d{4}|(?:\S+ ){0,3}\S*(?:квартал|півріч|місяц|період|рік|року)\S*)|as of \S.*)"
    r"(?: (?:р\.?|рік|року))?$"
)
"""The date or period a caption is as of («Інформація станом на 01.01.2026», «Звіт за 2025
рік»): read without it too."""


def caption_fields(path: Sequence[str]) -> list[Field]:
    """The fields a caption path may name, the likeliest first (empty when none).

    The deepest part of the path is read first («Виконавці / співвиконавці»
    names the responsible executors); a part that is only a year («2025»)
    says nothing of the field.
    """
    found: list[Field] = []
    for part in reversed(path):
        folded = normalize_caption(part)
        if not folded or _YEAR.match(folded):
            continue
        # «Стан виконання заходу (результативні показники)»: what the brackets add is
        # read only when the words before them name nothing
        bare = _AS_OF.sub("", _BRACKETS.sub("", folded)).strip(" :.,;*")
        tried: tuple[str, ...] = (bare, folded) if bare and bare != folded else (folded,)
        if " / " in folded:  # «№ / No.», «Захід / Activity»: a caption in two languages
            tried += tuple(side.strip(" :.,;*") for side in folded.split(" / "))
        for text in tried:
            fields = next((f for pattern, f in _COMPILED if pattern.search(text)), None)
            if fields is not None:
                found.extend(f for f in fields if f not in found)
                break
    return found


_VALUES = (
    (
        re.compile(
            r"^(?:план\w*|заплановано|(?:планов|цільов|прогнозн)\w* (?:значенн|показник|обсяг)\w*"
            r"|прогноз\w*|target(?: value)?|planned(?: value)?)$"
        ),
        PLANNED,
    ),
    (
        re.compile(
            r"^(?:факт\w*|фактично(?: виконано)?|виконано|(?:фактичн|досягнут)\w* "
            r"(?:значенн|показник|обсяг)\w*|actual(?: value)?|achieved)$"
        ),
        ACTUAL,
    ),
    (
        re.compile(
            r"^(?:базов\w*(?: (?:значенн|показник|рів[ен]|величин)\w*)?"
            r"|(?:початков|вихідн)\w* (?:значенн|рів[ен])\w*|baseline(?: value)?)$"
        ),
        BASELINE,
    ),
)


def value_kind(path: Sequence[str]) -> Field | None:
    """:data:`PLANNED`, :data:`ACTUAL` or :data:`BASELINE` for a caption that names such a value.

    «План», «Заплановано», «Факт», «Фактично виконано», «Базове значення»: a
    count in a unit column's units where the table has one; its deepest named
    part decides.
    """
    for part in reversed(path):
        folded = normalize_caption(part)
        if folded and not _YEAR.match(folded):
            return next((kind for pattern, kind in _VALUES if pattern.match(folded)), None)
    return None


PLAN_PART = re.compile(
    r"(?:план\w*|передбачен\w*|запланован\w*|затверджен\w*|прогноз\w*|planned|plan)\.?$"
)
"""A caption part that says its column is the plan's («план», «передбачено»), not the fact."""


def kept_as_notes(path: Sequence[str]) -> str | None:
    """What a caption path names that no field holds («money spent», «a share done»), if so.

    Its deepest part that says decides, read with the part above it: «Обсяг
    фінансування / факт» is money spent, «Строк виконання / фактичний» the date
    it was done; parts that only break money down («всього», «у тому числі»,
    «місцевий бюджет») leave it to the caption above: «Фактичний обсяг
    фінансування / у тому числі / місцевий бюджет» is money spent. A part that
    names the plan («план») or another field says it is none.
    """
    parts = [f for f in (normalize_caption(p) for p in path) if f and not _YEAR.match(f)]
    for depth in range(len(parts) - 1, -1, -1):
        part = parts[depth]
        for text in (f"{parts[depth - 1]} {part}", part) if depth else (part,):
            what = next((what for pattern, what in _KEPT if pattern.search(text)), None)
            if what is not None:
                return what
        if PLAN_PART.match(part) or any(f != _FUNDING for f in caption_fields((part,))):
            return None
    return None


_REASONS = re.compile(_REASONS_PATTERN)


def names_reasons(path: Sequence[str]) -> bool:
    """Whether a column of notes gives why measures were not done («Причини невиконання»)."""
    return any(_REASONS.search(normalize_caption(part)) for part in path)


@functools.lru_cache(maxsize=16384)
def is_caption(text: str) -> bool:
    """Whether a cell's text reads as a column caption civplan knows."""
    return bool(caption_fields((text,))) if len(text) <= 120 else False
