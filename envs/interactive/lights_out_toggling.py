"""LightsOutToggling: switch off every light of a Lights Out board, one press per turn, within the
fewest presses that can do it plus two.

An R x C board of lights, some on. Pressing a cell ("press r c") toggles that light and its
orthogonal neighbours; after each press the model sees the whole board. The episode is solved
when every light is off (reward 1); running out of turns earns 0.

Pressing a cell twice undoes it and the order of presses does not matter, so a solution is a set
of cells: the solutions of a board are the solutions of a linear system over GF(2), a particular
solution plus any combination of the "quiet patterns" (press sets that change nothing). The
environment finds them by light chasing (the presses of each row are forced by the lights left on
in the row above, so only the first row's presses are free, and the last row gives C equations
for them) and takes the solution with the fewest presses, searching every combination of quiet
patterns (exact while there are at most 2^16 of them, which covers every level up to d = 100;
beyond that the search keeps 16 of them). The turn limit is that fewest number of presses plus
2, so one stray press can be undone and nothing more. The board comes from pressing a uniformly
random set of cells, so it is a uniformly random solvable board; the scripted policy presses the
cells of the fewest-press solution (recomputed from the current board), top row first.

Difficulty schedule:

    d          0 .. 3   4 .. 7   8 .. 11  ...  20 .. 23  ...  d
    rows R          3        4         5  ...         8  ...  3 + floor(d / 4)
    columns C       4        5         6  ...         9  ...  R + 1
    turns (mean)    8       13        17  ...        37  ...  fewest presses + 2 (about R C / 2)

The board gains a row and a column every four levels. R x (R + 1) boards have few quiet patterns
(none for most R), so the fewest-press solution is nearly unique and must be found, not stumbled
on. Level 0 already has 4095 possible boards, and a blind sequence of presses switches them all
off in well under one episode in a hundred.
"""

from __future__ import annotations

from functools import lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

#: presses allowed beyond the fewest possible
SLACK = 2
#: quiet patterns searched exhaustively for the fewest-press solution (2^16 combinations)
MAX_SEARCHED_PATTERNS = 16


@lru_cache(maxsize=64)
def toggle_masks(rows: int, cols: int) -> tuple[int, ...]:
    """For each cell r * cols + c, the bitmask of the lights its press toggles."""
    masks = []
    for r in range(rows):
        for c in range(cols):
            mask = 1 << (r * cols + c)
            if r > 0:
                mask |= 1 << ((r - 1) * cols + c)
            if r < rows - 1:
                mask |= 1 << ((r + 1) * cols + c)
            if c > 0:
                mask |= 1 << (r * cols + c - 1)
            if c < cols - 1:
                mask |= 1 << (r * cols + c + 1)
            masks.append(mask)
    return tuple(masks)


def board_after(rows: int, cols: int, presses: int) -> int:
    """The lights that the press set ``presses`` (a bitmask of cells) switches on from dark."""
    masks = toggle_masks(rows, cols)
    lit = 0
    cell = 0
    while presses:
        if presses & 1:
            lit ^= masks[cell]
        presses >>= 1
        cell += 1
    return lit


def _chase(rows: int, cols: int, first_row: int, lit: int) -> tuple[int, int]:
    """Light chasing: press ``first_row`` (a C-bit mask) in row 0, then in each next row exactly
    the cells under the lights still on. Returns (every press, as a cell bitmask; the lights left
    on in the last row)."""
    full = (1 << cols) - 1
    presses = 0
    previous, current = 0, first_row
    for r in range(rows):
        presses |= current << (r * cols)
        row_lights = (lit >> (r * cols)) & full
        after = row_lights ^ current ^ ((current << 1) & full) ^ (current >> 1) ^ previous
        previous, current = current, after
    return presses, current


@lru_cache(maxsize=64)
def quiet_patterns(rows: int, cols: int) -> tuple[int, ...]:
    """A basis of the press sets that change nothing (the null space), as cell bitmasks."""
    # the last-row residue is linear in the first-row presses: find its kernel
    columns = [_chase(rows, cols, 1 << j, 0)[1] for j in range(cols)]
    pivots: dict[int, tuple[int, int]] = {}  # pivot bit -> (residue, first-row combination)
    kernel = []
    for j, residue in enumerate(columns):
        combination = 1 << j
        while residue:
            top = residue.bit_length() - 1
            if top not in pivots:
                pivots[top] = (residue, combination)
                break
            residue ^= pivots[top][0]
            combination ^= pivots[top][1]
        if not residue:
            kernel.append(combination)
    return tuple(_chase(rows, cols, first, 0)[0] for first in kernel)


