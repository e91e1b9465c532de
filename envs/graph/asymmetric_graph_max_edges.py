"""AsymmetricGraphMaxEdges: the largest number of edges of an asymmetric simple graph on N
labelled vertices (asymmetric: the identity is its only automorphism).

Why the answer is C(N, 2) - min_edges(N), and what min_edges is:

* A graph and its complement have the same automorphisms, so complementing maps the asymmetric
  graphs with m edges onto those with C(N, 2) - m edges; the maximum is C(N, 2) minus the
  minimum.
* A graph is asymmetric exactly when every component is asymmetric and no two components are
  isomorphic (an automorphism may permute isomorphic components). Connected asymmetric graphs
  exist on 1 vertex and on every k >= 6 vertices, none on 2..5; asymmetric (identity) trees exist
  on 1 vertex and on every k >= 7 vertices, with t(k) = 1, 0, 0, 0, 0, 0, 1, 1, 3, 6, 15, 29, ...
  of them (OEIS A000220), computed here from the rooted identity trees r(x) = x prod (1+x^k)^r_k
  by Otter's dissimilarity formula t(x) = r(x) - (r(x)^2 + r(x^2)) / 2.
* Lower bound: with c components, T of them trees, the edge count is N - c + (sum of cycle ranks)
  >= N - c + (c - T) = N - T. The T tree components are distinct asymmetric trees of total order
  <= N, so T <= c_max(N), the most items of the multiset {1 once, k with multiplicity t(k) for
  k >= 7} whose sum fits in N (take the smallest: 1, 7, 8, 9, 9, 9, 10, ...).
* Upper bound (N >= 7): take K1 plus the c_max(N) - 1 smallest asymmetric trees and put the
  leftover vertices into the largest tree: a larger asymmetric tree of that order exists and,
  being strictly larger than every other component, is isomorphic to none. When c_max(N) = 1
  (N = 7) a single asymmetric tree on 7 vertices does it. So min_edges(N) = N - c_max(N). A
  component with a cycle never helps: it saves nothing over giving its vertices to a tree.
* Small N: N = 1 has 0 edges; N = 2..5 has no asymmetric graph (never generated); N = 6 has no
  room for a tree other than K1, and K1 would leave 5 vertices that no asymmetric components can
  fill, so the graph is connected with a cycle: min_edges(6) = 6 (a triangle with pendant paths of
  lengths 0, 1, 2), answer 9.

The formula was confirmed by exhaustive search over all labelled graphs for N <= 8 (N = 6 and 7
reproduce the known 8 and 152 asymmetric graphs up to isomorphism, N = 8 the known 3696) and
over all edge sets of size up to the minimum for N = 9, 10 and 11 (minima 7, 8, 9); the tests
repeat the search for N <= 8, recount the trees with networkx, and build and check witnesses
(a sparsest graph and its complement) for larger N.

Difficulty schedule (N drawn uniformly from [low, high]):

    d       0    1    2    3    5   10   20   30
    low     6    7    8    9   11   16   26   36       6 + d
    high   80   86   93  100  116  165  300  485       80 + 6d + d^2 // 4

N stays >= 6, so N = 1 (answer 0) and the impossible N = 2..5 never appear. As N grows the
optimum packs more and larger distinct asymmetric trees (orders 7..12 by d = 30), so the
solver must count asymmetric trees further; the answers stay polynomial in N and generation
is microseconds (the tree counts are computed once and cached).

The instance is the single number N, so a level holds only as many problems as N has values:
the class sets ``few_instances``. Each level still spans at least 75 values of N (each with its
own answer), so no remembered number answers more than a few percent of a level.
"""

from __future__ import annotations

from functools import cache
from math import comb

from rlve_gym import Environment

SMALLEST_ASYMMETRIC_NONTRIVIAL_TREE = 7


