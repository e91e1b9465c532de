"""Maximum-weight independent set of a vertex-weighted tree.

Given a tree whose vertices carry positive integer weights, choose vertices, no two joined by
an edge, with the largest possible total weight. Any optimal set is accepted. An independent set
of lower weight earns partial credit only for what it gains over the heavier side of the tree's
two-colouring (a blind but always independent answer): (weight - B) / (optimum - B). The plain
ratio weight / optimum would give a random maximal independent set about 0.8.

Difficulty schedule (tree size and weight range):

    d            0    1    2    3    5    10    20    d
    vertices     5    8   11   14   20    35    65    5 + 3d
    max weight  10   14   18   22   30    50    90    10 + 4d

The tree is a uniformly random labelled tree, so at every level the greedy "take the heaviest
vertex" answer is usually wrong while the two-state tree DP solves it in linear time. The prompt
stays under 1,000 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import adjacency, parse_vertex_list, vertex_list_problem
from rlve_gym.scoring import constraint_score
from rlve_gym.trees import bfs_order, random_tree_edges, tree_statement


def max_weight_independent_set(
    n: int, edges: list[list[int]], weights: list[int]
) -> tuple[int, list[int]]:
    """``(best weight, one optimal set in increasing order)`` by the take/skip DP over the tree."""
    adj = adjacency(n, edges)
    order, parent = bfs_order(adj, 0)
    take = list(weights)  # best weight in v's subtree with v chosen
    skip = [0] * n  # ... with v not chosen
    for v in reversed(order):
        p = parent[v]
        if p >= 0:
            take[p] += skip[v]
            skip[p] += max(take[v], skip[v])
    chosen = []
    use = [False] * n
    for v in order:  # top-down: a vertex is chosen when its parent is not and taking it is better
        p = parent[v]
        use[v] = (p < 0 or not use[p]) and take[v] >= skip[v]
        if use[v]:
            chosen.append(v)
    return max(take[0], skip[0]), sorted(chosen)


def heavier_colour_class(n: int, edges: list[list[int]], weights: list[int]) -> int:
    """Weight of the heavier class of the tree's proper two-colouring (the blind baseline)."""
    adj = adjacency(n, edges)
    order, parent = bfs_order(adj, 0)
    side = [0] * n
    for v in order[1:]:
        side[v] = 1 - side[parent[v]]
    even = sum(w for w, s in zip(weights, side, strict=True) if s == 0)
    return max(even, sum(weights) - even)


class TreeMaxWeightIndependentSet(Environment):
    description = "Choose non-adjacent tree vertices with the largest total weight"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3 4"
    catalog_name = "Maximum_IndependentSet_Tree"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty, "max_weight": 10 + 4 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        weights = [rng.randint(1, sizes["max_weight"]) for _ in range(n)]
        return {"n": n, "edges": random_tree_edges(rng, n), "weights": weights}

    def solve(self, instance):
        return max_weight_independent_set(instance["n"], instance["edges"], instance["weights"])[1]

    def render(self, instance):
        n = instance["n"]
        weights = " ".join(str(w) for w in instance["weights"])
        return (
            f"{tree_statement(n, instance['edges'])}\n\n"
            f"Each vertex has a weight. The weights of vertices 0, 1, ..., {n - 1}, in order, are:\n{weights}\n\n"
            "Choose a set S of vertices such that no two vertices of S are joined by an edge, "
            "making the total weight of S as large as possible. "
            "Output the vertices of S separated by spaces, in any order (for example: 0 3 4)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n, weights = instance["n"], instance["weights"]
        problem = vertex_list_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        chosen = set(answer)
        for u, v in instance["edges"]:
            if u in chosen and v in chosen:
                return Verdict.wrong(
                    f"vertices {u} and {v} are both chosen but are joined by an edge"
                )
        best = max_weight_independent_set(n, instance["edges"], weights)[0]
        total = sum(weights[v] for v in chosen)
        if total >= best:
            return Verdict.right()
        blind = heavier_colour_class(n, instance["edges"], weights)
        return Verdict.wrong(
            f"independent, but total weight {total} is not the maximum",
            score=constraint_score(total - blind, best - blind),
        )

    def near_misses(self, problem: Problem) -> list[str]:
        instance = problem.instance
        chosen = [int(t) for t in problem.answer.split()]
        adj = adjacency(instance["n"], instance["edges"])
        misses = []
        # add a neighbour of a chosen vertex: breaks independence
        for v in chosen:
            if adj[v]:
                misses.append(" ".join(map(str, chosen + [adj[v][0]])))
                break
        lightest = min(chosen, key=lambda v: instance["weights"][v])
        misses.append(" ".join(str(v) for v in chosen if v != lightest))  # suboptimal
        misses.append(" ".join(map(str, chosen + [chosen[0]])))  # a repeated vertex
        misses.append(" ".join(map(str, chosen + [instance["n"]])))  # a vertex that does not exist
        return misses
