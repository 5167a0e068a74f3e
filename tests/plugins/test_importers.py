"""Importer plugins: found, chosen and failing exactly as exporters do."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import civplan
from civplan import PluginError, UnknownFormatError

FakeDistribution = Callable[..., Path]

CSV_IMPORTER = '''
import civplan

class Importer:
    """A tiny reader of semicolon-separated values: «number;title;deadline» under «year»."""
    name = "ssv"
    extensions = (".ssv",)
    media_type = "text/x-ssv"

    def sniff(self, head):
        return head.startswith(b"year;")

    def load(self, stream, source):
        lines = stream.read().decode().splitlines()
        year = int(lines[0].split(";")[1])
        measures = []
        for line in lines[1:]:
            number, title, deadline = line.split(";")
            measures.append(civplan.Measure(number=number, title=title,
                                            deadline=civplan.Deadline.parse(deadline, year=year)))
        section = civplan.Section(number="1", title="CSV", measures=measures)
        return civplan.Plan(title="CSV " + str(year), year=year, sections=[section])
'''
CSV = "year;2018\n1.1;Нарада;ІІ квартал\n".encode()


def test_builtins_are_listed() -> None:
    names = {info.name: info for info in civplan.list_importers()}
    assert {"docx", "json", "ods", "textdump", "toml", "xlsx", "yaml"} <= set(names)
    assert names["yaml"].extensions == (".yaml", ".yml")
    assert not any(info.broken for info in names.values())


def test_a_third_party_importer_by_name_extension_and_content(
    fake_distribution: FakeDistribution, tmp_path: Path
) -> None:
    fake_distribution(
        "civplan-ssv",
        {"ssv": "csv_importer:Importer"},
        {"csv_importer": CSV_IMPORTER},
        group="civplan.importers",
    )
    path = tmp_path / "plan.ssv"
    path.write_bytes(CSV)
    assert civplan.load(path).measure("1.1").deadline.start.month == 4  # type: ignore[union-attr]
    assert civplan.load(io.BytesIO(CSV)).title == "CSV 2018"  # sniffed
    assert civplan.load(io.BytesIO(CSV), "ssv").year == 2018
    assert civplan.get_importer(".ssv").name == "ssv"


def test_a_broken_importer_breaks_nothing_else(
    fake_distribution: FakeDistribution, tmp_path: Path
) -> None:
    fake_distribution(
        "civplan-broken-in",
        {"broken": "broken_importer:Importer"},
        {"broken_importer": "raise RuntimeError('half installed')\n"},
        group="civplan.importers",
    )
    listing = {info.name: info for info in civplan.list_importers()}
    assert listing["broken"].broken
    assert "civplan-broken-in 1.0" in (listing["broken"].error or "")
    with pytest.raises(PluginError, match="importer 'broken' from civplan-broken-in 1.0"):
        civplan.get_importer("broken")
    path = tmp_path / "plan.yaml"
    civplan.save(civplan.demo_plan(), path)
    assert civplan.load(path) == civplan.demo_plan()
    assert civplan.load(io.BytesIO(path.read_bytes())) == civplan.demo_plan()  # sniffing too


def test_unknown_content_asks_for_a_format() -> None:
    with pytest.raises(UnknownFormatError, match="<stream>: cannot tell its format"):
        civplan.load(io.BytesIO(b"\x00\x01 nothing civplan reads"))
    with pytest.raises(UnknownFormatError, match="no importer for 'djvu'"):
        civplan.load(io.BytesIO(b"AT&TFORM"), "djvu")


def test_text_and_unseekable_streams() -> None:
    text = civplan.dumps(civplan.demo_plan(), "yaml")
    assert civplan.load(io.StringIO(text)) == civplan.demo_plan()

    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self.data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            chunk = self.data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    spreadsheet = civplan.export(civplan.demo_plan(), "xlsx")
    assert isinstance(spreadsheet, bytes)
    assert civplan.load(Pipe(spreadsheet)) == civplan.demo_plan()  # type: ignore[arg-type]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_path_that_is_a_pipe_reads_like_a_file(tmp_path: Path) -> None:
    """«civplan status <(curl …)»: the path is a pipe, read once from its start."""
    spreadsheet = civplan.export(civplan.demo_plan(), "xlsx")
    assert isinstance(spreadsheet, bytes)
    pipe = tmp_path / "report"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(spreadsheet,))
    writer.start()
    try:
        assert civplan.load(pipe) == civplan.demo_plan()
    finally:
        writer.join(timeout=10)


def test_a_file_with_the_wrong_extension_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_text("title: not a spreadsheet\n", encoding="utf-8")
    with pytest.raises(civplan.DocumentError, match="plan.xlsx: cannot read the plan"):
        civplan.load(path)


def test_two_importers_of_one_extension_are_not_guessed_between(
    fake_distribution: FakeDistribution,
) -> None:
    fake_distribution(
        "civplan-tables",
        {"tables": "tables_importer:Importer", "sheets": "sheets_importer:Importer"},
        {"tables_importer": CSV_IMPORTER, "sheets_importer": CSV_IMPORTER},
        group="civplan.importers",
    )
    with pytest.raises(PluginError, match=r"several importers claim \.ssv files: .*; choose one"):
        civplan.get_importer(".ssv")
    assert civplan.get_importer("civplan-tables:sheets").extensions == (".ssv",)
