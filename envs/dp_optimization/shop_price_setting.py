"""ShopPriceSetting: price a row of shops so that customers who buy at the cheapest shop they visit pay the most.

There are N shops in a row and M customers. Customer i visits the shops a_i..b_i, finds the
lowest price among them and buys one item there for that price if it is at most the budget c_i
(and nothing otherwise). The solver sets a positive integer price for every shop and answers
with the N prices; the revenue is what all customers pay together. Every price list whose revenue
equals the optimum is correct; the optimum is stored at generation. Scores are binary.

The cheapest shop of a range splits the problem: with every price in a range at least the
k-th smallest budget, either no price in the range equals that budget, or some shop p takes it,
every customer of the range who visits p and can afford it pays it, and the two sides of p are
independent subproblems. The reference solver is this interval DP over (range, price level),
O(N^3 (M + B)) for B distinct budgets, compiled with Numba.

Instances where one price for every shop is optimal are redrawn; after a bounded number of draws
(never reached in practice) the first customer is made to visit shop 1 alone with the largest
budget and every other customer to stay off shop 1 with budget 1, where shop 1 priced high and
the rest at 1 beat any single price.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    shops        6   6   7   7  ...  11  ...  16  ...  6 + d // 2
    customers   10  11  12  13  ...  20  ...  30  ...  10 + d
    max_budget  20  22  24  26  ...  40  ...  60  ...  20 + 2d

Level 0 has 6 shops and 10 customers, enough overlapping ranges that the best prices differ from
shop to shop; more shops, customers and budget levels multiply the choices.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before forcing an instance where a single price is not optimal
REDRAWS = 20
#: prices in an answer are read with at most this many digits
PRICE_DIGITS = 9


@njit(cache=True)
def _price_table(n, starts, ends, levels, budgets):
    """best[l, r, k]: largest revenue from customers inside shops l..r-1 (0-based, half-open)
    when every price there is at least budgets[k]; choice[l, r, k]: the shop priced budgets[k]
    (-1: none, the level moves up)."""
    count_levels = budgets.shape[0]
    best = np.zeros((n + 1, n + 1, count_levels + 1), np.int64)
    choice = np.full((n + 1, n + 1, count_levels + 1), -1, np.int64)
    buyers = np.zeros((n, count_levels + 1), np.int64)
    for length in range(1, n + 1):
        for left in range(0, n - length + 1):
            right = left + length
            buyers[left:right, :] = 0
            for i in range(starts.shape[0]):
                if starts[i] >= left and ends[i] < right:
                    for p in range(starts[i], ends[i] + 1):
                        buyers[p, levels[i]] += 1
            for p in range(left, right):  # buyers[p, k]: customers at p with budget >= level k
                for k in range(count_levels - 1, -1, -1):
                    buyers[p, k] += buyers[p, k + 1]
            for k in range(count_levels - 1, -1, -1):
                top = best[left, right, k + 1]
                where = -1
                for p in range(left, right):
                    value = best[left, p, k] + best[p + 1, right, k] + budgets[k] * buyers[p, k]
                    if value > top:
                        top, where = value, p
                best[left, right, k] = top
                choice[left, right, k] = where
    return best, choice


def best_prices(n: int, customers: list[list[int]]) -> tuple[int, list[int]]:
    """(largest revenue, one optimal price list) for customers [a, b, c] (1-based shops)."""
    budgets = sorted({c for _, _, c in customers})
    level = {c: k for k, c in enumerate(budgets)}
    starts = np.array([a - 1 for a, _, _ in customers], dtype=np.int64)
    ends = np.array([b - 1 for _, b, _ in customers], dtype=np.int64)
    levels = np.array([level[c] for _, _, c in customers], dtype=np.int64)
    best, choice = _price_table(n, starts, ends, levels, np.array(budgets, dtype=np.int64))
    prices = [budgets[-1] + 1] * n  # shops nobody pays at: priced above every budget
    stack = [(0, n, 0)]
    while stack:
        left, right, k = stack.pop()
        while left < right and k < len(budgets) and choice[left, right, k] < 0:
            k += 1
        if left >= right or k == len(budgets):
            continue
        p = int(choice[left, right, k])
        prices[p] = budgets[k]
        stack += [(left, p, k), (p + 1, right, k)]
    return int(best[0, n, 0]), prices


def revenue(customers: list[list[int]], prices: list[int]) -> int:
    total = 0
    for a, b, c in customers:
        cheapest = min(prices[a - 1 : b])
        if cheapest <= c:
            total += cheapest
    return total


def best_single_price(customers: list[list[int]]) -> int:
    """Largest revenue when every shop has the same price (one of the budgets)."""
    return max(c * sum(1 for _, _, x in customers if x >= c) for _, _, c in customers)


def single_price_beaten(customers: list[list[int]], top: int) -> list[list[int]]:
    """The fallback: customer 1 visits shop 1 alone with budget ``top`` (>= 2), every other
    customer keeps off shop 1 with budget 1, so pricing shop 1 at ``top`` and the rest at 1 earns
    top + M - 1, more than any single price (top or M)."""
    return [[1, 1, top]] + [[max(a, 2), max(a, b, 2), 1] for a, b, _ in customers[1:]]


class ShopPriceSetting(Environment):
    description = (
        "Shop prices maximising revenue from customers buying at the cheapest shop they visit"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "7 3 7"
    catalog_name = "MYJ"

    def schedule(self, difficulty):
        return {
            "shops": 6 + difficulty // 2,
            "customers": 10 + difficulty,
            "max_budget": 20 + 2 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        n, m, top = sizes["shops"], sizes["customers"], sizes["max_budget"]
        for _ in range(REDRAWS):
            customers = []
            for _ in range(m):
                a = rng.randint(1, n)
                b = min(n, a + rng.randint(0, max(1, n // 2)))
                customers.append([a, b, rng.randint(1, top)])
            best, _ = best_prices(n, customers)
            if best > best_single_price(customers):
                break
        else:
            customers = single_price_beaten(customers, top)
            best, _ = best_prices(n, customers)
        return {"shops": n, "customers": customers, "best_revenue": best}

    def solve(self, instance):
        return best_prices(instance["shops"], instance["customers"])[1]

    def render(self, instance):
        n, customers = instance["shops"], instance["customers"]
        rows = "\n".join(
            f"customer {i}: visits shops {a} to {b}, budget {c}"
            for i, (a, b, c) in enumerate(customers, start=1)
        )
        return (
            f"There are {n} shops in a row, numbered 1 to {n}, and {len(customers)} customers:\n"
            f"{rows}\n\n"
            "You set the price of the item sold in every shop (a positive integer). Each "
            "customer looks at all the shops in their range, finds the lowest price there, and "
            "buys one item at that price if it is at most their budget; otherwise they buy "
            "nothing. Choose the prices so that the total money paid by all customers is as "
            "large as possible.\n"
            f"Answer with {n} positive integers separated by spaces: the prices of shop 1, shop "
            "2, and so on. If several price lists reach the largest total, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["shops"] + 1, max_digits=PRICE_DIGITS)

    def check(self, instance, answer, reference):
        n = instance["shops"]
        if len(answer) != n:
            return Verdict.wrong(f"expected {n} prices, one per shop, got {len(answer)}")
        if any(price < 1 for price in answer):
            return Verdict.wrong("every price must be a positive integer")
        total = revenue(instance["customers"], answer)
        if total == instance["best_revenue"]:
            return Verdict.right()
        return Verdict.wrong(f"valid prices, but the total paid, {total}, is not the largest")

    def random_answer(self, problem, rng, other):
        budgets = [c for _, _, c in problem.instance["customers"]]
        return " ".join(str(rng.choice(budgets)) for _ in range(problem.instance["shops"]))

    def near_misses(self, problem):
        instance = problem.instance
        prices = [int(t) for t in problem.answer.split()]
        customers, best = instance["customers"], instance["best_revenue"]
        single = max(
            (c for _, _, c in customers), key=lambda c: revenue(customers, [c] * len(prices))
        )
        misses = [
            " ".join([str(single)] * len(prices)),  # the best single price: never optimal here
            " ".join(map(str, prices[:-1])),  # a shop without a price
            " ".join(map(str, [0, *prices[1:]])),  # price 0
        ]
        for i in range(len(prices)):  # one price one lower or higher, when that loses money
            for changed in (prices[i] - 1, prices[i] + 1):
                attempt = prices[:i] + [changed] + prices[i + 1 :]
                if changed >= 1 and revenue(customers, attempt) < best:
                    misses.append(" ".join(map(str, attempt)))
                    return misses
        return misses
