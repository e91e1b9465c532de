"""KakurasuShading: shade cells so that weighted row and column sums match the clues.

In an R x C grid, each row has a clue: the sum of the column numbers (1..C, from the left) of
its shaded cells; each column has a clue: the sum of the row numbers (1..R, from the top) of its
shaded cells. Where the clues alone allow several shadings, a few cells are revealed as shaded
or unshaded. The solver answers with the grid as 0/1 rows (1 = shaded); any shading meeting
every clue and reveal is correct. Up to 9 x 9 exactly one exists (the prompt says so); beyond,
the clues come from a random planted shading with nothing revealed and any valid shading is
accepted. Scores are binary.

Generation shades each cell of the planted grid with probability 1/2 and computes the clues.
Up to 9 x 9 the constraint solver proves uniqueness with one table constraint per line (every
0/1 line whose weighted sum is the clue): while a second shading fits, a cell where it differs
from the planted one is revealed; then every reveal that is not needed is dropped. Past 9 x 9 the
per-line tables no longer stop the search from branching widely (a 12 x 12 proof can take
seconds), so those boards are generated without a proof.

Difficulty schedule (k = d // 3; R = 4 + k // 2, C = 4 + (k + 1) // 2):

    d       0-2   3-5   6-8   9-11  12-14  15-17  18-20  ...  30-32  33-35  ...  100
    grid    4x4   4x5   5x5   5x6   6x6    6x7    7x7    ...  9x9    9x10   ...  20x21

Level 0 is 4 x 4 (65,536 shadings, so no fixed grid is often right). One side grows every three
levels; unique puzzles run to 9 x 9 (level 32), where a proof takes a few milliseconds.
"""

from __future__ import annotations

import functools
import itertools

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid
from rlve_gym.kernels.constraint_solver import ConstraintModel

#: the largest side whose clues are made unique with the solver
UNIQUE_MAX_SIDE = 9
#: branchings one search of the generator may use before it falls back
PROOF_NODES = 20_000


@functools.cache
def lines_by_sum(length: int) -> dict[int, list[tuple[int, ...]]]:
    """Weighted sum (positions 1..length) -> every 0/1 line of that length with it."""
    table: dict[int, list[tuple[int, ...]]] = {}
    for bits in itertools.product((0, 1), repeat=length):
        table.setdefault(sum(i * b for i, b in enumerate(bits, start=1)), []).append(bits)
    return table


def clues_of(grid) -> tuple[list[int], list[int]]:
    rows = [sum(c * x for c, x in enumerate(row, start=1)) for row in grid]
    cols = [sum(r * x for r, x in enumerate(col, start=1)) for col in zip(*grid)]
    return rows, cols


def kakurasu_model(row_clues: list[int], col_clues: list[int]) -> ConstraintModel:
    rows, cols = len(row_clues), len(col_clues)
    model = ConstraintModel(rows * cols, 0, 1)
    for r, clue in enumerate(row_clues):
        model.table([r * cols + c for c in range(cols)], lines_by_sum(cols)[clue])
    for c, clue in enumerate(col_clues):
        model.table([r * cols + c for r in range(rows)], lines_by_sum(rows)[clue])
    return model


def format_reveals(rows: int, cols: int, revealed: dict[int, int]) -> str:
    return "\n".join(
        " ".join(
            str(revealed[r * cols + c]) if r * cols + c in revealed else "?" for c in range(cols)
        )
        for r in range(rows)
    )


