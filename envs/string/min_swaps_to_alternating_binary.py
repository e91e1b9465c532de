"""MinSwapsToAlternatingBinary: turn a binary string into an alternating one with as few swaps as
possible, and list the swaps.

The solver sees a 0/1 string whose numbers of 0s and 1s differ by at most one, and answers with
a sequence of swaps (each exchanges the characters at two different positions) that, applied in
order, leaves a string with no two equal neighbours (0101... or 1010...), using the fewest swaps
possible. Every such shortest sequence is correct (there are usually many: any pairing of the
misplaced 0s with the misplaced 1s, in any order). There is no partial credit.

For a target pattern, the positions where the string differs from it hold as many misplaced 0s
as misplaced 1s, and one swap fixes at most one of each, so the minimum is half the number of
mismatches, minimised over the patterns the counts allow (both when the counts are equal): O(n).

Difficulty schedule (the number of 1s is the number of 0s minus one, equal, or plus one, at
random):

    d        0   1   2   3  ...  10  ...  20  ...  d
    zeros    6   7   8   9  ...  16  ...  26  ...  6 + d

Level 0 has about 12 characters and at least two swaps are always needed (strings that need
fewer, or for which the prompt's example answer works, are redrawn a bounded number of times,
then replaced by an alternating string with two pairs of characters exchanged), so neither an
empty answer nor a single guessed swap is ever right.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before building a string that needs at least MIN_SWAPS swaps
DRAWS = 20
MIN_SWAPS = 2
#: the prompt's example answer, never a right answer
EXAMPLE_SWAPS = [(1, 4), (2, 7)]


def target_patterns(bits: str) -> list[str]:
    """The alternating strings with the same numbers of 0s and 1s as ``bits``."""
    n, ones = len(bits), bits.count("1")
    patterns = []
    for first in "01":
        pattern = "".join(first if i % 2 == 0 else "10"[int(first)] for i in range(n))
        if pattern.count("1") == ones:
            patterns.append(pattern)
    return patterns


def min_swaps_and_plan(bits: str) -> tuple[int, list[tuple[int, int]]]:
    """(fewest swaps, one shortest plan as 1-based position pairs)."""
    best = None
    for pattern in target_patterns(bits):
        zeros_out = [i + 1 for i, (b, t) in enumerate(zip(bits, pattern, strict=True)) if b < t]
        ones_out = [i + 1 for i, (b, t) in enumerate(zip(bits, pattern, strict=True)) if b > t]
        plan = list(zip(zeros_out, ones_out, strict=True))
        if best is None or len(plan) < len(best):
            best = plan
    if best is None:
        raise ValueError("the numbers of 0s and 1s differ by more than one")
    return len(best), best


def apply_swaps(bits: str, swaps: list[tuple[int, int]]) -> str:
    chars = list(bits)
    for i, j in swaps:
        chars[i - 1], chars[j - 1] = chars[j - 1], chars[i - 1]
    return "".join(chars)


def is_alternating(bits: str) -> bool:
    return all(a != b for a, b in zip(bits, bits[1:]))


class MinSwapsToAlternatingBinary(Environment):
    description = (
        "A shortest list of position swaps turning a binary string into an alternating one"
    )
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "1 4 2 7"
    catalog_name = "BinaryAlternation"

    def schedule(self, difficulty):
        return {"zeros": 6 + difficulty}

    def generate_instance(self, rng, sizes):
        zeros = sizes["zeros"]
        ones = zeros + rng.choice((-1, 0, 1))
        for _ in range(DRAWS):
            chars = ["0"] * zeros + ["1"] * ones
            rng.shuffle(chars)
            bits = "".join(chars)
            swaps, _ = min_swaps_and_plan(bits)
            example = apply_swaps(bits, EXAMPLE_SWAPS)
            if swaps >= MIN_SWAPS and not (swaps == 2 and is_alternating(example)):
                break
        else:  # start alternating and exchange two pairs of opposite characters
            bits = target_patterns("0" * zeros + "1" * ones)[0]
            chars = list(bits)
            for i, j in ((0, 5), (2, 9)):  # odd distances: opposite characters (n >= 11)
                chars[i], chars[j] = chars[j], chars[i]
            bits = "".join(chars)
            swaps, _ = min_swaps_and_plan(bits)
        return {"bits": bits, "min_swaps": swaps}

    def solve(self, instance):
        return [p for pair in min_swaps_and_plan(instance["bits"])[1] for p in pair]

    def render(self, instance):
        bits = instance["bits"]
        n = len(bits)
        return (
            f"Consider the binary string S = {bits} with positions 1 to {n}.\n"
            "A swap exchanges the characters at two different positions. Apply a sequence of swaps "
            "to S, one after another, so that the final string is alternating (no two neighbouring "
            "characters are equal, like 0101... or 1010...), using as few swaps as possible.\n"
            "Answer with the swaps in the order they are applied, each as its two positions, all "
            "numbers separated by spaces: for example 1 4 2 7 means first swap positions 1 and 4, "
            "then positions 2 and 7. If several shortest sequences exist, any one of them is "
            "accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, max_items=2 * len(instance["bits"]) + 2, max_digits=6)

    def check(self, instance, answer, reference):
        bits = instance["bits"]
        n = len(bits)
        if len(answer) % 2:
            return Verdict.wrong("the answer must list pairs of positions (an even count)")
        swaps = list(zip(answer[::2], answer[1::2], strict=True))
        for i, j in swaps:
            if not (1 <= i <= n and 1 <= j <= n):
                return Verdict.wrong(f"positions must be between 1 and {n}")
            if i == j:
                return Verdict.wrong("a swap must exchange two different positions")
        if not is_alternating(apply_swaps(bits, swaps)):
            return Verdict.wrong("after these swaps the string is not alternating")
        if len(swaps) == instance["min_swaps"]:
            return Verdict.right()
        return Verdict.wrong(
            f"the string becomes alternating, but {len(swaps)} swaps is not the fewest"
        )

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["bits"])
        swaps = [rng.sample(range(1, n + 1), 2) for _ in range(problem.instance["min_swaps"])]
        return " ".join(str(p) for pair in swaps for p in pair)

    def near_misses(self, problem):
        n = len(problem.instance["bits"])
        positions = problem.answer.split()
        last = positions[-2:]
        return [
            " ".join(positions[:-2]),  # one swap short
            " ".join(positions + last),  # the last swap undone
            " ".join(positions + ["1", "2", "1", "2"]),  # alternating, two swaps too many
            " ".join(positions[:-1] + [str(n + 1)]),  # outside the string
            " ".join(positions[:-1]),  # odd count
        ]
