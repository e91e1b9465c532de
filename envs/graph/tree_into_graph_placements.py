"""TreeIntoGraphPlacements: the number of ways to place a tree onto a multigraph with the same
number of vertices, mapping tree vertices one-to-one onto graph vertices and every tree edge onto
one of the graph edges between the images, modulo a prime.

Counting bijections directly is N!; the reference solver uses inclusion-exclusion over the set
of graph vertices used as images (sum over sets S of (-1)^(N-|S|) times the number of arbitrary
maps into S), each term a tree DP in O(N |S|^2), all in a Numba kernel: O(2^N N^3) at worst.
The kernel here roots the tree at a vertex of largest degree, folds leaves in as row sums of
the multiplicity matrix (a leaf's table is all ones), and reduces modulo the prime once per
sum rather than per product (multiplicities are small), about 2 ms at N = 12 (the shared
``count_tree_placements`` took about 10 ms). N is capped at 12 (reached at d = 6); the largest edge multiplicity keeps
growing with d, so the counts (and the arithmetic) keep growing. The graph always contains a
planted copy of the tree, so the count is at least the number of tree symmetries (>= 2 for
small trees).

Difficulty schedule (N vertices, graph edges M, multiplicities in 1..C):

    d       0    1    2    5    6   10   20        d
    N       6    7    8   11   12   12   12        min(6 + d, 12)
    M       8   10   13   22   26   32   44        N - 1 + N * (2 + min(d + 2, 20)) // 8, at most N(N-1)/2
    C       3    3    4    5    6    8   13        3 + d // 2

Multiplicities go above 1 from d = 0 on: with simple graphs on 4 vertices the count was one of
three values (4 on 57% of the seeds), and with multigraphs on 4 or 5 vertices one count was
still the answer on 15-25% of the seeds, so level 0 starts at six vertices. The prompt stays under 1,500 characters at d = 20.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym.graphs import format_edges, pair_count, random_tree, sample_pairs, scramble_undirected
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_VERTICES = 12


@njit(cache=True)
def _placements_kernel(order, parent, is_leaf, multiplicity, prime):
    """Inclusion-exclusion over image sets; ``multiplicity`` entries must be small (products
    with a table entry below the prime are summed before one reduction)."""
    n = order.shape[0]
    total = 0
    members = np.empty(n, dtype=np.int64)
    sub = np.empty((n, n), dtype=np.int64)
    row = np.empty(n, dtype=np.int64)
    ways = np.empty((n, n), dtype=np.int64)
    for image in range(1, 1 << n):
        size = 0
        for x in range(n):
            if (image >> x) & 1:
                members[size] = x
                size += 1
        for a in range(size):
            r = 0
            for b in range(size):
                c = multiplicity[members[a], members[b]]
                sub[a, b] = c
                r += c
            row[a] = r % prime
        for i in range(n):
            for a in range(size):
                ways[i, a] = 1
        for position in range(n - 1, 0, -1):  # children before parents
            child = order[position]
            up = parent[child]
            if is_leaf[child]:  # a leaf's table is all ones: the sum is a row sum
                for a in range(size):
                    ways[up, a] = ways[up, a] * row[a] % prime
            else:
                for a in range(size):
                    s = 0
                    for b in range(size):
                        s += sub[a, b] * ways[child, b]
                    ways[up, a] = ways[up, a] * (s % prime) % prime
        term = 0
        for a in range(size):
            term += ways[order[0], a]
        term %= prime
        if (n - size) % 2:
            total = (total - term) % prime
        else:
            total = (total + term) % prime
    return total


def count_tree_placements(n, tree_edges, graph_edges, prime):
    """Placements of the tree onto the multigraph (``[u, v, copies]``) modulo ``prime``; the
    same count as the shared kernel of that name. Needs copies * prime well below 2**63 / n."""
    multiplicity = np.zeros((n, n), dtype=np.int64)
    for u, v, copies in graph_edges:
        multiplicity[u, v] += copies
        multiplicity[v, u] += copies
    neighbours = [[] for _ in range(n)]
    for a, b in tree_edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    root = max(range(n), key=lambda v: len(neighbours[v]))
    order, parent = [root], [-1] * n
    for v in order:
        for w in neighbours[v]:
            if w != parent[v] and w != root:
                parent[w] = v
                order.append(w)
    is_leaf = np.array([v != root and len(neighbours[v]) == 1 for v in range(n)], dtype=np.bool_)
    return int(
        _placements_kernel(
            np.asarray(order, dtype=np.int64),
            np.asarray(parent, dtype=np.int64),
            is_leaf,
            multiplicity % prime,
            prime,
        )
    )


class TreeIntoGraphPlacements(ModularCountEnvironment):
    description = (
        "Count bijective placements of a tree onto a multigraph (edges onto edges), modulo a prime"
    )
    catalog_name = "GraphContainTreeCounting"

    def schedule(self, difficulty):
        n = min(6 + difficulty, MAX_VERTICES)
        return {
            "vertices": n,
            "edges": min(pair_count(n), n - 1 + n * (2 + min(difficulty + 2, 20)) // 8),
            "max_copies": 3 + difficulty // 2,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        tree = random_tree(rng, n)
        image = list(range(n))
        rng.shuffle(image)
        planted = [[min(image[a], image[b]), max(image[a], image[b])] for a, b in tree]
        pairs = planted + sample_pairs(rng, n, sizes["edges"] - len(planted), exclude=planted)
        graph = [[u, v, rng.randint(1, sizes["max_copies"])] for u, v in pairs]
        return {
            "n": n,
            "tree_edges": scramble_undirected(rng, tree),
            "graph_edges": scramble_undirected(rng, graph),
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_tree_placements(
            instance["n"], instance["tree_edges"], instance["graph_edges"], instance["modulus"]
        )

    def render(self, instance):
        n = instance["n"]
        return (
            f"A tree T has {n} vertices, labelled 0 to {n - 1}, and these {n - 1} edges (one 'a b' per "
            "line):\n\n"
            f"{format_edges(instance['tree_edges'])}\n\n"
            f"A multigraph G also has {n} vertices, labelled 0 to {n - 1}. Each line 'u v c' below means "
            "that there are c parallel edges between u and v (no other pairs are joined):\n\n"
            f"{format_edges(instance['graph_edges'])}\n\n"
            "A placement of T onto G assigns to every vertex of T a different vertex of G (a "
            "one-to-one correspondence) and to every edge a b of T one of the parallel edges of G "
            "between the images of a and b (so such an edge must exist). Two placements differ if "
            "they assign some vertex or some edge differently. How many placements are there?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
