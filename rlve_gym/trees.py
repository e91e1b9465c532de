"""Random trees and the small tree algorithms that many tree environments share.

Every generator takes a local ``random.Random`` (never the global one) and returns plain lists,
so instances stay JSON-able. Vertices are numbered ``0 .. n-1``. An unrooted tree is an edge
list ``[[u, v], ...]`` (or ``[[u, v, w], ...]`` with integer weights); a rooted tree is a parent
array with ``parent[root] == -1``.

Edge-list rendering and parsing, ``adjacency`` and ``vertex_list_problem`` live in
``rlve_gym.graphs`` (trees are graphs); this module adds what only trees need.

Pure Python on purpose: the trees in prompts have at most a few hundred vertices, where an
iterative BFS costs microseconds and a Numba kernel would cost more in compile time than it saves.
"""

from __future__ import annotations

import heapq
import random
from collections import deque

from .answers import ParseError
from .graphs import format_edges, parse_vertex_list, vertex_list_problem

# ---------------------------------------------------------------------------------------------
# generation


def random_tree_edges(rng: random.Random, n: int) -> list[list[int]]:
    """A uniformly random labelled tree on ``n`` vertices (decoded from a random Pruefer code).

    Edges come as ``[u, v]`` with ``u < v``, in random order.
    """
    if n < 1:
        raise ValueError(f"a tree needs at least one vertex, got n={n}")
    if n == 1:
        return []
    if n == 2:
        return [[0, 1]]
    code = [rng.randrange(n) for _ in range(n - 2)]
    remaining_uses = [0] * n
    for v in code:
        remaining_uses[v] += 1
    leaves = [v for v in range(n) if remaining_uses[v] == 0]
    heapq.heapify(leaves)
    edges = []
    for v in code:
        leaf = heapq.heappop(leaves)
        edges.append(sorted((leaf, v)))
        remaining_uses[v] -= 1
        if remaining_uses[v] == 0:
            heapq.heappush(leaves, v)
    edges.append(sorted((heapq.heappop(leaves), heapq.heappop(leaves))))
    rng.shuffle(edges)
    return edges


def random_recursive_parents(rng: random.Random, n: int, max_back: int | None = None) -> list[int]:
    """Parent array of a random rooted tree on ``0 .. n-1`` with root 0 and ``parent[i] < i``.

    Each vertex attaches to a uniformly random earlier vertex, or, with ``max_back``, to one of the
    ``max_back`` vertices just before it (small values give deep, path-like trees).
    """
    parent = [-1] * n
    for i in range(1, n):
        low = 0 if max_back is None else max(0, i - max_back)
        parent[i] = rng.randrange(low, i)
    return parent


def random_degree_bounded_tree(rng: random.Random, n: int, max_degree: int) -> list[list[int]]:
    """A random tree on ``0 .. n-1`` whose vertices have at most ``max_degree`` neighbours."""
    if max_degree < 2 and n > 2:
        raise ValueError(f"a tree on {n} vertices needs a vertex of degree 2 or more")
    degree = [0] * n
    open_vertices = [0]  # vertices that can still take a neighbour
    edges = []
    for v in range(1, n):
        slot = rng.randrange(len(open_vertices))
        u = open_vertices[slot]
        edges.append([u, v])
        degree[u] += 1
        degree[v] = 1
        if degree[u] == max_degree:
            open_vertices[slot] = open_vertices[-1]
            open_vertices.pop()
        open_vertices.append(v)
    return relabel_edges(rng, n, edges)


def random_tree_with_hub(rng: random.Random, n: int, degree: int) -> list[list[int]]:
    """A random tree (shuffled labels) in which some vertex has at least ``degree`` neighbours;
    the guaranteed fallback when redrawing uniform trees did not give enough branching."""
    if not 0 <= degree < n:
        raise ValueError(f"a hub of degree {degree} needs more than {degree} vertices, got n={n}")
    parent = random_recursive_parents(rng, n)
    parent[1 : degree + 1] = [0] * degree
    return relabel_edges(rng, n, parents_to_edges(parent))


