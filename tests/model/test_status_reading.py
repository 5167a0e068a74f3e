"""Statuses as real reports word them: inflection, other actors, English, confidence.

The sentences are written for these tests in the manner of official reports.
"""

from __future__ import annotations

import io
from datetime import date

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import civplan
from civplan import Confidence, Deadline, Measure, Outcome, Status, assess
from civplan.model.reading import read_outcome
from civplan.model.stated import read_stated

S = Status
C = Confidence
AFTER = date(2017, 12, 31)
DURING = date(2017, 11, 1)
BEFORE = date(2017, 6, 1)
STATUS = civplan.ReportOptions(columns=("number", "title", "deadline", "outcome", "status"))


def measure(text: str | None, deadline: str = "ІV квартал", stated: str | None = None) -> Measure:
    outcome = None if text is None and stated is None else Outcome(text=text or "", stated=stated)
    return Measure(
        number="1", title="Захід", deadline=Deadline.parse(deadline, year=2017), outcome=outcome
    )


# every form of a verb, not a fixed list of endings: (text, as of, status)
INFLECTED = [
    ("Навчання були проведені у жовтні", AFTER, S.DONE),
    ("Проведені навчання для двадцяти посадовців", AFTER, S.DONE),
    ("Усі школи громади забезпечені шкільними автобусами", AFTER, S.DONE),  # done with what
    ("Пільговики охоплені безоплатним харчуванням", AFTER, S.DONE),
    ("Семінари провели фахівці відділу", AFTER, S.DONE),
    ("Засідання проводилися щомісяця", AFTER, S.DONE),
    ("Протягом року відбулися чотири зустрічі", AFTER, S.DONE),
    ("Зустріч відбудеться у січні наступного року", AFTER, S.POSTPONED),
    ("Навчання проведуть у наступному році", AFTER, S.POSTPONED),
    ("Оновлюються дані реєстру", DURING, S.IN_PROGRESS),
    ("Відповідна робота проводиться постійно", DURING, S.IN_PROGRESS),
    ("Невиконано через відсутність коштів", AFTER, S.NOT_DONE),
    # works held up are late and go on; people held are a deed
    ("Ремонтні роботи затримано через повітряні тривоги", DURING, S.IN_PROGRESS),
    ("Ремонтні роботи затримано через повітряні тривоги", AFTER, S.PARTIALLY_DONE),
    ("Постачання меблів затрималось з вини підрядника", AFTER, S.PARTIALLY_DONE),
    ("Фінансування з обласного бюджету затримано", AFTER, S.PARTIALLY_DONE),
    ("Під час рейдів затримано шістьох порушників", AFTER, S.DONE),
    ("Кошти не виділялися, захід не реалізовано", AFTER, S.NOT_DONE),
    # the issue's phrases
    ("Не розпочато", AFTER, S.NOT_DONE),
    ("Не розпочато", BEFORE, S.NOT_DUE),
    ("Захід виконано не в повному обсязі через брак коштів", AFTER, S.PARTIALLY_DONE),
    ("Триває погодження проєкту з управлінням фінансів", DURING, S.IN_PROGRESS),
    ("Триває погодження проєкту з управлінням фінансів", AFTER, S.PARTIALLY_DONE),
    ("Проєкт рішення перебуває на погодженні", DURING, S.IN_PROGRESS),
    ("Питання буде розглянуто на черговій сесії ради", AFTER, S.POSTPONED),
    ("Актуальність втрачено через зміну закону", AFTER, S.CANCELLED),
    # another measure or act takes its place; things joined are a deed
    ("Захід об'єднано із заходом 2.3", AFTER, S.CANCELLED),
    ("Бази даних об'єднано з реєстром виборців", AFTER, S.DONE),
    ("Строк виконання перенесено на 2019 рік", AFTER, S.POSTPONED),
    # most of it done is not all of it; how it was done is no share
    ("Ремонт в основному завершено, лишилось пофарбувати стіни", AFTER, S.PARTIALLY_DONE),
    ("Переважно виконано", AFTER, S.PARTIALLY_DONE),
    ("Ремонт виконано переважно власними силами", AFTER, S.DONE),
    ("Договір з підрядником розірвали, роботи не почались", AFTER, S.NOT_DONE),
    ("Договір розірвано", AFTER, S.NOT_DONE),
    # a purchase: announced is under way; no bids is a failure; works done end it
    ("Оголошено тендер, пропозицій не надійшло", AFTER, S.NOT_DONE),
    ("Тендер оголосили, але не надійшло жодної пропозиції", AFTER, S.NOT_DONE),
    ("Оголошено торги на придбання котла", DURING, S.IN_PROGRESS),
    ("Оголошено тендер, підписано договір, роботи завершено", AFTER, S.DONE),
    ("Розпочато закупівлю, укладено договір, ремонт виконано", AFTER, S.DONE),
    ("Розпочато ремонт, виконано демонтаж перегородок", AFTER, S.PARTIALLY_DONE),
    ("Закуплено 2 генератори з 3-х", AFTER, S.PARTIALLY_DONE),
    # the plan's count first, then the count done; sums spent of sums planned
    ("З 12 запланованих тренінгів для вчителів проведено 7", AFTER, S.PARTIALLY_DONE),
    ("Із 4 передбачених будинків утеплено 4", AFTER, S.DONE),
    ("Освоєно 812,4 тис. грн з 1 015,0 тис. грн", AFTER, S.PARTIALLY_DONE),
    ("Спрямовано 90 тис. грн при плановому обсязі 0,2 млн грн", AFTER, S.PARTIALLY_DONE),
    ("Спрямовано 200 тис. грн з 0,2 млн грн", AFTER, S.DONE),
    ("Витрачено 38,5 тис. грн із запланованих 90,0 тис. грн", AFTER, S.PARTIALLY_DONE),
    ("Профінансовано 75 тис. грн з виділених 75 тис. грн", AFTER, S.DONE),
    ("Придбано ноутбук вартістю 30 тис. грн з 2 принтерами", AFTER, S.DONE),
    ("Використано 412,7 тис. грн (86,4 %)", AFTER, S.PARTIALLY_DONE),
    ("Залучено 300 тис. грн (30 % – кошти донорів), ремонт виконано", AFTER, S.DONE),
    ("Виділено 250 тис. грн, використано 190 тис. грн", AFTER, S.PARTIALLY_DONE),
    ("Заасфальтовано 3,5 км тротуарів (план – 5 км)", AFTER, S.PARTIALLY_DONE),  # a fraction
    # the plan's count in brackets, a count in words with its noun between, a share's forms
    ("Проведено 2 наради (з 4 запланованих)", AFTER, S.PARTIALLY_DONE),
    ("Проведено 5 семінарів (з 12 травня по 30 червня)", AFTER, S.DONE),  # dates, no plan
    ("Відремонтовано два будинки з п'яти", AFTER, S.PARTIALLY_DONE),
    ("Виконано на 60-ти відсотків", AFTER, S.PARTIALLY_DONE),
    ("Освоєно 45 відс. коштів", AFTER, S.PARTIALLY_DONE),
    # a purchase made for a sum below the plan's
    (
        "Закупівлю меблів здійснено на 45 тис. грн при запланованих 90 тис. грн",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Придбано 3 ноутбуки на суму 75 тис. грн з 120 тис. грн", AFTER, S.PARTIALLY_DONE),
    (
        "Роботи виконано на суму 1,2 млн грн при кошторисній вартості 3,4 млн грн",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Заасфальтовано 3,5 км тротуарів (план – 3,5 км)", AFTER, S.DONE),
    # a deed of the years before the term, beside the work not done: what came before it
    ("Ремонт не проводився. Проєкт виготовлено ще у 2015 році", AFTER, S.NOT_DONE),
    ("Проєкт виготовлено ще у 2015 році", AFTER, S.DONE),  # the measure done before its term
    # … and a failure of the years before, beside the work of the term: the work decides
    ("У 2016 році захід не виконувався, у 2017 році проведено 3 семінари", AFTER, S.DONE),
    ("Минулого року семінари не проводились; цього року проведено 2", AFTER, S.DONE),
    ("Семінари у 2017 році не проводились, у 2016 році проведено 2", AFTER, S.NOT_DONE),
    ("У 2016 році захід не виконувався", AFTER, S.NOT_DONE),  # nothing else told
    # an act's date is no deed's: the deed after it is the year's
    (
        "Згідно з наказом від 3 березня 2014 року видано 3 посібники, брошуру не видано",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # … and in English, the currency before the sum or after it, the verb before or after
    ("Grants were paid out: UAH 1.4 million out of UAH 2 million", AFTER, S.PARTIALLY_DONE),
    ("300,000 UAH of the 750,000 budgeted were used for the repairs", AFTER, S.PARTIALLY_DONE),
    ("UAH 640 thousand was disbursed out of UAH 640 thousand", AFTER, S.DONE),
    ("The hub received UAH 250,000 from 4 sponsors", AFTER, S.DONE),
    (
        "Касові видатки – 45,0 тис. грн при затверджених призначеннях 60,0 тис. грн",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # a deed whose form the dictionary reads first as an adverb («відкрито» is also "openly")
    ("Відкрито пункт прийому громадян у селі", AFTER, S.DONE),
    ("Зібрано пропозиції від громадських об'єднань", AFTER, S.DONE),
    # … and the same form telling how another deed is done is no deed of its own
    ("Закупівлю обладнання буде здійснено централізовано у 2018 році", AFTER, S.POSTPONED),
    # how hard the work was describes it, and reports no deed
    ("Ремонт не завершено: виконання робіт ускладнене через відключення", AFTER, S.NOT_DONE),
    # the money sent to defence: the measure was not done with it
    ("Кошти спрямовано на потреби ЗСУ", AFTER, S.NOT_DONE),
    (
        "Проведено 2 семінари, решту коштів перерозподілено на потреби оборони",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # what the measure served is gone
    ("Програма припинила дію у зв'язку з прийняттям нової", AFTER, S.CANCELLED),
    ("Рішення втратило чинність", AFTER, S.CANCELLED),
    ("Внесено зміни до програми, захід виключено", AFTER, S.CANCELLED),
    # a term set in a later year is a plan; no means at hand is a failure
    ("Виконання заходу передбачено у 2018 році", AFTER, S.POSTPONED),
    ("Кошти передбачено у бюджеті, ремонт виконано", AFTER, S.DONE),
    ("Наразі немає технічної можливості", AFTER, S.NOT_DONE),
    # a negation after the deed
    ("Захід реалізовано не було", AFTER, S.NOT_DONE),
    ("Навчання проведено не було через карантин", AFTER, S.NOT_DONE),
    ("Порушень виявлено не було", AFTER, S.DONE),  # nothing found: the check was done
    # a system on trial is not yet in service
    ("Систему запущено в тестовому режимі", AFTER, S.PARTIALLY_DONE),
    ("Систему запущено в тестовому режимі", DURING, S.IN_PROGRESS),
    ("Реєстр введено в промислову експлуатацію", AFTER, S.DONE),
    ("The registry was launched in pilot mode", AFTER, S.PARTIALLY_DONE),
    # a share alone, as a column of the share done gives it
    ("100 %", AFTER, S.DONE),
    ("65%", AFTER, S.PARTIALLY_DONE),
    ("0 %", AFTER, S.NOT_DONE),
    # … or the count done over the count planned (not a paper's number, nor a date)
    ("3/5", AFTER, S.PARTIALLY_DONE),
    ("4 / 4", AFTER, S.DONE),
    ("0/3", AFTER, S.NOT_DONE),
    # nearly done is not done; no money is nothing to do it with
    ("Будівельні роботи майже завершено", AFTER, S.PARTIALLY_DONE),
    ("Монтаж обладнання практично завершено", AFTER, S.PARTIALLY_DONE),
    ("Майже всі заплановані семінари проведено", AFTER, S.PARTIALLY_DONE),
    ("Виконано не все", AFTER, S.PARTIALLY_DONE),
    ("Розроблено 60 % проєктної документації", AFTER, S.PARTIALLY_DONE),  # a share of it
    ("Для завершення робіт потрібно ще 2,5 млн грн", AFTER, S.PARTIALLY_DONE),  # begun
    # what is left is the rest of the work; what is left over is not
    ("Залишок робіт буде виконано у 2026 році", AFTER, S.PARTIALLY_DONE),
    ("Дах відремонтовано, залишилось замінити вікна", AFTER, S.PARTIALLY_DONE),
    ("Залишається затвердити положення на сесії", AFTER, S.PARTIALLY_DONE),  # the rest to do
    ("Роботи виконано, кошти залишились невикористаними", AFTER, S.DONE),
    ("Не вдалося встановити камери через брак коштів", AFTER, S.NOT_DONE),  # not judging
    # not done on time, then done: late, and done
    ("Не виконано у встановлений строк, семінар проведено пізніше", AFTER, S.DONE),
    ("Своєчасно не проведено через карантин, проведено згодом", AFTER, S.DONE),
    ("Не виконано в установлений строк; наказ видано 12.04.2017 № 18", AFTER, S.DONE),
    ("Не виконано у встановлений строк", AFTER, S.NOT_DONE),
    ("Немає коштів у бюджеті громади", AFTER, S.NOT_DONE),
    # an act sent for state registration is still on its way; a registered one is done
    ("Проєкт наказу подано на державну реєстрацію до Мін'юсту", AFTER, S.PARTIALLY_DONE),
    ("Проєкт наказу подано на державну реєстрацію до Мін'юсту", DURING, S.IN_PROGRESS),
    ("Наказ зареєстровано в Міністерстві юстиції", AFTER, S.DONE),
    ("Проєкт постанови направлено на правову експертизу", AFTER, S.PARTIALLY_DONE),
    ("Проєкт програми оприлюднено для громадського обговорення", DURING, S.IN_PROGRESS),
    ("Громадське обговорення проєкту проведено", AFTER, S.DONE),
    # what war did to a place is no deed of the executor
    ("Село тимчасово окуповане, виконання заходу неможливе", AFTER, S.NOT_DONE),
    # nor what befell the people who were to do it
    ("Роботи не виконано, працівники мобілізовані", AFTER, S.NOT_DONE),
    # a few words between the count done and the count planned, or the plan named beside it
    ("Відкрито 2 нові центри надання послуг з 3 запланованих", AFTER, S.PARTIALLY_DONE),
    ("Відкрито 3 нові центри надання послуг з 3 запланованих", AFTER, S.DONE),
    ("Замінено 6 км водогону з 9 км, визначених програмою", AFTER, S.PARTIALLY_DONE),
    ("Проведено 2 семінари з керівниками з 7 громад", AFTER, S.DONE),  # «з 7 громад»: whose
    ("Закуплено 4 генератори (план – 6)", AFTER, S.PARTIALLY_DONE),
    ("Закуплено 6 генераторів (план – 6)", AFTER, S.DONE),
    ("Видано 40 посвідчень при плані 50.", AFTER, S.PARTIALLY_DONE),
    ("При плані 12 тренінгів фактично проведено 9.", AFTER, S.PARTIALLY_DONE),
    ("План – 8 об'єктів, факт – 5 об'єктів", AFTER, S.PARTIALLY_DONE),
    ("План – 8 об'єктів, факт – 8 об'єктів", AFTER, S.DONE),  # all of the plan: done
    ("План: 10; факт: 12.", AFTER, S.DONE),  # more than planned, the parts apart by «;»
    ("План: 10; факт: 7.", AFTER, S.PARTIALLY_DONE),
    # the plan's value and the fact's, named otherwise
    ("Планове значення – 10, фактичне – 7.", AFTER, S.PARTIALLY_DONE),
    ("Планове значення показника – 10, фактичне значення – 10.", AFTER, S.DONE),
    ("Показник: план 10 / факт 7", AFTER, S.PARTIALLY_DONE),
    ("Target – 10, achieved – 7.", AFTER, S.PARTIALLY_DONE),
    ("Target: 10; achieved: 12.", AFTER, S.DONE),
    ("Planned: 10, actual: 7.", AFTER, S.PARTIALLY_DONE),
    # the plan told in the past tense, then what was done: weighed against it, no plan for later
    ("Заплановано 6 семінарів, проведено 6.", AFTER, S.DONE),
    # the objects the work was on, and how many of them it reached
    ("З 14 ліфтів замінено 9.", AFTER, S.PARTIALLY_DONE),
    ("З 6 амбулаторій генераторами обладнано 6.", AFTER, S.DONE),
    ("З 20 заявок підтримано 5.", AFTER, S.DONE),  # a choice made, not the work in part
    ("З 1 березня проведено 4 засідання.", AFTER, S.DONE),
    ("80 % закладів освіти забезпечено укриттями.", AFTER, S.PARTIALLY_DONE),
    ("Охоплено 85 % дітей (план – 90 %).", AFTER, S.PARTIALLY_DONE),
    ("Мету не досягнуто: охоплення – 70 % при запланованих 80 %", AFTER, S.PARTIALLY_DONE),
    ("Встановлено 9 ліхтарів при плановому показнику 12", AFTER, S.PARTIALLY_DONE),
    ("Встановлено 12 ліхтарів при передбачених 12", AFTER, S.DONE),
    ("Асфальтовано 7 км вулиць із запланованих 11 км", AFTER, S.PARTIALLY_DONE),
    ("Придбано 2 генератори з визначених планом закупівель 4", AFTER, S.PARTIALLY_DONE),
    ("Асфальтовано 11 км вулиць із запланованих 11 км", AFTER, S.DONE),
    ("100 % закладів освіти забезпечено укриттями.", AFTER, S.DONE),
    ("Понад 90 % закладів освіти забезпечено укриттями.", AFTER, S.DONE),  # at least
    ("Планувалося провести 6 семінарів, проведено 4.", AFTER, S.PARTIALLY_DONE),
    ("Передбачалося облаштувати 3 км тротуарів, облаштовано 2,5 км.", AFTER, S.PARTIALLY_DONE),
    # the plan's money beside the money spent
    ("План – 500,0 тис. грн, факт – 500,0 тис. грн", AFTER, S.DONE),
    ("План – 500,0, факт – 320,5 тис. грн", AFTER, S.PARTIALLY_DONE),
    ("План – 500,0 тис. грн, факт – 0,0 тис. грн", AFTER, S.NOT_DONE),
    ("Проведено навчання 14 листопада (план – 20 осіб)", AFTER, S.DONE),  # a day, no count
    # the measure not done by one of several executors, each reporting in turn: in part
    (
        "Управління освіти: проведено 4 тренінги. Управління культури: захід не проводився.",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Управління культури: захід не проводився.", AFTER, S.NOT_DONE),
    # … each labelled by a dash
    (
        "Старостинський округ № 1 – проведено толоку; округ № 2 – захід не проводився.",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Захід – не виконано.", AFTER, S.NOT_DONE),
    # the measure said to be going on, past a term within the year: unfinished
    ("Виконується. Розроблено проєкт положення", AFTER, S.PARTIALLY_DONE),
    ("Виконується. Розроблено проєкт положення", DURING, S.IN_PROGRESS),
    # work to be continued has begun: it goes on, it is not only planned
    ("Роботу буде продовжено", AFTER, S.PARTIALLY_DONE),
    ("Роботу буде продовжено", DURING, S.IN_PROGRESS),
    ("Строк виконання буде продовжено до 2018 року", AFTER, S.POSTPONED),  # the term, not work
    # a count of none after the deed is none done
    ("Проведено 0 навчань для старост", AFTER, S.NOT_DONE),
    ("Проведено 10 навчань для старост", AFTER, S.DONE),
    ("Участь у заходах взяли 0,4 тис. осіб", AFTER, S.DONE),  # a fraction, no zero
    ("Залучено 0.5 млн грн", AFTER, S.DONE),
    ("Профінансовано 0,0 тис. грн", AFTER, S.NOT_DONE),  # a zero with its decimals
    # what a purchase was declared is what the clause after «що» says
    ("Торги визнано такими, що не відбулися", AFTER, S.NOT_DONE),
    ("Конкурс визнано таким, що відбувся, переможця обрано", AFTER, S.DONE),
    # no money in the budget weighs less than word of the work itself
    ("Кошти не передбачались, навчання проводиться власними силами", DURING, S.IN_PROGRESS),
    ("Фінансування з бюджету громади не передбачено", AFTER, S.NOT_DONE),
    # a deed to come once money comes is not done for want of it, not moved to a later term
    ("Ремонт буде проведено після виділення коштів", AFTER, S.NOT_DONE),
    ("Захід планується реалізувати за наявності фінансового ресурсу", AFTER, S.NOT_DONE),
    ("Ремонт буде проведено у 2026 році", AFTER, S.POSTPONED),
    # what is left undone is not done
    ("Питання досі залишається невирішеним", AFTER, S.NOT_DONE),
    ("Посада інспектора залишається вакантною", AFTER, S.NOT_DONE),
    ("Укомплектовано 7 посад, дві залишаються вакантними", AFTER, S.PARTIALLY_DONE),
    # a call announced is under way until someone is chosen
    ("Оголошено конкурс на заміщення посади директора", AFTER, S.PARTIALLY_DONE),
    ("Оголошено конкурс, обрано переможця та укладено угоду", AFTER, S.DONE),
]


def test_a_duty_carried_on_is_in_progress_until_its_term_ends() -> None:
    duty = Measure(
        number="1",
        title="Проводити роз'яснювальну роботу серед мешканців",
        deadline=Deadline.parse("протягом року", year=2017),
        outcome=Outcome(text="Проведено 5 зустрічей у старостинських округах"),
    )
    assert assess(duty, BEFORE).status is S.IN_PROGRESS
    assert assess(duty, AFTER).status is S.DONE
    # a thing done once is done when it is; a duty said to be done whole is done
    once = attrs.evolve(duty, title="Провести зустріч з мешканцями")
    assert assess(once, BEFORE).status is S.DONE
    whole = attrs.evolve(duty, outcome=Outcome(text="Захід виконано в повному обсязі"))
    assert assess(whole, BEFORE).status is S.DONE


# a year's term written as work all through it, as of mid-year: (title, term, text, status)
THROUGHOUT = [
    ("Забезпечити проведення рейдів", "протягом року", "Проведено 12 рейдів", S.IN_PROGRESS),
    ("Проведення рейдів", "упродовж 2017 року", "Проведено 12 рейдів", S.IN_PROGRESS),
    # a deed done once, the measure said done, an act adopted: done whenever in the year
    ("Розробити програму підтримки", "протягом року", "Програму розроблено", S.DONE),
    ("Забезпечити проведення рейдів", "протягом року", "Захід виконано", S.DONE),
    ("Розроблення програми", "протягом року", "Програму затверджено на сесії", S.DONE),
    # a year written without «протягом» may be a deed done by its end
    ("Забезпечити проведення рейдів", "2017 рік", "Надано 30 консультацій", S.DONE),
]


@pytest.mark.parametrize(("title", "term", "text", "expected"), THROUGHOUT)
def test_work_all_through_a_year_is_in_progress_until_it_ends(
    title: str, term: str, text: str, expected: Status
) -> None:
    measure = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse(term, year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(measure, BEFORE).status is expected
    assert assess(measure, AFTER).status is S.DONE


def test_work_said_going_on_after_a_year_all_through_it_was_carried_on() -> None:
    def going_on(term: str) -> Measure:
        return Measure(
            number="1",
            title="Проведення профілактичних рейдів",
            deadline=Deadline.parse(term, year=2017),
            outcome=Outcome(text="Проводиться"),
        )

    assert assess(going_on("протягом року"), AFTER).status is S.DONE
    assert assess(going_on("2017 рік"), AFTER).status is S.PARTIALLY_DONE  # late, unfinished
    # so is a duty's («Забезпечувати …»); work that has yet to end is unfinished either way
    duty = attrs.evolve(going_on("2017 рік"), title="Забезпечувати роботу системи")
    assert assess(duty, AFTER).status is S.DONE
    awaiting = Outcome(text="Триває погодження проєкту")
    assert assess(attrs.evolve(duty, outcome=awaiting), AFTER).status is S.PARTIALLY_DONE
    all_year = attrs.evolve(going_on("протягом року"), outcome=awaiting)
    assert assess(all_year, AFTER).status is S.PARTIALLY_DONE


def test_a_share_done_all_through_a_year_is_the_share_so_far() -> None:
    measure = Measure(
        number="1",
        title="Надання консультацій",
        deadline=Deadline.parse("протягом року", year=2017),
        outcome=Outcome(text="Виконано 40 відсотків обсягу"),
    )
    assert assess(measure, BEFORE).status is S.IN_PROGRESS
    assert assess(measure, AFTER).status is S.PARTIALLY_DONE


# a measure that asks for an act adopted, and what its report tells: (title, text, status)
ADOPTION = [
    ("Затвердити положення про конкурс", "Проєкт положення розроблено", S.PARTIALLY_DONE),
    (
        "Розробити та затвердити програму підтримки ветеранів",
        "Проєкт програми підготовлено й оприлюднено для обговорення",
        S.PARTIALLY_DONE,
    ),
    (
        "Забезпечити прийняття рішення про утворення ради",
        "Підготовлено проєкт рішення",
        S.PARTIALLY_DONE,
    ),
    (
        "Approve the regulation on the register",
        "The draft regulation was prepared",
        S.PARTIALLY_DONE,
    ),
    (
        "Adoption of the law on lobbying",
        "The draft law was registered in Parliament",
        S.PARTIALLY_DONE,
    ),
    # the act adopted, or only a draft asked for: done
    ("Затвердити положення про конкурс", "Положення затверджено наказом", S.DONE),
    (
        "Затвердити стратегію громади",
        "Проєкт стратегії розроблено та обговорено; стратегію затверджено на сесії",
        S.DONE,
    ),
    ("Розробити проєкт положення про конкурс", "Проєкт положення розроблено", S.DONE),
    # an act's name in quotes is no part of the ask: a draft asked for
    (
        "Розробити проєкт закону «Про внесення змін до Закону України «Про питну воду»»",
        "Проєкт закону розроблено та внесено на розгляд Кабінету Міністрів України",
        S.DONE,
    ),
    # … and so is its name after «про»: the law's, not a change the title asks to make
    (
        "Розроблення та подання до Кабінету Міністрів проєкту закону про внесення змін до "
        "Податкового кодексу",
        "Проєкт закону розроблено та 14.09.2017 подано до Кабінету Міністрів (лист № 7/21)",
        S.DONE,
    ),
    (
        "Внести зміни до положення про громадську раду",
        "Проєкт змін до положення підготовлено",
        S.PARTIALLY_DONE,
    ),
    ("Підготувати та подати на затвердження проєкт плану", "Проєкт плану подано", S.DONE),
    ("Провести конкурс «Кращий проєкт року»", "Конкурс проведено, обрано 3 проєкти", S.DONE),
]


# a participle between commas after a bare subject describes it: what the sentence then
# denies is the report (title, text, status)
DESCRIBED = [
    (
        "Фінансування програми",
        "Програма, схвалена сесією, у 2017 році не фінансувалась",
        S.NOT_DONE,
    ),
    (
        "Запровадження бюджету участі",
        "Положення про бюджет участі, розроблене управлінням, депутатами не розглядалось",
        S.NOT_DONE,
    ),
    (
        "Фінансування програми",
        "The programme, approved in March, was not funded",
        S.NOT_DONE,
    ),
    # the deed the title asks, told as a participle, is that deed still
    ("Створення громадської ради", "Рада, створена у березні, не припиняла роботу", S.DONE),
    ("Створення сайту громади", "Сайт, створений у травні, не мав збоїв у роботі", S.DONE),
    # what the sentence goes on to tell of it is weighed as before
    (
        "Видання збірника",
        "Збірник, підготовлений відділом, видано накладом 300 примірників",
        S.DONE,
    ),
    (
        "Розроблення програми",
        "Програму розроблено, затверджена рішенням сесії, не фінансувалась",
        S.PARTIALLY_DONE,
    ),
]


@pytest.mark.parametrize(
    ("stated", "expected", "confidence"),
    [
        ("Виконано", S.DONE, C.STATED),
        ("Виконується", S.IN_PROGRESS, C.STATED),
        ("Не виконано", S.NOT_DONE, C.STATED),
        ("Не розпочато", S.NOT_DONE, C.STATED),  # after the term
        ("з примітками", S.OVERDUE, C.CLEAR),  # no status in the words: nothing reported
    ],
)
def test_stated_words_alone_state_their_status(stated: str, expected: S, confidence: C) -> None:
    """An Outcome built with a status column's words and no status read from them."""
    told = measure(None, "ІІ квартал", stated=stated)
    assessment = assess(told, AFTER)
    assert (assessment.status, assessment.confidence) == (expected, confidence)


# fewer than the plan, told by comparison or by a deed's bare count of the title's one
FEWER_THAN_PLANNED = [
    (
        "Проведення навчань",
        "Проведено 8 навчань, що на 2 менше від запланованого",
        S.PARTIALLY_DONE,
    ),
    ("Проведення навчань", "Проведено 8 навчань, що менше запланованого", S.PARTIALLY_DONE),
    ("Проведення навчань", "Проведено 12 навчань, що на 2 більше від запланованого", S.DONE),
    ("Проведення навчань", "Проведено не менше запланованого", S.DONE),
    ("Провести 10 навчань", "Проведено 8.", S.PARTIALLY_DONE),
    ("Провести 10 навчань", "Проведено 10", S.DONE),
    ("Провести навчання", "Проведено 8", S.DONE),  # no count asked
]


# a share told alone of what the title asks a share of: the level reached, compared
SHARE_OF_THE_ASKED = [
    (
        "Забезпечення 100 % шкіл доступом до Інтернету",
        "Доступ до Інтернету мають 92 % шкіл",
        S.PARTIALLY_DONE,
    ),
    (
        "Забезпечення 100 % шкіл доступом до Інтернету",
        "Доступ до Інтернету мають 100 % шкіл",
        S.DONE,
    ),
    # of something else: no level of the title's, nothing to compare
    ("Забезпечення 100 % шкіл доступом до Інтернету", "Доступ мають 92 % учнів", S.OVERDUE),
]


# a body the measure founds, not registered, is a failure; occurrences not registered none
REGISTERED = [
    (
        "Створення комунальної установи «Агенція розвитку»",
        "Рішення про створення установи прийнято, установу не зареєстровано",
        S.PARTIALLY_DONE,
    ),
    (
        "Створення ОСББ у будинках громади",
        "ОСББ не зареєстровано через помилки в статуті",
        S.NOT_DONE,
    ),
    (
        "Профілактика правопорушень",
        "Порушень статуту громадських організацій не зареєстровано",
        S.DONE,
    ),
    ("Розгляд звернень громадян", "Звернень не зареєстровано", S.DONE),
]


@pytest.mark.parametrize(
    ("title", "text", "expected"), FEWER_THAN_PLANNED + REGISTERED + SHARE_OF_THE_ASKED
)
def test_fewer_than_planned_by_comparison_or_a_bare_count(
    title: str, text: str, expected: S
) -> None:
    """«на 2 менше від запланованого», «Проведено 8» of «Провести 10 навчань»: a part done."""
    told = attrs.evolve(measure(text, "2017 рік"), title=title)
    assert assess(told, AFTER).status is expected


# information as what a measure is about («запити на інформацію»), not its report
ABOUT_INFORMATION = [
    (
        "Розгляд запитів на публічну інформацію у встановлені строки",
        "Випадків порушення строків розгляду запитів на інформацію не зафіксовано",
        S.DONE,
    ),
    (
        "Забезпечення доступу до публічної інформації",
        "Порушень законодавства про доступ до публічної інформації не виявлено",
        S.DONE,
    ),
    ("Забезпечення доступу до публічної інформації", "Інформація не надходила", S.OVERDUE),
]


@pytest.mark.parametrize(("title", "text", "expected"), DESCRIBED + ABOUT_INFORMATION)
def test_participles_describing_a_subject_and_information_asked_for(
    title: str, text: str, expected: S
) -> None:
    """«Програма, схвалена сесією, не фінансувалась»: no deed of the report's."""
    told = attrs.evolve(measure(text, "2017 рік"), title=title)
    assert assess(told, AFTER).status is expected


# a measure that asks for two deeds of one thing, and what its report tells
TWO_DEEDS = [
    ("Розробити та затвердити програму", "Програму розроблено", S.PARTIALLY_DONE),
    (
        "Розробити і погодити схему руху",
        "Схему руху розроблено фахівцями відділу",
        S.PARTIALLY_DONE,
    ),
    ("Придбати та встановити обладнання", "Обладнання придбано", S.PARTIALLY_DONE),
    ("Розроблення та затвердження програми", "Розроблена програма передана", S.PARTIALLY_DONE),
    # both told, or the second alone, or one the first brings about with it: done
    ("Розробити та затвердити програму", "Програму розроблено та затверджено", S.DONE),
    ("Розробити та затвердити програму", "Програму ухвалено рішенням сесії", S.DONE),
    ("Придбати та встановити обладнання", "Обладнання придбано і змонтовано", S.DONE),
    ("Організувати та провести конкурс", "Конкурс організовано", S.DONE),
    # the second deed after the first's object, told in words of its own or not at all
    ("Провести конкурс та нагородити переможців", "Конкурс проведено", S.PARTIALLY_DONE),
    ("Провести конкурс та нагородити переможців", "Проведено, вручено 5 грамот", S.DONE),
    ("Розробити програму та подати на затвердження", "Програму розроблено, затверджено", S.DONE),
    ("Створити раду та затвердити її склад", "Раду створено розпорядженням голови", S.DONE),
    ("Провести навчання та видати сертифікати", "Проведено, учасники отримали їх", S.DONE),
    ("Підготувати і направити інформацію до ОДА", "Інформацію підготовлено", S.PARTIALLY_DONE),
    ("Підготувати і направити інформацію до ОДА", "Підготовлено, надано ОДА", S.DONE),
    # an act cited by its date and number is out: issued, adopted
    ("Підготувати та видати наказ", "Наказ від 12.03.2017 № 45 підготовлено", S.DONE),
    ("Розробити та затвердити графік", "Розроблено (рішення від 01.02.2017 № 12)", S.DONE),
    ("Develop and adopt the strategy", "The strategy was developed", S.PARTIALLY_DONE),
    ("Develop and adopt the strategy", "Developed and approved by the council", S.DONE),
    ("Розробити та затвердити програму", "Захід виконано", S.DONE),  # no deed of the title's
]


# a measure that asks for an event held, and what its report tells
EVENTS = [
    ("Провести конкурс", "Підготовлено положення про конкурс", S.PARTIALLY_DONE),
    (
        "Провести конкурс «Краща громада»",
        "Оголошено конкурс, триває прийом заявок",
        S.PARTIALLY_DONE,
    ),
    (
        "Організація фестивалю",
        "Затверджено план підготовки до проведення фестивалю",
        S.PARTIALLY_DONE,
    ),
    (
        "Провести конкурс",
        "Підготовлено положення про конкурс, участь у ньому взяли 12 команд",
        S.DONE,
    ),
    ("Провести конкурс", "Положення про конкурс затверджено, конкурс проведено", S.DONE),
    ("Провести конкурс", "Зміни внесено в Положення про відділ", S.DONE),  # of no contest
]


# a measure that asks for works, and what its report tells: (title, text, status)
WORKS = [
    (
        "Капітальний ремонт покрівлі ліцею",
        "Розроблено проєктно-кошторисну документацію",
        S.PARTIALLY_DONE,
    ),
    ("Провести реконструкцію стадіону", "Підписано договір з підрядником", S.PARTIALLY_DONE),
    # surveys before a design are a step too; a title's capital letter asks for works as well
    ("Будівництво спортивного майданчика", "Проведено геодезичні вишукування", S.PARTIALLY_DONE),
    ("Збудувати котельню", "Виготовлено проєктно-кошторисну документацію", S.PARTIALLY_DONE),
    ("Будівництво амбулаторії", "Проведено технічне обстеження ділянки", S.PARTIALLY_DONE),
    (
        "Облаштувати пандус біля амбулаторії",
        "Закупівлю оголошено, договір укладено",
        S.PARTIALLY_DONE,
    ),
    (
        "Капітальний ремонт даху школи",
        "На ремонт передбачено кошти у сумі 200 тис. грн",
        S.PARTIALLY_DONE,
    ),
    # a level reported alone, against the share the title asks for
    (
        "Забезпечити охоплення оглядами 90 % учнів",
        "Рівень охоплення оглядами – 81 %",
        S.PARTIALLY_DONE,
    ),
    ("Забезпечити охоплення оглядами 90 % учнів", "Рівень охоплення оглядами – 93 %", S.DONE),
    # coverage told by its noun alone, of a whole the title names: a share of it
    (
        "Забезпечити оповіщення населення",
        "Встановлено 5 сирен, охоплення оповіщенням – 72 % населення",
        S.PARTIALLY_DONE,
    ),
    ("Забезпечити оповіщення населення", "Охоплення оповіщенням – 100 % населення", S.DONE),
    ("Забезпечити охоплення 85 % дітей щепленнями", "Охоплення щепленнями становить 88 %", S.DONE),
    # an indicator's value told in the words of indicators, not of the work
    ("Забезпечити охоплення оглядами 90 % учнів", "Фактичне значення показника – 93 %", S.DONE),
    # a share told, against the share the title asks for
    ("Довести частку електронних послуг до 50 %", "Частка електронних послуг – 52 %", S.DONE),
    (
        "Довести частку електронних послуг до 50 %",
        "Частка електронних послуг становить 38 %",
        S.PARTIALLY_DONE,
    ),
    # a level told with a verb, against the share the title asks for (not the whole)
    (
        "Забезпечити 100 % укомплектованість штату",
        "Укомплектованість становить 94 %",
        S.PARTIALLY_DONE,
    ),
    ("Забезпечити 90 % укомплектованість штату", "Укомплектованість становить 94 %", S.DONE),
    (
        "Забезпечити охоплення оглядами 90 % учнів",
        "Значення індикатора становить 81 %",
        S.PARTIALLY_DONE,
    ),
    (
        "Забезпечити укомплектованість штату",
        "Укомплектованість штату становить 87 %",
        S.PARTIALLY_DONE,
    ),
    # a document asked for, and only steps towards it: a working group, proposals gathered
    (
        "Розробити стратегію розвитку молодіжної політики",
        "Утворено робочу групу, узагальнено пропозиції громадських організацій",
        S.PARTIALLY_DONE,
    ),
    ("Затвердити Положення про конкурс", "Зібрано пропозиції щодо умов конкурсу", S.PARTIALLY_DONE),
    ("Розробити стратегію розвитку молодіжної політики", "Стратегію розроблено", S.DONE),
    ("Створити робочу групу з розроблення стратегії", "Робочу групу утворено", S.DONE),
    # the works done, or paid for; or a step is what the measure asks for
    ("Провести реконструкцію стадіону", "Договір укладено, роботи завершено", S.DONE),
    ("Передбачити кошти на ремонт даху школи", "Кошти передбачено в бюджеті громади", S.DONE),
    ("Капітальний ремонт покрівлі ліцею", "Покрівлю відремонтовано", S.DONE),
    ("Будівництво амбулаторії", "За договором підряду освоєно 2,3 млн грн", S.DONE),
    ("Виготовити ПКД на ремонт покрівлі", "Виготовлено проєктно-кошторисну документацію", S.DONE),
    ("Закупити матеріали для ремонту доріг", "Укладено договір на постачання", S.DONE),
    # the money a deed was done within, or the contract it was done by, is no step towards it
    ("Поточний ремонт доріг комунальної власності", "Виконано в межах виділених коштів", S.DONE),
    ("Поточний ремонт доріг комунальної власності", "Виконано згідно з договором", S.DONE),
    ("Поточний ремонт доріг комунальної власності", "Виконано (угода № 7 від 02.06.2025)", S.DONE),
    ("Поточний ремонт доріг комунальної власності", "Укладено договір підряду", S.PARTIALLY_DONE),
    (
        "Поточний ремонт доріг комунальної власності",
        "Виготовлено ПКД у межах кошторисних призначень",
        S.PARTIALLY_DONE,
    ),
]


# a contract for the work or goods a measure asks for, the work not told: the work is under way
# (after the term a part); the work told too, the measure done; a title that asks for the
# contract or the purchase is done by it
CONTRACTS_FOR_WORK = [
    (
        "Встановити камери відеоспостереження",
        "Укладено договір на встановлення 12 камер",
        S.PARTIALLY_DONE,
        S.IN_PROGRESS,
    ),
    (
        "Провести енергоаудит будівель",
        "Договір на проведення енергоаудиту підписано 3 жовтня",
        S.PARTIALLY_DONE,
        S.IN_PROGRESS,
    ),
    (
        "Замінити вікна в ліцеї",
        "Укладено договір з ТОВ «Вікно» на заміну 40 вікон",
        S.PARTIALLY_DONE,
        S.IN_PROGRESS,
    ),
    (
        "Встановити камери відеоспостереження",
        "Укладено договір на встановлення камер. Камери встановлено.",
        S.DONE,
        S.DONE,
    ),
    ("Замінити вікна в ліцеї", "Оголошено тендер на заміну вікон, вікна замінено", S.DONE, S.DONE),
    (
        "Замінити вікна в ліцеї",
        "Оголошено тендер, укладено договір, роботи проведено",
        S.DONE,
        S.DONE,
    ),
    (
        "Укласти договір на вивезення відходів",
        "Укладено договір на постачання контейнерів",
        S.DONE,
        S.DONE,
    ),
    ("Придбати генератори", "Укладено договір на постачання 3 генераторів", S.DONE, S.DONE),
    (
        "Забезпечити вивезення відходів",
        "Укладено договір з КП на вивезення відходів",
        S.DONE,
        S.DONE,
    ),
]


# the works not done, and a step towards them taken: (title, text, after the term, in it)
STEPS_ONLY = [
    (
        "Капітальний ремонт покрівлі клубу",
        "Ремонт не проводився через брак коштів. Виготовлено кошторисну документацію.",
        S.NOT_DONE,
        S.IN_PROGRESS,
    ),
    (
        "Будівництво укриття",
        "Укладено договір підряду, але роботи не розпочато",
        S.NOT_DONE,
        S.IN_PROGRESS,
    ),
    (
        "Реконструкція котельні",
        "Ремонт не виконано, ПКД проходить експертизу",
        S.NOT_DONE,
        S.NOT_DUE,
    ),
    # moved to a later year: postponed
    (
        "Будівництво укриття",
        "Будівництво не розпочато, ПКД виготовлено, роботи перенесено на 2026 рік",
        S.POSTPONED,
        S.POSTPONED,
    ),
    # … but a part of the works done beside a part not done is a part
    (
        "Реконструкція котельні",
        "Замінено котел, решту робіт не виконано",
        S.PARTIALLY_DONE,
        S.PARTIALLY_DONE,
    ),
]


@pytest.mark.parametrize(("title", "text", "after", "during"), [*STEPS_ONLY, *CONTRACTS_FOR_WORK])
def test_steps_towards_the_work_are_read_by_the_term(
    title: str, text: str, after: S, during: S
) -> None:
    """Steps towards works not done are none of them; a contract for the work is work going on."""
    assert assess(attrs.evolve(measure(text, "ІІІ квартал"), title=title), AFTER).status is after
    assert assess(attrs.evolve(measure(text), title=title), DURING).status is during


# a count the title asks for, and the count reported: (title, text, status)
COUNTS = [
    (
        "Провести 6 засідань громадської ради",
        "Проведено 3 засідання громадської ради",
        S.PARTIALLY_DONE,
    ),
    ("Навчити не менше 40 осіб", "Навчання пройшли 25 осіб", S.PARTIALLY_DONE),
    ("Облаштувати 8 км велодоріжок", "Облаштовано 5,5 км велодоріжок", S.PARTIALLY_DONE),
    # as many or more; a part of the whole counted after the whole; a point referred to
    ("Провести 6 засідань громадської ради", "Проведено 6 засідань", S.DONE),
    # things held on a day, counted by the days a report gives them
    (
        "Провести 4 засідання громадської ради",
        "Засідання проведено 12 березня та 15 червня",
        S.PARTIALLY_DONE,
    ),
    (
        "Провести 4 засідання громадської ради",
        "Засідання проведено 12.03, 15.06, 20.09 та 10.12",
        S.DONE,
    ),
    ("Провести 2 семінари", "Семінари проведено з 1 по 5 вересня", S.DONE),  # days of a range
    # one in words, and times for things held on a day: each time one held
    ("Провести два засідання", "Проведено одне засідання", S.PARTIALLY_DONE),
    ("Провести засідання двічі на рік", "Засідання проведено один раз", S.PARTIALLY_DONE),
    ("Провести 4 засідання громадської ради", "Засідання проведено двічі", S.PARTIALLY_DONE),
    ("Провести 4 засідання громадської ради", "Засідання проведено чотири рази", S.DONE),
    # a rate is no total
    ("Провести 12 рейдів", "Рейди проводились двічі на місяць", S.DONE),
    # events listed by their days or months alone, against the title's count
    (
        "Провести 4 тематичні виставки",
        "12 березня – виставка «Весна»; 15 червня – виставка «Літо»",
        S.PARTIALLY_DONE,
    ),
    (
        "Провести заходи з популяризації української мови",
        "Лютий – семінар «Мова єднає», травень – круглий стіл, жовтень – обласний форум",
        S.DONE,
    ),
    (
        "Провести 4 тематичні виставки",
        "Березень – виставка «Весна»; червень – виставка «Літо»",
        S.PARTIALLY_DONE,
    ),
    # the days of every sentence that names it, together
    (
        "Провести 2 навчання для старост",
        "Проведено навчання 12.03.2017. Проведено навчання 14.10.2017.",
        S.DONE,
    ),
    (
        "Провести 4 засідання громадської ради",
        "Засідання проведено 12.03. Ще одне засідання відбулося 15.06.",
        S.PARTIALLY_DONE,
    ),
    ("Розробити 3 положення", "Положення затверджено рішенням від 12.03.2025", S.DONE),
    ("Навчити не менше 40 осіб", "Навчання пройшли 44 особи, з них 12 осіб — старости", S.DONE),
    ("Виконати пункт 7 рішення сесії", "Прийнято 2 рішення сесії", S.DONE),
    (
        "Охопити профілактичними оглядами 90 % учнів",
        "Оглядами охоплено 82 % учнів",
        S.PARTIALLY_DONE,
    ),
    ("Охопити профілактичними оглядами 90 % учнів", "Оглядами охоплено 95 % учнів", S.DONE),
    # … and a share reported against a plan of its own, which the title names too
    (
        "Досягти охоплення щепленнями не менше 95 % дітей",
        "Рівень охоплення щепленнями склав 81 % (план – 95 %)",
        S.PARTIALLY_DONE,
    ),
    (
        "Досягти охоплення щепленнями не менше 95 % дітей",
        "Рівень охоплення щепленнями склав 97 % (план – 95 %)",
        S.DONE,
    ),
    # counts in thousands, and units with an apostrophe, against the title's
    ("Видати 2 000 примірників буклету", "Видано 1 000 примірників буклету", S.PARTIALLY_DONE),
    ("Видати 2 000 примірників буклету", "Видано буклет накладом 2 000 примірників", S.DONE),
    ("Надати допомогу не менше 50 сім'ям", "Допомогу надано 41 сім'ї", S.PARTIALLY_DONE),
    # changes to be made: a draft of them is not made yet
    ("Внести зміни до Положення про конкурс", "Проєкт змін підготовлено", S.PARTIALLY_DONE),
    ("Внести зміни до Положення про конкурс", "Зміни внесено розпорядженням № 45", S.DONE),
    # people counted as persons («осіб») against the people the title names
    ("Забезпечити працевлаштування 200 безробітних", "Працевлаштовано 154 особи", S.PARTIALLY_DONE),
    ("Забезпечити працевлаштування 200 безробітних", "Працевлаштовано 231 особу", S.DONE),
    ("Навчити 100 працівників апарату", "Навчання пройшли 80 осіб", S.PARTIALLY_DONE),
    # the people counted first, then those the work was done on
    ("Організувати навчання працівників", "З 60 працівників навчання пройшли 48", S.PARTIALLY_DONE),
    ("Організувати навчання працівників", "Із 25 вчителів атестовано 19", S.PARTIALLY_DONE),
    ("Організувати навчання працівників", "Навчання пройшли 90 % працівників", S.PARTIALLY_DONE),
    ("Організувати навчання працівників", "Навчання пройшли 100 % працівників", S.DONE),
    ("Провести конкурс проєктів", "З 14 команд до фіналу пройшли 6", S.DONE),  # a choice
    ("Провести 4 засідання ради", "Проведено 4 засідання, участь взяли 12 осіб", S.DONE),
    # a count in other units («1,6 км» of «1 500 м»), or in words («два» of «3»)
    ("Замінити 1 500 м водопровідних мереж", "Замінено 1,6 км водопровідних мереж", S.DONE),
    (
        "Замінити 1 500 м водопровідних мереж",
        "Замінено 900 м водопровідних мереж",
        S.PARTIALLY_DONE,
    ),
    ("Розробити 3 інвестиційні паспорти", "Розроблено два інвестиційні паспорти", S.PARTIALLY_DONE),
    ("Розробити 3 інвестиційні паспорти", "Розроблено три інвестиційні паспорти", S.DONE),
    # … or both in words
    ("Провести три турніри з волейболу", "Проведено два турніри", S.PARTIALLY_DONE),
    ("Провести три турніри з волейболу", "Проведено три турніри", S.DONE),
    # a share of the objects, against the share the title asks for (not the whole)
    ("Обстежити 30 % об'єктів", "Обстежено 40 % об'єктів", S.DONE),
    ("Обстежити 50 % об'єктів", "Обстежено 40 % об'єктів", S.PARTIALLY_DONE),
    # one thing named, no count written: one of those asked for; each naming counts; not a
    # noun that may be one or many («засідання»), nor an abbreviation
    ("Придбати 2 автомобілі швидкої допомоги", "Придбано автомобіль", S.PARTIALLY_DONE),
    ("Відремонтувати 3 школи", "Відремонтовано школу № 5", S.PARTIALLY_DONE),
    ("Провести 2 семінари", "Проведено семінар для вчителів і семінар для батьків", S.DONE),
    ("Провести 2 засідання ради", "Проведено засідання ради", S.DONE),
    ("Створити 3 ЦНАП", "Створено ЦНАП", S.DONE),
    # a unit of measure, with what it measures named in the title only
    ("Відремонтувати 6 км доріг", "Відремонтовано 4,5 км", S.PARTIALLY_DONE),
    ("Відремонтувати 6 км доріг", "Відремонтовано 6,2 км", S.DONE),
    ("Утеплити 900 кв. м покрівлі", "Утеплено 650 кв. м", S.PARTIALLY_DONE),
    # a count done of the plan's with a unit of a full stop between («кв. м»)
    ("Відремонтувати покрівлю", "Відремонтовано 120 кв. м з 400", S.PARTIALLY_DONE),
    ("Відремонтувати покрівлю", "Ремонт частини покрівлі (120 кв. м з 400)", S.PARTIALLY_DONE),
    # all of a thing asked in a word, a share given
    (
        "Забезпечити стовідсоткову вакцинацію дітей за календарем",
        "Рівень охоплення щепленнями становить 82 %",
        S.PARTIALLY_DONE,
    ),
    # counts told in parts, by period or place, add up; a part of another count does not
    (
        "Провести 4 засідання комісії",
        "У березні проведено 2 засідання, у вересні – 2 засідання",
        S.DONE,
    ),
    (
        "Провести 4 засідання комісії",
        "Проведено 2 засідання у березні та 2 засідання у вересні",
        S.DONE,
    ),
    ("Провести 4 засідання комісії", "Проведено 3 засідання, з них 1 виїзне", S.PARTIALLY_DONE),
    (
        "Забезпечити оздоровлення 500 дітей пільгових категорій",
        "Оздоровлено 412 дітей пільгових категорій, у т.ч. 120 дітей учасників АТО",
        S.PARTIALLY_DONE,  # «у т.ч.»: «у тому числі», a part of the 412
    ),
    (
        "Провести 4 засідання комісії",
        "Проведено 2 засідання у березні, ще 2 засідання – у вересні",
        S.DONE,
    ),
    # all of a thing asked in words, a share of it given
    (
        "Укласти договори на вивезення відходів з усіма домогосподарствами",
        "Договори укладено з 78 % домогосподарств",
        S.PARTIALLY_DONE,
    ),
    (
        "Укласти договори на вивезення відходів з усіма домогосподарствами",
        "Договори укладено зі 100 % домогосподарств",
        S.DONE,
    ),
    ("Connect all schools to broadband", "85% of schools were connected", S.PARTIALLY_DONE),
    ("Підключити всі школи до інтернету", "Кількість підключень зросла на 15 %", S.DONE),
    # … but not a count of the work still going on or not done
    (
        "Відремонтувати 10 шкіл",
        "Завершено ремонт 6 шкіл, ремонт ще 4 шкіл триває",
        S.PARTIALLY_DONE,
    ),
    ("Відремонтувати 10 шкіл", "Відремонтовано 6 шкіл, ремонт 4 шкіл триває", S.PARTIALLY_DONE),
    (
        "Renovate 10 schools",
        "Renovation completed in 6 schools, works in 4 schools are in progress",
        S.PARTIALLY_DONE,
    ),
    # a number alone, as a column of the figures done gives it, of the title's one count
    ("Провести 15 семінарів", "12", S.PARTIALLY_DONE),
    ("Провести 15 семінарів", "15", S.DONE),
    # with its share of the plan in brackets
    ("Провести 4 семінари", "4 (100 %)", S.DONE),
    ("Провести 4 семінари", "2 (50 %)", S.PARTIALLY_DONE),
    ("Провести 4 засідання комісії", "У березні проведено 2 засідання, у вересні - 2", S.DONE),
    (
        "Провести 4 засідання комісії",
        "У березні проведено 2 засідання, у вересні – 1",
        S.PARTIALLY_DONE,
    ),
]


def test_a_draft_on_its_way_to_the_act_is_no_routine_work_of_the_year() -> None:
    # «протягом року» makes work said going on at its end routine, but not a draft of the act
    # the title asks to adopt, still before those who adopt it
    told = measure("Проєкт закону зареєстровано у Верховній Раді", "протягом року")
    adopting = attrs.evolve(told, title="Прийняття закону про місцеве самоврядування")
    assert assess(adopting, AFTER).status is S.PARTIALLY_DONE
    routine = attrs.evolve(told, title="Проведення консультацій щодо законопроєкту")
    assert assess(routine, AFTER).status is S.DONE


@pytest.mark.parametrize(
    ("title", "text", "expected"), ADOPTION + TWO_DEEDS + EVENTS + WORKS + COUNTS
)
def test_the_title_says_what_done_means(title: str, text: str, expected: S) -> None:
    # a draft of an act to be adopted is not the act; one of two deeds asked is a part; steps
    # towards works are not the works; fewer than the title's count is a part
    asked = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse("ІІІ квартал", year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(asked, AFTER).status is expected
    running = assess(attrs.evolve(asked, deadline=Deadline.parse("ІV квартал", year=2017)), DURING)
    assert running.status is (S.IN_PROGRESS if expected is S.PARTIALLY_DONE else S.DONE)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Скоротити кількість ДТП на дорогах громади", "Кількість ДТП зросла на 7 %", S.NOT_DONE),
        ("Скоротити кількість ДТП на дорогах громади", "Кількість ДТП зменшилась на 9 %", S.DONE),
        ("Збільшити надходження до бюджету", "Надходження зменшились на 3,1 %", S.NOT_DONE),
        ("Збільшити надходження туристичного збору", "Надходження зменшилися на 20 %", S.NOT_DONE),
        ("Підвищити рівень зайнятості", "Рівень зайнятості збільшився на 2 %", S.DONE),
        ("Скоротити кількість пожеж", "Кількість пожеж скоротилася на 11 %", S.DONE),
        ("Зменшити кількість безробітних", "Рівень безробіття зріс з 7,8 % до 8,4 %", S.NOT_DONE),
        ("Забезпечити зниження захворюваності на туберкульоз", "Захворюваність зросла", S.NOT_DONE),
        (
            "Погасити заборгованість за енергоносії",
            "Заборгованість зросла до 1,6 млн грн",
            S.NOT_DONE,
        ),
        (
            "Скоротити кількість ДТП на дорогах громади",
            "Проведено 12 рейдів, проте кількість ДТП зросла",
            S.PARTIALLY_DONE,
        ),
        # another thing moving, or the thing not moving the wrong way
        ("Скоротити кількість ДТП", "Кількість рейдів зросла, кількість ДТП зменшилась", S.DONE),
        ("Підвищити якість адміністративних послуг", "Кількість звернень зросла на 20 %", S.DONE),
        (
            "Забезпечити зменшення черг у ЦНАП",
            "Кількість відвідувачів ЦНАП зросла на 20 %, черги скоротилися",
            S.DONE,
        ),
        ("Reduce the number of road accidents", "Road accidents increased by 7%", S.NOT_DONE),
        ("Reduce the number of road accidents", "Road accidents decreased by 10%", S.DONE),
        # the thing is the noun after its adjective
        (
            "Забезпечити погашення кредиторської заборгованості",
            "Заборгованість зросла на 1,2 млн грн через недонадходження дотації",
            S.NOT_DONE,
        ),
        ("Знизити рівень дитячої бідності", "Кількість бідних сімей зросла", S.NOT_DONE),
        # how much it moved the wrong way is no share of the change asked
        ("Знизити споживання енергоресурсів на 10 %", "Споживання зросло на 3 %", S.NOT_DONE),
        ("Знизити споживання енергоресурсів на 10 %", "Споживання знизилось на 12 %", S.DONE),
    ],
)
def test_a_thing_moving_against_the_title_s_aim_is_no_deed(
    title: str, text: str, expected: S
) -> None:
    # «Скоротити кількість ДТП» with «Кількість ДТП зросла»: the figure went the other way
    asked = measure(text, "2017 рік")
    found = assess(attrs.evolve(asked, title=title), AFTER)
    assert found.status is expected
    against = [r.uk for r in found.reasons if r.code == "cue.against_aim"]
    assert bool(against) is (expected is not S.DONE)
    assert all(r.startswith("показник змінився всупереч меті заходу: «") for r in against)


@pytest.mark.parametrize(
    "text",
    [
        "Роботи виконано, кошти на рахунках не арештовано",
        "Роботи виконано, договір з підрядником не розірвано",
        "Роботи виконано, строки не затягнуто",
        "Роботи виконано, фінансування не урізано",
    ],
)
def test_a_mishap_that_did_not_happen_is_no_failure(text: str) -> None:
    """The mishap's verb negated after its noun («кошти не арештовано»): nothing went wrong."""
    found = assess(attrs.evolve(measure(text, "2017 рік"), title="Відремонтувати дах"), AFTER)
    assert found.status is S.DONE, [r.en for r in found.reasons]


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the work itself stopped is not done; people stopping a wrong is a deed
        ("Залучити донорські кошти", "Перемовини з донором припинено", S.NOT_DONE),
        ("Реалізувати проєкт", "Фінансування проєкту з державного бюджету припинено", S.NOT_DONE),
        ("Протидіяти незаконній вирубці лісу", "Незаконну вирубку припинено", S.DONE),
        # where the title asks to break off or to stop a thing, doing so is its deed
        (
            "Розірвати договори оренди з резидентами держави-агресора",
            "Договори оренди розірвано",
            S.DONE,
        ),
        (
            "Забезпечити припинення співпраці з підприємствами держави-агресора",
            "Співпрацю з трьома підприємствами припинено",
            S.DONE,
        ),
        (
            "Розірвати договори оренди з резидентами держави-агресора",
            "Договори оренди не розірвано",
            S.NOT_DONE,
        ),
        ("Укласти договір з підрядником", "Договір з підрядником розірвано", S.NOT_DONE),
    ],
)
def test_work_stopped_is_not_done_unless_stopping_is_asked(
    title: str, text: str, expected: S
) -> None:
    found = assess(attrs.evolve(measure(text, "2017 рік"), title=title), AFTER)
    assert found.status is expected, [r.en for r in found.reasons]
    assert found.confidence is C.CLEAR


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Проводити щоквартальні наради з керівниками шкіл",
            "Проведено 2 наради",
            S.PARTIALLY_DONE,
        ),
        ("Проводити щоквартальні наради з керівниками шкіл", "Проведено 4 наради", S.DONE),
        ("Щомісячні рейди з перевірки торгівлі", "Проведено 12 рейдів", S.DONE),
        ("Щомісячні рейди з перевірки торгівлі", "Проведено 7 рейдів", S.PARTIALLY_DONE),
    ],
)
def test_a_title_s_things_every_quarter_or_month_count_over_a_year(
    title: str, text: str, expected: S
) -> None:
    """«Щоквартальні наради» over «2017 рік» asks for four, as «4 наради» would."""
    asked = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse("2017 рік", year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(asked, AFTER).status is expected


@pytest.mark.parametrize(
    ("term", "text", "expected"),
    [
        ("Щокварталу", "Проведено 3 засідання (лютий, травень, серпень)", S.PARTIALLY_DONE),
        ("Щокварталу", "Проведено 4 засідання", S.DONE),
        ("Щомісяця", "Проведено 9 засідань комісії", S.PARTIALLY_DONE),
        ("Двічі на рік", "Проведено 2 засідання", S.DONE),
        ("Щокварталу", "Розглянуто 3 питання", S.DONE),  # no thing the title names
        # the thing named once, the work said done each time: one register, each month
        ("Щомісяця", "Реєстр актуалізовано щомісяця, у ньому 4 517 осіб", S.DONE),
        ("Щомісяця", "Реєстр актуалізовано у березні", S.PARTIALLY_DONE),
        # times, in figures or words, whatever the title names
        ("Щокварталу", "Комісія збиралася 2 рази", S.PARTIALLY_DONE),
        ("Щокварталу", "Комісія збиралася двічі", S.PARTIALLY_DONE),
        ("Щокварталу", "Комісія збиралася чотири рази", S.DONE),
        # a count of one kind with its noun left to the next one's: meetings both
        ("Щокварталу", "Відбулося 3 чергових та 2 позачергових засідання", S.DONE),
        ("Щокварталу", "Проведено 4 планових і 1 позачергове засідання комісії", S.DONE),
        ("Щокварталу", "Відбулося 2 чергових та 1 позачергове засідання", S.PARTIALLY_DONE),
    ],
)
def test_a_recurring_term_asks_for_its_occurrences_of_what_the_title_names(
    term: str, text: str, expected: S
) -> None:
    """«Проведення засідань комісії» due «Щокварталу»: four meetings by the year's end."""
    title = (
        "Актуалізація реєстру ВПО"
        if "Реєстр" in text
        else "Проведення засідань комісії з питань безпеки"
    )
    asked = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse(term, year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(asked, AFTER).status is expected


def test_a_name_in_quotes_in_the_title_is_not_what_a_recurring_term_counts() -> None:
    raids = Measure(
        number="1",
        title="Проводити рейди «Діти вулиці»",
        deadline=Deadline.parse("щокварталу", year=2017),
        outcome=Outcome(text="Проведено 4 рейди, виявлено 3 дітей без нагляду"),
    )
    assert assess(raids, AFTER).status is S.DONE  # four raids; the children are no count of them
    fewer = attrs.evolve(raids, outcome=Outcome(text="Проведено 3 рейди, виявлено 5 дітей"))
    assert assess(fewer, AFTER).status is S.PARTIALLY_DONE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Надавати матеріальну допомогу", "Матеріальну допомогу надано 56 особам"),
        ("Виплачувати допомогу на проживання ВПО", "Допомогу отримали 2 418 осіб на 41 млн грн"),
    ],
)
def test_a_thing_done_each_month_named_once_is_named_for_all_of_them(title: str, text: str) -> None:
    """Aid given each month is «допомогу» in the singular: not one occurrence of twelve."""
    monthly = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse("щомісяця", year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(monthly, AFTER).status is S.DONE


def test_a_share_done_in_a_term_of_years_is_the_share_so_far() -> None:
    staged = Measure(
        number="1",
        title="Оснащення укриттів у закладах освіти",
        deadline=Deadline.parse("2017–2018 роки", year=2017, end_year=2018),
        outcome=Outcome(text="У 2017 році виконано 2 з 5 етапів"),
    )
    assert assess(staged, AFTER).status is S.IN_PROGRESS  # a year into two
    assert assess(staged, date(2018, 12, 31)).status is S.PARTIALLY_DONE
    # words that say it is partial, or a part moved, say more than a share so far
    said = attrs.evolve(staged, outcome=Outcome(text="Виконано частково"))
    assert assess(said, AFTER).status is S.PARTIALLY_DONE
    moved = attrs.evolve(staged, outcome=Outcome(text="Освоєно 40 % коштів, решту перенесено"))
    assert assess(moved, AFTER).status is S.PARTIALLY_DONE
    # a first stage done, named but not counted, is the work so far too
    first = attrs.evolve(staged, outcome=Outcome(text="У 2017 році виконано перший етап робіт"))
    assert assess(first, AFTER).status is S.IN_PROGRESS
    assert assess(first, date(2018, 12, 31)).status is S.PARTIALLY_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # the act or document the measure asks for is all of it, however long its term
        ("Розробити та затвердити програму", "Програму затверджено рішенням сесії", S.DONE),
        ("Розробити програму", "Програму розроблено", S.DONE),
        # a draft of it, another document, or the work named only: the term goes on
        ("Розробити та затвердити програму", "Проєкт програми розроблено", S.IN_PROGRESS),
        ("Розробити програму", "Розроблено технічне завдання", S.IN_PROGRESS),
        ("Розробити та затвердити програму", "Підписано договір з розробником", S.IN_PROGRESS),
        ("Забезпечити виконання програми", "Програму затверджено", S.IN_PROGRESS),
    ],
)
def test_a_document_asked_for_and_made_within_a_term_of_years_is_the_measure_done(
    title: str, text: str, status: Status
) -> None:
    measure = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse("2017–2019 роки", year=2017, end_year=2019),
        outcome=Outcome(text=text),
    )
    assert assess(measure, AFTER).status is status


