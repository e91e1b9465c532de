"""Shared pieces for graph (and tree) environments: random generators, one textual edge format,
bounded parsers for vertex and edge lists, and small checks used by several checkers.

Conventions every graph environment follows, so that prompts read alike:

* vertices are the integers ``0 .. n-1``;
* an edge is a list ``[u, v]`` or, weighted, ``[u, v, w]`` (plain lists: instances are JSON);
* undirected edges are stored with ``u < v``; directed edges as ``u -> v``;
* in a prompt, the edge list is one edge per line, ``u v`` or ``u v w`` (see ``format_edges``);
* an answer that lists edges writes each as two vertices, pairs separated by commas:
  ``0 1, 1 2, 2 3`` (see ``format_edge_pairs`` / ``parse_edge_pairs``).

All generators take a local ``random.Random`` and never touch global random state. None of them
retries without bound: distinct pairs are drawn with ``rng.sample`` over pair indices.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Sequence
from math import isqrt

from .answers import ParseError, parse_int_list

Edge = list[int]

# ---------------------------------------------------------------------------------------------
# pair indexing: a bijection between 0 .. pair_count-1 and vertex pairs


def pair_count(n: int, directed: bool = False) -> int:
    """Number of possible edges without loops: n(n-1)/2 undirected, n(n-1) directed."""
    return n * (n - 1) if directed else n * (n - 1) // 2


def _pair_from_index(index: int, n: int, directed: bool) -> Edge:
    if directed:
        u, r = divmod(index, n - 1)
        return [u, r if r < u else r + 1]
    # colex order: index = v(v-1)/2 + u with u < v
    v = (1 + isqrt(1 + 8 * index)) // 2
    while v * (v - 1) // 2 > index:
        v -= 1
    while (v + 1) * v // 2 <= index:
        v += 1
    return [index - v * (v - 1) // 2, v]


def _pair_index(u: int, v: int, n: int, directed: bool) -> int:
    if directed:
        return u * (n - 1) + (v if v < u else v - 1)
    if u > v:
        u, v = v, u
    return v * (v - 1) // 2 + u


def sample_pairs(
    rng: random.Random,
    n: int,
    m: int,
    directed: bool = False,
    exclude: Sequence[Sequence[int]] = (),
) -> list[Edge]:
    """``m`` distinct vertex pairs (no loops), none of them in ``exclude``; ``m`` is clamped to what
    is available. Undirected pairs come as ``[u, v]`` with ``u < v``. Order is random."""
    if n < 2 or m <= 0:
        return []
    banned = {_pair_index(e[0], e[1], n, directed) for e in exclude}
    total = pair_count(n, directed)
    want = min(m, total - len(banned))
    drawn = rng.sample(range(total), min(total, want + len(banned)))
    chosen = [i for i in drawn if i not in banned][:want]
    return [_pair_from_index(i, n, directed) for i in chosen]


def edges_for_density(n: int, density: float, directed: bool = False) -> int:
    """How many edges a graph on ``n`` vertices has at the given density (rounded, >= 0)."""
    return max(0, round(density * pair_count(n, directed)))


# ---------------------------------------------------------------------------------------------
# generators


def random_tree(rng: random.Random, n: int) -> list[Edge]:
    """A random labelled tree on ``n`` vertices (random attachment, then random relabelling), as
    ``n - 1`` undirected edges ``[u, v]`` with ``u < v`` in random order."""
    if n <= 1:
        return []
    labels = list(range(n))
    rng.shuffle(labels)
    edges = []
    for child in range(1, n):
        parent = rng.randrange(child)
        a, b = labels[parent], labels[child]
        edges.append([min(a, b), max(a, b)])
    rng.shuffle(edges)
    return edges


def random_graph(rng: random.Random, n: int, m: int) -> list[Edge]:
    """A uniformly random simple undirected graph with ``m`` edges (possibly disconnected)."""
    return sample_pairs(rng, n, m)


def random_connected_graph(rng: random.Random, n: int, m: int) -> list[Edge]:
    """A random connected simple undirected graph: a random spanning tree plus random extra
    edges, ``m`` clamped to ``[n - 1, n(n-1)/2]``. Edges ``[u, v]`` with ``u < v``, random order."""
    tree = random_tree(rng, n)
    extra = sample_pairs(rng, n, m - len(tree), exclude=tree)
    edges = tree + extra
    rng.shuffle(edges)
    return edges


def random_digraph(rng: random.Random, n: int, m: int) -> list[Edge]:
    """A random simple digraph (no loops, no parallel arcs) with ``m`` arcs ``[u, v]`` (u -> v)."""
    return sample_pairs(rng, n, m, directed=True)


def random_reachable_digraph(rng: random.Random, n: int, m: int, root: int = 0) -> list[Edge]:
    """A random simple digraph in which every vertex is reachable from ``root``: a random tree
    oriented away from ``root`` plus random extra arcs (``m`` clamped to ``[n-1, n(n-1)]``)."""
    arcs = _oriented_tree(rng, n, root)
    arcs += sample_pairs(rng, n, m - len(arcs), directed=True, exclude=arcs)
    rng.shuffle(arcs)
    return arcs


def _oriented_tree(rng: random.Random, n: int, root: int) -> list[Edge]:
    others = [v for v in range(n) if v != root]
    rng.shuffle(others)
    order = [root] + others
    return [[order[rng.randrange(i)], order[i]] for i in range(1, n)]


def random_dag(rng: random.Random, n: int, m: int) -> tuple[list[Edge], list[int]]:
    """A random DAG with ``m`` arcs: a hidden random vertex order, arcs only from earlier to later.
    Returns ``(arcs, order)``; ``order`` is one topological order of the result."""
    order = list(range(n))
    rng.shuffle(order)
    pairs = sample_pairs(rng, n, m)  # u < v as positions in the order
    arcs = [[order[u], order[v]] for u, v in pairs]
    return arcs, order


def add_weights(rng: random.Random, edges: list[Edge], low: int, high: int) -> list[Edge]:
    """The same edges with a uniform random integer weight in ``[low, high]`` appended."""
    return [[e[0], e[1], rng.randint(low, high)] for e in edges]


def relabel(edges: list[Edge], permutation: Sequence[int]) -> list[Edge]:
    """Edges with every vertex ``x`` renamed ``permutation[x]`` (weights kept)."""
    return [[permutation[e[0]], permutation[e[1]], *e[2:]] for e in edges]


def scramble_undirected(rng: random.Random, edges: list[Edge]) -> list[Edge]:
    """For display: each undirected edge with its endpoints in random order, list shuffled."""
    shown = [[e[1], e[0], *e[2:]] if rng.random() < 0.5 else list(e) for e in edges]
    rng.shuffle(shown)
    return shown


# ---------------------------------------------------------------------------------------------
# rendering and parsing


def format_edges(edges: Sequence[Sequence[int]]) -> str:
    """One edge per line, ``u v`` or ``u v w``: the edge-list format of every graph prompt."""
    return "\n".join(" ".join(str(x) for x in e) for e in edges)


def format_edge_pairs(pairs: Sequence[Sequence[int]]) -> str:
    """Edges in an answer: ``0 1, 1 2, 2 3`` (the inverse of ``parse_edge_pairs``)."""
    return ", ".join(f"{e[0]} {e[1]}" for e in pairs)


def parse_vertex_list(text: str, max_items: int) -> list[int]:
    """Integers separated by spaces or commas, at most ``max_items`` of them. Range and
    distinctness are the checker's business (see ``vertex_list_problem``)."""
    return parse_int_list(text, max_items=max_items, max_digits=12)


