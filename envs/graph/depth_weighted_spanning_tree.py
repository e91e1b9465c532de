"""DepthWeightedSpanningTree: a spanning tree rooted at a given vertex in which each edge costs
its weight times the depth of its lower endpoint, with the least total cost.

(Opening roads from a start room, where a road costs more the deeper it reaches.) The reference
solver builds the tree layer by layer: a subset DP over the set of placed vertices and the depth
of the last layer, each new layer attaching every vertex by its lightest edge into the placed
set, O(N 3^N) in a Numba kernel. Attaching to a shallower parent only lowers the real cost, so
the DP optimum is exact and the read-back tree attains it. N is capped at 11 (reached at d = 6;
a few milliseconds); the weight range keeps growing. Any tree of minimum cost is accepted (the
checker computes depths from the root and the cost).

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5    6   10   20        d
    N       5    6    7   10   11   11   11        min(5 + d, 11)
    M       5    8   10   19   22   27   33        min(N(N-1)/2, N - 1 + N * (2 + min(d + 1, 15)) // 8)
    W       8   11   14   23   26   38   68        8 + 3d

The schedule starts one step above 4 vertices, where a graph had few spanning trees and one
fixed star was optimal on a ninth of the seeds. The prompt stays under 1,200 characters at d = 20.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    EDGE_PAIRS_ANSWER,
    add_weights,
    adjacency,
    edge_key,
    edge_weights,
    format_edge_pairs,
    pair_count,
    parse_edge_pairs,
    random_connected_graph,
    scramble_undirected,
    spanning_tree_answer_problem,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import (
    broken_trees,
    depth_weighted_spanning_tree,
    one_swap_trees,
)

MAX_VERTICES = 11


def depth_weighted_cost(n: int, tree: list[list[int]], table: dict, root: int) -> int:
    """Cost of a spanning tree: each edge's weight times the depth of its endpoint farther from
    ``root``."""
    adj = adjacency(n, tree)
    depth = [-1] * n
    depth[root] = 0
    queue = deque([root])
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if depth[v] < 0:
                depth[v] = depth[u] + 1
                queue.append(v)
    return sum(table[edge_key(u, v)] * max(depth[u], depth[v]) for u, v in tree)


class DepthWeightedSpanningTree(Environment):
    description = "A rooted spanning tree minimising the sum of edge weight times depth"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1, 1 2, 0 3"
    catalog_name = "MinimumWeightedSpanningTree"

    def schedule(self, difficulty):
        n = min(5 + difficulty, MAX_VERTICES)
        return {
            "vertices": n,
            "edges": min(pair_count(n), n - 1 + n * (2 + min(difficulty + 1, 15)) // 8),
            "max_weight": 8 + 3 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        root = rng.randrange(n)
        cost, tree = depth_weighted_spanning_tree(n, edges, root)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "root": root,
            "optimum": cost,
            "tree": tree,
        }

    def solve(self, instance):
        return instance["tree"]  # computed once, with the optimum, by the generator

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges, root = instance["n"], instance["edges"], instance["root"]
        return (
            undirected_graph_intro(n, edges, "with weight w", connected=True)
            + f"Choose {n - 1} edges that form a spanning tree (connecting all {n} vertices, no cycle) "
            f"and root it at vertex {root}. The depth of a vertex is the number of tree edges on its "
            f"path to vertex {root} (vertex {root} has depth 0). Each chosen edge costs its weight "
            "multiplied by the depth of its endpoint farther from the root (an edge to a child of the "
            "root costs its weight once, one level deeper twice, and so on). Make the total cost as "
            "small as possible; if several trees reach the minimum, give any one of them.\n"
            + EDGE_PAIRS_ANSWER
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        problem = spanning_tree_answer_problem(answer, table, n)
        if problem:
            return Verdict.wrong(problem)
        cost = depth_weighted_cost(n, answer, table, instance["root"])
        if cost != instance["optimum"]:
            return Verdict.wrong(f"a spanning tree, but its cost {cost} is not the minimum")
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        n, tree, root = instance["n"], instance["tree"], instance["root"]
        table = edge_weights(instance["edges"])
        misses = broken_trees(tree)
        dearer = next(
            (
                t
                for t in one_swap_trees(n, tree, list(table))
                if depth_weighted_cost(n, t, table, root) > instance["optimum"]
            ),
            None,
        )
        if dearer:
            misses.append(dearer)
        return [format_edge_pairs(m) for m in misses]
