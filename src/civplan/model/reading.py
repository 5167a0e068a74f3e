"""Reading an outcome text for status cues, with negation handled as a reader would.

The text is split into words and punctuation. Cues of the lexicon are matched
on runs of words between punctuation marks, so a cue never spans a comma or a
quotation; each word is compared by its lemmas, so a cue matches every form
of its words (:mod:`civplan.model.morphology`). Where no cue names a word,
its grammar may still make it one: a completed action, work going on, a plan.

A cue is negated only when «не» (or «ні», "not") stands right before it, or
before an auxiliary right before it («не було проведено»): «не менше 10
заходів проведено» has no negated cue, and «не в повному обсязі» is a
partial-completion cue of its own. Words inside quotation marks (the names of
events: «Не бійся бути рівним») and inside relative clauses («проєктів, які
виконуються ІГС») say nothing about the measure and are skipped.

A count of fewer done than planned («проведено 2 з 4 засідань», "3 of 5") is
a partial-completion cue of its own; dates («з 1 по 5 червня») are not counts.

A clause about someone else's deed — with another body as its agent
(«Президентом підписано Закон», "adopted by Parliament") or reporting another's
words («…повідомив, що …») — gives cues marked ``other``, which weigh less
than the executor's own statements.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Iterator, Sequence

import attrs

from civplan.model.cues import (
    AUXILIARIES,
    DEFENCE_WORDS,
    LEXICON,
    NEGATIONS,
    OTHER_BODIES,
    SPEECH_VERBS,
    Cue,
    CueKind,
)
from civplan.model.months import MONTH_STEMS
from civplan.model.morphology import GRAMMAR_KINDS, Analysis, Grammar, analyse, missed_words
from civplan.model.scan import (
    SENTENCE_ENDS,
    any_digit,
    compiled_on_use,
    has_digit,
    lowered,
    search_start,
    sentence_start,
)

# a text is read in segments between delimiters: punctuation that ends a run, and quotes
_SEGMENT = re.compile(r"[^,.;:!?()\[\]\n«»„“”\"]+|[,.;:!?()\[\]\n«»„“”\"]")
# an English text's runs keep a count's thousands together ("850 of the planned 1,200")
_SEGMENT_EN = re.compile(
    r"(?:[^,.;:!?()\[\]\n«»„“”\"]|(?<=\d),(?=\d{3}(?!\d)))+|[,.;:!?()\[\]\n«»„“”\"]"
)
_DELIMITERS = frozenset(',.;:!?()[]\n«»„“”"')
_WORD = re.compile(r"[\w']+(?:-[\w']+)*")
_LAST_WORD = re.compile(r"([\w']+)\W*$")
_OPENING_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"'}
_PREPOSITIONS = frozenset(
    {"у", "в", "до", "з", "із", "на", "за", "для", "від", "при", "через", "про", "над", "під",
     "без", "після", "перед", "щодо", "протягом", "серед"}
)  # fmt: skip
_STARTING = frozenset(
    {"розпочати", "почати", "розпочатися", "початися", "стартувати", "розпочнути", "почнути",
     "приступити"}
)  # fmt: skip
"""Verbs of starting: their future («розпочнеться») is a plan, not work going on."""
AWAITING = re.compile(
    r"на (?:погодж|розгляд|затвердж|підпис|експертиз|доопрацюв|опрацюв|реєстрац|узгодж)"
    r"|(?:на|для) (?:державн|правов|юридичн|антикорупційн|громадськ)\w* (?:реєстрац|експертиз"
    r"|обговор)|для (?:погодж|затвердж|підпис|реєстрац|узгодж|доопрацюв)"
    r"|про (?:(?:його|її|їх) )?доопрацюв"
    r"|for (?:(?:legal|public|state|expert|final) )?(?:approval|consideration|signature|review"
    r"|adoption|consultations?)|pending|awaiting|awaits|undergo"
    r"|(?:потреб|вимага)\w* (?:доопрацюв|уточнен|погодж|затвердж|коригув)"
    r"|(?:needs|requires) (?:revision|approval|finali[sz]ation)"
)
"""A document's state while others approve it («на погодженні», «направлено на розгляд»,
«потребує доопрацювання»)."""
_SENT = ("направл", "подан", "винесен", "передан", "надісл", "внесен", "скерован", "submitted")
"""Stems of sending a document to others: «направлено на погодження», "submitted for"."""
_WILL = frozenset({"буде", "будуть", "планується", "плануються", "will"})
"""Words of a clause of what is yet to come: «який буде винесено на розгляд»."""
_RELATIVE = re.compile(
    r"як(?:ий|а|е|і|ого|ої|их|ому|ій|им|ими|у|ою|ім)|котр\w+|which|who|whom|whose"
)
_WHOSE = frozenset({"якого", "якої", "яких", "котрого", "котрої", "котрих"})
"""The relative pronoun after the noun it owns: «об'єктів, ремонт яких не завершено»."""
_STATE = ("перебува", "знаход", "pending", "await")
"""What a relative clause is read for besides an act adopted: a state («…, який перебуває на
погодженні»)."""
_ADOPTED_STEMS = ("прийня", "затверд", "ухвал", "підписа", "зареєстр", "adopted", "approved")


def _adopted(kind: CueKind, words: list[str]) -> bool:
    """Whether a cue's words tell of an act adopted or not: «прийнято», «не затверджено»."""
    return kind in (CueKind.ACHIEVEMENT, CueKind.FAILURE) and any(
        word.startswith(_ADOPTED_STEMS) for word in words
    )


_CONJUNCTIVE_BEFORE_SHCHO = frozenset({"тим", "того", "те", "так", "тому"})
_ALL = frozenset({"всі", "усі", "все", "усе", "всіх", "усіх", "всього", "усього"})
_SAYING_ENDINGS = ("мо", "ю", "є", "ть", "но", "то", "в", "ла", "ло", "ли")
"""The endings of a verb of speech's forms («інформуємо», «повідомлено», «зазначив»), not of
the nouns that share a form with one («заяви»)."""
_PRESENT_VERB = re.compile(r"\w+(?:ть|ться|ється|ються|ує|ює)")
_PLANNED = frozenset({"запланований", "намічений", "передбачений"})
# participles that describe a thing, never report a deed: «обмеження, пов'язані з …»,
# «заходи, спрямовані на …», «присвячені Дню …», «зазначені у …»
_DESCRIBING = frozenset(
    {"пов'язаний", "спрямований", "присвячений", "зумовлений", "обумовлений", "викликаний",
     "спричинений", "розрахований", "орієнтований", "зазначений", "вищезазначений",
     "вказаний", "вищевказаний", "наведений", "згаданий", "адресований",
     # what war did to a place, no deed of the executor: «територія тимчасово окупована»
     "окупований", "деокупований", "пошкоджений", "зруйнований", "знищений", "замінований",
     # what befell the people who were to do it: «(мобілізовані)», «поранений»
     "мобілізований", "поранений", "загиблий",
     # how hard the work was: «виконання робіт ускладнене через повітряні тривоги»
     "ускладнений", "утруднений", "обмежений"}
)  # fmt: skip
_HARMED = frozenset(
    {"пошкодити", "зруйнувати", "окупувати", "замінувати", "обстріляти", "пограбувати",
     "викрасти", "вкрасти", "підтопити", "затопити"}
)  # fmt: skip
"""Verbs of harm done to a place or a thing, whose «-но» form tells of no deed of the executor
(not «знищити»: «знищено амброзію на 5 га» is work done)."""
_NO_DEED = _HARMED | {
    "перешкодити", "завадити", "зашкодити", "вплинути", "порушити", "перерозподілити"
}  # fmt: skip
"""Verbs of what befell the work, no deed of the executor's: harm, and what hindered it or
did not («воєнний стан не вплинув на виконання», «мораторій не перешкодив»), a breach
(«постачальник порушив умови договору»), money moved elsewhere («кошти перерозподілено»)."""
_LET = frozenset({"допустити", "допущений", "допускати", "допускатися"})
_LET_HAPPEN = frozenset({"порушення", "помилка", "затримка", "відставання", "зрив"})
"""What a finding («допущено») tells was let happen, a failure: «допущено порушення строків» (not
«допущено до участі 12 проєктів»; negated, «порушень не допущено», nothing was)."""
_MALFUNCTIONS = frozenset({"збій", "перебій", "аварія", "відключення", "простій"})
"""What a measure that ensures a service or a system working finds to its failure."""
_ENSURES_WORKING = re.compile(
    r"(?i)забезпеч\w* (?:[\w'’-]+ ){0,2}?(?:функціонуван|робот|постачанн|водопостачанн"
    r"|теплопостачанн|електропостачанн|газопостачанн|водовідведенн|сполученн|освітленн|зв.яз)"
)
"""A title that ensures a service or a system working («Забезпечити безперебійне
водопостачання», «… функціонування реєстру»), not its control («Забезпечити контроль …»)."""
_TOPIC = frozenset({"щодо", "про", "стосовно", "приводу", "зв'язку", "питання", "питань"})
"""Words before a failure named by its noun that make it a deed's topic or cause: «нараду
щодо невиконання графіка», «у зв'язку з невиконанням умов договору»."""
_FAILURE_NOUNS = ("невиконан", "відсутност", "неможливост", "недофінансуван")
"""How the nouns of a failure begin («невиконання», «відсутності фінансування»)."""
_TOGETHER = frozenset({"з", "із", "зі", "разом", "спільно", "with"})
_EN_PASSIVE = frozenset({"was", "were", "been", "has", "have", "had"})
_EN_BEING = _EN_PASSIVE | {"is", "are", "be"}
_EN_PASSIVE_OR_TO_BE = _EN_PASSIVE | {"be"}  # "must be submitted": a deed a modal makes future
_INSTALLED = frozenset({"встановити", "встановлений", "установити", "установлений"})
_REGISTERED = frozenset({"зареєструвати", "зареєстрований"})
_BODIES_REGISTERED = (
    "установ", "організаці", "підприємств", "об'єднанн", "товариств", "осбб", "агенці",
    "фонд", "кооператив", "юридичн", "статут", "центр",
)  # fmt: skip
"""Bodies a state registration founds: «установу не зареєстровано» tells a failure."""
_FOUND_THINGS = (
    "поруш", "правопоруш", "факт", "випад", "недолік", "зловжив", "відхилен", "розбіжн",
    "нецільов", "підстав", "ознак", "загроз", "вад", "дефект", "помилк", "скарг",
)  # fmt: skip
_CONTRAST = ("проте", "але", "однак", "втім", "but", "however")
_RECEIVED = frozenset({"надходити", "надійти", "надіслати", "received", "submitted"})
_EN_CLAUSE_BREAK = frozenset({"and", "or", "but", "while", "however", "although", "that"})
_MONEY_STEMS = ("кошт", "фінансуван", "субвенц", "асигнуван", "видатк", "дотац", "fund")
_LONGEST_STEM = max(map(len, _MONEY_STEMS))
# what a run speaks of when it tells of the report, not the measure: «інформація не надійшла»
_REPORTING = frozenset(
    {"інформація", "відомість", "відомості", "звіт", "відповідь", "дані", "information",
     "report", "data", "reply", "response"}
)  # fmt: skip
# «проведено 2 з 4 засідань», "3 of 5": fewer done than planned (not «з 1 по 5», «5 з 12 травня»)
# how a month's name begins, in any case: a figure before it is a day, not a count
_MONTH_STARTS = "|".join(MONTH_STEMS)
_ENGLISH_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
# a count's case ending: «з 3-х», «із 5-ти»
_COUNT_ENDING = r"(?:-(?:х|ох|ти|ми)|\s?[-–—]\s?(?:х|ох|ти|ми)(?![\w']))?"
"""A count's case ending after a hyphen or dash, spaced or not: «4-х», «4 - х», «5–ти»."""
_EN_THOUSANDS = r"\d{1,3}(?:,\d{3})+"
"""An English count whose thousands a comma sets apart ("1,200"), which only an English
text's runs hold."""
_COUNT = rf"\d{{1,3}}(?:[ \u00a0]\d{{3}})+|{_EN_THOUSANDS}|\d{{1,5}}"
"""A count, its groups of digits apart or not: «1 200», "1,200", «940»."""
_WORK_ON_OBJECTS = (
    r"(?:облаштова|відремонтова|встановле|обладна|підключе|побудова|збудова|заміне|оснаще"
    r"|газифікова|укомплектова|переведе|утепле|модернізова|реконструйова|викона|реалізова"
    r"|проведе|забезпече|охопле|ліквідова|усуне|демонтова|відновле|відбудова|розчище"
    # on people counted: «з 40 працівників навчено 31», «навчання пройшли 31», «80 %
    # працівників пройшли навчання»
    r"|навче|атестова|вакцинова|щепле|оздоровле|обстеже"
    r"|(?:навчання|медогляд|підготовку|курси|атестацію|щеплення|вакцинацію) пройш"
    r"|пройш\w* (?:навчання|медогляд|підготовку|курси|атестацію|щеплення|вакцинацію))\w*"
)
"""Verbs of work done on objects or people counted: «облаштовано у 9 школах», «80 % шкіл
забезпечено», «з 40 працівників навчання пройшли 31»."""
_SHARE = re.compile(
    # every form begins with a count or «з N»: a position that cannot is passed at once
    r"(?=\d|(?:з|із|зі) (?:\d|запланован|передбачен|визначен|загальн|числа))(?:"
    # (in thousands too, their groups apart: «1 200 з 1 240 звернень»)
    rf"(?<![\d.,/])(?<!\d[ \u00a0])({_COUNT}) (?:з|із|зі|of|out of) ({_COUNT})"
    rf"{_COUNT_ENDING}(?![\d.,/])"
    # «з 1 по 5», «№ 12 of 20 February»: days, a date (not «з 43 посадових осіб»)
    rf"(?! ?(?:(?:по|до)(?![\w'])|-|–|{_MONTH_STARTS}|{_ENGLISH_MONTHS}))"
    # «3 договори з 5 запланованих»: a word between, when the second count is of the plan
    # or ends the clause («у 3 будівлях з 5»); up to four words and the plan's unit
    # («3 нових ЦНАП з 4 запланованих», «12 км доріг із 20 км, передбачених програмою»)
    rf"|(?<![\d.,/])(?<!\d[ \u00a0])({_COUNT}) (?:[^\W\d][\w'-]* ){{1,4}}(?:з|із|зі|out of) "
    rf"({_COUNT}){_COUNT_ENDING}"
    r"(?: (?:км|м|кв\. ?м|шт|од|га|т)\.?)?"
    # or the deed follows, maybe after its subject: «у 12 громадах з 17 створено центри», «на 17
    # об'єктах з 24 роботи завершено»
    # (not «з 5 поданих заяв»: a choice among those asked for, «видано 3 дозволи з 5 …»)
    r"(?: (?:запланован|передбачен|визначен|необхідн|потрібн|виявлен|наявн|існуюч|прийнят"
    r"|зобов'язан|пошкоджен|зруйнован|аварійн)\w*"  # «3 мости з 5 пошкоджених»: all to mend
    r"|\s*$"
    r"|(?= (?:[^\W\d][\w'-]* )?[^\W\d]+(?:но|то)\b)"
    # "850 civil servants out of 1,200 were trained": the deed after the plan's count
    r"|(?= (?:planned|targeted|envisaged|were|was|have|has|had)\b))"
    # «з 15 запланованих об'єктів відремонтовано 9»: the plan first, then the count done;
    # of the objects the work was on, by a verb of that work: «з 12 шкіл укриття облаштовано
    # у 9» (not «з 1 вересня», «з 2020 року», a time; not «з 20 заявок підтримано 5», a choice)
    r"|\b(?:з|із|зі) (?:загальної кількості |загального числа |числа )?(\d{1,5})"
    r" (?:(?:запланован|передбачен|визначен)\w*(?: [^\W\d][\w'-]*){0,8}"
    r"(?: (?:19|20)\d\d (?:році|року|р\.))?"  # «… у 2025 році виконано 5»
    r" [^\W\d]+(?:но|то|ли|ла|ло|в)(?:ся|сь)?"  # «… відбулося 9»
    rf"|(?!{_MONTH_STARTS}|рок|рік|р\.)[^\W\d][\w'-]*(?: [^\W\d][\w'-]*){{0,3}}"
    rf" {_WORK_ON_OBJECTS})"
    r" (?:(?:у|в|на) )?(\d{1,5})(?![\d.,/])"
    # «із запланованих 4 радіопередач вийшло 2»: the plan's word, its count, then the deed's
    r"|\b(?:з|із|зі) (?:запланован|передбачен|визначен)\w*(?: [^\W\d][\w'-]*){0,2} (\d{1,5})"
    r"(?: [^\W\d][\w'-]*){0,8}"  # «… контейнерів для роздільного збору придбано та …»
    r" [^\W\d]+(?:но|то|ли|ла|ло|в)(?:ся|сь)? (\d{1,5})(?![\d.,/])"
    # «12 км доріг із запланованих 20 км», «3 укриття з передбачених програмою 5»: the
    # plan's word before its count, the unit's words before it if any («проведено 10 із
    # запланованих 12 семінарів»)
    # (not a year: «У 2025 році із запланованих 4 радіопередач …»)
    # («700 дерев із запланованих 1 200»: a count of thousands, its groups apart)
    rf"|(?<![\d.,/])(?<!\d[ \u00a0])({_COUNT}) (?!р\.|рік|року|році|роки|років|рр)"
    rf"(?:[^\W\d][\w'-]* ){{0,4}}(?:з|із|зі) "
    rf"(?:запланован|передбачен|визначен)\w*(?: [^\W\d][\w'-]*){{0,2}} ({_COUNT})(?![\d.,/]))"
)
# «виконано на 80 %», «освоєно лише 45,5 відсотка», "80% complete": the share of the work done
# (here and below, «(?=\d)» before the look-behinds of a form that begins with a number: they
# are tried where a number begins, not at every place, which costs more than the rest)
_DECIMAL_SHARE = compiled_on_use(
    r"(?=\d)(?<![\d.,])(\d{1,5},\d{1,3}) ?(км|м|га|т|кв\. ?м|куб\. ?м|м2|м²)\.?"
    r"(?: [^\W\d][\w'-]*){0,3} (?:з|із) "
    r"(?:(?:запланован|передбачен|визначен)\w*(?: [^\W\d][\w'-]*){0,2} )?"
    r"(\d{1,5}(?:,\d{1,3})?) ?\2(?![\w\d])"
)
"""A decimal count of a whole in the same unit: «2,5 км з 4 км», «1,2 га угідь з 3,5 га»,
«12,6 км доріг із запланованих 20 км»."""
_OF_THOSE_NEEDING = compiled_on_use(
    # (not a year, nor a day: «з 2024 року», «з 25 вересня»)
    rf"(?=[зі])(?<![\w'])(?:з|із|зі) (\d{{1,5}}) (?!рок|рік|р\.|{_MONTH_STARTS})[^\W\d][\w'-]*"
    r"(?: [^\W\d][\w'-]*){0,3}(?:, "
    # a clause of what they need, or a participle's («…, визначених програмою, …»), or none
    r"(?:(?:(?:що|які|яких|котрі|де) |[^\W\d]+(?:них|тих)\b)[^,.;:()\d]{0,80}, )?"
    rf"(?:[^\W\d][\w'-]* ){{0,3}}| )(?:{_WORK_ON_OBJECTS}|заверше\w*) (?:(?:у|в|на) )?"
    r"(\d{1,5})(?!\d|[.,/]\d)"
)
"""The whole, a clause of what it needs maybe, then the count done: «із 12 шкіл, які …, … 5»,
«З 24 запланованих об'єктів, роботи завершено на 17», «З 17 виявлених сміттєзвалищ
ліквідовано 11»."""
_PERCENT_DONE = re.compile(
    r"\b(?:викона|освоє|освоєн|реалізова|здійсне|профінансова|використа|заверше|проведе"
    r"|побудова|збудова|відремонтова|зробле|досягну|розробле|виготовле|підготовле|облаштова"
    r"|змонтова|оснаще|модернізова|реконструйова|відновле|впровадже|внесе|наповне|оцифрова"
    r"|встановле|оновле|ліквідова|оприлюдне|розміще"
    # work on objects counted in a share of them: «Обстежено 40 % об'єктів»
    r"|обстеже|вакцинова|щепле|перевіре|інвентаризова|охопле|підключе|переведе|утепле|обладна"
    r"|заміне|паспортизова|сертифікова|атестова|навче|очище|газифікова|асфальтова|укомплектова"
    r"|сформова|створе|придба|закупле|поставле|виготовле|відкрит|виплаче|видан|переда(?:н|в)"
    r"|забезпече|погаше|сплаче|відшкодова|компенсова|отрима"
    r"|пройш|пройде"  # «медогляд пройшли 87 % працівників»
    r")\w* "
    # with what: «Укомплектовано інвентарем 60 % секцій» (not «понад 80 %», at least that)
    # «Виконано роботи на 70 %»
    # where: «Підключено до інтернету 80 % закладів», «Переведено в електронну форму 55 %»;
    # what, then where: «Встановлено лічильники у 70 % будинків»
    r"(?:(?:(?!понад|більш|менш|щонайменше)[^\W\d][\w'-]*"
    r"(?:ом|ем|єм|ям|ою|ею|єю|ами|ями|ими|им) ){1,2}|роботи |робіт "
    # the records of a share of them: «Внесено дані про 40 % земельних ділянок»
    r"|(?:дані|відомості|інформацію) (?:про|щодо|стосовно) "
    r"|(?:до|в|у|із|з) (?:(?!понад|більш|менш|щонайменше)[^\W\d][\w'-]* ){1,2}"
    r"|(?!понад|більш|менш|щонайменше|на )[^\W\d][\w'-]* (?=(?:у|в|для) \d)"
    # the work named, then the share of its objects: «Проведено інвентаризацію 60 % земель»,
    # «Здійснено заміну 30 % вікон» (not «опитування 60 % мешканців», a sample)
    r"|(?:[^\W\d][\w'-]*(?:ий|ій|у|ю) )?"  # «поточний ремонт», «повну інвентаризацію»
    r"(?:[^\W\d][\w'-]*[ак]цію|(?:замін|перевірк)у|ремонт|(?:обстеж|оцифрув|утепл|очищ)\w*ння) )?"
    r"(?:(?:лише|тільки|майже|приблизно|близько|на рівні) )?"
    # («отримано для 85 % об'єктів», «підключено у 60 % закладів»: for a share of them)
    r"(?:на |для |у |в )?(?:(?P<uk>\d{1,3}(?:[.,]\d+)?)(?:-(?:ти|ми|х))? ?(?:%|відс(?:от\w*|\.))"
    r"|(?P<num>[1-9])/(?P<den>[2-9])(?![\d/]|\.\d))"  # «виконано на 2/3»: a fraction of the work
    r"|(?=\d)(?<![\d.,])(?P<en>\d{1,3}(?:\.\d+)?) ?% (?:(?:of (?:the )?(?:works?|construction) )?"
    r"(?:complete|completed|implemented|done)\b"
    # "60% of records have been digitised": a share of the objects the work was on
    r"|of (?:the |all )?(?:[a-z][\w'-]* ){1,3}(?:have |has |had )?(?:been|were|was) (?:now )?"
    r"(?:digiti[sz]ed|connected|renovated|repaired|refurbished|equipped|covered|trained"
    r"|vaccinated|installed|inspected|upgraded|moderni[sz]ed|built|completed|implemented"
    r"|insulated|replaced|reconstructed|certified|registered|delivered|procured|purchased"
    r"|supplied|distributed|disbursed|spent|paid|reached|updated|published|verified)\b)"
    # «рівень виконання – 75 %», «відсоток виконання становить 40 %», «готовність 70 %»
    r"|\b(?:(?:рів\w+|відсот\w+|ступ\w+) (?:виконання|охоплення)"
    r"(?: заходу| індикатора| показника| плану| [^\W\d][\w'-]*)?"  # «охоплення щепленнями»
    r"|^(?:виконання|освоєння)(?: заходу| коштів| показника| індикатора| плану| програми)?"
    # anywhere with its verb or a dash: «Протягом року виконання – 100 %» (not «забезпечено
    # виконання 100 % показників»)
    r"|(?:виконання|освоєння)(?: заходу| коштів| показника| індикатора| плану| програми)?"
    r"(?= (?:становить|скла(?:в|ла|ло|ли)|складає)\b"
    r"| ?[-–—:])"
    # «охоплення оповіщенням – 72 % населення», «охоплення дітей щепленнями становить 81 %»
    r"|охоплення(?: [^\W\d][\w'-]*){0,2}?(?= (?:становить|скла(?:в|ла|ло|ли)|складає)\b"
    r"| ?[-–—:])"
    r"|(?:будівельн\w+ |технічн\w+ )?готовн\w+(?: об.єкта)?"
    # «укомплектованість посад становить 87 %»: the share of posts filled
    r"|укомплектован\w+(?: посад| кадрами| штату)?"
    # "implementation rate: 60%", "level of completion is 75%"
    r"|(?:implementation|completion|execution) (?:rate|level)"
    r"|^(?:implementation|completion|execution)(?= ?[-–—:])"  # "Completion: 80%"
    r"|level of (?:implementation|completion)"
    # "the audit covered 60% of the register", "coverage reached 85%"
    r"|\b(?:covered|reached|achieved|completed|digiti[sz]ed)"
    r"(?: only| about| around| approximately| nearly| almost| some)?"
    r")(?: становить| скла(?:в|ла|ло|ли)| складає| is| was| of)?"
    r"(?: ?[-–—:] ?| )(?P<lv>\d{1,3}(?:[.,]\d+)?) ?(?:%|відс(?:от\w*|\.))"
    # a share alone, as a column of the share done writes it: «75 %»
    r"|^\s*(?P<al>\d{1,3}(?:[.,]\d+)?) ?%\s*$"
    # … or a count done over the count planned: «3/5» («№ 3/5», a paper's number, is no cell's
    # whole; nor «12/03», a date)
    r"|^\s*(?P<bn>0|[1-9]\d{0,2}) ?/ ?(?P<bd>[1-9]\d{0,2})\s*$"
    # «…, що становить 85 % від (до) запланованого», «80 % передбачених коштів», "85% of the plan",
    # «45 % від кошторисної вартості», «45 % вартості робіт»
    r"|(?=\d)(?<![\d.,])(?P<pl>\d{1,3}(?:[.,]\d+)?) ?(?:%|відс(?:от\w*|\.)) "
    r"(?:від |до |of (?:the )?)?"
    r"(?:(?:запланован|передбачен|план|потреб|target|кошторисн)\w*|planned\b|plan\b"
    r"|(?:загальн\w* )?вартост\w* (?:робіт|об.єкта|будівництва|ремонту))"
    # «75 % шкіл забезпечено укриттями»: a share of the objects the work was on, done
    # (not «не менше 80 % учнів охоплено», "at least": no share short of the whole)
    r"|(?=\d)(?<![\d.,])(?<!менше )(?<!менш як )(?<!понад )(?<!більше )(?<!більш як )"
    r"(?P<of>\d{1,3}(?:[.,]\d+)?) ?(?:%|відс(?:от\w*|\.)) (?:[^\W\d][\w'-]* ){1,2}"
    + _WORK_ON_OBJECTS
)
_PERCENT_NEAR = (("%", "відсот", "відс.", "/"), 8)
"""What every match of :data:`_PERCENT_DONE` holds, and the most spaces before it in the match
(«будівельна готовність об єкта становить – 75 %»: 7)."""
_NOUN_OF_DOING = re.compile(r"\w+ння ")
"""The noun of a verb of doing the work («виконання», «освоєння»), which states a level."""
_FRACTIONS = frozenset(
    {"половина", "половину", "половини", "третина", "третину", "третини", "чверть", "чверті",
     "частина", "частину", "більшість", "більшості"}
)  # fmt: skip
"""A fraction of the work, next to a deed: «виконано половину робіт», «частину робіт виконано»
(not «у другій половині року», «виконано в частині …»: other cases, other meanings)."""

