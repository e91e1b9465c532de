"""Pieces that string environments share: random strings and the classic linear-time kernels
(palindrome radii, prefix function, Z-function) that several reference solvers build on.

All kernels are plain Python over ``str`` and run in O(n); string instances stay in the low
thousands of characters, where this is well under a millisecond per call.
"""

from __future__ import annotations

import random


def random_string(rng: random.Random, n: int, alphabet: str) -> str:
    """``n`` characters drawn uniformly from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def palindrome_radii(s: str) -> list[int]:
    """Manacher over the interleaved string: ``radii[c]`` for centre ``c`` in ``0..2n-2``
    (even ``c`` = character ``c // 2``, odd ``c`` = gap after character ``c // 2``) is the length
    of the longest palindrome with that centre."""
    n = len(s)
    if n == 0:
        return []
    t = "\x00".join(s)  # separators between characters make every palindrome odd-length
    m = len(t)
    arm = [0] * m
    centre = right = 0
    for i in range(m):
        k = min(arm[2 * centre - i], right - i) if i < right else 0
        while i - k - 1 >= 0 and i + k + 1 < m and t[i - k - 1] == t[i + k + 1]:
            k += 1
        arm[i] = k
        if i + k > right:
            centre, right = i, i + k
    radii = []
    for i in range(m):
        if i % 2 == 0:  # a character centre: arm k covers (k // 2) characters on each side
            radii.append(2 * (arm[i] // 2) + 1)
        else:  # a gap centre: arm k covers (k + 1) // 2 characters on each side
            radii.append(2 * ((arm[i] + 1) // 2))
    return radii


def is_palindrome(s: str) -> bool:
    return s == s[::-1]


def prefix_function(s: str) -> list[int]:
    """``pi[i]``: length of the longest proper prefix of ``s[:i + 1]`` that is also its suffix."""
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def z_function(s: str) -> list[int]:
    """``z[i]``: length of the longest common prefix of ``s`` and ``s[i:]`` (``z[0] = len(s)``)."""
    n = len(s)
    z = [0] * n
    if n:
        z[0] = n
    left = right = 0
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z
