"""rlve_gym.kernels.number_theory against sympy (a trusted oracle) and direct definitions."""

from __future__ import annotations

import math
import random

import sympy
from sympy.ntheory.modular import solve_congruence

from rlve_gym.kernels import number_theory as nt


def test_primality_and_factorisation_match_sympy():
    rng = random.Random(1)
    numbers = list(range(1, 3000)) + [rng.randrange(1, 10**18) for _ in range(200)]
    numbers += [
        (2**61 - 1) * (2**31 - 1),
        999_999_000_001 * 1_000_000_007,
        2**64 - 59,
        3_215_031_751,
    ]
    for n in numbers:
        assert nt.factorize(n) == sympy.factorint(n), n
        assert nt.is_prime(n) == sympy.isprime(n), n
    assert not nt.is_prime(0) and not nt.is_prime(1) and not nt.is_prime(-7)


def test_divisor_functions_match_sympy():
    for n in range(1, 600):
        assert nt.divisors(n) == sympy.divisors(n)
        assert nt.divisor_count(n) == sympy.divisor_count(n)
        assert nt.euler_phi(n) == sympy.totient(n)


def test_tables_match_sympy_and_cover_their_bound():
    limit = 3000
    spf, phi = nt.smallest_prime_factor_table(limit), nt.phi_table(limit)
    mu, dc = nt.mobius_table(limit), nt.divisor_count_table(limit)
    assert len(spf) == len(phi) == len(mu) == len(dc) == limit + 1
    for n in range(2, limit + 1):
        assert spf[n] == min(sympy.factorint(n))
    for n in range(1, limit + 1):
        assert (
            phi[n] == sympy.totient(n)
            and mu[n] == sympy.mobius(n)
            and dc[n] == sympy.divisor_count(n)
        )
    assert nt.primes_up_to(1000) == list(sympy.primerange(2, 1001))
    assert nt.primes_up_to(1) == [] and nt.primes_up_to(2) == [2]


def test_crt_matches_sympy_including_non_coprime_and_inconsistent_systems():
    rng = random.Random(2)
    for _ in range(3000):
        k = rng.randint(1, 4)
        moduli = [rng.randint(1, 30) for _ in range(k)]
        residues = [rng.randint(0, 40) for _ in range(k)]
        expected = solve_congruence(*zip(residues, moduli, strict=True))
        got = nt.crt(residues, moduli)
        assert got == (None if expected is None else (expected[0], expected[1])), (residues, moduli)


def test_modular_helpers():
    for m in range(2, 200):
        assert nt.carmichael_lambda(m) == sympy.reduced_totient(m)
        for a in range(0, m):
            g, x, y = nt.extended_gcd(a, m)
            assert g == math.gcd(a, m) and a * x + m * y == g
            if g == 1:
                assert a * nt.mod_inverse(a, m) % m == 1
                assert nt.multiplicative_order(a, m) == sympy.n_order(a, m)
    assert nt.extended_gcd(-4, 6)[0] == 2


def test_floor_sums_and_matrix_power():
    for n in range(0, 300):
        assert nt.divisor_summatory(n) == sum(n // k for k in range(1, n + 1))
    for n, m in ((1, 1), (10, 7), (100, 37), (999, 1000)):
        blocks = list(nt.floor_quotient_blocks(n, m))
        assert [i for lo, hi in blocks for i in range(lo, hi + 1)] == list(range(1, min(n, m) + 1))
        assert all(n // lo == n // hi and m // lo == m // hi for lo, hi in blocks)
    fib = nt.matrix_power_mod([[1, 1], [1, 0]], 90, 10**30)
    assert fib[0][1] == sympy.fibonacci(90)
    assert nt.matrix_power_mod([[5]], 0, 7) == [[1]]


def test_random_prime_is_a_prime_in_range():
    rng = random.Random(3)
    for _ in range(200):
        low = rng.randint(2, 10**6)
        p = nt.random_prime(rng, low, low + 1000)
        assert low <= p <= low + 1000 and sympy.isprime(p)


def test_vectorised_divisor_summatory_matches_the_loop_version():
    for n in list(range(-3, 400)) + [10**6 + 7, 987_654_321, 10**12]:
        assert nt.divisor_summatory_vectorised(n) == nt.divisor_summatory(n)


def test_big_omega_table_counts_prime_factors_with_multiplicity():
    omega = nt.big_omega_table(2000)
    assert omega[0] == 0 and omega[1] == 0
    assert all(omega[n] == sympy.primeomega(n) for n in range(2, 2001))
    assert omega[1024] == 10 and omega[1997] == 1  # a prime power and a prime


def test_digit_sum_total_matches_adding_digit_sums():
    running = 0
    for n in range(0, 5000):
        running += sum(int(c) for c in str(n))
        assert nt.digit_sum_total(n) == running
    assert nt.digit_sum_total(-1) == 0
    assert (
        nt.digit_sum_total(10**18 - 1) == 45 * 18 * 10**17
    )  # every digit 10^17 times per position
    n = 123_456_789_012
    assert nt.digit_sum_total(n) - nt.digit_sum_total(n - 1) == sum(int(c) for c in str(n))
