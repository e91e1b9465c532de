"""Flow and matching solvers shared by the graph environments' reference solvers.

Plain Python: the networks the environments build have at most a few thousand arcs, where
Dinic's algorithm and successive shortest paths finish in milliseconds, and no Numba compile
cost is paid in CI.

* ``FlowNetwork``: a directed network with integer capacities; ``max_flow`` (Dinic), the flow
  on every added arc, and the source side of a minimum cut.
* ``min_cost_flow``: successive shortest paths (SPFA, so negative arc costs are fine as long as
  the network has no negative cycle), optionally stopping at a flow bound.
* ``min_cost_assignment``: the Hungarian algorithm for a rectangular cost matrix.
* ``bipartite_matching``: a maximum-cardinality bipartite matching (augmenting paths).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

FLOW_INF = 1 << 60


class FlowNetwork:
    """A directed network on vertices ``0 .. n-1`` with integer arc capacities.

    Arcs are stored in pairs (arc ``2i`` and its residual twin ``2i + 1``); ``add_arc`` returns
    ``i``, the index to ask ``flow_on`` about after ``max_flow``.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.heads: list[int] = []
        self.capacity: list[int] = []
        self.original: list[int] = []
        self.out: list[list[int]] = [[] for _ in range(n)]

    def add_arc(self, u: int, v: int, capacity: int) -> int:
        index = len(self.original)
        self.out[u].append(len(self.heads))
        self.heads.append(v)
        self.capacity.append(capacity)
        self.out[v].append(len(self.heads))
        self.heads.append(u)
        self.capacity.append(0)
        self.original.append(capacity)
        return index

    def flow_on(self, index: int) -> int:
        """Flow currently sent along the arc that ``add_arc`` numbered ``index``."""
        return self.original[index] - self.capacity[2 * index]

    def _levels(self, source: int, sink: int) -> list[int] | None:
        level = [-1] * self.n
        level[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for a in self.out[u]:
                v = self.heads[a]
                if self.capacity[a] > 0 and level[v] < 0:
                    level[v] = level[u] + 1
                    queue.append(v)
        return level if level[sink] >= 0 else None

    def _blocking_flow(self, source: int, sink: int, level: list[int], limit: int) -> int:
        """Augmenting paths along level-increasing arcs (iterative DFS with arc pointers)."""
        pointer = [0] * self.n
        total = 0
        heads, capacity, out = self.heads, self.capacity, self.out
        while total < limit:
            path: list[int] = []  # arcs from the source to the current vertex
            u = source
            while u != sink:
                arcs = out[u]
                while pointer[u] < len(arcs):
                    a = arcs[pointer[u]]
                    v = heads[a]
                    if capacity[a] > 0 and level[v] == level[u] + 1:
                        break
                    pointer[u] += 1
                if pointer[u] == len(arcs):  # dead end: retreat
                    if not path:
                        return total
                    level[u] = -1
                    a = path.pop()
                    u = heads[a ^ 1]
                    pointer[u] += 1
                    continue
                a = arcs[pointer[u]]
                path.append(a)
                u = heads[a]
            pushed = min(limit - total, min(capacity[a] for a in path))
            for a in path:
                capacity[a] -= pushed
                capacity[a ^ 1] += pushed
            total += pushed
        return total

    def max_flow(self, source: int, sink: int, limit: int = FLOW_INF) -> int:
        """Send as much flow as possible (at most ``limit``) from ``source`` to ``sink``; callable
        again after adding arcs (it continues from the current flow)."""
        total = 0
        while total < limit:
            level = self._levels(source, sink)
            if level is None:
                break
            pushed = self._blocking_flow(source, sink, level, limit - total)
            if pushed == 0:
                break
            total += pushed
        return total

    def source_side(self, source: int) -> list[bool]:
        """After ``max_flow``: the vertices reachable from ``source`` in the residual network (the
        source side of a minimum cut)."""
        seen = [False] * self.n
        seen[source] = True
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for a in self.out[u]:
                v = self.heads[a]
                if self.capacity[a] > 0 and not seen[v]:
                    seen[v] = True
                    queue.append(v)
        return seen


def min_cost_flow(
    n: int,
    arcs: Sequence[Sequence[int]],
    source: int,
    sink: int,
    max_units: int = FLOW_INF,
) -> tuple[int, int, list[int]]:
    """Minimum-cost flow of maximum value (at most ``max_units``) from ``source`` to ``sink``.

    ``arcs`` are ``[u, v, capacity, cost]``; costs may be negative if no cycle of negative cost
    exists. Returns ``(flow value, total cost, flow on each arc)``. Successive shortest paths
    with SPFA: every augmentation is along a cheapest residual path, so the result is optimal
    for its value.
    """
    heads: list[int] = []
    capacity: list[int] = []
    cost: list[int] = []
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v, cap, c in arcs:
        out[u].append(len(heads))
        heads += [v, u]
        capacity += [cap, 0]
        cost += [c, -c]
        out[v].append(len(heads) - 1)
    flow = total_cost = 0
    while flow < max_units:
        dist = [FLOW_INF] * n
        via = [-1] * n
        queued = [False] * n
        dist[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            queued[u] = False
            for a in out[u]:
                if capacity[a] > 0 and dist[u] + cost[a] < dist[heads[a]]:
                    v = heads[a]
                    dist[v] = dist[u] + cost[a]
                    via[v] = a
                    if not queued[v]:
                        queued[v] = True
                        queue.append(v)
        if dist[sink] == FLOW_INF:
            break
        pushed = max_units - flow
        v = sink
        while v != source:
            a = via[v]
            pushed = min(pushed, capacity[a])
            v = heads[a ^ 1]
        v = sink
        while v != source:
            a = via[v]
            capacity[a] -= pushed
            capacity[a ^ 1] += pushed
            v = heads[a ^ 1]
        flow += pushed
        total_cost += pushed * dist[sink]
    flows = [arcs[i][2] - capacity[2 * i] for i in range(len(arcs))]
    return flow, total_cost, flows


def min_cost_assignment(cost: Sequence[Sequence[int]]) -> tuple[int, list[int]]:
    """Hungarian algorithm: for an ``r x c`` integer matrix with ``r <= c``, distinct columns
    ``column[i]`` for every row minimising the sum of ``cost[i][column[i]]``. Returns
    ``(minimum total, column per row)``. O(r^2 c)."""
    rows = len(cost)
    cols = len(cost[0]) if rows else 0
    if rows > cols:
        raise ValueError("min_cost_assignment needs at most as many rows as columns")
    row_pot = [0] * (rows + 1)
    col_pot = [0] * (cols + 1)
    owner = [0] * (cols + 1)  # row (1-based) assigned to each column (1-based); 0 = free
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        owner[0] = i
        j0 = 0
        slack = [FLOW_INF] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0 = owner[j0]
            delta = FLOW_INF
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = row[j - 1] - row_pot[i0] - col_pot[j]
                    if reduced < slack[j]:
                        slack[j] = reduced
                        way[j] = j0
                    if slack[j] < delta:
                        delta = slack[j]
                        j1 = j
            for j in range(cols + 1):
                if used[j]:
                    row_pot[owner[j]] += delta
                    col_pot[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column = [-1] * rows
    for j in range(1, cols + 1):
        if owner[j]:
            column[owner[j] - 1] = j - 1
    return sum(cost[i][column[i]] for i in range(rows)), column


def bipartite_matching(left: int, right: int, adjacency: Sequence[Sequence[int]]) -> list[int]:
    """Maximum bipartite matching: ``adjacency[u]`` lists the right vertices left vertex ``u``
    may take. Returns the matched right vertex of every left vertex (-1 when unmatched).
    Augmenting paths by iterative DFS, O(V E)."""
    match_left = [-1] * left
    match_right = [-1] * right
    for start in range(left):
        seen = [False] * right
        # stack of (left vertex, next neighbour position); parents recorded per right vertex
        parent_of_right = [-1] * right
        stack = [(start, 0)]
        found = -1
        while stack and found < 0:
            u, pos = stack.pop()
            neighbours = adjacency[u]
            while pos < len(neighbours):
                v = neighbours[pos]
                pos += 1
                if seen[v]:
                    continue
                seen[v] = True
                parent_of_right[v] = u
                stack.append((u, pos))
                if match_right[v] < 0:
                    found = v
                else:
                    stack.append((match_right[v], 0))
                break
        if found < 0:
            continue
        v = found
        while v >= 0:
            u = parent_of_right[v]
            previous = match_left[u]
            match_left[u] = v
            match_right[v] = u
            v = previous
    return match_left
