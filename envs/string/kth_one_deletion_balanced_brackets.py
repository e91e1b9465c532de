"""KthOneDeletionBalancedBrackets: the K-th bracket string, in dictionary order, among those of
odd length N that become balanced when one bracket is deleted.

A bracket string is balanced when every prefix has at least as many '(' as ')' and the whole
string has as many of each. The solver considers all strings of N brackets (N odd) from which
deleting one suitable bracket leaves a balanced string, sorts them in dictionary order with
'(' before ')', and writes the K-th. The answer is unique; there is no partial credit.

Such a string has one more '(' than ')' or one more ')' than '('. With prefix balance (number
of '(' minus number of ')') it can be fixed exactly when, in the first case, no prefix balance is
negative (delete the '(' just after the last prefix of balance 0), and in the second case, no
prefix balance is below -1 (delete the first ')' that reaches -1). The reference counts the
completions of a prefix as paths that stay above a floor, by the reflection principle (two
binomial coefficients per case), and picks each bracket by comparing K with those counts: O(N)
big-integer steps. K is uniform over all such strings.

Difficulty schedule (string length; the number of strings grows like 2^N, so K has about
0.3 N digits):

    d        0   1   2   3  ...  10  ...  20  ...  d
    length  13  15  17  19  ...  33  ...  53  ...  13 + 2d
    strings 858 2860 9724 33592 ...

Level 0 has 13 brackets, which gives 858 strings to rank: with 9 or 11 there are only 84 or 264,
so K (and with it the whole problem) would repeat across seeds; a length of 3 has four.
"""

from __future__ import annotations

from math import comb

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word

BRACKETS = "()"


def floor_paths(steps: int, start: int, end: int) -> int:
    """Sequences of ``steps`` moves of +1/-1 from height ``start`` to ``end`` that never go below
    0 (both heights >= 0): all such paths minus, by reflection, those that touch -1."""
    if start < 0 or end < 0:
        return 0
    ups, rest = divmod(steps + end - start, 2)
    if rest or not 0 <= ups <= steps:
        return 0
    reflected_ups = (steps + end + start + 2) // 2
    bad = comb(steps, reflected_ups) if reflected_ups <= steps else 0
    return comb(steps, ups) - bad


def completions(steps: int, balance: int, lowest: int) -> int:
    """Ways to finish a prefix (current balance, lowest prefix balance so far) with ``steps``
    more brackets into a string that one deletion makes balanced."""
    total = 0
    if lowest >= 0:  # one '(' too many, no prefix below 0
        total += floor_paths(steps, balance, 1)
    if lowest >= -1:  # one ')' too many, no prefix below -1 (shift everything up by one)
        total += floor_paths(steps, balance + 1, 0)
    return total


def kth_one_deletion_balanced(length: int, k: int) -> str:
    """The ``k``-th (1-based) such string of odd ``length`` in dictionary order, '(' first."""
    chosen, balance, lowest = [], 0, 0
    for position in range(length):
        rest = length - position - 1
        for bracket, step in (("(", 1), (")", -1)):
            ways = completions(rest, balance + step, min(lowest, balance + step))
            if k <= ways:
                chosen.append(bracket)
                balance += step
                lowest = min(lowest, balance)
                break
            k -= ways
        else:
            raise ValueError("k exceeds the number of such strings")
    return "".join(chosen)


def fixable_by_one_deletion(brackets: str) -> bool:
    """Whether deleting one bracket leaves a balanced string (the prefix-balance criterion)."""
    balance = lowest = 0
    for b in brackets:
        balance += 1 if b == "(" else -1
        lowest = min(lowest, balance)
    return (balance == 1 and lowest >= 0) or (balance == -1 and lowest >= -1)


class KthOneDeletionBalancedBrackets(Environment):
    description = (
        "K-th bracket string of odd length, in dictionary order, that deleting one bracket balances"
    )
    answer_kind = "string"
    answer_example = "(()"
    catalog_name = "Kth_SemiBalancedBracketSequence"

    def schedule(self, difficulty):
        return {"length": 13 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        total = completions(n, 0, 0)
        return {"length": n, "k": rng.randint(1, total), "total": total}

    def solve(self, instance):
        return kth_one_deletion_balanced(instance["length"], instance["k"])

    def render(self, instance):
        n, k = instance["length"], instance["k"]
        return (
            "A bracket string is balanced if it has as many '(' as ')' and no prefix of it has "
            "more ')' than '('; for example (()()) is balanced and ())( is not.\n"
            f"Consider all strings of exactly {n} characters, each '(' or ')', from which some "
            "single character can be deleted so that the remaining string is balanced. For "
            "example, for length 3 these are ((), ()(, ()) and )(): deleting the right "
            "bracket from each leaves ().\n"
            "Sort these strings in dictionary order, where '(' comes before ')': compare two "
            "strings at the first position where they differ.\n\n"
            f"There are {instance['total']} such strings of length {n}. Which one is number {k} "
            "in this order (counting from 1)? Write it without spaces."
        )

    def parse(self, text, instance):
        word = parse_word("".join(text.split()), BRACKETS, max_len=instance["length"] + 5)
        if not word:
            raise ParseError("empty answer; expected a string of ( and )")
        return word

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if len(answer) != instance["length"]:
            return Verdict.wrong(f"the answer has {len(answer)} brackets, not {instance['length']}")
        if not fixable_by_one_deletion(answer):
            return Verdict.wrong("no single deletion makes the answer balanced")
        return Verdict.wrong(f"a valid string, but not number {instance['k']} in order")
