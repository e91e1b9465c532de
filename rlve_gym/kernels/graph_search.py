"""Exact exponential kernels for the NP-hard graph environments, and the checks they share.

Every environment that uses one of these caps its instance size where the kernel stays under
50 ms (the cap is stated in the environment's schedule). The kernels are exact: bitmask dynamic
programming over vertex subsets (covering walks, longest paths, Steiner trees, layered spanning
trees, partitions), enumeration of vertex subsets (covers, dominating sets), enumeration of the
cycle space (simple cycles), and branching (independent-set counting, k-center covering).

Conventions follow ``rlve_gym.graphs``: vertices ``0 .. n-1``, edges ``[u, v]`` or ``[u, v, w]``.
Masks are Python ints on the Python side and int64 inside Numba (so every bitmask kernel needs
``n <= 62``; the callers stay far below).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from numba import njit

from .graph_kernels import INF

# ---------------------------------------------------------------------------------------------
# small helpers


def neighbour_masks(n: int, edges: Sequence[Sequence[int]], directed: bool = False) -> list[int]:
    """Bitmask of the (out-)neighbours of every vertex."""
    masks = [0] * n
    for e in edges:
        masks[e[0]] |= 1 << e[1]
        if not directed:
            masks[e[1]] |= 1 << e[0]
    return masks


def mask_vertices(mask: int) -> list[int]:
    """The set bits of ``mask``, smallest first."""
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def weight_matrix(n: int, edges: Sequence[Sequence[int]], directed: bool) -> np.ndarray:
    """``n x n`` int64 matrix of edge weights (the lightest of parallel edges), ``INF`` where there
    is no edge and 0 on the diagonal."""
    matrix = np.full((n, n), INF, dtype=np.int64)
    for e in edges:
        w = e[2] if len(e) > 2 else 1
        u, v = e[0], e[1]
        matrix[u, v] = min(matrix[u, v], w)
        if not directed:
            matrix[v, u] = matrix[u, v]
    np.fill_diagonal(matrix, 0)
    return matrix


# ---------------------------------------------------------------------------------------------
# colourings


def coloring_problem(colors: Sequence[int], n: int, edges: Sequence[Sequence[int]]) -> str | None:
    """Why ``colors`` (one colour per vertex ``0 .. n-1``) is not a proper colouring, or None."""
    if len(colors) != n:
        return f"expected one colour for each of the {n} vertices, got {len(colors)}"
    for e in edges:
        if colors[e[0]] == colors[e[1]]:
            return f"vertices {e[0]} and {e[1]} are adjacent but both have colour {colors[e[0]]}"
    return None


def random_partition(rng: random.Random, n: int, k: int) -> list[int]:
    """A random class (``0 .. k-1``) for each of ``n >= k`` vertices, every class non-empty."""
    classes = list(range(k)) + [rng.randrange(k) for _ in range(n - k)]
    rng.shuffle(classes)
    return classes


def edge_between_classes(
    rng: random.Random, members: list[list[int]], a: int, b: int, taken: set[tuple[int, int]]
) -> list[int] | None:
    """A new edge ``[u, v]`` (``u < v``) with ``u`` in class ``a`` and ``v`` in class ``b``, not in
    ``taken`` (which it is added to); None when every such edge is taken. Bounded: a few random
    tries, then a scan."""
    for _ in range(4):
        u, v = rng.choice(members[a]), rng.choice(members[b])
        key = (min(u, v), max(u, v))
        if key not in taken:
            taken.add(key)
            return list(key)
    for u in members[a]:
        for v in members[b]:
            key = (min(u, v), max(u, v))
            if key not in taken:
                taken.add(key)
                return list(key)
    return None


# ---------------------------------------------------------------------------------------------
# subset enumeration: vertex cover (via independent sets) and dominating set


@njit(cache=True)
def _max_weight_independent_mask(n, neighbours, weights):
    size = 1 << n
    weight = np.zeros(size, dtype=np.int64)
    independent = np.zeros(size, dtype=np.bool_)
    independent[0] = True
    best, best_mask = 0, 0
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        if independent[rest] and (neighbours[low] & rest) == 0:
            independent[mask] = True
            weight[mask] = weight[rest] + weights[low]
            if weight[mask] > best:
                best, best_mask = weight[mask], mask
    return best_mask


def min_weight_vertex_cover(
    n: int, edges: Sequence[Sequence[int]], weights: Sequence[int]
) -> list[int]:
    """A minimum-weight vertex cover (sorted vertices): the complement of a maximum-weight
    independent set, found by enumerating all ``2**n`` subsets (use ``n <= 20``)."""
    independent = _max_weight_independent_mask(
        n,
        np.asarray(neighbour_masks(n, edges), dtype=np.int64),
        np.asarray(weights, dtype=np.int64),
    )
    return [v for v in range(n) if not (independent >> v) & 1]


@njit(cache=True)
def _min_weight_dominating_mask(n, closed, weights):
    size = 1 << n
    full = size - 1
    covered = np.zeros(size, dtype=np.int64)
    weight = np.zeros(size, dtype=np.int64)
    best, best_mask = INF, full
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        covered[mask] = covered[rest] | closed[low]
        weight[mask] = weight[rest] + weights[low]
        if covered[mask] == full and weight[mask] < best:
            best, best_mask = weight[mask], mask
    return best_mask


def min_weight_dominating_set(
    n: int, edges: Sequence[Sequence[int]], weights: Sequence[int]
) -> list[int]:
    """A minimum-weight dominating set (sorted vertices) by enumerating all ``2**n`` subsets
    (use ``n <= 20``)."""
    closed = [m | (1 << v) for v, m in enumerate(neighbour_masks(n, edges))]
    mask = _min_weight_dominating_mask(
        n, np.asarray(closed, dtype=np.int64), np.asarray(weights, dtype=np.int64)
    )
    return mask_vertices(mask)


def dominating_problem(chosen: Sequence[int], n: int, edges: Sequence[Sequence[int]]) -> str | None:
    """Why the (valid, distinct) vertices ``chosen`` do not dominate the graph, or None."""
    picked = set(chosen)
    dominated = set(picked)
    for e in edges:
        if e[0] in picked or e[1] in picked:
            dominated.update((e[0], e[1]))
    for v in range(n):
        if v not in dominated:
            return f"vertex {v} is neither chosen nor adjacent to a chosen vertex"
    return None


def class_pair_graph(
    rng: random.Random, n: int, k: int, class_pairs: Sequence[Sequence[int]]
) -> tuple[list[int], list[list[int]]]:
    """``(classes, edges)``: the ``n`` vertices split into ``k`` non-empty classes (class of each
    vertex) and one edge between classes ``a`` and ``b`` for each ``[a, b]`` in ``class_pairs``
    (a repeated pair gives another, distinct edge; a pair with no edge left is skipped). No edge
    lies inside a class, so the classes are a proper colouring. Used to plant colourings whose
    colour count is forced by the edge count (achromatic and harmonious numbers)."""
    classes = random_partition(rng, n, k)
    members = [[v for v in range(n) if classes[v] == c] for c in range(k)]
    taken: set[tuple[int, int]] = set()
    edges = []
    for a, b in class_pairs:
        edge = edge_between_classes(rng, members, a, b, taken)
        if edge is not None:
            edges.append(edge)
    return classes, edges


def color_pairs_on_edges(colors: Sequence[int], edges: Sequence[Sequence[int]]) -> list[tuple]:
    """The unordered colour pair ``(smaller, larger)`` on each edge, in edge order."""
    return [tuple(sorted((colors[e[0]], colors[e[1]]))) for e in edges]
