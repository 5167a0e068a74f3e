import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from civplan import (
    DeadlineKind,
    DocumentError,
    Plan,
    Status,
    UnknownFormatError,
    demo_plan,
    dumps,
    load,
    loads,
    make_converter,
    save,
)
from civplan._files import atomic_output
from civplan.testing import plans

FORMATS = ["json", "yaml", "toml"]


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=60)
@given(plan=plans())
def test_round_trip_is_identity(fmt: str, plan: Plan) -> None:
    assert loads(dumps(plan, fmt), fmt) == plan  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_round_trips(fmt: str) -> None:
    plan = demo_plan()
    assert loads(dumps(plan, fmt), fmt) == plan  # type: ignore[arg-type]


def test_bundled_example_is_the_canonical_yaml() -> None:
    source = Path(__import__("civplan").__file__).parent / "data" / "luhansk-2017.yaml"
    assert dumps(demo_plan(), "yaml") == source.read_text(encoding="utf-8")


def test_plain_data_uses_iso_dates_status_names_and_deadline_intervals() -> None:
    plan = demo_plan()
    data = make_converter().unstructure(plan)
    assert data["as_of"] == "2017-12-31"
    deadline = data["sections"][0]["measures"][0]["deadline"]
    assert deadline == {
        "text": "ІV квартал",
        "kind": "quarter",
        "start": "2017-10-01",
        "end": "2017-12-31",
    }
    assert "status" not in data["sections"][0]["measures"][0]["outcome"]  # defaults left out


def test_json_keeps_cyrillic_readable() -> None:
    assert "ЗВІТ ПРО ВИКОНАННЯ" in dumps(demo_plan(), "json")


def test_yaml_writes_multiline_texts_as_blocks() -> None:
    text = dumps(demo_plan(), "yaml")
    assert "text: |-\n        протягом\n        року\n" in text


HAND_WRITTEN = """\
title: План заходів
year: 2018
as_of: 2018-06-30
sections:
  - number: "1"
    title: Розділ
    measures:
      - number: "1.1"
        title: Захід
        deadline: ІІ квартал
        outcome:
          text: Проведено
          status: DONE
      - number: "1.2"
        title: Інший
        deadline: {text: постійно}
"""


def test_hand_written_yaml_with_text_deadlines() -> None:
    plan = loads(HAND_WRITTEN, "yaml")
    first = plan.measure("1.1")
    assert first.deadline.kind is DeadlineKind.QUARTER
    assert str(first.deadline.start) == "2018-04-01"  # resolved against the plan's year
    assert first.outcome is not None and first.outcome.status is Status.DONE
    assert plan.measure("1.2").deadline.kind is DeadlineKind.CONTINUOUS
    assert str(plan.as_of) == "2018-06-30"  # YAML's own date type is accepted


def bad(document: dict[str, object]) -> list[str]:
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(document, ensure_ascii=False), "json", source="plan.json")
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith("plan.json: cannot read the plan")
    return info.value.problems


def seed_data() -> dict[str, object]:
    data: dict[str, object] = make_converter().unstructure(demo_plan())
    return data


def test_missing_title_is_named() -> None:
    data = seed_data()
    del data["title"]
    assert bad(data) == ["$.title: required field missing"]


def test_wrong_type_is_named_with_its_path() -> None:
    data = seed_data()
    data["sections"][2]["measures"][0]["number"] = 3.1  # type: ignore[index]
    assert bad(data) == ["$.sections[2].measures[0].number: expected a text, got 3.1 (quote it)"]


def test_duplicate_number_is_named_with_its_path() -> None:
    data = seed_data()
    data["sections"][3]["measures"][1]["number"] = "4.1"  # type: ignore[index]
    [problem] = bad(data)
    assert problem.startswith("$.sections[3].measures[1].number: duplicate measure number 4.1")


def test_bad_date_is_named() -> None:
    data = seed_data()
    data["as_of"] = "2017-13-01"
    assert bad(data) == ["$.as_of: expected a date as YYYY-MM-DD, got '2017-13-01'"]


def test_bad_deadline_is_named() -> None:
    data = seed_data()
    data["sections"][2]["measures"][0]["deadline"] = {"text": "x", "start": "2017-01-01"}  # type: ignore[index]
    [problem] = bad(data)
    assert problem.startswith("$.sections[2].measures[0].deadline:")
    assert "also needs its 'kind'" in problem


