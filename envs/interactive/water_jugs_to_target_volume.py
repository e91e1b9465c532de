"""WaterJugsToTargetVolume: measure out given volumes with three jugs, a tap and a sink, one step
per turn, within the fewest steps plus two.

Three unmarked jugs of given whole-litre capacities start empty. Each turn the model fills a jug
from the tap ("fill 2"), empties one into the sink ("empty 1"), or pours one into another until
the first is empty or the second is full ("pour 1 2"); after each step it sees every jug's
volume. The task names a target volume for every jug (for example 4, 0 and 7 litres); the episode
is solved (reward 1) as soon as all three jugs hold their target volumes at once; running out of
turns earns 0. A step that changes nothing (filling a full jug, pouring from an empty one) costs
the turn.

The fewest steps come from breadth-first search over the volumes reachable from three empty jugs;
the turn limit is that number plus 2: room for two wasted steps or a short detour, no more (an
emptying throws water away, and refilling it usually takes longer). The target is drawn uniformly among the reachable
volume triples that need at least a scheduled number of steps (the farthest ones when none do,
after at most 10 draws of capacities). The scripted policy follows the search's shortest path
to the target (from anywhere else, a step that lowers the fewest steps left).

A target for a single jug ("some jug holds 6 litres") is what the classic puzzle asks, but with
two or three jugs one fixed routine of fills and pours (fill 1, pour 1 2, fill 1, ...) then hits
the target volume on one problem in seven to twelve at the low levels: naming every jug's volume
makes the path specific to the problem.

Difficulty schedule:

    d                 0    1    2    3  ...   10  ...   20  ...  d
    jugs              3    3    3    3  ...    3  ...    3  ...  3
    capacities <=    12   12   13   13  ...   17  ...   22  ...  12 + floor(d / 2) (distinct, >= 3)
    fewest steps >=   6    6    6    6  ...    7  ...    8  ...  6 + floor(d / 10)
    turns (mean)     10   10   10   10  ...   12  ...   13  ...  fewest steps + 2

The capacities grow every two levels, so the reachable volumes multiply (about 500 triples at
level 0, tens of thousands past d = 100) and the far targets move further away; the required
fewest steps grow every ten levels, as far as the reachable volumes of three jugs allow.
"""

from __future__ import annotations

from collections import deque
from functools import lru_cache

from rlve_gym.answers import ParseError
from rlve_gym.interactive import InteractiveEnvironment, Outcome

#: steps allowed beyond the fewest possible
SLACK = 2
JUGS = 3
CAPACITY_DRAWS = 10

Volumes = tuple[int, ...]


def step(volumes: Volumes, capacities: Volumes, action: tuple) -> Volumes:
    """The volumes after ``action``: ("fill", i), ("empty", i) or ("pour", i, j), 0-based."""
    after = list(volumes)
    if action[0] == "fill":
        after[action[1]] = capacities[action[1]]
    elif action[0] == "empty":
        after[action[1]] = 0
    else:
        source, target = action[1], action[2]
        amount = min(after[source], capacities[target] - after[target])
        after[source] -= amount
        after[target] += amount
    return tuple(after)


def moves(volumes: Volumes, capacities: Volumes):
    """(action, volumes after it) for every action that changes something, in policy order."""
    jugs = len(volumes)
    for i in range(jugs):
        if volumes[i] != capacities[i]:
            yield ("fill", i), volumes[:i] + (capacities[i],) + volumes[i + 1 :]
    for i in range(jugs):
        if not volumes[i]:
            continue
        for j in range(jugs):
            if i != j and volumes[j] < capacities[j]:
                after = list(volumes)
                amount = min(volumes[i], capacities[j] - volumes[j])
                after[i] -= amount
                after[j] += amount
                yield ("pour", i, j), tuple(after)
    for i in range(jugs):
        if volumes[i]:
            yield ("empty", i), volumes[:i] + (0,) + volumes[i + 1 :]


@lru_cache(maxsize=64)
def search_tree(capacities: Volumes) -> dict[Volumes, tuple]:
    """Breadth-first search from all-empty: every reachable set of volumes -> (fewest steps,
    the volumes before the last step, that step). Cached: callers must not change it."""
    start = (0,) * len(capacities)
    tree: dict[Volumes, tuple] = {start: (0, None, None)}
    queue = deque([start])
    while queue:
        here = queue.popleft()
        steps = tree[here][0] + 1
        for action, there in moves(here, capacities):
            if there not in tree:
                tree[there] = (steps, here, action)
                queue.append(there)
    return tree


@lru_cache(maxsize=64)
def steps_to_target(capacities: Volumes, target: Volumes) -> dict[Volumes, int]:
    """Fewest steps from every reachable set of volumes to ``target``: breadth-first search
    backwards over the reachable step graph (the policy's fallback off its own path)."""
    arrivals: dict[Volumes, list[Volumes]] = {}
    for here in search_tree(capacities):
        for _, there in moves(here, capacities):
            arrivals.setdefault(there, []).append(here)
    distance = {target: 0}
    queue = deque([target])
    while queue:
        here = queue.popleft()
        for before in arrivals.get(here, ()):
            if before not in distance:
                distance[before] = distance[here] + 1
                queue.append(before)
    return distance


