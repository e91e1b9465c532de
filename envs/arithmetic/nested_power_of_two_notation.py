"""NestedPowerOfTwoNotation: write N as a sum of powers of two, exponents written the same way.

Every positive integer is a sum of distinct powers of two (its binary digits). In this notation
2^1 is written "2", 2^0 is written "2(0)", and 2^e for e >= 2 is written "2(" + the notation of e
+ ")"; the terms of a sum are joined by "+" in decreasing order of exponent. For example
137 = 2^7 + 2^3 + 2^0 and 7 = 2^2 + 2 + 2^0, 3 = 2 + 2^0, so 137 is
2(2(2)+2+2(0))+2(2+2(0))+2(0). Every N has exactly one such string, which is the answer
(spaces are ignored).

The answer is read by a bounded recursive-descent parser (length and nesting depth capped,
exponents capped before any power is formed) into a value; a well-formed answer equal to N
that is not in the required form (terms out of order, 2(2(0)) for 2, a repeated exponent) is
wrong with a reason saying so.

Difficulty schedule (N drawn uniformly from [2^(bits-2), 2^bits - 1]):

    d        0   1   2   3  ...  10  ...  20  ...  d
    bits    10  11  12  13  ...  20  ...  30  ...  10 + d

Each level adds a binary digit, so the string gains about half a term per level and the
exponents grow (up to bits - 1), which deepens the nesting slowly. Level 0 already has N up to
1023: with smaller N a level holds too few distinct problems.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError

#: nesting deeper than this never occurs in a canonical answer below 2^(2^16)
MAX_DEPTH = 8


def nested_notation(n: int) -> str:
    """The canonical string of n >= 1 (see the module docstring)."""
    terms = []
    for exponent in range(n.bit_length() - 1, -1, -1):
        if n >> exponent & 1:
            if exponent == 0:
                terms.append("2(0)")
            elif exponent == 1:
                terms.append("2")
            else:
                terms.append(f"2({nested_notation(exponent)})")
    return "+".join(terms)


class _Reader:
    """Recursive-descent reader of  sum := term ('+' term)* ; term := '2' ['(' ('0' | sum) ')'].

    ``value`` is the number the text stands for, or None once an exponent exceeds ``max_exponent``
    (the power is never formed then)."""

    def __init__(self, text: str, max_exponent: int):
        self.text, self.pos, self.max_exponent = text, 0, max_exponent

    def fail(self, what: str) -> ParseError:
        return ParseError(f"{what} at character {self.pos + 1}")

    def read_sum(self, depth: int) -> int | None:
        if depth > MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels")
        total: int | None = self.read_term(depth)
        while self.pos < len(self.text) and self.text[self.pos] == "+":
            self.pos += 1
            term = self.read_term(depth)
            total = None if total is None or term is None else total + term
        return total

    def read_term(self, depth: int) -> int | None:
        if self.pos >= len(self.text) or self.text[self.pos] != "2":
            raise self.fail("expected '2'")
        self.pos += 1
        if self.pos >= len(self.text) or self.text[self.pos] != "(":
            return 2
        self.pos += 1
        if self.text.startswith("0)", self.pos):
            self.pos += 2
            return 1
        exponent = self.read_sum(depth + 1)
        if self.pos >= len(self.text) or self.text[self.pos] != ")":
            raise self.fail("expected ')'")
        self.pos += 1
        if exponent is None or exponent > self.max_exponent:
            return None
        return 2**exponent


def read_notation(text: str, max_exponent: int, max_chars: int) -> tuple[str, int | None]:
    """(the text without whitespace, its value or None when too large); ParseError if malformed."""
    compact = "".join(text.split())
    if not compact:
        raise ParseError("empty answer; expected an expression such as 2(2)+2(0)")
    if len(compact) > max_chars:
        raise ParseError(f"answer has {len(compact)} characters, at most {max_chars} expected")
    bad = set(compact) - set("20()+")
    if bad:
        raise ParseError(f"character {sorted(bad)[0]!r} is not allowed; use only 2 0 ( ) +")
    reader = _Reader(compact, max_exponent)
    value = reader.read_sum(0)
    if reader.pos != len(compact):
        raise reader.fail("unexpected text")
    return compact, value


class NestedPowerOfTwoNotation(Environment):
    description = "N as a sum of powers of two with every exponent written the same way, 2(...)"
    answer_kind = "string"
    answer_example = "2(2+2(0))+2(0)"
    catalog_name = "PowerNest"

    def schedule(self, difficulty):
        return {"bits": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        bits = sizes["bits"]
        return {"n": rng.randint(2 ** (bits - 2), 2**bits - 1)}

    def solve(self, instance):
        return nested_notation(instance["n"])

    def render(self, instance):
        return (
            "Every positive integer is a sum of distinct powers of two. Write numbers in the "
            "following notation, where exponents are themselves written in the same notation:\n"
            "- 2^0 is written 2(0), and 2^1 is written 2;\n"
            "- 2^e for e >= 2 is written 2(E), where E is the notation of e;\n"
            "- a number is the sum of its distinct powers of two, written as above, joined by + "
            "and in decreasing order of exponent.\n"
            "For example 137 = 2^7 + 2^3 + 2^0, with 7 = 2^2 + 2 + 2^0 and 3 = 2 + 2^0, is written "
            "2(2(2)+2+2(0))+2(2+2(0))+2(0).\n"
            f"Write {instance['n']} in this notation. Answer with the expression only, using "
            "just the characters 2 0 ( ) +."
        )

    def parse(self, text, instance):
        bits = instance["n"].bit_length()
        return read_notation(text, max_exponent=bits, max_chars=40 * bits + 100)

    def check(self, instance, answer, reference):
        compact, value = answer
        n = instance["n"]
        if value != n:
            return Verdict.wrong(f"the expression does not equal {n}")
        if compact != nested_notation(n):
            return Verdict.wrong(
                f"the expression equals {n} but is not in the required form (distinct powers in "
                "decreasing order, 2^1 as 2, 2^0 as 2(0), every exponent written the same way)"
            )
        return Verdict.right()

    def near_misses(self, problem):
        ref = problem.answer
        terms = split_top_level(ref)
        misses = ["+".join(terms[:-1]) if len(terms) > 1 else ref + "+2(0)"]
        if len(terms) > 1:
            misses.append("+".join(reversed(terms)))  # right value, wrong order
        if "2+" in ref:
            misses.append(ref.replace("2+", "2(2(0))+", 1))  # 2^1 spelled as 2(2(0))
        misses.append(ref + "+2(0)")
        return misses


def split_top_level(expression: str) -> list[str]:
    """The terms of a sum, splitting on the '+' signs outside parentheses."""
    terms, depth, start = [], 0, 0
    for i, ch in enumerate(expression):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "+" and depth == 0:
            terms.append(expression[start:i])
            start = i + 1
    terms.append(expression[start:])
    return terms
