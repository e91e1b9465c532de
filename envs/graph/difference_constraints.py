"""DifferenceConstraints: integers x_0 .. x_{N-1} satisfying constraints x_i - x_j <= c.

Constraints are drawn around hidden distinct integer values (each bound is the hidden difference
plus a small slack, often zero), so a solution always exists; any solution is accepted, and one
constraint always has a negative bound, so the all-zero answer never works. The reference
solver is Bellman-Ford on the constraint graph (arc j -> i of weight c for x_i - x_j <= c) from
a virtual source at distance 0 to every vertex.

Difficulty schedule (N variables, M constraints, hidden values in -N..N):

    d       0    1    2    5   10   20        d
    N       4    6    8   14   24   44        4 + 2d
    M       8   12   16   35   72  198        2N + (N // 2) * (d // 4), at most N(N-1)

Variables grow by two per level and constraints per variable every four levels (longer chains of
tight constraints to follow); the prompt stays under 2,500 characters at d = 20.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import format_edges, pair_count, sample_pairs

VALUE_LIMIT = 10**9


def first_violation(values: list[int], constraints: list[list[int]]) -> list[int] | None:
    """The first constraint ``[i, j, c]`` with ``values[i] - values[j] > c``, or None."""
    for i, j, c in constraints:
        if values[i] - values[j] > c:
            return [i, j, c]
    return None


def bellman_ford_solution(n: int, constraints: list[list[int]]) -> list[int] | None:
    """Shortest distances from a virtual source with arcs j -> i of weight c: a solution of the
    system (None if it is infeasible, i.e. the constraint graph has a negative cycle)."""
    dist = [0] * n
    for _ in range(n + 1):
        changed = False
        for i, j, c in constraints:
            if dist[j] + c < dist[i]:
                dist[i] = dist[j] + c
                changed = True
        if not changed:
            return dist
    return None


class DifferenceConstraints(Environment):
    description = (
        "Integers satisfying every constraint x_i - x_j <= c of a difference-constraint system"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 -1 0 4"
    catalog_name = "DifferenceConstraintSystem"

    def schedule(self, difficulty):
        n = 4 + 2 * difficulty
        return {
            "variables": n,
            "constraints": min(pair_count(n, True), 2 * n + (n // 2) * (difficulty // 4)),
        }

    def generate_instance(self, rng, sizes):
        n = sizes["variables"]
        hidden = rng.sample(range(-n, n + 1), n)
        constraints = []
        for i, j in sample_pairs(rng, n, sizes["constraints"], directed=True):
            slack = rng.choice((0, 0, 0, 1, 2, 3))
            constraints.append([i, j, hidden[i] - hidden[j] + slack])
        lowest, highest = hidden.index(min(hidden)), hidden.index(max(hidden))
        tight = [lowest, highest, hidden[lowest] - hidden[highest]]  # a negative bound
        constraints = [c for c in constraints if c[:2] != tight[:2]] + [tight]
        rng.shuffle(constraints)
        return {"n": n, "constraints": constraints}

    def solve(self, instance):
        return bellman_ford_solution(instance["n"], instance["constraints"])

    def render(self, instance):
        n, constraints = instance["n"], instance["constraints"]
        return (
            f"Find integers x0, x1, ..., x{n - 1} that satisfy all of the following {len(constraints)} "
            "constraints. Each line 'i j c' below is the constraint x_i - x_j <= c.\n\n"
            f"{format_edges(constraints)}\n\n"
            f"Any solution is accepted, as long as every value is an integer between -{VALUE_LIMIT} "
            f"and {VALUE_LIMIT}.\n"
            f"Answer with the {n} values x0 to x{n - 1} in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=12, length=instance["n"])

    def check(self, instance, answer, reference):
        if any(abs(x) > VALUE_LIMIT for x in answer):
            return Verdict.wrong(f"every value must lie between -{VALUE_LIMIT} and {VALUE_LIMIT}")
        broken = first_violation(answer, instance["constraints"])
        if broken:
            i, j, c = broken
            return Verdict.wrong(f"x{i} - x{j} = {answer[i] - answer[j]} exceeds {c}")
        return Verdict.right()

    def near_misses(self, problem):
        values = [int(x) for x in problem.answer.split()]
        i, j, c = problem.instance["constraints"][0]
        pushed = list(values)
        pushed[i] = values[j] + c + 1
        return [" ".join(map(str, m)) for m in (pushed, [0] * len(values), values[:-1])]
