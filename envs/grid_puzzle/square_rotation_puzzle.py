"""SquareRotationPuzzle: clockwise rotations of K x K blocks that turn a start grid into a target.

A grid holds the numbers 1 .. rows * cols, each once. A move picks a K x K block of the grid (K
consecutive rows and K consecutive columns, named by its top-left cell) and rotates it a quarter
turn clockwise. The solver answers with at most ``max_moves`` moves that turn the start grid into
the target grid; any such sequence is accepted (the checker replays it, rejecting blocks that do
not fit inside the grid, sequences over the limit and sequences that end elsewhere).

Instances are planted: the target is a random arrangement and the start is the target after
``max_moves`` counter-clockwise block rotations at random places (never the same block twice in a
row), so rotating the same blocks clockwise in reverse order is a solution of exactly the allowed
length; the rare scrambles that cancel out are redrawn. The reference answer is that undoing;
shorter solutions are equally right.

Difficulty schedule:

    d            0   1   2   3   4  ...  10  ...  12  ...  20  ...  d
    rows         3   3   3   3   4  ...   5  ...   6  ...   8  ...  3 + d // 4
    cols         3   3   4   4   4  ...   6  ...   6  ...   8  ...  3 + (d + 2) // 4
    K            2   2   2   2   2  ...   2  ...   3  ...   3  ...  2 + d // 12
    max_moves    4   4   5   5   6  ...   9  ...  10  ...  14  ...  4 + d // 2

Level 0 is a 3x3 grid with 2x2 blocks (four places to rotate) scrambled by 4 moves, about a
hundred scrambles of which no fixed answer undoes more than a few percent; a move more every two
levels multiplies the search, and the grid and the blocks grow.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError, parse_int_list

from ._tile_puzzles import GridMovePuzzle, numbered_grid_text, shuffled_grid

#: scrambles drawn before accepting one that leaves the grid unchanged (never needed in practice)
REDRAWS = 20

Move = tuple[int, int]  # 1-based top-left cell of the rotated block


def rotate_block(grid: list[list[int]], top: int, left: int, side: int, clockwise: bool) -> None:
    """Rotate the side x side block with 0-based top-left (top, left) a quarter turn, in place."""
    block = [grid[top + i][left : left + side] for i in range(side)]
    for i in range(side):
        for j in range(side):
            if clockwise:  # the block's left column, read bottom-up, becomes its top row
                grid[top + i][left + j] = block[side - 1 - j][i]
            else:
                grid[top + i][left + j] = block[j][side - 1 - i]


def format_moves(moves: list[Move]) -> str:
    return ", ".join(f"{r} {c}" for r, c in moves)


def random_places(rng, rows: int, cols: int, side: int, count: int) -> list[Move]:
    """``count`` random block positions (1-based top-left), never the same one twice in a row."""
    moves: list[Move] = []
    while len(moves) < count:
        move = (rng.randint(1, rows - side + 1), rng.randint(1, cols - side + 1))
        if not moves or moves[-1] != move:
            moves.append(move)
    return moves


class SquareRotationPuzzle(GridMovePuzzle):
    description = "Clockwise K x K block rotations that turn a start grid into a target grid"
    answer_kind = "construction_with_checker"
    answer_example = "1 2, 2 1"
    catalog_name = "TwiddlePuzzle"

    def schedule(self, difficulty):
        return {
            "rows": 3 + difficulty // 4,
            "cols": 3 + (difficulty + 2) // 4,
            "side": 2 + difficulty // 12,
            "max_moves": 4 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, side, count = sizes["rows"], sizes["cols"], sizes["side"], sizes["max_moves"]
        target = shuffled_grid(rng, rows, cols, 1)
        for _ in range(REDRAWS):
            scramble = random_places(rng, rows, cols, side, count)
            start = [row[:] for row in target]
            for r, c in scramble:
                rotate_block(start, r - 1, c - 1, side, clockwise=False)
            if start != target:
                break
        return {
            "start": start,
            "target": target,
            "side": side,
            "max_moves": count,
            "solution": format_moves(scramble[::-1]),
        }

    def render(self, instance):
        start, target, k = instance["start"], instance["target"], instance["side"]
        rows, cols = len(start), len(start[0])
        return (
            f"A grid of {rows} rows and {cols} columns holds the numbers 1 to {rows * cols}, each "
            f"once. Start grid:\n{numbered_grid_text(start)}\n\n"
            f"Target grid:\n{numbered_grid_text(target)}\n\n"
            f"A move picks a {k} x {k} block of the grid ({k} consecutive rows and {k} "
            "consecutive columns, lying entirely inside the grid) and rotates it a quarter turn "
            "clockwise: the block's left column, read from bottom to top, becomes its top row, "
            "and so on. A move is written as the row and column of the block's top-left cell "
            f"(rows numbered 1 to {rows} from the top, columns 1 to {cols} from the left). For "
            "example, with 2 x 2 blocks, the move '1 1' turns a top-left block with rows '1 2' "
            "and '3 4' into rows '3 1' and '4 2'.\n"
            f"Give at most {instance['max_moves']} moves that turn the start grid into the "
            "target grid, in the order they are made, separated by commas (for example: 1 2, "
            "2 1). Any such sequence is accepted."
        )

    def parse(self, text, instance):
        limit = 2 * instance["max_moves"] + 8
        numbers = parse_int_list(text, max_items=2 * limit, max_digits=6)
        if len(numbers) % 2:
            raise ParseError("every move needs two numbers (row and column); got an odd count")
        return [(numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2)]

    def replay(self, instance, moves):
        side = instance["side"]
        grid = [row[:] for row in instance["start"]]
        top_rows, top_cols = len(grid) - side + 1, len(grid[0]) - side + 1
        for number, (r, c) in enumerate(moves, start=1):
            if not (1 <= r <= top_rows and 1 <= c <= top_cols):
                return None, (
                    f"move {number}: a block with top-left cell ({r}, {c}) does not fit in the "
                    f"grid (rows 1..{top_rows}, columns 1..{top_cols})"
                )
            rotate_block(grid, r - 1, c - 1, side, clockwise=True)
        return grid, None

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        rows, cols = len(inst["start"]), len(inst["start"][0])
        return format_moves(random_places(rng, rows, cols, inst["side"], inst["max_moves"]))

    def near_misses(self, problem):
        inst = problem.instance
        moves = self.parse(problem.answer, inst)
        r, c = moves[-1]
        top_rows = len(inst["start"]) - inst["side"] + 1
        return [
            format_moves(moves[:-1]),  # one rotation short
            format_moves(
                moves[:-1] + [(r % top_rows + 1, c)] if top_rows > 1 else moves + moves[-1:]
            ),
            format_moves(moves + [(r, c)] * 4),  # four more turns: same grid, over the limit
            format_moves(moves[:-1] + [(top_rows + 1, c)]),  # block outside the grid
        ]
