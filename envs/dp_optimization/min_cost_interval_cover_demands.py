"""MinCostIntervalCoverDemands: how many copies of each priced interval to buy so that every point
is covered as often as it demands, at the least total price.

Points 1..N each demand to be covered NEED[p] times; M intervals [L, R] can each be bought any
number of times at price C per copy, and a copy covers every point of its interval once. The
solver chooses the number of copies of every interval so that each point p lies in at least
NEED[p] bought copies, minimising the total price, and answers with the M copy counts. Any
choice reaching the optimum is correct (the checker counts the coverage with a difference array
and compares the price with the optimum stored at generation); scores are binary.

This is the linear programme "minimise C x subject to (coverage) x >= NEED, x >= 0" whose
constraint matrix has consecutive ones in every column; taking differences of consecutive rows
turns it into a network flow on the nodes 0..N: buying interval [L, R] once sends one unit from
node R to node L - 1 at price C, the surplus coverage of point p flows from node p - 1 to node p
for free, and node p must absorb NEED[p + 1] - NEED[p] units. The reference solver runs the
shared successive-shortest-path min-cost flow (``rlve_gym.kernels.flows.min_cost_flow``) from a
super source to a super sink and reads the copy counts off the interval arcs, so the optimum is
integral. Demands are positive only at points some interval covers.

Difficulty schedule (M is N times a factor drawn from 0.7, 0.8, ..., 4.0, at least 2):

    d            0   1   2   3  ...  10  ...  20  ...  d
    points       8   9  10  11  ...  18  ...  28  ...  8 + d
    max_need     4   4   5   5  ...   9  ...  14  ...  4 + d // 2

Interval prices are drawn from [1, 3 * length], so short and long intervals both compete. Level 0
has 8 points and 6 to 32 intervals: with fewer, the cheapest cover is often forced. More points
and intervals mean more ways to share copies between neighbouring demands.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.kernels.flows import min_cost_flow

#: the interval-count factors, N * factor intervals (0.7, 0.8, ..., 4.0)
INTERVAL_FACTORS = tuple(f / 10 for f in range(7, 41))


def coverage(n: int, intervals: list[list[int]], copies: list[int]) -> list[int]:
    """How many bought copies cover each point 1..n (index 0 unused), by a difference array."""
    change = [0] * (n + 2)
    for (left, right, _), count in zip(intervals, copies):
        change[left] += count
        change[right + 1] -= count
    covered, running = [0] * (n + 1), 0
    for p in range(1, n + 1):
        running += change[p]
        covered[p] = running
    return covered


def cheapest_copies(n: int, intervals: list[list[int]], need: list[int]) -> tuple[int, list[int]]:
    """(least total price, copies of every interval) meeting ``need`` (0-based list over points
    1..n, positive only where some interval covers the point) by min-cost flow."""
    padded = [0, *need, 0]
    source, sink = n + 1, n + 2
    unbounded = sum(need) + 1
    arcs = [[right, left - 1, unbounded, price] for left, right, price in intervals]
    arcs += [[p, p + 1, unbounded, 0] for p in range(n)]  # surplus coverage carried along
    for node in range(n + 1):
        absorbed = padded[node + 1] - padded[node]
        if absorbed > 0:
            arcs.append([node, sink, absorbed, 0])
        elif absorbed < 0:
            arcs.append([source, node, -absorbed, 0])
    _, price, flows = min_cost_flow(n + 3, arcs, source, sink)
    return price, flows[: len(intervals)]


class MinCostIntervalCoverDemands(Environment):
    description = "Copies of each priced interval so every point is covered as often as it demands, at least total price"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "0 2 1"
    catalog_name = "MinimumIntervalCoverage"

    def schedule(self, difficulty):
        return {"points": 8 + difficulty, "max_need": 4 + difficulty // 2}

    def generate_instance(self, rng, sizes):
        n = sizes["points"]
        m = max(2, round(n * rng.choice(INTERVAL_FACTORS)))
        intervals = []
        for _ in range(m):
            left, right = sorted((rng.randint(1, n), rng.randint(1, n)))
            intervals.append([left, right, rng.randint(1, 3 * (right - left + 1))])
        reachable = coverage(n, intervals, [1] * m)
        need = [rng.randint(0, sizes["max_need"]) if reachable[p] else 0 for p in range(1, n + 1)]
        if not any(need):  # at least one demand, at a covered point
            need[intervals[0][0] - 1] = 1
        best, _ = cheapest_copies(n, intervals, need)
        return {"points": n, "intervals": intervals, "need": need, "best_price": best}

    def solve(self, instance):
        return cheapest_copies(instance["points"], instance["intervals"], instance["need"])[1]

    def render(self, instance):
        n, intervals = instance["points"], instance["intervals"]
        rows = "\n".join(
            f"interval {i}: [{left}, {right}], price {price}"
            for i, (left, right, price) in enumerate(intervals, start=1)
        )
        needs = " ".join(f"NEED[{p}]={v}" for p, v in enumerate(instance["need"], start=1))
        return (
            f"Points 1 to {n} lie on a line. There are {len(intervals)} intervals; interval "
            "[L, R] covers the points L, L+1, ..., R:\n"
            f"{rows}\n\n"
            f"Demands: {needs}\n\n"
            "You may buy any number of copies of each interval (zero included); each copy costs "
            "the interval's price and covers each of its points once. Buy copies so that every "
            "point p is covered by at least NEED[p] bought copies, and make the total price as "
            "small as possible.\n"
            f"Answer with {len(intervals)} non-negative integers separated by spaces: the number "
            "of copies bought of interval 1, interval 2, and so on (for example, for 3 intervals, "
            "0 2 1 buys two copies of interval 2 and one of interval 3). If several choices reach "
            "the smallest total price, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=len(instance["intervals"]), max_digits=6)

    def check(self, instance, answer, reference):
        if any(count < 0 for count in answer):
            return Verdict.wrong("copy counts must be non-negative")
        n, intervals = instance["points"], instance["intervals"]
        covered = coverage(n, intervals, answer)
        for p, wanted in enumerate(instance["need"], start=1):
            if covered[p] < wanted:
                return Verdict.wrong(
                    f"point {p} is covered {covered[p]} times, less than NEED[{p}]"
                )
        price = sum(count * interval[2] for count, interval in zip(answer, intervals))
        if price == instance["best_price"]:
            return Verdict.right()
        return Verdict.wrong(
            f"every demand is met, but the total price {price} is not the smallest"
        )

    def random_answer(self, problem, rng, other):
        """Random copy counts up to the largest demand (what a guess of the right shape looks like)."""
        top = max(problem.instance["need"])
        return " ".join(str(rng.randint(0, top)) for _ in problem.instance["intervals"])

    def near_misses(self, problem):
        copies = [int(t) for t in problem.answer.split()]
        m = len(copies)
        bought = next(j for j in range(m) if copies[j] > 0)
        fewer = copies[:]
        fewer[bought] -= 1  # some demand is no longer met (the optimum buys nothing needless)
        more = copies[:]
        more[0] += 1  # every price is positive: one more copy costs more
        negative = copies[:]
        negative[-1] = -1
        return [
            " ".join(map(str, fewer)),
            " ".join(map(str, more)),
            " ".join(map(str, negative)),
            " ".join(map(str, copies[:-1])),
            " ".join(["0"] * m),
        ]
