"""MinRatioPath: a walk from vertex 0 to N-1 minimising (largest edge weight) / (smallest edge
weight) over the edges it uses.

Only the range of weights along the walk matters, so the optimum is found over weight windows:
for every edge taken as the lightest allowed, add heavier edges in increasing order (union-find)
until 0 and N-1 are connected; the window [w_i, w_j] with the smallest ratio w_j / w_i wins,
and a path inside it is found by breadth-first search. A walk may repeat vertices and edges;
every edge it traverses counts. The checker computes the answer's ratio exactly and compares it
with the optimum stored as a reduced fraction, so every optimal walk is accepted.

Difficulty schedule (N vertices, M edges, weights in 1..W):

    d       0    1    2    5   10   20        d
    N      10   12   14   20   30   50        10 + 2d
    M      12   18   21   35   60  125        N + N * (1 + (d + 3) // 4) // 4, at most N(N-1)/2
    W      25   30   35   50   75  125        25 + 5d

Level 0 starts at ten vertices: on the four- to eight-vertex graphs of the first levels, one
fixed short walk was optimal on 10-47% of the seeds.

The window search is O(M^2) union-find steps (about 16,000 at d = 20), in a Numba kernel. The graph is relabelled
so that vertices 0 and N-1 are at least three edges apart, so no short walk such as '0 2 N-1'
is a guessable answer (a fixed two-edge walk was right on a tenth of the level-0 seeds).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    add_weights,
    adjacency,
    edge_key,
    edge_weights,
    fewest_hops_path,
    format_edges,
    parse_vertex_list,
    random_connected_graph,
    relabel,
    scramble_undirected,
    vertex_list_problem,
    walk_problem,
)

#: 0 and N-1 are relabelled to be at least this many edges apart, so no walk of two edges or
#: fewer is ever valid
MIN_HOPS = 3


def best_window(n: int, edges: list[list[int]]) -> tuple[Fraction, int, int]:
    """``(best ratio, lowest weight, highest weight)`` of a weight window connecting 0 and n-1.

    The edges are sorted stably by weight here and the O(M^2) union-find sweep runs in a Numba
    kernel; ties keep the first window found, as in the plain-Python version of the tests."""
    ordered = sorted(edges, key=lambda e: e[2])
    table = np.asarray(ordered, dtype=np.int64).reshape(-1, 3)
    low, high = _window_sweep(n, table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy())
    return Fraction(int(high), int(low)), int(low), int(high)


@njit(cache=True)
def _root(parent, x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@njit(cache=True)
def _window_sweep(n, us, vs, ws):
    """For each lightest edge i (in weight order), join heavier edges until 0 and n-1 meet; the
    window with the smallest high / low (compared by cross-multiplication) wins, the first on
    ties. Returns (low, high); (0, 0) if 0 and n-1 never meet."""
    parent = np.empty(n, dtype=np.int64)
    best_low, best_high = 0, 0
    for i in range(us.shape[0]):
        for x in range(n):
            parent[x] = x
        for j in range(i, us.shape[0]):
            parent[_root(parent, us[j])] = _root(parent, vs[j])
            if _root(parent, 0) == _root(parent, n - 1):
                if best_low == 0 or ws[j] * best_low < best_high * ws[i]:
                    best_low, best_high = ws[i], ws[j]
                break
    return best_low, best_high


def walk_in_window(n: int, edges: list[list[int]], low: int, high: int) -> list[int]:
    """A shortest-hop path from 0 to n-1 using only edges with weight in [low, high]."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for u, v, w in edges:
        if low <= w <= high:
            adj[u].append(v)
            adj[v].append(u)
    return fewest_hops_path([sorted(neighbours) for neighbours in adj], 0, n - 1)


def hop_distances(n: int, edges: list[list[int]], source: int) -> list[int]:
    """Fewest edges from ``source`` to every vertex (-1 when unreachable)."""
    adj = adjacency(n, edges)
    dist = [-1] * n
    dist[source] = 0
    queue = [source]
    for u in queue:
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def separate_ends(rng, n: int, edges: list[list[int]]) -> list[list[int]]:
    """The same graph relabelled so that 0 and n-1 are at least ``MIN_HOPS`` edges apart (or as
    far apart as the graph allows). Nearby ends make short walks like '0 2 7' optimal on many
    seeds: a direct edge was the answer on 82% of level-0 seeds, a two-edge walk '0 x N-1' one
    fixed answer on a tenth of them."""
    best = None
    starts = list(range(n))
    rng.shuffle(starts)
    for a in starts[:8]:
        dist = hop_distances(n, edges, a)
        far = [b for b in range(n) if dist[b] >= MIN_HOPS]
        if far:
            best = (a, rng.choice(far))
            break
        b = max(range(n), key=dist.__getitem__)
        if best is None or dist[b] > best[2]:
            best = (a, b, dist[b])
    a, b = best[0], best[1]
    label = list(range(n))  # swap a <-> 0 first, then (the new name of b) <-> n-1
    label[a], label[0] = label[0], label[a]
    b_name = label[b]
    where = label.index(n - 1)
    label[b], label[where] = n - 1, b_name
    return relabel(edges, label)


class MinRatioPath(Environment):
    description = "A walk from 0 to N-1 minimising the ratio of its heaviest to its lightest edge"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 1 3"
    catalog_name = "MinimumRatioPath"

    def schedule(self, difficulty):
        n = 10 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2, n + n * (1 + (difficulty + 3) // 4) // 4),
            "max_weight": 25 + 5 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = add_weights(
            rng, random_connected_graph(rng, n, sizes["edges"]), 1, sizes["max_weight"]
        )
        edges = scramble_undirected(rng, separate_ends(rng, n, edges))
        ratio, _, _ = best_window(n, edges)
        return {"n": n, "edges": edges, "best_ratio": [ratio.numerator, ratio.denominator]}

    def solve(self, instance):
        n, edges = instance["n"], instance["edges"]
        _, low, high = best_window(n, edges)
        return walk_in_window(n, edges, low, high)

    def render(self, instance):
        n, edges = instance["n"], instance["edges"]
        return (
            f"A connected undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} "
            "edges. Each line 'u v w' below is an edge between u and v with weight w.\n\n"
            f"{format_edges(edges)}\n\n"
            f"Find a walk from vertex 0 to vertex {n - 1} (consecutive vertices joined by an edge; "
            "vertices and edges may repeat) that minimises the ratio (largest weight of an edge on the "
            "walk) / (smallest weight of an edge on the walk). Any walk with the minimum ratio is "
            f"accepted; it may have at most {4 * n} vertices.\n"
            f"Answer with the vertices of the walk in order, from 0 to {n - 1}, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=4 * instance["n"])

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        if len(answer) < 2 or answer[0] != 0 or answer[-1] != n - 1:
            return Verdict.wrong(f"the walk must start at 0 and end at {n - 1}")
        problem = vertex_list_problem(answer, n, distinct=False) or walk_problem(
            answer, table, directed=False
        )
        if problem:
            return Verdict.wrong(problem)
        weights = [table[edge_key(a, b)] for a, b in zip(answer, answer[1:], strict=False)]
        ratio = Fraction(max(weights), min(weights))
        if ratio != Fraction(*instance["best_ratio"]):
            return Verdict.wrong(
                f"a valid walk, but its ratio {ratio} is not the smallest possible"
            )
        return Verdict.right()

    def near_misses(self, problem):
        walk = [int(x) for x in problem.answer.split()]
        misses = [walk[:-1], walk[1:], walk + [walk[-1]]]
        return [" ".join(map(str, m)) for m in misses if m]
