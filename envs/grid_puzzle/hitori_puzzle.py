"""HitoriShading: shade cells of a number grid so no number repeats among the unshaded cells.

A grid of numbers is given. The solver shades some cells so that: no number appears twice among
the unshaded cells of any row or any column; no two shaded cells share a side; and the unshaded
cells form one connected area (moving between cells that share a side). The answer is a mask of
'#' (shaded) and '.' (unshaded). Any mask meeting the three rules is correct (there may be
several); scores are binary.

The instance plants a solution: a random Latin rectangle (a cyclic Latin square of order
max(rows, columns) with its rows, columns and symbols permuted, cropped) gives every cell a
number that never repeats in its row or column; cells are then shaded in random order with
probability one half whenever no side neighbour is shaded and the unshaded cells stay connected
(about a quarter of the grid). Each shaded cell then receives a number already shown by an
unshaded cell of its row or column, so every shaded cell hides a repeat and shading nothing is
wrong.

Difficulty schedule (numbers range over 1 .. max(rows, columns)):

    d          0   1   2   3   4  ...  10  ...  20  ...  d
    rows       5   5   6   6   7  ...  10  ...  15  ...  5 + d // 2
    columns    5   6   6   7   7  ...  10  ...  15  ...  5 + (d + 1) // 2

One side grows every level, so the number of repeats to resolve grows quadratically and the
connectivity rule reaches further.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_grid

from ._cell_puzzles import token_grid_text

SHADED, UNSHADED = "#", "."
SHADE_CHANCE = 0.5


def random_latin_rectangle(rng, rows: int, cols: int) -> list[list[int]]:
    order = max(rows, cols)
    row_perm, col_perm, symbols = (rng.sample(range(order), order) for _ in range(3))
    return [
        [symbols[(row_perm[r] + col_perm[c]) % order] + 1 for c in range(cols)] for r in range(rows)
    ]


def _sides(rows: int, cols: int, r: int, c: int):
    for a, b in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
        if 0 <= a < rows and 0 <= b < cols:
            yield a, b


def _still_connected(shaded: list[list[bool]], r: int, c: int) -> bool:
    """Whether the unshaded cells stay connected when (r, c) is shaded too: a search from one
    unshaded side neighbour that stops once it has met all the others."""
    rows, cols = len(shaded), len(shaded[0])
    targets = {cell for cell in _sides(rows, cols, r, c) if not shaded[cell[0]][cell[1]]}
    if len(targets) <= 1:
        return True
    start = targets.pop()
    seen = {start, (r, c)}
    queue = deque([start])
    while queue and targets:
        cell = queue.popleft()
        for nxt in _sides(rows, cols, *cell):
            if nxt not in seen and not shaded[nxt[0]][nxt[1]]:
                seen.add(nxt)
                targets.discard(nxt)
                queue.append(nxt)
    return not targets


def random_shading(rng, rows: int, cols: int) -> list[list[bool]]:
    shaded = [[False] * cols for _ in range(rows)]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    rng.shuffle(cells)
    for r, c in cells:
        if rng.random() >= SHADE_CHANCE:
            continue
        if any(shaded[a][b] for a, b in _sides(rows, cols, r, c)):
            continue
        if _still_connected(shaded, r, c):
            shaded[r][c] = True
    return shaded


def rule_problem(numbers: list[list[int]], mask: list[list[str]]) -> str | None:
    """Why the shading ``mask`` breaks the rules on ``numbers``, or None."""
    rows, cols = len(numbers), len(numbers[0])
    for r in range(rows):
        for c in range(cols):
            if mask[r][c] == SHADED:
                if c + 1 < cols and mask[r][c + 1] == SHADED:
                    return (
                        f"the shaded cells at row {r + 1}, columns {c + 1} and {c + 2} share a side"
                    )
                if r + 1 < rows and mask[r + 1][c] == SHADED:
                    return (
                        f"the shaded cells at column {c + 1}, rows {r + 1} and {r + 2} share a side"
                    )
    for r in range(rows):
        seen = set()
        for c in range(cols):
            if mask[r][c] == UNSHADED:
                if numbers[r][c] in seen:
                    return f"{numbers[r][c]} appears twice among the unshaded cells of row {r + 1}"
                seen.add(numbers[r][c])
    for c in range(cols):
        seen = set()
        for r in range(rows):
            if mask[r][c] == UNSHADED:
                if numbers[r][c] in seen:
                    return (
                        f"{numbers[r][c]} appears twice among the unshaded cells of column {c + 1}"
                    )
                seen.add(numbers[r][c])
    unshaded = [(r, c) for r in range(rows) for c in range(cols) if mask[r][c] == UNSHADED]
    if not unshaded:
        return "every cell is shaded"
    seen = {unshaded[0]}
    queue = deque([unshaded[0]])
    while queue:
        for nxt in _sides(rows, cols, *queue.popleft()):
            if nxt not in seen and mask[nxt[0]][nxt[1]] == UNSHADED:
                seen.add(nxt)
                queue.append(nxt)
    if len(seen) != len(unshaded):
        return "the unshaded cells are not all connected"
    return None


class HitoriShading(Environment):
    description = "A Hitori shading mask: no repeats among unshaded cells, shaded cells apart, unshaded connected"
    answer_kind = "grid"
    multiple_valid_answers = True
    answer_example = "#.\n.."
    catalog_name = "HitoriPuzzle"

    def schedule(self, difficulty):
        return {"rows": 5 + difficulty // 2, "columns": 5 + (difficulty + 1) // 2}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["columns"]
        numbers = random_latin_rectangle(rng, rows, cols)
        shaded = random_shading(rng, rows, cols)
        for r in range(rows):
            for c in range(cols):
                if shaded[r][c]:
                    seen = {numbers[r][b] for b in range(cols) if not shaded[r][b]}
                    seen |= {numbers[a][c] for a in range(rows) if not shaded[a][c]}
                    seen.discard(numbers[r][c])
                    numbers[r][c] = rng.choice(sorted(seen))
        mask = ["".join(SHADED if s else UNSHADED for s in row) for row in shaded]
        return {"numbers": numbers, "solution": mask}

    def solve(self, instance):
        return "\n".join(instance["solution"])

    def render(self, instance):
        numbers = instance["numbers"]
        rows, cols = len(numbers), len(numbers[0])
        return (
            f"Here is a grid of numbers with {rows} rows and {cols} columns:\n"
            f"{token_grid_text([[str(v) for v in row] for row in numbers])}\n\n"
            "Shade some of the cells so that:\n"
            "1. no number appears more than once among the unshaded cells of any row, and none "
            "appears more than once among the unshaded cells of any column;\n"
            "2. no two shaded cells share a side (they may touch at a corner);\n"
            "3. all unshaded cells are connected: from any unshaded cell you can reach any other "
            "by moving up, down, left or right through unshaded cells only.\n"
            f"Answer with {rows} lines of {cols} characters: '#' for a shaded cell and '.' for an "
            "unshaded cell. For example, a 2 x 2 grid with only its top-left cell shaded is "
            "written as the lines #. and .. . If several shadings work, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        numbers = instance["numbers"]
        return parse_grid(text, len(numbers), len(numbers[0]), cells={SHADED, UNSHADED})

    def check(self, instance, answer, reference):
        why = rule_problem(instance["numbers"], answer)
        return Verdict.right() if why is None else Verdict.wrong(why)

    def random_answer(self, problem, rng, other):
        """A random shading with shaded cells apart and the unshaded cells connected."""
        numbers = problem.instance["numbers"]
        shaded = random_shading(rng, len(numbers), len(numbers[0]))
        return "\n".join("".join(SHADED if s else UNSHADED for s in row) for row in shaded)

    def near_misses(self, problem):
        mask = [list(line) for line in problem.answer.split("\n")]
        rows, cols = len(mask), len(mask[0])
        misses = [[[UNSHADED] * cols for _ in range(rows)]]  # nothing shaded: repeats remain
        r, c = next((r, c) for r in range(rows) for c in range(cols) if mask[r][c] == SHADED)
        one_less = [list(row) for row in mask]  # one repeat left unshaded
        one_less[r][c] = UNSHADED
        misses.append(one_less)
        for a, b in _sides(rows, cols, r, c):  # a shaded neighbour added
            beside = [list(row) for row in mask]
            beside[a][b] = SHADED
            misses.append(beside)
            break
        return ["\n".join("".join(row) for row in m) for m in misses]
