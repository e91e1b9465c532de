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
    R       3    3    3    4    4    6    9        3 + d // 3
    C       3    3    4    4    5    6   10        3 + (d + 1) // 3

The cell count grows quadratically slowly (90 cells at d = 20, a 10-character-wide grid), where
the warm-started matching takes about 2 ms.
"""

from __future__ import annotations

from collections import deque
from functools import lru_cache

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
    options = [
        [(arrow_target(rows, cols, r, c, arrow), int(arrow != grid[r][c])) for arrow in ARROWS]
        for r in range(rows)
        for c in range(cols)
    ]
    chosen = [-1] * cells  # option index taken by each cell
    owner = [-1] * cells  # cell whose arrow hits each target
    for cell in range(cells):
        for index, (target, cost) in enumerate(options[cell]):
            if cost == 0 and owner[target] < 0:
                chosen[cell], owner[target] = index, cell
    for _ in range(cells):
        free = [cell for cell in range(cells) if chosen[cell] < 0]
        if not free:
            break
        dist = [cells + 1] * cells  # cheapest alternating path cost to each cell
        reached = [cells + 1] * cells  # ... and to each target
        via = [(-1, -1)] * cells  # (cell, option) through which each target was reached
        queue = deque(free)
        queued = [False] * cells
        for cell in free:
            dist[cell], queued[cell] = 0, True
        while queue:
            cell = queue.popleft()
            queued[cell] = False
            for index, (target, cost) in enumerate(options[cell]):
                if index == chosen[cell] or dist[cell] + cost >= reached[target]:
                    continue
                reached[target] = dist[cell] + cost
                via[target] = (cell, index)
                holder = owner[target]
                if holder >= 0:
                    back = reached[target] - options[holder][chosen[holder]][1]
                    if back < dist[holder]:
                        dist[holder] = back
                        if not queued[holder]:
                            queued[holder] = True
                            queue.append(holder)
        end = min((t for t in range(cells) if owner[t] < 0), key=reached.__getitem__)
        while end >= 0:  # flip the alternating path ending at the free target ``end``
            cell, index = via[end]
            previous = options[cell][chosen[cell]][0] if chosen[cell] >= 0 else -1
            chosen[cell], owner[end] = index, cell
            end = previous
    new = ["".join(ARROWS[chosen[r * cols + c]] for c in range(cols)) for r in range(rows)]
    return _changes(new, list(grid)), tuple(new)


class CirculatingArrowGrid(Environment):
    description = (
        "Change the fewest arrows of a torus arrow grid so that every cell lies on a cycle"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "RD\nUL"
    catalog_name = "CirculatingGrid"

    def schedule(self, difficulty):
        return {"rows": 3 + difficulty // 3, "cols": 3 + (difficulty + 1) // 3}

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