_BUDGETED = frozenset(
    {"передбачити", "передбачатися", "передбачати", "передбачений", "запланувати",
     "планувати", "плануватися", "запланований", "потребувати", "вимагати"}
)  # fmt: skip
"""Verbs whose negation, said of money, tells of no budget rather than of no work."""
_COMPLETING = frozenset(
    {"завершити", "завершений", "завершувати", "закінчити", "закінчений", "добудувати",
     "добудований", "complete", "completed", "finish", "finished"}
)  # fmt: skip
"""Verbs of finishing: not finished after work begun is a part done, not nothing."""
_GOING_ON = frozenset(
    {"продовжити", "продовжений", "продовжувати", "продовжуватися", "продовжитися", "continue",
     "continued"}
)  # fmt: skip
"""Verbs whose future («буде продовжено») tells of work begun that goes on, not of a plan."""
_INSTRUMENTAL = ("ням", "тям", "ами", "ями")
"""Endings of what a deed was done with: «підвезенням», «кадрами» (a participle before it is
predicative)."""


_ZERO_AFTER = re.compile(r":\s*0(?![\d.,]\d)")
"""A count of none after a run's last word: «Засідань проведено: 0»."""
_LONE_ZERO = re.compile(r"(?<![\d.,])0(?:[.,]0+)?(?![\d.,]\d|\d)")
"""A zero, whole or with its decimals: «проведено 0 заходів», «0,0 тис. грн», not «0,4»."""
_NONE_COUNTED = frozenset({"0", "жодного", "жодної", "жодних", "жоден", "жодна", "жодне", "zero"})
"""A count of none right after a deed: «проведено 0 заходів», «укладено жодного договору»."""
_DECLARED = re.compile(r"\bвизна\w* так(?:им|ою|ими|е),? що\b")
"""A declaration whose clause tells what was declared: read as if that clause stood alone."""
_UNIT_STOP = re.compile(r"(?:(?<=\bкв)|(?<=\bкуб))\.(?= ?м\b)")
"""The full stop of a square or cubic metre («кв. м», «куб. м»), which ends no sentence."""
_CUT_SHORT = re.compile(r"\bчастк?\.(?= ?[^\W\d]|\s*$)")
"""«част.», «частк.»: «частково» cut short, whose full stop ends no sentence."""

# a procurement, whose cancelling is a step that failed, not the measure withdrawn
PROCUREMENT = (
    "тендер",
    "закупів",
    "торги",
    "торгів",
    "аукціон",
    "конкурс",
    "tender",
    "procurement",
)
"""How the words of a purchase or a call begin: «тендер», «закупівля», «конкурс», "procurement"."""
CONTRACTS = ("договір", "договор", "угод", "контракт")
"""How the words of a contract begin."""
_DEFENCE_ASKED = compiled_on_use(
    r"\b(?:зсу|збройн\w* сил|військов|оборон|сил\w* безпеки|захисник|захисниц|теробор"
    r"|територіальн\w* оборон|добровольч)"
)
"""A title that asks to support defence («Надати підтримку Збройним Силам України»)."""
_CONTRACT_ASKED = (*CONTRACTS, "закуп", "придба", "постач", "купів", "купит")
"""How the words of a title begin that ask for what a contract itself does: the contract, a
purchase."""
_CONTRACT_FOR_WORK = compiled_on_use(
    r"\b(?:договір|договори|договору|угоду|угоди|контракт\w*)\b[^,;:]{0,60}? на "
    r"(?:виконання |проведення |здійснення )?(?:робіт|ремонт|будівництв|реконструкц|капітальн"
    r"|поточн|встановленн|облаштуванн|замін|утепленн|енергоаудит|виготовленн|постачанн"
    r"|придбанн|закупівл|монтаж|розробленн)"
)
"""A contract for the work or the goods a measure asks for: «договір на ремонт даху», «договір
з ТОВ «Буд» на постачання обладнання»."""
_CONTRACT_REACH = 200
"""The most characters from a run's start a contract for the work is sought in."""
_RELEVANCE = (
    "актуальн",
    "доцільн",
    "недоцільн",
    "потреб",
    "необхідн",
    "relevan",
    "needed",
    "necessary",
    "required",
)
"""How the words of a cancellation by want of need begin: «втратив актуальність», "no longer
relevant" — the measure's own, whatever procurement the run names."""

# what a cue of each kind means when it is negated; None: the cue says nothing
_NEGATED: dict[CueKind, CueKind | None] = {
    CueKind.ACHIEVEMENT: CueKind.FAILURE,
    CueKind.ONGOING: CueKind.FAILURE,
    CueKind.FUTURE: CueKind.FAILURE,
    CueKind.FINDING: CueKind.FINDING,
    CueKind.PARTIAL: CueKind.PARTIAL,
    CueKind.POSTPONEMENT: None,
    CueKind.CANCELLATION: None,
    CueKind.FAILURE: None,
}


@attrs.frozen
class Evidence:
    """A cue found in an outcome text.

    Attributes:
        kind: what the phrase says, after negation: a negated achievement is a
            ``FAILURE``; an affirmed finding is an ``ACHIEVEMENT``, a negated
            one stays a (neutral) ``FINDING``.
        phrase: the words exactly as the text has them («не проводилось»).
        negated: whether a negation applied to the cue.
        other: whether the phrase tells of another body's deed or words
            («Президентом підписано»), not the executor's own.
    """

    kind: CueKind
    phrase: str
    negated: bool = False
    other: bool = False


@attrs.frozen
class _Entry:
    """A word form as the lexicon sees it: lemmas, the cues that may start at it, grammar."""

    lemmas: frozenset[str]
    cues: tuple[Cue, ...]
    seconds: tuple[frozenset[str] | None, ...]
    """For each cue whose words may stand apart, its second word, when every form of it is live."""
    grammar: Grammar | None
    agent: bool
    body: bool
    number: bool
    speech: bool
    own: bool
    inert: bool
    """No cue can start at it: no lexicon entry, no telling grammar, no fused negation."""


class _Index:
    """A lexicon indexed by the lemmas its cues start with, with each form's entry cached."""

    _LIMIT = 200_000

    def __init__(self, lexicon: Sequence[Cue]) -> None:
        self.lexicon = lexicon
        starts: dict[str, list[tuple[int, int, Cue]]] = {}
        for position, cue in enumerate(lexicon):
            for lemma in cue.alternatives[0]:
                starts.setdefault(lemma, []).append((-len(cue.words), position, cue))
        self._starts = starts
        # cues whose words may stand apart and whose second word starts cues itself: where
        # none of a run's live forms is that word, the cue is not sought word by word
        self._apart = {
            id(cue): cue.alternatives[1]
            for cue in lexicon
            if cue.reach
            and "#" not in cue.alternatives[1]
            and all(lemma in starts for lemma in cue.alternatives[1])
        }
        self.entries: dict[str, _Entry] = {}
        """Every form met so far, with its entry."""
        self.live: set[str] = set()
        """The forms a cue may start at, or that mark another actor or reported speech (but
        those of ``apart``, sought only where a second word of theirs is live)."""
        self.agents: set[str] = set()
        self.speakers: set[str] = set()
        self.apart: dict[str, frozenset[str]] = {}
        """The forms whose every cue has words apart, with the second words those need; no
        grammar or actor makes them live otherwise («фінансування»: «… припинено»)."""
        self.apart_forms: set[str] = set()
        """The forms of ``apart``, as a set to intersect a run's words with (a set's
        intersection in C: a pass over the run's words cost 1 % of an assessment)."""

    def learn(self, forms: set[str]) -> None:
        """Make the entries of forms not met before."""
        if len(self.entries) + len(forms) > self._LIMIT:
            for known in (self.entries, self.live, self.agents, self.speakers, self.apart):
                known.clear()
            self.apart_forms.clear()
        for form in forms:
            entry = self.entries[form] = self._make(form)
            if (
                entry.cues
                and None not in entry.seconds
                and entry.grammar is None
                and not (entry.agent or entry.body or entry.speech)
                and not form.startswith("не")
                and not form.endswith("ed")
            ):
                self.apart[form] = frozenset().union(*entry.seconds)  # type: ignore[arg-type]
                self.apart_forms.add(form)
            elif not entry.inert or entry.agent or entry.body or entry.speech:
                self.live.add(form)
            if entry.agent or entry.body:
                self.agents.add(form)
            if entry.speech and not entry.own:  # another's words follow it
                self.speakers.add(form)

    def _make(self, form: str) -> _Entry:
        analysis: Analysis = analyse(form)
        if analysis.grammar is None and form.endswith("нно") and len(form) > 6:
            # «проведенно», «виконанно»: a deed typed with a double «н»
            typed = analyse(form[:-2] + "о")
            if typed.grammar == "done":
                analysis = typed
        elif analysis.grammar is None and (meant := _mistyped(form)) is not None:
            analysis = analyse(meant)  # «Виконао», «частоково»: the one status word it misses
        lemmas = frozenset(analysis.lemmas)
        number = form.isdecimal()
        keys = [*analysis.lemmas, "#"] if number else analysis.lemmas
        found: dict[int, tuple[int, int, Cue]] = {}
        for key in keys:
            for item in self._starts.get(key, ()):
                found[item[1]] = item
        ordered = sorted(found.values(), key=lambda item: (item[0], item[1]))
        return _Entry(
            lemmas=lemmas,
            cues=tuple(item[2] for item in ordered),
            seconds=tuple(self._apart.get(id(item[2])) for item in ordered),
            grammar=analysis.grammar,
            number=number,
            agent=analysis.agent or form in OTHER_BODIES,
            body=analysis.body or form in OTHER_BODIES,
            speech=not lemmas.isdisjoint(SPEECH_VERBS),
            # the writer's own words, no one else's: an aside («слід зазначити, що …»), or the
            # executor telling in the first person («повідомляємо, що …», «інформую, що …»)
            own=form.endswith(("ти", "мо", "ю")),
            inert=not ordered
            and analysis.grammar is None
            and not form.startswith("не")
            and not form.endswith("ed"),
        )


