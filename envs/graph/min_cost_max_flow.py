"""MinCostMaxFlow: per-arc flows forming a maximum flow of minimum cost from vertex 0 to N-1.

The network is a random digraph in which every vertex is reachable from the source 0; the sink
N-1 is a vertex reachable from 0, so the maximum flow is positive. Each arc has a capacity and a
cost per unit of flow. Several optimal flows often exist: the checker verifies capacities and
conservation, then compares the flow value with the maximum and the cost with the minimum
(both stored in the instance).

Partial credit: a maximum flow that is not the cheapest earns the share of the cost gap it
closes, ``gap_closed_score(cost, min_cost, blind_cost)``, where ``blind_cost`` (stored at
generation) is the cost of a maximum flow found with every arc cost ignored, what a solver that
only knows maximum flow gets. A maximum flow no cheaper than that earns 0, and every answer that
is not a maximum flow earns 0.

Difficulty schedule (N vertices, M arcs, capacities 1..C, costs 1..W):

    d       0    1    2    5   10   20        d
    N       4    5    6    9   14   24        4 + d
    M       8   10   12   22   42  108        N + N * (2 + d // 4) // 2, at most N(N-1)
    C       4    4    5    6    9   14        4 + d // 2
    W       5    6    7   10   15   25        5 + d

Growth is linear; at d = 20 the prompt has 108 arc lines (under 2,500 characters), and
successive shortest paths solve it in about a millisecond.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import format_edges, random_reachable_digraph
from rlve_gym.kernels.flows import min_cost_flow
from rlve_gym.scoring import gap_closed_score


def flow_problem(
    n: int, arcs: list[list[int]], flows: list[int], source: int, sink: int
) -> str | None:
    """Why ``flows`` (one value per arc ``[u, v, capacity, ...]``) is not a feasible flow from
    ``source`` to ``sink``, or None."""
    balance = [0] * n
    for (u, v, capacity, *_), f in zip(arcs, flows, strict=True):
        if not 0 <= f <= capacity:
            return f"the flow {f} on arc {u}->{v} is outside 0..{capacity}"
        balance[u] -= f
        balance[v] += f
    for v in range(n):
        if v not in (source, sink) and balance[v]:
            return f"flow is not conserved at vertex {v} (in minus out = {balance[v]})"
    return None


class MinCostMaxFlow(Environment):
    description = "Per-arc flows forming a maximum flow of minimum cost in a directed network"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 0 1 3 1"
    catalog_name = "MinimumCost_MaximumFlow"

    def schedule(self, difficulty):
        n = 4 + difficulty
        return {
            "vertices": n,
            "arcs": min(n * (n - 1), n + n * (2 + difficulty // 4) // 2),
            "max_capacity": 4 + difficulty // 2,
            "max_cost": 5 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        # every vertex is reachable from the source 0; arcs into 0 or out of the sink are dropped
        pairs = random_reachable_digraph(rng, n, sizes["arcs"], root=0)
        arcs = [
            [u, v, rng.randint(1, sizes["max_capacity"]), rng.randint(1, sizes["max_cost"])]
            for u, v in pairs
        ]
        arcs = [a for a in arcs if a[0] != n - 1 and a[1] != 0] or arcs  # nothing leaves the sink
        value, cost, _ = min_cost_flow(n, arcs, 0, n - 1)
        if value == 0:  # the sink is reachable by construction, unless its arcs were dropped
            arcs.append([0, n - 1, 1, sizes["max_cost"]])
            value, cost, _ = min_cost_flow(n, arcs, 0, n - 1)
        cost_blind = [[u, v, capacity, 0] for u, v, capacity, _ in arcs]
        blind_flows = min_cost_flow(n, cost_blind, 0, n - 1)[2]
        blind_cost = sum(f * a[3] for a, f in zip(arcs, blind_flows, strict=True))
        return {"n": n, "arcs": arcs, "max_flow": value, "min_cost": cost, "blind_cost": blind_cost}

    def solve(self, instance):
        return min_cost_flow(instance["n"], instance["arcs"], 0, instance["n"] - 1)[2]

    def render(self, instance):
        n, arcs = instance["n"], instance["arcs"]
        return (
            f"A directed network has {n} vertices, labelled 0 to {n - 1}, and {len(arcs)} arcs. "
            "Each line 'u v c w' below is an arc from u to v with capacity c and cost w per unit "
            "of flow; the arcs are numbered 1 to "
            f"{len(arcs)} in the order listed.\n\n{format_edges(arcs)}\n\n"
            f"Send flow from the source 0 to the sink {n - 1}: give every arc an integer flow between "
            f"0 and its capacity such that at every vertex other than 0 and {n - 1} the total flow in "
            "equals the total flow out. The value of the flow is the net amount leaving vertex 0, "
            "and its cost is the sum over arcs of flow times cost.\n"
            "Find a flow of maximum value and, among those, of minimum cost (any such flow is accepted).\n"
            f"Answer with the {len(arcs)} arc flows in the order the arcs are listed, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=12, length=len(instance["arcs"]))

    def check(self, instance, answer, reference):
        n, arcs = instance["n"], instance["arcs"]
        problem = flow_problem(n, arcs, answer, 0, n - 1)
        if problem:
            return Verdict.wrong(problem)
        value = sum(f for a, f in zip(arcs, answer, strict=True) if a[0] == 0) - sum(
            f for a, f in zip(arcs, answer, strict=True) if a[1] == 0
        )
        if value != instance["max_flow"]:
            return Verdict.wrong(f"a feasible flow, but its value {value} is not the maximum")
        cost = sum(f * a[3] for a, f in zip(arcs, answer, strict=True))
        if cost != instance["min_cost"]:
            return Verdict.wrong(
                f"a maximum flow, but its cost {cost} is not the minimum",
                score=gap_closed_score(cost, instance["min_cost"], instance["blind_cost"]),
            )
        return Verdict.right()

    def near_misses(self, problem):
        arcs = problem.instance["arcs"]
        flows = [int(x) for x in problem.answer.split()]
        used = next(i for i, f in enumerate(flows) if f > 0)
        less = list(flows)
        less[used] -= 1
        over = list(flows)
        over[used] = arcs[used][2] + 1
        return [" ".join(map(str, m)) for m in (less, over, [0] * len(flows), flows[:-1])]
