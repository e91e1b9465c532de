"""CoprimeDisjointSubsetPairs: count ordered pairs (S, T) of disjoint subsets of a given set of
integers such that gcd(x, y) = 1 for every x in S and y in T (modulo a prime).

Heavy in general (it counts pairs of "independent" families in a hypergraph), so the reference
tracks only the primes that occur in some number below its largest prime factor, as a ternary
state per prime (unused, owned by S, owned by T): 3^k states for k tracked primes. A prime that
only ever occurs as the largest factor ("group prime") needs no state: all numbers containing it
go to the same side, handled by a two-branch DP per group (S side, T side, minus the empty case
counted twice). The generator keeps k <= 6 (729 states) by building every number from a pool of
at most 6 small primes times at most one larger prime, so the exact solver stays a few
milliseconds at every d while the set keeps growing.

Difficulty schedule (n numbers; small-prime pool; larger primes up to big_bound):

    d            0   1   2   3    5    10    20                 d
    n            4   6   8  10   14    24    44   4 + 2d
    small         3   3   3   4    4     6     6   min(6, 3 + d // 3)
    big_bound    31  55  95 151  311   991  3551   23 + 8 (d + 1)^2
"""

from __future__ import annotations

import numpy as np

from rlve_gym.modular import ModularCountEnvironment, modulus_sentence
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.number_theory import factorize, primes_up_to

SMALL_PRIMES = (2, 3, 5, 7, 11, 13)
_ATTEMPTS_PER_NUMBER = 20


def _group_numbers(numbers: list[int]) -> tuple[list[int], list[list[int]]]:
    """(tracked primes, groups of prime-index masks): one group per group prime, singletons else."""
    factors = {x: sorted(factorize(x)) for x in numbers}
    tracked = sorted({p for primes in factors.values() for p in primes[:-1]})
    index = {p: i for i, p in enumerate(tracked)}
    groups: dict[int, list[int]] = {}
    singletons = []
    for x in numbers:
        primes = factors[x]
        mask = sum(1 << index[p] for p in primes if p in index)
        largest = primes[-1]
        if largest in index:
            singletons.append([mask])
        else:
            groups.setdefault(largest, []).append(mask)
    return tracked, list(groups.values()) + singletons


def coprime_disjoint_pair_count(numbers: list[int], prime: int) -> int:
    """#{(S, T) : S, T disjoint subsets of numbers, gcd(x, y) = 1 for x in S, y in T} mod prime."""
    tracked, groups = _group_numbers(numbers)
    k = len(tracked)
    states = np.arange(3**k, dtype=np.int64)
    powers = 3 ** np.arange(k, dtype=np.int64)
    digits = (states[:, None] // powers[None, :]) % 3  # 0 unused, 1 owned by S, 2 owned by T
    moves: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}

    def place(counts: np.ndarray, mask: int, side: int) -> np.ndarray:
        """counts plus the states reached by adding a number with these primes to one side."""
        if (mask, side) not in moves:
            bits = np.array([mask >> i & 1 for i in range(k)], dtype=bool)
            allowed = ~np.any(digits[:, bits] == 3 - side, axis=1)
            target = states + ((side - digits) * bits * powers).sum(axis=1)
            moves[mask, side] = (np.nonzero(allowed)[0], target[allowed])
        sources, targets = moves[mask, side]
        # float64 sums are exact here: at most 2^k residues below 2^31 meet in one target
        moved = np.bincount(targets, weights=counts[sources], minlength=len(counts))
        return (counts + moved.astype(np.int64)) % prime

    counts = np.zeros(3**k, dtype=np.int64)
    counts[0] = 1
    for group in groups:
        with_s, with_t = counts, counts
        for mask in group:
            with_s = place(with_s, mask, 1)
            with_t = place(with_t, mask, 2)
        counts = (with_s + with_t - counts) % prime
    return int(counts.sum() % prime)


class CoprimeDisjointSubsetPairs(ModularCountEnvironment):
    description = "Number of ordered disjoint subset pairs (S, T) with every cross pair coprime, modulo a prime"
    answer_example = "305"
    catalog_name = "TwoSet_AllCoprime_Counting"

    def schedule(self, difficulty):
        return {
            "n": 4 + 2 * difficulty,
            "small": min(6, 3 + difficulty // 3),
            "big_bound": 23 + 8 * (difficulty + 1) ** 2,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        small = SMALL_PRIMES[: sizes["small"]]
        larger = [p for p in primes_up_to(sizes["big_bound"]) if p > SMALL_PRIMES[-1]]
        shared = rng.sample(larger, min(len(larger), max(2, n // 3)))
        numbers: set[int] = set()
        for _ in range(_ATTEMPTS_PER_NUMBER * n):
            if len(numbers) == n:
                break
            value = 1
            for p in rng.sample(small, rng.randint(1, 2)):
                value *= p ** rng.choice((1, 1, 2))
            if rng.random() < 0.5:
                value = (
                    value * shared[rng.randrange(len(shared))]
                    if rng.random() < 0.8
                    else rng.choice(shared)
                )
            numbers.add(value)
        spare = (p for p in primes_up_to(10 * n + 1000) if p > sizes["big_bound"])
        while len(numbers) < n:  # bounded: distinct primes above every drawn factor
            numbers.add(next(spare))
        values = sorted(numbers)
        rng.shuffle(values)
        return {"numbers": values, "modulus": choose_prime(rng)}

    def solve(self, instance):
        return coprime_disjoint_pair_count(instance["numbers"], instance["modulus"])

    def render(self, instance):
        numbers = instance["numbers"]
        return (
            f"You are given a set of {len(numbers)} distinct integers: {' '.join(map(str, numbers))}\n"
            "Count the ordered pairs (S, T) such that S and T are disjoint subsets of this set "
            "(either may be empty) and gcd(x, y) = 1 for every x in S and every y in T. Ordered "
            "means (S, T) and (T, S) count separately when S != T. For example the set {2, 4} "
            "gives 7 pairs: of the 9 ways to put each number in S, in T or in neither, only the 2 "
            "that put 2 and 4 on different sides fail.\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with that remainder only, e.g. 305."
        )