_STATUS_WORDS = (
    "виконано", "виконаний", "виконана", "виконані", "виконується", "виконуються",
    "невиконано", "частково", "проведено", "здійснено", "реалізовано", "завершено",
    "розпочато", "перенесено", "скасовано", "забезпечено",
)  # fmt: skip
"""The words of a status a typo is mended into, as dense tables write them."""


def _mistyped(form: str) -> str | None:
    """The status word a form misses by a letter («виконао»), if one only; not a dictionary word."""
    near = missed_words(form, _STATUS_WORDS) if _CYRILLIC_FORM.match(form) else []
    return near[0] if len(near) == 1 else None


_CYRILLIC_FORM = re.compile(r"[а-яіїєґ']+$")
_PARTICIPLE_FORM = re.compile(r"(?:[нт](?:ий|а|е|і)|ed|en)$")
"""A participle's full form («затверджена», «внесений», "approved"), which can describe a noun."""
_NEGATED_NEXT = re.compile(r",[^,.;:!?()\n]*?(?<!\w)(?:не|ні|not|never)(?!\w)")
"""The run after a comma denies its deed: «…, не фінансувалась», "…, was not funded"."""


_INDEXES: dict[int, _Index] = {}
_INDEX_LOCK = threading.Lock()


def _index(lexicon: Sequence[Cue]) -> _Index:
    index = _INDEXES.get(id(lexicon))
    if index is None or index.lexicon is not lexicon:
        with _INDEX_LOCK:
            if len(_INDEXES) >= 8:
                _INDEXES.clear()
            index = _INDEXES[id(lexicon)] = _Index(lexicon)
    return index


