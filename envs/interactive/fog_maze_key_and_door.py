"""FogMazeKeyAndDoor: in a maze covered by fog, find the key, then the door it opens.

The maze is a grid of open cells (.) and walls (#) whose open cells form a perfect maze (one
route between any two cells). The model knows the grid's size and its own position, and sees
only the 3 x 3 block around it (itself as @, the key as K, the door as D; outside the grid
reads as wall). Each turn it moves one cell (U, D, L or R); a move into a wall costs the turn.
Stepping on the key picks it up; stepping on the door while holding the key solves the episode
(reward 1). Stepping on the door without the key does nothing. Otherwise the reward is 0.

The key is the cell farthest from the start and the door the cell farthest from the key, so
both lie at dead ends far apart.

Turn limit: W(start, key) + W(key, door), where W(a, b) = 2 (number of cells outside the part of
the maze hanging beyond b, seen from a, minus 1) - route(a, b) is the most moves any depth-first
exploration from a needs to reach b. The scripted policy explores depth-first from the start and
walks straight to the key once it is in view; then, if the door is already known, walks there,
else explores depth-first from the key, skipping branches its first search finished, and walks
to the door once in view. Each phase is a depth-first exploration of (part of) the maze cut
short, so it stays within its W.

Difficulty schedule (rooms r x c are carved into a (2r - 1) x (2c - 1) grid):

    d            0     1     2     3     5    10    20  ...  d
    rooms      4x4   4x4   4x4   4x4   4x5   5x5   6x7  ...  (4 + d // 8) x (4 + (d + 4) // 8)
    grid       7x7   7x7   7x7   7x7   7x9   9x9 11x13  ...  (2r - 1) x (2c - 1)
    turns      ~75   ~75   ~75   ~75   ~97  ~123  ~218  ...  W(start, key) + W(key, door)

Rows and columns of rooms grow in turn, one of them every four levels, so the maze grows
quadratically; the limit, a few moves per open cell, is already long, which is why the growth is
slow. Level 0 has 16 rooms (31 open cells): on smaller mazes other episodes' move lists, replayed
blindly, too often fit. A random walk must cross the maze twice, end to end, and fails almost
always within the limit.
"""

from __future__ import annotations

from collections import deque

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._plans import next_planned_action
from rlve_gym.grids import MOVES, carve_maze
from rlve_gym.interactive import InteractiveEnvironment, Outcome

Cell = tuple[int, int]


def _open_neighbours(grid: list[str], cell: Cell) -> list[tuple[str, Cell]]:
    r, c = cell
    out = []
    for letter, (dr, dc) in MOVES.items():
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            out.append((letter, (nr, nc)))
    return out


def _rooted(grid: list[str], root: Cell) -> tuple[dict[Cell, int], dict[Cell, int]]:
    """Distances from ``root`` over the open cells, and each cell's subtree size (the maze is a
    tree rooted at ``root``)."""
    dist, parent, order = {root: 0}, {root: None}, [root]
    for cell in order:
        for _, nxt in _open_neighbours(grid, cell):
            if nxt not in dist:
                dist[nxt], parent[nxt] = dist[cell] + 1, cell
                order.append(nxt)
    size = dict.fromkeys(order, 1)
    for cell in reversed(order):
        if parent[cell] is not None:
            size[parent[cell]] += size[cell]
    return dist, size


def worst_exploration(grid: list[str], source: Cell, goal: Cell) -> int:
    """The most moves a depth-first exploration from ``source`` needs to first reach ``goal``."""
    dist, size = _rooted(grid, source)
    return 2 * (len(dist) - size[goal]) - dist[goal]


def view(grid: list[str], at: Cell, key: Cell | None, door: Cell) -> list[str]:
    """The 3 x 3 block around ``at`` (``key`` None once picked up)."""
    rows = []
    for r in range(at[0] - 1, at[0] + 2):
        line = ""
        for c in range(at[1] - 1, at[1] + 2):
            if (r, c) == at:
                line += "@"
            elif not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] == "#":
                line += "#"
            elif (r, c) == key:
                line += "K"
            elif (r, c) == door:
                line += "D"
            else:
                line += "."
        rows.append(line)
    return rows


def _route(known: dict[Cell, str], source: Cell, goal: Cell) -> str:
    """Moves of the shortest route from ``source`` to ``goal`` over known open cells."""
    back = {source: None}
    queue = deque([source])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for letter, (dr, dc) in MOVES.items():
            nxt = (cell[0] + dr, cell[1] + dc)
            if nxt not in back and known.get(nxt, "#") != "#":
                back[nxt] = (cell, letter)
                queue.append(nxt)
    moves = []
    cell = goal
    while back.get(cell) is not None:
        cell, letter = back[cell]
        moves.append(letter)
    return "".join(reversed(moves))