def parse_edge_pairs(text: str, max_pairs: int) -> list[Edge]:
    """Edges written as vertex pairs: ``0 1, 1 2``; also ``(0,1) (1,2)`` or ``[0 1] [1 2]``.
    At most ``max_pairs`` pairs; an odd count of numbers is a format error."""
    if len(text) > 24 * (max_pairs + 1):
        raise ParseError(f"answer is too long for at most {max_pairs} edges")
    flat = text.translate(str.maketrans("()[]", "    "))
    values = parse_int_list(flat, max_items=2 * max_pairs, max_digits=12)
    if len(values) % 2:
        raise ParseError("expected pairs of vertices 'u v', got an odd number of integers")
    return [[values[i], values[i + 1]] for i in range(0, len(values), 2)]


# ---------------------------------------------------------------------------------------------
# small structural helpers and checks (return a reason string, or None when all is well)


def vertex_list_problem(vertices: Sequence[int], n: int, distinct: bool = True) -> str | None:
    """Why ``vertices`` is not a list of valid (and, if asked, distinct) vertices, or None."""
    for x in vertices:
        if not 0 <= x < n:
            return f"{x} is not a vertex (vertices are 0..{n - 1})"
    if distinct and len(set(vertices)) != len(vertices):
        return "a vertex is listed more than once"
    return None


