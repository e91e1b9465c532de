"""EdgeSumReduction: values 0 <= y_v <= P_v with y_u + y_v = b_uv on every edge, minimising or
maximising the total.

In each connected component every value is determined by one free parameter x (that of a root
vertex): y_v = s_v * x + t_v with s_v = +1 or -1 along a breadth-first tree. Each edge either
checks a constant (when s_u = -s_v) or fixes x (when s_u = s_v, i.e. an odd cycle); each
vertex bounds x to an interval; and the total is linear in x, so its minimum or maximum sits at
an end of the interval. The instances come from hidden values, so a solution always exists; the
checker verifies the bounds and equalities and compares the total with the optimum, so every
optimal answer is accepted (components on which the total does not depend on x have several).

Difficulty schedule (N vertices, M edges, bounds up to P):

    d       0    1    2    5   10   20        d
    N       4    5    7   11   19   34        4 + (3d) // 2
    M       4    5    7   12   23   55        N + N * (d // 4) // 8
    P      10   12   14   20   30   50        10 + 2d

The graph is a random forest of a few components plus extra edges (some of them closing odd
cycles); the solver is linear.
"""

from __future__ import annotations

from collections import deque

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.graphs import format_edges, random_tree, sample_pairs

GOALS = ("minimum", "maximum")


def optimal_values(
    n: int, bounds: list[int], edges: list[list[int]], goal: str
) -> list[int] | None:
    """Values meeting every bound and edge sum with the smallest (``goal="minimum"``) or largest
    total; None when no solution exists."""
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, b in edges:
        adj[u].append((v, b))
        adj[v].append((u, b))
    sign, offset = [0] * n, [0] * n
    values = [0] * n
    for root in range(n):
        if sign[root]:
            continue
        sign[root], offset[root] = 1, 0
        component, queue = [root], deque([root])
        fixed = None  # a forced value of 2x, from an odd cycle
        while queue:
            u = queue.popleft()
            for v, b in adj[u]:
                if not sign[v]:
                    sign[v], offset[v] = -sign[u], b - offset[u]
                    component.append(v)
                    queue.append(v)
                elif sign[u] == -sign[v]:
                    if offset[u] + offset[v] != b:
                        return None
                else:
                    twice = sign[u] * (b - offset[u] - offset[v])
                    if fixed is not None and fixed != twice:
                        return None
                    fixed = twice
        low, high = -(10**18), 10**18
        for v in component:  # 0 <= s x + t <= P
            if sign[v] == 1:
                low, high = max(low, -offset[v]), min(high, bounds[v] - offset[v])
            else:
                low, high = max(low, offset[v] - bounds[v]), min(high, offset[v])
        if fixed is not None:
            if fixed % 2:
                return None
            low, high = max(low, fixed // 2), min(high, fixed // 2)
        if low > high:
            return None
        slope = sum(sign[v] for v in component)
        smaller_at_low = slope >= 0
        x = low if (goal == "minimum") == smaller_at_low else high
        for v in component:
            values[v] = sign[v] * x + offset[v]
    return values


class EdgeSumReduction(Environment):
    description = (
        "Values bounded by P with y_u + y_v fixed on every edge, of minimum or maximum total"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "3 0 5 2"
    catalog_name = "BEZMinimalistSecurity"

    def schedule(self, difficulty):
        n = 4 + (3 * difficulty) // 2
        return {
            "vertices": n,
            "edges": n + n * (difficulty // 4) // 8,
            "max_bound": 10 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        tree = random_tree(rng, n)
        pieces = rng.randint(1, max(1, n // 5))
        kept = tree[pieces - 1 :]  # dropping tree edges leaves that many components
        pairs = kept + sample_pairs(rng, n, sizes["edges"] - len(kept), exclude=kept)
        hidden = [rng.randint(0, sizes["max_bound"]) for _ in range(n)]
        bounds = [
            min(sizes["max_bound"], h + rng.randint(0, sizes["max_bound"] // 2)) for h in hidden
        ]
        edges = [[u, v, hidden[u] + hidden[v]] for u, v in pairs]
        rng.shuffle(edges)
        goal = rng.choice(GOALS)
        values = optimal_values(n, bounds, edges, goal)
        return {"bounds": bounds, "edges": edges, "goal": goal, "optimum": sum(values)}

    def solve(self, instance):
        return optimal_values(
            len(instance["bounds"]), instance["bounds"], instance["edges"], instance["goal"]
        )

    def render(self, instance):
        bounds, edges, goal = instance["bounds"], instance["edges"], instance["goal"]
        n = len(bounds)
        return (
            f"There are {n} vertices, labelled 0 to {n - 1}, with upper bounds P_0 .. P_{n - 1}:\n\n"
            f"{' '.join(map(str, bounds))}\n\n"
            f"and {len(edges)} edges; each line 'u v b' below requires y_u + y_v = b.\n\n"
            f"{format_edges(edges)}\n\n"
            f"Choose integers y_0, ..., y_{n - 1} with 0 <= y_v <= P_v for every vertex v, satisfying "
            f"every edge requirement, so that y_0 + ... + y_{n - 1} is as {'small' if goal == 'minimum' else 'large'} "
            "as possible. A solution exists; any optimal one is accepted.\n"
            f"Answer with y_0 to y_{n - 1} in order, separated by spaces."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_digits=12, length=len(instance["bounds"]))

    def check(self, instance, answer, reference):
        bounds = instance["bounds"]
        for v, (y, p) in enumerate(zip(answer, bounds, strict=True)):
            if not 0 <= y <= p:
                return Verdict.wrong(f"y_{v} = {y} is outside 0..{p}")
        for u, v, b in instance["edges"]:
            if answer[u] + answer[v] != b:
                return Verdict.wrong(f"y_{u} + y_{v} = {answer[u] + answer[v]}, not {b}")
        if sum(answer) != instance["optimum"]:
            return Verdict.wrong(
                f"a valid assignment, but its total {sum(answer)} is not the {instance['goal']}"
            )
        return Verdict.right()

    def near_misses(self, problem):
        instance = problem.instance
        values = [int(x) for x in problem.answer.split()]
        n = len(values)
        other_goal = "maximum" if instance["goal"] == "minimum" else "minimum"
        other = optimal_values(n, instance["bounds"], instance["edges"], other_goal)
        misses = [values[:-1] + [values[-1] + 1], [instance["bounds"][0] + 1] + values[1:]]
        if any(b for _, _, b in instance["edges"]):
            misses.append([0] * n)
        if sum(other) != instance["optimum"]:
            misses.append(other)
        return [" ".join(map(str, m)) for m in misses]
