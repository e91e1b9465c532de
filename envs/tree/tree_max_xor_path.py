"""Two tree vertices whose connecting path has the largest XOR of edge weights.

Each edge of a tree carries a non-negative integer weight. The solver picks two distinct vertices
u, v maximising the bitwise XOR of the weights on the path between them. Several pairs may reach
the maximum; any of them is accepted.

Difficulty schedule (tree size, bits per weight):

    d           0    1    2    3    5    10    20    d
    vertices   24   27   30   33   39    54    84    24 + 3d
    bits       10   10   11   11   12    15    20    10 + d // 2

Level 0 already has 24 vertices (276 pairs) and 10-bit weights: with fewer pairs or bits, ties
and chance make a fixed or random pair (the prompt's example included) right on several percent
of a level. The solver is linear, so the larger start costs nothing.

Reference solver: the path XOR is ``root_xor[u] ^ root_xor[v]`` (the shared part of the two
root paths cancels), and the largest XOR of two numbers in a set is found bit by bit from the top
in ``O(n * bits)``.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import add_weights
from rlve_gym.trees import (
    parse_vertex_pair,
    random_tree_edges,
    root_weighted_tree,
    tree_statement,
    vertex_pair_problem,
)


def root_xors(n: int, edges: list[list[int]]) -> list[int]:
    """XOR of the edge weights on the path from vertex 0 to each vertex."""
    order, parent, up_weight = root_weighted_tree(n, edges)
    xor = [0] * n
    for v in order[1:]:
        xor[v] = xor[parent[v]] ^ up_weight[v]
    return xor


def max_pair_xor(values: list[int]) -> int:
    """The largest ``a ^ b`` over two entries of ``values`` (at least two entries)."""
    best = 0
    for bit in reversed(range(max(values).bit_length())):
        candidate = best | (1 << bit)
        prefixes = {x >> bit for x in values}
        if any((candidate >> bit) ^ p in prefixes for p in prefixes):
            best = candidate
    return best


class TreeMaxXorPath(Environment):
    description = "Two tree vertices whose path has the largest XOR of edge weights"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "MaxTreeXorPath"

    def schedule(self, difficulty):
        return {"vertices": 24 + 3 * difficulty, "bits": 10 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(rng, random_tree_edges(rng, n), 0, 2 ** sizes["bits"] - 1)
        return {"n": n, "edges": edges}

    def solve(self, instance):
        xor = root_xors(instance["n"], instance["edges"])
        best = max_pair_xor(xor)
        vertex_with = {}
        for v, x in enumerate(xor):
            vertex_with.setdefault(x, v)
        for u, x in enumerate(xor):
            v = vertex_with.get(x ^ best)
            if v is not None and v != u:
                return sorted((u, v))
        raise ValueError("a tree needs at least two vertices for a pair")  # unreachable for n >= 2

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'], weight='weight')}\n\n"
            "For two vertices u and v, let X(u, v) be the bitwise XOR of the weights of all edges on "
            "the path between u and v. Choose two distinct vertices u and v with X(u, v) as large as "
            "possible. Output u and v separated by a space (for example: 2 5)."
        )

    def parse(self, text, instance):
        return parse_vertex_pair(text)

    def check(self, instance, answer, reference):
        n = instance["n"]
        problem = vertex_pair_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        u, v = answer
        xor = root_xors(n, instance["edges"])
        value = xor[u] ^ xor[v]
        if value >= max_pair_xor(xor):
            return Verdict.right()
        return Verdict.wrong(
            f"the path between {u} and {v} has XOR {value}, which is not the maximum"
        )

    def random_answer(self, problem, rng, other):
        """Two distinct vertices drawn uniformly (the default would draw between the reference's
        own two labels, which leaks the answer)."""
        return " ".join(map(str, rng.sample(range(problem.instance["n"]), 2)))

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        u, v = (int(t) for t in problem.answer.split())
        xor = root_xors(instance["n"], instance["edges"])
        best = max_pair_xor(xor)
        worse = next(
            f"{a} {b}"
            for a in range(instance["n"])
            for b in range(a + 1, instance["n"])
            if xor[a] ^ xor[b] < best
        )
        return [worse, f"{u} {u}", f"{u} {instance['n']}", f"{u} {v} {v}"]
