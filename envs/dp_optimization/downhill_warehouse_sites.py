"""DownhillWarehouseSites: choose factories on a slope to build warehouses at, for the least cost.

N factories stand along a mountain road, numbered 1 (top) to N (bottom); factory i is D[i] road
units below factory 1, makes P[i] products and can build a warehouse for C[i]. Products only
travel downhill: a factory without a warehouse ships each product to the nearest factory below it
that has one, paying one per product per unit of road. Every product must end in a warehouse.
The solver picks the warehouse sites minimising building plus shipping cost and answers with
their numbers. Any set reaching the optimum is correct (the checker prices the named set and
compares it with the optimum stored at generation); scores are binary.

The reference solver is the O(N^2) dynamic programme over "the last warehouse is at factory i"
(the convex-hull trick would make it linear, but N stays small). Instances on which building at
every factory, or only at the lowest factory that makes products, is optimal are redrawn (a
bounded number of times, then a fixed slope of unit steps, one product per factory and a build
cost of 8, whose optimum spaces warehouses about four apart), so the trivial answers (and the
prompt's example) never win.

Difficulty schedule:

    d             0   1   2   3  ...  10  ...  20  ...  d
    factories    10  11  12  13  ...  20  ...  30  ...  10 + d
    max_products  6   6   6   7  ...   9  ...  12  ...  6 + d // 3

Distances are N - 1 distinct values from [1, 3N] (sorted), build costs are drawn from [1, 4N].
Level 0 has 10 factories: with fewer, a random set is optimal too often. More factories give
exponentially more sets to price by hand.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values

#: draws before falling back to the fixed instance with evenly spaced optimal warehouses
REDRAWS = 30
FALLBACK_BUILD_COST = 8
#: the prompt's example answer, never optimal (the fallback needs a warehouse at the bottom)
EXAMPLE = [2, 5]


def warehouse_cost(instance: dict, sites: list[int]) -> int | None:
    """Building plus shipping cost of warehouses at the 1-based ``sites`` (distinct, in range), or
    None when some product has no warehouse below it."""
    distances, products, costs = instance["distances"], instance["products"], instance["costs"]
    built = set(sites)
    total = sum(costs[i - 1] for i in built)
    below = None  # 0-based index of the nearest warehouse at or below factory i
    for i in range(len(distances) - 1, -1, -1):
        if i + 1 in built:
            below = i
        if products[i]:
            if below is None:
                return None
            total += products[i] * (distances[below] - distances[i])
    return total


def cheapest_sites(
    distances: list[int], products: list[int], costs: list[int]
) -> tuple[int, list[int]]:
    """(least total cost, 1-based sites of one optimal set) by an O(N^2) DP over the last site."""
    n = len(distances)
    count = [0]  # prefix sums of products and of products * distance
    moment = [0]
    for d, p in zip(distances, products):
        count.append(count[-1] + p)
        moment.append(moment[-1] + p * d)
    best = [0] * (n + 1)  # best[i]: factories 1..i served, warehouse at factory i (best[0]: none)
    previous = [0] * (n + 1)
    for i in range(1, n + 1):
        here = distances[i - 1]
        shipped = [
            best[j] + here * (count[i] - count[j]) - (moment[i] - moment[j]) for j in range(i)
        ]
        previous[i] = min(range(i), key=shipped.__getitem__)
        best[i] = shipped[previous[i]] + costs[i - 1]
    last_product = max((i for i in range(1, n + 1) if products[i - 1]), default=0)
    if last_product == 0:
        return 0, []  # nothing to store
    end = min(range(last_product, n + 1), key=best.__getitem__)
    sites = []
    while end:
        sites.append(end)
        end = previous[end]
    return best[sites[0]], sites[::-1]


class DownhillWarehouseSites(Environment):
    description = (
        "Factory numbers to build warehouses at, minimising build cost plus downhill shipping"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = " ".join(map(str, EXAMPLE))
    catalog_name = "WarehouseConstruction"

    def schedule(self, difficulty):
        return {"factories": 10 + difficulty, "max_products": 6 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n = sizes["factories"]
        for _ in range(REDRAWS):
            distances = [0, *sorted(rng.sample(range(1, 3 * n + 1), n - 1))]
            products = random_values(rng, n, 0, sizes["max_products"])
            costs = random_values(rng, n, 1, 4 * n)
            if any(products) and not self._trivial_is_optimal(distances, products, costs):
                best, _ = cheapest_sites(distances, products, costs)
                instance = {"distances": distances, "products": products, "costs": costs}
                if warehouse_cost(instance, EXAMPLE) != best:
                    break
        else:
            distances, products, costs = list(range(n)), [1] * n, [FALLBACK_BUILD_COST] * n
        best, _ = cheapest_sites(distances, products, costs)
        return {"distances": distances, "products": products, "costs": costs, "best_cost": best}

    @staticmethod
    def _trivial_is_optimal(distances, products, costs) -> bool:
        instance = {"distances": distances, "products": products, "costs": costs}
        n = len(distances)
        best, _ = cheapest_sites(distances, products, costs)
        last_product = max(i for i in range(1, n + 1) if products[i - 1])
        return best in (
            warehouse_cost(instance, list(range(1, n + 1))),
            warehouse_cost(instance, [last_product]),
        )

    def solve(self, instance):
        return cheapest_sites(instance["distances"], instance["products"], instance["costs"])[1]

    def render(self, instance):
        distances, products, costs = instance["distances"], instance["products"], instance["costs"]
        n = len(distances)
        rows = "\n".join(
            f"factory {i}: D={d}, P={p}, C={c}"
            for i, (d, p, c) in enumerate(zip(distances, products, costs, strict=True), start=1)
        )
        return (
            f"{n} factories stand along a mountain road, numbered 1 (top) to {n} (bottom). "
            "Factory i lies D[i] units of road below factory 1, makes P[i] products, and can "
            "build a warehouse at cost C[i]:\n"
            f"{rows}\n\n"
            "Choose the factories that build a warehouse. Products can only travel downhill: a "
            "factory with a warehouse stores its own products for free, and a factory without "
            "one sends each of its products to the nearest factory below it (larger number) "
            "that has a warehouse, at a cost of 1 per product per unit of road (D[j] - D[i] per "
            "product sent from factory i to factory j). Every product must end up in a "
            "warehouse. The total cost is the sum of C over the chosen factories plus all "
            "shipping costs; make it as small as possible.\n"
            "Answer with the numbers of the factories that build a warehouse, separated by "
            "spaces, in any order (for example 2 5). If several choices reach the smallest total "
            "cost, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["distances"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        problem = positions_problem(answer, len(instance["distances"]))
        if problem:
            return Verdict.wrong(problem.replace("position", "factory"))
        cost = warehouse_cost(instance, answer)
        if cost is None:
            return Verdict.wrong("some factory's products have no warehouse at or below it")
        if cost == instance["best_cost"]:
            return Verdict.right()
        return Verdict.wrong(f"valid choice, but its total cost {cost} is not the smallest")

    def random_answer(self, problem, rng, other):
        products = problem.instance["products"]
        n = len(products)
        last_product = max(i for i in range(1, n + 1) if products[i - 1])
        sites = {i for i in range(1, n + 1) if rng.random() < 0.5} | {last_product}
        return " ".join(map(str, sorted(sites)))

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["distances"])
        sites = [int(t) for t in problem.answer.split()]
        products = instance["products"]
        last_product = max(i for i in range(1, n + 1) if products[i - 1])
        misses = [
            " ".join(map(str, sites + [sites[0]])),
            " ".join(map(str, sites + [n + 1])),
            " ".join(map(str, range(1, last_product))),  # the last products have nowhere to go
            " ".join(map(str, range(1, n + 1))),  # everywhere: never optimal
        ]
        return [m for m in misses if m.strip()]