def describe(action: tuple) -> str:
    if action[0] == "pour":
        return f"pour {action[1] + 1} {action[2] + 1}"
    return f"{action[0]} {action[1] + 1}"


class WaterJugsToTargetVolume(InteractiveEnvironment):
    description = (
        "Measure given volumes into three jugs with a tap and a sink (fill, empty, pour), "
        "within the fewest steps plus two"
    )
    action_example = "fill 1"
    max_answer_chars = 400_000

    def schedule(self, difficulty):
        return {"capacity": 12 + difficulty // 2, "min_steps": 6 + difficulty // 10}

    def generate_instance(self, rng, sizes):
        best = None  # (capacities, candidate targets, their fewest steps)
        for _ in range(CAPACITY_DRAWS):
            capacities = tuple(rng.sample(range(3, sizes["capacity"] + 1), JUGS))
            distance = {v: node[0] for v, node in search_tree(capacities).items()}
            far = [v for v, steps in distance.items() if steps >= sizes["min_steps"]]
            if far:
                best = (capacities, far, sizes["min_steps"])
                break
            farthest = max(distance.values())
            if best is None or farthest > best[2]:
                best = (capacities, [v for v, s in distance.items() if s == farthest], farthest)
        capacities, candidates, _ = best
        target = rng.choice(sorted(candidates))
        return {
            "capacities": list(capacities),
            "target": list(target),
            "turn_limit": search_tree(capacities)[target][0] + SLACK,
        }

    def render(self, instance):
        capacities, target = instance["capacities"], instance["target"]
        jugs = ", ".join(f"jug {i} holds {c} litres" for i, c in enumerate(capacities, start=1))
        wanted = ", ".join(f"{v} litres in jug {i}" for i, v in enumerate(target, start=1))
        return (
            f"There are {len(capacities)} empty jugs without markings: {jugs} when full. There "
            f"is a tap and a sink. Reach exactly {wanted}, all at the same time.\n"
            "Each turn, write one step:\n"
            "- fill i: fill jug i to the brim from the tap;\n"
            "- empty i: pour all of jug i into the sink;\n"
            "- pour i j: pour jug i into jug j until jug i is empty or jug j is full.\n"
            "After each step I tell you how much every jug holds.\n"
            f"You have at most {instance['turn_limit']} steps."
        )

    def parse_action(self, text, instance):
        words = text.lower().split()
        if not words or words[0] not in ("fill", "empty", "pour"):
            raise ParseError("write: fill i, empty i, or pour i j")
        expected = 3 if words[0] == "pour" else 2
        if len(words) != expected:
            raise ParseError(f"write: {'pour i j' if words[0] == 'pour' else words[0] + ' i'}")
        for word in words[1:]:
            if not word.isdigit() or len(word) > 12:
                raise ParseError(f"{word[:20]!r} is not a jug number")
        return (words[0], *(int(w) - 1 for w in words[1:]))

    def initial_state(self, instance):
        return {"volumes": [0] * len(instance["capacities"])}

    def apply(self, instance, state, action):
        capacities = tuple(instance["capacities"])
        jugs = len(capacities)
        for jug in action[1:]:
            if not 0 <= jug < jugs:
                return Outcome(f"There is no jug {jug + 1} (jugs 1 to {jugs}); nothing changed.")
        if action[0] == "pour" and action[1] == action[2]:
            return Outcome("Pour one jug into another; nothing changed.")
        before = tuple(state["volumes"])
        after = step(before, capacities, action)
        if after == before:
            return Outcome(f"'{describe(action)}' changes nothing. {_volumes(capacities, after)}")
        state["volumes"] = list(after)
        if state["volumes"] == instance["target"]:
            return Outcome(
                f"{_volumes(capacities, after)} Every jug holds its target.", solved=True
            )
        return Outcome(_volumes(capacities, after))

    def policy(self, instance, state, actions):
        capacities, target = tuple(instance["capacities"]), tuple(instance["target"])
        here = tuple(state["volumes"])
        tree = search_tree(capacities)
        path = [target]  # the search tree's shortest path, from the target back to the start
        while tree[path[-1]][1] is not None:
            path.append(tree[path[-1]][1])
        if here in path[1:]:
            return describe(tree[path[path.index(here) - 1]][2])
        distance = steps_to_target(capacities, target)  # off that path: search backwards
        for action, there in moves(here, capacities):
            if distance.get(there) == distance.get(here, 0) - 1:
                return describe(action)
        return "fill 1"  # the target cannot be reached from here (never on the policy's path)

    def random_action(self, instance, state, rng):
        jugs = len(instance["capacities"])
        kind = rng.choice(("fill", "empty", "pour"))
        if kind == "pour":
            source, target = rng.sample(range(1, jugs + 1), 2)
            return f"pour {source} {target}"
        return f"{kind} {rng.randint(1, jugs)}"


def _volumes(capacities: Volumes, volumes: Volumes) -> str:
    parts = [f"jug {i}: {v}/{c}" for i, (v, c) in enumerate(zip(volumes, capacities), start=1)]
    return "Now " + ", ".join(parts) + "."
