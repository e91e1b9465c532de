"""SurvoGridCompletion: place 1..R*C once each in an R x C grid to meet given row and column sums.

Every number from 1 to R * C appears exactly once; the sum of each row and of each column is
given, and so are some cells. The solver answers with the completed grid; any grid meeting the
rules is correct. Up to 6 x 6 the given cells leave exactly one grid (the prompt says so);
beyond, a random 30% of a planted grid's cells are given and any valid grid is accepted. Scores
are binary.

Generation plants a random arrangement of 1..R*C, takes its row and column sums, and starts with
every cell given. Up to 6 x 6 it empties cells in random order while a search of at most 500
branchings (the constraint solver: all-different plus one linear sum per row and column) still
proves the grid unique, until the blank share below is reached or no given can go.

Difficulty schedule (k = d // 3; R = 3 + k // 2, C = 3 + (k + 1) // 2):

    d              0-2   3-5   6-8   9-11  12-14  15-17  18-20  21-23  ...  100
    grid           3x3   3x4   4x4   4x5   5x5    5x6    6x6    6x7    ...  19x20
    blank_percent  60 + 5d up to 100 (d >= 8); past 6 x 6 a fixed 70% of the cells are empty

Level 0 is 3 x 3 with 5 of the 9 cells empty (the numbers 1..9 in 9! arrangements keep any
fixed answer rare; with only 4 empty cells a random order of the missing numbers was right on
4% of the seeds). The grid grows every three levels, and until level 8 the share of cells
the generator tries to empty grows every level; at 100% a 5 x 5 grid keeps about 9 givens and a
6 x 6 grid about 17. Proofs stop at 6 x 6 (about 50 ms per puzzle), where sums alone leave the
search more and more branching.
"""

from __future__ import annotations

from rlve_gym.envs.grid_puzzle._number_grid import (
    NumberGridCompletion,
    answer_text,
    format_grid,
    proven_givens,
    puzzle_grid,
    random_arrangement,
    random_fill,
    to_rows,
    whole_grid,
)
from rlve_gym.kernels.constraint_solver import ConstraintModel

#: the most cells whose givens are thinned with a uniqueness proof
UNIQUE_MAX_CELLS = 36
#: branchings one uniqueness proof may use before a given is kept as unproven
PROOF_NODES = 500
#: cells given past the uniqueness cap (percent)
RANDOM_GIVEN_PERCENT = 30


def line_sums(grid) -> tuple[list[int], list[int]]:
    return [sum(row) for row in grid], [sum(col) for col in zip(*grid)]


def survo_model(row_sums: list[int], col_sums: list[int]) -> ConstraintModel:
    rows, cols = len(row_sums), len(col_sums)
    model = ConstraintModel(rows * cols, 1, rows * cols).all_different(range(rows * cols))
    for r, total in enumerate(row_sums):
        model.linear([r * cols + c for c in range(cols)], lo=total, hi=total)
    for c, total in enumerate(col_sums):
        model.linear([r * cols + c for r in range(rows)], lo=total, hi=total)
    return model


class SurvoGridCompletion(NumberGridCompletion):
    description = (
        "A grid holding 1..R*C once each that matches given row sums, column sums and cells"
    )
    answer_example = "1 4\n3 2"
    catalog_name = "SurvoPuzzle"
    max_answer_chars = 200_000

    def schedule(self, difficulty):
        k = difficulty // 3
        return {
            "rows": 3 + k // 2,
            "cols": 3 + (k + 1) // 2,
            "blank_percent": min(100, 60 + 5 * difficulty),
        }

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        cells = rows * cols
        flat = rng.sample(range(1, cells + 1), cells)
        solution = to_rows(flat, cols)
        row_sums, col_sums = line_sums(solution)
        order = rng.sample(range(cells), cells)
        unique = cells <= UNIQUE_MAX_CELLS
        if unique:
            model = survo_model(row_sums, col_sums)
            given = proven_givens(model, solution, order, sizes["blank_percent"], PROOF_NODES)
        else:
            given = set(order[: cells * RANDOM_GIVEN_PERCENT // 100])
        return {
            "puzzle": puzzle_grid(solution, given),
            "row_sums": row_sums,
            "col_sums": col_sums,
            "solution": solution,
            "unique": unique,
        }

    def render(self, instance):
        rows, cols = len(instance["row_sums"]), len(instance["col_sums"])
        uniqueness = (
            "The clues determine the grid uniquely."
            if instance["unique"]
            else "Any grid that obeys all the rules is accepted."
        )
        return (
            f"Fill this grid of {rows} rows and {cols} columns ('.' marks an empty cell; the "
            "given numbers must stay):\n\n"
            f"{format_grid(instance['puzzle'])}\n\n"
            f"Every number from 1 to {rows * cols} must appear exactly once in the grid, and the "
            "numbers of each row and each column must add up to these sums:\n"
            f"- rows 1 to {rows} (top to bottom): {' '.join(map(str, instance['row_sums']))}\n"
            f"- columns 1 to {cols} (left to right): {' '.join(map(str, instance['col_sums']))}\n\n"
            f"{uniqueness}\n"
            f"Answer with the completed grid: {rows} lines, one per row from top to bottom, each "
            f"with {cols} numbers separated by spaces (for a 2 x 2 grid of rows '1 4' and '3 2' "
            "you would write those two lines)."
        )

    def largest_value(self, instance):
        return len(instance["row_sums"]) * len(instance["col_sums"])

    def distinct_lines(self, instance):
        return whole_grid(len(instance["row_sums"]), len(instance["col_sums"]))

    def rule_violation(self, instance, grid):
        row_sums, col_sums = line_sums(grid)
        for kind, got, want in (
            ("row", row_sums, instance["row_sums"]),
            ("column", col_sums, instance["col_sums"]),
        ):
            for i, (g, w) in enumerate(zip(got, want), start=1):
                if g != w:
                    return f"{kind} {i} adds up to {g}, not {w}"
        return None

    def random_answer(self, problem, rng, other):
        """The givens kept and the missing numbers placed in a random order."""
        puzzle = problem.instance["puzzle"]
        cells = len(puzzle) * len(puzzle[0])
        if rng.random() < 0.2:
            return random_fill(rng, puzzle, 1, cells)
        return random_arrangement(rng, puzzle, cells)

    def near_misses(self, problem):
        instance = problem.instance
        solution = instance["solution"]
        cells = len(solution) * len(solution[0])
        empty = [
            (r, c)
            for r, row in enumerate(instance["puzzle"])
            for c, x in enumerate(row)
            if x is None
        ]
        misses = []
        if len(empty) >= 2:  # two empty cells swapped
            grid = [list(row) for row in solution]
            (r1, c1), (r2, c2) = empty[0], empty[-1]
            grid[r1][c1], grid[r2][c2] = grid[r2][c2], grid[r1][c1]
            misses.append(grid)
        r, c = empty[0] if empty else (0, 0)
        bumped = [list(row) for row in solution]
        bumped[r][c] = solution[r][c] % cells + 1  # a repeated number
        misses.append(bumped)
        misses.append(solution[::-1])  # rows reversed: row sums move
        misses.append([[cells + 1 - x for x in row] for row in solution])  # complement
        return [answer_text(m) for m in misses if not self.check(instance, m, None).correct]
