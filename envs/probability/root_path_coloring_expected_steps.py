"""RootPathColoringExpectedSteps: expected number of rounds to colour a rooted tree when each round
colours the path from a random uncoloured vertex up to the root.

The solver sees a tree rooted at vertex 0. All vertices start uncoloured; each round picks one
uncoloured vertex uniformly at random and colours every vertex on the path from it to the root
(itself and all its ancestors). The answer is the expected number of rounds until every vertex is
coloured, a rational number asked modulo a prime M as a * b^(-1) mod M.

Solver. A vertex v is picked in some round exactly when it is still uncoloured when the first
vertex of its subtree is picked, i.e. when v itself comes first among its subtree in a uniformly
random order of all vertices (picking uniformly among the uncoloured vertices produces the same
first-among-its-subtree events as walking through a random permutation and skipping coloured
vertices). That has probability 1 / size(v), so the expectation is the sum of 1 / size(v) over
all vertices: one pass over the tree, O(N). The tests check it against the Markov chain over
sets of coloured vertices with exact fractions.

Instances are uniformly random labelled trees (random Pruefer codes) rooted at vertex 0; the
prime is drawn from ``COUNTING_PRIMES`` (all above 10**6, so no subtree size is a multiple).

Difficulty schedule:

    d          0   1   2   3  ...  10  ...  20  ...  d
    vertices   8   9  10  11  ...  18  ...  28  ...  8 + d

Level 0 already has eight vertices, enough tree shapes that no value repeats often; each level
adds a vertex, so there are more subtree sizes to add up.
"""

from __future__ import annotations

from fractions import Fraction

from rlve_gym.graphs import adjacency
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.trees import bfs_order, random_tree_edges, subtree_sizes, tree_statement

from ._modular_expectation import ModularFractionEnvironment, fraction_mod, fraction_sentence


def expected_rounds(n: int, edges: list[list[int]]) -> Fraction:
    """Sum over the vertices of 1 / (size of the subtree rooted there), the tree rooted at 0."""
    order, parent = bfs_order(adjacency(n, edges), 0)
    return sum((Fraction(1, size) for size in subtree_sizes(order, parent)), Fraction(0))


class RootPathColoringExpectedSteps(ModularFractionEnvironment):
    description = (
        "Expected rounds to colour a rooted tree when each round colours the root path of a "
        "uniformly random uncoloured vertex, modulo a prime"
    )
    catalog_name = "TreeElimination_Expectation"

    def schedule(self, difficulty):
        return {"vertices": 8 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"vertices": n, "edges": random_tree_edges(rng, n), "modulus": choose_prime(rng)}

    def solve(self, instance):
        value = expected_rounds(instance["vertices"], instance["edges"])
        return fraction_mod(value, instance["modulus"])

    def render(self, instance):
        n = instance["vertices"]
        return (
            f"{tree_statement(n, instance['edges'], rooted=True)}\n\n"
            "The parent of a vertex other than 0 is its neighbour on the way to vertex 0. The path "
            "from a vertex to the root consists of the vertex, its parent, its parent's parent, "
            "and so on up to vertex 0. At the start no vertex is coloured. In each round, "
            "one of the vertices that are not yet coloured is picked uniformly at random, and "
            "every vertex on the path from the picked vertex to the root is coloured (vertices "
            "already coloured stay coloured). The rounds stop when all vertices are coloured.\n"
            "For example, for a path of two vertices rooted at one end, the first round picks "
            "the leaf (ending after 1 round) or the root (then 2 rounds), so the expected number "
            "of rounds is 3/2.\n"
            "What is the expected number of rounds?\n"
            f"{fraction_sentence(instance['modulus'], 'expected number of rounds')}\n"
            "Answer with a single integer."
        )
