"""MaxBombsWithoutLineOfSight: place the most bombs on allowed cells so that no two see each other.

The grid has walls '#', allowed cells '*' and plain floor '.'. Bombs may be placed on '*' cells
only. Two bombs conflict when they are in the same row (or the same column) with no wall between
them; floor and '*' cells do not block. The answer is the grid with every chosen '*' replaced by
'B'. Any conflict-free placement with the largest possible number of bombs is correct (there are
usually several); scores are binary.

A bomb uses up one horizontal segment (a maximal run of non-wall cells in a row) and one vertical
segment, so the optimum is a maximum bipartite matching between row segments and column
segments, with one edge per '*' cell (``rlve_gym.kernels.flows.bipartite_matching``). Small
grids often let a random maximal placement reach the optimum, so grids on which one of
``GREEDY_TRIES`` random maximal placements is optimal are redrawn (a bounded number of times).

Difficulty schedule (walls 20%, floor 10%, allowed cells 70% of the grid on average):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       8   8   9   9  10  ...  13  ...  18  ...  8 + d // 2
    columns    8   9   9  10  10  ...  13  ...  18  ...  8 + (d + 1) // 2

Level 0 is 8 x 8: on 6 x 6 grids a random maximal placement is optimal about a quarter of the
time (and still 11% of the time after the redraws), on 8 x 8 about 6% before the redraws. One
side grows every level, so the grid's area and its number of segments grow quadratically;
the matching stays in the milliseconds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.kernels.flows import bipartite_matching

from ._cell_puzzles import marked_grid_text, open_runs, read_marks, token_grid_text

WALL, ALLOWED, FLOOR, BOMB = "#", "*", ".", "B"
WALL_SHARE, FLOOR_SHARE = 0.2, 0.1
#: random maximal placements tried per grid; grids where one of them is optimal are redrawn
GREEDY_TRIES = 16
REDRAWS = 30


def segments(grid: list[str]) -> tuple[list[list[int]], list[list[int]], int, int]:
    """Row-segment and column-segment ids of every cell (-1 on walls) and the segment counts."""
    rows, cols = len(grid), len(grid[0])
    row_runs, col_runs = open_runs(grid, lambda t: t != WALL)
    row_seg = [[-1] * cols for _ in range(rows)]
    col_seg = [[-1] * cols for _ in range(rows)]
    for ids, runs in ((row_seg, row_runs), (col_seg, col_runs)):
        for i, run in enumerate(runs):
            for r, c in run:
                ids[r][c] = i
    return row_seg, col_seg, len(row_runs), len(col_runs)


def max_bombs(grid: list[str]) -> list[tuple[int, int]]:
    """Cells of one largest conflict-free placement."""
    row_seg, col_seg, row_count, col_count = segments(grid)
    adjacency: list[list[int]] = [[] for _ in range(row_count)]
    cell_of: dict[tuple[int, int], tuple[int, int]] = {}
    for r, line in enumerate(grid):
        for c, t in enumerate(line):
            if t == ALLOWED:
                adjacency[row_seg[r][c]].append(col_seg[r][c])
                cell_of[row_seg[r][c], col_seg[r][c]] = (r, c)
    match = bipartite_matching(row_count, col_count, adjacency)
    return sorted(cell_of[u, v] for u, v in enumerate(match) if v >= 0)


def random_maximal(rng, grid: list[str]) -> list[tuple[int, int]]:
    """Allowed cells in random order, each taken when it conflicts with nothing taken so far."""
    row_seg, col_seg, _, _ = segments(grid)
    cells = [(r, c) for r, line in enumerate(grid) for c, t in enumerate(line) if t == ALLOWED]
    rng.shuffle(cells)
    used_rows, used_cols, taken = set(), set(), []
    for r, c in cells:
        if row_seg[r][c] not in used_rows and col_seg[r][c] not in used_cols:
            used_rows.add(row_seg[r][c])
            used_cols.add(col_seg[r][c])
            taken.append((r, c))
    return taken


def with_bombs(grid: list[str], bombs) -> str:
    return marked_grid_text(grid, bombs, BOMB)


class MaxBombsWithoutLineOfSight(Environment):
    description = "A grid with the most bombs on allowed cells, no two in one row or column segment"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "B#\n.*"
    catalog_name = "MaxNoConflictingBombs"

    def schedule(self, difficulty):
        return {"rows": 8 + difficulty // 2, "columns": 8 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        for _ in range(REDRAWS):
            grid = []
            for _ in range(rows):
                line = []
                for _ in range(cols):
                    u = rng.random()
                    line.append(
                        WALL
                        if u < WALL_SHARE
                        else FLOOR
                        if u < WALL_SHARE + FLOOR_SHARE
                        else ALLOWED
                    )
                grid.append("".join(line))
            best = len(max_bombs(grid))
            if all(len(random_maximal(rng, grid)) < best for _ in range(GREEDY_TRIES)):
                break
        return {"grid": grid, "max_bombs": best}

    def solve(self, instance):
        return with_bombs(instance["grid"], max_bombs(instance["grid"]))

    def render(self, instance):
        grid = instance["grid"]
        rows, cols = len(grid), len(grid[0])
        return (
            f"Here is a grid with {rows} rows and {cols} columns (cells are separated by spaces):\n"
            f"{token_grid_text([list(line) for line in grid])}\n\n"
            "'#' is a wall, '*' is a cell where a bomb may be placed, and '.' is floor where no "
            "bomb may be placed. Place bombs on '*' cells, at most one per cell. Two bombs "
            "conflict when they are in the same row with no wall between them, or in the same "
            "column with no wall between them ('.' and '*' cells do not separate bombs). Place as "
            "many bombs as possible with no two in conflict.\n"
            f"Answer with the grid after placing the bombs: {rows} lines of {cols} characters, "
            "the same as above except that each '*' cell holding a bomb is written 'B'. For "
            "example, the 2 x 2 grid *# / .* with a bomb in its top-left cell is written as the "
            "lines B# and .* . If several placements reach the largest number of bombs, any one "
            "of them is accepted."
        )

    def parse(self, text, instance):
        grid = instance["grid"]
        return parse_grid(text, len(grid), len(grid[0]), cells={WALL, ALLOWED, FLOOR, BOMB})

    def check(self, instance, answer, reference):
        grid = instance["grid"]
        bombs, why = read_marks(grid, answer, BOMB, ALLOWED)
        if why:
            return Verdict.wrong(why)
        row_seg, col_seg, _, _ = segments(grid)
        seen_rows: dict[int, tuple[int, int]] = {}
        seen_cols: dict[int, tuple[int, int]] = {}
        for r, c in bombs:
            for seen, key in ((seen_rows, row_seg[r][c]), (seen_cols, col_seg[r][c])):
                if key in seen:
                    r0, c0 = seen[key]
                    return Verdict.wrong(
                        f"the bombs at row {r0 + 1}, column {c0 + 1} and row {r + 1}, column "
                        f"{c + 1} conflict"
                    )
                seen[key] = (r, c)
        if len(bombs) < instance["max_bombs"]:
            return Verdict.wrong(
                f"no conflicts, but {len(bombs)} bombs is not the largest number possible"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        grid = problem.instance["grid"]
        return with_bombs(grid, random_maximal(rng, grid))

    def near_misses(self, problem):
        grid = problem.instance["grid"]
        rows = [list(line) for line in problem.answer.split("\n")]
        bombs = [(r, c) for r, row in enumerate(rows) for c, t in enumerate(row) if t == BOMB]
        misses = []
        fewer = [list(row) for row in rows]  # one bomb short of the optimum
        fewer[bombs[0][0]][bombs[0][1]] = ALLOWED
        misses.append(fewer)
        free = [
            (r, c)
            for r, line in enumerate(grid)
            for c, t in enumerate(line)
            if t == ALLOWED and rows[r][c] != BOMB
        ]
        if free:  # one bomb more than the optimum must conflict
            more = [list(row) for row in rows]
            more[free[0][0]][free[0][1]] = BOMB
            misses.append(more)
        walls = [(r, c) for r, line in enumerate(grid) for c, t in enumerate(line) if t != ALLOWED]
        if walls:  # a bomb moved off an allowed cell
            moved = [list(row) for row in fewer]
            moved[walls[0][0]][walls[0][1]] = BOMB
            misses.append(moved)
        return ["\n".join("".join(row) for row in m) for m in misses]
