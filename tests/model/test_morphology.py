"""Ukrainian word forms civplan works with, through the morphological dictionaries."""

from __future__ import annotations

import pytest

from civplan.model.morphology import addressed


@pytest.mark.parametrize(
    ("phrase", "named"),
    [
        ("Відділу освіти (Коваль І.)", "Відділ освіти (Коваль І.)"),
        ("Старостам сіл", "Старости сіл"),
        ("Фінансовому управлінню", "Фінансове управління"),
        ("Громадській організації «Світанок»", "Громадська організація «Світанок»"),
        ("Комунальному некомерційному підприємству «Лікарня»",
         "Комунальне некомерційне підприємство «Лікарня»"),
        ("Службі у справах дітей", "Служба у справах дітей"),
        # no address: a heading that names a part, a task
        ("Розвиток освіти", None),
        ("Загальні питання", None),
        ("Провести нараду", None),
    ],
)  # fmt: skip
def test_whom_a_phrase_in_the_dative_addresses(phrase: str, named: str | None) -> None:
    assert addressed(phrase) == named