def is_permutation(values: Sequence[int], n: int) -> bool:
    """True when ``values`` is an ordering of ``0 .. n-1``."""
    return len(values) == n and sorted(values) == list(range(n))


def adjacency(n: int, edges: Sequence[Sequence[int]], directed: bool = False) -> list[list[int]]:
    """Neighbour lists (out-neighbours when directed)."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for e in edges:
        adj[e[0]].append(e[1])
        if not directed:
            adj[e[1]].append(e[0])
    return adj


def edge_weights(
    edges: Sequence[Sequence[int]], directed: bool = False
) -> dict[tuple[int, int], int]:
    """``(u, v) -> weight`` for weighted edges (the lightest of parallel edges); undirected edges
    are keyed with ``u < v``. Unweighted edges get weight 1."""
    table: dict[tuple[int, int], int] = {}
    for e in edges:
        u, v = e[0], e[1]
        if not directed and u > v:
            u, v = v, u
        w = e[2] if len(e) > 2 else 1
        if (u, v) not in table or w < table[(u, v)]:
            table[(u, v)] = w
    return table


def edge_key(u: int, v: int, directed: bool = False) -> tuple[int, int]:
    """The key ``edge_weights`` uses for the edge between ``u`` and ``v``."""
    return (u, v) if directed or u < v else (v, u)


def reachable_from(n: int, adj: Sequence[Sequence[int]], sources: Sequence[int]) -> list[bool]:
    """Which vertices a BFS from ``sources`` reaches."""
    seen = [False] * n
    queue = deque()
    for s in sources:
        if not seen[s]:
            seen[s] = True
            queue.append(s)
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                queue.append(v)
    return seen


def is_connected(n: int, edges: Sequence[Sequence[int]]) -> bool:
    """True when the undirected graph on ``n`` vertices is connected (a single vertex is)."""
    if n <= 1:
        return True
    return all(reachable_from(n, adjacency(n, edges), [0]))


def walk_problem(
    walk: Sequence[int], arcs: dict[tuple[int, int], int], directed: bool
) -> str | None:
    """Why consecutive vertices of ``walk`` are not all joined by an edge of ``arcs``, or None."""
    for a, b in zip(walk, walk[1:], strict=False):
        if edge_key(a, b, directed) not in arcs:
            return f"there is no edge {'from' if directed else 'between'} {a} {'to' if directed else 'and'} {b}"
    return None


def walk_weight(walk: Sequence[int], arcs: dict[tuple[int, int], int], directed: bool) -> int:
    """Total weight of a walk whose steps are all edges (check with ``walk_problem`` first)."""
    return sum(arcs[edge_key(a, b, directed)] for a, b in zip(walk, walk[1:], strict=False))


def edge_list_problem(
    pairs: Sequence[Sequence[int]],
    table: dict[tuple[int, int], int],
    n: int,
    directed: bool = False,
) -> str | None:
    """Why ``pairs`` is not a list of distinct edges of the graph whose ``edge_weights`` table is
    ``table``, or None."""
    seen = set()
    for u, v in pairs:
        if not (0 <= u < n and 0 <= v < n):
            return (
                f"{u} {v}: {u if not 0 <= u < n else v} is not a vertex (vertices are 0..{n - 1})"
            )
        key = edge_key(u, v, directed)
        if key not in table:
            return f"{u} {v} is not an edge of the graph"
        if key in seen:
            return f"edge {u} {v} is listed more than once"
        seen.add(key)
    return None


def spanning_tree_problem(n: int, pairs: Sequence[Sequence[int]]) -> str | None:
    """Why the undirected edges ``pairs`` (valid vertices assumed) are not a spanning tree of the
    ``n`` vertices, or None."""
    if len(pairs) != n - 1:
        return f"a spanning tree of {n} vertices has {n - 1} edges, got {len(pairs)}"
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in pairs:
        a, b = find(u), find(v)
        if a == b:
            return f"the edges contain a cycle (edge {u} {v} closes one)"
        parent[a] = b
    return None


def topological_order(
    n: int, arcs: Sequence[Sequence[int]], largest_first: bool = False
) -> list[int] | None:
    """Kahn's algorithm, always taking the smallest (or largest) available vertex: the
    lexicographically smallest (largest) topological order. None when the digraph has a cycle."""
    import heapq

    indegree = [0] * n
    out = adjacency(n, arcs, directed=True)
    for e in arcs:
        indegree[e[1]] += 1
    sign = -1 if largest_first else 1
    ready = [sign * v for v in range(n) if indegree[v] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        u = sign * heapq.heappop(ready)
        order.append(u)
        for v in out[u]:
            indegree[v] -= 1
            if indegree[v] == 0:
                heapq.heappush(ready, sign * v)
    return order if len(order) == n else None


def order_violation(order: Sequence[int], arcs: Sequence[Sequence[int]]) -> str | None:
    """For a permutation ``order``: the first arc ``u -> v`` with ``v`` placed before ``u``, or None."""
    position = {v: i for i, v in enumerate(order)}
    for e in arcs:
        if position[e[0]] > position[e[1]]:
            return f"{e[1]} comes before {e[0]}, but {e[0]} must come before {e[1]}"
    return None


def bridges(n: int, edges: Sequence[Sequence[int]]) -> list[Edge]:
    """The bridges of a simple undirected graph (edges whose removal disconnects their
    component), as ``[u, v]`` with ``u < v``, sorted. Iterative low-link DFS."""
    adj = adjacency(n, edges)
    order = [-1] * n
    low = [0] * n
    found: list[Edge] = []
    counter = 0
    for root in range(n):
        if order[root] >= 0:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            u, parent, neighbours = stack[-1]
            advanced = False
            for v in neighbours:
                if v == parent:
                    continue
                if order[v] < 0:
                    order[v] = low[v] = counter
                    counter += 1
                    stack.append((v, u, iter(adj[v])))
                    advanced = True
                    break
                low[u] = min(low[u], order[v])
            if not advanced:
                stack.pop()
                if parent >= 0:
                    low[parent] = min(low[parent], low[u])
                    if low[u] > order[parent]:
                        found.append([min(u, parent), max(u, parent)])
    return sorted(found)


def strongly_connected_components(n: int, arcs: Sequence[Sequence[int]]) -> list[int]:
    """Component index of every vertex of a digraph (Kosaraju, iterative). Components are
    numbered in a topological order of the condensation: arcs between components go from a
    smaller index to a larger one."""
    out = adjacency(n, arcs, directed=True)
    back = adjacency(n, [[e[1], e[0]] for e in arcs], directed=True)
    finished: list[int] = []
    seen = [False] * n
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        stack = [(start, iter(out[start]))]
        while stack:
            u, it = stack[-1]
            for v in it:
                if not seen[v]:
                    seen[v] = True
                    stack.append((v, iter(out[v])))
                    break
            else:
                stack.pop()
                finished.append(u)
    component = [-1] * n
    count = 0
    for start in reversed(finished):
        if component[start] >= 0:
            continue
        component[start] = count
        stack = [start]
        while stack:
            u = stack.pop()
            for v in back[u]:
                if component[v] < 0:
                    component[v] = count
                    stack.append(v)
        count += 1
    return component


def determinant_mod(matrix: Sequence[Sequence[int]], prime: int) -> int:
    """Determinant of a square integer matrix modulo a prime (Gaussian elimination)."""
    a = [[x % prime for x in row] for row in matrix]
    size = len(a)
    det = 1
    for col in range(size):
        pivot = next((r for r in range(col, size) if a[r][col]), -1)
        if pivot < 0:
            return 0
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        det = det * a[col][col] % prime
        inverse = pow(a[col][col], prime - 2, prime)
        for r in range(col + 1, size):
            factor = a[r][col] * inverse % prime
            if factor:
                row, top = a[r], a[col]
                for c in range(col, size):
                    row[c] = (row[c] - factor * top[c]) % prime
    return det % prime


def spanning_tree_count_mod(n: int, edges: Sequence[Sequence[int]], prime: int) -> int:
    """Number of spanning trees of the undirected multigraph on ``n`` vertices (parallel edges
    count separately, loops are ignored) modulo a prime: Kirchhoff's matrix-tree theorem, the
    determinant of the Laplacian with row and column 0 removed. 0 when disconnected; 1 for n=1."""
    if n <= 1:
        return 1 % prime
    laplacian = [[0] * n for _ in range(n)]
    for e in edges:
        u, v = e[0], e[1]
        if u == v:
            continue
        laplacian[u][u] += 1
        laplacian[v][v] += 1
        laplacian[u][v] -= 1
        laplacian[v][u] -= 1
    return determinant_mod([row[1:] for row in laplacian[1:]], prime)


def find_root(parent: list[int], x: int) -> int:
    """Union-find lookup with path halving: the representative of ``x`` in the forest ``parent``
    (``parent[r] == r`` at a root). Union with ``parent[find_root(parent, a)] = find_root(parent, b)``."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def fewest_hops_path(adj: Sequence[Sequence[int]], source: int, target: int) -> list[int] | None:
    """A path from ``source`` to ``target`` with the fewest edges (breadth-first search, each
    vertex's neighbours tried in the order listed), or None when ``target`` is unreachable."""
    previous = [-1] * len(adj)
    previous[source] = source
    queue = deque([source])
    while queue and previous[target] < 0:
        u = queue.popleft()
        for v in adj[u]:
            if previous[v] < 0:
                previous[v] = u
                queue.append(v)
    if previous[target] < 0:
        return None
    path = [target]
    while path[-1] != source:
        path.append(previous[path[-1]])
    return path[::-1]