def read_outcome(
    text: str, lexicon: Sequence[Cue] = LEXICON, *, title: str = ""
) -> tuple[Evidence, ...]:
    """Every cue of ``lexicon`` that ``text`` contains, in reading order.

    ``title``: the measure's; a deed of a first stage («завершено перший етап») is
    a part of the measure, unless the measure is that stage («Будівництво І черги»).
    """
    index = _index(lexicon)
    found: list[Evidence] = []
    folded = lowered(text)
    for curly in "’ʼ`":
        if curly in folded:
            folded = folded.replace(curly, "'")
    if "част." in folded or "частк." in folded:  # «част. виконано»: one run, as «частково …»
        folded = _CUT_SHORT.sub(lambda m: m[0][:-1] + " ", folded)
    if "визнан" in folded:  # «тендер визнано таким, що не відбувся»: what it was declared
        folded = _DECLARED.sub(lambda m: " " * len(m[0]), folded)
    offset = 0
    closing: str | None = None  # the quotation mark that ends the current quotation
    after_comma: str | None = None  # the word before a comma, to judge the clause after it
    # «Програма, затверджена рішенням сесії, не фінансувалась»: a participle between commas
    # after a sentence's bare subject describes it, no deed of the report's
    opening = True  # the next run begins a sentence
    opened_at = -1  # how many cues were found when the sentence's first run began
    subject = False  # the run before the comma told nothing and began its sentence
    speech = False  # the previous run had a verb of speech: a «що» clause reports it
    executor = False  # … and its speaker was an executor: what it told is the report itself
    said: int | None = None  # where in found the previous run's verb of speech stands
    late: list[int] = []  # where in found a deed not done on time stands
    plans: list[int] = []  # where in found the plan's count is told («Заплановано 10 заходів»)
    colon = False  # the run follows a colon: after a verb of speech, what was said
    counted = has_digit(text)
    # shares done («виконано на 80 %»), found once; each counts in the run it begins in
    percents = _shares_done(text, folded) if counted else []
    # «Охопити оглядами 90 % учнів»: the share the title asks for is what a share is measured
    # against (in assessing), not the whole: the share told is a level reached; a share of a
    # plan the text states («78 % (план – 95 %)») is measured already
    measured = bool(percents) and ("%" in title or "відс" in title)
    next_percent = 0
    # counts with an aside in brackets between them, or in thousands («12 тис. справ з 30
    # тис.»), which the runs are cut at: found once
    asides = sorted(
        (
            *(_SHARE_AROUND_ASIDE.finditer(folded) if counted and "(" in folded else ()),
            *(_THOUSANDS_SHARE.finditer(folded) if counted and "тис." in folded else ()),
        ),
        key=lambda found: found.start(),
    )
    next_aside = 0
    named = _shares_across_names(text, folded) if counted else []
    next_named = 0
    money = _Money(folded)
    # «120 кв. м з 400»: a unit's full stop ends no run (the stop made a letter, in place)
    runs = _UNIT_STOP.sub("ъ", folded) if "кв." in folded or "куб." in folded else folded
    for part in (_SEGMENT_EN if text.isascii() else _SEGMENT).findall(runs):
        start = offset
        offset += len(part)
        if len(part) == 1 and part in _DELIMITERS:
            if closing is not None:
                if part in (closing, "\n"):  # an unclosed quotation ends with its line
                    closing = None
            elif part in _OPENING_QUOTES:
                closing = _OPENING_QUOTES[part]
                after_comma = None
            elif part == ",":
                after_comma = _last_word(folded, start)
                subject, opened_at = opened_at == len(found), -1
            else:
                after_comma = None
                if part not in "()":
                    opening, opened_at, subject = part in ".;!?\n", -1, False
            colon = part == ":"
            continue
        if closing is not None:
            continue
        shares = _shares(text, part, start) if counted and any_digit(part) else []
        while next_aside < len(asides) and asides[next_aside].start() < offset:
            aside = asides[next_aside]  # read in the run it begins in
            next_aside += 1
            if int(aside[1]) < int(aside[2]):
                phrase = text[aside.start() : aside.end()]
                shares.append(Evidence(kind=CueKind.PARTIAL, phrase=phrase))
        while next_named < len(named) and named[next_named][0] < offset:
            shares.append(named[next_named][1])
            next_named += 1
        if part.isascii() and " of " in part:  # "two of the four planned workshops"
            shares += _english_shares(text, part, start)
        elif " з " in part or " із " in part or " зі " in part:  # «два з трьох семінарів»
            shares += _word_shares(text, part, start)
        done_shares: list[Evidence] = []  # shares of the work done, read in any clause
        none_done: list[tuple[int, int]] = []  # «виконано на 0 %»: its «виконано» is no deed
        while next_percent < len(percents) and percents[next_percent][0] < offset:
            begins, ends, value, of_plan = percents[next_percent]
            next_percent += 1
            if begins >= start:
                phrase = text[begins:ends]
                if value == 0:
                    none_done.append((begins, ends))
                kind = _SHARE_KINDS[(value > 0) + (value >= 100 or (measured and not of_plan))]
                done_shares.append(Evidence(kind=kind, phrase=phrase))
        words = part.split()
        if not "".join(words).isalnum():  # hyphens, apostrophes, signs: the slower, exact way
            words = _WORD.findall(part)
        if not words:
            continue
        described = subject  # the run may describe the subject before its comma
        subject = False
        if opening:
            opened_at, opening = len(found), False
        if (
            after_comma is not None  # a clause after a comma, not a sentence's «Крім …»
            and words[0] in _EXCEPT
            and words[1:2] != ["того"]
            and found
            and found[-1].kind is CueKind.ACHIEVEMENT
            and not found[-1].negated
        ):  # «Заходи виконано, крім встановлення камер»: all but a part
            found.append(Evidence(kind=CueKind.PARTIAL, phrase=text[start:offset].strip()))
        if (
            len(words) > 1
            and words[-1] in _ANSWERS
            and (answer := _DASHED_ANSWER.search(part)) is not None
        ):
            # «Ремонт даху – так; заміна вікон – ні»: each item answered yes or no
            no = _ANSWERS[words[-1]]
            found.append(
                Evidence(
                    kind=CueKind.FAILURE if no else CueKind.ACHIEVEMENT,
                    phrase=text[start + answer.start() : start + answer.end()],
                    negated=no,
                )
            )
        # what a verb of speech in the run before reports: «заявив, що …», «заявив: …»
        told_after = speech and (colon or words[0] in ("що", "that"))
        colon = False
        if said is not None:
            if told_after:  # the saying is no deed
                del found[said]
            said = None
        relative = False
        comma_word = after_comma  # the word before the comma the run follows, if it does
        if after_comma is not None:
            relative = _opens_relative_clause(after_comma, words)
            after_comma = None
            if relative:
                speech = False
                # only a state is read there: «…, який перебуває на погодженні», "…, which
                # are pending approval"
                # «…, який прийнято 15.10.2025»: the act the report tells of, adopted, is read too
                if (
                    not any(w.startswith(_STATE) or w.startswith(_ADOPTED_STEMS) for w in words)
                    # «…, який направлено на погодження»: sent by the executor to others (not
                    # «…, які надійшли на розгляд», nor «…, який буде винесено на …»)
                    and not (
                        any(w.startswith(_SENT) for w in words)
                        and _WILL.isdisjoint(words)
                        and AWAITING.search(part) is not None
                    )
                ):
                    found.extend(done_shares)  # «…, що становить 85 % від запланованого»
                    continue
                shares = []
        shares += done_shares
        distinct = set(words)
        new = distinct.difference(index.entries)
        if new:
            index.learn(new)
        hits = index.live.intersection(distinct)
        if not hits:
            speech = False
            if words[-1] == "роботі" and (working := _in_work(text, part, start)) is not None:
                found.append(working)
            found.extend(shares)
            continue
        entries = list(map(index.entries.__getitem__, words))
        other = not index.agents.isdisjoint(hits) and _agent(words, entries)
        staged = not _STAGES.isdisjoint(distinct)  # a stage named: «перший етап завершено»
        narrowed = not _ONLY.isdisjoint(distinct)  # «лише»: a deed of a part, maybe
        fractional = not _FRACTIONS.isdisjoint(distinct)  # «частину», «половину»
        # "Some of the planned activities were implemented": a part of them
        # (or "Only some of …")
        part_at = 1 if words[0] == "only" else 0
        some_of = words[part_at + 1 : part_at + 2] == ["of"] and words[part_at] in _SOME_OF
        # «інформацію надано у звіті за І півріччя»: a deed of telling, told elsewhere
        elsewhere = (
            ("звіт" in part or "report" in part or "попередн" in part)
            and _in_another_report(words, entries, title)
        ) or (
            "нформаці" in part
            and _INFORMATION_ON_IT.search(part) is not None
            and _in_a_letter(words, entries, title)
        )
        # what follows «що»/"that" after a verb of speech is another's words: in the run
        # after it («…повідомив, що …») or in the same one ("the Ministry reported that …")
        reported = 0 if told_after and not executor else len(words)
        speech = not index.speakers.isdisjoint(hits)
        # «Відділом освіти повідомлено: …», «Управління повідомило, що …»: the executor
        # tells its own work, which a consolidated report quotes
        executor = speech and _executor_tells(words, entries)
        if speech and not executor:
            reported = min(reported, _reported_from(words, index.speakers))
        lead = _lead(part, words)
        starts: list[int] = []  # where the words begin, found when first asked
        firsts: dict[tuple[bool, tuple[str, ...]], int] = {}  # where words of some kind first stand
        # what the run says of reports, found when first asked (once, not once per cue)
        reporting: bool | None = None
        no_report: bool | None = None
        on_report: bool | None = None
        read_before = len(found)
        # the lemmas of the run's live forms: what a cue whose words stand apart needs
        live = frozenset().union(*(entry.lemmas for entry in map(index.entries.__getitem__, hits)))
        for form in index.apart_forms.intersection(distinct):  # «фінансування … припинено»
            if not index.apart[form].isdisjoint(live):
                hits.add(form)
        for first, last, kind, negated in _match_run(words, entries, hits, live, title):
            if (
                described
                and first == 0
                and kind is CueKind.ACHIEVEMENT
                and not negated
                and _PARTICIPLE_FORM.search(words[0]) is not None
                and _NEGATED_NEXT.match(runs, offset) is not None
                # (not the deed the title asks: «Рада, створена у березні, …» of «Створення ради»)
                and words[0][:5] not in title.lower()
            ):
                continue  # «Положення, розроблене відділом, не розглядалось»: it is described
            if (
                kind in (CueKind.FINDING, CueKind.FUTURE)
                and (
                    reporting := _about_reporting(words, entries)
                    if reporting is None
                    else reporting
                )
                # (unless giving it is the measure: «Оприлюднити звіт» with «звіт буде
                # оприлюднено після затвердження»: not yet done)
                and (kind is CueKind.FINDING or not asks_for_a_report(title))
            ):
                continue  # «інформація не надходила», «звіт буде подано»: nothing of the measure
            if (
                kind is CueKind.FAILURE
                and not _JUDGING.isdisjoint(distinct)
                and not _HOW_FAR.isdisjoint(distinct)
            ):
                continue  # «оцінити виконання неможливо»: no word of the measure, none of it
            if "no" in distinct and (
                no_report := _no_report(words) if no_report is None else no_report
            ):
                continue  # "No information provided": nothing of the measure either
            if elsewhere and kind is CueKind.ACHIEVEMENT:
                continue  # the report was given in another one: no word of the measure here
            if (
                kind is CueKind.FAILURE
                and negated
                and words[last].startswith("внос")
                and any(word.startswith("змін") for word in words[:first])
                and "змін" not in title.lower()
            ):
                continue  # «зміни до програми не вносились»: none needed, unless asked for
            if kind is CueKind.FUTURE and _as_planned(words, first):
                continue  # «як і планувалося», «хоча планувалося у ІІІ кварталі»: the plan told
            if (
                kind is CueKind.PARTIAL
                and negated
                and not _LESS.isdisjoint(words[first : last + 1])
            ):
                continue  # «не менше запланованого»: the plan at least
            if kind is CueKind.FUTURE and first >= 1 and words[first - 1] in ("ніж", "як"):
                # «на 200 більше, ніж планувалося»: more than the plan, no plan ahead; «менше,
                # ніж заплановано»: less than it, a part
                compared = words[first - 2] if first >= 2 else comma_word
                if compared in _LESS:
                    kind = CueKind.PARTIAL
                    first -= 2 if first >= 2 else 1  # quoted from «менше», in the same run
                elif compared in _MORE:
                    continue
            if (
                kind is CueKind.ACHIEVEMENT
                and not negated
                and first >= 3
                and words[first - 1] == "be"
                and words[first - 2] == "to"
                and words[first - 3] in _TO_COME
            ):
                kind = CueKind.FUTURE  # "on track to be completed by Q2": not yet done
            if negated and (
                # (unless giving it is the measure: «Звітувати про виконання програми»)
                (
                    not asks_for_a_report(title)
                    and (
                        on_report := _on_the_report(words, entries)
                        if on_report is None
                        else on_report
                    )
                )
                or (
                    "available" in distinct
                    and (
                        reporting := _about_reporting(words, entries)
                        if reporting is None
                        else reporting
                    )
                )
                # «Інформацію не надано», «Звіт не подано»: the executor gave none, unless
                # giving it is the measure («Подання інформації до ОДА», «… до Мінрегіону»)
                or (
                    not _GIVING.isdisjoint(entries[last].lemmas)
                    and not _REPORTS.isdisjoint(distinct)
                    and "до" not in distinct
                    and "to" not in distinct
                    and not asks_for_a_report(title)
                )
            ):
                continue  # «інформацію щодо виконання не надано», "data not available"
            # «фінансування не передбачено»: no budget, which weighs less than word of the work
            unbudgeted = (
                negated and not _BUDGETED.isdisjoint(entries[last].lemmas) and money.up_to(offset)
            )
            saying = first == last and entries[first].speech
            if saying and reported < len(words):
                continue  # «заявив що …»: the saying is no deed, what is said is weighed
            if saying and kind is CueKind.ONGOING:
                continue  # «Департамент інформує про …»: telling goes on, no work
            if (
                kind is CueKind.FINDING
                and negated
                and _failed(words, entries, (first, last), money.up_to(offset), firsts)
            ):
                kind = CueKind.FAILURE  # «кошти не надходили»: the measure had no money
            elif kind is CueKind.FUTURE and not entries[last].lemmas.isdisjoint(_GOING_ON):
                # «роботу буде продовжено»: begun, and goes on; «строк буде продовжено»: moved
                extended = _first_starting(words, ("строк", "термін"), firsts) < first
                kind = CueKind.POSTPONEMENT if extended else CueKind.ONGOING
            elif (
                kind is CueKind.FUTURE
                and (
                    "надалі" in distinct
                    or ("подальш" in part and _first_starting(words, ("подальш",), firsts) < first)
                )
                and not _names_a_year(words)
                and any(e.kind is CueKind.ACHIEVEMENT and not e.negated for e in found)
            ):
                # «Захід виконано. Подальша робота здійснюватиметься в рамках нової програми»,
                # «… й надалі»: after the deed, work goes on beyond the measure (not «подальші
                # роботи – у 2026 році», the rest of it)
                kind = CueKind.ONGOING
            elif kind is CueKind.FUTURE and _WHEN_MONEY_COMES.match(
                " ".join(words[last + 1 : last + 8])  # (it spans five words at most)
            ):
                # «буде виконано за наявності коштів»: not done, waiting for what it needs
                kind = CueKind.FAILURE
            elif (
                kind is CueKind.ACHIEVEMENT
                and not negated
                and "0" in distinct
                and (zero := _ZERO_FIRST.match(part)) is not None
                and zero.end() <= _span(part, words, first, lead, starts)[0]  # before the deed
                and not _DECIMAL_TAIL.match(text, max(0, start + zero.end() - 3))
            ):
                # «0 з 4 засідань проведено», "0 consultations were held": the deed's subject
                # is none of them
                kind, negated = CueKind.FAILURE, True
            elif (
                kind is CueKind.ACHIEVEMENT
                and not negated
                and ("б" in distinct or "би" in distinct)
                and (particle := _particle(words, first, last)) is not None
                and _CONDITIONAL.search(part) is not None
            ):
                # «семінари було б проведено за умови фінансування», «провели б, якби …»,
                # «могли б бути проведені»: a deed that would have been, not one done (quoted
                # with its particle, and the word before it); more of it («було б проведено
                # більше») is no failure of what was done
                if not _MORE_OF_IT.isdisjoint(words[max(0, first - 4) : last + 4]):
                    continue
                kind, negated = CueKind.FAILURE, True
                first, last = min(first, max(0, particle - 1)), max(last, particle)
            elif (
                kind is CueKind.ACHIEVEMENT
                and ("if" in distinct or "якби" in distinct)
                and not _IF.isdisjoint(words[max(0, first - 5) : first])
            ):
                continue  # «якби надійшли кошти», "if funds had been available": no deed
            elif (
                kind is CueKind.ACHIEVEMENT
                and not negated
                and not _WOULD_HAVE.isdisjoint(distinct)
                and "have" in words[max(0, first - 3) : first]
                and not _WOULD_HAVE.isdisjoint(words[max(0, first - 4) : first])
            ):
                # "would have been held if funds had been available": not held ("more could
                # have been held": no failure of what was)
                if not _MORE_OF_IT.isdisjoint(words[max(0, first - 5) : last + 4]):
                    continue
                kind, negated = CueKind.FAILURE, True
                first = max(
                    at for at in range(max(0, first - 4), first) if words[at] in _WOULD_HAVE
                )
            elif (
                kind in (CueKind.ONGOING, CueKind.FUTURE)
                and words[first].startswith(("очіку", "await"))
                and (awaited := _money_awaited(words, last)) is not None
            ):  # «Очікуємо на виділення коштів», "Awaiting funding": nothing done, no money yet
                kind, last = CueKind.FAILURE, awaited
            elif kind is CueKind.ACHIEVEMENT and (
                (
                    words[last + 1] in _NONE_COUNTED
                    # (a zero whole: not «0,4 тис. осіб»)
                    and (words[last + 1] != "0" or _LONE_ZERO.search(text, start, offset + 2))
                )
                if last + 1 < len(words)
                else _ZERO_AFTER.match(folded, offset) is not None
            ):  # «проведено 0 заходів», «Засідань проведено: 0»: none done
                kind, negated = CueKind.FAILURE, True
            elif (
                kind is CueKind.FAILURE
                and negated
                and (
                    not entries[last].lemmas.isdisjoint(_COMPLETING)
                    # «завершити їх у 2025 році не вдалося»: the finishing failed
                    or (
                        words[last].startswith("вдал")
                        and any(
                            not e.lemmas.isdisjoint(_COMPLETING)
                            for e in entries[max(0, first - 6) : first]
                        )
                    )
                )
                and any(e.kind is CueKind.ONGOING and not e.negated for e in found)
            ):
                # «ремонт розпочато, але не завершено»: begun, and not finished
                kind, negated = CueKind.PARTIAL, False
            elif (
                kind is CueKind.ACHIEVEMENT
                and first >= 2
                and words[first].startswith("припин")
                and words[first - 2].startswith(("виконанн", "реалізаці"))
                and words[first - 1].startswith(("захо", "проєкт", "проект", "програм"))
            ):  # «виконання заходу припинено»: the work itself stopped for good
                kind, first = CueKind.CANCELLATION, first - 2
            elif (
                kind is CueKind.ONGOING
                and not negated
                and len(words) > 2
                and words[0] in _AT_PLACES
                # a count, not a year («у 2026 році»); or in words: «на двох – триває»; or the
                # rest: «на решті 7 – тривають», «в інших – тривають»
                and (
                    (words[1].isdecimal() and len(words[1]) < 4)
                    or words[1] in _UK_COUNTS
                    or words[1] in _THE_REST_OF_PLACES
                )
                and found
                and found[-1].kind is CueKind.ACHIEVEMENT
                and not found[-1].negated
            ):  # «у 5 районах роботи завершено, у 2 – тривають»: the rest of the places
                kind = CueKind.PARTIAL
            elif (
                kind is CueKind.CANCELLATION
                and (bought := _first_starting(words, PROCUREMENT, firsts)) < len(words)
                # not "no longer relevant following the new Law on Public Procurement"
                and not any(w.startswith(_RELEVANCE) for w in words[first : last + 1])
                # nor a contest the measure is: «Провести конкурс „Кращий староста“»
                and not (words[bought].startswith("конкурс") and _holds_a_contest(title))
            ):
                kind = CueKind.FAILURE  # «тендер скасовано»: a step failed, not the measure
            elif (
                kind is CueKind.CANCELLATION
                and (
                    _counted_before(part, words[first])
                    # or a thing named before the cancelling: «жовтневий (семінар) скасовано»,
                    # "the October one was cancelled" (not «Захід скасовано», the measure)
                    or (
                        first > 0
                        and words[first].startswith(_CALLED_OFF)
                        and not any(w.startswith(_THE_MEASURE_ITSELF) for w in words[:first])
                    )
                )
                and any(
                    e.kind in (CueKind.ACHIEVEMENT, CueKind.PARTIAL) and not e.negated
                    for e in found
                )
            ):  # «Проведено 5 семінарів, 2 скасовано», "… held; two were cancelled": a part
                kind = CueKind.PARTIAL
            elif (
                kind in (CueKind.POSTPONEMENT, CueKind.FUTURE)
                and _first_starting(words, ("частин", "решт", "залишок", "залишк"), firsts) < first
            ):
                # «частину робіт перенесено», «залишок робіт буде виконано у 2026 році»: the
                # rest was done
                kind = CueKind.PARTIAL
            elif (
                kind is CueKind.POSTPONEMENT
                and words[first].startswith(("продовж", "подовж"))
                and words[last].isdecimal()
                and len(words[last]) < 4
                and not any(w.startswith(("строк", "термін")) for w in words[:first])
            ):  # «договір оренди продовжено на 5 років»: a thing's term, its extension a deed
                kind = CueKind.ACHIEVEMENT
            elif (
                kind is CueKind.POSTPONEMENT
                and words[first].startswith(("призупин", "зупин", "suspend", "froze"))
                and (
                    any(w.startswith(_MONEY_STEMS) for w in words[:first])
                    or _FOR_WANT_OF().search(part) is not None
                )
            ):  # «фінансування призупинено», "the funding was suspended": no money to do it;
                # «роботу пункту зупинено через брак кадрів», "suspended due to lack of staff":
                # for want of what it needs, not moved to a later term
                kind = CueKind.FAILURE
            elif kind is CueKind.POSTPONEMENT and "дії" in words[first + 1 : last + 2]:
                # «продовжено термін дії договору», «строк дії угоди продовжено»: its validity
                kind = CueKind.ACHIEVEMENT
            elif (
                kind is CueKind.ACHIEVEMENT
                and words[first].startswith(("заборон", "prohibit", "banned"))
                and any(w.startswith(("проведенн", "holding")) for w in words[:first])
            ):
                kind = CueKind.FAILURE  # «проведення масових заходів заборонено»: none held
            elif (
                narrowed
                and kind is CueKind.ACHIEVEMENT
                and not negated
                and (only := _only(words, first, last)) is not None
            ):
                kind = CueKind.PARTIAL  # «виконано лише проєктні роботи»: that much, no more
                first, last = min(first, only), max(last, only)
            elif (
                narrowed
                and kind is CueKind.FAILURE
                and negated
                and last + 2 < len(words)
                and words[last + 1] in _ONLY
                and words[last + 2] not in _PREPOSITIONS
            ):
                # «не виконано лише нанесення розмітки»: all but that part (not «не виконано
                # лише з вини підрядника», a cause)
                kind, negated, last = CueKind.PARTIAL, False, last + 1
            elif (
                fractional
                and kind is CueKind.ACHIEVEMENT
                and not negated
                and (fraction := _fraction(words, first, last)) is not None
            ):
                kind = CueKind.PARTIAL  # «виконано більшу частину робіт»: a part of the work
                first, last = min(first, fraction), max(last, fraction)
            elif some_of and kind is CueKind.ACHIEVEMENT and not negated and first < 12:
                kind, first = CueKind.PARTIAL, 0  # quoted from "Some of", a few words before
            elif (
                kind is CueKind.ACHIEVEMENT
                and staged
                # a stage named near the deed: «перший етап робіт завершено», «завершено І етап»
                and (stage := _early_stage(words[(near := max(0, first - 6)) : last + 7]))
                is not None
                and _early_stage(_WORD.findall(title.lower())) is None
            ):
                stage = (stage[0] + near, stage[1] + near)
                kind = CueKind.PARTIAL  # «перший етап завершено»: the later stages are to come
                first, last = min(first, stage[0]), max(last, stage[1])  # quoted with the deed
            elif (
                kind is CueKind.ACHIEVEMENT
                and not staged
                and first < 2
                and (head := _before_aside(folded, start))
                and _early_stage(head) is not None
                and _early_stage(_WORD.findall(title.lower())) is None
            ):
                kind = CueKind.PARTIAL  # «Перший етап (аудит реєстрів) завершено»: as above
            elif (
                kind is CueKind.ACHIEVEMENT
                and words[first].startswith(("оголош", "оголос", "announced", "launched"))
                and _first_starting(words, PROCUREMENT, firsts) < len(words)
            ):
                kind = CueKind.ONGOING  # «оголошено тендер»: the purchase is under way
            elif (
                kind is CueKind.ACHIEVEMENT
                and words[first].startswith(("уклад", "підписа"))
                # (read on past the run, a few words: a name in quotes parts the runs, «з ТОВ
                # «Буд» на …»)
                and _CONTRACT_FOR_WORK().search(folded, start, start + _CONTRACT_REACH) is not None
                and not any(stem in title.lower() for stem in _CONTRACT_ASKED)
            ):
                # «укладено договір на ремонт даху»: the work is bought, not yet done (unless
                # the measure asks for the contract or the purchase it makes: «Укласти
                # договір …», «Закупити матеріали»)
                kind = CueKind.ONGOING
            elif (
                kind is CueKind.FAILURE
                and words[first].startswith(("перерозподіл", "переспрям", "поверн"))
                and (
                    _first_starting(words, ("залиш", "економ"), firsts) < first
                    # a sum's decimal comma parts the run, its «тис.» the sentence: «Залишок у
                    # сумі 12,3 тис. грн …» (its words a few back)
                    or _LEFT_OVER.search(folded, max(0, start - _LEFT_OVER_REACH), start)
                    is not None
                )
            ):
                # «залишок коштів перерозподілено на інші заходи», «… повернуто до бюджету»:
                # what was left over
                continue
            elif (
                kind is CueKind.FAILURE
                and not negated
                and words[first].startswith(_FAILURE_NOUNS)
                and not _TOPIC.isdisjoint(words[max(0, first - 3) : first])
                and words[first + 1 : first + 2] != ["заходу"]
            ):
                # «нараду щодо невиконання графіка», «претензію у зв'язку з невиконанням
                # умов договору»: what the deed was about, or what it answered (not «звіт
                # про невиконання заходу», the measure's own)
                continue
            elif (
                kind is CueKind.FAILURE
                and words[first].startswith(
                    ("спрям", "перерозподіл", "переспрям", "переда", "використ")
                )
                and not any(w.startswith("інш") for w in words[first:last])
                and (
                    words[last][:5] in title.lower()
                    # «на потреби ЗСУ» of «Підтримка Збройних Сил України»: named otherwise
                    or (
                        any(
                            not e.lemmas.isdisjoint(DEFENCE_WORDS)
                            for e in entries[first + 1 : last + 1]
                        )
                        and _DEFENCE_ASKED().search(title.lower()) is not None
                    )
                )
            ):
                # «спрямовано на ліквідацію наслідків» of «Ліквідація наслідків …»: spent on it
                kind = CueKind.ACHIEVEMENT
            begin, end = _span(part, words, first, lead, starts)
            if none_done and any(a <= start + begin < b for a, b in none_done):
                continue
            if last != first:
                end = _span(part, words, last, lead, starts)[1]
            phrase = text[start + begin : start + end]
            awaiting = kind is CueKind.ONGOING and AWAITING.match(phrase.lower()) is not None
            if relative and not awaiting and not _adopted(kind, words[first : last + 1]):
                # a relative clause tells of the thing, save that it awaits approval, or that
                # it was adopted (or not): «проєкт постанови, який прийнято 15.10.2025»
                continue
            # "pending approval by the Cabinet": the executor's document waits, whoever approves
            told = (other and not awaiting) or first > reported or unbudgeted
            if saying:  # no deed either if what was said follows after a comma or colon
                said = len(found)
            if kind is CueKind.FUTURE and not negated and _plans_count(words, first, last):
                plans.append(len(found))
            if (
                negated
                and kind is CueKind.FAILURE
                and (
                    _ON_TIME.match(" ".join(words[last + 1 : last + 6]))  # (three words at most)
                    or words[first - 1 : first] in (["вчасно"], ["своєчасно"])
                )
            ):
                late.append(len(found))  # «не виконано у встановлений строк»: maybe done later
            found.append(Evidence(kind=kind, phrase=phrase, negated=negated, other=told))
        # «Фінансування відсутнє», «Касові видатки відсутні»: no money, its noun first (read
        # here, where the rare word is: a cue would start at every «фінансування»)
        if (
            len(found) == read_before
            and ("відсутн" in part or "немає" in part or "не було" in part)
            and (absent := _NO_MONEY.search(part)) is not None
        ):
            phrase = text[start + absent.start() : start + absent.end()]
            found.append(Evidence(kind=CueKind.FAILURE, phrase=phrase))
        if (
            len(found) == read_before
            and words[-1] == "роботі"
            and (working := _in_work(text, part, start)) is not None
        ):
            found.append(working)
        found.extend(shares)
    if (
        not found
        and ("відсутн" in folded or "немає" in folded or "не було" in folded)
        and (label := _NO_MONEY_LABEL().fullmatch(folded)) is not None
    ):  # «Фінансування – відсутнє», «Кошти: немає»: a label, then none of it, all the report
        found.append(Evidence(kind=CueKind.FAILURE, phrase=text[label.start(1) : label.end(1)]))
    if ("крім" in folded or "винятком" in folded) and found:
        found.extend(_all_but(text, folded, found))
    # «…, виконано у січні 2026 року»: done, only late; «Заплановано 10 заходів. Проведено 10.»:
    # the plan told, then what was done of it
    for at in sorted((*late, *plans), reverse=True) if late or plans else ():
        if any(
            e.kind is CueKind.ACHIEVEMENT
            and not e.negated
            and not e.phrase.lower().startswith(TELLING)  # «Інформацію розміщено на сайті»
            for e in found[at + 1 :]
        ):
            del found[at]
    if any(e.negated and _SPENDING.match(e.phrase.lower().removeprefix("не ")) for e in found) or (
        "не " in folded and _UNFUNDED.search(folded)
    ):
        # «передбачено 500 тис. грн, фактично не використано», «фінансування не здійснювалося,
        # кошти на 2026 рік передбачено»: money set aside, never spent, is no deed of the measure
        found = [
            e for e in found if e.kind is not CueKind.ACHIEVEMENT or not _SET_ASIDE.match(e.phrase)
        ]
    return tuple(found)


_FOR_WANT_OF = compiled_on_use(
    r"(?:через|у зв'язку з|в зв'язку з|внаслідок|due to|owing to|because of|for) (?:the )?"
    r"(?:відсутн|нестач|брак|недостатн|lack|shortage|absence|insufficient)\w*(?: of)? "
    r"(?:\w+ )?(?:фінансуванн|кошт|бюджетн|кадр|персонал|працівник|фахівц|оператор"
    r"|funding|funds|money|budget|staff|personnel|employees)"
)
"""A want of money or people that stops the work: «через відсутність кадрів», "due to lack of
staff" (not of a contractor: the process stalls, and is taken up later)."""


def _in_work(text: str, part: str, start: int) -> Evidence | None:
    """The work going on that a clause ending «у роботі» tells of, if it ends so.

    «Шар зелених зон у роботі», «Питання в роботі», «В роботі»: its subject is being worked
    on (not «у роботі комісії взяли участь», nor «використовується в роботі», read by its verb).
    """
    ending = _IN_WORK.search(part)
    if ending is None:
        return None
    return Evidence(
        kind=CueKind.ONGOING, phrase=text[start + ending.start(1) : start + ending.end(1)]
    )


_IN_WORK = re.compile(
    r"(?<!\w)(?<!збоїв )(?<!перебоїв )(?<!зупинок )(?<!порушень )(?<!недоліків )"
    r"([ув]\s+роботі)\W*$"
)
"""A clause ending «у роботі», not of failures in how a thing works («не мав збоїв у роботі»)."""


_CALLED_OFF = ("скасов", "відмін", "cancel", "called")
"""Words of calling a thing off, which a part of the work may be: «жовтневий семінар скасовано»."""
_THE_MEASURE_ITSELF = (
    "захід", "заход", "програм", "план", "проєкт", "проект", "виконанн", "реалізаці",
    "measure", "activit", "commitment", "milestone", "programme", "program", "project",
)  # fmt: skip
"""Words that name the measure itself, whose calling off is no part of it."""


def _holds_a_contest(title: str) -> bool:
    """Whether a title asks for a contest of people or works, not for a purchase by tender."""
    folded = title.lower()
    return "конкурс" in folded and _BUYING().search(folded) is None


_BUYING = compiled_on_use(r"закупів|закупит|придба|тендер|торг|аукціон|постачальник|підрядник")


