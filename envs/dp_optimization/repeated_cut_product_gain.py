"""RepeatedCutProductGain: cut a sequence K times, earning the product of the two new parts' sums.

The solver sees N positive integers in a row and a number K. Starting from the whole row as one
block, it makes K cuts one after another; each cut splits a current block into a left and a right
non-empty part and earns (sum of the left part) * (sum of the right part). The answer is the K cut
places in the order the cuts are made (cut place p separates the p-th and (p+1)-th element). Any
K distinct cut places can be made in any order, and every answer whose total gain equals the
optimum is correct; the optimum is stored at generation. Scores are binary.

Every pair of elements that ends in different blocks contributes the product of the two elements
exactly once, whatever the order of the cuts, so the total is (S^2 - sum of squared final block
sums) / 2 for the row total S. The reference solver therefore minimises the sum of squared block
sums over splits into K + 1 consecutive blocks, a DP over (blocks, prefix) vectorised with numpy,
O(K * N^2) elementary steps.

Difficulty schedule (K is drawn from [2, N/2]):

    d            0   1   2   3  ...  10  ...  20  ...  d
    elements    10  11  12  13  ...  20  ...  30  ...  10 + d
    max_value   20  22  24  26  ...  40  ...  60  ...  20 + 2d

Level 0 has 10 elements, so there are at least 36 sets of cut places (a random one is rarely
optimal); each level adds an element and widens the values.
"""

from __future__ import annotations

import numpy as np

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values


def total_gain(values: list[int], cuts: list[int]) -> int:
    """Total earned by the cuts at the 1-based places ``cuts`` (distinct), in any order."""
    bounds = [0, *sorted(cuts), len(values)]
    total = sum(values)
    squares = sum(sum(values[s:e]) ** 2 for s, e in zip(bounds, bounds[1:]))
    return (total * total - squares) // 2


def best_cut_places(values: list[int], cuts: int) -> tuple[int, list[int]]:
    """(largest total gain, sorted cut places reaching it) for ``cuts`` cuts."""
    n = len(values)
    prefix = np.concatenate(([0], np.cumsum(values, dtype=np.int64)))
    unreachable = np.iinfo(np.int64).max // 4
    # squares[i]: smallest sum of squared block sums of the first i elements in j + 1 blocks
    squares = np.full(n + 1, unreachable, dtype=np.int64)
    squares[1:] = prefix[1:] ** 2
    squares[0] = unreachable
    previous_end = np.zeros((cuts + 1, n + 1), dtype=np.int64)
    for j in range(1, cuts + 1):
        following = np.full(n + 1, unreachable, dtype=np.int64)
        for i in range(j + 1, n + 1):
            starts = np.arange(j, i)  # the last block is elements starts+1 .. i
            costs = squares[j:i] + (prefix[i] - prefix[starts]) ** 2
            best = int(np.argmin(costs))
            following[i] = costs[best]
            previous_end[j, i] = j + best
        squares = following
    places, i = [], n
    for j in range(cuts, 0, -1):
        i = int(previous_end[j, i])
        places.append(i)
    total = int(prefix[n])
    return (total * total - int(squares[n])) // 2, sorted(places)


class RepeatedCutProductGain(Environment):
    description = "Order of K cuts of a row that maximises the summed products of the parts' sums"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "4"
    catalog_name = "MaxDifferentGroupPairDivision"

    def schedule(self, difficulty):
        return {"elements": 10 + difficulty, "max_value": 20 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["elements"]
        values = random_values(rng, n, 1, sizes["max_value"])
        cuts = rng.randint(2, n // 2)
        best, _ = best_cut_places(values, cuts)
        return {"values": values, "cuts": cuts, "best_gain": best}

    def solve(self, instance):
        return best_cut_places(instance["values"], instance["cuts"])[1]

    def render(self, instance):
        values, k = instance["values"], instance["cuts"]
        n = len(values)
        return (
            f"A row of {n} positive integers: {' '.join(map(str, values))}\n\n"
            f"At first the whole row is one block. Make exactly {k} cuts, one after another. "
            f"Cut place p (1 <= p <= {n - 1}) is the gap between the p-th and the (p+1)-th "
            "number of the row; cutting there splits the block that contains both of those "
            "numbers into a left part and a right part, and earns (sum of the left part) * (sum "
            "of the right part) points. Each cut place can be used only once. Make the total "
            "of the points earned by all cuts as large as possible.\n"
            "For example, for the row 1 2 3, cutting at place 1 (blocks 1 | 2 3, earning 1 * 5 "
            "= 5) and then at place 2 (blocks 1 | 2 | 3, earning 2 * 3 = 6) earns 11 in total.\n"
            f"Answer with the {k} cut places in the order you make the cuts, separated by "
            "spaces. If several answers reach the largest total, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=instance["cuts"] + 1, max_digits=6)

    def check(self, instance, answer, reference):
        values, k = instance["values"], instance["cuts"]
        problem = positions_problem(answer, len(values) - 1, count=k)
        if problem:
            return Verdict.wrong(problem.replace("position", "cut place"))
        gain = total_gain(values, answer)
        if gain == instance["best_gain"]:
            return Verdict.right()
        return Verdict.wrong(f"valid cuts, but their total {gain} is not the largest possible")

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        places = rng.sample(range(1, len(instance["values"])), instance["cuts"])
        return " ".join(map(str, places))

    def near_misses(self, problem):
        instance = problem.instance
        values, n = instance["values"], len(instance["values"])
        places = [int(t) for t in problem.answer.split()]
        misses = [
            " ".join(map(str, places[:-1])),  # one cut too few
            " ".join(map(str, places[:-1] + [places[0]])),  # the same place twice
            " ".join(map(str, places[:-1] + [n])),  # no such cut place
        ]
        for index in range(len(places)):  # move one cut: a smaller total
            for place in range(1, n):
                if place in places:
                    continue
                moved = places[:index] + [place] + places[index + 1 :]
                if total_gain(values, moved) < instance["best_gain"]:
                    misses.append(" ".join(map(str, moved)))
                    return misses
        return misses
