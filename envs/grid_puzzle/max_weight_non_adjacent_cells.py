"""MaxWeightNonAdjacentCells: choose grid cells, no two sharing a side, with the largest total weight.

Every cell of a grid holds a positive weight. The solver marks a set of cells in which no two
marked cells share a side (diagonal contact is fine) and makes the total weight of the marked
cells as large as possible: a maximum-weight independent set of the grid graph. Any set reaching
the optimum is accepted (ties are common enough that several may); a valid set below the optimum
earns nothing.

The grid graph is bipartite (colour cells like a chessboard), so by Koenig's theorem the optimum
is the total weight minus a minimum-weight vertex cover, which is a minimum cut: source -> black
cell (capacity = weight), black -> adjacent white (unbounded), white -> sink (capacity = weight).
The reference runs Dinic's algorithm (``rlve_gym.kernels.flows``) and reads the set off the cut.

Weights are cubes k^3 of uniform k in 1..9 (1 to 729): with uniform weights the optimum is a
chessboard colouring, or one cell away from one, on most grids (a colouring is optimal on 77% of
4x4 and 46% of 6x7 grids), while a few heavy cells scattered among light ones pull the optimum
into many different shapes. The two chessboard colourings are the obvious blind answers, so
instances where either is optimal are redrawn (bounded: 20 draws; with cube weights a colouring
is optimal on under a quarter of the level-0 grids, so the last draw is almost never kept).

Difficulty schedule:

    d        0   1   2   3   4  ...  10  ...  20  ...  d
    rows     5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    cols     5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

Level 0 is 5x5 (on 4x4 one of a few patterns is optimal on about 5% of the seeds); one side grows every level,
so the number of cells whose choices interact grows with the area.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.kernels.flows import FLOW_INF, FlowNetwork

BITS = frozenset({"0", "1"})
#: weights are k ** 3 for k uniform in 1..MAX_ROOT
MAX_ROOT = 9
#: draws before keeping a grid on which a chessboard colouring is optimal
REDRAWS = 20


def best_independent_set(weights: list[list[int]]) -> tuple[int, list[list[int]]]:
    """(largest total, a 0/1 grid of one optimal set) via a minimum cut."""
    rows, cols = len(weights), len(weights[0])
    source, sink = rows * cols, rows * cols + 1
    network = FlowNetwork(rows * cols + 2)
    for r in range(rows):
        for c in range(cols):
            cell = r * cols + c
            if (r + c) % 2 == 0:
                network.add_arc(source, cell, weights[r][c])
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols:
                        network.add_arc(cell, nr * cols + nc, FLOW_INF)
            else:
                network.add_arc(cell, sink, weights[r][c])
    cut = network.max_flow(source, sink)
    reachable = network.source_side(source)
    chosen = [
        [int(reachable[r * cols + c] == ((r + c) % 2 == 0)) for c in range(cols)]
        for r in range(rows)
    ]
    return sum(map(sum, weights)) - cut, chosen


def adjacent_pair(chosen: list[list[int]]) -> tuple[int, int, int, int] | None:
    """Two side-adjacent marked cells (r1, c1, r2, c2), or None."""
    for r, row in enumerate(chosen):
        for c, v in enumerate(row):
            if v and c + 1 < len(row) and row[c + 1]:
                return r, c, r, c + 1
            if v and r + 1 < len(chosen) and chosen[r + 1][c]:
                return r, c, r + 1, c
    return None


def grid_text(grid: list[list[int]]) -> str:
    return "\n".join(" ".join(map(str, row)) for row in grid)


class MaxWeightNonAdjacentCells(Environment):
    description = "Grid cells, no two side-adjacent, with the largest total weight"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "1 0 1\n0 1 0"
    catalog_name = "MaximumIndependentSetGrid"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "cols": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        for _ in range(REDRAWS):
            weights = [[rng.randint(1, MAX_ROOT) ** 3 for _ in range(cols)] for _ in range(rows)]
            best, _ = best_independent_set(weights)
            colourings = [
                sum(
                    w
                    for r, row in enumerate(weights)
                    for c, w in enumerate(row)
                    if (r + c) % 2 == p
                )
                for p in (0, 1)
            ]
            if max(colourings) < best:
                break
        return {"weights": weights, "best_total": best}

    def solve(self, instance):
        return best_independent_set(instance["weights"])[1]

    def format_answer(self, answer):
        return grid_text(answer)

    def render(self, instance):
        weights = instance["weights"]
        rows, cols = len(weights), len(weights[0])
        width = max(len(str(w)) for row in weights for w in row)
        shown = "\n".join(" ".join(str(w).rjust(width) for w in row) for row in weights)
        return (
            f"Here is a grid of weights with {rows} rows and {cols} columns:\n{shown}\n\n"
            "Mark some of the cells so that no two marked cells share a side (cells touching "
            "only at a corner may both be marked), making the total weight of the marked cells "
            "as large as possible.\n"
            f"Answer with a grid of {rows} lines of {cols} values separated by spaces: 1 for a "
            "marked cell and 0 for an unmarked one. For example, for a 2 x 3 grid the answer "
            "'1 0 1' / '0 1 0' (two lines) marks the two top corners and the bottom middle cell. "
            "If several markings reach the largest total, any one of them is accepted."
        )

    def parse(self, text, instance):
        weights = instance["weights"]
        grid = parse_grid(text, len(weights), len(weights[0]), cells=BITS)
        return [[int(t) for t in row] for row in grid]

    def check(self, instance, answer, reference):
        pair = adjacent_pair(answer)
        if pair is not None:
            r1, c1, r2, c2 = pair
            return Verdict.wrong(
                f"the marked cells at row {r1 + 1}, column {c1 + 1} and row {r2 + 1}, "
                f"column {c2 + 1} share a side"
            )
        total = sum(
            w
            for row, marks in zip(instance["weights"], answer, strict=True)
            for w, m in zip(row, marks, strict=True)
            if m
        )
        if total == instance["best_total"]:
            return Verdict.right()
        return Verdict.wrong(f"no two marked cells touch, but the total {total} is not the largest")

    def random_answer(self, problem, rng, other):
        """A random maximal independent set: cells in random order, each marked if it can be."""
        weights = problem.instance["weights"]
        rows, cols = len(weights), len(weights[0])
        chosen = [[0] * cols for _ in range(rows)]
        order = [(r, c) for r in range(rows) for c in range(cols)]
        rng.shuffle(order)
        for r, c in order:
            if not any(
                0 <= nr < rows and 0 <= nc < cols and chosen[nr][nc]
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            ):
                chosen[r][c] = 1
        return grid_text(chosen)

    def near_misses(self, problem):
        weights = problem.instance["weights"]
        chosen = [[int(t) for t in line.split()] for line in problem.answer.splitlines()]
        marked = [(r, c) for r, row in enumerate(chosen) for c, v in enumerate(row) if v]
        lightest = min(marked, key=lambda cell: weights[cell[0]][cell[1]])
        dropped = [row[:] for row in chosen]
        dropped[lightest[0]][lightest[1]] = 0  # still valid, strictly lighter
        r, c = marked[0]
        crowded = [row[:] for row in chosen]
        neighbour = (r, c + 1) if c + 1 < len(chosen[0]) else (r, c - 1)
        crowded[neighbour[0]][neighbour[1]] = 1  # two marked cells side by side
        everything = [[1] * len(row) for row in chosen]
        return [grid_text(dropped), grid_text(crowded), grid_text(everything)]
