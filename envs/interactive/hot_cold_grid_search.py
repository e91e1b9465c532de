"""HotColdGridSearch: find a hidden cell of a grid from "warmer" / "colder" answers.

The grid has R rows and C columns; one cell is hidden. Each turn the model probes a cell and is
told whether the probe is closer to the hidden cell than its previous probe ("warmer"), farther
("colder") or just as far ("same distance"), distances being Manhattan distances (rows apart
plus columns apart); the first probe gets no comparison. Probing the hidden cell solves the
episode (reward 1); otherwise the reward is 0.

Turn limit: the exact worst case, over every hidden cell, of the scripted strategy. It probes the
top-left corner, then finds the column by probing along the top row: each probe mirrors the
previous one about the middle of the columns still possible, so the answer halves them (a probe
that could not split them, because the mirror image falls off the grid, is replaced by one in
the middle of the possible columns, after which mirroring works again). It then probes the top
cell of that column and finds the row the same way, and probes the cell. With one coordinate
fixed, a Manhattan comparison compares the other coordinate only, so each phase is a
one-dimensional search; ``axis_cost`` plays it for every hidden position, and the limit is 1 +
the worst column phase + the worst row phase (the tests play every cell of small grids).

Difficulty schedule:

    d            0     1     2     3     5    10    20  ...  d
    R (rows)    40    46    52    58    70   100   160  ...  40 + 6d
    C (cols)    48    56    64    72    88   128   208  ...  48 + 8d
    turns       17    17    19    19    20    21    23  ...  1 + column phase(C) + row phase(R)

Both sides grow every level and the limit like 2 log2 of them, so blind probing (about limit /
(R C) of the episodes, under 1 in 100 at d = 0) fails while halving succeeds; a model has to keep both
the interval of possible positions and its last probe in mind.
"""

from __future__ import annotations

from functools import cache

from rlve_gym.answers import ParseError
from rlve_gym.envs.interactive._plans import next_planned_action
from rlve_gym.interactive import InteractiveEnvironment, Outcome

WARMER, COLDER, SAME = "warmer", "colder", "same distance"


