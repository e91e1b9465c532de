"""TreeTwoPathsRemovalMaxComponents against exhaustive search over every pair of paths."""

from __future__ import annotations

import random
from itertools import combinations_with_replacement

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.tree.tree_two_paths_removal_components import (
    best_two_paths,
    components_left,
    most_components,
)
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    parents_to_edges,
    random_recursive_parents,
    random_tree_edges,
    relabel_edges,
)

ENV = rlve_gym.make("TreeTwoPathsRemovalMaxComponents")

Ends = tuple[int, int]


def dict_branch_tables(
    adj: list[list[int]], gain: list[int], root: int, blocked: int
) -> tuple[int, int, int, Ends]:
    """Inside the component of T - ``blocked`` that holds ``root``: ``(best chain starting at root
    and going away from blocked, its far end, best path anywhere, its two ends)`` by total
    ``gain`` (paths are non-empty)."""
    order, parent = [root], {root: blocked}
    for u in order:  # BFS; the list grows while we walk it
        for v in adj[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    chain: dict[int, int] = {}
    chain_end: dict[int, int] = {}
    best_path, best_ends = None, (root, root)
    for u in reversed(order):
        first = second = 0  # the two best positive chains hanging below u, and their ends
        first_end = second_end = u
        for v in adj[u]:
            if v != parent[u]:
                c = chain[v]
                if c > first:
                    first, second, first_end, second_end = c, first, chain_end[v], first_end
                elif c > second:
                    second, second_end = c, chain_end[v]
        chain[u], chain_end[u] = gain[u] + first, first_end
        through = gain[u] + first + second
        if best_path is None or through > best_path:
            best_path, best_ends = through, (first_end, second_end)
    return chain[root], chain_end[root], best_path, best_ends


def dict_best_two_paths(n: int, edges: list[list[int]]) -> tuple[int, list[int]]:
    """The earlier reference, on Python dicts and sorted tuples: kept as an oracle."""
    if n == 1:
        return 0, [0, 0, 0, 0]
    adj = adjacency(n, edges)
    gain = [len(adj[v]) - 2 for v in range(n)]
    best, paths = -1, [0, 0, 0, 0]
    # side[(w, y)]: best path inside the branch at w that holds y; leg[(w, y)]: best chain from y
    leg: dict[tuple[int, int], tuple[int, int]] = {}
    side: dict[tuple[int, int], tuple[int, Ends]] = {}
    for w in range(n):
        for y in adj[w]:
            chain, chain_end, path, path_ends = dict_branch_tables(adj, gain, y, w)
            leg[(w, y)], side[(w, y)] = (chain, chain_end), (path, path_ends)
    for x in range(n):
        # crossing (or single path) at x: x plus up to four positive legs in distinct branches
        legs = [item for item in sorted((leg[(x, y)] for y in adj[x]), reverse=True)[:4]]
        legs = [item for item in legs if item[0] > 0]
        value = gain[x] + sum(v for v, _ in legs) + 2
        if value > best:
            ends = [end for _, end in legs] + [x] * (4 - len(legs))
            best, paths = value, [ends[0], ends[1], ends[2], ends[3]]
        # vertex-disjoint and not adjacent: two different branches at x, x deleted by neither
        if len(adj[x]) >= 2:
            top = sorted((side[(x, y)] for y in adj[x]), reverse=True)
            if top[0][0] + top[1][0] + 3 > best:
                best, paths = top[0][0] + top[1][0] + 3, [*top[0][1], *top[1][1]]
    for u, v in edges:  # vertex-disjoint on the two sides of the edge u - v (adjacent at worst)
        (one, one_ends), (other, other_ends) = side[(v, u)], side[(u, v)]
        if one + other + 2 > best:
            best, paths = one + other + 2, [*one_ends, *other_ends]
    return best, paths


def brute_force(n, edges):
    """Every pair of paths (ends a <= b, a = b allowed) sharing no edge; delete their vertices and
    count the components networkx finds in what is left."""
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(map(tuple, edges))
    paths = []
    for a in range(n):
        for b in range(a, n):
            vertices = nx.shortest_path(graph, a, b)
            path_edges = {frozenset(e) for e in zip(vertices, vertices[1:], strict=False)}
            paths.append((set(vertices), path_edges))
    best = 0
    for (v1, e1), (v2, e2) in combinations_with_replacement(paths, 2):
        if e1 & e2:
            continue
        rest = graph.subgraph(set(range(n)) - v1 - v2)
        best = max(best, nx.number_connected_components(rest))
    return best


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


@pytest.mark.parametrize("vertices", [10, 16])
def test_solver_matches_exhaustive_search_on_generated_trees(vertices):
    for seed in range(12 if vertices < 16 else 3):
        instance = ENV.generate_instance(random.Random(seed), {"vertices": vertices})
        best = brute_force(instance["n"], instance["edges"])
        assert instance["most_components"] == best
        assert components_left(instance["n"], instance["edges"], ENV.solve(instance)) == best


def test_the_named_paths_reach_the_optimum_on_random_trees():
    rng = random.Random(2)
    for _ in range(300):
        n = rng.randint(1, 40)
        edges = random_tree_edges(rng, n)
        best, paths = best_two_paths(n, edges)
        assert components_left(n, edges, paths) == best


def test_solver_matches_exhaustive_search_on_random_small_trees():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 9)
        if rng.random() < 0.5:
            edges = random_tree_edges(rng, n)
        else:
            edges = [[p, v] for v, p in enumerate(random_recursive_parents(rng, n)) if p >= 0]
        assert most_components(n, edges) == brute_force(n, edges), (n, edges)


