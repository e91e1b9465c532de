"""Add one edge of a given length to a weighted tree so that the diameter becomes as small as possible.

The tree's edges have positive integer lengths; one new edge of length L is added between two
distinct vertices of the solver's choice. The diameter of the resulting graph is the largest
shortest-path distance between two vertices. Any pair reaching the smallest diameter is accepted.
A pair with a larger diameter earns partial credit only for beating a blind guess: (A - diameter)
/ (A - optimum), where A is the average diameter over all pairs (optimum / diameter would give a
random pair about 0.8).

Difficulty schedule (tree size, largest edge length; L is uniform in [1, max length]):

    d            0    1    2    3    5    10    20    d
    vertices     5    7    9   11   15    25    45    5 + 2d
    max length   5    5    6    6    7    10    15    5 + d // 2

Reference solver, vectorised ``O(n^4)``: with the tree's distance matrix D, the distance between
a and b after adding (u, v) is min(D[a, b], D[a, u] + L + D[v, b], D[a, v] + L + D[u, b]); for
each u numpy evaluates all v, a, b at once. The optimum is stored with the instance so that
checking an answer costs one ``O(n^2)`` evaluation.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import add_weights
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    parse_vertex_pair,
    random_tree_edges,
    tree_statement,
    vertex_pair_problem,
    weighted_adjacency,
    weighted_distances_from,
)


def distance_matrix(n: int, edges: list[list[int]]) -> np.ndarray:
    wadj = weighted_adjacency(n, edges)
    return np.array([weighted_distances_from(wadj, s) for s in range(n)], dtype=np.int64)


def diameter_with_edge(dist: np.ndarray, length: int, u: int, v: int) -> int:
    via = dist[:, u][:, None] + length + dist[v][None, :]
    return int(np.minimum(dist, np.minimum(via, via.T)).max())


def best_new_edge(n: int, edges: list[list[int]], length: int) -> tuple[int, list[int], int]:
    """``(smallest diameter, [u, v], sum of the diameters over all pairs)`` over all pairs u < v
    (the first optimal pair in that order); the sum gives the blind-guess baseline."""
    dist = distance_matrix(n, edges)
    best, pair, total = None, [0, 1], 0
    for u in range(n - 1):
        # via[v, a, b] = D[a, u] + L + D[v, b]; the other direction is via[v, b, a]
        via = dist[:, u][None, :, None] + length + dist[u + 1 :][:, None, :]
        shortest = np.minimum(dist[None, :, :], np.minimum(via, via.transpose(0, 2, 1)))
        diameters = shortest.reshape(len(via), -1).max(axis=1)
        total += int(diameters.sum())
        k = int(diameters.argmin())
        if best is None or diameters[k] < best:
            best, pair = int(diameters[k]), [u, u + 1 + k]
    return best, pair, total


class TreeAddEdgeMinDiameter(Environment):
    description = "Add one edge of length L to a weighted tree minimising the diameter"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4"
    catalog_name = "TreeAddOneEdgeDiameter"

    def schedule(self, difficulty):
        return {"vertices": 5 + 2 * difficulty, "max_length": 5 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        length = rng.randint(1, sizes["max_length"])
        best, _, total = best_new_edge(n, edges, length)
        return {
            "n": n,
            "edges": edges,
            "new_length": length,
            "best_diameter": best,
            "diameter_sum_over_pairs": total,
        }

    def solve(self, instance):
        return best_new_edge(instance["n"], instance["edges"], instance["new_length"])[1]

    def render(self, instance):
        n, length = instance["n"], instance["new_length"]
        return (
            f"{tree_statement(n, instance['edges'], weight='length')}\n\n"
            f"Add one new edge of length {length} between two different vertices u and v of your "
            "choice (it may run beside an existing edge). The distance between two vertices is the "
            "smallest total length of a path between them, and the diameter is the largest distance "
            "between any two vertices. Choose u and v so that the diameter of the resulting graph is "
            "as small as possible. Output u and v separated by a space (for example: 1 4)."
        )

    def parse(self, text, instance):
        return parse_vertex_pair(text)

    def check(self, instance, answer, reference):
        n = instance["n"]
        problem = vertex_pair_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        u, v = answer
        diameter = diameter_with_edge(
            distance_matrix(n, instance["edges"]), instance["new_length"], u, v
        )
        best = instance["best_diameter"]
        if diameter <= best:
            return Verdict.right()
        average = instance["diameter_sum_over_pairs"] / (n * (n - 1) // 2)
        return Verdict.wrong(
            f"the diameter becomes {diameter}, not the smallest possible",
            score=constraint_score(average - diameter, average - best),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        n, length = instance["n"], instance["new_length"]
        dist = distance_matrix(n, instance["edges"])
        u, v = (int(t) for t in problem.answer.split())
        misses = [f"{u} {u}", f"{u} {n}"]
        worse = next(
            (
                f"{a} {b}"
                for a in range(n)
                for b in range(a + 1, n)
                if diameter_with_edge(dist, length, a, b) > instance["best_diameter"]
            ),
            None,
        )
        return misses + ([worse] if worse else [])