TELLING = ("розміщ", "оприлюдн", "висвітл", "posted", "published")
"""Deeds of telling of the work, which are no deed of it: «розміщено (на сайті)»."""
_ON_TIME = re.compile(
    r"(?:у|в) (?:запланован|[ву]становлен|визначен|передбачен|належн|зазначен)\w*"
    r" (?:термін|строк)"
    r"|(?:у|в) (?:термін|строк)\b|вчасно|своєчасно|on time|in time|by the deadline"
)
"""What says a deed was not done on time, not that it was not done: «у встановлений строк»."""


_EXCEPT_FIRST = re.compile(
    r"(?:^|[.;!?\n]\s*)((?:о?крім|за винятком) (?!того\b|цього\b|зазначеного\b)[^,.;:\n]{3,120}),"
)
"""A sentence that opens with the part not done: «Крім встановлення камер, усі роботи …»."""
_THE_REST = re.compile(r"\b(?:усі|всі|усе|все|решт\w*|інш(?:і|их))\b")
"""What the rest of such a sentence does all of: not «Крім семінарів, організовано виставку»,
whose «крім» adds."""


def _all_but(text: str, folded: str, found: Sequence[Evidence]) -> list[Evidence]:
    """The parts not done that sentences open with, before a deed of all the rest.

    «Крім встановлення камер, усі роботи виконано»: all but a part, as «Роботи виконано,
    крім встановлення камер» is (not «Крім семінарів, організовано виставку», which adds).
    """
    parts = []
    for match in _EXCEPT_FIRST.finditer(folded):
        end = min(
            (at for at in map(folded.find, ".;\n", [match.end()] * 3) if at >= 0),
            default=len(folded),
        )
        if _THE_REST.search(folded, match.end(), end) and any(
            e.kind is CueKind.ACHIEVEMENT
            and not e.negated
            and e.phrase.lower() in folded[match.end() : end]
            for e in found
        ):
            parts.append(Evidence(kind=CueKind.PARTIAL, phrase=text[match.start(1) : match.end(1)]))
    return parts


_EXCEPT = frozenset({"крім", "окрім", "except"})
"""What opens a clause of the part not done after a deed: «…, крім пункту 3»."""
_STAGES = frozenset(
    {
        "етап", "етапу", "етапі", "етапом", "етапи", "етапів", "черга", "черги", "черзі", "чергу",
        "чергою", "фаза", "фази", "фазі", "фазу", "стадія", "стадії", "стадію",
        "stage", "phase",
    }
)  # fmt: skip
"""A stage of the work: «етап», «черга» (of a building), «фаза»."""
_EARLY = frozenset(
    {
        "перший", "першого", "першому", "першим", "перша", "першої", "першу", "першій",
        "підготовчий", "підготовчого", "підготовчому", "підготовча", "підготовчої",
        "підготовчу", "початковий", "початкового", "початкова", "початкової", "початкову",
        "first", "initial", "preparatory",
    }
)  # fmt: skip
"""Words naming a first stage: «перший», «підготовчий», "first"."""
_FIRST = frozenset({"і", "i", "1", "1-й", "1-ий", "1-го", "1-а", "1-ша", "1-шу", "1-ї", "one"})
"""A first stage's number, right before or after its noun: «І етап», «етап 1», "Phase 1"."""


_LEFT_OVER = re.compile(r"\b(?:залиш|економ)")
"""What was left over of the money: «залишок коштів», «економію»."""
_LEFT_OVER_REACH = 40
"""How far back of a run a sum's words begin: «залишок коштів у сумі 12,»."""
_ONLY = frozenset({"лише", "тільки", "лиш"})
"""Words that narrow a deed to what follows: «виконано лише проєктні роботи»."""


_AT_PLACES = frozenset({"у", "в", "на"})
"""What opens a count of places: «у 2 (районах)», «на 3 (об'єктах)»."""
_THE_REST_OF_PLACES = frozenset({"решті", "інших", "останніх"})
"""The places left, after those where the work was done: «на решті», «в інших»."""
_LESS = frozenset({"менше", "менш", "less", "fewer"})
_MORE = frozenset({"більше", "більш", "понад", "more"})
_AS_PLANNED = frozenset({"як", "хоча", "хоч"})
"""Words before a verb of planning that make it tell the plan, not what is to come: «як і
(планувалося)», «хоча (передбачалося)»."""


def _first_starting(
    words: list[str],
    beginnings: tuple[str, ...],
    firsts: dict[tuple[bool, tuple[str, ...]], int],
    *,
    whole: bool = False,
) -> int:
    """Where the first of ``words`` that begins with one of ``beginnings`` stands, or their count.

    ``whole``: that is one of them, whole. Found once per run and kept in
    ``firsts``: sought again for each cue, a run of thousands of cues took minutes.
    """
    key = (whole, beginnings)
    at = firsts.get(key)
    if at is None:
        at = firsts[key] = next(
            (
                at
                for at, word in enumerate(words)
                if (word in beginnings if whole else word.startswith(beginnings))
            ),
            len(words),
        )
    return at


def _money_awaited(words: list[str], last: int) -> int | None:
    """Where, in the four words after a verb of waiting, the money waited for is named."""
    return next(
        (
            at
            for at in range(last + 1, min(last + 5, len(words)))
            if words[at].startswith(_MONEY_STEMS)
        ),
        None,
    )


def _plans_count(words: list[str], first: int, last: int) -> bool:
    """Whether a verb of planning at ``first`` tells the plan's count, and no time to come.

    «Заплановано 24 об'єкти», «Планувалося провести 10 заходів»: what the plan was (a deed
    told after it is done of it); not «Заплановано 2 семінари у IV кварталі», a plan ahead.
    """
    return (
        words[first].startswith(_PLAN_TOLD)
        and any(w.isdecimal() for w in words[last + 1 : last + 4])
        and not _names_a_year(words)
        and not any(w.startswith(_TIMES_AHEAD) for w in words)
    )


def _names_a_year(words: list[str]) -> bool:
    """Whether a run's words name a year («2026»): a time to come, maybe."""
    return any(len(w) == 4 and w.isdecimal() for w in words)


_PLAN_TOLD = ("запланован", "планувал", "передбачал", "передбачен")
_TIMES_AHEAD = ("квартал", "півріч", "рік", "рок", "році", "місяц", "тиждн", "кв")


def _as_planned(words: list[str], first: int) -> bool:
    """Whether the verb of planning at ``first`` follows «як», «хоча» (maybe with «і»)."""
    before = first - 1
    if before >= 0 and words[before] in ("і", "й"):
        before -= 1
    return before >= 0 and words[before] in _AS_PLANNED


def _only(words: list[str], first: int, last: int) -> int | None:
    """Where «лише» narrows a deed to a part of the work, right after or before it.

    «виконано лише проєктні роботи», «лише розроблено проєкт», «запроваджено лише для
    вузьких спеціалістів»; not «не лише» (not only), nor «лише у грудні», «лише після …»
    (done, only late).
    """
    after = last + 1
    if after + 2 < len(words) and words[after].endswith("ти") and words[after + 1] in _ONLY:
        after += 1  # «вдалося відремонтувати лише покрівлю»: the verb's infinitive between
    if (
        after + 1 < len(words)
        and words[after] in _ONLY
        # not a day: «проведено лише 15 грудня», done, only late
        and not (
            words[after + 1].isdecimal()
            and after + 2 < len(words)
            and words[after + 2].startswith(MONTH_STEMS)
        )
        and (
            words[after + 1] not in _PREPOSITIONS
            # «запроваджено лише для вузьких спеціалістів», «лише в (центральній) частині …»
            or words[after + 1] == "для"
            or (
                words[after + 1] in ("в", "у")
                and any(w.startswith("частин") for w in words[after + 2 : after + 4])
            )
            # «проведено лише в 3 закладах», «лише на 2 об'єктах»: a count of places (not
            # «лише у 2018 році», a year)
            or (
                words[after + 1] in ("в", "у", "на")
                and after + 3 < len(words)
                and words[after + 2].isdecimal()
                and len(words[after + 2]) < 4
                and not words[after + 3].startswith(("рок", "рік", "р"))
            )
        )
    ):
        return after
    # a count a few words on: «передано закладам лише 8» (not «не лише 3 …, а й …»)
    for at in range(after + 1, min(after + 4, len(words) - 1)):
        if words[at] in _ONLY and words[at + 1].isdecimal() and words[at - 1] != "не":
            return at
    before = first - 1
    if before >= 0 and words[before] in _ONLY and words[before - 1 : before] != ["не"]:
        return before
    return None


_SOME_OF = frozenset({"some", "part", "half", "most", "several", "few"})
"""English words of a part before "of" that open a run: "Some of the activities …"."""


def _fraction(words: list[str], first: int, last: int) -> int | None:
    """Where a run names a fraction of the work next to its deed from ``first`` to ``last``.

    The fraction's word, right before or after the deed or a word or two off it:
    «виконано (понад) половину», «частину робіт виконано», «третину коштів освоєно»,
    «більшість запланованих заходів проведено». Not when a
    preposition stands between or a number follows («внесено в частину 2 статті»), nor a
    budget's side («дохідну частину бюджету виконано на 103 %»).
    """
    for at, between in (
        (last + 1, ()),
        (last + 2, (last + 1,)),
        (first - 1, ()),
        (first - 2, (first - 1,)),
        (first - 3, (first - 2, first - 1)),  # «Більшість запланованих заходів проведено»
    ):
        if not 0 <= at < len(words) or words[at] not in _FRACTIONS:
            continue
        if any(words[b] in _PREPOSITIONS for b in between):
            continue
        if at + 1 < len(words) and words[at + 1].isdecimal():
            continue
        if at and words[at - 1].startswith(_BUDGET_SIDES):
            continue  # «дохідну частину бюджету виконано»: the budget's side, not a part of it
        return at
    return None


_BUDGET_SIDES = ("дохідн", "доходн", "видатков")


_ASIDE_REACH = 200
"""The longest bracketed aside looked past, and how far before it its words are sought."""


def _before_aside(folded: str, start: int) -> list[str]:
    """The words of a sentence before a bracketed aside that ends right before ``start``.

    «Перший етап (аудит реєстрів) завершено»: «перший етап», for the run «завершено»;
    empty where no aside ends there.
    """
    end = start
    while end and folded[end - 1].isspace():
        end -= 1
    if not end or folded[end - 1] != ")":
        return []
    opening = folded.rfind("(", max(0, end - _ASIDE_REACH), end)
    if opening < 0:
        return []
    # six words at most are wanted: sought no further back
    begins = sentence_start(folded, opening, max(0, opening - _ASIDE_REACH))
    return _WORD.findall(folded, begins, opening)[-6:]


def _early_stage(words: list[str]) -> tuple[int, int] | None:
    """Where a run names a first stage of the work: «перший етап», «І черги», "Phase 1".

    Its first and last word, or None. A deed of that stage is a part of the
    measure: «завершено перший етап робіт».
    """
    for at, word in enumerate(words):
        if word not in _STAGES:
            continue
        early = [b for b in range(max(0, at - 3), at) if words[b] in _EARLY]
        if early:
            return early[0], at  # «перший етап», «першої та другої черги», "first phase"
        if at and words[at - 1] in _FIRST and word not in ("етапи", "етапів"):
            return at - 1, at  # «І етап» (not «і етапи», "and stages"), «1 черга»
        following = words[at + 1] if at + 1 < len(words) else ""
        if following in _FIRST and following != "і":
            return at, at + 1  # «етап 1», "phase one" (a Roman «І» after its noun is «і», "and")
    return None


_EXECUTORS = (
    "відділ", "управлін", "департамент", "сектор", "служб", "виконавц", "виконавец",
    "підрозділ", "заклад",
)  # fmt: skip
"""How the structural units that carry out measures are named («відділом освіти»)."""


def _executor_tells(words: list[str], entries: list[_Entry]) -> bool:
    """Whether a run with a verb of speech names an executor as its speaker, and no other body.

    «Відділом освіти повідомлено», «Управління соціального захисту інформує, що …».
    """
    return any(word.startswith(_EXECUTORS) for word in words) and not any(
        entry.agent or entry.body for entry in entries
    )


def _reported_from(words: list[str], speakers: set[str]) -> int:
    """Where the words a speech verb reports begin («повідомив що …»), or the run's end."""
    for at, word in enumerate(words):
        if word in speakers:
            for later in range(at + 1, min(at + 4, len(words))):
                if words[later] in ("що", "that"):
                    return later
    return len(words)


class _Money:
    """Whether each sentence of a text, up to the end of a run, speaks of money.

    Asked run by run, in reading order, it reads each character once: the sentence
    sought back from each run's end made a sentence of thousands of runs take minutes.
    """

    __slots__ = ("begins", "folded", "found", "read")

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.read = 0  # how far the text is read
        self.begins = 0  # where the sentence being read begins
        self.found = False  # whether the sentence read so far speaks of money

    def up_to(self, end: int) -> bool:
        """Whether the sentence of the text up to ``end`` speaks of money."""
        if end < self.read:  # asked out of order: sought the plain way
            return speaks_of_money(self.folded, end)
        since = self.read
        self.read = end
        cut = max(self.folded.rfind(mark, since, end) for mark in SENTENCE_ENDS)
        if cut >= 0:  # a new sentence
            self.found = False
            since = self.begins = cut + 1
        else:  # a stem may go on from what was read before: read it again, in its sentence
            since = max(self.begins, since - _LONGEST_STEM)
        if not self.found:
            segment = self.folded[since:end]
            self.found = any(stem in segment for stem in _MONEY_STEMS)
        return self.found


def speaks_of_money(folded: str, end: int) -> bool:
    """Whether the sentence of ``folded`` (a text in lower case) up to ``end`` speaks of money.

    «Кошти, передбачені на захід, не надійшли» names the money two runs before its verb.
    """
    sentence = folded[sentence_start(folded, end) : end]
    return any(stem in sentence for stem in _MONEY_STEMS)


def _none_came(
    words: list[str],
    entries: list[_Entry],
    first: int,
    last: int,
    firsts: dict[tuple[bool, tuple[str, ...]], int],
) -> bool:
    """Whether a run says, against what was done, that nothing came of it.

    «Конкурс оголошено, проте пропозицій не надійшло»: a call no one answered. A
    finding alone («звернень не надходило») or another («проте порушень не
    виявлено») says nothing against the deed.
    """
    return _first_starting(words, _CONTRAST, firsts, whole=True) < first and not (
        _RECEIVED.isdisjoint(entries[last].lemmas)
    )


def _failed(
    words: list[str],
    entries: list[_Entry],
    cue: tuple[int, int],
    money: bool,
    firsts: dict[tuple[bool, tuple[str, ...]], int],
) -> bool:
    """Whether a negated finding tells of a failure, not of nothing found.

    ``cue``: its first and last word in ``words``; ``money``: whether the
    sentence up to the run's end speaks of money; ``firsts``: the run's, for
    :func:`_first_starting`.

    Nothing found («порушень не встановлено», «фактів нецільового використання
    коштів не виявлено») is neutral; no money («кошти не надходили»), a call no
    one answered, a thing not installed («лавки не встановлено») and goods that never
    came («путівки не надходили») are failures.
    """
    first, last = cue
    found = _first_starting(words, _FOUND_THINGS, firsts)
    if not _REGISTERED.isdisjoint(entries[last].lemmas) and (
        _first_starting(words, _BODIES_REGISTERED, firsts) < min(first, found)
    ):
        # «установу не зареєстровано»: a body the measure founds, no occurrence (not
        # «порушень статуту організацій не зареєстровано»)
        return True
    if found < len(words):
        return False
    return (
        money
        or _none_came(words, entries, first, last, firsts)
        or not _INSTALLED.isdisjoint(entries[last].lemmas)
        # «путівки не надходили», «обладнання не надійшло»: what the measure was to give
        # (not «запитів на видачу бланків не надходило»: no one asked for them)
        or (
            not _RECEIVED.isdisjoint(entries[last].lemmas)
            and any(not _GOODS.isdisjoint(entry.lemmas) for entry in entries)
            and all(_ASKED.isdisjoint(entry.lemmas) for entry in entries)
        )
    )


def _particle(words: list[str], first: int, last: int) -> int | None:
    """Where the conditional mood's «б», «би» stands near a deed's words, if it does.

    Not the «б» of «хоча б одне засідання», «ніби»: at least one, as if.
    """
    for at in range(max(0, first - 3), min(len(words), last + 3)):
        if words[at] in ("б", "би") and (at == 0 or words[at - 1] not in _NOT_CONDITIONAL):
            return at
    return None


_MORE_OF_IT = frozenset({"більше", "ще", "додатково", "більша", "більшу", "more", "further"})
"""Words that make a deed in the conditional mood more of the work, not the work itself."""
_NOT_CONDITIONAL = frozenset({"хоча", "хоч", "ніби", "немов", "мов", "наче", "неначе", "аби"})
"""Words a «б» after which is no conditional mood: «хоча б одне» (at least one)."""
_IF = frozenset({"if", "якби"})
"""What opens a condition, whose deeds are none: «якби надійшли кошти»."""
_ANSWERS = {"так": False, "ні": True, "yes": False, "no": True}
"""An item's answer after a dash, and whether it says it was not done."""
_DASHED_ANSWER = re.compile(r"(?<=\w)\s*[–—-]\s*(?:так|ні|yes|no)\s*$")
"""An item's answer after a dash at the end of a run: «заміна вікон – ні»."""
_ZERO_FIRST = re.compile(r"\D*?(?<![\d.,])0(?=\s)")
"""A run whose first figure is a lone zero: «0 з 4 засідань проведено» (not «0,4», nor the «0»
a decimal comma begins a run with: «150,0 тис. грн освоєно»)."""
_WOULD_HAVE = frozenset({"would", "could", "might"})
"""What makes an English deed one that would have been: "would have been held"."""
_CONDITIONAL = re.compile(r"(?<![\w'’])би?(?=[\s,;:]|$)")
"""The particle of the conditional mood («було б проведено»), not a list's «б)»."""

_GOODS = frozenset(
    {"путівка", "обладнання", "техніка", "матеріал", "ліки", "препарат", "вакцина", "товар",
     "продукція", "бланк", "автомобіль", "генератор", "меблі", "транш", "посилка", "набір",
     "допомога", "паливо", "вантаж", "субвенція", "дотація",
     "equipment", "vouchers", "supplies", "delivery", "aid"}
)  # fmt: skip
"""Things a measure is to deliver, which not coming means the measure failed."""
_ASKED = frozenset(
    {"звернення", "скарга", "заява", "запит", "заявка", "пропозиція", "клопотання", "request",
     "requests", "applications"}
)  # fmt: skip
"""What people send, which not coming tells that no one asked."""


