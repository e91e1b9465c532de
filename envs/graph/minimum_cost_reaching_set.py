"""MinimumCostReachingSet: the cheapest set of vertices of a digraph from which every vertex can
be reached (each vertex has a cost; the set's cost is the sum).

A vertex is reached if it is in the set or has an arc path from a vertex of the set. The
optimum takes, from every strongly connected component that no arc enters from outside (a
source component of the condensation), one cheapest vertex. Two groups of 3-4 vertices are
planted as source components: each is closed into a directed cycle and every arc entering it
from outside is removed. So there are always at least two source components with a real choice
by cost inside them, and listing the vertices without incoming arcs (which on sparse random
digraphs alone was right 94% of the time) never suffices. Ties in cost make several optimal sets
possible; the checker accepts any set that reaches everything at minimum cost.

Difficulty schedule (N vertices, M arcs, costs in 1..C):

    d       0    1    2    5   10   20        d
    N       9   11   13   19   29   49        9 + 2d
    M      11   13   19   28   58  122        N + N * (1 + (d + 2) // 4) // 4, at most N(N-1)
    C      20   25   30   45   70  120        20 + 5d

Level 0 starts at nine vertices with costs up to 20: on five vertices with costs up to 5 a
fixed pair of vertices was the cheapest set on 14% of the seeds, and ties were common.

Sparse digraphs keep many small components and several source components; the arc density
creeps up every four levels so components grow larger. The prompt stays under 2,500 characters
at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.graphs import (
    adjacency,
    format_edges,
    parse_vertex_list,
    random_digraph,
    reachable_from,
    strongly_connected_components,
    vertex_list_problem,
)


def cheapest_reaching_set(n: int, arcs: list[list[int]], costs: list[int]) -> list[int]:
    """One cheapest vertex (smallest label on ties) from every source component."""
    component = strongly_connected_components(n, arcs)
    entered = {component[v] for u, v in arcs if component[u] != component[v]}
    best: dict[int, int] = {}
    for v in range(n):
        c = component[v]
        if c not in entered and (c not in best or costs[v] < costs[best[c]]):
            best[c] = v
    return sorted(best.values())


class MinimumCostReachingSet(Environment):
    description = "A minimum-cost set of vertices from which every vertex of a digraph is reachable"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 4 7"
    catalog_name = "SpyNetwork"

    def schedule(self, difficulty):
        n = 9 + 2 * difficulty
        arcs = min(n * (n - 1), n + n * (1 + (difficulty + 2) // 4) // 4)
        return {"vertices": n, "arcs": arcs, "max_cost": 20 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        first, second = rng.randint(3, 4), rng.randint(3, 4)
        members = rng.sample(range(n), first + second)
        groups = [members[:first], members[first:]]
        group_of = {v: g for g, group in enumerate(groups) for v in group}
        arcs = [
            a
            for a in random_digraph(rng, n, sizes["arcs"])
            if a[1] not in group_of or group_of.get(a[0]) == group_of[a[1]]
        ]
        present = {(u, v) for u, v in arcs}
        for group in groups:  # close each group into a directed cycle
            for u, v in zip(group, group[1:] + group[:1], strict=True):
                if (u, v) not in present:
                    arcs.append([u, v])
                    present.add((u, v))
        rng.shuffle(arcs)
        costs = [rng.randint(1, sizes["max_cost"]) for _ in range(n)]
        optimum = sum(costs[v] for v in cheapest_reaching_set(n, arcs, costs))
        return {"n": n, "arcs": arcs, "costs": costs, "optimum": optimum}

    def solve(self, instance):
        return cheapest_reaching_set(instance["n"], instance["arcs"], instance["costs"])

    def render(self, instance):
        n, arcs, costs = instance["n"], instance["arcs"], instance["costs"]
        return (
            f"You are given a directed graph with {n} vertices, labelled 0 to {n - 1}. Each line "
            "'u v' below is an arc from u to v.\n\n"
            f"{format_edges(arcs)}\n\n"
            "Each vertex has a cost; the costs of vertices 0, 1, 2, ... in order are:\n"
            f"{' '.join(map(str, costs))}\n\n"
            "Choose a set S of vertices such that every vertex of the graph is reachable from S: it "
            "is in S, or it can be reached from some vertex of S by following arcs in their "
            "direction. Make the total cost of S (the sum of its vertices' costs) as small as "
            "possible; if several sets reach the minimum, give any one of them.\n"
            "Answer with the vertices of S, each once, separated by spaces, in any order."
        )

    def parse(self, text, instance):
        return parse_vertex_list(text, max_items=instance["n"] + 1)

    def check(self, instance, answer, reference):
        n = instance["n"]
        problem = vertex_list_problem(answer, n)
        if problem:
            return Verdict.wrong(problem)
        reached = reachable_from(n, adjacency(n, instance["arcs"], directed=True), answer)
        if not all(reached):
            missed = reached.index(False)
            return Verdict.wrong(f"vertex {missed} is not reachable from the chosen set")
        cost = sum(instance["costs"][v] for v in answer)
        if cost != instance["optimum"]:
            return Verdict.wrong(f"every vertex is reached, but the cost {cost} is not the minimum")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A random set of vertices of the reference's size, drawn from the whole graph (the
        default would draw between the reference's smallest and largest vertex, which on small
        answers such as '4 5' is the answer itself)."""
        size = len(problem.answer.split())
        return " ".join(map(str, sorted(rng.sample(range(problem.instance["n"]), size))))

    def near_misses(self, problem):
        chosen = [int(x) for x in problem.answer.split()]
        spare = next(v for v in range(problem.instance["n"]) if v not in chosen)
        misses = [chosen[1:], chosen[:-1], chosen + [spare], chosen + [chosen[0]]]
        return [" ".join(map(str, m)) for m in misses]
