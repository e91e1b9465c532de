"""MinimumSpanningTree: the edges of a minimum-weight spanning tree of a connected weighted graph.

Weights come from a small range, so equal weights are common and many graphs have several
minimum spanning trees; the checker accepts any of them (it verifies that the listed edges exist,
form a spanning tree, and weigh exactly the optimum stored in the instance).

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    M      11   15   19   47  103  321        N - 1 + N * (1 + (d + 1) // 4), capped at N(N-1)/2
    W       7   10   13   22   37   67        7 + 3d

Level 0 starts at six vertices (on the complete graph of four, one fixed tree was minimal on
16% of the seeds). Everything grows linearly, so the prompt stays under 3,500 characters at d = 20 and Kruskal's
algorithm is instantaneous at any level.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    EDGE_PAIRS_ANSWER,
    add_weights,
    edge_list_weight,
    edge_weights,
    format_edge_pairs,
    parse_edge_pairs,
    random_connected_graph,
    scramble_undirected,
    spanning_tree_answer_problem,
    spanning_tree_problem,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_kernels import kruskal
from rlve_gym.kernels.graph_search import broken_trees


def minimum_spanning_tree(n: int, edges: list[list[int]]) -> tuple[int, list[list[int]]]:
    """``(total weight, tree edges)`` of a minimum spanning tree (forest if disconnected)."""
    us, vs, ws = (np.asarray([e[i] for e in edges], dtype=np.int64) for i in range(3))
    total, chosen = kruskal(n, us, vs, ws)
    return int(total), [[edges[i][0], edges[i][1]] for i in chosen]


class MinimumSpanningTree(Environment):
    description = "The edges of a minimum spanning tree of a connected weighted undirected graph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1, 1 2, 1 3"
    catalog_name = "MinimumSpanningTree"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        edges = min(n * (n - 1) // 2, n - 1 + n * (1 + (difficulty + 1) // 4))
        return {"vertices": n, "edges": edges, "max_weight": 7 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        edges = scramble_undirected(rng, edges)
        return {"n": n, "edges": edges, "mst_weight": minimum_spanning_tree(n, edges)[0]}

    def solve(self, instance):
        return minimum_spanning_tree(instance["n"], instance["edges"])[1]

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges, "with weight w", connected=True)
            + f"Choose {n - 1} of these edges that form a spanning tree (they connect all {n} vertices "
            "and contain no cycle) whose total weight (the sum of the chosen edges' weights) is as "
            "small as possible. If several spanning trees have the minimum total weight, give any one "
            "of them.\n" + EDGE_PAIRS_ANSWER
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        problem = spanning_tree_answer_problem(answer, table, n)
        if problem:
            return Verdict.wrong(problem)
        weight = edge_list_weight(answer, table)
        if weight != instance["mst_weight"]:
            return Verdict.wrong(f"a spanning tree, but its weight {weight} is not the minimum")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        tree = parse_edge_pairs(problem.answer, instance["n"] + 1)
        misses = broken_trees(tree)
        heavier = _heavier_tree(instance, tree)
        if heavier:
            misses.append(heavier)
        return [format_edge_pairs(m) for m in misses]


def _heavier_tree(instance: dict, tree: list[list[int]]) -> list[list[int]] | None:
    """A spanning tree one edge swap away from ``tree`` that weighs strictly more, if any."""
    n = instance["n"]
    table = edge_weights(instance["edges"])
    in_tree = {(min(u, v), max(u, v)) for u, v in tree}
    for (a, b), w in table.items():
        if (a, b) in in_tree:
            continue
        for i, (u, v) in enumerate(tree):
            swapped = tree[:i] + tree[i + 1 :] + [[a, b]]
            if w > table[(min(u, v), max(u, v))] and spanning_tree_problem(n, swapped) is None:
                return swapped
    return None
