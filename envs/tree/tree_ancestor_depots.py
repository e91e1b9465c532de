"""Choose K depots in a rooted tree minimising weighted distance to the nearest depot above.

The tree is rooted at vertex 0, which is always a depot; edges have lengths and every vertex v
has a load c(v). Each vertex ships its load up towards the root to its nearest depot among itself
and its ancestors, at cost c(v) times the distance. The solver picks exactly K further depots
(distinct, not the root) minimising the total cost. Any optimal choice is accepted. A valid
choice with a higher cost earns partial credit only for beating a blind guess: (E - cost) /
(E - optimum), where E is the exact expected cost of K depots drawn uniformly at random (optimum /
cost gave random choices 0.5 to 0.7).

Difficulty schedule (tree size, extra depots K, largest edge length, largest load):

    d            0    1    2    3    4    5    10    20    d
    vertices     5    8   11   14   17   20    35    65    5 + 3d
    depots       2    2    2    2    3    3     4     7    2 + d // 4
    max length   5    5    6    6    7    7    10    15    5 + d // 2
    max load     9    9    9    9    9    9     9     9    9

Reference solver (as for placing sawmills along rivers): for every vertex v, every ancestor a
that could be v's nearest depot above it, and every count k, the least cost of v's subtree with k
depots inside it; children merge by a min-plus knapsack. ``O(n * depth * K^2)``; the chosen set
is read back by redoing the merges top-down.
"""

from __future__ import annotations

from fractions import Fraction
from math import comb

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import format_edges, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    children_lists,
    random_recursive_parents,
    relabel_parents,
    root_weighted_tree,
    vertex_set_problem,
)

INFINITE = float("inf")


def _merge(left: list[float], right: list[float], cap: int) -> list[float]:
    out = [INFINITE] * (cap + 1)
    for i, x in enumerate(left):
        if x == INFINITE:
            continue
        for j in range(cap + 1 - i):
            if x + right[j] < out[i + j]:
                out[i + j] = x + right[j]
    return out


def _split(tables: list[list[float]], total: int, cap: int) -> list[int]:
    """How many depots each of ``tables`` gets so that their min-plus sum at ``total`` is reached."""
    prefix = [[0.0] + [INFINITE] * cap]
    for table in tables:
        prefix.append(_merge(prefix[-1], table, cap))
    counts = [0] * len(tables)
    for i in range(len(tables) - 1, -1, -1):
        target = prefix[i + 1][total]
        counts[i] = next(
            j for j in range(total + 1) if prefix[i][total - j] + tables[i][j] == target
        )
        total -= counts[i]
    return counts


class _Solver:
    """The DP tables for one instance; ``cost(v, a)[k]`` as described in the module docstring."""

    def __init__(self, n: int, edges: list[list[int]], loads: list[int], depots: int):
        self.loads, self.cap = loads, depots
        order, parent, length = root_weighted_tree(n, edges, 0)
        self.children = children_lists(parent)
        depth = [0] * n
        for v in order[1:]:
            depth[v] = depth[parent[v]] + length[v]
        self.depth = depth
        ancestors: list[list[int]] = [[] for _ in range(n)]
        for v in order[1:]:
            ancestors[v] = ancestors[parent[v]] + [parent[v]]
        self.table: dict[tuple[int, int], list[float]] = {}
        for v in reversed(order[1:]):
            for a in ancestors[v]:
                keep, place = self._options(v, a)
                self.table[(v, a)] = [min(x, y) for x, y in zip(keep, place, strict=False)]

    def _options(self, v: int, above: int) -> tuple[list[float], list[float]]:
        """Least costs of v's subtree per depot count: v not a depot / v a depot."""
        keep = [0.0] + [INFINITE] * self.cap
        place = [0.0] + [INFINITE] * self.cap
        for c in self.children[v]:
            keep = _merge(keep, self.table[(c, above)], self.cap)
            place = _merge(place, self.table[(c, v)], self.cap)
        keep = [x + self.loads[v] * (self.depth[v] - self.depth[above]) for x in keep]
        place = [INFINITE] + place[:-1]  # v itself uses one depot
        return keep, place

    def best(self) -> tuple[int, list[int]]:
        root_tables = [self.table[(c, 0)] for c in self.children[0]]
        total = [0.0] + [INFINITE] * self.cap
        for t in root_tables:
            total = _merge(total, t, self.cap)
        chosen = []
        stack = [
            (c, 0, k)
            for c, k in zip(self.children[0], _split(root_tables, self.cap, self.cap), strict=False)
        ]
        while stack:
            v, above, k = stack.pop()
            keep, place = self._options(v, above)
            if place[k] <= keep[k]:
                chosen.append(v)
                tables, k, above = [self.table[(c, v)] for c in self.children[v]], k - 1, v
            else:
                tables = [self.table[(c, above)] for c in self.children[v]]
            stack += [
                (c, above, j)
                for c, j in zip(self.children[v], _split(tables, k, self.cap), strict=False)
            ]
        return int(total[self.cap]), sorted(chosen)