def test_inverted_deadline_interval_is_named() -> None:
    data = seed_data()
    deadline = {"text": "x", "kind": "date", "start": "2017-02-01", "end": "2017-01-01"}
    data["sections"][0]["measures"][1]["deadline"] = deadline  # type: ignore[index]
    [problem] = bad(data)
    assert problem.startswith("$.sections[0].measures[1].deadline: deadline starts after it ends")


def test_unknown_status_and_extra_fields_are_named() -> None:
    data = seed_data()
    data["sections"][0]["measures"][0]["outcome"]["status"] = "FINISHED"  # type: ignore[index]
    data["colour"] = "red"
    problems = bad(data)
    assert "$: unknown field(s): colour" in problems
    assert any(
        p.startswith("$.sections[0].measures[0].outcome.status: expected one of DONE, ")
        for p in problems
    )


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        ("json", "{", "not valid JSON: line 1, column 2"),
        ("yaml", "title: [", "not valid YAML: line 2, column 1"),
        ("toml", "title = ", "not valid TOML"),
        ("yaml", "- just a list", "$: expected a mapping at the top, got list"),
    ],
)
def test_syntax_errors_are_civplan_errors(fmt: str, text: str, expected: str) -> None:
    with pytest.raises(DocumentError) as info:
        loads(text, fmt, source="broken")  # type: ignore[arg-type]
    assert info.value.problems[0].startswith(expected)


def test_save_and_load_by_extension(tmp_path: Path) -> None:
    plan = demo_plan()
    for name in ("plan.json", "plan.yaml", "plan.yml", "plan.toml"):
        save(plan, tmp_path / name)
        assert load(tmp_path / name) == plan


def test_load_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("title: x\nyear: 2017\nsections: 5\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="broken.yaml: cannot read the plan") as info:
        load(path)
    assert info.value.source == str(path)
    assert info.value.problems == ["$.sections: expected a list"]


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError, match=r"save writes the plan as data.*civplan\.export"):
        save(demo_plan(), tmp_path / "plan.doc")
    with pytest.raises(UnknownFormatError):
        dumps(demo_plan(), "xml")  # type: ignore[arg-type]


def test_failed_write_keeps_the_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("good content", encoding="utf-8")

    def write_half_then_fail() -> None:
        with atomic_output(path, binary=False) as stream:
            stream.write("half a pla")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_half_then_fail()
    assert path.read_text(encoding="utf-8") == "good content"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]


def test_saved_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    save(demo_plan(), path)
    assert path.stat().st_mode & 0o777 == 0o666 & ~_current_umask()


def _current_umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_keys_that_are_not_texts_are_named() -> None:
    # «?» alone is a YAML mapping with a null key; «1: x» has a number for a key
    for text, name in (("?", "None"), ("title: Звіт\nyear: 2017\n1: x\n", "1")):
        with pytest.raises(DocumentError) as info:
            loads(text, "yaml", source="plan.yaml")
        assert f"$: unknown field(s): {name}" in info.value.problems


DEEP_TOML_KEYS = {
    "a dotted key": 'title = "x"\n' + "a." * 3000 + "a = 1\n",
    "a table header": "[" + "a." * 3000 + "a]\n",
    "a key in an inline table": "x = {" + "a . " * 3000 + "a = 1}\n",
    "a key cut short by damage": 'title = "x"\n' + "a." * 3000 + "a\x00 = 1\n",
    "a key with no value": "a." * 3000 + "a\n",
}


@pytest.mark.parametrize("text", DEEP_TOML_KEYS.values(), ids=DEEP_TOML_KEYS)
def test_toml_keys_deeper_than_the_limit_are_refused_before_parsing(text: str) -> None:
    with pytest.raises(DocumentError, match=r"a key nested: 3,001 is beyond .*limits\(nesting="):
        loads(text, "toml")


def test_a_deeper_toml_key_reads_within_raised_limits() -> None:
    from civplan import limits

    text = "a." * 99 + "a = 1\n"
    with pytest.raises(DocumentError, match="a key nested: 100"):
        loads(text, "toml")
    with limits(nesting=200), pytest.raises(DocumentError, match="title"):
        loads(text, "toml")  # read, then found to be no plan