@pytest.mark.parametrize(
    ("term", "text"),
    [
        ("2017 рік", "Проведено 2 засідання комісії з 4 запланованих на рік"),
        ("ІV квартал", "Облаштовано 4 пандуси з 6"),
        ("до 1 грудня 2017 року", "Роботи виконано на 60 %"),
    ],
)
def test_a_share_done_before_any_term_ends_is_the_share_so_far(term: str, text: str) -> None:
    running = Measure(
        number="1",
        title="Захід",
        deadline=Deadline.parse(term, year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(running, date(2017, 11, 1)).status is S.IN_PROGRESS  # the term runs on
    assert assess(running, date(2018, 1, 15)).status is S.PARTIALLY_DONE  # it ended so
    # a failure beside the share says more: a part, and the rest not done
    failed = attrs.evolve(running, outcome=Outcome(text=f"{text}, решту не виконано"))
    assert assess(failed, date(2017, 11, 1)).status is S.PARTIALLY_DONE


def test_a_noun_that_shares_a_form_with_a_verb_is_no_cue() -> None:
    # «дію» is «дія» here, not «(я) дію»: the contract runs on, nothing is reported done
    result = assess(measure("Дію договору продовжено до кінця наступного року"), AFTER)
    assert [(e.kind, e.phrase) for e in result.evidence] == [
        (civplan.CueKind.ONGOING, "продовжено")
    ]
    assert result.status is S.PARTIALLY_DONE
    # «лип» is the lindens' plural here, not a past form of «липнути»
    planted = assess(measure("Висаджено 40 лип"), AFTER)
    assert [e.phrase for e in planted.evidence] == ["Висаджено"]
    assert read_outcome("Висадження лип на вулиці Шкільній") == ()
    # a participle after a preposition tells what is spoken of, not what was done
    assert read_outcome("Оприлюднення даних про виявлені порушення") == ()
    assert [e.phrase for e in read_outcome("Порушення виявлені під час перевірки")] == ["виявлені"]
    # «що» after a noun opens a relative clause, after a verb of telling what is told, even
    # where the noun has a form of such a verb («заяви»)
    assert [e.phrase for e in read_outcome("Заяви, що розглядаються комісією, оприлюднено")] == [
        "оприлюднено"
    ]
    assert [e.phrase for e in read_outcome("Інформуємо, що розглядаються заяви")] == [
        "розглядаються"
    ]
    # before a date, as before a place, a participle tells what was done then
    assert [e.phrase for e in read_outcome("Звіт заслуханий 19.12.2017 на сесії")] == ["заслуханий"]
    assert [(e.kind, e.phrase) for e in read_outcome("Закупівля оголошена 11.12.2017")] == [
        (civplan.CueKind.ONGOING, "оголошена")
    ]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        # a verb's infinitive tells what is to be done, not what was found or done
        ("Необхідно встановити камери відеоспостереження", []),
        ("Потрібно виявити причини затримки", []),
        # a noun that is also a verb's first person («благоустрою») is the noun: reports say no «I»
        ("Роботи з благоустрою проведено", ["проведено"]),
        # what arises or comes in is no deed; only what came in is counted
        ("Виникли труднощі з постачанням обладнання", []),
        ("Кошти надходять згідно з графіком", []),
        ("Надійшло 15 заявок", ["Надійшло"]),
        # «порівняно з» compares, «встановленого терміну» names a term: neither is a deed
        ("Кількість звернень зросла на 15 % порівняно з 2024 роком", ["зросла"]),
        ("Ремонт виконано з порушенням встановленого терміну", ["виконано"]),
        # a verb's past that is also an adjective's form («зросла», «зрослий») is the verb
        ("Чисельність учасників зросла", ["зросла"]),
    ],
)
def test_words_that_only_describe_are_no_cues(text: str, phrases: list[str]) -> None:
    assert [e.phrase for e in read_outcome(text)] == phrases


