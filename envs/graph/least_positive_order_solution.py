"""LeastPositiveOrderSolution: positive integers meeting relations =, <, <= between pairs of
variables, with the smallest possible sum.

Every relation is a lower bound x_b >= x_a + w (w = 1 for a strict inequality, 0 otherwise;
an equality gives two bounds), together with x_i >= 1. Such a system has a pointwise least
solution (longest paths from a virtual source in the constraint graph), and it is the unique
solution of minimum sum, since every solution is at least it in every coordinate. Instances come
from hidden values, so they are always feasible; at least one strict relation keeps the answer
from being all ones. The checker verifies every relation, then the sum.

Difficulty schedule (N variables, M relations, hidden values in 1..V):

    d       0    1    2    5   10   20        d
    N       7    8   10   14   22   37        7 + (3d) // 2
    M      10   12   15   21   33   55        N + N // 2
    V       4    4    5    6    9   14        2 + N // 3

The schedule starts two steps above 4 variables, where a fixed small vector was the least
solution on a twelfth of the seeds.

Few distinct hidden values make equalities and chains common; relaxation converges in at most N
rounds over M relations.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import sample_pairs

RELATIONS = ("=", "<", "<=", ">", ">=")
VALUE_LIMIT = 10**9


def lower_bounds(relations: list[list]) -> list[tuple[int, int, int]]:
    """``(a, b, w)`` meaning x_b >= x_a + w, for relations ``[a, op, b]`` (x_a op x_b)."""
    bounds = []
    for a, op, b in relations:
        if op == "=":
            bounds += [(a, b, 0), (b, a, 0)]
        elif op in ("<", "<="):
            bounds.append((a, b, int(op == "<")))
        else:
            bounds.append((b, a, int(op == ">")))
    return bounds


def least_solution(n: int, relations: list[list]) -> list[int] | None:
    """The pointwise least positive solution, or None if the system is infeasible."""
    values = [1] * n
    bounds = lower_bounds(relations)
    for _ in range(n + 1):
        changed = False
        for a, b, w in bounds:
            if values[a] + w > values[b]:
                values[b] = values[a] + w
                changed = True
        if not changed:
            return values
    return None


def holds(x: int, op: str, y: int) -> bool:
    return {"=": x == y, "<": x < y, "<=": x <= y, ">": x > y, ">=": x >= y}[op]


class LeastPositiveOrderSolution(Environment):
    description = "Positive integers meeting =, <, <= relations between variables, with minimum sum"
    answer_kind = "int_list"
    answer_example = "1 3 2 2"
    catalog_name = "DifferenceConstraintSystemDAG"

    def schedule(self, difficulty):
        n = 7 + (3 * difficulty) // 2
        return {"variables": n, "relations": n + n // 2, "max_value": 2 + n // 3}

    def generate_instance(self, rng, sizes):
        n = sizes["variables"]
        hidden = [rng.randint(1, sizes["max_value"]) for _ in range(n)]
        if len(set(hidden)) == 1:
            hidden[rng.randrange(n)] += 1
        low, high = hidden.index(min(hidden)), hidden.index(max(hidden))  # distinct values
        pairs = sample_pairs(rng, n, sizes["relations"] - 1, exclude=[[low, high]]) + [[low, high]]
        relations = []
        for a, b in pairs:
            if rng.random() < 0.5:
                a, b = b, a
            if hidden[a] == hidden[b]:
                op = rng.choice(("=", "=", "<=", ">="))
            elif hidden[a] < hidden[b]:
                op = rng.choice(("<", "<", "<="))
            else:
                op = rng.choice((">", ">", ">="))
            relations.append([a, op, b])
        relations[-1][1] = "<" if hidden[relations[-1][0]] < hidden[relations[-1][2]] else ">"
        rng.shuffle(relations)
        return {"n": n, "relations": relations}

    def solve(self, instance):
        return least_solution(instance["n"], instance["relations"])

    def render(self, instance):
        n, relations = instance["n"], instance["relations"]
        lines = "\n".join(f"x{a} {op} x{b}" for a, op, b in relations)
        return (
            f"Find positive integers x0, x1, ..., x{n - 1} (each at least 1) that satisfy all of the "
            f"following {len(relations)} relations:\n\n{lines}\n\n"
            "Among all solutions, give the one whose sum x0 + x1 + ... is as small as possible "
            "(it is unique).\n"
            f"Answer with the {n} values x0 to x{n - 1} in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=12, length=instance["n"])

    def check(self, instance, answer, reference):
        if any(not 1 <= x <= VALUE_LIMIT for x in answer):
            return Verdict.wrong("every value must be a positive integer")
        for a, op, b in instance["relations"]:
            if not holds(answer[a], op, answer[b]):
                return Verdict.wrong(f"x{a} {op} x{b} does not hold")
        if sum(answer) != sum(reference):
            return Verdict.wrong(
                f"all relations hold, but the sum {sum(answer)} is not the smallest"
            )
        return Verdict.right()

    def near_misses(self, problem):
        values = [int(x) for x in problem.answer.split()]
        bumped = [v + 1 for v in values]  # still feasible, larger sum
        return [
            " ".join(map(str, m))
            for m in (bumped, [1] * len(values), values[:-1] + [values[-1] + 1])
        ]
