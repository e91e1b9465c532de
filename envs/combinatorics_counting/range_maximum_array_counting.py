"""Arrays with prescribed range maxima: count H[1..N] with values in [1, A] such that
max(H[l..r]) = m for every given constraint (l, r, m), modulo a prime.

The constraint ends cut 1..N into segments. Every position gets an upper bound: the smallest m
among the constraints covering it (A if none). A constraint with value m is met exactly when
some position of its range whose upper bound is m takes the value m (positions with a smaller
bound cannot). Positions are independent across different bounds, so the count is a product
over the values v: a left-to-right DP over the segments whose bound is v, whose state is the last
segment holding a v (a segment of length len holds one in v^len - (v-1)^len ways, none in
(v-1)^len ways); when a constraint with value v ends, states whose last v lies before its start
are dropped. Uncovered positions contribute A each.

The instances come from a hidden piecewise-constant array, so the count is at least 1.

Difficulty schedule (M constraints with random ranges; A is drawn from 2 .. A_max):

    d       0   1   2    3    5    10     20     30   ...  d
    M       4   5   6    7    9    14     24     34   ...  4 + d
    N      14  33  70  131  349  1734  10654  32774   ...  6 + (d + 2)^3
    A_max  44  94 164  254  494  1444   4844  10244   ...  4 + 10 (d + 2)^2

Only the M constraints shape the DP (O(M^2) segments per value), so N and A can grow fast.
Level 0 starts at the old level 2: with two constraints, N <= 6 and A <= 4 the count was a
small number, and the constant 4 was right on 6.5% of one range of 200 seeds; from N = 14 and
A = 44 on the counts (modulo a prime) hardly repeat.
"""

from __future__ import annotations

from bisect import bisect_left

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence


def count_range_maximum_arrays(
    length: int, top: int, constraints: list[list[int]], modulus: int
) -> int:
    cuts = sorted({1, length + 1} | {c[0] for c in constraints} | {c[1] + 1 for c in constraints})
    segments = len(cuts) - 1
    bound = [top] * segments
    spans = []
    for low, high, value in constraints:
        first, last = bisect_left(cuts, low), bisect_left(cuts, high + 1) - 1
        spans.append((first, last, value))
        for s in range(first, last + 1):
            bound[s] = min(bound[s], value)
    result = 1
    covered = [False] * segments
    for first, last, _ in spans:
        for s in range(first, last + 1):
            covered[s] = True
    for s in range(segments):
        if not covered[s]:
            result = result * pow(top, cuts[s + 1] - cuts[s], modulus) % modulus
    for value in sorted({v for _, _, v in spans}):
        own = [s for s in range(segments) if covered[s] and bound[s] == value]
        position = {s: i for i, s in enumerate(own)}
        ending_at: dict[
            int, int
        ] = {}  # own index where a constraint ends -> the latest start it needs
        for first, last, v in spans:
            if v != value:
                continue
            inside = [position[s] for s in range(first, last + 1) if s in position]
            if not inside:
                return 0
            ending_at[inside[-1]] = max(ending_at.get(inside[-1], -1), inside[0])
        ways = [1] + [0] * len(own)  # ways[k]: the last v lies in own segment k - 1 (0: none yet)
        for k, s in enumerate(own):
            size = cuts[s + 1] - cuts[s]
            without = pow(value - 1, size, modulus)
            with_value = (pow(value, size, modulus) - without) % modulus
            ways[k + 1] = sum(ways[: k + 1]) * with_value % modulus
            for j in range(k + 1):
                ways[j] = ways[j] * without % modulus
            if k in ending_at:
                for j in range(
                    ending_at[k] + 1
                ):  # last v before the constraint's first own segment
                    ways[j] = 0
        result = result * (sum(ways) % modulus) % modulus
    return result


class RangeMaximumArrayCounting(ModularCountEnvironment):
    description = "Number of arrays with values in [1, A] whose maxima over given ranges are prescribed, modulo a prime"
    catalog_name = "SingingGirlStory"

    def schedule(self, difficulty):
        shifted = difficulty + 2
        return {
            "constraints": 2 + shifted,
            "max_length": 6 + shifted**3,
            "max_value": 4 + 10 * shifted**2,
        }

    def generate_instance(self, rng, sizes):
        length = rng.randint(max(3, sizes["max_length"] // 2), sizes["max_length"])
        top = rng.randint(2, sizes["max_value"])
        starts = sorted({1} | {rng.randint(1, length) for _ in range(2 * sizes["constraints"])})
        pieces = [
            (s, rng.randint(1, top)) for s in starts
        ]  # hidden array: value from each start on

        def hidden_max(low: int, high: int) -> int:
            return max(
                v
                for i, (s, v) in enumerate(pieces)
                if s <= high and (i + 1 == len(pieces) or pieces[i + 1][0] > low)
            )

        constraints = []
        for _ in range(sizes["constraints"]):
            a, b = rng.randint(1, length), rng.randint(1, length)
            low, high = min(a, b), max(a, b)
            constraints.append([low, high, hidden_max(low, high)])
        return {
            "length": length,
            "max_value": top,
            "constraints": constraints,
            "modulus": choose_prime(rng),
        }

    def solve(self, instance):
        return count_range_maximum_arrays(
            instance["length"], instance["max_value"], instance["constraints"], instance["modulus"]
        )

    def render(self, instance):
        n, a = instance["length"], instance["max_value"]
        lines = "\n".join(f"max(H[{lo}..{hi}]) = {m}" for lo, hi, m in instance["constraints"])
        return (
            f"Count the arrays H[1], H[2], ..., H[N] with N = {n} whose entries are integers from 1 to "
            f"A = {a}, such that all of the following hold, where max(H[l..r]) is the largest of "
            "H[l], H[l+1], ..., H[r]:\n"
            f"{lines}\n"
            "For example, for N = 3, A = 2 and the single condition max(H[1..2]) = 2 there are 6 "
            "arrays: H[1..2] is one of 12, 21, 22 and H[3] is 1 or 2.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
