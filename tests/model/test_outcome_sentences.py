"""Status inference on outcome sentences in the style of official reports.

Each sentence is labelled with the status a careful reader gives it; every
assessment must explain itself, and a sentence without any cue must say it
was a guess.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from civplan import Confidence, Deadline, Measure, Outcome, Status, assess

S = Status
QUARTER = "ІV квартал"  # 2017-10-01 … 2017-12-31
CONTINUOUS = "постійно"
AFTER = date(2017, 12, 31)  # the term has passed
DURING = date(2017, 11, 15)  # inside the term
BEFORE = date(2017, 6, 30)  # before the term

# (sentence, deadline, reporting date, status)
CORPUS = [
    # achievement, in the many forms reports use
    ("Проведено 38 публічних консультацій з ІГС", QUARTER, AFTER, S.DONE),
    ("Проводилися засідання громадської ради", QUARTER, AFTER, S.DONE),
    ("13 квітня відбулося засідання «круглого столу»", QUARTER, AFTER, S.DONE),
    ("Відбувся форум громадських організацій", QUARTER, AFTER, S.DONE),
    ("Відбулась зустріч з представниками ІГС", QUARTER, AFTER, S.DONE),
    ("Організовано навчання для 40 посадових осіб", QUARTER, AFTER, S.DONE),
    ("Забезпечено висвітлення діяльності ІГС на сайті", QUARTER, AFTER, S.DONE),
    ("Здійснено моніторинг виконання програм", QUARTER, AFTER, S.DONE),
    ("Створено громадську раду при облдержадміністрації", QUARTER, AFTER, S.DONE),
    ("Розроблено та затверджено регіональну програму", QUARTER, AFTER, S.DONE),
    ("Підготовлено інформаційні матеріали", QUARTER, AFTER, S.DONE),
    ("Прийнято розпорядження голови облдержадміністрації", QUARTER, AFTER, S.DONE),
    ("Оприлюднено звіт на офіційному вебсайті", QUARTER, AFTER, S.DONE),
    ("Надано консультації 15 громадським об’єднанням", QUARTER, AFTER, S.DONE),
    ("Представники ІГС взяли участь у 12 засіданнях", QUARTER, AFTER, S.DONE),
    ("Фахівці управління провели 5 семінарів", QUARTER, AFTER, S.DONE),
    ("Представники громадськості активно долучалися до обговорень", QUARTER, AFTER, S.DONE),
    ("Вийшло 21 тематичний матеріал", QUARTER, AFTER, S.DONE),
    ("Виготовлено та розміщено 85 телепрограм", QUARTER, AFTER, S.DONE),
    ("Укладено меморандум про співпрацю", QUARTER, AFTER, S.DONE),
    ("Розглянуто 12 звернень громадських організацій", QUARTER, AFTER, S.DONE),
    ("Утворено робочу групу", QUARTER, AFTER, S.DONE),
    ("Налагоджено співпрацю з університетами", QUARTER, AFTER, S.DONE),
    ("Оновлено склад громадської ради", QUARTER, AFTER, S.DONE),
    ("Запроваджено електронні консультації", QUARTER, AFTER, S.DONE),
    ("Виконано", QUARTER, AFTER, S.DONE),
    ("28 листопада пройшов «День громадянського суспільства»", QUARTER, AFTER, S.DONE),
    ("Підсумки оголошено під час форуму", QUARTER, AFTER, S.DONE),
    # negations, and what is not a negation
    ("Не проводилось у зв’язку з відсутністю фінансування", QUARTER, AFTER, S.NOT_DONE),
    ("Не виконано", QUARTER, AFTER, S.NOT_DONE),
    ("Захід не проведено", QUARTER, AFTER, S.NOT_DONE),
    ("Держгеокадастр відмовив у погодженні проєкту землеустрою", QUARTER, AFTER, S.NOT_DONE),
    ("У реєстрації статуту відмовлено", QUARTER, AFTER, S.NOT_DONE),
    ("The amendment was rejected by the council", QUARTER, AFTER, S.NOT_DONE),
    ("Конкурс проведено, дві заявки відхилено", QUARTER, AFTER, S.DONE),
    ("Засідання не відбулося через відсутність кворуму", QUARTER, AFTER, S.NOT_DONE),
    ("Консультації не було проведено", QUARTER, AFTER, S.NOT_DONE),
    ("Захід не реалізовувався через брак коштів", QUARTER, AFTER, S.NOT_DONE),
    ("Не вдалося провести конкурс", QUARTER, AFTER, S.NOT_DONE),
    ("Інформацію не оприлюднено", QUARTER, AFTER, S.NOT_DONE),
    ("Не здійснювалося", QUARTER, AFTER, S.NOT_DONE),
    ("Порушень не виявлено", QUARTER, AFTER, S.DONE),
    ("Проведено перевірку, порушень законодавства не виявлено", QUARTER, AFTER, S.DONE),
    ("Звернень від громадян не надходило", QUARTER, AFTER, S.DONE),
    ("Проведено не менше 10 семінарів", QUARTER, AFTER, S.DONE),
    ("Проведено 4 навчання, всі заплановані", QUARTER, AFTER, S.DONE),  # «всі»: what was planned
    ("Оприлюднено 80 % проєктів рішень", QUARTER, AFTER, S.PARTIALLY_DONE),  # a share of them
    # a breach by the one who was to do the work, and the claims against it: not done
    (
        "Техніку не поставлено: постачальник порушив умови договору, ведеться претензійна робота",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Строки розгляду звернень не порушувалися", QUARTER, AFTER, S.DONE),
    ("Порушено строки поставки, обладнання поставлено у грудні", QUARTER, AFTER, S.DONE),
    # money moved elsewhere is no deed of the measure
    (
        "Проєкт не розроблено, а кошти, передбачені на нього, перерозподілено",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    # English passives negated: "was not discussed" as "was not adopted"
    ("The issue was not discussed at the session", QUARTER, AFTER, S.NOT_DONE),
    ("The draft regulation was not considered in 2017", QUARTER, AFTER, S.NOT_DONE),
    # a duty said kept in its terms goes on as a rule, no work left unfinished; a draft on its
    # way to approval in its terms is on its way
    (
        "Петиції розглядаються у встановлені строки; надійшло 9 петицій, усі розглянуто",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    (
        "Проєкт розроблено, проходить погодження у встановлені строки",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # the money returned to the budget, in a sentence of its own: none spent on the measure
    (
        "Форум перенесено на 2018 рік. Кошти, передбачені на форум, повернуто до обласного бюджету",
        QUARTER,
        AFTER,
        S.POSTPONED,
    ),
    ("Повернуто у комунальну власність 12 га земель", QUARTER, AFTER, S.DONE),
    # the rest in a later year, the verb left out; one to do it refused
    ("Навчання пройшли 35 осіб, решта 15 – у 2018 році", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Придбано 5 комп'ютерів, ще 3 – у 2018 році", QUARTER, AFTER, S.PARTIALLY_DONE),
    # more of them in the measure's own year are done in it
    ("Проведено 5 семінарів, з них ще 3 у 2017 році", QUARTER, AFTER, S.DONE),
    ("Решта коштів використана на 100 %", QUARTER, AFTER, S.DONE),
    (
        "Навчання не проводилось: постачальник послуг відмовився від укладення договору",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    # a deed typed with a double «н»
    ("Розробленно та затвердженно положення", QUARTER, AFTER, S.DONE),
    ("Не проведенно у зв'язку з карантином", QUARTER, AFTER, S.NOT_DONE),
    # a status word mistyped by a letter, as a dense table's cell has it
    ("Виконао", QUARTER, AFTER, S.DONE),
    ("Не вионано", QUARTER, AFTER, S.NOT_DONE),
    ("Частоково виконано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід реалізоано", QUARTER, AFTER, S.DONE),
    # the plan's count first, a year between it and the deed
    ("Із 8 запланованих заходів Програми у 2017 році виконано 5", QUARTER, AFTER, S.PARTIALLY_DONE),
    # «лише» with a count a few words after the deed: that many, no more
    ("Придбано 12 генераторів, передано закладам лише 8", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено у 2017 році лише 2 засідання", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 2 засідання, не лише у грудні", QUARTER, AFTER, S.DONE),
    # … or in so many places: «лише в 3 закладах»; not a day, «лише 15 грудня»: only late
    ("Перевірку проведено лише в 3 закладах", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Камери встановлено лише на 2 перехрестях", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Семінар проведено лише 15 грудня", QUARTER, AFTER, S.DONE),
    ("Вдалося відремонтувати лише покрівлю", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Семінар проведено лише у 2017 році", QUARTER, AFTER, S.DONE),
    # not done but for the part «лише» names: the rest was done (not a cause)
    ("Не виконано лише фарбування огорожі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Не виконано лише через затримку фінансування", QUARTER, AFTER, S.NOT_DONE),
    # English deeds not done in the active voice, and findings of none
    ("The Ministry did not submit the draft to the Government", QUARTER, AFTER, S.NOT_DONE),
    ("We could not organise the forum due to security risks", QUARTER, AFTER, S.NOT_DONE),
    ("The inspection did not find any violations", QUARTER, AFTER, S.DONE),
    ("The war did not affect the work: all trainings were held", QUARTER, AFTER, S.DONE),
    ("Some of the planned activities were implemented", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Only some of the trainings took place", QUARTER, AFTER, S.PARTIALLY_DONE),
    # an English count of thousands against its target
    ("The portal now contains 840 datasets (target: 1,000)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The portal now contains 1,240 datasets (target: 1,000)", QUARTER, AFTER, S.DONE),
    # work said to go on with the measure itself, not the stock phrase of work in its field
    (
        "Робота над виконанням заходу триває; створено робочу групу, проведено 3 засідання",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    (
        "Work on the milestone continues; a working group was established and met twice",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Проведено 5 семінарів. Робота в цьому напрямку триває", QUARTER, AFTER, S.DONE),
    # the period reported on is no report posted: «звітного періоду розміщено» is the deed
    (
        "Протягом звітного періоду розміщено 12 оголошень, 3 посади залишаються вакантними",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # a year before the plan's count is no count done
    ("У 2017 році із запланованих 4 радіопередач вийшло 2", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the plan's count, what it counts in several words, two verbs or a reflexive one
    (
        "Із запланованих 800 урн для роздільного збору сміття придбано та встановлено 350",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("З 12 запланованих виїзних прийомів відбулося 7", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("З 6 запланованих виїзних прийомів відбулися всі 6", QUARTER, AFTER, S.DONE),
    # a quoted name between the two counts
    (
        "З 12 запланованих до підключення до системи «Вулик» підрозділів підключено 9, "
        "решта – у І кварталі 2026 року",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Проведено 3 засідання «круглого столу» з 5 запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 5 засідань «круглого столу» з 5 запланованих", QUARTER, AFTER, S.DONE),
    # the plan's count in its case after a dash, spaced as typed
    ("Проведено 2 семінари з 4 - х запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 2 семінари із 4–х", QUARTER, AFTER, S.PARTIALLY_DONE),
    # «не лише» before a count is "not only": more, not a part
    (
        "Проведено не лише 4 заплановані зустрічі, а й 3 виїзні прийоми",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    # begun, then finishing it failed: a part; failing to do it with nothing begun: none
    (
        "Хоча будівництво розпочато у травні, завершити його до кінця року не вдалося",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Завершити будівництво не вдалося", QUARTER, AFTER, S.NOT_DONE),
    # a first stage named before an aside in brackets, its deed after it
    ("Перший етап (обстеження будівлі) завершено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Only phase one (the audit of registers) was completed", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт (покрівля, вікна) завершено", QUARTER, AFTER, S.DONE),
    # «Крім того» before the deed, the rest of its count to come: a part, not something else
    (
        "Крім того, придбано 10 генераторів, ще 5 буде придбано у січні 2018 року",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # a count of none of what goes wrong is the work done well
    ("Кількість звернень, розглянутих з порушенням строків, – 0", QUARTER, AFTER, S.DONE),
    ("Кількість скарг – 0", QUARTER, AFTER, S.DONE),
    ("Кількість проведених засідань – 0", QUARTER, AFTER, S.NOT_DONE),
    ("Обстежено 40 % об'єктів соціальної інфраструктури", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a quarterly measure done in two months named of four quarters (each month its own)
    ("Моніторинг проведено в березні та червні", "щокварталу", AFTER, S.PARTIALLY_DONE),
    # a service given with breaks is a part of one given without; none of them, the whole
    (
        "Водопостачання здійснювалось з перебоями через відключення світла",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Перебоїв у водопостачанні не було", QUARTER, AFTER, S.DONE),
    # how a deed came about, told beside it: money not given, the work done by other means;
    # a move once made, then the deed
    ("Кошти не виділялись, ремонт проведено власними силами", QUARTER, AFTER, S.DONE),
    ("Кошти не виділялись, ремонт не проведено", QUARTER, AFTER, S.NOT_DONE),
    ("Виставку, перенесену з травня, проведено у вересні", QUARTER, AFTER, S.DONE),
    ("Перенесений на 2026 рік ремонт не проведено", QUARTER, AFTER, S.POSTPONED),
    ("Паспорти бюджетних програм не складались", QUARTER, AFTER, S.NOT_DONE),
    # the work named, then the share of its objects; a sample surveyed is no share of the work
    ("Проведено інвентаризацію 60 % земель громади", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Здійснено заміну 35% вікон у школах", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено поточний ремонт 45 % доріг", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено поточний ремонт 100 % доріг", QUARTER, AFTER, S.DONE),
    ("Проведено опитування 40 % мешканців громади", QUARTER, AFTER, S.DONE),
    ("Медогляд пройшли 87 % працівників, решта – у відпустці", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Підключено до інтернету 80 % закладів освіти", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Встановлено лічильники у 70 % будинків", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Переведено в електронну форму 55 % послуг", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Отримано дохід від оренди на 15 % більше, ніж торік", QUARTER, AFTER, S.DONE),  # a change
    ("Виплачено 65 % компенсацій", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Забезпечено укриттями 64 % закладів освіти", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "Із загальної кількості 30 бібліотек доступ до інтернету забезпечено у 21",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Видано 70 % посвідчень", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Передано 55 % справ", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Погашено 60 % заборгованості", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відшкодовано 30 % збитків", QUARTER, AFTER, S.PARTIALLY_DONE),
    # not as often as planned
    ("Зустрічі відбувалися нерегулярно", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Сайт оновлювався епізодично", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Передбачено 50 % коштів на ремонт, ремонт завершено", QUARTER, AFTER, S.DONE),
    ("Вакциновано 78 % дітей від запланованої кількості", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Навчено 60 % працівників апарату", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Оглядами охоплено 82 % учнів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Паспорти готовності отримано для 85 % котелень", QUARTER, AFTER, S.PARTIALLY_DONE),
    # counts in thousands of the thousands planned; a deed narrowed to some of those it is for
    ("Оцифровано 14 тис. архівних справ з 40 тис.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Оцифровано 40 тис. архівних справ з 40 тис.", QUARTER, AFTER, S.DONE),
    (
        "Електронний запис запроваджено лише для вузьких спеціалістів",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Роботи виконано лише в частині демонтажу", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Урни встановлено лише в центральній частині міста", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Висаджено 800 дерев із запланованих 1 500", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Висаджено 1 500 дерев із запланованих 1 500", QUARTER, AFTER, S.DONE),
    # the unit after the plan's count, nothing between the counts but the plan's word
    ("Проведено 10 із запланованих 12 семінарів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відремонтовано 3 з передбачених 5 шкіл", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Видано 7 із запланованих на рік 9 буклетів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відремонтовано 5 з передбачених 5 шкіл", QUARTER, AFTER, S.DONE),
    # in service, or not
    ("Онлайн-запис доступний на сайті лікарні", QUARTER, AFTER, S.DONE),
    ("Сервіс залишається недоступним для мешканців", QUARTER, AFTER, S.NOT_DONE),
    ("Швидкісний інтернет підключено у 60 % шкіл", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the plan's share given after it: measured against that, not the whole
    ("Охоплено 95 % дітей (план – 90 %)", QUARTER, AFTER, S.DONE),
    ("Охоплено 95 % дітей (цільовий показник – 90 %)", QUARTER, AFTER, S.DONE),
    ("Виконано на 95 % при плані 90 %", QUARTER, AFTER, S.DONE),
    ("Обстежено 92 % об'єктів, що перевищує планове значення (85 %)", QUARTER, AFTER, S.DONE),
    # or said above it, with no figure; a level of it too
    ("Охоплено 93 % учнів, що перевищує запланований показник", QUARTER, AFTER, S.DONE),
    ("Рівень охоплення – 91 %, що перевищує планове значення", QUARTER, AFTER, S.DONE),
    ("Рівень охоплення – 85 % (план – 80 %)", QUARTER, AFTER, S.DONE),
    ("Охоплено 85 % дітей (план – 90 %)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Обстежено 80 % запланованих об'єктів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Обстежено 100 % об'єктів", QUARTER, AFTER, S.DONE),
    ("Витрати на енергоносії знижено на 15 %", QUARTER, AFTER, S.DONE),  # a change, no share
    ("Заходи проводилися не лише в Сєвєродонецьку, а й у районах", QUARTER, AFTER, S.DONE),
    ("Семінар «Що не зроблено за рік» проведено", QUARTER, AFTER, S.DONE),
    ("Не проводилось, оскільки не було програм, які виконуються ІГС", QUARTER, AFTER, S.NOT_DONE),
    # partial completion
    ("Виконано частково", QUARTER, AFTER, S.PARTIALLY_DONE),
    # work begun and not yet finished, however the beginning is worded
    ("Роботи з благоустрою скверу розпочались у листопаді", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Стартувало облаштування укриття в школі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Уклали договір підряду, роботи розпочнуто", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Підрядна організація приступила до робіт у грудні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("До облаштування укриття так і не приступили", QUARTER, AFTER, S.NOT_DONE),
    ("Підрядник приступить до робіт навесні", QUARTER, AFTER, S.POSTPONED),
    ("Договір підписано, будівельники приступили до робіт", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт даху розпочався у жовтні та завершився в грудні", QUARTER, AFTER, S.DONE),
    # how long a past event lasted tells it took place; work that goes on is still going on
    ("Акція тривала з 1 по 30 листопада, зібрано 2 т макулатури", QUARTER, AFTER, S.DONE),
    ("Виставка тривала два тижні", QUARTER, AFTER, S.DONE),
    ("Ремонт триває з 1 листопада", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід виконано не в повному обсязі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Роботи виконані не в повному об'ємі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід виконано неповністю", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід виконано майже повністю", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Здійснено окремі заходи", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконано окремі види робіт", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт виконано на окремих ділянках", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Реалізовано окремі проєкти", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Для ветеранів організовано окремий захід", QUARTER, AFTER, S.DONE),  # one apart
    ("Не всі заходи проведено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено лише частину запланованих заходів", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a fraction of the work done; a half of the year is no fraction of it
    ("Роботи тривають, виконано понад половину", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Третину коштів освоєно", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відремонтовано більшу частину доріг", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Облаштовано частину зупинок, решту — наступного року", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Частина тротуарів відремонтована", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Вимоги виконано в частині обліку майна", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Зміни внесено в частину 3 Положення про відділ", QUARTER, AFTER, S.DONE),
    # a budget's side is no part of the work: the share decides
    ("Дохідну частину загального фонду виконано на 103,4 %", QUARTER, AFTER, S.DONE),
    ("Видаткову частину бюджету виконано на 96 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a deed narrowed by «лише» to a part of the work; not «не лише», nor «лише у грудні»
    ("Через брак коштів виготовлено лише проєктну документацію", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Лише обстежено дах, ремонт не розпочато", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Тренінги проведено не лише для старост, а й для депутатів", QUARTER, AFTER, S.DONE),
    ("Укриття облаштовано лише в листопаді", QUARTER, AFTER, S.DONE),
    # the work of every day: done, weakly, as routine
    ("На обліку служби перебуває 37 дітей", QUARTER, AFTER, S.DONE),
    ("У робочому порядку", QUARTER, AFTER, S.DONE),
    ("Поточна робота відділу", QUARTER, AFTER, S.DONE),
    ("Кошти заходу спрямовано на потреби Сил оборони", QUARTER, AFTER, S.NOT_DONE),
    ("Можливість проведення конкурсу в поточному році відсутня", QUARTER, AFTER, S.NOT_DONE),
    (
        "Укриття не облаштовано: кошти спрямовано на першочергові потреби оборони",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    # harm done to a place is no deed of the executor
    ("Внаслідок обстрілу будівлю клубу пошкоджено, ремонт зупинено", QUARTER, AFTER, S.POSTPONED),
    ("Знищено амброзію на площі 5 га", QUARTER, AFTER, S.DONE),
    # begun and not finished is a part; not finished alone says no more than not done
    ("Ремонт клубу розпочато, проте не завершено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт клубу не завершено", QUARTER, AFTER, S.NOT_DONE),
    # sent back to be done again, unless the same sentence tells it was then adopted
    (
        "Проєкт розглянуто, прийнято рішення про його доопрацювання",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Положення повернуто для доопрацювання", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Положення повернуто для доопрацювання, доопрацьовано та затверджено", QUARTER, AFTER, S.DONE),
    (
        "Звіт оприлюднено у строк, визначений у частині другій статті 15 Закону",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Семінар проведено в другій половині листопада", QUARTER, AFTER, S.DONE),
    (
        "Довідник створено. Видання не здійснювалося у зв’язку з відсутністю коштів",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Проєкт розроблено, але не затверджено", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a call no one answered came to nothing, as a purchase no one bid for
    (
        "Конкурс оголошено, проте жодна організація не подала заявки",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    # postponement
    ("Фінансування перенесено на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    ("Захід відкладено на наступний рік", QUARTER, AFTER, S.POSTPONED),
    ("Відтерміновано до 2019 року", QUARTER, AFTER, S.POSTPONED),
    ("Цей захід включено до плану роботи на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    # more of the same in a later year: this one is done; more without a year: not yet
    ("Проведено 2 вебінари, у 2018 році заплановано ще 4", QUARTER, AFTER, S.DONE),
    ("Проведено 2 вебінари, планується провести ще 4", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the same work gone on with in a later year: this one is done
    ("Проведено 4 семінари. У 2018 році планується продовжити навчання", QUARTER, AFTER, S.DONE),
    (
        "Проведено 4 семінари; аналогічні заходи будуть проведені і в наступному році",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Планується продовжити будівництво у 2018 році", QUARTER, AFTER, S.PARTIALLY_DONE),
    # something besides in a later year: this one is done; the rest of it in a later year: not
    ("Видано 3 збірки. Крім того, на 2018 рік заплановано конкурс", QUARTER, AFTER, S.DONE),
    ("Ran 4 clinics. Additionally, a helpline is planned for 2018", QUARTER, AFTER, S.DONE),
    (
        "Облаштовано 2 укриття. Крім того, у 2018 році заплановано завершити третє",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Тему включено до плану роботи ради", QUARTER, AFTER, S.DONE),  # the deed itself
    ("Строк виконання продовжено до 2018 року", QUARTER, AFTER, S.POSTPONED),
    # a thing's validity extended is a deed, not the term moved
    ("Продовжено строк дії угоди про партнерство до 2019 року", QUARTER, AFTER, S.DONE),
    ("Строк дії угоди продовжено до 2019 року", QUARTER, AFTER, S.DONE),
    ("Договір оренди продовжено на 5 років", QUARTER, AFTER, S.DONE),  # a thing's term
    ("Виконання заходу продовжено на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    # money set aside and never spent is no deed
    ("Передбачено 500,0 тис. грн, фактично не використано", QUARTER, AFTER, S.NOT_DONE),
    ("Передбачено 150,0 тис. грн, фактично кошти не виділялись", QUARTER, AFTER, S.NOT_DONE),
    # money that never came, and money set aside for later: no deed of the measure
    (
        "Фінансування у звітному році не здійснювалося, на наступний рік передбачено 80 тис. грн",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Виділено 200 тис. грн, кошти не освоєно", QUARTER, AFTER, S.NOT_DONE),
    # the sum set aside named first, then the sum spent
    ("З передбачених 500 тис. грн використано 210 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Із запланованих на захід 80,0 тис. грн освоєно 80,0 тис. грн", QUARTER, AFTER, S.DONE),
    # the term's complements between it and its verb
    ("Термін виконання заходу продовжено до 30.06.2018", QUARTER, AFTER, S.POSTPONED),
    ("Строк реалізації проєкту продовжено на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    ("Конкурс проведено, фінансування перенесено на 2018 рік", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Буде проведено у 2018 році", QUARTER, AFTER, S.POSTPONED),
    ("Проведено 2 з 4 запланованих засідань", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 4 з 4 засідань", QUARTER, AFTER, S.DONE),
    ("Проведено 0 з 4 засідань", QUARTER, AFTER, S.NOT_DONE),  # none of them
    ("0 з 4 засідань проведено", QUARTER, AFTER, S.NOT_DONE),  # none, before the verb
    ("0 out of 4 consultations were held", QUARTER, AFTER, S.NOT_DONE),
    ("0,4 км доріг відремонтовано", QUARTER, AFTER, S.DONE),  # a decimal, not none
    # items answered yes or no after a dash
    ("Ремонт даху – так; заміна вікон – ні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Генератор – придбано; лавки – ні; аптечки – придбано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт даху – ні", QUARTER, AFTER, S.NOT_DONE),
    ("Ремонт даху – так", QUARTER, AFTER, S.DONE),
    # what a reason's brackets tell is still the reason
    (
        "Не розроблявся у зв'язку з відсутністю потреби (питання врегульовано законодавством)",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Не проведено через карантин (заклади закрито)", QUARTER, AFTER, S.NOT_DONE),
    ("Ні коштів, ні матеріалів не отримано", QUARTER, AFTER, S.NOT_DONE),  # no answer
    ("Кошти в сумі 150,0 тис. грн освоєно", QUARTER, AFTER, S.DONE),  # a decimal's tail
    ("Цільового значення не досягнуто: 0 з 5", QUARTER, AFTER, S.NOT_DONE),
    # the whole's noun after it begins as «по», «до» do («з 1 по 5» is days)
    ("Навчання пройшли 17 з 30 посадових осіб", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Укриття облаштовано в 5 із 11 дошкільних закладів", QUARTER, AFTER, S.PARTIALLY_DONE),
    # counts in thousands, their groups apart
    ("Опрацьовано 1 150 з 1 300 заяв", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Видано 2 400 з 2 400 посвідчень", QUARTER, AFTER, S.DONE),
    # a kind of events not held beside a deed is a part, not the measure undone
    ("Угоду підписано, проте спільні заходи не проводились", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Угоду підписано, проте заходи не проводились", QUARTER, AFTER, S.NOT_DONE),
    # the executor's one application turned down; applications of a contest weighed
    ("Заявку на грант відхилено донором", QUARTER, AFTER, S.NOT_DONE),
    ("Дві заявки відхилено, п'ять підтримано", QUARTER, AFTER, S.DONE),
    # the measure done in its term, the work going on in a later year: done
    ("Виконано у 2017 році, продовжується у 2018 році", QUARTER, AFTER, S.DONE),
    ("Проведено 2 етапи, роботи продовжуються у 2018 році", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the executor's word of the work, by its noun after a verb of telling
    ("Відповідальний виконавець повідомив про виконання заходу", QUARTER, AFTER, S.DONE),
    ("Відділ повідомив про неможливість проведення конкурсу", QUARTER, AFTER, S.NOT_DONE),
    # only events, each with its day in brackets: held
    ("Флешмоб (12.10), урочисте зібрання (14.10)", QUARTER, AFTER, S.DONE),
    # a report by periods: the last period's word stands over work going on before it
    ("Жовтень: Розпочато\n\nЛистопад: Триває\n\nГрудень: Сайт оновлено", QUARTER, AFTER, S.DONE),
    (
        "Жовтень: Розпочато\n\nЛистопад: Стенди виготовлено\n\nГрудень: Триває монтаж",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # items by period: the counts of some beside failures of others are a part done
    (
        "Жовтень – 3 семінари; листопад – не проводились; грудень – 2 семінари",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Жовтень – не проводились;\nлистопад – не проводились", QUARTER, AFTER, S.NOT_DONE),
    # an aside in brackets between the count done and the plan's
    ("Проведено 1 засідання (жовтень) із 2 запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 2 засідання (протоколи № 1, 2) з 4.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 2 засідання (жовтень, грудень) з 2 запланованих", QUARTER, AFTER, S.DONE),
    # the sum planned, and nothing spent (the sum written once)
    ("План – 50,0 тис. грн, факт – 0.", QUARTER, AFTER, S.NOT_DONE),
    ("План – 50,0 тис. грн, факт – 20,5", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("План – 50,0 тис. грн, факт – 50,0; роботи завершено", QUARTER, AFTER, S.DONE),
    ("Засідання проведено 5 з 12 травня", QUARTER, AFTER, S.DONE),
    ("Реалізацію заходу призупинено до завершення воєнного стану", QUARTER, AFTER, S.POSTPONED),
    ("Захід на виконанні", QUARTER, DURING, S.IN_PROGRESS),
    (  # what another reported weighs less than the executor's own words
        "The Ministry reported that the law has been adopted; implementation has not started",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Звернень не надходило", QUARTER, AFTER, S.DONE),
    # what the measure was to give never came: not done; no one asked for it: nothing to do
    ("Медичне обладнання від постачальника не надійшло", QUARTER, AFTER, S.NOT_DONE),
    ("Санаторні путівки протягом року не надходили", QUARTER, AFTER, S.NOT_DONE),
    ("Очікуємо на виділення коштів з обласного бюджету", QUARTER, AFTER, S.NOT_DONE),
    ("Awaiting funding from the regional budget", QUARTER, AFTER, S.NOT_DONE),
    ("Заявок на отримання путівок не надходило", QUARTER, AFTER, S.DONE),
    # work going on whose end is to come in a later year is no routine of the year
    (
        "Центр облаштовується, відкриття заплановано на березень 2018 року",
        "протягом року",
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # a thing in the making is unfinished after a year's term, unless made as a routine
    ("Проєктна документація виготовляється", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Генеральний план розробляється", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Приміщення відремонтовано, обладнання закуповується", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The draft law was registered in Parliament", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Енергоощадні заходи впроваджуються постійно", "протягом року", AFTER, S.DONE),
    # work going on behind its schedule is unfinished, not a year's routine; done late is done
    ("Захід виконується із затримкою", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Захід виконується із затримкою", "протягом року", DURING, S.IN_PROGRESS),
    ("Implementation is ongoing with delays", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Виконується без затримок", "протягом року", AFTER, S.DONE),
    ("Виконано з відставанням від графіка", "протягом року", AFTER, S.DONE),
    # another body as the subject: its deed weighs less than the executor's own words
    (
        "Президент підписав указ, однак Міністерство не розробило проєкт постанови",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("The Parliament adopted the law, but no bylaws were drafted", QUARTER, AFTER, S.NOT_DONE),
    ("Укладено 3 договори з 5 запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Встановлено ліфти у 2 корпусах з 6", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("У 12 громадах з 17 створено центри безпеки", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the reason a failure gives after it is no deed of the measure, until the report goes on
    ("Курси не проведено, оскільки викладача мобілізовано", QUARTER, AFTER, S.NOT_DONE),
    ("Засідання не відбулося, бо зал пошкоджено обстрілом", QUARTER, AFTER, S.NOT_DONE),
    ("The fair was not held because the square was closed", QUARTER, AFTER, S.NOT_DONE),
    ("The survey was not done as the budget was cut", QUARTER, AFTER, S.NOT_DONE),
    ("Оскільки автобус зламано, екскурсію не організовано", QUARTER, AFTER, S.NOT_DONE),
    ("Since the hall was flooded, the concert was not held", QUARTER, AFTER, S.NOT_DONE),
    (
        "Дах не перекрито, оскільки підрядник зірвав строки, але вікна замінено",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # a process that ends, said going on after the term: unfinished
    (
        "Робота з оформлення паспортів триває, оформлено 9 паспортів",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Проведено 4 зустрічі, робота з населенням триває", QUARTER, AFTER, S.DONE),
    ("Проводиться модернізація котельні, встановлено 2 котли", QUARTER, AFTER, S.PARTIALLY_DONE),
    # done as asked: a duty carried on whenever it is called for
    ("Консультації надаються у міру надходження звернень", QUARTER, AFTER, S.DONE),
    # «заплановані» after a deed names what was done; «більшість» of them is a part
    ("Проведено заплановані 6 вебінарів", QUARTER, AFTER, S.DONE),
    ("Організовано не лише заплановані 3 екскурсії, а й 2 додаткові", QUARTER, AFTER, S.DONE),
    ("Більшість запланованих перевірок проведено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відремонтовано більшість зупинок", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Після реорганізації закладу захід втратив свою актуальність", QUARTER, AFTER, S.CANCELLED),
    # taken off the list as done, not called off
    ("Захід вважати виконаним та зняти з контролю", QUARTER, AFTER, S.DONE),
    # English work in the making, and a count of the plan's that "took place"
    ("A task force was set up and is drafting the roadmap", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Of the 8 planned hearings, 5 took place", QUARTER, AFTER, S.PARTIALLY_DONE),
    # an adverb between the negation and its cue
    ("The register was created but is not publicly available", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The concept was not formally approved", QUARTER, AFTER, S.NOT_DONE),
    # called off, in English; a share of the objects worked on, in English
    ("The hackathon was dropped from this year's agenda", QUARTER, AFTER, S.CANCELLED),
    ("About 70% of the clinics have been equipped", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("100% of the clinics have been equipped", QUARTER, AFTER, S.DONE),
    ("45% of the laptops have been delivered", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Only 30% of the grant funds were disbursed", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a standard as the plan; a level of an indicator; the fact beside the plan's value;
    # decimal counts of a whole, whose commas split the text's runs
    ("Охоплено 91 % дітей при нормативі 95 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Рівень виконання індикатора – 72,5 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Фактичне значення показника – 9 од. (планове – 12 од.)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Фактичне значення показника – 12 од. (планове – 12 од.)", QUARTER, AFTER, S.DONE),
    ("Прокладено 1,5 км мереж з 4 км", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a forecast or a target as the plan, a few words after the count
    ("Учасників – 240 осіб (прогноз – 300 осіб)", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "Відкрито 15 нових груп у закладах дошкільної освіти (ціль – 20)",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    (
        "Досягнуте значення індикатора: 48 %; цільове значення: 60 %",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Використано 2,0 млн грн із 2,0 млн грн передбачених", QUARTER, AFTER, S.DONE),
    # the need as the plan; those obliged as the whole; a share done with what it was done with
    ("Асфальтом покрито 2 400 кв. м при потребі 6 000 кв. м", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відремонтовано 9 км мереж при потребі 9 км", QUARTER, AFTER, S.DONE),
    ("Звіти подали 48 керівників із 52 зобов'язаних", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Укомплектовано меблями 70 % кабінетів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Охоплено щорічними медоглядами 88 % працівників", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Охоплено щорічними медоглядами понад 88 % працівників", QUARTER, AFTER, S.DONE),
    ("Виконано роботи на 35 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Резерв пального сформовано на 60 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the whole, a clause of what it needs, then the count done
    ("З 9 амбулаторій, що потребують ремонту, відремонтовано 4.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Із 20 сіл, де немає газу, газифіковано 6", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("З 6 шкіл, які потребують укриттів, укриття облаштовано у 6", QUARTER, AFTER, S.DONE),
    ("У 5 районах роботи завершено, у 2 – тривають", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("На одному об'єкті ремонт завершено, на двох – триває", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "На 3 об'єктах ремонт завершено, на 2 об'єктах роботи тривають",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # what was due, and what was planned, told in the past: neither a deed nor a plan to come
    ("Семінар мав бути проведений у жовтні, але не відбувся", QUARTER, AFTER, S.NOT_DONE),
    (
        "Мало бути відремонтовано 10 км доріг, фактично відремонтовано 6 км",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Відремонтовано 10 км доріг, як і планувалося", QUARTER, AFTER, S.DONE),
    ("Навчання проведено, хоча планувалося у ІІІ кварталі", QUARTER, AFTER, S.DONE),
    ("Проведено 3 тренінги з 17 учасниками", QUARTER, AFTER, S.DONE),
    ("Рівень виконання заходу – 60 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконання показника – 60 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконання плану становить 60 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконання показника – 100 %", QUARTER, AFTER, S.DONE),
    ("Учасників – 45 осіб замість запланованих 60", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відсоток виконання: 100 %", QUARTER, AFTER, S.DONE),
    ("Роботи виконано на 0 %", QUARTER, AFTER, S.NOT_DONE),
    ("Відзначено 4 учнів з 7 класу", QUARTER, AFTER, S.DONE),
    # a share of the work done below 100 %; a change by a share is no such thing
    ("Ремонтні роботи виконано на 70 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виділені кошти освоєно лише на 62,4 відсотка", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Передбачені кошти освоєно на 100 %", QUARTER, AFTER, S.DONE),
    # less money than planned, the work told whole: the money saved, not the work cut
    ("Кошти освоєно на 80 %, усі роботи виконано в повному обсязі.", QUARTER, AFTER, S.DONE),
    ("Оснащено всі 6 укриттів. Профінансовано 85 % від плану.", QUARTER, AFTER, S.DONE),
    (
        "Профінансовано частково (80 %), проте всі 6 укриттів оснащено за рахунок економії",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Кошти освоєно на 50 %, не всі роботи виконано.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Кошти освоєно на 50 %, все інше буде зроблено згодом.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Профінансовано 60 %. Оснащено 5 укриттів з 8.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Кількість відвідувачів збільшено на 20 %", QUARTER, AFTER, S.DONE),
    ("Construction is 85% complete", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a decision's number and its date are no share; a count of mayors is
    ("The plan was adopted by decision No. 12 of 20 February 2025", QUARTER, AFTER, S.DONE),
    ("Meetings were held with 3 of 5 mayors", QUARTER, AFTER, S.PARTIALLY_DONE),
    # no sanction called for after the checks, as no breach found
    ("Перевірки проведено, приписів не видавалось", QUARTER, AFTER, S.DONE),
    ("Штрафних санкцій не застосовувалось", QUARTER, AFTER, S.DONE),
    ("Посвідчення не видавались", QUARTER, AFTER, S.NOT_DONE),
    # what hindered the work, or did not, is no deed of it
    ("Мораторій не перешкодив: проведено 12 позапланових перевірок", QUARTER, AFTER, S.DONE),
    ("Воєнний стан не вплинув на виконання, проведено 4 семінари", QUARTER, AFTER, S.DONE),
    # no money, its noun first
    ("Фінансування відсутнє", QUARTER, AFTER, S.NOT_DONE),
    ("Касові видатки відсутні", QUARTER, AFTER, S.NOT_DONE),
    ("Кошти на виконання заходу відсутні", QUARTER, AFTER, S.NOT_DONE),
    ("Заборгованість з виплати коштів відсутня", QUARTER, AFTER, S.DONE),
    ("Не було коштів", QUARTER, AFTER, S.NOT_DONE),
    ("Значною мірою реалізовано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід виконано на 2/3.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід виконано на 3/3.", QUARTER, AFTER, S.DONE),
    ("Виконано наполовину", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a kind of aid, not a part of the work
    ("Часткову компенсацію відсотків за кредитами отримали 9 підприємців", QUARTER, AFTER, S.DONE),
    ("Проведено частковий ремонт даху", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконано в обмеженому обсязі через брак коштів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 8 заходів замість 10 запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "Використано 450,0 тис. грн при запланованих 900,0 тис. грн",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Освоєно 450 тис. грн (план – 900 тис. грн)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виплачено 450 тис. грн при плані 900 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відшкодовано 450 тис. грн з 900 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виплачено 900 тис. грн при плані 900 тис. грн", QUARTER, AFTER, S.DONE),
    ("Освоєно 900 тис. грн (план – 900 тис. грн)", QUARTER, AFTER, S.DONE),
    # a share of a cost named as a size is the part paid, not of the work
    ("Співфінансування забезпечено в обсязі 10 % вартості проєкту", QUARTER, AFTER, S.DONE),
    ("Роботи виконано на 60 % вартості", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the need, then the sum spent on it
    (
        "Потреба становила 900 тис. грн, профінансовано 610 тис. грн",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Потреба – 900 тис. грн, використано 610 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("При потребі 900 тис. грн освоєно 610 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Потреба становила 900 тис. грн, профінансовано 900 тис. грн", QUARTER, AFTER, S.DONE),
    ("Оздоровлено 940 дітей із 1 200 запланованих", QUARTER, AFTER, S.PARTIALLY_DONE),
    # of those damaged, all to mend
    ("Відновлено 3 мости з 5 пошкоджених", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("З 5 зруйнованих мостів відновлено 3", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ліквідовано 14 стихійних сміттєзвалищ з 20 виявлених", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Оприлюднено 120 рішень зі 156 прийнятих", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Із запланованих 4 радіопередач вийшло 2", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("З передбачених програмою 10 заходів проведено 7", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Із запланованих 4 радіопередач вийшло 4", QUARTER, AFTER, S.DONE),
    ("Видано 3 дозволи з 5 отриманих заяв", QUARTER, AFTER, S.DONE),  # a choice among them
    ("Оновлено 60 % автобусного парку", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Оздоровлено 1 200 дітей із 1 200 запланованих", QUARTER, AFTER, S.DONE),
    ("Проведено 14 заходів замість 10", QUARTER, AFTER, S.DONE),
    ("Замість запланованих 6 ярмарків відбулося 3", QUARTER, AFTER, S.PARTIALLY_DONE),
    # work going on beyond the measure, after it was done; the rest of it, in a later year
    (
        "Ярмарок проведено. Подальша робота здійснюватиметься за новою програмою",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Ярмарок проведено. Робота проводитиметься й надалі", QUARTER, AFTER, S.DONE),
    (
        "Частину робіт виконано. Подальші роботи буде виконано у 2018 році",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # the plan's count told in a sentence of its own, then what was done of it
    ("Заплановано 6 ярмарків. Проведено 6.", QUARTER, AFTER, S.DONE),
    ("Заплановано 6 ярмарків. Проведено всі.", QUARTER, AFTER, S.DONE),
    ("Планувалося провести 6 ярмарків. Проведено 4.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Заплановано 2 ярмарки на 2018 рік. Проведено 3 наради.", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the whole first, then the count done after a comma, or its subject between
    ("З 20 запланованих будинків, ремонт завершено на 14", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Із 9 шкіл, визначених програмою, укриття облаштовано у 6", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("На 14 будинках з 20 ремонт завершено", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the rest of the places still in work, carried over, or a fraction done
    ("Ремонт завершено у 14 будинках, на решті 6 – триває", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт завершено у 14 будинках, в інших – триває", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Завершено 14 будинків; 6 перехідні на 2018 рік", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Будинок перехідний на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    ("Ремонт перехідного будинку завершено", QUARTER, AFTER, S.DONE),
    ("Програму виконано на третину", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Програму реалізовано на дві третини", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Замість 6 запланованих ярмарків відбулося 6", QUARTER, AFTER, S.DONE),
    # «частково» cut short, before or after the deed, in a dense table
    ("Част. виконано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Реалізовано частк. (див. примітку)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Коштів не було", QUARTER, AFTER, S.NOT_DONE),
    ("Заборгованості з виплати коштів не було", QUARTER, AFTER, S.DONE),
    ("Порушень не було", QUARTER, AFTER, S.DONE),
    ("Нещасних випадків не сталося", QUARTER, AFTER, S.DONE),
    ("На об'єкті сталася аварія, роботи не завершено", QUARTER, AFTER, S.NOT_DONE),
    ("Construction is ongoing; 60% of works completed", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Equipment was purchased for 4 of the 9 hospitals", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Held 3 of the 3 planned sessions", QUARTER, AFTER, S.DONE),
    ("Of the 12 planned trainings, 7 were held", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Three of the scheduled five district forums took place", QUARTER, AFTER, S.PARTIALLY_DONE),
    # "yet to be", "still to be", "remains to be" a deed: not done
    ("The rules of procedure have yet to be approved", QUARTER, AFTER, S.NOT_DONE),
    ("The register remains to be launched", QUARTER, AFTER, S.NOT_DONE),
    (
        "The concept was adopted in April, but its action plan is still to be drafted",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Five of the planned five audits were completed", QUARTER, AFTER, S.DONE),
    ("Of the 12 trainings, 12 were held", QUARTER, AFTER, S.DONE),
    # a share of the plan, in a clause of its own; a share of something else is no such thing
    (
        "Ремонт зроблено на суму 1,2 млн грн, що становить 75 % від запланованого",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    (
        "Виплачено 40 тис. грн, або 90 відсотків передбачених коштів",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Закуплено обладнання, що складає 100 % плану", QUARTER, AFTER, S.DONE),
    (
        "Роботи виконано на 0,8 млн грн (40 % від кошторисної вартості)",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Зроблено робіт на 70 % вартості ремонту", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Equipment was delivered, 60% of the planned amount", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Обстежено 30 закладів, що на 10 % більше від торішнього", QUARTER, AFTER, S.DONE),
    # a part moved to a later year: the rest was done
    ("Частину робіт перенесено на наступний рік", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Решта закупівель перенесена на 2018 рік", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Семінар перенесено на наступний рік", QUARTER, AFTER, S.POSTPONED),
    # done but for a part: a part; «Крім того, …» and a sentence's «Крім …» add, not take away
    ("Усі заходи плану виконано, крім закупівлі генератора", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Completed, except for the second survey", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 3 семінари, крім того, видано 2 буклети", QUARTER, AFTER, S.DONE),
    # the part not done first, then all the rest done; a «крім» that adds is no part
    ("Крім закупівлі генератора, усі заходи плану виконано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Окрім озеленення, решту робіт завершено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Крім семінарів, управлінням організовано виставку", QUARTER, AFTER, S.DONE),
    ("Семінар проведено. Крім семінару, оновлено сайт", QUARTER, AFTER, S.DONE),
    # a first stage done: a part; the last or every stage done: the whole
    ("Реконструкцію ведуть поетапно; її перший етап закінчено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Збудовано І чергу водогону", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконано роботи 1 черги благоустрою парку", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Завершили підготовчий етап проєкту", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Stage 1 of the upgrade was finished", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Завершено останній етап ремонту", QUARTER, AFTER, S.DONE),
    ("Проведено обидва етапи конкурсу", QUARTER, AFTER, S.DONE),
    ("Створено реєстр і етапи його наповнення описано в наказі", QUARTER, AFTER, S.DONE),
    # a participle not in the nominative describes, never tells a plan: «від передбачених»
    ("Видатки здійснено в межах передбачених", QUARTER, AFTER, S.DONE),
    ("Проведення форуму заплановане на наступний квартал", QUARTER, DURING, S.IN_PROGRESS),
    ("Усі заплановані заходи проведено", QUARTER, AFTER, S.DONE),
    # done in part while the rest still goes on after the deadline; routine work does not count
    ("Проєкт підготовлено, триває його погодження", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The draft was submitted; its review is pending", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The draft code was written and is undergoing review", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Trained 80 inspectors (target: 100)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("12 schools joined the network (planned: 12)", QUARTER, AFTER, S.DONE),
    ("Проєкт підготовлено, триває його погодження", QUARTER, DURING, S.IN_PROGRESS),
    ("Проведено 5 засідань, моніторинг здійснюється регулярно", QUARTER, AFTER, S.DONE),
    ("Проведено 5 навчань; здійснюється моніторинг", QUARTER, AFTER, S.DONE),
    ("Проведено 12 семінарів. Робота в цьому напрямку триває", QUARTER, AFTER, S.DONE),
    ("Training was delivered; work in this area continues", QUARTER, AFTER, S.DONE),
    # … after dated events, which report the work without a verb
    (
        "5 жовтня – круглий стіл; 9 грудня – форум. Робота в цьому напрямку триває",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Робота в цьому напрямку триває", QUARTER, AFTER, S.PARTIALLY_DONE),  # alone: going on
    ("Роботи розпочато у жовтні та завершено у грудні", QUARTER, AFTER, S.DONE),
    ("Договір укладено, тривають ремонтні роботи", QUARTER, AFTER, S.PARTIALLY_DONE),
    # done, and the work is to go on next year: still done; the rest planned is not
    ("Видано 3 буклети. Роботу в цьому напрямку планується продовжити", QUARTER, AFTER, S.DONE),
    ("Workshops were held; the activity will continue next year", QUARTER, AFTER, S.DONE),
    # the next of a series of events planned goes on with it; the next stage does not
    ("Відбулося 2 засідання, наступне заплановано на березень", QUARTER, AFTER, S.DONE),
    ("Проведено 4 наради; наступна нарада відбудеться у січні", QUARTER, AFTER, S.DONE),
    (
        "Розроблено проєкт, наступний етап буде реалізовано у 2018 році",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # routine work after the term: by a schedule, within one's competence
    ("Робота проводиться відповідно до затвердженого графіка", QUARTER, AFTER, S.DONE),
    ("Забезпечується в межах компетенції", QUARTER, AFTER, S.DONE),
    ("Виконується в установленому порядку", QUARTER, AFTER, S.DONE),
    ("Виконання забезпечується", QUARTER, AFTER, S.DONE),
    ("Триває ремонт в установленому порядку", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Обстежено 2 школи, решту планується обстежити у 2018 році", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Розроблено проєкт, будівництво буде продовжено у 2018 р.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проєкт направлено до міністерства для погодження", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Утворено комісію для розгляду скарг", QUARTER, AFTER, S.DONE),  # a purpose, no waiting
    (
        "Проєкт положення розроблено, наразі він проходить погодження",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Роботу з ІГС продовжено", QUARTER, DURING, S.IN_PROGRESS),
    ("Проєкт положення в стадії розробки", QUARTER, DURING, S.IN_PROGRESS),
    ("Потреби у проведенні заходу не виникало", QUARTER, AFTER, S.DONE),
    ("Виконання заходу не потребувалося", QUARTER, AFTER, S.DONE),
    ("Проведення заходу не вимагалося", QUARTER, AFTER, S.DONE),
    ("Немає потреби", QUARTER, AFTER, S.DONE),
    ("Потреба відсутня", QUARTER, AFTER, S.DONE),
    ("Потреби не було", QUARTER, AFTER, S.DONE),
    # the need or the grounds named with their complement before the verdict
    ("Необхідність у скликанні комісії відсутня", QUARTER, AFTER, S.DONE),
    ("Підстави для застосування санкцій відсутні", QUARTER, AFTER, S.DONE),
    ("Підстав для перегляду тарифів не було", QUARTER, AFTER, S.DONE),
    ("Відсутні підстави для позапланових перевірок", QUARTER, AFTER, S.DONE),
    ("Відсутні звернення мешканців", QUARTER, AFTER, S.DONE),
    ("Вакансій педагогічних працівників немає", QUARTER, AFTER, S.DONE),  # none left to fill
    ("Не проводилось через відсутність потреби", QUARTER, AFTER, S.NOT_DONE),
    # the measure itself said not done outweighs what was done around it; one of its
    # parts not done does not; «не виконано в повному обсязі» is done in part
    ("Захід не виконувався. Потреба в коштах врахована у запиті", QUARTER, AFTER, S.NOT_DONE),
    ("Проведено 3 семінари. Четвертий не виконано", QUARTER, AFTER, S.PARTIALLY_DONE),
    # not done, and to be done in a later year: postponed; a plan of no later year is none
    ("Кошти не виділено; захід буде виконано у 2018 році", QUARTER, AFTER, S.POSTPONED),
    ("Не виконано, реалізацію заплановано на наступний рік", QUARTER, AFTER, S.POSTPONED),
    # a matter to be considered in a later year moves no term there
    (
        "Захід не виконано, бо коштів не було. Це питання буде розглянуто під час "
        "складання бюджету на 2018 рік",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Not done; the request will be considered in the 2018 budget", QUARTER, AFTER, S.NOT_DONE),
    (
        "Funding was not allocated; the activity will be implemented in 2018",
        QUARTER,
        AFTER,
        S.POSTPONED,
    ),
    (
        "Станом на 01.01.2018 не виконано, буде виконано найближчим часом",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Захід не виконано. Планується звернутися до Мінфіну", QUARTER, AFTER, S.NOT_DONE),
    # extended into a later year; withdrawn; no longer relevant
    ("Виконання заходу продовжено на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    ("Питання знято з розгляду", QUARTER, AFTER, S.CANCELLED),
    ("Захід не актуальний", QUARTER, AFTER, S.CANCELLED),
    ("Захід відмінено", QUARTER, AFTER, S.CANCELLED),
    # a draft sent to others, in a clause of its own: it awaits them
    (
        "Підготовлено проєкт постанови, який направлено на погодження",
        QUARTER,
        DURING,
        S.IN_PROGRESS,
    ),
    ("Напрацьовано проєкт, який буде винесено на обговорення у 2018 році", QUARTER, AFTER, S.DONE),
    # … and adopted, or not, in a clause of its own: what became of it
    (
        "Розроблено і подано на розгляд уряду проєкт постанови, яку прийнято 20.11.2017",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Підготовлено проєкт рішення, який сесія не затвердила", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Законопроєкт зареєстровано у Верховній Раді України", QUARTER, DURING, S.IN_PROGRESS),
    ("Законопроєкт внесено до Верховної Ради України", QUARTER, DURING, S.IN_PROGRESS),
    ("The bill was submitted to the Verkhovna Rada", QUARTER, DURING, S.IN_PROGRESS),
    ("The draft law was sent to Parliament", QUARTER, DURING, S.IN_PROGRESS),
    ("Внесено зміни до рішення Верховної Ради", QUARTER, AFTER, S.DONE),
    ("Наказ зареєстровано в Міністерстві юстиції", QUARTER, AFTER, S.DONE),
    (
        "Проєкт повернуто Секретаріатом Кабінету Міністрів на доопрацювання, не прийнято",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Внесено 65 % записів до реєстру", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконання заходу припинено у зв'язку зі зміною закону", QUARTER, AFTER, S.CANCELLED),
    ("Реалізацію проєкту припинено", QUARTER, AFTER, S.CANCELLED),
    ("Припинено реалізацію контрафактної продукції", QUARTER, AFTER, S.DONE),  # the deed
    # a procurement cancelled is a step that failed, not the measure withdrawn
    ("Тендер скасовано", QUARTER, AFTER, S.NOT_DONE),
    # a part called off beside a part done: done in part; the measure called off: cancelled
    ("Березневий семінар проведено, жовтневий скасовано.", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "The March seminar was held; the October one was cancelled.",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Проведено нараду з підготовки. Захід скасовано.", QUARTER, AFTER, S.CANCELLED),
    # work that did not stop went on; work with interruptions was done in part
    ("Пункт працював, робота не припинялась під час відключень.", CONTINUOUS, AFTER, S.DONE),
    ("The service was not interrupted.", CONTINUOUS, AFTER, S.DONE),
    ("Пункт працював з перервами; надано 840 послуг.", CONTINUOUS, AFTER, S.PARTIALLY_DONE),
    # a lack the deed was done despite is no part left undone
    ("Попри відсутність фінансування, семінари проведено.", QUARTER, AFTER, S.DONE),
    ("Семінари проведено, незважаючи на те, що кошти не надійшли.", QUARTER, AFTER, S.DONE),
    ("Despite the lack of funding, the seminars were held.", QUARTER, AFTER, S.DONE),
    ("Через відсутність фінансування проведено 2 семінари з 4.", QUARTER, AFTER, S.PARTIALLY_DONE),
    # money labelled as none, and nothing else: none given
    ("Фінансування – відсутнє.", QUARTER, AFTER, S.NOT_DONE),
    ("Кошти: немає", QUARTER, AFTER, S.NOT_DONE),
    # a clause that ends «у роботі» tells its subject is being worked on
    ("Питання в роботі", QUARTER, DURING, S.IN_PROGRESS),
    ("Розділи 1–3 підготовлено; розділ 4 у роботі.", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("У роботі комісії взяли участь 12 осіб", QUARTER, AFTER, S.DONE),  # «in its work»
    # … but a measure no longer needed is withdrawn, whatever procurement the sentence names
    (
        "The measure is no longer relevant following the adoption of the new Law on Public "
        "Procurement",
        QUARTER,
        AFTER,
        S.CANCELLED,
    ),
    ("Проведення конкурсу недоцільне", QUARTER, AFTER, S.CANCELLED),
    # some of the events cancelled, the others held: a part; the measure cancelled by an act
    ("Відбулося 4 концерти, 2 концерти скасовано через тривоги", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Six trainings were held; three were cancelled", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Four seminars held; the remaining ones were cancelled", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Нараду проведено, решту заходів скасовано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Нараду проведено. Наказом від 02.06.2025 № 7 захід скасовано", QUARTER, AFTER, S.CANCELLED),
    ("Процедуру закупівлі відмінено, оголошено повторну", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "The procurement was cancelled; a new one will be announced in 2026",
        QUARTER,
        AFTER,
        S.POSTPONED,
    ),
    # a relative clause after a noun tells of the thing, not of the measure
    ("Проведено нараду, на якій обговорено питання, що не було вирішено", QUARTER, AFTER, S.DONE),
    # the measure named as the subject of any verb not done: «заходи не проводились»
    ("Заходи у 2017 році не проводились, оскільки заявок не надійшло", QUARTER, AFTER, S.NOT_DONE),
    ("Захід не проводився, проте розроблено методичку", QUARTER, AFTER, S.NOT_DONE),
    (
        "The activity was not carried out, but a concept note was drafted",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("У межах заходу проведено 2 тренінги, третій не проводився", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт не виконано в повному обсязі", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a call no one answered: done in part; a finding after «проте» is still a finding
    ("Грант оголошено, однак заявок не надійшло", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Рейд проведено, проте порушень не виявлено", QUARTER, AFTER, S.DONE),
    # «не встановлено»: a thing not installed fails; nothing found (money named or not) not
    ("Дорожні знаки не встановлено через затримку постачання", QUARTER, AFTER, S.NOT_DONE),
    ("Фактів нецільового використання коштів не встановлено", QUARTER, AFTER, S.DONE),
    # a tender announced is a purchase under way; without bids it bought nothing
    ("The tender was announced, but no bids were received", QUARTER, AFTER, S.NOT_DONE),
    ("Відсутнє фінансування", QUARTER, AFTER, S.NOT_DONE),
    ("No activities were carried out in 2017", QUARTER, AFTER, S.NOT_DONE),
    ("The council was formed, but no sessions were convened", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Work on the registry was suspended", QUARTER, AFTER, S.POSTPONED),
    ("The helpline has been operational since October", QUARTER, AFTER, S.DONE),
    ("The agency is currently revising the guidelines", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a document awaiting others' approval, whoever approves it, in a relative clause too
    (
        "The agency drafted rules, which are pending approval by the Cabinet",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("The board met twice; its final report is in preparation", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The agency is working on the guidelines", QUARTER, DURING, S.IN_PROGRESS),
    ("The register opened and is currently used by 9 towns", QUARTER, AFTER, S.DONE),
    ("The bill was passed in the first reading", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Законопроєкт ухвалено в першому читанні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Законопроєкт ухвалено в першому читанні", QUARTER, DURING, S.IN_PROGRESS),
    ("The bill passed first reading in May", QUARTER, AFTER, S.PARTIALLY_DONE),
    # waiting on another body's answer or approval: not yet done
    ("Очікується відповідь обласної військової адміністрації", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Лист надіслано до Мінфіну, очікуємо погодження", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Документ перебуває в очікуванні підпису", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проєкт направлено до Мінфіну, погодження очікується", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the executor asks that the measure be taken as done, or says it cannot be
    ("Пропонується вважати пункт плану виконаним", QUARTER, AFTER, S.DONE),
    ("Вважати виконаним", QUARTER, AFTER, S.DONE),
    ("Захід не може вважатися виконаним", QUARTER, AFTER, S.NOT_DONE),
    ("Пункт не можна вважати реалізованим", QUARTER, AFTER, S.NOT_DONE),
    # a level stated with the noun of the deed, all of it as well as part of it
    ("Виконання 100 %", QUARTER, AFTER, S.DONE),
    ("Освоєння коштів 100%", QUARTER, AFTER, S.DONE),
    ("Виконання 35 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a deed given as the cause of a failure after it is no part of the measure done
    (
        "На час воєнного стану масові заходи заборонено, тому ярмарок не проводився",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Public events were banned, so the fair was not held", QUARTER, AFTER, S.NOT_DONE),
    # the holding of events banned, alone: none was held; a ban that is the measure is done
    ("Через безпекову ситуацію проведення ярмарків заборонено", QUARTER, AFTER, S.NOT_DONE),
    (
        "Holding of concerts was prohibited by the military administration",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Торгівлю з рук біля ринку заборонено рішенням виконкому", QUARTER, AFTER, S.DONE),
    # submitted for approval, and a later sentence tells it was approved: done
    (
        "Проєкт програми подано на розгляд сесії. Програму затверджено рішенням ради",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("The rules were sent for approval. They were approved in May", QUARTER, AFTER, S.DONE),
    ("Проєкт подано на погодження. Отримано зауваження", QUARTER, AFTER, S.PARTIALLY_DONE),
    # some of the measure's parts not done: the rest, left unsaid, was
    ("Частина виїзних прийомів не відбулася через тривоги", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Деякі ділянки дороги не відремонтовано", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Some of the planned visits were not carried out", QUARTER, AFTER, S.PARTIALLY_DONE),
    # turned down, or withdrawn
    ("Отримано відмову обласної адміністрації", QUARTER, AFTER, S.NOT_DONE),
    ("Проєкт положення відхилено виконавчим комітетом", QUARTER, AFTER, S.NOT_DONE),
    ("Проєкт рішення відкликано", QUARTER, AFTER, S.CANCELLED),
    ("Захід не підлягає виконанню у зв'язку зі зміною закону", QUARTER, AFTER, S.CANCELLED),
    ("Потреба в облаштуванні майданчика відпала", QUARTER, AFTER, S.CANCELLED),
    # no one asked for what the measure offers, as «звернень не надходило»
    ("Протягом року ніхто з мешканців не звертався", QUARTER, AFTER, S.DONE),
    # all but a part, or not everywhere
    ("Не виконано в частині будівництва спортзалу", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Виконано в частині розроблення проєкту", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт виконано, за винятком заміни дверей", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Не в усіх селах проведено сходи громадян", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("All sessions were held except for the last one", QUARTER, AFTER, S.PARTIALLY_DONE),
    # what must (or is to) be done is still to be done
    ("Ремонт має бути завершено до кінця 2018 року", QUARTER, AFTER, S.POSTPONED),
    ("Роботи мають розпочатися навесні 2018 року", QUARTER, AFTER, S.POSTPONED),
    ("The rules should be adopted in 2018", QUARTER, AFTER, S.POSTPONED),
    ("The rules are expected to be approved in 2018", QUARTER, AFTER, S.POSTPONED),
    ("The new website is under construction", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The register is in the process of implementation", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The rules have been adopted", QUARTER, AFTER, S.DONE),
    ("The guide can be downloaded from the council's website", QUARTER, AFTER, S.DONE),
    ("14 березня відбулася нарада", QUARTER, AFTER, S.DONE),
    # a count written as a label and its figure
    ("Засідань комісії проведено: 0", QUARTER, AFTER, S.NOT_DONE),
    ("Засідань комісії проведено: 3", QUARTER, AFTER, S.DONE),
    ("Кількість виданих довідок – 58", QUARTER, AFTER, S.DONE),
    # «окремі» is "separate" as often as "some": no part of the measure
    ("Окремих коштів на захід не виділено, його не виконано", QUARTER, AFTER, S.NOT_DONE),
    ("Ярмарок проведено у травні; осінній ярмарок не проводився", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The measure lost its relevance", QUARTER, AFTER, S.CANCELLED),
    ("Target met", QUARTER, AFTER, S.DONE),
    ("Target not met", QUARTER, AFTER, S.NOT_DONE),
    ("Significant progress", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The regulation entered into force", QUARTER, AFTER, S.DONE),
    ("Substantial progress: two of three milestones achieved", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Limited progress was made due to the war", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("No progress", QUARTER, AFTER, S.NOT_DONE),
    ("The online service is up and running", QUARTER, AFTER, S.DONE),
    ("The new website went live in December", QUARTER, AFTER, S.DONE),
    ("The portal is live since 1 December", QUARTER, AFTER, S.DONE),
    ("The portal is in beta testing", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The audit covered 60% of the property register", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Vaccination coverage reached 100%", QUARTER, AFTER, S.DONE),
    # ahead: "on track to be", "due to be"; a count against the target; struck off the plan
    ("On track to be completed in 2018", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The system is due to be launched in March 2018", QUARTER, AFTER, S.POSTPONED),
    ("The guidelines have yet to be developed", QUARTER, AFTER, S.NOT_DONE),
    ("750 beneficiaries reached against a target of 1,000", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("1,000 beneficiaries reached against a target of 1,000", QUARTER, AFTER, S.DONE),
    ("Activity removed from the workplan after the review", QUARTER, AFTER, S.CANCELLED),
    ("The forum is no longer needed", QUARTER, AFTER, S.CANCELLED),
    ("Not needed anymore since the law regulates it", QUARTER, AFTER, S.CANCELLED),
    ("The procedure is not required any longer", QUARTER, AFTER, S.CANCELLED),
    (
        "Implemented with limitations: only online trainings were held",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Implemented to a limited extent", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("None of the planned workshops took place", QUARTER, AFTER, S.NOT_DONE),
    ("Neither of the two planned forums took place", QUARTER, AFTER, S.NOT_DONE),
    ("Piloted in 4 districts out of 17", QUARTER, AFTER, S.PARTIALLY_DONE),
    # an English count's thousands set apart by a comma, which ends no clause
    ("640 of the planned 1,500 teachers completed the course", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Trained 1,250 out of 2,000 social workers", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("640 teachers out of 1,500 were trained", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Out of 1,500 planned, 640 teachers were trained", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the plan named after its noun; the past without «were»; a count that is no deed
    (
        "Out of 400 social workers planned, 260 have completed the course",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Of the 30 hubs foreseen, 18 opened their doors", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Of the 30 hubs foreseen, 18 started operating", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Of the 90 participants trained, 40 were women", QUARTER, AFTER, S.DONE),
    ("1,500 of the 1,500 planned teachers were trained", QUARTER, AFTER, S.DONE),
    ("Rolled out nationwide in November 2017", QUARTER, AFTER, S.DONE),
    # the money stopped, not the work moved
    ("The trainings were not held as the grant funding was suspended", QUARTER, AFTER, S.NOT_DONE),
    # the term missed, a law vetoed or blocked, a contract ended, the money cut: not done
    ("The deadline was missed", QUARTER, AFTER, S.NOT_DONE),
    ("The draft law was vetoed", QUARTER, AFTER, S.NOT_DONE),
    ("The draft has been blocked by the opposition", QUARTER, AFTER, S.NOT_DONE),
    ("The contract with the supplier was terminated", QUARTER, AFTER, S.NOT_DONE),
    ("Funding for the programme was cut", QUARTER, AFTER, S.NOT_DONE),
    ("Access to 40 illegal websites was blocked", QUARTER, AFTER, S.DONE),  # a deed
    ("Nothing was done", QUARTER, AFTER, S.NOT_DONE),
    ("Funding for the portal was denied", QUARTER, AFTER, S.NOT_DONE),
    ("Funds were withheld by the Treasury", QUARTER, AFTER, S.NOT_DONE),
    ("The launch was derailed by cyberattacks", QUARTER, AFTER, S.NOT_DONE),
    ("The plan was shelved", QUARTER, AFTER, S.POSTPONED),
    ("Work on the register has yet to begin", QUARTER, AFTER, S.NOT_DONE),
    ("Work on the register has yet to begin", QUARTER, DURING, S.NOT_DUE),
    ("All activities completed; nothing remains to be done", QUARTER, AFTER, S.DONE),
    ("Навчання не проведено, бо фінансування проєкту призупинено", QUARTER, AFTER, S.NOT_DONE),
    # the term missed, or a step that failed, told by its verb (not overdue debt, a kind of debt)
    ("Строк виконання заходу прострочено", QUARTER, AFTER, S.NOT_DONE),
    ("Через відсутність фінансування захід протерміновано", QUARTER, AFTER, S.NOT_DONE),
    ("Тендер провалено, договір не укладено", QUARTER, AFTER, S.NOT_DONE),
    ("Прострочену заборгованість із заробітної плати погашено", QUARTER, AFTER, S.DONE),
    ("Строки не прострочено, звіт подано", QUARTER, AFTER, S.DONE),
    # the work cut short, a word ignored, an application left unanswered, a theft: no deeds;
    # a plan fulfilled short
    ("Роботи з облаштування згорнуто", QUARTER, AFTER, S.NOT_DONE),
    ("Претензію проігноровано підрядником", QUARTER, AFTER, S.NOT_DONE),
    ("Заявку громади залишено без розгляду", QUARTER, AFTER, S.NOT_DONE),
    ("Звернення не залишено без розгляду, надано відповідь", QUARTER, AFTER, S.DONE),
    ("План робіт недовиконано на 15 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a breach let happen, a term drawn out, the money cut (none let happen: nothing found)
    ("Підрядником допущено 2 порушення строків", QUARTER, AFTER, S.NOT_DONE),
    ("Порушень строків не допущено", QUARTER, AFTER, S.DONE),
    # the imperfective of the same
    ("Мережу утримано, аварійні відключення не допускались", QUARTER, AFTER, S.DONE),
    (
        "Доручення виконувались, однак допускались порушення строків",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Допущено до участі у конкурсі 12 проєктів", QUARTER, AFTER, S.DONE),
    ("Строки виконання робіт затягнуто", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Фінансування програми урізано", QUARTER, AFTER, S.NOT_DONE),
    ("Обсяг фінансування скорочено вдвічі", QUARTER, AFTER, S.NOT_DONE),
    ("Видатки на утримання апарату скорочено на 10 %", QUARTER, AFTER, S.DONE),  # a saving
    ("Рахунки підрядника заблоковано", QUARTER, AFTER, S.NOT_DONE),
    ("Кошти на рахунку арештовано", QUARTER, AFTER, S.NOT_DONE),
    ("Рішення про затвердження програми заблоковано депутатами", QUARTER, AFTER, S.NOT_DONE),
    ("Рішенням суду арештовано майно боржника", QUARTER, AFTER, S.DONE),  # the work's deed
    ("Заблоковано доступ до 40 шкідливих сайтів", QUARTER, AFTER, S.DONE),
    ("Закупівлю оскаржено в АМКУ", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Закупівлю оскаржено в АМКУ", QUARTER, DURING, S.IN_PROGRESS),
    ("Коштів вистачило лише на ремонт половини даху", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Коштів вистачило на весь ремонт", QUARTER, AFTER, S.DONE),
    ("Можливості провести конкурс не було", QUARTER, AFTER, S.NOT_DONE),
    # … or conceded beside the deed: done, late or without the money
    ("Роботи виконано, хоча строки затягнуто", QUARTER, AFTER, S.DONE),
    ("Хоча постачання затрималось, обладнання встановлено", QUARTER, AFTER, S.DONE),
    ("Семінари проведено, хоча кошти не виділялись", QUARTER, AFTER, S.DONE),
    ("The works were completed, although the deliveries were delayed", QUARTER, AFTER, S.DONE),
    ("It was decided not to hold the forum", QUARTER, AFTER, S.CANCELLED),
    ("Прийнято рішення не проводити фестиваль", QUARTER, AFTER, S.CANCELLED),
    ("Питання не належить до компетенції сільської ради", QUARTER, AFTER, S.NOT_DONE),
    # a decision taken whose content is the postponement or the cancellation: no deed
    ("Виконкомом прийнято рішення перенести фестиваль на 2018 рік", QUARTER, AFTER, S.POSTPONED),
    ("Ухвалено рішення про відтермінування ярмарку", QUARTER, AFTER, S.POSTPONED),
    ("Вирішено відкласти конкурс до стабілізації ситуації", QUARTER, AFTER, S.POSTPONED),
    ("Прийнято рішення про скасування фестивалю", QUARTER, AFTER, S.CANCELLED),
    ("Рішення про відміну ярмарку ухвалено на засіданні", QUARTER, AFTER, S.CANCELLED),
    ("Прийнято рішення про виділення коштів, ярмарок проведено", QUARTER, AFTER, S.DONE),
    ("The council decided to postpone the fair to 2018", QUARTER, AFTER, S.POSTPONED),
    ("A decision was made to cancel the festival", QUARTER, AFTER, S.CANCELLED),
    ("Рішення не прийнято", QUARTER, AFTER, S.NOT_DONE),
    ("Навчання не може бути проведене без приміщення", QUARTER, AFTER, S.NOT_DONE),
    ("Провести ярмарок не було можливості", QUARTER, AFTER, S.NOT_DONE),
    ("No regional hearings took place", QUARTER, AFTER, S.NOT_DONE),
    ("Grants were not disbursed", QUARTER, AFTER, S.NOT_DONE),
    ("Equipment procured for two shelters", QUARTER, AFTER, S.DONE),
    ("The deadline has been extended to mid-2018", QUARTER, AFTER, S.POSTPONED),
    ("The deadline was moved to 2018", QUARTER, AFTER, S.POSTPONED),
    ("The process has stalled", QUARTER, AFTER, S.POSTPONED),
    ("Будівництво заморожено до завершення воєнного стану", QUARTER, AFTER, S.POSTPONED),
    ("Процес зупинився через відсутність підрядника", QUARTER, AFTER, S.POSTPONED),
    # stopped for want of money or people: not carried out, not moved
    ("Роботу пункту призупинено з жовтня через відсутність операторів", QUARTER, AFTER, S.NOT_DONE),
    ("The hotline was suspended in October due to lack of staff", QUARTER, AFTER, S.NOT_DONE),
    ("Роботи зупинено у зв'язку з недостатнім фінансуванням", QUARTER, AFTER, S.NOT_DONE),
    ("Роботу пункту призупинено до завершення ремонту", QUARTER, AFTER, S.POSTPONED),
    # work named by what it makes, going on past the term, is unfinished; the stock phrase is not
    ("Робота над модулем триває; 60 % полів зіставлено.", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "60% of the fields have been mapped; work on the module is in progress",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Поля зіставлено. Робота над цим питанням триває.", QUARTER, AFTER, S.DONE),
    ("The activity was shifted to the next year", QUARTER, AFTER, S.POSTPONED),
    ("The unspent funds were carried over to 2018", QUARTER, AFTER, S.POSTPONED),
    ("The office moved to the new premises and opened in May", QUARTER, AFTER, S.DONE),
    ("The tender procedure was launched in November", QUARTER, DURING, S.IN_PROGRESS),
    ("The register has been put into operation", QUARTER, AFTER, S.DONE),
    ("Drafting of the regulation is at the final stage", QUARTER, DURING, S.IN_PROGRESS),
    ("Розроблення положення на завершальному етапі", QUARTER, DURING, S.IN_PROGRESS),
    # funding going on is routine: done once the term has passed, unless it still runs
    ("Здійснюється фінансування у межах призначень", QUARTER, AFTER, S.DONE),
    ("Захід фінансується з обласного бюджету", QUARTER, AFTER, S.DONE),
    ("Фінансування триває", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the money spent on something else; what was left over is no part of it
    ("Кошти перерозподілено розпорядженням голови на інші потреби", QUARTER, AFTER, S.NOT_DONE),
    ("Перерозподілено на інші заходи програми", QUARTER, AFTER, S.NOT_DONE),
    ("Проведено 3 семінари, залишок коштів перерозподілено на інші заходи", QUARTER, AFTER, S.DONE),
    ("Кошти повернуто до обласного бюджету", QUARTER, AFTER, S.NOT_DONE),
    (
        "Ремонт завершено. Економію в сумі 8,4 тис. грн повернуто до бюджету громади",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Ремонт не проводився, кошти спрямували на інші потреби", QUARTER, AFTER, S.NOT_DONE),
    ("Не проведено. Кошти спрямовано на усунення наслідків обстрілу", QUARTER, AFTER, S.NOT_DONE),
    ("Кошти у сумі 90 тис. грн спрямовано на заміну покрівлі", QUARTER, AFTER, S.DONE),
    ("Центр не відкрито, приміщення передано під потреби військових", QUARTER, AFTER, S.NOT_DONE),
    # more than the plan, or less, compared with it: no plan ahead
    ("Висаджено 1 200 дерев, що на 200 більше, ніж планувалося", QUARTER, AFTER, S.DONE),
    ("Висаджено 800 дерев, що на 200 менше, ніж планувалося", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено 3 семінари, що менше ніж заплановано", QUARTER, AFTER, S.PARTIALLY_DONE),
    # none of the answers that would have stopped it
    ("Проєкт підготовлено й надіслано, відмов у погодженні не отримано", QUARTER, AFTER, S.DONE),
    ("Пропозиції направлено, зауважень не надійшло", QUARTER, AFTER, S.DONE),
    # done with money other than the budget's, which gave none: done
    (
        "Семінари проведено за рахунок спонсорів; бюджетне фінансування не надавалося",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    (
        "Обладнання отримано як гуманітарну допомогу, кошти бюджету не витрачалися",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    (
        "Навчання провели інструктори безоплатно, бюджетні кошти не використовувались",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    (
        "Семінари проведено за рахунок гранту, обладнання не придбано через брак коштів",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    # something else done instead is no part of the measure
    (
        "Фестиваль не проводився через загрозу обстрілів. Натомість організовано онлайн-вікторину",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("The fair was not held; instead, a webinar was organised", QUARTER, AFTER, S.NOT_DONE),
    # English contractions of a negation: as written out
    ("The issue wasn't discussed at the session", QUARTER, AFTER, S.NOT_DONE),
    ("The exchange visit wasn’t possible under martial law", QUARTER, AFTER, S.NOT_DONE),
    # what the measure relied on ended: why it was not done, unless nothing else is told
    (
        "Реєстр не створено. Донорський проєкт, з якого мало бути фінансування, припинив дію",
        QUARTER,
        AFTER,
        S.NOT_DONE,
    ),
    ("Програма, за якою мав фінансуватися захід, припинила дію", QUARTER, AFTER, S.CANCELLED),
    ("Здійснюється в межах бюджетних призначень", QUARTER, AFTER, S.DONE),
    ("Проводиться в межах наявних коштів", QUARTER, AFTER, S.DONE),
    ("The shelter network was extended to 12 towns", QUARTER, AFTER, S.DONE),
    ("The reform roadmap is on schedule", QUARTER, DURING, S.IN_PROGRESS),
    ("The council meets regularly", CONTINUOUS, DURING, S.IN_PROGRESS),
    ("The draft law is pending approval", QUARTER, DURING, S.IN_PROGRESS),
    ("Проведено 5 зустрічей з 20 громадами", QUARTER, AFTER, S.DONE),
    ("Інформація про хід виконання розміщена на сайті", QUARTER, AFTER, S.DONE),
    ("У зв’язку з воєнним станом проведення заходу неможливе", QUARTER, AFTER, S.NOT_DONE),
    ("Проведення виставки не є можливим через обстріли", QUARTER, AFTER, S.NOT_DONE),
    ("Провести виставку не виявилось можливим", QUARTER, AFTER, S.NOT_DONE),
    ("Обстріли унеможливили завершення ремонту", QUARTER, AFTER, S.NOT_DONE),
    ("The exchange visit was not possible under martial law", QUARTER, AFTER, S.NOT_DONE),
    ("It proved impossible to hold the hearings", QUARTER, AFTER, S.NOT_DONE),
    # done in part: «інші заходи» are the rest of the measure, not the measure itself
    ("Проведено 3 тренінги, інші заходи не проводились", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Відкрито 2 пункти, окремі заходи унеможливлені", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Окремі семінари не відбулися через тривоги", QUARTER, AFTER, S.PARTIALLY_DONE),
    # the work cut down
    ("Обсяг робіт зменшено вдвічі через брак коштів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Роботи виконано у зменшеному обсязі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Two fairs were held; other activities were not held", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Заходи не проводились, натомість проведено онлайн-нараду", QUARTER, AFTER, S.NOT_DONE),
    ("Захід на виконанні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("На виконання розпорядження проведено нараду", QUARTER, DURING, S.DONE),
    # cancellation
    ("Захід втратив актуальність", QUARTER, AFTER, S.CANCELLED),
    ("Втратило актуальність у зв’язку зі зміною законодавства", QUARTER, AFTER, S.CANCELLED),
    ("Знято з контролю", QUARTER, AFTER, S.CANCELLED),
    ("Питання знято з контролю як виконане", QUARTER, AFTER, S.DONE),
    ("Виключено з плану рішенням колегії", QUARTER, AFTER, S.CANCELLED),
    ("Скасовано", QUARTER, AFTER, S.CANCELLED),
    # ongoing work, and time
    ("Робота триває", QUARTER, DURING, S.IN_PROGRESS),
    ("Робота триває", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Здійснюється на постійній основі", CONTINUOUS, DURING, S.IN_PROGRESS),
    ("Здійснюється на постійній основі", CONTINUOUS, AFTER, S.DONE),
    ("Ведеться робота з підготовки проєкту", QUARTER, DURING, S.IN_PROGRESS),
    ("Проєкт перебуває на стадії погодження", QUARTER, DURING, S.IN_PROGRESS),
    ("Питання залишається на контролі", QUARTER, DURING, S.IN_PROGRESS),
    ("Питання залишається на контролі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Звернення залишено на контролі", QUARTER, AFTER, S.PARTIALLY_DONE),  # no deed
    # work told as a routine is the measure carried on: done once its term is over
    ("Виконується постійно", QUARTER, AFTER, S.DONE),
    ("Здійснюється в межах поточної діяльності відділу", QUARTER, AFTER, S.DONE),
    ("Питання вирішуються у робочому порядку", QUARTER, AFTER, S.DONE),
    ("Перевірки цін здійснюються щомісяця", QUARTER, AFTER, S.DONE),
    ("Ярмарки проводяться щосуботи", QUARTER, AFTER, S.DONE),  # a day of each week
    ("Ярмарки проводяться по неділях", QUARTER, AFTER, S.DONE),
    ("У відділі ведеться електронний реєстр пільговиків", QUARTER, AFTER, S.DONE),
    ("Облік безхазяйних об'єктів ведеться", QUARTER, AFTER, S.DONE),
    ("Виконується постійно", QUARTER, DURING, S.IN_PROGRESS),
    ("Реконструкція стадіону здійснюється", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a routine verb whose object is a process with an end: not done yet
    ("Складено специфікацію, проводиться процедура закупівлі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Здійснюється поточний ремонт спортзалу", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "Розроблено топографічну основу, проводиться розробка креслень",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Видано 20 брошур, здійснюється моніторинг", QUARTER, AFTER, S.DONE),
    ("Укладено договір підряду, роботи виконуються", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Укладено договір підряду, роботи виконуються", QUARTER, DURING, S.IN_PROGRESS),
    # the noun «виконання» with a share is a level, not the word «виконано»
    ("Виконання – 60 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("За рік виконання заходу – 100 %", QUARTER, AFTER, S.DONE),  # after words of its own
    ("У 2017 році освоєння коштів склало 40 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    # what the executor tells after «Інформуємо, що» is the report, not a relative clause
    ("Інформуємо, що ведеться ремонт бібліотеки", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Повідомляємо, що триває збір пропозицій", QUARTER, DURING, S.IN_PROGRESS),
    # the measure possible only with money it lacks: not done; before its term, not due
    ("Облаштування можливе лише у разі виділення коштів", QUARTER, AFTER, S.NOT_DONE),
    ("Закупівля можлива за умови фінансування з обласного бюджету", QUARTER, AFTER, S.NOT_DONE),
    ("Друк посібника залежить від надходження коштів", QUARTER, AFTER, S.NOT_DONE),
    # possible only once something ends: put off until then
    ("Реалізація можлива після завершення воєнного стану", QUARTER, AFTER, S.POSTPONED),
    ("Проведення заходу можливе лише після виділення коштів", QUARTER, AFTER, S.NOT_DONE),
    ("Проведення можливе лише після стабілізації безпекової ситуації", QUARTER, AFTER, S.POSTPONED),
    ("Друк посібника залежить від надходження коштів", QUARTER, BEFORE, S.NOT_DUE),
    ("Видано 5 посібників, участь можлива у разі реєстрації", QUARTER, AFTER, S.DONE),
    # progress said to be there: work goes on; said to be missing: not done
    ("Прогрес у виконанні наявний", QUARTER, DURING, S.IN_PROGRESS),
    ("Зібрано дані, прогрес у виконанні заходу наявний", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Прогрес у реалізації відсутній", QUARTER, AFTER, S.NOT_DONE),
    ("Розробляється проєкт програми", QUARTER, DURING, S.IN_PROGRESS),
    ("Проведено 5 засідань", CONTINUOUS, DURING, S.IN_PROGRESS),
    ("Проведено 3 семінари, робота продовжується", QUARTER, DURING, S.IN_PROGRESS),
    ("Планується провести у грудні", QUARTER, DURING, S.IN_PROGRESS),
    ("Заплановано на ІV квартал", QUARTER, BEFORE, S.NOT_DUE),
    ("Не проводилось", QUARTER, BEFORE, S.NOT_DUE),
    # a participle that describes, not a deed: «обмеження, пов'язані з …»
    ("Через умови, пов'язані з карантином, роботу призупинено", QUARTER, AFTER, S.POSTPONED),
    ("Кошти, спрямовані на захід, не надійшли", QUARTER, AFTER, S.NOT_DONE),
    # money that did not come is a failure; appeals that did not come, no need
    ("Фінансування з місцевого бюджету не надходило", QUARTER, AFTER, S.NOT_DONE),
    ("Субвенцію не отримано, тому кошти не надійшли", QUARTER, AFTER, S.NOT_DONE),
    ("Видано 4 довідки. Скарг не надходило", QUARTER, AFTER, S.DONE),
    # no fault found by those served: «зауважень не отримано» is «скарг не надходило»
    ("Зауважень від мешканців та контролюючих органів не отримано", QUARTER, AFTER, S.DONE),
    ("Претензій до підрядника не отримувалось", QUARTER, AFTER, S.DONE),
    # a deed in the conditional mood would have been, and was not
    ("Семінари було б проведено за умови фінансування", QUARTER, AFTER, S.NOT_DONE),
    ("Семінари могли б бути проведені, якби надійшли кошти", QUARTER, AFTER, S.NOT_DONE),
    ("Семінари провели б, якби було фінансування", QUARTER, AFTER, S.NOT_DONE),
    ("The seminars would have been held if funds had been available", QUARTER, AFTER, S.NOT_DONE),
    ("а) проведено 3 семінари;\nб) проведено 2 тренінги", QUARTER, AFTER, S.DONE),  # a list
    ("Проведено хоча б одне засідання в кожному окрузі", QUARTER, AFTER, S.DONE),  # at least
    # more of it in the conditional: no failure of what was done
    ("Проведено 4 семінари; за наявності коштів було б проведено більше", QUARTER, AFTER, S.DONE),
    (
        "Four seminars were held; more could have been held with more funding",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    # nothing asked for, given as the reason the measure was not done: not done, not a part
    ("Заявок не надходило, тому конкурс не оголошувався", QUARTER, AFTER, S.NOT_DONE),
    ("Потреби не виникало, тому засідання не скликалося", QUARTER, AFTER, S.NOT_DONE),
    ("No applications were received, so no grants were awarded", QUARTER, AFTER, S.NOT_DONE),
    # work that led nowhere: no result is a failure; none of what a check looks for is not
    (
        "Проведено роботу із залучення інвесторів, результатів немає",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Результат відсутній", QUARTER, AFTER, S.NOT_DONE),
    ("Проведено 3 наради, за результатами яких порушень немає", QUARTER, AFTER, S.DONE),
    # a draft that needs more work: begun, not done; never a noun of work done
    ("Потребує доопрацювання", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Потребує доопрацювання", QUARTER, DURING, S.IN_PROGRESS),
    ("Проєкт розроблено, потребує погодження з юристами", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("The draft requires approval by the Ministry", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Захід не потребує доопрацювання, виконано", QUARTER, AFTER, S.DONE),
    # a step done, and the work's own term after the report: the work is still to come
    ("Договір укладено, термін виконання робіт — до 30.04.2018", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Закупівлю проведено (строк поставки до 1 березня 2018 р.)", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Договір укладено, термін виконання робіт — до 20.12.2017", QUARTER, AFTER, S.DONE),
    ("Роботи виконано в повному обсязі, строк виконання – до 30.04.2018", QUARTER, AFTER, S.DONE),
    ("Проведено 4 засідання, строк проведення наступного – лютий 2018", QUARTER, AFTER, S.DONE),
    ("Ремонт виконано, термін гарантії — до 31.12.2019", QUARTER, AFTER, S.DONE),
    # a deed done, and what it would have led to not needed, for nothing called for it: done
    (
        "Перевірку проведено, повідомлень до НАЗК не направлялось, оскільки порушень не виявлено",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    (
        "Огляд проведено; приписи не видавались у зв'язку з відсутністю порушень",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Audit carried out; no notices were sent as no violations were found", QUARTER, AFTER, S.DONE),
    # no one applied: the measure's own work was not done, whatever was done before it
    (
        "Положення затверджено. Конкурс оголошено, однак через відсутність заявок не проведено",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Огляд проведено; ремонт не виконано через брак коштів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Кошти субвенції повернуто до державного бюджету", QUARTER, AFTER, S.NOT_DONE),
    ("Ремонт не здійснено, кошти повернуто", QUARTER, AFTER, S.NOT_DONE),
    # the measure done without the money it was to have: done; work not done for lack of it
    ("Кошти не виділялись, захід виконано власними силами", QUARTER, AFTER, S.DONE),
    ("Друк не здійснено через брак коштів, збірку укладено", QUARTER, AFTER, S.PARTIALLY_DONE),
    # what the measure set up is in operation: achieved; working on something is not
    ("Функціонує цілодобова телефонна лінія", QUARTER, AFTER, S.DONE),
    ("Діє пункт безоплатної правової допомоги", QUARTER, AFTER, S.DONE),
    ("Довідкова служба не працює", QUARTER, AFTER, S.NOT_DONE),
    ("Відділ працює над проєктом положення", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a document others have yet to approve is unfinished, unless the sentence tells of a deed
    ("Проєкт наказу підготовлено та надіслано на погодження", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проєкт наказу підготовлено та надіслано на погодження", QUARTER, DURING, S.IN_PROGRESS),
    (
        "Положення розроблено; воно перебуває на розгляді в облраді",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Підготовлено програму, яка перебуває на погодженні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Внесено на розгляд сесії та ухвалено рішення", QUARTER, AFTER, S.DONE),
    ("Заяви, що знаходяться на розгляді, опрацьовано", QUARTER, AFTER, S.DONE),
    ("Опрацьовано 9 запитів, які надійшли на розгляд", QUARTER, AFTER, S.DONE),
    # … and one opened by the noun the pronoun owns: «ремонт яких», "whose repair"
    ("Складено перелік об'єктів, ремонт яких не завершено", QUARTER, AFTER, S.DONE),
    ("Сформовано список дітей, батьки яких не подали заяви", QUARTER, AFTER, S.DONE),
    # a failure named by its noun as what a deed was about, or answered
    ("Проведено нараду щодо невиконання графіка робіт", QUARTER, AFTER, S.DONE),
    ("Направлено претензію у зв'язку з невиконанням умов договору", QUARTER, AFTER, S.DONE),
    ("Причина невиконання – відсутність коштів", QUARTER, AFTER, S.NOT_DONE),
    ("Проведено нараду щодо відсутності фінансування", QUARTER, AFTER, S.DONE),
    ("Розглянуто питання неможливості проведення ремонту", QUARTER, AFTER, S.DONE),
    ("У зв'язку з відсутністю коштів", QUARTER, AFTER, S.NOT_DONE),  # all the report says
    # the future of starting is a plan, not work begun; work that will last is going on
    ("Конкурс проведено, роботи розпочнуться навесні", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Ремонт розпочнеться у наступному році", QUARTER, AFTER, S.POSTPONED),
    ("Прийом заяв триватиме до кінця січня", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a stated readiness below all of it is part done
    ("Реконструкцію не завершено, готовність об'єкта 65 %", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Будівельна готовність становить 100 %", QUARTER, AFTER, S.DONE),
    # what is not yet done, beside work begun, is the rest of it still to come
    ("Оголошено тендер, договір ще не укладено", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Оголошено тендер, договір ще не укладено", QUARTER, DURING, S.IN_PROGRESS),
    ("Оголошено тендер, договір не укладено", QUARTER, AFTER, S.NOT_DONE),
    ("Договір поки що не укладено", QUARTER, AFTER, S.NOT_DONE),
    (
        "The tender was announced; the contract has not yet been signed",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    (
        "The tender was announced; the contract has not been signed yet",
        QUARTER,
        DURING,
        S.IN_PROGRESS,
    ),
    # a recurring measure dated on fewer occasions than were due in the year
    ("Засідання проведено 12.03.2017 та 14.06.2017", "щокварталу", AFTER, S.PARTIALLY_DONE),
    ("Наради проведено 16 січня, 13 лютого та 20 березня", "щомісяця", AFTER, S.PARTIALLY_DONE),
    (
        "Засідання проведено 14.03.2017, 13.06.2017, 19.09.2017 і 12.12.2017",
        "щокварталу",
        AFTER,
        S.DONE,
    ),
    ("Засідання проводились щокварталу, зокрема 14.03.2017", "щокварталу", AFTER, S.DONE),
    ("У І та ІІІ кварталах проведено засідання ради", "щокварталу", AFTER, S.PARTIALLY_DONE),
    ("У І–ІV кварталах проведено засідання ради", "щокварталу", AFTER, S.DONE),
    ("У 1-му та 2-му кварталах проведено засідання", "щокварталу", AFTER, S.PARTIALLY_DONE),
    # months named with no day: each month's occurrence, or a quarter's
    ("Оприлюднено звіти за січень – серпень", "щомісяця", AFTER, S.PARTIALLY_DONE),
    ("Оприлюднено звіти за січень – грудень", "щомісяця", AFTER, S.DONE),
    ("Засідання проведено у березні та червні", "щокварталу", AFTER, S.PARTIALLY_DONE),
    ("Засідання проведено у березні, червні, вересні та грудні", "щокварталу", AFTER, S.DONE),
    ("У ІІ півріччі проведено нараду", "щопівроку", AFTER, S.PARTIALLY_DONE),
    ("Протягом року проведено 4 засідання ради", "щокварталу", AFTER, S.DONE),
    # English work still under way, whatever stands between
    (
        "The draft resolution was prepared and is under public discussion",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("The strategy is under interagency consultation", QUARTER, DURING, S.IN_PROGRESS),
    # counts in words
    ("Проведено два з трьох запланованих семінарів", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Роботи завершено у двох із чотирьох будинків культури", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Проведено три з трьох запланованих семінарів", QUARTER, AFTER, S.DONE),
    ("Засідання проведено з трьох питань порядку денного", QUARTER, AFTER, S.DONE),
    # none of what the measure was to prevent
    ("Заборгованість із виплати стипендій відсутня", QUARTER, AFTER, S.DONE),
    (
        "Заборгованість із виплати заробітної плати працівникам закладів культури громади відсутня",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Порушень правил благоустрою немає", QUARTER, AFTER, S.DONE),
    ("Відсутні зауваження контролюючих органів", QUARTER, AFTER, S.DONE),
    # deemed no longer worth doing, or struck off with a word between
    (
        "Проведення заходу визнано недоцільним через зміну законодавства",
        QUARTER,
        AFTER,
        S.CANCELLED,
    ),
    ("Реалізація заходу є недоцільною", QUARTER, AFTER, S.CANCELLED),
    ("Визнано недоцільним друк бланків, запроваджено електронні", QUARTER, AFTER, S.DONE),
    ("Пропонуємо зняти захід з контролю", QUARTER, AFTER, S.CANCELLED),
    ("Пропонуємо зняти захід з контролю як виконаний", QUARTER, AFTER, S.DONE),
    # taken out of the plan
    ("Захід вилучено з плану рішенням сесії", QUARTER, AFTER, S.CANCELLED),
    ("The activity was removed from the action plan", QUARTER, AFTER, S.CANCELLED),
    # a decimal count against the plan's, and a sum planned before the sum spent
    ("Прокладено 3,4 км мереж із передбачених 8 км", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Прокладено 8 км мереж із передбачених 8 км", QUARTER, AFTER, S.DONE),
    ("При запланованих 900 тис. грн освоєно 615,2 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("При плані 1,5 млн грн використано 1,5 млн грн", QUARTER, AFTER, S.DONE),
    # more than the target: done; costs beyond the estimate are no deed
    ("Exceeded target (115%)", QUARTER, AFTER, S.DONE),
    ("Target exceeded: 640 people reached", QUARTER, AFTER, S.DONE),
    ("Costs exceeded the estimate and the works were not started", QUARTER, AFTER, S.NOT_DONE),
    # the paper that closes works tells them done
    (
        "Договір підряду від 03.04.2017 № 7, акт виконаних робіт від 28.11.2017",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Акт введення в експлуатацію підписано 15.12.2017", QUARTER, AFTER, S.DONE),
    # aid that never came is the measure's failure; appeals that never came are no need of it
    ("Гуманітарна допомога від партнерів не надходила", QUARTER, AFTER, S.NOT_DONE),
    ("Звернень щодо надання допомоги не надходило", QUARTER, AFTER, S.DONE),
    # talks go on towards an end, even all through a year
    ("Ведуться переговори з інвестором", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Здійснюється збір пропозицій до проєкту статуту", "протягом року", AFTER, S.PARTIALLY_DONE),
    ("Проводиться збір макулатури у школах", "протягом року", AFTER, S.DONE),  # the routine
    # the sum received, then the sum used
    ("Надійшло 640 тис. грн субвенції, використано 410 тис. грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Отримано 1,2 млн грн, з них освоєно 0,9 млн грн", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Отримано 1,2 млн грн, освоєно 1,2 млн грн", QUARTER, AFTER, S.DONE),
    # a name in quotes among the words of the count done instead of the plan's
    ("Відбулося 3 зустрічі «Кава з мером» замість 6", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a service set going is done; works begun are not
    ("Рух тролейбусів за новим маршрутом розпочато 2 жовтня", QUARTER, AFTER, S.DONE),
    ("Гаряча лінія розпочала функціонування в листопаді", QUARTER, AFTER, S.DONE),
    ("Розпочато роботи з облаштування зупинок", QUARTER, AFTER, S.PARTIALLY_DONE),
    (
        "Укриття облаштовано, з 1 вересня розпочато освітній процес у змішаному форматі",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("У приміщенні після ремонту навчання розпочато в очному режимі", QUARTER, AFTER, S.DONE),
    # a season or a school year begun where the measure readied for it
    ("Котельні підготовлено, опалювальний сезон розпочато 15 жовтня", QUARTER, AFTER, S.DONE),
    ("Заклади підготовлено, навчальний рік розпочато вчасно", QUARTER, AFTER, S.DONE),
    ("Відкрито 4 віддалені робочі місця ЦНАП, розпочато надання 36 послуг", QUARTER, AFTER, S.DONE),
    ("У новому відділенні надання соціальних послуг розпочато 1 жовтня", QUARTER, AFTER, S.DONE),
    ("Розпочато підготовку до надання послуг", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Підключення здійснено, розпочато оформлення паспортів", QUARTER, AFTER, S.DONE),
    ("Розпочато оформлення документів на земельну ділянку", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Розпочато діяльність робочої групи з підготовки статуту", QUARTER, AFTER, S.PARTIALLY_DONE),
    # watched: the work is what the text tells beside it
    (
        "Питання перебуває на постійному контролі, проведено 3 перевірки закладів",
        QUARTER,
        AFTER,
        S.DONE,
    ),
    ("Звернення перебуває на розгляді", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Excluded from the programme in March", QUARTER, AFTER, S.CANCELLED),
    # the future of «-ити» verbs, which the dictionary also has as a short infinitive
    ("Підключено 9 бібліотек, ще 3 підключать після ремонту", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Камери встановлять у першому кварталі наступного року", QUARTER, AFTER, S.POSTPONED),
    ("Обладнання закуплять у грудні", QUARTER, DURING, S.IN_PROGRESS),
    # a participle is predicative before how far the deed went, too
    ("Потреба школи у підручниках забезпечена повністю", QUARTER, AFTER, S.DONE),
    ("Роботи з ремонту даху виконані своєчасно", QUARTER, AFTER, S.DONE),
    ("Ремонтні роботи не виконано повністю", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Роботи не завершені повністю через негоду", QUARTER, AFTER, S.PARTIALLY_DONE),
    # a share «до» the plan is of it, as one «від» it; works stopped short of their end
    ("Охоплено 410 учнів, що становить 82 % до запланованого", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Охоплено 520 учнів, що становить 104 % до плану", QUARTER, AFTER, S.DONE),
    (
        "Школу в с. Вишневе відремонтовано; у с. Дубове роботи припинено через банкрутство"
        " підрядника",
        QUARTER,
        AFTER,
        S.PARTIALLY_DONE,
    ),
    ("Реконструкцію стадіону припинено", QUARTER, AFTER, S.NOT_DONE),
    # the whole counted first, then the count done by a verb of the work, no comma between
    ("З 23 виявлених стихійних сміттєзвалищ ліквідовано 15", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("З 23 виявлених стихійних сміттєзвалищ ліквідовано 23", QUARTER, AFTER, S.DONE),
    ("З 20 вересня проведено 4 семінари для старост", QUARTER, AFTER, S.DONE),  # a day
    ("З 2016 року облаштовано 5 майданчиків", QUARTER, AFTER, S.DONE),  # a year
    # a matter watched is no routine work: after the term, no more than work going on
    ("Питання перебуває на постійному контролі", QUARTER, AFTER, S.PARTIALLY_DONE),
    ("Незаконне розміщення реклами припинено", QUARTER, AFTER, S.DONE),  # the measure's aim
]


def titled(title: str, text: str) -> Measure:
    """A measure of this title, due in the IV quarter, with this report."""
    return Measure(
        number="1",
        title=title,
        deadline=Deadline.parse(QUARTER, year=2017),
        outcome=Outcome(text=text),
    )


def measure(text: str, deadline: str, status: Status | None = None) -> Measure:
    return Measure(
        number="1.1",
        title="Захід",
        deadline=Deadline.parse(deadline, year=2017),
        outcome=Outcome(text=text, status=status),
    )


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 60
    assert {status for *_, status in CORPUS} == set(Status) - {S.OVERDUE}  # OVERDUE needs no text


@pytest.mark.parametrize(("text", "deadline", "as_of", "expected"), CORPUS)
def test_sentence(text: str, deadline: str, as_of: date, expected: Status) -> None:
    result = assess(measure(text, deadline), as_of)
    explanation = "; ".join(r.en for r in result.reasons)
    assert result.status is expected, explanation
    assert result.reasons[-1].code.startswith(("rule.", "time."))  # the rule that decided
    cues = [r for r in result.reasons if r.code.startswith("cue.")]
    assert cues, f"no phrase quoted: {explanation}"
    assert all(r.evidence and r.evidence in text for r in cues)  # quoted as written


AMBIGUOUS = [
    "Інформацію про виконання заходу включено до звіту за 2017 рік",  # the report is elsewhere
    "Інформацію про виконання буде надано додатково",
    "Інформацію про виконання заходу надано листом від 12.01.2018 № 45",  # the letter has it
    "Інформацію щодо стану виконання направлено до ОДА 10.01.2018",
    "Information will be provided later",
    "Інформація щодо виконання відсутня",
    "Інформація про виконання не надходила",
    "Див. додаток 3",
    "Лютий – березень",  # a term, no list of what was held by month
    "Захід не потребує фінансування",  # of its money, not of its deed
    "Звіт про виконання додається",  # the report is elsewhere: no work going on
    "Перелік проведених заходів наводиться у додатку 2",
    "Звіт має бути поданий до 20 січня 2018 року",  # a date due by is no event
    "Report due by 15 January 2018",
    "Генератор пункту незламності вкрадено",  # a harm that befell the work: no deed
]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Рівень охоплення – 91 %, що перевищує планове значення", "- "),
        ("Освоєння коштів 100%", "• "),
        ("Рівень охоплення – 91 %, що перевищує планове значення", "Станом на 31.12.2017: "),
        ("Крім закупівлі генератора, усі заходи плану виконано", "Станом на 01.01.2018: "),
        ("Trained 80 inspectors (target: 100)", "Станом на 31.12.2017: "),
        ("Окрім озеленення, решту робіт завершено", "Інформація про виконання: "),
        ("Визнано недоцільним друк бланків, запроваджено електронні", "Стан виконання: "),
        ("Освоєння коштів 100%", "Хід виконання – "),
        ("45%", "Progress: "),
        ("Окрім озеленення, решту робіт завершено", "  "),
        # quotes around a few words that are a report
        ("Фінансування відсутнє", "«"),
        ("Тендер скасовано", "«"),
        ("Target met", '"'),
    ],
)
def test_what_leads_into_a_report_changes_nothing(text: str, lead: str) -> None:
    """A list's mark, the date a report is as of, its column's caption, quotes around it."""
    closing = {"«": "»", '"': '"'}.get(lead, "")
    first = text[0].lower() + text[1:] if lead.endswith((": ", "– ")) else text
    alone = assess(measure(text, QUARTER), AFTER)
    led = assess(measure(lead + first + closing, QUARTER), AFTER)
    assert (led.status, led.confidence) == (alone.status, alone.confidence)
    assert alone.confidence is not Confidence.NONE


@pytest.mark.parametrize(
    "text",
    ["Так", "Не актуально", "Виконання – 60 %", "Станом на 31.12.2017 захід виконано"],
)
def test_a_last_line_naming_who_reports_changes_nothing(text: str) -> None:
    """«…↵Виконавець: відділ освіти»: who reports it, no part of the report."""
    alone = assess(measure(text, QUARTER), AFTER)
    signed = assess(measure(text + "\nВиконавець: відділ освіти", QUARTER), AFTER)
    assert (signed.status, signed.confidence) == (alone.status, alone.confidence)
    assert alone.confidence is not Confidence.NONE


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Розробити проєкт положення про конкурс",
            "Проєкт положення розроблено, триває погодження",
        ),
        ("Реконструкція стадіону", "Виготовлено проєктну документацію, будівництво не розпочато"),
        ("Провести 4 засідання ради", "Проведено 3 засідання"),
    ],
)
def test_a_title_s_number_or_capitals_change_nothing(title: str, text: str) -> None:
    """«1.1. Розробити …», «РЕКОНСТРУКЦІЯ СТАДІОНУ»: a title as an API user may pass it."""
    plain = assess(titled(title, text), AFTER)
    for varied in (f"1.1. {title}", f"3) {title}", title.upper()):
        assert assess(titled(varied, text), AFTER).status is plain.status, varied


def test_the_rest_to_come_within_a_running_term_is_work_so_far() -> None:
    """«… в 7 з 12 підрозділів; у решті буде завершено у 2018 році» of a term to 2018."""
    text = (
        "Систему запроваджено в 7 з 12 підрозділів. У решті підрозділів впровадження триває "
        "та буде завершено у 2018 році."
    )
    running = Measure(
        number="1",
        title="Впровадження електронного документообігу",
        deadline=Deadline.parse("2017-2018 роки", year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(running, date(2018, 1, 15)).status is S.IN_PROGRESS
    # the rest to come after the term ends: a part, not work so far
    one_year = attrs.evolve(running, deadline=Deadline.parse("ІV квартал", year=2017))
    assert assess(one_year, DURING).status is S.PARTIALLY_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # telling of it, beside word of the work, is no part of it
        (
            "Внесення змін до Закону України «Про освіту»",
            "Законопроєкт не розроблено. Інформацію розміщено на офіційному сайті.",
            S.NOT_DONE,
        ),
        (
            "Придбання мамографа",
            "Кошти на придбання мамографа не передбачались. Інформацію розміщено на сайті.",
            S.NOT_DONE,
        ),
        (
            "Підготовка щорічної доповіді",
            "Доповідь не підготовлено у встановлений строк. Інформацію оприлюднено на сайті.",
            S.NOT_DONE,
        ),
        (
            "Відкриття інклюзивно-ресурсного центру",
            "Центр не відкрито. Звіт про виконання подано до обласної адміністрації.",
            S.NOT_DONE,
        ),
        # the stock phrase after the term, beside the work done, leaves it done
        (
            "Розробити проєкт програми розвитку спорту",
            "Проєкт програми розроблено та внесено на розгляд сесії. "
            "Робота в цьому напрямку триває.",
            S.DONE,
        ),
        (
            "Розробити проєкт програми розвитку спорту",
            "Проєкт програми розроблено. Робота над виконанням заходу триває.",
            S.PARTIALLY_DONE,
        ),
    ],
)
def test_what_tells_nothing_of_the_work_beside_word_of_it(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    "lead", ["", "У 2017 році ", "На виконання заходу ", "Інформуємо, що ", "У звітному періоді "]
)
def test_the_work_named_after_a_time_or_the_measure_it_answers(lead: str) -> None:
    """«У 2017 році вакцинація становить 88 %» of «Забезпечити вакцинацію 95 % дітей»."""
    text = lead + ("вакцинація" if lead else "Вакцинація") + " дітей становить 88 %"
    assessed = assess(titled("Забезпечити вакцинацію 95 % дітей", text), AFTER)
    assert (assessed.status, assessed.confidence) == (S.PARTIALLY_DONE, Confidence.WEAK)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Рівень безробіття становить 6,9 %", S.DONE),  # at most the level asked for
        ("Рівень безробіття знизився з 9,2 % до 7,5 %", S.DONE),
        ("Рівень безробіття становить 8,6 %", S.PARTIALLY_DONE),  # still above it
    ],
)
def test_a_level_to_bring_down_is_reached_at_or_below_it(text: str, status: Status) -> None:
    assessed = assess(titled("Знизити рівень безробіття до 8 %", text), AFTER)
    assert assessed.status is status, [r.en for r in assessed.reasons]


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # a draft approved on its way is no act adopted
        (
            "Adopt the regulation on public councils",
            "The draft regulation was approved by the ministry and sent to the Cabinet",
            S.PARTIALLY_DONE,
        ),
        (
            "Прийняти закон про місцеві ініціативи",
            "Проєкт закону схвалено урядом та внесено до Верховної Ради",
            S.PARTIALLY_DONE,
        ),
        ("Прийняти закон про місцеві ініціативи", "Закон прийнято 12.11.2017", S.DONE),
        # unless approving the draft is the measure
        ("Розробити та схвалити проєкт закону", "Проєкт закону схвалено урядом", S.DONE),
    ],
)
def test_a_draft_approved_on_its_way_is_no_act_adopted(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


def test_the_day_a_report_is_as_of_is_no_occurrence_of_a_recurring_measure() -> None:
    quarterly = attrs.evolve(
        titled("Проведення засідань ради", "Проведено 4 засідання (станом на 31.12.2017)."),
        deadline=Deadline.parse("щокварталу", year=2017),
    )
    assert assess(quarterly, AFTER).status is S.DONE
    said = attrs.evolve(quarterly, outcome=Outcome(text="Станом на 31.12.2017 захід виконано."))
    assert assess(said, AFTER).status is S.DONE
    # every time said in words, a letter's date beside it: no count of dated times
    four = attrs.evolve(
        quarterly,
        title="Оприлюднення квартальних звітів",
        outcome=Outcome(text="Звіти за всі чотири квартали оприлюднено. Лист від 12.01.2018 № 4."),
    )
    assert assess(four, date(2018, 1, 20)).status is S.DONE


def test_a_list_of_dated_events_reports_them_held() -> None:
    text = "1) 23.08 – підняття прапора; 2) 24.08 – концерт у парку; 3) виставка майстрів."
    assessed = assess(titled("Проведення заходів до Дня Незалежності", text), AFTER)
    assert (assessed.status, assessed.confidence) == (S.DONE, Confidence.WEAK)


@pytest.mark.parametrize("apart", [": п", ". П", " – п", "\nП"])
def test_the_title_copied_before_the_report_is_the_plan_s(apart: str) -> None:
    """«Провести 4 засідання: проведено 3 засідання»: the count before is the plan's."""
    title = "Провести 4 засідання виконавчого комітету"
    copied = assess(titled(title, title + apart + "роведено 3 засідання"), AFTER)
    assert copied.status is S.PARTIALLY_DONE
    whole = assess(titled(title, title + apart + "роведено 4 засідання"), AFTER)
    assert whole.status is S.DONE


