"""WarehouseMaxServedCustomers: serve as many daily customers as possible from a growing stock.

Over N days, A[i] items arrive in the morning of day i and a customer asking for B[i] items comes
in the evening. A customer can be served only if the stock covers the whole demand, which then
leaves the stock; unserved customers leave with nothing. The solver names the days whose
customers are served, and every feasible set of the largest size is correct (there are usually
several). The reference is the classic exchange greedy: serve each customer who fits; when one
does not fit but a larger demand was served earlier, swap the largest served demand for this
one. Scores are binary.

"Serve whoever fits, in order" is the obvious shortcut; instances where it is already optimal
are redrawn (a bounded number of times, then the first three days become a large demand that
uses all the stock followed by two demands of 1 that it starves, so skipping it serves more).

Difficulty schedule (A[i] drawn from [0, max_amount], B[i] from [1, 2 max_amount]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    days        14  16  18  20  ...  34  ...  54  ...  14 + 2d
    max_amount  10  11  12  13  ...  20  ...  30  ...  10 + d

More days give more choices to trade off; larger amounts make the stock arithmetic longer.
Demands average about twice the arrivals, so roughly half of the customers can be served
(with equal ranges nearly all can, and "every day but one or two" was right on 9% of seeds).
Level 0 has 14 days: with 10, a random feasible set (serving each customer who fits with
probability 0.7) was optimal on 7% of seeds.
"""

from __future__ import annotations

import heapq

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

REDRAWS = 20


def most_served(arrivals: list[int], demands: list[int]) -> list[int]:
    """0-based days of a largest feasible set of served customers (exchange greedy)."""
    served: list[tuple[int, int]] = []  # max-heap of (-demand, day)
    stock = 0
    for day, (a, b) in enumerate(zip(arrivals, demands, strict=True)):
        stock += a
        if stock < b and served and -served[0][0] > b:
            stock += -heapq.heappop(served)[0]
        if stock >= b:
            stock -= b
            heapq.heappush(served, (-b, day))
    return sorted(day for _, day in served)


def serve_whoever_fits(arrivals: list[int], demands: list[int]) -> list[int]:
    stock, days = 0, []
    for day, (a, b) in enumerate(zip(arrivals, demands, strict=True)):
        stock += a
        if stock >= b:
            stock -= b
            days.append(day)
    return days


def first_shortfall(arrivals: list[int], demands: list[int], days: set[int]) -> int | None:
    """The first chosen 0-based day whose demand the stock cannot cover, or None."""
    stock = 0
    for day, (a, b) in enumerate(zip(arrivals, demands, strict=True)):
        stock += a
        if day in days:
            if stock < b:
                return day
            stock -= b
    return None


class WarehouseMaxServedCustomers(Environment):
    description = "Days whose customers to serve from a growing stock so that the most are served"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 5"
    catalog_name = "HURWarehouseStore"

    def schedule(self, difficulty):
        return {"days": 14 + 2 * difficulty, "max_amount": 10 + difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["days"], sizes["max_amount"]
        for _ in range(REDRAWS):
            arrivals = [rng.randint(0, top) for _ in range(n)]
            demands = [rng.randint(1, 2 * top) for _ in range(n)]
            best = len(most_served(arrivals, demands))
            if len(serve_whoever_fits(arrivals, demands)) < best:
                break
        else:
            arrivals[:3] = [top, 0, 0]
            demands[:3] = [top, 1, 1]
            best = len(most_served(arrivals, demands))
        return {"arrivals": arrivals, "demands": demands, "best_count": best}

    def solve(self, instance):
        return [d + 1 for d in most_served(instance["arrivals"], instance["demands"])]

    def render(self, instance):
        a, b = instance["arrivals"], instance["demands"]
        n = len(a)
        listing = "\n".join(
            f"day {i}: A={x}, B={y}" for i, (x, y) in enumerate(zip(a, b, strict=True), start=1)
        )
        return (
            f"A shop runs for {n} days and starts with no stock. In the morning of day i, A "
            "items arrive and join the stock. In the evening of day i, one customer comes and "
            "asks for B items. You may serve that customer only if the stock holds at least B "
            "items; serving removes B items from the stock. A customer who is not served leaves "
            "with nothing (nothing is reserved or delivered later).\n"
            f"{listing}\n\n"
            "Choose the days whose customers you serve so that as many customers as possible "
            "are served. Answer with the chosen day numbers separated by spaces, in any order "
            "(for example 2 5 means serving the customers of days 2 and 5). If several choices "
            "serve the most customers, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["arrivals"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        n = len(instance["arrivals"])
        if any(not 1 <= d <= n for d in answer):
            return Verdict.wrong(f"day numbers must be between 1 and {n}")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("a day is listed more than once")
        short = first_shortfall(instance["arrivals"], instance["demands"], {d - 1 for d in answer})
        if short is not None:
            return Verdict.wrong(f"on day {short + 1} the stock cannot cover the demand")
        if len(answer) == instance["best_count"]:
            return Verdict.right()
        return Verdict.wrong(f"feasible, but {len(answer)} customers is not the most possible")

    def random_answer(self, problem, rng, other):
        inst = problem.instance
        stock, days = 0, []
        for day, (a, b) in enumerate(zip(inst["arrivals"], inst["demands"], strict=True), 1):
            stock += a
            if stock >= b and rng.random() < 0.7:
                stock -= b
                days.append(day)
        return " ".join(map(str, days))

    def near_misses(self, problem):
        inst = problem.instance
        days = [int(t) for t in problem.answer.split()]
        n = len(inst["arrivals"])
        greedy = [d + 1 for d in serve_whoever_fits(inst["arrivals"], inst["demands"])]
        misses = [
            " ".join(map(str, days[:-1])),
            " ".join(map(str, days + [days[0]])),
            " ".join(map(str, days + [n + 1])),
            " ".join(map(str, greedy)),
        ]
        left_out = [d for d in range(1, n + 1) if d not in days]
        if left_out:  # one more customer never fits on top of an optimal set
            misses.append(" ".join(map(str, days + left_out[:1])))
        return misses
