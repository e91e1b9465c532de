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

    d            0    1    2    3    5    10    20                 d
    n           10   12   14   16   20    30    50   10 + 2d
    small         4    4    4    5    5     6     6   min(6, 4 + d // 3)
    big_bound   151  223  311  415  671  1591  4631   23 + 8 (d + 4)^2

Level 0 starts at ten numbers: with four numbers from three small primes a fixed count was the
answer on a quarter of the seeds.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numba import njit

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.number_theory import factorize, primes_up_to
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

SMALL_PRIMES = (2, 3, 5, 7, 11, 13)
_ATTEMPTS_PER_NUMBER = 20


@lru_cache(maxsize=64)
def _primes_between(low: int, high: int) -> tuple[int, ...]:
    """The primes p with low < p <= high."""
    return tuple(p for p in primes_up_to(high) if p > low)


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


@njit(cache=True)
def _ternary_dp(k: int, masks: np.ndarray, group_ends: np.ndarray, prime: int) -> int:
    """The DP over 3^k states (digit i of a state: prime i unused, owned by S or owned by T).

    masks[group_ends[g - 1]:group_ends[g]] are the prime masks of group g; a group's numbers all
    go to S or all to T (each number may also stay out), so the group adds the counts of both
    choices, minus the one where every number stays out (counted twice).
    """
    size = 3**k
    powers = np.empty(k, dtype=np.int64)
    for i in range(k):
        powers[i] = 3**i
    counts = np.zeros(size, dtype=np.int64)
    counts[0] = 1
    start = 0
    for end in group_ends:
        total = -counts % prime
        for side in (1, 2):
            current = counts.copy()
            for index in range(start, end):
                mask = masks[index]
                moved = current.copy()  # the number stays out, or joins this side:
                for state in range(size):
                    if current[state] == 0:
                        continue
                    target = state
                    allowed = True
                    for i in range(k):
                        if mask >> i & 1:
                            digit = state // powers[i] % 3
                            if digit == 3 - side:  # the other side owns this prime
                                allowed = False
                                break
                            target += (side - digit) * powers[i]
                    if allowed:
                        moved[target] = (moved[target] + current[state]) % prime
                current = moved
            total = (total + current) % prime
        counts = total
        start = end
    return int(counts.sum() % prime)


def coprime_disjoint_pair_count(numbers: list[int], prime: int) -> int:
    """#{(S, T) : S, T disjoint subsets of numbers, gcd(x, y) = 1 for x in S, y in T} mod prime."""
    tracked, groups = _group_numbers(numbers)
    masks = np.array([mask for group in groups for mask in group], dtype=np.int64)
    group_ends = np.cumsum([len(group) for group in groups]).astype(np.int64)
    return _ternary_dp(len(tracked), masks, group_ends, prime)


class CoprimeDisjointSubsetPairs(ModularCountEnvironment):
    description = "Number of ordered disjoint subset pairs (S, T) with every cross pair coprime, modulo a prime"
    answer_example = "305"
    catalog_name = "TwoSet_AllCoprime_Counting"

    def schedule(self, difficulty):
        return {
            "n": 10 + 2 * difficulty,
            "small": min(6, 4 + difficulty // 3),
            "big_bound": 23 + 8 * (difficulty + 4) ** 2,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["n"]
        small = SMALL_PRIMES[: sizes["small"]]
        larger = _primes_between(SMALL_PRIMES[-1], sizes["big_bound"])
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
        spare = iter(_primes_between(sizes["big_bound"], 10 * n + 1000))
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
