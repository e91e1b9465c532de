"""MostFrequentValue: name a value that occurs most often in an array.

The solver sees N positive integers and answers with one value whose number of occurrences is
the largest. When several values share the largest count, any one of them is correct (the
checker compares the answer's count with the stored largest count, never with one gold value).
A value that does not occur, or occurs fewer times, is wrong; there is no partial credit.

The array uses only a few distinct values (the pool), each element drawn uniformly from the
pool, so every pool value occurs several times and the leading counts are close: the answer needs
an actual count, not a glance. Pool values are drawn from 1 .. max_value, a range far wider than
the pool, so a fixed guess is rarely even present, let alone most frequent.

Difficulty schedule:

    d            0    1    2    3  ...   10  ...   20  ...  d
    length      12   14   16   18  ...   32  ...   52  ...  12 + 2d
    pool         4    4    5    5  ...    9  ...   14  ...  4 + d // 2
    max_value   99  109  119  129  ...  199  ...  299  ...  99 + 10d

Longer arrays with more distinct values make the counts larger and closer together (more
candidates to keep track of at once); the value range only keeps blind guesses out.
"""

from __future__ import annotations

from collections import Counter

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int
from rlve_gym.sequences import distinct_values


class MostFrequentValue(Environment):
    description = "A value that occurs most often in an array (any one if several tie)"
    answer_kind = "single_int"
    multiple_valid_answers = True
    answer_example = "0"  # values are >= 1, so 0 never occurs
    catalog_name = "BucketSorting"

    def schedule(self, difficulty):
        return {
            "length": 12 + 2 * difficulty,
            "pool": 4 + difficulty // 2,
            "max_value": 99 + 10 * difficulty,
        }

    def generate_instance(self, rng, sizes):
        pool = distinct_values(rng, sizes["pool"], 1, sizes["max_value"])
        values = [rng.choice(pool) for _ in range(sizes["length"])]
        return {"values": values, "largest_count": max(Counter(values).values())}

    def solve(self, instance):
        counts = Counter(instance["values"])
        return min(v for v, c in counts.items() if c == instance["largest_count"])

    def render(self, instance):
        values = instance["values"]
        return (
            f"Here is an array of {len(values)} positive integers:\n"
            f"{' '.join(map(str, values))}\n\n"
            "Find a value that occurs in the array the largest number of times. If several values "
            "occur equally often and no value occurs more often, any one of them is accepted.\n"
            "Answer with that single value (not its count). For example, for the array 5 8 5 2 "
            "the answer is 5."
        )

    def parse(self, text, instance):
        return parse_int(text, max_digits=12)

    def check(self, instance, answer, reference):
        count = instance["values"].count(answer)
        if count == 0:
            return Verdict.wrong(f"{answer} does not occur in the array")
        if count == instance["largest_count"]:
            return Verdict.right()
        return Verdict.wrong(f"{answer} occurs {count} times; another value occurs more often")

    def near_misses(self, problem):
        values = problem.instance["values"]
        counts = Counter(values)
        best = problem.instance["largest_count"]
        misses = [str(max(values) + 1), str(min(values) - 1)]  # not in the array
        runners_up = [v for v, c in counts.items() if c < best]
        if runners_up:
            misses.append(str(max(runners_up, key=counts.__getitem__)))
        return misses
