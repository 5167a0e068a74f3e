from hypothesis import given
from hypothesis import strategies as st

from civplan.report.textwidth import display_width, line_count, wrap


def test_widths_as_a_terminal_counts_them() -> None:
    assert display_width("Проведено «№ 5» – ’") == 19
    assert display_width("東京") == 4
    assert display_width("e\u0301") == 1  # a combining accent takes no column
    assert display_width("a\u200bb") == 2  # nor does a zero-width space


def test_wrap_keeps_words_and_line_breaks() -> None:
    assert wrap("Проведено 38 публічних консультацій з ІГС", 12) == [
        "Проведено 38",
        "публічних",
        "консультацій",
        "з ІГС",
    ]
    assert wrap("протягом\nроку", 40) == ["протягом", "року"]
    assert wrap("", 10) == [""]
    assert wrap("東京東京東京", 5) == ["東京", "東京", "東京"]


@given(st.text(), st.integers(1, 60))
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(display_width(line) <= max(width, 2) for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


@given(st.text(alphabet="абв гд\n東", max_size=300), st.integers(2, 80))
def test_line_count_is_the_number_of_wrapped_lines(text: str, width: int) -> None:
    assert line_count(text, width) == len(wrap(text, width))


def test_a_character_newer_than_python_s_unicode_takes_one_column_either_way() -> None:
    sign = "\u20c1"  # a currency sign assigned after Python 3.11's Unicode database
    assert display_width(f"000{sign}") == 4
    assert display_width(f"│ 000{sign} │") == 8  # the slow path agrees with the fast one
