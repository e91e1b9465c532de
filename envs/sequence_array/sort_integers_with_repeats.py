"""SortIntegersWithRepeats: list a multiset of signed integers, repeats included, in ascending order.

The solver sees N integers - negative, zero and positive, with several values occurring more
than once - and answers with all N of them in non-decreasing order, every value repeated as often
as it occurs. The sorted list is unique, so exactly one answer is correct; there is no partial
credit (a list that drops, adds or misorders anything is wrong). Unlike SortDistinctIntegers,
the task tests keeping multiplicities and ordering across the sign (-12 before -3 before 0).

Every list holds at least one negative and at least one positive value, at least two values that
repeat, and is never already sorted or sorted in reverse. Values are drawn from a pool of about
2N/3 distinct integers in [-V, V], so repeats are common (each value about 1.5 times on average).

Difficulty schedule (list length N, values in [-V, V]):

    d      0    1    2    3  ...  10  ...  20  ...  d
    N      8   10   12   14  ...  28  ...  48  ...  8 + 2d
    V     20   25   30   35  ...  70  ...  120 ...  20 + 5d

Level 0 already has 8 numbers with signs and repeats (a list of 3 is sorted at a glance); two
more numbers per level and a value range that widens with them keep the list a random-looking
mix of one-, two- and (from level 16) three-digit numbers.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict

from ._int_lists import parse_values, shuffled_or_other

#: draws before repairing a list by hand (each draw almost always qualifies)
REDRAWS = 20


def qualifies(values: list[int]) -> bool:
    """Signed, with repeats, and neither sorted nor reverse sorted."""
    repeats = len(values) - len(set(values))
    ordered = sorted(values)
    return (
        min(values) < 0 < max(values)
        and repeats >= 2
        and values != ordered
        and values != ordered[::-1]
    )


class SortIntegersWithRepeats(Environment):
    description = "A list of signed integers with repeated values, sorted in non-decreasing order"
    answer_kind = "int_list"
    answer_example = "-7 -7 0 3 3 12"
    catalog_name = "Sorting"

    def schedule(self, difficulty):
        return {"length": 8 + 2 * difficulty, "max_abs": 20 + 5 * difficulty}

    def generate_instance(self, rng, sizes):
        n, v = sizes["length"], sizes["max_abs"]
        pool_size = max(2, (2 * n) // 3)
        for _ in range(REDRAWS):
            pool = rng.sample(range(-v, v + 1), pool_size)
            values = [rng.choice(pool) for _ in range(n)]
            if qualifies(values):
                break
        else:  # surely qualifies: a negative, a positive, two repeated pairs, then shuffled
            values = [-v, v, 0, 0, 1, 1] + [rng.randint(-v, v) for _ in range(n - 6)]
            while not qualifies(values):
                rng.shuffle(values)
        return {"values": values}

    def solve(self, instance):
        return sorted(instance["values"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"Here are {len(values)} integers (some are negative, and some values occur more than "
            f"once):\n{' '.join(map(str, values))}\n\n"
            "Sort them in non-decreasing order (smallest first; negative numbers come before "
            "zero, and -12 is smaller than -3). Keep every occurrence: a value that appears k "
            "times in the list must appear exactly k times in your answer.\n"
            f"Answer with all {len(values)} sorted integers separated by spaces, for example "
            "-7 -7 0 3 3 12 for the list 3 -7 12 0 -7 3."
        )

    def parse(self, text, instance):
        return parse_values(text, len(instance["values"]))

    def check(self, instance, answer, reference):
        if answer == reference:
            return Verdict.right()
        if len(answer) != len(reference):
            return Verdict.wrong(
                f"the answer has {len(answer)} integers, but the list has {len(reference)}"
            )
        if sorted(answer) != reference:
            return Verdict.wrong("the answer is not the given integers with their multiplicities")
        return Verdict.wrong("the given integers, but not in non-decreasing order")

    def random_answer(self, problem, rng, other):
        return shuffled_or_other(rng, problem.instance["values"], other)
