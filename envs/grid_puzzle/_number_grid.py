"""Pieces shared by the number-grid puzzles (Sudoku, Futoshiki, Skyscraper, magic squares, Survo,
Kakurasu): drawing planted solutions, showing grids, reading and judging answer grids, and the
blind answers and near misses the checker tests use; ``NumberGridCompletion`` is the base class
of the puzzles whose answer is the completed grid.

Conventions: a grid is a list of rows of ints; a puzzle's visible grid uses None for an empty
cell and shows it as ``.``; cells are numbered ``row * cols + col`` when a constraint model
needs variable numbers; prompts number rows and columns from 1.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.kernels.constraint_solver import ConstraintModel

Grid = list[list[int]]
#: branchings allowed when a random complete Latin square or Sudoku is drawn with the solver
FILL_NODES = 20_000


def format_grid(grid: Sequence[Sequence[int | None]]) -> str:
    """One line per row, cells separated by spaces and right-aligned; None shows as ``.``."""
    width = max((len(str(x)) for row in grid for x in row if x is not None), default=1)
    return "\n".join(
        " ".join(("." if x is None else str(x)).rjust(width) for x in row) for row in grid
    )


def answer_text(grid: Sequence[Sequence[int]]) -> str:
    """The answer form of a complete grid: one line per row, numbers separated by spaces."""
    return "\n".join(" ".join(map(str, row)) for row in grid)


def read_grid(text: str, rows: int, cols: int, high: int) -> Grid:
    """An answer grid of integers (shape errors raise ``ParseError``; values are not checked)."""
    return parse_grid(text, rows, cols, max_digits=len(str(high)) + 2)


def value_outside(grid: Grid, low: int, high: int) -> str | None:
    """Why some cell lies outside ``low..high``, or None."""
    for r, row in enumerate(grid):
        for c, x in enumerate(row):
            if not low <= x <= high:
                return f"row {r + 1}, column {c + 1} holds {x}, outside {low}..{high}"
    return None


def changed_given(grid: Grid, puzzle: Sequence[Sequence[int | None]]) -> str | None:
    """Why the answer does not keep a given number of the puzzle, or None."""
    for r, row in enumerate(puzzle):
        for c, x in enumerate(row):
            if x is not None and grid[r][c] != x:
                return f"row {r + 1}, column {c + 1} must keep its given number {x}"
    return None


def latin_lines(n: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """(label, cells) for every row and column of an n x n grid."""
    rows = [(f"row {r + 1}", [(r, c) for c in range(n)]) for r in range(n)]
    cols = [(f"column {c + 1}", [(r, c) for r in range(n)]) for c in range(n)]
    return rows + cols


def repeated_value(grid: Grid, lines: list[tuple[str, list[tuple[int, int]]]]) -> str | None:
    """Why some line holds a value twice, or None."""
    for label, cells in lines:
        seen = set()
        for r, c in cells:
            x = grid[r][c]
            if x in seen:
                return f"{label} contains {x} more than once"
            seen.add(x)
    return None


def whole_grid(rows: int, cols: int) -> list[tuple[str, list[tuple[int, int]]]]:
    """The one "line" of a grid in which every number appears once: all of its cells."""
    return [("the grid", [(r, c) for r in range(rows) for c in range(cols)])]


def latin_model(n: int) -> ConstraintModel:
    """Values 1..n in an n x n grid (cell r * n + c), all different in every row and column."""
    model = ConstraintModel(n * n, 1, n)
    for r in range(n):
        model.all_different([r * n + c for c in range(n)])
        model.all_different([c * n + r for c in range(n)])
    return model


def shuffled_cyclic_square(rng: random.Random, n: int) -> Grid:
    """A Latin square from the cyclic one by random row, column and symbol permutations."""
    rows, cols, symbols = (rng.sample(range(n), n) for _ in range(3))
    return [[symbols[(rows[r] + cols[c]) % n] + 1 for c in range(n)] for r in range(n)]


def random_latin_square(rng: random.Random, n: int) -> Grid:
    """A random n x n Latin square over 1..n: the solver with random value orders (far more
    varied than permuting the cyclic square) up to 12, the shuffled cyclic square beyond or
    if the solver needs too long."""
    if n <= 12:
        cells = latin_model(n).shuffle_values(rng).solve(max_nodes=FILL_NODES)
        if cells is not None:
            return [cells[r * n : (r + 1) * n] for r in range(n)]
    return shuffled_cyclic_square(rng, n)


def to_rows(cells: Sequence[int], cols: int) -> Grid:
    return [list(cells[i : i + cols]) for i in range(0, len(cells), cols)]


def puzzle_grid(solution: Grid, given_cells: set[int]) -> list[list[int | None]]:
    """The visible grid: the solution's numbers on the given cells (r * cols + c), None elsewhere."""
    cols = len(solution[0])
    return [
        [x if r * cols + c in given_cells else None for c, x in enumerate(row)]
        for r, row in enumerate(solution)
    ]


