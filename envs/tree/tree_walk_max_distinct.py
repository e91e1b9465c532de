"""A walk of exactly M steps from vertex 0 of a tree that visits as many distinct vertices as possible.

A step moves along one edge; vertices may be revisited. The solver outputs the walk as its M + 1
vertices (starting with 0); any walk reaching the maximum number of distinct vertices is accepted. A
walk that visits fewer earns partial credit only for what it visits beyond the blind walk "go
down a deepest path, then bounce" (B = min(M, H) + 1 vertices): (visited - B) / (maximum - B);
visited / maximum gave a walk bouncing on one edge about 0.5 at small sizes.

Difficulty schedule (tree size; M is uniform in [n // 2, 2n]):

    d           0    1    2    3    5    10    20    d
    vertices    5    8   11   14   20    35    65    5 + 3d
    steps      2-10 4-16 5-22 7-28 10-40 17-70 32-130 n // 2 .. 2n

Reference solver: with H the height of the tree from vertex 0, the maximum is M + 1 when
M <= H, and otherwise min(n, H + 1 + (M - H) // 2): the walk ends at a deepest vertex, and every
other new vertex costs one step in and one step back. The walk is built that way: side
excursions from the deepest path while the budget lasts, then down the path, then back-and-forth
on the last edge to use up the remaining steps.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import (
    bfs_order,
    children_lists,
    distances_from,
    random_tree_edges,
    tree_statement,
)


def max_distinct(adj: list[list[int]], steps: int) -> int:
    height = max(distances_from(adj, 0))
    if steps <= height:
        return steps + 1
    return min(len(adj), height + 1 + (steps - height) // 2)


def best_walk(adj: list[list[int]], steps: int) -> list[int]:
    """A walk of exactly ``steps`` steps from 0 visiting ``max_distinct`` vertices (n >= 2)."""
    order, parent = bfs_order(adj, 0)
    depth = distances_from(adj, 0)
    deepest = max(order, key=lambda v: depth[v])
    path = [deepest]
    while path[-1] != 0:
        path.append(parent[path[-1]])
    path.reverse()
    if steps <= depth[deepest]:
        return path[: steps + 1]
    on_path = set(path)
    children = children_lists(parent)
    extra = max_distinct(adj, steps) - len(path)  # off-path vertices still to visit
    walk = [0]
    for i, v in enumerate(path):
        for c in children[v]:
            if c in on_path or extra == 0:
                continue
            stack = [(c, iter(children[c]))]  # excursion into c's subtree and back to v
            walk.append(c)
            extra -= 1
            while stack:
                top, pending = stack[-1]
                nxt = next(pending, None) if extra > 0 else None
                if nxt is None:
                    stack.pop()
                    walk.append(stack[-1][0] if stack else v)
                else:
                    walk.append(nxt)
                    extra -= 1
                    stack.append((nxt, iter(children[nxt])))
        if i + 1 < len(path):
            walk.append(path[i + 1])
    while len(walk) < steps + 1:
        walk.append(walk[-2])  # bounce on the last edge
    return walk


class TreeWalkMaxDistinctVertices(Environment):
    description = (
        "Walk of exactly M steps from vertex 0 of a tree visiting the most distinct vertices"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 0 2"
    catalog_name = "TreeMaximumVisitedVertex"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"n": n, "edges": random_tree_edges(rng, n), "steps": rng.randint(n // 2, 2 * n)}

    def solve(self, instance):
        return best_walk(adjacency(instance["n"], instance["edges"]), instance["steps"])

    def render(self, instance):
        n, m = instance["n"], instance["steps"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"Start at vertex 0 and take exactly {m} steps; each step moves along one edge to a "
            "neighbouring vertex, and vertices may be visited more than once. Make the number of "
            "distinct vertices visited (counting vertex 0) as large as possible. Output the walk as "
            f"the {m + 1} vertices it passes through, in order, starting with 0, separated by spaces "
            "(for example, 2 steps on the path 1 - 0 - 2 could be: 0 1 0)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["steps"] + 2)

    def check(self, instance, answer, reference):
        n, m = instance["n"], instance["steps"]
        if len(answer) != m + 1:
            return Verdict.wrong(f"a walk of {m} steps lists {m + 1} vertices, got {len(answer)}")
        if answer[0] != 0:
            return Verdict.wrong("the walk must start at vertex 0")
        adj = adjacency(n, instance["edges"])
        for a, b in zip(answer, answer[1:], strict=False):
            if not 0 <= b < n:
                return Verdict.wrong(f"{b} is not a vertex (vertices are 0..{n - 1})")
            if b not in adj[a]:
                return Verdict.wrong(f"{a} and {b} are not joined by an edge")
        visited = len(set(answer))
        best = max_distinct(adj, m)
        if visited >= best:
            return Verdict.right()
        blind = min(m, max(distances_from(adj, 0))) + 1
        return Verdict.wrong(
            f"the walk visits {visited} distinct vertices, not the most possible",
            score=constraint_score(visited - blind, best - blind),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        walk = [int(t) for t in problem.answer.split()]
        misses = [" ".join(map(str, walk[:-1])), " ".join(map(str, walk[1:] + walk[-2:-1]))]
        if len(set(walk)) > 2:  # back and forth on the first edge visits only two vertices
            misses.append(" ".join(str(walk[i % 2]) for i in range(len(walk))))
        return misses