def test_hand_made_trees():
    # a path: deleting two single inner vertices far apart leaves three pieces
    path = [[i, i + 1] for i in range(6)]
    assert most_components(7, path) == 3 == brute_force(7, path)
    # a star with 5 leaves: delete the centre
    star = [[0, v] for v in range(1, 6)]
    assert most_components(6, star) == 5
    # two hubs joined by an edge, three leaves each: deleting the path 0 - 1 leaves 6 leaves
    hubs = [[0, 1], [0, 2], [0, 3], [0, 4], [1, 5], [1, 6], [1, 7]]
    assert most_components(8, hubs) == 6 == brute_force(8, hubs)
    # a hub whose neighbours are hubs: the two paths cross at the centre, four legs
    spider = [[0, c] for c in range(1, 5)]
    spider += [[c, 5 + 2 * (c - 1) + k] for c in range(1, 5) for k in (0, 1)]
    assert most_components(13, spider) == brute_force(13, spider) == 8
    assert most_components(1, []) == 0 and most_components(2, [[0, 1]]) == 1


def test_checker_and_hostile_answers():
    # a star with centre 0 and 5 leaves: deleting the centre leaves 5 components
    instance = {"n": 6, "edges": [[0, v] for v in range(1, 6)], "most_components": 5}

    def judge(text):  # a hand-made instance: check it directly (verify takes generated problems)
        return ENV.check(instance, ENV.parse(text, instance), None)

    assert judge("0 0 0 0").correct and judge("0 0 3 3").format_ok
    assert not judge("0 0 3 3").correct  # a leaf too: 4 components
    assert "share an edge" in judge("1 2 0 1").reason
    assert "vertex" in judge("0 0 0 6").reason
    for text in ("5", "0 0 0", "5 components", "9" * 80):
        with pytest.raises(ParseError):
            ENV.parse(text, instance)


def test_the_example_answer_is_never_right():
    for difficulty in (0, 3, 10):
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            assert not answer(problem, ENV.answer_example).correct


def test_optima_are_spread_out():
    for difficulty in (0, 3, 10):
        optima = [ENV.generate(difficulty, seed).instance["most_components"] for seed in range(100)]
        assert len(set(optima)) >= 3 and sum(a <= 1 for a in optima) <= 5


def test_compiled_solver_matches_dict_version():
    rng = random.Random(31)
    for _ in range(400):
        n = rng.randint(1, 80)
        if rng.random() < 0.5:
            edges = random_tree_edges(rng, n)
        else:
            parents = random_recursive_parents(rng, n, rng.choice([None, 2]))
            edges = relabel_edges(rng, n, parents_to_edges(parents))
        assert best_two_paths(n, edges) == dict_best_two_paths(n, edges)
