"""LongestLowSumSegmentWithZeroedBlock: zero out one short block of an array, then find the longest
segment whose sum is at most P; answer with both.

The solver sees N positive integers, a block length limit D and a threshold P. It first chooses
one block of between 1 and D consecutive positions and sets those entries to 0, then a segment
of consecutive positions whose sum (after the zeroing) is at most P, as long as possible. The
answer is the block and the segment, as four positions "a b c e" (block a..b, segment c..e).
Every answer whose block has at most D positions, whose segment sum is at most P and whose
segment length equals the optimum is correct - there are usually several (the block can often
slide, and several segments can reach the optimum); the checker recomputes the sum, so nothing
is compared with one gold answer. There is no partial credit.

The reference uses two pointers: with all entries positive, the best block inside a segment of
at least D positions is the heaviest window of exactly D positions in it, and a segment that
fits the threshold still fits when shortened, so the segment end advances while its start
follows, a monotone deque holding the heaviest window starts: O(N).

Instances are redrawn (a bounded number of times) until the optimum is longer than D and
shorter than N, so neither "zero a block and take just it" nor "take everything" is right; if
that fails, P = 0 leaves exactly the blocks themselves optimal (a valid, if plain, instance).

Difficulty schedule (array length N, entries in [1, V], D drawn from [2, 2 + N // 6]):

    d      0   1   2   3  ...  10  ...  20  ...  d
    N     12  14  16  18  ...  32  ...  52  ...  12 + 2d
    V     20  22  24  26  ...  40  ...  60  ...  20 + 2d

Level 0 has 12 entries, so the optimal segment is not found at a glance (with 10, one fixed
answer such as "2 3 1 5" was right on 4% of the instances); two more entries per
level add segments and block positions to weigh, and longer blocks are allowed as N grows.
"""

from __future__ import annotations

from collections import deque
from itertools import accumulate

from rlve_gym import Environment, Verdict
from rlve_gym.answers import parse_int_list

#: draws before falling back to P = 0
REDRAWS = 30


def best_segment(values: list[int], block: int, limit: int) -> tuple[int, int, int]:
    """(length, start, block start) of a longest segment whose sum, after zeroing the block of
    ``block`` positions chosen inside it (or the whole segment when it is shorter), is at most
    ``limit``; positions 0-based. Needs positive values."""
    n = len(values)
    prefix = [0, *accumulate(values)]
    window = [prefix[i + block] - prefix[i] for i in range(n - block + 1)]
    heaviest: deque[int] = deque()  # block starts in [start, end - block + 1], decreasing weight
    best = (0, 0, 0)
    start = 0
    for end in range(n):
        new = end - block + 1  # the block that ends at ``end`` becomes available
        if new >= 0:
            while heaviest and window[heaviest[-1]] <= window[new]:
                heaviest.pop()
            heaviest.append(new)
        while end - start + 1 > block:
            while heaviest[0] < start:
                heaviest.popleft()
            if prefix[end + 1] - prefix[start] - window[heaviest[0]] <= limit:
                break
            start += 1
        length = end - start + 1
        if length > best[0]:
            if length <= block:
                best = (length, start, start)
            else:
                best = (length, start, heaviest[0])
    return best


def segment_sum_after_zeroing(
    values: list[int], block: tuple[int, int], segment: tuple[int, int]
) -> int:
    """Sum of ``values`` over 1-based ``segment`` with the 1-based ``block`` set to 0."""
    (a, b), (c, e) = block, segment
    return sum(values[i - 1] for i in range(c, e + 1) if not a <= i <= b)