def test_a_plan_s_count_on_a_line_before_the_count_done() -> None:
    text = "Планувалося провести 6 ярмарків.\nПроведено 4."
    assert assess(measure(text, QUARTER), AFTER).status is S.PARTIALLY_DONE


def test_reports_of_several_dates_keep_their_labels() -> None:
    """«Станом на …:» before each period's report: the latest tells, as without the lead-in rule."""
    text = "Станом на 01.07.2017: не виконано\nСтаном на 01.10.2017: сайт оновлено"
    assert assess(measure(text, "протягом року"), date(2017, 10, 15)).status is not S.NOT_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # what a measure ensures working failed at times: a part of it
        (
            "Забезпечити функціонування реєстру",
            "Реєстр функціонує, однак протягом року зафіксовано 14 збоїв.",
            S.PARTIALLY_DONE,
        ),
        ("Забезпечити безперебійне водопостачання", "Зафіксовано 12 аварій.", S.PARTIALLY_DONE),
        # none found: done; a word of the title inside another is not the title's
        ("Забезпечити безперебійне водопостачання", "Перебоїв у водопостачанні не було.", S.DONE),
        ("Забезпечити функціонування реєстру", "Збоїв у роботі не зафіксовано.", S.DONE),
        # to find them is the work of control or monitoring
        ("Забезпечити контроль за станом мереж", "Виявлено 3 аварії, усі ліквідовано.", S.DONE),
        ("Здійснювати моніторинг аварій на мережах", "Зафіксовано 12 аварій.", S.DONE),
    ],
)
def test_failures_found_of_what_a_measure_ensures_working_are_a_part_undone(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


def test_who_lives_where_is_no_work_going_on() -> None:
    """«У громаді проживає 312 сімей»: a state of things, told in the present, no work."""
    text = "У громаді проживає 312 багатодітних сімей, у яких виховується 1 040 дітей."
    found = assess(titled("Забезпечити підтримку багатодітних сімей", text), AFTER)
    assert found.status is not S.PARTIALLY_DONE
    assert not any(r.code == "cue.ongoing" for r in found.reasons)


def test_information_given_in_a_letter_is_the_deed_of_a_measure_to_inform() -> None:
    text = "Інформацію про виконання надано листом від 12.01.2018 № 45."
    informing = titled("Щокварталу інформувати ОДА про виконання плану", text)
    assert assess(informing, AFTER).status is S.DONE
    beside = titled("Провести семінари", "Семінари проведено. " + text)
    assert assess(beside, AFTER).status is S.DONE


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_a_sentence_without_cues_says_it_was_a_guess(text: str) -> None:
    result = assess(measure(text, QUARTER), AFTER)
    assert [r.code for r in result.warnings] == ["text.no_cue"]
    assert "check it" in result.warnings[0].en and "перевірте" in result.warnings[0].uk


CONTRADICTIONS = [
    ("Не проводилось", S.DONE),
    ("Проведено 5 семінарів", S.NOT_DONE),
    ("Фінансування перенесено на 2018 рік", S.DONE),
    ("Виконано частково", S.DONE),
    ("Втратив актуальність", S.NOT_DONE),
]


@pytest.mark.parametrize(("text", "stated"), CONTRADICTIONS)
def test_a_stated_status_wins_but_a_contradiction_warns(text: str, stated: Status) -> None:
    result = assess(measure(text, QUARTER, status=stated), AFTER)
    assert result.status is stated
    assert [r.code for r in result.warnings] == ["explicit.contradiction"]
    assert any(r.evidence for r in result.reasons)  # the contradicting phrase is quoted


@pytest.mark.parametrize(
    ("text", "stated"), [("Проведено", S.DONE), ("Робота триває", S.IN_PROGRESS)]
)
def test_a_stated_status_the_text_agrees_with(text: str, stated: Status) -> None:
    assert assess(measure(text, QUARTER, status=stated), AFTER).warnings == ()


@pytest.mark.parametrize("text", ["Off track", "At risk", "Під ризиком", "Потребує уваги"])
def test_work_going_on_behind_alone_is_unfinished_at_the_term_s_end(text: str) -> None:
    """A tracker's word for work behind its schedule: not a duty carried out, at the year's end."""
    duty = attrs.evolve(
        titled("Забезпечення роботи гарячої лінії", text),
        deadline=Deadline.parse("протягом року", year=2017),
    )
    assert assess(duty, date(2018, 1, 15)).status is S.PARTIALLY_DONE
    assert assess(duty, date(2017, 6, 1)).status is S.IN_PROGRESS


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Термін виконання ще не настав", S.NOT_DUE),
        ("Не актуально.", S.CANCELLED),
        ("Substantial", S.PARTIALLY_DONE),  # the OGP scale, in no sentence of either language
        ("Limited", S.PARTIALLY_DONE),
        ("Значний прогрес", S.PARTIALLY_DONE),  # … with its noun
        # the shortened words of dense tables
        ("Викон.", S.DONE),
        ("Не вик.", S.NOT_DONE),
        ("Частк. вик.", S.PARTIALLY_DONE),
        ("Частк.", S.PARTIALLY_DONE),
        ("Прострочено", S.OVERDUE),  # a status word, not the verb of a sentence
        ("в/а", S.CANCELLED),  # «втратив актуальність», as a scale of statuses shortens it
        ("В. а.", S.CANCELLED),
        ("н/в", S.NOT_DONE),  # «не виконано», so shortened
        ("Н. в.", S.NOT_DONE),
        ("ч/в", S.PARTIALLY_DONE),  # «частково виконано»
        # the measure named first, shortened or with its status quoted
        ("Зах. вик.", S.DONE),
        ("Зах. не вик.", S.NOT_DONE),
        ("Захід – «виконано».", S.DONE),
        # the marks of a column of what there is («Наявність (є/немає)»)
        ("Є", S.DONE),
        ("В наявності", S.DONE),
        ("Немає", S.NOT_DONE),
    ],
)
def test_an_outcome_that_is_only_a_status_states_it(text: str, stated: Status) -> None:
    """Status words written in the outcome cell, with nothing else, state the status."""
    result = assess(measure(text, QUARTER), AFTER)
    assert (result.status, result.confidence) == (stated, Confidence.STATED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Проведення конкурсу міні-проєктів",
            "Конкурс проведено, переможцями стали 9 проєктів, розпочато їх реалізацію",
            S.DONE,
        ),
        (
            "Розроблення правил благоустрою",
            "Правила розроблено й ухвалено, триває їхнє впровадження",
            S.DONE,
        ),
        ("Adoption of the rules", "The rules were adopted and their implementation began", S.DONE),
        (
            "Укласти договір оренди приміщення",
            "Договір укладено, орендар приступив до використання приміщення",
            S.DONE,
        ),
        # the putting to use is the measure's own work, or another document's
        (
            "Реалізація проєктів-переможців",
            "Переможців визначено, розпочато їх реалізацію",
            S.PARTIALLY_DONE,
        ),
        (
            "Розроблення стратегії громади",
            "Стратегію ухвалено, план заходів щодо її реалізації розробляється",
            S.PARTIALLY_DONE,
        ),
    ],
)
def test_putting_to_use_what_the_measure_made_is_no_part_of_it(
    title: str, text: str, status: Status
) -> None:
    """What the measure made, put to use next, is not its own work going on past its term."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Ремонт амбулаторії", "Кошти спрямовано на ліквідацію наслідків обстрілів", S.NOT_DONE),
        (
            "Ліквідація наслідків надзвичайних ситуацій",
            "Кошти резервного фонду спрямовано на ліквідацію наслідків обстрілів",
            S.DONE,
        ),
        (
            "Створення запасу матеріальних резервів",
            "Запас не створено: кошти використано на ліквідацію наслідків повені",
            S.NOT_DONE,
        ),
        (
            "Ліквідація наслідків надзвичайних ситуацій",
            "Кошти резервного фонду використано на ліквідацію наслідків повені",
            S.DONE,
        ),
        ("Ремонт амбулаторії", "Кошти спрямовано на потреби Сил оборони", S.NOT_DONE),
        ("Підтримка Сил оборони", "Кошти спрямовано на потреби Сил оборони", S.DONE),
        # defence named otherwise in the title than in the outcome
        (
            "Надання фінансової підтримки Збройним Силам України",
            "Кошти спрямовано на потреби ЗСУ",
            S.DONE,
        ),
        ("Підтримка військових частин", "Кошти передано на підтримку Збройних Сил", S.DONE),
        ("Ремонт амбулаторії", "Кошти передано на підтримку Збройних Сил", S.NOT_DONE),
        ("Ремонт амбулаторії", "Кошти перерозподілено на заходи з відсічі агресії", S.NOT_DONE),
        ("Ремонт амбулаторії", "Кошти перерозподілено на оборонні потреби", S.NOT_DONE),
        ("Ремонт амбулаторії", "Кошти спрямовано на посилення обороноздатності", S.NOT_DONE),
    ],
)
def test_money_sent_to_what_the_measure_is_about_is_its_work(
    title: str, text: str, status: Status
) -> None:
    """Money sent elsewhere is the work not done, unless the title names that elsewhere."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Проведення роз'яснювальної роботи з населенням", S.DONE),  # the year's routine
        ("Будівництво спортивного майданчика", S.PARTIALLY_DONE),  # one thing, not yet made
        ("Створення інклюзивно-ресурсного центру", S.PARTIALLY_DONE),
        ("Придбання пожежного автомобіля", S.PARTIALLY_DONE),
    ],
)
def test_work_going_on_at_the_end_of_a_year_is_routine_unless_the_title_makes_one_thing(
    title: str, status: Status
) -> None:
    measure = Measure(
        number="1",
        title=title,
        deadline=Deadline.parse("протягом року", year=2017),
        outcome=Outcome(text="Виконується."),
    )
    assert assess(measure, AFTER).status is status
    assert assess(measure, DURING).status is S.IN_PROGRESS


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # a step towards the title's deed done, the deed itself not: not done
        ("Встановлення камер", "Камери придбано, але не встановлено.", S.NOT_DONE),
        (
            "Проведення інвентаризації",
            "Наказ про проведення інвентаризації видано, однак інвентаризацію не проведено.",
            S.NOT_DONE,
        ),
        ("Оновлення сайту громади", "Технічне завдання розроблено, сайт не оновлено.", S.NOT_DONE),
        # the title's infinitive, and the act its deed is taken by
        ("Облаштувати укриття", "Матеріали закуплено, однак укриття не облаштовано.", S.NOT_DONE),
        (
            "Затвердити положення про раду",
            "Проєкт положення погоджено з юристом, проте положення не затверджено.",
            S.NOT_DONE,
        ),
        (
            "Прийняти програму підтримки ветеранів",
            "Проєкт програми винесено на розгляд сесії, але рішення не прийнято.",
            S.NOT_DONE,
        ),
        # the deed a title names by its noun after «Забезпечити», «Організувати»
        ("Забезпечити встановлення камер", "Камери придбано, але не встановлено.", S.NOT_DONE),
        (
            "Організувати проведення конкурсу",
            "Положення затверджено, конкурс не відбувся.",
            S.NOT_DONE,
        ),
        # the act that forms a body, drafted: not signed, or on its way
        (
            "Утворити робочу групу з питань безбар'єрності",
            "Проєкт розпорядження про утворення робочої групи підготовлено, однак не підписано.",
            S.NOT_DONE,
        ),
        (
            "Утворити робочу групу з питань безбар'єрності",
            "Проєкт розпорядження про утворення робочої групи підготовлено.",
            S.PARTIALLY_DONE,
        ),
        (
            "Утворити робочу групу з питань безбар'єрності",
            "Підготовлено проєкт розпорядження, робочу групу утворено.",
            S.DONE,
        ),
        # an enterprise or an institution is formed by an act too, named or not
        (
            "Створити комунальне підприємство «Агенція розвитку»",
            "Проєкт рішення винесено на сесію, однак рішення не прийнято.",
            S.NOT_DONE,
        ),
        (
            "Утворити службу у справах дітей",
            "Проєкт рішення про утворення служби підготовлено.",
            S.PARTIALLY_DONE,
        ),
        # a place the conditions are made in is no body formed
        (
            "Створити умови для навчання в закладах освіти",
            "Проєкт рішення про закупівлю обладнання підготовлено, обладнання придбано.",
            S.DONE,
        ),
        # the act that adopts it drafted, not signed
        (
            "Затвердити положення про молодіжну раду",
            "Проєкт розпорядження про затвердження положення підготовлено, однак не підписано.",
            S.NOT_DONE,
        ),
        (
            "Розробити та затвердити положення про молодіжну раду",
            "Проєкт положення розроблено, однак не затверджено.",
            S.PARTIALLY_DONE,  # the drafting the title asks for too is done
        ),
        # the title's object not carried out, in another verb than the title's
        (
            "Укласти меморандум з університетом",
            "Проєкт меморандуму погоджено, однак меморандум не підписано.",
            S.NOT_DONE,
        ),
        ("Провести конкурс проєктів", "Положення затверджено, конкурс не відбувся.", S.NOT_DONE),
        ("Провести конкурс проєктів", "Положення затверджено, однак проведення конкурсу не "
         "відбулося.", S.NOT_DONE),
        (
            "Створити молодіжну раду",
            "Положення затверджено, але раду не сформовано через брак кандидатів.",
            S.NOT_DONE,
        ),
        # the title's deed done in part, or another thing not done: a part
        ("Провести конкурс проєктів", "Проведено 2 конкурси, третій конкурс не відбувся.",
         S.PARTIALLY_DONE),
        ("Проводити семінари", "Проведено 2 семінари, у грудні семінари не проводились.",
         S.PARTIALLY_DONE),
        (
            "Встановлення камер відеоспостереження",
            "Встановлено 10 камер, ще 6 не встановлено через відсутність коштів.",
            S.PARTIALLY_DONE,
        ),
        (
            "Проведення заходів до Дня Незалежності",
            "Покладання квітів відбулося, концерт не проведено через повітряну тривогу.",
            S.PARTIALLY_DONE,
        ),
        ("Придбання обладнання для укриттів", "Придбано генератори, лавки не придбано.",
         S.PARTIALLY_DONE),
        ("Придбати обладнання для укриттів", "Придбано генератори, лавки не придбано.",
         S.PARTIALLY_DONE),
        # a title that ensures a deed named by its noun, the deed done for a part
        (
            "Забезпечити виплату компенсації фізичним особам, які надають соціальні послуги",
            "Компенсацію виплачено за 10 місяців; за листопад–грудень виплату не здійснено.",
            S.PARTIALLY_DONE,
        ),
        ("Забезпечити виплату компенсації", "Документи підготовлено, однак виплату не здійснено.",
         S.NOT_DONE),
        # the title's object only as what another thing not done is of: the audit failed
        (
            "Забезпечити доступність офіційного вебсайту громади для осіб з порушеннями зору",
            "Встановлено версію для людей з порушенням зору; аудит доступності на "
            "відповідність WCAG не проводився.",
            S.PARTIALLY_DONE,
        ),
    ],
)  # fmt: skip
def test_a_step_done_beside_the_title_s_deed_not_done(title: str, text: str, status: S) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Прийняти програму розвитку культури", S.DONE),  # no changes were needed
        ("Внести зміни до програми розвитку культури", S.PARTIALLY_DONE),  # the changes asked
    ],
)
def test_changes_not_made_are_a_failure_only_of_a_measure_that_asks_for_them(
    title: str, status: S
) -> None:
    text = "Програму прийнято 12.09.2017; зміни до програми протягом року не вносились."
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize("text", ["²", "³", "½"])
def test_a_digit_no_number_is_made_of_is_no_count(text: str) -> None:
    # «²» is a digit to Python's isdigit, yet no int(): found by the round-trip property
    measure = attrs.evolve(
        titled("Провести 15 семінарів", text), deadline=Deadline.parse("протягом року", year=2017)
    )
    assert assess(measure, date(2018, 1, 15)).status is S.OVERDUE


