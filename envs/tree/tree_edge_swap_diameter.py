"""Swap one edge of a tree for another so that the diameter becomes as small (or as large) as possible.

The solver removes one edge of an unweighted tree and adds one new edge so that the result is
again a tree; the instance asks either to minimise or to maximise the diameter (the number of
edges on a longest path) of the result. Any swap reaching the optimum is accepted. Partial credit
scale: a valid swap that falls short earns the share of the gap it closes between a blind
baseline B and the optimum D*, (B - D) / (B - D*) when minimising and (D - B) / (D* - B) when
maximising, where B is the best of the original diameter (putting the removed edge back) and 32
random valid swaps drawn at generation; B and D* are stored with the instance.

Difficulty schedule (tree size; the goal is drawn at random at every level):

    d           0    1    2    3    5    10    20    d
    vertices   15   18   21   24   30    45    75    15 + 3d

Level 0 has 15 vertices: on smaller trees a random valid swap is optimal more than one time in
twenty.

Reference solver, ``O(n^2)``, compiled with Numba: removing edge e splits the tree into parts
with diameters D1, D2 and radii R1 = ceil(D1 / 2), R2 = ceil(D2 / 2). Joining the two centres gives
the smallest possible diameter max(D1, D2, R1 + R2 + 1); joining two diameter ends gives the
largest, D1 + D2 + 1. One BFS pair per part and per edge suffices at these sizes. The blind
baseline's random swaps are scored without building their trees: joining a and b across the cut
gives max(D1, D2, ecc(a) + ecc(b) + 1), and in a tree a vertex's farthest vertex is an end of a
diameter, so each eccentricity is a lookup in the all-pairs distance table.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import ParseError
from rlve_gym.graphs import adjacency, edge_key, parse_vertex_list
from rlve_gym.kernels.graph_kernels import to_csr
from rlve_gym.scoring import gap_closed_score
from rlve_gym.trees import is_tree, random_tree_edges, tree_diameter, tree_statement

GOALS = ("minimum", "maximum")


@njit(cache=True)
def _part_bfs(n, indptr, targets, cut_u, cut_v, source, dist, queue):
    """BFS distances from ``source`` in the tree without the edge cut_u - cut_v (-1 off its
    part); returns the smallest-numbered farthest vertex, the tie-break ``tree_diameter`` uses."""
    dist[:] = -1
    dist[source] = 0
    queue[0] = source
    head, tail = 0, 1
    while head < tail:
        x = queue[head]
        head += 1
        for k in range(indptr[x], indptr[x + 1]):
            y = targets[k]
            if dist[y] < 0 and not ((x == cut_u and y == cut_v) or (x == cut_v and y == cut_u)):
                dist[y] = dist[x] + 1
                queue[tail] = y
                tail += 1
    far = 0
    for w in range(n):
        if dist[w] > dist[far]:
            far = w
    return far


@njit(cache=True)
def _part_diameter(n, indptr, targets, cut_u, cut_v, start, dist, queue, parent_dist):
    """``(diameter, end a, end b, centre)`` of the part holding ``start`` once the edge
    cut_u - cut_v is cut: two sweeps, then the vertex d // 2 steps from a on the path a .. b."""
    a = _part_bfs(n, indptr, targets, cut_u, cut_v, start, dist, queue)
    b = _part_bfs(n, indptr, targets, cut_u, cut_v, a, parent_dist, queue)
    d = parent_dist[b]
    centre = b  # walk back from b towards a: each step goes to the neighbour one closer to a
    while parent_dist[centre] > d // 2:
        for k in range(indptr[centre], indptr[centre + 1]):
            y = targets[k]
            if parent_dist[y] == parent_dist[centre] - 1:
                centre = y
                break
    return d, a, b, centre