@pytest.mark.parametrize(("text", "as_of", "expected"), INFLECTED)
def test_inflected_forms(text: str, as_of: date, expected: Status) -> None:
    result = assess(measure(text), as_of)
    assert result.status is expected, [r.en for r in result.reasons]
    assert result.confidence in (C.CLEAR, C.WEAK)
    assert not result.review


@pytest.mark.parametrize("text", ["№ 3/5", "12/03"])
def test_a_paper_s_number_or_a_date_is_no_count_done(text: str) -> None:
    result = assess(measure(text), AFTER)
    assert (result.status, result.confidence) == (S.OVERDUE, C.NONE)


# a clause about another body weighs less than the executor's own words
OTHER_ACTORS = [
    ("Захід не виконано. Верховною Радою ухвалено закон у першому читанні", S.NOT_DONE, C.CLEAR),
    ("Кабінетом Міністрів затверджено порядок, програму не розроблено", S.NOT_DONE, C.CLEAR),
    ("Президентом підписано Закон про місцеве самоврядування", S.DONE, C.WEAK),
    ("Мінфін повідомив, що навчання проведені", S.DONE, C.WEAK),
    # … but an executor telling is the report a consolidated one quotes
    ("Департамент повідомив, що навчання проведені", S.DONE, C.CLEAR),
    ("Відділом культури повідомлено: фестиваль не проводився.", S.NOT_DONE, C.CLEAR),
    ("Управління освіти інформує, що ремонт їдалень завершено", S.DONE, C.CLEAR),
    # the saying itself is no deed: what was said decides, however it is set off
    ("Голова ради заявив, що парк відкриють наступного року", S.POSTPONED, C.WEAK),
    ("Заступник міністра зазначив: порядок буде затверджено у 2018 році", S.POSTPONED, C.WEAK),
    ("The deputy minister stated that the law would be drafted in 2018", S.POSTPONED, C.WEAK),
    ("Спільно з урядом проведено форум громад", S.DONE, C.CLEAR),  # done together: the executor's
    # the writer's own aside, a verb of speech in the infinitive: no one else's words
    ("Слід зазначити, що захід виконано в повному обсязі", S.DONE, C.CLEAR),
    ("Необхідно наголосити, що роботи не завершено", S.NOT_DONE, C.CLEAR),
    ("It should be noted that the training was held in May", S.DONE, C.CLEAR),
    # the executor telling in the first person
    ("Повідомляємо, що захід виконано", S.DONE, C.CLEAR),
    ("Інформую, що семінари проведено", S.DONE, C.CLEAR),
    # another body as the subject a clause opens with, after a phrase of time too
    ("Президент підписав указ про відзначення", S.DONE, C.WEAK),
    (
        "Протягом року Кабінет Міністрів затвердив порядок, програму не розроблено",
        S.NOT_DONE,
        C.CLEAR,
    ),
    # … or after a word linking it to what was said before
    ("Також Президент підписав указ, однак постанову не розроблено", S.NOT_DONE, C.CLEAR),
    ("Також відділ освіти провів 3 семінари", S.DONE, C.CLEAR),
]


