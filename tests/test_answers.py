"""Answer extraction and the bounded parsers: what a user relies on when a model formats badly."""

import time

import pytest

from rlve_gym.answers import (
    ParseError,
    extract_answer,
    parse_choice,
    parse_fraction,
    parse_int,
    parse_int_grid,
    parse_int_list,
    strip_thinking,
)


@pytest.mark.parametrize(
    "response, expected",
    [
        ("<answer>5</answer>", "5"),
        ("<answer> 5 </answer>", "5"),
        ("<answer>1</answer> then <answer>2</answer>", "2"),  # the last occurrence counts
        ("<think><answer>1</answer></think><answer>2</answer>", "2"),
        ("<think>thinking <answer>1</answer></think> no answer", None),  # only inside thinking
        ("reasoning</think><answer>3</answer>", "3"),  # template put <think> in the prompt
        ("<answer>7</answer><think>unfinished <answer>9</answer>", "7"),  # unclosed think ignored
        ("<answer>4", None),
        ("4</answer>", None),
        ("no markers at all", None),
        ("<answer></answer>", ""),
        ("<answer>a\nb</answer>", "a\nb"),
    ],
)
def test_extract_answer_tags(response, expected):
    assert extract_answer(response)[0] == expected


@pytest.mark.parametrize(
    "response, expected",
    [
        ("\\boxed{5}", "5"),
        ("\\boxed{1} and \\boxed{2}", "2"),
        ("\\boxed{\\frac{1}{2}}", "\\frac{1}{2}"),
        ("\\boxed{3} then \\boxed{unclosed", "3"),
        ("\\boxed{", None),
        ("<think>\\boxed{1}</think>", None),
    ],
)
def test_extract_answer_boxed(response, expected):
    assert extract_answer(response, markers="boxed")[0] == expected


def test_extract_rejects_non_text_with_reason():
    text, reason = extract_answer(None)
    assert text is None and "text" in reason


def test_extraction_is_linear_on_hostile_input():
    hostile = [
        "<answer>" * 200_000,
        "\\boxed{" * 200_000,
        "<think>" * 200_000 + "</think>" * 3,
        "}" * 10**6,
    ]
    for response in hostile:
        start = time.perf_counter()
        extract_answer(response)
        extract_answer(response, markers="boxed")
        assert time.perf_counter() - start < 1.0


def test_strip_thinking_keeps_text_after_last_close():
    assert strip_thinking("a</think>b</think>c") == "c"


@pytest.mark.parametrize("text, value", [("42", 42), (" -7 ", -7), ("+3", 3), ("007", 7)])
def test_parse_int_accepts(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize("text", ["", "4.0", "1e5", "0x10", "12 13", "five", "--1", "1_000", "٣"])
def test_parse_int_rejects(text):
    with pytest.raises(ParseError):
        parse_int(text)


def test_parse_int_caps_digits_without_python_limit_error():
    with pytest.raises(ParseError, match="digits"):
        parse_int("9" * 100_000)
    assert parse_int("9" * 4000) == int("9" * 4000)


def test_parse_int_list_forms():
    assert parse_int_list("1 2 3") == [1, 2, 3]
    assert parse_int_list("1, 2, 3") == [1, 2, 3]
    assert parse_int_list("[1,2,3]") == [1, 2, 3]
    assert parse_int_list("1\n2\t3") == [1, 2, 3]
    assert parse_int_list("") == []
    with pytest.raises(ParseError, match="exactly 2"):
        parse_int_list("1 2 3", length=2)
    with pytest.raises(ParseError, match="too many"):
        parse_int_list("1 " * 100, max_items=10)
    with pytest.raises(ParseError):
        parse_int_list("1 two 3")


def test_parse_int_grid_shape():
    assert parse_int_grid("1 2\n3 4", rows=2, cols=2) == [[1, 2], [3, 4]]
    with pytest.raises(ParseError, match="rows"):
        parse_int_grid("1 2", rows=2, cols=2)
    with pytest.raises(ParseError, match="row 2"):
        parse_int_grid("1 2\n3", rows=2, cols=2)


def test_parse_fraction_requires_lowest_terms():
    from fractions import Fraction

    assert parse_fraction("3/2") == Fraction(3, 2)
    assert parse_fraction("-3/2") == Fraction(-3, 2)
    assert parse_fraction("5") == Fraction(5)
    for bad in ("6/4", "3/-2", "1/0", "1/2/3", "a/b", ""):
        with pytest.raises(ParseError):
            parse_fraction(bad)
    assert parse_fraction("6/4", require_reduced=False) == Fraction(3, 2)


def test_parse_choice_is_case_insensitive_and_canonical():
    assert parse_choice(" yes. ", ("Yes", "No")) == "Yes"
    with pytest.raises(ParseError):
        parse_choice("maybe", ("Yes", "No"))


def test_parse_fraction_never_joins_digits_across_spaces():
    from fractions import Fraction

    assert parse_fraction(" 3 / 2 ") == Fraction(3, 2)
    for bad in ("1 20/29", "12 0/29", "3/2 9", "3/", "/2"):
        with pytest.raises(ParseError):
            parse_fraction(bad)


def test_grid_reader_accepts_separated_bracketed_and_compact_rows():
    from rlve_gym.answers import parse_grid

    assert parse_grid("1 0 1\n[0, 1, 1]\n\n110\n", 3, 3, {"0", "1"}) == [
        ["1", "0", "1"],
        ["0", "1", "1"],
        ["1", "1", "0"],
    ]
    assert parse_grid("10 -3\n4, 5", 2, 2) == [[10, -3], [4, 5]]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1 0 1\n0 1 1", "expected 3 rows, got 2"),
        ("1 0 1\n0 1\n1 1 0", "row 2 has 2 cells, expected 3"),
        ("1 0 1\n0 1 1 0\n1 1 0", "row 2 has 4 cells, expected 3"),
        ("1 0 1\n0 2 1\n1 1 0", "row 2, column 2: '2' is not allowed"),
        ("1 0 1\n0 1 1\n1 1 0\n" + "1 " * 10_000, "characters"),
    ],
)
def test_grid_reader_names_the_row_that_has_the_wrong_shape(text, reason):
    from rlve_gym.answers import parse_grid

    with pytest.raises(ParseError, match=reason):
        parse_grid(text, 3, 3, {"0", "1"})


def test_integer_grid_reader_names_the_bad_cell():
    from rlve_gym.answers import parse_grid

    with pytest.raises(ParseError, match="row 2: 'x' is not an integer"):
        parse_grid("1 2\nx 4", 2, 2)
