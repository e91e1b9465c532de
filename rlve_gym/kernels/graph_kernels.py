"""Numba kernels for the graph environments' reference solvers.

Graphs reach the kernels in compressed sparse row form (``to_csr``): ``indptr[u] ..
indptr[u+1]`` indexes the out-neighbours ``targets`` (and their ``weights``) of vertex ``u``.
Only loops that matter at high difficulty live here; everything else stays plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numba import njit

INF = np.iinfo(np.int64).max // 4


def to_csr(
    n: int, edges: Sequence[Sequence[int]], directed: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(indptr, targets, weights)`` arrays for ``edges`` (``[u, v]`` or ``[u, v, w]``; weight 1
    when absent). Undirected edges appear in both directions."""
    heads, tails, weights = [], [], []
    for e in edges:
        w = e[2] if len(e) > 2 else 1
        heads.append(e[0])
        tails.append(e[1])
        weights.append(w)
        if not directed:
            heads.append(e[1])
            tails.append(e[0])
            weights.append(w)
    heads_arr = np.asarray(heads, dtype=np.int64)
    order = np.argsort(heads_arr, kind="stable")
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(heads_arr, minlength=n), out=indptr[1:])
    return (
        indptr,
        np.asarray(tails, dtype=np.int64)[order],
        np.asarray(weights, dtype=np.int64)[order],
    )


@njit(cache=True)
def dijkstra(indptr, targets, weights, source):
    """Shortest distances from ``source`` (non-negative weights; ``INF`` when unreachable).
    The O(n^2 + m) array version: the graphs here have at most a few hundred vertices."""
    n = indptr.shape[0] - 1
    dist = np.full(n, INF, dtype=np.int64)
    done = np.zeros(n, dtype=np.bool_)
    dist[source] = 0
    for _ in range(n):
        u = -1
        best = INF
        for v in range(n):
            if not done[v] and dist[v] < best:
                best = dist[v]
                u = v
        if u < 0:
            break
        done[u] = True
        for k in range(indptr[u], indptr[u + 1]):
            v = targets[k]
            if dist[u] + weights[k] < dist[v]:
                dist[v] = dist[u] + weights[k]
    return dist


@njit(cache=True)
def bfs_distances(indptr, targets, source):
    """Edge-count distances from ``source`` (-1 when unreachable)."""
    n = indptr.shape[0] - 1
    dist = np.full(n, -1, dtype=np.int64)
    queue = np.empty(n, dtype=np.int64)
    dist[source] = 0
    queue[0] = source
    head, tail = 0, 1
    while head < tail:
        u = queue[head]
        head += 1
        for k in range(indptr[u], indptr[u + 1]):
            v = targets[k]
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue[tail] = v
                tail += 1
    return dist


@njit(cache=True)
def balls_within(indptr, targets, distance):
    """Every vertex's ball: the vertices at most ``distance`` edges away, in BFS order from it.

    Returned flat as ``(start, members)``: the ball of v is ``members[start[v]:start[v + 1]]``
    (v itself first). Used by kernels that draw a random vertex from a ball many times.
    """
    n = indptr.shape[0] - 1
    start = np.zeros(n + 1, np.int64)
    members = np.empty(n * n, np.int64)
    depth = np.full(n, -1, np.int64)
    size = 0
    for v in range(n):
        start[v] = size
        head = size
        members[size] = v
        size += 1
        depth[v] = 0
        while head < size:
            u = members[head]
            head += 1
            if depth[u] == distance:
                continue
            for e in range(indptr[u], indptr[u + 1]):
                w = targets[e]
                if depth[w] < 0:
                    depth[w] = depth[u] + 1
                    members[size] = w
                    size += 1
        for i in range(start[v], size):
            depth[members[i]] = -1
    start[n] = size
    return start, members


@njit(cache=True)
def _find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:  # path compression
        parent[x], x = root, parent[x]
    return root


@njit(cache=True)
def kruskal(n, us, vs, ws):
    """Minimum spanning forest by Kruskal: returns ``(total_weight, chosen_edge_indices)``."""
    parent = np.arange(n)
    order = np.argsort(ws, kind="mergesort")
    chosen = np.empty(max(n - 1, 0), dtype=np.int64)
    count = 0
    total = 0
    for i in order:
        a = _find(parent, us[i])
        b = _find(parent, vs[i])
        if a != b:
            parent[a] = b
            chosen[count] = i
            count += 1
            total += ws[i]
    return total, chosen[:count]


@njit(cache=True)
def component_labels(n, us, vs):
    """Connected-component label (the root's index) of each vertex of an undirected graph."""
    parent = np.arange(n)
    for i in range(us.shape[0]):
        a = _find(parent, us[i])
        b = _find(parent, vs[i])
        if a != b:
            parent[a] = b
    labels = np.empty(n, dtype=np.int64)
    for x in range(n):
        labels[x] = _find(parent, x)
    return labels


@njit(cache=True)
def max_weight_matching_by_subsets(weight):
    """Maximum-weight matching of a general graph by dynamic programming over vertex subsets:
    ``weight[i, j] > 0`` is the weight of edge ij (0 = no edge). ``best[mask]`` is the best
    matching inside ``mask``; the lowest vertex of ``mask`` is either left unmatched or matched
    to a neighbour in ``mask``. O(2^n n) time and memory, for n up to about 20.
    Returns ``(best weight, partner)`` with ``partner[v] = -1`` when v is unmatched."""
    n = weight.shape[0]
    size = 1 << n
    best = np.zeros(size, dtype=np.int64)
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        value = best[rest]
        for j in range(low + 1, n):
            if (rest >> j) & 1 and weight[low, j] > 0:
                candidate = weight[low, j] + best[rest ^ (1 << j)]
                if candidate > value:
                    value = candidate
        best[mask] = value
    partner = np.full(n, -1, dtype=np.int64)
    mask = size - 1
    while mask:
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        if best[mask] == best[rest]:
            mask = rest
            continue
        for j in range(low + 1, n):
            if (
                (rest >> j) & 1
                and weight[low, j] > 0
                and weight[low, j] + best[rest ^ (1 << j)] == best[mask]
            ):
                partner[low] = j
                partner[j] = low
                mask = rest ^ (1 << j)
                break
    return best[size - 1], partner
