"""EarliestFirstTopologicalOrder: the constrained order that places item 0 as early as possible,
then item 1 as early as possible, and so on.

This is not the lexicographically smallest order (for constraints "2 before 0" alone, the
smallest order is 1 2 0 but the answer here is 2 0 1). It is unique: it is the reverse of the
lexicographically largest topological order of the reversed constraints, which is how the
reference solver finds it (Kahn's algorithm with a max-heap).

Difficulty schedule (N items, C constraints), the same as TopologicalSort:

    d       0    1    2    5   10   20        d
    N       4    6    8   14   24   44        4 + 2d
    C       4    6    8   28   72  264        min(N(N-1)/2, N + N * (d // 4))

Items grow by two per level and constraints per item every four levels; the prompt stays under
3,000 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.envs.graph.topological_sort import dag_schedule
from rlve_gym.graphs import format_edges, is_permutation, order_violation, parse_vertex_list, random_dag, topological_order


class EarliestFirstTopologicalOrder(Environment):
    description = "The constrained order placing item 0 as early as possible, then item 1, and so on"
    answer_kind = "int_list"
    answer_example = "2 0 3 1"
    catalog_name = "TopologicalSort_MinimalLexicographicalOrder"

    def schedule(self, difficulty):
        return dag_schedule(difficulty)

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        arcs, _ = random_dag(rng, n, sizes["constraints"])
        return {"n": n, "constraints": arcs}

    def solve(self, instance):
        reversed_arcs = [[v, u] for u, v in instance["constraints"]]
        return topological_order(instance["n"], reversed_arcs, largest_first=True)[::-1]

    def render(self, instance):
        n, arcs = instance["n"], instance["constraints"]
        return (
            f"There are {n} items, labelled 0 to {n - 1}. Each line 'x y' below is a constraint "
            "saying that item x must come before item y (not necessarily immediately before).\n\n"
            f"{format_edges(arcs)}\n\n"
            f"Arrange all {n} items in a single order, each item exactly once, so that every "
            "constraint holds. Among all such orders, choose the one in which item 0 appears as "
            "early as possible; among those, the one in which item 1 appears as early as possible; "
            "then item 2, and so on. (This is not always the alphabetically smallest order: with "
            "the single constraint '2 0' on items 0, 1, 2, the answer is 2 0 1, not 1 2 0.)\n"
            "Answer with the items in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not is_permutation(answer, n):
            return Verdict.wrong(f"the answer must list each of the items 0..{n - 1} exactly once")
        problem = order_violation(answer, instance["constraints"])
        if problem:
            return Verdict.wrong(problem)
        if answer != reference:
            return Verdict.wrong("a valid order, but some item could be placed earlier")
        return Verdict.right()

    def near_misses(self, problem):
        misses = super().near_misses(problem)
        smallest = topological_order(problem.instance["n"], problem.instance["constraints"])
        if " ".join(map(str, smallest)) != problem.answer:
            misses.append(" ".join(map(str, smallest)))
        return misses
