"""EarliestFirstTopologicalOrder: the constrained order that places item 0 as early as possible,
then item 1 as early as possible, and so on.

This is not the lexicographically smallest order (for constraints "2 before 0" alone, the
smallest order is 1 2 0 but the answer here is 2 0 1). It is unique: it is the reverse of the
lexicographically largest topological order of the reversed constraints, which is how the
reference solver finds it (Kahn's algorithm with a max-heap). Generation, prompt and permutation
checks are TopologicalSort's; only the ordering rule and the uniqueness differ. Constraint sets
on which the two orders coincide are redrawn (a bounded number of times, then a small
construction in which they differ), so answering the lexicographically smallest order - the
natural misreading, which used to be right on 40% of small instances - is always wrong.

Difficulty schedule (N items, C constraints), TopologicalSort's shifted by one level:

    d       0    1    2    5   10   20        d
    N       6    8   10   16   26   46        6 + 2d
    C       6    8   10   32   78  276        min(N(N-1)/2, N + N * ((d + 1) // 4))

With 4 items, the orders in which the rule and the smallest order differ were so few that one
order answered a quarter of the level; the schedule starts at 6 items. Items grow by two per level and constraints per item every four levels; the prompt stays under
3,000 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Verdict
from rlve_gym.envs.graph.topological_sort import TopologicalSort
from rlve_gym.graphs import pair_count, topological_order

#: draws before falling back to a construction on which the two orders differ
DRAWS = 30


class EarliestFirstTopologicalOrder(TopologicalSort):
    description = (
        "The constrained order placing item 0 as early as possible, then item 1, and so on"
    )
    multiple_valid_answers = False
    catalog_name = "TopologicalSort_MinimalLexicographicalOrder"
    ordering_rule = (
        "Among all such orders, choose the one in which item 0 appears as early as possible; "
        "among those, the one in which item 1 appears as early as possible; then item 2, and so "
        "on. (This is not always the alphabetically smallest order: with the single constraint "
        "'2 0' on items 0, 1, 2, the answer is 2 0 1, not 1 2 0.)"
    )

    def schedule(self, difficulty):
        n = 6 + 2 * difficulty
        return {"items": n, "constraints": min(pair_count(n), n + n * ((difficulty + 1) // 4))}

    def generate_instance(self, rng, sizes):
        for _ in range(DRAWS):
            instance = super().generate_instance(rng, sizes)
            if self.solve(instance) != topological_order(instance["n"], instance["constraints"]):
                return instance
        n = sizes["items"]  # "2 before 0" gives 2 0 1 ..., the smallest order is 1 2 0 ...
        return {"n": n, "constraints": [[2, 0]] + [[k, k + 1] for k in range(3, n - 1)]}

    def solve(self, instance):
        reversed_arcs = [[v, u] for u, v in instance["constraints"]]
        return topological_order(instance["n"], reversed_arcs, largest_first=True)[::-1]

    def check(self, instance, answer, reference):
        verdict = super().check(instance, answer, reference)
        if verdict.correct and answer != reference:
            return Verdict.wrong("a valid order, but some item could be placed earlier")
        return verdict

    def near_misses(self, problem):
        order = [int(x) for x in problem.answer.split()]
        misses = [order[:-1], order[:-1] + [order[0]]]
        smallest = topological_order(problem.instance["n"], problem.instance["constraints"])
        if smallest != order:
            misses.append(smallest)
        return [" ".join(map(str, m)) for m in misses]