def random_fill(
    rng: random.Random, puzzle: Sequence[Sequence[int | None]], low: int, high: int
) -> str:
    """A blind answer: the givens kept, every empty cell a random value in ``low..high``."""
    return answer_text(
        [[x if x is not None else rng.randint(low, high) for x in row] for row in puzzle]
    )


def proven_givens(
    model: ConstraintModel, solution: Grid, order: list[int], blank_percent: int, max_nodes: int
) -> set[int]:
    """The cells (r * cols + c) left given after emptying cells of ``solution`` in ``order``
    while ``model`` (the puzzle's rules) still proves the completion unique, until
    ``blank_percent`` of the cells are empty or no further cell can go."""
    flat = [x for row in solution for x in row]
    target = len(flat) * blank_percent // 100
    return set(model.remove_clues(flat, order, target=target, max_nodes=max_nodes))


def random_arrangement(
    rng: random.Random, puzzle: Sequence[Sequence[int | None]], high: int
) -> str:
    """A blind answer for a grid holding 1..high once each: the givens kept and the missing
    numbers placed in a random order."""
    missing = sorted(set(range(1, high + 1)) - {x for row in puzzle for x in row if x})
    rng.shuffle(missing)
    fill = iter(missing)
    return answer_text([[x if x is not None else next(fill) for x in row] for row in puzzle])


def grid_near_misses(
    solution: Grid, puzzle: Sequence[Sequence[int | None]], low: int, high: int
) -> list[Grid]:
    """Grids next to the solution that must be wrong in a puzzle whose rules forbid a repeat in
    a row: one empty cell changed to another value of its row (a repeat), two empty cells of a
    row swapped (the row is fine, columns or clues usually break; the caller keeps only misses
    its checker rejects), one given changed, every value shifted (a given breaks)."""
    misses: list[Grid] = []
    empty = [(r, c) for r, row in enumerate(puzzle) for c, x in enumerate(row) if x is None]
    if empty:
        r, c = empty[0]
        other = next(x for x in solution[r] if x != solution[r][c])
        misses.append(_with(solution, {(r, c): other}))
        row_mates = [(r2, c2) for r2, c2 in empty if r2 == r and solution[r2][c2] != solution[r][c]]
        if row_mates:
            r2, c2 = row_mates[0]
            misses.append(_with(solution, {(r, c): solution[r2][c2], (r2, c2): solution[r][c]}))
    given = [(r, c) for r, row in enumerate(puzzle) for c, x in enumerate(row) if x is not None]
    if given:
        r, c = given[0]
        misses.append(_with(solution, {(r, c): low if solution[r][c] != low else high}))
        misses.append([[low + (x - low + 1) % (high - low + 1) for x in row] for row in solution])
    return misses


def _with(grid: Grid, changes: dict[tuple[int, int], int]) -> Grid:
    out = [list(row) for row in grid]
    for (r, c), x in changes.items():
        out[r][c] = x
    return out


class NumberGridCompletion(Environment):
    """A grid of numbers to complete (``instance["puzzle"]``, None for an empty cell) whose
    planted answer is ``instance["solution"]``; ``instance["unique"]`` says whether the prompt
    promises a single completion.

    The answer is the completed grid, judged in this order: every value in 1..``largest_value``,
    the given numbers kept, no value twice in one of ``distinct_lines``, then the puzzle's own
    rules (``rule_violation``: clues, sums, inequalities). Any grid that passes is accepted.
    Subclasses generate, render and name their near misses.
    """

    abstract = True
    answer_kind = "grid"
    multiple_valid_answers = True

    def largest_value(self, instance) -> int:
        raise NotImplementedError

    def distinct_lines(self, instance) -> list[tuple[str, list[tuple[int, int]]]]:
        """(label, cells) of the lines where no value may repeat (default: rows and columns)."""
        return latin_lines(len(instance["puzzle"]))

    def rule_violation(self, instance, grid: Grid) -> str | None:
        """Why a grid of in-range values that keeps the givens and repeats no value in a line
        breaks the puzzle's own rules, or None."""
        return None

    def solve(self, instance):
        return instance["solution"]

    def format_answer(self, answer):
        return answer_text(answer)

    def parse(self, text, instance):
        puzzle = instance["puzzle"]
        return read_grid(text, len(puzzle), len(puzzle[0]), self.largest_value(instance))

    def check(self, instance, answer, reference):
        why = (
            value_outside(answer, 1, self.largest_value(instance))
            or changed_given(answer, instance["puzzle"])
            or repeated_value(answer, self.distinct_lines(instance))
            or self.rule_violation(instance, answer)
        )
        return Verdict.wrong(why) if why else Verdict.right()

    def random_answer(self, problem, rng, other):
        return random_fill(rng, problem.instance["puzzle"], 1, self.largest_value(problem.instance))