def relabel_parents(
    rng: random.Random, parent: list[int], keep_root: bool = False
) -> tuple[list[int], int]:
    """The same rooted tree with vertex labels shuffled: returns ``(parent, root)`` in new labels.

    With ``keep_root`` the root keeps its label and only the other vertices are shuffled.
    """
    n = len(parent)
    new_label = list(range(n))
    rng.shuffle(new_label)
    if keep_root:
        old_root = parent.index(-1)
        where = new_label.index(old_root)
        new_label[where], new_label[old_root] = new_label[old_root], old_root
    relabelled = [-1] * n
    root = -1
    for v, p in enumerate(parent):
        if p < 0:
            root = new_label[v]
        else:
            relabelled[new_label[v]] = new_label[p]
    return relabelled, root


def relabel_edges(rng: random.Random, n: int, edges: list[list[int]]) -> list[list[int]]:
    """The same tree with labels shuffled and edges in random order (weights, if any, kept)."""
    new_label = list(range(n))
    rng.shuffle(new_label)
    out = []
    for edge in edges:
        u, v = sorted((new_label[edge[0]], new_label[edge[1]]))
        out.append([u, v, *edge[2:]])
    rng.shuffle(out)
    return out


def parents_to_edges(parent: list[int]) -> list[list[int]]:
    """Edge list ``[[p, child], ...]`` of a parent array."""
    return [[p, v] for v, p in enumerate(parent) if p >= 0]


def random_binary_tree(rng: random.Random, n: int) -> tuple[list[int], list[int], int]:
    """A random binary tree on vertices ``0 .. n-1``: ``(left, right, root)``, -1 for no child.

    The shape is that of a binary search tree built from a random insertion order (balanced on
    average, occasionally lopsided); labels are a random permutation, so they carry no order.
    """
    label = list(range(n))
    rng.shuffle(label)
    left, right = [-1] * n, [-1] * n
    # shape over in-order positions 0..n-1: the root of positions [lo, hi) is uniform in range
    root_pos = _random_bst_shape(rng, n, left, right)
    # relabel positions -> labels
    lab_left, lab_right = [-1] * n, [-1] * n
    for pos in range(n):
        if left[pos] >= 0:
            lab_left[label[pos]] = label[left[pos]]
        if right[pos] >= 0:
            lab_right[label[pos]] = label[right[pos]]
    return lab_left, lab_right, label[root_pos]


def _random_bst_shape(rng: random.Random, n: int, left: list[int], right: list[int]) -> int:
    """Fill ``left``/``right`` over in-order positions; returns the root position (iterative)."""
    root = rng.randrange(n)
    stack = [(0, root, n)]  # (lo, node, hi): node is the root of positions [lo, hi)
    while stack:
        lo, node, hi = stack.pop()
        if lo < node:
            child = rng.randrange(lo, node)
            left[node] = child
            stack.append((lo, child, node))
        if node + 1 < hi:
            child = rng.randrange(node + 1, hi)
            right[node] = child
            stack.append((node + 1, child, hi))
    return root


# ---------------------------------------------------------------------------------------------
# structure


def weighted_adjacency(n: int, edges: list[list[int]]) -> list[list[tuple[int, int]]]:
    """``adj[u] = [(v, w), ...]`` for a weighted edge list ``[[u, v, w], ...]``."""
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    return adj


def bfs_order(adj: list[list[int]], root: int) -> tuple[list[int], list[int]]:
    """``(order, parent)``: vertices reachable from ``root`` in BFS order, and each one's parent
    (-1 for the root and for unreachable vertices). Reversed, ``order`` lists children before
    parents, which is the order every bottom-up tree DP wants."""
    parent = [-1] * len(adj)
    seen = [False] * len(adj)
    seen[root] = True
    order = [root]
    for u in order:  # the list grows while we walk it
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                parent[v] = u
                order.append(v)
    return order, parent


