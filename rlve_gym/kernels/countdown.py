"""The rules of the numbers game (CountdownEqual, CountdownClose): read an answer expression,
draw random expressions, and find the closest reachable value.

The rules, stated the same way in both prompts: combine the given numbers with ``+ - * /`` and
parentheses, using each number exactly as often as it is given; every division must come out
whole; intermediate results may be negative. No other numbers, no unary minus, no powers.

Searching every expression is the heavy part. It only needs expressions whose intermediate results
are non-negative: replacing each subexpression by its absolute value (``a - b`` by ``|a - b|``,
``a / b`` by ``|a| / |b|``) keeps every division exact and turns the final value ``v`` into
``|v|``, which is never farther from a positive target. So the closest distance over all
expressions equals the closest distance over non-negative ones, and the search over subsets of
the numbers keeps only ``a + b``, ``|a - b|``, ``a * b`` and exact quotients.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

from rlve_gym.answers import ParseError
from rlve_gym.expressions import (
    ExpressionError,
    ExpressionRules,
    evaluate,
    literals,
    parse_expression,
)

RULES_TEXT = (
    "Combine the numbers with + - * / and parentheses, using each number exactly once (a number "
    "that is listed twice may be used twice). Every division must come out whole, with no "
    "remainder, at the moment it is done; intermediate results may be negative. No other numbers, "
    "no unary minus and no powers."
)


def countdown_rules(numbers: Sequence[int]) -> ExpressionRules:
    """Caps sized to the instance: room for every number, its operator and some parentheses."""
    longest = max(len(str(v)) for v in numbers)
    return ExpressionRules(
        operators=frozenset("+-*/"),
        allow_unary_minus=False,
        max_chars=len(numbers) * (longest + 12) + 200,
        max_literal_digits=longest + 1,
        max_depth=len(numbers) + 8,
        max_nodes=4 * len(numbers) + 8,
        max_bits=64 * len(numbers) + 64,
    )


def read_value(text: str, numbers: Sequence[int]) -> int:
    """The value of an answer expression, after checking that it uses exactly ``numbers``;
    ``ParseError`` says what is wrong (a malformed formula, a number used too often, missing or
    not given, a division with a remainder)."""
    try:
        tree = parse_expression(text, countdown_rules(numbers))
        used = Counter(int(v) for v in literals(tree))
        given = Counter(numbers)
        for value, times in sorted(used.items()):
            if value not in given:
                raise ParseError(f"{value} is not one of the given numbers")
            if times > given[value]:
                raise ParseError(f"{value} is used {times} times but given {given[value]} time(s)")
        missing = sorted((given - used).elements())
        if missing:
            raise ParseError(f"not every number is used: {', '.join(map(str, missing))} left over")
        return int(evaluate(tree, integers_only=True, max_bits=countdown_rules(numbers).max_bits))
    except ExpressionError as exc:
        raise ParseError(str(exc)) from None


def random_expression(rng: random.Random, numbers: Sequence[int], bound: int) -> tuple[str, int]:
    """A random expression over all of ``numbers`` that follows the rules, with every intermediate
    value in ``[0, bound]`` where the draw allows: pairs of partial expressions are combined by a
    random operator among those that keep the value whole and bounded. Returns (text, value)."""
    pool = [(str(v), v) for v in numbers]
    rng.shuffle(pool)
    while len(pool) > 1:
        (left, a), (right, b) = (
            pool.pop(rng.randrange(len(pool))),
            pool.pop(rng.randrange(len(pool))),
        )
        if a < b:
            (left, a), (right, b) = (right, b), (left, a)
        options = [("+", a + b), ("-", a - b)]
        if a * b <= bound:
            options.append(("*", a * b))
        if b > 1 and a % b == 0:
            options.append(("/", a // b))
        op, value = rng.choice(options)
        if value > bound:
            op, value = "-", a - b
        pool.append((f"({left} {op} {right})" if len(pool) else f"{left} {op} {right}", value))
    return pool[0]


def closest_reachable(numbers: Sequence[int], target: int) -> tuple[int, str]:
    """(smallest |value - target| over all rule-abiding expressions using every number, one
    expression that reaches it), by combining the value sets of complementary subsets.

    ``reach[mask]`` maps each non-negative value reachable with exactly the numbers in ``mask``
    to one expression for it. Cost grows roughly 4^n * (values per subset)^2: five numbers take
    a few milliseconds, six take about a second, so callers keep n <= 5.
    """
    n = len(numbers)
    full = (1 << n) - 1
    reach: list[dict[int, str]] = [{} for _ in range(full + 1)]
    for i, v in enumerate(numbers):
        reach[1 << i][v] = str(v)
    for mask in range(1, full + 1):
        if mask & (mask - 1) == 0:
            continue
        found = reach[mask]
        low = mask & -mask  # the part holding the lowest number comes first: each split once
        sub = (mask - 1) & mask
        while sub:
            if sub & low:
                rest = mask ^ sub
                for a, left in reach[sub].items():
                    for b, right in reach[rest].items():
                        if a < b:
                            a_, b_, l_, r_ = b, a, right, left
                        else:
                            a_, b_, l_, r_ = a, b, left, right
                        for value, op in ((a_ + b_, "+"), (a_ - b_, "-"), (a_ * b_, "*")):
                            if value not in found:
                                found[value] = f"({l_} {op} {r_})"
                        if b_ and a_ % b_ == 0 and a_ // b_ not in found:
                            found[a_ // b_] = f"({l_} / {r_})"
            sub = (sub - 1) & mask
    best_value = min(reach[full], key=lambda v: (abs(v - target), v))
    text = reach[full][best_value]
    if n > 1:
        text = text[1:-1]  # the outer parentheses
    return abs(best_value - target), text
