"""FirstDrawTreeOrderProbability: the probability that the first-draw times of weighted random
draws respect the orientations of a tree's edges, modulo a prime.

Each of N items first gets a random weight W_i in {1, 2, 3}, W_i = j with probability
a_ij / (a_i1 + a_i2 + a_i3). Then items are drawn one after another, with replacement, each draw
taking item i with probability W_i / (W_1 + ... + W_N), until every item has been drawn; T_i is
the number of the draw at which item i first comes up. The edges of a tree on the items are
given as orientations "T_u < T_v"; the answer is the probability that all of them hold, a
rational number asked modulo a prime M as a * b^(-1) mod M.

Solver. Repeated draws do not matter: the order of first appearances is a weighted sampling
without replacement, in which an item comes before all items of a set S with probability
W_i / (W_i + W(S)). If every edge points away from a root (an out-tree, or a forest of them),
all constraints hold exactly when each item comes first in its subtree, and these events are
independent: the probability is the product over items of W_v / W(subtree of v). An edge that
points the other way is written as 1 - (the edge reversed): "drop the edge" (the forest splits)
minus "the edge pointing away from the root". So a DP over the tree rooted at item 0 keeps, for
each vertex, the signed weighted sum of the cases by the total weight s of its out-tree part
(s <= 3 * size), merging children like a knapsack and dividing by s when the vertex is done:
O(N^2) operations. The tests check it against all 3^N weight choices and all N! orders of first
appearances with exact fractions.

Instances: a uniformly random labelled tree; each edge points away from item 0 with a
probability drawn per instance from [0.2, 0.8]; the a_ij are uniform in [1, max_count]. The prime
is drawn from ``COUNTING_PRIMES`` (every denominator is a product of numbers below 3N + 3 *
max_count, far below it).

Difficulty schedule:

    d           0   1   2   3  ...  10  ...  20  ...  d
    items       5   6   7   8  ...  15  ...  25  ...  5 + d
    max_count   4   4   5   5  ...   9  ...  14  ...  4 + d // 2

Level 0 has five items (3^5 weight patterns); every level adds an item, so the inclusion-
exclusion over reversed edges and the table of out-tree weights grow.
"""

from __future__ import annotations

from rlve_gym.graphs import adjacency
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.trees import bfs_order, random_tree_edges

from ._modular_expectation import ModularFractionEnvironment, fraction_sentence


def ordered_first_draw_probability(
    counts: list[list[int]], arcs: list[list[int]], prime: int
) -> int:
    """P(T_u < T_v for every arc (u, v)) modulo ``prime``; the arcs form a tree on the items."""
    n = len(counts)
    order, parent = bfs_order(adjacency(n, arcs), 0)
    away = set()  # children whose arc points away from the root (parent before child)
    for u, v in arcs:
        if parent[v] == u:
            away.add(v)
    children: list[list[int]] = [[] for _ in range(n)]
    for v in order[1:]:
        children[parent[v]].append(v)
    inverses = [0, 1]
    for i in range(2, 3 * n + 1):
        inverses.append((prime - (prime // i) * inverses[prime % i] % prime) % prime)
    table: list[list[int]] = [[] for _ in range(n)]
    for v in reversed(order):
        a = counts[v]
        scale = pow(sum(a), prime - 2, prime)
        current = [0] + [a[w - 1] * w % prime * scale % prime for w in (1, 2, 3)]
        for c in children[v]:
            child = table[c]
            merged = [0] * (len(current) + len(child) - 1)
            if c in away:
                for i, x in enumerate(current):
                    if x:
                        for j, y in enumerate(child):
                            if y:
                                merged[i + j] = (merged[i + j] + x * y) % prime
            else:
                dropped = sum(child) % prime
                for i, x in enumerate(current):
                    if x:
                        merged[i] = (merged[i] + x * dropped) % prime
                        for j, y in enumerate(child):
                            if y:
                                merged[i + j] = (merged[i + j] - x * y) % prime
            current = merged
            table[c] = []
        table[v] = [x * inverses[s] % prime if s else 0 for s, x in enumerate(current)]
    return sum(table[0]) % prime


class FirstDrawTreeOrderProbability(ModularFractionEnvironment):
    description = (
        "Probability that first-draw times of weighted random draws (random weights 1-3) "
        "respect the orientations of a tree's edges, modulo a prime"
    )
    catalog_name = "MoneyChargingGame"

    def schedule(self, difficulty):
        return {"items": 5 + difficulty, "max_count": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n, top = sizes["items"], sizes["max_count"]
        counts = [[rng.randint(1, top) for _ in range(3)] for _ in range(n)]
        edges = random_tree_edges(rng, n)
        _, parent = bfs_order(adjacency(n, edges), 0)
        share = rng.uniform(0.2, 0.8)
        arcs = []
        for u, v in edges:
            if parent[u] == v:
                u, v = v, u  # now u is the parent
            arcs.append([u, v] if rng.random() < share else [v, u])
        return {"counts": counts, "arcs": arcs, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return ordered_first_draw_probability(
            instance["counts"], instance["arcs"], instance["modulus"]
        )

    def render(self, instance):
        counts, arcs = instance["counts"], instance["arcs"]
        n = len(counts)
        listed = "\n".join(
            f"item {i}: a1 = {a1}, a2 = {a2}, a3 = {a3}" for i, (a1, a2, a3) in enumerate(counts)
        )
        conditions = "\n".join(f"T{u} < T{v}" for u, v in arcs)
        return (
            f"There are {n} items, numbered 0 to {n - 1}, each with three positive numbers "
            f"a1, a2, a3:\n{listed}\n\n"
            "A random process runs in two stages.\n"
            "1. Each item i independently gets a weight W_i from {1, 2, 3}: W_i = j with "
            "probability a_j / (a1 + a2 + a3), using item i's numbers.\n"
            "2. Then items are drawn one at a time, with replacement: each draw picks item i with "
            "probability W_i / (W_0 + W_1 + ... + W_" + str(n - 1) + "), independently of the "
            "other draws, and the draws go on until every item has been drawn at least once. Ti "
            "is the number of the draw at which item i is drawn for the first time (draws are "
            "numbered 1, 2, 3, ...).\n"
            f"The following {len(arcs)} conditions are given (as undirected edges they form a "
            f"tree on the items):\n{conditions}\n\n"
            "What is the probability that all of these conditions hold?\n"
            "For example, for 2 items whose weights came out as W_0 = 1 and W_1 = 3, the "
            "condition T0 < T1 holds with probability 1/4 (item 0 must win the first draw).\n"
            f"{fraction_sentence(instance['modulus'], 'probability')}\n"
            "Answer with a single integer."
        )
