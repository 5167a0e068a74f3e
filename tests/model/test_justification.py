from datetime import date

import pytest

import civplan
from civplan.model.justification import OTHER, find_justification, reason_kind


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        (
            "Не проводилось у зв’язку з відсутністю фінансування.",
            "у зв’язку з відсутністю фінансування",
            "funding",
        ),
        (
            "Видання не здійснювалося у зв'язку із тим, що не надійшли кошти; решту зроблено",
            "у зв'язку із тим, що не надійшли кошти",
            "funding",
        ),
        ("Не проведено через карантин", "через карантин", "pandemic"),
        ("Not held as no funds were allocated", "as no funds were allocated", "funding"),
        ("Не проведено, оскільки не було звернень", "оскільки не було звернень", "no_need"),
        (
            "Не проведено внаслідок бойових дій на території громади",
            "внаслідок бойових дій на території громади",
            "martial_law",
        ),
        ("Не проведено за відсутності кадрів", "за відсутності кадрів", "staff"),
        ("Не проведено через відсутність тренера", "через відсутність тренера", "staff"),
        ("Не проведено через вакансію фахівця", "через вакансію фахівця", "staff"),
        ("Не проведено з причини незалежних обставин", "з причини незалежних обставин", "other"),
        # the war in the words reports use for it
        ("Не проведено через повітряні тривоги", "через повітряні тривоги", "martial_law"),
        ("Ремонт зупинено у зв'язку з обстрілами", "у зв'язку з обстрілами", "martial_law"),
        # reports to partners in English
        ("Not held due to the invasion", "due to the invasion", "martial_law"),
        ("Postponed because of budget cuts", "because of budget cuts", "funding"),
        # a marker in capitals, and a letter whose lower case is longer before it
        ("Роботи İstanbul-проєкту зупинено ЧЕРЕЗ обстріли", "ЧЕРЕЗ обстріли", "martial_law"),
        # a marker's word inside another word is none: «вчерез», «безоскільки»
        ("Не проведено, перечерез брак коштів", None, "other"),
        # no marker: what follows a status of work not done, after a colon, a dash, in brackets
        (
            "Не виконано: договір з підрядником розірвано",
            "договір з підрядником розірвано",
            "procurement",
        ),
        ("Не придбано, оскільки тендер не відбувся", "оскільки тендер не відбувся", "procurement"),
        ("Not bought due to a failed tender", "due to a failed tender", "procurement"),
        (
            "Не виконано (немає коштів у бюджеті громади).",
            "немає коштів у бюджеті громади",
            "funding",
        ),
        ("Не проведено – оголошено карантин", "оголошено карантин", "pandemic"),
        ("Не виконано. Причина – відсутність фахівців", "Причина – відсутність фахівців", "staff"),
        # … not a reference, nor a count
        ("Не виконано (див. примітку)", None, "other"),
        # the thing not done named first
        ("Конкурс не проведено: не надійшло жодної заявки.", "не надійшло жодної заявки", "other"),
        ("Автобус не придбано (кошти не виділено).", "кошти не виділено", "funding"),
        ("Проведено 3 семінари: для старост і депутатів.", None, "other"),
        ("Не виконано: 2 з 6", None, "other"),
    ],
)
def test_justifications_and_their_kinds(text: str, expected: str, kind: str) -> None:
    found = find_justification(text)
    assert found == expected
    if found is not None:
        assert reason_kind(found).code == kind


def test_no_justification_without_a_marker() -> None:
    assert find_justification("Проведено 5 семінарів") is None
    assert OTHER.label("en") == "other reasons"


def test_only_measures_not_fully_done_get_one() -> None:
    plan = civplan.demo_plan()
    assert civplan.assess(plan.measure("4.5"), date(2017, 12, 31)).justification == (
        "у зв’язку з відсутністю фінансування"
    )
    assert civplan.assess(plan.measure("4.2"), date(2017, 12, 31)).justification.startswith(  # type: ignore[union-attr]
        "у зв’язку із тим, що не було програм"
    )
    done = civplan.Measure(
        number="1.1",
        title="З",
        deadline=civplan.Deadline.parse("ІV квартал", year=2017),
        outcome=civplan.Outcome(text="Проведено у зв’язку з прийняттям закону"),
    )
    assert civplan.assess(done, date(2017, 12, 31)).justification is None


def test_a_stated_justification_wins() -> None:
    measure = civplan.Measure(
        number="1.1",
        title="З",
        deadline=civplan.Deadline.parse("ІV квартал", year=2017),
        outcome=civplan.Outcome(text="Не проведено через карантин", justification="рішення сесії"),
    )
    assert civplan.assess(measure, date(2017, 12, 31)).justification == "рішення сесії"
