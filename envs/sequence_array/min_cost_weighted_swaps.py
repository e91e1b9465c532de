"""MinCostWeightedSwaps: reorder weighted items into a target order by swaps of least total cost.

N items, numbered 1..N, have positive weights and stand in positions 1..N in a current order; a
target order is given. Swapping two items exchanges their positions and costs the sum of their
two weights. The solver lists swaps (pairs of item numbers) that turn the current order into the
target one with the smallest total cost. Any swap sequence reaching the target at the smallest
cost is correct (usually many: the order of swaps inside a cycle, which item to pair first, ...).
A sequence that reaches the target at a higher cost earns partial credit for the share of the gap
it closes between a naive sequence (fix positions 1, 2, ... in turn, each by swapping in the item
that belongs there) and the optimum; anything that does not reach the target earns nothing.

The optimum is known in closed form. Items that must move form cycles (item x stands where item
y belongs, y where z belongs, ..., back to x). A cycle of L items with weight sum S and lightest
weight c is fixed either by its lightest item swapping with each other member in turn, costing
S + (L - 2) c, or by first swapping in the globally lightest item g from outside and letting it do
that work, costing S + c + (L + 1) g; the optimum adds up the cheaper option of every cycle. The
reference builds exactly those swaps. O(N).

Weights are uniform in 1..max_weight, but one item is made very light (1..3) so that borrowing it
is often the cheaper way, and the target is a random order of the items.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    items        6   7   8   9  ...  16  ...  26  ...  6 + d
    max_weight  20  25  30  35  ...  70  ...  120 ...  20 + 5d

Level 0 already has 6 items, typically in 2-3 cycles; every level adds an item (more and longer
cycles, each a choice between the two options) and heavier weights to add up.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list
from rlve_gym.scoring import gap_closed_score
from rlve_gym.sequences import random_permutation


def target_cycles(current: list[int], target: list[int]) -> list[list[int]]:
    """Cycles (lists of item numbers, length >= 2) of the items that are not where they belong:
    each item is followed by the item that belongs where it stands now."""
    where = {item: p for p, item in enumerate(current)}
    seen, cycles = set(), []
    for start in current:
        cycle, item = [], start
        while item not in seen:
            seen.add(item)
            cycle.append(item)
            item = target[where[item]]
        if len(cycle) > 1:
            cycles.append(cycle)
    return cycles


class _Arrangement:
    """Positions of items under a running list of swaps."""

    def __init__(self, current: list[int]):
        self.at = list(current)
        self.where = {item: p for p, item in enumerate(current)}
        self.swaps: list[tuple[int, int]] = []

    def swap(self, x: int, y: int) -> None:
        px, py = self.where[x], self.where[y]
        self.at[px], self.at[py] = y, x
        self.where[x], self.where[y] = py, px
        self.swaps.append((x, y))

    def settle(self, mover: int, target: list[int]) -> None:
        """Swap ``mover`` with whichever item belongs where it stands, until it stands in its own
        place: every swap puts the other item where it belongs."""
        while target[self.where[mover]] != mover:
            self.swap(mover, target[self.where[mover]])


def cheapest_swaps(weights: list[int], current: list[int], target: list[int]):
    """(smallest total cost, swaps as (item, item) pairs reaching it); weights are 1-based by item."""
    weight = {i + 1: w for i, w in enumerate(weights)}
    lightest = min(weight, key=weight.get)
    g = weight[lightest]
    board, total = _Arrangement(current), 0
    cycles = sorted(target_cycles(current, target), key=lambda c: lightest not in c)
    for cycle in cycles:  # the cycle holding the globally lightest item, if any, goes first
        c = min(cycle, key=weight.get)
        s, length = sum(weight[i] for i in cycle), len(cycle)
        own, borrow = s + (length - 2) * weight[c], s + weight[c] + (length + 1) * g
        if own <= borrow:
            board.settle(c, target)
        else:  # the lightest item stands in for c, and c goes home by the last swap
            board.swap(lightest, c)
            board.settle(lightest, target)
        total += min(own, borrow)
    return total, board.swaps


def naive_cost(weights: list[int], current: list[int], target: list[int]) -> int:
    """Cost of fixing positions left to right, each by swapping in the item that belongs there."""
    board, cost = _Arrangement(current), 0
    for p, wanted in enumerate(target):
        if board.at[p] != wanted:
            cost += weights[board.at[p] - 1] + weights[wanted - 1]
            board.swap(board.at[p], wanted)
    return cost


class MinCostWeightedSwaps(Environment):
    description = "Swaps of weighted items reaching a target order with the smallest total cost"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 1"
    catalog_name = "SLOElephants"

    def schedule(self, difficulty):
        return {"items": 6 + difficulty, "max_weight": 20 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, top = sizes["items"], sizes["max_weight"]
        weights = [rng.randint(1, top) for _ in range(n)]
        weights[rng.randrange(n)] = rng.randint(1, 3)
        current = random_permutation(rng, n)
        target = random_permutation(rng, n)
        while target == current:
            rng.shuffle(target)
        best, _ = cheapest_swaps(weights, current, target)
        return {
            "weights": weights,
            "current": current,
            "target": target,
            "best_cost": best,
            "naive_cost": naive_cost(weights, current, target),
        }

    def solve(self, instance):
        _, swaps = cheapest_swaps(instance["weights"], instance["current"], instance["target"])
        return swaps

    def format_answer(self, answer):
        return "\n".join(f"{x} {y}" for x, y in answer)

    def render(self, instance):
        weights, n = instance["weights"], len(instance["weights"])
        listed = ", ".join(f"item {i}: {w}" for i, w in enumerate(weights, start=1))
        return (
            f"There are {n} items, numbered 1 to {n}, standing in a row of positions 1 to {n}. "
            f"Their weights are: {listed}.\n"
            f"Current order (the items at positions 1 to {n}): "
            f"{' '.join(map(str, instance['current']))}\n"
            f"Target order (the items at positions 1 to {n}): "
            f"{' '.join(map(str, instance['target']))}\n\n"
            "A swap of two different items x and y exchanges their positions and costs the weight "
            "of x plus the weight of y. Give a sequence of swaps that turns the current order into "
            "the target order with the smallest possible total cost.\n"
            "Answer with one swap per line, each written as the two item numbers separated by a "
            "space, in the order the swaps are made. For example, for weights item 1: 5, item 2: "
            "1, item 3: 7, current order 1 2 3 and target order 3 1 2, the answer\n"
            "2 1\n2 3\n"
            "gives 2 1 3 and then 3 1 2, for a cost of (1 + 5) + (1 + 7) = 14. If several sequences reach the smallest cost, any one "
            "of them is accepted."
        )

    def parse(self, text, instance):
        n = len(instance["weights"])
        numbers = parse_int_list(text, max_items=6 * n, max_digits=6)
        if len(numbers) % 2:
            raise ParseError("expected pairs of item numbers, got an odd count of numbers")
        return [numbers[i : i + 2] for i in range(0, len(numbers), 2)]

    def check(self, instance, answer, reference):
        weights, n = instance["weights"], len(instance["weights"])
        board, cost = _Arrangement(instance["current"]), 0
        for k, (x, y) in enumerate(answer, start=1):
            if not (1 <= x <= n and 1 <= y <= n):
                return Verdict.wrong(f"swap {k} names an item outside 1..{n}")
            if x == y:
                return Verdict.wrong(f"swap {k} swaps item {x} with itself")
            board.swap(x, y)
            cost += weights[x - 1] + weights[y - 1]
        if board.at != instance["target"]:
            return Verdict.wrong("after these swaps the items are not in the target order")
        best = instance["best_cost"]
        if cost == best:
            return Verdict.right()
        return Verdict.wrong(
            f"the swaps reach the target order, but their cost {cost} is not the smallest",
            score=gap_closed_score(cost, best, instance["naive_cost"]),
        )

    def near_misses(self, problem):
        swaps = [line.split() for line in problem.answer.splitlines()]
        flat = [t for pair in swaps for t in pair]
        n = len(problem.instance["weights"])
        return [
            "\n".join(" ".join(p) for p in swaps[:-1]),  # last swap missing: not the target
            "\n".join(" ".join(p) for p in swaps + [swaps[0], swaps[0]]),  # a swap done and undone
            " ".join(flat[:-1]),  # odd count of numbers
            "\n".join(" ".join(p) for p in swaps + [[str(n + 1), str(n + 1)]]),
        ]