def shipping_cost(n: int, edges: list[list[int]], loads: list[int], depots: list[int]) -> int:
    """Total cost when ``depots`` (plus the root) are the depots."""
    order, parent, length = root_weighted_tree(n, edges, 0)
    is_depot = [False] * n
    for v in depots:
        is_depot[v] = True
    is_depot[0] = True
    distance_up = [0] * n  # distance from v to its nearest depot at or above it
    for v in order[1:]:
        distance_up[v] = 0 if is_depot[v] else distance_up[parent[v]] + length[v]
    return sum(load * dist for load, dist in zip(loads, distance_up, strict=False))


def random_depots_cost(n: int, edges: list[list[int]], loads: list[int], depots: int) -> Fraction:
    """Expected total cost when the ``depots`` extra depots are a uniformly random set of the
    vertices 1..n-1. Vertex v ships to the first depot on its way up: with v = a_0, a_1, ...
    its non-root ancestors, none of a_0..a_{j-1} is a depot with probability
    C(n - 1 - j, K) / C(n - 1, K)."""
    order, parent, length = root_weighted_tree(n, edges, 0)
    depth = [0] * n
    for v in order[1:]:
        depth[v] = depth[parent[v]] + length[v]
    all_sets = comb(n - 1, depots)
    expected = Fraction(0)
    for v in order[1:]:
        chain = [v]
        while parent[chain[-1]] > 0:
            chain.append(parent[chain[-1]])
        for j, a in enumerate(chain):  # a is the first depot
            first_here = comb(n - 1 - j, depots) - comb(n - 2 - j, depots)
            expected += loads[v] * (depth[v] - depth[a]) * Fraction(first_here, all_sets)
        expected += loads[v] * depth[v] * Fraction(comb(n - 1 - len(chain), depots), all_sets)
    return expected


class TreeAncestorDepots(Environment):
    description = (
        "K extra depots in a rooted tree minimising load times distance to the nearest depot above"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 5"
    catalog_name = "MinimumTreeWeightedDominatingAncestor"

    def schedule(self, difficulty):
        return {
            "vertices": 5 + 3 * difficulty,
            "depots": 2 + difficulty // 4,
            "max_length": 5 + difficulty // 2,
            "max_load": 9,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        parent, _ = relabel_parents(rng, random_recursive_parents(rng, n), keep_root=True)
        edges = [
            [p, v, rng.randint(1, sizes["max_length"])] for v, p in enumerate(parent) if p >= 0
        ]
        rng.shuffle(edges)
        loads = [0] + [rng.randint(1, sizes["max_load"]) for _ in range(n - 1)]
        return {"n": n, "edges": edges, "loads": loads, "depots": sizes["depots"]}

    def solve(self, instance):
        return _Solver(
            instance["n"], instance["edges"], instance["loads"], instance["depots"]
        ).best()[1]

    def render(self, instance):
        n, k = instance["n"], instance["depots"]
        return (
            f"A tree has {n} vertices, numbered 0 to {n - 1}, and is rooted at vertex 0. Its {n - 1} "
            'edges are listed below, one per line; a line "p v w" means p is the parent of v and the '
            f"edge between them has length w.\n{format_edges(instance['edges'])}\n\n"
            f"The loads of vertices 0, 1, ..., {n - 1}, in order, are:\n{' '.join(map(str, instance['loads']))}\n\n"
            f"The root is a depot. Choose exactly {k} more depots among vertices 1 to {n - 1} (all "
            "different). Each vertex v sends its load to the nearest depot on the path from v up to "
            "the root (v itself if v is a depot), at a cost of load(v) times the total length of the "
            "edges between v and that depot. Make the total cost as small as possible. Output the "
            f"{k} chosen vertices separated by spaces, in any order (for example: 3 5)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["depots"] + 1)

    def check(self, instance, answer, reference):
        n, k = instance["n"], instance["depots"]
        problem = vertex_set_problem(answer, n, k, "depots")
        if problem:
            return Verdict.wrong(problem)
        if 0 in answer:
            return Verdict.wrong("the root 0 is already a depot; choose among vertices 1 and up")
        cost = shipping_cost(n, instance["edges"], instance["loads"], answer)
        best = _Solver(n, instance["edges"], instance["loads"], k).best()[0]
        if cost <= best:
            return Verdict.right()
        blind = random_depots_cost(n, instance["edges"], instance["loads"], k)
        return Verdict.wrong(
            f"the total cost {cost} is not the smallest possible",
            score=float(constraint_score(blind - cost, blind - best)),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        n, edges, loads = instance["n"], instance["edges"], instance["loads"]
        chosen = [int(t) for t in problem.answer.split()]
        best = shipping_cost(n, edges, loads, chosen)
        misses = [" ".join(map(str, chosen[:-1] + [0])), " ".join(map(str, chosen[:-1]))]
        for v in range(1, n):  # swap the last depot for a worse vertex
            if v not in chosen and shipping_cost(n, edges, loads, chosen[:-1] + [v]) > best:
                misses.append(" ".join(map(str, chosen[:-1] + [v])))
                break
        return misses
