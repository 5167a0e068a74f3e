"""A plan as a document reads it: a sequence of headings, each with its level, and measures.

A table shows a plan as rows: a heading row for each section, at its depth,
then its measures. :func:`outline` gives that sequence, :func:`sections_from`
builds the sections back from one — as importers do from a table's rows —
and :func:`identify` gives each measure the identity an importer reads from
such a sequence, so that writers and readers agree on it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

import attrs

from civplan.model.numbering import number_key
from civplan.model.plan import Measure, Plan, Section


@attrs.frozen
class Heading:
    """A heading row: a section's number and title at its depth (1 for a top-level one).

    A heading without a title ends the deeper headings before it: the measures
    after it belong to the level above («2.» after «1.» and its «1.1», «1.2»),
    an untitled section at ``level``. A table shows no row for it.

    Attributes:
        level: the section's depth.
        number: its number as written, or ``None``.
        title: its title, or ``None`` for the end of the headings before it.
    """

    level: int
    number: str | None
    title: str | None

    @property
    def text(self) -> str:
        """The heading as a table shows it: «1. Створення …» (empty for an end of headings)."""
        return Section(number=self.number, title=self.title).heading


Entry = Heading | Measure
"""An item of an outline."""


def outline(plan: Plan) -> Iterator[Entry]:
    """The plan's headings and measures in document order.

    An untitled section after others gives a heading without a title: the
    measures after it are outside the headings before it.
    """
    for section, depth in plan.walk():
        if section.title is not None or section is not plan.sections[0]:
            yield Heading(level=depth, number=section.number, title=section.title)
        yield from section.measures


def sections_from(entries: Iterable[Entry]) -> list[Section]:
    """The sections an outline describes.

    A heading of level *n* opens a section inside the last open heading of a
    lower level (a level deeper than the next one down is taken as that one);
    a measure belongs to the last open heading; measures before any heading
    form the first, untitled section, and a heading without a title opens an
    untitled one at its level.
    """
    root: list[_Open] = []
    stack: list[_Open] = []
    loose: list[Measure] = []
    for entry in entries:
        if isinstance(entry, Heading):
            # an untitled section holds measures only: a heading after it is not inside it
            while stack and (
                stack[-1].heading.level >= entry.level or stack[-1].heading.title is None
            ):
                stack.pop()
            opened = _Open(entry)
            (stack[-1].children if stack else root).append(opened)
            stack.append(opened)
        elif stack:
            stack[-1].measures.append(entry)
        else:
            loose.append(entry)
    built = [section.build() for section in root]
    return [Section(measures=loose), *built] if loose else built


@attrs.define
class _Open:
    heading: Heading
    measures: list[Measure] = attrs.Factory(list)
    children: list[_Open] = attrs.Factory(list)

    def build(self) -> Section:
        return Section(
            number=self.heading.number,
            title=self.heading.title,
            measures=self.measures,
            sections=[child.build() for child in self.children],
        )


def identify(entries: Sequence[Entry]) -> list[str | None]:
    """The ``ref`` each measure of an outline needs, by the numbers the outline shows.

    A number that identifies its measure needs none. Where flat numbers
    («1», «2») restart under each heading, every measure with a flat number is
    qualified by its heading: the heading's number («ІІ.1»), or its place among
    the headings («§3.1») when it has none; where the headings' numbers restart
    too («Завдання 1» under each «Розділ»), by all its headings' («II.1.1»). A
    number repeated otherwise (by
    mistake) keeps its first measure's key and tells the others apart as
    «2.1#2», «2.1#3».

    Returns:
        For each entry, the measure's ref (``None`` for headings and for
        measures their number identifies).
    """
    keys = [e.compared_number if isinstance(e, Measure) else None for e in entries]
    counts = Counter(k for k in keys if k)
    restart = _restarts(entries, keys, counts)
    refs: list[str | None] = []
    seen: Counter[str] = Counter()
    heading = path = ""
    headings = 0
    open_headings: list[str] = []  # by level, what qualifies the measures under each
    own: list[str] = []  # by level, the heading's own qualifier ("" where a level goes on)
    qualified: dict[int, str] = {}  # by entry, its ref by the path of the headings above
    for at, (entry, key) in enumerate(zip(entries, keys, strict=True)):
        if isinstance(entry, Heading):
            del open_headings[entry.level - 1 :]
            del own[entry.level - 1 :]
            if entry.title is None:  # the level above goes on: its heading qualifies
                heading = open_headings[-1] if open_headings else ""
            else:
                headings += 1
                heading = number_key(entry.number) if entry.number else f"§{headings}"
            open_headings.extend([heading] * (entry.level - len(open_headings)))
            own.extend([""] * (entry.level - 1 - len(own)))
            own.append(heading if entry.title is not None else "")
            path = ".".join(q for q in own if q)
            refs.append(None)
            continue
        if key is None:
            refs.append(None)
            continue
        if restart and "." not in key and heading:
            refs.append(f"{heading}.{key}")
            qualified[at] = f"{path}.{key}"
            continue
        seen[key] += 1
        refs.append(None if seen[key] == 1 else f"{key}#{seen[key]}")
    inner = Counter(refs[at] for at in qualified)
    if any(n > 1 for n in inner.values()) and len(set(qualified.values())) == len(qualified):
        # «Завдання 1» under «Розділ I» and under «Розділ II»: each measure by all its headings
        for at, ref in qualified.items():
            refs[at] = ref
    return _distinct(refs, keys)


def _restarts(entries: Sequence[Entry], keys: Sequence[str | None], counts: Counter[str]) -> bool:
    """Whether flat numbers repeat under different headings: numbering restarts under each."""
    under: dict[str, int] = {}
    heading = 0
    for entry, key in zip(entries, keys, strict=True):
        if isinstance(entry, Heading) and entry.title is not None:
            heading += 1
        elif (
            key is not None
            and "." not in key
            and counts[key] > 1
            and under.setdefault(key, heading) != heading
        ):
            return True
    return False


def _distinct(refs: list[str | None], keys: list[str | None]) -> list[str | None]:
    """The refs, with «#n» added where a ref would equal another measure's number («1.2»)."""
    taken: Counter[str] = Counter()
    out: list[str | None] = []
    for ref, key in zip(refs, keys, strict=True):
        identity = ref or key
        if identity is None:
            out.append(None)
            continue
        taken[identity] += 1
        if taken[identity] > 1:
            ref = f"{identity}#{taken[identity]}"
            while ref in taken:
                ref += "'"
            taken[ref] += 1
        out.append(ref)
    return out
