"""TreeIntoGraphPlacements: the number of ways to place a tree onto a multigraph with the same
number of vertices, mapping tree vertices one-to-one onto graph vertices and every tree edge onto
one of the graph edges between the images, modulo a prime.

Counting bijections directly is N!; the reference solver uses inclusion-exclusion over the set
of graph vertices used as images (sum over sets S of (-1)^(N-|S|) times the number of arbitrary
maps into S), each term a tree DP in O(N |S|^2), all in a Numba kernel: O(2^N N^3) at worst,
about 10 ms at N = 12. N is capped at 12 (reached at d = 6); the largest edge multiplicity keeps
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

from rlve_gym.graphs import format_edges, pair_count, random_tree, sample_pairs, scramble_undirected
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.graph_search import count_tree_placements
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

MAX_VERTICES = 12


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