def root_weighted_tree(
    n: int, edges: list[list[int]], root: int = 0
) -> tuple[list[int], list[int], list[int]]:
    """``(order, parent, up_length)`` for a tree with edges ``[u, v, w]`` (``[u, v]`` counts as
    length 1): BFS order from ``root``, parent array, and the length of each vertex's edge to its
    parent (0 at the root)."""
    adj: list[list[int]] = [[] for _ in range(n)]
    for e in edges:
        adj[e[0]].append(e[1])
        adj[e[1]].append(e[0])
    order, parent = bfs_order(adj, root)
    up_length = [0] * n
    for e in edges:
        u, v = e[0], e[1]
        child = v if parent[v] == u else u
        up_length[child] = e[2] if len(e) > 2 else 1
    return order, parent, up_length


def children_lists(parent: list[int]) -> list[list[int]]:
    """``children[v]`` for a parent array, in increasing label order."""
    children: list[list[int]] = [[] for _ in parent]
    for v, p in enumerate(parent):
        if p >= 0:
            children[p].append(v)
    return children


def subtree_sizes(order: list[int], parent: list[int]) -> list[int]:
    """Number of vertices in each vertex's subtree, for a BFS ``order`` and its ``parent`` array."""
    size = [1] * len(parent)
    for v in reversed(order):
        if parent[v] >= 0:
            size[parent[v]] += size[v]
    return size


def distances_from(adj: list[list[int]], source: int) -> list[int]:
    """Edge-count distance from ``source`` to every vertex (-1 where unreachable)."""
    return multi_source_distances(adj, [source])


def multi_source_distances(adj: list[list[int]], sources: list[int]) -> list[int]:
    """Edge-count distance from each vertex to its nearest source (-1 where none is reachable)."""
    dist = [-1] * len(adj)
    queue = deque()
    for s in sources:
        if dist[s] < 0:
            dist[s] = 0
            queue.append(s)
    while queue:
        u = queue.popleft()
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                queue.append(v)
    return dist


def weighted_distances_from(wadj: list[list[tuple[int, int]]], source: int) -> list[int]:
    """Path length from ``source`` to every vertex of a weighted *tree* (-1 where unreachable)."""
    dist = [-1] * len(wadj)
    dist[source] = 0
    stack = [source]
    while stack:
        u = stack.pop()
        for v, w in wadj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + w
                stack.append(v)
    return dist


def all_pairs_distances(adj: list[list[int]]) -> list[list[int]]:
    """Edge-count distance matrix by one BFS per vertex (``O(n^2)`` on a tree)."""
    return [distances_from(adj, s) for s in range(len(adj))]


def tree_diameter(adj: list[list[int]], start: int = 0) -> tuple[int, int, int]:
    """``(length, a, b)``: the number of edges on a longest path and its two ends (two BFS sweeps)
    in the tree (or the forest component) containing ``start``."""
    first = distances_from(adj, start)
    a = max(range(len(adj)), key=lambda v: first[v])
    from_a = distances_from(adj, a)
    b = max(range(len(adj)), key=lambda v: from_a[v])
    return from_a[b], a, b


def path_between(adj: list[list[int]], a: int, b: int) -> list[int]:
    """The vertices of the unique tree path from ``a`` to ``b``, both ends included."""
    _, parent = bfs_order(adj, a)
    path = [b]
    while path[-1] != a:
        path.append(parent[path[-1]])
    path.reverse()
    return path


def is_tree(n: int, edges: list[list[int]]) -> bool:
    """True when ``edges`` (pairs of ints in ``0 .. n-1``) form a spanning tree of ``n`` vertices."""
    if len(edges) != n - 1:
        return False
    root = list(range(n))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for edge in edges:
        u, v = edge[0], edge[1]
        if not (0 <= u < n and 0 <= v < n):
            return False
        ru, rv = find(u), find(v)
        if ru == rv:
            return False
        root[ru] = rv
    return True


def induced_is_connected(adj: list[list[int]], vertices: list[int]) -> bool:
    """True when ``vertices`` (non-empty, distinct) induce a connected subgraph."""
    inside = set(vertices)
    start = vertices[0]
    seen = {start}
    stack = [start]
    while stack:
        u = stack.pop()
        for v in adj[u]:
            if v in inside and v not in seen:
                seen.add(v)
                stack.append(v)
    return len(seen) == len(inside)


