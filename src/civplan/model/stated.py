"""The words status columns use, and the status each states.

Reports with a status column fill it with words like «Виконано», «Частково
виконано», «На виконанні», «Не розпочато», «Знято з контролю»; reports to
international partners with "Implemented", "In progress", or the Open
Government Partnership's scale ("Complete", "Substantial", "Limited", "Not
started"). :func:`read_stated` tells which status such words state.

"Not started" states no fixed status: before the deadline such a measure is
not yet due, after it not done. It reads as :data:`NOT_STARTED`, and the
assessment resolves it by the date.
"""

from __future__ import annotations

import re

from civplan.model.scan import cyrillic_words
from civplan.model.status import Status

NOT_STARTED = "not_started"
"""What «Не розпочато» and "Not started" state: not due before the deadline, not done after."""

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})

# (pattern on the folded words, what they state); tried in order, the first match wins
_WORDS: tuple[tuple[str, Status | str], ...] = (
    (
        r"(?:(?:виконання|реалізацію|реалізація) )?(?:не|ні) (?:розпочат\w*|розпочина\w*)"
        r"|розпочато не було|не приступ(?:али|ав|ала|ило|или)\w*"
        r"(?: до (?:виконання|реалізації)(?: заходу)?)?|заплановано|запланован\w*"
        r"|not (?:yet )?started(?: yet)?|no evidence available|planned",
        NOT_STARTED,
    ),
    (
        r"(?:виконан\w*|виконано) частково(?: \(?\d{1,2}(?:[.,]\d+)? ?%\)?)?"
        r"|частково(?: виконан\w*| викону[єю]ться| реалізован\w*| досягнут\w*)?"
        r"|досягнут\w* частково"
        r"|викону[єю]ться частково|(?:виконан\w* )?не (?:в|у) повному обсязі"
        r"|не (?:виконан|реалізован|здійснен|проведен)\w* (?:в|у) повному обсязі"
        r"|реалізован\w* частково|(?:виконан\w*|реалізован\w*) (?:не повністю|неповністю)"
        r"|(?:не повністю|неповністю|практично) (?:виконан\w*|реалізован\w*)|частково не виконан\w*"
        r"|в неповному обсязі"
        r"|(?:partially|partly)(?: implemented| completed?| done| achieved| fulfilled)?"
        r"|(?:implemented|completed|fulfilled|achieved) (?:partially|partly|in part)"
        r"|завершен\w* частково|частково завершен\w*|не виконан\w* частково"
        r"|(?:в основному|майже) (?:виконан\w*|реалізован\w*|завершен\w*)"
        r"|(?:виконан\w*|реалізован\w*) (?:в основному|майже)"
        r"|substantial(?:ly completed)?|limited"
        # the Open Government Partnership's scale: "substantial progress", «обмежений прогрес»
        r"|(?:substantial|significant|limited|some|good) progress"
        r"|(?:значний|суттєвий|істотний|обмежений|незначний|певний|частковий) прогрес"
        r"|(?:mostly|largely|substantially) (?:complete|completed|implemented|done|finished"
        r"|achieved|fulfilled)"
        # «Частк. вик.», «част. виконано», «вик. частк.» of a dense table
        r"|частк?\.? ?(?:вик(?:он)?\.?|виконан\w*)|(?:вик(?:он)?\.?|виконан\w*) ?частк?\.?"
        r"|частк\.?"  # «Частк.» alone
        r"|ч/в|ч\. ?в\.?"  # «ч/в», a scale's «частково виконано», as «в/а»
        r"|\+ ?/ ?-?|\+ ?-|±",  # marks of a part done: «+/-», «±»
        Status.PARTIALLY_DONE,
    ),
    (
        r"(?:не|ні) виконан\w*|невиконан\w*|не реалізован\w*|нереалізован\w*"
        r"|не (?:виконува|здійснюва|реалізовува|проводи)[вл]\w*|не (?:виконується|реалізується)"
        r"|не завершен\w*|(?:виконання )?не забезпечен\w*|не (?:здійснен|проведен)\w*"
        r"|not (?:yet )?(?:implemented|completed|done|achieved|reached|fulfilled)"
        r"|не досягнут\w*|недосягнут\w*"
        r"|ні|no|немає"  # a column «Виконано (так/ні)», «Наявність (є/немає)»
        r"|не ?вик(?:он)?\.?"  # «Не вик.» of a dense table
        r"|н/в|н\. ?в\.?"  # «н/в», a scale's «не виконано», as «в/а»
        r"|не відбу(?:вся|лася|лось|лися|лись|лося)|false|хибність|[✗✘❌✖☐]"  # an unticked box
        r"|(?:прогрес(?: виконання(?: заходу)?)? відсутній|відсутній прогрес|no progress)"
        r"|незадовільн\w*|unsatisfactory",  # a column «Оцінка виконання»
        Status.NOT_DONE,
    ),
    (
        r"(?:виконання )?(?:перенесен\w*|відтерміновано|відкладен\w*|призупинен\w*|зупинен\w*)"
        r"(?: на .*)?"
        r"|(?:postponed|rescheduled|deferred|moved)(?: (?:to|until|till) .*)?"
        r"|delayed (?:to|until|till) .*"
        r"|suspended|on hold|на паузі"
        # the term extended: «Термін продовжено до 30.06.2026», «Продовжено строк виконання»
        r"|(?:термін|строк)(?: виконання)? (?:продовжен|подовжен)\w*(?: (?:на|до) .*)?"
        r"|(?:продовжен|подовжен)\w* (?:термін|строк)\w*(?: .*)?"
        r"|(?:продовжено|подовжено|пролонговано) (?:на|до) .*",
        Status.POSTPONED,
    ),
    (
        r"втрати\w* (?:актуальн|чинн)\w*|не ?актуальн\w*"
        r"|знят\w*(?: з (?:контролю|виконання|розгляду))?"
        r"|скасован\w*|недоцільн\w*|в/а|в\. ?а"  # «в/а», a scale's «втратив актуальність»
        r"|виключен\w*|припинен\w*"
        r"|cancell?ed|withdrawn|discontinued|dropped|no longer relevant"
        r"|not (?:applicable|relevant)|n/a",
        Status.CANCELLED,
    ),
    (
        r"(?:постійно )?викону[єю]ться(?: постійно)?|на виконанні|в(?: стадії| процесі)? виконання"
        r"|у(?: стадії| процесі)? виконання|в процесі|у процесі|на (?:постійному )?контролі"
        r"|(?:знаходиться|перебуває) на виконанні|(?:виконання )?(?:продовжується|триває)"
        r"|здійснюється|забезпечу[єю]ться|(?:в|у) роботі|опрацьовується|реалізується"
        r"|(?:ведеться|проводиться) (?:робота|відповідна робота)|на опрацюванні"
        r"|триває (?:виконання|реалізація)"
        r"|робота триває|роботу розпочато|на (?:погодженні|розгляді|доопрацюванні|затвердженні)"
        r"|(?:продовжити|продовжено) (?:виконання|контроль)|(?:виконання|контроль) продовжено"
        r"|(?:залишено|залишається|залишити) на (?:постійному )?контролі|off track"
        r"|(?:в|у|на) (?:стадії|етапі) (?:розроб\w+|погодж\w+|завершення)|викону[єю]ться (?:в|у) .*"
        r"|(?:на|у|в) (?:стадії|етапі|процесі) (?:виконання|реалізації)"
        r"|(?:виконується )?на постійній основі|(?:виконання )?розпочат\w*"
        r"|триває|постійно|in progress|in process|ongoing|on track|on schedule|under way|underway"
        r"|started|initiated|implementation (?:ongoing|in progress)|under implementation"
        r"|in preparation"
        r"|pending|behind schedule|at risk"
        # late, and going on: «Затримується», "Delayed" (moved to a date is postponed, above)
        r"|delayed(?: implementation)?|(?:і|із|з) затримкою|затримується"
        r"|під ризиком|потребує уваги|викону[єю]ться (?:з|із) (?:відставанням|затримкою|ризиками)"
        r"|викону[єю]ться (?:вчасно|за графіком|згідно з графіком|відповідно до графіка)"
        r"|тривають роботи|роботи (?:тривають|ведуться|проводяться)|викону[єю]ться поетапно"
        r"|постійно діюч\w*|реалізація триває|заверш(?:ується|уються)"
        r"|прогрес(?: виконання(?: заходу)?)? наявний|(?:є|наявний) прогрес"
        r"|progress (?:made|achieved)",
        Status.IN_PROGRESS,
    ),
    (
        r"(?:термін|строк|час)(?: виконання)? (?:ще )?не настав|не настав (?:термін|строк|час)\w*"
        r"(?: виконання)?|not yet due|not due(?: yet)?",
        Status.NOT_DUE,
    ),
    (r"прострочен\w*|протермінован\w*|overdue", Status.OVERDUE),
    (
        r"(?:достроково |повністю |фактично |(?:в|у) повному обсязі )?виконан(?!ня)\w*"
        r"(?: (?:в|у) повному обсязі| повністю| достроково| з відхиленням\w*(?: від \w+)?"
        r"| із? запізненням| \(?постійно\)?"
        r"| з порушенням (?:строк|термін)\w*(?: виконання)?| несвоєчасно| не ?своєчасно"
        r"| (?:з|із) (?:зауваженнями|недоліками))?"
        r"|реалізован\w*|перевиконан\w*|виконан\w* (?:з перевищенням|понад план)"
        r"|завершен(?!ня)\w*|знят\w* з контролю(?: як|,)? \(?виконан\w*\)?|досягнут\w*"
        r"|дострокове виконання|забезпечено"
        r"|(?:здійснен|проведен|опрацьован)(?!ня)\w*"
        r"|(?:fully )?(?:implemented|completed?|done|achieved|fulfilled|reached|finished)"
        r"(?: in full| with (?:a )?delays?| late| ahead of schedule)?"
        r"|вик(?:он)?"  # «Вик.», «Викон.» of a dense table
        r"|повністю|(?:в|у) повному обсязі"  # «Повністю» in a column of how much was done
        r"|відбу(?:вся|лася|лось|лися|лись|лося)|зроблено|v|true|істина"  # a ticked box
        r"|задовільн\w*|satisfactory"  # a column «Оцінка виконання»
        r"|\+|[✓✔√☑✅]|так|yes"  # a mark in a column of marks («Відмітка про виконання»)
        # … or of what there is: «Наявність (є/немає)»
        r"|є|(?:в|у) наявності|наявн(?:і|ий|а|е)",
        Status.DONE,
    ),
)
_COMPILED: list[tuple[re.Pattern[str], Status | str]] = []