@pytest.mark.parametrize(
    "text",
    [
        "У роботі", "Виконується", "В процесі", "In progress", "Триває.", "Ongoing", "On track",
        # who tells, in brackets after the words
        "Ongoing (Department of Education)", "Триває (відділ культури).",
        "1) Ongoing",  # a list of one item
    ],
)  # fmt: skip
def test_work_said_going_on_alone_is_read_by_the_term(text: str) -> None:
    """Any words for work going on, alone in the outcome cell, read alike: by the term."""
    assert assess(measure(text, QUARTER), DURING).status is S.IN_PROGRESS
    assert assess(measure(text, QUARTER), AFTER).status is S.PARTIALLY_DONE
    # a duty all year long, going on at its end, is done (weakly), whichever the words
    duty = attrs.evolve(
        titled("Забезпечення роботи гарячої лінії", text),
        deadline=Deadline.parse("протягом року", year=2017),
    )
    said = assess(duty, date(2018, 1, 15))
    assert (said.status, said.confidence) == (S.DONE, Confidence.WEAK)


@pytest.mark.parametrize(
    ("text", "status", "confidence"),
    [
        ("Рішення виконавчого комітету від 15.05.2017 № 112", S.DONE, Confidence.WEAK),
        ("Розпорядження голови від 2.11.2017 № 45 «Про склад комісії».", S.DONE, Confidence.WEAK),
        ("Наказ № 15 від 03.11.2017", S.DONE, Confidence.WEAK),  # its number first
        ("Протокол № 3", S.DONE, Confidence.WEAK),  # its number alone, the whole outcome
        ("Рішення сесії № 45-12/VII.", S.DONE, Confidence.WEAK),
        ("Проєкт рішення № 5", S.OVERDUE, Confidence.NONE),
        ("Рішення сесії № 45-12/VII від 3 листопада 2017 року", S.DONE, Confidence.WEAK),
        ("Проєкт рішення від 10.10.2017 № 5", S.OVERDUE, Confidence.NONE),
        ("Проєкт рішення № 5 від 10.10.2017", S.OVERDUE, Confidence.NONE),
        ("Лист до міністерства від 10.10.2017 № 01-15/234", S.OVERDUE, Confidence.NONE),
        ("Звіт оприлюднено: https://rada.example.gov.ua/news/12345/zvit", S.DONE, Confidence.CLEAR),
        # counts alone tell of what was done; not a plan's, money, or none
        ("6 засідань комісії, 48 розглянутих питань", S.DONE, Confidence.WEAK),
        ("За рік – 17 консультацій", S.DONE, Confidence.WEAK),
        ("0 засідань", S.NOT_DONE, Confidence.WEAK),  # none: nothing done, as «Засідань – 0»
        ("Тренінгів – 3, слухачів – 64", S.DONE, Confidence.WEAK),  # the noun counted first
        ("К-ть перевірок: 11", S.DONE, Confidence.WEAK),
        ("Листопад – 2", S.OVERDUE, Confidence.NONE),  # a month's day, no count
        # the work named as a noun, as plans name it: done, weakly; not for a later year, not
        # negated, not a thing or a body that ends alike, not an event without its date
        ("Оновлення переліку адміністративних послуг на сайті", S.DONE, Confidence.WEAK),
        ("Щорічне проведення толоки у парку", S.DONE, Confidence.WEAK),
        ("Проведення ремонту клубу у 2018 році", S.OVERDUE, Confidence.NONE),
        ("Оновлення сайту ще не завершене", S.NOT_DONE, Confidence.CLEAR),
        ("Необхідне погодження з міністерством", S.OVERDUE, Confidence.NONE),
        ("Вимагає фінансування", S.OVERDUE, Confidence.NONE),
        ("Затримка фінансування", S.OVERDUE, Confidence.NONE),  # what held the work up
        ("Зрив постачання обладнання", S.OVERDUE, Confidence.NONE),
        ("Управління культури та туризму", S.OVERDUE, Confidence.NONE),
        ("Засідання громадської ради", S.OVERDUE, Confidence.NONE),
        ("За планом – 6 засідань", S.OVERDUE, Confidence.NONE),
        ("Видатки – 120 тис. грн", S.OVERDUE, Confidence.NONE),
        # counts of none alone: nothing done; none of the money is no count of work
        ("Кількість охоплених осіб – 0", S.NOT_DONE, Confidence.WEAK),
        ("Семінарів – 0, учасників – 0", S.NOT_DONE, Confidence.WEAK),
        ("Обсяг фінансування – 0 тис. грн", S.OVERDUE, Confidence.NONE),
        ("0", S.NOT_DONE, Confidence.WEAK),
        ("2025", S.OVERDUE, Confidence.NONE),  # a year, or a number of no count asked for
        ("12", S.OVERDUE, Confidence.NONE),
        ("0 тис. грн", S.OVERDUE, Confidence.NONE),  # money, no count of work
        ("Необхідно встановити 5 камер", S.OVERDUE, Confidence.NONE),  # a need, no count done
        ("5 trainings, 120 participants", S.DONE, Confidence.WEAK),
        ("Development of the anti-corruption strategy", S.DONE, Confidence.WEAK),  # English too
        ("Development of the strategy in 2018.", S.OVERDUE, Confidence.NONE),  # for later
        ("Проведення ремонту клубу – 2018.", S.OVERDUE, Confidence.NONE),
        ("Management of the register", S.OVERDUE, Confidence.NONE),  # no work, a duty's name
        ("The e-consultation platform is available online", S.DONE, Confidence.CLEAR),
        # dated events alone, all past: done; one still to come says nothing
        ("21 листопада – засідання «круглого столу»", S.DONE, Confidence.WEAK),
        ("У жовтні та грудні – виїзні прийоми громадян", S.DONE, Confidence.WEAK),
        ("20 січня 2018 року – засідання колегії", S.OVERDUE, Confidence.NONE),
        # the date the report is as of is no event to come
        (
            "21 листопада – засідання; 5 грудня – форум (станом на 01.01.2018)",
            S.DONE,
            Confidence.WEAK,
        ),
    ],
)
def test_an_act_cited_alone_counts_alone_and_a_link_in_the_text(
    text: str, status: Status, confidence: Confidence
) -> None:
    assessed = assess(measure(text, QUARTER), AFTER)
    assert (assessed.status, assessed.confidence) == (status, confidence)
    if confidence is Confidence.WEAK:
        assert assessed.reasons[0].code in (
            "cue.act", "cue.counts", "cue.events", "cue.named_work", "cue.none_counted"
        )  # fmt: skip

        assert assessed.reasons[0].evidence is not None
        assert assessed.reasons[0].evidence in text


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Укласти договір на вивезення відходів",
            "Договір № 12/17 від 15.11.2017 з ТОВ «Еко»",
            S.DONE,
        ),
        ("Підготувати аналітичну довідку", "Аналітична довідка від 10.12.2017.", S.DONE),
        ("Підписати меморандум з університетом", "Меморандум від 22.11.2017 № 4", S.DONE),
        # papers of the work's acceptance show it done, whatever the measure
        ("Придбати генератор", "Видаткова накладна № 45 від 12.12.2017", S.DONE),
        ("Відремонтувати дах", "Акт приймання-передачі від 20.12.2017 № 3", S.DONE),
        # a document of another kind than the title asks for, or a draft, shows nothing
        ("Провести ремонт даху школи", "Договір № 12/17 від 15.11.2017", S.OVERDUE),
        ("Укласти договір на вивезення відходів", "Проєкт договору від 15.11.2017 № 12", S.OVERDUE),
        ("Провести семінар", "Звіт від 12.12.2017", S.OVERDUE),
    ],
)
def test_a_document_cited_alone_shows_the_work_done_where_it_is_what_the_work_makes(
    title: str, text: str, status: Status
) -> None:
    assessed = assess(titled(title, text), AFTER)
    assert assessed.status is status
    if status is S.DONE:
        assert assessed.confidence is Confidence.WEAK
        assert assessed.reasons[0].code == "cue.document"
        assert assessed.reasons[0].evidence in text
    else:
        assert assessed.confidence is Confidence.NONE


