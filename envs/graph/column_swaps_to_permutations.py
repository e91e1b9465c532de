"""ColumnSwapsToPermutations: the fewest column swaps that make both rows of a 2 x N table
permutations.

A 2 x N table holds every number 1..N exactly twice. Swapping a column exchanges its top and
bottom entries. The task is a smallest set of columns to swap so that afterwards each row
contains every number 1..N once. Each number's two occurrences tie their columns together: if
both are in the same row, exactly one of the two columns must be swapped; if they are in
different rows, both or neither. The resulting parity constraints split the columns into
components with two consistent choices each; the reference takes the smaller side of every
component. The checker applies the swaps and compares their number with the optimum.

Difficulty schedule (N columns):

    d       0    1    2    5   10   20        d
    N      13   15   17   23   33   53        13 + 2d

N starts at 13: with 5 to 9 columns the smallest set was often one or two columns, and a fixed
answer such as "3" was right on a fifth of the seeds.

The table is two random permutations with a random half of the columns swapped, so solutions
always exist; components are found by a linear traversal. Instances whose reference answer is
a single blind-guessable column ("1") are redrawn a bounded number of times.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

ATTEMPTS = 4


def fewest_swaps(top: list[int], bottom: list[int]) -> list[int]:
    """0-based columns to swap (a smallest set), by 2-colouring the parity constraints."""
    n = len(top)
    places: dict[int, list[tuple[int, int]]] = {}
    for c in range(n):
        places.setdefault(top[c], []).append((c, 0))
        places.setdefault(bottom[c], []).append((c, 1))
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]  # (other column, parity)
    for (c1, r1), (c2, r2) in places.values():
        if c1 != c2:
            parity = int(r1 == r2)  # same row: exactly one swapped
            links[c1].append((c2, parity))
            links[c2].append((c1, parity))
    colour = [-1] * n
    chosen = []
    for start in range(n):
        if colour[start] >= 0:
            continue
        colour[start] = 0
        component, stack = [start], [start]
        while stack:
            c = stack.pop()
            for other, parity in links[c]:
                if colour[other] < 0:
                    colour[other] = colour[c] ^ parity
                    component.append(other)
                    stack.append(other)
        ones = [c for c in component if colour[c]]
        zeros = [c for c in component if not colour[c]]
        chosen += ones if len(ones) <= len(zeros) else zeros
    return sorted(chosen)


class ColumnSwapsToPermutations(Environment):
    description = "The fewest column swaps of a 2 x N table after which both rows are permutations"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "MinSwapTwoPermutations"

    def schedule(self, difficulty):
        return {"columns": 13 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["columns"]
        for _ in range(ATTEMPTS):
            top, bottom = rng.sample(range(1, n + 1), n), rng.sample(range(1, n + 1), n)
            for c in range(n):
                if rng.random() < 0.5:
                    top[c], bottom[c] = bottom[c], top[c]
            swaps = fewest_swaps(top, bottom)
            if len(swaps) >= 1 and swaps != [0]:
                break
        return {"top": top, "bottom": bottom, "fewest": len(swaps)}

    def solve(self, instance):
        return [c + 1 for c in fewest_swaps(instance["top"], instance["bottom"])]

    def render(self, instance):
        top, bottom = instance["top"], instance["bottom"]
        n = len(top)
        return (
            f"A table has 2 rows and {n} columns (numbered 1 to {n}); every number from 1 to {n} appears "
            "in it exactly twice:\n\n"
            f"top:    {' '.join(map(str, top))}\n"
            f"bottom: {' '.join(map(str, bottom))}\n\n"
            "Swapping a column exchanges its top and bottom entries. Choose as few columns as possible "
            f"to swap so that afterwards each row contains every number from 1 to {n} exactly once. Any "
            "smallest set of columns is accepted.\n"
            "Answer with the numbers of the columns to swap, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["top"]), max_digits=6)

    def check(self, instance, answer, reference):
        top, bottom = list(instance["top"]), list(instance["bottom"])
        n = len(top)
        if any(not 1 <= c <= n for c in answer):
            return Verdict.wrong(f"columns are numbered 1 to {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a column is listed more than once")
        for c in answer:
            top[c - 1], bottom[c - 1] = bottom[c - 1], top[c - 1]
        for name, row in (("top", top), ("bottom", bottom)):
            if len(set(row)) != n:
                return Verdict.wrong(f"after the swaps the {name} row repeats a number")
        if len(answer) != instance["fewest"]:
            return Verdict.wrong(
                f"both rows are permutations, but {len(answer)} swaps is more than needed"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A blind guess: a few random columns of the table."""
        n = len(problem.instance["top"])
        columns = rng.sample(range(1, n + 1), rng.randint(1, n // 2))
        return " ".join(map(str, sorted(columns)))

    def near_misses(self, problem):
        columns = [int(x) for x in problem.answer.split()]
        n = len(problem.instance["top"])
        complement = [c for c in range(1, n + 1) if c not in columns]  # valid, never fewer
        misses = [columns[:-1], columns + [columns[0]]]
        if len(complement) > len(columns):
            misses.append(complement)
        return [" ".join(map(str, m)) for m in misses]
