"""CirculatingArrowGrid: change as few arrows as possible on a torus so every cell lies on a cycle.

Each cell of an R x C grid holds an arrow L, R, U or D pointing to a neighbouring cell; the grid
wraps around (a torus), so every arrow has a target. Following arrows from a cell eventually
returns to it for every cell exactly when every cell is the target of exactly one arrow (the
"follow the arrow" map is then a permutation). The task is to change the fewest arrows to reach
that. The reference solver is a minimum-cost perfect matching on the bipartite graph cell -> 4
neighbours (cost 0 for the current arrow, 1 for a changed one); the checker verifies the new grid and
compares the number of changed cells with the optimum stored in the instance, so every optimal
grid is accepted.

Difficulty schedule (R x C cells):

    d       0    1    2    3    5   10   20        d
    R       3    4    4    4    5    7   10        3 + (d + 2) // 3
    C       4    4    4    5    5    7   10        3 + (d + 3) // 3

Level 0 starts at 3 x 4 (the old level 2): on a 3 x 3 torus few enough optimal grids exist that
one fixed grid (DRD / UUL / RRR) was optimal on 5.5% of one range of 200 seeds; from 12 cells
on the best fixed grid is optimal on about 2%. The cell count grows quadratically slowly
(100 cells at d = 20, a 10-character-wide grid); the warm-started matching is compiled with
Numba, well under a millisecond at d = 20 and about 40 ms at d = 100 (1,369 cells), where the
pure-Python version took about a second.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_char_grid
from rlve_gym.grids import MOVES, render_char_grid

ARROWS = "LRUD"


def arrow_target(rows: int, cols: int, r: int, c: int, arrow: str) -> int:
    """Index ``r' * cols + c'`` of the cell the arrow at ``(r, c)`` points to (wrapping around)."""
    dr, dc = MOVES[arrow]
    return ((r + dr) % rows) * cols + (c + dc) % cols


def targets_problem(grid: list[str]) -> str | None:
    """Why some cell of ``grid`` is not on a cycle (it is the target of no arrow), or None."""
    rows, cols = len(grid), len(grid[0])
    hits = [0] * (rows * cols)
    for r in range(rows):
        for c in range(cols):
            hits[arrow_target(rows, cols, r, c, grid[r][c])] += 1
    for index, count in enumerate(hits):
        if count != 1:
            return (
                f"cell (row {index // cols + 1}, column {index % cols + 1}) is the target of {count} "
                "arrows, so not every cell lies on a cycle"
            )
    return None


def fewest_changes(grid: list[str]) -> tuple[int, list[str]]:
    """``(changes, new grid)``: a permutation of arrow targets changing the fewest arrows."""
    changes, new = _fewest_changes_cached(tuple(grid))
    return changes, list(new)


@lru_cache(maxsize=8)
def _fewest_changes_cached(grid: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """A minimum-cost perfect matching cell -> target (cost 1 per changed arrow), cached because
    generation asks for it twice per instance.

    Successive shortest paths, warm-started: every target keeps the first arrow that already
    points at it (cost 0, so this partial matching is optimal for its size), and each further
    augmentation follows a cheapest alternating path (Bellman-Ford with a queue; arc costs are
    -1, 0 or 1 and, the matching being optimal for its size, there is no negative cycle) from the
    unmatched cells to an unmatched target. About a third of the cells remain to augment.
    """
    rows, cols = len(grid), len(grid[0])
    cells = rows * cols
    targets = np.empty((cells, len(ARROWS)), dtype=np.int64)
    costs = np.empty((cells, len(ARROWS)), dtype=np.int64)
    for r in range(rows):
        for c in range(cols):
            for index, arrow in enumerate(ARROWS):
                targets[r * cols + c, index] = arrow_target(rows, cols, r, c, arrow)
                costs[r * cols + c, index] = int(arrow != grid[r][c])
    chosen = _cheapest_perfect_matching(targets, costs)
    new = ["".join(ARROWS[chosen[r * cols + c]] for c in range(cols)) for r in range(rows)]
    return _changes(new, list(grid)), tuple(new)


@njit(cache=True)
def _cheapest_perfect_matching(targets, costs):
    """The option index each cell takes in a cheapest perfect matching of cells to targets
    (the augmentation described in ``_fewest_changes_cached``), compiled: at d = 100 the grid
    has over 1,300 cells and a few hundred augmentations."""
    cells, width = targets.shape
    chosen = np.full(cells, -1, dtype=np.int64)
    owner = np.full(cells, -1, dtype=np.int64)
    for cell in range(cells):
        for index in range(width):
            if costs[cell, index] == 0 and owner[targets[cell, index]] < 0:
                chosen[cell] = index
                owner[targets[cell, index]] = cell
    dist = np.empty(cells, dtype=np.int64)
    reached = np.empty(cells, dtype=np.int64)
    via_cell = np.empty(cells, dtype=np.int64)
    via_index = np.empty(cells, dtype=np.int64)
    queued = np.zeros(cells, dtype=np.bool_)
    queue = np.empty(cells + 1, dtype=np.int64)  # FIFO ring: a cell is queued at most once
    for _ in range(cells):
        dist[:] = cells + 1
        reached[:] = cells + 1
        via_cell[:] = -1
        via_index[:] = -1
        head = tail = 0
        for cell in range(cells):
            if chosen[cell] < 0:
                dist[cell] = 0
                queued[cell] = True
                queue[tail] = cell
                tail = (tail + 1) % (cells + 1)
        if head == tail:
            break
        while head != tail:
            cell = queue[head]
            head = (head + 1) % (cells + 1)
            queued[cell] = False
            for index in range(width):
                target = targets[cell, index]
                if index == chosen[cell] or dist[cell] + costs[cell, index] >= reached[target]:
                    continue
                reached[target] = dist[cell] + costs[cell, index]
                via_cell[target] = cell
                via_index[target] = index
                holder = owner[target]
                if holder >= 0:
                    back = reached[target] - costs[holder, chosen[holder]]
                    if back < dist[holder]:
                        dist[holder] = back
                        if not queued[holder]:
                            queued[holder] = True
                            queue[tail] = holder
                            tail = (tail + 1) % (cells + 1)
        end = -1
        for target in range(cells):
            if owner[target] < 0 and (end < 0 or reached[target] < reached[end]):
                end = target
        while end >= 0:  # flip the alternating path ending at the free target ``end``
            cell = via_cell[end]
            index = via_index[end]
            previous = targets[cell, chosen[cell]] if chosen[cell] >= 0 else -1
            chosen[cell] = index
            owner[end] = cell
            end = previous
    return chosen


class CirculatingArrowGrid(Environment):
    description = (
        "Change the fewest arrows of a torus arrow grid so that every cell lies on a cycle"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "RD\nUL"
    catalog_name = "CirculatingGrid"

    def schedule(self, difficulty):
        return {"rows": 3 + (difficulty + 2) // 3, "cols": 3 + (difficulty + 3) // 3}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        grid = ["".join(rng.choice(ARROWS) for _ in range(cols)) for _ in range(rows)]
        return {"grid": grid, "fewest_changes": fewest_changes(grid)[0]}

    def solve(self, instance):
        return fewest_changes(instance["grid"])[1]

    def format_answer(self, answer):
        return "\n".join(answer)

    def render(self, instance):
        grid = instance["grid"]
        rows, cols = len(grid), len(grid[0])
        return (
            f"A grid with {rows} rows and {cols} columns holds one arrow in every cell: L (left), "
            "R (right), U (up) or D (down). The grid wraps around: moving right from the last "
            "column leads to the first column of the same row, moving down from the last row "
            "leads to the first row of the same column, and likewise for left and up. Each cell's "
            "arrow points to the neighbouring cell in its direction.\n\n"
            f"{render_char_grid(grid)}\n\n"
            "Change the arrows of as few cells as possible so that, afterwards, starting from any "
            "cell and repeatedly moving to the cell its arrow points to, you always return to the "
            "starting cell (every cell lies on a cycle).\n"
            f"Answer with the whole new grid: {rows} lines of {cols} letters each (any optimal grid is accepted)."
        )

    def parse(self, text, instance):
        grid = instance["grid"]
        return parse_char_grid(text, len(grid), len(grid[0]), ARROWS)

    def check(self, instance, answer, reference):
        problem = targets_problem(answer)
        if problem:
            return Verdict.wrong(problem)
        changed = _changes(answer, instance["grid"])
        if changed != instance["fewest_changes"]:
            return Verdict.wrong(
                f"every cell lies on a cycle, but {changed} cells were changed, more than needed"
            )
        return Verdict.right()

    def near_misses(self, problem):
        grid = problem.answer.split("\n")
        original = problem.instance["grid"]
        first = grid[0]
        moved = ("R" if first[0] != "R" else "L") + first[1:]  # one cell now hit twice, one never
        misses = [[moved] + grid[1:], grid[:-1]]
        if targets_problem(original) is not None:
            misses.append(original)
        all_right = ["R" * len(row) for row in grid]  # always a cycle cover, rarely optimal
        if _changes(all_right, original) > problem.instance["fewest_changes"]:
            misses.append(all_right)
        return ["\n".join(m) for m in misses]


def _changes(grid: list[str], original: list[str]) -> int:
    return sum(
        a != b
        for row, old in zip(grid, original, strict=True)
        for a, b in zip(row, old, strict=True)
    )