@njit(cache=True)
def _part_table(n, eu, ev, indptr, targets):
    """Per edge i: ``(D1, a1, b1, centre1, D2, a2, b2, centre2)`` for the parts holding eu[i] and
    ev[i] once edge i is cut."""
    m = eu.shape[0]
    parts = np.zeros((m, 8), dtype=np.int64)
    dist = np.empty(n, dtype=np.int64)
    other = np.empty(n, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    for i in range(m):
        u, v = eu[i], ev[i]
        d, a, b, c = _part_diameter(n, indptr, targets, u, v, u, dist, queue, other)
        parts[i, 0], parts[i, 1], parts[i, 2], parts[i, 3] = d, a, b, c
        d, a, b, c = _part_diameter(n, indptr, targets, u, v, v, dist, queue, other)
        parts[i, 4], parts[i, 5], parts[i, 6], parts[i, 7] = d, a, b, c
    return parts


@njit(cache=True)
def _side_table(n, eu, ev, indptr, targets):
    """``sides[i]`` lists eu[i]'s part (edge i cut) in increasing order, then the rest in
    increasing order, ``side_size[i]`` of the former; also all distances in the tree."""
    m = eu.shape[0]
    sides = np.zeros((m, n), dtype=np.int64)
    side_size = np.zeros(m, dtype=np.int64)
    dist = np.empty(n, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    apsp = np.empty((n, n), dtype=np.int64)
    for s in range(n):
        _part_bfs(n, indptr, targets, -1, -1, s, apsp[s], queue)
    for i in range(m):
        _part_bfs(n, indptr, targets, eu[i], ev[i], eu[i], dist, queue)
        count = 0
        for w in range(n):
            if dist[w] >= 0:
                sides[i, count] = w
                count += 1
        side_size[i] = count
        for w in range(n):
            if dist[w] < 0:
                sides[i, count] = w
                count += 1
    return sides, side_size, apsp


def _arrays(n: int, edges: list[list[int]]):
    arr = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    indptr, targets, _ = to_csr(n, edges, directed=False)
    return n, arr[:, 0].copy(), arr[:, 1].copy(), indptr, targets


def _best_from_parts(edges: list[list[int]], parts, goal: str) -> tuple[int, list[int]]:
    """The first edge (in list order) reaching the optimum, with the swap that reaches it."""
    d1, d2 = parts[:, 0], parts[:, 4]
    if goal == "minimum":
        values = np.maximum(np.maximum(d1, d2), (d1 - d1 // 2) + (d2 - d2 // 2) + 1)
        i = int(np.argmin(values))
        return int(values[i]), [*edges[i], int(parts[i, 3]), int(parts[i, 7])]
    values = d1 + d2 + 1
    i = int(np.argmax(values))
    return int(values[i]), [*edges[i], int(parts[i, 1]), int(parts[i, 5])]


def best_swap(n: int, edges: list[list[int]], goal: str) -> tuple[int, list[int]]:
    """``(optimal diameter, [removed u, removed v, added a, added b])``."""
    if not edges:
        raise ValueError("a tree with one vertex has no edge to swap")
    return _best_from_parts(edges, _part_table(*_arrays(n, edges)), goal)


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


BASELINE_SAMPLES = 32


def random_swap(rng, n: int, edges: list[list[int]]) -> list[int]:
    """A uniformly random edge removed and a random edge joining the two parts: a blind but
    valid swap."""
    i = rng.randrange(len(edges))
    u, v = edges[i]
    adj = adjacency(n, edges[:i] + edges[i + 1 :])
    side, stack = {u}, [u]
    while stack:
        for w in adj[stack.pop()]:
            if w not in side:
                side.add(w)
                stack.append(w)
    a = rng.choice(sorted(side))
    b = rng.choice([w for w in range(n) if w not in side])
    return [u, v, a, b]


class TreeEdgeSwapDiameter(Environment):
    description = "Replace one tree edge by another to minimise or maximise the diameter"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1 1 3"
    catalog_name = "TreeChangeOneEdgeDiameter"

    def schedule(self, difficulty):
        return {"vertices": 15 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        edges = random_tree_edges(rng, n)
        goal = rng.choice(GOALS)
        pick = min if goal == "minimum" else max
        arrays = _arrays(n, edges)
        parts = _part_table(*arrays)
        sides, side_size, dist = _side_table(*arrays)
        samples = [int(dist.max())]
        for _ in range(BASELINE_SAMPLES):  # the draws of ``random_swap``, read off the tables
            i = rng.randrange(len(edges))
            size = int(side_size[i])
            a = int(rng.choice(sides[i, :size]))
            b = int(rng.choice(sides[i, size:]))
            d1, a1, b1, _, d2, a2, b2, _ = (int(x) for x in parts[i])
            # in a tree the farthest vertex from any vertex is an end of a diameter
            reach = max(dist[a, a1], dist[a, b1]) + max(dist[b, a2], dist[b, b2]) + 1
            samples.append(max(d1, d2, int(reach)))
        return {
            "n": n,
            "edges": edges,
            "goal": goal,
            "best_diameter": _best_from_parts(edges, parts, goal)[0],
            "blind_diameter": pick(samples),
        }

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
        best = instance["best_diameter"]
        if result == best or (result < best) == (goal == "minimum"):
            return Verdict.right()
        return Verdict.wrong(
            f"the new tree has diameter {result}, not the {goal} possible",
            score=gap_closed_score(result, best, instance["blind_diameter"]),
        )

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        return " ".join(map(str, random_swap(rng, instance["n"], instance["edges"])))

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
