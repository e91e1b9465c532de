"""TreeTwoColorDistanceSum against exhaustive search over all black sets (networkx distances)."""

from __future__ import annotations

import random
from itertools import combinations

import networkx as nx
import pytest

import rlve_gym
from rlve_gym.answers import ParseError
from rlve_gym.envs.tree.tree_two_color_distance_sum import best_colouring, colouring_value
from rlve_gym.graphs import add_weights
from rlve_gym.trees import children_lists, random_tree_edges, root_weighted_tree

ENV = rlve_gym.make("TreeTwoColorDistanceSum")


def value_table(instance):
    n = instance["n"]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(map(tuple, instance["edges"]))
    dist = dict(nx.all_pairs_dijkstra_path_length(graph))
    table = {}
    for black in combinations(range(n), instance["black"]):
        white = [v for v in range(n) if v not in black]
        table[black] = sum(
            dist[a][b] for group in (black, white) for a, b in combinations(group, 2)
        )
    return table


def answer(problem, text):
    return ENV.verify(problem, f"<answer>{text}</answer>")


def small_instance(seed, vertices):
    """Generated the environment's way, below level 0's size, to list every colouring."""
    return ENV.generate_instance(random.Random(seed), {"vertices": vertices, "max_length": 6})


@pytest.mark.parametrize("vertices", [5, 8, 11, 14])
def test_knapsack_matches_exhaustive_search(vertices):
    for seed in range(12 if vertices < 14 else 3):
        instance = small_instance(seed, vertices)
        table = value_table(instance)
        best, black = best_colouring(instance["n"], instance["edges"], instance["black"])
        assert best == max(table.values()) == instance["best_value"]
        assert table[tuple(black)] == best and ENV.solve(instance) == black
        assert instance["blind_value"] in table.values()
        for chosen in list(table)[:20]:
            assert colouring_value(instance["n"], instance["edges"], list(chosen)) == table[chosen]


@pytest.mark.parametrize("seed", range(3))
def test_checker_accepts_exactly_the_best_colourings(seed):
    instance = small_instance(seed, 9)
    table = value_table(instance)
    best = max(table.values())
    blind = instance["blind_value"]  # the best of the random colourings drawn at generation
    for black, value in table.items():
        result = ENV.check(instance, list(reversed(black)), None)
        assert result.correct == (value == best)
        if value < best:
            expected = 0.0 if blind == best else max(0.0, (value - blind) / (best - blind))
            assert result.score == pytest.approx(min(expected, 0.99))


def test_random_colourings_earn_little_partial_credit():
    rng = random.Random(3)
    for difficulty in (3, 10):
        scores = []
        for seed in range(30):
            problem = ENV.generate(difficulty, seed)
            n, k = problem.instance["n"], problem.instance["black"]
            guess = " ".join(map(str, rng.sample(range(n), k)))
            scores.append(ENV.verify(problem, f"<answer>{guess}</answer>").score)
        assert sum(scores) / len(scores) < 0.05


def test_every_k_on_a_small_tree():
    # star centre 0 with leaves 1..4 (lengths 1, 2, 3, 4), plus 4 - 5 of length 5
    instance = {"n": 6, "edges": [[0, 1, 1], [0, 2, 2], [0, 3, 3], [0, 4, 4], [4, 5, 5]]}
    for k in range(0, 7):
        table = value_table(dict(instance, black=k))
        assert best_colouring(6, instance["edges"], k)[0] == max(table.values())


def test_count_duplicates_and_ranges_are_checked():
    instance = {
        "n": 4,
        "edges": [[0, 1, 1], [1, 2, 1], [2, 3, 1]],
        "black": 2,
        "best_value": 4,
        "best_black": [0, 3],
        "blind_value": 2,
    }

    def judge(text):  # a hand-made instance: check it directly (verify takes generated problems)
        return ENV.check(instance, ENV.parse(text, instance), None)

    # path 0-1-2-3: {0,3} and {1,2} each give 3 + 1 = 4; {0,1} gives 1 + 1 = 2
    assert judge("0 3").correct and judge("2 1").correct
    assert not judge("0 1").correct  # value 2, no better than the blind baseline
    assert judge("0 1").score == 0.0
    assert "exactly 2" in judge("0").reason
    assert "more than once" in judge("0 0").reason
    assert "not a vertex" in judge("0 4").reason
    assert "exactly 2" in judge("0 1 2").reason
    with pytest.raises(ParseError):  # the parser refuses more than K + 1 vertices
        ENV.parse("0 1 2 3", instance)


def list_knapsack(n, edges, k):
    """The earlier reference: the same DP on Python lists, children merged in label order."""
    order, parent, up_length = root_weighted_tree(n, edges)
    children = children_lists(parent)
    none = float("-inf")
    table, size, choices = [[0, 0] for _ in range(n)], [1] * n, [[] for _ in range(n)]
    for v in reversed(order):
        for c in children[v]:
            merged = [none] * (size[v] + size[c] + 1)
            pick = [0] * len(merged)
            for j, left in enumerate(table[v]):
                for t, right in enumerate(table[c]):
                    if left == none or right == none or j + t > k:
                        continue
                    s = size[c]
                    gain = left + right + up_length[c] * (t * (k - t) + (s - t) * (n - k - s + t))
                    if gain > merged[j + t]:
                        merged[j + t], pick[j + t] = gain, t
            table[v], size[v] = merged, size[v] + size[c]
            choices[v].append((c, pick))
    black, stack = [], [(0, k)]
    while stack:
        v, want = stack.pop()
        for c, pick in reversed(choices[v]):
            stack.append((c, pick[want]))
            want -= pick[want]
        if want == 1:
            black.append(v)
    return int(table[0][k]), sorted(black)


def test_compiled_knapsack_matches_list_version():
    rng = random.Random(77)
    for _ in range(200):
        n = rng.randint(1, 70)
        edges = add_weights(rng, random_tree_edges(rng, n), 1, 12)
        k = rng.randint(0, n)
        assert best_colouring(n, edges, k) == list_knapsack(n, edges, k)


def test_blind_value_is_the_best_of_the_recorded_draws():
    for seed in range(20):
        sizes = ENV.schedule(seed)
        instance = ENV.generate_instance(random.Random(seed), sizes)
        rng = random.Random(seed)
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        k = rng.randint(2, n - 2)
        draws = [colouring_value(n, edges, rng.sample(range(n), k)) for _ in range(32)]
        assert instance["blind_value"] == max(draws)
