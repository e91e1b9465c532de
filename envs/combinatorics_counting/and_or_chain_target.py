"""AND/OR operator choices between binary strings that evaluate, left to right, to a target.

The expression A[0] op1 A[1] op2 ... opN A[N] (A[0] all zeros, each op AND or OR, evaluated left
to right, bitwise) must equal the target R. Look at one column: OR with a 1 sets it, AND with a
0 clears it, the other two combinations keep it. Write the operators as a number z whose bit i-1
is 1 for AND at step i, and the column as the number c whose bit i-1 is A[i]'s bit; then the
last step where they differ decides the column, which ends as 1 exactly when c > z. So the valid
z form the interval [max of the columns where R is 0, min of the columns where R is 1), and the
answer is its length: O(N * M) with exact integers (the count is below 2**N).

Difficulty schedule (N operators, strings of M bits; R comes from a random operator choice, so
at least one choice works):

    d     0   1   2   3   5   10   20   30   ...
    N     8   9  10  11  13   18   28   38   ...  8 + d
    M     8   9  10  11  13   18   28   38   ...  8 + d

Both grow by one per level; the prompt holds (N + 1) * M bits. Level 0 starts at eight
operators: with fewer, the count is one of a handful of small numbers that a guess hits often.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

_ATTEMPTS = 10


def count_operator_choices(strings: list[str], target: str) -> int:
    """Operator sequences (AND/OR between consecutive strings) whose left-to-right value is ``target``.

    ``strings[0]`` is the starting value; the count is exact.
    """
    steps = len(strings) - 1
    low, high = 0, 1 << steps
    for j in range(len(target)):
        # bit i-1 of the column number is strings[i][j]; strings[0] is all zeros by construction
        column = sum(1 << (i - 1) for i in range(1, steps + 1) if strings[i][j] == "1")
        if target[j] == "1":
            high = min(high, column)
        else:
            low = max(low, column)
    if any(ch == "1" for ch in strings[0]):
        raise ValueError("the first string must be all zeros")
    return max(0, high - low)


def evaluate(strings: list[str], operators: list[str]) -> str:
    """The left-to-right value of the expression (used to plant the target)."""
    value = [int(ch) for ch in strings[0]]
    for op, string in zip(operators, strings[1:], strict=True):
        bits = [int(ch) for ch in string]
        value = [v & b if op == "AND" else v | b for v, b in zip(value, bits, strict=True)]
    return "".join(map(str, value))


class AndOrChainTargetCounting(Environment):
    description = "Count AND/OR operator choices between binary strings that evaluate left to right to a target"
    answer_kind = "single_int"
    answer_example = "1000"
    catalog_name = "BitwiseOperationSequenceCounting"

    def schedule(self, difficulty):
        return {"operators": 8 + difficulty, "bits": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        steps, width = sizes["operators"], sizes["bits"]
        for _ in range(_ATTEMPTS):
            and_share = rng.random()
            strings = ["0" * width]
            for _ in range(steps):
                density = rng.random()
                strings.append(
                    "".join("1" if rng.random() < density else "0" for _ in range(width))
                )
            operators = ["AND" if rng.random() < and_share else "OR" for _ in range(steps)]
            target = evaluate(strings, operators)
            if count_operator_choices(strings, target) > 1:
                break
        return {"strings": strings, "target": target}

    def solve(self, instance):
        return count_operator_choices(instance["strings"], instance["target"])

    def render(self, instance):
        strings = instance["strings"]
        n, m = len(strings) - 1, len(instance["target"])
        listing = "\n".join(f"A[{i}] = {s}" for i, s in enumerate(strings))
        return (
            f"Here are N + 1 = {n + 1} binary strings, each of length {m}:\n{listing}\n\n"
            f"Put one operator, AND or OR, between each pair of neighbours (N = {n} operators in all) "
            "to form the expression A[0] op1 A[1] op2 A[2] ... opN A[N]. It is evaluated from left "
            "to right with no precedence: first A[0] op1 A[1], then that result op2 A[2], and so on. "
            "AND and OR act position by position on the bits (for example 0110 AND 0011 = 0010 "
            "and 0110 OR 0011 = 0111).\n\n"
            f"In how many of the 2^{n} ways of choosing the operators does the expression evaluate to "
            f"exactly {instance['target']}?\n"
            "Answer with a single integer (the exact count)."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=len(instance["strings"]) // 3 + 5)
