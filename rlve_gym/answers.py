"""Taking an answer out of a model response, and bounded parsers for the usual answer shapes.

Model output is hostile input: nothing here evaluates it, every scan is linear in its length,
and every parser caps what it reads. Parsers raise ``ParseError`` with a reason a human can
read; ``Environment.verify`` turns that into a format-failure verdict.
"""

from __future__ import annotations

import re
from fractions import Fraction

#: Answers longer than this (after extraction) are rejected without parsing; environments whose
#: answers are legitimately long raise it through ``Environment.max_answer_chars``.
DEFAULT_MAX_ANSWER_CHARS = 20_000
#: Python refuses int(str) beyond 4,300 digits; we stop well before.
DEFAULT_MAX_DIGITS = 4_000

_THINK_OPEN = "<think>"
_THINK_CLOSE = "</think>"


class ParseError(ValueError):
    """The answer text does not have the shape the prompt asked for (the message says why)."""


def strip_thinking(response: str) -> str:
    """Drop reasoning: everything up to the last ``</think>``, or from an unclosed ``<think>`` on."""
    close = response.rfind(_THINK_CLOSE)
    if close >= 0:
        return response[close + len(_THINK_CLOSE) :]
    open_ = response.find(_THINK_OPEN)
    if open_ >= 0:
        return response[:open_]
    return response


def _last_tagged(text: str, tag: str) -> str | None:
    close_tag, open_tag = f"</{tag}>", f"<{tag}>"
    end = text.rfind(close_tag)
    if end < 0:
        return None
    start = text.rfind(open_tag, 0, end)
    if start < 0:
        return None
    return text[start + len(open_tag) : end]


_BOXED = "\\boxed{"


def _last_boxed(text: str) -> str | None:
    """Content of the last-starting ``\\boxed{...}`` whose braces close, in one linear pass
    (a response of many unclosed ``\\boxed{`` must not make this quadratic)."""
    first = text.find(_BOXED)
    if first < 0:
        return None
    open_braces: list[int] = []  # positions of "{" still open; negative = opened by \boxed
    best: tuple[int, int] | None = None
    i, n = first, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and text.startswith(_BOXED, i):
            open_braces.append(-(i + len(_BOXED)))
            i += len(_BOXED)
            continue
        if ch == "{":
            open_braces.append(i + 1)
        elif ch == "}" and open_braces:
            opened = open_braces.pop()
            if opened < 0 and (best is None or -opened > best[0]):
                best = (-opened, i)
        i += 1
    return None if best is None else text[best[0] : best[1]]


def extract_answer(response: object, markers: str = "answer") -> tuple[str | None, str]:
    """Return ``(answer_text, reason)``; ``answer_text`` is None when there is no usable answer.

    The last marked answer outside ``<think>...</think>`` counts. ``markers`` is ``"answer"``
    for ``<answer>...</answer>`` or ``"boxed"`` for ``\\boxed{...}``.
    """
    if not isinstance(response, str):
        return None, f"response must be text, got {type(response).__name__}"
    visible = strip_thinking(response)
    if markers == "boxed":
        found = _last_boxed(visible)
        missing = "no \\boxed{...} answer found outside <think>"
    else:
        found = _last_tagged(visible, "answer")
        missing = "no <answer>...</answer> found outside <think>"
    if found is None:
        return None, missing
    return found.strip(), "ok"


# ---------------------------------------------------------------------------------------------
# parsers

_INT_RE = re.compile(r"[+-]?[0-9]+")
_SPLIT_RE = re.compile(r"[\s,;]+")


def _to_int(token: str, max_digits: int) -> int:
    if len(token) > max_digits + 1 or not _INT_RE.fullmatch(token):
        if len(token) > max_digits + 1 and _INT_RE.fullmatch(token[: max_digits + 2]):
            raise ParseError(f"integer has more than {max_digits} digits")
        shown = token if len(token) <= 20 else token[:20] + "..."
        raise ParseError(f"{shown!r} is not an integer")
    return int(token)


def parse_int(text: str, max_digits: int = DEFAULT_MAX_DIGITS) -> int:
    """One integer, optionally signed, surrounded by nothing but whitespace."""
    token = text.strip()
    if not token:
        raise ParseError("empty answer; expected an integer")
    return _to_int(token, max_digits)


def split_tokens(text: str, max_items: int) -> list[str]:
    """Split on whitespace, commas or semicolons, dropping one pair of enclosing brackets."""
    body = text.strip()
    if len(body) >= 2 and body[0] + body[-1] in ("[]", "()", "{}"):
        body = body[1:-1].strip()
    if not body:
        return []
    tokens = _SPLIT_RE.split(body)
    tokens = [t for t in tokens if t]
    if len(tokens) > max_items:
        raise ParseError(f"too many items: {len(tokens)} (at most {max_items} expected)")
    return tokens


def parse_int_list(
    text: str,
    max_items: int = 100_000,
    max_digits: int = DEFAULT_MAX_DIGITS,
    length: int | None = None,
) -> list[int]:
    """Integers separated by spaces or commas (``1 2 3``, ``1, 2, 3`` or ``[1, 2, 3]``)."""
    tokens = split_tokens(text, max_items if length is None else max(length, 0) + 1)
    values = [_to_int(t, max_digits) for t in tokens]
    if length is not None and len(values) != length:
        raise ParseError(f"expected exactly {length} integers, got {len(values)}")
    return values