# ---------------------------------------------------------------------------------------------
# prompt sentences and answer checks shared by the edge-list graph environments


#: how an answer that lists edges is asked for (parsed by ``parse_edge_pairs``)
EDGE_PAIRS_ANSWER = (
    "Answer with the chosen edges, each written as its two endpoints 'u v' (in either order), "
    "edges separated by commas."
)


def undirected_graph_intro(
    n: int, edges: Sequence[Sequence[int]], weight: str | None = None, connected: bool = False
) -> str:
    """The opening of an undirected-graph prompt: size, line format, the edge list and a blank
    line. ``weight`` completes "an edge between u and v ..." for weighted edges ('with weight w',
    'of length w'); None for plain ``u v`` lines."""
    kind = "a connected" if connected else "an"
    if weight is None:
        listing = f"{len(edges)} edges. Each line 'u v' below is an edge between u and v."
    else:
        listing = (
            f"{len(edges)} weighted edges. Each line 'u v w' below is an edge between u and v "
            f"{weight}."
        )
    return (
        f"You are given {kind} undirected graph with {n} vertices, labelled 0 to {n - 1}, and "
        f"{listing}\n\n{format_edges(edges)}\n\n"
    )


def weighted_digraph_intro(n: int, arcs: Sequence[Sequence[int]]) -> str:
    """The opening of a weighted-digraph prompt (``u v w`` lines, arcs one way only)."""
    return (
        f"You are given a directed graph with {n} vertices, labelled 0 to {n - 1}, and "
        f"{len(arcs)} weighted arcs. Each line 'u v w' below is an arc from u to v with weight w "
        "(it can only be travelled from u to v).\n\n"
        f"{format_edges(arcs)}\n\n"
    )


def spanning_tree_answer_problem(
    pairs: Sequence[Sequence[int]], table: dict[tuple[int, int], int], n: int
) -> str | None:
    """Why the answer ``pairs`` is not a spanning tree made of distinct edges of the undirected
    graph whose ``edge_weights`` table is ``table``, or None."""
    return edge_list_problem(pairs, table, n) or spanning_tree_problem(n, pairs)


def edge_list_weight(pairs: Sequence[Sequence[int]], table: dict[tuple[int, int], int]) -> int:
    """Total weight of undirected edges ``pairs`` (all in ``table``: check with
    ``edge_list_problem`` first)."""
    return sum(table[edge_key(u, v)] for u, v in pairs)
