"""Maximum-weight independent set of a vertex-weighted tree.

Given a tree whose vertices carry positive integer weights, choose vertices, no two joined by
an edge, with the largest possible total weight. Any optimal set is accepted. Partial credit
scale: an independent set of lower weight earns the share of the gap it closes between a blind
baseline B and the optimum, (weight - B) / (optimum - B), where B is the heaviest of 32 random
maximal independent sets (drawn at generation and stored with the optimum). The plain ratio
weight / optimum would give a random maximal independent set about 0.8.

Difficulty schedule (tree size and weight range):

    d            0    1    2    3    5    10    20    d
    vertices    20   23   26   29   35    50    80    20 + 3d
    max weight  20   24   28   32   40    60   100    20 + 4d

Level 0 has 20 vertices: on smaller trees a random maximal independent set (a blind answer) is
optimal on more than one draw in twenty.

The tree is a uniformly random labelled tree, so at every level the greedy "take the heaviest
vertex" answer is usually wrong while the two-state tree DP solves it in linear time. The prompt
stays under 1,000 characters at d = 20.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list, vertex_list_problem
from rlve_gym.kernels.graph_kernels import to_csr
from rlve_gym.scoring import gap_closed_score
from rlve_gym.trees import bfs_order, random_tree_edges, tree_statement


def max_weight_independent_set(
    n: int, edges: list[list[int]], weights: list[int]
) -> tuple[int, list[int]]:
    """``(best weight, one optimal set in increasing order)`` by the take/skip DP over the tree."""
    adj = adjacency(n, edges)
    order, parent = bfs_order(adj, 0)
    take = list(weights)  # best weight in v's subtree with v chosen
    skip = [0] * n  # ... with v not chosen
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            take[p] += skip[v]
            skip[p] += max(take[v], skip[v])
    chosen = []
    use = [False] * n
    for v in order:  # top-down: a vertex is chosen when its parent is not and taking it is better
        p = parent[v]
        use[v] = (p < 0 or not use[p]) and take[v] >= skip[v]
        if use[v]:
            chosen.append(v)
    return max(take[0], skip[0]), sorted(chosen)


BASELINE_SAMPLES = 32


def random_maximal_independent_set(rng, adj: list[list[int]]) -> list[int]:
    """Vertices taken greedily in a random order whenever no neighbour is taken yet: a blind but
    valid answer."""
    order = list(range(len(adj)))
    rng.shuffle(order)
    taken = [False] * len(adj)
    for v in order:
        if not any(taken[u] for u in adj[v]):
            taken[v] = True
    return [v for v in order if taken[v]]


@njit(cache=True)
def _heaviest_greedy_set(indptr, targets, weights, orders):
    """The largest weight among the maximal independent sets built greedily along each row of
    ``orders`` (a vertex is taken when no neighbour is taken yet), as in
    ``random_maximal_independent_set``."""
    n = weights.shape[0]
    taken = np.zeros(n, np.bool_)
    best = 0
    for row in range(orders.shape[0]):
        taken[:] = False
        total = 0
        for i in range(n):
            v = orders[row, i]
            free = True
            for e in range(indptr[v], indptr[v + 1]):
                if taken[targets[e]]:
                    free = False
                    break
            if free:
                taken[v] = True
                total += weights[v]
        if total > best:
            best = total
    return best


def blind_weight(rng, n: int, edges: list[list[int]], weights: list[int]) -> int:
    """The heaviest of ``BASELINE_SAMPLES`` random maximal independent sets. The random orders
    come from a numpy generator seeded by one draw of ``rng`` and the greedy passes run compiled:
    the same kind of blind answers as ``random_maximal_independent_set``, without thousands of
    Python-level draws."""
    orders = np.random.default_rng(rng.getrandbits(64)).permuted(
        np.tile(np.arange(n, dtype=np.int64), (BASELINE_SAMPLES, 1)), axis=1
    )
    indptr, targets, _ = to_csr(n, edges, directed=False)
    return int(_heaviest_greedy_set(indptr, targets, np.asarray(weights, dtype=np.int64), orders))


class TreeMaxWeightIndependentSet(Environment):
    description = "Choose non-adjacent tree vertices with the largest total weight"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3 4"
    catalog_name = "Maximum_IndependentSet_Tree"

    def schedule(self, difficulty):
        return {"vertices": 20 + 3 * difficulty, "max_weight": 20 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        weights = [rng.randint(1, sizes["max_weight"]) for _ in range(n)]
        edges = random_tree_edges(rng, n)
        blind = blind_weight(rng, n, edges, weights)
        return {
            "n": n,
            "edges": edges,
            "weights": weights,
            "best_weight": max_weight_independent_set(n, edges, weights)[0],
            "blind_weight": blind,
        }

    def solve(self, instance):
        return max_weight_independent_set(instance["n"], instance["edges"], instance["weights"])[1]

    def render(self, instance):
        n = instance["n"]
        weights = " ".join(str(w) for w in instance["weights"])
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"Each vertex has a weight. The weights of vertices 0, 1, ..., {n - 1}, in order, are:\n{weights}\n\n"
            "Choose a set S of vertices such that no two vertices of S are joined by an edge, "
            "making the total weight of S as large as possible. "
            "Output the vertices of S separated by spaces, in any order (for example: 0 3 4)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n, weights = instance["n"], instance["weights"]
        problem = vertex_list_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        chosen = set(answer)
        for u, v in instance["edges"]:
            if u in chosen and v in chosen:
                return Verdict.wrong(
                    f"vertices {u} and {v} are both chosen but are joined by an edge"
                )
        best = instance["best_weight"]
        total = sum(weights[v] for v in chosen)
        if total >= best:
            return Verdict.right()
        return Verdict.wrong(
            f"independent, but total weight {total} is not the maximum",
            score=gap_closed_score(total, best, instance["blind_weight"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        adj = adjacency(instance["n"], instance["edges"])
        return " ".join(map(str, random_maximal_independent_set(rng, adj)))

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        chosen = [int(t) for t in problem.answer.split()]
        adj = adjacency(instance["n"], instance["edges"])
        misses = []
        # add a neighbour of a chosen vertex: breaks independence
        for v in chosen:
            if adj[v]:
                misses.append(" ".join(map(str, chosen + [adj[v][0]])))
                break
        lightest = min(chosen, key=lambda v: instance["weights"][v])
        misses.append(" ".join(str(v) for v in chosen if v != lightest))  # suboptimal
        misses.append(" ".join(map(str, chosen + [chosen[0]])))  # a repeated vertex
        misses.append(" ".join(map(str, chosen + [instance["n"]])))  # a vertex that does not exist
        return misses