def binary_tree_orders(left: list[int], right: list[int], root: int) -> dict[str, list[int]]:
    """The ``"preorder"``, ``"inorder"`` and ``"postorder"`` vertex sequences of a binary tree
    given by child arrays (-1 for no child), computed without recursion."""
    preorder, inorder, postorder = [], [], []
    stack = [(root, 0)] if root >= 0 else []  # (vertex, how many of its steps are done)
    while stack:
        v, step = stack.pop()
        if step == 0:
            preorder.append(v)
            stack.append((v, 1))
            if left[v] >= 0:
                stack.append((left[v], 0))
        elif step == 1:
            inorder.append(v)
            stack.append((v, 2))
            if right[v] >= 0:
                stack.append((right[v], 0))
        else:
            postorder.append(v)
    return {"preorder": preorder, "inorder": inorder, "postorder": postorder}


def distance_sums(
    n: int, edges: list[list[int]], vertex_weights: list[int] | None = None
) -> list[int]:
    """For every vertex ``u``: the sum over all ``v`` of ``vertex_weights[v] * dist(u, v)``.

    ``edges`` may carry lengths (``[u, v, w]``; plain ``[u, v]`` counts as length 1); weights
    default to 1. Linear time by rerooting: moving the centre across an edge of length ``w`` into
    a subtree of weight ``S`` changes the sum by ``w * (total - 2 S)``.
    """
    weights = vertex_weights if vertex_weights is not None else [1] * n
    order, parent, up_length = root_weighted_tree(n, edges)
    below = list(weights)
    sums = [0] * n
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            below[p] += below[v]
            sums[0] += below[v] * up_length[v]  # every unit of weight below v crosses edge (p, v)
    total = below[0]
    for v in order[1:]:
        sums[v] = sums[parent[v]] + up_length[v] * (total - 2 * below[v])
    return sums


def vertex_set_problem(
    vertices: list[int], n: int, count: int, noun: str = "vertices"
) -> str | None:
    """Why ``vertices`` is not a set of exactly ``count`` distinct vertices of ``0 .. n-1``, or None."""
    problem = vertex_list_problem(vertices, n)
    if problem:
        return problem
    if len(vertices) != count:
        return f"expected exactly {count} {noun}, got {len(vertices)}"
    return None


def parse_vertex_pair(text: str) -> list[int]:
    """Exactly two vertex numbers ``u v`` (range and distinctness: ``vertex_pair_problem``)."""
    pair = parse_vertex_list(text, max_items=3)
    if len(pair) != 2:
        raise ParseError(f"expected two vertices, got {len(pair)} numbers")
    return pair


def vertex_pair_problem(pair: list[int], n: int) -> str | None:
    """Why ``pair`` is not two distinct vertices of ``0 .. n-1``, or None."""
    for x in pair:
        if not 0 <= x < n:
            return f"{x} is not a vertex (vertices are 0..{n - 1})"
    if pair[0] == pair[1]:
        return "the two vertices must be distinct"
    return None


# ---------------------------------------------------------------------------------------------
# prompts


def tree_statement(
    n: int, edges: list[list[int]], weight: str | None = None, rooted: bool = False
) -> str:
    """The opening every tree prompt shares: the numbering and the edge list (``graphs.format_edges``).

    ``weight`` names the third number of each edge ("length", "weight"), None for plain edges;
    ``rooted`` says the tree is rooted at vertex 0.
    """
    root = ", rooted at vertex 0" if rooted else ""
    if weight:
        meaning = f'a line "u v w" means vertices u and v are joined by an edge of {weight} w.'
    else:
        meaning = 'a line "u v" means vertices u and v are joined.'
    return (
        f"You are given a tree with {n} vertices, numbered 0 to {n - 1}{root}. Its {n - 1} edges are "
        f"listed below, one per line; {meaning}\n{format_edges(edges)}"
    )
