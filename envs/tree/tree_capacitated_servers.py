"""Serve every vertex of a tree from a vertex within distance K, using as few capacity-S units as possible.

Each vertex v must be assigned a server s(v): any vertex at distance at most K from v (v itself
allowed). A vertex serving L vertices needs ceil(L / S) units (think fire extinguishers, each
covering S rooms). The solver outputs s(0), ..., s(n-1); any assignment with the fewest units in
total is accepted. A valid one with more units earns partial credit only for beating a blind
guess: (A - units) / (A - optimum), where A is the average number of units when every vertex
picks a server uniformly within distance K (100 samples from a generator seeded by the instance,
so verdicts are deterministic); optimum / units gave such guesses 0.5 to 0.8.

Difficulty schedule (tree size, distance K, capacity S):

    d            0    1    2    3    4    5    10    20    d
    vertices     5    8   11   14   17   20    35    65    5 + 3d
    distance     1    1    1    1    2    2     3     6    1 + d // 4
    capacity     2    2    2    3    3    3     5     8    2 + d // 3

Reference solver (the classical greedy for placing extinguishers): bottom-up, every vertex keeps
the vertices below it still waiting for a server and the spare slots of units already placed
below it, bucketed by depth. A vertex whose waiting list reaches depth K gets new units at once;
pairs of waiting vertex and spare slot whose depths add up to K or K - 1 are matched before
moving up (one level higher they would be too far apart); at the root everything left is matched
within distance, deepest first, and the rest gets new units at the root.
"""

from __future__ import annotations

import random

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    bfs_order,
    children_lists,
    distances_from,
    random_tree_edges,
    tree_statement,
)


def _match(waiting: list[int], spare: list[list[int]], server_of: list[int]) -> None:
    """Serve waiting vertices from spare slots ``[server, free]`` while both last (in place)."""
    while waiting and spare:
        slot = spare[-1]
        server_of[waiting.pop()] = slot[0]
        slot[1] -= 1
        if slot[1] == 0:
            spare.pop()


def assign_servers(n: int, edges: list[list[int]], distance: int, capacity: int) -> list[int]:
    """An assignment using the fewest units (greedy described in the module docstring)."""
    order, parent = bfs_order(adjacency(n, edges), 0)
    children = children_lists(parent)
    server_of = [-1] * n
    waiting: list[list[list[int]]] = [[] for _ in range(n)]  # waiting[v][i]: depth i below v
    spare: list[list[list[list[int]]]] = [[] for _ in range(n)]  # spare[v][j]: slots at depth j
    for v in reversed(order):
        need = [[] for _ in range(distance + 1)]
        have: list[list[list[int]]] = [[] for _ in range(distance + 1)]
        for c in children[v]:
            for i in range(distance):
                need[i + 1] += waiting[c][i]
                have[i + 1] += spare[c][i]
            # spare slots at depth `distance` below c cannot reach anything new: dropped
        need[0].append(v)
        if v == 0:  # the root: match within reach, deepest first; new units here for the rest
            for i in range(distance, -1, -1):
                for j in range(distance - i + 1):
                    _match(need[i], have[j], server_of)
            for bucket in need:
                for u in bucket:
                    server_of[u] = 0
            break
        if need[distance]:  # these cannot wait any longer: new units at v
            count = len(need[distance])
            for u in need[distance]:
                server_of[u] = v
            need[distance] = []
            free = -(-count // capacity) * capacity - count
            if free:
                have[0].append([v, free])
        for reach in (distance, distance - 1):  # one level up these pairs would be too far apart
            for i in range(reach + 1):
                _match(need[i], have[reach - i], server_of)
        waiting[v], spare[v] = need, have
        for c in children[v]:
            waiting[c], spare[c] = [], []  # merged into v; free the memory
    return server_of


def units_used(server_of: list[int], capacity: int) -> int:
    load: dict[int, int] = {}
    for s in server_of:
        load[s] = load.get(s, 0) + 1
    return sum(-(-count // capacity) for count in load.values())


BASELINE_SAMPLES = 100


def random_assignment_units(n: int, edges: list[list[int]], distance: int, capacity: int) -> float:
    """Average units of ``BASELINE_SAMPLES`` assignments in which every vertex picks a server
    uniformly among the vertices within ``distance``; the generator is seeded by the instance."""
    rng = random.Random(f"{n}|{sorted(map(tuple, edges))}|{distance}|{capacity}")
    adj = adjacency(n, edges)
    within = []
    for v in range(n):
        dist = distances_from(adj, v)
        within.append([u for u in range(n) if dist[u] <= distance])
    total = 0
    for _ in range(BASELINE_SAMPLES):
        total += units_used([rng.choice(options) for options in within], capacity)
    return total / BASELINE_SAMPLES


class TreeCapacitatedServers(Environment):
    description = "Assign every tree vertex a server within distance K minimising capacity-S units"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 1 1 4 4"
    catalog_name = "GasFireExtinguishers"

    def schedule(self, difficulty):
        return {
            "vertices": 5 + 3 * difficulty,
            "distance": 1 + difficulty // 4,
            "capacity": 2 + difficulty // 3,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {
            "n": n,
            "edges": random_tree_edges(rng, n),
            "distance": sizes["distance"],
            "capacity": sizes["capacity"],
        }

    def solve(self, instance):
        return assign_servers(
            instance["n"], instance["edges"], instance["distance"], instance["capacity"]
        )

    def render(self, instance):
        n, k, s = instance["n"], instance["distance"], instance["capacity"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "The distance between two vertices is the number of edges on the path between them. Every "
            f"vertex v must be served by a vertex s(v) at distance at most {k} from v (s(v) = v is "
            f"allowed). A vertex that serves L vertices (counting itself if it serves itself) needs "
            f"ceil(L / {s}) units. Choose s(0), s(1), ..., s({n - 1}) so that the total number of units "
            f"over all vertices is as small as possible. Output the {n} numbers s(0) s(1) ... "
            f"s({n - 1}) separated by spaces (for example, for the path 0 - 1 - 2 - 3 - 4 with "
            "distance 1 and capacity 3, the answer 1 1 1 4 4 uses 2 units)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n, k, s = instance["n"], instance["distance"], instance["capacity"]
        if len(answer) != n:
            return Verdict.wrong(f"expected {n} numbers, one server per vertex, got {len(answer)}")
        adj = adjacency(n, instance["edges"])
        for v, server in enumerate(answer):
            if not 0 <= server < n:
                return Verdict.wrong(f"{server} is not a vertex (vertices are 0..{n - 1})")
            if distances_from(adj, v)[server] > k:
                return Verdict.wrong(f"vertex {v} is served by {server}, farther than {k} away")
        units = units_used(answer, s)
        best = units_used(assign_servers(n, instance["edges"], k, s), s)
        if units <= best:
            return Verdict.right()
        blind = random_assignment_units(n, instance["edges"], k, s)
        return Verdict.wrong(
            f"the assignment uses {units} units, more than necessary",
            score=constraint_score(blind - units, blind - best),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        servers = [int(t) for t in problem.answer.split()]
        adj = adjacency(instance["n"], instance["edges"])
        misses = [" ".join(map(str, servers[:-1]))]
        far = distances_from(adj, 0)
        target = max(range(instance["n"]), key=lambda v: far[v])
        if far[target] > instance["distance"]:
            misses.append(" ".join(map(str, [target] + servers[1:])))
        misses.append(" ".join(str(v) for v in range(instance["n"])))  # everyone serves itself
        return [m for m in misses if m != problem.answer] if len(misses) > 1 else misses
