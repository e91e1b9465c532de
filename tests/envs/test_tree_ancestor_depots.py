"""TreeAncestorDepots against exhaustive search over every depot set (networkx for distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.envs.tree.tree_ancestor_depots import (
    BASELINE_SAMPLES,
    best_depots,
    shipping_cost,
)
from rlve_gym.problem import Problem
from rlve_gym.provenance import remember
from rlve_gym.trees import (
    children_lists,
    random_recursive_parents,
    relabel_parents,
    root_weighted_tree,
)

ENV = rlve_gym.make("TreeAncestorDepots")

INFINITE = float("inf")


def list_merge(left: list[float], right: list[float], cap: int) -> list[float]:
    out = [INFINITE] * (cap + 1)
    for i, x in enumerate(left):
        if x == INFINITE:
            continue
        for j in range(cap + 1 - i):
            if x + right[j] < out[i + j]:
                out[i + j] = x + right[j]
    return out


def list_split(tables: list[list[float]], total: int, cap: int) -> list[int]:
    """How many depots each of ``tables`` gets so that their min-plus sum at ``total`` is reached."""
    prefix = [[0.0] + [INFINITE] * cap]
    for table in tables:
        prefix.append(list_merge(prefix[-1], table, cap))
    counts = [0] * len(tables)
    for i in range(len(tables) - 1, -1, -1):
        target = prefix[i + 1][total]
        counts[i] = next(
            j for j in range(total + 1) if prefix[i][total - j] + tables[i][j] == target
        )
        total -= counts[i]
    return counts


class ListSolver:
    """The earlier reference: the same DP on Python lists and dicts, kept as an oracle."""

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
            keep = list_merge(keep, self.table[(c, above)], self.cap)
            place = list_merge(place, self.table[(c, v)], self.cap)
        keep = [x + self.loads[v] * (self.depth[v] - self.depth[above]) for x in keep]
        place = [INFINITE] + place[:-1]  # v itself uses one depot
        return keep, place

    def best(self) -> tuple[int, list[int]]:
        root_tables = [self.table[(c, 0)] for c in self.children[0]]
        total = [0.0] + [INFINITE] * self.cap
        for t in root_tables:
            total = list_merge(total, t, self.cap)
        chosen = []
        stack = [
            (c, 0, k)
            for c, k in zip(
                self.children[0], list_split(root_tables, self.cap, self.cap), strict=False
            )
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
                for c, j in zip(self.children[v], list_split(tables, k, self.cap), strict=False)
            ]
        return int(total[self.cap]), sorted(chosen)


def cost_table(n, edges, loads, k):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(map(tuple, edges))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    paths = nx.shortest_path(graph, source=0)
    table = {}
    for chosen in combinations(range(1, n), k):
        depots = set(chosen) | {0}
        total = 0
        for v in range(n):
            nearest = next(a for a in reversed(paths[v]) if a in depots)  # walk up from v
            total += loads[v] * dist[v][nearest]
        table[chosen] = total
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("difficulty", [0, 1, 2, 4])
def test_solver_matches_exhaustive_search(difficulty):
    for seed in range(6 if difficulty < 4 else 2):
        inst = ENV.generate(difficulty, seed).instance
        table = cost_table(inst["n"], inst["edges"], inst["loads"], inst["depots"])
        best, chosen = best_depots(inst["n"], inst["edges"], inst["loads"], inst["depots"])
        assert best == min(table.values())
        assert table[tuple(chosen)] == best
        for depots, value in list(table.items())[:15]:
            assert shipping_cost(inst["n"], inst["edges"], inst["loads"], list(depots)) == value


def test_solver_on_random_shapes_and_depot_counts():
    rng = random.Random(6)
    for _ in range(60):
        n = rng.randint(2, 8)
        parent = [-1] + [rng.randrange(i) for i in range(1, n)]
        edges = [[p, v, rng.randint(1, 4)] for v, p in enumerate(parent) if p >= 0]
        loads = [0] + [rng.randint(1, 5) for _ in range(n - 1)]
        for k in range(1, n):
            table = cost_table(n, edges, loads, k)
            best, chosen = best_depots(n, edges, loads, k)
            assert best == min(table.values()) and table[tuple(chosen)] == best


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_optimal_sets(seed):
    problem = ENV.generate(1, seed)
    inst = problem.instance
    table = cost_table(inst["n"], inst["edges"], inst["loads"], inst["depots"])
    best = min(table.values())
    assert inst["best_cost"] == best
    blind = inst["blind_cost"]  # the best of 128 random choices, drawn at generation
    assert blind in table.values() and blind >= best
    for chosen, value in table.items():
        result = ENV.check(inst, list(reversed(chosen)), None)
        assert result.correct == (value == best)
        if value > best:
            expected = max(0.0, (blind - value) / (blind - best)) if blind > best else 0.0
            assert result.score == pytest.approx(min(expected, 0.99))


def test_random_depots_earn_little_partial_credit():
    rng = random.Random(8)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            inst = problem.instance
            chosen = rng.sample(range(1, inst["n"]), inst["depots"])
            result = answer(problem, " ".join(map(str, chosen)))
            if not result.correct:
                scores.append(result.score)
        assert sum(scores) / len(scores) < 0.3


def test_invalid_choices_have_reasons():
    # chain 0 -2- 1 -3- 2 -1- 3 with loads 0 4 5 6, two depots
    instance = {
        "n": 4,
        "edges": [[0, 1, 2], [1, 2, 3], [2, 3, 1]],
        "loads": [0, 4, 5, 6],
        "depots": 2,
        "best_cost": 6,
        "blind_cost": 15,
    }
    problem = Problem("TreeAncestorDepots", 0, 0, 0, "p", "1 2", instance)
    remember(problem)  # hand-made: trusted as if generated here
    assert answer(problem, "2 1").correct  # only vertex 3 ships: 6 * 1 = 6
    # {3, 2}: only vertex 1 ships, 4 * 2 = 8; {1, 3}: 5 * 3 = 15, the blind baseline here
    assert answer(problem, "3 2").score == pytest.approx((15 - 8) / (15 - 6))
    assert answer(problem, "1 3").score == 0.0
    assert "root" in answer(problem, "0 2").reason
    assert "exactly 2" in answer(problem, "2").reason
    assert "more than once" in answer(problem, "2 2").reason
    assert "not a vertex" in answer(problem, "2 4").reason
    assert not answer(problem, "1 2 3 1").format_ok


def test_compiled_dp_matches_list_version_on_larger_trees():
    rng = random.Random(12)
    for _ in range(120):
        n = rng.randint(2, 60)
        parent = random_recursive_parents(rng, n, rng.choice([None, 1, 3]))
        edges = [[p, v, rng.randint(1, 6)] for v, p in enumerate(parent) if p >= 0]
        rng.shuffle(edges)
        loads = [0] + [rng.randint(1, 5) for _ in range(n - 1)]
        k = rng.randint(0, min(n - 1, 8))
        assert best_depots(n, edges, loads, k) == ListSolver(n, edges, loads, k).best()


def test_blind_cost_is_the_best_of_the_recorded_draws():
    for seed in range(15):
        sizes = ENV.schedule(seed)
        instance = ENV.generate_instance(random.Random(seed), sizes)
        n, k, edges, loads = (
            sizes["vertices"],
            sizes["depots"],
            instance["edges"],
            instance["loads"],
        )
        rng = random.Random(seed)  # replay generation's draws up to the 128 samples
        parent, _ = relabel_parents(rng, random_recursive_parents(rng, n), keep_root=True)
        replay = [
            [p, v, rng.randint(1, sizes["max_length"])] for v, p in enumerate(parent) if p >= 0
        ]
        rng.shuffle(replay)
        assert replay == edges
        assert [0] + [rng.randint(1, sizes["max_load"]) for _ in range(n - 1)] == loads
        costs = [
            shipping_cost(n, edges, loads, rng.sample(range(1, n), k))
            for _ in range(BASELINE_SAMPLES)
        ]
        assert instance["blind_cost"] == min(costs)