@pytest.mark.parametrize(("text", "expected", "confidence"), OTHER_ACTORS)
def test_other_actors_weigh_less(text: str, expected: Status, confidence: Confidence) -> None:
    result = assess(measure(text), AFTER)
    assert (result.status, result.confidence) == (expected, confidence), [
        r.en for r in result.reasons
    ]


def test_a_cue_about_another_body_is_marked_in_the_evidence() -> None:
    result = assess(measure("Президентом підписано Закон"), AFTER)
    assert [(e.phrase, e.other) for e in result.evidence] == [("підписано", True)]
    # the object of an impersonal form is no agent: the executor informed the government
    assert [(e.phrase, e.other) for e in read_outcome("Уряд поінформовано про результати")] == [
        ("поінформовано", False)
    ]
    assert "cue.other" in [r.code for r in result.reasons]


# reports to international partners
ENGLISH = [
    ("The training was held in May", AFTER, S.DONE),
    ("Completed", AFTER, S.DONE),
    ("The law has not yet been adopted", AFTER, S.NOT_DONE),
    ("The meeting did not take place", AFTER, S.NOT_DONE),
    ("Partially implemented: two of five events took place", AFTER, S.PARTIALLY_DONE),
    ("Largely implemented, two regulations remain", AFTER, S.PARTIALLY_DONE),
    ("Substantially completed", AFTER, S.PARTIALLY_DONE),
    # done, not wholly: "not … in full", as «не в повному обсязі»
    ("The measure was not implemented in full", AFTER, S.PARTIALLY_DONE),
    ("Implemented, but not in full, due to lack of funds", AFTER, S.PARTIALLY_DONE),
    ("Implemented in full", AFTER, S.DONE),
    ("Work is ongoing", DURING, S.IN_PROGRESS),
    ("Superseded by the new Law on Local Self-Government", AFTER, S.CANCELLED),
    ("The measure was merged with measure 2.3", AFTER, S.CANCELLED),
    # deeds of the works and aid a plan of recovery asks for
    ("All schools are connected to broadband", AFTER, S.DONE),
    ("120 displaced persons were supported with cash assistance", AFTER, S.DONE),
    ("12 hectares of farmland were demined and returned to use", AFTER, S.DONE),
    ("Compensation was not paid: no funds were allocated", AFTER, S.NOT_DONE),
    # delayed is late and going on, as «затримується»; delayed to a later time is moved
    ("The works are delayed by air raid alerts", DURING, S.IN_PROGRESS),
    ("The works are delayed by air raid alerts", AFTER, S.PARTIALLY_DONE),
    ("The opening was delayed until next year", AFTER, S.POSTPONED),
    ("The working group is drafting the regulation", DURING, S.IN_PROGRESS),
    ("The working group is drafting the regulation", AFTER, S.PARTIALLY_DONE),
    ("The draft strategy is being prepared", DURING, S.IN_PROGRESS),
    ("The event was postponed to next year", AFTER, S.POSTPONED),
    ("Cancelled because the law changed", AFTER, S.CANCELLED),
    ("The portal will be launched in 2018", AFTER, S.POSTPONED),
    ("The register was modernised and opened to the public", AFTER, S.DONE),
    ("The draft order was sent to the ministry for approval", AFTER, S.PARTIALLY_DONE),
    ("The draft order was sent to the ministry for approval", DURING, S.IN_PROGRESS),
    ("The bill was submitted for consideration and adopted in June", AFTER, S.DONE),
    ("Awaiting approval by the Ministry of Finance", AFTER, S.PARTIALLY_DONE),
    ("The draft was prepared and is under consultation with the regions", AFTER, S.PARTIALLY_DONE),
    ("The hotline has been operating since March", AFTER, S.DONE),
    ("Awaiting approval by the Ministry of Finance", DURING, S.IN_PROGRESS),
    (
        "The draft decree was sent to the Ministry of Justice for legal review",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("The draft code was submitted for public consultation", DURING, S.IN_PROGRESS),
    ("Not relevant anymore", AFTER, S.CANCELLED),
    ("Two of the four planned workshops were held", AFTER, S.PARTIALLY_DONE),
    ("3 out of 5 regional offices were opened", AFTER, S.PARTIALLY_DONE),
    ("Four of the four centres were opened", AFTER, S.DONE),
    ("Implementation rate: 60%", AFTER, S.PARTIALLY_DONE),
    ("Implementation is behind schedule", AFTER, S.PARTIALLY_DONE),
    # a deed done on schedule is done in time; work on schedule goes on
    ("All planned trainings were delivered on schedule", AFTER, S.DONE),
    ("The works are progressing on schedule", AFTER, S.PARTIALLY_DONE),
    # the deadline's complements between it and its verb; a thing's term extended is a deed
    ("The deadline for this activity has been extended to June 2018", AFTER, S.POSTPONED),
    ("The deadline was moved to December 2018", AFTER, S.POSTPONED),  # the term, not a place
    ("The launch was delayed indefinitely for lack of funding", AFTER, S.POSTPONED),  # no date
    ("The implementation has been shifted to 2018", AFTER, S.POSTPONED),
    ("The term of the lease agreement was extended", AFTER, S.DONE),
    ("The strategy was adopted; the action plan is still being drafted", AFTER, S.PARTIALLY_DONE),
    # the Open Government Partnership's grade of none; a move to a later half or quarter
    ("No evidence of implementation was found", AFTER, S.NOT_DONE),
    ("The hearings were moved to the second half of 2018", AFTER, S.POSTPONED),
    ("The archive was moved to the second floor", AFTER, S.DONE),  # a place, no term
    ("The survey was shifted to Q2 2018", AFTER, S.POSTPONED),
    # a level of completion, its word alone before a colon, as «Виконання: 100 %»
    ("Implementation: 100%", AFTER, S.DONE),
    ("Completion - 70 %", AFTER, S.PARTIALLY_DONE),
]


@pytest.mark.parametrize(
    "text",
    [
        "No information provided",
        "No data was received",
        "Інформацію щодо виконання заходу не надано",
        "Data not available",
        "The ministry has not provided information on the implementation of the measure",
        "Інформація не надійшла, тому оцінити стан виконання неможливо",
        "Департамент інформує про хід виконання заходу",  # telling goes on: no work
        "Відомості про стан виконання від виконавців не надходили",
        "Інформацію не надано",  # the executor gave none: nothing of the measure
        "Звіт від відділу культури не подано.",
        "The report was not submitted",
    ],
)
def test_no_report_given_tells_nothing_of_the_measure(text: str) -> None:
    assessed = assess(measure(text, "ІV квартал"), AFTER)
    assert assessed.confidence is Confidence.NONE and assessed.review


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # giving it is the measure
        ("Подання інформації про стан довкілля", "Інформацію не надано"),
        ("Підготовка щорічного звіту", "Звіт не подано"),
        ("Звітувати про виконання програми", "Звіт про виконання програми не подавався"),
        ("Захід", "Інформація до Мінрегіону не надавалась"),  # sent to someone: the measure's
        ("Submission of the annual report", "The report was not submitted"),
    ],
)
def test_a_report_not_given_fails_a_measure_to_give_it(title: str, text: str) -> None:
    asked = Measure(
        number="1", title=title, deadline=Deadline.parse("ІV квартал", year=2017),
        outcome=Outcome(text=text),
    )  # fmt: skip
    assert assess(asked, AFTER).status is S.NOT_DONE


