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


def parse_colours(text: str, n: int) -> list[int]:
    """A colour per vertex: integers separated by spaces or commas, at most ``n + 1`` of them, each
    positive (the colouring prompts ask for positive integers; 0 or a sign is a format error)."""
    from ..answers import ParseError, parse_int_list

    colours = parse_int_list(text, max_items=n + 1, max_digits=12)
    bad = next((c for c in colours if c < 1), None)
    if bad is not None:
        raise ParseError(f"colours must be positive integers, got {bad}")
    return colours


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
# subset enumeration in Gray-code order (one vertex flips per step, O(degree) update): vertex
# cover and dominating set; about 5 ms per 2**20 subsets, no 2**n tables


def _csr(n: int, edges: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    degree = [0] * n
    for e in edges:
        degree[e[0]] += 1
        degree[e[1]] += 1
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum(degree)
    fill = indptr[:-1].copy()
    targets = np.empty(2 * len(edges), dtype=np.int64)
    for e in edges:
        for a, b in ((e[0], e[1]), (e[1], e[0])):
            targets[fill[a]] = b
            fill[a] += 1
    return indptr, targets


@njit(cache=True)
def _gray_min_cover(n, indptr, targets, weights):
    chosen = np.zeros(n, dtype=np.bool_)
    uncovered = indptr[n] // 2
    cost = 0
    best, best_mask, mask = INF, (1 << n) - 1, 0
    if uncovered == 0:
        return 0
    for step in range(1, 1 << n):
        x = 0
        while not (step >> x) & 1:
            x += 1
        mask ^= 1 << x
        chosen[x] = not chosen[x]
        sign = 1 if chosen[x] else -1
        cost += sign * weights[x]
        for k in range(indptr[x], indptr[x + 1]):
            if not chosen[targets[k]]:
                uncovered -= sign
        if uncovered == 0 and cost < best:
            best, best_mask = cost, mask
    return best_mask


def min_weight_vertex_cover(
    n: int, edges: Sequence[Sequence[int]], weights: Sequence[int]
) -> list[int]:
    """A minimum-weight vertex cover (sorted vertices), by enumerating all ``2**n`` subsets
    (use ``n <= 20``)."""
    indptr, targets = _csr(n, edges)
    return mask_vertices(_gray_min_cover(n, indptr, targets, np.asarray(weights, dtype=np.int64)))


@njit(cache=True)
def _gray_min_dominating(n, indptr, targets, weights):
    chosen = np.zeros(n, dtype=np.bool_)
    hits = np.zeros(n, dtype=np.int64)  # chosen vertices in each closed neighbourhood
    undominated = n
    cost = 0
    best, best_mask, mask = INF, (1 << n) - 1, 0
    for step in range(1, 1 << n):
        x = 0
        while not (step >> x) & 1:
            x += 1
        mask ^= 1 << x
        chosen[x] = not chosen[x]
        sign = 1 if chosen[x] else -1
        cost += sign * weights[x]
        for k in range(indptr[x], indptr[x + 1] + 1):
            y = targets[k] if k < indptr[x + 1] else x
            before = hits[y]
            hits[y] += sign
            if before == 0 and hits[y] > 0:
                undominated -= 1
            elif before > 0 and hits[y] == 0:
                undominated += 1
        if undominated == 0 and cost < best:
            best, best_mask = cost, mask
    return best_mask


def min_weight_dominating_set(
    n: int, edges: Sequence[Sequence[int]], weights: Sequence[int]
) -> list[int]:
    """A minimum-weight dominating set (sorted vertices), by enumerating all ``2**n`` subsets
    (use ``n <= 20``)."""
    indptr, targets = _csr(n, edges)
    return mask_vertices(
        _gray_min_dominating(n, indptr, targets, np.asarray(weights, dtype=np.int64))
    )


def vertex_cover_problem(chosen: Sequence[int], edges: Sequence[Sequence[int]]) -> str | None:
    """Why the vertices ``chosen`` miss an edge (no endpoint chosen), or None."""
    picked = set(chosen)
    for e in edges:
        if e[0] not in picked and e[1] not in picked:
            return f"edge {e[0]} {e[1]} has no endpoint in the set"
    return None


def vertex_costs_intro(n: int, edges: Sequence[Sequence[int]], costs: Sequence[int]) -> str:
    """The opening of a vertex-cost prompt: the graph, then the cost of every vertex."""
    from ..graphs import undirected_graph_intro

    return (
        undirected_graph_intro(n, edges)
        + f"Each vertex has a cost; the costs of vertices 0 to {n - 1}, in order, are: "
        f"{' '.join(map(str, costs))}\n\n"
    )


#: how a vertex-set answer is asked for (parsed by ``graphs.parse_vertex_list``)
VERTEX_SET_ANSWER = "Answer with the chosen vertices, each once, separated by spaces, in any order."


def cheapest_set_verdict(instance: dict, answer: Sequence[int], problem: str | None, what: str):
    """Verdict on a vertex set for a minimum-cost task whose instance has ``n``, ``costs`` and
    ``optimum``: ``problem`` is why the set is infeasible (None when it is feasible); ``what``
    names a feasible set ('a vertex cover')."""
    from ..graphs import vertex_list_problem
    from ..problem import Verdict

    problem = vertex_list_problem(answer, instance["n"]) or problem
    if problem:
        return Verdict.wrong(problem)
    cost = sum(instance["costs"][v] for v in answer)
    if cost != instance["optimum"]:
        return Verdict.wrong(f"{what}, but its cost {cost} is not the minimum")
    return Verdict.right()


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


# ---------------------------------------------------------------------------------------------
# k-center: the smallest radius at which k balls cover every vertex


def all_pairs_distances(
    n: int, edges: Sequence[Sequence[int]], directed: bool = False
) -> list[list[int]]:
    """Shortest-path distances between all pairs (``INF`` when unreachable), by Dijkstra from
    every vertex (``graph_kernels.dijkstra``)."""
    from .graph_kernels import dijkstra, to_csr

    indptr, targets, weights = to_csr(n, edges, directed)
    return [[int(x) for x in dijkstra(indptr, targets, weights, s)] for s in range(n)]


def _cover_with_balls(uncovered: int, left: int, balls: list[int], picked: list[int]) -> bool:
    if not uncovered:
        return True
    if not left:
        return False
    # branch on the uncovered vertex with the fewest balls around it
    best_options = None
    for u in mask_vertices(uncovered):
        options = [c for c, ball in enumerate(balls) if (ball >> u) & 1]
        if best_options is None or len(options) < len(best_options):
            best_options = options
            if len(options) <= 1:
                break
    for c in best_options:
        picked.append(c)
        if _cover_with_balls(uncovered & ~balls[c], left - 1, balls, picked):
            return True
        picked.pop()
    return False


def k_center(distances: Sequence[Sequence[int]], k: int) -> tuple[int, list[int]]:
    """``(radius, centres)``: ``k`` vertices minimising the largest distance from any vertex to
    its nearest centre (exact: binary search over the distinct distances, each tested by a
    branching cover search of depth ``k``). ``distances`` must be finite and symmetric."""
    n = len(distances)
    radii = sorted({d for row in distances for d in row})
    lo, hi = 0, len(radii) - 1
    best = list(range(min(k, n)))
    while lo < hi:
        mid = (lo + hi) // 2
        balls = [sum(1 << v for v in range(n) if distances[c][v] <= radii[mid]) for c in range(n)]
        picked: list[int] = []
        if _cover_with_balls((1 << n) - 1, k, balls, picked):
            hi, best = mid, picked
        else:
            lo = mid + 1
    chosen = sorted(set(best))
    spare = [v for v in range(n) if v not in chosen]
    chosen = sorted(chosen + spare[: k - len(chosen)])
    return max(min(distances[c][v] for c in chosen) for v in range(n)), chosen


# ---------------------------------------------------------------------------------------------
# paths over vertex subsets: dp[mask][v] = cheapest simple path through exactly ``mask`` ending
# at ``v`` (O(2**n * n**2); use n <= 14)


@njit(cache=True)
def _subset_path_table(cost):
    n = cost.shape[0]
    size = 1 << n
    dp = np.full((size, n), INF, dtype=np.int64)
    parent = np.full((size, n), -1, dtype=np.int8)
    for v in range(n):
        dp[1 << v, v] = 0
    for mask in range(1, size):
        for v in range(n):
            here = dp[mask, v]
            if here >= INF:
                continue
            for u in range(n):
                if (mask >> u) & 1 or cost[v, u] >= INF:
                    continue
                step = mask | (1 << u)
                if here + cost[v, u] < dp[step, u]:
                    dp[step, u] = here + cost[v, u]
                    parent[step, u] = v
    return dp, parent


def _read_path(parent: np.ndarray, mask: int, end: int) -> list[int]:
    path = [end]
    while parent[mask, end] >= 0:
        previous = int(parent[mask, end])
        mask ^= 1 << end
        end = previous
        path.append(end)
    return path[::-1]


def cheapest_hamiltonian_path(cost: np.ndarray) -> tuple[int, list[int]]:
    """``(cost, order)`` of a cheapest path visiting every vertex once, any start and end, for an
    ``n x n`` cost matrix (``INF`` = no step); ``(INF, [])`` when there is none."""
    dp, parent = _subset_path_table(np.ascontiguousarray(cost, dtype=np.int64))
    full = (1 << cost.shape[0]) - 1
    end = int(np.argmin(dp[full]))
    if dp[full, end] >= INF:
        return int(INF), []
    return int(dp[full, end]), _read_path(parent, full, end)


def heaviest_simple_path(weights: np.ndarray) -> tuple[int, list[int]]:
    """``(weight, path)`` of a heaviest simple path (any length, at least one vertex) in a digraph
    given as an ``n x n`` matrix of arc weights (``INF`` = no arc, weights >= 0)."""
    cost = np.where(weights >= INF, INF, -weights)
    np.fill_diagonal(cost, INF)
    dp, parent = _subset_path_table(cost)
    mask, end = np.unravel_index(int(np.argmin(dp)), dp.shape)
    return -int(dp[mask, end]), _read_path(parent, int(mask), int(end))


def shortest_path_closure(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Floyd-Warshall on a weight matrix (``INF`` = no arc, 0 diagonal): ``(distance, hop)`` where
    ``hop[u, v]`` is the vertex after ``u`` on a shortest path to ``v`` (-1 if unreachable)."""
    n = matrix.shape[0]
    dist = matrix.copy()
    hop = np.where(matrix < INF, np.arange(n)[None, :], -1)
    for k in range(n):
        through = dist[:, k : k + 1] + dist[k : k + 1, :]
        better = through < dist
        dist = np.where(better, through, dist)
        hop = np.where(better, hop[:, k : k + 1], hop)
    return dist, hop


def expand_hops(order: Sequence[int], hop: np.ndarray) -> list[int]:
    """The walk that follows shortest paths (``hop`` from ``shortest_path_closure``) between
    consecutive vertices of ``order``."""
    walk = [order[0]]
    for target in order[1:]:
        while walk[-1] != target:
            walk.append(int(hop[walk[-1], target]))
    return walk


# ---------------------------------------------------------------------------------------------
# Steiner tree: Dreyfus-Wagner, O(3**k n + 2**k n**2) for k terminals


@njit(cache=True)
def _dreyfus_wagner(weights, terminals):
    n = weights.shape[0]
    k = terminals.shape[0]
    size = 1 << k
    best = np.full((size, n), INF, dtype=np.int64)
    how = np.zeros((size, n), dtype=np.int8)  # 0 base, 1 merge of two subsets, 2 edge step
    arg = np.zeros((size, n), dtype=np.int64)
    for i in range(k):
        best[1 << i, terminals[i]] = 0
    done = np.zeros(n, dtype=np.bool_)
    for subset in range(1, size):
        if subset & (subset - 1):
            for v in range(n):
                part = (subset - 1) & subset
                while part > 0:
                    rest = subset ^ part
                    if part < rest:
                        total = best[part, v] + best[rest, v]
                        if total < best[subset, v]:
                            best[subset, v] = total
                            how[subset, v] = 1
                            arg[subset, v] = part
                    part = (part - 1) & subset
        done[:] = False
        for _ in range(n):
            u = -1
            for v in range(n):
                if not done[v] and (u < 0 or best[subset, v] < best[subset, u]):
                    u = v
            if best[subset, u] >= INF:
                break
            done[u] = True
            for v in range(n):
                w = weights[u, v]
                if w < INF and v != u and best[subset, u] + w < best[subset, v]:
                    best[subset, v] = best[subset, u] + w
                    how[subset, v] = 2
                    arg[subset, v] = u
    return best, how, arg


def steiner_tree(
    n: int, edges: Sequence[Sequence[int]], terminals: Sequence[int]
) -> tuple[int, list[list[int]]]:
    """``(weight, edges)`` of a minimum Steiner tree connecting ``terminals`` in a connected graph
    with positive edge weights (Dreyfus-Wagner; use at most about 8 terminals)."""
    matrix = weight_matrix(n, edges, directed=False)
    best, how, arg = _dreyfus_wagner(matrix, np.asarray(terminals, dtype=np.int64))
    full = (1 << len(terminals)) - 1
    root = int(terminals[0])
    chosen: set[tuple[int, int]] = set()
    stack = [(full, root)]
    while stack:
        subset, v = stack.pop()
        if how[subset, v] == 1:
            part = int(arg[subset, v])
            stack += [(part, v), (subset ^ part, v)]
        elif how[subset, v] == 2:
            u = int(arg[subset, v])
            chosen.add((min(u, v), max(u, v)))
            stack.append((subset, u))
    return int(best[full, root]), sorted(list(e) for e in chosen)


# ---------------------------------------------------------------------------------------------
# simple cycles by enumerating the cycle space: 2**c elements for c independent cycles


_DEBRUIJN = np.uint64(0x022FDD63CC95386D)
_DEBRUIJN_INDEX = np.zeros(64, dtype=np.int64)
for _bit in range(64):
    _DEBRUIJN_INDEX[((1 << _bit) * 0x022FDD63CC95386D % (1 << 64)) >> 58] = _bit


@njit(cache=True)
def _count_single_cycles(n, us, vs, fundamental):
    cycles_in_basis, words = fundamental.shape
    current = np.zeros(words, dtype=np.uint64)
    degree = np.zeros(n, dtype=np.int64)
    first = np.full(n, -1, dtype=np.int64)
    second = np.full(n, -1, dtype=np.int64)
    touched = np.empty(2 * us.shape[0], dtype=np.int64)
    count = 0
    for step in range(1, 1 << cycles_in_basis):
        i = 0
        while not (step >> i) & 1:
            i += 1
        for w in range(words):
            current[w] ^= fundamental[i, w]
        edges = 0
        vertices = 0
        regular = True
        for w in range(words):
            bits = current[w]
            while bits:
                low = bits & (~bits + np.uint64(1))
                b = _DEBRUIJN_INDEX[(low * _DEBRUIJN) >> np.uint64(58)]
                bits ^= low
                e = w * 64 + b
                edges += 1
                for end in (us[e], vs[e]):
                    other = vs[e] if end == us[e] else us[e]
                    if degree[end] == 0:
                        touched[vertices] = end
                        vertices += 1
                        first[end] = other
                    elif degree[end] == 1:
                        second[end] = other
                    else:
                        regular = False
                    degree[end] += 1
        if regular:
            # every vertex has degree 2: one cycle exactly when a walk from one vertex sees all
            start = touched[0]
            previous, here, steps = start, first[start], 1
            while here != start:
                following = first[here] if first[here] != previous else second[here]
                previous, here = here, following
                steps += 1
            if steps == edges:
                count += 1
        for t in range(vertices):
            v = touched[t]
            degree[v] = 0
            first[v] = -1
            second[v] = -1
    return count


def count_simple_cycles(n: int, edges: Sequence[Sequence[int]]) -> int:
    """Number of simple cycles (length >= 3) of a simple undirected graph, by enumerating all
    2**c sums of fundamental cycles (c = M - N + components) and keeping those that are one
    cycle. Fast while c stays below about 16, whatever N is."""
    m = len(edges)
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for index, e in enumerate(edges):
        adj[e[0]].append((e[1], index))
        adj[e[1]].append((e[0], index))
    parent_edge = [-1] * n
    parent = [-1] * n
    depth = [-1] * n
    tree = [False] * m
    for root in range(n):
        if depth[root] >= 0:
            continue
        depth[root] = 0
        queue = [root]
        for u in queue:
            for v, index in adj[u]:
                if depth[v] < 0:
                    depth[v], parent[v], parent_edge[v] = depth[u] + 1, u, index
                    tree[index] = True
                    queue.append(v)
    words = max(1, (m + 63) // 64)
    basis = []
    for index, e in enumerate(edges):
        if tree[index]:
            continue
        bits = [0] * words
        bits[index // 64] |= 1 << (index % 64)
        a, b = e[0], e[1]
        while a != b:
            if depth[a] < depth[b]:
                a, b = b, a
            step = parent_edge[a]
            bits[step // 64] ^= 1 << (step % 64)
            a = parent[a]
        basis.append(bits)
    if not basis:
        return 0
    return int(
        _count_single_cycles(
            n,
            np.asarray([e[0] for e in edges], dtype=np.int64),
            np.asarray([e[1] for e in edges], dtype=np.int64),
            np.asarray(basis, dtype=np.uint64),
        )
    )


# ---------------------------------------------------------------------------------------------
# spanning trees: Kirchhoff's matrix-tree theorem modulo a prime (< 2**31)


@njit(cache=True)
def _determinant_mod(matrix, prime):
    a = matrix.copy()
    n = a.shape[0]
    det = 1
    for col in range(n):
        pivot = -1
        for r in range(col, n):
            if a[r, col] != 0:
                pivot = r
                break
        if pivot < 0:
            return 0
        if pivot != col:
            for k in range(n):
                a[col, k], a[pivot, k] = a[pivot, k], a[col, k]
            det = prime - det if det else 0
        det = det * a[col, col] % prime
        inverse, base, exponent = 1, a[col, col], prime - 2
        while exponent:
            if exponent & 1:
                inverse = inverse * base % prime
            base = base * base % prime
            exponent >>= 1
        for r in range(col + 1, n):
            factor = a[r, col] * inverse % prime
            if factor:
                for k in range(col, n):
                    a[r, k] = (a[r, k] - factor * a[col, k]) % prime
    return det % prime


def spanning_tree_count_mod(n: int, edges: Sequence[Sequence[int]], prime: int) -> int:
    """Number of spanning trees of the (multi)graph, modulo ``prime`` (``prime < 2**31``): the
    determinant of the Laplacian with one row and column removed. 1 for a single vertex."""
    if n <= 1:
        return 1 % prime
    laplacian = np.zeros((n, n), dtype=np.int64)
    for e in edges:
        u, v = e[0], e[1]
        if u != v:
            laplacian[u, u] += 1
            laplacian[v, v] += 1
            laplacian[u, v] -= 1
            laplacian[v, u] -= 1
    return int(_determinant_mod(laplacian[1:, 1:] % prime, prime))


# ---------------------------------------------------------------------------------------------
# partition into k non-empty parts with the least crossing weight: O(k 3**n) subset DP


@njit(cache=True)
def _k_partition_table(n, us, vs, ws, k):
    size = 1 << n
    inside = np.zeros(size, dtype=np.int64)
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        inside[mask] = inside[rest]
        for e in range(us.shape[0]):
            if (us[e] == low and (rest >> vs[e]) & 1) or (vs[e] == low and (rest >> us[e]) & 1):
                inside[mask] += ws[e]
    best = np.full((k + 1, size), -1, dtype=np.int64)
    choice = np.zeros((k + 1, size), dtype=np.int64)
    best[0, 0] = 0
    for parts in range(1, k + 1):
        for mask in range(1, size):
            low = mask & -mask
            rest = mask ^ low
            sub = rest
            while True:
                part = sub | low
                left = best[parts - 1, mask ^ part]
                if left >= 0 and left + inside[part] > best[parts, mask]:
                    best[parts, mask] = left + inside[part]
                    choice[parts, mask] = part
                if sub == 0:
                    break
                sub = (sub - 1) & rest
    return inside[size - 1], best[k, size - 1], choice


def min_crossing_partition(n: int, edges: Sequence[Sequence[int]], k: int) -> tuple[int, list[int]]:
    """``(crossing weight, labels)``: a split of the ``n`` vertices into ``k`` non-empty parts
    (labels ``1 .. k``) minimising the total weight of edges between different parts (use
    ``n <= 12``, ``k <= n``)."""
    us, vs, ws = (
        np.asarray([e[i] if i < len(e) else 1 for e in edges], dtype=np.int64) for i in range(3)
    )
    total, kept, choice = _k_partition_table(n, us, vs, ws, k)
    labels = [0] * n
    mask = (1 << n) - 1
    for parts in range(k, 0, -1):
        part = int(choice[parts, mask])
        for v in mask_vertices(part):
            labels[v] = parts
        mask ^= part
    return int(total - kept), labels


# ---------------------------------------------------------------------------------------------
# rooted spanning tree where an edge costs its weight times the depth of its lower end:
# layer-by-layer subset DP, O(n 3**n)


@njit(cache=True)
def _depth_weighted_tree_table(weights, root):
    n = weights.shape[0]
    size = 1 << n
    full = size - 1
    nearest = np.full((size, n), INF, dtype=np.int64)  # lightest edge from v into the set
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        for v in range(n):
            nearest[mask, v] = min(nearest[rest, v], weights[low, v])
    best = np.full((size, n), INF, dtype=np.int64)
    back = np.zeros((size, n), dtype=np.int64)
    best[1 << root, 0] = 0
    for placed in range(size):
        if not (placed >> root) & 1:
            continue
        outside = full ^ placed
        for depth in range(n - 1):
            here = best[placed, depth]
            if here >= INF:
                continue
            layer = outside
            while layer:
                cost = 0
                bits = layer
                while bits:
                    low = bits & -bits
                    v = 0
                    while (low >> v) != 1:
                        v += 1
                    bits ^= low
                    if nearest[placed, v] >= INF:
                        cost = INF
                        break
                    cost += nearest[placed, v]
                if cost < INF:
                    total = here + (depth + 1) * cost
                    grown = placed | layer
                    if total < best[grown, depth + 1]:
                        best[grown, depth + 1] = total
                        back[grown, depth + 1] = placed
                layer = (layer - 1) & outside
    return best, back


def depth_weighted_spanning_tree(
    n: int, edges: Sequence[Sequence[int]], root: int
) -> tuple[int, list[list[int]]]:
    """``(cost, edges [parent, child])`` of a spanning tree rooted at ``root`` minimising the sum
    over edges of weight times the depth of the child (the root's children have depth 1); the
    graph must be connected (use ``n <= 11``)."""
    if n == 1:
        return 0, []
    weights = weight_matrix(n, edges, directed=False)
    np.fill_diagonal(weights, INF)
    best, back = _depth_weighted_tree_table(weights, root)
    full = (1 << n) - 1
    depth = int(np.argmin(best[full]))
    cost = int(best[full, depth])
    tree = []
    placed = full
    while depth > 0:
        before = int(back[placed, depth])
        for v in mask_vertices(placed ^ before):
            parent = min(mask_vertices(before), key=lambda u: weights[u, v])
            tree.append([parent, v])
        placed, depth = before, depth - 1
    return cost, tree


# ---------------------------------------------------------------------------------------------
# placing a tree onto a graph bijectively: inclusion-exclusion over the image set, each term a
# tree DP counting (not necessarily injective) maps into it, O(2**n n**3) at worst


@njit(cache=True)
def _tree_placements(order, parent, multiplicity, prime):
    n = order.shape[0]
    total = 0
    members = np.empty(n, dtype=np.int64)
    ways = np.empty((n, n), dtype=np.int64)
    for image in range(1, 1 << n):
        size = 0
        for x in range(n):
            if (image >> x) & 1:
                members[size] = x
                size += 1
        for i in range(n):
            for a in range(size):
                ways[i, a] = 1
        for position in range(n - 1, 0, -1):  # children before parents
            child = order[position]
            up = parent[child]
            for a in range(size):
                s = 0
                for b in range(size):
                    c = multiplicity[members[a], members[b]]
                    if c:
                        s = (s + c * ways[child, b]) % prime
                ways[up, a] = ways[up, a] * s % prime
        term = 0
        for a in range(size):
            term += ways[order[0], a]
        term %= prime
        if (n - size) % 2:
            total = (total - term) % prime
        else:
            total = (total + term) % prime
    return total


def count_tree_placements(
    n: int, tree_edges: Sequence[Sequence[int]], graph_edges: Sequence[Sequence[int]], prime: int
) -> int:
    """Number of pairs (bijection f from tree vertices to graph vertices, choice of one of the
    parallel graph edges f(a) f(b) for every tree edge a b), modulo ``prime``. ``graph_edges``
    are ``[u, v, copies]`` (``copies`` parallel edges; plain ``[u, v]`` counts once). Use
    ``n <= 13``."""
    multiplicity = np.zeros((n, n), dtype=np.int64)
    for e in graph_edges:
        copies = e[2] if len(e) > 2 else 1
        multiplicity[e[0], e[1]] += copies
        multiplicity[e[1], e[0]] += copies
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in tree_edges:
        neighbours[a].append(b)
        neighbours[b].append(a)
    order, parent = [0], [-1] * n
    for v in order:
        for w in neighbours[v]:
            if w != parent[v] and w != 0:
                parent[w] = v
                order.append(w)
    return int(
        _tree_placements(
            np.asarray(order, dtype=np.int64),
            np.asarray(parent, dtype=np.int64),
            multiplicity % prime,
            prime,
        )
    )


# ---------------------------------------------------------------------------------------------
# proper colourings with per-vertex colour caps, weighted by the number of colours used


@njit(cache=True)
def _capped_colouring_table(n, neighbours, caps, prime):
    size = 1 << n
    full = size - 1
    independent = np.zeros(size, dtype=np.bool_)
    independent[0] = True
    for mask in range(1, size):
        low = 0
        while not (mask >> low) & 1:
            low += 1
        rest = mask ^ (1 << low)
        independent[mask] = independent[rest] and (neighbours[low] & rest) == 0
    ways = np.zeros((size, n + 1), dtype=np.int64)
    ways[0, 0] = 1
    for mask in range(full):
        low = 0
        while (mask >> low) & 1:
            low += 1
        free = full ^ mask ^ (1 << low)
        for used in range(n):
            here = ways[mask, used]
            if here == 0 or caps[low] - used <= 0:
                continue
            factor = (caps[low] - used) % prime
            sub = free
            while True:
                group = sub | (1 << low)
                if independent[group]:
                    grown = mask | group
                    ways[grown, used + 1] = (ways[grown, used + 1] + here * factor) % prime
                if sub == 0:
                    break
                sub = (sub - 1) & free
    total = 0
    for used in range(n + 1):
        total = (total + used * ways[full, used]) % prime
    return total


def capped_colouring_colour_sum(
    n: int, edges: Sequence[Sequence[int]], caps: Sequence[int], prime: int
) -> int:
    """Sum, over all proper colourings where vertex v takes a colour in ``1 .. caps[v]``, of the
    number of distinct colours used, modulo ``prime``. Colour classes are built in increasing
    cap order, so the j-th class (0-based) has ``cap - j`` colours left: O(n 3**n), use
    ``n <= 12``."""
    order = sorted(range(n), key=lambda v: caps[v])
    rank = {v: i for i, v in enumerate(order)}
    masks = [0] * n
    for e in edges:
        a, b = rank[e[0]], rank[e[1]]
        masks[a] |= 1 << b
        masks[b] |= 1 << a
    sorted_caps = np.asarray([caps[v] for v in order], dtype=np.int64)
    return int(_capped_colouring_table(n, np.asarray(masks, dtype=np.int64), sorted_caps, prime))


# ---------------------------------------------------------------------------------------------
# counting independent sets: components, tree DP on trees, branching on a busiest vertex


def count_independent_sets(n: int, edges: Sequence[Sequence[int]], prime: int) -> int:
    """Number of independent sets (the empty set included) modulo ``prime``. Fast when every
    connected component has few independent cycles (forests cost O(n)); exponential only in
    the number of branchings needed to break the cycles."""
    masks = neighbour_masks(n, edges)
    memo: dict[int, int] = {}

    def components(mask: int) -> list[int]:
        found = []
        while mask:
            seed = mask & -mask
            part, frontier = seed, seed
            while frontier:
                low = frontier & -frontier
                frontier ^= low
                grow = masks[low.bit_length() - 1] & mask & ~part
                part |= grow
                frontier |= grow
            found.append(part)
            mask &= ~part
        return found

    def count(mask: int) -> int:
        total = 1
        for part in components(mask):
            total = total * count_connected(part) % prime
        return total

    def count_connected(part: int) -> int:
        if part in memo:
            return memo[part]
        members = mask_vertices(part)
        degrees = {v: (masks[v] & part).bit_count() for v in members}
        if sum(degrees.values()) == 2 * (len(members) - 1):
            result = tree_count(part, members[0])
        else:
            v = max(members, key=lambda x: degrees[x])
            result = (count(part & ~(1 << v)) + count(part & ~(1 << v) & ~masks[v])) % prime
        memo[part] = result
        return result

    def tree_count(part: int, root: int) -> int:
        order, parent = [root], {root: -1}
        for v in order:
            for w in mask_vertices(masks[v] & part):
                if w != parent[v]:
                    parent[w] = v
                    order.append(w)
        without = dict.fromkeys(order, 1)
        with_v = dict.fromkeys(order, 1)
        for v in reversed(order):
            up = parent[v]
            if up >= 0:
                without[up] = without[up] * (without[v] + with_v[v]) % prime
                with_v[up] = with_v[up] * without[v] % prime
        return (without[root] + with_v[root]) % prime

    return count((1 << n) - 1)


# ---------------------------------------------------------------------------------------------
# answer texts shared by several environments


def colouring_answer_format(n: int) -> str:
    """The answer-format sentence of the colouring environments (one colour per vertex)."""
    return (
        f"Answer with {n} positive integers separated by spaces: the colour of vertex 0, then of "
        f"vertex 1, and so on up to vertex {n - 1}. Colours are just labels; only which vertices "
        "share a colour matters."
    )


def vertex_set_near_misses(chosen: Sequence[int], n: int) -> list[str]:
    """Near misses for a minimum-cost vertex-set answer (positive costs): one vertex fewer (breaks
    feasibility), a repeated vertex, and one more vertex (feasible but dearer)."""
    outside = [v for v in range(n) if v not in chosen]
    misses = [list(chosen[1:]), list(chosen) + list(chosen[:1])]
    if outside:
        misses.append(list(chosen) + outside[:1])
    return [" ".join(map(str, m)) for m in misses]


def broken_trees(tree: Sequence[Sequence[int]]) -> list[list[list[int]]]:
    """Near misses for a spanning-tree answer: one edge short, and one edge replaced by a repeat
    of the first (both must be rejected as not a spanning tree)."""
    edges = [list(e) for e in tree]
    return [edges[:-1], edges[:-1] + edges[:1]]


def one_swap_trees(n: int, tree: Sequence[Sequence[int]], pairs: Sequence[Sequence[int]]):
    """Spanning trees one edge exchange away from ``tree``: for each graph edge ``pairs`` not in
    the tree, each tree edge whose removal it reconnects (lazily, tree edges as ``[u, v]``)."""
    in_tree = {(min(u, v), max(u, v)) for u, v in tree}
    for a, b in pairs:
        if (min(a, b), max(a, b)) in in_tree:
            continue
        for i in range(len(tree)):
            swapped = [list(e) for e in tree[:i]] + [list(e) for e in tree[i + 1 :]] + [[a, b]]
            if _is_spanning_tree(n, swapped):
                yield swapped


def _is_spanning_tree(n: int, pairs: Sequence[Sequence[int]]) -> bool:
    from ..graphs import spanning_tree_problem

    return spanning_tree_problem(n, pairs) is None