class KakurasuShading(Environment):
    description = (
        "A 0/1 shading of a grid whose weighted row and column sums match the clues (Kakurasu)"
    )
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "0 1\n1 0"
    catalog_name = "Kakurasu"
    max_answer_chars = 100_000

    def schedule(self, difficulty):
        k = difficulty // 3
        return {"rows": 4 + k // 2, "cols": 4 + (k + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        grid = [[int(rng.random() < 0.5) for _ in range(cols)] for _ in range(rows)]
        row_clues, col_clues = clues_of(grid)
        revealed: list[int] | None = None
        if max(rows, cols) <= UNIQUE_MAX_SIDE:
            model = kakurasu_model(row_clues, col_clues)
            flat = [x for row in grid for x in row]
            revealed = model.add_clues_until_unique(flat, rng=rng, max_nodes=PROOF_NODES)
            if revealed:
                order = rng.sample(revealed, len(revealed))
                revealed = model.remove_clues(flat, order, givens=revealed, max_nodes=PROOF_NODES)
        unique = revealed is not None
        return {
            "row_clues": row_clues,
            "col_clues": col_clues,
            "revealed": [[v, grid[v // cols][v % cols]] for v in (revealed or [])],
            "solution": grid,
            "unique": unique,
        }

    def solve(self, instance):
        return instance["solution"]

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, row)) for row in answer)

    def render(self, instance):
        rows, cols = len(instance["row_clues"]), len(instance["col_clues"])
        revealed = {v: x for v, x in instance["revealed"]}
        reveal_part = (
            "Some cells are already known (1 = shaded, 0 = not shaded, ? = to decide):\n\n"
            f"{format_reveals(rows, cols, revealed)}\n\n"
            if revealed
            else ""
        )
        uniqueness = (
            "Exactly one shading satisfies all of this."
            if instance["unique"]
            else "Any shading that satisfies all of this is accepted."
        )
        return (
            f"Shade some cells of a grid with {rows} rows and {cols} columns. Columns are "
            f"numbered 1 to {cols} from the left and rows 1 to {rows} from the top.\n"
            "- Row clue: the column numbers of the shaded cells in that row add up to it.\n"
            "- Column clue: the row numbers of the shaded cells in that column add up to it.\n"
            "(A clue of 0 means no shaded cell in that line.)\n\n"
            f"Row clues, rows 1 to {rows}: {' '.join(map(str, instance['row_clues']))}\n"
            f"Column clues, columns 1 to {cols}: {' '.join(map(str, instance['col_clues']))}\n\n"
            f"{reveal_part}{uniqueness}\n"
            f"Answer with the grid: {rows} lines, one per row from top to bottom, each with "
            f"{cols} digits separated by spaces, 1 for a shaded cell and 0 for an unshaded one "
            "(for a 2 x 2 grid whose shaded cells are row 1, column 2 and row 2, column 1 you "
            "would write the lines '0 1' and '1 0')."
        )

    def parse(self, text, instance):
        rows, cols = len(instance["row_clues"]), len(instance["col_clues"])
        grid = parse_grid(text, rows, cols, cells={"0", "1"})
        return [[int(x) for x in row] for row in grid]

    def check(self, instance, answer, reference):
        cols = len(instance["col_clues"])
        for v, x in instance["revealed"]:
            if answer[v // cols][v % cols] != x:
                state = "shaded" if x else "not shaded"
                return Verdict.wrong(f"row {v // cols + 1}, column {v % cols + 1} must be {state}")
        row_sums, col_sums = clues_of(answer)
        for kind, got, want in (
            ("row", row_sums, instance["row_clues"]),
            ("column", col_sums, instance["col_clues"]),
        ):
            for i, (g, w) in enumerate(zip(got, want), start=1):
                if g != w:
                    return Verdict.wrong(f"{kind} {i} adds up to {g}, not its clue {w}")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        rows, cols = len(instance["row_clues"]), len(instance["col_clues"])
        grid = [[rng.randint(0, 1) for _ in range(cols)] for _ in range(rows)]
        for v, x in instance["revealed"]:
            grid[v // cols][v % cols] = x
        return self.format_answer(grid)

    def near_misses(self, problem):
        solution = problem.instance["solution"]
        flipped = [list(row) for row in solution]
        flipped[0][0] ^= 1  # row 1 and column 1 change
        misses = [flipped, [[1 - x for x in row] for row in solution], solution[::-1]]
        transposed = [list(col) for col in zip(*solution)]
        if len(transposed) == len(solution):
            misses.append(transposed)
        return [
            self.format_answer(m)
            for m in misses
            if not self.check(problem.instance, m, None).correct
        ]
