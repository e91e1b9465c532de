"""FewestFibonacciSignedSum: the fewest Fibonacci numbers, each added or subtracted, summing to K.

Fibonacci numbers 1, 2, 3, 5, 8, ... may be used with a plus or a minus sign (repeats allowed,
though an optimal sum never needs them). For F_i <= K < F_(i+1) an optimal representation
starts with F_i or F_(i+1) (a standard exchange argument), so
    f(K) = 1 + min(f(K - F_i), f(F_(i+1) - K)),  f(0) = 0,
and memoised recursion visits O(log K) values per level.

The answer is the representation itself, not its length: the fewest number of terms is a small
number (2 to 6 for every K of the first levels), so asking for it made one fixed guess right on a
third to a half of the seeds. Any shortest representation is accepted; the checker verifies that
every term is a signed Fibonacci number, that they sum to K, and that there are as few as the
optimum stored in the instance at generation.

Difficulty schedule (K drawn from [4, max_k]; Fibonacci K, whose answer is K itself, and the
prompt's examples 10 and 12 are redrawn):

    d        0     1     2     3      5      10       20       d
    max_k  1020  1935  3300  5205  11000   41220   207420   60 + 15 * (d + 4)^3

Level 0 starts at K <= 1020 so that a level holds many distinct problems (with K <= 75 a level
had about sixty).
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

MAX_ATTEMPTS = 30
#: K values worked out in the prompt
EXAMPLES = (10, 12)
_FIBONACCI = [1, 2]
while _FIBONACCI[-1] < 10**40:
    _FIBONACCI.append(_FIBONACCI[-1] + _FIBONACCI[-2])
_FIBONACCI_SET = frozenset(_FIBONACCI)


@lru_cache(maxsize=100_000)
def fewest_fibonacci_terms(k: int) -> int:
    """Least number of signed Fibonacci numbers summing to k >= 0 (k < 10**40)."""
    if k == 0:
        return 0
    if k in _FIBONACCI_SET:
        return 1
    above = next(f for f in _FIBONACCI if f > k)
    below = _FIBONACCI[_FIBONACCI.index(above) - 1]
    return 1 + min(fewest_fibonacci_terms(k - below), fewest_fibonacci_terms(above - k))


def shortest_signed_fibonacci_sum(k: int) -> list[int]:
    """One shortest list of signed Fibonacci numbers summing to k >= 0, largest term first."""
    terms, sign = [], 1
    while k:
        if k in _FIBONACCI_SET:
            terms.append(sign * k)
            break
        above = next(f for f in _FIBONACCI if f > k)
        below = _FIBONACCI[_FIBONACCI.index(above) - 1]
        if fewest_fibonacci_terms(k - below) <= fewest_fibonacci_terms(above - k):
            terms.append(sign * below)
            k -= below
        else:  # k = above - (above - k): the rest is subtracted
            terms.append(sign * above)
            k, sign = above - k, -sign
    return terms


class FewestFibonacciSignedSum(Environment):
    description = "A shortest list of Fibonacci numbers, each added or subtracted, summing to K"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "13 -1"
    catalog_name = "MinimumFibonacciRepresentation"

    def schedule(self, difficulty):
        return {"max_k": 60 + 15 * (difficulty + 4) ** 3}

    def generate_instance(self, rng, sizes):
        k = 4
        for _ in range(MAX_ATTEMPTS):
            k = rng.randint(4, sizes["max_k"])
            if k not in _FIBONACCI_SET and k not in EXAMPLES:
                break
        return {"k": k, "fewest": fewest_fibonacci_terms(k)}

    def solve(self, instance):
        return shortest_signed_fibonacci_sum(instance["k"])

    def parse(self, text, instance):
        return parse_int_list(text, max_items=4 * instance["fewest"] + 8, max_digits=45)

    def check(self, instance, answer, reference):
        k, fewest = instance["k"], instance["fewest"]
        if not answer:
            return Verdict.wrong("no terms given")
        odd = [t for t in answer if abs(t) not in _FIBONACCI_SET]
        if odd:
            return Verdict.wrong(f"{odd[0]} is not a Fibonacci number with a sign")
        if sum(answer) != k:
            return Verdict.wrong(f"the terms sum to {sum(answer)}, not {k}")
        if len(answer) > fewest:
            return Verdict.wrong(f"{len(answer)} terms sum to {k}, but fewer suffice")
        return Verdict.right()

    def near_misses(self, problem):
        terms = [int(t) for t in problem.answer.split()]
        misses = [
            terms[:-1] + [terms[-1] + 1],
            terms[:-1],
            [-t for t in terms],
            terms[:-1] + [terms[-1] * 4],
        ]
        # the same sum with one more term: F_i = F_(i-1) + F_(i-2) for the largest term
        first = _FIBONACCI.index(abs(terms[0]))
        if first >= 2:
            sign = 1 if terms[0] > 0 else -1
            pair = [sign * _FIBONACCI[first - 1], sign * _FIBONACCI[first - 2]]
            misses.append(pair + terms[1:])
        return [
            " ".join(map(str, m))
            for m in misses
            if m and not self.check(problem.instance, m, None).correct
        ]

    def render(self, instance):
        k = instance["k"]
        return (
            "The Fibonacci numbers here are 1, 2, 3, 5, 8, 13, 21, ... (each is the sum of the two before). "
            f"Write K = {k} as a sum of Fibonacci numbers, each taken with a plus or a minus sign "
            "(a number may be used more than once), using as few terms as possible. "
            "For example, 10 = 8 + 2 and 12 = 13 - 1 each need only 2 terms. Any representation "
            "with the smallest possible number of terms is accepted.\n"
            "Answer with the terms separated by spaces, each with its sign (a minus sign for a "
            "subtracted term), e.g. 13 -1 for 12."
        )
