"""TopologicalSort: order N items so that every "x before y" constraint holds.

The constraints are the arcs of a random DAG (arcs from earlier to later in a hidden random
order), so at least one valid order exists; usually many do, and the checker accepts any
permutation that satisfies every constraint.

Difficulty schedule (N items, C constraints):

    d       0    1    2    5   10   20        d
    N       8   10   12   18   28   48        8 + 2d
    C       8   10   24   36   112  288       min(N(N-1)/2, N + N * ((d + 2) // 4))

Items grow by two per level and constraints per item every four levels, so orders become both
longer and more tightly constrained; the prompt stays under 3,000 characters at d = 20. Level 0
starts at eight items: with four or six, one fixed order was valid on 6-14% of the seeds.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    format_edges,
    is_permutation,
    order_violation,
    pair_count,
    parse_vertex_list,
    random_dag,
    topological_order,
)


def dag_schedule(difficulty: int) -> dict[str, int]:
    """Sizes shared by the topological-order environments."""
    n = 8 + 2 * difficulty
    return {"items": n, "constraints": min(pair_count(n), n + n * ((difficulty + 2) // 4))}


class TopologicalSort(Environment):
    description = "An order of N items satisfying every 'x before y' constraint"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 3 1"
    catalog_name = "TopologicalSort"
    ordering_rule = "If several orders work, give any one of them."

    def schedule(self, difficulty):
        return dag_schedule(difficulty)

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        arcs, _ = random_dag(rng, n, sizes["constraints"])
        return {"n": n, "constraints": arcs}

    def solve(self, instance):
        return topological_order(instance["n"], instance["constraints"])

    def render(self, instance):
        n, arcs = instance["n"], instance["constraints"]
        return (
            f"There are {n} items, labelled 0 to {n - 1}. Each line 'x y' below is a constraint "
            "saying that item x must come before item y (not necessarily immediately before).\n\n"
            f"{format_edges(arcs)}\n\n"
            f"Arrange all {n} items in a single order, each item exactly once, so that every "
            f"constraint holds. {self.ordering_rule}\n"
            "Answer with the items in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        if not is_permutation(answer, n):
            return Verdict.wrong(f"the answer must list each of the items 0..{n - 1} exactly once")
        problem = order_violation(answer, instance["constraints"])
        return Verdict.wrong(problem) if problem else Verdict.right()

    def near_misses(self, problem):
        order = [int(x) for x in problem.answer.split()]
        u, v = problem.instance["constraints"][0]
        swapped = [v if x == u else u if x == v else x for x in order]
        return [" ".join(map(str, m)) for m in (swapped, order[:-1], order[:-1] + [order[0]])]
