"""SlidingTilePuzzleFromScramble: solve a sliding-tile puzzle move by move, within a few moves of
the length of the scramble that made it.

A rows x cols frame holds tiles numbered 1 to rows * cols - 1 and one gap. A move slides a tile
that is next to the gap (above, below, left or right) into it. The goal is the tiles in
reading order (1, 2, 3, ... row by row) with the gap last. The start board was made from the
goal by `scramble` slides (a random walk that never revisits a board), so it is solvable in at
most that many moves; the prompt says so, and the turn limit is that length plus `spare`. Each
turn the feedback shows the board after the move; a move of a tile that is not next to the gap,
or an unreadable one, costs the turn and changes nothing. Reward 1 for reaching the goal within
the limit, 0 otherwise.

The scripted policy walks the scramble back, taking any shortcut it passes: from the current
board it moves to whichever neighbouring board appears earliest on the scramble's path, so it
needs at most `scramble` moves.

Difficulty schedule:

    d          0    1    2    3  ...    5  ...   10  ...   20  ...  d
    rows       3    3    3    3  ...    3  ...    4  ...    5  ...  3 + d // 8
    cols       3    3    3    3  ...    4  ...    4  ...    6  ...  3 + (d + 4) // 8
    scramble  12   14   16   18  ...   22  ...   32  ...   52  ...  12 + 2d
    spare      2    2    2    2  ...    2  ...    3  ...    4  ...  2 + d // 10
    turns     14   16   18   20  ...   24  ...   35  ...   56  ...  scramble + spare

The scramble grows by two slides a level and the frame by a row or a column every four levels,
so the model must plan ever longer near-optimal solutions on larger boards; the spare moves stay
few, so a wandering solution runs out of turns. Level 0 already needs about a dozen exact moves
on the 3 x 3 board (most 12-slide scrambles are 12 moves from the goal): a player sliding at
random practically never finishes, and there are enough different start boards that no
transcript fits many of them.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

GAP = 0


def neighbours(cell: int, rows: int, cols: int) -> list[int]:
    """The cells next to ``cell`` (up, down, left, right), in that order."""
    r, c = divmod(cell, cols)
    out = []
    if r > 0:
        out.append(cell - cols)
    if r < rows - 1:
        out.append(cell + cols)
    if c > 0:
        out.append(cell - 1)
    if c < cols - 1:
        out.append(cell + 1)
    return out


def solved_board(rows: int, cols: int) -> list[int]:
    return list(range(1, rows * cols)) + [GAP]


def slide(board: list[int], tile: int) -> list[int]:
    """The board after ``tile`` (next to the gap) slides into the gap."""
    after = list(board)
    gap, place = board.index(GAP), board.index(tile)
    after[gap], after[place] = tile, GAP
    return after


@lru_cache(maxsize=16)
def path_positions(rows: int, cols: int, tiles_moved: tuple[int, ...]) -> dict[tuple, int]:
    """Each board of the scramble (the goal, then the board after each slide) -> its step."""
    board = solved_board(rows, cols)
    place = {tuple(board): 0}
    for step, tile in enumerate(tiles_moved, start=1):
        board = slide(board, tile)
        place[tuple(board)] = step
    return place


class SlidingTilePuzzleFromScramble(InteractiveEnvironment):
    description = (
        "Solve a sliding-tile puzzle move by move within a few moves of its scramble length"
    )
    action_example = "slide 7"

    def schedule(self, difficulty):
        return {
            "rows": 3 + difficulty // 8,
            "cols": 3 + (difficulty + 4) // 8,
            "scramble": 12 + 2 * difficulty,
            "spare": 2 + difficulty // 10,
        }

    def generate_instance(self, rng, sizes):
        rows, cols, length = sizes["rows"], sizes["cols"], sizes["scramble"]
        board = solved_board(rows, cols)
        seen = {tuple(board)}
        moved: list[int] = []
        while len(moved) < length:
            gap = board.index(GAP)
            options = [board[c] for c in neighbours(gap, rows, cols)]
            fresh = [t for t in options if tuple(slide(board, t)) not in seen]
            if not fresh:  # boxed in by its own past: start over from the goal
                board, seen, moved = solved_board(rows, cols), {tuple(solved_board(rows, cols))}, []
                continue
            tile = rng.choice(fresh)
            board = slide(board, tile)
            seen.add(tuple(board))
            moved.append(tile)
        return {
            "rows": rows,
            "cols": cols,
            "board": board,
            "scramble": moved,
            "turn_limit": length + sizes["spare"],
        }

    def board_text(self, instance, board) -> str:
        width = len(str(instance["rows"] * instance["cols"] - 1))
        cols = instance["cols"]
        cells = [str(t).rjust(width) if t != GAP else "_".rjust(width) for t in board]
        return "\n".join(
            " ".join(cells[r * cols : (r + 1) * cols]) for r in range(instance["rows"])
        )

    def render(self, instance):
        rows, cols = instance["rows"], instance["cols"]
        last = rows * cols - 1
        return (
            f"A sliding-tile puzzle: a {rows} x {cols} frame holds tiles 1 to {last} and one gap "
            "(_). The board now:\n"
            f"{self.board_text(instance, instance['board'])}\n"
            "A move slides one tile that is next to the gap (above, below, left or right of it) "
            f"into the gap. The goal is tiles 1 to {last} in reading order, row by row from the "
            "top, with the gap in the bottom-right corner. This board was made from the goal "
            f"by {len(instance['scramble'])} slides. Write a move as: slide T, with T the tile's "
            "number (for example: slide 7). After each move you see the board. A tile that is "
            "not next to the gap, or an unreadable move, uses up your turn and changes nothing. "
            f"Reach the goal within {instance['turn_limit']} moves."
        )

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) != 2 or words[0] != "slide":
            raise ParseError(
                "write a move as: slide T, with T a tile number (for example: slide 7)"
            )
        if not words[1].isascii() or not words[1].isdigit() or len(words[1]) > 6:
            raise ParseError(f"{words[1][:20]!r} is not a tile number")
        return int(words[1])

    def initial_state(self, instance):
        return {"board": list(instance["board"])}

    def apply(self, instance, state, tile):
        board = state["board"]
        last = instance["rows"] * instance["cols"] - 1
        if not 1 <= tile <= last:
            return Outcome(f"There is no tile {tile}; the tiles are 1 to {last}. Nothing moved.")
        gap = board.index(GAP)
        if board.index(tile) not in neighbours(gap, instance["rows"], instance["cols"]):
            return Outcome(f"Tile {tile} is not next to the gap. Nothing moved.")
        state["board"] = board = slide(board, tile)
        shown = self.board_text(instance, board)
        if board == solved_board(instance["rows"], instance["cols"]):
            return Outcome(f"Slid {tile}. The board:\n{shown}\nSolved.", solved=True)
        return Outcome(f"Slid {tile}. The board:\n{shown}")

    def policy(self, instance, state, actions):
        rows, cols = instance["rows"], instance["cols"]
        place = path_positions(rows, cols, tuple(instance["scramble"]))
        board = state["board"]
        gap = board.index(GAP)
        tiles = [board[c] for c in neighbours(gap, rows, cols)]
        return f"slide {min(tiles, key=lambda t: place.get(tuple(slide(board, t)), len(place)))}"

    def random_action(self, instance, state, rng):
        """A tile next to the gap, drawn uniformly: sliding without a plan."""
        board = state["board"]
        gap = board.index(GAP)
        cell = rng.choice(neighbours(gap, instance["rows"], instance["cols"]))
        return f"slide {board[cell]}"