def parse_int_grid(
    text: str,
    rows: int | None = None,
    cols: int | None = None,
    max_cells: int = 100_000,
    max_digits: int = 30,
) -> list[list[int]]:
    """One row per non-empty line, integers separated by spaces or commas."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if rows is not None and len(lines) != rows:
        raise ParseError(f"expected {rows} rows, got {len(lines)}")
    if len(lines) > max_cells:
        raise ParseError(f"too many rows: {len(lines)}")
    grid = []
    for r, line in enumerate(lines):
        row = parse_int_list(line, max_items=max_cells, max_digits=max_digits)
        if cols is not None and len(row) != cols:
            raise ParseError(f"row {r + 1} has {len(row)} entries, expected {cols}")
        grid.append(row)
    return grid


def parse_char_grid(text: str, rows: int, cols: int, alphabet: str) -> list[str]:
    """One row per non-empty line, each exactly ``cols`` characters from ``alphabet`` (spaces between
    characters are allowed and ignored)."""
    lines = [line.replace(" ", "") for line in text.strip().splitlines() if line.strip()]
    if len(lines) != rows:
        raise ParseError(f"expected {rows} rows, got {len(lines)}")
    allowed = set(alphabet)
    for r, line in enumerate(lines):
        if len(line) != cols:
            raise ParseError(f"row {r + 1} has {len(line)} cells, expected {cols}")
        bad = set(line) - allowed
        if bad:
            raise ParseError(
                f"row {r + 1} contains {sorted(bad)[0]!r}; allowed: {' '.join(alphabet)}"
            )
    return lines


def parse_fraction(
    text: str, max_digits: int = DEFAULT_MAX_DIGITS, require_reduced: bool = True
) -> Fraction:
    """``p/q`` or a plain integer ``p``. With ``require_reduced`` the form must be lowest terms with
    a positive denominator (``6/4`` is rejected, ``3/2`` accepted)."""
    body = text.strip()
    if not body:
        raise ParseError("empty answer; expected a fraction p/q")
    if body.count("/") > 1:
        raise ParseError("expected one '/' in a fraction p/q")
    # spaces are allowed around '/', never inside a number ("1 20/29" must not read as 120/29)
    num_text, _, den_text = (part.strip() for part in body.partition("/"))
    if "/" in body and not den_text:
        raise ParseError("missing denominator after '/'")
    num = _to_int(num_text, max_digits)
    den = _to_int(den_text, max_digits) if den_text else 1
    if den == 0:
        raise ParseError("denominator is zero")
    if require_reduced:
        from math import gcd

        if den < 0:
            raise ParseError("write the sign on the numerator (denominator must be positive)")
        if gcd(num, den) != 1:
            raise ParseError(f"{num}/{den} is not in lowest terms")
    return Fraction(num, den)


def parse_choice(text: str, choices: tuple[str, ...]) -> str:
    """One of ``choices``, case-insensitive; returns the canonical spelling."""
    body = text.strip().strip(".").strip()
    for choice in choices:
        if body.lower() == choice.lower():
            return choice
    shown = body if len(body) <= 20 else body[:20] + "..."
    raise ParseError(f"{shown!r} is not one of {', '.join(choices)}")


def parse_word(text: str, alphabet: str, max_len: int) -> str:
    """A single word over ``alphabet`` (surrounding whitespace ignored)."""
    body = text.strip()
    if len(body) > max_len:
        raise ParseError(f"answer has {len(body)} characters, at most {max_len} expected")
    allowed = set(alphabet)
    for ch in body:
        if ch not in allowed:
            raise ParseError(f"character {ch!r} is not allowed; use only {alphabet!r}")
    return body


def parse_grid(
    text: str,
    rows: int,
    cols: int,
    cells: frozenset[str] | set[str] | None = None,
    max_digits: int = 12,
) -> list[list[str]] | list[list[int]]:
    """A ``rows`` x ``cols`` grid, one row per non-empty line.

    Cells are separated by spaces or commas (``1 0 1``, ``[1, 0, 1]``); a row of single-character
    cells may also be written without separators (``101``). With ``cells`` every cell must be one
    of those tokens and the grid comes back as strings; without it every cell is an integer.
    Shape errors name the row: ``row 3 has 5 cells, expected 6``.
    """
    limit = rows * cols * (max_digits + 3) + rows * 8 + 16
    if len(text) > limit:
        raise ParseError(f"the grid text has {len(text)} characters, at most {limit} expected")
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) != rows:
        raise ParseError(f"expected {rows} rows, got {len(lines)}")
    grid: list[list] = []
    for r, line in enumerate(lines, start=1):
        tokens = split_tokens(line, cols + 1)
        if len(tokens) == 1 and cols > 1 and len(tokens[0]) == cols:
            tokens = list(tokens[0])  # a compact row such as 0110
        if len(tokens) != cols:
            raise ParseError(f"row {r} has {len(tokens)} cells, expected {cols}")
        if cells is None:
            try:
                grid.append([_to_int(t, max_digits) for t in tokens])
            except ParseError as exc:
                raise ParseError(f"row {r}: {exc}") from None
            continue
        for c, token in enumerate(tokens, start=1):
            if token not in cells:
                shown = token if len(token) <= 12 else token[:12] + "..."
                raise ParseError(
                    f"row {r}, column {c}: {shown!r} is not allowed; use one of "
                    + " ".join(sorted(cells))
                )
        grid.append(tokens)
    return grid
