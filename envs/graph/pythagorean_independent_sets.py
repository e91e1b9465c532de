"""PythagoreanIndependentSets: given N distinct positive integers, count the non-empty subsets in
which no two numbers a, b are coprime with a^2 + b^2 a perfect square (legs of a primitive
Pythagorean triple), modulo a prime.

Two numbers conflict exactly when they are the legs of a primitive triple; one leg of such a
triple is odd and the other even, so the conflict graph is bipartite, and each number belongs to
few triples, so it is sparse: mostly small trees with an occasional cycle. The reference solver
counts independent sets per connected component: a tree DP on trees, and on other components it
branches on a busiest vertex (drop it, or take it and drop its neighbours), memoised by vertex
set. The generator grows conflict structure: a random share (half to all) of the numbers is
built by either adding a number that conflicts with one already chosen (so components become
paths, stars and trees of varied shape) or starting a new component with both legs of a random
primitive triple (Euclid's formula); the rest are drawn at random. (Taking only disjoint leg
pairs made the count 3^p 2^(N-2p) - 1 for a fixed p: one answer on 99% of the d = 0 seeds.)

Difficulty schedule (N numbers drawn from 1..10N, N drawn uniformly from [L, U]):

    d       0    1    2    5   10   20        d
    L      12   14   16   22   32   52        12 + 2d
    U      24   28   32   44   64  104        2L

The count is a product of the components' independent-set counts and of 2 per number without
conflict, so with a fixed N it took only a handful of values: one answer was right on 12-36%
of the seeds of the first levels (N = 6 to 16). Drawing N from a wide range spreads it (no
answer on more than 2-3% of the seeds from d = 0). The count is asked modulo a prime (up to
2^N - 1 subsets); the prompt stays under 1,000 characters at d = 20.
"""

from __future__ import annotations

from math import gcd, isqrt

from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.kernels.graph_search import count_independent_sets
from rlve_gym.modular import ModularCountEnvironment, modulus_sentence

#: the numbers are drawn from 1..(this times N)
VALUE_RANGE_PER_NUMBER = 10


def primitive_leg_pairs(limit: int) -> list[tuple[int, int]]:
    """The leg pairs ``(a, b)`` of every primitive Pythagorean triple with both legs up to
    ``limit``, by Euclid's formula a = m^2 - k^2, b = 2mk (m > k, coprime, of opposite parity)."""
    pairs = []
    for m in range(2, isqrt(limit) + 2):
        for k in range(1, m):
            if (m - k) % 2 and gcd(m, k) == 1:
                a, b = m * m - k * k, 2 * m * k
                if a <= limit and b <= limit:
                    pairs.append((a, b))
    return pairs


def conflicts(values: list[int]) -> list[list[int]]:
    """Index pairs ``[i, j]`` whose values are coprime legs of a Pythagorean triple."""
    pairs = []
    for i, a in enumerate(values):
        for j in range(i + 1, len(values)):
            b = values[j]
            square = a * a + b * b
            if isqrt(square) ** 2 == square and gcd(a, b) == 1:
                pairs.append([i, j])
    return pairs


def _conflict_rich_values(rng, n: int, limit: int) -> list[int]:
    """``n`` distinct numbers in 1..limit, a random share of them grown into conflict components
    (each step joins a partner of a chosen number, or starts a new leg pair), the rest random."""
    pairs = primitive_leg_pairs(limit)
    partners: dict[int, list[int]] = {}
    for a, b in pairs:
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    target = rng.randint(n // 2, n)
    chosen: list[int] = []
    taken: set[int] = set()
    for _ in range(4 * n):  # bounded: each step adds at least one number or gives up
        if len(chosen) >= target:
            break
        frontier = sorted({w for v in chosen for w in partners.get(v, ()) if w not in taken})
        fresh = [p for p in pairs if p[0] not in taken and p[1] not in taken]
        if frontier and (rng.random() < 0.6 or not fresh or len(chosen) + 2 > target):
            grown = [rng.choice(frontier)]
        elif fresh and len(chosen) + 2 <= target:
            grown = list(rng.choice(fresh))
        else:
            break
        chosen += grown
        taken.update(grown)
    others = [v for v in range(1, limit + 1) if v not in taken]
    return sorted(chosen + rng.sample(others, n - len(chosen)))


class PythagoreanIndependentSets(ModularCountEnvironment):
    description = "Count subsets of numbers with no two coprime Pythagorean legs, modulo a prime"
    catalog_name = "PythagoreanGraph_IndependentSetCounting"

    def schedule(self, difficulty):
        low = 12 + 2 * difficulty
        return {"min_numbers": low, "max_numbers": 2 * low}

    def generate_instance(self, rng, sizes):
        n = rng.randint(sizes["min_numbers"], sizes["max_numbers"])
        values = _conflict_rich_values(rng, n, VALUE_RANGE_PER_NUMBER * n)
        rng.shuffle(values)
        return {"values": values, "modulus": choose_prime(rng)}

    def solve(self, instance):
        values, prime = instance["values"], instance["modulus"]
        return (count_independent_sets(len(values), conflicts(values), prime) - 1) % prime

    def render(self, instance):
        values = instance["values"]
        return (
            f"You are given {len(values)} distinct positive integers:\n\n"
            f"{' '.join(map(str, values))}\n\n"
            "Two of these numbers a and b conflict if gcd(a, b) = 1 and a*a + b*b is a perfect square "
            "(for example 3 and 4 conflict, since 9 + 16 = 25 = 5*5; 6 and 8 do not, since gcd(6, 8) "
            "= 2). How many non-empty subsets of the given numbers contain no two numbers that "
            "conflict?\n"
            f"{modulus_sentence(instance['modulus'])}\n"
            "Answer with a single integer."
        )
