"""DegreeConstrainedSpanningTree: choose edges of a graph that form a spanning tree in which
every vertex has exactly its prescribed degree.

Finding such a tree is NP-hard in general (degree 2 everywhere but two vertices is a Hamiltonian
path), so the generator plants one: a random spanning tree gives the prescribed degrees, and
random extra edges hide it. Any spanning tree with the prescribed degrees is accepted (the
checker verifies the edges, the tree and every degree in O(N + M)); no search is ever needed.

Difficulty schedule (N vertices, M edges):

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    M       7   11   15   31   67  125        N - 1 + N * (2 + min(d + 1, 12)) // 8, at most N(N-1)/2

The schedule starts one step above 4 vertices, where a graph had few spanning trees and one
fixed star matched the degrees on a ninth of the seeds. Vertices grow by two per level and the decoy edges faster; the prompt stays under 2,000
characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    EDGE_PAIRS_ANSWER,
    edge_weights,
    format_edge_pairs,
    pair_count,
    parse_edge_pairs,
    random_tree,
    sample_pairs,
    scramble_undirected,
    spanning_tree_answer_problem,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import (
    broken_trees,
    one_swap_trees,
)


def degrees(n: int, edges: list[list[int]]) -> list[int]:
    counts = [0] * n
    for u, v in edges:
        counts[u] += 1
        counts[v] += 1
    return counts


class DegreeConstrainedSpanningTree(Environment):
    description = "A spanning tree of a graph in which every vertex has a prescribed degree"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1, 1 2, 1 3"
    catalog_name = "DegreeFixed_SpanningTree"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(pair_count(n), n - 1 + n * (2 + min(difficulty + 1, 12)) // 8),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        tree = random_tree(rng, n)
        edges = tree + sample_pairs(rng, n, sizes["edges"] - len(tree), exclude=tree)
        return {
            "n": n,
            "edges": scramble_undirected(rng, edges),
            "degrees": degrees(n, tree),
            "planted": tree,
        }

    def solve(self, instance):
        return instance["planted"]

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            undirected_graph_intro(n, edges)
            + f"Choose {n - 1} of these edges that form a spanning tree (they connect all {n} vertices "
            "and contain no cycle) in which every vertex has exactly the degree given below (the "
            "degree of a vertex is the number of chosen edges that touch it). Degrees of vertices 0 "
            f"to {n - 1}, in order: {' '.join(map(str, instance['degrees']))}\n"
            "At least one such tree exists; if there are several, give any one of them.\n"
            + EDGE_PAIRS_ANSWER
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        problem = spanning_tree_answer_problem(answer, edge_weights(instance["edges"]), n)
        if problem:
            return Verdict.wrong(problem)
        for v, (got, want) in enumerate(zip(degrees(n, answer), instance["degrees"], strict=True)):
            if got != want:
                return Verdict.wrong(
                    f"vertex {v} has degree {got} in the tree, but its degree must be {want}"
                )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        n, tree = instance["n"], instance["planted"]
        misses = broken_trees(tree)
        other = next(
            (
                t
                for t in one_swap_trees(n, tree, instance["edges"])
                if degrees(n, t) != instance["degrees"]
            ),
            None,
        )
        if other:
            misses.append(other)
        return [format_edge_pairs(m) for m in misses]
