"""Colour exactly K vertices of a weighted tree black to maximise same-colour pairwise distances.

Exactly K vertices are black, the rest white. The value of a colouring is the sum of the tree
distances over all unordered pairs of black vertices plus over all unordered pairs of white
vertices. The solver lists the black vertices; any colouring with the largest value is accepted.
A smaller value earns partial credit only for what it gains over a blind guess:
``gap_closed_score``, (value - B) / (optimum - B), where B is the best value of 32 random sets
of K black vertices drawn at generation (a random colouring already reaches about 90% of the
optimum, so value / optimum would be farmable; gains over the mean random value still paid
random guesses ~0.15). The optimum and one optimal colouring are stored in the instance, so
checking an answer is one linear pass.

Difficulty schedule (tree size, largest edge length; K is uniform in [2, n - 2]):

    d            0    1    2    3    5    10    20    d
    vertices    14   17   20   23   29    44    74    14 + 3d
    max length   5    6    7    8   10    15    25    5 + d

Level 0 has 14 vertices: on smaller trees a random colouring is optimal too often (30% of the
time with 5 vertices).

Reference solver, the ``O(n^2)`` tree knapsack: an edge whose lower side holds s vertices, t of
them black, is crossed by t (K - t) black pairs and (s - t)(n - K - s + t) white pairs, so the
value is a sum of per-edge terms that depend only on how many blacks each subtree holds. The DP
and the 32 blind colourings' values run compiled with Numba on one rooting of the tree.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import add_weights, parse_vertex_list
from rlve_gym.scoring import gap_closed_score
from rlve_gym.trees import (
    random_tree_edges,
    root_weighted_tree,
    tree_statement,
    vertex_set_problem,
)

#: "no colouring with this many blacks below" in the knapsack table
_NONE = np.iinfo(np.int64).min
#: random colourings whose best value is the partial-credit baseline
BLIND_COLOURINGS = 32


def colouring_value(n: int, edges: list[list[int]], black: list[int]) -> int:
    """Sum of same-colour pairwise distances, by counting how many pairs cross each edge."""
    order, parent, up_length = root_weighted_tree(n, edges)
    k = len(black)
    is_black = [0] * n
    for v in black:
        is_black[v] = 1
    size, blacks = [1] * n, list(is_black)
    value = 0
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            s, t = size[v], blacks[v]
            value += up_length[v] * (t * (k - t) + (s - t) * (n - k - s + t))
            size[p] += s
            blacks[p] += t
    return value


@njit(cache=True)
def _knapsack(n, k, order, parent, up_length):
    """``(largest value, 0/1 black flags)``: the tree knapsack over subtree black counts. Children
    are merged in increasing label order and a count is replaced only by a strictly larger value,
    so ties resolve as in a plain list-based version of the same DP."""
    table = np.full((n, n + 1), _NONE, dtype=np.int64)
    pick = np.zeros((n, n + 1), dtype=np.int64)  # pick[c, total]: blacks taken below child c
    merged = np.empty(n + 1, dtype=np.int64)
    size = np.ones(n, dtype=np.int64)
    for v in range(n):
        table[v, 0] = 0
        table[v, 1] = 0
    for i in range(n - 1, -1, -1):
        v = order[i]
        for c in range(n):
            if parent[c] != v:
                continue
            w, s = up_length[c], size[c]
            total = size[v] + s
            merged[: total + 1] = _NONE
            for j in range(min(size[v], k) + 1):
                left = table[v, j]
                if left == _NONE:
                    continue
                for t in range(min(s, k - j) + 1):
                    right = table[c, t]
                    if right == _NONE:
                        continue
                    gain = left + right + w * (t * (k - t) + (s - t) * (n - k - s + t))
                    if gain > merged[j + t]:
                        merged[j + t] = gain
                        pick[c, j + t] = t
            table[v, : total + 1] = merged[: total + 1]
            size[v] = total
    black = np.zeros(n, dtype=np.int64)
    want = np.zeros(n, dtype=np.int64)
    want[order[0]] = k
    for i in range(n):  # parents before children: hand each child its share, last child first
        v = order[i]
        left = want[v]
        for c in range(n - 1, -1, -1):
            if parent[c] == v:
                want[c] = pick[c, left]
                left -= want[c]
        if left == 1:
            black[v] = 1
    return table[order[0], k], black


@njit(cache=True)
def _colouring_values(n, order, parent, up_length, colourings):
    """Value of each row of ``colourings`` (black vertex lists of one length K)."""
    rows, k = colourings.shape
    values = np.zeros(rows, dtype=np.int64)
    size = np.empty(n, dtype=np.int64)
    blacks = np.empty(n, dtype=np.int64)
    for r in range(rows):
        size[:] = 1
        blacks[:] = 0
        for j in range(k):
            blacks[colourings[r, j]] = 1
        value = 0
        for i in range(n - 1, 0, -1):
            v = order[i]
            p = parent[v]
            s, t = size[v], blacks[v]
            value += up_length[v] * (t * (k - t) + (s - t) * (n - k - s + t))
            size[p] += s
            blacks[p] += t
        values[r] = value
    return values


def _rooted(n: int, edges: list[list[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order, parent, up_length = root_weighted_tree(n, edges)
    return (
        np.asarray(order, dtype=np.int64),
        np.asarray(parent, dtype=np.int64),
        np.asarray(up_length, dtype=np.int64),
    )


def best_colouring(n: int, edges: list[list[int]], k: int) -> tuple[int, list[int]]:
    """``(largest value, its black vertices)`` by the knapsack over subtree black counts."""
    value, black = _knapsack(n, k, *_rooted(n, edges))
    return int(value), np.flatnonzero(black).tolist()


class TreeTwoColorDistanceSum(Environment):
    description = (
        "Colour K tree vertices black maximising the sum of same-colour pairwise distances"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4"
    catalog_name = "TreeColoring"

    def schedule(self, difficulty):
        return {"vertices": 14 + 3 * difficulty, "max_length": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        k = rng.randint(2, n - 2)
        rooted = _rooted(n, edges)
        best_value, best_black = _knapsack(n, k, *rooted)
        blind_sets = np.array([rng.sample(range(n), k) for _ in range(BLIND_COLOURINGS)])
        blind = int(_colouring_values(n, *rooted, blind_sets).max())
        return {
            "n": n,
            "edges": edges,
            "black": k,
            "best_value": int(best_value),
            "best_black": np.flatnonzero(best_black).tolist(),
            "blind_value": blind,
        }

    def solve(self, instance):
        return instance["best_black"]  # found by ``best_colouring`` at generation

    def render(self, instance):
        n, k = instance["n"], instance["black"]
        return (
            f"{tree_statement(n, instance['edges'], weight='length')}\n\n"
            "The distance between two vertices is the total length of the edges on the path between "
            f"them. Colour exactly {k} vertices black and the other {n - k} white. The value of the "
            "colouring is the sum of the distances over all unordered pairs of black vertices plus the "
            "sum of the distances over all unordered pairs of white vertices. Make the value as large "
            f"as possible. Output the {k} black vertices separated by spaces, in any order (for "
            "example: 1 4)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["black"] + 1)

    def check(self, instance, answer, reference):
        n, k = instance["n"], instance["black"]
        problem = vertex_set_problem(answer, n, k, "black vertices")
        if problem:
            return Verdict.wrong(problem)
        value = colouring_value(n, instance["edges"], answer)
        best = instance["best_value"]
        if value >= best:
            return Verdict.right()
        return Verdict.wrong(
            f"the colouring has value {value}, which is not the largest possible",
            score=gap_closed_score(value, best, instance["blind_value"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return " ".join(map(str, rng.sample(range(instance["n"]), instance["black"])))

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        n, edges = instance["n"], instance["edges"]
        black = [int(t) for t in problem.answer.split()]
        best = colouring_value(n, edges, black)
        misses = [" ".join(map(str, black[:-1])), " ".join(map(str, black[:-1] + black[:1]))]
        for out in range(len(black)):  # exchange one black for a white, losing value
            for v in range(n):
                if v not in black:
                    changed = black[:out] + [v] + black[out + 1 :]
                    if colouring_value(n, edges, changed) < best:
                        return misses + [" ".join(map(str, changed))]
        return misses