def _no_report(words: list[str]) -> bool:
    """Whether a run says that no report was given ("no information provided", "no data")."""
    return any(
        word == "no" and at + 1 < len(words) and words[at + 1] in _REPORTING
        for at, word in enumerate(words)
    )


def _on_the_report(words: list[str], entries: list[_Entry]) -> bool:
    """Whether a run speaks of a report on the measure itself («інформація про виконання»)."""
    for at, entry in enumerate(entries[:-2]):
        if not entry.lemmas.isdisjoint(_REPORTING) and words[at + 1] in _ON:
            about = at + 3 if words[at + 2] in _ARTICLES and at + 3 < len(words) else at + 2
            return not entries[about].lemmas.isdisjoint(_CARRYING_OUT)
    return False


_ON = frozenset({"про", "щодо", "стосовно", "on", "about"})
_WHEN_MONEY_COMES = re.compile(
    r"(?:\w+ти )?(?:(?:у|в|за|при) (?:разі|умови|наявності)|після) (?:\w+ )?"
    r"(?:виділенн|надходженн|фінанс|кошт)"
)
"""What makes a deed to come wait for money: «(буде виконано) за наявності фінансування»."""
_JUDGING = frozenset({"оцінити", "визначити", "встановити", "підтвердити"})
_HOW_FAR = frozenset({"виконання", "стан", "рівень", "ступінь", "прогрес", "результати"})
"""Judging how far the measure went («оцінити стан виконання»): a failure to judge it says
nothing of the measure itself (not «встановити камери не вдалося»)."""
_ARISING = frozenset({"виникнути", "виникати", "статися", "ставатися", "трапитися", "траплятися"})
"""What arose or happened (a need, an accident) is found only where none did: «потреби не
виникало», «нещасних випадків не сталося»."""
_COMING = frozenset({"надходити", "звертатися"})
"""What comes in: its past is found («надійшло 15 заяв»), its present goes on."""
_PAST = ("в", "ла", "ло", "ли", "вся", "лася", "лося", "лися", "лось", "лись")
_INFINITIVE = ("ити", "ати", "іти", "ути", "тися", "тись")
"""How a verb's infinitive ends («встановити», «звернутися»): no deed, no finding."""
_ARTICLES = frozenset({"the", "its", "this"})  # "information on the implementation"
_WAS = frozenset({"було", "був", "була", "були"})
_CARRYING_OUT = frozenset({"виконання", "реалізація", "хід", "стан", "implementation", "progress"})


def _in_another_report(words: list[str], entries: list[_Entry], title: str) -> bool:
    """Whether a run tells that the report was given in another one: «… надано у звіті за …».

    So does «… включено до звіту за 2025 рік», unless the measure, by its ``title``, asks
    for a report.
    """
    for at, word in enumerate(words[:-1]):
        # «… надано у звіті за І півріччя», «… включено до звіту за 2025 рік»
        if word in ("у", "в", "in") or (
            # (unless giving the report is the measure: then that is its deed)
            word == "до"
            and at
            and words[at - 1].startswith("включ")
            and not asks_for_a_report(title)
        ):
            named = words[at + 2] if words[at + 1] in _ARTICLES and at + 2 < len(words) else ""
            if (named or words[at + 1]).startswith(_ANOTHER_REPORT):
                return _about_reporting(words, entries)
    return False


_ANOTHER_REPORT = ("звіт", "попередн", "report", "previous")


def _in_a_letter(words: list[str], entries: list[_Entry], title: str) -> bool:
    """Whether a run that names information on the measure's implementation tells where it went.

    «Інформацію про виконання заходу надано листом від …», «… щодо стану виконання
    направлено до ОДА»: the report is in the letter, not what was done, unless the measure,
    by its ``title``, asks for a report; not «розміщено на сайті» (published, which may be
    the measure's openness).
    """
    return (
        not asks_for_a_report(title)
        and any(not entry.lemmas.isdisjoint(_GIVING) for entry in entries)
        and _about_reporting(words, entries)
    )


_INFORMATION_ON_IT = re.compile(r"нформаці\w* (?:про|щодо|стосовно) (?:викона|стан|хід|ходу)")
"""Information on a measure's implementation: «інформацію про виконання», «… щодо стану»."""


_GIVING = frozenset(
    {"надати", "наданий", "подати", "поданий", "надіслати", "надісланий", "направити",
     "направлений", "представити", "представлений", "надаватися", "подаватися", "provided",
     "submitted", "sent"}
)  # fmt: skip
"""Verbs of giving a report: not given, it tells of the report, not of the measure."""
_REPORTS = frozenset(
    {"інформація", "інформацію", "інформації", "звіт", "звіту", "звіти", "звітів", "відомості",
     "відомостей", "дані", "даних", "information", "report", "data"}
)  # fmt: skip
ASKS_FOR_A_REPORT = re.compile(
    r"(?<!\w)(?:інформ|відомост|звіт|дан(?:і|их|ими)(?!\w)|report|information|data(?!\w))"
)
"""A title whose measure is to give information: «Подання звіту», «Надання відомостей»."""


@functools.lru_cache(maxsize=4096)  # a measure's outcome is read a clause at a time
def asks_for_a_report(title: str) -> bool:
    """Whether a measure's title asks it to give information (:data:`ASKS_FOR_A_REPORT`)."""
    return ASKS_FOR_A_REPORT.search(title.lower()) is not None


def _about_reporting(words: list[str], entries: list[_Entry]) -> bool:
    """Whether a run speaks of the report itself («інформація не надходила»).

    Not of information asked for or given access to: «запитів на інформацію», «доступу до
    публічної інформації», "requests for information" name what the measure is about.
    """
    return any(
        not entry.lemmas.isdisjoint(_REPORTING)
        and _OBJECT_OF.isdisjoint(words[max(0, at - 2) : at])
        for at, entry in enumerate(entries)
    )


_OBJECT_OF = frozenset({"на", "до", "for", "to"})


def _shares(text: str, part: str, start: int) -> list[Evidence]:
    """Counts of fewer done than planned in a run («2 з 4 засідань»): partial completion.

    Not the digits of decimal numbers a run's comma split («3,0 млн грн із 3,0 млн грн»:
    a run begins «0 млн грн із 3»).
    """
    return [
        # «0 з 5»: none of them done
        Evidence(kind=CueKind.PARTIAL if done else CueKind.FAILURE, phrase=text[begins:ends])
        for begins, ends, done in _share_spans(text, part, start)
    ]


def _share_spans(text: str, part: str, start: int) -> Iterator[tuple[int, int, int]]:
    """Where in ``text`` the shares of :func:`_shares` stand, and the count each says done."""
    if "з " not in part and "зі " not in part and " of " not in part:
        return  # every share has its «з», «із», «зі» or "of": most runs have none (a scan in C)
    for share in _SHARE.finditer(part):
        if (
            (done := _whole(share[1] or share[3] or share[6] or share[8] or share[9]))
            < _whole(share[2] or share[4] or share[5] or share[7] or share[10])
            and not _DECIMAL_TAIL.match(text, max(0, start + share.start() - 2))
            and not _DECIMAL_HEAD.match(text, start + share.end())
        ):
            yield start + share.start(), start + share.end(), done


_SHARE_AROUND_ASIDE = re.compile(
    r"(?<![\d.,/])(?<!\d )(\d{1,5}) (?:[^\W\d][\w'-]* ){1,4}\([^()]{1,40}\) (?:з|із|зі) "
    r"(\d{1,5})(?!\d|[.,/]\d)(?= (?:запланован|передбачен|визначен)|\s*(?:[.;]|$))"
)
"""A count done and the plan's, an aside in brackets between them: «1 засідання (березень) із 2
запланованих»."""
_THOUSANDS_SHARE = re.compile(
    r"(?<![\d.,/])(?<!\d )(\d{1,5}) ?тис\. (?!грн|гривень)(?:[^\W\d][\w'-]* ){0,3}(?:з|із|зі) "
    r"(\d{1,5}) ?тис\b"
)
"""A count in thousands done of the thousands planned: «оцифровано 12 тис. справ з 30 тис.»
(not a sum of money, read as such)."""
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,80}»|„[^„“\n]{1,80}“|“[^“”\n]{1,80}”|\"[^\"\n]{1,80}\"")
"""A name in quotation marks («Вулик»), which the runs are cut at."""
_BRIDGED_RUN = re.compile(r"[^,.;:!?()\[\]\n]+")
"""A run of a text whose quoted names are words."""


def _shares_across_names(text: str, folded: str) -> list[tuple[int, Evidence]]:
    """Shares with a quoted name between their counts, and where each begins.

    «З 12 запланованих до підключення до системи «Вулик» підрозділів підключено 9»: the
    runs, cut at the quotation, hold neither half whole; read with each name as one word.
    """
    if not any(mark in folded for mark in _OPENING_QUOTES):  # most texts: a scan in C each
        return []
    names = [name.span() for name in _QUOTED_NAME.finditer(folded)]
    if not names:
        return []
    bridged = _QUOTED_NAME.sub(lambda name: "ъ" * len(name[0]), folded)
    return [
        (begins, Evidence(kind=CueKind.PARTIAL, phrase=text[begins:ends]))
        for run in _BRIDGED_RUN.finditer(bridged)
        if "ъ" in run[0] and any_digit(run[0])  # a run that holds a name and a count
        for begins, ends, _done in _share_spans(text, run[0], run.start())
        if any(begins < opens and closes <= ends for opens, closes in names)
    ]


_DECIMAL_TAIL = re.compile(r"\d[.,]\d")
"""A count that is the fraction of a decimal number: its digits after «3,»."""
_DECIMAL_HEAD = re.compile(r"[.,]\d")
"""A count that is the whole of a decimal number: «3» before «,0»."""


_GROUPS = re.compile(r"[ \u00a0]")
"""The spaces between a number's groups of digits: «1 200»."""


def _whole(count: str) -> int:
    """A count of a run: «1 200», "1,200" (a run's comma is an English text's thousands)."""
    return int(_GROUPS.sub("", count).replace(",", ""))


_EN_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_EN_SHARE = compiled_on_use(
    r"\b(" + "|".join(_EN_COUNTS) + r"|" + _EN_THOUSANDS + r"|\d{1,5}) (?:out )?of (?:the )?"
    r"(?:(?:planned|scheduled|envisaged|foreseen|targeted|required) )?(" + "|".join(_EN_COUNTS)
    + r"|" + _EN_THOUSANDS + r"|\d{1,5})\b"
    r"(?! (?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b)"
)  # fmt: skip


_UK_COUNTS = {
    form: value
    for value, forms in enumerate(
        (
            "один одна одне одного однієї одному одній одну",
            "два дві двох двом двома",
            "три трьох трьом трьома",
            "чотири чотирьох чотирьом чотирма",
            "п'ять п'яти п'ятьох п'ятьом п'ятьма",
            "шість шести шістьох шістьом шістьма",
            "сім семи сімох сімом сьома",
            "вісім восьми вісьмох вісьмом вісьма",
            "дев'ять дев'яти дев'ятьох дев'ятьом дев'ятьма",
            "десять десяти десятьох десятьом десятьма",
        ),
        start=1,
    )
    for form in forms.split()
}
_UK_OF = compiled_on_use(r"(?<!\S)(?:з|із|зі) (" + "|".join(_UK_COUNTS) + r")(?![\w'])")
"""The whole of a count in words: «з трьох», «із п'яти»."""


_TOKEN = re.compile(r"\S+")


def _word_shares(text: str, part: str, start: int) -> list[Evidence]:
    """Counts in words of fewer done than planned: «два з трьох», «одну з двох шкіл»."""
    found = []
    for whole in _UK_OF().finditer(part):
        # the count done, right before «з» or with its noun between: «два заходи з чотирьох»
        for word in reversed(list(_TOKEN.finditer(part, 0, whole.start()))[-2:]):
            done = _UK_COUNTS.get(word[0]) or (
                int(word[0]) if word[0].isdecimal() and len(word[0]) < 6 else 0
            )
            if done:
                if done < _UK_COUNTS[whole[1]]:
                    phrase = text[start + word.start() : start + whole.end()]
                    found.append(Evidence(kind=CueKind.PARTIAL, phrase=phrase))
                break
    return found


def _english_shares(text: str, part: str, start: int) -> list[Evidence]:
    """English counts of fewer done than planned, in words too: "two of the four workshops"."""
    found = []
    for share in _EN_SHARE().finditer(part):
        if share[1][0].isdecimal() and share[2][0].isdecimal() and " the " not in share[0]:
            continue  # "3 of 5": read with the counts in figures (not "3 of the 5")
        done, planned = (_EN_COUNTS.get(n) or _whole(n) for n in (share[1], share[2]))
        if done < planned:
            found.append(
                Evidence(
                    kind=CueKind.PARTIAL, phrase=text[start + share.start() : start + share.end()]
                )
            )
    return found


_PLANNED_SHARE = re.compile(
    r"[^.;]{0,40}?(?:план|запланован|передбачен|перевищ|планов|цільов|target|planned)"
    r"[^.;\d]{0,40}(\d{1,3}(?:[.,]\d+)?) ?(?:%|відс)"
)


def _plan_reached(folded: str, end: int, value: float) -> bool:
    """Whether the plan's share the text gives after a share done is no more than it.

    «Охоплено 95 % дітей (план – 90 %)», «… 96 %, що перевищує плановий показник»: the
    plan reached, not a part of the whole.
    """
    planned = _PLANNED_SHARE.match(folded, end)
    if planned is None:  # «96 %, що перевищує плановий показник»: above the plan, unnamed
        return _PLAN_EXCEEDED.match(folded, end) is not None
    return float(planned[1].replace(",", ".")) <= value


_PLAN_EXCEEDED = re.compile(
    r"[^.;\d]{0,20}?\b(?:перевищ|перевикон)\w*(?: [\w'-]+){0,2} "
    r"(?:план|запланован|прогноз|цільов|target)"
)


def _shares_done(text: str, folded: str) -> list[tuple[int, int, float, bool]]:
    """Where a text (and ``folded``, it in lower case) states a share of the work done, in %.

    Percentages below 100 and stated levels of completion: «Роботи виконано на
    80 %», «кошти освоєно лише на 45,5 відсотка» ("80% complete"), «рівень
    виконання – 100 %»; not a change («кількість збільшено на 15 %»): only verbs
    of doing the work count. Sums spent of those planned: «профінансовано 450,3
    тис. грн з 600,0 тис. грн»; the plan beside the fact, all of it too: «план –
    500,0 тис. грн, факт – 500,0 тис. грн», «план – 8, факт – 8». Each with where it
    begins and ends, and whether it is a share of a plan the text states.
    """
    found = []
    if "%" in text or "/" in text or "відсот" in folded or "відс." in folded:  # (not «відсутні»)
        for m in _PERCENT_DONE.finditer(folded, search_start(folded, *_PERCENT_NEAR)):
            value = _percent(m)
            # all of it stated as a level: «виконання 100 %», not a verb's «виконано 100 %»
            level = (
                m["lv"]
                or m["pl"]
                or m["al"]
                or m["bd"]
                or m["of"]
                or (m["uk"] and _NOUN_OF_DOING.match(m[0]))
            )
            if (level and value >= 100) or (
                value < 100
                and not _plan_reached(folded, m.end(), value)
                and not (
                    _OF_THE_COST.match(folded, m.end()) and ("обсяз" in m[0] or "розмір" in m[0])
                )
            ):
                found.append((m.start(), m.end(), value, False))
    if "грн" in folded:
        for m in _MONEY_SHARE.finditer(folded, search_start(folded, *_MONEY_NEAR)):
            if m["plan2"]:  # the sum set aside, then the sum spent: its verb is in the match
                done, plan = _hryvnias(m["done2"], m["u4"]), _hryvnias(m["plan2"], m["u3"])
                spent = True
            elif m["plan3"]:  # «план – 500,0 тис. грн, факт – 320,5 тис. грн»: all of it too
                unit = m["u5"] or m["u6"]  # written once, for both
                done, plan = _hryvnias(m["done3"], m["u6"] or unit), _hryvnias(m["plan3"], unit)
                if plan and done >= plan:
                    found.append((m.start(), m.end(), 100.0, True))
                spent = True
            else:
                begins = sentence_start(folded, m.start())
                if m["share"]:  # a share in brackets tells of the plan after spending only
                    done, plan = float(m["share"].replace(",", ".")), 100.0
                    spent = _SPENDING.search(folded, begins, m.start()) is not None
                else:
                    done, plan = _hryvnias(m["done"], m["u1"]), _hryvnias(m["plan"], m["u2"])
                    spent = _SPENT.search(folded, begins, m.start()) is not None
            if plan and done < plan and spent:
                found.append((m.start(), m.end(), 100 * done / plan, True))
    if "uah" in folded or "hryvn" in folded:
        for m in _EN_MONEY_SHARE().finditer(folded):
            done = _english_sum(m["done"] or m["done_"], m["s1"] or m["s1_"])
            plan = _english_sum(m["plan"], m["s2"])
            begins = sentence_start(folded, m.start())
            ends = _EN_SENTENCE_END.search(folded, m.end())  # "… of UAH 900,000 were spent"
            used = _EN_SPENT.search(folded, begins, ends.start() if ends else len(folded))
            if plan and done < plan and used is not None:
                found.append((m.start(), m.end(), 100 * done / plan, True))
    if " з " in folded or " із " in folded:
        # «відремонтовано 2,5 км з 4 км»: a decimal count of the plan's (whose comma splits
        # the runs counts are read in)
        for m in _DECIMAL_SHARE().finditer(folded):
            done, whole = _count(m[1], english=False), _count(m[3], english=False)
            if 0 < done < whole:
                found.append((m.start(), m.end(), 100 * done / whole, True))
    if ", " in folded or "з " in folded:
        # «із 12 пунктів, що потребують ремонту, відремонтовано 5»: the whole, a clause of
        # what it needs (or none: «з 17 виявлених сміттєзвалищ ліквідовано 11»), then the
        # count done by a verb of the work
        for m in _OF_THOSE_NEEDING().finditer(folded):
            done, whole = int(m[2]), int(m[1])
            if 0 < done < whole:
                found.append((m.start(), m.end(), 100 * done / whole, True))
    if any(word in folded for word in _PLAN_WORDS):
        for m in _PLANNED_COUNT().finditer(folded, search_start(folded, *_PLAN_NEAR)):
            done = _count(_numbered_group(m, "d"), english=text.isascii())
            plan = _count(_numbered_group(m, "p"), english=text.isascii())
            if plan:  # all of the plan done too: «план – 8, факт – 8»
                found.append((m.start(), m.end(), min(100.0, 100 * done / plan), True))
    found.sort()
    return found


