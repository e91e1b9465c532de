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
under 2,500 characters); the network has P * Q * R vertices, where Dinic's algorithm takes a
few milliseconds. The maximum difficulty is 50 (15 x 15 cells, 20 heights, about 0.3 s): the
flow network grows like d^3 and Dinic's algorithm in Python passes a second near d = 70.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_grid
from rlve_gym.kernels.flows import FLOW_INF, FlowNetwork


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
    layers, rows, cols = len(cost), len(cost[0]), len(cost[0][0])

    def node(x: int, y: int, h: int) -> int:  # h in 1..layers
        return (x * cols + y) * layers + h - 1

    source, sink = rows * cols * layers, rows * cols * layers + 1
    net = FlowNetwork(sink + 1)
    for x in range(rows):
        for y in range(cols):
            net.add_arc(source, node(x, y, 1), FLOW_INF)
            for h in range(1, layers + 1):
                after = node(x, y, h + 1) if h < layers else sink
                net.add_arc(node(x, y, h), after, cost[h - 1][x][y])
                if h < layers:
                    net.add_arc(after, node(x, y, h), FLOW_INF)
                if h - slope >= 1:
                    for nx_, ny in _neighbours(rows, cols, x, y):
                        net.add_arc(node(x, y, h), node(nx_, ny, h - slope), FLOW_INF)
    total = net.max_flow(source, sink)
    side = net.source_side(source)
    heights = tuple(
        tuple(sum(side[node(x, y, h)] for h in range(1, layers + 1)) for y in range(cols))
        for x in range(rows)
    )
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
