"""Partition a multiset into groups of K numbers that all have the same sum.

The multiset holds G * K positive integers; split it into G groups of exactly K numbers each,
every group summing to T = (total) / G. The generator plants such a partition (each group is a
random composition of T into K positive parts) and shuffles the numbers; any partition meeting
the rules is accepted, and the checker verifies it against the multiset and the target sum.

Difficulty schedule (G groups; K is drawn from 2..5; T from max(K, G * K * K / 10) .. G * K * K,
so the numbers grow with the instance):

    d     0   1   2   3   5   10   20   30   ...
    G     3   4   5   6   8   13   23   33   ...  3 + d

G grows by one per level (up to 165 numbers at d = 30); level 0 has three groups, since with
two a fixed small partition was right on about 4.5% of the seeds. Deciding such a partition is NP-hard in
general; the planted one guarantees that an answer exists.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment, Problem, Verdict
from rlve_gym.answers import parse_int_grid


class EqualSumTuplePartition(Environment):
    description = "Split a multiset into groups of K numbers that all sum to the same target"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "3 5\n6 2"
    catalog_name = "KPartition"

    def schedule(self, difficulty):
        return {"groups": 3 + difficulty}

    def generate_instance(self, rng, sizes):
        groups, size = sizes["groups"], rng.randint(2, 5)
        count = groups * size
        target = rng.randint(max(size, count * size // 10), count * size)
        planted = []
        for _ in range(groups):
            cuts = sorted(rng.sample(range(1, target), size - 1))
            parts = [b - a for a, b in zip([0] + cuts, cuts + [target], strict=True)]
            rng.shuffle(parts)
            planted.append(parts)
        numbers = [x for group in planted for x in group]
        rng.shuffle(numbers)
        return {"numbers": numbers, "group_size": size, "target": target, "planted": planted}

    def solve(self, instance):
        return [list(group) for group in instance["planted"]]

    def format_answer(self, answer):
        return "\n".join(" ".join(map(str, group)) for group in answer)

    def render(self, instance):
        numbers, size, target = instance["numbers"], instance["group_size"], instance["target"]
        groups = len(numbers) // size
        return (
            f"Here is a multiset of {len(numbers)} positive integers:\n{' '.join(map(str, numbers))}\n\n"
            f"Split it into {groups} groups of exactly {size} numbers each so that every number is used "
            f"exactly once (a value that appears several times must be used that many times) and every "
            f"group sums to {target} (the total, {sum(numbers)}, divided by {groups}). Several splits "
            "may work; any one is accepted.\n"
            f"Answer with {groups} lines, one group per line, the {size} numbers of a group separated "
            f'by spaces (for example "3 5" on one line and "6 2" on the next for two groups of two '
            "summing to 8)."
        )

    def parse(self, text, instance):
        size = instance["group_size"]
        groups = len(instance["numbers"]) // size
        return parse_int_grid(
            text, rows=groups, cols=size, max_cells=len(instance["numbers"]) + size, max_digits=12
        )

    def check(self, instance, answer, reference):
        target = instance["target"]
        if Counter(x for group in answer for x in group) != Counter(instance["numbers"]):
            return Verdict.wrong("the groups do not use exactly the given numbers")
        for index, group in enumerate(answer, start=1):
            if sum(group) != target:
                return Verdict.wrong(f"group {index} sums to {sum(group)}, not {target}")
        return Verdict.right()

    def near_misses(self, problem: Problem) -> list[str]:
        planted = self.solve(problem.instance)
        misses = []
        # exchange two different numbers between the first two groups: both sums change
        for i, x in enumerate(planted[0]):
            j = next((j for j, y in enumerate(planted[1]) if y != x), None)
            if j is not None:
                swapped = [list(g) for g in planted]
                swapped[0][i], swapped[1][j] = swapped[1][j], swapped[0][i]
                misses.append(self.format_answer(swapped))
                break
        # one number changed: a value the multiset does not hold in that quantity
        shifted = [list(g) for g in planted]
        shifted[0][0] += 1
        misses.append(self.format_answer(shifted))
        misses.append(self.format_answer(planted[:-1]))
        return misses