@pytest.mark.parametrize(("text", "as_of", "expected"), ENGLISH)
def test_english_outcomes(text: str, as_of: date, expected: Status) -> None:
    result = assess(measure(text), as_of)
    assert result.status is expected, [r.en for r in result.reasons]
    assert result.confidence is C.CLEAR


@pytest.mark.parametrize(
    "text",
    [
        "Мероприятие выполнено в полном объёме",  # Russian
        # Russian without a letter only Russian uses: most of its words are no Ukrainian ones
        "Семинар проведен в мае, приняли участие 40 человек",
        "Мероприятие не проведено в связи с отсутствием средств",
        "Die Maßnahme wurde vollständig umgesetzt",  # German
        "Zadanie zostało zrealizowane",  # Polish
    ],
)
def test_a_text_in_another_language_is_flagged_not_guessed(text: str) -> None:
    result = assess(measure(text), AFTER)
    assert result.status is S.OVERDUE  # what the dates say
    assert result.confidence is C.NONE and result.review
    assert [r.code for r in result.warnings] == ["text.language"]


@pytest.mark.parametrize(
    "text",
    [
        "Конференцію проведено (programme, speakers list attached)",
        "The register «Реєстр пам'яток місцевого значення» was published",
        # Ukrainian without a letter only Ukrainian uses, with names no dictionary holds
        "Проведено нараду з представниками ТОВ «Агромакс» та ПП «Ярсвяткомторг»",
    ],
)
def test_a_text_with_words_of_the_other_language_is_read(text: str) -> None:
    """A Ukrainian report with an English aside, an English one quoting a Ukrainian name."""
    result = assess(measure(text), AFTER)
    assert (result.status, result.confidence) == (S.DONE, C.CLEAR)


