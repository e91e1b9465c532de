"""MinimumSpanningTreeCount: the number of distinct minimum spanning trees of a weighted graph,
modulo a prime.

All minimum spanning trees use the same number of edges of each weight, and after the edges
lighter than w are contracted (union-find), the weight-w edges of any minimum spanning tree form
a spanning forest of the contracted multigraph of weight-w edges. So the count is the product,
over weights w and over connected pieces of that multigraph, of their spanning-tree counts
(Kirchhoff's matrix-tree theorem, a determinant modulo the prime). Weights come from a small
range so ties are common; instances with a unique minimum spanning tree are redrawn (at most
three times) so that the answer 1 stays rare.

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5   10   20        d
    N       7    8    9   12   17   27        7 + d
    M      21   24   27   40   62  126        3N + N * (d // 4) // 3, at most N(N-1)/2
    W       2    2    2    2    3    5        2 + d // 6

About three edges per vertex and a slowly growing weight range keep ties frequent at every
level, so the counts spread over hundreds of values (on sparser graphs of five vertices the
count was 3, one tied triangle, on a third of the seeds); the determinants are at most N x N.
The prompt's example, 1, is never the answer: graphs with a unique minimum spanning tree are
redrawn.
"""

from __future__ import annotations

from rlve_gym.graphs import (
    add_weights,
    find_root,
    format_edges,
    random_connected_graph,
    scramble_undirected,
    spanning_tree_count_mod,
)
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

ATTEMPTS = 4


def count_minimum_spanning_trees(n: int, edges: list[list[int]], prime: int) -> int:
    parent = list(range(n))  # components of the edges lighter than the current weight
    total = 1 % prime
    for weight in sorted({e[2] for e in edges}):
        group = [(find_root(parent, u), find_root(parent, v)) for u, v, w in edges if w == weight]
        group = [(a, b) for a, b in group if a != b]
        piece_parent = list(range(n))  # pieces of the contracted multigraph of this weight
        for a, b in group:
            piece_parent[find_root(piece_parent, a)] = find_root(piece_parent, b)
        pieces: dict[int, list[tuple[int, int]]] = {}
        for a, b in group:
            pieces.setdefault(find_root(piece_parent, a), []).append((a, b))
        for piece_edges in pieces.values():
            nodes = sorted({x for pair in piece_edges for x in pair})
            index = {x: i for i, x in enumerate(nodes)}
            local = [[index[a], index[b]] for a, b in piece_edges]
            total = total * spanning_tree_count_mod(len(nodes), local, prime) % prime
        for a, b in group:
            parent[find_root(parent, a)] = find_root(parent, b)
    return total


class MinimumSpanningTreeCount(ModularCountEnvironment):
    description = "Number of distinct minimum spanning trees of a weighted graph, modulo a prime"
    answer_example = "1"  # graphs with a single minimum spanning tree are redrawn
    catalog_name = "MinimumSpanningTreeCounting"

    def schedule(self, difficulty):
        n = 7 + difficulty
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, 3 * n + n * (difficulty // 4) // 3),
            "max_weight": 2 + difficulty // 6,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        prime = choose_prime(rng)
        for _ in range(ATTEMPTS):
            edges = add_weights(
                rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
            )
            edges = scramble_undirected(rng, edges)
            if count_minimum_spanning_trees(n, edges, prime) != 1:
                break
        return {"n": n, "edges": edges, "modulus": prime}

    def solve(self, instance):
        return count_minimum_spanning_trees(instance["n"], instance["edges"], instance["modulus"])

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"A connected undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} "
            "edges. Each line 'u v w' below is an edge between u and v with weight w.\n\n"
            f"{format_edges(edges)}\n\n"
            f"A spanning tree is a set of {n - 1} edges connecting all vertices without a cycle; its "
            "weight is the sum of its edges' weights. How many different spanning trees have the "
            "minimum possible weight? (Two trees differ when their edge sets differ.)\n"
            f"{modulus_sentence(instance['modulus'])}"
        )
