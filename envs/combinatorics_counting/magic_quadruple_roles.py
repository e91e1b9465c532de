"""Magic quadruples of items: for every item, count how often it plays each of the four roles.

Items a, b, c, d (distinct) form a magic quadruple when X[a] < X[b] < X[c] < X[d],
X[b] - X[a] = 2 (X[d] - X[c]) and X[b] - X[a] < (X[c] - X[b]) / 3. Writing t = X[d] - X[c],
the values are (v, v + 2t, w, w + t) with w >= v + 8t + 1, so only values matter: for each t
sweep w upwards keeping the number of (v, v + 2t) pairs with v <= w - 8t - 1 (roles C and D),
and sweep v downwards keeping the (w, w + t) pairs with w >= v + 8t + 1 (roles A and B). Items
with equal values play each role equally often. O(V**2 / 9) over the value range V.

Difficulty schedule (N items with values in 1..N; one quadruple is planted so the table is never
all zeros):

    d     0   1   2   3   5   10   20   30   ...
    N    12  14  16  18  22   32   52   72   ...  12 + 2d

N grows by two per level; the answer is an N x 4 table of exact counts.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import ParseError, parse_int_grid


def role_counts(values: list[int]) -> list[list[int]]:
    """``table[i] = [as A, as B, as C, as D]`` for item i over all magic quadruples."""
    top = max(values, default=0)
    count = [0] * (top + 2)
    for v in values:
        count[v] += 1
    by_value = [[0, 0, 0, 0] for _ in range(top + 2)]
    t = 1
    while 9 * t + 1 < top:
        pairs = 0  # (v, v + 2t) pairs with v <= w - 8t - 1
        for w in range(8 * t + 2, top - t + 1):
            v = w - 8 * t - 1
            pairs += count[v] * count[v + 2 * t]
            by_value[w][2] += pairs * count[w + t]
            by_value[w + t][3] += pairs * count[w]
        pairs = 0  # (w, w + t) pairs with w >= v + 8t + 1
        for v in range(top - 9 * t - 1, 0, -1):
            w = v + 8 * t + 1
            pairs += count[w] * count[w + t]
            by_value[v][0] += pairs * count[v + 2 * t]
            by_value[v + 2 * t][1] += pairs * count[v]
        t += 1
    return [list(by_value[v]) for v in values]


class MagicQuadrupleRoleCounts(Environment):
    description = "For every item, count its appearances as A, B, C and D in all magic quadruples"
    answer_kind = "grid"
    answer_example = "1 0 0 2\n0 0 0 0"
    catalog_name = "QuadMagicItems"

    def schedule(self, difficulty):
        return {"items": 12 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        values = [rng.randint(1, n) for _ in range(n)]
        t = rng.randint(1, (n - 2) // 9)
        low = rng.randint(1, n - 9 * t - 1)
        high = rng.randint(low + 8 * t + 1, n - t)
        for slot, value in zip(
            rng.sample(range(n), 4), (low, low + 2 * t, high, high + t), strict=True
        ):
            values[slot] = value
        return {"values": values}

    def solve(self, instance):
        return role_counts(instance["values"])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        values = instance["values"]
        n = len(values)
        listing = " ".join(f"X[{i + 1}]={v}" for i, v in enumerate(values))
        return (
            f"There are {n} items with values:\n{listing}\n\n"
            "Four different items a, b, c, d form a magic quadruple when\n"
            "- X[a] < X[b] < X[c] < X[d],\n"
            "- X[b] - X[a] = 2 * (X[d] - X[c]), and\n"
            "- X[b] - X[a] < (X[c] - X[b]) / 3.\n"
            "In such a quadruple, a plays role A, b role B, c role C and d role D. For example the "
            "values 1, 3, 10, 11 form one (3 - 1 = 2 = 2 * (11 - 10) and 2 < 7 / 3).\n\n"
            "For every item, count in how many magic quadruples it plays role A, role B, role C and "
            "role D.\n"
            f"Answer with {n} lines, line i holding the four counts for item i (A B C D) separated by "
            "spaces."
        )

    def parse(self, text, instance):
        n = len(instance["values"])
        grid = parse_int_grid(text, rows=n, cols=4, max_cells=4 * n + 4, max_digits=12)
        if any(x < 0 for row in grid for x in row):
            raise ParseError("counts cannot be negative")
        return grid

    def check(self, instance, answer, reference):
        wrong = [
            i + 1
            for i, (got, want) in enumerate(zip(answer, reference, strict=True))
            if got != want
        ]
        if not wrong:
            return Verdict.right()
        return Verdict.wrong(
            f"{len(wrong)} of {len(reference)} lines are wrong (first: item {wrong[0]})"
        )

    def near_misses(self, problem: Problem) -> list[str]:
        table = self.solve(problem.instance)
        bumped = [list(row) for row in table]
        bumped[0][0] += 1
        swapped = [list(row) for row in table]
        swapped[-1][2], swapped[-1][3] = swapped[-1][3] + 1, swapped[-1][2]
        return [
            self.format_answer(bumped),
            self.format_answer(swapped),
            self.format_answer(table[:-1]),
        ]
