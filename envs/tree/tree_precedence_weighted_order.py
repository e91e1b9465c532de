"""Order the vertices of a rooted tree, every parent before its children, to maximise a weighted sum.

Each vertex v has a weight W[v]. An ordering P[1..N] of all vertices in which every vertex comes
after its parent scores sum over i of W[P[i]] * i. The solver must output an ordering with the
largest score; any optimal ordering is accepted (equal weights make ties common).

Difficulty schedule (tree size, largest weight):

    d            0    1    2    3    5    10    20    d
    vertices     5    8   11   14   20    35    65    5 + 3d
    max weight   5    7    9   11   15    25    45    5 + 2d

Reference solver (the classical "merge into the parent" rule for single-machine scheduling with
tree precedence): maximising sum W * position is minimising sum c * position with c = M - W > 0
(the positions sum to a constant). Repeatedly take the group (a chain already fixed in order)
whose average c is largest, and append it right after its parent's group; ``O(n^2)`` with exact
integer ratio comparisons, which is plenty at these sizes.
"""

from __future__ import annotations

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.graphs import is_permutation, parse_vertex_list
from rlve_gym.trees import random_recursive_parents, relabel_parents


def order_score(weights: list[int], order: list[int]) -> int:
    return sum(weights[v] * (i + 1) for i, v in enumerate(order))


def order_problem(parent: list[int], order: list[int]) -> str | None:
    """Why ``order`` is not a permutation with every parent before its children, or None."""
    n = len(parent)
    if not is_permutation(order, n):
        return f"the answer must list each of the {n} vertices exactly once"
    position = {v: i for i, v in enumerate(order)}
    for v, p in enumerate(parent):
        if p >= 0 and position[p] > position[v]:
            return f"vertex {v} comes before its parent {p}"
    return None


def best_order(parent: list[int], weights: list[int]) -> list[int]:
    """An optimal ordering by merging the group of largest average ``c = M - W`` into its parent."""
    n = len(parent)
    top = max(weights) + 1
    cost = [top - w for w in weights]
    group_of = list(range(n))  # union-find: the group (named by its head vertex) a vertex is in
    sequence = {v: [v] for v in range(n)}
    total = {v: cost[v] for v in range(n)}

    def find(x: int) -> int:
        while group_of[x] != x:
            group_of[x] = group_of[group_of[x]]
            x = group_of[x]
        return x

    active = {v for v in range(n) if parent[v] >= 0}  # heads of groups that still have a parent
    while active:
        # largest total / size, ties broken by the smallest head for determinism
        head = min(active)
        for h in active:
            a, b = total[h] * len(sequence[head]), total[head] * len(sequence[h])
            if a > b or (a == b and h < head):
                head = h
        active.remove(head)
        into = find(parent[head])
        sequence[into].extend(sequence.pop(head))
        total[into] += total.pop(head)
        group_of[head] = into
    (root_group,) = sequence.values()
    return root_group


class TreePrecedenceWeightedOrder(Environment):
    description = (
        "Parent-before-child ordering of a rooted tree maximising sum of weight times position"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "Max_TreeConstrainedPermutation_Weight"

    def schedule(self, difficulty):
        return {"vertices": 5 + 3 * difficulty, "max_weight": 5 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        parent, _ = relabel_parents(rng, random_recursive_parents(rng, n))
        weights = [rng.randint(1, sizes["max_weight"]) for _ in range(n)]
        return {"parent": parent, "weights": weights}

    def solve(self, instance):
        return best_order(instance["parent"], instance["weights"])

    def render(self, instance):
        parent, weights = instance["parent"], instance["weights"]
        n = len(parent)
        root = parent.index(-1)
        return (
            f"A rooted tree has {n} vertices, numbered 0 to {n - 1}; the root is vertex {root}. "
            f"The parents of vertices 0, 1, ..., {n - 1}, in order, are (-1 marks the root):\n"
            f"{' '.join(map(str, parent))}\n"
            f"The weights W of vertices 0, 1, ..., {n - 1}, in order, are:\n{' '.join(map(str, weights))}\n\n"
            f"Arrange all {n} vertices in a sequence P[1], P[2], ..., P[{n}] so that every vertex comes "
            "after its parent, and the score W[P[1]] * 1 + W[P[2]] * 2 + ... + "
            f"W[P[{n}]] * {n} is as large as possible. Output the sequence as vertex numbers separated by "
            "spaces (for example: 2 0 3 1)."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=len(instance["parent"]) + 1)

    def check(self, instance, answer, reference):
        parent, weights = instance["parent"], instance["weights"]
        problem = order_problem(parent, answer)
        if problem:
            return Verdict.wrong(problem)
        score = order_score(weights, answer)
        best = order_score(weights, best_order(parent, weights))
        if score >= best:
            return Verdict.right()
        return Verdict.wrong(
            f"the order is valid but its score {score} is not the largest possible"
        )

    def near_misses(self, problem: Problem) -> list[str]:
        parent, weights = problem.instance["parent"], problem.instance["weights"]
        order = [int(t) for t in problem.answer.split()]
        best = order_score(weights, order)
        misses = [
            " ".join(map(str, order[1:] + order[:1])),
            " ".join(map(str, order[:-1] + order[:1])),
        ]
        for i in range(len(order) - 1):  # an adjacent swap that stays valid but scores less
            swapped = order[:i] + [order[i + 1], order[i]] + order[i + 2 :]
            if not order_problem(parent, swapped) and order_score(weights, swapped) < best:
                misses.append(" ".join(map(str, swapped)))
                break
        return misses
