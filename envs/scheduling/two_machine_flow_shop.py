"""TwoMachineFlowShop: an order of jobs on two machines in series with the smallest makespan.

Each job runs first on machine 1, then on machine 2; both machines handle jobs one at a time in
the same order, and a job starts on machine 2 once it has left machine 1 and machine 2 is free.
The solver gives a job order. Every order whose makespan (the time machine 2 finishes the last
job) equals the optimum is correct; there are often several. Every order is within about 10%
of the optimum, so a plain ratio would pay ~0.9 for a random order; instead other orders earn
the square of the share of the gap they close between the best of 32 random orders (stored in
the instance) and the optimum (squared: an order only just better than the luckiest guess earns
little). Johnson's rule finds an optimum in O(N log N): jobs faster on machine 1 go
first by increasing machine-1 time, the rest last by decreasing machine-2 time. Instances where
the plain order 1, 2, ..., N is already optimal are redrawn (a bounded number of times), so the
lazy answer is almost never right.

The two machines carry (nearly) the same load: machine-2 times are the machine-1 times shuffled
and jittered by up to a tenth of max_time. With independent times one machine is usually the
bottleneck, and then most orders are optimal (a random order was right on 6-12% of 5-8 job
instances); with balanced loads the order matters throughout.

Difficulty schedule (machine-1 times drawn from [1, max_time]):

    d           0   1   2   3  ...  10  ...  20  ...  d
    jobs        7   8   9  10  ...  17  ...  27  ...  7 + d
    max_time   30  33  36  39  ...  60  ...  90  ...  30 + 3d

One more job per level; longer times make the makespan arithmetic longer. Level 0 has 7 jobs:
with fewer, optimal orders are a large share of all orders and guessing pays.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.scoring import gap_closed_score

REDRAWS = 10
#: random orders whose best makespan is the blind baseline for partial credit
BLIND_ORDERS = 32


def makespan(first: list[int], second: list[int], order: list[int]) -> int:
    """Finish time on machine 2 for 0-based job ``order`` (no machine idles without need)."""
    done_on_first = done_on_second = 0
    for job in order:
        done_on_first += first[job]
        done_on_second = max(done_on_second, done_on_first) + second[job]
    return done_on_second


def johnson_order(first: list[int], second: list[int]) -> list[int]:
    """An optimal 0-based order by Johnson's rule (ties broken by job number, for determinism)."""
    jobs = range(len(first))
    early = sorted((j for j in jobs if first[j] <= second[j]), key=lambda j: (first[j], j))
    late = sorted((j for j in jobs if first[j] > second[j]), key=lambda j: (-second[j], j))
    return early + late


class TwoMachineFlowShop(Environment):
    description = "A job order for a two-machine flow shop with the smallest makespan"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 3 1"
    catalog_name = "PipelineArrangement"

    def schedule(self, difficulty):
        return {"jobs": 7 + difficulty, "max_time": 30 + 3 * difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["jobs"], sizes["max_time"]
        jitter = max(1, top // 10)
        for _ in range(REDRAWS):
            first = [rng.randint(1, top) for _ in range(n)]
            second = rng.sample(first, n)
            second = [max(1, t + rng.randint(-jitter, jitter)) for t in second]
            best = makespan(first, second, johnson_order(first, second))
            if makespan(first, second, list(range(n))) > best:
                break
        blind = min(makespan(first, second, rng.sample(range(n), n)) for _ in range(BLIND_ORDERS))
        return {"first": first, "second": second, "best_makespan": best, "blind_makespan": blind}

    def solve(self, instance):
        return [j + 1 for j in johnson_order(instance["first"], instance["second"])]

    def render(self, instance):
        jobs = "\n".join(
            f"job {j}: {a} on machine 1, then {b} on machine 2"
            for j, (a, b) in enumerate(
                zip(instance["first"], instance["second"], strict=True), start=1
            )
        )
        n = len(instance["first"])
        return (
            f"{n} jobs must each be processed first on machine 1 and then on machine 2. "
            "Processing times:\n"
            f"{jobs}\n\n"
            "You choose one order of the jobs; both machines process the jobs in that order, one "
            "job at a time, starting at time 0. Machine 1 runs the jobs back to back. A job starts "
            "on machine 2 as soon as it has finished on machine 1 and machine 2 has finished the "
            "previous job. The makespan is the time at which machine 2 finishes the last job.\n"
            "For example, with job 1: 2 then 3, and job 2: 4 then 1, the order 1 2 gives makespan 7 "
            "(machine 2 runs job 1 from 2 to 5 and job 2 from 6 to 7), while 2 1 gives 9.\n\n"
            f"Give an order with the smallest possible makespan: the numbers 1 to {n}, each once, "
            "separated by spaces. If several orders reach the smallest makespan, any one is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["first"]), max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["first"])
        if sorted(answer) != list(range(1, n + 1)):
            return Verdict.wrong(f"the order must contain each job 1..{n} exactly once")
        span = makespan(instance["first"], instance["second"], [j - 1 for j in answer])
        best = instance["best_makespan"]
        if span == best:
            return Verdict.right()
        return Verdict.wrong(
            f"valid order, but its makespan {span} is not the smallest",
            score=gap_closed_score(span, best, instance["blind_makespan"]) ** 2,
        )

    def near_misses(self, problem):
        instance = problem.instance
        first, second = instance["first"], instance["second"]
        order = [int(t) for t in problem.answer.split()]
        n = len(order)
        misses = [
            " ".join(map(str, order[:-1] + [order[0]])),  # a job twice, one missing
            " ".join(map(str, order[:-1] + [n + 1])),  # no such job
        ]
        candidates = [list(range(1, n + 1)), order[::-1]]
        candidates += [order[:i] + [order[i + 1], order[i]] + order[i + 2 :] for i in range(n - 1)]
        for candidate in candidates:
            if makespan(first, second, [j - 1 for j in candidate]) > instance["best_makespan"]:
                misses.append(" ".join(map(str, candidate)))
                break
        return misses
