"""Swap one edge of a tree for another so that the diameter becomes as small (or as large) as possible.

The solver removes one edge of an unweighted tree and adds one new edge so that the result is
again a tree; the instance asks either to minimise or to maximise the diameter (the number of
edges on a longest path) of the result. Any swap reaching the optimum is accepted. A valid swap
that falls short earns partial credit for the part of the possible change it achieves, measured
from the original diameter D0 (which putting the removed edge back keeps): (D0 - D) / (D0 - D*)
when minimising, (D - D0) / (D* - D0) when maximising (a plain ratio D* / D would give a no-op
swap about 0.7).

Difficulty schedule (tree size; the goal is drawn at random at every level):

    d           0    1    2    3    5    10    20    d
    vertices    6    9   12   15   21    36    66    6 + 3d

Reference solver, ``O(n^2)``: removing edge e splits the tree into parts with diameters D1, D2
and radii R1 = ceil(D1 / 2), R2 = ceil(D2 / 2). Joining the two centres gives the smallest
possible diameter max(D1, D2, R1 + R2 + 1); joining two diameter ends gives the largest,
D1 + D2 + 1. One BFS pair per part and per edge suffices at these sizes.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import ParseError
from rlve_gym.graphs import adjacency, edge_key, parse_vertex_list
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import is_tree, path_between, random_tree_edges, tree_diameter, tree_statement

GOALS = ("minimum", "maximum")


def best_swap(n: int, edges: list[list[int]], goal: str) -> tuple[int, list[int]]:
    """``(optimal diameter, [removed u, removed v, added a, added b])``."""
    best: tuple[int, list[int]] | None = None
    for i, (u, v) in enumerate(edges):
        adj = adjacency(n, edges[:i] + edges[i + 1 :])
        d1, a1, b1 = tree_diameter(adj, u)
        d2, a2, b2 = tree_diameter(adj, v)
        if goal == "minimum":
            centre1 = path_between(adj, a1, b1)[d1 // 2]
            centre2 = path_between(adj, a2, b2)[d2 // 2]
            value = max(d1, d2, (d1 - d1 // 2) + (d2 - d2 // 2) + 1)
            candidate = (value, [u, v, centre1, centre2])
            if best is None or value < best[0]:
                best = candidate
        else:
            value = d1 + d2 + 1
            if best is None or value > best[0]:
                best = (value, [u, v, a1, a2])
    if best is None:
        raise ValueError("a tree with one vertex has no edge to swap")
    return best


def swapped_diameter(n: int, edges: list[list[int]], swap: list[int]) -> int | str:
    """The diameter after the swap, or the reason the swap is not allowed."""
    u, v, a, b = swap
    for x in swap:
        if not 0 <= x < n:
            return f"{x} is not a vertex (vertices are 0..{n - 1})"
    keys = [edge_key(e[0], e[1]) for e in edges]
    removed = edge_key(u, v)
    if removed not in keys:
        return f"{u} {v} is not an edge of the tree"
    if a == b:
        return "the added edge must join two different vertices"
    new_edges = [list(k) for k in keys if k != removed] + [[a, b]]
    if not is_tree(n, new_edges):
        return f"adding {a} {b} after removing {u} {v} does not give a tree"
    return tree_diameter(adjacency(n, new_edges))[0]


class TreeEdgeSwapDiameter(Environment):
    description = "Replace one tree edge by another to minimise or maximise the diameter"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 1 3"
    catalog_name = "TreeChangeOneEdgeDiameter"

    def schedule(self, difficulty):
        return {"vertices": 6 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"n": n, "edges": random_tree_edges(rng, n), "goal": rng.choice(GOALS)}

    def solve(self, instance):
        return best_swap(instance["n"], instance["edges"], instance["goal"])[1]

    def render(self, instance):
        n, goal = instance["n"], instance["goal"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "The diameter of a tree is the number of edges on its longest simple path. Remove exactly "
            "one edge of the tree and add exactly one new edge between two different vertices so that "
            f"the result is again a tree, making the diameter of the result the {goal} possible. "
            "Output four integers separated by spaces: u v a b, meaning remove the edge u v and add "
            "the edge a b (for example: 0 1 1 3)."
        )

    def parse(self, text, instance):
        swap = parse_vertex_list(text, max_items=5)
        if len(swap) != 4:
            raise ParseError(f"expected four integers u v a b, got {len(swap)}")
        return swap

    def check(self, instance, answer, reference):
        n, goal = instance["n"], instance["goal"]
        result = swapped_diameter(n, instance["edges"], answer)
        if isinstance(result, str):
            return Verdict.wrong(result)
        best = best_swap(n, instance["edges"], goal)[0]
        if result == best or (result < best) == (goal == "minimum"):
            return Verdict.right()
        original = tree_diameter(adjacency(n, instance["edges"]))[0]
        if goal == "minimum":
            score = constraint_score(original - result, original - best)
        else:
            score = constraint_score(result - original, best - original)
        return Verdict.wrong(
            f"the new tree has diameter {result}, not the {goal} possible", score=score
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        n, edges = instance["n"], instance["edges"]
        u, v, a, b = (int(t) for t in problem.answer.split())
        best = best_swap(n, edges, instance["goal"])[0]
        misses = [f"{u} {v} {u} {u}", f"{u} {v} {u} {n}"]
        inside = next(e for e in edges if edge_key(*e) != edge_key(u, v))
        misses.append(f"{u} {v} {inside[0]} {inside[1]}")  # a cycle, not a tree
        for x in range(n):  # a valid swap with a worse diameter
            for y in range(n):
                result = swapped_diameter(n, edges, [u, v, x, y])
                if not isinstance(result, str) and result != best:
                    return misses + [f"{u} {v} {x} {y}"]
        return misses