class LongestLowSumSegmentWithZeroedBlock(Environment):
    description = (
        "A block of at most D positions to zero and a longest segment with sum at most P after it"
    )
    answer_kind = "int_list"
    multiple_valid_answers = True
    answer_example = "1 2 3 4"
    catalog_name = "WIL"

    def schedule(self, difficulty):
        return {"length": 12 + 2 * difficulty, "max_value": 20 + 2 * difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            values = [rng.randint(1, sizes["max_value"]) for _ in range(n)]
            block = rng.randint(2, 2 + n // 6)
            limit = rng.randint(1, sum(values) // 2)
            length = best_segment(values, block, limit)[0]
            if block < length < n:
                break
        else:  # zeroing a block and taking just it is then the only way
            values = [rng.randint(1, sizes["max_value"]) for _ in range(n)]
            block, limit = rng.randint(2, 2 + n // 6), 0
            length = block
        return {"values": values, "block": block, "limit": limit, "best_length": length}

    def solve(self, instance):
        length, start, block_start = best_segment(
            instance["values"], instance["block"], instance["limit"]
        )
        block_length = min(instance["block"], length)
        return [block_start + 1, block_start + block_length, start + 1, start + length]

    def render(self, instance):
        values, d, p = instance["values"], instance["block"], instance["limit"]
        n = len(values)
        return (
            f"A = {' '.join(map(str, values))} (positions 1 to {n})\n"
            f"D = {d}, P = {p}.\n\n"
            "Do two things:\n"
            f"1. Choose a block of consecutive positions a..b with 1 <= a <= b <= {n} and at "
            f"most D = {d} positions (b - a + 1 <= {d}), and replace A[a], ..., A[b] by 0.\n"
            "2. Then choose a segment of consecutive positions c..e (1 <= c <= e <= "
            f"{n}) whose sum in the changed array is at most P = {p}.\n"
            "Make the segment as long as possible (the most positions e - c + 1). The block "
            "does not have to lie inside the segment, but it only helps where it does.\n"
            "Answer with the four numbers a b c e separated by spaces. For example, 1 2 3 4 "
            "would mean: set positions 1 and 2 to 0, and take the segment of positions 3 and 4. "
            "If several answers reach the longest segment, any one of them is accepted."
        )

    def parse(self, text, instance):
        return parse_int_list(text, length=4, max_digits=6)

    def check(self, instance, answer, reference):
        values, d = instance["values"], instance["block"]
        n = len(values)
        a, b, c, e = answer
        if not (1 <= a <= b <= n and 1 <= c <= e <= n):
            return Verdict.wrong(f"need 1 <= a <= b <= {n} and 1 <= c <= e <= {n}")
        if b - a + 1 > d:
            return Verdict.wrong(f"the block has {b - a + 1} positions, more than D = {d}")
        total = segment_sum_after_zeroing(values, (a, b), (c, e))
        if total > instance["limit"]:
            return Verdict.wrong(
                f"the segment's sum after zeroing is {total}, more than P = {instance['limit']}"
            )
        if e - c + 1 != instance["best_length"]:
            return Verdict.wrong(
                f"valid, but a segment of {e - c + 1} positions is not the longest"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        """A random block of 1..D positions and a random segment."""
        n, d = len(problem.instance["values"]), problem.instance["block"]
        size = rng.randint(1, d)
        a = rng.randint(1, n - size + 1)
        c, e = sorted(rng.randint(1, n) for _ in range(2))
        return f"{a} {a + size - 1} {c} {e}"

    def near_misses(self, problem):
        inst = problem.instance
        n, d = len(inst["values"]), inst["block"]
        a, b, c, e = (int(t) for t in problem.answer.split())
        longer = f"{a} {b} {c} {e + 1}" if e < n else f"{a} {b} {c - 1} {e}"
        misses = [
            longer,  # longer than the optimum, so over P
            f"{a} {b} {c + 1} {e}" if c < e else f"{a} {b} {c} {e} {e}",  # valid but shorter
            f"{a} {b} {c} {n + 1}",  # outside the array
            f"{a} {b} {e} {c}" if c < e else f"{b + 1} {a} {c} {e}",  # reversed range
        ]
        if a + d <= n:  # a block of D + 1 positions
            misses.append(f"{a} {a + d} {c} {e}")
        return misses
