"""SmoothHeightAssignment: choose a height for every cell of a grid, minimising the total cost,
with neighbouring heights differing by at most D.

Each cell (x, y) of a P x Q grid must get a height h in 1..R at cost cost[h][x][y]; cells that
share a side must get heights differing by at most D. This is a classical minimum cut: each
cell is a chain source -> (x,y,1) -> ... -> (x,y,R) -> sink whose h-th arc costs cost[h][x][y],
backward arcs of infinite capacity make every chain cut exactly once, and infinite arcs
(x,y,h) -> (x',y',h-D) between neighbours forbid steep steps. The checker verifies the range and
the slope condition and compares the total cost with the optimum, so every optimal assignment is
accepted.

Difficulty schedule (P x Q cells, R heights, D, costs in 1..W):

    d       0    1    2    5    9   13   20        d   (with e = d + 3)
    P       2    3    3    4    5    6    7        2 + e // 4
    Q       3    3    3    4    5    6    8        2 + (e + 2) // 4
    R       4    4    4    5    7    8   10        3 + e // 3
    D       1    1    1    1    1    2    2        1 + e // 16
    W      10   11   11   13   15   17   20        9 + e // 2

The table starts three steps in: on 2 x 2 grids (and 2 x 3 grids with three heights) one fixed
assignment was optimal on 8-10% of the seeds. The prompt lists P * Q * R costs (560 at d = 20,
under 2,500 characters); the network has P * Q * R vertices, and Dinic's algorithm in a Numba
kernel takes under 1 ms at d = 20 and about 0.15 s at d = 100. The maximum difficulty stays 50
(15 x 15 cells, 20 heights) because the prompt lists every cost: 4,500 numbers at d = 50.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_grid
from rlve_gym.kernels.flows import FLOW_INF


def _neighbours(rows: int, cols: int, x: int, y: int):
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        if 0 <= x + dx < rows and 0 <= y + dy < cols:
            yield x + dx, y + dy


def cheapest_heights(cost: list[list[list[int]]], slope: int) -> tuple[int, list[list[int]]]:
    """``(minimum total cost, heights grid)``; ``cost[h-1][x][y]`` is the cost of height h."""
    key = tuple(tuple(tuple(row) for row in layer) for layer in cost)
    total, heights = _cheapest_heights_cached(key, slope)
    return total, [list(row) for row in heights]


@lru_cache(maxsize=8)
def _cheapest_heights_cached(
    cost: tuple[tuple[tuple[int, ...], ...], ...], slope: int
) -> tuple[int, tuple[tuple[int, ...], ...]]:
    """The minimum cut, cached (generation asks for it twice per instance)."""
    total, heights = _height_cut(np.asarray(cost, dtype=np.int64), slope, FLOW_INF)
    return int(total), tuple(tuple(int(h) for h in row) for row in heights)


@njit(cache=True)
def _height_cut(cost, slope, infinite):
    """Builds the chain network of the module docstring and runs Dinic's algorithm on arrays.
    The heights are read from the vertices reachable from the source in the final residual
    graph, a set that is the same for every maximum flow, so they do not depend on the flow
    algorithm. Node (x, y, h) is ((x * cols + y) * layers + h - 1); each arc is stored with
    its reverse at the index xor 1."""
    layers, rows, cols = cost.shape
    cells = rows * cols
    source, sink = cells * layers, cells * layers + 1
    nodes = sink + 1
    limit = 2 * (cells * (layers + 1) + cells * layers * 4)
    head = np.empty(limit, dtype=np.int64)
    cap = np.empty(limit, dtype=np.int64)
    link = np.empty(limit, dtype=np.int64)
    first = np.full(nodes, -1, dtype=np.int64)
    arcs = 0
    for x in range(rows):
        for y in range(cols):
            base = (x * cols + y) * layers
            # source -> (x, y, 1)
            a, b, c, r = source, base, infinite, 0
            for step in range(layers + 1):
                if step > 0:  # (x, y, h) -> next in the chain, reverse arc infinite
                    a = base + step - 1
                    b = base + step if step < layers else sink
                    c = cost[step - 1, x, y]
                    r = infinite if step < layers else 0
                head[arcs], cap[arcs], link[arcs] = b, c, first[a]
                first[a] = arcs
                head[arcs + 1], cap[arcs + 1], link[arcs + 1] = a, r, first[b]
                first[b] = arcs + 1
                arcs += 2
            for h in range(slope + 1, layers + 1):
                for d in range(4):
                    nx_ = x + (1 if d == 0 else -1 if d == 1 else 0)
                    ny = y + (1 if d == 2 else -1 if d == 3 else 0)
                    if 0 <= nx_ < rows and 0 <= ny < cols:
                        a = base + h - 1
                        b = (nx_ * cols + ny) * layers + h - slope - 1
                        head[arcs], cap[arcs], link[arcs] = b, infinite, first[a]
                        first[a] = arcs
                        head[arcs + 1], cap[arcs + 1], link[arcs + 1] = a, 0, first[b]
                        first[b] = arcs + 1
                        arcs += 2
    level = np.empty(nodes, dtype=np.int64)
    queue = np.empty(nodes, dtype=np.int64)
    current = np.empty(nodes, dtype=np.int64)
    stack = np.empty(nodes, dtype=np.int64)  # arcs on the current augmenting path
    total = 0
    while True:
        level[:] = -1
        level[source] = 0
        queue[0] = source
        tail, pos = 1, 0
        while pos < tail:
            u = queue[pos]
            pos += 1
            e = first[u]
            while e >= 0:
                if cap[e] > 0 and level[head[e]] < 0:
                    level[head[e]] = level[u] + 1
                    queue[tail] = head[e]
                    tail += 1
                e = link[e]
        if level[sink] < 0:
            break
        current[:] = first
        depth = 0
        u = source
        while True:
            if u == sink:
                push = infinite
                for i in range(depth):
                    if cap[stack[i]] < push:
                        push = cap[stack[i]]
                total += push
                back = depth
                for i in range(depth):
                    cap[stack[i]] -= push
                    cap[stack[i] ^ 1] += push
                    if cap[stack[i]] == 0 and back == depth:
                        back = i
                depth = back  # retreat to the tail of the first saturated arc
                u = source if depth == 0 else head[stack[depth - 1]]
                continue
            e = current[u]
            while e >= 0 and not (cap[e] > 0 and level[head[e]] == level[u] + 1):
                e = link[e]
            current[u] = e
            if e >= 0:
                stack[depth] = e
                depth += 1
                u = head[e]
            else:
                if depth == 0:
                    break
                level[u] = -1  # dead end for this phase
                depth -= 1
                u = head[stack[depth] ^ 1]  # back to the tail of the arc that led here
                current[u] = link[current[u]]
    # residual reachability from the source (level >= 0 after the final, failed search)
    heights = np.zeros((rows, cols), dtype=np.int64)
    for x in range(rows):
        for y in range(cols):
            base = (x * cols + y) * layers
            for h in range(layers):
                if level[base + h] >= 0:
                    heights[x, y] += 1
    return total, heights


def slope_problem(heights: list[list[int]], slope: int) -> str | None:
    rows, cols = len(heights), len(heights[0])
    for x in range(rows):
        for y in range(cols):
            for nx_, ny in _neighbours(rows, cols, x, y):
                if abs(heights[x][y] - heights[nx_][ny]) > slope:
                    return f"cells ({x + 1},{y + 1}) and ({nx_ + 1},{ny + 1}) differ by more than {slope}"
    return None


class SmoothHeightAssignment(Environment):
    description = "Heights for grid cells of minimum total cost with neighbouring heights differing by at most D"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "1 2\n2 3"
    max_difficulty = 50
    catalog_name = "MinCubeAssignment"

    def schedule(self, difficulty):
        level = difficulty + 3
        return {
            "rows": 2 + level // 4,
            "cols": 2 + (level + 2) // 4,
            "heights": 3 + level // 3,
            "slope": 1 + level // 16,
            "max_cost": 9 + level // 2,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, layers = sizes["rows"], sizes["cols"], sizes["heights"]
        cost = [
            [[rng.randint(1, sizes["max_cost"]) for _ in range(cols)] for _ in range(rows)]
            for _ in range(layers)
        ]
        slope = sizes["slope"]
        return {"cost": cost, "slope": slope, "optimum": cheapest_heights(cost, slope)[0]}

    def solve(self, instance):
        return cheapest_heights(instance["cost"], instance["slope"])[1]

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        cost, slope = instance["cost"], instance["slope"]
        layers, rows, cols = len(cost), len(cost[0]), len(cost[0][0])
        tables = "\n\n".join(
            f"Cost of height {h + 1}:\n" + "\n".join(" ".join(map(str, row)) for row in cost[h])
            for h in range(layers)
        )
        return (
            f"A grid has {rows} rows and {cols} columns. Every cell must be given a height, an integer "
            f"from 1 to {layers}. Giving a cell height h costs the number in that cell's position of "
            "the table for height h:\n\n"
            f"{tables}\n\n"
            f"Two cells that share a side must get heights that differ by at most {slope}. Choose the "
            "heights so that the total cost over all cells is as small as possible (any optimal "
            "choice is accepted).\n"
            f"Answer with {rows} lines of {cols} heights each, separated by spaces."
        )

    def parse(self, text, instance):
        cost = instance["cost"]
        return parse_int_grid(text, rows=len(cost[0]), cols=len(cost[0][0]), max_digits=6)

    def check(self, instance, answer, reference):
        cost, slope = instance["cost"], instance["slope"]
        layers = len(cost)
        if any(not 1 <= h <= layers for row in answer for h in row):
            return Verdict.wrong(f"every height must be between 1 and {layers}")
        problem = slope_problem(answer, slope)
        if problem:
            return Verdict.wrong(problem)
        total = sum(cost[h - 1][x][y] for x, row in enumerate(answer) for y, h in enumerate(row))
        if total != instance["optimum"]:
            return Verdict.wrong(
                f"a valid assignment, but its total cost {total} is not the minimum"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        heights = [[int(x) for x in line.split()] for line in problem.answer.split("\n")]
        layers = len(instance["cost"])
        misses = [heights[:-1], [row[:] for row in heights]]
        misses[1][0][0] = layers + 1
        for x, row in enumerate(heights):  # a single-cell change that stays valid but costs more
            for y, h in enumerate(row):
                for other in range(1, layers + 1):
                    if instance["cost"][other - 1][x][y] > instance["cost"][h - 1][x][y]:
                        moved = [r[:] for r in heights]
                        moved[x][y] = other
                        if slope_problem(moved, instance["slope"]) is None:
                            misses.append(moved)
                            return [self.format_answer(m) for m in misses]
        return [self.format_answer(m) for m in misses]
