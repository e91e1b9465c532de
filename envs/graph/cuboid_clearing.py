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

    d       0    1    2    3    5   10   20   30        d, e = d + 6
    A       4    4    4    4    5    6    6    6        3 + min(3, e // 5)   (capped: 2^A subsets)
    B       5    5    5    6    6    8   11   15        3 + e // 3
    C       5    5    6    6    7    8   12   15        3 + (e + 1) // 3
    ones   12   12   13   15   16   21   31   42        B + C + e // 3

The schedule starts six steps above the 3 x 3 x 3 box with 6 marked cells, where the planted
slabs were so few and the box so small that one fixed pair of cuboids cleared a seventh of the
boxes at optimal cost. Four steps above it (a 3 x 4 x 4 box, always two planted slabs) one fixed
pair of x-slabs still cleared 7% of one range of 200 seeds at optimal cost; from 4 x 5 x 5 with
two or three planted slabs the best fixed answer wins about 2-3%.

The marked cells are drawn inside k unit slabs (2 <= k < A, random axes), so the optimum is
below A and clearing the whole box (cost A) never wins. The exponential part (2^A subsets of
x-planes) is capped at A = 6 (64 matchings), while B, C and the number of marked cells keep
growing; each subset costs one bipartite matching on at
most B x C edges.
"""

from __future__ import annotations

import numpy as np
from numba import njit

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


@njit(cache=True)
def _matching_size(adj, cols, match_row, match_col, via, queue):
    """Size of a maximum matching of rows to columns, ``adj[r]`` the column bitmask of row r
    (augmenting paths by BFS; the work arrays are passed in so the subset loop allocates once)."""
    rows = adj.shape[0]
    match_row[:] = -1
    match_col[:] = -1
    size = 0
    for r in range(rows):
        if adj[r] == 0:
            continue
        visited = 0
        head, tail = 0, 1
        queue[0] = r
        found = -1
        while head < tail and found < 0:
            u = queue[head]
            head += 1
            free = adj[u] & ~visited
            for col in range(cols):
                if free >> col & 1:
                    visited |= 1 << col
                    via[col] = u
                    if match_col[col] < 0:
                        found = col
                        break
                    queue[tail] = match_col[col]
                    tail += 1
        if found >= 0:
            col = found
            while True:
                u = via[col]
                previous = match_row[u]
                match_col[col] = u
                match_row[u] = col
                if u == r:
                    break
                col = previous
            size += 1
    return size


@njit(cache=True)
def _best_plane_subset(masks, cols):
    """``(subset, cost)``: the first subset of x-planes (in increasing bitmask order) minimising
    its size plus the maximum matching of the cells it leaves; ``masks[x, y]`` is the bitmask of
    marked z in row (x, y)."""
    a, b = masks.shape
    adj = np.zeros(b, np.int64)
    match_row = np.empty(b, np.int64)
    match_col = np.empty(cols, np.int64)
    via = np.empty(cols, np.int64)
    queue = np.empty(b, np.int64)
    best_subset, best_cost = -1, 1 << 40
    for subset in range(1 << a):
        planes = 0
        adj[:] = 0
        for x in range(a):
            if subset >> x & 1:
                planes += 1
            else:
                for y in range(b):
                    adj[y] |= masks[x, y]
        cost = planes + _matching_size(adj, cols, match_row, match_col, via, queue)
        if cost < best_cost:
            best_subset, best_cost = subset, cost
    return best_subset, best_cost


def _row_masks(box: list[list[str]]) -> np.ndarray:
    """``masks[x, y]``: bit z set when ``box[x][y][z]`` is '1'."""
    return np.array([[int(line[::-1], 2) for line in layer] for layer in box], dtype=np.int64)


def _best_subset(box: list[list[str]]) -> tuple[int, int]:
    """``(subset of x-planes, least slab count)``; compiled while a row of z fits in 62 bits,
    otherwise one Koenig cover per subset in Python (same choice: the first best subset)."""
    a, b, c = len(box), len(box[0]), len(box[0][0])
    if c <= 62:
        subset, cost = _best_plane_subset(_row_masks(box), c)
        return int(subset), int(cost)
    ones = [(x, y, z) for x in range(a) for y in range(b) for z in range(c) if box[x][y][z] == "1"]
    best = (-1, 0)
    for subset in range(1 << a):
        ys, zs = _vertex_cover(b, c, {(y, z) for x, y, z in ones if not subset >> x & 1})
        cost = bin(subset).count("1") + len(ys) + len(zs)
        if best[0] < 0 or cost < best[1]:
            best = (subset, cost)
    return best


def clearing_cost(box: list[list[str]]) -> int:
    """The least number of unit slabs covering every '1' (what ``cheapest_clearing`` returns
    the length of), without building the slabs."""
    return _best_subset(box)[1]


def cheapest_clearing(box: list[list[str]]) -> list[list[int]]:
    """Unit slabs ``[x1, y1, z1, x2, y2, z2]`` (1-based, inclusive) of minimum count covering
    every '1' of ``box[x][y][z]``. The compiled loop picks the subset of x-planes (the same one
    the per-subset Koenig covers would pick first); only its cover is built in Python."""
    a, b, c = len(box), len(box[0]), len(box[0][0])
    subset = _best_subset(box)[0]
    planes = [x for x in range(a) if subset >> x & 1]
    rest = {
        (y, z)
        for x in range(a)
        if not subset >> x & 1
        for y in range(b)
        for z in range(c)
        if box[x][y][z] == "1"
    }
    ys, zs = _vertex_cover(b, c, rest)
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
        e = difficulty + 6  # six steps above the smallest boxes, which were guessable
        b, c = 3 + e // 3, 3 + (e + 1) // 3
        return {"a": 3 + min(3, e // 5), "b": b, "c": c, "ones": b + c + e // 3}

    def generate_instance(self, rng, sizes):
        a, b, c = sizes["a"], sizes["b"], sizes["c"]
        # plant the marked cells inside k < A unit slabs, so clearing the whole box (cost A, and
        # optimal on 97% of uniformly drawn level-3 boxes) is never optimal
        slabs = rng.sample(
            [(axis, i) for axis, size in enumerate((a, b, c)) for i in range(size)],
            rng.randint(2, a - 1),
        )
        # the cells of the chosen slabs in increasing index (x * B + y) * C + z, as a mask
        in_slab = np.zeros((a, b, c), dtype=bool)
        for axis, i in slabs:
            in_slab[(slice(None),) * axis + (i,)] = True
        inside = np.flatnonzero(in_slab).tolist()
        marked = np.zeros(a * b * c, dtype=np.uint8)
        marked[rng.sample(inside, min(len(inside), sizes["ones"]))] = ord("1")
        marked[marked == 0] = ord("0")
        flat = marked.tobytes().decode()
        box = [[flat[(x * b + y) * c : (x * b + y + 1) * c] for y in range(b)] for x in range(a)]
        return {"box": box, "optimum": clearing_cost(box)}

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