def fewest_presses(rows: int, cols: int, solution: int) -> int:
    """The solution with the fewest presses among ``solution`` plus quiet patterns (ties: the
    smallest bitmask). Exhaustive over up to 2^16 combinations (Gray-code order)."""
    basis = quiet_patterns(rows, cols)[:MAX_SEARCHED_PATTERNS]
    best, current = solution, solution
    for step in range(1, 1 << len(basis)):
        current ^= basis[(step & -step).bit_length() - 1]
        if (current.bit_count(), current) < (best.bit_count(), best):
            best = current
    return best


def render_board(rows: int, cols: int, lit: int) -> str:
    return "\n".join(
        "".join("1" if lit >> (r * cols + c) & 1 else "0" for c in range(cols)) for r in range(rows)
    )


class LightsOutToggling(InteractiveEnvironment):
    description = (
        "Switch off every light of a Lights Out board press by press, within the fewest presses "
        "possible plus two"
    )
    action_example = "press 1 2"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        rows = 3 + difficulty // 4
        return {"rows": rows, "cols": rows + 1}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        cells = rows * cols
        presses = lit = 0
        for _ in range(20):
            presses = rng.getrandbits(cells)
            lit = board_after(rows, cols, presses)
            if lit:
                break
        if not lit:  # 20 draws inside the null space: practically never
            presses, lit = 1, board_after(rows, cols, 1)
        best = fewest_presses(rows, cols, presses)
        return {
            "rows": rows,
            "cols": cols,
            "board": render_board(rows, cols, lit).split("\n"),
            "solution": [cell for cell in range(cells) if best >> cell & 1],  # hidden
            "turn_limit": best.bit_count() + SLACK,
        }

    def render(self, instance):
        rows, cols, limit = instance["rows"], instance["cols"], instance["turn_limit"]
        board = "\n".join(instance["board"])
        return (
            f"A {rows} x {cols} board of lights; 1 means on and 0 means off. Rows are numbered 1 "
            f"to {rows} from the top and columns 1 to {cols} from the left:\n{board}\n"
            "Pressing a cell toggles its light and the lights directly above, below, left and "
            "right of it (those that exist). Switch off every light.\n"
            "Each turn, write one action: press r c, the cell in row r and column c (for example: "
            "press 1 2). After each press I show the whole board.\n"
            f"You have at most {limit} presses."
        )

    def parse_action(self, text, instance):
        words = text.lower().split()
        if len(words) != 3 or words[0] != "press":
            raise ParseError("write: press r c, with r a row number and c a column number")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 12:
                raise ParseError(f"{word[:20]!r} is not a row or column number")
        return int(words[1]), int(words[2])

    def initial_state(self, instance):
        cells = "".join(instance["board"])  # cell r * cols + c is bit r * cols + c
        return {"lit": int(cells[::-1], 2), "pressed": 0}

    def apply(self, instance, state, action):
        rows, cols = instance["rows"], instance["cols"]
        r, c = action
        if not (1 <= r <= rows and 1 <= c <= cols):
            return Outcome(
                f"There is no cell ({r}, {c}): rows are 1 to {rows}, columns 1 to {cols}; nothing "
                "was pressed."
            )
        cell = (r - 1) * cols + (c - 1)
        state["lit"] ^= toggle_masks(rows, cols)[cell]
        state["pressed"] ^= 1 << cell
        if not state["lit"]:
            return Outcome(f"Pressed ({r}, {c}): every light is off.", solved=True)
        on = state["lit"].bit_count()
        board = render_board(rows, cols, state["lit"])
        return Outcome(f"Pressed ({r}, {c}); {on} light{'s' if on != 1 else ''} on:\n{board}")

    def policy(self, instance, state, actions):
        rows, cols = instance["rows"], instance["cols"]
        solution = sum(1 << cell for cell in instance["solution"])
        remaining = solution ^ state["pressed"]  # a solution of the current board
        if len(quiet_patterns(rows, cols)) <= 10:
            remaining = fewest_presses(rows, cols, remaining)
        cell = (remaining & -remaining).bit_length() - 1
        return f"press {cell // cols + 1} {cell % cols + 1}"

    def random_action(self, instance, state, rng):
        return f"press {rng.randint(1, instance['rows'])} {rng.randint(1, instance['cols'])}"
