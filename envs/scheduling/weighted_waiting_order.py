"""WeightedWaitingOrder: serve jobs one at a time so that the total rate-weighted waiting is smallest.

N jobs wait at time 0. Job i takes t_i minutes to serve and, while it waits to be served, costs
r_i per minute. Jobs are served one after another without breaks in the order the solver gives;
a job's waiting time is the total service time of the jobs served before it, and the total cost
is the sum over jobs of r_i times its waiting time. (This is the "protecting the flowers"
puzzle: cows eat r_i flowers a minute until their turn comes.) Every order with the smallest
total cost is correct; jobs with equal ratios t_i / r_i may be swapped freely, so there can be
several. Scores are binary.

The exchange argument gives the optimum: serving i right before j costs t_i * r_j, the other way
t_j * r_i, so sorting by t_i / r_i (Smith's rule) is optimal; the reference sorts exactly by
comparing cross products, O(N log N). The instance stores the optimal cost, and the checker
recomputes the cost of the given order.

Difficulty schedule (times and rates from [1, max_value]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    jobs         6   7   8   9  ...  16  ...  26  ...  6 + d
    max_value   12  13  14  15  ...  22  ...  32  ...  12 + d

One more job each level (N! orders); larger values make the ratios closer and the sums longer.
Level 0 has 6 jobs: with 4 the optimal orders are a sizeable share of the 24 orders.
"""

from __future__ import annotations

from functools import cmp_to_key

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import permutation_problem, random_permutation


def total_cost(times: list[int], rates: list[int], order: list[int]) -> int:
    """Sum of rate * waiting time for the 1-based ``order``."""
    waited = cost = 0
    for job in order:
        cost += rates[job - 1] * waited
        waited += times[job - 1]
    return cost


def smith_order(times: list[int], rates: list[int]) -> list[int]:
    """An optimal 1-based order: increasing t / r (exact cross-product comparison), ties by number."""

    def before(i: int, j: int) -> int:
        left, right = times[i - 1] * rates[j - 1], times[j - 1] * rates[i - 1]
        return -1 if left < right else 1 if left > right else (i > j) - (i < j)

    return sorted(range(1, len(times) + 1), key=cmp_to_key(before))


class WeightedWaitingOrder(Environment):
    description = "A service order of jobs minimising the total rate-weighted waiting time"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 1 3"
    catalog_name = "ProtectingFlowers"

    def schedule(self, difficulty):
        return {"jobs": 6 + difficulty, "max_value": 12 + difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["jobs"], sizes["max_value"]
        times = [rng.randint(1, top) for _ in range(n)]
        rates = [rng.randint(1, top) for _ in range(n)]
        best = total_cost(times, rates, smith_order(times, rates))
        return {"times": times, "rates": rates, "best_cost": best}

    def solve(self, instance):
        return smith_order(instance["times"], instance["rates"])

    def render(self, instance):
        jobs = "\n".join(
            f"job {i}: service time {t}, cost rate {r}"
            for i, (t, r) in enumerate(zip(instance["times"], instance["rates"], strict=True), 1)
        )
        n = len(instance["times"])
        return (
            f"{n} jobs are waiting at time 0:\n{jobs}\n\n"
            "The jobs are served one at a time, without breaks, in an order you choose. A job's "
            "waiting time is the total service time of all jobs served before it (the first job "
            "waits 0). Each job costs its cost rate times its waiting time. Find an order that "
            "makes the total cost of all jobs as small as possible.\n"
            f"Answer with the job numbers in serving order, a permutation of 1..{n} separated "
            "by spaces (for example 2 1 3 serves job 2 first, then job 1, then job 3). If several "
            "orders reach the smallest total cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["times"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        problem = permutation_problem(answer, len(instance["times"]))
        if problem:
            return Verdict.wrong(problem)
        cost = total_cost(instance["times"], instance["rates"], answer)
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"the total cost of this order is {cost}, which is not the smallest")

    def random_answer(self, problem, rng, other):
        return " ".join(map(str, random_permutation(rng, len(problem.instance["times"]))))

    def near_misses(self, problem):
        instance = problem.instance
        order = [int(t) for t in problem.answer.split()]
        n = len(order)
        misses = [
            " ".join(map(str, order[:-1])),  # a job left out
            " ".join(map(str, order[:-1] + [order[0]])),  # a job twice
            " ".join(map(str, order[:-1] + [n + 1])),  # no such job
        ]
        for k in range(n - 1):  # swapping neighbours with different ratios costs more
            i, j = order[k], order[k + 1]
            if instance["times"][i - 1] * instance["rates"][j - 1] != (
                instance["times"][j - 1] * instance["rates"][i - 1]
            ):
                swapped = order[:k] + [j, i] + order[k + 2 :]
                misses.append(" ".join(map(str, swapped)))
                break
        return misses
