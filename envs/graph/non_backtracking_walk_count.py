"""NonBacktrackingWalkCount: the number of walks of exactly T steps from vertex 0 to N-1 that
never go straight back along the edge they just used, modulo a prime.

The count matrices W_k (walks of k steps between each pair of vertices) obey the recurrence
W_{k+1} = W_k A - W_{k-1} (D - I) for k >= 2 (A the adjacency matrix, D the degrees), so row 0
moves by a fixed linear map on 2N numbers and the wanted entry obeys a linear recurrence of
order at most 2N modulo the prime. A Numba kernel computes 4N terms, finds the recurrence by
Berlekamp-Massey and jumps to step T by powering x modulo its characteristic polynomial
(O(N^2 log T)). Instances whose count is 0 are redrawn (a bounded number of times) and the graph
always has a few cycles, so the count is rarely trivial.

Difficulty schedule (N vertices, M edges, T with D digits):

    d       0    1    2    5   10   20        d
    N       4    5    6    9   14   24        4 + d, then one more every four levels past d = 20
    M       5    7    9   13   21   36        N + N // 2, at most N(N-1)/2 - 1
    D       2    2    2    3    4    7        2 + d // 4

Generation takes about 0.3 ms at d = 20 (N = 24, seven-digit T). Past d = 20 the vertices grow
by one every four levels (N = 44 and 27 digits at d = 100). T has two digits from level
0: with one digit the counts were small and 3 (or 2) was the answer on 8-21% of the seeds.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from numba import njit

from rlve_gym.graphs import format_edges, random_connected_graph
from rlve_gym.kernels.combinatorics import choose_prime
from rlve_gym.modular import (
    ModularCountEnvironment,
    modulus_sentence,
    number_with_digits,
)

ATTEMPTS = 4


def count_walks(n: int, edges: list[list[int]], steps: int, prime: int) -> int:
    """Walks 0 -> n-1 of exactly ``steps`` steps never reversing the previous edge, mod prime."""
    return _count_walks_cached(n, tuple(map(tuple, edges)), steps, prime)


@lru_cache(maxsize=8)
def _count_walks_cached(n: int, edges: tuple[tuple[int, int], ...], steps: int, prime: int) -> int:
    """The count, cached (generation asks for it twice). See ``_walk_count_kernel``."""
    if steps <= 0:
        return int(n - 1 == 0) % prime
    adjacency = np.zeros((n, n), dtype=np.int64)
    for u, v in edges:
        adjacency[u, v] = adjacency[v, u] = 1
    if steps == 1:
        return int(adjacency[0, n - 1]) % prime
    # T may pass 2^63 at high difficulty: Python hands the kernel the bits of T - 2, most
    # significant first, and the number of terms to compute directly
    count = min(4 * n, steps - 1)
    bits = np.array([int(b) for b in bin(steps - 2)[2:]], dtype=np.int64)
    index = steps - 2 if steps - 2 < count else -1
    return int(_walk_count_kernel(adjacency, count, index, bits, prime))


@njit(cache=True)
def _walk_count_kernel(adjacency, count, index, bits, prime):
    """With A the adjacency matrix and D the diagonal of degrees, the matrices W_k counting
    non-backtracking walks of k steps satisfy W_1 = A, W_2 = A^2 - D and, for k >= 2,
    W_{k+1} = W_k A - W_{k-1} (D - I) (a walk of k steps extended by any edge, minus the
    extensions that reverse the last edge). Row 0 of (W_k, W_{k-1}) is a vector of 2N numbers
    moved by a fixed linear map, so the entry for vertex N-1 obeys a linear recurrence of order
    at most L = 2N over the prime field. Rather than powering the 2N x 2N matrix (O(N^3 log T)),
    the kernel computes the first 2L terms directly, finds the recurrence by Berlekamp-Massey
    and raises x to the power T - 2 modulo its characteristic polynomial (O(L^2 log T))."""
    n = adjacency.shape[0]
    degrees = adjacency.sum(axis=1)
    current = adjacency[0].copy() % prime  # row 0 of W_1
    following = np.zeros(n, dtype=np.int64)  # row 0 of W_2
    for u in range(n):
        if current[u]:
            for v in range(n):
                following[v] += current[u] * adjacency[u, v]
    following[0] -= degrees[0]
    following %= prime
    previous, current = current, following
    # terms[j] = row 0 of W_{j+2}, entry n-1, for j < count (4N, or fewer when T is small)
    terms = np.zeros(count, dtype=np.int64)
    for j in range(count):
        terms[j] = current[n - 1]
        if j + 1 == count:
            break
        nxt = np.zeros(n, dtype=np.int64)
        for v in range(n):
            total = previous[v] * ((1 - degrees[v]) % prime)
            for u in range(n):
                if adjacency[u, v]:
                    total += current[u]
            nxt[v] = total % prime
        previous, current = current, nxt
    if index >= 0:
        return terms[index]
    recurrence = _berlekamp_massey(terms, prime)
    size = recurrence.shape[0]
    if size == 0:
        return 0
    coeffs = _power_of_x(bits, recurrence, prime)
    total = 0
    for i in range(size):
        total = (total + coeffs[i] * terms[i]) % prime
    return total


@njit(cache=True)
def _inverse(value, prime):
    result, base, exponent = 1, value % prime, prime - 2
    while exponent:
        if exponent & 1:
            result = result * base % prime
        base = base * base % prime
        exponent >>= 1
    return result


@njit(cache=True)
def _berlekamp_massey(terms, prime):
    """The shortest ``c`` with ``terms[k] = sum_i c[i] * terms[k-1-i]`` for all k (mod prime)."""
    total = terms.shape[0]
    current = np.zeros(total + 1, dtype=np.int64)
    last = np.zeros(total + 1, dtype=np.int64)
    length, last_length, shift, last_delta = 0, 0, 1, 1
    for k in range(total):
        delta = terms[k]
        for i in range(length):
            delta = (delta - current[i] * terms[k - 1 - i]) % prime
        if delta == 0:
            shift += 1
            continue
        factor = delta * _inverse(last_delta, prime) % prime
        saved = current.copy()
        # current(x) -= factor * x^shift * (1 - last(x)), in the "c" convention
        current[shift - 1] = (current[shift - 1] + factor) % prime
        for i in range(last_length):
            current[i + shift] = (current[i + shift] - factor * last[i]) % prime
        if 2 * length <= k:
            last_length, last, last_delta, length, shift = length, saved, delta, k + 1 - length, 1
        else:
            shift += 1
    return current[:length].copy()


@njit(cache=True)
def _power_of_x(bits, recurrence, prime):
    """Coefficients r with x^e = sum_i r[i] x^i modulo x^L - sum_i c[i] x^(L-1-i), where ``bits``
    are the binary digits of e, most significant first: left-to-right binary powering
    (multiplying by x is a shift)."""
    size = recurrence.shape[0]
    result = np.zeros(size, dtype=np.int64)
    result[0] = 1
    for bit in bits:
        square = np.zeros(2 * size, dtype=np.int64)
        for i in range(size):
            if result[i]:
                for j in range(size):
                    square[i + j] = (square[i + j] + result[i] * result[j]) % prime
        if bit:
            for i in range(2 * size - 1, 0, -1):
                square[i] = square[i - 1]
            square[0] = 0
        for d in range(2 * size - 1, size - 1, -1):
            top = square[d]
            if top:
                for i in range(size):
                    square[d - 1 - i] = (square[d - 1 - i] + top * recurrence[i]) % prime
        result = square[:size].copy()
    return result


class NonBacktrackingWalkCount(ModularCountEnvironment):
    description = "Number of T-step walks from 0 to N-1 that never immediately reverse an edge, modulo a prime"
    answer_example = "3120"
    catalog_name = "Path_NoGoingBack_Counting"

    def schedule(self, difficulty):
        n = 4 + min(difficulty, 20) + max(0, difficulty - 20) // 4
        return {
            "vertices": n,
            "edges": min(n * (n - 1) // 2 - 1, n + n // 2),  # never complete: K4 would fix d = 0
            "step_digits": 2 + difficulty // 4,
        }

    def generate_instance(self, rng, sizes):
        n = sizes["vertices"]
        prime = choose_prime(rng)
        for _ in range(ATTEMPTS):
            edges = random_connected_graph(rng, n, sizes["edges"])
            steps = number_with_digits(rng, sizes["step_digits"], smallest=3)
            if count_walks(n, edges, steps, prime) not in (0, 1):
                break
        return {"n": n, "edges": edges, "steps": steps, "modulus": prime}

    def solve(self, instance):
        return count_walks(instance["n"], instance["edges"], instance["steps"], instance["modulus"])

    def render(self, instance):
        n, edges, steps = instance["n"], instance["edges"], instance["steps"]
        return (
            f"An undirected graph has {n} vertices, labelled 0 to {n - 1}, and {len(edges)} edges, one "
            f"per line below ('u v' joins u and v).\n\n{format_edges(edges)}\n\n"
            f"A walk of {steps} steps is a sequence of {steps + 1} vertices, starting at 0, in which each "
            "consecutive pair is joined by an edge. Count the walks of exactly "
            f"{steps} steps from vertex 0 that end at vertex {n - 1} and never go back along the edge "
            "they just used (no step u -> v is followed directly by v -> u). Vertices and edges may "
            "otherwise repeat, and the walk may pass through vertex "
            f"{n - 1} before its last step.\n"
            f"{modulus_sentence(instance['modulus'])}"
        )
