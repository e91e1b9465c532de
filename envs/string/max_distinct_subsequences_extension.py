"""MaxDistinctSubsequencesExtension: append symbols to a sequence so that it has as many distinct
subsequences as possible.

The solver sees a sequence of M symbols from 1..K and appends exactly N more symbols (each from
1..K) so that the extended sequence has the largest possible number of distinct subsequences
(two subsequences are the same when they are equal as sequences, wherever they are taken from).
Every extension reaching the maximum is correct: symbols that never occurred so far are
interchangeable, so there are often several. There is no partial credit.

Appending symbol c to a sequence with D distinct subsequences (the empty one included) gives
``2 D - D_c``, where D_c is the count just before the previous c was appended (0 if c never
occurred): every old subsequence with or without c at the end, minus those already ending in a c.
The counts only grow along the sequence, so the best move is the symbol whose last occurrence is
earliest (one that never occurred, if any), and repeating that greedy choice is optimal for the
whole extension. The instance stores the exact optimum, and the checker recounts the answer with
the same O(M + N) recurrence.

Difficulty schedule (K = max(4, round(M * ratio)) with ratio drawn per instance from 0.1, 0.2,
0.3, 0.5, 1.0, so some instances use every symbol and others leave many unused):

    d            0   1   2   3  ...  10  ...  20  ...  d
    length M    12  14  16  18  ...  32  ...  52  ...  12 + 2d
    appended N   4   4   5   5  ...   9  ...  14  ...  4 + d // 2

Level 0 has 12 symbols and at least 4 symbol kinds: with 3 kinds the answer is one of six orders
of the kinds and a fixed guess is right too often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

RATIOS = (0.1, 0.2, 0.3, 0.5, 1.0)
MIN_KINDS = 4


def distinct_subsequences(sequence: list[int]) -> int:
    """Number of distinct subsequences of ``sequence``, the empty one included."""
    total, before_last = 1, {}
    for symbol in sequence:
        total, before_last[symbol] = 2 * total - before_last.get(symbol, 0), total
    return total


def best_extension(sequence: list[int], kinds: int, appended: int) -> list[int]:
    """Greedy: always append the symbol whose last occurrence is earliest (unused ones first)."""
    last = {symbol: -1 - symbol for symbol in range(1, kinds + 1)}  # unused: before everything
    for position, symbol in enumerate(sequence):
        last[symbol] = position
    chosen = []
    for step in range(appended):
        symbol = min(last, key=last.__getitem__)
        chosen.append(symbol)
        last[symbol] = len(sequence) + step
    return chosen


class MaxDistinctSubsequencesExtension(Environment):
    description = "Append N symbols to a sequence to maximise its number of distinct subsequences"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 2 2"
    catalog_name = "Maximum_SubsequenceNum"

    def schedule(self, difficulty):
        return {"length": 12 + 2 * difficulty, "appended": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        m = sizes["length"]
        kinds = max(MIN_KINDS, round(m * rng.choice(RATIOS)))
        sequence = [rng.randint(1, kinds) for _ in range(m)]
        appended = sizes["appended"]
        best = distinct_subsequences(sequence + best_extension(sequence, kinds, appended))
        return {
            "sequence": sequence,
            "kinds": kinds,
            "appended": appended,
            "best_count": str(best),
        }

    def solve(self, instance):
        return best_extension(instance["sequence"], instance["kinds"], instance["appended"])

    def render(self, instance):
        sequence, k, n = instance["sequence"], instance["kinds"], instance["appended"]
        return (
            f"Sequence A = {' '.join(map(str, sequence))} ({len(sequence)} symbols, each from 1 to "
            f"{k}).\n"
            "A subsequence of a sequence is obtained by deleting some of its elements (possibly "
            "none or all) and keeping the rest in order. Two subsequences are the same if they are "
            "equal as sequences, no matter which positions they come from; for example 1 2 1 has "
            "the distinct subsequences (empty), 1, 2, 1 1, 1 2, 2 1 and 1 2 1, which is 7.\n\n"
            f"Append exactly {n} more symbols, each from 1 to {k}, to the end of A so that the "
            "extended sequence has as many distinct subsequences as possible. Answer with the "
            f"{n} appended symbols in order, separated by spaces. If several choices reach the "
            "maximum, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=instance["appended"], max_digits=6)

    def check(self, instance, answer, reference):
        k = instance["kinds"]
        if any(not 1 <= s <= k for s in answer):
            return Verdict.wrong(f"every appended symbol must be between 1 and {k}")
        count = distinct_subsequences(instance["sequence"] + answer)
        if str(count) == instance["best_count"]:
            return Verdict.right()
        return Verdict.wrong("the extended sequence does not have the largest possible number")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return " ".join(str(rng.randint(1, instance["kinds"])) for _ in range(instance["appended"]))

    def near_misses(self, problem):
        instance = problem.instance
        answer = [int(t) for t in problem.answer.split()]
        k = instance["kinds"]
        misses = [" ".join(map(str, answer[:-1])), " ".join(map(str, answer[:-1] + [k + 1]))]
        latest = instance["sequence"][-1]  # appending the symbol just used gains the least
        worse = answer[:-1] + [answer[-2] if len(answer) > 1 else latest]
        if str(distinct_subsequences(instance["sequence"] + worse)) != instance["best_count"]:
            misses.append(" ".join(map(str, worse)))
        return misses
