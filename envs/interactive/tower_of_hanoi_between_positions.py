"""TowerOfHanoiBetweenPositions: move Tower of Hanoi disks one at a time from a given position to
a given goal position, within the fewest moves plus two.

Three pegs A, B, C and n disks of sizes 1..n. A position is any legal placement (on every peg
the disks grow from top to bottom); the task shows a start position and a goal position. Each
turn the model moves the top disk of one peg onto another ("move A C"); a move onto a smaller
disk, from an empty peg or onto the same peg is illegal, changes nothing and costs the turn.
After each move the model sees all three pegs. The episode is solved (reward 1) when the
position equals the goal; running out of turns earns 0.

The fewest moves between two positions: let k be the largest disk placed differently, moving
from peg s to peg g, with t the third peg. Either disk k moves once (disks 1..k-1 gather on t,
k moves to g, then 1..k-1 spread to their goal places), or twice (1..k-1 gather on g, k moves
to t, 1..k-1 move as a tower to s, k moves to g, then 1..k-1 spread out); the fewest moves is
the smaller of the two (Hinz), and gathering k disks onto a peg is the classic recursion. The
turn limit is that number plus 2, so one wrong move can be undone and nothing more. The
scripted policy plays the first move of the better plan, every turn.

Difficulty schedule:

    d              0 .. 7    8 .. 23   24 .. 55   56 .. 119  ...  d
    disks n             5          6          7           8  ...  4 + bit length of floor(d / 8) + 1
    fewest moves >= 8 + d (8 .. 15, 16 .. 31, 32 .. 63, 64 .. 127), at most 2^n - 1
    turns          fewest moves + 2: 10 .. 33 at d = 0, 30 .. 65 at d = 20

The start and goal are uniformly random positions, redrawn until they are at least 8 + d moves
apart (about half of all pairs are, at every level; after 50 draws the two perfect towers on A
and C stand in). The lower bound on the distance grows every level and a disk is added whenever
it nears half the largest distance 2^n - 1; the disk count grows only logarithmically because
the optimal solutions grow like 2^n. Level 0 has tens of thousands of start-goal pairs.
"""

from __future__ import annotations

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

#: moves allowed beyond the fewest possible
SLACK = 2
PEGS = "ABC"
DRAWS = 50


def gather_moves(position: list[int], disks: int, peg: int) -> int:
    """Fewest moves that stack disks 1..disks of ``position`` (position[k - 1]: the peg of disk
    k) on ``peg``: the largest misplaced disk j costs 2^(j-1), the smaller ones then aim for the
    peg that is neither j's nor the target."""
    moves = 0
    for disk in range(disks, 0, -1):
        if position[disk - 1] != peg:
            moves += 1 << (disk - 1)
            peg = 3 - position[disk - 1] - peg
    return moves


def _plans(start: list[int], goal: list[int]) -> tuple[int, int, int, int] | None:
    """(largest differing disk k, its peg, cost of moving k once, cost of moving k twice), or
    None when the positions are equal."""
    disk = len(start)
    while disk and start[disk - 1] == goal[disk - 1]:
        disk -= 1
    if not disk:
        return None
    source, target = start[disk - 1], goal[disk - 1]
    third = 3 - source - target
    once = gather_moves(start, disk - 1, third) + 1 + gather_moves(goal, disk - 1, third)
    twice = (
        gather_moves(start, disk - 1, target)
        + 1
        + (1 << (disk - 1))  # the tower of disk - 1 moves from target to source, then k moves
        + gather_moves(goal, disk - 1, source)
    )
    return disk, source, once, twice


def fewest_moves(start: list[int], goal: list[int]) -> int:
    plans = _plans(start, goal)
    return 0 if plans is None else min(plans[2], plans[3])


def first_gather_move(position: list[int], disks: int, peg: int) -> tuple[int, int] | None:
    """The first (from peg, to peg) move of stacking disks 1..disks on ``peg``, or None if done."""
    move = None
    for disk in range(disks, 0, -1):
        if position[disk - 1] != peg:
            move = (position[disk - 1], peg)
            peg = 3 - position[disk - 1] - peg
    return move