# the mark civplan's reports add to a status a person should check: «Виконано (потребує перевірки)»
_REVIEW_MARK = re.compile(r"\s*[(\[]?\s*(?:потребує перевірки|to check)\s*[)\]]?$")


def fold(words: str) -> str:
    """Words as compared: lower case, one space, no outer punctuation, one kind of apostrophe.

    The mark of a status to check, which civplan's reports add, is left out.
    """
    folded = " ".join(
        cyrillic_words(words).casefold().translate(_APOSTROPHES).replace("\ufe0f", "").split()
    )  # «Викoнано» typed with a Latin «o»: the word shown
    # «Виконано*»: a footnote's mark; «• Виконано», «1) Виконано»: a list's
    folded = _REVIEW_MARK.sub("", folded).strip(" .,;:!-–—*•·▪◦")
    folded = _LIST_NUMBER.sub("", folded, count=1)
    # «(Виконано)», «"Виконано"»: the whole cell in brackets or quotes
    closing = _ENCLOSING.get(folded[:1])
    if closing and folded.endswith(closing) and closing not in folded[1:-1]:
        folded = folded[1:-1].strip(" .,;:!-–—*•·▪◦")
    return folded


_ENCLOSING = {"(": ")", "[": "]", "«": "»", '"': '"', "“": "”", "„": "“", "'": "'"}


