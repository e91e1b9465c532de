"""NeighbourAddSortingSteps: fewest "add your left neighbour" steps that make a -1/0/1 sequence non-decreasing.

The solver sees a sequence x_1..x_N of values -1, 0 and 1. One step picks an index i < N and adds
the current value of x_i to x_{i+1} (values may leave {-1, 0, 1}). The answer is the smallest
number of steps after which x_1 <= x_2 <= ... <= x_N; instances are always solvable. One right
answer, checked exactly.

There is always an optimal program whose final values stay in {-1, 0, 1} and which finishes each
position before working on the next, so the reference solver is a DP over positions with the
final value of the previous element as state: making x_{i+1} equal w from a final left
neighbour v costs 0 steps when it already is w, else (w - x_{i+1}) / v steps when that is a
non-negative integer and v <= w. O(N).

Instances are drawn with random per-instance shares of -1, 0 and 1; unsolvable ones (a 0 or 1
before a smaller value that nothing can raise) are redrawn, and after a bounded number of draws
the first element is set to -1, which makes every sequence solvable (each later element can be
pushed down to -1).

Difficulty schedule (the length N is drawn from [L, 3L]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    L           50  52  54  56  ...  70  ...  90  ...  50 + 2d

For a fixed length the answer is about three quarters of N with a spread of only a few steps
(at N = 56, one count is the answer on 6.5% of instances), so the length itself varies widely
within a level: with N from 50 to 150 no count is the answer on more than about 3% of
instances. Longer sequences mean longer chains of decisions and spread the answers further.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int

#: draws before forcing a solvable sequence
REDRAWS = 20
UNREACHABLE = 1 << 60


def fewest_steps(x: list[int]) -> int:
    """Fewest steps making ``x`` non-decreasing, or -1 when impossible."""
    cost = {v: (0 if v == x[0] else UNREACHABLE) for v in (-1, 0, 1)}
    for value in x[1:]:
        following = {}
        for w in (-1, 0, 1):
            best = UNREACHABLE
            for v in (-1, 0, 1):
                if cost[v] >= UNREACHABLE or w < v:
                    continue
                if value == w:
                    steps = 0
                elif v != 0 and (w - value) * v > 0:
                    steps = (w - value) // v
                else:
                    continue
                best = min(best, cost[v] + steps)
            following[w] = best
        cost = following
    best = min(cost.values())
    return -1 if best >= UNREACHABLE else best


class NeighbourAddSortingSteps(Environment):
    description = "Fewest steps x[i+1] += x[i] that sort a sequence of -1, 0 and 1"
    answer_kind = "single_int"
    answer_example = "-5"
    catalog_name = "BAJBytecomputer"

    def schedule(self, difficulty):
        return {"min_length": 50 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_length"], 3 * sizes["min_length"])
        for _ in range(REDRAWS):
            shares = [rng.random() for _ in range(3)]
            x = rng.choices((-1, 0, 1), weights=shares, k=n)
            if fewest_steps(x) >= 0:
                break
        else:
            x[0] = -1
        return {"x": x}

    def solve(self, instance):
        return fewest_steps(instance["x"])

    def render(self, instance):
        x = instance["x"]
        return (
            f"A sequence of {len(x)} numbers, each -1, 0 or 1:\n{' '.join(map(str, x))}\n\n"
            "Call them x_1, x_2, ..., x_N from left to right. One step chooses an index i with "
            "1 <= i < N and adds the current value of x_i to x_{i+1} (x_i itself does not "
            "change). Values may become smaller than -1 or larger than 1. What is the smallest "
            "number of steps after which x_1 <= x_2 <= ... <= x_N holds? (It is possible for "
            "this sequence.)\n"
            "For example, the sequence 1 -1 needs 2 steps (1 -1 -> 1 0 -> 1 1).\n"
            "Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)
