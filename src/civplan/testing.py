"""Tools for testing code that uses civplan: strategies for plans, and the plugin checks.

Needs the ``test`` extra (``pip install civplan[test]``), which brings
Hypothesis. Use the strategies in your own property tests::

    from hypothesis import given
    from civplan.testing import plans

    @given(plans())
    def test_my_report_never_fails(plan):
        my_report(plan)

and check an exporter plugin against civplan's contract in its test suite::

    from civplan.testing import check_exporter
    from my_plugin import MyExporter

    def test_my_exporter_keeps_the_contract():
        check_exporter(MyExporter())

and an importer plugin, given a document it reads::

    from civplan.testing import check_importer

    def test_my_importer_keeps_the_contract():
        check_importer(MyImporter(), Path("sample.myformat").read_bytes())
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

try:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "civplan.testing needs Hypothesis: install it with 'pip install civplan[test]'"
    ) from error

from civplan._errors import CivplanError
from civplan._text import visible
from civplan.exporting import Exporter, exporter_problems
from civplan.importing import SNIFF_BYTES, Importer, importer_problems
from civplan.model.deadline import Deadline
from civplan.model.plan import Funding, Measure, Outcome, Plan, Section, Target
from civplan.model.status import Status

__all__ = [
    "DEADLINE_PHRASES",
    "NUMBERING_STYLES",
    "check_exporter",
    "check_importer",
    "deadlines",
    "outcomes",
    "plans",
    "table_plans",
    "texts",
]

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
    numbers and arbitrary printable Unicode, mixed — only what a document can
    hold (no controls, and not the non-characters U+FFFE and U+FFFF).
    """
    piece = st.one_of(
        st.sampled_from(_PIECES),
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs", "Cc", "Zl", "Zp"),
                blacklist_characters="\ufeff\ufffe\uffff",
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
    return st.builds(
        Funding,
        amount=st.none() | amounts,
        source=st.none() | _non_blank(),
        year=st.none() | st.integers(2000, 2030),
        text=st.none() | _non_blank(),
    )


def _targets() -> st.SearchStrategy[Target]:
    values = st.decimals(
        allow_nan=False, allow_infinity=False, places=1, min_value=0, max_value=10**6
    )
    return st.builds(Target, unit=_non_blank(), value=values, baseline=st.none() | values)


NUMBERING_STYLES: tuple[str, ...] = ("hierarchical", "flat", "restart", "marked")
"""How generated plans number their measures: «1.2.3» under «1.2.»; «1», «2.», «3)» through
the plan; «1», «2» again under each heading; «1.1*», «1.2 (6)»."""


@attrs.frozen
class _Shape:
    measures: int
    children: tuple[_Shape, ...]
    after: int = 0  # measures after the section, outside it: its parent's (or the plan's)


def _shapes(depth: int, max_depth: int) -> st.SearchStrategy[_Shape]:
    children = (
        st.lists(st.deferred(lambda: _shapes(depth + 1, max_depth)), max_size=2).map(tuple)
        if depth < max_depth
        else st.just(())
    )
    after = st.sampled_from((0, 0, 0, 1, 2))
    return st.builds(_Shape, st.integers(0, 3 if depth == max_depth else 2), children, after)


def _outline(
    shapes: list[_Shape], loose: int, style: str, headings: list[str | None]
) -> list[tuple[str, str | None, int] | tuple[str, str] | tuple[str, int]]:
    """Heading and measure numbers for a tree of shapes, in document order.

    Each is ``("heading", number, level)``, ``("measure", number)``, or
    ``("end", level)`` where measures outside the headings before them follow.
    """
    items: list[tuple[str, str | None, int] | tuple[str, str] | tuple[str, int]] = []
    count = 0

    def measure(path: str, index: int) -> tuple[str, str]:
        nonlocal count
        count += 1
        deep = f"{path}.{index}" if path else str(index)
        if style == "hierarchical":
            return ("measure", deep)
        if style == "flat":
            return ("measure", f"{count}{('', '.', ')')[count % 3]}")
        if style == "marked":
            return ("measure", f"{deep}*" if count % 2 else f"{deep} ({count})")
        return ("measure", str(index))  # restart

    items.extend(measure("", i) for i in range(1, loose + 1))

    def visit(shape: _Shape, path: str, level: int) -> None:
        number = headings.pop() if headings else path
        items.append(("heading", None if number is None else path, level))
        items.extend(measure(path, i) for i in range(1, shape.measures + 1))
        # deeper headings are numbered after the section's own measures («1.3» after «1.2»)
        visit_all(shape.children, path, level + 1, shape.measures + 1)

    def visit_all(shapes: Sequence[_Shape], path: str, level: int, index: int) -> None:
        for shape in shapes:
            visit(shape, f"{path}.{index}" if path else str(index), level)
            index += 1
            if shape.after:  # «2.» after «1.» and its «1.1»
                items.append(("end", level))
                items.extend(measure(path, i) for i in range(index, index + shape.after))
                index += shape.after

    visit_all(shapes, "", 1, 1)
    return items


def plans(*, max_sections: int = 4, max_depth: int = 3) -> st.SearchStrategy[Plan]:
    """Valid plans: sections nested up to ``max_depth`` levels, numbered in every style.

    Measures are numbered in one of :data:`NUMBERING_STYLES`; headings are
    numbered («1.», «1.2.») or not; a plan may list measures before its first
    heading. Where numbers repeat, measures get the refs an importer gives
    them. Every optional part of the model occurs.

    Args:
        max_sections: the most top-level sections a plan gets.
        max_depth: the deepest a section nests.
    """
    from civplan.model.outline import Heading, identify, sections_from

    def measure(number: str, year: int) -> st.SearchStrategy[Measure]:
        return st.builds(
            Measure,
            number=st.just(number),
            title=_non_blank(),
            deadline=deadlines(year),
            responsible=st.lists(_non_blank().map(lambda t: t.replace("\n", " ")), max_size=3),
            expected_result=st.none() | _non_blank(),
            performance_indicator=st.none() | _non_blank(),
            funding=st.lists(_fundings(), max_size=2),
            targets=st.lists(_targets(), max_size=2),
            outcome=st.none() | outcomes(),
            notes=st.lists(_non_blank(), max_size=2),
            auto_numbered=st.booleans(),
        )

    def build(
        year: int, shapes: list[_Shape], loose: int, style: str, numbered: list[bool]
    ) -> st.SearchStrategy[Plan]:
        marks: list[str | None] = ["" if n else None for n in numbered]
        items = _outline(shapes, loose, style, marks)
        parts: list[st.SearchStrategy[Any]] = [
            st.builds(Heading, st.just(item[2]), st.just(item[1]), _non_blank())  # type: ignore[misc]
            if item[0] == "heading"
            else st.just(Heading(level=item[1], number=None, title=None))  # type: ignore[arg-type]
            if item[0] == "end"
            else measure(item[1], year)  # type: ignore[arg-type]
            for item in items
        ]

        def assemble(entries: tuple[Any, ...]) -> list[Any]:
            refs = identify(entries)
            return [
                attrs.evolve(e, ref=ref) if isinstance(e, Measure) else e
                for e, ref in zip(entries, refs, strict=True)
            ]

        sections = st.tuples(*parts).map(assemble).map(sections_from)
        return st.builds(
            Plan,
            title=_non_blank(),
            year=st.just(year),
            end_year=st.none() | st.integers(year, year + 5),
            territory=st.none() | _non_blank(),
            issuer=st.none() | _non_blank(),
            as_of=st.none() | st.dates(date(year, 1, 1), date(year + 1, 12, 31)),
            notes=st.lists(_non_blank(), max_size=2),
            sections=sections,
            period=st.none() | _non_blank(),
        )

    return st.tuples(
        st.integers(2000, 2030),
        st.lists(_shapes(1, max_depth), max_size=max_sections),
        st.integers(0, 2),
        st.sampled_from(NUMBERING_STYLES),
        st.lists(st.booleans(), min_size=12, max_size=12),
    ).flatmap(lambda args: build(*args))


_NAME = re.compile(r"[a-z][a-z0-9_-]*")


def check_exporter(exporter: Exporter, *, max_examples: int = 20) -> None:
    """Check that ``exporter`` keeps civplan's exporter contract; raise AssertionError if not.

    Checks its metadata (name, extensions, media type, ``binary``, options
    class with working defaults), that the class has a docstring, that it
    writes the declared kind of output (bytes or text) for the bundled example
    and the same output twice, and, on generated plans (Cyrillic, quotes,
    line breaks, formula-like texts, empty and optional parts), that
    ``export`` writes non-empty output to the stream it is given, leaves the
    stream open, and writes the same output every time for the same plan.

    Args:
        exporter: an instance, as civplan creates it (without arguments).
        max_examples: how many generated plans to export.
    """
    problems = exporter_problems(exporter)
    assert not problems, f"{type(exporter).__name__}: " + "; ".join(problems)
    assert _NAME.fullmatch(exporter.name), (
        f"name {exporter.name!r} is not like 'xlsx' or 'my-format'"
    )
    assert (type(exporter).__doc__ or "").strip(), f"{type(exporter).__name__} has no docstring"
    options_type = getattr(exporter, "options_type", None)
    options = options_type() if options_type is not None else None
    # the output's kind and its determinism, once on a real plan: a plugin that
    # breaks either fails here at once, not after Hypothesis has shrunk an example
    from civplan._demo import demo_plan

    first = _export_once(exporter, demo_plan(), options)
    assert first, f"{exporter.name}: exported nothing"
    assert _export_once(exporter, demo_plan(), options) == first, (
        f"{exporter.name}: the same plan gave different output"
    )

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(plan=plans(max_sections=3))
    def exports(plan: Plan) -> None:
        first = _export_once(exporter, plan, options)
        assert first, f"{exporter.name}: exported nothing"
        assert _export_once(exporter, plan, options) == first, (
            f"{exporter.name}: the same plan gave different output"
        )

    exports()


def _export_once(exporter: Exporter, plan: Plan, options: Any) -> bytes | str:
    stream: io.BytesIO | io.StringIO = io.BytesIO() if exporter.binary else io.StringIO()
    try:
        exporter.export(plan, stream, options)
    except TypeError as error:
        kind = "bytes" if exporter.binary else "text"
        raise AssertionError(
            f"{exporter.name}: binary={exporter.binary} but did not write {kind}: {error}"
        ) from error
    assert not stream.closed, f"{exporter.name}: export closed the stream it was given"
    return stream.getvalue()


def check_importer(importer: Importer, sample: bytes, *, max_examples: int = 50) -> None:
    """Check that ``importer`` keeps civplan's importer contract; raise AssertionError if not.

    Checks its metadata (name, extensions, media type) and docstring; that it
    recognises ``sample`` by its first bytes and reads it into a plan, the
    same plan every time; and, on damaged documents (``sample`` cut short,
    with bytes changed, or arbitrary bytes), that ``sniff`` answers with a
    bool and ``load`` either reads a plan or raises a
    :class:`~civplan.CivplanError` naming the source, never another
    exception.

    Args:
        importer: an instance, as civplan creates it (without arguments).
        sample: a document in the importer's format.
        max_examples: how many damaged documents to try.
    """
    problems = importer_problems(importer)
    assert not problems, f"{type(importer).__name__}: " + "; ".join(problems)
    assert _NAME.fullmatch(importer.name), (
        f"name {importer.name!r} is not like 'xlsx' or 'my-format'"
    )
    assert (type(importer).__doc__ or "").strip(), f"{type(importer).__name__} has no docstring"
    assert importer.sniff(sample[:SNIFF_BYTES]) is True, (
        f"{importer.name}: does not recognise the sample by its first bytes"
    )
    first = importer.load(io.BytesIO(sample), "sample")
    assert isinstance(first, Plan), f"{importer.name}: load returned {type(first).__name__}"
    assert importer.load(io.BytesIO(sample), "sample") == first, (
        f"{importer.name}: the same document gave different plans"
    )

    # the damage is drawn, not the document, so that a failure reports briefly
    damage = st.one_of(
        st.tuples(st.just("cut"), st.integers(0, max(len(sample) - 1, 0)), st.just(b"")),
        st.tuples(
            st.just("change"),
            st.integers(0, max(len(sample) - 1, 0)),
            st.binary(min_size=1, max_size=8),
        ),
        st.tuples(st.just("replace"), st.just(0), st.binary(max_size=512)),
    )

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(damage=damage)
    def survives(damage: tuple[str, int, bytes]) -> None:
        how, at, patch = damage
        if how == "cut":
            document = sample[:at]
        elif how == "change":
            document = sample[:at] + patch + sample[at + len(patch) :]
        else:
            document = patch
        recognised = importer.sniff(document[:SNIFF_BYTES])
        assert isinstance(recognised, bool), f"{importer.name}: sniff returned {recognised!r}"
        try:
            plan = importer.load(io.BytesIO(document), "damaged.doc")
        except CivplanError as error:
            refused: CivplanError | None = error
        except Exception as error:  # any other exception breaks the contract
            raise AssertionError(
                f"{importer.name}: a damaged document raised {type(error).__name__}: {error};"
                " raise civplan.DocumentError naming the source"
            ) from error
        else:
            refused = None
            assert isinstance(plan, Plan), f"{importer.name}: load returned {type(plan).__name__}"
        assert refused is None or "damaged.doc" in str(refused), (
            f"{importer.name}: the error does not name the source: {refused}"
        )

    survives()


def _line() -> st.SearchStrategy[str]:
    """A non-empty text a line shows: no line breaks, outer spaces or characters that show nothing.

    A soft hyphen or a zero-width space shows nothing, and importers read past it.
    """
    return _non_blank().map(lambda text: " ".join(visible(text).split())).filter(bool)


def _cell_text() -> st.SearchStrategy[str]:
    """A text a table cell shows as it is: lines without outer spaces, no empty lines."""
    return st.lists(_line(), min_size=1, max_size=3).map("\n".join)


def table_plans(*, max_sections: int = 3) -> st.SearchStrategy[Plan]:
    """Plans whose every part a plain report table shows: for importers of hand-made tables.

    Each is a year's report: its title begins «Звіт» and ends «у 2025 році»,
    its date is the year's last day, its period «2025 рік». Sections are
    numbered «1», «2», measures «1.1» under «1»; a measure outside the
    headings takes the next number of their sequence («3» after «2» and its
    «2.1»). Deadlines are read from their text, texts have no outer spaces,
    and there is at least one measure — as a table in Word, with nothing
    hidden, holds them.
    """

    def build(year: int, kinds: list[bool]) -> st.SearchStrategy[Plan]:
        def one(number: str) -> st.SearchStrategy[Measure]:
            return st.builds(
                Measure,
                number=st.just(number),
                title=_cell_text(),
                deadline=st.one_of(st.sampled_from(DEADLINE_PHRASES), _line()).map(
                    lambda text: Deadline.parse(text, year=year)
                ),
                outcome=st.none() | _cell_text().map(lambda text: Outcome(text=text)),
            )

        def measures(section: int, least: int) -> st.SearchStrategy[list[Measure]]:
            return st.tuples(st.integers(least, 4), st.booleans()).flatmap(
                lambda args: st.tuples(
                    *(one(f"{section}.{i}{'.' if args[1] else ''}") for i in range(1, args[0] + 1))
                ).map(list)
            )

        def item(n: int, outside: bool) -> st.SearchStrategy[Section | Measure]:
            if outside:  # a measure outside the headings: «3» after «2» and its «2.1»
                return one(str(n))
            # a heading with no measure of its own heads nothing a measure after it leaves
            least = 1 if n < len(kinds) and kinds[n] else 0
            return st.builds(
                Section,
                number=st.just(str(n)),
                title=_line().filter(lambda t: not t[0].isdecimal()),  # «1 38» reads as numbers
                measures=measures(n, least),
            )

        def grouped(items: tuple[Section | Measure, ...]) -> list[Section]:
            out: list[Section] = []
            for entry in items:
                if isinstance(entry, Section):
                    out.append(entry)
                elif out and out[-1].title is None:
                    out[-1] = Section(measures=[*out[-1].measures, entry])
                else:
                    out.append(Section(measures=[entry]))
            return out

        sections = st.tuples(*(item(n, outside) for n, outside in enumerate(kinds, start=1))).map(
            grouped
        )
        titles = st.lists(_line().filter(lambda t: "області" not in t), max_size=2)
        return st.builds(
            Plan,
            title=titles.map(lambda lines: "\n".join(["Звіт", *lines, f"у {year} році"])),
            year=st.just(year),
            as_of=st.just(date(year, 12, 31)),  # the year's report: its title says so
            period=st.just(f"{year} рік"),
            sections=sections,
        )

    kinds = st.lists(st.sampled_from((False, False, True)), min_size=1, max_size=max_sections + 1)
    return (
        st.tuples(st.integers(2000, 2030), kinds)
        .flatmap(lambda args: build(*args))
        .filter(lambda plan: any(True for _ in plan.measures()))  # a table of measures
    )
