"""The weighted median (centre) vertex of a tree with edge lengths and vertex costs.

Each vertex v has a cost c(v) and each edge a length. The solver must find a vertex u minimising
F(u) = sum over all v of c(v) * dist(u, v), the tree distance being the sum of edge lengths on
the path, and answers with the vertex and its value F(u). Several vertices may tie (at most the
two ends of one edge); any minimiser is accepted, with its value. Asking for the value too makes
the answer an object rather than one small label: a vertex number alone is a guess among n
labels (right on up to 40% of the small instances, and still 1 in 20 at 65 vertices), while the
minimum F has to be computed.

Difficulty schedule (tree size, largest edge length, largest vertex cost):

    d            0    1    2    3    5    10    20    d
    vertices     8   11   14   17   23    38    68    8 + 3d
    max length   5    6    7    8   10    15    25    5 + d
    max cost     5    7    9   11   15    25    45    5 + 2d

Level 0 has 8 vertices: smaller trees are a handful of shapes. The minimum of F is stored in
the instance, so checking an answer is one traversal from the answered vertex.

Vertex labels are shuffled so that no minimiser is vertex 0 or 1: those labels are the answers a
model could guess blindly, and otherwise a quarter of the small instances would have them.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import add_weights, relabel
from rlve_gym.trees import (
    distance_sums,
    random_tree_edges,
    tree_statement,
    weighted_adjacency,
    weighted_distances_from,
)


def minimisers(instance: dict) -> tuple[int, list[int]]:
    """``(min F, every vertex attaining it)``."""
    sums = distance_sums(instance["n"], instance["edges"], instance["costs"])
    best = min(sums)
    return best, [v for v, s in enumerate(sums) if s == best]


def weighted_distance_sum(instance: dict, u: int) -> int:
    """F(u), by one traversal of the tree from ``u``."""
    dist = weighted_distances_from(weighted_adjacency(instance["n"], instance["edges"]), u)
    return sum(c * d for c, d in zip(instance["costs"], dist, strict=True))


class TreeWeightedMedianVertex(Environment):
    description = "Vertex minimising the cost-weighted sum of tree distances to all vertices"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 0"
    catalog_name = "TreeCenter"

    def schedule(self, difficulty):
        return {
            "vertices": 8 + 3 * difficulty,
            "max_length": 5 + difficulty,
            "max_cost": 5 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        costs = [rng.randint(1, sizes["max_cost"]) for _ in range(n)]
        _, best = minimisers({"n": n, "edges": edges, "costs": costs})
        # new labels: minimisers get labels >= 2, everything else the rest, all shuffled
        best_labels = rng.sample(range(2, n), len(best))
        other_labels = [x for x in range(n) if x not in best_labels]
        rng.shuffle(other_labels)
        new_label = [0] * n
        others = iter(other_labels)
        for v in range(n):
            new_label[v] = best_labels[best.index(v)] if v in best else next(others)
        edges = relabel(edges, new_label)
        new_costs = [0] * n
        for v in range(n):
            new_costs[new_label[v]] = costs[v]
        edges = [[min(u, v), max(u, v), w] for u, v, w in edges]
        rng.shuffle(edges)
        smallest = min(distance_sums(n, edges, new_costs))
        return {"n": n, "edges": edges, "costs": new_costs, "smallest_sum": smallest}

    def solve(self, instance):
        best, vertices = minimisers(instance)
        return [vertices[0], best]

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'], weight='length')}\n\n"
            f"Each vertex v has a cost c(v). The costs of vertices 0, 1, ..., {n - 1}, in order, are:\n"
            f"{' '.join(map(str, instance['costs']))}\n\n"
            "The distance dist(u, v) is the total length of the edges on the path from u to v "
            "(dist(u, u) = 0). Find a vertex u that minimises F(u) = sum over all vertices v of "
            "c(v) * dist(u, v). If several vertices attain the minimum, any of them is accepted.\n"
            "Output the number of the vertex and then its value F(u), separated by a space (for "
            "example: 3 0 would mean vertex 3 with F(3) = 0)."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=2, max_digits=30)

    def check(self, instance, answer, reference):
        n = instance["n"]
        vertex, value = answer
        if not 0 <= vertex < n:
            return Verdict.wrong(f"{vertex} is not a vertex (vertices are 0..{n - 1})")
        actual = weighted_distance_sum(instance, vertex)
        if actual != instance["smallest_sum"]:
            return Verdict.wrong(f"vertex {vertex} does not minimise F")
        if value != actual:
            return Verdict.wrong(f"vertex {vertex} minimises F, but F({vertex}) is not {value}")
        return Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        sums = distance_sums(instance["n"], instance["edges"], instance["costs"])
        best = min(sums)
        runner_up = min((s, v) for v, s in enumerate(sums) if s > best)[1]
        worst = max(range(instance["n"]), key=lambda v: sums[v])
        vertex = int(problem.answer.split()[0])
        return [
            f"{runner_up} {sums[runner_up]}",  # its true value, but not the minimum
            f"{worst} {sums[worst]}",
            f"{vertex} {best + 1}",  # the right vertex with a wrong value
            f"{runner_up} {best}",  # the minimum value claimed for a vertex that lacks it
            f"{instance['n']} {best}",
            str(vertex),
        ]
