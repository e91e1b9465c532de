"""FunctionalGraphToCycle: re-point some vertices, at minimum total cost, so that the pointer
graph becomes one cycle through all vertices.

Every vertex i points to a_i (a functional graph); re-pointing vertex i costs c_i, and a
re-pointed vertex may point anywhere. Choosing which vertices to re-point is the whole task:
the kept pointers must form vertex-disjoint simple paths (every vertex keeps at most one
incoming pointer and no cycle survives), since such paths can always be chained into a single
cycle through the re-pointed ends, and conversely. So the cheapest choice keeps, at every
vertex, its most expensive incoming pointer, except that each cycle of the functional graph
whose kept in-pointers all lie on the cycle must give up one of them at the cheapest place
(replacing it by the best in-pointer from outside the cycle, or none). The checker verifies the
path condition and compares the cost with the optimum stored in the instance.

Difficulty schedule (N vertices, costs in 1..C):

    d       0    1    2    5   10   20        d
    N      11   13   15   21   31   51        11 + 2d
    C      15   17   19   25   35   55        15 + 2d

The schedule starts three steps above 5 vertices, where the cheapest set was often one or two
vertices that a fixed guess hit on a tenth of the seeds. Linear growth; the solver is linear in N. Instances whose answer is empty, "0" or "1" are
redrawn (at most three times) to keep blind guesses rare.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

ATTEMPTS = 4


def _cycles(pointer: list[int]) -> list[list[int]]:
    n = len(pointer)
    state = [0] * n  # 0 new, 1 on the current trail, 2 done
    cycles = []
    for start in range(n):
        trail = []
        v = start
        while state[v] == 0:
            state[v] = 1
            trail.append(v)
            v = pointer[v]
        if state[v] == 1:
            cycles.append(trail[trail.index(v) :])
        for u in trail:
            state[u] = 2
    return cycles


def cheapest_repointing(pointer: list[int], cost: list[int]) -> tuple[int, list[int]]:
    """``(minimum cost, vertices to re-point)`` (0-based)."""
    n = len(pointer)
    if len(_cycles(pointer)) == 1 and len(_cycles(pointer)[0]) == n:
        return 0, []
    incoming: list[list[int]] = [[] for _ in range(n)]
    for i, target in enumerate(pointer):
        incoming[target].append(i)
    kept = [max(incoming[v], key=lambda i: (cost[i], -i)) if incoming[v] else -1 for v in range(n)]
    for cycle in _cycles(pointer):
        on_cycle = set(cycle)
        if any(kept[v] not in on_cycle for v in cycle):
            continue  # already broken by a kept pointer from outside
        best_loss, best_vertex, best_replacement = None, -1, -1
        for v in cycle:
            outside = [i for i in incoming[v] if i not in on_cycle]
            replacement = max(outside, key=lambda i: (cost[i], -i)) if outside else -1
            loss = cost[kept[v]] - (cost[replacement] if replacement >= 0 else 0)
            if best_loss is None or loss < best_loss:
                best_loss, best_vertex, best_replacement = loss, v, replacement
        kept[best_vertex] = best_replacement
    keep = {i for i in kept if i >= 0}
    repointed = [i for i in range(n) if i not in keep]
    return sum(cost[i] for i in repointed), repointed


def kept_pointers_problem(pointer: list[int], repointed: set[int]) -> str | None:
    """Why the pointers of the vertices not re-pointed cannot be part of one cycle through all
    vertices, or None."""
    n = len(pointer)
    if not repointed:
        if len(_cycles(pointer)) == 1 and len(_cycles(pointer)[0]) == n:
            return None
        return "without re-pointing, the pointers do not form one cycle through all vertices"
    into = [0] * n
    for i in range(n):
        if i not in repointed:
            into[pointer[i]] += 1
            if into[pointer[i]] > 1:
                return f"vertex {pointer[i]} would keep two incoming pointers"
    for cycle in _cycles(pointer):
        if not any(v in repointed for v in cycle):
            return f"the cycle through vertex {cycle[0]} is not broken, so it cannot join the rest"
    return None


class FunctionalGraphToCycle(Environment):
    description = "The cheapest set of vertices to re-point so a functional graph becomes one Hamiltonian cycle"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 3 4"
    catalog_name = "MinConversionToCycleCost"

    def schedule(self, difficulty):
        return {"vertices": 11 + 2 * difficulty, "max_cost": 15 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        for _ in range(ATTEMPTS):  # redraw when the answer is a blind guess such as "0" or "1"
            pointer = [rng.choice([v for v in range(n) if v != i]) for i in range(n)]
            cost = [rng.randint(1, sizes["max_cost"]) for _ in range(n)]
            total, chosen = cheapest_repointing(pointer, cost)
            if chosen not in ([], [0], [1]):
                break
        return {"pointer": pointer, "cost": cost, "min_cost": total}

    def solve(self, instance):
        return cheapest_repointing(instance["pointer"], instance["cost"])[1]

    def render(self, instance):
        pointer, cost = instance["pointer"], instance["cost"]
        n = len(pointer)
        lines = "\n".join(
            f"{i} {p} {c}" for i, (p, c) in enumerate(zip(pointer, cost, strict=True))
        )
        return (
            f"There are {n} vertices, labelled 0 to {n - 1}, and every vertex points to one other vertex. "
            "Each line 'i p c' below says that vertex i points to vertex p, and that changing where "
            f"vertex i points costs c.\n\n{lines}\n\n"
            "Choose a set of vertices to re-point (each chosen vertex may then point to any vertex "
            "other than itself) so that afterwards, starting from vertex 0 and following the pointers, "
            f"you visit all {n} vertices and return to 0: the pointers form a single cycle through all "
            "vertices. The total cost of the chosen vertices must be as small as possible (any "
            "cheapest set is accepted).\n"
            "Answer with the chosen vertices separated by spaces, in any order."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["pointer"]), max_digits=6)

    def check(self, instance, answer, reference):
        pointer, cost = instance["pointer"], instance["cost"]
        n = len(pointer)
        if any(not 0 <= v < n for v in answer):
            return Verdict.wrong(f"vertices are 0..{n - 1}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a vertex is listed more than once")
        problem = kept_pointers_problem(pointer, set(answer))
        if problem:
            return Verdict.wrong(problem)
        total = sum(cost[v] for v in answer)
        if total != instance["min_cost"]:
            return Verdict.wrong(
                f"a single cycle can be formed, but the cost {total} is not the minimum"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A blind guess: a few random vertices to re-point."""
        n = len(problem.instance["pointer"])
        return " ".join(map(str, sorted(rng.sample(range(n), rng.randint(1, n // 2)))))

    def near_misses(self, problem):
        chosen = [int(x) for x in problem.answer.split()]
        n = len(problem.instance["pointer"])
        extra = [v for v in range(n) if v not in chosen][:1]
        return [" ".join(map(str, m)) for m in (chosen[:-1], chosen + extra, chosen + chosen[:1])]
