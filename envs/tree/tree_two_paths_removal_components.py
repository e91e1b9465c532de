"""Most connected components left after deleting the vertices of two edge-disjoint tree paths.

A path is given by two end vertices a and b (a = b allowed: then it is the single vertex a) and
consists of every vertex on the tree path between them. The solver picks two paths that share no
edge (they may share vertices, or be the same single vertex), every vertex on at least one of
them is deleted with its edges, and the answer is the largest possible number of connected
components of what remains (0 when nothing remains).

Difficulty schedule (number of vertices):

    d           0    1    2    3    5    10    20    d
    vertices   10   13   16   19   25    40    70    10 + 3d

Only the tree grows: the answer depends on how degrees are spread along the tree, which a larger
tree makes harder to see at a glance. The smallest tree has 10 vertices because on 6 vertices
the answer is 3 or 4 and nothing else (at 10, no value takes more than about 40% of instances). Half of the trees are uniform labelled trees (Pruefer), half
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
"""

from __future__ import annotations

from rlve_gym import Environment
from rlve_gym.answers import parse_int
from rlve_gym.graphs import adjacency
from rlve_gym.trees import (
    parents_to_edges,
    random_recursive_parents,
    random_tree_edges,
    relabel_edges,
    tree_statement,
)


def _branch_tables(
    adj: list[list[int]], gain: list[int], root: int, blocked: int
) -> tuple[int, int]:
    """Inside the component of T - ``blocked`` that holds ``root``: ``(best chain starting at root
    and going away from blocked, best path anywhere)`` by total ``gain`` (paths are non-empty)."""
    order, parent = [root], {root: blocked}
    for u in order:  # BFS; the list grows while we walk it
        for v in adj[u]:
            if v != parent[u]:
                parent[v] = u
                order.append(v)
    chain: dict[int, int] = {}
    best_path = None
    for u in reversed(order):
        first = second = 0  # the two best positive chains hanging below u
        for v in adj[u]:
            if v != parent[u]:
                c = chain[v]
                if c > first:
                    first, second = c, first
                elif c > second:
                    second = c
        chain[u] = gain[u] + first
        through = gain[u] + first + second
        if best_path is None or through > best_path:
            best_path = through
    return chain[root], best_path


def most_components(n: int, edges: list[list[int]]) -> int:
    """Largest number of components left after deleting two edge-disjoint paths."""
    if n == 1:
        return 0
    adj = adjacency(n, edges)
    gain = [len(adj[v]) - 2 for v in range(n)]
    best = None
    # side[(w, y)]: best path inside the branch at w that holds y; leg[(w, y)]: best chain from y
    leg: dict[tuple[int, int], int] = {}
    side: dict[tuple[int, int], int] = {}
    for w in range(n):
        for y in adj[w]:
            leg[(w, y)], side[(w, y)] = _branch_tables(adj, gain, y, w)
    for x in range(n):
        # crossing (or single path) at x: x plus up to four positive legs in distinct branches
        legs = sorted((leg[(x, y)] for y in adj[x]), reverse=True)[:4]
        value = gain[x] + sum(v for v in legs if v > 0) + 2
        best = value if best is None else max(best, value)
        # vertex-disjoint and not adjacent: two different branches at x, x deleted by neither
        if len(adj[x]) >= 2:
            top = sorted((side[(x, y)] for y in adj[x]), reverse=True)
            best = max(best, top[0] + top[1] + 3)
    for u, v in edges:  # vertex-disjoint on the two sides of the edge u - v (adjacent at worst)
        best = max(best, side[(v, u)] + side[(u, v)] + 2)
    return best


class TreeTwoPathsRemovalMaxComponents(Environment):
    description = "Most connected components left after deleting two edge-disjoint paths of a tree"
    answer_kind = "single_int"
    answer_example = "5"
    catalog_name = "MostComponentTreeRemovingTwoPaths"

    def schedule(self, difficulty):
        return {"vertices": 10 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        if rng.random() < 0.5:
            edges = random_tree_edges(rng, n)
        else:
            edges = relabel_edges(rng, n, parents_to_edges(random_recursive_parents(rng, n)))
        return {"n": n, "edges": edges}

    def solve(self, instance):
        return most_components(instance["n"], instance["edges"])

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)  # the answer is below n

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
            "connected components (0 if no vertex remains). What is the largest possible number "
            "of connected components? Output a single integer (for example: 5)."
        )
