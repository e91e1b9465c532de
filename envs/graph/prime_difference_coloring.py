"""PrimeDifferenceColoring: colour the integers 1..N with as few colours as possible so that any
two of them whose difference is a prime number get different colours.

This is vertex colouring of the "prime distance graph" on 1..N. Colouring by the remainder
modulo 4 is always proper (a multiple of 4 is never prime) and {1, 3, 6, 8} are pairwise a prime
apart (differences 2, 3, 5, 7), so from N = 8 on exactly four colours are needed; below 8 the
reference solver finds the optimum by backtracking over at most 7 numbers. Any proper colouring
with the fewest colours is accepted (the checker tests every pair at a prime distance, in
O(N * pi(N))).

Difficulty schedule (N drawn uniformly from [L, H]):

    d       0    1    2    5   10   20        d
    H      12   16   20   32   52   92        12 + 4d
    L       6    8   10   16   26   46        H // 2

N grows linearly (so does the answer, one colour per number); the range makes prompts differ
across seeds and keeps a few N < 8 (chromatic number 2 or 3) at d = 0.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import parse_vertex_list
from rlve_gym.kernels.number_theory import primes_up_to

#: the four numbers pairwise a prime apart that force four colours once N >= 8
FOUR_CLIQUE = (1, 3, 6, 8)


def prime_difference_coloring(n: int) -> list[int]:
    """An optimal colouring (colours 1, 2, ...) of 1..n: by remainder modulo 4 from n = 8 on,
    by backtracking below."""
    if n >= FOUR_CLIQUE[-1]:
        return [x % 4 + 1 for x in range(1, n + 1)]
    primes = primes_up_to(n)
    for colors_allowed in range(1, 5):
        colors = [0] * (n + 1)
        if _backtrack(1, n, colors, colors_allowed, primes):
            return colors[1:]
    raise AssertionError("four colours always suffice")


def _backtrack(x: int, n: int, colors: list[int], allowed: int, primes: list[int]) -> bool:
    if x > n:
        return True
    for c in range(1, allowed + 1):
        if all(colors[x - p] != c for p in primes if p < x):
            colors[x] = c
            if _backtrack(x + 1, n, colors, allowed, primes):
                return True
    colors[x] = 0
    return False


class PrimeDifferenceColoring(Environment):
    description = "Colour 1..N with the fewest colours so that numbers a prime apart differ"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 1 2 2 3"
    catalog_name = "PrimeGraph_MinimumChromaticNumber"

    def schedule(self, difficulty):
        high = 12 + 4 * difficulty
        return {"max_n": high, "min_n": high // 2}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_n"], sizes["max_n"])
        return {"n": n, "colors_needed": len(set(prime_difference_coloring(n)))}

    def solve(self, instance):
        return prime_difference_coloring(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"Colour each of the integers 1, 2, ..., {n} so that any two of them whose difference "
            "is a prime number (2, 3, 5, 7, 11, ...) get different colours. For example, 4 and 9 "
            "must differ (9 - 4 = 5 is prime), while 3 and 7 may share a colour (7 - 3 = 4 is not "
            "prime). Use as few distinct colours as possible; if several such colourings exist, "
            "give any one of them.\n"
            f"Answer with {n} positive integers separated by spaces: the colour of 1, then of 2, "
            f"and so on up to the colour of {n}. Colours are just labels; only which numbers share "
            "a colour matters."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if len(answer) != n:
            return Verdict.wrong(
                f"expected one colour for each of the {n} integers, got {len(answer)}"
            )
        for p in primes_up_to(n):
            for x in range(1, n - p + 1):
                if answer[x - 1] == answer[x - 1 + p]:
                    return Verdict.wrong(
                        f"{x} and {x + p} differ by the prime {p} but both have colour {answer[x - 1]}"
                    )
        used = len(set(answer))
        if used != instance["colors_needed"]:
            return Verdict.wrong(
                f"a valid colouring, but {used} colours is not the fewest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        colors = [int(x) for x in problem.answer.split()]
        clash = list(colors)
        clash[2] = colors[0]  # 1 and 3 are two apart (N >= 6 always)
        wasteful = colors[:-1] + [max(colors) + 1]
        return [" ".join(map(str, m)) for m in (colors[:-1], clash, wasteful)]
