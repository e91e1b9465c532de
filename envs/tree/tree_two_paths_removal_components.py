"""Most connected components left after deleting the vertices of two edge-disjoint tree paths.

A path is given by two end vertices a and b (a = b allowed: then it is the single vertex a) and
consists of every vertex on the tree path between them. The solver picks two paths that share no
edge (they may share vertices, or be the same single vertex); every vertex on at least one of
them is deleted with its edges. The solver answers with the two paths, "a b c d", that leave the
largest possible number of connected components; any pair of paths reaching that number is
accepted (the checker deletes them and counts, against the optimum stored in the instance).
The answer used to be the number itself, a small integer: one value was right on up to 40% of
the seeds of a level, and no tree size spreads it enough.

Difficulty schedule (number of vertices):

    d           0    1    2    3    5    10    20    d
    vertices   16   19   22   25   31    46    76    16 + 3d

Only the tree grows: the answer depends on how degrees are spread along the tree, which a larger
tree makes harder to see at a glance. The smallest tree has 16 vertices: on smaller trees one
fixed pair of paths is optimal too often. Half of the trees are uniform labelled trees (Pruefer), half
random recursive trees (each vertex joins a uniformly random earlier one), which have more
high-degree vertices, so that crossing the two paths at a hub is often worth it.

Reference solver, ``O(n^2)``. For a deleted set S of a forest, the components left number
|V - S| - |E(V - S)| = 1 + sum over v in S of (deg(v) - 1) - |E(S)|, with E(S) the edges inside S.
With g(v) = deg(v) - 2 and G(P) the sum of g over a path P (its value), this gives:

- one path: G(P) + 2; two paths crossing at a single vertex x (two edge-disjoint tree paths share
  at most one vertex): G(P1) + G(P2) - g(x) + 2. The union is then x with at most four legs going
  down distinct branches at x, and any such spider splits into two paths through x, so this case
  is the best g(x) + (four largest positive best-leg values at x) + 2;
- two vertex-disjoint paths: G(P1) + G(P2) + 3, minus 1 when an edge joins them. Non-adjacent
  paths lie in different branches at some vertex w on neither of them (best: w's two best branch
  paths + 3); adjacent or not, paths on the two sides of an edge give at least the two sides' best
  paths + 2, and every adjacent pair is counted that way.

Best paths inside a branch (the component of T - w holding the neighbour y) come from the usual
"best downward chain plus second best" DP, run once per (w, y): ``O(n)`` each, ``O(n^2)`` in all.
The DP keeps the ends of its chains and paths, so the winning case names two paths; each case's
count is a lower bound on what its paths leave and the largest case is the optimum, so the named
paths reach it. All of it runs compiled with Numba on the tree's neighbour arrays, breaking ties
the way a sort of (value, end) pairs in decreasing order would.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import adjacency
from rlve_gym.kernels.graph_kernels import to_csr
from rlve_gym.trees import (
    parents_to_edges,
    path_between,
    random_recursive_parents,
    random_tree_edges,
    relabel_edges,
    tree_statement,
)


@njit(cache=True)
def _branch_tables(indptr, targets, gain, root, blocked, order, parent, chain, chain_end, out, k):
    """Inside the component of T - ``blocked`` that holds ``root``, into ``out[k]``: the best
    chain starting at root and going away from blocked, its far end, the best path anywhere and
    its two ends, by total ``gain`` (paths are non-empty). Children are scanned in neighbour
    order and only strictly better values replace, which fixes the tie-breaks."""
    order[0] = root
    parent[root] = blocked
    tail = 1
    head = 0
    while head < tail:
        u = order[head]
        head += 1
        for e in range(indptr[u], indptr[u + 1]):
            v = targets[e]
            if v != parent[u]:
                parent[v] = u
                order[tail] = v
                tail += 1
    have = False
    best_path = 0
    best_a = root
    best_b = root
    for i in range(tail - 1, -1, -1):
        u = order[i]
        first = 0
        second = 0  # the two best positive chains hanging below u, and their ends
        first_end = u
        second_end = u
        for e in range(indptr[u], indptr[u + 1]):
            v = targets[e]
            if v != parent[u]:
                c = chain[v]
                if c > first:
                    second, second_end = first, first_end
                    first, first_end = c, chain_end[v]
                elif c > second:
                    second, second_end = c, chain_end[v]
        chain[u] = gain[u] + first
        chain_end[u] = first_end
        through = gain[u] + first + second
        if not have or through > best_path:
            have = True
            best_path, best_a, best_b = through, first_end, second_end
    out[k, 0] = chain[root]
    out[k, 1] = chain_end[root]
    out[k, 2] = best_path
    out[k, 3] = best_a
    out[k, 4] = best_b


@njit(cache=True)
def _before(value, end, other_value, other_end):
    """Descending order on (value, end) pairs, as ``sorted(..., reverse=True)`` on tuples."""
    return value > other_value or (value == other_value and end > other_end)


@njit(cache=True)
def _best_two_paths(n, indptr, targets, eu, ev):
    """``(largest count, [a, b, c, d])``; see the module docstring for the three cases."""
    gain = np.empty(n, dtype=np.int64)
    for v in range(n):
        gain[v] = indptr[v + 1] - indptr[v] - 2
    # row e (the CSR slot of w -> y): leg value, leg end, side value, side ends, for the branch
    # at w holding y
    table = np.empty((targets.shape[0], 5), dtype=np.int64)
    order = np.empty(n, dtype=np.int64)
    parent = np.empty(n, dtype=np.int64)
    chain = np.empty(n, dtype=np.int64)
    chain_end = np.empty(n, dtype=np.int64)
    for w in range(n):
        for e in range(indptr[w], indptr[w + 1]):
            _branch_tables(
                indptr, targets, gain, targets[e], w, order, parent, chain, chain_end, table, e
            )
    best = -1
    paths = np.zeros(4, dtype=np.int64)
    top_value = np.empty(4, dtype=np.int64)
    top_end = np.empty(4, dtype=np.int64)
    for x in range(n):
        # crossing (or single path) at x: x plus up to four positive legs in distinct branches
        count = 0
        for e in range(indptr[x], indptr[x + 1]):
            value, end = table[e, 0], table[e, 1]
            slot = count if count < 4 else 4
            while slot > 0 and _before(value, end, top_value[slot - 1], top_end[slot - 1]):
                if slot < 4:
                    top_value[slot], top_end[slot] = top_value[slot - 1], top_end[slot - 1]
                slot -= 1
            if slot < 4:
                top_value[slot], top_end[slot] = value, end
                if count < 4:
                    count += 1
        total = gain[x] + 2
        used = 0
        for i in range(count):
            if top_value[i] > 0:
                total += top_value[i]
                used += 1
        if total > best:
            best = total
            for i in range(4):
                paths[i] = top_end[i] if i < used else x
        # vertex-disjoint and not adjacent: two different branches at x, x deleted by neither
        if indptr[x + 1] - indptr[x] >= 2:
            one = -1
            two = -1  # slots of the two best sides, by (value, first end) descending
            for e in range(indptr[x], indptr[x + 1]):
                if one < 0 or _before(table[e, 2], table[e, 3], table[one, 2], table[one, 3]):
                    one, two = e, one
                elif two < 0 or _before(table[e, 2], table[e, 3], table[two, 2], table[two, 3]):
                    two = e
            if table[one, 2] + table[two, 2] + 3 > best:
                best = table[one, 2] + table[two, 2] + 3
                paths[0], paths[1] = table[one, 3], table[one, 4]
                paths[2], paths[3] = table[two, 3], table[two, 4]
    for i in range(eu.shape[0]):  # vertex-disjoint on the two sides of the edge u - v
        u, v = eu[i], ev[i]
        at_v = -1  # slot of v -> u: the branch at v holding u
        for e in range(indptr[v], indptr[v + 1]):
            if targets[e] == u:
                at_v = e
        at_u = -1
        for e in range(indptr[u], indptr[u + 1]):
            if targets[e] == v:
                at_u = e
        if table[at_v, 2] + table[at_u, 2] + 2 > best:
            best = table[at_v, 2] + table[at_u, 2] + 2
            paths[0], paths[1] = table[at_v, 3], table[at_v, 4]
            paths[2], paths[3] = table[at_u, 3], table[at_u, 4]
    return best, paths


def best_two_paths(n: int, edges: list[list[int]]) -> tuple[int, list[int]]:
    """``(largest number of components left, [a, b, c, d])``: the paths a..b and c..d reach it."""
    if n == 1:
        return 0, [0, 0, 0, 0]
    indptr, targets, _ = to_csr(n, edges, directed=False)  # neighbour order as ``adjacency``'s
    pairs = np.asarray(edges, dtype=np.int64).reshape(-1, 2)
    best, paths = _best_two_paths(n, indptr, targets, pairs[:, 0].copy(), pairs[:, 1].copy())
    return int(best), paths.tolist()


def most_components(n: int, edges: list[list[int]]) -> int:
    """Largest number of components left after deleting two edge-disjoint paths."""
    return best_two_paths(n, edges)[0]


def components_left(n: int, edges: list[list[int]], paths: list[int]) -> int | None:
    """Components left after deleting the paths a..b and c..d (``paths = [a, b, c, d]``), or None
    when the two paths share an edge."""
    adj = adjacency(n, edges)
    first, second = path_between(adj, paths[0], paths[1]), path_between(adj, paths[2], paths[3])
    first_edges = {frozenset(pair) for pair in zip(first, first[1:], strict=False)}
    if any(frozenset(pair) in first_edges for pair in zip(second, second[1:], strict=False)):
        return None
    deleted = set(first) | set(second)
    seen, count = set(deleted), 0
    for start in range(n):
        if start in seen:
            continue
        count += 1
        seen.add(start)
        stack = [start]
        while stack:
            u = stack.pop()
            for w in adj[u]:
                if w not in seen:
                    seen.add(w)
                    stack.append(w)
    return count


class TreeTwoPathsRemovalMaxComponents(Environment):
    description = "Most connected components left after deleting two edge-disjoint paths of a tree"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 7 2 7"  # the format only: one path twice shares its edges, so never right
    catalog_name = "MostComponentTreeRemovingTwoPaths"

    def schedule(self, difficulty):
        return {"vertices": 16 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        if rng.random() < 0.5:
            edges = random_tree_edges(rng, n)
        else:
            edges = relabel_edges(rng, n, parents_to_edges(random_recursive_parents(rng, n)))
        most, paths = best_two_paths(n, edges)
        return {"n": n, "edges": edges, "most_components": most, "best_paths": paths}

    def solve(self, instance):
        return instance["best_paths"]  # found by ``best_two_paths`` at generation

    def parse(self, text, instance):
        return parse_int_list(text, length=4, max_digits=12)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if any(not 0 <= v < n for v in answer):
            return Verdict.wrong(f"every path end must be a vertex 0..{n - 1}")
        left = components_left(n, instance["edges"], answer)
        if left is None:
            return Verdict.wrong("the two paths share an edge")
        if left < instance["most_components"]:
            return Verdict.wrong(f"deleting these paths leaves {left} components, not the most")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        return " ".join(str(rng.randrange(problem.instance["n"])) for _ in range(4))

    def near_misses(self, problem):
        instance = problem.instance
        n, edges = instance["n"], instance["edges"]
        u, v = edges[0]
        adj = adjacency(n, edges)
        leaf = next(x for x in range(n) if len(adj[x]) == 1)
        a, b, c, d = (int(t) for t in problem.answer.split())
        return [
            f"{u} {v} {v} {u}",  # the same edge twice
            f"{leaf} {leaf} {leaf} {leaf}",  # a single leaf: one component left
            f"{a} {b} {c} {n}",  # no such vertex
            f"{a} {b} {c}",
        ]

    def render(self, instance):
        n = instance["n"]
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            "A path is chosen by picking two vertices a and b (a = b is allowed); it consists of all "
            "vertices on the unique path between a and b in the tree, a and b included (so for "
            "a = b it is the single vertex a). Choose two paths that have no edge in common (they "
            "may have vertices in common, and may even be the same single vertex). Then delete "
            "every vertex that lies on at least one of the two paths, together with all edges "
            "touching a deleted vertex. The remaining vertices and edges form some number of "
            "connected components (0 if no vertex remains). Choose the two paths so that the "
            "number of connected components is as large as possible.\n"
            "Output the ends of the two paths as four vertex numbers a b c d separated by spaces: "
            "the first path runs from a to b, the second from c to d (c = d for a single vertex). "
            "If several choices reach the largest number, any one is accepted."
        )
