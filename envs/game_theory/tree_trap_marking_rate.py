"""TreeTrapMarkingRate: the smallest number of vertices to mark per turn to stay ahead of a walker.

A tree's vertices start unmarked except vertex 0, where a walker stands. Turns repeat: first the
marker marks any k unmarked vertices (all of them if fewer than k remain), then the walker moves
along an edge to a neighbouring vertex. The walker wins by stepping onto an unmarked vertex; the
marker wins once every vertex is marked. The answer is the smallest k with which the marker wins
against every walk (one integer; no partial credit).

Solution: with k fixed, root the tree at 0 and let need(v) = max(0, children(v) + sum of need(c)
over the children c of v - k): the marks that must already be in place below v before the walker
arrives at v, beyond what the marker can do while he stands there. The marker wins exactly when
need(0) = 0 (walking back up never helps the walker), and need is monotone in k, so a binary
search over k costs O(n log n). The tests check it against a full game search on small trees.

Instances are grown so that the answers spread: a uniform random tree on a fifth of the vertices
(its answer is typically 2 to 4), a target t drawn from that answer up to n / 3 above it, then the
other vertices added one at a time: as leaves of two hubs at depth 1 or 2 while the answer is
below t (each addition raises it by 0 or 1; a hub forces the marker to pre-mark below it), and
afterwards anywhere the answer stays t (else below a leaf, which never changes it). Neither the
degree of vertex 0 nor the largest degree gives the answer away (each matches on 1-2% of
seeds).

Difficulty schedule:

    d          0    1    2    3  ...   10  ...   20  ...  d
    vertices 180  184  188  192  ...  220  ...  260  ...  180 + 4 d

Level 0 already has 180 vertices: each unit of answer costs about two vertices, so an answer range
wide enough that no single guess is right on more than 5% of seeds (about 60 values) needs a tree
this large; the edge list stays under 2,000 characters at level 20. Larger trees hold more places
where the marker can fall behind.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.trees import bfs_order, random_tree_edges, tree_statement


@njit(cache=True)
def marker_keeps_up(parent: np.ndarray, children: np.ndarray, size: int, k: int) -> bool:
    """need(0) == 0 for marking rate k on vertices 0..size-1, numbered so that parent[v] < v."""
    need = np.zeros(size, dtype=np.int64)
    for v in range(size - 1, -1, -1):
        own = children[v] + need[v] - k
        need[v] = own if own > 0 else 0
        if v > 0:
            need[parent[v]] += need[v]
    return need[0] == 0


def smallest_rate(parent: np.ndarray, children: np.ndarray, size: int) -> int:
    """Binary search over k (k = most children always suffices: need is then 0 everywhere)."""
    low, high = 0, int(children[:size].max())
    while low < high:
        mid = (low + high) // 2
        if marker_keeps_up(parent, children, size, mid):
            high = mid
        else:
            low = mid + 1
    return low


def smallest_marking_rate(n: int, edges: list[list[int]]) -> int:
    adj: list[list[int]] = [[] for _ in range(n)]
    for u, v in edges:
        adj[u].append(v)
        adj[v].append(u)
    order, tree_parent = bfs_order(adj, 0)
    position = {v: i for i, v in enumerate(order)}
    parent = np.zeros(n, dtype=np.int64)
    children = np.zeros(n, dtype=np.int64)
    for v in order[1:]:
        parent[position[v]] = position[tree_parent[v]]
        children[position[tree_parent[v]]] += 1
    return smallest_rate(parent, children, n)


#: fresh starts of the growth (same target) before accepting a tree whose answer fell short
GROWTH_ATTEMPTS = 6


def grow_tree(rng, n: int, target: int | None) -> tuple[list[int], int, bool]:
    """(parents with parent[v] < v, target answer, whether the answer equals the target): a
    uniform random tree on n // 5 vertices, then leaves added to two hubs near the root until the
    answer reaches the target, then anywhere it stays there (else below a leaf)."""
    base = n // 5
    adj: list[list[int]] = [[] for _ in range(base)]
    for u, v in random_tree_edges(rng, base):
        adj[u].append(v)
        adj[v].append(u)
    order, base_parent = bfs_order(adj, 0)
    position = {v: i for i, v in enumerate(order)}
    parent = np.zeros(n, dtype=np.int64)
    children = np.zeros(n, dtype=np.int64)
    depth = [0] * n
    for v in order[1:]:
        child, up = position[v], position[base_parent[v]]
        parent[child], depth[child] = up, depth[up] + 1
        children[up] += 1
    if target is None:
        start = smallest_rate(parent, children, base)
        target = rng.randint(max(start, 1), start + n // 3)
    hubs = [rng.choice([u for u in range(base) if depth[u] == 1])]
    hubs.append(rng.choice([u for u in range(base) if 1 <= depth[u] <= 2]))
    for v in range(base, n):
        reached = not marker_keeps_up(parent, children, v, target - 1)
        if reached:
            choice = rng.randrange(v)
        else:
            choice = hubs[0 if rng.random() < 0.75 else -1]
        parent[v], depth[v] = choice, depth[choice] + 1
        children[choice] += 1
        if reached and not marker_keeps_up(parent, children, v + 1, target):
            children[choice] -= 1  # it would raise the answer: hang it below a leaf instead
            leaf = rng.choice([u for u in range(v) if children[u] == 0])
            parent[v], depth[v] = leaf, depth[leaf] + 1
            children[leaf] += 1
    exact = marker_keeps_up(parent, children, n, target) and not marker_keeps_up(
        parent, children, n, target - 1
    )
    return [int(p) for p in parent], target, exact


class TreeTrapMarkingRate(Environment):
    description = (
        "Minimum number of vertices to mark per turn so that a walker starting at vertex 0 of a "
        "tree never steps onto an unmarked vertex"
    )
    answer_kind = "single_int"
    answer_example = "-1"
    catalog_name = "TriumphalArch"

    def schedule(self, difficulty):
        return {"vertices": 180 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        target = None
        for _ in range(GROWTH_ATTEMPTS):
            parent, target, reached = grow_tree(rng, n, target)
            if reached:
                break
        labels = list(range(1, n))
        rng.shuffle(labels)
        label = [0] + labels
        tree = [sorted((label[v], label[parent[v]])) for v in range(1, n)]  # parent[v] < v
        rng.shuffle(tree)
        return {"vertices": n, "edges": tree}

    def solve(self, instance):
        return smallest_marking_rate(instance["vertices"], instance["edges"])

    def render(self, instance):
        n = instance["vertices"]
        return (
            tree_statement(n, instance["edges"])
            + "\n\nA walker starts at vertex 0, which is already marked; every other vertex is "
            "unmarked. Then the following two steps repeat, in this order:\n"
            "1. The marker marks k unmarked vertices of their choice (or all unmarked vertices, "
            "if fewer than k are left).\n"
            "2. The walker moves along one edge to a neighbouring vertex of their choice (possibly "
            "back to a vertex visited before).\n"
            "The walker wins as soon as they stand on an unmarked vertex; the marker wins when "
            "every vertex is marked. Both know the whole tree and see every move.\n\n"
            "What is the smallest k for which the marker can always win, however the walker "
            "moves? Answer with a single integer."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=9)
