"""Why a measure was not (fully) done: the justification an outcome text gives.

Reports are read for *why*. A justification starts at a marker — «у зв’язку
з …», «через …», «оскільки …», «за відсутності …» — and runs to the end of its
clause. The kinds of reason are data, so that a summary can say how many
measures failed for lack of funding, for instance.
"""

from __future__ import annotations

import re

import attrs

from civplan._vocabulary import both
from civplan.model.language import Lang
from civplan.model.scan import lowered

# searched in the text in lower case; each alternative opens with its letters, which lets the
# search skip ahead to them (a look-behind first would be tried at every place): that the
# marker begins a word is checked after (:func:`_begins_word`)
_MARKER = re.compile(
    r"(?:у|в) зв['’ʼ]язку (?:з|із|зі)\b|через\b|оскільки\b|(?:так|тому) як\b|з причини\b"
    r"|внаслідок\b|за відсутності\b|з огляду на\b|причин(?:а|ою)\b"
    r"|(?:due to|because of|owing to|as a result of|in view of|on account of)\b"
    r"|as (?=no\b|there (?:was|were) no\b)"
)
_CLAUSE_END = re.compile(r"[.;\n]")
_MARKER_WORDS = (
    "язку", "через", "оскільки", "так як", "тому як", "причини", "внаслідок", "відсутності",
    "огляд", "причин",
    "due to", "because of", "as no", "as there", "owing to", "result of", "view of", "account of",
)  # fmt: skip


@attrs.frozen
class ReasonKind:
    """A kind of justification, recognised by a pattern.

    Attributes:
        code: a stable identifier («funding»).
        uk: its name in Ukrainian.
        en: its name in English.
        pattern: a regular expression searched in the justification, ignoring case.
    """

    code: str
    uk: str
    en: str
    pattern: str

    def label(self, lang: Lang = "uk") -> str:
        """The kind's name in ``lang``."""
        return self.en if lang == "en" else self.uk


def _kind(code: str, pattern: str) -> ReasonKind:
    return ReasonKind(code, *both(f"reason_kind.{code}"), pattern)


REASON_KINDS: tuple[ReasonKind, ...] = (
    _kind(
        "no_need",
        r"не було (?:потреби|програм|проєкт|проект|звернень|підстав)"
        r"|відсутн\w* (?:потреб|звернень)",
    ),
    _kind("funding", r"фінансуван|кошт|бюджетн\w* призначен|асигнуван|fund|financ|budget"),
    _kind(
        "martial_law",
        r"воєнн\w* стан|бойов\w* ді|військов\w* агресі|безпеков|тривог|обстріл|окупац|війн"
        r"|вторгнен|евакуац|мобілізац|war\b|invasion|martial law|hostilities|shelling"
        r"|occupation|security",
    ),
    _kind("pandemic", r"карантин|епідемі|covid|коронавірус|pandemic|quarantine"),
    _kind(
        "procurement",
        r"тендер|закупівл|торг(?:и|ів|ах)\b|учасник\w* (?:торгів|закупівл)|підрядник|постачальник"
        r"|procurement|tender|bidd|contractor|supplier",
    ),
    _kind("legislation", r"закон|постанов|наказ|розпоряджен|рішенн|\blaw\b|legislat|regulat"),
    _kind("staff", r"кадр|штат|працівник|спеціаліст|фахівц|ваканс|тренер|staff|personnel"),
)
"""The kinds of justification civplan tells apart, tried in order; anything else is «other»."""

OTHER = _kind("other", r"$^")
"""The kind of a justification no pattern recognises."""


_AFTER_UNDONE = re.compile(
    # (the thing not done may be named first: «Конкурс не проведено: …»)
    r"\W*(?:[\w'’«»\"-]+\s+){0,3}?не (?:(?:виконан|проведен|реалізован|здійснен|розпочат|виконува"
    r"|проводи|здійснюва|відбу)\w*|\w+(?:ено|ано|ято|ито))"
    r"\s*(?:[:(–—]|-\s)\s*(?!див|see\b|\d)(?P<why>[^\s.;\n()][^.;\n()]{2,}?)\s*(?:[.;\n)]|$)"
)
"""«Не виконано: тендер не відбувся», «Не виконано (відсутність коштів)», «Не проведено –
…», «Конкурс не проведено: не надійшло жодної заявки»: a status of work not done, then
what kept it (not «(див. примітку)», «: 0 з 5»)."""


def find_justification(text: str) -> str | None:
    """The first justification in ``text``: from its marker to its clause's end; else ``None``.

    With no marker, what follows a status of work not done after a colon, a dash or in
    brackets («Не виконано: тендер не відбувся»).
    """
    # the markers' words, looked for before the slower search that places them
    folded = lowered(text)
    if not any(word in folded for word in _MARKER_WORDS):
        after = _AFTER_UNDONE.match(folded)
        if after is None:
            return None
        return " ".join(text[after.start("why") : after.end("why")].split()) or None
    marker = _MARKER.search(folded)
    while marker is not None and not _begins_word(folded, marker.start()):
        marker = _MARKER.search(folded, marker.start() + 1)
    if marker is None:
        return None
    end = _CLAUSE_END.search(text, marker.end())
    clause = text[marker.start() : end.start() if end else len(text)]
    return " ".join(clause.split()) or None


def _begins_word(text: str, at: int) -> bool:
    """Whether a word begins at ``at`` of ``text``: no letter, digit or apostrophe before it."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_'’")


def reason_kind(justification: str) -> ReasonKind:
    """The kind of a justification (:data:`OTHER` when none fits)."""
    for kind in REASON_KINDS:
        if re.search(kind.pattern, justification, re.IGNORECASE):
            return kind
    return OTHER