def _plan(instance):
    """The scripted policy as a generator: yields moves, receives (position, view rows)."""
    at = tuple(instance["start"])
    known: dict[Cell, str] = {}

    def look(position: Cell, rows: list[str]) -> None:
        for i, line in enumerate(rows):
            for j, ch in enumerate(line):
                known[(position[0] - 1 + i, position[1] - 1 + j)] = "." if ch == "@" else ch

    look(at, view(instance["grid"], at, tuple(instance["key"]), tuple(instance["door"])))

    def step(letter: str):
        nonlocal at
        position, rows = yield letter
        at = tuple(position)
        look(at, rows)

    def seen(mark: str) -> Cell | None:
        return next((cell for cell, ch in known.items() if ch == mark), None)

    def fresh(cell: Cell, entered: dict, skip) -> list[tuple[str, Cell]]:
        out = []
        for letter, (dr, dc) in MOVES.items():
            nxt = (cell[0] + dr, cell[1] + dc)
            if known.get(nxt, "#") != "#" and nxt not in entered and not skip(nxt):
                out.append((letter, nxt))
        return out

    def back_letter(cell: Cell, to: Cell) -> str:
        return next(k for k, (dr, dc) in MOVES.items() if (cell[0] + dr, cell[1] + dc) == to)

    # phase 1: depth-first from the start until the key is in view
    entered: dict[Cell, Cell | None] = {at: None}
    finished: set[Cell] = set()
    while seen("K") is None:
        options = fresh(at, entered, lambda cell: False)
        if options:
            entered[options[0][1]] = at
            yield from step(options[0][0])
        else:
            finished.add(at)
            yield from step(back_letter(at, entered[at]))
    for letter in _route(known, at, seen("K")):
        yield from step(letter)
    known[at] = "."  # the key is picked up
    # phase 2: depth-first from the key, skipping branches phase 1 finished
    first_entered = entered
    entered = {at: None}
    while seen("D") is None:
        options = fresh(
            at, entered, lambda cell, here=at: cell in finished and first_entered.get(cell) == here
        )
        if options:
            entered[options[0][1]] = at
            yield from step(options[0][0])
        else:
            yield from step(back_letter(at, entered[at]))
    for letter in _route(known, at, seen("D")):
        yield from step(letter)
    while True:
        yield "U"


class FogMazeKeyAndDoor(InteractiveEnvironment):
    description = "In a maze seen only 3 x 3 around you, find the key and then the door it opens, within the worst-case depth-first-search move budget"
    action_example = "L"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"room_rows": 4 + difficulty // 8, "room_cols": 4 + (difficulty + 4) // 8}

    def generate_instance(self, rng, sizes):
        grid = carve_maze(rng, sizes["room_rows"], sizes["room_cols"])
        cells = [(r, c) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == "."]
        start = rng.choice(cells)
        from_start, _ = _rooted(grid, start)
        key = max(cells, key=lambda cell: (from_start[cell], cell))
        from_key, _ = _rooted(grid, key)
        door = max((c for c in cells if c != start), key=lambda cell: (from_key[cell], cell))
        limit = worst_exploration(grid, start, key) + worst_exploration(grid, key, door)
        return {
            "grid": grid,
            "start": list(start),
            "key": list(key),
            "door": list(door),
            "turn_limit": limit,
        }

    def render(self, instance):
        grid = instance["grid"]
        start = tuple(instance["start"])
        sight = view(grid, start, tuple(instance["key"]), tuple(instance["door"]))
        return (
            f"You are in a maze of {len(grid)} rows and {len(grid[0])} columns of cells (row 1 is "
            "the top, column 1 the left); each cell is open or a wall, and there is exactly one "
            "route between any two open cells. Fog hides the maze: you see only the 3 x 3 block "
            "around you, where @ is you, . an open cell, # a wall (also outside the maze), K the "
            "key and D the door.\n"
            "Somewhere are a key and a door. Pick up the key by stepping on it, then step on the "
            "door while holding it to win (the door stays shut without the key).\n"
            f"You start in row {start[0] + 1}, column {start[1] + 1}, and see:\n"
            + "\n".join(sight)
            + "\nEach turn, move one cell by writing one letter: U (up), D (down), L (left) or R "
            "(right). Moving into a wall uses the turn and you stay. You have at most "
            f"{instance['turn_limit']} moves."
        )

    def parse_action(self, text, instance):
        words = text.split()
        if len(words) == 2 and words[0].lower() == "move":
            words = words[1:]
        if len(words) != 1 or words[0].upper() not in MOVES:
            raise ParseError("write one move: U, D, L or R")
        return words[0].upper()

    def initial_state(self, instance):
        return {"at": tuple(instance["start"]), "has_key": False, "history": []}

    def apply(self, instance, state, move):
        grid = instance["grid"]
        r, c = state["at"]
        dr, dc = MOVES[move]
        nr, nc = r + dr, c + dc
        if not (0 <= nr < len(grid) and 0 <= nc < len(grid[0])) or grid[nr][nc] == "#":
            return Outcome(f"Wall: you stay in row {r + 1}, column {c + 1}.")
        state["at"] = (nr, nc)
        if [nr, nc] == instance["key"] and not state["has_key"]:
            state["has_key"] = True
            event = " You pick up the key."
        elif [nr, nc] == instance["door"]:
            if state["has_key"]:
                return Outcome("You open the door with the key. Solved.", solved=True)
            event = " The door is locked; you need the key."
        else:
            event = ""
        key = None if state["has_key"] else tuple(instance["key"])
        sight = view(grid, (nr, nc), key, tuple(instance["door"]))
        state["history"].append((move, ((nr, nc), sight)))
        return Outcome("\n".join(sight) + f"\nYou are in row {nr + 1}, column {nc + 1}.{event}")

    def policy(self, instance, state, actions):
        return next_planned_action(state, lambda: _plan(instance), state["history"])

    def random_action(self, instance, state, rng):
        return rng.choice("UDLR")
