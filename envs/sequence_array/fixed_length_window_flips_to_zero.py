"""FixedLengthWindowFlipsToZero: clear a 0/1 array by flipping windows of one fixed length,
with as few flips as possible and then the shortest such length.

The solver sees a 0/1 array A of length N with at least one 1. It picks a window length K once,
then flips windows A[l..l+K-1] (every bit inside changes) until all of A is 0. The goal is the
fewest flips M, and among all ways with that fewest M, the smallest K. The answer lists the
flipped windows as "l r" pairs; since flipping a window twice undoes it, an optimal answer
flips each needed window once, and for a fixed K the set of windows is forced, so every correct
answer is the same set of windows in some order (all orders are accepted).

For one K, sweeping left to right decides every flip: the leftmost remaining 1 can only be
cleared by the window starting there (a difference array keeps the parity of flips covering
each cell), so trying every K costs O(N^2). Instances are made by flipping two or more random
windows (up to half of all windows of that length; flipping nearly all of them gives a few
recurring arrays) of a random planted length (2 .. N/2) in an all-zero array; instances where
single-cell flips (K = 1) are optimal are redrawn (the blind "flip every 1 on its own" answer
would be right), up to 30 times, then the array is replaced by a single run of at least two 1s,
which one window of exactly that length clears.

Difficulty schedule:

    d       0   1   2   3  ...  10  ...  20  ...  d
    N      14  15  16  17  ...  24  ...  34  ...  14 + d

Level 0 has 14 cells: planted windows of up to half the length on 10 cells gave too few
distinct arrays (91 of 200 seeds), and a fixed set of long windows was right on 11% of them.

Longer arrays allow more window lengths to compare and more flips to plan for each.
"""

from __future__ import annotations

from rlve_gym import Environment, Verdict
from rlve_gym.answers import ParseError, parse_int_list

#: draws before falling back to a single run of 1s
REDRAWS = 30


def greedy_flips(bits: list[int], width: int) -> list[int] | None:
    """0-based starts of the forced flips of length ``width``, or None if they cannot clear A."""
    n = len(bits)
    ends = [0] * (n + 1)  # ends[i]: flips whose window stops just before cell i
    parity, starts = 0, []
    for i in range(n):
        parity ^= ends[i]
        if bits[i] ^ parity:
            if i + width > n:
                return None
            starts.append(i)
            parity ^= 1
            ends[i + width] ^= 1
    return starts


def fewest_flips(bits: list[int]) -> tuple[int, int]:
    """(fewest flips, smallest window length reaching it); K = 1 always works."""
    best = (sum(bits), 1)
    for width in range(2, len(bits) + 1):
        starts = greedy_flips(bits, width)
        if starts is not None and len(starts) < best[0]:
            best = (len(starts), width)
    return best


class FixedLengthWindowFlipsToZero(Environment):
    description = "Windows of one length K that clear a 0/1 array: fewest flips, then smallest K"
    answer_kind = "construction_with_checker"
    multiple_valid_answers = True
    answer_example = "2 4\n5 7"
    catalog_name = "FaceRightWay"

    def schedule(self, difficulty):
        return {"length": 14 + difficulty}

    def generate_instance(self, rng, sizes):
        n = sizes["length"]
        for _ in range(REDRAWS):
            planted = rng.randint(2, max(2, n // 2))
            bits = [0] * n
            windows = n - planted + 1
            count = rng.randint(min(2, windows), max(2, windows // 2))
            for start in rng.sample(range(windows), min(count, windows)):
                for i in range(start, start + planted):
                    bits[i] ^= 1
            if any(bits):
                flips, width = fewest_flips(bits)
                if width > 1:
                    break
        else:
            run = rng.randint(2, n - 1)
            start = rng.randint(0, n - run)
            bits = [1 if start <= i < start + run else 0 for i in range(n)]
            flips, width = fewest_flips(bits)
        return {"bits": bits, "fewest_flips": flips, "width": width}

    def solve(self, instance):
        width = instance["width"]
        return [(s + 1, s + width) for s in greedy_flips(instance["bits"], width)]

    def format_answer(self, answer):
        return "\n".join(f"{left} {right}" for left, right in answer)

    def render(self, instance):
        bits = instance["bits"]
        n = len(bits)
        return (
            f"A 0/1 array A of length {n}, positions 1 to {n}: {' '.join(map(str, bits))}\n\n"
            "First choose a window length K (1 <= K <= N), fixed for the whole process. Then "
            "perform M flips: a flip chooses l with 1 <= l <= N - K + 1 and changes every "
            "A[i] with l <= i <= l + K - 1 (0 becomes 1, 1 becomes 0). After all flips every "
            "element of A must be 0.\n"
            "Make M as small as possible; among all ways that reach the smallest M, make K as "
            "small as possible.\n"
            "Answer with the M flips, one per line, each as two integers l and r = l + K - 1 "
            "separated by a space (all flips with the same length K), in any order. For example, "
            "for A = 0 1 1 1 1 1 1 0 0 one flip of length 6 suffices (1 1 1 1 1 1 at positions "
            "2 to 7), so the answer is the single line 2 7."
        )

    def parse(self, text, instance):
        n = len(instance["bits"])
        numbers = parse_int_list(text, max_items=2 * n + 2, max_digits=6)
        if len(numbers) % 2:
            raise ParseError("expected pairs 'l r': an odd number of integers was given")
        return [(numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2)]

    def check(self, instance, answer, reference):
        bits = instance["bits"]
        n = len(bits)
        if not answer:
            return Verdict.wrong("no flips given, but A contains a 1")
        width = answer[0][1] - answer[0][0] + 1
        for left, right in answer:
            if not 1 <= left <= right <= n:
                return Verdict.wrong(f"flip {left} {right} is not a window inside 1..{n}")
            if right - left + 1 != width:
                return Verdict.wrong("all flips must have the same length K")
        toggles = [0] * (n + 1)  # difference array of flip parities: O(N + M)
        for left, right in answer:
            toggles[left - 1] ^= 1
            toggles[right] ^= 1
        parity, cleared = 0, True
        for i in range(n):
            parity ^= toggles[i]
            cleared = cleared and bits[i] == parity
        if not cleared:
            return Verdict.wrong("after these flips A is not all 0")
        if len(answer) != instance["fewest_flips"]:
            return Verdict.wrong(
                f"A is cleared, but with more than the fewest flips ({len(answer)})"
            )
        if width != instance["width"]:
            return Verdict.wrong(
                f"the fewest flips are reached, but a shorter K than {width} exists"
            )
        return Verdict.right()

    def random_answer(self, problem, rng, other):
        n = len(problem.instance["bits"])
        width = rng.randint(1, n)
        starts = rng.sample(range(1, n - width + 2), rng.randint(1, n - width + 1))
        return "\n".join(f"{s} {s + width - 1}" for s in starts)

    def near_misses(self, problem):
        flips = [tuple(map(int, line.split())) for line in problem.answer.splitlines()]
        n = len(problem.instance["bits"])
        ones = [i + 1 for i, b in enumerate(problem.instance["bits"]) if b]
        misses = [
            "\n".join(f"{left} {right}" for left, right in flips[:-1]),  # one flip missing
            "\n".join(f"{left} {right}" for left, right in flips + flips[:1] * 2),  # extra pair
            "\n".join(f"{i} {i}" for i in ones),  # every 1 on its own: K = 1 is never best
            "\n".join(f"{left} {right + 1}" for left, right in flips),  # longer windows
            "\n".join(f"{left} {right}" for left, right in flips + [(n, n + 1)]),
        ]
        return [m for m in misses if m and m != problem.answer]
