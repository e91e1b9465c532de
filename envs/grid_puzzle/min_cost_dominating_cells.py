"""MinCostDominatingCells: the cheapest set of grid cells that dominates every cell.

Every cell of a grid has a positive cost. A set of cells dominates the grid when every cell is
in the set or shares a side with a cell of the set. The solver marks a dominating set of the
smallest possible total cost (minimum-weight dominating set of the grid graph). Any dominating
set reaching the optimum is accepted; a dominating set that costs more earns nothing.

Dominating set is NP-hard in general, but on a grid of few columns a broken-profile dynamic
programme is exact: cells are decided in reading order, and the state records, for each of the
last ``cols`` decided cells, whether it is chosen, dominated without being chosen, or still
waiting for a neighbour below or to its right. That is 3^cols states per cell (Numba-compiled),
so the width stops growing at 8 columns (3^8 = 6,561 states) while the number of rows keeps
growing.

Costs are uniform in 1..99: with costs in 1..9 the optimum on small grids is too often one of a
few classic patterns (on 4x4 a pinwheel of four cells was optimal on 29% of the seeds).

Difficulty schedule:

    d        0   1   2   3   4   5   6  ...   9  ...  20  ...  d
    rows     5   5   6   6   7   7   8  ...   9  ...  15  ...  5 + d // 2
    cols     5   5   5   6   6   6   7  ...   8  ...   8  ...  min(5 + d // 3, 8)

Level 0 is a 5x5 grid (on 4x4 one fixed set is optimal on a fifth of the seeds even with costs
up to 99); the grid
grows by a row every two levels and by a column every three, up to the width cap.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

BITS = frozenset({"0", "1"})
MAX_COLS = 8
MAX_COST = 99
CHOSEN, COVERED, WAITING = 0, 1, 2  # base-3 digits of the profile


@njit(cache=True)
def _profile_dp(costs):
    """Minimum cost and the chosen cells (0/1 array) of a dominating set, by broken profile DP."""
    rows, cols = costs.shape
    states = 3**cols
    power = np.ones(cols + 1, np.int64)
    for j in range(1, cols + 1):
        power[j] = power[j - 1] * 3
    inf = np.int64(1) << 60
    best = np.full(states, inf, np.int64)
    initial = 0
    for j in range(cols):
        initial += COVERED * power[j]  # nothing above the first row: neutral
    best[initial] = 0
    cells = rows * cols
    parent = np.full((cells, states), -1, np.int32)
    took = np.zeros((cells, states), np.uint8)
    for cell in range(cells):
        r, c = cell // cols, cell % cols
        nxt = np.full(states, inf, np.int64)
        for state in range(states):
            value = best[state]
            if value >= inf:
                continue
            up = (state // power[c]) % 3
            left = (state // power[c - 1]) % 3 if c > 0 else COVERED
            # choose this cell: it becomes CHOSEN, the left neighbour is dominated
            chosen = state + (CHOSEN - up) * power[c]
            if c > 0 and left == WAITING:
                chosen += (COVERED - WAITING) * power[c - 1]
            if value + costs[r, c] < nxt[chosen]:
                nxt[chosen] = value + costs[r, c]
                parent[cell, chosen] = state
                took[cell, chosen] = 1
            # skip this cell: the cell above leaves the profile and must be dominated already
            if up != WAITING:
                status = COVERED if (r > 0 and up == CHOSEN) or left == CHOSEN else WAITING
                skipped = state + (status - up) * power[c]
                if value < nxt[skipped]:
                    nxt[skipped] = value
                    parent[cell, skipped] = state
                    took[cell, skipped] = 0
        best = nxt
    final, total = -1, inf
    for state in range(states):
        if best[state] < total:
            ok = True
            for j in range(cols):
                if (state // power[j]) % 3 == WAITING:
                    ok = False
                    break
            if ok:
                final, total = state, best[state]
    chosen_cells = np.zeros(cells, np.int64)
    state = final
    for cell in range(cells - 1, -1, -1):
        chosen_cells[cell] = took[cell, state]
        state = parent[cell, state]
    return total, chosen_cells


def cheapest_dominating_set(costs: list[list[int]]) -> tuple[int, list[list[int]]]:
    """(minimum total cost, a 0/1 grid of one optimal dominating set)."""
    total, chosen = _profile_dp(np.asarray(costs, dtype=np.int64))
    cols = len(costs[0])
    flat = chosen.tolist()
    return int(total), [flat[r * cols : (r + 1) * cols] for r in range(len(costs))]


def undominated_cell(chosen: list[list[int]]) -> tuple[int, int] | None:
    rows, cols = len(chosen), len(chosen[0])
    for r in range(rows):
        for c in range(cols):
            if not any(
                0 <= nr < rows and 0 <= nc < cols and chosen[nr][nc]
                for nr, nc in ((r, c), (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
            ):
                return r, c
    return None


def grid_text(grid: list[list[int]]) -> str:
    return "\n".join(" ".join(map(str, row)) for row in grid)


class MinCostDominatingCells(Environment):
    description = (
        "Cheapest set of grid cells such that every cell is chosen or next to a chosen one"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "0 1 0\n1 0 0"
    catalog_name = "Minimum_DominatingSet_Grid"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "cols": min(5 + difficulty // 3, MAX_COLS)}

    def generate_instance(self, rng, sizes):
        costs = [
            [rng.randint(1, MAX_COST) for _ in range(sizes["cols"])] for _ in range(sizes["rows"])
        ]
        best, _ = cheapest_dominating_set(costs)
        return {"costs": costs, "best_cost": best}

    def solve(self, instance):
        return cheapest_dominating_set(instance["costs"])[1]

    def format_answer(self, answer):
        return grid_text(answer)

    def render(self, instance):
        costs = instance["costs"]
        rows, cols = len(costs), len(costs[0])
        shown = "\n".join(" ".join(map(str, row)) for row in costs)
        return (
            f"Here is a grid of costs with {rows} rows and {cols} columns:\n{shown}\n\n"
            "Choose a set of cells such that every cell of the grid is chosen itself or shares a "
            "side (up, down, left or right) with a chosen cell. Make the total cost of the "
            "chosen cells as small as possible.\n"
            f"Answer with a grid of {rows} lines of {cols} values separated by spaces: 1 for a "
            "chosen cell and 0 for the others. For example, for a 2 x 3 grid the answer "
            "'0 1 0' / '1 0 0' (two lines) chooses the top middle and bottom left cells. If "
            "several sets reach the smallest total cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        costs = instance["costs"]
        grid = parse_grid(text, len(costs), len(costs[0]), cells=BITS)
        return [[int(t) for t in row] for row in grid]

    def check(self, instance, answer, reference):
        missed = undominated_cell(answer)
        if missed is not None:
            return Verdict.wrong(
                f"the cell at row {missed[0] + 1}, column {missed[1] + 1} is neither chosen nor "
                "next to a chosen cell"
            )
        total = sum(
            cost
            for row, marks in zip(instance["costs"], answer, strict=True)
            for cost, mark in zip(row, marks, strict=True)
            if mark
        )
        if total == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(
            f"every cell is covered, but the total cost {total} is not the smallest"
        )

    def random_answer(self, problem, rng, other):
        """A random minimal dominating set: add random cells until every cell is covered, then
        drop, in random order, every chosen cell that is not needed."""
        costs = problem.instance["costs"]
        rows, cols = len(costs), len(costs[0])
        chosen = [[0] * cols for _ in range(rows)]
        order = [(r, c) for r in range(rows) for c in range(cols)]
        rng.shuffle(order)
        for r, c in order:
            if undominated_cell(chosen) is None:
                break
            chosen[r][c] = 1
        rng.shuffle(order)
        for r, c in order:
            if chosen[r][c]:
                chosen[r][c] = 0
                if undominated_cell(chosen) is not None:
                    chosen[r][c] = 1
        return grid_text(chosen)

    def near_misses(self, problem):
        chosen = [[int(t) for t in line.split()] for line in problem.answer.splitlines()]
        marked = [(r, c) for r, row in enumerate(chosen) for c, v in enumerate(row) if v]
        unmarked = [(r, c) for r, row in enumerate(chosen) for c, v in enumerate(row) if not v]
        dropped = [row[:] for row in chosen]
        dropped[marked[0][0]][marked[0][1]] = 0  # cheaper than optimal, so it leaves a gap
        misses = [grid_text(dropped), grid_text([[0] * len(row) for row in chosen])]
        if unmarked:
            extra = [row[:] for row in chosen]
            extra[unmarked[0][0]][unmarked[0][1]] = 1  # still dominating, but costs more
            misses.append(grid_text(extra))
        return misses
