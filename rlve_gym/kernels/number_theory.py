"""Number-theory building blocks shared by the ``envs/number_theory`` environments.

Everything here is exact: Python integers for single values (any size), numpy int64 arrays for
tables (sieves up to a few million entries). Tables are built with vectorised numpy slicing, so
no Numba compilation is paid for them; the few real inner loops (Pollard rho) stay in Python
because they run on single 64-bit numbers for microseconds.

What a caller can rely on:

- ``is_prime`` is deterministic for every n < 3.3 * 10**24 (Miller-Rabin with the first 13 prime
  bases) and so exact for all 64-bit values;
- ``factorize`` returns the full prime factorisation (trial division, then Pollard rho);
- ``crt`` solves systems with non-coprime moduli and reports inconsistency with ``None``;
- table builders (``smallest_prime_factor_table``, ``phi_table``, ``mobius_table``,
  ``divisor_count_table``) index by n from 0 to the bound inclusive.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable, Sequence

import numpy as np

# ---------------------------------------------------------------------------------------------
# primes and factorisation

_MR_BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
_SMALL_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47)


def is_prime(n: int) -> bool:
    """Exact primality for n < 3.3e24 (deterministic Miller-Rabin); n <= 1 is not prime."""
    if n < 2:
        return False
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in _MR_BASES:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def _pollard_rho(n: int) -> int:
    """A non-trivial factor of the odd composite ``n`` (Brent's variant, fixed start values)."""
    for c in range(1, 200):
        y, r, q, g = 2, 1, 1, 1
        x = ys = 2
        while g == 1:
            x = y
            for _ in range(r):
                y = (y * y + c) % n
            k = 0
            while k < r and g == 1:
                ys = y
                for _ in range(min(128, r - k)):
                    y = (y * y + c) % n
                    q = q * abs(x - y) % n
                g = math.gcd(q, n)
                k += 128
            r *= 2
        if g == n:
            g = 1
            while g == 1:
                ys = (ys * ys + c) % n
                g = math.gcd(abs(x - ys), n)
        if g != n:
            return g
    raise ArithmeticError(f"Pollard rho found no factor of {n}")  # pragma: no cover


def factorize(n: int) -> dict[int, int]:
    """Prime factorisation of ``n >= 1`` as {prime: exponent} in increasing prime order."""
    if n < 1:
        raise ValueError(f"factorize needs n >= 1, got {n}")
    factors: dict[int, int] = {}
    for p in (2, 3, 5):
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
    p, step = 7, (4, 2, 4, 2, 4, 6, 2, 6)
    i = 0
    while p * p <= n and p < 10_000:
        while n % p == 0:
            factors[p] = factors.get(p, 0) + 1
            n //= p
        p += step[i]
        i = (i + 1) % 8
    stack = [n] if n > 1 else []
    while stack:
        m = stack.pop()
        if is_prime(m):
            factors[m] = factors.get(m, 0) + 1
        else:
            f = _pollard_rho(m)
            stack.extend((f, m // f))
    return dict(sorted(factors.items()))


def divisors(n: int) -> list[int]:
    """All positive divisors of ``n >= 1``, increasing."""
    result = [1]
    for p, e in factorize(n).items():
        result = [d * p**k for d in result for k in range(e + 1)]
    return sorted(result)


def divisor_count(n: int) -> int:
    """d(n): the number of positive divisors of ``n >= 1``."""
    return math.prod(e + 1 for e in factorize(n).values())


def euler_phi(n: int) -> int:
    """Euler's totient of ``n >= 1``."""
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def random_prime(rng: random.Random, low: int, high: int) -> int:
    """A prime in [low, high] (the interval must contain one): random start, then the next prime
    upward, wrapping to ``low``; bounded work, no rejection loop."""
    if high < 2 or high < low:
        raise ValueError(f"no prime in [{low}, {high}]")
    low = max(low, 2)
    start = rng.randint(low, high)
    for n in range(start, high + 1):
        if is_prime(n):
            return n
    for n in range(low, start):
        if is_prime(n):
            return n
    raise ValueError(f"no prime in [{low}, {high}]")


# ---------------------------------------------------------------------------------------------
# sieve tables (index 0..limit inclusive)


def smallest_prime_factor_table(limit: int) -> np.ndarray:
    """spf[n] = smallest prime factor of n for 2 <= n <= limit (spf[0] = 0, spf[1] = 1)."""
    spf = np.zeros(limit + 1, dtype=np.int64)
    if limit >= 1:
        spf[1] = 1
    for p in range(2, math.isqrt(limit) + 1):
        if spf[p] == 0:
            block = spf[p * p :: p]
            block[block == 0] = p
    rest = np.nonzero(spf == 0)[0]
    spf[rest[rest >= 2]] = rest[rest >= 2]
    return spf


def primes_up_to(limit: int) -> list[int]:
    """All primes <= limit, increasing."""
    if limit < 2:
        return []
    sieve = np.ones(limit + 1, dtype=bool)
    sieve[:2] = False
    for p in range(2, math.isqrt(limit) + 1):
        if sieve[p]:
            sieve[p * p :: p] = False
    return [int(p) for p in np.nonzero(sieve)[0]]


def _strip_small_primes(limit: int) -> tuple[list[int], np.ndarray]:
    """Primes <= sqrt(limit), and rest[n] = n with all those primes divided out.

    After stripping, rest[n] is 1 or the single prime factor of n above sqrt(limit); this lets
    the multiplicative tables below loop over O(sqrt(limit) / log) primes instead of all of them.
    """
    small = primes_up_to(math.isqrt(limit))
    rest = np.arange(limit + 1, dtype=np.int64)
    for p in small:
        power = p
        while power <= limit:
            rest[power::power] //= p
            power *= p
    return small, rest


def phi_table(limit: int) -> np.ndarray:
    """phi[n] = Euler's totient for 0 <= n <= limit (phi[0] = 0)."""
    phi = np.arange(limit + 1, dtype=np.int64)
    small, rest = _strip_small_primes(limit)
    for p in small:
        phi[p::p] -= phi[p::p] // p
    big = rest > 1
    phi[big] -= phi[big] // rest[big]
    return phi


def mobius_table(limit: int) -> np.ndarray:
    """mu[n] = Moebius function for 0 <= n <= limit (mu[0] = 0)."""
    mu = np.ones(limit + 1, dtype=np.int64)
    mu[0] = 0
    small, rest = _strip_small_primes(limit)
    for p in small:
        mu[p::p] *= -1
        mu[p * p :: p * p] = 0
    mu[rest > 1] *= -1
    return mu


def divisor_count_table(limit: int) -> np.ndarray:
    """d[n] = number of divisors of n for 0 <= n <= limit (d[0] = 0); O(limit log limit)."""
    counts = np.zeros(limit + 1, dtype=np.int64)
    for k in range(1, limit + 1):
        counts[k::k] += 1
    return counts


# ---------------------------------------------------------------------------------------------
# modular arithmetic


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """(g, x, y) with a*x + b*y = g = gcd(a, b) >= 0."""
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_x, x = x, old_x - q * x
        old_y, y = y, old_y - q * y
    if old_r < 0:
        old_r, old_x, old_y = -old_r, -old_x, -old_y
    return old_r, old_x, old_y


def mod_inverse(a: int, m: int) -> int:
    """The x in [0, m) with a*x = 1 (mod m); ValueError when gcd(a, m) != 1."""
    g, x, _ = extended_gcd(a % m, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def crt(residues: Sequence[int], moduli: Sequence[int]) -> tuple[int, int] | None:
    """Solve x = residues[i] (mod moduli[i]) for all i, moduli >= 1 and possibly not coprime.

    Returns (x, L) with L = lcm(moduli) and 0 <= x < L the smallest non-negative solution (every
    solution is x + k*L), or None when the congruences contradict each other.
    """
    x, modulus = 0, 1
    for r, m in zip(residues, moduli, strict=True):
        if m < 1:
            raise ValueError(f"moduli must be >= 1, got {m}")
        g, p, _ = extended_gcd(modulus, m)
        diff = r - x
        if diff % g:
            return None
        step = m // g
        # x + modulus * t = r (mod m)  <=>  (modulus/g) * t = diff/g (mod m/g)
        t = (diff // g) * p % step
        x += modulus * t
        modulus *= step
        x %= modulus
    return x, modulus


def lcm_all(values: Iterable[int]) -> int:
    """lcm of positive integers (1 for none)."""
    result = 1
    for v in values:
        result = result * v // math.gcd(result, v)
    return result


def multiplicative_order(a: int, m: int) -> int:
    """Smallest k >= 1 with a**k = 1 (mod m); requires gcd(a, m) = 1 and m >= 2."""
    if math.gcd(a, m) != 1:
        raise ValueError(f"{a} is not invertible modulo {m}")
    order = carmichael_lambda(m)
    for p in factorize(order) if order > 1 else {}:
        while order % p == 0 and pow(a, order // p, m) == 1:
            order //= p
    return order


def carmichael_lambda(m: int) -> int:
    """Carmichael's function: the exponent of the multiplicative group modulo ``m >= 1``."""
    result = 1
    for p, e in factorize(m).items() if m > 1 else ():
        if p == 2 and e >= 3:
            part = 2 ** (e - 2)
        else:
            part = (p - 1) * p ** (e - 1)
        result = result * part // math.gcd(result, part)
    return result


def matrix_power_mod(matrix: list[list[int]], exponent: int, modulus: int) -> list[list[int]]:
    """matrix**exponent modulo ``modulus`` (square matrix of Python ints, exponent >= 0)."""
    size = len(matrix)
    result = [[int(i == j) % modulus for j in range(size)] for i in range(size)]
    base = [[v % modulus for v in row] for row in matrix]
    while exponent > 0:
        if exponent & 1:
            result = _matmul_mod(result, base, modulus)
        base = _matmul_mod(base, base, modulus)
        exponent >>= 1
    return result


def _matmul_mod(a: list[list[int]], b: list[list[int]], modulus: int) -> list[list[int]]:
    cols = list(zip(*b, strict=True))
    return [
        [sum(x * y for x, y in zip(row, col, strict=True)) % modulus for col in cols] for row in a
    ]


# ---------------------------------------------------------------------------------------------
# sums over floor quotients (the "divisor block" technique)


def floor_quotient_blocks(*bounds: int) -> Iterable[tuple[int, int]]:
    """Maximal ranges [lo, hi] of i in 1..min(bounds) on which every floor(n / i) is constant.

    There are O(sum of sqrt(n)) ranges, which is what makes sums such as
    sum_i floor(n/i) * f(i) cost O(sqrt n) given prefix sums of f.
    """
    top = min(bounds) if bounds else 0
    lo = 1
    while lo <= top:
        hi = min(n // (n // lo) for n in bounds)
        yield lo, hi
        lo = hi + 1


def divisor_summatory(n: int) -> int:
    """D(n) = sum_{k=1..n} d(k) = number of pairs (a, b) with a*b <= n (0 for n <= 0)."""
    if n <= 0:
        return 0
    root = math.isqrt(n)
    return 2 * sum(n // k for k in range(1, root + 1)) - root * root


def sum_floor_products(
    n: int,
    m: int,
    prefix: Sequence[int] | np.ndarray,
    transform: Callable[[int], int] | None = None,
) -> int:
    """sum_{t=1..min(n,m)} g(floor(n/t)) * g(floor(m/t)) * f(t), given prefix[t] = f(1) + ... + f(t).

    g is ``transform`` (the identity by default; e.g. q -> q(q+1)/2 for sums of lcm). Exact
    (Python integers); ``prefix`` must cover index min(n, m) and have prefix[0] = 0.
    """
    g = transform or (lambda q: q)
    total = 0
    for lo, hi in floor_quotient_blocks(n, m):
        total += g(n // lo) * g(m // lo) * (int(prefix[hi]) - int(prefix[lo - 1]))
    return total


def divisor_summatory_vectorised(n: int) -> int:
    """The same value as ``divisor_summatory`` (sum_{k<=n} d(k)), with the O(sqrt n) loop in numpy.

    For callers that need hundreds of these sums per instance (a few microseconds each at
    n ~ 10**7 instead of a millisecond). Exact while n * sqrt(n) fits in int64 (n < 4 * 10**12).
    """
    if n <= 0:
        return 0
    root = math.isqrt(n)
    return 2 * int(np.sum(n // np.arange(1, root + 1, dtype=np.int64))) - root * root


def big_omega_table(limit: int) -> np.ndarray:
    """omega[n] = number of prime factors of n counted with multiplicity (Omega), 0 <= n <= limit.

    omega[0] = omega[1] = 0. Built from the smallest-prime-factor table in one pass upward:
    Omega(n) = Omega(n / spf(n)) + 1.
    """
    spf = smallest_prime_factor_table(limit)
    omega = np.zeros(limit + 1, dtype=np.int64)
    for n in range(2, limit + 1):
        omega[n] = omega[n // spf[n]] + 1
    return omega


# ---------------------------------------------------------------------------------------------
# decimal digits


def digit_sum_total(n: int) -> int:
    """sum_{x=0..n} (sum of the decimal digits of x), exact, in O(number of digits); 0 for n < 0.

    Digit by digit from the most significant: below a prefix, each lower position runs through
    0..9 equally often, so a full block of 10**k numbers contributes 45 * k * 10**(k-1).
    """
    if n < 0:
        return 0
    total = 0
    prefix_digit_sum = 0
    text = str(n)
    for position, char in enumerate(text):
        digit = int(char)
        lower = len(text) - position - 1
        block = 10**lower
        # numbers with this prefix, a smaller digit d here, anything below
        total += digit * prefix_digit_sum * block  # the prefix digits, repeated
        total += (digit * (digit - 1) // 2) * block  # the digit d itself
        total += digit * 45 * lower * block // 10 if lower else 0  # the free lower positions
        prefix_digit_sum += digit
    return total + prefix_digit_sum  # n itself