@pytest.mark.parametrize(
    "text",
    [
        "https://rada.example.gov.ua/news/12345",
        "Посилання: https://rada.example.gov.ua/news/12345/",
        "https://rada.example.gov.ua/news/1, https://rada.example.gov.ua/news/2",
    ],
)
def test_links_alone_show_what_was_published_where_the_measure_publishes(text: str) -> None:
    published = assess(titled("Оприлюднювати інформацію на сайті громади", text), AFTER)
    assert (published.status, published.confidence) == (S.DONE, Confidence.WEAK)
    assert published.reasons[0].code == "cue.link"
    assert published.reasons[0].evidence.startswith("https://rada.example.gov.ua/news/")
    # of other work a link tells nothing; and it is in no language civplan cannot read
    repair = assess(titled("Провести ремонт даху школи", text), AFTER)
    assert repair.confidence is Confidence.NONE
    assert repair.reasons[0].code != "text.language"


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Надати Мінекономіки інформацію про виконання програми", S.DONE),
        ("Подати пропозиції до проєкту бюджету", S.DONE),
        ("Провести ремонт даху школи", S.OVERDUE),  # a letter is no repair
    ],
)
def test_a_letter_cited_alone_sends_what_a_measure_asks_to_send(title: str, status: Status) -> None:
    assessed = assess(titled(title, "Лист від 12.12.2017 № 01-02/345"), AFTER)
    assert assessed.status is status
    if status is S.DONE:
        assert assessed.confidence is Confidence.WEAK
        assert assessed.reasons[0].code == "cue.letter"
        assert assessed.reasons[0].evidence == "Лист від 12.12.2017 № 01-02/345"


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Реконструкція котельні ліцею",
            "Роботи не розпочато. Питання фінансування неодноразово порушувалося перед ОВА.",
            S.NOT_DONE,
        ),
        (
            "Реконструкція котельні ліцею",
            "Роботи не розпочато, управління звернулося до ОВА щодо виділення коштів",
            S.NOT_DONE,
        ),
        (
            "Repair of the clinic roof",
            "The works did not start; the department sent letters to the Ministry.",
            S.NOT_DONE,
        ),
        # the asking is the measure's own work: a part of it, though no answer came
        (
            "Звернутися до ОВА щодо виділення коштів на котельню",
            "Направлено лист до ОВА щодо виділення коштів, відповіді не отримано",
            S.PARTIALLY_DONE,
        ),
    ],
)
def test_asking_others_for_what_a_failed_measure_lacked_is_no_part_of_it(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Будівництво І черги каналізаційних мереж", S.DONE),  # the measure is that stage
        ("Провести перший етап інвентаризації", S.DONE),
        ("Будівництво каналізаційних мереж", S.PARTIALLY_DONE),  # the stage is a part of it
    ],
)
def test_a_first_stage_done_is_the_whole_of_a_measure_that_is_that_stage(
    title: str, status: Status
) -> None:
    assessed = assess(titled(title, "Роботи першого етапу завершено, об'єкт прийнято"), AFTER)
    assert assessed.status is status
    if status is S.PARTIALLY_DONE:  # the reason quotes the stage with the deed
        assert assessed.reasons[0].evidence == "першого етапу завершено"