def narrow(low: int, high: int, previous: int, probe: int, reply: str) -> tuple[int, int]:
    """The positions in [low, high] consistent with ``reply`` when moving from ``previous`` to
    ``probe`` along one axis (``low > high`` if none)."""
    if probe == previous:
        return low, high
    twice_middle = previous + probe  # t is nearer the probe iff 2t is beyond previous + probe
    if reply == SAME:
        if twice_middle % 2:
            return 1, 0
        return max(low, twice_middle // 2), min(high, twice_middle // 2)
    nearer_probe = reply == WARMER
    if (probe > previous) == nearer_probe:  # t > middle
        return max(low, twice_middle // 2 + 1), high
    return low, min(high, (twice_middle + 1) // 2 - 1)  # t < middle


def reply_for(target: int, previous: int, probe: int) -> str:
    before, now = abs(target - previous), abs(target - probe)
    return WARMER if now < before else COLDER if now > before else SAME


def next_probe(low: int, high: int, previous: int, size: int) -> int:
    """The strategy's next position on an axis of ``size`` positions: the mirror image of the
    previous probe about the middle of [low, high], clamped to the grid; if that could not split
    the interval, the middle of the interval instead."""
    probe = min(max(low + high - previous, 0), size - 1)
    if probe == previous:
        probe = previous + 1 if previous + 1 < size else previous - 1
    parts = [narrow(low, high, previous, probe, r) for r in (WARMER, COLDER, SAME)]
    if any(part == (low, high) for part in parts):
        probe = (low + high) // 2
        if probe == previous:
            probe = previous + 1 if previous + 1 < size else previous - 1
    return probe


def _axis_search(
    low: int, high: int, previous: int, size: int, target: int, found_on_target: bool
) -> int:
    """Probes of a one-dimensional search plus, if its last probe is not the target, the probe
    that moves there. ``found_on_target``: probing the target ends the search (the row phase,
    where the column is already right); in the column phase the row is still unknown, so the
    search goes on until one column is left."""
    probes = 0
    while low < high:
        probe = next_probe(low, high, previous, size)
        probes += 1
        if found_on_target and probe == target:
            return probes
        low, high = narrow(low, high, previous, probe, reply_for(target, previous, probe))
        previous = probe
    return probes + (previous != target)


@cache
def axis_cost(size: int) -> tuple[int, int]:
    """Worst cases of the two phases on an axis of ``size`` positions: the column phase (search
    from the corner, then the probe that moves onto the found column) and the row phase (search
    from row 0 over rows 1.., then the probe of the found cell)."""
    column = max(_axis_search(0, size - 1, 0, size, t, False) for t in range(size))
    row = max((_axis_search(1, size - 1, 0, size, t, True) for t in range(1, size)), default=0)
    return column, row


def turn_limit(rows: int, cols: int) -> int:
    return 1 + axis_cost(cols)[0] + axis_cost(rows)[1]


def _probe_text(row: int, col: int) -> str:
    return f"probe {row + 1} {col + 1}"


def _plan(rows: int, cols: int):
    """The scripted strategy as a generator: yields probes, receives replies."""
    yield _probe_text(0, 0)
    low, high, previous = 0, cols - 1, 0
    while low < high:
        probe = next_probe(low, high, previous, cols)
        reply = yield _probe_text(0, probe)
        low, high = narrow(low, high, previous, probe, reply)
        previous = probe
    column = low
    if previous != column:
        yield _probe_text(0, column)
    low, high, previous = 1, rows - 1, 0
    while low < high:
        probe = next_probe(low, high, previous, rows)
        reply = yield _probe_text(probe, column)
        low, high = narrow(low, high, previous, probe, reply)
        previous = probe
    while True:
        yield _probe_text(low, column)


class HotColdGridSearch(InteractiveEnvironment):
    description = "Find a hidden grid cell from warmer/colder answers (Manhattan distance compared with the previous probe) within the scripted strategy's worst case"
    action_example = "probe 3 5"
    max_answer_chars = 100_000

    def schedule(self, difficulty):
        return {"rows": 40 + 6 * difficulty, "cols": 48 + 8 * difficulty}

    def generate_instance(self, rng, sizes):
        rows, cols = sizes["rows"], sizes["cols"]
        return {
            "rows": rows,
            "cols": cols,
            "hidden": [rng.randrange(rows), rng.randrange(cols)],
            "turn_limit": turn_limit(rows, cols),
        }

    def render(self, instance):
        rows, cols, limit = instance["rows"], instance["cols"], instance["turn_limit"]
        return (
            f"A grid has {rows} rows (numbered 1 to {rows} from the top) and {cols} columns "
            f"(numbered 1 to {cols} from the left). One cell is hidden. Find it.\n"
            "Each turn, probe a cell by writing: probe ROW COLUMN (for example: probe 3 5). The "
            "distance of a cell to the hidden cell is the number of rows plus the number of "
            "columns between them. I answer 'warmer' if your probe is closer to the hidden cell "
            "than your previous probe, 'colder' if it is farther, 'same distance' if it is "
            "equally far (your first probe gets no comparison), or 'found' if you probed the "
            f"hidden cell. You have at most {limit} probes."
        )

    def parse_action(self, text, instance):
        words = text.split()
        if len(words) != 3 or words[0].lower() != "probe":
            raise ParseError("write: probe ROW COLUMN, with two whole numbers")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 9:
                raise ParseError(f"{word[:20]!r} is not a whole number")
        return int(words[1]) - 1, int(words[2]) - 1

    def initial_state(self, instance):
        return {"previous": None, "history": []}

    def apply(self, instance, state, cell):
        row, col = cell
        if not (0 <= row < instance["rows"] and 0 <= col < instance["cols"]):
            return Outcome(
                f"({row + 1}, {col + 1}) is outside the {instance['rows']} x {instance['cols']} "
                "grid; nothing is compared."
            )
        hr, hc = instance["hidden"]
        if (row, col) == (hr, hc):
            return Outcome(f"({row + 1}, {col + 1}): found. Solved.", solved=True)
        distance = abs(row - hr) + abs(col - hc)
        previous = state["previous"]
        state["previous"] = distance
        if previous is None:
            reply = "no comparison yet (first probe)"
        else:
            reply = WARMER if distance < previous else COLDER if distance > previous else SAME
        state["history"].append((_probe_text(row, col), reply))
        return Outcome(f"({row + 1}, {col + 1}): {reply}.")

    def policy(self, instance, state, actions):
        return next_planned_action(
            state, lambda: _plan(instance["rows"], instance["cols"]), state["history"]
        )

    def random_action(self, instance, state, rng):
        return _probe_text(rng.randrange(instance["rows"]), rng.randrange(instance["cols"]))
