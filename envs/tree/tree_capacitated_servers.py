"""Serve every vertex of a tree from a vertex within distance K, using as few capacity-S units as possible.

Each vertex v must be assigned a server s(v): any vertex at distance at most K from v (v itself
allowed). A vertex serving L vertices needs ceil(L / S) units (think fire extinguishers, each
covering S rooms). The solver outputs s(0), ..., s(n-1); any assignment with the fewest units in
total is accepted. Partial credit scale: a valid assignment with more units earns the share of
the gap it closes between a blind baseline B and the optimum, (B - units) / (B - optimum), where
B is the fewest units among 32 assignments in which every vertex picks a server uniformly within
distance K (drawn at generation and stored with the optimum); optimum / units gave such guesses
0.5 to 0.8.

Difficulty schedule (tree size, distance K, capacity S):

    d            0    1    2    3    4    5    10    20    d
    vertices     8   11   14   17   20   23    38    68    8 + 3d
    distance     1    1    1    1    2    2     3     6    1 + d // 4
    capacity     2    2    2    3    3    3     5     8    2 + d // 3

Reference solver (the classical greedy for placing extinguishers): bottom-up, every vertex keeps
the vertices below it still waiting for a server and the spare slots of units already placed
below it, bucketed by depth. A vertex whose waiting list reaches depth K gets new units at once;
pairs of waiting vertex and spare slot whose depths add up to K or K - 1 are matched before
moving up (one level higher they would be too far apart); at the root everything left is matched
within distance, deepest first, and the rest gets new units at the root.

Level 0 has 8 vertices: on 5 a few tiny trees made one assignment optimal on a sixth of a level.
"""

from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
from numba import njit

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list
from rlve_gym.kernels.graph_kernels import balls_within, to_csr
from rlve_gym.scoring import gap_closed_score
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
    """An assignment using the fewest units (greedy described in the module docstring).
    Generation (for the optimum) and ``solve`` ask for the same tree, so recent results are
    kept rather than running the greedy twice."""
    return list(_assign_servers(n, tuple(map(tuple, edges)), distance, capacity))


@lru_cache(maxsize=16)
def _assign_servers(n: int, edges: tuple, distance: int, capacity: int) -> tuple[int, ...]:
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
    return tuple(server_of)


def units_used(server_of: list[int], capacity: int) -> int:
    load: dict[int, int] = {}
    for s in server_of:
        load[s] = load.get(s, 0) + 1
    return sum(-(-count // capacity) for count in load.values())


def _rooted(n: int, edges: list[list[int]]) -> tuple[list[int], list[int]]:
    """Depth and parent of every vertex with the tree rooted at 0."""
    order, parent = bfs_order(adjacency(n, edges), 0)
    depth = [0] * n
    for v in order[1:]:
        depth[v] = depth[parent[v]] + 1
    return depth, parent


def _distance(depth: list[int], parent: list[int], a: int, b: int, limit: int) -> int:
    """Tree distance between a and b, or some value above ``limit`` once it exceeds it."""
    steps = 0
    while a != b and steps <= limit:
        if depth[a] < depth[b]:
            a, b = b, a
        a = parent[a]
        steps += 1
    return steps


BASELINE_SAMPLES = 32


def servers_within(n: int, edges: list[list[int]], distance: int) -> list[list[int]]:
    """For every vertex, the vertices at distance at most ``distance`` (its possible servers)."""
    adj = adjacency(n, edges)
    within = []
    for v in range(n):
        reach, frontier, seen = [v], [v], {v}
        for _ in range(distance):
            frontier = [u for w in frontier for u in adj[w] if u not in seen]
            seen.update(frontier)
            reach += frontier
        within.append(reach)
    return within


def random_assignment(rng: random.Random, within: list[list[int]]) -> list[int]:
    """Every vertex picks a server uniformly within reach: a blind but valid answer."""
    return [rng.choice(options) for options in within]


@njit(cache=True)
def _fewest_blind_units(indptr, targets, distance, capacity, uniforms):
    """The fewest units among the assignments in which, row by row of ``uniforms`` (values in
    [0, 1), one per vertex), every vertex picks a server uniformly among the vertices within
    ``distance`` (found by a BFS cut off there), as ``random_assignment`` does."""
    n = indptr.shape[0] - 1
    reach_start, reach = balls_within(indptr, targets, distance)
    load = np.zeros(n, np.int64)
    best = -1
    for row in range(uniforms.shape[0]):
        load[:] = 0
        for v in range(n):
            count = reach_start[v + 1] - reach_start[v]
            load[reach[reach_start[v] + int(uniforms[row, v] * count)]] += 1
        units = 0
        for u in range(n):
            units += (load[u] + capacity - 1) // capacity
        if best < 0 or units < best:
            best = units
    return best


def blind_units(
    rng: random.Random, n: int, edges: list[list[int]], distance: int, capacity: int
) -> int:
    """The fewest units among ``BASELINE_SAMPLES`` random assignments (each vertex a uniform
    server within reach, like ``random_assignment``), drawn from a numpy generator seeded by one
    draw of ``rng`` and counted compiled instead of thousands of Python-level draws."""
    uniforms = np.random.default_rng(rng.getrandbits(64)).random((BASELINE_SAMPLES, n))
    indptr, targets, _ = to_csr(n, edges, directed=False)
    return int(_fewest_blind_units(indptr, targets, distance, capacity, uniforms))


class TreeCapacitatedServers(Environment):
    description = "Assign every tree vertex a server within distance K minimising capacity-S units"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 1 1 4 4"
    catalog_name = "GasFireExtinguishers"

    def schedule(self, difficulty):
        return {
            "vertices": 8 + 3 * difficulty,
            "distance": 1 + difficulty // 4,
            "capacity": 2 + difficulty // 3,
        }

    def generate_instance(self, rng, sizes):
        n, k, s = sizes["vertices"], sizes["distance"], sizes["capacity"]
        edges = random_tree_edges(rng, n)
        blind = blind_units(rng, n, edges, k, s)
        return {
            "n": n,
            "edges": edges,
            "distance": k,
            "capacity": s,
            "best_units": units_used(assign_servers(n, edges, k, s), s),
            "blind_units": blind,
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
        for server in answer:
            if not 0 <= server < n:
                return Verdict.wrong(f"{server} is not a vertex (vertices are 0..{n - 1})")
        depth, parent = _rooted(n, instance["edges"])
        for v, server in enumerate(answer):
            if _distance(depth, parent, v, server, k) > k:
                return Verdict.wrong(f"vertex {v} is served by {server}, farther than {k} away")
        units = units_used(answer, s)
        best = instance["best_units"]
        if units <= best:
            return Verdict.right()
        return Verdict.wrong(
            f"the assignment uses {units} units, more than necessary",
            score=gap_closed_score(units, best, instance["blind_units"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        within = servers_within(instance["n"], instance["edges"], instance["distance"])
        return " ".join(map(str, random_assignment(rng, within)))

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
