"""SubsetWithExactSum: choose positions of an array whose values add up exactly to a target.

The solver sees N positive integers and a target T that is the sum of some planted selection of
them, and answers with the positions (1-based, distinct, any order) of a selection whose values sum
to exactly T. Any such selection is correct - there are usually several - and the checker only adds
up the named values, never compares with a reference. Scores are binary.

The planted selection has between a third and two thirds of the elements (at least four), so T is
far from every single value and from the total. Values are spread over a range several times N,
so a fixed or random set of positions reaches T on about one seed in a hundred or fewer. The
reference solver is a subset-sum dynamic programme over reachable sums (a Python big-integer
bitset per prefix), O(N * T / 64) word operations, then walks back through the prefixes.

Difficulty schedule:

    d            0   1   2   3  ...  10  ...  20  ...  d
    elements    10  11  12  13  ...  20  ...  30  ...  10 + d
    max_value   50  55  60  65  ...  100 ...  150 ...  50 + 5d

Level 0 has 10 elements with values up to 50: with fewer or smaller values, the number of
subsets hitting T is a large share of all subsets and guessing pays. More elements mean
exponentially more subsets to search by hand, larger values mean longer sums to track.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list
from rlve_gym.sequences import positions_problem, random_values

#: planted selections drawn before falling back to "every element but the smallest"
REDRAWS = 20
#: the prompt's example answer, kept from ever summing to the target
EXAMPLE = (1, 4, 5)


def reachable_prefix_sums(values: list[int], target: int) -> list[int]:
    """``masks[i]``: bit ``s`` set when some subset of ``values[:i]`` sums to ``s`` (s <= target)."""
    limit = (1 << (target + 1)) - 1
    masks = [1]
    for v in values:
        masks.append((masks[-1] | (masks[-1] << v)) & limit)
    return masks


def subset_with_sum(values: list[int], target: int) -> list[int] | None:
    """1-based positions of one subset of ``values`` summing to ``target``, or None."""
    masks = reachable_prefix_sums(values, target)
    if not masks[-1] >> target & 1:
        return None
    chosen, remaining = [], target
    for i in range(len(values), 0, -1):
        if masks[i - 1] >> remaining & 1:
            continue  # reachable without element i
        chosen.append(i)
        remaining -= values[i - 1]
    return sorted(chosen)


class SubsetWithExactSum(Environment):
    description = "Positions of array elements whose values add up exactly to a target (subset sum)"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = " ".join(map(str, EXAMPLE))
    catalog_name = "SubsetSum"

    def schedule(self, difficulty):
        return {"elements": 10 + difficulty, "max_value": 50 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["elements"]
        values = random_values(rng, n, 1, sizes["max_value"])
        example_sum = sum(values[i - 1] for i in EXAMPLE)
        for _ in range(REDRAWS):
            count = rng.randint(max(4, n // 3), (2 * n) // 3)
            target = sum(values[i] for i in rng.sample(range(n), count))
            if target != example_sum:
                break
        else:  # all but the smallest value: always more than the example's three values add up to
            target = sum(values) - min(values)
        return {"values": values, "target": target}

    def solve(self, instance):
        return subset_with_sum(instance["values"], instance["target"])

    def render(self, instance):
        values = instance["values"]
        listed = " ".join(f"A[{i}]={v}" for i, v in enumerate(values, start=1))
        return (
            f"Array A has {len(values)} positive integers (positions 1 to {len(values)}):\n"
            f"{listed}\n\n"
            f"Choose a set of distinct positions whose values add up to exactly {instance['target']}.\n"
            "Answer with the chosen positions separated by spaces, in any order (for example "
            "1 4 5 means A[1] + A[4] + A[5]). If several sets work, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=len(instance["values"]) + 1, max_digits=6)

    def check(self, instance, answer, reference):
        values = instance["values"]
        problem = positions_problem(answer, len(values))
        if problem:
            return Verdict.wrong(problem)
        total = sum(values[i - 1] for i in answer)
        if total == instance["target"]:
            return Verdict.right()
        return Verdict.wrong(f"the chosen values add up to {total}, not {instance['target']}")

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["values"])
        return " ".join(str(i) for i in range(1, n + 1) if rng.random() < 0.5)

    def near_misses(self, problem):
        n = len(problem.instance["values"])
        chosen = [int(t) for t in problem.answer.split()]
        left_out = [i for i in range(1, n + 1) if i not in chosen]
        misses = [
            " ".join(map(str, chosen[1:])),  # one value short (values are positive)
            " ".join(map(str, chosen + [chosen[0]])),  # a position twice
            " ".join(map(str, chosen + [n + 1])),  # no such position
            "0 " + " ".join(map(str, chosen)),
        ]
        if left_out:
            misses.append(" ".join(map(str, chosen + left_out[:1])))  # one value too many
        return misses