@pytest.mark.parametrize(
    ("as_of", "deadline", "expected"),
    [
        (AFTER, "ІV квартал", S.OVERDUE),
        (DURING, "ІV квартал", S.IN_PROGRESS),
        (BEFORE, "ІV квартал", S.NOT_DUE),
        (AFTER, "постійно", S.IN_PROGRESS),  # a continuous term is never overdue
    ],
)
def test_no_cue_is_never_done_the_dates_decide(
    as_of: date, deadline: str, expected: Status
) -> None:
    result = assess(measure("Інформація щодо виконання — у додатку 3", deadline), as_of)
    assert result.status is expected
    assert result.confidence is C.NONE and result.review


@pytest.mark.parametrize(
    "text",
    [
        "Інформацію про виконання надано у звіті за І півріччя",
        "Відомості наведено в попередньому звіті",
        "Information was provided in the report for the first half of the year",
    ],
)
def test_a_report_given_in_another_report_says_nothing_here(text: str) -> None:
    result = assess(measure(text, "2017 рік"), AFTER)
    assert result.confidence is C.NONE and result.review
    assert result.status is S.OVERDUE


@pytest.mark.parametrize(
    ("stated", "as_of", "expected"),
    [
        ("Не розпочато", BEFORE, S.NOT_DUE),
        ("Не розпочато", AFTER, S.NOT_DONE),
        ("Не розпочинався", AFTER, S.NOT_DONE),
        ("Виконання не розпочато", BEFORE, S.NOT_DUE),
        ("Planned", BEFORE, S.NOT_DUE),  # an English tracker's status of work not begun
        ("Planned", AFTER, S.NOT_DONE),
        ("Заплановано", BEFORE, S.NOT_DUE),  # a tracker's «planned», in Ukrainian
        ("Заплановано", AFTER, S.NOT_DONE),
        ("Не приступали до виконання", BEFORE, S.NOT_DUE),
        ("Не приступали", AFTER, S.NOT_DONE),
        ("Not started yet", BEFORE, S.NOT_DUE),
    ],
)
def test_not_started_stated_is_read_by_the_date(stated: str, as_of: date, expected: Status) -> None:
    result = assess(measure(None, stated=stated), as_of)
    assert (result.status, result.confidence) == (expected, C.STATED)
    assert stated in result.reasons[0].uk


