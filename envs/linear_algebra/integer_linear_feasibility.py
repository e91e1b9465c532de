"""IntegerLinearFeasibility: integers within bounds that satisfy a system of linear inequalities.

The solver sees N integer unknowns x1..xN, each between -R and R, and M linear inequalities with
integer coefficients, and answers with values for x1..xN. Any integer vector within the bounds
that satisfies every inequality is correct (there are usually a few). The system is built around
a hidden integer point: each inequality is a random linear form that the point satisfies with a
slack of 0 to 2, so the feasible set is a small region around it, and the bounds make it finite.
Scores are binary (a random point in the box satisfies each inequality about half the time, so
a share of satisfied inequalities would pay for guessing). Instances where the all-zero vector
or the prompt's example satisfies the system are redrawn.

Difficulty schedule (coefficients from [-max_coefficient, max_coefficient], bounds [-R, R]):

    d                 0   1   2   3   4  ...  10  ...  20  ...  d
    variables         3   3   4   4   5  ...   8  ...  13  ...  3 + d // 2
    inequalities      6   6   8   8  10  ...  16  ...  26  ...  2 * variables
    max_coefficient   4   4   4   4   5  ...   6  ...   9  ...  4 + d // 4
    bound R           5   6   7   8   9  ...  15  ...  25  ...  5 + d

Integer feasibility is NP-hard in general; with twice as many inequalities as unknowns and
tight slacks, by hand it means bounding each variable from the inequalities and searching the
small box that is left, which grows with the number of unknowns and the bounds. Level 0 (three
unknowns, six inequalities, 1,331 points in the box) is already a search. The generator knows
the hidden point (the reference answer); the checker substitutes the answer into every
inequality with exact integer arithmetic.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

REDRAWS = 30
EXAMPLE = [1, -2, 3]


def violated(rows: list[list[int]], limits: list[int], values: list[int]) -> int | None:
    """0-based index of the first inequality sum(row * values) <= limit that fails, or None."""
    for k, (row, limit) in enumerate(zip(rows, limits, strict=True)):
        if sum(a * v for a, v in zip(row, values, strict=True)) > limit:
            return k
    return None


def _form(row: list[int], values: list[int]) -> int:
    return sum(a * v for a, v in zip(row, values, strict=True))


def _linear_form(coefficients: list[int]) -> str:
    parts = []
    for j, a in enumerate(coefficients, start=1):
        if a == 0:
            continue
        size = "" if abs(a) == 1 else str(abs(a))
        sign = "-" if a < 0 else "+"
        parts.append((sign, f"{size}x{j}"))
    first_sign, first = parts[0]
    text = ("-" if first_sign == "-" else "") + first
    return text + "".join(f" {sign} {body}" for sign, body in parts[1:])


class IntegerLinearFeasibility(Environment):
    description = "Bounded integers satisfying a system of linear inequalities"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 -2 3"
    catalog_name = "IntegerProgramming"

    def schedule(self, difficulty):
        variables = 3 + difficulty // 2
        return {
            "variables": variables,
            "inequalities": 2 * variables,
            "max_coefficient": 4 + difficulty // 4,
            "bound": 5 + difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, m = sizes["variables"], sizes["inequalities"]
        top, bound = sizes["max_coefficient"], sizes["bound"]
        example = (EXAMPLE + [0] * n)[:n]
        for _ in range(REDRAWS):
            point = [rng.randint(-bound, bound) for _ in range(n)]
            rows = []
            while len(rows) < m:
                row = [rng.randint(-top, top) for _ in range(n)]
                if any(row):
                    rows.append(row)
            slacks = [rng.randint(0, 2) for _ in range(m)]
            limits = [_form(row, point) + slack for row, slack in zip(rows, slacks, strict=True)]
            if violated(rows, limits, [0] * n) is not None:
                if violated(rows, limits, example) is not None:
                    break
        else:  # pin x1 away from 0 and 1 (the example's x1) with a last, one-variable inequality
            if point[0] in (0, 1):
                point[0] = -1
            rows[-1] = [1 if point[0] < 0 else -1] + [0] * (n - 1)
            slacks[-1] = 0
            limits = [_form(row, point) + slack for row, slack in zip(rows, slacks, strict=True)]
        return {"rows": rows, "limits": limits, "bound": bound, "point": point}

    def solve(self, instance):
        return instance["point"]

    def render(self, instance):
        n, bound = len(instance["point"]), instance["bound"]
        lines = "\n".join(
            f"{_linear_form(row)} <= {limit}"
            for row, limit in zip(instance["rows"], instance["limits"], strict=True)
        )
        return (
            f"Find integers x1, ..., x{n}, each between -{bound} and {bound} (inclusive), that "
            f"satisfy all of these inequalities:\n{lines}\n\n"
            f"Answer with the values of x1, ..., x{n} in order, separated by spaces (for example "
            f"1 -2 3 means x1 = 1, x2 = -2, x3 = 3). Any solution is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["point"]), max_digits=12)

    def check(self, instance, answer, reference):
        bound = instance["bound"]
        for j, v in enumerate(answer, start=1):
            if not -bound <= v <= bound:
                return Verdict.wrong(f"x{j} = {v} is outside -{bound}..{bound}")
        k = violated(instance["rows"], instance["limits"], answer)
        if k is not None:
            return Verdict.wrong(f"inequality {k + 1} is not satisfied")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        bound = problem.instance["bound"]
        return " ".join(str(rng.randint(-bound, bound)) for _ in problem.instance["point"])

    def near_misses(self, problem):
        instance = problem.instance
        point = list(instance["point"])
        bound = instance["bound"]
        misses = [" ".join(map(str, [bound + 1] + point[1:]))]  # outside the bounds
        for j in range(len(point)):
            for step in range(1, 2 * bound + 1):
                for v in (point[j] + step, point[j] - step):
                    moved = point[:j] + [v] + point[j + 1 :]
                    if (
                        -bound <= v <= bound
                        and violated(instance["rows"], instance["limits"], moved) is not None
                    ):
                        misses.append(" ".join(map(str, moved)))
                        break
                else:
                    continue
                break
            if len(misses) >= 3:
                break
        return misses
