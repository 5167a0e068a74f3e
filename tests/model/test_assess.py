from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civplan import (
    LEXICON,
    Confidence,
    Cue,
    CueKind,
    Deadline,
    Measure,
    Outcome,
    Plan,
    Section,
    Status,
    assess,
    demo_plan,
)
from civplan.testing import deadlines, outcomes

S = Status
YEAR_END = date(2017, 12, 31)

# the seed's 15 measures as of 31 December 2017 (the expectations)
SEED_STATUSES = {
    "1.1": {S.PARTIALLY_DONE, S.POSTPONED},
    "1.2": {S.DONE},
    "2.1": {S.DONE},
    "2.2": {S.DONE},
    "3.1": {S.DONE},
    "4.1": {S.DONE},
    "4.2": {S.NOT_DONE},
    "4.3": {S.DONE},
    "4.4": {S.DONE},
    "4.5": {S.PARTIALLY_DONE},
    "5.1": {S.DONE},
    "5.2": {S.DONE},
    "6.1": {S.DONE},
    "6.2": {S.DONE},
    "6.3": {S.DONE},
}


@pytest.mark.parametrize(("number", "expected"), sorted(SEED_STATUSES.items()))
def test_seed_measure_status(number: str, expected: set[Status]) -> None:
    result = assess(demo_plan().measure(number), YEAR_END)
    assert result.status in expected
    assert result.reasons, "every assessment explains itself"


def test_seed_reasons_quote_the_deciding_phrases() -> None:
    plan = demo_plan()
    failed = assess(plan.measure("4.2"), YEAR_END)
    assert [r.evidence for r in failed.reasons if r.code == "cue.failure"] == ["Не проводилось"]
    partial = assess(plan.measure("4.5"), YEAR_END)
    phrases = {r.evidence for r in partial.reasons}
    assert {"створено", "не здійснювалося"} <= phrases
    postponed = assess(plan.measure("1.1"), YEAR_END)
    assert "перенесено на 2018 рік" in {r.evidence for r in postponed.reasons}


def m(text: str | None, deadline: str = "ІV квартал", status: Status | None = None) -> Measure:
    outcome = None if text is None and status is None else Outcome(text=text or "", status=status)
    return Measure(
        number="1.1", title="Захід", deadline=Deadline.parse(deadline, year=2017), outcome=outcome
    )


