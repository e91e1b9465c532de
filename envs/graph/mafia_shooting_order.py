"""MafiaShootingOrder: an order of turns that makes the number of deaths as small (or as large)
as possible when every participant shoots a fixed target.

Participant i has a fixed target t_i (possibly i itself). In the chosen order, each participant
who is still alive at their turn shoots their target, who dies if still alive; dead participants
skip their turn. The instance asks for an order giving the fewest or the most deaths.

Reference orders:
* fewest: a participant nobody living threatens is safe, and a safe participant may shoot at
  once; process safe participants in a queue (each kill may make the victim's target safe), and
  when only cycles remain, let any one of them shoot first (a cycle of length L then loses
  ceil(L/2)).
* most: everybody who is targeted by someone can die, except that a component which is a pure
  cycle of length L >= 2 keeps one survivor. Assign each victim a designated killer (on a cycle
  that has trees hanging off it, one cycle vertex is killed from its tree), let every designated
  killer act before its own killer, and let the non-killers act last, when their targets are
  already dead.
The checker simulates the answer's order and compares the deaths with the optimum (the gold
orders are checked against all N! orders in the tests).

Difficulty schedule (N participants):

    d       0    1    2    5   10   20        d
    N       9   10   12   16   24   39        9 + (3d) // 2

The schedule starts at 9 participants: with 4 or 5 there were too few target patterns (a
fixed order was optimal on a fifth of the seeds, and a level held only 66 distinct problems).

Targets form long chains (see ``chained_targets``) ending in a short cycle or a self-target;
of up to eight draws (targets and goal) the first on which at most one of 32 blind orders
(identity, reversed, 30 random) is optimal is kept (else the best draw), so guessing an order
rarely works. Small "fewest" instances are easy to guess (at N = 4 at least half of all orders
are optimal), so the goal is mostly "most" at low levels (about 93% at d <= 5, 72% at d = 10)
and even from about d = 20. Both constructions and the simulation are linear.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import is_permutation

GOALS = ("fewest", "most")
ATTEMPTS = 8
BLIND_SAMPLES = 30
GOOD_ENOUGH = 1  # blind orders (of 32) that may reach the optimum before the search stops
CHAIN_LINK = 0.7  # chance that a participant aims at the one just before it in the hidden order


def deaths(target: list[int], order: list[int]) -> int:
    alive = [True] * len(target)
    for i in order:
        if alive[i] and alive[target[i]]:
            alive[target[i]] = False
    return alive.count(False)


def fewest_deaths_order(target: list[int]) -> list[int]:
    n = len(target)
    threat = [0] * n  # attackers of v that are neither dead nor have already shot
    for t in target:
        threat[t] += 1
    dead = [False] * n
    done = [False] * n
    queued = [False] * n
    queue = deque(v for v in range(n) if threat[v] == 0)
    for v in queue:
        queued[v] = True
    order = []

    def release(v: int) -> None:
        threat[target[v]] -= 1
        w = target[v]
        if threat[w] == 0 and not (dead[w] or done[w] or queued[w]):
            queued[w] = True
            queue.append(w)

    remaining = iter(range(n))
    while True:
        while queue:
            u = queue.popleft()
            order.append(u)
            done[u] = True
            victim = target[u]
            release(u)
            if not dead[victim]:
                dead[victim] = True
                if not done[victim]:
                    release(victim)
        start = next((v for v in remaining if not (dead[v] or done[v] or queued[v])), None)
        if start is None:
            break
        queued[start] = True  # only cycles are left: let one of them shoot first
        queue.append(start)
    return order + [v for v in range(n) if not done[v]]


def most_deaths_order(target: list[int]) -> list[int]:
    n = len(target)
    attackers: list[list[int]] = [[] for _ in range(n)]
    for i, t in enumerate(target):
        attackers[t].append(i)
    on_cycle = [False] * n
    state = [0] * n
    cycles = []
    for start in range(n):
        trail, v = [], start
        while state[v] == 0:
            state[v] = 1
            trail.append(v)
            v = target[v]
        if state[v] == 1:
            cycle = trail[trail.index(v) :]
            cycles.append(cycle)
            for c in cycle:
                on_cycle[c] = True
        for u in trail:
            state[u] = 2
    killer = [-1] * n
    for v in range(n):
        if attackers[v] and not on_cycle[v]:
            killer[v] = attackers[v][0]
    for cycle in cycles:
        length = len(cycle)
        entry = next(
            (j for j, c in enumerate(cycle) if any(not on_cycle[a] for a in attackers[c])), None
        )
        if (
            entry is None
        ):  # a pure cycle: cycle[0] survives, each later one is shot by its predecessor
            for j in range(1, length):
                killer[cycle[j]] = cycle[j - 1]
            continue
        for j, c in enumerate(cycle):
            if j == entry:
                killer[c] = next(a for a in attackers[c] if not on_cycle[a])
            else:
                killer[c] = cycle[j - 1]
    depth = [-1] * n  # length of the chain v -> killer[v] -> ... ; killers act deepest first

    def chain(v: int) -> int:
        path = []
        while depth[v] < 0 and killer[v] >= 0 and killer[v] != v:
            path.append(v)
            v = killer[v]
        if depth[v] < 0:
            depth[v] = 0
        for u in reversed(path):
            depth[u] = depth[killer[u]] + 1
        return depth[path[0]] if path else depth[v]

    killers = sorted(
        {killer[v] for v in range(n) if killer[v] >= 0 and killer[v] != v}, key=lambda k: -chain(k)
    )
    is_killer = set(killers)
    return killers + [v for v in range(n) if v not in is_killer]


def chained_targets(rng, n: int) -> list[int]:
    """Targets forming long chains: participants in a random order mostly aim at the one just
    before them (sometimes at any earlier one), and the first aims at itself or one of the next
    two, closing a short cycle. Uniform random targets give bushy trees of depth one or two, on
    which most orders are optimal; along a chain the order matters at every link."""
    order = rng.sample(range(n), n)
    target = [0] * n
    target[order[0]] = order[rng.randrange(min(n, 3))]
    for i in range(1, n):
        earlier = i - 1 if rng.random() < CHAIN_LINK else rng.randrange(i)
        target[order[i]] = order[earlier]
    return target


def blind_hits(rng, target: list[int], optimum: int) -> int:
    """How many of a few blind orders (identity, reversed, random) reach ``optimum`` deaths."""
    n = len(target)
    orders = [list(range(n)), list(range(n - 1, -1, -1))]
    orders += [rng.sample(range(n), n) for _ in range(BLIND_SAMPLES)]
    return sum(deaths(target, order) == optimum for order in orders)


class MafiaShootingOrder(Environment):
    description = "An order of turns (each participant shoots a fixed target) giving the fewest or most deaths"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "MafMafia"

    def schedule(self, difficulty):
        return {"participants": 9 + (3 * difficulty) // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["participants"]
        best = None
        for _ in range(ATTEMPTS):  # keep the draw on which blind orders do worst
            goal = rng.choice(GOALS)  # small "fewest" instances are easy, so they lose out here
            target = chained_targets(rng, n)
            order = fewest_deaths_order(target) if goal == "fewest" else most_deaths_order(target)
            optimum = deaths(target, order)
            hits = blind_hits(rng, target, optimum)
            if best is None or hits < best[0]:
                best = (hits, target, goal, optimum)
            if hits <= GOOD_ENOUGH:
                break
        _, target, goal, optimum = best
        return {"target": target, "goal": goal, "optimum": optimum}

    def solve(self, instance):
        target = instance["target"]
        return (
            fewest_deaths_order(target)
            if instance["goal"] == "fewest"
            else most_deaths_order(target)
        )

    def render(self, instance):
        target, goal = instance["target"], instance["goal"]
        n = len(target)
        return (
            f"{n} participants, numbered 0 to {n - 1}, each hold a gun aimed at a fixed target:\n\n"
            f"{' '.join(map(str, target))}\n\n"
            f"(the i-th number, counting from 0, is the target of participant i; a participant may "
            "aim at themselves). The participants take turns in an order you choose, each exactly "
            "once. At their turn, a participant who is still alive shoots their target, who dies if "
            "still alive; a participant who is already dead does nothing.\n"
            f"Choose the order so that the number of participants who die is as "
            f"{'small' if goal == 'fewest' else 'large'} as possible (any such order is accepted).\n"
            f"Answer with the order: all {n} participant numbers separated by spaces, first to act first."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=6, length=len(instance["target"]))

    def check(self, instance, answer, reference):
        target = instance["target"]
        if not is_permutation(answer, len(target)):
            return Verdict.wrong(f"the order must list each of 0..{len(target) - 1} exactly once")
        count = deaths(target, answer)
        if count != instance["optimum"]:
            word = "fewest" if instance["goal"] == "fewest" else "most"
            return Verdict.wrong(f"this order gives {count} deaths, not the {word} possible")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        order = [int(x) for x in problem.answer.split()]
        target = instance["target"]
        other = (
            most_deaths_order(target)
            if instance["goal"] == "fewest"
            else fewest_deaths_order(target)
        )
        misses = [order[:-1] + [order[0]], order[:-1]]
        if deaths(target, other) != instance["optimum"]:
            misses.append(other)
        return [" ".join(map(str, m)) for m in misses]
