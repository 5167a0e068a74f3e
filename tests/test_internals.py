"""Two shortcuts that must give the same answers as the long way."""

from __future__ import annotations

import gc
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import civplan
from civplan._text import ILLEGAL, has_illegal

TRICKY = "\n\t\r\x00\x0b\x1f\x7f\xad\u2028\ufffe\uffff\ud800\udfff аБ№"


@given(st.text(st.sampled_from(TRICKY) | st.characters(exclude_categories=()), max_size=40))
def test_the_quick_illegal_check_agrees_with_the_pattern(text: str) -> None:
    assert has_illegal(text) == (ILLEGAL.search(text) is not None)


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    document = civplan.dumps(civplan.demo_plan(), "json").encode()
    (gc.enable if enabled else gc.disable)()
    try:
        assert civplan.load(io.BytesIO(document), "json") == civplan.demo_plan()
        assert gc.isenabled() is enabled
        with pytest.raises(civplan.DocumentError):
            civplan.load(io.BytesIO(b"{"), "json")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_a_reader_that_panics_is_a_document_error_and_other_base_exceptions_pass() -> None:
    from civplan import DocumentError
    from civplan._errors import unreadable_as_document_error as unreadable

    class PanicException(BaseException):  # what pyo3 raises when Rust code panics
        pass

    expected = r"report.xlsx: (?s:.*)its reader failed on it: chunk"
    with pytest.raises(DocumentError, match=expected), unreadable("report.xlsx", "xlsx"):
        raise PanicException("chunk size must be non-zero")
    with pytest.raises(KeyboardInterrupt), unreadable("report.xlsx", "xlsx"):
        raise KeyboardInterrupt
