"""civplan's own exporters pass the kit that third-party plugins run."""

import pytest

import civplan
from civplan.testing import check_exporter


@pytest.mark.parametrize("name", ["xlsx", "ods", "text", "docx"])
def test_builtin_exporter_keeps_the_contract(name: str) -> None:
    check_exporter(civplan.get_exporter(name), max_examples=15)


class NoDocstring:
    name = "nodoc"
    extensions = (".nd",)
    media_type = "text/plain"
    binary = False

    def export(self, plan: civplan.Plan, stream, options) -> None:  # type: ignore[no-untyped-def]
        stream.write(plan.title)


class WritesTextThoughBinary(NoDocstring):
    """Claims bytes, writes text."""

    binary = True


class Random(NoDocstring):
    """Writes something different every time."""

    count = 0

    def export(self, plan: civplan.Plan, stream, options) -> None:  # type: ignore[no-untyped-def]
        Random.count += 1
        stream.write(f"{plan.title} {Random.count}")


class Empty(NoDocstring):
    """Writes nothing."""

    def export(self, plan: civplan.Plan, stream, options) -> None:  # type: ignore[no-untyped-def]
        pass


@pytest.mark.parametrize(
    ("exporter", "message"),
    [
        (NoDocstring(), "NoDocstring has no docstring"),
        (WritesTextThoughBinary(), "binary=True but did not write bytes"),
        (Random(), "the same plan gave different output"),
        (Empty(), "exported nothing"),
    ],
)
def test_the_kit_catches_a_broken_exporter(exporter: object, message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        check_exporter(exporter, max_examples=5)  # type: ignore[arg-type]