@pytest.mark.parametrize(
    ("title", "status"),
    [
        ("Ремонт даху бібліотеки", S.NOT_DONE),  # telling of it is no part of the work
        ("Висвітлення ходу ремонту на сайті громади", S.PARTIALLY_DONE),  # the measure informs
    ],
)
def test_information_posted_beside_work_not_done_is_no_part_of_the_work(
    title: str, status: Status
) -> None:
    text = "Ремонт не проводився через відсутність коштів. Інформацію розміщено на сайті ради."
    assert assess(titled(title, text), AFTER).status is status


def test_information_posted_is_the_work_where_the_outcome_names_informing_as_it() -> None:
    text = "Здійснюється інформування населення, розміщено 48 матеріалів. Форум не проводився."
    assert assess(titled("Захід", text), AFTER).status is S.PARTIALLY_DONE


def test_information_posted_beside_work_postponed_leaves_it_postponed() -> None:
    text = "Ремонт перенесено на 2018 рік. Інформацію про це оприлюднено на сайті."
    assert assess(titled("Ремонт даху", text), AFTER).status is S.POSTPONED


@pytest.mark.parametrize(
    ("title", "as_of", "status"),
    [
        ("Розробити положення про конкурс", DURING, S.DONE),  # drafted: the measure is done
        ("Розробити положення про конкурс", AFTER, S.DONE),
        ("Підготувати проєкт розпорядження", AFTER, S.DONE),
        ("Затвердити положення про конкурс", AFTER, S.PARTIALLY_DONE),  # its approval asked
        ("Розробити та затвердити положення", AFTER, S.PARTIALLY_DONE),
    ],
)
def test_a_draft_awaiting_others_approval_is_done_where_the_measure_is_to_draft_it(
    title: str, as_of: date, status: Status
) -> None:
    drafted = titled(title, "Проєкт розроблено та направлено на погодження до юридичного відділу")
    assert assess(drafted, as_of).status is status


