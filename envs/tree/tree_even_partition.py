"""Cut a tree with P * K vertices into P connected parts of exactly K vertices each.

The solver lists the parts, one per line. The partition, when it exists, is unique as a set of
parts (an edge is cut exactly when the subtree below it has a multiple of K vertices), but the
order of the parts and of the vertices inside a part is free, so the checker verifies the
constraints: every vertex used exactly once, every part of size K and connected in the tree.

Difficulty schedule (number of parts P, part size K; the tree has P * K vertices):

    d        0   1   2   3   4   5   10   20   d
    parts    3   4   4   5   5   6    8   13   3 + (d + 1) // 2
    size     3   3   4   4   5   5    8   13   3 + d // 2

Level 0 has 3 parts of 3 vertices: with parts or groups of 2 there are so few trees that the
same partition answers many problems of a level. The two knobs take turns, as in the catalog's hint, so the tree has about d^2 / 4 vertices.
Generation builds P random trees of K vertices and links them by P - 1 random edges, so a
partition always exists; labels are shuffled so the parts are not visible in the numbering.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_int_grid
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    bfs_order,
    induced_is_connected,
    random_tree_edges,
    relabel_edges,
    subtree_sizes,
    tree_statement,
)


def even_partition(n: int, part_size: int, edges: list[list[int]]) -> list[list[int]]:
    """The parts (each sorted, ordered by smallest vertex), cutting every edge whose lower side
    has a multiple of ``part_size`` vertices. Assumes such a partition exists."""
    adj = adjacency(n, edges)
    order, parent = bfs_order(adj, 0)
    size = subtree_sizes(order, parent)
    part_of = [-1] * n
    parts: list[list[int]] = []
    for v in order:  # parents first: a vertex starts a new part or joins its parent's
        if parent[v] < 0 or size[v] % part_size == 0:
            part_of[v] = len(parts)
            parts.append([])
        else:
            part_of[v] = part_of[parent[v]]
        parts[part_of[v]].append(v)
    return sorted(sorted(p) for p in parts)


class TreeEvenPartition(Environment):
    description = "Partition a tree into connected parts of equal size"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "0 2\n1 3"
    catalog_name = "TreeEvenPartitioning"

    def schedule(self, difficulty):
        return {"parts": 3 + (difficulty + 1) // 2, "part_size": 3 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        parts, k = sizes["parts"], sizes["part_size"]
        edges = []
        for p in range(parts):
            edges += [[u + p * k, v + p * k] for u, v in random_tree_edges(rng, k)]
        for p, q in random_tree_edges(rng, parts):
            edges.append([p * k + rng.randrange(k), q * k + rng.randrange(k)])
        n = parts * k
        return {"n": n, "part_size": k, "edges": relabel_edges(rng, n, edges)}

    def solve(self, instance):
        return even_partition(instance["n"], instance["part_size"], instance["edges"])

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, part)) for part in answer)

    def render(self, instance):
        n, k = instance["n"], instance["part_size"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"Divide the vertices into {n // k} groups of exactly {k} vertices each, so that every "
            "vertex is in exactly one group and the vertices of each group are connected using only "
            "edges between vertices of that same group. Output one group per line, its vertices "
            f"separated by spaces ({n // k} lines of {k} numbers; the order of the lines and of the "
            "numbers within a line does not matter). For example, for the path 0 - 2 - 3 - 1 and "
            "groups of 2, one answer is:\n0 2\n1 3"
        )

    def parse(self, text, instance):
        k = instance["part_size"]
        return parse_int_grid(
            text, rows=instance["n"] // k, cols=k, max_cells=instance["n"], max_digits=12
        )

    def check(self, instance, answer, reference):
        n = instance["n"]
        seen = set()
        for part in answer:
            for v in part:
                if not 0 <= v < n:
                    return Verdict.wrong(f"{v} is not a vertex (vertices are 0..{n - 1})")
                if v in seen:
                    return Verdict.wrong(f"vertex {v} appears more than once")
                seen.add(v)
        adj = adjacency(n, instance["edges"])
        for i, part in enumerate(answer):
            if not induced_is_connected(adj, part):
                return Verdict.wrong(f"group {i + 1} is not connected within itself")
        return Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        parts = [line.split() for line in problem.answer.splitlines()]
        swapped = [p[:] for p in parts]
        swapped[0][0], swapped[1][0] = swapped[1][0], swapped[0][0]  # a different partition
        repeated = [p[:] for p in parts]
        repeated[1][0] = repeated[0][0]
        return ["\n".join(" ".join(p) for p in variant) for variant in (swapped, repeated)] + [
            "\n".join(" ".join(p) for p in parts[:-1])
        ]
