"""SpanningTreeWithKHeavyEdges: in a connected graph whose edges have weight 0 or 1, choose a
spanning tree containing exactly K edges of weight 1.

The spanning trees form the bases of a matroid, so the numbers of weight-1 edges they can hold
form an interval [lo, hi] (exchange one edge at a time). lo is the number of weight-1 edges
Kruskal needs after all weight-0 edges, hi the size of a spanning forest of the weight-1 edges.
The reference solver starts from the weight-1 edges that lo forces, adds further weight-1 edges
up to K, and completes the tree with weight-0 edges (union-find, near-linear).

The generator redraws the 0/1 weights (a bounded number of times, then a fallback with a single
weight-1 edge on a cycle) until lo < hi, so that not every spanning tree is an answer, and draws
K strictly inside (lo, hi) whenever the interval has an interior point (the extremes lo and hi
are reached by plain Kruskal with one weight class first). Any spanning tree with exactly K
weight-1 edges is accepted.

Difficulty schedule (N vertices, M edges):

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    M       7   11   15   31   57  102        N - 1 + N * (2 + min(d + 1, 8)) // 8, at most N(N-1)/2

Level 0 starts at six vertices (on four, one fixed tree was an answer on 16% of the seeds).
The prompt stays under 1,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    EDGE_PAIRS_ANSWER,
    bridges,
    edge_list_weight,
    edge_weights,
    format_edge_pairs,
    pair_count,
    parse_edge_pairs,
    random_connected_graph,
    scramble_undirected,
    spanning_tree_answer_problem,
    undirected_graph_intro,
)
from rlve_gym.kernels.graph_search import broken_trees

#: redraws of the 0/1 weights before the fallback (a draw fails with probability at most 1/2)
WEIGHT_ATTEMPTS = 20


class _Forest:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, u: int, v: int) -> bool:
        a, b = self.find(u), self.find(v)
        if a == b:
            return False
        self.parent[a] = b
        return True


def heavy_edge_range(n: int, edges: list[list[int]]) -> tuple[int, int]:
    """``(lo, hi)``: the fewest and most weight-1 edges a spanning tree can contain."""
    lo_forest = _Forest(n)
    for u, v, w in edges:
        if w == 0:
            lo_forest.join(u, v)
    lo = sum(lo_forest.join(u, v) for u, v, w in edges if w == 1)
    hi_forest = _Forest(n)
    hi = sum(hi_forest.join(u, v) for u, v, w in edges if w == 1)
    return lo, hi


def tree_with_heavy_edges(n: int, edges: list[list[int]], k: int) -> list[list[int]]:
    """A spanning tree with exactly ``k`` weight-1 edges (``k`` within ``heavy_edge_range``)."""
    light = _Forest(n)
    for u, v, w in edges:
        if w == 0:
            light.join(u, v)
    forced = [e for e in edges if e[2] == 1 and light.join(e[0], e[1])]
    tree = _Forest(n)
    chosen = []
    for u, v, _ in forced:
        tree.join(u, v)
        chosen.append([u, v])
    for u, v, w in edges:
        if len(chosen) == k:
            break
        if w == 1 and tree.join(u, v):
            chosen.append([u, v])
    for u, v, w in edges:
        if w == 0 and tree.join(u, v):
            chosen.append([u, v])
    return chosen


class SpanningTreeWithKHeavyEdges(Environment):
    description = "A spanning tree of a 0/1-weighted graph with exactly K edges of weight 1"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 1, 1 2, 1 3"
    catalog_name = "FixedOneEdgeNum_SpanningTree"

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        return {
            "vertices": n,
            "edges": min(pair_count(n), n - 1 + n * (2 + min(difficulty + 1, 8)) // 8),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        pairs = random_connected_graph(rng, n, sizes["edges"])
        for _ in range(WEIGHT_ATTEMPTS):
            edges = [[u, v, rng.randint(0, 1)] for u, v in pairs]
            lo, hi = heavy_edge_range(n, edges)
            if lo < hi:
                break
        else:  # one weight-1 edge on a cycle: lo = 0, hi = 1 (the graph always has a cycle)
            cut = {tuple(e) for e in bridges(n, pairs)}
            spare = next(e for e in pairs if (min(e), max(e)) not in cut)
            edges = [[u, v, int([u, v] == spare)] for u, v in pairs]
            lo, hi = 0, 1
        k = rng.randint(lo + 1, hi - 1) if hi - lo >= 2 else rng.choice((lo, hi))
        return {"n": n, "edges": scramble_undirected(rng, edges), "k": k}

    def solve(self, instance):
        return tree_with_heavy_edges(instance["n"], instance["edges"], instance["k"])

    def format_answer(self, answer):
        return format_edge_pairs(answer)

    def render(self, instance):
        n, edges, k = instance["n"], instance["edges"], instance["k"]
        return (
            undirected_graph_intro(n, edges, "with weight w, which is 0 or 1", connected=True)
            + f"Choose {n - 1} of these edges that form a spanning tree (they connect all {n} vertices "
            f"and contain no cycle) and that include exactly {k} edges of weight 1. Such a tree "
            "exists; if there are several, give any one of them.\n" + EDGE_PAIRS_ANSWER
        )

    def parse(self, text, instance):
        return parse_edge_pairs(text, max_pairs=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        table = edge_weights(instance["edges"])
        problem = spanning_tree_answer_problem(answer, table, n)
        if problem:
            return Verdict.wrong(problem)
        heavy = edge_list_weight(answer, table)
        if heavy != instance["k"]:
            return Verdict.wrong(
                f"a spanning tree, but it has {heavy} edges of weight 1 instead of {instance['k']}"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        tree = parse_edge_pairs(problem.answer, instance["n"] + 1)
        misses = broken_trees(tree)
        lo, hi = heavy_edge_range(instance["n"], instance["edges"])
        for other in (instance["k"] - 1, instance["k"] + 1):
            if lo <= other <= hi:
                misses.append(tree_with_heavy_edges(instance["n"], instance["edges"], other))
        return [format_edge_pairs(m) for m in misses]