@cache
def rooted_identity_tree_counts(max_order: int) -> tuple[int, ...]:
    """r[k]: rooted trees on k vertices with no automorphism fixing the root but the identity.

    The root's subtrees are distinct rooted identity trees, so r(x) = x * prod_k (1 + x^k)^r[k];
    the coefficient of x^(k-1) in the product only needs the factors of order below k.
    """
    counts = [0] * (max_order + 1)
    product = [1] + [0] * max_order  # prod over orders already seen, truncated at max_order
    for order in range(1, max_order + 1):
        counts[order] = product[order - 1]
        # multiply by (1 + x^order)^counts[order] = sum_j C(counts[order], j) x^(order j)
        factor = [comb(counts[order], j) for j in range(max_order // order + 1)]
        product = [
            sum(factor[j] * product[degree - order * j] for j in range(degree // order + 1))
            for degree in range(max_order + 1)
        ]
    return tuple(counts)


@cache
def asymmetric_tree_counts(max_order: int) -> tuple[int, ...]:
    """t[k]: asymmetric free trees on k unlabelled vertices (OEIS A000220), k = 0..max_order."""
    r = rooted_identity_tree_counts(max_order)
    counts = [0] * (max_order + 1)
    for order in range(1, max_order + 1):
        square = sum(r[i] * r[order - i] for i in range(1, order))
        halves = r[order // 2] if order % 2 == 0 else 0
        counts[order] = r[order] - (square + halves) // 2
    return tuple(counts)


def max_tree_components(n: int) -> int:
    """The most pairwise non-isomorphic asymmetric trees (K1 included) with total order <= n."""
    if n < 1:
        return 0
    used, components, order = 1, 1, SMALLEST_ASYMMETRIC_NONTRIVIAL_TREE
    max_order = 16
    while True:
        if order > max_order:
            max_order *= 2
        available = asymmetric_tree_counts(max_order)[order]
        take = min(available, (n - used) // order)
        used += take * order
        components += take
        if take < available:
            return components
        order += 1


def asymmetric_graph_exists(n: int) -> bool:
    return n == 1 or n >= 6


def min_asymmetric_edges(n: int) -> int:
    """Fewest edges of an asymmetric graph on n vertices (n = 1 or n >= 6)."""
    if not asymmetric_graph_exists(n):
        raise ValueError(f"no asymmetric graph has {n} vertices")
    if n == 1:
        return 0
    if n == 6:
        return 6
    return n - max_tree_components(n)


def max_asymmetric_edges(n: int) -> int:
    """Most edges of an asymmetric graph on n vertices: the complement of a sparsest one."""
    return comb(n, 2) - min_asymmetric_edges(n)


class AsymmetricGraphMaxEdges(Environment):
    description = "Maximum number of edges of an asymmetric simple graph on N labelled vertices"
    answer_kind = "single_int"
    answer_example = "57"
    catalog_name = "MostNumEdge_NonSelfIsomorphism"
    few_instances = True

    def schedule(self, difficulty):
        return {"min_n": 6 + difficulty, "max_n": 80 + 6 * difficulty + difficulty**2 // 4}

    def generate_instance(self, rng, sizes):
        return {"n": rng.randint(sizes["min_n"], sizes["max_n"])}

    def solve(self, instance):
        return max_asymmetric_edges(instance["n"])

    def render(self, instance):
        n = instance["n"]
        return (
            f"Consider simple undirected graphs on the {n} vertices 1, 2, ..., {n} (no loops, at "
            "most one edge between two vertices, not necessarily connected). An automorphism of "
            "such a graph is a permutation p of the vertices such that, for every two vertices u "
            "and v, {u, v} is an edge exactly when {p(u), p(v)} is an edge. A graph is called "
            "asymmetric if its only automorphism is the identity permutation (p(v) = v for every "
            "v). For example, the empty graph on 2 or more vertices is not asymmetric, because "
            "swapping two vertices is an automorphism.\n\n"
            f"Asymmetric graphs on {n} vertices exist. What is the largest possible number of "
            f"edges of an asymmetric graph on these {n} vertices?\n"
            "Answer with a single integer."
        )