# outcome sentences in the style of official reports, with the status they mean
# once the deadline has passed
SENTENCES = [
    ("Проведено 38 публічних консультацій з ІГС", S.DONE),
    ("Не виконано", S.NOT_DONE),
    ("Виконано", S.DONE),
    ("Виконано частково", S.PARTIALLY_DONE),
    ("Захід виконано не в повному обсязі", S.PARTIALLY_DONE),
    ("Порушень не виявлено", S.DONE),
    ("Проведено перевірку, порушень не виявлено", S.DONE),
    ("Проведено не менше 10 семінарів", S.DONE),
    ("Не проводилось у зв’язку з відсутністю фінансування", S.NOT_DONE),
    ("Захід не було проведено", S.NOT_DONE),
    ("Фінансування перенесено на 2018 рік", S.POSTPONED),
    ("Конкурс проведено, фінансування перенесено на 2018 рік", S.PARTIALLY_DONE),
    ("Захід втратив актуальність", S.CANCELLED),
    ("Знято з контролю", S.CANCELLED),
    ("Знято з виконання", S.CANCELLED),
    ("Недоцільно", S.CANCELLED),
    (
        "Довідник створено. Видання не здійснювалося у зв’язку з відсутністю фінансування",
        S.PARTIALLY_DONE,
    ),
    ("Семінар «Що не зроблено за рік» проведено", S.DONE),
    ("Не менше 5 заходів буде проведено у 2018 році", S.POSTPONED),
    ("Не проводилось, оскільки не було програм, які виконуються ІГС", S.NOT_DONE),
    ("28 листопада в облдержадміністрації пройшов «День громадянського суспільства»", S.DONE),
    ("Представники ІГС активно долучалися до роботи", S.DONE),
    ("Звернень не надходило", S.DONE),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_outcome_sentence_after_the_deadline(text: str, expected: Status) -> None:
    result = assess(m(text), YEAR_END)
    assert result.status is expected, [r.en for r in result.reasons]


def test_negation_is_not_substring_matching() -> None:
    # «не виконано» contains «виконано»
    assert assess(m("Не виконано"), YEAR_END).status is S.NOT_DONE
    assert assess(m("не виконано у зв'язку з карантином"), YEAR_END).status is S.NOT_DONE


def test_explicit_status_wins_and_a_contradiction_warns() -> None:
    result = assess(m("Не проводилось", status=S.DONE), YEAR_END)
    assert result.status is S.DONE
    assert [r.code for r in result.warnings] == ["explicit.contradiction"]
    assert "не виконано" in result.warnings[0].uk


def test_explicit_status_that_agrees_gives_no_warning() -> None:
    result = assess(m("Проведено семінар", status=S.DONE), YEAR_END)
    assert result.status is S.DONE
    assert result.warnings == ()


def test_explicit_status_without_text() -> None:
    result = assess(m(None, status=S.CANCELLED), YEAR_END)
    assert result.status is S.CANCELLED
    assert result.reasons[0].code == "explicit"


@pytest.mark.parametrize(
    ("as_of", "expected", "code"),
    [
        (date(2017, 9, 30), S.NOT_DUE, "time.not_due"),
        (date(2017, 10, 1), S.IN_PROGRESS, "time.within"),
        (date(2017, 12, 30), S.IN_PROGRESS, "time.within"),
        (date(2017, 12, 31), S.OVERDUE, "time.overdue"),  # the last day counts as passed
        (date(2018, 3, 1), S.OVERDUE, "time.overdue"),
    ],
)
def test_without_outcome_the_deadline_decides(as_of: date, expected: Status, code: str) -> None:
    result = assess(m(None), as_of)
    assert result.status is expected
    assert [r.code for r in result.reasons] == [code]


def test_failure_before_the_deadline_is_not_yet_due() -> None:
    assert assess(m("Не проводилось"), date(2017, 6, 30)).status is S.NOT_DUE


def test_failure_of_a_recurring_measure_answers_for_the_occurrence_due() -> None:
    """«щокварталу» as of 15 May: the first quarter's occurrence is due, and was not done."""
    measure = m("Не проводилось", deadline="щокварталу")
    assert assess(measure, date(2017, 2, 15)).status is S.NOT_DUE
    assert assess(measure, date(2017, 5, 15)).status is S.NOT_DONE


def test_a_years_work_of_a_measure_over_several_years_is_in_progress() -> None:
    """«2016–2018 роки» as of the end of 2017: what was done is a year's part of it."""
    done_so_far = m("Проведено 6 змагань", deadline="2016-2018 роки")
    assert assess(done_so_far, YEAR_END).status is S.IN_PROGRESS
    assert assess(done_so_far, date(2018, 12, 31)).status is S.DONE
    said_done = m("Захід виконано в повному обсязі", deadline="2016-2018 роки")
    assert assess(said_done, YEAR_END).status is S.DONE


def test_continuous_measure_with_progress_runs_until_its_period_ends() -> None:
    measure = m("Проведено 5 засідань", deadline="постійно")
    assert assess(measure, date(2017, 6, 30)).status is S.IN_PROGRESS
    assert assess(measure, YEAR_END).status is S.DONE


def test_ongoing_work_after_the_deadline_is_partial() -> None:
    assert assess(m("Робота триває"), date(2017, 11, 1)).status is S.IN_PROGRESS
    assert assess(m("Робота триває"), YEAR_END).status is S.PARTIALLY_DONE


def test_text_without_cues_is_never_taken_as_done() -> None:
    text = "Засідання «круглого столу» з громадськістю"
    after, during = assess(m(text), YEAR_END), assess(m(text), date(2017, 11, 1))
    assert (after.status, during.status) == (S.OVERDUE, S.IN_PROGRESS)  # as the dates say
    assert after.confidence is during.confidence is Confidence.NONE
    assert after.review and [r.code for r in after.warnings] == ["text.no_cue"]


def test_unknown_deadline_without_outcome_is_flagged() -> None:
    result = assess(m(None, deadline="після ремонту"), YEAR_END)
    assert result.status is S.NOT_DUE
    assert result.warnings and result.warnings[0].code == "time.unknown"


def test_unfixed_deadline_without_outcome_is_not_due() -> None:
    result = assess(m(None, deadline="за потреби"), YEAR_END)
    assert result.status is S.NOT_DUE
    assert result.warnings == ()


def test_reasons_speak_both_languages() -> None:
    result = assess(m(None), YEAR_END)
    assert "31 грудня 2017 р." in result.reasons[0].text("uk")
    assert "31 December 2017" in result.reasons[0].text("en")
    assert str(result.reasons[0]) == result.reasons[0].uk


def test_lexicon_is_extensible_and_matches_every_form_of_a_word() -> None:
    text = "Приміщення готове до роботи"
    assert assess(m(text), YEAR_END).reasons[0].code == "text.no_cue"
    extended = (*LEXICON, Cue(CueKind.ACHIEVEMENT, ("готовий",)))
    result = assess(m(text), YEAR_END, lexicon=extended)
    assert result.status is S.DONE
    assert result.reasons[0].evidence == "готове"
    assert assess(m("Зали готові"), YEAR_END, lexicon=extended).status is S.DONE


@given(
    deadline=deadlines(2017),
    outcome=st.none() | outcomes(),
    as_of=st.dates(date(2015, 1, 1), date(2020, 12, 31)),
)
def test_assessment_is_total(deadline: Deadline, outcome: Outcome | None, as_of: date) -> None:
    measure = Measure(number="1.1", title="Захід", deadline=deadline, outcome=outcome)
    result = assess(measure, as_of)
    assert isinstance(result.status, Status)
    assert result.reasons
    if outcome is not None and outcome.status is not None:
        assert result.status is outcome.status


def test_every_status_is_reachable() -> None:
    reached = {
        assess(m("Проведено"), YEAR_END).status,
        assess(m("Виконано частково"), YEAR_END).status,
        assess(m("Робота триває"), date(2017, 11, 1)).status,
        assess(m("Не проведено"), YEAR_END).status,
        assess(m("Перенесено на 2018 рік"), YEAR_END).status,
        assess(m(None), date(2017, 1, 1)).status,
        assess(m(None), YEAR_END).status,
        assess(m("Втратив актуальність"), YEAR_END).status,
    }
    assert reached == set(Status)


@pytest.mark.parametrize(
    ("text", "as_of", "expected"),
    [
        ("Розроблено проєкт програми", date(2017, 6, 15), S.IN_PROGRESS),  # its last stage to come
        ("Захід виконано: програму затверджено достроково", date(2017, 6, 15), S.DONE),
        ("Розроблено проєкт програми", date(2018, 1, 15), S.DONE),
    ],
)
def test_a_staged_measure_is_in_progress_until_its_last_stage(
    text: str, as_of: date, expected: Status
) -> None:
    term = Deadline.parse("І квартал 2017 – розроблення; ІV квартал 2017 – затвердження", year=2017)
    measure = Measure(number="1", title="Програма", deadline=term, outcome=Outcome(text=text))
    assert assess(measure, as_of).status is expected


def test_a_recurring_measure_is_judged_by_the_occasions_of_the_report_s_own_period() -> None:
    measure = Measure(
        number="1",
        title="Засідання координаційної ради",
        deadline=Deadline.parse("щокварталу", year=2017),
        outcome=Outcome(text="Засідання проведено 14.12.2017"),
    )
    as_of = date(2017, 12, 31)
    # a year's report dating one of four occasions: the rest were not held, or not told of
    assert assess(measure, as_of).status is S.PARTIALLY_DONE
    for period, status in (("ІV квартал 2017 року", S.DONE), ("2017 рік", S.PARTIALLY_DONE)):
        plan = Plan(title="Звіт", year=2017, period=period, sections=[Section(measures=[measure])])
        assert assess(measure, as_of, plan=plan).status is status, period


@pytest.mark.parametrize(
    ("term", "review", "confidence"),
    [
        ("", False, Confidence.CLEAR),  # none given: the text says where the measure stands
        ("коли буде змога", True, Confidence.WEAK),  # given, and civplan cannot read it
    ],
)
def test_a_deadline_not_given_is_no_doubt_as_one_not_understood_is(
    term: str, review: bool, confidence: Confidence
) -> None:
    measure = m("Дах відремонтовано, роботи прийнято за актом", term)
    result = assess(measure, YEAR_END)
    assert result.status is S.DONE
    assert result.review is review
    assert result.confidence is confidence
    assert result.reasons[-1].code == ("time.none_given" if not term else "time.unknown")
