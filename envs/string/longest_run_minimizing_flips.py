"""LongestRunMinimizingFlips: flip at most K bits of a binary string so that its longest block of
equal bits is as short as possible.

A string S of N bits and a budget K are given. The solver writes a string of N bits that differs
from S in at most K positions and whose longest run (maximal block of equal consecutive bits)
is as short as possible. Every such string is accepted; a string within the budget whose
longest run is longer than the optimum earns nothing. K is at least 2, below what it costs to
bring every run down to 2 bits or to alternate (so the optimum is at least 3), and at least what
it takes to shorten the longest run of S, so S itself is never an answer. (With a budget of one
flip, or an optimum of 2, flipping random bits or a fixed well-mixed string was right on 5-11%
of the seeds.)

For a target L >= 2, a run of r equal bits needs exactly floor(r / (L + 1)) flips: with m flips
inside the run, the r - m unflipped bits form m + 1 blocks of at most L, and each block is
non-empty when r >= 2m + 1, which holds since m <= r / 3; flipped bits never touch a run end,
so they stay single and runs do not merge. L = 1 costs the distance to the nearer alternating
string. The reference takes the smallest L whose cost fits K (a linear scan over L) and builds
the string run by run.

Difficulty schedule (runs of S have random lengths 1..max_run; K uniform over the budgets
described above; S is redrawn when there is none):

    d          0   1   2   3  ...  10  ...  20  ...  d
    N         20  22  24  26  ...  40  ...  60  ...  20 + 2d
    max_run    6   6   6   7  ...   9  ...  12  ...  6 + d // 3

Longer strings have more runs whose costs must be balanced against the budget; longer runs give
more candidate targets. Level 0 has 20 bits: with 16, random flips within the budget were
right on 4-5% of the tries.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_word

#: draws before falling back to a string made of two long runs
DRAWS = 30
#: with a budget of one flip, flipping a random bit is right too often
MIN_BUDGET = 2


def runs(bits: str) -> list[int]:
    lengths, count = [], 0
    for i, ch in enumerate(bits):
        count = count + 1 if i and ch == bits[i - 1] else 1
        if i == len(bits) - 1 or bits[i + 1] != ch:
            lengths.append(count)
    return lengths


def alternating(n: int, first: str) -> str:
    other = "1" if first == "0" else "0"
    return "".join(first if i % 2 == 0 else other for i in range(n))


def flips_needed(bits: str, longest: int) -> int:
    """Fewest flips after which no run of ``bits`` is longer than ``longest`` (>= 1)."""
    if longest == 1:
        return min(
            sum(a != b for a, b in zip(bits, alternating(len(bits), first), strict=True))
            for first in "01"
        )
    return sum(r // (longest + 1) for r in runs(bits))


def shortest_longest_run(bits: str, budget: int) -> int:
    longest = 1
    while flips_needed(bits, longest) > budget:
        longest += 1
    return longest


def flipped_to(bits: str, longest: int) -> str:
    """A string with at most ``flips_needed(bits, longest)`` flips and no run above ``longest``."""
    if longest == 1:
        return min(
            (alternating(len(bits), first) for first in "01"),
            key=lambda alt: sum(a != b for a, b in zip(bits, alt, strict=True)),
        )
    pieces, start = [], 0
    for r in runs(bits):
        ch = bits[start]
        other = "1" if ch == "0" else "0"
        flips = r // (longest + 1)
        kept, blocks = r - flips, flips + 1
        sizes = [kept // blocks + (1 if b < kept % blocks else 0) for b in range(blocks)]
        pieces.append(other.join(ch * size for size in sizes))
        start += r
    return "".join(pieces)


def random_runs(rng, n: int, max_run: int) -> str:
    pieces, ch, total = [], rng.choice("01"), 0
    while total < n:
        size = min(rng.randint(1, max_run), n - total)
        pieces.append(ch * size)
        total += size
        ch = "1" if ch == "0" else "0"
    return "".join(pieces)


class LongestRunMinimizingFlips(Environment):
    description = (
        "Flip at most K bits of a binary string so that its longest run of equal bits is shortest"
    )
    answer_kind = "string"
    multiple_valid_answers = True
    answer_example = "0110"
    catalog_name = "ShortestUnicolorSubstring"

    def schedule(self, difficulty):
        return {"length": 20 + 2 * difficulty, "max_run": 6 + difficulty // 3}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(DRAWS):
            bits = random_runs(rng, n, sizes["max_run"])
            longest = max(runs(bits))
            low = max(MIN_BUDGET, flips_needed(bits, longest - 1)) if longest > 3 else 0
            high = min(flips_needed(bits, 1), flips_needed(bits, 2)) - 1
            if 1 <= low <= high:
                break
        else:  # two long runs: shortening them is cheap, runs of 2 are not
            half = n // 2
            bits = "0" * half + "1" * (n - half)
            low, high = MIN_BUDGET, min(flips_needed(bits, 1), flips_needed(bits, 2)) - 1
        budget = rng.randint(low, high)
        return {
            "bits": bits,
            "budget": budget,
            "best_longest": shortest_longest_run(bits, budget),
        }

    def solve(self, instance):
        return flipped_to(instance["bits"], instance["best_longest"])

    def render(self, instance):
        bits, k = instance["bits"], instance["budget"]
        return (
            f"S = {bits} (length {len(bits)}), K = {k}\n\n"
            "A run is a maximal block of equal consecutive bits; for example, 0011101 has the "
            "runs 00, 111, 0 and 1, and its longest run has length 3.\n"
            f"Flip at most {k} bits of S (a flip turns a 0 into 1 or a 1 into 0) so that the "
            "longest run of the resulting string is as short as possible.\n"
            f"Answer with the resulting string: {len(bits)} characters, each 0 or 1, without "
            "spaces. For example, from 0011101 with K = 1 the answer 0010101 is right (longest "
            "run 2, and no single flip reaches 1). If several strings are optimal, any one of "
            "them is accepted."
        )

    def parse(self, text, instance):
        word = parse_word(text, "01", max_len=2 * len(instance["bits"]) + 10)
        if not word:
            raise ParseError("empty answer; expected a string of 0 and 1")
        return word

    def check(self, instance, answer, reference):
        bits, budget = instance["bits"], instance["budget"]
        if len(answer) != len(bits):
            return Verdict.wrong(f"the answer has {len(answer)} bits, S has {len(bits)}")
        flips = sum(a != b for a, b in zip(answer, bits, strict=True))
        if flips > budget:
            return Verdict.wrong(f"the answer flips {flips} bits, more than K = {budget}")
        longest = max(runs(answer))
        if longest != instance["best_longest"]:
            return Verdict.wrong(
                f"within the budget, but its longest run ({longest}) is not the shortest possible"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        bits, budget = problem.instance["bits"], problem.instance["budget"]
        chosen = set(rng.sample(range(len(bits)), rng.randint(0, budget)))
        return "".join(
            ("1" if ch == "0" else "0") if i in chosen else ch for i, ch in enumerate(bits)
        )

    def near_misses(self, problem):
        instance, answer = problem.instance, problem.answer
        bits = instance["bits"]
        candidates = [bits, answer[:-1], answer + answer[-1]]
        unflipped = [i for i, (a, b) in enumerate(zip(answer, bits, strict=True)) if a == b]
        flipped = [i for i, (a, b) in enumerate(zip(answer, bits, strict=True)) if a != b]
        for i in unflipped[:1] + flipped[:1]:  # one flip more, or one flip undone
            candidates.append(answer[:i] + ("1" if answer[i] == "0" else "0") + answer[i + 1 :])
        return [c for c in candidates if not self.check(instance, c, None).correct]