_LIST_NUMBER = re.compile(r"^\d{1,2}\) ")


def read_stated(words: str) -> Status | str | None:
    """The status stated by a status column's words, :data:`NOT_STARTED`, or ``None``.

    Only words that are a status, whole, are read: «Виконано» and «Частково
    виконано», not a sentence that happens to contain «виконано»; status
    words may be followed by a remark after a bracket, a colon, a full stop
    or a dash («Не виконано (немає коштів)», «Виконано: розміщено на сайті»).
    """
    if len(words) > 200:  # a sentence, not status words: not folded at all
        return None
    folded = fold(words)
    if folded.startswith(("захід ", "заходи ", "зах. ")):  # «Захід виконується», «Зах. вик.»:
        folded = folded.split(" ", 1)[1].lstrip('–—-: «"').replace("»", "")  # the measure named
    if not folded:
        return None
    whole = _whole(folded)
    if whole is not None:
        return whole
    head, *remark = _REMARK.split(folded, maxsplit=1)
    head = head.strip()
    if head == folded:
        return None
    stated = read_stated(head)
    if (
        stated is None
        and remark
        and _LABEL.fullmatch(head)
        and folded[len(head) :][:2] in _LABELLED
    ):
        # «Управління освіти: в роботі», «ДСЗН – виконано»: who tells, then the status
        # (not a share: «Виконання – 60 %» names the work, not who tells)
        told = remark[0].strip(" .;")
        return None if _SHARE.fullmatch(told) else _whole(told)
    if remark and "/" in folded[len(head) : len(head) + 3]:
        other = _whole(remark[0].strip())  # «Виконано/Не виконано»: a form's choices, unmade
        if {stated, other} == {Status.DONE, Status.NOT_DONE}:
            return None
    # «Виконано (частково)», «Виконано (на 80 %)», «Виконано (95 %)»: a remark that narrows
    # what the words state
    if stated is Status.DONE and remark:
        said = remark[0].rstrip(")] ")
        narrowed = _whole(f"виконано {said}")
        if narrowed is None and _SHARE.fullmatch(said):
            narrowed = _whole(said)
        if narrowed is Status.PARTIALLY_DONE:
            return narrowed
    # «Не виконано (перенесено на 2026 рік)»: not done in its term, moved to a later one
    if stated is Status.NOT_DONE and remark and _whole(remark[0].rstrip(")] ")) is Status.POSTPONED:
        return Status.POSTPONED
    return stated


