"""MaxWeightNonDecreasingSubsequence: a subsequence with non-decreasing keys and the largest weight.

Each of N positions carries a key A[i] and a positive weight B[i]. The solver picks positions
i1 < i2 < ... < ik whose keys are non-decreasing (A[i1] <= A[i2] <= ... <= A[ik]) and makes the
total weight B[i1] + ... + B[ik] as large as possible, answering with the chosen positions in
increasing order. Any valid subsequence reaching the optimum is correct (ties are common when
weights repeat); the checker recomputes the weight and compares it with the optimum stored at
generation. Scores are binary.

Keys are drawn from [1, N // 2 + 2], so equal keys are frequent and "non-decreasing" rather than
"increasing" matters; weights are drawn from a range wider than the keys', so the heaviest chain
is rarely the longest one. The reference solver is the O(N^2) dynamic programme "best chain
ending at i". Instances on which the prompt's example answer is optimal are redrawn (a bounded
number of times, then all keys are made equal, so that every position must be taken).

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    positions   10  11  12  13  ...  20  ...  30  ...  10 + d
    max_weight  20  22  24  26  ...  40  ...  60  ...  20 + 2d

Level 0 has 10 positions: with fewer, a random non-decreasing chain is optimal too often.
More positions mean more chains to weigh against each other.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values

#: the prompt's example answer, and draws before falling back to equal keys when it is optimal
EXAMPLE = [2, 3, 7]
REDRAWS = 10


def heaviest_chain(keys: list[int], weights: list[int]) -> tuple[int, list[int]]:
    """(largest total weight, 1-based positions of one chain reaching it), chains having
    non-decreasing keys; O(N^2)."""
    n = len(keys)
    best = list(weights)
    before = [-1] * n
    for i in range(n):
        for j in range(i):
            if keys[j] <= keys[i] and best[j] + weights[i] > best[i]:
                best[i] = best[j] + weights[i]
                before[i] = j
    end = max(range(n), key=best.__getitem__)
    chain = []
    while end >= 0:
        chain.append(end + 1)
        end = before[end]
    return max(best), chain[::-1]


class MaxWeightNonDecreasingSubsequence(Environment):
    description = (
        "Positions of a subsequence with non-decreasing keys A and the largest total weight B"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = " ".join(map(str, EXAMPLE))
    catalog_name = "WeightedLIS"

    def schedule(self, difficulty):
        return {"positions": 10 + difficulty, "max_weight": 20 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["positions"]
        for _ in range(REDRAWS):
            keys = random_values(rng, n, 1, n // 2 + 2)
            weights = random_values(rng, n, 1, sizes["max_weight"])
            instance = {"keys": keys, "weights": weights}
            instance["best_weight"], _ = heaviest_chain(keys, weights)
            if not self.check(instance, EXAMPLE, None).correct:
                return instance
        weights = random_values(rng, n, 1, sizes["max_weight"])
        keys = [1] * n  # every position is then taken: never the three of the example
        return {"keys": keys, "weights": weights, "best_weight": sum(weights)}

    def solve(self, instance):
        return heaviest_chain(instance["keys"], instance["weights"])[1]

    def render(self, instance):
        keys, weights = instance["keys"], instance["weights"]
        n = len(keys)
        return (
            f"There are {n} positions, numbered 1 to {n}. Position i has a key A[i] and a weight "
            "B[i]:\n"
            f"A: {' '.join(map(str, keys))}\n"
            f"B: {' '.join(map(str, weights))}\n\n"
            "Choose positions i1 < i2 < ... < ik (k >= 1) whose keys never decrease, "
            "A[i1] <= A[i2] <= ... <= A[ik], so that the total weight B[i1] + B[i2] + ... + B[ik] "
            "is as large as possible.\n"
            "Answer with the chosen positions in increasing order, separated by spaces (for "
            "example 2 3 7 means positions 2, 3 and 7). If several choices reach the largest "
            "total weight, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["keys"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        keys, weights = instance["keys"], instance["weights"]
        if not answer:
            return Verdict.wrong("choose at least one position")
        problem = positions_problem(answer, len(keys), increasing=True)
        if problem:
            return Verdict.wrong(problem)
        for a, b in zip(answer, answer[1:]):
            if keys[a - 1] > keys[b - 1]:
                return Verdict.wrong(f"the key decreases from position {a} to position {b}")
        total = sum(weights[i - 1] for i in answer)
        if total == instance["best_weight"]:
            return Verdict.right()
        return Verdict.wrong(f"valid, but total weight {total} is not the largest possible")

    def random_answer(self, problem, rng, other):
        """A random chain: positions taken left to right with probability 1/2 when they keep the
        keys non-decreasing."""
        keys = problem.instance["keys"]
        chain: list[int] = []
        for i, key in enumerate(keys, start=1):
            if (not chain or keys[chain[-1] - 1] <= key) and rng.random() < 0.5:
                chain.append(i)
        return " ".join(map(str, chain or [rng.randint(1, len(keys))]))

    def near_misses(self, problem):
        keys = problem.instance["keys"]
        n = len(keys)
        chain = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, chain[::-1])) if len(chain) > 1 else f"{chain[0]} {chain[0]}",
            " ".join(map(str, chain + [n + 1])),
            " ".join(map(str, chain + [chain[-1]])),
        ]
        if len(chain) > 1:
            misses.append(" ".join(map(str, chain[1:])))  # lighter (weights are positive)
        breaking = [
            i for i in range(1, n + 1) if i not in chain and keys[i - 1] < keys[chain[-1] - 1]
        ]
        if breaking and breaking[-1] > chain[-1]:
            misses.append(" ".join(map(str, chain + [breaking[-1]])))  # the key decreases
        return misses
