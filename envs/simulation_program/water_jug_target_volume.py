"""WaterJugTargetVolume: fill, empty and pour jugs until one holds exactly the target volume.

Three jugs with distinct integer capacities start empty. "Fill i" fills jug i to the brim, "Empty i" empties
it, and "Pour i j" pours from jug i into jug j until jug i is empty or jug j is full. The solver
gives at most M actions after which some jug holds exactly T litres; every such sequence is
correct and the checker replays it. Scores are binary.

The generator runs a breadth-first search over
every state (v1, v2, v3) (a Numba kernel; at most (C+1)^3 states) to find, for each volume, the
fewest actions after which some jug holds it, and picks the target among the hardest volumes
(those within one action of the largest such count); the search's path is the reference and
M = that count + 4. Capacities with no volume needing at least 4 actions are redrawn.
(Targets planted by a random walk, excluding only volumes reachable in 3 actions, were too easy
to guess: the fixed answer "Fill 2; Fill 3; Pour 2 1; Pour 3 1" was right on 18% of seeds.)

Difficulty schedule (capacities drawn from [3, max_capacity]):

    d              0   1   2   3  ...  10  ...  20  ...  d
    max_capacity  35  36  37  38  ...  45  ...  55  ...  35 + d

Larger capacities make the hardest volumes need more actions (the fewest actions grow with the
capacities) and the arithmetic longer. Level 0 already allows capacities up to 35: with 15, a
fixed sequence of actions was right on 11% of seeds (small jugs have few volumes). The number
of jugs stays at three: the exact search covers (C+1)^N states, which a fourth jug would make
too large at high levels.
"""

from __future__ import annotations

import re

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError

REDRAWS = 30
MIN_DEPTH = 4
SLACK = 4
JUGS = 3
#: 0-based (source, destination) of the six pour actions, numbered 6..11 after fill 0-2, empty 3-5
POURS = ((0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1))
_ACTION = re.compile(r"(fill|empty)\s+(\d{1,6})|(pour)\s+(\d{1,6})\s+(\d{1,6})", re.IGNORECASE)


def act(volumes: list[int], capacities: list[int], action: tuple) -> list[int]:
    """Volumes after one 0-based action ("fill", i), ("empty", i) or ("pour", i, j)."""
    out = list(volumes)
    if action[0] == "fill":
        out[action[1]] = capacities[action[1]]
    elif action[0] == "empty":
        out[action[1]] = 0
    else:
        i, j = action[1], action[2]
        amount = min(out[i], capacities[j] - out[j])
        out[i] -= amount
        out[j] += amount
    return out


def all_actions(n: int) -> list[tuple]:
    actions: list[tuple] = [("fill", i) for i in range(n)] + [("empty", i) for i in range(n)]
    actions += [("pour", i, j) for i in range(n) for j in range(n) if i != j]
    return actions


