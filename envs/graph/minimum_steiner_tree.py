"""MinimumSteinerTree: the lightest set of edges that connects K given terminal vertices of a
weighted graph (other vertices may be used as junctions).

The Steiner tree problem is NP-hard, but only exponential in the number of terminals: the
reference solver is the Dreyfus-Wagner subset DP, O(3^K N + 2^K N^2) in a Numba kernel. K is
capped at 8 (reached at d = 15) while the graph keeps growing, so the solver stays polynomial in
N: a few milliseconds at d = 20. Any edge set of minimum total weight that connects all
terminals is accepted (the checker verifies the edges, connectivity of the terminals with
union-find, and the weight); weights come from a small range, so ties are common.

Difficulty schedule (N vertices, M edges, K terminals, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       5    7    9   15   25   45        5 + 2d
    M       4    7   10   23   51  102        N - 1 + N * (1 + min(d, 12)) // 10, at most N(N-1)/2
    K       3    3    3    4    6    8        min(3 + d // 3, 8)
    W       4    5    6    9   14   24        4 + d

The prompt stays under 1,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    EDGE_PAIRS_ANSWER,
    add_weights,
    edge_list_problem,
    edge_list_weight,
    edge_weights,
    format_edge_pairs,
    pair_count,
    parse_edge_pairs,
    random_connected_graph,
    scramble_undirected,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import steiner_tree

MAX_TERMINALS = 8


def _terminals_split(n: int, pairs: list[list[int]], terminals: list[int]) -> int | None:
    """A terminal not connected to the first terminal by ``pairs``, or None."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in pairs:
        parent[find(u)] = find(v)
    return next((t for t in terminals if find(t) != find(terminals[0])), None)


class MinimumSteinerTree(Environment):
    description = "A minimum-weight edge set connecting K terminal vertices of a weighted graph"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1, 1 2, 0 2"  # a cycle: never the lightest connection, so never right
    catalog_name = "MinimumSteinerTree"

    def schedule(self, difficulty):
        n = 5 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(pair_count(n), n - 1 + n * (1 + min(difficulty, 12)) // 10),
            "terminals": min(3 + difficulty // 3, MAX_TERMINALS),
            "max_weight": 4 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        terminals = sorted(rng.sample(range(n), sizes["terminals"]))
        weight, tree = steiner_tree(n, edges, terminals)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "terminals": terminals,
            "optimum": weight,
            "tree": tree,
        }

    def solve(self, instance):
        return instance["tree"]  # computed once, with the optimum, by the generator

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        terminals = instance["terminals"]
        return (
            undirected_graph_intro(n, edges, "with weight w", connected=True)
            + f"The terminals are the {len(terminals)} vertices {' '.join(map(str, terminals))}. Choose "
            "a set of edges such that every two terminals are connected using only chosen edges "
            "(other vertices may be used along the way), with the smallest possible total weight. If "
            "several sets have the minimum weight, give any one of them.\n" + EDGE_PAIRS_ANSWER
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=len(instance["edges"]) + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        problem = edge_list_problem(answer, table, n)
        if problem:
            return Verdict.wrong(problem)
        apart = _terminals_split(n, answer, instance["terminals"])
        if apart is not None:
            return Verdict.wrong(
                f"terminal {apart} is not connected to terminal {instance['terminals'][0]}"
            )
        weight = edge_list_weight(answer, table)
        if weight != instance["optimum"]:
            return Verdict.wrong(
                f"the terminals are connected, but the weight {weight} is not the minimum"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        tree = instance["tree"]
        misses = [tree[:-1], tree + tree[:1]]
        used = {tuple(e) for e in tree}
        spare = next(
            ([u, v] for u, v in edge_weights(instance["edges"]) if (u, v) not in used), None
        )
        if spare:
            misses.append(tree + [spare])
        return [format_edge_pairs(m) for m in misses]