_OF_THE_COST = re.compile(r" (?:від )?(?:загальної )?вартост")
"""A share of a cost named as a size, not of the work: «співфінансування забезпечено в обсязі
10 % вартості проєкту» is the part the measure pays, all of it paid («роботи виконано на 60 %
вартості» is still 60 % of the work)."""


def _count(written: str, *, english: bool) -> float:
    """A count as written: «12,5» in Ukrainian, "1,000" (a thousand) in English."""
    if english and re.fullmatch(_EN_THOUSANDS, written):
        return float(written.replace(",", ""))
    return float(_GROUPS.sub("", written).replace(",", "."))


def _numbered_group(match: re.Match[str], letter: str) -> str:
    """The one of a match's groups «d1» … «d7» (for ``letter`` «d») that matched."""
    return next(found for number in range(1, 8) if (found := match[f"{letter}{number}"]))


_NOT_A_COUNT = rf"(?! ?(?:{_MONTH_STARTS}|рок|рік|р\.))"
_NO_MONEY = re.compile(
    r"\b(?:фінансуванн|кошт|видат|витрат)\w*(?: [\w'-]+){0,3} (?:відсутн\w*|немає|не було)\b"
    r"|\bне було (?:\w+ )?(?:коштів|фінансування)\b"
)
"""Money named, then none of it: «Кошти на виконання заходу відсутні», «Коштів не було»,
«Не було коштів»."""
_NO_MONEY_LABEL = compiled_on_use(
    r"\W*((?:фінансуванн|кошт|видатк)\w*\s*[–—:-]\s*(?:відсутн\w*|немає|не було))[\s.;!]*"
)
"""A report that is only money labelled as none: «Фінансування – відсутнє»."""
_PLAN_WORDS = (
    "план", "передбач", "target", "plan", "of ", "бути", "замість", "(з ", "(із ", "при потреб",
    "норматив", "цільов", "ціль", "прогноз",
)  # fmt: skip
"""What a text names the plan with where it may set a count done beside it."""
_GROUPED = r"\d{1,3}(?:[ \u00a0]\d{3})+"
"""A count of thousands, its groups of digits apart: «3 200»."""
_UNIT = r"(?:кв\. ?м|куб\. ?м|м2|м²|км|га|т)\.?"
"""A unit of what was done, after its count: «3 200 кв. м»."""
_PLAN_NEAR = (_PLAN_WORDS, 10)
"""What every match of :data:`_PLANNED_COUNT` holds, and the most spaces before it in the match
(«80 нових місць у закладах дошкільної освіти (ціль»: 8; a count in thousands and a unit add
two)."""
_PLANNED_COUNT = compiled_on_use(
    # «придбано 2 автомобілі (план – 3)», «проведено 4 семінари при плані 5»
    # («охоплено 85 % учнів (план – 90 %)», «78 % при запланованих 90 %»: shares alike;
    # "45 municipalities joined (target: 50)")
    # («3 200 кв. м при потребі 8 000 кв. м»: the need is the plan)
    rf"(?=\d)(?<![\d.,/])(?<!\d[ \u00a0])(?P<d1>{_GROUPED}|\d{{1,5}}(?:,\d{{1,3}})?)(?: ?%)?"
    # ("750 beneficiaries reached against a target of 1,000")
    rf"{_NOT_A_COUNT}(?: {_UNIT})?(?: [^\W\d][\w'-]*){{0,6}} (?:\(|при |against (?:a |the )?)"
    r"(?:план\w*|запланован\w*|передбачен\w*|прогноз\w*|потреб\w*|норматив\w*|цільов\w*|ціль"
    r"|target|planned|plan)"
    r"(?: показник\w*| значенн\w*| of)?"
    rf"(?: ?[-–—:])? ?(?P<p1>{_GROUPED}|\d{{1,5}}(?:,\d{{1,3}})?)(?![\d/]|[.,]\d)"
    # «при плані 5 проведено 4», «план – 10 об'єктів, факт – 8»
    # («планове значення – 10, фактичне – 7», "Target: 10; achieved: 7", «план 10 / факт 7»)
    r"|\b(?:при плані|план|за планом|планов\w*(?: значенн\w*)?(?: показник\w*)?|target|planned)"
    r"(?: ?[-–—:])? ?(?P<p2>\d{1,5})(?![\d/]|[.,]\d)"
    r"(?: [^\W\d][\w'-]*){0,3}(?: ?[,;/])? (?:(?:факт\w*|фактичн\w*(?: значенн\w*)?|achieved"
    r"|actual)(?: ?[-–—:])? ?|фактично |[^\W\d][\w'-]*(?:но|то) )"
    rf"(?P<d2>\d{{1,5}}){_NOT_A_COUNT}(?![\d/]|[.,]\d)"
    # «планувалося провести 5 семінарів, проведено 3», «заплановано 10 заходів, проведено 10»,
    # «мало бути відремонтовано 10 км, фактично відремонтовано 6 км», «замість запланованих 4
    # ярмарків проведено 2»
    r"|\b(?:заплановано|планувал\w*|передбачал\w*|передбачено|ма(?:в|ла|ло|ли) бути|замість)"
    r"(?: [^\W\d][\w'-]*){0,3} "
    rf"(?P<p3>\d{{1,5}}(?:,\d{{1,3}})?){_NOT_A_COUNT}(?![\d/]|[.,]\d)"
    # (the deed's verb: «проведено», «відбулося», «вийшло»)
    r"(?: [^\W\d][\w'-]*){0,4}[,.;]?\s(?:фактично |з них |із них )?"  # (or on a line of its own)
    r"[^\W\d][\w'-]*(?:но|то|л[оиа](?:ся|сь)?) "
    rf"(?P<d3>\d{{1,5}}(?:,\d{{1,3}})?){_NOT_A_COUNT}(?![\d/]|[.,]\d)"
    # «проведено 8 заходів замість 10 запланованих»: done instead of the plan's count
    # («8 засідань «круглих столів» замість 12»: a name in quotes among the words)
    r"|(?=\d)(?<![\d.,/])(?P<d5>\d{1,5})(?: [«\"]?[^\W\d][\w'-]*[»\"]?){0,4} замість"
    r"(?: (?:запланован|передбачен)\w*)? (?P<p5>\d{1,5})(?![\d/]|[.,]\d)"
    # «проведено 2 заходи (з 4 запланованих)», «2 (з 4)»: the plan's count in brackets
    r"|(?=\d)(?<![\d.,/])(?P<d6>\d{1,5})(?: [^\W\d][\w'-]*){0,3} \((?:з|із) (?P<p6>\d{1,5})"
    r"(?: (?:запланован|передбачен)\w*)?\)"
    # "of the 12 planned trainings, 7 were held", "Out of 1,200 planned, 850 civil servants
    # were trained", "Out of 500 staff members planned, 320 have completed …"
    rf"|\bof (?:the |all )?(?P<p4>{_EN_THOUSANDS}|\d{{1,5}}) "
    r"(?:planned |scheduled |envisaged |foreseen )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,2},? "
    rf"(?P<d4>{_EN_THOUSANDS}|\d{{1,5}})(?: [a-z][\w'-]*){{0,3}}? "
    # (a deed of theirs: "320 were trained", "320 completed", not "320 were women")
    r"(?:(?:were|was|have|has|had)(?: been)? )?"
    r"(?:[a-z]+ed|took|held|done|built|run|taken|given|made|met|sent|spent|paid|set)\b"
    # «Фактичне значення показника – 11 од. (планове – 15 од.)», «фактично – 8, план – 10»,
    # «Досягнуте значення індикатора: 45 %; цільове значення: 60 %»
    r"|\b(?:фактичн|досягнут)\w*(?: значення)?(?: показника| індикатора)?"
    r"(?: ?[-–—:] ?| становить | склал?[оаи]? )"
    r"(?P<d7>\d{1,5}(?:,\d{1,3})?)(?![\d/]|[.,]\d)(?: ?%)?(?: ?[^\W\d][\w'-]*\.?){0,2}[,;]? \(?"
    r"(?:планов|запланован|план|цільов)\w*(?: значення)?(?: ?[-–—:] ?| )"
    r"(?P<p7>\d{1,5}(?:,\d{1,3})?)"
    r"(?![\d/]|[.,]\d)"
)
"""A count done beside the count planned: «придбано 2 (план – 3)», «план – 10, факт – 8»,
«заплановано 10 заходів, проведено 8», "of the 12 planned trainings, 7 were held"."""


# bounded, and never begun inside a number («1 234 567»): linear in the longest run of digits
_AMOUNT = r"\d{1,3}(?:[ \u00a0]\d{3}){1,4}(?:[.,]\d{1,6})?|\d{1,15}(?:[.,]\d{1,6})?"
_MONEY_SHARE = re.compile(
    rf"(?=\d)(?<![\d.,])(?<!\d[ \u00a0])(?P<done>{_AMOUNT}) ?(?P<u1>(?:тис|млн|млрд)\.? ?)?"
    r"(?:грн|гривень|гривні)\.?"
    r",? (?:(?:з|із|зі)(?: (?:передбачен|запланован|затверджен|виділен)\w*)?"
    r"|при (?:(?:план\w*|передбачен\w*|запланован\w*)(?: обсяз\w*| сум\w*)?"
    r"|затверджен\w* (?:призначен|план|обсяг|сум)\w*|кошторисн\w* (?:вартост|призначен)\w*)"
    r"|\((?:план\w*|передбачено|заплановано)(?: ?[-–—:])?) "  # «450 тис. грн (план – 900 …)»
    rf"(?P<plan>{_AMOUNT}) ?(?P<u2>(?:тис|млн|млрд)\.? ?)?(?:грн|гривень|гривні)"
    # the sum set aside first: «виділено 200 тис. грн, використано 150 тис. грн», «з
    # передбачених на захід 500 тис. грн використано 210 тис. грн»
    # («при запланованих 2,5 млн грн профінансовано 1,8 млн грн»; the sum received: «надійшло
    # 9,9 млн грн субвенції, використано 5,9 млн грн»)
    r"|(?:виділено|передбачено|заплановано|затверджено|надійшло|надійшли|отримано"
    # the need: «Потреба становила 2 000,0 тис. грн, профінансовано 1 220,0 тис. грн»
    r"|потреба(?: (?:у|в) (?:коштах|фінансуванні))?(?: (?:становила|складала|становить"
    r"|складає|[-–—])|:)?"
    r"|(?:з|із|при) (?:передбачених|запланованих"
    r"|виділених|затверджених|плані|потребі)(?: [^\W\d][\w'-]*){0,3}) (?P<plan2>"
    rf"{_AMOUNT}) ?(?P<u3>(?:тис|млн|млрд)\.? ?)?(?:грн|гривень|гривні)\.?"
    r"(?: [^\W\d][\w'-]*){0,3}[,;]? "
    r"(?:(?:з них|фактично|із них) )?(?:використано|освоєно|профінансовано|спрямовано|витрачено)"
    rf" (?P<done2>{_AMOUNT}) ?(?P<u4>(?:тис|млн|млрд)\.? ?)?(?:грн|гривень|гривні)"
    # the plan, then the fact: «план – 500,0 тис. грн, факт – 320,5 тис. грн»
    # (the sum written once, on the plan: «план – 50,0 тис. грн, факт – 0»)
    rf"|\bплан\w*(?: ?[-–—:])? ?(?P<plan3>{_AMOUNT}) ?(?P<u5>(?:тис|млн|млрд)\.? ?)?"
    r"(?:(?:грн|гривень|гривні)\.?)?[,;]? факт\w*(?: ?[-–—:])? ?"
    rf"(?P<done3>{_AMOUNT}) ?(?P<u6>(?:тис|млн|млрд)\.? ?)?(?:грн|гривень|гривні|(?!\w|[.,]\d| ?%))"
    # a share of the plan after the sum: «використано 1 234,5 тис. грн (95,3 %)»
    rf"|(?=\d)(?<![\d.,])(?<!\d[ \u00a0])(?:{_AMOUNT}) ?(?:(?:тис|млн|млрд)\.? ?)?(?:грн|гривень"
    r"|гривні)\.?,? \(?(?:або |що становить |що складає )?(?P<share>\d{1,3}(?:[.,]\d+)?) ?%"
)
"""A sum spent out of a sum planned: «450,3 тис. грн з (передбачених) 600,0 тис. грн»,
«… при плані …», «виділено 200 тис. грн, використано 150 тис. грн», «план – 500,0, факт –
320,5 тис. грн», «… тис. грн (95,3 %)»."""
_MONEY_NEAR = (("грн", "гривн"), 18)
"""What every match of :data:`_MONEY_SHARE` holds, and the most spaces before it in the match
(«план – 1 234 567 890 123,0 тис., факт – 1 234 567 890 123,0 тис. грн»: 16)."""
_SPENDING_STEMS = "профінансова|використа|освоє|витраче|касов|spent|used|disbursed"
_SPENDING = re.compile(rf"(?:{_SPENDING_STEMS})\w*")
"""Verbs of spending a plan's money (not «залучено 300 тис. грн (30 % …)», a part of a whole)."""
_SET_ASIDE = re.compile(r"(?i)передбач|запланова|виділ")
"""Verbs of money set aside for a measure, not spent on it: «передбачено», «виділено»."""
_UNFUNDED = re.compile(
    r"\b(?:фінансуванн|кошт)\w*(?: [\w'-]+){0,4} не (?:здійснюва|надходи|надійш|виділ)"
)
"""Money that never came: «Фінансування заходу у 2025 році не здійснювалося», «кошти не
виділялись»."""
_SPENT = re.compile(
    rf"(?:{_SPENDING_STEMS}|спрямова|виділе|викона|сплаче|перерахова|залуче|отрима|надійшл"
    r"|видатк|здійсне|придба|закупле|виплаче|відшкодова|компенсова|погаше)\w*"
)
"""Verbs of money spent, paid, set aside or received, before a sum out of a sum planned; of a
purchase made for a sum («закупівлю здійснено на суму …», «придбано … на суму …»)."""
_SCALES = {"тис": 1e3, "млн": 1e6, "млрд": 1e9}
_EN_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,15}(?:\.\d+)?"
_EN_SCALE = r"(?: ?(?P<s{0}>thousand|million|billion|mln|bn)\b)?"
_EN_MONEY = r"(?:uah|hryvnias?)"
_EN_MONEY_SHARE = compiled_on_use(
    # "UAH 2.1 million out of UAH 3.5 million planned", "450,000 UAH of the 900,000 allocated"
    rf"(?:(?<![\w.,]){_EN_MONEY} ?(?P<done>{_EN_AMOUNT}){_EN_SCALE.format(1)}"
    rf"|(?<![\w.,])(?P<done_>{_EN_AMOUNT}){_EN_SCALE.format('1_')} ?{_EN_MONEY})"
    r"(?: (?:was|were|has been|have been|had been) [a-z]+)?"  # "UAH 1.2 million was used out of"
    r",? (?:out of|of|from) (?:the )?(?:(?:planned|allocated|budgeted|approved|envisaged) )?"
    rf"(?:{_EN_MONEY} ?)?(?P<plan>{_EN_AMOUNT}){_EN_SCALE.format(2)}"
)
"""An English sum spent out of one planned: "UAH 2.1 million out of UAH 3.5 million"."""
_EN_SPENT = re.compile(r"disburs|spent|used|utili[sz]|financ|funded|paid|absorb|allocat|transferr")
"""English verbs of money spent, set aside or received, before a sum out of one planned."""
_EN_SENTENCE_END = re.compile(r"[.;!?](?!\d)|\n")
_EN_SCALES = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}


def _english_sum(amount: str, scale: str | None) -> float:
    """An English amount («2,100.5», «2.1») with its scale («million») as a number."""
    value = float(amount.replace(",", ""))
    return value * _EN_SCALES[scale] if scale else value