_LABEL = re.compile(r"[^\W\d]+(?:[ '-][^\W\d]+){0,4}")
"""Who tells the status before it, a few words with no figure: «Управління освіти»."""
_LABELLED = (": ", " –", " -", " —")


_SHARE = re.compile(
    r"(?:(?:виконан\w*|реалізован\w*) на )?(\d{1,3}(?:[.,]\d{1,2})?) ?(?:%|відс\w*)"
)
"""A share done, alone or after its words: «75 %», «Виконано на 80 відсотків»."""


def _whole(folded: str) -> Status | str | None:
    """What folded words state when they are status words, whole, and nothing more."""
    if len(folded) > 60:
        return None
    if share := _SHARE.fullmatch(folded):  # «75 %» in a column of the share done, «на 100 %»
        value = float(share[1].replace(",", "."))
        return (
            Status.NOT_DONE
            if value == 0
            else Status.DONE
            if value >= 100
            else Status.PARTIALLY_DONE
        )
    if not _COMPILED:
        _COMPILED.extend((re.compile(pattern), status) for pattern, status in _WORDS)
    for pattern, status in _COMPILED:
        if pattern.fullmatch(folded):
            return status
    return None


# where status words end and a remark begins: a bracket, a colon, a full stop, a dash, or
# the reason given straight after them («Не виконано у зв'язку з відсутністю коштів»)
_REMARK = re.compile(
    r" ?\(| ?[:;.,/] ?| [-–—] "
    r"| (?=(?:у|в) зв'язку|через |оскільки |внаслідок |з (?:[\w']+ )?причин)"
    # the act that decided it: «Знято з контролю рішенням виконкому від …»
    r"| (?=(?:рішенням|розпорядженням|наказом|листом|постановою|відповідно до|згідно з) )"
    # a date or period after them: «Виконано 15.05.2025», «Виконано у ІІ кварталі», «Не
    # виконано у звітному періоді»
    r"| (?=\d{1,2}\.\d{1,2}\.\d{2,4})| (?=(?:у|в) (?:\d|[ivxі]{1,4} |звітн|січ|лют|берез|квіт"
    r"|трав|черв|лип|серп|верес|жовт|листоп|груд))"
)


def has_remark(words: str) -> bool:
    """Whether status words go on with a remark («Не виконано (немає коштів)»)."""
    folded = fold(words)
    return _REMARK.split(folded, maxsplit=1)[0].strip() != folded
