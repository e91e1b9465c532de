"""Place M centres on a tree so that the farthest key vertex is as close as possible to a centre.

Some vertices of an unweighted tree are marked as key vertices. The solver chooses exactly M
distinct vertices as centres, minimising the largest distance from a key vertex to its nearest
centre. Any optimal choice is accepted. A choice with a larger radius R earns partial credit only
for beating a blind guess: (A - R) / (A - R*), where R* is the optimum and A the average radius of
random choices of M centres (estimated from 200 sets drawn with a seed fixed by the instance, so
the verdict is deterministic); a ratio such as (R* + 1) / (R + 1) gave random choices about 0.6.

Difficulty schedule (tree size, number of centres, number of key vertices):

    d           0    1    2    3    4    5    10    20    d
    vertices    6    9   12   15   18   21    36    66    6 + 3d
    centres     2    2    2    2    3    3     4     7    2 + d // 4
    keys        4    5    7    8   10   11    19    34    (n + 2) // 2 + 1

There are always more key vertices than centres, so the optimum is at least 1.

Reference solver: binary search on the radius R; for a fixed R the fewest centres covering every
key vertex come from one bottom-up pass that keeps, per vertex, the farthest uncovered key below
it and the nearest centre below it, and opens a centre only when a key would otherwise be lost.
"""

from __future__ import annotations

import random

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    bfs_order,
    multi_source_distances,
    random_tree_edges,
    tree_statement,
    vertex_set_problem,
)

NONE_BELOW = -(10**9)  # no uncovered key vertex in the subtree
FAR_AWAY = 10**9  # no centre in the subtree


def greedy_centres(adj: list[list[int]], is_key: list[bool], radius: int) -> list[int]:
    """The fewest centres covering every key vertex within ``radius`` (greedy, bottom-up)."""
    order, parent = bfs_order(adj, 0)
    uncovered = [
        0 if k else NONE_BELOW for k in is_key
    ]  # farthest uncovered key below, or NONE_BELOW
    nearest = [FAR_AWAY] * len(adj)  # nearest centre below
    centres = []
    for v in reversed(order):
        if uncovered[v] + nearest[v] <= radius:
            uncovered[v] = NONE_BELOW
        if uncovered[v] == radius or (parent[v] < 0 and uncovered[v] >= 0):
            centres.append(v)
            uncovered[v], nearest[v] = NONE_BELOW, 0
        p = parent[v]
        if p >= 0:
            uncovered[p] = max(uncovered[p], uncovered[v] + 1)
            nearest[p] = min(nearest[p], nearest[v] + 1)
    return centres


def optimal_centres(
    n: int, edges: list[list[int]], keys: list[int], count: int
) -> tuple[int, list[int]]:
    """``(smallest radius, centres achieving it)`` with at most ``count`` centres."""
    adj = adjacency(n, edges)
    is_key = [False] * n
    for v in keys:
        is_key[v] = True
    low, high = 0, n
    while low < high:
        mid = (low + high) // 2
        if len(greedy_centres(adj, is_key, mid)) <= count:
            high = mid
        else:
            low = mid + 1
    return low, greedy_centres(adj, is_key, low)


def coverage_radius(n: int, edges: list[list[int]], keys: list[int], centres: list[int]) -> int:
    """Largest distance from a key vertex to its nearest centre."""
    dist = multi_source_distances(adjacency(n, edges), centres)
    return max(dist[v] for v in keys)


BASELINE_SAMPLES = 200


def random_choice_radius(n: int, edges: list[list[int]], keys: list[int], count: int) -> float:
    """Average radius of ``BASELINE_SAMPLES`` uniformly random sets of ``count`` centres, drawn
    from a generator seeded by the instance itself (the same value in every process)."""
    rng = random.Random(f"{n}|{sorted(map(tuple, edges))}|{keys}|{count}")
    adj = adjacency(n, edges)
    total = 0
    for _ in range(BASELINE_SAMPLES):
        dist = multi_source_distances(adj, rng.sample(range(n), count))
        total += max(dist[v] for v in keys)
    return total / BASELINE_SAMPLES


class TreeKeyVertexCenters(Environment):
    description = (
        "Choose M tree vertices minimising the farthest key vertex's distance to a chosen one"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 4"
    catalog_name = "DynDynamite"

    def schedule(self, difficulty):
        n = 6 + 3 * difficulty
        return {"vertices": n, "centres": 2 + difficulty // 4, "keys": (n + 2) // 2 + 1}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        keys = sorted(rng.sample(range(n), sizes["keys"]))
        return {
            "n": n,
            "edges": random_tree_edges(rng, n),
            "keys": keys,
            "centres": sizes["centres"],
        }

    def solve(self, instance):
        n, count = instance["n"], instance["centres"]
        centres = optimal_centres(n, instance["edges"], instance["keys"], count)[1]
        padding = [v for v in range(n) if v not in centres][: count - len(centres)]
        return sorted(centres + padding)

    def render(self, instance):
        n, m = instance["n"], instance["centres"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"The key vertices are: {' '.join(map(str, instance['keys']))}\n\n"
            "The distance between two vertices is the number of edges on the path between them. "
            f"Choose exactly {m} distinct vertices (any vertices, key or not) as centres so that the "
            "largest distance from a key vertex to its nearest centre is as small as possible. "
            f"Output the {m} centres separated by spaces, in any order (for example: "
            f"{' '.join(str(i) for i in range(1, 3 * m + 1, 3))})."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["centres"] + 1)

    def check(self, instance, answer, reference):
        n, m = instance["n"], instance["centres"]
        problem = vertex_set_problem(answer, n, m, "centres")
        if problem:
            return Verdict.wrong(problem)
        radius = coverage_radius(n, instance["edges"], instance["keys"], answer)
        best = optimal_centres(n, instance["edges"], instance["keys"], m)[0]
        if radius <= best:
            return Verdict.right()
        blind = random_choice_radius(n, instance["edges"], instance["keys"], m)
        return Verdict.wrong(
            f"the farthest key vertex is at distance {radius}, which is not the smallest possible",
            score=constraint_score(blind - radius, blind - best),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        n, m, keys = instance["n"], instance["centres"], instance["keys"]
        centres = [int(t) for t in problem.answer.split()]
        best = optimal_centres(n, instance["edges"], keys, m)[0]
        misses = [" ".join(map(str, centres[:-1])), " ".join(map(str, centres[:-1] + centres[:1]))]
        # replace one centre by the vertex that makes the radius worst
        for i in range(m):
            worst = max(
                (v for v in range(n) if v not in centres),
                key=lambda v: coverage_radius(
                    n, instance["edges"], keys, centres[:i] + [v] + centres[i + 1 :]
                ),
            )
            changed = centres[:i] + [worst] + centres[i + 1 :]
            if coverage_radius(n, instance["edges"], keys, changed) > best:
                misses.append(" ".join(map(str, changed)))
                break
        return misses