def test_a_stated_status_is_stated_confidence() -> None:
    result = assess(Measure(number="1", title="Т", deadline=Deadline.parse("2017", year=2017),
                            outcome=Outcome(status=S.DONE)), AFTER)  # fmt: skip
    assert result.confidence is C.STATED and not result.review


def test_nothing_reported_with_dates_is_clear() -> None:
    assert assess(measure(None), AFTER).confidence is C.CLEAR
    assert not assess(measure(None), AFTER).review


@pytest.mark.parametrize("dash", ["-", " — ", "–", "/"])
def test_a_dash_for_an_outcome_is_nothing_reported(dash: str) -> None:
    result, nothing = assess(measure(dash), AFTER), assess(measure(None), AFTER)
    assert (result.status, result.confidence, result.reasons) == (
        nothing.status,
        nothing.confidence,
        nothing.reasons,
    )
    assert not result.review


def test_a_recurring_term_is_overdue_once_an_occurrence_has_passed() -> None:
    quarterly = "щокварталу до 5 числа наступного місяця"
    result = assess(measure(None, quarterly), date(2017, 8, 1))
    assert result.status is S.OVERDUE
    assert "5 липня 2017" in result.reasons[0].uk
    assert assess(measure(None, quarterly), date(2017, 3, 1)).status is S.IN_PROGRESS


@pytest.mark.parametrize("deadline", ["постійно", "за потреби", "у разі потреби"])
def test_continuous_and_on_demand_terms_are_never_overdue(deadline: str) -> None:
    for as_of in (BEFORE, AFTER, date(2019, 1, 1)):
        assert assess(measure(None, deadline), as_of).status is not S.OVERDUE


def test_an_unreadable_deadline_is_not_due_forever_no_more() -> None:
    m = measure(None, "після ремонту")
    inside = assess(m, DURING, period_end=AFTER)
    assert inside.status is S.NOT_DUE and inside.review
    late = assess(m, date(2018, 1, 15), period_end=AFTER)
    assert late.status is S.OVERDUE and late.confidence is C.WEAK and late.review


SENTENCE = (
    "проведено не було засідання «круглого столу» Президентом підписано триває, які "
    "виконуються буде розглянуто частково перенесено на 2018 рік Вітаємо the training "
    "was not held partially 12 жовтня відбулося , . ; проєкт"
)
WORDS = SENTENCE.split(" ")


@pytest.mark.parametrize(
    "text",
    [
        "Проведено 2 з 4 запланованих семінарів",
        "Профінансовано 450,0 тис. грн з 900,0 тис. грн",
        "Виконання заходу становить 70 %",
        "Заплановано 6 тренінгів, фактично проведено 4",
    ],
)
@pytest.mark.parametrize("space", ["\u00a0", "  ", "\t", "\u202f"])
def test_no_break_and_doubled_spaces_read_as_one(text: str, space: str) -> None:
    # Word puts no-break spaces in «70 %» and «тис. грн»; typists put two spaces
    spaced = assess(measure(text.replace(" ", space)), AFTER)
    assert spaced.status is assess(measure(text), AFTER).status is S.PARTIALLY_DONE
    assert all(item.phrase in text for item in spaced.evidence)  # quoted with single spaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Роботи з ремонту даху не\nпроводились", S.NOT_DONE),
        ("Проведено 2 з 4\nзапланованих семінарів", S.PARTIALLY_DONE),
        ("Виконання заходу становить 70\n%", S.PARTIALLY_DONE),
        ("Відремонтовано 3 км доріг (план\n– 5 км)", S.PARTIALLY_DONE),
        ("Втратив\nактуальність", S.CANCELLED),
        # a line after a clause's end, or in capitals, is a sentence of its own
        ("Семінар проведено;\nпосібник не видано", S.PARTIALLY_DONE),
        ("Семінар проведено\nПосібник не видано", S.PARTIALLY_DONE),
        # a word hyphenated at the line's end, as a print breaks it
        ("Семінар не прове-\nдено через карантин", S.NOT_DONE),
        ("Роботи вико-\nнано частково", S.PARTIALLY_DONE),
    ],
)
def test_a_line_broken_inside_a_sentence_reads_as_one(text: str, expected: Status) -> None:
    # a manual break in a narrow cell, or text copied from a PDF
    assert assess(measure(text), AFTER).status is expected


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Нараду не прове-\nдено", "Нараду не проведено"),
        ("Роботи від-\nремонтовано", "Роботи відремонтовано"),
        # a word written with its hyphen keeps it; a soft hyphen is only a break
        ("програма соціально-\nекономічного розвитку", "програма соціально-економічного розвитку"),
        ("вико\u00ad\nнано", "виконано"),
        # a dash between words is no hyphen of a word
        ("проведено -\nдва", "проведено - два"),
    ],
)
def test_a_word_hyphenated_at_a_line_s_end_is_read_whole(text: str, read: str) -> None:
    from civplan.model.scan import as_read

    assert as_read(text) == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Навчено 40 iз 60 запланованих працiвникiв", S.PARTIALLY_DONE),  # a Latin «i»
        ("Tермін виконання заходу продовжено до 30.06.2018", S.POSTPONED),  # a Latin «T»
        ("Вико\u00adнано частково", S.PARTIALLY_DONE),  # a soft hyphen
        ("Вико\u200bнано.", S.DONE),  # a zero-width space
        ("The Wi-Fi network was installed", S.DONE),  # Latin words stay as they are
    ],
)
def test_look_alike_and_invisible_letters_read_as_the_word_shown(
    text: str, expected: Status
) -> None:
    assert assess(measure(text), AFTER).status is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Проведено3 семінари.", S.DONE),
        ("Навчено 12працівників із 20", S.PARTIALLY_DONE),
        ("Відремонтовано 120 м2 покрівлі", S.DONE),  # a unit's short word is no word apart
    ],
)
def test_a_count_typed_against_its_word_reads_apart(text: str, expected: Status) -> None:
    result = assess(measure(text), AFTER)
    assert result.status is expected
    assert result.confidence is C.CLEAR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Семінар не проводився"', S.NOT_DONE),  # a cell saved with its quotes
        ("«Проведено 2 з 4 семінарів»", S.PARTIALLY_DONE),
        ("«Конкурс «Краща громада» проведено»", S.DONE),  # a quoted name inside
        ("«Краща громада» та «Молодь»", S.OVERDUE),  # names alone: nothing reported
        ("«Відновлення»", S.OVERDUE),  # a name in its quotes, no report
    ],
)
def test_quotes_around_all_of_an_outcome_quote_nothing(text: str, expected: Status) -> None:
    assert assess(measure(text), AFTER).status is expected


@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_reasons_quote_words_that_are_in_the_text(text: str) -> None:
    result = assess(measure(text), AFTER)
    for reason in result.reasons:
        if reason.evidence is not None:
            assert reason.evidence in text
    for item in result.evidence:
        assert item.phrase in text
    if result.confidence is C.NONE:
        assert result.status is not S.DONE and result.review


def test_one_assessment_per_measure_serves_rows_and_summary() -> None:
    from civplan.report.table import MeasureRow, report_table

    plan = civplan.demo_plan()
    table = report_table(plan, STATUS)
    rows = [row for row in table.rows() if isinstance(row, MeasureRow)]
    summary = table.summary()
    for row, assessment in zip(rows, summary.assessments, strict=True):
        assert table.assessment(row.measure) is assessment
        assert row.status is assessment.status


def test_reports_mark_the_statuses_to_check_and_the_summary_counts_them() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    plan = civplan.Plan(
        title="Звіт",
        year=2017,
        as_of=AFTER,
        sections=[
            civplan.Section(
                measures=[
                    measure("Див. додаток 3"),
                    Measure(number="2", title="Інший", deadline=Deadline.parse("2017", year=2017),
                            outcome=Outcome(text="Проведено 3 семінари")),
                ]
            )
        ],
    )  # fmt: skip
    stream = io.BytesIO()
    civplan.export(plan, "xlsx", stream, options=STATUS)
    book = openpyxl.load_workbook(io.BytesIO(stream.getvalue()))
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert "прострочено (потребує перевірки)" in cells
    assert "виконано" in cells
    summary = [str(c.value) for row in book.worksheets[1].iter_rows() for c in row if c.value]
    assert "Потребують перевірки: 1" in summary
    again = civplan.load(io.BytesIO(stream.getvalue()), "xlsx")
    assert again == plan  # the mark states nothing: the status is not taken as stated
    english = io.BytesIO()
    options = civplan.get_exporter("text").options_type(lang="en", columns=STATUS.columns)
    civplan.export(plan, "text", english, options=options)
    assert "To check: 1" in english.getvalue().decode()