def best_first_move(start: list[int], goal: list[int]) -> tuple[int, int] | None:
    """The first move of a shortest path from ``start`` to ``goal`` (moving the largest differing
    disk once when that is no longer than moving it twice)."""
    plans = _plans(start, goal)
    if plans is None:
        return None
    disk, source, once, twice = plans
    target = goal[disk - 1]
    third = 3 - source - target
    gather_on, disk_to = (third, target) if once <= twice else (target, third)
    return first_gather_move(start, disk - 1, gather_on) or (source, disk_to)


def show(position: list[int]) -> str:
    """'A: 5 3 1 | B: 4 | C: 2' (each peg bottom to top; '-' for an empty peg)."""
    parts = []
    for peg, name in enumerate(PEGS):
        disks = [str(k) for k in range(len(position), 0, -1) if position[k - 1] == peg]
        parts.append(f"{name}: {' '.join(disks) if disks else '-'}")
    return " | ".join(parts)


class TowerOfHanoiBetweenPositions(InteractiveEnvironment):
    description = (
        "Move Tower of Hanoi disks from a given position to a given goal position one move per "
        "turn, within the fewest moves plus two"
    )
    action_example = "move A C"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"disks": 4 + (difficulty // 8 + 1).bit_length(), "min_moves": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        disks, least = sizes["disks"], sizes["min_moves"]
        start = goal = None
        for _ in range(DRAWS):
            start = [rng.randrange(3) for _ in range(disks)]
            goal = [rng.randrange(3) for _ in range(disks)]
            if fewest_moves(start, goal) >= least:
                break
        else:  # the two perfect towers are 2^n - 1 >= 8 + d moves apart for every scheduled d
            start, goal = [0] * disks, [2] * disks
        return {
            "disks": disks,
            "start": start,  # start[k - 1]: the peg (0, 1, 2 for A, B, C) of disk k
            "goal": goal,
            "turn_limit": fewest_moves(start, goal) + SLACK,
        }

    def render(self, instance):
        disks, limit = instance["disks"], instance["turn_limit"]
        return (
            f"Tower of Hanoi with three pegs A, B, C and {disks} disks of sizes 1 (smallest) to "
            f"{disks}. Each peg is listed from its bottom disk to its top disk; '-' is an empty "
            "peg.\n"
            f"Start: {show(instance['start'])}\n"
            f"Goal:  {show(instance['goal'])}\n"
            "Each turn, write one move: move X Y takes the top disk of peg X and puts it on top "
            "of peg Y (for example: move A C). A disk may never be put on a smaller disk. After "
            "each move I show the three pegs. Reach the goal position.\n"
            f"You have at most {limit} moves."
        )

    def parse_action(self, text, instance):
        words = text.upper().split()
        if len(words) != 3 or words[0] != "MOVE" or any(w not in PEGS for w in words[1:]):
            raise ParseError("write: move X Y, with X and Y two of the pegs A, B, C")
        return PEGS.index(words[1]), PEGS.index(words[2])

    def initial_state(self, instance):
        return {"position": list(instance["start"])}

    def apply(self, instance, state, action):
        source, target = action
        position = state["position"]
        names = f"{PEGS[source]} to {PEGS[target]}"
        if source == target:
            return Outcome(f"Moving from {PEGS[source]} to itself does nothing; nothing moved.")
        on_source = [k for k in range(1, len(position) + 1) if position[k - 1] == source]
        if not on_source:
            return Outcome(f"Peg {PEGS[source]} is empty; nothing moved.")
        disk = on_source[0]
        on_target = [k for k in range(1, len(position) + 1) if position[k - 1] == target]
        if on_target and on_target[0] < disk:
            return Outcome(
                f"Disk {disk} cannot go on the smaller disk {on_target[0]} (move {names}); "
                "nothing moved."
            )
        position[disk - 1] = target
        if position == instance["goal"]:
            return Outcome(f"Moved disk {disk} from {names}: the goal is reached.", solved=True)
        return Outcome(f"Moved disk {disk} from {names}. {show(position)}")

    def policy(self, instance, state, actions):
        source, target = best_first_move(state["position"], instance["goal"])
        return f"move {PEGS[source]} {PEGS[target]}"

    def random_action(self, instance, state, rng):
        source, target = rng.sample(range(3), 2)
        return f"move {PEGS[source]} {PEGS[target]}"
