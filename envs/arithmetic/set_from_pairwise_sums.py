"""SetFromPairwiseSums: recover N distinct positive integers from the multiset of their pairwise sums.

The prompt lists the N(N-1)/2 sums a_i + a_j (i < j) of a hidden set of N distinct positive
integers, in increasing order. The solver answers with N distinct positive integers, in any
order, whose pairwise sums form exactly that multiset. Several different sets can share their
pairwise sums ({1, 4, 5, 6} and {2, 3, 4, 7} both give 5 6 7 9 10 11), so the checker recomputes
the sums of the answer and compares multisets; it never compares with the hidden set.

Reference solver: with a_1 < a_2 < ... the two smallest sums are a_1 + a_2 and a_1 + a_3, and
a_2 + a_3 is one of the next N - 2 sums; each choice fixes a_1, a_2, a_3, after which the
smallest sum not yet explained is always a_1 + (the next element), so the rest is peeled off
greedily, removing each new element's sums with the known ones. The first choice that explains
every sum is returned. A candidate costs at most O(N^3) (N peeling steps, each scanning the
remaining distinct sums), and wrong candidates almost always fail within the first steps.

Difficulty schedule (the hidden set is drawn from 1..max_value):

    d            0   1   2   3  ...  10  ...  20  ...  d
    N            4   5   6   7  ...  14  ...  24  ...  4 + d
    max_value   30  40  50  60  ... 130  ... 230  ...  30 + 10d

One more element per level (N - 1 more sums to explain) and larger values. Level 0 has four
numbers (six sums): with three the answer is a direct linear solve.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list


def pairwise_sums(values: list[int]) -> list[int]:
    return sorted(
        values[i] + values[j] for i in range(len(values)) for j in range(i + 1, len(values))
    )


def recover_set(sums: list[int], count: int) -> list[int] | None:
    """Some set of ``count`` distinct positive integers with these pairwise sums, or None."""
    sums = sorted(sums)
    for c in range(2, min(len(sums), count)):  # a_2 + a_3 is among sums[2 .. count - 1]
        twice_first = sums[0] + sums[1] - sums[c]
        if twice_first <= 0 or twice_first % 2:
            continue
        first = twice_first // 2
        values = [first, sums[0] - first, sums[1] - first]
        if not values[0] < values[1] < values[2]:
            continue
        remaining = Counter(sums)
        remaining -= Counter(pairwise_sums(values))
        if sum(remaining.values()) != len(sums) - 3:
            continue
        ok = True
        while len(values) < count:
            smallest = min(remaining)
            new = smallest - first
            if new <= values[-1]:
                ok = False
                break
            for v in values:
                if remaining[v + new] == 0:
                    ok = False
                    break
                remaining[v + new] -= 1
                if remaining[v + new] == 0:
                    del remaining[v + new]
            if not ok:
                break
            values.append(new)
        if ok and not remaining:
            return values
    return None


class SetFromPairwiseSums(Environment):
    description = "N distinct positive integers whose pairwise sums form a given multiset"
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "2 9 4"
    catalog_name = "SquSquarks"

    def schedule(self, difficulty):
        return {"count": 4 + difficulty, "max_value": 30 + 10 * difficulty}

    def generate_instance(self, rng, sizes):
        hidden = rng.sample(range(1, sizes["max_value"] + 1), sizes["count"])
        return {"count": sizes["count"], "sums": pairwise_sums(hidden)}

    def solve(self, instance):
        values = recover_set(instance["sums"], instance["count"])
        if values is None:  # cannot happen: the sums come from a real set
            raise ValueError("no set has these pairwise sums")
        return values

    def render(self, instance):
        n = instance["count"]
        return (
            f"A set of {n} distinct positive integers is hidden. Below are all "
            f"{len(instance['sums'])} sums of two different members of the set (one sum for each "
            "pair of members), in increasing order; equal sums are listed as often as they "
            f"occur:\n{' '.join(map(str, instance['sums']))}\n\n"
            f"Find {n} distinct positive integers whose pairwise sums are exactly these numbers "
            "(the same multiset). Answer with the integers separated by spaces, in any order; "
            "if several sets fit, any one of them is accepted. For example, the pairwise sums "
            "of 2 9 4 are 6 11 13."
        )

    def parse(self, text, instance):
        digits = len(str(instance["sums"][-1])) + 1
        return parse_int_list(text, length=instance["count"], max_digits=digits)

    def check(self, instance, answer, reference):
        if any(v < 1 for v in answer):
            return Verdict.wrong("every number must be a positive integer")
        if len(set(answer)) != len(answer):
            return Verdict.wrong("the numbers must be distinct")
        sums = pairwise_sums(answer)
        if sums != instance["sums"]:
            missing = sum((Counter(instance["sums"]) - Counter(sums)).values())
            return Verdict.wrong(f"{missing} of the given sums are not pairwise sums of the answer")
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        instance = problem.instance
        top = max(instance["count"], instance["sums"][-1] - 1)
        return " ".join(map(str, rng.sample(range(1, top + 1), instance["count"])))

    def near_misses(self, problem):
        values = [int(t) for t in problem.answer.split()]
        ordered = sorted(values)
        bumped = ordered[:-1] + [ordered[-1] + 1]  # largest element raised: its sums all move
        doubled = ordered[:-1] + [ordered[0]]  # a repeated element
        shifted = [v + 1 for v in ordered]  # every sum grows by 2
        lowered = [ordered[0] - 1] + ordered[1:]
        misses = [bumped, doubled, shifted, lowered]
        return [" ".join(map(str, m)) for m in misses]
