"""SudokuCompletion: fill the empty cells of a Sudoku grid with boxes of R rows and C columns.

The grid has N = R * C rows and columns, split into N boxes of R x C cells; each row, column and
box must hold every number 1..N exactly once, and the given numbers stay. The solver answers
with the completed grid. Any completion that obeys the rules is correct: up to N = 16 the
clues are chosen so that exactly one exists (the prompt says so), beyond that the empty cells
are random and any valid completion is accepted. Scores are binary.

Generation plants a random solution (the constraint solver with random value orders up to
N = 12, a band-, stack- and symbol-shuffled pattern grid beyond) and empties cells. Up to
N = 16, cells are emptied in random order while propagation alone (every value excluded by a
row, column or box, every value with a single place left in one) still determines the whole
grid, which proves the solution unique and keeps the puzzle solvable by deduction; emptying
stops at the blank share below (or when no further cell can go). Past N = 16 that proof costs
too much, so the cells are emptied at random without it.

Difficulty schedule (k = d // 4; box R x C with R = 2 + k // 2, C = 2 + (k + 1) // 2):

    d              0-3    4-7    8-11   12-15  16-19  20-23  24-27  ...  40-43  ...  100
    box            2x2    2x3    3x3    3x4    4x4    4x5    5x5    ...  7x7    ...  14x15
    grid           4x4    6x6    9x9    12x12  16x16  20x20  25x25  ...  49x49  ...  210x210
    blank_percent  45 + 3d up to 72 (d >= 9)

The board grows every four levels and the blank share every level until it reaches 72%,
about the most a propagation-only proof allows (9 x 9 grids end near 69%, 16 x 16 near 62%);
unique puzzles stop at 16 x 16, where emptying with a proof takes about 35 ms. Level 0 is a 4 x 4 Sudoku with 7 of its 16 cells
empty: small, but the 288 possible 4 x 4 grids keep any fixed answer rare.
"""

from __future__ import annotations

from rlve_gym.envs.grid_puzzle._number_grid import (
    NumberGridCompletion,
    answer_text,
    format_grid,
    grid_near_misses,
    latin_lines,
    proven_givens,
    puzzle_grid,
    to_rows,
)
from rlve_gym.kernels.constraint_solver import ConstraintModel

#: the largest side whose clues are thinned with a uniqueness proof
UNIQUE_MAX_SIDE = 16
#: the blank share (percent) stops growing here
MAX_BLANK_PERCENT = 72
#: branchings allowed when the solver draws a random complete grid
FILL_NODES = 20_000


def box_cells(box_rows: int, box_cols: int) -> list[list[tuple[int, int]]]:
    n = box_rows * box_cols
    return [
        [(top + a, left + b) for a in range(box_rows) for b in range(box_cols)]
        for top in range(0, n, box_rows)
        for left in range(0, n, box_cols)
    ]


def sudoku_lines(box_rows: int, box_cols: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """(label, cells) of every row, column and box."""
    boxes = box_cells(box_rows, box_cols)
    return latin_lines(box_rows * box_cols) + [
        (f"the box with top-left cell at row {cells[0][0] + 1}, column {cells[0][1] + 1}", cells)
        for cells in boxes
    ]


def sudoku_model(box_rows: int, box_cols: int) -> ConstraintModel:
    n = box_rows * box_cols
    model = ConstraintModel(n * n, 1, n)
    for _, cells in sudoku_lines(box_rows, box_cols):
        model.all_different([r * n + c for r, c in cells])
    return model


def pattern_solution(rng, box_rows: int, box_cols: int) -> list[list[int]]:
    """A valid grid from the pattern (row, col) -> ((row % R) * C + row // R + col) mod N, with
    bands, rows within bands, stacks, columns within stacks and symbols shuffled."""
    n = box_rows * box_cols
    # R x C boxes: the grid has C bands of R rows and R stacks of C columns
    bands = rng.sample(range(box_cols), box_cols)
    rows = [b * box_rows + r for b in bands for r in rng.sample(range(box_rows), box_rows)]
    stacks = rng.sample(range(box_rows), box_rows)
    cols = [s * box_cols + c for s in stacks for c in rng.sample(range(box_cols), box_cols)]
    symbols = rng.sample(range(1, n + 1), n)
    return [
        [symbols[((r % box_rows) * box_cols + r // box_rows + c) % n] for c in cols] for r in rows
    ]


class SudokuCompletion(NumberGridCompletion):
    description = (
        "The completed grid of a Sudoku with R x C boxes (rows, columns, boxes hold 1..N once)"
    )
    answer_example = "1 2\n2 1"
    catalog_name = "Sudoku"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        k = difficulty // 4
        return {
            "box_rows": 2 + k // 2,
            "box_cols": 2 + (k + 1) // 2,
            "blank_percent": min(MAX_BLANK_PERCENT, 45 + 3 * difficulty),
        }

    def generate_instance(self, rng, sizes):
        box_rows, box_cols = sizes["box_rows"], sizes["box_cols"]
        n = box_rows * box_cols
        blanks = n * n * sizes["blank_percent"] // 100
        order = rng.sample(range(n * n), n * n)
        unique = n <= UNIQUE_MAX_SIDE
        solution = None
        if n <= 12:
            cells = sudoku_model(box_rows, box_cols).shuffle_values(rng).solve(max_nodes=FILL_NODES)
            solution = None if cells is None else to_rows(cells, n)
        if solution is None:
            solution = pattern_solution(rng, box_rows, box_cols)
        if unique:
            model = sudoku_model(box_rows, box_cols)
            given = proven_givens(model, solution, order, sizes["blank_percent"], max_nodes=0)
        else:
            given = set(order[blanks:])
        return {
            "box_rows": box_rows,
            "box_cols": box_cols,
            "puzzle": puzzle_grid(solution, given),
            "solution": solution,
            "unique": unique,
        }

    def render(self, instance):
        r, c = instance["box_rows"], instance["box_cols"]
        n = r * c
        uniqueness = (
            "The given numbers determine the completion uniquely."
            if instance["unique"]
            else "Any completion that obeys the rules is accepted."
        )
        return (
            f"Complete this {n} x {n} Sudoku grid. Rows are numbered 1 to {n} from the top and "
            f"columns 1 to {n} from the left; '.' marks an empty cell.\n\n"
            f"{format_grid(instance['puzzle'])}\n\n"
            f"The grid is divided into {n} boxes of {r} rows by {c} columns (the first box covers "
            f"rows 1-{r} and columns 1-{c}, the next one to its right columns {c + 1}-{2 * c}, "
            "and so on). Fill every empty cell with a number from 1 to "
            f"{n} so that every row, every column and every box contains each number from 1 to "
            f"{n} exactly once. The given numbers must stay. {uniqueness}\n"
            f"Answer with the completed grid: {n} lines, one per row from top to bottom, each "
            f"with {n} numbers separated by spaces (for a 2 x 2 grid of two rows "
            "'1 2' and '2 1' you would write those two lines)."
        )

    def largest_value(self, instance):
        return instance["box_rows"] * instance["box_cols"]

    def distinct_lines(self, instance):
        return sudoku_lines(instance["box_rows"], instance["box_cols"])

    def near_misses(self, problem):
        instance = problem.instance
        n = instance["box_rows"] * instance["box_cols"]
        misses = grid_near_misses(instance["solution"], instance["puzzle"], 1, n)
        misses.append([row[:-1] for row in instance["solution"]])  # a short row
        return [answer_text(m) for m in misses]
