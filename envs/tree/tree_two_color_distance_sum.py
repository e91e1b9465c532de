"""Colour exactly K vertices of a weighted tree black to maximise same-colour pairwise distances.

Exactly K vertices are black, the rest white. The value of a colouring is the sum of the tree
distances over all unordered pairs of black vertices plus over all unordered pairs of white
vertices. The solver lists the black vertices; any colouring with the largest value is accepted.
A smaller value earns partial credit only for what it gains over a blind guess: (value - E) /
(optimum - E), where E is the expected value of K black vertices drawn uniformly at random (a
random colouring already reaches about 90% of the optimum, so value / optimum would be farmable).

Difficulty schedule (tree size, largest edge length; K is uniform in [2, n - 2]):

    d            0    1    2    3    5    10    20    d
    vertices     5    8   11   14   20    35    65    5 + 3d
    max length   5    6    7    8   10    15    25    5 + d

Reference solver, the ``O(n^2)`` tree knapsack: an edge whose lower side holds s vertices, t of
them black, is crossed by t (K - t) black pairs and (s - t)(n - K - s + t) white pairs, so the
value is a sum of per-edge terms that depend only on how many blacks each subtree holds.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import add_weights, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    children_lists,
    distance_sums,
    random_tree_edges,
    root_weighted_tree,
    tree_statement,
    vertex_set_problem,
)

UNREACHABLE = float("-inf")


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


def random_colouring_value(n: int, edges: list[list[int]], k: int) -> float:
    """Expected value of a uniformly random set of ``k`` black vertices: every pair is
    same-coloured with probability (k(k-1) + (n-k)(n-k-1)) / (n(n-1))."""
    all_pairs = sum(distance_sums(n, edges)) // 2
    return all_pairs * (k * (k - 1) + (n - k) * (n - k - 1)) / (n * (n - 1))


def best_colouring(n: int, edges: list[list[int]], k: int) -> tuple[int, list[int]]:
    """``(largest value, its black vertices)`` by the knapsack over subtree black counts."""
    order, parent, up_length = root_weighted_tree(n, edges)
    children = children_lists(parent)
    table: list[list[float]] = [[0, 0] for _ in range(n)]  # table[v][t]: best with t blacks below v
    size = [1] * n
    choices: list[list[tuple[int, list[int]]]] = [
        [] for _ in range(n)
    ]  # (child, t chosen per total)
    for v in reversed(order):
        for c in children[v]:
            w = up_length[c]
            merged = [UNREACHABLE] * (size[v] + size[c] + 1)
            pick = [0] * len(merged)
            for j, left in enumerate(table[v]):
                if left == UNREACHABLE:
                    continue
                for t, right in enumerate(table[c]):
                    if right == UNREACHABLE or t > k or j + t > k:
                        continue
                    s = size[c]
                    gain = left + right + w * (t * (k - t) + (s - t) * (n - k - s + t))
                    if gain > merged[j + t]:
                        merged[j + t], pick[j + t] = gain, t
            table[v], size[v] = merged, size[v] + size[c]
            choices[v].append((c, pick))
    black = []
    stack = [(0, k)]
    while stack:
        v, want = stack.pop()
        for c, pick in reversed(choices[v]):
            t = pick[want]
            stack.append((c, t))
            want -= t
        if want == 1:
            black.append(v)
    return int(table[0][k]), sorted(black)


class TreeTwoColorDistanceSum(Environment):
    description = (
        "Colour K tree vertices black maximising the sum of same-colour pairwise distances"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4"
    catalog_name = "TreeColoring"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty, "max_length": 5 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 1, sizes["max_length"])
        return {"n": n, "edges": edges, "black": rng.randint(2, n - 2)}

    def solve(self, instance):
        return best_colouring(instance["n"], instance["edges"], instance["black"])[1]

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
        best = best_colouring(n, instance["edges"], k)[0]
        if value >= best:
            return Verdict.right()
        blind = random_colouring_value(n, instance["edges"], k)
        return Verdict.wrong(
            f"the colouring has value {value}, which is not the largest possible",
            score=constraint_score(round(value - blind, 9), round(best - blind, 9)),
        )

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