# the words of status columns, as offices fill them in
STATED_WORDS = [
    ("Виконано достроково", S.DONE),
    ("Повністю", S.DONE),  # in a column of how much was done
    ("У повному обсязі", S.DONE),
    ("Фактично виконано", S.DONE),
    ("В основному виконано", S.PARTIALLY_DONE),
    ("Реалізовано в основному", S.PARTIALLY_DONE),
    ("Майже завершено", S.PARTIALLY_DONE),
    ("Виконано*", S.DONE),  # a footnote's mark
    ("Completed with delays", S.DONE),
    ("Not yet implemented", S.NOT_DONE),
    ("Under implementation", S.IN_PROGRESS),
    ("Behind schedule", S.IN_PROGRESS),
    # a tracker's list of states, in Ukrainian as in English
    ("Під ризиком", S.IN_PROGRESS),
    ("Потребує уваги", S.IN_PROGRESS),
    ("Виконується з відставанням", S.IN_PROGRESS),
    ("Виконується згідно з графіком", S.IN_PROGRESS),
    ("На паузі", S.POSTPONED),
    ("Із затримкою", S.IN_PROGRESS),  # late and going on, as behind schedule
    ("Затримується", S.IN_PROGRESS),
    ("Delayed", S.IN_PROGRESS),
    ("Delayed to 2026", S.POSTPONED),  # moved to a later time
    ("Не настав строк виконання", S.NOT_DUE),
    ("Не настав час", S.NOT_DUE),  # a monitoring tool's word for it
    ("Знято з контролю (виконано)", S.DONE),  # taken off the list as done, not called off
    ("Виконано неповністю", S.PARTIALLY_DONE),
    ("Не повністю виконано", S.PARTIALLY_DONE),
    ("Практично виконано", S.PARTIALLY_DONE),
    ("Частково не виконано", S.PARTIALLY_DONE),
    ("Виконано із зауваженнями", S.DONE),
    ("Не реалізується", S.NOT_DONE),
    ("Знято з розгляду", S.CANCELLED),
    ("Продовжено на 2026 рік", S.POSTPONED),
    ("Забезпечено", S.DONE),
    ("Забезпечується", S.IN_PROGRESS),
    ("Час виконання ще не настав", S.NOT_DUE),
    ("Припинено", S.CANCELLED),
    ("Втратив чинність", S.CANCELLED),
    ("Виконано з порушенням строку", S.DONE),
    ("Виконано з порушенням термінів виконання", S.DONE),
    # a remark that narrows the words; one that only tells how stays with them
    ("Виконано (частково)", S.PARTIALLY_DONE),
    ("Виконано (85 %)", S.PARTIALLY_DONE),  # a share in the remark narrows it too
    ("Виконано (100%)", S.DONE),
    ("Виконано (на 60 %)", S.PARTIALLY_DONE),
    ("Виконано (інформацію оприлюднено)", S.DONE),
    ("виконано несвоєчасно", S.DONE),
    ("Знято з контролю як виконане", S.DONE),
    ("Знято з контролю", S.CANCELLED),
    ("Знято", S.CANCELLED),
    # a control resolution: kept on, or its term extended
    ("Продовжити виконання", S.IN_PROGRESS),
    ("Продовжити контроль", S.IN_PROGRESS),  # a decision to keep it under control
    ("Контроль продовжено", S.IN_PROGRESS),
    ("Термін продовжено до 30.06.2018", S.POSTPONED),
    ("Продовжено строк виконання", S.POSTPONED),
    ("Виконано не в повному обсязі", S.PARTIALLY_DONE),
    ("Виконуються", S.IN_PROGRESS),
    ("Не актуально", S.CANCELLED),
    ("Не виконувалось", S.NOT_DONE),
    ("Не проводилися", S.NOT_DONE),
    ("Виконання перенесено", S.POSTPONED),
    ("Reached", S.DONE),
    ("Not reached", S.NOT_DONE),
    ("Достроково виконано", S.DONE),
    ("Захід виконано", S.DONE),
    ("Виконано (постійно)", S.DONE),
    ("Виконано частково (40 %)", S.PARTIALLY_DONE),
    ("Не виконується", S.NOT_DONE),
    ("Призупинено", S.POSTPONED),
    ("On hold", S.POSTPONED),
    ("Перебуває на виконанні", S.IN_PROGRESS),
    ("Продовжується", S.IN_PROGRESS),
    ("На контролі", S.IN_PROGRESS),
    ("Залишено на контролі", S.IN_PROGRESS),
    ("Задовільно", S.DONE),  # a column «Оцінка виконання» grades it
    ("Незадовільно", S.NOT_DONE),
    ("Unsatisfactory", S.NOT_DONE),
    ("Не досягнуто", S.NOT_DONE),
    ("Частково досягнуто", S.PARTIALLY_DONE),
    ("Досягнуто частково", S.PARTIALLY_DONE),
    ("Част. виконано", S.PARTIALLY_DONE),  # «частково» cut short, before or after
    ("Виконано частк.", S.PARTIALLY_DONE),
    ("Off track", S.IN_PROGRESS),
    ("Partially complete", S.PARTIALLY_DONE),
    ("Largely achieved", S.PARTIALLY_DONE),
    ("Substantially completed", S.PARTIALLY_DONE),
    ("Fully implemented", S.DONE),
    ("Implementation ongoing", S.IN_PROGRESS),
    ("Delayed implementation", S.IN_PROGRESS),
    ("На стадії виконання", S.IN_PROGRESS),
    ("Не завершено", S.NOT_DONE),
    ("Виконання не забезпечено", S.NOT_DONE),
    ("Відкладено", S.POSTPONED),
    ("Виконання триває", S.IN_PROGRESS),
    ("В роботі", S.IN_PROGRESS),
    ("Опрацьовується", S.IN_PROGRESS),
    ("На опрацюванні", S.IN_PROGRESS),
    ("Ведеться робота", S.IN_PROGRESS),
    ("Реалізується", S.IN_PROGRESS),
    ("У процесі реалізації", S.IN_PROGRESS),
    ("Виконання розпочато", S.IN_PROGRESS),
    ("На постійній основі", S.IN_PROGRESS),
    ("Виконується частково", S.PARTIALLY_DONE),
    ("Mostly completed", S.PARTIALLY_DONE),
    ("Не здійснювався", S.NOT_DONE),
    ("Не проводилися", S.NOT_DONE),
    ("Досягнуто", S.DONE),
    ("Completed with a delay", S.DONE),
    ("Not applicable", S.CANCELLED),
    ("+", S.DONE),  # a column of marks: «Відмітка про виконання»
    ("✓", S.DONE),
    ("✅", S.DONE),
    ("✔\ufe0f", S.DONE),  # the mark drawn as an emoji
    ("❌", S.NOT_DONE),
    ("✗", S.NOT_DONE),
    ("☐", S.NOT_DONE),  # an empty box
    ("V", S.DONE),
    ("+/-", S.PARTIALLY_DONE),  # a mark of a part done
    ("±", S.PARTIALLY_DONE),
    ("Відбувся", S.DONE),  # an event's column
    ("Не відбулася", S.NOT_DONE),
    ("Зроблено", S.DONE),
    ("TRUE", S.DONE),  # a spreadsheet's box, ticked or not
    ("ХИБНІСТЬ", S.NOT_DONE),
    ("так", S.DONE),  # a column «Виконано (так/ні)»
    ("ні", S.NOT_DONE),
    ("Захід виконується", S.IN_PROGRESS),  # the measure named before its status
    ("Захід не виконано", S.NOT_DONE),
    ("Повністю виконано", S.DONE),
    ("Реалізовано частково", S.PARTIALLY_DONE),
    ("Виконано не повністю", S.PARTIALLY_DONE),
    ("Виконано з відхиленням від строку", S.DONE),
    ("Проведено", S.DONE),
    ("Здійснено", S.DONE),
    ("Не проведено", S.NOT_DONE),
    ("Робота триває", S.IN_PROGRESS),
    ("На погодженні", S.IN_PROGRESS),
    ("На доопрацюванні", S.IN_PROGRESS),
    ("На затвердженні", S.IN_PROGRESS),
    # more than the plan asked
    ("Перевиконано", S.DONE),
    ("Виконано з перевищенням", S.DONE),
    ("На стадії розробки", S.IN_PROGRESS),
    ("Виконується в повному обсязі", S.IN_PROGRESS),
    ("Не виконано з об'єктивних причин", S.NOT_DONE),
    # a strategy's monitoring: progress there or not
    ("Прогрес виконання заходу наявний", S.IN_PROGRESS),
    ("Прогрес відсутній", S.NOT_DONE),
    # the Open Government Partnership's scale, with its noun
    ("Обмежений прогрес", S.PARTIALLY_DONE),
    ("Substantial progress", S.PARTIALLY_DONE),
    # status words, then a remark
    ("Не виконано у звітному періоді", S.NOT_DONE),
    ("Не виконано (у зв'язку з відсутністю фінансування з обласного бюджету)", S.NOT_DONE),
    ("Виконано: інформацію розміщено на офіційному вебсайті ради", S.DONE),
    ("Частково. Потребує додаткового фінансування", S.PARTIALLY_DONE),
    ("Implemented - see the annex", S.DONE),
    ("Не виконано у зв'язку з відсутністю фінансування", S.NOT_DONE),
    ("Частково виконано через затримку поставки обладнання", S.PARTIALLY_DONE),
    ("Виконано 15.05.2025", S.DONE),
    ("Знято з контролю розпорядженням голови від 02.06.2025 № 17", S.CANCELLED),
    ("Partially fulfilled", S.PARTIALLY_DONE),
    ("Implemented partially", S.PARTIALLY_DONE),
    ("Postponed to Q1 2026", S.POSTPONED),
    ("Discontinued", S.CANCELLED),
    ("Виконано згідно з графіком", S.DONE),
    ("Не проведено у повному обсязі", S.PARTIALLY_DONE),
    ("Виконано, розпорядження від 12.03.2025 № 45", S.DONE),
    ("Виконано у ІІ кварталі", S.DONE),
    ("Не виконано, кошти не виділено", S.NOT_DONE),
    ("Виконано/Done", S.DONE),
    ("Виконано на 80 %", S.PARTIALLY_DONE),
    ("Виконано на 100%", S.DONE),  # the share done, whatever it is
    ("Виконано на 0 %", S.NOT_DONE),
    ("Реалізовано на 50 відсотків", S.PARTIALLY_DONE),
    ("Виконано/частково", S.PARTIALLY_DONE),  # a remark after a slash narrows, as in brackets
    ("Не виконано (перенесено на 2026 рік)", S.POSTPONED),  # … and a move names where it went
    ("Не виконано: перенесено на ІІ квартал", S.POSTPONED),
    ("Не виконано (немає коштів)", S.NOT_DONE),
    ("Завершено частково", S.PARTIALLY_DONE),
    ("Тривають роботи", S.IN_PROGRESS),
    ("Роботи ведуться", S.IN_PROGRESS),
    ("Постійно діючий", S.IN_PROGRESS),
    ("N/A", S.CANCELLED),  # not applicable
    ("Реалізація триває", S.IN_PROGRESS),
    ("Завершується", S.IN_PROGRESS),
    ("Протерміновано", S.OVERDUE),
    ("Finished", S.DONE),
    ("Largely completed", S.PARTIALLY_DONE),
    ("Initiated", S.IN_PROGRESS),
    ("Not due yet", S.NOT_DUE),
]


@pytest.mark.parametrize("words", ["Виконано/Не виконано", "Так/Ні", "Не виконано / виконано"])
def test_a_form_s_choices_left_unmade_state_no_status(words: str) -> None:
    assert read_stated(words) is None


@pytest.mark.parametrize(
    "words", ["Проведено 3 засідання. Виконано", "Рішення сесії від 12.03.2025: виконано"]
)
def test_a_remark_follows_status_words_never_precedes_them(words: str) -> None:
    assert read_stated(words) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # who tells, then its status words, as consolidated reports write them
        ("Управління освіти: в роботі", S.IN_PROGRESS),
        ("ДСЗН ОДА – Substantial", S.PARTIALLY_DONE),
        # a list's mark before them
        ("• Виконано", S.DONE),
        # typed with a Latin look-alike
        ("Не викoнано", S.NOT_DONE),
        ("В poботі", S.IN_PROGRESS),
        ("1) Частково виконано", S.PARTIALLY_DONE),
    ],
)
def test_status_words_after_who_tells_or_a_list_mark(words: str, expected: Status) -> None:
    assert read_stated(words) is expected


@pytest.mark.parametrize("words", ["Виконання – 60 %", "Завершення у 2026 році", "Виконання"])
def test_the_nouns_of_doing_state_no_status(words: str) -> None:
    assert read_stated(words) is None  # «виконання» is not «виконано»: a share or date follows


@pytest.mark.parametrize(("words", "expected"), STATED_WORDS)
def test_status_column_words(words: str, expected: Status) -> None:
    assert read_stated(words) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    # brackets inside brackets are not a status cell's way
    [(words, expected) for words, expected in STATED_WORDS[::7] if "(" not in words],
)
@pytest.mark.parametrize("enclosed", ["({})", "«{}»", '"{}"', "“{}”", "[{}.]"])
def test_status_words_in_brackets_or_quotes_state_the_same(
    words: str, expected: Status, enclosed: str
) -> None:
    # a cell saved with quotes around it, or the status put in brackets
    assert read_stated(enclosed.format(words)) is expected


def test_brackets_around_only_a_part_are_no_enclosing() -> None:
    assert read_stated("(Виконано) у 2024 році, у 2025 – ні") is None


@given(
    st.text(alphabet="аб1_' ,.-’\u0301xІ", max_size=60),
    st.integers(min_value=0, max_value=60),
)
def test_the_word_before_a_comma_is_the_last_word_before_it(text: str, end: int) -> None:
    # what a clause after a comma is judged by: read from the end of the text before the
    # comma, it is the word a search from the start finds last
    import re

    from civplan.model.reading import _last_word

    end = min(end, len(text))
    match = re.search(r"([\w']+)\W*$", text[max(0, end - 40) : end])
    assert _last_word(text, end) == (match.group(1) if match else "")


def _by_quarter(title: str, term: str, *reports: str) -> Measure:
    """A measure whose report was written a quarter at a time, from the first quarter on."""
    told = "\n\n".join(
        f"{quarter} квартал: {report}"
        for quarter, report in zip(("І", "ІІ", "ІІІ", "ІV")[: len(reports)], reports, strict=True)
    )
    return attrs.evolve(measure(told, term), title=title)


def test_a_later_quarter_s_deed_supersedes_an_earlier_quarter_s_state() -> None:
    late = _by_quarter("Оновлення сайту", "ІІ квартал", "—", "Не виконано", "Сайт оновлено")
    assessed = assess(late, AFTER)
    assert assessed.status is S.DONE
    assert assessed.reasons[-1].code == "rule.latest_period"  # why the «Не виконано» weighs none
    begun = _by_quarter("Ремонт ґанку", "ІІІ квартал", "Роботи тривають", "Ґанок відремонтовано")
    assert assess(begun, AFTER).status is S.DONE
    # a later quarter that says the work stopped short is not superseded by an earlier deed
    stopped = _by_quarter("Ремонт ґанку", "ІІІ квартал", "Ремонт розпочато", "Ремонт не завершено")
    assert assess(stopped, AFTER).status is S.PARTIALLY_DONE
    # the seminars of the year, told a quarter at a time, are counted together
    counted = _by_quarter(
        "Провести 3 семінари", "протягом року", "Проведено 2 семінари", "Не проводились",
        "Проведено 1 семінар",
    )  # fmt: skip
    assert assess(counted, AFTER).status is S.DONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # periods told in one paragraph, each sentence or clause after its own label
        ("І півріччя: не проводились. ІІ півріччя: проведено 2 семінари.", S.DONE),
        ("У І півріччі семінари не проводились; у ІІ півріччі проведено 2 семінари", S.DONE),
        ("І квартал – не проводились; ІІ квартал – проведено семінар", S.DONE),
        # the deed before, the failure after: a part of the year's work (either verb's aspect)
        ("І півріччя: проведено 2 семінари. ІІ півріччя: не проводились.", S.PARTIALLY_DONE),
        ("Проведено 2 семінари; у ІІ півріччі семінари не проводились", S.PARTIALLY_DONE),
        # periods out of their order are no report by periods: read whole, a part
        ("ІІ півріччя: не проводились. І півріччя: проведено 2 семінари.", S.PARTIALLY_DONE),
    ],
)
def test_a_year_s_report_by_periods_in_one_paragraph(text: str, expected: S) -> None:
    seminars = attrs.evolve(measure(text, "протягом року"), title="Проводити семінари")
    assert assess(seminars, AFTER).status is expected


def test_each_quarter_of_a_recurring_term_answers_for_its_own_occurrence() -> None:
    measure = _by_quarter(
        "Проведення засідань ради", "щокварталу", "Засідання проведено", "Засідання проведено",
        "Засідання не проводилось", "Засідання проведено",
    )  # fmt: skip
    assert assess(measure, AFTER).status is S.PARTIALLY_DONE


def test_a_report_made_after_the_year_dates_that_year_s_occurrences() -> None:
    # a report on 2017 made on 15 January 2018 counts the quarters of 2017, not of 2018
    def meetings(text: str) -> S:
        told = attrs.evolve(measure(text, "щокварталу"), title="Проведення засідань ради")
        return assess(told, date(2018, 1, 15)).status

    assert meetings("Засідання відбулися 12.03 та 18.06.2017") is S.PARTIALLY_DONE
    assert meetings("Засідання відбулися 12.03, 18.06, 17.09 та 10.12.2017") is S.DONE
    assert meetings("Засідання проводяться щокварталу (12.03, 18.06.2017)") is S.DONE


GROUP = "Hold meetings of the working group"
TRAININGS = "Conduct 6 trainings for teachers"


@pytest.mark.parametrize(
    ("title", "term", "text", "expected"),
    [
        (GROUP, "Щокварталу", "Two meetings were held.", S.PARTIALLY_DONE),
        (GROUP, "Щокварталу", "The group met twice.", S.PARTIALLY_DONE),
        (GROUP, "Щокварталу", "Four meetings were held.", S.DONE),
        (TRAININGS, "2017 рік", "Three trainings were held.", S.PARTIALLY_DONE),
        (TRAININGS, "2017 рік", "Six trainings were held.", S.DONE),
        ("Conduct trainings for teachers", "2017 рік", "Three trainings were held.", S.DONE),
        # work that goes on: the measure's own, unfinished, or the stock closing phrase
        (
            "Renovate the community center",
            "2017 рік",
            "The roof was replaced; interior works will continue in 2018.",
            S.PARTIALLY_DONE,
        ),
        (
            "Conduct consultations",
            "2017 рік",
            "Eight were held; the work will continue in 2018.",
            S.DONE,
        ),
        # a work named is no stock phrase; an early stage is work going on
        (
            "Create an e-registry",
            "2017 рік",
            "Preparatory work has begun; the terms of reference were approved.",
            S.PARTIALLY_DONE,
        ),
        (
            "Create an e-registry",
            "2017 рік",
            "Implementation is at an early stage: the specifications have been drafted.",
            S.PARTIALLY_DONE,
        ),
        ("Create an e-registry", "2017 рік", "Registry created. Work is ongoing.", S.DONE),
    ],
)
def test_english_counts_in_words_and_work_that_will_continue(
    title: str, term: str, text: str, expected: S
) -> None:
    """English counts in words ("two meetings") count as figures do; "will continue", begun."""
    assert assess(attrs.evolve(measure(text, term), title=title), AFTER).status is expected