def test_the_title_copied_as_the_report_reports_nothing() -> None:
    """A report cell that repeats the measure's title names no work done: the dates decide."""
    assessed = assess(titled("Оновлення реєстру пам'яток", "Оновлення реєстру пам'яток."), AFTER)
    assert (assessed.status, assessed.confidence) == (S.OVERDUE, Confidence.NONE)


def test_information_given_early_the_next_quarter_is_that_quarter_s() -> None:
    # «Надати інформацію щокварталу»: a quarter's information goes out after it ends,
    # the year once for the list of letters' days
    asked = Measure(
        number="1",
        title="Надавати інформацію облдержадміністрації",
        deadline=Deadline.parse("щокварталу", year=2017),
        outcome=Outcome(text="Інформацію надано листами від 05.04, 04.07, 03.10 та 28.12.2017"),
    )
    assert assess(asked, AFTER).status is S.DONE
    fewer = attrs.evolve(
        asked, outcome=Outcome(text="Інформацію надано листами від 05.04 та 04.07.2017")
    )
    assert assess(fewer, AFTER).status is S.PARTIALLY_DONE
    # one letter alone is how the report was sent, maybe of the whole year's information
    sent = attrs.evolve(asked, outcome=Outcome(text="Інформацію надано листом від 28.12.2017 № 4"))
    assert assess(sent, AFTER).status is S.DONE
    # meetings are held within their quarters: one in April is the second quarter's
    held = attrs.evolve(
        asked,
        title="Проводити засідання комісії",
        outcome=Outcome(text="Засідання проведено 05.04, 04.07 та 03.10.2017"),
    )
    assert assess(held, AFTER).status is S.PARTIALLY_DONE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("У ІІІ та ІV кварталах засідання не проводились.", S.PARTIALLY_DONE),
        ("У ІІ кварталі засідання не проводилось через відсутність кворуму.", S.PARTIALLY_DONE),
        # every time, or no time named: none held
        ("У І–ІV кварталах засідання не проводились.", S.NOT_DONE),
        ("Засідання не проводились.", S.NOT_DONE),
    ],
)
def test_a_recurring_measure_missed_only_in_the_periods_named_is_done_in_part(
    text: str, status: Status
) -> None:
    measure = Measure(
        number="1",
        title="Проводити засідання координаційної ради",
        deadline=Deadline.parse("щокварталу", year=2017),
        outcome=Outcome(text=text),
    )
    assessed = assess(measure, date(2018, 1, 15))
    assert assessed.status is status
    if status is S.PARTIALLY_DONE:
        assert assessed.reasons[-1].code == "rule.failed_occurrences"
        assert "невиконаним лише" in assessed.reasons[-1].uk