@njit(cache=True)
def _jug_search(c0, c1, c2, pours):
    """BFS over all states of three jugs from (0, 0, 0). Returns per state its distance and the
    (parent state, action) that first reached it, and per volume v the fewest actions after
    which some jug holds v (-1 if never) with a state achieving it."""
    caps = np.array([c0, c1, c2])
    total = (c0 + 1) * (c1 + 1) * (c2 + 1)
    dist = np.full(total, -1, np.int32)
    parent = np.full(total, -1, np.int32)
    action = np.full(total, -1, np.int8)
    top = max(c0, max(c1, c2))
    depth = np.full(top + 1, -1, np.int32)
    where = np.full(top + 1, -1, np.int32)
    queue = np.empty(total, np.int32)
    queue[0] = 0
    dist[0] = 0
    head, tail = 0, 1
    vol = np.zeros(3, np.int64)
    nxt = np.zeros(3, np.int64)
    while head < tail:
        s = queue[head]
        head += 1
        vol[2] = s % (c2 + 1)
        vol[1] = (s // (c2 + 1)) % (c1 + 1)
        vol[0] = s // ((c2 + 1) * (c1 + 1))
        for k in range(3):
            v = vol[k]
            if depth[v] < 0:
                depth[v] = dist[s]
                where[v] = s
        for a in range(12):
            for k in range(3):
                nxt[k] = vol[k]
            if a < 3:
                nxt[a] = caps[a]
            elif a < 6:
                nxt[a - 3] = 0
            else:
                i = pours[a - 6, 0]
                j = pours[a - 6, 1]
                amount = min(vol[i], caps[j] - vol[j])
                nxt[i] -= amount
                nxt[j] += amount
            t = (nxt[0] * (c1 + 1) + nxt[1]) * (c2 + 1) + nxt[2]
            if dist[t] < 0:
                dist[t] = dist[s] + 1
                parent[t] = s
                action[t] = a
                queue[tail] = t
                tail += 1
    return depth, where, parent, action


def hardest_volumes(capacities: list[int]) -> tuple[dict[int, int], object]:
    """(fewest actions for each reachable volume other than 0, search result for paths)."""
    result = _jug_search(*capacities, np.array(POURS, dtype=np.int64))
    depth = result[0]
    return {v: int(depth[v]) for v in range(1, len(depth)) if depth[v] > 0}, result


def path_to(result, capacities: list[int], volume: int) -> list[tuple]:
    """The search's action sequence (0-based tuples) ending with ``volume`` in some jug."""
    _, where, parent, action = result
    s, plan = int(where[volume]), []
    while s != 0:
        a = int(action[s])
        if a < 3:
            plan.append(("fill", a))
        elif a < 6:
            plan.append(("empty", a - 3))
        else:
            plan.append(("pour", *POURS[a - 6]))
        s = int(parent[s])
    return plan[::-1]


def action_text(action: tuple) -> str:
    if action[0] == "pour":
        return f"Pour {action[1] + 1} {action[2] + 1}"
    return f"{action[0].capitalize()} {action[1] + 1}"


class WaterJugTargetVolume(Environment):
    description = "Fill/Empty/Pour actions on jugs that leave exactly the target volume in some jug"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "Fill 2; Pour 2 1"
    catalog_name = "JugPuzzle"

    def schedule(self, difficulty):
        return {"max_capacity": 35 + difficulty}

    def generate_instance(self, rng, sizes):
        top = sizes["max_capacity"]
        for _ in range(REDRAWS):
            capacities = rng.sample(range(3, top + 1), JUGS)
            depths, result = hardest_volumes(capacities)
            deepest = max(depths.values())
            if deepest >= MIN_DEPTH:
                break
        else:  # consecutive capacities: volumes near the top need many actions
            capacities = [top, top - 1, top - 2]
            depths, result = hardest_volumes(capacities)
            deepest = max(depths.values())
        hard = sorted(v for v, k in depths.items() if k >= deepest - 1 and v not in capacities)
        target = rng.choice(hard)
        return {
            "capacities": capacities,
            "target": target,
            "max_actions": depths[target] + SLACK,
            "plan": [list(a) for a in path_to(result, capacities, target)],
        }

    def solve(self, instance):
        return [tuple(a) for a in instance["plan"]]

    def format_answer(self, answer):
        return "; ".join(action_text(a) for a in answer)

    def render(self, instance):
        caps = instance["capacities"]
        n = len(caps)
        listing = "\n".join(f"jug {i}: capacity {c} litres" for i, c in enumerate(caps, start=1))
        return (
            f"There are {n} jugs, all empty at the start:\n{listing}\n\n"
            "Allowed actions:\n"
            "  Fill i     - fill jug i to its capacity\n"
            "  Empty i    - pour all water out of jug i\n"
            "  Pour i j   - pour water from jug i into jug j (i different from j) until jug i is "
            "empty or jug j is full, whichever comes first\n"
            f"Using at most {instance['max_actions']} actions, make some jug contain exactly "
            f"{instance['target']} litres at the end.\n"
            "Answer with the actions in order, separated by semicolons or on separate lines (for "
            "example Fill 2; Pour 2 1). Any sequence that works is accepted."
        )

    def parse(self, text, instance):
        limit = instance["max_actions"]
        if len(text) > 24 * (limit + 1):
            raise ParseError(f"answer is too long for at most {limit} actions")
        parts = [p.strip() for p in re.split(r"[;\n]", text) if p.strip()]
        if len(parts) > limit:
            raise ParseError(f"{len(parts)} actions given, at most {limit} allowed")
        n = len(instance["capacities"])
        actions = []
        for k, part in enumerate(parts, start=1):
            m = _ACTION.fullmatch(part)
            if m is None:
                shown = part if len(part) <= 20 else part[:20] + "..."
                raise ParseError(f"action {k} ({shown!r}) is not Fill i, Empty i or Pour i j")
            if m.group(1):
                jugs = [int(m.group(2))]
                name = m.group(1).lower()
            else:
                jugs = [int(m.group(4)), int(m.group(5))]
                name = "pour"
            if any(not 1 <= j <= n for j in jugs):
                raise ParseError(f"action {k} names a jug outside 1..{n}")
            if name == "pour" and jugs[0] == jugs[1]:
                raise ParseError(f"action {k} pours a jug into itself")
            actions.append((name, *[j - 1 for j in jugs]))
        return actions

    def check(self, instance, answer, reference):
        caps = instance["capacities"]
        volumes = [0] * len(caps)
        for action in answer:
            volumes = act(volumes, caps, action)
        if instance["target"] in volumes:
            return Verdict.right()
        return Verdict.wrong(
            f"at the end the jugs hold {' '.join(map(str, volumes))}, none of them "
            f"{instance['target']}"
        )

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["capacities"])
        actions = all_actions(n)
        length = rng.randint(1, problem.instance["max_actions"])
        return "; ".join(action_text(rng.choice(actions)) for _ in range(length))

    def near_misses(self, problem):
        inst = problem.instance
        plan = [tuple(a) for a in inst["plan"]]
        n = len(inst["capacities"])
        candidates = [
            plan[:-1],
            plan + [("empty", j) for j in range(n)],
        ]
        misses = [
            "; ".join(action_text(a) for a in c)
            for c in candidates
            if not self.check(inst, c, None).correct
        ]
        misses.append(f"Fill {n + 1}")
        return misses
