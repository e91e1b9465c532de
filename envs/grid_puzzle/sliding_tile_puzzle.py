"""SlidingTilePuzzle: move the blank of a sliding-tile puzzle to turn a start grid into a target.

A grid holds the tiles 1 .. rows * cols - 1 and one blank, written 0. A move slides the blank one
cell up, down, left or right (U, D, L, R): it swaps places with the tile there, and may not leave
the grid. The solver answers with a string of at most ``max_moves`` moves that turns the start
grid into the target grid. Any such string is accepted: the checker replays the moves, so it
rejects moves that leave the grid, strings longer than the limit and strings ending elsewhere.

Instances are planted: the target is a random arrangement, and the start is the target after
``max_moves`` random blank moves (never a move straight back), so undoing them is a solution of
exactly the allowed length; the few walks that return to the target are redrawn. The reference
answer is that undoing (finding a shortest solution of a large sliding puzzle is NP-hard), and
shorter solutions are equally right.

Difficulty schedule:

    d            0   1   2   3   4  ...   6  ...  10  ...  20  ...  d
    rows         3   3   3   3   3  ...   4  ...   4  ...   6  ...  3 + d // 6
    cols         3   3   3   4   4  ...   4  ...   5  ...   6  ...  3 + (d + 3) // 6
    max_moves    6   8  10  12  14  ...  18  ...  26  ...  46  ...  6 + 2d

Level 0 is the 3x3 "eight puzzle" scrambled by 6 moves (a search a person can still do by hand,
but no fixed move string is right on more than a few percent of the seeds); two more moves every
level make the search space grow exponentially, and the board grows every three levels.
"""

from __future__ import annotations

from rlve_gym.grids import MOVES, parse_moves

from ._tile_puzzles import GridMovePuzzle, numbered_grid_text, shuffled_grid

BACK = {"U": "D", "D": "U", "L": "R", "R": "L"}
#: scrambles drawn before accepting one whose start equals the target (never needed in practice)
REDRAWS = 20


def blank_of(grid: list[list[int]]) -> tuple[int, int]:
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == 0:
                return r, c
    raise ValueError("the grid has no blank (0)")


def slide(grid: list[list[int]], moves: str) -> tuple[list[list[int]] | None, str]:
    """The grid after the blank makes ``moves``, or (None, why a move is illegal)."""
    rows, cols = len(grid), len(grid[0])
    state = [row[:] for row in grid]
    r, c = blank_of(state)
    for step, letter in enumerate(moves, start=1):
        dr, dc = MOVES[letter]
        nr, nc = r + dr, c + dc
        if not (0 <= nr < rows and 0 <= nc < cols):
            return None, f"move {step} ({letter}) takes the blank off the grid"
        state[r][c], state[nr][nc] = state[nr][nc], 0
        r, c = nr, nc
    return state, ""


def random_blank_walk(rng, rows: int, cols: int, start: tuple[int, int], length: int) -> str:
    """``length`` legal blank moves from ``start``, never undoing the previous move."""
    r, c = start
    walk = []
    for _ in range(length):
        options = [
            letter
            for letter, (dr, dc) in MOVES.items()
            if 0 <= r + dr < rows and 0 <= c + dc < cols and (not walk or BACK[walk[-1]] != letter)
        ]
        letter = rng.choice(options)
        walk.append(letter)
        r, c = r + MOVES[letter][0], c + MOVES[letter][1]
    return "".join(walk)


class SlidingTilePuzzle(GridMovePuzzle):
    description = "A blank-move string (U/D/L/R) that turns a sliding-tile start grid into a target"
    answer_kind = "string"
    answer_example = "URDL"
    catalog_name = "EightDigitPuzzle"

    def schedule(self, difficulty):
        return {
            "rows": 3 + difficulty // 6,
            "cols": 3 + (difficulty + 3) // 6,
            "max_moves": 6 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, length = sizes["rows"], sizes["cols"], sizes["max_moves"]
        target = shuffled_grid(rng, rows, cols, 0)
        for _ in range(REDRAWS):
            scramble = random_blank_walk(rng, rows, cols, blank_of(target), length)
            start, _ = slide(target, scramble)
            if start != target:
                break
        solution = "".join(BACK[m] for m in reversed(scramble))
        return {"start": start, "target": target, "max_moves": length, "solution": solution}

    def render(self, instance):
        start, target = instance["start"], instance["target"]
        rows, cols = len(start), len(start[0])
        return (
            f"A sliding puzzle on a grid of {rows} rows and {cols} columns holds the tiles 1 to "
            f"{rows * cols - 1} and one empty cell, written 0. Start grid:\n"
            f"{numbered_grid_text(start)}\n\nTarget grid:\n{numbered_grid_text(target)}\n\n"
            "A move slides the empty cell one step: U swaps it with the tile directly above it, "
            "D with the tile directly below, L with the tile to its left and R with the tile to "
            "its right. A move may not take the empty cell off the grid.\n"
            f"Give at most {instance['max_moves']} moves that turn the start grid into the target "
            "grid, written as one string of the letters U, D, L and R in the order they are made "
            "(for example URDL). Any such string is accepted."
        )

    def parse(self, text, instance):
        return parse_moves(text, max_len=2 * instance["max_moves"] + 8)

    def replay(self, instance, moves):
        return slide(instance["start"], moves)

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        start = inst["start"]
        return random_blank_walk(rng, len(start), len(start[0]), blank_of(start), inst["max_moves"])

    def near_misses(self, problem):
        moves = problem.answer
        detour = moves + moves[-1] + BACK[moves[-1]]  # ends right, but two moves over the limit
        other = next(m for m in "UDLR" if m != moves[-1])  # the blank ends on another cell
        return [moves[:-1], detour, moves[:-1] + other]
