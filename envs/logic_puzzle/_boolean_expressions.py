"""Random AND/OR/XOR expression trees shared by the Boolean-expression puzzles (``Circuit``-style
satisfying assignments, counting the assignments of blanks that make an expression true).

A tree is plain JSON data: a leaf is an int (what it stands for is up to the puzzle: a variable
number, or 0 for an anonymous blank), an inner node is ``[op, left, right]`` with ``op`` one of
``"&"`` (AND), ``"|"`` (OR), ``"^"`` (XOR). Without negation every operator acts bitwise on
Python ints, so one evaluation over ints whose bit j is the value in assignment j evaluates the
expression under many assignments at once (a whole truth table, or thousands of random samples).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

OPERATORS = ("&", "|", "^")
OPERATOR_WORDS = {"&": "AND", "|": "OR", "^": "XOR"}

Tree = int | list


def random_tree(
    rng: random.Random, leaves: int, leaf: Callable[[], int], weights: Sequence[float]
) -> Tree:
    """A random binary tree with ``leaves`` leaves drawn by ``leaf()``, operators drawn with
    ``weights`` (for ``&``, ``|``, ``^``); each split point is uniform."""
    if leaves == 1:
        return leaf()
    left = rng.randint(1, leaves - 1)
    op = rng.choices(OPERATORS, weights=weights)[0]
    return [
        op,
        random_tree(rng, left, leaf, weights),
        random_tree(rng, leaves - left, leaf, weights),
    ]


def evaluate(tree: Tree, value_of: Callable[[int], int]) -> int:
    """The expression's value with every leaf replaced by ``value_of(leaf)`` (bitwise on ints)."""
    if isinstance(tree, int):
        return value_of(tree)
    op, left, right = tree
    a, b = evaluate(left, value_of), evaluate(right, value_of)
    if op == "&":
        return a & b
    if op == "|":
        return a | b
    return a ^ b


def render(tree: Tree, leaf_text: Callable[[int], str]) -> str:
    """Fully parenthesised infix text with the outermost parentheses dropped, e.g.
    ``(x1 & x2) ^ x3``."""

    def text(node: Tree) -> str:
        if isinstance(node, int):
            return leaf_text(node)
        op, left, right = node
        return f"({text(left)} {op} {text(right)})"

    shown = text(tree)
    return shown[1:-1] if shown.startswith("(") else shown


def truth_table_columns(variables: int) -> list[int]:
    """For assignments numbered 0..2^n - 1 (bit k of the number is variable k+1), the int whose
    bit j is variable k+1's value in assignment j, for every k."""
    size = 1 << variables
    all_ones = (1 << size) - 1
    columns = []
    for k in range(variables):
        half = 1 << k
        period_ones = (1 << (2 * half)) - 1
        block = ((1 << half) - 1) << half  # the period: half zeros, then half ones
        columns.append(block * (all_ones // period_ones))
    return columns