def test_pieces_are_no_count_of_the_times_a_term_recurs() -> None:
    """«Придбано 10 од.» of a monthly measure counts no meetings: nothing fewer than asked."""
    measure = Measure(
        number="1",
        title="Проведення засідань",
        deadline=Deadline.parse("щомісяця", year=2017),
        outcome=Outcome(text="Придбано 10 од."),
    )
    assert assess(measure, date(2018, 1, 15)).status is S.DONE


def test_letters_one_for_each_time_are_that_time_s_report() -> None:
    """Results sent by letters, each after its half-year, tell of both halves; one day, of one."""
    later = date(2018, 1, 25)
    monitored = Measure(
        number="1",
        title="Проведення моніторингу виконання програми",
        deadline=Deadline.parse("щопівроку", year=2017),
        outcome=Outcome(
            text="Моніторинг проведено, результати надіслано листами від 14.07.2017 № 12 "
            "та від 19.01.2018 № 3"
        ),
    )
    assert assess(monitored, later).status is S.DONE
    # one letter after the year tells of all of it, as before
    one = attrs.evolve(
        monitored, outcome=Outcome(text="Результати моніторингу надіслано листом від 19.01.2018")
    )
    assert assess(one, later).status is S.DONE
    # a day tells of one time: a letter in mid-July is not both the II and III quarter's
    quarterly = attrs.evolve(
        monitored,
        deadline=Deadline.parse("щокварталу", year=2017),
        outcome=Outcome(text="Результати надіслано листом від 14.07.2017 та листом від 19.01.2018"),
    )
    assessed = assess(quarterly, later)
    assert assessed.status is S.PARTIALLY_DONE
    assert assessed.reasons[-1].code == "rule.fewer_occurrences"
    assert "2 з 4" in assessed.reasons[-1].uk
    # the half-year named after «за підсумками»
    halved = attrs.evolve(
        monitored, outcome=Outcome(text="Моніторинг проведено за підсумками І півріччя")
    )
    assert assess(halved, later).status is S.PARTIALLY_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Провести конкурс «Кращий староста року»", "Проведення конкурсу скасовано", S.CANCELLED),
        (
            "Організувати конкурс дитячого малюнка",
            "Конкурс скасовано рішенням виконкому",
            S.CANCELLED,
        ),
        ("Провести конкурс на закупівлю шкільного автобуса", "Конкурс скасовано", S.NOT_DONE),
        ("Придбати шкільний автобус", "Конкурсні торги скасовано", S.NOT_DONE),
    ],
)
def test_a_contest_called_off_is_the_measure_called_off_unless_it_buys(
    title: str, text: str, status: Status
) -> None:
    """A contest the measure holds, called off, withdraws it; a tender called off failed."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Підготувати та подати заявку на участь у конкурсі проєктів регіонального розвитку",
            "Заявку подано у квітні, однак проєкт не пройшов конкурсний відбір.",
            S.DONE,
        ),
        (
            "Подати проєктні заявки до міжнародних донорів",
            "Подано дві проєктні заявки, обидві перебувають на розгляді.",
            S.DONE,
        ),
        (
            "Submit an application to the regional grant programme",
            "The application was submitted in March but was not selected for funding.",
            S.DONE,
        ),
        ("Подати заявку на участь у конкурсі", "Заявку не подано.", S.NOT_DONE),
        # a project sent to a contest is an application
        ("Подати проєкт на конкурс ДФРР", "Проєкт подано; комісія його не підтримала.", S.DONE),
        ("Подати проєкт на конкурс ДФРР", "Проєкт не подано.", S.NOT_DONE),
        # the results awaited are the contest's, not the measure's work to come
        ("Подати проєкт на конкурс ДФРР", "Проєкт подано, результати очікуються.", S.DONE),
        ("Розробити проєкт та подати на конкурс", "Розроблено і подано, чекаємо рішення", S.DONE),
        # proposals given, which others take into account or not
        ("Надати пропозиції до програми", "Пропозиції надано ОДА, однак не враховано.", S.DONE),
        (
            "Внести пропозиції щодо змін до бюджету",
            "Пропозиції внесено, але не підтримано депутатами.",
            S.DONE,
        ),
        ("Надати пропозиції до програми", "Пропозиції не надано.", S.NOT_DONE),
    ],
)
def test_an_application_submitted_is_the_measure_whatever_others_decide(
    title: str, text: str, status: Status
) -> None:
    """Where the measure is to apply, the selection and the review after it are others' work."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Не допустити заборгованості з оплати праці",
            "Допущено заборгованість 300 тис. грн",
            S.NOT_DONE,
        ),
        ("Не допустити заборгованості з оплати праці", "Заборгованості не допущено", S.DONE),
        ("Недопущення випадків травмування дітей", "Зафіксовано 2 випадки травмування", S.NOT_DONE),
        ("Недопущення випадків травмування дітей", "Випадків травмування не зафіксовано", S.DONE),
        (
            "Забезпечити недопущення підтоплень",
            "Утворилися підтоплення на двох вулицях",
            S.NOT_DONE,
        ),
        ("Не допускати порушень під час закупівель", "Виявлено 4 порушення", S.NOT_DONE),
        # the same words, of a measure that is to find them: what it found is its work
        ("Провести перевірку закупівель", "Виявлено 4 порушення", S.DONE),
    ],
)
def test_what_a_measure_is_to_keep_from_happening_happened(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


def test_where_the_measure_is_to_win_the_money_the_choice_against_it_counts() -> None:
    title = "Залучити кошти фонду регіонального розвитку на будівництво басейну"
    text = "Заявку подано у квітні, однак проєкт не пройшов конкурсний відбір."
    assert assess(titled(title, text), AFTER).status is not S.DONE


def test_a_report_still_to_come_is_the_measure_to_come_where_the_report_is_the_measure() -> None:
    """«Звіт буде оприлюднено» tells nothing of a seminar, but all of «Оприлюднити звіт»."""
    text = "Звіт буде оприлюднено після затвердження сесією."
    published = assess(titled("Оприлюднити звіт про виконання бюджету", text), AFTER)
    assert published.confidence is Confidence.CLEAR and published.status is not S.DONE
    assert any("буде оприлюднено" in str(reason) for reason in published.reasons)
    seminar = assess(titled("Провести семінар для старост", text), AFTER)
    assert seminar.confidence is Confidence.NONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Забезпечити своєчасну виплату заробітної плати працівникам бюджетної сфери",
            "Станом на 01.01.2018 заборгованість із заробітної плати становить 350 тис. грн.",
            S.NOT_DONE,
        ),
        (
            "Відшкодувати вартість пільгового проїзду",
            "Відшкодовано 2,1 млн грн, заборгованість перед перевізниками становить 0,9 млн грн.",
            S.PARTIALLY_DONE,
        ),
        (
            "Провести роботу з погашення заборгованості із заробітної плати",
            "Заборгованість зменшено з 1,2 млн грн до 0,4 млн грн.",
            S.PARTIALLY_DONE,
        ),
        (
            "Провести роботу з погашення заборгованості із заробітної плати",
            "Заборгованість погашено в повному обсязі.",
            S.DONE,
        ),
        # the date the debt stood at between its words
        (
            "Забезпечити своєчасну виплату заробітної плати",
            "Заборгованість станом на 01.01.2018 становить 350 тис. грн.",
            S.NOT_DONE,
        ),
        (
            "Погасити заборгованість із заробітної плати",
            "Заборгованість скорочено з 2,4 млн грн до 1,1 млн грн.",
            S.PARTIALLY_DONE,
        ),
        (
            "Погасити заборгованість із заробітної плати",
            "Заборгованість зменшилась на 10 % і становить 1,1 млн грн.",
            S.PARTIALLY_DONE,
        ),
        # a debt grown is the aim missed, not a part of it met
        (
            "Скоротити заборгованість із заробітної плати",
            "Заборгованість зросла на 14 % і становить 2,3 млн грн.",
            S.NOT_DONE,
        ),
        # a title that asks only to lower the debt is met where it fell
        (
            "Скоротити заборгованість із заробітної плати",
            "Заборгованість зменшилась на 10 % і становить 1,1 млн грн.",
            S.DONE,
        ),
        (
            "Скоротити заборгованість із заробітної плати",
            "Заборгованість скорочено з 2,4 млн грн до 1,1 млн грн.",
            S.DONE,
        ),
        (
            "Скоротити заборгованість із заробітної плати",
            "Заборгованість становить 1,1 млн грн.",
            S.NOT_DONE,
        ),
        (
            "Оплата послуг з вуличного освітлення",
            "Оплачено 9 місяців, заборгованість за 3 місяці становить 145 тис. грн.",
            S.PARTIALLY_DONE,
        ),
        # a debt told of beside other work is no part of it
        (
            "Провести засідання комісії з питань погашення заборгованості",
            "Проведено засідання комісії, заборгованість зменшилась до 2 млн грн.",
            S.DONE,
        ),
        (
            "Провести семінар для бухгалтерів",
            "Семінар проведено. Заборгованість підприємств становить 12 млн грн.",
            S.DONE,
        ),
    ],
)
def test_a_debt_still_owed_leaves_a_measure_to_pay_it_off_undone(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


def test_a_count_of_none_below_the_title_s_is_none_done() -> None:
    """«Підключено 0 закладів з 12» of «Підключити 12 закладів»: not a part, none."""
    measure = titled("Підключити 12 закладів освіти", "Підключено 0 закладів з 12.")
    assert assess(measure, AFTER).status is S.NOT_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # the title's deed named no longer needed, now
        ("Розробити порядок надання допомоги", "Потреби у розробленні порядку немає.", S.CANCELLED),
        ("Розробити порядок надання допомоги", "Необхідність у розробленні відсутня.", S.CANCELLED),
        (
            "Розроблення порядку надання допомоги",
            "Розроблення порядку не потребується.",
            S.CANCELLED,
        ),
        (
            "Розробити порядок надання допомоги",
            "У зв'язку зі змінами законодавства розроблення порядку не потрібне.",
            S.CANCELLED,
        ),
        (
            "Розробити порядок надання допомоги",
            "Розробляти порядок не потрібно, оскільки його затверджено Кабінетом Міністрів.",
            S.CANCELLED,
        ),
        ("Придбати генератор для котельні", "Немає потреби.", S.CANCELLED),
        # the measure itself named no longer needed, whatever its deed
        (
            "Проведення форуму громадських організацій",
            "Питання вирішено в іншому порядку, потреба у заході відсутня.",
            S.CANCELLED,
        ),
        ("Проведення форуму", "Потреба у виконанні заходу відсутня.", S.CANCELLED),
        ("Надання допомоги у разі потреби", "Потреби у заході не виникало.", S.DONE),
        # none in need, or no need that arose: the aim met
        ("Забезпечити житлом дітей-сиріт", "Потреби в житлі немає.", S.DONE),
        ("Придбати генератор для котельні", "Потреби в придбанні не було.", S.DONE),
        ("Надання допомоги у разі потреби", "Потреби у наданні допомоги немає.", S.DONE),
        ("Проводити перевірки закладів", "Потреби у проведенні перевірок немає.", S.DONE),
        # another thing not needed
        ("Проведення засідань комісії", "Потреби у проведенні перевірок немає.", S.DONE),
        ("Придбати генератор для котельні", "Генератор придбано, додаткового не потрібно.", S.DONE),
        # an act a plan of regulatory acts names, and the need said absent as a noun
        (
            "Про затвердження Порядку розміщення об’єктів сезонної торгівлі",
            "Немає потреби: питання врегульоване законом.",
            S.CANCELLED,
        ),
        (
            "Придбати генератор для котельні",
            "Відсутність потреби у придбанні генератора після підключення котельні до"
            " резервної лінії.",
            S.CANCELLED,
        ),
        # a failure justified by no need stays one, as the seed's «Не проводилось у зв'язку
        # із тим, що не було програм …»
        ("Провести семінар для старост", "Не проводилось через відсутність потреби.", S.NOT_DONE),
        (
            "Придбати генератор для котельні",
            "Генератор не придбано, оскільки потреби немає.",
            S.NOT_DONE,
        ),
    ],
)
def test_a_deed_no_longer_needed_is_cancelled(title: str, text: str, status: Status) -> None:
    """«Потреби у розробленні порядку немає» of «Розробити порядок»: no longer relevant."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Побудувати полігон твердих побутових відходів",
            "Питання будівництва полігону неодноразово розглядалось на засіданнях виконкому."
            " Земельну ділянку не визначено.",
            S.NOT_DONE,
        ),
        (
            "Придбати автобус для підвезення учнів",
            "Питання обговорено з депутатами, однак кошти не виділено.",
            S.NOT_DONE,
        ),
        # a deed beside the talk still counts
        (
            "Побудувати полігон твердих побутових відходів",
            "Питання розглянуто на сесії, земельну ділянку виділено, проєкт не розроблено.",
            S.PARTIALLY_DONE,
        ),
        # where the title asks to consider it, the talk is the deed
        (
            "Розглянути на засіданні виконкому питання будівництва полігону",
            "Питання розглядалось на засіданні виконкому 12.05.2017, рішення не прийнято.",
            S.PARTIALLY_DONE,
        ),
    ],
)
def test_a_question_talked_over_is_no_part_of_a_deed_not_done(
    title: str, text: str, status: Status
) -> None:
    """«Питання розглядалось …, ділянку не визначено»: nothing of the works was done."""
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    "text",
    [
        "Порушень не виявлено, заходи реагування не вживались.",
        "Проведено 24 рейди. Порушень не виявлено, приписи не видавались, заходи не вживались.",
        "No violations were found; no measures were taken.",
    ],
)
def test_no_answer_is_owed_where_nothing_was_found(text: str) -> None:
    """With nothing found, the answers not given are no failure of the checks."""
    checks = titled("Вживати заходів реагування на порушення правил благоустрою", text)
    assert assess(checks, AFTER).status is S.DONE


def test_an_answer_not_given_to_what_was_found_is_still_a_failure() -> None:
    text = "Виявлено 12 порушень. Заходи реагування не вживались."
    checks = titled("Вживати заходів реагування на порушення правил благоустрою", text)
    assert assess(checks, AFTER).status is not S.DONE


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Проєкт постанови розроблено, триває погодження з міністерствами.", S.PARTIALLY_DONE),
        ("Проєкт розроблено та внесено до Кабінету Міністрів, перебуває на розгляді.", S.DONE),
        ("Проєкт розроблено та подано до Кабінету Міністрів; триває його розгляд.", S.DONE),
        # sent on for approval is no submission
        ("Проєкт розроблено та направлено на погодження до Мінфіну.", S.PARTIALLY_DONE),
        ("Проєкт розроблено, перебуває на погодженні у Мінфіні.", S.PARTIALLY_DONE),
    ],
)
@pytest.mark.parametrize(
    "title",
    [
        "Розробити та подати на розгляд Кабінету Міністрів проєкт постанови",
        "Розробити та подати Кабінетові Міністрів проєкт постанови",  # the body in the dative
    ],
)
def test_approvals_before_the_submission_a_measure_asks_for_are_its_own_work(
    title: str, text: str, status: Status
) -> None:
    """«Розробити та подати на розгляд …»: what awaits approval is others' only once submitted."""
    assert assess(titled(title, text), AFTER).status is status
    # a measure that asks only for the draft is done with it
    assert assess(titled("Розробити проєкт постанови", text), AFTER).status is S.DONE


