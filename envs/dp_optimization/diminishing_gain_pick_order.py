"""DiminishingGainPickOrder: pick items one after another, each pick lowering every later gain.

Each of N items has a base value W[i] and a penalty R[i]. The solver picks a sequence of distinct
items; the item picked t-th gains W minus the penalties of the t - 1 items picked before it, and
the total gain of the sequence is the sum of these gains. The solver maximises the total gain
and answers with the picked items in picking order. Any sequence reaching the optimum is correct
(equal penalties can swap, and different sets can tie); the checker recomputes the gain and
compares it with the optimum stored at generation. Scores are binary.

For a fixed set, every pair of picks costs the penalty of the earlier one, so the best order
picks penalties from smallest to largest. The reference solver adds items in decreasing order of
penalty, each as the new first pick of j items (paying its penalty j - 1 times): a dynamic
programme over (items seen, items picked), O(N^2). Values reach N^2 / 2 and penalties N, so the
best sequence usually takes some items but not all. Instances on which the prompt's example
answer is optimal are redrawn (then every item is made worth taking).

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    items        8   9  10  11  ...  18  ...  28  ...  8 + d
    max_value   32  40  50  60  ... 162  ... 392  ...  items^2 // 2
    max_penalty  8   9  10  11  ...  18  ...  28  ...  items

Level 0 has 8 items: with fewer, a random set in a random order is optimal too often.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values

#: the prompt's example answer, and draws before falling back to an instance where it is wrong
EXAMPLE = [3, 1, 4]
REDRAWS = 10


def sequence_gain(values: list[int], penalties: list[int], picks: list[int]) -> int:
    """Total gain of picking the 1-based items ``picks`` in that order."""
    total = paid = 0
    for i in picks:
        total += values[i - 1] - paid
        paid += penalties[i - 1]
    return total


def best_pick_order(values: list[int], penalties: list[int]) -> tuple[int, list[int]]:
    """(largest total gain, 1-based items of one best sequence in picking order)."""
    n = len(values)
    order = sorted(range(n), key=lambda i: -penalties[i])  # later picks first
    unreachable = -(1 << 60)
    best = [[unreachable] * (n + 1) for _ in range(n + 1)]  # best[s][j]: first s of order, j picked
    best[0][0] = 0
    for s, i in enumerate(order, start=1):
        for j in range(s + 1):
            skip = best[s - 1][j]
            take = best[s - 1][j - 1] + values[i] - penalties[i] * (j - 1) if j else unreachable
            best[s][j] = max(skip, take)
    count = max(range(n + 1), key=best[n].__getitem__)
    picked = []
    for s in range(n, 0, -1):
        if count and best[s][count] != best[s - 1][count]:
            picked.append(order[s - 1] + 1)  # taken: it is picked before the later ones
            count -= 1
    return max(best[n]), picked


class DiminishingGainPickOrder(Environment):
    description = (
        "Items in picking order maximising total gain when each pick lowers every later gain"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = " ".join(map(str, EXAMPLE))
    catalog_name = "ValueDiminishingSelection"

    def schedule(self, difficulty):
        items = 8 + difficulty
        return {"items": items, "max_value": items * items // 2, "max_penalty": items}

    def generate_instance(self, rng, sizes):
        n = sizes["items"]
        for _ in range(REDRAWS):
            values = random_values(rng, n, 0, sizes["max_value"])
            penalties = random_values(rng, n, 1, sizes["max_penalty"])
            instance = {"values": values, "penalties": penalties}
            instance["best_gain"], _ = best_pick_order(values, penalties)
            if not self.check(instance, EXAMPLE, None).correct:
                return instance
        values = [n * n] * n  # every item then gains more than all penalties: all n are picked
        return {"values": values, "penalties": [1] * n, "best_gain": n * n * n - n * (n - 1) // 2}

    def solve(self, instance):
        return best_pick_order(instance["values"], instance["penalties"])[1]

    def render(self, instance):
        values, penalties = instance["values"], instance["penalties"]
        n = len(values)
        rows = "\n".join(
            f"item {i}: W={w}, R={r}"
            for i, (w, r) in enumerate(zip(values, penalties, strict=True), start=1)
        )
        return (
            f"There are {n} items, numbered 1 to {n}, each with a base value W and a penalty R:\n"
            f"{rows}\n\n"
            "Pick a sequence of distinct items, one after another (you may pick any number of "
            "items, including none). The item picked t-th gains its W minus the sum of the R of "
            "the t - 1 items picked before it (a gain may be negative). The total gain is the "
            "sum of the gains of all picked items; make it as large as possible.\n"
            "Answer with the picked items in the order they are picked, separated by spaces "
            "(for example 3 1 4 means item 3 first, then item 1, then item 4, whose gain is "
            "W[4] - R[3] - R[1]). If several sequences reach the largest total gain, any one of "
            "them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        problem = positions_problem(answer, len(instance["values"]))
        if problem:
            return Verdict.wrong(problem.replace("position", "item"))
        gain = sequence_gain(instance["values"], instance["penalties"], answer)
        if gain == instance["best_gain"]:
            return Verdict.right()
        return Verdict.wrong(f"valid sequence, but its total gain {gain} is not the largest")

    def random_answer(self, problem, rng, other):
        """A random set, picked in increasing order of penalty (the best order for that set)."""
        penalties = problem.instance["penalties"]
        chosen = [i for i in range(1, len(penalties) + 1) if rng.random() < 0.5]
        return " ".join(map(str, sorted(chosen, key=lambda i: penalties[i - 1])))

    def near_misses(self, problem):
        instance = problem.instance
        n = len(instance["values"])
        picks = [int(t) for t in problem.answer.split()]
        misses = [" ".join(map(str, picks + [n + 1])), "0"]
        if picks:
            misses.append(" ".join(map(str, picks + [picks[0]])))
        penalties = instance["penalties"]
        if len(picks) > 1 and penalties[picks[0] - 1] != penalties[picks[-1] - 1]:
            swapped = [picks[-1], *picks[1:-1], picks[0]]  # a larger penalty paid more often
            misses.append(" ".join(map(str, swapped)))
        return misses
