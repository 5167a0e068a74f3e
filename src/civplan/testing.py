"""Tools for testing code that uses civplan: Hypothesis strategies for plans.

Needs the ``test`` extra (``pip install civplan[test]``), which brings
Hypothesis. Use the strategies in your own property tests::

    from hypothesis import given
    from civplan.testing import plans

    @given(plans())
    def test_my_report_never_fails(plan):
        my_report(plan)
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "civplan.testing needs Hypothesis: install it with 'pip install civplan[test]'"
    ) from error

from civplan.model.deadline import Deadline
from civplan.model.plan import Funding, Measure, Outcome, Plan, Section
from civplan.model.status import Status

DEADLINE_PHRASES: tuple[str, ...] = (
    "ІV квартал",
    "IV кв.",
    "у ІІ кварталі",
    "ІІ квартал 2018 року",
    "ІІ-ІV квартал",
    "ІІІ – ІV квартали",
    "І півріччя",
    "ІІ півріччя 2019 р.",
    "Січень",
    "у березні",
    "Лютий – березень",
    "грудень 2017 року",
    "до 1 грудня",
    "до 01.12.2017",
    "31 грудня 2017 р.",
    "протягом\nроку",
    "Протягом 2017 року",
    "2016 – 2020 роки",
    "постійно",
    "щокварталу",
    "щороку до 15 січня",
    "за потреби",
    "у місячний строк",
    "V квартал",
)
"""Deadline phrases as real plans write them, understood and not."""

_PIECES = (
    "Проведено",
    "не проводилось",
    "у зв’язку з відсутністю фінансування",
    "«круглий стіл»",
    "перенесено на 2018 рік",
    "частково",
    "триває",
    "=SUM(A1)",
    "+380",
    "-",
    "@",
    '"лапки"',
    "'",
    "\n",
    "  ",
    "ІГС",
    "38",
    "∑ 東京",
)


def texts(*, min_size: int = 0) -> st.SearchStrategy[str]:
    """Texts like those of real reports, and stranger ones.

    Cyrillic words, quotes, line breaks, leading ``=``/``+``/``-``/``@``,
    numbers and arbitrary printable Unicode, mixed.
    """
    piece = st.one_of(
        st.sampled_from(_PIECES),
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"
            ),
            max_size=12,
        ),
    )
    return st.lists(piece, min_size=min_size, max_size=8).map(" ".join)


def _non_blank() -> st.SearchStrategy[str]:
    return texts(min_size=1).filter(lambda text: bool(text.strip()))


def deadlines(year: int) -> st.SearchStrategy[Deadline]:
    """Deadlines read from real phrases or arbitrary text, against ``year``."""
    return st.one_of(st.sampled_from(DEADLINE_PHRASES), texts()).map(
        lambda text: Deadline.parse(text, year=year)
    )


def outcomes() -> st.SearchStrategy[Outcome]:
    """Reported outcomes, with or without an explicit status and a justification."""
    return st.builds(
        Outcome,
        text=texts(),
        status=st.none() | st.sampled_from(Status),
        justification=st.none() | _non_blank(),
    )


def _fundings() -> st.SearchStrategy[Funding]:
    amounts = st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=Decimal(10**9))
    return st.builds(Funding, amount=st.none() | amounts, source=st.none() | _non_blank())


def _measures(section: int, year: int) -> st.SearchStrategy[list[Measure]]:
    def build(count: int, trailing_dot: bool) -> st.SearchStrategy[list[Measure]]:
        return st.tuples(
            *(
                st.builds(
                    Measure,
                    number=st.just(f"{section}.{index}{'.' if trailing_dot else ''}"),
                    title=_non_blank(),
                    deadline=deadlines(year),
                    responsible=st.lists(
                        _non_blank().map(lambda t: t.replace("\n", " ")), max_size=3
                    ),
                    expected_result=st.none() | _non_blank(),
                    funding=st.none() | _fundings(),
                    outcome=st.none() | outcomes(),
                )
                for index in range(1, count + 1)
            )
        ).map(list)

    return st.tuples(st.integers(0, 4), st.booleans()).flatmap(lambda args: build(*args))


def plans(*, max_sections: int = 4) -> st.SearchStrategy[Plan]:
    """Valid plans: numbered sections of numbered measures, with all optional parts.

    Args:
        max_sections: the most sections a plan gets.
    """

    def build(year: int, count: int) -> st.SearchStrategy[Plan]:
        sections = st.tuples(
            *(
                st.builds(
                    Section,
                    number=st.sampled_from([str(n), f"{n}."]),
                    title=_non_blank(),
                    measures=_measures(n, year),
                )
                for n in range(1, count + 1)
            )
        )
        return st.builds(
            Plan,
            title=_non_blank(),
            year=st.just(year),
            end_year=st.none() | st.integers(year, year + 5),
            territory=st.none() | _non_blank(),
            issuer=st.none() | _non_blank(),
            as_of=st.none() | st.dates(date(year, 1, 1), date(year + 1, 12, 31)),
            sections=sections,
        )

    return st.tuples(st.integers(2000, 2030), st.integers(0, max_sections)).flatmap(
        lambda args: build(*args)
    )
