"""Every word a reader of civplan's output sees, in Ukrainian and in English.

One table, one lookup: :func:`say` gives the text of a key in a language,
with its ``{placeholders}`` filled in. Statuses, the reasons an assessment
gives, column captions, the summary's words, sheet names and the command
line's messages all live here, so that a translation or a correction is made
once and every format shows it alike.

The table sits below the model (the model's statuses and reasons speak too)
and imports nothing from civplan.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["uk", "en"]
"""A language of what readers see: Ukrainian (the default) or English."""

LANGS: tuple[Lang, ...] = ("uk", "en")

VOCABULARY: dict[str, tuple[str, str]] = {
    # statuses, as official reports write them
    "status.DONE": ("виконано", "done"),
    "status.PARTIALLY_DONE": ("виконано частково", "partially done"),
    "status.IN_PROGRESS": ("виконується", "in progress"),
    "status.NOT_DONE": ("не виконано", "not done"),
    "status.POSTPONED": ("перенесено", "postponed"),
    "status.NOT_DUE": ("термін не настав", "not yet due"),
    "status.OVERDUE": ("прострочено", "overdue"),
    "status.CANCELLED": ("втратив актуальність", "cancelled"),
    # the report's column captions
    "column.number": ("№\nз/п", "No."),
    "column.title": ("Найменування заходу", "Measure"),
    "column.deadline": ("Строк виконання", "Deadline"),
    "column.responsible": ("Відповідальні виконавці", "Responsible executors"),
    "column.outcome": ("Результат виконання", "Outcome"),
    "column.status": ("Стан виконання", "Status"),
    "column.expected_result": ("Очікуваний результат", "Expected result"),
    "column.indicator": ("Індикатор виконання", "Performance indicator"),
    "column.funding": ("Обсяг фінансування, тис. грн", "Funding, thousand UAH"),
    "column.notes": ("Примітки", "Notes"),
    # sheet names
    "sheet.report": ("Звіт", "Report"),
    "sheet.summary": ("Підсумки", "Summary"),
    # the summary
    "summary.title": ("Підсумки виконання плану заходів", "Summary of the plan's implementation"),
    "summary.as_of": ("станом на", "as of"),
    "summary.rate": ("Рівень виконання", "Completion rate"),
    "summary.statuses": ("Стан виконання заходів", "Measures by status"),
    "summary.status": ("Стан виконання", "Status"),
    "summary.count": ("Кількість заходів", "Number of measures"),
    "summary.total": ("Усього", "Total"),
    "summary.sections": ("За розділами", "By section"),
    "summary.number": ("№", "No."),
    "summary.section": ("Розділ", "Section"),
    "summary.no_heading": ("(поза розділами)", "(outside any section)"),
    "summary.rate_percent": ("Рівень, %", "Rate, %"),
    "summary.overdue": ("Прострочені заходи", "Overdue measures"),
    "summary.review": ("Потребують перевірки", "To check"),
    "summary.measure": ("Захід", "Measure"),
    "summary.deadline": ("Строк виконання", "Deadline"),
    "summary.reasons": ("Причини невиконання", "Why measures were not done"),
    "summary.reason": ("Причина", "Reason"),
    "summary.measures": ("Номери заходів", "Measure numbers"),
    "summary.untimely": ("Події поза строком виконання", "Events outside the term"),
    "summary.event": ("Подія", "Event"),
    "summary.dates": ("Дати", "Dates"),
    "summary.indicators": ("Показники зі звіту", "Counts reported"),
    "summary.value": ("Значення", "Value"),
    "summary.unit": ("Одиниця", "Unit"),
    "summary.targets": ("Планові показники", "Planned targets"),
    "summary.target": ("Ціль", "Target"),
    "summary.actual": ("Факт", "Actual"),
    "summary.met": ("Досягнуто", "Met"),
    "summary.yes": ("так", "yes"),
    "summary.no": ("ні", "no"),
    "summary.unknown": ("немає даних", "no data"),
    # kinds of justification
    "reason_kind.no_need": ("не було потреби або підстав", "no need or grounds"),
    "reason_kind.funding": ("відсутність фінансування", "lack of funding"),
    "reason_kind.martial_law": ("воєнний стан, бойові дії", "martial law, hostilities"),
    "reason_kind.pandemic": ("карантин, епідемія", "quarantine, epidemic"),
    "reason_kind.procurement": (
        "закупівля, підрядник, постачальник",
        "procurement, contractor, supplier",
    ),
    "reason_kind.legislation": (
        "законодавство, рішення інших органів",
        "legislation, other bodies' decisions",
    ),
    "reason_kind.staff": ("брак кадрів", "lack of staff"),
    "reason_kind.other": ("інші причини", "other reasons"),
    # how sure an assessment is
    "confidence.stated": ("зазначено у звіті", "stated in the report"),
    "confidence.clear": ("чіткі ознаки", "clear cues"),
    "confidence.weak": ("непевні ознаки", "weak cues"),
    "confidence.none": ("не визначено", "could not tell"),
    "report.review": ("потребує перевірки", "to check"),
    # what each kind of cue is called in a reason
    "cue.achievement": ("досягнення", "achievement"),
    "cue.failure": ("заперечення", "negation"),
    "cue.partial": ("часткове виконання", "partial completion"),
    "cue.postponement": ("перенесення", "postponement"),
    "cue.cancellation": ("втрата актуальності", "cancellation"),
    "cue.ongoing": ("триваюча робота", "ongoing work"),
    "cue.future": ("лише намір", "only planned"),
    "cue.finding": ("констатація, а не невиконання", "a finding, not a failure"),
    # the reasons of an assessment, by the code of their rule
    "reason.cue": ("{cue}: «{phrase}»", "{cue}: «{phrase}»"),
    "reason.explicit": (
        "статус зазначено у звіті: «{status}»",
        "status stated in the report: {status}",
    ),
    "reason.explicit.contradiction": (
        "текст звіту суперечить зазначеному статусу: за текстом — «{status}»",
        "the report's text contradicts the stated status: the text suggests {status}",
    ),
    "reason.rule.cancelled": (
        "текст свідчить, що захід втратив актуальність",
        "the text says the measure is no longer relevant",
    ),
    "reason.rule.partial": (
        "текст прямо вказує на часткове виконання",
        "the text states partial completion",
    ),
    "reason.rule.mixed": (
        "текст повідомляє і про виконане, і про невиконане",
        "the text reports both what was done and what was not",
    ),
    "reason.rule.part_postponed": (
        "частину виконано, решту перенесено",
        "part was done and the rest postponed",
    ),
    "reason.rule.postponed": (
        "виконання перенесено на інший період",
        "the measure was moved to a later period",
    ),
    "reason.rule.failed_not_due": (
        "захід ще не виконано, але строк {term} не минув станом на {date}",
        "not carried out yet, but the deadline {term} has not passed as of {date}",
    ),
    "reason.rule.failed": (
        "текст повідомляє, що захід не виконано",
        "the text says the measure was not carried out",
    ),
    "reason.rule.achieved_more_planned": (
        "частину виконано, решту заплановано; строк {term} не минув",
        "part was done and more is planned; the deadline {term} has not passed",
    ),
    "reason.rule.achieved_rest_planned": (
        "частину виконано, а решту лише заплановано після строку {term}",
        "part was done, the rest is only planned after the deadline {term}",
    ),
    "reason.rule.share_so_far": (
        "частка виконаного — на звітну дату, строк {term} ще триває",
        "the share done is the share so far: the term {term} runs on",
    ),
    "reason.rule.achieved_years": (
        "зроблене — частина заходу на кілька років: виконується до кінця строку {term}",
        "what was done is part of a measure over several years: in progress until {term} ends",
    ),
    "reason.rule.achieved_stages": (
        "зроблене — етапи заходу до звітної дати: виконується до останнього етапу строку {term}",
        "what was done is the measure's stages so far: in progress until the last stage of {term}",
    ),
    "reason.rule.achieved_duty": (
        "захід — постійний обов'язок («проводити», «забезпечувати»): зроблене до звітної "
        "дати — його частина, виконується до кінця строку {term}",
        "the measure is a duty carried on («проводити», «забезпечувати»): what was done so "
        "far is part of it, in progress until {term} ends",
    ),
    "reason.rule.achieved_throughout": (
        "захід триває весь строк {term}: зроблене до звітної дати — його частина, "
        "виконується до кінця строку",
        "the measure runs throughout its term {term}: what was done so far is part of it, "
        "in progress until the term ends",
    ),
    "reason.rule.referred": (
        "звіт про захід лише відсилає до заходу {number}: прочитано звіт про нього",
        "the report on the measure only refers to measure {number}: its report is read",
    ),
    "reason.rule.continuous": (
        "захід постійний: виконується до кінця строку {term}",
        "a continuous measure: in progress until its term {term} ends",
    ),
    "reason.rule.achieved_ongoing": (
        "зроблене триває, строк {term} не минув",
        "work done goes on and the deadline {term} has not passed",
    ),
    "reason.rule.latest_period": (
        "звіт за пізніший період замінює те, що звіт за попередній казав про невиконане",
        "a later period's report supersedes what an earlier one said was not yet done",
    ),
    "reason.rule.fewer_occurrences": (
        "текст датує виконання лише {reported} з {due} разів, що мали відбутися цього року",
        "the text dates the work on only {reported} of the {due} occasions due this year",
    ),
    "reason.rule.failed_occurrences": (
        "текст називає невиконаним лише {failed} з {due} разів, що мали відбутися цього року",
        "the text tells of the work not done on only {failed} of the {due} occasions due this year",
    ),
    "reason.rule.achieved_unfinished": (
        "частину виконано, а робота ще триває після строку {term}",
        "part was done and work still goes on after the deadline {term}",
    ),
    "reason.rule.only_drafted": (
        "захід вимагає ухвалити акт, а текст повідомляє лише про його проєкт (строк {term})",
        "the measure asks for an act adopted, and the text tells only of its draft"
        " (deadline {term})",
    ),
    "reason.rule.first_deed_only": (
        "захід вимагає двох дій, а текст повідомляє лише про першу (строк {term})",
        "the measure asks for two deeds, and the text tells only of the first (deadline {term})",
    ),
    "reason.rule.only_arranged": (
        "захід вимагає провести подію, а текст повідомляє лише про підготовку до неї"
        " (положення, оголошення, прийом заявок; строк {term})",
        "the measure asks for an event held, and the text tells only of steps towards it"
        " (its rules, the announcement, applications taken; deadline {term})",
    ),
    "reason.rule.only_preparing": (
        "захід вимагає документа, а текст повідомляє лише про кроки до нього (робочу групу,"
        " зібрані пропозиції; строк {term})",
        "the measure asks for a document, and the text tells only of steps towards it (a"
        " working group, proposals gathered; deadline {term})",
    ),
    "reason.rule.only_prepared": (
        "захід вимагає робіт, а текст повідомляє лише про кроки до них (обстеження, "
        "документацію, закупівлю, договір; строк {term})",
        "the measure asks for works, and the text tells only of steps towards them (surveys,"
        " design, purchase, contract; deadline {term})",
    ),
    "reason.rule.failed_only_prepared": (
        "роботи не виконано, а текст повідомляє лише про кроки до них (обстеження, "
        "документацію, закупівлю, договір; строк {term})",
        "the works were not done, and the text tells only of steps towards them (surveys,"
        " design, purchase, contract; deadline {term})",
    ),
    "reason.rule.achieved": ("текст повідомляє про виконане", "the text reports what was done"),
    "reason.rule.ongoing": (
        "текст повідомляє про роботу, що триває",
        "the text reports work that goes on",
    ),
    "reason.rule.ongoing_continuous": (
        "постійний захід здійснювався протягом строку {term}",
        "a continuous measure carried on through its term {term}",
    ),
    "reason.rule.ongoing_routine": (
        "захід здійснюється як постійна робота протягом строку {term}: вважається виконаним",
        "the measure is carried on as routine work through its term {term}: taken as done",
    ),
    "reason.rule.ongoing_late": (
        "робота ще триває після строку {term}",
        "work still goes on after the deadline {term}",
    ),
    "reason.rule.failed_moved": (
        "у строк {term} захід не виконано, а його виконання заплановано на пізніший рік: "
        "захід перенесено",
        "not carried out within {term}, and planned for a later year: "
        "the measure is moved to a later period",
    ),
    "reason.rule.planned_late": (
        "строк {term} минув, а повідомлено лише про наміри: захід перенесено",
        "the deadline {term} has passed and only plans are reported: "
        "the measure is moved to a later period",
    ),
    "reason.rule.planned": (
        "повідомлено лише про наміри; строк {term} не минув",
        "only plans are reported; the deadline {term} has not passed",
    ),
    "reason.text.pointer": (
        "звіт лише відсилає до звіту про інший захід, якого тут немає: статус «{status}» "
        "визначено лише за строком {term} — перевірте",
        "the report only refers to another measure's report, which is not at hand: the "
        "status {status} rests on the deadline {term} alone — check it",
    ),
    "reason.text.no_cue": (
        "у тексті немає ознак статусу: статус «{status}» визначено лише за строком {term} "
        "— перевірте",
        "no status cue in the text: the status {status} rests on the deadline {term} alone "
        "— check it",
    ),
    "reason.text.language": (
        "текст не українською і не англійською, civplan його не читає: статус «{status}» "
        "визначено лише за строком {term} — перевірте",
        "the text is in neither Ukrainian nor English, which civplan reads: the status "
        "{status} rests on the deadline {term} alone — check it",
    ),
    "reason.cue.act": (
        "звіт посилається на прийнятий акт «{phrase}», інших ознак немає: вважається виконаним",
        "the report cites an act adopted, “{phrase}”, and says nothing else: taken as done",
    ),
    "reason.cue.letter": (
        "звіт посилається на лист «{phrase}», яким надіслано те, що просить захід, інших ознак "
        "немає: вважається виконаним",
        "the report cites a letter, “{phrase}”, sending what the measure asks for, and says "
        "nothing else: taken as done",
    ),
    "reason.cue.document": (
        "звіт посилається на документ «{phrase}», що засвідчує виконане, інших ознак немає: "
        "вважається виконаним",
        "the report cites a document, “{phrase}”, that shows the work done, and says nothing "
        "else: taken as done",
    ),
    "reason.cue.link": (
        "звіт лише дає посилання на оприлюднене («{phrase}»): вважається виконаним",
        "the report only links to what was published (“{phrase}”): taken as done",
    ),
    "reason.cue.counts": (
        "звіт лише наводить кількість зробленого («{phrase}»): вважається виконаним",
        "the report only gives counts of what was done (“{phrase}”): taken as done",
    ),
    "reason.cue.none_counted": (
        "звіт лише наводить нульову кількість («{phrase}»): вважається невиконаним",
        "the report only gives a count of none (“{phrase}”): taken as not done",
    ),
    "reason.cue.none_amiss": (
        "звіт лише наводить нульову кількість порушень чи скарг («{phrase}»): вважається виконаним",
        "the report only gives a count of none of breaches or complaints (“{phrase}”): taken "
        "as done",
    ),
    "reason.cue.indicator": (
        "звіт лише наводить значення показника («{phrase}»): вважається виконаним, якщо "
        "воно не менше заданого",
        "the report only gives an indicator's value (“{phrase}”): taken as done unless it "
        "falls short of the one asked for",
    ),
    "reason.cue.named_work": (
        "звіт лише називає роботу («{phrase}»), інших ознак немає: вважається виконаною",
        "the report only names the work (“{phrase}”) and says nothing else: taken as done",
    ),
    "reason.cue.events": (
        "звіт лише називає події з датами, що минули («{phrase}»): вважається виконаним",
        "the report only names events on dates past (“{phrase}”): taken as done",
    ),
    "reason.cue.against_aim": (
        "показник змінився всупереч меті заходу: «{phrase}»",
        "the figure moved against the measure's aim: “{phrase}”",
    ),
    "reason.cue.with_aim": (
        "показник змінився відповідно до мети заходу: «{phrase}»",
        "the figure moved as the measure aims: “{phrase}”",
    ),
    "reason.cue.other": (
        "ці слова — про дії іншого органу, а не виконавця; інших ознак немає",
        "these words tell of another body's deeds, not the executor's; there are no others",
    ),
    "reason.stated.not_started": (
        "у звіті зазначено «{words}»; строк {term} ще не минув",
        "the report states “{words}”; the deadline {term} has not passed",
    ),
    "reason.stated.not_started_late": (
        "у звіті зазначено «{words}», а строк {term} минув",
        "the report states “{words}” and the deadline {term} has passed",
    ),
    "reason.time.unknown_text": (
        "строк {term} не розпізнано: статус визначено лише за текстом",
        "the deadline {term} was not understood: the status rests on the text alone",
    ),
    "reason.time.none_given": (
        "строк не зазначено: статус визначено за текстом",
        "no deadline is given: the status rests on the text",
    ),
    "reason.time.unfixed": (
        "нічого не повідомлено; строк {term} не має фіксованої дати",
        "nothing reported; the term {term} has no fixed date",
    ),
    "reason.time.unknown": (
        "нічого не повідомлено; строк {term} не розпізнано, тож не можна сказати, чи він минув",
        "nothing reported; the deadline {term} was not understood, "
        "so whether it has passed is unknown",
    ),
    "reason.time.unknown_period": (
        "нічого не повідомлено; строк {term} не розпізнано, а період плану закінчився {end}",
        "nothing reported; the deadline {term} was not understood and the plan's period "
        "ended on {end}",
    ),
    "reason.time.continuous": (
        "нічого не повідомлено; строк {term} не має кінцевої дати, тож захід не прострочено",
        "nothing reported; the term {term} has no final date, so the measure is not overdue",
    ),
    "reason.time.overdue_occurrence": (
        "нічого не повідомлено, а чергове виконання за строком {term} мало відбутися до {due}",
        "nothing reported, and the occurrence of {term} due by {due} has passed",
    ),
    "reason.time.not_due": (
        "нічого не повідомлено; строк {term} ще не настав станом на {date}",
        "nothing reported; the deadline {term} has not begun as of {date}",
    ),
    "reason.time.within": (
        "нічого не повідомлено; строк {term} триває станом на {date}",
        "nothing reported; the term {term} runs as of {date}",
    ),
    "reason.time.overdue": (
        "нічого не повідомлено, а строк {term} минув станом на {date}",
        "nothing reported and the deadline {term} has passed as of {date}",
    ),
    # the command line
    "cli.merged": (
        "об'єднано звітів: {count}; записано {target}",
        "merged {count} reports into {target}",
    ),
    "cli.unreported": (
        "ніхто не звітував про заходи: {numbers}",
        "no report covers measures {numbers}",
    ),
    "cli.conflict": (
        "зазначені стани виконання заходу {number} розходяться: {stated}",
        "stated statuses of measure {number} disagree: {stated}",
    ),
    "cli.not_understood": ("строк не розпізнано", "deadline not understood"),
    "cli.number": ("№", "No."),
}
"""Each key's text in Ukrainian and in English; ``{name}`` marks a placeholder."""


def say(key: str, lang: Lang = "uk", /, **params: object) -> str:
    """The text of ``key`` in ``lang``, its placeholders filled from ``params``.

    Raises:
        KeyError: the vocabulary has no such key.
    """
    uk, en = VOCABULARY[key]
    text = en if lang == "en" else uk
    return text.format(**params) if params else text


def both(key: str, /, **params: tuple[str, str] | str) -> tuple[str, str]:
    """The text of ``key`` in both languages; a parameter may differ by language ``(uk, en)``."""
    return tuple(  # type: ignore[return-value]
        say(key, lang, **{k: v if isinstance(v, str) else v[i] for k, v in params.items()})
        for i, lang in enumerate(LANGS)
    )
