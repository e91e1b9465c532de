"""CuboidClearing: clear every marked cell of an A x B x C box with cuboid operations whose cost
is their shortest side, at minimum total cost.

An operation clears a sub-cuboid and costs the smallest of its three side lengths. A cuboid
whose shortest side is k can be replaced by k slabs of thickness 1 across that side at the same
cost, so the optimum is the fewest unit slabs (planes x = i, y = j or z = k) covering all
marked cells. With A the smallest dimension (A <= 5 here), try every subset of x-planes; the
remaining cells must be covered by y- and z-planes, a minimum vertex cover of the bipartite
graph (y, z) of remaining cells, which by Koenig's theorem is a maximum matching. The reference
answer lists unit slabs; any set of operations of optimal total cost that clears every marked
cell is accepted.

Difficulty schedule (box A x B x C, marked cells):

    d       0    1    2    5   10   20   30        d
    A       3    3    3    4    5    6    6        3 + min(3, d // 5)   (capped: 2^A subsets)
    B       3    3    3    4    6    9   13        3 + d // 3
    C       3    3    4    5    6   10   13        3 + (d + 1) // 3
    ones    6    6    7   10   15   25   36        B + C + d // 3

The marked cells are drawn inside k unit slabs (2 <= k < A, random axes), so the optimum is
below A and clearing the whole box (cost A) never wins. The exponential part (2^A subsets of
x-planes) is capped at A = 6 (64 matchings), while B, C and the number of marked cells keep
growing; each subset costs one bipartite matching on at
most B x C edges.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.kernels.flows import bipartite_matching


def _vertex_cover(rows: int, cols: int, cells: set[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Koenig: a minimum set of rows and columns covering ``cells`` (from a maximum matching)."""
    adjacency = [sorted(c for r, c in cells if r == row) for row in range(rows)]
    match_row = bipartite_matching(rows, cols, adjacency)
    match_col = [-1] * cols
    for r, c in enumerate(match_row):
        if c >= 0:
            match_col[c] = r
    seen_rows = [match_row[r] < 0 and bool(adjacency[r]) for r in range(rows)]
    seen_cols = [False] * cols
    stack = [r for r in range(rows) if seen_rows[r]]
    while stack:  # alternating paths from unmatched rows
        r = stack.pop()
        for c in adjacency[r]:
            if not seen_cols[c]:
                seen_cols[c] = True
                partner = match_col[c]
                if partner >= 0 and not seen_rows[partner]:
                    seen_rows[partner] = True
                    stack.append(partner)
    chosen_rows = [r for r in range(rows) if adjacency[r] and not seen_rows[r]]
    chosen_cols = [c for c in range(cols) if seen_cols[c]]
    return chosen_rows, chosen_cols


def cheapest_clearing(box: list[list[str]]) -> list[list[int]]:
    """Unit slabs ``[x1, y1, z1, x2, y2, z2]`` (1-based, inclusive) of minimum count covering
    every '1' of ``box[x][y][z]``."""
    a, b, c = len(box), len(box[0]), len(box[0][0])
    ones = [(x, y, z) for x in range(a) for y in range(b) for z in range(c) if box[x][y][z] == "1"]
    best = None
    for subset in range(1 << a):
        planes = [x for x in range(a) if subset >> x & 1]
        rest = {(y, z) for x, y, z in ones if not subset >> x & 1}
        ys, zs = _vertex_cover(b, c, rest)
        if best is None or len(planes) + len(ys) + len(zs) < sum(map(len, best)):
            best = (planes, ys, zs)
    planes, ys, zs = best
    return (
        [[x + 1, 1, 1, x + 1, b, c] for x in planes]
        + [[1, y + 1, 1, a, y + 1, c] for y in ys]
        + [[1, 1, z + 1, a, b, z + 1] for z in zs]
    )


def operation_cost(op: list[int]) -> int:
    return min(op[3] - op[0], op[4] - op[1], op[5] - op[2]) + 1