def _hryvnias(amount: str, unit: str | None) -> float:
    """An amount as written («1 250,0») with its unit («тис. ») in hryvnias."""
    value = float(amount.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    return value * _SCALES[unit.rstrip(". ")] if unit else value


# what a share done says: nothing done, part of it, all of it («рівень виконання – 100 %»)
_SHARE_KINDS = (CueKind.FAILURE, CueKind.PARTIAL, CueKind.ACHIEVEMENT)


def _percent(match: re.Match[str]) -> float:
    if match["den"]:
        return 100 * int(match["num"]) / int(match["den"])
    if match["bd"]:
        return 100 * int(match["bn"]) / int(match["bd"])
    share = match["uk"] or match["en"] or match["lv"] or match["pl"] or match["al"] or match["of"]
    return float(share.replace(",", "."))


def _lead(part: str, words: list[str]) -> int | None:
    """Where the words of ``part`` begin, if they stand one space apart (most runs), else None."""
    stripped = part.lstrip()
    return len(part) - len(stripped) if stripped.rstrip() == " ".join(words) else None


def _span(
    part: str, words: list[str], at: int, lead: int | None, starts: list[int]
) -> tuple[int, int]:
    """Where word ``at`` of ``words`` (the words of ``part``) stands in ``part``.

    ``lead``: where the words begin when they stand one space apart, which
    counts their places at once. ``starts``: every word's start, found when first
    asked and kept for the run's other cues (a word sought from the run's start for
    each cue made a run of thousands of cues take minutes).
    """
    if not starts:
        if lead is not None:
            lengths = itertools.accumulate(map(len, words), initial=lead)
            starts.extend(
                begin + n for n, begin in enumerate(itertools.islice(lengths, len(words)))
            )
        else:  # (the words of letters alone, found so too)
            starts.extend(m.start() for m in _WORD.finditer(part))
    return starts[at], starts[at] + len(words[at])


def _last_word(folded: str, end: int) -> str:
    """The last word (apostrophes in it) of the 40 characters of ``folded`` before ``end``.

    Looked for from the end, letter by letter: a search from the start tries every place.
    """
    begin = max(0, end - 40)
    last = end  # after the last letter or digit
    while last > begin and not (folded[last - 1].isalnum() or folded[last - 1] == "_"):
        last -= 1
    if last == begin:  # none: apostrophes alone, or nothing
        match = _LAST_WORD.search(folded, begin, end)
        return match.group(1) if match else ""
    stop = last
    while stop < end and folded[stop] == "'":
        stop += 1
    start = last - 1
    while start > begin and (folded[start - 1].isalnum() or folded[start - 1] in "_'"):
        start -= 1
    return folded[start:stop]


def _opens_relative_clause(before: str, words: list[str]) -> bool:
    """Whether the words after a comma open a relative clause («…, які виконуються ІГС»)."""
    following = words[1:3] if words[0] in _PREPOSITIONS else words[:2]
    if not following:
        return False
    if _RELATIVE.fullmatch(following[0]):
        return True
    if following[1:] and following[1] in _WHOSE and analyse(following[0]).grammar is None:
        return True  # «…, ремонт яких не завершено»: a noun, then «whose»
    if following[0] == "що":
        after = following[1] if len(following) > 1 else ""
        if before in _CONJUNCTIVE_BEFORE_SHCHO:
            return False
        if before.endswith(_SAYING_ENDINGS) and not SPEECH_VERBS.isdisjoint(analyse(before).lemmas):
            return False  # «Інформуємо, що ведуться переговори»: what is told, no relative
        # «…, що виконуються», and after a noun «питання, що не було вирішено» (not a verb's
        # «повідомлено, що не …», which reports)
        return bool(_PRESENT_VERB.fullmatch(after)) or (
            after == "не" and analyse(before).grammar is None
        )
    return False


_LINKING = frozenset(
    {"також", "крім", "окрім", "водночас", "натомість", "зокрема", "при", "разом", "тоді"}
)
"""Words that link a sentence to the one before («Також», «Крім того», «При цьому»)."""


def _agent(words: list[str], entries: list[_Entry]) -> bool:
    """Whether a run has another body as its agent: «Президентом підписано», "by Parliament".

    Or as the subject it opens with: «Президент підписав указ», "The Parliament adopted" —
    after a phrase of time or place too: «Протягом року Кабінет Міністрів затвердив …»; not
    the object of an impersonal form, which has no subject: «уряд поінформовано».
    """
    for at, entry in enumerate(entries):
        if (
            entry.body
            and (
                at == 0
                or words[:at] == ["the"]
                or (
                    (words[0] in _PREPOSITIONS or words[0] in _LINKING)
                    and all(e.grammar is None for e in entries[:at])
                )
            )
            and not any(
                w.endswith(("но", "то")) and e.grammar == "done"
                for w, e in zip(words, entries, strict=True)
            )
        ):
            return True
        if not entry.agent:
            continue
        if words[at].isascii():  # "by Parliament", "by the President"
            if "by" in words[max(0, at - 2) : at]:
                return True
        elif at == 0 or words[at - 1] not in _TOGETHER:
            return True
    return False


def _match_run(
    words: list[str], entries: list[_Entry], hits: set[str], live: frozenset[str], title: str
) -> Iterator[tuple[int, int, CueKind, bool]]:
    """Each cue of a run: its first and last word, its kind after negation, and the negation.

    ``hits`` are the run's words a cue may start at (or that mark another actor); ``live``
    their lemmas; ``title`` the measure's.
    """
    after = 0  # the first word not yet part of a cue
    for at in _places(words, hits):
        if at < after or entries[at].inert:
            continue
        kind, length, cue = _cue_at(words, entries, at, live)
        if kind is None:
            continue
        first = _negation_start(words, at)
        last = at + length - 1
        negated = first < at
        if (
            cue is not None
            and cue.reach
            and kind in _MISHAPS
            and _negates(words[last - 1])
            and not cue.negating
        ):
            # «кошти не арештовано», «договір не розірвано», «строки не затягнуто»: the
            # mishap's verb negated, its noun before: nothing went wrong — unless the title
            # asks for it («Розірвати договори оренди»): then its deed not done
            after = last + 1
            if words[last][:5] in title.lower():
                yield last - 1, last, CueKind.FAILURE, True
            continue
        if not negated and last + 2 < len(words) and words[last + 1] == "не":
            # «реалізовано не було»: the negation after the deed
            negated = words[last + 2] in _WAS
            last += 2 * negated
        if negated and words[at].startswith(_STOPPING):
            # «робота не припинялась», "the service was not interrupted": it went on
            yield first, last, CueKind.ONGOING, False
            after = last + 1
            continue
        if negated:
            kind = _NEGATED[kind]
        elif kind is CueKind.FINDING:
            if words[last].endswith(_INFINITIVE) or words[last] in _TO_FIND:
                continue  # «необхідно встановити камери»: what is to be done, not found
            if not entries[last].lemmas.isdisjoint(_ARISING) or (
                not entries[last].lemmas.isdisjoint(_COMING) and not words[last].endswith(_PAST)
            ):
                continue  # «виникли труднощі», «звернення надходять»: what happens, no deed
            if (
                cue is not None
                and words[at][:5] in (folded_title := title.lower())
                # (at a word's start: «перебоїв» is no word of «безперебійне»)
                and any(word.startswith(words[at][:5]) for word in folded_title.split())
                and cue.negating
            ):
                # «Протокол не складено» when the title asks for it («Скласти протокол
                # засідання»): the deed not done, no sanction spared
                yield first, last, CueKind.FAILURE, True
                after = last + 1
                continue
            kind = CueKind.ACHIEVEMENT
            if not entries[at].lemmas.isdisjoint(_LET) and any(
                not entry.lemmas.isdisjoint(_LET_HAPPEN)
                for entry in entries[max(0, at - 3) : last + 4]
            ):
                kind = CueKind.FAILURE  # «допущено 3 порушення строків»: a breach let happen
            elif (
                not negated
                and (cue is None or not cue.negating)
                and _ENSURES_WORKING.match(title)
                and any(
                    not entry.lemmas.isdisjoint(_MALFUNCTIONS)
                    for entry in entries[max(0, at - 3) : last + 4]
                )
            ):
                # «зафіксовано 14 збоїв» of «Забезпечити функціонування реєстру»: what the
                # measure was to ensure failed at times, a part of it
                kind = CueKind.PARTIAL
        elif kind in _DEEDS and at and words[at - 1] in _BEFORE_DEED:
            modal = _obliged(words, at)
            if modal < at and (words[modal] in _WAS_DUE or words[at] in _ASIDES):
                # «семінар мав бути проведений»: what was due, no deed; "it should be noted
                # that …": the writer's aside
                after = last + 1
                continue
            if modal < at:  # «має бути виконано»: still to be done
                kind, first = CueKind.FUTURE, max(modal, after)
        if kind is not None:
            yield first, last, kind, negated
        after = last + 1


_MISHAPS = frozenset({CueKind.FAILURE, CueKind.ONGOING, CueKind.POSTPONEMENT, CueKind.CANCELLATION})
_STOPPING = ("припиня", "зупиня", "перерива", "призупиня", "interrupt", "stopped", "halted")
"""Verbs of stopping in the imperfective (and English): negated, the work went on («робота не
припинялась»); not «не припинено», a stop that did not come about as asked."""
_DEEDS = frozenset({CueKind.ACHIEVEMENT, CueKind.ONGOING})
_FOUND_OR_DONE = frozenset({CueKind.ACHIEVEMENT, CueKind.FINDING})
_TO_FIND = frozenset({"find", "identify", "detect", "reveal", "receive"})
"""English verbs of finding in their base form: a finding only when negated ("did not find")."""
_WAS_DUE = frozenset({"мав", "мала", "мало", "мали", "мусив", "мусила", "мусило", "мусили"})
"""Modals in the past: «мав бути проведений» tells what was due, neither done nor to come."""
_MODALS = _WAS_DUE | {
    "має", "мають", "повинен", "повинна", "повинно", "повинні", "повинне", "слід",
    "необхідно", "потрібно", "треба", "належить", "must", "should", "shall", "will", "would",
}  # fmt: skip
_ASIDES = frozenset(
    {"noted", "mentioned", "stressed", "emphasized", "emphasised", "underlined", "highlighted"}
)
"""What "it should be …" opens a writer's aside with: "it should be noted that …"."""
_BE = frozenset({"бути", "be"})
_BEFORE_DEED = _MODALS | _BE
_TO = frozenset({"to"})
_TO_BE = _MODALS | {
    "is", "are", "has", "have", "needs", "need", "expected", "planned", "scheduled", "due",
    "going", "likely", "intended",
}  # fmt: skip
"""What may stand before "to be" done: "is to be adopted", "is expected to be approved"
("is approved", "has been approved" are done)."""


def _obliged(words: list[str], at: int) -> int:
    """Where a modal before a deed begins («має бути виконано», "must be submitted"), else ``at``.

    What must (or is to) be done is still to be done.
    """
    before = at - 1
    if words[before] in _BE:
        before -= 1
        if before >= 0 and words[before] in _TO:
            before -= 1
            return before if before >= 0 and words[before] in _TO_BE else at
    return before if before >= 0 and words[before] in _MODALS else at


def _places(words: list[str], hits: set[str]) -> list[int]:
    """Where the words of ``hits`` stand in ``words``, in order (found by C scans: hits are few)."""
    places = []
    for word in hits:
        at = words.index(word)
        while True:
            places.append(at)
            try:
                at = words.index(word, at + 1)
            except ValueError:
                break
    places.sort()
    return places


def _counted_before(part: str, word: str) -> bool:
    """Whether a count, or a part, of something stands in a run before ``word``.

    «2 заходи (скасовано)», «решту (скасовано)», "two (were cancelled)", "the remaining
    (were cancelled)"; not a number of an act or a date: «рішенням від 12.05.2025 № 4
    (скасовано)».
    """
    return _COUNTED.search(part, 0, max(part.find(word), 0)) is not None


_COUNTED = re.compile(
    r"(?<![\d.,/№-])(?<!№ )(?<!no )\b\d{1,3}\b(?![.,/-]\d)|\b(?:частин|решт)\w*"
    r"|\b(?:remaining|the rest)\b"
    r"|\b(?:" + "|".join((*_UK_COUNTS, *_EN_COUNTS)) + r")\b"
)


def _done_with(words: list[str], at: int) -> bool:
    """Whether the words from ``at`` name what a deed was done with, maybe after an adjective.

    «(забезпечені) підвезенням», «(охоплені) безоплатним харчуванням», «(забезпечені)
    шкільними автобусами».
    """
    if at + 1 < len(words) and words[at].endswith(("им", "ими", "ою")):
        at += 1  # an adjective of it first
    return len(words[at]) > 5 and words[at].endswith(_INSTRUMENTAL)


def _cue_at(
    words: list[str], entries: list[_Entry], at: int, live: frozenset[str]
) -> tuple[CueKind | None, int, Cue | None]:
    """The kind and length in words of the cue at ``at``, and the lexicon's cue if it is one."""
    entry = entries[at]
    grammar = entry.grammar
    if grammar == "participle" and at and words[at - 1] in _PREPOSITIONS:
        # «про виявлені порушення», «за проведеними заходами»: what, not a deed
        return None, 0, None
    for cue, second in zip(entry.cues, entry.seconds, strict=True):
        if second is not None and second.isdisjoint(live):
            continue  # its second word is nowhere in the run
        length = _cue_length(cue, entries, at)
        if length:
            if (
                grammar == "future"
                and length == 1
                and (cue.kind in _FOUND_OR_DONE or not entry.lemmas.isdisjoint(_STARTING))
            ):
                # «навчання розпочнеться у лютому»: not begun yet; «камери встановлять»: to come
                return CueKind.FUTURE, 1, None
            return cue.kind, length, cue
    if grammar is None:
        word = words[at]
        if (
            word.endswith("ed")
            and at
            and (
                words[at - 1] in _EN_PASSIVE_OR_TO_BE
                or (words[at - 1] == "not" and at > 1 and words[at - 2] in _EN_PASSIVE_OR_TO_BE)
                or (words[at - 1].endswith("n't") and words[at - 1][:-3] in _EN_PASSIVE)
            )
        ):  # "was reconstructed", "has been modernised"; "was not discussed", "wasn't
            # discussed": none, negated
            return CueKind.ACHIEVEMENT, 1, None
        if word.startswith("не") and _done(word[2:]):
            return CueKind.FAILURE, 1, None  # «невиконано», «непроведено»
        return None, 0, None
    if grammar == "be-future":  # «буде проведено», «будуть розроблені»
        return CueKind.FUTURE, 2 if at + 1 < len(words) else 1, None
    if grammar == "be-past":  # «було проведено», «були затверджені»
        following = entries[at + 1] if at + 1 < len(words) else None
        if following is not None and following.grammar == "participle" and not following.cues:
            return CueKind.ACHIEVEMENT, 2, None
        return None, 0, None
    if grammar == "participle":  # predicative: «Проведені навчання», «навчання проведені»,
        # «інформація розміщена на сайті», «закупівля оголошена 15.12.2025»; not
        # attributive: «розміщена інформація»
        # (or before what it was done with: «заклади забезпечені підвезенням», «охоплені
        # харчуванням», «укомплектовані кадрами»)
        before_place = at + 1 < len(words) and (
            words[at + 1] in _PREPOSITIONS_OR_EXTENT
            or entries[at + 1].number
            or _done_with(words, at + 1)
        )
        predicative = at in (0, len(words) - 1) or (
            before_place and words[at - 1] not in _PREPOSITIONS
        )
        if not predicative or not entry.lemmas.isdisjoint(_DESCRIBING):
            return None, 0, None
        if entry.lemmas.isdisjoint(_PLANNED):
            return CueKind.ACHIEVEMENT, 1, None
        # «реалізація запланована на 2026 рік» tells of a plan; first, «Заплановані заходи
        # проведено», or after «всі» («проведено 4 навчання, всі заплановані»), it only names
        # what was planned
        # («Проведено заплановані 4 семінари», «Проведено заплановані на рік заходи»: after a
        # deed, it names what the deed was done to)
        deed = at - 1  # (past «не лише», «не тільки»: «Проведено не лише заплановані …»)
        while deed > 0 and words[deed] in ("не", "лише", "тільки"):
            deed -= 1
        if not at or words[at - 1] in _ALL or entries[deed].grammar in ("done", "done-or-manner"):
            return None, 0, None
        return CueKind.FUTURE, 1, None
    if grammar == "operating" and at + 1 < len(words) and words[at + 1] in ("над", "на"):
        return CueKind.ONGOING, 1, None  # «працює над проєктом»: work going on
    if grammar == "done" and words[at].startswith("не") and _done(words[at][2:]):
        return CueKind.FAILURE, 1, None  # «невиконано» read as one word
    if grammar == "done-or-manner":  # «Відкрито пункт»; «буде здійснена централізовано»: how
        manner = at > 0 and entries[at - 1].grammar is not None
        return (None, 0, None) if manner else (CueKind.ACHIEVEMENT, 1, None)
    if grammar == "done" and not entry.lemmas.isdisjoint(_NO_DEED):
        return None, 0, None  # «об'єкт пошкоджено внаслідок обстрілу»: what was done to it
    if (
        grammar == "ongoing"
        and words[at].startswith(_STATE)
        and words[at + 1 : at + 2] == ["на"]
        and any(word.startswith("контрол") for word in words[at + 2 : at + 4])
    ):
        # «перебуває на (постійному) контролі»: watched, as «на контролі» tells
        return None, 0, None
    kind = GRAMMAR_KINDS.get(grammar)
    return (kind, 1, None) if kind is not None else (None, 0, None)


_PREPOSITIONS_OR_EXTENT = _PREPOSITIONS | {
    "повністю", "частково", "цілком", "остаточно", "своєчасно", "вчасно", "успішно",
}  # fmt: skip
"""What follows a predicative participle: «потреба забезпечена повністю», «… на 72 %»."""


def _done(form: str) -> bool:
    return len(form) > 3 and analyse(form).grammar == "done"


def _fits(alternatives: frozenset[str], entry: _Entry) -> bool:
    return not alternatives.isdisjoint(entry.lemmas) or (entry.number and "#" in alternatives)


def _cue_length(cue: Cue, entries: list[_Entry], at: int) -> int:
    words = cue.alternatives
    if at + len(words) > len(entries):
        return 0
    gap = 0  # words between the first and the rest: «потреба [у проведенні заходу] відсутня»
    if cue.reach:
        room = min(cue.reach, len(entries) - at - len(words))
        while not _fits(words[1], entries[at + 1 + gap]):
            if gap == room:
                return 0
            gap += 1
    for offset in range(1, len(words)):  # the first word is matched by the index
        if not _fits(words[offset], entries[at + gap + offset]):
            return 0
    length = len(words) + gap
    unless = cue.unless_alternatives
    if unless and at + length < len(entries) and _fits(unless, entries[at + length]):
        return 0
    for alternatives in cue.tail_alternatives:
        if at + length < len(entries) and _fits(alternatives, entries[at + length]):
            length += 1
        else:
            break
    return length


_TO_COME = frozenset(
    {"expected", "planned", "scheduled", "due", "track", "set", "going", "intended", "likely"}
)
"""English words before "to be" and a deed that put it ahead: "on track to be completed"."""
_NOT_YET = frozenset({"yet", "still", "remain", "remains", "remained"})
"""English words before "to be" and a deed that say it is not done: "yet to be adopted"."""


def _negates(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't")


def _negation_start(words: list[str], at: int) -> int:
    """Index of the negation that governs the cue at ``at``, or ``at`` when none does."""
    if _negates(words[at]) and at + 1 < len(words):  # the cue itself begins with its negation
        return at
    if at >= 3 and words[at - 1] == "be" and words[at - 2] == "to" and words[at - 3] in _NOT_YET:
        if words[at - 4 : at - 3] == ["nothing"]:
            return at  # "nothing remains to be done": all of it is
        return at - 3  # "the guidelines have yet to be developed": not developed
    back = at - 1
    while back >= 0 and at - back <= 3:
        if _negates(words[back]):
            return back
        if words[back] not in AUXILIARIES:
            break
        back -= 1
    if words[at].isascii():  # "no meetings were held", "none of the planned events took place"
        subject = at - 1
        while subject >= 0 and words[subject] in _EN_BEING:
            subject -= 1
        if subject < 1 or words[subject] in _REPORTING:
            return at  # (not "no information was provided": nothing of the measure)
        for back in range(subject - 1, max(subject - 6, -1), -1):  # "no planned events"
            if words[back] in ("no", "none", "neither"):  # "neither of the hearings took place"
                return back
            if words[back] in _EN_CLAUSE_BREAK:
                break
    return at