@pytest.mark.parametrize(
    "text",
    [
        "Законопроєкт повернуто суб'єкту права законодавчої ініціативи.",
        "Проєкт закону повернуто без розгляду.",
    ],
)
def test_a_bill_sent_back_is_not_passed(text: str) -> None:
    title = "Забезпечити прийняття Закону України «Про місцевий референдум»"
    assert assess(titled(title, text), AFTER).status is S.NOT_DONE


@pytest.mark.parametrize(
    "title",
    [
        "Ініціювати внесення змін до законодавства про місцеве самоврядування",
        "Підготувати пропозиції щодо внесення змін до Закону України «Про туризм»",
    ],
)
def test_a_measure_that_brings_an_act_about_is_done_when_it_asks_for_it(title: str) -> None:
    """Proposals sent are the measure; the draft others write from them is theirs."""
    text = (
        "Направлено пропозиції до Мінрегіону (лист від 10.04.2017 № 12-34). Мінрегіон "
        "повідомив, що їх буде враховано під час доопрацювання законопроєкту."
    )
    assert assess(titled(title, text), AFTER).status is S.DONE
    # a measure that asks for the act adopted is not done by a draft
    adopted = titled("Внести зміни до Положення про конкурс", "Проєкт рішення розроблено.")
    assert assess(adopted, AFTER).status is not S.DONE


def test_a_stop_asked_for_and_not_made_is_no_work_that_went_on() -> None:
    """«не припинено» of a measure that asks to stop a thing: not done («не припинялась»: on)."""
    stop = titled("Припинити дію договору оренди з підприємством", "Дію договору не припинено.")
    assert assess(stop, AFTER).status is S.NOT_DONE


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # a later year's list: the work moved into it
        (
            "Відремонтувати дорогу по вул. Садовій",
            "Об'єкт включено до переліку на 2018 рік.",
            S.POSTPONED,
        ),
        (
            "Відремонтувати дорогу по вул. Садовій",
            "Дорогу внесено до титулу на наступний рік.",
            S.POSTPONED,
        ),
        # the inclusion the title asks for, or into the list it draws up: the deed itself
        ("Включити дорогу до титулу на 2018 рік", "Дорогу включено до титулу на 2018 рік.", S.DONE),
        (
            "Сформувати перелік об'єктів ремонту на наступний рік",
            "Об'єкти включено до переліку на наступний рік.",
            S.DONE,
        ),
    ],
)
def test_an_inclusion_in_a_later_year_s_list_moves_the_work_unless_it_is_the_measure(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Договір підряду виконано в повному обсязі.", S.DONE),  # the works' contract fulfilled
        ("Укладено договір підряду.", S.PARTIALLY_DONE),  # a step towards them only
    ],
)
def test_a_contract_for_the_works_fulfilled_is_the_works_done(text: str, status: Status) -> None:
    assert assess(titled("Провести капітальний ремонт покрівлі", text), AFTER).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Здійснювати контроль за станом благоустрою",
            "Проведено 6 рейдів, протоколи про адміністративні правопорушення не складались.",
            S.DONE,
        ),
        (
            "Перевірити факти своєчасного подання декларацій",
            "Перевірку проведено, повідомлення про неподання декларацій не направлялись.",
            S.DONE,
        ),
        # the record the measure asks for, not made: no breach spared, the deed not done
        ("Скласти протокол громадських слухань", "Протокол не складено.", S.NOT_DONE),
        ("Направити повідомлення до НАЗК", "Повідомлення не направлялись.", S.NOT_DONE),
    ],
)
def test_no_sanction_or_report_of_a_breach_called_for_is_no_failure(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Внесено дані про 40 % земельних ділянок.", S.PARTIALLY_DONE),
        ("Внесено відомості щодо всіх земельних ділянок.", S.DONE),
    ],
)
def test_records_entered_for_a_share_of_the_objects_are_that_share(
    text: str, status: Status
) -> None:
    assert assess(titled("Наповнити геопортал громади", text), AFTER).status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Підвезення 280 учнів здійснюється 5 шкільними автобусами.", S.DONE),  # a daily service
        ("Вивезення побутових відходів забезпечується щодня.", S.DONE),
        ("Послуги з догляду вдома отримують 86 осіб.", S.DONE),  # a service had
        ("Соціальна послуга догляду вдома надається 40 особам.", S.DONE),
        ("Через ЦНАП надається 164 адміністративні послуги.", S.DONE),  # the verb first
        ("Безкоштовним харчуванням забезпечуються 326 учнів.", S.DONE),
        ("Будівництво котельні здійснюється.", S.PARTIALLY_DONE),  # one thing not yet made
    ],
)
def test_a_service_people_have_day_by_day_going_on_at_the_year_s_end_is_routine(
    text: str, status: Status
) -> None:
    measure = Measure(
        number="1",
        title="Забезпечити належні умови для мешканців",
        deadline=Deadline.parse("2017 рік", year=2017),
        outcome=Outcome(text=text),
    )
    assert assess(measure, date(2018, 1, 15)).status is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "Забезпечити своєчасну виплату допомог",
            "Виплати здійснювались із затримкою.",
            S.PARTIALLY_DONE,
        ),
        (
            "Забезпечити виплату допомог у встановлені строки",
            "Допомогу виплачено з порушенням встановлених строків.",
            S.PARTIALLY_DONE,
        ),
        ("Забезпечити своєчасну виплату допомог", "Допомогу виплачено без затримок.", S.DONE),
        # late, where the measure asks no time: done
        ("Забезпечити виплату допомог", "Допомогу виплачено із затримкою.", S.DONE),
    ],
)
def test_a_deed_done_late_is_a_part_of_a_measure_that_asks_it_in_time(
    title: str, text: str, status: Status
) -> None:
    assert assess(titled(title, text), AFTER).status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Розроблено науково-проєктну документацію, отримано погодження.", S.PARTIALLY_DONE),
        ("Розроблено проєктно-кошторисну документацію.", S.PARTIALLY_DONE),
        ("Розроблено науково-проєктну документацію, реставрацію виконано.", S.DONE),
        ("Документацію розроблено, пам'ятник відреставровано.", S.DONE),
    ],
)
def test_a_restoration_is_works_its_design_a_step_towards(text: str, status: Status) -> None:
    assert assess(titled("Провести реставрацію пам'ятника", text), AFTER).status is status