class CuboidClearing(Environment):
    description = "Cuboid operations costing their shortest side that clear all marked cells of a box, at minimum cost"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 1 1 1 3 4, 1 2 1 2 2 4"
    catalog_name = "Disinfection"

    def schedule(self, difficulty):
        b, c = 3 + difficulty // 3, 3 + (difficulty + 1) // 3
        return {"a": 3 + min(3, difficulty // 5), "b": b, "c": c, "ones": b + c + difficulty // 3}

    def generate_instance(self, rng, sizes):
        a, b, c = sizes["a"], sizes["b"], sizes["c"]
        # plant the marked cells inside k < A unit slabs, so clearing the whole box (cost A, and
        # optimal on 97% of uniformly drawn level-3 boxes) is never optimal
        slabs = rng.sample(
            [(axis, i) for axis, size in enumerate((a, b, c)) for i in range(size)],
            rng.randint(2, a - 1),
        )
        inside = [
            (x * b + y) * c + z
            for x in range(a)
            for y in range(b)
            for z in range(c)
            if any((x, y, z)[axis] == i for axis, i in slabs)
        ]
        marked = set(rng.sample(inside, min(len(inside), sizes["ones"])))
        box = [
            [
                "".join("1" if (x * b + y) * c + z in marked else "0" for z in range(c))
                for y in range(b)
            ]
            for x in range(a)
        ]
        return {"box": box, "optimum": len(cheapest_clearing(box))}

    def solve(self, instance):
        return cheapest_clearing(instance["box"])

    def format_answer(self, answer):
        return ", ".join(" ".join(map(str, op)) for op in answer)

    def render(self, instance):
        box = instance["box"]
        a, b, c = len(box), len(box[0]), len(box[0][0])
        layers = "\n\n".join(f"x = {x + 1}:\n" + "\n".join(box[x]) for x in range(a))
        return (
            f"A box of {a} x {b} x {c} cells has coordinates (x, y, z) with 1 <= x <= {a}, 1 <= y <= {b}, "
            f"1 <= z <= {c}. Below, each block is one value of x; in it, line y (from the top) lists the "
            "cells z = 1, 2, ... from left to right, and '1' marks a cell that must be cleared.\n\n"
            f"{layers}\n\n"
            "One operation clears all cells of a cuboid x1..x2, y1..y2, z1..z2 (ends included) and costs "
            "min(x2 - x1 + 1, y2 - y1 + 1, z2 - z1 + 1), the length of its shortest side. Clear every "
            "marked cell with operations of the smallest possible total cost (any such set is accepted).\n"
            "Answer with the operations separated by commas, each written as 'x1 y1 z1 x2 y2 z2'."
        )

    def parse(self, text, instance):
        box = instance["box"]
        limit = 2 * (len(box) + len(box[0]) + len(box[0][0]))
        values = parse_int_list(text, max_items=6 * limit, max_digits=6)
        if len(values) % 6:
            raise ParseError("each operation needs six integers 'x1 y1 z1 x2 y2 z2'")
        return [values[i : i + 6] for i in range(0, len(values), 6)]

    def check(self, instance, answer, reference):
        box = instance["box"]
        sizes = (len(box), len(box[0]), len(box[0][0]))
        cleared = set()
        for op in answer:
            if any(not 1 <= op[i] <= op[i + 3] <= sizes[i] for i in range(3)):
                return Verdict.wrong(f"'{' '.join(map(str, op))}' is not a cuboid inside the box")
            cleared.update(
                (x, y, z)
                for x in range(op[0] - 1, op[3])
                for y in range(op[1] - 1, op[4])
                for z in range(op[2] - 1, op[5])
            )
        for x, layer in enumerate(box):
            for y, line in enumerate(layer):
                for z, cell in enumerate(line):
                    if cell == "1" and (x, y, z) not in cleared:
                        return Verdict.wrong(
                            f"the marked cell ({x + 1}, {y + 1}, {z + 1}) is not cleared"
                        )
        cost = sum(operation_cost(op) for op in answer)
        if cost != instance["optimum"]:
            return Verdict.wrong(
                f"every marked cell is cleared, but the cost {cost} is not the minimum"
            )
        return Verdict.right()

    def near_misses(self, problem):
        ops = self.parse(problem.answer, problem.instance)
        box = problem.instance["box"]
        whole = [1, 1, 1, len(box), len(box[0]), len(box[0][0])]
        misses = [ops[:-1], ops + ops[:1]]
        if operation_cost(whole) > problem.instance["optimum"]:
            misses.append([whole])
        return [self.format_answer(m) for m in misses]
