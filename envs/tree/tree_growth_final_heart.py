"""Which vertices can hold the "heart" after a tree is grown vertex by vertex from vertex 1?

The tree on vertices 1..N is grown starting from vertex 1 alone, with a marker (the heart) on
vertex 1. Each step adds one vertex adjacent to an already grown vertex, and the heart then moves
one edge along the path towards the vertex just added. Over all possible growth orders, which
vertices can hold the heart at the end? The answer is a string of N letters, T or F, the i-th
telling whether vertex i can.

Difficulty schedule (number of vertices):

    d           0    1    2    3    5    10    20    d
    vertices   11   14   17   20   26    41    71    11 + 3d

Level 0 has 11 vertices: on smaller trees a few T/F patterns (the heart mostly stuck near vertex
1) would each be the answer to several percent of a level.

Reference solver, linear after rooting at 1: f(v), the smallest distance from v the heart can be
left at after growing v's subtree starting with the heart at v, follows from the biggest child
subtree h: with s = size(v) - 1 additions, f(v) = s mod 2 when f(h) + 1 <= s - size(h) (the
other additions can cancel h's pull), else f(h) + 1 - (s - size(h)). For the heart to end at u,
grow the path from 1 to u first; the remaining n - 1 - depth(u) additions hang off that path, and
they cancel out exactly when their count is even and the biggest hanging subtree H satisfies
f(H) + 1 <= (their count) - size(H).
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import ParseError, parse_word
from rlve_gym.graphs import adjacency, format_edges
from rlve_gym.trees import bfs_order, children_lists, random_tree_edges


def possible_hearts(n: int, edges: list[list[int]]) -> list[bool]:
    """``result[i]``: vertex i + 1 can hold the heart at the end (edges use labels 1..n)."""
    adj = adjacency(n, [[u - 1, v - 1] for u, v in edges])
    order, parent = bfs_order(adj, 0)
    children = children_lists(parent)
    size, leftover = [1] * n, [0] * n
    for v in reversed(order):
        if not children[v]:
            continue
        size[v] += sum(size[c] for c in children[v])
        s = size[v] - 1
        h = max(children[v], key=lambda c: size[c])
        cancel = s - size[h]
        leftover[v] = s % 2 if leftover[h] + 1 <= cancel else leftover[h] + 1 - cancel
    depth = [0] * n
    hanging_above = [
        (0, 0)
    ] * n  # (size, leftover) of the biggest subtree hanging off the path above
    result = [False] * n
    for u in order:
        if parent[u] >= 0:
            depth[u] = depth[parent[u]] + 1
        biggest, pull = max([hanging_above[u]] + [(size[c], leftover[c]) for c in children[u]])
        rest = n - 1 - depth[u]
        result[u] = rest % 2 == 0 and (biggest == 0 or pull + 1 <= rest - biggest)
        for c in children[u]:
            siblings = [(size[d], leftover[d]) for d in children[u] if d != c]
            hanging_above[c] = max([hanging_above[u]] + siblings)
    return result


class TreeGrowthFinalHeart(Environment):
    description = "Mark with T/F the vertices that can end up holding the heart of a growing tree"
    answer_kind = "string"
    answer_example = "TFTFF"
    catalog_name = "BanyanHeart"

    def schedule(self, difficulty):
        return {"vertices": 11 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        return {"n": n, "edges": [[u + 1, v + 1] for u, v in random_tree_edges(rng, n)]}

    def solve(self, instance):
        return "".join(
            "T" if ok else "F" for ok in possible_hearts(instance["n"], instance["edges"])
        )

    def render(self, instance):
        n = instance["n"]
        return (
            f"A tree has {n} vertices labelled 1 to {n}. Its {n - 1} edges are listed below, one per "
            f'line; a line "u v" means vertices u and v are joined.\n{format_edges(instance["edges"])}\n\n'
            "The tree is grown step by step. At first only vertex 1 is grown, and a marker called the "
            "heart sits on vertex 1. In each step, one vertex that is not grown yet but is joined to a "
            "grown vertex becomes grown, and then the heart moves one edge along the path from its "
            "current vertex towards the vertex just grown. After all vertices are grown, the heart "
            "stops. Different growth orders can leave the heart on different vertices.\n"
            f"Output a string of {n} letters whose i-th letter is T if some growth order leaves the "
            "heart on vertex i, and F otherwise (for example: TFTFF)."
        )

    def parse(self, text, instance):
        letters = "".join(text.split()).upper()
        if len(letters) != instance["n"]:
            raise ParseError(
                f"expected {instance['n']} letters T or F, got {len(letters)} characters"
            )
        return parse_word(letters, "TF", max_len=instance["n"])

    def near_misses(self, problem):
        answer = problem.answer
        flip = {"T": "F", "F": "T"}
        return [flip[answer[0]] + answer[1:], answer[:-1] + flip[answer[-1]], answer[:-1]]
