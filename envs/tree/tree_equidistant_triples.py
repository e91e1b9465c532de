"""Count the vertex triples of a tree whose three pairwise distances are all equal.

Distances count edges. An unordered triple {a, b, c} of distinct vertices counts when
dist(a, b) = dist(b, c) = dist(a, c). The answer is a single integer.

Difficulty schedule (tree size):

    d           0    1    2    3    5    10    20    d
    vertices   24   27   30   33   39    54    84    24 + 3d

The trees are random recursive trees (each vertex joins a uniformly random earlier one, then the
labels are shuffled), which have more branching vertices than uniform random trees, so the count
spreads over many values; with 24 vertices no count is the answer on more than a few percent of
a level (on 6 vertices the answer was 4 more than half of the time).

Why the reference solver is quadratic: in a tree such a triple has a unique centre m at equal
distance k >= 1 from all three, each in a different branch at m. So for every centre and every
depth we count the vertices per branch and add the number of ways to pick three branches, one
vertex each (the third elementary symmetric sum). Instances with fewer than two triples are
redrawn a bounded number of times (answers 0 and 1 are guessable); after that a tree with a
vertex of degree >= 4 (at least four triples) is used.
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    parents_to_edges,
    random_recursive_parents,
    random_tree_with_hub,
    relabel_edges,
    tree_statement,
)

MIN_TRIPLES = 2
REDRAWS = 10


def equidistant_triples(n: int, edges: list[list[int]]) -> int:
    """Number of unordered equidistant vertex triples, ``O(n^2)``."""
    adj = adjacency(n, edges)
    total = 0
    for centre in range(n):
        if len(adj[centre]) < 3:
            continue
        # e1, e2, e3 of the per-branch counts at each depth, updated one branch at a time
        e1: dict[int, int] = {}
        e2: dict[int, int] = {}
        e3: dict[int, int] = {}
        for first in adj[centre]:
            counts: dict[int, int] = {}
            frontier, depth = [first], 1
            seen = {centre, first}
            while frontier:
                counts[depth] = len(frontier)
                nxt = []
                for u in frontier:
                    for v in adj[u]:
                        if v not in seen:
                            seen.add(v)
                            nxt.append(v)
                frontier, depth = nxt, depth + 1
            for k, c in counts.items():
                a1, a2 = e1.get(k, 0), e2.get(k, 0)
                e3[k] = e3.get(k, 0) + a2 * c
                e2[k] = a2 + a1 * c
                e1[k] = a1 + c
        total += sum(e3.values())
    return total


class TreeEquidistantTripleCount(Environment):
    description = "Number of vertex triples of a tree with all three pairwise distances equal"
    answer_kind = "single_int"
    answer_example = "1"  # never right: counts of 0 and 1 are redrawn
    catalog_name = "Tree_DistanceEqualTriad_Counting"

    def schedule(self, difficulty):
        return {"vertices": 24 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(REDRAWS):
            edges = relabel_edges(rng, n, parents_to_edges(random_recursive_parents(rng, n)))
            if equidistant_triples(n, edges) >= MIN_TRIPLES:
                return {"n": n, "edges": edges}
        return {
            "n": n,
            "edges": random_tree_with_hub(rng, n, 4),
        }  # degree >= 4: four triples or more

    def solve(self, instance):
        return equidistant_triples(instance["n"], instance["edges"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "The distance between two vertices is the number of edges on the path between them. "
            "Count the unordered triples {a, b, c} of three distinct vertices such that "
            "dist(a, b) = dist(b, c) = dist(a, c). Output the count as a single integer "
            "(for example: 1)."
        )
